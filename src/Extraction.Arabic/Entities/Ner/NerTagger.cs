using Extraction.Arabic.Entities.Features;

namespace Extraction.Arabic.Entities.Ner;

/// <summary>Tags sentences and documents with a <see cref="NerModel"/>.</summary>
/// <remarks>
/// <para>When the model uses <see cref="FeatureGroups.DocumentHints"/>, a document is tagged twice: the first pass
/// has no hints; from its output, every word key (the article-stripped folded form) that was tagged as part of an
/// entity elsewhere in the document gets a hint: the majority type among its other occurrences, how clear that
/// majority is, and where in the span it usually stands. The second pass uses them. This is the two-stage approach
/// of Krishnan and Manning (ACL 2006, "An Effective Two-Stage Model for Exploiting Non-Local Dependencies in Named
/// Entity Recognition") with one model trained on documents with and without hints.</para>
/// <para>Immutable and thread-safe: buffers are per thread.</para>
/// </remarks>
internal sealed class NerTagger
{
    public NerTagger(NerModel model, ClusterLookup? clusters)
    {
        Model = model;
        Features = new NerFeatureExtractor(model.Lexicon, model.Groups, clusters);
    }

    public NerModel Model { get; }

    public NerFeatureExtractor Features { get; }

    public NerTagSet Tags => Model.Tags;

    /// <summary>Tags one sentence without document hints.</summary>
    public void TagSentence(ReadOnlySpan<NerToken> tokens, Span<int> tags)
    {
        if (tokens.IsEmpty) return;
        var scratch = NerScratch.ForThread;
        Features.Analyze(tokens, scratch, Tags.Count);
        Features.Extract(tokens.Length, scratch);
        Score(tokens.Length, scratch);
        Viterbi(scratch.Scores, tokens.Length, scratch, tags);
    }

    private void Score(int n, NerScratch scratch)
    {
        int l = Tags.Count;
        var scores = scratch.Scores.AsSpan(0, n * l);
        var chain = Model.Chain;
        for (int i = 0; i < n; i++)
        {
            chain.Emit(scratch.Features.AsSpan(scratch.Offsets[i], scratch.Offsets[i + 1] - scratch.Offsets[i]), scores.Slice(i * l, l));
        }
    }

    private void Viterbi(ReadOnlySpan<float> scores, int n, NerScratch scratch, Span<int> tags)
    {
        float[] delta = System.Buffers.ArrayPool<float>.Shared.Rent(n * Tags.Count);
        try
        {
            Model.Chain.Decode(scores, n, delta, scratch.Back, tags);
        }
        finally
        {
            System.Buffers.ArrayPool<float>.Shared.Return(delta);
        }
    }

