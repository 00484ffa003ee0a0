using System.Buffers.Binary;
using System.IO.Compression;
using System.Runtime.CompilerServices;

namespace Extraction.Arabic.Entities.Features;

/// <summary>A read-only table from normalized words to three nested cluster ids, with allocation-free lookups.</summary>
/// <remarks>
/// <para>Binary format, little-endian, inside a gzip stream (written by the training tool's <c>word-clusters</c>
/// command):</para>
/// <list type="number">
/// <item>the four ASCII bytes <c>EAWC</c> and an <see cref="int"/> format version (<see cref="FormatVersion"/>);</item>
/// <item>three <see cref="int"/> class counts, coarse to fine (for example 64, 256, 1024);</item>
/// <item>for each fine class, its middle class as a <see cref="ushort"/>; then for each middle class, its coarse class;</item>
/// <item>an <see cref="int"/> word count; then, for each fine class in order, an <see cref="int"/> member count and
/// the members, each a byte length (1–255) followed by that many UTF-16LE code units.</item>
/// </list>
/// <para>Words are stored with every digit replaced by <c>0</c> (see <see cref="Shape"/>); lookups apply the same
/// shape on the fly, so <c>2011</c> and <c>1999</c> share the key <c>0000</c>. The index is an open-addressing hash
/// table (FNV-1a over the shaped UTF-16 code units, linear probing, load factor at most one half) over one
/// character array, so a lookup allocates nothing.</para>
/// <para>Immutable after construction and thread-safe.</para>
/// </remarks>
internal sealed class WordClusterTable
{
    /// <summary>The format version this reader understands.</summary>
    public const int FormatVersion = 1;

    /// <summary>The longest word (in UTF-16 code units) the format can hold.</summary>
    public const int MaxWordLength = 255;

    /// <summary>The four magic bytes at the start of the uncompressed data (<c>EAWC</c>).</summary>
    public static ReadOnlySpan<byte> Magic => "EAWC"u8;

    private const char Alef = '\u0627';
    private const char Lam = '\u0644';

    // Proclitic sequences for TryGetStrippingProclitics, longest first: conjunction و/ف, then preposition ب/ل/ك.
    // A leading لل (and ولل, فلل) is the preposition ل fused with the article ال, whose alef is dropped in writing.
    private static readonly string[] s_lamArticlePrefixes = ["\u0648\u0644\u0644", "\u0641\u0644\u0644", "\u0644\u0644"];
    private static readonly string[] s_proclitics =
    [
        "\u0648\u0628", "\u0648\u0644", "\u0648\u0643", "\u0641\u0628", "\u0641\u0644", "\u0641\u0643",
        "\u0648", "\u0641", "\u0628", "\u0644", "\u0643",
    ];

    private readonly char[] _chars;
    private readonly int[] _starts;
    private readonly ushort[] _fine;
    private readonly ushort[] _fineToMiddle;
    private readonly ushort[] _middleToCoarse;
    private readonly int[] _slots;
    private readonly int _mask;
    private readonly int _maxLength;

    private WordClusterTable(char[] chars, int[] starts, ushort[] fine, ushort[] fineToMiddle, ushort[] middleToCoarse, int coarseCount)
    {
        _chars = chars;
        _starts = starts;
        _fine = fine;
        _fineToMiddle = fineToMiddle;
        _middleToCoarse = middleToCoarse;
        CoarseCount = coarseCount;

        int count = fine.Length;
        int size = 16;
        while (size < count * 2) size <<= 1;
        _slots = new int[size];
        _mask = size - 1;
        for (int i = 0; i < count; i++)
        {
            ReadOnlySpan<char> word = WordAt(i);
            _maxLength = Math.Max(_maxLength, word.Length);
            int slot = (int)(Hash(word) & (uint)_mask);
            while (_slots[slot] != 0)
            {
                if (Matches(word, _slots[slot] - 1)) throw new InvalidDataException($"Duplicate word at index {i}.");
                slot = (slot + 1) & _mask;
            }

            _slots[slot] = i + 1;
        }
    }

    /// <summary>The number of words in the table.</summary>
    public int Count => _fine.Length;

    /// <summary>The number of coarse classes.</summary>
    public int CoarseCount { get; }

    /// <summary>The number of middle classes.</summary>
    public int MiddleCount => _middleToCoarse.Length;

    /// <summary>The number of fine classes.</summary>
    public int FineCount => _fineToMiddle.Length;

