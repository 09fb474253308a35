using KgExport.Rdf;

namespace KgExport.Diff;

/// <summary>How to compare two datasets.</summary>
public sealed record DiffOptions
{
    /// <summary>The defaults: renamed nodes detected, the usual label properties, canonicalization unbounded beyond its defaults.</summary>
    public static readonly DiffOptions Default = new();

    /// <summary>Bounds the canonicalization of each group of connected blank nodes (see <see cref="CanonicalizationOptions.MaxWorkSteps"/>).</summary>
    public CanonicalizationOptions Canonicalization { get; init; } = CanonicalizationOptions.Default;

    /// <summary>
    /// Whether a removed node and an added node of the same type that share at least half of their statements are
    /// shown as one node whose IRI changed (on by default: minted IRIs carry values such as dates).
    /// </summary>
    public bool DetectRenamedNodes { get; init; } = true;

    /// <summary>Properties whose literal values name a node, in order of preference.</summary>
    public IReadOnlyList<string> LabelProperties { get; init; } =
    [
        "http://www.w3.org/2000/01/rdf-schema#label",
        "http://www.w3.org/2004/02/skos/core#prefLabel",
        "https://schema.org/name",
        "http://schema.org/name",
        "http://xmlns.com/foaf/0.1/name",
        "http://purl.org/dc/terms/title",
    ];
}
