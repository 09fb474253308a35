using System.CommandLine;
using KgExport.Diff;

namespace KgExport.Cli.Commands;

/// <summary>
/// `kgexport iso A B`: whether two RDF documents (any syntaxes, named graphs included) are the same dataset up to
/// blank node labels. Exit 0 isomorphic, 1 not, 2 when an input cannot be read.
/// </summary>
public static class IsoCommand
{
    public static Command Create(Terminal terminal)
    {
        var a = new Argument<string>("a") { Description = "The first RDF file (any syntax, by extension or --from), or - for standard input." };
        var b = new Argument<string>("b") { Description = "The second RDF file." };
        var from = new Option<string?>("--from", "-f") { Description = "Syntax of both inputs, when their extensions do not tell it (required for -).", HelpName = "format" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print nothing; only the exit code answers." };
        var command = new Command("iso", "Tell whether two RDF documents are isomorphic: exit 0 if they are, 1 if not, 2 on bad input.")
        {
            a, b, from, quiet,
        };
        command.SetGuardedAction(terminal, (parseResult, cancellationToken) =>
        {
            var difference = DiffCommand.Compare(parseResult.GetRequiredValue(a), parseResult.GetRequiredValue(b), parseResult.GetValue(from), terminal, DiffOptions.Default, cancellationToken);
            if (!parseResult.GetValue(quiet))
            {
                var c = difference.Difference.Counts;
                var message = difference.Difference.AreEqual
                    ? $"isomorphic: {Count(c.OldQuads)} quads"
                    : $"not isomorphic: {Count(c.RemovedQuads)} quads only in {difference.OldName}, {Count(c.AddedQuads)} only in {difference.NewName}";
                terminal.Output.WriteLine(message);
            }
            return difference.Difference.AreEqual ? ExitCodes.Ok : ExitCodes.Differs;
        });
        return command;
    }

    private static string Count(long n) => n.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
}
