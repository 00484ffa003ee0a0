using System.Collections.Frozen;
using Extraction.Arabic.Text;
using Extraction.Arabic.Tokenization;

namespace Extraction.Arabic.Dates;

/// <summary>What a temporal trigger word is.</summary>
internal enum LexKind : byte
{
    None = 0,
    GregorianMonth,
    LevantineHead,   // كانون / تشرين, completed by الأول / الثاني
    HijriMonth,
    HijriHead,       // ربيع / جمادى / ذو, completed by the next word
    PersianMonth,
    Weekday,         // with the article, or an English name
    WeekdayBare,     // without the article: only after يوم
    Yom,             // يوم
    Today,           // اليوم
    Yesterday,       // أمس، البارحة
    Tomorrow,        // غدا، الغد
    Ghad,            // غد (after بعد)
    First,           // أول (أول أمس)
    After,           // بعد (بعد غد)
    Tonight,         // الليلة
    DayPart,         // صباح، مساء، ظهر، ليلة، فجر (before أمس/اليوم/الغد; Value: the hour below which a time in it is after noon)
    UnitNoun,        // الأسبوع، الشهر، العام، السنة (with a relative modifier)
    RelModifier,     // الماضي(-1) الجاري(0) المقبل(+1) …
    This,            // هذا، هذه
    PartModifier,    // مطلع، بداية، منتصف، أواخر، نهاية، أوائل
    Ordinal,         // الأول … العاشر (day numbers)
    Cardinal,        // ثلاثة، خمس … (counts)
    Few,             // بضعة، عدة
    Unit,            // يوم/أيام/يومين، أسبوع، شهر، عام، سنة، ساعة، دقيقة (Value = unit, Dual flag)
    PluralUnit,      // الأيام، الأسابيع، الأشهر، الساعات، السنوات (vague: خلال الأيام الماضية)
    Vague,           // الماضية، الأخيرة، المقبلة، القادمة، القليلة (after a plural unit)
    DurationTrigger, // لمدة، مدة، طيلة، طوال، غضون، مدى، مدار
    Within,          // خلال
    Ago,             // قبل، منذ
    Every,           // كل
    SetAdverb,       // سنويا، شهريا، أسبوعيا، يوميا
    YearWord,        // عام، العام، سنة، لعام
    MonthWord,       // شهر
    Min,             // من
    Earlier,         // سابق (في وقت سابق)
    Time,            // وقت
    EraMarker,       // م، ميلادي، ميلادية (Gregorian) / هـ، هجري، هجرية (Hijri)
    Hour,            // الساعة
    HourWord,        // الواحدة … الثانية عشرة
    Fraction,        // والنصف، والربع
    Period,          // صباحا، فجرا، ظهرا، عصرا، مساء، ليلا (Value = hour offset class)
    ZoneHead,        // بتوقيت، توقيت، بالتوقيت، GMT, UTC
    ZoneName,        // غرينتش، المحلي، مكة، القدس …
    Preposition,     // في، منذ، حتى، خلال … (context for bare years and ambiguous months)
    Future,          // سوف
    EventNoun,       // حرب، الانتفاضة، ثورة، زلزال، انتخابات، كأس … (a bare year after it names the event's year)
}

/// <summary>On what condition an anchor word anchors an expression (<see cref="DateAnchorRecorder"/>).</summary>
internal enum AnchorClass : byte
{
    /// <summary>No anchor.</summary>
    None,

    /// <summary>Always an anchor.</summary>
    Always,

    /// <summary>An Iranian month and nothing else (دي، لدي): an anchor only if the next token may give it a year
    /// (<see cref="TemporalTagger.MayContinueYearlessMonth"/>).</summary>
    BeforeYear,
}

/// <summary>A trigger word: its kind, value and the clitic letters before it.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="Value">Month number, weekday (0 = Sunday), count, modifier, unit code…</param>
/// <param name="PrefixLetters">Letters of a proclitic (و، ف، ب، ل، ك) before the word, not part of the mention.</param>
/// <param name="Flags">Extra facts (<see cref="LexFlags"/>).</param>
internal readonly record struct LexEntry(LexKind Kind, int Value, byte PrefixLetters, LexFlags Flags);

/// <summary>The readings of a lexicon key (<see cref="TemporalLexicon.LookupInfo"/>) with what the tagger asks about
/// them on every question: the union of their kinds and whether the word may stand before an expression's first
/// anchor, both computed once per key instead of once per question.</summary>
internal sealed class LexInfo
{
    /// <summary>No reading, no lead word.</summary>
    public static readonly LexInfo None = new([], leadWord: false);

