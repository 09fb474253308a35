namespace KgExport.Facts;

/// <summary>Words the article quotes, who said them and where (a Telegram channel, a news agency).</summary>
/// <param name="Text">The quoted words exactly as printed (without the quotation marks); must occur in an evidence span.</param>
/// <param name="Medium">Entity id of the channel or outlet the words appeared in, or null when the text does not say.</param>
public sealed record Quote(string Speaker, string Text, string? Medium) : Fact;
