using KgExport.Extraction.Findings;

namespace KgExport.Extraction.Patterns;

/// <summary>
/// Findings collected so far, in first-seen order. A finding of the same kind between the same parties merges into
/// an earlier one whose date agrees with it (one missing, or one refining the other); with a different date it is
/// another act ("recognised Montenegro in 1905 ... and again in 2006") and gets a suffix ("-2").
/// </summary>
public sealed class FindingSet
{
    private readonly Dictionary<string, Finding> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Finding>> _byParties = new(StringComparer.Ordinal);

    public List<RecognitionFinding> Recognitions { get; } = [];
    public List<SeveranceFinding> Severances { get; } = [];
    public List<AnnexationFinding> Annexations { get; } = [];
    public List<EstablishmentFinding> Establishments { get; } = [];
    public List<StanceFinding> Stances { get; } = [];

    /// <summary>The act reported last (recognition, severance, establishment or annexation), for "X followed suit".</summary>
    public Finding? LastAct { get; private set; }

    /// <summary>
    /// The last act with the acts of the same kind and actor its sentence reported just before it ("Russia recognised
    /// Abkhazia and South Ossetia": both), for "Nicaragua did the same".
    /// </summary>
    public IReadOnlyList<Finding> LastActs => _lastActs;

    private readonly List<Finding> _lastActs = [];

    /// <summary>Ids of the findings the current sentence produced (targets for stances in the same sentence).</summary>
    public List<string> FromCurrentSentence { get; } = [];

    public RecognitionFinding Add(RecognitionFinding f)
    {
        var existing = Same(f);
        if (existing is RecognitionFinding r) r.Merge(f);
        else Recognitions.Add(Register(f));
        return (RecognitionFinding)Touch(existing ?? f);
    }

    public void Add(SeveranceFinding f)
    {
        var existing = Same(f);
        if (existing is SeveranceFinding s) s.Merge(f);
        else Severances.Add(Register(f));
        Touch(existing ?? f);
    }

    /// <summary>Adds or merges an establishment; A-B and B-A have one id, so they meet here.</summary>
    public void Add(AnnexationFinding f)
    {
        var existing = Same(f);
        if (existing is not null) existing.Absorb(f);
        else Annexations.Add(Register(f));
        Touch(existing ?? f);
    }

    public void Add(EstablishmentFinding f)
    {
        var existing = Same(f);
        if (existing is EstablishmentFinding e) e.Merge(f);
        else Establishments.Add(Register(f));
        Touch(existing ?? f);
    }

    public void Add(StanceFinding f)
    {
        if (_byId.TryGetValue(f.Id, out var existing)) existing.Absorb(f);
        else Stances.Add(Register(f));
    }

    public Finding? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>
    /// "Relations were severed in 1980. Iran broke off relations after ...": an agentless break read both ways keeps
    /// only the direction another report of it names; the other direction, stated by nobody, goes.
    /// </summary>
    public void SettleAgentlessSeverances()
    {
        bool Stated(SeveranceFinding s) => !s.Agentless || s.ActorStated;
        var drop = Severances.Where(s => s.Agentless && !s.ActorStated
            && Severances.Any(o => o.By == s.With && o.With == s.By && Stated(o))
            && !Severances.Any(o => o != s && o.By == s.By && o.With == s.With && Stated(o))).ToList();
        foreach (var s in drop)
        {
            Severances.Remove(s);
            _byId.Remove(s.Id);
        }
    }

    /// <summary>The earlier finding <paramref name="f"/> is a report of, or null; a new act gets its suffix here.</summary>
    private Finding? Same(Finding f)
    {
        var key = f.Id;
        if (!_byParties.TryGetValue(key, out var earlier)) return null;
        // a dated finding refines an undated one only when that is the only candidate
        var match = earlier.FirstOrDefault(e => e.Date is not null && f.Date is not null && e.DateAgrees(f))
            ?? (earlier.Count == 1 && earlier[0].DateAgrees(f) ? earlier[0] : null)
            ?? (f.Date is null ? earlier[^1] : null);
        if (match is null) f.Suffix = "-" + (earlier.Count + 1);
        return match;
    }

    private T Register<T>(T f)
        where T : Finding
    {
        var key = f.Suffix.Length == 0 ? f.Id : f.Id[..^f.Suffix.Length];
        if (!_byParties.TryGetValue(key, out var list)) _byParties[key] = list = [];
        list.Add(f);
        _byId[f.Id] = f;
        return f;
    }

    private Finding Touch(Finding f)
    {
        var sameGroup = LastAct is { } last && FromCurrentSentence.Contains(last.Id) && last.GetType() == f.GetType() && ActorOf(last) is { } actor && actor == ActorOf(f)
            && (f is not RecognitionFinding r || ((RecognitionFinding)last).Kind == r.Kind);
        if (!sameGroup) _lastActs.Clear();
        if (!_lastActs.Contains(f)) _lastActs.Add(f);
        LastAct = f;
        if (!FromCurrentSentence.Contains(f.Id)) FromCurrentSentence.Add(f.Id);
        return f;
    }

    private static string? ActorOf(Finding f) => f switch
    {
        RecognitionFinding r => r.Recogniser,
        SeveranceFinding s => s.By,
        AnnexationFinding x => x.Annexer,
        _ => null,
    };
}
