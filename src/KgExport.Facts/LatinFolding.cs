namespace KgExport.Facts;

/// <summary>
/// Folds Latin letters with diacritics (U+00C0-U+024F) and full-width ASCII to plain lower-case ASCII for IRI keys.
/// A table, not Unicode normalisation: the build runs with invariant globalization, where String.Normalize does
/// not decompose. Generated once from the Unicode compatibility decompositions.
/// </summary>
internal static class LatinFolding
{
    private const string From = "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝàáâãäåçèéêëìíîïðñòóôõöøùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĐđĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĦħĨĩĪīĬĭĮįİıĴĵĶķĸĹĺĻļĽľĿŀŁłŃńŅņŇňŉŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŦŧŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžſƠơƯưǍǎǏǐǑǒǓǔǕǖǗǘǙǚǛǜǞǟǠǡǦǧǨǩǪǫǬǭǰǴǵǸǹǺǻȀȁȂȃȄȅȆȇȈȉȊȋȌȍȎȏȐȑȒȓȔȕȖȗȘșȚțȞȟȦȧȨȩȪȫȬȭȮȯȰȱȲȳ";
    private const string To = "aaaaaaceeeeiiiidnoooooouuuuyaaaaaaceeeeiiiidnoooooouuuuyyaaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiijjkkqllllllllllnnnnnnnoooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzsoouuaaiioouuuuuuuuuuaaaaggkkoooojggnnaaaaaaeeeeiiiioooorrrruuuusstthhaaeeooooooooyy";

    private static readonly Dictionary<char, string> Multi = new()
    {
        ['Æ'] = "ae",
        ['Þ'] = "th",
        ['ß'] = "ss",
        ['æ'] = "ae",
        ['þ'] = "th",
        ['Ĳ'] = "ij",
        ['ĳ'] = "ij",
        ['Ŋ'] = "ng",
        ['ŋ'] = "ng",
        ['Œ'] = "oe",
        ['œ'] = "oe",
        ['Ǆ'] = "dz",
        ['ǅ'] = "dz",
        ['ǆ'] = "dz",
        ['Ǉ'] = "lj",
        ['ǈ'] = "lj",
        ['ǉ'] = "lj",
        ['Ǌ'] = "nj",
        ['ǋ'] = "nj",
        ['ǌ'] = "nj",
        ['Ǳ'] = "dz",
        ['ǲ'] = "dz",
        ['ǳ'] = "dz",
    };

    private static readonly Dictionary<char, char> Single = From.Zip(To).ToDictionary(p => p.First, p => p.Second);

    /// <summary>The ASCII spelling of a character, or null when it has none here.</summary>
    public static string? Fold(char c)
    {
        if (c < 0x80) return char.ToLowerInvariant(c).ToString();
        if (c is >= '\uFF01' and <= '\uFF5E') return char.ToLowerInvariant((char)(c - 0xFEE0)).ToString();
        if (Single.TryGetValue(c, out var s)) return s.ToString();
        return Multi.TryGetValue(c, out var m) ? m : null;
    }
}
