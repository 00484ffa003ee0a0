using System.Diagnostics;

namespace Extraction.Arabic.Training.Clusters;

/// <summary>The exchange algorithm for a two-sided class bigram model, with moves optionally confined to sibling classes.</summary>
/// <remarks>
/// <para>References: R. Kneser and H. Ney, "Improved clustering techniques for class-based statistical language
/// modelling", Eurospeech 1993; S. Martin, J. Liermann and H. Ney, "Algorithms for bigram and trigram word
/// clustering", Speech Communication 24(1), 1998. Implemented here from the papers' description.</para>
/// <para>With classes <c>g</c>, <c>h</c>, class bigram counts <c>N(g,h)</c>, left and right class totals
/// <c>N_L(g) = Σ_h N(g,h)</c> and <c>N_R(h) = Σ_g N(g,h)</c>, and <c>f(x) = x ln x</c>, the maximum-likelihood
/// log-probability of the corpus under <c>p(w_i | w_{i−1}) = p(c(w_i) | c(w_{i−1})) p(w_i | c(w_i))</c> is, up to a
/// term that does not depend on the clustering,
/// <c>F = Σ_{g,h} f(N(g,h)) − Σ_g f(N_L(g)) − Σ_h f(N_R(h))</c> (the class bigram mutual information times the corpus
/// size, plus a constant).</para>
/// <para>One pass visits the movable items in index order (most frequent first). It takes the item out of its class,
/// computes the exact change of <c>F</c> for putting it into each allowed class, from the item's successor and
/// predecessor counts gathered by class, and puts it where <c>F</c> grows most (staying put unless another class is
/// strictly better; ties go to the lowest class). Passes repeat until few items move. Each step never lowers
/// <c>F</c>, so the algorithm converges to a local optimum; the result depends only on the input and the initial
/// classes, so it is deterministic.</para>
/// <para>Items whose class is at or above <c>classCount</c> are fixed: they are context with classes of their own
/// (paragraph boundary, rare words) and never move.</para>
/// <para>With <c>groupSize</c> below <c>classCount</c>, an item may only move among the <c>groupSize</c> classes of
/// its own block <c>[⌊c / groupSize⌋ · groupSize, … + groupSize)</c>. That is how the top-down hierarchy is refined:
/// the children of one parent class form a block.</para>
/// </remarks>
internal sealed class ExchangeClustering
{
    private const int TableSize = 1 << 20;

    private static readonly double[] s_xlogx = BuildTable();

    private readonly BigramGraph _graph;
    private readonly int[] _classOf;
    private readonly int _classCount;
    private readonly int _dimension;
    private readonly int _groupSize;

    // Class bigram counts, row-major (_n[g * D + h] = N(g, h)), and the transpose (_t[h * D + g] = N(g, h)),
    // so that both the row and the column of a candidate class are read contiguously.
    private readonly int[] _n;
    private readonly int[] _t;
    private readonly long[] _left;
    private readonly long[] _right;

    // Per-item scratch: successor and predecessor counts gathered by class, dense plus the list of touched classes.
    private readonly int[] _succByClass;
    private readonly int[] _predByClass;
    private readonly int[] _succClasses;
    private readonly int[] _predClasses;
    private readonly double[] _gains;

