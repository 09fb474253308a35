using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace KgExport.Corpus;

/// <summary>
/// The version that keys the cache: the product version plus a hash of the module version ids of every assembly the
/// export runs through. Builds are deterministic, so the ids change exactly when the compiled code changes; a
/// rebuilt tool with different extraction or mapping code never reuses an older tool's entries.
/// </summary>
public static class ToolVersion
{
    public static string Current { get; } = Compute();

    private static string Compute()
    {
        var product = typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0";
        Type[] stages = [typeof(ToolVersion), typeof(Mapping.FactsMapper), typeof(Extraction.FactExtractor), typeof(Rdf.Dataset), typeof(Shacl.ShapeValidator)];
        var ids = string.Join(",", stages.Select(t => t.Assembly.ManifestModule.ModuleVersionId.ToString("N")));
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ids)))[..16];
        return $"{product}+{hash}";
    }
}
