namespace KgExport.Cli;

/// <summary>The process exit codes every verb shares.</summary>
public static class ExitCodes
{
    /// <summary>Done, and the data is fine.</summary>
    public const int Ok = 0;

    /// <summary>The data is invalid: SHACL violations, failed checks.</summary>
    public const int DataInvalid = 1;

    /// <summary>`diff` and `iso`: the two inputs differ (the code diff(1) and cmp(1) give).</summary>
    public const int Differs = 1;

    /// <summary>The command line or an input is wrong: unknown option, missing file, syntax error.</summary>
    public const int UsageError = 2;

    /// <summary>A store failed or refused: a remote one part of a publish, or a local one (locked, damaged, not writable).</summary>
    public const int StoreFailed = 3;

    /// <summary>Interrupted (Ctrl+C), following the shell convention 128 + SIGINT.</summary>
    public const int Cancelled = 130;
}
