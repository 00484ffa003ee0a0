namespace Extraction.Arabic.Dates;

/// <summary>The kind of temporal expression (TIMEX3 types). The JSON form is upper case.</summary>
public enum TemporalType
{
    /// <summary>A calendar date at some precision (<c>2021</c>, <c>2021-10</c>, <c>2021-10-18</c>, <c>2022-W45</c>).</summary>
    Date,
    /// <summary>A time of day, possibly with a date.</summary>
    Time,
    /// <summary>A length of time (<c>لمدة 25 عاما</c>).</summary>
    Duration,
    /// <summary>A recurring time (<c>كل عام</c>).</summary>
    Set,
}

/// <summary>A temporal expression in the text and its ISO 8601 value.</summary>
/// <param name="Span">Where it is in <see cref="Document.Text"/>.</param>
/// <param name="Text">Exactly the text at <paramref name="Span"/>.</param>
/// <param name="Type">The kind of expression.</param>
/// <param name="Value">ISO 8601 at the precision the text supports, or null when it cannot be resolved.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record DateMention(TextSpan Span, string Text, TemporalType Type, string? Value);
