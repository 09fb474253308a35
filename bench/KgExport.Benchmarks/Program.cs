using BenchmarkDotNet.Running;
using KgExport.Benchmarks.Corpus;
using KgExport.Rdf;
using KgExport.TestSupport;

namespace KgExport.Benchmarks;

/// <summary>
/// `generate TRIPLES FILE` writes the synthetic Turtle corpus used by bench/compare.sh (`generate-rdfxml TRIPLES
/// FILE.rdf` the same graph as RDF/XML); `parse-file FILE...` times
/// KgExport's parsers alone on files (see <see cref="ParseThroughput"/>); `generate-shacl TRIPLES FILE.nt` writes the
/// SHACL corpus used by bench/shacl-compare.sh (see <see cref="Shacl.SeedReplicaCorpus"/>); `update-load` sends a
/// stream of updates to a server (see <see cref="UpdateLoad"/>); anything else runs the
/// BenchmarkDotNet suites of this assembly (e.g. `--filter '*Turtle*'`).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "generate") return Generate(args[1..]);
        if (args.Length > 0 && args[0] == "generate-rdfxml") return GenerateRdfXml(args[1..]);
        if (args.Length > 0 && args[0] == "parse-file") return ParseThroughput.Run(args[1..]);
        if (args.Length > 0 && args[0] == "generate-shacl") return Shacl.SeedReplicaCorpus.Generate(args[1..]);
        if (args.Length > 0 && args[0] == "generate-corpus") return NewsArchiveGenerator.Run(args[1..]);
        if (args.Length > 0 && args[0] == "corpus-stages") return CorpusStageProfile.Run(args[1..]);
        if (args.Length > 0 && args[0] == "sparql") return SparqlThroughput.Run(args[1..]);
        if (args.Length > 0 && args[0] == "sparql-diff") return SparqlResultsDiff.Run(args[1..]);
        if (args.Length > 0 && args[0] == "update-load") return UpdateLoad.Run(args[1..]);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }

    private static int GenerateRdfXml(string[] args)
    {
        if (args.Length != 2 || !long.TryParse(args[0], out var minimumTriples) || minimumTriples <= 0)
        {
            Console.Error.WriteLine("usage: KgExport.Benchmarks generate-rdfxml TRIPLES FILE.rdf");
            return 2;
        }
        var turtle = new StringWriter();
        new RecognitionCorpus().Write(turtle, minimumTriples);
        using var output = new StreamWriter(args[1], append: false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16);
        var quads = new TurtleParser(new ParserOptions(), allowGraphs: false).Parse(new StringReader(turtle.ToString()));
        Console.Error.WriteLine($"{RdfXmlCorpus.Write(quads, output)} triples");
        return 0;
    }

    private static int Generate(string[] args)
    {
        if (args.Length != 2 || !long.TryParse(args[0], out var minimumTriples) || minimumTriples <= 0)
        {
            Console.Error.WriteLine("usage: KgExport.Benchmarks generate TRIPLES FILE.ttl   (FILE - for stdout)");
            return 2;
        }
        var encoding = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        using var output = args[1] == "-"
            ? new StreamWriter(Console.OpenStandardOutput(), encoding, 1 << 16)
            : new StreamWriter(args[1], append: false, encoding, 1 << 16);
        var written = new RecognitionCorpus().Write(output, minimumTriples);
        Console.Error.WriteLine($"{written} triples");
        return 0;
    }
}
