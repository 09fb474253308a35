using System.Text;
using System.Text.RegularExpressions;
using KgExport.Rdf;
using KgExport.Sparql;
using KgExport.Sparql.Syntax;
using KgExport.Sparql.Evaluation;

namespace KgExport.Shacl;

/// <summary>
/// A SPARQL query of a shapes graph (sh:select / sh:ask), prepared once: prefixes from sh:prefixes declared, $PATH
/// replaced by the shape's path, checked against the pre-binding restrictions of SHACL-SPARQL (no MINUS, SERVICE,
/// VALUES, sub-SELECT, or AS on a pre-bound variable), and run through the SPARQL facade with its variables pre-bound.
/// </summary>
internal sealed partial class SparqlPreBinding
{
    private static readonly string[] PreBound = ["this", "shapesGraph", "currentShape", "value"];

    private SparqlPreBinding(SparqlQuery query, string text, bool usesShapesGraph)
    {
        Query = query;
        Text = text;
        UsesShapesGraph = usesShapesGraph;
        _columns = query.Form == QueryForm.Select ? Columns(query.ResultVariables.Select(v => v.Name).ToList()) : null;
    }

    /// <summary>The SELECT query's result columns by name, worked out once: the query runs once per focus node.</summary>
    private readonly Dictionary<string, int>? _columns;

    private static Dictionary<string, int> Columns(IReadOnlyList<string> variables) =>
        variables.Select((name, i) => (name, i)).ToDictionary(c => c.name, c => c.i, StringComparer.Ordinal);

    /// <summary>Whether the query mentions $shapesGraph, so it must run over a dataset that holds the shapes graph.</summary>
    public bool UsesShapesGraph { get; }

    public SparqlQuery Query { get; }

    public string Text { get; }

    public static SparqlPreBinding Prepare(Term shape, string body, string prefixes, PropertyPath? path, IEnumerable<string> parameterNames, IReadOnlyDictionary<string, Term>? constants = null)
    {
        var stripped = StripStringsAndIris(body);
        if (ForbiddenPattern().Match(stripped) is { Success: true } m)
        {
            throw new ShapesGraphException(shape, $"the SPARQL query uses {m.Value.Trim().ToUpperInvariant()}, which pre-binding does not allow");
        }
        // A sub-SELECT must pass $this through, or the pre-bound value would not reach its pattern.
        foreach (var sub in SelectPattern().Matches(stripped).Skip(1))
        {
            var end = stripped.IndexOfAny(['{', '}'], sub.Index);
            var projection = end < 0 ? stripped[sub.Index..] : stripped[sub.Index..end];
            if (!Regex.IsMatch(projection, @"[?$]this\b"))
            {
                throw new ShapesGraphException(shape, "the SPARQL query has a sub-SELECT that does not project $this, which pre-binding does not allow");
            }
        }
        foreach (var name in PreBound.Concat(parameterNames))
        {
            if (Regex.IsMatch(stripped, @"(?i:\bAS)\s*[?$]" + Regex.Escape(name) + @"\b"))
            {
                throw new ShapesGraphException(shape, $"the SPARQL query binds the pre-bound variable ${name} with AS");
            }
        }
        if (body.Contains("$PATH", StringComparison.Ordinal))
        {
            if (path is null) throw new ShapesGraphException(shape, "the SPARQL query uses $PATH outside a property shape");
            body = body.Replace("$PATH", SparqlPath(path), StringComparison.Ordinal);
        }
        // Parameter values are fixed per shape: write them into the query, so they also reach inside projections
        // (the seed only carries variables a SELECT projects).
        foreach (var (name, value) in constants ?? new Dictionary<string, Term>())
        {
            if (value is BlankNode) continue;
            body = Regex.Replace(body, @"[?$]" + Regex.Escape(name) + @"\b", _ => value.ToString());
        }
        var text = prefixes + body;
        try
        {
            return new SparqlPreBinding(SparqlQuery.Parse(text), text, Regex.IsMatch(stripped, @"[?$]shapesGraph\b"));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new ShapesGraphException(shape, "the SPARQL query is not valid: " + e.Message);
        }
    }

