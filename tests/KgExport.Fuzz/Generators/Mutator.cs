using System.Text;

namespace KgExport.Fuzz.Generators;

/// <summary>
/// Damages a document the way fuzzers do, one to eight times over: flips, inserts, deletes and duplicates characters
/// and ranges, splices in part of another document, repeats a chunk many times, inserts the format's tokens and odd
/// characters, adds a byte order mark, turns line ends into CRLF, cuts the end off, or flips bits in the UTF-8 bytes
/// (decoded back with replacement characters, as a lenient reader would).
/// </summary>
public static class Mutator
{
    public static string Mutate(FuzzRandom r, string input, IReadOnlyList<string> tokens, Func<string> other)
    {
        var text = new StringBuilder(input);
        var rounds = 1 + r.Skewed(3);
        for (var i = 0; i < rounds; i++) MutateOnce(r, text, tokens, other);
        return text.ToString();
    }

    private static void MutateOnce(FuzzRandom r, StringBuilder text, IReadOnlyList<string> tokens, Func<string> other)
    {
        var at = r.Next(text.Length + 1);
        switch (r.Next(16))
        {
            case 0 when text.Length > 0:
                text[Math.Min(at, text.Length - 1)] = (char)(text[Math.Min(at, text.Length - 1)] ^ (1 << r.Next(16)));
                break;
            case 1 when text.Length > 0:
                text[Math.Min(at, text.Length - 1)] = (char)r.Next(0x20, 0x7F);
                break;
            case 2: case 3:
                text.Insert(at, r.Pick(tokens));
                break;
            case 4:
                text.Insert(at, r.Pick(FuzzText.OddCharacters));
                break;
            case 5: case 6:
                text.Remove(at, Math.Min(text.Length - at, 1 + r.Skewed(5)));
                break;
            case 7:
            {
                var length = Math.Min(text.Length - at, 1 + r.Skewed(6));
                var chunk = text.ToString(at, length);
                text.Insert(r.Next(text.Length + 1), chunk);
                break;
            }
            case 8:
            {
                // A chunk repeated: deep nesting and long tokens out of whatever the chunk holds.
                var length = Math.Min(text.Length - at, 1 + r.Skewed(4));
                var chunk = text.ToString(at, length);
                var times = 1 + r.Skewed(r.Chance(90) ? 6 : 12);
                text.Insert(at, new StringBuilder(chunk.Length * times).Insert(0, chunk, times).ToString());
                break;
            }
            case 9:
            {
                var donor = other();
                var from = r.Next(donor.Length + 1);
                var piece = donor.Substring(from, Math.Min(donor.Length - from, r.Skewed(9)));
                if (r.Chance(50)) text.Length = at;
                text.Insert(Math.Min(at, text.Length), piece);
                break;
            }
            case 10:
                text.Length = at;
                break;
            case 11:
                text.Insert(0, '\uFEFF');
                break;
            case 12:
                text.Replace("\r\n", "\n").Replace("\n", r.Chance(70) ? "\r\n" : "\r");
                break;
            case 13:
            {
                var bytes = Encoding.UTF8.GetBytes(text.ToString());
                if (bytes.Length == 0) break;
                for (var n = 1 + r.Skewed(3); n > 0; n--) bytes[r.Next(bytes.Length)] ^= (byte)(1 << r.Next(8));
                text.Clear().Append(Encoding.UTF8.GetString(bytes));
                break;
            }
            case 14 when text.Length > 1:
            {
                var a = r.Next(text.Length);
                var b = r.Next(text.Length);
                (text[a], text[b]) = (text[b], text[a]);
                break;
            }
            default:
                text.Insert(at, r.Pick(tokens));
                break;
        }
    }
}
