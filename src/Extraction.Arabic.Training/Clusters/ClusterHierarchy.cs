namespace Extraction.Arabic.Training.Clusters;

/// <summary>Builds nested word classes (for example 64 ⊃ 256 ⊃ 1024) with the exchange algorithm: a top-down pass
/// that splits classes level by level, then a bottom-up refinement.</summary>
/// <remarks>
/// <para><b>Top-down (<see cref="Build"/>).</b> Level 1 starts from a round-robin assignment by frequency rank (item
/// <c>i</c> in class <c>i mod C₁</c>) and lets every word move to any class. Level <c>k</c> splits each class
/// <c>p</c> of level <c>k − 1</c> into the children <c>p·r … p·r + r − 1</c>, where <c>r = C_k / C_{k−1}</c>: the
/// members of <c>p</c> start round-robin by rank over its children and may then move only among them, while the
/// likelihood is always that of the full class bigram model at level <c>k</c> (see <see cref="ExchangeClustering"/>).
/// Growing the word tree from the top with a class-bigram likelihood criterion follows M. McMahon and F. Smith,
/// "Improving statistical language model performance with automatically generated word hierarchies",
/// Computational Linguistics 22(2), 1996.</para>
/// <para><b>Bottom-up refinement (<see cref="Refine"/>).</b> A word put in the wrong coarse class early can never
/// leave it top-down, so the finest level is then re-optimized with free moves among all its classes, starting from
/// the top-down result. Each coarser level is re-clustered after that with the exchange algorithm over the classes
/// of the level below as items (their class bigram counts as the bigram graph), starting from the top-down parents.
/// Merging classes of a class bigram model by the same likelihood is the criterion of Brown et al.'s hierarchical
/// clustering (P. F. Brown, V. J. Della Pietra, P. V. deSouza, J. C. Lai and R. L. Mercer, "Class-based n-gram
/// models of natural language", Computational Linguistics 18(4), 1992), here optimized by exchange instead of
/// greedy pairwise merges. The levels nest by construction.</para>
/// <para>Deterministic: no randomness anywhere, and items are always visited in the same order.</para>
/// </remarks>
internal static class ClusterHierarchy
{
    /// <summary>Clusters the movable items of a graph into nested levels.</summary>
    /// <param name="graph">The bigram graph.</param>
    /// <param name="movableCount">Items <c>0 … movableCount − 1</c> are clustered; the rest are fixed context items,
    /// each in a class of its own.</param>
    /// <param name="levels">Class counts, coarse to fine; each divides the next.</param>
    /// <param name="maxPasses">The most exchange passes per level.</param>
    /// <param name="minMovedShare">A level stops when a pass moves fewer than this share of the words.</param>
    /// <param name="log">Receives progress.</param>
    /// <returns>For each level, the class of every movable item.</returns>
    public static int[][] Build(BigramGraph graph, int movableCount, IReadOnlyList<int> levels, IReadOnlyList<int> maxPasses, double minMovedShare, TextWriter log)
    {
        int fixedCount = graph.ItemCount - movableCount;
        var result = new int[levels.Count][];
        int[]? parent = null;
        for (int level = 0; level < levels.Count; level++)
        {
            int classes = levels[level];
            var classOf = new int[graph.ItemCount];
            int group;
            if (parent is null)
            {
                for (int v = 0; v < movableCount; v++) classOf[v] = v % classes;
                group = classes;
            }
            else
            {
                int parentClasses = levels[level - 1];
                if (classes % parentClasses != 0) throw new ArgumentException("Each level must divide the next.", nameof(levels));
                group = classes / parentClasses;
                var seen = new int[parentClasses];
                for (int v = 0; v < movableCount; v++) classOf[v] = parent[v] * group + seen[parent[v]]++ % group;
            }

            for (int f = 0; f < fixedCount; f++) classOf[movableCount + f] = classes + f;

            log.WriteLine($"  level {level + 1}: {classes} classes, moves within blocks of {group}");
            var exchange = new ExchangeClustering(graph, classOf, classes, fixedCount, group);
            log.WriteLine($"    start: F/bigram {exchange.ObjectivePerBigram:F5}");
            exchange.Run(maxPasses[level], minMovedShare, log);
            result[level] = classOf[..movableCount];
            parent = result[level];
        }

        return result;
    }

    /// <summary>Refines nested levels bottom-up: unconstrained exchange at the finest level, then each coarser level
    /// re-clustered by exchange with the classes of the level below as items.</summary>
    /// <param name="graph">The word bigram graph.</param>
    /// <param name="movableCount">The number of clustered items (the rest are fixed context items).</param>
    /// <param name="levels">Class counts, coarse to fine.</param>
    /// <param name="start">The classes of each level from <see cref="Build"/>, used as the starting point.</param>
    /// <param name="passes">The most passes at the finest level; coarser levels get twice as many (they are cheap).</param>
    /// <param name="minMovedShare">A level stops when a pass moves fewer than this share of its items.</param>
    /// <param name="log">Receives progress.</param>
    /// <returns>The finest class of each movable item, then for each coarser level the parent of each class of the
    /// level below it (so index 1 maps finest to middle classes, and so on).</returns>
    public static int[][] Refine(BigramGraph graph, int movableCount, IReadOnlyList<int> levels, int[][] start, int passes, double minMovedShare, TextWriter log)
    {
        int fixedCount = graph.ItemCount - movableCount;
        int finest = levels.Count - 1;
        var classOf = new int[graph.ItemCount];
        start[finest].CopyTo(classOf, 0);
        for (int f = 0; f < fixedCount; f++) classOf[movableCount + f] = levels[finest] + f;
        log.WriteLine($"  refine level {finest + 1}: {levels[finest]} classes, free moves");
        var exchange = new ExchangeClustering(graph, classOf, levels[finest], fixedCount, levels[finest]);
        log.WriteLine($"    start: F/bigram {exchange.ObjectivePerBigram:F5}");
        exchange.Run(passes, minMovedShare, log);

        var result = new int[levels.Count][];
        result[0] = classOf[..movableCount];
        for (int level = finest - 1; level >= 0; level--)
        {
            int items = levels[level + 1];
            int classes = levels[level];
            int ratio = items / classes;
            BigramGraph classGraph = BigramGraph.FromMatrix(exchange.ClassBigramCounts, items + fixedCount);
            var parentOf = new int[items + fixedCount];
            for (int c = 0; c < items; c++) parentOf[c] = c / ratio;
            for (int f = 0; f < fixedCount; f++) parentOf[items + f] = classes + f;
            log.WriteLine($"  refine level {level + 1}: {classes} classes over the {items} classes below, free moves");
            exchange = new ExchangeClustering(classGraph, parentOf, classes, fixedCount, classes);
            log.WriteLine($"    start: F/bigram {exchange.ObjectivePerBigram:F5}");
            exchange.Run(passes * 2, minMovedShare, log);
            result[finest - level] = parentOf[..items];
        }

        return result;
    }
}
