namespace KgExport.Rdf;

/// <summary>An ordered mapping from prefix labels to namespace IRIs, as declared by @prefix / PREFIX.</summary>
public sealed class PrefixMap
{
    private readonly List<KeyValuePair<string, string>> _entries = [];
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

    public PrefixMap()
    {
    }

    public PrefixMap(IEnumerable<KeyValuePair<string, string>> entries)
    {
        foreach (var (k, v) in entries) Set(k, v);
    }

    public int Count => _entries.Count;

    public IReadOnlyList<KeyValuePair<string, string>> Entries => _entries;

    /// <summary>Declares or redeclares a prefix; a redeclared prefix keeps its position.</summary>
    public void Set(string prefix, string namespaceIri)
    {
        if (_index.TryGetValue(prefix, out var i))
        {
            _entries[i] = new(prefix, namespaceIri);
        }
        else
        {
            _index[prefix] = _entries.Count;
            _entries.Add(new(prefix, namespaceIri));
        }
    }

    public bool TryGetNamespace(string prefix, out string namespaceIri)
    {
        if (_index.TryGetValue(prefix, out var i))
        {
            namespaceIri = _entries[i].Value;
            return true;
        }
        namespaceIri = "";
        return false;
    }

    public PrefixMap Clone() => new(_entries);
}
