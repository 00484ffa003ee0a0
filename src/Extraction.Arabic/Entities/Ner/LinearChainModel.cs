using System.Runtime.CompilerServices;

namespace Extraction.Arabic.Entities.Ner;

/// <summary>A first-order linear-chain model: a weight per (feature, tag), a weight per tag bigram, and Viterbi
/// decoding restricted to legal tag sequences.</summary>
/// <remarks>
/// <para>The score of a tag sequence y for a sentence x is Σᵢ (Σ_{f ∈ F(x,i)} w[f, yᵢ] + t[yᵢ₋₁, yᵢ]) plus start and
/// end weights — the linear form shared by the averaged structured perceptron (Collins, EMNLP 2002) and the
/// linear-chain CRF (Lafferty, McCallum and Pereira, ICML 2001). Decoding is the Viterbi algorithm over the tags of a
/// <see cref="NerTagSet"/>, where illegal transitions (e.g. <c>O</c> → <c>I-X</c>) have score −∞, so the result is
/// always a well-formed tag sequence.</para>
/// <para>Features are 32-bit hashes looked up in an open-addressing table (linear probing). Immutable after
/// construction; thread-safe.</para>
/// </remarks>
internal sealed class LinearChainModel
{
    // One 64-bit entry per slot: the feature hash in the low half, row + 1 in the high half (0 = empty), so a lookup
    // touches one cache line of the table.
    private readonly ulong[] _table;
    private readonly int _mask;
    private readonly float[] _weights;
    private readonly float[] _transitions; // [prev * L + next]
    private readonly float[] _start;
    private readonly float[] _end;

    public LinearChainModel(NerTagSet tags, uint[] featureKeys, float[] weights, float[] transitions, float[] start, float[] end)
    {
        Tags = tags;
        int l = tags.Count;
        if (weights.Length != featureKeys.Length * l) throw new ArgumentException("Weights do not match the features.", nameof(weights));
        if (transitions.Length != l * l || start.Length != l || end.Length != l) throw new ArgumentException("Bad transition table.", nameof(transitions));
        int capacity = 16;
        while (capacity < featureKeys.Length * 2) capacity <<= 1;
        _table = new ulong[capacity];
        _mask = capacity - 1;
        for (int r = 0; r < featureKeys.Length; r++)
        {
            int slot = Slot(featureKeys[r]);
            while (_table[slot] != 0)
            {
                if ((uint)_table[slot] == featureKeys[r]) throw new ArgumentException("Duplicate feature.", nameof(featureKeys));
                slot = (slot + 1) & _mask;
            }

            _table[slot] = ((ulong)(uint)(r + 1) << 32) | featureKeys[r];
        }

        _weights = weights;
        _transitions = (float[])transitions.Clone();
        _start = (float[])start.Clone();
        _end = (float[])end.Clone();
        for (int a = 0; a < l; a++)
        {
            if (!tags.AllowedStart(a)) _start[a] = float.NegativeInfinity;
            if (!tags.AllowedEnd(a)) _end[a] = float.NegativeInfinity;
            for (int b = 0; b < l; b++)
            {
                if (!tags.Allowed(a, b)) _transitions[a * l + b] = float.NegativeInfinity;
            }
        }

        FeatureCount = featureKeys.Length;
    }

    public NerTagSet Tags { get; }

    public int FeatureCount { get; }

    public ReadOnlySpan<float> Weights => _weights;

    public ReadOnlySpan<float> Transitions => _transitions;

    public ReadOnlySpan<float> StartWeights => _start;

    public ReadOnlySpan<float> EndWeights => _end;

    /// <summary>The row of a feature, or -1 when the model does not know it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Row(uint feature)
    {
        ulong[] table = _table;
        int slot = Slot(feature);
        while (true)
        {
            ulong e = table[slot];
            if (e == 0) return -1;
            if ((uint)e == feature) return (int)(e >> 32) - 1;
            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>All feature keys in row order.</summary>
    public uint[] KeysByRow()
    {
        var keys = new uint[FeatureCount];
        foreach (ulong e in _table)
        {
            if (e != 0) keys[(int)(e >> 32) - 1] = (uint)e;
        }

        return keys;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Slot(uint key) => (int)((key * 0x9E3779B1u) >> 7) & _mask;

    /// <summary>Adds the emission scores of <paramref name="features"/> for every tag into <paramref name="scores"/>.</summary>
    public void Emit(ReadOnlySpan<uint> features, Span<float> scores)
    {
        int l = Tags.Count;
        scores[..l].Clear();
        ReadOnlySpan<float> w = _weights;
        foreach (uint feature in features)
        {
            int r = Row(feature);
            if (r < 0) continue;
            ReadOnlySpan<float> row = w.Slice(r * l, l);
            for (int y = 0; y < row.Length; y++) scores[y] += row[y];
        }
    }

    /// <summary>Adds the weights of one feature (if known) to <paramref name="scores"/>.</summary>
    public void AddWeights(uint feature, Span<float> scores)
    {
        int r = Row(feature);
        if (r < 0) return;
        int l = Tags.Count;
        ReadOnlySpan<float> row = _weights.AsSpan(r * l, l);
        for (int y = 0; y < row.Length; y++) scores[y] += row[y];
    }

    /// <summary>Finds the best legal tag sequence given emission scores (n × L, row-major).</summary>
    public void Decode(ReadOnlySpan<float> emissions, int n, Span<float> delta, Span<int> back, Span<int> tags)
        => Viterbi(Tags, _transitions, _start, _end, emissions, n, delta, back, tags);

    /// <summary>The Viterbi algorithm (first order). <paramref name="transitions"/> must hold −∞ for illegal
    /// pairs.</summary>
    public static void Viterbi(
        NerTagSet tagSet, ReadOnlySpan<float> transitions, ReadOnlySpan<float> start, ReadOnlySpan<float> end,
        ReadOnlySpan<float> emissions, int n, Span<float> delta, Span<int> back, Span<int> tags)
    {
        if (n == 0) return;
        int l = tagSet.Count;
        for (int y = 0; y < l; y++) delta[y] = start[y] + emissions[y];
        for (int i = 1; i < n; i++)
        {
            int cur = i * l, prev = cur - l;
            for (int y = 0; y < l; y++)
            {
                float best = float.NegativeInfinity;
                int arg = 0;
                for (int p = 0; p < l; p++)
                {
                    float s = delta[prev + p] + transitions[p * l + y];
                    if (s > best)
                    {
                        best = s;
                        arg = p;
                    }
                }

                delta[cur + y] = best + emissions[cur + y];
                back[cur + y] = arg;
            }
        }

        int last = (n - 1) * l;
        float top = float.NegativeInfinity;
        int bestTag = 0;
        for (int y = 0; y < l; y++)
        {
            float s = delta[last + y] + end[y];
            if (s > top)
            {
                top = s;
                bestTag = y;
            }
        }

        tags[n - 1] = bestTag;
        for (int i = n - 1; i > 0; i--) tags[i - 1] = back[i * l + tags[i]];
    }
}
