namespace KgExport.Conformance;

/// <summary>
/// Maps between the published IRIs of the W3C suites (https://w3c.github.io/&lt;repo&gt;/...) and their copies under
/// the local conformance root, so manifests are parsed with the IRIs the tests assume (mf:assumedTestBase) and
/// every action IRI still names a local file. Files outside the known repositories use file: URLs.
/// </summary>
public sealed class TestLocations
{
    private static readonly string[] Repositories = ["rdf-tests", "json-ld-api", "rdf-canon", "data-shapes"];
    private const string PublishedRoot = "https://w3c.github.io/";

    public TestLocations(string root)
    {
        Root = Path.GetFullPath(root);
    }

    public string Root { get; }

    public string ToPublishedIri(string localPath)
    {
        var full = Path.GetFullPath(localPath);
        var relative = Path.GetRelativePath(Root, full).Replace(Path.DirectorySeparatorChar, '/');
        foreach (var repo in Repositories)
        {
            if (relative.StartsWith(repo + "/", StringComparison.Ordinal)) return PublishedRoot + relative;
        }
        return new Uri(full).AbsoluteUri;
    }

    public string ToLocalPath(string iri)
    {
        var withoutFragment = iri.Split('#')[0];
        if (withoutFragment.StartsWith(PublishedRoot, StringComparison.Ordinal))
        {
            var relative = Uri.UnescapeDataString(withoutFragment[PublishedRoot.Length..]);
            return Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));
        }
        if (withoutFragment.StartsWith("file:", StringComparison.Ordinal)) return new Uri(withoutFragment).LocalPath;
        throw new InvalidOperationException($"<{iri}> does not name a file of the local test suites");
    }
}
