using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Extraction.Arabic.Benchmarks;

/// <summary>Adds the throughput columns to every benchmark class.</summary>
public sealed class ThroughputConfig : ManualConfig
{
    /// <summary>Creates the config.</summary>
    public ThroughputConfig()
    {
        AddColumn(new ThroughputColumn(ThroughputColumn.Measure.TokensPerSecond));
        AddColumn(new ThroughputColumn(ThroughputColumn.Measure.MegabytesPerSecond));
        AddColumn(new ThroughputColumn(ThroughputColumn.Measure.BytesAllocatedPerToken));
        // The baseline allocates nothing, so a ratio of allocations says nothing (in process it divides by noise).
        HideColumns(Column.AllocRatio);
    }
}

/// <summary>A column computed from the corpus size and the measured mean time or allocation.</summary>
/// <remarks>Tokens are those <see cref="Tokenization.ArabicTokenizer"/> finds in the whole corpus (every kind), bytes are
/// its UTF-8 size (MB = 10^6 bytes): every benchmark processes the whole corpus once per operation, so each column says
/// how fast that stage gets through the corpus on one core.</remarks>
internal sealed class ThroughputColumn : IColumn
{
    public enum Measure
    {
        TokensPerSecond,
        MegabytesPerSecond,
        BytesAllocatedPerToken,
    }

    private readonly Measure _measure;

    public ThroughputColumn(Measure measure) => _measure = measure;

    public string Id => nameof(ThroughputColumn) + "." + _measure;

    public string ColumnName => _measure switch
    {
        Measure.TokensPerSecond => "Mtok/s",
        Measure.MegabytesPerSecond => "MB/s",
        _ => "B/token",
    };

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => (int)_measure;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => _measure switch
    {
        Measure.TokensPerSecond => "Millions of tokens (all kinds, as ArabicTokenizer counts them in the corpus) per second, one thread",
        Measure.MegabytesPerSecond => "Megabytes (10^6 bytes of the corpus in UTF-8) per second, one thread",
        _ => "Bytes allocated per operation divided by the corpus's token count",
    };

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(benchmarkCase);
        if (benchmarkCase.Parameters["Corpus"] is not string name) return "?";
        var report = summary[benchmarkCase];
        if (report is null) return "-";
        Corpus corpus = Corpora.Get(name);
        if (_measure == Measure.BytesAllocatedPerToken)
        {
            long? bytes = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
            return bytes is null ? "-" : ((double)bytes.Value / corpus.Tokens).ToString("0.###", CultureInfo.InvariantCulture);
        }

        double? meanNs = report.ResultStatistics?.Mean;
        if (meanNs is null or <= 0) return "-";
        double seconds = meanNs.Value / 1e9;
        return _measure == Measure.TokensPerSecond
            ? (corpus.Tokens / seconds / 1e6).ToString("0.00", CultureInfo.InvariantCulture)
            : (corpus.Utf8Bytes / seconds / 1e6).ToString("0.0", CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public override string ToString() => ColumnName;
}
