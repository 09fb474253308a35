using KgExport.Extraction.Facts;

namespace KgExport.Publishing.QuickStatements;

/// <summary>Options of a QuickStatements batch.</summary>
/// <param name="Retrieved">The retrieved date (S813) put in every reference.</param>
/// <param name="CreateMissing">Create items (labels, aliases, instance of) for entities that have no QID.</param>
public sealed record BatchOptions(FactDate Retrieved, bool CreateMissing = false);

/// <summary>
/// Reviewed facts -> QuickStatements edits. Events (recognitions, severances, annexations) become new items
/// (instance of the mapped class, participants with their roles, point in time); every statement gets a
/// reference. Entities are only used through their QIDs; none is ever guessed.
/// </summary>
public static class BatchBuilder
{
    public static Batch Build(IEnumerable<ArticleFacts> articles, WikibaseMap map, BatchOptions options, CancellationToken cancellationToken = default)
    {
        var edits = new List<ItemEdit>();
        var seenEdits = new HashSet<string>(StringComparer.Ordinal);
        var created = new SortedDictionary<string, ItemEdit>(StringComparer.Ordinal);
        var unresolved = new SortedSet<string>(StringComparer.Ordinal);
        var sourceArticles = new List<string>();
        foreach (var facts in articles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var a = facts.Article;
            sourceArticles.Add($"{a.Id} \"{a.Headline}\"{(a.Published is { } p ? " published " + p : "")}");
            var context = new ArticleContext(facts, map, options, unresolved, created);
            foreach (var fact in facts.AllFacts)
            {
                var edit = fact switch
                {
                    Recognition r => context.Event(r, "recognition",
                        (r.Kind == RecognitionKind.Withdrawal ? "withdrawal of recognition of " : "recognition of ") + context.Name(r.Recognised) + " by " + context.Name(r.Recogniser),
                        r.Date, [(r.Recogniser, "recogniser"), (r.Recognised, "recognised"), .. r.AnnouncedBy is { } by ? new[] { (by, "announcer") } : []], r.Ordinal),
                    Severance s => context.Event(s, "severance",
                        "severance of diplomatic relations by " + context.Name(s.By) + " with " + context.Name(s.With),
                        s.Date, [(s.By, "severer"), (s.With, "severed")], null),
                    Annexation x => context.Event(x, "annexation",
                        "annexation of " + context.Name(x.Annexed) + " by " + context.Name(x.Annexer),
                        x.Date, [(x.Annexer, "annexer"), (x.Annexed, "annexed")], null),
                    _ => null,
                };
                if (edit is not null && seenEdits.Add(edit.Key)) edits.Add(edit);
            }
        }
        // New entity items first (events cannot link to them in the same V1 batch, but they exist for a rerun).
        var all = created.Values.Where(e => seenEdits.Add(e.Key)).Concat(edits).ToList();
        return new Batch(all, sourceArticles, [.. unresolved]);
    }

    private sealed class ArticleContext(ArticleFacts facts, WikibaseMap map, BatchOptions options, SortedSet<string> unresolved, SortedDictionary<string, ItemEdit> created)
    {
        private string Language => facts.Article.Language.Length > 0 ? facts.Article.Language.ToLowerInvariant() : "en";

        public string Name(string id) => facts.FindEntity(id)?.Name ?? id;

        public ItemEdit? Event(Fact fact, string classKey, string label, FactDate? date, IReadOnlyList<(string Entity, string Role)> participants, int? ordinal)
        {
            var where = $"{facts.Article.Id}: {fact.Id}";
            var classItem = map.Classes[classKey];
            if (classItem is null)
            {
                unresolved.Add($"{where}: not created: the map has no item for class \"{classKey}\"");
                return null;
            }
            if (!QuickStatementsValues.IsRepresentable(label))
            {
                unresolved.Add($"{where}: not created: its label cannot be written in QuickStatements V1 ({label})");
                return null;
            }
            var sources = Sources(fact);
            var statements = new List<Statement> { new(map.Property("instanceOf"), classItem, [], sources) };
            foreach (var (entityId, role) in participants)
            {
                var qid = Resolve(entityId, where);
                if (qid is null) continue;
                var roleItem = map.Roles[role];
                var qualifiers = new List<Snak>();
                if (roleItem is not null) qualifiers.Add(new(map.Property("subjectHasRole"), roleItem));
                // "the third nation to recognise": the recogniser's place, as a series ordinal on its participation.
                if (role == "recogniser" && ordinal is { } n) qualifiers.Add(new(map.Property("seriesOrdinal"), QuickStatementsValues.String(n.ToString(System.Globalization.CultureInfo.InvariantCulture))));
                if (roleItem is null) unresolved.Add($"{where}: participant {qid} added without its role: the map has no item for role \"{role}\"");
                statements.Add(new(map.Property("participant"), qid, qualifiers, sources));
            }
            if (date is { } d) statements.Add(new(map.Property("pointInTime"), QuickStatementsValues.Time(d), [], sources));
            else unresolved.Add($"{where}: no date in the facts, so no point in time");
            return new ItemEdit(null, [(Language, label)], [], statements);
        }

        /// <summary>The QID of an entity, or null (reported; with --create-missing also queued for creation).</summary>
        private string? Resolve(string entityId, string where)
        {
            var entity = facts.FindEntity(entityId);
            if (entity?.Wikidata is { } qid) return qid;
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
            if (!QuickStatementsValues.IsRepresentable(entity.Name))
            {
                unresolved.Add($"{facts.Article.Id}: {entity.Id}: not created: its name cannot be written in QuickStatements V1");
                return;
            }
            var aliases = entity.Aliases.Where(QuickStatementsValues.IsRepresentable).Distinct(StringComparer.Ordinal).Select(a => (Language, a)).ToList();
            var statements = new List<Statement>();
            if (entity.Type == EntityType.Person && map.Classes["person"] is { } human)
            {
                statements.Add(new(map.Property("instanceOf"), human, [], Sources(null)));
            }
            created[key] = new ItemEdit(null, [(Language, entity.Name)], aliases, statements);
        }

        /// <summary>The reference of every statement: stated in (the publisher's item), retrieved, and a quotation of the evidence.</summary>
        private List<Snak> Sources(Fact? fact)
        {
            var sources = new List<Snak>();
            if (facts.Article.Publisher is { } publisher && facts.FindEntity(publisher)?.Wikidata is { } publisherItem)
            {
                sources.Add(new(map.Property("statedIn"), publisherItem));
            }
            sources.Add(new(map.Property("retrieved"), QuickStatementsValues.Time(options.Retrieved)));
            var quote = fact?.Evidence.Select(e => e.Text).FirstOrDefault(t => QuickStatementsValues.IsRepresentable(t) && t.Length <= 1500);
            if (quote is not null) sources.Add(new(map.Property("quotation"), QuickStatementsValues.Monolingual(Language, quote)));
            return sources;
        }
    }
}
