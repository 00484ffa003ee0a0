using System.Globalization;
using Extraction.Arabic;
using Extraction.Arabic.Entities;
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
        var named = doc.Entities.Where(e => e.Type is not (Extraction.Arabic.Entities.EntityType.Weapon or Extraction.Arabic.Entities.EntityType.Money)).ToList();
        o.WriteLine($"   entities:  {named.Count}");
        foreach (var e in named)
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
        WriteWeapons(o, doc);
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

    /// <summary>One line per weapon (named systems first) and per sum of money.</summary>
    private static void WriteWeapons(TextWriter o, Document doc)
    {
        var weapons = doc.Entities.Where(e => e.Type == EntityType.Weapon).OrderBy(e => e.Weapon?.IsGeneric == true).ToList();
        foreach (var e in weapons)
        {
            string what = e.Weapon?.IsGeneric == true ? $"({e.Category}, generic)"
                : $"→ {e.Latin ?? "?"} ({string.Join(", ", new[] { e.Category, e.Weapon?.Producer }.Where(x => x is not null))})";
            var counts = e.Mentions.Where(m => m.Quantity is not null).Select(m => Count(m.Quantity!)).ToList();
            string quantities = counts.Count > 0 ? $"  count {string.Join(", ", counts)}" : "";
            string aliases = e.Weapon is { Aliases.Length: > 0 } w ? $"  aka {string.Join(", ", w.Aliases)}" : "";
            o.WriteLine($"   WEAPON  {e.Name} {what} ×{e.Mentions.Length}{quantities}{aliases}");
        }

        foreach (var e in doc.Entities.Where(e => e.Type == EntityType.Money))
        {
            string amount = e.Money is { } m ? string.Create(CultureInfo.InvariantCulture, $"{m.Value:#,0.##} {m.Currency ?? "(currency unknown)"}") : "";
            var linked = e.LinkedEntityIds.Select(id => doc.Entities.FirstOrDefault(x => x.Id == id)?.Name).Where(n => n is not null);
            string links = e.LinkedEntityIds.Length > 0 ? $"  for {string.Join(", ", linked)}" : "";
            o.WriteLine($"   MONEY   {e.Name} = {amount}{links}");
        }
    }

    private static string Count(MentionQuantity q) => q.Qualifier switch
    {
        QuantityQualifier.MoreThan => $">{q.Value.ToString(CultureInfo.InvariantCulture)}",
        QuantityQualifier.LessThan => $"<{q.Value.ToString(CultureInfo.InvariantCulture)}",
        QuantityQualifier.About => $"~{q.Value.ToString(CultureInfo.InvariantCulture)}",
        QuantityQualifier.AtLeast => $"≥{q.Value.ToString(CultureInfo.InvariantCulture)}",
        QuantityQualifier.AtMost => $"≤{q.Value.ToString(CultureInfo.InvariantCulture)}",
        _ => q.Value.ToString(CultureInfo.InvariantCulture),
    };
}
