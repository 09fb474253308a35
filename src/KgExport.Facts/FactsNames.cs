using System.Text;

namespace KgExport.Facts;

/// <summary>The spelling of enum values in facts files: kebab-case ("breakaway-entity", "foreign-minister").</summary>
public static class FactsNames
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => Kebab(value.ToString());

    public static bool TryParse<TEnum>(string name, out TEnum value)
        where TEnum : struct, Enum
    {
        foreach (var v in Enum.GetValues<TEnum>())
        {
            if (Of(v) == name)
            {
                value = v;
                return true;
            }
        }
        value = default;
        return false;
    }

    public static IEnumerable<string> All<TEnum>()
        where TEnum : struct, Enum => Enum.GetValues<TEnum>().Select(Of);

    private static string Kebab(string pascal)
    {
        var sb = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (char.IsUpper(pascal[i]) && i > 0) sb.Append('-');
            sb.Append(char.ToLowerInvariant(pascal[i]));
        }
        return sb.ToString();
    }
}
