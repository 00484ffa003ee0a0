using Extraction.Arabic.Text;

namespace Extraction.Arabic.Pipeline;

/// <summary>Settings of an <see cref="ArabicExtractor"/>.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ExtractorOptions
{
    /// <summary>The default largest input, in UTF-16 code units (10 million: about 18 MB of Arabic UTF-8).</summary>
    public const int DefaultMaxTextLength = 10_000_000;

    /// <summary>The default options.</summary>
    public static ExtractorOptions Default { get; } = new();

    /// <summary>The longest text <see cref="ArabicExtractor.Process"/> accepts; longer texts must be split by the caller.</summary>
    /// <value>The default is <see cref="DefaultMaxTextLength"/>.</value>
    public int MaxTextLength { get; init; } = DefaultMaxTextLength;

    /// <summary>How token <c>Normalized</c> forms are folded.</summary>
    /// <value>The default is <see cref="NormalizationOptions.Default"/>.</value>
    public NormalizationOptions Normalization { get; init; } = NormalizationOptions.Default;

    /// <summary>How many documents the batch API processes at once.</summary>
    /// <value>The default is <see cref="Environment.ProcessorCount"/>.</value>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;
}
