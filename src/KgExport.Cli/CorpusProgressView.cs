using System.Globalization;
using KgExport.Corpus;
using Spectre.Console;

namespace KgExport.Cli;

/// <summary>
/// How a corpus run shows itself on stderr: a live Spectre.Console bar (articles done/total, rate, time left,
/// warnings, failures) on an interactive terminal; a plain log line every few seconds when stderr is a file, a pipe or
/// CI; nothing for a single article. Ends with a summary table. Messages (problems, warnings) go above the bar.
/// </summary>
internal sealed class CorpusProgressView
{
    private static readonly TimeSpan LineInterval = TimeSpan.FromSeconds(2);

    private readonly TextWriter _stderr;
    private readonly string _verb;
    private readonly Mode _mode;
    private IAnsiConsole? _console;
    private TimeSpan _lastLine;

    private enum Mode
    {
        Silent,
        Lines,
        Live,
    }

    private CorpusProgressView(TextWriter stderr, string verb, Mode mode)
    {
        _stderr = stderr;
        _verb = verb;
        _mode = mode;
    }

    /// <summary>A view for a run of <paramref name="total"/> articles; one article gets no progress and no summary.</summary>
    public static CorpusProgressView For(TextWriter stderr, string verb, int total, bool quiet)
    {
        if (quiet || total <= 1) return new CorpusProgressView(stderr, verb, Mode.Silent);
        var interactive = ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected
            && Environment.GetEnvironmentVariable("CI") is null or "" or "false"
            && AnsiConsole.Profile.Capabilities.Interactive;
        return new CorpusProgressView(stderr, verb, interactive ? Mode.Live : Mode.Lines);
    }

    /// <summary>Runs <paramref name="body"/> with a progress callback in place.</summary>
    public T Run<T>(int total, Func<Action<CorpusProgress>, T> body)
    {
        if (_mode == Mode.Silent) return body(_ => { });
        if (_mode == Mode.Lines) return body(Line);
        _console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        try
        {
            return _console.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .Start(ctx =>
                {
                    var task = ctx.AddTask($"{_verb}: 0/{total} articles", maxValue: Math.Max(1, total));
                    return body(p =>
                    {
                        task.Value = p.Done;
                        task.Description = Markup.Escape($"{_verb}: {p.Done}/{p.Total} articles, {Rate(p)}/s, {p.Warnings} warnings, {p.Failed} failed");
                    });
                });
        }
        finally
        {
            _console = null;
        }
    }

    /// <summary>A problem or warning line; above the live bar when there is one.</summary>
    public void Message(string line)
    {
        if (_console is { } console) console.WriteLine(line);
        else _stderr.WriteLine(line);
    }

    /// <summary>The final table: counts, time, rate, and the cache's hits.</summary>
    public void Summary(CorpusProgress p, ExportCache? cache, int jobs)
    {
        if (_mode == Mode.Silent) return;
        var rows = new List<(string, string)>
        {
            ("articles", Count(p.Total)),
            ("exported", Count(p.Exported)),
            ("from cache", Count(p.Cached) + (cache is null ? " (cache off)" : "")),
            ("failed", Count(p.Failed)),
            ("not processed", Count(p.NotProcessed)),
            ("warnings", Count(p.Warnings)),
            ("quads", Count(p.Quads)),
            ("time", p.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s"),
            ("rate", Rate(p) + " articles/s"),
            ("jobs", Count(jobs)),
        };
        if (cache is { WriteFailures: > 0 }) rows.Add(("cache write failures", Count(cache.WriteFailures)));
        if (_mode == Mode.Live)
        {
            var table = new Table().Border(TableBorder.Rounded).Title($"{_verb} summary").AddColumn("").AddColumn(new TableColumn("").RightAligned()).HideHeaders();
            foreach (var (k, v) in rows) table.AddRow(Markup.Escape(k), Markup.Escape(v));
            AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }).Write(table);
            return;
        }
        _stderr.WriteLine($"{_verb} summary:");
        var width = rows.Max(r => r.Item1.Length);
        foreach (var (k, v) in rows) _stderr.WriteLine($"  {k.PadRight(width)}  {v}");
        _stderr.Flush();
    }

    private void Line(CorpusProgress p)
    {
        if (p.Done < p.Total && p.Elapsed - _lastLine < LineInterval) return;
        _lastLine = p.Elapsed;
        var eta = p.Remaining is { } left ? $", about {left.TotalSeconds.ToString("0", CultureInfo.InvariantCulture)} s left" : "";
        _stderr.WriteLine($"{_verb}: {p.Done}/{p.Total} articles, {Rate(p)} articles/s{eta}, {p.Warnings} warnings, {p.Failed} failed");
        _stderr.Flush();
    }

    private static string Rate(CorpusProgress p) => p.Rate.ToString("0", CultureInfo.InvariantCulture);

    private static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
