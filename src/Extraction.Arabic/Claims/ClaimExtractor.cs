using System.Collections.Immutable;
using Extraction.Arabic.Dates;
using Extraction.Arabic.Entities;
using Extraction.Arabic.Text;
using Extraction.Arabic.Tokenization;

namespace Extraction.Arabic.Claims;

/// <summary>Finds attributed claims: cue, speaker, content, polarity and date (rules in <see cref="Claim"/>'s remarks).</summary>
/// <remarks>Stateless between documents; one instance per document run.</remarks>
internal sealed class ClaimExtractor
{
    private static readonly ArabicNormalizer s_fold = CueLexicon.Folding;

    /// <summary>Words that make the following cue a negated one (لم يؤكد، لا ينفي).</summary>
    /// <summary>Negators before a verb, with the interrogative ones of a rhetorical question (ألم يقل …؟، أولم يلاحظ …).</summary>
    private static readonly HashSet<string> s_negators = new(StringComparer.Ordinal) { "لم", "لا", "لن", "ما", "ليس", "ولم", "ولا", "ولن", "فلم", "فلا", "الم", "اولم", "افلم" };

    /// <summary>Complementizers that open the reported clause (normalized).</summary>
    private static readonly HashSet<string> s_complementizers = new(StringComparer.Ordinal)
    {
        "ان", "بان", "انه", "انها", "انهم", "انهما", "اننا", "انني", "انهن", "فان", "وان", "بانه", "بانها", "بانهم",
    };

    /// <summary>Heads of noun phrases that name an unnamed source (مصدر أمني، مسؤولون غربيون).</summary>
    private static readonly HashSet<string> s_unnamedHeads = new(StringComparer.Ordinal)
    {
        "مصدر", "مصادر", "مسؤول", "مسؤولون", "مسؤولين", "وسائل", "تقارير", "تقرير", "خبراء", "خبير", "محللون", "محلل",
        "دبلوماسيون", "دبلوماسي", "شهود", "شاهد", "ناشطون", "ناشط", "مراقبون", "مسؤولو", "مصدرا", "مصدران", "مصدرين", "اوساط", "جهات", "اعلام",
        "نشطاء", "ناشطين", "قيادات", "قيادي", "قياديون", "قياديين", "مراقبين", "محللين", "دبلوماسيين", "خبيرا", "مقربون", "مقربين",
        "انباء",
    };

    /// <summary>Generic role heads whose definite form usually points back to the last person speaking.</summary>
    private static readonly HashSet<string> s_genericRoles = new(StringComparer.Ordinal) { "مسؤول", "متحدث", "قائد", "دبلوماسي", "سياسي" };

    /// <summary>Nouns that make رفض a denial: رفض الاتهامات، رفض المزاعم.</summary>
    private static readonly HashSet<string> s_denialObjects = new(StringComparer.Ordinal)
    {
        "الاتهامات", "المزاعم", "الادعاءات", "التقارير", "الانباء", "التهم", "اتهامات", "مزاعم", "ادعاءات", "ايحاءات",
        "اتهامات", "تهم", "تقارير", "انباء", "شائعات", "تلميحات", "اشاعات", "الشائعات", "التلميحات", "الايحاءات", "الاشاعات",
    };

    private readonly Document _doc;
    private readonly Token[] _t;
    private readonly string[] _fold;
    private readonly int[] _sentenceOf;
    private readonly int[] _entityOf;     // token → entity index, -1
    private readonly int[] _mentionOf;    // token → mention index within the entity
    private readonly int[] _dateOf;       // token → index in Document.Dates of the first expression it overlaps, -1
    private readonly List<Claim> _claims = [];
    private Dictionary<(string Head, string? Second), List<(int Token, Entity Person)>>? _rolePersons; // PersonsNamedAtRole's memo
    private int[]? _lineBreaks;                                                                          // LineEnd's index
    private readonly HashSet<(string Content, string SpeakerKey)> _statements = [];
    private readonly (int Start, int End, int Entity)[] _mentionsByStart; // every entity mention, ordered by start
    private ClaimSpeaker? _lastSpeaker;
    private EntityType? _lastSpeakerType;
    private int _lastSpeakerSentence = -1;
    private TextSpan _lastContent;
    private int _quotedUntil = -1;        // characters inside a claim's quotation are not searched for new cues
    private int _attributionUntil = -1;   // nor those between a claim's cue and its content

    private ClaimExtractor(Document doc)
    {
        _doc = doc;
        _t = [.. doc.Tokens];
        _fold = new string[_t.Length];
        for (int i = 0; i < _t.Length; i++) _fold[i] = _t[i].Kind == TokenKind.Word ? s_fold.NormalizeToString(_t[i].Normalized) : _t[i].Normalized;
        _sentenceOf = new int[_t.Length];
        for (int s = 0; s < doc.Sentences.Length; s++)
        {
            var sentence = doc.Sentences[s];
            for (int k = 0; k < sentence.TokenCount; k++) _sentenceOf[sentence.FirstToken + k] = s;
        }

        _entityOf = new int[_t.Length];
        _mentionOf = new int[_t.Length];
        _dateOf = new int[_t.Length];
        Array.Fill(_dateOf, -1);
        for (int d = 0; d < doc.Dates.Length; d++)
        {
            var span = doc.Dates[d].Span;
            for (int k = FirstTokenAt(span.Start); k < _t.Length && _t[k].Span.Start < span.End; k++)
            {
                if (_dateOf[k] < 0 && span.Overlaps(_t[k].Span)) _dateOf[k] = d;
            }
        }

        Array.Fill(_entityOf, -1);
        for (int e = 0; e < doc.Entities.Length; e++)
        {
            var mentions = doc.Entities[e].Mentions;
            for (int m = 0; m < mentions.Length; m++)
            {
                int first = FirstTokenAt(mentions[m].Span.Start);
                for (int k = first; k < _t.Length && _t[k].Span.Start < mentions[m].Span.End; k++)
                {
                    if (_entityOf[k] >= 0 && doc.Entities[_entityOf[k]].Type == EntityType.Person) continue;
                    _entityOf[k] = e;
                    _mentionOf[k] = m;
                }
            }
        }

        _mentionsByStart = [.. doc.Entities.SelectMany((e, i) => e.Mentions.Select(m => (m.Span.Start, m.Span.End, i))).OrderBy(m => m.Start)];
    }

    /// <summary>Finds the claims of a document with tokens, sentences, entities and dates.</summary>
    public static ImmutableArray<Claim> Extract(Document doc)
    {
        if (doc.Tokens.IsEmpty) return [];
        var x = new ClaimExtractor(doc);
        foreach (var s in doc.Sentences) x.ScanSentence(s);
        return [.. x._claims.Where(x.HeadlineHasItsSpeaker)];
    }

    /// <summary>Capitals (folded stems, as <see cref="HeadlineHasItsSpeaker"/> cuts them) and the stem of their state's
    /// nisba (alternatives after |): أنقرة → ترك (التركية)، واشنطن → مريك|ميرك (الأمريكية، الأميركية).</summary>
    private static readonly Dictionary<string, string> s_capitalStates = new(StringComparer.Ordinal)
    {
        ["انقر"] = "ترك", ["واشنطن"] = "مريك|ميرك", ["موسكو"] = "روس", ["طهران"] = "ايران", ["قاهر"] = "مصر", ["رياض"] = "سعود",
        ["دمشق"] = "سوري", ["بغداد"] = "عراق", ["لندن"] = "بريطان", ["باريس"] = "فرنس", ["بكين"] = "صين", ["كييف"] = "اوكران",
        ["برلين"] = "المان", ["عمان"] = "اردن", ["بيروت"] = "لبنان", ["صنعاء"] = "يمن", ["خرطوم"] = "سودان",
        ["طرابلس"] = "ليبي", ["دوح"] = "قطر", ["ابوظبي"] = "امارات", ["كابول"] = "افغان", ["اسلام اباد"] = "باكستان",
    };

    /// <summary>Heads of a state's institutions (folded, no article), through which a country speaks.</summary>
    private static readonly HashSet<string> s_officialHeads = new(StringComparer.Ordinal)
    {
        "وزاره", "حكومه", "رئاسه", "خارجيه", "داخليه", "جيش", "سفاره", "برلمان", "مجلس", "قياده", "سلطات", "اركان",
    };

    /// <summary>Whether a claim may stay: a headline <c>Place: statement</c> names a speaker only when the body has the
    /// place — the country, or one of its institutions by name or nisba (وزارة الخارجية المصرية for مصر) — speaking too;
    /// otherwise the place is the topic label of the headline (guidelines 1.1, 4: اليمن: …، بريطانيا: …).</summary>
    private bool HeadlineHasItsSpeaker(Claim headline)
    {
        if (headline.CueKind != ClaimCueKind.Headline || headline.Speaker.EntityId is not { } id
            || _doc.Entities.FirstOrDefault(e => e.Id == id) is not { Type: EntityType.Location } place)
            return true;
        string stem = CueLexicon.Folding.NormalizeToString(place.Name).Replace('\u0629', '\u0647');
        if (stem.StartsWith("ال", StringComparison.Ordinal)) stem = stem[2..];
        if (stem.EndsWith("يا", StringComparison.Ordinal) || stem.EndsWith("يه", StringComparison.Ordinal)) stem = stem[..^2];
        else if (stem.EndsWith('\u0627') || stem.EndsWith('\u0647')) stem = stem[..^1];
        if (stem.Length < 3) return true;
        // (A capital stands for its state: أنقرة → التركي، واشنطن → الأميركي.)
        string[] states = s_capitalStates.TryGetValue(stem, out string? st) ? st.Split('|') : [];
        foreach (var c in _claims)
        {
            if (c.CueKind == ClaimCueKind.Headline) continue;
            if (c.Speaker.EntityId == id) return true;
            // (The words from the cue to the speaker's name hold its role: صرّح وزير الداخلية المصري فلان. The place
            // speaks through its officials and institutions — not through an unnamed source or the media: مصدر أمني
            // مصري، وسائل الإعلام البريطانية.)
            var m = c.Speaker.Mention.Span;
            int from = m.Start < c.Cue.Span.Start ? m.Start : c.Cue.Span.End, to = Math.Max(c.Cue.Span.End, m.End);
            if (to - from > 160) (from, to) = (m.Start, m.End);
            int head = FirstTokenAt(from);
            while (head < _t.Length && _t[head].Kind != TokenKind.Word) head++;
            if (head >= _t.Length || _t[head].Span.Start >= to || RoleHead(head) is null && !s_officialHeads.Contains(StripArticle(_fold[head]))) continue;
            string speaker = CueLexicon.Folding.NormalizeToString(_doc.Text.AsSpan(from, to - from).ToString()).Replace('\u0629', '\u0647');
            if (speaker.Contains(stem, StringComparison.Ordinal) || states.Any(x => speaker.Contains(x, StringComparison.Ordinal))) return true;
        }

        return false;
    }

    /// <summary>The token holding <paramref name="charIndex"/> or the next one (the last token when none ends after it).</summary>
    private int FirstTokenAt(int charIndex) => Math.Min(_doc.FirstTokenEndingAfter(charIndex), _t.Length - 1);

    // ---------------------------------------------------------------- scanning

    /// <summary>How far, in tokens, a claim's analysis looks before and after its cue within one sentence. The longest
    /// sentence of the 776 news articles measured has 379 tokens, so real sentences are never cut; a pathological one
    /// (thousands of words without a full stop) is read in windows, which keeps the cost linear in its length.</summary>
    internal const int MaxReach = 400;

    /// <summary>How far, in tokens, a quotation's closing mark is looked for on its line: well past the sentence splitter's
    /// 400 tokens for a quotation spanning sentences, and a bound on the cost of unclosed quotation marks in a long line.</summary>
    internal const int MaxQuoteReach = 1000;

    private void ScanSentence(Sentence s)
    {
        int sentenceLo = s.FirstToken, sentenceHi = s.FirstToken + s.TokenCount;
        bool found = false;
        for (int i = sentenceLo; i < sentenceHi; i++)
        {
            if (_t[i].Span.Start < _quotedUntil || _t[i].Span.Start < _attributionUntil) continue;
            int lo = Math.Max(sentenceLo, i - MaxReach), hi = Math.Min(sentenceHi, i + MaxReach);
            if (!TryCue(i, out var cue, out int prefixLetters))
            {
                if (TryLightVerb(i, lo, hi, out int resumeLight))
                {
                    found = true;
                    i = Math.Max(i, resumeLight - 1);
                }

                continue;
            }

            if (TryClaim(i, cue, prefixLetters, lo, hi, out int resume))
            {
                found = true;
                i = Math.Max(i, resume - 1);
            }
        }

        if (!found) TryHeadline(sentenceLo, sentenceHi);
    }

    /// <summary>A cue at token i, possibly after a conjunction و/ف glued to it.</summary>
    private bool TryCue(int i, out CueEntry cue, out int prefixLetters)
    {
        prefixLetters = 0;
        cue = default;
        if (_t[i].Kind != TokenKind.Word) return false;
        string f = _fold[i];
        // (وعدّ, written with its shadda, is و + عدّ "and considered", not وعد "promised".)
        if (CueLexicon.TryGet(f, out cue) && !(cue.Lemma == "وعد" && _t[i].Text.Contains('\u0651')))
            return !IsCalled(i, 0, cue) && !IsNamePart(i) && !IsOpinionNoun(i, cue) && !(cue.Lemma == "تبني" && !ClaimsAnAct(i));
        if (f.Length >= 3 && f[0] is '\u0648' or '\u0641' && CueLexicon.TryGet(f[1..], out cue)) // (وحث: a two-letter verb)
        {
            prefixLetters = 1;
            return !IsCalled(i, 1, cue) && !(cue.Lemma == "تبني" && !ClaimsAnAct(i));
        }

        return false;
    }

    /// <summary>مقال رأي، استطلاع رأي: the noun رأي (opinion) after the noun it qualifies, written with ي, is no رأى
    /// (saw, considered), which folds alike.</summary>
    private bool IsOpinionNoun(int i, CueEntry cue)
        => cue.Lemma == "راي" && i > 0 && _t[i].Text.EndsWith('\u064A') && s_opinionNouns.Contains(_fold[i - 1]);

    /// <summary>أبو طالب، بن طالب: a cue-like word right after a kinship word of a name is part of that name.</summary>
    private bool IsNamePart(int i) => i > 0 && _t[i - 1].Kind == TokenKind.Word && _fold[i - 1] is "ابو" or "ابي" or "ابا" or "بن" or "ابن" or "بنت";

    /// <summary>ويُدعى فلان (is called), written with a final ى, is no يدّعي (claims).</summary>
    private bool IsCalled(int i, int prefixLetters, CueEntry cue)
        => cue.Lemma == "ادعي" && _fold[i].Length > prefixLetters && _fold[i][prefixLetters] is '\u064A' or '\u062A' && _t[i].Text.EndsWith('\u0649');

    /// <summary>أن، إن، بأن، أنه … — but not the first word of a quoted name (شبكة "ان بي سي").</summary>
    private bool IsComplementizer(int i)
        => _t[i].Kind == TokenKind.Word && (s_complementizers.Contains(_fold[i]) || IsNegatedComplementizer(i)) && !(i > 0 && IsQuoteToken(i - 1) && _t[i - 1].Span.End == _t[i].Span.Start)
           // (Nor the first name of بان كي مون.)
           && !(_fold[i] == "بان" && i + 1 < _t.Length && _fold[i + 1] == "كي");

    /// <summary>ألا، بألا (أن + لا, that … not), written with its hamza (إلا, except, folds alike, so the bare spelling is
    /// left alone), within five words after a cue: توقع ألا …، طالب الوزير بألا … (not a second, coordinated وألا, nor
    /// one deep in another clause: يتساءل المنتقدون هل يكفل الاتفاق بقدر كاف ألا …).</summary>
    private bool IsNegatedComplementizer(int i)
    {
        if (_t[i].Text is not ("ألا" or "بألا")) return false;
        // (The lexicon alone, not TryCue: TryCue's checks of تبنّى look for complementizers, which would come back here.)
        for (int k = i - 1; k >= Math.Max(0, i - 5) && _t[k].Kind == TokenKind.Word; k--)
        {
            if (TryCueWord(k)) return true;
        }

        return false;
    }

    private bool IsPunct(int i, char c) => i >= 0 && i < _t.Length && _t[i].Kind == TokenKind.Punctuation && _t[i].Text.Length == 1 && _t[i].Text[0] == c;

    /// <summary>A colon between two numbers is a clock time (الساعة 11:59), no content marker.</summary>
    private bool IsClockColon(int k) => k > 0 && k + 1 < _t.Length && _t[k - 1].Kind == TokenKind.Number && _t[k + 1].Kind == TokenKind.Number;

    private static bool IsOpeningQuote(char c) => c is '«' or '\u201C' or '"' or '\u2033' or '\u201E' or '\'';

    private bool IsQuoteToken(int i) => _t[i].Kind == TokenKind.Punctuation && _t[i].Text.Length == 1 && IsOpeningQuote(_t[i].Text[0]);

    /// <summary>Whether token i overlaps a temporal expression (looked up in a per-token index built once).</summary>
    private bool IsDateToken(int i, out DateMention? date)
    {
        int d = _dateOf[i];
        date = d >= 0 ? _doc.Dates[d] : null;
        return d >= 0;
    }

    private bool IsNegated(int i, int lo)
    {
        // (على ما أفادت، حسب ما ذكرت: ما is the relative "what", no negation; nor is the ما of سرعان ما نفى (was quick to
        // deny), كثيرا ما أكد (often asserted), غالبا ما، عادة ما; nor after a pronoun or demonstrative: وهو ما اعتبره
        // الخبراء …، وهذا ما أكده الوزير.)
        if (i - 1 >= lo && _t[i - 1].Kind == TokenKind.Word && s_negators.Contains(_fold[i - 1])
            && !(_fold[i - 1] == "ما" && i - 2 >= lo && (_fold[i - 2] is "علي" or "حسب" or "بحسب" or "وفق" or "طبق" or "كما" || _fold[i - 2] is "سرعان" or "كثيرا" or "وكثيرا" or "غالبا" or "وغالبا" or "عاده" or "وعاده"
                                                     || s_subjectPronouns.Contains(_fold[i - 2]) || IsDemonstrative(i - 2) || _fold[i - 2] is "وهذا" or "وهذه" or "وذلك" or "وتلك"))) return true;
        // لم تؤكد أو تنف: the second verb shares the negation.
        if (i - 2 >= lo && _fold[i - 1] is "او" or "ولا" && TryCue(i - 2, out _, out _) && IsNegated(i - 2, lo)) return true;
        return false;
    }

    // ---------------------------------------------------------------- one claim

    private bool TryClaim(int c, CueEntry cue, int prefixLetters, int lo, int hi, out int resume)
    {
        resume = c + 1;
        // A negated cue is nobody's claim — except لم يستبعد أن … (did not rule out), the idiom reporting that the
        // speaker raised the possibility (as استبعد أن, considered unlikely, reports an opinion).
        // (Its subject still speaks next: ولم يؤكد المتحدث المعارك، مكتفيا بالقول إن …)
        if (cue.Lemma != "استبعد" && IsNegated(c, lo))
        {
            // (Only a subject right after the verb, and not inside another claim's content: وأكد أنه لا يقول شيئا عن فلان.)
            if (cue.Kind == ClaimCueKind.Verb && !_lastContent.Contains(_t[c].Span) && FindSpeakerAfter(c + 1, hi, hi) is { Speaker: { } negated } found
                && NamesASource(negated) && FirstTokenAt(negated.Mention.Span.Start) == c + 1)
                Remember(negated, found.Type, c);
            return false;
        }

        // نطالب، أعتقد: the voice of whoever writes or speaks (a columnist, a quoted speaker), no report of another's words.
        if (cue.FirstPerson || FirstPersonOfWaslVerb(c, prefixLetters, cue)) return false;
        // (دعا X لـY: the glued لـ of purpose stands for إلى — دعت النقابة أعضاءها للإضراب.)
        // (The speaker and an adjunct of the speech may stand between: ودعا مصدر عسكري معارض في تصريح لـ«الصحيفة»، إلى …)
        // (Also after a long addressee set off by commas: دعا رئيس اللجنة، فلان، الهيئات كافة، في …، للتحرك ….)
        // (A speaker with an apposition and an addressee with a relative clause take up to 24 tokens: دعا عضو اللجنة
        // التنفيذية للهيئة …، فلان، الدول الراعية التي صاغت الاتفاق مع …، إلى الضغط.)
        // (نقلت الوكالة أن …: نقل reports with a complementizer too, the relayed source unnamed.)
        if (cue.NeedsObject is { } needed && !FollowsWithin(c, needed, hi, 24, stopAtContent: true) && !(cue.Lemma == "نقل" && ComplementizerWithin(c, hi, 10)) && !(cue.Lemma == "دعا" && (GluedLamWithin(c, hi, 9) || CommaSetLam(c + 1, hi) is not null))
            && CommaAdjunctBeforePreposition([needed], c + 1, hi) is null) return false;
        // A cue right after a preposition that governs a noun is a masdar (إثر تشدد أنقرة، بعد إعلان …), no verb.
        if (prefixLetters == 0 && c - 1 >= lo && s_nounPrepositions.Contains(_fold[c - 1])) return false;
        // يُعتقد أن، ويُتوقع أن، ويُرجَّح أن: a present verb of opinion followed at once by its complementizer is the
        // impersonal passive, nobody's claim. (ويتوقع بحسب خبراء أن …: so is one before an attribution, which carries the
        // claim — not وقال وفقا لما نقلته الوكالة: «…».)
        if (cue.Kind == ClaimCueKind.Verb && cue.Lemma is "اعتقد" or "توقع" or "رجح" && _fold[c].Length > prefixLetters && _fold[c][prefixLetters] == '\u064A'
            && c + 1 < hi && (IsComplementizer(c + 1) || TryCue(c + 1, out var attributed, out _) && attributed.Kind == ClaimCueKind.Attribution))
            return false;
        // طالبًا عدم ذكر اسمه، طالبين عدم الكشف عن هويتهم: a request for anonymity reports nothing (D-2).
        if (cue.Lemma == "طالب" && c + 2 < hi && _fold[c + 1] == "عدم" && _fold[c + 2] is "ذكر" or "كشف" or "نشر" or "الكشف" or "الافصاح" or "الاشاره" or "تسميته" or "تسميتها")
            return false;
        // كشف النقاب عن … (the veil was lifted): the impersonal idiom has no speaker; كشف الوزير النقاب has one.
        if (cue.Lemma == "كشف" && c + 1 < hi && _fold[c + 1] is "النقاب" or "الستار") return false;
        // كتب (wrote) reports only with a complementizer (وكتب زايدمان … أن), or with a named person right after it and a
        // quotation after a colon (وكتب فلان على منصة إكس: «…»); otherwise it is "books", writing or a title quoted.
        // استبعد likewise (استبعد أن …; استبعد اللاعب من الفريق is "excluded").
        // (استبعد … إمكانية / احتمال X: ruled out the possibility, an opinion with or without أن, after a long subject too.)
        if (cue.Lemma == "كتب" && !ComplementizerWithin(c, hi, 12) && !(PersonRightAfter(c) && ColonQuoteWithin(c, hi, 12)) || cue.Lemma == "استبعد" && !ComplementizerWithin(c, hi, 8) && !PossibilityWithin(c, hi, 14)) return false;
        // تمنى (wished) and لاحظ (noted) report only with a complementizer (تمنى الوزير أن …، لاحظ المراقبون أن …);
        // ويُلاحَظ أن is the impersonal passive. أظهر (showed) reports as a past verb of an information product or
        // source before أن (أظهر مسح أن …، أظهرت دراسة أن …), not evidence (أظهرت الصور).
        if (cue.Lemma is "تمني" or "لاحظ" or "اظهر" && !ComplementizerWithin(c, hi, cue.Lemma == "اظهر" ? 10 : 8)) return false;
        // أبرز (highlighted) and أورد (reported) likewise; أجمع (concurred) with على and a complementizer (أجمع الخبراء على
        // أن …), not أجمعوا على مرشح (agreed on).
        // The grammar's further verbs of saying report only with a content marker close after them (CueLexicon).
        if (s_markedOnly.Contains(cue.Lemma) && !ContentMarkerWithin(c, hi, cue.Lemma == "غرد" ? 6 : 10, quotes: cue.Lemma is "روي" or "حكي" or "غرد", masdar: cue.Lemma is "اوصي" or "نصح"))
            return false;
        // (Not the أن of a temporal or concessive clause: وأورد التقرير أرقاما بعد أن أجرى مسحا. Nor the elative: من أبرز، أبرز ما.)
        if (cue.Lemma is "ابرز" or "اورد" && !ComplementizerWithin(c, hi, 8, content: true) || cue.Lemma == "اجمع" && !ComplementizerWithin(c, hi, 12, content: true)) return false;
        if (cue.Lemma == "ابرز" && (c > lo && _fold[c - 1] == "من" || c + 1 < hi && _fold[c + 1] == "ما")) return false;
        // لمح (form I, "glimpsed") is ألمح only with إلى and a complementizer or an object masdar close by: لمح إلى أنه …
        if (cue.Lemma == "المح" && _fold[c].Length > prefixLetters && _fold[c][prefixLetters] != '\u0627'
            && !Enumerable.Range(c + 1, Math.Max(0, Math.Min(hi - 1, c + 12) - c - 1)).Any(j => _fold[j] == "الي" && (IsComplementizer(j + 1) || IsObjectMasdar(j + 1))))
            return false;
        // وعد (promised) with its بـ (وعد بالقضاء على …، وعدت الأهالي بأن …), not the noun (وعد بلفور) nor a name (وقالت
        // المخرجة وعد الخطيب إن …); its participle after a comma with its بـ at once (…، واعدا بتعويض …), not the adjective
        // (مستقبلا واعدا بالرغم …).
        if (cue.Lemma == "وعد" && (_entityOf[c] >= 0 || c > lo && RoleHead(c - 1) is not null)) return false;
        if (cue.Lemma == "وعد" && (cue.Kind == ClaimCueKind.Participle ? !(c + 1 < hi && (IsGluedBa(c + 1) || _fold[c + 1] == "ب") && c > lo && _t[c - 1].Kind == TokenKind.Punctuation)
                                   : !Enumerable.Range(c + 1, Math.Max(0, Math.Min(8, hi - c - 1))).Any(k => IsGluedBa(k) || _fold[k] is "ب" or "بان" or "بانه" or "بانها")))
            return false;
        if (cue.Lemma == "لاحظ" && cue.Kind == ClaimCueKind.Verb && _fold[c][prefixLetters] == '\u064A' && c + 1 < hi && IsComplementizer(c + 1)) return false;
        // عدّ (considered) only with its written shadda: bare عد/وعد is "counted"/"promised"; the present only before a
        // complementizer (ويُعدّ فلان أحد أبرز … is the impersonal passive).
        if (cue.Lemma == "عد" && (!_t[c].Text.Contains('\u0651') || _fold[c][prefixLetters] is '\u064A' or '\u062A' && !ComplementizerWithin(c, hi, 8))) return false;
        // والحل أوضح، …، أوضح من …: the elative "clearer", no verb.
        if (cue.Lemma == "اوضح" && cue.Kind == ClaimCueKind.Verb && c + 1 < hi
            && (_fold[c + 1] == "من" || (IsComma(c + 1) || IsPunct(c + 1, '.')) && !(c + 2 < hi && (IsComplementizer(c + 2) || IsQuoteToken(c + 2)))))
            return false;
        // 18 طالبا، عشرة مطالبين: a word of cue form right after a number is the counted noun.
        if (c > lo && _t[c - 1].Kind == TokenKind.Number && _fold[c].EndsWith('\u0627')) return false;
        // تحدث عن X reports X only when X is an indefinite state of affairs or event (عن اشتباكات، عن «اتفاق» وشيك،
        // عن مقتل …), not a topic (عن العلاقات، عن تجربته، عن أهمية …).
        if (cue.Lemma == "تحدث" && !ReportsStateAfterAn(c, hi)) return false;
        // بيّن (explained) only before a complementizer; bare بين ("between") only as a clause-opening verb with its
        // conjunction (وبين الوزير أن …) or written with a shadda.
        if (cue.Lemma == "بين" && (!ComplementizerWithin(c, hi, 8) || _fold[c].EndsWith("بين", StringComparison.Ordinal) && _fold[c].Length - prefixLetters == 3
                                   && !_t[c].Text.Contains('\u0651') && !(prefixLetters > 0 && (c == lo || _t[c - 1].Kind == TokenKind.Punctuation))))
            return false;
        // الأمر الذي دعا الشركات إلى …، مما دعا النقابة للتدخل: دعا with a fact as subject is "prompted", no call; and
        // دعا X لزيارة / لحضور / إلى مأدبة is an invitation (1.2).
        if (cue.Lemma == "دعا" && cue.Kind == ClaimCueKind.Verb && prefixLetters == 0 && c > lo
            && (_fold[c - 1] is "مما" or "ما" or "وهوما" || s_relativePronouns.Contains(_fold[c - 1]) && c - 2 >= lo && _fold[c - 2] is "الامر" or "الشيء" or "وهو" or "ذلك"))
            return false;
        if (cue.Lemma == "دعا" && InvitationWithin(c, hi)) return false;
        // قدّر (estimated) reports a figure (قدّرت الوكالة عدد النازحين بنحو ألفين); otherwise it is "appreciated".
        // (تُقدَّر بـ…، أُرجِع إلى …: the preposition right after the verb makes it the passive, nobody's claim.)
        if (cue.Lemma == "قدر" && !FigureWithin(c, hi, 16)) return false;
        if (cue.Lemma is "قدر" or "ارجع" or "عزا" or "برر" or "نسب" && c + 1 < hi && (IsGluedBa(c + 1) || _fold[c + 1] is "الي" or "ب")) return false;
        // حمّل X مسؤولية Y (held responsible); otherwise حمل is "carried".
        if (cue.Lemma == "حمل" && !Enumerable.Range(c + 2, Math.Max(0, Math.Min(6, hi - c - 2))).Any(k => StripArticle(_fold[k]).StartsWith("مسؤولي", StringComparison.Ordinal))) return false;
        // أبدى reports a stance only (أبدى استعداده، أبدت قلقها، أبدى موقفا), not any showing (تبدي جدية).
        // (After a long subject too: وأبدى الأمين العام للائتلاف … فلان عدم ارتياحه.)
        if (cue.Lemma == "ابدي" && !StanceWithin(c, hi, 12)) return false;
        // طالب سوداني: the noun "student" before a nisba adjective, not the verb "demanded".
        if (cue.Lemma == "طالب" && prefixLetters == 0 && _fold[c] == "طالب" && c + 1 < hi && _t[c + 1].Kind == TokenKind.Word
            && !_fold[c + 1].StartsWith("ال", StringComparison.Ordinal) && IsAdjectiveLike(_fold[c + 1]) && _fold[c + 1].EndsWith('\u064A'))
            return false;
        // يبلغ/تبلغ is "amounts to" unless a complementizer follows its object (الوزير يبلغ نظيره بأن …).
        if (cue.Lemma == "ابلغ" && _fold[c].Length > prefixLetters && _fold[c][prefixLetters] is '\u064A' or '\u062A' && !ComplementizerWithin(c, hi, 4)) return false;
        // يذكر أن، يشار إلى أن: impersonal, nobody's claim.
        if (_fold[c] is "يذكر" or "ويذكر" or "يشار" or "ويشار" && c + 1 < hi && (IsComplementizer(c + 1) || _fold[c + 1] == "الي")) return false;

        // يُعتبر مستحيلا، اعتبره مضرا: "considered (to be) X", an accusative predicate, not a report.
        // (Not إياه/إياها/إياهم, the object pronoun: معتبرة إياها تعديا.)
        if (cue.Lemma == "اعتبر" && c + 1 < hi && _t[c + 1].Kind == TokenKind.Word && _entityOf[c + 1] < 0
            && _fold[c + 1].EndsWith('\u0627') && !_fold[c + 1].StartsWith("ال", StringComparison.Ordinal) && !_fold[c + 1].StartsWith("اياه", StringComparison.Ordinal))
            return false;

        // ويُعتبر من أبرز …، الذي يُعتبر مستوى …، ويعتبر الأوفر حظا: the present اعتبر without a complementizer, before
        // من, an indefinite noun or a definite elative with its accusative, is the passive "is considered", no report.
        if (cue.Lemma == "اعتبر" && cue.Kind == ClaimCueKind.Verb && !HasObjectPronoun(c) && _fold[c].Length > prefixLetters && _fold[c][prefixLetters] is '\u064A' or '\u062A'
            && c + 1 < hi && _t[c + 1].Kind == TokenKind.Word && _entityOf[c + 1] < 0
            && (_fold[c + 1] == "من" || !ComplementizerWithin(c, hi, 10) && (!_fold[c + 1].StartsWith("ال", StringComparison.Ordinal) && !IsAccusativeSource(c + 1) && !s_unnamedHeads.Contains(_fold[c + 1]) && !RoleLexicon.IsRole(_fold[c + 1])
                || IsDefiniteElative(c + 1) && c + 2 < hi && _fold[c + 2].EndsWith('\u0627') && !_fold[c + 2].StartsWith("ال", StringComparison.Ordinal)
                || c + 3 < hi && IsDefiniteElative(c + 2) && _fold[c + 3].EndsWith('\u0627') && !_fold[c + 3].StartsWith("ال", StringComparison.Ordinal))))
            return false;

        // أقرّ (admitted) reports with بـ or a complementizer (أقر بوجود …، أقر بأن …); with a plain object it is
        // "approved" (أقر المجلس الميزانية، أقر خلاله عددا من القرارات).
        if (cue.Lemma == "اقر" && cue.Kind == ClaimCueKind.Verb && !ComplementizerWithin(c, hi, 8)
            && !Enumerable.Range(c + 1, Math.Max(0, Math.Min(8, hi - c - 1))).Any(k => IsGluedBa(k) || _fold[k] == "ب"))
            return false;

        bool denial = cue.Denial;
        // رفض is a denial only of claims (رفض الاتهامات، رفضوا أي إيحاءات), not a refusal of anything.
        // (Nor of a proposition with كان: رفض أن يكون حزبه موّل … — while رفض أن يتحدث refuses an action.)
        if (cue.Lemma == "رفض" && !DenialObjectFollows(c, hi) && !RejectsProposition(c, hi))
            return false;

        return cue.Kind switch
        {
            ClaimCueKind.Attribution => TryAttribution(c, cue, prefixLetters, lo, hi, out resume),
            _ => TryVerbClaim(c, cue, prefixLetters, denial, lo, hi, out resume),
        };
    }

