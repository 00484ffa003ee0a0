namespace Extraction.Arabic.Text;

/// <summary>Switches for the optional folds of <see cref="ArabicNormalizer"/>.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record NormalizationOptions
{
    /// <summary>The default options: alef maksura and Persian letters folded, teh marbuta kept.</summary>
    public static NormalizationOptions Default { get; } = new();

    /// <summary>Options that also fold teh marbuta, for the most forgiving matching.</summary>
    public static NormalizationOptions Aggressive { get; } = new() { FoldTehMarbuta = true };

    /// <summary>Whether ى (U+0649 ALEF MAKSURA) becomes ي (U+064A YEH).</summary>
    /// <value>The default is <see langword="true"/>.</value>
    public bool FoldAlefMaksura { get; init; } = true;

    /// <summary>Whether ة (U+0629 TEH MARBUTA) becomes ه (U+0647 HEH).</summary>
    /// <value>The default is <see langword="false"/>.</value>
    public bool FoldTehMarbuta { get; init; }

    /// <summary>Whether the Persian/Urdu letters ی (U+06CC FARSI YEH) and ک (U+06A9 KEHEH) become ي and ك.</summary>
    /// <value>The default is <see langword="true"/>.</value>
    public bool FoldPersianLetters { get; init; } = true;
}
