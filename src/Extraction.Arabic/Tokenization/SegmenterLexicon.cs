using System.Globalization;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;

namespace Extraction.Arabic.Tokenization;

/// <summary>How the clitic-segmented corpora split one surface word: counts of observations per decision.</summary>
/// <param name="ConjunctionKept">Times the initial و/ف stayed attached.</param>
/// <param name="ConjunctionSplit">Times the initial و/ف was a separate token.</param>
/// <param name="PrepositionKept">Times the ب/ك/ل after the optional conjunction stayed attached where the corpus
/// would have split it (inside a named entity, not a لل word).</param>
/// <param name="PrepositionSplit">Times that ب/ك/ل was a separate token.</param>
/// <param name="EncliticKept">Times the word ended without a separate pronoun token.</param>
/// <param name="EncliticSplit">Times a pronoun of <paramref name="EncliticLength"/> letters was split off the end.</param>
/// <param name="EncliticLength">Length in letters of the pronoun most often split off (0 when never).</param>
internal readonly record struct SplitEvidence(
    int ConjunctionKept, int ConjunctionSplit, int PrepositionKept, int PrepositionSplit,
    int EncliticKept, int EncliticSplit, int EncliticLength)
{
    public bool IsEmpty => ConjunctionKept == 0 && ConjunctionSplit == 0 && PrepositionKept == 0 && PrepositionSplit == 0
        && EncliticKept == 0 && EncliticSplit == 0;
}

/// <summary>The segmenter's lexicon: normalized word → frequency, hamza flag and split evidence, in an
/// open-addressing hash table that is searched with a span and never allocates.</summary>
/// <remarks>
/// <para>Text format (UTF-8, one entry a line, ordinal order, <c>#</c> starts a comment line):
/// <c>word TAB frequency [TAB flags [TAB ck,cs,pk,ps,ek,es,el]]</c>. <c>flags</c> is <c>-</c>, <c>h</c>
/// (the word starts with ال but is mostly written with a hamzated alef, أل/إل/آل, so its ال is no article), <c>n</c>
/// (the word is a known name) or <c>hn</c>;
/// the seven numbers are a <see cref="SplitEvidence"/>. Words are normalized by
/// <see cref="Text.ArabicNormalizer.Default"/> and contain Arabic letters only.</para>
/// <para>Immutable after loading; thread-safe.</para>
/// </remarks>
internal sealed class SegmenterLexicon
{
    /// <summary>The manifest name of the embedded lexicon.</summary>
    public const string ResourceName = "Extraction.Arabic.Resources.segmenter-lexicon.txt.gz";

    /// <summary>The first line of every lexicon file.</summary>
    public const string Signature = "# Extraction.Arabic segmenter lexicon v1";

    private const byte HamzaFlag = 1;
    private const byte NameFlag = 2;

    private readonly char[] _pool;
    private readonly int[] _start;
    private readonly byte[] _length;
    private readonly int[] _frequency;
    private readonly byte[] _flags;
    private readonly int[] _evidenceIndex;
    private readonly SplitEvidence[] _evidence;
    private readonly int[] _slots;
    private readonly int _mask;

    private SegmenterLexicon(List<(string Word, int Frequency, bool Hamza, bool Name, SplitEvidence Evidence)> entries, IReadOnlyList<string> header)
    {
        Header = header;
        int n = entries.Count;
        int poolSize = 0;
        int evidenceCount = 0;
        foreach (var e in entries)
        {
            poolSize += e.Word.Length;
            if (!e.Evidence.IsEmpty) evidenceCount++;
        }

        _pool = new char[poolSize];
        _start = new int[n];
        _length = new byte[n];
        _frequency = new int[n];
        _flags = new byte[n];
        _evidenceIndex = new int[n];
        _evidence = new SplitEvidence[evidenceCount];
        int size = 16;
        while (size < n * 2) size <<= 1;
        _slots = new int[size];
        _mask = size - 1;

        int p = 0, ev = 0;
        for (int i = 0; i < n; i++)
        {
            var (word, frequency, hamza, name, evidence) = entries[i];
            word.CopyTo(_pool.AsSpan(p));
            _start[i] = p;
            _length[i] = (byte)word.Length;
            p += word.Length;
            _frequency[i] = frequency;
            _flags[i] = (byte)((hamza ? HamzaFlag : 0) | (name ? NameFlag : 0));
            if (evidence.IsEmpty)
            {
                _evidenceIndex[i] = -1;
            }
            else
            {
                _evidence[ev] = evidence;
                _evidenceIndex[i] = ev++;
            }

            uint slot = Hash(word) & (uint)_mask;
            while (_slots[slot] != 0)
            {
                if (Key(_slots[slot] - 1).SequenceEqual(word))
                    throw new InvalidDataException($"Duplicate lexicon word '{word}'.");
                slot = (slot + 1) & (uint)_mask;
            }

            _slots[slot] = i + 1;
        }
    }

