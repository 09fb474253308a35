using System.Globalization;
using System.Text;

namespace KgExport.Facts;

/// <summary>Slugs for fact ids and IRI keys: lower-case ASCII letters and digits joined by '-'.</summary>
public static class Slugs
{
    /// <summary>
    /// "Juan Guaidó" → "juan-guaido": Latin letters lose their diacritics (<see cref="LatinFolding"/>), apostrophes
    /// vanish ("People's" → "peoples"), every other run of characters becomes one '-'. Empty when nothing is left.
    /// </summary>
    public static string Of(string name)
    {
        var sb = new StringBuilder(name.Length);
        var pendingDash = false;
        foreach (var c in name)
        {
            if (c is '\'' or '\u2019' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            var folded = LatinFolding.Fold(c);
            if (folded is not null && folded.All(char.IsAsciiLetterOrDigit))
            {
                if (pendingDash && sb.Length > 0) sb.Append('-');
                pendingDash = false;
                sb.Append(folded);
            }
            else
            {
                pendingDash = true;
            }
        }
        return sb.ToString();
    }
}
