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
                """);
            return args.Length == 0 ? 2 : 0;
        }

        if (args[0] == Clusters.WordClusterCommand.Name) return Clusters.WordClusterCommand.Run(args[1..]);
        Console.Error.WriteLine($"Unknown command '{args[0]}'. Run with --help.");
        return 2;
    }
}
