using Extraction.Arabic.Text;
using Extraction.Arabic.Tokenization;

namespace Extraction.Arabic.Claims;

// Quotations and where a content ends.
internal sealed partial class ClaimExtractor
{
    private static char ClosingMark(char open) => open switch { '«' => '»', '\u201C' => '\u201D', '\u201E' => '\u201D', _ => open };

    /// <summary>Whether token q is the quotation mark <paramref name="close"/> (a straight quote and ″ close each other).</summary>
    private bool IsMark(int q, char close)
    {
        if (_t[q].Kind != TokenKind.Punctuation || _t[q].Text.Length != 1) return false;
        char ch = _t[q].Text[0];
        return ch == close || close == '"' && ch == '\u2033' || close == '\u2033' && ch == '"';
    }

    /// <summary>Token k, or the word after it when k is a quotation mark (عن «استشهاد» أحد الضباط: the quoted word).</summary>
    private int QuotedWordAt(int k, int hi) => IsQuoteToken(k) && k + 1 < hi ? k + 1 : k;

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
        if (closing < 0 || closing - k < 2 || closing - k > 4 || closing + 1 >= _t.Length || _t[closing + 1].Kind != TokenKind.Word || !AllWords(k + 1, closing)) return false;
        return LineEnd(_t[k].Span.End) > _t[closing + 1].Span.Start;
    }

    /// <summary>Whether every token from <paramref name="from"/> up to <paramref name="to"/> is a word.</summary>
    private bool AllWords(int from, int to)
    {
        for (int q = from; q < to; q++)
        {
            if (_t[q].Kind != TokenKind.Word) return false;
        }

        return true;
    }

    /// <summary>A short quoted name (one to three words, closed) right after a preposition, before punctuation
    /// (وقال لـ«الشرق الأوسط»، أمس: …؛ في حديث مع "الوطن"، أن …): the addressee or medium of the statement, not what was
    /// said. Not after ب, whose quoted complement is the content (طالب بـ«…»، وصفه بـ"…").</summary>
    private bool IsQuotedComplement(int k, out int closing)
    {
        closing = -1;
        if (k == 0 || !s_quotePrepositions.Contains(_fold[k - 1])) return false;
        int close = ClosingQuote(k);
        if (close < 0 || close - k < 2 || close - k > 4 || !AllWords(k + 1, close)) return false;
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
    /// after the speaker and an adjunct (وقال الوزير للصحافيين في الميناء "إنها بداية المرحلة" الذي …).</summary>
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

    /// <summary>Ends unquoted content before the next reporting clause: «، مؤكدا …», «، وأضاف …», «وقال إن …» — and
    /// before a coordinated cue whose subject, named right after it, is the speaker <paramref name="speakerId"/> again
    /// (… أن الوضع تحسن وطالب فلان بـ…: he speaks anew, he is not reported), unless the cue mostly takes a person as
    /// object (أبلغ، وعد، دعا …); and, when the content is an object or a prepositional phrase rather than a clause
    /// (<paramref name="objectContent"/>), before a coordinated أعرب/عبّر عن, the same subject voicing a stance anew.</summary>
    private (TextSpan Content, int LastToken) TrimAtNextClause(TextSpan content, int lastToken, string? speakerId = null, bool objectContent = false)
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
                // (… إن المبعوث الأممي فلان، يعتقد أن …: a verb right after the person heading the content is its predicate.)
                boundary = !(next.Kind == ClaimCueKind.Verb && prefix == 0 && PersonHeadsClause(cueAt, first)) && (
                    comma && next.Kind is ClaimCueKind.Participle or ClaimCueKind.Verb or ClaimCueKind.Attribution
                    || !comma && next.Kind == ClaimCueKind.Verb && HasMarkerSoon(cueAt, lastToken)
                       && (prefix > 0 || IsPunct(k - 1, '،') || IsPunct(k - 2, '،') || IsPunct(k - 1, ',') || IsPunct(k - 2, ','))
                    // (دعا الصحفيين للحذر في قضية مراسلين قالت وكالات إنهم اختفوا …: inside an object content, a
                    // verb of report with a source of its own right after it and a complementizer soon opens another report.)
                    // (Not بين, mostly "between": … بين البلدين الجارين، مؤكدا أن ….)
                    || objectContent && !comma && next.Kind == ClaimCueKind.Verb && prefix == 0 && next.Lemma != "بين" && cueAt + 1 <= lastToken && NamesSourceAt(cueAt + 1)
                       && HasMarkerSoon(cueAt, lastToken)
                    // (… مهم للبلدين وقال "لقد عقدنا …": a conjoined verb of saying opening a quotation at once starts the
                    // next statement, where the writer left out the full stop.)
                    || !comma && next.Kind == ClaimCueKind.Verb && prefix > 0 && next.Lemma is "قال" or "اضاف" or "تابع" && cueAt + 2 <= lastToken
                       && IsQuoteToken(cueAt + 1) && !IsQuotedName(cueAt + 1, out _)
                    // (أبدوا ارتياحهم … وعبروا عن امتنانهم …: after an object content, a coordinated أعرب/عبّر عن is the
                    // speaker voicing a stance anew — not inside a clause with its own subject, إن المشاركين أعربوا … وعبروا
                    // …, and not أصرّ على or دعا إلى, which a reported party may do inside the content.)
                    // (So is a coordinated تعهّد with its بـ: أعلن التزامه بـ… وتعهد بالإعلان عن ….)
                    || objectContent && !comma && next.Kind == ClaimCueKind.Verb && prefix > 0 && next.Lemma is "اعرب" or "عبر" && cueAt + 1 <= lastToken && _fold[cueAt + 1] == "عن"
                    || objectContent && !comma && next.Kind == ClaimCueKind.Verb && prefix > 0 && next.Lemma == "تعهد" && cueAt + 1 <= lastToken
                       && (IsGluedBa(cueAt + 1) || _fold[cueAt + 1] is "ب" or "بان" or "بانه" or "بانها")
                    || !comma && next.Kind == ClaimCueKind.Verb && prefix > 0 && speakerId is not null && cueAt + 1 <= lastToken
                       && _entityOf[cueAt + 1] is int named && named >= 0 && _doc.Entities[named].Id == speakerId
                       // (Not a verb whose object is mostly a person, who may be the speaker spoken of: … وأبلغ فلان بقراره.)
                       && next.Lemma is not ("ابلغ" or "وعد" or "حث" or "اتهم" or "هدد" or "توعد" or "ناشد" or "دعا" or "حذر")
                    // … لمصر مشيراً إلى أنها …: a participle whose content opens at once continues without a comma.
                    || !comma && next.Kind == ClaimCueKind.Participle && cueAt + 1 <= lastToken
                       && (IsComplementizer(cueAt + 1) || IsPunct(cueAt + 1, ':') || IsComplementizer(Math.Min(cueAt + 2, lastToken)) && CueLexicon.ComplementPrepositions(next.Lemma).Contains(_fold[cueAt + 1])));
            }
            else
            {
                // … لكن الرئيس ومسؤولي الاتحاد قالوا إن …: a contrastive clause with its own subject and reporting verb.
                boundary = _fold[k] is "لكن" or "ولكن" or "بينما" or "وبينما" or "فيما" or "وفيما" && ReportingVerbAhead(k, lastToken)
                    // …، وهو ما اعتبره المحللون تحولا …: the paper's relative clause reporting another source's view of it.
                    || comma && k + 3 <= lastToken && _fold[k + 1] is "وهو" or "وهي" or "وهذا" && _fold[k + 2] == "ما" && TryCue(k + 3, out var view, out int viewPrefix)
                       && viewPrefix == 0 && view.Kind == ClaimCueKind.Verb
                    // (… بالتساهل مع الجماعات وهو ما تنفيه الحكومة: without the comma, a denial or confirmation whose pronoun resumes it.)
                    || !comma && k + 2 <= lastToken && _fold[k] is "وهو" or "وهي" or "وهذا" && _fold[k + 1] == "ما" && TryCue(k + 2, out var resuming, out int resumingPrefix)
                       && resumingPrefix == 0 && resuming.Lemma is "نفي" or "اكد" && HasObjectPronoun(k + 2)
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
                    // …، على حد قوله: the speaker's own tag closes the content.
                    || comma && k + 3 <= lastToken && _fold[k + 1] == "علي" && _fold[k + 2] == "حد"
                       && _fold[k + 3] is "قول" or "تعبير" or "وصف" or "قوله" or "قولها" or "قولهم" or "تعبيره" or "تعبيرها" or "تعبيرهم" or "وصفه" or "وصفها"
                    // …، وكانت صحيفة «…» ذكرت أن …: a clause with كان, its own subject and a reporting verb.
                    || comma && _fold[k + 1] is "وكان" or "وكانت" && ReportingVerbAhead(k + 1, lastToken, 8)
                    // …، في حين قال الخبير إن …
                    || _fold[k] is "في" or "وفي" && k + 1 < lastToken && _fold[k + 1] == "حين" && ReportingVerbAhead(k, lastToken)
                    // …، في وقت أكد فيه المبعوث أن …، في الوقت الذي حذر فيه …: after a comma, the time's resumptive فيه right
                    // after the verb makes it a clause whatever the subject's length (not في الوقت نفسه، في الوقت الراهن, nor
                    // a time clause of the content without the comma: وقع الانفجار في الوقت الذي تحدث فيه الرئيس).
                    || _fold[k] is "في" or "وفي" && k > first && IsComma(k - 1) && k + 3 <= lastToken && _fold[k + 1] is "وقت" or "الوقت" && (_fold[k + 2] == "الذي" ? k + 3 : k + 2) is int meanwhile
                       && meanwhile + 1 <= lastToken && TryCue(meanwhile, out var timed, out int timedPrefix) && timedPrefix == 0 && timed.Kind == ClaimCueKind.Verb && IsResumptiveIn(meanwhile + 1)
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
}
