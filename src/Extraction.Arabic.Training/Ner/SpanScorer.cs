namespace Extraction.Arabic.Training.Ner;

/// <summary>CoNLL exact-span scoring (as conlleval: a predicted span counts only when type, start and end all
/// match), per type and micro-averaged, with a breakdown of the errors.</summary>
internal sealed class SpanScorer
{
    private readonly string[] _types;
    private readonly int[] _tp, _fp, _fn;
    private readonly Dictionary<string, int> _errors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _examples = new(StringComparer.Ordinal);
    private readonly HashSet<string>? _seen;
    private int _seenGold, _seenFound, _unseenGold, _unseenFound;

    /// <param name="types">Type names for the report.</param>
    /// <param name="seenInTraining">Optional "type|text" keys of training mentions, for seen/unseen recall.</param>
    public SpanScorer(string[] types, HashSet<string>? seenInTraining = null)
    {
        _types = types;
        _tp = new int[types.Length];
        _fp = new int[types.Length];
        _fn = new int[types.Length];
        _seen = seenInTraining;
    }

    public void Add(string[] tokens, IReadOnlyList<(int Type, int Start, int End)> gold, IReadOnlyList<(int Type, int Start, int End)> predicted)
    {
        var predSet = new HashSet<(int, int, int)>(predicted);
        var goldSet = new HashSet<(int, int, int)>(gold);
        foreach (var g in gold)
        {
            bool found = predSet.Contains(g);
            if (found) _tp[g.Type]++;
            else
            {
                _fn[g.Type]++;
                Classify(tokens, g, predicted);
            }

            if (_seen is not null)
            {
                bool seen = _seen.Contains(Key(tokens, g));
                if (seen) { _seenGold++; if (found) _seenFound++; }
                else { _unseenGold++; if (found) _unseenFound++; }
            }
        }

        foreach (var p in predicted)
        {
            if (goldSet.Contains(p)) continue;
            _fp[p.Type]++;
            bool overlaps = gold.Any(g => g.Start < p.End && p.Start < g.End);
            if (!overlaps) Count($"spurious {_types[p.Type]}", Text(tokens, p));
        }
    }

    public static string Key(string[] tokens, (int Type, int Start, int End) s) => $"{s.Type}|{Text(tokens, s)}";

    private static string Text(string[] tokens, (int Type, int Start, int End) s) => string.Join(' ', tokens[s.Start..s.End]);

    private void Classify(string[] tokens, (int Type, int Start, int End) g, IReadOnlyList<(int Type, int Start, int End)> predicted)
    {
        string gt = _types[g.Type];
        var sameSpan = predicted.FirstOrDefault(p => p.Start == g.Start && p.End == g.End, (Type: -1, Start: 0, End: 0));
        if (sameSpan.Type >= 0)
        {
            Count($"type {gt} -> {_types[sameSpan.Type]}", Text(tokens, g));
            return;
        }

        var overlap = predicted.Where(p => p.Start < g.End && g.Start < p.End).ToList();
        if (overlap.Count == 0)
        {
            Count($"missed {gt}", Text(tokens, g));
            return;
        }

        var p0 = overlap[0];
        string how = p0.End - p0.Start < g.End - g.Start ? "too short" : p0.End - p0.Start > g.End - g.Start ? "too long" : "shifted";
        if (p0.Type == g.Type) Count($"boundary {gt} ({how})", $"{Text(tokens, g)} / {Text(tokens, p0)}");
        else Count($"boundary+type {gt} -> {_types[p0.Type]}", $"{Text(tokens, g)} / {Text(tokens, p0)}");
    }

    private void Count(string kind, string example)
    {
        _errors[kind] = _errors.GetValueOrDefault(kind) + 1;
        if (!_examples.TryGetValue(kind, out var list)) _examples[kind] = list = [];
        if (list.Count < 6) list.Add(example);
    }

    public double MicroF1
    {
        get
        {
            int tp = _tp.Sum(), fp = _fp.Sum(), fn = _fn.Sum();
            return F1(tp, fp, fn);
        }
    }

    private static double F1(int tp, int fp, int fn) => tp == 0 ? 0 : 200.0 * tp / (2.0 * tp + fp + fn);

    private static double Pct(int a, int b) => b == 0 ? 0 : 100.0 * a / b;

    public void Report(TextWriter o, bool errors = true)
    {
        o.WriteLine($"{"type",-14}{"gold",7}{"pred",7}{"P",8}{"R",8}{"F1",8}");
        for (int t = 0; t < _types.Length; t++)
        {
            int gold = _tp[t] + _fn[t], pred = _tp[t] + _fp[t];
            if (gold == 0 && pred == 0) continue;
            o.WriteLine($"{_types[t],-14}{gold,7}{pred,7}{Pct(_tp[t], pred),8:F2}{Pct(_tp[t], gold),8:F2}{F1(_tp[t], _fp[t], _fn[t]),8:F2}");
        }

        int tp = _tp.Sum(), fp = _fp.Sum(), fn = _fn.Sum();
        o.WriteLine($"{"micro",-14}{tp + fn,7}{tp + fp,7}{Pct(tp, tp + fp),8:F2}{Pct(tp, tp + fn),8:F2}{F1(tp, fp, fn),8:F2}");
        if (_seen is not null)
            o.WriteLine($"recall on mentions seen in training with the same type: {Pct(_seenFound, _seenGold):F1}% of {_seenGold}; unseen: {Pct(_unseenFound, _unseenGold):F1}% of {_unseenGold}");
        if (!errors) return;
        o.WriteLine("errors (gold mentions not found, and spurious predictions):");
        foreach (var (kind, n) in _errors.OrderByDescending(e => e.Value).Take(16))
            o.WriteLine($"  {n,5}  {kind,-34} e.g. {string.Join(" | ", _examples[kind].Take(4))}");
    }
}
