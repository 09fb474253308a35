using System.Runtime.CompilerServices;
using KgExport.Rdf;

namespace KgExport.Sparql.Evaluation;

/// <summary>
/// The numeric values of literals, parsed once per literal instance. The store interns its terms, so every solution
/// that binds the same stored literal hands out the same instance and its lexical form is parsed only the first time.
/// Keyed by reference (cheap to hash); bounded, since literals computed per row would otherwise pile up.
/// </summary>
public sealed class NumericCache
{
    private const int Capacity = 1 << 20;
    private readonly Dictionary<Literal, Entry> _values = new(ReferenceComparer.Instance);

    public bool TryGet(Literal literal, out NumericValue value)
    {
        if (_values.TryGetValue(literal, out var entry))
        {
            value = entry.Value;
            return entry.IsNumeric;
        }
        var numeric = NumericValue.TryParse(literal, out value);
        if (_values.Count >= Capacity) _values.Clear();
        _values[literal] = new Entry(numeric, value);
        return numeric;
    }

    public bool TryGet(Term? term, out NumericValue value)
    {
        if (term is Literal { Language: null } l) return TryGet(l, out value);
        value = default;
        return false;
    }

    private readonly record struct Entry(bool IsNumeric, NumericValue Value);

    private sealed class ReferenceComparer : IEqualityComparer<Literal>
    {
        public static readonly ReferenceComparer Instance = new();

        public bool Equals(Literal? x, Literal? y) => ReferenceEquals(x, y);

        public int GetHashCode(Literal obj) => RuntimeHelpers.GetHashCode(obj);
    }
}
