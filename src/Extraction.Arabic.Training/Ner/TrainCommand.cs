using System.Diagnostics;
using System.Globalization;
using Extraction.Arabic.Entities.Features;
using Extraction.Arabic.Entities.Ner;

namespace Extraction.Arabic.Training.Ner;

/// <summary><c>train</c>: trains the entity model from the shared corpora and writes the model file.</summary>
internal static class TrainCommand
{
    public const string Usage = """
        train [--shared DIR] [--corpora anercorp,wikifane,aqmar,wojood(,newsfane)] [--features base,ngrams,clusters,hints]
              [--scheme bio|bilou] [--algorithm perceptron|crf] [--c C] [--eta ETA0] [--epochs N] [--runs N] [--hint-epochs N] [--min-count N] [--target-repeat K] [--no-domain-copies] [--no-auto-lexicon]
              [--out FILE | --no-save] [--dev-out FILE]
            Trains the entity model (averaged perceptron) on the corpora, holding out the last 10% of ANERcorp
            train (whole articles) as dev, reports dev P/R/F1, and writes the model (default: the shipped
            src/Extraction.Arabic/Resources/ner-model.bin.gz). Before that, a first model tags the Wikipedia text
            of corpora/unlabeled-permissive to build a per-word type list (--no-auto-lexicon skips it); --runs N
            averages N runs with different sentence orders.
        """;

    private const int HintFolds = 4;
    private const int HintDropoutPercent = 30;

    public static int Run(string[] args)
    {
        var a = new NerArgs(args, "--no-domain-copies", "--no-save", "--per-epoch", "--no-auto-lexicon");
        var log = Console.Out;
        var clock = Stopwatch.StartNew();
        string shared = a.Get("--shared", NerArgs.SharedRoot);
        string[] corpora = a.Get("--corpora", "anercorp,wikifane,aqmar,wojood").Split(',', StringSplitOptions.RemoveEmptyEntries);
        foreach (string c in corpora)
        {
            if (!NerCorpora.Known.Contains(c))
            {
                Console.Error.WriteLine($"error: unknown corpus '{c}' (known: {string.Join(", ", NerCorpora.Known)})");
                return 2;
            }
        }

        var groups = FeatureGroups.None;
        foreach (string f in a.Get("--features", "base,ngrams,clusters,hints").Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            groups |= f switch
            {
                "base" => FeatureGroups.Base,
                "words" => FeatureGroups.Words,
                "affixes" => FeatureGroups.Affixes,
                "shape" => FeatureGroups.Shape,
                "lexicon" => FeatureGroups.Lexicon,
                "clusters" => FeatureGroups.Clusters,
                "ngrams" => FeatureGroups.CharNgrams,
                "hints" => FeatureGroups.DocumentHints,
                _ => throw new ArgumentException($"unknown feature group '{f}'"),
            };
        }

        var clusters = NerClusters.Default;
        if ((groups & FeatureGroups.Clusters) != 0 && clusters is null)
        {
            Console.Error.WriteLine("error: --features clusters, but this build has no word clusters.");
            return 2;
        }

        var scheme = a.Get("--scheme", "bio") == "bio" ? TagScheme.Bio : TagScheme.Bilou;
        string algorithm = a.Get("--algorithm", "perceptron");
        var tags = new NerTagSet(scheme, NerCorpora.Types);
        int epochs = a.GetInt("--epochs", 16);
        string dir = Path.Combine(shared, "corpora");

        // ANERcorp: the last 10% (whole articles) is the dev set, never trained on.
        var aner = NerCorpora.Read(Path.Combine(dir, "anercorp", "train.txt"), "anercorp");
        int target = aner.Count - (int)Math.Round(aner.Count * 0.1);
        int devStart = aner.FindIndex(target, s => s.Document != aner[target - 1].Document);
        if (devStart < 0) devStart = target;
        var dev = aner.GetRange(devStart, aner.Count - devStart);
        var anerTrain = aner.GetRange(0, devStart);
        log.WriteLine($"anercorp: {aner.Count:N0} sentences, {aner.Select(s => s.Document).Distinct().Count()} articles; dev = sentences {devStart}..{aner.Count - 1} ({dev.Count} sentences, {dev.Sum(s => s.Tokens.Length):N0} tokens, {dev.Sum(s => s.Spans.Count)} mentions)");
        if (a.Has("--dev-out")) WriteConll(a.Get("--dev-out", ""), dev);

        var devWindows = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in dev)
        {
            string letters = NerCorpora.Letters(s.Tokens);
            for (int i = 0; i + 20 <= letters.Length; i++) devWindows.Add(letters.Substring(i, 20));
        }

