namespace KgExport.Rdf;

// Id-level neighbour lookups for hot loops (SHACL validation, joins): no iterator or quad is allocated.
public sealed partial class Dataset
{
    /// <summary>The interned id of a term, or 0 when the dataset has never seen it.</summary>
    public int IdOf(Term term) => _terms.Find(term);

    /// <summary>The term behind an id issued by this dataset.</summary>
    public Term TermOf(int id) => _terms[id];

    /// <summary>
    /// The ids of the objects of (subject, predicate, ?) in one graph (null: the default graph), or null when there
    /// are none. The set is the index's own: read it, never change it, and do not hold it across writes.
    /// </summary>
    public IReadOnlySet<int>? ObjectIds(int subject, int predicate, Term? graph = null) =>
        subject == 0 || predicate == 0 ? null : IndexFor(graph, create: false)?.ObjectsOf(subject, predicate);

    /// <summary>The ids of the subjects of (?, predicate, object) in one graph, or null; the same rules as <see cref="ObjectIds"/>.</summary>
    public IReadOnlySet<int>? SubjectIds(int predicate, int @object, Term? graph = null) =>
        predicate == 0 || @object == 0 ? null : IndexFor(graph, create: false)?.SubjectsOf(predicate, @object);
}
