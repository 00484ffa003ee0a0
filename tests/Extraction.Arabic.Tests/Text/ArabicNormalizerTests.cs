using System.Text;
using Extraction.Arabic.Text;

namespace Extraction.Arabic.Tests.Text;

public class ArabicNormalizerTests
{
    private static readonly ArabicNormalizer Default = ArabicNormalizer.Default;

    [Theory]
    // Alef forms → bare alef
    [InlineData("أحمد", "احمد")]
    [InlineData("إيران", "ايران")]
    [InlineData("آسيا", "اسيا")]
    [InlineData("ٱلله", "الله")]
    [InlineData("\u0672", "ا")]
    [InlineData("\u0673", "ا")]
    [InlineData("\u0675", "ا")]
    // Alef maksura → yeh (default on)
    [InlineData("مصطفى", "مصطفي")]
    // Teh marbuta kept by default
    [InlineData("مدرسة", "مدرسة")]
    // Persian letters
    [InlineData("ایران", "ايران")]
    [InlineData("کرمان", "كرمان")]
    // Tatweel and harakat removed
    [InlineData("الـ18", "ال18")]
    [InlineData("عربـــي", "عربي")]
    [InlineData("جهودًا", "جهودا")]
    [InlineData("واسعةً", "واسعة")]
    [InlineData("مُحَمَّد", "محمد")]
    [InlineData("بِسْمِ", "بسم")]
    [InlineData("كُتُبٌ", "كتب")]
    [InlineData("هٰذا", "هذا")]
    [InlineData("قرآنۖ", "قران")]
    // Digits
    [InlineData("٠١٢٣٤٥٦٧٨٩", "0123456789")]
    [InlineData("۰۱۲۳۴۵۶۷۸۹", "0123456789")]
    [InlineData("٣٫٥", "3.5")]
    [InlineData("١٬٠٠٠", "1,000")]
    [InlineData("٥٠٪", "50%")]
    // Presentation forms
    [InlineData("\uFEDF\uFEE4\uFEEE", "لمو")]
    [InlineData("\uFEFB", "لا")]
    [InlineData("\uFEF7", "لا")]
    [InlineData("\uFDF2", "الله")]
    [InlineData("\uFE8D\uFEDF\uFECC\uFEAE\uFE91\uFBFF\uFE94", "العربية")]
    // Bidi and zero-width marks removed
    [InlineData("\u200Eمحمد", "محمد")]
    [InlineData("مح\u200Fمد", "محمد")]
    [InlineData("\u061Cنص", "نص")]
    [InlineData("\u202Bنص\u202C", "نص")]
    [InlineData("\u202A\u202D\u202Eنص", "نص")]
    [InlineData("می\u200Cخواهم", "ميخواهم")]
    [InlineData("a\u200Bb\u200Dc", "abc")]
    [InlineData("\u2066x\u2069\uFEFF", "x")]
    // Spaces
    [InlineData("a\u00A0b", "a b")]
    [InlineData("a\u202Fb\u2007c", "a b c")]
    // Unchanged
    [InlineData("Mi-28 S-400", "Mi-28 S-400")]
    [InlineData("«» “” ″ \" '", "«» “” ″ \" '")]
    [InlineData("ؤئء", "ؤئء")]
    [InlineData("", "")]
    // U+0000 and U+0001 (the table's own markers) carry no text
    [InlineData("a\0b\u0001c", "abc")]
    public void Normalize_Input_FoldsAsDocumented(string input, string expected)
    {
        Default.Normalize(input).Text.Should().Be(expected);
        Default.NormalizeToString(input).Should().Be(expected);
    }

    [Fact]
    public void Normalize_FoldTehMarbuta_FoldsWhenOn()
    {
        new ArabicNormalizer(NormalizationOptions.Aggressive).Normalize("مدرسة").Text.Should().Be("مدرسه");
    }

