using System.Globalization;
using KgExport.Facts;

namespace KgExport.Publishing.QuickStatements;

/// <summary>Options of a QuickStatements batch.</summary>
/// <param name="Retrieved">The retrieved date (S813) put in every reference.</param>
/// <param name="CreateMissing">Create items (labels, aliases, instance of) for entities that have no QID.</param>
/// <param name="Reconciled">Existing items found before building (<see cref="ReconciledIds.ResolveAsync"/>): entities the
/// facts give no QID, events that get statements on their item instead of a CREATE, events held as possible matches.</param>
public sealed record BatchOptions(FactDate Retrieved, bool CreateMissing = false, ReconciledIds? Reconciled = null);

/// <summary>An event as the batch writes it: its class key in the map, its label, date, participants with their roles.</summary>
public sealed record EventShape(string ClassKey, string Label, FactDate? Date, IReadOnlyList<(string Entity, string Role)> Participants, int? Ordinal);

/// <summary>
/// Reviewed facts -> QuickStatements edits. Events (recognitions, severances, annexations) become new items
/// (instance of the mapped class, participants with their roles, point in time); entities with a QID get the
/// statements the map gives for them (an establishment starts the two states' diplomatic relation, a severance ends
/// it). Every statement gets
/// a reference that names its source as Wikidata cites news (stated in, reference URL, publication date, title,
/// retrieved, and a quotation as a supplement) and names its article in the edit summary. A fact that was not
/// reviewed, or whose reference would name no source, is held for review instead (<see cref="Batch.Held"/>).
/// Entities are only used through their QIDs; none is ever guessed.
/// </summary>
public static class BatchBuilder
{
    public static Batch Build(IEnumerable<ArticleFacts> articles, WikibaseMap map, BatchOptions options, CancellationToken cancellationToken = default)
    {
        var events = new List<ItemEdit>();
        var seenEdits = new HashSet<string>(StringComparer.Ordinal);
        var created = new SortedDictionary<string, ItemEdit>(StringComparer.Ordinal);
        var onItems = new SortedDictionary<string, ItemStatements>(QidOrder.Instance);
        var relationStarts = new SortedDictionary<string, List<RelationDate>>(StringComparer.Ordinal);
        var relationEnds = new SortedDictionary<string, List<RelationDate>>(StringComparer.Ordinal);
        var unresolved = new SortedSet<string>(StringComparer.Ordinal);
        var held = new List<HeldFact>();
        var heldKeys = new HashSet<string>(StringComparer.Ordinal);
        var sourceArticles = new List<string>();
        foreach (var facts in articles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var a = facts.Article;
            var described = $"{a.Id} \"{a.Headline}\"{(a.Published is { } p ? " published " + p : "")}{(a.Url is { } url ? " " + url : "")}";
            if (!sourceArticles.Contains(described)) sourceArticles.Add(described);
            var context = new ArticleContext(facts, map, options, unresolved, created, relationStarts, relationEnds,
                h => { if (heldKeys.Add(h.Line)) held.Add(h); });
            foreach (var fact in facts.AllFacts)
            {
                // Only these kinds become statements; each is written only when reviewed and citable.
                if (fact is not (Recognition or Severance or Establishment or Annexation) || !context.MayWrite(fact)) continue;
                // A downgrade (ambassadors recalled, the mission reduced) keeps the relation: it is no severance item
                // and no end time, and Wikidata has no practice of recording it that we could verify.
                if (fact is Severance { Downgrade: true })
                {
                    unresolved.Add($"{a.Id}: {fact.Id}: a downgrade of relations is not written: the relation does not end (no end time, no severance item)");
                    continue;
                }
                var edit = Shape(fact, facts) is { } shape ? context.Event(fact, shape) : null;
                if (edit is not null && seenEdits.Add(edit.Key)) events.Add(edit);
                if (fact is Severance severance) context.EndOfRelation(severance);
                if (fact is Establishment establishment) context.StartOfRelation(establishment);
            }
        }
        StartRelations(relationStarts, relationEnds, map, onItems, unresolved);
        EndRelations(relationEnds, map, onItems, unresolved);
        // New entity items first (events cannot link to them in the same V1 batch, but they exist for a rerun),
        // then the new event items, then the statements on existing items by QID.
        var all = created.Values.Where(e => seenEdits.Add(e.Key))
            .Concat(events)
            .Concat(onItems.Select(i => new ItemEdit(i.Key, [], [], i.Value.Statements)))
            .ToList();
        return new Batch(all, sourceArticles, [.. unresolved], [.. held]);
    }