    /// <summary>Reads a table from a gzip stream in the format described on the type.</summary>
    /// <param name="gzip">The compressed stream; it is read to the end but not disposed.</param>
    /// <returns>The table.</returns>
    /// <exception cref="InvalidDataException">The data is not in the expected format.</exception>
    public static WordClusterTable ReadCompressed(Stream gzip)
    {
        ArgumentNullException.ThrowIfNull(gzip);
        using var inflated = new GZipStream(gzip, CompressionMode.Decompress, leaveOpen: true);
        using var buffer = new MemoryStream();
        inflated.CopyTo(buffer);
        return Read(buffer.GetBuffer().AsSpan(0, checked((int)buffer.Length)));
    }

    /// <summary>Reads a table from uncompressed data in the format described on the type.</summary>
    /// <param name="data">The uncompressed bytes.</param>
    /// <returns>The table.</returns>
    /// <exception cref="InvalidDataException">The data is not in the expected format.</exception>
    public static WordClusterTable Read(ReadOnlySpan<byte> data)
    {
        var reader = new SpanReader(data);
        if (!reader.Bytes(4).SequenceEqual(Magic)) throw new InvalidDataException("Not a word-cluster table (bad magic).");
        int version = reader.Int32();
        if (version != FormatVersion) throw new InvalidDataException($"Unsupported word-cluster format version {version}.");
        int coarse = reader.Int32();
        int middle = reader.Int32();
        int fine = reader.Int32();
        if (coarse is < 1 or > ushort.MaxValue || middle < coarse || middle > ushort.MaxValue || fine < middle || fine > ushort.MaxValue)
            throw new InvalidDataException("Bad class counts.");

        var fineToMiddle = new ushort[fine];
        for (int i = 0; i < fine; i++) fineToMiddle[i] = reader.Class(middle);
        var middleToCoarse = new ushort[middle];
        for (int i = 0; i < middle; i++) middleToCoarse[i] = reader.Class(coarse);

        int words = reader.Int32();
        if (words < 0 || words > data.Length / 3) throw new InvalidDataException("Bad word count.");
        var fineOf = new ushort[words];
        var starts = new int[words + 1];
        var chars = new char[data.Length / 2];
        int n = 0, w = 0;
        for (int c = 0; c < fine; c++)
        {
            int members = reader.Int32();
            if (members < 0 || members > words - w) throw new InvalidDataException("Bad member count.");
            for (int m = 0; m < members; m++)
            {
                int length = reader.Bytes(1)[0];
                if (length == 0) throw new InvalidDataException("Empty word.");
                ReadOnlySpan<byte> units = reader.Bytes(length * 2);
                for (int k = 0; k < length; k++) chars[n++] = (char)BinaryPrimitives.ReadUInt16LittleEndian(units[(k * 2)..]);
                fineOf[w++] = (ushort)c;
                starts[w] = n;
            }
        }

        if (w != words || !reader.AtEnd) throw new InvalidDataException("Word count does not match the data.");
        return new WordClusterTable(chars.AsSpan(0, n).ToArray(), starts, fineOf, fineToMiddle, middleToCoarse, coarse);
    }

    /// <summary>Looks up a word.</summary>
    /// <param name="normalizedWord">The word, normalized by <c>ArabicNormalizer.Default</c>; digits of any digit set
    /// are shaped to <c>0</c> here.</param>
    /// <param name="coarse">The coarse class, or 0 when not found.</param>
    /// <param name="middle">The middle class (a refinement of <paramref name="coarse"/>), or 0 when not found.</param>
    /// <param name="fine">The fine class (a refinement of <paramref name="middle"/>), or 0 when not found.</param>
    /// <returns>Whether the word is in the table.</returns>
    public bool TryGet(ReadOnlySpan<char> normalizedWord, out ushort coarse, out ushort middle, out ushort fine)
    {
        int index = IndexOf(normalizedWord);
        if (index < 0)
        {
            coarse = middle = fine = 0;
            return false;
        }

        fine = _fine[index];
        middle = _fineToMiddle[fine];
        coarse = _middleToCoarse[middle];
        return true;
    }

