using Extraction.Arabic.Entities;
using Extraction.Arabic.Tokenization;

namespace Extraction.Arabic.Claims;

// Who speaks: the subject after or before the cue, implicit and shared subjects, roles resolved to persons.
internal sealed partial class ClaimExtractor
{
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
        bool kana = s_kana.Contains(_fold[opener]), kanaQad = kana && end < c;
        // أن الرئيس أوباما كان قد أبلغ …: with nothing between كان and the verb, the subject stands before كان, after a
        // complementizer or لكن.
        if (kana && start >= end && ClauseOpenerBefore(opener, lo, hi, 20, kanaToo: false) is var before
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

        // (وكان رئيس الوزراء سالم الحداد قد أكد …، وكان فلان الفلاني قد أعلن …: between كان and قد a short phrase of
        // plain words is the whole subject, with a name the recognizer did not tag.)
        bool bracketed = kanaQad && start < end && end - start <= 6 && (speaker is null || speaker.Mention.Span.Start == _t[start].Span.Start)
                         && Enumerable.Range(start, end - start).All(k => _t[k].Kind == TokenKind.Word && !TryCue(k, out _, out _) && !IsComplementizer(k)
                                                                          && !StartsWithPreposition(k) && !IsDateToken(k, out _) && !s_relativePronouns.Contains(_fold[k])
                                                                          && !s_subjectPronouns.Contains(_fold[k]) && !IsDemonstrative(k)
                                                                          && _fold[k] is not ("في" or "من" or "عن" or "علي" or "الي" or "مع" or "خلال" or "بعد" or "قبل" or "منذ"));
        if (bracketed && (speaker is null || after < end))
        {
            var whole = TextSpan.FromBounds(_t[start].Span.Start, _t[end - 1].Span.End);
            speaker = new ClaimSpeaker(speaker?.EntityId, new Mention(whole, _doc.Text.Substring(whole.Start, whole.Length)));
            after = end;
        }

        if (speaker is null) return null;
        // Only adjuncts may stand between the subject and the verb (… قبل ثلاثة أشهر أشار), not another predicate
        // (أن واشنطن تشعر بقلق إزاء تقارير تفيد …) — also the subject's own prepositional modifier, up to a comma (لكن
        // مصدرا بارزا في الجيش في شمال البلاد، أكد …).
        int modifierEnd = after < end && _fold[after] is "في" or "من" or "داخل" or "لدي" ? after + 1 : after;
        while (modifierEnd > after && modifierEnd < end && modifierEnd - after <= 8 && _t[modifierEnd].Kind == TokenKind.Word && !TryCue(modifierEnd, out _, out _) && !IsComplementizer(modifierEnd)) modifierEnd++;
        if (modifierEnd > after && modifierEnd < end && IsComma(modifierEnd)) after = modifierEnd;
        // (وكانت فلانة، العضو في اللجنة، صرحت …: an apposition between commas right before the verb — a longer one
        // between كان and قد, which bracket the subject: وكان النائب فلان، الجمهوري عن ولاية تكساس وله نفوذ واسع في اللجنة، قد أعلن.)
        // (The comma after a person's name may already be consumed with it.)
        int apposition = after > start && IsComma(after - 1) && !IsComma(after) ? after - 1 : after;
        if (apposition + 2 < end && IsComma(apposition) && IsComma(end - 1) && end - 1 - apposition <= (kanaQad ? 16 : 9)
            && Enumerable.Range(apposition + 1, end - apposition - 2).All(k => _t[k].Kind == TokenKind.Word && !TryCue(k, out _, out _) && !IsComplementizer(k) && !s_relativePronouns.Contains(_fold[k])))
            after = end;
        // (… وكالة تاس الرسمية للأنباء ذكرت: a genitive لـ with its adjectives completes the subject's name.)
        if (after < end && IsGluedLam(after) && _fold[after].StartsWith("لل", StringComparison.Ordinal))
        {
            int named = after + 1;
            while (named < end && _t[named].Kind == TokenKind.Word && _fold[named].StartsWith("ال", StringComparison.Ordinal) && IsAdjectiveLike(_fold[named])) named++;
            if (named == end) after = end;
        }

        // (وكان الوزير عبد الكريم سعد قد أعلن: a name the tagger split in two — a second person right after the first —
        // is still the subject's.)
        while (after < end && type == EntityType.Person && _entityOf[after] is int more && more >= 0 && _doc.Entities[more].Type == EntityType.Person) after++;
        // (… السفارة الفرنسية في بيروت أعلنت: the subject's place, one named location, right before the verb.)
        if (after + 1 < end && _fold[after] == "في" && _entityOf[after + 1] is int place && place >= 0 && _doc.Entities[place].Type == EntityType.Location
            && Enumerable.Range(after + 1, end - after - 1).All(k => _entityOf[k] == place))
            after = end;
        // (لكن مصادر رسمية في السفارة نفت …: an unnamed source's place, one or two definite words, right before the verb.)
        if (after + 1 < end && end - after <= 3 && _fold[after] is "في" or "من" or "داخل" or "لدي" && s_unnamedHeads.Contains(StripArticle(_fold[FirstTokenAt(speaker.Mention.Span.Start)]))
            && Enumerable.Range(after + 1, end - after - 1).All(k => _t[k].Kind == TokenKind.Word && _fold[k].StartsWith("ال", StringComparison.Ordinal)))
            after = end;
        for (int k = after; k < end; k++)
        {
            // (An adverb may stand there too: وكانت الدول الثلاث بشكل خاص تعهدت …، وكانت الحكومة بدورها أعلنت ….)
            if (_fold[k] is "بشكل" or "بصوره" && k + 2 == end && _t[k + 1].Kind == TokenKind.Word)
            {
                k++;
                continue;
            }

            if (_t[k].Kind != TokenKind.Punctuation && !IsDateToken(k, out _) && !(_fold[k] is "في" or "خلال" or "منذ" && k + 1 < end && IsDateToken(k + 1, out _))
                && !(s_adverbs.Contains(_fold[k]) && k + 1 == end)) return null;
        }

        int first = FirstTokenAt(speaker.Mention.Span.Start);
        // (An institution speaks too: وكانت الحكومة قد وعدت …; so do both or all of the parties named before:
        // وكان كلاهما حذر من …)
        if (speaker.EntityId is null && !pluralVerb && !bracketed && RoleHead(first) is null && !IsIndefiniteUnnamed(first) && !s_unnamedHeads.Contains(StripArticle(_fold[first]))
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
        // (The antecedent may stand before a comma: الرئيس المصري فلان، الذي أكد أن ….)
        int before = c - 3 >= lo && IsComma(c - 2) ? c - 3 : c - 2;
        int end = before - 1 >= lo && IsClosingQuote(before) ? before - 1 : before;
        if (end >= lo && _entityOf[end] is int named && named >= 0 && _doc.Entities[named].Type is EntityType.Organization or EntityType.Location
            && EntityEndingAt(end, lo) is { } antecedent && FirstTokenAt(antecedent.Item1.Mention.Span.Start) is int first
            && (first == lo || _t[first - 1].Kind == TokenKind.Punctuation || _fold[first - 1] is "من" or "في" or "الي" or "عن" or "مع" or "علي"))
            return antecedent;
        for (int k = before; k >= Math.Max(lo, c - 8); k--)
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

        // (Nor a date: the subject stands before it — وكان الوزير أوائل الشهر الجاري أكد ….)
        if (IsDateToken(k, out _))
        {
            int before = k;
            while (before > lo && IsDateToken(before, out _)) before--;
            return before > lo && before < k && !IsDateToken(before, out _) ? DefiniteSubjectBefore(before + 1, lo) : null;
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

        // (فالإحصاءات الرسمية تقول: the conjunction glued to the head does not make it indefinite — an adjective carries none:
        // in بين الشركة والنقابة والتي أكد … the conjoined words are no noun and adjective.)
        if (!definite || IsAdjectiveLike(StripConjunction(f)) && k - 1 >= lo && _t[k - 1].Kind == TokenKind.Word && !DefiniteBeforeAdjective(k - 1, f)) return null;
        int first = k;
        while (first - 1 >= lo && _t[first - 1].Kind == TokenKind.Word && IsAdjectiveLike(StripConjunction(_fold[first])) && DefiniteBeforeAdjective(first - 1, _fold[first]) && !TryCue(first - 1, out _, out _))
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

    /// <summary>Whether the word at k, before the adjective <paramref name="adjective"/> (folded), is definite — with a
    /// conjunction glued to it only when the adjective has none (فالإحصاءات الرسمية, not والنقابة والتي).</summary>
    private bool DefiniteBeforeAdjective(int k, string adjective)
        => (adjective.StartsWith("ال", StringComparison.Ordinal) ? StripConjunction(_fold[k]) : _fold[k]).StartsWith("ال", StringComparison.Ordinal);

    private static string StripConjunction(string f) => f.Length > 3 && f[0] is '\u0648' or '\u0641' && f.AsSpan(1).StartsWith("ال", StringComparison.Ordinal) ? f[1..] : f;

    /// <summary>Whether only the speaker's trailing words (dates, prepositional phrases) remain in the sentence.</summary>
    private bool RestIsSpeakerOnly(int from, int hi)
    {
        for (int k = from; k < hi; k++)
        {
            if (IsComplementizer(k) || IsPunct(k, ':') || IsQuoteToken(k)) return false;
        }

        // (…، كما قالت البعثة في تقرير صدر هذا الأسبوع: an adjunct of the speech may follow the speaker.)
        int rest = from < hi && _fold[from] is "في" or "خلال" or "عبر" ? SkipAdjunctPhrases(default, from, hi) : from;
        return hi - from <= 6 || hi - rest <= 6 && rest > from;
    }

    /// <summary>After إلا أن / غير أن: a subject of a few words, then an unprefixed denial verb or a reporting verb
    /// with its marker (إلا أن وزارة الدفاع نفت الأمر، غير أن الشهود أكدوا أن …).</summary>
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
    /// <summary>The first token of the clause that opens at <paramref name="lo"/>, past من جهته/من جانبها and past a
    /// fronted linking or temporal phrase up to its comma (من جانب آخر، في سياق متصل، وفي وقت متأخر أمس، …).</summary>
    private int ClauseOpener(int lo, int c)
    {
        int opener = lo;
        while (opener < c && _t[opener].Kind == TokenKind.Punctuation) opener++;
        if (opener + 2 < c && _fold[opener] is "من" or "ومن" && _fold[opener + 1] is "جهته" or "جهتها" or "جهتهم" or "جانبه" or "جانبها" or "جانبهم" or "ناحيته" or "ناحيتها")
        {
            opener += 2;
            while (opener < c && _t[opener].Kind == TokenKind.Punctuation) opener++;
        }
        else if (opener < c && _fold[opener] is "من" or "ومن" or "في" or "وفي" or "الي" or "والي" or "علي" or "وعلي")
        {
            for (int j = opener + 1; j < Math.Min(c - 1, opener + 5); j++)
            {
                // (A date inside the phrase is part of it: وفي وقت متأخر أمس،)
                if (_t[j].Kind != TokenKind.Word && !IsComma(j) || _entityOf[j] >= 0 && !IsDateToken(j, out _)) break;
                if (!IsComma(j)) continue;
                opener = j + 1;
                break;
            }
        }

        return opener;
    }

    /// <summary>The person or organization named right after the verb that opens the sentence before the one at
    /// <paramref name="lo"/> (past a fronted linking or temporal phrase), or null.</summary>
    private (ClaimSpeaker, EntityType?)? PreviousSentenceSubject(int lo)
    {
        if (lo == 0) return null;
        int verb = ClauseOpener(_doc.Sentences[_sentenceOf[lo - 1]].FirstToken, lo);
        return verb + 1 >= lo || !LooksLikeVerb(verb) ? null : NamedSubjectAfter(verb, lo);
    }

    /// <summary>The person or organization named right after a verb that opens the clause past a fronted linking phrase
    /// (من جانبه، رفع فلان التهاني …، وقال: …), or null.</summary>
    private (ClaimSpeaker, EntityType?)? FrontedVerbSubject(int lo, int c)
    {
        int verb = ClauseOpener(lo, c);
        return verb == lo || verb + 1 >= c || !LooksLikeVerb(verb) || TryCue(verb, out _, out _) ? null : NamedSubjectAfter(verb, c);
    }

    /// <summary>The person or organization named right after the verb at <paramref name="verb"/>, within eight words and
    /// before <paramref name="end"/>, or null.</summary>
    private (ClaimSpeaker, EntityType?)? NamedSubjectAfter(int verb, int end)
    {
        var (subject, type, _) = FindSpeakerAfter(verb + 1, Math.Min(end, verb + 8), end);
        return subject is { EntityId: not null } && type is EntityType.Person or EntityType.Organization && FirstTokenAt(subject.Mention.Span.Start) == verb + 1
            ? (subject, type) : null;
    }

    /// <summary>Person and number of a verb form (after <paramref name="prefixLetters"/> conjunction letters): 0 masculine singular, 1 feminine
    /// singular, 2 plural or dual.</summary>
    /// <remarks>(A final alef marks the dual only after three letters: قالا، أكدا — not دعا.)</remarks>
    private int Agreement(int k, int prefixLetters)
    {
        var bare = _fold[k].AsSpan(prefixLetters);
        if (bare.EndsWith("وا", StringComparison.Ordinal) || bare.EndsWith("ون", StringComparison.Ordinal) || bare.Length > 3 && bare[^1] == '\u0627') return 2;
        return bare.Length > 2 && (bare[0] == '\u062A' || bare[^1] == '\u062A') ? 1 : 0;
    }

    /// <summary>The first conjoined past verb of report (وطالب، وعبرت عن، ووعدوا) after the first words of the content from
    /// <paramref name="first"/> to <paramref name="last"/> that agrees with the verb cue at <paramref name="c"/> (with its
    /// <paramref name="prefixLetters"/>) and has no subject named after it, where the speaker is the content's subject — the
    /// pronoun of the complementizer at <paramref name="pronounAt"/> agrees with the cue — or a quotation closes right
    /// before the verb; or -1.</summary>
    private int SelfContinuationIn(int c, int prefixLetters, int pronounAt, int first, int last)
    {
        int person = Agreement(c, prefixLetters);
        if (pronounAt >= 0)
        {
            string pronoun = _fold[pronounAt];
            int own = pronoun.EndsWith("هم", StringComparison.Ordinal) || pronoun.EndsWith("هما", StringComparison.Ordinal) ? 2 : pronoun.EndsWith("ها", StringComparison.Ordinal) ? 1 : 0;
            if (own != person) pronounAt = -1;
        }

        for (int k = first + 2; k < last; k++)
        {
            // (The cheap tests first: a past form after و, of the cue's person, before the lexicon is asked.)
            if (_t[k].Kind != TokenKind.Word || _fold[k].Length < 3 || _fold[k][0] != '\u0648' || _fold[k][1] is '\u064A' or '\u062A' or '\u0646'
                || Agreement(k, 1) != person || !TryCue(k, out var next, out int prefix) || prefix != 1 || next.Kind != ClaimCueKind.Verb || next.Denial || next.FirstPerson)
                continue;
            // (Not before a subject of its own: a name, a role or a source.)
            if (_entityOf[k + 1] >= 0 || RoleHead(k + 1) is not null || NamesSourceAt(k + 1)) continue;
            if (pronounAt >= 0 || IsClosingQuote(k - 1)) return k;
        }

        return -1;
    }

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
        int opener = ClauseOpener(lo, c);
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

    /// <summary>علي written with its dotted ي right before a person the recognizer tagged without it (وقال علي أحمد جنتي):
    /// the first name, not the preposition على it folds to.</summary>
    private bool IsFirstNameAli(int k, int end)
        => _t[k].Text == "\u0639\u0644\u064A" && k + 1 < end && _entityOf[k + 1] is int e && e >= 0 && _doc.Entities[e].Type == EntityType.Person;

    private void Remember(ClaimSpeaker speaker, EntityType? type, int token)
    {
        _lastSpeaker = speaker;
        _lastSpeakerType = type;
        _lastSpeakerSentence = _sentenceOf[token];
    }

    /// <summary>The speaker named in tokens [from, end): a person, an organization or place, a role, or an unnamed source.</summary>
    private (ClaimSpeaker? Speaker, EntityType? Type, int After) FindSpeakerAfter(int from, int end, int hi, bool allowBareRole = false, bool gluedPreposition = false)
    {
        int k = from;
        // Skip what stands between a verb and its subject: dates, commas, adverbs such as أيضا.
        // (and فيه/فيها of a relative clause: التقرير الذي أكد فيه الطبيب …).
        while (k < end && (_t[k].Kind == TokenKind.Punctuation || IsDateToken(k, out _) || s_adverbs.Contains(_fold[k]) || IsResumptiveIn(k))) k++;
        if (k >= end) return (null, null, from);
        // وتابع وهو يتذكر …: a circumstantial clause (و + a subject pronoun) right after the verb; the subject is implicit.
        if (k == from && _fold[k] is "وهو" or "وهي" or "وهم" or "وهما" or "وهن") return (null, null, from);
        // وأوضح ذلك لـ«الصحيفة» مصدر …، أكد ذلك مسؤول …: a demonstrative object (what the paragraph before said) stands before
        // the subject; ذلك المسؤول, with a definite noun after it, is the subject itself.
        if (IsDemonstrativeObject(k, end)) k++;
        // كشف لـ«عكاظ» السفير …: a bare preposition with its quoted complement (the addressee) stands before the subject.
        // (… or in brackets, as some papers write it: أكد لـ(عكاظ) الشيخ فلان.)
        if (_fold[k] is "ل" or "ب" && k + 1 < end && (IsQuoteToken(k + 1) ? ClosingQuote(k + 1) : BracketedNameEnd(k + 1, end) ?? -1) is int addressee && addressee > k + 1)
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
            && _entityOf[k] < 0 && !IsFirstNameAli(k, end))
            return (null, null, from);

        // A person anywhere in the noun phrase wins (مدير الوكالة …، دميتري شوغايف).
        for (int p = k; p < end; p++)
        {
            if (_entityOf[p] is int e && e >= 0 && _doc.Entities[e].Type == EntityType.Person)
            {
                var entity = _doc.Entities[e];
                var mention = entity.Mentions[_mentionOf[p]];
                // (The first name علي the recognizer left out belongs to the mention.)
                if (p == k + 1 && IsFirstNameAli(k, end) && mention.Span.Start == _t[p].Span.Start)
                {
                    var withAli = TextSpan.FromBounds(_t[k].Span.Start, mention.Span.End);
                    mention = new Mention(withAli, _doc.Text.Substring(withAli.Start, withAli.Length));
                }

                int after = p;
                while (after < end && _entityOf[after] == e) after++;
                if (after < hi && (IsPunct(after, '،') || IsPunct(after, ','))) after++;
                return (new ClaimSpeaker(entity.Id, mention), EntityType.Person, after);
            }

            // Nor into the object: an indefinite event report or stance masdar, quoted or not, opens it (أعلن الجيش مقتل
            // فلان، أكدت القيادة «استشهاد» فلان: the person there is spoken of) — after a definite word, a name or an
            // adjective, not as the genitive of a construct chain (قائد معركة تحرير المدينة، اللواء فلان).
            // (Not a coordinated noun of a title — عميد القبول والتسجيل فلان — nor a quoted name of several words: قائد الحملة
            // «تحرير تكريت» الفريق فلان.)
            if (p > k && _entityOf[p] < 0 && IsObjectMasdar(QuotedWordAt(p, end)) && _fold[QuotedWordAt(p, end)][0] != '\u0648'
                && (!IsQuoteToken(p) || p + 2 < end && IsClosingQuote(p + 2))
                && (_fold[p - 1].StartsWith("ال", StringComparison.Ordinal) || _entityOf[p - 1] >= 0 || IsAdjectiveLike(_fold[p - 1]))) break;
            // Not past a clause: a complementizer, a colon, a relative pronoun or a negated verb (المسؤول الذي التقى بوتين).
            if (IsComplementizer(p) || IsPunct(p, ':') || s_relativePronouns.Contains(_fold[p]) || s_negators.Contains(_fold[p])) break;
            // Nor into the complement of عن reporting an event (أعلن الحزب عن إصابة قياديه، فلان …): the person there is spoken
            // of. (Not عن of a role or an issuer: النائب عن الائتلاف فلان، بيان صادر عن مكتب فلان.)
            // (Nor after a role: المسؤول عن رصد الانتهاكات فلان is his title.)
            if (p > k && p + 1 < end && _fold[p] == "عن" && RoleHead(p - 1) is null && !StripArticle(_fold[p - 1]).StartsWith("مسؤول", StringComparison.Ordinal)
                && (IsEventReport(p + 1) || StartsWithAny(_fold[p + 1], s_stateStems))) break;
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
            // (اعترف حزب الله اللبناني بـ…: the definite nisba adjectives after the name belong to the speaker phrase.)
            int described = after;
            while (described < end && _t[described].Kind == TokenKind.Word && _entityOf[described] < 0 && _fold[described].StartsWith("ال", StringComparison.Ordinal)
                   && IsAdjectiveLike(_fold[described]) && !s_relativePronouns.Contains(_fold[described]) && !IsDateToken(described, out _)) described++;
            if (described > after && _t[after - 1].Span.End == mention.Span.End)
            {
                var withAdjectives = TextSpan.FromBounds(mention.Span.Start, _t[described - 1].Span.End);
                mention = new Mention(withAdjectives, _doc.Text.Substring(withAdjectives.Start, withAdjectives.Length));
                after = described;
            }

            // (وكالة الأنباء الوطنية "و أ ن"، …: its quoted abbreviation closes the phrase too.)
            if (after < end && IsQuoteToken(after) && QuotedNameBeforeComma(after, end) is int abbreviation) after = abbreviation + 1;
            // (وأعلنت إيران وألمانيا عن …: two parties of the same kind coordinated speak together; the mention names both,
            // the entity is the first.)
            // (And a list of them: فيتنام وماليزيا والفلبين وبروناي.)
            int joint = after;
            while (joint < end && _entityOf[joint] is int e3 && e3 >= 0 && e3 != _entityOf[joint - 1] && _doc.Entities[e3].Type == entity.Type && _fold[joint][0] == '\u0648'
                   && _t[joint].Span.Start == _doc.Entities[e3].Mentions[_mentionOf[joint]].Span.Start - 1)
            {
                joint++;
                while (joint < end && _entityOf[joint] == e3 && _mentionOf[joint] == _mentionOf[joint - 1]) joint++;
            }

            if (joint > after)
            {
                var all = TextSpan.FromBounds(mention.Span.Start, _t[joint - 1].Span.End);
                return (new ClaimSpeaker(entity.Id, new Mention(all, _doc.Text.Substring(all.Start, all.Length))), entity.Type, joint);
            }

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
        // (An institution named with its لـ complement is one phrase: القيادة العامة للقوات المسلحة.)
        if (InstitutionNameEnd(k, end) is int institutionEnd and > 0) stop = institutionEnd;
        else
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
                       && s_sourceHeads.Contains(_fold[stop]) && _fold[stop] is not ("دول" or "دوله")))
                break;
            // A demonstrative after the head opens the object (وتبنت الجماعة هذا الهجوم).
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
        if (QuotedNameOfHead(k, stop, end) is int named and >= 0)
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

    /// <summary>The closing mark of the quoted name at <paramref name="stop"/> that the noun phrase from <paramref name="k"/>
    /// takes, or -1: تنظيم «داعش»، حركة "حماس" — a naming noun takes the quoted name after it (and the adjectives after
    /// that); a personal title too (الدكتور "العلي").</summary>
    /// <remarks>(وبحسب وكالة "رويترز"، قال …، وكالة الأنباء الوطنية "و أ ن"، …: after the naming head or its adjectives the
    /// name may close the phrase before a comma.)</remarks>
    private int QuotedNameOfHead(int k, int stop, int end)
    {
        if (stop <= k || stop >= end || !IsQuoteToken(stop)) return -1;
        if ((s_namingHeads.Contains(StripArticle(_fold[stop - 1])) || stop == k + 1 && s_titles.Contains(StripArticle(_fold[k]))) && IsQuotedName(stop, out int named))
            return named;
        return s_namingHeads.Contains(StripArticle(StripConjunction(_fold[k]))) && QuotedNameBeforeComma(stop, end) is int closed ? closed : -1;
    }

    /// <summary>The closing mark of a quoted name of one to three words at k that a comma or the phrase's end follows
    /// (وكالة "رويترز"، …), or null.</summary>
    private int? QuotedNameBeforeComma(int k, int end)
    {
        int close = ClosingQuote(k);
        return close - k is < 2 or > 4 || close + 1 > end || close + 1 < end && !IsComma(close + 1) || !AllWords(k + 1, close) ? null : close;
    }

    /// <summary>The closing bracket of a name of one to three words in round brackets opening at k — (عكاظ)، (الشرق الأوسط) —
    /// or null.</summary>
    private int? BracketedNameEnd(int k, int end)
    {
        if (!IsPunct(k, '(')) return null;
        for (int q = k + 1; q < Math.Min(end, k + 5); q++)
        {
            if (IsPunct(q, ')')) return q > k + 1 ? q : null;
            if (_t[q].Kind != TokenKind.Word) return null;
        }

        return null;
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
            // (أعلنت الدول منذ الآن نيتها …: "from now on".)
            else if (_fold[k] == "منذ" && k + 1 < hi && _fold[k + 1] == "الان") k += 2;
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
        int occasion = -1; // the noun of the last adjunct taken, when it names a speech occasion or a meeting
        for (int n = 0; n < 3 && k < hi && _t[k].Kind == TokenKind.Word; n++)
        {
            string f = _fold[k];
            if (own.Contains(f)) break;
            int j;
            // (… في تصريحات إلى «الصحيفة» عن …: إلى with a quoted addressee is an adjunct too.)
            // (… في مؤتمر صحفي مع نظيره …: مع after an adjunct naming a speech occasion or meeting, its partner.)
            if ((s_adjunctPrepositions.Contains(f) || f == "الي" && k + 1 < hi && IsQuoteToken(k + 1) || f == "مع" && occasion >= 0 && k - occasion <= 2) && k + 1 < hi && _entityOf[k] < 0)
            {
                j = k + 1;
                occasion = f != "مع" && j < hi && (IsSpeechOccasion(j) || IsMeeting(j)) ? j : -1;
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
               || folded.EndsWith("يين", StringComparison.Ordinal) || folded.EndsWith("يون", StringComparison.Ordinal)
               // (The dual nisba: الحزبان الرئيسيان، المسؤولان الأمريكيان — not a noun such as الاستبيان.)
               || folded.Length >= 8 && folded.StartsWith("ال", StringComparison.Ordinal) && folded.EndsWith("يان", StringComparison.Ordinal) && folded != "الاستبيان");

    /// <summary>Heads (folded, with the article, as the name requires it) of institutions named with a لـ complement:
    /// القيادة العامة للقوات المسلحة، المفوضية العليا للاجئين، المؤسسة الوطنية للنفط، الهيئة العامة للإحصاء. (Stored
    /// definite so that the speaker scan looks the token up as it is, without cutting a string.)</summary>
    private static readonly HashSet<string> s_institutionHeads = new(new[]
    {
        "قياده", "هيئه", "مفوضيه", "امانه", "لجنه", "مجلس", "اداره", "مديريه", "مكتب", "مركز", "منظمه", "اتحاد", "جمعيه",
        "رابطه", "مؤسسه", "صندوق", "نقابه", "سلطه", "غرفه", "مصلحه", "وكاله", "شركه", "دائره", "جهاز", "رئاسه",
    }.Select(head => "ال" + head), StringComparer.Ordinal);

    /// <summary>The end of an institution's name headed at <paramref name="k"/> with a لـ complement — definite head, at
    /// most two definite adjectives, the لـ noun, its own adjectives and a place glued to بـ (القيادة العامة للقوات البحرية المصرية،
    /// المفوضية العليا للاجئين) — or -1. The لـ noun must be a field institutions are named for; any other is an
    /// addressee or the cue's own complement (قال المكتب للصحفيين، دعت الهيئة للالتزام).</summary>
    private int InstitutionNameEnd(int k, int end)
    {
        if (_entityOf[k] >= 0 || !s_institutionHeads.Contains(_fold[k])) return -1;
        int j = k + 1;
        // (Its own adjectives: no date or relative pronoun — اللجنة الأحد للمواطنين، الهيئة التي ….)
        while (j < end && j < k + 3 && _t[j].Kind == TokenKind.Word && _entityOf[j] < 0 && _fold[j].StartsWith("ال", StringComparison.Ordinal)
               && !IsDateToken(j, out _) && !s_relativePronouns.Contains(_fold[j])) j++;
        if (j >= end || _t[j].Kind != TokenKind.Word || _entityOf[j] >= 0) return -1;
        string w = _fold[j];
        // (Only the fields an institution is named for — not an addressee, للصحيفة، للمواطنين, nor a cue's own لـ: دعت
        // الهيئة للالتزام …)
        // (A field beginning with ل keeps it after the merged article: للاجئين = لـ + اللاجئين.)
        if (!w.StartsWith("لل", StringComparison.Ordinal) || !s_institutionFields.Contains(w[2..]) && !s_institutionFields.Contains(w[1..])) return -1;
        j++;
        // (Then its singular adjectives: للقوات البحرية المصرية — not a plural nisba, which is an object: للجوازات اليمنيين.)
        while (j < end && _t[j].Kind == TokenKind.Word && _entityOf[j] < 0 && _fold[j].StartsWith("ال", StringComparison.Ordinal) && IsAdjectiveLike(_fold[j])
               && !s_relativePronouns.Contains(_fold[j]) && !_fold[j].EndsWith("يين", StringComparison.Ordinal) && !_fold[j].EndsWith("يون", StringComparison.Ordinal)) j++;
        // (And a place glued to the preposition بـ: المركز الإعلامي للمقاومة بعدن — not a name beginning with ب: بريطانيا.)
        if (j < end && _entityOf[j] is int place && place >= 0 && _doc.Entities[place].Type == EntityType.Location
            && _t[j].Segments.Length > 1 && _t[j].Segments[0].Kind == SegmentKind.Preposition && _doc.Text[_t[j].Segments[0].Span.Start] == '\u0628')
            while (j < end && _entityOf[j] == place) j++;
        return j;
    }

    /// <summary>The fields (folded, after لل) that institutions are named for: القيادة العامة للقوات، المفوضية العليا
    /// للاجئين، المؤسسة الوطنية للنفط، المديرية العامة للجوازات.</summary>
    private static readonly HashSet<string> s_institutionFields = new(StringComparer.Ordinal)
    {
        "قوات", "جيش", "شؤون", "احصاء", "لاجئين", "طاقه", "نفط", "امن", "مقاومه", "اغاثه", "جوازات", "ارصاد", "انتخابات",
        "حقوق", "دفاع", "تعليم", "صحه", "تنميه", "استثمار", "اتصالات", "ثوره", "تحالف", "معارضه", "رئاسه", "حكومه", "امم",
        "تجاره", "اقتصاد", "سياحه", "زراعه", "مياه", "كهرباء", "طيران", "نقل", "شرطه", "حرس", "جمارك", "قضاء", "اسكان",
        "ثقافه", "بحوث", "دراسات", "اسرى", "مهجرين", "نازحين", "طفوله", "سكان", "تموين", "مخابرات", "بترول",
    };

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

    /// <summary>The positions of the words that are <paramref name="stem"/> without their article (listed once per stem
    /// and document, without allocating per word).</summary>
    private List<int> WordsWithStem(string stem)
    {
        _wordsByStem ??= new(StringComparer.Ordinal);
        if (_wordsByStem.TryGetValue(stem, out var at)) return at;
        at = [];
        for (int j = 0; j < _t.Length; j++)
        {
            if (_t[j].Kind != TokenKind.Word) continue;
            if (_fold[j].AsSpan(ArticleLength(_fold[j])).SequenceEqual(stem)) at.Add(j);
        }

        return _wordsByStem[stem] = at;
    }

    private static string StripArticle(string w) => ArticleLength(w) is int n and > 0 ? w[n..] : w;

    /// <summary>The letters of the article (ال، وال) at the start of a folded word that has more after it, or 0.</summary>
    private static int ArticleLength(string w)
        => w.StartsWith("ال", StringComparison.Ordinal) && w.Length > 3 ? 2 : w.StartsWith("وال", StringComparison.Ordinal) && w.Length > 4 ? 3 : 0;

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
    /// after it (apposition or title + name), in text order; computed once per role and document, from the positions of
    /// the role's head (found once per head: heads are the role lexicon's words, so a document has few).</summary>
    private List<(int Token, Entity Person)> PersonsNamedAtRole(string head, string? second)
    {
        _rolePersons ??= [];
        if (_rolePersons.TryGetValue((head, second), out var cached)) return cached;
        var found = new List<(int, Entity)>();
        List<int> positions = WordsWithStem(head);
        if (second is not null)
        {
            // (The head's occurrences grouped once by the word after them, so that each pair costs only its own.)
            _wordsByStemPair ??= [];
            if (!_wordsByStemPair.TryGetValue(head, out var byNext))
            {
                _wordsByStemPair[head] = byNext = new Dictionary<string, List<int>>(StringComparer.Ordinal);
                foreach (int i in positions)
                {
                    if (i + 1 >= _t.Length || _t[i + 1].Kind != TokenKind.Word) continue;
                    string next = StripArticle(_fold[i + 1]);
                    if (!byNext.TryGetValue(next, out var at)) byNext[next] = at = [];
                    at.Add(i);
                }
            }

            positions = byNext.TryGetValue(second, out var atPair) ? atPair : [];
        }

        foreach (int i in positions)
        {
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
}
