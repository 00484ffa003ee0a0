using Extraction.Arabic.Entities;
using Extraction.Arabic.Entities.Weapons;
using Extraction.Arabic.Text;
using Extraction.Arabic.Tokenization;

namespace Extraction.Arabic.Claims;

// The frames of the cues: complements, objects, masdars, light verbs and the checks that tell a report from another reading.
internal sealed partial class ClaimExtractor
{
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

    /// <summary>Singular forms of كان and its sisters (يكون، ليس، أصبح، بات، ظل) and of يبدو, whose predicate is
    /// accusative.</summary>
    private static readonly HashSet<string> s_singularKana = new(StringComparer.Ordinal)
    {
        "كان", "كانت", "يكون", "تكون", "ليس", "ليست", "اصبح", "اصبحت", "يصبح", "تصبح", "بات", "باتت", "يبدو", "تبدو", "ظل", "ظلت", "يظل", "تظل",
    };

    private bool IsComma(int k) => IsPunct(k, '،') || IsPunct(k, ',');

    /// <summary>Whether the tokens from <paramref name="first"/> up to the cue <paramref name="c"/> are a person's noun
    /// phrase — the name alone, or a role and the name, without punctuation — with at most a comma after it: the subject
    /// of the cue (… إن المبعوث الأممي فلان، يعتقد أن …). Not a person named inside another phrase (إعلان صادر عن فلان
    /// يؤكد …).</summary>
    private bool PersonHeadsClause(int c, int first)
    {
        int end = c - 1 >= first && IsComma(c - 1) ? c - 2 : c - 1;
        if (end < first || c - first > 12 || _entityOf[end] is not (int e and >= 0) || _doc.Entities[e].Type != EntityType.Person) return false;
        int name = end;
        while (name > first && _entityOf[name - 1] == e) name--;
        // (The role definite and the name in apposition, not its genitive: not مستشار فلان، المتحدث باسم فلان.)
        if (name > first && (RoleHead(first) is null || !_fold[first].StartsWith("ال", StringComparison.Ordinal) || _fold[name - 1] == "باسم")) return false;
        for (int k = first; k <= end; k++)
        {
            if (_t[k].Kind != TokenKind.Word || k < name && _fold[k] is "عن" or "من" or "مع") return false;
        }

        return true;
    }

    /// <summary>The person whose noun phrase, opened by a complementizer, stands right before the cue (إن المبعوث فلان،
    /// يعتقد أن …): the subject of a report inside another's content.</summary>
    private (ClaimSpeaker, EntityType)? PersonAfterComplementizer(int c, int lo)
    {
        for (int q = c - 2; q >= lo && q >= c - 13; q--)
        {
            if (!IsComplementizer(q)) continue;
            if (!PersonHeadsClause(c, q + 1)) return null;
            return EntityEndingAt(IsComma(c - 1) ? c - 2 : c - 1, lo);
        }

        return null;
    }

    /// <summary>A subject before a singular كان (or a sister) right before the verb, opening its clause: الوزير كان يرى
    /// أن …, لكن فلانا ظل يؤكد … (not a genitive: بعد اغتيال فلان كانت تؤكد الحكومة …).</summary>
    private (ClaimSpeaker, EntityType)? SubjectBeforeKana(int c, int lo)
    {
        if (c - 2 < lo || _fold[c - 1] is not ("كان" or "كانت" or "ظل" or "ظلت" or "بات" or "باتت") || SubjectEndingAt(c - 2, lo) is not { } subject) return null;
        int start = FirstTokenAt(subject.Item1.Mention.Span.Start);
        // (Past the person's role or title: لكن الرئيس فلان كان يرى …)
        for (int j = start - 1; j >= lo && j >= start - 4 && _t[j].Kind == TokenKind.Word && (RoleHead(j) is not null || s_titles.Contains(StripArticle(_fold[j]))); j--) start = j;
        return start == lo || IsComma(start - 1) || IsComplementizer(start - 1) || IsClauseOpener(start - 1) || _fold[start - 1] is "لكن" or "ولكن" ? subject : null;
    }

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
            if (IsQuoteToken(k) || IsClosingQuote(k)) continue; // (رفض «الاتهامات»)
            if (_t[k].Kind == TokenKind.Punctuation) return false;
            if (!s_denialObjects.Contains(StripArticle(_fold[k])) && !s_denialObjects.Contains(_fold[k])) continue;
            // (Criticism and a charge are denied only as the object itself — not رفض الرد على الانتقادات، رفض توجيه اتهام.)
            if (StripArticle(_fold[k]) is "انتقادات" or "اتهام" && k - 1 > c && _fold[k - 1] is "علي" or "توجيه" or "الرد" or "رد" or "التعليق" or "تعليق" or "في" or "من" or "عن") continue;
            return true;
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
        // (وأضاف مسهور يقول: «…»: the present of قال right after the verb's subject names the manner as قائلا does.)
        if (k + 1 < hi && k - c <= 6 && _fold[k] is "يقول" or "تقول" or "يقولون" && (IsPunct(k + 1, ':') || IsComplementizer(k + 1) || IsQuoteToken(k + 1))
            && TryCue(c, out var saying, out _) && saying.Kind == ClaimCueKind.Verb && saying.Lemma != "قال" && !saying.Denial && saying.NeedsObject is null)
            return OnlyWordsBetween(c, k);

