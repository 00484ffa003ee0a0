using Extraction.Arabic.Entities;
using Extraction.Arabic.Entities.Features;

namespace Extraction.Arabic.Tests.Entities;

public class EntityGrouperTests
{
    private static RawMention M(string text, string mention, EntityType type)
    {
        int start = text.IndexOf(mention, StringComparison.Ordinal);
        return new RawMention(type, new TextSpan(start, mention.Length), mention.Split(' '));
    }

    private static string Fold(string word)
    {
        var buffer = new char[word.Length * 2 + 2];
        return new string(buffer, 0, NerText.Fold(word, buffer));
    }

    [Fact]
    public void Group_SurnameAndExactMatches_OneEntityEach()
    {
        const string text = "قال سامي نور إن نور سيزور بغداد. وفي بغداد قال نور";
        int second = text.LastIndexOf("نور", StringComparison.Ordinal);
        int secondBaghdad = text.LastIndexOf("بغداد", StringComparison.Ordinal);
        var mentions = new List<RawMention>
        {
            M(text, "سامي نور", EntityType.Person),
            new(EntityType.Person, new TextSpan(text.IndexOf("نور", 13, StringComparison.Ordinal), 3), ["نور"]),
            M(text, "بغداد", EntityType.Location),
            new(EntityType.Location, new TextSpan(secondBaghdad, 5), ["بغداد"]),
            new(EntityType.Person, new TextSpan(second, 3), ["نور"]),
        };

        var entities = EntityGrouper.Group(text, mentions);

        entities.Should().HaveCount(2);
        entities[0].Id.Should().Be("E1");
        entities[0].Type.Should().Be(EntityType.Person);
        entities[0].Name.Should().Be("سامي نور");
        entities[0].Mentions.Should().HaveCount(3);
        entities[0].Latin.Should().BeNull();
        entities[1].Id.Should().Be("E2");
        entities[1].Name.Should().Be("بغداد");
        entities[1].Mentions.Should().HaveCount(2);
    }

    [Fact]
    public void Group_SurnameBeforeFullName_JoinsLaterFullName()
    {
        const string text = "نور قال. ثم قال سامي نور";
        var mentions = new List<RawMention>
        {
            new(EntityType.Person, new TextSpan(0, 3), ["نور"]),
            M(text, "سامي نور", EntityType.Person),
        };

        var entities = EntityGrouper.Group(text, mentions);

        entities.Should().ContainSingle();
        entities[0].Name.Should().Be("سامي نور");
        entities[0].Mentions[0].Text.Should().Be("نور");
    }

    [Fact]
    public void Group_SurnameOfOrganization_NotJoined()
    {
        const string text = "نادي النور . النور";
        var mentions = new List<RawMention>
        {
            M(text, "نادي النور", EntityType.Organization),
            new(EntityType.Person, new TextSpan(text.LastIndexOf("النور", StringComparison.Ordinal), 5), ["النور"]),
        };

        EntityGrouper.Group(text, mentions).Should().HaveCount(2);
    }

    [Fact]
    public void Group_SurnameTaggedAsPlaceAfterFullName_JoinsThePerson()
    {
        const string text = "قال ديفيد كاميرون إن حكومة كاميرون باقية";
        var mentions = new List<RawMention>
        {
            M(text, "ديفيد كاميرون", EntityType.Person),
            new(EntityType.Location, new TextSpan(text.LastIndexOf("كاميرون", StringComparison.Ordinal), 7), ["كاميرون"]),
        };

        var entities = EntityGrouper.Group(text, mentions);

        entities.Should().ContainSingle();
        entities[0].Type.Should().Be(EntityType.Person);
        entities[0].Mentions.Should().HaveCount(2);
    }

    [Fact]
    public void Group_PlaceBeforeThePersonsFullName_StaysAPlace()
    {
        const string text = "زار كاميرون ثم قال ديفيد كاميرون";
        var mentions = new List<RawMention>
        {
            M(text, "كاميرون", EntityType.Location),
            new(EntityType.Person, new TextSpan(text.LastIndexOf("ديفيد", StringComparison.Ordinal), 13), ["ديفيد", "كاميرون"]),
        };

        var entities = EntityGrouper.Group(text, mentions);

        entities.Should().HaveCount(2);
        entities[0].Type.Should().Be(EntityType.Location);
    }

    [Fact]
    public void Group_GodInAName_NotJoined()
    {
        const string text = "قال عبد الله إن الله كريم";
        var mentions = new List<RawMention>
        {
            M(text, "عبد الله", EntityType.Person),
            new(EntityType.Misc, new TextSpan(text.LastIndexOf("الله", StringComparison.Ordinal), 4), ["الله"]),
        };

        EntityGrouper.Group(text, mentions).Should().HaveCount(2);
    }