        var training = new List<NerTrainingSentence>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var used = new List<string>();
        for (int domain = 0; domain < NerCorpora.Known.Length; domain++)
        {
            string name = NerCorpora.Known[domain];
            if (!corpora.Contains(name)) continue;
            List<CorpusSentence> sentences = name switch
            {
                "anercorp" => anerTrain,
                "newsfane" => NerCorpora.Read(Path.Combine(dir, "newsfane", "train.txt"), name),
                "wikifane" => NerCorpora.Read(Path.Combine(dir, "wikifane", "train.txt"), name),
                "aqmar" => NerCorpora.ReadFolder(Path.Combine(dir, "aqmar", "dev"), name),
                "wojood" => [.. NerCorpora.Read(Path.Combine(dir, "wojood-sample", "train.txt"), name),
                             .. NerCorpora.Read(Path.Combine(dir, "wojood-sample", "val.txt"), name, 100000)],
                _ => [],
            };
            int before = sentences.Count;
            sentences = [.. sentences.Where(s => !OverlapsDev(s, devWindows))];
            sentences = [.. sentences.Select(s => s with { Document = domain * 1_000_000 + s.Document })];
            if (name == "anercorp")
            {
                foreach (var s in sentences)
                    foreach (var sp in s.Spans) seen.Add(SpanScorer.Key(s.Tokens, sp));
            }

            training.AddRange(NerCorpora.ToTraining(sentences, tags, domain));
            used.Add($"{name} ({sentences.Count:N0} sentences)");
            log.WriteLine($"{name}: {sentences.Count:N0} sentences ({before - sentences.Count} dropped: they overlap the dev text), {sentences.Sum(s => s.Tokens.Length):N0} tokens, {sentences.Sum(s => s.Spans.Count):N0} mentions");
        }

        int repeat = a.GetInt("--target-repeat", 1);
        if (repeat > 1)
        {
            var anerOnly = training.Where(s => s.Domain == 0).ToList();
            for (int r = 1; r < repeat; r++) training.AddRange(anerOnly);
            log.WriteLine($"anercorp sentences repeated {repeat} times per epoch");
        }

        var lexicon = NerLexiconSources.Build(shared, NerArgs.CuratedFolder, log);
        var options = new PerceptronOptions
        {
            Epochs = epochs,
            MinFeatureCount = a.GetInt("--min-count", 2),
            DomainCopies = !a.Has("--no-domain-copies"),
            Runs = a.GetInt("--runs", 5),
            Log = log,
        };

        if (!a.Has("--no-auto-lexicon"))
        {
            // Self-trained lexicon: a first-pass model (no document hints) tags the Wikipedia text.
            var stage1 = new NerFeatureExtractor(new NerLexicon(lexicon), groups & ~FeatureGroups.DocumentHints, clusters);
            var chain1 = new PerceptronTrainer(stage1, tags, options with { Epochs = a.GetInt("--hint-epochs", 6), Runs = 1, Log = null, OnEpoch = null }).Train(training);
            var tagger1 = new NerTagger(new NerModel(chain1, stage1.Groups, NerFeatureExtractor.Version, lexicon, new Dictionary<string, string>()), clusters);
            string wiki = Path.Combine(dir, "unlabeled-permissive");
            var files = Directory.EnumerateFiles(wiki, "arwiki-*-part*.txt").Order(StringComparer.Ordinal).ToList();
            lexicon = [.. lexicon, .. AutoLexicon.Build(tagger1, files, log)];
            log.WriteLine($"[{clock.Elapsed:mm\\:ss}] auto lexicon built");
        }

        var extractor = new NerFeatureExtractor(new NerLexicon(lexicon), groups, clusters);

        HintSetter? hints = null;
        if ((groups & FeatureGroups.DocumentHints) != 0)
        {
            var firstPass = new NerFeatureExtractor(extractor.Lexicon, groups & ~FeatureGroups.DocumentHints, clusters);
            var stored = CrossValidatedHints(training, firstPass, tags, options with { Epochs = a.GetInt("--hint-epochs", 6), Runs = 1, Log = null, OnEpoch = null }, lexicon, log);
            var topics = Topics(training, firstPass, tags, log);
            hints = (s, attrs) =>
            {
                byte topic = topics[training[s].Document];
                for (int i = 0; i < attrs.Length; i++) attrs[i].Topic = topic;
                byte[]? h = stored[s];
                if (h is null || Dropout(training[s].Document)) return;
                for (int i = 0; i < attrs.Length; i++)
                {
                    attrs[i].HintType = h[3 * i];
                    attrs[i].HintStrength = h[3 * i + 1];
                    attrs[i].HintPosition = h[3 * i + 2];
                }
            };
            log.WriteLine($"[{clock.Elapsed:mm\\:ss}] document hints from {HintFolds}-fold first-pass predictions");
        }

