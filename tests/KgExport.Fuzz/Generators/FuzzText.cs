using System.Text;

namespace KgExport.Fuzz.Generators;

/// <summary>
/// Pieces every generator draws on: names, IRIs and string contents that are mostly ordinary and now and then long
/// (thousands to hundreds of thousands of characters), or full of what lexers trip over: escapes, non-ASCII letters,
/// astral characters as surrogate pairs, lone surrogates, controls, byte order marks, line and paragraph separators.
/// </summary>
public static class FuzzText
{
    /// <summary>Characters that are unusual for a lexer; a few are not even well-formed UTF-16 on their own.</summary>
    public static readonly string[] OddCharacters =
    [
        "\uFEFF", "\r\n", "\r", "\n", "\t", "\0", "\u0001", "\u007F", "\u0085", "\u00A0", "\u00E9", "e\u0301", "\u00B7",
        "\u02FF", "\u0300", "\u037E", "\u203F", "\u2028", "\u2029", "\u200B", "\u200D", "\u3000", "\uFFFD", "\uFFFE", "\uFFFF",
        "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uD83D\uDE00", "\uDB40\uDC01", "\uD800\uD800", "\uF900", "\u4E2D", "\u0416",
        "\u05D0", "\u0627", "\u202E", "\\", "\"", "'", "`", "%", "%0", "%G1", "&", ";", "#", "?", "/", "\\u", "\\U", "\\u00",
        "\\uD800", "\\U0010FFFF", "\\U00110000", "\\t", "\\n", "\\x",
    ];

    private const string NameStart = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_";
    private const string NameRest = "abcdefghijklmnopqrstuvwxyz0123456789-_.";
    private static readonly string[] NonAsciiLetters = ["\u00E9", "\u00F1", "\u0416", "\u4E2D", "\u05D0", "\uD835\uDC00", "\u00B7", "\u203F", "\uF900", "\u0300"];

    /// <summary>A name-like token (a prefix, local name, label, variable or term): usually short, sometimes long, sometimes not ASCII.</summary>
    public static string Name(FuzzRandom r, bool longToken = false)
    {
        if (longToken) return Repeat(r, r.Pick(["a", "ab-", "\u00E9", "\u4E2D", "\uD83D\uDE00", "x_1."]), LongLength(r));
        var sb = new StringBuilder();
        sb.Append(NameStart[r.Next(NameStart.Length)]);
        var length = r.Skewed(4);
        for (var i = 0; i < length; i++)
        {
            if (r.Chance(8)) sb.Append(r.Pick(NonAsciiLetters));
            else if (r.Next(200) == 0) sb.Append(r.Pick(OddCharacters));
            else sb.Append(NameRest[r.Next(NameRest.Length)]);
        }
        return sb.ToString();
    }

    /// <summary>The text between angle brackets: absolute, relative, odd or very long.</summary>
    public static string Iri(FuzzRandom r, bool longToken = false)
    {
        if (longToken) return "http://example.org/" + Repeat(r, r.Pick(["a", "a/", "%41", "\u00E9", "\\u0041", "\uD83D\uDE00", "?q=1&"]), LongLength(r));
        return r.Next(30) switch
        {
            0 => "",
            1 => "#" + Name(r),
            2 => Name(r) + "/" + Name(r),
            3 => "../" + Name(r) + "?x=1#f",
            4 => "urn:uuid:" + r.NextULong().ToString("x16"),
            5 => "http://[::1]:80/" + Name(r),
            6 => "http://example.org/" + r.Pick(OddCharacters) + Name(r),
            7 => "file:///etc/" + Name(r),
            8 => "mailto:" + Name(r) + "@example.org",
            9 => "http://example.org/\\u00E9" + r.Pick(["\\U0001F600", "\\u0020", "\\uD800", "\\u003E"]),
            10 => "https://w3id.org/kgexport/id/" + Name(r),
            11 => "http://example.org/\\u00E9\\U0001F600%41",
            _ => "http://example.org/" + Name(r) + (r.Chance(30) ? "#" + Name(r) : ""),
        };
    }

