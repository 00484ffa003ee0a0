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
    private static readonly string[] s_articles = ["\u0648\u0627\u0644", "\u0628\u0627\u0644", "\u0643\u0627\u0644", "\u0641\u0627\u0644", "\u0627\u0644", "\u0644\u0644"];
    private static readonly string[] s_suffixes = ["\u0647\u0627", "\u0627\u0646", "\u0627\u062A", "\u0648\u0646", "\u064A\u0646", "\u064A\u0647", "\u064A\u0629", "\u0647", "\u0629", "\u064A"];

    /// <summary>Stems a word that is already normalized.</summary>
    /// <param name="normalizedWord">A word normalized by <see cref="ArabicNormalizer"/>.</param>
    /// <returns>The stem: a slice of <paramref name="normalizedWord"/>.</returns>
    public static ReadOnlySpan<char> Stem(ReadOnlySpan<char> normalizedWord)
    {
        ReadOnlySpan<char> w = normalizedWord;
        if (w.Length >= 4 && w[0] == ArabicChars.Waw) w = w[1..];

        foreach (string article in s_articles)
        {
            if (w.Length >= article.Length + 2 && w.StartsWith(article, StringComparison.Ordinal))
            {
                w = w[article.Length..];
                break;
            }
        }

        foreach (string suffix in s_suffixes)
        {
            if (w.Length >= suffix.Length + 2 && w.EndsWith(suffix, StringComparison.Ordinal))
                w = w[..^suffix.Length];
        }

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
}
