namespace KgExport.Rdf;

/// <summary>
/// Canonicalization gave up because the input needed more work than <see cref="CanonicalizationOptions.MaxNDegreeCalls"/>
/// allows — typically a graph of many interchangeable blank nodes (a clique or similar "poison" graph).
/// </summary>
public sealed class CanonicalizationLimitException : Exception
{
    public CanonicalizationLimitException(int limit, int blankNodes)
        : base($"RDFC-1.0 canonicalization stopped after {limit} calls to Hash N-Degree Quads on a dataset with {blankNodes} blank nodes; "
            + "the blank nodes are too symmetric to canonicalize within the limit (raise CanonicalizationOptions.MaxNDegreeCalls if the input is trusted).")
    {
        Limit = limit;
        BlankNodes = blankNodes;
    }

    public int Limit { get; }

    public int BlankNodes { get; }
}
