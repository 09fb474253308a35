using System.Globalization;
using KgExport.Rdf;
using KgExport.Sparql.Evaluation;
using KgExport.Sparql.Results;

namespace KgExport.Publishing.Reconciliation;

/// <summary>
/// Existing items from a table the user supplies: the CSV export of a Wikidata Query Service query (SPARQL 1.1 CSV
/// results), one row per item or per item and participant. Columns: <c>item</c> (required; an entity IRI or QID),
/// <c>itemLabel</c> (required), and optionally <c>itemAltLabel</c> (aliases, comma-separated as the label service
/// writes them), <c>class</c> (the item's P31), <c>date</c> (its point in time or start) and <c>participant</c> (a
/// P710 value). A query matches an item whose label or an alias is its text (case and spacing ignored); an event
/// query whose class and year are the item's, and whose participants the item has where the table lists any, might be
/// that item (a possible match, for review).
/// </summary>
public sealed class ReconciliationTable : IReconciler
{
    private sealed class Row(string qid)
    {
        public string Qid { get; } = qid;
        public string Label { get; set; } = "";
        public HashSet<string> Names { get; } = new(StringComparer.Ordinal);
        public HashSet<string> Classes { get; } = new(StringComparer.Ordinal);
        public HashSet<int> Years { get; } = [];
        public HashSet<string> Participants { get; } = new(StringComparer.Ordinal);
    }

    private readonly List<Row> _items;

    private ReconciliationTable(string name, List<Row> items)
    {
        Name = name;
        _items = items;
    }

    public string Name { get; }

    /// <summary>How many items the table names.</summary>
    public int Count => _items.Count;

    public static ReconciliationTable LoadFile(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ReconciliationException($"{path}: cannot read: {e.Message}", e);
        }
        return Parse(text, path);
    }

    /// <summary>Reads a table; every bad row is reported at once, by its record number (the header is 1).</summary>
    public static ReconciliationTable Parse(string csv, string source)
    {
        QueryResult result;
        try
        {
            result = CsvResultsReader.Read(new StringReader(csv));
        }
        catch (SparqlResultsFormatException e)
        {
            throw new ReconciliationException($"{source}: {e.Message}", e);
        }
        var columns = result.Variables.ToList();
        int Column(string name) => columns.IndexOf(name);
        var item = Column("item");
        var label = Column("itemLabel");
        if (item < 0 || label < 0)
        {
            throw new ReconciliationException($"{source}:1: the header needs the columns item and itemLabel (it has {string.Join(", ", columns)}); export a query that selects ?item ?itemLabel");
        }
        var (alt, cls, date, participant) = (Column("itemAltLabel"), Column("class"), Column("date"), Column("participant"));
        var byQid = new Dictionary<string, Row>(StringComparer.Ordinal);
        var order = new List<Row>();
        var problems = new List<string>();
        var record = 1;
        foreach (var values in result.Rows)
        {
            record++;
            string? Text(int i) => i < 0 ? null : values[i] switch { Iri iri => iri.Value, Literal l => l.LexicalForm, _ => null };
            var qid = Text(item) is { } id ? WikidataIds.Qid(id) : null;
            if (qid is null)
            {
                problems.Add($"{source}:{record}: item \"{Text(item)}\" is not an item id (Q123 or http://www.wikidata.org/entity/Q123)");
                continue;
            }
            if (!byQid.TryGetValue(qid, out var row))
            {
                byQid[qid] = row = new Row(qid);
                order.Add(row);
            }
            if (Text(label) is { Length: > 0 } l)
            {
                if (row.Label.Length == 0) row.Label = l;
                row.Names.Add(WikidataIds.Normalise(l));
            }
            if (Text(alt) is { Length: > 0 } aliases)
            {
                foreach (var a in aliases.Split(", ", StringSplitOptions.RemoveEmptyEntries)) row.Names.Add(WikidataIds.Normalise(a));
            }
            if (Text(cls) is { } c)
            {
                if (WikidataIds.Qid(c) is { } classQid) row.Classes.Add(classQid);
                else problems.Add($"{source}:{record}: class \"{c}\" is not an item id");
            }
            if (Text(date) is { } d)
            {
                if (d.Length >= 4 && int.TryParse(d.AsSpan(d[0] is '+' or '-' ? 1 : 0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)) row.Years.Add(year);
                else problems.Add($"{source}:{record}: date \"{d}\" does not start with a year");
            }
            if (Text(participant) is { } p)
            {
                if (WikidataIds.Qid(p) is { } participantQid) row.Participants.Add(participantQid);
                else problems.Add($"{source}:{record}: participant \"{p}\" is not an item id");
            }
        }
        if (problems.Count > 0) throw new ReconciliationException(string.Join("\n", problems));
        return new ReconciliationTable(source, order);
    }

    public Task<IReadOnlyList<IReadOnlyList<ReconcileCandidate>>> ReconcileAsync(IReadOnlyList<ReconcileQuery> queries, CancellationToken cancellationToken)
    {
        var answers = new List<IReadOnlyList<ReconcileCandidate>>(queries.Count);
        foreach (var query in queries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            answers.Add(Candidates(query));
        }
        return Task.FromResult<IReadOnlyList<IReadOnlyList<ReconcileCandidate>>>(answers);
    }

    private List<ReconcileCandidate> Candidates(ReconcileQuery query)
    {
        var text = WikidataIds.Normalise(query.Text);
        var candidates = new List<ReconcileCandidate>();
        foreach (var row in _items)
        {
            if (query.Type is { } type && row.Classes.Count > 0 && !row.Classes.Contains(type)) continue;
            if (row.Names.Contains(text))
            {
                candidates.Add(new(row.Qid, row.Label, 100, true));
            }
            else if (query.Type is { } t && row.Classes.Contains(t) && query.Year is { } year && row.Years.Contains(year)
                && (row.Participants.Count == 0 || (query.Participants ?? []).All(row.Participants.Contains)))
            {
                candidates.Add(new(row.Qid, row.Label, 50, false));
            }
        }
        return candidates;
    }
}
