using System.CommandLine;
using KgExport.Mapping;
using KgExport.Rdf;

namespace KgExport.Cli.Commands;

/// <summary>
/// <c>kgexport export &lt;files|dirs...&gt; [--format turtle|trig|nquads|ntriples] [-o FILE] [--facts] [--no-validate]</c>:
/// articles with their reviewed facts -> one RDF export. Exit 0 written, 2 usage or input error.
/// </summary>
public static class ExportCommand
{
    private static readonly string[] FormatNames = ["turtle", "trig", "nquads", "ntriples"];

    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Article .txt files, their .facts.json files, or directories of articles.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output syntax: turtle or ntriples (one merged graph), trig or nquads (one named graph per article).",
            DefaultValueFactory = _ => "turtle",
        };
        format.AcceptOnlyFromAmong(FormatNames);
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write to FILE (replaced atomically) instead of stdout.",
        };
        var facts = new Option<bool>("--facts")
        {
            Description = "Use only reviewed .facts.json files, never extraction. Currently always the case: every article needs its facts file.",
        };
        var noValidate = new Option<bool>("--no-validate")
        {
            Description = "Skip SHACL validation of the export against shapes/ (the built-in validator is not wired in yet; see shapes/kg.shapes.ttl).",
        };

        var command = new Command("export", "Export articles and their reviewed facts as a provenance-rich RDF graph.")
        {
            inputs, format, output, facts, noValidate,
        };
        command.SetAction((parseResult, cancellationToken) => Task.FromResult(Run(
            parseResult.GetValue(inputs) ?? [],
            parseResult.GetValue(format) ?? "turtle",
            parseResult.GetValue(output),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error,
            cancellationToken)));
        return command;
    }

    public static int Run(IReadOnlyList<string> inputs, string formatName, string? outputPath, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        if (!RdfFormats.TryParseName(formatName, out var format) || format == RdfFormat.JsonLd)
        {
            stderr.WriteLine($"export: unknown format \"{formatName}\" (expected {string.Join(", ", FormatNames)})");
            return 2;
        }
        var articles = ArticleInput.Find(inputs, out var inputProblems);
        if (inputProblems.Count > 0)
        {
            foreach (var p in inputProblems) stderr.WriteLine(p);
            return 2;
        }
        var dataset = ExportBuilder.Build(articles, out var problems, cancellationToken);
        if (dataset is null)
        {
            foreach (var p in problems) stderr.WriteLine(p);
            return 2;
        }
        var text = ExportWriter.WriteToString(dataset, format);
        if (outputPath is null)
        {
            stdout.Write(text);
            stdout.Flush();
            return 0;
        }
        try
        {
            WriteAtomically(outputPath, text);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"{outputPath}: cannot write: {e.Message}");
            return 2;
        }
        return 0;
    }

    // Until the shared AtomicFileOutput lands: write beside the target, then rename over it.
    private static void WriteAtomically(string path, string text)
    {
        var full = Path.GetFullPath(path);
        var temp = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        try
        {
            File.WriteAllText(temp, text, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }
}
