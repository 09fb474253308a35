using System.CommandLine;
using KgExport.Rdf;

namespace KgExport.Cli.Commands;

/// <summary>
/// <c>kgexport dump --location DIR [--format nquads|trig] [-o FILE]</c>: writes every quad of a store. It reads the
/// store without locking it, so it also dumps a store a server is writing (as of its last acknowledged write).
/// </summary>
public static class DumpCommand
{
    public static Command Create(Terminal terminal)
    {
        var location = new Option<string>("--location", "-l") { Description = "The store's directory.", HelpName = "dir", Required = true };
        var format = new Option<string>("--format", "-f") { Description = "nquads (default, streamed) or trig (sorted, with the store's prefixes).", HelpName = "format", DefaultValueFactory = _ => "nquads" };
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file (atomically), or - for standard output (the default).", HelpName = "file" };
        var command = new Command("dump", "Write every quad of a durable store as N-Quads or TriG.")
        {
            location, format, output,
        };
        command.SetGuardedAction(terminal, (parseResult, cancellationToken) =>
        {
            var name = parseResult.GetValue(format) ?? "nquads";
            if (!RdfFormats.TryParseName(name, out var chosen) || chosen is not (RdfFormat.NQuads or RdfFormat.TriG))
            {
                throw new UsageException($"--format: '{name}' is not nquads or trig (a store has named graphs)");
            }
            var dataset = StoreCommands.ReadOnly(parseResult.GetRequiredValue(location), terminal, cancellationToken);
            using var document = OutputDocument.Open(parseResult.GetValue(output), terminal);
            RdfIo.Write(dataset, chosen, document.Writer);
            document.Commit();
            return ExitCodes.Ok;
        });
        return command;
    }
}