    /// <param name="entries">The key's readings.</param>
    /// <param name="leadWord">Whether the key is one of the lead words without a lead reading (في، على، ال …).</param>
    public LexInfo(LexEntry[] entries, bool leadWord)
    {
        Entries = entries;
        Kinds = TemporalLexicon.KindsOf(entries);
        Lead = (Kinds & TemporalLexicon.LeadKinds) != 0 || leadWord;
    }

    /// <summary>The readings (the array <see cref="TemporalLexicon.Lookup"/> returns).</summary>
    public LexEntry[] Entries { get; }

    /// <summary>The union of the readings' kinds (<see cref="TemporalLexicon.KindsOf"/>).</summary>
    public ulong Kinds { get; }

    /// <summary>Whether the word may stand in an expression before its first anchor: a reading of a
    /// <see cref="TemporalLexicon.LeadKinds"/> kind, or a lead word (<see cref="TemporalLexicon.IsLeadWord"/>).</summary>
    public bool Lead { get; }
}

/// <summary>Extra facts about a trigger word.</summary>
[Flags]
internal enum LexFlags : byte
{
    None = 0,
    /// <summary>Also a common word (مارس "practised", آب "father", صفر "zero"): needs date context.</summary>
    Ambiguous = 1,
    /// <summary>A dual form (يومين): count 2.</summary>
    Dual = 2,
    /// <summary>Hijri era marker.</summary>
    Hijri = 4,
    /// <summary>The word carries the article ال.</summary>
    Definite = 8,
    /// <summary>A plural unit (أيام، أشهر): needs an explicit count.</summary>
    Plural = 16,
    /// <summary>A month only when written with alef madda (آب): the other spellings that normalize to the same key
    /// are other words (أب "father", إب the Yemeni city), and so are its clitic forms without the madda (باب "door",
    /// كأب "as a father").</summary>
    MaddaOnly = 32,
    /// <summary>Also a noun (colloquial بكرة "tomorrow" is also ب + كرة in بكرة القدم "at football" and بكرة رأسية "with a
    /// header", بكرة "early morning" in بكرة وأصيلا, بكرا "virgin" or a place name in بكرا العقيق, and عن بكرة أبيهم "all of
    /// them"): not temporal before a word that is no temporal word, or after عن.</summary>
    NounHomograph = 64,
}

/// <summary>Unit codes for <see cref="LexKind.Unit"/>.</summary>
internal static class TimeUnit
{
    public const int Year = 1, Month = 2, Week = 3, Day = 4, Hour = 5, Minute = 6;
}

/// <summary>The temporal trigger lexicon: every key is a normalized form (<see cref="ArabicNormalizer.Default"/>),
/// also with ة folded to ه, and with the proclitics و، ف، ب، ل، ك (and وب، ول، فب) in front.</summary>
internal static class TemporalLexicon
{
    // Declared before s_entries: static fields initialize in text order.
    private static readonly string[] s_prefixes = ["و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك"];

    private static readonly FrozenDictionary<string, LexEntry[]> s_entries = Build();

    /// <summary>The words with no reading of a <see cref="LeadKinds"/> kind that may still stand in an expression before
    /// its first anchor: في، على، the article ال (الـ18), نحو، حوالي، أكثر, and the first words of compound numbers that
    /// have no reading of their own or only a weekday one (أحد عشر، إحدى عشرة، اثنا عشر; normalized, with and without folded alef maksura).</summary>
    private static readonly string[] s_leadWords = ["في", "علي", "ال", "نحو", "حوالي", "اكثر", "احد", "احدي", "احدى", "اثنا", "اثني", "اثنتا", "اثنتي"];

    /// <summary>A filter over every key and every lead word (<see cref="s_leadWords"/>, which <see cref="LookupInfo"/>
    /// finds too): most words are rejected by two bit tests, without hashing the whole string.</summary>
    private static readonly ulong[] s_filter = BuildFilter(s_entries.Keys.Concat(s_leadWords));

