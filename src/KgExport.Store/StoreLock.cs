namespace KgExport.Store;

/// <summary>
/// Keeps a second process from writing the same store: the lock file is held open with no sharing, which .NET turns
/// into an exclusive flock(2) on Linux, released by the kernel when the process ends, however it ends.
/// </summary>
internal sealed class StoreLock : IDisposable
{
    private readonly FileStream _file;

    private StoreLock(FileStream file) => _file = file;

    public static StoreLock Take(StoreFiles files)
    {
        try
        {
            var file = new FileStream(files.LockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            return new StoreLock(file);
        }
        catch (IOException e) when (e is not FileNotFoundException and not DirectoryNotFoundException)
        {
            throw new StoreException($"{files.Directory}: the store is in use by another process (a running 'kgexport serve' or 'load'); stop it first", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new StoreException($"{files.Directory}: cannot take the store's lock: {e.Message}", e);
        }
    }

    public void Dispose() => _file.Dispose();
}
