using KgExport.Extraction.Gazetteer;
using KgExport.Extraction.Text;
using KgExport.Facts;
using GazetteerTable = KgExport.Extraction.Gazetteer.Gazetteer;

namespace KgExport.Extraction.Tests.Behaviour;

/// <summary>
/// The entities templates are filled with, taken from <see cref="GazetteerTable.Default"/>: states (actors),
/// states and breakaway entities that get recognised, and territories that get annexed. Forms that the gazetteer
/// maps to more than one entity ("Congolese", "Dominican") or that would be odd in current news are left out, so
/// the expected facts hold by construction.
/// </summary>
internal sealed class Polities
{
    /// <summary>Former states: fine in history, odd as actors in sentences dated up to 2025.</summary>
    private static readonly HashSet<string> FormerStates = ["soviet-union", "yugoslavia"];

    /// <summary>Aliases that are historical, sporting or geographic rather than names of the polity today.</summary>
    private static readonly HashSet<string> OddAliases =
        ["Zaire", "Ceylon", "Byelorussia", "Swaziland", "Mainland China", "Chinese Taipei", "Formosa", "Western Sahara", "Holland", "America", "Kosova"];

    /// <summary>Words that make an English name take "the" ("the Czech Republic", "the Solomon Islands", "the Golan Heights").</summary>
    private static readonly HashSet<string> DefiniteHeads =
        [
            "Republic", "Kingdom", "Union", "United", "Islands", "States", "Federation", "Confederation", "Commonwealth", "Principality", "Duchy",
            "Sultanate", "Emirate", "Emirates", "State", "Heights", "Peninsula", "Basin", "region",
        ];

    /// <summary>Names that take "the" though no word above says so.</summary>
    private static readonly HashSet<string> DefiniteNames = ["Bahamas", "Gambia", "Netherlands", "Philippines", "Maldives", "Comoros", "Seychelles", "Holy See", "Vatican"];

    public static Polities Default { get; } = new(GazetteerTable.Default);

    private Polities(GazetteerTable gazetteer)
    {
        var owners = FormOwners(gazetteer);
        var all = new List<Polity>();
        foreach (var e in gazetteer.Entries.OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            if (FormerStates.Contains(e.Id)) continue;
            var isRegion = e.Kind == EntityType.Region;
            if (!e.IsPolity && !isRegion) continue;
            bool Usable(string form) => owners.TryGetValue(form, out var ids) && ids.Count == 1 && Resolves(gazetteer, form, e.Id);
            var names = new[] { e.Name }.Where(Usable).Select(WithArticle).ToList();
            if (names.Count == 0) continue;
            var aliases = e.Aliases.Where(a => !OddAliases.Contains(a) && !a.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && Usable(a)).Select(WithArticle).ToList();
            all.Add(new Polity(e.Id, e.Kind == EntityType.BreakawayEntity, isRegion, names, aliases)
            {
                Adjectives = [.. e.Adjectives.Where(Usable)],
                Capitals = [.. e.Capitals.Where(c => !c.Contains(',') && Usable(c))],
                Leaders = [.. gazetteer.Entries.Where(x => x.Kind == EntityType.Person && x.Of == e.Id).SelectMany(x => new[] { x.Name }.Concat(x.Aliases)).Where(f => owners[f].Count == 1).Order(StringComparer.Ordinal)],
            });
        }
        All = all;
        States = [.. all.Where(p => !p.IsBreakaway && !p.IsRegion)];
        Breakaways = [.. all.Where(p => p.IsBreakaway)];
        Regions = [.. all.Where(p => p.IsRegion)];
    }

    public IReadOnlyList<Polity> All { get; }

    /// <summary>UN members and observer states.</summary>
    public IReadOnlyList<Polity> States { get; }

    /// <summary>Kosovo, Taiwan, Abkhazia, ...: entities with limited or no recognition.</summary>
    public IReadOnlyList<Polity> Breakaways { get; }

    /// <summary>Crimea, the Golan Heights, ...: territories that are annexed, not recognised.</summary>
    public IReadOnlyList<Polity> Regions { get; }

    public Polity this[string id] => All.First(p => p.Id == id);

    /// <summary>"the" before names that need it; a leading "The" of a listed form becomes lower case.</summary>
    internal static string WithArticle(string name)
    {
        if (name.StartsWith("The ", StringComparison.Ordinal)) return "t" + name[1..];
        var words = name.Split(' ');
        var abbreviation = words.All(w => w.Length >= 2 && w.All(c => char.IsUpper(c) || c == '.'));
        return abbreviation || DefiniteNames.Contains(name) || words.Any(DefiniteHeads.Contains) ? "the " + name : name;
    }

    /// <summary>Every form of every entity, with the ids it names: a form with two owners is ambiguous.</summary>
    private static Dictionary<string, HashSet<string>> FormOwners(GazetteerTable gazetteer)
    {
        var owners = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var e in gazetteer.Entries)
        {
            foreach (var form in new[] { e.Name }.Concat(e.Aliases).Concat(e.Adjectives).Concat(e.Capitals))
            {
                if (!owners.TryGetValue(form, out var ids)) owners[form] = ids = [];
                ids.Add(e.Id);
            }
        }
        return owners;
    }

    /// <summary>The gazetteer reads the whole form (after a leading "the") as this entity.</summary>
    private static bool Resolves(GazetteerTable gazetteer, string form, string id)
    {
        var sentence = ArticleReader.Read("form", "H\n\n" + form + " acted.").Sentences[0];
        var start = sentence[0].Text is "the" or "The" && gazetteer.Match(sentence, 0) is null ? 1 : 0;
        var match = gazetteer.Match(sentence, start);
        return match is not null && match.Entry.Id == id && start + match.Tokens.Length == sentence.Count - 2;
    }
}
