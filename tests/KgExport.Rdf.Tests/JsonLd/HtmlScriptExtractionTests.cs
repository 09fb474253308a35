using KgExport.Rdf.JsonLd;

namespace KgExport.Rdf.Tests.JsonLd;

public sealed class HtmlScriptExtractionTests
{
    [Fact]
    public void The_first_json_ld_script_is_taken_and_profiles_are_allowed()
    {
        const string html = """
            <html><head>
            <script type="text/javascript">var x = {"@context": "wrong"};</script>
            <SCRIPT TYPE='application/ld+json;profile=http://www.w3.org/ns/json-ld#context'>{"@context": {"@vocab": "http://example/v#"}}</SCRIPT>
            <script type="application/ld+json">{"@context": {"@vocab": "http://example/second#"}}</script>
            </head></html>
            """;
        var document = HtmlScriptExtraction.Extract(html, "http://example/doc.html", "doc.html");
        Assert.Equal("""{"@context":{"@vocab":"http://example/v#"}}""", JsonCanonicalizer.Canonicalize(document));
    }

    [Fact]
    public void A_page_without_json_ld_is_a_loading_error()
    {
        var e = Assert.Throws<JsonLdException>(() => HtmlScriptExtraction.Extract("<html><body>hi</body></html>", "http://example/p.html", "p.html"));
        Assert.Equal(JsonLdError.LoadingDocumentFailed, e.Code);
    }

    [Fact]
    public void A_script_that_is_not_json_is_an_invalid_script_element()
    {
        var e = Assert.Throws<JsonLdException>(() => HtmlScriptExtraction.Extract("<script type=\"application/ld+json\">{ nope</script>", "http://example/p.html", "p.html"));
        Assert.Equal(JsonLdError.InvalidScriptElement, e.Code);
    }

    [Theory]
    [InlineData("text/html; charset=utf-8", true)]
    [InlineData("application/xhtml+xml", true)]
    [InlineData("page.HTML", true)]
    [InlineData("application/ld+json", false)]
    [InlineData("context.jsonld", false)]
    public void Html_is_recognised_by_media_type_or_extension(string value, bool html) =>
        Assert.Equal(html, HtmlScriptExtraction.IsHtml(value));
}
