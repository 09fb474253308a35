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

    public static void AppendEscaped(StringBuilder sb, string value)
    {
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                default:
                    if (c < 0x20 || c == 0x7F)
                    {
                        sb.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }
                    break;
            }
        }
    }
}
