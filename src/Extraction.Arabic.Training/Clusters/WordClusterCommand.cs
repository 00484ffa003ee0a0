using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Extraction.Arabic.Entities.Features;

namespace Extraction.Arabic.Training.Clusters;

/// <summary>The <c>word-clusters</c> command: learns the hierarchical word clusters shipped as
/// <c>Resources/word-clusters.bin.gz</c> and writes the resource with its sidecar <c>word-clusters.md</c>.</summary>
/// <remarks>
/// <para>Pipeline: <see cref="ClusterCorpus"/> (tokenize, normalize, count, bigram graph) →
/// <see cref="ClusterHierarchy"/> (exchange clustering, 64 → 256 → 1024 classes top-down, then refined bottom-up) → <see cref="ClusterResourceWriter"/>
/// → <see cref="WordClusterReport"/> (coverage, samples, checks). Single-threaded by design.</para>
/// <para>Only <c>corpora/unlabeled-permissive</c> (Arabic Wikipedia, CC BY-SA 4.0) is read for training: it is the
/// only unlabeled text whose derivatives may ship. ANERcorp and the gazetteers are read for the report only.</para>
/// </remarks>
internal static class WordClusterCommand
{
    /// <summary>The command name on the command line.</summary>
    public const string Name = "word-clusters";

    private const string Usage = """
        word-clusters — learn the hierarchical word clusters shipped with the library (one core).

        Options:
          --min-count <n>        vocabulary: words seen at least n times (default 3)
          --passes <a,b,c>       most exchange passes at the 64/256/1024 levels (default 20,10,10)
          --refine-passes <n>    free exchange passes at the 1024 level after the top-down split (default 8; 0 = none)
          --min-moved <share>    a level stops when a pass moves fewer words than this share (default 0.002)
          --max-paragraphs <n>   read only the first n paragraphs (quick trials)
          --shared <dir>         the shared folder (default: the build's SharedRoot)
          --output <dir>         where to write word-clusters.bin.gz and .md (default: src/Extraction.Arabic/Resources)
          --dry-run              build and report, write nothing
        """;

    private static readonly int[] s_levels = [WordClusters.CoarseClassCount, WordClusters.MiddleClassCount, WordClusters.FineClassCount];

