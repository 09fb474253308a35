using System.Text.Encodings.Web;
using System.Text.Json;
using KgExport.Rdf;

namespace KgExport.Diff;

/// <summary>
/// The JSON report: <c>equal</c>, the two inputs, a <c>summary</c>, and <c>graphs</c> with their <c>nodes</c>
/// and <c>properties</c>; every term as in SPARQL 1.1 JSON results (<c>type</c> uri, literal or bnode), a nested
/// blank node as <c>{"type": "node", "properties": [...]}</c>, a label where the data gives one.
/// </summary>
internal static class JsonDiffWriter
{
    public static void Write(DatasetDifference difference, DiffReport report, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            var c = difference.Counts;
            json.WriteStartObject();
            json.WriteBoolean("equal", difference.AreEqual);
            Input(json, "old", report.OldName, c.OldQuads);
            Input(json, "new", report.NewName, c.NewQuads);
            json.WriteStartObject("summary");
            json.WriteNumber("removedQuads", c.RemovedQuads);
            json.WriteNumber("addedQuads", c.AddedQuads);
            Tally(json, "graphs", c.GraphsChanged, c.GraphsAdded, c.GraphsRemoved);
            Tally(json, "nodes", c.NodesChanged, c.NodesAdded, c.NodesRemoved);
            json.WriteEndObject();
            json.WriteStartArray("graphs");
            foreach (var graph in difference.Graphs) Graph(json, graph, difference);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        output.Write(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        output.Write('\n');
    }

    private static void Input(Utf8JsonWriter json, string name, string file, long quads)
    {
        json.WriteStartObject(name);
        json.WriteString("name", file);
        json.WriteNumber("quads", quads);
        json.WriteEndObject();
    }

    private static void Tally(Utf8JsonWriter json, string name, int changed, int added, int removed)
    {
        json.WriteStartObject(name);
        json.WriteNumber("changed", changed);
        json.WriteNumber("added", added);
        json.WriteNumber("removed", removed);
        json.WriteEndObject();
    }

    private static void Graph(Utf8JsonWriter json, GraphDifference graph, DatasetDifference difference)
    {
        json.WriteStartObject();
        json.WritePropertyName("graph");
        if (graph.Graph is null) json.WriteNullValue();
        else Term(json, graph.Graph, difference);
        json.WriteString("status", DiffReport.KindWord(graph.Kind));
        json.WriteStartArray("nodes");
        foreach (var node in graph.Nodes)
        {
            json.WriteStartObject();
            json.WritePropertyName("node");
            Term(json, node.Node, difference);
            json.WriteString("status", DiffReport.KindWord(node.Kind));
            if (node.RenamedFrom is { } from)
            {
                json.WritePropertyName("renamedFrom");
                Term(json, from, difference);
            }
            json.WriteStartArray("properties");
            foreach (var p in node.Properties)
            {
                json.WriteStartObject();
                json.WriteString("property", p.Predicate.Value);
                Values(json, "removed", p.Removed, difference);
                Values(json, "added", p.Added, difference);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartObject("other");
        Quads(json, "removed", graph.OtherRemoved);
        Quads(json, "added", graph.OtherAdded);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Quads(Utf8JsonWriter json, string name, IReadOnlyList<Quad> quads)
    {
        json.WriteStartArray(name);
        foreach (var q in quads) json.WriteStringValue(NTriplesFormatter.Format(q));
        json.WriteEndArray();
    }

    private static void Values(Utf8JsonWriter json, string name, IReadOnlyList<DiffValue> values, DatasetDifference difference)
    {
        json.WriteStartArray(name);
        foreach (var v in values) Value(json, v, difference);
        json.WriteEndArray();
    }

    private static void Value(Utf8JsonWriter json, DiffValue value, DatasetDifference difference)
    {
        if (value is TermValue t)
        {
            Term(json, t.Term, difference);
            return;
        }
        var b = (BlankNodeValue)value;
        json.WriteStartObject();
        json.WriteString("type", "node");
        json.WriteStartArray("properties");
        foreach (var p in b.Properties)
        {
            json.WriteStartObject();
            json.WriteString("property", p.Predicate.Value);
            json.WritePropertyName("value");
            Value(json, p.Value, difference);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Term(Utf8JsonWriter json, Term term, DatasetDifference difference)
    {
        json.WriteStartObject();
        switch (term)
        {
            case Iri iri:
                json.WriteString("type", "uri");
                json.WriteString("value", iri.Value);
                if (difference.LabelOf(iri) is { } label) json.WriteString("label", label);
                break;
            case Literal literal:
                json.WriteString("type", "literal");
                json.WriteString("value", literal.LexicalForm);
                if (literal.Language is { } language) json.WriteString("xml:lang", language);
                else if (!literal.IsSimple) json.WriteString("datatype", literal.Datatype.Value);
                break;
            case BlankNode blank:
                json.WriteString("type", "bnode");
                json.WriteString("value", blank.Label);
                break;
        }
        json.WriteEndObject();
    }
}
