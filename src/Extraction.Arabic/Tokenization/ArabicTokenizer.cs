using System.Runtime.CompilerServices;
using Extraction.Arabic.Text;

namespace Extraction.Arabic.Tokenization;

/// <summary>Splits text into tokens with exact UTF-16 offsets, without allocating.</summary>
/// <remarks>
/// <para>Rules, in the order they are tried at each position:</para>
/// <list type="bullet">
/// <item>White space, line breaks, control characters, bidi and zero-width marks, and combining marks with no base
/// separate tokens and belong to none.</item>
/// <item><c>http://</c>, <c>https://</c>, <c>www.</c> start a <see cref="TokenKind.Url"/> that runs to white space or a
/// quote mark; trailing punctuation is not part of it.</item>
/// <item><c>#</c> before a letter or digit starts a <see cref="TokenKind.Hashtag"/>; <c>@</c> before an ASCII letter or
/// digit a <see cref="TokenKind.Mention"/>; <c>local@domain.tld</c> is an <see cref="TokenKind.Email"/>.</item>
/// <item>Arabic letters, harakat, tatweel and joiners (ZWNJ/ZWJ between letters) form a <see cref="TokenKind.Word"/>;
/// followed by a hyphen and digits (<c>مي-28</c>) they form a <see cref="TokenKind.Designator"/>. A run of tatweel
/// that touches no letter is <see cref="TokenKind.Punctuation"/>.</item>
/// <item>Digits of any of the three digit sets, with <c>, . ٫ ٬</c> between digits, form a <see cref="TokenKind.Number"/>;
/// an era suffix (<c>م</c>, <c>ء</c>, <c>ه</c>/<c>هـ</c>) directly after the digits and not followed by a letter
/// belongs to it. Digits followed by Latin letters (<c>2S19</c>) form a designator.</item>
/// <item>Letters of other scripts, with digits, apostrophes and hyphens between them, form a <see cref="TokenKind.Latin"/>
/// word, or a designator when it contains a digit (<c>Mi-28</c>, <c>S-400</c>, <c>F16</c>); dotted initials
/// (<c>U.S.</c>) stay whole.</item>
/// <item>A run of full stops, or of <c>! ? ؟</c>, or of hyphens or dashes, is one punctuation token; any other
/// punctuation character (<c>، ؛ « » “ ” ″ " '</c> …) is a token of its own.</item>
/// <item>Anything else is a <see cref="TokenKind.Symbol"/> of one code point (a surrogate pair stays whole, a lone
/// surrogate is one code unit), with any combining marks or variation selectors that follow.</item>
/// </list>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
public static class ArabicTokenizer
{
    /// <summary>Enumerates the tokens of <paramref name="text"/> without allocating.</summary>
    /// <param name="text">The text.</param>
    /// <returns>A <see langword="ref struct"/> enumerator for <see langword="foreach"/>.</returns>
    public static TokenEnumerator Enumerate(ReadOnlySpan<char> text) => new(text);

    /// <summary>Returns all tokens of <paramref name="text"/>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The tokens in text order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static IReadOnlyList<RawToken> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var list = new List<RawToken>(text.Length / 5 + 4);
        foreach (var t in new TokenEnumerator(text)) list.Add(t);
        return list;
    }
}

