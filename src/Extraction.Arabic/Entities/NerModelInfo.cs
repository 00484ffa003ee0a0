using System.Collections.Immutable;
using System.Globalization;
using Extraction.Arabic.Entities.Ner;

namespace Extraction.Arabic.Entities;

/// <summary>What the shipped named-entity model is: how it was trained, on what, how well it scored on held-out
/// data, and the hash of the file.</summary>
/// <remarks>
/// <para>The model is a first-order linear-chain sequence labeller over sparse hashed features, trained with the
/// averaged structured perceptron (Collins 2002) and decoded with Viterbi over legal BIO tag sequences. It is
/// embedded as <c>Extraction.Arabic.Resources.ner-model.bin.gz</c> and loaded once, on first use.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class NerModelInfo
{
    private static readonly Lazy<NerModelInfo> s_shipped = new(
        () => From(NerModelStore.Shipped), LazyThreadSafetyMode.ExecutionAndPublication);

    private NerModelInfo()
    {
    }

    /// <summary>The model embedded in this package (loads it on first access).</summary>
    /// <exception cref="InvalidOperationException">The package was built without an entity model.</exception>
    public static NerModelInfo Shipped => s_shipped.Value;

    /// <summary>SHA-256 of the compressed model file, lower-case hexadecimal.</summary>
    public string Sha256 { get; private init; } = "";

    /// <summary>Size of the compressed model file in bytes.</summary>
    public long FileSize { get; private init; }

    /// <summary>The version of the feature templates the model was trained with.</summary>
    public int FeatureSetVersion { get; private init; }

    /// <summary>The feature groups the model uses (e.g. <c>Words, Affixes, Shape, Lexicon, DocumentHints</c>).</summary>
    public string FeatureGroups { get; private init; } = "";

    /// <summary>The corpora the model was trained on, with their sizes.</summary>
    public ImmutableArray<string> TrainingCorpora { get; private init; } = [];

    /// <summary>The entity types the model tags (<c>PERSON</c>, <c>ORGANIZATION</c>, <c>LOCATION</c>, <c>MISC</c>).</summary>
    public ImmutableArray<string> EntityTypes { get; private init; } = [];

    /// <summary>The tag encoding (<c>BILOU</c> or <c>BIO</c>).</summary>
    public string TagScheme { get; private init; } = "";

    /// <summary>How the model was trained.</summary>
    public string Algorithm { get; private init; } = "";

    /// <summary>Which data the reported score comes from (never trained on).</summary>
    public string DevSet { get; private init; } = "";

    /// <summary>CoNLL exact-span micro-F1 (percent) over PERS/LOC/ORG/MISC on <see cref="DevSet"/>, or NaN.</summary>
    public double DevMicroF1 { get; private init; }

    /// <summary>Number of features with non-zero weights.</summary>
    public int FeatureCount { get; private init; }

    /// <summary>Number of lexicon entries compiled into the model.</summary>
    public int LexiconEntryCount { get; private init; }

    /// <summary>All metadata stored in the file, by key.</summary>
    public ImmutableDictionary<string, string> Metadata { get; private init; } = ImmutableDictionary<string, string>.Empty;

    internal static NerModelInfo From(NerModel model)
    {
        string Meta(string key) => model.Metadata.TryGetValue(key, out string? v) ? v : "";
        return new NerModelInfo
        {
            Sha256 = model.Sha256 ?? "",
            FileSize = model.FileSize,
            FeatureSetVersion = model.FeatureVersion,
            FeatureGroups = model.Groups.ToString(),
            TrainingCorpora = [.. Meta("trainingCorpora").Split("; ", StringSplitOptions.RemoveEmptyEntries)],
            EntityTypes = [.. model.Tags.Types],
            TagScheme = model.Tags.Scheme.ToString().ToUpperInvariant(),
            Algorithm = Meta("algorithm"),
            DevSet = Meta("devSet"),
            DevMicroF1 = double.TryParse(Meta("devMicroF1"), NumberStyles.Float, CultureInfo.InvariantCulture, out double f) ? f : double.NaN,
            FeatureCount = model.Chain.FeatureCount,
            LexiconEntryCount = model.LexiconEntries.Count,
            Metadata = model.Metadata.ToImmutableDictionary(StringComparer.Ordinal),
        };
    }
}