    /// <summary>
    /// The event item a fact becomes (recognitions, withdrawals, severances that are not downgrades, annexations), or
    /// null. The reconciliation step asks for existing items by the same label.
    /// </summary>
    public static EventShape? Shape(Fact fact, ArticleFacts facts)
    {
        string Name(string id) => facts.FindEntity(id)?.Name ?? id;
        return fact switch
        {
            Recognition r => new(r.Kind.IsWithdrawal ? "withdrawal" : "recognition",
                (r.Kind.IsWithdrawal ? "withdrawal of recognition of " : "recognition of ") + Name(r.Recognised) + " by " + Name(r.Recogniser),
                r.Date, [(r.Recogniser, "recogniser"), (r.Recognised, "recognised"), .. r.AnnouncedBy is { } by ? new[] { (by, "announcer") } : []], r.Ordinal),
            Severance { Downgrade: false } s => new("severance",
                "severance of diplomatic relations by " + Name(s.By) + " with " + Name(s.With),
                s.Date, [(s.By, "severer"), (s.With, "severed")], null),
            Annexation x => new("annexation", "annexation of " + Name(x.Annexed) + " by " + Name(x.Annexer),
                x.Date, [(x.Annexer, "annexer"), (x.Annexed, "annexed")], null),
            _ => null,
        };
    }

    /// <summary>An establishment or a severance between two states with QIDs, waiting to start or end their relation.</summary>
    private sealed record RelationDate(string A, string B, FactDate Date, string Where, IReadOnlyList<Snak> Sources, string? Summary);

    /// <summary>
    /// Each pair's diplomatic relation starts once, at its earliest establishment in the batch; establishments at that
    /// date all become references of the start, later ones are reported. A start after the pair's first severance in
    /// the batch (relations broken, then restored) is left out and reported: the restored relation is a statement of
    /// its own, and QuickStatements would put its start time on the first statement with that value, the ended one.
    /// </summary>
    private static void StartRelations(
        SortedDictionary<string, List<RelationDate>> relationStarts, SortedDictionary<string, List<RelationDate>> relationEnds,
        WikibaseMap map, SortedDictionary<string, ItemStatements> onItems, SortedSet<string> unresolved)
    {
        var relation = map.OptionalProperty("diplomaticRelation")!;
        var startTime = map.OptionalProperty("startTime")!;
        foreach (var (pair, starts) in relationStarts)
        {
            var first = starts.MinBy(e => e.Date)!;
            var end = relationEnds.TryGetValue(pair, out var ends) ? ends.MinBy(e => e.Date) : null;
            foreach (var start in starts)
            {
                if (end is not null && start.Date.CompareTo(end.Date) > 0)
                {
                    unresolved.Add($"{start.Where}: no start time {start.Date} for the relation {start.A}-{start.B}: it ended before, at {end.Date} ({end.Where}), so this restores it; add the restored relation as a statement of its own");
                    continue;
                }
                if (start.Date != first.Date)
                {
                    unresolved.Add($"{start.Where}: no start time {start.Date} for the relation {start.A}-{start.B}: it started at {first.Date} ({first.Where})");
                    continue;
                }
                var qualifier = new Snak(startTime, QuickStatementsValues.Time(start.Date));
                Item(onItems, start.A).Add(new(relation, start.B, [qualifier], start.Sources, start.Summary));
                Item(onItems, start.B).Add(new(relation, start.A, [qualifier], start.Sources, start.Summary));
            }
        }
    }

