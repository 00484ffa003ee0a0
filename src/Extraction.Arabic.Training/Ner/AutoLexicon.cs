using System.Diagnostics;
using Extraction.Arabic.Entities.Features;
using Extraction.Arabic.Entities.Ner;
using Extraction.Arabic.Tokenization;

namespace Extraction.Arabic.Training.Ner;

/// <summary>Builds a per-word entity-type list from unlabeled text tagged by a first model (self-training of a
/// lexicon feature).</summary>
/// <remarks>
/// <para>A first-pass model tags the Arabic Wikipedia text of <c>corpora/unlabeled-permissive</c> (CC BY-SA 4.0).
/// Every word (folded, without its article) seen at least <see cref="MinCount"/> times gets the type it was most
/// often tagged with when at least a third of its occurrences were tagged, and a "strong" bit when two thirds
/// were. The final model reads these as lexicon categories. A name the training data never shows is often tagged in
/// some of its many Wikipedia contexts (after a title, before a nisba, inside a longer name), and the list carries
/// that evidence to the contexts where the model alone would miss it. This is the "extended prediction history"
/// and gazetteer-from-unlabeled-text idea of Ratinov and Roth (CoNLL 2009, "Design Challenges and Misconceptions
/// in Named Entity Recognition"), aggregated over a large corpus instead of one document.</para>
/// </remarks>
internal static class AutoLexicon
{
    public const int MinCount = 3;

    private const int MaxSentence = 80;

    private static readonly LexiconCategory[] s_typeBits =
        [LexiconCategory.AutoPerson, LexiconCategory.AutoOrganization, LexiconCategory.AutoLocation, LexiconCategory.AutoMisc];

    /// <summary>Tags the files with <paramref name="tagger"/> and returns lexicon entries (categories, word).</summary>
    public static List<(uint Flags, string Phrase)> Build(NerTagger tagger, IReadOnlyList<string> files, TextWriter log)
    {
        var clock = Stopwatch.StartNew();
        int types = tagger.Tags.Types.Length;
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        var sentence = new List<NerToken>(MaxSentence);
        var tags = new int[MaxSentence];
        var buffer = new char[256];
        long tokens = 0;
        foreach (string file in files)
        {
            foreach (string line in File.ReadLines(file))
            {
                foreach (RawToken t in ArabicTokenizer.Enumerate(line))
                {
                    sentence.Add(new NerToken(line, t.Start, t.Length, t.Kind));
                    bool end = t.Kind == TokenKind.Punctuation && t.Length == 1 && line[t.Start] is '.' or '\u061F' or '!';
                    if (end || sentence.Count == MaxSentence) Flush();
                }

                Flush();
            }
        }

        var entries = new List<(uint, string)>();
        foreach (var (word, c) in counts.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (c[0] < MinCount) continue;
            int best = 0, tagged = 0;
            for (int y = 0; y < types; y++)
            {
                tagged += c[1 + y];
                if (c[1 + y] > c[1 + best]) best = y;
            }

            if (c[1 + best] * 3 < c[0]) continue;
            uint flags = (uint)s_typeBits[Math.Min(best, s_typeBits.Length - 1)];
            if (c[1 + best] * 3 >= c[0] * 2) flags |= (uint)LexiconCategory.AutoStrong;
            entries.Add((flags, word));
        }

        log.WriteLine($"auto lexicon: {tokens:N0} tokens tagged in {clock.Elapsed.TotalSeconds:F0} s, {counts.Count:N0} words, {entries.Count:N0} entries");
        return entries;

        void Flush()
        {
            int n = sentence.Count;
            if (n == 0) return;
            var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(sentence);
            tagger.TagSentence(span, tags.AsSpan(0, n));
            tokens += n;
            for (int i = 0; i < n; i++) Count(span[i].Span, span[i].Kind, tagger.Tags.TypeOf(tags[i]));
            sentence.Clear();
        }

        void Count(ReadOnlySpan<char> token, TokenKind kind, int type)
        {
            if (kind != TokenKind.Word || token.Length > 40) return;
            int len = NerText.Fold(token, buffer);
            ReadOnlySpan<char> key = NerText.StripArticle(buffer.AsSpan(0, len));
            if (key.Length < 2) return;
            if (!lookup.TryGetValue(key, out int[]? c))
            {
                c = new int[1 + types];
                lookup[key] = c;
            }

            c[0]++;
            if (type >= 0) c[1 + type]++;
        }
    }
}
