using System.Collections.Immutable;
using Extraction.Arabic.Entities;

namespace Extraction.Arabic.Claims;

/// <summary>Whether a claim is asserted or denied by its speaker.</summary>
public enum ClaimPolarity
{
    /// <summary>The speaker says it is so.</summary>
    Asserted,
    /// <summary>The speaker denies it.</summary>
    Denied,
}

/// <summary>Where a claim's date comes from.</summary>
public enum ClaimDateSource
{
    /// <summary>No date is known.</summary>
    None,
    /// <summary>A temporal expression governing the claim clause.</summary>
    Explicit,
    /// <summary>The document date.</summary>
    Document,
}

/// <summary>Who makes a claim: the words naming the speaker and, when resolved, the entity.</summary>
/// <param name="EntityId">The id of the resolved <see cref="Entity"/>, or null (e.g. an unnamed source).</param>
/// <param name="Mention">The words naming the speaker; for an implicit speaker, the last speaker's mention.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ClaimSpeaker(string? EntityId, Mention Mention);

/// <summary>A reported statement: who said or denied what, and when.</summary>
/// <param name="Id">Document-local identifier (<c>C1</c>, <c>C2</c>, …).</param>
/// <param name="Speaker">Who makes the claim.</param>
/// <param name="Cue">The reporting word (<c>قال</c>, <c>نفى</c>, <c>بحسب</c>, …).</param>
/// <param name="Polarity">Asserted or denied.</param>
/// <param name="Content">What is claimed.</param>
/// <param name="Date">ISO 8601 date the claim was made, or null.</param>
/// <param name="DateSource">Where <paramref name="Date"/> comes from.</param>
/// <param name="EntityIds">Ids of the entities mentioned in <paramref name="Content"/>.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record Claim(
    string Id,
    ClaimSpeaker Speaker,
    Mention Cue,
    ClaimPolarity Polarity,
    Mention Content,
    string? Date,
    ClaimDateSource DateSource,
    ImmutableArray<string> EntityIds)
{
    /// <summary>The cue's normalized dictionary form (<c>قال</c> for قالت، يقول، وأضاف → <c>اضاف</c>; <c>:</c> for a headline).</summary>
    public string CueLemma { get; init; } = "";

    /// <summary>How the claim is introduced: a verb, a participle, a nominal attribution or a headline.</summary>
    public ClaimCueKind CueKind { get; init; }

    /// <summary>A stable key for the speaker across articles: the resolved entity's name, else the speaker's words,
    /// normalized (alef, ya and ta marbuta folded, marks removed, spaces collapsed). Group and order claims from many
    /// documents by it (see <see cref="ClaimTimeline"/>).</summary>
    public string SpeakerKey { get; init; } = "";
}
