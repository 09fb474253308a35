using JArray = System.Collections.Generic.List<object?>;
using JObject = System.Collections.Generic.OrderedDictionary<string, object?>;

namespace KgExport.Conformance;

/// <summary>
/// "JSON-LD object comparison" of the json-ld-api test README: members compared regardless of order, arrays as
/// multisets except values of @list, language tags case-insensitively. Blank node identifiers must correspond
/// one-to-one (a consistent renaming is accepted).
/// </summary>
public static class JsonLdObjectComparison
{
    public static bool Equivalent(object? expected, object? actual)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        var reverse = new Dictionary<string, string>(StringComparer.Ordinal);
        return Equal(expected, actual, null, map, reverse);
    }

    private static bool Equal(object? a, object? b, string? key, Dictionary<string, string> map, Dictionary<string, string> reverse)
    {
        switch (a)
        {
            case null: return b is null;
            case JObject oa:
                if (b is not JObject ob || oa.Count != ob.Count) return false;
                foreach (var (k, v) in oa)
                {
                    var bk = k;
                    if (k.StartsWith("_:", StringComparison.Ordinal))
                    {
                        if (map.TryGetValue(k, out var mk)) bk = mk;
                        else
                        {
                            // Find a matching blank-node key in b: try each unmapped one.
                            var found = false;
                            foreach (var candidate in ob.Keys.Where(x => x.StartsWith("_:", StringComparison.Ordinal) && !reverse.ContainsKey(x)))
                            {
                                var m2 = new Dictionary<string, string>(map) { [k] = candidate };
                                var r2 = new Dictionary<string, string>(reverse) { [candidate] = k };
                                if (Equal(v, ob[candidate], k, m2, r2))
                                {
                                    Commit(map, m2);
                                    Commit(reverse, r2);
                                    found = true;
                                    break;
                                }
                            }
                            if (!found) return false;
                            continue;
                        }
                    }
                    if (!ob.TryGetValue(bk, out var w) || !Equal(v, w, k, map, reverse)) return false;
                }
                return true;
            case JArray la:
                if (b is not JArray lb || la.Count != lb.Count) return false;
                if (key == "@list")
                {
                    for (var i = 0; i < la.Count; i++)
                    {
                        if (!Equal(la[i], lb[i], null, map, reverse)) return false;
                    }
                    return true;
                }
                return MatchUnordered(la, lb, 0, new bool[lb.Count], map, reverse);
            case string sa when b is string sb:
                if (key == "@language") return string.Equals(sa, sb, StringComparison.OrdinalIgnoreCase);
                if (sa.StartsWith("_:", StringComparison.Ordinal) && sb.StartsWith("_:", StringComparison.Ordinal))
                {
                    if (map.TryGetValue(sa, out var mapped)) return mapped == sb;
                    if (reverse.ContainsKey(sb)) return false;
                    map[sa] = sb;
                    reverse[sb] = sa;
                    return true;
                }
                return sa == sb;
            case double da: return b is double db && da.Equals(db);
            default: return a.Equals(b);
        }
    }

    private static bool MatchUnordered(JArray a, JArray b, int i, bool[] used, Dictionary<string, string> map, Dictionary<string, string> reverse)
    {
        if (i == a.Count) return true;
        for (var j = 0; j < b.Count; j++)
        {
            if (used[j]) continue;
            var m2 = new Dictionary<string, string>(map);
            var r2 = new Dictionary<string, string>(reverse);
            if (!Equal(a[i], b[j], null, m2, r2)) continue;
            used[j] = true;
            if (MatchUnordered(a, b, i + 1, used, m2, r2))
            {
                Commit(map, m2);
                Commit(reverse, r2);
                return true;
            }
            used[j] = false;
        }
        return false;
    }

    private static void Commit(Dictionary<string, string> target, Dictionary<string, string> source)
    {
        foreach (var (k, v) in source) target[k] = v;
    }
}
