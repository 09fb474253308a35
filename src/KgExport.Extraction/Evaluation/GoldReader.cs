using System.Text.Json;
using KgExport.Extraction.Dates;
using KgExport.Facts;
using GazetteerTable = KgExport.Extraction.Gazetteer.Gazetteer;

namespace KgExport.Extraction.Evaluation;

/// <summary>
/// Reads reference facts for scoring from either shape: the facts format (<c>.facts.json</c>, entity ids with QIDs in
/// <c>entities</c>) or the simpler annotation shape of the development set (<c>recognitions</c> with
/// <c>"recogniser": "Syria (Q858)"</c>, <c>severances</c> with <c>by</c>/<c>with</c>, <c>establishments</c> with
/// <c>"between": [a, b]</c>; <c>../shared/articles/GUIDELINES.md</c>). Actors are normalised to gazetteer ids (by QID,
/// id or name) so both shapes compare with extraction. As in score.py, a kind is covered only where the file has
/// its key: older reference files without <c>establishments</c> do not score establishments.
/// </summary>
public static class GoldReader
{
    public static ReferenceFacts ReadFile(string path, GazetteerTable gazetteer)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new EvaluationException($"{path}: cannot read: {e.Message}");
        }
        try
        {
            using var doc = JsonDocument.Parse(json);
            var root = doc.RootElement;
            return root.TryGetProperty("article", out _) ? FromFactsFormat(root, gazetteer, path) : FromAnnotation(root, gazetteer, path);
        }
        catch (JsonException e)
        {
            throw new EvaluationException($"{path}:{(e.LineNumber ?? 0) + 1}:{(e.BytePositionInLine ?? 0) + 1}: not valid JSON: {e.Message}");
        }
        catch (InvalidOperationException e)
        {
            throw new EvaluationException($"{path}: unexpected shape: {e.Message}");
        }
    }

    /// <summary>Facts extracted (or reviewed) in the facts format, reduced for scoring.</summary>
    public static List<ScoredFact> FromFacts(ArticleFacts facts, GazetteerTable gazetteer)
    {
        string Actor(string id)
        {
            var e = facts.FindEntity(id);
            return Normalise(id, e?.Name, e?.Wikidata, gazetteer);
        }
        var list = new List<ScoredFact>();
        list.AddRange(facts.Recognitions.Select(r => Recognition(Actor(r.Recogniser), Actor(r.Recognised), r.Kind.Name, Convert(r.Date))));
        list.AddRange(facts.Severances.Select(s => new ScoredFact(ScoredKind.Severance, Actor(s.By), Actor(s.With), "", Convert(s.Date))));
        list.AddRange(facts.Establishments.Select(e => new ScoredFact(ScoredKind.Establishment, Actor(e.Between[0]), Actor(e.Between[1]), "", Convert(e.Date))));
        list.AddRange(facts.Annexations.Select(a => new ScoredFact(ScoredKind.Annexation, Actor(a.Annexer), Actor(a.Annexed), "", Convert(a.Date))));
        return list;
    }

    private static ReferenceFacts FromFactsFormat(JsonElement root, GazetteerTable gazetteer, string path)
    {
        var entities = new Dictionary<string, (string? Name, string? Qid)>(StringComparer.Ordinal);
        if (root.TryGetProperty("entities", out var es))
        {
            foreach (var e in es.EnumerateArray())
            {
                entities[Str(e, "id") ?? ""] = (Str(e, "name"), Str(e, "wikidata"));
            }
        }
        string Actor(string? id) => id is null ? "" : Normalise(id, entities.GetValueOrDefault(id).Name, entities.GetValueOrDefault(id).Qid, gazetteer);
        return Read(root, Actor, path);
    }

    private static ReferenceFacts FromAnnotation(JsonElement root, GazetteerTable gazetteer, string path)
    {
        string Actor(string? label)
        {
            if (string.IsNullOrEmpty(label)) return "";
            // "Republic of China (Taiwan) (Q865)": the QID is the last parenthesis
            string? qid = null;
            var name = label.Trim();
            var open = name.LastIndexOf('(');
            if (open >= 0 && name.EndsWith(')') && name[(open + 1)..^1] is { } inner && inner.StartsWith('Q') && inner.Length > 1 && inner[1..].All(char.IsAsciiDigit))
            {
                qid = inner;
                name = name[..open].Trim();
            }
            return Normalise(name, name, qid, gazetteer);
        }
        return Read(root, Actor, path);
    }

    /// <summary>
    /// The scored sections of either shape; only the actor references differ (entity ids or "Name (QID)" labels).
    /// Annexations count only when every entry has an <c>annexer</c>, as score.py requires.
    /// </summary>
    private static ReferenceFacts Read(JsonElement root, Func<string?, string> actor, string path)
    {
        var list = new List<ScoredFact>();
        var kinds = new HashSet<ScoredKind>();
        if (root.TryGetProperty("recognitions", out _)) kinds.UnionWith([ScoredKind.Recognition, ScoredKind.Withdrawal]);
        foreach (var r in Array(root, "recognitions")) list.Add(Recognition(actor(Str(r, "recogniser")), actor(Str(r, "recognised")), Str(r, "kind") ?? "state", Date(r, path)));
        if (root.TryGetProperty("severances", out _)) kinds.Add(ScoredKind.Severance);
        foreach (var s in Array(root, "severances")) list.Add(new ScoredFact(ScoredKind.Severance, actor(Str(s, "by")), actor(Str(s, "with")), "", Date(s, path)));
        if (root.TryGetProperty("establishments", out _)) kinds.Add(ScoredKind.Establishment);
        var i = 0;
        foreach (var e in Array(root, "establishments"))
        {
            var between = e.TryGetProperty("between", out var b) && b.ValueKind == JsonValueKind.Array ? b.EnumerateArray().Select(x => x.ValueKind == JsonValueKind.String ? x.GetString() : null).ToList() : [];
            if (between.Count != 2) throw new EvaluationException($"{path}: $.establishments[{i}].between: expected two participants, found {between.Count}");
            list.Add(new ScoredFact(ScoredKind.Establishment, actor(between[0]), actor(between[1]), "", Date(e, path)));
            i++;
        }
        var annexations = Array(root, "annexations").ToList();
        if (root.TryGetProperty("annexations", out _) && annexations.All(a => a.ValueKind == JsonValueKind.Object && a.TryGetProperty("annexer", out _)))
        {
            kinds.Add(ScoredKind.Annexation);
            foreach (var a in annexations) list.Add(new ScoredFact(ScoredKind.Annexation, actor(Str(a, "annexer")), actor(Str(a, "annexed")), "", Date(a, path)));
        }
        return new ReferenceFacts(list, kinds);
    }

    /// <summary>A recognition, or a withdrawal when its kind says so ("withdrawal", "withdraw").</summary>
    private static ScoredFact Recognition(string recogniser, string recognised, string kind, PartialDate? date) =>
        kind.Contains("withdraw", StringComparison.OrdinalIgnoreCase)
            ? new ScoredFact(ScoredKind.Withdrawal, recogniser, recognised, "", date)
            : new ScoredFact(ScoredKind.Recognition, recogniser, recognised, kind, date);

    /// <summary>A gazetteer id when the entity is known (QID first, then id, then name), else the lower-cased name.</summary>
    public static string Normalise(string id, string? name, string? qid, GazetteerTable gazetteer)
    {
        if (qid is { Length: > 0 } && gazetteer.ByQid(qid) is { } byQid) return byQid.Id;
        if (gazetteer.ById(id) is { } byId) return byId.Id;
        if (name is not null && gazetteer.ByName(name) is { } byName) return byName.Id;
        if (gazetteer.ByName(id) is { } byIdAsName) return byIdAsName.Id;
        return (name ?? id).Trim().ToLowerInvariant();
    }

    private static IEnumerable<JsonElement> Array(JsonElement root, string name) =>
        root.TryGetProperty(name, out var a) && a.ValueKind == JsonValueKind.Array ? a.EnumerateArray() : [];

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static PartialDate? Date(JsonElement e, string path)
    {
        var s = Str(e, "date");
        if (string.IsNullOrEmpty(s)) return null;
        if (!FactDate.TryParse(s, out var d, out var error)) throw new EvaluationException($"{path}: {error}");
        return Convert(d);
    }

    private static PartialDate? Convert(FactDate? d) => d is { } x ? new PartialDate(x.Year, x.Month, x.Day) : null;
}
