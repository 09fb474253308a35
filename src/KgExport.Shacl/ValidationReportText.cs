using System.Globalization;
using KgExport.Rdf;

namespace KgExport.Shacl;

/// <summary>
/// Writes a validation report for people: a summary line, then the results grouped by focus node. Each node is
/// shown with its label and types where the data has them and, for KgExport's own graphs, the article it was
/// derived from (prov:wasDerivedFrom) and the quoted evidence (oa:exact) behind it. IRIs are shortened with the
/// given prefixes.
/// </summary>
public sealed class ValidationReportText
{
    private const string Schema = "http://schema.org/";
    private const string SchemaHttps = "https://schema.org/";
    private const int MaxQuote = 160;

    private static readonly Iri[] LabelPredicates =
    [
        ShaclVocab.Rdfs.Label, new(Schema + "name"), new(SchemaHttps + "name"),
        new("http://www.w3.org/2004/02/skos/core#prefLabel"), new(Schema + "headline"), new(SchemaHttps + "headline"),
    ];

    private static readonly Iri WasDerivedFrom = new("http://www.w3.org/ns/prov#wasDerivedFrom");
    private static readonly Iri Exact = new("http://www.w3.org/ns/oa#exact");

    private readonly DataGraph _data;
    private readonly PrefixMap _prefixes;

    /// <summary>A writer that looks up labels, types and evidence in <paramref name="data"/> and shortens IRIs with <paramref name="prefixes"/>.</summary>
    public ValidationReportText(DataGraph data, PrefixMap prefixes)
    {
        _data = data;
        _prefixes = prefixes;
    }

    /// <summary>Writes <paramref name="report"/> to <paramref name="output"/>: "Conforms" or a summary line and the results by focus node.</summary>
    public void Write(ValidationReport report, TextWriter output)
    {
        if (report.Conforms)
        {
            output.WriteLine("Conforms: no SHACL violations.");
            return;
        }
        var groups = report.Results
            .GroupBy(r => r.FocusNode)
            .OrderBy(g => g.Key, TermComparer.Instance)
            .ToList();
        output.WriteLine($"Does not conform: {Counts(report)} on {Plural(groups.Count, "focus node")}.");
        foreach (var group in groups)
        {
            output.WriteLine();
            WriteNode(group.Key, output);
            foreach (var r in group.OrderBy(r => SeverityRank(r.Severity)).ThenBy(r => r.Path?.ToString(), StringComparer.Ordinal).ThenBy(r => r.Value?.ToString(), StringComparer.Ordinal))
            {
                WriteResult(r, output);
            }
        }
    }

