using System.CommandLine;
using KgExport.Extraction;
using KgExport.Extraction.Dates;
using KgExport.Facts;

namespace KgExport.Cli.Commands;

/// <summary>
/// <c>kgexport extract &lt;article&gt; [-o facts.json] [--published DATE]</c>: reads an article (plain text or HTML)
/// and writes the facts it states in the facts format, for review. Exit 0 written, 2 usage or input error.
/// </summary>
public static class ExtractCommand
{
    public static Command Create(Terminal terminal)
    {
        var article = new Argument<string>("article")
        {
            Description = "The article to read: a .txt file, or an .html page (its article body is read).",
        };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write the facts to this file (replaced atomically), or - for standard output (the default).",
            HelpName = "file",
        };
        var published = new Option<string?>("--published")
        {
            Description = "The publication date (YYYY, YYYY-MM or YYYY-MM-DD), when the dateline and page metadata do not give it.",
            HelpName = "date",
        };
        var command = new Command("extract", "Extract recognitions, severances, annexations and stances from an article as a facts file for review.")
        {
            article, output, published,
        };
        command.SetGuardedAction(terminal, (parseResult, cancellationToken) =>
        {
            var options = new ExtractionOptions { Published = ParsePublished(parseResult.GetValue(published)) };
            var path = parseResult.GetRequiredValue(article);
            if (!File.Exists(path)) throw new UsageException($"{path}: no such file");
            var facts = ArticleExtraction.ExtractFile(path, options, cancellationToken);
            using var target = OutputDocument.Open(parseResult.GetValue(output), terminal);
            target.Writer.Write(FactsWriter.Write(facts));
            target.Commit();
            return ExitCodes.Ok;
        });
        return command;
    }

    internal static PartialDate? ParsePublished(string? text)
    {
        if (text is null) return null;
        if (!FactDate.TryParse(text, out var d, out var error)) throw new UsageException("--published: " + error);
        return new PartialDate(d.Year, d.Month, d.Day);
    }
}
