using System.Globalization;
using KgExport.Server.LinkedData;

namespace KgExport.Server.Tests;

/// <summary>
/// The linked-data pages as a browser draws them: headless Chromium takes screenshots of Kosovo's page and of an
/// act's page, and the test reads the pixels. The chart must really be drawn (recognition green and withdrawal red
/// where the marks are, nothing of them on a page without a timeline), the sentence above it.
/// </summary>
public sealed class LinkedDataBrowserTests
{
    private const int Width = 1000;
    private const int Height = 1300;

    [SkippableFact]
    public async Task The_timeline_chart_is_drawn_with_its_marks_below_the_sentence()
    {
        HeadlessChromium.Require();
        var image = PngImage.Decode(await HeadlessChromium.ScreenshotAsync(TestData.SeedsAndKosovo(), "/id/entity/Q1246", Width, Height));
        var green = PixelsOf(image, TimelineChart.RecognitionColour);
        var red = PixelsOf(image, TimelineChart.WithdrawalColour);
        // Four dots of radius 5 (three lanes and the legend) and two bars; a cross in a lane and in the legend.
        Assert.True(green.Count > 150, $"{green.Count} pixels of the recognition colour");
        Assert.True(red.Count > 40, $"{red.Count} pixels of the withdrawal colour");
        // The marks sit in the chart, below the opening sentences (about the first 250 pixels) and in its width.
        var top = Math.Min(green.Min(p => p.Y), red.Min(p => p.Y));
        Assert.True(top > 250, $"the first mark is drawn at y={top}, above where the chart starts");
        // Suriname's and Burundi's withdrawals (a cross, a bar) are each drawn to the right of the recognition in their lane.
        var lanes = Rows(red.Where(p => p.X > 300).ToList());
        Assert.True(lanes.Count == 2, "red drawn in these bands (y, x): " + string.Join("; ", lanes.Select(l => $"{l.Min(p => p.Y)}-{l.Max(p => p.Y)}, {l.Min(p => p.X)}-{l.Max(p => p.X)} ({l.Count} px)")));
        foreach (var lane in lanes)
        {
            var row = (int)lane.Average(p => p.Y);
            var before = green.Where(p => Math.Abs(p.Y - row) <= 3 && p.X > 300).ToList();
            Assert.True(before.Count > 0, $"no recognition drawn in the lane of the withdrawal at y={row}");
            Assert.True(before.Max(p => p.X) < lane.Min(p => p.X), $"the withdrawal at y={row} is drawn before the recognition");
        }
    }

    /// <summary>Pixels grouped into bands of rows with no gap of more than six rows (lanes are 24 apart).</summary>
    private static List<List<(int X, int Y)>> Rows(List<(int X, int Y)> pixels)
    {
        var bands = new List<List<(int X, int Y)>>();
        foreach (var p in pixels.OrderBy(p => p.Y))
        {
            if (bands.Count == 0 || p.Y - bands[^1][^1].Y > 6) bands.Add([]);
            bands[^1].Add(p);
        }
        return bands;
    }

    [SkippableFact]
    public async Task An_act_page_has_no_chart_and_its_sentence_is_rendered_first()
    {
        HeadlessChromium.Require();
        var image = PngImage.Decode(await HeadlessChromium.ScreenshotAsync(TestData.Seeds(), "/id/recognition/north-korea_donetsk-peoples-republic_state_1", Width, Height));
        Assert.Empty(PixelsOf(image, TimelineChart.WithdrawalColour));
        Assert.True(PixelsOf(image, TimelineChart.RecognitionColour).Count < 10, "a chart was drawn on an act's page");
        var dom = await HeadlessChromium.DumpDomAsync(TestData.Seeds(), "/id/recognition/north-korea_donetsk-peoples-republic_state_1");
        var summary = dom.IndexOf("<div id=\"summary\">", StringComparison.Ordinal);
        Assert.True(summary > 0 && summary < dom.IndexOf("<div id=\"evidence\">", StringComparison.Ordinal), "the sentence is not before the evidence");
        Assert.Contains("as a state on 13 July 2022, according to", dom);
    }

    /// <summary>
    /// Pixels of the hue of a colour: its strongest channel leads the other two by a clear margin, as in the colour
    /// itself, in its translucent fill (a bar) and in most antialiased edge pixels.
    /// </summary>
    private static List<(int X, int Y)> PixelsOf(PngImage image, string hex)
    {
        int[] colour = [Channel(hex, 1), Channel(hex, 3), Channel(hex, 5)];
        var lead = Array.IndexOf(colour, colour.Max());
        var found = new List<(int, int)>();
        for (var y = 0; y < image.Height; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                var (r, g, b) = image[x, y];
                int[] p = [r, g, b];
                if (Enumerable.Range(0, 3).All(c => c == lead || p[lead] - p[c] >= 50)) found.Add((x, y));
            }
        }
        return found;
    }

    private static int Channel(string hex, int at) => int.Parse(hex.AsSpan(at, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
}
