using System.Reflection;

namespace KgExport.Testing;

/// <summary>
/// The public surface of an assembly as text, one line per exported type and one per public member, in ordinal order
/// (Serilog's pattern): approved with <c>Approve.Text</c>, a type or member made public, or removed, changes
/// the approved file, so surface changes are chosen in review, not left open.
/// </summary>
public static class PublicSurface
{
    public static string Of(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
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