        // (Beyond six words only قائلا and its forms are tried, so the search for a marker does not look up every word.)
        if (k + 1 >= hi || k - c > 30 || k - c > 6 && !_fold[k].StartsWith("قائل", StringComparison.Ordinal)
            || !TryCue(k, out var p, out int prefix) || prefix != 0 || p.Kind != ClaimCueKind.Participle
            || p.Denial || _fold[k][^1] is not ('\u0627' or '\u0629' or '\u0647')) return false;
        // (After صرّح, which has no object content of its own, قائلا "saying" only marks the content: وصرح ضابط رفض الكشف
        // عن اسمه قائلا «…»، وصرح الوزير للإذاعة ردا على سؤال حول …، قائلا إن … — past the verb's subject and its adjuncts,
        // not past a content, a colon or another report.)
        if (p.Lemma == "قال" && TryCue(c, out var verb, out _) && verb.Lemma == "صرح" && (IsPunct(k + 1, ':') || IsComplementizer(k + 1) || IsQuoteToken(k + 1)))
        {
            for (int j = c + 1; j < k; j++)
            {
                if (IsComplementizer(j) || IsPunct(j, ':') || IsPunct(j, '.')) return false;
                if (AnonymityRequestEnd(j, hi) is int anonymous and >= 0)
                {
                    j = anonymous;
                    continue;
                }

                if (IsQuoteToken(j) && (IsQuotedName(j, out int closing) || IsQuotedComplement(j, out closing)))
                {
                    j = closing;
                    continue;
                }

                if (IsQuoteToken(j) || TryCue(j, out var other, out _) && other.Kind != ClaimCueKind.Attribution) return false;
            }

            return true;
        }