    [Fact]
    public void Normalize_FoldAlefMaksuraOff_KeepsIt()
    {
        new ArabicNormalizer(new NormalizationOptions { FoldAlefMaksura = false }).Normalize("مصطفى").Text.Should().Be("مصطفى");
    }

    [Fact]
    public void Normalize_FoldPersianOff_KeepsPersianLetters()
    {
        new ArabicNormalizer(new NormalizationOptions { FoldPersianLetters = false }).Normalize("ایران").Text.Should().Be("ایران");
    }

    [Fact]
    public void Normalize_Null_Throws()
    {
        var act = () => Default.Normalize(null!);
        act.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void ToOriginal_SpanAfterRemovedMarks_MapsBackToSource()
    {
        const string input = "قال مُحَمَّد باقري";
        var n = Default.Normalize(input);
        n.Text.Should().Be("قال محمد باقري");
        int s = n.Text.IndexOf("محمد", StringComparison.Ordinal);
        var original = n.ToOriginal(new TextSpan(s, 4));
        input.Substring(original.Start, original.Length).Should().Be("مُحَمَّد");
        var last = n.ToOriginal(new TextSpan(n.Text.Length - 5, 5));
        input.Substring(last.Start, last.Length).Should().Be("باقري");
    }

    [Fact]
    public void ToOriginal_InsideExpansion_CoversTheWholeSourceCharacter()
    {
        const string input = "x\uFEFBy"; // lam-alef ligature expands to two letters
        var n = Default.Normalize(input);
        n.Text.Should().Be("xلاy");
        var span = n.ToOriginal(new TextSpan(1, 2));
        span.Should().Be(new TextSpan(1, 1));
        n.ToOriginal(new TextSpan(1, 1)).Should().Be(new TextSpan(1, 1));
    }

    [Fact]
    public void ToOriginal_OutsideText_Throws()
    {
        var n = Default.Normalize("abc");
        var act = () => n.ToOriginal(new TextSpan(2, 5));
        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void TryNormalize_TooSmallBuffer_ReturnsFalse()
    {
        Span<char> buf = stackalloc char[2];
        Default.TryNormalize("abcd", buf, out _).Should().BeFalse();
    }

    public static TheoryData<string> OptionSets => new() { "default", "aggressive" };

    [Theory]
    [MemberData(nameof(OptionSets))]
    public void Normalize_RandomStrings_IsIdempotent(string optionSet)
    {
        var normalizer = optionSet == "default" ? Default : new ArabicNormalizer(NormalizationOptions.Aggressive);
        var rng = new Random(1234);
        for (int i = 0; i < 2000; i++)
        {
            string s = RandomText.Next(rng, 40);
            string once = normalizer.Normalize(s).Text;
            normalizer.Normalize(once).Text.Should().Be(once, "normalizing twice must change nothing ({0})", RandomText.Escape(s));
            normalizer.NormalizeToString(s).Should().Be(once, "the span and string paths agree");
        }
    }

    [Fact]
    public void Normalize_RandomStrings_MapIsMonotonicAndInBounds()
    {
        var rng = new Random(99);
        for (int i = 0; i < 2000; i++)
        {
            string s = RandomText.Next(rng, 30);
            var n = Default.Normalize(s);
            int prev = -1;
            for (int k = 0; k < n.Text.Length; k++)
            {
                int o = n.ToOriginalIndex(k);
                o.Should().BeInRange(Math.Max(prev, 0), s.Length - 1);
                prev = o;
            }

            if (n.Text.Length > 0)
            {
                var whole = n.ToOriginal(new TextSpan(0, n.Text.Length));
                whole.End.Should().BeLessThanOrEqualTo(s.Length);
            }
        }
    }

    [Fact]
    public void PresentationForms_Table_MatchesUnicodeCompatibilityDecomposition()
    {
        foreach (var (form, decomposition) in PresentationForms.Table)
        {
            form.ToString().Normalize(NormalizationForm.FormKC).Should().Be(decomposition, "U+{0:X4}", (int)form);
        }
    }
}
