using System.Collections.Immutable;
using Extraction.Arabic.Entities.Features;

namespace Extraction.Arabic.Entities;

/// <summary>A mention found by the tagger, before grouping.</summary>
/// <param name="Type">Its entity type.</param>
/// <param name="Span">Where it is in the text.</param>
/// <param name="Words">Its words, folded (<see cref="NerText.Fold"/>), for matching.</param>
internal readonly record struct RawMention(EntityType Type, TextSpan Span, string[] Words);

/// <summary>Groups the mentions of a document into entities.</summary>
/// <remarks>
/// <para>Rules (in this order; later coreference work extends this class):</para>
/// <list type="number">
/// <item>Mentions whose folded words are equal belong to one entity; its type is the most frequent type among them
/// (the first mention's type on a tie).</item>
/// <item>A one-word <c>PERSON</c> mention whose word is the last word of a multi-word <c>PERSON</c> mention (a
/// surname) joins that entity: the nearest such mention before it, else the first one after it.</item>
/// </list>
/// <para>The entity's name is the text of its mention with the most words (the first on a tie); ids are <c>E1</c>,
/// <c>E2</c>, … in order of first mention. Stateless and thread-safe.</para>
/// </remarks>
internal static class EntityGrouper
{
    public static ImmutableArray<Entity> Group(string text, IReadOnlyList<RawMention> mentions)
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

        // Surname matches: a one-word person mention joins a multi-word person mention ending in that word.
        var parent = Enumerable.Range(0, groups).ToArray();
        for (int i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Type != EntityType.Person || m.Words.Length != 1) continue;
            int target = -1;
            for (int j = i - 1; j >= 0 && target < 0; j--)
            {
                if (IsFullNameEndingIn(mentions[j], m.Words[0])) target = j;
            }

            for (int j = i + 1; j < mentions.Count && target < 0; j++)
            {
                if (IsFullNameEndingIn(mentions[j], m.Words[0])) target = j;
            }

            if (target >= 0) parent[Find(parent, groupOf[i])] = Find(parent, groupOf[target]);
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
            var type = list.GroupBy(i => mentions[i].Type)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Min()).First().Key;
            int fullest = list.OrderByDescending(i => mentions[i].Words.Length).ThenBy(i => i).First();
            var ms = ImmutableArray.CreateRange(list.Select(i => new Mention(mentions[i].Span, text.Substring(mentions[i].Span.Start, mentions[i].Span.Length))));
            result.Add(new Entity($"E{result.Count + 1}", type, ms[list.IndexOf(fullest)].Text, null, ms));
        }

        return result.MoveToImmutable();
    }

    private static bool IsFullNameEndingIn(RawMention m, string word)
        => m.Type == EntityType.Person && m.Words.Length > 1 && string.Equals(m.Words[^1], word, StringComparison.Ordinal);

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
