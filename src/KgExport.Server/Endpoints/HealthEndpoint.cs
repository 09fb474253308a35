using Microsoft.AspNetCore.Http;

namespace KgExport.Server.Endpoints;

/// <summary><c>/healthz</c>: 200 with the number of quads served, for probes.</summary>
public static class HealthEndpoint
{
    public static Task GetAsync(HttpContext context)
    {
        var quads = context.Services().Store.Read(d => d.Count);
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync($"{{\"status\":\"ok\",\"quads\":{quads}}}\n", context.RequestAborted);
    }
}
