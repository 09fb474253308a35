namespace KgExport.Rdf;

/// <summary>A blank node, identified by a label that is only meaningful within one document or dataset.</summary>
public sealed class BlankNode : Term
{
    public BlankNode(string label)
    {
        ArgumentException.ThrowIfNullOrEmpty(label);
        Label = label;
    }

    public string Label { get; }

    public override TermKind Kind => TermKind.BlankNode;

    public override bool Equals(Term? other) => other is BlankNode b && string.Equals(Label, b.Label, StringComparison.Ordinal);

    public override int GetHashCode() => Label.GetHashCode(StringComparison.Ordinal) * 31 + 2;
}
