using KgExport.Rdf;

namespace KgExport.Diff;

/// <summary>
/// The best human label of each IRI in one dataset: the earliest label property in <see cref="DiffOptions.LabelProperties"/>,
/// English or untagged before other languages, and the smallest text among equals so the choice is deterministic.
/// </summary>
internal sealed class LabelIndex
{
    private readonly Dictionary<string, int> _rankOfProperty;
    private readonly Dictionary<Term, (int Rank, string Text)> _labels = [];

    public LabelIndex(IReadOnlyList<string> labelProperties)
    {
        _rankOfProperty = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < labelProperties.Count; i++) _rankOfProperty.TryAdd(labelProperties[i], i);
    }

    public void Observe(in Quad quad)
    {
        if (quad.Subject is not Iri || quad.Object is not Literal literal) return;
        if (!_rankOfProperty.TryGetValue(quad.Predicate.Value, out var propertyRank)) return;
        var languageRank = literal.Language switch
        {
            null => 0,
            var l when l.Equals("en", StringComparison.OrdinalIgnoreCase) || l.StartsWith("en-", StringComparison.OrdinalIgnoreCase) => 0,
            _ => 1,
        };
        var rank = propertyRank * 2 + languageRank;
        if (_labels.TryGetValue(quad.Subject, out var current)
            && (current.Rank < rank || (current.Rank == rank && string.CompareOrdinal(current.Text, literal.LexicalForm) <= 0)))
        {
            return;
        }
        _labels[quad.Subject] = (rank, literal.LexicalForm);
    }

    public bool TryGet(Term term, out string label)
    {
        if (_labels.TryGetValue(term, out var found))
        {
            label = found.Text;
            return true;
        }
        label = "";
        return false;
    }
}
