using KgExport.Ontology;

namespace KgExport.Cli.Tests;

/// <summary>
/// The context, shapes and Wikibase map are built into the tool, so an installed kgexport works outside the
/// repository; and JSON-LD output carries the project's context only where the tool writes its own graphs.
/// </summary>
public sealed class BuiltInDocumentsTests
{
    [Fact]
    public void The_built_in_documents_are_the_repository_files()
    {
        Assert.Equal(File.ReadAllText(TestPaths.InRepository("ontology", "context.jsonld")), OntologyDocuments.ContextJson);
        Assert.Equal(File.ReadAllText(TestPaths.InRepository("ontology", "wikibase-map.json")), OntologyDocuments.WikibaseMapJson);
        var shapes = Directory.GetFiles(TestPaths.InRepository("shapes"), "*.ttl").Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(shapes);
        Assert.Equal(shapes.Select(Path.GetFileName), OntologyDocuments.Shapes.Select(s => s.Name));
        Assert.Equal(shapes.Select(File.ReadAllText), OntologyDocuments.Shapes.Select(s => s.Turtle));
    }

    [Fact]
    public void Converting_unrelated_turtle_to_jsonld_compacts_with_its_own_prefixes_not_our_context()
    {
        using var dir = new ScratchDirectory();
        var input = dir.File("cities.ttl", "@prefix ex: <http://example.org/ns#> .\nex:pristina ex:capitalOf ex:kosovo .\n");
        var result = CliRun.Invoke("convert", input, "--to", "jsonld");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("\"ex\": \"http://example.org/ns#\"", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("\"ex:capitalOf\"", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("w3id.org/kgexport", result.Stdout, StringComparison.Ordinal);
        Assert.True(result.Stdout.Split('\n').Length < 20, result.Stdout);
    }

    [Fact]
    public void Jsonld_naming_the_project_context_still_reads_without_the_repository_or_the_network()
    {
        using var dir = new ScratchDirectory();
        var input = dir.File("doc.jsonld", """{"@context": "https://w3id.org/kgexport/context.jsonld", "@id": "kgid:article/x", "@type": "Article"}""");
        var result = CliRun.Invoke("convert", input, "--to", "ntriples");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("<https://w3id.org/kgexport/id/article/x> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/kgexport/ontology#Article> .\n", result.Stdout);
    }

    [Fact]
    public void The_export_writes_jsonld_with_the_project_context_and_frames_by_article()
    {
        var compacted = CliRun.Invoke("export", TestPaths.InRepository("seeds"), "--no-cache", "-q", "-f", "jsonld");
        Assert.True(compacted.ExitCode == 0, compacted.ToString());
        Assert.Contains("\"kgid\": \"https://w3id.org/kgexport/id/\"", compacted.Stdout, StringComparison.Ordinal);
        var framed = CliRun.Invoke("export", TestPaths.InRepository("seeds"), "--no-cache", "-q", "-f", "jsonld", "--jsonld-form", "framed");
        Assert.True(framed.ExitCode == 0, framed.ToString());
        Assert.Contains("\"@reverse\"", framed.Stdout, StringComparison.Ordinal);
    }
}
