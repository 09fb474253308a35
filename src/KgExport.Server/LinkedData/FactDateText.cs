using System.Globalization;
using KgExport.Rdf;

namespace KgExport.Server.LinkedData;

/// <summary>
/// A fact's <c>kg:date</c> in English, at the precision it has: <c>on 13 July 2022</c>, <c>in July 2022</c>,
/// <c>in 2022</c>. Month names are written here, never taken from the machine's culture (which may be invariant or
/// another language), so a page reads the same on every server.
/// </summary>
public sealed record FactDateText(string Phrase, string Short, DateOnly Earliest, DateOnly Latest)
{
    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>The month's English name, 1 to 12.</summary>
    public static string MonthName(int month) => Months[month - 1];

    /// <summary>The date in words, or null for a literal that is no xsd:date, xsd:gYearMonth or xsd:gYear (or a bad one).</summary>
    public static FactDateText? From(Literal date)
    {
        var text = date.LexicalForm.Trim();
        var datatype = date.Datatype.Value;
        if (datatype == Vocab.Xsd.Namespace + "date" && text.Length >= 10 && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            var words = $"{day.Day.ToString(CultureInfo.InvariantCulture)} {MonthName(day.Month)} {Year(day.Year)}";
            return new FactDateText("on " + words, words, day, day);
        }
        if (datatype == Vocab.Xsd.Namespace + "gYearMonth" && text.Length >= 7 && DateOnly.TryParseExact(text[..7] + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            var words = $"{MonthName(month.Month)} {Year(month.Year)}";
            return new FactDateText("in " + words, words, month, month.AddMonths(1).AddDays(-1));
        }
        if (datatype == Vocab.Xsd.Namespace + "gYear" && text.Length >= 4 && int.TryParse(text[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1)
        {
            var words = Year(year);
            return new FactDateText("in " + words, words, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        }
        return null;
    }

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);
}
