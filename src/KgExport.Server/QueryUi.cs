using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;

namespace KgExport.Server;

/// <summary>
/// The query UI at <c>/</c>: wwwroot/index.html and its assets (YASGUI, installed from npm at build time into
/// wwwroot/yasgui), served from the application's folder.
/// </summary>
public static class QueryUi
{
    public static string Root => Path.Combine(AppContext.BaseDirectory, "wwwroot");

    public static void Map(WebApplication app)
    {
        if (!Directory.Exists(Root)) return;
        var files = new PhysicalFileProvider(Root);
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        app.MapGet("/", async context =>
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.SendFileAsync(files.GetFileInfo("index.html"), context.RequestAborted);
        });
        // What the page needs to link minted IRIs in results to this server's own /id/ pages.
        app.MapGet("/ui-settings.json", (HttpContext context) => Results.Json(new
        {
            mintedNamespace = context.RequestServices.GetRequiredService<ServerSettings>().MintedNamespace,
            idPath = PublicUrls.IdPath,
        }));
    }
}
