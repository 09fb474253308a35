using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace KgExport.Server.LinkedData;

/// <summary>
/// The recognition timeline of an entity as an SVG chart, drawn on the server so that it needs no script and the
/// same data gives the same bytes: one lane per counterpart, time across; a dot for a recognition known to the day,
/// a bar across the month or year for one known only to that precision, a cross for a withdrawal; undated acts in a
/// column of their own. Every mark links to the act's page and carries its sentence as a tooltip.
/// </summary>
public static class TimelineChart
{
    public const int MaxLanes = 40;

    public const string RecognitionColour = "#2e7d32";
    public const string WithdrawalColour = "#c62828";

    private const double Width = 760;
    private const double LabelWidth = 230;
    private const double UndatedWidth = 70;
    private const double PlotLeft = LabelWidth + 10;
    private const double PlotRight = Width - UndatedWidth - 15;
    private const double Top = 34;
    private const double LaneHeight = 24;
    private const double CharWidth = 5.6;

    private static readonly HtmlEncoder Html = HtmlEncoder.Default;

    public static string Render(RecognitionTimeline timeline, string entityName, Func<string, string> pageOf)
    {
        var entity = timeline.Entity;
        var lanes = timeline.Entries.Select(e => (Term: e.Counterpart(entity), Received: e.Received(entity))).Distinct().Take(MaxLanes).ToList();
        var laneOf = lanes.Select((lane, i) => (lane, i)).ToDictionary(x => x.lane, x => x.i);
        var dated = timeline.Entries.Where(e => e.Date is not null).ToList();
        var (from, to) = Range(dated);
        var height = Top + lanes.Count * LaneHeight + 40;

        var svg = new StringBuilder();
        svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"timeline-chart\" role=\"img\" aria-labelledby=\"timeline-title\" width=\"")
            .Append(N(Width)).Append("\" height=\"").Append(N(height)).Append("\" viewBox=\"0 0 ").Append(N(Width)).Append(' ').Append(N(height))
            .Append("\" font-family=\"system-ui,sans-serif\" font-size=\"11\">\n")
            .Append("<title id=\"timeline-title\">Recognition timeline of ").Append(E(entityName)).Append("</title>\n")
            .Append("<rect x=\"0\" y=\"0\" width=\"").Append(N(Width)).Append("\" height=\"").Append(N(height)).Append("\" fill=\"#ffffff\"/>\n");

        Axis(svg, from, to, lanes.Count);
        for (var i = 0; i < lanes.Count; i++)
        {
            var y = LaneY(i);
            if (i % 2 == 1) svg.Append("<rect x=\"0\" y=\"").Append(N(y - LaneHeight / 2)).Append("\" width=\"").Append(N(Width)).Append("\" height=\"").Append(N(LaneHeight)).Append("\" fill=\"#f4f6f8\"/>\n");
            var name = timeline.Entries.First(e => e.Counterpart(entity).Equals(lanes[i].Term)).CounterpartName(entity);
            var label = lanes[i].Received ? name + " →" : "→ " + name;
            svg.Append("<text x=\"").Append(N(LabelWidth)).Append("\" y=\"").Append(N(y + 4)).Append("\" text-anchor=\"end\" fill=\"#222\">").Append(E(Fit(label, LabelWidth))).Append("</text>\n");
        }

        var marks = timeline.Entries.Where(e => laneOf.ContainsKey((e.Counterpart(entity), e.Received(entity)))).ToList();
        foreach (var group in marks.GroupBy(e => laneOf[(e.Counterpart(entity), e.Received(entity))]))
        {
            var inLane = group.ToList();
            for (var k = 0; k < inLane.Count; k++)
            {
                var e = inLane[k];
                var (x0, x1) = e.Date is { } d ? (X(d.Earliest, from, to), X(d.Latest.AddDays(1), from, to)) : (UndatedX, UndatedX);
                var next = k + 1 < inLane.Count && inLane[k + 1].Date is { } nd ? X(nd.Earliest, from, to) : (e.Date is null ? Width : PlotRight + 10);
                Mark(svg, e, LaneY(group.Key), x0, x1, next, pageOf);
            }
        }