        var metadata = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["algorithm"] = algorithm == "crf"
                ? $"linear-chain CRF (Lafferty et al. 2001), SGD with L2 (C={a.Get("--c", "1")}, eta0={a.Get("--eta", "0.1")}), {epochs} epochs, seed {options.Seed}"
                : $"averaged structured perceptron (Collins 2002), {epochs} epochs, {options.Runs} run(s) mixed (McDonald et al. 2010), seed {options.Seed}",
            ["scheme"] = scheme.ToString().ToUpperInvariant(),
            ["features"] = groups.ToString(),
            ["featureSetVersion"] = NerFeatureExtractor.Version.ToString(CultureInfo.InvariantCulture),
            ["dependencies"] = NerFeatureExtractor.DependencyFingerprint(),
            ["trainingCorpora"] = string.Join("; ", used),
            ["devSet"] = $"ANERcorp CAMeL train, sentences {devStart}-{aner.Count - 1} (last 10%, whole articles; never trained on)",
            ["licence"] = "Derived from CC BY-SA corpora (ANERcorp CC BY-SA 4.0; NewsFANE/WikiFANE/AQMAR CC BY-SA 3.0; Arabic Wikipedia CC BY-SA 4.0), Wojood sample (MIT), GeoNames (CC BY 4.0), mledoze/countries (ODbL 1.0), Wikidata name tokens (MIT/CC0). See THIRD-PARTY-NOTICES.md.",
        };

        double bestF1 = 0;
        var trainer = new PerceptronTrainer(extractor, tags, options with
        {
            OnEpoch = a.Has("--per-epoch") ? (epoch, m) =>
            {
                var tagger = new NerTagger(new NerModel(m, groups, NerFeatureExtractor.Version, lexicon, metadata), clusters);
                double f1 = NerEvaluation.Score(tagger, dev, NerCorpora.AnercorpTypes).MicroF1;
                log.WriteLine($"[{clock.Elapsed:mm\\:ss}]   dev micro-F1 after epoch {epoch}: {f1:F2}");
            } : null,
        });
        LinearChainModel chain;
        if (algorithm == "crf")
        {
            var crf = new CrfTrainer(extractor, tags, new CrfOptions
            {
                Epochs = epochs,
                MinFeatureCount = options.MinFeatureCount,
                DomainCopies = options.DomainCopies,
                C = double.Parse(a.Get("--c", "1"), CultureInfo.InvariantCulture),
                Eta0 = double.Parse(a.Get("--eta", "0.1"), CultureInfo.InvariantCulture),
                Log = log,
                OnEpoch = a.Has("--per-epoch") ? (epoch, m) =>
                {
                    var tagger = new NerTagger(new NerModel(m, groups, NerFeatureExtractor.Version, lexicon, metadata), clusters);
                    double f1 = NerEvaluation.Score(tagger, dev, NerCorpora.AnercorpTypes).MicroF1;
                    log.WriteLine($"[{clock.Elapsed:mm\\:ss}]   dev micro-F1 after epoch {epoch}: {f1:F2}");
                } : null,
            });
            chain = crf.Train(training, hints);
        }
        else
        {
            chain = trainer.Train(training, hints);
        }

        log.WriteLine($"[{clock.Elapsed:mm\\:ss}] trained: {chain.FeatureCount:N0} features with non-zero weights");

        var final = new NerTagger(new NerModel(chain, groups, NerFeatureExtractor.Version, lexicon, metadata), clusters);
        var score = NerEvaluation.Score(final, dev, NerCorpora.AnercorpTypes, seen);
        log.WriteLine("dev (held-out ANERcorp articles), CoNLL exact spans:");
        score.Report(log);
        bestF1 = score.MicroF1;
        metadata["devMicroF1"] = bestF1.ToString("F2", CultureInfo.InvariantCulture);

        if (!a.Has("--no-save"))
        {
            string outPath = a.Get("--out", NerArgs.ShippedModelPath);
            var model = new NerModel(chain, groups, NerFeatureExtractor.Version, lexicon, metadata);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outPath))!);
            using (var f = File.Create(outPath)) model.Save(f);
            log.WriteLine($"wrote {outPath} ({new FileInfo(outPath).Length / 1024.0 / 1024.0:F2} MB)");
        }

        log.WriteLine($"[{clock.Elapsed:mm\\:ss}] done");
        return 0;
    }

    /// <summary>The topic of every training document (see <see cref="DocumentTopic"/>).</summary>
    private static Dictionary<int, byte> Topics(List<NerTrainingSentence> training, NerFeatureExtractor features, NerTagSet tags, TextWriter log)
    {
        var counters = new Dictionary<int, DocumentTopic>();
        var scratch = new NerScratch();
        foreach (var s in training)
        {
            if (s.Tokens.Length == 0) continue;
            features.Analyze(s.Tokens, scratch, tags.Count);
            if (!counters.TryGetValue(s.Document, out var topic)) counters[s.Document] = topic = new DocumentTopic();
            topic.Add(scratch.Attributes.AsSpan(0, s.Tokens.Length));
        }

        var result = training.Select(s => s.Document).Distinct().ToDictionary(d => d, _ => DocumentTopic.None);
        foreach (var (doc, topic) in counters) result[doc] = topic.Topic;
        log.WriteLine($"document topics: {result.Values.Count(t => t == DocumentTopic.Sports)} sports, {result.Values.Count(t => t == DocumentTopic.Business)} business of {result.Count} documents");
        return result;
    }

    private static bool Dropout(int document) => (uint)(document * 2654435761u) % 100 < HintDropoutPercent;

    private static bool OverlapsDev(CorpusSentence s, HashSet<string> devWindows)
    {
        string letters = NerCorpora.Letters(s.Tokens);
        if (letters.Length < 20) return false;
        int windows = 0, hits = 0;
        for (int i = 0; i + 20 <= letters.Length; i += 10)
        {
            windows++;
            if (devWindows.Contains(letters.Substring(i, 20))) hits++;
        }

        return hits * 3 >= windows;
    }

    /// <summary>Document hints for every training sentence, from first-pass models that did not see its document
    /// (k-fold over documents), as three bytes per token (type, strength, position).</summary>
    private static byte[]?[] CrossValidatedHints(
        List<NerTrainingSentence> training, NerFeatureExtractor firstPass, NerTagSet tags, PerceptronOptions options,
        List<(uint, string)> lexicon, TextWriter log)
    {
        var docs = training.Select(s => s.Document).Distinct().ToList();
        var foldOf = new Dictionary<int, int>();
        for (int i = 0; i < docs.Count; i++) foldOf[docs[i]] = i % HintFolds;
        var result = new byte[]?[training.Count];
        for (int fold = 0; fold < HintFolds; fold++)
        {
            var part = training.Where(s => foldOf[s.Document] != fold).ToList();
            var chain = new PerceptronTrainer(firstPass, tags, options).Train(part);
            var model = new NerModel(chain, firstPass.Groups, NerFeatureExtractor.Version, lexicon, new Dictionary<string, string>());
            var tagger = new NerTagger(model, null);
            var scratch = new NerScratch();
            var indices = Enumerable.Range(0, training.Count).Where(i => foldOf[training[i].Document] == fold).ToList();
            foreach (var doc in indices.GroupBy(i => training[i].Document))
            {
                var members = doc.ToList();
                var keys = new uint[members.Count][];
                var stripKeys = new uint[members.Count][];
                var predicted = new int[members.Count][];
                for (int m = 0; m < members.Count; m++)
                {
                    var tokens = training[members[m]].Tokens;
                    predicted[m] = new int[tokens.Length];
                    keys[m] = new uint[tokens.Length];
                    stripKeys[m] = new uint[tokens.Length];
                    if (tokens.Length == 0) continue;
                    tagger.TagSentence(tokens, predicted[m]);
                    firstPass.Analyze(tokens, scratch, tags.Count);
                    for (int i = 0; i < tokens.Length; i++)
                    {
                        keys[m][i] = scratch.Attributes[i].LexKey;
                        stripKeys[m][i] = scratch.Attributes[i].StripKey;
                    }
                }

                var hints = DocumentHints.Collect(tags, keys, stripKeys, predicted);
                for (int m = 0; m < members.Count; m++)
                {
                    int n = keys[m].Length;
                    var attrs = new NerTokenAttributes[n];
                    hints.Apply(attrs, m);
                    var bytes = new byte[3 * n];
                    for (int i = 0; i < n; i++)
                    {
                        bytes[3 * i] = attrs[i].HintType;
                        bytes[3 * i + 1] = attrs[i].HintStrength;
                        bytes[3 * i + 2] = attrs[i].HintPosition;
                    }

                    result[members[m]] = bytes;
                }
            }

            log.WriteLine($"  hint fold {fold + 1}/{HintFolds} done");
        }

        return result;
    }

    private static void WriteConll(string path, List<CorpusSentence> sentences)
    {
        using var w = new StreamWriter(path, false, new System.Text.UTF8Encoding(false));
        foreach (var s in sentences)
        {
            var tags = new string[s.Tokens.Length];
            Array.Fill(tags, "O");
            foreach (var (type, start, end) in s.Spans)
            {
                tags[start] = "B-" + NerCorpora.AnercorpTypes[type];
                for (int i = start + 1; i < end; i++) tags[i] = "I-" + NerCorpora.AnercorpTypes[type];
            }

            for (int i = 0; i < s.Tokens.Length; i++) w.Write($"{s.Tokens[i]} {tags[i]}\n");
            w.Write('\n');
        }
    }
}
