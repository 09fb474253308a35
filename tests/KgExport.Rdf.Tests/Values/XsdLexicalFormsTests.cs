using KgExport.Rdf.Values;

namespace KgExport.Rdf.Tests.Values;

public class XsdLexicalFormsTests
{
    private const string Xsd = Vocab.Xsd.Namespace;

    [Theory]
    [InlineData("integer", "123456789012345678901234567890123", true)]
    [InlineData("integer", " 42\n", true)]
    [InlineData("integer", "4 2", false)]
    [InlineData("unsignedByte", "256", false)]
    [InlineData("negativeInteger", "0", false)]
    [InlineData("decimal", "1.", true)]
    [InlineData("decimal", "1e3", false)]
    [InlineData("double", "-INF", true)]
    [InlineData("double", "Infinity", false)]
    [InlineData("double", "1.5E", false)]
    [InlineData("dateTime", "2022-02-24T05:00:00+14:00", true)]
    [InlineData("dateTime", "2022-02-24T05:00:00+14:30", false)]
    [InlineData("dateTime", "2022-02-24T24:00:01", false)]
    [InlineData("dateTimeStamp", "2022-02-24T05:00:00", false)]
    [InlineData("dateTimeStamp", "2022-02-24T05:00:00Z", true)]
    [InlineData("date", "2024-02-29", true)]
    [InlineData("date", "2023-02-29", false)]
    [InlineData("gYear", "02022", false)]
    [InlineData("gYear", "12022", true)]
    [InlineData("gMonthDay", "--02-29", true)]
    [InlineData("gMonthDay", "--04-31", false)]
    [InlineData("gDay", "---32", false)]
    [InlineData("time", "23:59:60", false)]
    [InlineData("boolean", "TRUE", false)]
    public void Checks_the_lexical_space_of_each_type(string type, string form, bool valid) =>
        Assert.Equal(valid, XsdLexicalForms.IsWellFormed(Literal.Typed(form, new Iri(Xsd + type))));

    [Fact]
    public void A_value_without_a_time_zone_is_ordered_only_beyond_fourteen_hours()
    {
        var local = Literal.Typed("2022-02-24T12:00:00", Vocab.Xsd.DateTime);
        Assert.Null(XsdOrder.Compare(local, Literal.Typed("2022-02-24T02:00:00Z", Vocab.Xsd.DateTime)));
        Assert.Equal(1, XsdOrder.Compare(local, Literal.Typed("2022-02-23T21:59:59Z", Vocab.Xsd.DateTime)));
        Assert.Equal(-1, XsdOrder.Compare(local, Literal.Typed("2022-02-25T02:00:01Z", Vocab.Xsd.DateTime)));
    }
}
