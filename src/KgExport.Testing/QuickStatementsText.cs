using System.Text;

namespace KgExport.Testing;

/// <summary>
/// Compares QuickStatements batches (V1, or the CSV dialect when the first line starts with <c>qid,</c>) by what
/// they do to each item: commands are grouped by the item they edit, a <c>CREATE</c> with its <c>LAST</c> lines by the
/// new item's label (or its place among the creations), and a mismatch lists per item the commands only the approved
/// batch has and those only the received one has. A batch whose commands are the same in another order says so.
/// </summary>
internal static class QuickStatementsText
{
    public static string? Difference(string approved, string received)
    {
        if (approved == received) return null;
        var before = Commands(approved);
        var after = Commands(received);
        var keys = before.Select(c => c.Item).Concat(after.Select(c => c.Item)).Distinct(StringComparer.Ordinal).ToList();
        var sb = new StringBuilder();
        var changedItems = 0;
        foreach (var key in keys)
        {
            var gone = before.Where(c => c.Item == key).Select(c => c.Line).ToList();
            var came = after.Where(c => c.Item == key).Select(c => c.Line).ToList();
            foreach (var line in came.ToList())
            {
                if (gone.Remove(line)) came.Remove(line);
            }
            if (gone.Count == 0 && came.Count == 0) continue;
            changedItems++;
            sb.Append(key).Append(":\n");
            foreach (var line in gone) sb.Append("  - ").Append(Visible(line)).Append('\n');
            foreach (var line in came) sb.Append("  + ").Append(Visible(line)).Append('\n');
        }
        if (changedItems == 0) return "The same commands in another order:\n" + TextDiff.Lines(approved, received);
        return $"{changedItems} items edited differently (- approved only, + received only; tabs shown as ⇥):\n" + sb;
    }

    private static List<(string Item, string Line)> Commands(string batch)
    {
        var lines = batch.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var commands = new List<(string, string)>();
        if (lines.Length > 0 && lines[0].StartsWith("qid,", StringComparison.Ordinal))
        {
            commands.Add(("CSV header", lines[0]));
            var created = 0;
            foreach (var row in lines.Skip(1))
            {
                var qid = row[..Math.Max(0, row.IndexOf(',', StringComparison.Ordinal))];
                commands.Add((qid.Length > 0 ? qid : $"new item {++created}", row));
            }
            return commands;
        }
        // A CREATE's LAST lines edit the item it made; its label line names it better than its position.
        var creations = 0;
        var current = "";
        var block = new List<string>();
        void Flush()
        {
            if (block.Count == 0) return;
            var label = block.FirstOrDefault(l => l.StartsWith("LAST\tL", StringComparison.Ordinal));
            var name = label is null ? $"new item {creations}" : "new item " + label.Split('\t').Last().Split("/*")[0].Trim();
            foreach (var l in block) commands.Add((name, l));
            block.Clear();
        }
        foreach (var line in lines)
        {
            // The command's first field, without an edit summary comment after it ("CREATE /* ... */").
            var first = line.Split('\t', 2)[0].Split(' ', 2)[0];
            if (first == "CREATE")
            {
                Flush();
                creations++;
                block.Add(line);
                current = "CREATE";
            }
            else if (first == "LAST" && current == "CREATE")
            {
                block.Add(line);
            }
            else
            {
                Flush();
                current = first;
                commands.Add((first, line));
            }
        }
        Flush();
        return commands;
    }

    private static string Visible(string line) => line.Replace("\t", " ⇥ ", StringComparison.Ordinal);
}
