using System.Globalization;
using System.Text;
using KgExport.Extraction;
using KgExport.Extraction.Text;
using KgExport.Facts;

namespace KgExport.Benchmarks.Corpus;

/// <summary>
/// Writes a synthetic news archive for the corpus-scale benchmark: N articles (<c>NNNNNNN_gen.txt</c>), each a
/// headline, a dateline and paragraphs recombined from sentence patterns written for this benchmark (recognitions,
/// withdrawals, severed ties, annexations, stances, attributed quotes, filler), deterministic for a seed. With
/// <c>--facts</c> each article also gets the facts extraction finds in it as its <c>.facts.json</c>, so the export runs
/// the reviewed-facts path. Extraction is the slow part of generating, so past <c>--distinct K</c> articles (default
/// 10000) the generator reuses article i mod K, text and facts, under the new article's own id. Articles are written
/// one at a time, so memory does not grow with N. <c>--bytes MIN-MAX</c> sizes each article's text by adding paragraphs
/// until it reaches a length drawn from that range (the real-length case of issue 15 is <c>--bytes 2048-4096</c>); by
/// default an article has two to five paragraphs (about 1 KB). The dateline carries the year after the last year the
/// patterns use, so no reported date falls after publication.
/// </summary>
public static class NewsArchiveGenerator
{
    private static readonly string[] States =
    [
        "Russia", "Syria", "North Korea", "Nicaragua", "Venezuela", "Nauru", "Vanuatu", "Tuvalu", "Georgia", "Ukraine", "Serbia",
        "Albania", "Turkey", "Germany", "France", "Japan", "Canada", "Poland", "Austria", "Croatia", "Italy", "Belarus",
    ];

    private static readonly string[] Breakaways =
    [
        "Kosovo", "Abkhazia", "South Ossetia", "Transnistria", "Somaliland", "Northern Cyprus", "the Donetsk People's Republic",
        "the Luhansk People's Republic",
    ];

    private static readonly string[] Cities = ["Moscow", "Damascus", "Pyongyang", "Kyiv", "Tbilisi", "Belgrade", "Caracas", "Ankara"];

    private static readonly string[] Agencies = ["Reuters", "AFP", "AP"];

    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    // Patterns for this benchmark: {S} a state, {B} a breakaway entity, {C} a city, {D} a full date, {Y} a year, {M} month and year.
    private static readonly string[] Patterns =
    [
        "{S} formally recognised {B} as an independent state on {D}.",
        "The government of {S} said on {D} that it had recognised {B}.",
        "{B} has been recognised by {S} since {Y}, officials in {C} noted.",
        "{S} became the latest country to recognise {B} in {M}.",
        "{S} cut diplomatic ties with {S} on {D}, recalling its ambassador.",
        "{S} broke off relations with {S} in {M} after the vote.",
        "{S} withdrew its recognition of {B} on {D}, the ministry said.",
        "{S} said it would not recognise {B} under any circumstances.",
        "{S} welcomed the decision, its foreign ministry said in a statement.",
        "{S} condemned the annexation as a violation of international law.",
        "{S} annexed the region in {Y}, a move most states reject.",
        "\"This is a historic day for our people,\" the leader of {B} told reporters in {C}.",
        "Talks between the delegations in {C} are expected to resume next month.",
        "Analysts in {C} said the step was largely symbolic.",
        "Ministers from {S} and {S} met in {C} on {D} to discuss trade.",
        "Only a handful of countries have recognised {B} so far.",
        "The statement was published on the ministry's website late on Tuesday.",
        "Local media showed crowds gathering in the centre of {C}.",
    ];

