using KgExport.Rdf;

namespace KgExport.Diff;

/// <summary>
/// Splits the quads that mention blank nodes into connected components and canonicalizes each on its own. Exports
/// made by KgExport have no blank nodes, so this is usually empty work; for other data it keeps each
/// canonicalization small.
/// </summary>
internal static class BlankNodeComponents
{
    public static List<BlankNodeComponent> Of(List<Quad> quads, string labelPrefix, CanonicalizationOptions options, CancellationToken cancellationToken)
    {
        var components = new List<BlankNodeComponent>();
        if (quads.Count == 0) return components;

        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var parent = new List<int>();
        int IdOf(string label)
        {
            if (ids.TryGetValue(label, out var id)) return id;
            id = parent.Count;
            ids.Add(label, id);
            parent.Add(id);
            return id;
        }
        int Find(int x)
        {
            while (parent[x] != x)
            {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            return x;
        }
        void Union(int a, int b)
        {
            a = Find(a);
            b = Find(b);
            if (a != b) parent[Math.Max(a, b)] = Math.Min(a, b);
        }

        var firstBlank = new int[quads.Count];
        for (var i = 0; i < quads.Count; i++)
        {
            var q = quads[i];
            var first = -1;
            foreach (var term in (ReadOnlySpan<Term?>)[q.Subject, q.Object, q.Graph])
            {
                if (term is not BlankNode b) continue;
                var id = IdOf(b.Label);
                if (first < 0) first = id;
                else Union(first, id);
            }
            firstBlank[i] = first;
        }

        var groups = new Dictionary<int, List<Quad>>();
        var order = new List<int>();
        for (var i = 0; i < quads.Count; i++)
        {
            var root = Find(firstBlank[i]);
            if (!groups.TryGetValue(root, out var list))
            {
                list = [];
                groups.Add(root, list);
                order.Add(root);
            }
            list.Add(LowerLanguage(quads[i]));
        }

        foreach (var root in order)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var result = RdfCanonicalizer.Canonicalize(groups[root], options, cancellationToken);
            var prefix = labelPrefix + components.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + "_";
            var relabelled = new List<Quad>(result.Quads.Count);
            foreach (var q in result.Quads) relabelled.Add(Relabel(q, prefix));
            components.Add(new BlankNodeComponent(result.NQuads, relabelled));
        }
        return components;
    }

    private static Quad Relabel(Quad q, string prefix)
    {
        static Term Rename(Term t, string prefix) => t is BlankNode b ? new BlankNode(prefix + b.Label) : t;
        return new Quad(Rename(q.Subject, prefix), q.Predicate, Rename(q.Object, prefix), q.Graph is null ? null : Rename(q.Graph, prefix));
    }

    // Language tags compare case-insensitively in RDF, but canonical N-Quads keeps them as written.
    private static Quad LowerLanguage(Quad q) =>
        q.Object is Literal { Language: { } language } literal && language.Any(char.IsUpper)
            ? q with { Object = Literal.WithLanguage(literal.LexicalForm, language.ToLowerInvariant()) }
            : q;
}
