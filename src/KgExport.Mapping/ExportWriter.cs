using KgExport.Rdf;

namespace KgExport.Mapping;

/// <summary>
/// Writes an export byte-stably. Turtle and N-Triples get one merged graph (the union of the article graphs);
/// TriG and N-Quads keep one named graph per article. Quads go to the writer in <see cref="QuadComparer"/> order.
/// </summary>
public static class ExportWriter
{
    public static IEnumerable<Quad> QuadsFor(Dataset dataset, RdfFormat format)
    {
        var quads = RdfFormats.SupportsDatasets(format)
            ? dataset.Quads
            : dataset.Quads.Select(q => q.InGraph(null)).Distinct();
        return quads.Order(QuadComparer.Instance);
    }

    public static void Write(Dataset dataset, RdfFormat format, TextWriter output, Rdf.JsonLd.JsonLdWriterSettings? jsonLd = null)
    {
        var writer = RdfIo.CreateWriter(format, output, new WriterOptions { Prefixes = dataset.Prefixes, JsonLd = jsonLd });
        foreach (var q in QuadsFor(dataset, format)) writer.Write(q);
        writer.Finish();
    }

    public static string WriteToString(Dataset dataset, RdfFormat format, Rdf.JsonLd.JsonLdWriterSettings? jsonLd = null)
    {
        var sw = new StringWriter { NewLine = "\n" };
        Write(dataset, format, sw, jsonLd);
        return sw.ToString();
    }
}
