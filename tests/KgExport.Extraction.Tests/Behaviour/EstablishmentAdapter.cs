using System.Collections;
using System.Reflection;
using KgExport.Extraction.Facts;

namespace KgExport.Extraction.Tests.Behaviour;

/// <summary>
/// TEMPORARY: reads establishments of diplomatic relations from <see cref="ArticleFacts"/> by reflection, because
/// the <c>Establishments</c> property is being added on another branch. Until it exists this returns nothing, so
/// every establishment sentence fails and the suite still compiles. When it lands, replace the body with
/// <c>facts.Establishments.Select(e => (e.Between[0], e.Between[1], e.Date?.ToString()))</c> and delete the
/// reflection. Expected shape (from issue 15's facts format): a list property <c>Establishments</c> of items with
/// <c>Between</c> (two entity ids) and <c>Date</c> (a <see cref="FactDate"/>?).
/// </summary>
internal static class EstablishmentAdapter
{
    private static readonly PropertyInfo? ListProperty = typeof(ArticleFacts).GetProperty("Establishments");

    public static bool IsAvailable => ListProperty is not null;

    public static IEnumerable<(string First, string Second, string? Date)> Read(ArticleFacts facts)
    {
        if (ListProperty?.GetValue(facts) is not IEnumerable items) yield break;
        foreach (var item in items)
        {
            var type = item.GetType();
            var between = (type.GetProperty("Between")?.GetValue(item) as IEnumerable)?.Cast<object>().Select(o => o.ToString() ?? "").ToArray();
            if (between is not { Length: 2 }) throw new InvalidOperationException($"{type.Name} has no two-item Between; update {nameof(EstablishmentAdapter)}");
            var date = type.GetProperty("Date")?.GetValue(item)?.ToString();
            yield return (between[0], between[1], date);
        }
    }
}
