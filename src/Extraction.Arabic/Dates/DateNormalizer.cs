using Extraction.Arabic.Pipeline;
using Extraction.Arabic.Text;
using Extraction.Arabic.Tokenization;

namespace Extraction.Arabic.Dates;

/// <summary>The outcome of <see cref="DateNormalizer.Parse"/>: a recognized expression and its value, or why not.</summary>
/// <param name="Success">Whether a temporal expression was recognized.</param>
/// <param name="Type">Its type, when recognized.</param>
/// <param name="Value">The ISO 8601 value, or null when it cannot be resolved (for example a relative expression without an anchor).</param>
/// <param name="Span">The part of the input that was recognized (the longest expression in it).</param>
/// <param name="Error">Why nothing was recognized or resolved, or null.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record DateParseResult(bool Success, TemporalType? Type, string? Value, TextSpan Span, string? Error)
{
    /// <summary>Whether the expression was recognized and resolved to a value.</summary>
    public bool IsResolved => Success && Value is not null;
}

/// <summary>Finds and normalizes Arabic dates, times, durations and sets against an anchor date.</summary>
/// <remarks>
/// <para>Recognition (each family is covered row by row in <c>DateNormalizerTests</c>):</para>
/// <list type="bullet">
/// <item>Gregorian months in the Egyptian/Gulf (يناير … ديسمبر), Levantine/Iraqi (كانون الثاني … كانون الأول) and Maghrebi
/// (جانفي، فيفري …) families, and English; paired forms as published (<c>ديسمبر (كانون الأول) 2019</c>,
/// <c>تشرين الأول/أكتوبر 2020</c>, <c>أغسطس/ آب 2020</c>); with a day (a number, <c>الـ18 من</c>, an ordinal word) and a year
/// (<c>2021</c>, <c>2021م</c>, <c>2021ء</c>), or a relative year (<c>من العام الماضي</c>).</item>
/// <item>Hijri months (محرم … ذو الحجة) converted with <see cref="System.Globalization.UmAlQuraCalendar"/>; Iranian solar
/// months (فروردين … اسفند) with <see cref="System.Globalization.PersianCalendar"/>. Month names that are also common
/// words (مارس، آب، صفر، رجب، مهر …) need date context: a day, a year, a paired name, <c>شهر</c>, or a modifier.</item>
/// <item>Weekdays with the article or after <c>يوم</c> (<c>الاثنين</c>, <c>يوم الخميس</c>, <c>اليوم الإثنين</c>); <c>أحد</c> without
/// the article is not Sunday. A weekday followed by a date takes the date's value.</item>
/// <item>Numeric dates <c>20/10/2021</c>, <c>10-20-2021</c>, <c>2021/10/20</c>, <c>20.10.2021</c> in any digit set: day first
/// unless a part above 12 or an English dateline in the same sentence says month first.</item>
/// <item>Times: <c>٠٢:٢٨ بتوقيت غرينتش</c>, <c>الساعة الثالثة فجرا</c>, <c>الساعة 10 والنصف مساء</c>.</item>
/// <item>Relative: أمس، أول أمس، البارحة، اليوم، غدا، بعد غد، الليلة، الليلة (قبل) الماضية، الأسبوع/الشهر/العام الماضي/الجاري/المقبل، هذا العام،
/// مطلع/منتصف/أواخر/نهاية + month or period, في وقت سابق هذا الشهر، قبل/منذ + count + unit, and vague references
/// (خلال الأيام الماضية) whose value is null.</item>
/// <item>Durations: an optional trigger (لمدة، في غضون، طيلة، على مدى، خلال) then a count and a unit (<c>25 عامًا</c>,
/// <c>ثلاثة أشهر</c>, <c>يومين</c>, <c>بضعة أيام</c> → <c>PXD</c>); sets: <c>كل عام</c>, <c>سنويا</c>.</item>
/// <item>Years: <c>عام 2019</c>, <c>2021م</c>, <c>1443هـ</c>, or a bare four-digit year after منذ، حتى، في … (not before a noun).</item>
/// </list>
/// <para>Normalization follows the news convention: a bare weekday, month or day refers to the most recent one on or
/// before the anchor, unless <c>المقبل</c>/<c>القادم</c> or a future verb (<c>سوف</c>, the prefix <c>سـ</c>) points forward;
/// <c>الماضي</c> means strictly before. Values are ISO 8601 at the precision the text supports: <c>2021</c>,
/// <c>2021-10</c>, <c>2021-10-18</c>, <c>2021-W41</c>, <c>2023-01-12T02:28</c>, <c>P25Y</c>. A Hijri month without a day
/// is given as the Gregorian month in which it starts. A Hijri year, which always straddles two Gregorian years, is
/// given as the one that holds its middle and so most of its days (<c>1436هـ</c>, 2014-10-25 to 2015-10-14, is
/// <c>2015</c>), whatever the anchor. A four-digit year without an era within two years of the anchor's Hijri year
/// (Umm al-Qura) is read as Hijri (<c>عام 1436</c> against an anchor in 2015); without an anchor it stays Gregorian.</para>
/// <para>Stateless and thread-safe; never throws on bad input.</para>
/// </remarks>
public static class DateNormalizer
{
    private static readonly TextAnalysisStage s_analysis = new(ArabicNormalizer.Default, CliticSegmenter.Default);

    /// <summary>Parses one temporal expression against an anchor date.</summary>
    /// <param name="expression">The expression, e.g. <c>"فبراير (شباط) الماضي"</c>. Null or empty gives a failed result.</param>
    /// <param name="anchor">The date relative expressions refer to (the article's date), or null.</param>
    /// <returns>The longest expression found and its value; never throws.</returns>
    public static DateParseResult Parse(string? expression, DateOnly? anchor = null)
    {
        if (string.IsNullOrWhiteSpace(expression))
            return new DateParseResult(false, null, null, default, "The expression is empty.");
        if (expression.Length > 10_000)
            return new DateParseResult(false, null, null, default, "The expression is longer than 10,000 characters; pass one expression.");

        var doc = s_analysis.Run(Document.Create(expression), CancellationToken.None);
        TemporalCandidate? best = null;
        foreach (var c in TemporalTagger.Find(doc))
        {
            if (best is null || c.Span.Length > best.Span.Length) best = c;
        }

        if (best is null) return new DateParseResult(false, null, null, default, "No date, time, duration or set was recognized.");
        string? value = best.Resolve(anchor);
        string? error = value is null
            ? anchor is null ? "The expression is relative and needs an anchor date." : "The expression does not determine a date."
            : null;
        return new DateParseResult(true, best.Type, value, best.Span, error);
    }
}
