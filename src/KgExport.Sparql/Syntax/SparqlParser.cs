using KgExport.Rdf;
using KgExport.Sparql.Algebra;

namespace KgExport.Sparql.Syntax;

/// <summary>
/// A recursive-descent parser for the SPARQL 1.1 Query and Update grammar. Prefixes and BASE are resolved while
/// parsing, so the syntax tree holds absolute IRIs only. Errors are <see cref="SparqlSyntaxException"/>s.
/// </summary>
public sealed partial class SparqlParser
{
    /// <summary>
    /// How deeply groups, brackets, function calls, paths and [ ] / ( ) nodes may nest. The parser recurses once
    /// per level, so the limit keeps a hostile query from exhausting the stack (an uncatchable crash).
    /// </summary>
    public const int MaxNesting = 256;

    private readonly List<Token> _tokens;
    private int _depth;
    private int _index;
    private PrefixMap _prefixes = new();
    private string? _baseIri;
    private int _anonCounter;
    private bool _templateMode;
    private bool _aggregatesAllowed;

    // Blank node labels: the scope (basic graph pattern, or update operation) each label was first used in.
    private readonly Dictionary<string, int> _labelScopes = new(StringComparer.Ordinal);
    private int _labelScope;
    private int _scopeCounter;

    private readonly string _text;
    private readonly TextPositionFinder _positions;

    private SparqlParser(string text, string? baseIri)
    {
        _tokens = SparqlLexer.Tokenize(text);
        _baseIri = baseIri;
        _text = text;
        _positions = new TextPositionFinder(text);
    }

    /// <summary>Where a token starts, for the syntax tree (whose semantic checks come after parsing) and for errors.</summary>
    private TextPosition PositionOf(Token token) => _positions.At(token.Index);

    /// <summary>
    /// The text of a SERVICE group as a query of its own: this query's BASE and prefixes, then SELECT * over the group
    /// exactly as written, so the remote endpoint reads what the user wrote.
    /// </summary>
    private string RemoteQuery(Token open, Token close)
    {
        var text = new System.Text.StringBuilder();
        if (_baseIri is not null) text.Append("BASE <").Append(_baseIri).Append(">\n");
        foreach (var (prefix, ns) in _prefixes.Entries) text.Append("PREFIX ").Append(prefix).Append(": <").Append(ns).Append(">\n");
        text.Append("SELECT * WHERE ").Append(_text, open.Index, close.Index + 1 - open.Index).Append('\n');
        return text.ToString();
    }

    internal static QuerySyntax ParseQuery(string text, string? baseIri = null)
    {
        var parser = new SparqlParser(text, baseIri);
        var query = parser.Query();
        parser.ExpectEnd();
        return query;
    }

    /// <summary>Parses an update request without translating its WHERE patterns (<see cref="SparqlUpdate.Parse"/> checks them too).</summary>
    public static UpdateRequest ParseUpdate(string text, string? baseIri = null)
    {
        var parser = new SparqlParser(text, baseIri);
        var update = parser.Update();
        parser.ExpectEnd();
        return update;
    }

    // ---- token helpers ----

    private Token Current => _tokens[_index];

    private Token PeekToken(int ahead) => _tokens[Math.Min(_index + ahead, _tokens.Count - 1)];

    private Token Advance()
    {
        var t = _tokens[_index];
        if (_index < _tokens.Count - 1) _index++;
        return t;
    }

    private SparqlSyntaxException Expected(string what) => ErrorAt(Current, $"expected {what}, found {Current.Describe()}");

    private SparqlSyntaxException ErrorAt(Token t, string reason) => new(PositionOf(t), reason);

    private void EnterNesting()
    {
        if (++_depth > MaxNesting) throw ErrorAt(Current, $"nesting deeper than {MaxNesting} levels");
    }

    private void LeaveNesting() => _depth--;

