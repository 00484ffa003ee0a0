namespace Extraction.Arabic.Training.Ner;

/// <summary><c>evaluate</c>: CoNLL exact-span P/R/F1 of the entity model on a labelled file.</summary>
internal static class EvaluateCommand
{
    public const string Usage = """
        evaluate FILE [--format anercorp|newsfane|wikifane|aqmar|wojood] [--model FILE|shipped] [--labels anercorp]
            Tags FILE (token, then gold tag, per line; blank line between sentences) and prints precision, recall and
            F1 per type and micro-averaged (exact spans, as conlleval), with the most frequent errors. Gold tags are
            mapped to PERSON/ORGANIZATION/LOCATION/MISC as in training. Articles are found by their datelines.
        """;

    public static int Run(string[] args)
    {
        var a = new NerArgs(args);
        if (a.Positional.Count != 1)
        {
            Console.Error.WriteLine("error: evaluate needs one FILE.\n" + Usage);
            return 2;
        }

        string path = a.Positional[0];
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"error: no such file: {path}");
            return 1;
        }

        string format = a.Get("--format", "anercorp");
        var sentences = format == "aqmar" && Directory.Exists(path) ? NerCorpora.ReadFolder(path, format) : NerCorpora.Read(path, format);
        var tagger = NerEvaluation.LoadTagger(a.Get("--model", "shipped"));
        string[] names = a.Get("--labels", "anercorp") == "anercorp" ? NerCorpora.AnercorpTypes : NerCorpora.Types;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var scorer = NerEvaluation.Score(tagger, sentences, names);
        Console.WriteLine($"{path}: {sentences.Count:N0} sentences, {sentences.Sum(s => s.Tokens.Length):N0} tokens, tagged in {clock.Elapsed.TotalSeconds:F1} s");
        scorer.Report(Console.Out);
        return 0;
    }
}
