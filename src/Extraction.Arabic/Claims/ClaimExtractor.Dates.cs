using Extraction.Arabic.Dates;
using Extraction.Arabic.Tokenization;

namespace Extraction.Arabic.Claims;

// The date of a claim: an explicit temporal expression governing the attribution, else the document date.
internal sealed partial class ClaimExtractor
{
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
        // وفي حديث أمس (الأحد)، قال …: a date anywhere in a sentence-opening في phrase that names the speech occasion,
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
        // (Only a date from the sentence's or the attribution's start to the attribution's end or the cue can qualify: the
        // dates are searched from there, so a claim does not cost every date of a long text.)
        int from = Math.Min(sentenceStart, attribution.Start), to = Math.Max(attribution.End, cueStart);
        foreach (var d in DatesFrom(from))
        {
            if (d.Span.Start > to) break;
            if (d.Type is not (TemporalType.Date or TemporalType.Time) || d.Value is null) continue;
            bool inClause = d.Span.Start >= attribution.Start && d.Span.End <= attribution.End && !InOtherEventsRelativeClause(d, attribution)
                            && !SinceInTopic(d, cueToken);
            // (A date opening the sentence may carry its conjunction: والشهر الماضي قالت …، وأمس أعلن ….)
            bool opens = d.Span.Start == opening || d.Span.Start >= sentenceStart && d.Span.Start < _t[lo].Span.End && d.Span.End <= cueStart
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

    /// <summary>The document's dates from the first one starting at <paramref name="from"/> or later (a binary search:
    /// <see cref="Document.Dates"/> is in text order).</summary>
    private IEnumerable<DateMention> DatesFrom(int from)
    {
        var dates = _doc.Dates;
        int first = 0, hi = dates.Length;
        while (first < hi)
        {
            int mid = (first + hi) >>> 1;
            if (dates[mid].Span.Start < from) first = mid + 1;
            else hi = mid;
        }

        for (int i = first; i < dates.Length; i++) yield return dates[i];
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

    /// <summary>Whether a date after منذ (since) belongs to the topic the speaker was asked or spoke about: a topic
    /// preposition (عن، حول، بشأن) stands between the cue and منذ, no comma between (وصرح الوزير ردا على سؤال حول الغارات
    /// الجارية منذ عام: the raids' year, not the statement's; وأكدت الحكومة منذ الأربعاء أن … is the statement's).</summary>
    private bool SinceInTopic(DateMention d, int cueToken)
    {
        // (منذ may be part of the date's own words: منذ عام.)
        int first = FirstTokenAt(d.Span.Start);
        int since = _fold[first] is "منذ" or "ومنذ" ? first : first - 1;
        if (since <= cueToken || _fold[since] is not ("منذ" or "ومنذ")) return false;
        for (int k = since - 1; k > cueToken; k--)
        {
            if (IsComma(k)) return false;
            if (_fold[k] is "عن" or "حول" or "بشان") return true;
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
