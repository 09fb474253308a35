using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace KgExport.Facts;

/// <summary>
/// Writes the facts format: indented two spaces, "\n" line ends, fields in a fixed order, every section
/// present; always-meaningful nulls ("wikidata", "date", "medium") written, other absent optionals omitted.
/// Loading what it writes gives equal facts; writing a loaded reviewed file reproduces it byte for byte.
/// </summary>
public static class FactsWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(ArticleFacts facts)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            WriteArticle(w, facts.Article);
            Array(w, "entities", facts.Entities, WriteEntity);
            Array(w, "sources", facts.Sources, WriteSource);
            Array(w, "roles", facts.Roles, (w, r) => WriteFact(w, r, () =>
            {
                w.WriteString("person", r.Person);
                w.WriteString("kind", FactsNames.Of(r.Kind));
                w.WriteString("of", r.Of);
                if (r.To is not null) w.WriteString("to", r.To);
            }));
            Array(w, "recognitions", facts.Recognitions, (w, r) => WriteFact(w, r, () =>
            {
                w.WriteString("recogniser", r.Recogniser);
                w.WriteString("recognised", r.Recognised);
                w.WriteString("kind", r.Kind.Name);
                Date(w, "date", r.Date);
                Basis(w, r);
                Occurrence(w, r);
                if (r.Ordinal is { } o) w.WriteNumber("ordinal", o);
                if (r.OrdinalScope is not null) w.WriteString("ordinalScope", r.OrdinalScope);
                if (r.Instrument is not null) w.WriteString("instrument", r.Instrument);
                if (r.AnnouncedBy is not null) w.WriteString("announcedBy", r.AnnouncedBy);
            }));
            Array(w, "severances", facts.Severances, (w, s) => WriteFact(w, s, () =>
            {
                w.WriteString("by", s.By);
                w.WriteString("with", s.With);
                Date(w, "date", s.Date);
                Basis(w, s);
                Occurrence(w, s);
                Strings(w, "inResponseTo", s.InResponseTo);
                if (s.Downgrade) w.WriteBoolean("downgrade", true);
            }));
            Array(w, "establishments", facts.Establishments, (w, e) => WriteFact(w, e, () =>
            {
                Strings(w, "between", e.Between);
                Date(w, "date", e.Date);
                Basis(w, e);
                Occurrence(w, e);
                if (e.Restoration) w.WriteBoolean("restoration", true);
            }));
            Array(w, "annexations", facts.Annexations, (w, a) => WriteFact(w, a, () =>
            {
                w.WriteString("annexer", a.Annexer);
                w.WriteString("annexed", a.Annexed);
                Date(w, "date", a.Date);
                Basis(w, a);
                Occurrence(w, a);
            }));
            Array(w, "stances", facts.Stances, (w, s) => WriteFact(w, s, () =>
            {
                w.WriteString("actor", s.Actor);
                w.WriteString("position", FactsNames.Of(s.Position));
                Strings(w, "targets", s.Targets);
                Date(w, "date", s.Date);
                Basis(w, s);
            }));
            Array(w, "quotes", facts.Quotes, (w, q) => WriteFact(w, q, () =>
            {
                w.WriteString("speaker", q.Speaker);
                w.WriteString("text", q.Text);
                OptionalString(w, "medium", q.Medium);
            }));
            Strings(w, "notes", facts.Notes);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteArticle(Utf8JsonWriter w, Article a)
    {
        w.WriteStartObject("article");
        w.WriteString("id", a.Id);
        w.WriteString("headline", a.Headline);
        Date(w, "published", a.Published);
        OptionalString(w, "publisher", a.Publisher);
        OptionalString(w, "dateline", a.Dateline);
        w.WriteString("language", a.Language);
        if (a.Url is not null) w.WriteString("url", a.Url);
        w.WriteEndObject();
    }

    private static void WriteEntity(Utf8JsonWriter w, Entity e)
    {
        w.WriteStartObject();
        w.WriteString("id", e.Id);
        w.WriteString("name", e.Name);
        w.WriteString("type", FactsNames.Of(e.Type));
        OptionalString(w, "wikidata", e.Wikidata);
        Strings(w, "aliases", e.Aliases);
        if (e.Platform is not null) w.WriteString("platform", e.Platform);
        if (e.OperatedBy is not null) w.WriteString("operatedBy", e.OperatedBy);
        if (e.GovernmentOf is not null) w.WriteString("governmentOf", e.GovernmentOf);
        if (e.CorpusWide) w.WriteBoolean("corpusWide", true);
        w.WriteEndObject();
    }

    private static void WriteSource(Utf8JsonWriter w, Source s)
    {
        w.WriteStartObject();
        w.WriteString("id", s.Id);
        w.WriteString("kind", FactsNames.Of(s.Kind));
        w.WriteString("by", s.By);
        OptionalString(w, "medium", s.Medium);
        Date(w, "date", s.Date);
        WriteEvidence(w, s.Evidence);
        w.WriteEndObject();
    }

    private static void WriteFact(Utf8JsonWriter w, Fact fact, Action own)
    {
        w.WriteStartObject();
        w.WriteString("id", fact.Id);
        own();
        WriteEvidence(w, fact.Evidence);
        Strings(w, "attributedTo", fact.AttributedTo);
        if (fact.Review != ReviewStatus.Reviewed) w.WriteString("review", FactsNames.Of(fact.Review));
        if (fact.Confidence is { } confidence) w.WriteNumber("confidence", confidence);
        if (fact.Notes is not null) w.WriteString("notes", fact.Notes);
        w.WriteEndObject();
    }

    private static void WriteEvidence(Utf8JsonWriter w, IReadOnlyList<Evidence> evidence)
    {
        w.WriteStartArray("evidence");
        foreach (var e in evidence)
        {
            w.WriteStartObject();
            w.WriteNumber("start", e.Start);
            w.WriteNumber("end", e.End);
            w.WriteString("text", e.Text);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void Array<T>(Utf8JsonWriter w, string name, IReadOnlyList<T> items, Action<Utf8JsonWriter, T> write)
    {
        w.WriteStartArray(name);
        foreach (var item in items) write(w, item);
        w.WriteEndArray();
    }

    private static void Strings(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }

    /// <summary>Beside the date, where it comes from, unless stated (the default a reader assumes).</summary>
    private static void Basis(Utf8JsonWriter w, Fact fact)
    {
        if (fact.DateBasis is { } basis and not DateBasis.Stated) w.WriteString("dateBasis", FactsNames.Of(basis));
    }

    private static void Occurrence(Utf8JsonWriter w, Fact fact)
    {
        if (fact.Occurrence is { } occurrence) w.WriteNumber("occurrence", occurrence);
    }

    private static void Date(Utf8JsonWriter w, string name, FactDate? date) => OptionalString(w, name, date?.ToString());

    private static void OptionalString(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name);
        else w.WriteString(name, value);
    }
}