        if (k - c > 6) return false;
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
        return OnlyWordsBetween(c, k);
    }

    /// <summary>Whether only plain words — the verb's subject, no punctuation, complementizer or other cue — stand between
    /// the verb at <paramref name="c"/> and the manner word at <paramref name="k"/>.</summary>
    private bool OnlyWordsBetween(int c, int k)
    {
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
    /// speaker's content, the verb does not agree with the pronoun (المدينة التي قال إن …) — with its content at once; or,
    /// after the relative ما, وصف with its object pronoun and بـ (نتيجة ما وصفه بـ«…»).</summary>
    private bool RelativeReport(int c, int prefixLetters, CueEntry cue, int lo, int hi)
    {
        if (cue.Kind != ClaimCueKind.Verb || prefixLetters != 0 || c - 1 < lo || c + 1 >= hi) return false;
        bool objectSuffix = cue.Lemma is "وصف" or "اعتبر" && HasObjectPronoun(c);
        // (… نتيجة ما وصفه بـ«…»، على ما وصفته بالمخطط …: after the relative ما the speaker's own name for what he speaks of,
        // with its بـ at once — inside his content or after his claim in the sentence (D-387). Not a ما that opens its
        // clause, which negates: IsNegated.)
        if (objectSuffix && cue.Lemma == "وصف" && s_epithetRelatives.Contains(_fold[c - 1]) && _fold[c - 1] is not ("من" or "لمن" or "بمن" or "ممن"))
            return (IsGluedBa(c + 1) || _fold[c + 1] == "ب") && (_lastContent.Contains(_t[c].Span) || HasClaimInSentence(c));
        if (!s_relativePronouns.Contains(_fold[c - 1])) return false;
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

    /// <summary>Whether the sentence opens with a fronted topic (وعن X) that runs, without punctuation, up to the cue — or
    /// with a speech occasion (وفي حديثه …) or a discourse frame (وفي هذا السياق) right before it.</summary>
    private bool FrontedTopic(int lo, int c)
    {
        // (Also a fronted adverbial of the speech occasion: وفي حديثه للتلفزيون قال إن …، وفي كلمته أمام المؤتمر أكد …)
        bool occasion = _fold[lo] is "وفي" or "في" && c - lo >= 2 && c - lo <= 6 && IsSpeechOccasion(lo + 1);
        if (DiscourseFrameBefore(lo, c)) return true;
        if (c - lo < 2 || c - lo > 14 || !s_topicPrepositions.Contains(_fold[lo]) && !occasion) return false;
        for (int k = lo + 1; k < c; k++)
        {
            if (_t[k].Kind == TokenKind.Punctuation || occasion && (s_relativePronouns.Contains(_fold[k]) || TryCue(k, out _, out _) || _entityOf[k] >= 0)) return false;
        }

        return true;
    }

    /// <summary>Nouns of the discourse frame in وفي هذا السياق، وفي ذات الإطار، وفي السياق ذاته، وفي هذا الصدد.</summary>
    private static readonly HashSet<string> s_frameNouns = new(StringComparer.Ordinal) { "السياق", "الاطار", "الصدد", "الشان" };

    /// <summary>Whether the tokens from <paramref name="lo"/> up to the cue are only a discourse frame without punctuation
    /// (وفي هذا السياق أكد …، وفي السياق ذاته أشار …): an adverbial, not the verb's subject.</summary>
    private bool DiscourseFrameBefore(int lo, int c)
    {
        if (_fold[lo] is not ("وفي" or "في") || c - lo is < 2 or > 4) return false;
        int k = lo + 1;
        if (_fold[k] is "هذا" or "ذات" or "نفس") k++;
        if (k >= c || !s_frameNouns.Contains(_fold[k])) return false;
        k++;
        if (k < c && k == lo + 2 && _fold[k] is "ذاته" or "نفسه") k++;
        return k == c;
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
        "انتهاء", "نجاح", "فشل", "ارتفاع", "انخفاض", "تسجيل", "رصد", "وصول", "مقتلهم", "العثور", "استشهاد",
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
        "انشقاق", "انقسام", "تصدع", "توتر", "صفقات", "اتفاقات", "اتفاقيات",
    ];

    /// <summary>Whether the word after the cue's عن (within a few words; a quotation mark skipped) is an indefinite
    /// event report or state of affairs: تحدثت المصادر عن اشتباكات …، تتحدث عن «اتفاق» وشيك.</summary>
    private bool ReportsStateAfterAn(int c, int hi)
    {
        for (int k = c + 1; k < Math.Min(hi - 1, c + 8); k++)
        {
            if (IsComplementizer(k) || IsPunct(k, '.') || IsPunct(k, ':')) return false;
            if (_fold[k] != "عن") continue;
            int w = QuotedWordAt(k + 1, hi);
            if (_t[w].Kind != TokenKind.Word || _entityOf[w] >= 0 || _fold[w].StartsWith("ال", StringComparison.Ordinal) || HasPronounSuffix(w)) return false;
            if (IsEventReport(w) || StartsWithAny(_fold[w], s_stateStems)) return true;
            // (عن مشروع اتفاق، عن مسودة اتفاق: the draft of a state of affairs.)
            if (_fold[w] is "مشروع" or "مسوده" && w + 1 < hi && _t[w + 1].Kind == TokenKind.Word && StartsWithAny(_fold[w + 1], s_stateStems)) return true;

            // (عن اتصالات تجريها الحكومة، عن خطة «جديدة» أعدتها …: an indefinite head with a relative clause whose verb
            // resumes it — something that exists and is reported, not a topic.)
            int v = w + 1;
            if (v < hi && IsQuoteToken(v) && ClosingQuote(v) is int closed && closed > v && closed - v <= 3) v = closed + 1;
            // (The pronoun agrees with the head: عن خطة أعدتها، عن عمل نفذته — and a broken plural takes ها: عن جهود تبذلها.)
            bool feminineHead = _fold[w].EndsWith('\u0647') || _fold[w].EndsWith("ات", StringComparison.Ordinal);
            return v < hi && LooksLikeVerb(v) && _fold[v].Length >= 5
                   && (_fold[v].EndsWith("ها", StringComparison.Ordinal) || !feminineHead && _fold[v].EndsWith('\u0647'));
        }

        return false;
    }

    /// <summary>Nouns (folded stems) of what an announcement brings about rather than reports: أعلن عن هدنة، عن وقف إطلاق
    /// النار، عن حالة الطوارئ، عن الحداد، عن ترشحه، عن افتتاح … (performative, 1.2).</summary>
    private static readonly string[] s_declarationStems =
    [
        "هدنه", "الهدنه", "وقف", "الحرب", "حرب", "حاله", "الطوارئ", "الحداد", "حداد", "ترشح", "افتتاح", "تاسيس", "قيام",
        "استقلال", "افلاس", "اضراب", "الاضراب", "النفير", "التعبئه", "تعبئه", "الجهاد", "تنحي", "استقال", "الاستقاله",
        // appointments and foundings announced are acts too: أعلن تشكيل لجنة، تعيين مدير، انطلاق الحملة … (not the measures
        // D-44 and D-94 count as reported: أعلنت تخصيص مبلغ، إغلاق المراكز، فرض عقوبات، اعتماد برنامج; D-94's أعلنت
        // تشكيل أفواج is one too, but تشكيل is kept here for the committees and governments formed by announcing them)
        "تشكيل", "انطلاق", "اطلاق", "عفو", "العفو", "عطله", "تعيين", "اقاله", "ترشيح", "انسحاب", "انضمام", "تدشين", "تقديم",
    ];

    /// <summary>أعلنت الوزارة تخريج …، أعلن الجيش مواصلة تقدمه، أعلنت موافقتها: a masdar in construct (no article, no
    /// preposition, no name) that is not a declaration or decision (D-35, 1.2).</summary>
    private bool IsAnnouncedFact(int k)
    {
        if (_t[k].Kind != TokenKind.Word || _entityOf[k] >= 0 || IsComplementizer(k) || IsDeclaration(k) || TryCue(k, out _, out _)) return false;
        string w = _fold[k];
        // (التزام begins with the letters of the article: أعلن العبادي التزامه بـ….)
        if (w.StartsWith("ال", StringComparison.Ordinal) && !w.StartsWith("التزام", StringComparison.Ordinal) || StartsWithPreposition(k) || IsGluedBa(k) || w.Length < 4 && w is not ("فرض" or "منع" or "فتح" or "رفع" or "بدء") || IsAccusativeAdverb(k)
            || s_relativePronouns.Contains(w) || s_subjectPronouns.Contains(w) || s_negators.Contains(w)
            || w is "في" or "من" or "عن" or "علي" or "الي" or "مع" or "امس" or "اليوم" or "ايضا" or "رسميا" or "قبل" or "بعد" or "خلال" or "عبر" or "انه" or "انها") return false;
        // (بدء مرحلة الإعمار is a fact announced; بدء الهدنة declares the truce.)
        if (w == "بدء" && k + 1 < _t.Length && _t[k + 1].Kind == TokenKind.Word && IsDeclarationNoun(k + 1)) return false;
        // (… مداهمة 14 منزلا: a count right after the masdar.)
        return k + 1 < _t.Length && _t[k + 1].Kind is TokenKind.Word or TokenKind.Number || HasPronounSuffix(k);
    }

    private bool IsDeclaration(int k) => _entityOf[k] >= 0 || IsDeclarationNoun(k); // أعلن عن اسم …: a name, not a fact

    private bool IsDeclarationNoun(int k) => StartsWithAny(_fold[k], s_declarationStems) && !IsDeedReport(k);

    /// <summary>قيام X بـY (X's carrying out of Y: أعلنت الوزارة قيام أجهزة الأمن بضبط …) reports a deed, not the founding
    /// قيام declares (أعلن قيام دولة): a glued بـ within a few words after it, before any punctuation.</summary>
    private bool IsDeedReport(int k)
    {
        if (_fold[k] != "قيام") return false;
        for (int j = k + 1; j < Math.Min(_t.Length, k + 10); j++)
        {
            if (_t[j].Kind == TokenKind.Punctuation && !IsQuoteToken(j)) return false;
            if (IsGluedBa(j)) return true;
        }

        return false;
    }

    /// <summary>أعلن التنظيم مسؤوليته عن …: the token of a claim of responsibility within a few words after
    /// the speaker (the object is what is asserted), or -1.</summary>
    private int ResponsibilityObject(int k, int hi)
    {
        // (Past an apposition after a quoted name: وأعلنت «ولاية سيناء» الفرع المحلي لتنظيم «داعش» مسؤوليتها عن ….)
        for (int j = k; j < Math.Min(hi, k + 10); j++)
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

    /// <summary>Masdars of cues with a possessive pronoun (folded) and the cue's lemma: جدد دعوته → دعا، كرر الإعراب عن
    /// قلقه → أعرب.</summary>
    private static readonly Dictionary<string, string> s_lightMasdars = BuildLightMasdars();

    private static Dictionary<string, string> BuildLightMasdars()
    {
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (stem, lemma) in new[] { ("دعوت", "دعا"), ("تاكيد", "أكد"), ("مطالبت", "طالب"), ("تحذير", "حذر"), ("نفي", "نفى"), ("اتهام", "اتهم"), ("اعراب", "أعرب"), ("تعبير", "عبر") })
        {
            foreach (string suffix in new[] { "ه", "ها", "هم", "هما" }) d[stem + suffix] = ArabicNormalizer.Default.NormalizeToString(lemma);
        }

        // The definite masdar without a pronoun (كرر التأكيد على …، جدد الدعوة إلى …، جددت المطالبة بـ…).
        foreach (var (masdar, lemma) in new[] { ("التاكيد", "أكد"), ("الدعوه", "دعا"), ("المطالبه", "طالب"), ("التحذير", "حذر"), ("النفي", "نفى"), ("الاعراب", "أعرب"), ("التعبير", "عبر") })
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
        var repeated = new CueEntry("كرر", ClaimCueKind.Verb, false, null, Plural: f.EndsWith("وا", StringComparison.Ordinal) || f.EndsWith("ون", StringComparison.Ordinal));
        // (…، كما كررت المديرة العامة للصندوق فلانة: after its content, كما كرر with the speaker alone is كما قال.)
        // (TryVerbClaim reads that formula; not with a complement of its own: كما كرر الوزير أن …، كما كرر تأكيده على ….)
        if (repeats && prefix == 0 && i - 1 >= lo && _fold[i - 1] is "كما" && !RepeatsAComplement(i, hi))
            return TryVerbClaim(i, repeated, prefix, false, lo, hi, out resume);
        // (A long subject with its allies may stand before the complementizer: كرر النظام، وحلفاؤه في …، أمس، رؤيتهم أن ….)
        for (int m = i + 1; m < Math.Min(hi, i + 16); m++)
        {
            // كرر الوزير أن …، يكرر الحلفاء أن الحوار هو الطريق: كرر (repeated) with a complementizer is itself a verb of saying — not
            // تكرر (recurred), nor before the أن of a temporal clause (كرر اللاعب المحاولة بعد أن أخفق).
            if (repeats && IsComplementizer(m) && !IsAdverbialAn(m)) return TryVerbClaim(i, repeated, prefix, false, lo, hi, out resume);

            if (IsComplementizer(m) || IsPunct(m, '.') || IsPunct(m, ':') || IsQuoteToken(m) || TryCue(m, out _, out _)) return false;
            if (!s_lightMasdars.TryGetValue(_fold[m], out string? lemma)) continue;
            var cue = new CueEntry(lemma, ClaimCueKind.Verb, lemma == ArabicNormalizer.Default.NormalizeToString("نفى"), null);
            return TryVerbClaim(i, cue, prefix, cue.Denial, lo, hi, out resume, lightMasdar: m);
        }

        return false;
    }

    /// <summary>Whether a complementizer, a colon, a quotation or the masdar of a cue follows the light verb at
    /// <paramref name="i"/> within its reach.</summary>
    private bool RepeatsAComplement(int i, int hi)
    {
        for (int m = i + 1; m < Math.Min(hi, i + 16); m++)
        {
            if (IsComplementizer(m) || IsPunct(m, ':') || IsQuoteToken(m) || s_lightMasdars.ContainsKey(_fold[m])) return true;
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
        // (مسؤول، لم يكشف هويته، …: the negated verb of revealing the name says the same.)
        if (k + 3 < hi && _fold[k] == "لم" && _fold[k + 1] is "يكشف" or "تكشف" or "يذكر" or "تذكر" or "يفصح" or "تفصح" or "يكشفوا" or "يذكروا" or "يفصحوا")
        {
            for (int j = k + 2; j < Math.Min(hi, k + 5); j++)
            {
                if (_t[j].Kind != TokenKind.Word) return -1;
                if (_fold[j].StartsWith("اسم", StringComparison.Ordinal) || _fold[j].StartsWith("هويت", StringComparison.Ordinal)) return j;
            }

            return -1;
        }

        if (k + 2 >= hi || _t[k].Kind != TokenKind.Word || !s_anonymityVerbs.Contains(_fold[k])) return -1;
        // (رفض الكشف عن هويته: refusing to reveal it needs no عدم.)
        bool refused = _fold[k].StartsWith("رفض", StringComparison.Ordinal) || _fold[k].StartsWith("رافض", StringComparison.Ordinal);
        if (_fold[k + 1] != "عدم" && !(refused && _fold[k + 1] is "الكشف" or "كشف" or "ذكر" or "الافصاح")) return -1;
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
        // (… ضمن ما يعد خطوة أولى: the passive "is considered", no cue of its own.)
        if (IsCountedOrPassiveAdda(k, cue, prefix, hi)) return false;
        // (… في ختام الحوار بين البلدين "…": the preposition "between" is no cue ending the search for a content.)
        if (cue.Lemma == "بين" && cue.Kind == ClaimCueKind.Verb && IsBetween(k, 0, prefix)) return false;
        // (في مذكرة بحثية، لافتة كبيرة: a participle of the noun's shape right after a word, its content not opening at once,
        // is a noun or an adjective — as the extractor reads it when it is tried as a cue.)
        if (cue.Kind == ClaimCueKind.Participle && prefix == 0 && k > 0 && _t[k - 1].Kind == TokenKind.Word && _fold[k][^1] != '\u0627'
            && !(k + 1 < hi && (IsComplementizer(k + 1) || IsPunct(k + 1, ':') || CueLexicon.ComplementPrepositions(cue.Lemma).Contains(_fold[k + 1]))))
            return false;
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
    /// <summary>Whether an event report (<see cref="IsEventReport"/>) stands at a token from <paramref name="from"/> up to
    /// <paramref name="to"/> (exclusive).</summary>
    private bool EventReportWithin(int from, int to)
    {
        for (int j = from; j < to; j++)
        {
            if (IsEventReport(j)) return true;
        }

        return false;
    }

    /// <summary>Whether a currency noun (<see cref="Numbers.TryCurrency"/>, the money recognizer's own list) stands at a
    /// token from <paramref name="from"/> up to <paramref name="to"/> (رصدت الهيئة 200 مليون دولار: an allocation, not a
    /// record).</summary>
    private bool CurrencyWithin(int from, int to)
    {
        for (int j = from; j < to; j++)
        {
            if (Numbers.TryCurrency(_fold[j], out _) || Numbers.TryCurrency(StripArticle(_fold[j]), out _)) return true;
        }

        return false;
    }

    private bool FigureWithin(int k, int hi, int window)
    {
        for (int j = k + 1; j < Math.Min(hi, k + 1 + window); j++)
        {
            if (_t[j].Kind == TokenKind.Number || _t[j].Text.Any(char.IsDigit)) return true;
            string w = _fold[j];
            if (w is "نحو" or "بنحو" or "حوالي" or "بحوالي" or "قرابه" or "بقرابه" or "بما" || w.Contains("الف", StringComparison.Ordinal) && w.Length <= 6
                || w.Contains("مليون", StringComparison.Ordinal) || w.Contains("مليار", StringComparison.Ordinal) || w.Contains("ملايين", StringComparison.Ordinal)
                // (آلاف، مئات، عشرات: an estimate in round figures — يقدر المسؤولون أن آلافا غادروا …)
                || w is "الاف" or "الافا" or "الالاف" or "بالاف" or "بالالاف" || w.Contains("مئات", StringComparison.Ordinal) || w.Contains("عشرات", StringComparison.Ordinal))
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
        "اقترح", "روي", "حكي", "اوصي", "اخبر", "طمان", "نصح", "اشترط", "اقسم", "جزم", "استنتج", "غرد", "اوحي", "استذكر", "خلص", "شرح", "زاد",
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
        // (and more feelings and attitudes voiced: أبدى تطلعه في أن …، أبدت حرصها على …، أبدى امتعاضه من …)
        "تطلع", "حرص", "اهتمام", "غضب", "امتعاض", "دهش", "تخوف", "تمسك", "اصرار", "انفتاح", "تشكك", "شكوك", "استنكار",
        "رضا", "سعاد", "فخر",
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
        // (… إن المبعوث الأممي فلان، يعتقد أن …: after a person's whole noun phrase, set off by a comma or not.)
        if (PersonHeadsClause(c, first)) return true;
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
        else if (CommaAdjunctBeforePreposition(prepositions, from, hi, CueLexicon.ObjectBeforePreposition(cue.Lemma)) is var (_, afterAdjunct)) k = afterAdjunct;
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
    private (int Start, int Preposition)? CommaAdjunctBeforePreposition(ReadOnlySpan<string> prepositions, int from, int hi, bool objectFirst = false)
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
                // (بضرورة, which the segmenter may keep whole, is ب on a stance masdar.)
                if (prep.Length > 1 && _fold[p] == prep || prep == "ب" && (IsGluedBa(p) || IsBaOnObjectMasdar(p))) return (opener, p);
            }

            // (طالب الوزير، خلال الاجتماع، الحكومة بضرورة …: a verb that takes its addressee first has it after the comma.)
            // (Only for an adjunct right after the speaker: not one closing the object itself — أرجع ذلك إلى … من قبل …، بالإضافة إلى ….)
            // (Nor a new conjunct after the comma, nor after the cue's own بـ: تتهمه بالضلوع في …، والثالثة … بحملة.)
            for (int q = p + 1; objectFirst && (opener <= from + 1 || s_occasionOpeners.Contains(_fold[from])) && _t[p].Kind == TokenKind.Word && _fold[p][0] is not ('\u0648' or '\u0641')
                                && !IsGluedBa(from) && q < Math.Min(hi, p + 5) && _t[q - 1].Kind == TokenKind.Word && !IsComplementizer(q - 1) && !TryCue(q - 1, out _, out _); q++)
            {
                foreach (string prep in prepositions)
                {
                    if (prep.Length > 1 && _fold[q] == prep || prep == "ب" && (IsGluedBa(q) || IsBaOnObjectMasdar(q))) return (opener, p);
                }
            }
        }

        return null;
    }

    /// <summary>A word with the preposition لـ glued to it (للتحرك، لتكثيف), not a name that starts with ل, nor لدى.</summary>
    private bool IsGluedLam(int k)
    {
        var seg = _t[k].Segments;
        // (A rare masdar the segmenter keeps whole for want of lexicon evidence — للتنديد — still opens with لل: the
        // preposition and the article.)
        return _t[k].Kind == TokenKind.Word && _entityOf[k] < 0 && !_fold[k].StartsWith("لدي", StringComparison.Ordinal)
               && (seg.Length >= 2 && seg[0].Kind == SegmentKind.Preposition && _doc.Text[seg[0].Span.Start] == '\u0644'
                   || seg.Length == 1 && _fold[k].Length >= 5 && _fold[k].StartsWith("لل", StringComparison.Ordinal));
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
    /// quoted word in between is passed: دعا جميع "الأطراف" في اليمن لتشكيل …). The words of a person's name do not count
    /// towards the window (دعا وزير الخارجية فلان الفلاني وسائل الإعلام أمس للتعامل …).</summary>
    private bool GluedLamWithin(int k, int hi, int window)
    {
        int limit = Math.Min(hi, k + 1 + window);
        for (int j = k + 1; j < limit; j++)
        {
            if (_entityOf[j] is int e && e >= 0 && _doc.Entities[e].Type == EntityType.Person) limit = Math.Min(hi, limit + 1);
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
        // (بـ«ضرورة …»: the ب standing alone before a quotation of the masdar.)
        if (_fold[k] is "ب" or "بـ" && k + 2 < _t.Length && IsQuoteToken(k + 1) && _t[k + 2].Kind == TokenKind.Word && _entityOf[k + 2] < 0)
            return IsObjectMasdarStem(StripArticle(_fold[k + 2]));
        if (_t[k].Kind != TokenKind.Word || _entityOf[k] >= 0 || _fold[k].Length < 5 || _fold[k][0] != '\u0628') return false;
        return IsObjectMasdarStem(StripArticle(_fold[k][1..]));
    }

    /// <summary>Whether a folded word without its article starts with an event report, stance or state masdar stem.</summary>
    private static bool IsObjectMasdarStem(string w)
        => StartsWithAny(w, s_eventReportStems) || StartsWithAny(w, s_stanceMasdarStems) || StartsWithAny(w, s_stateStems);
}