    /// <summary>What goes between a literal's quotes: ordinary words, escapes, odd characters, or a long run.</summary>
    public static string StringContent(FuzzRandom r, bool longToken = false)
    {
        if (longToken) return Repeat(r, r.Pick(["a", "word ", "\\n", "\\u00E9", "\u00E9", "\uD83D\uDE00", "\\\"", "'", "\\\\"]), LongLength(r));
        var sb = new StringBuilder();
        var parts = r.Skewed(4);
        for (var i = 0; i < parts; i++)
        {
            sb.Append(r.Next(30) switch
            {
                0 => r.Pick(OddCharacters),
                < 6 => r.Pick(["\\n", "\\t", "\\\"", "\\'", "\\\\", "\\u00E9", "\\U0001F600", "\\b", "\\f", "\\r"]),
                < 9 => r.Pick(["\u00E9", "\uD83D\uDE00", "e\u0301", "\u05D0", "\u200B", "\t"]),
                _ => r.Pick(["word", " ", "Kyiv", "2022-07-13", "1", "-", "\u00E9t\u00E9", "\u4E2D\u6587"]),
            });
        }
        return sb.ToString();
    }

    public static string LanguageTag(FuzzRandom r) => r.Chance(85)
        ? r.Pick(["en", "en-GB", "fr", "zh-Hans-CN", "x-private", "de-1996", "EN", "sgn-BE-FR", "i-klingon", "en-a-bbb-x-a-ccc"])
        : r.Pick(["a-b-c-d-e", "123", "en--gb", "en-", "ar--rtl", "toolongtag", Name(r)]);

    public static string Number(FuzzRandom r) => r.Chance(85)
        ? r.Pick(["0", "1", "-1", "+1", "1.5", ".5", "1e10", "1E-10", "-0.0e0", "007", "99999999999999999999999999", "1.7976931348623157e309",
            "4.9e-325", "0.000000000000000000000000001", "12345678901234567890.123456789", "-.5e-5"])
        : r.Pick(["5.", "1.", "1e", "1e+", "NaN", "INF", "-INF", "0x10", "1_000"]);

    /// <summary>A long run: 1,000 to 64,000 characters, log-uniform, so most long tokens stay cheap to parse.</summary>
    public static int LongLength(FuzzRandom r) => 1000 << r.Next(7);

    public static string Repeat(FuzzRandom r, string unit, int length)
    {
        var sb = new StringBuilder(length + unit.Length);
        while (sb.Length < length) sb.Append(unit);
        return sb.ToString();
    }

    /// <summary>How deep a nested input goes: around each reader's limit (just under, at, just over), or far past it.</summary>
    public static int Depth(FuzzRandom r, int limit) => r.Next(16) switch
    {
        < 4 => limit - 1 - r.Next(3),
        < 8 => limit,
        < 12 => limit + 1 + r.Next(3),
        < 14 => r.Next(1, limit),
        14 => limit * 2 + r.Next(100),
        _ => r.Pick([5_000, 10_000, 20_000, 50_000]),
    };

    /// <summary>Something to put at the start of a document: nothing mostly, else a BOM, blank lines, or a comment.</summary>
    public static string Preamble(FuzzRandom r, string commentStart) => r.Next(10) switch
    {
        0 => "\uFEFF",
        1 => "\r\n\r\n",
        2 => commentStart + " " + r.Pick(["generated", "\u00E9t\u00E9 \uD83D\uDE00", "a \"quoted\" 'word'", ""]) + "\n",
        _ => "",
    };

    /// <summary>A line break: LF mostly, sometimes CRLF or CR.</summary>
    public static string LineBreak(FuzzRandom r) => r.Next(8) switch { 0 => "\r\n", 1 => "\r", _ => "\n" };
}
