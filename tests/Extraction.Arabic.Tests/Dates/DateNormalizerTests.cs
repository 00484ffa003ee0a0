using Extraction.Arabic.Dates;

namespace Extraction.Arabic.Tests.Dates;

public class DateNormalizerTests
{
    private const string A = "2021-10-20"; // a Wednesday; Hijri 14 Rabi' I 1443

    private static DateOnly? Anchor(string? iso) => iso is null ? null : DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static void Check(string expression, string? anchor, TemporalType type, string? value, string? text = null)
    {
        var r = DateNormalizer.Parse(expression, Anchor(anchor));
        r.Success.Should().BeTrue($"«{expression}» is a temporal expression ({r.Error})");
        r.Type.Should().Be(type, expression);
        r.Value.Should().Be(value, expression);
        expression.Substring(r.Span.Start, r.Span.Length).Should().Be(text ?? expression, "the whole expression is recognized");
    }

    [Theory]
    // Egyptian/Gulf names, day + month + year
    [InlineData("20 أكتوبر 2021", "2021-10-20")]
    [InlineData("1 يناير 2020", "2020-01-01")]
    [InlineData("١٥ فبراير ٢٠٢٢", "2022-02-15")]
    [InlineData("3 مارس 2019", "2019-03-03")]
    [InlineData("4 أبريل 2018", "2018-04-04")]
    [InlineData("4 إبريل 2018", "2018-04-04")]
    [InlineData("4 ابريل 2018", "2018-04-04")]
    [InlineData("5 مايو 2017", "2017-05-05")]
    [InlineData("6 يونيو 2016", "2016-06-06")]
    [InlineData("6 يونيه 2016", "2016-06-06")]
    [InlineData("7 يوليو 2015", "2015-07-07")]
    [InlineData("7 يوليه 2015", "2015-07-07")]
    [InlineData("8 أغسطس 2014", "2014-08-08")]
    [InlineData("9 سبتمبر 2013", "2013-09-09")]
    [InlineData("10 أكتوبر 2012", "2012-10-10")]
    [InlineData("11 نوفمبر 2011", "2011-11-11")]
    [InlineData("12 ديسمبر 2010", "2010-12-12")]
    [InlineData("٣١ ديسمبر ٢٠٢٠", "2020-12-31")]
    // Levantine/Iraqi names
    [InlineData("كانون الثاني 2020", "2020-01")]
    [InlineData("شباط 2020", "2020-02")]
    [InlineData("آذار 2020", "2020-03")]
    [InlineData("نيسان 2020", "2020-04")]
    [InlineData("أيار 2020", "2020-05")]
    [InlineData("حزيران 2020", "2020-06")]
    [InlineData("تموز 2020", "2020-07")]
    [InlineData("آب 2020", "2020-08")]
    [InlineData("أغسطس (آب) 2020", "2020-08")]
    [InlineData("أيلول 2020", "2020-09")]
    [InlineData("تشرين الأول 2020", "2020-10")]
    [InlineData("تشرين الثاني 2020", "2020-11")]
    [InlineData("كانون الأول 2020", "2020-12")]
    [InlineData("15 كانون الثاني 2019", "2019-01-15")]
    // Maghrebi names
    [InlineData("جانفي 2020", "2020-01")]
    [InlineData("فيفري 2020", "2020-02")]
    [InlineData("أفريل 2020", "2020-04")]
    [InlineData("ماي 2020", "2020-05")]
    [InlineData("جوان 2020", "2020-06")]
    [InlineData("جويلية 2020", "2020-07")]
    [InlineData("أوت 2020", "2020-08")]
    [InlineData("12 جانفي 2023", "2023-01-12")]
    // English
    [InlineData("20 October 2021", "2021-10-20")]
    [InlineData("October 20, 2021", "2021-10-20")]
    // Paired forms as published
    [InlineData("ديسمبر (كانون الأول) 2019", "2019-12")]
    [InlineData("تشرين الأول/أكتوبر 2020", "2020-10")]
    [InlineData("أغسطس/ آب 2020", "2020-08")]
    [InlineData("الـ18 من تشرين الأول/أكتوبر 2020", "2020-10-18")]
    [InlineData("18 تشرين الأول (أكتوبر) 2020", "2020-10-18")]
    [InlineData("شباط/فبراير 2022", "2022-02")]
    // Years and eras
    [InlineData("14 يونيو 2021ء", "2021-06-14")]
    [InlineData("14 يونيو 2021م", "2021-06-14")]
    [InlineData("14 يونيو 2021 م", "2021-06-14")]
    [InlineData("عام 2019", "2019")]
    [InlineData("سنة 1990", "1990")]
    [InlineData("2021م", "2021")]
    [InlineData("عام 2019م", "2019")]
    [InlineData("عام (1933)", "1933")]
    [InlineData("سنة (1935) م", "1935")]
    [InlineData("(1948)", "1948")]
    [InlineData("تموز (1970)", "1970-07")]
    [InlineData("1936 - 1939", "1936/1939")]
    [InlineData("1936-1939", "1936/1939")]
    // Ordinal days
    [InlineData("الأول من أكتوبر 2021", "2021-10-01")]
    [InlineData("الثالث من مايو 2020", "2020-05-03")]
    public void Parse_AbsoluteDate_NeedsNoAnchor(string expression, string value)
        => Check(expression, null, TemporalType.Date, value);

