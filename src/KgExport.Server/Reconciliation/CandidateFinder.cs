using KgExport.Ontology;
using KgExport.Rdf;
using KgExport.Server.LinkedData;

namespace KgExport.Server.Reconciliation;

/// <summary>
/// Scores the dataset's entities against one query. The name: equal to a label (case, accents, punctuation ignored)
/// 100, to an alias 95, a query text that is the QID the entity is owl:sameAs 100; else the share of words in common
/// (at most 90). Types filter: a candidate has one of the query's types. Properties: with them the score is 70% name
/// and 30% the share of properties whose value the candidate has. A candidate is a <c>match</c> only when its name is
/// equal (or the query has no text), it has every property asked for, and no other candidate is as sure.
/// </summary>
internal sealed class CandidateFinder(Dataset dataset, IReadOnlyList<ReconcilableEntity> entities, ReconciliationSpace space, ServerSettings settings)
{
    private const double LabelScore = 100;
    private const double AliasScore = 95;
    private const double PartialCeiling = 90;
    private static readonly PrefixMap Prefixes = Namespaces.Prefixes();

    public IReadOnlyList<ReconciliationCandidate> Find(ReconciliationQuery query, BatchDeadline deadline)
    {
        var text = query.Text is { } t ? NameKey.Of(t) : null;
        var textQid = query.Text is { } q ? WikidataItem.Qid(q.Trim()) : null;
        var types = query.Types.Select(TypeIri).ToHashSet(StringComparer.Ordinal);
        var properties = query.Properties.Select(p => (Predicate: new Iri(PropertyIri(p.Pid)), p.Values)).ToList();
        var scored = new List<(ReconcilableEntity Entity, string Id, double Score, bool Sure)>();
        foreach (var entity in entities)
        {
            deadline.Check();
            if (space.IdOf(entity.Iri, entity.Qids, settings) is not { } id) continue;
            if (types.Count > 0 && !entity.Types.Any(ty => types.Contains(ty.Value))) continue;
            double? name = text is null ? null : NameScore(entity, text, textQid);
            if (name is 0) continue;
            var held = properties.Count(p => Has(entity.Iri, p.Predicate, p.Values));
            var share = properties.Count == 0 ? 1 : (double)held / properties.Count;
            if (name is null && held == 0) continue;
            var score = name is not { } n ? 100 * share : properties.Count == 0 ? n : 0.7 * n + 30 * share;
            var sure = (name is null || name >= AliasScore) && held == properties.Count;
            scored.Add((entity, id, Math.Round(score, 1), sure));
        }
        var ordered = scored.OrderByDescending(s => s.Score).ThenBy(s => s.Entity.Name, StringComparer.Ordinal).ThenBy(s => s.Id, StringComparer.Ordinal)
            .DistinctBy(s => s.Id).ToList();
        var onlyOneSure = ordered.Count(s => s.Sure) == 1;
        return [.. ordered.Take(query.Limit).Select(s => new ReconciliationCandidate(s.Id, s.Entity.Name, s.Score, s.Sure && onlyOneSure,
            [.. s.Entity.Types.Select(TypeOf)], s.Entity.Aliases.Count == 0 ? null : "also " + string.Join(", ", s.Entity.Aliases)))];
    }

    /// <summary>
    /// Entities for a name being typed (the suggest service): a label that starts with the prefix first, then an
    /// alias that does, then a name with a later word that does; each group by name, then id.
    /// </summary>
    public IReadOnlyList<ReconciliationCandidate> Suggest(string prefix, int cursor, int count, BatchDeadline deadline)
    {
        var key = NameKey.Of(prefix).Text;
        if (key.Length == 0) return [];
        var found = new List<(ReconcilableEntity Entity, string Id, int Rank)>();
        foreach (var entity in entities)
        {
            deadline.Check();
            if (space.IdOf(entity.Iri, entity.Qids, settings) is not { } id) continue;
            int? rank = entity.Labels.Any(l => l.Text.StartsWith(key, StringComparison.Ordinal)) ? 0
                : entity.AliasKeys.Any(a => a.Text.StartsWith(key, StringComparison.Ordinal)) ? 1
                : entity.Labels.Concat(entity.AliasKeys).Any(k => k.Text.Contains(" " + key, StringComparison.Ordinal)) ? 2
                : null;
            if (rank is { } r) found.Add((entity, id, r));
        }
        return [.. found.OrderBy(f => f.Rank).ThenBy(f => f.Entity.Name, StringComparer.Ordinal).ThenBy(f => f.Id, StringComparer.Ordinal)
            .DistinctBy(f => f.Id).Skip(cursor).Take(count)
            .Select(f => new ReconciliationCandidate(f.Id, f.Entity.Name, 0, false, [.. f.Entity.Types.Select(TypeOf)], f.Entity.Aliases.Count == 0 ? null : "also " + string.Join(", ", f.Entity.Aliases)))];
    }

