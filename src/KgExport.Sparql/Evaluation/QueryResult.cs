using KgExport.Rdf;

namespace KgExport.Sparql.Evaluation;

/// <summary>What a <see cref="QueryResult"/> holds.</summary>
public enum QueryResultKind
{
    /// <summary>Solutions over variables (SELECT).</summary>
    Bindings,

    /// <summary>A boolean (ASK).</summary>
    Boolean,

    /// <summary>Triples (CONSTRUCT, DESCRIBE).</summary>
    Graph,
}

/// <summary>
/// The result of a query: a (lazily pulled) sequence of solutions over named variables, a boolean, or a graph.
/// Rows are arrays aligned with <see cref="Variables"/>; a null cell is unbound.
/// </summary>
public sealed class QueryResult
{
    private readonly MemoryBudget? _memory;

    private QueryResult(QueryResultKind kind, IReadOnlyList<string> variables, IEnumerable<Term?[]> rows, bool boolean, IEnumerable<Triple> triples, MemoryBudget? memory = null)
    {
        Kind = kind;
        Variables = variables;
        Rows = rows;
        Boolean = boolean;
        Triples = triples;
        _memory = memory;
    }

    /// <summary>Which of rows, boolean or triples this result holds.</summary>
    public QueryResultKind Kind { get; }

    /// <summary>The solution variables' names, without ? (empty unless <see cref="Kind"/> is Bindings).</summary>
    public IReadOnlyList<string> Variables { get; }

    /// <summary>The solutions, each aligned with <see cref="Variables"/>, null where unbound; pulled lazily, enumerate once.</summary>
    public IEnumerable<Term?[]> Rows { get; }

    /// <summary>The answer of an ASK query.</summary>
    public bool Boolean { get; }

    /// <summary>The triples of a CONSTRUCT or DESCRIBE query.</summary>
    public IEnumerable<Triple> Triples { get; }

    /// <summary>A solutions result (for results read from a file or an endpoint).</summary>
    public static QueryResult FromBindings(IReadOnlyList<string> variables, IEnumerable<Term?[]> rows) =>
        new(QueryResultKind.Bindings, variables, rows, false, []);

    internal static QueryResult FromBindings(IReadOnlyList<string> variables, IEnumerable<Term?[]> rows, MemoryBudget memory) =>
        new(QueryResultKind.Bindings, variables, rows, false, [], memory);

    /// <summary>An ASK result.</summary>
    public static QueryResult FromBoolean(bool value) => new(QueryResultKind.Boolean, [], [], value, []);

    /// <summary>A graph result.</summary>
    public static QueryResult FromGraph(IEnumerable<Triple> triples) => new(QueryResultKind.Graph, [], [], false, triples);

    internal static QueryResult FromGraph(IEnumerable<Triple> triples, MemoryBudget memory) => new(QueryResultKind.Graph, [], [], false, triples, memory);

    /// <summary>
    /// The result with every row (or triple) pulled into memory now, for a caller that must have the whole answer
    /// before it sends any of it. What is held counts against the query's memory limit, so a result too large to
    /// hold fails with a <see cref="QueryEvaluationException"/> instead of being held anyway.
    /// </summary>
    public QueryResult Buffered()
    {
        switch (Kind)
        {
            case QueryResultKind.Bindings:
            {
                var rows = new List<Term?[]>();
                foreach (var row in Rows)
                {
                    _memory?.Reserve(MemoryBudget.SizeOf(row));
                    rows.Add(row);
                }
                return new(Kind, Variables, rows, false, [], _memory);
            }
            case QueryResultKind.Graph:
            {
                // While they run, CONSTRUCT and DESCRIBE also charge the triples they have given (to give each once).
                var triples = new List<Triple>();
                foreach (var t in Triples)
                {
                    _memory?.Reserve(MemoryBudget.SizeOf(t));
                    triples.Add(t);
                }
                return new(Kind, [], [], false, triples, _memory);
            }
            default:
                return this;
        }
    }
}