    [Theory]
    [InlineData("15 رمضان 1442هـ", "2021-04-27")]
    [InlineData("1 محرم 1443 هـ", "2021-08-09")]
    [InlineData("ذو الحجة 1442", "2021-07")]
    [InlineData("ذي الحجة 1442هـ", "2021-07")]
    [InlineData("ربيع الأول 1443", "2021-10")]
    [InlineData("جمادى الأولى 1443", "2021-12")]
    [InlineData("1 فروردين 1400", "2021-03-21")]
    [InlineData("15 مهر 1400", "2021-10-07")]
    [InlineData("آبان 1400", "2021-10")]
    // A Hijri year is the Gregorian year holding most of it: 1443 AH runs from 2021-08-09 to 2022-07-29.
    [InlineData("1443هـ", "2022")]
    [InlineData("عام 1436هـ", "2015")]
    [InlineData("1435/1436هـ", "2014/2015")]
    [InlineData("العام الدراسي 1436 - 1437هـ", "2015/2016", "1436 - 1437هـ")]
    [InlineData("1412 - 1413هـ", "1992")]
    [InlineData("29/11/1433هـ", "2012-10-15")]
    [InlineData("1436/10/20 هـ", "2015-08-05")]
    [InlineData("24/8/1436 ه", "2015-06-11")]
    [InlineData("الرابع عشر من رمضان 1442", "2021-04-26")]
    public void Parse_HijriAndPersian_ConvertedToGregorian(string expression, string value, string? text = null)
        => Check(expression, null, TemporalType.Date, value, text);

    [Theory]
    // A year without an era within two years of the anchor's Hijri year (2015-07-21 is in 1436 AH) is Hijri.
    [InlineData("عام 1436", "2015-07-21", "2015", "عام 1436")]
    [InlineData("في العام الدراسي 1436/1437 الجديد", "2015-07-21", "2015/2016", "1436/1437")]
    [InlineData("بانخفاض عن عام 1434", "2015-07-21", "2013", "عام 1434")]
    [InlineData("في عام 1443", A, "2022", "عام 1443")]
    // Further from it, or without an anchor, it stays Gregorian.
    [InlineData("عام 1431", "2015-07-21", "1431", "عام 1431")]
    [InlineData("عام 1436", A, "1436", "عام 1436")]
    [InlineData("عام 1436", null, "1436", "عام 1436")]
    [InlineData("العام الدراسي 1436/1437", null, "1436/1437", "1436/1437")]
    public void Parse_YearWithoutEra_HijriWhenNearTheAnchorsHijriYear(string expression, string? anchor, string value, string text)
        => Check(expression, anchor, TemporalType.Date, value, text);

