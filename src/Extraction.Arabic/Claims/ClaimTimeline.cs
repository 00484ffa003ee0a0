namespace Extraction.Arabic.Claims;

/// <summary>One claim of a timeline with the document it comes from.</summary>
/// <param name="Document">The document.</param>
/// <param name="Claim">The claim.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record TimelineEntry(Document Document, Claim Claim)
{
    /// <summary>The speaker key (<see cref="Claim.SpeakerKey"/>).</summary>
    public string SpeakerKey => Claim.SpeakerKey;

    /// <summary>The claim's ISO date, or null.</summary>
    public string? Date => Claim.Date;
}

/// <summary>Groups and orders the claims of many documents: who said what, when.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class ClaimTimeline
{
    /// <summary>Every claim of <paramref name="documents"/> ordered by date (undated last), then speaker key, then
    /// document order.</summary>
    /// <param name="documents">Processed documents.</param>
    /// <returns>The entries in timeline order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> is null.</exception>
    public static IReadOnlyList<TimelineEntry> Build(IEnumerable<Document> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return documents
            .SelectMany(d => d.Claims.Select(c => new TimelineEntry(d, c)))
            .Select((e, i) => (Entry: e, Index: i))
            .OrderBy(x => x.Entry.Date is null)
            .ThenBy(x => x.Entry.Date, StringComparer.Ordinal)
            .ThenBy(x => x.Entry.SpeakerKey, StringComparer.Ordinal)
            .ThenBy(x => x.Index)
            .Select(x => x.Entry)
            .ToList();
    }

    /// <summary>The claims of <paramref name="documents"/> grouped by speaker key, each group in timeline order.</summary>
    /// <param name="documents">Processed documents.</param>
    /// <returns>Speaker key → that speaker's claims.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> is null.</exception>
    public static IReadOnlyDictionary<string, IReadOnlyList<TimelineEntry>> BySpeaker(IEnumerable<Document> documents)
        => Build(documents).GroupBy(e => e.SpeakerKey, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<TimelineEntry>)g.ToList(), StringComparer.Ordinal);
}
