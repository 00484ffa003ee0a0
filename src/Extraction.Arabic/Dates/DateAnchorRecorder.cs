using Extraction.Arabic.Tokenization;

namespace Extraction.Arabic.Dates;

/// <summary>What a number token is to the date anchors (<see cref="TemporalTagger.ClassifyNumber"/>).</summary>
internal enum NumberAnchor : byte
{
    /// <summary>Never an anchor: no rule can read it.</summary>
    Never,

    /// <summary>An anchor only if the next token may continue it (<see cref="TemporalTagger.MayContinueNumber"/>).</summary>
    IfContinued,

    /// <summary>Always an anchor.</summary>
    Always,
}

/// <summary>Which tokens of a document anchor a temporal expression (<see cref="DateAnchorRecorder"/>), and the
/// lexicon readings of the anchor words, which the test found and the tagger would otherwise look up again.</summary>
internal sealed class DateAnchors
{
    private int[] _wordTokens;
    private ushort[] _wordReadings;

    /// <summary>Creates the anchors of <paramref name="tokenCount"/> tokens, none set yet.</summary>
    /// <remarks>Room for an anchor word in 48 tokens: news text has one in 65 (one in 47 on the seeds).</remarks>
    public DateAnchors(int tokenCount)
    {
        Bits = new ulong[(tokenCount + 63) >> 6];
        _wordTokens = new int[tokenCount / 48 + 16];
        _wordReadings = new ushort[_wordTokens.Length];
    }

    /// <summary>One bit per token (token <c>i</c> is bit <c>i % 64</c> of element <c>i / 64</c>).</summary>
    public ulong[] Bits { get; }

    /// <summary>How many anchor words have their readings recorded.</summary>
    public int WordCount { get; private set; }

    /// <summary>The indices of the anchor words with recorded readings, ascending (the first <see cref="WordCount"/>).</summary>
    public ReadOnlySpan<int> WordTokens => _wordTokens.AsSpan(0, WordCount);

    /// <summary>The readings of the <paramref name="k"/>-th word of <see cref="WordTokens"/>.</summary>
    public LexEntry[] WordReadings(int k) => TemporalLexicon.AnchorReadings(_wordReadings[k]);

    /// <summary>The readings of the <paramref name="k"/>-th word of <see cref="WordTokens"/>, as
    /// <see cref="TemporalLexicon.LookupInfo"/> gives them.</summary>
    public LexInfo WordInfo(int k) => TemporalLexicon.AnchorInfo(_wordReadings[k]);

    /// <summary>Records the readings of anchor word <paramref name="token"/>, after those of every earlier one.</summary>
    /// <param name="token">The word's index.</param>
    /// <param name="readingsId">Its readings (<see cref="TemporalLexicon.AnchorReadings"/>).</param>
    public void AddWord(int token, ushort readingsId)
    {
        if (WordCount == _wordTokens.Length)
        {
            Array.Resize(ref _wordTokens, WordCount * 2);
            Array.Resize(ref _wordReadings, WordCount * 2);
        }

        _wordTokens[WordCount] = token;
        _wordReadings[WordCount] = readingsId;
        WordCount++;
    }
}

/// <summary>Records which tokens anchor a temporal expression (<see cref="Document.DateAnchors"/>), one token at a
/// time and in order, while each token's normalized form is at hand: a word with an anchor reading
/// (<see cref="TemporalLexicon.ClassifyWord"/>) or a number (<see cref="TemporalTagger.ClassifyNumber"/>), where a
/// rule can read it; when that depends on the next token, it is decided there. The readings of an anchor word are
/// kept for the tagger (<see cref="DateAnchors.AddWord"/>).</summary>
internal struct DateAnchorRecorder
{
    private readonly DateAnchors _anchors;
    private readonly ulong[] _bits;

    /// <summary>One more than the index of a token waiting for the next one, or 0.</summary>
    private int _waiting;

    /// <summary>Whether the waiting token is a number (else an Iranian month).</summary>
    private bool _waitingNumber;

    /// <summary>Creates a recorder for <paramref name="tokenCount"/> tokens.</summary>
    public DateAnchorRecorder(int tokenCount)
    {
        _anchors = new DateAnchors(tokenCount);
        _bits = _anchors.Bits;
    }

    /// <summary>Records a token; tokens come in order.</summary>
    /// <param name="index">Its index.</param>
    /// <param name="kind">Its kind.</param>
    /// <param name="text">Its text.</param>
    /// <param name="normalized">Its normalized form.</param>
    /// <remarks>The caller keeps the index: a counter here would make every token wait on the store of the last.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void Add(int index, TokenKind kind, string text, string normalized)
    {
        if (_waiting != 0)
        {
            if (Continues(_waitingNumber, kind, text, normalized)) Set(_bits, _waiting - 1);
            _waiting = 0;
        }

        if (kind == TokenKind.Number)
        {
            var a = ClassifyNumber(normalized);
            if (a == NumberAnchor.Always) Set(_bits, index);
            else if (a == NumberAnchor.IfContinued) (_waiting, _waitingNumber) = (index + 1, true);
        }
        else if (kind != TokenKind.Punctuation && TemporalLexicon.MayBeAnchorWord(normalized) && AddWord(_anchors, index, kind, normalized))
        {
            (_waiting, _waitingNumber) = (index + 1, false);
        }
    }

    /// <summary>The anchors.</summary>
    public readonly DateAnchors Finish() => _anchors;

    /// <summary>Records a word that passed the anchor filter: if it is an anchor, sets its bit and keeps its readings
    /// (those of a word or Latin token, the kinds whose readings the rules take, <see cref="TemporalTagger"/>).</summary>
    /// <returns>True when the word is an anchor only if the next token may continue it
    /// (<see cref="AnchorClass.BeforeYear"/>).</returns>
    /// <remarks>Out of the caller's loop, with the lexicon lookup: 2.5% of the words of news text pass the filter.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static bool AddWord(DateAnchors anchors, int index, TokenKind kind, string normalized)
    {
        var c = TemporalLexicon.ClassifyWord(normalized, out ushort readings);
        if (c != AnchorClass.Always) return c == AnchorClass.BeforeYear;
        Set(anchors.Bits, index);
        if (kind is TokenKind.Word or TokenKind.Latin) anchors.AddWord(index, readings);
        return false;
    }

    private static void Set(ulong[] bits, int i) => bits[i >> 6] |= 1UL << i;

    // The rare paths stay out of the caller's loop.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static NumberAnchor ClassifyNumber(string normalized) => TemporalTagger.ClassifyNumber(normalized);

    /// <summary>Whether the token after a waiting one makes it an anchor.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static bool Continues(bool number, TokenKind kind, string text, string normalized)
        => number ? TemporalTagger.MayContinueNumber(kind, text, normalized) : TemporalTagger.MayContinueYearlessMonth(kind, text);
}
