namespace KgExport.Shacl;

/// <summary>
/// A validation stopped by its <see cref="ValidationLimits"/> (time, memory): the data may conform or not, the run
/// could not tell within them, so there is no report rather than a partial one.
/// </summary>
public sealed class ValidationLimitException(string message) : Exception(message);
