using System.Runtime.CompilerServices;
using Extraction.Arabic.Text;
using Extraction.Arabic.Tokenization;

namespace Extraction.Arabic.Entities.Features;

/// <summary>One token as the entity tagger sees it: a slice of a string and its kind.</summary>
/// <param name="Source">The string that holds the token (the document text, or the token itself).</param>
/// <param name="Start">Offset of the token in <paramref name="Source"/>.</param>
/// <param name="Length">Length of the token.</param>
/// <param name="Kind">The token kind.</param>
internal readonly record struct NerToken(string Source, int Start, int Length, TokenKind Kind)
{
    public ReadOnlySpan<char> Span => Source.AsSpan(Start, Length);

    public static NerToken FromString(string token) => new(token, 0, token.Length, NerText.KindOf(token));
}

/// <summary>Groups of feature templates that can be switched on or off (stored in the model file).</summary>
[Flags]
internal enum FeatureGroups : uint
{
    None = 0,
    /// <summary>Word, folded form, core and light stem of the token and of its ±2 neighbours; bigrams.</summary>
    Words = 1 << 0,
    /// <summary>Prefixes of the core and suffixes of the folded word, 1 to 4 letters.</summary>
    Affixes = 1 << 1,
    /// <summary>Shape and length; clitic flags.</summary>
    Shape = 1 << 2,
    /// <summary>Lexicon categories of the token and its neighbours, and multi-word lexicon matches.</summary>
    Lexicon = 1 << 3,
    /// <summary>Word clusters (coarse to fine) of the token and its neighbours.</summary>
    Clusters = 1 << 4,
    /// <summary>Document-level hints from a first tagging pass (two-stage model of Krishnan and Manning 2006) and the
    /// document topic.</summary>
    DocumentHints = 1 << 5,
    /// <summary>Letter trigrams of the core and its consonant/vowel skeleton (for unseen transliterated names).</summary>
    CharNgrams = 1 << 6,
    /// <summary>Everything but clusters and document hints.</summary>
    Base = Words | Affixes | Shape | Lexicon,
}

/// <summary>Looks up the word clusters of a folded word: three levels, coarse to fine.</summary>
internal delegate bool ClusterLookup(ReadOnlySpan<char> normalizedWord, out ushort c64, out ushort c256, out ushort c1024);

/// <summary>Per-token values computed once per sentence and shared by the features of neighbouring positions.</summary>
internal struct NerTokenAttributes
{
    public uint Norm, Core, Stem, Shape, LexKey;
    public uint Lex, PhraseB, PhraseI;
    public ushort C64, C256, C1024;
    public bool HasClusters;
    public byte Clitics, LengthBucket;
    public int NormStart, NormLength, CoreStart, CoreLength;
    /// <summary>Document hint: the entity type (1-based; 0 none) the first pass gave other occurrences of this
    /// word's key in the document, and how confident (0 = weak, 1 = majority, 2 = unanimous).</summary>
    public byte HintType, HintStrength, HintPosition;
    /// <summary>The key of the word with its proclitics و/ف and ب/ل/ك also stripped (document hints fall back to it).</summary>
    public uint StripKey;
    /// <summary>Document topic (0 none; see <see cref="Ner.DocumentTopic"/>), set for the second pass.</summary>
    public byte Topic;
}

/// <summary>Reusable buffers for one thread's sentence.</summary>
internal sealed class NerScratch
{
    public char[] Chars = new char[4096];
    public NerTokenAttributes[] Attributes = new NerTokenAttributes[256];
    public uint[] Features = new uint[256 * 96];
    public int[] Offsets = new int[257];
    public float[] Scores = new float[256 * 17];
    public int[] Back = new int[256 * 17];

    [ThreadStatic]
    private static NerScratch? t_instance;

    public static NerScratch ForThread => t_instance ??= new NerScratch();