/// <summary>Enumerator of the tokens of a span (see <see cref="ArabicTokenizer"/> for the rules).</summary>
/// <remarks>A mutable <see langword="ref struct"/>: use it from one thread, once.</remarks>
public ref struct TokenEnumerator
{
    private readonly ReadOnlySpan<char> _text;
    private int _pos;
    private RawToken _current;

    /// <summary>Creates an enumerator over <paramref name="text"/>.</summary>
    /// <param name="text">The text.</param>
    public TokenEnumerator(ReadOnlySpan<char> text)
    {
        _text = text;
        _pos = 0;
        _current = default;
    }

    /// <summary>The token at the current position.</summary>
    public readonly RawToken Current => _current;

    /// <summary>Returns this enumerator (for <see langword="foreach"/>).</summary>
    /// <returns>This enumerator.</returns>
    public readonly TokenEnumerator GetEnumerator() => this;

    /// <summary>Advances to the next token.</summary>
    /// <returns><see langword="false"/> at the end of the text.</returns>
    public bool MoveNext()
    {
        ReadOnlySpan<char> t = _text;
        int i = _pos;
        while (i < t.Length)
        {
            char c = t[i];
            CharClass k = ArabicChars.Classify(c);
            int end;
            TokenKind kind;
            switch (k)
            {
                case CharClass.ArabicLetter:
                    end = ScanArabic(t, i, out kind);
                    break;
                case CharClass.Tatweel:
                    end = ScanTatweel(t, i, out kind);
                    break;
                case CharClass.Digit:
                    end = ScanNumber(t, i, out kind);
                    break;
                case CharClass.OtherLetter:
                    end = ScanLatin(t, i, out kind);
                    break;
                case CharClass.Punctuation:
                    end = ScanPunctuation(t, i, out kind);
                    break;
                case CharClass.Symbol:
                case CharClass.Other:
                case CharClass.HighSurrogate:
                case CharClass.LowSurrogate:
                    end = ScanSymbol(t, i);
                    kind = TokenKind.Symbol;
                    break;
                default:
                    // Space, line break, control, format, orphan marks: between tokens.
                    i++;
                    continue;
            }

            _current = new RawToken(i, end - i, kind);
            _pos = end;
            return true;
        }

        _pos = t.Length;
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static CharClass ClassAt(ReadOnlySpan<char> t, int i) => (uint)i < (uint)t.Length ? ArabicChars.Classify(t[i]) : CharClass.Space;

    private static bool IsAsciiLetterOrDigit(char c) => char.IsAsciiLetterOrDigit(c);

    private static int ScanArabic(ReadOnlySpan<char> t, int start, out TokenKind kind)
    {
        int i = start + 1;
        while (i < t.Length)
        {
            CharClass k = ArabicChars.Classify(t[i]);
            if (k is CharClass.ArabicLetter or CharClass.ArabicMark or CharClass.Tatweel or CharClass.OtherMark)
            {
                i++;
            }
            else if (k == CharClass.Format && ClassAt(t, i + 1) is CharClass.ArabicLetter or CharClass.ArabicMark)
            {
                i++; // ZWNJ, ZWJ or a stray bidi mark inside a word
            }
            else
            {
                break;
            }
        }

        // مي-28, شاهد-136: a hyphen and digits make a designator.
        if (i + 1 < t.Length && ArabicChars.IsDesignatorHyphen(t[i]) && ArabicChars.Classify(t[i + 1]) == CharClass.Digit)
        {
            kind = TokenKind.Designator;
            return ScanAlnumTail(t, i + 1);
        }

        kind = TokenKind.Word;
        return i;
    }

    private static int ScanTatweel(ReadOnlySpan<char> t, int start, out TokenKind kind)
    {
        int i = start;
        while (i < t.Length && t[i] == ArabicChars.Tatweel) i++;
        if (ClassAt(t, i) == CharClass.ArabicLetter) return ScanArabic(t, i, out kind);
        kind = TokenKind.Punctuation;
        return i;
    }

    private static int ScanDigits(ReadOnlySpan<char> t, int i)
    {
        while (i < t.Length && ArabicChars.DigitValue(t[i]) >= 0) i++;
        return i;
    }

    private static bool IsNumberSeparator(char c) => c is '.' or ',' or ArabicChars.ArabicDecimalSeparator or ArabicChars.ArabicThousandsSeparator;

    private static int ScanNumber(ReadOnlySpan<char> t, int start, out TokenKind kind)
    {
        // An e-mail may start with digits.
        if (char.IsAsciiDigit(t[start]) && TryScanEmail(t, start, out int emailEnd))
        {
            kind = TokenKind.Email;
            return emailEnd;
        }

        int i = ScanDigits(t, start);
        while (i + 1 < t.Length && IsNumberSeparator(t[i]) && ArabicChars.DigitValue(t[i + 1]) >= 0)
            i = ScanDigits(t, i + 1);

        kind = TokenKind.Number;
        if (i >= t.Length) return i;

        char c = t[i];
        if (c is ArabicChars.Meem or ArabicChars.Hamza)
        {
            if (!ArabicChars.IsArabicWordChar(ClassAt(t, i + 1))) return i + 1;
        }
        else if (c == ArabicChars.Heh)
        {
            int j = i + 1;
            while (j < t.Length && t[j] == ArabicChars.Tatweel) j++;
            if (!ArabicChars.IsArabicWordChar(ClassAt(t, j))) return j;
        }
        else if (ArabicChars.Classify(c) == CharClass.OtherLetter
                 || (ArabicChars.IsDesignatorHyphen(c) && i + 1 < t.Length && ArabicChars.Classify(t[i + 1]) == CharClass.OtherLetter))
        {
            kind = TokenKind.Designator;
            return ScanAlnumTail(t, i);
        }

        return i;
    }

    /// <summary>Letters of other scripts, digits, and hyphens between them.</summary>
    private static int ScanAlnumTail(ReadOnlySpan<char> t, int i)
    {
        while (i < t.Length)
        {
            CharClass k = ArabicChars.Classify(t[i]);
            if (k is CharClass.OtherLetter or CharClass.Digit or CharClass.OtherMark)
            {
                i++;
            }
            else if (ArabicChars.IsDesignatorHyphen(t[i]) && ClassAt(t, i + 1) is CharClass.OtherLetter or CharClass.Digit)
            {
                i++;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private static int ScanLatin(ReadOnlySpan<char> t, int start, out TokenKind kind)
    {
        if (TryScanUrl(t, start, out int urlEnd))
        {
            kind = TokenKind.Url;
            return urlEnd;
        }

        if (char.IsAsciiLetterOrDigit(t[start]) && TryScanEmail(t, start, out int emailEnd))
        {
            kind = TokenKind.Email;
            return emailEnd;
        }

        // Dotted initials: U.S., U.N.
        if (start + 3 < t.Length && t[start + 1] == '.' && ClassAt(t, start + 2) == CharClass.OtherLetter && ClassAt(t, start + 3) != CharClass.OtherLetter)
        {
            int j = start;
            while (ClassAt(t, j) == CharClass.OtherLetter && ClassAt(t, j + 1) != CharClass.OtherLetter && j + 1 < t.Length && t[j + 1] == '.')
                j += 2;
            if (j - start >= 4)
            {
                kind = TokenKind.Latin;
                return j;
            }
        }

        bool hasDigit = false;
        int i = start + 1;
        while (i < t.Length)
        {
            char c = t[i];
            CharClass k = ArabicChars.Classify(c);
            if (k is CharClass.OtherLetter or CharClass.OtherMark)
            {
                i++;
            }
            else if (k == CharClass.Digit)
            {
                hasDigit = true;
                i++;
            }
            else if ((ArabicChars.IsDesignatorHyphen(c) || c is '\'' or '\u2019') && ClassAt(t, i + 1) is CharClass.OtherLetter or CharClass.Digit)
            {
                if (c is '\'' or '\u2019' && ClassAt(t, i + 1) == CharClass.Digit) break;
                i++;
            }
            else
            {
                break;
            }
        }

        kind = hasDigit ? TokenKind.Designator : TokenKind.Latin;
        return i;
    }

    private static int ScanPunctuation(ReadOnlySpan<char> t, int start, out TokenKind kind)
    {
        char c = t[start];
        kind = TokenKind.Punctuation;
        switch (c)
        {
            case '#':
                if (ClassAt(t, start + 1) is CharClass.ArabicLetter or CharClass.OtherLetter or CharClass.Digit || (start + 1 < t.Length && t[start + 1] == '_'))
                {
                    kind = TokenKind.Hashtag;
                    return ScanHashtagBody(t, start + 1);
                }

                return start + 1;
            case '@':
                if (start + 1 < t.Length && (IsAsciiLetterOrDigit(t[start + 1]) || t[start + 1] == '_'))
                {
                    int i = start + 1;
                    while (i < t.Length && (IsAsciiLetterOrDigit(t[i]) || t[i] == '_')) i++;
                    kind = TokenKind.Mention;
                    return i;
                }

                return start + 1;
            case '.':
                return RunOfFullStops(t, start);
            case '!' or '?' or ArabicChars.ArabicQuestionMark:
                return RunOfQuestionMarks(t, start);
            case '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015':
                int j = start + 1;
                while (j < t.Length && t[j] == c) j++;
                return j;
            default:
                return start + 1;
        }
    }

    private static int RunOfFullStops(ReadOnlySpan<char> t, int start)
    {
        int i = start + 1;
        while (i < t.Length && t[i] == '.') i++;
        return i;
    }

    private static int RunOfQuestionMarks(ReadOnlySpan<char> t, int start)
    {
        int i = start + 1;
        while (i < t.Length && t[i] is '!' or '?' or ArabicChars.ArabicQuestionMark) i++;
        return i;
    }

    private static int ScanHashtagBody(ReadOnlySpan<char> t, int i)
    {
        while (i < t.Length)
        {
            CharClass k = ArabicChars.Classify(t[i]);
            if (k is CharClass.ArabicLetter or CharClass.ArabicMark or CharClass.Tatweel or CharClass.OtherLetter or CharClass.OtherMark or CharClass.Digit || t[i] == '_')
                i++;
            else if (k == CharClass.Format && ClassAt(t, i + 1) is CharClass.ArabicLetter or CharClass.OtherLetter)
                i++;
            else
                break;
        }

        return i;
    }

    private static int ScanSymbol(ReadOnlySpan<char> t, int start)
    {
        int i = start + 1;
        if (char.IsHighSurrogate(t[start]) && i < t.Length && char.IsLowSurrogate(t[i])) i++;
        // Variation selectors, keycaps and other combining marks stay with their symbol.
        while (i < t.Length && ArabicChars.Classify(t[i]) == CharClass.OtherMark) i++;
        // Emoji modifiers (U+1F3FB–U+1F3FF) are surrogate pairs: \uD83C\uDFFB–\uDFFF.
        while (i + 1 < t.Length && t[i] == '\uD83C' && t[i + 1] is >= '\uDFFB' and <= '\uDFFF') i += 2;
        return i;
    }

    private static bool StartsWithIgnoreCase(ReadOnlySpan<char> t, int i, string prefix)
        => t.Length - i >= prefix.Length && t.Slice(i, prefix.Length).Equals(prefix, StringComparison.OrdinalIgnoreCase);

    private static bool TryScanUrl(ReadOnlySpan<char> t, int start, out int end)
    {
        end = start;
        char c = t[start];
        if (c is not ('h' or 'H' or 'w' or 'W')) return false;
        int bodyStart;
        if (StartsWithIgnoreCase(t, start, "https://")) bodyStart = start + 8;
        else if (StartsWithIgnoreCase(t, start, "http://")) bodyStart = start + 7;
        else if (StartsWithIgnoreCase(t, start, "www.")) bodyStart = start + 4;
        else return false;

        int i = bodyStart;
        bool hasParen = false;
        while (i < t.Length)
        {
            char x = t[i];
            CharClass k = ArabicChars.Classify(x);
            if (k is CharClass.Space or CharClass.LineBreak or CharClass.Control) break;
            if (x is '"' or '<' or '>' or '«' or '»' or '\u201C' or '\u201D' or '\u2018' or '\u2019' or ArabicChars.ArabicComma or ArabicChars.ArabicSemicolon) break;
            if (x == '(') hasParen = true;
            i++;
        }

        while (i > bodyStart && t[i - 1] is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or ']' or '}' or ArabicChars.ArabicQuestionMark
               || (i > bodyStart && t[i - 1] == ')' && !hasParen))
            i--;

        if (i <= bodyStart) return false;
        end = i;
        return true;
    }

    private static bool IsEmailLocalChar(char c) => IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-';

    private static bool TryScanEmail(ReadOnlySpan<char> t, int start, out int end)
    {
        end = start;
        int i = start;
        while (i < t.Length && IsEmailLocalChar(t[i])) i++;
        if (i >= t.Length || t[i] != '@' || i == start) return false;
        int domainStart = ++i;
        int lastDot = -1;
        while (i < t.Length && (IsAsciiLetterOrDigit(t[i]) || t[i] == '-' || (t[i] == '.' && i + 1 < t.Length && IsAsciiLetterOrDigit(t[i + 1]))))
        {
            if (t[i] == '.') lastDot = i;
            i++;
        }

        if (lastDot < domainStart + 1 || i - lastDot < 3 || !char.IsAsciiLetter(t[i - 1])) return false;
        end = i;
        return true;
    }
}
