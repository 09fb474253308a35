using System.Runtime.CompilerServices;
using KgExport.Rdf;

namespace KgExport.Sparql.Evaluation;

/// <summary>
/// The values of literals (numbers, xsd:dateTime and xsd:date), parsed once per literal instance. The store interns its
/// terms, so every solution that binds the same stored literal hands out the same instance and its lexical form is
/// parsed only the first time. Keyed by reference (cheap to hash); bounded, since literals computed per row would
/// otherwise pile up.
/// </summary>
public sealed class LiteralValueCache
{
    private const int Capacity = 1 << 20;
    private readonly Dictionary<Literal, Parsed<NumericValue>> _numbers = new(ReferenceComparer.Instance);
    private readonly Dictionary<Literal, Parsed<XsdDateTime>> _dates = new(ReferenceComparer.Instance);

    public bool TryGet(Literal literal, out NumericValue value)
    {
        if (_numbers.TryGetValue(literal, out var entry))
        {
            value = entry.Value;
            return entry.Ok;
        }
        var ok = NumericValue.TryParse(literal, out value);
        if (_numbers.Count >= Capacity) _numbers.Clear();
        _numbers[literal] = new(ok, value);
        return ok;
    }

    public bool TryGet(Term? term, out NumericValue value)
    {
        if (term is Literal { Language: null } l) return TryGet(l, out value);
        value = default;
        return false;
    }

    /// <summary>An xsd:dateTime or xsd:date value (the caller checks that two compared values share a datatype).</summary>
    internal bool TryGetDateTime(Literal literal, out XsdDateTime value)
    {
        if (_dates.TryGetValue(literal, out var entry))
        {
            value = entry.Value;
            return entry.Ok;
        }
        var ok = XsdDateTime.TryParse(literal, out value);
        if (_dates.Count >= Capacity) _dates.Clear();
        _dates[literal] = new(ok, value);
        return ok;
    }

    private readonly record struct Parsed<T>(bool Ok, T Value);

    private sealed class ReferenceComparer : IEqualityComparer<Literal>
    {
        public static readonly ReferenceComparer Instance = new();

        public bool Equals(Literal? x, Literal? y) => ReferenceEquals(x, y);

        public int GetHashCode(Literal obj) => RuntimeHelpers.GetHashCode(obj);
    }
}
