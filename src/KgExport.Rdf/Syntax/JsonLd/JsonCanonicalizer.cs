using System.Text;
using JArray = System.Collections.Generic.List<object?>;
using JObject = System.Collections.Generic.OrderedDictionary<string, object?>;

namespace KgExport.Rdf.JsonLd;

/// <summary>
/// The JSON Canonicalization Scheme (RFC 8785): members sorted by UTF-16 code units, no whitespace, numbers and
/// strings serialized as ECMAScript does. Used for the lexical form of rdf:JSON literals.
/// </summary>
public static class JsonCanonicalizer
{
    public static string Canonicalize(object? value)
    {
        var sb = new StringBuilder();
        Write(sb, value);
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, object? value)
    {
        switch (value)
        {
            case JObject o:
                sb.Append('{');
                var first = true;
                foreach (var key in o.Keys.Order(StringComparer.Ordinal))
                {
                    if (!first) sb.Append(',');
                    first = false;
                    JsonTree.WriteString(sb, key);
                    sb.Append(':');
                    Write(sb, o[key]);
                }
                sb.Append('}');
                break;
            case JArray a:
                sb.Append('[');
                for (var i = 0; i < a.Count; i++)
                {
                    if (i > 0) sb.Append(',');
                    Write(sb, a[i]);
                }
                sb.Append(']');
                break;
            default:
                sb.Append(JsonTree.Serialize(value, indent: false));
                break;
        }
    }
}
