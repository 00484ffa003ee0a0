using System.Collections.Immutable;

namespace Extraction.Arabic.Entities;

/// <summary>What a <see cref="EntityType.Weapon"/> entity is: a named system or a generic class, and who makes it.</summary>
/// <param name="IsGeneric"><see langword="true"/> for a class of weapons (<c>طائرات مقاتلة</c>, <c>الطائرات المسيرة</c>,
/// <c>صواريخ باليستية</c>); <see langword="false"/> for a named system (<c>شاهد 136</c>, <c>S-400</c>).</param>
/// <param name="Producer">The country of origin or producer of a named system (<c>Iran</c>, <c>United States</c>,
/// <c>United Kingdom/Sweden</c>), or null when unknown or generic.</param>
/// <param name="Aliases">Other Latin names of the same system (<c>Geran-2</c> for the Shahed-136), possibly empty.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record WeaponInfo(bool IsGeneric, string? Producer, ImmutableArray<string> Aliases);

/// <summary>An amount of money: the value in units of the currency.</summary>
/// <param name="Value">The amount (<c>200 مليون يورو</c> → 200000000).</param>
/// <param name="Currency">The ISO 4217 code (<c>EUR</c>, <c>USD</c>), or null when the text does not settle it (a bare
/// <c>ريال</c> or <c>دينار</c>).</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record MoneyAmount(decimal Value, string? Currency);

/// <summary>How a stated count relates to the true one.</summary>
public enum QuantityQualifier
{
    /// <summary>The count as stated (<c>100 مسيرة</c>).</summary>
    Exact,
    /// <summary><c>أكثر من</c>, <c>ما يزيد على</c>: more than.</summary>
    MoreThan,
    /// <summary><c>أقل من</c>: less than.</summary>
    LessThan,
    /// <summary><c>نحو</c>, <c>حوالي</c>, <c>قرابة</c>, <c>زهاء</c>: about.</summary>
    About,
    /// <summary><c>ما لا يقل عن</c>, <c>على الأقل</c>: at least.</summary>
    AtLeast,
    /// <summary><c>ما لا يزيد على</c>, <c>حتى</c>: at most.</summary>
    AtMost,
}

/// <summary>A count attached to a mention: <c>أكثر من 160 مسيّرة</c> gives 160, <see cref="QuantityQualifier.MoreThan"/>.</summary>
/// <param name="Span">Where the count is written: the number and its qualifier (<c>أكثر من 160</c>), or the dual noun
/// itself (<c>مروحيتين</c>).</param>
/// <param name="Text">Exactly the text at <paramref name="Span"/>.</param>
/// <param name="Value">The number.</param>
/// <param name="Qualifier">How the number relates to the true count.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record MentionQuantity(TextSpan Span, string Text, decimal Value, QuantityQualifier Qualifier);
