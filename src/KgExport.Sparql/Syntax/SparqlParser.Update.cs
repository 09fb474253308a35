using KgExport.Rdf;
using KgExport.Sparql.Algebra;

namespace KgExport.Sparql.Syntax;

public sealed partial class SparqlParser
{
    private bool _blankNodesForbidden;
    private bool _variablesForbidden;

    private UpdateRequest Update()
    {
        var request = new UpdateRequest();
        while (true)
        {
            Prologue();
            if (Current.Kind == TokenKind.End) return request;
            _labelScope = ++_scopeCounter;
            request.Operations.Add(Update1());
            if (!AcceptPunct(";"))
            {
                Prologue();
                return request;
            }
        }
    }

    private UpdateOperation Update1()
    {
        var t = Current;
        if (AcceptWord("LOAD"))
        {
            var silent = AcceptWord("SILENT");
            var source = IriTerm();
            Iri? into = null;
            if (AcceptWord("INTO"))
            {
                ExpectWord("GRAPH");
                into = IriTerm();
            }
            return new LoadOperation(source, into, silent);
        }
        if (AcceptWord("CLEAR"))
        {
            var silent = AcceptWord("SILENT");
            return new ClearOperation(GraphRefAll(), silent);
        }
        if (AcceptWord("DROP"))
        {
            var silent = AcceptWord("SILENT");
            return new DropOperation(GraphRefAll(), silent);
        }
        if (AcceptWord("CREATE"))
        {
            var silent = AcceptWord("SILENT");
            ExpectWord("GRAPH");
            return new CreateOperation(IriTerm(), silent);
        }
        foreach (var (word, kind) in new[] { ("ADD", TransferKind.Add), ("MOVE", TransferKind.Move), ("COPY", TransferKind.Copy) })
        {
            if (!AcceptWord(word)) continue;
            var silent = AcceptWord("SILENT");
            var source = GraphOrDefault();
            ExpectWord("TO");
            return new TransferOperation(kind, source, GraphOrDefault(), silent);
        }
        if (Current.IsWord("INSERT") && PeekToken(1).IsWord("DATA"))
        {
            Advance();
            Advance();
            return new InsertDataOperation(QuadData(allowBlankNodes: true));
        }
        if (Current.IsWord("DELETE") && PeekToken(1).IsWord("DATA"))
        {
            Advance();
            Advance();
            return new DeleteDataOperation(QuadData(allowBlankNodes: false));
        }
        if (Current.IsWord("DELETE") && PeekToken(1).IsWord("WHERE"))
        {
            Advance();
            Advance();
            var saved = _blankNodesForbidden;
            _blankNodesForbidden = true;
            var at = PositionOf(Current);
            var quads = QuadPatternBlock(template: false);
            _blankNodesForbidden = saved;
            // The pattern doubles as the template: the same quads, as a group of GRAPH and triples elements.
            return new ModifyOperation(null, quads, [], [], [], QuadsAsGroup(quads, at));
        }
        if (Current.IsWord("WITH") || Current.IsWord("DELETE") || Current.IsWord("INSERT"))
        {
            Iri? with = null;
            if (AcceptWord("WITH")) with = IriTerm();
            var delete = new List<QuadPattern>();
            var insert = new List<QuadPattern>();
            if (AcceptWord("DELETE"))
            {
                var saved = _blankNodesForbidden;
                _blankNodesForbidden = true;
                delete = QuadPatternBlock(template: true);
                _blankNodesForbidden = saved;
                if (AcceptWord("INSERT")) insert = QuadPatternBlock(template: true);
            }
            else
            {
                ExpectWord("INSERT");
                insert = QuadPatternBlock(template: true);
            }
            var usingDefault = new List<Iri>();
            var usingNamed = new List<Iri>();
            while (AcceptWord("USING"))
            {
                if (AcceptWord("NAMED")) usingNamed.Add(IriTerm());
                else usingDefault.Add(IriTerm());
            }
            ExpectWord("WHERE");
            _labelScope = ++_scopeCounter;
            var where = GroupGraphPattern();
            return new ModifyOperation(with, delete, insert, usingDefault, usingNamed, where);
        }
        throw ErrorAt(t, $"expected an update operation (INSERT, DELETE, LOAD, CLEAR, DROP, CREATE, ADD, MOVE, COPY), found {t.Describe()}");
    }

