using System.Reflection;

namespace KgExport.Cli;

/// <summary>
/// The version `kgexport --version` prints: the package version (one place: Directory.Build.props) and the commit it
/// was built from, which the SDK's source control support appends to the informational version ("0.1.0+&lt;sha&gt;").
/// </summary>
public static class ProductVersion
{
    private static readonly string Informational =
        typeof(ProductVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    /// <summary>The version without the commit, e.g. "0.1.0".</summary>
    public static string Version => Informational.Split('+', 2)[0];

    /// <summary>The full commit id, or null for a build made outside a git checkout.</summary>
    public static string? Commit => Informational.Split('+', 2) is [_, var sha] && sha.Length > 0 ? sha : null;

    /// <summary>"kgexport 0.1.0 (commit 1a2b3c4d5e6f)".</summary>
    public static string Text => $"kgexport {Version} " + (Commit is { } sha ? $"(commit {sha[..Math.Min(12, sha.Length)]})" : "(commit unknown: built outside a git checkout)");
}
