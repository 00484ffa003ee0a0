using System.Collections.Immutable;
using Extraction.Arabic.Dates;
using Extraction.Arabic.Entities;
using Extraction.Arabic.Tokenization;

namespace Extraction.Arabic.Tests;

public class DocumentTests
{
    private static readonly Document Doc = ArabicExtractor.CreateDefault().Process("قال باقري إن طهران وموسكو تتعاونان.");

    [Fact]
    public void WithEntities_MentionTextMismatch_Throws()
    {
        var bad = new Entity("E1", EntityType.Person, "باقري", null, [new Mention(new TextSpan(0, 3), "باقري")]);
        var act = () => Doc.WithEntities([bad]);
        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void WithEntities_SpanOutsideText_Throws()
    {
        var bad = new Entity("E1", EntityType.Person, "x", null, [new Mention(new TextSpan(Doc.Text.Length - 1, 5), "x")]);
        var act = () => Doc.WithEntities([bad]);
        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void WithEntities_Valid_ReturnsNewDocumentAndLeavesOriginal()
    {
        int s = Doc.Text.IndexOf("باقري", StringComparison.Ordinal);
        var e = new Entity("E1", EntityType.Person, "باقري", "Mohammad Bagheri", [new Mention(new TextSpan(s, 5), "باقري")]);
        var before = Doc.Entities;
        var next = Doc.WithEntities([e]);
        next.Entities.Should().ContainSingle().Which.Should().BeSameAs(e);
        Doc.Entities.Should().Equal(before, "documents are immutable");
        next.Tokens.Should().Equal(Doc.Tokens);
    }

    [Fact]
    public void WithDates_TextMismatch_Throws()
    {
        var act = () => Doc.WithDates([new DateMention(new TextSpan(0, 3), "xyz", TemporalType.Date, null)]);
        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void WithTokens_Overlapping_Throws()
    {
        var t = Doc.Tokens[0];
        var act = () => Doc.WithTokens([t, t]);
        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void WithTokens_SegmentOutsideToken_Throws()
    {
        var t = Doc.Tokens[0] with { Segments = [new Segment(new TextSpan(0, 10), SegmentKind.Stem)] };
        var act = () => Doc.WithTokens([t]);
        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void WithSentences_TokenRangeOutside_Throws()
    {
        var act = () => Doc.WithSentences([new Sentence(new TextSpan(0, 3), 0, Doc.Tokens.Length + 1)]);
        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void GetTokens_Sentence_ReturnsItsTokens()
    {
        var s = Doc.Sentences.Should().ContainSingle().Subject;
        Doc.GetTokens(s).Length.Should().Be(Doc.Tokens.Length);
        Doc.GetText(s.Span).Should().Be(Doc.Text);
    }

    [Fact]
    public void Create_DateWithoutSource_IsCaller()
    {
        Document.Create("x", new DateOnly(2020, 1, 1)).DocumentDateSource.Should().Be(DocumentDateSource.Caller);
        Document.Create("x", null, DocumentDateSource.Dateline).DocumentDateSource.Should().Be(DocumentDateSource.None);
        var act = () => Document.Create(null!);
        act.Should().Throw<ArgumentNullException>();
    }

    [Theory]
    [InlineData(0, 5, 2, 2, true)]
    [InlineData(0, 5, 4, 2, false)]
    [InlineData(3, 2, 0, 3, false)]
    public void TextSpan_Contains(int s1, int l1, int s2, int l2, bool expected)
        => new TextSpan(s1, l1).Contains(new TextSpan(s2, l2)).Should().Be(expected);

    [Theory]
    [InlineData(0, 5, 4, 2, true)]
    [InlineData(0, 5, 5, 2, false)]
    [InlineData(3, 2, 0, 3, false)]
    public void TextSpan_Overlaps(int s1, int l1, int s2, int l2, bool expected)
        => new TextSpan(s1, l1).Overlaps(new TextSpan(s2, l2)).Should().Be(expected);

    [Fact]
    public void TextSpan_FromBounds_EndBeforeStart_Throws()
    {
        var act = () => TextSpan.FromBounds(5, 4);
        act.Should().Throw<ArgumentOutOfRangeException>();
        TextSpan.FromBounds(2, 7).Should().Be(new TextSpan(2, 5));
    }

    [Fact]
    public void ImmutableCollections_AreNotDefault()
    {
        var d = Document.Create("");
        d.Tokens.IsDefault.Should().BeFalse();
        d.Entities.IsDefault.Should().BeFalse();
        ImmutableArray<Token> none = d.Tokens;
        none.Should().BeEmpty();
    }
}
