using KgExport.Extraction.Dates;
using GazetteerTable = KgExport.Extraction.Gazetteer.Gazetteer;
using KgExport.Facts;

namespace KgExport.Extraction.Mentions;

/// <summary>
/// What the article has said so far, for resolving references: groups of entities named together (most recent
/// last), the entities named, the last singular actor, the entity that declared independence, the last dates.
/// Positions are global: sentence index * 100000 + token index.
/// </summary>
public sealed class Discourse(GazetteerTable gazetteer)
{
    private readonly List<(long Position, string[] Entities)> _groups = [];
    private readonly List<string> _named = [];

    public string? LastActor { get; set; }

    /// <summary>
    /// The state whose relations the text spoke of last ("relations with Qatar", or the partner of the severances just
    /// reported), with the sentence it was named in.
    /// </summary>
    public (int Sentence, string Partner)? RelationsPartner { get; set; }

    /// <summary>The person the text named last, whom a "he said" or "she told reporters" attributes a quotation to.</summary>
    public string? LastPerson { get; set; }

    /// <summary>The entity most recently said to have declared independence ("The Republic of Kosovo declared independence").</summary>
    public string? DeclaredIndependence { get; set; }

    /// <summary>The last calendar day the text gave, for "during the following days".</summary>
    public DateOnly? LastDay { get; set; }

    /// <summary>The last date with a year the text gave, for a month and day without one ("on July 20").</summary>
    public PartialDate? LastDated { get; set; }

    /// <summary>The sentence <see cref="LastDated"/> was read in.</summary>
    public int LastDatedSentence { get; set; } = -1;

    /// <summary>Whether <see cref="LastDated"/> is the day of a dated statement that said "today".</summary>
    public bool LastDatedToday { get; set; }

    /// <summary>The breakaway entity named last, for "the breakaway region", "the self-declared republic".</summary>
    public string? LastBreakaway { get; set; }

    /// <summary>The region named last, for "the territory", "the peninsula".</summary>
    public string? LastRegion { get; set; }

    /// <summary>The day a document in the text was signed, from its closing line ("Done in X, on 22 September 2006").</summary>
    public PartialDate? SignedOn { get; set; }

    /// <summary>The last sentence that spoke of relations or ties, for "the two countries restored them".</summary>
    public int RelationsSentence { get; set; } = -1;

    /// <summary>The two states a relations headline names ("Egypt–Iran relations"): what the whole text is about.</summary>
    public (string A, string B)? HeadlinePair { get; set; }

    /// <summary>The two states the last sentence that named exactly two was about, for "diplomatic relations were established".</summary>
    public (string A, string B)? LastPair { get; set; }

    /// <summary>Undated annexations a law was said to make, and the sentence that said so ("It was passed on ..." dates them).</summary>
    public (int Sentence, List<Findings.AnnexationFinding> Acts)? UndatedLawActs { get; set; }

    public static long Position(int sentence, int token) => sentence * 100000L + token;

    public void AddGroup(long position, IEnumerable<string> entities)
    {
        var e = entities.Distinct(StringComparer.Ordinal).ToArray();
        if (e.Length >= 2) _groups.Add((position, e));
    }

    public void AddNamed(string entity)
    {
        if (!_named.Contains(entity)) _named.Add(entity);
    }

    public IReadOnlyList<string> Named => _named;

    /// <summary>
    /// The group a plural reference at <paramref name="position"/> means: the latest group before it, preferring
    /// groups of breakaway entities (what news about recognition mostly refers back to) and matching a stated
    /// count; failing that, the first such group in <paramref name="ahead"/> (a reference before its names).
    /// </summary>
    public string[]? ResolvePlural(long position, int? count, IEnumerable<(long Position, string[] Entities)> ahead)
    {
        bool Fits(string[] g) => count is null || g.Length == count;
        bool Breakaway(string[] g) => g.All(e => gazetteer.ById(e)?.Kind == Facts.EntityType.BreakawayEntity);
        bool Polity(string[] g) => g.All(e => gazetteer.ById(e)?.IsPolity == true);
        var before = _groups.Where(g => g.Position < position).Reverse().ToList();
        var choice = before.FirstOrDefault(g => Fits(g.Entities) && Breakaway(g.Entities)).Entities
            ?? before.FirstOrDefault(g => Fits(g.Entities) && Polity(g.Entities)).Entities;
        if (choice is not null) return choice;
        var later = ahead.ToList();
        return later.FirstOrDefault(g => Fits(g.Entities) && Breakaway(g.Entities)).Entities
            ?? later.FirstOrDefault(g => Fits(g.Entities) && Polity(g.Entities)).Entities;
    }

    /// <summary>"the North": the entity named before whose name starts with the hint ("North Korea").</summary>
    public string? ResolveCompass(string hint) =>
        _named.LastOrDefault(id => gazetteer.ById(id) is { } e && e.IsPolity && e.Name.StartsWith(hint + " ", StringComparison.Ordinal));
}