    /// <summary>Runs the command.</summary>
    /// <param name="args">The arguments after the command name.</param>
    /// <returns>The process exit code.</returns>
    public static int Run(string[] args)
    {
        int minCount = 3, maxParagraphs = int.MaxValue;
        int[] passes = [20, 10, 10];
        int refinePasses = 8;
        double minMoved = 0.002;
        string shared = Metadata("SharedRoot");
        string output = Path.Combine(Metadata("RepoRoot"), "src", "Extraction.Arabic", "Resources");
        bool dryRun = false;
        try
        {
            for (int i = 0; i < args.Length; i++)
            {
                string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
                switch (args[i])
                {
                    case "--min-count": minCount = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                    case "--passes": passes = [.. Next().Split(',').Select(p => int.Parse(p, CultureInfo.InvariantCulture))]; break;
                    case "--refine-passes": refinePasses = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                    case "--min-moved": minMoved = double.Parse(Next(), CultureInfo.InvariantCulture); break;
                    case "--max-paragraphs": maxParagraphs = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                    case "--shared": shared = Next(); break;
                    case "--output": output = Next(); break;
                    case "--dry-run": dryRun = true; break;
                    case "-h" or "--help": Console.WriteLine(Usage); return 0;
                    default: throw new ArgumentException($"Unknown option '{args[i]}'.");
                }
            }

            if (passes.Length != s_levels.Length) throw new ArgumentException($"--passes needs {s_levels.Length} numbers.");
            if (minCount < 1) throw new ArgumentException("--min-count must be at least 1.");
        }
        catch (Exception e) when (e is ArgumentException or FormatException or OverflowException)
        {
            Console.Error.WriteLine(e.Message);
            Console.Error.WriteLine(Usage);
            return 2;
        }

        string corpusDir = Path.Combine(shared, "corpora", "unlabeled-permissive");
        string[] files = Directory.Exists(corpusDir)
            ? [.. Directory.GetFiles(corpusDir, "arwiki-*-part*.txt").Order(StringComparer.Ordinal)]
            : [];
        if (files.Length == 0)
        {
            Console.Error.WriteLine($"No arwiki-*-part*.txt files in {corpusDir}.");
            return 1;
        }

        TextWriter log = Console.Out;
        var total = Stopwatch.StartNew();
        var watch = Stopwatch.StartNew();
        log.WriteLine($"Reading {files.Length} files from {corpusDir}");
        ClusterCorpus corpus = ClusterCorpus.Read(files, minCount, maxParagraphs);
        BigramGraph graph = corpus.Graph;
        log.WriteLine($"  {corpus.ParagraphCount:N0} paragraphs, {corpus.TokenCount:N0} tokens, {corpus.TypeCount:N0} types; " +
            $"vocabulary (count ≥ {minCount}) {corpus.Words.Length:N0} words covering {1 - corpus.RareTokenCount / (double)corpus.TokenCount:P2} of tokens; " +
            $"{graph.EdgeCount:N0} distinct bigrams; {watch.Elapsed.TotalSeconds:F1} s");

        watch.Restart();
        log.WriteLine("Clustering (exchange, top-down then refined):");
        int[][] levels = ClusterHierarchy.Build(graph, corpus.Words.Length, s_levels, passes, minMoved, log);
        int[] fine = levels[^1];
        int[] fineToMiddle = ParentMap(levels[2], levels[1], s_levels[2], s_levels[1]);
        int[] middleToCoarse = ParentMap(levels[1], levels[0], s_levels[1], s_levels[0]);
        log.WriteLine($"  top-down took {watch.Elapsed.TotalSeconds:F1} s");
        if (refinePasses > 0)
        {
            int[][] refined = ClusterHierarchy.Refine(graph, corpus.Words.Length, s_levels, levels, refinePasses, minMoved, log);
            (fine, fineToMiddle, middleToCoarse) = (refined[0], refined[1], refined[2]);
        }

        TimeSpan clustering = watch.Elapsed;
        log.WriteLine($"  clustering took {clustering.TotalSeconds:F1} s");
        byte[] compressed = ClusterResourceWriter.Compress(
            ClusterResourceWriter.Serialize(corpus.Words, fine, fineToMiddle, middleToCoarse, s_levels[0]));
        WordClusterTable table;
        using (var check = new MemoryStream(compressed)) table = WordClusterTable.ReadCompressed(check);
        if (table.Count != corpus.Words.Length) throw new InvalidOperationException("The resource does not read back.");
        string sha = Convert.ToHexStringLower(SHA256.HashData(compressed));
        log.WriteLine($"Resource: {compressed.Length:N0} bytes gzip, {table.Count:N0} words, SHA-256 {sha}");

        string report = WordClusterReport.Run(table, corpus, shared, log);

        if (!dryRun)
        {
            Directory.CreateDirectory(output);
            string bin = Path.Combine(output, "word-clusters.bin.gz");
            File.WriteAllBytes(bin, compressed);
            string md = Path.Combine(output, "word-clusters.md");
            var settings = new Settings(minCount, passes, refinePasses, minMoved, maxParagraphs);
            File.WriteAllText(md, Sidecar(files, corpus, settings, compressed.Length, sha, report), new UTF8Encoding(false));
            log.WriteLine($"Wrote {bin} and {md}");
        }

        log.WriteLine($"Total {total.Elapsed.TotalSeconds:F1} s (clustering {clustering.TotalSeconds:F1} s)");
        return 0;
    }

    // The parent of each class at one level. Classes nest by construction (class c lies inside c / ratio); this
    // checks it on the data, and a class the exchange left empty still gets the parent its number says.
    private static int[] ParentMap(int[] child, int[] parent, int childClasses, int parentClasses)
    {
        int ratio = childClasses / parentClasses;
        var map = new int[childClasses];
        for (int c = 0; c < childClasses; c++) map[c] = c / ratio;
        for (int v = 0; v < child.Length; v++)
        {
            if (map[child[v]] != parent[v]) throw new InvalidOperationException($"The levels do not nest at word {v}.");
        }

        return map;
    }