    /// <summary>Looks up a word, and when it is unknown, the word without its leading proclitics.</summary>
    /// <param name="normalizedWord">The word (digits shaped on the fly).</param>
    /// <param name="coarse">The coarse class, or 0 when nothing was found.</param>
    /// <param name="middle">The middle class, or 0 when nothing was found.</param>
    /// <param name="fine">The fine class, or 0 when nothing was found.</param>
    /// <param name="strippedLength">How many leading characters were dropped: 0 when the whole word was found.</param>
    /// <returns>Whether the word or a stripped form of it is in the table.</returns>
    /// <remarks>The rules are listed on <see cref="WordClusters.TryGetClustersStrippingProclitics"/>. Allocation-free.</remarks>
    public bool TryGetStrippingProclitics(ReadOnlySpan<char> normalizedWord, out ushort coarse, out ushort middle, out ushort fine, out int strippedLength)
    {
        strippedLength = 0;
        if (TryGet(normalizedWord, out coarse, out middle, out fine)) return true;
        if (normalizedWord.Length < 3 || normalizedWord.Length > MaxWordLength) return false;

        Span<char> buffer = stackalloc char[MaxWordLength + 2];
        foreach (string prefix in s_lamArticlePrefixes)
        {
            if (normalizedWord.Length < prefix.Length + 2 || !normalizedWord.StartsWith(prefix, StringComparison.Ordinal)) continue;

            // (و|ف)?لل + rest → ال + rest.
            ReadOnlySpan<char> rest = normalizedWord[prefix.Length..];
            buffer[0] = Alef;
            buffer[1] = Lam;
            rest.CopyTo(buffer[2..]);
            if (TryGet(buffer[..(rest.Length + 2)], out coarse, out middle, out fine))
            {
                strippedLength = prefix.Length - 1;
                return true;
            }

            break;
        }

        foreach (string prefix in s_proclitics)
        {
            if (normalizedWord.Length < prefix.Length + 2 || !normalizedWord.StartsWith(prefix, StringComparison.Ordinal)) continue;
            if (TryGet(normalizedWord[prefix.Length..], out coarse, out middle, out fine))
            {
                strippedLength = prefix.Length;
                return true;
            }
        }

        coarse = middle = fine = 0;
        return false;
    }

    /// <summary>Finds the index of a word.</summary>
    /// <param name="normalizedWord">The word (digits shaped on the fly).</param>
    /// <returns>The index in <c>[0, Count)</c>, or -1 when the word is not in the table.</returns>
    public int IndexOf(ReadOnlySpan<char> normalizedWord)
    {
        if (normalizedWord.IsEmpty || normalizedWord.Length > _maxLength) return -1;
        int slot = (int)(Hash(normalizedWord) & (uint)_mask);
        while (true)
        {
            int entry = _slots[slot];
            if (entry == 0) return -1;
            if (Matches(normalizedWord, entry - 1)) return entry - 1;
            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>The stored (digit-shaped) word at an index.</summary>
    /// <param name="index">An index in <c>[0, Count)</c>.</param>
    /// <returns>The word.</returns>
    public ReadOnlySpan<char> WordAt(int index) => _chars.AsSpan(_starts[index], _starts[index + 1] - _starts[index]);

    /// <summary>The fine class of the word at an index.</summary>
    /// <param name="index">An index in <c>[0, Count)</c>.</param>
    /// <returns>The fine class.</returns>
    public ushort FineAt(int index) => _fine[index];

    /// <summary>The middle class that contains a fine class.</summary>
    /// <param name="fine">A fine class.</param>
    /// <returns>The middle class.</returns>
    public ushort MiddleOf(ushort fine) => _fineToMiddle[fine];

    /// <summary>The coarse class that contains a middle class.</summary>
    /// <param name="middle">A middle class.</param>
    /// <returns>The coarse class.</returns>
    public ushort CoarseOf(ushort middle) => _middleToCoarse[middle];

    /// <summary>Maps every digit (ASCII, Arabic-Indic, Persian) to <c>0</c> and leaves other characters alone.</summary>
    /// <param name="c">A character.</param>
    /// <returns>The shaped character.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char Shape(char c) =>
        (uint)(c - '0') <= 9 || (uint)(c - '\u0660') <= 9 || (uint)(c - '\u06F0') <= 9 ? '0' : c;

    private static uint Hash(ReadOnlySpan<char> word)
    {
        uint h = 2166136261;
        foreach (char c in word) h = (h ^ Shape(c)) * 16777619;
        return h;
    }

    private bool Matches(ReadOnlySpan<char> word, int index)
    {
        int start = _starts[index];
        if (_starts[index + 1] - start != word.Length) return false;
        for (int i = 0; i < word.Length; i++)
        {
            if (_chars[start + i] != Shape(word[i])) return false;
        }

        return true;
    }

    private ref struct SpanReader(ReadOnlySpan<byte> data)
    {
        private readonly ReadOnlySpan<byte> _data = data;
        private int _pos;

        public readonly bool AtEnd => _pos == _data.Length;

        public ReadOnlySpan<byte> Bytes(int count)
        {
            if (count > _data.Length - _pos) throw new InvalidDataException("Unexpected end of word-cluster data.");
            ReadOnlySpan<byte> s = _data.Slice(_pos, count);
            _pos += count;
            return s;
        }

        public int Int32() => BinaryPrimitives.ReadInt32LittleEndian(Bytes(4));

        public ushort Class(int limit)
        {
            ushort c = BinaryPrimitives.ReadUInt16LittleEndian(Bytes(2));
            return c < limit ? c : throw new InvalidDataException("Class id out of range.");
        }
    }
}
