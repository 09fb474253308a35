using System.Diagnostics;
using KgExport.Rdf;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace KgExport.Server.Tests;

/// <summary>
/// Debian's Chromium, headless, against a Kestrel server over a dataset: the DOM it ends with, or a screenshot.
/// Skipped with the reason where Chromium is missing, except on CI, where a missing browser fails.
/// </summary>
internal static class HeadlessChromium
{
    public const string Path = "/usr/bin/chromium";

    public static void Require()
    {
        if (File.Exists(Path)) return;
        Assert.False(TestPaths.IsCi, $"{Path} is missing (the CI installs it with install-oracles chromium)");
        Skip.If(true, $"SKIPPED: no {Path} (bash $KGEXPORT_SHARED/tools/install-oracles chromium)");
    }

    /// <summary>The DOM Chromium sees once the page has settled.</summary>
    public static async Task<string> DumpDomAsync(Dataset dataset, string path)
    {
        var dom = await RunAsync(dataset, path, ["--virtual-time-budget=20000", "--dump-dom"]);
        Assert.True(dom.Length > 0, "chromium printed no DOM");
        return dom;
    }

    /// <summary>A PNG screenshot of the page in a window of the given size.</summary>
    public static async Task<byte[]> ScreenshotAsync(Dataset dataset, string path, int width, int height)
    {
        var file = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"kgexport-screenshot-{Guid.NewGuid():N}.png");
        try
        {
            await RunAsync(dataset, path, ["--hide-scrollbars", $"--window-size={width},{height}", $"--screenshot={file}"]);
            Assert.True(File.Exists(file), "chromium wrote no screenshot");
            return await File.ReadAllBytesAsync(file);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async Task<string> RunAsync(Dataset dataset, string path, string[] args)
    {
        var app = KgServer.Create(dataset, [], new Dictionary<string, string?> { ["Server:Port"] = "0" });
        await app.StartAsync();
        var profile = Directory.CreateTempSubdirectory("kgexport-chromium-");
        try
        {
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single().TrimEnd('/');
            var start = new ProcessStartInfo(Path)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", $"--user-data-dir={profile.FullName}" }.Concat(args).Append(address + path))
            {
                start.ArgumentList.Add(arg);
            }
            using var chromium = Process.Start(start)!;
            var stdout = chromium.StandardOutput.ReadToEndAsync();
            var stderr = chromium.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
            try
            {
                await chromium.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                chromium.Kill(entireProcessTree: true);
                Assert.Fail("chromium did not finish within 90 s");
            }
            await stderr;
            return await stdout;
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
            profile.Delete(recursive: true);
        }
    }
}
