using System.Text;
using Extraction.Arabic.Entities.Features;

namespace Extraction.Arabic.Training.Ner;

/// <summary>Builds the lexicon entries compiled into the entity model: shared gazetteers plus curated lists.</summary>
internal static class NerLexiconSources
{
    private static readonly (string File, LexiconCategory Category)[] s_curated =
    [
        ("titles.txt", LexiconCategory.Title),
        ("org-heads.txt", LexiconCategory.OrgHead),
        ("loc-heads.txt", LexiconCategory.LocHead),
        ("nisba.txt", LexiconCategory.Nisba),
        ("name-particles.txt", LexiconCategory.NameParticle),
        ("report-verbs.txt", LexiconCategory.ReportVerb),
        ("misc-heads.txt", LexiconCategory.MiscHead),
        ("function-words.txt", LexiconCategory.FunctionWord),
        ("sports-words.txt", LexiconCategory.SportsWord),
        ("business-words.txt", LexiconCategory.BusinessWord),
    ];

    /// <summary>Latin name tokens that are function words or particles in other languages: their Arabic side is
    /// usually a common Arabic word (of → من).</summary>
    private static readonly HashSet<string> s_latinStop = new(StringComparer.Ordinal)
    {
        "of", "the", "de", "da", "do", "du", "del", "della", "di", "van", "von", "der", "den", "la", "le", "el", "al", "y",
        "e", "and", "in", "on", "at", "to", "for", "a", "an", "bin", "ibn", "bint", "abu", "abd", "ben", "mac", "mc",
    };

    public static List<(uint Flags, string Phrase)> Build(string sharedRoot, string curatedFolder, TextWriter log)
    {
        var entries = new Dictionary<string, uint>(StringComparer.Ordinal);
        void Add(string phrase, LexiconCategory c)
        {
            phrase = string.Join(' ', phrase.Split([' ', '\t', '-'], StringSplitOptions.RemoveEmptyEntries));
            if (phrase.Length < 2) return;
            entries[phrase] = entries.GetValueOrDefault(phrase) | (uint)c;
        }

        string gaz = Path.Combine(sharedRoot, "corpora", "gazetteers");
        int cities = 0, countries = 0, names = 0;
        foreach (string[] row in Rows(Path.Combine(gaz, "geonames-cities-ar", "cities15000-ar.tsv")))
        {
            if (row.Length < 2) continue;
            string name = row[1].Replace("(", "", StringComparison.Ordinal).Replace(")", "", StringComparison.Ordinal);
            if (name.Trim().Length < 3) continue;
            Add(name, LexiconCategory.City);
            cities++;
        }

        foreach (string[] row in Rows(Path.Combine(gaz, "countries-ar", "countries-ar.tsv")))
        {
            for (int c = 3; c < Math.Min(5, row.Length); c++)
            {
                if (row[c].Trim().Length >= 2)
                {
                    Add(row[c], LexiconCategory.Country);
                    countries++;
                }
            }
        }

        foreach (string[] row in Rows(Path.Combine(gaz, "person-name-tokens-wikidata", "name-tokens-en-ar.tsv")))
        {
            if (row.Length < 3 || s_latinStop.Contains(row[0]) || row[1].Length < 3) continue;
            int count = int.TryParse(row[2], out int c) ? c : 1;
            Add(row[1], count >= 3 ? LexiconCategory.PersonToken | LexiconCategory.PersonTokenFrequent : LexiconCategory.PersonToken);
            names++;
        }

        int curated = 0;
        foreach (var (file, category) in s_curated)
        {
            foreach (string line in File.ReadLines(Path.Combine(curatedFolder, file), Encoding.UTF8))
            {
                string t = line.Trim();
                if (t.Length == 0 || t[0] == '#') continue;
                Add(t, category);
                curated++;
                if (category == LexiconCategory.Nisba)
                {
                    // Feminine and plural forms, with the article (the lookup strips it again).
                    Add(t + "\u0629", category);
                    Add(t + "\u064A\u0646", category);
                    Add(t + "\u0648\u0646", category);
                }
            }
        }

        log.WriteLine($"lexicon: {cities:N0} city names, {countries:N0} country names, {names:N0} person-name tokens, {curated:N0} curated entries -> {entries.Count:N0} entries");
        return [.. entries.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => (e.Value, e.Key))];
    }

    private static IEnumerable<string[]> Rows(string path)
    {
        bool header = true;
        foreach (string line in File.ReadLines(path, Encoding.UTF8))
        {
            if (header)
            {
                header = false;
                continue;
            }

            if (line.Length > 0) yield return line.Split('\t');
        }
    }
}
