using Extraction.Arabic.Text;
using Extraction.Arabic.Tokenization;

namespace Extraction.Arabic.Entities.Features;

/// <summary>The word forms the entity features and lexicons are keyed on.</summary>
/// <remarks>
/// <para>The folded form is <see cref="ArabicNormalizer.Default"/> (hamzated alefs to ا, ى to ي, marks, tatweel and
/// bidi controls removed, digits to ASCII) with Latin letters lower-cased. The core is the folded word without its
/// proclitics and article: the stem segment of <see cref="CliticSegmenter.Default"/> when it splits the word, otherwise
/// the prefix rules of light10 (Larkey et al. 2007): a leading و when 3 letters remain, then the first of
/// وال، فال، بال، كال، لل، ال when 2 letters remain.</para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
internal static class NerText
{
    private static readonly string[] s_articles = ["\u0648\u0627\u0644", "\u0641\u0627\u0644", "\u0628\u0627\u0644", "\u0643\u0627\u0644", "\u0644\u0644", "\u0627\u0644"];

    /// <summary>Folds <paramref name="surface"/> into <paramref name="destination"/> (at least
    /// <c>surface.Length * 2</c> long) and returns the length written.</summary>
    public static int Fold(ReadOnlySpan<char> surface, Span<char> destination)
    {
        int n;
        if (!ArabicNormalizer.Default.TryNormalize(surface, destination, out n))
        {
            string s = ArabicNormalizer.Default.NormalizeToString(surface);
            n = Math.Min(s.Length, destination.Length);
            s.AsSpan(0, n).CopyTo(destination);
        }

        for (int i = 0; i < n; i++)
        {
            char c = destination[i];
            if (c is >= 'A' and <= 'Z') destination[i] = (char)(c + 32);
            else if (c > 0x7F && c < 0x0600 && char.IsUpper(c)) destination[i] = char.ToLowerInvariant(c);
        }

        return n;
    }

    /// <summary>The light10 prefix rules: the folded word without a leading و and article.</summary>
    public static ReadOnlySpan<char> StripPrefixes(ReadOnlySpan<char> w)
    {
        if (w.Length >= 4 && w[0] == ArabicChars.Waw) w = w[1..];
        return StripArticle(w);
    }

    /// <summary>Removes the first article form the word starts with, when 2 letters remain.</summary>
    public static ReadOnlySpan<char> StripArticle(ReadOnlySpan<char> w)
    {
        foreach (string a in s_articles)
        {
            if (w.Length >= a.Length + 2 && w.StartsWith(a, StringComparison.Ordinal)) return w[a.Length..];
        }

        return w;
    }

    /// <summary>Whether <paramref name="c"/> is one of the single-letter proclitics و ف ب ل ك.</summary>
    public static bool IsProclitic(char c) => c is ArabicChars.Waw or ArabicChars.Feh or ArabicChars.Beh or ArabicChars.Lam or ArabicChars.Kaf;

    /// <summary>Whether the folded word is all Arabic letters.</summary>
    public static bool IsArabicWord(ReadOnlySpan<char> w)
    {
        if (w.IsEmpty) return false;
        foreach (char c in w)
        {
            if (ArabicChars.Classify(c) != CharClass.ArabicLetter) return false;
        }

        return true;
    }

    /// <summary>The kind of a token given as a string (for corpora): the kind of the longest raw token inside it.</summary>
    public static TokenKind KindOf(ReadOnlySpan<char> token)
    {
        TokenKind kind = TokenKind.Symbol;
        int best = 0;
        foreach (var t in ArabicTokenizer.Enumerate(token))
        {
            if (t.Length > best)
            {
                best = t.Length;
                kind = t.Kind;
            }
        }

        return kind;
    }
}
