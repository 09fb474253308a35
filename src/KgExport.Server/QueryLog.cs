using Microsoft.Extensions.Logging;

namespace KgExport.Server;

/// <summary>One log line per query and update, with how it ended and how long it took.</summary>
internal static partial class QueryLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "query {Form} -> {Status}, {Rows} rows in {ElapsedMs:0.###} ms")]
    public static partial void Query(ILogger logger, string form, int status, long rows, double elapsedMs);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "update -> {Status} in {ElapsedMs:0.###} ms")]
    public static partial void Update(ILogger logger, int status, double elapsedMs);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "request refused -> {Status}: {Reason}")]
    public static partial void Refused(ILogger logger, int status, string reason);

    [LoggerMessage(EventId = 4, Level = LogLevel.Error, Message = "request failed")]
    public static partial void Failed(ILogger logger, Exception exception);
}
