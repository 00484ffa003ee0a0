using Xunit.Abstractions;

namespace Extraction.Arabic.Tests.Claims;

/// <summary>Claim precision/recall, speaker, date and polarity accuracy on the hand-annotated set. Rules are tuned on
/// the dev half only; the test half is reported as measured.</summary>
public class ClaimsEvaluationTests(ITestOutputHelper output)
{
    [Fact]
    public void Dev_ScoresAndErrors()
    {
        var scores = ClaimsEvaluation.Score(ClaimsEvaluation.Load().Where(a => a.Split == "dev"), collectErrors: true);
        output.WriteLine("dev: " + scores);
        foreach (string e in scores.Errors) output.WriteLine(e);
        scores.Recall.Should().BeGreaterThan(0.0);
    }

    [Fact]
    public void Test_ScoresAboveFloors()
    {
        var scores = ClaimsEvaluation.Score(ClaimsEvaluation.Load().Where(a => a.Split == "test"), collectErrors: false);
        output.WriteLine("test: " + scores);
        scores.Recall.Should().BeGreaterThan(0.0);
    }
}

/// <summary>Prints every claim of the dev articles named in CLAIMS_DEBUG (comma-separated ids), for rule work.</summary>
public class ClaimsDebugTests(ITestOutputHelper output)
{
    [Fact]
    public void Debug_PrintClaims()
    {
        string? ids = Environment.GetEnvironmentVariable("CLAIMS_DEBUG");
        if (string.IsNullOrEmpty(ids)) return;
        foreach (var a in ClaimsEvaluation.Load().Where(a => a.Split == "dev" && ids.Split(',').Any(i => a.Id.EndsWith(i, StringComparison.Ordinal))))
        {
            var doc = ArabicExtractor.CreateDefault().Process(a.Text, a.Date);
            output.WriteLine($"== {a.Id}");
            foreach (var c in doc.Claims)
                output.WriteLine($"{c.Cue.Span} «{c.Cue.Text}» {c.Speaker.Mention.Text} | {c.Content.Text[..Math.Min(60, c.Content.Text.Length)]}");
            foreach (var g in a.Claims)
                output.WriteLine($"  gold {g.Cue} «{a.Text.Substring(g.Cue.Start, g.Cue.Length)}» {a.Text.Substring(g.Speaker.Start, g.Speaker.Length)}");
        }
    }
}
