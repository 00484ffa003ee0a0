using Extraction.Arabic.Entities;
using Extraction.Arabic.Text;
using Extraction.Arabic.Tokenization;

namespace Extraction.Arabic.Claims;

// A reporting verb's claim: its marker, speaker and content (TryVerbClaim).
internal sealed partial class ClaimExtractor
{
    private bool TryVerbClaim(int c, CueEntry cue, int prefixLetters, bool denial, int lo, int hi, out int resume, int lightMasdar = -1)
    {
        resume = c + 1;
        // ألا ترى أن …، أفلا تعتقد الحكومة أن …: a rhetorical question ("don't you see that …"), no statement.
        if (cue.Kind == ClaimCueKind.Verb && prefixLetters == 0 && _fold[c][0] == '\u062A' && c - 1 >= lo && _fold[c - 1] is "الا" or "افلا") return false;
        // لن يكون تابعا لأحد، كان قائلا: a dual or plural form right after a singular كان or its sisters does not agree with
        // it — it is the accusative predicate (a participle or adjective), not a verb.
        if (cue.Plural && prefixLetters == 0 && c > lo && s_singularKana.Contains(_fold[c - 1])) return false;
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
        int nameClosed = -1; // the closing mark of a quoted name or medium skipped on the way
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
                nameClosed = closing;
                continue;
            }

