using System.Runtime.InteropServices;
using Perfolizer.Horology;

namespace Extraction.Arabic.Benchmarks;

/// <summary>A clock that reads the CPU time of the calling thread (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>).</summary>
/// <remarks>On a shared machine, wall-clock time includes the time the benchmark thread waits for a core that other
/// processes are using; the thread's own CPU time does not, so it estimates the cost on one core much more steadily
/// (cache and memory-bandwidth contention still show). Used only with the in-process toolchain, where the benchmark
/// runs on the thread that reads the clock.</remarks>
internal sealed partial class ThreadCpuClock : IClock
{
    private const int ClockThreadCpuTimeId = 3;

    public static ThreadCpuClock Instance { get; } = new();

    public string Title => "Thread CPU time";

    public bool IsAvailable => OperatingSystem.IsLinux();

    public Frequency Frequency => Frequency.GHz;

    public long GetTimestamp()
    {
        if (ClockGetTime(ClockThreadCpuTimeId, out Timespec ts) != 0) throw new InvalidOperationException("clock_gettime failed.");
        return (ts.Seconds * 1_000_000_000) + ts.Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clockId, out Timespec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
