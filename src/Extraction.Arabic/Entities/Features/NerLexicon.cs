namespace Extraction.Arabic.Entities.Features;

/// <summary>Categories of the word lists the entity model consults (one bit each).</summary>
[Flags]
internal enum LexiconCategory : uint
{
    None = 0,
    /// <summary>A city or town (GeoNames cities with at least 15,000 inhabitants).</summary>
    City = 1 << 0,
    /// <summary>A country or territory name.</summary>
    Country = 1 << 1,
    /// <summary>A token of a person's name (Wikidata name tokens).</summary>
    PersonToken = 1 << 2,
    /// <summary>A frequent token of a person's name (seen at least 3 times upstream).</summary>
    PersonTokenFrequent = 1 << 3,
    /// <summary>A title or role word before a name (الرئيس، السفير، وزير …).</summary>
    Title = 1 << 4,
    /// <summary>A head noun of organization names (وكالة، مجلس، وزارة …).</summary>
    OrgHead = 1 << 5,
    /// <summary>A head noun of place names (مدينة، محافظة، جزيرة …).</summary>
    LocHead = 1 << 6,
    /// <summary>A nationality or relational adjective (الإيراني، الروسية …), listed or by the nisba pattern.</summary>
    Nisba = 1 << 7,
    /// <summary>A particle inside names (أبو، بن، عبد، آل …).</summary>
    NameParticle = 1 << 8,
    /// <summary>A verb that introduces reported speech (قال، أضاف، أكد …).</summary>
    ReportVerb = 1 << 9,
    /// <summary>A common given name.</summary>
    GivenName = 1 << 10,
    /// <summary>A word that names a currency, religion or event kind (ANERcorp MISC-style heads).</summary>
    MiscHead = 1 << 11,
    /// <summary>A function word (never a name by itself).</summary>
    FunctionWord = 1 << 12,
    /// <summary>A word typical of sports reports (مباراة، الدوري، الشوط …): marks the document topic.</summary>
    SportsWord = 1 << 13,
    /// <summary>A word typical of business and economy reports (شركة، مبيعات، الأسهم …): marks the document topic.</summary>
    BusinessWord = 1 << 14,
    /// <summary>Mostly tagged PERSON by a first model on unlabeled Wikipedia text (see <c>AutoLexicon</c> in the
    /// training tool).</summary>
    AutoPerson = 1 << 15,
    /// <summary>Mostly tagged ORGANIZATION by a first model on unlabeled Wikipedia text.</summary>
    AutoOrganization = 1 << 16,
    /// <summary>Mostly tagged LOCATION by a first model on unlabeled Wikipedia text.</summary>
    AutoLocation = 1 << 17,
    /// <summary>Mostly tagged MISC by a first model on unlabeled Wikipedia text.</summary>
    AutoMisc = 1 << 18,
    /// <summary>With one of the Auto types: tagged so in at least two thirds of its occurrences.</summary>
    AutoStrong = 1 << 19,
}

/// <summary>Single-word and multi-word lists keyed by 32-bit hashes of article-stripped folded words.</summary>
/// <remarks>Lookup of a word tries, in order: the folded word without its article; without a leading و or ف; then
/// also without a leading ب، ل or ك (each time without the article). Phrases are matched longest first on the
/// same keys. Immutable after construction; thread-safe.</remarks>
internal sealed class NerLexicon
{
    public const int MaxPhraseWords = 6;

    private readonly Dictionary<uint, uint> _words = [];
    private readonly Dictionary<uint, uint> _phrases = [];
    private readonly HashSet<uint> _prefixes = [];

    public NerLexicon(IEnumerable<(uint Flags, string Phrase)> entries)
    {
        Span<char> buf = stackalloc char[512];
        var keys = new List<uint>(MaxPhraseWords);
        foreach (var (flags, phrase) in entries)
        {
            keys.Clear();
            foreach (string w in phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (w.Length > 200) continue;
                int n = NerText.Fold(w, buf);
                keys.Add(FeatureHash.Of(NerText.StripArticle(buf[..n])));
            }

            if (keys.Count == 0 || keys.Count > MaxPhraseWords) continue;
            Count++;
            if (keys.Count == 1)
            {
                _words[keys[0]] = _words.GetValueOrDefault(keys[0]) | flags;
                continue;
            }

            uint h = FeatureHash.Empty;
            for (int k = 0; k < keys.Count; k++)
            {
                h = FeatureHash.Extend(h, keys[k]);
                if (k < keys.Count - 1) _prefixes.Add(h);
            }

            _phrases[h] = _phrases.GetValueOrDefault(h) | flags;
        }
    }

    /// <summary>Number of entries.</summary>
    public int Count { get; }

    public static NerLexicon Empty { get; } = new([]);

    /// <summary>The key of a folded word: the hash of the word without its article.</summary>
    public static uint Key(ReadOnlySpan<char> folded) => FeatureHash.Of(NerText.StripArticle(folded));

    /// <summary>The key of a folded word without a leading و or ف (when 3 letters remain), then without a leading ب، ل
    /// or ك (when 4 letters remain), and without its article: <c>ومتعب</c>, <c>بعبدالاله</c> and <c>للأهلي</c> get the
    /// key of <c>متعب</c>, <c>عبدالاله</c> and <c>الأهلي</c>.</summary>
    public static uint StripKey(ReadOnlySpan<char> folded)
    {
        ReadOnlySpan<char> w = folded;
        if (w.Length >= 4 && w[0] is '\u0648' or '\u0641') w = w[1..];
        if (w.Length >= 5 && (w[0] is '\u0628' or '\u0644' or '\u0643') && !(w[0] == '\u0644' && w[1] == '\u0644')) w = w[1..];
        return Key(w);
    }

    /// <summary>The categories of a folded word, trying clitic-stripped variants; <paramref name="key"/> receives
    /// the key that matched (or the plain key).</summary>
    public uint Lookup(ReadOnlySpan<char> folded, out uint key)
    {
        key = Key(folded);
        if (_words.TryGetValue(key, out uint f)) return f;
        ReadOnlySpan<char> w = folded;
        if (w.Length >= 3 && w[0] is '\u0648' or '\u0641')
        {
            w = w[1..];
            uint k2 = Key(w);
            if (_words.TryGetValue(k2, out f)) { key = k2; return f; }
        }

        if (w.Length >= 4 && w[0] is '\u0628' or '\u0644' or '\u0643')
        {
            uint k3 = Key(w[1..]);
            if (_words.TryGetValue(k3, out f)) { key = k3; return f; }
        }

        return 0;
    }

    /// <summary>The categories of exactly this folded word (article-stripped, no other clitic variants).</summary>
    public uint LookupExact(ReadOnlySpan<char> folded) => _words.GetValueOrDefault(Key(folded));

    public bool IsPhrasePrefix(uint phraseHash) => _prefixes.Contains(phraseHash);

    public uint PhraseFlags(uint phraseHash) => _phrases.GetValueOrDefault(phraseHash);
}