            // (…، غير أنها نفت …، إلا أن …: an exceptive clause starts here, not the content.)
            if (IsComplementizer(k) && k - 1 > c && _fold[k - 1] is "الا" or "غير") break;
            if (IsComplementizer(k) || IsPunct(k, ':') && !IsClockColon(k)
                // (Also after a dash closing a parenthetical attribution: وقالت الوزارة -بحسب الوكالة- "…".)
                // (… في تصريحات إلى "الوطن" "…": or right after the quoted name of the medium.)
                || IsQuoteToken(k) && (k == c + 1 || (_t[k - 1].Kind is TokenKind.Word or TokenKind.Number || _t[k - 1].Text is "-" or "\u2013" || k - 1 == nameClosed) && (QuoteRunsToSentenceEnd(k, hi) || k - c <= 8 && IsLongQuotation(k)
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
        // (أظهرت نتائج المسح ارتفاع …: the figures end where their findings begin.)
        if (marker < 0 && cue.Lemma is "اظهر" or "بين" && cue.Kind == ClaimCueKind.Verb && FindingsObjectAt(c, hi) is int findingsAt and >= 0) regionEnd = Math.Min(regionEnd, findingsAt);
        // (Where the speaker phrase ends before the marker: SpeakerPhraseEnd; وتبنى تنظيم داعش العملية، تبنت الحركة هذا
        // الهجوم: before the claimed act, with its demonstrative.)
        regionEnd = SpeakerPhraseEnd(cue, c, regionEnd, hi, baEnds: marker < 0 && speakerRegionEnd < 0 && CueLexicon.ComplementPrepositions(cue.Lemma).Contains("ب"));
        if (cue.Lemma == "تبني" && !HasObjectPronoun(c) && ClaimedActWithin(c, hi) is var claimedAct and > 0 && claimedAct > c + 1 && claimedAct < regionEnd)
            regionEnd = IsDemonstrative(claimedAct - 1) && claimedAct - 1 > c + 1 ? claimedAct - 1 : claimedAct;

        ClaimSpeaker? speaker;
        EntityType? speakerType;
        (ClaimSpeaker?, EntityType?, int)? keepLastSpeaker = null;
        int afterSpeaker = c + 1;
        int subjectBefore = -1; // the first token of a subject standing before the cue (its adjuncts date the claim)
        bool implicitSpeaker = false;
        if (cue.Kind == ClaimCueKind.Participle)
        {
            // (مدعين، نافين، داعين after a noun are adjectives — أشخاص داعين للفكر المتطرف —; a circumstantial one follows a comma.)
            if (prefixLetters == 0 && _fold[c] is "مدعين" or "نافين" or "داعين" or "متمنين" or "مبدين" && !(c > lo && IsComma(c - 1))) return false;
            (speaker, speakerType) = ParticipleSpeaker(c, lo);
            // إلى القول after مضى/ذهب: the subject of that verb, before it (آراء تذهب إلى القول) or after it (ومضت المصادر إلى القول).
            if (s_goingOnMasdars.ContainsKey(_fold[c]) && c > lo && _fold[c - 1] == "الي" && GoingOnSubject(c, lo) is { } goingOn) (speaker, speakerType) = goingOn;
            // ولفت إلى أن المتمردين عمدوا إلى …، مدعين أن …: a plural participle does not agree with one person; it continues
            // the plural subject of the clause before it.
            // (The one person stays the last speaker: وأضاف after it is his.)
            if ((speakerType == EntityType.Person || speaker is { EntityId: null } && RoleHead(FirstTokenAt(speaker.Mention.Span.Start)) is not null)
                && _fold[c].EndsWith("ين", StringComparison.Ordinal) && PluralSubjectBefore(c, lo) is { } plural)
                (speaker, speakerType, keepLastSpeaker) = (plural.Item1, plural.Item2, (_lastSpeaker, _lastSpeakerType, _lastSpeakerSentence));
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
            // ولم يستبعد أن …: the conjunction stands on the negator; the verb continues as a prefixed one does.
            bool conjoinedNotRulingOut = cue.Lemma == "استبعد" && prefixLetters == 0 && c > lo && _fold[c - 1] is "ولم" or "فلم";
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

            // أعلنت الجماعة حربًا على …، وقال بلهجة حادة إن …، أن يعلن غدا وبشكل رسمي عن …: a phrase opening with an
            // accusative tanween or a glued بـ is an object or an adverbial, never the subject.
            if (speaker is not null && speaker.EntityId is null && FirstTokenAt(speaker.Mention.Span.Start) is int lead
                // (A glued بـ only before a second word: a one-word phrase may be a name that begins with the letter, باسلمة.)
                && (_t[lead].Text.Contains('\u064B') || IsGluedBa(lead) && speaker.Mention.Span.End > _t[lead].Span.End || ConjoinedBa(lead)))
                (speaker, speakerType, afterSpeaker) = (null, null, c + 1);

            // حذر خبراء من انهيار …، من مغبة …، من أن …: the من of a warning closes an indefinite speaker phrase when a
            // danger follows it (not مسؤولون من الوزارة, "officials from the ministry").
            if (cue.Lemma == "حذر" && speaker is not null && speaker.EntityId is null && WarningMinWithin(FirstTokenAt(speaker.Mention.Span.Start), afterSpeaker) is int min)
            {
                var cut = TextSpan.FromBounds(speaker.Mention.Span.Start, _t[min - 1].Span.End);
                (speaker, afterSpeaker) = (new ClaimSpeaker(null, new Mention(cut, _doc.Text.Substring(cut.Start, cut.Length))), min);
            }

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
            // (So is what a denial denies: يفند شائعات المعارضة.)
            if (speaker is not null && speaker.EntityId is null && (IsObjectMasdar(FirstTokenAt(speaker.Mention.Span.Start))
                    || denial && s_denialObjects.Contains(StripArticle(_fold[FirstTokenAt(speaker.Mention.Span.Start)]))))
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
                && (SubjectEndingAt(c - 1, lo) ?? AppositiveSubject(c, lo) ?? SubjectBeforeAppositionOrAdjunct(c, lo) ?? (speaker is null ? SubjectBeforeKana(c, lo) : null) ?? PersonAfterComplementizer(c, lo)) is { } svo
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
            // (So is a demonstrative phrase, quoted or not: لكن مصادر في السفارة نفت هذه «الإشاعات».)
            if (denial && prefixLetters == 0 && speaker is not null && speaker.EntityId is null && (!NamesASource(speaker) || IsDemonstrative(FirstTokenAt(speaker.Mention.Span.Start))) && c > lo && !pronounSubject
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
            // (After a news agency's section label and an honorific: سياسي / معالي وزير الخارجية يؤكد ….)
            int headline = HeadlineSubjectStart(lo, c);
            if (subjectBefore < 0 && prefixLetters == 0 && c > headline && c - headline <= 6 && !pronounSubject
                && (RoleHead(headline) is not null || s_unnamedHeads.Contains(_fold[headline]) || s_sourceHeads.Contains(StripArticle(_fold[headline])))
                && Enumerable.Range(headline, c - headline).All(k => _t[k].Kind == TokenKind.Word && !TryCue(k, out _, out _) && !IsComplementizer(k)
                                                       && !s_relativePronouns.Contains(_fold[k]) && !s_negators.Contains(_fold[k])))
            {
                var phrase = TextSpan.FromBounds(_t[headline].Span.Start, _t[c - 1].Span.End);
                int personAt = Enumerable.Range(headline, c - headline).FirstOrDefault(k => _entityOf[k] >= 0 && _doc.Entities[_entityOf[k]].Type == EntityType.Person, -1);
                if (personAt >= 0)
                {
                    var entity = _doc.Entities[_entityOf[personAt]];
                    (speaker, speakerType) = (new ClaimSpeaker(entity.Id, entity.Mentions[_mentionOf[personAt]]), EntityType.Person);
                }
                else
                    (speaker, speakerType) = (new ClaimSpeaker(null, new Mention(phrase, _doc.Text.Substring(phrase.Start, phrase.Length))), null);
                afterSpeaker = c + 1;
                subjectBefore = headline;
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
            // (Also with the document's date between: بث التنظيم تسجيلا الأربعاء يهدد فيه ….)
            int document = c - 1;
            while (document > lo && IsDateToken(document, out _) && !IsDocumentNoun(document)) document--;
            // (Also past the occasion of the speech set off by a comma: ألقى كلمة أمام القادة في القمة، أكد فيها ….)
            if (document > lo && IsComma(document) && DocumentBeforeAdjunct(document, lo) is int spoken) document = spoken;
            if ((speaker is null || speaker.EntityId is null && !NamesASource(speaker)) && prefixLetters == 0 && document > lo && IsDocumentNoun(document) && c + 1 < hi
                && IsResumptiveIn(c + 1) && ClauseOpener(lo, c) is int issued && issued + 1 < document && _t[issued].Kind == TokenKind.Word && !TryCue(issued, out _, out _)
                && FindSpeakerAfter(issued + 1, document, hi) is { Speaker: { } issuer } found)
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

            // ورغم تمكن الأهالي من زيارتهم، إلا أنهم عبروا عن …: the pronoun after إلا points to the party of the fronted
            // concessive clause, the genitive of its masdar. (That clause's adjuncts date the conceded event, not the claim.)
            if (speaker is null && prefixLetters == 0 && c - 2 > lo && PronounAfterExceptive(c - 1) && ConcessiveSubject(lo, c - 2, hi) is { } conceded)
                (speaker, speakerType) = conceded;

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
            else if (speaker is null && prefixLetters == 0 && !pronounSubject && !topicFronted && BareNameAfterComplementizer(c, lo) is { } named)
            {
                // وذكرت أن ساجر نفى أن …: a plain word between a complementizer and the verb is the subject of the
                // complementizer's clause, a name the recognizer did not tag — not a noun with a relative clause.
                speaker = named;
                speakerType = null;
                subjectBefore = FirstTokenAt(named.Mention.Span.Start);
            }
            else if (speaker is null && prefixLetters == 0 && c > lo && _t[c - 1].Kind == TokenKind.Word && !IsClauseOpener(c - 1) && !pronounSubject && !topicFronted
                     && !PronounAfterExceptive(c - 1) && !(s_goingOnVerbs.Contains(_fold[c - 1]) && cue.Lemma == "قال") && !conjoinedNotRulingOut)
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
            if (speaker is null && (prefixLetters > 0 || conjoinedNotRulingOut || PronounAfterExceptive(c - 1) && _fold[c - 1].Contains("لكن", StringComparison.Ordinal))
                && !HasClaimInSentence(c) && (OpeningVerbSubject(lo, c, hi, cue.Plural) ?? FrontedVerbSubject(lo, c)) is { } shared)
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
                // تندر الرئيس على المذيع. وقال إن …: with nobody quoted yet, a conjoined verb opening its sentence continues the
                // person or body the sentence before names as its subject. (Not أعلن: وأُعلن عن … is mostly the passive.)
                if (_lastSpeaker is null && prefixLetters > 0 && c == lo && cue.Lemma != "اعلن" && PreviousSentenceSubject(lo) is { } sentenceBefore) (speaker, speakerType) = sentenceBefore;
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
        if (cue.Lemma == "اظهر" && (implicitSpeaker || !NamesASource(speaker) && !NamesFindings(speaker))) return false;
        // (… مشيرا إلى أنه دعا الأطراف إلى …: the speaker's own earlier call, the main predicate of his content, is a claim —
        // not a present one, which is the statement itself: وقال إنه يناشد الأطراف ….)
        if (implicitSpeaker && !relativeReport && _lastContent.Contains(_t[c].Span) && !(pronounSubject && prefixLetters == 0 && _fold[c][0] is not ('\u064A' or '\u062A') && IsMainPredicateOfContent(c))) return false;
        // وأكد "العلي" دعم …: the closing quotation mark of a quoted name belongs to the speaker.
        if (!implicitSpeaker && afterSpeaker < hi && _t[afterSpeaker].Kind == TokenKind.Punctuation && _t[afterSpeaker].Span.Start == speaker.Mention.Span.End
            && IsClosingQuote(afterSpeaker) && FirstTokenAt(speaker.Mention.Span.Start) is int nameStart && nameStart > lo && IsQuoteToken(nameStart - 1))
            afterSpeaker++;

        // ونفى وجود أي صفقة، وأكد ضرورة …: a conjoined verb followed by an indefinite object masdar in construct has that
        // masdar as its object (a state of affairs never speaks), and the last speaker as subject.
        // (The phrase read as the subject may be a name inside that object: وأعلن سقوط فلان.)
        if (!implicitSpeaker && prefixLetters > 0 && cue.Kind == ClaimCueKind.Verb && _lastSpeaker is not null
            && c + 2 < hi && speaker.Mention.Span.Start >= _t[c + 1].Span.Start && _t[c + 2].Kind == TokenKind.Word
            && (IsObjectMasdar(c + 1) || _entityOf[c + 1] < 0 && _fold[c + 1] is "وجود" or "عدم"))
        {
            (speaker, speakerType) = (_lastSpeaker, _lastSpeakerType);
            implicitSpeaker = true;
            afterSpeaker = c + 1;
        }

        // واتهم الرئيس السابق فلان، بأنه …: اتهم takes the accused as its object, so a lone noun phrase right before the
        // charge (بـ) is that object, and the last speaker accuses (a subject comes first: واتهم الوزير المعارضة بـ…).
        int complementFrom = -1;
        if (!denial && cue.Lemma == "اتهم" && cue.Kind == ClaimCueKind.Verb && prefixLetters > 0 && !implicitSpeaker
            // (The verb's own هم is no object pronoun: اتهم، يتهم — اتهمه، اتهمهم have one.)
            && !(HasObjectPronoun(c) && _fold[c][prefixLetters..] is not ("اتهم" or "يتهم" or "تتهم"))
            && _lastSpeaker is not null && c + 1 < hi && speaker.Mention.Span.Start == _t[c + 1].Span.Start
            // (A definite role, its holder and a comma before the charge are one object: واتهم الرئيس السابق فلان، بأنه …;
            // without the comma the name is a second object: وتتهم المعارضة فلان بـ….)
            && (PastNamedAppositive(afterSpeaker, hi) is int holder && holder > afterSpeaker && holder < hi && IsComma(holder) && _fold[c + 1].StartsWith("ال", StringComparison.Ordinal)
                    ? holder + 1
                    : afterSpeaker < hi && IsComma(afterSpeaker) ? afterSpeaker + 1 : afterSpeaker) is int charge
            && charge < hi && (IsGluedBa(charge) || _fold[charge] == "ب") && !s_mannerAdverbials.Contains(_fold[charge]))
        {
            (speaker, speakerType) = (_lastSpeaker, _lastSpeakerType);
            implicitSpeaker = true;
            complementFrom = c + 1;
            marker = c + 1;
        }

        // …، كما أعلن الوزير اليوم: the statement comes before the cue.
        // (Not when the cue's own complement follows: …، كما تناقلت تقارير عن …)
        // (Also …، على ما أفادت محاميته: the same post-posed formula.)
        int formula = c - 1 > lo && _fold[c - 1] == "كما" ? 1 : c - 2 > lo && _fold[c - 1] == "ما" && _fold[c - 2] == "علي" ? 2 : 0;
        // (…، وهو ما تنفيه أنقرة، وهو ما أكده الوزير، وهو ما ألمح إليه فلان: the verb's pronoun resumes the clause before;
        // a denial too, by a party named after it.)
        bool resumed = formula == 0 && prefixLetters == 0 && c - 2 > lo && _fold[c - 1] == "ما" && _fold[c - 2] is "وهو" or "وهي" or "وهذا"
                       && cue.Lemma is "نفي" or "اكد" or "المح" or "اشار" or "عبر"
                       && (HasObjectPronoun(c) || c + 1 < hi && _fold[c + 1] is "اليه" or "عنه" or "عليه")
                       && (speaker.EntityId is not null || NamesASource(speaker) || RoleHead(FirstTokenAt(speaker.Mention.Span.Start)) is not null);
        // (The object-pronoun forms of نفى and أكد report nothing else: وهو ما نفاه الدعم … names no speaker.)
        if (!resumed && formula == 0 && IsPronounForm(c, cue)) return false;
        // (What follows the speaker is no object of the verb then — وهو ما نفته الوزارة بشدة — and a participle after
        // a comma continues on its own: …، مستدلة بـ….)
        if (resumed && !(marker >= 0 && (IsComplementizer(marker) || IsPunct(marker, ':') || IsQuoteToken(marker))))
        {
            formula = 2;
            marker = -1;
        }

        // (Not an indefinite object: …، كما أكد ثبوت تورط الخلية في التخطيط.)
        // (Also inside brackets, the bracket its unit: العجز كبير (دون 7 في المائة كما يقول الصندوق) لكن ….)
        var (unitLo, unitHi) = formula > 0 && marker < 0 ? BracketAround(c, afterSpeaker, lo, hi) : (lo, hi);
        if (resumed && marker < 0 && CommaWithin(afterSpeaker, unitHi, 8) is int speakerEnd) unitHi = speakerEnd;
        if (marker < 0 && (!denial || resumed) && formula > 0 && !implicitSpeaker && RestIsSpeakerOnly(afterSpeaker, unitHi)
            && !(FirstTokenAt(speaker.Mention.Span.Start) == c + 1 && IsIndefiniteNonSource(c + 1))
            && !PrepositionalComplement(cue, afterSpeaker, unitHi, out _, out _))
        {
            int last = c - 1 - formula;
            while (last > unitLo && _t[last].Kind == TokenKind.Punctuation) last--;
            int first = unitLo;
            while (first < last && _t[first].Kind == TokenKind.Punctuation) first++;
            if (last > first)
            {
                var before = TextSpan.FromBounds(_t[first].Span.Start, _t[last].Span.End);
                // (What another speaker said in the clause before is what is denied or confirmed: وأكد كيري أنه …، وهو ما
                // أكده شكري — the content of that claim.)
                if (resumed && _claims.Count > 0 && _claims[^1].Content.Span is var said && said.Length > 0 && said.Start >= before.Start && said.End <= before.End
                    && said.End >= _t[last].Span.Start)
                    before = said;
                AddClaim(CueSpan(c, prefixLetters), cue, resumed && denial, speaker, speakerType, before, c, TextSpan.FromBounds(_t[c].Span.Start, _t[unitHi - 1].Span.End), lo);
                resume = unitHi;
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
            && SkipAdjunctPhrases(cue, SkipAdjuncts(PastSpeakerAside(afterSpeaker, hi), hi), hi) is int reported && reported < hi && (IsEventReport(reported) || IsAnnouncedFact(reported)))
        {
            complementFrom = reported;
            marker = reported;
        }

        // أعلن الوزير عن زيارة …، أعلنت الشرطة عن اعتقال …: أعلن عن announces a fact — unless what follows is a
        // declaration (أعلن عن هدنة، عن حالة الطوارئ: performative, 1.2).
        if (marker < 0 && !denial && cue.Lemma == "اعلن" && cue.Kind == ClaimCueKind.Verb && (implicitSpeaker || subjectBefore >= 0 || NamesASource(speaker))
            && (SkipAdjunctPhrases(cue, SkipAdjuncts(PastSpeakerAside(afterSpeaker, hi), hi), hi) is int skipped && AppositionBeforePreposition(["عن"], skipped, hi) is int appositive ? appositive : skipped) is int about
            && about + 1 < hi && _fold[about] == "عن" && QuotedWordAt(about + 1, hi) is int fact && _t[fact].Kind == TokenKind.Word
            && !IsComplementizer(fact) && !IsDeclaration(fact))
        {
            complementFrom = about + 1;
            marker = about;
        }

        // (ناشد always has an addressee and a request: اللجنة ناشدت المانحين دعمها …)
        // (أحصى، قدّر and حمّل report their object: أحصت اللجنة عشرين خرقا …، قدّر عدد …، حمّل الحكومة مسؤولية …)
        if (marker < 0 && !denial && cue.Kind is ClaimCueKind.Verb or ClaimCueKind.Participle && (cue.Lemma is "اكد" or "توقع" or "اعتبر" or "عد" or "ناشد" or "ابدي" or "احصي" or "قدر" or "حمل" or "كشف" or "استبعد" or "رصد"
                // (A study's findings: وأظهر التقرير نموا في …، وبينت الدراسة مدى ….)
                || cue.Lemma is "اظهر" or "بين" && cue.Kind == ClaimCueKind.Verb && FindingsObjectAfter(c, hi) && !ComplementizerWithin(c, hi, 8)
                // (… وهو ما رأى فيه الحزب محاولة للتهرب …: رأى في X Y, "considered X to be Y", with X a pronoun.)
                || cue.Lemma == "راي" && c + 1 < hi && _fold[c + 1] is "فيه" or "فيها" or "فيهم"
                // (…، مدعيا التزام دمشق بتنفيذ …: ادّعى / زعم with an object masdar, claimed to be the case.)
                || cue.Lemma is "ادعي" or "زعم" && c + 1 < hi && IsObjectMasdar(c + 1))
            // (The participle of اعتبر opening its clause after a comma takes its two objects too: …، معتبرا الزيارة خطوة مهمة.)
            && (cue.Kind == ClaimCueKind.Verb || cue.Lemma is "ابدي" or "اكد" or "قدر" or "ادعي" or "زعم" or "عد" or "حمل" || cue.Lemma == "اعتبر" && c > lo && IsComma(c - 1))
            // (A participle's speaker is the governing clause's, whatever its name looks like: وأكد المعلم …، مدعيا التزام ….)
            && (implicitSpeaker || subjectBefore >= 0 || NamesASource(speaker) || cue.Lemma is "ناشد" or "ابدي" || cue.Kind == ClaimCueKind.Participle
                || cue.Lemma == "اظهر" && NamesFindings(speaker))
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
            // (أكدت القيادة «استشهاد» فلان: an object masdar in quotation marks, which the adjunct skip takes for a name.)
            else if (adjunctFrom + 1 < hi && IsQuoteToken(adjunctFrom) && IsObjectMasdar(adjunctFrom + 1) && cue.Lemma is "اكد" or "كشف" or "توقع" or "استبعد")
            {
                complementFrom = adjunctFrom;
                marker = adjunctFrom;
            }
            else if (k < hi && (_t[k].Kind == TokenKind.Word || _t[k].Kind == TokenKind.Number && cue.Lemma is "رصد" or "احصي") && !IsComplementizer(k) && !TryCue(k, out _, out _) && !StartsWithPreposition(k)
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
            // (كذبت الوزارة، في بيان رسمي، الأنباء: the comma closing the adjunct is no part of the object.)
            while (k < hi && _t[k].Kind == TokenKind.Punctuation && !IsQuoteToken(k)) k++;
            if (k >= hi) return false;
            int last = LastContentToken(k, hi);
            if (last < k) return false;
            content = TextSpan.FromBounds(_t[k].Span.Start, _t[last].Span.End);
            contentEndToken = last;
        }

        if (!quoted) (content, contentEndToken) = TrimAtNextClause(content, contentEndToken, implicitSpeaker ? null : speaker.EntityId, objectContent: complementFrom >= 0);
        // قالت الحركة إنها أسرت …، وطالبت …: when the speaker speaks of itself (the complementizer's pronoun agrees with the
        // verb), a conjoined past verb of report in the same person, with no subject of its own, is the speaker's next
        // statement, not part of this one.
        // (Also after the cue's preposition: أشار إلى أنه …; and after a quotation closing the content's clause: قالت الوزارة
        // إن الاقتراع «لم يكن نزيها» وعبرت عن ….)
        if (!quoted && marker >= 0 && cue.Kind == ClaimCueKind.Verb)
        {
            int selfPronoun = s_pronounComplementizers.Contains(_fold[marker]) ? marker
                : marker + 1 < hi && CueLexicon.ComplementPrepositions(cue.Lemma).Contains(_fold[marker]) && s_pronounComplementizers.Contains(_fold[marker + 1]) ? marker + 1 : -1;
            if (SelfContinuationIn(c, prefixLetters, selfPronoun, FirstTokenAt(content.Start), contentEndToken) is int conjoined and >= 0)
            {
                int end = conjoined - 1;
                while (end > marker && _t[end].Kind == TokenKind.Punctuation && !IsClosingQuote(end)) end--;
                (content, contentEndToken) = (TextSpan.FromBounds(content.Start, _t[end].Span.End), end);
            }
        }

        // (تدعو للتفاؤل، يدعو إلى القلق: "gives cause for" a feeling, no call.)
        if (cue.Lemma == "دعا" && IsCauseForFeeling(FirstTokenAt(content.Start))) return false;
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

        // (…، وفقا لتقرير نشرته الوكالة أمس: a trailing attribution of the report dates it, when nothing between the cue and
        // the content does; a date inside the content dates something else.)
        // (Only a date after a verb of publishing in that phrase, up to its comma: not وفقا لأرقام عام 2014, nor a date in the
        // next clause.)
        if (contentEndToken + 2 < hi && IsComma(contentEndToken + 1) && TryCue(contentEndToken + 2, out var trailing, out _) && trailing.Kind == ClaimCueKind.Attribution
            && !HasDateToken(FirstTokenAt(attribution.Start), c + 1 + (marker >= 0 ? marker - c : afterSpeaker - c - 1))
            && PublishedDateIn(contentEndToken + 3, hi) is int published)
            attribution = TextSpan.FromBounds(_t[published].Span.Start, _t[published].Span.End);

        AddClaim(cueSpan, cue, denial, speaker, speakerType, content, c, attribution, lo);
        if (keepLastSpeaker is var (kept, keptType, keptSentence)) (_lastSpeaker, _lastSpeakerType, _lastSpeakerSentence) = (kept, keptType, keptSentence);
        _lastContent = content;
        // A verb between the cue and its content (in a relative clause of the speaker phrase) is no cue of its own.
        if (content.Start > _t[c].Span.End) _attributionUntil = content.Start;
        // Keep scanning inside unquoted content: a reported report (… أن البعض يقول إن …) is a claim of its own,
        // when it names its own speaker.
        resume = quoted ? contentEndToken + 1 : c + 1;
        if (quoted) TryReportHeadingQuotation(FirstTokenAt(content.Start), contentEndToken);
        return true;
    }

    /// <summary>One plain word, without the article, between a complementizer and the verb at c (وذكرت أن ساجر نفى أن …):
    /// the subject of the complementizer's clause, a name the recognizer did not tag — not a pronoun, a negation, كان (… أن
    /// كان أكد …: the subject is the sentence's), a date, a cue or a word that never speaks; or null.</summary>
    private ClaimSpeaker? BareNameAfterComplementizer(int c, int lo)
    {
        int k = c - 1;
        if (k - 1 < lo || !IsComplementizer(k - 1) || _t[k].Kind != TokenKind.Word) return null;
        string f = _fold[k];
        if (f.StartsWith("ال", StringComparison.Ordinal) || f.Length < 3 || s_subjectPronouns.Contains(f) || s_negators.Contains(f) || s_relativePronouns.Contains(f) || s_kana.Contains(f)
            || IsDateToken(k, out _) || TryCue(k, out _, out _) || IsComplementizer(k) || s_nonSpeakers.Contains(f) || IsDemonstrative(k) || s_adverbs.Contains(f)
            || StartsWithPreposition(k))
            return null;
        return new ClaimSpeaker(null, new Mention(_t[k].Span, _t[k].Text));
    }

    /// <summary>A quotation whose main predicate is a report of a third party — إن «هؤلاء المتهمين اعترفوا بتلقي …»، أن
    /// "إيران أبدت استعدادا …" — holds a claim of its own (the reported report of unquoted content, D-446): a past verb of
    /// report within the quotation's first six words, after its subject or before a named one, read inside the quotation.
    /// (A present one is mostly the speaker's own voice for his side, أن "بلادنا تحذر من …" (D-289), or a
    /// passive, «يعتبر القائد الجديد رجل المرحلة».) The quotation stays the quoting speaker's content, and the scan goes on
    /// after it.</summary>
    private void TryReportHeadingQuotation(int first, int close)
    {
        for (int j = first; j < Math.Min(close, first + 6); j++)
        {
            // (Only a subject before the verb: not a negation, a question or a condition — «لو اعتقد أحد أن …».)
            if (_t[j].Kind == TokenKind.Punctuation || s_negators.Contains(_fold[j]) || _fold[j] is "لو" or "ولو" or "اذا" or "واذا" or "كيف" or "هل" or "لماذا" or "ماذا") return;
            if (!TryCue(j, out var inner, out int prefix)) continue;
            if (prefix > 0 || inner.Kind != ClaimCueKind.Verb || inner.FirstPerson || inner.Present || j == first && !(j + 1 < close && NamesSourceAt(j + 1))) return;
            var (quotedUntil, lastContent) = (_quotedUntil, _lastContent);
            TryClaim(j, inner, prefix, first, close, out _);
            (_quotedUntil, _lastContent) = (quotedUntil, lastContent);
            return;
        }
    }

    /// <summary>The tokens inside the brackets around the cue at c and its speaker (up to <paramref name="afterSpeaker"/>),
    /// as a half-open range; the sentence's range when no bracket opens before the cue and closes after the speaker.</summary>
    private (int Lo, int Hi) BracketAround(int c, int afterSpeaker, int lo, int hi)
    {
        for (int open = c - 1; open > lo; open--)
        {
            if (IsPunct(open, ')')) break;
            if (!IsPunct(open, '(')) continue;
            for (int close = afterSpeaker; close < hi; close++)
            {
                if (IsPunct(close, '(')) break;
                if (IsPunct(close, ')')) return (open + 1, close);
            }

            break;
        }

        return (lo, hi);
    }

    /// <summary>The document or speech noun before a prepositional adjunct that ends at the comma at
    /// <paramref name="comma"/> (كلمة أمام القادة العرب في القمة،), within eight words and with no verb of saying or
    /// complementizer between; or null.</summary>
    private int? DocumentBeforeAdjunct(int comma, int lo)
    {
        for (int j = comma - 2; j >= Math.Max(lo + 1, comma - 9); j--)
        {
            if (_t[j + 1].Kind != TokenKind.Word || IsComplementizer(j + 1) || TryCue(j + 1, out _, out _) || IsComma(j)) return null;
            if (IsDocumentNoun(j) && (_fold[j + 1] is "امام" or "في" or "خلال" or "علي" or "عبر" or "لدي" or "بمناسبه" || IsGluedBa(j + 1))) return j;
        }

        return null;
    }

    /// <summary>The subject of مضى/ذهب before إلى القول at c: the phrase after the verb, else a subject before it.</summary>
    private (ClaimSpeaker, EntityType?)? GoingOnSubject(int c, int lo)
    {
        int v = GoingOnVerbBefore(c - 1);
        if (v < lo) return null;
        if (v + 1 < c - 1 && FindSpeakerAfter(v + 1, c - 1, c) is { Speaker: { } after } found) return (after, found.Type);
        return v > lo && (DefiniteSubjectBefore(v, lo) ?? NounPhraseBefore(v, lo)) is { } before ? (before, null) : null;
    }

    /// <summary>The subject of a plural verb after the last complementizer before a plural participle in its sentence
    /// (… أن العمال المضربين رفضوا العرض، مؤكدين): a noun phrase, then a verb ending in ـوا or ـون.</summary>
    private (ClaimSpeaker, EntityType?)? PluralSubjectBefore(int c, int lo)
    {
        for (int k = c - 2; k >= Math.Max(lo, c - 30); k--)
        {
            if (!IsComplementizer(k)) continue;
            for (int v = k + 2; v < Math.Min(c, k + 6); v++)
            {
                if (_t[v].Kind != TokenKind.Word || _entityOf[v] >= 0 || !LooksLikeVerb(v) || _fold[v] is "دون" or "بدون"
                    || !(_fold[v].EndsWith("وا", StringComparison.Ordinal) || _fold[v].EndsWith("ون", StringComparison.Ordinal))) continue;
                var (subject, type, after) = FindSpeakerAfter(k + 1, v, c);
                return subject is not null && after == v && (subject.EntityId is not null || _fold[k + 1].StartsWith("ال", StringComparison.Ordinal) || NamesASource(subject)) ? (subject, type) : null;
            }

            return null;
        }

        return null;
    }

    /// <summary>The genitive of the masdar opening a concessive clause (ورغم وصول سكان القرية إلى …، بالرغم من إعلان
    /// الحكومة …) that ends with a comma right before <paramref name="exceptive"/> (إلا / غير), or null.</summary>
    private (ClaimSpeaker, EntityType?)? ConcessiveSubject(int lo, int exceptive, int hi)
    {
        int m = lo;
        if (_fold[m] is "علي" or "وعلي" && m + 1 < exceptive && _fold[m + 1] == "الرغم") m++;
        if (_fold[m] is not ("رغم" or "ورغم" or "بالرغم" or "وبالرغم" or "الرغم")) return null;
        m++;
        if (m < exceptive && _fold[m] == "من") m++;
        int comma = exceptive - 1;
        if (!IsComma(comma) || m + 1 >= comma || _t[m].Kind != TokenKind.Word || _fold[m].StartsWith("ال", StringComparison.Ordinal) || _entityOf[m] >= 0) return null;
        // (Only the plural pronoun with a plural party — أهالي، سكان، ذوو، or a sound plural: ورغم تحذير الوزير …، إلا أنهم
        // أكدوا has the pronoun point elsewhere.)
        if (!_fold[exceptive + 1 < _t.Length ? exceptive + 1 : exceptive].EndsWith("هم", StringComparison.Ordinal)) return null;
        string head = StripArticle(_fold[m + 1]);
        if (!(s_collectiveHeads.Contains(head) || head.EndsWith("ون", StringComparison.Ordinal) || head.EndsWith("ين", StringComparison.Ordinal))) return null;
        var (subject, type, _) = FindSpeakerAfter(m + 1, comma, hi);
        return subject is not null && FirstTokenAt(subject.Mention.Span.Start) == m + 1 ? (subject, type) : null;
    }

    /// <summary>Where a headline's subject starts: past a section label and its slash (سياسي / …) and an honorific
    /// (معالي، سعادة، فخامة، سمو).</summary>
    private int HeadlineSubjectStart(int lo, int c)
    {
        int k = lo;
        if (k + 2 < c && _t[k].Kind == TokenKind.Word && IsPunct(k + 1, '/')) k += 2;
        if (k + 1 < c && _fold[k] is "معالي" or "سعاده" or "فخامه" or "سمو") k++;
        return k;
    }

    /// <summary>The first date token after a verb of publishing (نشر، أفاد، ذكر، نقل، صدر، أعلن) in the phrase from
    /// <paramref name="from"/> to its comma or full stop, or null.</summary>
    private int? PublishedDateIn(int from, int hi)
    {
        bool published = false;
        for (int k = from; k < hi; k++)
        {
            if (IsComma(k) || IsPunct(k, '.')) return null;
            if (published && IsDateToken(k, out _)) return k;
            string w = _fold[k];
            if (w.StartsWith("نشر", StringComparison.Ordinal) || w.StartsWith("افاد", StringComparison.Ordinal) || w.StartsWith("ذكر", StringComparison.Ordinal)
                || w.StartsWith("نقل", StringComparison.Ordinal) || w.StartsWith("صدر", StringComparison.Ordinal) || w.StartsWith("الصادر", StringComparison.Ordinal)
                || w.StartsWith("اعلن", StringComparison.Ordinal) || w.StartsWith("بثت", StringComparison.Ordinal))
                published = true;
        }

        return null;
    }

    private bool HasDateToken(int from, int to)
    {
        for (int k = from; k < to && k < _t.Length; k++)
        {
            if (IsDateToken(k, out _)) return true;
        }

        return false;
    }

    /// <summary>Masdars of a feeling or reaction (folded, without the article): دعا لـ/إلى one of them means "gives cause
    /// for" (الأرقام تدعو إلى القلق، المتغيرات تدعو للتفاؤل), not a call.</summary>
    private static readonly HashSet<string> s_feelings = new(StringComparer.Ordinal)
    {
        "تفاؤل", "تشاؤم", "قلق", "استغراب", "دهشه", "حيره", "تساؤل", "ارتياح", "اسف", "اطمئنان", "سخريه", "ضحك", "فخر",
        "حزن", "خوف", "ريبه", "شك", "شكوك", "اعجاب", "استهجان", "استياء", "امل", "يأس", "ياس", "غضب",
    };

    /// <summary>Whether the content starting at token k names a feeling (القلق، للتفاؤل: a glued لـ is dropped).</summary>
    private bool IsCauseForFeeling(int k)
    {
        if (k < 0 || k >= _t.Length || _t[k].Kind != TokenKind.Word) return false;
        string w = _fold[k];
        if (w.StartsWith("لل", StringComparison.Ordinal)) w = w[2..];
        else if (w.Length > 3 && w[0] == '\u0644' && s_feelings.Contains(StripArticle(w[1..]))) return true;
        return s_feelings.Contains(StripArticle(w));
    }

    /// <summary>Past a person's name right after k (a role and then its holder: الرئيس السابق فلان), or k.</summary>
    private int PastNamedAppositive(int k, int hi)
    {
        if (k < hi && _entityOf[k] is int e && e >= 0 && _doc.Entities[e].Type == EntityType.Person)
            while (k < hi && _entityOf[k] == e) k++;
        return k;
    }

    /// <summary>بـ adverbials that may follow a subject set off by commas (واتهمت الحكومة، بدورها، المعارضة …): no charge.</summary>
    private static readonly HashSet<string> s_mannerAdverbials = new(StringComparer.Ordinal)
    {
        "بدوره", "بدورها", "بدورهم", "بدورهما", "بشكل", "بصوره", "بلهجه", "بحسب", "بزعامه", "برئاسه", "بقياده", "بدون", "بعد", "بين",
    };

    /// <summary>Past what may close a speaker phrase before أعلن's object: a parenthesis of at most 25 tokens (أعلن الحزب
    /// (الديمقراطي) رفضه …) or a lone comma before an event report or stance masdar (أعلنت السلطات، مقتل …). Returns k
    /// otherwise. (Not a comma before any other word: an apposition or a coordinated subject may follow it.)</summary>
    private int PastSpeakerAside(int k, int hi)
    {
        if (k < hi && IsPunct(k, '('))
        {
            for (int j = k + 1; j < Math.Min(hi, k + 26); j++)
            {
                if (IsPunct(j, ')')) return j + 1;
                if (IsPunct(j, '.') || IsPunct(j, '(')) break;
            }

            return k;
        }

        return k + 1 < hi && IsComma(k) && _t[k + 1].Kind == TokenKind.Word && (IsObjectMasdar(k + 1) || IsEventReport(k + 1)) ? k + 1 : k;
    }

    /// <summary>سمّى with an object pronoun (folded): سمّاه، سمّتها، أسماهم، يسمّيه، تسمّيها، يسمّونه … — not سمّوه, which folds
    /// with سموّه (His Highness).</summary>
    private static readonly HashSet<string> s_epithetForms = new(
        "سماه سماها سماهم سمته سمتها سمتهم أسماه أسماها أسماهم أسمته أسمتها أسمتهم يسميه يسميها يسميهم تسميه تسميها تسميهم أسموه أسموها أسموهم يسمونه يسمونها يسمونهم"
            .Split(' ').Select(f => CueLexicon.Folding.NormalizeToString(ArabicNormalizer.Default.NormalizeToString(f))),
        StringComparer.Ordinal);

    private static readonly CueEntry s_epithet = new("سمي", ClaimCueKind.Verb, false, null);

    /// <summary>The relatives a naming verb's antecedent is referred to by (ما، مما، عمّا، لما، بما، من، لمن, and الذي …).</summary>
    private static readonly HashSet<string> s_epithetRelatives = new(StringComparer.Ordinal) { "ما", "مما", "عما", "لما", "بما", "من", "لمن", "بمن", "ممن" };

    /// <summary>An epithet: سمّى with an object pronoun after a relative (… مع ما تسميه طهران «…»، مشيرة إلى ما سمته بمسرحية
    /// …، لمن سمتهم «…»), the speaker's own name for the antecedent (D-264, D-387). The speaker is a source named right
    /// after the verb, or else — inside the current speaker's content — that speaker; a plural present without one (ما
    /// يسمونه …) is a term quoted, no claim (D-203). The content is the epithet: a quotation, a بـ phrase or a noun phrase,
    /// up to the next punctuation.</summary>
    private bool TryEpithet(int c, CueEntry cue, int prefixLetters, int lo, int hi, out int resume)
    {
        resume = c + 1;
        if (prefixLetters != 0 || c - 1 < lo || !(s_epithetRelatives.Contains(_fold[c - 1]) || s_relativePronouns.Contains(_fold[c - 1]))) return false;
        // (A bare ما is the relative before a present verb, which ما does not negate, or after a preposition — مع ما، إلى ما
        // —; else it negates: ما سمّاه أحد كذلك.)
        if (_fold[c - 1] == "ما" && _fold[c][0] is not ('\u064A' or '\u062A')
            && !(c - 2 >= lo && _fold[c - 2] is "مع" or "الي" or "علي" or "في" or "عن" or "من" or "ب" or "ل" or "حول" or "بشان" or "بسبب" or "ضد" or "وراء")) return false;
        // (After الذي/التي/من the verb may mean "nominated": المرشح الذي سماه الرئيس لرئاسة الحكومة — an epithet there only as a
        // quotation or with بـ.)
        bool nameOnlyMarked = !s_epithetRelatives.Contains(_fold[c - 1]) || _fold[c - 1] is "من" or "لمن" or "بمن" or "ممن";
        int k = c + 1;
        if (k >= hi) return false;
        ClaimSpeaker? speaker = null;
        EntityType? type = null;
        bool implicitSpeaker = false;
        if (_t[k].Kind == TokenKind.Word && !IsGluedBa(k) && _fold[k] != "ب")
        {
            var (named, namedType, after) = FindSpeakerAfter(k, Math.Min(hi, k + 8), hi);
            if (named is not null && FirstTokenAt(named.Mention.Span.Start) == k && (named.EntityId is not null || NamesASource(named)))
                (speaker, type, k) = (named, namedType, after);
        }

        if (speaker is null)
        {
            // (Without a named source, only inside the current speaker's content: مشيرة إلى ما سمته بـ…؛ in the paper's
            // narration, توجه إلى ما سماه «…», whose subject is not the last speaker, is left alone.)
            if (_fold[c].EndsWith("ونه", StringComparison.Ordinal) || _fold[c].EndsWith("ونها", StringComparison.Ordinal) || _fold[c].EndsWith("ونهم", StringComparison.Ordinal)
                || _lastSpeaker is null || !_lastContent.Contains(_t[c].Span))
                return false;
            (speaker, type, implicitSpeaker) = (_lastSpeaker, _lastSpeakerType, true);
        }

        if (k >= hi) return false;
        // (بـ«…»: the ب standing alone before the quotation.)
        if (_fold[k] is "ب" or "بـ" && k + 1 < hi && IsQuoteToken(k + 1)) k++;
        int first, last;
        bool quoted = false;
        if (IsQuoteToken(k) && ClosingQuote(k) is int close && close > k + 1)
        {
            (first, last, quoted) = (k + 1, close - 1, true);
        }
        else if (_t[k].Kind == TokenKind.Word && !IsComplementizer(k) && !TryCue(k, out _, out _) && (!nameOnlyMarked || IsGluedBa(k)))
        {
            first = k;
            last = k;
            while (last + 1 < hi && last + 1 < k + 12 && _t[last + 1].Kind == TokenKind.Word && !IsComplementizer(last + 1)) last++;
        }
        else
        {
            return false;
        }

        var content = TextSpan.FromBounds(_t[first].Span.Start, _t[last].Span.End);
        var attribution = TextSpan.FromBounds(_t[c].Span.Start, _t[first].Span.Start);
        AddClaim(CueSpan(c, 0), cue, false, speaker, type, content, c, attribution, lo);
        if (quoted) resume = last + 2;
        return true;
    }

    /// <summary>A word with a conjunction and a glued بـ (وبشكل، وبالتالي): an adverbial.</summary>
    private bool ConjoinedBa(int k)
    {
        var seg = _t[k].Segments;
        return _t[k].Kind == TokenKind.Word && seg.Length >= 3 && seg[0].Kind == SegmentKind.Conjunction && seg[1].Kind == SegmentKind.Preposition
               && _doc.Text[seg[1].Span.Start] == '\u0628' && _entityOf[k] < 0;
    }

    /// <summary>Dangers warned of (folded stems): حذر من انهيار، من مغبة، من خطورة، من تداعيات ….</summary>
    private static readonly string[] s_dangerStems =
    [
        "انهيار", "مغبه", "خطر", "خطوره", "مخاطر", "تداعيات", "عواقب", "تدهور", "اندلاع", "وقوع", "حدوث", "تكرار", "امكانيه", "احتمال",
    ];

    /// <summary>The من of a warning inside an indefinite speaker phrase [<paramref name="first"/>, <paramref name="end"/>):
    /// followed by a complementizer or a danger, or null.</summary>
    private int? WarningMinWithin(int first, int end)
    {
        if (_fold[first].StartsWith("ال", StringComparison.Ordinal)) return null;
        for (int k = first + 1; k < end && k + 1 < _t.Length; k++)
        {
            if (_fold[k] == "من" && (IsComplementizer(k + 1) || StartsWithAny(StripArticle(_fold[k + 1]), s_dangerStems))) return k;
        }

        return null;
    }
}
