using KgExport.Rdf;
using KgExport.Sparql.Algebra;

namespace KgExport.Sparql.Syntax;

public sealed partial class SparqlParser
{
    private GroupSyntax GroupGraphPattern()
    {
        EnterNesting();
        var group = GroupGraphPatternBody();
        LeaveNesting();
        return group;
    }

    private GroupSyntax GroupGraphPatternBody()
    {
        var group = new GroupSyntax { Position = PositionOf(Current) };
        ExpectPunct("{");
        if (Current.IsWord("SELECT"))
        {
            group.Elements.Add(new SubQueryElement(SubSelect()));
            ExpectPunct("}");
            return group;
        }
        var outerScope = _labelScope;
        _labelScope = ++_scopeCounter;
        while (!Current.Is("}"))
        {
            if (IsTriplesStart())
            {
                var triples = new List<PathTriple>();
                TriplesBlock(triples, allowPaths: true);
                group.Elements.Add(new TriplesElement(triples));
                continue;
            }
            var element = GraphPatternNotTriples();
            if (element is null) throw Expected("a triple pattern, '{', OPTIONAL, MINUS, GRAPH, SERVICE, FILTER, BIND, VALUES or '}'");
            if (element is not FilterElement) _labelScope = ++_scopeCounter;
            group.Elements.Add(element);
            AcceptPunct(".");
        }
        Advance();
        _labelScope = outerScope;
        return group;
    }

    private QuerySyntax SubSelect()
    {
        var q = new QuerySyntax { Position = PositionOf(Current) };
        var savedPrefixes = _prefixes;
        SelectClause(q);
        q.Where = WhereClause(required: true);
        SolutionModifier(q);
        if (AcceptWord("VALUES")) q.Values = DataBlock();
        q.Prefixes = savedPrefixes;
        return q;
    }

    private PatternElement? GraphPatternNotTriples()
    {
        if (Current.Is("{"))
        {
            var first = GroupGraphPattern();
            if (!Current.IsWord("UNION")) return new NestedGroupElement(first);
            var alts = new List<GroupSyntax> { first };
            while (AcceptWord("UNION")) alts.Add(GroupGraphPattern());
            return new UnionElement(alts);
        }
        if (AcceptWord("OPTIONAL")) return new OptionalElement(GroupGraphPattern());
        if (AcceptWord("MINUS")) return new MinusElement(GroupGraphPattern());
        if (AcceptWord("GRAPH"))
        {
            var name = VarOrIri();
            return new GraphElement(name, GroupGraphPattern());
        }
        if (AcceptWord("SERVICE"))
        {
            var silent = AcceptWord("SILENT");
            var endpoint = VarOrIri();
            var open = Current;
            var group = GroupGraphPattern();
            return new ServiceElement(endpoint, silent, group, RemoteQuery(open, _tokens[_index - 1]));
        }
        if (AcceptWord("FILTER")) return new FilterElement(Constraint());
        if (AcceptWord("BIND"))
        {
            ExpectPunct("(");
            var e = Expression();
            ExpectWord("AS");
            var at = PositionOf(Current);
            var v = VariableNode();
            ExpectPunct(")");
            return new BindElement(e, v, at);
        }
        if (AcceptWord("VALUES")) return new ValuesElement(DataBlock());
        return null;
    }

    private PatternNode VarOrIri() => Current.Kind == TokenKind.Variable ? VariableNode() : new TermNode(IriTerm());

    private bool IsTriplesStart()
    {
        var t = Current;
        return t.Kind is TokenKind.Variable or TokenKind.IriRef or TokenKind.PrefixedName or TokenKind.BlankNodeLabel
            or TokenKind.String or TokenKind.Integer or TokenKind.Decimal or TokenKind.Double
            || t.Is("[") || t.Is("(") || t.Is("-") || t.Is("+") || t.IsWord("true") || t.IsWord("false");
    }

    /// <summary>TriplesBlock / TriplesTemplate: triples separated by '.', stopping before anything else.</summary>
    private void TriplesBlock(List<PathTriple> output, bool allowPaths)
    {
        while (true)
        {
            TriplesSameSubject(output, allowPaths);
            if (!AcceptPunct(".")) return;
            if (!IsTriplesStart()) return;
        }
    }

    private void TriplesSameSubject(List<PathTriple> output, bool allowPaths)
    {
        if (Current.Is("[") && !PeekToken(1).Is("]") || (Current.Is("(") && !PeekToken(1).Is(")")))
        {
            var subject = TriplesNode(output, allowPaths);
            if (IsVerbStart()) PropertyList(subject, output, allowPaths);
            return;
        }
        var s = VarOrTerm();
        if (!IsVerbStart()) throw Expected("a predicate");
        PropertyList(s, output, allowPaths);
    }

    private bool IsVerbStart() =>
        Current.Kind is TokenKind.Variable or TokenKind.IriRef or TokenKind.PrefixedName
        || Current.IsWord("a") || Current.Is("^") || Current.Is("!") || Current.Is("(");

    private void PropertyList(PatternNode subject, List<PathTriple> output, bool allowPaths)
    {
        while (true)
        {
            PatternNode? predicate = null;
            PathExpr? path = null;
            if (Current.Kind == TokenKind.Variable)
            {
                predicate = VariableNode();
            }
            else if (!allowPaths)
            {
                if (AcceptWord("a")) predicate = new TermNode(Vocab.Rdf.Type);
                else predicate = new TermNode(IriTerm());
            }
            else
            {
                path = Path();
                if (path is LinkPath link)
                {
                    predicate = new TermNode(link.Iri);
                    path = null;
                }
            }
            do
            {
                var o = GraphNode(output, allowPaths);
                output.Add(new PathTriple(subject, predicate, path, o));
            }
            while (AcceptPunct(","));
            if (!AcceptPunct(";")) return;
            while (AcceptPunct(";")) { }
            if (!IsVerbStart()) return;
        }
    }

