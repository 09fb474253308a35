using System.Text;

namespace KgExport.Extraction.Text;

/// <summary>Reads article files as strict UTF-8 (a BOM is dropped); bad bytes are an error with the byte offset.</summary>
public static class ArticleFile
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string ReadText(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ArticleReadException(path, $"cannot read the file: {e.Message}");
        }
        var span = bytes.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) span = span[3..];
        try
        {
            return Strict.GetString(span);
        }
        catch (DecoderFallbackException e)
        {
            throw new ArticleReadException(path, $"the file is not valid UTF-8 (byte offset {e.Index})");
        }
    }
}