    /// <summary>The comment lines at the top of the file (sources, licence, build settings).</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>Number of words.</summary>
    public int Count => _start.Length;

    /// <summary>An empty lexicon (every word unknown).</summary>
    public static SegmenterLexicon Empty { get; } = new([], []);

    /// <summary>Loads the lexicon embedded in this assembly.</summary>
    /// <returns>The lexicon.</returns>
    /// <exception cref="InvalidOperationException">The resource is missing (a packaging error).</exception>
    public static SegmenterLexicon LoadEmbedded()
    {
        using Stream? s = typeof(SegmenterLexicon).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{ResourceName}' is missing.");
        return Load(s);
    }

    /// <summary>Loads a gzip-compressed lexicon file.</summary>
    /// <param name="path">The <c>.txt.gz</c> file.</param>
    /// <returns>The lexicon.</returns>
    public static SegmenterLexicon LoadFile(string path)
    {
        using var f = File.OpenRead(path);
        return Load(f);
    }

    /// <summary>Reads a gzip-compressed lexicon.</summary>
    /// <param name="gzip">The compressed stream (left open).</param>
    /// <returns>The lexicon.</returns>
    /// <exception cref="InvalidDataException">A line is malformed.</exception>
    public static SegmenterLexicon Load(Stream gzip)
    {
        ArgumentNullException.ThrowIfNull(gzip);
        using var z = new GZipStream(gzip, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new StreamReader(z, new UTF8Encoding(false, true));
        var entries = new List<(string, int, bool, bool, SplitEvidence)>(1 << 18);
        var header = new List<string>();
        string? line;
        int lineNumber = 0;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (line.Length == 0) continue;
            if (line[0] == '#')
            {
                if (lineNumber == 1 && line != Signature)
                    throw new InvalidDataException($"Not a segmenter lexicon: the first line is not '{Signature}'.");
                header.Add(line);
                continue;
            }

            entries.Add(ParseLine(line, lineNumber));
        }

        return new SegmenterLexicon(entries, header);
    }

    /// <summary>Writes entries in the text format (the caller compresses).</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="header">Comment lines without the leading <c>#</c>.</param>
    /// <param name="entries">Entries in ordinal order of <c>Word</c>.</param>
    public static void Write(TextWriter writer, IEnumerable<string> header,
        IEnumerable<(string Word, int Frequency, bool Hamza, bool Name, SplitEvidence Evidence)> entries)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(entries);
        writer.Write(Signature);
        writer.Write('\n');
        foreach (string h in header)
        {
            writer.Write("# ");
            writer.Write(h);
            writer.Write('\n');
        }

