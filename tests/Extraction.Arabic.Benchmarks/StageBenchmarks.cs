using BenchmarkDotNet.Attributes;
using Extraction.Arabic.Text;
using Extraction.Arabic.Tokenization;

namespace Extraction.Arabic.Benchmarks;

/// <summary>Tokenization alone: text to <see cref="RawToken"/>s.</summary>
public class TokenizerBenchmarks : CorpusBenchmark
{
    /// <summary>Enumerates all tokens of the corpus.</summary>
    /// <returns>The number of tokens.</returns>
    [Benchmark]
    public int Tokenize()
    {
        int n = 0;
        foreach (var _ in ArabicTokenizer.Enumerate(Text)) n++;
        return n;
    }
}

/// <summary>Normalization alone, of every token (tokens found in setup) and of the whole text at once.</summary>
public class NormalizerBenchmarks : CorpusBenchmark
{
    private RawToken[] _tokens = [];
    private char[] _buffer = [];

    private protected override void Setup()
    {
        _tokens = [.. ArabicTokenizer.Tokenize(Text)];
        _buffer = new char[Text.Length * ArabicNormalizer.MaxExpansion];
    }

    /// <summary>Normalizes each token into a reused buffer, as the pipeline does.</summary>
    /// <returns>The number of characters written.</returns>
    [Benchmark]
    public long NormalizeTokens()
    {
        ReadOnlySpan<char> text = Text;
        Span<char> buffer = _buffer;
        var normalizer = ArabicNormalizer.Default;
        long written = 0;
        foreach (var t in _tokens)
        {
            normalizer.TryNormalize(text.Slice(t.Start, t.Length), buffer, out int w);
            written += w;
        }

        return written;
    }

    /// <summary>Normalizes the whole corpus in one call.</summary>
    /// <returns>The number of characters written.</returns>
    [Benchmark]
    public int NormalizeText()
    {
        ArabicNormalizer.Default.TryNormalize(Text, _buffer, out int w);
        return w;
    }
}

/// <summary>Stemming alone, of every Arabic word of the corpus (normalized in setup).</summary>
public class StemmerBenchmarks : CorpusBenchmark
{
    private char[] _words = [];
    private (int Start, int Length)[] _spans = [];

    private protected override void Setup()
    {
        var words = new List<char>();
        var spans = new List<(int, int)>();
        var buffer = new char[Text.Length * ArabicNormalizer.MaxExpansion];
        foreach (var t in ArabicTokenizer.Enumerate(Text))
        {
            if (t.Kind != TokenKind.Word) continue;
            ArabicNormalizer.Default.TryNormalize(Text.AsSpan(t.Start, t.Length), buffer, out int w);
            spans.Add((words.Count, w));
            words.AddRange(buffer.AsSpan(0, w));
        }

        _words = [.. words];
        _spans = [.. spans];
    }

    /// <summary>Stems each normalized word.</summary>
    /// <returns>The total length of the stems.</returns>
    [Benchmark]
    public long Stem()
    {
        ReadOnlySpan<char> words = _words;
        long length = 0;
        foreach (var (start, len) in _spans) length += ArabicLightStemmer.Stem(words.Slice(start, len)).Length;
        return length;
    }
}

/// <summary>Clitic segmentation alone, of every Arabic word of the corpus (surface forms, as the pipeline passes them).</summary>
/// <remarks>Measured only through the public <see cref="CliticSegmenter.Segment"/> API, so the numbers stay comparable
/// when the segmenter's implementation changes.</remarks>
public class SegmenterBenchmarks : CorpusBenchmark
{
    private RawToken[] _words = [];

    private protected override void Setup()
        => _words = [.. ArabicTokenizer.Tokenize(Text).Where(t => t.Kind == TokenKind.Word)];

    /// <summary>Segments each word.</summary>
    /// <returns>The number of segments.</returns>
    [Benchmark]
    public long Segment()
    {
        ReadOnlySpan<char> text = Text;
        Span<WordSegment> parts = stackalloc WordSegment[CliticSegmenter.MaxSegments];
        var segmenter = CliticSegmenter.Default;
        long n = 0;
        foreach (var t in _words) n += segmenter.Segment(text.Slice(t.Start, t.Length), parts);
        return n;
    }
}
