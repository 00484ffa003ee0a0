namespace Extraction.Arabic.Tokenization;

/// <summary>Splits an Arabic word into proclitics, stem and pronoun enclitic.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class CliticSegmenter
{
    /// <summary>The most parts one word can have.</summary>
    public const int MaxSegments = 6;

    private CliticSegmenter()
    {
    }

    /// <summary>The segmenter with the lexicon shipped in the package.</summary>
    public static CliticSegmenter Default { get; } = new();

    /// <summary>Segments one word.</summary>
    /// <param name="word">The word as it appears in the text (marks and tatweel allowed).</param>
    /// <param name="destination">Receives the parts in text order; <see cref="MaxSegments"/> entries are always enough.</param>
    /// <returns>The number of parts written (at least 1 for a non-empty word).</returns>
#pragma warning disable CA1822 // placeholder until the lexicon-backed segmenter lands
    public int Segment(ReadOnlySpan<char> word, Span<WordSegment> destination)
#pragma warning restore CA1822
    {
        if (word.IsEmpty) return 0;
        destination[0] = new WordSegment(0, word.Length, SegmentKind.Stem);
        return 1;
    }
}
