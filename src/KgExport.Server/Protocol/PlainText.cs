using Microsoft.AspNetCore.Http;

namespace KgExport.Server.Protocol;

/// <summary>Plain-text answers: errors carry a one-line message a person can act on, never a stack trace.</summary>
public static class PlainText
{
    public static Task WriteAsync(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(message.EndsWith('\n') ? message : message + "\n", context.RequestAborted);
    }

    public static Task WriteAsync(HttpContext context, ProtocolException e) => WriteAsync(context, e.Status, e.Message);
}
