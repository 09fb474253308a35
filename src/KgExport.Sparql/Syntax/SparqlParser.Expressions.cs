using KgExport.Rdf;
using KgExport.Sparql.Algebra;

namespace KgExport.Sparql.Syntax;

public sealed partial class SparqlParser
{
    // Built-in functions with their allowed argument counts (min, max; -1 = any number).
    private static readonly Dictionary<string, (int Min, int Max)> BuiltIns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["STR"] = (1, 1), ["LANG"] = (1, 1), ["LANGMATCHES"] = (2, 2), ["DATATYPE"] = (1, 1), ["BOUND"] = (1, 1),
        ["IRI"] = (1, 1), ["URI"] = (1, 1), ["BNODE"] = (0, 1), ["RAND"] = (0, 0), ["ABS"] = (1, 1), ["CEIL"] = (1, 1),
        ["FLOOR"] = (1, 1), ["ROUND"] = (1, 1), ["CONCAT"] = (0, -1), ["SUBSTR"] = (2, 3), ["STRLEN"] = (1, 1),
        ["REPLACE"] = (3, 4), ["UCASE"] = (1, 1), ["LCASE"] = (1, 1), ["ENCODE_FOR_URI"] = (1, 1), ["CONTAINS"] = (2, 2),
        ["STRSTARTS"] = (2, 2), ["STRENDS"] = (2, 2), ["STRBEFORE"] = (2, 2), ["STRAFTER"] = (2, 2), ["YEAR"] = (1, 1),
        ["MONTH"] = (1, 1), ["DAY"] = (1, 1), ["HOURS"] = (1, 1), ["MINUTES"] = (1, 1), ["SECONDS"] = (1, 1),
        ["TIMEZONE"] = (1, 1), ["TZ"] = (1, 1), ["NOW"] = (0, 0), ["UUID"] = (0, 0), ["STRUUID"] = (0, 0), ["MD5"] = (1, 1),
        ["SHA1"] = (1, 1), ["SHA256"] = (1, 1), ["SHA384"] = (1, 1), ["SHA512"] = (1, 1), ["COALESCE"] = (0, -1),
        ["IF"] = (3, 3), ["STRLANG"] = (2, 2), ["STRDT"] = (2, 2), ["SAMETERM"] = (2, 2), ["ISIRI"] = (1, 1),
        ["ISURI"] = (1, 1), ["ISBLANK"] = (1, 1), ["ISLITERAL"] = (1, 1), ["ISNUMERIC"] = (1, 1), ["REGEX"] = (2, 3),
    };

    private static readonly HashSet<string> Aggregates = new(StringComparer.OrdinalIgnoreCase)
    {
        "COUNT", "SUM", "MIN", "MAX", "AVG", "SAMPLE", "GROUP_CONCAT",
    };

    private bool IsBuiltInStart() =>
        Current.Kind == TokenKind.Word
        && (BuiltIns.ContainsKey(Current.Text) || Aggregates.Contains(Current.Text) || Current.IsWord("EXISTS") || Current.IsWord("NOT"));

    private Expression BrackettedExpression()
    {
        ExpectPunct("(");
        var e = Expression();
        ExpectPunct(")");
        return e;
    }

    private Expression Expression()
    {
        EnterNesting();
        var left = AndExpression();
        while (AcceptPunct("||")) left = new CallExpression("||", [left, AndExpression()]);
        LeaveNesting();
        return left;
    }

    private Expression AndExpression()
    {
        var left = RelationalExpression();
        while (AcceptPunct("&&")) left = new CallExpression("&&", [left, RelationalExpression()]);
        return left;
    }

    private Expression RelationalExpression()
    {
        var left = AdditiveExpression();
        foreach (var op in new[] { "=", "!=", "<", ">", "<=", ">=" })
        {
            if (AcceptPunct(op)) return new CallExpression(op, [left, AdditiveExpression()]);
        }
        if (AcceptWord("IN")) return new CallExpression("in", [left, .. ExpressionList()]);
        if (Current.IsWord("NOT") && PeekToken(1).IsWord("IN"))
        {
            Advance();
            Advance();
            return new CallExpression("notin", [left, .. ExpressionList()]);
        }
        return left;
    }

    private List<Expression> ExpressionList()
    {
        var list = new List<Expression>();
        if (IsNil)
        {
            Advance();
            Advance();
            return list;
        }
        ExpectPunct("(");
        do
        {
            list.Add(Expression());
        }
        while (AcceptPunct(","));
        ExpectPunct(")");
        return list;
    }

    private Expression AdditiveExpression()
    {
        var left = MultiplicativeExpression();
        while (true)
        {
            if (AcceptPunct("+")) left = new CallExpression("+", [left, MultiplicativeExpression()]);
            else if (AcceptPunct("-")) left = new CallExpression("-", [left, MultiplicativeExpression()]);
            else return left;
        }
    }

    private Expression MultiplicativeExpression()
    {
        var left = UnaryExpression();
        while (true)
        {
            if (AcceptPunct("*")) left = new CallExpression("*", [left, UnaryExpression()]);
            else if (AcceptPunct("/")) left = new CallExpression("/", [left, UnaryExpression()]);
            else return left;
        }
    }

    private Expression UnaryExpression()
    {
        if (AcceptPunct("!")) return new CallExpression("!", [PrimaryExpression()]);
        if (Current.Is("+") || Current.Is("-"))
        {
            var next = PeekToken(1).Kind;
            if (next is TokenKind.Integer or TokenKind.Decimal or TokenKind.Double) return new ConstantExpression(LiteralTerm());
            var minus = Advance().Is("-");
            var inner = PrimaryExpression();
            return minus ? new CallExpression("u-", [inner]) : new CallExpression("u+", [inner]);
        }
        return PrimaryExpression();
    }

    private Expression PrimaryExpression()
    {
        var t = Current;
        if (t.Is("(")) return BrackettedExpression();
        if (t.Kind == TokenKind.Variable) return new VariableExpression(VariableNode());
        if (AtIri) return IriOrFunction(requireCall: false);
        if (t.Kind is TokenKind.String or TokenKind.Integer or TokenKind.Decimal or TokenKind.Double || t.IsWord("true") || t.IsWord("false"))
            return new ConstantExpression(LiteralTerm());
        if (IsBuiltInStart()) return BuiltInCall();
        throw Expected("an expression");
    }

    private Expression IriOrFunction(bool requireCall)
    {
        var iri = IriTerm();
        if (!Current.Is("("))
        {
            if (requireCall) throw Expected("'(' after the function IRI");
            return new ConstantExpression(iri);
        }
        if (IsNil)
        {
            Advance();
            Advance();
            return new CallExpression(iri.Value, []);
        }
        Advance();
        if (AcceptWord("DISTINCT")) throw ErrorAt(Current, "DISTINCT is only allowed in aggregates");
        var args = new List<Expression>();
        do
        {
            args.Add(Expression());
        }
        while (AcceptPunct(","));
        ExpectPunct(")");
        return new CallExpression(iri.Value, args);
    }

    private Expression BuiltInCall()
    {
        var nameToken = Advance();
        var name = nameToken.Text.ToUpperInvariant();
        if (name == "NOT")
        {
            ExpectWord("EXISTS");
            return new ExistsExpression(PatternForExists(), true);
        }
        if (name == "EXISTS") return new ExistsExpression(PatternForExists(), false);
        if (Aggregates.Contains(name)) return Aggregate(nameToken, name);
        var (min, max) = BuiltIns[name];
        List<Expression> args;
        if (name == "BOUND")
        {
            ExpectPunct("(");
            var v = VariableNode();
            ExpectPunct(")");
            args = [new VariableExpression(v)];
        }
        else if (IsNil)
        {
            Advance();
            Advance();
            args = [];
        }
        else
        {
            ExpectPunct("(");
            args = [];
            if (!Current.Is(")"))
            {
                do
                {
                    args.Add(Expression());
                }
                while (AcceptPunct(","));
            }
            ExpectPunct(")");
        }
        if (args.Count < min || (max >= 0 && args.Count > max))
            throw ErrorAt(nameToken, $"{name} takes {(min == max ? min.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{min} to {max}")} argument(s), found {args.Count}");
        if (name == "URI") name = "IRI";
        if (name == "ISURI") name = "ISIRI";
        return new CallExpression(name, args);
    }

    private Algebra.AlgebraNode PatternForExists()
    {
        var savedAgg = _aggregatesAllowed;
        _aggregatesAllowed = false;
        var group = GroupGraphPattern();
        _aggregatesAllowed = savedAgg;
        return new ExistsPlaceholder(group);
    }

    private Expression Aggregate(Token nameToken, string name)
    {
        if (!_aggregatesAllowed) throw ErrorAt(nameToken, $"aggregate {name} is only allowed in SELECT, HAVING and ORDER BY");
        ExpectPunct("(");
        var distinct = AcceptWord("DISTINCT");
        Expression? arg = null;
        string? separator = null;
        _aggregatesAllowed = false;
        if (name == "COUNT" && AcceptPunct("*"))
        {
            arg = null;
        }
        else
        {
            arg = Expression();
        }
        if (name == "GROUP_CONCAT" && AcceptPunct(";"))
        {
            ExpectWord("SEPARATOR");
            ExpectPunct("=");
            if (Current.Kind != TokenKind.String) throw Expected("a string separator");
            separator = Advance().Text;
        }
        _aggregatesAllowed = true;
        ExpectPunct(")");
        return new AggregateExpression(name, distinct, arg, separator);
    }

    /// <summary>RDFLiteral, NumericLiteral (with an optional sign) or BooleanLiteral.</summary>
    private Literal LiteralTerm()
    {
        var t = Current;
        if (t.IsWord("true") || t.IsWord("false"))
        {
            Advance();
            return Literal.Typed(t.Text.ToLowerInvariant(), Vocab.Xsd.Boolean);
        }
        var sign = "";
        if (t.Is("+") || t.Is("-"))
        {
            sign = t.Text;
            Advance();
            t = Current;
            if (t.Kind is not (TokenKind.Integer or TokenKind.Decimal or TokenKind.Double)) throw Expected("a number after the sign");
        }
        switch (t.Kind)
        {
            case TokenKind.Integer:
                Advance();
                return Literal.Typed(sign + t.Text, Vocab.Xsd.Integer);
            case TokenKind.Decimal:
                Advance();
                return Literal.Typed(sign + t.Text, Vocab.Xsd.Decimal);
            case TokenKind.Double:
                Advance();
                return Literal.Typed(sign + t.Text, Vocab.Xsd.Double);
            case TokenKind.String:
                Advance();
                if (Current.Kind == TokenKind.LangTag) return Literal.WithLanguage(t.Text, Advance().Text);
                if (AcceptPunct("^^"))
                {
                    var at = Current;
                    var datatype = IriTerm();
                    // As in Turtle: a language-tagged string is written with its tag; with no tag it is no literal at all.
                    if (datatype.Value == Vocab.Rdf.LangString.Value) throw ErrorAt(at, "rdf:langString needs a language tag, not a datatype");
                    return Literal.Typed(t.Text, datatype);
                }
                return new Literal(t.Text);
            default:
                throw Expected("a literal");
        }
    }
}

/// <summary>The group pattern of an EXISTS, kept as syntax until translation replaces it with algebra.</summary>
internal sealed record ExistsPlaceholder(GroupSyntax Group) : Algebra.AlgebraNode;
