namespace KgExport.Facts.Tests;

public sealed class FactDateTests
{
    [Theory]
    [InlineData("2014", DatePrecision.Year)]
    [InlineData("2022-07", DatePrecision.YearMonth)]
    [InlineData("2022-07-13", DatePrecision.Day)]
    [InlineData("2024-02-29", DatePrecision.Day)]
    [InlineData("0001", DatePrecision.Year)]
    public void Parses_each_precision_and_prints_it_back(string text, DatePrecision precision)
    {
        Assert.True(FactDate.TryParse(text, out var date, out var error), error);
        Assert.Equal(precision, date.Precision);
        Assert.Equal(text, date.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("22")]
    [InlineData("2022-7")]
    [InlineData("2022-13")]
    [InlineData("2022-00")]
    [InlineData("2022-02-30")]
    [InlineData("2023-02-29")]
    [InlineData("0000")]
    [InlineData("2022-07-13T00:00")]
    [InlineData("2022/07/13")]
    [InlineData("-2022")]
    [InlineData("２０２２")]
    public void Rejects_what_is_not_a_date(string text)
    {
        Assert.False(FactDate.TryParse(text, out _, out var error));
        Assert.False(string.IsNullOrEmpty(error));
    }

    [Fact]
    public void Orders_by_year_then_month_then_day()
    {
        var dates = new[] { "2022-07-13", "2014", "2022-02-21", "2022-07" }.Select(FactDate.Parse).Order().Select(d => d.ToString());
        Assert.Equal(["2014", "2022-02-21", "2022-07", "2022-07-13"], dates);
    }
}