    private void WriteNode(Term node, TextWriter output)
    {
        var line = Name(node);
        if (Label(node) is { } label) line += $"  \"{label}\"";
        var types = _data.Objects(node, Vocab.Rdf.Type).OrderBy(t => t, TermComparer.Instance).Select(Name).ToList();
        if (types.Count > 0) line += $"  ({string.Join(", ", types)})";
        output.WriteLine(line);
        foreach (var article in Articles(node))
        {
            output.WriteLine($"    from article {Name(article)}{(Label(article) is { } headline ? $"  \"{headline}\"" : "")}");
        }
        foreach (var quote in Evidence(node))
        {
            output.WriteLine($"    evidence: \u201c{quote}\u201d");
        }
    }

    private void WriteResult(ValidationResult r, TextWriter output)
    {
        var severity = r.Severity.Value.StartsWith(ShaclVocab.Namespace, StringComparison.Ordinal) ? r.Severity.Value[ShaclVocab.Namespace.Length..] : Name(r.Severity);
        var where = r.Path is null ? "" : " " + r.Path.Display(Name);
        var value = r.Value is null ? "" : " = " + Show(r.Value) + (Label(r.Value) is { } valueLabel ? $" \"{valueLabel}\"" : "");
        var message = r.Messages.OrderBy(m => m.Language is null or "en" ? 0 : 1).ThenBy(m => m.Language, StringComparer.Ordinal).FirstOrDefault()?.LexicalForm ?? "";
        var component = r.Component.Value.StartsWith(ShaclVocab.Namespace, StringComparison.Ordinal)
            ? "sh:" + r.Component.Value[ShaclVocab.Namespace.Length..]
            : Name(r.Component);
        output.WriteLine($"  {severity}:{where}{value}");
        var shape = r.SourceShape is Iri ? $", shape {Name(r.SourceShape)}" : "";
        output.WriteLine($"      {message}  [{component}{shape}]");
    }

    private string Show(Term t) => t is Literal l ? Truncate(NTriplesFormatter.Format(new Literal(l.LexicalForm))) + Suffix(l) : Name(t);

    private string Suffix(Literal l) => l.Language is not null ? "@" + l.Language : l.IsSimple ? "" : "^^" + Name(l.Datatype);

    /// <summary>The label a person would recognise, preferring English or untagged text, chosen deterministically.</summary>
    private string? Label(Term node)
    {
        if (node is Literal) return null;
        foreach (var predicate in LabelPredicates)
        {
            var best = _data.Objects(node, predicate).OfType<Literal>()
                .OrderBy(l => l.Language is null ? 0 : l.Language.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? 1 : 2)
                .ThenBy(l => l.LexicalForm, StringComparer.Ordinal)
                .FirstOrDefault();
            if (best is not null) return Truncate(best.LexicalForm);
        }
        // Vocabularies of their own (e.g. kg:headline) still name things with a recognisable word.
        foreach (var q in _data.Match(node, null, null).OrderBy(q => q.Predicate.Value, StringComparer.Ordinal))
        {
            if (q.Object is Literal l && (q.Predicate.Value.EndsWith("headline", StringComparison.Ordinal) || q.Predicate.Value.EndsWith("#name", StringComparison.Ordinal)))
            {
                return Truncate(l.LexicalForm);
            }
        }
        return null;
    }

    /// <summary>The articles a node was derived from; for a node without provenance, those of the facts that mention it.</summary>
    private IEnumerable<Term> Articles(Term node)
    {
        if (node is Literal) return [];
        var own = _data.Objects(node, WasDerivedFrom).ToList();
        if (own.Count == 0)
        {
            own = _data.Match(null, null, node).Select(q => q.Subject).Distinct()
                .SelectMany(s => _data.Objects(s, WasDerivedFrom)).ToList();
        }
        return own.Distinct().OrderBy(t => t, TermComparer.Instance).Take(3);
    }

    /// <summary>
    /// Quoted text (oa:exact) reachable from the node within a few links, e.g. claim -> annotation -> target -> selector;
    /// for a node with none (an event, whose evidence is on the claims about it), that of the nodes that mention it.
    /// </summary>
    private IEnumerable<string> Evidence(Term node)
    {
        if (node is Literal) return [];
        var own = QuotesFrom([node]);
        if (own.Count > 0) return own.Take(2);
        var mentioning = _data.Match(null, null, node).Select(q => q.Subject).Distinct().OrderBy(t => t, TermComparer.Instance).Take(200).ToList();
        return QuotesFrom(mentioning).Take(2);
    }

    private SortedSet<string> QuotesFrom(List<Term> start)
    {
        var quotes = new SortedSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<Term>(start);
        var frontier = start;
        for (var depth = 0; depth < 4 && frontier.Count > 0 && quotes.Count == 0; depth++)
        {
            var next = new List<Term>();
            foreach (var n in frontier)
            {
                foreach (var q in _data.Match(n, null, null))
                {
                    if (q.Predicate.Equals(Exact) && q.Object is Literal l) quotes.Add(Truncate(l.LexicalForm));
                    else if (q.Object is not Literal && !q.Predicate.Equals(Vocab.Rdf.Type) && !q.Predicate.Equals(WasDerivedFrom) && seen.Add(q.Object)) next.Add(q.Object);
                }
            }
            frontier = next.Count > 200 ? next.GetRange(0, 200) : next;
        }
        return quotes;
    }

    private string Name(Term t)
    {
        if (t is not Iri iri) return t is BlankNode b ? "_:" + b.Label : t.ToString();
        string? best = null;
        foreach (var (prefix, ns) in _prefixes.Entries)
        {
            if (ns.Length > 0 && iri.Value.StartsWith(ns, StringComparison.Ordinal) && iri.Value.Length > ns.Length
                && IsSimpleLocalName(iri.Value.AsSpan(ns.Length)) && (best is null || prefix.Length + iri.Value.Length - ns.Length < best.Length))
            {
                best = prefix + ":" + iri.Value[ns.Length..];
            }
        }
        return best ?? "<" + iri.Value + ">";
    }

    private static bool IsSimpleLocalName(ReadOnlySpan<char> local)
    {
        foreach (var c in local)
        {
            // '/' is kept for readability: this text is for people, not a Turtle parser.
            if (!(char.IsLetterOrDigit(c) || c is '_' or '-' or '.' or '/')) return false;
        }
        return local[^1] != '.';
    }

    private static string Truncate(string s)
    {
        var oneLine = s.ReplaceLineEndings(" ");
        return oneLine.Length <= MaxQuote ? oneLine : oneLine[..(MaxQuote - 1)] + "\u2026";
    }

    private static int SeverityRank(Iri severity) =>
        severity.Equals(ShaclVocab.Violation) ? 0 : severity.Equals(ShaclVocab.Warning) ? 1 : severity.Equals(ShaclVocab.Info) ? 2 : 3;

    private static string Counts(ValidationReport report)
    {
        var parts = new List<string>();
        var violations = report.CountOf(ShaclVocab.Violation);
        var warnings = report.CountOf(ShaclVocab.Warning);
        var infos = report.CountOf(ShaclVocab.Info);
        var other = report.Results.Count - violations - warnings - infos;
        if (violations > 0) parts.Add(Plural(violations, "violation"));
        if (warnings > 0) parts.Add(Plural(warnings, "warning"));
        if (infos > 0) parts.Add(Plural(infos, "info result"));
        if (other > 0) parts.Add(Plural(other, "other result"));
        return string.Join(", ", parts);
    }

    private static string Plural(int n, string noun) => n.ToString(CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? "" : "s");
}