    public static int Run(string[] args)
    {
        if (args.Length < 2 || !int.TryParse(args[0], NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 1)
        {
            Console.Error.WriteLine("usage: KgExport.Benchmarks generate-corpus N DIR [--facts] [--distinct K] [--seed S] [--bytes MIN-MAX]");
            return 2;
        }
        var directory = args[1];
        var withFacts = args.Contains("--facts");
        var seedAt = Array.IndexOf(args, "--seed");
        var seed = seedAt > 0 && seedAt + 1 < args.Length ? int.Parse(args[seedAt + 1], CultureInfo.InvariantCulture) : 20220714;
        var distinctAt = Array.IndexOf(args, "--distinct");
        var distinct = distinctAt > 0 && distinctAt + 1 < args.Length ? int.Parse(args[distinctAt + 1], CultureInfo.InvariantCulture) : 10000;
        var bytesAt = Array.IndexOf(args, "--bytes");
        var (minBytes, maxBytes) = bytesAt > 0 && bytesAt + 1 < args.Length ? Range(args[bytesAt + 1]) : (0, 0);
        Directory.CreateDirectory(directory);
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        var random = new Random(seed);
        long bytes = 0;
        for (var i = 0; i < count; i++)
        {
            var id = Id(i);
            var path = Path.Combine(directory, id + ".txt");
            if (withFacts && i >= distinct)
            {
                var model = Path.Combine(directory, Id(i % distinct));
                File.Copy(model + ".txt", path);
                var json = File.ReadAllText(model + ".facts.json").Replace($"\"id\": \"{Id(i % distinct)}\"", $"\"id\": \"{id}\"", StringComparison.Ordinal);
                File.WriteAllText(Path.Combine(directory, id + ".facts.json"), json, utf8);
                bytes += new FileInfo(path).Length;
                continue;
            }
            var text = Article(random, minBytes == 0 ? 0 : minBytes + random.Next(maxBytes - minBytes + 1));
            File.WriteAllText(path, text, utf8);
            bytes += utf8.GetByteCount(text);
            if (withFacts)
            {
                var facts = ArticleExtraction.Extract(PlainTextArticleReader.Read(id, text));
                File.WriteAllText(Path.Combine(directory, id + ".facts.json"), FactsWriter.Write(facts), utf8);
            }
        }
        Console.Error.WriteLine($"{count} articles ({bytes / 1024} KiB of text{(withFacts ? ", with facts files" : "")}) in {directory}");
        return 0;
    }

    private static string Id(int i) => i.ToString("D7", CultureInfo.InvariantCulture) + "_gen";

    private static (int Min, int Max) Range(string text)
    {
        var parts = text.Split('-');
        if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var min)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var max) || min < 1 || max < min)
        {
            throw new ArgumentException($"--bytes: expected MIN-MAX with 1 <= MIN <= MAX, not '{text}'");
        }
        return (min, max);
    }

    /// <summary>One article; with <paramref name="targetBytes"/> above zero, paragraphs are added until the text is at least that long.</summary>
    public static string Article(Random random, int targetBytes = 0)
    {
        var sb = new StringBuilder(2048);
        var state = States[random.Next(States.Length)];
        var breakaway = Breakaways[random.Next(Breakaways.Length)];
        sb.Append(state).Append(" recognises ").Append(Capitalised(breakaway)).Append("\n\n");
        var month = random.Next(1, 13);
        sb.Append(Months[month - 1]).Append(' ').Append(random.Next(1, 29).ToString(CultureInfo.InvariantCulture))
          .Append(", ").Append((LastYear + 1).ToString(CultureInfo.InvariantCulture)).Append(" (").Append(Agencies[random.Next(Agencies.Length)]).Append(") - ");
        sb.Append(state).Append(" recognised ").Append(breakaway).Append(" on ").Append(Date(random)).Append(", according to its foreign ministry. ");
        var paragraphs = 2 + random.Next(4);
        for (var p = 0; p < paragraphs || sb.Length < targetBytes; p++)
        {
            var sentences = 2 + random.Next(3);
            for (var s = 0; s < sentences; s++) sb.Append(Fill(Patterns[random.Next(Patterns.Length)], random)).Append(' ');
            sb.Length--;
            sb.Append("\n\n");
        }
        return sb.ToString();
    }

    private const int FirstYear = 2000, LastYear = 2023;

    private static string Year(Random random) => (FirstYear + random.Next(LastYear - FirstYear + 1)).ToString(CultureInfo.InvariantCulture);

    private static string Capitalised(string s) => char.ToUpperInvariant(s[0]) + s[1..];

    private static string Date(Random random) =>
        $"{Months[random.Next(12)]} {random.Next(1, 29).ToString(CultureInfo.InvariantCulture)}, {Year(random)}";

    private static string Fill(string pattern, Random random)
    {
        var sb = new StringBuilder(pattern.Length + 48);
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '{' && i + 2 < pattern.Length && pattern[i + 2] == '}')
            {
                sb.Append(pattern[i + 1] switch
                {
                    'S' => States[random.Next(States.Length)],
                    'B' => Breakaways[random.Next(Breakaways.Length)],
                    'C' => Cities[random.Next(Cities.Length)],
                    'Y' => Year(random),
                    'M' => Months[random.Next(12)] + " " + Year(random),
                    _ => Date(random),
                });
                i += 2;
            }
            else
            {
                sb.Append(pattern[i]);
            }
        }
        return sb.ToString();
    }
}
