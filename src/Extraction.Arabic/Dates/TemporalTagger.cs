using System.Collections.Frozen;
using System.Globalization;
using System.Runtime.InteropServices;
using Extraction.Arabic.Text;
using Extraction.Arabic.Tokenization;

namespace Extraction.Arabic.Dates;

/// <summary>A recognized temporal expression whose value may still need the document date.</summary>
internal sealed class TemporalCandidate
{
    public required TextSpan Span { get; init; }

    public required TemporalType Type { get; init; }

    /// <summary>How the ISO value follows from the anchor.</summary>
    public required TemporalValue Value { get; init; }

    /// <summary>A full calendar date that needs no anchor: a dateline candidate.</summary>
    public DateOnly? AbsoluteDate { get; init; }

    /// <summary>Computes the ISO value from the anchor (the document date), or null when it cannot.</summary>
    public string? Resolve(DateOnly? anchor) => TemporalTagger.Resolve(Value, anchor);
}

/// <summary>Which rule computes a <see cref="TemporalValue"/>.</summary>
internal enum ValueRule : byte
{
    /// <summary>No value.</summary>
    None,
    /// <summary>A time of day (A hours, B minutes), on the anchor's date when there is one.</summary>
    Time,
    /// <summary>A fixed date (day number A).</summary>
    Date,
    /// <summary>A weekday (A, 0 = Sunday) relative to the anchor (B: -1 last, 0 none, 1 next; Forward), or, when D is 1,
    /// the one nearest to the anchor plus C days (in apposition to اليوم، أمس، غدا).</summary>
    Weekday,
    /// <summary>A month (C, calendar A) and day (D, or 0) of year B, or of the anchor's year plus E, or the nearest (F: relative modifier; Forward).</summary>
    MonthDate,
    /// <summary>Day B of the anchor's month plus A.</summary>
    DayOfRelativeMonth,
    /// <summary>The anchor plus A days.</summary>
    DayOffset,
    /// <summary>The week, month or year (unit A) of the anchor plus B.</summary>
    UnitNoun,
    /// <summary>A (count) units (B) before the anchor.</summary>
    Ago,
    /// <summary>A length of time: A (or -1, some) units B.</summary>
    Duration,
    /// <summary>The years A to B, Hijri when C is 1 (or near the anchor's Hijri year).</summary>
    YearRange,
    /// <summary>Year A, Hijri when B is 1 (or near the anchor's Hijri year).</summary>
    Year,
}

/// <summary>How a candidate's ISO value follows from the anchor: a rule and its numbers, so that a candidate needs no
/// closure.</summary>
/// <remarks>The numbers come before the rule, the flag and the time of day, which then share four bytes (28 bytes
/// instead of 32 in the order of the constructor's parameters), so that a <see cref="TemporalCandidate"/> takes 64 bytes
/// instead of 72.</remarks>
internal readonly record struct TemporalValue
{
    /// <summary>Creates a value.</summary>
    /// <param name="Rule">Which rule computes it.</param>
    /// <param name="A">The rule's first number.</param>
    /// <param name="B">Its second number.</param>
    /// <param name="C">Its third number.</param>
    /// <param name="D">Its fourth number.</param>
    /// <param name="E">Its fifth number.</param>
    /// <param name="F">Its sixth number.</param>
    /// <param name="Forward">Its flag: towards the future.</param>
    public TemporalValue(ValueRule Rule, int A = 0, int B = 0, int C = 0, int D = 0, int E = 0, int F = 0, bool Forward = false)
    {
        this.A = A;
        this.B = B;
        this.C = C;
        this.D = D;
        this.E = E;
        this.F = F;
        this.Rule = Rule;
        this.Forward = Forward;
    }

    /// <summary>The same value with a time of day: a clock time on the day this value names
    /// (<c>الساعة السابعة من مساء بعد غد</c>).</summary>
    /// <param name="hour">The hour, 0–23.</param>
    /// <param name="minute">The minute, 0–59.</param>
    public TemporalValue AtTime(int hour, int minute)
        => new(Rule, A, B, C, D, E, F, Forward) { TimeOfDay = (ushort)(hour * 60 + minute + 1) };

    /// <summary>The rule's first number.</summary>
    public int A { get; }

    /// <summary>Its second number.</summary>
    public int B { get; }

    /// <summary>Its third number.</summary>
    public int C { get; }

    /// <summary>Its fourth number.</summary>
    public int D { get; }

    /// <summary>Its fifth number.</summary>
    public int E { get; }

    /// <summary>Its sixth number.</summary>
    public int F { get; }

    /// <summary>Which rule computes the value.</summary>
    public ValueRule Rule { get; }

    /// <summary>Its flag: towards the future.</summary>
    public bool Forward { get; }

    /// <summary>A time of day on the day the rule names, as minutes after midnight plus one, or 0 for none
    /// (<see cref="AtTime"/>).</summary>
    public ushort TimeOfDay { get; private init; }
}

/// <summary>Finds Arabic temporal expressions in a tokenized document (rules in <see cref="DateNormalizer"/>).</summary>
/// <remarks>Works on tokens and their normalized forms. Every expression contains an anchor (a number token, or a word
/// of <see cref="TemporalLexicon.AnchorKinds"/>), and only lead words (<see cref="IsLead"/>) can stand before its first
/// anchor, so the tagger visits the anchors (usually recorded by the text-analysis stage, about 2% of the tokens; a
/// number only where a rule can read it, <see cref="ClassifyNumber"/>), steps back over the lead words before each, and
/// tries the rules from there: the work is proportional to the anchors, not to the tokens.</remarks>
internal sealed class TemporalTagger
{
    private const int CacheSize = 64;

    /// <summary>How many anchors <see cref="Touch"/> reads ahead.</summary>
    private const int Batch = 32;

    /// <summary>The fewest tokens of a document whose token objects <see cref="Touch"/> reads ahead: a smaller document
    /// (an article has hundreds to a few thousand tokens) is in cache, and reading ahead would only cost.</summary>
    private const int TouchMinTokens = 16_384;

    private readonly Document _doc;
    private readonly Token[] _t;
    private readonly ulong[] _anchors;

    /// <summary>The anchor words whose readings the stage recorded (<see cref="DateAnchors.WordTokens"/>), and the
    /// position in them of the last one asked about.</summary>
    private readonly DateAnchors? _words;
    private int _word;

    private int _lo;
    private int _hi;
    private int _usOrder; // per sentence: -1 not computed yet, 0 false, 1 true

    // The lexicon readings of the last tokens looked at, by token index modulo CacheSize: the rules ask about the same
    // few tokens many times (about 13 questions a visited anchor, 2 of them lookups).
    private readonly CachedReadings[] _cache = new CachedReadings[CacheSize];

    private int _touched; // keeps the reads of Touch

    private TemporalTagger(Document doc, ulong[] anchors, DateAnchors? words)
    {
        _doc = doc;
        _t = ImmutableCollectionsMarshal.AsArray(doc.Tokens)!;
        _anchors = anchors;
        _words = words;
    }

    /// <summary>A token's lexicon readings as the rules ask about them (<see cref="Readings"/>).</summary>
    private struct CachedReadings
    {
        /// <summary>One more than the token's index, or 0 for an empty slot (so that a new array needs no filling).</summary>
        public int Key;

        /// <summary>Whether the token is a word or Latin (the only kinds whose readings the rules take, <see cref="Get"/>).</summary>
        public bool Lexical;

        /// <summary>The union of the readings' kinds (<see cref="LexInfo.Kinds"/>), kept here for the rules' questions.</summary>
        public ulong Kinds;

        /// <summary>The readings of the token's normalized form (<see cref="TemporalLexicon.LookupInfo"/>).</summary>
        public LexInfo Info;
    }

    /// <summary>Finds every temporal expression in <paramref name="doc"/>, in text order.</summary>
    public static List<TemporalCandidate> Find(Document doc)
    {
        if (doc.Tokens.IsEmpty) return [];
        var anchors = doc.DateAnchors ?? FindAnchors(ImmutableCollectionsMarshal.AsArray(doc.Tokens)!);
        // About one anchor in two starts an expression on news text: sized for that, the list rarely grows.
        int count = 0;
        foreach (ulong w in anchors.Bits) count += System.Numerics.BitOperations.PopCount(w);
        var result = new List<TemporalCandidate>(count / 2 + 4);
        new TemporalTagger(doc, anchors.Bits, anchors).Scan(result);
        return result;
    }

    /// <summary>As <see cref="Find"/>, but tries the rules at every token, as if every token were an anchor: the
    /// reference that tests compare <see cref="Find"/> with.</summary>
    internal static List<TemporalCandidate> FindTryingEveryToken(Document doc)
    {
        var result = new List<TemporalCandidate>();
        if (doc.Tokens.IsEmpty) return result;
        var all = new ulong[(doc.Tokens.Length + 63) >> 6];
        Array.Fill(all, ulong.MaxValue);
        new TemporalTagger(doc, all, null).Scan(result);
        return result;
    }

    /// <summary>The anchors of tokens that came without them (<see cref="Document.DateAnchors"/>).</summary>
    internal static DateAnchors FindAnchors(Token[] tokens)
    {
        var recorder = new DateAnchorRecorder(tokens.Length);
        for (int i = 0; i < tokens.Length; i++) recorder.Add(i, tokens[i].Kind, tokens[i].Text, tokens[i].Normalized);

        return recorder.Finish();
    }

    /// <summary>Whether a number token anchors an expression whatever follows it (<see cref="NumberAnchor.Always"/>),
    /// only if the next token may continue it (<see cref="MayContinueNumber"/>), or never.</summary>
    /// <remarks>What the rules can match around a number n when no word anchor takes part before it, that is, in
    /// <see cref="TryAt"/> at n and at the lead words just before it (which are no anchors, and whose readings are all
    /// of <see cref="TemporalLexicon.LeadKinds"/>):
    /// <list type="bullet">
    /// <item>a dotted date in the token itself (<see cref="TryNumericDate"/>): two dots or more;</item>
    /// <item>a year (<see cref="TryYear"/>, from n or from an opening parenthesis before it): four digits;</item>
    /// <item>a time (<c>10:30</c>) or a numeric date (<c>20/10/2021</c>, <c>20-10-2021</c>): <c>:</c>, <c>/</c> or
    /// <c>-</c> after n;</item>
    /// <item>a day (<see cref="TryDay"/>, from n or from ال before it, after a day part or a part modifier) before a
    /// month, <c>من</c> or a unit noun (<c>الشهر</c>); a count before a unit (<see cref="TryCountUnit"/>, after a
    /// duration trigger, <c>قبل</c>, <c>منذ</c> …): a word with such a reading after n.</item>
    /// </list>
    /// Every other rule either needs a word anchor before n (and then it is that anchor's turn) or reads no number.
    /// A number the tagger cannot read (<see cref="ParseNumber"/>: a decimal, a number with separators) matches
    /// nothing but a dotted date. <c>DateAnchorTests</c> checks that the anchors give what trying every token gives.</remarks>
    internal static NumberAnchor ClassifyNumber(string normalized)
    {
        int dot = normalized.IndexOf('.');
        if (dot >= 0 && normalized.LastIndexOf('.') > dot) return NumberAnchor.Always;
        if (!ParseNumber(normalized, out _, out int digits, out _)) return NumberAnchor.Never;
        return digits == 4 ? NumberAnchor.Always : NumberAnchor.IfContinued;
    }

