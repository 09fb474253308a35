using System.Reflection;
using System.Security.Cryptography;

namespace KgExport.Mapping;

/// <summary>
/// What made an article's graph: the tool (its product version, without the commit, so that snapshots hold across
/// commits) and the exact bytes it read. Mapped to PROV-O: the graph <c>prov:wasGeneratedBy</c> a
/// <c>kg:ExportRun</c> that <c>prov:used</c> each input file (named with its SHA-256) and
/// <c>prov:wasAssociatedWith</c> the tool.
/// </summary>
/// <param name="Facts">The reviewed facts file, or null when the facts were extracted from the text.</param>
public sealed record ExportRun(string ToolVersion, InputFile Article, InputFile? Facts)
{
    /// <summary>The product version of this build ("0.1.0"), one place: Directory.Build.props.</summary>
    public static string CurrentToolVersion { get; } =
        (typeof(ExportRun).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+', 2)[0];

    /// <summary>The run of this build over an article file and, when there is one, its facts file.</summary>
    public static ExportRun Of(string articlePath, ReadOnlySpan<byte> article, string? factsPath, ReadOnlySpan<byte> facts) =>
        new(CurrentToolVersion, InputFile.Of(articlePath, article), factsPath is null ? null : InputFile.Of(factsPath, facts));
}

/// <summary>An input file by name (without its directory) and the lower-case hex SHA-256 of its bytes.</summary>
public sealed record InputFile(string Name, string Sha256)
{
    public static InputFile Of(string path, ReadOnlySpan<byte> bytes) =>
        new(Path.GetFileName(path), Convert.ToHexStringLower(SHA256.HashData(bytes)));
}
