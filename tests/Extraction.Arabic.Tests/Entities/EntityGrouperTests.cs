using Extraction.Arabic.Entities;

namespace Extraction.Arabic.Tests.Entities;

public class EntityGrouperTests
{
    private static RawMention M(string text, string mention, EntityType type)
    {
        int start = text.IndexOf(mention, StringComparison.Ordinal);
        return new RawMention(type, new TextSpan(start, mention.Length), mention.Split(' '));
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
}
