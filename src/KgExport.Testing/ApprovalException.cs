namespace KgExport.Testing;

/// <summary>
/// An output that does not match its approved file (or has none yet). Any test framework reports it as a failure;
/// the message holds the semantic difference and says how to accept the new output.
/// </summary>
public sealed class ApprovalException(string message) : Exception(message);
