using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Extraction.Arabic.Benchmarks;

internal static class Program
{
    private const string CpuClockSwitch = "--cpu-clock";

    private static void Main(string[] args)
    {
        // Our own switch: measure thread CPU time in process instead of wall-clock time in a child process.
        bool cpuClock = args.Contains(CpuClockSwitch);
        args = [.. args.Where(a => a != CpuClockSwitch)];

        // Without --job, the short job suited to a small shared machine; pass e.g. `--job default` for BenchmarkDotNet's own.
        bool jobGiven = args.Any(a => a is "--job" or "-j");
        IConfig config = DefaultConfig.Instance;
        if (cpuClock) config = config.AddJob(ShortRun.CpuClockJob);
        else if (!jobGiven) config = config.AddJob(ShortRun.Job);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
    }
}

/// <summary>The short jobs: one launch, a few warm-up and measured iterations.</summary>
internal static class ShortRun
{
    /// <summary>Wall-clock time in a separate process, as BenchmarkDotNet does by default.</summary>
    public static Job Job { get; } = Job.Default
        .WithId("Short")
        .WithLaunchCount(1)
        .WithWarmupCount(3)
        .WithIterationCount(7);

    /// <summary>The same counts, but in process and timed by the benchmark thread's CPU time.</summary>
    public static Job CpuClockJob { get; } = CreateCpuClockJob();

    private static Job CreateCpuClockJob()
    {
        var job = Job.WithId("ShortCpu").WithToolchain(InProcessEmitToolchain.Instance);
        job.Infrastructure.Clock = ThreadCpuClock.Instance;
        return job.Freeze();
    }
}
