using Extraction.Arabic.Dates;

namespace Extraction.Arabic.Tests.Dates;

public class DocumentDateTests
{
    private static readonly ArabicExtractor Extractor = ArabicExtractor.CreateDefault();

    private static string Seed(string prefix) => TestPaths.ReadText(TestPaths.SeedFiles.Single(f => Path.GetFileName(f).StartsWith(prefix, StringComparison.Ordinal)));

    [Theory]
    [InlineData("عنوان الخبر\n\nWednesday, 10/20/2021\n\nقال الوزير أمس إن …", "2021-10-20", "2021-10-19")]
    [InlineData("عنوان\nالخميس ١٢ يناير ٢٠٢٣ - ٠٢:٢٨ بتوقيت غرينتش\n\nأعلن السفير أمس أن …", "2023-01-12", "2023-01-11")]
    [InlineData("عنوان\n\n(وكالة / مراسل - 14 يونيو 2021ء) قال الرئيس الروسي اليوم الإثنين إن موسكو لديها خطط للتعاون في مجالات مختلفة مع إيران وغيرها من الدول.", "2021-06-14", "2021-06-14")]
    [InlineData("الرياض - 3 مارس 2020\nأعلنت الوزارة أمس", "2020-03-03", "2020-03-02")]
    public void Process_Dateline_BecomesDocumentDateAndAnchorsRelativeDates(string text, string expectedDate, string relativeValue)
    {
        var doc = Extractor.Process(text);
        doc.DocumentDate.Should().Be(DateOnly.Parse(expectedDate, System.Globalization.CultureInfo.InvariantCulture));
        doc.DocumentDateSource.Should().Be(DocumentDateSource.Dateline);
        doc.Dates.Should().Contain(d => d.Value == relativeValue && d.Span.Start > 0);
    }

    [Fact]
    public void Process_FullDateDeepInALongParagraph_IsNotADateline()
    {
        string text = "عنوان\n\n" + string.Concat(Enumerable.Repeat("كلام طويل في الفقرة الأولى ", 10)) + "وقع ذلك في 14 يونيو 2021 ثم قال أمس كلاما.";
        var doc = Extractor.Process(text);
        doc.DocumentDate.Should().BeNull();
        doc.Dates.Should().Contain(d => d.Value == "2021-06-14");
        doc.Dates.Should().Contain(d => d.Text == "أمس" && d.Value == null);
    }

    [Fact]
    public void Process_CallerDate_WinsOverDateline()
    {
        var doc = Extractor.Process("Wednesday, 10/20/2021\n\nقال أمس", new DateOnly(2022, 1, 5));
        doc.DocumentDate.Should().Be(new DateOnly(2022, 1, 5));
        doc.DocumentDateSource.Should().Be(DocumentDateSource.Caller);
        doc.Dates.Single(d => d.Text == "أمس").Value.Should().Be("2022-01-04");
    }

    [Fact]
    public void Seeds_DatelinesAreFoundWhereTheArticlesHaveThem()
    {
        Extractor.Process(Seed("000")).DocumentDate.Should().BeNull("the article has no dateline");
        Extractor.Process(Seed("001")).DocumentDate.Should().Be(new DateOnly(2021, 10, 20));
        Extractor.Process(Seed("002")).DocumentDate.Should().Be(new DateOnly(2023, 1, 12));
        Extractor.Process(Seed("003")).DocumentDate.Should().Be(new DateOnly(2021, 6, 14));
        Extractor.Process(Seed("004")).DocumentDate.Should().BeNull("the article has no dateline");
    }

    public static TheoryData<string, string, string, string> SeedDates => new()
    {
        // seed, text, type, value (reviewed by hand against the article)
        { "001", "Wednesday, 10/20/2021", "DATE", "2021-10-20" },
        { "001", "أكتوبر (تشرين الأول) من العام الماضي", "DATE", "2020-10" },
        { "001", "في غضون ثلاثة أشهر", "DURATION", "P3M" },
        { "001", "الاثنين", "DATE", "2021-10-18" },
        { "001", "لمدة 25 عامًا", "DURATION", "P25Y" },
        { "001", "ديسمبر (كانون الأول) 2019", "DATE", "2019-12" },
        { "001", "فبراير (شباط) الماضي", "DATE", "2021-02" },
        { "001", "أواخر أبريل (نيسان) 2021", "DATE", "2021-04" },
        { "002", "الخميس ١٢ يناير ٢٠٢٣", "DATE", "2023-01-12" },
        { "002", "٠٢:٢٨ بتوقيت غرينتش", "TIME", "2023-01-12T02:28" },
        { "003", "14 يونيو 2021ء", "DATE", "2021-06-14" },
        { "003", "اليوم الإثنين", "DATE", "2021-06-14" },
        { "003", "يوم الخميس", "DATE", "2021-06-10" },
        { "003", "بداية الشهر الجاري", "DATE", "2021-06" },
        { "003", "في وقت سابق هذا الشهر", "DATE", "2021-06" },
        { "003", "الـ18 من تشرين الأول/أكتوبر 2020", "DATE", "2020-10-18" },
        { "003", "أغسطس/ آب 2020", "DATE", "2020-08" },
    };

    [Theory]
    [MemberData(nameof(SeedDates))]
    public void Seeds_ExplicitAndRelativeDates_HaveTheRightValues(string seed, string text, string type, string value)
    {
        var doc = Extractor.Process(Seed(seed));
        doc.Dates.Should().Contain(d => d.Text == text && string.Equals(d.Type.ToString(), type, StringComparison.OrdinalIgnoreCase) && d.Value == value,
            $"seed {seed} has «{text}»; found: {string.Join(" | ", doc.Dates.Select(d => $"{d.Text}={d.Value}"))}");
    }

    [Fact]
    public void Seed004_WithCallerDate_ResolvesWeekdaysAndMonths()
    {
        var doc = Extractor.Process(Seed("004"), new DateOnly(2022, 11, 10)); // a Thursday
        doc.Dates.Where(d => d.Text == "الأربعاء").Select(d => d.Value).Should().AllBe("2022-11-09");
        doc.Dates.Should().Contain(d => d.Text == "الثلاثاء" && d.Value == "2022-11-08");
        doc.Dates.Should().Contain(d => d.Text == "20 أغسطس الماضي" && d.Value == "2022-08-20");
        doc.Dates.Should().Contain(d => d.Text == "مطلع الأسبوع" && d.Value == "2022-W45");
        doc.Dates.Should().NotContain(d => d.Text.Contains("قبل"), "«قبل أشهر الشتاء» is no date");
    }
}
