using System.Text;

namespace KgExport.Fuzz.Generators;

/// <summary>Writes JSON text for the generators: strings escaped as JSON wants, now and then with escapes JSON readers must judge (lone surrogates).</summary>
internal static class JsonWriter
{
    public static StringBuilder String(StringBuilder sb, string value, FuzzRandom r)
    {
        sb.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append(r.Chance(95) ? "\\\\" : "\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c < 0x20 || char.IsSurrogate(c) && r.Chance(50)) sb.Append("\\u").Append(((int)c).ToString("X4"));
                    else sb.Append(c);
                    break;
            }
        }
        return sb.Append('"');
    }
}
