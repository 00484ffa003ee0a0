using System.Reflection;
using BenchmarkDotNet.Attributes;
using Extraction.Arabic.Entities.Features;
using Extraction.Arabic.Entities.Ner;

namespace Extraction.Arabic.Benchmarks;

/// <summary>Entity tagging speed (feature extraction + scoring + Viterbi) on the held-out ANERcorp dev articles
/// (394 sentences, 12,213 tokens): tokens per second = 12,213 / mean time.</summary>
[MemoryDiagnoser]
public class NerTaggingBenchmarks
{
    private List<NerToken[]> _sentences = [];
    private List<List<NerToken[]>> _documents = [];
    private NerTagger _tagger = null!;
    private int[][] _output = [];

    [GlobalSetup]
    public void Setup()
    {
        string repo = typeof(NerTaggingBenchmarks).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == "RepoRoot").Value!;
        string path = Path.Combine(repo, "tests", "Extraction.Arabic.Tests", "Golden", "Ner", "anercorp-dev.txt");
        var current = new List<string>();
        foreach (string line in File.ReadLines(path).Append(""))
        {
            if (line.Trim().Length == 0)
            {
                if (current.Count > 0) _sentences.Add([.. current.Select(NerToken.FromString)]);
                current.Clear();
                continue;
            }

            current.Add(line.Split(' ')[0]);
        }

        // Documents of about 20 sentences for the two-pass benchmark.
        for (int i = 0; i < _sentences.Count; i += 20) _documents.Add(_sentences.GetRange(i, Math.Min(20, _sentences.Count - i)));
        _tagger = NerModelStore.Tagger!;
        _output = [.. _sentences.Select(s => new int[s.Length])];
        Console.WriteLine($"// {_sentences.Sum(s => s.Length):N0} tokens in {_sentences.Count} sentences; model {NerModelStore.Shipped.Chain.FeatureCount:N0} features");
    }

    [Benchmark(Baseline = true, Description = "one pass per sentence")]
    public int TagSentences()
    {
        int entities = 0;
        for (int s = 0; s < _sentences.Count; s++)
        {
            _tagger.TagSentence(_sentences[s], _output[s]);
            entities += _output[s][0];
        }

        return entities;
    }

    [Benchmark(Description = "documents, two passes")]
    public int TagDocuments()
    {
        int n = 0;
        foreach (var doc in _documents) n += _tagger.TagDocument(doc).Length;
        return n;
    }
}
