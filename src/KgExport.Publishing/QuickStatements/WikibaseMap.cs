using System.Text.Json;
using System.Text.RegularExpressions;

namespace KgExport.Publishing.QuickStatements;

/// <summary>A problem in a Wikibase map file, with the JSON path of the offending value.</summary>
public sealed class WikibaseMapException(string source, IReadOnlyList<string> problems)
    : Exception($"{source}: invalid Wikibase map:\n  " + string.Join("\n  ", problems))
{
    public string MapSource { get; } = source;
    public IReadOnlyList<string> Problems { get; } = problems;
}

/// <summary>
/// Which Wikibase item stands for each KgExport class and role, and which property for each relation: data
/// (<c>ontology/wikibase-map.json</c>), so another Wikibase can be targeted with another map. A null item means
/// "no verified id": what needs it is reported and left out, never guessed.
/// </summary>
public sealed partial class WikibaseMap
{
    /// <summary>Classes (events and entity types) that may have an item; keys of <c>classes</c>.</summary>
    public static readonly IReadOnlyList<string> ClassKeys = ["recognition", "withdrawal", "severance", "annexation", "person"];

    /// <summary>Participant roles that may have an item used with the subject-has-role qualifier; keys of <c>roles</c>.</summary>
    public static readonly IReadOnlyList<string> RoleKeys = ["recogniser", "recognised", "severer", "severed", "annexer", "annexed", "announcer"];

    /// <summary>Properties every batch needs, never null; keys of <c>properties</c>.</summary>
    public static readonly IReadOnlyList<string> PropertyKeys =
        ["instanceOf", "pointInTime", "participant", "subjectHasRole", "seriesOrdinal", "referenceUrl", "statedIn", "publicationDate", "title", "retrieved", "quotation"];

    /// <summary>
    /// Properties of the statements on existing items (an establishment starts the states' diplomatic relation, a
    /// severance ends it, with the severance as its end cause where the map has an item for it): keys of <c>properties</c> that may be null, in which case those statements are reported
    /// and left out.
    /// </summary>
    public static readonly IReadOnlyList<string> ItemStatementPropertyKeys = ["diplomaticRelation", "startTime", "endTime", "endCause"];

    private static readonly string[] TopKeys = ["comment", "source", "classes", "roles", "properties"];

    [GeneratedRegex("^Q[1-9][0-9]*$")]
    private static partial Regex ItemId();

    [GeneratedRegex("^P[1-9][0-9]*$")]
    private static partial Regex PropertyId();

    private WikibaseMap(Dictionary<string, string?> classes, Dictionary<string, string?> roles, Dictionary<string, string?> properties)
    {
        Classes = classes;
        Roles = roles;
        Properties = properties;
    }

    public IReadOnlyDictionary<string, string?> Classes { get; }
    public IReadOnlyDictionary<string, string?> Roles { get; }
    /// <summary>Property ids by key; only the <see cref="ItemStatementPropertyKeys"/> can be null.</summary>
    public IReadOnlyDictionary<string, string?> Properties { get; }

    /// <summary>A required property (one of <see cref="PropertyKeys"/>).</summary>
    public string Property(string key) => Properties[key] ?? throw new KeyNotFoundException($"property \"{key}\" is optional; use OptionalProperty");

    /// <summary>A property that may be unmapped (one of <see cref="ItemStatementPropertyKeys"/>), or null.</summary>
    public string? OptionalProperty(string key) => Properties[key];

    public static WikibaseMap LoadFile(string path)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new WikibaseMapException(path, [$"cannot read: {e.Message}"]);
        }
        return Parse(json, path);
    }

    /// <summary>Parses and validates a map; every problem is reported at once.</summary>
    public static WikibaseMap Parse(string json, string source)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new WikibaseMapException(source, [$"{(e.LineNumber ?? 0) + 1}:{(e.BytePositionInLine ?? 0) + 1}: not valid JSON"]);
        }
        using (document)
        {
            var problems = new List<string>();
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw new WikibaseMapException(source, ["$: expected a JSON object"]);
            foreach (var p in root.EnumerateObject())
            {
                if (Array.IndexOf(TopKeys, p.Name) < 0) problems.Add($"$.{p.Name}: unknown key (expected {string.Join(", ", TopKeys)})");
                else if (p.Name is "comment" or "source" && !IsText(p.Value)) problems.Add($"$.{p.Name}: expected a string or an array of strings");
            }
            if (!root.TryGetProperty("source", out _)) problems.Add("$.source: missing (say where the ids were checked)");
            var classes = Section(root, "classes", [], ClassKeys, ItemId(), "an item id (Q followed by digits)", problems);
            var roles = Section(root, "roles", [], RoleKeys, ItemId(), "an item id (Q followed by digits)", problems);
            var properties = Section(root, "properties", PropertyKeys, ItemStatementPropertyKeys, PropertyId(), "a property id (P followed by digits)", problems);
            if (problems.Count > 0) throw new WikibaseMapException(source, problems);
            return new WikibaseMap(classes, roles, properties);
        }
    }

    private static bool IsText(JsonElement value) =>
        value.ValueKind == JsonValueKind.String
        || (value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String));

    /// <summary>
    /// One section of ids, every key of <paramref name="required"/> and <paramref name="nullable"/> present; a
    /// required key needs an id, a nullable one an id or null (no verified id: what needs it is reported).
    /// </summary>
    private static Dictionary<string, string?> Section(JsonElement root, string name, IReadOnlyList<string> required, IReadOnlyList<string> nullable, Regex id, string expected, List<string> problems)
    {
        var keys = required.Concat(nullable).ToList();
        var result = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (!root.TryGetProperty(name, out var section) || section.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"$.{name}: missing or not an object");
            return result;
        }
        foreach (var p in section.EnumerateObject())
        {
            var path = $"$.{name}.{p.Name}";
            if (!keys.Contains(p.Name))
            {
                problems.Add($"{path}: unknown key (expected one of {string.Join(", ", keys)})");
                continue;
            }
            var mayBeNull = nullable.Contains(p.Name);
            if (p.Value.ValueKind == JsonValueKind.Null && mayBeNull) result[p.Name] = null;
            else if (p.Value.ValueKind == JsonValueKind.String && id.IsMatch(p.Value.GetString()!)) result[p.Name] = p.Value.GetString();
            else problems.Add($"{path}: {p.Value.GetRawText()} is not {expected}{(mayBeNull ? " or null" : "")}");
        }
        foreach (var key in keys)
        {
            if (!result.ContainsKey(key) && !section.TryGetProperty(key, out _))
            {
                problems.Add($"$.{name}.{key}: missing{(nullable.Contains(key) ? " (use null when no id is verified)" : "")}");
            }
        }
        return result;
    }
}