    private bool TryVerbClaim(int c, CueEntry cue, int prefixLetters, bool denial, int lo, int hi, out int resume, int lightMasdar = -1)
    {
        resume = c + 1;
        // اعتبرت الزيارة دليلا على …، ودحضا لكل الإشاعات: a denial verb's dual form followed by a لـ phrase is the
        // accusative masdar (as a refutation of), coordinated with another object — no statement. (Not نفيا لـ«الصحيفة»
        // أن …, the dual verb with its addressee.)
        if (denial && cue.Kind == ClaimCueKind.Verb && _fold[c][^1] == '\u0627' && c + 1 < hi && _t[c + 1].Kind == TokenKind.Word && _fold[c + 1].Length > 1
            && _fold[c + 1][0] == '\u0644' && _entityOf[c + 1] < 0 && !ComplementizerWithin(c + 1, hi, 6))
            return false;
        // A relative clause reporting a further utterance of the current speaker (… المدينة التي قال إن …، للمسلحين
        // الذين وصفهم بالغزاة): the antecedent is not the subject (the verb does not agree with the pronoun, or the
        // antecedent is its object), so the speaker is the one speaking — also inside that speaker's content.
        bool relativeReport = RelativeReport(c, prefixLetters, cue, lo, hi);
        // A report inside another claim's unquoted content is a claim of its own only as that content's main predicate
        // (… أن البعض يقول إن …), not deep inside it (… إن الدور الإقليمي …، وقد عبر السكان عن غضبهم …).
        // (Nor a relative clause whose antecedent, an organization, reports with a complementizer: بحسب صحيفة "الأنباء" التي
        // ذكرت أنها ….)
        if (cue.Kind == ClaimCueKind.Verb && _lastContent.Contains(_t[c].Span) && !IsMainPredicateOfContent(c) && !relativeReport
            && !(prefixLetters == 0 && c - 2 >= lo && c + 1 < hi && s_relativePronouns.Contains(_fold[c - 1]) && IsComplementizer(c + 1)
                 && RelativeClauseSpeaker(c, lo) is { Item2: EntityType.Organization }))
            return false;
        // A verb after a subject pronoun (وهي ترى السوريين …) has that pronoun as subject: what follows is its object.
        // (So does a verb that takes an addressee right after a complementizer carrying the pronoun: مشيرا إلى أنه حث
        // الأطراف على …، أكدت أنها طالبت المجلس بـ… — the phrase after the verb is the addressee.)
        bool pronounSubject = c - 1 >= lo && (s_subjectPronouns.Contains(_fold[c - 1]) || prefixLetters == 0 && s_pronounComplementizers.Contains(_fold[c - 1]) && cue.Lemma is "دعا" or "طالب" or "حث" or "ناشد" or "ابلغ" or "اتهم");
        // وعن مستوى التنسيق … قال: a sentence opening with a fronted topic (وعن، وحول، وبشأن) has no subject before the verb.
        bool topicFronted = FrontedTopic(lo, c);

        // The content marker: a complementizer, a colon, or a quotation opened in the cue's clause — not a quoted name.
        // (After جدد/كرر the masdar of the cue is the marker: جدد الرئيس دعوته لـ …)
        int marker = lightMasdar;
        bool inRelative = false; // inside a relative clause of the speaker phrase, up to its comma
        for (int k = c + 1; lightMasdar < 0 && k < Math.Min(hi, c + 30); k++)
        {
            if (s_relativePronouns.Contains(_fold[k])) inRelative = true;
            else if (IsComma(k)) inRelative = false;
            // وتابعت (المصادر) بالقول إن …، واستطرد بقوله، مستدركا بالقول: بالقول belongs to the saying verb or participle.
            if (_fold[k] is "بالقول" or "بقوله" or "بقولها" or "بقولهم" && cue.Kind is ClaimCueKind.Verb or ClaimCueKind.Participle) continue;
            // وأضاف شارحا: «…»، وأضاف الوزير مؤكدا أن …: a participle right before the content names the manner of the
            // one statement; the finite verb is the cue.
            if (cue.Kind == ClaimCueKind.Verb && IsMannerParticiple(c, k, hi)) continue;
            // وقال أحد المسعفين طالبا عدم ذكر اسمه «…»: a request for anonymity stands between the speaker and the content.
            if (AnonymityRequestEnd(k, hi) is var anonymous and >= 0)
            {
                k = anonymous;
                continue;
            }

            if (IsQuoteToken(k) && (IsQuotedName(k, out int closing) || IsQuotedComplement(k, out closing)))
            {
                k = closing; // وأكدت «ماما سارة» أنها …، ونقل … عن "فالون" أن …
                continue;
            }

            // (…، غير أنها نفت …، إلا أن …: an exceptive clause starts here, not the content.)
            if (IsComplementizer(k) && k - 1 > c && _fold[k - 1] is "الا" or "غير") break;
            if (IsComplementizer(k) || IsPunct(k, ':') && !IsClockColon(k)
                // (Also after a dash closing a parenthetical attribution: وقالت الوزارة -بحسب الوكالة- "…".)
                || IsQuoteToken(k) && (k == c + 1 || (_t[k - 1].Kind == TokenKind.Word || _t[k - 1].Text is "-" or "\u2013") && (QuoteRunsToSentenceEnd(k, hi) || k - c <= 8 && IsLongQuotation(k)
                                                                                        || cue.Kind == ClaimCueKind.Verb && k - c <= 4 && k + 3 < hi && ClosingQuote(k) < 0)))
            {
                marker = k;
                break;
            }

            // (A verb in a relative clause of the speaker phrase — الحكومة التي مددت …، الرئيس الذي تم بث خطابه …، — is no
            // new cue.)
            // (… في الانفجار الذي قالت إنه طال …: but a relative clause's reporting verb with its complementizer at once
            // reports on its own — the complementizer is not the cue's; and a verb with its conjunction opens a new
            // clause: اتهم معارضون الوزير بـ… التي حققها الخصوم وأشاروا إلى أن ….)
            if (IsLiveCue(k, hi, out var other) && other.Kind is ClaimCueKind.Verb or ClaimCueKind.Participle
                && !(inRelative && other.Kind == ClaimCueKind.Verb && !(s_relativePronouns.Contains(_fold[k - 1]) && k + 1 < hi && IsComplementizer(k + 1))
                     && !(TryCue(k, out _, out int conjunction) && conjunction > 0))) break;
        }

        if (pronounSubject && marker > c + 2) marker = -1;

        // دعا إلى …، أعرب عن …: the required preposition opens the content when no complementizer does.
        // (Not for نقل … عن: what follows عن is the source.)
        int speakerRegionEnd = -1; // (the first token of a comma-set-off adjunct before the preposition)
        if (cue.NeedsObject is { } needed && cue.Lemma != "نقل" && (marker < 0 || !IsPunct(marker, ':')))
        {
            for (int k = c + 1; k < Math.Min(hi, c + 16); k++)
            {
                if (_fold[k] != needed) continue;
                // (ألمح إلى أنه …، أجمعوا على أنها …: a complementizer right after the preposition stays the marker.)
                if ((marker < 0 || k < marker) && !(marker == k + 1 && IsComplementizer(marker))) marker = k;
                break;
            }

            if (marker < 0 && CommaAdjunctBeforePreposition([needed], c + 1, hi) is var (adjunct, own))
                (marker, speakerRegionEnd) = (own, adjunct);
        }

        // A participle right after a noun is an adjective (أضواء كاشفة على طول …) unless its content opens at once.
        // (Nor a masdar: ورفض مطالبة النساء بإعفائهن — the preposition must follow at once.)
        // A masculine accusative (واصفاً، مشيرا) is a circumstantial, never an adjective of a noun.
        if (cue.Kind == ClaimCueKind.Participle && c > lo && _t[c - 1].Kind == TokenKind.Word && marker != c + 1 && _fold[c][^1] != '\u0627'
            && !(PrepositionalComplement(cue, c + 1, hi, out int at, out _) && at == c + 1))
            return false;

        // The speaker: the noun phrase between the cue and the marker (VSO), else a subject before the cue (SVO),
        // else the last speaker (وأضاف، وتابع، كما أشار).
        int regionEnd = speakerRegionEnd >= 0 ? speakerRegionEnd : marker >= 0 ? marker : Math.Min(hi, c + 10);
        // (Where the speaker phrase ends before the marker: SpeakerPhraseEnd; وتبنى تنظيم داعش العملية، تبنت الحركة هذا
        // الهجوم: before the claimed act, with its demonstrative.)
        regionEnd = SpeakerPhraseEnd(cue, c, regionEnd, hi, baEnds: marker < 0 && speakerRegionEnd < 0 && CueLexicon.ComplementPrepositions(cue.Lemma).Contains("ب"));
        if (cue.Lemma == "تبني" && !HasObjectPronoun(c) && ClaimedActWithin(c, hi) is var claimedAct and > 0 && claimedAct > c + 1 && claimedAct < regionEnd)
            regionEnd = IsDemonstrative(claimedAct - 1) && claimedAct - 1 > c + 1 ? claimedAct - 1 : claimedAct;

        ClaimSpeaker? speaker;
        EntityType? speakerType;
        int afterSpeaker = c + 1;
        int subjectBefore = -1; // the first token of a subject standing before the cue (its adjuncts date the claim)
        bool implicitSpeaker = false;
        if (cue.Kind == ClaimCueKind.Participle)
        {
            (speaker, speakerType) = ParticipleSpeaker(c, lo);
        }
        else if (relativeReport)
        {
            if (_lastSpeaker is null) return false;
            (speaker, speakerType) = (_lastSpeaker, _lastSpeakerType);
            implicitSpeaker = true;
        }
        else
        {
            // A dual or plural verb (قالوا، أكدا، يقولون) has its subject before it or none: the words after it are not its subject.
            bool pluralVerb = cue.Plural;
            // يهدد بإقفال …، وصفته بالمذهلة: a glued بـ right after a verb that takes it opens the complement, no subject.
            bool complementFirst = c + 1 < hi && IsGluedBa(c + 1) && CueLexicon.ComplementPrepositions(cue.Lemma).Contains("ب")
                                   || cue.Lemma == "ابدي" && StanceWithin(c, hi, 1); // وأبدى انزعاجه …: the object at once, no subject
            // الذي اتُّهم بعدم حماية …، وُصف بأنه …: اتهم and bare وصف always take an object when active; without one
            // the verb is passive, nobody's claim.
            if (complementFirst && (cue.Lemma == "اتهم" && !AccusesAPronoun(c) || cue.Lemma == "وصف" && !HasObjectPronoun(c))) return false;
            // (إلا أنه نفى الأنباء: after the pronoun of إلا أنه the phrase that follows is the object.)
            if (!pluralVerb && !pronounSubject && !complementFirst && !(prefixLetters == 0 && PronounAfterExceptive(c - 1)))
                (speaker, speakerType, afterSpeaker) = FindSpeakerAfter(c + 1, regionEnd, hi);
            else
                (speaker, speakerType) = (null, null);

            // وأرجعت القرار إلى …، وعزا التأخير إلى …: a phrase that names no source right before the preposition is
            // the object, and the subject is implicit.
            // (So is a demonstrative phrase: وبرر هذا القرار الذي … بـ…)
            if (cue.Lemma is "ارجع" or "عزا" or "برر" or "نسب" && speaker is not null && speaker.EntityId is null && !NamesASource(speaker)
                && (afterSpeaker < hi && (_fold[afterSpeaker] == "الي" || IsGluedBa(afterSpeaker)) || _fold[FirstTokenAt(speaker.Mention.Span.Start)] is "هذا" or "هذه" or "ذلك" or "تلك" or "هذين" or "هاتين"))
                (speaker, speakerType, afterSpeaker) = (null, null, c + 1);

            // (وقال وفقا لما نقلته الوكالة: «…»: an attribution right after the verb is no subject; the subject is implicit.)
            if (speaker is not null && TryCue(FirstTokenAt(speaker.Mention.Span.Start), out var attributionWord, out _) && attributionWord.Kind == ClaimCueKind.Attribution)
                (speaker, speakerType, afterSpeaker) = (null, null, c + 1);

            // ووعد مؤيديه بإصلاحات: a phrase after وعد that names no source is the promised, not the one promising.
            if (cue.Lemma == "وعد" && speaker is { EntityId: null } && !NamesASource(speaker)) (speaker, speakerType, afterSpeaker) = (null, null, c + 1);

            // ودعت المواطنين إلى …، وطالب الشركة بـ…: after a coordinated دعا/طالب/ناشد/حث, a phrase that does not agree
            // with the verb (a masculine plural after the feminine, a feminine noun after the masculine) is the addressee,
            // and the subject is implicit.
            // (So is a quantified phrase, whatever its gender: ودعا جميع الأطراف إلى …، وطالب كافة الدول بـ….)
            if (cue.Lemma is "دعا" or "طالب" or "ناشد" or "حث" && cue.Kind == ClaimCueKind.Verb && (prefixLetters > 0 || c > lo && _fold[c - 1] is "كما" or "وكما" or "ثم") && speaker is not null && speaker.EntityId is null
                && (AddresseeDisagrees(c, prefixLetters, FirstTokenAt(speaker.Mention.Span.Start))
                    || FirstTokenAt(speaker.Mention.Span.Start) == c + 1 && _fold[c + 1] is "جميع" or "كافه" or "كل" or "مختلف" or "بقيه"))
            {
                // (Without a claim before it in the sentence, the subject is that of the verb opening the sentence:
                // وتحدثت الصحيفة عن …، كما دعت القراء إلى ….)
                (speaker, speakerType, afterSpeaker) = (null, null, c + 1);
                if (!HasClaimInSentence(c) && OpeningVerbSubject(lo, c, hi, pluralVerb, anyOpener: true) is { } sentenceSubject) (speaker, speakerType) = sentenceSubject;
            }

            // وأكدت مقتل 14 …، وأعلن سقوط قتلى، وأكد أهمية الحوار: an event report or a stance masdar right after the verb
            // is its object, never its subject.
            if (speaker is not null && speaker.EntityId is null && IsObjectMasdar(FirstTokenAt(speaker.Mention.Span.Start)))
                (speaker, speakerType, afterSpeaker) = (null, null, c + 1);

            // وقال إن الإعلان يؤكد عمق العلاقات، كما يؤكد استمرار الدعم: a present-tense cue after كما in the sentence of
            // another claim continues that claim's content (its subject is the content's subject); the phrase after it
            // that names no source is its object, and nobody new speaks.
            if (speaker is not null && !NamesASource(speaker) && prefixLetters == 0 && c - 1 >= lo && _fold[c - 1] is "كما" or "وكما"
                && _fold[c][0] is '\u064A' or '\u062A' && HasClaimInSentence(c))
                return false;

            // اعتبرته «ظالما»، واعتبرتها تصريحات تغذي …: after اعتبر with an object pronoun, a quotation or a phrase that
            // names no source is the predicate, not the subject.
            if (cue.Lemma == "اعتبر" && HasObjectPronoun(c) && speaker is not null && speaker.EntityId is null && (IsQuotedMention(speaker.Mention) || !NamesASource(speaker)))
                (speaker, speakerType, afterSpeaker) = (null, null, c + 1);

            // واتهم المتمردين بـ…، وحث جميع الأطراف على …: اتهم always takes an object, so the phrase right before its
            // preposition is that object — and so is one that names no source before حث's (وحث الوزير على … has the
            // minister urge); the subject is a phrase before it (اتهم آخرون فلانا بـ…) or elsewhere.
            if (speaker is not null && afterSpeaker < hi
                && (cue.Lemma == "اتهم" && !AccusesAPronoun(c) && IsGluedBa(afterSpeaker) || cue.Lemma == "حث" && _fold[afterSpeaker] == "علي" && !NamesASource(speaker)))
            {
                int objectStart = FirstTokenAt(speaker.Mention.Span.Start);
                var subject = objectStart > c + 1 ? FindSpeakerAfter(c + 1, objectStart, hi) : default;
                (speaker, speakerType, afterSpeaker) = subject.Speaker is not null ? (subject.Speaker, subject.Type, objectStart) : (null, null, c + 1);
            }

            // نقل/نقلت الوكالة عن المسؤول قوله: the speaker is the one quoted.
            if (cue.Lemma == "نقل")
            {
                for (int k = c + 1; k < regionEnd; k++)
                {
                    if (_fold[k] != "عن") continue;
                    var (source, sourceType, after) = FindSpeakerAfter(k + 1, regionEnd, hi);
                    if (source is not null) (speaker, speakerType, afterSpeaker) = (source, sourceType, after);
                    break;
                }
            }

            // أما حزب العمال فتحدث عن …: the phrase after أما is the subject of the verb with فـ.
            if (prefixLetters == 1 && _fold[c][0] == '\u0641' && AmmaSubject(c, lo) is { } topic)
            {
                (speaker, speakerType, afterSpeaker) = (topic.Item1, topic.Item2, c + 1);
                subjectBefore = FirstTokenAt(topic.Item1.Mention.Span.Start);
            }

            // كما سبق للرئيس فلان أن حذر من …: the party after سبق لـ is the subject of the verb after أن.
            if (prefixLetters == 0 && c - 3 >= lo && _fold[c - 1] == "ان" && SabaqaSubject(c - 1, lo) is { } earlier)
            {
                (speaker, speakerType, afterSpeaker) = (earlier.Item1, earlier.Item2, c + 1);
                subjectBefore = FirstTokenAt(earlier.Item1.Mention.Span.Start);
            }

            // لكن الوزارة سرعان ما نفت هذه الأنباء: سرعان ما (was quick to) stands between a fronted subject and
            // its verb; the phrase after the verb is the object.
            if (prefixLetters == 0 && !pronounSubject && c - 3 >= lo && _fold[c - 1] == "ما" && _fold[c - 2] == "سرعان")
            {
                var quick = SubjectEndingAt(c - 3, lo);
                if ((quick?.Item1 ?? DefiniteSubjectBefore(c - 2, lo)) is { } quickSubject)
                {
                    (speaker, speakerType, afterSpeaker) = (quickSubject, quick?.Item2, c + 1);
                    subjectBefore = FirstTokenAt(quickSubject.Mention.Span.Start);
                }
            }

            // SVO: an entity right before an unprefixed verb (طهران تنفي …، بوتين قال) beats a noun phrase after it that
            // names nobody (that phrase is the object); so does a person in apposition (رئيس اللجنة، مايكل ماكول، قال).
            // An entity opening the clause before the verb is its subject even when another follows (الوزير يبلغ نظيره بأن …).
            if (prefixLetters == 0 && !topicFronted && (speaker is null || speaker.EntityId is null || OpensClause(SubjectEndingAt(c - 1, lo), lo))
                && (SubjectEndingAt(c - 1, lo) ?? AppositiveSubject(c, lo) ?? SubjectBeforeAppositionOrAdjunct(c, lo)) is { } svo
                && !(pluralVerb && svo.Item2 == EntityType.Location))
            {
                (speaker, speakerType) = svo;
                afterSpeaker = c + 1;
                subjectBefore = FirstTokenAt(svo.Item1.Mention.Span.Start);
            }

            // والد الرهينة يناشد التنظيم …: ناشد always has its addressee after it; a subject before it is the speaker.
            if (cue.Lemma == "ناشد" && prefixLetters == 0 && subjectBefore < 0 && speaker?.EntityId is null && c > lo && !pronounSubject
                && DefiniteSubjectBefore(c, lo) is { } appellant)
            {
                (speaker, speakerType, afterSpeaker) = (appellant, null, c + 1);
                subjectBefore = FirstTokenAt(appellant.Mention.Span.Start);
            }

            // وكان المتحدث … قد وصف هذه الاتهامات بأنها …: in كان X قد + verb, a phrase after the verb that names no
            // source is its object; the subject stands before قد (found next). (قد + a present verb is "may": قد يعتقد البعض.)
            // (A verb that takes its addressee first has it after the verb even when it names a source: وكان الوزير، فلان،
            // قد أبلغ الأمم المتحدة بضرورة ….)
            if (speaker is not null && (speaker.EntityId is null && !NamesASource(speaker) || CueLexicon.ObjectBeforePreposition(cue.Lemma)) && prefixLetters == 0 && !pronounSubject
                && c - 2 > lo && _fold[c - 1] == "قد" && KanaBefore(IsComma(c - 2) ? c - 3 : c - 2, lo))
                (speaker, speakerType, afterSpeaker) = (null, null, c + 1);

            // وكان مصدران مطلعان قد أكدا …، إلا أن تقرير الصندوق … أشار: the subject after كان or أن, before the verb.
            if (speaker is null && prefixLetters == 0 && !pronounSubject && FrontedSubject(c, lo, hi, pluralVerb) is { } fronted)
            {
                (speaker, speakerType, subjectBefore) = fronted;
            }

            // لكن الوزارة نفت الأمر، إلا أن وزارة الدفاع نفت ذلك: before an unprefixed denial verb, a source opening the
            // clause is the subject, and the phrase after the verb that names no source is what is denied.
            if (denial && prefixLetters == 0 && speaker is not null && speaker.EntityId is null && !NamesASource(speaker) && c > lo && !pronounSubject
                && (FrontedSubject(c, lo, hi, pluralVerb) is { } before ? (before.Item1, before.Item2) : DefiniteSubjectBefore(c, lo) is { } definite ? (definite, (EntityType?)null) : default) is { Item1: { } denier } denierPhrase
                && NamesASource(denier) && FirstTokenAt(denier.Mention.Span.Start) is int d && d > lo && _fold[d - 1] is "لكن" or "ولكن" or "ان" or "الا")
            {
                (speaker, speakerType, afterSpeaker) = (denier, denierPhrase.Item2, c + 1);
                subjectBefore = d;
            }

            // مشروعها الذي تصر على أنه …: in a relative clause without its own subject the speaker is the
            // nearest named party before it.
            // (Not when the verb's object pronoun stands for the antecedent: أحد أقاربه الذي يتهمونه بـ….)
            bool pronounObject = cue.Lemma == "اتهم" && AccusesAPronoun(c) || cue.Lemma == "تبني" && HasObjectPronoun(c);
            if (speaker is null && prefixLetters == 0 && !pronounObject && c - 1 >= lo && s_relativePronouns.Contains(_fold[c - 1]) && RelativeClauseSpeaker(c, lo) is { } party)
            {
                (speaker, speakerType) = party;
            }

            // الوزير يبلغ السفير بأن …: a definite noun phrase opening the sentence is the subject of the verb after it.
            if (subjectBefore < 0 && prefixLetters == 0 && c > lo && !pronounSubject && !IsDateToken(c - 1, out _) && !s_adverbs.Contains(_fold[c - 1])
                && DefiniteSubjectBefore(c, lo) is { } opening && FirstTokenAt(opening.Mention.Span.Start) == lo)
            {
                (speaker, speakerType, afterSpeaker) = (opening, null, c + 1);
                subjectBefore = lo;
            }

            // وزير الخارجية يؤكد …، مصادر أمنية تكشف عن …: a phrase headed by a role or a source opening the sentence
            // (a headline, mostly) is the subject of the unprefixed verb right after it.
            if (subjectBefore < 0 && prefixLetters == 0 && c > lo && c - lo <= 6 && !pronounSubject
                && (RoleHead(lo) is not null || s_unnamedHeads.Contains(_fold[lo]) || s_sourceHeads.Contains(StripArticle(_fold[lo])))
                && Enumerable.Range(lo, c - lo).All(k => _t[k].Kind == TokenKind.Word && !TryCue(k, out _, out _) && !IsComplementizer(k)
                                                       && !s_relativePronouns.Contains(_fold[k]) && !s_negators.Contains(_fold[k])))
            {
                var phrase = TextSpan.FromBounds(_t[lo].Span.Start, _t[c - 1].Span.End);
                int personAt = Enumerable.Range(lo, c - lo).FirstOrDefault(k => _entityOf[k] >= 0 && _doc.Entities[_entityOf[k]].Type == EntityType.Person, -1);
                if (personAt >= 0)
                {
                    var entity = _doc.Entities[_entityOf[personAt]];
                    (speaker, speakerType) = (new ClaimSpeaker(entity.Id, entity.Mentions[_mentionOf[personAt]]), EntityType.Person);
                }
                else
                    (speaker, speakerType) = (new ClaimSpeaker(null, new Mention(phrase, _doc.Text.Substring(phrase.Start, phrase.Length))), null);
                afterSpeaker = c + 1;
                subjectBefore = lo;
            }

            // "العلي" يدعو إلى …: a quoted name opening the sentence is the subject of the verb right after it.
            if (speaker is null && prefixLetters == 0 && c - 1 > lo && IsQuoteToken(lo) && IsQuotedName(lo, out int nameClose) && nameClose == c - 1)
            {
                var quotedName = TextSpan.FromBounds(_t[lo + 1].Span.Start, _t[c - 2].Span.End);
                (speaker, speakerType, afterSpeaker) = (new ClaimSpeaker(null, new Mention(quotedName, _doc.Text.Substring(quotedName.Start, quotedName.Length))), null, c + 1);
                subjectBefore = lo;
            }

            // وأصدر المجلس بيانا أكد فيه …، نشر التنظيم شريطا يؤكد فيه …: the issuer of the document or speech, the
            // subject of the sentence's verb, speaks in it (what follows فيه is the content, not a subject).
            if ((speaker is null || speaker.EntityId is null && !NamesASource(speaker)) && prefixLetters == 0 && c - 1 > lo && IsDocumentNoun(c - 1) && c + 1 < hi
                && IsResumptiveIn(c + 1) && _t[lo].Kind == TokenKind.Word && !TryCue(lo, out _, out _) && FindSpeakerAfter(lo + 1, c - 1, hi) is { Speaker: { } issuer } found)
            {
                (speaker, speakerType) = (issuer, found.Type);
                subjectBefore = FirstTokenAt(issuer.Mention.Span.Start);
                afterSpeaker = c + 2;
            }

            // وبعدما حذر من أن …، اعتبر حفتر أن …، وإذ يرى أن …، يعرب فلان عن …: a verb in a fronted temporal clause shares the
            // subject of the main clause's reporting verb after the comma.
            if (speaker is null && prefixLetters == 0 && c > lo && _fold[c - 1] is "بعدما" or "وبعدما" or "عندما" or "وعندما" or "حينما" or "وحينما" or "اذ" or "واذ" or "ولما"
                && MainClauseSubject(c, hi) is { } main)
                (speaker, speakerType) = main;

            if (speaker is null && prefixLetters == 0 && c > lo && !pronounSubject && !topicFronted && DefiniteSubjectBefore(c, lo) is { } np)
            {
                // البعض يقول إن …، فالعاصمة ترى أن …: a definite subject before the verb — not a fact or circumstance
                // (كل الدلائل تشير إلى …), and not the subject of an impersonal passive (الأسلحة الجديدة يُتوقع أن …).
                string head = SpeakerHead(np, out _);
                if (s_nonSpeakers.Contains(head)) return false;
                if (cue.Lemma is "توقع" or "اعتبر" or "رجح" or "اعتقد" && _fold[c][prefixLetters] == '\u064A' && !NamesASource(np) && head is not ("بعض" or "كثيرون" or "كثير")) return false;
                speaker = np;
                speakerType = null;
            }
            else if (speaker is null && pluralVerb && prefixLetters == 0 && c > lo && _t[c - 1].Kind == TokenKind.Word && !IsClauseOpener(c - 1) && !pronounSubject && !topicFronted && NounPhraseBefore(c, lo) is { } plural)
            {
                // جيران له قالوا إن …، وزراء المالية … قالوا: a plural subject before a plural verb. (Not before a
                // coordinated one: in … عدد الأسر وتوقعوا أن … the verb shares the subject of the sentence.)
                speaker = plural;
                speakerType = null;
            }
            else if (speaker is null && prefixLetters == 0 && c > lo && _t[c - 1].Kind == TokenKind.Word && !IsClauseOpener(c - 1) && !pronounSubject && !topicFronted
                     && !PronounAfterExceptive(c - 1) && !(s_goingOnVerbs.Contains(_fold[c - 1]) && cue.Lemma == "قال"))
            {
                // تقارير إعلامية أفادت بأن …: a verb right after an indefinite noun is a relative clause, not a report.
                // (إلا أنه أكد …: the pronoun glued to the particle is the subject; the last speaker speaks.)
                return false;
            }

            // وأصيب أصدقاء الضحية بصدمة، وقالوا إن …: a coordinated verb shares the subject of the verb opening the sentence.
            // (So does one after لكنه: وأيد الشيخ … فلانا، لكنه نفى ….)
            // (Not for an accusation with an object pronoun in a sentence opened by a subordinate clause, whose main clause
            // may have another subject: وفيما ركزت الوزارة على …، شن المحامون حملة … واتهموها ….)
            if (speaker is null && pronounObject && IsClauseOpener(lo)) return false;
            if (speaker is null && (prefixLetters > 0 || PronounAfterExceptive(c - 1) && _fold[c - 1].Contains("لكن", StringComparison.Ordinal))
                && !HasClaimInSentence(c) && OpeningVerbSubject(lo, c, hi, cue.Plural) is { } shared)
            {
                (speaker, speakerType) = shared;
            }

            // (An accusation or claim of responsibility with an object pronoun names its subject or shares a coordinated
            // verb's: it does not continue the last speaker — اتهمته بالتعامل …، فاتهمه بالخيانة have subjects of their own.)
            if (speaker is null && pronounObject) return false;
            // (In a relative clause the phrase before the pronoun is the accused, never the subject: الذي يتهمونه بـ….)
            if (pronounObject && c - 1 >= lo && s_relativePronouns.Contains(_fold[c - 1]) && FirstTokenAt(speaker!.Mention.Span.Start) < c) return false;
            if (speaker is null)
            {
                // A continuation has a conjunction or opens its sentence (وأضاف، كما أشار، أضاف …); a bare verb after a
                // comma continues a noun phrase whose head is not named here (اعترافات المساعد …، علي حسن، كشفت عن …).
                // (… في كلمة ألقاها، حذر فيها من …: a relative clause about the speech event continues its speaker.)
                bool aboutSpeechEvent = c + 1 < hi && IsResumptiveIn(c + 1);
                if (prefixLetters == 0 && c > lo && IsComma(c - 1) && CommaBefore(c - 2, Math.Max(lo, c - 8)) && !aboutSpeechEvent) return false;
                (speaker, speakerType) = (_lastSpeaker, _lastSpeakerType);
                // رسالة بعث بها السفير …، فلان الفلاني، الأحد الماضي، …، يحذر فيها من …: the writer of the document the
                // relative clause is about — the person named before it in the sentence — speaks, with his adjuncts.
                if (aboutSpeechEvent && PersonBefore(c, lo) is { } writer)
                {
                    (speaker, speakerType) = writer;
                    subjectBefore = FirstTokenAt(writer.Item1.Mention.Span.Start);
                }

                afterSpeaker = aboutSpeechEvent ? c + 2 : c + 1;
                implicitSpeaker = true;
            }
        }

        if (speaker is null) return false;
        if (cue.Lemma == "اظهر" && (implicitSpeaker || !NamesASource(speaker))) return false;
        // (… مشيرا إلى أنه دعا الأطراف إلى …: the speaker's own earlier call, the main predicate of his content, is a claim —
        // not a present one, which is the statement itself: وقال إنه يناشد الأطراف ….)
        if (implicitSpeaker && !relativeReport && _lastContent.Contains(_t[c].Span) && !(pronounSubject && prefixLetters == 0 && _fold[c][0] is not ('\u064A' or '\u062A') && IsMainPredicateOfContent(c))) return false;
        // وأكد "العلي" دعم …: the closing quotation mark of a quoted name belongs to the speaker.
        if (!implicitSpeaker && afterSpeaker < hi && _t[afterSpeaker].Kind == TokenKind.Punctuation && _t[afterSpeaker].Span.Start == speaker.Mention.Span.End
            && IsClosingQuote(afterSpeaker) && FirstTokenAt(speaker.Mention.Span.Start) is int nameStart && nameStart > lo && IsQuoteToken(nameStart - 1))
            afterSpeaker++;

        // …، كما أعلن الوزير اليوم: the statement comes before the cue.
        // (Not when the cue's own complement follows: …، كما تناقلت تقارير عن …)
        // (Also …، على ما أفادت محاميته: the same post-posed formula.)
        int formula = c - 1 > lo && _fold[c - 1] == "كما" ? 1 : c - 2 > lo && _fold[c - 1] == "ما" && _fold[c - 2] == "علي" ? 2 : 0;
        // (Not an indefinite object: …، كما أكد ثبوت تورط الخلية في التخطيط.)
        if (marker < 0 && !denial && formula > 0 && !implicitSpeaker && RestIsSpeakerOnly(afterSpeaker, hi)
            && !(FirstTokenAt(speaker.Mention.Span.Start) == c + 1 && IsIndefiniteNonSource(c + 1))
            && !PrepositionalComplement(cue, afterSpeaker, hi, out _, out _))
        {
            int last = c - 1 - formula;
            while (last > lo && _t[last].Kind == TokenKind.Punctuation) last--;
            int first = lo;
            while (first < last && _t[first].Kind == TokenKind.Punctuation) first++;
            if (last > first)
            {
                var before = TextSpan.FromBounds(_t[first].Span.Start, _t[last].Span.End);
                AddClaim(CueSpan(c, prefixLetters), cue, false, speaker, speakerType, before, c, TextSpan.FromBounds(_t[c].Span.Start, _t[hi - 1].Span.End), lo);
                resume = hi;
                return true;
            }
        }

        // وأوضح ذلك لـ«الصحيفة» مصدر …: the demonstrative object stands for what the sentence before said, unattributed there
        // (D-55): that sentence is the content.
        // (Also opening its sentence without the conjunction: أبان ذلك الدكتور فلان …; not before content of its own: قال ذلك
        // الدكتور فلان إن ….)
        if (!implicitSpeaker && !denial && (prefixLetters > 0 || c == lo) && cue.Kind == ClaimCueKind.Verb && c + 1 < hi && IsDemonstrativeObject(c + 1, hi)
            && !(afterSpeaker < hi && (IsComplementizer(afterSpeaker) || IsPunct(afterSpeaker, ':') || IsQuoteToken(afterSpeaker)))
            && _sentenceOf[c] > 0 && _doc.Sentences[_sentenceOf[c] - 1] is var previous && previous.TokenCount > 2
            && !(_claims.Count > 0 && _sentenceOf[FirstTokenAt(_claims[^1].Cue.Span.Start)] == _sentenceOf[c] - 1))
        {
            int first = previous.FirstToken, last = previous.FirstToken + previous.TokenCount - 1;
            while (first < last && _t[first].Kind == TokenKind.Punctuation) first++;
            while (last > first && _t[last].Kind == TokenKind.Punctuation && !IsClosingQuote(last)) last--;
            if (last > first)
            {
                var said = TextSpan.FromBounds(_t[first].Span.Start, _t[last].Span.End);
                // (The rest of the clause is attribution — … على هامش الاجتماع الذي عقد أمس dates the statement — up to a
                // complementizer, a quotation or a comma before another cue: أكد ذلك مصدر، مضيفا أن هجوما وقع أمس.)
                int attributionEnd = afterSpeaker;
                while (attributionEnd < hi && !IsComplementizer(attributionEnd) && !IsQuoteToken(attributionEnd)
                       && !(IsComma(attributionEnd) && attributionEnd + 1 < hi && TryCue(attributionEnd + 1, out _, out _))) attributionEnd++;
                int attributionStop = attributionEnd < hi ? _t[attributionEnd].Span.Start : _t[hi - 1].Span.End;
                AddClaim(CueSpan(c, prefixLetters), cue, false, speaker, speakerType, said, c, TextSpan.FromBounds(_t[c].Span.Start, Math.Max(_t[c].Span.End, attributionStop)), lo);
                resume = afterSpeaker;
                return true;
            }
        }

        // (A name with a kinship word named after the cue ends after its whole mention, not at the kinship word: دعا رئيس
        // اللجنة، الدكتور فلان بن علي الفلاني، الهيئات …)
        if (!implicitSpeaker && speaker.Mention.Span.Start > _t[c].Span.Start && afterSpeaker < hi && afterSpeaker > 0 && _fold[afterSpeaker - 1] is "بن" or "ابن" or "بنت" or "ابو"
            && _t[afterSpeaker].Span.Start > speaker.Mention.Span.Start)
            while (afterSpeaker < hi && _t[afterSpeaker].Span.Start < speaker.Mention.Span.End) afterSpeaker++;

        // أشار إلى X، حذر من X، طالب الجيش بـX: a prepositional complement right after the speaker is the content.
        int complementFrom = -1;
        // (لفت X إلى is also "drew X's attention to": then X must name a source to be the speaker — not لفت العالم إلى.)
        if (marker < 0 && !denial && (cue.Lemma != "لفت" || cue.Kind == ClaimCueKind.Participle || implicitSpeaker || subjectBefore >= 0 || NamesASource(speaker))
            && PrepositionalComplement(cue, afterSpeaker, hi, out int preposition, out complementFrom))
            marker = preposition;

        // واعتبر زيارة الوفد لم تتم …: after a past اعتبر opening the sentence, a phrase that names no source is the
        // start of the considered clause, and the last speaker considers it.
        // (Likewise …، وأكد دعم بلاده للمعارضة: a coordinated أكد after a claim of the same sentence asserts the phrase.)
        // (So does a sentence-opening وأكد before an object masdar: وأكد دعم مسار … after the speaker's previous sentence.)
        // (And after كما: وقال إن الإجراء كان سليما، كما أكد ثبوت صلة الخلية ….)
        bool afterKama = prefixLetters == 0 && c - 1 > lo && _fold[c - 1] is "كما" or "وكما";
        if (marker < 0 && (cue.Lemma == "اعتبر" && _fold[c][prefixLetters] == '\u0627' || cue.Lemma == "اكد" && (HasClaimInSentence(c) && (IsComma(c - 1) || afterKama) || c == lo && c + 1 < hi && IsObjectMasdar(c + 1)))
            && cue.Kind == ClaimCueKind.Verb && (prefixLetters > 0 || afterKama && cue.Lemma == "اكد")
            && !implicitSpeaker && _lastSpeaker is not null && speaker.Mention.Span.Start == _t[c + 1].Span.Start
            && (!NamesASource(speaker) || afterKama && IsIndefiniteNonSource(c + 1)))
        {
            (speaker, speakerType) = (_lastSpeaker, _lastSpeakerType);
            implicitSpeaker = true;
            afterSpeaker = c + 1;
        }

        // أكد X، توقع X، اعتبر X Y: a direct object is what is asserted, expected or considered (أكدا تقارير …،
        // توقعوا زيادة …) — when a source speaks, not an event (أكدت الأحداث).
        // أعلن X مسؤوليته عن …: the claim of responsibility is the content.
        if (marker < 0 && !denial && cue.Lemma == "اعلن" && ResponsibilityObject(afterSpeaker, hi) is int owned and >= 0)
        {
            complementFrom = owned;
            marker = owned;
        }

        // تبنى التنظيم الهجوم على …: the claimed act, right after the subject, is the content (not an act named later:
        // تبنى المجلس قرارا يدين الهجوم).
        // (وتبناه التنظيم، تبناهما: with an object pronoun the act stands before the verb, and it is the content.)
        int contentLast = -1;
        if (cue.Lemma == "تبني" && HasObjectPronoun(c))
        {
            int before = ClaimedActBefore(c);
            if (before < 0 || denial || implicitSpeaker) return false;
            int last = c - 1;
            while (last > before && _t[last].Kind == TokenKind.Punctuation && !IsClosingQuote(last)) last--;
            if (_fold[last] is "و" or "ثم") last--;
            complementFrom = before;
            marker = before;
            contentLast = last;
        }
        else if (cue.Lemma == "تبني")
        {
            // (The subject's own prepositional modifier may stand between: وتبنى التنظيم المسلح في المنطقة الهجوم.)
            int act = SkipAdjunctPhrases(cue, SkipAdjuncts(afterSpeaker, hi), hi);
            // (هذا الهجوم: with its demonstrative.)
            int head = act < hi && IsDemonstrative(act) ? act + 1 : act;
            // (An adjective the adjunct's chain left out may come first: في الجماعة الجهادية المسلحة الهجوم.)
            while (head < hi && head + 1 < hi && ClaimedActWithin(head - 1, hi) != head && head < act + 2
                   && _t[head].Kind == TokenKind.Word && _fold[head].StartsWith("ال", StringComparison.Ordinal) && _entityOf[head] < 0)
                head++;
            // (Or after adjuncts set off by a comma: وتبنى التنظيم في بيان نشره …، هذه الهجمات.)
            if (head < hi && ClaimedActWithin(head - 1, hi) != head && CommaWithin(afterSpeaker, hi, 14) is int comma && comma + 1 < hi)
            {
                act = comma + 1;
                head = IsDemonstrative(act) ? act + 1 : act;
            }

            if (marker >= 0 || denial || head >= hi || ClaimedActWithin(head - 1, hi) != head) return false;
            if (head > act && !IsDemonstrative(act)) act = head;
            complementFrom = act;
            marker = act;
        }

        // أعلنت عمّان ضبطها عنصرا …، أعلن الجيش مقتل …: an informational أعلن whose object reports an event (1.2) — not a
        // performative one (أعلن الحرب، أعلن الحداد، أعلن ترشحه).
        if (marker < 0 && !denial && cue.Lemma == "اعلن" && cue.Kind == ClaimCueKind.Verb && (implicitSpeaker || subjectBefore >= 0 || NamesASource(speaker))
            && SkipAdjunctPhrases(cue, SkipAdjuncts(afterSpeaker, hi), hi) is int reported && reported < hi && (IsEventReport(reported) || IsAnnouncedFact(reported)))
        {
            complementFrom = reported;
            marker = reported;
        }

        // أعلن الوزير عن زيارة …، أعلنت الشرطة عن اعتقال …: أعلن عن announces a fact — unless what follows is a
        // declaration (أعلن عن هدنة، عن حالة الطوارئ: performative, 1.2).
        if (marker < 0 && !denial && cue.Lemma == "اعلن" && cue.Kind == ClaimCueKind.Verb && (implicitSpeaker || subjectBefore >= 0 || NamesASource(speaker))
            && (SkipAdjunctPhrases(cue, SkipAdjuncts(afterSpeaker, hi), hi) is int skipped && AppositionBeforePreposition(["عن"], skipped, hi) is int appositive ? appositive : skipped) is int about
            && about + 1 < hi && _fold[about] == "عن" && _t[about + 1].Kind == TokenKind.Word
            && !IsComplementizer(about + 1) && !IsDeclaration(about + 1))
        {
            complementFrom = about + 1;
            marker = about;
        }

        // (ناشد always has an addressee and a request: اللجنة ناشدت المانحين دعمها …)
        // (أحصى، قدّر and حمّل report their object: أحصت اللجنة عشرين خرقا …، قدّر عدد …، حمّل الحكومة مسؤولية …)
        if (marker < 0 && !denial && cue.Kind is ClaimCueKind.Verb or ClaimCueKind.Participle && (cue.Lemma is "اكد" or "توقع" or "اعتبر" or "عد" or "ناشد" or "ابدي" or "احصي" or "قدر" or "حمل" or "كشف" or "استبعد"
                // (… وهو ما رأى فيه الحزب محاولة للتهرب …: رأى في X Y, "considered X to be Y", with X a pronoun.)
                || cue.Lemma == "راي" && c + 1 < hi && _fold[c + 1] is "فيه" or "فيها" or "فيهم"
                // (…، مدعيا التزام دمشق بتنفيذ …: ادّعى / زعم with an object masdar, claimed to be the case.)
                || cue.Lemma is "ادعي" or "زعم" && c + 1 < hi && IsObjectMasdar(c + 1))
            // (The participle of اعتبر opening its clause after a comma takes its two objects too: …، معتبرا الزيارة خطوة مهمة.)
            && (cue.Kind == ClaimCueKind.Verb || cue.Lemma is "ابدي" or "اكد" or "قدر" or "ادعي" or "زعم" || cue.Lemma == "اعتبر" && c > lo && IsComma(c - 1))
            // (A participle's speaker is the governing clause's, whatever its name looks like: وأكد المعلم …، مدعيا التزام ….)
            && (implicitSpeaker || subjectBefore >= 0 || NamesASource(speaker) || cue.Lemma is "ناشد" or "ابدي" || cue.Kind == ClaimCueKind.Participle)
            // (كشف with an object only as a verb opening its clause: not the noun of إجراء كشف طبي.)
            && !(cue.Lemma == "كشف" && prefixLetters == 0 && c > lo && _t[c - 1].Kind == TokenKind.Word && !IsClauseOpener(c - 1) && !IsComplementizer(c - 1)
                 && _fold[c - 1] is not ("بعد" or "كما")))
        {
            int adjunctFrom = SkipAdjuncts(afterSpeaker, hi);
            // (وأكد الوزير، رئيس اللجنة، وهي هيئة مستقلة، خبر تشكيل …: the speaker's parentheticals before the object.)
            int k = SkipAdjunctPhrases(cue, SkipCommaParentheticals(adjunctFrom, hi), hi);
            // (أكدت الرئاسة في بيان، مشاركة الرئيس …: the comma closing the adjunct.)
            // (وحمّل مجلس قيادة الحراك، الجماعة مسؤولية …: or the comma closing the speaker phrase.)
            if ((k > adjunctFrom || k == afterSpeaker && !implicitSpeaker) && k + 1 < hi && IsComma(k) && _t[k + 1].Kind == TokenKind.Word) k++;
            // أكد المتحدث باسم المكتب لرئيس الوزراء فلان …: a person after the role (and its adjuncts) is the speaker named.
            if (k < hi && !implicitSpeaker && speakerType != EntityType.Person && RoleHead(FirstTokenAt(speaker.Mention.Span.Start)) is not null
                && _entityOf[k] is int named && named >= 0 && _doc.Entities[named].Type == EntityType.Person)
            {
                (speaker, speakerType) = (new ClaimSpeaker(_doc.Entities[named].Id, _doc.Entities[named].Mentions[_mentionOf[k]]), EntityType.Person);
                while (k < hi && _entityOf[k] == named) k++;
                k = SkipAdjuncts(k, hi);
            }

            // (أكد فلان وزير الداخلية قرار …: a role apposition after the person named — not with verbs whose object may be a
            // person named by role: حمّل فلان رئيس السلطة مسؤولية …، ناشد فلان الأمين العام التدخل.)
            if (k < hi && !implicitSpeaker && speakerType == EntityType.Person && cue.Lemma is "اكد" or "كشف" or "توقع" or "استبعد" or "ابدي" or "احصي"
                && RoleHead(k) is not null && k + 1 < hi && _t[k + 1].Kind == TokenKind.Word)
            {
                // (The role's construct chain up to its definite noun — رئيس لجنة الشؤون الخارجية — and its adjunct up to a
                // comma: … مستشار المركز في دول المجلس، ضرورة ….)
                int end = k + 1;
                while (end < Math.Min(hi, k + 4) && _t[end].Kind == TokenKind.Word && _entityOf[end] < 0 && !_fold[end].StartsWith("ال", StringComparison.Ordinal) && !StartsWithPreposition(end)) end++;
                if (end < hi && _t[end].Kind == TokenKind.Word && (_entityOf[end] >= 0 || _fold[end].StartsWith("ال", StringComparison.Ordinal))) end = EndOfDefinite(end, hi);
                end = SkipAdjunctPhrases(cue, end, hi);
                if (end + 1 < hi && IsComma(end)) end++;
                if (end < hi && _t[end].Kind == TokenKind.Word) k = end;
            }

            // (اعتبرها الوزير «تحدي جيلنا»: after an object pronoun, a quoted predicate.)
            if (k < hi && cue.Lemma == "اعتبر" && HasObjectPronoun(c) && IsQuoteToken(k) && ClosingQuote(k) is int predicateEnd && predicateEnd > k + 1)
            {
                complementFrom = k;
                marker = k;
            }
            else if (k < hi && _t[k].Kind == TokenKind.Word && !IsComplementizer(k) && !TryCue(k, out _, out _) && !StartsWithPreposition(k)
                && _fold[k] is not ("في" or "خلال" or "عن" or "علي" or "الي" or "من" or "مع" or "امام" or "لدي" or "عبر" or "حول" or "ان")
                && !(_entityOf[k] >= 0 && _doc.Entities[_entityOf[k]].Type == EntityType.Person))
            {
                complementFrom = k;
                marker = k;
            }
        }

        // وأفاد الوزير للإذاعة، «…»: a comma after the speaker and an opening quotation mark open the statement.
        if (marker < 0 && !denial && cue.Kind == ClaimCueKind.Verb && afterSpeaker < hi)
        {
            for (int k = afterSpeaker; k < Math.Min(hi - 2, c + 12); k++)
            {
                if (IsComplementizer(k) || TryCue(k, out _, out _) || IsPunct(k, '.') || IsPunct(k, ':')) break;
                if (IsComma(k) && IsQuoteToken(k + 1) && !IsQuotedName(k + 1, out _))
                {
                    marker = k + 1;
                    break;
                }
            }
        }

        // وقال المسؤول في تصريحات لـ«الصحيفة» النجاحات كبيرة …: unmarked speech right after the quoted name of the paper
        // the statement was given to.
        if (marker < 0 && !denial && cue.Lemma is "قال" or "اضاف" or "تابع" or "اوضح" && cue.Kind == ClaimCueKind.Verb)
        {
            for (int k = afterSpeaker; k < Math.Min(hi - 3, c + 15); k++)
            {
                if (IsComplementizer(k) || IsPunct(k, '.') || IsPunct(k, ':') || IsComma(k) || k > afterSpeaker && TryCue(k, out _, out _)) break;
                if (_fold[k] is "ل" or "لـ" && IsQuoteToken(k + 1) && IsQuotedName(k + 1, out int paperEnd) && paperEnd + 1 < hi
                    && _t[paperEnd + 1].Kind == TokenKind.Word && !IsComplementizer(paperEnd + 1) && !StartsWithPreposition(paperEnd + 1)
                    && _fold[paperEnd + 1] is not ("في" or "من" or "عن" or "علي" or "الي" or "مع" or "خلال" or "امس" or "اليوم"))
                {
                    marker = paperEnd;
                    break;
                }
            }
        }

        // وقال نحن نعمل على تنفيذه …، ويقول فلان أنا لا أرى …: unmarked direct speech opened by a first-person pronoun right
        // after the speaker (or right after the verb, for the last speaker).
        if (marker < 0 && !denial && cue.Lemma is "قال" or "اضاف" or "تابع" && cue.Kind == ClaimCueKind.Verb
            && afterSpeaker > c && afterSpeaker + 1 < hi && _fold[afterSpeaker] is "نحن" or "ونحن" or "انا" or "وانا" or "لقد")
            marker = afterSpeaker - 1;

        // وقال الوزير للصحفيين، تم تحديد …: a comma after the speaker opens the statement of a saying verb.
        if (marker < 0 && !denial && cue.Lemma is "قال" or "اضاف" or "تابع" or "اوضح" && cue.Kind == ClaimCueKind.Verb)
        {
            // (The comma after a named speaker, consumed with the name: وأضاف الزياني، ناقشنا …)
            for (int k = afterSpeaker - 1 > c && IsComma(afterSpeaker - 1) ? afterSpeaker - 1 : afterSpeaker; k < Math.Min(hi - 3, c + 15); k++)
            {
                // (Not the comma closing a relative clause of the speaker: السلطات التي مددت …، لشهرين …، أن …)
                if (s_relativePronouns.Contains(_fold[k]) && ComplementizerWithin(k, hi, 30)) break;
                if (IsPunct(k, '،') || IsPunct(k, ','))
                {
                    marker = k;
                    break;
                }
            }
        }

        if (marker < 0 && !denial)
        {
            // A reporting verb without reported content (أشار، في مقابلة …، إلى سوريا): its subject still speaks next
            // (قائلا: …) — unless the verb stands inside another claim's content.
            if (!implicitSpeaker && !_lastContent.Contains(_t[c].Span)) Remember(speaker, speakerType, c);
            return false;
        }

        // The content.
        TextSpan content;
        int contentEndToken;
        bool quoted = false;
        if (complementFrom >= 0)
        {
            int last = contentLast >= 0 ? contentLast : LastContentToken(complementFrom, hi);
            if (last < complementFrom) return false;
            content = TextSpan.FromBounds(_t[complementFrom].Span.Start, _t[last].Span.End);
            contentEndToken = last;
        }
        else if (marker >= 0)
        {
            if (!ContentAfterMarker(marker, hi, out content, out contentEndToken, out quoted)) return false;
        }
        else
        {
            // A denial with a direct object: نفى … صحة التكهنات (also after an adjunct: نفت في الوقت ذاته الأنباء)
            int k = afterSpeaker;
            while (k < hi && (_t[k].Kind == TokenKind.Punctuation || IsDateToken(k, out _))) k++;
            if (k < hi && _fold[k] is "في" or "خلال") k = SkipAdjunctPhrases(cue, k, hi);
            if (k >= hi) return false;
            int last = LastContentToken(k, hi);
            if (last < k) return false;
            content = TextSpan.FromBounds(_t[k].Span.Start, _t[last].Span.End);
            contentEndToken = last;
        }

        if (!quoted) (content, contentEndToken) = TrimAtNextClause(content, contentEndToken);
        var cueSpan = CueSpan(c, prefixLetters);
        // A date between the subject or cue and the content dates the statement (قال … الاثنين، إن; تقرير … قبل ثلاثة أشهر أشار).
        int dateFrom = subjectBefore >= 0 && subjectBefore < c ? subjectBefore : c;
        var attribution = TextSpan.FromBounds(_t[dateFrom].Span.Start, _t[Math.Max(c, marker >= 0 ? marker : afterSpeaker)].Span.Start);
        // جدد الرئيس دعوته للشعب، أمس، لتأييد …: a date set off by commas after the masdar's addressee dates the renewal.
        for (int j = lightMasdar + 2; lightMasdar >= 0 && j < Math.Min(hi, lightMasdar + 7); j++)
        {
            if (IsComplementizer(j)) break;
            if (IsDateToken(j, out _) && IsComma(j - 1))
            {
                attribution = TextSpan.FromBounds(attribution.Start, _t[j].Span.End);
                break;
            }
        }

        AddClaim(cueSpan, cue, denial, speaker, speakerType, content, c, attribution, lo);
        _lastContent = content;
        // A verb between the cue and its content (in a relative clause of the speaker phrase) is no cue of its own.
        if (content.Start > _t[c].Span.End) _attributionUntil = content.Start;
        // Keep scanning inside unquoted content: a reported report (… أن البعض يقول إن …) is a claim of its own,
        // when it names its own speaker.
        resume = quoted ? contentEndToken + 1 : c + 1;
        return true;
    }

