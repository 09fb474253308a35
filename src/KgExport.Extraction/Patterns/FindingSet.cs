using KgExport.Extraction.Findings;

namespace KgExport.Extraction.Patterns;

/// <summary>Findings collected so far, merged by identity (same actors, same kind) in first-seen order.</summary>
public sealed class FindingSet
{
    private readonly Dictionary<string, Finding> _byId = new(StringComparer.Ordinal);

    public List<RecognitionFinding> Recognitions { get; } = [];
    public List<SeveranceFinding> Severances { get; } = [];
    public List<EstablishmentFinding> Establishments { get; } = [];
    public List<AnnexationFinding> Annexations { get; } = [];
    public List<StanceFinding> Stances { get; } = [];

    /// <summary>Ids of the findings the current sentence produced (targets for stances in the same sentence).</summary>
    public List<string> FromCurrentSentence { get; } = [];

    public RecognitionFinding Add(RecognitionFinding f)
    {
        if (_byId.TryGetValue(f.Id, out var existing) && existing is RecognitionFinding r) r.Merge(f);
        else Recognitions.Add(Register(f));
        Touch(f.Id);
        return (RecognitionFinding)_byId[f.Id];
    }

    public void Add(SeveranceFinding f)
    {
        if (_byId.TryGetValue(f.Id, out var existing) && existing is SeveranceFinding s) s.Merge(f);
        else Severances.Add(Register(f));
        Touch(f.Id);
    }

    /// <summary>Adds or merges an establishment; A-B and B-A have one id, so they meet here.</summary>
    public void Add(EstablishmentFinding f)
    {
        if (_byId.TryGetValue(f.Id, out var existing) && existing is EstablishmentFinding e) e.Merge(f);
        else Establishments.Add(Register(f));
        Touch(f.Id);
    }

    public void Add(AnnexationFinding f)
    {
        if (_byId.TryGetValue(f.Id, out var existing)) existing.Absorb(f);
        else Annexations.Add(Register(f));
        Touch(f.Id);
    }

    public void Add(StanceFinding f)
    {
        if (_byId.TryGetValue(f.Id, out var existing)) existing.Absorb(f);
        else Stances.Add(Register(f));
    }

    public Finding? Find(string id) => _byId.GetValueOrDefault(id);

    private T Register<T>(T f)
        where T : Finding
    {
        _byId[f.Id] = f;
        return f;
    }

    private void Touch(string id)
    {
        if (!FromCurrentSentence.Contains(id)) FromCurrentSentence.Add(id);
    }
}
