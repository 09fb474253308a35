using System.Collections.Concurrent;
using KgExport.Sparql;

namespace KgExport.Server.Protocol;

/// <summary>
/// Recently parsed queries by text and base IRI, so a client repeating a query (a dashboard, a load balancer's probe,
/// a page reloaded) skips the parser. Parsed queries are immutable; bounded by dropping everything when full.
/// </summary>
public sealed class ParsedQueries
{
    private const int Capacity = 1024;
    private readonly ConcurrentDictionary<(string Text, string BaseIri), SparqlQuery> _queries = new();

    /// <summary>The parsed query; a syntax error throws <see cref="SparqlSyntaxException"/> and is not kept.</summary>
    public SparqlQuery Parse(string text, string baseIri)
    {
        if (_queries.TryGetValue((text, baseIri), out var query)) return query;
        query = SparqlQuery.Parse(text, baseIri);
        if (_queries.Count >= Capacity) _queries.Clear();
        _queries[(text, baseIri)] = query;
        return query;
    }
}
