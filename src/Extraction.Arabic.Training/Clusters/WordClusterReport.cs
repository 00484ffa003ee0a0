using System.Globalization;
using System.Text;
using Extraction.Arabic.Entities.Features;
using Extraction.Arabic.Text;

namespace Extraction.Arabic.Training.Clusters;

/// <summary>Measures a cluster table against the shared corpora: coverage, sample clusters, gazetteer cohesion and
/// how much the clusters say about the NER type of words the tagger has not seen.</summary>
internal static class WordClusterReport
{
    private static readonly string[] s_types = ["O", "PERS", "LOC", "ORG", "MISC"];

    /// <summary>Words whose clusters are printed: person first names, cities, countries, months, organization head
    /// nouns, a reporting verb and an attached form.</summary>
    internal static readonly string[] SampleWords =
    [
        "محمد", "جورج", "القاهرة", "موسكو", "فرنسا", "العراق", "يناير", "مارس", "وزارة", "شركة", "قال", "والرئيس",
    ];

    /// <summary>Prints the report and returns its markdown form for the sidecar.</summary>
    /// <param name="table">The cluster table just built.</param>
    /// <param name="corpus">The corpus it was built from (for word counts).</param>
    /// <param name="sharedRoot">The shared folder with <c>corpora/</c>.</param>
    /// <param name="log">Receives the report.</param>
    /// <returns>Markdown sections with the same numbers.</returns>
    public static string Run(WordClusterTable table, ClusterCorpus corpus, string sharedRoot, TextWriter log)
    {
        var md = new StringBuilder();
        string anercorp = Path.Combine(sharedRoot, "corpora", "anercorp", "train.txt");
        if (File.Exists(anercorp))
        {
            List<List<(string Word, string Type)>> sentences = ReadAnercorp(anercorp);
            Coverage(table, sentences, log, md);
            UnseenWordInformation(table, sentences, log, md);
        }
        else
        {
            log.WriteLine($"  (no {anercorp}: coverage skipped)");
        }

        GazetteerCohesion(table, sharedRoot, log, md);
        Samples(table, corpus, log, md);
        return md.ToString();
    }

    /// <summary>Reads ANERcorp: one <c>token TAG</c> per line, blank lines between sentences.</summary>
    /// <param name="path">The file.</param>
    /// <returns>Sentences of (normalized word, type without the B-/I- prefix).</returns>
    internal static List<List<(string Word, string Type)>> ReadAnercorp(string path)
    {
        var sentences = new List<List<(string, string)>>();
        var current = new List<(string, string)>();
        foreach (string line in File.ReadLines(path))
        {
            if (line.Length == 0)
            {
                if (current.Count > 0) sentences.Add(current);
                current = [];
                continue;
            }

            int space = line.LastIndexOf(' ');
            if (space <= 0) continue;
            string tag = line[(space + 1)..];
            string type = tag.Length > 2 && tag[1] == '-' ? tag[2..] : "O";
            current.Add((ArabicNormalizer.Default.NormalizeToString(line.AsSpan(0, space)), type));
        }

        if (current.Count > 0) sentences.Add(current);
        return sentences;
    }

    private static void Coverage(WordClusterTable table, List<List<(string Word, string Type)>> sentences, TextWriter log, StringBuilder md)
    {
        string[] groups = ["all tokens", "entity tokens", "PERS", "LOC", "ORG", "MISC"];
        var total = new int[groups.Length];
        var exact = new int[groups.Length];
        var stripped = new int[groups.Length];
        foreach (var sentence in sentences)
        {
            foreach (var (word, type) in sentence)
            {
                bool hit = table.IndexOf(word) >= 0;
                bool hitStripped = table.TryGetStrippingProclitics(word, out _, out _, out _, out _);
                for (int g = 0; g < groups.Length; g++)
                {
                    bool member = g switch { 0 => true, 1 => type != "O", _ => type == groups[g] };
                    if (!member) continue;
                    total[g]++;
                    if (hit) exact[g]++;
                    if (hitStripped) stripped[g]++;
                }
            }
        }

        log.WriteLine();
        log.WriteLine("Coverage of ANERcorp train tokens (normalized; digits shaped):");
        md.AppendLine("### Coverage of ANERcorp train tokens").AppendLine();
        md.AppendLine("| tokens | count | exact lookup | with proclitic fallback |").AppendLine("|---|---:|---:|---:|");
        for (int g = 0; g < groups.Length; g++)
        {
            string a = Percent(exact[g], total[g]), b = Percent(stripped[g], total[g]);
            log.WriteLine($"  {groups[g],-14} {total[g],8:N0}  exact {a,7}  with proclitic fallback {b,7}");
            md.AppendLine(CultureInfo.InvariantCulture, $"| {groups[g]} | {total[g]:N0} | {a} | {b} |");
        }

        md.AppendLine();
    }

