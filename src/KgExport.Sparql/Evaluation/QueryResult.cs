using KgExport.Rdf;

namespace KgExport.Sparql.Evaluation;

public enum QueryResultKind
{
    Bindings,
    Boolean,
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

    public QueryResultKind Kind { get; }

    public IReadOnlyList<string> Variables { get; }

    public IEnumerable<Term?[]> Rows { get; }

    public bool Boolean { get; }

    public IEnumerable<Triple> Triples { get; }

    public static QueryResult FromBindings(IReadOnlyList<string> variables, IEnumerable<Term?[]> rows) =>
        new(QueryResultKind.Bindings, variables, rows, false, []);

    internal static QueryResult FromBindings(IReadOnlyList<string> variables, IEnumerable<Term?[]> rows, MemoryBudget memory) =>
        new(QueryResultKind.Bindings, variables, rows, false, [], memory);

    public static QueryResult FromBoolean(bool value) => new(QueryResultKind.Boolean, [], [], value, []);

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
