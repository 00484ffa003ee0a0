using System.Collections.Immutable;

namespace Extraction.Arabic.Tokenization;

/// <summary>A token of a <see cref="Document"/>, with its normalized form, light stem and clitic segments.</summary>
/// <param name="Span">Where the token is in <see cref="Document.Text"/>.</param>
/// <param name="Kind">What the token is.</param>
/// <param name="Text">The token's text: exactly <c>Document.Text.Substring(Span.Start, Span.Length)</c>.</param>
/// <param name="Normalized">The text folded by <see cref="Text.ArabicNormalizer"/>.</param>
/// <param name="Stem">The light10 stem of <paramref name="Normalized"/> for Arabic words; otherwise <paramref name="Normalized"/>.</param>
/// <param name="Segments">For Arabic words, the clitics and the stem in text order (a word without clitics is one
/// <see cref="SegmentKind.Stem"/> segment); empty for every other kind.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record Token(TextSpan Span, TokenKind Kind, string Text, string Normalized, string Stem, ImmutableArray<Segment> Segments);
