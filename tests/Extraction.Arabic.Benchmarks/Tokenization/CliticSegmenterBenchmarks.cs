using System.Reflection;
using BenchmarkDotNet.Attributes;
using Extraction.Arabic.Tokenization;

namespace Extraction.Arabic.Benchmarks.Tokenization;

/// <summary>Clitic segmentation of every Arabic word of the seed articles (one operation = all words).</summary>
[MemoryDiagnoser]
public class CliticSegmenterBenchmarks
{
    private string[] _words = [];
    private readonly CliticSegmenter _segmenter = CliticSegmenter.Default;

    [GlobalSetup]
    public void Setup()
    {
        string root = typeof(CliticSegmenterBenchmarks).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .First(a => a.Key == "RepoRoot").Value!;
        var words = new List<string>();
        foreach (string file in Directory.EnumerateFiles(Path.Combine(root, "seeds"), "*.txt").Order(StringComparer.Ordinal))
        {
            string text = File.ReadAllText(file);
            foreach (var t in ArabicTokenizer.Enumerate(text))
            {
                if (t.Kind == TokenKind.Word) words.Add(text.Substring(t.Start, t.Length));
            }
        }

        _words = [.. words];
    }

    /// <summary>Words per operation; divide the mean time by it for the time per word.</summary>
    public int WordCount => _words.Length;

    [Benchmark]
    public int SegmentAllWords()
    {
        Span<WordSegment> parts = stackalloc WordSegment[CliticSegmenter.MaxSegments];
        int total = 0;
        foreach (string w in _words) total += _segmenter.Segment(w, parts);
        return total;
    }
}