    /// <summary>Tags the sentences of one document, with a second pass when the model uses document hints.</summary>
    /// <remarks>The hint features are the only ones that differ in the second pass: it adds their weights to the
    /// first pass's scores and decodes again, without extracting anything else twice.</remarks>
    public int[][] TagDocument(IReadOnlyList<NerToken[]> sentences)
    {
        int l = Tags.Count;
        bool twoPass = (Model.Groups & FeatureGroups.DocumentHints) != 0;
        var result = new int[sentences.Count][];
        var keys = new uint[sentences.Count][];
        var stripKeys = twoPass ? new uint[sentences.Count][] : null;
        var saved = twoPass ? new SavedToken[sentences.Count][] : null;
        var scores = twoPass ? new float[sentences.Count][] : null;
        var scratch = NerScratch.ForThread;
        var topic = new DocumentTopic();
        for (int s = 0; s < sentences.Count; s++)
        {
            var tokens = sentences[s];
            int n = tokens.Length;
            result[s] = new int[n];
            keys[s] = new uint[n];
            if (twoPass)
            {
                stripKeys![s] = new uint[n];
                saved![s] = [];
                scores![s] = [];
            }

            if (n == 0) continue;
            Features.Analyze(tokens, scratch, l);
            Features.Extract(n, scratch);
            Score(n, scratch);
            Viterbi(scratch.Scores, n, scratch, result[s]);
            var attrs = scratch.Attributes.AsSpan(0, n);
            for (int i = 0; i < n; i++) keys[s][i] = attrs[i].LexKey;
            if (twoPass)
            {
                for (int i = 0; i < n; i++) stripKeys![s][i] = attrs[i].StripKey;
                topic.Add(attrs);
                var keep = saved![s] = new SavedToken[n];
                for (int i = 0; i < n; i++) keep[i] = new SavedToken(attrs[i].Shape, attrs[i].Lex, attrs[i].HasClusters ? attrs[i].C256 : (ushort)0, attrs[i].HasClusters);
                scores![s] = scratch.Scores.AsSpan(0, n * l).ToArray();
            }
        }

        if (!twoPass) return result;
        var hints = DocumentHints.Collect(Tags, keys, stripKeys!, result);
        byte documentTopic = topic.Topic;
        Span<uint> hintFeatures = stackalloc uint[NerFeatureExtractor.MaxHintFeatures];
        for (int s = 0; s < sentences.Count; s++)
        {
            int n = sentences[s].Length;
            if (n == 0) continue;
            var attrs = System.Buffers.ArrayPool<NerTokenAttributes>.Shared.Rent(n);
            var span = attrs.AsSpan(0, n);
            span.Clear();
            var keep = saved![s];
            for (int i = 0; i < n; i++)
            {
                span[i].Shape = keep[i].Shape;
                span[i].Lex = keep[i].Lex;
                span[i].C256 = keep[i].C256;
                span[i].HasClusters = keep[i].HasClusters;
                span[i].Topic = documentTopic;
            }

            hints.Apply(span, s);
            bool any = false;
            float[] sc = scores![s];
            for (int i = 0; i < n; i++)
            {
                int count = NerFeatureExtractor.HintFeatures(span, i, hintFeatures);
                if (count == 0) continue;
                any = true;
                var row = sc.AsSpan(i * l, l);
                foreach (uint f in hintFeatures[..count]) Model.Chain.AddWeights(f, row);
            }

            System.Buffers.ArrayPool<NerTokenAttributes>.Shared.Return(attrs);
            if (any) Viterbi(sc, n, scratch, result[s]);
        }

        return result;
    }
}

/// <summary>What the second pass needs of a token from the first (the attributes its document features read).</summary>
internal readonly record struct SavedToken(uint Shape, uint Lex, ushort C256, bool HasClusters);

/// <summary>The topic of a document, from how many of its words are typical of sports or of business reports
/// (<see cref="LexiconCategory.SportsWord"/>, <see cref="LexiconCategory.BusinessWord"/>).</summary>
/// <remarks>News sections name things differently: in a match report a city name is usually a club (ORG), in a
/// business report a brand is usually a company. The topic is crossed with a few token properties in the second
/// pass (document-level context, as in the global features of Ratinov and Roth, CoNLL 2009, "Design Challenges and
/// Misconceptions in Named Entity Recognition").</remarks>
internal sealed class DocumentTopic
{
    /// <summary>No topic, sports, business.</summary>
    public const byte None = 0, Sports = 1, Business = 2;

    private int _tokens, _sports, _business;

    /// <summary>Counts the words of one analyzed sentence.</summary>
    public void Add(ReadOnlySpan<NerTokenAttributes> attrs)
    {
        foreach (ref readonly var a in attrs)
        {
            _tokens++;
            if ((a.Lex & (uint)LexiconCategory.SportsWord) != 0) _sports++;
            if ((a.Lex & (uint)LexiconCategory.BusinessWord) != 0) _business++;
        }
    }

    /// <summary>The topic whose words make up at least 2% of the tokens (and number at least 3), the more frequent
    /// one if both do.</summary>
    public byte Topic
    {
        get
        {
            int best = Math.Max(_sports, _business);
            if (best < 3 || best * 50 < _tokens) return None;
            return _sports >= _business ? Sports : Business;
        }
    }
}

