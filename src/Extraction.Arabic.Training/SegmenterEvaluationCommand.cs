using System.Globalization;
using Extraction.Arabic.Tokenization;

namespace Extraction.Arabic.Training;

/// <summary>The <c>evaluate-segmenter</c> command: NewsFANE-aligned precision/recall of the clitic split points.</summary>
internal static class SegmenterEvaluationCommand
{
    /// <summary>The <c>segment</c> command: prints <c>word → part/Kind + …</c> for each argument.</summary>
    public static int Segment(ReadOnlySpan<string> args)
    {
        var words = new List<string>();
        string? lexiconPath = null;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--lexicon" && i + 1 < args.Length) lexiconPath = args[++i];
            else words.Add(args[i]);
        }

        var segmenter = lexiconPath is null ? CliticSegmenter.Default : new CliticSegmenter(SegmenterLexicon.LoadFile(lexiconPath));
        foreach (string w in words) Console.WriteLine($"{w} → {Render(segmenter, w, " + ")}");

        return 0;
    }

    /// <summary>The parts of a word as <c>text/Kind</c>, joined by <paramref name="separator"/>.</summary>
    private static string Render(CliticSegmenter segmenter, string word, string separator = "+")
    {
        Span<WordSegment> parts = stackalloc WordSegment[CliticSegmenter.MaxSegments];
        int n = segmenter.Segment(word, parts);
        var text = new string[n];
        for (int k = 0; k < n; k++) text[k] = $"{word.Substring(parts[k].Start, parts[k].Length)}/{parts[k].Kind}";
        return string.Join(separator, text);
    }

    public static int Run(Options options)
    {
        string? lexiconPath = options.Get("--lexicon");
        var segmenter = lexiconPath is null ? CliticSegmenter.Default : new CliticSegmenter(SegmenterLexicon.LoadFile(lexiconPath));
        int examples = int.Parse(options.Get("--examples") ?? "15", NumberStyles.None, CultureInfo.InvariantCulture);
        string aner = options.Corpus("anercorp", "train.txt");
        string news = options.Corpus("newsfane", "train.txt");

        Console.WriteLine($"Lexicon: {lexiconPath ?? "embedded " + SegmenterLexicon.ResourceName} ({segmenter.Lexicon.Count:N0} words)");
        foreach (string h in segmenter.Lexicon.Header) Console.WriteLine("  " + h);
        Console.WriteLine();

        string? portion = options.Get("--portion");
        (double From, double To)? range = options.Get("--range") is { } r ? SegmenterLexiconBuilder.ParseRange(r) : null;
        var runs = portion switch
        {
            null => new[] { "test", "all" },
            "test" or "dev" or "train" or "all" => [portion],
            _ => throw new ArgumentException($"Unknown portion '{portion}' (test, dev, train or all)."),
        };

        foreach (string run in runs)
        {
            Func<SegmenterPortion, bool> include = run switch
            {
                "test" => p => p == SegmenterPortion.Test,
                "dev" => p => p == SegmenterPortion.Dev,
                "train" => p => p == SegmenterPortion.Train,
                _ => _ => true,
            };
            using var dump = options.Get("--dump") is { } dumpFile && run != "all" ? new StreamWriter(dumpFile) : null;
            var result = SegmenterEvaluation.Run(segmenter, aner, news, include,
                dump is null ? null : (word, gold, entity) => dump.WriteLine(string.Join('\t', word, string.Join('+', gold), entity ? "E" : "O", Render(segmenter, word))),
                range is null ? null : (s, count) => SegmenterLexiconBuilder.InRange(s, count, range.Value));
            string title = run switch
            {
                "test" => "== HELD-OUT: ANERcorp text aligned to NewsFANE test portion (sentences from 70%; in no lexicon build)",
                "dev" => "== DEV: NewsFANE dev portion (sentences 55%-70%; used to set the weights)",
                "train" => "== TRAIN: NewsFANE train portion (in the lexicon)",
                _ => "== ALL aligned text (reference only: train and dev portions are in the shipped lexicon)",
            };
            SegmenterEvaluationReport.Write(result, Console.Out, title, run == "all" ? 0 : examples);
            if (options.Get("--errors") is { } errorFile && run != "all")
            {
                File.WriteAllLines(errorFile, result.Errors.Select(e => string.Join('\t', e.Error, e.Type, e.Word, e.Ours, e.Gold)));
                Console.WriteLine($"Wrote {result.Errors.Count} disagreements to {errorFile}");
            }

            Console.WriteLine();
        }

        return 0;
    }
}
