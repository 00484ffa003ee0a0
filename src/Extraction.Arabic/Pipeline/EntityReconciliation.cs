using System.Collections.Frozen;
using System.Collections.Immutable;
using Extraction.Arabic.Dates;
using Extraction.Arabic.Entities;

namespace Extraction.Arabic.Pipeline;

/// <summary>Settles entity mentions that another stage explains. A name mention made only of temporal words inside a
/// temporal expression is a misreading by the entity model (<c>نيسان</c> "Nissan" in <c>أبريل (نيسان) الماضي</c>, a bare
/// weekday tagged as a name) and is dropped; so is a name mention inside a sum of money or a weapon mention (the
/// currency <c>ريال</c> of <c>30 مليار ريال</c>, which the model reads as the club, or <c>رافال</c> of <c>مقاتلات
/// رافال</c>): the rule that found the sum or the weapon has already said what the words are. Conversely a date that is
/// one month name inside a person's name of two words or more is part of the name (<c>مارك شباط</c>, <c>جاك دو
/// مايو</c>) and the date is dropped, and so is one weekday after the first word of a person's name that no ruler's
/// title precedes (<c>أحمد الخميس</c>; but <c>الملك سلمان الخميس</c> keeps its day).</summary>
/// <remarks>
/// <para>Runs after the date stage and before claims (which read the entities). A mention is dropped when it lies
/// within a date mention's span and every token it touches has a reading in the temporal lexicon other than a
/// function word or a time-zone place (months of every calendar, weekdays, day parts, ordinal and cardinal number words,
/// units). A place inside a time expression (<c>مكة</c> in <c>بتوقيت مكة</c>) is no temporal word and stays. A mention
/// is also dropped when it lies within a mention of a <see cref="EntityType.Money"/> or <see cref="EntityType.Weapon"/>
/// entity. Partial overlaps are left alone: there either side may be right (<c>أحمد الخميس</c> is a name,
/// <c>الاتحاد الأوروبي اليوم</c> is not).</para>
/// <para>Entities left without mentions are removed and the remaining ones renumbered <c>E1</c>, <c>E2</c>, … in their
/// order, with <see cref="Entity.LinkedEntityIds"/> mapped to the new ids. Weapons, money and quantities come from
/// rules that already know about numbers and are not touched.</para>
/// <para>Pure and thread-safe.</para>
/// </remarks>
internal static class EntityReconciliation
{
    /// <summary>Readings that are not temporal words themselves: function words of the temporal grammar, and the
    /// places of time zones (مكة، القدس in بتوقيت مكة), which are names.</summary>
    private const ulong NotTemporalWords = 1UL << (int)LexKind.Preposition | 1UL << (int)LexKind.Future | 1UL << (int)LexKind.This
        | 1UL << (int)LexKind.Min | 1UL << (int)LexKind.After | 1UL << (int)LexKind.Ago | 1UL << (int)LexKind.Within
        | 1UL << (int)LexKind.Every | 1UL << (int)LexKind.Earlier | 1UL << (int)LexKind.First | 1UL << (int)LexKind.ZoneName;

    public static Document Run(Document doc)
    {
        if (doc.Entities.IsEmpty) return doc;
        if (!doc.Dates.IsEmpty) doc = DropNamesInsidePersons(doc);
        var ruleSpans = RuleMentionSpans(doc.Entities);
        if (doc.Dates.IsEmpty && ruleSpans.Items.Length == 0) return doc;

        ImmutableArray<Entity>.Builder? kept = null;
        for (int e = 0; e < doc.Entities.Length; e++)
        {
            var entity = doc.Entities[e];
            var mentions = IsNamedEntity(entity.Type) ? Keep(doc, ruleSpans, entity.Mentions) : entity.Mentions;
            if (kept is null && mentions == entity.Mentions) continue;
            if (kept is null)
            {
                kept = ImmutableArray.CreateBuilder<Entity>(doc.Entities.Length);
                for (int i = 0; i < e; i++) kept.Add(doc.Entities[i]);
            }

            if (mentions.IsEmpty) continue;
            if (mentions == entity.Mentions) kept.Add(entity);
            else kept.Add(entity with { Mentions = mentions, Name = NameAmong(mentions, entity.Name) });
        }

        return kept is null ? doc : doc.WithEntities(Renumber(kept.ToImmutable(), doc.Entities));
    }

    /// <summary>Month names that are the whole of a date mention.</summary>
    private const ulong CalendarNames = 1UL << (int)LexKind.GregorianMonth | 1UL << (int)LexKind.HijriMonth | 1UL << (int)LexKind.PersianMonth;

