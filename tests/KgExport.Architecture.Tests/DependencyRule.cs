namespace KgExport.Architecture.Tests;

/// <summary>
/// ../shared/DESIGN.md's rule for the projects under src/: "Rdf &lt;- Sparql &lt;- Shacl; Facts knows no RDF;
/// Extraction -> Facts; Ontology -> Rdf; Mapping -> Facts, Ontology, Rdf; Corpus -> Extraction, Mapping, Shacl;
/// Server and Publishing know no Extraction; Cli -> everything". A project may reference what its arrows name and,
/// through them, what those reach; anything else runs the wrong way.
/// </summary>
internal static class DependencyRule
{
    /// <summary>The arrows the design allows, each project to the projects it may name directly.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Allowed = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["Rdf"] = [],
        ["Sparql"] = ["Rdf"],
        ["Shacl"] = ["Sparql"],
        ["Facts"] = [],
        ["Extraction"] = ["Facts"],
        ["Ontology"] = ["Rdf"],
        ["Mapping"] = ["Facts", "Ontology", "Rdf"],
        ["Corpus"] = ["Extraction", "Mapping", "Shacl"],
        // The durable store sits behind the Rdf interfaces and answers the SPARQL engine.
        ["Store"] = ["Sparql"],
        // Publishing and Server read our graphs and facts by the vocabulary; neither knows extraction or mapping.
        ["Publishing"] = ["Facts", "Ontology", "Sparql"],
        ["Server"] = ["Ontology", "Sparql", "Store"],
        // The semantic diff knows only RDF; the approval library for users' tests adds SPARQL results to it.
        ["Diff"] = ["Rdf"],
        ["Testing"] = ["Diff", "Sparql"],
        // Cli -> everything: it does not use Testing (a library for users' tests), but may.
        ["Cli"] = ["Corpus", "Diff", "Publishing", "Server", "Store", "Testing"],
    };

    /// <summary>What <paramref name="project"/> may reference: its allowed arrows and everything they reach.</summary>
    public static IReadOnlySet<string> Reach(string project)
    {
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(Allowed.TryGetValue(project, out var first) ? first : []);
        while (pending.TryPop(out var next))
        {
            if (!reached.Add(next)) continue;
            foreach (var further in Allowed.TryGetValue(next, out var more) ? more : []) pending.Push(further);
        }
        return reached;
    }

    /// <summary>Every reference of <paramref name="graph"/> the rule does not allow, as a sentence naming it.</summary>
    public static IReadOnlyList<string> Violations(ProjectGraph graph)
    {
        var found = new List<string>();
        foreach (var (project, references) in graph.References)
        {
            if (!Allowed.ContainsKey(project))
            {
                found.Add($"{project}: not placed in the dependency rule (DependencyRule.Allowed and ../shared/DESIGN.md)");
                continue;
            }
            var reach = Reach(project);
            foreach (var target in references.Order(StringComparer.Ordinal).Where(t => !reach.Contains(t)))
            {
                found.Add($"{project} -> {target}: runs the wrong way; {project} may reference only {string.Join(", ", reach.Order(StringComparer.Ordinal).DefaultIfEmpty("nothing"))}");
            }
        }
        return found;
    }
}
