using KgExport.Rdf;

namespace KgExport.Mapping;

/// <summary>
/// The SHACL shapes every export must satisfy: <c>shapes/kg.shapes.ttl</c>, compiled into this assembly so the
/// exporter validates itself wherever it runs.
/// </summary>
public static class ExportShapes
{
    public const string ResourceName = "KgExport.Mapping.kg.shapes.ttl";

    public static string Text()
    {
        using var stream = typeof(ExportShapes).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"resource {ResourceName} missing from {typeof(ExportShapes).Assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static Dataset Load()
    {
        var parser = RdfIo.CreateParser(RdfFormat.Turtle, new ParserOptions { SourceName = "shapes/kg.shapes.ttl", BaseIri = "https://w3id.org/kgexport/shapes" });
        return new Dataset(parser.Parse(new StringReader(Text())));
    }
}
