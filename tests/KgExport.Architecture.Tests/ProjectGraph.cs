using System.Xml.Linq;

namespace KgExport.Architecture.Tests;

/// <summary>
/// The project references of the projects in one folder (<c>src/</c>): for each project, named without its
/// <c>KgExport.</c> prefix, the projects its csproj names in <c>ProjectReference</c>.
/// </summary>
internal sealed class ProjectGraph
{
    public const string Prefix = "KgExport.";

    public ProjectGraph(IReadOnlyDictionary<string, IReadOnlySet<string>> references) => References = references;

    public IReadOnlyDictionary<string, IReadOnlySet<string>> References { get; }

    public static ProjectGraph Read(string folder)
    {
        var references = new SortedDictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        foreach (var csproj in Directory.GetFiles(folder, "*.csproj", SearchOption.AllDirectories))
        {
            var targets = XDocument.Load(csproj).Descendants("ProjectReference")
                .Select(r => (string?)r.Attribute("Include") ?? throw new InvalidDataException($"{csproj}: a ProjectReference without Include"))
                .Select(include => ShortName(Path.GetFileNameWithoutExtension(include.Replace('\\', '/'))))
                .ToHashSet(StringComparer.Ordinal);
            references.Add(ShortName(Path.GetFileNameWithoutExtension(csproj)), targets);
        }
        return new ProjectGraph(references);
    }

    /// <summary>Every arrow, "From -> To", sorted.</summary>
    public IEnumerable<string> Arrows() =>
        References.SelectMany(p => p.Value.Select(to => $"{p.Key} -> {to}")).Order(StringComparer.Ordinal);

    private static string ShortName(string project) =>
        project.StartsWith(Prefix, StringComparison.Ordinal) ? project[Prefix.Length..] : project;
}