    private static readonly HashSet<string> s_subjectPronouns = new(StringComparer.Ordinal)
    {
        "هو", "هي", "هم", "هما", "وهو", "وهي", "وهم", "وهما", "فهو", "فهي", "فهم",
    };

    /// <summary>Complementizers with a third-person pronoun glued to them (أنه، بأنها، إنهم): the subject of a verb
    /// that follows at once.</summary>
    private static readonly HashSet<string> s_pronounComplementizers = new(StringComparer.Ordinal)
    {
        "انه", "انها", "انهم", "انهما", "بانه", "بانها", "بانهم", "بانهما", "وانه", "وانها", "وانهم",
    };

    /// <summary>Quantifier pronouns standing for parties named before (كلاهما، جميعهم).</summary>
    private static readonly HashSet<string> s_quantifierPronouns = new(StringComparer.Ordinal)
    {
        "كلاهما", "كلتاهما", "كليهما", "كلهم", "جميعهم", "كلاهم",
    };

    private static readonly HashSet<string> s_relativePronouns = new(StringComparer.Ordinal)
    {
        "الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي", "اللاتي",
    };

    /// <summary>كان and its forms: a subject may stand between it and a later verb (وكان المسؤولون قد قالوا).</summary>
    private static readonly HashSet<string> s_kana = new(StringComparer.Ordinal)
    {
        "كان", "وكان", "فكان", "كانت", "وكانت", "فكانت", "كانوا", "وكانوا", "كانا", "وكانا", "كانتا",
    };

    private bool IsComma(int k) => IsPunct(k, '،') || IsPunct(k, ',');

    /// <summary>The nearest clause opener before token <paramref name="from"/>, within <paramref name="window"/> tokens:
    /// a complementizer or لكن, or with <paramref name="kanaToo"/> a form of كان; -1 when a full stop, colon, semicolon
    /// or cue comes first, or none is near.</summary>
    private int ClauseOpenerBefore(int from, int lo, int hi, int window, bool kanaToo)
    {
        for (int k = from - 1; k >= Math.Max(lo, from - window); k--)
        {
            if (_t[k].Kind == TokenKind.Punctuation && (IsPunct(k, '.') || IsPunct(k, ':') || IsPunct(k, '؛'))) return -1;
            if (_t[k].Kind != TokenKind.Word) continue;
            if (kanaToo && s_kana.Contains(_fold[k]) || IsComplementizer(k) || _fold[k] is "لكن" or "ولكن") return k;
            if (IsLiveCue(k, hi, out _)) return -1;
        }

        return -1;
    }

    /// <summary>Whether a form of كان stands at or before token k in the clause (from lo), with no punctuation after it.</summary>
    private bool KanaBefore(int k, int lo)
    {
        for (int j = k; j >= lo && _t[j].Kind != TokenKind.Punctuation; j--)
        {
            if (s_kana.Contains(_fold[j])) return true;
        }

        return false;
    }

    /// <summary>Whether a noun of claims (<see cref="s_denialObjects"/>) follows رفض at c within ten tokens and before any
    /// punctuation: its object, also after a long subject (رفض المتحدث باسم الخارجية الإيرانية … الاتهامات).</summary>
    private bool DenialObjectFollows(int c, int hi)
    {
        for (int k = c + 1; k < hi && k <= c + 10; k++)
        {
            if (_t[k].Kind == TokenKind.Punctuation) return false;
            if (s_denialObjects.Contains(StripArticle(_fold[k])) || s_denialObjects.Contains(_fold[k])) return true;
        }

        return false;
    }

    /// <summary>رفض أن يكون الجيش قصف …: رفض + أن + a form of كان states that a proposition is false.</summary>
    private bool RejectsProposition(int c, int hi)
    {
        for (int k = c + 1; k < Math.Min(hi - 1, c + 10); k++)
        {
            if (_t[k].Kind == TokenKind.Punctuation) return false;
            if (!IsComplementizer(k)) continue;
            return _fold[k] == "ان" && _fold[k + 1] is "تكون" or "يكون" or "يكونوا" or "يكونا" or "تكونا" or "كان" or "كانت" or "كانوا";
        }

        return false;
    }

    /// <summary>A participle at token k that only names the manner of the statement of the verb at c (وأضاف شارحا: …،
    /// وأضاف المسؤول مؤكدا أن …): unprefixed, accusative or feminine, no denial and no required preposition, with the
    /// content opening right after it and only the verb's subject between.</summary>
    private bool IsMannerParticiple(int c, int k, int hi)
    {
        if (k + 1 >= hi || k - c > 6 || !TryCue(k, out var p, out int prefix) || prefix != 0 || p.Kind != ClaimCueKind.Participle
            || p.Denial || _fold[k][^1] is not ('\u0627' or '\u0629' or '\u0647')) return false;
        // (وأضاف متحدثا عن الاتفاقية: «…»، وقال الوزير، متحدثا عن الأزمة، إن …: the participle's topic stands before the
        // colon or the complementizer.)
        if (p.Lemma == "تحدث" && _fold[k + 1] == "عن")
        {
            for (int j = k + 2; j < Math.Min(hi, k + 14); j++)
            {
                if (IsPunct(j, '.')) return false;
                if (IsPunct(j, ':') || IsComplementizer(j)) return true;
            }

            return false;
        }

        if (p.NeedsObject is not null || !(IsPunct(k + 1, ':') || IsComplementizer(k + 1) || IsQuoteToken(k + 1))) return false;
        for (int j = c + 1; j < k; j++)
        {
            if (_t[j].Kind != TokenKind.Word || IsComplementizer(j) || TryCue(j, out _, out _)) return false;
        }

        return true;
    }

    /// <summary>An indefinite noun of a document or speech (بيانا، تقريرا، رسالة، كلمة، خطابا، تصريحات).</summary>
    private bool IsDocumentNoun(int k)
        => _t[k].Kind == TokenKind.Word && _fold[k] is "بيانا" or "بيان" or "تقريرا" or "تقرير" or "رساله" or "كلمه" or "خطابا" or "خطاب" or "تصريحا" or "تصريحات"
               or "مذكره" or "تغريده" or "مقالا" or "مقال" or "حديثا" or "مؤتمرا" or "فيديو" or "شريطا" or "تسجيلا" or "تسجيل";

    /// <summary>أنه، أنها، أنهم after إلا / غير (إلا أنه أوضح …، غير أنها أكدت …): a subject pronoun glued to the
    /// particle, pointing back to the last speaker.</summary>
    private bool PronounAfterExceptive(int k)
        => k >= 1 && _t[k].Kind == TokenKind.Word && (_fold[k] is "انه" or "انها" or "انهم" or "انهما" && _fold[k - 1] is "الا" or "غير"
                                                      || _fold[k] is "لكنه" or "لكنها" or "لكنهم" or "ولكنه" or "ولكنها" or "ولكنهم");

    /// <summary>فيه، فيها، خلاله، خلالها: the resumptive "in it" of a relative clause about a speech event or document
    /// (… في كلمة ألقاها، حذر فيها من …).</summary>
    private bool IsResumptiveIn(int k) => _fold[k] is "فيه" or "فيها" or "خلاله" or "خلالها";

    /// <summary>Whether an entity mention starts its clause: at the sentence start or after a comma, a complementizer,
    /// كان or a clause opener.</summary>
    private bool OpensClause((ClaimSpeaker Speaker, EntityType Type)? mention, int lo)
    {
        if (mention is not { } m || m.Type is not (EntityType.Person or EntityType.Organization or EntityType.Location)) return false;
        int first = FirstTokenAt(m.Speaker.Mention.Span.Start);
        return first == lo || first - 1 >= lo && (IsComma(first - 1) || IsComplementizer(first - 1) || s_kana.Contains(_fold[first - 1]) || IsClauseOpener(first - 1));
    }