    /// <summary>Drops a date that is one month name inside a person's name of two words or more: شباط in <c>مارك
    /// شباط</c>, مايو in <c>جاك دو مايو</c>, جوان in <c>جوان غامبر</c>; and a date that is one weekday after the first
    /// word of a person's name, unless a ruler's title stands before the name (<see cref="IsFamilyNameWeekday"/>).</summary>
    private static Document DropNamesInsidePersons(Document doc)
    {
        ImmutableArray<DateMention>.Builder? kept = null;
        SpanIndex? persons = null;
        for (int d = 0; d < doc.Dates.Length; d++)
        {
            var date = doc.Dates[d];
            var kinds = KindsOfOneWord(doc, date.Span);
            if ((kinds & (CalendarNames | Weekdays)) != 0) persons ??= PersonMentions(doc);
            bool drop = (kinds & CalendarNames) != 0 && InsidePersonName(doc, persons!, date.Span)
                || (kinds & Weekdays) != 0 && IsFamilyNameWeekday(doc, persons!, date.Span);
            if (drop && kept is null)
            {
                kept = ImmutableArray.CreateBuilder<DateMention>(doc.Dates.Length);
                for (int i = 0; i < d; i++) kept.Add(doc.Dates[i]);
            }

            if (!drop) kept?.Add(date);
        }

        return kept is null ? doc : doc.WithDates(kept.ToImmutable());
    }

    /// <summary>A weekday word (with the article, or an English name).</summary>
    private const ulong Weekdays = 1UL << (int)LexKind.Weekday;

    /// <summary>The lexicon kinds of the one token a date mention lies in, or 0 when it spans more than one.</summary>
    private static ulong KindsOfOneWord(Document doc, TextSpan span)
    {
        int i = doc.FirstTokenEndingAfter(span.Start);
        if (i >= doc.Tokens.Length) return 0;
        var token = doc.Tokens[i];
        return token.Span.End >= span.End ? TemporalLexicon.KindsOf(TemporalLexicon.Lookup(token.Normalized)) : 0;
    }

    /// <summary>Titles of rulers, after which the entity model reads a one-word name and the day after it as one name
    /// (<c>استقبل الملك سلمان الخميس</c>, <c>وصل الرئيس هادي الخميس</c>), normalized, with و، ل، ب، ف before them.</summary>
    private static readonly FrozenSet<string> s_rulerTitles = RulerTitles();