    // Splits ANERcorp train into two halves by sentence parity. For tokens of half B whose word never occurs in
    // half A (unseen words, the tagger's weak spot), predicts the type (O, PERS, LOC, ORG, MISC) from the type counts
    // of the word's cluster in half A, smoothed towards the overall type distribution, and reports the cross-entropy
    // against the prior alone. The drop, in bits, is what the clusters tell about the type of an unseen word.
    private static void UnseenWordInformation(WordClusterTable table, List<List<(string Word, string Type)>> sentences, TextWriter log, StringBuilder md)
    {
        const double PriorWeight = 5;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var prior = new double[s_types.Length];
        var byLevel = new Dictionary<int, double[]>[3];
        for (int l = 0; l < 3; l++) byLevel[l] = [];
        for (int s = 0; s < sentences.Count; s += 2)
        {
            foreach (var (word, type) in sentences[s])
            {
                seen.Add(word);
                int t = Array.IndexOf(s_types, type);
                if (t < 0) continue;
                prior[t]++;
                if (!table.TryGetStrippingProclitics(word, out ushort c0, out ushort c1, out ushort c2, out _)) continue;
                int[] ids = [c0, c1, c2];
                for (int l = 0; l < 3; l++)
                {
                    if (!byLevel[l].TryGetValue(ids[l], out double[]? counts)) byLevel[l][ids[l]] = counts = new double[s_types.Length];
                    counts[t]++;
                }
            }
        }

        double priorTotal = prior.Sum();
        for (int t = 0; t < prior.Length; t++) prior[t] /= priorTotal;

        int unseen = 0, unseenEntities = 0;
        double h0 = 0;
        var h = new double[3];
        var entityH0 = 0.0;
        var entityH = new double[3];
        for (int s = 1; s < sentences.Count; s += 2)
        {
            foreach (var (word, type) in sentences[s])
            {
                int t = Array.IndexOf(s_types, type);
                if (t < 0 || seen.Contains(word)) continue;
                unseen++;
                bool entity = t > 0;
                if (entity) unseenEntities++;
                double p0 = -Math.Log2(prior[t]);
                h0 += p0;
                if (entity) entityH0 += p0;
                bool found = table.TryGetStrippingProclitics(word, out ushort c0, out ushort c1, out ushort c2, out _);
                int[] ids = [c0, c1, c2];
                for (int l = 0; l < 3; l++)
                {
                    double p = prior[t];
                    if (found && byLevel[l].TryGetValue(ids[l], out double[]? counts))
                        p = (counts[t] + PriorWeight * prior[t]) / (counts.Sum() + PriorWeight);
                    h[l] += -Math.Log2(p);
                    if (entity) entityH[l] += -Math.Log2(p);
                }
            }
        }

        log.WriteLine();
        log.WriteLine($"NER type of unseen words (ANERcorp train, odd sentences scored from even ones; {unseen:N0} unseen tokens, {unseenEntities:N0} in entities):");
        log.WriteLine($"  prior only       : {h0 / unseen:F3} bits/token, {entityH0 / unseenEntities:F3} bits/entity token");
        md.AppendLine("### What the clusters say about the NER type of unseen words").AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"ANERcorp train split by sentence parity; the {unseen:N0} tokens of odd sentences whose word never occurs in an even sentence ({unseenEntities:N0} of them in entities) get a type distribution from their cluster's type counts in the even sentences (smoothed towards the prior with weight {PriorWeight}). Cross-entropy of the true type (O/PERS/LOC/ORG/MISC), lower is better:").AppendLine();
        md.AppendLine("| predictor | bits per unseen token | bits per unseen entity token |").AppendLine("|---|---:|---:|");
        md.AppendLine(CultureInfo.InvariantCulture, $"| type prior only | {h0 / unseen:F3} | {entityH0 / unseenEntities:F3} |");
        string[] names = ["c64", "c256", "c1024"];
        for (int l = 0; l < 3; l++)
        {
            log.WriteLine($"  {names[l],-5} cluster    : {h[l] / unseen:F3} bits/token, {entityH[l] / unseenEntities:F3} bits/entity token");
            md.AppendLine(CultureInfo.InvariantCulture, $"| {names[l]} cluster | {h[l] / unseen:F3} | {entityH[l] / unseenEntities:F3} |");
        }

