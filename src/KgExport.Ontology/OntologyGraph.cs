using KgExport.Rdf;

namespace KgExport.Ontology;

/// <summary>
/// The ontology (<c>ontology/kg.ttl</c>, built in) as RDF, and what it entails for an export's types: each
/// <c>rdf:type</c> implies every class its class is a (transitive) <c>rdfs:subClassOf</c>, so that a query for
/// <c>sem:Event</c> or <c>schema:Event</c> finds the recognition acts without a reasoner.
/// </summary>
public static class OntologyGraph
{
    public static readonly Iri SubClassOf = new(Namespaces.Rdfs + "subClassOf");

    private static readonly Lazy<(IReadOnlyList<Quad> Quads, PrefixMap Prefixes)> Parsed = new(Parse);

    private static readonly Lazy<IReadOnlyDictionary<Iri, IReadOnlyList<Iri>>> Closure = new(() => SuperclassClosure(Quads));

    /// <summary>The ontology's triples (in the default graph).</summary>
    public static IReadOnlyList<Quad> Quads => Parsed.Value.Quads;

    /// <summary>The prefixes <c>kg.ttl</c> declares.</summary>
    public static PrefixMap Prefixes => Parsed.Value.Prefixes;

    /// <summary>Every strict superclass of <paramref name="type"/> by the ontology, in ordinal IRI order; none for a class it does not subclass.</summary>
    public static IReadOnlyList<Iri> SuperclassesOf(Iri type) => Closure.Value.TryGetValue(type, out var supers) ? supers : [];

    /// <summary>
    /// The <c>rdf:type</c> quads the ontology entails for <paramref name="data"/> and that it does not state: for each
    /// typed node, its class's superclasses, in the graph the type was stated in.
    /// </summary>
    public static IEnumerable<Quad> SuperclassTypes(Dataset data)
    {
        foreach (var quad in data.MatchAllGraphs(null, Vocab.Rdf.Type, null).ToList())
        {
            if (quad.Object is not Iri type) continue;
            foreach (var super in SuperclassesOf(type))
            {
                var entailed = new Quad(quad.Subject, Vocab.Rdf.Type, super, quad.Graph);
                if (!data.Contains(entailed)) yield return entailed;
            }
        }
    }

    /// <summary>
    /// Adds the ontology's triples (default graph), its prefixes the data does not already bind, and the superclass
    /// types of <see cref="SuperclassTypes"/> to <paramref name="data"/>.
    /// </summary>
    public static void AddTo(Dataset data)
    {
        var entailed = SuperclassTypes(data).ToList();
        data.AddRange(entailed);
        data.AddRange(Quads);
        foreach (var (prefix, ns) in Prefixes.Entries)
        {
            if (!data.Prefixes.TryGetNamespace(prefix, out _)) data.Prefixes.Set(prefix, ns);
        }
    }

    private static (IReadOnlyList<Quad>, PrefixMap) Parse()
    {
        const string source = "ontology/kg.ttl (built in)";
        var parser = RdfIo.CreateParser(RdfFormat.Turtle, new ParserOptions { SourceName = source, BaseIri = OntologyDocuments.OntologyIri });
        using var bytes = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(OntologyDocuments.OntologyTurtle));
        var quads = RdfIo.Parse(parser, bytes, source).ToList();
        return (quads, parser.Prefixes);
    }

    private static Dictionary<Iri, IReadOnlyList<Iri>> SuperclassClosure(IEnumerable<Quad> ontology)
    {
        var direct = new Dictionary<Iri, List<Iri>>();
        foreach (var q in ontology)
        {
            if (!q.Predicate.Equals(SubClassOf) || q.Subject is not Iri sub || q.Object is not Iri super) continue;
            if (!direct.TryGetValue(sub, out var list)) direct[sub] = list = [];
            list.Add(super);
        }
        var closure = new Dictionary<Iri, IReadOnlyList<Iri>>();
        foreach (var sub in direct.Keys)
        {
            var seen = new HashSet<Iri>();
            var pending = new Stack<Iri>(direct[sub]);
            while (pending.TryPop(out var next))
            {
                if (next.Equals(sub) || !seen.Add(next)) continue;
                if (direct.TryGetValue(next, out var further)) foreach (var f in further) pending.Push(f);
            }
            closure[sub] = [.. seen.OrderBy(i => i.Value, StringComparer.Ordinal)];
        }
        return closure;
    }
}
