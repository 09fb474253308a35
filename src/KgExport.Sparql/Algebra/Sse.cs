using System.Text;
using KgExport.Rdf;

namespace KgExport.Sparql.Algebra;

/// <summary>Helpers for the SSE-like printed form of the algebra.</summary>
internal static class Sse
{
    public static string Term(Term term) => term switch
    {
        Literal { Language: null } l when l.Datatype.Value == Vocab.Xsd.Integer.Value => l.LexicalForm,
        _ => NTriplesFormatter.Format(term),
    };

    public static string List<T>(IEnumerable<T> items) => string.Join(" ", items.Select(i => i?.ToString()));

    public static string Indent(string text) => text.Replace("\n", "\n  ", StringComparison.Ordinal);

    public static string Node(string name, params object?[] parts)
    {
        var sb = new StringBuilder("(").Append(name);
        foreach (var p in parts)
        {
            if (p is null) continue;
            var s = p.ToString()!;
            if (p is AlgebraNode) sb.Append("\n  ").Append(Indent(s));
            else sb.Append(' ').Append(s);
        }
        return sb.Append(')').ToString();
    }
}
