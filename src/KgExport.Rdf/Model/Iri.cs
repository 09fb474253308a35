namespace KgExport.Rdf;

/// <summary>An absolute IRI. The value is kept exactly as given (no normalisation).</summary>
public sealed class Iri : Term
{
    public Iri(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Value = value;
    }

    public string Value { get; }

    public override TermKind Kind => TermKind.Iri;

    public override bool Equals(Term? other) => other is Iri i && string.Equals(Value, i.Value, StringComparison.Ordinal);

    public override int GetHashCode() => Value.GetHashCode(StringComparison.Ordinal) * 31 + 1;
}
