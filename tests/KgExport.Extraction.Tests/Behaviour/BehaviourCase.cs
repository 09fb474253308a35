namespace KgExport.Extraction.Tests.Behaviour;

/// <summary>One generated text and the facts it states by construction.</summary>
internal sealed record BehaviourCase(string Phenomenon, int Template, DateForm DateForm, string Text, IReadOnlySet<ScoredFact> Expected);
