using System.Diagnostics;
using KgExport.Rdf;

namespace KgExport.Store;

/// <summary>
/// A dataset kept in a directory: the queries run on the in-memory <see cref="Dataset"/> (its default graph the live
/// union of all graphs), and every committed change is first written to the generation's log and flushed to disk,
/// so an acknowledged write survives <c>kill -9</c> and a power cut. When the log grows past the snapshot (and
/// <see cref="CompactionThreshold"/>), the whole dataset is written as the next generation's snapshot and the old
/// files are deleted. The directory is locked against a second writing process for as long as the store is open.
/// Not thread-safe: the server commits under its write lock, which also keeps readers off a half-made change.
/// </summary>
public sealed class DurableStore : IDatasetJournal, IDisposable
{
    /// <summary>The log is compacted only past this size (and past the snapshot's own size).</summary>
    public const long CompactionThreshold = 64L << 20;

    private readonly StoreFiles _files;
    private readonly StoreLock _lock;
    private WriteAheadLog _log;
    private long _generation;
    private long _snapshotBytes;

    private DurableStore(StoreFiles files, StoreLock storeLock, Dataset dataset, WriteAheadLog log, long generation, long snapshotBytes, StoreOpening opening)
    {
        _files = files;
        _lock = storeLock;
        Dataset = dataset;
        _log = log;
        _generation = generation;
        _snapshotBytes = snapshotBytes;
        Opening = opening;
    }

    /// <summary>The data; change it only through a writer that commits here (or <see cref="Compact"/> after a bulk load).</summary>
    public Dataset Dataset { get; }

    /// <summary>What opening found: quads in the snapshot, transactions replayed, time taken.</summary>
    public StoreOpening Opening { get; }

    public string Description => _files.Directory;

    public string Directory => _files.Directory;

