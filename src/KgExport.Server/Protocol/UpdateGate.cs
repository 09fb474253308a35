using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace KgExport.Server.Protocol;

/// <summary>
/// Writes (SPARQL Update, Graph Store PUT/POST/DELETE) need --allow-update and a credential: HTTP Basic for a
/// configured user (<see cref="ServerSettings.Users"/>, hashed passwords) or the bearer token. A write without a
/// valid credential gets 401 with a <c>WWW-Authenticate</c> challenge for each scheme configured, so clients that
/// send credentials only when challenged (Jena's rupdate, rdflib, curl --anyauth) can write; a server that takes no
/// writes, or has no credential configured, answers 403. Reads never pass through here.
/// </summary>
public static class UpdateGate
{
    private const string Realm = "kgexport";

    // PBKDF2 is slow on purpose; a client sends the same header with every write, so a verified one is remembered
    // (by its SHA-256, never in clear) rather than derived again.
    private static readonly ConcurrentDictionary<string, string> Verified = new(StringComparer.Ordinal);

    public static void Check(HttpRequest request, ServerSettings settings)
    {
        WritesWithoutCors.Mark(request.HttpContext);
        if (!settings.AllowUpdate) throw Refuse("updates are disabled on this server (start it with --allow-update)");
        var users = settings.UserMap;
        var hasToken = !string.IsNullOrEmpty(settings.UpdateToken);
        if (!hasToken && users.Count == 0)
        {
            throw Refuse("updates need a credential, and none is configured (set KGEXPORT_Server__UpdateToken or KGEXPORT_Server__Users)");
        }
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            var given = Encoding.UTF8.GetBytes(header["Bearer ".Length..].Trim());
            if (hasToken && CryptographicOperations.FixedTimeEquals(given, Encoding.UTF8.GetBytes(settings.UpdateToken!))) return;
            throw Challenge(settings, "the update token is not valid");
        }
        if (header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            if (users.Count > 0 && IsValidBasic(header["Basic ".Length..].Trim(), users)) return;
            throw Challenge(settings, "the user name or password is not valid");
        }
        throw Challenge(settings, "updates need credentials: " + string.Join(" or ", Schemes(settings).Select(s => s == "Basic" ? "Authorization: Basic (a configured user)" : "Authorization: Bearer <token>")));
    }

    private static bool IsValidBasic(string encoded, IReadOnlyDictionary<string, string> users)
    {
        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(encoded));
        }
        catch (FormatException)
        {
            return false;
        }
        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0) return false;
        var user = decoded[..colon];
        if (!users.TryGetValue(user, out var hash)) return false;
        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(decoded)));
        if (Verified.TryGetValue(key, out var knownHash) && knownHash == hash) return true;
        if (!PasswordHash.Verify(decoded[(colon + 1)..], hash)) return false;
        if (Verified.Count > 1000) Verified.Clear();
        Verified[key] = hash;
        return true;
    }

    private static IEnumerable<string> Schemes(ServerSettings settings)
    {
        if (settings.UserMap.Count > 0) yield return "Basic";
        if (!string.IsNullOrEmpty(settings.UpdateToken)) yield return "Bearer";
    }

    /// <summary>
    /// One challenge: Basic where users are configured, else Bearer. A client answers a Basic challenge with the
    /// user's password; a bearer token is sent unasked by the clients that have one. Jena 4.5 fails outright
    /// (NullPointerException) on a 401 that also offers a scheme it does not know, such as Bearer.
    /// </summary>
    private static ProtocolException Challenge(ServerSettings settings, string message) =>
        new(StatusCodes.Status401Unauthorized, message)
        {
            Challenges = [settings.UserMap.Count > 0 ? $"Basic realm=\"{Realm}\", charset=\"UTF-8\"" : $"Bearer realm=\"{Realm}\""],
        };

    private static ProtocolException Refuse(string message) => new(StatusCodes.Status403Forbidden, message);
}
