using System.Runtime.CompilerServices;
using Extraction.Arabic.Text;

namespace Extraction.Arabic.Tokenization;

/// <summary>Splits an Arabic word into proclitics, stem and pronoun enclitic.</summary>
/// <remarks>
/// <para><b>Segments.</b> A word is cut into at most five contiguous parts, in this order:
/// conjunction و/ف (<see cref="SegmentKind.Conjunction"/>); then either a preposition ب/ك/ل
/// (<see cref="SegmentKind.Preposition"/>) or the future particle س (<see cref="SegmentKind.Future"/>);
/// the article ال (<see cref="SegmentKind.Article"/>); the stem; a pronoun enclitic ه، ها، هم، هما، هن، ك، كم، كما، كن، نا، ي
/// (<see cref="SegmentKind.Pronoun"/>). After the preposition ل the article is written without its alef (لل), so
/// للتعاون is ل (preposition) + ل (article) + تعاون. The parts cover the word exactly; offsets are into the original
/// surface, and harakat, tatweel and zero-width joiners stay in the part of the letter they follow (<c>الـ</c> keeps its
/// tatweel). A word with no clitic is one <see cref="SegmentKind.Stem"/>.</para>
/// <para><b>Method.</b> This is a lexicon-scored choice among candidate analyses, in the spirit of Farasa
/// (K. Darwish and H. Mubarak, "Farasa: A New Fast and Accurate Arabic Word Segmenter", LREC 2016), which ranks all
/// analyses of a word allowed by a clitic grammar with stem and affix statistics, and of Lee et al. (ACL 2003, "Language
/// Model Based Arabic Word Segmentation"), which scores prefix*-stem-suffix* analyses with unigram stem probabilities.
/// The segmentation scheme is that of the Penn Arabic Treebank (conjunctions, prepositions, future particle and
/// pronouns are separate), plus the article. Implemented from the papers' descriptions; no code was used.</para>
/// <para><b>Grammar</b> (on the normalized letters: tatweel, harakat and format characters removed, أ إ آ ٱ → ا,
/// ى → ي, ی → ي, ک → ك; ة is kept). Candidates are [و|ف] [ب|ك|ل|لل|س] stem [pronoun] with these constraints:
/// the conjunction needs a word of at least 3 letters; what follows a proclitic has at least 2 letters; what follows
/// ب/ك/ل/س is not a pronoun (بها، لهم stay whole), while a conjunction may precede an independent pronoun (و + هم);
/// س comes only before ي/ت/ن/ا with at least 3 letters after it; a ل followed by ال is no preposition (ل + ال is
/// written لل); a pronoun leaves a stem of at least 2 letters; no pronoun follows the article, that is an ال whose
/// alef is written bare in the surface, with at least 2 letters after it, in a word that is not mostly written
/// أل/إل/آل in Wikipedia (so إليه, written اليه too, is إلي + ه); and no cut falls inside one presentation-form
/// character (the ligature ﻻ stays whole).</para>
/// <para><b>Score.</b> Each candidate gets <c>ln(M(stem) + 0.5)</c> plus a fixed weight per clitic, and the whole
/// word gets <c>ln(M(word) + 0.5)</c>; the best score wins and ties keep the word whole. <c>M(x)</c> is the
/// frequency of the lexeme: the count of <c>x</c> as a whole word plus the count of its form with or without the
/// article (ال + x, or x without its ال). Before a pronoun a stem ending in ت is also looked up with ة, and one ending
/// in ئ/ؤ with ء, and before ي a stem ending in ن also without that ن (the protective nun of جعلني، إنني; the ن stays in
/// the stem part, as NewsFANE marks it: جعلن + ي). The whole word also counts as evidence the forms of its own paradigm: for a word ending in ي, the
/// counts of word + ة and word + ن (nisba adjectives and construct plurals, which are not ي pronouns); for a word
/// ending in ا, 0.3 × the count of the word without it (accusative tanween, not نا); for a word ending in نا, 3 × the
/// counts of its stem + ت and stem + وا (a past verb: نا is the subject suffix, which NewsFANE keeps attached: قمنا،
/// افتتحنا); and for a word ending in ي, also the counts of word + ين and word + ون (nisba plurals …يين/…يون). Weights
/// (natural log): conjunction +1 (ف −1 more, and −4 more again before a bare alef, see below), preposition −1 (ك −1.5
/// more, +1.5 when the article follows and the stem after it has at least 2 letters and a lexeme mass of at least 20),
/// future −1, pronoun +0.5 (ي and ك −3 more, ي −2 more again: the 1sg possessive is rare in news; كن −3: the feminine
/// plural "you" hardly occurs in news, and …كن is mostly a verb ending, يتمكن). No pronoun ي is cut off a word whose
/// last letter is written ى in the surface (فأنهى). A word that is a known name (flag <c>n</c> of the lexicon:
/// single-word GeoNames cities and Wikidata person-name tokens), or whose remainder after the conjunction is one, gets
/// −4 for every candidate that cuts inside the name: a name is split only when the remainder is over e⁴ ≈ 55 times as
/// frequent (بعقوبة، فرانكلين stay whole, فان splits). These and the smoothing were set on the development part of
/// NewsFANE (55–70 %) and on two cross-validation folds of its train part, each left out of the lexicon build of that
/// experiment (training commands <c>segmenter-lexicon --exclude-dev [--exclude A:B]</c> and
/// <c>evaluate-segmenter --portion dev|train [--range A:B]</c>).</para>
/// <para><b>Bare alef after و/ف.</b> NewsFANE (which folds أ إ آ to ا) splits و/ف before a word written with a hamzated
/// alef almost always (و + أضاف), but before a bare alef that is not the article only about a third of the time
/// (واضاف، واكد are usually one token; ف + bare alef only 4 times in 102 in its train part). So for a word of at least
/// 4 letters whose second letter is a bare ا not followed by ل: the observed conjunction splits of its normalized form,
/// which come mostly from the hamzated spelling, are ignored (its observed non-splits still count), and ف gets −4 more.
/// Words of 3 letters (فان، وان) keep the general rules.</para>
/// <para><b>Observed splits.</b> When the word itself occurs in the clitic-split corpora (WikiFANE, NewsFANE), the
/// candidate also gets the log-likelihood of those observations under a noisy-annotation model: a true split is
/// annotated with probability 0.8 and a false one with probability 0.02, per decision (conjunction, preposition,
/// pronoun). So a word seen split many times is split even if one annotation missed it, and a word never seen split
/// (وزير, واحد) stays whole. Observed conjunction splits are ignored when the remainder is under a tenth as frequent as
/// the word (NewsFANE writes و + كالات for وكالات: the remainder is no word).</para>
/// <para><b>Article.</b> Once the analysis is chosen, an article-capable ال is cut off its stem x unless x is shorter
/// than 2 letters, x is only clitics (له: so الله stays whole), x is under 3% as frequent as ال + x (التي، الذي،
/// القاهرة: a lexicalized ال), or x is over 10 times as frequent as ال + x (الان: a different word).</para>
/// <para><b>Lexicon.</b> The embedded resource <c>segmenter-lexicon.txt.gz</c> (built by the training command
/// <c>segmenter-lexicon</c>) holds word frequencies from Arabic Wikipedia and from the words of WikiFANE and of the
/// train and dev portions of NewsFANE rebuilt with their clitics attached, plus those words' observed splits; see its
/// sidecar <c>segmenter-lexicon.md</c> for sources and licences (CC BY-SA 4.0). It is loaded once, thread-safely, on
/// first use of <see cref="Default"/>; lookups go through an open-addressing hash table searched with spans.</para>
/// <para>Words longer than 64 UTF-16 code units or 48 letters, or containing anything but Arabic letters, marks,
/// tatweel and format characters, are returned as one stem. <see cref="Segment"/> never allocates and never throws
/// for any content of <c>word</c>.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class CliticSegmenter
{
    /// <summary>The most parts one word can have.</summary>
    public const int MaxSegments = 6;

    private const int MaxWordLength = 64;
    private const int MaxLetters = 48;

    private const char Alef = ArabicChars.Alef;
    private const char Lam = ArabicChars.Lam;
    private const char Waw = ArabicChars.Waw;
    private const char Feh = ArabicChars.Feh;
    private const char Beh = ArabicChars.Beh;
    private const char Kaf = ArabicChars.Kaf;
    private const char Seen = ArabicChars.Seen;
    private const char Yeh = ArabicChars.Yeh;
    private const char Teh = ArabicChars.Teh;
    private const char Noon = ArabicChars.Noon;
    private const char TehMarbuta = ArabicChars.TehMarbuta;
    private const char Hamza = ArabicChars.Hamza;
    private const char YehHamza = '\u0626';
    private const char WawHamza = '\u0624';

    // Scoring constants (see remarks). Natural-log weights.
    private const double Smoothing = 0.5;
    private const double ArticleMassWeight = 1.0;
    private const double ConjunctionWeight = 1.0;
    private const double FehWeight = -1.0;
    private const double PrepositionWeight = -1.0;
    private const double KafPrepositionWeight = -1.5;
    private const double PrepositionBeforeArticleWeight = 1.5;
    private const double FutureWeight = -1.0;
    private const double PronounWeight = 0.5;
    private const double ShortPronounWeight = -3.0;
    private const double NisbaParadigmWeight = 1.0;
    private const double TanweenParadigmWeight = 0.3;
    private const double AnnotatorRecall = 0.8;
    private const double AnnotatorFalseSplit = 0.02;
    private const double ArticleMinRatio = 0.03;
    private const double ArticleMaxRatio = 10.0;
    private const double NameWeight = -4.0;
    private const double YehPronounWeight = -2.0;
    private const double KunnaPronounWeight = -3.0;
    private const double FehBareAlefWeight = -4.0;
    private const double VerbParadigmWeight = 3.0;
    private const double NisbaPluralWeight = 1.0;
    private const double RemainderMinRatio = 0.1;
    private const double MinArticleStemMass = 20.0;

    private static readonly double s_lnKeepIfKept = Math.Log(1 - AnnotatorFalseSplit);
    private static readonly double s_lnSplitIfKept = Math.Log(AnnotatorFalseSplit);
    private static readonly double s_lnSplitIfSplit = Math.Log(AnnotatorRecall);
    private static readonly double s_lnKeepIfSplit = Math.Log(1 - AnnotatorRecall);

    private static readonly Lazy<CliticSegmenter> s_default =
        new(() => new CliticSegmenter(SegmenterLexicon.LoadEmbedded()), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly SegmenterLexicon _lexicon;

    internal CliticSegmenter(SegmenterLexicon lexicon) => _lexicon = lexicon;

    /// <summary>The segmenter with the lexicon shipped in the package (loaded on first use, once).</summary>
    public static CliticSegmenter Default => s_default.Value;

    internal SegmenterLexicon Lexicon => _lexicon;

    /// <summary>Segments one word.</summary>
    /// <param name="word">The word as it appears in the text (marks and tatweel allowed).</param>
    /// <param name="destination">Receives the parts in text order; <see cref="MaxSegments"/> entries are always enough.</param>
    /// <returns>The number of parts written (at least 1 for a non-empty word, 0 for an empty one).</returns>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is too short for the parts of this word.</exception>
    public int Segment(ReadOnlySpan<char> word, Span<WordSegment> destination)
    {
        if (word.IsEmpty) return 0;
        Span<int> cuts = stackalloc int[MaxSegments];
        Span<SegmentKind> kinds = stackalloc SegmentKind[MaxSegments];
        int count = Analyze(word, cuts, kinds);
        if (count > destination.Length)
            throw new ArgumentException($"The destination needs room for {count} parts ({nameof(MaxSegments)} is always enough).", nameof(destination));
        for (int k = 0; k < count; k++)
        {
            int end = k + 1 < count ? cuts[k + 1] : word.Length;
            destination[k] = new WordSegment(cuts[k], end - cuts[k], kinds[k]);
        }

        return count;
    }

    /// <summary>Fills the start offsets and kinds of the parts of a non-empty word; returns the number of parts.</summary>
    private int Analyze(ReadOnlySpan<char> word, Span<int> cuts, Span<SegmentKind> kinds)
    {
        cuts[0] = 0;
        kinds[0] = SegmentKind.Stem;
        if (word.Length > MaxWordLength) return 1;

        Span<char> w = stackalloc char[MaxLetters];
        Span<int> origin = stackalloc int[MaxLetters + 1];
        ulong hamzated = 0, joined = 0;
        int n = NormalizeLetters(word, w, origin, ref hamzated, ref joined);
        if (n < 2) return 1;
        w = w[..n];
        origin[n] = word.Length;

        // Pronouns the word ends with (the stem must keep 2 letters); at most three can match.
        Span<int> pronounLengths = stackalloc int[4];
        int pronounCount = 0;
        // A final ى (alef maksura in the surface) is never the pronoun ي: فأنهى is not ف + أنه + ي.
        bool maksura = word[origin[n - 1]] == ArabicChars.AlefMaksura;
        foreach (string p in s_pronouns)
        {
            if (n - p.Length >= 2 && w.EndsWith(p) && !(maksura && p.Length == 1)) pronounLengths[pronounCount++] = p.Length;
        }

        // Nothing to cut: no proclitic letter first, no article, no pronoun last.
        if (pronounCount == 0 && w[0] is not (Waw or Feh or Beh or Kaf or Lam or Seen or Alef)) return 1;

        Span<char> scratch = stackalloc char[MaxLetters + 4];
        Span<int> cacheKeys = stackalloc int[CacheSize];
        Span<int> cacheEntries = stackalloc int[CacheSize];
        var look = new Lookups(_lexicon, w, scratch, cacheKeys, cacheEntries);

        int self = look.Entry(NoPrefix, 0, n, NoSuffix);
        SplitEvidence evidence = self >= 0 ? _lexicon.EvidenceOf(self) : default;
        int conjMax = n > 2 && w[0] is Waw or Feh ? 1 : 0;

        // An observed conjunction split whose remainder is rarer than a tenth of the word (و + كالات) is annotation noise: it is not used.
        if (conjMax == 1 && evidence.ConjunctionSplit > 0
            && Mass(ref look, NoPrefix, 1, n, NoSuffix) < RemainderMinRatio * _lexicon.FrequencyOf(self))
            evidence = evidence with { ConjunctionKept = 0, ConjunctionSplit = 0 };
        // Bare alef (see remarks): split observations of the normalized word come from its hamzated spelling.
        bool bareAlefAfterConjunction = conjMax == 1 && n > 3 && w[1] == Alef && (hamzated & 2UL) == 0 && w[2] != Lam;
        if (bareAlefAfterConjunction)
            evidence = evidence with { ConjunctionSplit = 0 };
        bool hasEvidence = !evidence.IsEmpty;

        // A known name (the word, or the word after its conjunction) resists cuts inside it.
        int nameStart = -1;
        if (self >= 0 && _lexicon.IsName(self))
        {
            nameStart = 0;
        }
        else if (conjMax == 1)
        {
            int rest = look.Entry(NoPrefix, 1, n, NoSuffix);
            if (rest >= 0 && _lexicon.IsName(rest)) nameStart = 1;
        }

        double best = double.NegativeInfinity;
        Analysis choice = default;

        for (int conj = 0; conj <= conjMax; conj++)
        {
            int i = conj;
            for (int mid = 0; mid < 4; mid++)
            {
                // 0: none, 1: preposition, 2: preposition ل + article ل (لل), 3: future س.
                switch (mid)
                {
                    case 1 when !(n - i > 2 && w[i] is Beh or Kaf or Lam):
                    case 2 when !(n - i > 3 && w[i] == Lam && w[i + 1] == Lam):
                    case 3 when !(n - i > 3 && w[i] == Seen && w[i + 1] is Yeh or Teh or Noon or Alef):
                        continue;
                }

                int j = i + (mid == 0 ? 0 : 1);
                ReadOnlySpan<char> rest = w[j..];
                bool clitic = conj > 0 || mid > 0;
                if (clitic && rest.Length < 2) continue;
                if (mid > 0 && IsBarePronoun(rest)) continue;
                if (mid == 1 && w[i] == Lam && rest.Length >= 2 && rest[0] == Alef && rest[1] == Lam) continue;
                if (!CutAllowed(joined, conj) || !CutAllowed(joined, j)) continue;

                // The stem key is the rest of the word; for لل it gets back the article's alef (ا + لتعاون).
                bool doubleLam = mid == 2;
                int prefix = doubleLam ? AlefPrefix : NoPrefix;
                bool bareAlef = (hamzated & (1UL << j)) == 0;

                for (int e = 0; e <= pronounCount; e++)
                {
                    int encLength = 0;
                    if (e > 0)
                    {
                        encLength = pronounLengths[e - 1];
                        if (rest.Length - encLength < 2 || !CutAllowed(joined, n - encLength)) continue;
                    }

                    int end = n - encLength;
                    bool article = doubleLam || (bareAlef && ArticlePossible(ref look, j, end));
                    if (encLength > 0 && article) continue;

                    bool whole = !clitic && encLength == 0;
                    double mass = encLength > 0 ? MassBeforePronoun(ref look, j, end) : Mass(ref look, prefix, j, end, NoSuffix);
                    if (whole) mass += ParadigmMass(ref look, n);
                    double score = Math.Log(mass + Smoothing);
                    if (nameStart >= 0 && (j > nameStart || encLength > 0)) score += NameWeight;
                    if (conj > 0) score += ConjunctionWeight + (w[0] == Feh ? FehWeight + (bareAlefAfterConjunction ? FehBareAlefWeight : 0) : 0);
                    if (mid is 1 or 2)
                        score += PrepositionWeight + (w[i] == Kaf ? KafPrepositionWeight : 0) + (article && ArticleStemPlausible(ref look, prefix, j, end) ? PrepositionBeforeArticleWeight : 0);
                    else if (mid == 3)
                        score += FutureWeight;
                    if (encLength > 0)
                        score += PronounWeight + (encLength == 1 && w[n - 1] is Yeh or Kaf ? ShortPronounWeight : 0) + (encLength == 1 && w[n - 1] == Yeh ? YehPronounWeight : 0)
                            + (encLength == 2 && w[n - 2] == Kaf && w[n - 1] == Noon ? KunnaPronounWeight : 0);
                    if (hasEvidence)
                    {
                        score += LogLikelihood(evidence.ConjunctionKept, evidence.ConjunctionSplit, conj > 0)
                            + LogLikelihood(evidence.PrepositionKept, evidence.PrepositionSplit, mid is 1 or 2)
                            + EncliticLogLikelihood(evidence, encLength);
                    }

                    if (score > best)
                    {
                        best = score;
                        choice = new Analysis(conj, mid, j, encLength, article);
                    }
                }
            }
        }

        return Emit(choice, ref look, origin, joined, cuts, kinds);
    }

    private static int Emit(Analysis a, ref Lookups look, ReadOnlySpan<int> origin, ulong joined, Span<int> cuts, Span<SegmentKind> kinds)
    {
        int n = look.Length;
        int count = 0;
        int stemStart = a.StemStart;
        if (a.Conjunction > 0) Add(cuts, kinds, ref count, 0, SegmentKind.Conjunction);
        if (a.Middle != 0)
            Add(cuts, kinds, ref count, a.Conjunction, a.Middle == 3 ? SegmentKind.Future : SegmentKind.Preposition);

        if (a.Article)
        {
            // The article is ال, or only its ل after the preposition ل (لل).
            int articleLength = a.Middle == 2 ? 1 : 2;
            if (CutAllowed(joined, stemStart + articleLength)
                && ArticleSplits(ref look, a.Middle == 2 ? AlefPrefix : NoPrefix, stemStart, n - a.Enclitic))
            {
                Add(cuts, kinds, ref count, stemStart, SegmentKind.Article);
                stemStart += articleLength;
            }
        }

        Add(cuts, kinds, ref count, stemStart, SegmentKind.Stem);
        if (a.Enclitic > 0) Add(cuts, kinds, ref count, n - a.Enclitic, SegmentKind.Pronoun);

        // Letter indices to offsets in the original word; the first part starts at 0 (leading marks included).
        for (int k = 0; k < count; k++) cuts[k] = k == 0 ? 0 : origin[cuts[k]];
        return count;
    }

    private static void Add(Span<int> cuts, Span<SegmentKind> kinds, ref int count, int letter, SegmentKind kind)
    {
        cuts[count] = letter;
        kinds[count] = kind;
        count++;
    }

    /// <summary>Folds the letters as <see cref="ArabicNormalizer.Default"/> does, dropping marks, tatweel and
    /// format characters; returns the letter count, or 0 when the word has other characters or is too long.</summary>
    private static int NormalizeLetters(ReadOnlySpan<char> word, Span<char> letters, Span<int> origin, ref ulong hamzated, ref ulong joined)
    {
        int n = 0;
        Span<char> expansion = stackalloc char[ArabicNormalizer.MaxExpansion];
        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            switch (ArabicChars.Classify(c))
            {
                case CharClass.ArabicLetter:
                    if (c is >= '\uFB50')
                    {
                        // A presentation form: its decomposition, with no cut inside it.
                        if (!ArabicNormalizer.Default.TryNormalize(word.Slice(i, 1), expansion, out int k)) return 0;
                        for (int x = 0; x < k; x++)
                        {
                            char y = expansion[x];
                            if (ArabicChars.Classify(y) != CharClass.ArabicLetter || n == MaxLetters) return 0;
                            if (x > 0) joined |= 1UL << n;
                            letters[n] = y;
                            origin[n++] = i;
                        }

                        continue;
                    }

                    if (n == MaxLetters) return 0;
                    if (c is ArabicChars.AlefHamzaAbove or ArabicChars.AlefHamzaBelow or ArabicChars.AlefMadda) hamzated |= 1UL << n;
                    letters[n] = Fold(c);
                    origin[n++] = i;
                    break;
                case CharClass.ArabicMark:
                case CharClass.Tatweel:
                case CharClass.Format:
                case CharClass.OtherMark:
                    break;
                default:
                    return 0;
            }
        }

        return n;
    }

    /// <summary>The letter fold of <see cref="ArabicNormalizer.Default"/> for one Arabic letter.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static char Fold(char c) => c switch
    {
        ArabicChars.AlefHamzaAbove or ArabicChars.AlefHamzaBelow or ArabicChars.AlefMadda or ArabicChars.AlefWasla
            or '\u0672' or '\u0673' or '\u0675' => Alef,
        ArabicChars.AlefMaksura or ArabicChars.FarsiYeh => Yeh,
        ArabicChars.Keheh => Kaf,
        _ => c,
    };

    /// <summary>A cut before letter <paramref name="letter"/> is allowed unless it falls inside one presentation form.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool CutAllowed(ulong joined, int letter) => (joined & (1UL << letter)) == 0;

    private static readonly string[] s_pronouns = ["هما", "كما", "ها", "هم", "هن", "كم", "كن", "نا", "ه", "ك", "ي"];

    private static bool IsPronoun(ReadOnlySpan<char> s)
    {
        foreach (string p in s_pronouns)
        {
            if (s.SequenceEqual(p)) return true;
        }

        return false;
    }

    /// <summary>A pronoun of two or more letters, which cannot stand as a stem after a proclitic.</summary>
    private static bool IsBarePronoun(ReadOnlySpan<char> s) => s.Length >= 2 && IsPronoun(s);

    /// <summary>Only clitics: a pronoun, or ب/ك/ل followed by a pronoun (له، بها، لكم).</summary>
    private static bool IsCliticOnly(ReadOnlySpan<char> s)
        => IsPronoun(s) || (s.Length >= 2 && s[0] is Beh or Kaf or Lam && IsPronoun(s[1..]));

    /// <summary>Whether the key <c>w[start..end]</c> may begin with the article: ال, at least 2 letters after it, and
    /// not a word mostly written with a hamzated alef.</summary>
    private static bool ArticlePossible(ref Lookups look, int start, int end)
    {
        if (end - start < 4 || look.Letter(start) != Alef || look.Letter(start + 1) != Lam) return false;
        int e = look.Entry(NoPrefix, start, end, NoSuffix);
        return e < 0 || !look.Lexicon.IsHamzated(e);
    }

    /// <summary>Whether the article is cut off the key (<paramref name="prefix"/> + <c>w[start..end]</c>, which starts
    /// with ال); see remarks.</summary>
    private static bool ArticleSplits(ref Lookups look, int prefix, int start, int end)
    {
        // The stem after ال: w[start+2..end], or w[start+1..end] when the key is ا + لـ… (لل).
        int stemStart = prefix == AlefPrefix ? start + 1 : start + 2;
        if (end - stemStart < 2 || IsCliticOnly(look.Letters(stemStart, end))) return false;
        double withArticle = look.Frequency(prefix, start, end, NoSuffix) + Smoothing;
        double bare = look.Frequency(NoPrefix, stemStart, end, NoSuffix);
        return bare + Smoothing >= ArticleMinRatio * withArticle && bare <= ArticleMaxRatio * withArticle;
    }

    /// <summary>The lexeme mass of a key: its count plus the count of its form with (or without) ال.</summary>
    private static double Mass(ref Lookups look, int prefix, int start, int end, int suffix)
    {
        double f = look.Frequency(prefix, start, end, suffix);
        bool hasArticle = prefix == AlefPrefix
            ? look.Letter(start) == Lam && end - start >= 3
            : prefix == NoPrefix && end - start >= 4 && look.Letter(start) == Alef && look.Letter(start + 1) == Lam;
        if (hasArticle)
            return f + (ArticleMassWeight * look.Frequency(NoPrefix, prefix == AlefPrefix ? start + 1 : start + 2, end, suffix));
        return f + (ArticleMassWeight * look.Frequency(prefix == NoPrefix ? ArticlePrefix : prefix, start, end, suffix));
    }

    /// <summary>The mass of a stem before a pronoun: also as …ة for …ت and as …ء for …ئ/…ؤ; the larger one.</summary>
    private static double MassBeforePronoun(ref Lookups look, int start, int end)
    {
        double m = Mass(ref look, NoPrefix, start, end, NoSuffix);
        int variant = look.Letter(end - 1) switch
        {
            Teh => LastToTehMarbuta,
            YehHamza or WawHamza => LastToHamza,
            _ => NoSuffix,
        };
        if (variant != NoSuffix) m = Math.Max(m, Mass(ref look, NoPrefix, start, end, variant));

        // Before ي a final ن may be the protective nun (جعلني = جعل + ن + ي): the stem without it counts too.
        if (end == look.Length - 1 && look.Letter(end) == Yeh && look.Letter(end - 1) == Noon && end - 1 - start >= 2)
            m = Math.Max(m, Mass(ref look, NoPrefix, start, end - 1, NoSuffix));
        return m;
    }

    /// <summary>Evidence that the whole word is a lexeme of its own: its nisba/plural forms (…ي → …ية, …ين) and its
    /// form without accusative tanween (…ا).</summary>
    private static double ParadigmMass(ref Lookups look, int n)
    {
        char last = look.Letter(n - 1);
        if (last == Yeh)
        {
            return (NisbaParadigmWeight * (look.Frequency(NoPrefix, 0, n, AppendTehMarbuta) + look.Frequency(NoPrefix, 0, n, AppendNoon)))
                + (NisbaPluralWeight * (look.Frequency(NoPrefix, 0, n, AppendYehNoon) + look.Frequency(NoPrefix, 0, n, AppendWawNoon)));
        }

        if (last != Alef) return 0;
        double m = TanweenParadigmWeight * look.Frequency(NoPrefix, 0, n - 1, NoSuffix);
        if (n >= 4 && look.Letter(n - 2) == Noon)
        {
            // …نا after a past-verb stem is the subject suffix (we did): the stem's ت and وا forms are the evidence.
            m += VerbParadigmWeight * (look.Frequency(NoPrefix, 0, n - 2, AppendTeh) + look.Frequency(NoPrefix, 0, n - 2, AppendWawAlef));
        }

        return m;
    }

    /// <summary>Whether the stem after the article of the key (<paramref name="prefix"/> + <c>w[start..end]</c>) is a
    /// plausible word: at least 2 letters and a lexicon mass of at least <see cref="MinArticleStemMass"/>.</summary>
    private static bool ArticleStemPlausible(ref Lookups look, int prefix, int start, int end)
    {
        int stemStart = prefix == AlefPrefix ? start + 1 : start + 2;
        if (end - stemStart < 2) return false;
        return Mass(ref look, NoPrefix, stemStart, end, NoSuffix) >= MinArticleStemMass;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double LogLikelihood(int kept, int split, bool candidateSplits) => candidateSplits
        ? (split * s_lnSplitIfSplit) + (kept * s_lnKeepIfSplit)
        : (kept * s_lnKeepIfKept) + (split * s_lnSplitIfKept);

    private static double EncliticLogLikelihood(SplitEvidence e, int encLength)
    {
        if (encLength == 0) return LogLikelihood(e.EncliticKept, e.EncliticSplit, false);
        if (encLength == e.EncliticLength || e.EncliticSplit == 0) return LogLikelihood(e.EncliticKept, e.EncliticSplit, true);
        return (e.EncliticSplit * s_lnSplitIfKept) + (e.EncliticKept * s_lnKeepIfSplit);
    }

    private const int CacheSize = 32;
    private const int NoPrefix = 0, AlefPrefix = 1, ArticlePrefix = 2;
    private const int NoSuffix = 0, LastToTehMarbuta = 1, LastToHamza = 2, AppendTehMarbuta = 3, AppendNoon = 4,
        AppendTeh = 5, AppendWawAlef = 6, AppendYehNoon = 7, AppendWawNoon = 8;

    /// <summary>Memoized lexicon lookups of keys made from the word's letters: an optional prefix (ا or ال), a letter
    /// range, and an optional change at the end (last letter → ة or ء, or ة/ن appended).</summary>
    private ref struct Lookups
    {
        private readonly ReadOnlySpan<char> _w;
        private readonly Span<char> _scratch;
        private readonly Span<int> _keys;
        private readonly Span<int> _entries;
        private int _count;

        public Lookups(SegmenterLexicon lexicon, ReadOnlySpan<char> w, Span<char> scratch, Span<int> keys, Span<int> entries)
        {
            Lexicon = lexicon;
            _w = w;
            _scratch = scratch;
            _keys = keys;
            _entries = entries;
            _count = 0;
        }

        public readonly SegmenterLexicon Lexicon { get; }

        public readonly int Length => _w.Length;

        public readonly char Letter(int i) => _w[i];

        public readonly ReadOnlySpan<char> Letters(int start, int end) => _w[start..end];

        public int Frequency(int prefix, int start, int end, int suffix)
        {
            int e = Entry(prefix, start, end, suffix);
            return e < 0 ? 0 : Lexicon.FrequencyOf(e);
        }

        public int Entry(int prefix, int start, int end, int suffix)
        {
            int code = prefix | (suffix << 2) | (start << 6) | (end << 12);
            for (int i = 0; i < _count; i++)
            {
                if (_keys[i] == code) return _entries[i];
            }

            Span<char> s = _scratch;
            int p = 0;
            if (prefix != NoPrefix) s[p++] = Alef;
            if (prefix == ArticlePrefix) s[p++] = Lam;
            _w[start..end].CopyTo(s[p..]);
            p += end - start;
            switch (suffix)
            {
                case LastToTehMarbuta: s[p - 1] = TehMarbuta; break;
                case LastToHamza: s[p - 1] = Hamza; break;
                case AppendTehMarbuta: s[p++] = TehMarbuta; break;
                case AppendNoon: s[p++] = Noon; break;
                case AppendTeh: s[p++] = Teh; break;
                case AppendWawAlef: s[p++] = Waw; s[p++] = Alef; break;
                case AppendYehNoon: s[p++] = Yeh; s[p++] = Noon; break;
                case AppendWawNoon: s[p++] = Waw; s[p++] = Noon; break;
            }

            int entry = Lexicon.Find(s[..p]);
            if (_count < _keys.Length)
            {
                _keys[_count] = code;
                _entries[_count++] = entry;
            }

            return entry;
        }
    }

    /// <summary>One candidate: conjunction letters (0/1), middle clitic (0 none, 1 preposition, 2 ل of لل, 3 future),
    /// the letter where the article or stem starts, pronoun length, and whether the stem may start with the article.</summary>
    private readonly record struct Analysis(int Conjunction, int Middle, int StemStart, int Enclitic, bool Article);
}
