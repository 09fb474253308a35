namespace KgExport.Cli;

/// <summary>
/// A mistake in how the command was called or in what it was given (exit code 2). The message is shown as is,
/// so it must say what is wrong and, where it helps, what to do instead.
/// </summary>
public sealed class UsageException(string message) : Exception(message);
