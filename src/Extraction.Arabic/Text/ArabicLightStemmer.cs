using System.Runtime.CompilerServices;

namespace Extraction.Arabic.Text;

/// <summary>The "light10" Arabic light stemmer of Larkey, Ballesteros and Connell, for matching and features.</summary>
/// <remarks>
/// <para>Reference: Leah S. Larkey, Lisa Ballesteros and Margaret E. Connell, "Light Stemming for Arabic Information
/// Retrieval", in A. Soudi, A. van den Bosch and G. Neumann (eds.), <i>Arabic Computational Morphology</i>,
/// Springer, 2007, pp. 221–243 (the light10 variant, the one Lucene's ArabicStemmer follows). Implemented here
/// from the paper's description.</para>
/// <para>On a word already normalized by <see cref="ArabicNormalizer"/> (the paper's own normalization: no harakat or
/// tatweel, bare alef), the stemmer:</para>
/// <list type="number">
/// <item>removes a leading و ("and") when at least 3 characters remain;</item>
/// <item>removes the first of the definite-article forms وال، بال، كال، فال، ال، لل that the word starts with, when at
/// least 2 characters remain;</item>
/// <item>tries the suffixes ها، ان، ات، ون، ين، يه، ية، ه، ة، ي once each, in that order, removing each one the word
/// ends with when at least 2 characters remain.</item>
/// </list>
/// <para>The stem is always a contiguous slice of the input, so the span overload allocates nothing. Stems are for
/// matching and model features: they are never surface forms and never shown as text.</para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
public static class ArabicLightStemmer
{
    /// <summary>Stems a word that is already normalized.</summary>
    /// <param name="normalizedWord">A word normalized by <see cref="ArabicNormalizer"/>.</param>
    /// <returns>The stem: a slice of <paramref name="normalizedWord"/>.</returns>
    public static ReadOnlySpan<char> Stem(ReadOnlySpan<char> normalizedWord)
    {
        ReadOnlySpan<char> w = normalizedWord;
        if (w.Length >= 4 && w[0] == ArabicChars.Waw) w = w[1..];

        // Articles, the first that matches: وال بال كال فال (3 letters, 5 left), then ال لل (2 letters, 4 left).
        // The two groups start with different letters, so testing them in this order keeps the list's order.
        if (w.Length >= 5 && w[2] == ArabicChars.Lam && w[1] == ArabicChars.Alef
            && w[0] is ArabicChars.Waw or ArabicChars.Beh or ArabicChars.Kaf or ArabicChars.Feh)
        {
            w = w[3..];
        }
        else if (w.Length >= 4 && w[1] == ArabicChars.Lam && w[0] is ArabicChars.Alef or ArabicChars.Lam)
        {
            w = w[2..];
        }

        // Suffixes, each tried once in this order: ها ان ات ون ين يه ية ه ة ي.
        w = TrimSuffix(w, ArabicChars.Heh, ArabicChars.Alef);
        w = TrimSuffix(w, ArabicChars.Alef, ArabicChars.Noon);
        w = TrimSuffix(w, ArabicChars.Alef, ArabicChars.Teh);
        w = TrimSuffix(w, ArabicChars.Waw, ArabicChars.Noon);
        w = TrimSuffix(w, ArabicChars.Yeh, ArabicChars.Noon);
        w = TrimSuffix(w, ArabicChars.Yeh, ArabicChars.Heh);
        w = TrimSuffix(w, ArabicChars.Yeh, ArabicChars.TehMarbuta);
        w = TrimSuffix(w, ArabicChars.Heh);
        w = TrimSuffix(w, ArabicChars.TehMarbuta);
        w = TrimSuffix(w, ArabicChars.Yeh);
        return w;
    }

    /// <summary>Normalizes a word with <see cref="ArabicNormalizer.Default"/> and stems it.</summary>
    /// <param name="word">A word as it appears in text.</param>
    /// <returns>The stem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="word"/> is null.</exception>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return new string(Stem(ArabicNormalizer.Default.NormalizeToString(word).AsSpan()));
    }

    /// <summary>Removes the two-letter suffix <paramref name="first"/><paramref name="last"/> when 2 letters remain.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ReadOnlySpan<char> TrimSuffix(ReadOnlySpan<char> w, char first, char last)
        => w.Length >= 4 && w[^1] == last && w[^2] == first ? w[..^2] : w;

    /// <summary>Removes the one-letter suffix <paramref name="last"/> when 2 letters remain.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ReadOnlySpan<char> TrimSuffix(ReadOnlySpan<char> w, char last)
        => w.Length >= 3 && w[^1] == last ? w[..^1] : w;
}
