using System.Text;

namespace KgExport.Rdf.Syntax;

/// <summary>
/// The name grammar of Turtle and TriG as a writer needs it: is a prefix label a PN_PREFIX, and how to write a local
/// part as PN_LOCAL (with \-escapes where the grammar allows them), if it can be written at all.
/// </summary>
internal static class TurtleNames
{
    private const string EscapableInLocal = "_~.-!$&'()*+,;=/?#@%";

    /// <summary>PN_PREFIX: PN_CHARS_BASE ((PN_CHARS | '.')* PN_CHARS)?, or empty.</summary>
    public static bool IsValidPrefix(string prefix)
    {
        if (prefix.Length == 0) return true;
        var i = 0;
        var last = 0;
        foreach (var r in prefix.EnumerateRunes())
        {
            var c = r.Value;
            if (i == 0 ? !CharClasses.IsPnCharsBase(c) : !(CharClasses.IsPnChars(c) || c == '.')) return false;
            last = c;
            i++;
        }
        return last != '.';
    }

    /// <summary>Appends <paramref name="local"/> as PN_LOCAL; false (and nothing appended) when it cannot be written.</summary>
    public static bool TryAppendLocal(StringBuilder sb, string local)
    {
        var start = sb.Length;
        var i = 0;
        while (i < local.Length)
        {
            if (!Rune.TryGetRuneAt(local, i, out var rune))
            {
                sb.Length = start;
                return false;
            }
            var c = rune.Value;
            var width = rune.Utf16SequenceLength;
            var isFirst = i == 0;
            var isLast = i + width == local.Length;

            if (c == '%' && i + 2 < local.Length && IsHex(local[i + 1]) && IsHex(local[i + 2]))
            {
                sb.Append(local, i, 3);
                i += 3;
                continue;
            }

            var plain = isFirst
                ? CharClasses.IsPnCharsU(c) || c == ':' || (uint)(c - '0') <= 9
                : CharClasses.IsPnChars(c) || c == ':' || (c == '.' && !isLast);
            if (plain)
            {
                sb.Append(local, i, width);
            }
            else if (c < 0x80 && EscapableInLocal.Contains((char)c, StringComparison.Ordinal))
            {
                sb.Append('\\').Append((char)c);
            }
            else
            {
                sb.Length = start;
                return false;
            }
            i += width;
        }
        return true;
    }

    private static bool IsHex(char c) => CharClasses.HexValue(c) >= 0;
}