    public void EnsureTokens(int n, int charCount, int labels)
    {
        if (Attributes.Length < n) Attributes = new NerTokenAttributes[Math.Max(n, Attributes.Length * 2)];
        if (Offsets.Length < n + 1) Offsets = new int[Math.Max(n + 1, Offsets.Length * 2)];
        if (Features.Length < n * NerFeatureExtractor.MaxFeaturesPerToken)
            Features = new uint[Math.Max(n * NerFeatureExtractor.MaxFeaturesPerToken, Features.Length * 2)];
        if (Chars.Length < charCount) Chars = new char[Math.Max(charCount, Chars.Length * 2)];
        if (Scores.Length < n * labels) Scores = new float[Math.Max(n * labels, Scores.Length * 2)];
        if (Back.Length < n * labels) Back = new int[Math.Max(n * labels, Back.Length * 2)];
    }
}

/// <summary>Turns a sentence of tokens into sparse hashed features, one list per token.</summary>
/// <remarks>
/// <para>Templates (each feature is the hash of a template id and a value; offsets are relative to the token):</para>
/// <list type="bullet">
/// <item>Words: bias; folded form at −2…+2; core (clitic-stripped) at −1, 0, +1; light10 stem at −1, 0, +1; folded
/// bigrams (−1,0) and (0,+1).</item>
/// <item>Affixes: core prefixes and folded suffixes of 1–4 letters.</item>
/// <item>Shape: shape class (Arabic, Latin capitalized/lower/upper, number, year, designator, punctuation, mixed) with
/// length bucket; shapes at (−1,0,+1); clitic flags (و/ف, preposition, article, pronoun, future).</item>
/// <item>Lexicon: each lexicon category of the token at −2…+2, and B/I of multi-word matches at 0; the distance to a
/// title up to 4 words back over titles and nisba adjectives only, and to an organization head noun up to 3 Arabic
/// words back.</item>
/// <item>Clusters: the 64/256/1024-way clusters at 0, the 256- and 1024-way ones at ±1, the 64-way ones at ±2,
/// and 256-way cluster bigrams (−1,0) and (0,+1).</item>
/// <item>Document hints: the type and confidence a first pass gave the same word (or its clitic-stripped form)
/// elsewhere in the document; the document topic (sports, business) crossed with the token's gazetteer class and
/// shape, a nisba adjective after it, its 256-way cluster and its hint type.</item>
/// </list>
/// <para>Immutable and thread-safe (buffers come from <see cref="NerScratch"/>).</para>
/// </remarks>
internal sealed class NerFeatureExtractor
{
    public const int MaxFeaturesPerToken = 112;

    /// <summary>Version of the feature templates; a model is only valid with the version it was trained with.</summary>
    public const int Version = 4;

    private const uint ShapeArabic = 1, ShapeLatinCap = 2, ShapeLatinLower = 3, ShapeLatinUpper = 4, ShapeNumber = 5,
        ShapeYear = 6, ShapeDesignator = 7, ShapePunct = 8, ShapeMixed = 9, ShapeOther = 10;

    private const byte CliticConj = 1, CliticPrep = 2, CliticArticle = 4, CliticPronoun = 8, CliticFuture = 16, CliticWaFallback = 32;

    // Template ids.
    private const uint TBias = 0, TNorm = 1, TCore = 6, TStem = 9, TBigramLeft = 12, TBigramRight = 13,
        TPrefix = 14, TSuffix = 18, TShape = 22, TShapes3 = 23, TClitics = 24, TLex = 25, TPhraseB = 30, TPhraseI = 31,
        TC64 = 32, TC256 = 33, TC1024 = 34, TC256Left = 35, TC256Right = 36, TShapeBoundary = 37, TNisbaNext = 38,
        THint = 40, THintPos = 41, THintWord = 42, TLexPair = 43, TTrigram = 44, TSkeleton = 45, TTitleChain = 46, TOrgChain = 47, TC1024Left = 48, TC1024Right = 49, TC64Left2 = 50, TC64Right2 = 51,
        TCBigramLeft = 52, TCBigramRight = 53, TTopicPlace = 54, TTopicNext = 55, TTopicCluster = 56, TTopicHint = 57;

