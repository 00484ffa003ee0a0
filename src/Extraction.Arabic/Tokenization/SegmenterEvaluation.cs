using System.Globalization;
using System.Text;
using Extraction.Arabic.Text;

namespace Extraction.Arabic.Tokenization;

/// <summary>The part of NewsFANE (and so of the aligned ANERcorp text) a sentence belongs to.</summary>
internal enum SegmenterPortion
{
    /// <summary>Used to build the lexicon.</summary>
    Train,
    /// <summary>Used to set the scoring weights; in the shipped lexicon.</summary>
    Dev,
    /// <summary>Held out: never in any lexicon build, only evaluated.</summary>
    Test,
}

/// <summary>The fixed split of NewsFANE train.txt by sentence position (documents are contiguous in the file, so a
/// positional split is a document split with at most two documents cut).</summary>
internal static class SegmenterDataSplit
{
    /// <summary>First dev sentence, as a fraction of the sentence count.</summary>
    public const double DevStart = 0.55;

    /// <summary>First held-out sentence, as a fraction of the sentence count.</summary>
    public const double TestStart = 0.70;

    /// <summary>The portion of the NewsFANE sentence with 0-based index <paramref name="sentence"/>.</summary>
    /// <param name="sentence">The sentence index in <c>newsfane/train.txt</c>.</param>
    /// <param name="sentenceCount">The number of sentences in the file.</param>
    /// <returns>Its portion.</returns>
    public static SegmenterPortion Of(int sentence, int sentenceCount)
    {
        if (sentence >= (int)(sentenceCount * TestStart)) return SegmenterPortion.Test;
        return sentence >= (int)(sentenceCount * DevStart) ? SegmenterPortion.Dev : SegmenterPortion.Train;
    }
}

/// <summary>A token and its tag from a CoNLL-style corpus file.</summary>
internal readonly record struct TaggedToken(string Text, string Tag);

/// <summary>Reads the shared one-token-a-line corpora (<c>TOKEN SEP TAG</c>, blank line between sentences).</summary>
internal static class TaggedCorpus
{
    /// <summary>Reads all sentences of a file; the tag is what follows the last tab or space.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The sentences.</returns>
    public static List<TaggedToken[]> Read(string path)
    {
        var sentences = new List<TaggedToken[]>();
        var current = new List<TaggedToken>();
        foreach (string line in File.ReadLines(path, Encoding.UTF8))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                if (current.Count > 0) sentences.Add([.. current]);
                current.Clear();
                continue;
            }

            int cut = line.LastIndexOfAny(['\t', ' ']);
            current.Add(cut <= 0 ? new TaggedToken(line, "O") : new TaggedToken(line[..cut], line[(cut + 1)..]));
        }

        if (current.Count > 0) sentences.Add([.. current]);
        return sentences;
    }
}

/// <summary>Precision and recall counts of split points, per clitic type.</summary>
internal sealed class SplitScores
{
    /// <summary>The clitic types in report order (<c>pron</c> is any pronoun enclitic).</summary>
    public static readonly string[] Types = ["و", "ف", "ب", "ل", "ك", "pron"];

    private readonly Dictionary<string, int[]> _counts = Types.ToDictionary(t => t, _ => new int[4], StringComparer.Ordinal);

    /// <summary>Matched predicted points of <paramref name="type"/> (for precision).</summary>
    public int TruePositivesPredicted(string type) => _counts[type][0];

    /// <summary>Predicted points of <paramref name="type"/> with no gold point at the same place.</summary>
    public int FalsePositives(string type) => _counts[type][1];

    /// <summary>Matched gold points of <paramref name="type"/> (for recall).</summary>
    public int TruePositivesGold(string type) => _counts[type][2];

    /// <summary>Gold points of <paramref name="type"/> that were not predicted.</summary>
    public int FalseNegatives(string type) => _counts[type][3];

    /// <summary>All matched points.</summary>
    public int TruePositives => Types.Sum(TruePositivesPredicted);

    /// <summary>All false positives.</summary>
    public int TotalFalsePositives => Types.Sum(FalsePositives);

    /// <summary>All false negatives.</summary>
    public int TotalFalseNegatives => Types.Sum(FalseNegatives);

    /// <summary>Overall precision.</summary>
    public double Precision => Ratio(TruePositives, TruePositives + TotalFalsePositives);

