using System.Text;
using System.Text.Json;
using KgExport.Rdf;
using KgExport.Sparql.Evaluation;

namespace KgExport.Sparql.Results;

/// <summary>SPARQL 1.1 Query Results JSON Format, written as rows arrive.</summary>
internal static class JsonResultsWriter
{
    public static void Write(QueryResult result, TextWriter output)
    {
        var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartObject("head");
            if (result.Kind == QueryResultKind.Bindings)
            {
                json.WriteStartArray("vars");
                foreach (var v in result.Variables) json.WriteStringValue(v);
                json.WriteEndArray();
            }
            json.WriteEndObject();
            if (result.Kind == QueryResultKind.Boolean)
            {
                json.WriteBoolean("boolean", result.Boolean);
            }
            else
            {
                json.WriteStartObject("results");
                json.WriteStartArray("bindings");
                foreach (var row in result.Rows)
                {
                    json.WriteStartObject();
                    for (var i = 0; i < result.Variables.Count; i++)
                    {
                        if (row[i] is not { } term) continue;
                        json.WritePropertyName(result.Variables[i]);
                        WriteTerm(json, term);
                    }
                    json.WriteEndObject();
                    if (buffer.Length > 1 << 16)
                    {
                        json.Flush();
                        output.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
                        buffer.SetLength(0);
                    }
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }
        output.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        output.WriteLine();
        output.Flush();
    }

    private static void WriteTerm(Utf8JsonWriter json, Term term)
    {
        json.WriteStartObject();
        switch (term)
        {
            case Iri i:
                json.WriteString("type", "uri");
                json.WriteString("value", i.Value);
                break;
            case BlankNode b:
                json.WriteString("type", "bnode");
                json.WriteString("value", b.Label);
                break;
            case Literal l:
                json.WriteString("type", "literal");
                json.WriteString("value", l.LexicalForm);
                if (l.Language is not null) json.WriteString("xml:lang", l.Language);
                else if (!l.IsSimple) json.WriteString("datatype", l.Datatype.Value);
                break;
        }
        json.WriteEndObject();
    }
}
