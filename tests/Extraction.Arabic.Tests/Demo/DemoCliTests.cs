using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Extraction.Arabic.Tests.Serialization;

namespace Extraction.Arabic.Tests.Demo;

/// <summary>Runs the sample console as a user would.</summary>
public sealed class DemoCliTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("extraction-demo-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private static (int Exit, string Out, string Err) Run(string workingDirectory, params string[] args)
    {
        string dll = Path.Combine(TestPaths.RepoRoot, "samples", "Extraction.Demo", "bin", TestPaths.Configuration, "net10.0", "Extraction.Demo.dll");
        File.Exists(dll).Should().BeTrue($"the demo is built at {dll}");
        var psi = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        psi.ArgumentList.Add(dll);
        foreach (string a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        p.WaitForExit(120_000).Should().BeTrue("the demo finishes");
        return (p.ExitCode, stdout.Result, stderr.Result);
    }

    private static string SeedsDir => Path.Combine(TestPaths.RepoRoot, "seeds");

    [Fact]
    public void NoArguments_SummarizesEverySeed()
    {
        var (exit, stdout, stderr) = Run(TestPaths.RepoRoot);
        exit.Should().Be(0, stderr);
        foreach (string f in Directory.EnumerateFiles(SeedsDir)) stdout.Should().Contain(Path.GetFileName(f));
        stdout.Should().Contain("sentences:").And.Contain("tokens:");
    }

    [Fact]
    public void JsonOneFile_PrintsOneObjectWithoutFileField_SpansExact()
    {
        string seed = Directory.EnumerateFiles(SeedsDir).Order(StringComparer.Ordinal).First();
        var (exit, stdout, stderr) = Run(_temp, "--json", "--tokens", "--date", "2021-10-20", seed);
        exit.Should().Be(0, stderr);
        string[] lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().ContainSingle();
        using var doc = JsonDocument.Parse(lines[0]);
        doc.RootElement.TryGetProperty("file", out _).Should().BeFalse();
        doc.RootElement.GetProperty("documentDate").GetString().Should().Be("2021-10-20");
        doc.RootElement.GetProperty("tokens").GetArrayLength().Should().BeGreaterThan(100);
        DocumentJsonTests.AssertSpanInvariant(doc.RootElement, TestPaths.ReadText(seed)).Should().BeGreaterThan(100);
    }

    [Fact]
    public void JsonFolder_PrintsJsonLinesWithFileInOrder()
    {
        var (exit, stdout, stderr) = Run(_temp, "--json", SeedsDir);
        exit.Should().Be(0, stderr);
        string[] lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var expectedFiles = Directory.EnumerateFiles(SeedsDir).Order(StringComparer.Ordinal).ToArray();
        lines.Should().HaveCount(expectedFiles.Length);
        for (int i = 0; i < lines.Length; i++)
        {
            using var doc = JsonDocument.Parse(lines[i]);
            doc.RootElement.GetProperty("file").GetString().Should().Be(expectedFiles[i]);
            DocumentJsonTests.AssertSpanInvariant(doc.RootElement, TestPaths.ReadText(expectedFiles[i]));
        }
    }

    [Fact]
    public void JsonWithBadFiles_ReportsErrorRecordsAndExitsOne()
    {
        string good = Path.Combine(_temp, "good.txt");
        File.WriteAllText(good, "\uFEFFقال باقري.", new UTF8Encoding(false));
        string binary = Path.Combine(_temp, "binary.bin");
        File.WriteAllBytes(binary, [0xFF, 0xFE, 0x00, 0xC3, 0x28]);
        string missing = Path.Combine(_temp, "missing.txt");

        var (exit, stdout, stderr) = Run(_temp, "--json", missing, good, binary);
        exit.Should().Be(1);
        string[] lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(3);
        using (var e1 = JsonDocument.Parse(lines[0]))
        {
            e1.RootElement.GetProperty("file").GetString().Should().Be(missing);
            e1.RootElement.GetProperty("error").GetString().Should().Be("no such file");
        }

        using (var ok = JsonDocument.Parse(lines[1]))
        {
            ok.RootElement.GetProperty("file").GetString().Should().Be(good);
            ok.RootElement.GetProperty("sentences")[0].GetProperty("start").GetInt32().Should().Be(0, "the BOM is removed");
        }

        using (var e2 = JsonDocument.Parse(lines[2]))
            e2.RootElement.GetProperty("error").GetString().Should().Contain("UTF-8");
        stderr.Should().Contain("missing.txt").And.Contain("binary.bin");
    }

    [Theory]
    [InlineData("--date", "20/10/2021")]
    [InlineData("--date", "2021-13-01")]
    [InlineData("--no-such-option")]
    public void BadArguments_OneLineOnStderrAndExitTwo(params string[] args)
    {
        var (exit, stdout, stderr) = Run(_temp, [.. args, SeedsDir]);
        exit.Should().Be(2);
        stdout.Should().BeEmpty();
        stderr.Trim().Split('\n').Should().ContainSingle();
    }

    [Fact]
    public void Help_ExitsZero()
    {
        var (exit, stdout, _) = Run(_temp, "--help");
        exit.Should().Be(0);
        stdout.Should().Contain("--json").And.Contain("--date");
    }
}
