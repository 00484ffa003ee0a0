using BenchmarkDotNet.Attributes;
using Extraction.Arabic.Dates;
using Extraction.Arabic.Pipeline;
using Extraction.Arabic.Text;
using Extraction.Arabic.Tokenization;

namespace Extraction.Arabic.Benchmarks;

/// <summary>Date recognition against the tokenizer (issue 4: recognition adds no more than 20% of the tokenizer's time).</summary>
/// <remarks>
/// <para>The baseline is <see cref="Tokenize"/>, so every row's Ratio is a multiple of the tokenizer's time. What date
/// recognition adds to the pipeline is <see cref="FindDates"/> (the tagger, on the analysed document) plus the anchor
/// test that the text-analysis stage runs on every token (<see cref="AnchorTest"/>; <see cref="AnalyseText"/> against
/// <see cref="AnalyseTextWithoutDateAnchors"/> shows the same cost inside the stage, where it is lost in the noise of
/// a stage 20 to 40 times slower than the tokenizer). <see cref="DateStage"/> is the whole date stage: the tagger,
/// the dateline and the resolution of every value, with the mentions' strings.</para>
/// </remarks>
public class DateBenchmarks : CorpusParameters
{
    private Document _analysed = null!;
    private TextAnalysisStage _stage = null!;
    private TextAnalysisStage _stageWithoutAnchors = null!;
    private TokenKind[] _kinds = null!;
    private string[] _normalized = null!;
    private ulong[] _anchors = null!;

    private protected override void Setup()
    {
        _stage = new TextAnalysisStage(ArabicNormalizer.Default, CliticSegmenter.Default);
        _stageWithoutAnchors = new TextAnalysisStage(ArabicNormalizer.Default, CliticSegmenter.Default, recordDateAnchors: false);
        _analysed = _stage.Run(Document.Create(Text), CancellationToken.None);

        // The inputs of the anchor test as the stage has them: each token's kind and normalized string, the strings
        // allocated afresh in token order (the stage tests a string it has just made, not one read back from the heap).
        var tokens = _analysed.Tokens;
        _kinds = new TokenKind[tokens.Length];
        _normalized = new string[tokens.Length];
        for (int i = 0; i < tokens.Length; i++)
        {
            _kinds[i] = tokens[i].Kind;
            _normalized[i] = new string(tokens[i].Normalized.AsSpan());
        }

        _anchors = new ulong[(tokens.Length + 63) >> 6];
    }

    /// <summary>The tokenizer over the corpus (the reference for the 20% budget).</summary>
    /// <returns>The number of tokens.</returns>
    [Benchmark(Baseline = true)]
    public int Tokenize()
    {
        int n = 0;
        foreach (var _ in ArabicTokenizer.Enumerate(Text)) n++;
        return n;
    }

    /// <summary>The anchor test the text-analysis stage adds for dates: <see cref="TemporalLexicon.IsAnchor"/> on every
    /// token, recorded in a bit set.</summary>
    /// <returns>The number of anchors.</returns>
    [Benchmark]
    public int AnchorTest()
    {
        var kinds = _kinds;
        var normalized = _normalized;
        var anchors = _anchors;
        Array.Clear(anchors);
        int n = 0;
        for (int i = 0; i < kinds.Length; i++)
        {
            if (TemporalLexicon.IsAnchor(kinds[i], normalized[i]))
            {
                anchors[i >> 6] |= 1UL << i;
                n++;
            }
        }

        return n;
    }

    /// <summary>Finds every temporal expression of the analysed corpus (anchors recorded by the text-analysis stage).</summary>
    /// <returns>The number of expressions.</returns>
    [Benchmark]
    public int FindDates() => TemporalTagger.Find(_analysed).Count;

    /// <summary>The whole date stage on the analysed corpus: expressions, dateline, values and mentions.</summary>
    /// <returns>The number of mentions.</returns>
    [Benchmark]
    public int DateStage() => Pipeline.DateStage.Run(_analysed, CancellationToken.None).Dates.Length;

    /// <summary>The text-analysis stage as the pipeline runs it, recording the date anchors.</summary>
    /// <returns>The number of tokens.</returns>
    [Benchmark]
    public int AnalyseText() => _stage.Run(Document.Create(Text), CancellationToken.None).Tokens.Length;

    /// <summary>The text-analysis stage without the date anchors.</summary>
    /// <returns>The number of tokens.</returns>
    [Benchmark]
    public int AnalyseTextWithoutDateAnchors() => _stageWithoutAnchors.Run(Document.Create(Text), CancellationToken.None).Tokens.Length;
}
