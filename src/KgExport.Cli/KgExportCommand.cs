using System.CommandLine;
using KgExport.Cli.Commands;

namespace KgExport.Cli;

/// <summary>The root `kgexport` command and its verbs.</summary>
public static class KgExportCommand
{
    public static RootCommand Build() => Build(Terminal.System());

    public static RootCommand Build(Terminal terminal)
    {
        var root = new RootCommand("KgExport: news articles about diplomatic recognition -> a validated RDF knowledge graph.");

        // One verb per file under Commands/, each a static class with `Create(Terminal)`. To add a verb, add its
        // file and one line here; keep the list alphabetical so parallel additions merge cleanly.
        root.Subcommands.Add(BackupCommand.Create(terminal));
        root.Subcommands.Add(CanonCommand.Create(terminal));
        root.Subcommands.Add(ConvertCommand.Create(terminal));
        root.Subcommands.Add(DiffCommand.Create(terminal));
        root.Subcommands.Add(DumpCommand.Create(terminal));
        root.Subcommands.Add(EvalCommand.Create(terminal));
        root.Subcommands.Add(ExportCommand.Create(terminal));
        root.Subcommands.Add(ExtractCommand.Create(terminal));
        root.Subcommands.Add(HashPasswordCommand.Create(terminal));
        root.Subcommands.Add(IsoCommand.Create(terminal));
        root.Subcommands.Add(LoadCommand.Create(terminal));
        root.Subcommands.Add(PublishCommand.Create(terminal));
        root.Subcommands.Add(ServeCommand.Create(terminal));
        root.Subcommands.Add(ValidateCommand.Create(terminal));
        root.Subcommands.Add(QueryCommand.Create(terminal));
        root.Subcommands.Add(WikidataCommand.Create(terminal));
        foreach (var version in root.Options.OfType<VersionOption>()) version.Action = new VersionAction(terminal);

        return root;
    }

    public static int Run(string[] args) => Run(args, Terminal.System());

    /// <summary>
    /// Parses and runs a command line. Usage errors exit with <see cref="ExitCodes.UsageError"/>. The whole run is
    /// inside the error guard: help and parse errors are written outside any verb's action.
    /// </summary>
    public static int Run(string[] args, Terminal terminal) => GuardedAction.Run(terminal, () => Invoke(args, terminal));

    private static int Invoke(string[] args, Terminal terminal)
    {
        var parseResult = Build(terminal).Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var error in parseResult.Errors) terminal.Error.WriteLine("kgexport: " + error.Message);
            var verb = parseResult.CommandResult.Command is RootCommand ? "" : parseResult.CommandResult.Command.Name + " ";
            terminal.Error.WriteLine($"Try 'kgexport {verb}--help'.");
            terminal.Error.Flush();
            return ExitCodes.UsageError;
        }
        var invocation = new InvocationConfiguration { Output = terminal.Output, Error = terminal.Error, EnableDefaultExceptionHandler = false };
        var code = parseResult.Invoke(invocation);
        terminal.Output.Flush();
        return code;
    }
}
