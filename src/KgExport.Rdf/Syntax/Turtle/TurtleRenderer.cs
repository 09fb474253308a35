using System.Text;

namespace KgExport.Rdf.Syntax;

/// <summary>
/// Lays out a sorted <see cref="StatementTable"/> as Turtle or TriG: one block per subject with <c>;</c> between
/// predicates and <c>,</c> between objects, <c>a</c> for rdf:type, nested blank nodes and collections inline, and
/// (TriG) the default graph unwrapped followed by each named graph as <c>name { ... }</c>.
/// </summary>
internal sealed class TurtleRenderer
{
    private const string Indent = "    ";
    private const int FlushAt = 1 << 16;

    private readonly StatementTable _table;
    private readonly BlankNodeNesting _nesting;
    private readonly TurtleTerms _terms;
    private readonly StringBuilder _sb = new();
    private readonly int _nilRank;
    private readonly string?[] _iriText;
    private TextWriter _output = TextWriter.Null;
    private bool _measuring;

    public TurtleRenderer(StatementTable table, BlankNodeNesting nesting, TurtleTerms terms)
    {
        _table = table;
        _nesting = nesting;
        _terms = terms;
        _nilRank = table.RankOf(Vocab.Rdf.Nil);
        _iriText = new string?[table.Terms.Length];
    }

    /// <summary>
    /// Runs the layout without producing text, only to learn which prefixes the body uses (literal text, the bulk
    /// of the work, is skipped; their datatypes are still noted).
    /// </summary>
    public void Measure(CancellationToken cancellationToken)
    {
        _measuring = true;
        try
        {
            WriteBody(TextWriter.Null, cancellationToken);
        }
        finally
        {
            _measuring = false;
        }
    }

    /// <summary>Writes the body (everything after the prologue). Returns whether anything was written.</summary>
    public bool WriteBody(TextWriter output, CancellationToken cancellationToken)
    {
        _output = output;
        var quads = _table.Quads;
        var wroteAny = false;
        var i = 0;
        while (i < quads.Length)
        {
            var graph = quads[i].G;
            var graphEnd = i;
            while (graphEnd < quads.Length && quads[graphEnd].G == graph) graphEnd++;

            if (wroteAny) _sb.Append('\n');
            var indent = "";
            if (graph >= 0)
            {
                AppendTerm(graph);
                _sb.Append(" {\n");
                indent = Indent;
            }
            var firstBlock = true;
            var s = i;
            while (s < graphEnd)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var subject = quads[s].S;
                var subjectEnd = s;
                while (subjectEnd < graphEnd && quads[subjectEnd].S == subject) subjectEnd++;
                if (!_nesting.IsNested(subject))
                {
                    if (!firstBlock) _sb.Append('\n');
                    firstBlock = false;
                    _sb.Append(indent);
                    if (_nesting.IsAnonymousRoot(subject))
                    {
                        _sb.Append('[');
                        AppendPredicateObjects(s, subjectEnd, indent + Indent, multiLineStart: true);
                        _sb.Append('\n').Append(indent).Append("] .\n");
                    }
                    else
                    {
                        AppendTerm(subject);
                        _sb.Append(' ');
                        AppendPredicateObjects(s, subjectEnd, indent + Indent, multiLineStart: false);
                        _sb.Append(" .\n");
                    }
                    FlushIfLarge();
                }
                s = subjectEnd;
            }
            if (graph >= 0) _sb.Append("}\n");
            wroteAny = true;
            i = graphEnd;
        }
        Flush();
        return wroteAny;
    }

    // "p o1, o2 ;\n<indent>q o3" for the statements [start, end) of one subject.
    private void AppendPredicateObjects(int start, int end, string indent, bool multiLineStart)
    {
        var quads = _table.Quads;
        var i = start;
        var firstPredicate = true;
        while (i < end)
        {
            var predicate = quads[i].P;
            if (firstPredicate)
            {
                if (multiLineStart) _sb.Append('\n').Append(indent);
            }
            else
            {
                _sb.Append(" ;\n").Append(indent);
            }
            firstPredicate = false;
            if (predicate == _table.TypeRank) _sb.Append('a');
            else AppendTerm(predicate);
            _sb.Append(' ');
            var firstObject = true;
            while (i < end && quads[i].P == predicate)
            {
                if (!firstObject) _sb.Append(", ");
                firstObject = false;
                AppendObject(quads[i].O, indent);
                i++;
            }
        }
    }

    private void AppendObject(int rank, string indent)
    {
        if (rank == _nilRank)
        {
            _sb.Append("()");
            return;
        }
        if (!_nesting.IsNested(rank))
        {
            AppendTerm(rank);
            return;
        }
        var items = _nesting.ListItems(rank);
        if (items is not null)
        {
            _sb.Append('(');
            foreach (var item in items)
            {
                _sb.Append(' ');
                AppendObject(item, indent);
            }
            _sb.Append(" )");
            return;
        }
        var (start, end) = _nesting.Statements(rank);
        if (start == end)
        {
            _sb.Append("[]");
            return;
        }
        _sb.Append('[');
        AppendPredicateObjects(start, end, indent + Indent, multiLineStart: true);
        _sb.Append('\n').Append(indent).Append(']');
    }

    // IRIs repeat (predicates, classes, shared resources), so each is rendered once and reused.
    private void AppendTerm(int rank)
    {
        var term = _table.Terms[rank];
        switch (term)
        {
            case Iri:
                if (_iriText[rank] is not { } text)
                {
                    var mark = _sb.Length;
                    _terms.Append(_sb, term);
                    text = _iriText[rank] = _sb.ToString(mark, _sb.Length - mark);
                    _sb.Length = mark;
                }
                _sb.Append(text);
                break;
            case Literal literal when _measuring:
                _terms.NoteLiteral(literal);
                break;
            default:
                _terms.Append(_sb, term);
                break;
        }
    }

    private void FlushIfLarge()
    {
        if (_sb.Length >= FlushAt) Flush();
    }

    private void Flush()
    {
        foreach (var chunk in _sb.GetChunks()) _output.Write(chunk.Span);
        _sb.Clear();
    }
}
