using Extraction.Arabic.Entities.Features;
using Extraction.Arabic.Text;

namespace Extraction.Arabic.Training.Clusters;

/// <summary>Single-token names from the shared gazetteers, grouped by type, for checking cluster cohesion.</summary>
internal static class GazetteerGroups
{
    /// <summary>Loads city, country and person name tokens that are in the table and in exactly one group.</summary>
    /// <param name="sharedRoot">The shared folder with <c>corpora/gazetteers</c>.</param>
    /// <param name="table">The cluster table.</param>
    /// <returns>The groups <c>city</c>, <c>country</c>, <c>person</c>, or null when a gazetteer file is missing.</returns>
    /// <remarks>Names are normalized with <see cref="ArabicNormalizer.Default"/>; names with a space are skipped. Person
    /// tokens must occur at least 3 times in their source list, to leave out one-off alignments.</remarks>
    public static Dictionary<string, List<string>>? Load(string sharedRoot, WordClusterTable table)
    {
        string dir = Path.Combine(sharedRoot, "corpora", "gazetteers");
        string cities = Path.Combine(dir, "geonames-cities-ar", "cities15000-ar.tsv");
        string countries = Path.Combine(dir, "countries-ar", "countries-ar.tsv");
        string persons = Path.Combine(dir, "person-name-tokens-wikidata", "name-tokens-en-ar.tsv");
        if (!File.Exists(cities) || !File.Exists(countries) || !File.Exists(persons)) return null;

        var raw = new Dictionary<string, SortedSet<string>>
        {
            ["city"] = Column(cities, 1, _ => true),
            ["country"] = Column(countries, 3, _ => true),
            ["person"] = Column(persons, 1, f => int.TryParse(f[2], out int n) && n >= 3),
        };

        var result = new Dictionary<string, List<string>>();
        foreach (var (name, words) in raw)
        {
            result[name] = words
                .Where(w => table.IndexOf(w) >= 0 && raw.All(o => o.Key == name || !o.Value.Contains(w)))
                .ToList();
        }

        return result;
    }

    /// <summary>The share of word pairs that fall in the same cluster at a level.</summary>
    /// <param name="table">The cluster table.</param>
    /// <param name="a">The words (all in the table, distinct).</param>
    /// <param name="b">A second, disjoint list for cross pairs, or null for pairs within <paramref name="a"/>.</param>
    /// <param name="level">0 for the coarse, 1 for the middle, 2 for the fine classes.</param>
    /// <returns>The share of pairs with the same cluster.</returns>
    public static double SameClusterRate(WordClusterTable table, IReadOnlyList<string> a, IReadOnlyList<string>? b, int level)
    {
        Dictionary<int, long> Histogram(IReadOnlyList<string> words)
        {
            var h = new Dictionary<int, long>();
            foreach (string w in words)
            {
                table.TryGet(w, out ushort c0, out ushort c1, out ushort c2);
                int c = level switch { 0 => c0, 1 => c1, _ => c2 };
                h[c] = h.GetValueOrDefault(c) + 1;
            }

            return h;
        }

        Dictionary<int, long> ha = Histogram(a);
        if (b is null)
        {
            double n = a.Count;
            return ha.Values.Sum(x => (double)x * (x - 1)) / (n * (n - 1));
        }

        Dictionary<int, long> hb = Histogram(b);
        return ha.Sum(kv => (double)kv.Value * hb.GetValueOrDefault(kv.Key)) / ((double)a.Count * b.Count);
    }

    private static SortedSet<string> Column(string path, int column, Func<string[], bool> keep)
    {
        var set = new SortedSet<string>(StringComparer.Ordinal);
        foreach (string line in File.ReadLines(path).Skip(1))
        {
            string[] fields = line.Split('\t');
            if (fields.Length <= column || !keep(fields)) continue;
            string name = ArabicNormalizer.Default.NormalizeToString(fields[column].Trim());
            if (name.Length >= 2 && !name.Contains(' ', StringComparison.Ordinal)) set.Add(name);
        }

        return set;
    }
}
