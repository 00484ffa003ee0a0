using Extraction.Arabic.Tokenization;

namespace Extraction.Arabic.Tests.Tokenization;

public class SentenceSplitterTests
{
    private static string[] Split(string text)
    {
        var tokens = ArabicTokenizer.Tokenize(text).ToArray();
        return SentenceSplitter.Split(text, tokens).Select(s => text.Substring(s.Span.Start, s.Span.Length)).ToArray();
    }

    [Theory]
    [InlineData("قال باقري ذلك. وأضاف أن التعاون ينمو.", new[] { "قال باقري ذلك.", "وأضاف أن التعاون ينمو." })]
    [InlineData("هل يتسع التعاون؟ نعم!", new[] { "هل يتسع التعاون؟", "نعم!" })]
    [InlineData("حقا؟! ثم ماذا", new[] { "حقا؟!", "ثم ماذا" })]
    [InlineData("انتهى الأمر… وبدأ غيره", new[] { "انتهى الأمر…", "وبدأ غيره" })]
    [InlineData("Done. Next one? Yes!", new[] { "Done.", "Next one?", "Yes!" })]
    public void Split_TerminalPunctuation_EndsSentences(string text, string[] expected) => Split(text).Should().Equal(expected);

    [Theory]
    [InlineData("السفير جلالي: التعاون يتنامى\nقال السفير إن التعاون جيد.", new[] { "السفير جلالي: التعاون يتنامى", "قال السفير إن التعاون جيد." })]
    [InlineData("عنوان\n\nفقرة أولى\r\nفقرة ثانية", new[] { "عنوان", "فقرة أولى", "فقرة ثانية" })]
    [InlineData("سطر\u2028سطر آخر", new[] { "سطر", "سطر آخر" })]
    public void Split_LineBreaks_EndSentences(string text, string[] expected) => Split(text).Should().Equal(expected);

    [Theory]
    [InlineData("بلغت النسبة 3.5 في المئة. وقال", new[] { "بلغت النسبة 3.5 في المئة.", "وقال" })]
    [InlineData("بلغت ٣٫٥ مليار", new[] { "بلغت ٣٫٥ مليار" })]
    [InlineData("قال د. محمد إن الوضع جيد.", new[] { "قال د. محمد إن الوضع جيد." })]
    [InlineData("وقال أ. د. علي كلاما.", new[] { "وقال أ. د. علي كلاما." })]
    [InlineData("Dr. Smith met Mr. Jones. They talked.", new[] { "Dr. Smith met Mr. Jones.", "They talked." })]
    [InlineData("the U.S. army left. Then", new[] { "the U.S. army left.", "Then" })]
    public void Split_NumbersAndAbbreviations_DoNotEndSentences(string text, string[] expected) => Split(text).Should().Equal(expected);

    [Theory]
    [InlineData("وأوضح: \"لدينا خطط. ويتماشى ذلك مع القرارات\". وأضاف أمرا.", new[] { "وأوضح: \"لدينا خطط. ويتماشى ذلك مع القرارات\".", "وأضاف أمرا." })]
    [InlineData("قال: «هذا أمر. وذاك آخر» ثم غادر. وعاد", new[] { "قال: «هذا أمر. وذاك آخر» ثم غادر.", "وعاد" })]
    [InlineData("قال: “جملة. وأخرى” ومضى.", new[] { "قال: “جملة. وأخرى” ومضى." })]
    [InlineData("قائلا: \"تمت صياغة الوثيقة.\" وأضاف", new[] { "قائلا: \"تمت صياغة الوثيقة.\"", "وأضاف" })]
    [InlineData("قال: «انتهى.» ثم", new[] { "قال: «انتهى.»", "ثم" })]
    public void Split_Quotations_StayWithTheirSentence(string text, string[] expected) => Split(text).Should().Equal(expected);

    [Theory]
    // An unbalanced quote (as in real pages) must not swallow the rest of the paragraph.
    [InlineData("بين طهران وموسكو\"، في إشارة. وأشار باقري.", new[] { "بين طهران وموسكو\"، في إشارة.", "وأشار باقري." })]
    [InlineData("قال \"إيرنا، إلى سوريا. وأضاف", new[] { "قال \"إيرنا، إلى سوريا.", "وأضاف" })]
    public void Split_UnbalancedQuote_StillSplits(string text, string[] expected) => Split(text).Should().Equal(expected);

    [Fact]
    public void Split_NoTokens_ReturnsEmpty() => SentenceSplitter.Split("  \n ", []).Should().BeEmpty();

    [Fact]
    public void Split_Seeds_EveryTokenInExactlyOneSentence()
    {
        foreach (string file in TestPaths.SeedFiles)
        {
            string text = TestPaths.ReadText(file);
            var tokens = ArabicTokenizer.Tokenize(text).ToArray();
            var sentences = SentenceSplitter.Split(text, tokens);
            sentences.Sum(s => s.TokenCount).Should().Be(tokens.Length);
            int next = 0;
            foreach (var s in sentences)
            {
                s.FirstToken.Should().Be(next);
                s.Span.Start.Should().Be(tokens[s.FirstToken].Start);
                s.Span.End.Should().Be(tokens[s.FirstToken + s.TokenCount - 1].End);
                next += s.TokenCount;
            }
        }
    }
}
