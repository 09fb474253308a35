using static KgExport.Shacl.Tests.ShaclFixture;

namespace KgExport.Shacl.Tests;

public class ValueConstraintTests
{
    [Fact]
    public void Class_accepts_instances_of_subclasses_in_the_data_graph()
    {
        var report = Validate("""
            ex:S a sh:NodeShape ; sh:targetNode ex:a, ex:b, ex:c ; sh:class ex:Animal .
            ex:Dog rdfs:subClassOf ex:Mammal . ex:Mammal rdfs:subClassOf ex:Animal .
            ex:a a ex:Dog .
            ex:b a ex:Rock .
            """);
        Assert.Equal(["ex:b Class ex:b", "ex:c Class ex:c"], Summary(report));
    }

    [Fact]
    public void Datatype_rejects_other_datatypes_and_ill_formed_literals()
    {
        var report = Validate("""
            ex:S sh:targetNode ex:x ; sh:property [ sh:path ex:n ; sh:datatype xsd:integer ] .
            ex:x ex:n 1, "2"^^xsd:integer, "two"^^xsd:integer, "3", 4.5 .
            """);
        Assert.Equal(["ex:x Datatype 3", "ex:x Datatype 4.5", "ex:x Datatype two"], Summary(report));
    }

    [Theory]
    [InlineData("xsd:date", "\"2022-02-30\"^^xsd:date", false)]
    [InlineData("xsd:date", "\"2022-02-28\"^^xsd:date", true)]
    [InlineData("xsd:gYear", "\"2022\"^^xsd:gYear", true)]
    [InlineData("xsd:gYearMonth", "\"2022-13\"^^xsd:gYearMonth", false)]
    [InlineData("xsd:dateTime", "\"2022-02-24T05:00:00+03:00\"^^xsd:dateTime", true)]
    [InlineData("xsd:boolean", "\"yes\"^^xsd:boolean", false)]
    [InlineData("xsd:byte", "\"300\"^^xsd:byte", false)]
    [InlineData("rdf:langString", "\"hello\"@en", true)]
    public void Datatype_checks_lexical_forms_of_known_xsd_types(string datatype, string literal, bool valid)
    {
        var report = Validate($"""
            ex:S sh:targetNode ex:x ; sh:property [ sh:path ex:v ; sh:datatype {datatype} ] .
            ex:x ex:v {literal} .
            """);
        Assert.Equal(valid, report.Conforms);
    }

    [Fact]
    public void NodeKind_checks_each_kind()
    {
        var report = Validate("""
            ex:S sh:targetNode ex:x ; sh:property [ sh:path ex:iri ; sh:nodeKind sh:IRI ] ,
                [ sh:path ex:lit ; sh:nodeKind sh:Literal ] , [ sh:path ex:bn ; sh:nodeKind sh:BlankNodeOrIRI ] .
            ex:x ex:iri ex:ok, "no" ; ex:lit "ok", ex:no ; ex:bn [], ex:ok, "no" .
            """);
        Assert.Equal(["ex:x NodeKind ex:no", "ex:x NodeKind no", "ex:x NodeKind no"], Summary(report));
    }

    [Fact]
    public void Min_and_max_count_report_once_without_a_value()
    {
        var report = Validate("""
            ex:S sh:targetNode ex:x, ex:y ; sh:property [ sh:path ex:p ; sh:minCount 1 ; sh:maxCount 2 ] .
            ex:y ex:p 1, 2, 3 .
            """);
        Assert.Equal(["ex:x MinCount -", "ex:y MaxCount -"], Summary(report));
    }

    [Fact]
    public void Ranges_compare_numbers_by_value_and_fail_incomparable_values()
    {
        var report = Validate("""
            ex:S sh:targetNode ex:x ; sh:property [ sh:path ex:n ; sh:minInclusive 1 ; sh:maxExclusive 10.5 ] .
            ex:x ex:n 1, "10.25"^^xsd:decimal, "1e1"^^xsd:double, 11, "abc", 0 .
            """);
        Assert.Equal(["ex:x MaxExclusive 11", "ex:x MaxExclusive abc", "ex:x MinInclusive 0", "ex:x MinInclusive abc"], Summary(report));
    }

