using System.Text;
using Extraction.Arabic.Text;
using Extraction.Arabic.Tokenization;
using Xunit.Abstractions;

namespace Extraction.Arabic.Tests.Tokenization;

public class CliticSegmenterTests
{
    private static readonly CliticSegmenter Segmenter = CliticSegmenter.Default;
    private readonly ITestOutputHelper _output;

    public CliticSegmenterTests(ITestOutputHelper output) => _output = output;

    /// <summary>Parts as <c>text/Kind</c> joined by <c>+</c>; offsets follow from the texts, which are contiguous.</summary>
    private static string Render(string word)
    {
        var parts = Segment(word);
        return string.Join("+", parts.Select(p => $"{word.Substring(p.Start, p.Length)}/{p.Kind}"));
    }

    private static WordSegment[] Segment(string word)
    {
        Span<WordSegment> buffer = stackalloc WordSegment[CliticSegmenter.MaxSegments];
        int n = Segmenter.Segment(word, buffer);
        return buffer[..n].ToArray();
    }

    [Theory]
    [InlineData("والصادرات", "و/Conjunction+ال/Article+صادرات/Stem")]              // conjunction + article
    [InlineData("وأضاف", "و/Conjunction+أضاف/Stem")]                             // conjunction before a hamzated verb
    [InlineData("فقال", "ف/Conjunction+قال/Stem")]                               // conjunction ف
    [InlineData("وهم", "و/Conjunction+هم/Stem")]                                 // conjunction + independent pronoun
    [InlineData("بالأندية", "ب/Preposition+ال/Article+أندية/Stem")]               // ب + article
    [InlineData("بشكل", "ب/Preposition+شكل/Stem")]                               // ب + noun
    [InlineData("كالبحر", "ك/Preposition+ال/Article+بحر/Stem")]                  // ك + article
    [InlineData("لإسرائيل", "ل/Preposition+إسرائيل/Stem")]                       // ل + name
    [InlineData("للتعاون", "ل/Preposition+ل/Article+تعاون/Stem")]                // لل: ل + article without alef
    [InlineData("وللمرة", "و/Conjunction+ل/Preposition+ل/Article+مرة/Stem")]     // conjunction + لل
    [InlineData("سيقول", "س/Future+يقول/Stem")]                                  // future before ي
    [InlineData("ستكون", "س/Future+تكون/Stem")]                                  // future before ت
    [InlineData("وسيقول", "و/Conjunction+س/Future+يقول/Stem")]                   // conjunction + future
    [InlineData("الاقتصاد", "ال/Article+اقتصاد/Stem")]                           // article alone
    [InlineData("كتابهم", "كتاب/Stem+هم/Pronoun")]                               // هم
    [InlineData("منها", "من/Stem+ها/Pronoun")]                                   // ها
    [InlineData("عليه", "علي/Stem+ه/Pronoun")]                                   // ه after على (ى written ي before it)
    [InlineData("بلادهما", "بلاد/Stem+هما/Pronoun")]                             // هما
    [InlineData("بينهن", "بين/Stem+هن/Pronoun")]                                 // هن
    [InlineData("لديكم", "لدي/Stem+كم/Pronoun")]                                 // كم
    [InlineData("بينكما", "بين/Stem+كما/Pronoun")]                               // كما
    [InlineData("عليك", "علي/Stem+ك/Pronoun")]                                   // ك
    [InlineData("بلادي", "بلاد/Stem+ي/Pronoun")]                                 // ي
    [InlineData("حكومتنا", "حكومت/Stem+نا/Pronoun")]                             // نا after ت (from ة)
    [InlineData("لقائه", "لقائ/Stem+ه/Pronoun")]                                 // ه after ئ (from ء)
    [InlineData("ولكنها", "و/Conjunction+لكن/Stem+ها/Pronoun")]                  // conjunction + stem + pronoun
    [InlineData("فإنه", "ف/Conjunction+إن/Stem+ه/Pronoun")]                      // ف + إن + ه
    [InlineData("وبعقوبة", "و/Conjunction+بعقوبة/Stem")]                         // conjunction before a known name
    [InlineData("فان", "ف/Conjunction+ان/Stem")]                                 // a name (Van), but ان is far more frequent
    [InlineData("شعبنا", "شعب/Stem+نا/Pronoun")]                                 // noun + نا stays a pronoun
    [InlineData("جعلني", "جعلن/Stem+ي/Pronoun")]                                 // protective nun: the ن stays with the stem, as in NewsFANE
    [InlineData("فأنهى", "ف/Conjunction+أنهى/Stem")]                             // a final ى is no pronoun ي
    public void Segment_CliticWord_SplitsIntoParts(string word, string expected) => Render(word).Should().Be(expected);

