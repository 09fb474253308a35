using KgExport.Rdf;

namespace KgExport.Store;

/// <summary>
/// A snapshot: every stored quad of a dataset and its prefixes, in chunks of <see cref="ChunkQuads"/> quads, ending
/// with a record that counts them. It is written to a temporary file, flushed to disk and only then renamed into
/// place, so a snapshot file is either complete or absent; a damaged one is reported, never half read.
/// </summary>
internal static class SnapshotFile
{
    public const int ChunkQuads = 65_536;

    /// <summary>Writes generation <paramref name="generation"/> of the store; returns its size in bytes.</summary>
    public static long Write(StoreFiles files, long generation, Dataset dataset, CancellationToken cancellationToken)
    {
        var temporary = files.Temporary(generation);
        long size;
        try
        {
            using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            {
                Append(file, new FileHeaderRecord(StoreFileKind.Snapshot, generation));
                Append(file, new PrefixesRecord(dataset.Prefixes.Entries.Select(kv => (kv.Key, kv.Value)).ToList()));
                var chunk = new List<Quad>(ChunkQuads);
                long count = 0;
                foreach (var q in dataset.Quads)
                {
                    chunk.Add(q);
                    if (chunk.Count < ChunkQuads) continue;
                    cancellationToken.ThrowIfCancellationRequested();
                    Append(file, new ChangesRecord([], chunk));
                    count += chunk.Count;
                    chunk = new List<Quad>(ChunkQuads);
                }
                if (chunk.Count > 0) Append(file, new ChangesRecord([], chunk));
                count += chunk.Count;
                Append(file, new SnapshotEndRecord(count));
                file.Flush(flushToDisk: true);
                size = file.Length;
            }
            File.Move(temporary, files.Snapshot(generation), overwrite: true);
            DiskSync.Directory(files.Directory);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
        return size;
    }

    /// <summary>Reads a snapshot into <paramref name="dataset"/>; throws <see cref="StoreException"/> when it is not whole.</summary>
    public static long Read(FileStream file, long generation, Dataset dataset, CancellationToken cancellationToken)
    {
        var name = file.Name;
        try
        {
            if (Next(file) is not FileHeaderRecord { Kind: StoreFileKind.Snapshot } header || header.Generation != generation)
            {
                throw new DamagedRecordException("it does not start with the header of this generation's snapshot");
            }
            long count = 0;
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                switch (Next(file))
                {
                    case PrefixesRecord p:
                        foreach (var (prefix, ns) in p.Entries) dataset.Prefixes.Set(prefix, ns);
                        break;
                    case ChangesRecord c:
                        foreach (var q in c.Added) dataset.Add(q);
                        count += c.Added.Count;
                        break;
                    case SnapshotEndRecord end when end.Quads == count:
                        if (file.Position != file.Length) throw new DamagedRecordException("data after the snapshot's end");
                        return count;
                    case SnapshotEndRecord end:
                        throw new DamagedRecordException($"it counts {end.Quads} quads but holds {count}");
                    case null:
                        throw new DamagedRecordException("it ends before its last record");
                    default:
                        throw new DamagedRecordException("a record that does not belong in a snapshot");
                }
            }
        }
        catch (DamagedRecordException e)
        {
            throw new StoreException($"{name}: the snapshot is damaged: {e.Message}; restore the store from a backup ('kgexport backup')");
        }
    }

    private static StoreRecord? Next(Stream file) => RecordFrame.Read(file) is { } payload ? StoreRecordCodec.Decode(payload) : null;

    private static void Append(Stream file, StoreRecord record) => file.Write(RecordFrame.Frame(StoreRecordCodec.Encode(record)));

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
    }
}
