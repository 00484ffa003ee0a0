using Extraction.Arabic.Entities.Features;
using Extraction.Arabic.Entities.Ner;

namespace Extraction.Arabic.Training.Ner;

/// <summary>Tags corpus sentences document by document and scores them.</summary>
internal static class NerEvaluation
{
    public static List<List<CorpusSentence>> Documents(IEnumerable<CorpusSentence> sentences)
    {
        var docs = new List<List<CorpusSentence>>();
        int current = int.MinValue;
        foreach (var s in sentences)
        {
            if (docs.Count == 0 || s.Document != current)
            {
                docs.Add([]);
                current = s.Document;
            }

            docs[^1].Add(s);
        }

        return docs;
    }

    /// <summary>Tags every sentence; returns the predicted spans per sentence, in order.</summary>
    public static List<List<(int Type, int Start, int End)>> Tag(NerTagger tagger, IReadOnlyList<CorpusSentence> sentences)
    {
        var result = new List<List<(int, int, int)>>(sentences.Count);
        foreach (var doc in Documents(sentences))
        {
            var tokens = doc.Select(s => s.Tokens.Select(NerToken.FromString).ToArray()).ToList();
            int[][] tags = tagger.TagDocument(tokens);
            foreach (int[] t in tags) result.Add(tagger.Tags.Decode(t));
        }

        return result;
    }

    public static SpanScorer Score(NerTagger tagger, IReadOnlyList<CorpusSentence> sentences, string[] typeNames, HashSet<string>? seen = null)
    {
        var predicted = Tag(tagger, sentences);
        var scorer = new SpanScorer(typeNames, seen);
        for (int i = 0; i < sentences.Count; i++) scorer.Add(sentences[i].Tokens, sentences[i].Spans, predicted[i]);
        return scorer;
    }

    public static NerTagger LoadTagger(string? path)
    {
        NerModel model;
        if (path is null || path == "shipped") model = NerModelStore.Shipped;
        else
        {
            using var f = File.OpenRead(path);
            model = NerModel.Load(f);
        }

        return new NerTagger(model, NerClusters.Default);
    }
}