    /// <summary>The readings of a word after a number that make the number an anchor (<see cref="ClassifyNumber"/>).</summary>
    private const ulong NumberContinuations =
        1UL << (int)LexKind.Unit | 1UL << (int)LexKind.Min | 1UL << (int)LexKind.UnitNoun | 1UL << (int)LexKind.GregorianMonth
        | 1UL << (int)LexKind.HijriMonth | 1UL << (int)LexKind.PersianMonth | 1UL << (int)LexKind.LevantineHead | 1UL << (int)LexKind.HijriHead;

    /// <summary>Whether the token after a number of <see cref="NumberAnchor.IfContinued"/> makes it an anchor: <c>:</c>,
    /// <c>/</c>, <c>-</c>, <c>–</c>, or a word with a unit, month, unit noun or <c>من</c> reading.</summary>
    /// <param name="kind">The next token's kind.</param>
    /// <param name="text">Its text.</param>
    /// <param name="normalized">Its normalized form.</param>
    /// <returns>True when the number is an anchor.</returns>
    internal static bool MayContinueNumber(TokenKind kind, string text, string normalized)
    {
        if (kind == TokenKind.Punctuation) return text is ":" or "/" or "-" or "\u2013";
        return kind != TokenKind.Number && (TemporalLexicon.LookupInfo(normalized).Kinds & NumberContinuations) != 0;
    }

    /// <summary>Whether the token after a word of <see cref="AnchorClass.BeforeYear"/> (an Iranian month and nothing
    /// else: دي، لدي) makes it an anchor. Such a month is read only by <see cref="TryMonth"/>, and
    /// <see cref="TryDateCore"/> takes it only with a year (<see cref="TryYearNumber"/>), which must follow it, or
    /// after a paired name: a number, <c>(</c> or <c>/</c> next.</summary>
    /// <param name="kind">The next token's kind.</param>
    /// <param name="text">Its text.</param>
    /// <returns>True when the month is an anchor.</returns>
    internal static bool MayContinueYearlessMonth(TokenKind kind, string text)
        => kind == TokenKind.Number || (kind == TokenKind.Punctuation && text is "(" or "/");

    /// <summary>Scans each sentence from left to right and keeps the first expression that starts at a token, then
    /// goes on after it; tokens where no rule can start (no anchor ahead, with only lead words between) are skipped.</summary>
    private void Scan(List<TemporalCandidate> output)
    {
        var sentences = _doc.Sentences.AsSpan();
        Span<int> batch = stackalloc int[Batch];
        int s = -1;
        int cursor = 0; // the next token a rule may start at
        int w = 0;
        ulong bits = _anchors.Length > 0 ? _anchors[0] : 0;
        while (true)
        {
            int count = 0;
            while (count < batch.Length)
            {
                while (bits == 0 && ++w < _anchors.Length) bits = _anchors[w];
                if (bits == 0) break;
                batch[count++] = (w << 6) + System.Numerics.BitOperations.TrailingZeroCount(bits);
                bits &= bits - 1;
            }

            if (count == 0) return;
            if (_t.Length >= TouchMinTokens) Touch(batch[..count]);
            foreach (int n in batch[..count])
            {
                if (s < 0 || n >= _hi)
                {
                    do s++;
                    while (s < sentences.Length && sentences[s].FirstToken + sentences[s].TokenCount <= n);
                    if (s == sentences.Length) return;
                    _lo = sentences[s].FirstToken;
                    _hi = _lo + sentences[s].TokenCount;
                    _usOrder = -1;
                    cursor = Math.Max(cursor, _lo);
                }

                if (n < cursor || n < _lo) continue;

                // Step back over the lead words; an anchor before them had its own turn.
                int p = n;
                while (p > cursor && !IsAnchor(p - 1) && IsLead(p - 1)) p--;
                for (; p <= n; p++)
                {
                    if (p < cursor) continue;
                    var kind = _t[p].Kind;
                    if ((kind is TokenKind.Word or TokenKind.Number or TokenKind.Latin && TryAt(p, out int next, out var c))
                        || (IsPunct(p, '(') && TryYear(p, p, out next, out c)))
                    {
                        output.Add(c!);
                        cursor = next;
                    }
                }
            }
        }
    }

    /// <summary>Reads the tokens around a batch of anchors before the rules look at them: these reads do not depend on
    /// each other, so the processor overlaps their cache misses (on a large document, the token objects around sparse
    /// anchors are rarely in cache), where the rules would wait for them one at a time.</summary>
    private void Touch(ReadOnlySpan<int> anchors)
    {
        int sum = 0;
        foreach (int n in anchors)
        {
            // From two tokens before: the step back reads one or two lead words before most anchors it passes.
            int from = Math.Max(n - 2, 0), to = Math.Min(n + 2, _t.Length - 1);
            for (int k = from; k <= to; k++)
            {
                var t = _t[k];
                sum += t.Normalized.Length + t.Text.Length;
            }
        }

        _touched = sum;
    }

    private bool IsAnchor(int i) => (_anchors[i >> 6] & (1UL << i)) != 0;

    /// <summary>Whether token i may stand in an expression before its first anchor: a word of
    /// <see cref="TemporalLexicon.LeadKinds"/>, في، على، نحو، حوالي، أكثر, the article ال (الـ18), or an opening
    /// parenthesis ((2021)).</summary>
    private bool IsLead(int i)
    {
        var t = _t[i];
        if (t.Kind == TokenKind.Punctuation) return t.Text is ['('];
        // The filter first: most words before an anchor are no lead; then the readings, which say it (LexInfo.Lead).
        return TemporalLexicon.MayBeLead(t.Normalized) && Readings(i).Info.Lead;
    }

    /// <summary>The lexicon readings of token i's normalized form, whatever its kind.</summary>
    private LexEntry[] Entries(int i) => Readings(i).Info.Entries;

