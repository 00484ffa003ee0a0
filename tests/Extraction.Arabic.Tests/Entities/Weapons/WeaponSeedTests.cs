using Extraction.Arabic.Entities;

namespace Extraction.Arabic.Tests.Entities.Weapons;

/// <summary>The seeds: every named system found, categorized and canonicalized; nothing else named.</summary>
public class WeaponSeedTests
{
    private static List<Entity> NamedIn(string seedPrefix)
    {
        string file = TestPaths.SeedFiles.Single(f => Path.GetFileName(f).StartsWith(seedPrefix, StringComparison.Ordinal));
        return ArabicExtractor.CreateDefault().Process(TestPaths.ReadText(file)).Entities
            .Where(e => e.Type == EntityType.Weapon && e.Weapon?.IsGeneric == false).ToList();
    }

    [Fact]
    public void Seeds_NamedSystems_ExactlyTheExpectedOnes()
    {
        var found = TestPaths.SeedFiles.SelectMany(f => ArabicExtractor.CreateDefault().Process(TestPaths.ReadText(f)).Entities)
            .Where(e => e.Type == EntityType.Weapon && e.Weapon?.IsGeneric == false)
            .Select(e => (e.Latin, e.Category)).ToList();
        found.Should().BeEquivalentTo(new (string?, string?)[]
        {
            ("Mi-28", "helicopter"),
            ("Shahed-136", "loitering-munition"),
            ("NLAW", "anti-tank"),
            ("FGM-148 Javelin", "anti-tank"),
            ("FIM-92 Stinger", "air-defense"),
        });
    }

    [Fact]
    public void Seed004_Shahed_ThreeMentionsWithCountAndRussianName()
    {
        var shahed = NamedIn("004").Single(e => e.Latin == "Shahed-136");
        shahed.Mentions.Select(m => m.Text).Should().Equal("شاهد 136", "جيران-2", "Geran-2");
        shahed.Mentions[0].Quantity!.Value.Should().Be(100);
        shahed.Weapon!.Producer.Should().Be("Iran");
    }

    [Fact]
    public void Seed004_Drones_CountAndMoneyLinked()
    {
        var doc = ArabicExtractor.CreateDefault().Process(TestPaths.ReadText(TestPaths.SeedFiles.Single(f => Path.GetFileName(f).StartsWith("004", StringComparison.Ordinal))));
        var drones = doc.Entities.Single(e => e.Type == EntityType.Weapon && e.Weapon?.IsGeneric == true && e.Category == "drone");
        drones.Mentions.Select(m => m.Quantity).Should().ContainSingle(q => q != null && q.Value == 160 && q.Qualifier == QuantityQualifier.MoreThan);
        var deal = doc.Entities.Single(e => e.Type == EntityType.Money && e.Money!.Value == 200_000_000m);
        deal.Money!.Currency.Should().Be("EUR");
        deal.LinkedEntityIds.Should().Contain(drones.Id);
    }

    [Fact]
    public void Seed001_GenericClasses_FighterAndHelicopter()
    {
        string file = TestPaths.SeedFiles.Single(f => Path.GetFileName(f).StartsWith("001", StringComparison.Ordinal));
        var generic = ArabicExtractor.CreateDefault().Process(TestPaths.ReadText(file)).Entities
            .Where(e => e.Type == EntityType.Weapon).ToList();
        generic.Should().OnlyContain(e => e.Weapon!.IsGeneric);
        generic.Select(e => (e.Name, e.Category)).Should().BeEquivalentTo(new[]
        {
            ("طائرات مقاتلة", "fighter-aircraft"),
            ("طائرات عمودية مقاتلة", "helicopter"),
        });
    }
}
