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
        if (doc.Dates.Length > 0)
        {
            o.WriteLine("   dates:");
            foreach (var m in doc.Dates)
                o.WriteLine($"     {m.Type.ToString().ToUpperInvariant(),-8} {m.Text} → {m.Value ?? "(unresolved)"}");
        }
        if (doc.Claims.Length > 0)
        {
            o.WriteLine("   claims:");
            foreach (var c in doc.Claims)
            {
                string content = c.Content.Text.Length > 90 ? c.Content.Text[..90] + "…" : c.Content.Text;
                o.WriteLine($"     {c.Date ?? "????-??-??"} — {c.Speaker.Mention.Text} — {c.Cue.Text} ({c.Polarity.ToString().ToLowerInvariant()}): {content}");
            }
        }

        o.WriteLine();
    }
}
