using System.Collections.Immutable;
using Extraction.Arabic.Entities.Features;

namespace Extraction.Arabic.Entities;

/// <summary>A mention found by the tagger, before grouping.</summary>
/// <param name="Type">Its entity type.</param>
/// <param name="Span">Where it is in the text.</param>
/// <param name="Words">Its words, folded (<see cref="NerText.Fold"/>), for matching.</param>
/// <param name="ElidedArticle">The mention starts after the preposition ل of لل, where the article lost its alef
/// (<c>للأمم المتحدة</c> → the mention <c>لأمم المتحدة</c>): its first word in <paramref name="Words"/> and its name have
/// the alef back (<c>الأمم المتحدة</c>).</param>
/// <param name="KnownName">A one-word mention that the gazetteers list as a place or a person's name (<c>نيويورك</c>,
/// <c>السعودية</c>): in brackets after an organization it says where or who, not what the organization is called.</param>
internal readonly record struct RawMention(EntityType Type, TextSpan Span, string[] Words, bool ElidedArticle = false, bool KnownName = false);

/// <summary>Groups the mentions of a document into entities.</summary>
/// <remarks>
/// <para>Rules (in this order; later coreference work extends this class):</para>
/// <list type="number">
/// <item>Mentions whose folded words are equal belong to one entity; its type is the most frequent type among them
/// (the first mention's type on a tie).</item>
/// <item>A one-word <c>PERSON</c> mention whose word is the last word of a multi-word <c>PERSON</c> mention (a
/// surname, not the father's name after بن: سلمان alone is not محمد بن سلمان) joins that entity: the nearest such
/// mention before it, else the first one after it. A one-word mention of another type joins the nearest such name
/// before it (the tagger read <c>كاميرون</c> after <c>ديفيد كاميرون</c> as
/// the country), and the entity is then a <c>PERSON</c>; the word <c>الله</c> (in names such as <c>عبد الله</c>) never
/// joins this way.</item>
/// <item>A <c>PERSON</c> mention of two words or more whose words begin a longer <c>PERSON</c> mention that goes on
/// with a patronymic or family particle (<c>محمد بن سلمان</c> and <c>محمد بن سلمان بن عبدالعزيز</c>; <c>حمدان بن راشد</c> and <c>حمدان بن
/// راشد آل مكتوم</c>) joins it when the document has only one such longer name (<c>محمد بن سلمان الشكر</c> is another
/// man and does not count). A given name alone (<c>سلطان</c>) is too often another man of the family to join this
/// way.</item>
/// <item>A one-word mention in brackets or quotes right after a name of an organization of two words or more is that
/// organization (<c>وكالة الأنباء الإيرانية (إيرنا)</c>, <c>وكالة الأنباء السعودية "واس"</c>), whatever the tagger typed
/// it, unless the gazetteers know the word as a place or a person (<c>جامعة كولومبيا (نيويورك)</c>).</item>
/// </list>
/// <para>The entity's name is the text of its mention with the most words (the first on a tie), with the alef of an
/// elided article restored; ids are <c>E1</c>, <c>E2</c>, … in order of first mention. A person's Latin spelling comes
/// from <see cref="PeopleLexicon"/> when one of its mentions is listed there. Stateless and thread-safe.</para>
/// </remarks>
internal static class EntityGrouper
{
    public static ImmutableArray<Entity> Group(string text, IReadOnlyList<RawMention> mentions, PeopleLexicon? people = null)
    {
        if (mentions.Count == 0) return [];
        var groupOf = new int[mentions.Count];
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        int groups = 0;
        for (int i = 0; i < mentions.Count; i++)
        {
            string key = string.Join(' ', mentions[i].Words);
            if (!byKey.TryGetValue(key, out int g)) byKey[key] = g = groups++;
            groupOf[i] = g;
        }

        // Surname matches: a one-word mention, or a compound surname of a particle and a word (عبد اللهيان، بن لادن،
        // أبو الغيط), joins a longer person mention ending in it — the nearest one before it, else (for a person) the
        // nearest after it. (The full names are indexed by the one or two words they end in, so that each mention costs
        // a search, not a pass over every mention before it.)
        var parent = Enumerable.Range(0, groups).ToArray();
        var forced = new EntityType?[groups];
        var fullNamesEndingIn = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int j = 0; j < mentions.Count; j++)
        {
            var words = mentions[j].Words;
            for (int n = 1; n <= 2 && n < words.Length; n++)
            {
                string[] surname = words[^n..];
                if (!IsFullNameEndingIn(mentions[j], surname)) continue;
                string key = string.Join(' ', surname);
                if (!fullNamesEndingIn.TryGetValue(key, out var at)) fullNamesEndingIn[key] = at = [];
                at.Add(j);
            }
        }