    /// <summary>Sets up the class counts for an initial assignment.</summary>
    /// <param name="graph">The bigram graph.</param>
    /// <param name="classOf">Each item's class, updated in place; values at or above <paramref name="classCount"/> are fixed.</param>
    /// <param name="classCount">The number of movable classes.</param>
    /// <param name="fixedClassCount">The number of fixed classes after them.</param>
    /// <param name="groupSize">The size of the blocks moves are confined to (a divisor of <paramref name="classCount"/>).</param>
    public ExchangeClustering(BigramGraph graph, int[] classOf, int classCount, int fixedClassCount, int groupSize)
    {
        if (classCount % groupSize != 0) throw new ArgumentException("The group size must divide the class count.", nameof(groupSize));
        _graph = graph;
        _classOf = classOf;
        _classCount = classCount;
        _dimension = classCount + fixedClassCount;
        _groupSize = groupSize;
        int d = _dimension;
        _n = new int[d * d];
        _t = new int[d * d];
        _left = new long[d];
        _right = new long[d];
        _succByClass = new int[d];
        _predByClass = new int[d];
        _succClasses = new int[d];
        _predClasses = new int[d];
        _gains = new double[groupSize];

        for (int v = 0; v < graph.ItemCount; v++)
        {
            int g = classOf[v];
            if ((uint)g >= (uint)d) throw new ArgumentException($"Item {v} has class {g}, outside [0, {d}).", nameof(classOf));
            _left[g] += graph.LeftTotals[v];
            _right[g] += graph.RightTotals[v];
            _n[g * d + g] += graph.SelfCounts[v];
            for (int e = graph.SuccessorStarts[v]; e < graph.SuccessorStarts[v + 1]; e++)
                _n[g * d + classOf[graph.SuccessorItems[e]]] += graph.SuccessorCounts[e];
        }

        for (int g = 0; g < d; g++)
        {
            for (int h = 0; h < d; h++) _t[h * d + g] = _n[g * d + h];
        }
    }

    /// <summary>The class bigram counts, row-major, movable and fixed classes.</summary>
    public ReadOnlySpan<int> ClassBigramCounts => _n;

    /// <summary>The current objective <c>F</c> divided by the number of bigrams (nats per bigram, plus a constant).</summary>
    public double ObjectivePerBigram
    {
        get
        {
            double f = 0;
            foreach (int x in _n) f += XLogX(x);
            for (int g = 0; g < _dimension; g++) f -= XLogX(_left[g]) + XLogX(_right[g]);
            return f / _graph.TotalCount;
        }
    }

    /// <summary>Runs exchange passes until fewer than <paramref name="minMovedShare"/> of the movable items move in a pass.</summary>
    /// <param name="maxPasses">The most passes to run.</param>
    /// <param name="minMovedShare">Stop when a pass moves fewer than this share of the movable items.</param>
    /// <param name="log">Receives one line per pass.</param>
    /// <returns>The number of passes run.</returns>
    public int Run(int maxPasses, double minMovedShare, TextWriter log)
    {
        int movable = 0;
        for (int v = 0; v < _graph.ItemCount; v++)
        {
            if (_classOf[v] < _classCount) movable++;
        }

        for (int pass = 1; pass <= maxPasses; pass++)
        {
            var watch = Stopwatch.StartNew();
            int moved = 0;
            for (int v = 0; v < _graph.ItemCount; v++)
            {
                if (_classOf[v] < _classCount && MoveBest(v)) moved++;
            }

            log.WriteLine($"    pass {pass,2}: moved {moved,7:N0} of {movable:N0}, F/bigram {ObjectivePerBigram:F5}, {watch.Elapsed.TotalSeconds:F1} s");
            if (moved < minMovedShare * movable) return pass;
        }

        return maxPasses;
    }

    /// <summary><c>x ln x</c>, with <c>0 ln 0 = 0</c>.</summary>
    /// <param name="x">A count.</param>
    /// <returns>The value.</returns>
    internal static double XLogX(long x) => x < TableSize ? s_xlogx[x] : x * Math.Log(x);

    private static double[] BuildTable()
    {
        var t = new double[TableSize];
        for (int i = 1; i < t.Length; i++) t[i] = i * Math.Log(i);
        return t;
    }

