using KgExport.Rdf;

namespace KgExport.Server;

/// <summary>
/// The served dataset behind a reader/writer lock: any number of queries read at once, an update waits for them and
/// runs alone. The dataset is not thread-safe for writers, so every access goes through here.
/// </summary>
public sealed class SharedDataset(Dataset dataset) : IDisposable
{
    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.NoRecursion);

    public T Read<T>(Func<Dataset, T> read)
    {
        _lock.EnterReadLock();
        try
        {
            return read(dataset);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    public T Write<T>(Func<Dataset, T> write)
    {
        _lock.EnterWriteLock();
        try
        {
            return write(dataset);
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    public void Dispose() => _lock.Dispose();
}
