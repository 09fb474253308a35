namespace KgExport.Extraction.Evaluation;

/// <summary>A gold file or article that cannot be evaluated; the message names the file.</summary>
public sealed class EvaluationException(string message) : Exception(message);
