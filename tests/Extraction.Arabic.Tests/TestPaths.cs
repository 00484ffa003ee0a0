using System.Reflection;

namespace Extraction.Arabic.Tests;

/// <summary>Where the repository, its seeds and ../shared are.</summary>
internal static class TestPaths
{
    private static string Metadata(string key) => typeof(TestPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .First(a => a.Key == key).Value!;

    public static string RepoRoot => Metadata("RepoRoot");

    public static string SharedRoot => Metadata("SharedRoot");

    public static string Configuration => Metadata("Configuration");

    public static string Seeds => Path.Combine(AppContext.BaseDirectory, "seeds");

    public static IEnumerable<string> SeedFiles => Directory.EnumerateFiles(Seeds, "*.txt").OrderBy(f => f, StringComparer.Ordinal);

    /// <summary>Reads a file as the demo does: UTF-8, BOM removed.</summary>
    public static string ReadText(string path)
    {
        byte[] b = File.ReadAllBytes(path);
        int o = b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF ? 3 : 0;
        return new System.Text.UTF8Encoding(false, true).GetString(b, o, b.Length - o);
    }

    public static string Corpus(params string[] parts) => Path.Combine([SharedRoot, "corpora", .. parts]);
}