    private static string Metadata(string key) =>
        typeof(WordClusterCommand).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == key).Value
        ?? throw new InvalidOperationException($"No {key} metadata.");

    private static string Sidecar(string[] files, ClusterCorpus corpus, Settings settings, int size, string sha, string report)
    {
        var sb = new StringBuilder();
        void Line(string text = "") => sb.Append(text).Append('\n');
        string passes = string.Join(", ", settings.Passes);

        Line("# word-clusters.bin.gz — hierarchical word clusters for the entity tagger");
        Line();
        Line("Generated by the `word-clusters` command of `src/Extraction.Arabic.Training` (see *Rebuild*); do not edit by hand.");
        Line(Invariant($"It gives {corpus.Words.Length:N0} Arabic word forms (tokens as they appear in running text, clitics attached, normalized) three nested cluster ids: 64 ⊃ 256 ⊃ 1024 classes. The library reads it through the internal `Extraction.Arabic.Entities.Features.WordClusters`."));
        Line();
        Line("## Source");
        Line();
        Line("- Text: `corpora/unlabeled-permissive/` of the shared data — 10,235 Arabic Wikipedia articles from the 2017-01-20 dump, one paragraph per line, as cleaned by the corpus maintainers (markup removed, AQMAR test pages and held-out test sentences dropped). Upstream: repository `motazsaad/comparableWikiCoprus`, commit `6e4a6e274b555a3c7e9a0f35c3828691a630f4d9` (M. Saad and B. Alijla, *WikiDocsAligner: an off-the-shelf Wikipedia Documents Alignment Tool*, PICICT 2017). The list of articles is `arwiki-20170120-articles.tsv` in that folder.");
        Line("- Files read, in this order:");
        Line();
        Line("| file | bytes | SHA-256 |");
        Line("|---|---:|---|");
        foreach (string file in files)
        {
            using FileStream stream = File.OpenRead(file);
            string hash = Convert.ToHexStringLower(SHA256.HashData(stream));
            Line(Invariant($"| `{Path.GetFileName(file)}` | {new FileInfo(file).Length:N0} | `{hash}` |"));
        }

        Line();
        Line("- Nothing else: no news text (`corpora/news-unlabeled` is non-commercial and must not ship) and no labelled corpus. The FANE corpora split clitics and ANERcorp/NewsFANE is the tagger's own training text, so leaving them out keeps the cluster features as available on training sentences as on new text.");
        Line();
        Line("## Licence");
        Line();
        Line("This file is an adaptation of Arabic Wikipedia text and is licensed under **CC BY-SA 4.0** (Creative Commons Attribution-ShareAlike 4.0 International, https://creativecommons.org/licenses/by-sa/4.0/), independently of the library code's licence.");
        Line();
        Line("- Attribution: the text is by **Arabic Wikipedia contributors** (https://ar.wikipedia.org), through the corpus of Saad & Alijla (2017) above.");
        Line("- Changes made: the text was tokenized, normalized and reduced to word-cluster assignments; only the vocabulary and the cluster ids are distributed, no running text.");
        Line("- Share-alike: redistribute this file, or anything derived from it, under CC BY-SA 4.0 or a compatible licence, with this attribution; add no technical restrictions.");
        Line();
        Line("## Method");
        Line();
        Line("1. **Tokens.** Each paragraph is cut with the library's `ArabicTokenizer` (clitics stay attached, as in news input: `والرئيس`, `بموسكو`), each token normalized with `ArabicNormalizer.Default` (alef forms → ا, ى → ي, harakat, tatweel and bidi marks removed, Arabic-Indic digits → ASCII), and every digit shaped to `0` (`2011` → `0000`). Punctuation, numbers and Latin words are tokens too.");
        Line(Invariant($"2. **Vocabulary.** Tokens seen at least {settings.MinCount} times (and at most 255 characters long): {corpus.Words.Length:N0} of {corpus.TypeCount:N0} types, covering {1 - corpus.RareTokenCount / (double)corpus.TokenCount:P2} of the {corpus.TokenCount:N0} tokens. Other tokens become one *rare* context item, and paragraph edges a *boundary* item; both keep classes of their own and are never clustered."));
        Line(Invariant($"3. **Objective.** The likelihood of the {corpus.Graph.TotalCount:N0} token bigrams under a two-sided class bigram model, p(wᵢ | wᵢ₋₁) = p(c(wᵢ) | c(wᵢ₋₁)) · p(wᵢ | c(wᵢ)), maximized by the exchange algorithm (R. Kneser and H. Ney, Eurospeech 1993; S. Martin, J. Liermann and H. Ney, Speech Communication 24(1), 1998): each word in turn moves to the class that raises the likelihood most, computed exactly from its bigram counts by class; passes repeat until few words move."));
        Line(Invariant($"4. **Top-down.** 64 classes from a round-robin start by frequency rank (at most {settings.Passes[0]} passes); then each class split into 4 children with moves confined to the siblings (at most {settings.Passes[1]} passes), and each of those into 4 again (at most {settings.Passes[2]} passes), after McMahon and Smith (Computational Linguistics 22(2), 1996)."));
        Line(Invariant($"5. **Bottom-up refinement.** {settings.RefinePasses} free exchange passes over all 1024 classes, starting from the top-down result; then the 1024 classes re-clustered into 256 by exchange with classes as items, and the 256 into 64 the same way (the class-merging likelihood criterion of Brown et al., Computational Linguistics 18(4), 1992, optimized by exchange). So c1024 determines c256, which determines c64."));
        Line("6. **Deterministic.** No randomness; words are visited in frequency order; one thread. The same input files give a byte-identical resource on the same runtime and platform (see the SHA-256 below).");
        Line();
        Line("## Parameters");
        Line();
        Line("| parameter | value |");
        Line("|---|---|");
        Line("| classes | 64, 256, 1024 (nested) |");
        Line(Invariant($"| minimum count | {settings.MinCount} |"));
        Line(Invariant($"| top-down passes per level (most) | {passes} |"));
        Line(Invariant($"| refinement passes at 1024 | {settings.RefinePasses} (then up to {2 * settings.RefinePasses} per coarser level) |"));
        Line(Invariant($"| stop when a pass moves fewer than | {settings.MinMoved:P1} of the items |"));
        Line(settings.MaxParagraphs == int.MaxValue ? "| paragraphs | all |" : Invariant($"| paragraphs | first {settings.MaxParagraphs:N0} only (trial build) |"));
        Line(Invariant($"| paragraphs, tokens, distinct bigrams read | {corpus.ParagraphCount:N0}, {corpus.TokenCount:N0}, {corpus.Graph.EdgeCount:N0} |"));
        Line();
        Line("## Rebuild");
        Line();
        Line("```sh");
        Line("dotnet run -c Release --project src/Extraction.Arabic.Training -- word-clusters");
        Line("```");
        Line();
        Line("It reads `corpora/unlabeled-permissive/arwiki-*-part*.txt` under the shared folder (the Training assembly's `SharedRoot` metadata, or `--shared <dir>`), writes this file and `word-clusters.bin.gz` here, and prints the report below. It runs on one core in a few minutes (`--help` lists the options; the defaults are the parameters above).");
        Line();
        Line(Invariant($"Resource: {size:N0} bytes, SHA-256 `{sha}`."));
        Line();
        Line("## Format");
        Line();
        Line("gzip of: `EAWC`, format version 1, the class counts (64, 256, 1024), the parent of each 1024-class and of each 256-class (`ushort`), the word count, then per 1024-class its member count and members (a length byte and UTF-16LE code units; most frequent first). Little-endian. `WordClusterTable` in the library documents and reads it.");
        Line();
        Line("## Measurements");
        Line();
        foreach (string line in report.Split('\n')) Line(line.TrimEnd('\r'));
        return sb.ToString().TrimEnd('\n') + "\n";
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>The command's options.</summary>
    private sealed record Settings(int MinCount, int[] Passes, int RefinePasses, double MinMoved, int MaxParagraphs);
}
