using BenchmarkDotNet.Attributes;
using Extraction.Arabic.Claims;

namespace Extraction.Arabic.Benchmarks;

/// <summary>The claim stage alone: <see cref="ClaimExtractor.Extract"/> on every article, the earlier stages (tokens,
/// sentences, entities, dates) run once in setup.</summary>
/// <remarks>The claims of an article depend only on its document, so this is the stage's share of
/// <see cref="PipelineBenchmarks.Process"/>. <c>HugeSentence</c> is one line of 80,000 characters of cue words without a
/// full stop (<c>قال السفير «</c> repeated): the input whose cost grew with the square of its length before the
/// claim analysis was bounded to a window around each cue.</remarks>
public class ClaimBenchmarks : CorpusBenchmark
{
    private Document[] _documents = [];
    private Document _huge = null!;

    private protected override void Setup()
    {
        var extractor = ArabicExtractor.CreateDefault();
        _documents = [.. Data.Articles.Select(a => extractor.Process(a))];
        var sb = new System.Text.StringBuilder();
        while (sb.Length < 80_000) sb.Append("قال السفير «");
        _huge = extractor.Process(sb.ToString());
    }

    /// <summary>Extracts the claims of every article.</summary>
    /// <returns>The number of claims.</returns>
    [Benchmark]
    public int ExtractClaims()
    {
        int n = 0;
        foreach (var d in _documents) n += ClaimExtractor.Extract(d).Length;
        return n;
    }

    /// <summary>Extracts the claims of the 80,000-character sentence (the same for both corpora).</summary>
    /// <returns>The number of claims.</returns>
    [Benchmark]
    public int HugeSentence() => ClaimExtractor.Extract(_huge).Length;
}
