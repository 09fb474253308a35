using KgExport.Rdf;

namespace KgExport.Store;

/// <summary>
/// The log of one generation: a header, then one record per committed transaction. <see cref="Append"/> returns only
/// after the record is on disk (fsync), which is what lets the server acknowledge a write. On opening, records are
/// replayed up to the first one that fails its checks; what follows it (a record torn by a crash, or damage) is
/// never replayed: it is reported, moved aside to <c>log-N.kgl.damaged-OFFSET</c> and cut off the log.
/// </summary>
internal sealed class WriteAheadLog : IDisposable
{
    private readonly FileStream _file;

    private WriteAheadLog(FileStream file) => _file = file;

    public long Length => _file.Length;

    public string Path => _file.Name;

    /// <summary>Creates an empty log for a generation (replacing any), flushed with its directory entry.</summary>
    public static WriteAheadLog Create(StoreFiles files, long generation)
    {
        var file = new FileStream(files.Log(generation), FileMode.Create, FileAccess.ReadWrite, FileShare.Read);
        try
        {
            file.Write(RecordFrame.Frame(StoreRecordCodec.Encode(new FileHeaderRecord(StoreFileKind.Log, generation))));
            file.Flush(flushToDisk: true);
            DiskSync.Directory(files.Directory);
            return new WriteAheadLog(file);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Replays the log of a generation into <paramref name="dataset"/> and opens it for appending (a missing log is
    /// created). A damaged tail is reported through <paramref name="warn"/> and cut off.
    /// </summary>
    public static WriteAheadLog OpenAndReplay(StoreFiles files, long generation, Dataset dataset, Action<string> warn, out int replayed, CancellationToken cancellationToken)
    {
        var path = files.Log(generation);
        replayed = 0;
        if (!File.Exists(path)) return Create(files, generation);
        var file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.Read);
        try
        {
            var good = Replay(file, generation, dataset, warn, out replayed, cancellationToken);
            if (good < file.Length)
            {
                SetAside(file, good, path + ".damaged-" + good.ToString(System.Globalization.CultureInfo.InvariantCulture));
                file.SetLength(good);
                file.Flush(flushToDisk: true);
            }
            if (good == 0)
            {
                // Not even the header survived (a crash while the log was being created): start it again.
                file.Dispose();
                return Create(files, generation);
            }
            file.Seek(0, SeekOrigin.End);
            return new WriteAheadLog(file);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Applies the log's whole records to <paramref name="dataset"/> and returns the offset after the last of them.
    /// Used read-only too (dump and backup of a store a server is writing), where a torn tail is a write in flight.
    /// </summary>
    public static long Replay(FileStream file, long generation, Dataset dataset, Action<string> warn, out int replayed, CancellationToken cancellationToken)
    {
        replayed = 0;
        long good = 0;
        file.Seek(0, SeekOrigin.Begin);
        try
        {
            var first = RecordFrame.Read(file);
            if (first is null) return 0;
            if (StoreRecordCodec.Decode(first) is not FileHeaderRecord { Kind: StoreFileKind.Log } header || header.Generation != generation)
            {
                throw new StoreException($"{file.Name}: not the log of generation {generation}");
            }
            good = file.Position;
            while (RecordFrame.Read(file) is { } payload)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (StoreRecordCodec.Decode(payload) is not ChangesRecord changes) throw new DamagedRecordException("a record that does not belong in a log");
                DatasetChanges.Apply(dataset, changes.Removed, changes.Added);
                replayed++;
                good = file.Position;
            }
        }
        catch (DamagedRecordException e)
        {
            warn($"{file.Name}: {file.Length - good} bytes after offset {good} are not a whole record ({e.Message}); "
                + $"they were never acknowledged as a complete write and are not replayed ({replayed} transactions were)");
        }
        return good;
    }

    /// <summary>Writes one transaction and flushes it to disk.</summary>
    public void Append(DatasetChanges changes)
    {
        var record = RecordFrame.Frame(StoreRecordCodec.Encode(new ChangesRecord(changes.Removed.ToList(), changes.Added.ToList())));
        var start = _file.Length;
        try
        {
            _file.Write(record);
            _file.Flush(flushToDisk: true);
        }
        catch
        {
            // Leave no partial record behind a failed write (a full disk): the next append must follow a whole one.
            try
            {
                _file.SetLength(start);
                _file.Seek(start, SeekOrigin.Begin);
            }
            catch (IOException)
            {
            }
            throw;
        }
    }

    public void Dispose() => _file.Dispose();

    private static void SetAside(FileStream file, long offset, string path)
    {
        file.Seek(offset, SeekOrigin.Begin);
        using (var aside = new FileStream(path, FileMode.Create, FileAccess.Write))
        {
            file.CopyTo(aside);
            aside.Flush(flushToDisk: true);
        }
    }
}
