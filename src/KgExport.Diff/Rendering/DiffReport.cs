using System.Globalization;
using KgExport.Rdf;

namespace KgExport.Diff;

/// <summary>The formats a <see cref="DatasetDifference"/> can be written in.</summary>
public enum DiffReportFormat
{
    /// <summary>Indented plain text for a terminal or a test failure.</summary>
    Text,

    /// <summary>GitHub-flavoured Markdown that fits a pull-request comment (tables, capped in size).</summary>
    Markdown,

    /// <summary>JSON for tools; terms encoded as in SPARQL 1.1 JSON results.</summary>
    Json,
}

/// <summary>Writes a difference report. <paramref name="OldName"/> and <paramref name="NewName"/> name the two inputs.</summary>
public sealed record DiffReport(string OldName, string NewName, PrefixMap Prefixes)
{
    /// <summary>Reads a format name (text or txt, markdown or md, json; any case), false for any other.</summary>
    public static bool TryParseFormat(string name, out DiffReportFormat format)
    {
        switch (name.Trim().ToLowerInvariant())
        {
            case "text" or "txt": format = DiffReportFormat.Text; return true;
            case "markdown" or "md": format = DiffReportFormat.Markdown; return true;
            case "json": format = DiffReportFormat.Json; return true;
            default: format = default; return false;
        }
    }

    /// <summary>Writes <paramref name="difference"/> to <paramref name="output"/> in <paramref name="format"/>.</summary>
    public void Write(DatasetDifference difference, DiffReportFormat format, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(difference);
        ArgumentNullException.ThrowIfNull(output);
        switch (format)
        {
            case DiffReportFormat.Markdown: MarkdownDiffWriter.Write(difference, this, output); break;
            case DiffReportFormat.Json: JsonDiffWriter.Write(difference, this, output); break;
            default: TextDiffWriter.Write(difference, this, output); break;
        }
    }

    /// <summary>The report of <paramref name="difference"/> in <paramref name="format"/> as a string, with \n line ends.</summary>
    public string ToText(DatasetDifference difference, DiffReportFormat format = DiffReportFormat.Text)
    {
        var sb = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        Write(difference, format, sb);
        return sb.ToString();
    }

    internal TermDisplay Display { get; } = new(Prefixes);

    internal static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    internal static string KindWord(ChangeKind kind) => kind switch
    {
        ChangeKind.Added => "added",
        ChangeKind.Removed => "removed",
        _ => "changed",
    };

    /// <summary>"3 quads removed, 5 added (1,204 → 1,206); graphs: 1 changed; nodes: 2 changed, 3 added".</summary>
    internal static string Summary(DifferenceCounts c)
    {
        var parts = new List<string> { $"{Count(c.RemovedQuads)} quads removed, {Count(c.AddedQuads)} added ({Count(c.OldQuads)} → {Count(c.NewQuads)})" };
        var graphs = Tally(c.GraphsChanged, c.GraphsAdded, c.GraphsRemoved);
        if (graphs.Length > 0) parts.Add("graphs: " + graphs);
        var nodes = Tally(c.NodesChanged, c.NodesAdded, c.NodesRemoved);
        if (nodes.Length > 0) parts.Add("nodes: " + nodes);
        return string.Join("; ", parts);
    }

    private static string Tally(int changed, int added, int removed)
    {
        var parts = new List<string>();
        if (changed > 0) parts.Add($"{Count(changed)} changed");
        if (added > 0) parts.Add($"{Count(added)} added");
        if (removed > 0) parts.Add($"{Count(removed)} removed");
        return string.Join(", ", parts);
    }
}
