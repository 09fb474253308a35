namespace KgExport.Rdf;

/// <summary>
/// Canonicalization gave up because the input needed more work than <see cref="CanonicalizationOptions.MaxWorkSteps"/>
/// allows — typically a graph of many interchangeable blank nodes (a clique or similar "poison" graph).
/// </summary>
public sealed class CanonicalizationLimitException : Exception
{
    public CanonicalizationLimitException(long limit, int blankNodes)
        : base($"RDFC-1.0 canonicalization stopped after {limit} steps of Hash N-Degree Quads on a dataset with {blankNodes} blank nodes; "
            + "the blank nodes are too symmetric to canonicalize within the limit (raise CanonicalizationOptions.MaxWorkSteps if the input is trusted).")
    {
        Limit = limit;
        BlankNodes = blankNodes;
    }

    public long Limit { get; }

    public int BlankNodes { get; }
}
