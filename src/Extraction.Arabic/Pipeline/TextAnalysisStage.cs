using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Extraction.Arabic.Dates;
using Extraction.Arabic.Text;
using Extraction.Arabic.Tokenization;

namespace Extraction.Arabic.Pipeline;

/// <summary>The first stage: tokens with normalized forms, stems and clitic segments, then sentences, and which tokens
/// anchor a temporal expression (<see cref="Document.DateAnchors"/>).</summary>
internal sealed class TextAnalysisStage
{
    private readonly ArabicNormalizer _normalizer;
    private readonly CliticSegmenter _segmenter;

    // ArabicLightStemmer.Stem(string) normalizes again with ArabicNormalizer.Default. When our normalizer folds at least
    // what Default folds, that changes nothing (normalization is idempotent), so the span overload gives the same stem
    // without the two intermediate strings.
    private readonly bool _stemNormalizedSpan;

    private readonly bool _recordDateAnchors;

    /// <param name="normalizer">Normalizes every token.</param>
    /// <param name="segmenter">Segments every Arabic word.</param>
    /// <param name="recordDateAnchors">Whether to record <see cref="Document.DateAnchors"/> (false only to measure what
    /// recording them costs: the date stage then finds them itself).</param>
    public TextAnalysisStage(ArabicNormalizer normalizer, CliticSegmenter segmenter, bool recordDateAnchors = true)
    {
        _normalizer = normalizer;
        _segmenter = segmenter;
        _recordDateAnchors = recordDateAnchors;
        _stemNormalizedSpan = normalizer.Options.FoldAlefMaksura && normalizer.Options.FoldPersianLetters;
    }

    public Document Run(Document document, CancellationToken cancellationToken)
    {
        string text = document.Text;
        var raw = new List<RawToken>(text.Length / 5 + 4);
        foreach (var t in ArabicTokenizer.Enumerate(text)) raw.Add(t);

        var tokens = ImmutableArray.CreateBuilder<Token>(raw.Count);
        Span<WordSegment> parts = stackalloc WordSegment[CliticSegmenter.MaxSegments];
        char[] buffer = new char[256];
        // Tested here, where the normalized form was just written, rather than by the date stage, which would have to
        // read every token object back from memory.
        var anchors = new DateAnchorRecorder(_recordDateAnchors ? raw.Count : 0);
        for (int i = 0; i < raw.Count; i++)
        {
            if ((i & 4095) == 0) cancellationToken.ThrowIfCancellationRequested();
            var r = raw[i];
            ReadOnlySpan<char> surface = text.AsSpan(r.Start, r.Length);
            string tokenText = surface.ToString();
            string normalized = Normalize(surface, tokenText, ref buffer);
            if (_recordDateAnchors) anchors.Add(i, r.Kind, tokenText, normalized);
            string stem = normalized;
            var segments = ImmutableArray<Segment>.Empty;
            if (r.Kind == TokenKind.Word)
            {
                ReadOnlySpan<char> s = _stemNormalizedSpan ? ArabicLightStemmer.Stem(normalized.AsSpan()) : ArabicLightStemmer.Stem(normalized);
                stem = s.Length == normalized.Length ? normalized : s.ToString();
                int n = _segmenter.Segment(surface, parts);
                // One array per word and no builder: most words have a single segment.
                var seg = new Segment[n];
                for (int k = 0; k < n; k++)
                    seg[k] = new Segment(new TextSpan(r.Start + parts[k].Start, parts[k].Length), parts[k].Kind);
                segments = ImmutableCollectionsMarshal.AsImmutableArray(seg);
            }

            tokens.Add(new Token(r.Span, r.Kind, tokenText, normalized, stem, segments));
        }

        var doc = document.WithTokens(tokens.MoveToImmutable()).WithSentences(SentenceSplitter.Split(text, CollectionsMarshalAsSpan(raw)));
        return _recordDateAnchors ? doc.WithDateAnchors(anchors.Finish()) : doc;
    }

    private static ReadOnlySpan<RawToken> CollectionsMarshalAsSpan(List<RawToken> list)
        => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list);

    private string Normalize(ReadOnlySpan<char> surface, string surfaceString, ref char[] buffer)
    {
        if (buffer.Length < surface.Length * 2) buffer = new char[surface.Length * 2];
        if (!_normalizer.TryNormalize(surface, buffer, out int written))
            return _normalizer.NormalizeToString(surface);
        ReadOnlySpan<char> result = buffer.AsSpan(0, written);
        return result.SequenceEqual(surface) ? surfaceString : result.ToString();
    }
}