    /// <summary>Overall recall.</summary>
    public double Recall => Ratio(Types.Sum(TruePositivesGold), Types.Sum(TruePositivesGold) + TotalFalseNegatives);

    /// <summary>Overall F1.</summary>
    public double F1 => Harmonic(Precision, Recall);

    /// <summary>Precision of one type.</summary>
    public double PrecisionOf(string type) => Ratio(TruePositivesPredicted(type), TruePositivesPredicted(type) + FalsePositives(type));

    /// <summary>Recall of one type.</summary>
    public double RecallOf(string type) => Ratio(TruePositivesGold(type), TruePositivesGold(type) + FalseNegatives(type));

    /// <summary>F1 of one type.</summary>
    public double F1Of(string type) => Harmonic(PrecisionOf(type), RecallOf(type));

    internal void Add(string type, int slot) => _counts[type][slot]++;

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;

    private static double Harmonic(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}

/// <summary>One disagreement with the gold segmentation.</summary>
/// <param name="Error"><c>FP</c> (we split, gold does not) or <c>FN</c> (gold splits, we do not).</param>
/// <param name="Type">The clitic type of the split point.</param>
/// <param name="Word">The ANERcorp surface word.</param>
/// <param name="Ours">Our segmentation, parts joined by <c>+</c>.</param>
/// <param name="Gold">The NewsFANE tokens of the word, joined by <c>+</c>.</param>
internal readonly record struct SegmentationError(string Error, string Type, string Word, string Ours, string Gold);

/// <summary>The outcome of <see cref="SegmenterEvaluation.Run"/>.</summary>
internal sealed class SegmenterEvaluationResult
{
    /// <summary>ANERcorp sentences read.</summary>
    public int Sentences { get; init; }

    /// <summary>ANERcorp sentences matched to a NewsFANE sentence (all portions).</summary>
    public int MatchedSentences { get; init; }

    /// <summary>Matched sentences in the evaluated portions.</summary>
    public int EvaluatedSentences { get; init; }

    /// <summary>Arabic words in the evaluated sentences.</summary>
    public int Words { get; init; }

    /// <summary>Of those, words whose letters align exactly with whole NewsFANE tokens (the ones compared).</summary>
    public int AlignedWords { get; init; }

    /// <summary>Split points compared where NewsFANE marks them consistently (see <see cref="SegmenterEvaluation"/>).</summary>
    public required SplitScores Comparable { get; init; }

    /// <summary>Every split point of a type NewsFANE marks, with no context restriction.</summary>
    public required SplitScores Strict { get; init; }

    /// <summary>Disagreements on the comparable points, with repetition.</summary>
    public required IReadOnlyList<SegmentationError> Errors { get; init; }
}

/// <summary>Measures the clitic segmenter against NewsFANE, which is ANERcorp's news text with clitics split.</summary>
/// <remarks>
/// <para><b>Alignment.</b> Both corpora are reduced to letters (Arabic letters only; أ إ آ ٱ → ا, ى → ي, ة → ه; marks,
/// tatweel, digits, punctuation and U+200E dropped). Each ANERcorp sentence is matched to the NewsFANE sentence that
/// shares most of its 8-letter windows (at least half of them). If the letters are equal the alignment is the identity;
/// otherwise the sentence is aligned to that NewsFANE sentence and its two neighbours by a longest common subsequence of
/// letters. An ANERcorp word is compared when its letters map, in one block, onto whole NewsFANE tokens; those tokens
/// give the gold split points.</para>
/// <para><b>Gold points.</b> Leading NewsFANE tokens و ف ب ل ك س mark proclitic points; a final token ه ها هم هما هن
/// ك كم كما كن نا ي ني marks a pronoun point. Other token boundaries inside a word (NewsFANE occasionally splits ال or
/// a stem) are not clitic points and are ignored, and so are our article cuts: NewsFANE keeps ال attached. NewsFANE
/// almost never splits the future س (9 bare س tokens in 141k), so future points are ignored on both sides.</para>
/// <para><b>Comparable points.</b> NewsFANE marks و, ف and pronouns throughout, but ب, ك and ل consistently only on
/// named entities (ب القاهرة; common nouns keep them attached: بالنسبة, بشكل, لمدة), and it never separates the ل of
/// a word written with لل. So preposition points are compared only in words that NewsFANE tags as (part of) a named
/// entity and that do not start with لل (after an optional و/ف). <see cref="SegmenterEvaluationResult.Strict"/>
/// compares every point with no such restriction.</para>
/// </remarks>
internal static class SegmenterEvaluation
{
    private const int Window = 8;
    private const long MaxAlignmentCells = 24_000_000;

