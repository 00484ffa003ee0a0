using Extraction.Arabic.Text;

namespace Extraction.Arabic.Tests.Text;

public class ArabicLightStemmerTests
{
    [Theory]
    [InlineData("والكتاب", "كتاب")]      // وال article (after و removal: ال)
    [InlineData("بالمدرسة", "مدرس")]     // بال, then ة, then no further suffix (مدرس ends in no listed suffix)
    [InlineData("كالبحر", "بحر")]        // كال
    [InlineData("فالأمر", "امر")]        // فال after alef folding
    [InlineData("للطلاب", "طلاب")]       // لل
    [InlineData("الطائرات", "طائر")]     // ال + ات
    [InlineData("المسلمون", "مسلم")]     // ون
    [InlineData("المسلمين", "مسلم")]     // ين
    [InlineData("كتابها", "كتاب")]       // ها
    [InlineData("معلمان", "معلم")]       // ان
    [InlineData("العربية", "عرب")]       // ية then nothing (عرب)
    [InlineData("كتابه", "كتاب")]        // ه
    [InlineData("وزير", "زير")]          // و removed: 3 letters remain (light10 is aggressive by design)
    [InlineData("ولد", "ولد")]           // و kept: only 2 letters would remain
    [InlineData("اليوم", "يوم")]         // ال leaves 3
    [InlineData("الى", "ال")]            // ى→ي; the article would leave 1 letter (kept); the suffix ي leaves 2 (removed)
    public void Stem_Word_ReturnsLight10Stem(string word, string expected)
        => ArabicLightStemmer.Stem(word).Should().Be(expected);

    [Fact]
    public void Stem_Span_IsSliceOfInput()
    {
        ReadOnlySpan<char> input = "والمسلمون";
        var stem = ArabicLightStemmer.Stem(input);
        stem.ToString().Should().Be("مسلم");
        input.Overlaps(stem).Should().BeTrue();
    }

    [Theory]
    [InlineData("")]
    [InlineData("و")]
    [InlineData("ال")]
    [InlineData("abc")]
    public void Stem_ShortOrForeign_Unchanged(string word) => ArabicLightStemmer.Stem(word).Should().Be(word);
}
