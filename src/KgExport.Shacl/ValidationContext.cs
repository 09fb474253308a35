using System.Diagnostics;
using KgExport.Rdf;
using KgExport.Sparql.Evaluation;

namespace KgExport.Shacl;

/// <summary>
/// The state of one validation run: the data graph, where results go, the memo of nested conformance checks
/// (sh:node, sh:not, sh:and, ...) and the run's limits. A (shape, node) pair already being checked counts as
/// conforming when reached again, so recursive shapes over cyclic data terminate.
/// </summary>
internal sealed class ValidationContext
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly MemoryBudget _resultMemory;

    private readonly Dictionary<(Shape, Term), bool> _conforms = [];
    private readonly HashSet<(Shape, Term)> _inProgress = [];
    private readonly HashSet<(Shape, Term)> _nested = [];
    private List<ValidationResult>? _results;
    private bool _failed;
    private int _depth;

    private DataGraph? _dataWithShapes;

    public ValidationContext(DataGraph data, DataGraph? shapes, ValidationLimits limits, CancellationToken cancellationToken)
    {
        Data = data;
        Shapes = shapes;
        Limits = limits;
        CancellationToken = cancellationToken;
        _resultMemory = new MemoryBudget(limits.MaxMemoryBytes);
    }

    public ValidationLimits Limits { get; }

    /// <summary>The name under which SHACL-SPARQL queries see the shapes graph, bound to $shapesGraph.</summary>
    public static readonly Iri ShapesGraphName = new("urn:x-kgexport:shapes-graph");

    public DataGraph Data { get; }

    /// <summary>The graph the shapes were read from, if known.</summary>
    public DataGraph? Shapes { get; }

    /// <summary>
    /// The graph a SHACL-SPARQL query runs over. A query that uses $shapesGraph gets a copy of the data with the shapes
    /// graph added as the named graph <see cref="ShapesGraphName"/> (built once per run, only when needed), and
    /// $shapesGraph bound to that name.
    /// </summary>
    public DataGraph QueryGraph(SparqlPreBinding query, Dictionary<string, Term> bindings)
    {
        if (!query.UsesShapesGraph || Shapes is null) return Data;
        bindings["shapesGraph"] = ShapesGraphName;
        if (_dataWithShapes is null)
        {
            var combined = new Dataset(Data.Dataset.Quads);
            foreach (var q in Shapes.Match(null, null, null)) combined.Add(q.InGraph(ShapesGraphName));
            _dataWithShapes = new DataGraph(combined, Data.Graph);
        }
        return _dataWithShapes;
    }

    public CancellationToken CancellationToken { get; }

    /// <summary>
    /// Honours cancellation and the run's time limit: at every shape and focus node, before each sh:pattern match. The
    /// clock is read at the first check and every <see cref="ChecksPerClockRead"/>th after it: each check is microseconds
    /// of work apart, and reading the clock at every one was a tenth of the cost of validating an article's graph.
    /// </summary>
    public void CheckTime()
    {
        CancellationToken.ThrowIfCancellationRequested();
        if ((_checks++ & (ChecksPerClockRead - 1)) == 0 && Limits.Timeout is { } t && _clock.Elapsed > t) throw TimedOut();
    }

    private const int ChecksPerClockRead = 16;

    private int _checks;

    /// <summary>What a SHACL-SPARQL query runs with: what is left of the run's time, and the memory limit.</summary>
    public QueryOptions QueryLimits()
    {
        TimeSpan? left = null;
        if (Limits.Timeout is { } t)
        {
            left = t - _clock.Elapsed;
            if (left <= TimeSpan.Zero) throw TimedOut();
        }
        return new QueryOptions { Timeout = left, MaxMemoryBytes = Limits.MaxMemoryBytes };
    }

    /// <summary>
    /// The error for a SHACL-SPARQL query of <paramref name="shape"/> stopped by a limit: the run's timeout (the query
    /// had what was left of it), or the query's memory limit.
    /// </summary>
    public ValidationLimitException Stopped(Term shape, QueryEvaluationException e) =>
        Limits.Timeout is { } t && _clock.Elapsed >= t ? TimedOut() : new($"validation stopped at shape {shape}: its SPARQL {e.Message}");

    private ValidationLimitException TimedOut() =>
        new($"validation timed out after {Limits.Timeout.GetValueOrDefault().TotalSeconds:0.###} s");

    /// <summary>Validates one focus node against a shape, appending its results.</summary>
    public void Validate(Shape shape, Term focus, List<ValidationResult> results)
    {
        var (savedResults, savedFailed) = (_results, _failed);
        _results = results;
        _failed = false;
        try
        {
            Run(shape, focus);
        }
        finally
        {
            (_results, _failed) = (savedResults, savedFailed);
        }
    }

    /// <summary>Whether a node conforms to a shape (no results of any severity), without recording results.</summary>
    public bool Conforms(Shape shape, Term node)
    {
        if (shape.Deactivated) return true;
        var key = (shape, node);
        if (_conforms.TryGetValue(key, out var known)) return known;
        if (!_inProgress.Add(key)) return true;
        var (savedResults, savedFailed) = (_results, _failed);
        _results = null;
        _failed = false;
        bool ok;
        try
        {
            Run(shape, node);
            ok = !_failed;
        }
        finally
        {
            (_results, _failed) = (savedResults, savedFailed);
            _inProgress.Remove(key);
        }
        _conforms[key] = ok;
        return ok;
    }

    /// <summary>True when the current check only needs a yes/no answer and already has its "no".</summary>
    public bool CanStop => _results is null && _failed;

    /// <summary>Reports a failed constraint. The message is only built when results are being recorded.</summary>
    public void Report(Shape shape, Term focus, Term? value, Iri component, Func<string> defaultMessage, PropertyPath? path = null)
    {
        _failed = true;
        if (_results is null) return;
        IReadOnlyList<Literal> messages = shape.Messages.Count > 0 ? shape.Messages : [new Literal(defaultMessage())];
        Record(new ValidationResult(focus, path ?? shape.Path, value, shape.Node, component, shape.Severity, messages));
    }

    /// <summary>Validates a value node against a nested property shape (sh:property), reporting into the current sink.</summary>
    public void ValidateNested(Shape shape, Term focus)
    {
        var key = (shape, focus);
        if (!_nested.Add(key)) return;
        try
        {
            Run(shape, focus);
        }
        finally
        {
            _nested.Remove(key);
        }
    }

    /// <summary>Reports a SHACL-SPARQL result, whose path, messages and source constraint come from the query.</summary>
    public void Report(ValidationResult result)
    {
        _failed = true;
        if (_results is not null) Record(result);
    }

    /// <summary>Keeps a result, within the run's memory limit: a run that finds more than it can hold has no report.</summary>
    private void Record(ValidationResult result)
    {
        var bytes = 128 + MemoryBudget.SizeOf(result.FocusNode) + (result.Value is null ? 0 : MemoryBudget.SizeOf(result.Value));
        foreach (var m in result.Messages) bytes += MemoryBudget.SizeOf(m);
        if (!_resultMemory.TryReserve(bytes))
        {
            throw new ValidationLimitException($"validation stopped: its results exceed the memory limit of {MemoryBudget.Describe(_resultMemory.Limit.GetValueOrDefault())}");
        }
        _results!.Add(result);
    }

    /// <summary>True when results are being recorded (not just a yes/no conformance check).</summary>
    public bool IsRecording => _results is not null;

    private void Run(Shape shape, Term focus)
    {
        if (shape.Deactivated) return;
        CheckTime();
        // Shapes that refer to shapes (sh:node, sh:property, ...) are checked recursively; a recursive shape over a
        // long chain in the data recurses once per node of the chain.
        if (++_depth > NestingLimit.Max)
            throw new ShapesGraphException(shape.Node, $"validating {focus} nests shapes deeper than {NestingLimit.Max} levels");
        try
        {
            IReadOnlyCollection<Term> values = shape is PropertyShape ps ? ps.PropertyPath.Evaluate(Data, focus) : [focus];
            foreach (var c in shape.Constraints)
            {
                c.Validate(this, shape, focus, values);
                if (CanStop) return;
            }
        }
        finally
        {
            _depth--;
        }
    }
}
