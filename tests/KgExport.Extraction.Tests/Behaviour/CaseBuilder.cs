using System.Text;
using System.Text.RegularExpressions;

namespace KgExport.Extraction.Tests.Behaviour;

/// <summary>
/// Fills a <see cref="Template"/>: picks alternatives, distinct entities for its roles, a date in the requested form,
/// and writes the text (with its dateline or statement header) and the expected facts. Every choice comes from the
/// <see cref="Random"/> passed in, so a fixed seed gives the same cases on every run.
/// </summary>
internal static partial class CaseBuilder
{
    [GeneratedRegex(@"\[([^\[\]]*)\]")]
    private static partial Regex Alternation();

    [GeneratedRegex(@"\{(?<role>[A-Za-z]+[0-9]?)(?::(?<form>[a-z]+))?\}")]
    private static partial Regex Slot();

    [GeneratedRegex(@"(?<=[a-z]s)'s\b")]
    private static partial Regex PossessiveAfterS();

    [GeneratedRegex(@"when([1-9])")]
    private static partial Regex SequenceSlot();

    /// <summary>How often a role is named by an alias ("the Russian Federation") rather than its name.</summary>
    private const double AliasShare = 0.2;

    /// <summary>How often a recognised role is a breakaway entity rather than a state.</summary>
    private const double BreakawayShare = 0.6;