        var legendY = Top + lanes.Count * LaneHeight + 22;
        svg.Append("<circle cx=\"12\" cy=\"").Append(N(legendY - 4)).Append("\" r=\"5\" fill=\"").Append(RecognitionColour).Append("\"/>")
            .Append("<text x=\"22\" y=\"").Append(N(legendY)).Append("\" fill=\"#444\">recognition</text>\n");
        Cross(svg, 102, legendY - 4);
        svg.Append("<text x=\"112\" y=\"").Append(N(legendY)).Append("\" fill=\"#444\">withdrawal</text>\n")
            .Append("<text x=\"190\" y=\"").Append(N(legendY)).Append("\" fill=\"#444\">")
            .Append(E($"bar: the month or year only · A →: A recognised {EnglishNames.InSentence(entityName)} · → B: it recognised B"))
            .Append("</text>\n");
        svg.Append("</svg>\n");
        return svg.ToString();
    }

    private static void Mark(StringBuilder svg, TimelineEntry e, double y, double x0, double x1, double nextX, Func<string, string> pageOf)
    {
        var colour = e.Withdrawal ? WithdrawalColour : RecognitionColour;
        svg.Append("<a href=\"").Append(E(pageOf(e.Act.Value))).Append("\" class=\"mark\"><title>").Append(E(Tooltip(e))).Append("</title>");
        double right;
        if (e.Date is { } d && d.Earliest != d.Latest)
        {
            var width = Math.Max(6, x1 - x0);
            svg.Append("<rect x=\"").Append(N(x0)).Append("\" y=\"").Append(N(y - 5)).Append("\" width=\"").Append(N(width)).Append("\" height=\"10\" rx=\"3\" fill=\"")
                .Append(colour).Append("\" fill-opacity=\"0.45\" stroke=\"").Append(colour).Append("\"/>");
            right = x0 + width;
        }
        else
        {
            var x = e.Date is null ? x0 : (x0 + x1) / 2;
            if (e.Withdrawal) Cross(svg, x, y);
            else svg.Append("<circle cx=\"").Append(N(x)).Append("\" cy=\"").Append(N(y)).Append("\" r=\"5\" fill=\"").Append(colour).Append("\"/>");
            right = x + 6;
        }
        // The sources beside the mark, where they fit before the next mark in the lane; the tooltip always has them.
        var names = string.Join(", ", e.Sources.Select(s => s.Name).Distinct());
        if (names.Length > 0 && right + 4 + names.Length * CharWidth < nextX - 4)
        {
            svg.Append("<text x=\"").Append(N(right + 4)).Append("\" y=\"").Append(N(y + 4)).Append("\" font-size=\"10\" fill=\"#555\">").Append(E(names)).Append("</text>");
        }
        svg.Append("</a>\n");
    }

    private static void Cross(StringBuilder svg, double x, double y) =>
        svg.Append("<path d=\"M").Append(N(x - 5)).Append(' ').Append(N(y - 5)).Append("L").Append(N(x + 5)).Append(' ').Append(N(y + 5))
            .Append("M").Append(N(x - 5)).Append(' ').Append(N(y + 5)).Append("L").Append(N(x + 5)).Append(' ').Append(N(y - 5))
            .Append("\" stroke=\"").Append(WithdrawalColour).Append("\" stroke-width=\"2.5\" fill=\"none\"/>");

    private static string Tooltip(TimelineEntry e)
    {
        var verb = e.Withdrawal ? " withdrew its recognition of " : " recognised ";
        var what = e.Withdrawal ? "" : e.Government ? " as the lawful government" : " as a state";
        var when = e.Date is { } d ? " " + d.Phrase : " (no date given)";
        var sources = e.Sources.Select(s => s.Name).Distinct().ToList();
        var according = sources.Count > 0 ? ", according to " + EnglishNames.List(sources) : "";
        return EnglishNames.AtStart(e.RecogniserName) + verb + EnglishNames.InSentence(e.RecognisedName) + what + when + according + ".";
    }

    /// <summary>Year ticks for a long span, month ticks for a short one; labels at most about ten.</summary>
    private static void Axis(StringBuilder svg, DateOnly from, DateOnly to, int lanes)
    {
        var bottom = Top + lanes * LaneHeight - LaneHeight / 2 + 4;
        svg.Append("<line x1=\"").Append(N(PlotLeft)).Append("\" y1=\"").Append(N(Top - 12)).Append("\" x2=\"").Append(N(PlotRight)).Append("\" y2=\"").Append(N(Top - 12)).Append("\" stroke=\"#999\"/>\n");
        var days = to.DayNumber - from.DayNumber;
        var ticks = new List<(DateOnly Date, string Label)>();
        if (days > 3 * 365)
        {
            var years = to.Year - from.Year + 1;
            var step = new[] { 1, 2, 5, 10, 20, 25, 50, 100, 200, 500 }.First(s => years / s <= 10 || s == 500);
            for (var y = (from.Year + step - 1) / step * step; y <= to.Year; y += step)
            {
                if (y >= 1) ticks.Add((new DateOnly(y, 1, 1), y.ToString(CultureInfo.InvariantCulture)));
            }
        }
        else
        {
            var months = (to.Year - from.Year) * 12 + to.Month - from.Month + 1;
            var step = new[] { 1, 2, 3, 6, 12 }.First(s => months / s <= 10 || s == 12);
            var first = new DateOnly(from.Year, from.Month, 1).AddMonths(1);
            for (var m = first; m <= to; m = m.AddMonths(1))
            {
                if ((m.Month - 1) % step != 0) continue;
                var name = FactDateText.MonthName(m.Month)[..3];
                ticks.Add((m, m.Month == 1 || ticks.Count == 0 ? $"{name} {m.Year.ToString(CultureInfo.InvariantCulture)}" : name));
            }
        }
        foreach (var (date, label) in ticks)
        {
            var x = X(date, from, to);
            if (x < PlotLeft || x > PlotRight) continue;
            svg.Append("<line x1=\"").Append(N(x)).Append("\" y1=\"").Append(N(Top - 16)).Append("\" x2=\"").Append(N(x)).Append("\" y2=\"").Append(N(bottom)).Append("\" stroke=\"#ddd\"/>")
                .Append("<text x=\"").Append(N(x)).Append("\" y=\"").Append(N(Top - 20)).Append("\" text-anchor=\"middle\" fill=\"#444\">").Append(E(label)).Append("</text>\n");
        }
        svg.Append("<text x=\"").Append(N(UndatedX)).Append("\" y=\"").Append(N(Top - 20)).Append("\" text-anchor=\"middle\" fill=\"#444\">no date</text>\n")
            .Append("<line x1=\"").Append(N(PlotRight + 12)).Append("\" y1=\"").Append(N(Top - 16)).Append("\" x2=\"").Append(N(PlotRight + 12)).Append("\" y2=\"").Append(N(bottom)).Append("\" stroke=\"#bbb\" stroke-dasharray=\"3 3\"/>\n");
    }

    private static (DateOnly From, DateOnly To) Range(List<TimelineEntry> dated)
    {
        if (dated.Count == 0) return (new DateOnly(2000, 1, 1), new DateOnly(2001, 1, 1));
        var from = dated.Min(e => e.Date!.Earliest);
        var to = dated.Max(e => e.Date!.Latest).AddDays(1);
        var pad = Math.Max(30, (to.DayNumber - from.DayNumber) / 20);
        return (from.AddDays(-Math.Min(pad, from.DayNumber)), to.AddDays(pad));
    }

    private static double UndatedX => PlotRight + 12 + (Width - PlotRight - 12) / 2;

    private static double LaneY(int lane) => Top + lane * LaneHeight + LaneHeight / 2 - 4;

    private static double X(DateOnly date, DateOnly from, DateOnly to) =>
        PlotLeft + (date.DayNumber - from.DayNumber) * (PlotRight - PlotLeft) / Math.Max(1, to.DayNumber - from.DayNumber);

    private static string Fit(string text, double width)
    {
        var max = (int)(width / CharWidth);
        return text.Length <= max ? text : text[..(max - 1)] + "…";
    }

    private static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string E(string s) => Html.Encode(s);
}
