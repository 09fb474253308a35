using Microsoft.AspNetCore.Http;

namespace KgExport.Server.Protocol;

/// <summary>Plain-text answers: errors carry a one-line message a person can act on, never a stack trace.</summary>
public static class PlainText
{
    public static Task WriteAsync(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        // A message may quote the request; it is never to be sniffed into HTML.
        context.Response.Headers.XContentTypeOptions = "nosniff";
        return context.Response.WriteAsync(message.EndsWith('\n') ? message : message + "\n", context.RequestAborted);
    }

    public static Task WriteAsync(HttpContext context, ProtocolException e)
    {
        if (e.Challenges.Count > 0) context.Response.Headers.WWWAuthenticate = new Microsoft.Extensions.Primitives.StringValues([.. e.Challenges]);
        return WriteAsync(context, e.Status, e.Message);
    }
}
