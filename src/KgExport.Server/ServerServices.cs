using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KgExport.Server;

/// <summary>What every endpoint needs: the settings, the shared dataset and the query log.</summary>
public sealed class ServerServices(ServerSettings settings, SharedDataset store, ILoggerFactory loggers)
{
    public ServerSettings Settings { get; } = settings;

    public SharedDataset Store { get; } = store;

    public ILogger Logger { get; } = loggers.CreateLogger("KgExport.Server.Queries");

    public Protocol.ParsedQueries Queries { get; } = new();
}

internal static class ServerServicesAccess
{
    public static ServerServices Services(this HttpContext context) => context.RequestServices.GetRequiredService<ServerServices>();
}
