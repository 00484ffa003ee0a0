using System.Collections.Immutable;
using Extraction.Arabic.Dates;
using Extraction.Arabic.Text;

namespace Extraction.Arabic.Pipeline;

/// <summary>Finds temporal expressions, settles the document date (the caller's, else a dateline), and resolves values.</summary>
internal static class DateStage
{
    /// <summary>How far into the text a dateline may stand.</summary>
    private const int DatelineWindow = 600;

    /// <summary>The longest line a dateline may stand on, unless it is inside the line's leading parenthesis.</summary>
    private const int DatelineMaxLine = 160;

    public static Document Run(Document doc, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var candidates = TemporalTagger.Find(doc);
        if (doc.DocumentDate is null && FindDateline(doc.Text, candidates) is { } dateline)
            doc = doc.WithDocumentDate(dateline, DocumentDateSource.Dateline);

        var mentions = ImmutableArray.CreateBuilder<DateMention>(candidates.Count);
        foreach (var c in candidates)
        {
            string? value = c.Resolve(doc.DocumentDate);
            if (c.Type == TemporalType.Time && c.Value.Rule == ValueRule.Time && mentions.Count > 0 && OnTheDayBefore(doc.Text, mentions[^1], c.Span) is { } day)
                value = day + value![value!.IndexOf('T', StringComparison.Ordinal)..];
            mentions.Add(new DateMention(c.Span, doc.Text.Substring(c.Span.Start, c.Span.Length), c.Type, value));
        }

        return doc.WithDates(mentions.MoveToImmutable());
    }

    /// <summary>Words that may stand between a day and the time of day after it (يوم الأحد المقبل عند الساعة …).</summary>
    private static readonly string[] s_dayTimeLinks = ["عند", "في", "على", "تمام", "حوالي", "نحو"];

    /// <summary>The ISO day of a day-precise date mention that the time at <paramref name="time"/> follows closely
    /// (<c>12 أغسطس (آب) الساعة 9:00</c>, <c>يوم الأحد المقبل، عند الساعة العاشرة</c>): only spaces, punctuation and
    /// at most two of <see cref="s_dayTimeLinks"/> between them. Else null, and the time stays on the document date.</summary>
    private static string? OnTheDayBefore(string text, DateMention date, TextSpan time)
    {
        if (date.Type != TemporalType.Date || date.Value is not { Length: 10 } day || date.Span.End > time.Start) return null;
        var gap = text.AsSpan(date.Span.End, time.Start - date.Span.End);
        if (gap.Length > 24) return null;
        int words = 0;
        foreach (var part in gap.ToString().Split([' ', '\u00A0', '\t', '،', ',', '-', '–', '(', ')'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (Array.IndexOf(s_dayTimeLinks, part) < 0 || ++words > 2) return null;
        }

        return gap.IndexOfAny('\n', '\r') >= 0 ? null : day;
    }

    /// <summary>The first full date near the top that stands on a short line of its own or in a line's leading parenthesis.</summary>
    internal static DateOnly? FindDateline(string text, List<TemporalCandidate> candidates)
    {
        foreach (var c in candidates)
        {
            if (c.Span.Start > DatelineWindow) break;
            if (c.AbsoluteDate is not { } date) continue;
            int lineStart = c.Span.Start;
            while (lineStart > 0 && ArabicChars.Classify(text[lineStart - 1]) != CharClass.LineBreak) lineStart--;
            int lineEnd = c.Span.End;
            while (lineEnd < text.Length && ArabicChars.Classify(text[lineEnd]) != CharClass.LineBreak) lineEnd++;
            if (lineEnd - lineStart <= DatelineMaxLine) return date;

            int open = lineStart;
            while (open < c.Span.Start && char.IsWhiteSpace(text[open])) open++;
            if (open < c.Span.Start && text[open] == '(' && text.IndexOf(')', c.Span.End) is int close && close >= 0
                && text.AsSpan(c.Span.End, close - c.Span.End).Trim().Length <= 2)
                return date;
        }

        return null;
    }
}
