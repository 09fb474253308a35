using KgExport.Rdf;

namespace KgExport.Conformance.Sparql;

/// <summary>Reads W3C test manifests (mf:, qt:, ut: vocabularies) from a parsed graph.</summary>
internal sealed class ManifestGraph(Dataset graph)
{
    public const string Mf = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
    public const string Qt = "http://www.w3.org/2001/sw/DataAccess/tests/test-query#";
    public const string Ut = "http://www.w3.org/2009/sparql/tests/test-update#";
    public const string Dawgt = "http://www.w3.org/2001/sw/DataAccess/tests/test-dawg#";
    public const string Rdfs = "http://www.w3.org/2000/01/rdf-schema#";

    public Dataset Graph => graph;

    public IEnumerable<Term> Objects(Term subject, string predicate) =>
        graph.Match(subject, new Iri(predicate), null, null).Select(q => q.Object);

    public Term? Object(Term subject, string predicate) => Objects(subject, predicate).FirstOrDefault();

    public IEnumerable<Term> Subjects(string predicate, Term obj) =>
        graph.Match(null, new Iri(predicate), obj, null).Select(q => q.Subject);

    public List<Term> List(Term? head)
    {
        var items = new List<Term>();
        while (head is not null && head != Vocab.Rdf.Nil)
        {
            if (Object(head, Vocab.Rdf.First.Value) is { } item) items.Add(item);
            head = Object(head, Vocab.Rdf.Rest.Value);
        }
        return items;
    }
}