    /// <summary>A relative clause reporting another utterance of the current speaker: after الذي/التي … a verb of saying
    /// whose subject is not the antecedent — the antecedent is its object (الذين وصفهم بالمحتلين), or, inside the
    /// speaker's content, the verb does not agree with the pronoun (المدينة التي قال إن …) — with its content at once.</summary>
    private bool RelativeReport(int c, int prefixLetters, CueEntry cue, int lo, int hi)
    {
        if (cue.Kind != ClaimCueKind.Verb || prefixLetters != 0 || c - 1 < lo || c + 1 >= hi || !s_relativePronouns.Contains(_fold[c - 1])) return false;
        bool objectSuffix = cue.Lemma is "وصف" or "اعتبر" && HasObjectPronoun(c);
        // (… القرار الذي اعتبروه «ظالما»، الخطوة التي اعتبرها خطأ: the predicate at once, no subject of its own.)
        if (objectSuffix && cue.Lemma == "اعتبر")
            return IsQuoteToken(c + 1) || _t[c + 1].Kind == TokenKind.Word && _entityOf[c + 1] < 0 && !_fold[c + 1].StartsWith("ال", StringComparison.Ordinal) && _fold[c + 1].EndsWith('\u0627');
        if (objectSuffix) return IsGluedBa(c + 1) || _fold[c + 1] == "ب";
        bool feminineVerb = IsFeminineVerb(c);
        bool femininePronoun = IsFemininePronoun(c - 1);
        // (Also right after that content, in its sentence: … في وجه الميليشيات، التي قال إنها «تنتحر».)
        return feminineVerb != femininePronoun && (_lastContent.Contains(_t[c].Span) || HasClaimInSentence(c)) && IsComplementizer(c + 1);
    }

    /// <summary>Whether the noun at k cannot be the subject of the verb at c by gender: a masculine plural or a
    /// masculine collective after a feminine verb (دعت المواطنين، دعت المجتمع), a feminine noun after a masculine verb
    /// (طالب الشركة، دعا الحكومة).</summary>
    private bool AddresseeDisagrees(int c, int prefixLetters, int k)
    {
        if (_t[k].Kind != TokenKind.Word || _entityOf[k] >= 0) return false;
        string verb = _fold[c][prefixLetters..];
        string head = StripArticle(_fold[k]);
        if (head.Length < 3 || RoleLexicon.IsRole(head) || s_unnamedHeads.Contains(head)) return false;
        bool feminineVerb = verb.EndsWith('\u062A') || verb.StartsWith('\u062A');
        bool masculineVerb = !feminineVerb && !verb.EndsWith("وا", StringComparison.Ordinal) && !verb.EndsWith('\u0627') || verb is "دعا" or "يدعو";
        if (feminineVerb) return head.EndsWith("ين", StringComparison.Ordinal) || head.EndsWith("ون", StringComparison.Ordinal) || head is "مجتمع" or "شعب" or "جمهور";
        return masculineVerb && head.EndsWith('\u0647');
    }

    /// <summary>A form of اتهم with an object pronoun (اتهمه، اتهموها، يتهمونهم) — every form of the verb ends in هم, so
    /// the pronoun is told by the letter before it.</summary>
    private bool AccusesAPronoun(int c)
    {
        string f = _fold[c];
        return f.EndsWith("مه", StringComparison.Ordinal) || f.EndsWith("مها", StringComparison.Ordinal) || f.EndsWith("مهم", StringComparison.Ordinal)
               || f.EndsWith("ته", StringComparison.Ordinal) && f.Length > 5 || f.EndsWith("تها", StringComparison.Ordinal) || f.EndsWith("متهم", StringComparison.Ordinal) && f.Length > 5
               || f.EndsWith("وه", StringComparison.Ordinal) || f.EndsWith("وها", StringComparison.Ordinal) || f.EndsWith("وهم", StringComparison.Ordinal)
               || f.EndsWith("ونه", StringComparison.Ordinal) || f.EndsWith("ونها", StringComparison.Ordinal) || f.EndsWith("ونهم", StringComparison.Ordinal);
    }

    /// <summary>A verb form with the feminine ت before or after its stem (قالت، تقول).</summary>
    private bool IsFeminineVerb(int c) => _fold[c].Length > 2 && (_fold[c][0] == '\u062A' || _fold[c][^1] == '\u062A');

    /// <summary>A feminine relative pronoun (التي، اللتين، اللتان، اللواتي، اللاتي).</summary>
    private bool IsFemininePronoun(int k) => _fold[k] is "التي" or "اللتين" or "اللتان" or "اللواتي" or "اللاتي";

    /// <summary>Whether the verb at <paramref name="c"/> agrees in gender and number with the relative pronoun at
    /// <paramref name="relative"/>, so that the pronoun's antecedent is its subject (البيان الذي أوضح، التي قالت، الذين
    /// قالوا — not المدينة التي قال إن …، المنتقدين الذين اعتبر أنهم …).</summary>
    private bool AgreesWithRelative(int c, int relative)
    {
        string f = _fold[c], r = _fold[relative];
        bool pluralPronoun = r is "الذين" or "اللذين" or "اللذان" or "اللتين" or "اللتان" or "اللواتي" or "اللاتي";
        bool femininePronoun = IsFemininePronoun(relative);
        bool pluralVerb = f.EndsWith("وا", StringComparison.Ordinal) || f.EndsWith("ون", StringComparison.Ordinal) || f.EndsWith("ان", StringComparison.Ordinal)
                          || f.Length > 3 && f.EndsWith('\u0627');
        bool feminineVerb = IsFeminineVerb(c);
        return pluralPronoun == pluralVerb && (pluralPronoun || feminineVerb == femininePronoun);
    }

    /// <summary>A definite elative (الأوفر، الأكثر، الأفضل): the article, an alef and three letters.</summary>
    private bool IsDefiniteElative(int k) => _fold[k].Length == 6 && _fold[k].StartsWith("الا", StringComparison.Ordinal) && !IsAdjectiveLike(_fold[k]);

    /// <summary>A verb form ending in an object pronoun (وصفه، وصفتها، وصفهم).</summary>
    private bool HasObjectPronoun(int c)
        => _fold[c].EndsWith('\u0647') || _fold[c].EndsWith("ها", StringComparison.Ordinal) || _fold[c].EndsWith("هم", StringComparison.Ordinal)
           || _fold[c].EndsWith("هما", StringComparison.Ordinal);

    /// <summary>Prepositions that front the topic of a statement at the start of a sentence (وعن مستوى التنسيق … قال).</summary>
    private static readonly HashSet<string> s_topicPrepositions = new(StringComparer.Ordinal) { "عن", "وعن", "حول", "وحول", "بشان", "وبشان", "بخصوص", "وبخصوص" };

    /// <summary>Whether the sentence opens with a fronted topic (وعن X) that runs, without punctuation, up to the cue.</summary>
    private bool FrontedTopic(int lo, int c)
    {
        // (Also a fronted adverbial of the speech occasion: وفي حديثه للتلفزيون قال إن …، وفي كلمته أمام المؤتمر أكد …)
        bool occasion = _fold[lo] is "وفي" or "في" && c - lo >= 2 && c - lo <= 6 && IsSpeechOccasion(lo + 1);
        if (c - lo < 2 || c - lo > 14 || !s_topicPrepositions.Contains(_fold[lo]) && !occasion) return false;
        for (int k = lo + 1; k < c; k++)
        {
            if (_t[k].Kind == TokenKind.Punctuation || occasion && (s_relativePronouns.Contains(_fold[k]) || TryCue(k, out _, out _) || _entityOf[k] >= 0)) return false;
        }

        return true;
    }

    /// <summary>Nouns of a speech occasion (folded stems), alone or after احد/احدي: كلمة، تصريح، مقابلة، حديث، بيان، مؤتمر صحفي.</summary>
    private static readonly string[] s_occasionStems = ["كلمت", "تصريح", "مقابل", "حديث", "بيان", "خطاب", "مؤتمر", "لقاء", "حوار", "رسال", "تغريد"];

    /// <summary>A meeting, call or visit (folded stems): لقائه، اجتماعه، اتصال هاتفي، محادثات، زيارته.</summary>
    private bool IsMeeting(int k) => StartsWithAny(_fold[k], s_meetingStems);

    /// <summary>Whether <paramref name="w"/> starts with one of <paramref name="stems"/> (folded stems).</summary>
    private static bool StartsWithAny(string w, string[] stems)
    {
        foreach (string stem in stems)
        {
            if (w.StartsWith(stem, StringComparison.Ordinal)) return true;
        }

        return false;
    }

    private static readonly string[] s_meetingStems = ["لقا", "اجتماع", "اتصال", "مكالم", "محادث", "مباحث", "زيار", "استقبال"];

    private bool IsSpeechOccasion(int k)
    {
        if (k + 1 < _t.Length && _fold[k] is "احد" or "احدي") k++;
        return StartsWithAny(_fold[k], s_occasionStems);
    }

    /// <summary>Facts and circumstances, which indicate but do not speak (كل الدلائل تشير إلى …; D-3), folded, no article.</summary>
    private static readonly HashSet<string> s_nonSpeakers = new(StringComparer.Ordinal)
    {
        "دلائل", "مؤشرات", "تطورات", "احداث", "ظروف", "وقائع", "معطيات", "شواهد", "قرائن", "حقائق", "تجارب", "تجربه",
    };

    /// <summary>Masdars (folded stems) that report an event: أعلن مقتل، ضبطها، القبض على، استعادة السيطرة.</summary>
    private static readonly string[] s_eventReportStems =
    [
        "مقتل", "مصرع", "وفاه", "اصابه", "ضبط", "القبض", "اعتقال", "توقيف", "اسقاط", "تدمير", "استعاده", "سيطره", "تحرير",
        "انتهاء", "نجاح", "فشل", "ارتفاع", "انخفاض", "تسجيل", "رصد", "وصول", "مقتلهم", "العثور",
    ];

    private bool IsEventReport(int k)
    {
        if (_t[k].Kind != TokenKind.Word || _entityOf[k] >= 0) return false;
        // (Definite too: أعلنت القوات السيطرة على المدينة.)
        string w = _fold[k];
        return StartsWithAny(w, s_eventReportStems) || StartsWithAny(StripArticle(w), s_eventReportStems);
    }

    /// <summary>Indefinite masdars of a stance (folded stems) asserted by أكد، شدد … (وأكد أهمية …، وأكدت ضرورة …; D-36).</summary>
    private static readonly string[] s_stanceMasdarStems = ["اهميه", "ضروره", "حرص", "التزام", "استعداد", "عزم", "تمسك", "وقوف", "سقوط", "دعم", "تاييد"];

    /// <summary>An indefinite event report or stance masdar (مقتل، سقوط، أهمية، ضرورة …): an object, never a speaker.</summary>
    private bool IsObjectMasdar(int k)
    {
        if (_t[k].Kind != TokenKind.Word || _entityOf[k] >= 0) return false;
        // (التزام begins with the letters of the article but is indefinite; الالتزام is the definite.)
        if (_fold[k].StartsWith("التزام", StringComparison.Ordinal)) return true;
        if (_fold[k].StartsWith("ال", StringComparison.Ordinal)) return false;
        return IsEventReport(k) || StartsWithAny(_fold[k], s_stanceMasdarStems);
    }

    /// <summary>Indefinite heads (folded stems) of a reported state of affairs after تحدث عن (besides the event reports).</summary>
    private static readonly string[] s_stateStems =
    [
        "وجود", "اتفاق", "اشتباك", "احتمال", "فرار", "سقوط", "هجوم", "هجمات", "خلافات", "انتهاكات", "صفقه", "تقدم", "تراجع",
        "قرب", "نيه", "رغبه", "توقعات", "خسائر", "ضحايا", "معارك", "غارات", "قصف", "انسحاب", "استمرار", "عوده", "تورط",
    ];

    /// <summary>Whether the word after the cue's عن (within a few words; a quotation mark skipped) is an indefinite
    /// event report or state of affairs: تحدثت المصادر عن اشتباكات …، تتحدث عن «اتفاق» وشيك.</summary>
    private bool ReportsStateAfterAn(int c, int hi)
    {
        for (int k = c + 1; k < Math.Min(hi - 1, c + 8); k++)
        {
            if (IsComplementizer(k) || IsPunct(k, '.') || IsPunct(k, ':')) return false;
            if (_fold[k] != "عن") continue;
            int w = k + 1;
            if (IsQuoteToken(w) && w + 1 < hi) w++;
            if (_t[w].Kind != TokenKind.Word || _entityOf[w] >= 0 || _fold[w].StartsWith("ال", StringComparison.Ordinal) || HasPronounSuffix(w)) return false;
            if (IsEventReport(w) || StartsWithAny(_fold[w], s_stateStems)) return true;

            // (عن اتصالات تجريها الحكومة، عن خطة «جديدة» أعدتها …: an indefinite head with a relative clause whose verb
            // resumes it — something that exists and is reported, not a topic.)
            int v = w + 1;
            if (v < hi && IsQuoteToken(v) && ClosingQuote(v) is int closed && closed > v && closed - v <= 3) v = closed + 1;
            return v < hi && LooksLikeVerb(v) && _fold[v].Length >= 5 && _fold[v].EndsWith("ها", StringComparison.Ordinal);
        }

        return false;
    }

    /// <summary>Nouns (folded stems) of what an announcement brings about rather than reports: أعلن عن هدنة، عن وقف إطلاق
    /// النار، عن حالة الطوارئ، عن الحداد، عن ترشحه، عن افتتاح … (performative, 1.2).</summary>
    private static readonly string[] s_declarationStems =
    [
        "هدنه", "الهدنه", "وقف", "الحرب", "حرب", "حاله", "الطوارئ", "الحداد", "حداد", "ترشح", "افتتاح", "تاسيس", "قيام",
        "استقلال", "افلاس", "اضراب", "الاضراب", "النفير", "التعبئه", "تعبئه", "الجهاد", "تنحي", "استقال", "الاستقاله",
        // decisions announced are acts too: أعلن تشكيل لجنة، إلغاء الرحلات، تأجيل الاجتماع، فرض حظر … (not the measures
        // D-44 counts as reported: أعلنت تخصيص مبلغ، أعلن بدء مرحلة إعادة الإعمار; D-94's أعلنت تشكيل أفواج is one too,
        // but تشكيل is kept here for the committees and governments formed by announcing them)
        "تشكيل", "انطلاق", "اطلاق", "عفو", "العفو", "عطله", "الغاء", "تاجيل", "تعليق", "اغلاق", "فتح", "فرض", "منع",
        "حظر", "تمديد", "تعيين", "اقاله", "ترشيح", "انسحاب", "انضمام", "تدشين", "تقديم", "اعتماد", "اقرار", "رفع",
    ];

    /// <summary>أعلنت الوزارة تخريج …، أعلن الجيش مواصلة تقدمه، أعلنت موافقتها: a masdar in construct (no article, no
    /// preposition, no name) that is not a declaration or decision (D-35, 1.2).</summary>
    private bool IsAnnouncedFact(int k)
    {
        if (_t[k].Kind != TokenKind.Word || _entityOf[k] >= 0 || IsComplementizer(k) || IsDeclaration(k) || TryCue(k, out _, out _)) return false;
        string w = _fold[k];
        if (w.StartsWith("ال", StringComparison.Ordinal) || StartsWithPreposition(k) || IsGluedBa(k) || w.Length < 4 || IsAccusativeAdverb(k)
            || s_relativePronouns.Contains(w) || s_subjectPronouns.Contains(w) || s_negators.Contains(w)
            || w is "في" or "من" or "عن" or "علي" or "الي" or "مع" or "امس" or "اليوم" or "ايضا" or "رسميا" or "قبل" or "بعد" or "خلال" or "عبر" or "انه" or "انها") return false;
        // (… مداهمة 14 منزلا: a count right after the masdar.)
        return k + 1 < _t.Length && _t[k + 1].Kind is TokenKind.Word or TokenKind.Number || HasPronounSuffix(k);
    }

    private bool IsDeclaration(int k) => _entityOf[k] >= 0 || IsDeclarationNoun(k); // أعلن عن اسم …: a name, not a fact

    private bool IsDeclarationNoun(int k) => StartsWithAny(_fold[k], s_declarationStems);

    /// <summary>أعلن التنظيم مسؤوليته عن …: the token of a claim of responsibility within a few words after
    /// the speaker (the object is what is asserted), or -1.</summary>
    private int ResponsibilityObject(int k, int hi)
    {
        for (int j = k; j < Math.Min(hi, k + 6); j++)
        {
            if (IsComplementizer(j) || IsPunct(j, '.')) break;
            if (_fold[j].StartsWith("مسؤوليت", StringComparison.Ordinal)) return j + 1 < hi ? j : -1;
        }

        return -1;
    }

    /// <summary>The first token of an act of violence claimed within a few words after <paramref name="c"/> (الهجوم،
    /// هجوما، عملية، تفجير، قتل، اغتيال، استهداف …), or -1.</summary>
    private int ClaimedActWithin(int c, int hi, bool pastCommas = false)
    {
        for (int j = c + 1; j < Math.Min(hi, c + (pastCommas ? 17 : 9)); j++)
        {
            if (IsComplementizer(j) || _t[j].Kind == TokenKind.Punctuation && !IsQuoteToken(j) && !(pastCommas && IsComma(j))) break;
            if (_t[j].Kind == TokenKind.Word && s_claimedActs.Contains(StripArticle(StripConjunction(_fold[j])))) return j;
        }

        return -1;
    }

    /// <summary>The first comma within <paramref name="window"/> tokens from <paramref name="k"/>, before any
    /// complementizer, colon, full stop or reporting word; null when there is none.</summary>
    private int? CommaWithin(int k, int hi, int window)
    {
        for (int j = k; j < Math.Min(hi, k + window); j++)
        {
            if (IsComma(j)) return j;
            if (IsComplementizer(j) || IsPunct(j, ':') || IsPunct(j, '.') || TryCue(j, out _, out _)) return null;
        }

        return null;
    }

    /// <summary>Whether تبنّى at <paramref name="i"/> claims an act of violence: named after it (تبنى التنظيم الهجوم), or,
    /// with an object pronoun, before it in the sentence (… تفجير انتحاري وقع في السوق، وتبناه التنظيم).</summary>
    private bool ClaimsAnAct(int i) => HasObjectPronoun(i) ? ClaimedActBefore(i) >= 0 : ClaimedActWithin(i, _t.Length, pastCommas: true) >= 0;

    /// <summary>The nearest act of violence (<see cref="s_claimedActs"/>) before <paramref name="c"/> in its sentence,
    /// within 30 tokens, or -1.</summary>
    private int ClaimedActBefore(int c)
    {
        for (int j = c - 1; j >= Math.Max(0, c - 30); j--)
        {
            if (IsPunct(j, '.') || IsPunct(j, ':') || IsComplementizer(j) || j < c - 1 && TryCueWord(j)) return -1;
            if (_t[j].Kind == TokenKind.Word && s_claimedActs.Contains(StripArticle(StripConjunction(_fold[j])))) return j;
        }

        return -1;
    }

    /// <summary>Whether a word is in the cue lexicon (with or without a conjunction), without the extractor's checks.</summary>
    private bool TryCueWord(int j)
        => _t[j].Kind == TokenKind.Word && (CueLexicon.TryGet(_fold[j], out _) || _fold[j].Length >= 3 && _fold[j][0] is '\u0648' or '\u0641' && CueLexicon.TryGet(_fold[j][1..], out _));

    /// <summary>Acts of violence whose responsibility is claimed with تبنّى (folded, without the article).</summary>
    private static readonly HashSet<string> s_claimedActs = new(StringComparer.Ordinal)
    {
        "هجوم", "هجوما", "هجمات", "عمليه", "عمليات", "تفجير", "تفجيرات", "تفجيرا", "اعتداء", "اعتداءات", "قتل", "مقتل",
        "اغتيال", "استهداف", "خطف", "اختطاف", "اطلاق", "قصف",
        // (تبنى X مسؤوليته عن …, D-37.)
        "مسؤوليه", "مسؤوليته", "مسؤوليتها", "مسؤوليتهم", "مسؤوليتهما",
    };

    /// <summary>جدد/كرر (renewed, repeated) and their forms: with the masdar of a cue as object they report a statement.</summary>
    private static readonly HashSet<string> s_lightVerbs = new(StringComparer.Ordinal)
    {
        "جدد", "جددت", "يجدد", "تجدد", "جددوا", "كرر", "كررت", "يكرر", "تكرر", "كرروا", "يكررون",
    };

    /// <summary>Masdars of cues with a possessive pronoun (folded) and the cue's lemma: جدد دعوته → دعا.</summary>
    private static readonly Dictionary<string, string> s_lightMasdars = BuildLightMasdars();

    private static Dictionary<string, string> BuildLightMasdars()
    {
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (stem, lemma) in new[] { ("دعوت", "دعا"), ("تاكيد", "أكد"), ("مطالبت", "طالب"), ("تحذير", "حذر"), ("نفي", "نفى"), ("اتهام", "اتهم") })
        {
            foreach (string suffix in new[] { "ه", "ها", "هم", "هما" }) d[stem + suffix] = ArabicNormalizer.Default.NormalizeToString(lemma);
        }

        // The definite masdar without a pronoun (كرر التأكيد على …، جدد الدعوة إلى …، جددت المطالبة بـ…).
        foreach (var (masdar, lemma) in new[] { ("التاكيد", "أكد"), ("الدعوه", "دعا"), ("المطالبه", "طالب"), ("التحذير", "حذر"), ("النفي", "نفى") })
            d[masdar] = ArabicNormalizer.Default.NormalizeToString(lemma);

