namespace KgExport.Publishing.Http;

/// <summary>
/// How to authenticate to the store. A user and password answer whichever scheme the store challenges with
/// (Basic or Digest, the latter being what Virtuoso's <c>-auth</c> endpoints use); a token is sent as a Bearer
/// header on every request.
/// </summary>
public abstract record StoreCredentials
{
    public static StoreCredentials None { get; } = new Anonymous();

    public sealed record Anonymous : StoreCredentials;

    public sealed record UserPassword(string User, string Password) : StoreCredentials;

    public sealed record BearerToken(string Token) : StoreCredentials;
}
