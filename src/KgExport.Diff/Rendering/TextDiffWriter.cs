using System.Text;
using KgExport.Rdf;

namespace KgExport.Diff;

/// <summary>
/// The plain-text report: a summary line, then per graph its nodes (<c>~</c> changed, <c>+</c> added, <c>-</c>
/// removed) with each changed property as <c>old → new</c> or as <c>-</c>/<c>+</c> values, labels in quotes.
/// </summary>
internal static class TextDiffWriter
{
    public static void Write(DatasetDifference difference, DiffReport report, TextWriter output)
    {
        output.Write($"--- {report.OldName}\n+++ {report.NewName}\n");
        if (difference.AreEqual)
        {
            output.Write($"no differences: the datasets are isomorphic ({DiffReport.Count(difference.Counts.OldQuads)} quads)\n");
            return;
        }
        output.Write(DiffReport.Summary(difference.Counts) + "\n");
        var display = report.Display;
        var sb = new StringBuilder();
        foreach (var graph in difference.Graphs)
        {
            sb.Clear();
            sb.Append('\n');
            sb.Append(graph.Graph is null ? "default graph" : "graph " + display.Format(graph.Graph));
            AppendLabel(sb, difference, graph.Graph);
            sb.Append(" (").Append(DiffReport.KindWord(graph.Kind)).Append(")\n");
            output.Write(sb);
            foreach (var node in graph.Nodes) WriteNode(node, difference, display, output, sb);
            if (graph.OtherRemoved.Count + graph.OtherAdded.Count > 0)
            {
                output.Write("  statements about unnamed blank nodes:\n");
                foreach (var q in graph.OtherRemoved) output.Write("    - " + NTriplesFormatter.Format(q) + "\n");
                foreach (var q in graph.OtherAdded) output.Write("    + " + NTriplesFormatter.Format(q) + "\n");
            }
        }
    }

    private static void WriteNode(NodeDifference node, DatasetDifference difference, TermDisplay display, TextWriter output, StringBuilder sb)
    {
        sb.Clear();
        sb.Append("  ").Append(node.Kind switch { ChangeKind.Added => '+', ChangeKind.Removed => '-', _ => '~' }).Append(' ');
        display.Append(sb, node.Node);
        AppendLabel(sb, difference, node.Node);
        if (node.RenamedFrom is { } from)
        {
            sb.Append(" (was ");
            display.Append(sb, from);
            sb.Append(')');
        }
        else if (node.Kind != ChangeKind.Changed)
        {
            sb.Append(" (").Append(DiffReport.KindWord(node.Kind)).Append(')');
        }
        sb.Append('\n');
        foreach (var property in node.Properties)
        {
            var name = property.Predicate.Value == Vocab.Rdf.Type.Value ? "a" : display.Format(property.Predicate);
            if (node.Kind == ChangeKind.Changed && property.IsReplacement)
            {
                sb.Append("      ").Append(name).Append(": ");
                AppendValue(sb, difference, display, property.Removed[0]);
                sb.Append(" → ");
                AppendValue(sb, difference, display, property.Added[0]);
                sb.Append('\n');
                continue;
            }
            var mark = node.Kind == ChangeKind.Changed;
            foreach (var v in property.Removed) Line(sb, name, mark ? "- " : "", v, difference, display);
            foreach (var v in property.Added) Line(sb, name, mark ? "+ " : "", v, difference, display);
        }
        output.Write(sb);
    }

    private static void Line(StringBuilder sb, string name, string mark, DiffValue value, DatasetDifference difference, TermDisplay display)
    {
        sb.Append("      ").Append(mark).Append(name).Append(' ');
        AppendValue(sb, difference, display, value);
        sb.Append('\n');
    }

    private static void AppendValue(StringBuilder sb, DatasetDifference difference, TermDisplay display, DiffValue value)
    {
        display.Append(sb, value);
        if (value is TermValue { Term: Iri iri }) AppendLabel(sb, difference, iri);
    }

    private static void AppendLabel(StringBuilder sb, DatasetDifference difference, Term? term)
    {
        if (term is not null && difference.LabelOf(term) is { } label)
        {
            sb.Append(" \"");
            NTriplesFormatter.AppendEscaped(sb, label);
            sb.Append('"');
        }
    }
}
