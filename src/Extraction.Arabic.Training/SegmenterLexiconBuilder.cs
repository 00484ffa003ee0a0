using System.Globalization;
using System.IO.Compression;
using System.Text;
using Extraction.Arabic.Text;
using Extraction.Arabic.Tokenization;

namespace Extraction.Arabic.Training;

/// <summary>The <c>segmenter-lexicon</c> command: builds the clitic segmenter's lexicon from the shared corpora.</summary>
/// <remarks>
/// <para>Inputs, all under <c>../shared/corpora</c> and all licensed for redistribution (nothing from
/// <c>news-unlabeled</c>, which is non-commercial):</para>
/// <list type="number">
/// <item><c>unlabeled-permissive/arwiki-20170120-part*.txt</c> (Arabic Wikipedia, CC BY-SA 4.0): every Arabic word
/// token (library tokenizer), normalized by <see cref="ArabicNormalizer.Default"/>, is counted. For words starting
/// with ال the number written with a hamzated first alef (أل/إل/آل) is counted too.</item>
/// <item><c>wikifane/train.txt</c> (all) and <c>newsfane/train.txt</c> (the train and dev portions of
/// <see cref="SegmenterDataSplit"/>, or train only with <c>--exclude-dev</c>; never the held-out test portion), CC BY-SA
/// 3.0: the clitic-split tokens are joined back into surface words (a run of و/ف/ب/ل/ك/س tokens attaches to the next
/// word of at least 2 letters, a following pronoun token to that word), each surface word is counted, and how it was
/// split is recorded as <see cref="SplitEvidence"/>.</item>
/// </list>
/// <para>Kept: words seen at least twice, and every word with split evidence. Output: UTF-8 lines in ordinal order,
/// gzip (<see cref="CompressionLevel.SmallestSize"/>, no timestamp), so the same inputs give the same bytes.</para>
/// </remarks>
internal static class SegmenterLexiconBuilder
{
    private const int MinFrequency = 2;
    private static readonly string[] s_proclitics = ["و", "ف", "ب", "ل", "ك", "س"];
    private static readonly string[] s_enclitics = ["هما", "كما", "ها", "هم", "هن", "كم", "كن", "نا", "ه", "ك", "ي"];

