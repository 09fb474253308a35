using KgExport.Facts;
using KgExport.Publishing.Reconciliation;

namespace KgExport.Publishing.QuickStatements;

/// <summary>
/// What the reconciliation step found before a batch is built: items for entities the facts give no QID (by name),
/// and for events that exist already (by the label the batch would give them), or the items an event might be
/// (<see cref="PossibleEvent"/>: it is held for review, not created). <see cref="Report"/> says what was linked from
/// which source.
/// </summary>
public sealed class ReconciledIds
{
    public static ReconciledIds None { get; } = new(new(StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal), []);

    private readonly Dictionary<string, string> _entities;
    private readonly Dictionary<string, string> _events;
    private readonly Dictionary<string, IReadOnlyList<ReconcileCandidate>> _possible;

    private ReconciledIds(Dictionary<string, string> entities, Dictionary<string, string> events, Dictionary<string, IReadOnlyList<ReconcileCandidate>> possible, IReadOnlyList<string> report)
    {
        _entities = entities;
        _events = events;
        _possible = possible;
        Report = report;
    }

    public IReadOnlyList<string> Report { get; }

    public string? Entity(string name) => _entities.GetValueOrDefault(WikidataIds.Normalise(name));

    public string? Event(string label) => _events.GetValueOrDefault(WikidataIds.Normalise(label));

    public IReadOnlyList<ReconcileCandidate> PossibleEvent(string label) => _possible.GetValueOrDefault(WikidataIds.Normalise(label)) ?? [];

    /// <summary>
    /// Links entities without a QID, then events (with the participants' items now known), asking each source in
    /// turn: the first that names a match wins; candidates without a match from any source make an event possible.
    /// An entity with several matching items, or only possible ones, stays unlinked and is reported.
    /// </summary>
    public static async Task<ReconciledIds> ResolveAsync(IReadOnlyList<ArticleFacts> articles, WikibaseMap map, IReadOnlyList<IReconciler> sources, CancellationToken cancellationToken = default)
    {
        var entities = new Dictionary<string, string>(StringComparer.Ordinal);
        var events = new Dictionary<string, string>(StringComparer.Ordinal);
        var possible = new Dictionary<string, IReadOnlyList<ReconcileCandidate>>(StringComparer.Ordinal);
        var report = new SortedSet<string>(StringComparer.Ordinal);
        if (sources.Count == 0) return None;

        var names = articles.SelectMany(a => a.Entities).Where(e => e.Wikidata is null).Select(e => e.Name)
            .DistinctBy(WikidataIds.Normalise).OrderBy(n => n, StringComparer.Ordinal).ToList();
        var entityQueries = names.Select(n => new ReconcileQuery(n)).ToList();
        var unmatched = Enumerable.Range(0, names.Count).ToList();
        foreach (var source in sources)
        {
            if (unmatched.Count == 0) break;
            var answers = await source.ReconcileAsync([.. unmatched.Select(i => entityQueries[i])], cancellationToken).ConfigureAwait(false);
            var still = new List<int>();
            for (var k = 0; k < unmatched.Count; k++)
            {
                var name = names[unmatched[k]];
                var matches = answers[k].Where(c => c.Match).Select(c => c.Id).Distinct(StringComparer.Ordinal).ToList();
                if (matches.Count == 1)
                {
                    entities[WikidataIds.Normalise(name)] = matches[0];
                    report.Add($"entity \"{name}\" is {matches[0]} ({source.Name})");
                }
                else
                {
                    if (matches.Count > 1) report.Add($"entity \"{name}\" not linked: {source.Name} matches several items ({string.Join(", ", matches)})");
                    still.Add(unmatched[k]);
                }
            }
            unmatched = still;
        }

        var shapes = articles.SelectMany(a => a.AllFacts.Select(f => BatchBuilder.Shape(f, a) is { } s ? (Shape: s, Facts: a) : default))
            .Where(x => x.Shape is not null && map.Classes[x.Shape.ClassKey] is not null)
            .DistinctBy(x => WikidataIds.Normalise(x.Shape!.Label)).ToList();
        var eventQueries = shapes.Select(x => new ReconcileQuery(x.Shape!.Label, map.Classes[x.Shape.ClassKey], x.Shape.Date?.Year,
            [.. x.Shape.Participants.Select(p => x.Facts.FindEntity(p.Entity) is { } e ? e.Wikidata ?? entities.GetValueOrDefault(WikidataIds.Normalise(e.Name)) : null).OfType<string>()])).ToList();
        var open = Enumerable.Range(0, eventQueries.Count).ToList();
        var candidatesOf = new Dictionary<int, List<ReconcileCandidate>>();
        foreach (var source in sources)
        {
            if (open.Count == 0) break;
            var answers = await source.ReconcileAsync([.. open.Select(i => eventQueries[i])], cancellationToken).ConfigureAwait(false);
            var still = new List<int>();
            for (var k = 0; k < open.Count; k++)
            {
                var label = eventQueries[open[k]].Text;
                var matches = answers[k].Where(c => c.Match).Select(c => c.Id).Distinct(StringComparer.Ordinal).ToList();
                if (matches.Count == 1)
                {
                    events[WikidataIds.Normalise(label)] = matches[0];
                    report.Add($"event \"{label}\" is {matches[0]} ({source.Name}): its statements go on that item, no CREATE");
                    continue;
                }
                if (!candidatesOf.TryGetValue(open[k], out var list)) candidatesOf[open[k]] = list = [];
                list.AddRange(answers[k].Where(c => !c.Match || matches.Count > 1));
                still.Add(open[k]);
            }
            open = still;
        }
        foreach (var i in open)
        {
            if (!candidatesOf.TryGetValue(i, out var list) || list.Count == 0) continue;
            var distinct = list.DistinctBy(c => c.Id).OrderByDescending(c => c.Score).ThenBy(c => c.Id, StringComparer.Ordinal).ToList();
            possible[WikidataIds.Normalise(eventQueries[i].Text)] = distinct;
        }
        return new ReconciledIds(entities, events, possible, [.. report]);
    }
}
