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
    /// The most work one canonicalization may do before it gives up, counted in steps: calls to Hash N-Degree Quads
    /// plus permutations examined. The algorithm is exponential on highly symmetric ("poison") graphs, so without a
    /// bound a hostile input could run for days. Null (the default) scales with the number n of blank nodes that
    /// share a first-degree hash: 100,000 + max(1,000·n, min(4·n², 20,000,000)). Ordinary data needs a few steps per
    /// such node; a chain of alike blank nodes (a long list of equal items) about 3·n²; the hardest W3C test about
    /// 3,400 steps, while its 10-node clique needs billions.
    /// </summary>
    public long? MaxWorkSteps { get; init; }

    internal long WorkStepLimit(int sharedBlankNodes)
    {
        if (MaxWorkSteps is { } limit) return limit;
        long n = sharedBlankNodes;
        return 100_000 + Math.Max(1_000 * n, Math.Min(4 * n * n, 20_000_000));
    }
}
