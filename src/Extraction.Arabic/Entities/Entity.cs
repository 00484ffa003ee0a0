using System.Collections.Immutable;

namespace Extraction.Arabic.Entities;

/// <summary>What kind of referent an entity is. The JSON form is upper case (<c>PERSON</c>, <c>ORGANIZATION</c>, …).</summary>
public enum EntityType
{
    /// <summary>A person.</summary>
    Person,
    /// <summary>An organization: agencies, ministries, companies, media, armed forces.</summary>
    Organization,
    /// <summary>A place: country, city, region, natural location.</summary>
    Location,
    /// <summary>A weapons system or class of weapons.</summary>
    Weapon,
    /// <summary>Another named thing (events, nationalities, works).</summary>
    Misc,
    /// <summary>An amount of money.</summary>
    Money,
    /// <summary>A counted quantity.</summary>
    Quantity,
    /// <summary>A building, airport or other facility.</summary>
    Facility,
    /// <summary>A vehicle that is not a weapon.</summary>
    Vehicle,
}

/// <summary>A piece of the document text that names something.</summary>
/// <param name="Span">Where it is in <see cref="Document.Text"/>.</param>
/// <param name="Text">Exactly the text at <paramref name="Span"/>.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public readonly record struct Mention(TextSpan Span, string Text)
{
    /// <summary>A count stated for this mention (<c>أكثر من 160 مسيّرة</c> → 160, more than), or null.</summary>
    /// <value>The default is <see langword="null"/>.</value>
    public MentionQuantity? Quantity { get; init; }
}

/// <summary>One real-world referent and every mention of it in a document.</summary>
/// <param name="Id">Document-local identifier (<c>E1</c>, <c>E2</c>, …).</param>
/// <param name="Type">The kind of referent.</param>
/// <param name="Name">The fullest Arabic form in the document: the text of its longest mention, with the alef of the
/// article back when the preposition ل took it (<c>للأمم المتحدة</c> gives the mention <c>لأمم المتحدة</c> and the name
/// <c>الأمم المتحدة</c>).</param>
/// <param name="Latin">The conventional Latin spelling when known, else null.</param>
/// <param name="Mentions">The mentions in text order.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record Entity(string Id, EntityType Type, string Name, string? Latin, ImmutableArray<Mention> Mentions)
{
    /// <summary>For weapons: the category (<c>drone</c>, <c>helicopter</c>, …); otherwise null.</summary>
    public string? Category { get; init; }

    /// <summary>For weapons: whether it is a named system or a generic class, its producer and aliases; otherwise null.</summary>
    /// <value>The default is <see langword="null"/>.</value>
    public WeaponInfo? Weapon { get; init; }

    /// <summary>For <see cref="EntityType.Money"/>: the amount and currency; otherwise null.</summary>
    /// <value>The default is <see langword="null"/>.</value>
    public MoneyAmount? Money { get; init; }

    /// <summary>Ids of other entities this one is tied to, for example the weapons of the deal a sum of money pays for.</summary>
    /// <value>The default is empty.</value>
    public ImmutableArray<string> LinkedEntityIds { get; init; } = [];
}
