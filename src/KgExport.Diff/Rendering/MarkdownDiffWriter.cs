using System.Text;
using KgExport.Rdf;

namespace KgExport.Diff;

/// <summary>
/// The Markdown report, for a pull-request comment: a heading and summary, then per graph a table of node,
/// property, old and new value. GitHub caps a comment at 65,536 characters, so the report stops at
/// <see cref="MaxLength"/> and says how many nodes it left out.
/// </summary>
internal static class MarkdownDiffWriter
{
    public const int MaxLength = 60_000;

    public static void Write(DatasetDifference difference, DiffReport report, TextWriter output)
    {
        var display = report.Display;
        var sb = new StringBuilder();
        sb.Append("### RDF diff: ").Append(Code(report.OldName)).Append(" → ").Append(Code(report.NewName)).Append("\n\n");
        if (difference.AreEqual)
        {
            sb.Append("No differences: the datasets are isomorphic (").Append(DiffReport.Count(difference.Counts.OldQuads)).Append(" quads).\n");
            output.Write(sb);
            return;
        }
        sb.Append("**").Append(DiffReport.Summary(difference.Counts)).Append("**\n");
        var totalNodes = difference.Graphs.Sum(g => g.Nodes.Count + (g.OtherRemoved.Count + g.OtherAdded.Count > 0 ? 1 : 0));
        var shownNodes = 0;
        var truncated = false;
        foreach (var graph in difference.Graphs)
        {
            if (truncated) break;
            var title = graph.Graph is null ? "Default graph" : "Graph " + Code(display.Format(graph.Graph));
            sb.Append("\n#### ").Append(title).Append(Label(difference, graph.Graph)).Append(" — ").Append(DiffReport.KindWord(graph.Kind)).Append("\n\n");
            sb.Append("| | node | property | old | new |\n|---|---|---|---|---|\n");
            foreach (var node in graph.Nodes)
            {
                var rows = NodeRows(node, difference, display);
                if (sb.Length + rows.Length > MaxLength)
                {
                    truncated = true;
                    break;
                }
                sb.Append(rows);
                shownNodes++;
            }
            if (!truncated && graph.OtherRemoved.Count + graph.OtherAdded.Count > 0)
            {
                var rows = new StringBuilder();
                foreach (var q in graph.OtherRemoved) rows.Append("| − | *unnamed blank nodes* | | ").Append(Code(NTriplesFormatter.Format(q))).Append(" | |\n");
                foreach (var q in graph.OtherAdded) rows.Append("| + | *unnamed blank nodes* | | | ").Append(Code(NTriplesFormatter.Format(q))).Append(" |\n");
                if (sb.Length + rows.Length > MaxLength) truncated = true;
                else
                {
                    sb.Append(rows);
                    shownNodes++;
                }
            }
        }
        if (truncated)
        {
            sb.Append("\n*… ").Append(DiffReport.Count(totalNodes - shownNodes)).Append(" more nodes not shown; run `kgexport diff --format text` for the whole report.*\n");
        }
        output.Write(sb);
    }

    private static string NodeRows(NodeDifference node, DatasetDifference difference, TermDisplay display)
    {
        var sb = new StringBuilder();
        var mark = node.Kind switch { ChangeKind.Added => "+", ChangeKind.Removed => "−", _ => "~" };
        var nodeCell = Code(display.Format(node.Node)) + Label(difference, node.Node);
        if (node.RenamedFrom is { } from) nodeCell += " (was " + Code(display.Format(from)) + ")";
        var first = true;
        foreach (var property in node.Properties)
        {
            var name = Code(property.Predicate.Value == Vocab.Rdf.Type.Value ? "a" : display.Format(property.Predicate));
            sb.Append("| ").Append(first ? mark : "").Append(" | ").Append(first ? nodeCell : "").Append(" | ").Append(name).Append(" | ")
                .Append(Values(property.Removed, difference, display)).Append(" | ").Append(Values(property.Added, difference, display)).Append(" |\n");
            first = false;
        }
        return sb.ToString();
    }

    private static string Values(IReadOnlyList<DiffValue> values, DatasetDifference difference, TermDisplay display) =>
        string.Join("<br>", values.Select(v => Code(display.Format(v)) + (v is TermValue { Term: Iri iri } ? Label(difference, iri) : "")));

    private static string Label(DatasetDifference difference, Term? term) =>
        term is not null && difference.LabelOf(term) is { } label ? " " + Escape(label) : "";

    // A code span that holds any text: fenced with more backticks than it contains, pipes escaped for the table.
    private static string Code(string text)
    {
        text = text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
        var longest = 0;
        var run = 0;
        foreach (var c in text)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }
        var fence = new string('`', longest + 1);
        var pad = longest > 0 ? " " : "";
        return fence + pad + text + pad + fence;
    }

    private static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '#') sb.Append('\\');
            sb.Append(c is '\n' or '\r' ? ' ' : c);
        }
        return sb.ToString();
    }
}