    /// <summary>Token i's cached readings: looked up on the first question about it.</summary>
    private ref readonly CachedReadings Readings(int i)
    {
        ref var slot = ref _cache[i & (CacheSize - 1)];
        if (slot.Key != i + 1) Fill(ref slot, i);
        return ref slot;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private void Fill(ref CachedReadings slot, int i)
    {
        slot.Key = i + 1;
        if (IsAnchor(i) && RecordedReadings(i) is { } recorded)
        {
            // An anchor word the stage looked up: a word or Latin token.
            slot.Lexical = true;
            slot.Kinds = recorded.Kinds;
            slot.Info = recorded;
            return;
        }

        var t = _t[i];
        // No key is a punctuation mark: the rules ask about many.
        var e = t.Kind == TokenKind.Punctuation ? LexInfo.None : TemporalLexicon.LookupInfo(t.Normalized);
        slot.Lexical = t.Kind is TokenKind.Word or TokenKind.Latin;
        slot.Kinds = e.Kinds;
        slot.Info = e;
    }

    /// <summary>The readings the stage recorded for anchor token i, or null. The questions come nearly in token order,
    /// so the position in the recorded words moves a step or two from the last.</summary>
    private LexInfo? RecordedReadings(int i)
    {
        if (_words is null) return null;
        var tokens = _words.WordTokens;
        int w = _word;
        while (w < tokens.Length && tokens[w] < i) w++;
        while (w > 0 && tokens[w - 1] >= i) w--;
        _word = w;
        return w < tokens.Length && tokens[w] == i ? _words.WordInfo(w) : null;
    }

    /// <summary>Whether an English weekday or month name in the sentence says the numeric dates are month first
    /// ("Wednesday, 10/20/2021"). Such names are anchors, so only the anchors are looked at.</summary>
    private bool UsOrder()
    {
        if (_usOrder < 0)
        {
            _usOrder = 0;
            for (int i = _lo; i < _hi; i++)
            {
                if (IsAnchor(i) && _t[i].Kind == TokenKind.Latin && (Has(i, LexKind.Weekday) || Has(i, LexKind.GregorianMonth)))
                {
                    _usOrder = 1;
                    break;
                }
            }
        }

        return _usOrder == 1;
    }

    private bool TryAt(int i, out int next, out TemporalCandidate? c)
    {
        if (_t[i].Kind == TokenKind.Number)
        {
            if (TryTime(i, out next, out c) || TryNumericDate(i, out next, out c) || TryDateCore(i, i, out next, out c)
                || TryDuration(i, i, out next, out c) || TryYear(i, i, out next, out c))
                return true;
            return false;
        }

        ulong k = Readings(i).Kinds;
        if (k == 0)
        {
            next = i;
            c = null;
            // الـ18 من …: the article glued to a number; اثنا عشر شهرا: a compound number's first word.
            return _t[i].Normalized == "ال" && TryDateCore(i, i, out next, out c)
                || CompoundCardinal(i, out _) && TryDuration(i, i, out next, out c);
        }

        // Each rule is tried only when the word has a reading it can start with (see the rule's first tests).
        string n = _t[i].Normalized;
        bool fi = n == "في", ala = n == "علي";
        next = i;
        c = null;
        return (Any(k, LexKind.Hour) && TryTime(i, out next, out c))
            || (Any(k, LexKind.Yom) && TryYomDeictic(i, out next, out c))
            || (Any(k, LexKind.DayPart, LexKind.Today, LexKind.Yom, LexKind.Weekday) && TryWeekdayPhrase(i, out next, out c))
            || ((Any(k, LexKind.DayPart, LexKind.PartModifier, LexKind.MonthWord, LexKind.Ordinal) || Any(k, LexKind.GregorianMonth, LexKind.HijriMonth, LexKind.PersianMonth, LexKind.LevantineHead, LexKind.HijriHead))
                && TryDateCore(i, i, out next, out c))
            || ((fi || Any(k, LexKind.DayPart, LexKind.First, LexKind.Yesterday, LexKind.After, LexKind.Tomorrow) || Any(k, LexKind.Tonight, LexKind.Today, LexKind.PartModifier, LexKind.This, LexKind.UnitNoun))
                && TryRelative(i, out next, out c))
            || (Any(k, LexKind.Ago) && TryAgo(i, out next, out c))
            || ((fi || ala || Any(k, LexKind.Within, LexKind.DurationTrigger)) && TryVague(i, out next, out c))
            || ((fi || ala || Any(k, LexKind.DurationTrigger, LexKind.Within, LexKind.Cardinal, LexKind.Few, LexKind.Unit) || CompoundCardinal(i, out _))
                && TryDuration(i, i, out next, out c))
            || (Any(k, LexKind.SetAdverb, LexKind.Every) && TrySet(i, out next, out c))
            || (Any(k, LexKind.YearWord) && TryYear(i, i, out next, out c));
    }

    private static bool Any(ulong kinds, LexKind a, LexKind b = LexKind.None, LexKind c = LexKind.None, LexKind d = LexKind.None, LexKind e = LexKind.None)
        => (kinds & ((1UL << (int)a) | (1UL << (int)b) | (1UL << (int)c) | (1UL << (int)d) | (1UL << (int)e)) & ~1UL) != 0;

    // ---------------------------------------------------------------- token helpers

    private bool In(int i) => i >= _lo && i < _hi;

    /// <summary>Whether token i, a word or Latin token of the sentence, has a reading of <paramref name="kind"/>.</summary>
    private bool Has(int i, LexKind kind)
    {
        if (!In(i)) return false;
        ref readonly var r = ref Readings(i);
        return r.Lexical && (r.Kinds & (1UL << (int)kind)) != 0;
    }

    /// <summary>The first reading of <paramref name="kind"/> of token i, a word or Latin token of the sentence.</summary>
    private bool Get(int i, LexKind kind, out LexEntry entry)
    {
        entry = default;
        if (!Has(i, kind)) return false;
        foreach (var e in Entries(i))
        {
            if (e.Kind == kind)
            {
                entry = e;
                return true;
            }
        }

        return false;
    }

    private bool IsPunct(int i, char c) => In(i) && _t[i].Kind == TokenKind.Punctuation && _t[i].Text.Length == 1 && _t[i].Text[0] == c;

    private bool IsPunctAny(int i, string chars) => In(i) && _t[i].Kind == TokenKind.Punctuation && _t[i].Text.Length == 1 && chars.Contains(_t[i].Text[0]);

    private bool Adjacent(int a, int b) => In(a) && In(b) && _t[a].Span.End == _t[b].Span.Start;

    /// <summary>Whether at most two spaces separate token a from the next: a numeric date typed with spaces around
    /// its slashes (14/ 10/ 1436هـ، 10 /10 / 1436هـ، 20 / 10 / 2021).</summary>
    private bool Spaced(int a)
    {
        if (!In(a) || !In(a + 1)) return false;
        int gap = _t[a + 1].Span.Start - _t[a].Span.End;
        return gap <= 2 && _doc.Text.AsSpan(_t[a].Span.End, gap).IndexOfAnyExcept(' ', '\u00A0') < 0;
    }

    /// <summary>An integer number token: value, digit count and era suffix (م، ء، ه or none).</summary>
    private bool Number(int i, out int value, out int digits, out char era)
    {
        if (In(i) && _t[i].Kind == TokenKind.Number) return ParseNumber(_t[i].Normalized, out value, out digits, out era);
        value = 0;
        digits = 0;
        era = '\0';
        return false;
    }

    /// <summary>The normalized form of a number token as an integer: value, digit count (at most 6) and era suffix
    /// (م، ء، ه or none); false for any other form (a decimal, a number with separators).</summary>
    private static bool ParseNumber(string n, out int value, out int digits, out char era)
    {
        value = 0;
        digits = 0;
        era = '\0';
        foreach (char ch in n)
        {
            if (ch is >= '0' and <= '9')
            {
                if (era != '\0' || digits >= 6) return false;
                value = value * 10 + (ch - '0');
                digits++;
            }
            else if (ch is '\u0645' or '\u0621' or '\u0647' && digits > 0 && era == '\0')
            {
                era = ch;
            }
            else
            {
                return false;
            }
        }

        return digits > 0;
    }

    /// <summary>Where a mention starting at token <paramref name="i"/> starts: after <paramref name="prefixLetters"/> clitic letters.</summary>
    private int StartOf(int i, int prefixLetters)
    {
        var span = _t[i].Span;
        if (prefixLetters == 0) return span.Start;
        string text = _t[i].Text;
        int k = 0, letters = 0;
        while (k < text.Length && letters < prefixLetters)
        {
            if (ArabicChars.Classify(text[k]) == CharClass.ArabicLetter) letters++;
            k++;
            while (k < text.Length && ArabicChars.Classify(text[k]) is CharClass.ArabicMark or CharClass.Tatweel) k++;
        }

        return span.Start + Math.Min(k, text.Length - 1);
    }

    private int StartOf(int i) => StartOf(i, FirstPrefix(i));

    private int FirstPrefix(int i)
    {
        if (_t[i].Kind != TokenKind.Word) return 0;
        var entries = Entries(i);
        return entries.Length > 0 ? entries[0].PrefixLetters : 0;
    }

    private TemporalCandidate Make(int first, int last, TemporalType type, TemporalValue value, DateOnly? absolute = null, int? start = null)
        => new()
        {
            Span = TextSpan.FromBounds(start ?? StartOf(first), _t[last].Span.End),
            Type = type,
            Value = value,
            AbsoluteDate = absolute,
        };

    /// <summary>Computes the ISO value of <paramref name="value"/> from the anchor (the document date), or null.</summary>
    internal static string? Resolve(TemporalValue value, DateOnly? anchor)
    {
        if (value.TimeOfDay == 0) return ResolveDay(value, anchor);
        int minutes = value.TimeOfDay - 1;
        // A time on a day: the day's ISO date and the time, or the time alone when the day cannot be resolved.
        string? day = ResolveDay(new TemporalValue(value.Rule, value.A, value.B, value.C, value.D, value.E, value.F, value.Forward), anchor);
        return (day is { Length: 10 } ? day : "") + "T" + (minutes / 60).ToString("D2", CultureInfo.InvariantCulture) + ":" + (minutes % 60).ToString("D2", CultureInfo.InvariantCulture);
    }

    private static string? ResolveDay(TemporalValue value, DateOnly? anchor) => value.Rule switch
    {
        ValueRule.Time => ResolveTime(anchor, value.A, value.B),
        ValueRule.Date => Iso(DateOnly.FromDayNumber(value.A)),
        ValueRule.Weekday when value.D == 1 => ResolveWeekdayNear(anchor, value.A, value.C),
        ValueRule.Weekday => ResolveWeekday(anchor, value.A, value.B, value.Forward),
        ValueRule.MonthDate => ResolveMonthDate(anchor, (Calendar)value.A, value.B, value.C, value.D, value.E, value.F, value.Forward),
        ValueRule.DayOfRelativeMonth => anchor is { } a && SafeDate(a.AddMonths(value.A).Year, a.AddMonths(value.A).Month, value.B) is { } r ? Iso(r) : null,
        ValueRule.DayOffset => anchor is { } d ? Iso(d.AddDays(value.A)) : null,
        ValueRule.UnitNoun => ResolveUnitNoun(anchor, value.A, value.B),
        ValueRule.Ago => ResolveAgo(anchor, value.A, value.B),
        ValueRule.Duration => DurationValue(value.A, value.B),
        ValueRule.YearRange => ResolveYearRange(value.A, value.B, value.C == 1, anchor),
        ValueRule.Year => ResolveYear(value.A, value.B == 1, anchor),
        _ => null,
    };

    /// <summary>A future marker (سوف, or a verb with the future prefix س) shortly before token i.</summary>
    private bool ForwardContext(int i)
    {
        for (int k = i - 1; k >= Math.Max(_lo, i - 6); k--)
        {
            if (_t[k].Normalized == "سوف") return true;
            foreach (var s in _t[k].Segments)
            {
                if (s.Kind == SegmentKind.Future) return true;
            }
        }

        return false;
    }

    // ---------------------------------------------------------------- ISO helpers

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Iso(int year, int month) => year.ToString("D4", CultureInfo.InvariantCulture) + "-" + month.ToString("D2", CultureInfo.InvariantCulture);

    private static string Iso(int year) => year.ToString("D4", CultureInfo.InvariantCulture);

    private static string IsoWeek(DateOnly d)
    {
        var dt = d.ToDateTime(TimeOnly.MinValue);
        return ISOWeek.GetYear(dt).ToString("D4", CultureInfo.InvariantCulture) + "-W" + ISOWeek.GetWeekOfYear(dt).ToString("D2", CultureInfo.InvariantCulture);
    }

    private static DateOnly? SafeDate(int y, int m, int d)
        => y is >= 1 and <= 9999 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m) ? new DateOnly(y, m, d) : null;

    // ---------------------------------------------------------------- times

    private bool TryTime(int i, out int next, out TemporalCandidate? c)
    {
        next = i;
        c = null;
        int first = i;
        int hour, minute = 0;
        int j;
        if (Number(i, out int h, out int hd, out char e1) && e1 == '\0' && hd <= 2 && IsPunct(i + 1, ':') && Adjacent(i, i + 1) && Adjacent(i + 1, i + 2)
            && Number(i + 2, out int mi, out int md, out char e2) && e2 == '\0' && md == 2 && h <= 24 && mi < 60)
        {
            hour = h;
            minute = mi;
            j = i + 3;
        }
        else if (Has(i, LexKind.Hour))
        {
            j = i + 1;
            if (Number(j, out int hn, out _, out char e3) && e3 == '\0' && hn is >= 0 and <= 24)
            {
                hour = hn;
                j++;
                if (IsPunct(j, ':') && Number(j + 1, out int mn, out int mdd, out _) && mdd == 2 && mn < 60)
                {
                    minute = mn;
                    j += 2;
                }
            }
            else if (Get(j, LexKind.HourWord, out var hw))
            {
                hour = hw.Value;
                j++;
                // الحادية عشرة = 11, الثانية عشرة = 12
                if (hour is 11 or 2 && In(j) && _t[j].Normalized is "عشرة" or "عشره" or "عشر")
                {
                    hour = hour == 2 ? 12 : 11;
                    j++;
                }
            }
            else
            {
                return false;
            }

            if (Get(j, LexKind.Fraction, out var frac)) { minute = frac.Value; j++; }
        }
        else
        {
            return false;
        }

        bool period = Get(j, LexKind.Period, out var p);
        if (period)
        {
            if (p.Value == 12 && hour < 12) hour += 12;
            else if (p.Value == 0 && hour == 12) hour = 0; // الساعة 12:30 صباحا: half past midnight
            j++;
        }

        if (Has(j, LexKind.ZoneHead))
        {
            int z = j + 1;
            while (Has(z, LexKind.ZoneName)) z++;
            bool arabicHead = _t[j].Kind == TokenKind.Word;
            // بتوقيت لندن: a place the list lacks is the zone too; an Arabic head with no place after it stays out.
            if (z == j + 1 && arabicHead && In(z) && _t[z].Kind == TokenKind.Word) z++;
            if (z > j + 1 || !arabicHead) j = z;
        }

        if (hour == 24) hour = 0;

        // The day of the time: الساعة السابعة من مساء بعد غد، الساعة 9:30 صباح أمس، الساعة الخامسة مساء الخميس،
        // الساعة الثامنة والنصف من صباح يوم الجمعة. A day part in construct (صباح، مساء …) puts the hour in that part of
        // the day.
        int k = Has(j, LexKind.Min) ? j + 1 : j;
        int pmBelow = 0;
        bool morning = false;
        if (!period && Get(k, LexKind.DayPart, out var part) && part.PrefixLetters == 0)
        {
            pmBelow = part.Value;
            morning = pmBelow == 0;
            k++;
        }

        if (pmBelow >= 0 && DayOfTime(k, out int dayEnd, out var day))
        {
            if (hour < pmBelow) hour += 12;
            else if (morning && hour == 12) hour = 0; // الساعة 12:30 من صباح أمس: half past midnight
            next = dayEnd;
            c = Make(first, dayEnd - 1, TemporalType.Time, day.AtTime(hour, minute));
            return true;
        }

        next = j;
        c = Make(first, j - 1, TemporalType.Time, new TemporalValue(ValueRule.Time, hour, minute));
        return true;
    }

