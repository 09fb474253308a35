using System.Globalization;
using System.Text;
using System.Text.Json;
using KgExport.Publishing.Http;

namespace KgExport.Publishing.Reconciliation;

/// <summary>
/// A W3C Reconciliation Service API endpoint (the protocol OpenRefine speaks): queries are POSTed as the form field
/// <c>queries</c>, a JSON object of <c>{"q0": {"query": text, "type": class, "limit": n, "properties": [...]}}</c>, in
/// batches of <see cref="BatchSize"/>; the answer maps each key to <c>{"result": [{"id", "name", "score", "match"}]}</c>.
/// Candidate ids are used only when they are items (a QID or a Wikidata entity IRI).
/// </summary>
public sealed class ReconciliationClient(Uri endpoint, StoreConnection connection) : IReconciler
{
    public const int BatchSize = 10;

    /// <summary>Wikidata's property for participants and point in time, sent as the query's properties.</summary>
    private const string Participant = "P710";

    private const string PointInTime = "P585";

    public string Name => endpoint.ToString();

    public async Task<IReadOnlyList<IReadOnlyList<ReconcileCandidate>>> ReconcileAsync(IReadOnlyList<ReconcileQuery> queries, CancellationToken cancellationToken)
    {
        var answers = new List<IReadOnlyList<ReconcileCandidate>>(queries.Count);
        for (var start = 0; start < queries.Count; start += BatchSize)
        {
            var batch = queries.Skip(start).Take(BatchSize).ToList();
            var body = Encoding.UTF8.GetBytes("queries=" + Uri.EscapeDataString(QueriesJson(batch)));
            StoreResponse response;
            try
            {
                response = await connection.SendAsync(HttpMethod.Post, endpoint, body, "application/x-www-form-urlencoded", "application/json", cancellationToken).ConfigureAwait(false);
            }
            catch (StoreRequestException e)
            {
                throw new ReconciliationException($"--reconcile {endpoint}: {e.Message}", e);
            }
            if (response.StatusCode is < 200 or > 299)
            {
                throw new ReconciliationException($"--reconcile {endpoint}: HTTP {response.StatusCode}: {StoreResponseText.Summarize(response.Body)}");
            }
            answers.AddRange(ReadAnswers(response.Body, batch.Count));
        }
        return answers;
    }

    /// <summary>The <c>queries</c> form field for one batch, keyed q0, q1, ...</summary>
    public static string QueriesJson(IReadOnlyList<ReconcileQuery> batch)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            for (var i = 0; i < batch.Count; i++)
            {
                var q = batch[i];
                w.WriteStartObject("q" + i.ToString(CultureInfo.InvariantCulture));
                w.WriteString("query", q.Text);
                if (q.Type is not null) w.WriteString("type", q.Type);
                w.WriteNumber("limit", 5);
                if (q.Year is not null || q.Participants is { Count: > 0 })
                {
                    w.WriteStartArray("properties");
                    foreach (var p in q.Participants ?? [])
                    {
                        w.WriteStartObject();
                        w.WriteString("pid", Participant);
                        w.WriteString("v", p);
                        w.WriteEndObject();
                    }
                    if (q.Year is { } year)
                    {
                        w.WriteStartObject();
                        w.WriteString("pid", PointInTime);
                        w.WriteString("v", year.ToString("D4", CultureInfo.InvariantCulture));
                        w.WriteEndObject();
                    }
                    w.WriteEndArray();
                }
                w.WriteEndObject();
            }
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private List<IReadOnlyList<ReconcileCandidate>> ReadAnswers(string body, int count)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw Bad("the answer is not a JSON object");
            var answers = new List<IReadOnlyList<ReconcileCandidate>>(count);
            for (var i = 0; i < count; i++)
            {
                var key = "q" + i.ToString(CultureInfo.InvariantCulture);
                if (!root.TryGetProperty(key, out var answer) || answer.ValueKind != JsonValueKind.Object
                    || !answer.TryGetProperty("result", out var result) || result.ValueKind != JsonValueKind.Array)
                {
                    throw Bad($"no result array for {key}");
                }
                var candidates = new List<ReconcileCandidate>();
                foreach (var c in result.EnumerateArray())
                {
                    if (c.ValueKind != JsonValueKind.Object || !c.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String)
                    {
                        throw Bad($"a candidate of {key} has no id");
                    }
                    if (WikidataIds.Qid(id.GetString()!) is not { } qid) continue; // not an item of this Wikibase
                    var name = c.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()! : qid;
                    var score = c.TryGetProperty("score", out var s) && s.ValueKind == JsonValueKind.Number ? s.GetDouble() : 0;
                    var match = c.TryGetProperty("match", out var m) && m.ValueKind == JsonValueKind.True;
                    candidates.Add(new(qid, name, score, match));
                }
                answers.Add(candidates);
            }
            return answers;
        }
        catch (JsonException e)
        {
            throw Bad($"not JSON ({e.Message})");
        }
    }

    private ReconciliationException Bad(string what) => new($"--reconcile {endpoint}: the service's answer is not a reconciliation result: {what}");
}
