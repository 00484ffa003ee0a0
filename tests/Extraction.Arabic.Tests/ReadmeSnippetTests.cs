using System.Text.RegularExpressions;
using Extraction.Arabic;
using Extraction.Arabic.Serialization;

namespace Extraction.Arabic.Tests;

/// <summary>The README's quick-start code is this file's code: compiled here, run here, and compared line by line.</summary>
public class ReadmeSnippetTests
{
    [Fact]
    public void Quickstart_Runs()
    {
        using var output = new StringWriter();
        var original = Console.Out;
        Console.SetOut(output);
        try
        {
            Quickstart();
        }
        finally
        {
            Console.SetOut(original);
        }

        output.ToString().Should().Contain("قال الرئيس الروسي فلاديمير بوتين").And.Contain("Word");
    }

    [Fact]
    public void Readme_QuickstartSnippet_IsTheCompiledCode()
    {
        string readme = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "README.md"));
        var m = Regex.Match(readme, "<!-- snippet: quickstart[^>]*-->\\s*```csharp\\n(?<code>.*?)```", RegexOptions.Singleline);
        m.Success.Should().BeTrue("the README has the quickstart snippet");
        string[] readmeLines = Lines(m.Groups["code"].Value).Where(l => !l.StartsWith("using ", StringComparison.Ordinal)).ToArray();

        string source = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "tests", "Extraction.Arabic.Tests", "ReadmeSnippetTests.cs"));
        var region = Regex.Match(source, "#region quickstart\\n(?<code>.*?)#endregion", RegexOptions.Singleline);
        string[] codeLines = Lines(region.Groups["code"].Value).ToArray();

        readmeLines.Should().Equal(codeLines);
        foreach (string usingLine in Lines(m.Groups["code"].Value).Where(l => l.StartsWith("using ", StringComparison.Ordinal)))
            source.Should().Contain(usingLine);
    }

    private static IEnumerable<string> Lines(string code)
        => code.ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);

    private static void Quickstart()
    {
        #region quickstart
        var extractor = ArabicExtractor.CreateDefault();   // create once, reuse from any thread
        string text = "قال الرئيس الروسي فلاديمير بوتين، اليوم الإثنين، إن موسكو لديها خطط للتعاون مع إيران.";
        Document doc = extractor.Process(text, new DateOnly(2021, 6, 14));

        foreach (var sentence in doc.Sentences)
            Console.WriteLine(doc.GetText(sentence.Span));
        foreach (var token in doc.Tokens)
            Console.WriteLine($"{token.Span.Start}-{token.Span.End} {token.Kind} {token.Text} → {token.Normalized} [{token.Stem}]");

        string json = DocumentJson.Serialize(doc, new DocumentJsonOptions { IncludeTokens = true });
        #endregion
        json.Should().Contain("extraction/v1");
    }
}
