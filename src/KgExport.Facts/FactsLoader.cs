using System.Text.Json;

namespace KgExport.Facts;

/// <summary>
/// Reads a facts file and checks it against its article text. Never throws for bad input: every problem is
/// reported with its JSON path (syntax errors with line and column), and facts are returned only when there
/// is none.
/// </summary>
public static class FactsLoader
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 64 };

    /// <summary>Loads <paramref name="factsPath"/> and checks its evidence against <paramref name="text"/>.</summary>
    public static FactsLoadResult LoadFile(string factsPath, ArticleText text) => Load(File.ReadAllText(factsPath), text);

    /// <summary>Loads a facts file, throwing <see cref="FactsFileException"/> with every problem if it is not valid.</summary>
    public static ArticleFacts LoadFileOrThrow(string factsPath, ArticleText text)
    {
        var result = LoadFile(factsPath, text);
        return result.Ok ? result.Facts! : throw new FactsFileException(factsPath, result.Problems);
    }

    /// <summary>
    /// Checks facts made in memory (extracted ones) as <see cref="Load"/> checks a file, without writing and parsing
    /// JSON; only when there is a problem is the file form made, so each problem gets its line and column.
    /// </summary>
    public static FactsLoadResult Verify(ArticleFacts facts, ArticleText text)
    {
        var problems = new List<FactsProblem>();
        FactsCheck.Check(facts, text, problems);
        return problems.Count == 0 ? new(facts, []) : Load(FactsWriter.Write(facts), text);
    }

    public static FactsLoadResult Load(string json, ArticleText text)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0) + 1;
            var column = (int)(e.BytePositionInLine ?? 0) + 1;
            return new(null, [new FactsProblem("", "not valid JSON: " + FirstSentence(e.Message), line, column)]);
        }
        catch (ArgumentException) when (UnpairedSurrogates.InText(json) is (int line, int column))
        {
            return new(null, [new FactsProblem("", "not valid JSON: the text holds a lone surrogate (a UTF-16 code unit without its pair)", line, column)]);
        }
        using (document)
        {
            if (UnpairedSurrogates.Escaped(json, DocumentOptions.MaxDepth) is (int escapeLine, int escapeColumn))
                return new(null, [new FactsProblem("", "not valid JSON: a string escapes a lone surrogate (\\uD800 to \\uDFFF without its pair)", escapeLine, escapeColumn)]);
            var problems = new List<FactsProblem>();
            var facts = Read(document.RootElement, problems);
            FactsCheck.Check(facts, text, problems);
            if (problems.Count == 0) return new(facts, []);
            var locations = JsonLocations.Index(json);
            return new(null, [.. problems.Select(p =>
            {
                var (line, column) = locations.Find(p.Path);
                return p with { Line = line, Column = column };
            })]);
        }
    }

    private static ArticleFacts Read(JsonElement root, List<FactsProblem> problems)
    {
        var f = new JsonFields(root, "$", problems, "article", "entities", "sources", "roles", "recognitions", "severances", "establishments", "annexations", "stances", "quotes", "notes");
        var article = f.TryGet("article", out var a) ? ReadArticle(a, f.Child("article"), problems) : Missing(f, "article");
        return new ArticleFacts
        {
            Article = article,
            Entities = [.. f.Items("entities", required: true).Select(x => ReadEntity(x.Item, x.Path, problems))],
            Sources = [.. f.Items("sources").Select(x => ReadSource(x.Item, x.Path, problems))],
            Roles = [.. f.Items("roles").Select(x => ReadRole(x.Item, x.Path, problems))],
            Recognitions = [.. f.Items("recognitions").Select(x => ReadRecognition(x.Item, x.Path, problems))],
            Severances = [.. f.Items("severances").Select(x => ReadSeverance(x.Item, x.Path, problems))],
            Establishments = [.. f.Items("establishments").Select(x => ReadEstablishment(x.Item, x.Path, problems))],
            Annexations = [.. f.Items("annexations").Select(x => ReadAnnexation(x.Item, x.Path, problems))],
            Stances = [.. f.Items("stances").Select(x => ReadStance(x.Item, x.Path, problems))],
            Quotes = [.. f.Items("quotes").Select(x => ReadQuote(x.Item, x.Path, problems))],
            Notes = f.StringList("notes"),
        };
    }

    private static Article Missing(JsonFields f, string name)
    {
        f.Report(name, $"missing required field \"{name}\"");
        return new Article("", "", null, null, null, "en");
    }

    private static Article ReadArticle(JsonElement e, string path, List<FactsProblem> problems)
    {
        var f = new JsonFields(e, path, problems, "id", "headline", "published", "publisher", "dateline", "language", "url");
        return new Article(
            f.RequiredString("id"),
            f.RequiredString("headline"),
            f.OptionalDate("published"),
            f.OptionalString("publisher"),
            f.OptionalString("dateline"),
            f.OptionalString("language") ?? "en",
            f.OptionalString("url"));
    }

    private static Entity ReadEntity(JsonElement e, string path, List<FactsProblem> problems)
    {
        var f = new JsonFields(e, path, problems, "id", "name", "type", "wikidata", "aliases", "platform", "operatedBy", "governmentOf", "corpusWide");
        return new Entity(
            f.RequiredString("id"),
            f.RequiredString("name"),
            f.RequiredEnum<EntityType>("type"),
            f.OptionalString("wikidata"),
            f.StringList("aliases"),
            f.OptionalString("platform"),
            f.OptionalString("operatedBy"),
            f.OptionalString("governmentOf"),
            f.OptionalBool("corpusWide") ?? false);
    }

    private static Source ReadSource(JsonElement e, string path, List<FactsProblem> problems)
    {
        var f = new JsonFields(e, path, problems, "id", "kind", "by", "medium", "date", "evidence");
        return new Source(
            f.RequiredString("id"),
            f.RequiredEnum<SourceKind>("kind"),
            f.RequiredString("by"),
            f.OptionalString("medium"),
            f.OptionalDate("date"),
            ReadEvidence(f, problems));
    }

    private static string[] FactFields(params string[] own) => ["id", .. own, "evidence", "attributedTo", "review", "confidence", "notes"];

    /// <summary>The fields of an event: its own, its date and basis, and which occurrence it is.</summary>
    private static string[] EventFields(params string[] own) => FactFields([.. own, "date", "dateBasis", "occurrence"]);

    /// <summary>An event's occurrence (1 or more), null when the file does not give one.</summary>
    private static int? ReadOccurrence(Fact fact, JsonFields f)
    {
        if (fact is not (Recognition or Severance or Establishment or Annexation)) return null;
        var occurrence = f.OptionalInt("occurrence");
        if (occurrence is < 1) f.Report("occurrence", "an occurrence counts from 1 (2: the second time the same parties did it)");
        return occurrence;
    }

    /// <summary>A dated fact's basis, stated unless the file says otherwise; a basis without a date is a problem.</summary>
    private static DateBasis? ReadDateBasis(Fact fact, JsonFields f)
    {
        if (fact is Quote or Role) return null; // no dates: a "dateBasis" there is reported as an unknown field
        var basis = f.OptionalEnum<DateBasis>("dateBasis");
        if (FactDates.Of(fact) is not null) return basis ?? DateBasis.Stated;
        // A date given but not valid is reported at "date" already.
        var dateGiven = f.TryGet("date", out var date) && date.ValueKind != JsonValueKind.Null;
        if (basis is not null && !dateGiven) f.Report("dateBasis", "a fact without a date has no date basis");
        return null;
    }

    private static T WithCommon<T>(T fact, JsonFields f, List<FactsProblem> problems)
        where T : Fact => fact with
        {
            Evidence = ReadEvidence(f, problems),
            AttributedTo = f.StringList("attributedTo"),
            Review = f.OptionalEnum<ReviewStatus>("review") ?? ReviewStatus.Reviewed,
            DateBasis = ReadDateBasis(fact, f),
            Occurrence = ReadOccurrence(fact, f),
            Confidence = f.OptionalProbability("confidence"),
            Notes = f.OptionalString("notes"),
        };

    private static Role ReadRole(JsonElement e, string path, List<FactsProblem> problems)
    {
        var f = new JsonFields(e, path, problems, FactFields("person", "kind", "of", "to"));
        return WithCommon(
            new Role(f.RequiredString("person"), f.RequiredEnum<RoleKind>("kind"), f.RequiredString("of"), f.OptionalString("to")) { Id = f.RequiredString("id") },
            f,
            problems);
    }

    private static Recognition ReadRecognition(JsonElement e, string path, List<FactsProblem> problems)
    {
        var f = new JsonFields(e, path, problems, EventFields("recogniser", "recognised", "kind", "ordinal", "ordinalScope", "instrument", "announcedBy"));
        var r = new Recognition(
            f.RequiredString("recogniser"),
            f.RequiredString("recognised"),
            ReadRecognitionKind(f),
            f.OptionalDate("date"),
            f.OptionalInt("ordinal"),
            f.OptionalString("instrument"),
            f.OptionalString("announcedBy"),
            f.OptionalString("ordinalScope"))
        { Id = f.RequiredString("id") };
        if (r.Ordinal is < 1) f.Report("ordinal", "an ordinal counts from 1");
        // An ordinal given but not valid is reported at "ordinal" already.
        var ordinalGiven = f.TryGet("ordinal", out var ordinal) && ordinal.ValueKind != JsonValueKind.Null;
        if (r.OrdinalScope is not null && !ordinalGiven) f.Report("ordinalScope", "an ordinal scope goes with an ordinal (\"the third nation\": ordinal 3, ordinalScope \"nation\")");
        if (r.OrdinalScope is { } scope && scope.Trim().Length == 0) f.Report("ordinalScope", "an ordinal scope is the source's word for the group (\"nation\"), not empty");
        return WithCommon(r, f, problems);
    }

    /// <summary>The two axes of a recognition from its one "kind" value.</summary>
    private static RecognitionKind ReadRecognitionKind(JsonFields f)
    {
        var s = f.RequiredString("kind");
        if (s.Length == 0) return RecognitionKind.State; // missing: already reported
        if (RecognitionKind.TryParse(s, out var kind)) return kind;
        f.Report("kind", $"\"{s}\" is not one of: {string.Join(", ", RecognitionKind.All.Select(k => k.Name))} (\"withdrawal\" is a state's recognition withdrawn)");
        return RecognitionKind.State;
    }

    private static Severance ReadSeverance(JsonElement e, string path, List<FactsProblem> problems)
    {
        var f = new JsonFields(e, path, problems, EventFields("by", "with", "inResponseTo", "downgrade"));
        return WithCommon(
            new Severance(f.RequiredString("by"), f.RequiredString("with"), f.OptionalDate("date"), f.StringList("inResponseTo"), f.OptionalBool("downgrade") ?? false) { Id = f.RequiredString("id") },
            f,
            problems);
    }

    private static Establishment ReadEstablishment(JsonElement e, string path, List<FactsProblem> problems)
    {
        var f = new JsonFields(e, path, problems, EventFields("between", "restoration"));
        var between = f.StringList("between", required: true);
        if (f.TryGet("between", out var given) && given.ValueKind == JsonValueKind.Array && given.GetArrayLength() != 2)
        {
            f.Report("between", $"relations are established between exactly two entities; found {given.GetArrayLength()}");
        }
        return WithCommon(
            new Establishment(between, f.OptionalDate("date"), f.OptionalBool("restoration") ?? false) { Id = f.RequiredString("id") },
            f,
            problems);
    }

    private static Annexation ReadAnnexation(JsonElement e, string path, List<FactsProblem> problems)
    {
        var f = new JsonFields(e, path, problems, EventFields("annexer", "annexed"));
        return WithCommon(
            new Annexation(f.RequiredString("annexer"), f.RequiredString("annexed"), f.OptionalDate("date")) { Id = f.RequiredString("id") },
            f,
            problems);
    }

    private static Stance ReadStance(JsonElement e, string path, List<FactsProblem> problems)
    {
        var f = new JsonFields(e, path, problems, FactFields("actor", "position", "targets", "date", "dateBasis"));
        var targets = f.StringList("targets", required: true);
        if (f.TryGet("targets", out _) && targets.Count == 0) f.Report("targets", "a stance needs at least one target fact");
        return WithCommon(
            new Stance(f.RequiredString("actor"), f.RequiredEnum<StancePosition>("position"), targets, f.OptionalDate("date")) { Id = f.RequiredString("id") },
            f,
            problems);
    }

    private static Quote ReadQuote(JsonElement e, string path, List<FactsProblem> problems)
    {
        var f = new JsonFields(e, path, problems, FactFields("speaker", "text", "medium"));
        return WithCommon(
            new Quote(f.RequiredString("speaker"), f.RequiredString("text"), f.OptionalString("medium")) { Id = f.RequiredString("id") },
            f,
            problems);
    }

    private static List<Evidence> ReadEvidence(JsonFields f, List<FactsProblem> problems)
    {
        var result = new List<Evidence>();
        foreach (var (item, path) in f.Items("evidence", required: true))
        {
            var e = new JsonFields(item, path, problems, "start", "end", "text");
            result.Add(new Evidence(e.RequiredInt("start"), e.RequiredInt("end"), e.RequiredString("text")));
        }
        return result;
    }

    private static string FirstSentence(string message)
    {
        var i = message.IndexOf(" Path:", StringComparison.Ordinal);
        return i > 0 ? message[..i] : message;
    }
}
