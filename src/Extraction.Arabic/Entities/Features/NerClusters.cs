namespace Extraction.Arabic.Entities.Features;

/// <summary>Where the entity features get word clusters from.</summary>
internal static class NerClusters
{
    /// <summary>The shipped word clusters, or null while the package has none.</summary>
    public static ClusterLookup? Default => null;
}
