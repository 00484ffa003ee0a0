using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Extraction.Arabic.Claims;
using Extraction.Arabic.Dates;
using Extraction.Arabic.Entities;
using Extraction.Arabic.Tokenization;

namespace Extraction.Arabic;

/// <summary>Where <see cref="Document.DocumentDate"/> comes from.</summary>
public enum DocumentDateSource
{
    /// <summary>No document date is known.</summary>
    None,
    /// <summary>The caller gave it.</summary>
    Caller,
    /// <summary>A dateline at the top of the article.</summary>
    Dateline,
}

/// <summary>An analysed text: the input unchanged, and every annotation as spans into it.</summary>
/// <remarks>
/// <para>Invariants: <see cref="Text"/> is the input, never modified; every span is a half-open UTF-16 range into it;
/// every annotation's text equals <c>Text.Substring(span.Start, span.Length)</c>; tokens and sentences are sorted
/// and do not overlap. The <c>With*</c> methods check these and return a new document.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class Document
{
    private Document(
        string text,
        DateOnly? documentDate,
        DocumentDateSource documentDateSource,
        ImmutableArray<Token> tokens,
        ImmutableArray<Sentence> sentences,
        ImmutableArray<Entity> entities,
        ImmutableArray<DateMention> dates,
        ImmutableArray<Claim> claims,
        DateAnchors? dateAnchors)
    {
        Text = text;
        DocumentDate = documentDate;
        DocumentDateSource = documentDateSource;
        Tokens = tokens;
        Sentences = sentences;
        Entities = entities;
        Dates = dates;
        Claims = claims;
        DateAnchors = dateAnchors;
    }

    /// <summary>The schema name of the JSON form.</summary>
    public const string Schema = "extraction/v1";

    /// <summary>The input text, exactly as given.</summary>
    public string Text { get; }

    /// <summary>The publication date: the anchor for relative dates, or null.</summary>
    public DateOnly? DocumentDate { get; }

    /// <summary>Where <see cref="DocumentDate"/> comes from.</summary>
    public DocumentDateSource DocumentDateSource { get; }

    /// <summary>The tokens in text order.</summary>
    public ImmutableArray<Token> Tokens { get; }

    /// <summary>The sentences in text order.</summary>
    public ImmutableArray<Sentence> Sentences { get; }

    /// <summary>The entities, each grouping the mentions of one referent.</summary>
    public ImmutableArray<Entity> Entities { get; }

    /// <summary>The temporal expressions in text order.</summary>
    public ImmutableArray<DateMention> Dates { get; }

    /// <summary>The attributed claims in text order.</summary>
    public ImmutableArray<Claim> Claims { get; }

    /// <summary>Why fields are null, in text order: an unresolved date (<see cref="DiagnosticCodes.DateWithoutAnchor"/>,
    /// <see cref="DiagnosticCodes.DateVague"/>), a speaker without entity or a claim without date
    /// (<see cref="DiagnosticCodes.SpeakerWithoutEntity"/>, <see cref="DiagnosticCodes.ClaimWithoutDate"/>). Derived from
    /// <see cref="Dates"/> and <see cref="Claims"/> on first use.</summary>
    public ImmutableArray<Diagnostic> Diagnostics
    {
        get
        {
            if (_diagnostics is { } cached) return cached.Value;
            var made = new StrongBox<ImmutableArray<Diagnostic>>(Arabic.Diagnostics.Of(this));
            return (Interlocked.CompareExchange(ref _diagnostics, made, null) ?? made).Value;
        }
    }

    private StrongBox<ImmutableArray<Diagnostic>>? _diagnostics;

    /// <summary>Which tokens anchor a temporal expression (<see cref="DateAnchorRecorder"/>), and the readings of
    /// the anchor words. Recorded by the text-analysis stage while each token's normalized form is at hand; null when
    /// the tokens came from elsewhere (then the date stage finds the anchors itself). Never shared with a document of
    /// other tokens: <see cref="WithTokens"/> drops it.</summary>
    internal DateAnchors? DateAnchors { get; }

    /// <summary>An empty document for <paramref name="text"/> with no annotations.</summary>
    /// <param name="text">The text.</param>
    /// <param name="documentDate">The document date, or null.</param>
    /// <param name="source">Where the date comes from.</param>
    /// <returns>A document with only its text and date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static Document Create(string text, DateOnly? documentDate = null, DocumentDateSource source = DocumentDateSource.None)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (documentDate is null) source = DocumentDateSource.None;
        else if (source == DocumentDateSource.None) source = DocumentDateSource.Caller;
        return new Document(text, documentDate, source, [], [], [], [], [], null);
    }

    /// <summary>Returns the text at <paramref name="span"/>.</summary>
    /// <param name="span">A span of <see cref="Text"/>.</param>
    /// <returns>The substring.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The span is outside <see cref="Text"/>.</exception>
    public string GetText(TextSpan span)
    {
        CheckSpan(span, nameof(span));
        return Text.Substring(span.Start, span.Length);
    }

    /// <summary>The index of the first token that ends after <paramref name="offset"/> (the token holding it, or the
    /// next one), or <see cref="Tokens"/>.Length when none does. Binary search: tokens are sorted.</summary>
    internal int FirstTokenEndingAfter(int offset)
    {
        var tokens = Tokens;
        int lo = 0, hi = tokens.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (tokens[mid].Span.End <= offset) lo = mid + 1;
            else hi = mid;
        }

        return lo;
    }

    /// <summary>Returns the tokens of <paramref name="sentence"/>.</summary>
    /// <param name="sentence">A sentence of this document.</param>
    /// <returns>A slice of <see cref="Tokens"/>.</returns>
    public ReadOnlySpan<Token> GetTokens(Sentence sentence) => Tokens.AsSpan().Slice(sentence.FirstToken, sentence.TokenCount);

    /// <summary>Returns a copy with another document date.</summary>
    /// <param name="date">The date, or null.</param>
    /// <param name="source">Where it comes from.</param>
    /// <returns>The new document.</returns>
    public Document WithDocumentDate(DateOnly? date, DocumentDateSource source)
        => new(Text, date, date is null ? DocumentDateSource.None : source, Tokens, Sentences, Entities, Dates, Claims, DateAnchors);

    /// <summary>Returns a copy with these tokens.</summary>
    /// <param name="tokens">Sorted, non-overlapping tokens whose text matches their span.</param>
    /// <returns>The new document.</returns>
    /// <exception cref="ArgumentException">A token breaks an invariant.</exception>
    public Document WithTokens(ImmutableArray<Token> tokens)
    {
        int last = 0;
        foreach (var t in tokens)
        {
            CheckSpan(t.Span, nameof(tokens));
            if (t.Span.Start < last) throw new ArgumentException($"Tokens must be sorted and must not overlap (at {t.Span}).", nameof(tokens));
            CheckText(t.Span, t.Text, nameof(tokens));
            foreach (var s in t.Segments)
            {
                if (!t.Span.Contains(s.Span)) throw new ArgumentException($"Segment {s.Span} lies outside its token {t.Span}.", nameof(tokens));
            }

            last = t.Span.End;
        }

        return new(Text, DocumentDate, DocumentDateSource, tokens, [], Entities, Dates, Claims, null);
    }

    /// <summary>Returns a copy that carries the date anchors of its tokens (see <see cref="DateAnchors"/>).</summary>
    /// <param name="anchors">One bit per token, computed from exactly these tokens.</param>
    /// <returns>The new document.</returns>
    internal Document WithDateAnchors(DateAnchors anchors)
    {
        if (anchors.Bits.Length != (Tokens.Length + 63) >> 6) throw new ArgumentException("One bit per token is needed.", nameof(anchors));
        return new(Text, DocumentDate, DocumentDateSource, Tokens, Sentences, Entities, Dates, Claims, anchors);
    }

    /// <summary>Returns a copy with these sentences.</summary>
    /// <param name="sentences">Sorted, non-overlapping sentences whose token ranges lie in <see cref="Tokens"/>.</param>
    /// <returns>The new document.</returns>
    /// <exception cref="ArgumentException">A sentence breaks an invariant.</exception>
    public Document WithSentences(ImmutableArray<Sentence> sentences)
    {
        int last = 0;
        foreach (var s in sentences)
        {
            CheckSpan(s.Span, nameof(sentences));
            if (s.Span.Start < last) throw new ArgumentException($"Sentences must be sorted and must not overlap (at {s.Span}).", nameof(sentences));
            if (s.FirstToken < 0 || s.TokenCount < 0 || s.FirstToken + s.TokenCount > Tokens.Length)
                throw new ArgumentException($"Sentence {s.Span} names tokens outside the document.", nameof(sentences));
            last = s.Span.End;
        }

        return new(Text, DocumentDate, DocumentDateSource, Tokens, sentences, Entities, Dates, Claims, DateAnchors);
    }

    /// <summary>Returns a copy with these entities.</summary>
    /// <param name="entities">Entities whose mentions match the text.</param>
    /// <returns>The new document.</returns>
    /// <exception cref="ArgumentException">A mention breaks an invariant.</exception>
    public Document WithEntities(ImmutableArray<Entity> entities)
    {
        foreach (var e in entities)
        {
            foreach (var m in e.Mentions) CheckMention(m, nameof(entities));
        }

        return new(Text, DocumentDate, DocumentDateSource, Tokens, Sentences, entities, Dates, Claims, DateAnchors);
    }

    /// <summary>Returns a copy with these temporal expressions.</summary>
    /// <param name="dates">Date mentions whose text matches their span.</param>
    /// <returns>The new document.</returns>
    /// <exception cref="ArgumentException">A mention breaks an invariant.</exception>
    public Document WithDates(ImmutableArray<DateMention> dates)
    {
        foreach (var d in dates)
        {
            CheckSpan(d.Span, nameof(dates));
            CheckText(d.Span, d.Text, nameof(dates));
        }

        return new(Text, DocumentDate, DocumentDateSource, Tokens, Sentences, Entities, dates, Claims, DateAnchors);
    }

    /// <summary>Returns a copy with these claims.</summary>
    /// <param name="claims">Claims whose mentions match the text.</param>
    /// <returns>The new document.</returns>
    /// <exception cref="ArgumentException">A mention breaks an invariant.</exception>
    public Document WithClaims(ImmutableArray<Claim> claims)
    {
        foreach (var c in claims)
        {
            CheckMention(c.Speaker.Mention, nameof(claims));
            CheckMention(c.Cue, nameof(claims));
            CheckMention(c.Content, nameof(claims));
        }

        return new(Text, DocumentDate, DocumentDateSource, Tokens, Sentences, Entities, Dates, claims, DateAnchors);
    }

    private void CheckMention(Mention m, string paramName)
    {
        CheckSpan(m.Span, paramName);
        CheckText(m.Span, m.Text, paramName);
        if (m.Quantity is { } q)
        {
            CheckSpan(q.Span, paramName);
            CheckText(q.Span, q.Text, paramName);
        }
    }

    private void CheckSpan(TextSpan span, string paramName)
    {
        if (span.Start < 0 || span.Length < 0 || span.End > Text.Length)
            throw new ArgumentOutOfRangeException(paramName, span, $"The span lies outside the text (length {Text.Length}).");
    }

    private void CheckText(TextSpan span, string text, string paramName)
    {
        if (!Text.AsSpan(span.Start, span.Length).SequenceEqual(text))
            throw new ArgumentException($"The text at {span} is not \"{text}\".", paramName);
    }
}
