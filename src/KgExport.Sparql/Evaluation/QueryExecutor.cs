using KgExport.Rdf;
using KgExport.Sparql.Algebra;
using KgExport.Sparql.Syntax;

namespace KgExport.Sparql.Evaluation;

/// <summary>Runs a <see cref="SparqlQuery"/> against a dataset: SELECT, ASK, CONSTRUCT and DESCRIBE.</summary>
public static class QueryExecutor
{
    /// <summary>Runs <paramref name="query"/> against <paramref name="store"/> within <paramref name="options"/>' limits (the defaults when null); rows are pulled lazily.</summary>
    public static QueryResult Execute(SparqlQuery query, Dataset store, QueryOptions? options = null, CancellationToken cancellationToken = default) =>
        Execute(query, store, options, bindings: null, graph: null, cancellationToken);

    /// <summary>
    /// Runs the query with variables pre-bound (SHACL-SPARQL's pre-binding: each named variable holds its value
    /// wherever it occurs, as if the evaluation started from that solution) and, when <paramref name="graph"/> is
    /// given, with that graph of the store as the default graph (FROM and the protocol dataset are then ignored).
    /// </summary>
    public static QueryResult Execute(
        SparqlQuery query,
        Dataset store,
        QueryOptions? options,
        IReadOnlyDictionary<string, Term>? bindings,
        Term? graph,
        CancellationToken cancellationToken = default)
    {
        options ??= new QueryOptions();
        var ctx = new QueryContext(store, query.Syntax.BaseIri is { } baseIri ? options with { BaseIri = baseIri } : options, cancellationToken);
        if (options.Dataset is { } given)
        {
            ctx.DefaultGraphs = given.DefaultGraphs.Cast<Term?>().ToList();
            ctx.NamedGraphs = given.NamedGraphs.Cast<Term>().ToList();
        }
        else if (query.From.Count > 0 || query.FromNamed.Count > 0)
        {
            ctx.DefaultGraphs = query.From.Cast<Term?>().ToList();
            ctx.NamedGraphs = query.FromNamed.Cast<Term>().ToList();
        }
        if (graph is not null)
        {
            ctx.DefaultGraphs = [graph];
        }
        var evaluator = new AlgebraEvaluator(ctx);
        var seed = Seed(ctx, bindings);
        IEnumerable<Term?[]> Solutions() => evaluator.Evaluate(query.Algebra, seed, ctx.DefaultGraphs);
        switch (query.Form)
        {
            case QueryForm.Ask:
                return QueryResult.FromBoolean(Solutions().Any());
            case QueryForm.Construct:
                return QueryResult.FromGraph(Limit(Construct(query.ConstructTemplate, Solutions(), ctx), options.RowLimit, "triples"), ctx.Memory);
            case QueryForm.Describe:
                return QueryResult.FromGraph(Limit(Describe(query, evaluator, Solutions(), ctx), options.RowLimit, "triples"), ctx.Memory);
            default:
            {
                var vars = query.ResultVariables;
                var slots = vars.Select(ctx.Slot).ToArray();
                var rows = Solutions().Select(r =>
                {
                    var cells = new Term?[slots.Length];
                    for (var i = 0; i < slots.Length; i++) cells[i] = Solution.Get(r, slots[i]);
                    return cells;
                });
                return QueryResult.FromBindings(vars.Select(v => v.Name).ToList(), Limit(rows, options.RowLimit, "rows"), ctx.Memory);
            }
        }
    }

    /// <summary>The solution evaluation starts from: the pre-bound variables in their slots, or none.</summary>
    private static Term?[] Seed(QueryContext ctx, IReadOnlyDictionary<string, Term>? bindings)
    {
        if (bindings is null || bindings.Count == 0) return [];
        var slots = new int[bindings.Count];
        var i = 0;
        foreach (var name in bindings.Keys) slots[i++] = ctx.Slot(new Variable(name));
        var seed = new Term?[ctx.Width];
        i = 0;
        foreach (var value in bindings.Values) seed[slots[i++]] = value;
        return seed;
    }

