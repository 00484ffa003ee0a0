using Extraction.Arabic.Entities.Weapons;
using Extraction.Arabic.Pipeline;
using Extraction.Arabic.Text;
using Extraction.Arabic.Tokenization;

namespace Extraction.Arabic;

/// <summary>The entry point: turns Arabic news text into a <see cref="Document"/> with tokens, sentences,
/// entities, dates and claims.</summary>
/// <remarks>
/// <para>Create it once and reuse it: models and lexicons are loaded on first use and shared. Stages run in a fixed
/// order: normalize and tokenize, sentences, entities (names, then weapons), dates (which drop name mentions that are
/// only temporal words inside a date, like نيسان in أبريل (نيسان)), claims.</para>
/// <para>Immutable and thread-safe: any number of threads may call <see cref="Process"/> on one instance.</para>
/// </remarks>
/// <example>
/// <code>
/// var extractor = ArabicExtractor.CreateDefault();
/// Document doc = extractor.Process(text, new DateOnly(2021, 10, 20));
/// foreach (var sentence in doc.Sentences) Console.WriteLine(doc.GetText(sentence.Span));
/// </code>
/// </example>
public sealed class ArabicExtractor
{
    private static readonly Lazy<ArabicExtractor> s_default = new(() => new ArabicExtractor(ExtractorOptions.Default), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly TextAnalysisStage _textAnalysis;
    private readonly EntityRecognitionStage _entities = new();
    private readonly WeaponStage _weapons = new();

    private ArabicExtractor(ExtractorOptions options)
    {
        Options = options;
        _textAnalysis = new TextAnalysisStage(new ArabicNormalizer(options.Normalization), CliticSegmenter.Default);
    }

    /// <summary>The options this extractor was created with.</summary>
    public ExtractorOptions Options { get; }

    /// <summary>Returns the shared extractor with <see cref="ExtractorOptions.Default"/>.</summary>
    /// <returns>The default extractor (the same instance on every call).</returns>
    public static ArabicExtractor CreateDefault() => s_default.Value;

    /// <summary>Creates an extractor with the given options.</summary>
    /// <param name="options">The options.</param>
    /// <returns>A new extractor.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A numeric option is not positive.</exception>
    public static ArabicExtractor Create(ExtractorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxTextLength);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxDegreeOfParallelism);
        ArgumentNullException.ThrowIfNull(options.Normalization);
        return new ArabicExtractor(options);
    }

    /// <summary>Analyses one text.</summary>
    /// <param name="text">The article text, as read (UTF-16, BOM removed).</param>
    /// <param name="documentDate">The publication date, the anchor for relative dates; null to look for a dateline.</param>
    /// <param name="cancellationToken">Cancels a long run.</param>
    /// <returns>The document; for empty or white-space text, a document without annotations.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="text"/> is longer than
    /// <see cref="ExtractorOptions.MaxTextLength"/>: split it into parts (for example at paragraph breaks).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Document Process(string text, DateOnly? documentDate = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > Options.MaxTextLength)
        {
            throw new ArgumentOutOfRangeException(
                nameof(text),
                text.Length,
                $"The text has {text.Length:N0} UTF-16 code units; the limit is {Options.MaxTextLength:N0} (ExtractorOptions.MaxTextLength). Split the text into smaller parts, for example at paragraph breaks, and process each part.");
        }

        cancellationToken.ThrowIfCancellationRequested();
        var doc = Document.Create(text, documentDate, documentDate is null ? DocumentDateSource.None : DocumentDateSource.Caller);
        doc = _textAnalysis.Run(doc, cancellationToken);
        doc = _entities.Run(doc, cancellationToken);
        doc = _weapons.Run(doc, cancellationToken);
        doc = DateStage.Run(doc, cancellationToken);
        doc = EntityReconciliation.Run(doc);
        return ClaimStage.Run(doc, cancellationToken);
    }

    /// <summary>Analyses many texts on all cores, yielding results in input order as they are ready.</summary>
    /// <param name="inputs">The texts and their dates.</param>
    /// <param name="cancellationToken">Cancels the batch.</param>
    /// <returns>One result per input, in input order; a bad input — or an internal failure on one text — gives that
    /// input a result with an error, not an exception (only cancellation throws).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="inputs"/> is null.</exception>
    public IEnumerable<BatchResult> ProcessBatch(IEnumerable<BatchInput> inputs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return inputs
            .Select((input, index) => (input, index))
            .AsParallel()
            .AsOrdered()
            .WithDegreeOfParallelism(Options.MaxDegreeOfParallelism)
            .WithCancellation(cancellationToken)
            .Select(x => ProcessOne(x.input, x.index, Options.MaxTextLength, input => Process(input.Text, input.DocumentDate, cancellationToken)));
    }

    /// <summary>Analyses many texts without dates on all cores (see <see cref="ProcessBatch(IEnumerable{BatchInput}, CancellationToken)"/>).</summary>
    /// <param name="texts">The texts.</param>
    /// <param name="cancellationToken">Cancels the batch.</param>
    /// <returns>One result per text, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="texts"/> is null.</exception>
    public IEnumerable<BatchResult> ProcessBatch(IEnumerable<string> texts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return ProcessBatch(texts.Select(t => new BatchInput(t)), cancellationToken);
    }

    /// <summary>Runs one input of a batch. A rejected input (null, or longer than <paramref name="maxTextLength"/>) gets
    /// the reason as its error; any other failure while analysing it — an internal error, whatever its type — gets an error
    /// that says so, so that one text never aborts the others. Only cancellation propagates.</summary>
    internal static BatchResult ProcessOne(BatchInput input, int index, int maxTextLength, Func<BatchInput, Document> process)
    {
        try
        {
            return new BatchResult(index, process(input), null);
        }
        catch (ArgumentException e) when (input.Text is null || input.Text.Length > maxTextLength)
        {
            return new BatchResult(index, null, e.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new BatchResult(index, null, $"Internal error while analysing this text ({e.GetType().Name}: {e.Message}). Please report it with the text.");
        }
    }
}

/// <summary>One text of a batch, with its publication date when known.</summary>
/// <param name="Text">The text.</param>
/// <param name="DocumentDate">The publication date, or null.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public readonly record struct BatchInput(string Text, DateOnly? DocumentDate = null);

/// <summary>The outcome for one text of a batch: a document, or an error message.</summary>
/// <param name="Index">The position of the input in the batch.</param>
/// <param name="Document">The document, or null when the input was rejected or its analysis failed.</param>
/// <param name="Error">Why the input was rejected (null, or too long) or why its analysis failed (an internal error, which
/// says so), or null.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record BatchResult(int Index, Document? Document, string? Error)
{
    /// <summary>Whether the input was processed.</summary>
    public bool Succeeded => Document is not null;
}
