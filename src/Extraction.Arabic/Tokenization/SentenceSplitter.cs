using System.Collections.Immutable;
using Extraction.Arabic.Text;

namespace Extraction.Arabic.Tokenization;

/// <summary>Splits tokenized text into sentences.</summary>
/// <remarks>
/// <para>A sentence ends:</para>
/// <list type="bullet">
/// <item>at a line or paragraph break (so a headline without final punctuation is a sentence of its own);</item>
/// <item>after <c>. ! ? ؟ …</c> or a run of them, together with the closing quotes and brackets right after it;</item>
/// </list>
/// <para>but not:</para>
/// <list type="bullet">
/// <item>inside a quotation whose closing mark is on the same line (<c>«… . …»</c>, <c>"… . …"</c>): the quote and the
/// sentence around it stay one sentence, unless the full stop stands right before the closing mark
/// (<c>«… انتهى.»</c>), which then ends the sentence after the mark;</item>
/// <item>after a full stop that ends an abbreviation: a single letter (<c>د.</c>, <c>أ.</c>, <c>J.</c>) or a known Latin
/// abbreviation (<c>Dr.</c>, <c>Mr.</c>, <c>Inc.</c>, <c>No.</c> …).</item>
/// </list>
/// <para>Decimal numbers such as <c>3.5</c> and dotted initials such as <c>U.S.</c> are single tokens already.</para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
public static class SentenceSplitter
{
    private const int MaxQuoteTokens = 400;

    private static readonly HashSet<string> s_latinAbbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Jr", "Sr", "Inc", "Ltd", "Co", "Corp", "vs", "etc", "No", "Gen", "Col",
        "Lt", "Sgt", "Capt", "Gov", "Sen", "Rep", "Adm", "Maj", "Mt", "Fig", "Vol", "pp", "al", "Jan", "Feb", "Mar",
        "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "approx", "est", "dept", "univ",
    };

    /// <summary>Splits <paramref name="text"/>, tokenized as <paramref name="tokens"/>, into sentences.</summary>
    /// <param name="text">The text.</param>
    /// <param name="tokens">Its tokens, from <see cref="ArabicTokenizer"/>.</param>
    /// <returns>The sentences in text order; every token is in exactly one sentence.</returns>
    public static ImmutableArray<Sentence> Split(ReadOnlySpan<char> text, ReadOnlySpan<RawToken> tokens)
    {
        if (tokens.IsEmpty) return [];
        var (inQuote, closesQuote) = MarkQuotations(text, tokens);
        var builder = ImmutableArray.CreateBuilder<Sentence>();
        int first = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            if (i > first && HasLineBreak(text, tokens[i - 1].End, tokens[i].Start))
            {
                Add(builder, tokens, first, i - 1);
                first = i;
            }

            if (!IsTerminal(text, tokens, i)) continue;
            // Inside a quotation only a full stop right before its closing mark ends the sentence: «… انتهى.»
            if (inQuote[i] && !(i + 1 < tokens.Length && closesQuote[i + 1] && tokens[i + 1].Start == tokens[i].End)) continue;

            int last = i;
            while (last + 1 < tokens.Length && tokens[last + 1].Start == tokens[last].End && IsCloser(text[tokens[last + 1].Start]))
                last++;
            Add(builder, tokens, first, last);
            first = last + 1;
            i = last;
        }

        if (first < tokens.Length) Add(builder, tokens, first, tokens.Length - 1);
        return builder.ToImmutable();
    }

    private static void Add(ImmutableArray<Sentence>.Builder builder, ReadOnlySpan<RawToken> tokens, int first, int last)
        => builder.Add(new Sentence(TextSpan.FromBounds(tokens[first].Start, tokens[last].End), first, last - first + 1));

    private static bool HasLineBreak(ReadOnlySpan<char> text, int from, int to)
    {
        foreach (char c in text[from..to])
        {
            if (ArabicChars.Classify(c) == CharClass.LineBreak) return true;
        }

        return false;
    }

    private static bool IsCloser(char c) => c is '»' or '\u201D' or '\u2019' or '"' or '\'' or '\u2033' or ')' or ']' or '}';

    private static bool IsTerminal(ReadOnlySpan<char> text, ReadOnlySpan<RawToken> tokens, int i)
    {
        var t = tokens[i];
        if (t.Kind != TokenKind.Punctuation) return false;
        char c = text[t.Start];
        if (c is '!' or '?' or ArabicChars.ArabicQuestionMark or '\u2026') return true;
        if (c != '.') return false;
        if (t.Length > 1 || i == 0) return true;

        var prev = tokens[i - 1];
        if (prev.End != t.Start) return true;
        if (prev.Kind is TokenKind.Word or TokenKind.Latin)
        {
            ReadOnlySpan<char> word = text.Slice(prev.Start, prev.Length);
            if (CountLetters(word) == 1) return false; // initials and one-letter abbreviations: د. أ. J.
            if (prev.Kind == TokenKind.Latin && s_latinAbbreviations.Contains(word.ToString())) return false;
        }

        return true;
    }

    private static int CountLetters(ReadOnlySpan<char> word)
    {
        int n = 0;
        foreach (char c in word)
        {
            if (ArabicChars.Classify(c) is CharClass.ArabicLetter or CharClass.OtherLetter) n++;
        }

        return n;
    }

    /// <summary>Marks the tokens strictly inside a quotation that closes on the same line, and the closing marks.</summary>
    private static (bool[] Inside, bool[] Closes) MarkQuotations(ReadOnlySpan<char> text, ReadOnlySpan<RawToken> tokens)
    {
        var inside = new bool[tokens.Length];
        var closes = new bool[tokens.Length];
        int open = -1;
        char expected = '\0';
        for (int i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            if (open >= 0 && (HasLineBreak(text, tokens[i - 1].End, t.Start) || i - open > MaxQuoteTokens))
                open = -1;
            if (t.Kind != TokenKind.Punctuation || t.Length != 1) continue;

            char c = text[t.Start];
            if (open >= 0 && (c == expected || (expected == '"' && c == '\u2033')))
            {
                for (int j = open + 1; j < i; j++) inside[j] = true;
                closes[i] = true;
                open = -1;
                continue;
            }

            if (open >= 0) continue;
            char closer = c switch
            {
                '«' => '»',
                '\u201C' => '\u201D',
                '\u201E' => '\u201D',
                '"' or '\u2033' when IsOpeningPosition(text, t.Start) => '"',
                _ => '\0',
            };
            if (closer != '\0')
            {
                open = i;
                expected = closer;
            }
        }

        return (inside, closes);
    }

    /// <summary>A straight quote opens when it follows a space, a line start, an opening bracket or a colon, and touches a word.</summary>
    private static bool IsOpeningPosition(ReadOnlySpan<char> text, int index)
    {
        bool before = index == 0 || ArabicChars.Classify(text[index - 1]) is CharClass.Space or CharClass.LineBreak
            || text[index - 1] is '(' or '[' or ':' or '«';
        bool after = index + 1 < text.Length && ArabicChars.Classify(text[index + 1]) is not (CharClass.Space or CharClass.LineBreak);
        return before && after;
    }
}
