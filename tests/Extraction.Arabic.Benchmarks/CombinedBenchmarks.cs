using BenchmarkDotNet.Attributes;
using Extraction.Arabic.Text;
using Extraction.Arabic.Tokenization;

namespace Extraction.Arabic.Benchmarks;

/// <summary>The allocation-free span path: tokenize, normalize each token, stem (and segment) each word.</summary>
/// <remarks><see cref="TokenizeNormalizeStem"/> is the path the 10 M tokens/s/core goal is about.</remarks>
public class CombinedBenchmarks : CorpusBenchmark
{
    private const int StackBuffer = 256;

    /// <summary>Tokenizes the corpus, normalizes every token and stems every word.</summary>
    /// <returns>A checksum: the total length of the normalized tokens and the stems.</returns>
    [Benchmark]
    public long TokenizeNormalizeStem()
    {
        ReadOnlySpan<char> text = Text;
        Span<char> buffer = stackalloc char[StackBuffer];
        var normalizer = ArabicNormalizer.Default;
        long sum = 0;
        foreach (var t in ArabicTokenizer.Enumerate(text))
        {
            ReadOnlySpan<char> normalized = Normalize(normalizer, text.Slice(t.Start, t.Length), buffer);
            sum += normalized.Length;
            if (t.Kind == TokenKind.Word) sum += ArabicLightStemmer.Stem(normalized).Length;
        }

        return sum;
    }

    /// <summary>As <see cref="TokenizeNormalizeStem"/>, and also segments every word.</summary>
    /// <returns>A checksum: the total length of normalized tokens and stems plus the number of segments.</returns>
    [Benchmark]
    public long TokenizeNormalizeSegmentStem()
    {
        ReadOnlySpan<char> text = Text;
        Span<char> buffer = stackalloc char[StackBuffer];
        Span<WordSegment> parts = stackalloc WordSegment[CliticSegmenter.MaxSegments];
        var normalizer = ArabicNormalizer.Default;
        var segmenter = CliticSegmenter.Default;
        long sum = 0;
        foreach (var t in ArabicTokenizer.Enumerate(text))
        {
            ReadOnlySpan<char> surface = text.Slice(t.Start, t.Length);
            ReadOnlySpan<char> normalized = Normalize(normalizer, surface, buffer);
            sum += normalized.Length;
            if (t.Kind == TokenKind.Word)
            {
                sum += segmenter.Segment(surface, parts);
                sum += ArabicLightStemmer.Stem(normalized).Length;
            }
        }

        return sum;
    }

    private static ReadOnlySpan<char> Normalize(ArabicNormalizer normalizer, ReadOnlySpan<char> token, Span<char> buffer)
    {
        if (normalizer.TryNormalize(token, buffer, out int written)) return buffer[..written];
        // Longer than the stack buffer (a URL, a run of presentation forms): rare, so allocate.
        var big = new char[token.Length * ArabicNormalizer.MaxExpansion];
        normalizer.TryNormalize(token, big, out written);
        return big.AsSpan(0, written);
    }
}

/// <summary>The full pipeline, article by article, through the public API.</summary>
public class PipelineBenchmarks : CorpusBenchmark
{
    private ArabicExtractor _extractor = null!;

    private protected override void Setup()
    {
        _extractor = ArabicExtractor.CreateDefault();
        _extractor.Process("تهيئة"); // load models and lexicons outside the measurement
    }

    /// <summary>Runs <see cref="ArabicExtractor.Process"/> on every article.</summary>
    /// <returns>The number of tokens.</returns>
    [Benchmark]
    public int Process()
    {
        int n = 0;
        foreach (string article in Data.Articles) n += _extractor.Process(article).Tokens.Length;
        return n;
    }
}