        return d;
    }

    /// <summary>جدد الرئيس … دعوته لتأييد الاتفاق، كرر نفيه …: one claim, cue = the light verb, lemma = the masdar's verb.</summary>
    private bool TryLightVerb(int i, int lo, int hi, out int resume)
    {
        resume = i + 1;
        if (_t[i].Kind != TokenKind.Word) return false;
        string f = _fold[i];
        int prefix = 0;
        if (!s_lightVerbs.Contains(f))
        {
            if (f.Length < 4 || f[0] is not ('\u0648' or '\u0641') || !s_lightVerbs.Contains(f[1..])) return false;
            prefix = 1;
        }

        if (IsNegated(i, lo) || i - 1 >= lo && s_nounPrepositions.Contains(_fold[i - 1])) return false;
        bool repeats = f.Contains("كرر", StringComparison.Ordinal) && f[prefix..] != "تكرر";
        for (int m = i + 1; m < Math.Min(hi, i + 12); m++)
        {
            // كرر الوزير أن …، يكرر الحلفاء أن الحوار هو الطريق: كرر (repeated) with a complementizer is itself a verb of saying — not
            // تكرر (recurred), nor before the أن of a temporal clause (كرر اللاعب المحاولة بعد أن أخفق).
            if (repeats && IsComplementizer(m) && !IsAdverbialAn(m))
            {
                var repeated = new CueEntry("كرر", ClaimCueKind.Verb, false, null, Plural: f.EndsWith("وا", StringComparison.Ordinal) || f.EndsWith("ون", StringComparison.Ordinal));
                return TryVerbClaim(i, repeated, prefix, false, lo, hi, out resume);
            }

            if (IsComplementizer(m) || IsPunct(m, '.') || IsPunct(m, ':') || IsQuoteToken(m) || TryCue(m, out _, out _)) return false;
            if (!s_lightMasdars.TryGetValue(_fold[m], out string? lemma)) continue;
            var cue = new CueEntry(lemma, ClaimCueKind.Verb, lemma == ArabicNormalizer.Default.NormalizeToString("نفى"), null);
            return TryVerbClaim(i, cue, prefix, cue.Denial, lo, hi, out resume, lightMasdar: m);
        }

        return false;
    }

    /// <summary>The end of the speaker phrase after the cue at <paramref name="c"/>, at the latest <paramref name="regionEnd"/>:
    /// the first word that belongs to what follows it —
    /// <list type="bullet">
    /// <item>with <paramref name="baEnds"/>, while the phrase is all words, the cue's own ب: on an object masdar or a noun
    /// with a pronoun (أفادت مصادر أمنية بارتفاع …، اعترف بعض المتهمين بعلاقتهم بفلان), or on any indefinite word that is no
    /// institution (اعترف آخرون بحلق لحاهم — not مصدر بوزارة الصحة، باسم الوزارة، بالوزارة);</item>
    /// <item>after أعلن/تبنّى, the responsibility claimed (وأعلن التنظيم مسؤوليته في بيان);</item>
    /// <item>a request for anonymity (وقال مسؤول طلب عدم ذكر هويته لأسباب أمنية إن …).</item>
    /// </list></summary>
    private int SpeakerPhraseEnd(CueEntry cue, int c, int regionEnd, int hi, bool baEnds)
    {
        bool allWords = true;
        for (int k = c + 2; k < regionEnd; k++)
        {
            if (_t[k].Kind != TokenKind.Word) allWords = false;
            if (baEnds && allWords && (IsBaOnObjectMasdar(k)
                                       || IsGluedBa(k) && (HasPronounSuffix(k) || GluedToDefinite(k) is null && _fold[k] != "باسم" && !s_sourceHeads.Contains(_fold[k][1..]))))
                return k;
            if (cue.Lemma is "اعلن" or "تبني" && _fold[k].StartsWith("مسؤوليت", StringComparison.Ordinal) || AnonymityRequestEnd(k, hi) >= 0) return k;
        }

        return regionEnd;
    }

    /// <summary>The verbs of a request for anonymity (folded): طالبا/طلب/فضّل/رفض/اشترط … عدم ذكر اسمه (D-2).</summary>
    private static readonly HashSet<string> s_anonymityVerbs = new(StringComparer.Ordinal)
    {
        "طالبا", "طالبه", "طالبين", "طلب", "طلبت", "طلبا", "طلبوا", "فضل", "فضلت", "فضلا", "فضلوا", "مفضلا", "مفضله", "مفضلين",
        "رافضا", "رافضه", "رافضين", "رفض", "رفضت", "رفضوا", "اشترط", "اشترطت", "اشترطوا", "مشترطا", "مشترطه",
    };

    /// <summary>The last token of a request for anonymity starting at token k (طالبا عدم ذكر اسمه، طلب عدم الكشف عن
    /// هويته، فضّل عدم الإفصاح عنها), or -1: it reports nothing and is part of neither the speaker phrase nor the content.</summary>
    private int AnonymityRequestEnd(int k, int hi)
    {
        if (k + 2 >= hi || _t[k].Kind != TokenKind.Word || !s_anonymityVerbs.Contains(_fold[k]) || _fold[k + 1] != "عدم") return -1;
        for (int j = k + 2; j < Math.Min(hi, k + 7); j++)
        {
            if (_t[j].Kind != TokenKind.Word) return -1;
            if (_fold[j].StartsWith("اسم", StringComparison.Ordinal) || _fold[j].StartsWith("هويت", StringComparison.Ordinal) || _fold[j] is "عنه" or "عنها" or "عنهم" or "عنهما")
                return j;
        }

        return -1;
    }

    /// <summary>A cue at token k that is used as one: a cue that needs a following word (أعرب عن، عبر عن) has it.</summary>
    private bool IsLiveCue(int k, int hi, out CueEntry cue)
    {
        if (!TryCue(k, out cue, out int prefix)) return false;
        // (طلبا عدم كشف هويتيهما، بعد إعلان …: a masdar after a noun preposition; رفض الكشف عن اسمه: a request for
        // anonymity.)
        if (prefix == 0 && k > 0 && s_nounPrepositions.Contains(_fold[k - 1])) return false;
        if (cue.Lemma == "رفض" && k + 1 < hi && _fold[k + 1] is "الكشف" or "كشف" or "ذكر" or "نشر" or "الافصاح" or "الاعلان") return false;
        return cue.NeedsObject is not { } needed || FollowsWithin(k, needed, hi, 12, stopAtContent: true);
    }

    /// <summary>دعاه لحضور …، دعا إلى حفل …، إلى مأدبة، دعا المفوض لزيارة المدينة: the first word of the called-for thing
    /// is an attendance, a ceremony, a meal or a visit (an invitation, 1.2 and D-91, also when a purpose follows: لزيارة
    /// المدينة للوقوف على …), after دعا and before the end of its clause.</summary>
    private bool InvitationWithin(int c, int hi)
    {
        // (Past the addressee's apposition set off by commas: دعا الرئيس، المبعوث الأممي إلى اليمن فلان، إلى زيارة عدن.)
        for (int j = c + 1; j < Math.Min(hi, c + 20); j++)
        {
            if (IsComma(j) || IsDatePunctuation(j)) continue;
            // (a quoted word in between is passed: دعا أعضاء "اللجنة" لحضور …)
            if (j > c + 1 && IsQuoteToken(j) && ClosingQuote(j) is int closing && closing > j && closing - j <= 4)
            {
                j = closing;
                continue;
            }

            if (IsComplementizer(j) || _t[j].Kind == TokenKind.Punctuation) return false;
            string w = _fold[j];
            if (IsGluedLam(j)) w = w[1..]; // لزيارة، للزيارة
            else if (_fold[j - 1] != "الي") continue;
            if (w.StartsWith("حضور", StringComparison.Ordinal)
                || w.StartsWith("مادبه", StringComparison.Ordinal) || w.StartsWith("حفل", StringComparison.Ordinal) || w.StartsWith("تناول", StringComparison.Ordinal)
                || w.StartsWith("عشاء", StringComparison.Ordinal) || w.StartsWith("غداء", StringComparison.Ordinal) || w.StartsWith("زياره", StringComparison.Ordinal))
                return true;
        }

        return false;
    }

    /// <summary>A figure within the window: a number, or a number word or approximation (ألف، مليون، نحو، حوالي).</summary>
    private bool FigureWithin(int k, int hi, int window)
    {
        for (int j = k + 1; j < Math.Min(hi, k + 1 + window); j++)
        {
            if (_t[j].Kind == TokenKind.Number || _t[j].Text.Any(char.IsDigit)) return true;
            string w = _fold[j];
            if (w is "نحو" or "بنحو" or "حوالي" or "بحوالي" or "قرابه" or "بقرابه" or "بما" || w.Contains("الف", StringComparison.Ordinal) && w.Length <= 6
                || w.Contains("مليون", StringComparison.Ordinal) || w.Contains("مليار", StringComparison.Ordinal) || w.Contains("ملايين", StringComparison.Ordinal))
                return true;
        }

        return false;
    }

    /// <summary>Whether a person the entity stage found is named within five words after token k, before any
    /// punctuation: the verb's subject, possibly after titles (كتب الرئيس الأوكراني فلان).</summary>
    private bool PersonRightAfter(int k)
    {
        for (int j = k + 1; j < _t.Length && j <= k + 5 && _t[j].Kind != TokenKind.Punctuation; j++)
        {
            if (_entityOf[j] is int e && e >= 0 && _doc.Entities[e].Type == EntityType.Person) return true;
        }

        return false;
    }

    /// <summary>Whether a colon followed by an opening quotation mark follows token k within the window.</summary>
    private bool ColonQuoteWithin(int k, int hi, int window)
    {
        for (int j = k + 1; j + 1 < Math.Min(hi, k + 1 + window); j++)
        {
            if (IsPunct(j, ':') && IsQuoteToken(j + 1)) return true;
        }

        return false;
    }

    /// <summary>Verbs of saying that report only with a content marker close after them (<see cref="ContentMarkerWithin"/>;
    /// folded lemmas of the grammar's further verbs in <see cref="CueLexicon"/>).</summary>
    private static readonly HashSet<string> s_markedOnly = new(StringComparer.Ordinal)
    {
        "اقترح", "روي", "حكي", "اوصي", "اخبر", "طمان", "نصح", "اشترط", "اقسم", "جزم", "استنتج", "غرد", "اوحي",
    };

    /// <summary>Whether content is marked within the window after token k, before a full stop: a complementizer that opens
    /// content; with <paramref name="quotes"/> also a colon, an opening quotation mark or بالقول (روى: «…»); with
    /// <paramref name="masdar"/> also ب on a stance or event masdar (أوصى بضرورة …) — not a plan's object (تقترح الخطة
    /// وقفا لإطلاق النار).</summary>
    private bool ContentMarkerWithin(int k, int hi, int window, bool quotes, bool masdar)
    {
        for (int j = k + 1; j < Math.Min(hi, k + 1 + window); j++)
        {
            if (IsPunct(j, '.')) return false;
            if (IsComplementizer(j) && !IsAdverbialAn(j)
                || quotes && (IsPunct(j, ':') && !IsClockColon(j) || IsQuoteToken(j) || _fold[j] is "بالقول" or "بقوله" or "بقولها")
                || masdar && IsBaOnObjectMasdar(j)) return true;
        }

        return false;
    }

    /// <summary>Whether one of the cue's complement prepositions stands as a word of its own at a token from
    /// <paramref name="from"/> to <paramref name="to"/>.</summary>
    private bool ComplementPrepositionWithin(string lemma, int from, int to)
    {
        var prepositions = CueLexicon.ComplementPrepositions(lemma);
        for (int j = from; j <= to && j < _t.Length; j++)
        {
            if (prepositions.Contains(_fold[j])) return true;
        }

        return false;
    }

    /// <summary>The أن of a temporal or concessive clause (بعد أن، قبل أن، منذ أن، رغم أن، حتى أن): no content.</summary>
    private bool IsAdverbialAn(int j) => j > 0 && _fold[j - 1] is "بعد" or "وبعد" or "قبل" or "وقبل" or "منذ" or "رغم" or "ورغم" or "برغم" or "حتي";

    /// <summary>Whether a complementizer stands within the window after token k — with <paramref name="content"/>, one
    /// that opens content, not the أن of a temporal or concessive clause (<see cref="IsAdverbialAn"/>).</summary>
    private bool ComplementizerWithin(int k, int hi, int window, bool content = false)
    {
        for (int j = k + 1; j < Math.Min(hi, k + 1 + window); j++)
        {
            if (IsComplementizer(j) && !(content && IsAdverbialAn(j))) return true;
        }

        return false;
    }

    /// <summary>Whether the folded word follows token k within the window — with <paramref name="stopAtContent"/>, before
    /// any complementizer (عبر الإذاعة …، إن «… عبرت عن …»: the عن belongs to the content).</summary>
    private bool FollowsWithin(int k, string folded, int hi, int window, bool stopAtContent = false)
    {
        for (int j = k + 1; j < Math.Min(hi, k + 1 + window); j++)
        {
            if (_fold[j] == folded) return true;
            if (stopAtContent && IsComplementizer(j)) return false;
        }

        return false;
    }

    /// <summary>Verbs whose past form starts with a plain alef (hamzat al-wasl), folded: their first-person present is the
    /// same letters with a hamza (اعتقد "he believed", أعتقد "I believe"), told apart only by the written hamza.</summary>
    private static readonly HashSet<string> s_waslVerbs = new(StringComparer.Ordinal) { "اعتقد", "اعتبر", "اعترف", "استبعد", "استطرد", "اشتكي", "ادعي", "اتهم" };

    private bool FirstPersonOfWaslVerb(int c, int prefixLetters, CueEntry cue)
    {
        if (cue.Kind != ClaimCueKind.Verb || !s_waslVerbs.Contains(cue.Lemma)) return false;
        string text = _t[c].Text;
        int k = 0;
        for (int letters = 0; k < text.Length && letters < prefixLetters; k++)
        {
            if (ArabicChars.Classify(text[k]) == CharClass.ArabicLetter) letters++;
        }

        while (k < text.Length && ArabicChars.Classify(text[k]) != CharClass.ArabicLetter) k++;
        return k < text.Length && text[k] == '\u0623';
    }

    /// <summary>Nouns of stance (folded stems) that make أبدى a report: أبدى استعداده، أبدت قلقها، أبدى موقفا.</summary>
    private static readonly string[] s_stanceStems =
    [
        "استعداد", "رغب", "قلق", "اسف", "تفاؤل", "تشاؤم", "ترحيب", "موافق", "رفض", "دعم", "تاييد", "اعتراض", "تحفظ", "استغراب",
        "ارتياح", "انزعاج", "امل", "موقف", "تضامن", "استياء", "مخاوف", "خشي", "اعجاب", "تفهم", "ثقت", "ثقه",
    ];

    private bool StanceWithin(int c, int hi, int window)
    {
        for (int j = c + 1; j < Math.Min(hi, c + 1 + window); j++)
        {
            // (with a pronoun or indefinite: استعداده، موقفا — not الاستعداد للانتخابات)
            if (StartsWithAny(_fold[j], s_stanceStems)) return true;
        }

        return false;
    }

    /// <summary>Prepositions that govern a noun (إثر، عقب، بعد …): a cue-like word right after one is a masdar.</summary>
    private static readonly HashSet<string> s_nounPrepositions = new(StringComparer.Ordinal)
    {
        "اثر", "عقب", "بعد", "قبل", "رغم", "منذ", "خلال", "بسبب", "لدي", "ازاء", "حيال", "وعقب", "واثر", "وبعد", "وقبل", "ورغم",
        "عدم", // طالبًا عدم كشف هويته
    };

    /// <summary>Whether a cue inside the last claim's content opens that content's main clause (… أن البعض يقول إن …,
    /// … أن ميركل أكدت …): within its first few words, before any comma.</summary>
    private bool IsMainPredicateOfContent(int c)
    {
        int first = FirstTokenAt(_lastContent.Start);
        // (… أن الأطراف التي أعلنت موقفها أيدت …: a verb in a relative clause is not the main predicate.)
        if (c - first > 6 || c - 1 >= 0 && s_relativePronouns.Contains(_fold[c - 1])) return false;
        for (int k = first; k < c; k++)
        {
            if (_t[k].Kind == TokenKind.Punctuation && !IsQuoteToken(k) && !IsClosingQuote(k)) return false;
            // … فيما يصر الدائنون على …، فإن …: a subordinate clause is background, not the main predicate.
            if (_fold[k] is "فيما" or "وفيما" or "بينما" or "وبينما" or "حيث" or "عندما" or "حين" or "لان" or "اذ" or "كلما" or "لما") return false;
        }

        return true;
    }

    /// <summary>The prepositional complement of a cue (أشار إلى X، حذر من X، طالب الجيش بالجهوزية) starting at token
    /// <paramref name="from"/> (after the speaker, skipping dates and adverbs): the preposition's token and where the
    /// content starts — after a separate preposition, at a glued بـ, or at the object of طالب/دعا/اتهم.</summary>
    private bool PrepositionalComplement(CueEntry cue, int from, int hi, out int preposition, out int contentFrom)
    {
        preposition = contentFrom = -1;
        var prepositions = CueLexicon.ComplementPrepositions(cue.Lemma);
        if (prepositions.IsEmpty) return false;
        int k = SkipAdjunctPhrases(cue, SkipAdjuncts(from, hi), hi);
        // (وشدد النائب، الذي يعد أحد أبرز المرشحين، على ضرورة …: the speaker's parenthetical before the preposition.)
        k = SkipCommaParentheticals(k, hi);
        // لفت الانتباه / النظر إلى …: the idiom's object (attention) stands before the preposition.
        if (cue.Lemma == "لفت" && k + 1 < hi && _fold[k] is "الانتباه" or "النظر" or "الانظار") k++;
        if (AppositionBeforePreposition(prepositions, k, hi) is int own) k = own;
        else if (CommaAdjunctBeforePreposition(prepositions, from, hi) is var (_, afterAdjunct)) k = afterAdjunct;
        int limit = Math.Min(hi, CueLexicon.ObjectBeforePreposition(cue.Lemma) ? k + 8 : k + 1);
        for (int p = k; p < limit; p++)
        {
            // اتهم الوزير حركة «الأمل» بـ…: a quoted name in the object.
            if (p > k && IsQuoteToken(p) && IsQuotedName(p, out int nameEnd))
            {
                limit = Math.Min(hi, limit + (nameEnd - p + 1));
                p = nameEnd;
                continue;
            }

            // طالب التكتل الهيئة والحكومة، بإقامة …: a comma may close a coordinated object before the preposition.
            if (p > k && IsComma(p) && p + 1 < hi && _t[p + 1].Kind == TokenKind.Word && OpensComplement(prepositions, p + 1, out _))
            {
                limit = Math.Min(hi, limit + 1);
                continue;
            }

            // (أبلغ الوزير المنظمة في مارس (آذار) الفائت بضرورة …: a date in the object's adjunct.)
            if (p > k && (IsDateToken(p, out _) || IsDatePunctuation(p)) && !IsComma(p))
            {
                limit = Math.Min(hi, limit + 1);
                continue;
            }

            if (_t[p].Kind != TokenKind.Word || IsComplementizer(p) || p > k && TryCue(p, out _, out _)) break;
            // دعا فلان الدول التي صاغت الاتفاق مع …، إلى …: the object's relative clause, closed by a comma before the preposition.
            if (p > k && s_relativePronouns.Contains(_fold[p]) && CueLexicon.ObjectBeforePreposition(cue.Lemma))
            {
                for (int j = p + 1; j < Math.Min(hi - 1, p + 16); j++)
                {
                    if (IsComplementizer(j) || IsPunct(j, ':') || IsPunct(j, '.') || IsQuoteToken(j) || j > p + 1 && TryCue(j, out _, out _)) break;
                    if (IsComma(j) && _t[j + 1].Kind == TokenKind.Word && OpensComplement(prepositions, j + 1, out _))
                    {
                        preposition = j + 1;
                        contentFrom = k;
                        return true;
                    }
                }

                break;
            }

            if (!OpensComplement(prepositions, p, out bool glued)) continue;
            preposition = p;
            // (The addressee of أبلغ is no part of what it reports: أبلغ الوزير الأمم المتحدة بضرورة ….)
            contentFrom = p > k && cue.Lemma != "ابلغ" ? k : glued ? p : p + 1;
            // (كشفت مصادر عن «تمرد» داخل …: the complement may open with a quoted word.)
            return contentFrom < hi && (_t[contentFrom].Kind == TokenKind.Word || IsQuoteToken(contentFrom) && contentFrom + 1 < hi && _t[contentFrom + 1].Kind == TokenKind.Word);
        }

        // دعا …، هيئات حماية الحقوق كافة، في الجامعة وفي المجلس، للتحرك الفوري: the addressee with its comma-set
        // adjuncts, then the purpose لـ.
        int addressee = k < hi && IsComma(k) ? k + 1 : k;
        if (cue.Lemma == "دعا" && addressee < hi && _t[addressee].Kind == TokenKind.Word && CommaSetLam(addressee, hi) is int lam && !InvitationWithin(lam - 1, hi))
        {
            preposition = lam;
            contentFrom = addressee;
            return true;
        }

        return false;
    }

    /// <summary>Whether token <paramref name="p"/> is one of a cue's complement <paramref name="prepositions"/>, as a
    /// word (إلى، عن) or <paramref name="glued"/> to its noun (بـ، لـ).</summary>
    private bool OpensComplement(ReadOnlySpan<string> prepositions, int p, out bool glued)
    {
        glued = false;
        bool match = false;
        foreach (string prep in prepositions)
        {
            if (_fold[p] == prep) match = true;
            else if (prep == "ب" && (IsGluedBa(p) || IsBaOnObjectMasdar(p)) || prep == "ل" && IsGluedLam(p)) match = glued = true;
        }

        return match;
    }

    /// <summary>كشف مسؤول في الحكومة، عن …، كشف فلان المتحدث باسم الوزارة عن …: an apposition (a role after the speaker)
    /// or a modifier closed by a comma stands between the speaker and the cue's own preposition. Returns the
    /// preposition's token, or null.</summary>
    private int? AppositionBeforePreposition(ReadOnlySpan<string> prepositions, int k, int hi)
    {
        if (k >= hi || _t[k].Kind != TokenKind.Word && !IsComma(k)) return null;
        bool role = RoleHead(k) is not null;
        for (int j = k; j < Math.Min(hi - 1, k + 12); j++)
        {
            bool comma = IsComma(j);
            if (!comma && (_t[j].Kind != TokenKind.Word || IsComplementizer(j) || s_relativePronouns.Contains(_fold[j]) || j > k && TryCue(j, out _, out _))) return null;
            int p = comma ? j + 1 : j;
            if (!comma && (!role || j == k)) continue;
            foreach (string prep in prepositions)
            {
                if (_fold[p] == prep && prep.Length > 1) return p;
            }

            if (comma) return null;
        }

        return null;
    }

    /// <summary>Parentheticals set off by commas from the comma at token k (or right after it) on: a relative clause (، الذي يعد أحد أبرز
    /// المرشحين،), an apposition of role (، رئيس اللجنة العليا،) or a وهو/وهي clause (، وهي هيئة مستقلة،), one after the
    /// other. Returns the token after the last one's closing comma, or k when none opens there.</summary>
    private int SkipCommaParentheticals(int k, int hi)
    {
        int after = k;
        // (The speaker phrase may end after the opening comma: كشف فلان، المدير التنفيذي للحركة، الحزب الفائز …، عن.)
        if (k > 0 && k < hi && !IsComma(k) && IsComma(k - 1) && RoleHead(k) is not null) k--;
        while (k + 2 < hi && IsComma(k))
        {
            int open = k + 1;
            bool relative = s_relativePronouns.Contains(_fold[open]);
            if (!relative && _fold[open] is not ("وهو" or "وهي" or "وهم") && RoleHead(open) is null) break;
            int close = -1;
            for (int j = open + 1; j < Math.Min(hi - 1, open + 25); j++)
            {
                if (IsComplementizer(j) || IsPunct(j, ':') || IsPunct(j, '.') || IsQuoteToken(j) || !relative && TryCue(j, out _, out _)) break;
                if (!IsComma(j)) continue;
                close = j;
                break;
            }

            // (Not when an adjunct follows the closing comma: وحمّل الحزب، رئيس الوزراء مسؤولية التدهور، في ظل … — the role
            // was the object.)
            if (close < 0 || _t[close + 1].Kind != TokenKind.Word || _fold[close + 1] is "في" or "وفي" or "خلال" or "وسط" or "بعد" or "قبل" or "عقب" or "اثر" or "لدي" or "اثناء" or "عند") break;
            k = close;
            after = close + 1;
        }

        return after;
    }

    /// <summary>Words opening an adjunct of the speech event (لدى استقباله …، عقب الاجتماع، خلال زيارته، على هامش …).</summary>
    private static readonly HashSet<string> s_occasionOpeners = new(StringComparer.Ordinal)
    {
        "لدي", "عقب", "اثر", "بعد", "قبل", "اثناء", "خلال", "عند", "في", "امام", "علي",
    };

    /// <summary>وأعرب الوزير، لدى استقباله السفير في مكتبه أمس، عن …، تعهدت عقب انتهاء الاجتماع، بتقديم …: an adjunct of
    /// the speech event, opened by a temporal or circumstantial preposition within a few words of <paramref name="from"/>
    /// and closed by a comma (possibly after further comma-separated adjuncts), stands between the speaker and the cue's
    /// own preposition (a separate one, or a glued بـ when the cue takes it). Returns the adjunct's first token and the
    /// preposition's, or null.</summary>
    private (int Start, int Preposition)? CommaAdjunctBeforePreposition(ReadOnlySpan<string> prepositions, int from, int hi)
    {
        int opener = -1;
        for (int j = from; j < Math.Min(hi, from + 8); j++)
        {
            if (IsComma(j) && j + 1 < hi && s_occasionOpeners.Contains(_fold[j + 1]) && _entityOf[j + 1] < 0)
            {
                opener = j;
                break;
            }

            if (_t[j].Kind != TokenKind.Word || IsComplementizer(j) || TryCue(j, out _, out _) || s_relativePronouns.Contains(_fold[j])) return null;
            if (s_occasionOpeners.Contains(_fold[j]) && _fold[j] is not ("في" or "علي" or "امام") && _entityOf[j] < 0)
            {
                opener = j;
                break;
            }
        }

        if (opener < 0) return null;
        for (int j = opener + 1; j < Math.Min(hi - 1, opener + 30); j++)
        {
            if (IsComplementizer(j) || TryCue(j, out _, out _) || IsPunct(j, ':') || IsPunct(j, '.') || IsQuoteToken(j)) return null;
            if (!IsComma(j)) continue;
            int p = j + 1;
            foreach (string prep in prepositions)
            {
                if (prep.Length > 1 && _fold[p] == prep || prep == "ب" && IsGluedBa(p)) return (opener, p);
            }
        }

        return null;
    }

    /// <summary>A word with the preposition لـ glued to it (للتحرك، لتكثيف), not a name that starts with ل, nor لدى.</summary>
    private bool IsGluedLam(int k)
    {
        var seg = _t[k].Segments;
        return _t[k].Kind == TokenKind.Word && seg.Length >= 2 && seg[0].Kind == SegmentKind.Preposition && _entityOf[k] < 0
               && _doc.Text[seg[0].Span.Start] == '\u0644' && !_fold[k].StartsWith("لدي", StringComparison.Ordinal);
    }

    /// <summary>A noun of possibility (إمكانية، احتمال، فرضية) within the window, before any full stop or complementizer.</summary>
    private bool PossibilityWithin(int k, int hi, int window)
    {
        for (int j = k + 1; j < Math.Min(hi, k + 1 + window); j++)
        {
            if (IsPunct(j, '.') || IsComplementizer(j)) return false;
            string w = StripArticle(_fold[j]);
            if (w.StartsWith("امكاني", StringComparison.Ordinal) || w.StartsWith("احتمال", StringComparison.Ordinal) || w.StartsWith("فرضي", StringComparison.Ordinal)) return true;
        }

        return false;
    }

    /// <summary>Whether a glued لـ follows token k within the window, before any complementizer or punctuation (a
    /// quoted word in between is passed: دعا جميع "صناع القرار" في ليبيا لتشكيل …).</summary>
    private bool GluedLamWithin(int k, int hi, int window)
    {
        for (int j = k + 1; j < Math.Min(hi, k + 1 + window); j++)
        {
            if (j > k + 1 && IsQuoteToken(j) && ClosingQuote(j) is int closing && closing > j && closing - j <= 4)
            {
                j = closing;
                continue;
            }

            if (IsComplementizer(j) || _t[j].Kind == TokenKind.Punctuation) return false;
            if (IsGluedLam(j)) return true;
        }

        return false;
    }

    /// <summary>The purpose لـ of دعا after a comma that closes a long addressee (دعا …، الهيئات كافة، في …، للتحرك …):
    /// the first glued لـ word right after a comma, within 40 words and before any complementizer, full stop, colon,
    /// quotation or other cue.</summary>
    private int? CommaSetLam(int from, int hi)
    {
        for (int j = from; j < Math.Min(hi, from + 40); j++)
        {
            if (IsComplementizer(j) || IsPunct(j, '.') || IsPunct(j, ':') || IsQuoteToken(j) || TryCue(j, out _, out _)) return null;
            if (j > from && IsComma(j - 1) && IsGluedLam(j)) return j;
        }

        return null;
    }

    /// <summary>A word with the preposition بـ glued to it (بالجهوزية، بكشف), not a name that starts with ب.</summary>
    private bool IsGluedBa(int k)
    {
        var seg = _t[k].Segments;
        return _t[k].Kind == TokenKind.Word && seg.Length >= 2 && seg[0].Kind == SegmentKind.Preposition && _entityOf[k] < 0
               && _doc.Text[seg[0].Span.Start] == '\u0628';
    }

    /// <summary>An indefinite word that is no name, role or source head (ثبوت، دعم; not محاميته، والده, made definite by
    /// their pronoun): it opens an object, not a speaker, even when the phrase it heads ends in one (ثبوت تورط الخلية).</summary>
    private bool IsIndefiniteNonSource(int k)
        => _t[k].Kind == TokenKind.Word && _entityOf[k] < 0 && !_fold[k].StartsWith("ال", StringComparison.Ordinal) && !HasPronounSuffix(k) && RoleHead(k) is null
           && !s_unnamedHeads.Contains(_fold[k]) && !s_sourceHeads.Contains(_fold[k]);

    /// <summary>Whether the words from <paramref name="head"/> up to <paramref name="end"/> (exclusive) are a chain of
    /// indefinite nouns in construct — no article, no adjective, no name, no unnamed-source head (رئيس لجنة حقوق …, not
    /// مصادر أمنية …) — so that the definite word at <paramref name="end"/> is its last genitive.</summary>
    private bool IsConstructChain(int head, int end)
    {
        if (s_unnamedHeads.Contains(_fold[head])) return false;
        // (The head itself is a noun, whatever its ending: مفوضية حقوق الإنسان.)
        for (int j = head; j < end; j++)
        {
            if (_t[j].Kind != TokenKind.Word || _entityOf[j] >= 0 || _fold[j].StartsWith("ال", StringComparison.Ordinal) || j > head && IsAdjectiveLike(_fold[j])
                || HasPronounSuffix(j) || IsObjectMasdar(j) || IsDemonstrative(j))
                return false;
        }

        return true;
    }

    /// <summary>بضرورة، بارتفاع، بوجود: ب on an event report, stance or state masdar, which the segmenter may leave whole.</summary>
    private bool IsBaOnObjectMasdar(int k)
    {
        if (_t[k].Kind != TokenKind.Word || _entityOf[k] >= 0 || _fold[k].Length < 5 || _fold[k][0] != '\u0628') return false;
        string rest = StripArticle(_fold[k][1..]);
        return StartsWithAny(rest, s_eventReportStems) || StartsWithAny(rest, s_stanceMasdarStems) || StartsWithAny(rest, s_stateStems);
    }

    private bool HasClaimInSentence(int c) => _claims.Count > 0 && _sentenceOf[FirstTokenAt(_claims[^1].Cue.Span.Start)] == _sentenceOf[c];

    /// <summary>The subject between كان (or a complementizer, or لكن) and a later verb in the same clause:
    /// <c>وكان مصدران مطلعان قد أكدا</c>، <c>إلا أن تقرير الصندوق قبل شهرين أشار</c>،
    /// <c>كان وزراء المالية الذين … قالوا</c>. Only a named party, a role, a source, or the subject of a plural verb.</summary>
    private (ClaimSpeaker, EntityType?, int)? FrontedSubject(int c, int lo, int hi, bool pluralVerb)
    {
        int opener = ClauseOpenerBefore(c, lo, hi, 25, kanaToo: true);
        if (opener < 0) return null;
        // منذ أن أشعلوا النار … يرون: a temporal clause, not a subject.
        if (opener - 1 >= lo && _fold[opener - 1] is "منذ" or "بعد" or "قبل" or "حتي" or "الي" or "ريثما") return null;
        int start = opener + 1;
        if (start >= c) return null;
        int end = c;
        if (_fold[end - 1] == "قد") end--;
        // أن الرئيس أوباما كان قد أبلغ …: with nothing between كان and the verb, the subject stands before كان, after a
        // complementizer or لكن.
        if (s_kana.Contains(_fold[opener]) && start >= end && ClauseOpenerBefore(opener, lo, hi, 20, kanaToo: false) is var before
            && before >= 0 && before + 1 < opener)
            (start, end) = (before + 1, opener);
        for (int k = start + 1; k < end; k++)
        {
            if (s_relativePronouns.Contains(_fold[k]))
            {
                end = k;
                break;
            }
        }

        var (speaker, type, after) = FindSpeakerAfter(start, end, hi);
        // لكن مسؤولا قال …، إلا أن مصدرا مطلعا أكد …: the accusative of an unnamed source after لكن / أن (which
        // FindSpeakerAfter reads as an adverb) is the subject.
        if (speaker is null && start < end && IsAccusativeSource(start))
        {
            int stop = start + 1;
            while (stop < end && _t[stop].Kind == TokenKind.Word && !_fold[stop].StartsWith("ال", StringComparison.Ordinal) && _fold[stop].EndsWith('\u0627') && !TryCue(stop, out _, out _)) stop++;
            var np = TextSpan.FromBounds(_t[start].Span.Start, _t[stop - 1].Span.End);
            (speaker, type, after) = (new ClaimSpeaker(null, new Mention(np, _doc.Text.Substring(np.Start, np.Length))), null, stop);
        }

        if (speaker is null) return null;
        // Only adjuncts may stand between the subject and the verb (… قبل ثلاثة أشهر أشار), not another predicate
        // (أن واشنطن تشعر بقلق إزاء تقارير تفيد …) — also the subject's own prepositional modifier, up to a comma (لكن
        // مصدرا بارزا في الجيش في شمال البلاد، أكد …).
        int modifierEnd = after < end && _fold[after] is "في" or "من" or "داخل" or "لدي" ? after + 1 : after;
        while (modifierEnd > after && modifierEnd < end && modifierEnd - after <= 8 && _t[modifierEnd].Kind == TokenKind.Word && !TryCue(modifierEnd, out _, out _) && !IsComplementizer(modifierEnd)) modifierEnd++;
        if (modifierEnd > after && modifierEnd < end && IsComma(modifierEnd)) after = modifierEnd;
        // (… وكالة إيرنا الرسمية للأنباء أشارت: a genitive لـ with its adjectives completes the subject's name.)
        if (after < end && IsGluedLam(after) && _fold[after].StartsWith("لل", StringComparison.Ordinal))
        {
            int named = after + 1;
            while (named < end && _t[named].Kind == TokenKind.Word && _fold[named].StartsWith("ال", StringComparison.Ordinal) && IsAdjectiveLike(_fold[named])) named++;
            if (named == end) after = end;
        }

        // (وكان الوزير عبد الكريم سعد قد أعلن: a name the tagger split in two — a second person right after the first —
        // is still the subject's.)
        while (after < end && type == EntityType.Person && _entityOf[after] is int more && more >= 0 && _doc.Entities[more].Type == EntityType.Person) after++;
        // (… السفارة الأميركية في نيروبي أعلنت: the subject's place, one named location, right before the verb.)
        if (after + 1 < end && _fold[after] == "في" && _entityOf[after + 1] is int place && place >= 0 && _doc.Entities[place].Type == EntityType.Location
            && Enumerable.Range(after + 1, end - after - 1).All(k => _entityOf[k] == place))
            after = end;
        for (int k = after; k < end; k++)
        {
            if (_t[k].Kind != TokenKind.Punctuation && !IsDateToken(k, out _) && !(_fold[k] is "في" or "خلال" or "منذ" && k + 1 < end && IsDateToken(k + 1, out _))) return null;
        }

        int first = FirstTokenAt(speaker.Mention.Span.Start);
        // (An institution speaks too: وكانت الحكومة قد وعدت …; so do both or all of the parties named before:
        // وكان كلاهما حذر من …)
        if (speaker.EntityId is null && !pluralVerb && RoleHead(first) is null && !IsIndefiniteUnnamed(first) && !s_unnamedHeads.Contains(StripArticle(_fold[first]))
            && !s_sourceHeads.Contains(StripArticle(_fold[first])) && !s_quantifierPronouns.Contains(_fold[first]) && !IsAccusativeSource(first))
            return null;
        return (speaker, type, first);
    }

    /// <summary>An indefinite accusative naming an unnamed source or a role (مسؤولا، مصدرا، دبلوماسيا): the subject of
    /// a verb after لكنّ or أنّ.</summary>
    private bool IsAccusativeSource(int k)
    {
        string f = _fold[k];
        return _t[k].Kind == TokenKind.Word && f.Length > 3 && f.EndsWith('\u0627') && !f.StartsWith("ال", StringComparison.Ordinal)
               && (s_unnamedHeads.Contains(f) || s_unnamedHeads.Contains(f[..^1]) || RoleLexicon.IsRole(f[..^1]));
    }

    /// <summary>Who speaks in a relative clause opened by the pronoun at c − 1. When the verb agrees with the pronoun
    /// the antecedent speaks (علي جابر المدير العام للمجموعة الذي قال …): a person just before it; otherwise the clause has
    /// its own subject, the nearest named party (مشروعها الذي تصر [الحكومة] على أنه …).</summary>
    private (ClaimSpeaker, EntityType)? RelativeClauseSpeaker(int c, int lo)
    {
        bool feminineVerb = IsFeminineVerb(c);
        bool femininePronoun = IsFemininePronoun(c - 1);
        if (feminineVerb != femininePronoun) return AntecedentParty(c - 1, lo);
        // (… عائدا من القاهرة التي أعلنت أن …: an organization or place named right before the pronoun speaks itself —
        // unless it is the genitive of a noun before it: مدير المستشفى الجامعي الذي قال ….)
        // (Also a quoted name: بحسب صحيفة "الأنباء" التي ذكرت أنها ….)
        int end = c - 3 >= lo && IsClosingQuote(c - 2) ? c - 3 : c - 2;
        if (end >= lo && _entityOf[end] is int named && named >= 0 && _doc.Entities[named].Type is EntityType.Organization or EntityType.Location
            && EntityEndingAt(end, lo) is { } antecedent && FirstTokenAt(antecedent.Item1.Mention.Span.Start) is int first
            && (first == lo || _t[first - 1].Kind == TokenKind.Punctuation || _fold[first - 1] is "من" or "في" or "الي" or "عن" or "مع" or "علي"))
            return antecedent;
        for (int k = c - 2; k >= Math.Max(lo, c - 8); k--)
        {
            if (_t[k].Kind == TokenKind.Punctuation) return null;
            if (_entityOf[k] is int e && e >= 0 && _doc.Entities[e].Type == EntityType.Person) return EntityEndingAt(k, lo);
        }

        return null;
    }

    /// <summary>The nearest person, organization or place before a relative pronoun in the sentence.</summary>
    private (ClaimSpeaker, EntityType)? AntecedentParty(int relative, int lo)
    {
        for (int k = relative - 1; k >= lo; k--)
        {
            if (IsPunct(k, '.') || IsComplementizer(k) || TryCue(k, out _, out _)) return null;
            if (_entityOf[k] is int e && e >= 0 && _doc.Entities[e].Type is EntityType.Person or EntityType.Organization or EntityType.Location)
                return EntityEndingAt(k, lo);
        }

        return null;
    }

    /// <summary>The subject of the verb that opens the sentence (وأصيب أصدقاء الضحية بصدمة …), up to the first
    /// punctuation mark or preposition; only a named party or an unnamed source.</summary>
    /// <remarks>With <paramref name="anyOpener"/>, the opening verb may be a cue word that made no claim (وتحدثت الصحيفة
    /// عن …، كما دعت …) and any phrase is its subject.</remarks>
    private (ClaimSpeaker, EntityType?)? OpeningVerbSubject(int lo, int c, int hi, bool pluralVerb, bool anyOpener = false)
    {
        string f = _fold[lo];
        // (وكان الأمين العام … رحب بـ…، وحث …: after كان the subject stands before the opening verb; a person named there wins.)
        bool kana = s_kana.Contains(f);
        if (_t[lo].Kind != TokenKind.Word || f.Length <= 3 || f[0] is not ('\u0648' or '\u0641') || f.StartsWith("وال", StringComparison.Ordinal)
            || s_subjectPronouns.Contains(f) || !kana && !anyOpener && TryCue(lo, out _, out _) || _entityOf[lo] >= 0 || StartsWithPreposition(lo))
            return null;
        int end = lo + 1;
        while (end < c && _t[end].Kind == TokenKind.Word && (kana || !(end > lo + 1 && (_fold[end] is "في" or "مع" or "من" or "علي" or "الي" or "عن" || IsGluedBa(end) || StartsWithPreposition(end)))))
            end++;
        // (صحيفة «…» and its name in quotes.)
        if (anyOpener && end < c && IsQuoteToken(end) && IsQuotedName(end, out int nameClose) && nameClose < c) end = nameClose + 1;
        var (speaker, type, _) = FindSpeakerAfter(lo + 1, end, hi);
        if (speaker is null) return null;
        int first = FirstTokenAt(speaker.Mention.Span.Start);
        // (After كان an institution or source named before قد shares its verbs too: وكانت نقابة الصحفيين قد أدانت …، وقالت …)
        return speaker.EntityId is not null || IsIndefiniteUnnamed(first) || kana && (RoleHead(first) is not null || NamesASource(speaker)) || pluralVerb || anyOpener ? (speaker, type) : null;
    }

    /// <summary>Verbs of going on (ومضى يقول، وراح يقول، وعاد يقول) and of continuing to speak (وتابع يقول، وأضاف
    /// يقول، واستطرد يقول): the present قال after them continues the last speaker's words.</summary>
    private static readonly HashSet<string> s_goingOnVerbs = new(StringComparer.Ordinal)
    {
        "مضي", "ومضي", "مضت", "ومضت", "مضوا", "ومضوا", "راح", "وراح", "راحت", "وراحت", "عاد", "وعاد", "عادت", "وعادت", "اخذ", "واخذ", "اخذت", "واخذت",
        "تابع", "وتابع", "تابعت", "وتابعت", "اضاف", "واضاف", "اضافت", "واضافت", "استطرد", "واستطرد", "استطردت", "واستطردت",
    };

    /// <summary>Words after which a verb starts a new clause (ثم، وقد، كما …), so the verb is no relative clause.</summary>
    private bool IsClauseOpener(int k) => _fold[k] is "ثم" or "قد" or "وقد" or "فقد" or "كما" or "وكما" or "لكن" or "ولكن" or "لكنه" or "لكنها"
        or "بينما" or "حين" or "عندما" or "كذلك" or "ايضا" or "حيث" or "فيما" or "بعدما" or "اذ" or "وفيما" or "وبينما" or "ولذلك" or "لذلك"
        or "انما" or "وانما" or "بل";

    /// <summary>A definite noun phrase ending right before the cue (البعض، فالرياض، الكثيرون), as a speaker.</summary>
    private ClaimSpeaker? DefiniteSubjectBefore(int c, int lo)
    {
        int k = c - 1;
        // (A relative pronoun, which begins with the article's letters, is no subject: the definite phrase before it is,
        // when the verb agrees with the pronoun — البيان، الذي أوضح أن … — and it is no time (في الحين الذي دعا فيه).)
        if (_t[k].Kind == TokenKind.Word && s_relativePronouns.Contains(_fold[k]))
        {
            int end = k - 1 >= lo && IsComma(k - 1) ? k - 1 : k;
            if (end - 1 < lo || !AgreesWithRelative(c, k) || _fold[end - 1] is "الوقت" or "الحين" or "اللحظه" or "اليوم") return null;
            return DefiniteSubjectBefore(end, lo);
        }

        if (_t[k].Kind != TokenKind.Word || TryCue(k, out _, out _)) return null;
        string f = _fold[k];
        bool definite = f.StartsWith("ال", StringComparison.Ordinal) || f.Length > 3 && f[0] is '\u0648' or '\u0641' && f.AsSpan(1).StartsWith("ال", StringComparison.Ordinal);
        // والد الشهيد قال: …، شقيق الضحية قال: …: a kinship or role noun in construct opening the sentence heads the phrase.
        if (f.StartsWith("ال", StringComparison.Ordinal) && k - 1 == lo && _t[lo].Kind == TokenKind.Word && _entityOf[lo] < 0
            && (s_kinshipHeads.Contains(_fold[lo]) || RoleLexicon.IsRole(_fold[lo])))
        {
            var chain = TextSpan.FromBounds(_t[lo].Span.Start, _t[k].Span.End);
            return new ClaimSpeaker(null, new Mention(chain, _doc.Text.Substring(chain.Start, chain.Length)));
        }

        if (!definite || IsAdjectiveLike(StripConjunction(f)) && k - 1 >= lo && _t[k - 1].Kind == TokenKind.Word && !_fold[k - 1].StartsWith("ال", StringComparison.Ordinal)) return null;
        int first = k;
        while (first - 1 >= lo && _t[first - 1].Kind == TokenKind.Word && IsAdjectiveLike(StripConjunction(_fold[first])) && _fold[first - 1].StartsWith("ال", StringComparison.Ordinal) && !TryCue(first - 1, out _, out _))
            first--;
        // The object of a plural verb (منذ أن أشعلوا النار يرون …) is no subject.
        if (first - 1 >= lo && _fold[first - 1].Length >= 4 && _fold[first - 1].EndsWith("وا", StringComparison.Ordinal)) return null;
        int start = _t[first].Span.Start;
        if (_fold[first].Length > 3 && _fold[first][0] is '\u0648' or '\u0641' && _fold[first].AsSpan(1).StartsWith("ال", StringComparison.Ordinal))
            start = CueSpan(first, 1).Start;
        var span = TextSpan.FromBounds(start, _t[k].Span.End);
        return new ClaimSpeaker(null, new Mention(span, _doc.Text.Substring(span.Start, span.Length)));
    }

    /// <summary>Nouns followed by the genitive رأي (opinion), folded: مقال رأي، استطلاع رأي، حرية رأي.</summary>
    private static readonly HashSet<string> s_opinionNouns = new(StringComparer.Ordinal)
    {
        "مقال", "مقاله", "استطلاع", "استطلاعات", "عمود", "صفحه", "سبر", "حريه", "ابداء", "تبادل", "اختلاف", "قاده", "صاحب", "اصحاب", "كتاب",
    };

    /// <summary>In أما X فـ + verb, the phrase X (a named party, or a phrase naming a source) between أما and the verb
    /// at <paramref name="c"/>, when أما opens the clause.</summary>
    private (ClaimSpeaker, EntityType?)? AmmaSubject(int c, int lo)
    {
        for (int a = c - 1; a >= Math.Max(lo, c - 8); a--)
        {
            if (_t[a].Kind != TokenKind.Word) return null;
            if (_fold[a] is not ("اما" or "واما")) continue;
            if (a > lo && _t[a - 1].Kind != TokenKind.Punctuation) return null;
            var (subject, type, _) = FindSpeakerAfter(a + 1, c, c);
            if (subject is null || FirstTokenAt(subject.Mention.Span.Start) != a + 1 || !NamesASource(subject)) return null;
            return (subject, type);
        }

        return null;
    }

    /// <summary>In سبق لـX أن + verb (X had earlier …), the party X named between سبق and the complementizer at
    /// <paramref name="an"/>: a person or organization mentioned there.</summary>
    private (ClaimSpeaker, EntityType)? SabaqaSubject(int an, int lo)
    {
        for (int s = an - 2; s >= Math.Max(lo, an - 8); s--)
        {
            if (_t[s].Kind != TokenKind.Word) return null;
            if (_fold[s] is not ("سبق" or "وسبق")) continue;
            for (int k = s + 1; k < an; k++)
            {
                if (_entityOf[k] is int e && e >= 0 && _doc.Entities[e].Type is EntityType.Person or EntityType.Organization)
                    return (new ClaimSpeaker(_doc.Entities[e].Id, _doc.Entities[e].Mentions[_mentionOf[k]]), _doc.Entities[e].Type);
            }

            return null;
        }

        return null;
    }

    /// <summary>Kinship nouns heading a speaker phrase in construct (folded): والد الشهيد، شقيقة الضحية، ذوو المعتقلين.</summary>
    private static readonly HashSet<string> s_kinshipHeads = new(StringComparer.Ordinal)
    {
        "والد", "والده", "ام", "اب", "ابو", "شقيق", "شقيقه", "اخ", "اخت", "ابن", "ابنه", "زوج", "زوجه", "عم", "خال", "جد", "جده", "ذوو", "ذوي", "اهالي", "اسره", "عائله", "اقارب",
    };

    /// <summary>Up to three words before the cue, back to a punctuation mark, a verb or a complementizer.</summary>
    private ClaimSpeaker? NounPhraseBefore(int c, int lo)
    {
        int first = c - 1;
        while (first - 1 >= lo && c - first < 3 && _t[first - 1].Kind == TokenKind.Word && !TryCue(first - 1, out _, out _)
               && !IsComplementizer(first - 1) && !IsClauseOpener(first - 1))
            first--;
        if (IsComplementizer(first)) return null;
        for (int k = first; k < c; k++)
        {
            if (_fold[k].Length >= 4 && _fold[k].EndsWith("وا", StringComparison.Ordinal)) return null; // أشعلوا النار يرون: a verb and its object
        }

        var span = TextSpan.FromBounds(_t[first].Span.Start, _t[c - 1].Span.End);
        return new ClaimSpeaker(null, new Mention(span, _doc.Text.Substring(span.Start, span.Length)));
    }

    private static string StripConjunction(string f) => f.Length > 3 && f[0] is '\u0648' or '\u0641' && f.AsSpan(1).StartsWith("ال", StringComparison.Ordinal) ? f[1..] : f;

    /// <summary>Whether only the speaker's trailing words (dates, prepositional phrases) remain in the sentence.</summary>
    private bool RestIsSpeakerOnly(int from, int hi)
    {
        for (int k = from; k < hi; k++)
        {
            if (IsComplementizer(k) || IsPunct(k, ':') || IsQuoteToken(k)) return false;
        }

        // (…، كما قالت البعثة في تقرير نشر هذا الأسبوع: an adjunct of the speech may follow the speaker.)
        int rest = from < hi && _fold[from] is "في" or "خلال" or "عبر" ? SkipAdjunctPhrases(default, from, hi) : from;
        return hi - from <= 6 || hi - rest <= 6 && rest > from;
    }

    private static char ClosingMark(char open) => open switch { '«' => '»', '\u201C' => '\u201D', '\u201E' => '\u201D', _ => open };

    /// <summary>Whether token q is the quotation mark <paramref name="close"/> (a straight quote and ″ close each other).</summary>
    private bool IsMark(int q, char close)
    {
        if (_t[q].Kind != TokenKind.Punctuation || _t[q].Text.Length != 1) return false;
        char ch = _t[q].Text[0];
        return ch == close || close == '"' && ch == '\u2033' || close == '\u2033' && ch == '"';
    }

    /// <summary>The token closing the quotation opened at token k on the same line, or -1.</summary>
    private int ClosingQuote(int k)
    {
        char open = _t[k].Text[0];
        char close = ClosingMark(open);
        int lineEnd = LineEnd(_t[k].Span.End);
        int depth = 0;
        bool sentenceEnded = false;
        for (int q = k + 1; q < Math.Min(_t.Length, k + 1 + MaxQuoteReach) && _t[q].Span.Start < lineEnd; q++)
        {
            // (A second opening « after the end of a sentence, before any », opens the next quotation: this one is unclosed —
            // إن «المرفأ … مغلق. وأضاف الموظف أن «الإدارة … ». Without a full stop between, it is nested: «الحرب على «داعش» ستطول».)
            if (open != close && IsMark(q, open))
            {
                if (sentenceEnded) return -1;
                depth++;
                continue;
            }

            if (IsPunct(q, '.')) sentenceEnded = true;
            if (!IsMark(q, close)) continue;
            if (depth > 0)
            {
                depth--;
                continue;
            }

            // A straight quote after a space and glued to the next word opens the next quotation: this one is unclosed
            // (أن "الطائرات … الرئيسة.   وأوضح: "نريد …").
            bool opensNext = open == close && q + 1 < _t.Length && _t[q - 1].Span.End < _t[q].Span.Start
                             && _t[q + 1].Kind == TokenKind.Word && _t[q + 1].Span.Start == _t[q].Span.End;
            return opensNext ? -1 : q;
        }

        return -1;
    }

    /// <summary>A quoted name — one to three words in quotes followed by a word (أكدت «ماما سارة» أنها، عن "فالون" الذي) —
    /// not a quotation of what was said.</summary>
    private bool IsQuotedName(int k, out int closing)
    {
        closing = ClosingQuote(k);
        if (closing < 0 || closing - k < 2 || closing - k > 4 || closing + 1 >= _t.Length || _t[closing + 1].Kind != TokenKind.Word) return false;
        for (int q = k + 1; q < closing; q++)
        {
            if (_t[q].Kind != TokenKind.Word) return false;
        }

        return LineEnd(_t[k].Span.End) > _t[closing + 1].Span.Start;
    }

    /// <summary>A short quoted name (one to three words, closed) right after a preposition, before punctuation
    /// (وقال لـ«الشرق الأوسط»، أمس: …؛ في حديث مع "الوطن"، أن …): the addressee or medium of the statement, not what was
    /// said. Not after ب, whose quoted complement is the content (طالب بـ«…»، وصفه بـ"…").</summary>
    private bool IsQuotedComplement(int k, out int closing)
    {
        closing = -1;
        if (k == 0 || !s_quotePrepositions.Contains(_fold[k - 1])) return false;
        int close = ClosingQuote(k);
        if (close < 0 || close - k < 2 || close - k > 4) return false;
        for (int q = k + 1; q < close; q++)
        {
            if (_t[q].Kind != TokenKind.Word) return false;
        }

        closing = close;
        return true;
    }

    /// <summary>Prepositions that introduce the addressee, medium or source of a statement (ل، عن، مع، عبر، الى).</summary>
    private static readonly HashSet<string> s_quotePrepositions = new(StringComparer.Ordinal) { "ل", "عن", "مع", "عبر", "الي", "لدي" };

    /// <summary>Nouns that a quoted title or name follows (شبكة "ان بي سي"، حملة «…»): the quote names, it does not report.</summary>
    /// <summary>Personal titles before a name (folded, no article): الدكتور "العلي"، الشيخ "…".</summary>
    private static readonly HashSet<string> s_titles = new(StringComparer.Ordinal)
    {
        "دكتور", "شيخ", "استاذ", "مهندس", "سفير", "لواء", "عميد", "عقيد", "امير", "سيد", "سيده", "محامي", "فريق",
    };

    private static readonly HashSet<string> s_namingHeads = new(StringComparer.Ordinal)
    {
        "شبكه", "صحيفه", "وكاله", "قناه", "موقع", "حركه", "تنظيم", "مجموعه", "عمليه", "كتاب", "برنامج", "مؤتمر", "حمله",
        "مبادره", "اسم", "شعار", "عنوان", "مشروع", "فيلم", "قمه", "جبهه", "حزب", "منظمه", "مجله", "اذاعه", "خطه", "اتفاق",
        "اتفاقيه", "مسلسل", "روايه", "مقال", "تقرير", "وثيقه", "لقب", "وسم", "هاشتاغ", "كلمه", "عباره", "مصطلح", "سجن", "بلده",
        "مدينه", "منطقه", "مخيم", "ميدان", "شارع", "مسجد", "جامعه", "مدرسه", "شركه", "مصنع", "معركه", "ملتقي", "منتدي", "مهرجان",
    };

    /// <summary>A quotation of at least four words, closed on its line, that no naming noun introduces: reported words
    /// after the speaker and an adjunct (وقال الوزير للصحافيين في المطار "إنها بداية العمليات" الذي …).</summary>
    private bool IsLongQuotation(int k)
    {
        if (k == 0 || _t[k - 1].Kind != TokenKind.Word || s_namingHeads.Contains(StripArticle(_fold[k - 1]))) return false;
        int closing = ClosingQuote(k);
        if (closing < 0) return false;
        int words = 0;
        for (int q = k + 1; q < closing; q++)
        {
            if (IsPunct(q, ':')) return false;
            if (_t[q].Kind == TokenKind.Word) words++;
        }

        return words >= 4;
    }

    /// <summary>Whether the quotation opened at token k closes at the end of the sentence (وقال الوزير "…".).</summary>
    private bool QuoteRunsToSentenceEnd(int k, int hi)
    {
        int last = hi - 1;
        while (last > k && _t[last].Kind == TokenKind.Punctuation && !IsClosingQuote(last)) last--;
        if (last <= k + 1 || !IsClosingQuote(last)) return QuotationClosesAtClauseEnd(k);
        // One quotation from k to the end, with no other quote mark or colon inside (not «"إيرنا، … قائلا: "…"»).
        for (int q = k + 1; q < last; q++)
        {
            if (IsQuoteToken(q) || IsClosingQuote(q) || IsPunct(q, ':')) return QuotationClosesAtClauseEnd(k);
        }

        return true;
    }

    /// <summary>A quotation opened at token k that closes later on the line, the closing mark followed by a full stop,
    /// comma or line end — a reported quotation over several sentences, not a quoted name (شبكة "ان بي سي" الأميركية).</summary>
    private bool QuotationClosesAtClauseEnd(int k)
    {
        char close = ClosingMark(_t[k].Text[0]);
        int lineEnd = LineEnd(_t[k].Span.End);
        for (int q = k + 1; q < Math.Min(_t.Length, k + 1 + MaxQuoteReach) && _t[q].Span.Start < lineEnd; q++)
        {
            if (IsPunct(q, ':')) return false;
            if (!IsMark(q, close)) continue;
            if (q <= k + 2) return false;
            return q + 1 >= _t.Length || _t[q + 1].Span.Start >= lineEnd || IsPunct(q + 1, '.') || IsPunct(q + 1, '،') || IsPunct(q + 1, ',');
        }

        return false;
    }

    /// <summary>Ends unquoted content before the next reporting clause: «، مؤكدا …», «، وأضاف …», «وقال إن …».</summary>
    private (TextSpan Content, int LastToken) TrimAtNextClause(TextSpan content, int lastToken)
    {
        int first = FirstTokenAt(content.Start);
        for (int k = first + 1; k <= lastToken; k++)
        {
            bool comma = IsPunct(k, '،') || IsPunct(k, ',');
            int cueAt = comma ? k + 1 : k;
            if (cueAt > lastToken) continue;
            bool boundary;
            if (TryCue(cueAt, out var next, out int prefix))
            {
                boundary = comma && next.Kind is ClaimCueKind.Participle or ClaimCueKind.Verb or ClaimCueKind.Attribution
                    || !comma && next.Kind == ClaimCueKind.Verb && HasMarkerSoon(cueAt, lastToken)
                       && (prefix > 0 || IsPunct(k - 1, '،') || IsPunct(k - 2, '،') || IsPunct(k - 1, ',') || IsPunct(k - 2, ','))
                    // … لمصر مشيراً إلى أنها …: a participle whose content opens at once continues without a comma.
                    || !comma && next.Kind == ClaimCueKind.Participle && cueAt + 1 <= lastToken
                       && (IsComplementizer(cueAt + 1) || IsPunct(cueAt + 1, ':') || IsComplementizer(Math.Min(cueAt + 2, lastToken)) && CueLexicon.ComplementPrepositions(next.Lemma).Contains(_fold[cueAt + 1]));
            }
            else
            {
                // … لكن الرئيس ومسؤولي الاتحاد قالوا إن …: a contrastive clause with its own subject and reporting verb.
                boundary = _fold[k] is "لكن" or "ولكن" or "بينما" or "وبينما" or "فيما" or "وفيما" && ReportingVerbAhead(k, lastToken)
                    // …، وهو ما اعتبره المحللون تحولا …: the paper's relative clause reporting another source's view of it.
                    || comma && k + 3 <= lastToken && _fold[k + 1] is "وهو" or "وهي" or "وهذا" && _fold[k + 2] == "ما" && TryCue(k + 3, out var view, out int viewPrefix)
                       && viewPrefix == 0 && view.Kind == ClaimCueKind.Verb
                    // …، كما تناقلت تقارير عن …: a clause of the paper adding another report.
                    || _fold[k] is "كما" or "وكما" && (IsPunct(k - 1, '،') || IsPunct(k - 1, ',')) && k + 1 <= lastToken && TryCue(k + 1, out var also, out int alsoPrefix)
                       && alsoPrefix == 0 && also.Kind == ClaimCueKind.Verb && !also.FirstPerson
                    // …، إلا أنه أكد أن …: an exceptive clause whose subject pronoun reports again.
                    || _fold[k] is "الا" or "غير" && k + 2 <= lastToken && PronounAfterExceptive(k + 1) && TryCue(k + 2, out var after, out int afterPrefix)
                       && afterPrefix == 0 && after.Kind == ClaimCueKind.Verb && !after.Plural
                    // … أن الوضع صعب لكنه شدد على أن …: لكن with the speaker's pronoun and a reporting verb at once.
                    || _fold[k] is "لكنه" or "لكنها" or "لكنهم" or "ولكنه" or "ولكنها" or "ولكنهم" && k + 2 <= lastToken && TryCue(k + 1, out var but, out int butPrefix)
                       && butPrefix == 0 && but.Kind == ClaimCueKind.Verb && !but.FirstPerson
                       && (HasMarkerSoon(k + 1, lastToken) || CueLexicon.ComplementPrepositions(but.Lemma).Contains(_fold[k + 2])
                           // (… لكنه وصف في كلمة مسجلة نتيجة المعركة بـ«المؤقتة»: the cue's own preposition, a word of its
                           // own, after its adjuncts.)
                           || ComplementPrepositionWithin(but.Lemma, k + 3, Math.Min(lastToken, k + 18)))
                    // … يظل ممكنا رغم أن محللين يرون أن …: a concessive clause with its own subject and reporting verb.
                    || _fold[k] is "رغم" or "ورغم" or "برغم" && k + 3 <= lastToken && _fold[k + 1] == "ان" && NamesSourceAt(k + 2) && ExceptiveSubjectVerb(k + 2, lastToken)
                    // …، إلا أن الوزارة نفت الأمر: an exceptive clause with its own subject and a denial or report.
                    || comma && _fold[k + 1] is "الا" or "غير" && k + 3 <= lastToken && _fold[k + 2] == "ان" && ExceptiveSubjectVerb(k + 3, lastToken)
                    // …، فيما تؤكد جهات رسمية وقوع …، بينما يرى مراقبون أن …: the particle and a verb of report with its source.
                    || _fold[k] is "فيما" or "وفيما" or "بينما" or "وبينما" && k + 2 <= lastToken && TryCue(k + 1, out var whileCue, out int whilePrefix)
                       && whilePrefix == 0 && whileCue.Kind == ClaimCueKind.Verb && !whileCue.FirstPerson && !IsNegated(k + 1, k) && NamesSourceAt(k + 2)
                    // …، وكانت صحيفة «…» ذكرت أن …: a clause with كان, its own subject and a reporting verb.
                    || comma && _fold[k + 1] is "وكان" or "وكانت" && ReportingVerbAhead(k + 1, lastToken, 8)
                    // …، في حين قال الخبير إن …
                    || _fold[k] is "في" or "وفي" && k + 1 < lastToken && _fold[k + 1] == "حين" && ReportingVerbAhead(k, lastToken)
                    // …، وفي مايو … انتقد بوتين … وقال إن …: a clause opening with a date reports another occasion.
                    || comma && cueAt < lastToken && (IsDateToken(cueAt, out _) || _fold[cueAt] is "في" or "وفي" && IsDateToken(cueAt + 1, out _)) && ReportingVerbAhead(cueAt, lastToken, 14);
            }

            if (!boundary) continue;
            int cut = k;
            if (!comma && (IsPunct(k - 1, '،') || IsPunct(k - 1, ','))) cut = k - 1;
            else if (!comma && (IsPunct(k - 2, '،') || IsPunct(k - 2, ','))) cut = k - 2;
            int last = cut - 1;
            while (last > first && _t[last].Kind == TokenKind.Punctuation && !IsClosingQuote(last)) last--;
            if (last < first) break;
            return (TextSpan.FromBounds(content.Start, _t[last].Span.End), last);
        }

        return (content, lastToken);
    }

    /// <summary>After إلا أن / غير أن: a subject of a few words, then an unprefixed denial verb or a reporting verb
    /// with its marker (إلا أن وزارة الدفاع نفت الأمر، غير أن المصادر أكدت أن …).</summary>
    private bool ExceptiveSubjectVerb(int k, int limit)
    {
        for (int j = k + 1; j <= Math.Min(limit, k + 5); j++)
        {
            if (IsComplementizer(j) || _t[j].Kind == TokenKind.Punctuation) return false;
            if (TryCue(j, out var cue, out int prefix) && cue.Kind == ClaimCueKind.Verb && prefix == 0 && !IsNegated(j, k))
                return cue.Denial || HasMarkerSoon(j, limit);
        }

        return false;
    }

    /// <summary>A reporting verb with its marker within a few words after token k (a subject between).</summary>
    private bool ReportingVerbAhead(int k, int limit, int window = 6)
    {
        for (int j = k + 2; j <= Math.Min(limit, k + window); j++)
        {
            if (IsComplementizer(j) || _t[j].Kind == TokenKind.Punctuation) return false;
            // (… لكن النائب اتهمه بالتقصير: or the verb's own preposition right after it.)
            if (TryCue(j, out var cue, out _) && cue.Kind == ClaimCueKind.Verb && !IsNegated(j, k))
                return HasMarkerSoon(j, limit) || j + 1 <= limit && OpensComplement(CueLexicon.ComplementPrepositions(cue.Lemma), j + 1, out _);
        }

        return false;
    }

    /// <summary>Whether token <paramref name="k"/> starts a phrase naming a source: a named party, a role, an unnamed
    /// source (جهات حكومية، مصادر) or a source noun (الوكالة، الحكومة).</summary>
    private bool NamesSourceAt(int k)
        => _t[k].Kind == TokenKind.Word && (_entityOf[k] >= 0 || RoleHead(k) is not null || s_unnamedHeads.Contains(StripArticle(_fold[k])) || s_sourceHeads.Contains(StripArticle(_fold[k])));

    private bool HasMarkerSoon(int cue, int limit)
    {
        for (int k = cue + 1; k <= Math.Min(limit, cue + 8); k++)
        {
            if (IsComplementizer(k) || IsPunct(k, ':')) return true;
        }

        return false;
    }

    /// <summary>Who speaks in a participial continuation: the clause's speaker, else its subject, else the last speaker.</summary>
    private (ClaimSpeaker? Speaker, EntityType? Type) ParticipleSpeaker(int c, int lo)
    {
        // …، فرد الوزير قائلا: a participle right after the subject of a verb takes that subject.
        for (int v = c - 2; v >= Math.Max(lo, c - 7); v--)
        {
            if (_t[v].Kind != TokenKind.Word) break;
            if (!LooksLikeVerb(v) || !(v == lo || _t[v - 1].Kind == TokenKind.Punctuation || _fold[v][0] is '\u0648' or '\u0641')) continue;
            var (subject, type, after) = FindSpeakerAfter(v + 1, c, c);
            if (subject is not null && after == c && FirstTokenAt(subject.Mention.Span.Start) == v + 1 && NamesASource(subject)) return (subject, type);
        }

        if (_lastSpeaker is not null && _lastSpeakerSentence == _sentenceOf[c]) return (_lastSpeaker, _lastSpeakerType);

        // من جانبه، أشاد الحزب بالمباحثات بين الرئيس والأمير، مؤكدا …: the subject of the verb opening the clause, not a
        // name inside its complement.
        int opener = lo;
        while (opener < c && _t[opener].Kind == TokenKind.Punctuation) opener++;
        if (opener + 2 < c && _fold[opener] is "من" or "ومن" && _fold[opener + 1] is "جهته" or "جهتها" or "جهتهم" or "جانبه" or "جانبها" or "جانبهم" or "ناحيته" or "ناحيتها")
        {
            opener += 2;
            while (opener < c && _t[opener].Kind == TokenKind.Punctuation) opener++;
        }
        // (Also after a fronted linking phrase up to its comma: من جانب آخر، في سياق متصل، إلى ذلك، في المقابل، …)
        else if (opener < c && _fold[opener] is "من" or "ومن" or "في" or "وفي" or "الي" or "والي" or "علي" or "وعلي")
        {
            for (int j = opener + 1; j < Math.Min(c - 1, opener + 5); j++)
            {
                if (_t[j].Kind != TokenKind.Word && !IsComma(j) || _entityOf[j] >= 0) break;
                if (!IsComma(j)) continue;
                opener = j + 1;
                break;
            }
        }

        if (opener + 1 < c && LooksLikeVerb(opener) && !TryCue(opener, out _, out _)
            && FindSpeakerAfter(opener + 1, c, c) is { Speaker: { } opening } found && FirstTokenAt(opening.Mention.Span.Start) == opener + 1 && NamesASource(opening))
            return (opening, found.Type);

        for (int k = lo; k < c; k++)
        {
            if (_entityOf[k] is int e && e >= 0 && _doc.Entities[e].Type is EntityType.Person or EntityType.Organization)
                return (new ClaimSpeaker(_doc.Entities[e].Id, _doc.Entities[e].Mentions[_mentionOf[k]]), _doc.Entities[e].Type);
            if (_t[k].Kind == TokenKind.Word && s_unnamedHeads.Contains(StripArticle(_fold[k])))
            {
                int stop = k + 1;
                while (stop < c && stop < k + 5 && _t[stop].Kind == TokenKind.Word && !TryCue(stop, out _, out _)) stop++;
                var span = TextSpan.FromBounds(_t[k].Span.Start, _t[stop - 1].Span.End);
                return (new ClaimSpeaker(null, new Mention(span, _doc.Text.Substring(span.Start, span.Length))), null);
            }
        }

        // وتحدث الوزير مطولا، مؤكدا …: the subject after the verb that opens the sentence.
        if (_t[lo].Kind == TokenKind.Word && _fold[lo].Length > 3 && _fold[lo][0] is '\u0648' or '\u0641' && !_fold[lo].StartsWith("وال", StringComparison.Ordinal))
        {
            // ولم يتطرق الوزير إلى …؛ مؤكدا: the subject follows the negated verb.
            int verb = s_negators.Contains(_fold[lo]) ? lo + 1 : lo;
            var (subject, type, _) = FindSpeakerAfter(verb + 1, c, c);
            if (subject is not null) return (subject, type);
        }

        return (_lastSpeaker, _lastSpeakerType);
    }

    /// <summary>A word that may be a finite verb: no entity, article, preposition, relative pronoun, negator or date.</summary>
    private bool LooksLikeVerb(int k)
    {
        string f = _fold[k];
        if (_t[k].Kind != TokenKind.Word || _entityOf[k] >= 0 || f.Length < 3 || IsDateToken(k, out _) || StartsWithPreposition(k)) return false;
        string bare = f[0] is '\u0648' or '\u0641' ? f[1..] : f;
        return !bare.StartsWith("ال", StringComparison.Ordinal) && !bare.StartsWith("بال", StringComparison.Ordinal) && !bare.StartsWith("لل", StringComparison.Ordinal)
               && !s_relativePronouns.Contains(f) && !s_negators.Contains(f) && !s_subjectPronouns.Contains(f) && !IsComplementizer(k) && !s_adverbs.Contains(f)
               && !s_pronounPrepositions.Contains(f) && !s_pronounComplements.Contains(f) && f is not ("في" or "من" or "عن" or "علي" or "الي" or "مع" or "بين" or "كما" or "حيث" or "وفي" or "ومن" or "فيما" or "بعد" or "قبل" or "وبعد" or "وقبل" or "منذ" or "ذلك" or "وذلك" or "هذا" or "هذه" or "كان" or "وكان" or "كانت" or "وكانت" or "قد" or "وقد");
    }

    private void Remember(ClaimSpeaker speaker, EntityType? type, int token)
    {
        _lastSpeaker = speaker;
        _lastSpeakerType = type;
        _lastSpeakerSentence = _sentenceOf[token];
    }

    private bool TryAttribution(int c, CueEntry cue, int prefixLetters, int lo, int hi, out int resume)
    {
        resume = c + 1;
        int k = c + 1;
        if (k < hi && (_fold[k] == "ل" || _fold[k] == "عن")) k++; // وفقا لـ، نقلا عن
        // حسبما أفادت وكالة …، وفق ما نقلت صحيفة …: the verb carries the speaker; نقلت … عن Y relays Y's words.
        if (k < hi && _fold[k] == "ما") k++;
        bool relay = false;
        if ((cue.Lemma == "حسبما" || k > c + 1 && _fold[k - 1] == "ما") && k < hi && TryCue(k, out var inner, out _))
        {
            relay = inner.Lemma == "نقل";
            k++;
        }

        // حسبما علمت «الصحيفة» من مصدر خاص: what the paper learned, from the source after من, who speaks.
        bool learned = (cue.Lemma == "حسبما" || k > c + 1 && _fold[k - 1] == "ما") && k < hi && _fold[k] is "علمت" or "علم" or "علمنا";
        if (learned)
        {
            int from = k + 1;
            while (from < Math.Min(hi, k + 6) && _fold[from] != "من" && !IsComma(from) && !IsPunct(from, '.')) from++;
            if (from >= hi || _fold[from] != "من") return false;
            k = from + 1;
            if (k >= hi) return false;
        }

        if (k >= hi) return false;

        // ردا - بحسب قولها - على …، حسب تعبيره: the last speaker's words; the whole sentence is the content.
        if (_fold[k] is "قوله" or "قولها" or "قولهم" or "تعبيره" or "تعبيرها" or "تعبيرهم" or "وصفه" or "وصفها" && _lastSpeaker is not null
            && !HasClaimInSentence(c))
        {
            int last = LastContentToken(lo, hi);
            int first = lo;
            while (first < last && _t[first].Kind == TokenKind.Punctuation) first++;
            if (last <= first) return false;
            AddClaim(CueSpan(c, prefixLetters), cue, false, _lastSpeaker, _lastSpeakerType, TextSpan.FromBounds(_t[first].Span.Start, _t[last].Span.End),
                     c, TextSpan.FromBounds(_t[c].Span.Start, _t[k].Span.End), lo);
            resume = hi;
            return true;
        }

        // The source: up to a comma, a full stop, a colon, a complementizer or a reporting verb (بحسب «رويترز» قال كيري).
        int stop = k;
        while (stop < hi && !IsComma(stop) && !IsPunct(stop, '.') && !IsPunct(stop, ':') && !IsComplementizer(stop)
               && !(stop > k && IsLiveCue(stop, hi, out var verb) && verb.Kind == ClaimCueKind.Verb))
            stop++;
        var (speaker, type, after) = FindSpeakerAfter(k, stop, hi, gluedPreposition: cue.Lemma == "وفقا ل");
        if (speaker is null) return false;
        // وفقا لوكالة …: the preposition is glued to the speaker.
        if (cue.Lemma == "وفقا ل" && speaker.EntityId is null && speaker.Mention.Span.Start == _t[k].Span.Start && _fold[k].Length > 3 && _fold[k][0] == '\u0644')
        {
            var trimmed = CueSpan(k, 1);
            var span = TextSpan.FromBounds(trimmed.Start, speaker.Mention.Span.End);
            speaker = new ClaimSpeaker(null, new Mention(span, _doc.Text.Substring(span.Start, span.Length)));
        }

        // وفق ما نقلت صحيفة …، مساء أمس، عن مسؤول …: the one quoted speaks.
        if (relay)
        {
            for (int r = k; r < hi && !IsComplementizer(r) && !IsPunct(r, '.'); r++)
            {
                if (_fold[r] != "عن") continue;
                int end = r + 1;
                while (end < hi && !IsComma(end) && !IsPunct(end, '.') && !IsComplementizer(end)) end++;
                var (source, sourceType, sourceAfter) = FindSpeakerAfter(r + 1, end, hi);
                if (source is not null) (speaker, type, after) = (source, sourceType, sourceAfter);
                break;
            }
        }

        TextSpan content;
        int contentEnd;
        TextSpan attribution;
        // (…، وبحسب المصادر، فإن …: a clause of its own after a comma when فإن opens the governed clause.)
        if (OpensSentenceOrClause(c, lo) || IsClauseOpener(c - 1) || prefixLetters > 0 && IsComma(c - 1) && FannaAfter(after, hi))
        {
            // بحسب المصدر، فإن …: the content follows — unless a reporting verb follows, which then carries the claim
            // (حسبما أفادت وكالة إيسنا، أوضح جلالي أن …).
            int start = after;
            int peek = start;
            while (peek < hi && (_t[peek].Kind == TokenKind.Punctuation || _fold[peek] is "فقد" or "قد")) peek++;
            if (peek < hi && TryCue(peek, out var verb, out _) && verb.Kind == ClaimCueKind.Verb) return false;
            // (also after the source's own adjuncts: وحسب مصدرين حضرا الاجتماع، فقد قال المدير إن …)
            int comma = start;
            while (comma < Math.Min(hi, start + 8) && !IsComma(comma) && !IsPunct(comma, '.') && !IsComplementizer(comma)) comma++;
            // (the main clause after the fronted attribution opens with ف: فقد قال، فقال — not تتابع الأوضاع, a description)
            if (comma < hi && IsComma(comma))
            {
                peek = comma + 1;
                bool fa = peek < hi && _fold[peek] == "فقد";
                if (fa) peek++;
                if (peek < hi && TryCue(peek, out verb, out int fPrefix) && verb.Kind == ClaimCueKind.Verb && (fa || fPrefix > 0 && _fold[peek][0] == '\u0641')) return false;
            }

            if (NamesARule(speaker)) return false;
            while (start < hi && (_t[start].Kind == TokenKind.Punctuation || _fold[start] is "فان" || IsDateToken(start, out _))) start++;
            if (start >= hi) return false;
            int last = LastContentToken(start, hi);
            if (last < start) return false;
            content = TextSpan.FromBounds(_t[start].Span.Start, _t[last].Span.End);
            contentEnd = last;
            // (وبحسب المصدر فإن …، مؤكدا أن …: the governed clause ends before a participle of saying after a comma, which
            // continues the source; a finite verb there may be the clause's own predicate.)
            for (int j = start + 1; j < last; j++)
            {
                if (!IsComma(j) || !TryCue(j + 1, out var next, out int nextPrefix) || next.Kind != ClaimCueKind.Participle || nextPrefix > 0) continue;
                int end = j - 1;
                while (end > start && _t[end].Kind == TokenKind.Punctuation && !IsClosingQuote(end)) end--;
                content = TextSpan.FromBounds(_t[start].Span.Start, _t[end].Span.End);
                contentEnd = end;
                break;
            }
            attribution = TextSpan.FromBounds(_t[c].Span.Start, _t[start].Span.Start);
        }
        else
        {
            // وقالت الوزارة في بيان -بحسب الوكالة- "…": an attribution set off by dashes or brackets inside a clause with its
            // own reporting verb relays that verb's claim; the verb carries it.
            if (c > lo && _t[c - 1].Kind == TokenKind.Punctuation && _t[c - 1].Text is "-" or "–" or "(" && ClosingDashWithin(c, hi, 8) && VerbCueBetween(lo, c - 1, hi)) return false;
            // …، بحسب وكالة …: the content precedes — unless a claim of this sentence already covers it. Without a comma
            // before it the phrase must name a source (not مرتبة حسب تاريخ النشر); after one, not a rule (…، وفق نصوص الدستور).
            if (_claims.Count > 0 && _sentenceOf[FirstTokenAt(_claims[^1].Cue.Span.Start)] == _sentenceOf[c]) return false;
            if (_t[c - 1].Kind == TokenKind.Word ? !NamesASource(speaker) : NamesARule(speaker)) return false;
            // ويتوقع بحسب خبراء أن …، ومن المرجح، حسب التقارير، أن …: between an impersonal predicate and its complementizer, the
            // attribution governs the أن clause.
            int complementizer = after;
            while (complementizer < hi && IsComma(complementizer)) complementizer++;
            if (complementizer + 1 < hi && IsComplementizer(complementizer) && LastContentToken(complementizer + 1, hi) is int governedEnd && governedEnd > complementizer)
            {
                AddClaim(CueSpan(c, prefixLetters), cue, false, speaker, type, TextSpan.FromBounds(_t[complementizer + 1].Span.Start, _t[governedEnd].Span.End), c,
                         TextSpan.FromBounds(_t[c].Span.Start, _t[complementizer].Span.Start), lo);
                resume = governedEnd + 1;
                return true;
            }

            int last = c - 1;
            while (last > lo && _t[last].Kind == TokenKind.Punctuation) last--;
            int first = lo;
            while (first < last && _t[first].Kind == TokenKind.Punctuation) first++;
            if (last < first) return false;
            content = TextSpan.FromBounds(_t[first].Span.Start, _t[last].Span.End);
            contentEnd = Math.Max(after - 1, c);
            // The attribution runs to the end of the source and the dates right after it (حسبما صرح السفير مساء أمس).
            int end = Math.Min(hi - 1, Math.Max(after, c + 1));
            while (end < hi - 1 && (IsDateToken(end, out _) || _fold[end] is "مساء" or "صباح" or "ظهر" or "فجر" or "ليله" or "عصر"
                                    || _t[end].Kind == TokenKind.Punctuation && !IsPunct(end, '.'))) end++;
            attribution = TextSpan.FromBounds(_t[c].Span.Start, _t[end].Span.Start);
        }

        AddClaim(CueSpan(c, prefixLetters), cue, false, speaker, type, content, c, attribution, lo);
        resume = contentEnd + 1;
        return true;
    }

    /// <summary>Whether a finite reporting verb that is not negated stands in tokens [<paramref name="from"/>, <paramref name="to"/>).</summary>
    private bool VerbCueBetween(int from, int to, int hi)
    {
        for (int j = from; j < to; j++)
        {
            if (IsLiveCue(j, hi, out var verb) && verb.Kind == ClaimCueKind.Verb && !IsNegated(j, from)) return true;
        }

        return false;
    }

    /// <summary>Whether a dash or closing bracket ends the parenthetical opened before <paramref name="c"/> within
    /// <paramref name="window"/> tokens, before the sentence ends.</summary>
    private bool ClosingDashWithin(int c, int hi, int window)
    {
        for (int j = c + 1; j < Math.Min(hi - 1, c + window); j++)
        {
            if (_t[j].Kind == TokenKind.Punctuation && _t[j].Text is "-" or "\u2013" or ")") return true;
        }

        return false;
    }

    /// <summary>Whether فإن opens the clause after the source (punctuation skipped).</summary>
    private bool FannaAfter(int k, int hi)
    {
        while (k < hi && _t[k].Kind == TokenKind.Punctuation) k++;
        return k < hi && _fold[k] == "فان";
    }

    private bool CommaBefore(int from, int to)
    {
        for (int k = from; k >= to; k--)
        {
            if (IsComma(k)) return true;
        }

        return false;
    }

    /// <summary>Whether only punctuation and clause openers (إذ، لكن …) stand before token c in its sentence.</summary>
    private bool OpensSentenceOrClause(int c, int lo)
    {
        for (int k = lo; k < c; k++)
        {
            if (_t[k].Kind != TokenKind.Punctuation && !IsClauseOpener(k) && _fold[k] is not ("و" or "ف" or "اذ" or "اما")) return false;
        }

        return true;
    }

    /// <summary>Heads of phrases that name a source of information (وكالة، صحيفة، بيان، تقرير) or an institution that
    /// speaks (المرصد، الجيش، الوزارة), folded, without the article.</summary>
    private static readonly HashSet<string> s_sourceHeads = new(StringComparer.Ordinal)
    {
        "وكاله", "صحيفه", "صحف", "موقع", "قناه", "تلفزيون", "اذاعه", "بيان", "تصريح", "تصريحات", "مصدر", "مصادر", "تقرير",
        "تقارير", "مرصد", "جيش", "وزاره", "حكومه", "شرطه", "رئاسه", "خارجيه", "داخليه", "مكتب", "هيئه", "منظمه", "لجنه",
        "مجلس", "اداره", "سلطات", "احصائيات", "احصاءات", "تحريات", "تحقيقات", "دراسه", "استطلاع", "حصيله", "ارقام", "بيانات",
        "مجله", "شبكه", "معهد", "مركز", "جمعيه", "نادي", "حزب", "حركه", "تنظيم", "قياده", "برلمان", "محكمه", "نقابه",
        "مجموعه", "شركه", "مؤسسه", "جامعه", "سفاره", "بعثه", "وفد", "محافظه", "بلديه", "امانه", "اتحاد", "وكالات", "دائره", "معارضه", "مقاومه",
        "مديريه", "قوات", "اجهزه", "جهاز", "نيابه", "ادعاء", "اذاعات", "مواقع", "صحيفتا", "مصلحه", "سلطه", "كتله", "ائتلاف",
        "تيار", "تحالف", "جبهه", "حلف", "مسح", "مفوضيه", "مفوضي", "بنك", "صندوق", "ادارات", "هيئات", "لجان", "منظمات",
    };

    /// <summary>The first word of a speaker phrase, folded, without article or a glued ل (لوكالة → وكاله).</summary>
    private string SpeakerHead(ClaimSpeaker speaker, out int first)
    {
        first = FirstTokenAt(speaker.Mention.Span.Start);
        string head = StripArticle(_fold[first]);
        if (_t[first].Span.Start < speaker.Mention.Span.Start && head.Length > 3 && head[0] == '\u0644') head = StripArticle(head[1..]);
        return head;
    }

    /// <summary>Heads of phrases that name a rule, plan or criterion, not a source (وفق الخطة، حسب النظام، طبقا للشروط).</summary>
    private static readonly HashSet<string> s_ruleHeads = new(StringComparer.Ordinal)
    {
        "نظام", "انظمه", "خطه", "جدول", "جدوله", "معايير", "معيار", "نصوص", "نص", "شروط", "ضوابط", "تعليمات", "اوامر", "منهج",
        "برنامج", "قانون", "قوانين", "لائحه", "قرار", "قرارات", "اتفاق", "اتفاقيه", "دستور", "تقييم", "ترتيب", "حاجه", "احتياج",
        "ظروف", "امكانات", "اولويه", "اولويات", "اسس", "اسلوب", "طريقه", "مراحل", "الية", "اليه", "توجيهات", "مواصفات", "حجم", "نوع",
        "قواعد", "قاعده", "مجريات", "لوائح", "اجراءات", "اشتراطات", "متطلبات", "مبادئ", "احكام", "بنود", "سياسه", "سياسات",
    };

    /// <summary>Whether a phrase after بحسب/وفق names a rule or criterion rather than a source.</summary>
    private bool NamesARule(ClaimSpeaker speaker)
    {
        return speaker.EntityId is null && s_ruleHeads.Contains(SpeakerHead(speaker, out _));
    }

    /// <summary>Whether a speaker phrase names a source: an entity, a role, an unnamed source or a source head.</summary>
    private bool NamesASource(ClaimSpeaker speaker)
    {
        if (speaker.EntityId is not null) return true;
        // (A quoted name names a source; a quoted declaration — أعلن الجيش "وقفا لإطلاق النار" — does not.)
        if (IsQuotedMention(speaker.Mention)) return !IsDeclarationNoun(FirstTokenAt(speaker.Mention.Span.Start));
        string head = SpeakerHead(speaker, out int first);
        return RoleHead(first) is not null || s_unnamedHeads.Contains(head) || s_sourceHeads.Contains(head);
    }

    /// <summary>A speaker phrase ending in a quoted name (الدكتور "العلي") or standing between quotation marks: a proper name.</summary>
    private bool IsQuotedMention(Mention m)
    {
        string t = m.Text;
        if (t.Length > 3 && t[^1] is '"' or '»' or '\u201D' && t.IndexOfAny(['"', '«', '\u201C']) is int open && open > 0 && open < t.Length - 2) return true;
        return m.Span.Start > 0 && m.Span.End < _doc.Text.Length && IsOpeningQuote(_doc.Text[m.Span.Start - 1])
               && _doc.Text[m.Span.End] == ClosingMark(_doc.Text[m.Span.Start - 1]);
    }

    /// <summary>A line <c>Name: statement</c> (a headline, or a paragraph opening with its speaker).</summary>
    private void TryHeadline(int lo, int hi)
    {
        int colon = -1;
        for (int k = lo + 1; k < Math.Min(hi, lo + 12); k++)
        {
            if (IsPunct(k, ':'))
            {
                colon = k;
                break;
            }
        }

        if (colon < 0 || colon + 1 >= hi) return;
        // (الوزير لـ«الصحيفة»: …, the interview headline: the paper spoken to closes the speaker phrase.)
        int nameEnd = PaperAddresseeBefore(colon, lo);
        if (nameEnd < 0 && colon >= lo + 6) return;
        if (nameEnd < 0) nameEnd = colon;
        // The line must start a paragraph: the sentence begins a line, or follows the two dots or ellipsis that join the
        // parts of a headline (زيلينسكي يتهم طهران.. وإيران: «أكاذيب»).
        int start = _t[lo].Span.Start;
        if (start > 0 && ArabicChars.Classify(_doc.Text[start - 1]) != CharClass.LineBreak && !(start > 1 && _doc.Text[start - 1] == ' ' && _doc.Text[start - 2] == '>')
            && !AfterHeadlineJoint(start)) return;
        var (speaker, type, _) = FindSpeakerAfter(lo, nameEnd, hi, allowBareRole: true);
        // A name, a role (السفير جلالي:) or a speaking institution standing alone before the colon (المرصد:).
        if (speaker is null || speaker.EntityId is null && type is null && !LooksLikeName(lo, nameEnd)
            && !(s_sourceHeads.Contains(StripArticle(_fold[FirstTokenAt(speaker.Mention.Span.Start)])) && speaker.Mention.Span.End == _t[nameEnd - 1].Span.End))
            return;
        if (!ContentAfterMarker(colon, hi, out var content, out _, out _)) return;
        var cue = new CueEntry(":", ClaimCueKind.Headline, false, null);
        AddClaim(_t[colon].Span, cue, false, speaker, type, content, colon, new TextSpan(_t[colon].Span.Start, 0), lo);
    }

    /// <summary>The token of لـ in a paper named as addressee right before a headline's colon (فلان لـ«الصحيفة»: …، فلان
    /// ل "سبق": …), or -1.</summary>
    private int PaperAddresseeBefore(int colon, int lo)
    {
        int close = colon - 1;
        if (close <= lo || !IsClosingQuote(close)) return -1;
        for (int q = close - 1; q > lo && q >= close - 5; q--)
        {
            if (!IsQuoteToken(q)) continue;
            int l = q - 1;
            return l > lo && _fold[l] is "ل" or "لـ" ? l : -1;
        }

        return -1;
    }

    /// <summary>Whether only spaces stand between <paramref name="start"/> and a preceding ".." or "…" on the first line
    /// of the text (a headline in two parts).</summary>
    private bool AfterHeadlineJoint(int start)
    {
        var before = _doc.Text.AsSpan(0, start);
        if (before.IndexOfAny('\n', '\r') >= 0) return false;
        before = before.TrimEnd();
        return before.EndsWith("..", StringComparison.Ordinal) || before.EndsWith("\u2026", StringComparison.Ordinal);
    }

    private bool LooksLikeName(int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (RoleHead(k) is not null) return true;
        }

        return false;
    }

    // ---------------------------------------------------------------- parts

    private TextSpan CueSpan(int c, int prefixLetters)
    {
        var span = _t[c].Span;
        if (prefixLetters == 0) return span;
        string text = _t[c].Text;
        int k = 0;
        while (k < text.Length && ArabicChars.Classify(text[k]) != CharClass.ArabicLetter) k++;
        k++;
        while (k < text.Length && ArabicChars.Classify(text[k]) is CharClass.ArabicMark or CharClass.Tatweel) k++;
        return TextSpan.FromBounds(span.Start + Math.Min(k, text.Length - 1), span.End);
    }

    /// <summary>The last token of content starting at <paramref name="from"/>: the sentence end without final punctuation.</summary>
    private int LastContentToken(int from, int hi)
    {
        int last = hi - 1;
        while (last >= from && _t[last].Kind == TokenKind.Punctuation && !IsClosingQuote(last)) last--;
        return last;
    }

    private bool IsClosingQuote(int i) => _t[i].Text.Length == 1 && _t[i].Text[0] is '»' or '\u201D' or '"' or '\u2033';

    /// <summary>Content after a complementizer, a colon or an opening quote; a quotation may run past the sentence.</summary>
    private bool ContentAfterMarker(int marker, int hi, out TextSpan content, out int lastToken, out bool quoted)
    {
        content = default;
        lastToken = marker;
        quoted = false;
        int k = marker;
        if (IsPunct(k, ':') || IsPunct(k, '،') || IsPunct(k, ',') || _t[k].Kind == TokenKind.Word) k++;
        while (k < _t.Length && k < hi && _t[k].Kind == TokenKind.Punctuation && !IsQuoteToken(k)) k++;
        if (k >= hi) return false;

        if (IsQuoteToken(k) && (k == marker || IsPunct(marker, ':') || k == marker + 1))
        {
            int q = ClosingQuote(k);
            if (q == k + 1) return false;
            if (q > k + 1)
            {
                content = TextSpan.FromBounds(_t[k + 1].Span.Start, _t[q - 1].Span.End);
                lastToken = q;
                quoted = true;
                _quotedUntil = _t[q].Span.End;
                return true;
            }

            // An unclosed quote: the content runs to the end of the sentence.
            k++;
            if (k >= hi) return false;
        }

        // (وأضاف: إن الوثيقة …: the complementizer after the colon is no part of the content.)
        if (IsPunct(marker, ':') && k + 1 < hi && _fold[k] is "ان" or "انه" or "انها" && _t[k + 1].Kind == TokenKind.Word) k++;

        // (توقع ألا يتجاوز …: the negation glued to the complementizer belongs to the content.)
        bool negated = _t[marker].Kind == TokenKind.Word && k == marker + 1 && IsNegatedComplementizer(marker);
        int last = LastContentToken(k, hi);
        if (last < k) return false;
        content = TextSpan.FromBounds(negated ? _t[marker].Span.End - 2 : _t[k].Span.Start, _t[last].Span.End);
        lastToken = last;
        return true;
    }

    /// <summary>Where the line holding character <paramref name="from"/> ends: its next line break, or the end of the text
    /// (a binary search over the line breaks, listed once per document).</summary>
    private int LineEnd(int from)
    {
        if (_lineBreaks is null)
        {
            var breaks = new List<int>();
            for (int i = 0; i < _doc.Text.Length; i++)
            {
                if (ArabicChars.Classify(_doc.Text[i]) == CharClass.LineBreak) breaks.Add(i);
            }

            _lineBreaks = [.. breaks];
        }

        int at = Array.BinarySearch(_lineBreaks, from);
        if (at < 0) at = ~at;
        return at < _lineBreaks.Length ? _lineBreaks[at] : _doc.Text.Length;
    }

    /// <summary>The speaker named in tokens [from, end): a person, an organization or place, a role, or an unnamed source.</summary>
    private (ClaimSpeaker? Speaker, EntityType? Type, int After) FindSpeakerAfter(int from, int end, int hi, bool allowBareRole = false, bool gluedPreposition = false)
    {
        int k = from;
        // Skip what stands between a verb and its subject: dates, commas, adverbs such as أيضا.
        // (and فيه/فيها of a relative clause: التقرير الذي أكد فيه الطبيب …).
        while (k < end && (_t[k].Kind == TokenKind.Punctuation || IsDateToken(k, out _) || s_adverbs.Contains(_fold[k]) || IsResumptiveIn(k))) k++;
        if (k >= end) return (null, null, from);
        // وأوضح ذلك لـ«الصحيفة» مصدر …، أكد ذلك مسؤول …: a demonstrative object (what the paragraph before said) stands before
        // the subject; ذلك المسؤول, with a definite noun after it, is the subject itself.
        if (IsDemonstrativeObject(k, end)) k++;
        // كشف لـ«عكاظ» السفير …: a bare preposition with its quoted complement (the addressee) stands before the subject.
        if (_fold[k] is "ل" or "ب" && k + 1 < end && IsQuoteToken(k + 1) && ClosingQuote(k + 1) is int addressee && addressee > k + 1)
        {
            k = addressee + 1;
            while (k < end && _t[k].Kind == TokenKind.Punctuation) k++;
            if (k >= end) return (null, null, from);
        }

        // قالت له زوجته: a preposition carrying the addressee's pronoun stands before the subject; one carrying the
        // complement's (أشار إليها، حذر منه) means the subject is implicit;
        // a first-person one (وأضاف لدينا …) opens unmarked direct speech, and so does a verb (وأفاد يعتقد …): no subject.
        while (k < end && s_pronounPrepositions.Contains(_fold[k])) k++;
        // (So does a first-person pronoun: وقال نحن نعمل …)
        if (k >= end || _fold[k] is "لدينا" or "عندنا" or "لنا" or "نحن" or "ونحن" or "انا" or "وانا" || s_pronounComplements.Contains(_fold[k])) return (null, null, from);
        if (TryCue(k, out var verbAhead, out _) && verbAhead.Kind == ClaimCueKind.Verb && _entityOf[k] < 0) return (null, null, from);
        // وختم حديثه قائلا، وواصل كلمته بالقول: the speech-occasion noun with the speaker's pronoun is the object.
        if (IsSpeechOccasion(k) && HasPronounSuffix(k) && _entityOf[k] < 0) return (null, null, from);

        // من جهته، من جانبها: an adverbial, the subject may follow.
        if (_fold[k] == "من" && k + 2 < end && _fold[k + 1] is "جهته" or "جهتها" or "جهتهم" or "جانبه" or "جانبها" or "جانبهم" or "ناحيته" or "ناحيتها")
        {
            k += 2;
            while (k < end && _t[k].Kind == TokenKind.Punctuation) k++;
            if (k >= end) return (null, null, from);
        }

        // A prepositional phrase first means no subject here (وقال في حوار …، نبه فيها إلى …، ووصفته بـ«…»): the
        // subject is implicit.
        // (Also a demonstrative one: وأضاف بهذا الشأن، وأكد بذلك الصدد.)
        // (So does a temporal one: وتعهدت عقب الاجتماع، بـ…)
        if ((_fold[k] is "في" or "خلال" or "عن" or "حول" or "بشان" or "بخصوص" or "لدي" or "امام" or "عبر" or "الي" or "علي" or "من" or "ب" or "ل" or "بقوله" or "بقولها" or "بقولهم"
                 or "عقب" or "اثر" or "اثناء" or "بعد" or "قبل"
                 or "بهذا" or "بهذه" or "بذلك" or "بتلك" or "لهذا" or "لهذه" or "لذلك" or "وبهذا" or "وبذلك"
             || !gluedPreposition && (StartsWithPreposition(k) || k > from && _fold[k - 1] is "فيه" or "فيها" && IsGluedBa(k)))
            && _entityOf[k] < 0)
            return (null, null, from);

        // A person anywhere in the noun phrase wins (مدير الوكالة …، دميتري شوغايف).
        for (int p = k; p < end; p++)
        {
            if (_entityOf[p] is int e && e >= 0 && _doc.Entities[e].Type == EntityType.Person)
            {
                var entity = _doc.Entities[e];
                var mention = entity.Mentions[_mentionOf[p]];
                int after = p;
                while (after < end && _entityOf[after] == e) after++;
                if (after < hi && (IsPunct(after, '،') || IsPunct(after, ','))) after++;
                return (new ClaimSpeaker(entity.Id, mention), EntityType.Person, after);
            }

            // Not past a clause: a complementizer, a colon, a relative pronoun or a negated verb (المسؤول الذي التقى بوتين).
            if (IsComplementizer(p) || IsPunct(p, ':') || s_relativePronouns.Contains(_fold[p]) || s_negators.Contains(_fold[p])) break;
            // Nor into the occasion of the speech or its addressee (المسؤول في خطاب لمفوض الأمم المتحدة فلان، الوزير خلال
            // لقائه نظيره فلان): the person named there is spoken to.
            if (p > k && p + 1 < end && _fold[p] is "في" or "خلال" or "عقب" or "اثناء" or "امام" or "لدي" && (IsSpeechOccasion(p + 1) || IsMeeting(p + 1))) break;
        }

        // An organization or place at the head (وأعلنت إيران، وأفادت وكالة إنترفاكس).
        if (_entityOf[k] is int e2 && e2 >= 0)
        {
            var entity = _doc.Entities[e2];
            var mention = entity.Mentions[_mentionOf[k]];
            int after = k;
            while (after < end && _entityOf[after] == e2) after++;
            return (new ClaimSpeaker(entity.Id, mention), entity.Type, after);
        }

        // An indefinite accusative after the verb is an adverb or circumstantial (وأضاف متحدثا عن …، وقال مجددا إن), no subject;
        // so is a participle of saying (وتابع قائلا: …).
        if (IsAccusativeAdverb(k) || TryCue(k, out var participle, out int participlePrefix) && participlePrefix == 0 && participle.Kind == ClaimCueKind.Participle)
            return (null, null, from);

        // A noun phrase: up to a comma, a preposition or the marker.
        int stop = k;
        bool definiteHead = _fold[k].StartsWith("ال", StringComparison.Ordinal);
        bool quantified = k + 2 < end && _fold[k + 1] == "من" && _fold[k] is "عدد" or "بعض" or "مجموعه" or "عشرات" or "مئات" or "الاف" or "كثير" or "معظم" or "غالبيه" or "احد";
        while (stop < end && _t[stop].Kind != TokenKind.Punctuation && !IsDateToken(stop, out _) && !s_relativePronouns.Contains(_fold[stop]) && _fold[stop] is not ("قد" or "قوله" or "قولها" or "قولهم" or "قولهما" or "ل") 
               && !(stop > k && (_fold[stop] is "في" or "خلال" or "عن" or "حول" or "امام" or "عبر" or "الي" or "علي" or "ايضا" or "كذلك"
                                 || _fold[stop].StartsWith("بال", StringComparison.Ordinal) || _fold[stop].StartsWith("لل", StringComparison.Ordinal) || StartsWithPreposition(stop)
                                 || TryCue(stop, out var attribution, out _) && attribution.Kind == ClaimCueKind.Attribution)))
        {
            // After a definite head only adjectives follow (المسؤول العسكري الإيراني الكبير | التعاون …); after an
            // indefinite head one genitive noun may (رئيس الأركان العامة, سفير إيران لدى روسيا).
            // (A quantifier takes its partitive: عدد من المبتعثين، بعض من المسؤولين.)
            // المتحدث باسم الشرطة، الناطق باسم الحكومة: باسم and its genitive belong to the role; so does من after
            // مقرب (مصادر مقربة من الحكومة).
            if (stop > k && (_fold[stop] == "باسم" || _fold[stop] == "من" && _fold[stop - 1].StartsWith("مقرب", StringComparison.Ordinal)) && stop + 1 < end && _t[stop + 1].Kind == TokenKind.Word)
            {
                stop += 2;
                continue;
            }

            bool partitive = stop == k + 2 && quantified;
            // (After the partitive, its noun heads the phrase: عدد من أهالي السجناء، بعض من ممثلي الفصائل.)
            int phraseHead = quantified && stop > k + 2 ? k + 2 : k;
            // (A construct chain of indefinite nouns ends in its definite genitive: رئيس هيئة حماية البيئة الوطنية.)
            if (stop > k && _fold[stop].StartsWith("ال", StringComparison.Ordinal) && !IsAdjectiveLike(_fold[stop])
                && ((phraseHead == k ? definiteHead : _fold[phraseHead].StartsWith("ال", StringComparison.Ordinal)) || stop > phraseHead + 1 && !IsConstructChain(phraseHead, stop) || SoundPluralHead(phraseHead)) && !partitive) break;
            // So does an object masdar after a place or organization closing the phrase (نفت بلدية المدينة وجود …), and a source noun after
            // an indefinite head with its adjectives (أبلغ مسؤول حكومي آخر صحيفة …: the addressee).
            if (stop > k + 1 && _t[stop].Kind == TokenKind.Word && _entityOf[stop] < 0 && !_fold[stop].StartsWith("ال", StringComparison.Ordinal) && !IsAdjectiveLike(_fold[stop])
                && (_entityOf[stop - 1] >= 0 && _entityOf[stop - 1] != _entityOf[k] && _doc.Entities[_entityOf[stop - 1]].Type != EntityType.Person
                    && (IsObjectMasdar(stop) || _fold[stop] is "وجود" or "عدم")
                    || !definiteHead && !_fold[stop - 1].StartsWith("ال", StringComparison.Ordinal) && (IsAdjectiveLike(_fold[stop - 1]) || _fold[stop - 1] is "اخر" or "اخرون" or "اخرين")
                       && s_sourceHeads.Contains(_fold[stop])))
                break;
            // A demonstrative after the head opens the object (وتبنت حركة طالبان هذا الهجوم).
            if (stop > k && IsDemonstrative(stop) && stop + 1 < end && _fold[stop + 1].StartsWith("ال", StringComparison.Ordinal)) break;
            // After an indefinite head and its adjective an object masdar starts the object (تؤكد جهات رسمية تأييد …;
            // so right after an unnamed source: أكدت مصادر تقدم المعارضة).
            if ((stop > k + 1 || stop == k + 1 && s_unnamedHeads.Contains(_fold[k])) && !definiteHead && !_fold[stop].StartsWith("ال", StringComparison.Ordinal) && (stop == k + 1 || IsAdjectiveLike(_fold[stop - 1]))
                && _entityOf[stop] < 0 && IsObjectMasdar(stop)) break;
            // After a definite word an indefinite one starts the object (أكد الرئيس المصري أهمية …، أكدت وزارة الحج اهتمامها).
            if (stop > k && _fold[stop - 1].StartsWith("ال", StringComparison.Ordinal) && !_fold[stop].StartsWith("ال", StringComparison.Ordinal) && _entityOf[stop] < 0
                && _fold[stop] is not ("نفسه" or "نفسها" or "ذاته" or "ذاتها" or "انفسهم" or "نفسهم")) break;
            stop++;
        }
        // تنظيم «داعش»، حركة "حماس": a naming noun takes the quoted name after it (and the adjectives after that).
        // (A personal title takes the quoted name after it too: الدكتور "العلي".)
        if (stop > k && stop < end && IsQuoteToken(stop) && (s_namingHeads.Contains(StripArticle(_fold[stop - 1])) || stop == k + 1 && s_titles.Contains(StripArticle(_fold[k])))
            && IsQuotedName(stop, out int named))
        {
            stop = named + 1;
            while (stop < end && _t[stop].Kind == TokenKind.Word && _fold[stop].StartsWith("ال", StringComparison.Ordinal) && IsAdjectiveLike(_fold[stop])) stop++;
        }

        if (stop == k) return (null, null, from);
        if (_t[k].Kind != TokenKind.Word && !(allowBareRole && _t[k].Kind == TokenKind.Punctuation)) return (null, null, from);
        var span = TextSpan.FromBounds(_t[k].Span.Start, _t[stop - 1].Span.End);
        var np = new Mention(span, _doc.Text.Substring(span.Start, span.Length));

        // A phrase that names a person of this article by role (السفير الإيراني → Jalali).
        string? head = RoleHead(k);
        if (head is not null && !IsIndefiniteUnnamed(k) && ResolveRole(k, stop) is { } person)
            return (new ClaimSpeaker(person.Id, np), EntityType.Person, stop);
        if (head is not null && s_genericRoles.Contains(head) && _fold[k].StartsWith("ال", StringComparison.Ordinal) && _lastSpeakerType == EntityType.Person && _lastSpeaker?.EntityId is { } prev)
            return (new ClaimSpeaker(prev, np), EntityType.Person, stop);

        return (new ClaimSpeaker(null, np), null, stop);
    }

    /// <summary>A singular demonstrative (هذا، هذه، ذلك، تلك), which before a definite noun opens a phrase of its own.</summary>
    private bool IsDemonstrative(int k) => _fold[k] is "هذا" or "هذه" or "ذلك" or "تلك";

    /// <summary>ذلك/هذا right after a cue as its object (وأوضح ذلك لـ«الصحيفة» مصدر …), not the demonstrative of a definite
    /// subject (أوضح ذلك المسؤول أن …).</summary>
    /// <remarks>Only before the subject itself: an addressee with a quoted name (لـ«عكاظ»), a named party, a role or a
    /// source (ينفي ذلك متحدثا عن …، تقول ذلك صراحة: no subject follows).</remarks>
    private bool IsDemonstrativeObject(int k, int end)
    {
        if (k <= 0 || k + 1 >= end || _fold[k] is not ("ذلك" or "هذا") || !TryCue(k - 1, out _, out _) || _t[k + 1].Kind != TokenKind.Word) return false;
        int n = k + 1;
        if (_fold[n] is "ل" or "لـ" && n + 1 < end && IsQuoteToken(n + 1)) return true;
        // (A title before a name: أبان ذلك الدكتور فلان — not ذلك المسؤول, "that official".)
        if (s_titles.Contains(StripArticle(_fold[n])) && n + 1 < end && _entityOf[n + 1] >= 0 && _doc.Entities[_entityOf[n + 1]].Type == EntityType.Person) return true;
        return !_fold[n].StartsWith("ال", StringComparison.Ordinal)
               && (_entityOf[n] >= 0 || RoleHead(n) is not null || s_unnamedHeads.Contains(_fold[n]) || s_sourceHeads.Contains(_fold[n]));
    }

    /// <summary>Prepositions with the addressee's pronoun between a verb and its subject (folded): قالت له، أشار إليها.</summary>
    private static readonly HashSet<string> s_pronounPrepositions = new(StringComparer.Ordinal)
    {
        "له", "لها", "لهم", "لهما", "لهن",
    };

    /// <summary>Complement prepositions with a pronoun (folded): أشار إليها، حذر منه، أعرب عنه — what the verb is about, no subject after.</summary>
    private static readonly HashSet<string> s_pronounComplements = new(StringComparer.Ordinal)
    {
        "اليه", "اليها", "اليهم", "اليهما", "عليه", "عليها", "عليهم", "منه", "منها", "منهم", "عنه", "عنها", "عنهم",
    };

    private static readonly HashSet<string> s_adverbs = new(StringComparer.Ordinal)
    {
        "ايضا", "كذلك", "فقط", "بدوره", "بدورها", "بدورهم", "اليوم", "امس", "الان", "دائما", "مجددا", "مرارا", "سابقا", "مؤخرا", "اخيرا", "حاليا", "رسميا", "علنا", "لاحقا",
    };

    /// <summary>A word like متحدثا، مطولا، مجددا: م…ا, indefinite accusative, no entity, no role, no source.</summary>
    private bool IsAccusativeAdverb(int k)
    {
        string f = _fold[k];
        return _t[k].Kind == TokenKind.Word && _entityOf[k] < 0 && f.Length >= 5 && f[0] == '\u0645' && f[^1] == '\u0627'
               && !s_unnamedHeads.Contains(f) && RoleHead(k) is null;
    }

    /// <summary>Skips adjuncts between a verb's subject and its complement: dates (with their commas), adverbs (أيضا،
    /// مجددا), and في وقت سابق/لاحق.</summary>
    private int SkipAdjuncts(int k, int hi)
    {
        while (k < hi)
        {
            if (IsDateToken(k, out _) || s_adverbs.Contains(_fold[k]) || IsDatePunctuation(k)) k++; // أكدت الشرطة اليوم (الأربعاء)، وجود …
            // (وأعلنت القوات في 13 يوليو، تكثيف …: the preposition of a date outside its mention.)
            else if (_fold[k] is "في" or "منذ" && k + 1 < hi && IsDateToken(k + 1, out _)) k++;
            // (مشيرا بشكل خاص إلى …: a manner adverbial of بشكل/بصورة and its adjective.)
            else if (_fold[k] is "بشكل" or "بصوره" && k + 1 < hi && _t[k + 1].Kind == TokenKind.Word && !_fold[k + 1].StartsWith("ال", StringComparison.Ordinal)
                     && !IsComplementizer(k + 1) && !TryCue(k + 1, out _, out _) && _entityOf[k + 1] < 0) k += 2;
            else if (_fold[k] == "في" && k + 2 < hi && _fold[k + 1] == "وقت" && _fold[k + 2] is "سابق" or "لاحق" or "مبكر") k += 3;
            else break;
        }

        return k;
    }

    /// <summary>Prepositions that open an adjunct of the speech between the speaker and the complement (في كلمته، خلال
    /// اللقاء، أمام البرلمان، لـ«الصحيفة»، للصحفيين).</summary>
    private static readonly HashSet<string> s_adjunctPrepositions = new(StringComparer.Ordinal) { "في", "خلال", "امام", "عبر", "لدي", "ل", "من" };

    /// <summary>Skips up to three prepositional adjuncts between a speaker and the complement of its cue (وأشار الوزير في
    /// كلمته أمام المؤتمر إلى …، وأكد مسؤول في الوزارة للصحفيين وجود …): a preposition, then a construct chain up to
    /// its first definite word or name and that word's adjectives. The cue's own complement preposition is never
    /// skipped (حذر من، طالب بـ). Returns k when no adjunct stands there.</summary>
    private int SkipAdjunctPhrases(CueEntry cue, int k, int hi)
    {
        var own = cue.Lemma is null ? default : CueLexicon.ComplementPrepositions(cue.Lemma);
        // (حذرت مصادر «الصحيفة» من …: a quoted name right after the speaker is part of it.)
        if (k < hi && IsQuoteToken(k) && IsQuotedName(k, out int quotedEnd)) k = quotedEnd + 1;
        for (int n = 0; n < 3 && k < hi && _t[k].Kind == TokenKind.Word; n++)
        {
            string f = _fold[k];
            if (own.Contains(f)) break;
            int j;
            // (… في تصريحات إلى «الصحيفة» عن …: إلى with a quoted addressee is an adjunct too.)
            if ((s_adjunctPrepositions.Contains(f) || f == "الي" && k + 1 < hi && IsQuoteToken(k + 1)) && k + 1 < hi && _entityOf[k] < 0)
            {
                j = k + 1;
                // لـ«الصحيفة»: the quoted addressee.
                if (IsQuoteToken(j))
                {
                    int q = ClosingQuote(j);
                    if (q < 0 || q > j + 5) break;
                    k = q + 1;
                    continue;
                }
            }
            else if (StartsWithPreposition(k) && _doc.Text[_t[k].Span.Start] == '\u0644' && !own.Contains("ل") && GluedToDefinite(k) is null
                     && k + 1 < hi && _t[k + 1].Kind == TokenKind.Word && _fold[k + 1].StartsWith("ال", StringComparison.Ordinal) && _fold[k + 1] != "الي")
            {
                // لرئيس الوزراء: a glued لـ on a noun in construct with a definite one.
                k = EndOfDefinite(k + 1, hi);
                continue;
            }
            else if (GluedToDefinite(k) is char letter && !(letter == '\u0628' && own.Contains("ب")) && !(letter == '\u0644' && own.Contains("ل")))
            {
                // للصحفيين، بالاتحاد الأفريقي: a preposition glued to a definite noun or a name.
                k = EndOfDefinite(k, hi);
                continue;
            }
            else break;

            // The noun phrase after a separate preposition: a construct chain closed by a definite word, a name, a noun
            // with a pronoun (كلمته) or a nisba adjective (تصريح صحفي), or ending before the next preposition.
            int end = -1;
            for (int w = j; w < Math.Min(hi, j + 4); w++)
            {
                if (_t[w].Kind != TokenKind.Word || IsComplementizer(w) || TryCue(w, out _, out _) || s_relativePronouns.Contains(_fold[w])
                    || own.Contains(_fold[w]) || _fold[w] is "عن" or "الي" or "علي" or "من" or "في" or "مع" or "حول" or "ضد" || GluedToDefinite(w) is not null)
                {
                    if (w > j) end = w;
                    break;
                }

                if (_entityOf[w] >= 0 || _fold[w].StartsWith("ال", StringComparison.Ordinal) || HasPronounSuffix(w) || w > j && _fold[w].EndsWith('\u064A'))
                {
                    end = EndOfDefinite(w, hi);
                    break;
                }
            }

            if (end < 0) break;
            k = SkipAdjuncts(end, hi); // (وأعلنت مصادر في المطار ظهر أمس عن …: a date after the phrase)
        }

        return k;
    }

    /// <summary>The preposition letter (ب or ل) glued to a definite word or a name (للصحفيين، بالاتحاد), or null.</summary>
    private char? GluedToDefinite(int k)
    {
        var seg = _t[k].Segments;
        if (_t[k].Kind != TokenKind.Word || seg.Length < 3 || seg[0].Kind != SegmentKind.Preposition || seg[1].Kind != SegmentKind.Article) return null;
        char letter = _doc.Text[seg[0].Span.Start];
        return letter is '\u0628' or '\u0644' ? letter : null;
    }

    /// <summary>The token after a definite word or name at k and the definite adjectives that follow it.</summary>
    private int EndOfDefinite(int k, int hi)
    {
        int end = k + 1;
        if (_entityOf[k] is int e && e >= 0)
        {
            while (end < hi && _entityOf[end] == e) end++;
        }

        // (إلى, folded الي, looks like a nisba adjective.)
        while (end < hi && _t[end].Kind == TokenKind.Word && (_fold[end].StartsWith("ال", StringComparison.Ordinal) && _fold[end] != "الي" && IsAdjectiveLike(_fold[end])
                                                            || _fold[end] is "ذاته" or "ذاتها" or "نفسه" or "نفسها")) end++;
        return end;
    }

    /// <summary>A noun with a possessive pronoun (كلمته، بيانها، تصريحاتهم): a definite end of a construct chain.</summary>
    private bool HasPronounSuffix(int k)
    {
        var seg = _t[k].Segments;
        string text = _t[k].Text;
        return seg.Length >= 2 && seg[^1].Kind == SegmentKind.Pronoun
               || text.Length > 3 && (text[^1] == '\u0647' || text.EndsWith("ها", StringComparison.Ordinal) || text.EndsWith("هم", StringComparison.Ordinal));
    }

    /// <summary>A comma or bracket next to a date (، أمس،؛ اليوم (الأربعاء)،): part of the date adjunct.</summary>
    private bool IsDatePunctuation(int k)
    {
        if (!(IsComma(k) || IsPunct(k, '(') || IsPunct(k, ')'))) return false;
        bool DateAt(int j) => j >= 0 && j < _t.Length && IsDateToken(j, out _);
        return DateAt(k - 1) || DateAt(k + 1) || IsPunct(k - 1, ')') && DateAt(k - 2) || IsPunct(k + 1, '(') && DateAt(k + 2);
    }

    private static readonly HashSet<string> s_adjectives = new(StringComparer.Ordinal)
    {
        "الكبير", "الكبيره", "الاعلي", "السابق", "السابقه", "الجديد", "الجديده", "العام", "العامه", "الاول", "الثاني",
        "الخاص", "الخاصه", "الدائم", "الدائمه", "المساعد", "الاكبر", "البارز", "البارزه", "الرفيع", "المطلع", "المطلعه",
        "المسؤول", "المسؤوله", "المكلف", "الحالي", "الاسبق", "المشترك", "المشتركه", "المتحده", "المتحد",
        "المسلح", "المسلحه", "المسلحين", "المسلحون", "المعتدل", "المعتدله",
        "الشريفين", // (خادم الحرمين الشريفين, the Saudi king's title)
    };

    /// <summary>A definite adjective: a nisba (الإيراني، الروسية، الغربيين) or a common adjective (الكبير، السابق).</summary>
    /// <remarks>The preposition إلى (folded الي) ends like a nisba but is none.</remarks>
    private static bool IsAdjectiveLike(string folded)
        => folded != "الي" && !s_nounsEndingInYa.Contains(StripArticle(folded))
           && (s_adjectives.Contains(folded) || folded.EndsWith('\u064A') || folded.EndsWith("يه", StringComparison.Ordinal)
               || folded.EndsWith("يين", StringComparison.Ordinal) || folded.EndsWith("يون", StringComparison.Ordinal));

    /// <summary>An indefinite sound masculine plural in ون (معارضون، مسؤولون): its ن drops in construct (معارضو الحزب),
    /// so a definite noun after it is no genitive but the object (اتهم معارضون الرئيس …).</summary>
    private bool SoundPluralHead(int k)
        => _t[k].Kind == TokenKind.Word && _entityOf[k] < 0 && _fold[k].Length >= 5 && _fold[k].EndsWith("ون", StringComparison.Ordinal)
           && !_fold[k].StartsWith("ال", StringComparison.Ordinal);

    /// <summary>Broken plurals ending in ي (folded, without the article: أهالي، أراضي، مساعي): nouns heading a phrase,
    /// not nisba adjectives. (Agent nouns such as القاضي، الراعي stay adjective-like: they are frequent family names.)</summary>
    private static readonly HashSet<string> s_nounsEndingInYa = new(StringComparer.Ordinal)
    {
        "اهالي", "اراضي", "ضواحي", "نواحي", "مساعي", "معاني", "مباني", "ليالي", "ايادي", "اعالي", "مراعي", "مواشي",
    };

    /// <summary>A word whose clitic segmentation starts with the preposition ل، ب or ك (لمحطة، للصحف، بالتأكيد).</summary>
    /// <remarks>Only ل, or ب/ك before the article, are trusted: names that begin with ب (باقري) must stay subjects.</remarks>
    private bool StartsWithPreposition(int k)
    {
        var seg = _t[k].Segments;
        if (_t[k].Kind != TokenKind.Word || seg.Length < 2 || seg[0].Kind != SegmentKind.Preposition || _entityOf[k] >= 0) return false;
        return _doc.Text[seg[0].Span.Start] == '\u0644' || seg[1].Kind == SegmentKind.Article;
    }

    private bool IsIndefiniteUnnamed(int k)
    {
        string w = _fold[k];
        return s_unnamedHeads.Contains(w) || (w.StartsWith("ال", StringComparison.Ordinal) is false && s_unnamedHeads.Contains(StripArticle(w)));
    }

    /// <summary>The role noun at token k, article stripped (السفير → سفير), when it is one of the role lexicon's heads.</summary>
    private string? RoleHead(int k)
    {
        if (_t[k].Kind != TokenKind.Word) return null;
        string w = StripArticle(_fold[k]);
        return RoleLexicon.IsRole(w) ? w : null;
    }

    private static string StripArticle(string w)
    {
        if (w.StartsWith("ال", StringComparison.Ordinal) && w.Length > 3) return w[2..];
        if (w.StartsWith("وال", StringComparison.Ordinal) && w.Length > 4) return w[3..];
        return w;
    }

    /// <summary>The person named next to this role in the document (سفير إيران …، كاظم جلالي / السفير جلالي).</summary>
    /// <remarks>The role is matched on its head and, when the phrase has one, the next word (رئيس الأركان, not any رئيس);
    /// the head alone is tried when the pair is never found. The nearest occurrence before the claim wins.</remarks>
    private Entity? ResolveRole(int k, int stop)
    {
        string head = StripArticle(_fold[k]);
        string? second = k + 1 < stop && _t[k + 1].Kind == TokenKind.Word ? StripArticle(_fold[k + 1]) : null;
        return (second is null ? null : FindPersonNearRole(head, second, k)) ?? FindPersonNearRole(head, null, k);
    }

    private Entity? FindPersonNearRole(string head, string? second, int claimToken)
    {
        // The nearest occurrence wins, one before the claim at half the distance of one after it (ties: the one before).
        var found = PersonsNamedAtRole(head, second);
        int lo = 0, hi = found.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (found[mid].Token < claimToken) lo = mid + 1;
            else hi = mid;
        }

        int after = lo < found.Count && found[lo].Token == claimToken ? lo + 1 : lo;
        (int Token, Entity Person)? best = lo > 0 ? found[lo - 1] : null;
        if (after < found.Count && (best is null || 2 * (found[after].Token - claimToken) < claimToken - best.Value.Token)) best = found[after];
        return best?.Person;
    }

    /// <summary>Every occurrence of a role (its head, and the next word when given) with a person named within a few tokens
    /// after it (apposition or title + name), in text order; computed once per role and document.</summary>
    private List<(int Token, Entity Person)> PersonsNamedAtRole(string head, string? second)
    {
        _rolePersons ??= [];
        if (_rolePersons.TryGetValue((head, second), out var cached)) return cached;
        var found = new List<(int, Entity)>();
        for (int i = 0; i < _t.Length; i++)
        {
            if (_t[i].Kind != TokenKind.Word || StripArticle(_fold[i]) != head) continue;
            if (second is not null && (i + 1 >= _t.Length || StripArticle(_fold[i + 1]) != second)) continue;
            for (int k = i + 1; k < Math.Min(_t.Length, i + 9); k++)
            {
                if (_entityOf[k] is int e && e >= 0 && _doc.Entities[e].Type == EntityType.Person)
                {
                    found.Add((i, _doc.Entities[e]));
                    break;
                }

                if (IsComplementizer(k) || TryCue(k, out _, out _) || IsPunct(k, '.')) break;
            }
        }

        _rolePersons[(head, second)] = found;
        return found;
    }

    /// <summary>An entity mention that ends right before the cue (بوتين قال، إيران تنفي).</summary>
    /// <summary>A person named in apposition right before the verb, after a role that opens the clause
    /// (إلا أن رئيس لجنة المالية …، فلان الفلاني، قال) — not after any noun (اعترافات الموظف …، فلان الفلاني، كشفت).</summary>
    private (ClaimSpeaker, EntityType)? AppositiveSubject(int c, int lo)
    {
        if (!IsComma(c - 1) || SubjectEndingAt(c - 2, lo) is not { Item2: EntityType.Person } person) return null;
        int first = FirstTokenAt(person.Item1.Mention.Span.Start);
        if (first - 1 < lo || !IsComma(first - 1)) return null;
        for (int k = first - 2; k >= lo; k--)
        {
            if (_t[k].Kind == TokenKind.Punctuation || TryCue(k, out _, out _)) return null;
            if (k == lo || IsComplementizer(k - 1) || IsClauseOpener(k - 1) || s_kana.Contains(_fold[k - 1]) || _fold[k - 1] is "لكن" or "ولكن")
                return RoleHead(k) is not null ? person : null;
        }

        return null;
    }

    /// <summary>A person opening the clause, with his titles, then an apposition set off by commas or an adjunct of the
    /// speech, right before the verb: فلان الفلاني، رئيس الحزب، قال …؛ المتحدثة باسم الاتحاد فلانة في بيان لها قالت ….</summary>
    private (ClaimSpeaker, EntityType)? SubjectBeforeAppositionOrAdjunct(int c, int lo)
    {
        int k = c - 1;
        if (k <= lo) return null;
        int end;
        if (IsComma(k))
        {
            // (، apposition، : words only, no verb of its own, up to the comma after the name)
            int j = k - 1;
            while (j > lo && !IsComma(j) && _t[j].Kind == TokenKind.Word && !TryCue(j, out _, out _) && !s_relativePronouns.Contains(_fold[j]) && k - j <= 8) j--;
            if (j <= lo || !IsComma(j) || j == k - 1) return null;
            end = j - 1;
        }
        else
        {
            // (في بيان لها، خلال مؤتمر صحفي: a short adjunct of the speech opened by في/خلال)
            int j = k;
            while (j > lo && _t[j].Kind == TokenKind.Word && _fold[j] is not ("في" or "خلال") && k - j <= 4) j--;
            if (j <= lo || _fold[j] is not ("في" or "خلال") || !IsSpeechOccasion(j + 1) && !IsDocumentNoun(j + 1)) return null;
            end = j - 1;
        }

        if (end < lo || EntityEndingAt(end, lo) is not { Item2: EntityType.Person } person) return null;
        int first = FirstTokenAt(person.Item1.Mention.Span.Start);
        // The name with its titles opens the sentence or a clause.
        int start = first;
        for (int t = start - 1; t >= lo && first - t <= 8; t--)
        {
            if (_t[t].Kind != TokenKind.Word || TryCue(t, out _, out _) || IsComplementizer(t)) break;
            if (RoleHead(t) is not null) start = t;
        }

        return start == lo || IsComma(start - 1) || IsClauseOpener(start - 1) || s_kana.Contains(_fold[start - 1]) ? person : null;
    }

    /// <summary>The nearest person named before token c in its sentence.</summary>
    private (ClaimSpeaker, EntityType)? PersonBefore(int c, int lo)
    {
        for (int k = c - 1; k >= lo; k--)
        {
            if (_entityOf[k] is int e && e >= 0 && _doc.Entities[e].Type == EntityType.Person) return EntityEndingAt(k, lo);
        }

        return null;
    }

    /// <summary>An entity mention ending at token k that can be a subject: not the object of a preposition (وفي القاهرة قال …).</summary>
    private (ClaimSpeaker, EntityType)? SubjectEndingAt(int k, int lo)
    {
        if (EntityEndingAt(k, lo) is not { } mention) return null;
        int first = FirstTokenAt(mention.Item1.Mention.Span.Start);
        if (StartsWithPreposition(first) || first - 1 >= lo && _fold[first - 1] is "في" or "وفي" or "من" or "الي" or "علي" or "عن" or "مع" or "حول" or "لدي" or "امام")
            return null;
        return mention;
    }

    private (ClaimSpeaker, EntityType)? EntityEndingAt(int k, int lo)
    {
        if (k < lo || _entityOf[k] < 0) return null;
        var entity = _doc.Entities[_entityOf[k]];
        return (new ClaimSpeaker(entity.Id, entity.Mentions[_mentionOf[k]]), entity.Type);
    }

    private void AddClaim(TextSpan cueSpan, CueEntry cue, bool denial, ClaimSpeaker speaker, EntityType? speakerType, TextSpan content, int cueToken, TextSpan attribution, int lo)
    {
        // The same statement twice (a headline repeated by the page) is one claim.
        string contentText = _doc.Text.Substring(content.Start, content.Length);
        string key = SpeakerKey(speaker);
        if (!_statements.Add((contentText, key)))
        {
            Remember(speaker, speakerType, cueToken); // the repeated statement's speaker still speaks next
            return;
        }

        bool nested = _lastContent.Contains(cueSpan);
        var (date, source) = ClaimDate(cueToken, attribution, lo);
        // A participial continuation (…، مشيرا إلى أن …) inherits the date of the clause it continues.
        // So does a cue in a relative clause about the speech event of that clause (… في كلمة ألقاها …، حذر فيها من …).
        if ((cue.Kind == ClaimCueKind.Participle || cueToken + 1 < _t.Length && IsResumptiveIn(cueToken + 1))
            && source != ClaimDateSource.Explicit && HasClaimInSentence(cueToken))
            (date, source) = (_claims[^1].Date, _claims[^1].DateSource);
        var ids = new List<string>();
        foreach (int e in EntitiesWithin(content))
        {
            if (_doc.Entities[e].Id != speaker.EntityId) ids.Add(_doc.Entities[e].Id);
        }

        _claims.Add(new Claim(
            $"C{_claims.Count + 1}",
            speaker,
            new Mention(cueSpan, _doc.Text.Substring(cueSpan.Start, cueSpan.Length)),
            denial ? ClaimPolarity.Denied : ClaimPolarity.Asserted,
            new Mention(content, contentText),
            date,
            source,
            [.. ids])
        {
            CueLemma = cue.Lemma,
            CueKind = cue.Kind,
            SpeakerKey = key,
        });
        // A report inside another claim's content (… أن البعض يقول إن …) does not change who is speaking.
        if (!nested) Remember(speaker, speakerType, cueToken);
    }

    /// <summary>The entities with a mention inside the span, in document entity order (a binary search over the mentions
    /// ordered by start, so a claim costs its content's mentions, not the whole document's).</summary>
    private SortedSet<int> EntitiesWithin(TextSpan span)
    {
        var found = new SortedSet<int>();
        int lo = 0, hi = _mentionsByStart.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_mentionsByStart[mid].Start < span.Start) lo = mid + 1;
            else hi = mid;
        }

        for (int m = lo; m < _mentionsByStart.Length && _mentionsByStart[m].Start < span.End; m++)
        {
            if (_mentionsByStart[m].End <= span.End) found.Add(_mentionsByStart[m].Entity);
        }

        return found;
    }

    private string SpeakerKey(ClaimSpeaker speaker)
    {
        string name = speaker.EntityId is { } id ? _doc.Entities.First(e => e.Id == id).Name : speaker.Mention.Text;
        return string.Join(' ', s_fold.NormalizeToString(name).Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>An explicit date governing the claim clause, else the document date.</summary>
    /// <remarks>Governing: in the attribution part of the sentence — between the cue (or a subject before it) and the
    /// content, or after the content for a post-posed attribution — or opening the sentence or the cue's clause before
    /// the cue (وفي ديسمبر 2019، أشار …؛ …، وفي مايو … انتقد … وقال). A date elsewhere in the sentence dates something
    /// else. Of two adjacent dates the second specifies the first (أمس (الجمعة)).</remarks>
    private (string? Date, ClaimDateSource Source) ClaimDate(int cueToken, TextSpan attribution, int lo)
    {
        int cueStart = _t[cueToken].Span.Start;
        int sentenceStart = _t[lo].Span.Start;
        int opening = lo < _t.Length && _fold[lo] is "في" or "وفي" ? _t[Math.Min(lo + 1, _t.Length - 1)].Span.Start : -1;
        int clause = ClauseStart(cueToken, lo);
        int clauseOpening = clause > lo && clause < cueToken ? (_fold[clause] is "في" or "وفي" && clause + 1 < cueToken ? clause + 1 : clause) : -1;
        // وفي تصريحات أمس (الأحد)، قال …: a date anywhere in a sentence-opening في phrase that names the speech occasion,
        // up to its comma, dates the clause right after it (not a later coordinated one, not a phrase about another event:
        // وفي إشارة إلى قرار صدر في أكتوبر، …).
        int openingComma = -1;
        // (So does one about the time of the report itself: وفي تطور لاحق مساء أمس، قال …، وفي وقت سابق اليوم، أعلن ….)
        for (int k = lo + 1; opening >= 0 && (IsSpeechOccasion(lo + 1) || _fold[lo + 1] is "تطور" or "وقت") && k < cueToken; k++)
        {
            if (IsComma(k))
            {
                openingComma = clause == k + 1 ? k : -1;
                break;
            }
        }

        DateMention? best = null;
        foreach (var d in _doc.Dates)
        {
            if (d.Type is not (TemporalType.Date or TemporalType.Time) || d.Value is null) continue;
            bool inClause = d.Span.Start >= attribution.Start && d.Span.End <= attribution.End && !InOtherEventsRelativeClause(d, attribution);
            bool opens = d.Span.Start == opening || d.Span.Start == sentenceStart && d.Span.End <= cueStart
                         || openingComma >= 0 && d.Span.Start >= opening && d.Span.End <= _t[openingComma].Span.Start
                            && !InOtherEventsRelativeClause(d, TextSpan.FromBounds(sentenceStart, cueStart))
                         || clauseOpening >= 0 && d.Span.Overlaps(_t[clauseOpening].Span) && d.Span.End <= cueStart;
            if (!inClause && !opens) continue;
            if (best is null) best = d;
            else if (Specifies(best, d)) best = d;
            else break;
        }

        if (best is not null)
            return (best.Type == TemporalType.Time && best.Value!.Length > 10 ? best.Value[..10] : best.Value, ClaimDateSource.Explicit);
        if (_doc.DocumentDate is { } dd) return (dd.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), ClaimDateSource.Document);
        return (null, ClaimDateSource.None);
    }

    /// <summary>The subject of the main clause after a fronted temporal clause opening at the cue <paramref name="c"/>: the
    /// source named right after a reporting verb that follows the clause's comma (وبعدما حذر من أن …، اعتبر حفتر أن …).</summary>
    private (ClaimSpeaker, EntityType?)? MainClauseSubject(int c, int hi)
    {
        for (int j = c + 1; j + 2 < Math.Min(hi, c + 35); j++)
        {
            if (IsPunct(j, '.') || IsPunct(j, ':')) return null;
            if (!IsComma(j) || !TryCue(j + 1, out var main, out int prefix) || prefix != 0 || main.Kind != ClaimCueKind.Verb) continue;
            var (subject, type, _) = FindSpeakerAfter(j + 2, Math.Min(hi, j + 10), hi);
            return subject is not null && NamesASource(subject) ? (subject, type) : null;
        }

        return null;
    }

    /// <summary>Whether the relative pronoun at <paramref name="relative"/> has a speech occasion or meeting as its
    /// antecedent within five words back (الاجتماع الرابع للجنة الذي …), with no topic preposition between (بيان عن الهجوم الذي).</summary>
    private bool OccasionIsAntecedent(int relative, int from)
    {
        for (int j = relative - 1; j >= Math.Max(0, relative - 5) && _t[j].Span.Start >= from; j--)
        {
            if (_t[j].Kind != TokenKind.Word || s_topicPrepositions.Contains(_fold[j]) || _fold[j] is "ضد" or "علي") return false;
            string w = StripArticle(_fold[j]);
            if (StartsWithAny(w, s_occasionStems) || StartsWithAny(w, s_meetingStems)) return true;
        }

        return false;
    }

    /// <summary>Whether a date of the attribution part sits in a relative clause about another event of the speaker
    /// (الحكومة التي مددت في نهاية الشهر …، أنّ …): after الذي/التي, before the clause's comma, with a verb that
    /// has no object pronoun — not a clause about the speech or its occasion (عن السجين الذي زاره أمس الأحد، في حديث
    /// نشرته صحيفة … الأحد).</summary>
    private bool InOtherEventsRelativeClause(DateMention d, TextSpan attribution)
    {
        for (int k = FirstTokenAt(d.Span.Start) - 1; k >= 0 && _t[k].Span.Start >= attribution.Start; k--)
        {
            if (IsComma(k)) return false;
            if (!s_relativePronouns.Contains(_fold[k]) || k + 1 >= _t.Length || _t[k + 1].Span.Start >= d.Span.Start) continue;
            // (… على هامش الاجتماع الرابع للجنة الذي عقد أمس: the speech occasion's own relative clause dates the statement,
            // D-52 — not a relative clause of the topic: في بيان عن الهجوم الذي وقع أمس.)
            if (OccasionIsAntecedent(k, attribution.Start)) return false;
            string verb = _fold[k + 1];
            return _t[k + 1].Kind == TokenKind.Word && !IsDateToken(k + 1, out _) && !HasObjectPronoun(k + 1) && !verb.EndsWith("ني", StringComparison.Ordinal);
        }

        return false;
    }

    /// <summary>Whether date <paramref name="next"/> right after <paramref name="first"/> specifies it (أمس (الجمعة)، أمس
    /// الثلاثاء): only spaces, brackets or a comma between them — not a conjunction (هذا العام والعام الماضي is two
    /// dates) — and not after the document's date (a weekday read forward, أمس السبت → next Saturday, dates nothing that
    /// was already said; one day of slack for papers dated the day after they post).</summary>
    private bool Specifies(DateMention first, DateMention next)
    {
        if (next.Span.Start - first.Span.End > 3) return false;
        foreach (char ch in _doc.Text.AsSpan(first.Span.End, next.Span.Start - first.Span.End))
        {
            if (char.IsLetterOrDigit(ch)) return false;
        }

        if (_doc.DocumentDate is { } dd && next.Value is { Length: >= 10 } v
            && DateOnly.TryParseExact(v[..10], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var when)
            && when > dd.AddDays(1)) return false;
        return true;
    }

    /// <summary>The first token of the cue's clause: after the last comma or semicolon before it in the sentence.</summary>
    private int ClauseStart(int cueToken, int lo)
    {
        for (int k = cueToken - 1; k > lo; k--)
        {
            if (IsComma(k) || IsPunct(k, '؛') || IsPunct(k, ';')) return k + 1;
        }

        return lo;
    }
}
