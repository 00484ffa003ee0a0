namespace Extraction.Arabic.Training.Clusters;

/// <summary>Weighted directed bigram counts between items, stored both ways in compressed sparse rows.</summary>
/// <remarks>
/// The successors of item <c>v</c> are <c>SuccessorItems[SuccessorStarts[v] .. SuccessorStarts[v + 1]]</c> with their
/// counts in <see cref="SuccessorCounts"/>, sorted by item; predecessors likewise. A bigram of an item with itself is
/// kept apart in <see cref="SelfCounts"/> and left out of both lists, as the exchange algorithm needs it apart.
/// </remarks>
internal sealed class BigramGraph
{
    private BigramGraph(int itemCount, int[] succStarts, int[] succItems, int[] succCounts, int[] self)
    {
        ItemCount = itemCount;
        SuccessorStarts = succStarts;
        SuccessorItems = succItems;
        SuccessorCounts = succCounts;
        SelfCounts = self;

        // Transpose the successor lists into predecessor lists (a counting sort keeps them sorted by item).
        PredecessorStarts = new int[itemCount + 1];
        foreach (int w in succItems) PredecessorStarts[w + 1]++;
        for (int i = 0; i < itemCount; i++) PredecessorStarts[i + 1] += PredecessorStarts[i];
        PredecessorItems = new int[succItems.Length];
        PredecessorCounts = new int[succItems.Length];
        var next = PredecessorStarts[..^1].ToArray();
        LeftTotals = new long[itemCount];
        RightTotals = new long[itemCount];
        for (int v = 0; v < itemCount; v++)
        {
            LeftTotals[v] += self[v];
            RightTotals[v] += self[v];
            for (int e = succStarts[v]; e < succStarts[v + 1]; e++)
            {
                int w = succItems[e];
                int slot = next[w]++;
                PredecessorItems[slot] = v;
                PredecessorCounts[slot] = succCounts[e];
                LeftTotals[v] += succCounts[e];
                RightTotals[w] += succCounts[e];
            }
        }

        foreach (long t in LeftTotals) TotalCount += t;
    }

    /// <summary>The number of items.</summary>
    public int ItemCount { get; }

    /// <summary>Where each item's successors start (<see cref="ItemCount"/> + 1 entries).</summary>
    public int[] SuccessorStarts { get; }

    /// <summary>The successor items, grouped by predecessor.</summary>
    public int[] SuccessorItems { get; }

    /// <summary>The bigram counts, parallel to <see cref="SuccessorItems"/>.</summary>
    public int[] SuccessorCounts { get; }

    /// <summary>Where each item's predecessors start (<see cref="ItemCount"/> + 1 entries).</summary>
    public int[] PredecessorStarts { get; }

    /// <summary>The predecessor items, grouped by successor.</summary>
    public int[] PredecessorItems { get; }

    /// <summary>The bigram counts, parallel to <see cref="PredecessorItems"/>.</summary>
    public int[] PredecessorCounts { get; }

    /// <summary>How often each item follows itself.</summary>
    public int[] SelfCounts { get; }

    /// <summary>How often each item is the first of a bigram (self bigrams included).</summary>
    public long[] LeftTotals { get; }

    /// <summary>How often each item is the second of a bigram (self bigrams included).</summary>
    public long[] RightTotals { get; }

    /// <summary>The number of bigrams.</summary>
    public long TotalCount { get; }

    /// <summary>The number of distinct bigrams between different items.</summary>
    public int EdgeCount => SuccessorItems.Length;

    /// <summary>Builds the graph from bigram keys <c>(first &lt;&lt; 32) | second</c>, one per occurrence.</summary>
    /// <param name="keys">The keys; sorted in place.</param>
    /// <param name="itemCount">The number of items.</param>
    /// <returns>The graph.</returns>
    public static BigramGraph FromKeys(Span<long> keys, int itemCount)
    {
        keys.Sort();
        var starts = new int[itemCount + 1];
        var items = new List<int>();
        var counts = new List<int>();
        var self = new int[itemCount];
        int i = 0;
        while (i < keys.Length)
        {
            long key = keys[i];
            int j = i + 1;
            while (j < keys.Length && keys[j] == key) j++;
            int a = (int)(key >> 32), b = (int)(uint)key;
            if (a == b)
            {
                self[a] += j - i;
            }
            else
            {
                starts[a + 1]++;
                items.Add(b);
                counts.Add(j - i);
            }

            i = j;
        }

        for (int v = 0; v < itemCount; v++) starts[v + 1] += starts[v];
        return new BigramGraph(itemCount, starts, [.. items], [.. counts], self);
    }

    /// <summary>Builds the graph of a dense count matrix (for clustering classes as items).</summary>
    /// <param name="counts">Row-major <paramref name="itemCount"/> × <paramref name="itemCount"/> counts.</param>
    /// <param name="itemCount">The number of items.</param>
    /// <returns>The graph.</returns>
    public static BigramGraph FromMatrix(ReadOnlySpan<int> counts, int itemCount)
    {
        var starts = new int[itemCount + 1];
        var items = new List<int>();
        var values = new List<int>();
        var self = new int[itemCount];
        for (int a = 0; a < itemCount; a++)
        {
            for (int b = 0; b < itemCount; b++)
            {
                int n = counts[a * itemCount + b];
                if (n == 0) continue;
                if (a == b)
                {
                    self[a] = n;
                    continue;
                }

                items.Add(b);
                values.Add(n);
            }

            starts[a + 1] = items.Count;
        }

        return new BigramGraph(itemCount, starts, [.. items], [.. values], self);
    }
}
