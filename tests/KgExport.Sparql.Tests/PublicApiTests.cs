using System.Reflection;
using KgExport.Rdf;
using KgExport.Sparql.Evaluation;

namespace KgExport.Sparql.Tests;

/// <summary>
/// The public surface of KgExport.Rdf and KgExport.Sparql, pinned as text (Serilog's pattern): a type or member made
/// public, or removed, changes the approved file, so surface changes are chosen in review, not left open.
/// </summary>
public class PublicApiTests
{
    [Theory]
    [InlineData("KgExport.Rdf")]
    [InlineData("KgExport.Sparql")]
    public void Public_surface_is_approved(string assembly)
    {
        var asm = assembly == "KgExport.Rdf" ? typeof(Dataset).Assembly : typeof(QueryExecutor).Assembly;
        Approve.Text(Surface(asm), name: $"PublicApi/{assembly}.approved.txt");
    }

    private static string Surface(Assembly assembly)
    {
        var lines = new List<string>();
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            lines.Add($"{Kind(type)} {type.FullName}");
            const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            lines.AddRange(type.GetMembers(flags)
                .Where(m => m is not MethodInfo { IsSpecialName: true } && m is not Type)
                .Select(m => "  " + m.MemberType + " " + m)
                .Order(StringComparer.Ordinal));
        }
        return string.Join("\n", lines) + "\n";
    }

    private static string Kind(Type t) =>
        t.IsEnum ? "enum" : t.IsInterface ? "interface" : t.IsValueType ? "struct" : t.IsAbstract && t.IsSealed ? "static class" : "class";
}
