using System.Text.Json;
using KgExport.Rdf;
using KgExport.Sparql.Evaluation;

namespace KgExport.Sparql.Results;

/// <summary>Reads the SPARQL 1.1 Query Results JSON Format.</summary>
public static class JsonResultsReader
{
    /// <summary>Reads a whole JSON results document (solutions or a boolean).</summary>
    public static QueryResult Read(TextReader input)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(input.ReadToEnd());
        }
        catch (JsonException e)
        {
            throw new SparqlResultsFormatException($"{e.LineNumber + 1}:{e.BytePositionInLine + 1}: invalid JSON: {e.Message}");
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.TryGetProperty("boolean", out var b)) return QueryResult.FromBoolean(b.GetBoolean());
            var vars = new List<string>();
            if (root.TryGetProperty("head", out var head) && head.TryGetProperty("vars", out var vs))
            {
                foreach (var v in vs.EnumerateArray()) vars.Add(v.GetString()!);
            }
            var rows = new List<Term?[]>();
            if (!root.TryGetProperty("results", out var results) || !results.TryGetProperty("bindings", out var bindings))
                throw new SparqlResultsFormatException("missing results.bindings");
            foreach (var binding in bindings.EnumerateArray())
            {
                var row = new Term?[vars.Count];
                foreach (var prop in binding.EnumerateObject())
                {
                    var i = vars.IndexOf(prop.Name);
                    if (i < 0)
                    {
                        vars.Add(prop.Name);
                        for (var r = 0; r < rows.Count; r++) rows[r] = [.. rows[r], null];
                        row = [.. row, null];
                        i = vars.Count - 1;
                    }
                    row[i] = ReadTerm(prop.Value);
                }
                rows.Add(row);
            }
            return QueryResult.FromBindings(vars, rows);
        }
    }

    private static Term ReadTerm(JsonElement e)
    {
        var type = e.GetProperty("type").GetString();
        var value = e.GetProperty("value").GetString() ?? "";
        switch (type)
        {
            case "uri":
                return new Iri(value);
            case "bnode":
                return new BlankNode(value);
            case "literal" or "typed-literal":
                if (e.TryGetProperty("xml:lang", out var lang)) return Literal.WithLanguage(value, lang.GetString()!);
                if (e.TryGetProperty("datatype", out var dt)) return Literal.Typed(value, new Iri(dt.GetString()!));
                return new Literal(value);
            default:
                throw new SparqlResultsFormatException($"unknown term type '{type}'");
        }
    }
}
