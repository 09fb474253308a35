using KgExport.Rdf;
using KgExport.Rdf.Values;
using KgExport.Sparql.Algebra;

namespace KgExport.Sparql.Evaluation;

/// <summary>
/// Evaluates §17 expressions against one solution. A null result is an expression error (or an unbound
/// variable); errors propagate through functions and are absorbed by ||, &amp;&amp;, IF, COALESCE and BOUND as the spec says.
/// </summary>
internal sealed partial class ExpressionEvaluator
{
    private static readonly Literal True = Literal.Typed("true", Vocab.Xsd.Boolean);
    private static readonly Literal False = Literal.Typed("false", Vocab.Xsd.Boolean);

    private readonly QueryContext _ctx;
    private readonly AlgebraEvaluator _algebra;

    // BNODE(str) gives the same blank node for the same string within one solution. A solution is identified by
    // its bindings other than the blank nodes BNODE itself made (later BIND/SELECT expressions add those).
    // These are made when first needed: a SHACL-SPARQL constraint runs its query once per focus node, and most
    // evaluations need none of them.
    private Dictionary<Term?[], Dictionary<string, BlankNode>>? _bnodes;
    private HashSet<BlankNode>? _madeBlankNodes;
    private Dictionary<VariableExpression, int>? _slots;
    private Dictionary<(string Pattern, string Flags), XPathRegex?>? _regexes;
    private LiteralValueCache? _numbers;

    // Bytes of the strings built by the expression being evaluated: charged to the budget as they are built, released
    // when the whole expression is done (its value is then held by whoever keeps it: a solution, a buffer).
    private long _built;

    internal ExpressionEvaluator(QueryContext context, AlgebraEvaluator algebra)
    {
        _ctx = context;
        _algebra = algebra;
    }

    /// <summary>Numeric values of literals, parsed once per literal instance.</summary>
    public LiteralValueCache Numbers => _numbers ??= new();

    /// <summary>The active graph(s) for EXISTS; set by the algebra evaluator before each evaluation.</summary>
    internal IReadOnlyList<Term?> ActiveGraphs { get; set; } = [null];

    public static Literal Bool(bool b) => b ? True : False;

    /// <summary>The effective boolean value (§17.2.2) of an expression; null on error.</summary>
    public bool? EffectiveBoolean(Expression e, Term?[] row)
    {
        var value = Evaluate(e, row);
        if (ReferenceEquals(value, True)) return true;
        if (ReferenceEquals(value, False)) return false;
        return EffectiveBoolean(value);
    }

    public static bool? EffectiveBoolean(Term? t)
    {
        if (t is not Literal l) return null;
        if (l.Language is not null) return l.LexicalForm.Length > 0;
        var dt = l.Datatype.Value;
        if (dt == XsdDatatypes.Boolean) return ValueComparison.TryBoolean(l, out var b) && b;
        if (dt == XsdDatatypes.String) return l.LexicalForm.Length > 0;
        if (XsdTypes.IsNumericType(dt))
        {
            if (!NumericValue.TryParse(l, out var n)) return false;
            return n.IsExact ? n.Exact != 0 : !(n.Approx == 0 || double.IsNaN(n.Approx));
        }
        return null;
    }

    /// <summary>
    /// Starts the evaluation of a whole expression (a FILTER, a BIND, a sort or group key); pass what it returns to
    /// <see cref="EndExpression"/> when done, which releases what the strings built on the way were charged.
    /// </summary>
    internal long BeginExpression()
    {
        var outer = _built;
        _built = 0;
        return outer;
    }

    internal void EndExpression(long outer)
    {
        _ctx.Memory.Release(_built);
        _built = outer;
    }

    /// <summary>Charges a string of <paramref name="chars"/> characters before it is built.</summary>
    private void Building(long chars)
    {
        var bytes = MemoryBudget.SizeOfText(chars);
        _ctx.Memory.Reserve(bytes);
        _built += bytes;
    }

    public Term? Evaluate(Expression e, Term?[] row)
    {
        switch (e)
        {
            case ConstantExpression c:
                return c.Value;
            case VariableExpression v:
                return Solution.Get(row, SlotOf(v));
            case ExistsExpression x:
            {
                var graphs = ActiveGraphs;
                var any = _algebra.Evaluate(x.Pattern, row, graphs).Any();
                ActiveGraphs = graphs;
                return Bool(x.Negated ? !any : any);
            }
            case CallExpression call:
                return Call(call, row);
            default:
                return null;
        }
    }

    private int SlotOf(VariableExpression v)
    {
        _slots ??= new(ReferenceEqualityComparer.Instance);
        if (!_slots.TryGetValue(v, out var slot)) _slots[v] = slot = _ctx.Slot(v.Variable);
        return slot;
    }

