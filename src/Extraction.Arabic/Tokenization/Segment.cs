namespace Extraction.Arabic.Tokenization;

/// <summary>The role of one part of a clitic-segmented word.</summary>
public enum SegmentKind
{
    /// <summary>The conjunction و or ف.</summary>
    Conjunction,
    /// <summary>The preposition ب, ك or ل.</summary>
    Preposition,
    /// <summary>The future particle س.</summary>
    Future,
    /// <summary>The definite article ال (the ل of لل counts as a preposition, the rest as the article).</summary>
    Article,
    /// <summary>The word itself, without clitics.</summary>
    Stem,
    /// <summary>A pronoun enclitic: ه، ها، هم، هما، هن، ك، كم، كما، كن، نا، ي.</summary>
    Pronoun,
}

/// <summary>One part of a word: a clitic or the stem, as a span of <see cref="Document.Text"/>.</summary>
/// <param name="Span">Where the part is in the document text.</param>
/// <param name="Kind">What the part is.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public readonly record struct Segment(TextSpan Span, SegmentKind Kind);

/// <summary>One part of a word as the segmenter returns it, relative to the start of the word.</summary>
/// <param name="Start">Offset of the part inside the word.</param>
/// <param name="Length">Length of the part in UTF-16 code units.</param>
/// <param name="Kind">What the part is.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public readonly record struct WordSegment(int Start, int Length, SegmentKind Kind);