    /// <summary>Runs the evaluation.</summary>
    /// <param name="segmenter">The segmenter to measure.</param>
    /// <param name="anercorpPath"><c>anercorp/train.txt</c>.</param>
    /// <param name="newsFanePath"><c>newsfane/train.txt</c>.</param>
    /// <param name="include">Which NewsFANE portions to evaluate.</param>
    /// <param name="observe">Optional: called with every compared word (surface, NewsFANE tokens, entity flag).</param>
    /// <param name="sentences">Optional further filter on the NewsFANE sentence (index, sentence count).</param>
    /// <returns>The scores and the disagreements.</returns>
    public static SegmenterEvaluationResult Run(CliticSegmenter segmenter, string anercorpPath, string newsFanePath,
        Func<SegmenterPortion, bool> include, Action<string, IReadOnlyList<string>, bool>? observe = null,
        Func<int, int, bool>? sentences = null)
    {
        ArgumentNullException.ThrowIfNull(segmenter);
        ArgumentNullException.ThrowIfNull(include);
        var aner = TaggedCorpus.Read(anercorpPath);
        var fane = TaggedCorpus.Read(newsFanePath);
        string[][] faneLetters = fane.Select(s => s.Select(t => Letters(t.Text)).ToArray()).ToArray();
        string[] faneKeys = faneLetters.Select(s => string.Concat(s)).ToArray();
        var index = new WindowIndex(faneKeys);

        var comparable = new SplitScores();
        var strict = new SplitScores();
        var errors = new List<SegmentationError>();
        int matched = 0, evaluated = 0, words = 0, alignedWords = 0;
        Span<WordSegment> parts = stackalloc WordSegment[CliticSegmenter.MaxSegments];

        foreach (var sentence in aner)
        {
            string[] letters = sentence.Select(t => Letters(t.Text)).ToArray();
            string key = string.Concat(letters);
            int best = index.BestMatch(key);
            if (best < 0) continue;
            matched++;
            if (!include(SegmenterDataSplit.Of(best, fane.Count)) || (sentences is not null && !sentences(best, fane.Count))) continue;
            evaluated++;

            // FANE side: the best sentence alone when the letters are equal, else with its neighbours.
            int from = best, to = best;
            if (key != faneKeys[best])
            {
                from = Math.Max(0, best - 1);
                to = Math.Min(fane.Count - 1, best + 1);
            }

            var fTokens = new List<(string Letters, string Tag)>();
            for (int s = from; s <= to; s++)
            {
                for (int t = 0; t < fane[s].Length; t++)
                {
                    if (faneLetters[s][t].Length > 0) fTokens.Add((faneLetters[s][t], fane[s][t].Tag));
                }
            }

            string fKey = string.Concat(fTokens.Select(t => t.Letters));
            int[]? map = key == fKey ? null : AlignLetters(key, fKey);
            if (map is null && key != fKey) continue;

            // Letter offset -> (FANE token, offset in token).
            var tokenOf = new int[fKey.Length];
            var offsetIn = new int[fKey.Length];
            for (int t = 0, p = 0; t < fTokens.Count; t++)
            {
                for (int o = 0; o < fTokens[t].Letters.Length; o++, p++)
                {
                    tokenOf[p] = t;
                    offsetIn[p] = o;
                }
            }

            int pos = 0;
            for (int ti = 0; ti < sentence.Length; ti++)
            {
                string l = letters[ti];
                if (l.Length == 0) continue;
                int start = pos;
                pos += l.Length;
                if (!IsArabicWord(sentence[ti].Text)) continue;
                words++;
                int a = map is null ? start : map[start];
                int b = map is null ? pos - 1 : map[pos - 1];
                if (a < 0 || b < 0 || b - a != l.Length - 1) continue;
                bool contiguous = true;
                for (int q = start; q < pos && map is not null; q++) contiguous &= map[q] == a + (q - start);
                if (!contiguous || offsetIn[a] != 0 || offsetIn[b] != fTokens[tokenOf[b]].Letters.Length - 1) continue;
                alignedWords++;

                var goldParts = new List<string>();
                bool entity = false;
                for (int t = tokenOf[a]; t <= tokenOf[b]; t++)
                {
                    goldParts.Add(fTokens[t].Letters);
                    entity |= fTokens[t].Tag != "O";
                }

                string word = sentence[ti].Text;
                observe?.Invoke(word, goldParts, entity);
                int count = segmenter.Segment(word, parts);
                var ours = OurPoints(word, parts[..count]);
                var gold = GoldPoints(goldParts);
                bool doubleLam = StartsWithDoubleLam(l);
                Compare(ours, gold, type => Comparable(type, entity, doubleLam), comparable, errors, word, parts[..count], goldParts);
                Compare(ours, gold, type => type is not ("fut" or "art" or "other"), strict, null, word, parts[..count], goldParts);
            }
        }

        return new SegmenterEvaluationResult
        {
            Sentences = aner.Count,
            MatchedSentences = matched,
            EvaluatedSentences = evaluated,
            Words = words,
            AlignedWords = alignedWords,
            Comparable = comparable,
            Strict = strict,
            Errors = errors,
        };
    }