    public static int Run(Options options)
    {
        bool excludeDev = options.Has("--exclude-dev");
        (double From, double To)? exclude = options.Get("--exclude") is { } x ? ParseRange(x) : null;
        string output = options.Get("--output")
            ?? Path.Combine(Options.RepoRoot, "src", "Extraction.Arabic", "Resources", "segmenter-lexicon.txt.gz");

        var counts = new Dictionary<string, Counts>(1 << 19, StringComparer.Ordinal);
        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();

        string wikiDir = options.Corpus("unlabeled-permissive");
        string[] parts = Directory.GetFiles(wikiDir, "arwiki-20170120-part*.txt").Order(StringComparer.Ordinal).ToArray();
        if (parts.Length == 0) throw new IOException($"No Wikipedia part files in {wikiDir}.");
        long wikiTokens = 0;
        Span<char> buffer = stackalloc char[256];
        foreach (string file in parts)
        {
            foreach (string line in File.ReadLines(file, Encoding.UTF8))
            {
                foreach (var t in ArabicTokenizer.Enumerate(line))
                {
                    if (t.Kind != TokenKind.Word || t.Length > 64) continue;
                    ReadOnlySpan<char> surface = line.AsSpan(t.Start, t.Length);
                    if (!ArabicNormalizer.Default.TryNormalize(surface, buffer, out int n) || !IsArabicLetters(buffer[..n])) continue;
                    ReadOnlySpan<char> word = buffer[..n];
                    ref Counts c = ref GetOrAdd(lookup, word);
                    c.Frequency++;
                    if (n >= 2 && word[0] == ArabicChars.Alef && word[1] == ArabicChars.Lam && FirstLetterIsHamzatedAlef(surface))
                        c.Hamzated++;
                    wikiTokens++;
                }
            }
        }

        var fane = new List<(string Name, List<TaggedToken[]> Sentences, Func<int, bool> Use)>();
        var wiki = TaggedCorpus.Read(options.Corpus("wikifane", "train.txt"));
        fane.Add(("WikiFANE", wiki, _ => true));
        var news = TaggedCorpus.Read(options.Corpus("newsfane", "train.txt"));
        fane.Add(("NewsFANE", news, i => SegmenterDataSplit.Of(i, news.Count) switch
        {
            SegmenterPortion.Train => exclude is null || !InRange(i, news.Count, exclude.Value),
            SegmenterPortion.Dev => !excludeDev,
            _ => false,
        }));

        int faneWords = 0, newsSentences = 0;
        foreach (var (name, sentences, use) in fane)
        {
            for (int s = 0; s < sentences.Count; s++)
            {
                if (!use(s)) continue;
                if (name == "NewsFANE") newsSentences++;
                foreach (var w in Reconstruct(sentences[s]))
                {
                    ref Counts c = ref GetOrAdd(lookup, w.Surface);
                    c.Frequency++;
                    c.Observe(w);
                    faneWords++;
                }
            }
        }

        var (names, cityNames, personNames) = ReadNames(options);
        foreach (string name in names) GetOrAdd(lookup, name);

        var entries = counts
            .Where(kv => kv.Value.Frequency >= MinFrequency || !kv.Value.Evidence().IsEmpty || names.Contains(kv.Key))
            .OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => (kv.Key, kv.Value.Frequency, kv.Value.Hamzated * 2 > kv.Value.Frequency, names.Contains(kv.Key), kv.Value.Evidence()))
            .ToList();

        int devEnd = (int)(news.Count * SegmenterDataSplit.TestStart), trainEnd = (int)(news.Count * SegmenterDataSplit.DevStart);
        var inv = CultureInfo.InvariantCulture;
        string[] header =
        [
            "Lexicon of the Extraction.Arabic clitic segmenter (see src/Extraction.Arabic/Resources/segmenter-lexicon.md).",
            "Built by: dotnet run --project src/Extraction.Arabic.Training -- segmenter-lexicon" + (excludeDev ? " --exclude-dev" : ""),
            "Format: word TAB frequency [TAB flag(h = ال mostly written أل/إل/آل) [TAB conj kept,split,prep kept,split,pronoun kept,split,length]]",
            string.Format(inv, "Source 1: Arabic Wikipedia 2017-01-20, 10,235 articles (motazsaad/comparableWikiCoprus, Saad & Alijla 2017), {0:N0} word tokens counted. Authors: Arabic Wikipedia contributors. CC BY-SA 4.0.", wikiTokens),
            string.Format(inv, "Source 2: WikiFANE Gold 2014 (all {0:N0} sentences) and NewsFANE Gold 2014 train.txt sentences [0, {1}) of {2} ({3}), Alotaibi & Lee, COLING 2014. CC BY-SA 3.0. {4:N0} words rebuilt with clitics attached.",
                wiki.Count, excludeDev ? trainEnd : devEnd, news.Count, excludeDev ? "train portion only" : "train + dev portions; the held-out test portion is excluded", faneWords),
            string.Format(inv, "Source 3 (flag n, names): GeoNames cities15000 (2022-02-23), single-word Arabic names, {0:N0}; GeoNames, geonames.org, CC BY 4.0. Person-name tokens mined from Wikidata (Merhav & Ash, COLING 2018; steveash/NETransliteration-COLING2018, Copyright 2018 Amazon.com, MIT; Wikidata CC0), {1:N0}. Only names that begin with a proclitic letter or end like a pronoun are flagged: {2:N0}.",
                cityNames, personNames, names.Count),
            "Changes: tokenized, normalized (alef hamza folded, alef maksura to yeh, marks and tatweel removed), counted; words seen once dropped.",
            "Licence of this file: CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/).",
            string.Format(inv, "Entries: {0:N0}.", entries.Count),
        ];

