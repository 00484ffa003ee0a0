namespace Extraction.Arabic.Text;

/// <summary>A normalized copy of a text with the map from each normalized character to its source.</summary>
/// <remarks>Immutable and thread-safe. Produced by <see cref="ArabicNormalizer.Normalize(string)"/>.</remarks>
public sealed class NormalizedText
{
    private readonly int[] _sourceIndex;

    internal NormalizedText(string original, string normalized, int[] sourceIndex)
    {
        Original = original;
        Text = normalized;
        _sourceIndex = sourceIndex;
    }

    /// <summary>The text that was normalized, unchanged.</summary>
    public string Original { get; }

    /// <summary>The normalized text.</summary>
    public string Text { get; }

    /// <summary>The index in <see cref="Original"/> of the character that produced normalized character <paramref name="index"/>.</summary>
    /// <param name="index">An index into <see cref="Text"/>.</param>
    /// <returns>An index into <see cref="Original"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside <see cref="Text"/>.</exception>
    public int ToOriginalIndex(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, _sourceIndex.Length);
        return _sourceIndex[index];
    }

    /// <summary>Maps a span of <see cref="Text"/> to the span of <see cref="Original"/> it came from.</summary>
    /// <remarks>The original span starts at the source of the first character and ends where the source of the
    /// next normalized character starts, so removed marks and tatweel after a letter stay with that letter.
    /// A span ending at the end of <see cref="Text"/> ends after the source of its last character.</remarks>
    /// <param name="span">A half-open range of <see cref="Text"/>.</param>
    /// <returns>The half-open range of <see cref="Original"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The span is not inside <see cref="Text"/>.</exception>
    public TextSpan ToOriginal(TextSpan span)
    {
        if (span.Start < 0 || span.Length < 0 || span.End > Text.Length)
            throw new ArgumentOutOfRangeException(nameof(span), span, "The span must lie inside the normalized text.");
        if (Text.Length == 0) return new TextSpan(Original.Length, 0);
        int start = span.Start < _sourceIndex.Length ? _sourceIndex[span.Start] : SourceEnd(_sourceIndex.Length - 1);
        if (span.Length == 0) return new TextSpan(start, 0);
        int end = span.End < _sourceIndex.Length && _sourceIndex[span.End] != _sourceIndex[span.End - 1]
            ? _sourceIndex[span.End]
            : SourceEnd(span.End - 1);
        return TextSpan.FromBounds(start, end);
    }

    private int SourceEnd(int normalizedIndex)
    {
        int s = _sourceIndex[normalizedIndex];
        return s + (char.IsHighSurrogate(Original[s]) && s + 1 < Original.Length ? 2 : 1);
    }
}