    /// <summary>The folded Arabic letters of a corpus token (the alignment alphabet).</summary>
    internal static string Letters(string token)
    {
        var sb = new StringBuilder(token.Length);
        foreach (char c in token)
        {
            if (c is < '\u0621' or > '\u064A' || c == ArabicChars.Tatweel) continue;
            sb.Append(c switch
            {
                ArabicChars.AlefHamzaAbove or ArabicChars.AlefHamzaBelow or ArabicChars.AlefMadda => ArabicChars.Alef,
                ArabicChars.AlefMaksura => ArabicChars.Yeh,
                ArabicChars.TehMarbuta => ArabicChars.Heh,
                _ => c,
            });
        }

        return sb.ToString();
    }

    private static bool IsArabicWord(string token)
    {
        bool letter = false;
        foreach (char c in token)
        {
            switch (ArabicChars.Classify(c))
            {
                case CharClass.ArabicLetter:
                    if (c is < '\u0621' or > '\u064A') return false;
                    letter = true;
                    break;
                case CharClass.ArabicMark or CharClass.Tatweel or CharClass.Format:
                    break;
                default:
                    return false;
            }
        }

        return letter;
    }

    private static bool StartsWithDoubleLam(string l)
        => l.StartsWith("لل", StringComparison.Ordinal)
            || (l.Length > 2 && l[0] is ArabicChars.Waw or ArabicChars.Feh && l.AsSpan(1).StartsWith("لل", StringComparison.Ordinal));

    private static bool Comparable(string type, bool entity, bool doubleLam) => type switch
    {
        "fut" or "art" or "other" => false,
        "ب" or "ل" or "ك" => entity && !doubleLam,
        _ => true,
    };

    /// <summary>Our split points as (letter offset, type).</summary>
    private static List<(int Position, string Type)> OurPoints(string word, ReadOnlySpan<WordSegment> parts)
    {
        var points = new List<(int, string)>();
        for (int k = 0; k + 1 < parts.Length; k++)
        {
            int cut = parts[k + 1].Start;
            int position = Letters(word[..cut]).Length;
            string type = parts[k + 1].Kind == SegmentKind.Pronoun ? "pron" : parts[k].Kind switch
            {
                SegmentKind.Conjunction or SegmentKind.Preposition => Letters(word.Substring(parts[k].Start, parts[k].Length)),
                SegmentKind.Future => "fut",
                SegmentKind.Article => "art",
                _ => "other",
            };
            points.Add((position, type));
        }

        return points;
    }

    /// <summary>The gold split points of a word given as its NewsFANE tokens (letters).</summary>
    internal static List<(int Position, string Type)> GoldPoints(IReadOnlyList<string> parts)
    {
        var points = new List<(int, string)>();
        int n = parts.Count, i = 0, pos = 0;
        while (i < n - 1 && parts[i] is "و" or "ف" or "ب" or "ل" or "ك" or "س")
        {
            pos += parts[i].Length;
            points.Add((pos, parts[i] == "س" ? "fut" : parts[i]));
            i++;
        }

        int j = n;
        if (j - 1 > i && parts[j - 1] is "ه" or "ها" or "هم" or "هما" or "هن" or "ك" or "كم" or "كما" or "كن" or "نا" or "ي" or "ني")
            j--;
        for (int q = i; q < j; q++)
        {
            pos += parts[q].Length;
            if (q < n - 1) points.Add((pos, q == j - 1 && j < n ? "pron" : "other"));
        }

        return points;
    }

