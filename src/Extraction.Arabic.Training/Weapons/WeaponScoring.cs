using System.Globalization;
using System.Text;
using System.Text.Json;
using Extraction.Arabic.Entities;

namespace Extraction.Arabic.Training.Weapons;

/// <summary>A hand-annotated WEAPON mention of the evaluation set.</summary>
internal sealed record GoldMention(int Start, int End, string Text, bool Generic, string Category, string? Latin);

/// <summary>One sentence of the evaluation set with its gold mentions.</summary>
internal sealed record GoldSentence(string Id, string Source, string Split, string Text, IReadOnlyList<GoldMention> Mentions);

/// <summary>A predicted WEAPON mention.</summary>
internal sealed record PredictedMention(int Start, int End, bool Generic, string? Category);

/// <summary>Precision and recall of one kind of mention (named or generic).</summary>
internal sealed record KindScore(int Gold, int Predicted, int Matched, int ExactMatched, int SameCategory)
{
    public double Precision => Predicted == 0 ? 1 : (double)Matched / Predicted;
    public double Recall => Gold == 0 ? 1 : (double)Matched / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    public double ExactPrecision => Predicted == 0 ? 1 : (double)ExactMatched / Predicted;
    public double ExactRecall => Gold == 0 ? 1 : (double)ExactMatched / Gold;
    public double CategoryAgreement => Matched == 0 ? 1 : (double)SameCategory / Matched;
}

/// <summary>Reads the weapons evaluation set and scores predictions against it (shared by the training tool and the
/// tests, which compile this file too).</summary>
/// <remarks>A prediction matches a gold mention when their spans overlap and both are named or both generic; matching
/// is one-to-one, greedy in text order. "Exact" counts matches whose spans are equal.</remarks>
internal static class WeaponScoring
{
    public static List<GoldSentence> Load(string path)
    {
        var list = new List<GoldSentence>();
        foreach (string line in File.ReadLines(path, Encoding.UTF8))
        {
            if (line.Length == 0) continue;
            using var doc = JsonDocument.Parse(line);
            var r = doc.RootElement;
            var mentions = new List<GoldMention>();
            foreach (var m in r.GetProperty("mentions").EnumerateArray())
            {
                mentions.Add(new GoldMention(
                    m.GetProperty("start").GetInt32(), m.GetProperty("end").GetInt32(), m.GetProperty("text").GetString()!,
                    m.GetProperty("generic").GetBoolean(), m.GetProperty("category").GetString()!,
                    m.TryGetProperty("latin", out var l) && l.ValueKind == JsonValueKind.String ? l.GetString() : null));
            }

            list.Add(new GoldSentence(r.GetProperty("id").GetString()!, r.GetProperty("source").GetString()!,
                r.GetProperty("split").GetString()!, r.GetProperty("text").GetString()!, mentions));
        }

        return list;
    }

    /// <summary>The WEAPON mentions the extractor finds in a text.</summary>
    public static List<PredictedMention> Predict(ArabicExtractor extractor, string text)
    {
        var doc = extractor.Process(text);
        var list = new List<PredictedMention>();
        foreach (var e in doc.Entities)
        {
            if (e.Type != EntityType.Weapon) continue;
            foreach (var m in e.Mentions) list.Add(new PredictedMention(m.Span.Start, m.Span.End, e.Weapon?.IsGeneric == true, e.Category));
        }

        return list;
    }

    /// <summary>Scores the sentences of one split.</summary>
    /// <param name="sentences">The gold sentences.</param>
    /// <param name="predict">Predicts the mentions of a text.</param>
    /// <param name="generic">Which kind to score.</param>
    /// <param name="errors">Receives one line per miss and per false alarm, or null.</param>
    public static KindScore Score(IEnumerable<GoldSentence> sentences, Func<string, List<PredictedMention>> predict, bool generic, List<string>? errors = null)
    {
        int gold = 0, predicted = 0, matched = 0, exact = 0, sameCategory = 0;
        foreach (var s in sentences)
        {
            var g = s.Mentions.Where(m => m.Generic == generic).OrderBy(m => m.Start).ToList();
            var p = predict(s.Text).Where(m => m.Generic == generic).OrderBy(m => m.Start).ToList();
            gold += g.Count;
            predicted += p.Count;
            var used = new bool[p.Count];
            foreach (var gm in g)
            {
                int hit = -1;
                for (int k = 0; k < p.Count; k++)
                {
                    if (!used[k] && p[k].Start < gm.End && gm.Start < p[k].End) { hit = k; break; }
                }

                if (hit < 0)
                {
                    errors?.Add($"MISS {s.Id} [{gm.Text}] {gm.Category}");
                    continue;
                }

                used[hit] = true;
                matched++;
                if (p[hit].Start == gm.Start && p[hit].End == gm.End) exact++;
                if (p[hit].Category == gm.Category) sameCategory++;
                else errors?.Add($"CAT  {s.Id} [{gm.Text}] gold {gm.Category} predicted {p[hit].Category}");
            }

            for (int k = 0; k < p.Count; k++)
            {
                if (!used[k]) errors?.Add($"FP   {s.Id} [{s.Text[p[k].Start..p[k].End]}] {p[k].Category}");
            }
        }

        return new KindScore(gold, predicted, matched, exact, sameCategory);
    }

    public static string Format(string label, KindScore s) => string.Create(CultureInfo.InvariantCulture,
        $"{label,-16} gold {s.Gold,3}  predicted {s.Predicted,3}  matched {s.Matched,3}  P {s.Precision:0.000}  R {s.Recall:0.000}  F1 {s.F1:0.000}  | exact P {s.ExactPrecision:0.000} R {s.ExactRecall:0.000}  | category {s.CategoryAgreement:0.000}");
}
