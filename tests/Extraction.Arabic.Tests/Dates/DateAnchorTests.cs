using Extraction.Arabic.Dates;
using Extraction.Arabic.Pipeline;
using Extraction.Arabic.Text;
using Extraction.Arabic.Tokenization;

namespace Extraction.Arabic.Tests.Dates;

/// <summary>The tagger tries its rules only around anchor tokens recorded by the text-analysis stage: it must find
/// exactly what trying every token finds.</summary>
public class DateAnchorTests
{
    private static readonly TextAnalysisStage Stage = new(ArabicNormalizer.Default, CliticSegmenter.Default);

    private static readonly DateOnly[] Anchors = [new(2015, 6, 17), new(2021, 1, 3), new(2023, 4, 21)];

    public static TheoryData<string> Texts()
    {
        var data = new TheoryData<string>
        {
            // Expressions whose first tokens are lead words, not anchors.
            "وقال في وقت سابق من هذا الشهر إن الاتفاق قريب.",
            "ارتفعت الأسعار على مدى الأيام الماضية وخلال الأسابيع المقبلة.",
            "غادر قبل أكثر من ثلاثة أعوام، ومنذ نحو 3 سنوات لم يعد، وقبل حوالي عشرة أيام اتصل.",
            "يعود صباح أول من أمس ثم بعد غد، ويصل الـ18 من الشهر الجاري.",
            "صدر الكتاب (2021) ثم طبعة ثانية عام 1443هـ، والحرب 1936 - 1939 انتهت في 1939 و2020.",
            "تجتمع اللجنة كل يوم وتنشر تقريرا سنويا، والاجتماع لمدة يومين في غضون شهر.",
            "في مطلع الأسبوع الماضي، ونهاية العام الجاري، وأواخر الأول من مارس 2020.",
            "الساعة الثالثة والنصف مساء بتوقيت غرينتش، ثم 10:30 صباحا يوم الخميس المقبل.",
            "Wednesday, 10/20/2021 and October 20, 2021 then 20.10.2021 and 2021/10/20.",
            "ديسمبر (كانون الأول) 2019 وتشرين الأول/أكتوبر 2020 وفي 15 رمضان 1442 و3 ذو الحجة.",
            "سوف يصل الاثنين، وسيعود في 14 يونيو، وقال اليوم الوطني إن الليلة الماضية هادئة.",
            // Compound numbers whose first word is no anchor (or only a weekday).
            "صدر القرار بتاريخ 13 /02 /1409ه الموافق 24 /09 /1988م، ثم في 14/ 10/ 1436هـ و20 / 10 / 2021 و3 / 4 / 5.",
            "بعد أحد عشر عاما، ولمدة إحدى عشرة سنة، وقبل اثني عشر شهرا، واثنا عشر يوما، ومنذ خمسة وعشرين عاما، وأحد عشر لاعبا.",
            // Numbers in every context a rule reads them in, and in none (ClassifyNumber, MayContinueNumber).
            "قبل 3 أعوام، و3 من اللاعبين، و15 من مارس، والـ18 من الشهر الجاري، و15 رمضان 1442، و7 دي 1392، و12 ذي الحجة، و5 كانون الثاني، و25 عاما، و1000 عام، وخلال 3 أيام، وصباح 15 مارس.",
            "عند 10:30 و10 : 30 و20/10/2021 و20-10-2021 و1936–1939 و(2021) و2015م و1443هـ و20.10.2021 و3.5 و1,000 و3 ملايين و2015 ميلادية و25 May 2020 و3 PM.",
            "منذ 2015 وحتى 2020 وفي 2019 وفي 2019 انتخابات ومطلع 2018 و2017 و(1999) و1000 عام و2016 هـ و7 دي 1392 ولدي (1393) ودي/آذر 1394 ومرت أيام وخلال أيام ومنذ نحو أسبوع وفي الأيام الماضية وبضعة أيام وكل ساعة.",
        };
        foreach (string f in TestPaths.SeedFiles) data.Add(TestPaths.ReadText(f));
        return data;
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Find_WithRecordedAnchors_EqualsTryingEveryToken(string text)
    {
        var doc = Stage.Run(Document.Create(text), CancellationToken.None);
        doc.DateAnchors.Should().NotBeNull();

        Describe(TemporalTagger.Find(doc)).Should().Equal(Describe(TemporalTagger.FindTryingEveryToken(doc)));
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Find_TokensWithoutAnchors_FindsThemAndTheSameExpressions(string text)
    {
        var analysed = Stage.Run(Document.Create(text), CancellationToken.None);
        var given = Document.Create(text).WithTokens(analysed.Tokens).WithSentences(analysed.Sentences);
        given.DateAnchors.Should().BeNull();

        var found = TemporalTagger.FindAnchors([.. analysed.Tokens]);
        found.Bits.Should().Equal(analysed.DateAnchors!.Bits);
        found.WordTokens.ToArray().Should().Equal(analysed.DateAnchors.WordTokens.ToArray());
        Describe(TemporalTagger.Find(given)).Should().Equal(Describe(TemporalTagger.Find(analysed)));
    }

    /// <summary>The stage keeps the readings of every anchor word (a word or Latin token whose anchor test needs no
    /// next token), in token order, and they are the lexicon's.</summary>
    [Theory]
    [MemberData(nameof(Texts))]
    public void AnchorWords_KeepTheLexiconsReadings(string text)
    {
        var doc = Stage.Run(Document.Create(text), CancellationToken.None);
        var anchors = doc.DateAnchors!;
        var expected = Enumerable.Range(0, doc.Tokens.Length).Where(i => (anchors.Bits[i >> 6] & (1UL << i)) != 0
            && doc.Tokens[i].Kind is TokenKind.Word or TokenKind.Latin
            && TemporalLexicon.ClassifyWord(doc.Tokens[i].Normalized, out _) == AnchorClass.Always);

        anchors.WordTokens.ToArray().Should().Equal(expected);
        for (int k = 0; k < anchors.WordCount; k++)
            anchors.WordReadings(k).Should().BeSameAs(TemporalLexicon.Lookup(doc.Tokens[anchors.WordTokens[k]].Normalized));
    }

    /// <summary>A number is an anchor only where a rule can read it: with two dots or four digits, else only before
    /// <c>:</c>, <c>/</c>, <c>-</c>, <c>–</c> or a word with a unit, month, unit noun or <c>من</c> reading; a word
    /// that is only an Iranian month only before a number, <c>(</c> or <c>/</c>.</summary>
    [Theory]
    [InlineData("قتل 25 شخصا في 3 مدن و3.5 مليون و1,000 جندي و12 من", "12")]
    [InlineData("بعد 3 أيام و10:30 و20/10 و7 يناير و5 من و1442 و20.10.2021 و4 الشهر", "3 أيام 10 20 7 يناير 5 1442 20.10.2021 4 الشهر")]
    [InlineData("و1936–1939 و7 دي و8 كانون و9 ذي و2 عاما و11", "1936 1939 7 8 كانون 9 ذي 2 عاما")]
    [InlineData("مرت أيام ولدي كتاب ودي 1392 ودي (1393) ولدي/آذر", "أيام ودي 1392 ودي 1393 ولدي")]
    public void Anchors_OnlyWhereARuleCanReadThem(string text, string anchors)
    {
        var doc = Stage.Run(Document.Create(text), CancellationToken.None);
        var found = doc.Tokens.Where((t, i) => (doc.DateAnchors!.Bits[i >> 6] & (1UL << i)) != 0);

        string.Join(" ", found.Select(t => t.Text)).Should().Be(anchors);
    }

    private static List<string> Describe(List<TemporalCandidate> candidates)
        => [.. candidates.Select(c => $"{c.Span} {c.Type} {c.AbsoluteDate} {c.Resolve(null)} {string.Join(" ", Anchors.Select(a => c.Resolve(a)))}")];
}
