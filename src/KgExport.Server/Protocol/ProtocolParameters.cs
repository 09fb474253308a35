using KgExport.Rdf;
using KgExport.Sparql.Evaluation;
using Microsoft.AspNetCore.Http;

namespace KgExport.Server.Protocol;

/// <summary>
/// The parameters of one protocol request, from the query string and (for a form POST) the body: the query or update
/// text, default-graph-uri / named-graph-uri (using-graph-uri / using-named-graph-uri for updates) and timeout.
/// </summary>
public sealed class ProtocolParameters
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.Ordinal);

    public static ProtocolParameters From(HttpRequest request, Dictionary<string, List<string>>? form = null)
    {
        var p = new ProtocolParameters();
        foreach (var (name, values) in request.Query)
        {
            foreach (var v in values) p.Add(name, v ?? "");
        }
        if (form is not null)
        {
            foreach (var (name, values) in form)
            {
                foreach (var v in values) p.Add(name, v);
            }
        }
        return p;
    }

    public IReadOnlyList<string> All(string name) => _values.TryGetValue(name, out var list) ? list : [];

    public bool Has(string name) => _values.ContainsKey(name);

    /// <summary>The one value of a parameter that must appear at most once.</summary>
    public string? Single(string name)
    {
        var values = All(name);
        if (values.Count > 1) throw new ProtocolException(StatusCodes.Status400BadRequest, $"give exactly one '{name}' parameter, not {values.Count}");
        return values.Count == 1 ? values[0] : null;
    }

    /// <summary>The dataset named by the request, or null when it names none (the query's own FROM then applies).</summary>
    public ProtocolDataset? Dataset(string defaultName, string namedName)
    {
        var defaults = All(defaultName);
        var named = All(namedName);
        if (defaults.Count == 0 && named.Count == 0) return null;
        return new ProtocolDataset(defaults.Select(v => GraphIri(defaultName, v)).ToList(), named.Select(v => GraphIri(namedName, v)).ToList());
    }

    /// <summary>The timeout for this request: the configured one, or less when the request asks for less.</summary>
    public TimeSpan Timeout(TimeSpan configured)
    {
        var text = Single("timeout");
        if (text is null) return configured;
        if (!double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var seconds) || !(seconds > 0) || double.IsInfinity(seconds))
        {
            throw new ProtocolException(StatusCodes.Status400BadRequest, $"timeout must be a positive number of seconds, not '{text}'");
        }
        var asked = TimeSpan.FromSeconds(Math.Min(seconds, configured.TotalSeconds));
        return asked < configured ? asked : configured;
    }

    private void Add(string name, string value)
    {
        if (!_values.TryGetValue(name, out var list)) _values[name] = list = [];
        list.Add(value);
    }

    internal static Iri GraphIri(string parameter, string value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out _)) throw new ProtocolException(StatusCodes.Status400BadRequest, $"{parameter} must be an absolute IRI, not '{value}'");
        return new Iri(value);
    }
}
