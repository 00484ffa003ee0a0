using Extraction.Arabic.Entities;
using Extraction.Arabic.Text;
using Extraction.Arabic.Tokenization;

namespace Extraction.Arabic.Claims;

// Nominal attributions (بحسب، وفقا لـ، نقلا عن …) and headline claims (Name: statement).
internal sealed partial class ClaimExtractor
{
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

        // The source: up to a comma, a full stop, a colon, a dash (closing a parenthetical: القوات - بحسب قناة «العربية» - قد
        // أحبطت …), a complementizer or a reporting verb (بحسب «رويترز» قال كيري).
        int stop = k;
        while (stop < hi && !IsComma(stop) && !IsPunct(stop, '.') && !IsPunct(stop, ':') && !IsComplementizer(stop) && _t[stop].Text is not ("-" or "\u2013")
               && !(stop > k && IsLiveCue(stop, hi, out var verb) && verb.Kind == ClaimCueKind.Verb))
            stop++;
        var (speaker, type, after) = FindSpeakerAfter(k, stop, hi, gluedPreposition: cue.Lemma == "وفقا ل");
        if (speaker is null) return false;
        // بحسب بيان للوزارة، فإن …، بحسب تقرير صادر عن الأمم المتحدة فإن …: the issuer after a document noun belongs to the
        // source phrase (D-5), not to the content. After an unnamed source the لـ phrase names the one it spoke to (بحسب مصدر
        // قضائي لوكالة الأنباء، فإن …): no part of the source's name, nor of the content.
        // (Only up to a comma, فإن or the sentence's end, over words alone — not a date, a bracket or a reporting verb.)
        if (speaker.EntityId is null && after < stop && (stop == hi || IsComma(stop) || IsComplementizer(stop) || IsPunct(stop, '.'))
            && (IssuerTail(after) || after - 1 > k && _fold[after - 1] == "عن" && _t[after - 1].Span.Start >= speaker.Mention.Span.End)
            && SpeakerHead(speaker, out _) is var sourceHead && (s_sourceHeads.Contains(sourceHead) || s_unnamedHeads.Contains(sourceHead)))
        {
            int tailEnd = after;
            while (tailEnd < stop && _fold[tailEnd] != "فان") tailEnd++;
            int last = tailEnd - 1;
            if (last >= after && WordsOnly(after, tailEnd))
            {
                // (An unnamed person or group speaks to someone; a report or the media are issued by someone.)
                bool spokenTo = s_unnamedHeads.Contains(sourceHead) && sourceHead is not ("تقرير" or "تقارير" or "وسائل" or "اعلام" or "انباء" or "اوساط" or "جهات");
                if (!spokenTo)
                {
                    var span = TextSpan.FromBounds(speaker.Mention.Span.Start, _t[last].Span.End);
                    speaker = new ClaimSpeaker(null, new Mention(span, _doc.Text.Substring(span.Start, span.Length)));
                }

                after = last + 1;
            }
        }

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
        bool covered = false;
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
            int closingDash = c > lo && _t[c - 1].Kind == TokenKind.Punctuation && _t[c - 1].Text is "-" or "–" or "(" ? ClosingDashAt(c, hi, 8) : -1;
            bool parenthetical = closingDash >= 0;
            if (parenthetical && VerbCueBetween(lo, c - 1, hi)) return false;
            // …، بحسب وكالة …: the content precedes — unless a claim of this sentence already covers it (D-71 below). Without a comma
            // before it the phrase must name a source (not مرتبة حسب تاريخ النشر); after one, not a rule (…، وفق نصوص الدستور).
            covered = _claims.Count > 0 && _sentenceOf[FirstTokenAt(_claims[^1].Cue.Span.Start)] == _sentenceOf[c];
            // D-71: after a claim of this sentence, a post-posed attribution after a comma names the source of the clause it
            // closes — a claim of its own when it names a witness, unless it relays (نقل) or names the sentence's speaker again
            // (قال الوزير إن …، بحسب ما ذكر الوزير; ذكر بيان للسفارة …، حسب البيان).
            // (Nor inside that claim's content, as in a quotation left open to the paragraph's end: background.)
            if (covered && (!IsComma(c - 1) || relay || SameSource(speaker, _claims[^1]) || _lastContent.Contains(_t[c].Span) || InsideOpenQuote(_claims[^1].Cue.Span.End, _t[c].Span.Start) || !NamesAWitness(speaker, type))) return false;
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
            if (covered)
            {
                // D-71: after a claim of this sentence, a post-posed attribution covers only the clause it closes.
                int prevCue = FirstTokenAt(_claims[^1].Cue.Span.Start);
                for (int j = last; j > prevCue; j--)
                {
                    if (!IsComma(j)) continue;
                    first = j + 1;
                    break;
                }

                if (first == lo) return false;
                // (The clause it closes leaves an unquoted content of that claim, which then ends before the clause's comma:
                // وأضاف المصدر أن …، حيث نقل الشاب إلى المستشفى …، بحسب مصدر طبي.)
                var previous = _claims[^1].Content.Span;
                if (previous.End > _t[first].Span.Start && previous.Start < _t[first].Span.Start && !IsQuoteToken(FirstTokenAt(previous.Start))
                    && !EndContentBefore(first - 1)) return false;
            }
            while (first < last && _t[first].Kind == TokenKind.Punctuation) first++;
            // (يذكر أن القوات …: the impersonal opener is no part of the content.)
            if (first + 1 < last && IsImpersonalReport(first, hi) && IsComplementizer(first + 1)) first += 2;
            if (last < first) return false;
            content = TextSpan.FromBounds(_t[first].Span.Start, _t[last].Span.End);
            contentEnd = Math.Max(after - 1, c);
            // وكانت القوات - بحسب قناة «العربية» - قد أحبطت …: an attribution set off by dashes inside its clause covers the
            // whole clause, the parenthetical within it.
            if (parenthetical && !covered && closingDash + 1 < hi && LastContentToken(closingDash + 1, hi) is var clauseEnd && clauseEnd > closingDash)
            {
                content = TextSpan.FromBounds(_t[first].Span.Start, _t[clauseEnd].Span.End);
                contentEnd = clauseEnd;
            }
            // The attribution runs to the end of the source and the dates right after it (حسبما صرح السفير مساء أمس).
            int end = Math.Min(hi - 1, Math.Max(after, c + 1));
            while (end < hi - 1 && (IsDateToken(end, out _) || _fold[end] is "مساء" or "صباح" or "ظهر" or "فجر" or "ليله" or "عصر"
                                    || _t[end].Kind == TokenKind.Punctuation && !IsPunct(end, '.'))) end++;
            attribution = TextSpan.FromBounds(_t[c].Span.Start, _t[end].Span.Start);
        }

        var kept = (_lastSpeaker, _lastSpeakerType, _lastSpeakerSentence);
        AddClaim(CueSpan(c, prefixLetters), cue, false, speaker, type, content, c, attribution, lo);
        // (A split attribution does not change who speaks next: قال العطية …، وفقا لإحصائيات المنظمة. وتابع …)
        if (covered) (_lastSpeaker, _lastSpeakerType, _lastSpeakerSentence) = kept;
        resume = contentEnd + 1;
        return true;
    }

    /// <summary>Ends the last claim's content before the comma at <paramref name="comma"/> (its mentioned entities
    /// recomputed); false when nothing of it would be left.</summary>
    private bool EndContentBefore(int comma)
    {
        var last = _claims[^1];
        int end = comma - 1;
        while (end >= 0 && _t[end].Kind == TokenKind.Punctuation && !IsClosingQuote(end)) end--;
        if (end < 0 || _t[end].Span.End <= last.Content.Span.Start) return false;
        var span = TextSpan.FromBounds(last.Content.Span.Start, _t[end].Span.End);
        _claims[^1] = last with { Content = new Mention(span, _doc.Text.Substring(span.Start, span.Length)), EntityIds = MentionedIds(span, last.Speaker.EntityId) };
        _lastContent = span;
        return true;
    }

    /// <summary>Whether a finite reporting verb that is not negated stands in tokens [<paramref name="from"/>, <paramref name="to"/>).</summary>
    private bool VerbCueBetween(int from, int to, int hi)
    {
        for (int j = from; j < to; j++)
        {
            if (IsLiveCue(j, hi, out var verb) && verb.Kind == ClaimCueKind.Verb && !IsNegated(j, from) && !IsImpersonalReport(j, hi)) return true;
        }

        return false;
    }

    /// <summary>The dash or closing bracket that ends the parenthetical opened before <paramref name="c"/> within
    /// <paramref name="window"/> tokens, before the sentence ends; -1 when there is none.</summary>
    private int ClosingDashAt(int c, int hi, int window)
    {
        for (int j = c + 1; j < Math.Min(hi - 1, c + window); j++)
        {
            if (_t[j].Kind == TokenKind.Punctuation && _t[j].Text is "-" or "\u2013" or ")") return j;
        }

        return -1;
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
        // (Counts and estimates: بحسب تعداد للوكالة، وفقا لتقديرات المنظمة.)
        "تعداد", "احصاء", "تقديرات",
        "مجله", "شبكه", "معهد", "مركز", "جمعيه", "نادي", "حزب", "حركه", "تنظيم", "قياده", "برلمان", "محكمه", "نقابه",
        "مجموعه", "شركه", "مؤسسه", "جامعه", "سفاره", "بعثه", "وفد", "محافظه", "بلديه", "امانه", "اتحاد", "وكالات", "دائره", "معارضه", "مقاومه",
        "مديريه", "قوات", "اجهزه", "جهاز", "نيابه", "ادعاء", "اذاعات", "مواقع", "صحيفتا", "مصلحه", "سلطه", "كتله", "ائتلاف",
        "تيار", "تحالف", "جبهه", "حلف", "مسح", "مفوضيه", "مفوضي", "بنك", "صندوق", "ادارات", "هيئات", "لجان", "منظمات",
        // (Official cells, rooms, offices and units: خلية الإعلام الحربي، غرفة العمليات المشتركة، الديوان الملكي، وحدة الرصد.)
        "خليه", "غرفه", "ديوان", "وحده",
        // (Documents: بحسب وثائق قضائية، كشفت وثيقة مسربة.)
        "وثائق", "وثيقه",
        // (Armed and political groups: الحراك الجنوبي، جماعة الحوثي، فصائل المعارضة، الفرع المصري لتنظيم …)
        "جماعه", "حراك", "فصيل", "فصائل", "كتائب", "فرع", "ميليشيا", "مليشيا", "ميليشيات", "مليشيات", "رابطه", "تنسيقيه",
        // (States: الدول الكبرى، الدولة المضيفة.)
        "دول", "دوله",
        // (Plurals of the bodies above, and carriers: الأحزاب الكردية، الشركات المشغلة، الخطوط الجوية، القوى السياسية.)
        "احزاب", "حركات", "جماعات", "شركات", "حكومات", "وزارات", "مؤسسات", "مجالس", "جمعيات", "نقابات", "اتحادات", "خطوط", "قوي",
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

    /// <summary>Whether tokens [from, to) are all words outside any date.</summary>
    private bool WordsOnly(int from, int to)
    {
        for (int j = from; j < to; j++)
        {
            if (_t[j].Kind != TokenKind.Word || IsDateToken(j, out _)) return false;
        }

        return true;
    }

    /// <summary>Whether token k opens the issuer of a document: a glued لـ (للوزارة), or صادر/الصادر/عن (صادر عن الوزارة).</summary>
    private bool IssuerTail(int k)
        => _t[k].Kind == TokenKind.Word && (_fold[k].Length > 3 && _fold[k][0] == '\u0644' && _fold[k] is not ("لكن" or "لذلك" or "لهذا")
                                            || _fold[k] is "صادر" or "الصادر" or "صادره" or "الصادره" or "عن");

    /// <summary>Whether a source phrase names the speaker of a claim again: the same entity, or its head word among the
    /// words from that claim's cue to its content (المرصد after قال مدير المرصد، البيان after ذكر بيان للسفارة).</summary>
    private bool SameSource(ClaimSpeaker source, Claim claim)
    {
        if (source.EntityId is not null && source.EntityId == claim.Speaker.EntityId) return true;
        string head = SpeakerHead(source, out int first);
        if (head.Length < 3) return false;
        int from = Math.Min(claim.Cue.Span.Start, claim.Speaker.Mention.Span.Start);
        int to = Math.Max(claim.Speaker.Mention.Span.End, Math.Min(claim.Content.Span.Start, claim.Cue.Span.End + 200));
        if (to <= from) return false;
        // (An indefinite source with its own qualifier is another one unless named so there too: بحسب مصدر طبي after
        // وأضاف المصدر، the security source.)
        bool twoWords = FirstTokenAt(source.Mention.Span.End - 1) == first + 1;
        string named = source.EntityId is null && twoWords && !_fold[first].StartsWith("ال", StringComparison.Ordinal)
            ? FoldedText(source.Mention.Span.Start, source.Mention.Span.End)
            : head;
        return FoldedText(from, to).Contains(named, StringComparison.Ordinal);
    }

    /// <summary>Whether a quotation opened between two offsets is still open at the second: a « or “ not closed, or an odd
    /// number of straight double quotes.</summary>
    private bool InsideOpenQuote(int from, int to)
    {
        int open = 0, straight = 0;
        foreach (char ch in _doc.Text.AsSpan(from, Math.Max(0, to - from)))
        {
            if (ch is '«' or '\u201C') open++;
            else if (ch is '»' or '\u201D') open = Math.Max(0, open - 1);
            else if (ch == '"') straight++;
        }

        return open > 0 || straight % 2 == 1;
    }

    /// <summary>Whether a source phrase names a witness to an event — a person, a role or an unnamed source (مصدر طبي، أحد
    /// الصحافيين، قائد الشرطة) — rather than an institution, a place or a document, which after a claim mostly relay it.</summary>
    private bool NamesAWitness(ClaimSpeaker speaker, EntityType? type)
    {
        if (speaker.EntityId is not null) return type == EntityType.Person;
        string head = SpeakerHead(speaker, out int first);
        return RoleHead(first) is not null || s_unnamedHeads.Contains(head) || head == "احد"; // (أحد الصحافيين، أحد الشهود)
    }

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
        return RoleHead(first) is not null || s_unnamedHeads.Contains(head) || s_sourceHeads.Contains(head) || IsDualSource(head);
    }

    /// <summary>The dual of a source head or of a party (الحزبان، الجهازان، الطرفان، الجانبان، البلدان): the two speak
    /// together (D-5).</summary>
    private static bool IsDualSource(string head)
    {
        if (head.Length < 5 || !head.EndsWith("ان", StringComparison.Ordinal)) return false;
        string single = head[..^2];
        // (The feminine dual ends in تان for the ة of its singular: اللجنتان، المنظمتان.)
        if (single.EndsWith('ت')) single = single[..^1] + "ه";
        return s_sourceHeads.Contains(single) || single is "طرف" or "جانب" or "بلد" or "دوله" or "حكومه" or "زعيم" or "رئيس" or "وزير";
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
        // (After an abbreviated title opening the line — د. فلان: … — whether or not the sentence splitter cut there.)
        int name = lo;
        if (lo + 2 < nameEnd && _fold[lo] is "د" or "م" && IsPunct(lo + 1, '.')) name = lo + 2;
        else if (start > 2 && _doc.Text[start - 1] == ' ' && _doc.Text[start - 2] == '.' && _doc.Text[start - 3] is 'د' or 'م'
                 && (start == 3 || ArabicChars.Classify(_doc.Text[start - 4]) == CharClass.LineBreak)) start -= 3;
        // (Spaces that indent the line — web pages pad subheadings with them — do not stop it from starting the line.)
        int lineStart = start;
        while (lineStart > 0 && _doc.Text[lineStart - 1] is ' ' or '\t' or '\u00A0') lineStart--;
        if (lineStart > 0 && ArabicChars.Classify(_doc.Text[lineStart - 1]) != CharClass.LineBreak && !(start > 1 && _doc.Text[start - 1] == ' ' && _doc.Text[start - 2] == '>')
            && !AfterHeadlineJoint(start)) return;
        var (speaker, type, _) = FindSpeakerAfter(name, nameEnd, hi, allowBareRole: true);
        // A name, a role (السفير جلالي:) or a speaking institution standing alone before the colon (المرصد:).
        // (الصيد: …، ظريف: …: a surname the recognizer did not tag here, of the one person whose tagged mentions elsewhere in
        // the article end with it.)
        if (speaker is { EntityId: null } && type is null && PersonBySurname(name, nameEnd) is int person)
        {
            var surname = TextSpan.FromBounds(_t[name].Span.Start, _t[nameEnd - 1].Span.End);
            speaker = new ClaimSpeaker(_doc.Entities[person].Id, new Mention(surname, _doc.Text.Substring(surname.Start, surname.Length)));
            type = EntityType.Person;
        }

        // (أهالي البلدة: …، سكان الحي: …: a collective of people labels its shared statement, D-281.)
        if (speaker is null || speaker.EntityId is null && type is null && !LooksLikeName(name, nameEnd)
            && !((s_sourceHeads.Contains(StripArticle(_fold[FirstTokenAt(speaker.Mention.Span.Start)])) || s_collectiveHeads.Contains(StripArticle(_fold[FirstTokenAt(speaker.Mention.Span.Start)]))
                  // (خبير عسكري: …، محللون: …: an unnamed source labels its statement as a named one does.)
                  || s_unnamedHeads.Contains(_fold[FirstTokenAt(speaker.Mention.Span.Start)]))
                 && speaker.Mention.Span.End == _t[nameEnd - 1].Span.End))
            return;
        if (!ContentAfterMarker(colon, hi, out var content, out _, out _)) return;
        var cue = new CueEntry(":", ClaimCueKind.Headline, false, null);
        AddClaim(_t[colon].Span, cue, false, speaker, type, content, colon, new TextSpan(_t[colon].Span.Start, 0), lo);
    }

    /// <summary>Heads of a collective of people who speak together in a headline label (folded, no article).</summary>
    private static readonly HashSet<string> s_collectiveHeads = new(StringComparer.Ordinal) { "اهالي", "سكان", "عائلات", "اسر", "ذوو", "ذوي", "اهل" };

    /// <summary>The index of the one person of the article whose mentions end with the word from <paramref name="lo"/>
    /// to <paramref name="end"/> — or, for two words, whose first mention ending with the second word has the first
    /// right before it — or null when none or several persons' mentions end with that word.</summary>
    private int? PersonBySurname(int lo, int end)
    {
        if (end - lo is < 1 or > 2 || _t[lo].Kind != TokenKind.Word || _t[end - 1].Kind != TokenKind.Word) return null;
        if (_personsBySurname is null)
        {
            // Each person mention's last word → the token ending it, or -1 when two persons' mentions end with it (the
            // words are the document's own folded strings: nothing is allocated per mention).
            _personsBySurname = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int p = 0; p < _t.Length; p++)
            {
                if (_entityOf[p] is not (int e and >= 0) || _doc.Entities[e].Type != EntityType.Person || p + 1 < _t.Length && _entityOf[p + 1] == e && _mentionOf[p + 1] == _mentionOf[p]) continue;
                if (!_personsBySurname.TryGetValue(_fold[p], out int known)) _personsBySurname[_fold[p]] = p;
                else if (known >= 0 && _entityOf[known] != e) _personsBySurname[_fold[p]] = -1;
            }
        }

        // (Two words: the word before that mention's last must be the first of them, within the same entity's tokens.)
        if (!_personsBySurname.TryGetValue(_fold[end - 1], out int at) || at < 0) return null;
        if (end - lo == 2 && !(at > 0 && _entityOf[at - 1] == _entityOf[at] && _fold[at - 1] == _fold[lo])) return null;
        return _entityOf[at];
    }

    /// <summary>The token of لـ in a paper named as addressee right before a headline's colon (فلان لـ«الصحيفة»: …، فلان
    /// ل "سبق": …), or -1.</summary>
    private int PaperAddresseeBefore(int colon, int lo)
    {
        // (Headlines of some papers quote with braces: الوزير لـ {الصحيفة}: …)
        int close = colon - 1;
        bool braces = close > lo && IsPunct(close, '}');
        if (close <= lo || !IsClosingQuote(close) && !braces) return -1;
        for (int q = close - 1; q > lo && q >= close - 5; q--)
        {
            if (braces ? !IsPunct(q, '{') : !IsQuoteToken(q)) continue;
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

    private static readonly CueEntry s_rasada = new("رصد", ClaimCueKind.Verb, false, null);

    /// <summary>Whether token k is a form of رصد (recorded, or the masdar "monitoring"; told apart by the claim's checks),
    /// with or without a conjunction و/ف.</summary>
    private bool RasadaAt(int k, out int prefixLetters)
    {
        static bool Form(ReadOnlySpan<char> w) => w is "رصد" or "رصدت" or "يرصد" or "ترصد" or "رصدوا";
        string f = _fold[k];
        prefixLetters = 0;
        if (f.Length is < 3 or > 6 || f.AsSpan().IndexOf("رصد") < 0) return false;
        prefixLetters = !Form(f) && f.Length > 3 && f[0] is '\u0648' or '\u0641' && Form(f.AsSpan(1)) ? 1 : 0;
        return prefixLetters == 1 || Form(f);
    }

    /// <summary>Reports and monitoring bodies (folded, no article) whose رصد records figures: التقرير، المرصد، اللجنة …</summary>
    private static readonly HashSet<string> s_monitors = new(StringComparer.Ordinal)
    {
        "تقرير", "مرصد", "دراسه", "منظمه", "لجنه", "هيئه", "مركز", "شبكه", "بيان", "مسح", "رابطه", "ائتلاف",
    };

    /// <summary>Studies and reports (folded, no article) whose findings أظهر، بيّن and رصد state with a plain object.</summary>
    private static readonly HashSet<string> s_findingsDocuments = new(StringComparer.Ordinal) { "تقرير", "دراسه", "مسح", "استطلاع" };

    /// <summary>Figures that show findings, definite or not (وتظهر الإحصاءات وجود …، أظهرت نتائج المسح ارتفاع …، أظهرت
    /// قراءة المؤشر تراجعا …).</summary>
    private static readonly HashSet<string> s_findingsFigures = new(StringComparer.Ordinal)
    {
        "احصاءات", "احصائيات", "بيانات", "ارقام", "نتائج", "قراءه", "مؤشر", "مؤشرات",
    };

    /// <summary>Whether the speaker phrase is headed by figures that show findings (نتائج، قراءة، مؤشر …).</summary>
    private bool NamesFindings(ClaimSpeaker speaker) => s_findingsFigures.Contains(SpeakerHead(speaker, out _));

    /// <summary>Whether a study or report (definite, or named by its kind: التقرير الاقتصادي), or figures (definite or not,
    /// with their genitive: نتائج استطلاع للرأي), stand right after the verb at <paramref name="c"/> and a word follows
    /// that is neither a complementizer nor a preposition.</summary>
    private bool FindingsObjectAfter(int c, int hi) => FindingsObjectAt(c, hi) >= 0;

    /// <summary>The first word of the findings after the study or figures that follow the verb at <paramref name="c"/>
    /// (see <see cref="FindingsObjectAfter"/>), or -1.</summary>
    private int FindingsObjectAt(int c, int hi)
    {
        if (c + 2 >= hi) return -1;
        bool figures = s_findingsFigures.Contains(StripArticle(_fold[c + 1]));
        if (!figures && (!_fold[c + 1].StartsWith("ال", StringComparison.Ordinal) || !s_findingsDocuments.Contains(StripArticle(_fold[c + 1])))) return -1;
        int k = c + 2;
        // (Indefinite figures have their genitive: قراءة مؤشر، نتائج استطلاع.)
        if (figures && !_fold[c + 1].StartsWith("ال", StringComparison.Ordinal) && k < hi && _t[k].Kind == TokenKind.Word && _entityOf[k] < 0 && !StartsWithPreposition(k)
            && !IsComplementizer(k) && !TryCue(k, out _, out _)) k++;
        // (Its adjectives: التقرير الاقتصادي الفصلي; and the figures' genitive لـ: قراءة مؤشر لقطاع التصنيع.)
        while (k < hi && k < c + 7 && _t[k].Kind == TokenKind.Word && _entityOf[k] < 0 && (_fold[k].StartsWith("ال", StringComparison.Ordinal) || figures && IsGluedLam(k))) k++;
        return k < hi && _t[k].Kind == TokenKind.Word && !IsComplementizer(k) && !StartsWithPreposition(k) && !IsGluedBa(k)
               && _fold[k] is not ("في" or "من" or "عن" or "علي" or "الي" or "مع" or "كذلك" or "ايضا") ? k : -1;
    }

    /// <summary>Documents whose words جاء في reports (not a resolution or a law, which are normative texts: D-300).</summary>
    private static readonly HashSet<string> s_reportingDocuments = new(StringComparer.Ordinal)
    {
        "بيان", "تقرير", "رساله", "كلمه", "خطاب", "مقال", "تصريح", "تصريحات", "تغريده", "منشور", "مذكره", "وثيقه", "دراسه",
        "تسجيل", "شريط", "برقيه", "افتتاحيه",
    };

    private static readonly CueEntry s_cameIn = new("جاء", ClaimCueKind.Attribution, false, "في");

    /// <summary>وجاء في رسالة الاتحاد أن …، وجاء أيضا في التقرير: «…» — the nominal attribution of the scope: a
    /// document speaks, keyed to its issuer when the phrase names one (بيان للحكومة، رسالة بعث بها الاتحاد). The cue
    /// is the formula with its preposition; the content follows a complementizer, a colon or a quotation within the
    /// document's phrase (D-206, 1.1.3). Not a normative text (جاء في قرار المجلس …, D-300).</summary>
    private bool TryCameIn(int c, int lo, int hi, out int resume)
    {
        resume = c + 1;
        // (ما جاء في التقرير من أن …، كما جاء في البيان: the formula as a noun or a post-posed tag, not a report here.)
        if (c > lo && _fold[c - 1] is "ما" or "مما" or "وما" or "فيما" or "كما" or "بما" or "لما") return false;
        int k = c + 1;
        if (k < hi && _fold[k] is "ايضا" or "كذلك") k++;
        if (k + 1 >= hi || _fold[k] != "في" || !s_reportingDocuments.Contains(StripArticle(_fold[k + 1]))) return false;
        int document = k + 1;
        int marker = -1;
        for (int j = document + 1; j < Math.Min(hi, document + 14); j++)
        {
            if (IsPunct(j, '.') || TryCue(j, out _, out _)) return false;
            // (Not the أن of a temporal clause in the document's phrase: بيان صدر بعد أن اجتمع المجلس ….)
            if (IsComplementizer(j) && _fold[j - 1] is "بعد" or "قبل" or "منذ" or "حتي" or "رغم" or "بمجرد") continue;
            if (IsComplementizer(j) || IsPunct(j, ':') || IsQuoteToken(j) && !IsQuotedName(j, out _))
            {
                marker = j;
                break;
            }
        }

        if (marker < 0 || !ContentAfterMarker(marker, hi, out var content, out int last, out bool quoted)) return false;
        // (The document's phrase ends at a comma or a date: بيان أصدره الجيش، أمس، أن ….)
        int phraseEnd = document + 1;
        while (phraseEnd < marker && !IsComma(phraseEnd) && !IsDateToken(phraseEnd, out _) && _fold[phraseEnd] != "من"
               && !(_t[phraseEnd].Kind == TokenKind.Punctuation && !IsQuoteToken(phraseEnd) && !IsClosingQuote(phraseEnd))) phraseEnd++;
        var phrase = TextSpan.FromBounds(_t[document].Span.Start, _t[phraseEnd - 1].Span.End);
        // (The issuer named in the phrase keys the document: the first organization, person or place in it.)
        string? issuer = null;
        for (int j = document + 1; j < phraseEnd && issuer is null; j++)
        {
            if (_entityOf[j] >= 0 && _doc.Entities[_entityOf[j]].Type is EntityType.Organization or EntityType.Person or EntityType.Location) issuer = _doc.Entities[_entityOf[j]].Id;
        }

        var speaker = new ClaimSpeaker(issuer, new Mention(phrase, _doc.Text.Substring(phrase.Start, phrase.Length)));
        var cueSpan = TextSpan.FromBounds(CueSpan(c, _fold[c].StartsWith('\u0648') ? 1 : 0).Start, _t[k].Span.End);
        if (!quoted) (content, last) = TrimAtNextClause(content, last);
        AddClaim(cueSpan, s_cameIn, false, speaker, issuer is null ? null : EntityById(issuer)?.Type, content, c, TextSpan.FromBounds(_t[c].Span.Start, _t[marker].Span.Start), lo);
        _lastContent = content;
        resume = quoted ? last + 1 : marker + 1;
        return true;
    }

    private static readonly CueEntry s_asPutBy = new("علي حد", ClaimCueKind.Attribution, false, null);

    /// <summary>The latest claim, in this sentence or the one before, whose verb agrees with the pronoun of قوله/قولها/
    /// قولهم (masculine, feminine, plural), or null.</summary>
    private Claim? PronounsSpeaker(string word, int c)
    {
        int wanted = word.EndsWith("ها", StringComparison.Ordinal) ? 1 : word.EndsWith("هم", StringComparison.Ordinal) ? 2 : 0;
        for (int n = _claims.Count - 1; n >= 0; n--)
        {
            int t = FirstTokenAt(_claims[n].Cue.Span.Start);
            if (_sentenceOf[t] < _sentenceOf[c] - 1) break;
            if (_claims[n].CueKind != ClaimCueKind.Verb) continue;
            int gender = _fold[t].EndsWith("وا", StringComparison.Ordinal) || _fold[t].EndsWith("ون", StringComparison.Ordinal) ? 2 : IsFeminineVerb(t) ? 1 : 0;
            if (gender == wanted) return _claims[n];
        }

        return null;
    }

    /// <summary>…، على حد تعبير الوزير / على حد قول مصدر / على حد قوله — a post-posed attribution after a comma (the
    /// issue's scope): the clause before it, from the sentence's start, is the content, and the party named after
    /// قول/تعبير/وصف — or, with a pronoun and nobody else named in the sentence, the speaker of the latest claim in this
    /// sentence or the one before whose verb agrees with the pronoun — speaks. After another claim of the same sentence it is that claim's own tag (1.3):
    /// no second claim.</summary>
    private bool TryAsPutBy(int c, int lo, int hi, out int resume)
    {
        resume = c + 1;
        if (c + 2 >= hi || _fold[c + 1] != "حد" || c - 1 <= lo || !IsComma(c - 1) || HasClaimInSentence(c)) return false;
        string word = _fold[c + 2];
        ClaimSpeaker? speaker;
        EntityType? type = null;
        int after;
        if (word is "قول" or "تعبير" or "وصف")
        {
            var (named, namedType, end) = FindSpeakerAfter(c + 3, Math.Min(hi, c + 12), hi);
            if (named is null || FirstTokenAt(named.Mention.Span.Start) != c + 3 || !(named.EntityId is not null || NamesASource(named))) return false;
            (speaker, type, after) = (named, namedType, end);
        }
        // (With a pronoun, only when the sentence names nobody the pronoun could stand for: … وقعها النائب فلان …، على حد
        // قوله is his, not the last speaker's.)
        else if (word is "قوله" or "قولها" or "قولهم" or "تعبيره" or "تعبيرها" or "تعبيرهم" or "وصفه" or "وصفها" && PersonBefore(c, lo) is null
                 && PronounsSpeaker(word, c) is { } said)
        {
            (speaker, type, after) = (said.Speaker, null, c + 3);
        }
        else
        {
            return false;
        }

        int first = lo;
        while (first < c && _t[first].Kind == TokenKind.Punctuation) first++;
        int last = c - 1;
        while (last > first && _t[last].Kind == TokenKind.Punctuation && !IsClosingQuote(last)) last--;
        // («الوضع خطير»، على حد تعبير …: the whole quotation, without its marks.)
        if (first > lo && IsQuoteToken(first - 1) && IsClosingQuote(last) && ClosingQuote(first - 1) == last) last--;
        if (last <= first) return false;
        var content = TextSpan.FromBounds(_t[first].Span.Start, _t[last].Span.End);
        AddClaim(TextSpan.FromBounds(_t[c].Span.Start, _t[c + 2].Span.End), s_asPutBy, false, speaker, type, content, c, TextSpan.FromBounds(_t[c].Span.Start, _t[Math.Min(after, hi - 1)].Span.End), lo);
        resume = after;
        return true;
    }

    private static readonly CueEntry s_learned = new("علم", ClaimCueKind.Verb, false, null);

    /// <summary>وعلمت «الصحيفة» من مصادر مطلعة أن …: what a paper learned from its sources is their claim — the sources
    /// after من speak, and the content follows the complementizer. Without a source (وعلمت «عكاظ» أن …) the paper reports on
    /// its own: no claim.</summary>
    private bool TryLearnedFrom(int c, int lo, int hi, out int resume)
    {
        resume = c + 1;
        // (The paper: a quoted or bracketed name, or a named organization.)
        int k = c + 1;
        if (k >= hi) return false;
        if (IsQuoteToken(k) && IsQuotedName(k, out int nameEnd)) k = nameEnd + 1;
        else if (IsPunct(k, '(') && k + 2 < hi && IsPunct(k + 2, ')')) k += 3;
        else if (_entityOf[k] is int paper && paper >= 0 && _doc.Entities[paper].Type == EntityType.Organization)
            while (k < hi && _entityOf[k] == paper) k++;
        else return false;
        if (k + 1 >= hi || _fold[k] != "من") return false;
        int marker = -1;
        for (int j = k + 2; j < Math.Min(hi, k + 14); j++)
        {
            if (IsComplementizer(j))
            {
                marker = j;
                break;
            }

            if (IsPunct(j, '.') || IsPunct(j, ':') || TryCue(j, out _, out _)) return false;
        }

        if (marker < 0) return false;
        int sourceEnd = IsComma(marker - 1) ? marker - 1 : marker;
        var (speaker, type, _) = FindSpeakerAfter(k + 1, sourceEnd, hi);
        // (Its own sources, with the paper's pronoun: من مصادرها بالخارجية — the whole phrase up to the complementizer.)
        bool ownSources = _fold[k + 1].StartsWith("مصادر", StringComparison.Ordinal);
        if ((speaker is null || !NamesASource(speaker)) && ownSources && sourceEnd > k + 1)
        {
            var own = TextSpan.FromBounds(_t[k + 1].Span.Start, _t[sourceEnd - 1].Span.End);
            (speaker, type) = (new ClaimSpeaker(null, new Mention(own, _doc.Text.Substring(own.Start, own.Length))), null);
        }

        if (speaker is null || FirstTokenAt(speaker.Mention.Span.Start) != k + 1 || !NamesASource(speaker) && !ownSources) return false;
        if (!ContentAfterMarker(marker, hi, out var content, out int last, out bool quoted)) return false;
        if (!quoted) (content, last) = TrimAtNextClause(content, last, speaker.EntityId);
        AddClaim(CueSpan(c, _fold[c][0] == '\u0648' ? 1 : 0), s_learned, false, speaker, type, content, c, TextSpan.FromBounds(_t[c].Span.Start, _t[marker].Span.Start), lo);
        _lastContent = content;
        resume = quoted ? last + 1 : marker + 1;
        return true;
    }
}
