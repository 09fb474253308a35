using KgExport.Rdf;
using KgExport.Sparql.Evaluation;

namespace KgExport.Testing.Tests;

public sealed class OtherApprovalTests : IDisposable
{
    private readonly ScratchTest _test = new();

    public void Dispose() => _test.Dispose();

    private static readonly Iri A = new("http://example.org/a");
    private static readonly Iri B = new("http://example.org/b");

    private void Sparql(QueryResult result, bool ordered = false) => Approve.SparqlResult(result, ordered, testFile: _test.SourceFile, testName: "Query");

    [Fact]
    public void A_select_result_is_approved_sorted_with_canonical_blank_nodes_whatever_the_row_order_and_labels()
    {
        using var _ = new EnvironmentScope(accept: true, ci: false);
        Sparql(QueryResult.FromBindings(["s", "o"], [[B, new BlankNode("x9")], [A, new Literal("1")], [A, null]]));
        Assert.Equal("?s\t?o\n<http://example.org/a>\t\n<http://example.org/a>\t\"1\"\n<http://example.org/b>\t_:b0\n", File.ReadAllText(_test.PathOf("GraphTests.Query.approved.tsv")));
        using var __ = new EnvironmentScope(accept: false, ci: false);
        Sparql(QueryResult.FromBindings(["s", "o"], [[A, null], [B, new BlankNode("other")], [A, new Literal("1")]]));
    }

    [Fact]
    public void A_select_mismatch_lists_the_rows_each_side_has_alone_and_an_ordered_one_its_order()
    {
        using (new EnvironmentScope(accept: true, ci: false)) Sparql(QueryResult.FromBindings(["s"], [[A], [B]]), ordered: true);
        using var _ = new EnvironmentScope(accept: false, ci: false);
        var rows = Assert.Throws<ApprovalException>(() => Sparql(QueryResult.FromBindings(["s"], [[A], [new Iri("http://example.org/c")]]), ordered: true));
        Assert.Contains("- <http://example.org/b>\n+ <http://example.org/c>\n", rows.Message);
        var order = Assert.Throws<ApprovalException>(() => Sparql(QueryResult.FromBindings(["s"], [[B], [A]]), ordered: true));
        Assert.Contains("The same rows in another order", order.Message);
    }

    [Fact]
    public void Ask_and_construct_results_are_approved_too()
    {
        using (new EnvironmentScope(accept: true, ci: false))
        {
            Approve.SparqlResult(QueryResult.FromBoolean(true), name: "ask.tsv", testFile: _test.SourceFile);
            Approve.SparqlResult(QueryResult.FromGraph([new Triple(A, B, new BlankNode("n"))]), name: "construct.nq", testFile: _test.SourceFile);
        }
        Assert.Equal("?_askResult\ntrue\n", File.ReadAllText(_test.PathOf("ask.tsv")));
        Assert.Equal("<http://example.org/a> <http://example.org/b> _:c14n0 .\n", File.ReadAllText(_test.PathOf("construct.nq")));
        using var _ = new EnvironmentScope(accept: false, ci: false);
        Assert.Throws<ApprovalException>(() => Approve.SparqlResult(QueryResult.FromBoolean(false), name: "ask.tsv", testFile: _test.SourceFile));
    }

    [Fact]
    public void A_quickstatements_mismatch_is_listed_per_item_and_a_new_item_by_its_label()
    {
        const string batch = "CREATE /* a */\nLAST\tLen\t\"annexation of Crimea\" /* a */\nLAST\tP31\tQ194465 /* a */\nQ212\tP530\tQ423\tP582\t+2022-07-00T00:00:00Z/10 /* a */\n";
        using (new EnvironmentScope(accept: true, ci: false)) Approve.QuickStatements(batch, testFile: _test.SourceFile, testName: "Batch");
        Assert.Equal(batch, File.ReadAllText(_test.PathOf("GraphTests.Batch.approved.tsv")));
        using var _ = new EnvironmentScope(accept: false, ci: false);
        var e = Assert.Throws<ApprovalException>(() => Approve.QuickStatements(batch.Replace("Q194465", "Q1", StringComparison.Ordinal), testFile: _test.SourceFile, testName: "Batch"));
        Assert.Contains("1 items edited differently", e.Message);
        Assert.Contains("new item \"annexation of Crimea\":\n  - LAST ⇥ P31 ⇥ Q194465 /* a */\n  + LAST ⇥ P31 ⇥ Q1 /* a */\n", e.Message);
        Assert.DoesNotContain("Q212", e.Message);
        var reordered = Assert.Throws<ApprovalException>(() => Approve.QuickStatements(
            "Q212\tP530\tQ423\tP582\t+2022-07-00T00:00:00Z/10 /* a */\nCREATE /* a */\nLAST\tLen\t\"annexation of Crimea\" /* a */\nLAST\tP31\tQ194465 /* a */\n", testFile: _test.SourceFile, testName: "Batch"));
        Assert.Contains("The same commands in another order", reordered.Message);
    }

    [Fact]
    public void An_rdf_document_is_approved_byte_for_byte_and_a_mismatch_says_whether_the_data_changed()
    {
        const string turtle = "@prefix ex: <http://example.org/> .\n\nex:a ex:b ex:c .\n";
        using (new EnvironmentScope(accept: true, ci: false)) Approve.RdfDocument(turtle, RdfFormat.Turtle, testFile: _test.SourceFile, testName: "Doc");
        Assert.True(File.Exists(_test.PathOf("GraphTests.Doc.approved.ttl")));
        using var _ = new EnvironmentScope(accept: false, ci: false);
        var layout = Assert.Throws<ApprovalException>(() => Approve.RdfDocument("@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\n", RdfFormat.Turtle, testFile: _test.SourceFile, testName: "Doc"));
        Assert.Contains("The same data, written differently", layout.Message);
        var data = Assert.Throws<ApprovalException>(() => Approve.RdfDocument("@prefix ex: <http://example.org/> .\n\nex:a ex:b ex:d .\n", RdfFormat.Turtle, testFile: _test.SourceFile, testName: "Doc"));
        Assert.Contains("ex:b: ex:c → ex:d", data.Message);
        Assert.Contains("-    3 ex:a ex:b ex:c .\n+    3 ex:a ex:b ex:d .\n", data.Message);
    }

    [Fact]
    public void The_line_diff_shows_changed_lines_with_their_numbers()
    {
        var diff = TextDiff.Lines("a\nb\nc\nd\ne\nf\ng\n", "a\nb\nc\nD\ne\nf\ng\n", context: 1);
        Assert.Equal("     3 c\n-    4 d\n+    4 D\n     5 e\n", diff);
    }
}
