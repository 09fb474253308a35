using KgExport.Store;

namespace KgExport.Cli.Commands;

/// <summary>What the store verbs (load, dump, backup, serve --location) share: opening a store and reporting on it.</summary>
internal static class StoreCommands
{
    /// <summary>Opens a store for writing; a torn log tail is a warning on stderr, a refusal an exit 3.</summary>
    public static DurableStore Open(string location, Terminal terminal, CancellationToken cancellationToken)
    {
        var store = DurableStore.Open(location, Warn(terminal), cancellationToken);
        var o = store.Opening;
        terminal.Error.WriteLine($"kgexport: opened {store.Directory}: {store.Dataset.Count} quads ({o.SnapshotQuads} from the snapshot, {o.ReplayedTransactions} logged transactions replayed) in {o.Elapsed.TotalSeconds:0.00} s");
        terminal.Error.Flush();
        return store;
    }

    /// <summary>Reads a store without locking it (a server may be running on it).</summary>
    public static Rdf.Dataset ReadOnly(string location, Terminal terminal, CancellationToken cancellationToken) =>
        DurableStore.ReadOnly(location, Warn(terminal), cancellationToken);

    private static Action<string> Warn(Terminal terminal) => message =>
    {
        terminal.Error.WriteLine("kgexport: warning: " + message);
        terminal.Error.Flush();
    };
}
