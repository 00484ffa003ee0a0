using System.Collections.Concurrent;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Extraction.Arabic.Tokenization;

namespace Extraction.Arabic.Benchmarks;

/// <summary>The benchmark inputs: the seed articles and a 10 MiB slice of the unlabeled news corpus.</summary>
/// <remarks>
/// <para><c>seeds</c>: the five files of <c>&lt;repo&gt;/seeds</c> in ordinal order, UTF-8 with any BOM removed,
/// joined with <c>"\n\n"</c>.</para>
/// <para><c>news10mb</c>: the <c>text</c> fields of <c>shared/corpora/news-unlabeled/saudinewsnet-subset.jsonl</c>, whole
/// articles in file order, until their UTF-8 size reaches 10 MiB, joined with <c>"\n\n"</c>. It is read at run time
/// from the path the build recorded; nothing derived from it is committed (the corpus is CC BY-NC-SA).</para>
/// </remarks>
internal static class Corpora
{
    public const string Seeds = "seeds";
    public const string News10Mb = "news10mb";

    /// <summary>UTF-8 bytes of article text to take from the news corpus.</summary>
    public const long NewsSliceBytes = 10L * 1024 * 1024;

    private static readonly ConcurrentDictionary<string, Corpus> s_cache = new(StringComparer.Ordinal);

    public static Corpus Get(string name) => s_cache.GetOrAdd(name, Load);

    private static string Metadata(string key) => typeof(Corpora).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .First(a => a.Key == key).Value ?? throw new InvalidOperationException($"No {key} metadata.");

    private static Corpus Load(string name) => name switch
    {
        Seeds => Create(name, LoadSeeds()),
        News10Mb => Create(name, LoadNews()),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown corpus."),
    };

    private static Corpus Create(string name, string[] articles)
    {
        string text = string.Join("\n\n", articles);
        int tokens = 0;
        foreach (var _ in ArabicTokenizer.Enumerate(text)) tokens++;
        return new Corpus(name, articles, text, tokens, Encoding.UTF8.GetByteCount(text));
    }

    private static string[] LoadSeeds()
    {
        string dir = Path.Combine(Metadata("RepoRoot"), "seeds");
        return [.. Directory.EnumerateFiles(dir, "*.txt").Order(StringComparer.Ordinal).Select(ReadText)];
    }

    private static string ReadText(string path)
    {
        byte[] b = File.ReadAllBytes(path);
        int o = b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF ? 3 : 0;
        return new UTF8Encoding(false, true).GetString(b, o, b.Length - o);
    }

    private static string[] LoadNews()
    {
        string path = Path.Combine(Metadata("SharedRoot"), "corpora", "news-unlabeled", "saudinewsnet-subset.jsonl");
        if (!File.Exists(path))
            throw new FileNotFoundException("The news corpus is missing: ../shared must sit beside the repository.", path);

        var articles = new List<string>();
        long bytes = 0;
        foreach (string line in File.ReadLines(path, Encoding.UTF8))
        {
            if (bytes >= NewsSliceBytes) break;
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var json = JsonDocument.Parse(line);
            string text = json.RootElement.GetProperty("text").GetString() ?? "";
            articles.Add(text);
            bytes += Encoding.UTF8.GetByteCount(text);
        }

        return [.. articles];
    }
}

/// <summary>One loaded corpus and its size.</summary>
/// <param name="Name">The parameter value (<c>seeds</c>, <c>news10mb</c>).</param>
/// <param name="Articles">The articles.</param>
/// <param name="Text">The articles joined with <c>"\n\n"</c>.</param>
/// <param name="Tokens">The number of tokens <see cref="ArabicTokenizer"/> finds in <paramref name="Text"/>.</param>
/// <param name="Utf8Bytes">The UTF-8 size of <paramref name="Text"/>.</param>
internal sealed record Corpus(string Name, string[] Articles, string Text, int Tokens, long Utf8Bytes);
