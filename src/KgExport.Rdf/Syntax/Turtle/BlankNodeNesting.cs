namespace KgExport.Rdf.Syntax;

/// <summary>
/// Decides how each blank node is written: nested as <c>[ ... ]</c> (or as a collection) where it is referenced,
/// anonymous at the top level (<c>[ ... ] .</c>), or with its label. A blank node nests when it is the object of
/// exactly one statement, is not a graph name, and has no statements in another graph; cycles of such nodes are
/// broken by labelling their first member in term order, so nesting never loops.
/// </summary>
internal sealed class BlankNodeNesting
{
    private const int NoGraph = int.MinValue;
    private const int ManyGraphs = int.MinValue + 1;

    private readonly StatementTable _table;
    private readonly bool[] _nested;
    private readonly bool[] _anonymousRoot;
    private readonly int[] _runStart;
    private readonly int[] _runEnd;
    private readonly int _firstRank;
    private readonly int _restRank;
    private readonly int _nilRank;

    public BlankNodeNesting(StatementTable table, CancellationToken cancellationToken)
    {
        _table = table;
        var terms = table.Terms;
        var quads = table.Quads;
        var n = terms.Length;

        // Blank nodes sort first, so only ranks below this can be blank nodes.
        var blankCount = 0;
        while (blankCount < n && terms[blankCount] is BlankNode) blankCount++;

        _nested = new bool[blankCount];
        _anonymousRoot = new bool[blankCount];
        _runStart = new int[blankCount];
        _runEnd = new int[blankCount];
        _firstRank = table.RankOf(Vocab.Rdf.First);
        _restRank = table.RankOf(Vocab.Rdf.Rest);
        _nilRank = table.RankOf(Vocab.Rdf.Nil);
        if (blankCount == 0) return;

        var references = new int[blankCount];
        var referrer = new int[blankCount];
        var referenceGraph = new int[blankCount];
        var subjectGraph = new int[blankCount];
        var isGraphName = new bool[blankCount];
        Array.Fill(subjectGraph, NoGraph);

        for (var i = 0; i < quads.Length; i++)
        {
            var q = quads[i];
            if (q.S < blankCount)
            {
                if (subjectGraph[q.S] == NoGraph)
                {
                    subjectGraph[q.S] = q.G;
                    _runStart[q.S] = i;
                }
                else if (subjectGraph[q.S] != q.G)
                {
                    subjectGraph[q.S] = ManyGraphs;
                }
                _runEnd[q.S] = i + 1;
            }
            if (q.O < blankCount)
            {
                if (references[q.O]++ == 0)
                {
                    referrer[q.O] = q.S;
                    referenceGraph[q.O] = q.G;
                }
            }
            if (q.G >= 0 && q.G < blankCount) isGraphName[q.G] = true;
        }
        cancellationToken.ThrowIfCancellationRequested();

        var candidate = new bool[blankCount];
        for (var b = 0; b < blankCount; b++)
        {
            var ownGraph = subjectGraph[b];
            if (isGraphName[b] || ownGraph == ManyGraphs) continue;
            if (references[b] == 1 && (ownGraph == NoGraph || ownGraph == referenceGraph[b])) candidate[b] = true;
            else if (references[b] == 0 && ownGraph != NoGraph) _anonymousRoot[b] = true;
        }

        // Follow each candidate's chain of referrers; a chain that comes back on itself is a cycle, broken at its
        // lowest-ranked member, which is then written with its label.
        const byte Unknown = 0, Visiting = 1, Nested = 2, Labelled = 3;
        var state = new byte[blankCount];
        var path = new List<int>();
        for (var b = 0; b < blankCount; b++)
        {
            if (!candidate[b] || state[b] != Unknown) continue;
            path.Clear();
            var x = b;
            while (x < blankCount && candidate[x] && state[x] == Unknown)
            {
                state[x] = Visiting;
                path.Add(x);
                x = referrer[x];
            }
            if (x < blankCount && candidate[x] && state[x] == Visiting)
            {
                var cycleStart = path.IndexOf(x);
                var breaker = path.Skip(cycleStart).Min();
                foreach (var member in path) state[member] = member == breaker ? Labelled : Nested;
            }
            else
            {
                foreach (var member in path) state[member] = Nested;
            }
        }
        for (var b = 0; b < blankCount; b++) _nested[b] = state[b] == Nested;
        LimitDepth(referrer);
    }

    /// <summary>
    /// Keeps the output within what a reader takes (<see cref="NestingLimit.Max"/> levels of [ ] and ( ), counted as
    /// the Turtle reader counts them) and within what the recursive renderer can write: a node that would be nested
    /// deeper is written with its label at the top level instead, and the nodes nested in it count from there.
    /// </summary>
    private void LimitDepth(int[] referrer)
    {
        var blankCount = _nested.Length;
        var pending = new Stack<(int Rank, int Depth)>();
        for (var b = 0; b < blankCount; b++)
        {
            if (_nested[b] && !IsNested(referrer[b])) pending.Push((b, 1));
        }
        while (pending.TryPop(out var top))
        {
            var (rank, depth) = top;
            if (depth > NestingLimit.Max)
            {
                _nested[rank] = false;
                depth = 0;
            }
            // A collection's items are one level inside it; its tail nodes are written as part of it.
            if (ListItems(rank) is { } items)
            {
                foreach (var item in items)
                {
                    if (IsNested(item)) pending.Push((item, depth + 1));
                }
                continue;
            }
            var (start, end) = Statements(rank);
            for (var i = start; i < end; i++)
            {
                var o = _table.Quads[i].O;
                if (IsNested(o)) pending.Push((o, depth + 1));
            }
        }
    }

    /// <summary>Written inline where it is referenced, never as a subject of its own.</summary>
    public bool IsNested(int rank) => rank < _nested.Length && _nested[rank];

    /// <summary>Not referenced anywhere: written at the top level as <c>[ ... ] .</c>.</summary>
    public bool IsAnonymousRoot(int rank) => rank < _anonymousRoot.Length && _anonymousRoot[rank];

    /// <summary>Whether a blank node needs its label in the output.</summary>
    public bool NeedsLabel(int rank) => rank < _nested.Length && !_nested[rank] && !_anonymousRoot[rank];

    /// <summary>The statements of a nested or anonymous blank node: [start, end) in the table.</summary>
    public (int Start, int End) Statements(int rank) =>
        rank < _runEnd.Length && _runEnd[rank] > 0 ? (_runStart[rank], _runEnd[rank]) : (0, 0);

    /// <summary>
    /// If the nested blank node heads a well-formed list (each node has exactly one rdf:first and one rdf:rest, every
    /// tail node is nested, and the chain ends in rdf:nil), its items; otherwise null.
    /// </summary>
    public List<int>? ListItems(int head)
    {
        if (_firstRank < 0 || _restRank < 0 || _nilRank < 0 || !IsNested(head)) return null;
        var items = new List<int>();
        var node = head;
        while (true)
        {
            var (start, end) = Statements(node);
            if (end - start != 2) return null;
            var first = _table.Quads[start];
            var rest = _table.Quads[start + 1];
            if (first.P != _firstRank || rest.P != _restRank) return null;
            items.Add(first.O);
            if (rest.O == _nilRank) return items;
            if (!IsNested(rest.O)) return null;
            node = rest.O;
        }
    }
}