    private static readonly uint s_boundaryLeft = FeatureHash.Of("<S>");
    private static readonly uint s_boundaryRight = FeatureHash.Of("</S>");

    private readonly NerLexicon _lexicon;
    private readonly ClusterLookup? _clusters;

    public NerFeatureExtractor(NerLexicon lexicon, FeatureGroups groups, ClusterLookup? clusters)
    {
        _lexicon = lexicon;
        Groups = clusters is null ? groups & ~FeatureGroups.Clusters : groups;
        _clusters = clusters;
    }

    public FeatureGroups Groups { get; }

    /// <summary>A hash of how <see cref="NerClusters.Default"/> treats a fixed set of probe words: the cluster
    /// features depend on the clusters, so a model trained with another fingerprint must be retrained. (The tagger's
    /// clitic features use its own prefix rules, not the segmenter.)</summary>
    public static string DependencyFingerprint()
    {
        string[] probes = ["\u0648\u0627\u0644\u0643\u062A\u0627\u0628", "\u0628\u0645\u0648\u0633\u0643\u0648", "\u0648\u0642\u0627\u0644",
            "\u0644\u0631\u0648\u0633\u064A\u0627", "\u0633\u064A\u0630\u0647\u0628", "\u0643\u062A\u0627\u0628\u0647\u0645",
            "\u0644\u0644\u0631\u0626\u064A\u0633", "\u0641\u0627\u0644\u0623\u0645\u0631", "\u0648\u0628\u0637\u0647\u0631\u0627\u0646",
            "\u0627\u0644\u0631\u0626\u064A\u0633", "\u0637\u0647\u0631\u0627\u0646"];
        uint clusters = FeatureHash.Empty;
        foreach (string w in probes)
        {
            if (NerClusters.Default is { } lookup && lookup(w, out ushort c64, out ushort c256, out ushort c1024))
                clusters = FeatureHash.Extend(clusters, (uint)(c64 << 20 | c256 << 10 | c1024));
        }

        return $"clusters:{clusters:x8}";
    }

    public NerLexicon Lexicon => _lexicon;

    /// <summary>Computes the per-token attributes of a sentence into <paramref name="scratch"/>.</summary>
    public void Analyze(ReadOnlySpan<NerToken> tokens, NerScratch scratch, int labels)
    {
        int n = tokens.Length;
        int chars = 0;
        foreach (var t in tokens) chars += Math.Min(t.Length, 64) * 2 + 4;
        scratch.EnsureTokens(n, chars * 2 + 16, labels);
        var attrs = scratch.Attributes;
        Span<char> buf = scratch.Chars;
        int pos = 0;
        for (int i = 0; i < n; i++)
        {
            ref var a = ref attrs[i];
            a = default;
            var token = tokens[i];
            // Very long tokens (URLs, runs of symbols) are cut: 64 code units say enough.
            ReadOnlySpan<char> surface = token.Span;
            if (surface.Length > 64) surface = surface[..64];
            int nlen = NerText.Fold(surface, buf.Slice(pos, surface.Length * 2 + 2));
            Span<char> folded = buf.Slice(pos, nlen);
            for (int k = 0; k < folded.Length; k++)
            {
                if (folded[k] is >= '1' and <= '9') folded[k] = '0';
            }

            a.NormStart = pos;
            a.NormLength = nlen;
            a.Norm = FeatureHash.Of(folded);
            pos += nlen;

            a.Shape = ShapeOf(token.Kind, surface, folded);
            a.LengthBucket = (byte)(nlen <= 2 ? nlen : nlen <= 4 ? 3 : nlen <= 7 ? 4 : 5);

            ReadOnlySpan<char> core = folded;
            int coreStart = a.NormStart;
            if (token.Kind == TokenKind.Word && NerText.IsArabicWord(folded))
            {
                // The core (word without proclitics and article) and the clitic flags come from the tagger's own prefix
                // rules, not from CliticSegmenter: measured on the dev part, segmenter cores and flags tag worse
                // (micro-F1 74.9 with segmenter cores, 76.1 with its flags only, 77.0 with these rules).
                {
                    core = NerText.StripPrefixes(folded);
                    coreStart = a.NormStart + folded.Length - core.Length;
                    if (core.Length < folded.Length)
                    {
                        if (folded[0] == ArabicChars.Waw && folded.Length >= 4) a.Clitics |= CliticWaFallback;
                        if (core.Length + 2 <= folded.Length - ((a.Clitics & CliticWaFallback) != 0 ? 1 : 0)) a.Clitics |= CliticArticle;
                    }
                }

                a.Stem = FeatureHash.Of(ArabicLightStemmer.Stem(folded));
            }
            else
            {
                a.Stem = a.Norm;
            }

            a.CoreStart = coreStart;
            a.CoreLength = core.Length;
            a.Core = FeatureHash.Of(core);

            if ((Groups & FeatureGroups.Lexicon) != 0)
            {
                a.Lex = _lexicon.Lookup(folded, out a.LexKey);
                if (IsNisbaShape(folded)) a.Lex |= (uint)LexiconCategory.Nisba;
            }
            else
            {
                a.LexKey = NerLexicon.Key(folded);
            }

            a.StripKey = NerLexicon.StripKey(folded);

            if (_clusters is not null && (Groups & FeatureGroups.Clusters) != 0)
            {
                a.HasClusters = _clusters(folded, out a.C64, out a.C256, out a.C1024)
                    || (core.Length != folded.Length && !core.IsEmpty && _clusters(core, out a.C64, out a.C256, out a.C1024));
            }
        }

        if ((Groups & FeatureGroups.Lexicon) != 0) MatchPhrases(attrs.AsSpan(0, n));
    }

