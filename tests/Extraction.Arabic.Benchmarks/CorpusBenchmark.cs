using BenchmarkDotNet.Attributes;

namespace Extraction.Arabic.Benchmarks;

/// <summary>The corpus parameter shared by every benchmark class.</summary>
/// <remarks>Every benchmark method processes the whole corpus once, so the throughput columns divide the corpus size
/// by the mean time.</remarks>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public abstract class CorpusParameters
{
    /// <summary>Which corpus to process.</summary>
    [Params(Corpora.Seeds, Corpora.News10Mb)]
    public string Corpus { get; set; } = Corpora.Seeds;

    private protected Corpus Data { get; private set; } = null!;

    private protected string Text => Data.Text;

    /// <summary>Loads the corpus (and counts its tokens) once per parameter value.</summary>
    [GlobalSetup]
    public void LoadCorpus()
    {
        Data = Corpora.Get(Corpus);
        Setup();
    }

    /// <summary>Prepares the inputs of a stage.</summary>
    private protected virtual void Setup()
    {
    }
}

/// <summary>The corpus parameter and the baseline shared by the stage benchmark classes.</summary>
public abstract class CorpusBenchmark : CorpusParameters
{
    /// <summary>The baseline: counts white-space separated runs with a span loop.</summary>
    /// <returns>The number of runs.</returns>
    [Benchmark(Baseline = true)]
    public int WhitespaceSplit()
    {
        ReadOnlySpan<char> t = Text;
        int runs = 0;
        bool inRun = false;
        foreach (char c in t)
        {
            bool space = char.IsWhiteSpace(c);
            if (!space && !inRun) runs++;
            inRun = !space;
        }

        return runs;
    }
}