    /// <summary>Every key, and every lead word that is none, with what the tagger asks about its readings.</summary>
    private static readonly FrozenDictionary<string, LexInfo> s_info = s_entries
        .Select(kv => KeyValuePair.Create(kv.Key, new LexInfo(kv.Value, Array.IndexOf(s_leadWords, kv.Key) >= 0)))
        .Concat(s_leadWords.Where(w => !s_entries.ContainsKey(w)).Distinct().Select(w => KeyValuePair.Create(w, new LexInfo([], leadWord: true))))
        .ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The kinds of which every temporal expression contains at least one (<see cref="TemporalTagger"/> only
    /// looks around such words and number tokens). The others only ever stand before or after one of these.</summary>
    internal const ulong AnchorKinds =
        1UL << (int)LexKind.GregorianMonth | 1UL << (int)LexKind.LevantineHead | 1UL << (int)LexKind.HijriMonth
        | 1UL << (int)LexKind.HijriHead | 1UL << (int)LexKind.PersianMonth | 1UL << (int)LexKind.Weekday | 1UL << (int)LexKind.Yom
        | 1UL << (int)LexKind.Today | 1UL << (int)LexKind.Yesterday | 1UL << (int)LexKind.Tomorrow | 1UL << (int)LexKind.Ghad
        | 1UL << (int)LexKind.Tonight | 1UL << (int)LexKind.UnitNoun | 1UL << (int)LexKind.Unit | 1UL << (int)LexKind.PluralUnit
        | 1UL << (int)LexKind.SetAdverb | 1UL << (int)LexKind.YearWord | 1UL << (int)LexKind.MonthWord | 1UL << (int)LexKind.Hour;

    /// <summary>The kinds that may stand in an expression before its first anchor (<see cref="AnchorKinds"/>).</summary>
    internal const ulong LeadKinds =
        1UL << (int)LexKind.DayPart | 1UL << (int)LexKind.PartModifier | 1UL << (int)LexKind.Ordinal | 1UL << (int)LexKind.Min
        | 1UL << (int)LexKind.Time | 1UL << (int)LexKind.Earlier | 1UL << (int)LexKind.This | 1UL << (int)LexKind.First
        | 1UL << (int)LexKind.After | 1UL << (int)LexKind.Ago | 1UL << (int)LexKind.Cardinal | 1UL << (int)LexKind.Few
        | 1UL << (int)LexKind.Within | 1UL << (int)LexKind.DurationTrigger | 1UL << (int)LexKind.Every;

    /// <summary>Every key with a reading of an <see cref="AnchorKinds"/> kind, and its readings.</summary>
    private static readonly KeyValuePair<string, LexEntry[]>[] s_anchorKeys =
        [.. s_entries.Where(kv => Array.Exists(kv.Value, e => (AnchorKinds & (1UL << (int)e.Kind)) != 0))];

    /// <summary>The readings of each of <see cref="s_anchorKeys"/>, by its index there (its anchor id).</summary>
    private static readonly LexInfo[] s_anchorReadings = [.. s_anchorKeys.Select(kv => s_info[kv.Key])];

    /// <summary>Every anchor key, its <see cref="AnchorClass"/> and its anchor id.</summary>
    private static readonly FrozenDictionary<string, (AnchorClass Class, ushort Id)> s_anchors = s_anchorKeys
        .Select((kv, id) => (kv.Key, Value: (ClassOf(kv.Value), checked((ushort)id))))
        .ToFrozenDictionary(x => x.Key, x => x.Value, StringComparer.Ordinal);

    /// <summary>The readings of an anchor word by the id <see cref="ClassifyWord"/> gave (what <see cref="Lookup"/>
    /// returns for the word).</summary>
    public static LexEntry[] AnchorReadings(ushort id) => s_anchorReadings[id].Entries;

    /// <summary>The readings of an anchor word by its id, as <see cref="LookupInfo"/> gives them.</summary>
    public static LexInfo AnchorInfo(ushort id) => s_anchorReadings[id];

    /// <summary>The filter of the anchor test, which the text-analysis stage runs on every word: one bit per anchor key
    /// of two letters or more in 262,144 (<see cref="AnchorFilterBit"/>). One load and no second hash make it about
    /// 0.3 ns a word cheaper on news text (0.7 on the seeds) than two bits in 131,072 as <see cref="s_filter"/>, for
    /// 2.5% of the words of news text passing instead of 2.3% (one-letter words included; 1.8% are anchors).</summary>
    private static readonly ulong[] s_anchorFilter = BuildAnchorFilter(s_anchors.Keys);

    /// <summary>Whether a word (a token of any kind but number and punctuation) is an anchor of a temporal expression,
    /// and on what condition: its normalized form has an <see cref="AnchorKinds"/> reading. One bit test for most
    /// words (<see cref="MayBeAnchorWord"/>), a hash lookup for the few that pass it. Numbers are anchors by other
    /// rules (<see cref="DateAnchorRecorder"/>).</summary>
    /// <param name="normalized">The word's normalized form.</param>
    /// <param name="readingsId">For an anchor, the id of its readings (<see cref="AnchorReadings"/>), else 0.</param>
    /// <returns><see cref="AnchorClass.None"/> for a word that is no anchor.</returns>
    public static AnchorClass ClassifyWord(string normalized, out ushort readingsId)
    {
        if (MayBeAnchorWord(normalized) && s_anchors.TryGetValue(normalized, out var a))
        {
            readingsId = a.Id;
            return a.Class;
        }

        readingsId = 0;
        return AnchorClass.None;
    }

    /// <summary>False when a word is certainly no anchor (<see cref="ClassifyWord"/> would return
    /// <see cref="AnchorClass.None"/>): one bit test, small enough to inline into the text-analysis stage's loop; a
    /// one-letter word always may be.</summary>
    /// <param name="normalized">The word's normalized form.</param>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool MayBeAnchorWord(string normalized)
    {
        if (normalized.Length < 2) return normalized.Length == 1;
        uint bit = AnchorFilterBit(normalized);
        return (s_anchorFilter[bit >> 6] & (1UL << (int)bit)) != 0;
    }

    /// <summary>The bit of <see cref="s_anchorFilter"/> for a string of two letters or more: the top 18 bits of its
    /// <see cref="FilterHash"/>.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static uint AnchorFilterBit(string s) => FilterHash(s) >> 14;

    /// <summary>The 262,144-bit <see cref="s_anchorFilter"/>.</summary>
    private static ulong[] BuildAnchorFilter(IEnumerable<string> keys)
    {
        var filter = new ulong[4096];
        foreach (string key in keys)
        {
            if (key.Length < 2) continue;
            uint bit = AnchorFilterBit(key);
            filter[bit >> 6] |= 1UL << (int)bit;
        }

        return filter;
    }

    /// <summary>The class of an anchor key: <see cref="AnchorClass.BeforeYear"/> when every reading is an Iranian month
    /// (دي، لدي).</summary>
    private static AnchorClass ClassOf(LexEntry[] entries)
        => KindsOf(entries) == 1UL << (int)LexKind.PersianMonth ? AnchorClass.BeforeYear : AnchorClass.Always;

    /// <summary>False when <paramref name="s"/> is certainly not among the keys <paramref name="filter"/> was built from
    /// (<see cref="BuildFilter"/>); a one-letter string always may be.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool MayContain(ulong[] filter, string s)
    {
        if (s.Length < 2) return s.Length == 1;
        uint h = FilterHash(s);
        uint bit = h >> 15, bit2 = (h * 0x27D4EB2Fu) >> 15;
        // Both bits set: the second is shifted to the first's place.
        return (filter[bit >> 6] & (1UL << (int)bit) & (filter[bit2 >> 6] >> (int)bit2 << (int)bit)) != 0;
    }

    /// <summary>The filter hash of a string of two letters or more: its first two, middle and last two letters and its
    /// length. Few words share all of these with a key: the anchor filter passes 2.5% of the words of news text, 1.8%
    /// being anchors (a filter on one letter at each end and the length passed a quarter, on two letters at each end
    /// and the length with one bit a key in 131,072 7%).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static uint FilterHash(string s)
    {
        int n = s.Length;
        uint head = s[0] | ((uint)s[1] << 16), tail = s[n - 2] | ((uint)s[n - 1] << 16);
        return (head * 0x9E3779B1u) ^ (tail * 0x85EBCA77u) ^ ((uint)n * 0xC2B2AE3Du) ^ (s[n >> 1] * 0x165667B1u);
    }

    /// <summary>A 131,072-bit filter with two bits set per key of two letters or more (<see cref="MayContain(ulong[], string)"/>).</summary>
    private static ulong[] BuildFilter(IEnumerable<string> keys)
    {
        var filter = new ulong[2048];
        foreach (string key in keys)
        {
            if (key.Length < 2) continue;
            uint h = FilterHash(key);
            uint bit = h >> 15, bit2 = (h * 0x27D4EB2Fu) >> 15;
            filter[bit >> 6] |= 1UL << (int)bit;
            filter[bit2 >> 6] |= 1UL << (int)bit2;
        }

        return filter;
    }

    /// <summary>Every key with a reading of a <see cref="LeadKinds"/> kind, and <see cref="s_leadWords"/>.</summary>
    private static readonly ulong[] s_leadFilter = BuildFilter(
        s_entries.Where(kv => Array.Exists(kv.Value, e => (LeadKinds & (1UL << (int)e.Kind)) != 0)).Select(kv => kv.Key).Concat(s_leadWords));

    /// <summary>False when <paramref name="normalized"/> certainly has no reading of a <see cref="LeadKinds"/> kind and is
    /// none of the lead words (<see cref="IsLeadWord"/>).</summary>
    public static bool MayBeLead(string normalized) => MayContain(s_leadFilter, normalized);

    /// <summary>Whether <paramref name="normalized"/> is one of the words with no lead reading that may stand before an
    /// expression's first anchor (في، على، ال، نحو، حوالي، أكثر).</summary>
    public static bool IsLeadWord(string normalized) => Array.IndexOf(s_leadWords, normalized) >= 0;

    /// <summary>The union of the kinds of every reading of <paramref name="entries"/>, one bit per <see cref="LexKind"/>.</summary>
    public static ulong KindsOf(LexEntry[] entries)
    {
        ulong kinds = 0;
        foreach (var e in entries) kinds |= 1UL << (int)e.Kind;
        return kinds;
    }

    /// <summary>Looks up the readings of a token's normalized form with their kinds and whether the word may lead an
    /// expression (<see cref="LexInfo.None"/> when it is neither a trigger nor a lead word).</summary>
    public static LexInfo LookupInfo(string normalized)
        => MayContain(normalized) && s_info.TryGetValue(normalized, out var e) ? e : LexInfo.None;

    /// <summary>Looks up every reading of a token's normalized form (empty when it is no trigger).</summary>
    public static LexEntry[] Lookup(string normalized)
        => MayContain(normalized) && s_entries.TryGetValue(normalized, out var e) ? e : [];

    /// <summary>False when <paramref name="normalized"/> is certainly no key.</summary>
    public static bool MayContain(string normalized) => MayContain(s_filter, normalized);

    private static FrozenDictionary<string, LexEntry[]> Build()
    {
        var exact = new Dictionary<string, List<LexEntry>>(StringComparer.Ordinal);
        var withClitics = new Dictionary<string, List<LexEntry>>(StringComparer.Ordinal);

        static void Put(Dictionary<string, List<LexEntry>> d, string key, LexEntry e)
        {
            if (!d.TryGetValue(key, out var list)) d[key] = list = [];
            if (!list.Exists(x => x.Kind == e.Kind && x.Value == e.Value)) list.Add(e);
        }

        void Add(LexKind kind, int value, LexFlags flags, params string[] words)
        {
            foreach (string w in words)
            {
                string n = ArabicNormalizer.Default.NormalizeToString(w);
                var f = flags | (n.StartsWith("ال", StringComparison.Ordinal) && n.Length > 3 ? LexFlags.Definite : 0);
                foreach (string form in n.EndsWith('\u0629') ? new[] { n, n[..^1] + "\u0647" } : new[] { n })
                {
                    Put(exact, form, new LexEntry(kind, value, 0, f));
                    if (!IsArabic(form)) continue;
                    foreach (string p in s_prefixes)
                    {
                        // لل: ل before the article drops its alef (لليوم).
                        string prefixed = p.EndsWith('\u0644') && form.StartsWith("ال", StringComparison.Ordinal) ? p + form[1..] : p + form;
                        Put(withClitics, prefixed, new LexEntry(kind, value, (byte)p.Length, f));
                    }
                }
            }
        }

        // Gregorian months: Egyptian/Gulf, Maghrebi, English.
        string[][] gregorian =
        [
            ["يناير", "جانفي", "January", "Jan"],
            ["فبراير", "فيفري", "February", "Feb"],
            ["مارس", "March", "Mar"],
            ["أبريل", "إبريل", "ابريل", "أفريل", "April", "Apr"],
            ["مايو", "ماي", "May"],
            ["يونيو", "يونيه", "جوان", "June", "Jun"],
            ["يوليو", "يوليه", "جويلية", "جويلة", "July", "Jul"],
            ["أغسطس", "اغسطس", "أغسطوس", "أوت", "August", "Aug"],
            ["سبتمبر", "شتنبر", "September", "Sep", "Sept"],
            ["أكتوبر", "اكتوبر", "October", "Oct"],
            ["نوفمبر", "نونبر", "November", "Nov"],
            ["ديسمبر", "دجنبر", "December", "Dec"],
        ];
        for (int m = 0; m < 12; m++)
        {
            foreach (string w in gregorian[m])
            {
                bool ambiguous = w is "مارس" or "ماي" or "May" or "Mar" or "Jun" or "Jan" or "Sep" or "Dec" or "Oct" or "Nov" or "Feb" or "Apr" or "Aug" or "Jul";
                Add(LexKind.GregorianMonth, m + 1, ambiguous ? LexFlags.Ambiguous : 0, w);
                if (!IsArabic(w)) Add(LexKind.GregorianMonth, m + 1, ambiguous ? LexFlags.Ambiguous : 0, w.ToLowerInvariant(), w.ToUpperInvariant());
            }
        }

        // Levantine/Iraqi (Syriac) names.
        Add(LexKind.GregorianMonth, 2, 0, "شباط");
        Add(LexKind.GregorianMonth, 3, 0, "آذار");
        Add(LexKind.GregorianMonth, 4, LexFlags.Ambiguous, "نيسان");
        Add(LexKind.GregorianMonth, 5, 0, "أيار");
        Add(LexKind.GregorianMonth, 6, 0, "حزيران");
        Add(LexKind.GregorianMonth, 7, 0, "تموز");
        Add(LexKind.GregorianMonth, 8, LexFlags.Ambiguous | LexFlags.MaddaOnly, "آب");
        Add(LexKind.GregorianMonth, 9, 0, "أيلول");
        Add(LexKind.LevantineHead, 1, 0, "كانون");   // كانون الثاني = 1, كانون الأول = 12
        Add(LexKind.LevantineHead, 2, 0, "تشرين");   // تشرين الأول = 10, تشرين الثاني = 11

        // Hijri months.
        Add(LexKind.HijriMonth, 1, LexFlags.Ambiguous, "محرم");
        Add(LexKind.HijriMonth, 2, LexFlags.Ambiguous, "صفر");
        Add(LexKind.HijriMonth, 7, LexFlags.Ambiguous, "رجب");
        Add(LexKind.HijriMonth, 8, LexFlags.Ambiguous, "شعبان");
        Add(LexKind.HijriMonth, 9, LexFlags.Ambiguous, "رمضان");
        Add(LexKind.HijriMonth, 10, LexFlags.Ambiguous, "شوال");
        Add(LexKind.HijriHead, 3, 0, "ربيع");         // ربيع الأول 3 / الثاني، الآخر 4
        Add(LexKind.HijriHead, 5, 0, "جمادى", "جمادي"); // جمادى الأولى 5 / الآخرة، الثانية 6
        Add(LexKind.HijriHead, 11, 0, "ذو", "ذي");    // ذو القعدة 11 / ذو الحجة 12

        // Iranian solar months: always ambiguous (مهر، تير، دي are common words).
        string[] persian = ["فروردين", "أرديبهشت", "خرداد", "تير", "مرداد", "شهريور", "مهر", "آبان", "آذر", "دي", "بهمن", "اسفند"];
        for (int m = 0; m < 12; m++) Add(LexKind.PersianMonth, m + 1, LexFlags.Ambiguous, persian[m]);
        Add(LexKind.PersianMonth, 2, LexFlags.Ambiguous, "اردیبهشت", "ارديبهشت");
        Add(LexKind.PersianMonth, 12, LexFlags.Ambiguous, "إسفند");

        // Weekdays, 0 = Sunday (DayOfWeek).
        string[][] weekdays =
        [
            ["الأحد", "Sunday"], ["الاثنين", "الإثنين", "الأثنين", "Monday"], ["الثلاثاء", "Tuesday"], ["الأربعاء", "الاربعاء", "Wednesday"],
            ["الخميس", "Thursday"], ["الجمعة", "Friday"], ["السبت", "Saturday"],
        ];
        string[][] bareWeekdays = [["أحد"], ["اثنين", "إثنين"], ["ثلاثاء"], ["أربعاء"], ["خميس"], ["جمعة"], ["سبت"]];
        for (int d = 0; d < 7; d++)
        {
            foreach (string w in weekdays[d])
            {
                Add(LexKind.Weekday, d, 0, w);
                if (!IsArabic(w)) Add(LexKind.Weekday, d, 0, w.ToLowerInvariant(), w.ToUpperInvariant());
            }

            Add(LexKind.WeekdayBare, d, 0, bareWeekdays[d]);
        }

        Add(LexKind.Yom, 0, 0, "يوم");
        Add(LexKind.Today, 0, 0, "اليوم");
        Add(LexKind.Yesterday, 1, 0, "أمس", "البارحة");
        Add(LexKind.Tomorrow, 1, 0, "غدا", "الغد");
        Add(LexKind.Tomorrow, 1, LexFlags.NounHomograph, "بكرة", "بكرا");
        Add(LexKind.Ghad, 0, 0, "غد");
        Add(LexKind.First, 0, 0, "أول");
        Add(LexKind.After, 0, 0, "بعد");
        Add(LexKind.Tonight, 0, 0, "الليلة");
        // The value is the hour below which a clock time in that part of the day is after noon (الساعة السادسة من مساء
        // الخميس is 18:00, الساعة الواحدة ظهر اليوم 13:00); -1 for ليلة, whose hours straddle midnight.
        Add(LexKind.DayPart, 0, 0, "صباح", "فجر");
        Add(LexKind.DayPart, 12, 0, "مساء", "عصر");
        Add(LexKind.DayPart, 6, 0, "ظهر", "ظهيرة");
        Add(LexKind.DayPart, -1, 0, "ليلة");

        Add(LexKind.UnitNoun, TimeUnit.Week, 0, "الأسبوع", "الاسبوع");
        Add(LexKind.UnitNoun, TimeUnit.Month, 0, "الشهر");
        Add(LexKind.UnitNoun, TimeUnit.Year, 0, "العام", "السنة");

        Add(LexKind.RelModifier, -1, 0, "الماضي", "الماضية", "المنصرم", "المنصرمة", "الفائت", "الفائتة", "السابق", "السابقة");
        Add(LexKind.RelModifier, 0, 0, "الجاري", "الجارية", "الحالي", "الحالية");
        Add(LexKind.RelModifier, 1, 0, "المقبل", "المقبلة", "القادم", "القادمة");
        // Dual and plural, after coordinated days or months (الجمعة والسبت المقبلين، يناير وفبراير الماضيين).
        Add(LexKind.RelModifier, -1, 0, "الماضيين", "الماضيتين", "المنصرمين", "السابقين", "السابقتين");
        Add(LexKind.RelModifier, 1, 0, "المقبلين", "المقبلتين", "القادمين", "القادمتين");
        Add(LexKind.This, 0, 0, "هذا", "هذه");
        Add(LexKind.PartModifier, 0, 0, "مطلع", "بداية", "بدايات", "أوائل", "مستهل", "منتصف", "أواسط", "أواخر", "نهاية", "آخر", "أول");

        string[] ordinals = ["الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر"];
        for (int i = 0; i < ordinals.Length; i++) Add(LexKind.Ordinal, i + 1, 0, ordinals[i]);
        Add(LexKind.Ordinal, 1, 0, "الحادي"); // only in الحادي عشر (the tagger checks)

        string[][] cardinals =
        [
            ["واحد", "واحدة"], ["اثنين", "اثنان", "اثنتين", "اثنتان"], ["ثلاث", "ثلاثة"], ["أربع", "أربعة"], ["خمس", "خمسة"],
            ["ست", "ستة"], ["سبع", "سبعة"], ["ثماني", "ثمانية", "ثمان"], ["تسع", "تسعة"], ["عشر", "عشرة"],
        ];
        for (int i = 0; i < cardinals.Length; i++) Add(LexKind.Cardinal, i + 1, 0, cardinals[i]);
        string[][] tens = [["عشرين", "عشرون"], ["ثلاثين", "ثلاثون"], ["أربعين", "أربعون"], ["خمسين", "خمسون"], ["ستين", "ستون"], ["سبعين", "سبعون"], ["ثمانين", "ثمانون"], ["تسعين", "تسعون"]];
        for (int i = 0; i < tens.Length; i++) Add(LexKind.Cardinal, (i + 2) * 10, 0, tens[i]);
        Add(LexKind.Cardinal, 100, 0, "مئة", "مائة");
        Add(LexKind.Few, 0, 0, "بضعة", "بضع", "عدة");

        Add(LexKind.Unit, TimeUnit.Day, 0, "يوم", "يوما");
        Add(LexKind.Unit, TimeUnit.Day, LexFlags.Plural, "أيام");
        Add(LexKind.Unit, TimeUnit.Day, LexFlags.Dual, "يومين", "يومان");
        Add(LexKind.Unit, TimeUnit.Week, 0, "أسبوع", "أسبوعا", "اسبوع", "اسبوعا");
        Add(LexKind.Unit, TimeUnit.Week, LexFlags.Plural, "أسابيع", "اسابيع");
        Add(LexKind.Unit, TimeUnit.Week, LexFlags.Dual, "أسبوعين", "اسبوعين");
        Add(LexKind.Unit, TimeUnit.Month, 0, "شهر", "شهرا");
        Add(LexKind.Unit, TimeUnit.Month, LexFlags.Plural, "أشهر", "شهور");
        Add(LexKind.Unit, TimeUnit.Month, LexFlags.Dual, "شهرين", "شهران");
        Add(LexKind.Unit, TimeUnit.Year, 0, "عام", "عاما", "سنة");
        Add(LexKind.Unit, TimeUnit.Year, LexFlags.Plural, "أعوام", "سنوات", "سنين");
        Add(LexKind.Unit, TimeUnit.Year, LexFlags.Dual, "عامين", "عامان", "سنتين", "سنتان");
        Add(LexKind.Unit, TimeUnit.Hour, 0, "ساعة");
        Add(LexKind.Unit, TimeUnit.Hour, LexFlags.Plural, "ساعات");
        Add(LexKind.Unit, TimeUnit.Hour, LexFlags.Dual, "ساعتين", "ساعتان");
        Add(LexKind.Unit, TimeUnit.Minute, 0, "دقيقة");
        Add(LexKind.Unit, TimeUnit.Minute, LexFlags.Plural, "دقائق");
        Add(LexKind.Unit, TimeUnit.Minute, LexFlags.Dual, "دقيقتين", "دقيقتان");
        Add(LexKind.PluralUnit, TimeUnit.Day, 0, "الأيام");
        Add(LexKind.PluralUnit, TimeUnit.Week, 0, "الأسابيع");
        Add(LexKind.PluralUnit, TimeUnit.Month, 0, "الأشهر", "الشهور");
        Add(LexKind.PluralUnit, TimeUnit.Year, 0, "السنوات", "الأعوام", "السنين");
        Add(LexKind.PluralUnit, TimeUnit.Hour, 0, "الساعات");
        Add(LexKind.Vague, -1, 0, "الماضية", "الأخيرة", "المنصرمة", "الفائتة", "السابقة");
        Add(LexKind.Vague, 1, 0, "المقبلة", "القادمة", "المقبل", "القادم");
        Add(LexKind.Vague, 0, 0, "القليلة", "الثلاثة", "الخمسة");

        Add(LexKind.DurationTrigger, 0, 0, "لمدة", "مدة", "مدتها", "مدته", "طيلة", "طوال", "غضون", "مدى", "مدار", "لفترة");
        Add(LexKind.Within, 0, 0, "خلال");
        Add(LexKind.Ago, 0, 0, "قبل", "منذ");
        Add(LexKind.Every, 0, 0, "كل");
        Add(LexKind.SetAdverb, TimeUnit.Year, 0, "سنويا");
        Add(LexKind.SetAdverb, TimeUnit.Month, 0, "شهريا");
        Add(LexKind.SetAdverb, TimeUnit.Week, 0, "أسبوعيا", "اسبوعيا");
        Add(LexKind.SetAdverb, TimeUnit.Day, 0, "يوميا");
        Add(LexKind.YearWord, 0, 0, "عام", "العام", "سنة", "السنة", "عامي");
        Add(LexKind.MonthWord, 0, 0, "شهر");
        Add(LexKind.Min, 0, 0, "من");
        Add(LexKind.Earlier, 0, 0, "سابق");
        Add(LexKind.Time, 0, 0, "وقت");
        Add(LexKind.EraMarker, 0, 0, "م", "ميلادي", "ميلادية", "للميلاد");
        Add(LexKind.EraMarker, 0, LexFlags.Hijri, "هـ", "ه", "هجري", "هجرية", "للهجرة");
        Add(LexKind.Hour, 0, 0, "الساعة");
        string[] hourWords = ["الواحدة", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة", "الثامنة", "التاسعة", "العاشرة", "الحادية", "الثانية"];
        for (int h = 0; h < 10; h++) Add(LexKind.HourWord, h + 1, 0, hourWords[h]);
        Add(LexKind.HourWord, 11, 0, "الحادية");
        Add(LexKind.Fraction, 30, 0, "والنصف");
        Add(LexKind.Fraction, 15, 0, "والربع");
        Add(LexKind.Fraction, 20, 0, "والثلث");
        Add(LexKind.Period, 0, 0, "صباحا", "فجرا", "صباح");
        Add(LexKind.Period, 12, 0, "ظهرا", "عصرا", "مساء", "مساءا", "ليلا");
        Add(LexKind.ZoneHead, 0, 0, "بتوقيت", "توقيت", "بالتوقيت", "GMT", "UTC", "gmt", "utc");
        Add(LexKind.ZoneName, 0, 0, "غرينتش", "غرينيتش", "جرينتش", "جرينيتش", "غرينيش", "المحلي", "مكة", "القدس", "بيروت", "طهران", "موسكو", "القاهرة", "الرياض", "دمشق", "بغداد", "أبوظبي", "الدوحة", "عمان", "غزة");
        Add(LexKind.Preposition, 0, 0, "في", "منذ", "حتى", "خلال", "قبل", "بعد", "عن", "إلى", "الى", "مطلع", "منتصف", "أواخر", "بداية", "نهاية", "أوائل", "مستهل", "مع", "عند", "على");
        Add(LexKind.Future, 0, 0, "سوف");
        // Nouns of events and periods that are commonly named by their year (حرب 1967، انتفاضة 1987، مونديال 2018).
        Add(LexKind.EventNoun, 0, 0, "حرب", "الحرب", "انتفاضة", "الانتفاضة", "ثورة", "الثورة", "نكبة", "النكبة", "نكسة", "النكسة",
            "أحداث", "زلزال", "الزلزال", "انتخابات", "الانتخابات", "مونديال", "كأس", "أولمبياد", "أولمبياد", "بطولة", "دورة",
            "موسم", "الموسم", "ميزانية", "موازنة", "رؤية", "أزمة", "الأزمة", "اتفاقية", "اتفاق", "معاهدة", "قمة", "دستور",
            "إعلان", "غزو", "اجتياح", "حصار", "مجزرة", "هجمات", "تفجيرات", "فيضانات", "انقلاب", "مؤتمر", "جائزة", "إحصاء", "تعداد");

        // Exact forms win over clitic readings (لمدة is one trigger, وقت is not و + قت).
        foreach (var (k, v) in withClitics) exact.TryAdd(k, v);
        return exact.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
    }

    private static bool IsArabic(string s) => s.Length > 0 && ArabicChars.IsArabicLetter(s[0]);
}
