using System.Collections.Frozen;
using System.Text;
using Extraction.Arabic.Entities.Features;

namespace Extraction.Arabic.Entities;

/// <summary>The Latin spellings of prominent people's names (<c>Resources/people.tsv</c>), for
/// <see cref="Entity.Latin"/> of <see cref="EntityType.Person"/> entities.</summary>
/// <remarks>Keys are the folded words of each listed Arabic form (<see cref="NerText.Fold"/>), so alef and ى/ي
/// variants match. Only listed forms match; a form listed for two people matches neither. Loaded once; immutable and
/// thread-safe.</remarks>
internal sealed class PeopleLexicon
{
    private const string ResourceName = "Extraction.Arabic.Resources.people.tsv";

    private static readonly Lazy<PeopleLexicon> s_default = new(() => Load(OpenResource()), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<string, string> _latin;

    private PeopleLexicon(FrozenDictionary<string, string> latin) => _latin = latin;

    /// <summary>The shipped lexicon.</summary>
    public static PeopleLexicon Default => s_default.Value;

    /// <summary>Number of Arabic forms that find a person.</summary>
    public int Count => _latin.Count;

    /// <summary>Reads the TSV format of <c>people.tsv</c>: <c>Latin TAB form | form …</c>, <c>#</c> comments.</summary>
    public static PeopleLexicon Load(TextReader reader)
    {
        var latin = new Dictionary<string, string>(StringComparer.Ordinal);
        var ambiguous = new HashSet<string>(StringComparer.Ordinal);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            int tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0) throw new InvalidDataException($"people.tsv: no tab in «{line}».");
            string name = line[..tab].Trim();
            foreach (string form in line[(tab + 1)..].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                string key = Key(form.Split(' ', StringSplitOptions.RemoveEmptyEntries));
                if (latin.TryGetValue(key, out string? other) && !string.Equals(other, name, StringComparison.Ordinal)) ambiguous.Add(key);
                latin[key] = name;
            }
        }

        foreach (string key in ambiguous) latin.Remove(key);
        return new PeopleLexicon(latin.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>The Latin spelling of a person named by any of <paramref name="mentions"/> (each one's folded words),
    /// trying the longest mentions first; null when none is listed.</summary>
    public string? Find(IEnumerable<string[]> mentions)
    {
        foreach (string[] words in mentions.OrderByDescending(w => w.Length))
        {
            if (_latin.TryGetValue(string.Join(' ', words), out string? name)) return name;
        }

        return null;
    }

    private static string Key(string[] words)
    {
        var sb = new StringBuilder();
        Span<char> buffer = stackalloc char[256];
        foreach (string w in words)
        {
            if (w.Length > 100) continue;
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(buffer[..NerText.Fold(w, buffer)]);
        }

        return sb.ToString();
    }

    private static StreamReader OpenResource()
        => new(typeof(PeopleLexicon).Assembly.GetManifestResourceStream(ResourceName)
               ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing."), Encoding.UTF8);
}
