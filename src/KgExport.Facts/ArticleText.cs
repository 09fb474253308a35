using System.Text;

namespace KgExport.Facts;

/// <summary>
/// The text of an article, addressed by Unicode code point offsets (what evidence spans and the W3C
/// TextPositionSelector count), not by UTF-16 indexes.
/// </summary>
public sealed class ArticleText
{
    private readonly int[] _utf16Index; // code point offset -> UTF-16 index; one extra entry for the end

    public ArticleText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Value = text;
        var indexes = new List<int>(text.Length + 1);
        for (var i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1) indexes.Add(i);
        indexes.Add(text.Length);
        _utf16Index = [.. indexes];
    }

    /// <summary>Reads an article file as UTF-8 (a BOM is dropped); invalid UTF-8 is an error, not replaced.</summary>
    public static ArticleText Load(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var span = bytes.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) span = span[3..];
        var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        return new ArticleText(strict.GetString(span));
    }

    public string Value { get; }

    /// <summary>Length in code points.</summary>
    public int Length => _utf16Index.Length - 1;

    /// <summary>The text between two code point offsets (end exclusive).</summary>
    public string Slice(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, Length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, end);
        return Value[_utf16Index[start].._utf16Index[end]];
    }

    /// <summary>Code point offset of a UTF-16 index (which must start a code point).</summary>
    public int OffsetOf(int utf16Index)
    {
        var i = Array.BinarySearch(_utf16Index, utf16Index);
        return i >= 0 ? i : throw new ArgumentException("index splits a surrogate pair", nameof(utf16Index));
    }
}