    [Theory]
    [InlineData("ورقة")]      // و is a root letter (paper)
    [InlineData("بعقوبة")]    // known name (GeoNames): not ب + عقوبة
    [InlineData("فرانكلين")]  // known name (person tokens): not ف + رانكلين
    [InlineData("بالاسيوس")]  // known name: not ب + ال + اسيوس
    [InlineData("ابراهيمي")]  // nisba: not ابراهيم + ي (my Ibrahim)
    [InlineData("موضوعي")]    // nisba (objective): موضوعية، موضوعيين are frequent
    [InlineData("بدأنا")]     // past verb + subject نا (we began), kept whole as in NewsFANE
    [InlineData("افتتحنا")]   // past verb: افتتحت، افتتحوا are frequent
    [InlineData("قمنا")]
    [InlineData("وكالات")]    // agencies: not و + ك + آلات (NewsFANE's و + كالات leaves no word)
    [InlineData("واضاف")]     // و before a bare alef: NewsFANE keeps it (وأضاف splits)
    [InlineData("فاستجاب")]   // ف before a bare alef: almost never split in NewsFANE
    [InlineData("يتمكن")]     // not يتم + كن: the feminine plural pronoun hardly occurs in news
    [InlineData("وزير")]      // minister
    [InlineData("واحد")]      // one, although أحد is a word
    [InlineData("وقت")]
    [InlineData("وجه")]       // ه is a root letter (face)
    [InlineData("بوتين")]     // ب starts the name
    [InlineData("بغداد")]
    [InlineData("بريطانيا")]
    [InlineData("بين")]
    [InlineData("بعد")]
    [InlineData("كتاب")]      // ك is a root letter (book)
    [InlineData("كان")]       // not ك + أن
    [InlineData("كبير")]
    [InlineData("لبنان")]     // ل starts the name
    [InlineData("لندن")]
    [InlineData("لكن")]
    [InlineData("فرنسا")]     // ف starts the name
    [InlineData("فريق")]
    [InlineData("سيارة")]     // س is a root letter
    [InlineData("سنة")]
    [InlineData("سيد")]       // too short for the future: يد would be left
    [InlineData("هناك")]      // not هنا + ك
    [InlineData("ذلك")]
    [InlineData("الله")]      // not ال + له, and no pronoun after ال
    [InlineData("التي")]      // ال is part of the relative pronoun
    [InlineData("الذي")]
    [InlineData("الآن")]
    [InlineData("إلى")]
    [InlineData("ألمانيا")]   // hamzated alef: no article
    [InlineData("المانيا")]   // the same without hamza: mostly written ألمانيا
    [InlineData("بها")]       // preposition + pronoun: no stem
    [InlineData("له")]
    [InlineData("لهم")]
    [InlineData("كتابي")]     // ي as a nisba ending is likelier than "my book"
    public void Segment_WordWithoutClitic_IsOneStem(string word) => Render(word).Should().Be($"{word}/Stem");

    [Theory]
    [InlineData("وَالصَّادِرَاتُ", "0,2,Conjunction 2,2,Article 4,11,Stem")]   // harakat stay with their letter
    [InlineData("الـصادرات", "0,3,Article 3,6,Stem")]                          // tatweel stays with the article
    [InlineData("بـالأندية", "0,2,Preposition 2,2,Article 4,5,Stem")]          // tatweel after the preposition
    [InlineData("كتابُهُم", "0,5,Stem 5,3,Pronoun")]                            // damma before the pronoun stays in the stem
    [InlineData("و\u200Cالصادرات", "0,2,Conjunction 2,2,Article 4,6,Stem")]    // ZWNJ stays with و
    [InlineData("\u064Eوالصادرات", "0,2,Conjunction 2,2,Article 4,6,Stem")]    // a leading orphan mark goes to the first part
    [InlineData("لاسرائيل", "0,1,Preposition 1,7,Stem")]                        // ل + اسرائيل …
    [InlineData("ﻻسرائيل", "0,7,Stem")]                                        // … but never a cut inside the lam-alef ligature ﻻ
    public void Segment_MarksAndTatweel_OffsetsOnOriginal(string word, string expected)
    {
        var actual = string.Join(" ", Segment(word).Select(p => $"{p.Start},{p.Length},{p.Kind}"));
        actual.Should().Be(expected);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("2024")]
    [InlineData("و")]
    [InlineData("\u064E\u064E")]
    [InlineData("\uD800")]
    [InlineData("وال2")]
    public void Segment_NonArabicOrTooShort_IsOneStem(string word)
        => Segment(word).Should().Equal(new WordSegment(0, word.Length, SegmentKind.Stem));