    [Fact]
    public void Group_NameAndItsLongerFormWithPatronymic_OneEntity()
    {
        const string text = "استقبل الأمير فهد بن سعود بن عبدالله ضيوفه، وقال فهد بن سعود إن";
        var mentions = new List<RawMention>
        {
            M(text, "فهد بن سعود بن عبدالله", EntityType.Person),
            new(EntityType.Person, new TextSpan(text.LastIndexOf("فهد", StringComparison.Ordinal), 10), ["فهد", "بن", "سعود"]),
        };

        var entities = EntityGrouper.Group(text, mentions);

        entities.Should().ContainSingle();
        entities[0].Name.Should().Be("فهد بن سعود بن عبدالله");
    }

    [Theory]
    [InlineData("فهد بن سعود العتيبي")] // another man: the name goes on with a family name, not a particle
    [InlineData("فهد بن سعود بن عبدالله|فهد بن سعود آل ثاني")] // two longer names: which one is meant is unknown
    public void Group_NameWithoutASingleLongerFormWithParticle_NotJoined(string longer)
    {
        string[] names = longer.Split('|');
        string text = "قال فهد بن سعود. " + string.Join(". ", names);
        var mentions = new List<RawMention> { new(EntityType.Person, new TextSpan(4, 10), ["فهد", "بن", "سعود"]) };
        foreach (string name in names)
            mentions.Add(new(EntityType.Person, new TextSpan(text.IndexOf(name, StringComparison.Ordinal), name.Length), [.. name.Split(' ').Select(Fold)]));

        EntityGrouper.Group(text, mentions).Should().HaveCount(names.Length + 1);
    }

    [Fact]
    public void Group_GivenNameAlone_DoesNotJoinALongerName()
    {
        const string text = "قال الأمير سلطان إن سلطان بن فهد بن عبدالله";
        var mentions = new List<RawMention>
        {
            M(text, "سلطان", EntityType.Person),
            M(text, "سلطان بن فهد بن عبدالله", EntityType.Person),
        };

        EntityGrouper.Group(text, mentions).Should().HaveCount(2);
    }

    [Fact]
    public void Group_ElidedArticle_NameHasTheAlefBack()
    {
        const string text = "دعا للأمم المتحدة";
        var mentions = new List<RawMention>
        {
            new(EntityType.Organization, new TextSpan(5, 12), ["الامم", "المتحدة"], ElidedArticle: true),
        };

        var entities = EntityGrouper.Group(text, mentions);

        entities[0].Name.Should().Be("الأمم المتحدة");
        entities[0].Mentions[0].Text.Should().Be("لأمم المتحدة");
    }

    [Theory]
    [InlineData("نقلت وكالة الأنباء المحلية (وانا) الخبر", "وانا", EntityType.Person, 1)]
    [InlineData("نقلت وكالة الأنباء المحلية \"وانا\" الخبر", "وانا", EntityType.Location, 1)]
    [InlineData("نقلت وكالة الأنباء المحلية (وانا) الخبر", "وانا", EntityType.Location, 1)]
    [InlineData("في مقابلة مع وكالة الأنباء المحلية \"وانا، إلى الخبر", "وانا", EntityType.Person, 1)]
    [InlineData("نقلت وكالة الأنباء المحلية وانا الخبر", "وانا", EntityType.Person, 2)]
    public void Group_AcronymInBracketsAfterOrganization_JoinsIt(string text, string acronym, EntityType taggedAs, int expected)
    {
        var mentions = new List<RawMention>
        {
            M(text, "وكالة الأنباء المحلية", EntityType.Organization),
            M(text, acronym, taggedAs),
        };

        var entities = EntityGrouper.Group(text, mentions);

        entities.Should().HaveCount(expected, "only a word in brackets or quotes is the organization's short name");
        entities[0].Type.Should().Be(EntityType.Organization);
        entities[0].Name.Should().Be("وكالة الأنباء المحلية");
    }

    [Fact]
    public void Group_KnownPlaceInBracketsAfterOrganization_StaysApart()
    {
        const string text = "أعلنت جامعة المدينة (القاهرة) النتائج";
        var place = M(text, "القاهرة", EntityType.Location) with { KnownName = true };
        var entities = EntityGrouper.Group(text, [M(text, "جامعة المدينة", EntityType.Organization), place]);

        entities.Should().HaveCount(2);
        entities[1].Type.Should().Be(EntityType.Location);
    }

    [Fact]
    public void Group_FathersNameAfterBin_IsNoSurname()
    {
        const string text = "استقبل الأمير فهد بن سعود الوفد، ثم قال سعود إن";
        var mentions = new List<RawMention>
        {
            M(text, "فهد بن سعود", EntityType.Person),
            new(EntityType.Person, new TextSpan(text.LastIndexOf("سعود", StringComparison.Ordinal), 4), ["سعود"]),
        };

        EntityGrouper.Group(text, mentions).Should().HaveCount(2);
    }

