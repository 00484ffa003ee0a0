using Extraction.Arabic.Entities;

namespace Extraction.Arabic;

/// <summary>Spans ordered by start, with the running maximum of their ends, to list the ones containing a span or lying
/// within it without a pass over all of them (a long document has thousands of mentions and dates).</summary>
internal sealed class SpanIndex
{
    private readonly int[] _maxEnd;

    public SpanIndex(Item[] items)
    {
        Items = items;
        Array.Sort(Items, static (a, b) => a.Start.CompareTo(b.Start));
        _maxEnd = new int[Items.Length];
        for (int i = 0; i < Items.Length; i++) _maxEnd[i] = Math.Max(i > 0 ? _maxEnd[i - 1] : int.MinValue, Items[i].End);
    }

    /// <summary>The items, ordered by start (the array given, sorted in place).</summary>
    public Item[] Items { get; }

    /// <summary>The indices of the items with start ≤ the span's start and end ≥ its end.</summary>
    public IEnumerable<int> Containing(TextSpan span)
    {
        for (int k = FirstStartingAfter(span.Start) - 1; k >= 0 && _maxEnd[k] >= span.End; k--)
        {
            if (Items[k].End >= span.End) yield return k;
        }
    }

    /// <summary>The indices of the items with start ≥ the span's start and end ≤ its end, in order.</summary>
    public IEnumerable<int> Within(TextSpan span)
    {
        for (int k = FirstStartingAfter(span.Start - 1); k < Items.Length && Items[k].Start < span.End; k++)
        {
            if (Items[k].End <= span.End) yield return k;
        }
    }

    private int FirstStartingAfter(int offset)
    {
        int lo = 0, hi = Items.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Items[mid].Start <= offset) lo = mid + 1;
            else hi = mid;
        }

        return lo;
    }

    /// <summary>A span, a number it carries (an order that decides ties, or the index of what it belongs to), and the
    /// mention it comes from (if any).</summary>
    public readonly record struct Item(int Start, int End, int Order, Mention? Mention);
}