    /// <summary>A day named at token k after a clock time (<see cref="TryTime"/>): a deictic day (أمس، اليوم، غدا، غد،
    /// بعد غد، يوم غد), a weekday (الخميس، يوم الجمعة، اليوم الأحد) or a date, whose value has a day's precision.</summary>
    /// <param name="k">The first token of the day.</param>
    /// <param name="next">The token after the day.</param>
    /// <param name="value">The day's value.</param>
    /// <returns>True when such a day stands at k.</returns>
    private bool DayOfTime(int k, out int next, out TemporalValue value)
    {
        next = k;
        value = default;
        if (!In(k) || Has(k, LexKind.DayPart)) return false;
        // صباح غد: غد alone, which stands only after بعد elsewhere.
        if (Has(k, LexKind.Ghad) && FirstPrefix(k) == 0)
        {
            next = k + 1;
            value = new TemporalValue(ValueRule.DayOffset, 1);
            return true;
        }

        TemporalCandidate? c;
        if (!(TryWeekdayPhrase(k, out next, out c) || TryYomDeictic(k, out next, out c) || TryRelative(k, out next, out c)
              || TryNumericDate(k, out next, out c) || TryDateCore(k, k, out next, out c)))
            return false;
        value = c!.Value;
        return value.Rule is ValueRule.DayOffset or ValueRule.Weekday or ValueRule.Date or ValueRule.DayOfRelativeMonth
            || value.Rule == ValueRule.MonthDate && value.D > 0;
    }

    private static string ResolveTime(DateOnly? anchor, int hh, int mm)
    {
        string t = "T" + hh.ToString("D2", CultureInfo.InvariantCulture) + ":" + mm.ToString("D2", CultureInfo.InvariantCulture);
        return anchor is { } a ? Iso(a) + t : t;
    }

    // ---------------------------------------------------------------- numeric dates

    private bool TryNumericDate(int i, out int next, out TemporalCandidate? c)
    {
        next = i;
        c = null;
        int day, month, year, last;
        ReadOnlySpan<char> text = _t[i].Normalized;
        int dot1 = text.IndexOf('.'), dot2 = dot1 < 0 ? -1 : text.LastIndexOf('.');
        if (dot2 > dot1 && text[(dot1 + 1)..dot2].IndexOf('.') < 0
            && DottedPart(text[..dot1], out int p0) && DottedPart(text[(dot1 + 1)..dot2], out int p1) && DottedPart(text[(dot2 + 1)..], out int p2))
        {
            // 20.10.2021 or 2021.10.20 (one number token)
            if (!OrderParts(p0, dot1, p1, p2, text.Length - dot2 - 1, out day, out month, out year)) return false;
            last = i;
        }
        else
        {
            // 20/10/2021, 10-20-2021, 2021/10/20 (five adjacent tokens)
            if (!Number(i, out int a, out int d1, out char e1) || e1 != '\0' || d1 > 4) return false;
            char sep = In(i + 1) ? _t[i + 1].Text[0] : '\0';
            if (sep is not ('/' or '-') || !IsPunct(i + 1, sep) || !IsPunct(i + 3, sep)) return false;
            if (!(Adjacent(i, i + 1) && Adjacent(i + 1, i + 2) && Adjacent(i + 2, i + 3) && Adjacent(i + 3, i + 4))
                && !(sep == '/' && Spaced(i) && Spaced(i + 1) && Spaced(i + 2) && Spaced(i + 3))) return false;
            if (!Number(i + 2, out int b, out int d2, out _) || d2 > 2 || !Number(i + 4, out int z, out int d3, out char e3)) return false;
            last = i + 4;
            // 29/11/1433هـ, 1433/11/29 هـ: a Hijri date (day first or year first, never month first).
            bool hijri = e3 == '\u0647';
            if (!hijri && Get(last + 1, LexKind.EraMarker, out var marker) && marker.Flags.HasFlag(LexFlags.Hijri)) { hijri = true; last++; }
            else if (hijri && Get(last + 1, LexKind.EraMarker, out var marker2) && marker2.Flags.HasFlag(LexFlags.Hijri) && !Adjacent(last, last + 1)) last++;
            if (hijri)
            {
                (year, month, day) = d1 == 4 ? (a, b, z) : (z, b, a);
                if (d1 is not (4 or 1 or 2) || year is < 1300 or > 1600 || Convert(Calendar.Hijri, year, month, day) is not { } hijriDate) return false;
                next = last + 1;
                c = Make(i, last, TemporalType.Date, new TemporalValue(ValueRule.Date, hijriDate.DayNumber), hijriDate);
                return true;
            }

            if (!OrderParts(a, d1, b, z, d3, out day, out month, out year)) return false;
        }

        if (SafeDate(year, month, day) is not { } date || year < 1900 || year > 2100) return false;

        next = last + 1;
        c = Make(i, last, TemporalType.Date, new TemporalValue(ValueRule.Date, date.DayNumber), date);
        return true;
    }

    /// <summary>One to four ASCII digits.</summary>
    private static bool DottedPart(ReadOnlySpan<char> part, out int value)
    {
        value = 0;
        if (part.Length is < 1 or > 4) return false;
        foreach (char ch in part)
        {
            if (!char.IsAsciiDigit(ch)) return false;
            value = (value * 10) + (ch - '0');
        }

        return true;
    }

    /// <summary>Orders three numeric parts: year first (Y/M/D) or last (D/M/Y or M/D/Y). Day-first unless the parts or
    /// an English dateline say month-first.</summary>
    private bool OrderParts(int a, int aDigits, int b, int c, int cDigits, out int day, out int month, out int year)
    {
        day = month = year = 0;
        if (aDigits == 4)
        {
            if (cDigits > 2) return false;
            (year, month, day) = (a, b, c);
            return true;
        }

        if (cDigits is not (4 or 2) || aDigits > 2) return false;
        year = cDigits == 2 ? 2000 + c : c;
        if (a > 12 && b <= 12) (day, month) = (a, b);
        else if (b > 12 && a <= 12) (day, month) = (b, a);
        else if (UsOrder()) (day, month) = (b, a);
        else (day, month) = (a, b);
        return true;
    }

    // ---------------------------------------------------------------- weekdays

    private bool TryWeekdayPhrase(int i, out int next, out TemporalCandidate? c)
    {
        next = i;
        c = null;
        int first = i, j = i;
        int prefix = FirstPrefix(i);
        bool today = false;
        if (Get(j, LexKind.DayPart, out _) && (Has(j + 1, LexKind.Yom) || Has(j + 1, LexKind.Weekday))) j++;
        if (Get(j, LexKind.Today, out _) && Has(j + 1, LexKind.Weekday)) { today = true; j++; }
        else if (Has(j, LexKind.Yom) && (Has(j + 1, LexKind.Weekday) || Has(j + 1, LexKind.WeekdayBare))) j++;

        LexEntry wd;
        if (!Get(j, LexKind.Weekday, out wd) && !(j > first && Get(j, LexKind.WeekdayBare, out wd))) return false;
        // أحد without the article is "one"; الأحد followed by عشر is "eleven".
        if (In(j + 1) && _t[j + 1].Normalized is "عشر" or "عشره" or "عشرة") return false;
        j++;

        int rel = 0;
        if (Get(j, LexKind.RelModifier, out var rm)) { rel = rm.Value; j++; }
        // الجمعة والسبت المقبلين: a dual or plural modifier after the next weekday covers both.
        else if (Get(j, LexKind.Weekday, out var wd2) && wd2.PrefixLetters == 1 && _t[j].Normalized[0] == '\u0648'
                 && Get(j + 1, LexKind.RelModifier, out var shared) && _t[j + 1].Normalized.EndsWith("\u064A\u0646", StringComparison.Ordinal))
            rel = shared.Value;

        // A date right after the weekday carries the value: الخميس ١٢ يناير ٢٠٢٣، Wednesday, 10/20/2021
        int k = IsPunctAny(j, ",،-") ? j + 1 : j;
        if (In(k) && (TryNumericDate(k, out int n2, out var dc) || TryDateCore(k, k, out n2, out dc)))
        {
            next = n2;
            c = new TemporalCandidate
            {
                Span = TextSpan.FromBounds(StartOf(first, prefix), dc!.Span.End),
                Type = TemporalType.Date,
                Value = dc.Value,
                AbsoluteDate = dc.AbsoluteDate,
            };
            return true;
        }

        int weekday = wd.Value;
        next = j;
        // اليوم (السبت)، أمس الجمعة، غدا الأحد: a weekday in apposition to a deictic day names that day, whatever the
        // verb's tense (سوف تحتفل مساء اليوم (السبت) is today). It is resolved to the date of that weekday nearest to the
        // deictic day, so that a document date a day or two off (a crawl date) does not move it by a week.
        if (rel == 0 && !today && DeicticDayBefore(first) is { } offset)
        {
            c = Make(first, j - 1, TemporalType.Date, new TemporalValue(ValueRule.Weekday, weekday, 0, C: offset, D: 1), start: StartOf(first, prefix));
            return true;
        }

        bool forward = rel > 0 || (rel == 0 && !today && ForwardContext(first));
        c = Make(first, j - 1, TemporalType.Date, new TemporalValue(ValueRule.Weekday, weekday, rel, Forward: forward), start: StartOf(first, prefix));
        return true;
    }

    /// <summary>The day, relative to the document date, of a deictic day word right before token i or before an opening
    /// bracket there: اليوم 0, أمس −1, أول (من) أمس −2, غدا and يوم غد +1, بعد غد +2; else null.</summary>
    private int? DeicticDayBefore(int i)
    {
        int k = IsPunctAny(i - 1, "([") ? i - 2 : i - 1;
        if (!In(k)) return null;
        foreach (var e in Entries(k))
        {
            if (e.PrefixLetters != 0) continue;
            switch (e.Kind)
            {
                case LexKind.Today: return 0;
                case LexKind.Tomorrow: return e.Flags.HasFlag(LexFlags.NounHomograph) ? null : 1;
                case LexKind.Ghad: return Has(k - 1, LexKind.After) ? 2 : 1;
                case LexKind.Yesterday:
                    return Has(k - 1, LexKind.First) || Has(k - 1, LexKind.Min) && Has(k - 2, LexKind.First) ? -2 : -1;
            }
        }

        return null;
    }

