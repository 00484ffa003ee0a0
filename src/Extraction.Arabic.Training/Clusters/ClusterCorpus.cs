using System.Runtime.InteropServices;
using Extraction.Arabic.Entities.Features;
using Extraction.Arabic.Text;
using Extraction.Arabic.Tokenization;

namespace Extraction.Arabic.Training.Clusters;

/// <summary>The clustering corpus: a vocabulary ranked by frequency and the word bigram graph over it.</summary>
/// <remarks>
/// <para>Each line of the input files is one paragraph. It is cut with <see cref="ArabicTokenizer"/> (so clitics stay
/// attached, as in news text), every token is normalized with <see cref="ArabicNormalizer.Default"/> and its digits are
/// shaped with <see cref="WordClusterTable.Shape"/>. Tokens of every kind count, punctuation included, because they
/// are context the tagger sees too.</para>
/// <para>Items <c>0 … V−1</c> of the graph are the vocabulary words (count ≥ the minimum, at most
/// <see cref="WordClusterTable.MaxWordLength"/> characters), ordered by count descending, then ordinally. Item
/// <see cref="BoundaryItem"/> stands for a paragraph start or end, item <see cref="RareItem"/> for every other token.
/// Both are context only: they keep classes of their own and are never clustered.</para>
/// </remarks>
internal sealed class ClusterCorpus
{
    private ClusterCorpus(string[] words, long[] counts, BigramGraph graph, long tokens, int types, long rareTokens, int paragraphs)
    {
        Words = words;
        Counts = counts;
        Graph = graph;
        TokenCount = tokens;
        TypeCount = types;
        RareTokenCount = rareTokens;
        ParagraphCount = paragraphs;
    }

    /// <summary>The vocabulary, most frequent first (digits shaped).</summary>
    public string[] Words { get; }

    /// <summary>The corpus count of each vocabulary word.</summary>
    public long[] Counts { get; }

    /// <summary>The bigram graph over the vocabulary plus <see cref="BoundaryItem"/> and <see cref="RareItem"/>.</summary>
    public BigramGraph Graph { get; }

    /// <summary>The item that marks a paragraph boundary.</summary>
    public int BoundaryItem => Words.Length;

    /// <summary>The item every out-of-vocabulary token maps to.</summary>
    public int RareItem => Words.Length + 1;

    /// <summary>The number of tokens read.</summary>
    public long TokenCount { get; }

    /// <summary>The number of distinct normalized tokens read.</summary>
    public int TypeCount { get; }

    /// <summary>The number of tokens outside the vocabulary.</summary>
    public long RareTokenCount { get; }

    /// <summary>The number of paragraphs (lines) read.</summary>
    public int ParagraphCount { get; }

    /// <summary>Reads the files, builds the vocabulary and counts the bigrams.</summary>
    /// <param name="files">Text files, one paragraph per line, read in the given order.</param>
    /// <param name="minCount">The smallest count a word needs to be in the vocabulary.</param>
    /// <param name="maxParagraphs">Read at most this many paragraphs in all (for quick trials).</param>
    /// <returns>The corpus.</returns>
    public static ClusterCorpus Read(IReadOnlyList<string> files, int minCount, int maxParagraphs)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        var counts = new List<long>();
        var stream = new List<int>(1 << 20);
        var buffer = new char[1024];
        int paragraphs = 0;
        long tokens = 0;

        foreach (string file in files)
        {
            foreach (string line in File.ReadLines(file))
            {
                if (paragraphs >= maxParagraphs) break;
                paragraphs++;
                stream.Add(-1);
                foreach (RawToken token in ArabicTokenizer.Enumerate(line))
                {
                    ReadOnlySpan<char> raw = line.AsSpan(token.Start, token.Length);
                    if (buffer.Length < raw.Length * ArabicNormalizer.MaxExpansion) buffer = new char[raw.Length * ArabicNormalizer.MaxExpansion];
                    ArabicNormalizer.Default.TryNormalize(raw, buffer, out int written);
                    if (written == 0) continue;
                    Span<char> key = buffer.AsSpan(0, written);
                    for (int i = 0; i < key.Length; i++) key[i] = WordClusterTable.Shape(key[i]);

                    ref int id = ref CollectionsMarshal.GetValueRefOrAddDefault(lookup, key, out bool exists);
                    if (!exists)
                    {
                        id = counts.Count;
                        counts.Add(0);
                    }

                    counts[id]++;
                    stream.Add(id);
                    tokens++;
                }
            }
        }

        stream.Add(-1);

        // Rank the vocabulary: count descending, then ordinal, so the order never depends on hashing.
        var byId = new string[ids.Count];
        foreach (var (word, id) in ids) byId[id] = word;
        int[] kept = Enumerable.Range(0, byId.Length)
            .Where(i => counts[i] >= minCount && byId[i].Length <= WordClusterTable.MaxWordLength)
            .OrderByDescending(i => counts[i]).ThenBy(i => byId[i], StringComparer.Ordinal)
            .ToArray();
        int v = kept.Length;
        var item = new int[byId.Length];
        Array.Fill(item, v + 1);
        for (int r = 0; r < v; r++) item[kept[r]] = r;

        long rare = 0;
        var keys = new long[stream.Count - 1];
        int k = 0;
        for (int i = 0; i + 1 < stream.Count; i++)
        {
            int a = stream[i] < 0 ? v : item[stream[i]];
            int b = stream[i + 1] < 0 ? v : item[stream[i + 1]];
            if (a == v && b == v) continue; // an empty paragraph
            if (b == v + 1) rare++;
            keys[k++] = ((long)a << 32) | (uint)b;
        }

        BigramGraph graph = BigramGraph.FromKeys(keys.AsSpan(0, k), v + 2);
        return new ClusterCorpus(
            kept.Select(i => byId[i]).ToArray(), kept.Select(i => counts[i]).ToArray(), graph, tokens, byId.Length, rare, paragraphs);
    }
}