    private bool AcceptPunct(string p)
    {
        if (!Current.Is(p)) return false;
        Advance();
        return true;
    }

    private bool AcceptWord(string w)
    {
        if (!Current.IsWord(w)) return false;
        Advance();
        return true;
    }

    private void ExpectPunct(string p)
    {
        if (!AcceptPunct(p)) throw Expected($"'{p}'");
    }

    private void ExpectWord(string w)
    {
        if (!AcceptWord(w)) throw Expected(w);
    }

    private void ExpectEnd()
    {
        if (Current.Kind != TokenKind.End) throw Expected("end of input");
    }

    private bool IsNil => Current.Is("(") && PeekToken(1).Is(")");

    // ---- prologue ----

    private void Prologue()
    {
        while (true)
        {
            if (AcceptWord("BASE"))
            {
                if (Current.Kind != TokenKind.IriRef) throw Expected("an IRI after BASE");
                _baseIri = Resolve(Advance());
            }
            else if (AcceptWord("PREFIX"))
            {
                if (Current.Kind != TokenKind.PrefixedName || Current.Text.Length != 0) throw Expected("a prefix name like 'ex:' after PREFIX");
                var prefix = Advance().Prefix!;
                if (Current.Kind != TokenKind.IriRef) throw Expected("an IRI after the prefix name");
                _prefixes.Set(prefix, Resolve(Advance()));
            }
            else
            {
                return;
            }
        }
    }

    private string Resolve(Token iriToken)
    {
        var text = iriToken.Text;
        if (IriResolver.HasScheme(text) || _baseIri is null) return text;
        return IriResolution.Resolve(_baseIri, text);
    }

    private Iri IriTerm()
    {
        var t = Current;
        switch (t.Kind)
        {
            case TokenKind.IriRef:
                Advance();
                return new Iri(Resolve(t));
            case TokenKind.PrefixedName:
                Advance();
                if (!_prefixes.TryGetNamespace(t.Prefix!, out var ns)) throw ErrorAt(t, $"undeclared prefix '{t.Prefix}:'");
                return new Iri(ns + t.Text);
            default:
                throw Expected("an IRI");
        }
    }

    private bool AtIri => Current.Kind is TokenKind.IriRef or TokenKind.PrefixedName;

    // ---- queries ----

    private QuerySyntax Query()
    {
        Prologue();
        var q = new QuerySyntax { Position = PositionOf(Current) };
        if (Current.IsWord("SELECT"))
        {
            SelectClause(q);
            DatasetClauses(q);
            q.Where = WhereClause(required: true);
            SolutionModifier(q);
        }
        else if (AcceptWord("CONSTRUCT"))
        {
            q.Form = QueryForm.Construct;
            if (Current.Is("{"))
            {
                q.ConstructTemplate.AddRange(ConstructTemplate());
                DatasetClauses(q);
                q.Where = WhereClause(required: true);
            }
            else
            {
                DatasetClauses(q);
                ExpectWord("WHERE");
                var open = Current;
                ExpectPunct("{");
                // CONSTRUCT WHERE { triples }: the template is the pattern.
                var triples = new List<PathTriple>();
                if (!Current.Is("}")) TriplesBlock(triples, allowPaths: false);
                ExpectPunct("}");
                foreach (var t in triples)
                {
                    if (t.Predicate is null) throw ErrorAt(open, "CONSTRUCT WHERE allows only simple triple patterns");
                    q.ConstructTemplate.Add(new TriplePattern(t.Subject, t.Predicate, t.Object));
                }
                var g = new GroupSyntax { Position = PositionOf(open) };
                g.Elements.Add(new TriplesElement(triples));
                q.Where = g;
            }
            SolutionModifier(q);
        }
        else if (AcceptWord("DESCRIBE"))
        {
            q.Form = QueryForm.Describe;
            if (AcceptPunct("*"))
            {
                q.SelectAll = true;
            }
            else
            {
                do
                {
                    q.DescribeTargets.Add(Current.Kind == TokenKind.Variable ? VariableNode() : new TermNode(IriTerm()));
                }
                while (Current.Kind is TokenKind.Variable or TokenKind.IriRef or TokenKind.PrefixedName);
            }
            DatasetClauses(q);
            q.Where = WhereClause(required: false);
            SolutionModifier(q);
        }
        else if (AcceptWord("ASK"))
        {
            q.Form = QueryForm.Ask;
            DatasetClauses(q);
            q.Where = WhereClause(required: true);
            SolutionModifier(q);
        }
        else
        {
            throw Expected("SELECT, CONSTRUCT, DESCRIBE or ASK");
        }
        if (AcceptWord("VALUES")) q.Values = DataBlock();
        q.Prefixes = _prefixes.Clone();
        q.BaseIri = _baseIri;
        return q;
    }

