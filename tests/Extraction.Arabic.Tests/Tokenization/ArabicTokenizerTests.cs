using Extraction.Arabic.Serialization;
using Extraction.Arabic.Tokenization;

namespace Extraction.Arabic.Tests.Tokenization;

public class ArabicTokenizerTests
{
    /// <summary>Renders tokens as "text/kind" joined by " | ".</summary>
    private static string Render(string text)
        => string.Join(" | ", ArabicTokenizer.Tokenize(text).Select(t => $"{text.Substring(t.Start, t.Length)}/{DocumentJson.KindName(t.Kind)}"));

    [Theory]
    // Arabic words, clitics attached, marks and tatweel inside
    [InlineData("والصادرات", "والصادرات/word")]
    [InlineData("جهودًا واسعةً", "جهودًا/word | واسعةً/word")]
    [InlineData("عربـــي", "عربـــي/word")]
    [InlineData("الـ18 من", "الـ/word | 18/number | من/word")]
    [InlineData("و8 دول", "و/word | 8/number | دول/word")]
    [InlineData("\u200Eمحمد", "محمد/word")]
    [InlineData("می\u200Cخواهم", "می\u200Cخواهم/word")]
    [InlineData("طهران\u00A0وموسكو", "طهران/word | وموسكو/word")]
    [InlineData("\uFEDF\uFEE4\uFEEE", "\uFEDF\uFEE4\uFEEE/word")]
    // Numbers
    [InlineData("1,234.5", "1,234.5/number")]
    [InlineData("٣٫٥", "٣٫٥/number")]
    [InlineData("١٬٠٠٠", "١٬٠٠٠/number")]
    [InlineData("2021ء", "2021ء/number")]
    [InlineData("2021م", "2021م/number")]
    [InlineData("2021م.", "2021م/number | ./punctuation")]
    [InlineData("1443هـ", "1443هـ/number")]
    [InlineData("1443ه", "1443ه/number")]
    [InlineData("2021مليون", "2021/number | مليون/word")]
    [InlineData("25%", "25/number | %/punctuation")]
    [InlineData("10/20/2021", "10/number | //punctuation | 20/number | //punctuation | 2021/number")]
    [InlineData("٠٢:٢٨", "٠٢/number | :/punctuation | ٢٨/number")]
    [InlineData("3.", "3/number | ./punctuation")]
    // Designators
    [InlineData("Mi-28", "Mi-28/designator")]
    [InlineData("S-400", "S-400/designator")]
    [InlineData("Geran-2", "Geran-2/designator")]
    [InlineData("Kh-101", "Kh-101/designator")]
    [InlineData("T-72B3", "T-72B3/designator")]
    [InlineData("F16", "F16/designator")]
    [InlineData("2S19", "2S19/designator")]
    [InlineData("مي-28", "مي-28/designator")]
    [InlineData("شاهد-136", "شاهد-136/designator")]
    [InlineData("جيران-2", "جيران-2/designator")]
    [InlineData("إس-400.", "إس-400/designator | ./punctuation")]
    [InlineData("شاهد 136", "شاهد/word | 136/number")]
    [InlineData("أمريكي-روسي", "أمريكي/word | -/punctuation | روسي/word")]
    // Latin words
    [InlineData("NLAW Javelin", "NLAW/latin | Javelin/latin")]
    [InlineData("Jean-Pierre", "Jean-Pierre/latin")]
    [InlineData("don't", "don't/latin")]
    [InlineData("U.S. army", "U.S./latin | army/latin")]
    [InlineData("Wednesday, 10/20/2021", "Wednesday/latin | ,/punctuation | 10/number | //punctuation | 20/number | //punctuation | 2021/number")]
    // Punctuation and quotes
    [InlineData("أ، ب؛ ج؟", "أ/word | ،/punctuation | ب/word | ؛/punctuation | ج/word | ؟/punctuation")]
    [InlineData("«ينمو»", "«/punctuation | ينمو/word | »/punctuation")]
    [InlineData("“ينمو”", "“/punctuation | ينمو/word | ”/punctuation")]
    [InlineData("″ينمو″", "″/punctuation | ينمو/word | ″/punctuation")]
    [InlineData("\"ينمو\"", "\"/punctuation | ينمو/word | \"/punctuation")]
    [InlineData("'ينمو'", "'/punctuation | ينمو/word | '/punctuation")]
    [InlineData("حقا؟!", "حقا/word | ؟!/punctuation")]
    [InlineData("آفاق..علاقة", "آفاق/word | ../punctuation | علاقة/word")]
    [InlineData("انتهى…", "انتهى/word | …/punctuation")]
    [InlineData("أ -- ب — ج", "أ/word | --/punctuation | ب/word | —/punctuation | ج/word")]
    [InlineData("ـــــ", "ـــــ/punctuation")]
    // Web furniture
    [InlineData("https://example.com/a?b=1.", "https://example.com/a?b=1/url | ./punctuation")]
    [InlineData("(www.irna.ir)", "(/punctuation | www.irna.ir/url | )/punctuation")]
    [InlineData("http://x.org/a_(b)", "http://x.org/a_(b)/url")]
    [InlineData("info@example.com،", "info@example.com/email | ،/punctuation")]
    [InlineData("#إيران #Iran_2021", "#إيران/hashtag | #Iran_2021/hashtag")]
    [InlineData("@user_1 @", "@user_1/mention | @/punctuation")]
    [InlineData("# 5", "#/punctuation | 5/number")]
    // Symbols, emoji, odd code units
    [InlineData("😀👍🏽€", "😀/symbol | 👍🏽/symbol | €/symbol")]
    [InlineData("❤️", "❤️/symbol")]
    [InlineData("\0\u0001\u001B", "")]
    [InlineData("   \n\t ", "")]
    [InlineData("", "")]
    // Lines from the seed articles
    [InlineData("Wednesday, 10/20/2021\n", "Wednesday/latin | ,/punctuation | 10/number | //punctuation | 20/number | //punctuation | 2021/number")]
    [InlineData("الخميس ١٢ يناير ٢٠٢٣ - ٠٢:٢٨ بتوقيت غرينتش", "الخميس/word | ١٢/number | يناير/word | ٢٠٢٣/number | -/punctuation | ٠٢/number | :/punctuation | ٢٨/number | بتوقيت/word | غرينتش/word")]
    [InlineData("(پاکستان پوائنٹ نیوز / سبوتنيك - 14 يونيو 2021ء)", "(/punctuation | پاکستان/word | پوائنٹ/word | نیوز/word | //punctuation | سبوتنيك/word | -/punctuation | 14/number | يونيو/word | 2021ء/number | )/punctuation")]
    [InlineData("> طهران«الأيام» رويترز:", ">/symbol | طهران/word | «/punctuation | الأيام/word | »/punctuation | رويترز/word | :/punctuation")]
    [InlineData("قائلًا: \"لقد بذلنا\".", "قائلًا/word | :/punctuation | \"/punctuation | لقد/word | بذلنا/word | \"/punctuation | ./punctuation")]
    [InlineData("في الـ18 من تشرين الأول/أكتوبر 2020،", "في/word | الـ/word | 18/number | من/word | تشرين/word | الأول/word | //punctuation | أكتوبر/word | 2020/number | ،/punctuation")]
    public void Tokenize_Input_ProducesExpectedTokens(string input, string expected)
        => Render(input).Should().Be(expected);

