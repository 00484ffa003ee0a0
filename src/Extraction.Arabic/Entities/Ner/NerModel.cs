using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Extraction.Arabic.Entities.Features;

namespace Extraction.Arabic.Entities.Ner;

/// <summary>A trained entity model: the linear-chain weights, the lexicons its features consult, which feature
/// groups it uses, and metadata about how it was trained.</summary>
/// <remarks>
/// <para>File format (little-endian, the whole file gzip-compressed): magic <c>EXNER</c>, format version (int32),
/// metadata (count, then key/value strings), feature-template version, feature groups, tag scheme, entity type
/// names, tag count L, transition weights (L×L), start and end weights (L each), lexicon entries (category bits and
/// phrase), feature count N, the N feature hashes in ascending order as LEB128 deltas, then per feature a LEB128 mask
/// of the tags with a non-zero weight followed by those weights as IEEE half-precision numbers. Strings are
/// length-prefixed UTF-8 (<see cref="BinaryWriter.Write(string)"/>).</para>
/// <para>Immutable after loading; thread-safe.</para>
/// </remarks>
internal sealed class NerModel
{
    private static readonly byte[] s_magic = "EXNER"u8.ToArray();
    private const int FormatVersion = 1;

    public NerModel(
        LinearChainModel chain,
        FeatureGroups groups,
        int featureVersion,
        IReadOnlyList<(uint Flags, string Phrase)> lexiconEntries,
        IReadOnlyDictionary<string, string> metadata)
    {
        Chain = chain;
        Groups = groups;
        FeatureVersion = featureVersion;
        LexiconEntries = lexiconEntries;
        Lexicon = new NerLexicon(lexiconEntries);
        Metadata = metadata;
    }

    public LinearChainModel Chain { get; }

    public NerTagSet Tags => Chain.Tags;

    public FeatureGroups Groups { get; }

    public int FeatureVersion { get; }

    public IReadOnlyList<(uint Flags, string Phrase)> LexiconEntries { get; }

    public NerLexicon Lexicon { get; }

    public IReadOnlyDictionary<string, string> Metadata { get; }

    /// <summary>SHA-256 (lower-case hex) of the compressed file this model was loaded from, or null.</summary>
    public string? Sha256 { get; private init; }

    /// <summary>Size in bytes of the compressed file, or 0.</summary>
    public long FileSize { get; private init; }

