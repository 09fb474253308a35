namespace KgExport.Rdf.JsonLd;

/// <summary>The Generate Blank Node Identifier algorithm: _:b0, _:b1, … with a map from old identifiers.</summary>
public sealed class BlankNodeIssuer(string prefix = "_:b")
{
    private readonly Dictionary<string, string> _issued = new(StringComparer.Ordinal);
    private int _counter;

    public string Issue(string? existing)
    {
        if (existing is not null && _issued.TryGetValue(existing, out var id)) return id;
        id = prefix + _counter++.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (existing is not null) _issued[existing] = id;
        return id;
    }
}
