using KgExport.Corpus;
using KgExport.Rdf;

namespace KgExport.Benchmarks.Shacl;

/// <summary>
/// A large data graph that the project's shapes really apply to: the seed export (seeds/ through the exporter),
/// copied until it has at least the requested number of triples. Each copy renames every minted IRI
/// (https://w3id.org/kgexport/id/...) with a "-cN" suffix, so copies are disjoint and still match the shapes'
/// IRI patterns; vocabulary and Wikidata IRIs are shared, as in a real multi-article export.
/// </summary>
public static class SeedReplicaCorpus
{
    private const string Minted = "https://w3id.org/kgexport/id/";

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KgExport.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("cannot find the repository (KgExport.sln) above " + AppContext.BaseDirectory);
    }

    /// <summary>The seed export as one graph (all named graphs merged).</summary>
    public static List<Triple> Seed()
    {
        var articles = ArticleInput.Find([Path.Combine(RepositoryRoot(), "seeds")], out var problems);
        if (problems.Count > 0) throw new InvalidOperationException(string.Join("\n", problems));
        var corpus = new CorpusRun(new CorpusOptions()).Collect(articles);
        var export = corpus.Ok ? corpus.Dataset : throw new InvalidOperationException(string.Join("\n", corpus.Problems));
        return [.. export.Quads.Select(q => q.Triple).Distinct()];
    }

    /// <summary>Copies of the seed, in order, until at least <paramref name="minimumTriples"/> triples.</summary>
    public static IEnumerable<Triple> Triples(long minimumTriples)
    {
        var seed = Seed();
        long written = 0;
        for (var copy = 0; written < minimumTriples; copy++)
        {
            var renamed = new Dictionary<Term, Term>();
            Term Rename(Term t)
            {
                if (t is not Iri iri || !iri.Value.StartsWith(Minted, StringComparison.Ordinal)) return t;
                if (!renamed.TryGetValue(t, out var r)) renamed[t] = r = new Iri(iri.Value + "-c" + copy.ToString(System.Globalization.CultureInfo.InvariantCulture));
                return r;
            }
            foreach (var t in seed)
            {
                written++;
                yield return new Triple(Rename(t.Subject), t.Predicate, Rename(t.Object));
            }
        }
    }

    public static Dataset Build(long minimumTriples)
    {
        var ds = new Dataset();
        foreach (var t in Triples(minimumTriples)) ds.Add(t.InGraph(null));
        return ds;
    }

    /// <summary>`generate-shacl TRIPLES FILE.nt`: writes the corpus as N-Triples for the side-by-side script.</summary>
    public static int Generate(string[] args)
    {
        if (args.Length != 2 || !long.TryParse(args[0], out var minimum) || minimum <= 0)
        {
            Console.Error.WriteLine("usage: KgExport.Benchmarks generate-shacl TRIPLES FILE.nt");
            return 2;
        }
        using var output = new StreamWriter(args[1], append: false, new System.Text.UTF8Encoding(false), 1 << 16);
        var writer = RdfIo.CreateWriter(RdfFormat.NTriples, output);
        long n = 0;
        foreach (var t in Triples(minimum))
        {
            writer.Write(t.InGraph(null));
            n++;
        }
        writer.Finish();
        Console.Error.WriteLine($"{n} triples");
        return 0;
    }
}
