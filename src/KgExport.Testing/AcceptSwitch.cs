namespace KgExport.Testing;

/// <summary>
/// The one switch that accepts new outputs: the environment variable <c>KGEXPORT_ACCEPT_SNAPSHOTS=1</c>. It is
/// ignored when <c>CI=true</c>, so a build server never approves its own output.
/// </summary>
public static class AcceptSwitch
{
    /// <summary>The environment variable's name.</summary>
    public const string Variable = "KGEXPORT_ACCEPT_SNAPSHOTS";

    /// <summary>Whether outputs that differ from their approved files are accepted in this process.</summary>
    public static bool IsOn => IsRequested && !IsCi;

    /// <summary>Whether the variable is set, whatever CI says.</summary>
    public static bool IsRequested => Environment.GetEnvironmentVariable(Variable) == "1";

    /// <summary>Whether this is a CI run (<c>CI=true</c>, any case), where nothing is accepted.</summary>
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>What to tell a user whose output did not match.</summary>
    internal static string Advice => IsRequested && IsCi
        ? $"{Variable}=1 is ignored because CI=true: accept new outputs on a development machine and commit them."
        : $"If the change is intended, rerun the test with {Variable}=1 (ignored when CI=true) and review the approved file with git diff.";
}
