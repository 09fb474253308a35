using System.Buffers;

namespace KgExport.Extraction.Patterns;

/// <summary>
/// A cheap screen before any reading: a text in which no word of any fact family occurs (recognition, relations or
/// ties, annexation, incorporation, jurisdiction extended, a province declared, a territory that became part of a state) can state none of the facts the extractor reads, so it is not read at all. News
/// archives are mostly about other things. The stems cover every trigger in <see cref="Lexicon"/>.
/// </summary>
public static class TriggerScreen
{
    private static readonly SearchValues<string> Stems = SearchValues.Create(
        ["recogni", "relations", "ties", "relationship", "connections", "allegiance", "broke with", "break with", "breaks with", "breaking with", "annex", "incorporat", "absorb", "subsum", "integrated", "jurisdiction", "sovereignty", "its law", "their law", "laws to", "law to", "province", "governorate", "became", "becomes", "acknowledg", "ditch", "dump", "dropped", "dropping", "drops", "abandon"],
        StringComparison.OrdinalIgnoreCase);

    public static bool MayStateAFact(string text) => text.AsSpan().IndexOfAny(Stems) >= 0;
}
