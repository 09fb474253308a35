namespace KgExport.Rdf;

/// <summary>
/// Issues identifiers "prefix0", "prefix1", ... to blank node labels, remembering the order of issue
/// (RDFC-1.0 section 4.5).
/// </summary>
internal sealed class IdentifierIssuer
{
    private readonly string _prefix;
    private readonly Dictionary<string, string> _issued;
    private readonly List<string> _order;

    public IdentifierIssuer(string prefix)
    {
        _prefix = prefix;
        _issued = new(StringComparer.Ordinal);
        _order = [];
    }

    private IdentifierIssuer(IdentifierIssuer other)
    {
        _prefix = other._prefix;
        _issued = new(other._issued, StringComparer.Ordinal);
        _order = [.. other._order];
    }

    /// <summary>Input labels in the order they were issued an identifier.</summary>
    public IReadOnlyList<string> IssuedInOrder => _order;

    public IReadOnlyDictionary<string, string> Issued => _issued;

    public bool TryGet(string label, out string identifier) => _issued.TryGetValue(label, out identifier!);

    public bool Has(string label) => _issued.ContainsKey(label);

    public string Issue(string label)
    {
        if (_issued.TryGetValue(label, out var existing)) return existing;
        var id = _prefix + _order.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _issued.Add(label, id);
        _order.Add(label);
        return id;
    }

    public IdentifierIssuer Clone() => new(this);
}
