using BenchmarkDotNet.Attributes;
using Extraction.Arabic.Dates;
using Extraction.Arabic.Pipeline;
using Extraction.Arabic.Text;
using Extraction.Arabic.Tokenization;

namespace Extraction.Arabic.Benchmarks;

/// <summary>Date recognition against the tokenizer (issue 4: recognition adds no more than 20% of the tokenizer's time).</summary>
/// <remarks>Compare <see cref="FindDates"/> with <see cref="Tokenize"/> in the Ratio column: recognition runs on the
/// analysed document (tokens, normalized forms, sentences) that the pipeline has built already.</remarks>
public class DateBenchmarks : CorpusBenchmark
{
    private Document _analysed = null!;

    private protected override void Setup()
    {
        var stage = new TextAnalysisStage(ArabicNormalizer.Default, CliticSegmenter.Default);
        _analysed = stage.Run(Document.Create(Text), CancellationToken.None);
    }

    /// <summary>The tokenizer over the corpus (the reference for the 20% budget).</summary>
    /// <returns>The number of tokens.</returns>
    [Benchmark]
    public int Tokenize()
    {
        int n = 0;
        foreach (var _ in ArabicTokenizer.Enumerate(Text)) n++;
        return n;
    }

    /// <summary>Finds every temporal expression of the analysed corpus.</summary>
    /// <returns>The number of expressions.</returns>
    [Benchmark]
    public int FindDates() => TemporalTagger.Find(_analysed).Count;
}
