using KgExport.Rdf;

namespace KgExport.Server;

/// <summary>
/// The served dataset behind a reader-preferring lock: any number of queries read at once; an update waits until no
/// query is running and then runs alone. A reader waits only while an update is actually running, never for one
/// that is still waiting its turn, so one slow query and a queued update cannot stall every other read (a plain
/// writer-preferring lock would hold new readers back until the slow query ended and the update ran). Updates queue
/// behind each other. The price: while reads keep overlapping, an update waits for a gap between them (the query
/// timeout bounds every read). The dataset is not thread-safe for writers, so every access goes through here.
/// </summary>
public sealed class SharedDataset(Dataset dataset) : IDisposable
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
                return write(dataset);
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

    public void Dispose() => _writers.Dispose();
}
