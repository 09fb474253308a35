using KgExport.Rdf;

namespace KgExport.Testing.Tests;

public sealed class DatasetApprovalTests : IDisposable
{
    private const string Name = "GraphTests.Graph.approved.nq";
    private const string Received = "GraphTests.Graph.received.nq";
    private readonly ScratchTest _test = new();

    public void Dispose() => _test.Dispose();

    private static List<Quad> Turtle(string text) =>
        [.. RdfIo.CreateParser(RdfFormat.TriG, new ParserOptions()).Parse(new StringReader("@prefix ex: <http://example.org/> .\n" + text))];

    private void Approve(List<Quad> quads) => Testing.Approve.Dataset(quads, testFile: _test.SourceFile, testName: "Graph");

    [Fact]
    public void A_missing_approved_file_fails_leaves_the_output_received_and_creates_nothing()
    {
        using var _ = new EnvironmentScope(accept: false, ci: false);
        var e = Assert.Throws<ApprovalException>(() => Approve(Turtle("ex:a ex:b [ ex:c 1 ] .")));
        Assert.Contains("There is no approved file", e.Message);
        Assert.Contains(AcceptSwitch.Variable + "=1", e.Message);
        Assert.False(File.Exists(_test.PathOf(Name)));
        Assert.Equal("<http://example.org/a> <http://example.org/b> _:c14n0 .\n_:c14n0 <http://example.org/c> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n", File.ReadAllText(_test.PathOf(Received)));
    }

    [Fact]
    public void Accepting_creates_the_canonical_approved_file_and_the_next_run_passes_without_the_switch()
    {
        var quads = Turtle("ex:g { ex:a ex:b [ ex:c 1 ] . }");
        using (new EnvironmentScope(accept: true, ci: false)) Approve(quads);
        Assert.Equal("<http://example.org/a> <http://example.org/b> _:c14n0 <http://example.org/g> .\n_:c14n0 <http://example.org/c> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer> <http://example.org/g> .\n", File.ReadAllText(_test.PathOf(Name)));
        using (new EnvironmentScope(accept: false, ci: false)) Approve(quads);
        Assert.False(File.Exists(_test.PathOf(Received)));
    }

    [Fact]
    public void An_approved_file_that_says_the_same_with_other_blank_node_labels_and_order_matches()
    {
        File.WriteAllText(_test.PathOf(Name), "_:zz <http://example.org/c> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n<http://example.org/a> <http://example.org/b> _:zz .\n");
        using var _ = new EnvironmentScope(accept: false, ci: false);
        Approve(Turtle("ex:a ex:b [ ex:c 1 ] ."));
    }

    [Fact]
    public void A_changed_dataset_fails_with_the_semantic_difference_and_keeps_the_approved_file()
    {
        using (new EnvironmentScope(accept: true, ci: false)) Approve(Turtle("ex:a ex:date \"2022-07-13\" ; ex:label \"A\"@en ."));
        var approved = File.ReadAllText(_test.PathOf(Name));
        using var _ = new EnvironmentScope(accept: false, ci: false);
        var e = Assert.Throws<ApprovalException>(() => Approve(Turtle("ex:a ex:date \"2022-07-12\" ; ex:label \"A\"@en .")));
        Assert.Contains("<http://example.org/date>: \"2022-07-13\" → \"2022-07-12\"", e.Message);
        Assert.Contains("1 quads removed, 1 added", e.Message);
        Assert.Equal(approved, File.ReadAllText(_test.PathOf(Name)));
        Assert.Contains("2022-07-12", File.ReadAllText(_test.PathOf(Received)));
    }

    [Fact]
    public void Accepting_a_change_replaces_the_file_but_fails_that_run_once_showing_what_was_accepted()
    {
        using (new EnvironmentScope(accept: true, ci: false)) Approve(Turtle("ex:a ex:b \"old\" ."));
        using (new EnvironmentScope(accept: true, ci: false))
        {
            var e = Assert.Throws<ApprovalException>(() => Approve(Turtle("ex:a ex:b \"new\" .")));
            Assert.Contains("Accepted a change to", e.Message);
            Assert.Contains("\"old\" → \"new\"", e.Message);
        }
        Assert.Contains("\"new\"", File.ReadAllText(_test.PathOf(Name)));
        using (new EnvironmentScope(accept: true, ci: false)) Approve(Turtle("ex:a ex:b \"new\" ."));
    }

    [Fact]
    public void On_CI_the_switch_is_ignored_and_says_so()
    {
        using var _ = new EnvironmentScope(accept: true, ci: true);
        var e = Assert.Throws<ApprovalException>(() => Approve(Turtle("ex:a ex:b ex:c .")));
        Assert.False(File.Exists(_test.PathOf(Name)));
        Assert.Contains("There is no approved file", e.Message);
        File.WriteAllText(_test.PathOf(Name), "<http://example.org/a> <http://example.org/b> <http://example.org/d> .\n");
        e = Assert.Throws<ApprovalException>(() => Approve(Turtle("ex:a ex:b ex:c .")));
        Assert.Contains("is ignored because CI=true", e.Message);
        Assert.Contains("<http://example.org/d>", File.ReadAllText(_test.PathOf(Name)));
    }

    [Fact]
    public void A_broken_approved_file_fails_with_its_position()
    {
        File.WriteAllText(_test.PathOf(Name), "<http://example.org/a> <http://example.org/b> .\n");
        using var _ = new EnvironmentScope(accept: false, ci: false);
        var e = Assert.Throws<ApprovalException>(() => Approve(Turtle("ex:a ex:b ex:c .")));
        Assert.Matches(@"not valid N-Quads: \S*GraphTests\.Graph\.approved\.nq:1:\d+:", e.Message);
    }

    [Fact]
    public void A_test_source_path_that_does_not_exist_is_a_clear_error()
    {
        var e = Assert.Throws<ApprovalException>(() => Testing.Approve.Dataset([], testFile: "/_/tests/GraphTests.cs", testName: "Graph"));
        Assert.Contains("path map", e.Message);
    }

    [Fact]
    public void A_given_name_is_relative_to_the_test_folder_and_its_received_file_sits_beside_it()
    {
        var file = ApprovedFile.For(_test.SourceFile, "Graph", "Snapshots/seed.ttl", ".nq");
        Assert.Equal(Path.Combine(_test.Folder, "Snapshots", "seed.ttl"), file.ApprovedPath);
        Assert.Equal(Path.Combine(_test.Folder, "Snapshots", "seed.received.ttl"), file.ReceivedPath);
        var named = ApprovedFile.For(_test.SourceFile, "Graph", "x.approved.nq", ".nq");
        Assert.Equal(Path.Combine(_test.Folder, "x.received.nq"), named.ReceivedPath);
    }
}
