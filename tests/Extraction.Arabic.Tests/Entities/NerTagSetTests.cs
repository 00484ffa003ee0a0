using Extraction.Arabic.Entities.Ner;

namespace Extraction.Arabic.Tests.Entities;

public class NerTagSetTests
{
    private static readonly string[] s_types = ["PERSON", "ORGANIZATION", "LOCATION", "MISC"];

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void EncodeDecode_Spans_RoundTrip(int scheme)
    {
        var tags = new NerTagSet((TagScheme)scheme, s_types);
        (int, int, int)[] spans = [(0, 0, 2), (2, 3, 4), (1, 4, 5), (3, 6, 9)];
        var encoded = new int[10];
        tags.Encode(spans, encoded);
        tags.Decode(encoded).Should().Equal(spans);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Viterbi_RandomScores_NeverEmitsIllegalSequence(int scheme)
    {
        var tags = new NerTagSet((TagScheme)scheme, s_types);
        int l = tags.Count;
        var random = new Random(7);
        for (int round = 0; round < 300; round++)
        {
            int n = 1 + random.Next(40);
            var emissions = new float[n * l];
            for (int i = 0; i < emissions.Length; i++) emissions[i] = (float)(random.NextDouble() * 20 - 10);
            var transitions = new float[l * l];
            // Reward illegal transitions heavily: the decoder must still refuse them.
            for (int a = 0; a < l; a++)
                for (int b = 0; b < l; b++)
                    transitions[a * l + b] = tags.Allowed(a, b) ? (float)random.NextDouble() : 50f;
            var start = Enumerable.Range(0, l).Select(y => tags.AllowedStart(y) ? 0f : 50f).ToArray();
            var end = Enumerable.Range(0, l).Select(y => tags.AllowedEnd(y) ? 0f : 50f).ToArray();
            var model = new LinearChainModel(tags, [], [], transitions, start, end);
            var output = new int[n];
            model.Decode(emissions, n, new float[n * l], new int[n * l], output);

            tags.AllowedStart(output[0]).Should().BeTrue();
            tags.AllowedEnd(output[n - 1]).Should().BeTrue();
            for (int i = 1; i < n; i++) tags.Allowed(output[i - 1], output[i]).Should().BeTrue();
        }
    }

    [Fact]
    public void Allowed_Bio_IOnlyAfterSameType()
    {
        var tags = new NerTagSet(TagScheme.Bio, s_types);
        int bPer = tags.Tag(0, NerTagSet.B), iPer = tags.Tag(0, NerTagSet.I), iLoc = tags.Tag(2, NerTagSet.I);
        tags.Allowed(0, iPer).Should().BeFalse();
        tags.Allowed(bPer, iPer).Should().BeTrue();
        tags.Allowed(bPer, iLoc).Should().BeFalse();
        tags.AllowedStart(iPer).Should().BeFalse();
    }
}
