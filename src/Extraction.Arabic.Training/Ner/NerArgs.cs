using System.Reflection;

namespace Extraction.Arabic.Training.Ner;

/// <summary>Minimal <c>--name value</c> / <c>--flag</c> parsing for the NER commands, and the shared paths.</summary>
internal sealed class NerArgs
{
    private readonly Dictionary<string, string?> _named = new(StringComparer.Ordinal);

    public NerArgs(IEnumerable<string> args, params string[] flags)
    {
        var list = args.ToList();
        for (int i = 0; i < list.Count; i++)
        {
            string a = list[i];
            if (a.StartsWith("--", StringComparison.Ordinal))
            {
                if (flags.Contains(a) || i + 1 >= list.Count) _named[a] = null;
                else _named[a] = list[++i];
            }
            else
            {
                Positional.Add(a);
            }
        }
    }

    public List<string> Positional { get; } = [];

    public bool Has(string name) => _named.ContainsKey(name);

    public string Get(string name, string fallback) => _named.TryGetValue(name, out var v) && v is not null ? v : fallback;

    public int GetInt(string name, int fallback) => _named.TryGetValue(name, out var v) && int.TryParse(v, out int x) ? x : fallback;

    public static string Metadata(string key) => typeof(NerArgs).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .First(a => a.Key == key).Value!;

    public static string RepoRoot => Metadata("RepoRoot");

    public static string SharedRoot => Metadata("SharedRoot");

    public static string ShippedModelPath => Path.Combine(RepoRoot, "src", "Extraction.Arabic", "Resources", "ner-model.bin.gz");

    public static string CuratedFolder => Path.Combine(RepoRoot, "src", "Extraction.Arabic", "Resources", "Ner");
}
