using System.Text.RegularExpressions;
using Extraction.Arabic.Entities;
using Extraction.Arabic.Entities.Features;
using Extraction.Arabic.Entities.Ner;

namespace Extraction.Arabic.Tests.Entities;

public class ShippedNerModelTests
{
    private static readonly string[] s_anercorpTypes = ["PERS", "ORG", "LOC", "MISC"];

    /// <summary>The floor for the committed held-out sample (ANERcorp dev articles). The shipped model scored the
    /// value in <see cref="NerModelInfo.DevMicroF1"/>; a drop of more than one point below this floor is a regression.</summary>
    private const double Floor = 77.0;

    [Fact]
    public void Shipped_Loads_ExposesHashAndMetadata()
    {
        var info = NerModelInfo.Shipped;
        info.Sha256.Should().MatchRegex("^[0-9a-f]{64}$");
        info.FileSize.Should().BeInRange(1, 10L * 1024 * 1024);
        info.FeatureSetVersion.Should().Be(NerFeatureExtractor.Version);
        info.TrainingCorpora.Should().NotBeEmpty();
        info.TrainingCorpora.Should().Contain(c => c.StartsWith("anercorp", StringComparison.Ordinal));
        info.EntityTypes.Should().Equal("PERSON", "ORGANIZATION", "LOCATION", "MISC");
        info.DevMicroF1.Should().BeGreaterThan(Floor);
        info.DevSet.Should().Contain("ANERcorp");
        info.FeatureCount.Should().BePositive();
        info.LexiconEntryCount.Should().BePositive();
        NerModelInfo.Shipped.Should().BeSameAs(info);
    }

    /// <summary>The model's core and clitic features come from the clitic segmenter and its cluster features from the
    /// word clusters: when either changes, retrain (<c>train</c>) so that features at run time match training.</summary>
    [Fact]
    public void Shipped_DependencyFingerprint_MatchesThisBuild()
        => NerModelInfo.Shipped.Metadata["dependencies"].Should().Be(NerFeatureExtractor.DependencyFingerprint());

    [Fact]
    public void Shipped_HeldOutSample_ScoresAboveFloor()
    {
        var tagger = NerModelStore.Tagger!;
        var docs = ReadDocuments(Path.Combine(AppContext.BaseDirectory, "Golden", "Ner", "anercorp-dev.txt"));
        int tp = 0, fp = 0, fn = 0;
        foreach (var doc in docs)
        {
            var tokens = doc.Select(s => s.Tokens.Select(NerToken.FromString).ToArray()).ToList();
            var tags = tagger.TagDocument(tokens);
            for (int s = 0; s < doc.Count; s++)
            {
                var gold = doc[s].Spans.ToHashSet();
                var predicted = tagger.Tags.Decode(tags[s]).ToHashSet();
                tp += predicted.Count(gold.Contains);
                fp += predicted.Count(p => !gold.Contains(p));
                fn += gold.Count(g => !predicted.Contains(g));
            }
        }

        double f1 = 200.0 * tp / (2.0 * tp + fp + fn);
        f1.Should().BeGreaterThan(Floor);
        f1.Should().BeApproximately(NerModelInfo.Shipped.DevMicroF1, 0.05, "the sample is the model's whole dev set");
    }

    private sealed record GoldSentence(string[] Tokens, List<(int Type, int Start, int End)> Spans);

    private static List<List<GoldSentence>> ReadDocuments(string path)
    {
        var docs = new List<List<GoldSentence>>();
        var tokens = new List<string>();
        var tags = new List<string>();
        foreach (string line in File.ReadLines(path).Append(""))
        {
            if (line.Trim().Length == 0)
            {
                if (tokens.Count == 0) continue;
                var s = new GoldSentence([.. tokens], Spans(tags));
                if (docs.Count == 0 || LooksLikeDateline(s.Tokens)) docs.Add([]);
                docs[^1].Add(s);
                tokens.Clear();
                tags.Clear();
                continue;
            }

            string[] cols = line.Split(' ');
            tokens.Add(cols[0]);
            tags.Add(cols.Length > 1 ? cols[1] : "O");
        }

        return docs;
    }

    private static bool LooksLikeDateline(string[] tokens)
    {
        if (tokens.Length < 3) return false;
        if (tokens[0] == "كتب") return true;
        for (int i = 1; i < Math.Min(4, tokens.Length); i++)
        {
            if (tokens[i] is "ـ" or "-" or "(د" or "(" or ":" or "–") return true;
        }

        return false;
    }

    private static List<(int, int, int)> Spans(List<string> tags)
    {
        var spans = new List<(int, int, int)>();
        int open = -1;
        string type = "";
        for (int i = 0; i <= tags.Count; i++)
        {
            string tag = i < tags.Count ? tags[i] : "O";
            if (open >= 0 && tag == "I-" + type) continue;
            if (open >= 0) spans.Add((Array.IndexOf(s_anercorpTypes, type), open, i));
            open = -1;
            if (tag.Length > 2)
            {
                open = i;
                type = tag[2..];
            }
        }

        return spans;
    }
}
