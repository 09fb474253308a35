namespace KgExport.Rdf.JsonLd;

/// <summary>The active context of the JSON-LD algorithms: term definitions plus base, vocabulary and defaults.</summary>
public sealed class ActiveContext
{
    public ActiveContext(string? baseIri)
    {
        BaseIri = baseIri;
        OriginalBaseUrl = baseIri;
    }

    public Dictionary<string, TermDefinition> Terms { get; private init; } = new(StringComparer.Ordinal);

    public string? BaseIri { get; set; }
    public string? OriginalBaseUrl { get; set; }
    public string? Vocab { get; set; }
    public string? DefaultLanguage { get; set; }
    public string? DefaultDirection { get; set; }
    public ActiveContext? PreviousContext { get; set; }

    private InverseContext? _inverse;

    /// <summary>The inverse context for compaction, built once per (unchanged) context.</summary>
    public InverseContext Inverse => _inverse ??= new InverseContext(this);

    public TermDefinition? Term(string? term) => term is not null && Terms.TryGetValue(term, out var d) ? d : null;

    public ActiveContext Clone() => new(BaseIri)
    {
        Terms = new Dictionary<string, TermDefinition>(Terms, StringComparer.Ordinal),
        OriginalBaseUrl = OriginalBaseUrl,
        Vocab = Vocab,
        DefaultLanguage = DefaultLanguage,
        DefaultDirection = DefaultDirection,
        PreviousContext = PreviousContext,
    };

    public bool HasProtectedTerms => Terms.Values.Any(t => t.Protected);
}