    private PatternNode GraphNode(List<PathTriple> output, bool allowPaths)
    {
        if ((Current.Is("[") && !PeekToken(1).Is("]")) || (Current.Is("(") && !PeekToken(1).Is(")")))
            return TriplesNode(output, allowPaths);
        return VarOrTerm();
    }

    /// <summary>A blank node property list [ … ] or a collection ( … ), emitting its triples.</summary>
    private PatternNode TriplesNode(List<PathTriple> output, bool allowPaths)
    {
        EnterNesting();
        if (AcceptPunct("["))
        {
            var node = NewAnonymous();
            PropertyList(node, output, allowPaths);
            ExpectPunct("]");
            LeaveNesting();
            return node;
        }
        ExpectPunct("(");
        var items = new List<PatternNode>();
        while (!AcceptPunct(")")) items.Add(GraphNode(output, allowPaths));
        LeaveNesting();
        PatternNode head = new TermNode(Vocab.Rdf.Nil);
        var cells = items.Select(_ => NewAnonymous()).ToList();
        for (var i = 0; i < items.Count; i++)
        {
            output.Add(new PathTriple(cells[i], new TermNode(Vocab.Rdf.First), null, items[i]));
            output.Add(new PathTriple(cells[i], new TermNode(Vocab.Rdf.Rest), null, i + 1 < items.Count ? cells[i + 1] : head));
        }
        return cells.Count > 0 ? cells[0] : head;
    }

    private PatternNode NewAnonymous()
    {
        var n = ++_anonCounter;
        return _templateMode ? new TermNode(new BlankNode("!a" + n)) : new Variable(".a" + n);
    }

    private PatternNode VarOrTerm()
    {
        var t = Current;
        switch (t.Kind)
        {
            case TokenKind.Variable:
                return VariableNode();
            case TokenKind.IriRef or TokenKind.PrefixedName:
                return new TermNode(IriTerm());
            case TokenKind.BlankNodeLabel:
                Advance();
                return LabelledBlankNode(t);
        }
        if (t.Is("[") && PeekToken(1).Is("]"))
        {
            Advance();
            Advance();
            return NewAnonymous();
        }
        if (IsNil)
        {
            Advance();
            Advance();
            return new TermNode(Vocab.Rdf.Nil);
        }
        if (t.Kind is TokenKind.String or TokenKind.Integer or TokenKind.Decimal or TokenKind.Double
            || t.IsWord("true") || t.IsWord("false") || t.Is("-") || t.Is("+"))
            return new TermNode(LiteralTerm());
        throw Expected("a variable, IRI, literal or blank node");
    }

    private PatternNode LabelledBlankNode(Token t)
    {
        if (_blankNodesForbidden) throw ErrorAt(t, "blank nodes are not allowed here");
        // Template labels (CONSTRUCT, INSERT/DELETE … WHERE) are fresh per solution, so reuse is harmless there.
        if (_templateMode && !_variablesForbidden) return new TermNode(new BlankNode(t.Text));
        if (_labelScopes.TryGetValue(t.Text, out var scope))
        {
            if (scope != _labelScope) throw ErrorAt(t, $"blank node label _:{t.Text} is already used in another graph pattern");
        }
        else
        {
            _labelScopes[t.Text] = _labelScope;
        }
        return _templateMode ? new TermNode(new BlankNode(t.Text)) : new Variable("._" + t.Text);
    }

    // ---- property paths ----

    private PathExpr Path()
    {
        EnterNesting();
        var left = PathSequence();
        while (AcceptPunct("|")) left = new AlternativePath(left, PathSequence());
        LeaveNesting();
        return left;
    }

    private PathExpr PathSequence()
    {
        var left = PathEltOrInverse();
        while (AcceptPunct("/")) left = new SequencePath(left, PathEltOrInverse());
        return left;
    }

    private PathExpr PathEltOrInverse()
    {
        if (AcceptPunct("^")) return new InversePath(PathElt());
        return PathElt();
    }

    private PathExpr PathElt()
    {
        var primary = PathPrimary();
        if (AcceptPunct("*")) return new ZeroOrMorePath(primary);
        if (AcceptPunct("+")) return new OneOrMorePath(primary);
        if (AcceptPunct("?")) return new ZeroOrOnePath(primary);
        return primary;
    }

    private PathExpr PathPrimary()
    {
        if (AcceptWord("a")) return new LinkPath(Vocab.Rdf.Type);
        if (AtIri) return new LinkPath(IriTerm());
        if (AcceptPunct("("))
        {
            var p = Path();
            ExpectPunct(")");
            return p;
        }
        if (AcceptPunct("!"))
        {
            var forward = new List<Iri>();
            var backward = new List<Iri>();
            if (AcceptPunct("("))
            {
                if (!Current.Is(")"))
                {
                    do
                    {
                        PathOneInPropertySet(forward, backward);
                    }
                    while (AcceptPunct("|"));
                }
                ExpectPunct(")");
            }
            else
            {
                PathOneInPropertySet(forward, backward);
            }
            return new NegatedPropertySet(forward, backward);
        }
        throw Expected("a property path");
    }

    private void PathOneInPropertySet(List<Iri> forward, List<Iri> backward)
    {
        var inverse = AcceptPunct("^");
        var iri = AcceptWord("a") ? Vocab.Rdf.Type : IriTerm();
        (inverse ? backward : forward).Add(iri);
    }
}
