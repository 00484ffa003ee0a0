using Extraction.Arabic.Entities.Features;

namespace Extraction.Arabic.Entities.Ner;

/// <summary>One training sentence: tokens, gold tags, the corpus (domain) it comes from and its document.</summary>
internal sealed record NerTrainingSentence(NerToken[] Tokens, int[] Gold, int Domain, int Document);

/// <summary>Sets the document hints of one training sentence's attributes.</summary>
internal delegate void HintSetter(int sentence, Span<NerTokenAttributes> attributes);

/// <summary>Settings of <see cref="PerceptronTrainer"/>.</summary>
internal sealed record PerceptronOptions
{
    public int Epochs { get; init; } = 10;

    public int Seed { get; init; } = 20261122;

    /// <summary>Features seen fewer times than this in training are dropped.</summary>
    public int MinFeatureCount { get; init; } = 2;

    /// <summary>Averaged weights with absolute value below this are set to zero in the model.</summary>
    public float PruneBelow { get; init; } = 0.01f;

    /// <summary>The domain whose general features form the model. Sentences of other domains also get a
    /// domain-specific copy of every feature (the feature augmentation of Daumé III, ACL 2007, one-sided): the copies
    /// absorb annotation conventions of the other corpora and are not shipped.</summary>
    public int TargetDomain { get; init; }

    public bool DomainCopies { get; init; } = true;

    /// <summary>Independent runs with different sentence orders whose averaged weights are averaged again (one
    /// linear model, so tagging costs the same); 1 is plain training.</summary>
    public int Runs { get; init; } = 1;

    /// <summary>Called after each epoch with the averaged model of that epoch (for dev scores).</summary>
    public Action<int, LinearChainModel>? OnEpoch { get; init; }

    public TextWriter? Log { get; init; }
}

/// <summary>Training data as feature rows: <c>Rows[Offsets[t]..Offsets[t+1]]</c> are the rows of token t;
/// sentence s starts at token <c>SentenceStart[s]</c>.</summary>
internal sealed record TrainingMatrix(int[] Rows, int[] Offsets, int[] SentenceStart, Dictionary<uint, int> Index, HashSet<uint> Copies);

/// <summary>Trains a <see cref="LinearChainModel"/> with the averaged structured perceptron.</summary>
/// <remarks>
/// <para>Collins, "Discriminative Training Methods for Hidden Markov Models: Theory and Experiments with Perceptron
/// Algorithms", EMNLP 2002: for each sentence in turn, decode with the current weights (Viterbi over legal tags);
/// where the prediction differs from the gold sequence, add 1 to the weights of the gold (feature, tag) and
/// (tag, tag) pairs and subtract 1 from the predicted ones. The returned weights are the average over all steps,
/// computed with the lazy trick of Daumé III (2006): keep w and u = Σ c·Δ, and return w − u / c.</para>
/// <para>Deterministic: sentence order per epoch comes from a seeded <see cref="Random"/>.</para>
/// </remarks>
internal sealed class PerceptronTrainer
{
    private readonly NerFeatureExtractor _features;
    private readonly NerTagSet _tags;
    private readonly PerceptronOptions _options;

    public PerceptronTrainer(NerFeatureExtractor features, NerTagSet tags, PerceptronOptions options)
    {
        _features = features;
        _tags = tags;
        _options = options;
    }

    /// <summary>Turns sentences into per-token feature hashes; <paramref name="hints"/> may set document hints.</summary>
    public static (uint[] Hashes, int[] TokenOffsets, HashSet<uint> Copies) Featurize(
        NerFeatureExtractor features, NerTagSet tags, IReadOnlyList<NerTrainingSentence> data,
        HintSetter? hints, bool domainCopies, int targetDomain)
    {
        var hashes = new List<uint>(data.Count * 20 * 60);
        var copies = new HashSet<uint>();
        int tokenCount = data.Sum(s => s.Tokens.Length);
        var offsets = new int[tokenCount + 1];
        var scratch = new NerScratch();
        int t = 0;
        for (int s = 0; s < data.Count; s++)
        {
            var sentence = data[s];
            int n = sentence.Tokens.Length;
            if (n == 0) continue;
            features.Analyze(sentence.Tokens, scratch, tags.Count);
            hints?.Invoke(s, scratch.Attributes.AsSpan(0, n));
            features.Extract(n, scratch);
            bool copy = domainCopies && sentence.Domain != targetDomain;
            uint domainSalt = (uint)sentence.Domain + 1;
            for (int i = 0; i < n; i++)
            {
                offsets[t++] = hashes.Count;
                for (int k = scratch.Offsets[i]; k < scratch.Offsets[i + 1]; k++)
                {
                    uint f = scratch.Features[k];
                    hashes.Add(f);
                    if (copy)
                    {
                        uint d = DomainCopy(f, domainSalt);
                        hashes.Add(d);
                        copies.Add(d);
                    }
                }
            }
        }

        offsets[t] = hashes.Count;
        return ([.. hashes], offsets, copies);
    }

