using System.Collections.Immutable;
using Extraction.Arabic.Dates;
using Extraction.Arabic.Entities;
using Extraction.Arabic.Pipeline;
using Extraction.Arabic.Text;
using Extraction.Arabic.Tokenization;

namespace Extraction.Arabic.Tests.Pipeline;

public class EntityReconciliationTests
{
    private static readonly TextAnalysisStage s_analysis = new(ArabicNormalizer.Default, CliticSegmenter.Default);

    /// <summary>A document with the real tokens and dates of <paramref name="text"/> and the given entities (each a
    /// type and the texts of its mentions, found in order), so the rule is tested apart from the entity model.</summary>
    private static Document Build(string text, params (EntityType Type, string[] Mentions)[] entities)
    {
        var doc = s_analysis.Run(Document.Create(text, new DateOnly(2021, 10, 20), DocumentDateSource.Caller), CancellationToken.None);
        doc = DateStage.Run(doc, CancellationToken.None);
        var list = ImmutableArray.CreateBuilder<Entity>();
        var from = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (type, texts) in entities)
        {
            var mentions = texts.Select(t =>
            {
                int at = text.IndexOf(t, from.GetValueOrDefault(t), StringComparison.Ordinal);
                at.Should().BeGreaterThanOrEqualTo(0, $"«{t}» is in the text");
                from[t] = at + t.Length;
                return new Mention(new TextSpan(at, t.Length), t);
            }).OrderBy(m => m.Span.Start).ToImmutableArray();
            list.Add(new Entity($"E{list.Count + 1}", type, texts[0], null, mentions));
        }

