using System.Runtime.CompilerServices;

namespace Extraction.Arabic.Text;

/// <summary>Folds Arabic text to a canonical form for matching, keeping a map back to the original offsets.</summary>
/// <remarks>
/// <para>The mappings, applied character by character (each one is a row in <c>ArabicNormalizerTests</c>):</para>
/// <list type="table">
/// <listheader><term>input</term><description>output</description></listheader>
/// <item><term>أ إ آ ٱ (U+0623, U+0625, U+0622, U+0671) and the wavy-hamza alefs U+0672, U+0673, U+0675</term><description>ا (U+0627)</description></item>
/// <item><term>ى (U+0649 ALEF MAKSURA)</term><description>ي (U+064A), when <see cref="NormalizationOptions.FoldAlefMaksura"/></description></item>
/// <item><term>ة (U+0629 TEH MARBUTA)</term><description>ه (U+0647), when <see cref="NormalizationOptions.FoldTehMarbuta"/></description></item>
/// <item><term>ی (U+06CC FARSI YEH), ک (U+06A9 KEHEH)</term><description>ي, ك, when <see cref="NormalizationOptions.FoldPersianLetters"/></description></item>
/// <item><term>tatweel U+0640; harakat U+064B–U+065F; superscript alef U+0670; Quranic marks U+06D6–U+06ED</term><description>removed</description></item>
/// <item><term>Arabic-Indic digits ٠–٩ (U+0660–U+0669), Persian digits ۰–۹ (U+06F0–U+06F9)</term><description>ASCII 0–9</description></item>
/// <item><term>٫ (U+066B decimal separator), ٬ (U+066C thousands separator), ٪ (U+066A percent)</term><description><c>.</c>, <c>,</c>, <c>%</c></description></item>
/// <item><term>Arabic presentation forms A and B (U+FB50–U+FDFF, U+FE70–U+FEFE)</term><description>their Unicode compatibility decomposition, then folded by the rows above (so the ligature ﻻ becomes لا)</description></item>
/// <item><term>zero-width and bidi controls U+200B–U+200F, U+061C, U+202A–U+202E, U+2060, U+2066–U+2069, U+FEFF</term><description>removed</description></item>
/// <item><term>NBSP (U+00A0), narrow NBSP (U+202F), figure space (U+2007)</term><description>space (U+0020)</description></item>
/// </list>
/// <para>Everything else is copied unchanged, so the result is idempotent: normalizing it again changes nothing.
/// The input is never modified; <see cref="Normalize(string)"/> returns a <see cref="NormalizedText"/> whose map
/// turns a span of the normalized string back into a span of the original.</para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class ArabicNormalizer
{
    private const char Delete = '\0';
    private const char Expand = '\u0001';

    private static readonly Dictionary<char, string> s_expansions = BuildExpansions();

    private readonly char[] _map;

    /// <summary>The normalizer with <see cref="NormalizationOptions.Default"/>.</summary>
    public static ArabicNormalizer Default { get; } = new(NormalizationOptions.Default);

    /// <summary>Creates a normalizer with the given options.</summary>
    /// <param name="options">Which optional folds apply.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public ArabicNormalizer(NormalizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        _map = BuildMap(options);
    }

    /// <summary>The options this normalizer applies.</summary>
    public NormalizationOptions Options { get; }

    /// <summary>The largest number of characters one input character can expand to (U+FDFA).</summary>
    public const int MaxExpansion = 18;

    /// <summary>Normalizes <paramref name="text"/> and keeps the offset map.</summary>
    /// <param name="text">The text to normalize.</param>
    /// <returns>The normalized text and its map to <paramref name="text"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public NormalizedText Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var chars = new char[text.Length];
        var starts = new int[text.Length];
        int n = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char m = _map[text[i]];
            if (m == Delete) continue;
            if (m == Expand)
            {
                string e = s_expansions[text[i]];
                EnsureCapacity(ref chars, ref starts, n + e.Length);
                foreach (char x in e)
                {
                    char y = _map[x];
                    if (y == Delete) continue;
                    chars[n] = y;
                    starts[n++] = i;
                }
                continue;
            }

            EnsureCapacity(ref chars, ref starts, n + 1);
            chars[n] = m;
            starts[n++] = i;
        }

        return new NormalizedText(text, new string(chars, 0, n), starts.AsSpan(0, n).ToArray());
    }

    /// <summary>Normalizes a span into a buffer without allocating.</summary>
    /// <param name="source">The characters to normalize.</param>
    /// <param name="destination">Where to write; <c>source.Length * MaxExpansion</c> is always enough, and
    /// <c>source.Length</c> is enough when the source has no presentation forms.</param>
    /// <param name="written">How many characters were written.</param>
    /// <returns><see langword="false"/> when <paramref name="destination"/> is too small (nothing useful is written).</returns>
    public bool TryNormalize(ReadOnlySpan<char> source, Span<char> destination, out int written)
    {
        // The common case, every character mapped to at most one: a loop without calls, so that the JIT keeps its
        // state in registers. The first presentation form hands the rest over to the general loop.
        int n = 0;
        char[] map = _map;
        for (int i = 0; i < source.Length; i++)
        {
            char c = source[i];
            char m = map[c];
            if (m == c)
            {
                if ((uint)n >= (uint)destination.Length) { written = n; return false; }
                destination[n++] = c;
                continue;
            }

            if (m == Delete) continue;
            if (m == Expand) return TryNormalizeFrom(source, i, destination, n, out written);
            if ((uint)n >= (uint)destination.Length) { written = n; return false; }
            destination[n++] = m;
        }

        written = n;
        return true;
    }

    /// <summary>Goes on with <see cref="TryNormalize"/> from <paramref name="start"/>, <paramref name="n"/> characters written.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool TryNormalizeFrom(ReadOnlySpan<char> source, int start, Span<char> destination, int n, out int written)
    {
        char[] map = _map;
        for (int i = start; i < source.Length; i++)
        {
            char c = source[i];
            char m = map[c];
            if (m == c)
            {
                if ((uint)n >= (uint)destination.Length) { written = n; return false; }
                destination[n++] = c;
                continue;
            }

            if (m == Delete) continue;
            if (m == Expand)
            {
                foreach (char x in s_expansions[c])
                {
                    char y = map[x];
                    if (y == Delete) continue;
                    if ((uint)n >= (uint)destination.Length) { written = n; return false; }
                    destination[n++] = y;
                }

                continue;
            }

            if ((uint)n >= (uint)destination.Length) { written = n; return false; }
            destination[n++] = m;
        }

        written = n;
        return true;
    }

    /// <summary>Normalizes a span to a new string (allocates only when something changes).</summary>
    /// <param name="source">The characters to normalize.</param>
    /// <returns>The normalized string.</returns>
    public string NormalizeToString(ReadOnlySpan<char> source)
    {
        if (source.Length <= 256)
        {
            Span<char> buf = stackalloc char[source.Length * 2];
            if (TryNormalize(source, buf, out int w)) return new string(buf[..w]);
        }

        var big = new char[source.Length * MaxExpansion];
        TryNormalize(source, big, out int written);
        return new string(big, 0, written);
    }

    /// <summary>Whether a character is removed by normalization (a mark, tatweel or format character).</summary>
    /// <param name="c">The character.</param>
    /// <returns><see langword="true"/> when the character has no normalized form.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsRemoved(char c) => _map[c] == Delete;

    private static void EnsureCapacity(ref char[] chars, ref int[] starts, int needed)
    {
        if (needed <= chars.Length) return;
        int size = Math.Max(needed, chars.Length * 2);
        Array.Resize(ref chars, size);
        Array.Resize(ref starts, size);
    }

    private static Dictionary<char, string> BuildExpansions()
    {
        var d = new Dictionary<char, string>();
        foreach (var (form, decomposition) in PresentationForms.Table)
            d[form] = decomposition;
        return d;
    }

    private static char[] BuildMap(NormalizationOptions o)
    {
        var m = new char[65536];
        for (int i = 0; i < m.Length; i++) m[i] = (char)i;
        // U+0000 and U+0001 are the table's own markers; as input they are controls without text.
        m[0] = Delete;
        m[1] = Delete;

        foreach (char c in "\u0623\u0625\u0622\u0671\u0672\u0673\u0675") m[c] = ArabicChars.Alef;
        if (o.FoldAlefMaksura) m[ArabicChars.AlefMaksura] = ArabicChars.Yeh;
        if (o.FoldTehMarbuta) m[ArabicChars.TehMarbuta] = ArabicChars.Heh;
        if (o.FoldPersianLetters)
        {
            m[ArabicChars.FarsiYeh] = ArabicChars.Yeh;
            m[ArabicChars.Keheh] = ArabicChars.Kaf;
        }

        m[ArabicChars.Tatweel] = Delete;
        for (int c = 0x064B; c <= 0x065F; c++) m[c] = Delete;
        m['\u0670'] = Delete;
        for (int c = 0x06D6; c <= 0x06ED; c++)
        {
            if (ArabicChars.Classify((char)c) == CharClass.ArabicMark) m[c] = Delete;
        }

        for (int d = 0; d <= 9; d++)
        {
            m['\u0660' + d] = (char)('0' + d);
            m['\u06F0' + d] = (char)('0' + d);
        }

        m[ArabicChars.ArabicDecimalSeparator] = '.';
        m[ArabicChars.ArabicThousandsSeparator] = ',';
        m[ArabicChars.ArabicPercentSign] = '%';

        foreach (char c in "\u200B\u200C\u200D\u200E\u200F\u061C\u202A\u202B\u202C\u202D\u202E\u2060\u2066\u2067\u2068\u2069\uFEFF")
            m[c] = Delete;
        foreach (char c in "\u00A0\u202F\u2007") m[c] = ' ';

        foreach (var (form, _) in PresentationForms.Table) m[form] = Expand;
        return m;
    }
}