    private GraphTarget GraphRefAll()
    {
        if (AcceptWord("DEFAULT")) return GraphTarget.DefaultGraph;
        if (AcceptWord("NAMED")) return new GraphTarget(GraphTargetKind.Named);
        if (AcceptWord("ALL")) return new GraphTarget(GraphTargetKind.All);
        ExpectWord("GRAPH");
        return new GraphTarget(GraphTargetKind.Graph, IriTerm());
    }

    private GraphTarget GraphOrDefault()
    {
        if (AcceptWord("DEFAULT")) return GraphTarget.DefaultGraph;
        AcceptWord("GRAPH");
        return new GraphTarget(GraphTargetKind.Graph, IriTerm());
    }

    private List<QuadPattern> QuadData(bool allowBlankNodes)
    {
        var savedB = _blankNodesForbidden;
        var savedV = _variablesForbidden;
        _blankNodesForbidden = !allowBlankNodes;
        _variablesForbidden = true;
        var quads = QuadPatternBlock(template: true);
        _blankNodesForbidden = savedB;
        _variablesForbidden = savedV;
        return quads;
    }

    /// <summary>'{' Quads '}': triples, and GRAPH name { triples } blocks.</summary>
    private List<QuadPattern> QuadPatternBlock(bool template)
    {
        var savedMode = _templateMode;
        _templateMode = template;
        ExpectPunct("{");
        var quads = new List<QuadPattern>();
        while (!Current.Is("}"))
        {
            if (AcceptWord("GRAPH"))
            {
                var nameToken = Current;
                var name = VarOrIri();
                if (_variablesForbidden && name is Variable) throw ErrorAt(nameToken, "variables are not allowed in INSERT DATA / DELETE DATA");
                ExpectPunct("{");
                var triples = new List<PathTriple>();
                if (!Current.Is("}")) TemplateTriples(triples);
                ExpectPunct("}");
                quads.AddRange(triples.Select(t => new QuadPattern(t.Subject, t.Predicate!, t.Object, name)));
                AcceptPunct(".");
                continue;
            }
            if (!IsTriplesStart()) throw Expected("a triple, GRAPH or '}'");
            var defaultTriples = new List<PathTriple>();
            TemplateTriples(defaultTriples);
            quads.AddRange(defaultTriples.Select(t => new QuadPattern(t.Subject, t.Predicate!, t.Object, null)));
        }
        Advance();
        _templateMode = savedMode;
        return quads;
    }

    private void TemplateTriples(List<PathTriple> triples)
    {
        var start = Current;
        var before = triples.Count;
        TriplesBlock(triples, allowPaths: false);
        if (_variablesForbidden && triples.Skip(before).Any(t => t.Subject is Variable || t.Predicate is Variable || t.Object is Variable))
            throw ErrorAt(start, "variables are not allowed in INSERT DATA / DELETE DATA");
        if (_blankNodesForbidden && triples.Skip(before).Any(t => IsBlank(t.Subject) || IsBlank(t.Object)))
            throw ErrorAt(start, "blank nodes are not allowed in DELETE templates");
    }

    private static bool IsBlank(PatternNode n) => n is TermNode { Term: BlankNode } || (n is Variable v && v.IsHidden);

    private static GroupSyntax QuadsAsGroup(List<QuadPattern> quads, TextPosition at)
    {
        var group = new GroupSyntax { Position = at };
        var defaults = quads.Where(q => q.Graph is null).Select(q => new PathTriple(q.Subject, q.Predicate, null, q.Object)).ToList();
        if (defaults.Count > 0) group.Elements.Add(new TriplesElement(defaults));
        foreach (var byGraph in quads.Where(q => q.Graph is not null).GroupBy(q => q.Graph!))
        {
            var inner = new GroupSyntax { Position = at };
            inner.Elements.Add(new TriplesElement(byGraph.Select(q => new PathTriple(q.Subject, q.Predicate, null, q.Object)).ToList()));
            group.Elements.Add(new GraphElement(byGraph.Key, inner));
        }
        return group;
    }
}