    [Fact]
    public void Ranges_compare_dates_on_the_time_line()
    {
        var report = Validate("""
            ex:S sh:targetNode ex:x ; sh:property [ sh:path ex:d ; sh:minExclusive "2022-02-21"^^xsd:date ] .
            ex:x ex:d "2022-02-22"^^xsd:date, "2022-02-21"^^xsd:date, "2021-12-31"^^xsd:date, "2023"^^xsd:gYear .
            """);
        Assert.Equal(["ex:x MinExclusive 2021-12-31", "ex:x MinExclusive 2022-02-21", "ex:x MinExclusive 2023"], Summary(report));
    }

    [Fact]
    public void Lengths_count_code_points_and_fail_blank_nodes()
    {
        var report = Validate("""
            ex:S sh:targetNode ex:x ; sh:property [ sh:path ex:s ; sh:minLength 2 ; sh:maxLength 3 ] .
            ex:x ex:s "ab", "a", "abcd", "😀😀", [] .
            """);
        var summary = Summary(report);
        Assert.Equal(4, summary.Count);
        Assert.Contains("ex:x MinLength a", summary);
        Assert.Contains("ex:x MaxLength abcd", summary);
        Assert.Equal(2, summary.Count(s => s.StartsWith("ex:x MinLength _:", StringComparison.Ordinal) || s.StartsWith("ex:x MaxLength _:", StringComparison.Ordinal)));
    }

    [Fact]
    public void Pattern_honours_flags()
    {
        var report = Validate("""
            ex:S sh:targetNode ex:x ; sh:property [ sh:path ex:id ; sh:pattern "^q[0-9]+$" ; sh:flags "i" ] .
            ex:x ex:id "Q42", "q7", "P31" .
            """);
        Assert.Equal(["ex:x Pattern P31"], Summary(report));
    }

    [Fact]
    public void A_pattern_that_backtracks_past_its_timeout_stops_the_validation_naming_the_shape()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var e = Assert.Throws<ShapesGraphException>(() => Validate("""
            ex:S sh:targetNode ex:x ; sh:property ex:P .
            ex:P sh:path ex:id ; sh:pattern "^(a+)+$" .
            ex:x ex:id "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!" .
            """));
        Assert.Equal(Iri("P"), e.Shape);
        Assert.Contains("sh:pattern \"^(a+)+$\" took longer than 2 s to match a value of 41 characters", e.Message);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    [Fact]
    public void LanguageIn_matches_ranges_and_uniqueLang_reports_each_repeated_tag()
    {
        var report = Validate("""
            ex:S sh:targetNode ex:x ; sh:property [ sh:path ex:l ; sh:languageIn ( "en" "uk" ) ; sh:uniqueLang true ] .
            ex:x ex:l "a"@en, "b"@en-GB, "c"@UK, "d"@ru, "e" .
            """);
        Assert.Equal(["ex:x LanguageIn d", "ex:x LanguageIn e"], Summary(report));
        var unique = Validate("""
            ex:S sh:targetNode ex:x ; sh:property [ sh:path ex:l ; sh:uniqueLang true ] .
            ex:x ex:l "a"@en, "b"@EN, "c"@de, "d"@de, "e"@fr .
            """);
        Assert.Equal(["ex:x UniqueLang -", "ex:x UniqueLang -"], Summary(unique));
    }

    [Fact]
    public void HasValue_and_in()
    {
        var report = Validate("""
            ex:S sh:targetNode ex:x, ex:y ; sh:property [ sh:path ex:k ; sh:hasValue ex:state ; sh:in ( ex:state ex:government ) ] .
            ex:x ex:k ex:state, ex:other .
            ex:y ex:k ex:government .
            """);
        Assert.Equal(["ex:x In ex:other", "ex:y HasValue -"], Summary(report));
    }
}
