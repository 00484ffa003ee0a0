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

        TemporalTagger.FindAnchors([.. analysed.Tokens]).Should().Equal(analysed.DateAnchors);
        Describe(TemporalTagger.Find(given)).Should().Equal(Describe(TemporalTagger.Find(analysed)));
    }

    private static List<string> Describe(List<TemporalCandidate> candidates)
        => [.. candidates.Select(c => $"{c.Span} {c.Type} {c.AbsoluteDate} {c.Resolve(null)} {string.Join(" ", Anchors.Select(a => c.Resolve(a)))}")];
}
