using BenchmarkDotNet.Attributes;
using Extraction.Arabic.Dates;
using Extraction.Arabic.Pipeline;
using Extraction.Arabic.Text;
using Extraction.Arabic.Tokenization;

namespace Extraction.Arabic.Benchmarks;

/// <summary>Date recognition against the tokenizer (issue 4: recognition adds no more than 20% of the tokenizer's time).</summary>
/// <remarks>
/// <para>The baseline is <see cref="Tokenize"/>, so every row's Ratio is a multiple of the tokenizer's time. Date
/// recognition adds two costs to the pipeline: the anchor test that the text-analysis stage runs on every token
/// (<see cref="NormalizeTokensTestAnchors"/> minus <see cref="NormalizeTokens"/>; <see cref="AnchorTest"/> is the test
/// alone, an upper bound) and the tagger on the analysed document (<see cref="FindDates"/>). <see cref="DateStage"/> is
/// the whole date stage: the tagger, the dateline, the resolution of every value and the mentions' strings.
/// <see cref="AnalyseText"/> and <see cref="AnalyseTextWithoutDateAnchors"/> are the whole text-analysis stage with
/// and without the anchor test; the stage is 50 to 70 times slower than the tokenizer, so their difference is within
/// their noise.</para>
/// </remarks>
public class DateBenchmarks : CorpusParameters
{
    private Document _analysed = null!;
    private TextAnalysisStage _stage = null!;
    private TextAnalysisStage _stageWithoutAnchors = null!;
    private TokenKind[] _kinds = null!;
    private string[] _texts = null!;
    private string[] _normalized = null!;

    private protected override void Setup()
    {
        _stage = new TextAnalysisStage(ArabicNormalizer.Default, CliticSegmenter.Default);
        _stageWithoutAnchors = new TextAnalysisStage(ArabicNormalizer.Default, CliticSegmenter.Default, recordDateAnchors: false);
        _analysed = _stage.Run(Document.Create(Text), CancellationToken.None);

        // The inputs of the anchor test as the stage has them: each token's kind and normalized string, the strings
        // allocated afresh in token order (the stage tests a string it has just made, not one read back from the heap).
        var tokens = _analysed.Tokens;
        _kinds = new TokenKind[tokens.Length];
        _texts = new string[tokens.Length];
        _normalized = new string[tokens.Length];
        for (int i = 0; i < tokens.Length; i++)
        {
            _kinds[i] = tokens[i].Kind;
            _texts[i] = new string(tokens[i].Text.AsSpan());
            _normalized[i] = new string(tokens[i].Normalized.AsSpan());
        }
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

    /// <summary>The anchor test the text-analysis stage adds for dates, alone: <see cref="DateAnchorRecorder"/> on
    /// every token. An upper bound: it reads the strings back from memory, where the stage tests each one right after
    /// making it.</summary>
    /// <returns>The number of 64-bit words of anchors.</returns>
    [Benchmark]
    public int AnchorTest()
    {
        var kinds = _kinds;
        var texts = _texts;
        var normalized = _normalized;
        var anchors = new DateAnchorRecorder(kinds.Length);
        for (int i = 0; i < kinds.Length; i++) anchors.Add(i, kinds[i], texts[i], normalized[i]);
        return anchors.Finish().Bits.Length;
    }

    /// <summary>The first steps of the text-analysis stage for every token: its text and normalized strings, made as
    /// the stage makes them (the reference for <see cref="NormalizeTokensTestAnchors"/>).</summary>
    /// <returns>A checksum: the total length of the normalized strings.</returns>
    [Benchmark]
    public long NormalizeTokens() => NormalizeTokens(recordAnchors: false);

    /// <summary>As <see cref="NormalizeTokens"/>, and the anchor test on each normalized string, right after it is made,
    /// as in the stage: the difference between the two rows is what recording the anchors adds to the stage.</summary>
    /// <returns>A checksum: the total length of the normalized strings, plus the number of anchors.</returns>
    [Benchmark]
    public long NormalizeTokensTestAnchors() => NormalizeTokens(recordAnchors: true);

    private long NormalizeTokens(bool recordAnchors)
    {
        string text = Text;
        var normalizer = ArabicNormalizer.Default;
        char[] buffer = new char[256];
        var anchors = new DateAnchorRecorder(recordAnchors ? Data.Tokens : 0);
        long sum = 0;
        int i = 0;
        foreach (var t in ArabicTokenizer.Enumerate(text))
        {
            ReadOnlySpan<char> surface = text.AsSpan(t.Start, t.Length);
            string tokenText = surface.ToString();
            string normalized;
            if (buffer.Length < surface.Length * 2) buffer = new char[surface.Length * 2];
            if (!normalizer.TryNormalize(surface, buffer, out int written)) normalized = normalizer.NormalizeToString(surface);
            else normalized = buffer.AsSpan(0, written).SequenceEqual(surface) ? tokenText : buffer.AsSpan(0, written).ToString();
            sum += normalized.Length;
            if (recordAnchors) anchors.Add(i, t.Kind, tokenText, normalized);
            i++;
        }

        return recordAnchors ? sum + anchors.Finish().Bits.Length : sum;
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
