using System.Collections.Frozen;
using System.Globalization;

namespace Extraction.Arabic.Entities.Weapons;

/// <summary>Numbers, scale words, count qualifiers and currencies as they appear in Arabic news (folded forms).</summary>
internal static class Numbers
{
    private static readonly FrozenDictionary<string, decimal> s_words = new Dictionary<string, decimal>(StringComparer.Ordinal)
    {
        ["واحد"] = 1, ["واحده"] = 1, ["اثنان"] = 2, ["اثنين"] = 2, ["اثنتين"] = 2, ["اثنتان"] = 2,
        ["ثلاث"] = 3, ["ثلاثه"] = 3, ["اربع"] = 4, ["اربعه"] = 4, ["خمس"] = 5, ["خمسه"] = 5,
        ["ست"] = 6, ["سته"] = 6, ["سبع"] = 7, ["سبعه"] = 7, ["ثماني"] = 8, ["ثمانيه"] = 8, ["ثمان"] = 8,
        ["تسع"] = 9, ["تسعه"] = 9, ["عشر"] = 10, ["عشره"] = 10, ["عشرين"] = 20, ["عشرون"] = 20,
        ["ثلاثين"] = 30, ["ثلاثون"] = 30, ["اربعين"] = 40, ["اربعون"] = 40, ["خمسين"] = 50, ["خمسون"] = 50,
        ["ستين"] = 60, ["ستون"] = 60, ["سبعين"] = 70, ["سبعون"] = 70, ["ثمانين"] = 80, ["ثمانون"] = 80,
        ["تسعين"] = 90, ["تسعون"] = 90, ["مئه"] = 100, ["مائه"] = 100, ["مئتين"] = 200, ["مائتين"] = 200,
        ["مئتان"] = 200, ["مائتان"] = 200, ["الف"] = 1000,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, decimal> s_scales = new Dictionary<string, decimal>(StringComparer.Ordinal)
    {
        ["الف"] = 1_000m, ["الاف"] = 1_000m, ["مليون"] = 1_000_000m, ["ملايين"] = 1_000_000m, ["مليونا"] = 1_000_000m,
        ["مليار"] = 1_000_000_000m, ["مليارات"] = 1_000_000_000m, ["مليارا"] = 1_000_000_000m, ["بليون"] = 1_000_000_000m,
        ["بلايين"] = 1_000_000_000m, ["تريليون"] = 1_000_000_000_000m, ["ترليون"] = 1_000_000_000_000m,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Currency nouns and their default ISO 4217 code ("" when the noun alone does not settle it).</summary>
    private static readonly FrozenDictionary<string, string> s_currencies = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["دولار"] = "USD", ["دولارا"] = "USD", ["دولارات"] = "USD", ["الدولارات"] = "USD",
        ["يورو"] = "EUR", ["روبل"] = "RUB", ["روبلا"] = "RUB", ["روبلات"] = "RUB", ["يوان"] = "CNY", ["ين"] = "JPY",
        ["ريال"] = "", ["ريالا"] = "", ["ريالات"] = "", ["جنيه"] = "", ["جنيها"] = "", ["جنيهات"] = "",
        ["درهم"] = "", ["دراهم"] = "", ["دينار"] = "", ["دينارا"] = "", ["دنانير"] = "", ["ليره"] = "", ["ليرات"] = "",
        ["تومان"] = "",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Adjectives after a currency noun that fix the currency.</summary>
    private static readonly FrozenDictionary<string, string> s_currencyAdjectives = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["سعودي"] = "SAR", ["قطري"] = "QAR", ["ايراني"] = "IRR", ["يمني"] = "YER", ["امريكي"] = "USD", ["اميركي"] = "USD",
        ["مصري"] = "EGP", ["تركيه"] = "TRY", ["سوري"] = "SYP", ["سوريه"] = "SYP", ["لبنانيه"] = "LBP", ["اماراتي"] = "AED",
        ["كويتي"] = "KWD", ["اردني"] = "JOD", ["عراقي"] = "IQD", ["استرليني"] = "GBP", ["كندي"] = "CAD", ["استرالي"] = "AUD",
        ["بحريني"] = "BHD", ["عماني"] = "OMR", ["روسي"] = "RUB", ["صيني"] = "CNY", ["ياباني"] = "JPY", ["مغربي"] = "MAD",
        ["جزائري"] = "DZD", ["تونسي"] = "TND", ["ليبي"] = "LYD", ["سوداني"] = "SDG",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Words after a number that show it counts something else than a weapon (years, people, thousands).</summary>
    private static readonly FrozenSet<string> s_countNouns = new[]
    {
        "الف", "الاف", "مليون", "ملايين", "مليار", "شخص", "شخصا", "اشخاص", "مره", "مرات", "عام", "عاما", "سنه", "سنوات",
        "يوم", "يوما", "ايام", "ساعه", "ساعات", "دقيقه", "دقائق", "شهر", "اشهر", "دولار", "دولارا", "ريال", "ريالا", "يورو",
        "%", "بالمئه", "بالمائه", "درجه", "كيلومتر", "كلم", "كم", "متر", "مترا", "قتيلا", "قتيل", "جريحا", "زائر", "زائرا",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool IsCountNoun(string folded) => s_countNouns.Contains(folded);

    public static bool TryScale(string folded, out decimal scale) => s_scales.TryGetValue(folded, out scale);

    /// <summary>Reads a number token (<c>160</c>, <c>1,500</c>, <c>2.5</c>) or a number word (<c>ثلاث</c>).</summary>
    public static bool TryValue(string folded, bool isNumberToken, out decimal value)
    {
        if (isNumberToken)
        {
            string s = folded.Replace(",", "", StringComparison.Ordinal);
            return decimal.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
        }

        return s_words.TryGetValue(folded, out value);
    }

    public static bool TryCurrency(string folded, out string code) => s_currencies.TryGetValue(folded, out code!);

    public static bool TryCurrencyAdjective(string folded, out string code) => s_currencyAdjectives.TryGetValue(folded, out code!);

    /// <summary>The qualifier written before a number, as the words before it (nearest last) show it.</summary>
    /// <param name="w1">The word just before the number (folded, article kept).</param>
    /// <param name="w2">The word before <paramref name="w1"/>.</param>
    /// <param name="w3">The word before <paramref name="w2"/>.</param>
    /// <param name="words">How many of these words belong to the qualifier.</param>
    public static QuantityQualifier Qualifier(string? w1, string? w2, string? w3, out int words)
    {
        words = 0;
        if (w1 is "نحو" or "حوالي" or "حوالى" or "قرابه" or "زهاء" or "قرابة" or "تقريبا") { words = 1; return QuantityQualifier.About; }
        if (w1 is "من" && w2 is "اكثر") { words = 2; return QuantityQualifier.MoreThan; }
        if (w1 is "من" && w2 is "اقل") { words = 2; return QuantityQualifier.LessThan; }
        if (w1 is "يقارب") { words = w2 is "ما" ? 2 : 1; return QuantityQualifier.About; }
        if (w1 is "على" or "علي" or "عن" && w2 is "يزيد")
        {
            if (w3 is "لا") { words = 3; return QuantityQualifier.AtMost; }
            words = 2;
            return QuantityQualifier.MoreThan;
        }

        if (w1 is "عن" && w2 is "يقل" && w3 is "لا") { words = 3; return QuantityQualifier.AtLeast; }
        return QuantityQualifier.Exact;
    }
}
