namespace Extraction.Arabic.Claims;

/// <summary>Role and title nouns that name a person by office (السفير، رئيس الأركان، المتحدث باسم …).</summary>
/// <remarks>Folded forms (<see cref="Text.NormalizationOptions.Aggressive"/>), without the article. Curated from
/// general Arabic news usage; no names.</remarks>
internal static class RoleLexicon
{
    private static readonly HashSet<string> s_roles = new(StringComparer.Ordinal)
    {
        "رئيس", "رئيسه", "سفير", "سفيره", "وزير", "وزيره", "مرشد", "متحدث", "متحدثه", "ناطق", "ناطقه", "مدير", "مديره",
        "امين", "امينه", "مساعد", "مساعده", "نائب", "نائبه", "قائد", "مسؤول", "مسؤوله", "زعيم", "زعيمه", "ملك", "ملكه",
        "امير", "اميره", "ولي", "شيخ", "مستشار", "مستشاره", "ممثل", "ممثله", "مبعوث", "مبعوثه", "مندوب", "مندوبه", "منسق",
        "محافظ", "عمده", "قاضي", "عضو", "جنرال", "لواء", "عميد", "عقيد", "فريق", "مشير", "كبير", "مرشح", "مرشحه", "بابا",
        "رئيسا", "وكيل", "سكرتير", "قنصل", "دبلوماسي", "حاكم", "نائبا", "المفوض", "مفوض", "مفوضه", "محقق", "مدعي",
        "خادم", // خادم الحرمين الشريفين, the Saudi king's title
        // (A religious office, a legislator's title and professions named before a name: مفتي العراق، السيناتور فلان، الضابط،
        // الباحث، الأكاديمي، المهندس، المحامي. Not إمام: it folds like the preposition أمام.)
        "مفتي", "سيناتور", "ضابط", "باحث", "باحثه", "اكاديمي", "مهندس", "محامي", "محاميه",
    };

    /// <summary>Whether a folded word without its article is a role noun.</summary>
    public static bool IsRole(string folded) => s_roles.Contains(folded);
}