/// <summary>What a first tagging pass said about each word key in a document (see <see cref="NerTagger"/>).</summary>
internal sealed class DocumentHints
{
    private readonly Dictionary<uint, int[]> _counts = [];
    private readonly uint[][] _keys;
    private readonly uint[][] _stripKeys;
    private readonly int[][] _ownType;
    private readonly int[][] _ownPos;
    private readonly int _types;

    private DocumentHints(int types, uint[][] keys, uint[][] stripKeys, int[][] ownType, int[][] ownPos)
    {
        _types = types;
        _keys = keys;
        _stripKeys = stripKeys;
        _ownType = ownType;
        _ownPos = ownPos;
    }

    /// <summary>Counts, per word key, occurrences (index 0), typed occurrences (1 + type) and span positions
    /// (1 + types + position: 0 single, 1 first, 2 later).</summary>
    /// <remarks>A token whose own key has no typed occurrence elsewhere looks up the key of its clitic-stripped form
    /// (<paramref name="stripKeys"/>, see <see cref="NerLexicon.StripKey"/>).</remarks>
    public static DocumentHints Collect(NerTagSet tagSet, uint[][] keys, uint[][] stripKeys, IReadOnlyList<int[]> tags)
    {
        int types = tagSet.Types.Length;
        var ownType = new int[keys.Length][];
        var ownPos = new int[keys.Length][];
        var hints = new DocumentHints(types, keys, stripKeys, ownType, ownPos);
        for (int s = 0; s < keys.Length; s++)
        {
            int n = keys[s].Length;
            ownType[s] = new int[n];
            ownPos[s] = new int[n];
            ownType[s].AsSpan().Fill(-1);

            foreach (var (type, start, end) in tagSet.Decode(tags[s]))
            {
                for (int i = start; i < end; i++)
                {
                    ownType[s][i] = type;
                    ownPos[s][i] = end - start == 1 ? 0 : i == start ? 1 : 2;
                }
            }

            for (int i = 0; i < n; i++)
            {
                if (!hints._counts.TryGetValue(keys[s][i], out var c)) hints._counts[keys[s][i]] = c = new int[1 + types + 3];
                c[0]++;
                if (ownType[s][i] >= 0)
                {
                    c[1 + ownType[s][i]]++;
                    c[1 + types + ownPos[s][i]]++;
                }
            }
        }

        return hints;
    }

    /// <summary>Sets the hint fields of sentence <paramref name="sentence"/>'s attributes, leaving each token's own
    /// first-pass label out of its counts.</summary>
    public void Apply(Span<NerTokenAttributes> attrs, int sentence)
    {
        Span<int> c = stackalloc int[1 + _types + 3];
        for (int i = 0; i < attrs.Length; i++)
        {
            uint key = _keys[sentence][i];
            bool found = false;
            if (_counts.TryGetValue(key, out var counts))
            {
                counts.CopyTo(c);
                c[0]--;
                int own = _ownType[sentence][i];
                if (own >= 0)
                {
                    c[1 + own]--;
                    c[1 + _types + _ownPos[sentence][i]]--;
                }

                found = Set(ref attrs[i], c);
            }

            uint strip = _stripKeys[sentence][i];
            if (!found && strip != key && _counts.TryGetValue(strip, out counts))
            {
                counts.CopyTo(c);
                Set(ref attrs[i], c);
            }
        }
    }

    private bool Set(ref NerTokenAttributes a, ReadOnlySpan<int> c)
    {
        int best = -1, bestCount = 0;
        for (int t = 0; t < _types; t++)
        {
            if (c[1 + t] > bestCount)
            {
                bestCount = c[1 + t];
                best = t;
            }
        }

        if (best < 0) return false;
        int pos = 0;
        for (int p = 1; p < 3; p++)
        {
            if (c[1 + _types + p] > c[1 + _types + pos]) pos = p;
        }

        a.HintType = (byte)(best + 1);
        a.HintStrength = (byte)(bestCount == c[0] ? 2 : bestCount * 2 > c[0] ? 1 : 0);
        a.HintPosition = (byte)pos;
        return true;
    }
}
