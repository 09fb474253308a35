using KgExport.Rdf;
using KgExport.Sparql.Algebra;
using KgExport.Sparql.Evaluation;
using KgExport.Sparql.Syntax;

namespace KgExport.Sparql.Update;

/// <summary>
/// Applies a SPARQL 1.1 Update request to a dataset. The request is atomic: every change is logged, and if any
/// operation fails the log is rolled back so the dataset is exactly as before.
/// </summary>
public sealed class UpdateExecutor
{
    private readonly Dataset _store;
    private readonly QueryOptions _options;
    private readonly CancellationToken _cancellationToken;
    private readonly List<(bool Added, Quad Quad)> _log = [];

    private UpdateExecutor(Dataset store, QueryOptions options, CancellationToken cancellationToken)
    {
        _store = store;
        _options = options;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Parses and applies an update to <paramref name="store"/>, atomically: a failing request changes nothing.</summary>
    public static void Execute(string updateText, Dataset store, QueryOptions? options = null, CancellationToken cancellationToken = default) =>
        Execute(SparqlParser.ParseUpdate(updateText, options?.BaseIri), store, options, cancellationToken);

    /// <summary>Applies <paramref name="request"/> to <paramref name="store"/>, atomically: a failing request changes nothing.</summary>
    public static void Execute(UpdateRequest request, Dataset store, QueryOptions? options = null, CancellationToken cancellationToken = default)
    {
        var executor = new UpdateExecutor(store, options ?? new QueryOptions(), cancellationToken);
        try
        {
            foreach (var op in request.Operations)
            {
                cancellationToken.ThrowIfCancellationRequested();
                executor.Apply(op);
            }
        }
        catch
        {
            executor.Rollback();
            throw;
        }
    }

    private void Rollback()
    {
        for (var i = _log.Count - 1; i >= 0; i--)
        {
            var (added, quad) = _log[i];
            if (added) _store.Remove(quad);
            else _store.Add(quad);
        }
        _log.Clear();
    }

    private void Add(Quad q)
    {
        if (_store.Add(q)) _log.Add((true, q));
    }

    private void Remove(Quad q)
    {
        if (_store.Remove(q)) _log.Add((false, q));
    }

    private void Apply(UpdateOperation op)
    {
        switch (op)
        {
            case InsertDataOperation ins:
            {
                var blanks = new Dictionary<string, BlankNode>(StringComparer.Ordinal);
                var ctx = NewContext();
                foreach (var q in ins.Quads)
                {
                    if (Ground(q, [], blanks, ctx) is { } quad) Add(quad);
                }
                break;
            }
            case DeleteDataOperation del:
            {
                var ctx = NewContext();
                foreach (var q in del.Quads)
                {
                    if (Ground(q, [], [], ctx) is { } quad) Remove(quad);
                }
                break;
            }
            case ModifyOperation mod:
                Modify(mod);
                break;
            case ClearOperation clear:
                foreach (var g in Targets(clear.Target)) ClearGraph(g);
                break;
            case DropOperation drop:
                foreach (var g in Targets(drop.Target)) ClearGraph(g);
                break;
            case CreateOperation create:
                if (_store.HasGraph(create.Graph) && !create.Silent) throw new QueryEvaluationException($"CREATE: graph <{create.Graph.Value}> already exists");
                break;
            case TransferOperation t:
                Transfer(t);
                break;
            case LoadOperation load:
                Load(load);
                break;
        }
    }

    private QueryContext NewContext() => new(_store, _options, _cancellationToken);

    private List<Term?> Targets(GraphTarget target)
    {
        var list = new List<Term?>();
        if (target.Kind is GraphTargetKind.Default or GraphTargetKind.All) list.Add(null);
        if (target.Kind == GraphTargetKind.Graph) list.Add(target.Iri);
        if (target.Kind is GraphTargetKind.Named or GraphTargetKind.All) list.AddRange(_store.NamedGraphs);
        return list;
    }

    private void ClearGraph(Term? graph)
    {
        foreach (var q in _store.Match(null, null, null, graph).ToList()) Remove(q);
    }

    private void Transfer(TransferOperation t)
    {
        var source = t.Source.Kind == GraphTargetKind.Default ? null : (Term?)t.Source.Iri;
        var dest = t.Destination.Kind == GraphTargetKind.Default ? null : (Term?)t.Destination.Iri;
        if (Equals(source, dest)) return;
        var triples = _store.Match(null, null, null, source).ToList();
        if (t.Kind is TransferKind.Copy or TransferKind.Move) ClearGraph(dest);
        foreach (var q in triples) Add(q.InGraph(dest));
        if (t.Kind == TransferKind.Move) ClearGraph(source);
    }

    private void Load(LoadOperation load)
    {
        try
        {
            IEnumerable<Quad> quads;
            if (_options.FetchedLoads.TryGetValue(load.Source.Value, out var fetched))
            {
                quads = fetched;
            }
            else if (_options.Loader is { } loader)
            {
                // Materialised first, so a document that fails half-way adds nothing.
                quads = loader.Load(load.Source, _cancellationToken).ToList();
            }
            else if (!new Uri(load.Source.Value).IsFile)
            {
                // Only what the allow-list let be fetched beforehand: an update must not make the server fetch any URL
                // (its own loopback services included).
                throw new QueryEvaluationException($"LOAD <{load.Source.Value}>: not a source LOAD may fetch (LoadSources); send the data with PUT /store or INSERT DATA instead");
            }
            else
            {
                throw new QueryEvaluationException($"LOAD <{load.Source.Value}>: loading files is off (no loader is configured)");
            }
            foreach (var q in quads)
            {
                if (load.Into is null) Add(q);
                else if (q.Graph is null) Add(q.InGraph(load.Into));
            }
        }
        catch (Exception e) when (load.Silent && e is not OperationCanceledException)
        {
        }
        catch (Exception e) when (e is not QueryEvaluationException and not OperationCanceledException)
        {
            throw new QueryEvaluationException($"LOAD <{load.Source.Value}>: {e.Message}");
        }
    }

    private void Modify(ModifyOperation mod)
    {
        var ctx = NewContext();
        if (mod.Using.Count > 0 || mod.UsingNamed.Count > 0)
        {
            ctx.DefaultGraphs = mod.Using.Cast<Term?>().ToList();
            ctx.NamedGraphs = mod.UsingNamed.Cast<Term>().ToList();
        }
        else if (mod.With is not null)
        {
            ctx.DefaultGraphs = [mod.With];
        }
        var algebra = new AlgebraTranslator().TranslateGroup(mod.Where);
        var evaluator = new AlgebraEvaluator(ctx);
        // Every solution, then every quad to delete and insert, is held until the store changes: all charged.
        using var memory = ctx.Memory.Hold();
        var solutions = new List<Term?[]>();
        foreach (var row in evaluator.Evaluate(algebra))
        {
            memory.Add(MemoryBudget.SizeOf(row));
            solutions.Add(row);
        }
        var deletes = new List<Quad>();
        var inserts = new List<Quad>();
        foreach (var row in solutions)
        {
            ctx.Check();
            foreach (var q in mod.Delete)
            {
                if (Ground(q, row, [], ctx, mod.With) is not { } quad) continue;
                memory.Add(QuadBytes);
                deletes.Add(quad);
            }
            var blanks = new Dictionary<string, BlankNode>(StringComparer.Ordinal);
            foreach (var q in mod.Insert)
            {
                if (Ground(q, row, blanks, ctx, mod.With) is not { } quad) continue;
                memory.Add(QuadBytes);
                inserts.Add(quad);
            }
        }
        foreach (var q in deletes) Remove(q);
        foreach (var q in inserts) Add(q);
    }

    /// <summary>A quad to delete or insert, whose terms the solutions (already charged) or the template hold.</summary>
    private const long QuadBytes = 64;

    /// <summary>A template quad with the solution's values; null when a variable is unbound or the triple is invalid.</summary>
    private static Quad? Ground(QuadPattern q, Term?[] row, Dictionary<string, BlankNode> blanks, QueryContext ctx, Iri? defaultGraph = null)
    {
        var s = QueryExecutor.Instantiate(q.Subject, row, blanks, ctx);
        var p = QueryExecutor.Instantiate(q.Predicate, row, blanks, ctx);
        var o = QueryExecutor.Instantiate(q.Object, row, blanks, ctx);
        Term? g = q.Graph is null ? defaultGraph : QueryExecutor.Instantiate(q.Graph, row, blanks, ctx);
        if (s is null or Literal || p is not Iri pi || o is null) return null;
        if (q.Graph is not null && g is null or Literal) return null;
        return new Quad(s, pi, o, g);
    }
}
