using KgExport.Rdf;
using KgExport.Sparql.Algebra;
using KgExport.Sparql.Federation;

namespace KgExport.Sparql.Evaluation;

internal sealed partial class AlgebraEvaluator
{
    /// <summary>Each SERVICE group's remote solutions, per endpoint, fetched once per evaluation.</summary>
    private readonly Dictionary<(Service, string), List<Term?[]>> _remote = [];

    /// <summary>
    /// SERVICE (SPARQL 1.1 Federated Query): the group, exactly as written, is sent to the endpoint when the endpoint
    /// is on the allow-list, and its solutions are joined with the seed. An endpoint off the list, or a call that
    /// fails, is an error, or with SILENT the one empty solution.
    /// </summary>
    private IEnumerable<Term?[]> EvaluateService(Service s, Term?[] seed)
    {
        string endpoint;
        switch (s.Endpoint)
        {
            case TermNode { Term: Iri iri }:
                endpoint = iri.Value;
                break;
            case Variable v when Solution.Get(seed, _ctx.Slot(v)) is Iri bound:
                endpoint = bound.Value;
                break;
            case Variable v:
                if (s.Silent) return [seed];
                throw new QueryEvaluationException($"SERVICE {v}: the endpoint variable is not bound to an IRI");
            default:
                throw new QueryEvaluationException($"SERVICE {s.Endpoint}: the endpoint is not an IRI");
        }
        List<Term?[]> remote;
        try
        {
            remote = RemoteSolutions(s, endpoint);
        }
        catch (QueryEvaluationException) when (s.Silent)
        {
            return [seed];
        }
        return Compatible(remote, seed);
    }

    private IEnumerable<Term?[]> Compatible(List<Term?[]> remote, Term?[] seed)
    {
        foreach (var row in remote)
        {
            _ctx.Check();
            if (Solution.Compatible(seed, row)) yield return Solution.Merge(row, seed);
        }
    }

    private List<Term?[]> RemoteSolutions(Service s, string endpoint)
    {
        if (_remote.TryGetValue((s, endpoint), out var cached)) return cached;
        var federation = _ctx.Options.Federation;
        if (federation is null)
            throw new QueryEvaluationException($"SERVICE <{endpoint}>: federated queries are off (allow endpoints with --allow-service URL)");
        if (!federation.Allows(endpoint))
            throw new QueryEvaluationException($"SERVICE <{endpoint}>: the endpoint is not on the allow-list (--allow-service)");
        var left = _ctx.TimeLeft();
        var timeout = left == Timeout.InfiniteTimeSpan || left > federation.Timeout ? federation.Timeout : left;
        QueryResult answer;
        try
        {
            answer = ServiceClient.Query(endpoint, s.RemoteQuery, federation, timeout, _ctx.CancellationToken);
        }
        catch (RemoteException e)
        {
            // The query's own clock ran out while the endpoint was slow: that is the query's timeout, not the endpoint's fault.
            if (e.TimedOut && timeout < federation.Timeout) throw _ctx.TimedOut();
            throw new QueryEvaluationException($"SERVICE <{endpoint}>: {e.Message}");
        }
        // Only the group's own variables are taken; blank nodes get labels of their own so they never meet local ones.
        var own = VariableScope.InScope(s.Inner).Select(v => v.Name).ToHashSet(StringComparer.Ordinal);
        var slots = answer.Variables.Select(name => own.Contains(name) ? _ctx.Slot(new Variable(name)) : -1).ToArray();
        var prefix = $"svc{_ctx.BlankNodeSalt}x{_remote.Count}x";
        var rows = new List<Term?[]>();
        foreach (var values in answer.Rows)
        {
            if (rows.Count == federation.MaxRows)
                throw new QueryEvaluationException($"SERVICE <{endpoint}>: answered more than {federation.MaxRows} solutions (the limit)");
            var row = new Term?[_ctx.Width];
            for (var i = 0; i < slots.Length && i < values.Length; i++)
            {
                if (slots[i] < 0 || values[i] is not { } term) continue;
                row[slots[i]] = term is BlankNode b ? new BlankNode(prefix + b.Label) : term;
            }
            // Held until the evaluation ends (the rows are kept for every later seed): charged, never released.
            _ctx.Memory.Reserve(MemoryBudget.SizeOf(row));
            rows.Add(row);
        }
        _remote[(s, endpoint)] = rows;
        return rows;
    }
}