    private static uint DomainCopy(uint feature, uint domain) => FeatureHash.Feature(1000 + domain, feature);

    /// <summary>Featurizes and indexes the training data: feature rows per token (features seen fewer than
    /// <paramref name="minCount"/> times are dropped).</summary>
    public static TrainingMatrix Prepare(
        NerFeatureExtractor features, NerTagSet tags, IReadOnlyList<NerTrainingSentence> data, HintSetter? hints,
        bool domainCopies, int targetDomain, int minCount, TextWriter? log)
    {
        var (hashes, tokenOffsets, copies) = Featurize(features, tags, data, hints, domainCopies, targetDomain);
        var counts = new Dictionary<uint, int>(1 << 20);
        foreach (uint h in hashes) counts[h] = counts.GetValueOrDefault(h) + 1;
        var index = new Dictionary<uint, int>(counts.Count);
        foreach (var (h, count) in counts)
        {
            if (count >= minCount) index[h] = index.Count;
        }

        var rows = new int[hashes.Length];
        int kept = 0;
        var compactOffsets = new int[tokenOffsets.Length];
        for (int t = 0; t + 1 < tokenOffsets.Length; t++)
        {
            compactOffsets[t] = kept;
            for (int k = tokenOffsets[t]; k < tokenOffsets[t + 1]; k++)
            {
                if (index.TryGetValue(hashes[k], out int r)) rows[kept++] = r;
            }
        }

        compactOffsets[^1] = kept;
        log?.WriteLine($"features: {counts.Count:N0} distinct, {index.Count:N0} kept (count >= {minCount}); {kept:N0} feature occurrences");
        var sentenceStart = new int[data.Count];
        for (int s = 0, t = 0; s < data.Count; s++)
        {
            sentenceStart[s] = t;
            t += data[s].Tokens.Length;
        }

        return new TrainingMatrix(rows, compactOffsets, sentenceStart, index, copies);
    }

    public LinearChainModel Train(IReadOnlyList<NerTrainingSentence> data, HintSetter? hints = null)
    {
        var log = _options.Log;
        var m = Prepare(_features, _tags, data, hints, _options.DomainCopies, _options.TargetDomain, _options.MinFeatureCount, log);
        _domainCopies = m.Copies;
        int l = _tags.Count;
        int runs = Math.Max(1, _options.Runs);
        if (runs == 1) return Run(data, m, _options.Seed, _options.OnEpoch);

        // Parameter mixing over runs (McDonald, Hall and Mann, NAACL 2010, "Distributed Training Strategies for the
        // Structured Perceptron", one-shot mixing): each run sees the sentences in another order.
        var sumW = new double[m.Index.Count * l];
        var sumT = new double[l * l + 2 * l];
        for (int r = 0; r < runs; r++)
        {
            var model = Run(data, m, _options.Seed + r, null);
            var weights = model.Weights;
            foreach (var (h, row) in m.Index)
            {
                int r2 = model.Row(h);
                if (r2 < 0) continue;
                for (int y = 0; y < l; y++) sumW[row * l + y] += weights[r2 * l + y];
            }

            for (int x = 0; x < l * l; x++) sumT[x] += model.Transitions[x];
            for (int y = 0; y < l; y++)
            {
                sumT[l * l + y] += model.StartWeights[y];
                sumT[l * l + l + y] += model.EndWeights[y];
            }

            log?.WriteLine($"run {r + 1}/{runs} done");
        }

        var mixed = Build(_tags, m.Index, _domainCopies, _options.PruneBelow, l, (row, y) => (float)(sumW[row * l + y] / runs), x => (float)(sumT[x] / runs));
        _options.OnEpoch?.Invoke(_options.Epochs, mixed);
        return mixed;
    }

