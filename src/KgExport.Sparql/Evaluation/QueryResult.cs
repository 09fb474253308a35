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
    private QueryResult(QueryResultKind kind, IReadOnlyList<string> variables, IEnumerable<Term?[]> rows, bool boolean, IEnumerable<Triple> triples)
    {
        Kind = kind;
        Variables = variables;
        Rows = rows;
        Boolean = boolean;
        Triples = triples;
    }

    public QueryResultKind Kind { get; }

    public IReadOnlyList<string> Variables { get; }

    public IEnumerable<Term?[]> Rows { get; }

    public bool Boolean { get; }

    public IEnumerable<Triple> Triples { get; }

    public static QueryResult FromBindings(IReadOnlyList<string> variables, IEnumerable<Term?[]> rows) =>
        new(QueryResultKind.Bindings, variables, rows, false, []);

    public static QueryResult FromBoolean(bool value) => new(QueryResultKind.Boolean, [], [], value, []);

    public static QueryResult FromGraph(IEnumerable<Triple> triples) => new(QueryResultKind.Graph, [], [], false, triples);
}
