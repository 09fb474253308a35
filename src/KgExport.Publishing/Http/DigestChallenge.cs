namespace KgExport.Publishing.Http;

/// <summary>The parameters of a <c>WWW-Authenticate: Digest ...</c> challenge (RFC 7616 section 3.3).</summary>
public sealed record DigestChallenge(string Realm, string Nonce, string? Opaque, string? Qop, string Algorithm)
{
    /// <summary>Parses the parameter list after the "Digest" scheme name; null when it lacks realm or nonce.</summary>
    public static DigestChallenge? Parse(string parameters)
    {
        var values = ParseParameters(parameters);
        if (!values.TryGetValue("realm", out var realm) || !values.TryGetValue("nonce", out var nonce)) return null;
        values.TryGetValue("opaque", out var opaque);
        values.TryGetValue("qop", out var qopList);
        // The server may offer several qop values; "auth" is the one that does not hash the body.
        string? qop = null;
        if (qopList is not null)
        {
            var offered = qopList.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            qop = offered.Contains("auth", StringComparer.OrdinalIgnoreCase) ? "auth" : offered.FirstOrDefault();
        }
        var algorithm = values.TryGetValue("algorithm", out var a) ? a : "MD5";
        return new DigestChallenge(realm, nonce, opaque, qop, algorithm);
    }

    private static Dictionary<string, string> ParseParameters(string text)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && (text[i] == ',' || char.IsWhiteSpace(text[i]))) i++;
            var nameStart = i;
            while (i < text.Length && text[i] != '=' && text[i] != ',') i++;
            var name = text[nameStart..i].Trim();
            if (i >= text.Length || text[i] != '=')
            {
                continue;
            }
            i++;
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            string value;
            if (i < text.Length && text[i] == '"')
            {
                var sb = new System.Text.StringBuilder();
                i++;
                while (i < text.Length && text[i] != '"')
                {
                    if (text[i] == '\\' && i + 1 < text.Length) i++;
                    sb.Append(text[i]);
                    i++;
                }
                i++;
                value = sb.ToString();
            }
            else
            {
                var start = i;
                while (i < text.Length && text[i] != ',') i++;
                value = text[start..i].Trim();
            }
            if (name.Length > 0) result[name] = value;
        }
        return result;
    }
}
