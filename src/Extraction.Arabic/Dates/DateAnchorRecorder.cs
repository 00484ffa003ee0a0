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
/// (<see cref="TemporalLexicon.IsAnchorWord"/>), or a number that a rule can read there
/// (<see cref="TemporalTagger.ClassifyNumber"/>, decided at the next token when it depends on it).</summary>
internal struct DateAnchorRecorder
{
    private readonly ulong[] _bits;
    private int _next;

    /// <summary>One more than the index of a number waiting for the next token, or 0.</summary>
    private int _waiting;

    /// <summary>Creates a recorder for <paramref name="tokenCount"/> tokens.</summary>
    public DateAnchorRecorder(int tokenCount) => _bits = new ulong[(tokenCount + 63) >> 6];

    /// <summary>Records the next token.</summary>
    /// <param name="kind">Its kind.</param>
    /// <param name="text">Its text.</param>
    /// <param name="normalized">Its normalized form.</param>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void Add(TokenKind kind, string text, string normalized)
    {
        int i = _next++;
        if (_waiting != 0) Continue(kind, text, normalized);
        if (kind == TokenKind.Number)
        {
            AddNumber(i, normalized);
        }
        else if (kind != TokenKind.Punctuation && TemporalLexicon.IsAnchorWord(normalized))
        {
            _bits[i >> 6] |= 1UL << i;
        }
    }

    /// <summary>The anchors, one bit per token (token <c>i</c> is bit <c>i % 64</c> of element <c>i / 64</c>).</summary>
    public readonly ulong[] Finish() => _bits;

    private void Continue(TokenKind kind, string text, string normalized)
    {
        int n = _waiting - 1;
        _waiting = 0;
        if (TemporalTagger.MayContinueNumber(kind, text, normalized)) _bits[n >> 6] |= 1UL << n;
    }

    private void AddNumber(int i, string normalized)
    {
        switch (TemporalTagger.ClassifyNumber(normalized))
        {
            case NumberAnchor.Always:
                _bits[i >> 6] |= 1UL << i;
                break;
            case NumberAnchor.IfContinued:
                _waiting = i + 1;
                break;
        }
    }
}
