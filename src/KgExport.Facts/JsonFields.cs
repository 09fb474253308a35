using System.Text.Json;

namespace KgExport.Facts;

/// <summary>
/// Reads the fields of one JSON object of a facts file, reporting missing, mistyped and unknown fields with
/// their JSON paths instead of throwing. Missing required values come back as empty placeholders; the
/// loader returns no facts when any problem was reported.
/// </summary>
internal sealed class JsonFields
{
    private readonly JsonElement _object;
    private readonly List<FactsProblem> _problems;
    private readonly bool _isObject;

    public JsonFields(JsonElement element, string path, List<FactsProblem> problems, params string[] known)
    {
        _object = element;
        Path = path;
        _problems = problems;
        _isObject = element.ValueKind == JsonValueKind.Object;
        if (!_isObject)
        {
            problems.Add(new(path, $"expected an object, found {Describe(element)}"));
            return;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in element.EnumerateObject())
        {
            if (!seen.Add(p.Name)) problems.Add(new(Child(p.Name), $"field \"{p.Name}\" appears twice"));
            if (Array.IndexOf(known, p.Name) < 0)
            {
                problems.Add(new(Child(p.Name), $"unknown field \"{p.Name}\" (expected one of: {string.Join(", ", known)})"));
            }
        }
    }

    public string Path { get; }

    public string Child(string name) => $"{Path}.{name}";

    public void Report(string field, string message) => _problems.Add(new(Child(field), message));

    public string RequiredString(string name)
    {
        if (!TryGet(name, out var v))
        {
            if (_isObject) Report(name, $"missing required field \"{name}\"");
            return "";
        }
        if (v.ValueKind != JsonValueKind.String)
        {
            Report(name, $"expected a string, found {Describe(v)}");
            return "";
        }
        var s = v.GetString()!;
        if (s.Length == 0) Report(name, "must not be empty");
        return s;
    }

    public string? OptionalString(string name)
    {
        if (!TryGet(name, out var v) || v.ValueKind == JsonValueKind.Null) return null;
        if (v.ValueKind != JsonValueKind.String)
        {
            Report(name, $"expected a string or null, found {Describe(v)}");
            return null;
        }
        var s = v.GetString()!;
        if (s.Length == 0) Report(name, "must be null or a non-empty string");
        return s;
    }

    public int RequiredInt(string name)
    {
        if (!TryGet(name, out var v))
        {
            if (_isObject) Report(name, $"missing required field \"{name}\"");
            return 0;
        }
        return AsInt(v, name) ?? 0;
    }

    public int? OptionalInt(string name) =>
        TryGet(name, out var v) && v.ValueKind != JsonValueKind.Null ? AsInt(v, name) : null;

    public bool? OptionalBool(string name)
    {
        if (!TryGet(name, out var v) || v.ValueKind == JsonValueKind.Null) return null;
        if (v.ValueKind is JsonValueKind.True or JsonValueKind.False) return v.GetBoolean();
        Report(name, $"expected true, false or null, found {Describe(v)}");
        return null;
    }

    /// <summary>A probability: a JSON number from 0 to 1, or absent/null.</summary>
    public decimal? OptionalProbability(string name)
    {
        if (!TryGet(name, out var v) || v.ValueKind == JsonValueKind.Null) return null;
        if (v.ValueKind != JsonValueKind.Number || !v.TryGetDecimal(out var d))
        {
            Report(name, $"expected a number from 0 to 1 or null, found {Describe(v)}");
            return null;
        }
        if (d is < 0 or > 1) Report(name, $"must be from 0 to 1, found {d.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        return d;
    }

    public FactDate? OptionalDate(string name)
    {
        var s = OptionalString(name);
        if (s is null) return null;
        if (FactDate.TryParse(s, out var d, out var error)) return d;
        Report(name, error);
        return null;
    }

    public TEnum RequiredEnum<TEnum>(string name)
        where TEnum : struct, Enum
    {
        var s = RequiredString(name);
        if (s.Length == 0) return default;
        if (FactsNames.TryParse<TEnum>(s, out var value)) return value;
        Report(name, $"\"{s}\" is not one of: {string.Join(", ", FactsNames.All<TEnum>())}");
        return default;
    }

    public TEnum? OptionalEnum<TEnum>(string name)
        where TEnum : struct, Enum
    {
        var s = OptionalString(name);
        if (s is null) return null;
        if (FactsNames.TryParse<TEnum>(s, out var value)) return value;
        Report(name, $"\"{s}\" is not one of: {string.Join(", ", FactsNames.All<TEnum>())}");
        return null;
    }

    public IReadOnlyList<string> StringList(string name, bool required = false)
    {
        var result = new List<string>();
        foreach (var (item, path) in Items(name, required))
        {
            if (item.ValueKind == JsonValueKind.String && item.GetString() is { Length: > 0 } s) result.Add(s);
            else _problems.Add(new(path, $"expected a non-empty string, found {Describe(item)}"));
        }
        return result;
    }

    /// <summary>The elements of an array field with their paths; an absent optional array is empty.</summary>
    public IEnumerable<(JsonElement Item, string Path)> Items(string name, bool required = false)
    {
        if (!TryGet(name, out var v) || v.ValueKind == JsonValueKind.Null)
        {
            if (required && _isObject) Report(name, $"missing required field \"{name}\"");
            yield break;
        }
        if (v.ValueKind != JsonValueKind.Array)
        {
            Report(name, $"expected an array, found {Describe(v)}");
            yield break;
        }
        var i = 0;
        foreach (var item in v.EnumerateArray()) yield return (item, $"{Child(name)}[{i++}]");
    }

    public bool TryGet(string name, out JsonElement value)
    {
        value = default;
        return _isObject && _object.TryGetProperty(name, out value);
    }

    private int? AsInt(JsonElement v, string name)
    {
        if (v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i)) return i;
        Report(name, $"expected an integer, found {Describe(v)}");
        return null;
    }

    public static string Describe(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => $"the string \"{e.GetString()}\"",
        JsonValueKind.Number => $"the number {e.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => e.GetRawText(),
        JsonValueKind.Null => "null",
        _ => "nothing",
    };
}