    private bool MoveBest(int v)
    {
        BigramGraph g = _graph;
        int from = _classOf[v];
        int self = g.SelfCounts[v];
        long left = g.LeftTotals[v], right = g.RightTotals[v];

        int sCount = 0, pCount = 0;
        for (int e = g.SuccessorStarts[v]; e < g.SuccessorStarts[v + 1]; e++)
        {
            int h = _classOf[g.SuccessorItems[e]];
            if (_succByClass[h] == 0) _succClasses[sCount++] = h;
            _succByClass[h] += g.SuccessorCounts[e];
        }

        for (int e = g.PredecessorStarts[v]; e < g.PredecessorStarts[v + 1]; e++)
        {
            int h = _classOf[g.PredecessorItems[e]];
            if (_predByClass[h] == 0) _predClasses[pCount++] = h;
            _predByClass[h] += g.PredecessorCounts[e];
        }

        Update(from, -1, sCount, pCount, self, left, right);

        int lo = from / _groupSize * _groupSize;
        Span<double> gains = _gains;
        Gains(lo, sCount, pCount, self, left, right, gains);
        int best = from;
        double bestGain = gains[from - lo];
        for (int j = 0; j < gains.Length; j++)
        {
            if (gains[j] > bestGain + 1e-9)
            {
                bestGain = gains[j];
                best = lo + j;
            }
        }

        Update(best, +1, sCount, pCount, self, left, right);
        _classOf[v] = best;

        for (int i = 0; i < sCount; i++) _succByClass[_succClasses[i]] = 0;
        for (int i = 0; i < pCount; i++) _predByClass[_predClasses[i]] = 0;
        return best != from;
    }

    // The change of F for putting the item (gathered in the scratch arrays, currently in no class) into each class
    // b of the block [lo, lo + gains.Length). The loops run over one touched class at a time and over the block
    // inside, so they read N(b, h) and N(g, b) along contiguous rows of the transpose and of N.
    private void Gains(int lo, int sCount, int pCount, int self, long left, long right, Span<double> gains)
    {
        int d = _dimension;
        int count = gains.Length;
        gains.Clear();
        for (int i = 0; i < sCount; i++)
        {
            int h = _succClasses[i];
            int s = _succByClass[h];
            double fs = XLogX(s);
            ReadOnlySpan<int> column = _t.AsSpan(h * d + lo, count); // N(b, h) for the block's b
            for (int j = 0; j < column.Length; j++)
            {
                int x = column[j];
                gains[j] += x == 0 ? fs : XLogX(x + s) - XLogX(x);
            }
        }

        for (int i = 0; i < pCount; i++)
        {
            int g = _predClasses[i];
            int p = _predByClass[g];
            double fp = XLogX(p);
            ReadOnlySpan<int> row = _n.AsSpan(g * d + lo, count); // N(g, b) for the block's b
            for (int j = 0; j < row.Length; j++)
            {
                int x = row[j];
                gains[j] += x == 0 ? fp : XLogX(x + p) - XLogX(x);
            }
        }

        for (int j = 0; j < count; j++)
        {
            int b = lo + j;

            // N(b, b) takes the item's bigrams into b from both sides plus its self bigrams; the loops above counted
            // the two sides separately, so replace those two terms with the joint one.
            int diagonal = _n[b * d + b];
            int sb = _succByClass[b], pb = _predByClass[b];
            gains[j] += XLogX(diagonal + sb + pb + self) - XLogX(diagonal + sb) - XLogX(diagonal + pb) + XLogX(diagonal);
            gains[j] -= XLogX(_left[b] + left) - XLogX(_left[b]) + XLogX(_right[b] + right) - XLogX(_right[b]);
        }
    }

    // Adds (sign +1) or removes (sign −1) the gathered item to or from class c.
    private void Update(int c, int sign, int sCount, int pCount, int self, long left, long right)
    {
        int d = _dimension;
        for (int i = 0; i < sCount; i++)
        {
            int h = _succClasses[i];
            int x = sign * _succByClass[h];
            _n[c * d + h] += x;
            _t[h * d + c] += x;
        }

        for (int i = 0; i < pCount; i++)
        {
            int h = _predClasses[i];
            int x = sign * _predByClass[h];
            _n[h * d + c] += x;
            _t[c * d + h] += x;
        }

        _n[c * d + c] += sign * self;
        _t[c * d + c] += sign * self;
        _left[c] += sign * left;
        _right[c] += sign * right;
    }
}