    private LinearChainModel Run(IReadOnlyList<NerTrainingSentence> data, TrainingMatrix m, int seed, Action<int, LinearChainModel>? onEpoch)
    {
        var log = _options.Log;
        var rows = m.Rows;
        var compactOffsets = m.Offsets;
        var index = m.Index;
        var sentenceStart = m.SentenceStart;

        int l = _tags.Count;
        int featureCount = index.Count;
        var w = new float[featureCount * l];
        var u = new double[featureCount * l];
        int tl = l * l;
        var tw = new float[tl + 2 * l];
        var tu = new double[tl + 2 * l];

        var illegal = new float[tl];
        var illegalStart = new float[l];
        var illegalEnd = new float[l];
        for (int a = 0; a < l; a++)
        {
            illegalStart[a] = _tags.AllowedStart(a) ? 0 : float.NegativeInfinity;
            illegalEnd[a] = _tags.AllowedEnd(a) ? 0 : float.NegativeInfinity;
            for (int b = 0; b < l; b++) illegal[a * l + b] = _tags.Allowed(a, b) ? 0 : float.NegativeInfinity;
        }

        int maxLen = data.Count == 0 ? 0 : data.Max(s => s.Tokens.Length);
        var emissions = new float[maxLen * l];
        var delta = new float[maxLen * l];
        var back = new int[maxLen * l];
        var pred = new int[maxLen];
        var trans = new float[tl];
        var start = new float[l];
        var end = new float[l];
        var order = Enumerable.Range(0, data.Count).ToArray();
        var random = new Random(seed);
        long c = 1;
        for (int epoch = 1; epoch <= _options.Epochs; epoch++)
        {
            random.Shuffle(order);
            int mistakes = 0;
            foreach (int s in order)
            {
                var sentence = data[s];
                int n = sentence.Tokens.Length;
                if (n == 0) continue;
                int t0 = sentenceStart[s];
                for (int i = 0; i < n; i++)
                {
                    var e = emissions.AsSpan(i * l, l);
                    e.Clear();
                    for (int k = compactOffsets[t0 + i]; k < compactOffsets[t0 + i + 1]; k++)
                    {
                        var row = w.AsSpan(rows[k] * l, l);
                        for (int y = 0; y < l; y++) e[y] += row[y];
                    }
                }

                for (int x = 0; x < tl; x++) trans[x] = tw[x] + illegal[x];
                for (int y = 0; y < l; y++)
                {
                    start[y] = tw[tl + y] + illegalStart[y];
                    end[y] = tw[tl + l + y] + illegalEnd[y];
                }

                LinearChainModel.Viterbi(_tags, trans, start, end, emissions, n, delta, back, pred);
                var gold = sentence.Gold;
                bool wrong = false;
                for (int i = 0; i < n; i++)
                {
                    if (pred[i] == gold[i]) continue;
                    wrong = true;
                    for (int k = compactOffsets[t0 + i]; k < compactOffsets[t0 + i + 1]; k++)
                    {
                        int b = rows[k] * l;
                        w[b + gold[i]] += 1;
                        u[b + gold[i]] += c;
                        w[b + pred[i]] -= 1;
                        u[b + pred[i]] -= c;
                    }
                }

                if (wrong)
                {
                    mistakes++;
                    Update(tw, tu, tl + gold[0], tl + pred[0], c);
                    Update(tw, tu, tl + l + gold[n - 1], tl + l + pred[n - 1], c);
                    for (int i = 1; i < n; i++)
                    {
                        int g = gold[i - 1] * l + gold[i], p = pred[i - 1] * l + pred[i];
                        Update(tw, tu, g, p, c);
                    }
                }

                c++;
            }

            log?.WriteLine($"epoch {epoch}: {mistakes:N0} of {data.Count:N0} sentences wrong");
            if (onEpoch is not null || epoch == _options.Epochs)
            {
                var model = Average(w, u, tw, tu, c, index, l);
                onEpoch?.Invoke(epoch, model);
                if (epoch == _options.Epochs) return model;
            }
        }

        return Average(w, u, tw, tu, c, index, l);
    }

    private static void Update(float[] w, double[] u, int gold, int pred, long c)
    {
        if (gold == pred) return;
        w[gold] += 1;
        u[gold] += c;
        w[pred] -= 1;
        u[pred] -= c;
    }

    private LinearChainModel Average(float[] w, double[] u, float[] tw, double[] tu, long c, Dictionary<uint, int> index, int l)
        => Build(_tags, index, _domainCopies, _options.PruneBelow, l, (r, y) => (float)(w[r * l + y] - u[r * l + y] / c), x => (float)(tw[x] - tu[x] / c));

    /// <summary>Builds the shippable model from trained weights: drops domain copies, near-zero weights and
    /// all-zero rows.</summary>
    public static LinearChainModel Build(
        NerTagSet tags, Dictionary<uint, int> index, HashSet<uint>? copies, float pruneBelow, int l,
        Func<int, int, float> weight, Func<int, float> transition)
    {
        int tl = l * l;
        var keys = new List<uint>(index.Count);
        var weights = new List<float>(index.Count * l);
        var row = new float[l];
        foreach (var (h, r) in index)
        {
            bool any = false;
            for (int y = 0; y < l; y++)
            {
                float v = weight(r, y);
                if (MathF.Abs(v) < pruneBelow) v = 0;
                row[y] = v;
                any |= v != 0;
            }

            if (!any || (copies?.Contains(h) ?? false)) continue;
            keys.Add(h);
            weights.AddRange(row);
        }

        var trans = new float[tl];
        var start = new float[l];
        var end = new float[l];
        for (int x = 0; x < tl; x++) trans[x] = transition(x);
        for (int y = 0; y < l; y++)
        {
            start[y] = transition(tl + y);
            end[y] = transition(tl + l + y);
        }

        return new LinearChainModel(tags, [.. keys], [.. weights], trans, start, end);
    }

    private HashSet<uint>? _domainCopies;
}
