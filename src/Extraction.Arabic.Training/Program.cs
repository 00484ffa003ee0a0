using System.Reflection;

namespace Extraction.Arabic.Training;

internal static class Program
{
    private const string Help = """
        Extraction.Arabic.Training — builds and measures the models and lexicons shipped in the library.

        Commands:
          help                 this text
          segmenter-lexicon    builds src/Extraction.Arabic/Resources/segmenter-lexicon.txt.gz from ../shared/corpora
                               (Arabic Wikipedia word counts; WikiFANE and the train+dev part of NewsFANE rebuilt with
                               clitics attached). Options:
                                 --exclude-dev      leave the NewsFANE dev part out too (for tuning on dev)
                                 --exclude A:B      also leave out NewsFANE sentences in [A, B) (fractions, B <= 0.70;
                                                    cross-validation folds inside the train portion)
                                 --output PATH      write there instead of the library's Resources folder
          evaluate-segmenter   aligns ANERcorp train with NewsFANE train and reports precision/recall/F1 of the clitic
                               split points, on the held-out part and on all aligned text. Options:
                                 --portion test|dev|train|all   evaluate only this part (default: test, then all)
                                 --range A:B        with --portion train: only NewsFANE sentences in [A, B)
                                 --lexicon PATH     use this lexicon file instead of the embedded one
                                 --examples N       distinct error examples per type (default 15)
                                 --errors PATH      also write every disagreement (TSV: FP/FN, type, word, ours, NewsFANE)
                                 --dump PATH        also write every compared word (TSV: word, NewsFANE tokens, E/O entity)
          segment WORD...      prints the clitic segmentation of each word (option: --lexicon PATH)
          train                trains the entity model (NER) from ../shared/corpora into src/Extraction.Arabic/Resources
          evaluate FILE        CoNLL exact-span P/R/F1 of the entity model on a CoNLL file (--format anercorp|newsfane|…)
          tag FILE|-           tags one-token-per-line text (--labels anercorp for B-/I- PERS LOC ORG MISC)
          word-clusters        rebuilds src/Extraction.Arabic/Resources/word-clusters.bin.gz from Arabic Wikipedia
          weapons-eval         precision/recall of the weapon recognizer on its evaluation set
                               (options: --split dev|test, --errors dev)

        Common option: --shared DIR   the shared data folder (default: the build's SharedRoot).
        """;

    private static int Main(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            Console.WriteLine(Help);
            return args.Length == 0 ? 2 : 0;
        }

        try
        {
            if (args[0] == "segment") return SegmenterEvaluationCommand.Segment(args.AsSpan(1));
            if (args[0] == "weapons-eval") return Weapons.WeaponsEvalCommand.Run(args[1..]);
            if (args[0] == "train") return Ner.TrainCommand.Run(args[1..]);
            if (args[0] == "evaluate") return Ner.EvaluateCommand.Run(args[1..]);
            if (args[0] == "tag") return Ner.TagCommand.Run(args[1..]);
            if (args[0] == Clusters.WordClusterCommand.Name) return Clusters.WordClusterCommand.Run(args[1..]);
            var options = Options.Parse(args.AsSpan(1));
            return args[0] switch
            {
                "segmenter-lexicon" => SegmenterLexiconBuilder.Run(options),
                "evaluate-segmenter" => SegmenterEvaluationCommand.Run(options),
                _ => Unknown(args[0]),
            };
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }
        catch (IOException e)
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }
    }

    private static int Unknown(string command)
    {
        Console.Error.WriteLine($"Unknown command '{command}'. Run with --help.");
        return 2;
    }
}

/// <summary>Command-line options: <c>--name value</c> pairs and <c>--flag</c>s.</summary>
internal sealed class Options
{
    private static readonly HashSet<string> s_flags = ["--exclude-dev"];
    private readonly Dictionary<string, string?> _values = new(StringComparer.Ordinal);

    public static Options Parse(ReadOnlySpan<string> args)
    {
        var o = new Options();
        for (int i = 0; i < args.Length; i++)
        {
            string a = args[i];
            if (!a.StartsWith("--", StringComparison.Ordinal)) throw new ArgumentException($"Unexpected argument '{a}'.");
            if (s_flags.Contains(a))
            {
                o._values[a] = null;
            }
            else
            {
                if (i + 1 >= args.Length) throw new ArgumentException($"Option '{a}' needs a value.");
                o._values[a] = args[++i];
            }
        }

        return o;
    }

    public bool Has(string name) => _values.ContainsKey(name);

    public string? Get(string name) => _values.TryGetValue(name, out string? v) ? v : null;

    public string SharedRoot => Get("--shared") ?? Metadata("SharedRoot");

    public static string RepoRoot => Metadata("RepoRoot");

    public string Corpus(params string[] parts) => Path.Combine([SharedRoot, "corpora", .. parts]);

    private static string Metadata(string key) => typeof(Options).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .First(a => a.Key == key).Value!;
}