    private void MatchPhrases(Span<NerTokenAttributes> attrs)
    {
        for (int i = 0; i < attrs.Length; i++)
        {
            uint h = FeatureHash.Extend(FeatureHash.Empty, attrs[i].LexKey);
            if (!_lexicon.IsPhrasePrefix(h)) continue;
            int bestEnd = -1;
            uint bestFlags = 0;
            for (int j = i + 1; j < attrs.Length && j < i + NerLexicon.MaxPhraseWords; j++)
            {
                h = FeatureHash.Extend(h, attrs[j].LexKey);
                uint f = _lexicon.PhraseFlags(h);
                if (f != 0)
                {
                    bestEnd = j;
                    bestFlags = f;
                }

                if (!_lexicon.IsPhrasePrefix(h)) break;
            }

            if (bestEnd < 0) continue;
            attrs[i].PhraseB |= bestFlags;
            for (int j = i + 1; j <= bestEnd; j++) attrs[j].PhraseI |= bestFlags;
        }
    }

    /// <summary>Writes the features of every token: token <c>i</c> gets
    /// <c>Features[Offsets[i]..Offsets[i+1]]</c>. Call <see cref="Analyze"/> first.</summary>
    public void Extract(int n, NerScratch scratch)
    {
        var attrs = scratch.Attributes;
        var f = scratch.Features;
        var offsets = scratch.Offsets;
        int k = 0;
        var groups = Groups;
        ReadOnlySpan<char> chars = scratch.Chars;
        for (int i = 0; i < n; i++)
        {
            offsets[i] = k;
            ref readonly var a = ref attrs[i];
            f[k++] = FeatureHash.Feature(TBias, 0);
            if ((groups & FeatureGroups.Words) != 0)
            {
                f[k++] = FeatureHash.Feature(TNorm + 2, a.Norm);
                f[k++] = FeatureHash.Feature(TNorm + 1, NormAt(attrs, n, i - 1));
                f[k++] = FeatureHash.Feature(TNorm + 3, NormAt(attrs, n, i + 1));
                f[k++] = FeatureHash.Feature(TNorm + 0, NormAt(attrs, n, i - 2));
                f[k++] = FeatureHash.Feature(TNorm + 4, NormAt(attrs, n, i + 2));
                f[k++] = FeatureHash.Feature(TCore + 1, a.Core);
                f[k++] = FeatureHash.Feature(TStem + 1, a.Stem);
                if (i > 0)
                {
                    f[k++] = FeatureHash.Feature(TCore + 0, attrs[i - 1].Core);
                    f[k++] = FeatureHash.Feature(TStem + 0, attrs[i - 1].Stem);
                }

                if (i + 1 < n)
                {
                    f[k++] = FeatureHash.Feature(TCore + 2, attrs[i + 1].Core);
                    f[k++] = FeatureHash.Feature(TStem + 2, attrs[i + 1].Stem);
                }

                f[k++] = FeatureHash.Feature(TBigramLeft, NormAt(attrs, n, i - 1), a.Norm);
                f[k++] = FeatureHash.Feature(TBigramRight, a.Norm, NormAt(attrs, n, i + 1));
            }

            if ((groups & FeatureGroups.Affixes) != 0)
            {
                ReadOnlySpan<char> norm = chars.Slice(a.NormStart, a.NormLength);
                ReadOnlySpan<char> core = chars.Slice(a.CoreStart, a.CoreLength);
                for (int m = 1; m <= 4; m++)
                {
                    if (core.Length > m) f[k++] = FeatureHash.Feature(TPrefix + (uint)m - 1, FeatureHash.Of(core[..m]));
                    if (norm.Length > m) f[k++] = FeatureHash.Feature(TSuffix + (uint)m - 1, FeatureHash.Of(norm[^m..]));
                }
            }

            if ((groups & FeatureGroups.CharNgrams) != 0 && a.CoreLength >= 3)
            {
                ReadOnlySpan<char> core = chars.Slice(a.CoreStart, a.CoreLength);
                uint skeleton = FeatureHash.Empty;
                foreach (char c in core)
                {
                    char v = c is '\u0627' or '\u0648' or '\u064A' or '\u0649' ? 'a' : c == '\u0629' ? 't' : 'c';
                    skeleton = (skeleton ^ v) * 16777619;
                }

                f[k++] = FeatureHash.Feature(TSkeleton, skeleton);
                int trigrams = Math.Min(core.Length - 2, 10);
                for (int m = 0; m < trigrams; m++) f[k++] = FeatureHash.Feature(TTrigram, FeatureHash.Of(core.Slice(m, 3)));
            }

            if ((groups & FeatureGroups.Shape) != 0)
            {
                uint left = i > 0 ? attrs[i - 1].Shape : 0, right = i + 1 < n ? attrs[i + 1].Shape : 0;
                f[k++] = FeatureHash.Feature(TShape, a.Shape * 16 + a.LengthBucket);
                f[k++] = FeatureHash.Feature(TShapes3, left * 256 + a.Shape * 16 + right);
                f[k++] = FeatureHash.Feature(TClitics, a.Clitics);
                if (i == 0 || i == n - 1) f[k++] = FeatureHash.Feature(TShapeBoundary, (i == 0 ? 1u : 2u) * 16 + a.Shape);
            }

            if ((groups & FeatureGroups.Lexicon) != 0)
            {
                for (int d = -2; d <= 2; d++)
                {
                    int j = i + d;
                    if (j < 0 || j >= n) continue;
                    uint lex = attrs[j].Lex & ~TopicWords;
                    while (lex != 0 && k < MaxFeaturesPerToken * (i + 1) - 24)
                    {
                        uint bit = (uint)System.Numerics.BitOperations.TrailingZeroCount(lex);
                        lex &= lex - 1;
                        f[k++] = FeatureHash.Feature(TLex + (uint)(d + 2), bit);
                    }
                }

                uint pb = a.PhraseB, pi = a.PhraseI;
                while (pb != 0 && k < MaxFeaturesPerToken * (i + 1) - 22)
                {
                    uint bit = (uint)System.Numerics.BitOperations.TrailingZeroCount(pb);
                    pb &= pb - 1;
                    f[k++] = FeatureHash.Feature(TPhraseB, bit);
                }

                while (pi != 0 && k < MaxFeaturesPerToken * (i + 1) - 20)
                {
                    uint bit = (uint)System.Numerics.BitOperations.TrailingZeroCount(pi);
                    pi &= pi - 1;
                    f[k++] = FeatureHash.Feature(TPhraseI, bit);
                }

                // The category pair (previous, current) captures "title before a name-like word" and similar.
                uint prevLex = i > 0 ? LowestCategory(attrs[i - 1].Lex & ~TopicWords) : 31;
                f[k++] = FeatureHash.Feature(TLexPair, prevLex, LowestCategory(a.Lex & ~TopicWords));
                if (i + 1 < n && (attrs[i + 1].Lex & (uint)LexiconCategory.Nisba) != 0)
                    f[k++] = FeatureHash.Feature(TNisbaNext, a.Shape);

                // A title up to 4 words back with only titles and nisba adjectives between ("وزير الخارجية الإيراني X"),
                // and an organization head noun up to 3 words back with only Arabic words between.
                const uint titleLike = (uint)(LexiconCategory.Title | LexiconCategory.Nisba);
                for (int j = i - 1, d = 1; j >= 0 && d <= 4; j--, d++)
                {
                    uint lj = attrs[j].Lex | attrs[j].PhraseB | attrs[j].PhraseI;
                    if ((lj & (uint)LexiconCategory.Title) != 0)
                    {
                        f[k++] = FeatureHash.Feature(TTitleChain, (uint)d);
                        break;
                    }

                    if ((lj & titleLike) == 0) break;
                }

                for (int j = i - 1, d = 1; j >= 0 && d <= 3; j--, d++)
                {
                    if ((attrs[j].Lex & (uint)LexiconCategory.OrgHead) != 0)
                    {
                        f[k++] = FeatureHash.Feature(TOrgChain, (uint)d * 16 + a.Shape);
                        break;
                    }

                    if (attrs[j].Shape != ShapeArabic) break;
                }
            }

            if ((groups & FeatureGroups.Clusters) != 0)
            {
                if (a.HasClusters)
                {
                    f[k++] = FeatureHash.Feature(TC64, a.C64);
                    f[k++] = FeatureHash.Feature(TC256, a.C256);
                    f[k++] = FeatureHash.Feature(TC1024, a.C1024);
                }

                if (i > 0 && attrs[i - 1].HasClusters)
                {
                    f[k++] = FeatureHash.Feature(TC256Left, attrs[i - 1].C256);
                    f[k++] = FeatureHash.Feature(TC1024Left, attrs[i - 1].C1024);
                    if (a.HasClusters) f[k++] = FeatureHash.Feature(TCBigramLeft, attrs[i - 1].C256, a.C256);
                }

                if (i + 1 < n && attrs[i + 1].HasClusters)
                {
                    f[k++] = FeatureHash.Feature(TC256Right, attrs[i + 1].C256);
                    f[k++] = FeatureHash.Feature(TC1024Right, attrs[i + 1].C1024);
                    if (a.HasClusters) f[k++] = FeatureHash.Feature(TCBigramRight, a.C256, attrs[i + 1].C256);
                }

                if (i > 1 && attrs[i - 2].HasClusters) f[k++] = FeatureHash.Feature(TC64Left2, attrs[i - 2].C64);
                if (i + 2 < n && attrs[i + 2].HasClusters) f[k++] = FeatureHash.Feature(TC64Right2, attrs[i + 2].C64);
            }

            if ((groups & FeatureGroups.DocumentHints) != 0) k += HintFeatures(attrs.AsSpan(0, n), i, f.AsSpan(k));
        }

        offsets[n] = k;
    }