    private static void Compare(List<(int Position, string Type)> ours, List<(int Position, string Type)> gold,
        Func<string, bool> keep, SplitScores scores, List<SegmentationError>? errors, string word,
        ReadOnlySpan<WordSegment> parts, List<string> goldParts)
    {
        var o = ours.Where(p => keep(p.Type)).ToList();
        var g = gold.Where(p => keep(p.Type)).ToList();
        string? oursText = null;
        foreach (var p in o)
        {
            bool hit = g.Exists(x => x.Position == p.Position);
            scores.Add(p.Type, hit ? 0 : 1);
            if (!hit && errors is not null)
                errors.Add(new SegmentationError("FP", p.Type, word, oursText ??= Join(word, parts), string.Join('+', goldParts)));
        }

        foreach (var p in g)
        {
            bool hit = o.Exists(x => x.Position == p.Position);
            scores.Add(p.Type, hit ? 2 : 3);
            if (!hit && errors is not null)
                errors.Add(new SegmentationError("FN", p.Type, word, oursText ??= Join(word, parts), string.Join('+', goldParts)));
        }
    }

    private static string Join(string word, ReadOnlySpan<WordSegment> parts)
    {
        var sb = new StringBuilder();
        foreach (var p in parts)
        {
            if (sb.Length > 0) sb.Append('+');
            sb.Append(word, p.Start, p.Length);
        }

        return sb.ToString();
    }

    /// <summary>Longest-common-subsequence alignment: for each letter of <paramref name="a"/>, its index in
    /// <paramref name="b"/> or -1. Null when the problem is too large.</summary>
    private static int[]? AlignLetters(string a, string b)
    {
        int n = a.Length, m = b.Length;
        if ((long)(n + 1) * (m + 1) > MaxAlignmentCells) return null;
        var direction = new byte[(n + 1) * (m + 1)];
        var previous = new int[m + 1];
        var current = new int[m + 1];
        for (int i = 1; i <= n; i++)
        {
            current[0] = 0;
            for (int j = 1; j <= m; j++)
            {
                int k = (i * (m + 1)) + j;
                if (a[i - 1] == b[j - 1])
                {
                    current[j] = previous[j - 1] + 1;
                    direction[k] = 1;
                }
                else if (previous[j] >= current[j - 1])
                {
                    current[j] = previous[j];
                    direction[k] = 2;
                }
                else
                {
                    current[j] = current[j - 1];
                    direction[k] = 3;
                }
            }

            (previous, current) = (current, previous);
        }

        var map = new int[n];
        Array.Fill(map, -1);
        for (int i = n, j = m; i > 0 && j > 0;)
        {
            switch (direction[(i * (m + 1)) + j])
            {
                case 1:
                    map[--i] = --j;
                    break;
                case 2:
                    i--;
                    break;
                default:
                    j--;
                    break;
            }
        }

        return map;
    }

    /// <summary>8-letter windows of the NewsFANE sentences, packed in 48 bits, with the sentences they occur in.</summary>
    private sealed class WindowIndex
    {
        private readonly Dictionary<ulong, int> _head = [];
        private readonly List<(int Sentence, int Next)> _postings = [];
        private readonly int[] _votes;
        private readonly int[] _lengths;

        public WindowIndex(string[] keys)
        {
            _votes = new int[keys.Length];
            _lengths = keys.Select(k => k.Length).ToArray();
            for (int s = 0; s < keys.Length; s++)
            {
                string k = keys[s];
                for (int p = 0; p + Window <= k.Length; p++)
                {
                    ulong w = Pack(k.AsSpan(p, Window));
                    if (_head.TryGetValue(w, out int h) && _postings[h].Sentence == s) continue;
                    _postings.Add((s, _head.TryGetValue(w, out int old) ? old : -1));
                    _head[w] = _postings.Count - 1;
                }
            }
        }