    public void Save(Stream destination)
    {
        using var gz = new GZipStream(destination, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(gz, Encoding.UTF8, leaveOpen: true);
        w.Write(s_magic);
        w.Write(FormatVersion);
        w.Write(Metadata.Count);
        foreach (var (k, v) in Metadata.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            w.Write(k);
            w.Write(v);
        }

        w.Write(FeatureVersion);
        w.Write((uint)Groups);
        w.Write((byte)Tags.Scheme);
        w.Write(Tags.Types.Length);
        foreach (string t in Tags.Types) w.Write(t);
        int l = Tags.Count;
        w.Write(l);
        foreach (float x in Chain.Transitions) w.Write(Finite(x));
        foreach (float x in Chain.StartWeights) w.Write(Finite(x));
        foreach (float x in Chain.EndWeights) w.Write(Finite(x));
        w.Write(LexiconEntries.Count);
        foreach (var (flags, phrase) in LexiconEntries)
        {
            w.Write(flags);
            w.Write(phrase);
        }

        uint[] keys = Chain.KeysByRow();
        int[] order = [.. Enumerable.Range(0, keys.Length).OrderBy(r => keys[r])];
        w.Write(keys.Length);
        uint previous = 0;
        foreach (int r in order)
        {
            WriteVarint(w, keys[r] - previous);
            previous = keys[r];
        }

        ReadOnlySpan<float> weights = Chain.Weights;
        foreach (int r in order)
        {
            ReadOnlySpan<float> row = weights.Slice(r * l, l);
            uint mask = 0;
            for (int y = 0; y < l; y++)
            {
                if ((Half)row[y] != Half.Zero) mask |= 1u << y;
            }

            WriteVarint(w, mask);
            for (int y = 0; y < l; y++)
            {
                if ((mask & (1u << y)) != 0) w.Write(BitConverter.HalfToUInt16Bits((Half)row[y]));
            }
        }
    }

    public static NerModel Load(Stream compressed)
    {
        ArgumentNullException.ThrowIfNull(compressed);
        using var buffer = new MemoryStream();
        compressed.CopyTo(buffer);
        byte[] bytes = buffer.ToArray();
        string sha = Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant();
        using var gz = new GZipStream(new MemoryStream(bytes, writable: false), CompressionMode.Decompress);
        using var r = new BinaryReader(gz, Encoding.UTF8);
        byte[] magic = r.ReadBytes(s_magic.Length);
        if (!magic.AsSpan().SequenceEqual(s_magic)) throw new InvalidDataException("Not an entity model file (bad magic).");
        int format = r.ReadInt32();
        if (format != FormatVersion) throw new InvalidDataException($"Unsupported entity model format {format}.");
        int metaCount = r.ReadInt32();
        var meta = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < metaCount; i++) meta[r.ReadString()] = r.ReadString();
        int featureVersion = r.ReadInt32();
        if (featureVersion != NerFeatureExtractor.Version)
            throw new InvalidDataException($"The model was trained with feature version {featureVersion}; this library has {NerFeatureExtractor.Version}.");
        var groups = (FeatureGroups)r.ReadUInt32();
        var scheme = (TagScheme)r.ReadByte();
        int typeCount = r.ReadInt32();
        var types = new string[typeCount];
        for (int i = 0; i < typeCount; i++) types[i] = r.ReadString();
        var tags = new NerTagSet(scheme, types);
        int l = r.ReadInt32();
        if (l != tags.Count) throw new InvalidDataException("Tag count does not match the types.");
        float[] transitions = ReadFloats(r, l * l), start = ReadFloats(r, l), end = ReadFloats(r, l);
        int lexCount = r.ReadInt32();
        var lexicon = new (uint, string)[lexCount];
        for (int i = 0; i < lexCount; i++) lexicon[i] = (r.ReadUInt32(), r.ReadString());
        int n = r.ReadInt32();
        var keys = new uint[n];
        uint previous = 0;
        for (int i = 0; i < n; i++) keys[i] = previous += ReadVarint(r);
        var weights = new float[n * l];
        for (int i = 0; i < n; i++)
        {
            uint mask = ReadVarint(r);
            for (int y = 0; y < l; y++)
            {
                if ((mask & (1u << y)) != 0) weights[i * l + y] = (float)BitConverter.UInt16BitsToHalf(r.ReadUInt16());
            }
        }

        var chain = new LinearChainModel(tags, keys, weights, transitions, start, end);
        return new NerModel(chain, groups, featureVersion, lexicon, meta) { Sha256 = sha, FileSize = bytes.Length };
    }

    private static float Finite(float x) => float.IsNegativeInfinity(x) ? -1e30f : x;

    private static float[] ReadFloats(BinaryReader r, int n)
    {
        var a = new float[n];
        for (int i = 0; i < n; i++) a[i] = r.ReadSingle();
        return a;
    }

    private static void WriteVarint(BinaryWriter w, uint v)
    {
        while (v >= 0x80)
        {
            w.Write((byte)(v | 0x80));
            v >>= 7;
        }

        w.Write((byte)v);
    }

    private static uint ReadVarint(BinaryReader r)
    {
        uint v = 0;
        for (int shift = 0; shift < 35; shift += 7)
        {
            byte b = r.ReadByte();
            v |= (uint)(b & 0x7F) << shift;
            if (b < 0x80) return v;
        }

        throw new InvalidDataException("Bad varint.");
    }
}
