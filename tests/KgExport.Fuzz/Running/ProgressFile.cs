using System.IO.MemoryMappedFiles;

namespace KgExport.Fuzz.Running;

/// <summary>
/// A few counters a worker process keeps in a memory-mapped file, written before each execution: the index being run
/// and the totals so far. The mapping is shared with the supervising process, so when a stack overflow ends the
/// worker (which .NET cannot catch) the supervisor still knows which input did it and what had been counted.
/// </summary>
public sealed class ProgressFile : IDisposable
{
    private const int Size = 64;
    private readonly MemoryMappedFile _file;
    private readonly MemoryMappedViewAccessor _view;

    private ProgressFile(string path, bool create)
    {
        Path = path;
        _file = MemoryMappedFile.CreateFromFile(path, create ? FileMode.Create : FileMode.Open, null, Size, MemoryMappedFileAccess.ReadWrite);
        _view = _file.CreateViewAccessor(0, Size);
    }

    public string Path { get; }

    public static ProgressFile Create(string path) => new(path, create: true);

    public static ProgressFile Open(string path) => new(path, create: false);

    /// <summary>The index of the input being run (or last run).</summary>
    public long Current
    {
        get => _view.ReadInt64(0);
        set => _view.Write(0, value);
    }

    public long Executions
    {
        get => _view.ReadInt64(8);
        set => _view.Write(8, value);
    }

    public long Crashes
    {
        get => _view.ReadInt64(16);
        set => _view.Write(16, value);
    }

    public long Hangs
    {
        get => _view.ReadInt64(24);
        set => _view.Write(24, value);
    }

    public long Slow
    {
        get => _view.ReadInt64(32);
        set => _view.Write(32, value);
    }

    public void Reset(long first)
    {
        Current = first;
        Executions = 0;
        Crashes = 0;
        Hangs = 0;
        Slow = 0;
    }

    public void Dispose()
    {
        _view.Dispose();
        _file.Dispose();
    }
}
