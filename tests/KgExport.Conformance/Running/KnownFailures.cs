namespace KgExport.Conformance;

/// <summary>
/// The one list of conformance tests expected to fail: <c>known-failures.txt</c>, one <c>&lt;test IRI&gt;TAB reason</c>
/// per line, '#' comments. A listed test that passes is reported, so the list stays honest.
/// </summary>
public sealed class KnownFailures
{
    private readonly Dictionary<string, string> _reasons;

    private KnownFailures(Dictionary<string, string> reasons) => _reasons = reasons;

    public static string DefaultPath => Path.Combine(KgExport.Testing.TestPaths.RepositoryRoot, "tests", "KgExport.Conformance", "known-failures.txt");

    public static KnownFailures Load(string path)
    {
        var reasons = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(path)) return new KnownFailures(reasons);
        var lineNumber = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var tab = line.IndexOf('\t');
            if (tab <= 0 || line[(tab + 1)..].Trim().Length == 0)
            {
                throw new FormatException($"{path}:{lineNumber}:1: expected '<test IRI><TAB><reason>'");
            }
            var iri = line[..tab].Trim().Trim('<', '>');
            reasons[iri] = line[(tab + 1)..].Trim();
        }
        return new KnownFailures(reasons);
    }

    public bool Contains(string testId) => _reasons.ContainsKey(testId);

    public string? ReasonFor(string testId) => _reasons.GetValueOrDefault(testId);
}
