using System.Text;
using KgExport.Rdf;

namespace KgExport.Diff;

/// <summary>
/// Writes terms the way a reviewer reads Turtle: IRIs as prefixed names where a prefix fits (else &lt;iri&gt;),
/// literals with their language or datatype, nested blank nodes as <c>[ p o ; ... ]</c>.
/// </summary>
internal sealed class TermDisplay
{
    private readonly List<KeyValuePair<string, string>> _prefixes;

    public TermDisplay(PrefixMap prefixes)
    {
        ArgumentNullException.ThrowIfNull(prefixes);
        // The longest namespace first, so the most specific prefix wins.
        _prefixes = prefixes.Entries.Where(e => e.Value.Length > 0).OrderByDescending(e => e.Value.Length).ThenBy(e => e.Key, StringComparer.Ordinal).ToList();
    }

    public string Format(Term term)
    {
        var sb = new StringBuilder();
        Append(sb, term);
        return sb.ToString();
    }

    public string Format(DiffValue value)
    {
        var sb = new StringBuilder();
        Append(sb, value);
        return sb.ToString();
    }

    public void Append(StringBuilder sb, DiffValue value)
    {
        switch (value)
        {
            case TermValue t:
                Append(sb, t.Term);
                break;
            case BlankNodeValue b:
                sb.Append("[ ");
                for (var i = 0; i < b.Properties.Count; i++)
                {
                    if (i > 0) sb.Append(" ; ");
                    Append(sb, b.Properties[i].Predicate);
                    sb.Append(' ');
                    Append(sb, b.Properties[i].Value);
                }
                sb.Append(b.Properties.Count > 0 ? " ]" : "]");
                break;
        }
    }

    public void Append(StringBuilder sb, Term term)
    {
        switch (term)
        {
            case Iri iri:
                AppendIri(sb, iri.Value);
                break;
            case Literal literal when IsBareNumberOrBoolean(literal):
                sb.Append(literal.LexicalForm);
                break;
            case Literal literal:
                sb.Append('"');
                NTriplesFormatter.AppendEscaped(sb, literal.LexicalForm);
                sb.Append('"');
                if (literal.Language is { } language) sb.Append('@').Append(language);
                else if (!literal.IsSimple)
                {
                    sb.Append("^^");
                    AppendIri(sb, literal.Datatype.Value);
                }
                break;
            default:
                NTriplesFormatter.Append(sb, term);
                break;
        }
    }

    private void AppendIri(StringBuilder sb, string iri)
    {
        foreach (var (prefix, ns) in _prefixes)
        {
            if (iri.Length > ns.Length && iri.StartsWith(ns, StringComparison.Ordinal) && IsSimpleLocalName(iri.AsSpan(ns.Length)))
            {
                sb.Append(prefix).Append(':').Append(iri, ns.Length, iri.Length - ns.Length);
                return;
            }
        }
        sb.Append('<').Append(iri).Append('>');
    }

    // Turtle's shorthand for the literals it can write without quotes: 5, -1.5, true.
    private static bool IsBareNumberOrBoolean(Literal literal)
    {
        var lexical = literal.LexicalForm.AsSpan();
        switch (literal.Datatype.Value)
        {
            case Vocab.Xsd.Namespace + "boolean":
                return lexical is "true" or "false";
            case Vocab.Xsd.Namespace + "integer":
                if (lexical.Length > 0 && lexical[0] is '+' or '-') lexical = lexical[1..];
                return lexical.Length > 0 && !lexical.ContainsAnyExceptInRange('0', '9');
            case Vocab.Xsd.Namespace + "decimal":
                if (lexical.Length > 0 && lexical[0] is '+' or '-') lexical = lexical[1..];
                var dot = lexical.IndexOf('.');
                return dot >= 0 && dot < lexical.Length - 1
                    && !lexical[..dot].ContainsAnyExceptInRange('0', '9') && !lexical[(dot + 1)..].ContainsAnyExceptInRange('0', '9');
            default:
                return false;
        }
    }

    // A conservative subset of Turtle's PN_LOCAL: what needs no escape and reads unambiguously.
    private static bool IsSimpleLocalName(ReadOnlySpan<char> local)
    {
        if (local.IsEmpty || local[^1] == '.') return false;
        foreach (var c in local)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.')) return false;
        }
        return true;
    }
}