        md.AppendLine();
    }

    private static void GazetteerCohesion(WordClusterTable table, string sharedRoot, TextWriter log, StringBuilder md)
    {
        Dictionary<string, List<string>>? groups = GazetteerGroups.Load(sharedRoot, table);
        if (groups is null)
        {
            log.WriteLine("  (gazetteers missing: cohesion skipped)");
            return;
        }

        log.WriteLine();
        log.WriteLine("Gazetteer cohesion: share of word pairs in the same cluster (single-token names in the vocabulary):");
        md.AppendLine("### Gazetteer cohesion").AppendLine();
        md.AppendLine("Share of pairs of single-token gazetteer names (present in the vocabulary) that fall in the same cluster, against pairs of vocabulary words at large:").AppendLine();
        md.AppendLine("| pairs | words | same c64 | same c256 | same c1024 |").AppendLine("|---|---:|---:|---:|---:|");
        var all = Enumerable.Range(0, table.Count).Select(i => table.WordAt(i).ToString()).ToList();
        var rows = new List<(string Name, List<string> A, List<string>? B)>();
        foreach (var (name, words) in groups) rows.Add(($"{name}–{name}", words, null));
        rows.Add(("city–person", groups["city"], groups["person"]));
        rows.Add(("vocabulary–vocabulary", all, null));
        foreach (var (name, a, b) in rows)
        {
            double[] rates = [.. Enumerable.Range(0, 3).Select(l => GazetteerGroups.SameClusterRate(table, a, b, l))];
            string words = b is null ? $"{a.Count:N0}" : $"{a.Count:N0} × {b.Count:N0}";
            log.WriteLine($"  {name,-22} {words,16}  c64 {rates[0],7:P2}  c256 {rates[1],7:P2}  c1024 {rates[2],7:P2}");
            md.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {words} | {rates[0]:P2} | {rates[1]:P2} | {rates[2]:P2} |");
        }

        md.AppendLine();
    }

    private static void Samples(WordClusterTable table, ClusterCorpus corpus, TextWriter log, StringBuilder md)
    {
        var rank = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < corpus.Words.Length; i++) rank[corpus.Words[i]] = i;

        log.WriteLine();
        log.WriteLine("Sample clusters: the 25 most frequent members of each word's c256 cluster (c1024 members marked *):");
        md.AppendLine("### Sample clusters").AppendLine();
        md.AppendLine("The 25 most frequent members of the c256 cluster of each word; members of the word's own c1024 cluster are marked with *.").AppendLine();
        foreach (string sample in SampleWords)
        {
            if (!table.TryGet(sample, out ushort c64, out ushort c256, out ushort c1024))
            {
                log.WriteLine($"  {sample}: not in the vocabulary");
                md.AppendLine(CultureInfo.InvariantCulture, $"- {sample}: not in the vocabulary");
                continue;
            }

            var members = Enumerable.Range(0, table.Count)
                .Where(i => table.MiddleOf(table.FineAt(i)) == c256)
                .Select(i => (Word: table.WordAt(i).ToString(), Fine: table.FineAt(i)))
                .OrderBy(m => rank.GetValueOrDefault(m.Word, int.MaxValue))
                .ToList();
            int fineSize = Enumerable.Range(0, table.Count).Count(i => table.FineAt(i) == c1024);
            string list = string.Join(" ", members.Take(25).Select(m => m.Fine == c1024 ? m.Word + "*" : m.Word));
            string head = $"{sample} (c64 {c64}, c256 {c256} with {members.Count:N0} words, c1024 {c1024} with {fineSize:N0} words)";
            log.WriteLine($"  {head}:");
            log.WriteLine($"      {list}");
            md.AppendLine(CultureInfo.InvariantCulture, $"- **{head}**: {list}");
        }

        md.AppendLine();
    }

    private static string Percent(int part, int whole) => whole == 0 ? "–" : (part / (double)whole).ToString("P1", CultureInfo.InvariantCulture);
}
