using KgExport.Rdf;

namespace KgExport.Server;

/// <summary>
/// The served dataset behind a reader-preferring lock: any number of queries read at once; an update waits until no
/// query is running and then runs alone. A reader waits only while an update is actually running, never for one
/// that is still waiting its turn, so one slow query and a queued update cannot stall every other read (a plain
/// writer-preferring lock would hold new readers back until the slow query ended and the update ran). Updates queue
/// behind each other. The price: while reads keep overlapping, an update waits for a gap between them (the query
/// timeout bounds every read). The dataset is not thread-safe for writers, so every access goes through here.
/// <para>
/// Each write is one transaction: its changes are recorded, and either all of them stay or none do. With a journal
/// (a durable store), the changes are committed to it while the write still runs alone, before the caller answers;
/// when the write throws or the commit fails, the dataset is put back as it was, so no reader ever sees a change
/// that was not kept.
/// </para>
/// </summary>
public sealed class SharedDataset(Dataset dataset, IDatasetJournal? journal = null) : IDisposable
{
    private readonly object _gate = new();
    private readonly SemaphoreSlim _writers = new(1, 1);
    private int _readers;
    private bool _writing;

    public T Read<T>(Func<Dataset, T> read)
    {
        lock (_gate)
        {
            while (_writing) Monitor.Wait(_gate);
            _readers++;
        }
        try
        {
            return read(dataset);
        }
        finally
        {
            lock (_gate)
            {
                if (--_readers == 0) Monitor.PulseAll(_gate);
            }
        }
    }

    public T Write<T>(Func<Dataset, T> write)
    {
        _writers.Wait();
        try
        {
            lock (_gate)
            {
                while (_readers > 0) Monitor.Wait(_gate);
                _writing = true;
            }
            try
            {
                return WriteOnce(write);
            }
            finally
            {
                lock (_gate)
                {
                    _writing = false;
                    Monitor.PulseAll(_gate);
                }
            }
        }
        finally
        {
            _writers.Release();
        }
    }

    /// <summary>Where writes are kept: a durable store's description, or null when they live in memory only.</summary>
    public string? Durability => journal?.Description;

    private T WriteOnce<T>(Func<Dataset, T> write)
    {
        var changes = dataset.BeginRecording();
        T result;
        try
        {
            result = write(dataset);
        }
        catch
        {
            dataset.EndRecording();
            changes.Undo(dataset);
            throw;
        }
        dataset.EndRecording();
        if (journal is null || changes.IsEmpty) return result;
        try
        {
            journal.Commit(changes);
        }
        catch (Exception e)
        {
            changes.Undo(dataset);
            throw new StoreWriteException($"the change was not kept (the store could not write it): {e.Message}", e);
        }
        return result;
    }

    public void Dispose() => _writers.Dispose();
}

/// <summary>A write the durable store could not keep; the dataset is as it was before it.</summary>
public sealed class StoreWriteException(string message, Exception inner) : Exception(message, inner);
