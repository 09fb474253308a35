using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace KgExport.Corpus;

/// <summary>
/// The incremental cache: an article's exported graph (sorted N-Quads) kept under a key made from the article's
/// file name and content hash, its facts file's content hash, the tool version and the run's settings (the shapes it
/// was validated against). Any change to any of them is a different key, so stale entries are never read, only left
/// behind. Entries are written atomically (temporary file, then rename), so parallel workers and interrupted runs
/// never leave a torn entry; an unreadable entry is a miss. Only articles that exported cleanly are cached.
/// </summary>
public sealed class ExportCache
{
    public const string DefaultDirectory = ".kgexport-cache";

    private const string Magic = "# kgexport-cache 1";
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly byte[] _prefix;
    private long _hits;
    private long _misses;
    private long _writeFailures;

    /// <param name="directory">Where entries live (created on first write).</param>
    /// <param name="toolVersion">Changes whenever the export could change (<see cref="ToolVersion.Current"/>).</param>
    /// <param name="settings">Everything else the result depends on, e.g. the shapes' hash when validating.</param>
    public ExportCache(string directory, string toolVersion, string settings)
    {
        Directory = Path.GetFullPath(directory);
        _prefix = Utf8.GetBytes($"{Magic}\n{toolVersion}\n{settings}\n");
    }

    public string Directory { get; }

    public long Hits => Interlocked.Read(ref _hits);

    public long Misses => Interlocked.Read(ref _misses);

    /// <summary>Entries that could not be written (full disk, read-only directory); the run goes on without them.</summary>
    public long WriteFailures => Interlocked.Read(ref _writeFailures);

    /// <summary>The key of an article: SHA-256 over the tool version, settings, file name and both files' contents.</summary>
    public string KeyFor(string textPath, ReadOnlySpan<byte> text, ReadOnlySpan<byte> facts, bool hasFacts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(_prefix);
        Append(hash, Utf8.GetBytes(Path.GetFileName(textPath)));
        Append(hash, SHA256.HashData(text));
        Append(hash, hasFacts ? SHA256.HashData(facts) : "extracted"u8);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    public CachedArticle? TryGet(string key)
    {
        var path = EntryPath(key);
        string content;
        try
        {
            content = File.ReadAllText(path, Utf8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Interlocked.Increment(ref _misses);
            return null;
        }
        var entry = Parse(content);
        Interlocked.Increment(ref entry is null ? ref _misses : ref _hits);
        return entry;
    }

    public void Put(string key, CachedArticle entry)
    {
        var path = EntryPath(key);
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            // listed with the process's other temporary files, so a signal mid-write leaves none in the cache
            using (var stream = TemporaryFiles.Create(temporary))
            using (var writer = new StreamWriter(stream, Utf8))
            {
                writer.Write(Format(entry));
            }
            TemporaryFiles.MoveIntoPlace(temporary, path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Interlocked.Increment(ref _writeFailures);
            TemporaryFiles.Remove(temporary); // best effort; a stray temporary file is never read as an entry
        }
    }

    private string EntryPath(string key) => Path.Combine(Directory, key[..2], key + ".nq");

    // Header line: "# kgexport-cache 1 <article id> <quads> <warnings>", then the N-Quads; an N-Quads reader skips the comment.
    private static string Format(CachedArticle entry) =>
        string.Create(CultureInfo.InvariantCulture, $"{Magic} {entry.ArticleId} {entry.QuadCount} {entry.Warnings}\n{entry.NQuads}");

    private static CachedArticle? Parse(string content)
    {
        var newline = content.IndexOf('\n', StringComparison.Ordinal);
        if (newline < 0 || !content.StartsWith(Magic + " ", StringComparison.Ordinal)) return null;
        var fields = content[(Magic.Length + 1)..newline].Split(' ');
        if (fields.Length != 3
            || !int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var quads)
            || !int.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out var warnings))
        {
            return null;
        }
        var body = content[(newline + 1)..];
        // A torn or edited entry: the line count must match what was written.
        if (body.Length > 0 && body[^1] != '\n') return null;
        if (body.AsSpan().Count('\n') != quads) return null;
        return new CachedArticle(fields[0], body, quads, warnings);
    }

    private static void Append(IncrementalHash hash, ReadOnlySpan<byte> bytes)
    {
        Span<byte> length = stackalloc byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteInt64LittleEndian(length, bytes.Length);
        hash.AppendData(length);
        hash.AppendData(bytes);
    }
}

/// <summary>A cache entry: what a clean export of the article produced.</summary>
public sealed record CachedArticle(string ArticleId, string NQuads, int QuadCount, int Warnings);
