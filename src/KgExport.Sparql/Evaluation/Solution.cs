using KgExport.Rdf;

namespace KgExport.Sparql.Evaluation;

/// <summary>
/// Operations on solutions. A solution is a <c>Term?[]</c> indexed by variable slot (null: unbound); arrays may be
/// shorter than the slot count when variables were registered later, so reads past the end mean unbound.
/// </summary>
internal static class Solution
{
    public static Term? Get(Term?[] row, int slot) => slot < row.Length ? row[slot] : null;

    public static Term?[] With(Term?[] row, int slot, Term value, int width)
    {
        var copy = new Term?[Math.Max(Math.Max(row.Length, slot + 1), width)];
        Array.Copy(row, copy, row.Length);
        copy[slot] = value;
        return copy;
    }

    public static bool Compatible(Term?[] a, Term?[] b)
    {
        var n = Math.Min(a.Length, b.Length);
        for (var i = 0; i < n; i++)
        {
            var x = a[i];
            var y = b[i];
            if (x is not null && y is not null && !x.Equals(y)) return false;
        }
        return true;
    }

    /// <summary>Whether two solutions bind at least one common variable (MINUS's domain test).</summary>
    public static bool ShareVariable(Term?[] a, Term?[] b)
    {
        var n = Math.Min(a.Length, b.Length);
        for (var i = 0; i < n; i++)
        {
            if (a[i] is not null && b[i] is not null) return true;
        }
        return false;
    }

    public static Term?[] Merge(Term?[] a, Term?[] b)
    {
        var result = new Term?[Math.Max(a.Length, b.Length)];
        Array.Copy(a, result, a.Length);
        for (var i = 0; i < b.Length; i++)
        {
            if (result[i] is null) result[i] = b[i];
        }
        return result;
    }

    /// <summary>Structural equality of solutions (for DISTINCT and hashing).</summary>
    public sealed class EqualityComparer : IEqualityComparer<Term?[]>
    {
        public static readonly EqualityComparer Instance = new();

        public bool Equals(Term?[]? x, Term?[]? y)
        {
            if (x is null || y is null) return x is null && y is null;
            var n = Math.Max(x.Length, y.Length);
            for (var i = 0; i < n; i++)
            {
                var a = Get(x, i);
                var b = Get(y, i);
                if (a is null ? b is not null : !a.Equals(b)) return false;
            }
            return true;
        }

        public int GetHashCode(Term?[] obj)
        {
            var h = 17;
            for (var i = 0; i < obj.Length; i++)
            {
                if (obj[i] is { } t) h = h * 31 + t.GetHashCode() + i;
            }
            return h;
        }
    }
}
