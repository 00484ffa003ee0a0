namespace Extraction.Arabic.Entities.Features;

/// <summary>Where the entity features get word clusters from: the shipped <see cref="WordClusters"/>, looked up
/// with the word's proclitics stripped when the whole word is unknown.</summary>
internal static class NerClusters
{
    /// <summary>The shipped word clusters.</summary>
    public static ClusterLookup? Default { get; } = Lookup;

    private static bool Lookup(ReadOnlySpan<char> normalizedWord, out ushort c64, out ushort c256, out ushort c1024)
        => WordClusters.TryGetClustersStrippingProclitics(normalizedWord, out c64, out c256, out c1024, out _);
}
