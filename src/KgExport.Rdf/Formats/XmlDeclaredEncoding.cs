using System.Text;
using System.Text.RegularExpressions;

namespace KgExport.Rdf;

/// <summary>
/// Whether an XML document names an encoding other than UTF-8, by a UTF-16 byte order mark or its declaration
/// (<c>&lt;?xml version="1.0" encoding="ISO-8859-1"?&gt;</c>). Such a document is decoded by the XML reader as it
/// says; every other RDF document is strict UTF-8.
/// </summary>
internal static partial class XmlDeclaredEncoding
{
    /// <summary>Bytes enough for a byte order mark and an XML declaration.</summary>
    public const int HeadLength = 256;

    public static bool IsOtherThanUtf8(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return true;
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) head = head[3..];
        if (!head.StartsWith("<?xml"u8)) return false;
        var end = head.IndexOf("?>"u8);
        if (end < 0) return false;
        var declaration = Encoding.ASCII.GetString(head[..end]);
        var encoding = Declared().Match(declaration);
        return encoding.Success && !encoding.Groups["name"].Value.Equals("UTF-8", StringComparison.OrdinalIgnoreCase)
            && !encoding.Groups["name"].Value.Equals("UTF8", StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"\sencoding\s*=\s*[""'](?<name>[A-Za-z][A-Za-z0-9._-]*)[""']")]
    private static partial Regex Declared();
}
