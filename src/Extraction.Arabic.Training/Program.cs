namespace Extraction.Arabic.Training;

internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help")
        {
            Console.WriteLine("""
                Extraction.Arabic.Training — builds and measures the models and lexicons shipped in the library.

                Commands:
                  help                 this text
                  train                trains the entity model (NER) from ../shared/corpora
                  evaluate             scores the entity model on a CoNLL file
                  tag                  tags one-token-per-line text with the entity model
                """);
            return args.Length == 0 ? 2 : 0;
        }

        if (args[0] == "train") return Ner.TrainCommand.Run(args[1..]);
        if (args[0] == "evaluate") return Ner.EvaluateCommand.Run(args[1..]);
        if (args[0] == "tag") return Ner.TagCommand.Run(args[1..]);
        if (args[0] == Clusters.WordClusterCommand.Name) return Clusters.WordClusterCommand.Run(args[1..]);
        Console.Error.WriteLine($"Unknown command '{args[0]}'. Run with --help.");
        return 2;
    }
}