    private static double NameScore(ReconcilableEntity entity, NameKey text, string? textQid)
    {
        if (textQid is not null && entity.Qids.Contains(textQid)) return LabelScore;
        if (text.Words.Count == 0) return 0;
        if (entity.Labels.Any(l => l.Text == text.Text)) return LabelScore;
        if (entity.AliasKeys.Any(a => a.Text == text.Text)) return AliasScore;
        return PartialCeiling * entity.Labels.Concat(entity.AliasKeys).Select(k => k.Overlap(text)).DefaultIfEmpty(0).Max();
    }

    /// <summary>Whether the entity has the property with one of the values: the same text, resource, or resource of that name.</summary>
    private bool Has(Iri subject, Iri predicate, IReadOnlyList<PropertyValue> values)
    {
        var objects = StoreLookups.Objects(dataset, subject, predicate).ToList();
        if (objects.Count == 0) return false;
        foreach (var value in values)
        {
            var iris = (value.Id is { } id ? ReconciliationSpace.IrisOf(id, settings) : [])
                .Concat(value.Text is { } t ? ReconciliationSpace.IrisOf(t, settings) : []).ToHashSet(StringComparer.Ordinal);
            var key = value.Text is { } text ? NameKey.Of(text).Text : null;
            foreach (var o in objects)
            {
                switch (o)
                {
                    case Iri iri when iris.Contains(iri.Value) || StoreLookups.Objects(dataset, iri, Terms.SameAs).Any(s => s is Iri same && iris.Contains(same.Value)):
                        return true;
                    case Iri iri when key is { Length: > 0 } && StoreLookups.LabelOf(dataset, iri) is { } label && NameKey.Of(label).Text == key:
                        return true;
                    case Literal literal when key is { Length: > 0 } && NameKey.Of(literal.LexicalForm).Text == key:
                        return true;
                }
            }
        }
        return false;
    }

    /// <summary>A type id as clients send it: an ontology class by local name (<c>State</c>), or an absolute IRI.</summary>
    public static string TypeIri(string id) => Uri.TryCreate(id, UriKind.Absolute, out _) ? id : Namespaces.Kg + id;

    /// <summary>A property id: an absolute IRI, a prefixed name of the export's prefixes (<c>owl:sameAs</c>), or an ontology property by local name.</summary>
    public static string PropertyIri(string pid)
    {
        var colon = pid.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && Prefixes.Entries.FirstOrDefault(e => e.Key == pid[..colon]) is { Value: { } ns }) return ns + pid[(colon + 1)..];
        return Uri.TryCreate(pid, UriKind.Absolute, out _) ? pid : Namespaces.Kg + pid;
    }

    public ReconciliationType TypeOf(Iri type) => new(TypeId(type), TypeName(dataset, type));

    public static string TypeId(Iri type) =>
        type.Value.StartsWith(Namespaces.Kg, StringComparison.Ordinal) && type.Value.Length > Namespaces.Kg.Length ? type.Value[Namespaces.Kg.Length..] : type.Value;

    /// <summary>The class's label where the data has the ontology, else its local name in words ("BreakawayEntity" is "breakaway entity").</summary>
    public static string TypeName(Dataset dataset, Iri type)
    {
        if (StoreLookups.LabelOf(dataset, type) is { } label) return label;
        var local = TypeId(type);
        if (local.Contains(':', StringComparison.Ordinal)) return local;
        var words = new System.Text.StringBuilder();
        foreach (var c in local)
        {
            if (char.IsUpper(c) && words.Length > 0) words.Append(' ');
            words.Append(char.ToLowerInvariant(c));
        }
        return words.ToString();
    }
}
