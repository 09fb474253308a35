using KgExport.Rdf.Syntax;

namespace KgExport.Rdf;

/// <summary>
/// Pretty writer for Turtle (<c>allowGraphs: false</c>) and TriG. Statements are buffered by <see cref="Write"/>
/// (terms interned, so a million statements stay compact) and written, sorted and grouped, by <see cref="Finish"/>:
/// the same dataset and options always give the same bytes. Only prefixes that are actually used are declared.
/// Turtle rejects a statement in a named graph with <see cref="RdfWriteException"/>.
/// </summary>
public sealed class TurtleWriter : IQuadWriter
{
    private readonly TextWriter _output;
    private readonly WriterOptions _options;
    private readonly bool _allowGraphs;
    private readonly Dictionary<Term, int> _ids = [];
    private readonly List<Term> _terms = [];
    private readonly List<RankedQuad> _quads = [];
    private bool _finished;
    private (Term? Term, int Id) _lastGraph = (null, -1);
    private (Term? Term, int Id) _lastSubject = (null, -1);
    private (Term? Term, int Id) _lastPredicate = (null, -1);

    public TurtleWriter(TextWriter output, WriterOptions options, bool allowGraphs)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        _output = output;
        _options = options;
        _allowGraphs = allowGraphs;
    }

    public bool AllowGraphs => _allowGraphs;

    public WriterOptions Options => _options;

    /// <summary>Observed by <see cref="Finish"/>, which sorts and writes everything buffered.</summary>
    public CancellationToken CancellationToken { get; init; }

    /// <summary>Refuses a quad in a named graph when the output is Turtle, which cannot say graphs (the one wording for both Turtle writers).</summary>
    internal static void EnsureGraphAllowed(Quad quad, bool allowGraphs)
    {
        if (quad.Graph is not null && !allowGraphs)
        {
            throw new RdfWriteException(
                $"Turtle has no named graphs, but the triple {NTriplesFormatter.Format(quad.InGraph(null))} is in the graph "
                + $"{NTriplesFormatter.Format(quad.Graph)}; write TriG or N-Quads instead.");
        }
    }

    public void Write(Quad quad)
    {
        if (_finished) throw new InvalidOperationException("The writer has already finished.");
        EnsureGraphAllowed(quad, _allowGraphs);
        // Statements usually arrive grouped by graph and subject, so the previous ids are reused without hashing.
        if (quad.Graph is null) _lastGraph = (null, -1);
        else if (!quad.Graph.Equals(_lastGraph.Term)) _lastGraph = (quad.Graph, Intern(quad.Graph));
        if (!quad.Subject.Equals(_lastSubject.Term)) _lastSubject = (quad.Subject, Intern(quad.Subject));
        if (!quad.Predicate.Equals(_lastPredicate.Term)) _lastPredicate = (quad.Predicate, Intern(quad.Predicate));
        _quads.Add(new RankedQuad(_lastGraph.Id, _lastSubject.Id, _lastPredicate.Id, Intern(quad.Object)));
    }

    public void Finish()
    {
        if (_finished) throw new InvalidOperationException("The writer has already finished.");
        _finished = true;
        var ct = CancellationToken;
        var table = StatementTable.Build(_terms, _quads, ct);
        _quads.Clear();
        _ids.Clear();
        var nesting = new BlankNodeNesting(table, ct);
        var terms = new TurtleTerms(_options.Prefixes, _options.BaseIri, BlankLabels(table, nesting));
        var renderer = new TurtleRenderer(table, nesting, terms);

        // A first pass into nowhere finds which prefixes the body uses, so only those are declared.
        renderer.Measure(ct);

        var prologue = false;
        if (_options.BaseIri is not null)
        {
            _output.Write("@base <");
            _output.Write(_options.BaseIri);
            _output.Write("> .\n");
            prologue = true;
        }
        foreach (var (prefix, ns) in terms.UsedPrefixes)
        {
            _output.Write("@prefix ");
            _output.Write(prefix);
            _output.Write(": <");
            _output.Write(ns);
            _output.Write("> .\n");
            prologue = true;
        }
        if (prologue && table.Quads.Length > 0) _output.Write('\n');
        renderer.WriteBody(_output, ct);
        _output.Flush();
    }

    private int Intern(Term term)
    {
        if (_ids.TryGetValue(term, out var id)) return id;
        id = _terms.Count;
        _ids.Add(term, id);
        _terms.Add(term);
        return id;
    }

    // Labels as given where the grammar allows them; repaired labels never collide with another node's label.
    private static Dictionary<string, string> BlankLabels(StatementTable table, BlankNodeNesting nesting)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var repair = new List<string>();
        for (var r = 0; r < table.Terms.Length && table.Terms[r] is BlankNode b; r++)
        {
            if (!nesting.NeedsLabel(r)) continue;
            if (BlankNodeLabels.IsValid(b.Label))
            {
                labels[b.Label] = b.Label;
                taken.Add(b.Label);
            }
            else
            {
                repair.Add(b.Label);
            }
        }
        foreach (var label in repair)
        {
            var candidate = BlankNodeLabels.Sanitize(label);
            var unique = candidate;
            for (var n = 1; !taken.Add(unique); n++) unique = candidate + "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            labels[label] = unique;
        }
        return labels;
    }
}
