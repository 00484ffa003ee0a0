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

/// <summary>Records which tokens anchor a temporal expression (<see cref="Document.DateAnchors"/>), one token at a
/// time and in order, while each token's normalized form is at hand: a word with an anchor reading
/// (<see cref="TemporalLexicon.ClassifyWord"/>) or a number (<see cref="TemporalTagger.ClassifyNumber"/>), where a
/// rule can read it; when that depends on the next token, it is decided there.</summary>
internal struct DateAnchorRecorder
{
    private readonly ulong[] _bits;
    private int _next;

    /// <summary>One more than the index of a token waiting for the next one, or 0.</summary>
    private int _waiting;

    /// <summary>Whether the waiting token is a number (else an Iranian month).</summary>
    private bool _waitingNumber;

    private TokenKind _previousKind;
    private string _previousText;
    private string _previousNormalized;

    /// <summary>Creates a recorder for <paramref name="tokenCount"/> tokens.</summary>
    public DateAnchorRecorder(int tokenCount)
    {
        _bits = new ulong[(tokenCount + 63) >> 6];
        _previousKind = TokenKind.Punctuation;
        _previousText = _previousNormalized = "";
    }

    /// <summary>Records the next token.</summary>
    /// <param name="kind">Its kind.</param>
    /// <param name="text">Its text.</param>
    /// <param name="normalized">Its normalized form.</param>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void Add(TokenKind kind, string text, string normalized)
    {
        int i = _next++;
        if (_waiting != 0) Continue(kind, text, normalized);
        if (kind == TokenKind.Number) AddNumber(i, normalized);
        else if (kind != TokenKind.Punctuation && TemporalLexicon.ClassifyWord(normalized) is not AnchorClass.None and var c) AddWord(i, c);
        _previousKind = kind;
        _previousText = text;
        _previousNormalized = normalized;
    }

    /// <summary>The anchors, one bit per token (token <c>i</c> is bit <c>i % 64</c> of element <c>i / 64</c>).</summary>
    public readonly ulong[] Finish() => _bits;

    private void Set(int i) => _bits[i >> 6] |= 1UL << i;

    private void Continue(TokenKind kind, string text, string normalized)
    {
        int n = _waiting - 1;
        _waiting = 0;
        if (_waitingNumber ? TemporalTagger.MayContinueNumber(kind, text, normalized) : TemporalTagger.MayContinueYearlessMonth(kind, text))
            Set(n);
    }

    private void AddNumber(int i, string normalized)
    {
        switch (TemporalTagger.ClassifyNumber(normalized, _previousKind, _previousText, _previousNormalized))
        {
            case NumberAnchor.Always:
                Set(i);
                break;
            case NumberAnchor.IfContinued:
                _waiting = i + 1;
                _waitingNumber = true;
                break;
        }
    }

    private void AddWord(int i, AnchorClass c)
    {
        switch (c)
        {
            case AnchorClass.Always:
                Set(i);
                break;
            case AnchorClass.AfterLead:
                if (TemporalTagger.IsLead(_previousKind, _previousText, _previousNormalized)) Set(i);
                break;
            case AnchorClass.BeforeYear:
                _waiting = i + 1;
                _waitingNumber = false;
                break;
        }
    }
}
