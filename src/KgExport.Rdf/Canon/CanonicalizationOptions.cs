namespace KgExport.Rdf;

/// <summary>The hash function RDFC-1.0 runs with. SHA-256 is the default the specification names.</summary>
public enum RdfcHashAlgorithm
{
    Sha256,
    Sha384,
}

/// <summary>How to canonicalize one dataset.</summary>
public sealed record CanonicalizationOptions
{
    public static readonly CanonicalizationOptions Default = new();

    public RdfcHashAlgorithm HashAlgorithm { get; init; } = RdfcHashAlgorithm.Sha256;

    /// <summary>
    /// The most calls to Hash N-Degree Quads one canonicalization may make before it gives up. The algorithm is
    /// exponential on highly symmetric ("poison") graphs, so without a bound a hostile input could run for days.
    /// Null (the default) allows 10,000 calls plus 100 per blank node: the hardest W3C test needs under 1,000, and
    /// ordinary data needs at most a few per blank node.
    /// </summary>
    public int? MaxNDegreeCalls { get; init; }

    internal int NDegreeCallLimit(int blankNodes) =>
        MaxNDegreeCalls ?? (int)Math.Min(int.MaxValue, 10_000L + 100L * blankNodes);
}
