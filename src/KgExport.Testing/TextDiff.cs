using System.Globalization;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace KgExport.Testing;

/// <summary>
/// A line diff for texts that have no finer meaning to compare: changed lines with some context, '-' approved
/// lines (numbered in the approved file), '+' received lines (numbered in the output), ' ' unchanged lines.
/// </summary>
public static class TextDiff
{
    /// <summary>The changed lines of <paramref name="received"/> against <paramref name="approved"/>, with <paramref name="context"/> unchanged lines around each change, at most <paramref name="maxLines"/> lines.</summary>
    public static string Lines(string approved, string received, int context = 2, int maxLines = 200)
    {
        var lines = InlineDiffBuilder.Diff(approved, received, ignoreWhiteSpace: false).Lines;
        var numbers = new int[lines.Count];
        int oldLine = 0, newLine = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            switch (lines[i].Type)
            {
                case ChangeType.Inserted:
                    numbers[i] = ++newLine;
                    break;
                case ChangeType.Deleted:
                    numbers[i] = ++oldLine;
                    break;
                default:
                    ++newLine;
                    numbers[i] = ++oldLine;
                    break;
            }
        }
        var show = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Type == ChangeType.Unchanged) continue;
            for (var j = Math.Max(0, i - context); j <= Math.Min(lines.Count - 1, i + context); j++) show[j] = true;
        }
        var sb = new StringBuilder();
        var written = 0;
        var gap = false;
        for (var i = 0; i < lines.Count && written < maxLines; i++)
        {
            if (!show[i])
            {
                gap = true;
                continue;
            }
            if (gap && sb.Length > 0) sb.Append("...\n");
            gap = false;
            var mark = lines[i].Type switch { ChangeType.Deleted => '-', ChangeType.Inserted => '+', _ => ' ' };
            sb.Append(mark).Append(numbers[i].ToString(CultureInfo.InvariantCulture).PadLeft(5)).Append(' ').Append(lines[i].Text).Append('\n');
            written++;
        }
        if (written >= maxLines) sb.Append("... (diff truncated)\n");
        return sb.ToString();
    }
}
