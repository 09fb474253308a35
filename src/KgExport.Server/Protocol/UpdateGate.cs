using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace KgExport.Server.Protocol;

/// <summary>
/// Writes (SPARQL Update, Graph Store PUT/POST/DELETE) need both --allow-update and the configured bearer token;
/// anything less is 403. Reads never pass through here.
/// </summary>
public static class UpdateGate
{
    public static void Check(HttpRequest request, ServerSettings settings)
    {
        WritesWithoutCors.Mark(request.HttpContext);
        if (!settings.AllowUpdate) throw Refuse("updates are disabled on this server (start it with --allow-update)");
        if (string.IsNullOrEmpty(settings.UpdateToken)) throw Refuse("updates need a token, and none is configured (set KGEXPORT_Server__UpdateToken)");
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)) throw Refuse("updates need 'Authorization: Bearer <token>'");
        var given = Encoding.UTF8.GetBytes(header[scheme.Length..].Trim());
        var expected = Encoding.UTF8.GetBytes(settings.UpdateToken);
        if (!CryptographicOperations.FixedTimeEquals(given, expected)) throw Refuse("the update token is not valid");
    }

    private static ProtocolException Refuse(string message) => new(StatusCodes.Status403Forbidden, message);
}