    /// <summary>
    /// Each pair's diplomatic relation ends once, at its earliest severance in the batch (the first party to sever
    /// ends it; the other's reciprocal severance, as when Syria broke ties three weeks after Ukraine did, does not
    /// end it again). Severances at that date all become references of the end; later ones are reported.
    /// </summary>
    private static void EndRelations(
        SortedDictionary<string, List<RelationDate>> relationEnds, WikibaseMap map, SortedDictionary<string, ItemStatements> onItems, SortedSet<string> unresolved)
    {
        var relation = map.OptionalProperty("diplomaticRelation")!;
        var endTime = map.OptionalProperty("endTime")!;
        // The end cause: the severance itself, where the map has an item for it.
        var endCause = map.OptionalProperty("endCause") is { } causeProperty && map.Classes["severance"] is { } severanceItem
            ? new Snak(causeProperty, severanceItem)
            : null;
        foreach (var ends in relationEnds.Values)
        {
            var first = ends.MinBy(e => e.Date)!;
            if (endCause is null) unresolved.Add($"{first.Where}: the relation {first.A}-{first.B} ends without an end cause: the map has no {(map.OptionalProperty("endCause") is null ? "property for \"endCause\"" : "item for class \"severance\"")}");
            foreach (var end in ends)
            {
                if (end.Date != first.Date)
                {
                    unresolved.Add($"{end.Where}: no end time {end.Date} for the relation {end.A}-{end.B}: it ended at {first.Date} ({first.Where})");
                    continue;
                }
                List<Snak> qualifiers = [new(endTime, QuickStatementsValues.Time(end.Date)), .. endCause is null ? [] : new[] { endCause }];
                Item(onItems, end.A).Add(new(relation, end.B, qualifiers, end.Sources, end.Summary));
                Item(onItems, end.B).Add(new(relation, end.A, qualifiers, end.Sources, end.Summary));
            }
        }
    }

    private static ItemStatements Item(SortedDictionary<string, ItemStatements> onItems, string qid)
    {
        if (!onItems.TryGetValue(qid, out var item)) onItems[qid] = item = new ItemStatements();
        return item;
    }

    /// <summary>The statements gathered for one existing item; a line repeated exactly is written once.</summary>
    private sealed class ItemStatements
    {
        private readonly HashSet<string> _lines = new(StringComparer.Ordinal);

        public List<Statement> Statements { get; } = [];

        public void Add(Statement statement)
        {
            if (_lines.Add(statement.LineKey)) Statements.Add(statement);
        }
    }

    /// <summary>Items in numeric order (Q159 before Q212 before Q16150196).</summary>
    private sealed class QidOrder : IComparer<string>
    {
        public static readonly QidOrder Instance = new();

        public int Compare(string? x, string? y)
        {
            var byLength = (x?.Length ?? 0).CompareTo(y?.Length ?? 0);
            return byLength != 0 ? byLength : string.CompareOrdinal(x, y);
        }
    }

    private sealed class ArticleContext(
        ArticleFacts facts, WikibaseMap map, BatchOptions options, SortedSet<string> unresolved,
        SortedDictionary<string, ItemEdit> created, SortedDictionary<string, List<RelationDate>> relationStarts,
        SortedDictionary<string, List<RelationDate>> relationEnds, Action<HeldFact> hold)
    {
        private IReadOnlyList<Snak>? _citation;
        private string? _uncitable;
        private string Language => facts.Article.Language.Length > 0 ? facts.Article.Language.ToLowerInvariant() : "en";

        /// <summary>The edit summary of every edit drawn from this article.</summary>
        private string? Summary => QuickStatementsValues.IsSummary("kgexport: article " + facts.Article.Id) ? "kgexport: article " + facts.Article.Id : null;

        public string Name(string id) => facts.FindEntity(id)?.Name ?? id;

        private ReconciledIds Reconciled => options.Reconciled ?? ReconciledIds.None;

        /// <summary>The QID the facts give an entity, else the one the reconciliation step found for its name.</summary>
        private string? QidOf(string entityId) => facts.FindEntity(entityId) is { } e ? e.Wikidata ?? Reconciled.Entity(e.Name) : null;

        public ItemEdit? Event(Fact fact, EventShape shape)
        {
            var (classKey, label, date, participants, ordinal) = (shape.ClassKey, shape.Label, shape.Date, shape.Participants, shape.Ordinal);
            var where = $"{facts.Article.Id}: {fact.Id}";
            var classItem = map.Classes[classKey];
            if (classItem is null)
            {
                unresolved.Add($"{where}: not created: the map has no item for class \"{classKey}\"");
                return null;
            }
            if (QuickStatementsValues.Refusal(label) is { } refused)
            {
                hold(new(facts.Article.Id, fact.Id, $"not created: its label \"{label}\" cannot be written: {refused}"));
                return null;
            }
            var existing = Reconciled.Event(label);
            if (existing is null && Reconciled.PossibleEvent(label) is { Count: > 0 } possible)
            {
                hold(new(facts.Article.Id, fact.Id, $"held: not created: it may be the existing item {string.Join(", ", possible.Select(c => $"{c.Id} \"{c.Name}\""))} (same class and year); check, then add the item to the reconciliation table"));
                return null;
            }
            var sources = Sources(fact);
            var statements = new List<Statement> { new(map.Property("instanceOf"), classItem, [], sources, Summary) };
            foreach (var (entityId, role) in participants)
            {
                var qid = Resolve(entityId, where);
                if (qid is null) continue;
                var roleItem = map.Roles[role];
                var qualifiers = new List<Snak>();
                if (roleItem is not null) qualifiers.Add(new(map.Property("subjectHasRole"), roleItem));
                // "the third nation to recognise": the recogniser's place, as a series ordinal on its participation.
                if (role == "recogniser" && ordinal is { } n) qualifiers.Add(new(map.Property("seriesOrdinal"), QuickStatementsValues.String(n.ToString(CultureInfo.InvariantCulture))));
                if (roleItem is null) unresolved.Add($"{where}: participant {qid} added without its role: the map has no item for role \"{role}\"");
                statements.Add(new(map.Property("participant"), qid, qualifiers, sources, Summary));
            }
            if (date is { } d) statements.Add(new(map.Property("pointInTime"), QuickStatementsValues.Time(d), [], sources, Summary));
            else unresolved.Add($"{where}: no date in the facts, so no point in time");
            // An event that exists already gets the statements on its item (QuickStatements adds the references to
            // statements it has), never a second item.
            return existing is not null
                ? new ItemEdit(existing, [], [], statements, Summary)
                : new ItemEdit(null, [(Language, label)], [], statements, Summary);
        }

        /// <summary>
        /// A severance on the states' own items: each one's diplomatic relation with the other ends at the
        /// severance's date (an existing relation statement gets the end-time qualifier; QuickStatements adds
        /// qualifiers and references to the statement with the same value). Gathered per pair of states first.
        /// </summary>
        public void EndOfRelation(Severance s) => RelationDated(s, s.By, s.With, s.Date, "endTime", "end time", relationEnds);

        /// <summary>
        /// An establishment on the states' own items: each one gets a diplomatic relation with the other that starts at
        /// the establishment's date (the mirror of <see cref="EndOfRelation"/>). Gathered per pair of states first. A
        /// restoration is reported instead: it starts a second relation statement, and QuickStatements would put the
        /// start time on the first statement with that value, which may well be the ended relation.
        /// </summary>
        public void StartOfRelation(Establishment e)
        {
            if (e.Restoration)
            {
                unresolved.Add($"{facts.Article.Id}: {e.Id}: no diplomatic-relation statements on the states' items: a restored relation needs a statement of its own, which QuickStatements would merge into an earlier one with the same value; add it by hand");
                return;
            }
            RelationDated(e, e.Between[0], e.Between[1], e.Date, "startTime", "start time", relationStarts);
        }

        private void RelationDated(Fact fact, string one, string other, FactDate? factDate, string timeKey, string timeName, SortedDictionary<string, List<RelationDate>> byPair)
        {
            var where = $"{facts.Article.Id}: {fact.Id}: no diplomatic-relation statements on the states' items";
            var relation = map.OptionalProperty("diplomaticRelation");
            var time = map.OptionalProperty(timeKey);
            if (relation is null || time is null)
            {
                unresolved.Add($"{where}: the map has no property for \"{(relation is null ? "diplomaticRelation" : timeKey)}\"");
                return;
            }
            var oneQid = QidOf(one);
            var otherQid = QidOf(other);
            if (oneQid is null || otherQid is null)
            {
                unresolved.Add($"{where}: \"{Name(oneQid is null ? one : other)}\" has no QID");
                return;
            }
            if (factDate is not { } date)
            {
                unresolved.Add($"{where}: no date in the facts, so no {timeName}");
                return;
            }
            var (a, b) = QidOrder.Instance.Compare(oneQid, otherQid) <= 0 ? (oneQid, otherQid) : (otherQid, oneQid);
            if (a == b)
            {
                unresolved.Add($"{where}: both sides are {a}");
                return;
            }
            if (!byPair.TryGetValue(a + " " + b, out var dated)) byPair[a + " " + b] = dated = [];
            dated.Add(new(a, b, date, $"{facts.Article.Id}: {fact.Id}", Sources(fact), Summary));
        }

        /// <summary>The QID of an entity, or null (reported; with --create-missing also queued for creation).</summary>
        private string? Resolve(string entityId, string where)
        {
            var entity = facts.FindEntity(entityId);
            if (QidOf(entityId) is { } qid) return qid;
            var name = entity?.Name ?? entityId;
            if (entity is not null && options.CreateMissing)
            {
                CreateEntity(entity);
                unresolved.Add($"{where}: participant \"{name}\" has no QID: its item is created in this batch; add it as participant once it has one");
            }
            else
            {
                unresolved.Add($"{where}: participant \"{name}\" ({entityId}) has no QID; left out");
            }
            return null;
        }

        private void CreateEntity(Entity entity)
        {
            var key = $"{entity.Type}\t{entity.Name}";
            if (created.ContainsKey(key)) return;
            if (QuickStatementsValues.Refusal(entity.Name) is { } refused)
            {
                unresolved.Add($"{facts.Article.Id}: {entity.Id}: not created: its name cannot be written: {refused}");
                return;
            }
            var aliases = entity.Aliases.Where(QuickStatementsValues.IsRepresentable).Distinct(StringComparer.Ordinal).Select(a => (Language, a)).ToList();
            var statements = new List<Statement>();
            if (entity.Type == EntityType.Person && map.Classes["person"] is { } human)
            {
                statements.Add(new(map.Property("instanceOf"), human, [], Sources(null), Summary));
            }
            created[key] = new ItemEdit(null, [(Language, entity.Name)], aliases, statements, Summary);
        }

        /// <summary>
        /// Whether the fact's statements may be written: it was reviewed, and its reference names its source (the
        /// publisher's item or the article's URL). Otherwise the fact is held for review with the reason.
        /// </summary>
        public bool MayWrite(Fact fact)
        {
            var reason = FactReview.NotReviewed(fact) ?? (Citation() is null ? _uncitable : null);
            if (reason is null) return true;
            hold(new(facts.Article.Id, fact.Id, reason));
            return false;
        }

        /// <summary>
        /// What every reference from this article cites, as Wikidata cites a news article: stated in (the publisher's
        /// item), reference URL, publication date and title. Null when it would name no source, neither the
        /// publisher's item nor a URL (retrieved and a quotation alone do not identify one).
        /// </summary>
        private IReadOnlyList<Snak>? Citation()
        {
            if (_citation is not null || _uncitable is not null) return _citation;
            var a = facts.Article;
            var citation = new List<Snak>();
            var publisherItem = a.Publisher is { } publisher ? QidOf(publisher) : null;
            if (publisherItem is not null) citation.Add(new(map.Property("statedIn"), publisherItem));
            // The loader has checked the URL (absolute http or https, no character an IRI excludes); it is refused
            // only if QuickStatements could not carry it.
            string? urlRefused = null;
            if (a.Url is { } url)
            {
                urlRefused = QuickStatementsValues.Refusal(url);
                if (urlRefused is null) citation.Add(new(map.Property("referenceUrl"), QuickStatementsValues.String(url)));
                else unresolved.Add($"{a.Id}: no reference URL (S854): {urlRefused}");
            }
            if (citation.Count == 0)
            {
                var publisherText = a.Publisher is { } p ? $"the publisher \"{Name(p)}\" ({p}) has no QID" : "the article names no publisher";
                var urlText = a.Url is null ? "the article has no URL" : $"its URL cannot be written ({urlRefused})";
                _uncitable = $"held: its reference would name no source (neither stated in, S248, nor reference URL, S854): {publisherText} and {urlText}";
                return null;
            }
            if (a.Published is { } published) citation.Add(new(map.Property("publicationDate"), QuickStatementsValues.Time(published)));
            if (!QuickStatementsValues.IsLanguageCode(Language))
            {
                unresolved.Add($"{a.Id}: no title (S1476) or quotations (S1683): the language \"{a.Language}\" is not a QuickStatements language code");
            }
            else if (QuickStatementsValues.Refusal(a.Headline) is { } refused)
            {
                unresolved.Add($"{a.Id}: no title (S1476): the headline cannot be written: {refused}");
            }
            else if (a.Headline.Length > MaxText)
            {
                unresolved.Add($"{a.Id}: no title (S1476): the headline is longer than {MaxText} characters");
            }
            else
            {
                citation.Add(new(map.Property("title"), QuickStatementsValues.Monolingual(Language, a.Headline)));
            }
            return _citation = citation;
        }

        /// <summary>The longest string a Wikibase string or monolingual value takes.</summary>
        private const int MaxText = 1500;

        /// <summary>
        /// The reference of a statement: the article's citation, retrieved, and a quotation of the evidence as a
        /// supplement (the first span QuickStatements can carry; a fact whose every span it cannot is reported).
        /// </summary>
        private List<Snak> Sources(Fact? fact)
        {
            var sources = new List<Snak>(Citation() ?? []) { new(map.Property("retrieved"), QuickStatementsValues.Time(options.Retrieved)) };
            if (fact is null || fact.Evidence.Count == 0 || !QuickStatementsValues.IsLanguageCode(Language)) return sources;
            var quote = fact.Evidence.Select(e => e.Text).FirstOrDefault(t => QuickStatementsValues.IsRepresentable(t) && t.Length <= MaxText);
            if (quote is not null) sources.Add(new(map.Property("quotation"), QuickStatementsValues.Monolingual(Language, quote)));
            else
            {
                var first = fact.Evidence[0].Text;
                unresolved.Add($"{facts.Article.Id}: {fact.Id}: no quotation (S1683): {(first.Length > MaxText ? $"the evidence is longer than {MaxText} characters" : "the evidence cannot be written: " + QuickStatementsValues.Refusal(first))}");
            }
            return sources;
        }
    }
}
