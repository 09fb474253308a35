using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace KgExport.Publishing.Http;

/// <summary>
/// Computes Digest <c>Authorization</c> headers (RFC 7616, compatible with RFC 2617) for one challenge, counting
/// the nonce uses so later requests can answer pre-emptively without another 401 round trip.
/// </summary>
public sealed class DigestAuthorization
{
    private readonly DigestChallenge _challenge;
    private readonly string _user;
    private readonly string _password;
    private readonly Func<string> _newClientNonce;
    private int _nonceCount;

    public DigestAuthorization(DigestChallenge challenge, string user, string password, Func<string>? newClientNonce = null)
    {
        if (!IsSupported(challenge.Algorithm))
            throw new NotSupportedException($"the store asks for digest algorithm {challenge.Algorithm}; supported: MD5, MD5-sess, SHA-256, SHA-256-sess");
        _challenge = challenge;
        _user = user;
        _password = password;
        _newClientNonce = newClientNonce ?? (() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)));
    }

    public static bool IsSupported(string algorithm) =>
        algorithm.ToUpperInvariant() is "MD5" or "MD5-SESS" or "SHA-256" or "SHA-256-SESS";

    /// <summary>The header value (after "Digest ") for a request with this method and request-target.</summary>
    public string For(string method, string requestTarget)
    {
        var nc = Interlocked.Increment(ref _nonceCount).ToString("x8", CultureInfo.InvariantCulture);
        var cnonce = _newClientNonce();
        var algorithm = _challenge.Algorithm.ToUpperInvariant();
        var ha1 = Hash(algorithm, $"{_user}:{_challenge.Realm}:{_password}");
        if (algorithm.EndsWith("-SESS", StringComparison.Ordinal)) ha1 = Hash(algorithm, $"{ha1}:{_challenge.Nonce}:{cnonce}");
        var ha2 = Hash(algorithm, $"{method}:{requestTarget}");
        var response = _challenge.Qop is null
            ? Hash(algorithm, $"{ha1}:{_challenge.Nonce}:{ha2}")
            : Hash(algorithm, $"{ha1}:{_challenge.Nonce}:{nc}:{cnonce}:{_challenge.Qop}:{ha2}");

        var sb = new StringBuilder();
        sb.Append($"username=\"{Quote(_user)}\", realm=\"{Quote(_challenge.Realm)}\", nonce=\"{Quote(_challenge.Nonce)}\", uri=\"{Quote(requestTarget)}\"");
        sb.Append($", algorithm={_challenge.Algorithm}, response=\"{response}\"");
        if (_challenge.Qop is not null) sb.Append($", qop={_challenge.Qop}, nc={nc}, cnonce=\"{cnonce}\"");
        if (_challenge.Opaque is not null) sb.Append($", opaque=\"{Quote(_challenge.Opaque)}\"");
        return sb.ToString();
    }

    private static string Hash(string algorithm, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var digest = algorithm.StartsWith("SHA-256", StringComparison.Ordinal) ? SHA256.HashData(bytes) : MD5.HashData(bytes);
        return Convert.ToHexStringLower(digest);
    }

    private static string Quote(string value) => value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
}
