using System.Globalization;
using System.Text.Json;
using KgExport.Server.Protocol;
using Microsoft.AspNetCore.Http;

namespace KgExport.Server.Reconciliation;

/// <summary>
/// Reads the <c>queries</c> parameter of a reconciliation request: a JSON object of queries keyed by any name
/// (OpenRefine sends <c>q0</c>, <c>q1</c>, ...). Anything that is not a query batch is a 400 that says what is wrong
/// and where; members the API does not define are ignored.
/// </summary>
internal static class ReconciliationBatch
{
    /// <summary>Most queries one request may carry (OpenRefine sends 10 at a time).</summary>
    public const int MaxQueries = 500;

    /// <summary>Candidates per query when the query names no limit, and the most it may ask for.</summary>
    public const int DefaultLimit = 10;

    public const int MaxLimit = 100;

    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 16 };

    public static IReadOnlyList<ReconciliationQuery> Parse(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Options);
        }
        catch (JsonException e)
        {
            // System.Text.Json counts from 0 and appends its own "LineNumber: ... | BytePositionInLine: ..." to the message.
            var message = e.Message;
            var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            if (cut > 0) message = message[..cut];
            var where = e.LineNumber is { } line ? $" at line {(line + 1).ToString(CultureInfo.InvariantCulture)}, byte {((e.BytePositionInLine ?? 0) + 1).ToString(CultureInfo.InvariantCulture)}" : "";
            throw Bad($"'queries' is not JSON{where}: {message}");
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw Bad($"'queries' must be a JSON object of queries by name, such as {{\"q0\": {{\"query\": \"Russia\"}}}}, not {Kind(root)}");
            var queries = new List<ReconciliationQuery>();
            var keys = new HashSet<string>(StringComparer.Ordinal);
            foreach (var member in root.EnumerateObject())
            {
                if (queries.Count == MaxQueries) throw Bad($"a batch may hold at most {MaxQueries} queries; send them in smaller batches");
                if (!keys.Add(member.Name)) throw Bad($"query '{member.Name}' is given twice");
                queries.Add(Query(member.Name, member.Value));
            }
            return queries;
        }
    }

    private static ReconciliationQuery Query(string key, JsonElement q)
    {
        if (q.ValueKind != JsonValueKind.Object) throw Bad($"query '{key}' must be an object with 'query' (the name to look for), not {Kind(q)}");
        string? text = null;
        var types = new List<string>();
        var limit = DefaultLimit;
        var properties = new List<PropertyConstraint>();
        foreach (var member in q.EnumerateObject())
        {
            var v = member.Value;
            switch (member.Name)
            {
                case "query":
                    text = v.ValueKind == JsonValueKind.String ? v.GetString() : throw Bad($"query '{key}': 'query' must be a string, not {Kind(v)}");
                    break;
                case "type":
                    if (v.ValueKind == JsonValueKind.String) types.Add(v.GetString()!);
                    else if (v.ValueKind == JsonValueKind.Array && v.EnumerateArray().All(t => t.ValueKind == JsonValueKind.String)) types.AddRange(v.EnumerateArray().Select(t => t.GetString()!));
                    else if (v.ValueKind != JsonValueKind.Null) throw Bad($"query '{key}': 'type' must be a type id or a list of them, not {Kind(v)}");
                    break;
                case "limit":
                    limit = Limit(key, v);
                    break;
                case "type_strict":
                    if (v.ValueKind != JsonValueKind.String || v.GetString() is not ("any" or "should" or "all")) throw Bad($"query '{key}': 'type_strict' must be \"any\", \"should\" or \"all\"");
                    break;
                case "properties":
                    if (v.ValueKind != JsonValueKind.Array) throw Bad($"query '{key}': 'properties' must be a list of {{\"pid\": ..., \"v\": ...}}, not {Kind(v)}");
                    var i = 0;
                    foreach (var p in v.EnumerateArray()) properties.Add(Property(key, i++, p));
                    break;
            }
        }
        if (string.IsNullOrWhiteSpace(text) && properties.Count == 0) throw Bad($"query '{key}' has neither a 'query' text nor 'properties' to look for");
        return new ReconciliationQuery(key, string.IsNullOrWhiteSpace(text) ? null : text, types.Distinct(StringComparer.Ordinal).ToList(), limit, properties);
    }

    private static int Limit(string key, JsonElement v)
    {
        if (v.ValueKind == JsonValueKind.Null) return DefaultLimit;
        if (v.ValueKind != JsonValueKind.Number || !v.TryGetDouble(out var n) || n != Math.Floor(n) || n < 0)
        {
            throw Bad($"query '{key}': 'limit' must be a whole number of candidates, not {v.GetRawText()}");
        }
        // OpenRefine leaves it out for its default; 0 means the same to the services it was written for.
        return n == 0 ? DefaultLimit : (int)Math.Min(n, MaxLimit);
    }

    private static PropertyConstraint Property(string key, int index, JsonElement p)
    {
        var where = $"query '{key}': property {index.ToString(CultureInfo.InvariantCulture)}";
        if (p.ValueKind != JsonValueKind.Object) throw Bad($"{where} must be an object {{\"pid\": ..., \"v\": ...}}, not {Kind(p)}");
        if (!p.TryGetProperty("pid", out var pid) || pid.ValueKind != JsonValueKind.String || pid.GetString()!.Trim().Length == 0) throw Bad($"{where} needs 'pid', the property's id");
        if (!p.TryGetProperty("v", out var v)) throw Bad($"{where} needs 'v', the value to compare");
        var values = v.ValueKind == JsonValueKind.Array ? v.EnumerateArray().Select(e => Value(where, e)).ToList() : [Value(where, v)];
        return new PropertyConstraint(pid.GetString()!.Trim(), values);
    }

    private static PropertyValue Value(string where, JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.String => new PropertyValue(v.GetString(), null),
        JsonValueKind.Number => new PropertyValue(v.GetRawText(), null),
        JsonValueKind.True => new PropertyValue("true", null),
        JsonValueKind.False => new PropertyValue("false", null),
        JsonValueKind.Object when v.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String =>
            new PropertyValue(v.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null, id.GetString()),
        _ => throw Bad($"{where}: 'v' must be a string, number, boolean or {{\"id\": ...}}, not {Kind(v)}"),
    };

    private static string Kind(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    private static ProtocolException Bad(string message) => new(StatusCodes.Status400BadRequest, message);
}