    /// <summary>Writes the document-level features of token <paramref name="i"/> (at most
    /// <see cref="MaxHintFeatures"/>) and returns how many: the first pass's hint (three features) and the document
    /// topic crossed with the token's gazetteer class, shape, cluster and right neighbour. They are the only features
    /// that differ between the two passes, so the second pass adds just their weights to the first pass's scores.</summary>
    public static int HintFeatures(ReadOnlySpan<NerTokenAttributes> attrs, int i, Span<uint> destination)
    {
        ref readonly var a = ref attrs[i];
        int k = 0;
        if (a.HintType != 0)
        {
            destination[k++] = FeatureHash.Feature(THint, (uint)a.HintType * 4 + a.HintStrength);
            destination[k++] = FeatureHash.Feature(THintPos, (uint)a.HintType * 16 + (uint)a.HintPosition * 4 + a.HintStrength);
            destination[k++] = FeatureHash.Feature(THintWord, (uint)a.HintType, a.Shape);
        }

        if (a.Topic != 0)
        {
            uint t = a.Topic;
            uint place = PlaceClass(a.Lex);
            uint nisbaNext = i + 1 < attrs.Length && (attrs[i + 1].Lex & (uint)LexiconCategory.Nisba) != 0 ? 1u : 0u;
            destination[k++] = FeatureHash.Feature(TTopicPlace, t * 64 + place * 16 + a.Shape);
            destination[k++] = FeatureHash.Feature(TTopicNext, t * 64 + nisbaNext * 16 + place);
            if (a.HasClusters) destination[k++] = FeatureHash.Feature(TTopicCluster, t, a.C256);
            destination[k++] = FeatureHash.Feature(TTopicHint, t * 16 + a.HintType);
        }

        return k;
    }

