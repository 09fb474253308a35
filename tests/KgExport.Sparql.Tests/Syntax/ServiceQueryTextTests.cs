using KgExport.Sparql.Syntax;

namespace KgExport.Sparql.Tests.Syntax;

/// <summary>What a SERVICE group sends to its endpoint: the group's own text as a query of its own.</summary>
public sealed class ServiceQueryTextTests
{
    private static ServiceElement ServiceOf(string query, string? baseIri = null)
    {
        var q = SparqlParser.ParseQuery(query, baseIri);
        return Find(q.Where!) ?? throw new InvalidOperationException("no SERVICE");

        static ServiceElement? Find(GroupSyntax g)
        {
            foreach (var e in g.Elements)
            {
                switch (e)
                {
                    case ServiceElement s: return s;
                    case OptionalElement o when Find(o.Group) is { } inner: return inner;
                }
            }
            return null;
        }
    }

    [Fact]
    public void The_group_is_sent_as_written_after_the_prologue()
    {
        var s = ServiceOf("PREFIX ex: <http://example.org/>\r\nBASE <http://base.example/dir/>\nSELECT * WHERE {\n  ?x ex:p ?y .\n  SERVICE SILENT <http://remote.example/sparql> {\n    ?y ex:name \"é – \\\"}\\\"\" FILTER(?y != <rel>)\n  }\n}");
        Assert.Equal("BASE <http://base.example/dir/>\nPREFIX ex: <http://example.org/>\nSELECT * WHERE {\n    ?y ex:name \"é – \\\"}\\\"\" FILTER(?y != <rel>)\n  }\n", s.RemoteQuery);
        Assert.True(s.Silent);
    }

    [Fact]
    public void Nested_groups_and_a_later_service_keep_their_own_braces()
    {
        var s = ServiceOf("SELECT * { ?a ?b ?c OPTIONAL { SERVICE <http://r/> { { ?s ?p ?o } UNION { ?o ?p ?s } } } }");
        Assert.Equal("SELECT * WHERE { { ?s ?p ?o } UNION { ?o ?p ?s } }\n", s.RemoteQuery);
    }
}
