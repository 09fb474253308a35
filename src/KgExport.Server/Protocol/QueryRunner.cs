using KgExport.Rdf;
using KgExport.Sparql;
using KgExport.Sparql.Evaluation;
using KgExport.Sparql.Results;
using KgExport.Sparql.Syntax;
using Microsoft.AspNetCore.Http;

namespace KgExport.Server.Protocol;

/// <summary>A query's answer, written out in full before any byte is sent (so a timeout can still become a 503).</summary>
public sealed record QueryAnswer(string Body, string ContentType, long Rows);

/// <summary>Negotiates the representation of a query's result, evaluates it under the read lock and writes it.</summary>
public static class QueryRunner
{
    public static QueryAnswer Run(SharedDataset store, SparqlQuery query, QueryOptions options, HttpRequest request, CancellationToken cancellationToken)
    {
        if (query.Form is QueryForm.Construct or QueryForm.Describe)
        {
            var graph = Choose(request, Representations.Graph);
            return store.Read(dataset =>
            {
                var result = QueryExecutor.Execute(query, dataset, options, cancellationToken);
                var prefixes = dataset.Prefixes.Clone();
                foreach (var (k, v) in query.Prefixes.Entries) prefixes.Set(k, v);
                long n = 0;
                var body = Representations.WriteQuads(result.Triples.Select(t => { n++; return t.InGraph(null); }), graph.Value, prefixes);
                return new QueryAnswer(body, Representations.ContentType(graph.MediaType), n);
            });
        }
        var offers = query.Form == QueryForm.Ask ? Representations.Boolean : Representations.Bindings;
        var chosen = Choose(request, offers);
        return store.Read(dataset =>
        {
            var result = QueryExecutor.Execute(query, dataset, options, cancellationToken);
            long rows = 0;
            if (result.Kind == QueryResultKind.Bindings)
            {
                // Pulled in full here, inside the lock and the limits (time, and memory for what is held), so a limit
                // hit never leaves half a document.
                result = result.Buffered();
                rows = result.Rows.Count();
            }
            var text = new StringWriter();
            SparqlResultsFormats.Write(result, chosen.Value, text);
            return new QueryAnswer(text.ToString(), Representations.ContentType(chosen.MediaType), rows);
        });
    }

    private static MediaOffer<T> Choose<T>(HttpRequest request, IReadOnlyList<MediaOffer<T>> offers) =>
        MediaNegotiation.TryChoose(request, offers, out var chosen)
            ? chosen
            : throw new ProtocolException(StatusCodes.Status406NotAcceptable, $"cannot answer with any type in Accept: {request.Headers.Accept}; this result can be {MediaNegotiation.Describe(offers)}");
}
