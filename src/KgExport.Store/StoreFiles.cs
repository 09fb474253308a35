using System.Globalization;

namespace KgExport.Store;

/// <summary>
/// The files of a store directory. Generation N is <c>snapshot-N.kgs</c> (every quad as of some moment, written whole
/// to a temporary file and renamed into place) plus <c>log-N.kgl</c> (every change committed after it). Only the
/// newest complete generation counts; older files are what a compaction had not yet deleted when it stopped.
/// </summary>
internal sealed class StoreFiles(string directory)
{
    public const string SnapshotExtension = ".kgs";
    public const string LogExtension = ".kgl";

    public string Directory { get; } = Path.GetFullPath(directory);

    public string LockPath => Path.Combine(Directory, "lock");

    public string Snapshot(long generation) => Path.Combine(Directory, Name("snapshot-", generation, SnapshotExtension));

    public string Log(long generation) => Path.Combine(Directory, Name("log-", generation, LogExtension));

    public string Temporary(long generation) => Snapshot(generation) + ".tmp";

    /// <summary>The generations that have a snapshot file, newest first.</summary>
    public IReadOnlyList<long> SnapshotGenerations() =>
        System.IO.Directory.Exists(Directory)
            ? System.IO.Directory.EnumerateFiles(Directory, "snapshot-*" + SnapshotExtension)
                .Select(p => Generation(Path.GetFileName(p), "snapshot-", SnapshotExtension))
                .OfType<long>()
                .OrderDescending()
                .ToList()
            : [];

    /// <summary>Files of older generations and unfinished snapshots: safe to delete once generation <paramref name="current"/> is complete.</summary>
    public IEnumerable<string> Leftovers(long current)
    {
        foreach (var path in System.IO.Directory.EnumerateFiles(Directory))
        {
            var name = Path.GetFileName(path);
            if (name.EndsWith(SnapshotExtension + ".tmp", StringComparison.Ordinal)) yield return path;
            else if (Generation(name, "snapshot-", SnapshotExtension) is { } s && s < current) yield return path;
            else if (Generation(name, "log-", LogExtension) is { } l && l < current) yield return path;
        }
    }

    /// <summary>Whether the directory holds anything besides store files (then it is not a store to create in).</summary>
    public bool HasForeignFiles() =>
        System.IO.Directory.EnumerateFileSystemEntries(Directory).Select(Path.GetFileName).Any(n =>
            n is not null && n != "lock"
            && Generation(n, "snapshot-", SnapshotExtension) is null
            && Generation(n, "log-", LogExtension) is null
            && !n.EndsWith(SnapshotExtension + ".tmp", StringComparison.Ordinal)
            && !n.Contains(LogExtension + ".damaged-", StringComparison.Ordinal));

    private static string Name(string prefix, long generation, string extension) =>
        prefix + generation.ToString("D6", CultureInfo.InvariantCulture) + extension;

    private static long? Generation(string name, string prefix, string extension) =>
        name.StartsWith(prefix, StringComparison.Ordinal) && name.EndsWith(extension, StringComparison.Ordinal)
        && long.TryParse(name.AsSpan(prefix.Length, name.Length - prefix.Length - extension.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var g)
            ? g
            : null;
}