    private static FrozenSet<string> RulerTitles()
    {
        string[] titles = ["الملك", "الملكة", "الملكه", "الامير", "الاميرة", "الاميره", "الرئيس", "الرئيسة", "الرئيسه", "السلطان", "العاهل", "الشاه"];
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (string t in titles)
        {
            set.Add(t);
            foreach (string p in new[] { "و", "ف", "ب", "وب", "فب" }) set.Add(p + t);
            foreach (string p in new[] { "ل", "ول", "فل" }) set.Add(p + t[1..]); // للملك: ل before the article drops its alef
        }

        return set.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>Whether a weekday word is a family name: a person mention of two words or more covers it, it is not the
    /// mention's first word, and no ruler's title stands right before the mention (<c>أحمد الخميس</c>, <c>عبدالله
    /// الجمعة</c>, <c>عبد الأحد</c>, also after a verb: <c>وأوضح محمد الخميس</c>).</summary>
    /// <remarks>The entity model also reads a subject and the day after it as one name, but on news text only after a
    /// ruler's title and one word (<c>الملك سلمان الخميس</c>): a ruler is named by his given name, anybody else by a
    /// full name, so a given name and a weekday after it are a given name and a family name. A bare given name
    /// before a weekday that no person mention covers stays a date: there the entity model has already read the day
    /// as no name (<c>قال كيري الجمعة</c>, <c>منزل سعد الجمعة</c>).</remarks>
    private static bool IsFamilyNameWeekday(Document doc, SpanIndex persons, TextSpan span)
    {
        // (The first such mention in entity order, then mention order, decides.)
        int weekday = doc.FirstTokenEndingAfter(span.Start);
        Mention? decisive = null;
        int best = int.MaxValue;
        foreach (int k in persons.Containing(span))
        {
            var m = persons.Items[k];
            if (m.Start >= span.Start || m.Order >= best) continue;
            if (doc.FirstTokenEndingAfter(m.Start) >= weekday) continue; // the weekday is the mention's first word
            best = m.Order;
            decisive = m.Mention;
        }

        if (decisive is null) return false;
        int first = doc.FirstTokenEndingAfter(decisive.Value.Span.Start);
        return first == 0 || !s_rulerTitles.Contains(doc.Tokens[first - 1].Normalized);
    }

    private static bool InsidePersonName(Document doc, SpanIndex persons, TextSpan span)
    {
        foreach (int k in persons.Containing(span))
        {
            if (persons.Items[k].Mention!.Value.Text.AsSpan().Trim().Contains(' ')) return true;
        }

        return false;
    }

    /// <summary>Every person mention, with its place in entity-then-mention order.</summary>
    private static SpanIndex PersonMentions(Document doc)
    {
        var items = new List<SpanIndex.Item>();
        int order = 0;
        foreach (var entity in doc.Entities)
        {
            foreach (var m in entity.Mentions)
            {
                if (entity.Type == EntityType.Person) items.Add(new SpanIndex.Item(m.Span.Start, m.Span.End, order, m));
                order++;
            }
        }

        return new SpanIndex([.. items]);
    }

    /// <summary>The entity's name when a kept mention still reads so, else the longest kept mention.</summary>
    private static string NameAmong(ImmutableArray<Mention> mentions, string name)
    {
        var longest = mentions[0];
        foreach (var m in mentions)
        {
            if (EntityGrouper.Names(name, m.Text)) return name;
            if (m.Text.Length > longest.Text.Length) longest = m;
        }

        return longest.Text;
    }

    private static bool IsNamedEntity(EntityType type)
        => type is EntityType.Person or EntityType.Organization or EntityType.Location or EntityType.Misc;

    /// <summary>The spans of the mentions of money and weapon entities, which rules found.</summary>
    private static SpanIndex RuleMentionSpans(ImmutableArray<Entity> entities)
    {
        var spans = new List<SpanIndex.Item>();
        foreach (var e in entities)
        {
            if (e.Type is not (EntityType.Money or EntityType.Weapon)) continue;
            foreach (var m in e.Mentions) spans.Add(new SpanIndex.Item(m.Span.Start, m.Span.End, spans.Count, null));
        }

        return new SpanIndex([.. spans]);
    }

    /// <summary>The mentions that no date, money or weapon mention explains (the same array when that is all of
    /// them).</summary>
    private static ImmutableArray<Mention> Keep(Document doc, SpanIndex ruleSpans, ImmutableArray<Mention> mentions)
    {
        ImmutableArray<Mention>.Builder? kept = null;
        for (int m = 0; m < mentions.Length; m++)
        {
            bool drop = ruleSpans.Containing(mentions[m].Span).Any() || IsExplainedByDate(doc, mentions[m].Span);
            if (drop && kept is null)
            {
                kept = ImmutableArray.CreateBuilder<Mention>(mentions.Length);
                for (int i = 0; i < m; i++) kept.Add(mentions[i]);
            }

            if (!drop) kept?.Add(mentions[m]);
        }

        return kept is null ? mentions : kept.ToImmutable();
    }

    private static bool IsExplainedByDate(Document doc, TextSpan span)
    {
        if (doc.Dates.IsEmpty) return false;
        // Dates are in text order: find the last one starting at or before the mention, then look back while dates still
        // reach past the mention's start (one step when they do not overlap, as the date stage makes them).
        var dates = doc.Dates;
        int a = 0, b = dates.Length;
        while (a < b)
        {
            int mid = (a + b) >> 1;
            if (dates[mid].Span.Start <= span.Start) a = mid + 1;
            else b = mid;
        }

        bool inside = false;
        for (int k = a - 1; k >= 0 && dates[k].Span.End > span.Start && !inside; k--) inside = dates[k].Span.End >= span.End;
        if (!inside) return false;
        var tokens = doc.Tokens;
        bool any = false;
        for (int i = doc.FirstTokenEndingAfter(span.Start); i < tokens.Length && tokens[i].Span.Start < span.End; i++)
        {
            ulong kinds = TemporalLexicon.KindsOf(TemporalLexicon.Lookup(tokens[i].Normalized));
            if ((kinds & ~NotTemporalWords) == 0) return false;
            any = true;
        }

        return any;
    }

    /// <summary>Gives the entities consecutive ids again and maps the links to them.</summary>
    private static ImmutableArray<Entity> Renumber(ImmutableArray<Entity> entities, ImmutableArray<Entity> before)
    {
        if (entities.Length == before.Length) return entities;
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < entities.Length; i++) ids[entities[i].Id] = "E" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var result = ImmutableArray.CreateBuilder<Entity>(entities.Length);
        foreach (var e in entities)
        {
            var links = e.LinkedEntityIds.IsDefaultOrEmpty
                ? e.LinkedEntityIds
                : [.. e.LinkedEntityIds.Where(ids.ContainsKey).Select(id => ids[id])];
            result.Add(e with { Id = ids[e.Id], LinkedEntityIds = links });
        }

        return result.MoveToImmutable();
    }
}