    /// <summary>
    /// Evaluates an expression to a number without materialising intermediate literals: constants and bound stored
    /// literals come from <see cref="Numbers"/>, arithmetic is computed on the values. False on an error or a
    /// non-numeric value (exactly where the literal-based evaluation gives an error).
    /// </summary>
    private bool TryNumeric(Expression e, Term?[] row, out NumericValue value)
    {
        switch (e)
        {
            case ConstantExpression c:
                return Numbers.TryGet(c.Value, out value);
            case VariableExpression v:
                return Numbers.TryGet(Solution.Get(row, SlotOf(v)), out value);
            case CallExpression { Name: "+" or "-" or "*" or "/", Arguments.Count: 2 } call:
            {
                value = default;
                if (!TryNumeric(call.Arguments[0], row, out var x) || !TryNumeric(call.Arguments[1], row, out var y)) return false;
                if (Arithmetic.Apply(call.Name, x, y) is not { } r) return false;
                value = r;
                return true;
            }
            case CallExpression { Name: "u-" or "u+", Arguments.Count: 1 } call:
                if (!TryNumeric(call.Arguments[0], row, out value)) return false;
                if (call.Name == "u-") value = value.IsExact ? value with { Exact = -value.Exact } : value with { Approx = -value.Approx };
                return true;
            default:
                if (Evaluate(e, row) is Literal { Language: null } l) return NumericValue.TryParse(l, out value);
                value = default;
                return false;
        }
    }

    /// <summary>'=' and the order operators; numbers compare by value without building anything.</summary>
    private Term? CompareCall(string op, Expression left, Expression right, Term?[] row)
    {
        var a = Evaluate(left, row);
        if (a is null) return null;
        var b = Evaluate(right, row);
        if (b is null) return null;
        int? c;
        if (Numbers.TryGet(a, out var x) && Numbers.TryGet(b, out var y))
        {
            c = Arithmetic.Compare(x, y);
            if (op is "=" or "!=") return c is null ? Bool(op == "!=") : Bool((c == 0) == (op == "="));
        }
        else if (op is not ("=" or "!=") && a is Literal { Language: null } la && b is Literal { Language: null } lb
            && XsdDatatypes.IsTemporal(XsdDatatypes.SpaceOf(la)) && XsdDatatypes.SpaceOf(la) == XsdDatatypes.SpaceOf(lb)
            && Numbers.TryGetTemporal(la, out var da) && Numbers.TryGetTemporal(lb, out var db))
        {
            c = XsdTemporal.Compare(da, db);
        }
        else
        {
            return Function(op, [a, b]);
        }
        if (c is null) return null;
        return Bool(op switch { "<" => c < 0, ">" => c > 0, "<=" => c <= 0, _ => c >= 0 });
    }

    /// <summary>The '=' of IN and NOT IN: numbers by value through the cache, everything else as §17.3 says.</summary>
    private bool? EqualValues(Term a, Term b)
    {
        if (Numbers.TryGet(a, out var x) && Numbers.TryGet(b, out var y)) return Arithmetic.Compare(x, y) == 0;
        return ValueComparison.Equal(a, b);
    }

    private Term? Call(CallExpression call, Term?[] row)
    {
        var args = call.Arguments;
        switch (call.Name)
        {
            case "+" or "-" or "*" or "/" or "u-" or "u+":
                return TryNumeric(call, row, out var number) ? number.ToLiteral() : null;
            case "=" or "!=" or "<" or ">" or "<=" or ">=" when args.Count == 2:
                return CompareCall(call.Name, args[0], args[1], row);
            case "||":
            {
                var a = EffectiveBoolean(args[0], row);
                if (a == true) return True;
                var b = EffectiveBoolean(args[1], row);
                if (b == true) return True;
                return a == false && b == false ? False : null;
            }
            case "&&":
            {
                var a = EffectiveBoolean(args[0], row);
                if (a == false) return False;
                var b = EffectiveBoolean(args[1], row);
                if (b == false) return False;
                return a == true && b == true ? True : null;
            }
            case "!":
            {
                var a = EffectiveBoolean(args[0], row);
                return a is null ? null : Bool(!a.Value);
            }
            case "BOUND":
                return Bool(Evaluate(args[0], row) is not null);
            case "IF":
            {
                var c = EffectiveBoolean(args[0], row);
                if (c is null) return null;
                return Evaluate(c.Value ? args[1] : args[2], row);
            }
            case "COALESCE":
                foreach (var a in args)
                {
                    var v = Evaluate(a, row);
                    if (v is not null) return v;
                }
                return null;
            case "in" or "notin":
            {
                var left = Evaluate(args[0], row);
                if (left is null) return null;
                var error = false;
                for (var i = 1; i < args.Count; i++)
                {
                    var r = Evaluate(args[i], row);
                    var eq = r is null ? null : EqualValues(left, r);
                    if (eq == true) return Bool(call.Name == "in");
                    if (eq is null) error = true;
                }
                return error ? null : Bool(call.Name != "in");
            }
            case "BNODE" when args.Count == 1:
            {
                var a = Evaluate(args[0], row);
                if (a is null || !XsdTypes.IsPlainString(a)) return null;
                var made = _madeBlankNodes ??= [];
                var identity = row.Select(t => t is BlankNode b && made.Contains(b) ? null : t).ToArray();
                _bnodes ??= new(Solution.EqualityComparer.Instance);
                if (!_bnodes.TryGetValue(identity, out var perRow))
                {
                    // Kept for the rest of the query: charged, never released.
                    _ctx.Memory.Reserve(MemoryBudget.SizeOf(identity) + 100);
                    _bnodes[identity] = perRow = new(StringComparer.Ordinal);
                }
                var key = ((Literal)a).LexicalForm;
                if (!perRow.TryGetValue(key, out var node))
                {
                    _ctx.Memory.Reserve(MemoryBudget.SizeOfText(key.Length) + 100);
                    perRow[key] = node = _ctx.NewBlankNode();
                    made.Add(node);
                }
                return node;
            }
        }
        var values = new Term?[args.Count];
        for (var i = 0; i < args.Count; i++)
        {
            values[i] = Evaluate(args[i], row);
            if (values[i] is null) return null;
        }
        return Function(call.Name, values!);
    }

