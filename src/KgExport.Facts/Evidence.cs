namespace KgExport.Facts;

/// <summary>
/// A span of the article text that shows a fact. Offsets count Unicode code points from the start of the
/// article text (as the W3C Web Annotation TextPositionSelector does); <see cref="End"/> is exclusive;
/// <see cref="Text"/> must equal the text at those offsets.
/// </summary>
public sealed record Evidence(int Start, int End, string Text);
