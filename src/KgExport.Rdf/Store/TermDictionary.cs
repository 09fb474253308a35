namespace KgExport.Rdf;

/// <summary>Interns terms as dense integer ids so indexes store ints, not objects. Id 0 is never issued.</summary>
public sealed class TermDictionary
{
    private readonly Dictionary<Term, int> _ids = [];
    private readonly List<Term> _terms = [null!];

    public int Count => _terms.Count - 1;

    public int GetOrAdd(Term term)
    {
        if (_ids.TryGetValue(term, out var id)) return id;
        id = _terms.Count;
        _terms.Add(term);
        _ids.Add(term, id);
        return id;
    }

    /// <summary>The id of a term, or 0 when the dictionary has never seen it.</summary>
    public int Find(Term term) => _ids.TryGetValue(term, out var id) ? id : 0;

    public Term this[int id] => _terms[id];
}