    private void SelectClause(QuerySyntax q)
    {
        ExpectWord("SELECT");
        q.Form = QueryForm.Select;
        if (AcceptWord("DISTINCT")) q.Distinct = true;
        else if (AcceptWord("REDUCED")) q.Reduced = true;
        if (AcceptPunct("*"))
        {
            q.SelectAll = true;
            return;
        }
        while (true)
        {
            var at = PositionOf(Current);
            if (Current.Kind == TokenKind.Variable)
            {
                q.Projection.Add(new SelectItem(VariableNode(), null, at));
            }
            else if (Current.Is("("))
            {
                Advance();
                _aggregatesAllowed = true;
                var e = Expression();
                _aggregatesAllowed = false;
                ExpectWord("AS");
                var v = VariableNode();
                ExpectPunct(")");
                q.Projection.Add(new SelectItem(v, e, at));
            }
            else
            {
                break;
            }
        }
        if (q.Projection.Count == 0) throw Expected("'*', a variable or '(' expression AS variable ')'");
    }

    private void DatasetClauses(QuerySyntax q)
    {
        while (AcceptWord("FROM"))
        {
            if (AcceptWord("NAMED")) q.FromNamed.Add(IriTerm());
            else q.From.Add(IriTerm());
        }
    }

    private GroupSyntax? WhereClause(bool required)
    {
        var hadWhere = AcceptWord("WHERE");
        if (!Current.Is("{"))
        {
            if (required || hadWhere) throw Expected("'{'");
            return null;
        }
        return GroupGraphPattern();
    }

    private void SolutionModifier(QuerySyntax q)
    {
        if (AcceptWord("GROUP"))
        {
            ExpectWord("BY");
            do
            {
                q.GroupBy.Add(GroupConditionClause());
            }
            while (Current.Kind == TokenKind.Variable || Current.Is("(") || IsBuiltInStart() || AtIri);
        }
        if (AcceptWord("HAVING"))
        {
            _aggregatesAllowed = true;
            do
            {
                q.Having.Add(Constraint());
            }
            while (Current.Is("(") || IsBuiltInStart() || AtIri);
            _aggregatesAllowed = false;
        }
        if (AcceptWord("ORDER"))
        {
            ExpectWord("BY");
            _aggregatesAllowed = true;
            do
            {
                if (Current.IsWord("ASC") || Current.IsWord("DESC"))
                {
                    var desc = Advance().IsWord("DESC");
                    if (!Current.Is("(")) throw Expected("'(' after ASC/DESC");
                    q.OrderBy.Add(new OrderCondition(BrackettedExpression(), desc));
                }
                else if (Current.Kind == TokenKind.Variable)
                {
                    q.OrderBy.Add(new OrderCondition(new VariableExpression(VariableNode()), false));
                }
                else
                {
                    q.OrderBy.Add(new OrderCondition(Constraint(), false));
                }
            }
            while (Current.Kind == TokenKind.Variable || Current.Is("(") || Current.IsWord("ASC") || Current.IsWord("DESC") || IsBuiltInStart() || AtIri);
            _aggregatesAllowed = false;
            if (q.OrderBy.Count == 0) throw Expected("an order condition");
        }
        for (var i = 0; i < 2; i++)
        {
            if (AcceptWord("LIMIT"))
            {
                if (q.Limit is not null) throw Expected("a single LIMIT");
                q.Limit = IntegerValue();
            }
            else if (AcceptWord("OFFSET"))
            {
                q.Offset = IntegerValue();
            }
        }
    }

