using System.CommandLine;
using KgExport.Mapping;
using KgExport.Rdf;

namespace KgExport.Cli.Commands;

/// <summary>
/// <c>kgexport export &lt;files|dirs...&gt; [--format turtle|trig|nquads|ntriples] [-o FILE] [--facts] [--no-validate]</c>:
/// articles with their reviewed facts -> one RDF export, validated against shapes/kg.shapes.ttl before anything is
/// written. Exit 0 written, 1 the export breaks the shapes (nothing written), 2 usage or input error.
/// </summary>
public static class ExportCommand
{
    private static readonly string[] FormatNames = ["turtle", "trig", "nquads", "ntriples", "jsonld"];

    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Article .txt files, their .facts.json files, or directories of articles.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output syntax: turtle or ntriples (one merged graph), trig, nquads or jsonld (one named graph per article).",
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
            Description = "Skip SHACL validation of the export against shapes/ (by default an export with violations is not written, and exits 1).",
        };

        var command = new Command("export", "Export articles and their reviewed facts as a provenance-rich RDF graph.")
        {
            inputs, format, output, facts, noValidate,
        };
        var jsonLd = new JsonLdFlags();
        jsonLd.AddTo(command);
        command.SetAction((parseResult, cancellationToken) =>
        {
            KgExport.Rdf.JsonLd.JsonLdWriterSettings settings;
            try
            {
                settings = jsonLd.Settings(parseResult);
            }
            catch (UsageException e)
            {
                parseResult.InvocationConfiguration.Error.WriteLine($"export: {e.Message}");
                return Task.FromResult(2);
            }
            return Task.FromResult(Run(
                parseResult.GetValue(inputs) ?? [],
                parseResult.GetValue(format) ?? "turtle",
                parseResult.GetValue(output),
                parseResult.InvocationConfiguration.Output,
                parseResult.InvocationConfiguration.Error,
                cancellationToken,
                settings,
                validate: !parseResult.GetValue(noValidate)));
        });
        return command;
    }

    public static int Run(IReadOnlyList<string> inputs, string formatName, string? outputPath, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default, KgExport.Rdf.JsonLd.JsonLdWriterSettings? jsonLd = null, bool validate = true)
    {
        if (!RdfFormats.TryParseName(formatName, out var format))
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
        // The gate: nothing is written unless the export conforms to the project's shapes.
        if (validate && ShapesValidation.GateExport(dataset, stderr, cancellationToken) is int refused) return refused;
        var text = ExportWriter.WriteToString(dataset, format, jsonLd);
        if (outputPath is null)
        {
            stdout.Write(text);
            stdout.Flush();
            return 0;
        }
        try
        {
            using var file = AtomicFileOutput.Create(outputPath);
            var bytes = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text);
            file.Stream.Write(bytes);
            file.Commit();
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"export: {e.Message}");
            return 2;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"{outputPath}: cannot write: {e.Message}");
            return 2;
        }
        return 0;
    }
}