    private Term? Function(string name, Term[] a)
    {
        switch (name)
        {
            case "=": return ValueComparison.Equal(a[0], a[1]) is { } eq ? Bool(eq) : null;
            case "!=": return ValueComparison.Equal(a[0], a[1]) is { } ne ? Bool(!ne) : null;
            case "<" or ">" or "<=" or ">=":
            {
                if (a[0] is not Literal l || a[1] is not Literal r) return null;
                if (l.Language is not null || r.Language is not null) return null;
                var c = ValueComparison.Compare(l, r);
                if (c is null) return null;
                return Bool(name switch { "<" => c < 0, ">" => c > 0, "<=" => c <= 0, _ => c >= 0 });
            }
            case "+" or "-" or "*" or "/":
                if (!NumericValue.TryParse(a[0], out var x) || !NumericValue.TryParse(a[1], out var y)) return null;
                return Arithmetic.Apply(name, x, y)?.ToLiteral();
            case "u-":
                if (!NumericValue.TryParse(a[0], out var n)) return null;
                return (n.IsExact ? n with { Exact = -n.Exact } : n with { Approx = -n.Approx }).ToLiteral();
            case "u+":
                return NumericValue.TryParse(a[0], out var p) ? p.ToLiteral() : null;
            case "SAMETERM": return Bool(a[0].Equals(a[1]));
            case "ISIRI": return Bool(a[0] is Iri);
            case "ISBLANK": return Bool(a[0] is BlankNode);
            case "ISLITERAL": return Bool(a[0] is Literal);
            case "ISNUMERIC": return Bool(NumericValue.TryParse(a[0], out _));
            case "STR":
                return a[0] switch
                {
                    Iri i => new Literal(i.Value),
                    Literal l => new Literal(l.LexicalForm),
                    _ => null,
                };
            case "LANG": return a[0] is Literal ll ? new Literal(ll.Language ?? "") : null;
            case "DATATYPE": return a[0] is Literal ld ? ld.Datatype : null;
            case "IRI":
                if (a[0] is Iri) return a[0];
                if (!XsdTypes.IsPlainString(a[0])) return null;
                // A string that is not an IRI is an error, not a term every writer of the store would then choke on.
                return ResolveIri(((Literal)a[0]).LexicalForm) is Iri made && IriSyntax.IsAbsoluteIri(made.Value) ? made : null;
            case "BNODE": return _ctx.NewBlankNode();
            case "STRDT":
                if (!XsdTypes.IsPlainString(a[0]) || a[1] is not Iri dt || dt.Value == Vocab.Rdf.LangString.Value) return null;
                return Literal.Typed(((Literal)a[0]).LexicalForm, dt);
            case "STRLANG":
                if (!XsdTypes.IsPlainString(a[0]) || !XsdTypes.IsPlainString(a[1]) || ((Literal)a[1]).LexicalForm.Length == 0) return null;
                return Literal.WithLanguage(((Literal)a[0]).LexicalForm, ((Literal)a[1]).LexicalForm);
            case "RAND": return NumericValue.FromDouble(Random.Shared.NextDouble()).ToLiteral();
            case "NOW": return XsdTemporal.Now(_ctx.Now);
            case "UUID": return new Iri("urn:uuid:" + Guid.NewGuid().ToString("D"));
            case "STRUUID": return new Literal(Guid.NewGuid().ToString("D"));
        }
        return StringFunction(name, a) ?? NumericFunction(name, a) ?? DateTimeFunction(name, a) ?? HashFunction(name, a) ?? Cast(name, a);
    }

    private Term? ResolveIri(string text)
    {
        if (IriResolver.HasScheme(text)) return new Iri(text);
        var baseIri = _ctx.Options.BaseIri;
        if (baseIri is null) return new Iri(text);
        Building(baseIri.Length + text.Length);
        return new Iri(Syntax.IriResolution.Resolve(baseIri, text));
    }
}
