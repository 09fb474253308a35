using System.Buffers;
using System.Globalization;
using System.Text;

namespace KgExport.Rdf.Syntax;

/// <summary>
/// Blank node labels as the RDF 1.1 grammars allow them (BLANK_NODE_LABEL), and a deterministic repair for labels
/// that do not fit, so that data built in code (e.g. a label with a space) still writes as parseable text.
/// </summary>
internal static class BlankNodeLabels
{
    private static readonly SearchValues<char> AsciiWordChars =
        SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz");

    /// <summary>Whether "_:" + label is a BLANK_NODE_LABEL: (PN_CHARS_U | digit) ((PN_CHARS | '.')* PN_CHARS)?.</summary>
    public static bool IsValid(string label)
    {
        if (label.Length == 0) return false;
        if (label.AsSpan().IndexOfAnyExcept(AsciiWordChars) < 0) return true;
        var runes = label.EnumerateRunes();
        var first = true;
        var last = 0;
        foreach (var r in runes)
        {
            var c = r.Value;
            if (first)
            {
                if (!(CharClasses.IsPnCharsU(c) || (uint)(c - '0') <= 9)) return false;
                first = false;
            }
            else if (!(CharClasses.IsPnChars(c) || c == '.'))
            {
                return false;
            }
            last = c;
        }
        return last != '.' && !HasLoneSurrogate(label);
    }

    /// <summary>
    /// A valid label made from an invalid one: each offending character becomes "_x" + its hex code + "_", and an
    /// empty label becomes "_x_". The mapping is deterministic, so the same input always gets the same label.
    /// </summary>
    public static string Sanitize(string label)
    {
        var sb = new StringBuilder(label.Length + 8);
        var index = 0;
        foreach (var r in label.EnumerateRunes())
        {
            var c = r.Value;
            var ok = index == 0
                ? CharClasses.IsPnCharsU(c) || (uint)(c - '0') <= 9
                : CharClasses.IsPnChars(c) || (c == '.' && index + r.Utf16SequenceLength < label.Length);
            if (ok && c != 0xFFFD) sb.Append(r.ToString());
            else sb.Append("_x").Append(c.ToString("X", CultureInfo.InvariantCulture)).Append('_');
            index += r.Utf16SequenceLength;
        }
        return sb.Length == 0 ? "_x_" : sb.ToString();
    }

    private static bool HasLoneSurrogate(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) i++;
            else if (char.IsSurrogate(s[i])) return true;
        }
        return false;
    }
}
