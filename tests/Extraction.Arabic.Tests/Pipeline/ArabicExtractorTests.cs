using System.Collections.Concurrent;
using System.Text;
using Extraction.Arabic.Pipeline;
using Extraction.Arabic.Tokenization;

namespace Extraction.Arabic.Tests.Pipeline;

public class ArabicExtractorTests
{
    private static readonly ArabicExtractor Extractor = ArabicExtractor.CreateDefault();

    /// <summary>Checks every invariant of CONTRACT.md and STYLE.md §3 on a document.</summary>
    internal static void AssertInvariants(Document doc, string input, string because = "")
    {
        doc.Text.Should().BeSameAs(input, because);
        int last = 0;
        foreach (var t in doc.Tokens)
        {
            t.Span.Length.Should().BePositive(because);
            t.Span.Start.Should().BeGreaterThanOrEqualTo(last, because);
            t.Span.End.Should().BeLessThanOrEqualTo(input.Length, because);
            t.Text.Should().Be(input.Substring(t.Span.Start, t.Span.Length), because);
            if (t.Kind == TokenKind.Word)
            {
                t.Segments.Should().NotBeEmpty(because);
                t.Segments[0].Span.Start.Should().Be(t.Span.Start, because);
                t.Segments[^1].Span.End.Should().Be(t.Span.End, because);
                for (int k = 1; k < t.Segments.Length; k++)
                    t.Segments[k].Span.Start.Should().Be(t.Segments[k - 1].Span.End, because);
            }
            else
            {
                t.Segments.Should().BeEmpty(because);
            }

            last = t.Span.End;
        }

        last = 0;
        int nextToken = 0;
        foreach (var s in doc.Sentences)
        {
            s.Span.Start.Should().BeGreaterThanOrEqualTo(last, because);
            s.FirstToken.Should().Be(nextToken, because);
            s.TokenCount.Should().BePositive(because);
            s.Span.Start.Should().Be(doc.Tokens[s.FirstToken].Span.Start, because);
            s.Span.End.Should().Be(doc.Tokens[s.FirstToken + s.TokenCount - 1].Span.End, because);
            nextToken += s.TokenCount;
            last = s.Span.End;
        }

        nextToken.Should().Be(doc.Tokens.Length, because);
        foreach (var e in doc.Entities)
        {
            foreach (var m in e.Mentions) m.Text.Should().Be(input.Substring(m.Span.Start, m.Span.Length), because);
        }

        foreach (var d in doc.Dates) d.Text.Should().Be(input.Substring(d.Span.Start, d.Span.Length), because);
        foreach (var g in doc.Diagnostics) g.Location.Text.Should().Be(input.Substring(g.Location.Span.Start, g.Location.Span.Length), because);
    }

