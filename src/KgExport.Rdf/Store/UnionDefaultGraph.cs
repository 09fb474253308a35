namespace KgExport.Rdf;

/// <summary>
/// Keeps a dataset's default graph as the merge of every graph it holds, up to date with each change: the merge is
/// an ordinary index (so queries on the default graph cost what they cost on a copy), and a triple leaves it only
/// when the last graph holding it lets it go. Only triples held by two or more graphs are counted, which for an
/// export (article graphs sharing labels and entities) is a small part of the whole.
/// </summary>
internal sealed class UnionDefaultGraph(TripleIndex merge)
{
    /// <summary>For a triple held by more than one graph: how many graphs beyond the first hold it.</summary>
    private readonly Dictionary<(int S, int P, int O), int> _extraHolders = [];

    /// <summary>The triples stored in the default graph itself.</summary>
    public TripleIndex Stored { get; } = new();

    /// <summary>One more graph holds the triple.</summary>
    public void Held(int s, int p, int o)
    {
        if (merge.Add(s, p, o)) return;
        var key = (s, p, o);
        _extraHolders[key] = _extraHolders.GetValueOrDefault(key) + 1;
    }

    /// <summary>One graph fewer holds the triple.</summary>
    public void Released(int s, int p, int o)
    {
        var key = (s, p, o);
        if (_extraHolders.TryGetValue(key, out var extra))
        {
            if (extra == 1) _extraHolders.Remove(key);
            else _extraHolders[key] = extra - 1;
            return;
        }
        merge.Remove(s, p, o);
    }
}
