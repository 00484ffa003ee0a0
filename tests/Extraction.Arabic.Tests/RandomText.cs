using System.Text;

namespace Extraction.Arabic.Tests;

/// <summary>Seeded random strings drawn from Arabic, Latin, digits, marks, emoji, controls and lone surrogates.</summary>
internal static class RandomText
{
    private static readonly string[] Pieces =
    [
        "ا", "ب", "ت", "و", "ف", "ل", "ك", "س", "ه", "ة", "ى", "ي", "أ", "إ", "آ", "ٱ", "ء", "ؤ", "ئ", "م", "ن", "ال", "لل",
        "محمد", "والصادرات", "بوتين", "ورقة", "شاهد", "مي", "ی", "ک", "پ",
        "\u064B", "\u064E", "\u0650", "\u0651", "\u0652", "\u0670", "\u0640", "ـــ",
        "a", "Z", "Mi", "S", "Geran", "www.", "http://", "@", "#", ".", "-", "_", "'", "’",
        "0", "7", "٣", "٫", "٬", "۵", ",", "%",
        " ", "  ", "\n", "\r\n", "\t", "\u00A0", "\u2028",
        "،", "؛", "؟", "!", "?", "…", "..", ":", "«", "»", "“", "”", "″", "\"", "(", ")", "[", "/",
        "\u200B", "\u200C", "\u200D", "\u200E", "\u200F", "\u061C", "\u202A", "\u202E", "\u2066", "\uFEFF",
        "\uFEFB", "\uFDF2", "\uFE8D", "\uFDFA",
        "😀", "👍🏽", "❤️", "€", "+", "=",
        "\0", "\u0001", "\u001B", "\u007F", "\u0085",
        "\uD800", "\uDC00", "\uDBFF", "\uDFFF",
        "\u0300", "\u20DD", "\uFFFF", "\uFFFE", "\uE000",
    ];

    public static string Next(Random rng, int maxPieces)
    {
        int n = rng.Next(0, maxPieces + 1);
        var sb = new StringBuilder();
        for (int i = 0; i < n; i++) sb.Append(Pieces[rng.Next(Pieces.Length)]);
        return sb.ToString();
    }

    public static string Escape(string s)
    {
        var sb = new StringBuilder();
        foreach (char c in s)
        {
            if (c < 0x20 || c > 0x7E) sb.Append($"\\u{(int)c:X4}");
            else sb.Append(c);
        }

        return sb.ToString();
    }
}
