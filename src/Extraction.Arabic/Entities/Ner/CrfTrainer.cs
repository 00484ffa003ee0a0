using Extraction.Arabic.Entities.Features;

namespace Extraction.Arabic.Entities.Ner;

/// <summary>Settings of <see cref="CrfTrainer"/>.</summary>
internal sealed record CrfOptions
{
    public int Epochs { get; init; } = 12;

    public int Seed { get; init; } = 20261122;

    public int MinFeatureCount { get; init; } = 2;

    /// <summary>The L2 constant C: the objective is Σ −log p(y|x) / N + ‖w‖² / (2 C N).</summary>
    public double C { get; init; } = 1.0;

    /// <summary>The initial learning rate η₀; the rate at step t is η₀ / (1 + λ η₀ t).</summary>
    public double Eta0 { get; init; } = 0.1;

    public float PruneBelow { get; init; } = 0.005f;

    public int TargetDomain { get; init; }

    public bool DomainCopies { get; init; } = true;

    public Action<int, LinearChainModel>? OnEpoch { get; init; }

    public TextWriter? Log { get; init; }
}

/// <summary>Trains a linear-chain conditional random field by stochastic gradient descent with L2 regularization.</summary>
/// <remarks>
/// <para>Model: Lafferty, McCallum and Pereira, "Conditional Random Fields: Probabilistic Models for Segmenting and
/// Labeling Sequence Data", ICML 2001. Training: SGD on the regularized negative log-likelihood, one sentence at a
/// time, as in Vishwanathan et al. (ICML 2006) and Bottou's crfsgd: the gradient of a sentence is the observed minus
/// the expected feature counts, with the marginals from the forward–backward algorithm in log space over legal tag
/// sequences only; the L2 shrinkage is applied lazily through a global scale factor (w = s·v).</para>
/// <para>Deterministic: a seeded <see cref="Random"/> orders the sentences.</para>
/// </remarks>
internal sealed class CrfTrainer
{
    private readonly NerFeatureExtractor _features;
    private readonly NerTagSet _tags;
    private readonly CrfOptions _options;

    public CrfTrainer(NerFeatureExtractor features, NerTagSet tags, CrfOptions options)
    {
        _features = features;
        _tags = tags;
        _options = options;
    }

