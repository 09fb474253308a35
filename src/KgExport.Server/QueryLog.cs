using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging;

namespace KgExport.Server;

/// <summary>
/// One log line per query and update, with how it ended and how long it took. Text that comes from a request is
/// logged through <see cref="Printable"/>, so a CR, LF or terminal escape in it cannot forge a line or drive the terminal.
/// </summary>
internal static partial class QueryLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "query {Form} -> {Status}, {Rows} rows in {ElapsedMs:0.###} ms")]
    public static partial void Query(ILogger logger, string form, int status, long rows, double elapsedMs);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "update -> {Status} in {ElapsedMs:0.###} ms")]
    public static partial void Update(ILogger logger, int status, double elapsedMs);

    public static void Refused(ILogger logger, int status, string reason) => RefusedLine(logger, status, Printable(reason));

    public static void Failed(ILogger logger, Exception exception) => FailedLine(logger, Printable(exception.ToString()));

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "request refused -> {Status}: {Reason}")]
    private static partial void RefusedLine(ILogger logger, int status, string reason);

    [LoggerMessage(EventId = 4, Level = LogLevel.Error, Message = "request failed: {Failure}")]
    private static partial void FailedLine(ILogger logger, string failure);

    /// <summary>The text with every control character (C0, DEL, C1 such as CSI, line and paragraph separators) as \uXXXX.</summary>
    public static string Printable(string text)
    {
        if (!text.AsSpan().ContainsAny(Controls)) return text;
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (Controls.Contains(c)) sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            else sb.Append(c);
        }
        return sb.ToString();
    }

    private static readonly System.Buffers.SearchValues<char> Controls = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0x7F, 0x21)).Append(0x2028).Append(0x2029).Select(i => (char)i)]);
}
