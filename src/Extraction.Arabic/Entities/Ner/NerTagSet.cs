namespace Extraction.Arabic.Entities.Ner;

/// <summary>How entity spans are encoded as one tag per token.</summary>
internal enum TagScheme : byte
{
    /// <summary>IOB2: <c>B-X</c> begins a span, <c>I-X</c> continues it, <c>O</c> is outside.</summary>
    Bio = 0,

    /// <summary>BILOU: <c>B-X</c>, <c>I-X</c>, <c>L-X</c> (last), <c>U-X</c> (unit-length), <c>O</c>
    /// (Ratinov and Roth, CoNLL 2009).</summary>
    Bilou = 1,
}

/// <summary>The tags of a sequence model: <c>O</c> plus one tag per (entity type, position) pair, and which
/// tag may follow which.</summary>
/// <remarks>Tag 0 is <c>O</c>; type <c>t</c> at position <c>p</c> is <c>1 + t * P + p</c> with P = 2 (B, I) or
/// 4 (B, I, L, U). Immutable and thread-safe.</remarks>
internal sealed class NerTagSet
{
    private readonly bool[] _allowed;
    private readonly bool[] _start;
    private readonly bool[] _end;

    public NerTagSet(TagScheme scheme, IReadOnlyList<string> types)
    {
        Scheme = scheme;
        Types = [.. types];
        Positions = scheme == TagScheme.Bio ? 2 : 4;
        Count = 1 + Types.Length * Positions;
        _allowed = new bool[Count * Count];
        _start = new bool[Count];
        _end = new bool[Count];
        for (int a = 0; a < Count; a++)
        {
            _start[a] = IsLegalStart(a);
            _end[a] = IsLegalEnd(a);
            for (int b = 0; b < Count; b++) _allowed[a * Count + b] = IsLegal(a, b);
        }
    }

    /// <summary>Position codes inside a type block.</summary>
    public const int B = 0, I = 1, L = 2, U = 3;

    public TagScheme Scheme { get; }

    /// <summary>Entity type names, e.g. <c>PERSON</c>.</summary>
    public string[] Types { get; }

    /// <summary>Positions per type: 2 for BIO, 4 for BILOU.</summary>
    public int Positions { get; }

    /// <summary>Number of tags, <c>O</c> included.</summary>
    public int Count { get; }

    public int Tag(int type, int position) => 1 + type * Positions + position;

    /// <summary>The type of a tag, or -1 for <c>O</c>.</summary>
    public int TypeOf(int tag) => tag == 0 ? -1 : (tag - 1) / Positions;

    /// <summary>The position code (B, I, L, U) of a tag, or -1 for <c>O</c>.</summary>
    public int PositionOf(int tag) => tag == 0 ? -1 : (tag - 1) % Positions;

    public bool Allowed(int previous, int next) => _allowed[previous * Count + next];

    public bool AllowedStart(int tag) => _start[tag];

    public bool AllowedEnd(int tag) => _end[tag];

    public string Name(int tag)
    {
        if (tag == 0) return "O";
        char p = "BILU"[PositionOf(tag)];
        return $"{p}-{Types[TypeOf(tag)]}";
    }

    /// <summary>Encodes spans (type, start, end exclusive) as tags.</summary>
    public void Encode(ReadOnlySpan<(int Type, int Start, int End)> spans, Span<int> tags)
    {
        tags.Clear();
        foreach (var (type, start, end) in spans)
        {
            if (end <= start) continue;
            if (Scheme == TagScheme.Bilou && end - start == 1)
            {
                tags[start] = Tag(type, U);
                continue;
            }

            tags[start] = Tag(type, B);
            for (int i = start + 1; i < end; i++) tags[i] = Tag(type, I);
            if (Scheme == TagScheme.Bilou) tags[end - 1] = Tag(type, L);
        }
    }

    /// <summary>Decodes tags into spans. Lenient like conlleval: an <c>I</c> or <c>L</c> without a matching open
    /// span starts one.</summary>
    public List<(int Type, int Start, int End)> Decode(ReadOnlySpan<int> tags)
    {
        var spans = new List<(int, int, int)>();
        int open = -1, openType = -1;
        for (int i = 0; i < tags.Length; i++)
        {
            int tag = tags[i];
            int type = TypeOf(tag), pos = PositionOf(tag);
            bool continues = open >= 0 && type == openType && (pos == I || pos == L);
            if (!continues)
            {
                if (open >= 0) spans.Add((openType, open, i));
                open = type >= 0 ? i : -1;
                openType = type;
            }

            if (open >= 0 && (pos == L || pos == U))
            {
                spans.Add((openType, open, i + 1));
                open = -1;
                openType = -1;
            }
        }

        if (open >= 0) spans.Add((openType, open, tags.Length));
        return spans;
    }

    private bool IsLegal(int a, int b)
    {
        int ta = TypeOf(a), pa = PositionOf(a), tb = TypeOf(b), pb = PositionOf(b);
        bool aOpen = Scheme == TagScheme.Bio ? false : pa is B or I;
        if (Scheme == TagScheme.Bio)
        {
            // I-X only after B-X or I-X.
            return pb != I || (ta == tb && pa is B or I);
        }

        if (aOpen) return tb == ta && pb is I or L;
        return b == 0 || pb is B or U;
    }

    private bool IsLegalStart(int b) => b == 0 || PositionOf(b) is B or (U);

    private bool IsLegalEnd(int a) => Scheme == TagScheme.Bio || a == 0 || PositionOf(a) is L or U;
}