    [Theory]
    [InlineData("قال الوزير منير فخري عبد النور إن الصادرات زادت، وأضاف عبد النور أن", "منير فخري عبد النور", "عبد النور")]
    [InlineData("وصل المبعوث ستيفان دي ميستورا إلى دمشق، وقال دي ميستورا إن", "ستيفان دي ميستورا", "دي ميستورا")]
    [InlineData("تحدث وائل أبو فاعور للصحفيين، ثم أكد أبو فاعور أن", "وائل أبو فاعور", "أبو فاعور")]
    public void Group_CompoundSurnameWithParticle_JoinsTheFullName(string text, string full, string surname)
    {
        var mentions = new List<RawMention>
        {
            new(EntityType.Person, new TextSpan(text.IndexOf(full, StringComparison.Ordinal), full.Length), full.Split(' ').Select(Fold).ToArray()),
            new(EntityType.Person, new TextSpan(text.LastIndexOf(surname, StringComparison.Ordinal), surname.Length), surname.Split(' ').Select(Fold).ToArray()),
        };

        EntityGrouper.Group(text, mentions).Should().ContainSingle().Which.Name.Should().Be(full);
    }

    [Fact]
    public void Group_FathersCompoundNameAfterBin_IsNoSurname()
    {
        const string text = "استقبل الملك سلمان بن عبد العزيز الوفد في قاعة عبد العزيز";
        var mentions = new List<RawMention>
        {
            M(text, "سلمان بن عبد العزيز", EntityType.Person),
            new(EntityType.Person, new TextSpan(text.LastIndexOf("عبد العزيز", StringComparison.Ordinal), 10), ["عبد", "العزيز"]),
        };

        EntityGrouper.Group(text, mentions).Should().HaveCount(2);
    }

    [Fact]
    public void Group_NameBeginningWithIbn_KnownByItsLastWord()
    {
        const string text = "كتب ابن بطوطة عن رحلته، ووصف بطوطة المدن";
        var mentions = new List<RawMention>
        {
            M(text, "ابن بطوطة", EntityType.Person),
            new(EntityType.Person, new TextSpan(text.LastIndexOf("بطوطة", StringComparison.Ordinal), 5), ["بطوطة"]),
        };

        EntityGrouper.Group(text, mentions).Should().ContainSingle();
    }

    [Fact]
    public void Group_ListedPerson_GetsTheLatinSpelling()
    {
        const string text = "قال الرئيس فلاديمير بوتين إن بوتين";
        var people = PeopleLexicon.Load(new StringReader("Vladimir Putin\tفلاديمير بوتين | بوتين\nX Y\tسامي نور"));
        var mentions = new List<RawMention>
        {
            M(text, "فلاديمير بوتين", EntityType.Person),
            new(EntityType.Person, new TextSpan(text.LastIndexOf("بوتين", StringComparison.Ordinal), 5), ["بوتين"]),
        };

        var entities = EntityGrouper.Group(text, mentions, people);

        entities.Should().ContainSingle().Which.Latin.Should().Be("Vladimir Putin");
        EntityGrouper.Group(text, mentions).Single().Latin.Should().BeNull("without a lexicon nothing is known");
    }

    [Fact]
    public void PeopleLexicon_FormListedForTwoPeople_MatchesNeither()
    {
        var people = PeopleLexicon.Load(new StringReader("# comment\nA One\tسامي نور | نور\nB Two\tعلي نور | نور\n"));

        people.Find([["نور"]]).Should().BeNull();
        people.Find([["سامي", "نور"], ["نور"]]).Should().Be("A One");
        PeopleLexicon.Default.Count.Should().BeGreaterThan(150);
    }

    // 60,000 mentions of one surname, the full name only at the end, and as many longer names around a patronymic: each
    // short mention scanned every mention before it (quadratic: a long document's grouping took minutes); now the full
    // names are indexed by their last words and by the beginnings a particle follows.
    [Fact]
    public void Group_TensOfThousandsOfMentions_StaysLinearAndJoinsTheSame()
    {
        const int n = 30_000;
        var text = new System.Text.StringBuilder();
        var mentions = new List<RawMention>();
        void Add(string mention, EntityType type)
        {
            mentions.Add(new RawMention(type, new TextSpan(text.Length, mention.Length), mention.Split(' ')));
            text.Append(mention).Append(" قال. ");
        }

        for (int i = 0; i < n; i++)
        {
            Add("بوتين", EntityType.Person);
            Add("محمد بن سلمان", EntityType.Person);
        }

        Add("فلاديمير بوتين", EntityType.Person);
        Add("محمد بن سلمان بن عبدالعزيز", EntityType.Person);

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var entities = EntityGrouper.Group(text.ToString(), mentions);
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10));

        entities.Should().HaveCount(2);
        entities.Select(e => e.Name).Should().BeEquivalentTo("فلاديمير بوتين", "محمد بن سلمان بن عبدالعزيز");
        entities.Sum(e => e.Mentions.Length).Should().Be(2 * n + 2);
    }
}
