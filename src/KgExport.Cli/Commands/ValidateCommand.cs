using System.CommandLine;
using KgExport.Rdf;
using KgExport.Shacl;

namespace KgExport.Cli.Commands;

/// <summary>
/// `kgexport validate`: checks RDF documents against SHACL shapes (the project's shapes/ by default). The data graph
/// is the merge of every input's default and named graphs. Exit 0 when it conforms, 1 on any result, 2 on bad input
/// or bad shapes. The report for people goes to stderr; --report writes the RDF report as Turtle.
/// </summary>
public static class ValidateCommand
{
    public static Command Create(Terminal terminal)
    {
        var data = new Argument<string[]>("data")
        {
            Description = "RDF files or directories to validate (.ttl, .trig, .nt, .nq); directories are searched recursively.",
            Arity = ArgumentArity.OneOrMore,
        };
        var shapes = new Option<string?>("--shapes", "-s")
        {
            Description = "A shapes file or a directory of them. Defaults to the project's shapes/ directory.",
            HelpName = "file|dir",
        };
        var report = new Option<string?>("--report", "-r")
        {
            Description = "Also write the SHACL validation report (RDF, Turtle) to this file, atomically; - for standard output.",
            HelpName = "file",
        };
        var command = new Command("validate", "Validate RDF data against SHACL shapes.") { data, shapes, report };
        command.SetGuardedAction(terminal, (parseResult, cancellationToken) =>
        {
            var validator = ShapesValidation.LoadValidator(parseResult.GetValue(shapes), cancellationToken);
            var dataset = ShapesValidation.LoadData(parseResult.GetRequiredValue(data), cancellationToken);
            var result = validator.Validate(dataset, null, cancellationToken);
            ShapesValidation.WriteText(result, dataset, validator, terminal.Error);
            if (parseResult.GetValue(report) is { } reportPath) ShapesValidation.WriteRdfReport(result, reportPath, terminal);
            return result.Conforms ? ExitCodes.Ok : ExitCodes.DataInvalid;
        });
        return command;
    }
}