    [Theory]
    [InlineData("شهر رمضان", "2021-04")]
    [InlineData("رمضان الماضي", "2021-04")]
    [InlineData("رمضان المقبل", "2022-04")]
    public void Parse_HijriMonthWithoutYear_ResolvedAgainstAnchor(string expression, string value)
        => Check(expression, A, TemporalType.Date, value);

    [Theory]
    [InlineData("الاثنين", "2021-10-18")]
    [InlineData("الإثنين", "2021-10-18")]
    [InlineData("يوم الخميس", "2021-10-14")]
    [InlineData("الأربعاء", "2021-10-20")]
    [InlineData("اليوم الأربعاء", "2021-10-20")]
    [InlineData("اليوم الإثنين", "2021-10-18")]
    [InlineData("الجمعة", "2021-10-15")]
    [InlineData("السبت", "2021-10-16")]
    [InlineData("الأحد", "2021-10-17")]
    [InlineData("الثلاثاء", "2021-10-19")]
    [InlineData("يوم الثلاثاء", "2021-10-19")]
    [InlineData("يوم أحد", "2021-10-17")]
    [InlineData("الخميس المقبل", "2021-10-21")]
    [InlineData("الأربعاء المقبل", "2021-10-27")]
    [InlineData("الأربعاء الماضي", "2021-10-13")]
    [InlineData("الاثنين الماضي", "2021-10-18")]
    [InlineData("يوم الجمعة القادم", "2021-10-22")]
    [InlineData("مساء الخميس", "2021-10-14")]
    [InlineData("Wednesday", "2021-10-20")]
    public void Parse_Weekday_MostRecentOnOrBeforeAnchor(string expression, string value)
        => Check(expression, A, TemporalType.Date, value);

    [Fact]
    public void Parse_WeekdayWithConjunction_SpanExcludesIt()
        => Check("والاثنين", A, TemporalType.Date, "2021-10-18", "الاثنين");

    [Fact]
    public void Process_CoordinatedWeekdaysWithDualModifier_BothPointForward()
    {
        var doc = ArabicExtractor.CreateDefault().Process("موعد لقاء الفريقين الجمعة والسبت المقبلين", Anchor(A));
        doc.Dates.Select(d => (d.Text, d.Value)).Should().Equal(("الجمعة", "2021-10-22"), ("السبت المقبلين", "2021-10-23"));
    }

    [Theory]
    [InlineData("سوف تحتفي السفارة مساء اليوم (الأربعاء) بالفريق.", "الأربعاء", "2021-10-20")]
    [InlineData("تقام المباراة غدا الخميس في لندن.", "الخميس", "2021-10-21")]
    [InlineData("تقام المباراة يوم غد (الخميس) في لندن.", "الخميس", "2021-10-21")]
    [InlineData("سيغادر الوفد الذي وصل أمس الثلاثاء.", "الثلاثاء", "2021-10-19")]
    public void Process_WeekdayInAppositionToADeicticDay_IsThatDay(string sentence, string weekday, string value)
    {
        var doc = ArabicExtractor.CreateDefault().Process(sentence, Anchor(A));
        doc.Dates.Should().ContainSingle(d => d.Text == weekday).Which.Value.Should().Be(value, sentence);
    }

    [Theory]
    [InlineData("يوم غد", "2021-10-21")]
    [InlineData("يوم أمس", "2021-10-19")]
    public void Parse_DayWordBeforeADeicticDay_IsOneExpression(string expression, string value)
        => Check(expression, A, TemporalType.Date, value);

    [Fact]
    public void Parse_WeekdayAfterFutureVerb_PointsForward()
        => Check("سوف يزور موسكو الجمعة", A, TemporalType.Date, "2021-10-22", "الجمعة");