    /// <summary>
    /// The solutions of the query over the data graph with the given variables pre-bound, within what is left of the
    /// run's limits; a query stopped by one stops the run (<see cref="ValidationContext.Stopped"/>).
    /// </summary>
    public IEnumerable<Func<string, Term?>> Solutions(ValidationContext run, Term shape, DataGraph data, IReadOnlyDictionary<string, Term> bindings)
    {
        var result = Run(run, shape, data, bindings);
        var columns = _columns ?? Columns(result.Variables);
        using var rows = result.Rows.GetEnumerator();
        while (true)
        {
            bool more;
            try
            {
                more = rows.MoveNext();
            }
            catch (QueryEvaluationException e) when (e.IsLimit)
            {
                throw run.Stopped(shape, e);
            }
            if (!more) yield break;
            var captured = rows.Current;
            yield return name => columns.TryGetValue(name, out var i) ? captured[i] : null;
        }
    }

    public bool Ask(ValidationContext run, Term shape, DataGraph data, IReadOnlyDictionary<string, Term> bindings) =>
        Query.Form == QueryForm.Ask ? Run(run, shape, data, bindings).Boolean : Solutions(run, shape, data, bindings).Any();

    /// <summary>The query through the SPARQL facade: pre-bound variables, the data graph as default graph, the run's limits.</summary>
    private QueryResult Run(ValidationContext run, Term shape, DataGraph data, IReadOnlyDictionary<string, Term> bindings)
    {
        try
        {
            return QueryExecutor.Execute(Query, data.Dataset, run.QueryLimits(), bindings, data.Graph, run.CancellationToken);
        }
        catch (QueryEvaluationException e) when (e.IsLimit)
        {
            throw run.Stopped(shape, e);
        }
    }

    /// <summary>The path in SPARQL property-path syntax.</summary>
    public static string SparqlPath(PropertyPath path) => path switch
    {
        PredicatePath p => "<" + p.Predicate.Value + ">",
        InversePath i => "^(" + SparqlPath(i.Inner) + ")",
        SequencePath s => "(" + string.Join("/", s.Steps.Select(SparqlPath)) + ")",
        AlternativePath a => "(" + string.Join("|", a.Alternatives.Select(SparqlPath)) + ")",
        ZeroOrMorePath z => "(" + SparqlPath(z.Inner) + ")*",
        OneOrMorePath o => "(" + SparqlPath(o.Inner) + ")+",
        ZeroOrOnePath z => "(" + SparqlPath(z.Inner) + ")?",
        _ => throw new ArgumentOutOfRangeException(nameof(path)),
    };

    /// <summary>Replaces {?name} and {$name} in a message template with the solution's bindings.</summary>
    public static Literal FillTemplate(Literal message, Func<string, Term?> binding)
    {
        var text = TemplatePattern().Replace(message.LexicalForm, m => binding(m.Groups[1].Value) switch
        {
            Literal l => l.LexicalForm,
            Iri i => i.Value,
            BlankNode b => "_:" + b.Label,
            _ => m.Value,
        });
        return message.Language is { } lang ? Literal.WithLanguage(text, lang) : new Literal(text);
    }

    private static string StripStringsAndIris(string query)
    {
        var sb = new StringBuilder(query.Length);
        for (var i = 0; i < query.Length; i++)
        {
            var c = query[i];
            if (c is '"' or '\'')
            {
                var end = query.IndexOf(c, i + 1);
                while (end > 0 && query[end - 1] == '\\') end = query.IndexOf(c, end + 1);
                i = end < 0 ? query.Length : end;
                sb.Append(" \"\" ");
            }
            else if (c == '<' && i + 1 < query.Length && !char.IsWhiteSpace(query[i + 1]) && query[i + 1] != '=')
            {
                var end = query.IndexOf('>', i + 1);
                i = end < 0 ? query.Length : end;
                sb.Append(" <> ");
            }
            else if (c == '#')
            {
                var end = query.IndexOf('\n', i + 1);
                i = end < 0 ? query.Length : end;
                sb.Append('\n');
            }
            else
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    [GeneratedRegex(@"\b(MINUS|SERVICE|VALUES)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ForbiddenPattern();

    [GeneratedRegex(@"\bSELECT\b", RegexOptions.IgnoreCase)]
    private static partial Regex SelectPattern();

    [GeneratedRegex(@"\{[?$]([A-Za-z_][A-Za-z0-9_]*)\}")]
    private static partial Regex TemplatePattern();
}
