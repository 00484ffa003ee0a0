using System.Collections.Immutable;
using System.Globalization;
using Extraction.Arabic.Text;
using Extraction.Arabic.Tokenization;

namespace Extraction.Arabic.Entities.Weapons;

/// <summary>Finds weapons systems (named and generic), their counts, and sums of money, and appends them to
/// <see cref="Document.Entities"/> as <see cref="EntityType.Weapon"/> and <see cref="EntityType.Money"/> entities.</summary>
/// <remarks>
/// <para>Requires tokens and sentences. Works sentence by sentence, in four passes:</para>
/// <list type="number">
/// <item>Named systems from the lexicon: a trie over atoms (letter and digit runs of folded tokens), so that
/// <c>إس-400</c>, <c>اس 400</c>, <c>S400</c> meet the same path; a designator family prefix followed by a number
/// (<c>ميغ 23</c>, <c>Kh-123</c>) is a system of that family. Ambiguous names (<c>شاهد</c>, <c>جيران</c>, <c>نصر</c>)
/// need a weapon head noun or <c>طراز</c>/<c>نوع</c> before them, or a hyphenated designator shape.</item>
/// <item>Unknown names by context: after <c>من طراز</c>/<c>نوع</c>, or right after a weapon head noun
/// (<c>صاروخ X</c>, <c>منظومة X</c>, <c>طائرات X المسيرة</c>), a designator, a Latin name, or a quoted name is a
/// named system; its category comes from the head phrase.</item>
/// <item>Head phrases (<c>طائرات عمودية مقاتلة</c>, <c>صواريخ باليستية</c>): those that introduce a named system are
/// absorbed into it (their count goes to the named mention); the others are generic mentions.</item>
/// <item>Counts before a mention (<c>أكثر من 160</c>) and sums of money (<c>200 مليون يورو</c>), linked to the
/// weapons of their sentence.</item>
/// </list>
/// <para>New entity ids continue after the highest <c>E</c>n id already in the document. Immutable and thread-safe.</para>
/// </remarks>
internal sealed class WeaponStage
{
    private readonly WeaponLexicon? _lexicon;

    public WeaponStage(WeaponLexicon? lexicon = null) => _lexicon = lexicon;

    private WeaponLexicon Lexicon => _lexicon ?? WeaponLexicon.Default;

    public Document Run(Document doc, CancellationToken cancellationToken)
    {
        if (doc.Tokens.IsEmpty) return doc;
        var lex = Lexicon;
        var found = new List<Found>();
        var money = new List<MoneyFound>();
        foreach (var sentence in doc.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var s = new SentenceScan(doc, sentence, lex);
            s.Run();
            found.AddRange(s.Results);
            money.AddRange(s.Money);
        }

        if (found.Count == 0 && money.Count == 0) return doc;
        return doc.WithEntities(doc.Entities.AddRange(Build(doc, found, money, lex)));
    }

    private static List<Entity> Build(Document doc, List<Found> found, List<MoneyFound> money, WeaponLexicon lex)
    {
        int next = 1;
        foreach (var e in doc.Entities)
        {
            if (e.Id.Length > 1 && e.Id[0] == 'E' && int.TryParse(e.Id.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out int n))
                next = Math.Max(next, n + 1);
        }

        next = Math.Max(next, doc.Entities.Length + 1);

        // Group: named by entry (or by the derived Latin name), generic by category.
        var groups = new List<(string Key, List<Found> Items)>();
        var byKey = new Dictionary<string, List<Found>>(StringComparer.Ordinal);
        foreach (var f in found.OrderBy(f => f.Start))
        {
            string key = f.Generic ? "g:" + f.Category : f.Entry >= 0 ? "e:" + lex.Entries[f.Entry].Key : "u:" + (f.Latin ?? f.UnknownKey);
            if (!byKey.TryGetValue(key, out var list))
            {
                byKey[key] = list = [];
                groups.Add((key, list));
            }

            list.Add(f);
        }

        var result = new List<Entity>();
        var sentenceOfEntity = new List<(string Id, Found F)>();
        foreach (var (_, items) in groups)
        {
            string id = "E" + (next++).ToString(CultureInfo.InvariantCulture);
            var first = items[0];
            var entry = first.Entry >= 0 ? lex.Entries[first.Entry] : null;
            var family = first.Family >= 0 ? lex.Entries[first.Family] : null;
            string name = items.Select(i => i.Text).OrderByDescending(t => IsArabic(t) ? 1 : 0).ThenByDescending(t => t.Length).First();
            var mentions = items.Select(i => new Mention(new TextSpan(i.Start, i.End - i.Start), i.Text) { Quantity = i.Quantity })
                .ToImmutableArray();
            string? category = entry?.Category ?? first.Category;
            if (!first.Generic && items.FirstOrDefault(i => i.Category is not null && i.FromHead) is { } h && entry?.Category is null)
                category = h.Category;
            var info = new WeaponInfo(first.Generic, entry?.Producer ?? family?.Producer, entry?.Aliases ?? []);
            result.Add(new Entity(id, EntityType.Weapon, name, first.Generic ? null : entry?.Latin ?? first.Latin, mentions)
            {
                Category = category,
                Weapon = info,
            });
            foreach (var i in items) sentenceOfEntity.Add((id, i));
        }

        var moneyGroups = money.OrderBy(m => m.Start).GroupBy(m => (m.Value, m.Currency)).ToList();
        foreach (var g in moneyGroups)
        {
            string id = "E" + (next++).ToString(CultureInfo.InvariantCulture);
            var items = g.ToList();
            var linked = sentenceOfEntity.Where(x => items.Any(m => m.Sentence == x.F.Sentence)).Select(x => x.Id).Distinct().ToImmutableArray();
            result.Add(new Entity(id, EntityType.Money, items.OrderByDescending(m => m.Text.Length).First().Text, null,
                items.Select(m => new Mention(new TextSpan(m.Start, m.End - m.Start), m.Text)).ToImmutableArray())
            {
                Money = new MoneyAmount(g.Key.Value, g.Key.Currency),
                LinkedEntityIds = linked,
            });
        }

        return result;
    }

    private static bool IsArabic(string s)
    {
        foreach (char c in s)
        {
            if (c is >= '\u0600' and <= '\u06FF') return true;
        }

        return false;
    }

    /// <summary>A weapon mention found in a sentence.</summary>
    internal sealed record Found(int Sentence, int Start, int End, string Text, bool Generic, string? Category, int Entry, string? Latin)
    {
        public MentionQuantity? Quantity { get; init; }
        /// <summary>The category came from a head phrase, not from the lexicon.</summary>
        public bool FromHead { get; init; }
        /// <summary>For a designator of a family that the lexicon does not list (ميغ 41): the family row; else -1.</summary>
        public int Family { get; init; } = -1;
        public int FirstToken { get; init; }
        public int LastToken { get; init; }
        /// <summary>For a name that is neither in the lexicon nor Latin: its folded text, to group its mentions.</summary>
        public string? UnknownKey { get; init; }
    }

    internal sealed record MoneyFound(int Sentence, int Start, int End, string Text, decimal Value, string? Currency);
}
