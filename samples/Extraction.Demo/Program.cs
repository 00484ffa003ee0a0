using System.CommandLine;
using System.Globalization;
using System.Reflection;
using System.Text;
using Extraction.Arabic;
using Extraction.Arabic.Serialization;

namespace Extraction.Demo;

/// <summary>The sample console: a readable summary per article, or JSON per CONTRACT.md.</summary>
internal static class Program
{
    private const int ExitOk = 0;
    private const int ExitFileFailed = 1;
    private const int ExitBadArguments = 2;

    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static int Main(string[] args)
    {
        Console.OutputEncoding = new UTF8Encoding(false);

        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Article files (UTF-8 text) or folders of them. Without any, the seeds/ folder.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var json = new Option<bool>("--json") { Description = "Print JSON (extraction/v1), one object per line, instead of a summary." };
        var tokens = new Option<bool>("--tokens") { Description = "Include the tokens in the JSON (implies --json)." };
        var date = new Option<string?>("--date") { Description = "The articles' publication date, YYYY-MM-DD: the anchor for relative dates." };
        var root = new RootCommand("Extraction.Arabic demo: entities, dates and claims from Arabic news articles.")
        {
            inputs, json, tokens, date,
        };

        ParseResult parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            Console.Error.WriteLine($"error: {parsed.Errors[0].Message} (run with --help)");
            return ExitBadArguments;
        }

        if (args.Any(a => a is "-h" or "--help" or "-?" or "--version"))
            return parsed.Invoke();

        DateOnly? documentDate = null;
        string? dateText = parsed.GetValue(date);
        if (dateText is not null)
        {
            if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                Console.Error.WriteLine($"error: --date '{dateText}' is not a date in the form YYYY-MM-DD.");
                return ExitBadArguments;
            }

            documentDate = d;
        }

        string[] given = parsed.GetValue(inputs) ?? [];
        if (given.FirstOrDefault(g => g.StartsWith('-') && !File.Exists(g) && !Directory.Exists(g)) is { } unknown)
        {
            Console.Error.WriteLine($"error: unknown option '{unknown}' (run with --help)");
            return ExitBadArguments;
        }

        bool useSeeds = given.Length == 0;
        if (useSeeds)
        {
            string? seeds = FindSeeds();
            if (seeds is null)
            {
                Console.Error.WriteLine("error: no input given and no seeds/ folder found; run from the repository root or name files.");
                return ExitBadArguments;
            }

            given = [seeds];
        }

        var files = new List<string>();
        foreach (string g in given)
        {
            if (Directory.Exists(g))
            {
                files.AddRange(Directory.EnumerateFiles(g)
                    .Where(f => !Path.GetFileName(f).StartsWith('.'))
                    .OrderBy(f => f, StringComparer.Ordinal));
            }
            else
            {
                files.Add(g); // missing files are reported per file below
            }
        }

        bool asJson = parsed.GetValue(json) || parsed.GetValue(tokens);
        bool withFileField = given.Length > 1 || given.Any(Directory.Exists);
        var jsonOptions = new DocumentJsonOptions { IncludeTokens = parsed.GetValue(tokens) };
        var extractor = ArabicExtractor.CreateDefault();

        int exit = ExitOk;
        foreach (string file in files)
        {
            string? text = TryRead(file, out string? readError);
            Document? doc = null;
            string? error = readError;
            if (text is not null)
            {
                try
                {
                    doc = extractor.Process(text, documentDate);
                }
                catch (ArgumentOutOfRangeException e)
                {
                    error = e.Message.Split('\n')[0];
                }
            }

            if (doc is null)
            {
                exit = ExitFileFailed;
                if (asJson) Console.WriteLine(DocumentJson.SerializeError(file, error!));
                Console.Error.WriteLine($"error: {file}: {error}");
                continue;
            }

            if (asJson)
                Console.WriteLine(DocumentJson.Serialize(doc, jsonOptions with { File = withFileField ? file : null }));
            else
                Summary.Write(Console.Out, Path.GetFileName(file), doc);
        }

        return exit;
    }

    /// <summary>Reads a file as UTF-8, removing a BOM and changing nothing else.</summary>
    private static string? TryRead(string path, out string? error)
    {
        error = null;
        try
        {
            byte[] bytes = File.ReadAllBytes(path);
            int offset = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            return s_strictUtf8.GetString(bytes, offset, bytes.Length - offset);
        }
        catch (DecoderFallbackException e)
        {
            error = $"not valid UTF-8 text (at byte {e.Index}); convert the file to UTF-8 first";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            error = e is FileNotFoundException or DirectoryNotFoundException ? "no such file" : e.Message;
        }

        return null;
    }

    private static string? FindSeeds()
    {
        var candidates = new List<string> { Path.Combine(Directory.GetCurrentDirectory(), "seeds") };
        string? repoRoot = typeof(Program).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepoRoot")?.Value;
        if (repoRoot is not null) candidates.Add(Path.Combine(repoRoot, "seeds"));
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            candidates.Add(Path.Combine(dir.FullName, "seeds"));
        return candidates.FirstOrDefault(Directory.Exists);
    }
}
