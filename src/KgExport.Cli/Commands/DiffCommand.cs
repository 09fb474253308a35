using System.CommandLine;
using KgExport.Diff;
using KgExport.Ontology;
using KgExport.Rdf;

namespace KgExport.Cli.Commands;

/// <summary>
/// `kgexport diff OLD NEW [--format text|json|markdown]`: what changed between two RDF documents, for review.
/// Blank nodes are matched canonically (a relabelling is no change); changes are grouped per named graph (one per
/// article in an export), per node with its properties old → new, then the rest. Exit 0 equal, 1 different, 2 bad input.
/// </summary>
public static class DiffCommand
{
    public static Command Create(Terminal terminal)
    {
        var oldInput = new Argument<string>("old") { Description = "The old RDF file (any syntax, by extension or --from), or - for standard input." };
        var newInput = new Argument<string>("new") { Description = "The new RDF file." };
        var from = new Option<string?>("--from", "-f") { Description = "Syntax of both inputs, when their extensions do not tell it (required for -).", HelpName = "format" };
        var format = new Option<string>("--format")
        {
            Description = "Report format: text (default), markdown (for a pull-request comment) or json.",
            HelpName = "format",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "markdown", "json");
        var noRenames = new Option<bool>("--no-renames")
        {
            Description = "Show a node whose IRI changed as one removed and one added node, not as one node renamed (by default a removed and an added node of the same type sharing half their statements are paired).",
        };
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file (atomically), or - for standard output (the default).", HelpName = "file" };
        var command = new Command("diff", "Show what changed between two RDF documents, per named graph and node; exit 0 equal, 1 different, 2 bad input.")
        {
            oldInput, newInput, from, format, noRenames, output,
        };
        command.SetGuardedAction(terminal, (parseResult, cancellationToken) =>
        {
            DiffReport.TryParseFormat(parseResult.GetValue(format)!, out var reportFormat);
            var options = DiffOptions.Default with { DetectRenamedNodes = !parseResult.GetValue(noRenames) };
            var compared = Compare(parseResult.GetRequiredValue(oldInput), parseResult.GetRequiredValue(newInput), parseResult.GetValue(from), terminal, options, cancellationToken);
            using var target = OutputDocument.Open(parseResult.GetValue(output), terminal);
            new DiffReport(compared.OldName, compared.NewName, compared.Prefixes).Write(compared.Difference, reportFormat, target.Writer);
            target.Commit();
            return compared.Difference.AreEqual ? ExitCodes.Ok : ExitCodes.Differs;
        });
        return command;
    }

    /// <summary>The two inputs compared, with the names and prefixes a report shows them by.</summary>
    public sealed record Comparison(string OldName, string NewName, DatasetDifference Difference, PrefixMap Prefixes);

    /// <summary>Reads both inputs (the old one held, the new one streamed against it) and compares them.</summary>
    public static Comparison Compare(string oldPath, string newPath, string? from, Terminal terminal, DiffOptions options, CancellationToken cancellationToken)
    {
        if (oldPath == "-" && newPath == "-") throw new UsageException("only one of the two inputs can be standard input (-)");
        using var oldSource = RdfSource.Open(oldPath, from, terminal);
        using var newSource = RdfSource.Open(newPath, from, terminal);
        DatasetDifference difference;
        try
        {
            difference = DatasetComparer.Compare(oldSource.Quads(cancellationToken), newSource.Quads(cancellationToken), options, cancellationToken);
        }
        catch (CanonicalizationLimitException e)
        {
            throw new UsageException($"{oldSource.Name} or {newSource.Name}: {e.Message}");
        }
        // The export's own prefixes first (an N-Quads export declares none), then what the inputs declare.
        var prefixes = Namespaces.Prefixes();
        foreach (var (prefix, ns) in oldSource.Prefixes.Entries.Concat(newSource.Prefixes.Entries)) prefixes.Set(prefix, ns);
        return new Comparison(oldSource.Name, newSource.Name, difference, prefixes);
    }
}