        var inv = CultureInfo.InvariantCulture;
        foreach (var (word, frequency, hamza, name, e) in entries)
        {
            writer.Write(word);
            writer.Write('\t');
            writer.Write(frequency.ToString(inv));
            if (hamza || name || !e.IsEmpty)
            {
                writer.Write('\t');
                writer.Write(hamza && name ? "hn" : hamza ? "h" : name ? "n" : "-");
            }

            if (!e.IsEmpty)
            {
                writer.Write('\t');
                writer.Write(string.Join(',', new[]
                {
                    e.ConjunctionKept, e.ConjunctionSplit, e.PrepositionKept, e.PrepositionSplit,
                    e.EncliticKept, e.EncliticSplit, e.EncliticLength,
                }.Select(x => x.ToString(inv))));
            }

            writer.Write('\n');
        }
    }

    /// <summary>Finds a word.</summary>
    /// <param name="word">Normalized letters.</param>
    /// <returns>The entry index, or -1.</returns>
    public int Find(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > byte.MaxValue) return -1;
        uint slot = Hash(word) & (uint)_mask;
        int[] slots = _slots;
        while (true)
        {
            int e = slots[slot];
            if (e == 0) return -1;
            if (_length[e - 1] == word.Length && Key(e - 1).SequenceEqual(word)) return e - 1;
            slot = (slot + 1) & (uint)_mask;
        }
    }

    /// <summary>The corpus frequency of a word (0 when unknown).</summary>
    /// <param name="word">Normalized letters.</param>
    /// <returns>The frequency.</returns>
    public int Frequency(ReadOnlySpan<char> word)
    {
        int e = Find(word);
        return e < 0 ? 0 : _frequency[e];
    }

    /// <summary>The frequency of an entry.</summary>
    /// <param name="entry">An index from <see cref="Find"/>.</param>
    /// <returns>The frequency.</returns>
    public int FrequencyOf(int entry) => _frequency[entry];

    /// <summary>Whether the word starts with ال but is mostly written أل/إل/آل (so the ال is no article).</summary>
    /// <param name="entry">An index from <see cref="Find"/>.</param>
    /// <returns>The flag.</returns>
    public bool IsHamzated(int entry) => (_flags[entry] & HamzaFlag) != 0;

    /// <summary>Whether the word is itself a known name (a single-word place or a person-name token in the
    /// gazetteers), so it resists a clitic split.</summary>
    /// <param name="entry">An index from <see cref="Find"/>.</param>
    /// <returns>The flag.</returns>
    public bool IsName(int entry) => (_flags[entry] & NameFlag) != 0;

    /// <summary>The split evidence of an entry (empty when the word never occurred in the segmented corpora).</summary>
    /// <param name="entry">An index from <see cref="Find"/>.</param>
    /// <returns>The evidence.</returns>
    public SplitEvidence EvidenceOf(int entry)
    {
        int i = _evidenceIndex[entry];
        return i < 0 ? default : _evidence[i];
    }

    /// <summary>The word of an entry.</summary>
    /// <param name="entry">An index from <see cref="Find"/>.</param>
    /// <returns>Its normalized letters.</returns>
    public ReadOnlySpan<char> Key(int entry) => _pool.AsSpan(_start[entry], _length[entry]);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Hash(ReadOnlySpan<char> s)
    {
        uint h = 2166136261;
        foreach (char c in s) h = (h ^ c) * 16777619;
        return h ^ (h >> 15);
    }

    private static (string, int, bool, bool, SplitEvidence) ParseLine(string line, int lineNumber)
    {
        string[] f = line.Split('\t');
        if (f.Length is < 2 or > 4 || f[0].Length is 0 or > byte.MaxValue
            || !int.TryParse(f[1], NumberStyles.None, CultureInfo.InvariantCulture, out int frequency))
            throw new InvalidDataException($"Lexicon line {lineNumber} is malformed.");
        string flags = f.Length >= 3 ? f[2] : "-";
        if (flags is not ("-" or "h" or "n" or "hn")) throw new InvalidDataException($"Lexicon line {lineNumber} has bad flags.");
        bool hamza = flags[0] == 'h';
        bool name = flags[^1] == 'n';
        SplitEvidence evidence = default;
        if (f.Length == 4)
        {
            string[] n = f[3].Split(',');
            if (n.Length != 7) throw new InvalidDataException($"Lexicon line {lineNumber} has bad split evidence.");
            var v = new int[7];
            for (int i = 0; i < 7; i++)
            {
                if (!int.TryParse(n[i], NumberStyles.None, CultureInfo.InvariantCulture, out v[i]))
                    throw new InvalidDataException($"Lexicon line {lineNumber} has bad split evidence.");
            }

            evidence = new SplitEvidence(v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
        }

        return (f[0], frequency, hamza, name, evidence);
    }
}
