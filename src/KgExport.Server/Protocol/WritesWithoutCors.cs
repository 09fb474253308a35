using Microsoft.AspNetCore.Http;

namespace KgExport.Server.Protocol;

/// <summary>
/// No write answers with CORS headers, wherever it was sent (an update POSTed to /sparql shares its route with
/// queries, which do get them). <see cref="UpdateGate"/> marks every write; this middleware, placed before the CORS
/// middleware, strips the headers as the response starts (after CORS added them: start callbacks run last-added first).
/// </summary>
internal static class WritesWithoutCors
{
    private static readonly object WriteMark = new();

    public static void Mark(HttpContext context) => context.Items[WriteMark] = true;

    public static Task Middleware(HttpContext context, RequestDelegate next)
    {
        context.Response.OnStarting(() =>
        {
            if (context.Items.ContainsKey(WriteMark))
            {
                foreach (var name in context.Response.Headers.Keys.Where(k => k.StartsWith("Access-Control-", StringComparison.OrdinalIgnoreCase)).ToList())
                {
                    context.Response.Headers.Remove(name);
                }
            }
            return Task.CompletedTask;
        });
        return next(context);
    }
}
