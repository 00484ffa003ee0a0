using Extraction.Arabic.Entities.Features;
using Extraction.Arabic.Entities.Ner;

namespace Extraction.Arabic.Tests.Entities;

public class NerTrainingTests
{
    private static readonly string[] s_types = ["PERSON", "ORGANIZATION", "LOCATION", "MISC"];

    // (sentence, spans as (type, start, end))
    private static readonly (string Text, (int, int, int)[] Spans)[] s_toy =
    [
        ("قال سامي نور في القاهرة", [(0, 1, 3), (2, 4, 5)]),
        ("زار سامي نور مقر وكالة الأنباء", [(0, 1, 3), (1, 4, 6)]),
        ("وصل الوفد إلى بغداد أمس", [(2, 3, 4)]),
        ("أعلنت وكالة الأنباء أن الوفد وصل", [(1, 1, 3)]),
        ("التقى رامي حداد في بغداد", [(0, 1, 3), (2, 4, 5)]),
        ("دفع مئة دولار", [(3, 2, 3)]),
    ];

    private static List<NerTrainingSentence> Toy(NerTagSet tags) => [.. s_toy.Select((s, d) =>
    {
        var tokens = s.Text.Split(' ').Select(NerToken.FromString).ToArray();
        var gold = new int[tokens.Length];
        tags.Encode(s.Spans, gold);
        return new NerTrainingSentence(tokens, gold, 0, d);
    })];

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Train_ToyCorpus_LearnsItExactly(int scheme)
    {
        var tags = new NerTagSet((TagScheme)scheme, s_types);
        var data = Toy(tags);
        var extractor = new NerFeatureExtractor(NerLexicon.Empty, FeatureGroups.Base, null);
        var chain = new PerceptronTrainer(extractor, tags, new PerceptronOptions { Epochs = 20, MinFeatureCount = 1 }).Train(data);
        var tagger = new NerTagger(new NerModel(chain, extractor.Groups, NerFeatureExtractor.Version, [], new Dictionary<string, string>()), null);
        foreach (var s in data)
        {
            var output = new int[s.Tokens.Length];
            tagger.TagSentence(s.Tokens, output);
            output.Should().Equal(s.Gold);
        }
    }

    [Fact]
    public void Train_SameSeed_SameModel()
    {
        var tags = new NerTagSet(TagScheme.Bilou, s_types);
        var extractor = new NerFeatureExtractor(NerLexicon.Empty, FeatureGroups.Base, null);
        var options = new PerceptronOptions { Epochs = 5, MinFeatureCount = 1 };
        var a = new PerceptronTrainer(extractor, tags, options).Train(Toy(tags));
        var b = new PerceptronTrainer(extractor, tags, options).Train(Toy(tags));
        a.Weights.ToArray().Should().Equal(b.Weights.ToArray());
        a.KeysByRow().Should().Equal(b.KeysByRow());
    }

    [Fact]
    public void SaveLoad_RoundTrip_SamePredictions()
    {
        var tags = new NerTagSet(TagScheme.Bilou, s_types);
        var data = Toy(tags);
        var extractor = new NerFeatureExtractor(NerLexicon.Empty, FeatureGroups.Base, null);
        var chain = new PerceptronTrainer(extractor, tags, new PerceptronOptions { Epochs = 20, MinFeatureCount = 1 }).Train(data);
        var model = new NerModel(chain, extractor.Groups, NerFeatureExtractor.Version, [(1u, "بغداد")], new Dictionary<string, string> { ["k"] = "v" });
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var loaded = NerModel.Load(stream);
        loaded.Metadata["k"].Should().Be("v");
        loaded.Sha256.Should().MatchRegex("^[0-9a-f]{64}$");
        loaded.Chain.FeatureCount.Should().Be(chain.FeatureCount);
        var t1 = new NerTagger(model, null);
        var t2 = new NerTagger(loaded, null);
        foreach (var s in data)
        {
            var o1 = new int[s.Tokens.Length];
            var o2 = new int[s.Tokens.Length];
            t1.TagSentence(s.Tokens, o1);
            t2.TagSentence(s.Tokens, o2);
            o2.Should().Equal(o1);
        }
    }
}
