using KgExport.Rdf;

namespace KgExport.Shacl;

/// <summary>A way a shape selects its focus nodes from the data graph.</summary>
internal abstract record Target
{
    public abstract IEnumerable<Term> FocusNodes(DataGraph data);
}

/// <summary>sh:targetNode: the node itself, whether or not the data graph mentions it.</summary>
internal sealed record NodeTarget(Term Node) : Target
{
    public override IEnumerable<Term> FocusNodes(DataGraph data) => [Node];
}

/// <summary>sh:targetClass, or an implicit class target: every SHACL instance of the class in the data graph.</summary>
internal sealed record ClassTarget(Term Class) : Target
{
    public override IEnumerable<Term> FocusNodes(DataGraph data) => data.InstancesOf(Class);
}

/// <summary>sh:targetSubjectsOf: every subject of a triple with the predicate.</summary>
internal sealed record SubjectsOfTarget(Iri Predicate) : Target
{
    public override IEnumerable<Term> FocusNodes(DataGraph data)
    {
        var seen = new HashSet<Term>();
        foreach (var q in data.Match(null, Predicate, null))
        {
            if (seen.Add(q.Subject)) yield return q.Subject;
        }
    }
}

/// <summary>sh:targetObjectsOf: every object of a triple with the predicate.</summary>
internal sealed record ObjectsOfTarget(Iri Predicate) : Target
{
    public override IEnumerable<Term> FocusNodes(DataGraph data)
    {
        var seen = new HashSet<Term>();
        foreach (var q in data.Match(null, Predicate, null))
        {
            if (seen.Add(q.Object)) yield return q.Object;
        }
    }
}