    [Fact]
    public void Process_Null_ThrowsArgumentNull()
    {
        var act = () => Extractor.Process(null!);
        act.Should().Throw<ArgumentNullException>();
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\r\n\t\u00A0")]
    [InlineData("\u200E\u200F")]
    public void Process_EmptyOrWhiteSpace_ReturnsEmptyDocument(string text)
    {
        var doc = Extractor.Process(text);
        doc.Text.Should().Be(text);
        doc.Tokens.Should().BeEmpty();
        doc.Sentences.Should().BeEmpty();
        doc.Entities.Should().BeEmpty();
        doc.Dates.Should().BeEmpty();
        doc.Claims.Should().BeEmpty();
    }

    [Fact]
    public void Process_OverMaxLength_ThrowsOutOfRangeTellingToSplit()
    {
        var small = ArabicExtractor.Create(new ExtractorOptions { MaxTextLength = 100 });
        var act = () => small.Process(new string('ب', 101));
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*Split the text*");
        small.Process(new string('ب', 100)).Tokens.Should().HaveCount(1);
    }

    [Fact]
    public void Process_DefaultMaxLength_IsDocumentedValue()
        => Extractor.Options.MaxTextLength.Should().Be(ExtractorOptions.DefaultMaxTextLength);

    [Fact]
    public void Create_InvalidOptions_Throws()
    {
        var act = () => ArabicExtractor.Create(new ExtractorOptions { MaxTextLength = 0 });
        act.Should().Throw<ArgumentOutOfRangeException>();
        var act2 = () => ArabicExtractor.Create(null!);
        act2.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Process_FiveMegabyteArticle_ProcessesWithInvariants()
    {
        var sb = new StringBuilder();
        string[] seeds = TestPaths.SeedFiles.Select(TestPaths.ReadText).ToArray();
        for (int i = 0; Encoding.UTF8.GetByteCount(sb.ToString()) < 5_000_000 && i < 10_000; i++)
            sb.Append(seeds[i % seeds.Length]).Append("\n\n");
        string text = sb.ToString();
        Encoding.UTF8.GetByteCount(text).Should().BeGreaterThanOrEqualTo(5_000_000);
        var doc = Extractor.Process(text);
        doc.Tokens.Length.Should().BeGreaterThan(500_000);
        AssertInvariants(doc, text);
    }

    [Fact]
    public void Process_LongLineWithoutBreaks_Works()
    {
        string text = string.Join(' ', Enumerable.Repeat("كلمة", 2000)) + new string('x', 100_000);
        var doc = Extractor.Process(text);
        doc.Sentences.Should().ContainSingle();
        AssertInvariants(doc, text);
    }

    [Fact]
    public void Process_RandomStrings_NeverThrowsAndKeepsInvariants()
    {
        var rng = new Random(2026);
        for (int i = 0; i < 3000; i++)
        {
            string s = RandomText.Next(rng, 60);
            Document doc = Extractor.Process(s);
            AssertInvariants(doc, s, RandomText.Escape(s));
        }
    }

    [Fact]
    public void Process_Seeds_KeepInvariants()
    {
        foreach (string file in TestPaths.SeedFiles)
        {
            string text = TestPaths.ReadText(file);
            var doc = Extractor.Process(text);
            doc.Tokens.Should().NotBeEmpty();
            AssertInvariants(doc, text, file);
        }
    }

    [Fact]
    public void Process_EightThreadsShareOneInstance_SameResultsAsSequential()
    {
        var rng = new Random(7);
        var inputs = TestPaths.SeedFiles.Select(TestPaths.ReadText)
            .Concat(Enumerable.Range(0, 60).Select(_ => RandomText.Next(rng, 80)))
            .ToArray();
        var expected = inputs.Select(t => Fingerprint(Extractor.Process(t))).ToArray();

        var results = new ConcurrentDictionary<(int Thread, int Input), string>();
        var threads = Enumerable.Range(0, 8).Select(th => new Thread(() =>
        {
            for (int round = 0; round < 3; round++)
            {
                for (int k = 0; k < inputs.Length; k++)
                {
                    int idx = (k + th * 7) % inputs.Length;
                    results[(th, idx)] = Fingerprint(Extractor.Process(inputs[idx]));
                }
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        foreach (var ((_, input), fingerprint) in results) fingerprint.Should().Be(expected[input]);
        results.Should().HaveCount(8 * inputs.Length);
    }

    [Fact]
    public void ProcessBatch_ReturnsResultsInInputOrder_WithErrorsAsRecords()
    {
        var texts = TestPaths.SeedFiles.Select(TestPaths.ReadText).ToList();
        var small = ArabicExtractor.Create(new ExtractorOptions { MaxTextLength = 4000, MaxDegreeOfParallelism = 2 });
        var inputs = texts.Select(t => new BatchInput(t, new DateOnly(2021, 10, 20))).Append(new BatchInput(null!)).ToList();
        var results = small.ProcessBatch(inputs).ToList();

        results.Select(r => r.Index).Should().Equal(Enumerable.Range(0, inputs.Count));
        for (int i = 0; i < texts.Count; i++)
        {
            if (texts[i].Length > 4000)
            {
                results[i].Succeeded.Should().BeFalse();
                results[i].Error.Should().Contain("Split");
            }
            else
            {
                results[i].Document!.Text.Should().Be(texts[i]);
                results[i].Document!.DocumentDate.Should().Be(new DateOnly(2021, 10, 20));
            }
        }

        results[^1].Succeeded.Should().BeFalse();
        results[^1].Error.Should().NotBeNullOrEmpty();
        results.Count(r => r.Succeeded).Should().BeGreaterThan(0);
    }

    [Fact]
    public void ProcessBatch_OneTextFailingInside_BecomesThatTextsError_OthersStillProcessed()
    {
        // (The per-input step of ProcessBatch, with an analysis that fails on some texts the way an internal bug would —
        // including ArgumentOutOfRangeException, which an indexing bug throws and which must not pass for a bad input.)
        Document Analyse(BatchInput input) => input.Text switch
        {
            "boom" => throw new InvalidOperationException("index 7"),
            "range" => throw new ArgumentOutOfRangeException("index", "Index was out of range."),
            _ => Extractor.Process(input.Text, input.DocumentDate),
        };
        var inputs = new[]
        {
            new BatchInput("قال الوزير إن الاتفاق قريب."), new BatchInput("boom"), new BatchInput(null!), new BatchInput("range"),
            new BatchInput(new string('ب', 50)), new BatchInput("نفى المتحدث ذلك."),
        };

        var results = inputs.Select((input, i) => ArabicExtractor.ProcessOne(input, i, maxTextLength: 40, input => input.Text?.Length > 40 ? Extractor.Process(input.Text + new string('x', 10_000_001)) : Analyse(input))).ToList();

        results.Select(r => r.Succeeded).Should().Equal(true, false, false, false, false, true);
        results[1].Error.Should().Contain("Internal error").And.Contain("InvalidOperationException").And.Contain("index 7");
        results[2].Error.Should().NotBeNullOrEmpty().And.NotContain("Internal error");
        results[3].Error.Should().Contain("Internal error").And.Contain("ArgumentOutOfRangeException");
        results[4].Error.Should().Contain("Split").And.NotContain("Internal error");
        results[0].Document!.Claims.Should().ContainSingle();
        var cancelled = () => ArabicExtractor.ProcessOne(inputs[0], 0, 100, _ => throw new OperationCanceledException());
        cancelled.Should().Throw<OperationCanceledException>();
    }

    [Fact]
    public void Process_CancelledToken_Throws()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var act = () => Extractor.Process("نص", null, cts.Token);
        act.Should().Throw<OperationCanceledException>();
    }

    [Fact]
    public void Process_CallerDate_IsKeptWithSource()
    {
        var doc = Extractor.Process("نص", new DateOnly(2021, 6, 14));
        doc.DocumentDate.Should().Be(new DateOnly(2021, 6, 14));
        doc.DocumentDateSource.Should().Be(DocumentDateSource.Caller);
    }

    private static string Fingerprint(Document d)
        => string.Join(";", d.Tokens.Select(t => $"{t.Span.Start},{t.Span.Length},{t.Kind},{t.Normalized},{t.Stem},{string.Join('+', t.Segments.Select(s => s.Span.Length))}"))
           + "|" + string.Join(";", d.Sentences.Select(s => s.Span.ToString()));
}
