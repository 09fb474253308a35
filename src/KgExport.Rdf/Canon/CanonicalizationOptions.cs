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
    /// Null (the default) scales with the number n of blank nodes that share a first-degree hash:
    /// 10,000 + max(100·n, min(n², 5,000,000)). Ordinary data needs about one call per such node; a chain of alike
    /// blank nodes (e.g. a long list of equal items) needs about n²; the hardest W3C test needs under 500 calls,
    /// while its 10-node clique needs millions.
    /// </summary>
    public int? MaxNDegreeCalls { get; init; }

    internal int NDegreeCallLimit(int sharedBlankNodes)
    {
        if (MaxNDegreeCalls is { } limit) return limit;
        long n = sharedBlankNodes;
        return (int)Math.Min(int.MaxValue, 10_000 + Math.Max(100 * n, Math.Min(n * n, 5_000_000)));
    }
}