    public LinearChainModel Train(IReadOnlyList<NerTrainingSentence> data, HintSetter? hints = null)
    {
        var log = _options.Log;
        var m = PerceptronTrainer.Prepare(_features, _tags, data, hints, _options.DomainCopies, _options.TargetDomain, _options.MinFeatureCount, log);
        int l = _tags.Count, tl = l * l;
        int features = m.Index.Count;
        var v = new double[features * l];
        var tv = new double[tl + 2 * l]; // transitions, start, end
        double scale = 1;
        int n = data.Count;
        double lambda = 1.0 / (_options.C * n);
        double eta0 = _options.Eta0;

        var legal = new bool[tl];
        var legalStart = new bool[l];
        var legalEnd = new bool[l];
        for (int a = 0; a < l; a++)
        {
            legalStart[a] = _tags.AllowedStart(a);
            legalEnd[a] = _tags.AllowedEnd(a);
            for (int b = 0; b < l; b++) legal[a * l + b] = _tags.Allowed(a, b);
        }

        int maxLen = data.Count == 0 ? 1 : Math.Max(1, data.Max(s => s.Tokens.Length));
        var e = new double[maxLen * l];
        var alpha = new double[maxLen * l];
        var beta = new double[maxLen * l];
        var tmp = new double[l];
        var order = Enumerable.Range(0, n).ToArray();
        var random = new Random(_options.Seed);
        long t = 0;
        for (int epoch = 1; epoch <= _options.Epochs; epoch++)
        {
            random.Shuffle(order);
            double loss = 0;
            foreach (int s in order)
            {
                var sentence = data[s];
                int len = sentence.Tokens.Length;
                if (len == 0) continue;
                double eta = eta0 / (1 + lambda * eta0 * t);
                t++;
                // Lazy L2: w ← (1 − ηλ) w.
                scale *= 1 - eta * lambda;
                if (scale < 1e-9)
                {
                    for (int i = 0; i < v.Length; i++) v[i] *= scale;
                    for (int i = 0; i < tv.Length; i++) tv[i] *= scale;
                    scale = 1;
                }

                int t0 = m.SentenceStart[s];
                for (int i = 0; i < len; i++)
                {
                    var row = e.AsSpan(i * l, l);
                    row.Clear();
                    for (int k = m.Offsets[t0 + i]; k < m.Offsets[t0 + i + 1]; k++)
                    {
                        int b = m.Rows[k] * l;
                        for (int y = 0; y < l; y++) row[y] += v[b + y];
                    }

                    for (int y = 0; y < l; y++) row[y] *= scale;
                }

                // Forward.
                for (int y = 0; y < l; y++) alpha[y] = legalStart[y] ? tv[tl + y] * scale + e[y] : double.NegativeInfinity;
                for (int i = 1; i < len; i++)
                {
                    for (int y = 0; y < l; y++)
                    {
                        for (int p = 0; p < l; p++)
                            tmp[p] = legal[p * l + y] ? alpha[(i - 1) * l + p] + tv[p * l + y] * scale : double.NegativeInfinity;
                        alpha[i * l + y] = LogSumExp(tmp) + e[i * l + y];
                    }
                }

                // Backward.
                for (int y = 0; y < l; y++) beta[(len - 1) * l + y] = legalEnd[y] ? tv[tl + l + y] * scale : double.NegativeInfinity;
                for (int i = len - 2; i >= 0; i--)
                {
                    for (int y = 0; y < l; y++)
                    {
                        for (int q = 0; q < l; q++)
                            tmp[q] = legal[y * l + q] ? tv[y * l + q] * scale + e[(i + 1) * l + q] + beta[(i + 1) * l + q] : double.NegativeInfinity;
                        beta[i * l + y] = LogSumExp(tmp);
                    }
                }

                for (int y = 0; y < l; y++) tmp[y] = alpha[y] + beta[y];
                double logZ = LogSumExp(tmp);
                var gold = sentence.Gold;
                double goldScore = tv[tl + gold[0]] * scale + tv[tl + l + gold[len - 1]] * scale;
                for (int i = 0; i < len; i++)
                {
                    goldScore += e[i * l + gold[i]];
                    if (i > 0) goldScore += tv[gold[i - 1] * l + gold[i]] * scale;
                }

                loss += logZ - goldScore;
                double step = eta / scale;

                // Emission gradients: observed − expected.
                for (int i = 0; i < len; i++)
                {
                    for (int y = 0; y < l; y++)
                    {
                        double p = Math.Exp(alpha[i * l + y] + beta[i * l + y] - logZ);
                        tmp[y] = (y == gold[i] ? 1 : 0) - p;
                    }

                    for (int k = m.Offsets[t0 + i]; k < m.Offsets[t0 + i + 1]; k++)
                    {
                        int b = m.Rows[k] * l;
                        for (int y = 0; y < l; y++)
                        {
                            double g = tmp[y];
                            if (g > 1e-6 || g < -1e-6) v[b + y] += step * g;
                        }
                    }
                }

                // Transition gradients.
                for (int y = 0; y < l; y++)
                {
                    if (legalStart[y]) tv[tl + y] += step * ((gold[0] == y ? 1 : 0) - Math.Exp(alpha[y] + beta[y] - logZ));
                    int last = (len - 1) * l;
                    if (legalEnd[y]) tv[tl + l + y] += step * ((gold[len - 1] == y ? 1 : 0) - Math.Exp(alpha[last + y] + beta[last + y] - logZ));
                }

                for (int i = 1; i < len; i++)
                {
                    for (int p = 0; p < l; p++)
                    {
                        double ap = alpha[(i - 1) * l + p];
                        if (double.IsNegativeInfinity(ap)) continue;
                        for (int y = 0; y < l; y++)
                        {
                            if (!legal[p * l + y]) continue;
                            double pm = Math.Exp(ap + tv[p * l + y] * scale + e[i * l + y] + beta[i * l + y] - logZ);
                            double observed = gold[i - 1] == p && gold[i] == y ? 1 : 0;
                            tv[p * l + y] += step * (observed - pm);
                        }
                    }
                }
            }

            double norm = 0;
            foreach (double x in v) norm += x * x;
            norm *= scale * scale;
            log?.WriteLine($"epoch {epoch}: loss {loss / n:F4}, objective {loss / n + lambda * norm / 2:F4}");
            if (_options.OnEpoch is not null && epoch < _options.Epochs) _options.OnEpoch(epoch, Build(m, v, tv, scale, l));
        }

        var model = Build(m, v, tv, scale, l);
        _options.OnEpoch?.Invoke(_options.Epochs, model);
        return model;
    }

    private LinearChainModel Build(TrainingMatrix m, double[] v, double[] tv, double scale, int l)
        => PerceptronTrainer.Build(_tags, m.Index, m.Copies, _options.PruneBelow, l,
            (r, y) => (float)(v[r * l + y] * scale), x => (float)(tv[x] * scale));

    private static double LogSumExp(ReadOnlySpan<double> x)
    {
        double max = double.NegativeInfinity;
        foreach (double a in x)
        {
            if (a > max) max = a;
        }

        if (double.IsNegativeInfinity(max)) return max;
        double sum = 0;
        foreach (double a in x) sum += Math.Exp(a - max);
        return max + Math.Log(sum);
    }
}
