using System.Text;
using System.Text.Json;

namespace KgExport.Facts;

/// <summary>
/// Finds the UTF-16 code units that have no pair, which System.Text.Json refuses with exceptions of its own
/// (ArgumentException, InvalidOperationException) rather than a JsonException: in the text itself (only a string
/// made in memory can hold one; a file read as UTF-8 cannot), or written as a \u escape inside a JSON string.
/// Positions are 1-based lines and UTF-16 columns, as <see cref="JsonLocations"/> gives them.
/// </summary>
internal static class UnpairedSurrogates
{
    public static (int Line, int Column)? InText(string text)
    {
        int line = 1, lineStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                line++;
                lineStart = i + 1;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else if (char.IsSurrogate(c)) return (line, i - lineStart + 1);
        }
        return null;
    }

    /// <summary>The first string or member name of a well-formed JSON document whose escapes leave a lone surrogate.</summary>
    public static (int Line, int Column)? Escaped(string json, int maxDepth)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = maxDepth });
        while (reader.Read())
        {
            if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.PropertyName) || !reader.ValueIsEscaped) continue;
            try
            {
                reader.GetString();
            }
            catch (InvalidOperationException)
            {
                var offset = (int)reader.TokenStartIndex;
                var lineStart = Array.LastIndexOf(bytes, (byte)'\n', Math.Max(0, offset - 1)) + 1;
                var line = 1 + bytes.AsSpan(0, lineStart).Count((byte)'\n');
                return (line, Encoding.UTF8.GetCharCount(bytes, lineStart, offset - lineStart) + 1);
            }
        }
        return null;
    }
}
