namespace Extraction.Arabic.Tokenization;

/// <summary>A token as the tokenizer finds it: where it is and what kind it is, nothing allocated.</summary>
/// <param name="Start">Index of the first UTF-16 code unit.</param>
/// <param name="Length">Number of code units.</param>
/// <param name="Kind">The kind of token.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public readonly record struct RawToken(int Start, int Length, TokenKind Kind)
{
    /// <summary>The index one past the last code unit.</summary>
    public int End => Start + Length;

    /// <summary>The span of the token.</summary>
    public TextSpan Span => new(Start, Length);
}
