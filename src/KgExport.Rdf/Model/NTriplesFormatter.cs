using System.Buffers;
using System.Text;

namespace KgExport.Rdf;

/// <summary>
/// Formats terms and quads in canonical N-Triples / N-Quads form: IRIs verbatim in angle brackets, literals with
/// ECHAR escapes for \b \t \n \f \r \" \\ and UCHAR (\uXXXX, upper-case hex) for the other control characters.
/// </summary>
public static class NTriplesFormatter
{
    public static string Format(Term term)
    {
        var sb = new StringBuilder();
        Append(sb, term);
        return sb.ToString();
    }

    public static string Format(Quad quad)
    {
        var sb = new StringBuilder();
        AppendQuad(sb, quad);
        return sb.ToString();
    }

    /// <summary>Appends "s p o [g] ." without a line terminator.</summary>
    public static void AppendQuad(StringBuilder sb, Quad quad)
    {
        Append(sb, quad.Subject);
        sb.Append(' ');
        Append(sb, quad.Predicate);
        sb.Append(' ');
        Append(sb, quad.Object);
        if (quad.Graph is not null)
        {
            sb.Append(' ');
            Append(sb, quad.Graph);
        }
        sb.Append(" .");
    }

    public static void Append(StringBuilder sb, Term term)
    {
        switch (term)
        {
            case Iri iri:
                sb.Append('<').Append(iri.Value).Append('>');
                break;
            case BlankNode b:
                sb.Append("_:").Append(b.Label);
                break;
            case Literal l:
                sb.Append('"');
                AppendEscaped(sb, l.LexicalForm);
                sb.Append('"');
                if (l.Language is not null)
                {
                    sb.Append('@').Append(l.Language);
                }
                else if (!l.IsSimple)
                {
                    sb.Append("^^<").Append(l.Datatype.Value).Append('>');
                }
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(term));
        }
    }

    /// <summary>Every character that has a canonical escape in a quoted string (see <see cref="EscapeOf"/>).</summary>
    public static readonly SearchValues<char> EscapedCharacters = SearchValues.Create(
        "\"\\\u007F\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F"
        + "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F");

    /// <summary>
    /// The canonical escape of one character in a quoted string — ECHAR for \b \t \n \f \r \" \\, UCHAR (upper-case
    /// hex) for the other control characters — or null when it is written as itself. The one table every writer uses.
    /// </summary>
    public static string? EscapeOf(char c) => c switch
    {
        '"' => "\\\"",
        '\\' => "\\\\",
        '\n' => "\\n",
        '\r' => "\\r",
        '\t' => "\\t",
        '\b' => "\\b",
        '\f' => "\\f",
        < (char)0x20 or (char)0x7F => "\\u" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture),
        _ => null,
    };

    public static void AppendEscaped(StringBuilder sb, string value)
    {
        foreach (var c in value)
        {
            if (EscapeOf(c) is { } escape) sb.Append(escape);
            else sb.Append(c);
        }
    }
}
