using System.Runtime.CompilerServices;
using KgExport.Diff;
using KgExport.Rdf;
using KgExport.Sparql.Evaluation;

namespace KgExport.Testing;

/// <summary>
/// Approval tests for RDF. Each method compares an output with its approved file beside the test
/// (<c>{TestFile}.{TestMethod}.approved.{ext}</c>, or <c>name</c> relative to the test's folder),
/// throws <see cref="ApprovalException"/> with the semantic difference when they differ, and writes the output to
/// the matching <c>.received</c> file. Run the tests with <c>KGEXPORT_ACCEPT_SNAPSHOTS=1</c> (ignored when
/// <c>CI=true</c>) to accept outputs: a new approved file is created and named on standard error; replacing an
/// approved file fails that run once with the accepted difference (the next run passes). Give <c>name</c>
/// when one test approves more than one output (or a theory runs one method with several cases).
/// </summary>
public static class Approve
{
    /// <summary>
    /// Approves a dataset (quads, named graphs included) in its RDFC-1.0 canonical N-Quads form. It matches an
    /// approved file that is the same dataset up to blank node labels; a mismatch lists per graph the nodes added,
    /// removed and changed (properties old → new), with IRIs shortened by <paramref name="prefixes"/>.
    /// </summary>
    public static void Dataset(IEnumerable<Quad> quads, string? name = null, PrefixMap? prefixes = null,
        [CallerFilePath] string testFile = "", [CallerMemberName] string testName = "")
    {
        ArgumentNullException.ThrowIfNull(quads);
        DatasetApproval.Check(ApprovedFile.For(testFile, testName, name, ".nq"), quads.ToList(), prefixes);
    }

    /// <summary>
    /// Approves the result of a SPARQL query. SELECT and ASK results are kept as SPARQL TSV with their rows sorted
    /// (unless <paramref name="ordered"/>: then the order, from the query's ORDER BY, is approved too) and blank nodes
    /// relabelled canonically; a mismatch lists the rows each side has alone. CONSTRUCT and DESCRIBE results are
    /// approved as datasets (see <see cref="Dataset"/>).
    /// </summary>
    public static void SparqlResult(QueryResult result, bool ordered = false, string? name = null, PrefixMap? prefixes = null,
        [CallerFilePath] string testFile = "", [CallerMemberName] string testName = "")
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Kind == QueryResultKind.Graph)
        {
            DatasetApproval.Check(ApprovedFile.For(testFile, testName, name, ".nq"), result.Triples.Select(t => t.InGraph(null)).ToList(), prefixes);
            return;
        }
        var text = SparqlResultText.Of(result, ordered, CancellationToken.None);
        Approval.Check(ApprovedFile.For(testFile, testName, name, ".tsv"), text, approved => SparqlResultText.Difference(approved, text));
    }

    /// <summary>
    /// Approves a QuickStatements batch (V1 or CSV) exactly as written; a mismatch lists, per item, the commands
    /// only one of the two batches has.
    /// </summary>
    public static void QuickStatements(string batch, string? name = null,
        [CallerFilePath] string testFile = "", [CallerMemberName] string testName = "")
    {
        ArgumentNullException.ThrowIfNull(batch);
        var text = Approval.Normalise(batch);
        var extension = text.StartsWith("qid,", StringComparison.Ordinal) ? ".csv" : ".tsv";
        Approval.Check(ApprovedFile.For(testFile, testName, name, extension), text, approved => QuickStatementsText.Difference(approved, text));
    }

    /// <summary>
    /// Approves an RDF document byte for byte (a writer's exact output: prefixes, order, layout). A mismatch says
    /// first what changed in meaning, as <see cref="Dataset"/> does, or that the data is the same and only the text
    /// differs, then the changed lines. <paramref name="parsing"/> reads both texts (a base IRI, a JSON-LD context loader).
    /// </summary>
    public static void RdfDocument(string text, RdfFormat format, string? name = null, ParserOptions? parsing = null,
        [CallerFilePath] string testFile = "", [CallerMemberName] string testName = "")
    {
        ArgumentNullException.ThrowIfNull(text);
        var received = Approval.Normalise(text);
        var file = ApprovedFile.For(testFile, testName, name, RdfFormats.Extension(format));
        Approval.Check(file, received, approved => approved == received ? null : DocumentDifference(approved, received, format, parsing));
    }

    /// <summary>Approves any text exactly; a mismatch shows the changed lines with their numbers.</summary>
    public static void Text(string text, string? name = null, string extension = ".txt",
        [CallerFilePath] string testFile = "", [CallerMemberName] string testName = "")
    {
        ArgumentNullException.ThrowIfNull(text);
        var received = Approval.Normalise(text);
        Approval.Check(ApprovedFile.For(testFile, testName, name, extension), received, approved => approved == received ? null : TextDiff.Lines(approved, received));
    }

    // Any failure to read either text (a syntax error, a JSON-LD context that cannot be loaded) leaves the line diff.
    private static string DocumentDifference(string approved, string received, RdfFormat format, ParserOptions? parsing)
    {
        var lines = TextDiff.Lines(approved, received);
        try
        {
            var options = parsing ?? new ParserOptions();
            var before = RdfIo.CreateParser(format, options with { SourceName = "approved" });
            var beforeQuads = before.Parse(new StringReader(approved)).ToList();
            var after = RdfIo.CreateParser(format, options with { SourceName = "received" });
            var afterQuads = after.Parse(new StringReader(received)).ToList();
            var difference = DatasetComparer.Compare(beforeQuads, afterQuads);
            if (difference.AreEqual) return "The same data, written differently (- approved, + received):\n" + lines;
            var prefixes = DatasetApproval.DisplayPrefixes(before.Prefixes);
            foreach (var (prefix, ns) in after.Prefixes.Entries) prefixes.Set(prefix, ns);
            return new DiffReport("approved", "received", prefixes).ToText(difference) + "\nChanged lines (- approved, + received):\n" + lines;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return $"(cannot compare the data: {e.Message})\nChanged lines (- approved, + received):\n" + lines;
        }
    }
}
