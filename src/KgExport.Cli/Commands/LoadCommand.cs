using System.CommandLine;
using System.Diagnostics;
using KgExport.Corpus;

namespace KgExport.Cli.Commands;

/// <summary>
/// <c>kgexport load --location DIR &lt;inputs...&gt;</c>: adds RDF files and articles to a durable store in one go. The
/// inputs are read into the store's dataset, and the load is committed by writing the next snapshot, which replaces
/// the old one only once it is whole: a load that fails (or is killed) leaves the store exactly as it was.
/// </summary>
public static class LoadCommand
{
    public static Command Create(Terminal terminal)
    {
        var location = new Option<string>("--location", "-l") { Description = "The store's directory (created when it does not exist).", HelpName = "dir", Required = true };
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "RDF files (.ttl, .trig, .nt, .nq, .jsonld, .rdf) and/or articles (.txt, .facts.json, or directories of them): one named graph per article.",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("load", "Load RDF files or articles into a durable store (all of them or, on any error, none).")
        {
            location, inputs,
        };
        command.SetGuardedAction(terminal, (parseResult, cancellationToken) =>
            Run(parseResult.GetRequiredValue(location), parseResult.GetValue(inputs) ?? [], terminal, cancellationToken));
        return command;
    }

    private static int Run(string location, IReadOnlyList<string> inputs, Terminal terminal, CancellationToken cancellationToken)
    {
        using var store = StoreCommands.Open(location, terminal, cancellationToken);
        var before = store.Dataset.Count;
        var clock = Stopwatch.StartNew();
        try
        {
            DatasetLoader.Load(inputs, ShapesValidation.ArticleOptions(inputs, cancellationToken), cancellationToken, store.Dataset);
        }
        catch (DatasetLoadException e)
        {
            throw new DatasetLoadException(e.Message + " (nothing was loaded)", e.DataInvalid);
        }
        var parsed = clock.Elapsed;
        store.Compact(cancellationToken);
        terminal.Error.WriteLine($"kgexport: loaded {store.Dataset.Count - before} new quads into {store.Directory} ({store.Dataset.Count} in all) in {clock.Elapsed.TotalSeconds:0.00} s ({parsed.TotalSeconds:0.00} s reading, {(clock.Elapsed - parsed).TotalSeconds:0.00} s writing the snapshot)");
        return ExitCodes.Ok;
    }
}