    [Theory]
    [InlineData("20/10/2021", "2021-10-20")]
    [InlineData("10/20/2021", "2021-10-20")]
    [InlineData("05/04/2021", "2021-04-05")]
    [InlineData("٢٠/١٠/٢٠٢١", "2021-10-20")]
    [InlineData("2021/10/20", "2021-10-20")]
    [InlineData("20.10.2021", "2021-10-20")]
    [InlineData("20-10-2021", "2021-10-20")]
    [InlineData("1/2/21", "2021-02-01")]
    [InlineData("Wednesday, 10/20/2021", "2021-10-20")]
    [InlineData("20 / 10 / 2021", "2021-10-20")]
    [InlineData("14/ 10/ 1436هـ", "2015-07-30")]
    [InlineData("Wednesday, 05/04/2021", "2021-05-04")]
    [InlineData("الخميس ١٢ يناير ٢٠٢٣", "2023-01-12")]
    [InlineData("الأربعاء، 20 أكتوبر 2021", "2021-10-20")]
    public void Parse_NumericAndDatelineDates(string expression, string value)
        => Check(expression, null, TemporalType.Date, value);

    [Theory]
    [InlineData("32/10/2021")]
    [InlineData("10/20")]
    [InlineData("19 + 13 =")]
    [InlineData("2000 جندي")]
    [InlineData("في 2000 موقع")]
    [InlineData("وقف ضد أحد الأطراف")]
    [InlineData("نشرت صحيفة الأيام تقريرا")]
    [InlineData("مارس الجيش ضغوطا كبيرة")]
    [InlineData("رجب طيب أردوغان")]
    [InlineData("قال رمضان")]
    [InlineData("أحد عشر لاعبا")]
    [InlineData("صفر")]
    [InlineData("مهر العروس")]
    [InlineData("حرب الأيام الـ12")]
    [InlineData("قبل أشهر الشتاء")]
    [InlineData("اليوم الوطني السعودي")]
    [InlineData("في ذلك الوقت")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Mi-28 S-400")]
    [InlineData("دخل من باب المدرسة")]
    [InlineData("وفي باب الرأي مقال طويل")]
    [InlineData("وقف أمامهم كأب حنون")]
    [InlineData("اشتباكات في إب وتعز")]
    [InlineData("في أب وابنه")]
    [InlineData("يهتم بكرة القدم")]
    [InlineData("صدر القرار 1973 عن مجلس الأمن")]
    [InlineData("نشرت الحرب 2000 جندي")]
    [InlineData("اتصلوا على الرقم (2015) للاستعلام")]
    [InlineData("خلفت الحرب 2000 قتيل")]
    [InlineData("خرجوا عن بكرة أبيهم")]
    [InlineData("وسجل الهدف بكرة رأسية")]
    [InlineData("يتناول الدواء مرتين في اليوم")]
    [InlineData("تنتج الحقول مليون برميل في اليوم")]
    [InlineData("كان الفريق في أمس الحاجة إلى الفوز")]
    [InlineData("نحن بأمس الحاجة إلى الدعم")]
    [InlineData("ثلاثة عشر لاعبا")]
    // The letter م after a measure is metres, not the era.
    [InlineData("تقع القرية على ارتفاع 2300م فوق سطح البحر")]
    [InlineData("تمتد الحديقة الجديدة على مساحة 2500م2")]
    [InlineData("ركب خزانا بسعة 1200م3 للمزرعة")]
    [InlineData("توقف القارب على بعد 1800 م من الشاطئ")]
    [InlineData("قدرت المساحة المحترقة بحوالي 1300م")]
    [InlineData("فاز العداء في سباق 1500م للناشئين")]
    [InlineData("يبلغ طولها نحو 2700م تقريبا")]
    public void Parse_NotATemporalExpression_Fails(string expression)
    {
        var r = DateNormalizer.Parse(expression, Anchor(A));
        r.Success.Should().BeFalse($"«{expression}» is no date, but found {r.Type} {r.Value} at {r.Span}");
        r.Error.Should().NotBeNullOrEmpty();
    }

    [Fact]
    public void Parse_Null_FailsWithoutThrowing()
    {
        var r = DateNormalizer.Parse(null);
        r.Success.Should().BeFalse();
        r.Error.Should().NotBeNull();
    }

    [Theory]
    [InlineData("٠٢:٢٨ بتوقيت غرينتش", "2023-01-12", "2023-01-12T02:28")]
    [InlineData("الساعة الثالثة فجرا", A, "2021-10-20T03:00")]
    [InlineData("الساعة 10 والنصف مساء", A, "2021-10-20T22:30")]
    [InlineData("الساعة الثامنة مساء", A, "2021-10-20T20:00")]
    [InlineData("الساعة الحادية عشرة صباحا", A, "2021-10-20T11:00")]
    [InlineData("الساعة الثانية عشرة ظهرا", A, "2021-10-20T12:00")]
    [InlineData("14:30", null, "T14:30")]
    [InlineData("الساعة 9:15 بتوقيت مكة", A, "2021-10-20T09:15")]
    [InlineData("08:00 GMT", A, "2021-10-20T08:00")]
    [InlineData("الساعة الثانية عشرة ظهرا بتوقيت لندن", A, "2021-10-20T12:00")]
    public void Parse_Time(string expression, string? anchor, string value)
        => Check(expression, anchor, TemporalType.Time, value);

    [Theory]
    [InlineData("تقام المباراة يوم الخميس المقبل، عند الساعة التاسعة مساء بتوقيت الرياض.", "2021-10-21T21:00")]
    [InlineData("عقد الاجتماع في 15 أكتوبر الساعة 10:30 في فيينا.", "2021-10-15T10:30")]
    [InlineData("وصل الوفد أمس. الساعة الثالثة بدأ الاجتماع.", "2021-10-20T03:00")]
    [InlineData("وصل الوفد أمس ثم غادر الساعة الثالثة.", "2021-10-20T03:00")]
    public void Process_TimeRightAfterADay_IsOnThatDay(string sentence, string value)
    {
        var doc = ArabicExtractor.CreateDefault().Process(sentence, Anchor(A));
        doc.Dates.Should().ContainSingle(d => d.Type == TemporalType.Time).Which.Value.Should().Be(value, sentence);
    }

    [Theory]
    // A clock time, then (من) a part of the day in construct with a day: the hour in that part of that day.
    [InlineData("الساعة السابعة من مساء بعد غد", "2021-10-22T19:00")]
    [InlineData("الساعة الثامنة مساء أمس", "2021-10-19T20:00")]
    [InlineData("الساعة العاشرة صباح غد", "2021-10-21T10:00")]
    [InlineData("الساعة السابعة من صباح اليوم", "2021-10-20T07:00")]
    [InlineData("الساعة الثالثة من فجر أول أمس", "2021-10-18T03:00")]
    [InlineData("الساعة التاسعة مساء الخميس", "2021-10-14T21:00")]
    [InlineData("الساعة الثامنة والنصف من صباح يوم الجمعة", "2021-10-15T08:30")]
    [InlineData("الساعة الرابعة عصر يوم الأحد المقبل", "2021-10-24T16:00")]
    [InlineData("الساعة الواحدة من ظهر غد", "2021-10-21T13:00")]
    [InlineData("الساعة 12:30 من صباح أمس", "2021-10-19T00:30")]
    [InlineData("الساعة 7:45 مساء اليوم الاثنين", "2021-10-18T19:45")]
    [InlineData("الساعة التاسعة من مساء 15 أكتوبر", "2021-10-15T21:00")]
    // A time with a period adverb, then the day.
    [InlineData("الساعة 11 صباحا من يوم السبت", "2021-10-16T11:00")]
    [InlineData("الساعة 14:00 بتوقيت غرينتش أمس", "2021-10-19T14:00")]
    public void Parse_TimeOnANamedDay_IsThatDayAndPartOfIt(string expression, string value)
        => Check(expression, A, TemporalType.Time, value);

    [Fact]
    public void Parse_TimeOnARelativeDayWithoutAnchor_KeepsTheTime()
        => Check("الساعة السابعة من مساء بعد غد", null, TemporalType.Time, "T19:00");

    [Theory]
    // A week or a night is no day: the time stays on its own (ليلة straddles midnight).
    [InlineData("الساعة الخامسة مساء الأسبوع المقبل", "الساعة الخامسة مساء", "2021-10-20T17:00")]
    [InlineData("الساعة العاشرة من ليلة أمس", "الساعة العاشرة", "2021-10-20T10:00")]
    public void Parse_TimeBeforeNoDay_StaysAlone(string expression, string text, string value)
        => Check(expression, A, TemporalType.Time, value, text);

    [Fact]
    public void Process_TimeOnANamedDay_IsOneMention()
    {
        var doc = ArabicExtractor.CreateDefault().Process("أبلغ الحارس الشرطة عند الساعة الخامسة والربع من مساء أمس بالحادث.", Anchor(A));
        doc.Dates.Select(d => (d.Text, d.Type, d.Value)).Should().Equal(("الساعة الخامسة والربع من مساء أمس", TemporalType.Time, "2021-10-19T17:15"));
    }

    [Fact]
    public void Parse_TimeZoneWordWithoutAPlace_StaysOutOfTheSpan()
        => Check("الساعة الثالثة بتوقيت.", A, TemporalType.Time, "2021-10-20T03:00", "الساعة الثالثة");

    [Theory]
    [InlineData("أمس", "2021-10-19")]
    [InlineData("البارحة", "2021-10-19")]
    [InlineData("أول أمس", "2021-10-18")]
    [InlineData("أول من أمس", "2021-10-18")]
    [InlineData("أمس الأول", "2021-10-18")]
    [InlineData("البارحة الأولى", "2021-10-18")]
    [InlineData("اليوم", "2021-10-20")]
    [InlineData("غدا", "2021-10-21")]
    [InlineData("غدًا", "2021-10-21")]
    [InlineData("بعد غد", "2021-10-22")]
    [InlineData("بكرة", "2021-10-21")]
    [InlineData("بكرا", "2021-10-21")]
    [InlineData("الليلة", "2021-10-20")]
    [InlineData("الليلة الماضية", "2021-10-19")]
    [InlineData("الليلة قبل الماضية", "2021-10-18")]
    [InlineData("مساء أمس", "2021-10-19")]
    [InlineData("صباح اليوم", "2021-10-20")]
    [InlineData("وأمس", "2021-10-19")]
    [InlineData("الأسبوع الماضي", "2021-W41")]
    [InlineData("الأسبوع المقبل", "2021-W43")]
    [InlineData("الأسبوع الجاري", "2021-W42")]
    [InlineData("مطلع الأسبوع", "2021-W42")]
    [InlineData("هذا الأسبوع", "2021-W42")]
    [InlineData("الشهر الماضي", "2021-09")]
    [InlineData("الشهر الجاري", "2021-10")]
    [InlineData("الشهر المقبل", "2021-11")]
    [InlineData("بداية الشهر الجاري", "2021-10")]
    [InlineData("نهاية الشهر", "2021-10")]
    [InlineData("هذا الشهر", "2021-10")]
    [InlineData("العام الماضي", "2020")]
    [InlineData("العام المقبل", "2022")]
    [InlineData("هذا العام", "2021")]
    [InlineData("السنة الماضية", "2020")]
    [InlineData("العام الجاري", "2021")]
    [InlineData("نهاية العام الماضي", "2020")]
    [InlineData("في وقت سابق هذا الشهر", "2021-10")]
    [InlineData("في وقت سابق من هذا العام", "2021")]
    [InlineData("مطلع أكتوبر", "2021-10")]
    [InlineData("منتصف يناير", "2021-01")]
    [InlineData("أواخر أبريل (نيسان) 2021", "2021-04")]
    [InlineData("فبراير (شباط) الماضي", "2021-02")]
    [InlineData("أكتوبر الماضي", "2020-10")]
    [InlineData("نوفمبر المقبل", "2021-11")]
    [InlineData("يناير المقبل", "2022-01")]
    [InlineData("سبتمبر", "2021-09")]
    [InlineData("ديسمبر", "2020-12")]
    [InlineData("أكتوبر", "2021-10")]
    [InlineData("20 أغسطس الماضي", "2021-08-20")]
    [InlineData("25 ديسمبر", "2020-12-25")]
    [InlineData("20 أكتوبر", "2021-10-20")]
    [InlineData("21 أكتوبر", "2020-10-21")]
    [InlineData("صباح 20 أغسطس", "2021-08-20")]
    [InlineData("أكتوبر (تشرين الأول) من العام الماضي", "2020-10")]
    [InlineData("مارس من العام المقبل", "2022-03")]
    [InlineData("الـ18 من الشهر الجاري", "2021-10-18")]
    [InlineData("الأول من أكتوبر", "2021-10-01")]
    [InlineData("قبل ثلاثة أيام", "2021-10-17")]
    [InlineData("قبل يومين", "2021-10-18")]
    [InlineData("منذ عامين", "2019")]
    [InlineData("قبل أسبوع", "2021-W41")]
    [InlineData("قبل 5 سنوات", "2016")]
    [InlineData("منذ شهرين", "2021-08")]
    [InlineData("قبل عام", "2020")]
    public void Parse_Relative_ResolvedAgainstAnchor(string expression, string value)
    {
        string text = expression == "وأمس" ? "أمس" : expression;
        Check(expression, A, TemporalType.Date, value, text);
    }

    [Theory]
    [InlineData("في مارس", "2021-03", "مارس")]
    [InlineData("منذ 2015", "2015", "2015")]
    [InlineData("في 2020، أعلنت", "2020", "2020")]
    [InlineData("حتى 2030", "2030", "2030")]
    [InlineData("في آب الماضي", "2021-08", "آب الماضي")]
    [InlineData("منذ حرب 1967 والأرض محتلة", "1967", "1967")]
    [InlineData("خلال الانتفاضة الأولى 1987 صدر البيان", "1987", "1987")]
    [InlineData("استضافة مونديال 2022، قالت اللجنة", "2022", "2022")]
    [InlineData("وثيقة من أرشيف بلدية يافا (1948).", "1948", "(1948)")]
    [InlineData("قالت: بكرة نلتقي", "2021-10-21", "بكرة")]
    [InlineData("في تموز وآب 2020", "2020-08", "آب 2020")]
    [InlineData("وبآب 2020", "2020-08", "آب 2020")]
    [InlineData("لم تصرف الرواتب منذ شهر مارس الماضي", "2021-03", "شهر مارس الماضي")]
    [InlineData("والعمل متوقف منذ عام 2007 بسبب الحرب", "2007", "عام 2007")]
    [InlineData("بلغت الأرباح خلال عام 2014 نحو مليار", "2014", "عام 2014")]
    [InlineData("يعتصمون منذ يوم الأحد أمام الوزارة", "2021-10-17", "يوم الأحد")]
    [InlineData("تقام المباراة في الـ12 من شهر أغسطس", "2021-08-12", "الـ12 من شهر أغسطس")]
    [InlineData("وقعت الهجمات في الحادي عشر من سبتمبر 2001", "2001-09-11", "الحادي عشر من سبتمبر 2001")]
    [InlineData("وفي الأول من شهر يونيو عام 2008، أعلنت", "2008-06-01", "الأول من شهر يونيو عام 2008")]
    [InlineData("مستقرة مقارنة مع مايو من العام 2014. ونتيجة", "2014-05", "مايو من العام 2014")]
    [InlineData("افتتح في 2 أكتوبر (تشرين الأول) عام 1910 ليكون", "1910-10-02", "2 أكتوبر (تشرين الأول) عام 1910")]
    [InlineData("تحت سيطرتهم منذ مطلع العام 2014 حتى الآن", "2014", "مطلع العام 2014")]
    // The era letter م after no measure: a year (بعد alone is "after", not "at a distance of").
    [InlineData("تغيرت أحوال المدينة بعد 2003م كثيرا", "2003", "2003م")]
    [InlineData("بنيت القلعة في 1250م على التل", "1250", "1250م")]
    [InlineData("بنيت القلعة سنة 1250م على التل", "1250", "سنة 1250م")]
    public void Parse_InContext_FindsTheExpression(string expression, string value, string text)
        => Check(expression, A, TemporalType.Date, value, text);

    [Theory]
    [InlineData("خلال الأيام الماضية")]
    [InlineData("على مدى الأسابيع الماضية")]
    [InlineData("في الأشهر المقبلة")]
    [InlineData("خلال الأيام القليلة الماضية")]
    public void Parse_VagueReference_RecognizedWithoutValue(string expression)
        => Check(expression, A, TemporalType.Date, null);

    [Theory]
    [InlineData("لمدة 25 عامًا", "P25Y")]
    [InlineData("في غضون ثلاثة أشهر", "P3M")]
    [InlineData("25 عاما", "P25Y")]
    [InlineData("لمدة يومين", "P2D")]
    [InlineData("طيلة أسبوع", "P1W")]
    [InlineData("خلال ساعتين", "PT2H")]
    [InlineData("بضعة أيام", "PXD")]
    [InlineData("لمدة 30 دقيقة", "PT30M")]
    [InlineData("عشرة أعوام", "P10Y")]
    [InlineData("خمس سنوات", "P5Y")]
    [InlineData("لمدة شهر", "P1M")]
    [InlineData("على مدار 48 ساعة", "PT48H")]
    [InlineData("مدتها 25 عامًا", "P25Y")]
    [InlineData("ثلاثة أسابيع", "P3W")]
    [InlineData("أحد عشر عاما", "P11Y")]
    [InlineData("لمدة إحدى عشرة سنة", "P11Y")]
    [InlineData("اثنا عشر شهرا", "P12M")]
    [InlineData("اثني عشر يوما", "P12D")]
    [InlineData("ثلاثة عشر عاما", "P13Y")]
    [InlineData("لمدة خمسة وعشرين عاما", "P25Y")]
    [InlineData("ثلاث وثلاثون سنة", "P33Y")]
    public void Parse_Duration(string expression, string value)
        => Check(expression, null, TemporalType.Duration, value);

    [Theory]
    [InlineData("كل عام", "P1Y")]
    [InlineData("سنويا", "P1Y")]
    [InlineData("سنوياً", "P1Y")]
    [InlineData("شهريا", "P1M")]
    [InlineData("أسبوعيا", "P1W")]
    [InlineData("يوميا", "P1D")]
    [InlineData("كل يوم", "P1D")]
    [InlineData("كل أسبوع", "P1W")]
    public void Parse_Set(string expression, string value)
        => Check(expression, null, TemporalType.Set, value);

    [Theory]
    [InlineData("أمس")]
    [InlineData("الاثنين")]
    [InlineData("العام الماضي")]
    [InlineData("فبراير الماضي")]
    public void Parse_RelativeWithoutAnchor_RecognizedButUnresolved(string expression)
    {
        var r = DateNormalizer.Parse(expression);
        r.Success.Should().BeTrue();
        r.Value.Should().BeNull();
        r.IsResolved.Should().BeFalse();
        r.Error.Should().Contain("anchor");
    }

    [Fact]
    public void Parse_RandomStrings_NeverThrows()
    {
        var rng = new Random(5);
        for (int i = 0; i < 2000; i++)
        {
            string s = RandomText.Next(rng, 30);
            var act = () => DateNormalizer.Parse(s, new DateOnly(2021, 10, 20));
            act.Should().NotThrow(RandomText.Escape(s));
        }
    }
}