        using var raw = new MemoryStream();
        using (var gz = new GZipStream(raw, CompressionLevel.SmallestSize, leaveOpen: true))
        using (var writer = new StreamWriter(gz, new UTF8Encoding(false)))
        {
            SegmenterLexicon.Write(writer, header, entries);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        File.WriteAllBytes(output, raw.ToArray());
        Console.WriteLine(string.Format(inv, "Wikipedia tokens {0:N0}; FANE words {1:N0} (NewsFANE sentences used {2}/{3}); entries {4:N0}; wrote {5} ({6:N0} bytes)",
            wikiTokens, faneWords, newsSentences, news.Count, entries.Count, output, raw.Length));
        return 0;
    }

    /// <summary>Parses a sentence range <c>FROM:TO</c> given as fractions of NewsFANE (cross-validation inside the
    /// train portion); it may not reach into the held-out portion.</summary>
    internal static (double From, double To) ParseRange(string text)
    {
        string[] f = text.Split(':');
        if (f.Length != 2 || !double.TryParse(f[0], NumberStyles.Float, CultureInfo.InvariantCulture, out double from)
            || !double.TryParse(f[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double to) || from < 0 || to <= from
            || to > SegmenterDataSplit.TestStart)
            throw new ArgumentException($"A range is FROM:TO with 0 <= FROM < TO <= {SegmenterDataSplit.TestStart} (fractions of NewsFANE), not '{text}'.");
        return (from, to);
    }

    /// <summary>Whether sentence <paramref name="sentence"/> of <paramref name="count"/> lies in the range.</summary>
    internal static bool InRange(int sentence, int count, (double From, double To) range)
        => sentence >= (int)(count * range.From) && sentence < (int)(count * range.To);

    /// <summary>Known names from the gazetteers (normalized, Arabic letters only, at least 3 letters) whose shape admits a
    /// clitic split: a first letter و/ف/ب/ك/ل/س or a pronoun ending. Single-word city names (GeoNames cities15000, CC BY
    /// 4.0) and person-name tokens (Wikidata via NETransliteration-COLING2018, MIT). The country list (ODbL, share-alike
    /// on derived databases) is not used.</summary>
    private static (HashSet<string> Names, int Cities, int Persons) ReadNames(Options options)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        int cities = 0, persons = 0;
        void Add(string raw, ref int counter)
        {
            string w = ArabicNormalizer.Default.NormalizeToString(raw.Trim());
            if (w.Length < 3 || !IsArabicLetters(w)) return;
            bool shape = w[0] is ArabicChars.Waw or ArabicChars.Feh or ArabicChars.Beh or ArabicChars.Kaf or ArabicChars.Lam or ArabicChars.Seen
                || s_enclitics.Any(e => w.Length - e.Length >= 2 && w.EndsWith(e, StringComparison.Ordinal));
            if (shape && names.Add(w)) counter++;
        }

        bool first = true;
        foreach (string line in File.ReadLines(options.Corpus("gazetteers", "geonames-cities-ar", "cities15000-ar.tsv"), Encoding.UTF8))
        {
            if (first) { first = false; continue; }
            string[] f = line.Split('\t');
            if (f.Length > 1 && f[1].IndexOfAny([' ', '-']) < 0) Add(f[1], ref cities);
        }

        first = true;
        foreach (string line in File.ReadLines(options.Corpus("gazetteers", "person-name-tokens-wikidata", "name-tokens-en-ar.tsv"), Encoding.UTF8))
        {
            if (first) { first = false; continue; }
            string[] f = line.Split('\t');
            if (f.Length > 1) Add(f[1], ref persons);
        }

        return (names, cities, persons);
    }

