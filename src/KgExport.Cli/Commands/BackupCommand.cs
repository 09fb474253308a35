using System.CommandLine;
using KgExport.Store;

namespace KgExport.Cli.Commands;

/// <summary>
/// <c>kgexport backup --location DIR TARGET</c>: copies a store, as of its last acknowledged write, into a new
/// directory that is itself a store (serve or load it with --location TARGET). Works while a server runs on DIR.
/// </summary>
public static class BackupCommand
{
    public static Command Create(Terminal terminal)
    {
        var location = new Option<string>("--location", "-l") { Description = "The store's directory.", HelpName = "dir", Required = true };
        var target = new Argument<string>("target") { Description = "A new or empty directory for the copy." };
        var command = new Command("backup", "Copy a durable store (also while it is being served) into a new directory.")
        {
            location, target,
        };
        command.SetGuardedAction(terminal, (parseResult, cancellationToken) =>
        {
            var dataset = StoreCommands.ReadOnly(parseResult.GetRequiredValue(location), terminal, cancellationToken);
            var to = parseResult.GetRequiredValue(target);
            DurableStore.WriteNew(to, dataset, cancellationToken);
            terminal.Error.WriteLine($"kgexport: backed up {dataset.Count} quads to {Path.GetFullPath(to)}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
