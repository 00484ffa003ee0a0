using System.Globalization;
using System.Runtime.CompilerServices;

namespace Extraction.Arabic.Text;

/// <summary>The tokenizer's and normalizer's view of a UTF-16 code unit.</summary>
internal enum CharClass : byte
{
    /// <summary>Anything not listed below (unassigned, private use, other symbols).</summary>
    Other = 0,
    /// <summary>White space, including NBSP, line and paragraph separators.</summary>
    Space,
    /// <summary>Line feed, carriage return, U+2028, U+2029, U+0085: a line break.</summary>
    LineBreak,
    /// <summary>C0/C1 control characters other than line breaks and tabs: ignored between tokens.</summary>
    Control,
    /// <summary>Bidi controls and zero-width characters (U+200B–U+200F, U+061C, U+202A–U+202E, U+2060, U+2066–U+2069, U+FEFF).</summary>
    Format,
    /// <summary>A letter of the Arabic script, including Persian/Urdu letters and presentation forms.</summary>
    ArabicLetter,
    /// <summary>An Arabic combining mark (harakat, superscript alef, Quranic marks).</summary>
    ArabicMark,
    /// <summary>U+0640 ARABIC TATWEEL.</summary>
    Tatweel,
    /// <summary>A letter of another script (Latin, Cyrillic, Greek, …).</summary>
    OtherLetter,
    /// <summary>A combining mark of another script.</summary>
    OtherMark,
    /// <summary>An ASCII, Arabic-Indic or Extended Arabic-Indic (Persian) digit.</summary>
    Digit,
    /// <summary>Punctuation (Unicode P* categories), including Arabic comma, semicolon and question mark.</summary>
    Punctuation,
    /// <summary>Math, currency, modifier and other symbols.</summary>
    Symbol,
    /// <summary>A UTF-16 high surrogate.</summary>
    HighSurrogate,
    /// <summary>A UTF-16 low surrogate.</summary>
    LowSurrogate,
}

/// <summary>Character constants and a 64K lookup table of <see cref="CharClass"/>.</summary>
internal static class ArabicChars
{
    public const char Tatweel = '\u0640';
    public const char NoBreakSpace = '\u00A0';
    public const char ZeroWidthNonJoiner = '\u200C';
    public const char ZeroWidthJoiner = '\u200D';
    public const char LeftToRightMark = '\u200E';
    public const char RightToLeftMark = '\u200F';
    public const char ArabicLetterMark = '\u061C';
    public const char ByteOrderMark = '\uFEFF';
    public const char ArabicComma = '\u060C';
    public const char ArabicSemicolon = '\u061B';
    public const char ArabicQuestionMark = '\u061F';
    public const char ArabicDecimalSeparator = '\u066B';
    public const char ArabicThousandsSeparator = '\u066C';
    public const char ArabicPercentSign = '\u066A';
    public const char Alef = '\u0627';
    public const char AlefMadda = '\u0622';
    public const char AlefHamzaAbove = '\u0623';
    public const char AlefHamzaBelow = '\u0625';
    public const char AlefWasla = '\u0671';
    public const char AlefMaksura = '\u0649';
    public const char Yeh = '\u064A';
    public const char TehMarbuta = '\u0629';
    public const char Heh = '\u0647';
    public const char Waw = '\u0648';
    public const char Feh = '\u0641';
    public const char Beh = '\u0628';
    public const char Kaf = '\u0643';
    public const char Lam = '\u0644';
    public const char Seen = '\u0633';
    public const char Meem = '\u0645';
    public const char Noon = '\u0646';
    public const char Teh = '\u062A';
    public const char Hamza = '\u0621';
    public const char FarsiYeh = '\u06CC';
    public const char Keheh = '\u06A9';

    private static readonly CharClass[] s_classes = BuildTable();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static CharClass Classify(char c) => s_classes[c];

    /// <summary>Value 0–9 of an ASCII, Arabic-Indic or Persian digit, else -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int DigitValue(char c)
    {
        if ((uint)(c - '0') <= 9) return c - '0';
        if ((uint)(c - '\u0660') <= 9) return c - '\u0660';
        if ((uint)(c - '\u06F0') <= 9) return c - '\u06F0';
        return -1;
    }

    /// <summary>True for letters that may start or continue an Arabic word (letters, marks, tatweel).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsArabicWordChar(CharClass k) => k is CharClass.ArabicLetter or CharClass.ArabicMark or CharClass.Tatweel;

    /// <summary>True for U+0621–U+064A and the extended Arabic letters (not marks, not tatweel).</summary>
    public static bool IsArabicLetter(char c) => s_classes[c] == CharClass.ArabicLetter;

    /// <summary>Hyphen-like characters that join a model designator (<c>Mi-28</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDesignatorHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    private static CharClass[] BuildTable()
    {
        var t = new CharClass[65536];
        for (int i = 0; i < t.Length; i++)
        {
            char c = (char)i;
            t[i] = char.GetUnicodeCategory(c) switch
            {
                UnicodeCategory.SpaceSeparator => CharClass.Space,
                UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => CharClass.LineBreak,
                UnicodeCategory.Control => CharClass.Control,
                UnicodeCategory.Format => CharClass.Format,
                UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                    or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => CharClass.OtherLetter,
                UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => CharClass.OtherMark,
                UnicodeCategory.DecimalDigitNumber => CharClass.OtherLetter,
                UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => CharClass.Symbol,
                UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation
                    or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
                    or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation => CharClass.Punctuation,
                UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol or UnicodeCategory.ModifierSymbol
                    or UnicodeCategory.OtherSymbol => CharClass.Symbol,
                UnicodeCategory.Surrogate => char.IsHighSurrogate(c) ? CharClass.HighSurrogate : CharClass.LowSurrogate,
                _ => CharClass.Other,
            };
        }

        t['\t'] = CharClass.Space;
        t['\v'] = CharClass.Space;
        t['\f'] = CharClass.Space;
        t['\n'] = CharClass.LineBreak;
        t['\r'] = CharClass.LineBreak;
        t['\u0085'] = CharClass.LineBreak;

        for (int d = 0; d <= 9; d++)
        {
            t['0' + d] = CharClass.Digit;
            t['\u0660' + d] = CharClass.Digit;
            t['\u06F0' + d] = CharClass.Digit;
        }

        // Arabic (U+0600–U+06FF), Supplement (U+0750–U+077F), Extended-A (U+08A0–U+08FF), presentation forms.
        foreach (var (lo, hi) in new[] { (0x0600, 0x06FF), (0x0750, 0x077F), (0x0870, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFE) })
        {
            for (int i = lo; i <= hi; i++)
            {
                var cat = char.GetUnicodeCategory((char)i);
                if (cat is UnicodeCategory.OtherLetter or UnicodeCategory.ModifierLetter)
                    t[i] = CharClass.ArabicLetter;
                else if (cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
                    t[i] = CharClass.ArabicMark;
            }
        }

        t[Tatweel] = CharClass.Tatweel;
        t[NoBreakSpace] = CharClass.Space;
        // Zero-width and bidi controls are format characters (already Cf), the BOM too; keep them explicit.
        foreach (char c in "\u200B\u200C\u200D\u200E\u200F\u061C\u202A\u202B\u202C\u202D\u202E\u2060\u2066\u2067\u2068\u2069\uFEFF")
            t[c] = CharClass.Format;
        return t;
    }
}