    private static readonly string[] SmallOrdinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];

    public static BehaviourCase Build(string phenomenon, int templateIndex, Template template, DateForm form, Random random)
    {
        var pattern = Alternation().Replace(template.Pattern, m =>
        {
            var options = m.Groups[1].Value.Split('|');
            return options[random.Next(options.Length)];
        });
        var slots = Slot().Matches(pattern);
        var roles = PickRoles(slots, template.Facts, random);
        var names = roles.ToDictionary(r => r.Key, r => NameOf(r.Value, random));
        var main = slots.Any(s => s.Groups["role"].Value == "when") ? DateRendering.Render(form, random) : DateRendering.Nothing;
        var sequenceLength = slots.Select(s => SequenceSlot().Match(s.Groups["role"].Value)).Where(m => m.Success).Select(m => int.Parse(m.Groups[1].Value)).DefaultIfEmpty(0).Max();
        var sequence = DateRendering.RenderSequence(sequenceLength, random);

        string Fill(Match slot)
        {
            var role = slot.Groups["role"].Value;
            var formName = slot.Groups["form"].Value;
            switch (role)
            {
                case "when": return main.Phrase;
                case "person": return PersonNames.Pick(random);
                case "title": return PersonNames.PickTitle(random);
                case "ord": return Ordinal(random.Next(2, 46));
                case "n": return (random.Next(2, 29) * 5).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            if (SequenceSlot().Match(role) is { Success: true } seq) return sequence[int.Parse(seq.Groups[1].Value) - 1].Phrase;
            var polity = roles[role];
            return formName switch
            {
                "" => names[role],
                "name" => polity.Name,
                "cap" => polity.Capitals[random.Next(polity.Capitals.Count)],
                "adj" => polity.Adjectives[0],
                "leader" => polity.Leaders[random.Next(polity.Leaders.Count)],
                "quoted" => Quoted(names[role], random, keepArticle: true),
                "quotedbare" => Quoted(names[role], random, keepArticle: false),
                _ => throw new InvalidOperationException($"template \"{template.Pattern}\": unknown form :{formName}"),
            };
        }

        var body = Write(pattern, slots, Fill);
        if (random.Next(2) == 0) body = Americanise(body);
        var expected = template.Facts.Select(f =>
        {
            string Id(string role) => role.StartsWith('=') ? role[1..] : roles[role].Id;
            var date = f.DateSlot switch
            {
                null => null,
                "when" => main.Expected,
                "when+1" => NextDay(main.Expected),
                var s => SequenceSlot().Match(s) is { Success: true } m ? sequence[int.Parse(m.Groups[1].Value) - 1].Expected : throw new InvalidOperationException("unknown date slot " + s),
            };
            return ScoredFact.Of(f.Kind, Id(f.First), Id(f.Second), date);
        }).ToHashSet();
        var usedForm = main == DateRendering.Nothing ? DateForm.None : form;
        return new BehaviourCase(phenomenon, templateIndex, usedForm, main.Frame + body, expected);
    }

    /// <summary>
    /// Writes the pattern with its slots filled: a sentence's first word gets a capital, an empty slot leaves no
    /// double space or stray comma, and "s's" becomes "s'" ("the United States' recognition").
    /// </summary>
    private static string Write(string pattern, MatchCollection slots, Func<Match, string> fill)
    {
        var sb = new StringBuilder();
        var sentenceStart = true;
        var dropComma = false;
        var at = 0;

        void Append(string text)
        {
            if (text.Length == 0) return;
            if (dropComma && text.StartsWith(", ", StringComparison.Ordinal)) text = text[2..];
            dropComma = false;
            if (text.Length == 0) return;
            if (sentenceStart) text = char.ToUpperInvariant(text[0]) + text[1..];
            sb.Append(text);
            sentenceStart = text.EndsWith(". ", StringComparison.Ordinal) || text.EndsWith("? ", StringComparison.Ordinal);
        }

        foreach (Match slot in slots)
        {
            Append(pattern[at..slot.Index]);
            var value = fill(slot);
            if (value.Length == 0 && sentenceStart) dropComma = true;
            Append(value);
            at = slot.Index + slot.Length;
        }
        Append(pattern[at..]);
        var text = sb.ToString();
        while (text.Contains("  ", StringComparison.Ordinal)) text = text.Replace("  ", " ", StringComparison.Ordinal);
        text = text.Replace(" ,", ",", StringComparison.Ordinal).Replace(" .", ".", StringComparison.Ordinal).Replace(" ?", "?", StringComparison.Ordinal);
        return PossessiveAfterS().Replace(text.Trim(), "'");
    }

    private static Dictionary<string, Polity> PickRoles(MatchCollection slots, IReadOnlyList<FactSpec> facts, Random random)
    {
        var needs = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (Match s in slots)
        {
            var role = s.Groups["role"].Value;
            if (!IsEntityRole(role)) continue;
            if (!needs.TryGetValue(role, out var forms)) needs[role] = forms = [];
            forms.Add(s.Groups["form"].Value);
        }
        foreach (var f in facts)
        {
            foreach (var role in new[] { f.First, f.Second })
            {
                if (!role.StartsWith('=') && !needs.ContainsKey(role)) throw new InvalidOperationException($"fact role {role} does not occur in its template");
            }
        }
        var used = facts.SelectMany(f => new[] { f.First, f.Second }).Where(r => r.StartsWith('=')).Select(r => r[1..]).ToHashSet(StringComparer.Ordinal);
        var picked = new Dictionary<string, Polity>(StringComparer.Ordinal);
        foreach (var (role, forms) in needs)
        {
            var pool = Pool(role, forms, random).Where(p => !used.Contains(p.Id)
                && (!forms.Contains("cap") || p.Capitals.Count > 0)
                && (!forms.Contains("adj") || p.Adjectives.Count > 0)
                && (!forms.Contains("leader") || p.Leaders.Count > 0)).ToList();
            if (pool.Count == 0) throw new InvalidOperationException($"no entity fits role {role} with forms {string.Join(",", forms)}");
            var p = pool[random.Next(pool.Count)];
            picked[role] = p;
            used.Add(p.Id);
        }
        return picked;
    }

    private static bool IsEntityRole(string role) => role.Length == 1 && char.IsUpper(role[0]);

    private static IReadOnlyList<Polity> Pool(string role, HashSet<string> forms, Random random)
    {
        var polities = Polities.Default;
        // quotation marks are for entities whose name is disputed, not for UN members
        if (forms.Contains("quoted") || forms.Contains("quotedbare")) return polities.Breakaways;
        return role[0] switch
        {
            >= 'A' and <= 'H' => polities.States,
            'P' or 'Q' => polities.All.Where(p => !p.IsRegion).ToList(),
            'Y' or 'Z' => random.NextDouble() < BreakawayShare ? polities.Breakaways : polities.States.Where(p => p.Id != "china").ToList(),
            // mostly territories and breakaway entities; now and then a whole state (Kuwait in 1990)
            'R' or 'S' => random.Next(10) switch
            {
                < 6 => polities.Regions,
                < 9 => polities.Breakaways,
                _ => polities.States,
            },
            _ => throw new InvalidOperationException("unknown role " + role),
        };
    }

    /// <summary>"the “Donetsk People's Republic”": the article stays outside the quotation marks, or goes.</summary>
    private static string Quoted(string name, Random random, bool keepArticle)
    {
        var (open, close) = random.Next(2) == 0 ? ("\u201c", "\u201d") : ("\"", "\"");
        var article = name.StartsWith("the ", StringComparison.Ordinal);
        var quoted = open + (article ? name[4..] : name) + close;
        return article && keepArticle ? "the " + quoted : quoted;
    }

    private static string? NextDay(string? iso) =>
        iso is null ? throw new InvalidOperationException("\"when+1\" needs a dated {when}")
            : DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static string NameOf(Polity p, Random random) =>
        p.Aliases.Count > 0 && random.NextDouble() < AliasShare ? p.Aliases[random.Next(p.Aliases.Count)] : p.Name;

    private static string Ordinal(int n)
    {
        if (n <= SmallOrdinals.Length) return SmallOrdinals[n - 1];
        var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return n.ToString(System.Globalization.CultureInfo.InvariantCulture) + suffix;
    }

    /// <summary>US spelling for half the cases: the verbs the extractor reads come in both.</summary>
    private static string Americanise(string text) =>
        text.Replace("recognis", "recogniz", StringComparison.Ordinal).Replace("Recognis", "Recogniz", StringComparison.Ordinal)
            .Replace("normalis", "normaliz", StringComparison.Ordinal).Replace("Normalis", "Normaliz", StringComparison.Ordinal);
}