    /// <summary>يوم غد، يوم أمس: the day word before a deictic one (the pair is one expression).</summary>
    private bool TryYomDeictic(int i, out int next, out TemporalCandidate? c)
    {
        next = i;
        c = null;
        if (!Has(i, LexKind.Yom) || _t[i].Normalized != "\u064A\u0648\u0645") return false;
        int offset;
        if (Has(i + 1, LexKind.Ghad) || Get(i + 1, LexKind.Tomorrow, out var t) && t.PrefixLetters == 0 && !t.Flags.HasFlag(LexFlags.NounHomograph)) offset = 1;
        else if (Get(i + 1, LexKind.Yesterday, out var y) && y.PrefixLetters == 0 && !IsElativeAmass(i + 1)) offset = -1;
        else return false;
        if (offset < 0 && In(i + 2) && _t[i + 2].Normalized == "الاول") return false;
        next = i + 2;
        c = Make(i, i + 1, TemporalType.Date, new TemporalValue(ValueRule.DayOffset, offset), start: StartOf(i, FirstPrefix(i)));
        return true;
    }

    /// <summary>The date of the weekday nearest to the anchor plus <paramref name="offset"/> days (at most three days
    /// away).</summary>
    private static string? ResolveWeekdayNear(DateOnly? anchor, int weekday, int offset)
    {
        if (anchor is not { } a) return null;
        var day = a.AddDays(offset);
        int delta = (weekday - (int)day.DayOfWeek + 7) % 7;
        return Iso(day.AddDays(delta > 3 ? delta - 7 : delta));
    }

    private static string? ResolveWeekday(DateOnly? anchor, int weekday, int rel, bool forward)
    {
        if (anchor is not { } a) return null;
        int now = (int)a.DayOfWeek;
        int delta;
        if (forward)
        {
            delta = (weekday - now + 7) % 7;
            if (delta == 0) delta = 7;
        }
        else
        {
            delta = -((now - weekday + 7) % 7);
            if (rel < 0 && delta == 0) delta = -7;
        }

        return Iso(a.AddDays(delta));
    }

    // ---------------------------------------------------------------- month-based dates

    private enum Calendar { Gregorian, Hijri, Persian }

