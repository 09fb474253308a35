namespace KgExport.Rdf.JsonLd;

/// <summary>A term definition of an active context (JSON-LD 1.1 API, section 4.1).</summary>
public sealed record TermDefinition
{
    /// <summary>The IRI mapping (an IRI, blank node identifier or keyword); null when the term maps to nothing.</summary>
    public string? Iri { get; init; }

    public bool Prefix { get; init; }
    public bool Protected { get; init; }
    public bool Reverse { get; init; }

    /// <summary>The base URL to resolve the scoped context against.</summary>
    public string? BaseUrl { get; init; }

    public bool HasLocalContext { get; init; }
    public object? LocalContext { get; init; }

    /// <summary>The container mapping, sorted (e.g. ["@graph", "@id"]); null when there is none.</summary>
    public IReadOnlyList<string>? Container { get; init; }

    public bool HasDirection { get; init; }
    public string? Direction { get; init; }

    public string? Index { get; init; }

    public bool HasLanguage { get; init; }
    public string? Language { get; init; }

    public string? Nest { get; init; }

    public string? TypeMapping { get; init; }

    public bool HasContainer(string keyword) => Container is not null && Container.Contains(keyword);

    /// <summary>Equality ignoring the protected flag (for "protected term redefinition").</summary>
    public bool SameAs(TermDefinition other) =>
        Iri == other.Iri && Prefix == other.Prefix && Reverse == other.Reverse
        && HasLocalContext == other.HasLocalContext && JsonTree.DeepEquals(LocalContext, other.LocalContext)
        && ContainerEquals(Container, other.Container)
        && HasDirection == other.HasDirection && Direction == other.Direction
        && Index == other.Index && HasLanguage == other.HasLanguage && Language == other.Language
        && Nest == other.Nest && TypeMapping == other.TypeMapping;

    private static bool ContainerEquals(IReadOnlyList<string>? a, IReadOnlyList<string>? b) =>
        (a is null || a.Count == 0) ? (b is null || b.Count == 0) : b is not null && a.SequenceEqual(b);
}