    [Fact]
    public void Tokenize_LoneSurrogates_AreOneCodeUnitSymbols()
    {
        // Built at run time: attribute strings cannot carry invalid UTF-16.
        string text = "a" + '\uD800' + "b " + '\uDC00' + '\uDBFF';
        Render(text).Should().Be($"a/latin | {'\uD800'}/symbol | b/latin | {'\uDC00'}/symbol | {'\uDBFF'}/symbol");
    }

    [Fact]
    public void Tokenize_Null_Throws()
    {
        var act = () => ArabicTokenizer.Tokenize(null!);
        act.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Enumerate_Span_MatchesTokenize()
    {
        string text = TestPaths.ReadText(TestPaths.SeedFiles.First());
        var list = new List<RawToken>();
        foreach (var t in ArabicTokenizer.Enumerate(text.AsSpan())) list.Add(t);
        list.Should().Equal(ArabicTokenizer.Tokenize(text));
        list.Should().NotBeEmpty();
    }

    [Fact]
    public void Tokenize_RandomStrings_TokensSortedNonOverlappingInBounds()
    {
        var rng = new Random(42);
        for (int i = 0; i < 5000; i++)
        {
            string s = RandomText.Next(rng, 50);
            int last = 0;
            foreach (var t in ArabicTokenizer.Tokenize(s))
            {
                t.Length.Should().BePositive("no empty tokens ({0})", RandomText.Escape(s));
                t.Start.Should().BeGreaterThanOrEqualTo(last, "sorted, non-overlapping ({0})", RandomText.Escape(s));
                t.End.Should().BeLessThanOrEqualTo(s.Length);
                last = t.End;
            }
        }
    }
}
