namespace Extraction.Arabic.Tokenization;

/// <summary>A sentence: a span of the text and the range of tokens inside it.</summary>
/// <param name="Span">From the start of the first token to the end of the last.</param>
/// <param name="FirstToken">Index in <see cref="Document.Tokens"/> of the first token.</param>
/// <param name="TokenCount">Number of tokens.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public readonly record struct Sentence(TextSpan Span, int FirstToken, int TokenCount);
