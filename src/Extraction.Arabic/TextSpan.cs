namespace Extraction.Arabic;

/// <summary>A half-open range [<see cref="Start"/>, <see cref="End"/>) of UTF-16 code units in <see cref="Document.Text"/>.</summary>
/// <param name="Start">The index of the first code unit.</param>
/// <param name="Length">The number of code units.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>The index one past the last code unit.</summary>
    public int End => Start + Length;

    /// <summary>Creates a span from its start and its exclusive end.</summary>
    /// <param name="start">The first index.</param>
    /// <param name="end">The index one past the last.</param>
    /// <returns>The span.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public static TextSpan FromBounds(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        return new TextSpan(start, end - start);
    }

    /// <summary>Whether this span contains <paramref name="other"/> entirely.</summary>
    /// <param name="other">Another span.</param>
    /// <returns><see langword="true"/> when <paramref name="other"/> lies inside this span.</returns>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>Whether this span and <paramref name="other"/> share at least one code unit.</summary>
    /// <param name="other">Another span.</param>
    /// <returns><see langword="true"/> when they overlap.</returns>
    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;

    /// <inheritdoc/>
    public override string ToString() => $"[{Start}..{End})";
}