    [Fact]
    public void Segment_Empty_ReturnsZero()
        => Segmenter.Segment(ReadOnlySpan<char>.Empty, new WordSegment[CliticSegmenter.MaxSegments]).Should().Be(0);

    [Fact]
    public void Segment_DestinationTooShort_Throws()
    {
        var act = () => Segmenter.Segment("والصادرات", new WordSegment[1]);
        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Segment_RandomStrings_PartsCoverWordInGrammarOrder()
    {
        var random = new Random(20240607);
        string[] stems = ["صادرات", "كتاب", "قال", "يقول", "حكومة", "وزير", "بوتين", "لبنان", "أندية", "تعاون", "ليل", "مرة", "ا", "ه"];
        string[] prefixes = ["", "و", "ف", "ب", "ك", "ل", "س", "ال", "وال", "بال", "لل", "وبال", "فس", "ولل"];
        string[] suffixes = ["", "ه", "ها", "هم", "هما", "هن", "ك", "كم", "كما", "كن", "نا", "ي", "ة", "ات"];
        const string arabic = "ابتثجحخدذرسشصضطظعغفقكلمنهويءأإآؤئةىوفبكلسال";
        const string marks = "\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0670\u0640\u200C\u200D";
        const string other = "aZ09٣،.-_\uD800\uDC00\uFEFB\uFE8D\u06CC\u06A9\u067E ";
        for (int trial = 0; trial < 20000; trial++)
        {
            var sb = new StringBuilder();
            if (trial % 2 == 0)
            {
                // A plausible word with clitics, marks sprinkled in.
                string w = prefixes[random.Next(prefixes.Length)] + stems[random.Next(stems.Length)] + suffixes[random.Next(suffixes.Length)];
                foreach (char c in w)
                {
                    sb.Append(c);
                    if (random.Next(4) == 0) sb.Append(marks[random.Next(marks.Length)]);
                }
            }
            else
            {
                int length = random.Next(0, 24);
                for (int k = 0; k < length; k++)
                {
                    int r = random.Next(10);
                    sb.Append(r < 6 ? arabic[random.Next(arabic.Length)] : r < 8 ? marks[random.Next(marks.Length)] : other[random.Next(other.Length)]);
                }
            }

            string word = sb.ToString();
            var parts = Segment(word);
            if (word.Length == 0)
            {
                parts.Should().BeEmpty();
                continue;
            }

            AssertWellFormed(word, parts);
        }
    }

    [Fact]
    public void Segment_ParallelCalls_MatchSequentialResults()
    {
        string[] words = ["والصادرات", "بالأندية", "للتعاون", "سيقول", "كتابهم", "وأضاف", "فقال", "ورقة", "وزير", "بوتين", "الله"];
        var expected = words.Select(Render).ToArray();
        var actual = new string[words.Length * 200];
        Parallel.For(0, actual.Length, i => actual[i] = Render(words[i % words.Length]));
        actual.Should().Equal(Enumerable.Range(0, actual.Length).Select(i => expected[i % words.Length]));
    }

    [Fact]
    public void Fold_EveryArabicLetter_MatchesDefaultNormalizer()
    {
        foreach (var (lo, hi) in new[] { (0x0600, 0x06FF), (0x0750, 0x077F), (0x0870, 0x08FF) })
        {
            for (int c = lo; c <= hi; c++)
            {
                char ch = (char)c;
                if (!ArabicChars.IsArabicLetter(ch)) continue;
                CliticSegmenter.Fold(ch).ToString().Should().Be(ArabicNormalizer.Default.NormalizeToString(ch.ToString()), $"U+{c:X4}");
            }
        }
    }

    [Fact]
    public void Lexicon_Embedded_HasEntriesAndStatesItsSources()
    {
        var lexicon = SegmenterLexicon.LoadEmbedded();
        lexicon.Count.Should().BeGreaterThan(100_000);
        string header = string.Join("\n", lexicon.Header);
        header.Should().Contain("CC BY-SA 4.0").And.Contain("Wikipedia").And.Contain("NewsFANE").And.Contain("test portion is excluded");
        lexicon.Frequency("الصادرات").Should().BeGreaterThan(0);
        lexicon.Frequency("لايوجدهذا").Should().Be(0);
    }

    [Fact]
    public void Lexicon_WriteThenLoad_RoundTrips()
    {
        var entries = new List<(string, int, bool, bool, SplitEvidence)>
        {
            ("الي", 9, true, false, default),
            ("بعقوبة", 4, false, true, default),
            ("وزير", 7, false, false, new SplitEvidence(5, 0, 0, 0, 0, 0, 0)),
            ("كتابه", 3, false, false, new SplitEvidence(0, 0, 0, 0, 1, 2, 1)),
        };
        using var raw = new MemoryStream();
        using (var gz = new System.IO.Compression.GZipStream(raw, System.IO.Compression.CompressionLevel.SmallestSize, leaveOpen: true))
        using (var writer = new StreamWriter(gz, new UTF8Encoding(false)))
        {
            SegmenterLexicon.Write(writer, ["test"], entries);
        }

        raw.Position = 0;
        var lexicon = SegmenterLexicon.Load(raw);
        lexicon.Count.Should().Be(4);
        lexicon.Header.Should().Equal(SegmenterLexicon.Signature, "# test");
        lexicon.IsHamzated(lexicon.Find("الي")).Should().BeTrue();
        lexicon.IsName(lexicon.Find("الي")).Should().BeFalse();
        lexicon.IsName(lexicon.Find("بعقوبة")).Should().BeTrue();
        lexicon.IsHamzated(lexicon.Find("بعقوبة")).Should().BeFalse();
        lexicon.Frequency("وزير").Should().Be(7);
        lexicon.EvidenceOf(lexicon.Find("كتابه")).Should().Be(new SplitEvidence(0, 0, 0, 0, 1, 2, 1));
        lexicon.EvidenceOf(lexicon.Find("الي")).IsEmpty.Should().BeTrue();
    }

    /// <summary>Held-out floor: ANERcorp text aligned to the NewsFANE test portion, which no lexicon build reads.
    /// Now precision 95.27 %, recall 96.13 % (comparable split points; weights set on the dev portion and two
    /// cross-validation folds of the train portion; before the bare-alef, ى, كن, ي and protective-nun rules: 94.50 %,
    /// 96.07 %; before the name, nisba, verb + نا and stem-plausibility rules: 93.55 %, 96.48 %); the floors are those
    /// rounded down to the whole percent, and meet the 95 % target for both. Most remaining false positives are
    /// splits NewsFANE itself misses (و+ال…, ف+verb, ان+ه); see the evaluate-segmenter report.</summary>
    [Fact]
    public void Evaluate_HeldOutNewsFane_MeetsPrecisionAndRecallFloors()
    {
        string aner = TestPaths.Corpus("anercorp", "train.txt");
        string news = TestPaths.Corpus("newsfane", "train.txt");
        if (!File.Exists(aner) || !File.Exists(news))
        {
            _output.WriteLine($"Skipped: the shared corpora are not at {TestPaths.SharedRoot}.");
            return;
        }

        var result = SegmenterEvaluation.Run(Segmenter, aner, news, p => p == SegmenterPortion.Test);
        var writer = new StringWriter();
        SegmenterEvaluationReport.Write(result, writer, "held-out", 0);
        _output.WriteLine(writer.ToString());

        result.EvaluatedSentences.Should().BeGreaterThan(1000);
        result.AlignedWords.Should().BeGreaterThan(30_000);
        result.Comparable.Precision.Should().BeGreaterOrEqualTo(PrecisionFloor);
        result.Comparable.Recall.Should().BeGreaterOrEqualTo(RecallFloor);
    }

    private const double PrecisionFloor = 0.95;
    private const double RecallFloor = 0.96;

    private static void AssertWellFormed(string word, WordSegment[] parts)
    {
        parts.Should().NotBeEmpty(word);
        parts.Length.Should().BeLessOrEqualTo(CliticSegmenter.MaxSegments);
        int pos = 0;
        foreach (var p in parts)
        {
            p.Start.Should().Be(pos, word);
            p.Length.Should().BePositive(word);
            pos += p.Length;
        }

        pos.Should().Be(word.Length, word);

        // Kinds follow the grammar: [Conjunction] [Preposition|Future] [Article] Stem [Pronoun].
        int rank = -1;
        foreach (var p in parts)
        {
            int r = p.Kind switch
            {
                SegmentKind.Conjunction => 0,
                SegmentKind.Preposition or SegmentKind.Future => 1,
                SegmentKind.Article => 2,
                SegmentKind.Stem => 3,
                _ => 4,
            };
            r.Should().BeGreaterThan(rank, word);
            rank = r;
        }

        parts.Count(p => p.Kind == SegmentKind.Stem).Should().Be(1, word);
    }
}
