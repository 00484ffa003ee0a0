using System.Collections.Immutable;
using Extraction.Arabic.Claims;
using Extraction.Arabic.Dates;
using Extraction.Arabic.Entities;

namespace Extraction.Arabic;

/// <summary>Why a field of a result is null: a stable code, an English explanation and the text it is about.</summary>
/// <param name="Code">One of the <see cref="DiagnosticCodes"/>; stable across versions.</param>
/// <param name="Message">What is missing and, where there is one, what the caller can do about it.</param>
/// <param name="Location">The words the diagnostic is about (a date mention, a claim's speaker or cue).</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record Diagnostic(string Code, string Message, Mention Location);

/// <summary>The codes of <see cref="Diagnostic"/>. Codes never change meaning; new ones may be added.</summary>
public static class DiagnosticCodes
{
    /// <summary><c>EXA101</c>: a date mention has no value because it is relative (<c>أمس</c>, <c>الاثنين</c>, <c>الشهر
    /// الماضي</c>) and the document has no date: pass the publication date, or keep the article's dateline.</summary>
    public const string DateWithoutAnchor = "EXA101";

    /// <summary><c>EXA102</c>: a date mention has no value because the text fixes no point or length in time
    /// (<c>في وقت سابق</c>, <c>خلال الأيام الماضية</c>), even with a document date.</summary>
    public const string DateVague = "EXA102";

    /// <summary><c>EXA201</c>: a claim's speaker is no entity of the document: an unnamed source (<c>مصدر أمني</c>,
    /// <c>مسؤولون غربيون</c>) or a description the article never ties to a name. The speaker's words are kept.</summary>
    public const string SpeakerWithoutEntity = "EXA201";

    /// <summary><c>EXA202</c>: a claim has no date: no temporal expression governs it and the document has no date.</summary>
    public const string ClaimWithoutDate = "EXA202";
}

/// <summary>Derives the diagnostics of a document from its null fields.</summary>
internal static class Diagnostics
{
    /// <summary>An anchor against which any resolvable relative expression gets a value.</summary>
    private static readonly DateOnly s_probeAnchor = new(2000, 1, 5);

    public static ImmutableArray<Diagnostic> Of(Document doc)
    {
        if (doc.Dates.IsEmpty && doc.Claims.IsEmpty) return [];
        var list = new List<Diagnostic>();
        foreach (var d in doc.Dates)
        {
            if (d.Value is not null) continue;
            var location = new Mention(d.Span, d.Text);
            bool relative = doc.DocumentDate is null && DateNormalizer.Parse(d.Text, s_probeAnchor) is { Success: true, Value: not null };
            list.Add(relative
                ? new Diagnostic(DiagnosticCodes.DateWithoutAnchor, "A relative date and no document date: pass the publication date to resolve it.", location)
                : new Diagnostic(DiagnosticCodes.DateVague, "The expression fixes no point or length in time.", location));
        }

        foreach (var c in doc.Claims)
        {
            if (c.Speaker.EntityId is null)
            {
                list.Add(new Diagnostic(DiagnosticCodes.SpeakerWithoutEntity,
                    $"Claim {c.Id}: the speaker is no entity of the document (an unnamed source or an unresolved description).", c.Speaker.Mention));
            }

            if (c.Date is null)
            {
                list.Add(new Diagnostic(DiagnosticCodes.ClaimWithoutDate,
                    $"Claim {c.Id}: no date governs it and the document has no date: pass the publication date.", c.Cue));
            }
        }

        return [.. list.OrderBy(x => x.Location.Span.Start)];
    }
}
