using KgExport.Rdf;
using KgExport.Rdf.Values;

namespace KgExport.Sparql.Evaluation;

/// <summary>
/// The values of literals (numbers and XSD date/time values), parsed once per literal instance. The store interns its
/// terms, so every solution that binds the same stored literal hands out the same instance and its lexical form is
/// parsed only the first time. Keyed by reference (cheap to hash); bounded, since literals computed per row would
/// otherwise pile up.
/// </summary>
internal sealed class LiteralValueCache
{
    private const int Capacity = 1 << 20;
    private readonly Dictionary<Literal, Parsed<NumericValue>> _numbers = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Literal, Parsed<XsdTemporal>> _dates = new(ReferenceEqualityComparer.Instance);

    public bool TryGet(Literal literal, out NumericValue value) => Lookup(_numbers, literal, NumericValue.TryParse, out value);

    public bool TryGet(Term? term, out NumericValue value)
    {
        if (term is Literal { Language: null } l) return TryGet(l, out value);
        value = default;
        return false;
    }

    /// <summary>The value of a date/time literal of any XSD date/time type (compared values must share a value space).</summary>
    internal bool TryGetTemporal(Literal literal, out XsdTemporal value) => Lookup(_dates, literal, XsdTemporal.TryParse, out value);

    private delegate bool TryParse<T>(Literal literal, out T value);

    private static bool Lookup<T>(Dictionary<Literal, Parsed<T>> cache, Literal literal, TryParse<T> parse, out T value)
    {
        if (cache.TryGetValue(literal, out var entry))
        {
            value = entry.Value;
            return entry.Ok;
        }
        var ok = parse(literal, out value);
        if (cache.Count >= Capacity) cache.Clear();
        cache[literal] = new(ok, value);
        return ok;
    }

    private readonly record struct Parsed<T>(bool Ok, T Value);
}
