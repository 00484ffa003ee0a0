using Extraction.Arabic;
using Extraction.Arabic.Tokenization;

namespace Extraction.Demo;

/// <summary>The human-readable per-article summary.</summary>
internal static class Summary
{
    public static void Write(TextWriter o, string name, Document doc)
    {
        o.WriteLine($"━━ {name}");
        string title = doc.Sentences.Length > 0 ? doc.GetText(doc.Sentences[0].Span) : "(empty)";
        o.WriteLine($"   title:     {title}");
        int words = 0, withClitics = 0;
        foreach (var t in doc.Tokens)
        {
            if (t.Kind != TokenKind.Word) continue;
            words++;
            if (t.Segments.Length > 1) withClitics++;
        }

        o.WriteLine($"   date:      {(doc.DocumentDate is { } d ? $"{d:yyyy-MM-dd} ({doc.DocumentDateSource.ToString().ToLowerInvariant()})" : "unknown")}");
        o.WriteLine($"   sentences: {doc.Sentences.Length}   tokens: {doc.Tokens.Length}   Arabic words: {words} ({withClitics} with clitics)");
        o.WriteLine($"   entities:  {doc.Entities.Length}");
        foreach (var e in doc.Entities)
        {
            string type = e.Type switch
            {
                Extraction.Arabic.Entities.EntityType.Person => "PERSON",
                Extraction.Arabic.Entities.EntityType.Organization => "ORGANIZATION",
                Extraction.Arabic.Entities.EntityType.Location => "LOCATION",
                _ => e.Type.ToString().ToUpperInvariant(),
            };
            string count = e.Mentions.Length == 1 ? "1 mention" : $"{e.Mentions.Length} mentions";
            o.WriteLine($"   {type,-13} {e.Name} ({count})");
        }
        o.WriteLine();
    }
}