        for (int i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Words.Length != 1 && !(m.Words.Length == 2 && m.Type == EntityType.Person && IsSurnameParticle(m.Words[0]))) continue;
            bool person = m.Type == EntityType.Person;
            if (!person && (m.Words[0].Length < 3 || m.Words[0] == God)) continue;
            if (!fullNamesEndingIn.TryGetValue(string.Join(' ', m.Words), out var candidates)) continue;
            int at = candidates.BinarySearch(i);
            int next = at >= 0 ? at + 1 : ~at; // the first candidate after i (i itself is never one: a full name is longer)
            int target = next > 0 ? candidates[next - 1] : person && next < candidates.Count ? candidates[next] : -1;
            if (target >= 0) Join(parent, forced, groupOf[i], groupOf[target], person ? null : EntityType.Person);
        }

        // Longer forms of a name of two words or more: محمد بن سلمان joins محمد بن سلمان بن عبدالعزيز when that is the
        // only longer name that goes on with بن، ابن، بنت or آل after it. (Person names are indexed by every beginning
        // that a particle follows.)
        var extendedAfter = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int j = 0; j < mentions.Count; j++)
        {
            var words = mentions[j].Words;
            for (int n = 1; n < words.Length; n++)
            {
                if (!ExtendsWithParticle(mentions[j], words[..n])) continue;
                string key = string.Join(' ', words[..n]);
                if (!extendedAfter.TryGetValue(key, out var at)) extendedAfter[key] = at = [];
                at.Add(j);
            }
        }

        for (int i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Type != EntityType.Person || mentions[i].Words.Length < 2) continue;
            if (!extendedAfter.TryGetValue(string.Join(' ', mentions[i].Words), out var longer)) continue;
            int target = -1;
            bool ambiguous = false;
            foreach (int j in longer)
            {
                if (target >= 0 && Find(parent, groupOf[target]) != Find(parent, groupOf[j]))
                {
                    ambiguous = true;
                    break;
                }

                target = j;
            }

            if (target >= 0 && !ambiguous) Join(parent, forced, groupOf[i], groupOf[target], null);
        }

        // An acronym or short name in brackets or quotes right after an organization's name is that organization:
        // وكالة الأنباء الإيرانية (إيرنا)، وكالة الأنباء السعودية "واس"، تنظيم الدولة الإسلامية (داعش).
        for (int i = 1; i < mentions.Count; i++)
        {
            var name = mentions[i - 1];
            if (mentions[i].Words.Length != 1 || mentions[i].KnownName || name.Type != EntityType.Organization || name.Words.Length < 2
                || !IsBracketedAfter(text, name.Span.End, mentions[i].Span)) continue;
            Join(parent, forced, groupOf[i], groupOf[i - 1], EntityType.Organization);
        }

        var members = new Dictionary<int, List<int>>();
        var order = new List<int>();
        for (int i = 0; i < mentions.Count; i++)
        {
            int root = Find(parent, groupOf[i]);
            if (!members.TryGetValue(root, out var list))
            {
                members[root] = list = [];
                order.Add(root);
            }

            list.Add(i);
        }

        var result = ImmutableArray.CreateBuilder<Entity>(order.Count);
        foreach (int root in order)
        {
            var list = members[root];
            var type = forced[root] ?? list.GroupBy(i => mentions[i].Type)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Min()).First().Key;
            int fullest = list.OrderByDescending(i => mentions[i].Words.Length).ThenBy(i => i).First();
            var ms = ImmutableArray.CreateRange(list.Select(i => new Mention(mentions[i].Span, text.Substring(mentions[i].Span.Start, mentions[i].Span.Length))));
            string name = NameOf(ms[list.IndexOf(fullest)].Text, mentions[fullest].ElidedArticle);
            string? latin = type == EntityType.Person ? people?.Find(list.Select(i => mentions[i].Words)) : null;
            result.Add(new Entity($"E{result.Count + 1}", type, name, latin, ms));
        }

        return result.MoveToImmutable();
    }

    /// <summary>The name a mention's text gives: the text, with the alef back when the article lost it to ل.</summary>
    public static string NameOf(string mentionText, bool elidedArticle) => elidedArticle ? "\u0627" + mentionText : mentionText;

    /// <summary>Whether <paramref name="name"/> is the name a mention with this text gives (<see cref="NameOf"/>).</summary>
    public static bool Names(string name, string mentionText)
        => string.Equals(name, mentionText, StringComparison.Ordinal)
           || mentionText.Length > 0 && mentionText[0] == '\u0644' && string.Equals(name, NameOf(mentionText, true), StringComparison.Ordinal);

    /// <summary>الله, folded.</summary>
    private const string God = "\u0627\u0644\u0644\u0647";

    /// <summary>Whether <paramref name="m"/> is a person's name of more words ending in <paramref name="surname"/>; after
    /// a given name and بن the rest is the father's name (سلمان in محمد بن سلمان, عبد العزيز in سلمان بن عبد العزيز), no
    /// surname, while a name that begins with ابن is known by its last word (بطوطة in ابن بطوطة).</summary>
    private static bool IsFullNameEndingIn(RawMention m, string[] surname)
    {
        if (m.Type != EntityType.Person || m.Words.Length <= surname.Length) return false;
        for (int k = 1; k <= surname.Length; k++)
        {
            if (!string.Equals(m.Words[^k], surname[^k], StringComparison.Ordinal)) return false;
        }

        int before = m.Words.Length - surname.Length - 1;
        return before < 1 || m.Words[before] is not ("\u0628\u0646" or "\u0627\u0628\u0646" or "\u0628\u0646\u062A");
    }

    /// <summary>The first word of a compound surname (folded): عبد، أبو، ابن، بن، دي، فان، فون (not آل: آل سعود is the
    /// family, not its last-named member).</summary>
    private static bool IsSurnameParticle(string word)
        => word is "\u0639\u0628\u062F" or "\u0627\u0628\u0648" or "\u0627\u0628\u0646" or "\u0628\u0646"
            or "\u062F\u064A" or "\u0641\u0627\u0646" or "\u0641\u0648\u0646";

    /// <summary>Whether <paramref name="m"/> is a person's name that starts with <paramref name="words"/> and goes on
    /// with a patronymic or family particle (بن، ابن، بنت، آل, folded).</summary>
    private static bool ExtendsWithParticle(RawMention m, string[] words)
    {
        if (m.Type != EntityType.Person || m.Words.Length <= words.Length) return false;
        for (int k = 0; k < words.Length; k++)
        {
            if (!string.Equals(m.Words[k], words[k], StringComparison.Ordinal)) return false;
        }

        return m.Words[words.Length] is "\u0628\u0646" or "\u0627\u0628\u0646" or "\u0628\u0646\u062A" or "\u0627\u0644";
    }

    /// <summary>Whether <paramref name="span"/> stands alone in brackets or quotes (an open straight quote may end at a
    /// comma or full stop), after only spaces from <paramref name="after"/>.</summary>
    private static bool IsBracketedAfter(string text, int after, TextSpan span)
    {
        int open = span.Start - 1, close = span.Start + span.Length;
        if (open <= after || close >= text.Length || text.AsSpan(after, open - after).Trim().Length != 0) return false;
        // A straight quote is often left open on web pages (وكالة الأنباء "إيرنا، إلى): a comma or full stop closes it.
        return (text[open], text[close]) is ('(', ')') or ('"', '"') or ('\u00AB', '\u00BB') or ('\u201C', '\u201D')
            or ('"', '\u060C' or ',' or '.');
    }

    /// <summary>Joins the groups of <paramref name="a"/> and <paramref name="b"/>; the joined group keeps a type one of
    /// them was given by a rule, unless <paramref name="type"/> gives it another.</summary>
    private static void Join(int[] parent, EntityType?[] forced, int a, int b, EntityType? type)
    {
        int ra = Find(parent, a), rb = Find(parent, b);
        parent[ra] = rb;
        forced[rb] = type ?? forced[rb] ?? forced[ra];
    }

    private static int Find(int[] parent, int x)
    {
        while (parent[x] != x)
        {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }

        return x;
    }
}
