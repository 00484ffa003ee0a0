using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Extraction.Arabic.Dates;
using Extraction.Arabic.Entities;
using Extraction.Arabic.Text;
using Extraction.Arabic.Tokenization;

namespace Extraction.Arabic.Claims;

/// <summary>Finds attributed claims: cue, speaker, content, polarity and date (rules in <see cref="Claim"/>'s remarks).</summary>
/// <remarks>Stateless between documents; one instance per document run. The class is split by concern: this file scans
/// sentences for cues and adds claims; <c>ClaimExtractor.VerbClaims.cs</c> reads a reporting verb's claim;
/// <c>.Frames.cs</c> the cues' complements, objects and readings; <c>.Speakers.cs</c> who speaks; <c>.Quotes.cs</c>
/// quotations and where a content ends; <c>.Attributions.cs</c> nominal attributions and headlines; <c>.Dates.cs</c> a
/// claim's date.</remarks>
internal sealed partial class ClaimExtractor
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
        "انباء", "مراجع",
    };

    /// <summary>Generic role heads whose definite form usually points back to the last person speaking.</summary>
    private static readonly HashSet<string> s_genericRoles = new(StringComparer.Ordinal) { "مسؤول", "متحدث", "قائد", "دبلوماسي", "سياسي" };

    /// <summary>Nouns that make رفض a denial: رفض الاتهامات، رفض المزاعم.</summary>
    private static readonly HashSet<string> s_denialObjects = new(StringComparer.Ordinal)
    {
        "الاتهامات", "المزاعم", "الادعاءات", "التقارير", "الانباء", "التهم", "اتهامات", "مزاعم", "ادعاءات", "ايحاءات",
        "مغالطات", "اكاذيب", "افتراءات", // (فنّد المغالطات، رفض الأكاذيب)
        "اتهامات", "تهم", "تقارير", "انباء", "شائعات", "تلميحات", "اشاعات", "الشائعات", "التلميحات", "الايحاءات", "الاشاعات",
        // (Criticism denied too: رفض الحزب الانتقادات الموجهة إليه; and the singular: رفض الاتهام.)
        "الانتقادات", "انتقادات", "الاتهام", "اتهام",
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
    private Dictionary<string, List<int>>? _wordsByStem;                                                 // WordsWithStem's lists
    private Dictionary<string, Dictionary<string, List<int>>>? _wordsByStemPair;                         // the same, by the next word too
    private Dictionary<string, Entity>? _entitiesById;                                                   // EntityById's index
    private Dictionary<string, bool>? _placeSpeaks;                                                      // HeadlineHasItsSpeaker's memo
    private Dictionary<string, int>? _personsBySurname;                                                  // PersonBySurname's index

    // Statements made so far: content and speaker key → the frame of its first report (from its cue to the content, or
    // from the content to a post-posed cue) and of any other report of the same words.
    private readonly Dictionary<(string Content, string SpeakerKey), (TextSpan First, List<TextSpan>? More)> _statements = [];

    private SpanIndex? _mentions;                                                                        // EntitiesWithin's index of every entity mention

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
    }

    /// <summary>Finds the claims of a document with tokens, sentences, entities and dates.</summary>
    public static ImmutableArray<Claim> Extract(Document doc, CancellationToken cancellationToken = default)
    {
        if (doc.Tokens.IsEmpty) return [];
        var x = new ClaimExtractor(doc);
        foreach (var s in doc.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            x.ScanSentence(s);
        }

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
            || EntityById(id) is not { Type: EntityType.Location } place)
            return true;
        // (The answer depends on the place alone: asked once per place, whatever the number of headlines.)
        _placeSpeaks ??= new(StringComparer.Ordinal);
        if (_placeSpeaks.TryGetValue(id, out bool speaks)) return speaks;
        return _placeSpeaks[id] = PlaceSpeaksInBody(id, place);
    }

    /// <summary>Whether the body has the place speaking (see <see cref="HeadlineHasItsSpeaker"/>).</summary>
    private bool PlaceSpeaksInBody(string id, Entity place)
    {
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
            string speaker = FoldedText(from, to);
            if (speaker.Contains(stem, StringComparison.Ordinal) || states.Any(x => speaker.Contains(x, StringComparison.Ordinal))) return true;
        }

        return false;
    }

    /// <summary>The input between two offsets in the lexicon's folding (ة also to ه), for matching folded words inside it.</summary>
    private string FoldedText(int from, int to)
        => CueLexicon.Folding.NormalizeToString(_doc.Text.AsSpan(from, to - from).ToString()).Replace('\u0629', '\u0647');

    /// <summary>The token holding <paramref name="charIndex"/> or the next one (the last token when none ends after it).</summary>
    private int FirstTokenAt(int charIndex) => Math.Min(_doc.FirstTokenEndingAfter(charIndex), _t.Length - 1);

    // ---------------------------------------------------------------- scanning

    /// <summary>How far, in tokens, a claim's analysis looks before and after its cue within one sentence. The longest
    /// sentence of the 776 news articles measured has 379 tokens, so real sentences are never cut; a pathological one
    /// (thousands of words without a full stop) is read in windows, which keeps the cost linear in its length. In such a
    /// sentence the window's edges stand for the sentence's (a date at the window's start reads as opening the sentence).</summary>
    internal const int MaxReach = 400;

    /// <summary>How far, in tokens, a quotation's closing mark is looked for on its line: a bound on the cost of unclosed
    /// quotation marks in a long line. A quotation of more than 1,000 tokens on one line (a whole speech) is therefore read
    /// as unclosed, its content ending with its sentence; the longest quoted content in the 308 annotated articles has
    /// about 160 words.</summary>
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
                // ورفض الوزير تأكيد أو نفي ذلك، وقال …: the one who would neither confirm nor deny still speaks next.
                if (IsConfirmMasdar(i) && i + 2 < hi && IsConfirmOrDenyMasdar(_fold[i + 1] is "او" ? i + 2 : i + 1, _fold[i + 1] is "او" ? 0 : 1))
                    RememberRefuser(i, lo);
                if (TryReadApart(i, lo, hi, out int resumeApart) || TryLightVerb(i, lo, hi, out resumeApart))
                {
                    found = true;
                    i = Math.Max(i, resumeApart - 1);
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

    /// <summary>The claims read apart from the cue lexicon, at a word outside it — their words are no cues for the other
    /// frames: رصد with a report or a monitoring body (mostly it is the masdar "monitoring" or an actor's "detected"),
    /// …، على حد تعبير الوزير (a post-posed attribution), وجاء في بيان … (a document), وعلمت «الصحيفة» من مصادر … أن …
    /// (what a paper learned from its sources), ما سمّاه فلان «…» (an epithet).</summary>
    private bool TryReadApart(int i, int lo, int hi, out int resume)
    {
        resume = i + 1;
        if (RasadaAt(i, out int rasadaPrefix)) return TryClaim(i, s_rasada, rasadaPrefix, lo, hi, out resume);
        if (_fold[i] == "علي") return TryAsPutBy(i, lo, hi, out resume);
        if (_fold[i] is "جاء" or "وجاء") return TryCameIn(i, lo, hi, out resume);
        if (_fold[i] is "علمت" or "وعلمت") return TryLearnedFrom(i, lo, hi, out resume);
        return _fold[i].AsSpan().IndexOf("سم") >= 0 && s_epithetForms.Contains(_fold[i]) && TryEpithet(i, s_epithet, 0, lo, hi, out resume);
    }

    /// <summary>نفاه، أكدها: the object-pronoun forms of نفى and أكد report only right after the relative ما that they resume
    /// (وهو ما تنفيه أنقرة، وفق ما أكدته المصادر); elsewhere the pronoun is a person or a thing (ونفاه إلى سيبيريا, exiled
    /// him; وأكدها الرئيس, confirmed it) and the word is no cue.</summary>
    private bool IsPronounFormOutsideMa(int i, CueEntry cue, bool conjunction = false)
        => IsPronounForm(i, cue) && (conjunction || !(i >= 1 && _fold[i - 1] == "ما"));

    /// <summary>Whether the word at i is an object-pronoun form of نفى or أكد (نفاه، تنفيها، أكده، يؤكدونه).</summary>
    private bool IsPronounForm(int i, CueEntry cue) => cue.Lemma is "نفي" or "اكد" && cue.Kind == ClaimCueKind.Verb && HasObjectPronoun(i);

    /// <summary>A cue at token i, possibly after a conjunction و/ف glued to it.</summary>
    private bool TryCue(int i, out CueEntry cue, out int prefixLetters)
    {
        prefixLetters = 0;
        cue = default;
        if (_t[i].Kind != TokenKind.Word) return false;
        string f = _fold[i];
        // (وعدّ, written with its shadda, is و + عدّ "and considered", not وعد "promised".)
        // (A verb never ends in ة: وصفة، نسبة fold to وصفه، نسبه, forms of verbs with an object pronoun.)
        bool taMarbuta = _t[i].Text[^1] == '\u0629';
        if (CueLexicon.TryGet(f, out cue) && !(taMarbuta && cue.Kind == ClaimCueKind.Verb) && !(cue.Lemma == "وعد" && _t[i].Text.Contains('\u0651')))
            return !IsCalled(i, 0, cue) && !IsNamePart(i) && !IsOpinionNoun(i, cue) && !(cue.Lemma == "تبني" && !ClaimsAnAct(i)) && !IsConfirmOrDenyMasdar(i, 0)
                   && !IsPronounFormOutsideMa(i, cue);
        if (f.Length >= 3 && f[0] is '\u0648' or '\u0641' && CueLexicon.TryGet(f[1..], out cue) && !(taMarbuta && cue.Kind == ClaimCueKind.Verb)) // (وحث: a two-letter verb)
        {
            prefixLetters = 1;
            return !IsCalled(i, 1, cue) && !(cue.Lemma == "تبني" && !ClaimsAnAct(i)) && !IsConfirmOrDenyMasdar(i, 1) && !IsPronounFormOutsideMa(i, cue, true);
        }

        // ومضى الناطق إلى القول إن …، وذهبت اللجنة إلى القول: after مضى/ذهب (went on), إلى القول is the saying, as بالقول is
        // (D-21, D-326); its speaker is the subject of that verb.
        // (So are the masdars of أكد، أشار، حذر and شدد: ويذهب الخبير إلى التأكيد على أن ….)
        if (s_goingOnMasdars.TryGetValue(f, out var goingOn) && i >= 2 && _fold[i - 1] == "الي" && GoingOnVerbBefore(i - 1) >= 0)
        {
            cue = goingOn;
            return true;
        }

        return false;
    }

    /// <summary>A verb form of عدّ that reports nothing: without its written shadda (bare عد/وعد is "counted"/"promised"),
    /// or a present form (ويُعدّ، ما يعد أول …: the impersonal passive "is considered") with no complementizer close after it.</summary>
    private bool IsCountedOrPassiveAdda(int c, CueEntry cue, int prefixLetters, int hi)
        => cue.Lemma == "عد" && cue.Kind == ClaimCueKind.Verb
           && (!_t[c].Text.Contains('\u0651') || _fold[c][prefixLetters] is '\u064A' or '\u062A' && !ComplementizerWithin(c, hi, 8));

    /// <summary>Whether the bare, unvocalized بين at <paramref name="c"/> is the preposition "between": it is the verb بيّن
    /// only written with its shadda, or with its conjunction opening a clause (وبين الوزير أن …).</summary>
    private bool IsBetween(int c, int lo, int prefixLetters) =>
        _fold[c].EndsWith("بين", StringComparison.Ordinal) && _fold[c].Length - prefixLetters == 3 && !_t[c].Text.Contains('\u0651')
        && !(prefixLetters > 0 && (c == lo || _t[c - 1].Kind == TokenKind.Punctuation));

    /// <summary>يذكر أن، يشار إلى أن (it is noted that): the impersonal passive, nobody's claim.</summary>
    private bool IsImpersonalReport(int c, int hi)
        => _fold[c] is "يذكر" or "ويذكر" or "يشار" or "ويشار" && c + 1 < hi && (IsComplementizer(c + 1) || _fold[c + 1] == "الي");

    /// <summary>The masdars (folded) that report after مضى/ذهب إلى, with the cue each stands for.</summary>
    private static readonly Dictionary<string, CueEntry> s_goingOnMasdars = new(StringComparer.Ordinal)
    {
        ["القول"] = new("قال", ClaimCueKind.Participle, false, null),
        ["التاكيد"] = new("اكد", ClaimCueKind.Participle, false, null),
        ["الاشاره"] = new("اشار", ClaimCueKind.Participle, false, null),
        ["التحذير"] = new("حذر", ClaimCueKind.Participle, false, null),
        ["التشديد"] = new("شدد", ClaimCueKind.Participle, false, null),
    };

    /// <summary>The token of a form of مضى or ذهب (went on, went as far as) within five words before the إلى of إلى القول
    /// or of another masdar of saying (its subject may stand between), or -1.</summary>
    private int GoingOnVerbBefore(int ila)
    {
        for (int k = ila - 1; k >= Math.Max(0, ila - 5) && _t[k].Kind == TokenKind.Word; k--)
        {
            if (WithoutConjunction(k) is "مضي" or "مضت" or "مضوا" or "يمضي" or "تمضي" or "ذهب" or "ذهبت" or "ذهبوا" or "يذهب" or "تذهب") return k;
        }

        return -1;
    }

    /// <summary>A word's folded text without a leading و or ف (when longer than three letters), without allocating.</summary>
    private ReadOnlySpan<char> WithoutConjunction(int k)
        => _fold[k].Length > 3 && _fold[k][0] is '\u0648' or '\u0641' ? _fold[k].AsSpan(1) : _fold[k].AsSpan();

    /// <summary>رفض تأكيد أو نفي …، لم يشأ تأكيد ونفي …: نفي coordinated with the masdar تأكيد is itself the masdar
    /// (denying), which folds like the verb نفى — no denial.</summary>
    private bool IsConfirmOrDenyMasdar(int i, int prefixLetters)
        => _fold[i].Length == prefixLetters + 3 && _fold[i].EndsWith("نفي", StringComparison.Ordinal) && i >= 1
           && (prefixLetters == 1 ? IsConfirmMasdar(i - 1) : i >= 2 && _fold[i - 1] is "او" or "و" && IsConfirmMasdar(i - 2));

    /// <summary>The subject of the verb governing تأكيد أو نفي (رفض، امتنع عن، لم يشأ) becomes the last speaker.</summary>
    private void RememberRefuser(int confirm, int lo)
    {
        for (int v = confirm - 1; v >= Math.Max(lo, confirm - 8); v--)
        {
            if (_t[v].Kind != TokenKind.Word) return;
            if (WithoutConjunction(v) is not ("رفض" or "رفضت" or "رفضوا" or "امتنع" or "امتنعت" or "امتنعوا" or "يرفض" or "ترفض")) continue;
            if (v + 1 < confirm && FindSpeakerAfter(v + 1, confirm, confirm) is { Speaker: { } refuser } found && NamesASource(refuser)) Remember(refuser, found.Type, v);
            return;
        }
    }

    private bool IsConfirmMasdar(int k) => _t[k].Kind == TokenKind.Word && _fold[k] is "تاكيد" or "لتاكيد" or "بتاكيد" or "اثبات" or "لاثبات";

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

    /// <summary>Whether the ما at token m is the relative "what" rather than the negation "did not", for any cue: after
    /// على، حسب، وفق، طبق، كما (على ما أفادت), after سرعان، كثيرا، غالبا، عادة (سرعان ما نفى: was quick to deny), and after a
    /// pronoun or demonstrative (وهو ما اعتبره الخبراء …، وهذا ما أكده الوزير).</summary>
    private bool IsRelativeMaForAnyCue(int m, int lo)
    {
        int p = m - 1;
        return p >= lo && (_fold[p] is "علي" or "حسب" or "بحسب" or "وفق" or "طبق" or "كما" or "سرعان" or "وسرعان" or "كثيرا" or "وكثيرا" or "غالبا" or "وغالبا" or "عاده" or "وعاده"
                           || s_subjectPronouns.Contains(_fold[p]) || IsDemonstrative(p) || _fold[p] is "وهذا" or "وهذه" or "وذلك" or "وتلك");
    }

    /// <summary>Whether the ما at token m is the relative "what" before a verb of saying or characterizing at m + 1 with
    /// its subject after it: after any word but a conjunction or a conditional (في أعقاب ما وصفته الخارجية بـ…، بسبب ما
    /// قالت الشركة إنه …). In news prose the past is negated with لم; a ما after a preposition or a noun heads a relative
    /// clause. A ما opening its sentence or clause (وما قال، ما قال إلا) still negates; so do نادرا ما (rarely) and إذا
    /// ما (if ever), and في ما is فيما (while). Other cues after such a ما mostly take the antecedent as their object
    /// (ما أعلنته الحكومة من إجراءات), no claim. Without a subject (بسبب ما قالت إنه) the speaker is implicit and was
    /// often misread when tried, so that case is left to the negation — except وصف with its object pronoun and بـ at once
    /// (نتيجة ما وصفه بـ«…», after أن too), the current speaker's epithet (RelativeReport).</summary>
    private bool IsRelativeMaBeforeSaying(int m, int lo)
    {
        int p = m - 1;
        if (p < lo || _t[p].Kind != TokenKind.Word || m + 2 >= _t.Length || _t[m + 2].Kind != TokenKind.Word
            || _fold[p] is "و" or "ف" or "ثم" or "لكن" or "ولكن" or "بل" or "اذا" or "واذا" or "لو" or "ولو" or "نادرا" or "ونادرا" or "في"
            || !CueLexicon.TryGet(_fold[m + 1], out var cue) || cue.Kind != ClaimCueKind.Verb)
            return false;
        // (وصف with its object pronoun and its بـ at once has no subject of its own: نتيجة ما وصفه بـ«…»، من أن ما وصفه بـ… —
        // see RelativeReport.)
        if (cue.Lemma == "وصف" && HasObjectPronoun(m + 1) && (IsGluedBa(m + 2) || _fold[m + 2] == "ب")) return true;
        return _fold[p] is not ("ان" or "وان") && cue.Lemma is "قال" or "وصف" or "اعتبر" or "زعم" or "ادعي" or "ادعى" or "سمي" or "سمى"
               && !IsComplementizer(m + 2) && !IsGluedBa(m + 2) && _fold[m + 2] != "ب";
    }

    private bool IsNegated(int i, int lo)
    {
        if (i - 1 >= lo && _t[i - 1].Kind == TokenKind.Word && s_negators.Contains(_fold[i - 1])
            && !(_fold[i - 1] == "ما" && (IsRelativeMaForAnyCue(i - 1, lo) || IsRelativeMaBeforeSaying(i - 1, lo)))) return true;
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
        // (وأعرب الرئيس من واشنطن: «…»: أعرب without عن before a colon and a quotation, D-72.)
        if (cue.NeedsObject is { } needed && !FollowsWithin(c, needed, hi, 24, stopAtContent: true) && !(cue.Lemma == "نقل" && ComplementizerWithin(c, hi, 10))
            && !(cue.Lemma == "اعرب" && ColonQuoteWithin(c, hi, 10)) && !(cue.Lemma == "دعا" && (GluedLamWithin(c, hi, 9) || CommaSetLam(c + 1, hi) is not null))
            && CommaAdjunctBeforePreposition([needed], c + 1, hi) is null) return false;
        // A cue right after a preposition that governs a noun is a masdar (إثر تشدد أنقرة، بعد إعلان …), no verb.
        if (prefixLetters == 0 && c - 1 >= lo && s_nounPrepositions.Contains(_fold[c - 1])) return false;
        // يُعتقد أن، ويُتوقع أن، ويُرجَّح أن: a present verb of opinion followed at once by its complementizer is the
        // impersonal passive, nobody's claim. (ويتوقع بحسب خبراء أن …: so is one before an attribution, which carries the
        // claim — not وقال وفقا لما نقلته الوكالة: «…».)
        if (cue.Kind == ClaimCueKind.Verb && cue.Lemma is "اعتقد" or "توقع" or "رجح" && _fold[c].Length > prefixLetters && _fold[c][prefixLetters] == '\u064A'
            && c + 1 < hi && (IsComplementizer(c + 1) || TryCue(c + 1, out var attributed, out _) && attributed.Kind == ClaimCueKind.Attribution)
            // (Not after a person named as its subject: … إن المبعوث فلان، يعتقد أن ….)
            && !(prefixLetters == 0 && PersonAfterComplementizer(c, lo) is not null))
            return false;
        // كان يكذب حين وعد …، كذب على الناس: كذب without an object is "lied", not كذّب "denied".
        if (cue.Lemma == "كذب" && c + 1 < hi && (IsPunct(c + 1, '.') || IsPunct(c + 1, '؛') || IsClosingQuote(c + 1) || _fold[c + 1] is "فيما" or "عندما" or "حين" or "حينما" or "علي" or "بشان" or "اذ")) return false;
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
        // (A study or report right after أظهر, بيّن or رصد states what its object names: وأظهر التقرير نموا في …، وبينت الدراسة
        // مدى …، ورصد التقرير عددا من الحالات — its findings, D-341.)
        // (Not bare بين, "between": وبين الدراسة والتقرير فرق.)
        bool findings = cue.Lemma is "اظهر" or "بين" or "رصد" && cue.Kind == ClaimCueKind.Verb && FindingsObjectAfter(c, hi)
                        && !(cue.Lemma == "بين" && _fold[c].Length - prefixLetters == 3 && !_t[c].Text.Contains('\u0651'));
        if (cue.Lemma is "تمني" or "لاحظ" or "اظهر" && !findings && !ComplementizerWithin(c, hi, cue.Lemma == "اظهر" ? 10 : 8)) return false;
        // أبرز (highlighted) and أورد (reported) likewise; أجمع (concurred) with على and a complementizer (أجمع الخبراء على
        // أن …), not أجمعوا على مرشح (agreed on).
        // The grammar's further verbs of saying report only with a content marker close after them (CueLexicon).
        if (s_markedOnly.Contains(cue.Lemma) && !ContentMarkerWithin(c, hi, cue.Lemma is "غرد" or "زاد" ? 6 : 10, quotes: cue.Lemma is "روي" or "حكي" or "غرد" or "استذكر" or "شرح" or "زاد", masdar: cue.Lemma is "اوصي" or "نصح"))
            return false;
        // Bare شرح is also the noun "explanation" (إلى شرح من الخبراء عن «…»): the past verb opens its clause (وشرح الوزير:
        // «…»، كما شرح أن …) or follows its subject.
        if (cue.Lemma == "شرح" && prefixLetters == 0 && _fold[c].Length == 3 && c > lo && _t[c - 1].Kind == TokenKind.Word
            && _fold[c - 1] is "الي" or "في" or "من" or "عن" or "علي" or "مع" or "بعد" or "قبل" or "عبر" or "خلال")
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
        // (عادًّا with its tanween or shadda, or before a complementizer: bare عادا after a comma is also "the two returned".)
        if (cue.Lemma == "عد" && cue.Kind == ClaimCueKind.Participle
            && !(prefixLetters == 0 && c > lo && IsComma(c - 1) && (_t[c].Text.Contains('\u064B') || _t[c].Text.Contains('\u0651') || c + 1 < hi && IsComplementizer(c + 1))))
            return false;
        if (IsCountedOrPassiveAdda(c, cue, prefixLetters, hi)) return false;
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
        if (cue.Lemma == "بين" && (!findings && !ComplementizerWithin(c, hi, 8) || IsBetween(c, lo, prefixLetters)))
            return false;
        // الأمر الذي دعا الشركات إلى …، مما دعا النقابة للتدخل: دعا with a fact as subject is "prompted", no call; and
        // دعا X لزيارة / لحضور / إلى مأدبة is an invitation (1.2).
        if (cue.Lemma == "دعا" && cue.Kind == ClaimCueKind.Verb && prefixLetters == 0 && c > lo
            && (_fold[c - 1] is "مما" or "ما" or "وهوما" || s_relativePronouns.Contains(_fold[c - 1]) && c - 2 >= lo && _fold[c - 2] is "الامر" or "الشيء" or "وهو" or "ذلك"))
            return false;
        if (cue.Lemma == "دعا" && InvitationWithin(c, hi)) return false;
        // رصد reports figures or a fact only with a report or a monitoring body right after it, and figures, a
        // complementizer or an event report after that (D-341, D-401): not an actor's "detected".
        // (Bare رصد is also the masdar "monitoring": as a verb only opening its clause — not على رصد اللجنة …; and رصد مبلغا
        // is "allocated" funds.)
        if (cue.Lemma == "رصد" && !(c + 2 < hi && (s_monitors.Contains(StripArticle(_fold[c + 1])) || _entityOf[c + 1] >= 0 && _doc.Entities[_entityOf[c + 1]].Type == EntityType.Organization)
                                   && (findings || FigureWithin(c, hi, 14) || ComplementizerWithin(c, hi, 10) || EventReportWithin(c + 2, Math.Min(hi, c + 6)))
                                   && !(prefixLetters == 0 && _fold[c] == "رصد" && !(c == lo || _t[c - 1].Kind == TokenKind.Punctuation || _fold[c - 1] is "قد" or "كما" or "وقد"))
                                   && !CurrencyWithin(c + 1, Math.Min(hi, c + 8))))
            return false;
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
        if (IsImpersonalReport(c, hi)) return false;

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
        // فنّد is a denial only of claims (فنّد المزاعم، فنّد هذه «الإشاعات»); otherwise it is "set out, explained".
        if (cue.Lemma == "فند" && !DenialObjectFollows(c, hi)) return false;
        // لوّح بيده، لوّح بالعلم: waved a hand or a flag, no threat.
        if (cue.Lemma == "لوح" && WavesSomething(c, hi)) return false;

        return cue.Kind switch
        {
            ClaimCueKind.Attribution => TryAttribution(c, cue, prefixLetters, lo, hi, out resume),
            _ => TryVerbClaim(c, cue, prefixLetters, denial, lo, hi, out resume),
        };
    }

    /// <summary>Whether the first بـ phrase after a form of لوّح names what is waved (a hand, a flag, a sign), not a threat.</summary>
    private bool WavesSomething(int c, int hi)
    {
        for (int k = c + 1; k < Math.Min(hi, c + 10); k++)
        {
            if (!IsGluedBa(k)) continue;
            string what = _fold[k];
            return what.StartsWith("بيد", StringComparison.Ordinal) || what.StartsWith("بايدي", StringComparison.Ordinal)
                   || what is "بالعلم" or "بعلم" or "بالاعلام" or "باعلام" or "بعلامه" or "بعلامات" or "بشاره" or "بالشاره" or "بمنديل" or "بالمنديل";
        }

        return false;
    }

    /// <summary>Whether the statement with this content, speaker key and frame was reported before in the same words;
    /// otherwise it is recorded.</summary>
    private bool IsRepeatedStatement(string content, string key, TextSpan frame)
    {
        ref var reports = ref CollectionsMarshal.GetValueRefOrAddDefault(_statements, (content, key), out bool seen);
        if (!seen)
        {
            reports = (frame, null);
            return false;
        }

        var words = _doc.Text.AsSpan(frame.Start, frame.Length);
        if (words.SequenceEqual(_doc.Text.AsSpan(reports.First.Start, reports.First.Length))) return true;
        if (reports.More is { } more)
        {
            foreach (var other in more)
            {
                if (words.SequenceEqual(_doc.Text.AsSpan(other.Start, other.Length))) return true;
            }
        }

        (reports.More ??= []).Add(frame);
        return false;
    }

    private void AddClaim(TextSpan cueSpan, CueEntry cue, bool denial, ClaimSpeaker speaker, EntityType? speakerType, TextSpan content, int cueToken, TextSpan attribution, int lo)
    {
        // The same statement twice (a headline or paragraph repeated by the page) is one claim: the same speaker and the
        // same words from its cue to its content's end. (A statement the lead reports and the body reports again in its own
        // words — أكد … in the lead, …، مؤكدا أن … later; وصف … بأنها «…» twice with other adjuncts — is two claims.)
        // (The frames are compared in the text, so that nothing but the content is copied.)
        string contentText = _doc.Text.Substring(content.Start, content.Length);
        string key = SpeakerKey(speaker);
        var frame = cueSpan.Start <= content.Start ? TextSpan.FromBounds(cueSpan.Start, content.Start) : TextSpan.FromBounds(content.End, Math.Max(content.End, cueSpan.End));
        if (IsRepeatedStatement(contentText, key, frame))
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
        var ids = MentionedIds(content, speaker.EntityId);
        _claims.Add(new Claim(
            $"C{_claims.Count + 1}",
            speaker,
            new Mention(cueSpan, _doc.Text.Substring(cueSpan.Start, cueSpan.Length)),
            denial ? ClaimPolarity.Denied : ClaimPolarity.Asserted,
            new Mention(content, contentText),
            date,
            source,
            ids)
        {
            CueLemma = cue.Lemma,
            CueKind = cue.Kind,
            SpeakerKey = key,
        });
        // A report inside another claim's content (… أن البعض يقول إن …) does not change who is speaking.
        if (!nested) Remember(speaker, speakerType, cueToken);
    }

    /// <summary>The ids of the entities a content mentions, in document entity order, the speaker's own left out.</summary>
    private ImmutableArray<string> MentionedIds(TextSpan content, string? speakerId)
    {
        var ids = ImmutableArray.CreateBuilder<string>();
        foreach (int e in EntitiesWithin(content))
        {
            if (_doc.Entities[e].Id != speakerId) ids.Add(_doc.Entities[e].Id);
        }

        return ids.ToImmutable();
    }

    /// <summary>The entities with a mention inside the span, in document entity order (a binary search over the mentions
    /// ordered by start, so a claim costs its content's mentions, not the whole document's).</summary>
    private List<int> EntitiesWithin(TextSpan span)
    {
        if (_mentions is null)
        {
            var items = new List<SpanIndex.Item>();
            for (int e = 0; e < _doc.Entities.Length; e++)
            {
                foreach (var m in _doc.Entities[e].Mentions) items.Add(new SpanIndex.Item(m.Span.Start, m.Span.End, e, null));
            }

            _mentions = new SpanIndex([.. items]);
        }

        var found = new List<int>();
        foreach (int k in _mentions.Within(span))
        {
            if (!found.Contains(_mentions.Items[k].Order)) found.Add(_mentions.Items[k].Order);
        }

        found.Sort();
        return found;
    }

    /// <summary>The entity with this id (an index built on first use), or null.</summary>
    private Entity? EntityById(string id)
    {
        if (_entitiesById is null)
        {
            _entitiesById = new(StringComparer.Ordinal);
            foreach (var e in _doc.Entities) _entitiesById.TryAdd(e.Id, e);
        }

        return _entitiesById.GetValueOrDefault(id);
    }

    private string SpeakerKey(ClaimSpeaker speaker)
    {
        string name = speaker.EntityId is { } id ? EntityById(id)!.Name : speaker.Mention.Text;
        return string.Join(' ', s_fold.NormalizeToString(name).Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
