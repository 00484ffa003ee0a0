using System.Reflection;

namespace Extraction.Arabic.Training.Weapons;

/// <summary><c>weapons-eval [--split dev|test] [--errors dev|test] [--gold FILE]</c>: precision and recall of the weapon recognizer on the
/// hand-annotated evaluation set, for named systems and generic classes, on the dev and the test half.</summary>
internal static class WeaponsEvalCommand
{
    public static int Run(string[] args)
    {
        string repo = typeof(WeaponsEvalCommand).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == "RepoRoot").Value!;
        string gold = Path.Combine(repo, "tests", "Extraction.Arabic.Tests", "Entities", "Weapons", "Eval", "weapons-gold.jsonl");
        string? errorsFor = null, only = null;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--gold" && i + 1 < args.Length) gold = args[++i];
            else if (args[i] == "--errors" && i + 1 < args.Length) errorsFor = args[++i];
            else if (args[i] == "--split" && i + 1 < args.Length) only = args[++i];
            else
            {
                Console.Error.WriteLine($"weapons-eval: unknown argument '{args[i]}'. Usage: weapons-eval [--split dev|test] [--errors dev|test] [--gold FILE]");
                return 2;
            }
        }

        var sentences = WeaponScoring.Load(gold);
        var extractor = ArabicExtractor.CreateDefault();
        var cache = new Dictionary<string, List<PredictedMention>>(StringComparer.Ordinal);
        List<PredictedMention> Predict(string text) => cache.TryGetValue(text, out var p) ? p : cache[text] = WeaponScoring.Predict(extractor, text);

        Console.WriteLine($"weapons evaluation: {gold}");
        foreach (string split in new[] { "dev", "test" })
        {
            if (only is not null && only != split) continue;
            var part = sentences.Where(s => s.Split == split).ToList();
            Console.WriteLine($"-- {split}: {part.Count} sentences");
            foreach (bool generic in new[] { false, true })
            {
                var errors = errorsFor == split ? new List<string>() : null;
                var score = WeaponScoring.Score(part, Predict, generic, errors);
                Console.WriteLine(WeaponScoring.Format(generic ? "  generic" : "  named", score));
                if (errors is not null) foreach (string e in errors) Console.WriteLine("     " + e);
            }
        }

        return 0;
    }
}