    /// <summary>Most document-level features one token can get.</summary>
    public const int MaxHintFeatures = 8;

    private static uint PlaceClass(uint lex) =>
        (lex & (uint)LexiconCategory.City) != 0 ? 1u
        : (lex & (uint)LexiconCategory.Country) != 0 ? 2u
        : (lex & (uint)LexiconCategory.PersonToken) != 0 ? 3u
        : 0u;

    /// <summary>Lexicon categories that only mark the document topic: no token features of their own.</summary>
    private const uint TopicWords = (uint)(LexiconCategory.SportsWord | LexiconCategory.BusinessWord);

    private static uint LowestCategory(uint lex) => lex == 0 ? 0 : 1 + (uint)System.Numerics.BitOperations.TrailingZeroCount(lex);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint NormAt(NerTokenAttributes[] attrs, int n, int i)
        => i < 0 ? s_boundaryLeft : i >= n ? s_boundaryRight : attrs[i].Norm;

    private static uint ShapeOf(TokenKind kind, ReadOnlySpan<char> surface, ReadOnlySpan<char> folded)
    {
        switch (kind)
        {
            case TokenKind.Word:
                foreach (char c in folded)
                {
                    if (c is >= '0' and <= '9') return ShapeMixed;
                }

                return ShapeArabic;
            case TokenKind.Latin:
                bool upper0 = surface.Length > 0 && char.IsUpper(surface[0]);
                bool allUpper = upper0;
                foreach (char c in surface)
                {
                    if (char.IsLower(c)) { allUpper = false; break; }
                }

                return allUpper && surface.Length > 1 ? ShapeLatinUpper : upper0 ? ShapeLatinCap : ShapeLatinLower;
            case TokenKind.Number:
                return folded.Length == 4 ? ShapeYear : ShapeNumber;
            case TokenKind.Designator:
                return ShapeDesignator;
            case TokenKind.Punctuation:
                return ShapePunct;
            default:
                return ShapeOther;
        }
    }

    /// <summary>The nisba pattern: ال + at least 3 letters + ي or ية (الإيراني، الروسية).</summary>
    private static bool IsNisbaShape(ReadOnlySpan<char> w)
    {
        if (w.Length < 6 || w[0] != ArabicChars.Alef || w[1] != ArabicChars.Lam) return false;
        if (w[^1] == ArabicChars.Yeh) return w.Length >= 6;
        return w.Length >= 7 && w[^1] == ArabicChars.TehMarbuta && w[^2] == ArabicChars.Yeh;
    }
}
