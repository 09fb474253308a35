using System.Reflection;
using KgExport.Extraction.Text;
using KgExport.Facts;

namespace KgExport.Extraction.Gazetteer;

/// <summary>
/// The world the extractor knows: states, observer states, breakaway entities (<c>states.tsv</c>), regions,
/// organisations, news agencies and platforms (<c>entities.tsv</c>) and people who act for states (<c>people.tsv</c>),
/// all embedded in the assembly. Lookup is by
/// token sequence, longest match first, case-sensitive except for a leading "the".
/// </summary>
public sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> Embedded = new(LoadEmbedded);

    private readonly Dictionary<string, List<SurfaceForm>> _byFirstToken = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GazetteerEntry> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GazetteerEntry> _byQid = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GazetteerEntry> _byLowerName = new(StringComparer.Ordinal);

    public static Gazetteer Default => Embedded.Value;

    public IEnumerable<GazetteerEntry> Entries => _byId.Values;

    public GazetteerEntry? ById(string id) => _byId.GetValueOrDefault(id);

    public GazetteerEntry? ByQid(string qid) => _byQid.GetValueOrDefault(qid);

    /// <summary>An entry by its name or one of its aliases, ignoring case.</summary>
    public GazetteerEntry? ByName(string name) => _byLowerName.GetValueOrDefault(name.Trim().ToLowerInvariant());

    /// <summary>The longest surface form starting at token <paramref name="i"/>, or null.</summary>
    public SurfaceForm? Match(Sentence s, int i)
    {
        if (!_byFirstToken.TryGetValue(Key(s[i].Text), out var forms)) return null;
        foreach (var form in forms)
        {
            if (i + form.Tokens.Length > s.Count) continue;
            var ok = true;
            // after a capitalised first word, the rest of a name may be written in lower case ("the Donetsk and Luhansk
            // people's republics", "the Donetsk people's republic")
            for (var k = 1; k < form.Tokens.Length && ok; k++) ok = string.Equals(Key(s[i + k].Text), form.Tokens[k], char.IsUpper(form.Tokens[0][0]) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
            if (ok) return form;
        }
        return null;
    }

    private static string Key(string token) => token is "The" ? "the" : token;

    private static Gazetteer LoadEmbedded()
    {
        var g = new Gazetteer();
        g.AddStates(ReadResource("states.tsv"));
        g.AddOthers(ReadResource("entities.tsv"));
        g.AddPeople(ReadResource("people.tsv"));
        g.AddRegions(ReadResource("regions.tsv"));
        g.Sort();
        return g;
    }

    private static IEnumerable<string[]> ReadResource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("KgExport.Extraction.Gazetteer." + name)
            ?? throw new InvalidOperationException(name + " is not embedded");
        using var reader = new StreamReader(stream);
        var header = true;
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (header)
            {
                header = false;
                continue;
            }
            rows.Add(line.Split('\t'));
        }
        return rows;
    }

    private readonly Dictionary<string, HashSet<string>> _regions = new(StringComparer.Ordinal);
    private readonly HashSet<string> _regionTerms = new(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="term"/> (lower case: "central american", "gulf", "island") names a region of some state.</summary>
    public bool IsRegionTerm(string term) => _regionTerms.Contains(term);

    /// <summary>Whether the state <paramref name="id"/> lies in the region <paramref name="term"/> (<c>regions.tsv</c>).</summary>
    public bool InRegion(string id, string term) => _regions.TryGetValue(id, out var terms) && terms.Contains(term);

    /// <summary>The regions news uses to describe each state (<c>regions.tsv</c>: "the Central American nation", "the Gulf state").</summary>
    private void AddRegions(IEnumerable<string[]> rows)
    {
        foreach (var f in rows)
        {
            if (!_byId.ContainsKey(f[0])) throw new InvalidOperationException("regions.tsv: unknown state " + f[0]);
            var terms = f[1].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            _regions[f[0]] = new HashSet<string>(terms, StringComparer.Ordinal);
            _regionTerms.UnionWith(terms);
        }
    }

    private void AddStates(IEnumerable<string[]> rows)
    {
        foreach (var f in rows)
        {
            var kind = f[2] == "breakaway-entity" ? EntityType.BreakawayEntity : EntityType.State;
            var aliases = List(f, 4);
            var adjectives = List(f, 5);
            var capitals = List(f, 6);
            var entry = Register(new GazetteerEntry(f[0], f[1], kind, Empty(f[3])) { Aliases = aliases, Adjectives = adjectives, Capitals = capitals });
            AddForm(f[1], entry, SurfaceFormKind.Name);
            foreach (var a in aliases) AddForm(a, entry, SurfaceFormKind.Alias);
            foreach (var a in adjectives) AddForm(a, entry, SurfaceFormKind.Adjective);
            foreach (var c in capitals) AddForm(c, entry, SurfaceFormKind.Capital);
        }
    }

    private void AddOthers(IEnumerable<string[]> rows)
    {
        foreach (var f in rows)
        {
            var kind = f[2] switch
            {
                "region" => EntityType.Region,
                "organisation" => EntityType.Organisation,
                "news-agency" => EntityType.NewsAgency,
                "platform" => EntityType.Platform,
                _ => throw new InvalidOperationException("entities.tsv: unknown type " + f[2]),
            };
            var aliases = List(f, 4);
            var entry = Register(new GazetteerEntry(f[0], f[1], kind, Empty(f[3])) { Aliases = aliases, Of = f.Length > 5 ? Empty(f[5]) : null });
            AddForm(f[1], entry, SurfaceFormKind.Name);
            foreach (var a in aliases) AddForm(a, entry, SurfaceFormKind.Alias);
        }
    }

    /// <summary>People who act for a state (<c>people.tsv</c>): entries of kind Person whose <see cref="GazetteerEntry.Of"/> is the state.</summary>
    private void AddPeople(IEnumerable<string[]> rows)
    {
        foreach (var f in rows)
        {
            if (_byId.GetValueOrDefault(f[2]) is not { IsPolity: true }) throw new InvalidOperationException("people.tsv: unknown state " + f[2]);
            var aliases = List(f, 3);
            var entry = Register(new GazetteerEntry(f[0], f[1], EntityType.Person, null) { Aliases = aliases, Of = f[2] });
            AddForm(f[1], entry, SurfaceFormKind.Name);
            foreach (var a in aliases) AddForm(a, entry, SurfaceFormKind.Alias);
        }
    }

    /// <summary>
    /// The entity a name meant at a date. "China" before the People's Republic was proclaimed (1 October 1949) was
    /// the Republic of China, whose government continues in Taiwan; every other id means the same at every date.
    /// </summary>
    public static string AtDate(string id, Dates.PartialDate? date) =>
        id == "china" && date is { } d && (d.Year, d.Month ?? 12, d.Day ?? 31).CompareTo((1949, 10, 1)) < 0 ? "taiwan" : id;

    /// <summary>The official news agency of a state, if the gazetteer knows it.</summary>
    public GazetteerEntry? AgencyOf(string state) => _byId.Values.FirstOrDefault(e => e.Kind == EntityType.NewsAgency && e.Of == state);

    private GazetteerEntry Register(GazetteerEntry entry)
    {
        if (!_byId.TryAdd(entry.Id, entry)) throw new InvalidOperationException("gazetteer: duplicate id " + entry.Id);
        if (entry.Qid is { } q) _byQid.TryAdd(q, entry);
        _byLowerName.TryAdd(entry.Name.ToLowerInvariant(), entry);
        foreach (var a in entry.Aliases) _byLowerName.TryAdd(a.ToLowerInvariant(), entry);
        return entry;
    }

    private void AddForm(string text, GazetteerEntry entry, SurfaceFormKind kind)
    {
        var tokens = Tokenizer.Tokenize(text, 0, text.Length).Select(t => Key(t.Text)).ToArray();
        if (tokens.Length == 0) return;
        Add(new SurfaceForm(tokens, entry, kind));
        // "X People's Republic" -> plural "X People's Republics" sharing the head with a coordinated name before it
        if (kind is SurfaceFormKind.Name or SurfaceFormKind.Alias && tokens.Length >= 2 && char.IsUpper(tokens[^1][0]) && !tokens[^1].EndsWith('s'))
        {
            var plural = tokens.ToArray();
            plural[^1] += "s";
            Add(new SurfaceForm(plural, entry, kind) { SharedHead = tokens[1..] });
        }
    }

    private void Add(SurfaceForm form)
    {
        if (!_byFirstToken.TryGetValue(form.Tokens[0], out var list)) _byFirstToken[form.Tokens[0]] = list = [];
        list.Add(form);
    }

    private void Sort()
    {
        foreach (var list in _byFirstToken.Values)
        {
            // longest first; at equal length names before aliases before adjectives before capitals
            list.Sort((a, b) => b.Tokens.Length != a.Tokens.Length ? b.Tokens.Length.CompareTo(a.Tokens.Length) : a.Kind.CompareTo(b.Kind));
        }
    }

    private static string? Empty(string s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static List<string> List(string[] f, int i) =>
        i < f.Length ? [.. f[i].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)] : [];
}
