using System.Security.Cryptography;
using System.Text;

namespace KgExport.Rdf;

/// <summary>
/// RDF Dataset Canonicalization, RDFC-1.0 (https://www.w3.org/TR/rdf-canon/): gives every blank node a label that
/// depends only on the shape of the dataset, so that isomorphic datasets serialize to the same canonical N-Quads.
/// </summary>
public static class RdfCanonicalizer
{
    /// <summary>Canonicalizes a dataset given as quads (duplicates are ignored: a dataset is a set).</summary>
    /// <exception cref="CanonicalizationLimitException">The input is too symmetric to finish within the options' limit.</exception>
    public static CanonicalResult Canonicalize(IEnumerable<Quad> quads, CanonicalizationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(quads);
        var run = new CanonicalizationRun(quads, options ?? CanonicalizationOptions.Default, cancellationToken);
        return run.Execute();
    }

    /// <summary>The canonical N-Quads document of a dataset.</summary>
    public static string ToCanonicalNQuads(IEnumerable<Quad> quads, CanonicalizationOptions? options = null, CancellationToken cancellationToken = default) =>
        Canonicalize(quads, options, cancellationToken).NQuads;

    internal static string Hash(RdfcHashAlgorithm algorithm, string data)
    {
        var bytes = Encoding.UTF8.GetBytes(data);
        var digest = algorithm == RdfcHashAlgorithm.Sha384 ? SHA384.HashData(bytes) : SHA256.HashData(bytes);
        return Convert.ToHexStringLower(digest);
    }
}
