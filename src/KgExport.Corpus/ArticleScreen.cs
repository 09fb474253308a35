using System.Globalization;
using System.Text;

namespace KgExport.Corpus;

/// <summary>
/// The checks an article file passes before anything is extracted or mapped from it, each failure a
/// <see cref="BadArticleException"/> naming the file and the reason: too large, empty, binary, not UTF-8.
/// </summary>
public static class ArticleScreen
{
    /// <summary>News articles are kilobytes; anything this large is a dump or a wrong file, not an article.</summary>
    public const long DefaultMaxBytes = 10L * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads a file's bytes, refusing files over <paramref name="maxBytes"/> before reading them.</summary>
    public static byte[] ReadBytes(string path, long maxBytes, string what)
    {
        try
        {
            var length = new FileInfo(path).Length;
            if (length > maxBytes)
            {
                throw new BadArticleException(path, $"the {what} is too large: {Size(length)} (the limit is {Size(maxBytes)}; an article is a few kilobytes)");
            }
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BadArticleException(path, $"cannot read the {what}: {e.Message}");
        }
    }

    /// <summary>Decodes article text: strict UTF-8, a leading BOM dropped; empty, binary and malformed files are refused.</summary>
    public static string DecodeText(string path, ReadOnlySpan<byte> bytes, string what = "article")
    {
        bytes = WithoutBom(bytes);
        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0) throw new BadArticleException(path, $"the {what} is a binary file, not text (a NUL byte at byte offset {nul})");
        var text = Strict(path, bytes, what);
        if (string.IsNullOrWhiteSpace(text)) throw new BadArticleException(path, $"the {what} is empty (only white space)");
        if (ControlShare(text) > 0.05) throw new BadArticleException(path, $"the {what} looks binary, not text (more than 5% control characters)");
        return text;
    }

    /// <summary>Decodes a file as strict UTF-8, a leading BOM dropped; empty and malformed files are refused.</summary>
    public static string DecodeUtf8(string path, ReadOnlySpan<byte> bytes, string what) => Strict(path, WithoutBom(bytes), what);

    private static ReadOnlySpan<byte> WithoutBom(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes[3..] : bytes;

    private static string Strict(string path, ReadOnlySpan<byte> bytes, string what)
    {
        if (bytes.Length == 0) throw new BadArticleException(path, $"the {what} is empty");
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new BadArticleException(path, $"the {what} is not valid UTF-8 (byte offset {e.Index})");
        }
    }

    /// <summary>Whether text is an HTML page rather than plain text (its first markup is a doctype or an html element).</summary>
    public static bool LooksLikeHtml(string text)
    {
        var head = text.AsSpan().TrimStart();
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }

    private static double ControlShare(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, 8192));
        var control = 0;
        foreach (var c in sample)
        {
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f')) control++;
        }
        return (double)control / sample.Length;
    }

    private static string Size(long bytes) => bytes >= 1024 * 1024
        ? (bytes / (1024.0 * 1024.0)).ToString("0.#", CultureInfo.InvariantCulture) + " MB"
        : bytes.ToString(CultureInfo.InvariantCulture) + " bytes";
}