        /// <summary>The sentence sharing most windows with <paramref name="key"/>, if at least half of them; else -1.</summary>
        public int BestMatch(string key)
        {
            int windows = key.Length - Window + 1;
            if (key.Length < 12 || windows <= 0) return -1;
            var touched = new List<int>();
            for (int p = 0; p < windows; p++)
            {
                if (!_head.TryGetValue(Pack(key.AsSpan(p, Window)), out int h)) continue;
                for (; h >= 0; h = _postings[h].Next)
                {
                    int s = _postings[h].Sentence;
                    if (_votes[s]++ == 0) touched.Add(s);
                }
            }

            int best = -1;
            foreach (int s in touched)
            {
                if (best < 0 || _votes[s] > _votes[best] || (_votes[s] == _votes[best] && Math.Abs(_lengths[s] - key.Length) < Math.Abs(_lengths[best] - key.Length)))
                    best = s;
            }

            int votes = best < 0 ? 0 : _votes[best];
            foreach (int s in touched) _votes[s] = 0;
            return votes * 2 >= windows ? best : -1;
        }

        private static ulong Pack(ReadOnlySpan<char> s)
        {
            ulong v = 0;
            foreach (char c in s) v = (v << 6) | (uint)((c - 0x0620) & 63);
            return v;
        }
    }
}

/// <summary>Formats a <see cref="SegmenterEvaluationResult"/> as the report the training tool prints.</summary>
internal static class SegmenterEvaluationReport
{
    /// <summary>Writes the report.</summary>
    /// <param name="result">The result.</param>
    /// <param name="writer">Where to write.</param>
    /// <param name="title">The first line.</param>
    /// <param name="examples">How many distinct error examples to list per error kind and type.</param>
    public static void Write(SegmenterEvaluationResult result, TextWriter writer, string title, int examples)
    {
        var inv = CultureInfo.InvariantCulture;
        writer.WriteLine(title);
        writer.WriteLine(string.Format(inv, "ANERcorp sentences {0}, matched to NewsFANE {1}, evaluated {2}; Arabic words {3}, aligned {4}",
            result.Sentences, result.MatchedSentences, result.EvaluatedSentences, result.Words, result.AlignedWords));
        WriteScores(writer, "Comparable split points (و ف pronouns everywhere; ب ك ل in named entities, not لل)", result.Comparable);
        WriteScores(writer, "Strict: every split point of a type NewsFANE marks", result.Strict);
        if (examples <= 0) return;
        writer.WriteLine("Most frequent disagreements on comparable points (count  word  ours  NewsFANE):");
        foreach (var group in result.Errors.GroupBy(e => (e.Error, e.Type)).OrderBy(g => g.Key.Error, StringComparer.Ordinal)
                     .ThenBy(g => Array.IndexOf(SplitScores.Types, g.Key.Type)))
        {
            writer.WriteLine(string.Format(inv, "  {0} {1} ({2}):", group.Key.Error, group.Key.Type, group.Count()));
            foreach (var e in group.GroupBy(e => (e.Word, e.Ours, e.Gold)).OrderByDescending(g => g.Count())
                         .ThenBy(g => g.Key.Word, StringComparer.Ordinal).Take(examples))
                writer.WriteLine(string.Format(inv, "    {0,4}  {1}  {2}  {3}", e.Count(), e.Key.Word, e.Key.Ours, e.Key.Gold));
        }
    }

    private static void WriteScores(TextWriter writer, string title, SplitScores s)
    {
        var inv = CultureInfo.InvariantCulture;
        writer.WriteLine(title);
        writer.WriteLine(string.Format(inv, "  {0,-5} {1,7} {2,7} {3,7} {4,6} {5,6} {6,6}", "type", "P", "R", "F1", "TP", "FP", "FN"));
        foreach (string t in SplitScores.Types)
        {
            writer.WriteLine(string.Format(inv, "  {0,-5} {1,7:P2} {2,7:P2} {3,7:P2} {4,6} {5,6} {6,6}", t, s.PrecisionOf(t), s.RecallOf(t),
                s.F1Of(t), s.TruePositivesPredicted(t), s.FalsePositives(t), s.FalseNegatives(t)));
        }

        writer.WriteLine(string.Format(inv, "  {0,-5} {1,7:P2} {2,7:P2} {3,7:P2} {4,6} {5,6} {6,6}", "all", s.Precision, s.Recall, s.F1,
            s.TruePositives, s.TotalFalsePositives, s.TotalFalseNegatives));
    }
}
