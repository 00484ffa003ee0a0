using System.Text.Json;
using Extraction.Arabic.Serialization;

namespace Extraction.Arabic.Tests.Serialization;

public class DocumentJsonTests
{
    private static readonly ArabicExtractor Extractor = ArabicExtractor.CreateDefault();

    /// <summary>Every object with start, end and text in the JSON satisfies text == input[start..end).</summary>
    internal static int AssertSpanInvariant(JsonElement element, string input)
    {
        int checkedCount = 0;
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                if (element.TryGetProperty("start", out var s) && element.TryGetProperty("end", out var e))
                {
                    int start = s.GetInt32(), end = e.GetInt32();
                    start.Should().BeInRange(0, input.Length);
                    end.Should().BeInRange(start, input.Length);
                    if (element.TryGetProperty("text", out var t))
                    {
                        t.GetString().Should().Be(input[start..end]);
                        checkedCount++;
                    }
                }

                foreach (var p in element.EnumerateObject()) checkedCount += AssertSpanInvariant(p.Value, input);
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray()) checkedCount += AssertSpanInvariant(item, input);
                break;
        }

        return checkedCount;
    }

    [Fact]
    public void Serialize_Seeds_SatisfySpanInvariantForSentencesTokensAndSegments()
    {
        foreach (string file in TestPaths.SeedFiles)
        {
            string text = TestPaths.ReadText(file);
            var doc = Extractor.Process(text);
            string json = DocumentJson.Serialize(doc, new DocumentJsonOptions { IncludeTokens = true });
            using var parsed = JsonDocument.Parse(json);
            var root = parsed.RootElement;
            root.GetProperty("sentences").GetArrayLength().Should().Be(doc.Sentences.Length);
            root.GetProperty("tokens").GetArrayLength().Should().Be(doc.Tokens.Length);
            AssertSpanInvariant(root, text).Should().BeGreaterThanOrEqualTo(doc.Tokens.Length + doc.Sentences.Length);
        }
    }

    [Fact]
    public void Serialize_Document_HasContractShape()
    {
        var doc = Extractor.Process("قال بوتين: «لدينا خطط».", new DateOnly(2021, 6, 14));
        using var parsed = JsonDocument.Parse(DocumentJson.Serialize(doc));
        var root = parsed.RootElement;
        root.GetProperty("schema").GetString().Should().Be("extraction/v1");
        root.GetProperty("documentDate").GetString().Should().Be("2021-06-14");
        root.GetProperty("documentDateSource").GetString().Should().Be("caller");
        root.GetProperty("sentences").ValueKind.Should().Be(JsonValueKind.Array);
        root.GetProperty("entities").ValueKind.Should().Be(JsonValueKind.Array);
        root.GetProperty("dates").ValueKind.Should().Be(JsonValueKind.Array);
        root.GetProperty("claims").ValueKind.Should().Be(JsonValueKind.Array);
        root.TryGetProperty("tokens", out _).Should().BeFalse("tokens appear only when asked for");
        root.TryGetProperty("file", out _).Should().BeFalse();
    }

    [Fact]
    public void Serialize_NoDate_WritesNulls()
    {
        using var parsed = JsonDocument.Parse(DocumentJson.Serialize(Extractor.Process("نص")));
        parsed.RootElement.GetProperty("documentDate").ValueKind.Should().Be(JsonValueKind.Null);
        parsed.RootElement.GetProperty("documentDateSource").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public void Serialize_Tokens_CarryKindNormalizedStemAndSegments()
    {
        var doc = Extractor.Process("أعلنت ٣ دول Mi-28");
        using var parsed = JsonDocument.Parse(DocumentJson.Serialize(doc, new DocumentJsonOptions { IncludeTokens = true }));
        var tokens = parsed.RootElement.GetProperty("tokens").EnumerateArray().ToList();
        tokens.Select(t => t.GetProperty("kind").GetString()).Should().Equal("word", "number", "word", "designator");
        tokens[0].GetProperty("normalized").GetString().Should().Be("اعلنت");
        tokens[1].GetProperty("normalized").GetString().Should().Be("3");
        tokens[0].TryGetProperty("stem", out _).Should().BeTrue();
        tokens[3].TryGetProperty("stem", out _).Should().BeFalse();
    }

    [Fact]
    public void Serialize_ArabicIsNotEscaped()
        => DocumentJson.Serialize(Extractor.Process("طهران"), new DocumentJsonOptions { IncludeTokens = true }).Should().Contain("\"طهران\"");

    [Fact]
    public void Serialize_LoneSurrogateText_IsEscapedExactlyNotReplaced()
    {
        // System.Text.Json's own writer would put U+FFFD here; we escape so the string decodes to the input
        // (Python and JavaScript decode such escapes exactly; System.Text.Json's reader refuses them).
        string text = "a" + '\uD800' + " ب" + '\uDFFF';
        var doc = Extractor.Process(text);
        string json = DocumentJson.Serialize(doc, new DocumentJsonOptions { IncludeTokens = true });
        json.Should().Contain("{\"start\":1,\"end\":2,\"text\":\"\\uD800\",\"normalized\":\"\\uD800\",\"kind\":\"symbol\"}");
        json.Should().Contain("\"text\":\"a\\uD800 \\u0628\\uDFFF\"");
        json.Should().NotContain("\uFFFD").And.NotContain("\\uFFFD");
        using var parsed = JsonDocument.Parse(json); // still well-formed JSON
        parsed.RootElement.GetProperty("tokens").GetArrayLength().Should().Be(4);
    }

    [Fact]
    public void Serialize_FileOption_WritesFileFirst()
    {
        string json = DocumentJson.Serialize(Extractor.Process("نص"), new DocumentJsonOptions { File = "a/b.txt" });
        json.Should().StartWith("{\"file\":\"a/b.txt\",\"schema\":\"extraction/v1\"");
    }

    [Fact]
    public void SerializeError_WritesFileAndError()
        => DocumentJson.SerializeError("x.txt", "no such file").Should().Be("{\"file\":\"x.txt\",\"error\":\"no such file\"}");

    [Fact]
    public void Serialize_Indented_IsMultiLineAndEquivalent()
    {
        var doc = Extractor.Process("نص قصير.");
        string compact = DocumentJson.Serialize(doc);
        string indented = DocumentJson.Serialize(doc, new DocumentJsonOptions { Indented = true });
        compact.Should().NotContain("\n");
        indented.Should().Contain("\n");
        using var a = JsonDocument.Parse(compact);
        using var b = JsonDocument.Parse(indented);
        JsonSerializer.Serialize(a.RootElement).Should().Be(JsonSerializer.Serialize(b.RootElement));
    }

    [Fact]
    public void Serialize_ToStream_MatchesString()
    {
        var doc = Extractor.Process("قال.");
        using var ms = new MemoryStream();
        DocumentJson.Serialize(ms, doc);
        System.Text.Encoding.UTF8.GetString(ms.ToArray()).Should().Be(DocumentJson.Serialize(doc));
    }

    [Fact]
    public void ContractCopy_MatchesSharedContract()
    {
        string shared = Path.Combine(TestPaths.SharedRoot, "CONTRACT.md");
        if (!File.Exists(shared)) return; // the repository copy is the reference where ../shared is absent
        File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "src", "Extraction.Arabic", "Serialization", "CONTRACT.md"))
            .Should().Be(File.ReadAllText(shared));
    }
}