    private static IEnumerable<T> Limit<T>(IEnumerable<T> items, long? limit, string what) =>
        limit is { } max ? Limited(items, max, what) : items;

    private static IEnumerable<T> Limited<T>(IEnumerable<T> items, long limit, string what)
    {
        long n = 0;
        foreach (var i in items)
        {
            if (++n > limit) throw new QueryEvaluationException($"result exceeds the limit of {limit} {what}", isLimit: true);
            yield return i;
        }
    }

    /// <summary>
    /// Instantiates a template per solution; blank nodes are fresh per solution, invalid triples are skipped. Each
    /// triple comes once, so every triple made is kept (and charged to the memory budget) until the end.
    /// </summary>
    internal static IEnumerable<Triple> Construct(IReadOnlyList<TriplePattern> template, IEnumerable<Term?[]> solutions, QueryContext ctx)
    {
        using var memory = ctx.Memory.Hold();
        var seen = new HashSet<Triple>();
        foreach (var row in solutions)
        {
            var blanks = new Dictionary<string, BlankNode>(StringComparer.Ordinal);
            foreach (var tp in template)
            {
                var s = Instantiate(tp.Subject, row, blanks, ctx);
                var p = Instantiate(tp.Predicate, row, blanks, ctx);
                var o = Instantiate(tp.Object, row, blanks, ctx);
                if (s is null or Literal || p is not Iri pi || o is null) continue;
                var t = new Triple(s, pi, o);
                if (!seen.Add(t)) continue;
                memory.Add(MemoryBudget.SizeOf(t));
                yield return t;
            }
        }
    }

    internal static Term? Instantiate(PatternNode node, Term?[] row, Dictionary<string, BlankNode> blanks, QueryContext ctx)
    {
        switch (node)
        {
            case TermNode { Term: BlankNode b }:
                if (!blanks.TryGetValue(b.Label, out var fresh)) blanks[b.Label] = fresh = ctx.NewBlankNode();
                return fresh;
            case TermNode t:
                return t.Term;
            case Variable v:
                return Solution.Get(row, ctx.Slot(v));
            default:
                return null;
        }
    }

    /// <summary>DESCRIBE: the concise bounded description of each resource (following blank-node objects).</summary>
    private static IEnumerable<Triple> Describe(SparqlQuery query, AlgebraEvaluator evaluator, IEnumerable<Term?[]> solutions, QueryContext ctx)
    {
        using var memory = ctx.Memory.Hold();
        var resources = new List<Term>();
        foreach (var t in query.Syntax.DescribeTargets.OfType<TermNode>()) resources.Add(t.Term);
        var vars = query.Syntax.SelectAll
            ? VariableScope.InScope(query.Algebra).Where(v => !v.IsHidden).ToList()
            : query.Syntax.DescribeTargets.OfType<Variable>().ToList();
        if (vars.Count > 0 && query.Syntax.Where is not null)
        {
            foreach (var row in solutions)
            {
                foreach (var v in vars)
                {
                    if (Solution.Get(row, ctx.Slot(v)) is not { } term) continue;
                    memory.Add(MemoryBudget.SizeOf(term) + 8);
                    resources.Add(term);
                }
            }
        }
        var seen = new HashSet<Triple>();
        var visited = new HashSet<Term>();
        var queue = new Queue<Term>(resources.Distinct());
        while (queue.Count > 0)
        {
            var r = queue.Dequeue();
            if (!visited.Add(r) || r is Literal) continue;
            foreach (var (s, p, o) in evaluator.MatchTriples(r, null, null, ctx.DefaultGraphs))
            {
                ctx.Check();
                var t = new Triple(s, (Iri)p, o);
                if (!seen.Add(t)) continue;
                memory.Add(MemoryBudget.SizeOf(t));
                yield return t;
                if (o is BlankNode) queue.Enqueue(o);
            }
        }
    }
}
