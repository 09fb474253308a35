namespace KgExport.Rdf;

/// <summary>An absolute IRI. The value is kept exactly as given (no normalisation).</summary>
public sealed class Iri : Term
{
    public Iri(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Value = value;
        _hash = value.GetHashCode(StringComparison.Ordinal) * 31 + 1;
    }

    // Cached: IRIs are hashed on every index lookup.
    private readonly int _hash;

    public string Value { get; }

    public override TermKind Kind => TermKind.Iri;

    public override bool Equals(Term? other) => other is Iri i && (ReferenceEquals(this, i) || (_hash == i._hash && string.Equals(Value, i.Value, StringComparison.Ordinal)));

    public override int GetHashCode() => _hash;
}
