using Extraction.Arabic.Entities.Features;

namespace Extraction.Arabic.Entities.Ner;

/// <summary>The entity model shipped in the package, loaded once on first use.</summary>
/// <remarks>Thread-safe: <see cref="Lazy{T}"/> with <see cref="LazyThreadSafetyMode.ExecutionAndPublication"/>.</remarks>
internal static class NerModelStore
{
    public const string ResourceName = "Extraction.Arabic.Resources.ner-model.bin.gz";

    private static readonly Lazy<NerModel?> s_model = new(LoadShipped, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<NerTagger?> s_tagger = new(
        () => s_model.Value is { } m ? new NerTagger(m, NerClusters.Default) : null, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The shipped model, or null when the package was built without one.</summary>
    public static NerModel? ShippedOrNull => s_model.Value;

    /// <summary>The shipped model.</summary>
    /// <exception cref="InvalidOperationException">The package has no entity model.</exception>
    public static NerModel Shipped => s_model.Value ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");

    /// <summary>A tagger for the shipped model, or null when there is none.</summary>
    public static NerTagger? Tagger => s_tagger.Value;

    private static NerModel? LoadShipped()
    {
        using var stream = typeof(NerModelStore).Assembly.GetManifestResourceStream(ResourceName);
        return stream is null ? null : NerModel.Load(stream);
    }
}