    /// <summary>One surface word rebuilt from clitic-split tokens.</summary>
    internal readonly record struct RebuiltWord(string Surface, string[] Proclitics, string Core, string Enclitic, bool InEntity);

    /// <summary>Joins the clitic tokens of a FANE sentence back to their words.</summary>
    internal static List<RebuiltWord> Reconstruct(TaggedToken[] sentence)
    {
        var toks = sentence.Select(t => ArabicNormalizer.Default.NormalizeToString(t.Text)).ToArray();
        var result = new List<RebuiltWord>();
        for (int i = 0; i < toks.Length; i++)
        {
            string t = toks[i];
            if (!IsArabicLetters(t)) continue;
            var procs = new List<string>();
            while (Array.IndexOf(s_proclitics, t) >= 0 && i + 1 < toks.Length && IsArabicLetters(toks[i + 1]) && toks[i + 1].Length >= 2)
            {
                procs.Add(t);
                t = toks[++i];
            }

            bool entity = sentence[i].Tag != "O";
            string enc = "";
            if (i + 1 < toks.Length && Array.IndexOf(s_enclitics, toks[i + 1]) >= 0 && t.Length >= 2 && Array.IndexOf(s_proclitics, t) < 0)
                enc = toks[++i];
            result.Add(new RebuiltWord(string.Concat(procs) + t + enc, [.. procs], t, enc, entity));
        }

        return result;
    }

    private static ref Counts GetOrAdd(Dictionary<string, Counts>.AlternateLookup<ReadOnlySpan<char>> lookup, ReadOnlySpan<char> word)
        => ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(lookup, word, out _);

    private static bool IsArabicLetters(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty) return false;
        foreach (char c in s)
        {
            if (ArabicChars.Classify(c) != CharClass.ArabicLetter) return false;
        }

        return true;
    }

    private static bool FirstLetterIsHamzatedAlef(ReadOnlySpan<char> surface)
    {
        foreach (char c in surface)
        {
            if (ArabicChars.Classify(c) == CharClass.ArabicLetter)
                return c is ArabicChars.AlefHamzaAbove or ArabicChars.AlefHamzaBelow or ArabicChars.AlefMadda;
        }

        return false;
    }

    /// <summary>Counts for one word while building.</summary>
    private struct Counts
    {
        public int Frequency;
        public int Hamzated;
        private int _conjKept, _conjSplit, _prepKept, _prepSplit, _encKept, _encSplit, _encLength;

        public void Observe(RebuiltWord w)
        {
            string s = w.Surface;
            bool conj = w.Proclitics.Length > 0 && w.Proclitics[0] is "و" or "ف";
            if (s[0] is ArabicChars.Waw or ArabicChars.Feh)
            {
                if (conj) _conjSplit++;
                else _conjKept++;
            }

            // The preposition slot: after the conjunction when one was split, else at the start.
            int p = conj ? 1 : 0;
            bool prepSplit = w.Proclitics.Length > p && w.Proclitics[p] is "ب" or "ك" or "ل";
            bool doubleLam = s.AsSpan(p).StartsWith("لل", StringComparison.Ordinal);
            if (prepSplit) _prepSplit++;
            else if (w.InEntity && !doubleLam && s.Length > p && s[p] is ArabicChars.Beh or ArabicChars.Kaf or ArabicChars.Lam) _prepKept++;

            if (w.Enclitic.Length > 0)
            {
                _encSplit++;
                _encLength = w.Enclitic.Length;
            }
            else if (EndsWithPronoun(s))
            {
                _encKept++;
            }
        }

        public readonly SplitEvidence Evidence() => new(_conjKept, _conjSplit, _prepKept, _prepSplit, _encKept, _encSplit, _encSplit > 0 ? _encLength : 0);

        private static bool EndsWithPronoun(string s)
        {
            foreach (string e in s_enclitics)
            {
                if (s.Length > e.Length && s.EndsWith(e, StringComparison.Ordinal)) return true;
            }

            return false;
        }
    }
}