    private long IntegerValue()
    {
        if (Current.Kind != TokenKind.Integer) throw Expected("an integer");
        var t = Advance();
        return long.TryParse(t.Text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var v)
            ? v
            : throw ErrorAt(t, "integer too large");
    }

    private GroupCondition GroupConditionClause()
    {
        if (Current.Kind == TokenKind.Variable) return new GroupCondition(new VariableExpression(VariableNode()), null);
        if (Current.Is("("))
        {
            Advance();
            var e = Expression();
            Variable? alias = null;
            if (AcceptWord("AS")) alias = VariableNode();
            ExpectPunct(")");
            return new GroupCondition(e, alias);
        }
        return new GroupCondition(Constraint(), null);
    }

    /// <summary>Constraint: a bracketted expression, a built-in call or a function call.</summary>
    private Expression Constraint()
    {
        if (Current.Is("(")) return BrackettedExpression();
        if (AtIri) return IriOrFunction(requireCall: true);
        if (IsBuiltInStart()) return BuiltInCall();
        throw Expected("a constraint: '(' expression ')', a built-in call or a function call");
    }

    private List<TriplePattern> ConstructTemplate()
    {
        ExpectPunct("{");
        var triples = new List<PathTriple>();
        var saved = _templateMode;
        _templateMode = true;
        if (!Current.Is("}")) TriplesBlock(triples, allowPaths: false);
        _templateMode = saved;
        ExpectPunct("}");
        return triples.Select(t => new TriplePattern(t.Subject, t.Predicate!, t.Object)).ToList();
    }

    private Table DataBlock()
    {
        var vars = new List<Variable>();
        var rows = new List<Term?[]>();
        if (Current.Kind == TokenKind.Variable)
        {
            vars.Add(VariableNode());
            ExpectPunct("{");
            while (!AcceptPunct("}")) rows.Add([DataBlockValue()]);
            return new Table(vars, rows);
        }
        if (IsNil)
        {
            Advance();
            Advance();
        }
        else
        {
            ExpectPunct("(");
            while (Current.Kind == TokenKind.Variable) vars.Add(VariableNode());
            ExpectPunct(")");
        }
        ExpectPunct("{");
        while (!AcceptPunct("}"))
        {
            var open = Current;
            ExpectPunct("(");
            var row = new Term?[vars.Count];
            var i = 0;
            while (!AcceptPunct(")"))
            {
                if (i >= vars.Count) throw ErrorAt(Current, $"too many values in a VALUES row (expected {vars.Count})");
                row[i++] = DataBlockValue();
            }
            if (i != vars.Count) throw ErrorAt(open, $"VALUES row has {i} values, expected {vars.Count}");
            rows.Add(row);
        }
        return new Table(vars, rows);
    }

    private Term? DataBlockValue()
    {
        if (AcceptWord("UNDEF")) return null;
        if (AtIri) return IriTerm();
        if (Current.Kind is TokenKind.String or TokenKind.Integer or TokenKind.Decimal or TokenKind.Double
            || Current.IsWord("true") || Current.IsWord("false") || Current.Is("-") || Current.Is("+"))
            return LiteralTerm();
        throw Expected("an IRI, a literal or UNDEF");
    }

    private Variable VariableNode()
    {
        if (Current.Kind != TokenKind.Variable) throw Expected("a variable");
        return new Variable(Advance().Text);
    }
}