    /// <summary>A month name at token j (one or two tokens). Returns the token after it.</summary>
    private bool TryMonth(int j, out int month, out Calendar calendar, out bool ambiguous, out int after)
    {
        month = 0;
        calendar = Calendar.Gregorian;
        ambiguous = false;
        after = j;
        if (!In(j)) return false;
        foreach (var e in Entries(j))
        {
            switch (e.Kind)
            {
                case LexKind.GregorianMonth:
                    if (_t[j].Kind == TokenKind.Latin && e.Flags.HasFlag(LexFlags.Ambiguous) && !char.IsUpper(_t[j].Text[0])) continue;
                    if (e.Flags.HasFlag(LexFlags.MaddaOnly) && !HasAlefMadda(_t[j].Text)) continue;
                    month = e.Value;
                    ambiguous = e.Flags.HasFlag(LexFlags.Ambiguous);
                    after = j + 1;
                    return true;
                case LexKind.HijriMonth:
                    month = e.Value;
                    calendar = Calendar.Hijri;
                    ambiguous = true;
                    after = j + 1;
                    return true;
                case LexKind.PersianMonth:
                    month = e.Value;
                    calendar = Calendar.Persian;
                    ambiguous = true;
                    after = j + 1;
                    return true;
                case LexKind.LevantineHead when In(j + 1):
                {
                    string n = _t[j + 1].Normalized;
                    bool firstOf = n is "الاول";
                    bool second = n is "الثاني" or "ثاني";
                    if (!firstOf && !second && n != "اول") continue;
                    firstOf |= n == "اول";
                    month = e.Value == 1 ? (second ? 1 : 12) : (firstOf ? 10 : 11);
                    after = j + 2;
                    return true;
                }

                case LexKind.HijriHead when In(j + 1):
                {
                    string n = _t[j + 1].Normalized;
                    int m = e.Value switch
                    {
                        3 => n is "الاول" ? 3 : n is "الثاني" or "الاخر" or "الاخير" ? 4 : 0,
                        5 => n is "الاولي" or "الاول" ? 5 : n is "الاخرة" or "الاخره" or "الثانية" or "الثانيه" or "الاخر" ? 6 : 0,
                        _ => n is "القعدة" or "القعده" ? 11 : n is "الحجة" or "الحجه" ? 12 : 0,
                    };
                    if (m == 0) continue;
                    month = m;
                    calendar = Calendar.Hijri;
                    after = j + 2;
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether the noun reading of the word at j is the one: an Arabic word that is no temporal word and does
    /// not look like a verb follows (بكرة القدم، بكرة رأسية، بكرة وأصيلا, but بكرة الأحد، بكرة نلتقي and بكرة. stay
    /// "tomorrow"), or the word before is عن (عن بكرة أبيهم).</summary>
    private bool IsNounReading(int j)
        => In(j + 1) && _t[j + 1].Kind == TokenKind.Word && Entries(j + 1).Length == 0 && !LooksLikeImperfectVerb(j + 1)
            || In(j - 1) && _t[j - 1].Normalized == "\u0639\u0646";

    /// <summary>أمسّ the elative ("most in need") rather than "yesterday": after في or with ب, before a definite noun
    /// that is no temporal word (في أمس الحاجة، بأمس الحاجة إلى). "Yesterday" takes no في, and أمس الأول، أمس الجمعة
    /// have temporal words after it.</summary>
    private bool IsElativeAmass(int j)
    {
        string word = _t[j].Normalized;
        bool prepositioned = In(j - 1) && _t[j - 1].Normalized == "\u0641\u064A" || word.Length == 4 && word[0] == '\u0628';
        return prepositioned && In(j + 1) && _t[j + 1].Kind == TokenKind.Word
            && _t[j + 1].Normalized.StartsWith("\u0627\u0644", StringComparison.Ordinal) && Entries(j + 1).Length == 0;
    }

    /// <summary>A word that starts like an imperfect verb (ي، ت، ن، أ and no article): بكرة نلتقي is "tomorrow we meet".</summary>
    private bool LooksLikeImperfectVerb(int i)
        => _t[i].Normalized is { Length: >= 4 } n && n[0] is '\u064A' or '\u062A' or '\u0646' or '\u0627' && !n.StartsWith("\u0627\u0644", StringComparison.Ordinal);

    /// <summary>Whether a word is written with alef madda: آ, its presentation forms, or alef + combining madda.</summary>
    private static bool HasAlefMadda(ReadOnlySpan<char> word)
        => word.IndexOfAny(ArabicChars.AlefMadda, '\uFE81', '\uFE82') >= 0 || word.IndexOf("\u0627\u0653", StringComparison.Ordinal) >= 0;

    /// <summary>A day of the month at token j: a number 1–31, an ordinal word, or الـ + number.</summary>
    private bool TryDay(int j, out int day, out int after)
    {
        day = 0;
        after = j;
        if (Number(j, out int d, out int digits, out char era) && era == '\0' && digits <= 2 && d is >= 1 and <= 31)
        {
            day = d;
            after = j + 1;
            return true;
        }

        if (In(j) && _t[j].Normalized == "ال" && Adjacent(j, j + 1) && Number(j + 1, out d, out digits, out era) && era == '\0' && digits <= 2 && d is >= 1 and <= 31)
        {
            day = d;
            after = j + 2;
            return true;
        }

        if (Get(j, LexKind.Ordinal, out var o) && o.PrefixLetters == 0)
        {
            day = o.Value;
            after = j + 1;
            // الرابع عشر، الحادي عشر: 11th to 19th (الحادي stands only before عشر).
            if (day < 10 && In(after) && _t[after].Normalized is "عشر" or "عشره" or "عشرة")
            {
                day += 10;
                after++;
            }
            else if (_t[j].Normalized == "الحادي")
            {
                return false;
            }

            return true;
        }

        return false;
    }

    /// <summary>A year at token j: digits with an optional era suffix or marker.</summary>
    private bool TryYearNumber(int j, Calendar calendar, out int year, out bool hijri, out int after)
    {
        year = 0;
        hijri = false;
        after = j;
        bool parenthesized = IsPunct(j, '(') && IsPunct(j + 2, ')');
        if (parenthesized) j++;
        if (!Number(j, out int y, out int digits, out char era) || digits is not (4 or 3)) return false;
        hijri = era == '\u0647';
        after = parenthesized ? j + 2 : j + 1;
        if (Get(after, LexKind.EraMarker, out var marker) && (Adjacent(after - 1, after) || marker.Value == 0))
        {
            hijri |= marker.Flags.HasFlag(LexFlags.Hijri);
            after++;
        }

        bool plausible = calendar switch
        {
            Calendar.Gregorian when !hijri => y is >= 1000 and <= 2999,
            _ => y is >= 1200 and <= 1600,
        };
        if (!plausible) return false;
        year = y;
        return true;
    }

    private bool TryDateCore(int start, int i, out int next, out TemporalCandidate? c)
    {
        next = i;
        c = null;
        int j = i;
        int first = i;
        bool partModifier = false;
        if (Get(j, LexKind.DayPart, out _) && (Number(j + 1, out _, out _, out _) || Has(j + 1, LexKind.GregorianMonth))) j++;
        if (Get(j, LexKind.PartModifier, out _)) { partModifier = true; j++; }
        if (Has(j, LexKind.MonthWord)) j++;

        bool hasDay = TryDay(j, out int day, out int afterDay);
        if (hasDay)
        {
            j = afterDay;
            if (Has(j, LexKind.Min)) j++;
            // الـ12 من شهر أغسطس: the word شهر before the month's name.
            if (Has(j, LexKind.MonthWord) && TryMonth(j + 1, out _, out _, out _, out _)) j++;
        }

        // الـ18 من الشهر الجاري
        if (hasDay && Get(j, LexKind.UnitNoun, out var un) && un.Value == TimeUnit.Month && Get(j + 1, LexKind.RelModifier, out var rm0))
        {
            next = j + 2;
            c = Make(first, j + 1, TemporalType.Date, new TemporalValue(ValueRule.DayOfRelativeMonth, rm0.Value, day));
            return true;
        }

        if (!TryMonth(j, out int month, out var calendar, out bool ambiguous, out int afterMonth)) return false;
        int monthToken = j;
        j = afterMonth;

        // Paired names: ديسمبر (كانون الأول)، تشرين الأول/أكتوبر، أغسطس/ آب
        bool paired = false;
        if (IsPunct(j, '(') && TryMonth(j + 1, out _, out _, out _, out int am) && IsPunct(am, ')'))
        {
            j = am + 1;
            paired = true;
        }
        else if (IsPunct(j, '/') && TryMonth(j + 1, out _, out _, out _, out int am2))
        {
            j = am2;
            paired = true;
        }

        // English order: October 20, 2021
        if (!hasDay && _t[monthToken].Kind == TokenKind.Latin && TryDay(j, out int enDay, out int afterEnDay)
            && (IsPunct(afterEnDay, ',') && TryYearNumber(afterEnDay + 1, calendar, out _, out _, out _) || TryYearNumber(afterEnDay, calendar, out _, out _, out _)))
        {
            hasDay = true;
            day = enDay;
            j = IsPunct(afterEnDay, ',') ? afterEnDay + 1 : afterEnDay;
        }

        int year = 0;
        bool hijriEra = false;
        bool hasYear = TryYearNumber(j, calendar, out year, out hijriEra, out int afterYear);
        // يونيو عام 2008، مايو من العام 2014، رمضان سنة 1436: the year word before the number.
        int yearWord = Has(j, LexKind.Min) ? j + 1 : j;
        if (!hasYear && Has(yearWord, LexKind.YearWord)) hasYear = TryYearNumber(yearWord + 1, calendar, out year, out hijriEra, out afterYear);
        int relYear = int.MinValue;
        int rel = int.MinValue;
        if (hasYear)
        {
            j = afterYear;
            if (hijriEra && calendar == Calendar.Gregorian) return false; // a Gregorian month with a Hijri year: malformed
        }
        else
        {
            int k = Has(j, LexKind.Min) ? j + 1 : j;
            if (Get(k, LexKind.This, out _) && Get(k + 1, LexKind.UnitNoun, out var yu) && yu.Value == TimeUnit.Year)
            {
                relYear = 0;
                j = k + 2;
            }
            else if (Get(k, LexKind.UnitNoun, out var yu2) && yu2.Value == TimeUnit.Year && Get(k + 1, LexKind.RelModifier, out var ry))
            {
                relYear = ry.Value;
                j = k + 2;
            }
            else if (Get(j, LexKind.RelModifier, out var r))
            {
                rel = r.Value;
                j++;
            }
        }

        bool context = hasDay || hasYear || paired || relYear != int.MinValue || rel != int.MinValue || partModifier
            || Has(monthToken - 1, LexKind.MonthWord);
        if (ambiguous && !context)
        {
            bool weakContext = calendar == Calendar.Gregorian && (Has(monthToken - 1, LexKind.Preposition) || FirstPrefix(monthToken) > 0 && Has(monthToken, LexKind.GregorianMonth));
            if (!weakContext) return false;
        }

        if (calendar == Calendar.Persian && !hasYear) return false;
        if (calendar == Calendar.Hijri && !(hasDay || hasYear || Has(monthToken - 1, LexKind.MonthWord) || rel != int.MinValue)) return false;

        bool forward = rel == int.MinValue && relYear == int.MinValue && !hasYear && ForwardContext(first);
        int d = hasDay ? day : 0;
        DateOnly? absolute = null;
        if (hasYear && hasDay && calendar == Calendar.Gregorian) absolute = SafeDate(year, month, d);
        if (hasYear && hasDay && calendar != Calendar.Gregorian) absolute = Convert(calendar, year, month, d);
        if (hasDay && hasYear && absolute is null) return false;

        next = j;
        c = Make(first, j - 1, TemporalType.Date, new TemporalValue(ValueRule.MonthDate, (int)calendar, year, month, d, relYear, rel, forward), absolute);
        return true;
    }

    private static string? ResolveMonthDate(DateOnly? anchor, Calendar cal, int y, int m, int d, int ry2, int r2, bool forward)
    {
        int yy;
        if (y != 0)
        {
            yy = y;
        }
        else if (ry2 != int.MinValue)
        {
            if (anchor is not { } a0) return null;
            yy = a0.Year + ry2;
            if (cal != Calendar.Gregorian) return null;
        }
        else
        {
            if (anchor is not { } a) return null;
            if (cal == Calendar.Hijri) return ResolveHijriWithoutYear(a, m, d, r2, forward);
            if (cal == Calendar.Persian) return null;
            yy = PickYear(a.Year, Comparer(m, d, a), r2, forward);
        }

        if (cal == Calendar.Gregorian)
            return d > 0 ? SafeDate(yy, m, d) is { } g ? Iso(g) : null : Iso(yy, m);
        var conv = Convert(cal, yy, m, d > 0 ? d : 1);
        return conv is null ? null : d > 0 ? Iso(conv.Value) : Iso(conv.Value.Year, conv.Value.Month);

        static int Comparer(int month, int day, DateOnly a)
        {
            int c1 = month.CompareTo(a.Month);
            return c1 != 0 || day == 0 ? c1 : day.CompareTo(a.Day);
        }
    }

    private static DateOnly? Convert(Calendar calendar, int year, int month, int day)
    {
        try
        {
            System.Globalization.Calendar cal = calendar == Calendar.Hijri ? new UmAlQuraCalendar() : new PersianCalendar();
            if (day > cal.GetDaysInMonth(year, month)) return null;
            return DateOnly.FromDateTime(cal.ToDateTime(year, month, day, 0, 0, 0, 0));
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>The year of a month (and day) named without one: <paramref name="cmp"/> compares it with the anchor's
    /// month (and day). الماضي (-1): strictly before; المقبل (+1): strictly after; الجاري (0): this year; otherwise the
    /// most recent on or before the anchor, or the next on or after it when the clause points forward.</summary>
    private static int PickYear(int anchorYear, int cmp, int rel, bool forward) => rel switch
    {
        -1 => cmp < 0 ? anchorYear : anchorYear - 1,
        1 => cmp > 0 ? anchorYear : anchorYear + 1,
        0 => anchorYear,
        _ when forward => cmp >= 0 ? anchorYear : anchorYear + 1,
        _ => cmp <= 0 ? anchorYear : anchorYear - 1,
    };

    private static string? ResolveHijriWithoutYear(DateOnly anchor, int month, int day, int rel, bool forward)
    {
        try
        {
            var cal = new UmAlQuraCalendar();
            var dt = anchor.ToDateTime(TimeOnly.MinValue);
            int hy = cal.GetYear(dt), hm = cal.GetMonth(dt), hd = cal.GetDayOfMonth(dt);
            int cmp = month != hm || day == 0 ? month.CompareTo(hm) : day.CompareTo(hd);
            int year = PickYear(hy, cmp, rel, forward);
            var g = Convert(Calendar.Hijri, year, month, day > 0 ? day : 1);
            return g is null ? null : day > 0 ? Iso(g.Value) : Iso(g.Value.Year, g.Value.Month);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    // ---------------------------------------------------------------- relative expressions

    private bool TryRelative(int i, out int next, out TemporalCandidate? c)
    {
        next = i;
        c = null;
        int first = i, j = i;

        // في وقت سابق (من) هذا الشهر
        if (In(i) && _t[i].Normalized == "في" && Has(i + 1, LexKind.Time) && Has(i + 2, LexKind.Earlier))
        {
            int k = i + 3;
            if (Has(k, LexKind.Min)) k++;
            if (TryUnitNounPhrase(k, out int after, out var resolve))
            {
                next = after;
                c = Make(first, after - 1, TemporalType.Date, resolve);
                return true;
            }

            return false;
        }

        if (Get(j, LexKind.DayPart, out _) && (Has(j + 1, LexKind.Yesterday) || Has(j + 1, LexKind.Today) || Has(j + 1, LexKind.Tomorrow))) j++;

        // أول أمس، أول من أمس، أمس الأول
        if (Has(j, LexKind.First) && (Has(j + 1, LexKind.Yesterday) || Has(j + 1, LexKind.Min) && Has(j + 2, LexKind.Yesterday)))
        {
            int last = Has(j + 1, LexKind.Yesterday) ? j + 1 : j + 2;
            next = last + 1;
            c = Make(first, last, TemporalType.Date, new TemporalValue(ValueRule.DayOffset, -2));
            return true;
        }

        if (Has(j, LexKind.Yesterday) && !IsElativeAmass(j))
        {
            int days = 1, last = j;
            // أمس الأول، البارحة الأولى: the day before yesterday.
            if (In(j + 1) && _t[j + 1].Normalized is "الاول" or "الاولي" or "الاولى") { days = 2; last = j + 1; }
            next = last + 1;
            c = Make(first, last, TemporalType.Date, new TemporalValue(ValueRule.DayOffset, -days));
            return true;
        }

        if (Has(j, LexKind.After) && Has(j + 1, LexKind.Ghad))
        {
            next = j + 2;
            c = Make(first, j + 1, TemporalType.Date, new TemporalValue(ValueRule.DayOffset, 2));
            return true;
        }

        if (Get(j, LexKind.Tomorrow, out var tomorrow) && !(tomorrow.Flags.HasFlag(LexFlags.NounHomograph) && IsNounReading(j)))
        {
            next = j + 1;
            c = Make(first, j, TemporalType.Date, new TemporalValue(ValueRule.DayOffset, 1));
            return true;
        }

        if (Has(j, LexKind.Tonight))
        {
            int days = 0, last = j;
            if (Get(j + 1, LexKind.RelModifier, out var r) && r.Value < 0) { days = -1; last = j + 1; }
            // الليلة قبل الماضية: the night before last (like أول أمس).
            else if (Has(j + 1, LexKind.Ago) && _t[j + 1].Normalized == "قبل" && Get(j + 2, LexKind.RelModifier, out var r2) && r2.Value < 0) { days = -2; last = j + 2; }
            next = last + 1;
            c = Make(first, last, TemporalType.Date, new TemporalValue(ValueRule.DayOffset, days));
            return true;
        }

        if (Has(j, LexKind.Today))
        {
            // اليوم الوطني، اليوم التالي، اليوم العالمي: a day, not today.
            if (In(j + 1) && _t[j + 1].Kind == TokenKind.Word && _t[j + 1].Normalized.StartsWith("ال", StringComparison.Ordinal) && !Has(j + 1, LexKind.Weekday))
                return false;
            // 24 ساعة في اليوم، مرتين في اليوم، مليون برميل في اليوم: a rate ("a day"), not today.
            if (IsRatePer(j)) return false;
            next = j + 1;
            c = Make(first, j, TemporalType.Date, new TemporalValue(ValueRule.DayOffset, 0));
            return true;
        }

        // مطلع الأسبوع، نهاية العام الماضي، الشهر الجاري، هذا العام
        int p = j;
        if (Has(p, LexKind.PartModifier)) p++;
        // مطلع العام 2014: the year's number, not this year.
        if (p > j && TryYear(first, p, out int afterYear, out var year))
        {
            next = afterYear;
            c = year;
            return true;
        }

        if (TryUnitNounPhrase(p, out int end, out var res, allowBare: p > j))
        {
            next = end;
            c = Make(first, end - 1, TemporalType.Date, res);
            return true;
        }

        return false;
    }

    /// <summary>Whether the word at j follows في after a quantity: a unit or "times" word right before في, or a number
    /// up to three tokens before it (24 ساعة في اليوم، مرة في اليوم، عشرة آلاف برميل في اليوم).</summary>
    private bool IsRatePer(int j)
    {
        if (!In(j - 2) || _t[j - 1].Normalized != "في") return false;
        if (Has(j - 2, LexKind.Unit) || Has(j - 2, LexKind.PluralUnit) || _t[j - 2].Normalized is "مرة" or "مره" or "مرات" or "مرتين" or "مرتان")
            return true;
        for (int k = j - 2; k >= Math.Max(_lo, j - 4); k--)
        {
            if (_t[k].Kind == TokenKind.Number || Has(k, LexKind.Cardinal) || _t[k].Normalized is "مليون" or "ملايين" or "الف" or "الاف") return true;
            if (_t[k].Kind != TokenKind.Word) return false;
        }

        return false;
    }

    /// <summary>(هذا|هذه)? (الأسبوع|الشهر|العام|السنة) (الماضي|الجاري|المقبل)? — bare only after a part modifier.</summary>
    private bool TryUnitNounPhrase(int j, out int after, out TemporalValue resolve, bool allowBare = false)
    {
        after = j;
        resolve = default;
        bool demonstrative = Has(j, LexKind.This);
        int k = demonstrative ? j + 1 : j;
        if (!Get(k, LexKind.UnitNoun, out var unit)) return false;
        int offset;
        if (Get(k + 1, LexKind.RelModifier, out var rel))
        {
            offset = rel.Value;
            after = k + 2;
        }
        else if (demonstrative || allowBare)
        {
            offset = 0;
            after = k + 1;
        }
        else
        {
            return false;
        }

        resolve = new TemporalValue(ValueRule.UnitNoun, unit.Value, offset);
        return true;
    }

    private static string? ResolveUnitNoun(DateOnly? anchor, int u, int offset)
    {
        if (anchor is not { } a) return null;
        return u switch
        {
            TimeUnit.Week => IsoWeek(a.AddDays(7 * offset)),
            TimeUnit.Month => Iso(a.AddMonths(offset).Year, a.AddMonths(offset).Month),
            _ => Iso(a.Year + offset),
        };
    }

    /// <summary>A count and a unit: 25 عاما، ثلاثة أشهر، بضعة أيام، يومين، (with a trigger) شهر.</summary>
    private bool TryCountUnit(int j, bool singularAllowed, out int count, out int unit, out int after)
    {
        count = 0;
        unit = 0;
        after = j;
        if (Number(j, out int n, out int digits, out char era) && era == '\0' && digits <= 4 && Get(j + 1, LexKind.Unit, out var u1) && !u1.Flags.HasFlag(LexFlags.Dual))
        {
            count = n;
            unit = u1.Value;
            after = j + 2;
            return true;
        }

        if (CompoundCardinal(j, out int compound) && Get(j + 2, LexKind.Unit, out var u5) && !u5.Flags.HasFlag(LexFlags.Dual))
        {
            count = compound;
            unit = u5.Value;
            after = j + 3;
            return true;
        }

        if (Get(j, LexKind.Cardinal, out var card) && Get(j + 1, LexKind.Unit, out var u2) && !u2.Flags.HasFlag(LexFlags.Dual))
        {
            count = card.Value;
            unit = u2.Value;
            after = j + 2;
            return true;
        }

        if (Has(j, LexKind.Few) && Get(j + 1, LexKind.Unit, out var u3))
        {
            count = -1;
            unit = u3.Value;
            after = j + 2;
            return true;
        }

        if (Get(j, LexKind.Unit, out var u4) && (u4.Flags.HasFlag(LexFlags.Dual) || singularAllowed && !u4.Flags.HasFlag(LexFlags.Plural)) && u4.PrefixLetters == 0)
        {
            count = u4.Flags.HasFlag(LexFlags.Dual) ? 2 : 1;
            unit = u4.Value;
            after = j + 1;
            return true;
        }

        return false;
    }

    /// <summary>A number of two words at j, j + 1: 11–19 as units word and عشر/عشرة (أحد عشر، إحدى عشرة، اثنا عشر،
    /// ثلاثة عشر), or 21–99 as units word and و + tens (خمسة وعشرين، ثلاث وثلاثون). A count noun must follow (the caller
    /// checks), so أحد عشر لاعبا stays no date and the Sunday reading of أحد never counts.</summary>
    private bool CompoundCardinal(int j, out int value)
    {
        value = 0;
        if (!In(j + 1) || _t[j].Kind != TokenKind.Word || _t[j + 1].Kind != TokenKind.Word) return false;
        string units = _t[j].Normalized;
        int n = units is "احد" or "احدي" or "احدى" ? 1
            : units is "اثنا" or "اثني" or "اثنتا" or "اثنتي" ? 2
            : Get(j, LexKind.Cardinal, out var c) && c.PrefixLetters == 0 && c.Value is >= 3 and <= 9 ? c.Value
            : 0;
        if (n == 0) return false;
        string second = _t[j + 1].Normalized;
        if (Get(j + 1, LexKind.Cardinal, out var ten) && ten.Value == 10 && ten.PrefixLetters == 0)
        {
            value = 10 + n;
            return true;
        }

        if (second.Length > 1 && second[0] == '\u0648' && Get(j + 1, LexKind.Cardinal, out var tens) && tens.PrefixLetters == 1
            && tens.Value is >= 20 and <= 90 && tens.Value % 10 == 0)
        {
            value = tens.Value + n;
            return true;
        }

        return false;
    }

    /// <summary>Whether a lone singular unit word at <paramref name="j"/> (<paramref name="after"/> = j + 1) names the
    /// calendar item after it rather than counting one unit: شهر مارس، عام 2014، يوم الأحد (منذ شهر مارس is "since
    /// March", not "a month ago"; خلال عام 2014 is "during 2014", not a year's length).</summary>
    private bool NamesACalendarItem(int j, int after, int unit)
    {
        if (after != j + 1 || _t[j].Kind != TokenKind.Word || Has(j, LexKind.Cardinal)) return false;
        return unit switch
        {
            TimeUnit.Month => TryMonth(after, out _, out _, out _, out _),
            TimeUnit.Year => Number(after, out _, out int digits, out _) && digits == 4,
            TimeUnit.Day => Has(after, LexKind.Weekday),
            _ => false,
        };
    }

    private static string DurationValue(int count, int unit)
    {
        string n = count < 0 ? "X" : count.ToString(CultureInfo.InvariantCulture);
        return unit switch
        {
            TimeUnit.Year => $"P{n}Y",
            TimeUnit.Month => $"P{n}M",
            TimeUnit.Week => $"P{n}W",
            TimeUnit.Day => $"P{n}D",
            TimeUnit.Hour => $"PT{n}H",
            _ => $"PT{n}M",
        };
    }

    private bool TryAgo(int i, out int next, out TemporalCandidate? c)
    {
        next = i;
        c = null;
        if (!Has(i, LexKind.Ago)) return false;
        int j = i + 1;
        if (In(j) && _t[j].Normalized is "نحو" or "حوالي" or "اكثر" && true) j += _t[j].Normalized == "اكثر" && Has(j + 1, LexKind.Min) ? 2 : 1;
        if (!TryCountUnit(j, singularAllowed: true, out int count, out int unit, out int after) || count < 0) return false;
        if (unit is TimeUnit.Hour or TimeUnit.Minute || NamesACalendarItem(j, after, unit)) return false;
        next = after;
        c = Make(i, after - 1, TemporalType.Date, new TemporalValue(ValueRule.Ago, count, unit));
        return true;
    }

    private static string? ResolveAgo(DateOnly? anchor, int count, int unit)
    {
        if (anchor is not { } a) return null;
        return unit switch
        {
            TimeUnit.Year => Iso(a.Year - count),
            TimeUnit.Month => Iso(a.AddMonths(-count).Year, a.AddMonths(-count).Month),
            TimeUnit.Week => IsoWeek(a.AddDays(-7 * count)),
            _ => Iso(a.AddDays(-count)),
        };
    }

    /// <summary>خلال الأيام الماضية، على مدى الأسابيع الماضية، في الأشهر المقبلة: a vague past or future reference.</summary>
    private bool TryVague(int i, out int next, out TemporalCandidate? c)
    {
        next = i;
        c = null;
        int j = i;
        if (Has(j, LexKind.Within) || (In(j) && _t[j].Normalized == "في")) j++;
        else if (Has(j, LexKind.DurationTrigger)) j++;
        else if (In(j) && _t[j].Normalized == "علي" && Has(j + 1, LexKind.DurationTrigger)) j += 2;
        if (j == i || !Has(j, LexKind.PluralUnit)) return false;
        int k = j + 1;
        bool direction = false;
        while (Get(k, LexKind.Vague, out var v))
        {
            direction |= v.Value != 0;
            k++;
        }

        if (!direction) return false;
        next = k;
        c = Make(i, k - 1, TemporalType.Date, default);
        return true;
    }

    private bool TryDuration(int start, int i, out int next, out TemporalCandidate? c)
    {
        next = i;
        c = null;
        int j = i;
        bool trigger = false;
        if (In(j) && _t[j].Normalized == "علي" && Has(j + 1, LexKind.DurationTrigger)) { j += 2; trigger = true; }
        else if (In(j) && _t[j].Normalized == "في" && Has(j + 1, LexKind.DurationTrigger)) { j += 2; trigger = true; }
        else if (Has(j, LexKind.DurationTrigger) || Has(j, LexKind.Within)) { j++; trigger = true; }

        if (!TryCountUnit(j, singularAllowed: trigger, out int count, out int unit, out int after)) return false;
        if ((!trigger && count == 1) || NamesACalendarItem(j, after, unit)) return false;
        // "25 عاما" without a trigger is still a length of time; a lone dual (يومين) needs a trigger.
        if (!trigger && j + 1 == after && _t[j].Kind == TokenKind.Word && !Has(j, LexKind.Cardinal)) return false;
        next = after;
        c = Make(start, after - 1, TemporalType.Duration, new TemporalValue(ValueRule.Duration, count, unit));
        return true;
    }

    private bool TrySet(int i, out int next, out TemporalCandidate? c)
    {
        next = i;
        c = null;
        if (Get(i, LexKind.SetAdverb, out var adv))
        {
            next = i + 1;
            c = Make(i, i, TemporalType.Set, new TemporalValue(ValueRule.Duration, 1, adv.Value));
            return true;
        }

        if (Has(i, LexKind.Every) && Get(i + 1, LexKind.Unit, out var u) && !u.Flags.HasFlag(LexFlags.Dual) && u.PrefixLetters == 0
            && _t[i + 1].Normalized is "يوم" or "اسبوع" or "شهر" or "عام" or "سنة" or "سنه" or "ساعة" or "ساعه")
        {
            next = i + 2;
            c = Make(i, i + 1, TemporalType.Set, new TemporalValue(ValueRule.Duration, 1, u.Value));
            return true;
        }

        return false;
    }

    // ---------------------------------------------------------------- years

    private bool TryYear(int start, int i, out int next, out TemporalCandidate? c)
    {
        next = i;
        c = null;
        int j = i;
        bool yearWord = Get(j, LexKind.YearWord, out _);
        if (yearWord) j++;
        bool parenthesized = IsPunct(j, '(') && IsPunct(j + 2, ')') && (yearWord || !IsNumberLabel(j - 1));
        if (parenthesized) j++;
        if (!Number(j, out int y, out int digits, out char era) || digits != 4) return false;
        bool hijri = era == '\u0647';
        int after = parenthesized ? j + 2 : j + 1;
        if (Get(after, LexKind.EraMarker, out var marker))
        {
            hijri |= marker.Flags.HasFlag(LexFlags.Hijri);
            after++;
        }

        // 1936 - 1939, 1936-1939: a span of years; 1435/1436هـ a span of Hijri years (the era after the second).
        if (!parenthesized && !hijri && IsPunctAny(j + 1, "-\u2013/") && Number(j + 2, out int y2, out int d2, out char e2) && d2 == 4
            && e2 is '\0' or '\u0647' && y is >= 1000 and <= 2999 && y2 > y && y2 - y <= 200)
        {
            int last = j + 2;
            bool hijriSpan = e2 == '\u0647';
            if (e2 == '\0' && Get(j + 3, LexKind.EraMarker, out var m2) && m2.Flags.HasFlag(LexFlags.Hijri))
            {
                hijriSpan = true;
                last = j + 3;
            }

            if (!hijriSpan || y is >= 1200 and <= 1600 && y2 <= 1600)
            {
                next = last + 1;
                c = Make(start, last, TemporalType.Date, new TemporalValue(ValueRule.YearRange, y, y2, hijriSpan ? 1 : 0));
                return true;
            }
        }

        bool eraGiven = era != '\0' || after > (parenthesized ? j + 2 : j + 1);
        // على بعد 1500م، بارتفاع 2400 م، مساحة 3000م2: the letter م after a measure is metres, not the era.
        if (eraGiven && !hijri && !yearWord && !parenthesized && (era == '\u0645' || _t[after - 1].Normalized == "\u0645") && IsMetres(j, after))
            return false;
        // A year alone in parentheses, after any word: القدس (1948).
        bool enclosed = !yearWord && !parenthesized && start == j && IsPunct(j - 1, '(') && IsPunct(j + 1, ')') && !IsNumberLabel(j - 2);
        // A year naming an event: حرب 1967، الانتفاضة الأولى 1987 (the noun, maybe with an ordinal after it), unless a
        // round number is followed by a noun it may count (خلفت الحرب 2000 قتيل).
        bool eventYear = !yearWord && !parenthesized && start == j
            && (Has(j - 1, LexKind.EventNoun) || Has(j - 2, LexKind.EventNoun) && IsOrdinalAdjective(j - 1))
            && !(y % 50 == 0 && In(j + 1) && _t[j + 1].Kind == TokenKind.Word && !_t[j + 1].Normalized.StartsWith("ال", StringComparison.Ordinal)
                 && !_t[j + 1].Normalized.StartsWith('و') && !Has(j + 1, LexKind.Preposition));
        bool context = yearWord || eraGiven || (parenthesized || enclosed || eventYear) && y is >= 1800 and <= 2100;
        if (!context)
        {
            // A bare four-digit number is a year only after a temporal preposition and before no noun.
            bool prep = In(j - 1) && _t[j - 1].Normalized is "منذ" or "حتي" or "مطلع" or "منتصف" or "اواخر" or "بداية" or "نهاية" or "اوائل" or "مستهل"
                || In(j - 1) && _t[j - 1].Normalized == "في" && (!In(j + 1) || _t[j + 1].Kind != TokenKind.Word || _t[j + 1].Normalized.StartsWith('و'));
            if (!prep) return false;
        }

        if (hijri ? y is < 1200 or > 1600 : y is < 1000 or > 2999) return false;
        next = after;
        c = Make(start, after - 1, TemporalType.Date, new TemporalValue(ValueRule.Year, y, hijri ? 1 : 0));
        return true;
    }

    /// <summary>Words of a measure that a number of metres follows (<see cref="IsMetres"/>): length, height, depth,
    /// width, distance, area, thickness, a race, and the verbs of rising and lying at a distance; with the proclitics
    /// و، ب، ل, the article and a possessive (طوله، مساحتها). Normalized, with ة and ه both.</summary>
    private static readonly FrozenSet<string> s_measureWords = MeasureWords();

    /// <summary>Words that make a number approximate (حوالي، نحو، قرابة، زهاء), with ب: a measure, not a year, when the
    /// letter م follows the number.</summary>
    private static readonly string[] s_approximators = ["حوالي", "بحوالي", "حوالى", "بحوالى", "نحو", "بنحو", "قرابة", "قرابه", "زهاء", "يقارب", "تقريبا"];

    private static FrozenSet<string> MeasureWords()
    {
        string[] nouns = ["طول", "ارتفاع", "عمق", "عرض", "مسافة", "مساحة", "سماكة", "سمك", "سباق"];
        string[] prefixes = ["", "و", "ب", "ل", "وب", "ول", "ال", "وال", "بال", "لل", "وبال"];
        var words = new HashSet<string>(StringComparer.Ordinal) { "يرتفع", "ترتفع", "يبعد", "تبعد" };
        foreach (string noun in nouns)
        {
            string stem = noun.EndsWith('\u0629') ? noun[..^1] + "\u062A" : noun; // مساحة → مساحت before a suffix
            foreach (string p in prefixes)
            {
                words.Add(p + noun);
                if (noun.EndsWith('\u0629')) words.Add(p + noun[..^1] + "\u0647");
                if (p.Contains('\u0644') && p.EndsWith('\u0644')) continue; // no possessive after the article
                words.Add(p + stem + "\u0647");
                words.Add(p + stem + "\u0647\u0627");
            }
        }

        return words.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>Whether a four-digit number at j with the letter م (ending at <paramref name="after"/>) is a measure in
    /// metres rather than a year: square or cubic metres (<c>1000م2</c>, <c>500 م3</c>), or a measure word before it,
    /// maybe through an approximator (<c>بارتفاع 2400م</c>، <c>مساحتها نحو 3000 م</c>), an approximator alone
    /// (<c>بحوالي 1500م</c>), or على بعد (<c>على بعد 1200م</c>; بعد alone is "after": بعد 2003م is a year).</summary>
    private bool IsMetres(int j, int after)
    {
        if (In(after) && Adjacent(after - 1, after) && _t[after].Normalized is "2" or "3" or "\u00B2" or "\u00B3") return true;
        int k = j - 1;
        if (!In(k) || _t[k].Kind != TokenKind.Word) return false;
        string w = _t[k].Normalized;
        if (Array.IndexOf(s_approximators, w) >= 0) return true;
        if (s_measureWords.Contains(w)) return true;
        return w == "بعد" && In(k - 1) && _t[k - 1].Normalized is "علي" or "على";
    }

    /// <summary>Whether the word at i labels a number as an identifier (رقم، الرقم، برقم، هاتف …): then a four-digit number
    /// after it, even in parentheses, is no year.</summary>
    private bool IsNumberLabel(int i)
        => In(i) && _t[i].Kind == TokenKind.Word && _t[i].Normalized is "رقم" or "الرقم" or "برقم" or "رقمه" or "رقمها" or "هاتف" or "الهاتف"
            or "القرار" or "قرار" or "المادة" or "مادة" or "البند" or "الفقرة" or "العدد" or "عدد" or "الصفحة" or "صفحة" or "ص";

    /// <summary>A definite ordinal adjective after an event noun (الأولى، الثانية، الأول …).</summary>
    private bool IsOrdinalAdjective(int i)
        => In(i) && (Has(i, LexKind.Ordinal) && _t[i].Normalized.StartsWith("ال", StringComparison.Ordinal)
            || _t[i].Normalized is "الاولي" or "الثانية" or "الثانيه" or "الثالثة" or "الثالثه" or "الرابعة" or "الرابعه" or "الخامسة" or "الخامسه");

    /// <summary>The value of a year: a Gregorian year as it is; a Hijri year (marked هـ, or unmarked and
    /// <see cref="IsHijriYearOf"/> the anchor) as the Gregorian year that holds most of it.</summary>
    /// <remarks>A Hijri year (354 or 355 days) always straddles two Gregorian years, and a year value has no room for
    /// both: the Gregorian year holding its middle, and so most of its days, is the one least often wrong, and it does
    /// not depend on the anchor (1436 AH, 2014-10-25 to 2015-10-14, is 2015; its start year, 2014, holds only its
    /// first ten weeks).</remarks>
    private static string? ResolveYear(int year, bool hijri, DateOnly? anchor)
    {
        if (!hijri && !(anchor is { } a && IsHijriYearOf(year, a))) return Iso(year);
        return HijriYearInGregorian(year) is { } g ? Iso(g) : null;
    }

    /// <summary>The value of a span of years (1936/1939): of Hijri years (1435/1436هـ, or unmarked and
    /// <see cref="IsHijriYearOf"/> the anchor), each end as in <see cref="ResolveYear"/>, and one year when both ends
    /// give the same.</summary>
    private static string? ResolveYearRange(int from, int to, bool hijri, DateOnly? anchor)
    {
        if (!hijri && !(anchor is { } a && IsHijriYearOf(from, a))) return Iso(from) + "/" + Iso(to);
        if (HijriYearInGregorian(from) is not { } f || HijriYearInGregorian(to) is not { } t) return null;
        return f == t ? Iso(f) : Iso(f) + "/" + Iso(t); // 1412-1413هـ: both hold most of their days in 1992
    }

    /// <summary>The Gregorian year that holds the middle (and so most of the days) of a Hijri year, or null outside
    /// the Umm al-Qura calendar's range.</summary>
    private static int? HijriYearInGregorian(int year)
    {
        var table = HijriYears.Majority;
        int k = year - HijriYears.First;
        return k >= 0 && k < table.Length && table[k] != 0 ? table[k] : null;
    }

    /// <summary>The Gregorian year holding the middle of each Hijri year of the Umm al-Qura calendar, computed on first
    /// use (two conversions a year, once, instead of at every Hijri year of every document).</summary>
    private static class HijriYears
    {
        public const int First = 1318;

        public static readonly int[] Majority = Build();

        private static int[] Build()
        {
            var table = new int[1500 - First + 1];
            for (int k = 0; k < table.Length; k++)
            {
                if (Convert(Calendar.Hijri, First + k, 1, 1) is { } start && Convert(Calendar.Hijri, First + k + 1, 1, 1) is { } end)
                    table[k] = DateOnly.FromDayNumber((start.DayNumber + end.DayNumber) / 2).Year;
            }

            return table;
        }
    }

    /// <summary>Whether a year written without an era is a Hijri year: within two years of the anchor's Hijri year
    /// (Umm al-Qura) and far from its Gregorian year (عام 1436، العام الدراسي 1436/1437 in an article of 2015).
    /// Without an anchor a year without an era is Gregorian.</summary>
    private static bool IsHijriYearOf(int year, DateOnly anchor)
    {
        if (Math.Abs(year - anchor.Year) <= 100) return false;
        try
        {
            return Math.Abs(year - new UmAlQuraCalendar().GetYear(anchor.ToDateTime(TimeOnly.MinValue))) <= 2;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }
}