        return doc.WithEntities(list.ToImmutable());
    }

    [Theory]
    [InlineData("وقع الحادث في أبريل (نيسان) الماضي في العاصمة.", "نيسان", "العاصمة")]
    [InlineData("وصل الوفد يوم الخميس إلى الرياض.", "الخميس", "الرياض")]
    [InlineData("أعلنت الشركة في الرياض نتائجها في أكتوبر 2020.", "أكتوبر", "الرياض")]
    [InlineData("استمرت المحادثات في جنيف ستون يوما.", "ستون", "جنيف")]
    public void Run_NameMadeOfTemporalWordsInsideADate_IsDropped(string text, string mention, string place)
    {
        var doc = EntityReconciliation.Run(Build(text, (EntityType.Organization, [mention]), (EntityType.Location, [place])));
        doc.Dates.Should().Contain(d => d.Span.Start <= text.IndexOf(mention, StringComparison.Ordinal), "the date stage found the expression");
        doc.Entities.Should().ContainSingle().Which.Type.Should().Be(EntityType.Location);
        doc.Entities[0].Id.Should().Be("E1", "the ids are consecutive again");
    }

    [Fact]
    public void Run_PlaceOfATimeZone_IsKept()
    {
        const string text = "انطلقت المباراة الساعة التاسعة مساء بتوقيت مكة أمس.";
        var doc = Build(text, (EntityType.Location, ["مكة"]));
        doc.Dates.Should().Contain(d => d.Text.Contains("مكة", StringComparison.Ordinal), "the time expression covers the zone");
        EntityReconciliation.Run(doc).Entities.Should().HaveCount(1);
    }

    [Theory]
    [InlineData("قال أحمد الخميس إن الاجتماع انتهى.", "أحمد الخميس")]
    [InlineData("وقعت شركة نيسان عقدا جديدا.", "نيسان")]
    [InlineData("وصل محمد إلى الرياض أمس.", "محمد")]
    public void Run_NameNotWithinADate_IsKept(string text, string mention)
    {
        var doc = Build(text, (EntityType.Person, [mention]));
        var after = EntityReconciliation.Run(doc);
        after.Entities.Should().BeEquivalentTo(doc.Entities);
    }

    [Fact]
    public void Run_OneOfSeveralMentionsInsideADate_KeepsTheEntityWithTheOthers()
    {
        const string text = "باعت نيسان سيارات كثيرة في أبريل (نيسان) الماضي.";
        var doc = EntityReconciliation.Run(Build(text, (EntityType.Organization, ["نيسان", "نيسان"])));
        var entity = doc.Entities.Should().ContainSingle().Subject;
        entity.Mentions.Should().ContainSingle().Which.Span.Start.Should().Be(text.IndexOf("نيسان", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_DroppedMentionGaveTheName_NameIsAKeptMention()
    {
        const string text = "وصلت يوم الخميس إلى الرياض، ثم تحدث الخميسي للصحفيين.";
        var doc = EntityReconciliation.Run(Build(text, (EntityType.Person, ["الخميس", "الخميسي"])));
        doc.Entities.Should().ContainSingle().Which.Name.Should().Be("الخميسي");
    }

    [Fact]
    public void Run_LinksFollowTheRenumberedIds()
    {
        const string text = "في أبريل (نيسان) الماضي اشترت روسيا مسيرات بمليون دولار.";
        var doc = Build(text, (EntityType.Organization, ["نيسان"]), (EntityType.Location, ["روسيا"]), (EntityType.Weapon, ["مسيرات"]), (EntityType.Money, ["بمليون دولار"]));
        var money = doc.Entities[3] with { LinkedEntityIds = ["E3"] };
        doc = doc.WithEntities(doc.Entities.SetItem(3, money));
        var after = EntityReconciliation.Run(doc);
        after.Entities.Select(e => e.Id).Should().Equal("E1", "E2", "E3");
        after.Entities[2].LinkedEntityIds.Should().Equal("E2");
        after.Entities[2].Type.Should().Be(EntityType.Money);
    }

    [Fact]
    public void Process_PairedMonthName_IsNoOrganization()
    {
        var doc = ArabicExtractor.CreateDefault().Process("وقالت الوزارة إن الاتفاق وقع في 22 أبريل (نيسان) الماضي في موسكو.", new DateOnly(2021, 10, 20));
        doc.Dates.Should().Contain(d => d.Text == "22 أبريل (نيسان) الماضي" && d.Value == "2021-04-22");
        doc.Entities.SelectMany(e => e.Mentions).Should().NotContain(m => m.Text == "نيسان");
    }

    [Theory]
    [InlineData("وقال في مارس الخبير مارك شباط إن الأسواق هادئة.", "مارك شباط", "شباط", false)]
    [InlineData("واستقبل الملك سلمان الخميس وفدا من رجال الأعمال.", "سلمان الخميس", "الخميس", true)]
    public void Run_MonthNameInsideAPersonsName_IsNoDate(string text, string person, string word, bool dateKept)
    {
        var doc = Build(text, (EntityType.Person, [person]));
        doc.Dates.Should().Contain(d => d.Text == word, "the date stage reads the word alone as a date");

        var result = EntityReconciliation.Run(doc);

        result.Dates.Any(d => d.Text == word).Should().Be(dateKept, "a month inside a name is part of it; a weekday after a name is mostly the day");
        result.Entities.Should().ContainSingle();
    }

    [Theory]
    // A weekday after the first word of a person's name is a family name, after a verb too and at the start.
    [InlineData("وقال مدير الجمعية أحمد الخميس إن العمل مستمر.", "أحمد الخميس", "الخميس", false)]
    [InlineData("وأوضح سعد الجمعة أن اللجنة اجتمعت.", "سعد الجمعة", "الجمعة", false)]
    [InlineData("أفاد عبد الأحد حنا بأن الطريق مغلق.", "عبد الأحد حنا", "الأحد", false)]
    [InlineData("خالد السبت: سنعود أقوى", "خالد السبت", "السبت", false)]
    // After a ruler's title the model reads the ruler's given name and the day as one name: the day stays.
    [InlineData("ووصل الرئيس هادي الخميس إلى عدن.", "هادي الخميس", "الخميس", true)]
    [InlineData("وافتتح الأمير نايف الأحد المعرض.", "نايف الأحد", "الأحد", true)]
    [InlineData("وقال للرئيس عمر الجمعة إن الوفد وصل.", "عمر الجمعة", "الجمعة", true)]
    // A weekday that starts the mention is no family name.
    [InlineData("وزار الخميس أحمد المستشفى.", "الخميس أحمد", "الخميس", true)]
    public void Run_WeekdayInsideAPersonsName_IsAFamilyNameUnlessAfterARulersTitle(string text, string person, string word, bool dateKept)
    {
        var doc = Build(text, (EntityType.Person, [person]));
        doc.Dates.Should().Contain(d => d.Text == word, "the date stage reads the word alone as a date");

        var result = EntityReconciliation.Run(doc);

        result.Dates.Any(d => d.Text == word).Should().Be(dateKept);
        result.Entities.Should().ContainSingle();
    }

    [Fact]
    public void Process_GivenNameAndWeekday_IsAPersonAndNoDate()
    {
        var doc = ArabicExtractor.CreateDefault().Process("وأوضح مدير الإدارة عبدالله الجمعة أن العمل مستمر.", new DateOnly(2015, 7, 21));
        doc.Entities.Should().Contain(e => e.Type == EntityType.Person && e.Name == "عبدالله الجمعة");
        doc.Dates.Should().BeEmpty();
    }

    [Theory]
    [InlineData("ارتفعت أرباح الشركة في الرياض إلى 30.8 مليار ريال.", EntityType.Money, "30.8 مليار ريال", "ريال", EntityType.Organization)]
    [InlineData("بلغت قيمة الصفقة في الرياض 200 مليون دولار.", EntityType.Money, "200 مليون دولار", "دولار", EntityType.Misc)]
    [InlineData("اشترت مصر من باريس مقاتلات رافال حديثة.", EntityType.Weapon, "مقاتلات رافال", "رافال", EntityType.Person)]
    public void Run_NameInsideAMoneyOrWeaponMention_IsDropped(string text, EntityType ruleType, string ruleMention, string name, EntityType nameType)
    {
        string place = text.Contains("الرياض", StringComparison.Ordinal) ? "الرياض" : "باريس";
        var doc = EntityReconciliation.Run(Build(text, (nameType, [name]), (EntityType.Location, [place]), (ruleType, [ruleMention])));
        doc.Entities.Select(e => e.Type).Should().Equal(EntityType.Location, ruleType);
        doc.Entities.Select(e => e.Id).Should().Equal("E1", "E2");
    }

    [Fact]
    public void Run_NameOverlappingAWeaponMentionPartly_IsKept()
    {
        const string text = "وقال الجنرال عوزي ناركيس إن الجيش مستعد.";
        var doc = Build(text, (EntityType.Person, ["عوزي ناركيس"]), (EntityType.Weapon, ["عوزي"]));
        EntityReconciliation.Run(doc).Entities.Should().HaveCount(2);
    }

    [Fact]
    public void Process_CurrencyOfASum_IsNoNamedEntity()
    {
        var doc = ArabicExtractor.CreateDefault().Process("وبلغ صافي أرباح الشركة 11.98 مليار ريال مقابل 11.11 مليار ريال في العام السابق.", new DateOnly(2015, 8, 4));
        doc.Entities.Where(e => e.Type == EntityType.Money).Should().HaveCount(2);
        doc.Entities.Where(e => e.Type is EntityType.Person or EntityType.Organization or EntityType.Location or EntityType.Misc)
            .SelectMany(e => e.Mentions).Should().NotContain(m => m.Text.Contains("ريال", StringComparison.Ordinal));
    }
}