    /// <summary>
    /// Opens the store in <paramref name="directory"/> for writing, creating it (and the directory) when there is
    /// none. Throws <see cref="StoreException"/> when another process holds it, the directory holds other files, or
    /// the snapshot is damaged. A torn log tail is reported through <paramref name="warn"/> and dropped.
    /// </summary>
    public static DurableStore Open(string directory, Action<string> warn, CancellationToken cancellationToken = default)
    {
        var files = new StoreFiles(directory);
        try
        {
            System.IO.Directory.CreateDirectory(files.Directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StoreException($"{files.Directory}: cannot create the store directory: {e.Message}", e);
        }
        var storeLock = StoreLock.Take(files);
        try
        {
            var clock = Stopwatch.StartNew();
            var generations = files.SnapshotGenerations();
            var dataset = new Dataset(unionDefaultGraph: true);
            long generation, snapshotBytes, quads;
            if (generations.Count == 0)
            {
                if (files.HasForeignFiles()) throw new StoreException($"{files.Directory}: not a kgexport store (it holds other files); give an empty or new directory");
                generation = 1;
                snapshotBytes = SnapshotFile.Write(files, generation, dataset, cancellationToken);
                quads = 0;
            }
            else
            {
                generation = generations[0];
                using var snapshot = new FileStream(files.Snapshot(generation), FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
                quads = SnapshotFile.Read(snapshot, generation, dataset, cancellationToken);
                snapshotBytes = snapshot.Length;
            }
            var log = WriteAheadLog.OpenAndReplay(files, generation, dataset, warn, out var replayed, cancellationToken);
            foreach (var leftover in files.Leftovers(generation).ToList()) File.Delete(leftover);
            return new DurableStore(files, storeLock, dataset, log, generation, snapshotBytes, new StoreOpening(quads, replayed, clock.Elapsed));
        }
        catch (Exception e)
        {
            storeLock.Dispose();
            if (e is IOException or UnauthorizedAccessException) throw new StoreException($"{files.Directory}: cannot open the store: {e.Message}", e);
            throw;
        }
    }

    /// <summary>
    /// Reads the store without locking it, for dump and backup while a server may be writing: the newest complete
    /// generation and the whole records of its log (a record being written is not whole yet, and is left out).
    /// </summary>
    public static Dataset ReadOnly(string directory, Action<string> warn, CancellationToken cancellationToken = default)
    {
        var files = new StoreFiles(directory);
        if (!System.IO.Directory.Exists(files.Directory)) throw new StoreException($"{files.Directory}: no such store");
        for (var attempt = 0; ; attempt++)
        {
            var generations = files.SnapshotGenerations();
            if (generations.Count == 0) throw new StoreException($"{files.Directory}: not a kgexport store (no snapshot)");
            var generation = generations[0];
            FileStream snapshot, log;
            try
            {
                // Open both before reading: a compaction that deletes them now cannot take them away from us.
                snapshot = new FileStream(files.Snapshot(generation), FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16);
            }
            catch (FileNotFoundException) when (attempt < 10)
            {
                continue;
            }
            using (snapshot)
            {
                try
                {
                    log = new FileStream(files.Log(generation), FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                }
                catch (FileNotFoundException)
                {
                    // A compaction between renaming the snapshot and creating its log: the snapshot alone is the state.
                    var alone = new Dataset(unionDefaultGraph: true);
                    SnapshotFile.Read(snapshot, generation, alone, cancellationToken);
                    return alone;
                }
                using (log)
                {
                    var dataset = new Dataset(unionDefaultGraph: true);
                    SnapshotFile.Read(snapshot, generation, dataset, cancellationToken);
                    WriteAheadLog.Replay(log, generation, dataset, warn, out _, cancellationToken);
                    return dataset;
                }
            }
        }
    }

    /// <summary>Writes a dataset as a new store in <paramref name="directory"/>, which must not exist or be empty.</summary>
    public static void WriteNew(string directory, Dataset dataset, CancellationToken cancellationToken = default)
    {
        var files = new StoreFiles(directory);
        if (System.IO.Directory.Exists(files.Directory) && System.IO.Directory.EnumerateFileSystemEntries(files.Directory).Any())
        {
            throw new StoreException($"{files.Directory}: not empty; a backup goes to a new or empty directory");
        }
        System.IO.Directory.CreateDirectory(files.Directory);
        using var storeLock = StoreLock.Take(files);
        SnapshotFile.Write(files, 1, dataset, cancellationToken);
        WriteAheadLog.Create(files, 1).Dispose();
        var parent = Path.GetDirectoryName(files.Directory);
        if (parent is not null) DiskSync.Directory(parent);
    }

    /// <summary>Appends the changes to the log and flushes it; compacts when the log has grown large.</summary>
    public void Commit(DatasetChanges changes, CancellationToken cancellationToken = default)
    {
        if (changes.IsEmpty) return;
        _log.Append(changes);
        if (_log.Length > CompactionThreshold && _log.Length > _snapshotBytes) Compact(cancellationToken);
    }

    /// <summary>
    /// Writes the dataset as the next generation's snapshot with an empty log and deletes the old generation. After a
    /// bulk load this is the commit: until the new snapshot is renamed into place, the store is as it was.
    /// </summary>
    public void Compact(CancellationToken cancellationToken = default)
    {
        var next = _generation + 1;
        var bytes = SnapshotFile.Write(_files, next, Dataset, cancellationToken);
        var log = WriteAheadLog.Create(_files, next);
        _log.Dispose();
        _log = log;
        _generation = next;
        _snapshotBytes = bytes;
        foreach (var leftover in _files.Leftovers(next).ToList()) File.Delete(leftover);
        DiskSync.Directory(_files.Directory);
    }

    public void Dispose()
    {
        _log.Dispose();
        _lock.Dispose();
    }
}

/// <summary>What opening a store found.</summary>
public sealed record StoreOpening(long SnapshotQuads, int ReplayedTransactions, TimeSpan Elapsed);
