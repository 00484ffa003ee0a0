using System.Runtime.CompilerServices;

namespace Extraction.Arabic.Entities.Features;

/// <summary>32-bit hashes for sparse features: FNV-1a over UTF-16 code units for strings, and the MurmurHash3
/// finalizer to combine a template id with one or two values. No strings are built at inference.</summary>
/// <remarks>A feature is identified only by its 32-bit hash (the "hashing trick" of Weinberger et al., ICML 2009,
/// with a dictionary of the hashes seen in training). Stateless and thread-safe.</remarks>
internal static class FeatureHash
{
    public const uint Empty = 2166136261;
    private const uint Golden = 0x9E3779B9;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Of(ReadOnlySpan<char> s)
    {
        uint h = Empty;
        foreach (char c in s) h = (h ^ c) * 16777619;
        return h;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Mix(uint h)
    {
        h ^= h >> 16;
        h *= 0x85EBCA6B;
        h ^= h >> 13;
        h *= 0xC2B2AE35;
        h ^= h >> 16;
        return h;
    }

    /// <summary>The feature "template <paramref name="template"/> has value <paramref name="value"/>".</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Feature(uint template, uint value) => Mix(value + (template + 1) * Golden);

    /// <summary>The conjunction of two values under one template.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Feature(uint template, uint a, uint b) => Mix(Feature(template, a) ^ (b * 0xCC9E2D51 + 0x1B873593));

    /// <summary>Extends a phrase hash by one more word hash.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Extend(uint phrase, uint word) => Mix((phrase * 31) ^ word) + 0x6B43A9B5;
}
