using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Extraction.Arabic.Claims;
using Extraction.Arabic.Dates;
using Extraction.Arabic.Entities;
using Extraction.Arabic.Tokenization;

namespace Extraction.Arabic.Serialization;

/// <summary>Options for <see cref="DocumentJson"/>.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record DocumentJsonOptions
{
    /// <summary>The default options: no tokens, one line.</summary>
    public static DocumentJsonOptions Default { get; } = new();

    /// <summary>Whether the <c>tokens</c> array is written.</summary>
    /// <value>The default is <see langword="false"/>.</value>
    public bool IncludeTokens { get; init; }

    /// <summary>Whether the JSON is indented; otherwise it is one line (JSON Lines).</summary>
    /// <value>The default is <see langword="false"/>.</value>
    public bool Indented { get; init; }

    /// <summary>A <c>file</c> field to write first (the path as the user gave it), or null for none.</summary>
    /// <value>The default is <see langword="null"/>.</value>
    public string? File { get; init; }
}

/// <summary>Writes a <see cref="Document"/> as JSON in the <c>extraction/v1</c> shape of CONTRACT.md.</summary>
/// <remarks>
/// <para>Every object with <c>start</c>, <c>end</c> and <c>text</c> satisfies
/// <c>text == Document.Text.Substring(start, end - start)</c>. Arabic is written as is, not <c>\u</c>-escaped;
/// a string holding a code unit that is not valid UTF-16 (a lone surrogate, possible only in text passed in by
/// code, never in text decoded from UTF-8) is written with <c>\uXXXX</c> escapes, so that it still decodes to the same
/// UTF-16 text (Python and JavaScript decode such escapes exactly; System.Text.Json's reader refuses them). Uses System.Text.Json source generation (no reflection; trimming- and AOT-safe).</para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
public static class DocumentJson
{
    private static readonly JsonSerializerOptions s_compact = CreateOptions(false);
    private static readonly JsonSerializerOptions s_indented = CreateOptions(true);

    /// <summary>Serializes <paramref name="document"/> to a JSON string.</summary>
    /// <param name="document">The document.</param>
    /// <param name="options">What to include; null for <see cref="DocumentJsonOptions.Default"/>.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public static string Serialize(Document document, DocumentJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        options ??= DocumentJsonOptions.Default;
        return JsonSerializer.Serialize(ToDto(document, options), TypeInfo<DocumentDto>(options.Indented));
    }

    /// <summary>Serializes <paramref name="document"/> as UTF-8 JSON to a stream.</summary>
    /// <param name="utf8Json">The stream to write to.</param>
    /// <param name="document">The document.</param>
    /// <param name="options">What to include; null for <see cref="DocumentJsonOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Serialize(Stream utf8Json, Document document, DocumentJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(document);
        options ??= DocumentJsonOptions.Default;
        JsonSerializer.Serialize(utf8Json, ToDto(document, options), TypeInfo<DocumentDto>(options.Indented));
    }

    /// <summary>Serializes an error record <c>{"file": …, "error": …}</c> (one line).</summary>
    /// <param name="file">The input's name, or null.</param>
    /// <param name="error">The error message.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="error"/> is null.</exception>
    public static string SerializeError(string? file, string error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return JsonSerializer.Serialize(new ErrorDto { File = file, Error = error }, TypeInfo<ErrorDto>(false));
    }

    private static JsonTypeInfo<T> TypeInfo<T>(bool indented)
        => (JsonTypeInfo<T>)(indented ? s_indented : s_compact).GetTypeInfo(typeof(T));

    private static JsonSerializerOptions CreateOptions(bool indented) => new()
    {
        WriteIndented = indented,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = DocumentJsonContext.Default,
        Converters = { new ExactStringConverter() },
    };

    private static DocumentDto ToDto(Document d, DocumentJsonOptions options)
    {
        var dto = new DocumentDto
        {
            File = options.File,
            DocumentDate = d.DocumentDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            DocumentDateSource = d.DocumentDateSource switch
            {
                DocumentDateSource.Caller => "caller",
                DocumentDateSource.Dateline => "dateline",
                _ => null,
            },
        };

        foreach (var s in d.Sentences) dto.Sentences.Add(Span(d, s.Span));
        foreach (var e in d.Entities)
        {
            var ed = new EntityDto
            {
                Id = e.Id,
                Type = TypeName(e.Type),
                Name = e.Name,
                Latin = e.Latin,
                Category = e.Category,
                Generic = e.Weapon?.IsGeneric,
                Producer = e.Weapon?.Producer,
                Aliases = e.Weapon is { Aliases.Length: > 0 } w ? [.. w.Aliases] : null,
                Value = e.Money?.Value,
                Currency = e.Money?.Currency,
                LinkedEntities = e.LinkedEntityIds.IsDefaultOrEmpty ? null : [.. e.LinkedEntityIds],
            };
            foreach (var m in e.Mentions) ed.Mentions.Add(MentionOf(d, m));
            dto.Entities.Add(ed);
        }

        foreach (var t in d.Dates)
        {
            dto.Dates.Add(new DateDto
            {
                Start = t.Span.Start,
                End = t.Span.End,
                Text = t.Text,
                Type = t.Type.ToString().ToUpperInvariant(),
                Value = t.Value,
            });
        }

        foreach (var c in d.Claims) dto.Claims.Add(ClaimDtoOf(d, c));
        foreach (var g in d.Diagnostics)
        {
            dto.Diagnostics.Add(new DiagnosticDto
            {
                Code = g.Code,
                Message = g.Message,
                Start = g.Location.Span.Start,
                End = g.Location.Span.End,
                Text = g.Location.Text,
            });
        }

        if (options.IncludeTokens)
        {
            dto.Tokens = new List<TokenDto>(d.Tokens.Length);
            foreach (var t in d.Tokens)
            {
                var td = new TokenDto
                {
                    Start = t.Span.Start,
                    End = t.Span.End,
                    Text = t.Text,
                    Normalized = t.Normalized,
                    Kind = KindName(t.Kind),
                    Stem = t.Kind == TokenKind.Word ? t.Stem : null,
                };
                if (t.Segments.Length > 1)
                {
                    td.Segments = [];
                    foreach (var s in t.Segments)
                    {
                        td.Segments.Add(new SegmentDto
                        {
                            Start = s.Span.Start,
                            End = s.Span.End,
                            Text = d.Text.Substring(s.Span.Start, s.Span.Length),
                            Kind = SegmentKindName(s.Kind),
                        });
                    }
                }

                dto.Tokens.Add(td);
            }
        }

        return dto;
    }

    private static ClaimDto ClaimDtoOf(Document d, Claim c) => new()
    {
        Id = c.Id,
        Speaker = new SpeakerDto
        {
            Entity = c.Speaker.EntityId,
            Text = c.Speaker.Mention.Text,
            Start = c.Speaker.Mention.Span.Start,
            End = c.Speaker.Mention.Span.End,
        },
        Cue = Span(d, c.Cue.Span),
        CueLemma = c.CueLemma,
        CueKind = c.CueKind switch
        {
            ClaimCueKind.Verb => "verb",
            ClaimCueKind.Participle => "participle",
            ClaimCueKind.Attribution => "attribution",
            _ => "headline",
        },
        SpeakerKey = c.SpeakerKey,
        Polarity = c.Polarity == ClaimPolarity.Denied ? "denied" : "asserted",
        Content = Span(d, c.Content.Span),
        Date = c.Date,
        DateSource = c.DateSource switch
        {
            ClaimDateSource.Explicit => "explicit",
            ClaimDateSource.Document => "document",
            _ => null,
        },
        Entities = [.. c.EntityIds],
    };

    private static MentionDto MentionOf(Document d, Mention m) => new()
    {
        Start = m.Span.Start,
        End = m.Span.End,
        Text = d.Text.Substring(m.Span.Start, m.Span.Length),
        Quantity = m.Quantity is { } q
            ? new QuantityDto { Value = q.Value, Qualifier = QualifierName(q.Qualifier), Start = q.Span.Start, End = q.Span.End, Text = q.Text }
            : null,
    };

    /// <summary>The JSON name of a count qualifier (<c>exact</c>, <c>more-than</c>, …).</summary>
    internal static string QualifierName(QuantityQualifier q) => q switch
    {
        QuantityQualifier.MoreThan => "more-than",
        QuantityQualifier.LessThan => "less-than",
        QuantityQualifier.About => "about",
        QuantityQualifier.AtLeast => "at-least",
        QuantityQualifier.AtMost => "at-most",
        _ => "exact",
    };

    private static SpanDto Span(Document d, TextSpan s) => new() { Start = s.Start, End = s.End, Text = d.Text.Substring(s.Start, s.Length) };

    /// <summary>The JSON name of an entity type (<c>PERSON</c>, <c>ORGANIZATION</c>, …).</summary>
    internal static string TypeName(EntityType type) => type switch
    {
        EntityType.Person => "PERSON",
        EntityType.Organization => "ORGANIZATION",
        EntityType.Location => "LOCATION",
        EntityType.Weapon => "WEAPON",
        EntityType.Misc => "MISC",
        EntityType.Money => "MONEY",
        EntityType.Quantity => "QUANTITY",
        EntityType.Facility => "FACILITY",
        EntityType.Vehicle => "VEHICLE",
        _ => type.ToString().ToUpperInvariant(),
    };

    /// <summary>The JSON name of a token kind (<c>word</c>, <c>number</c>, …).</summary>
    internal static string KindName(TokenKind kind) => kind switch
    {
        TokenKind.Word => "word",
        TokenKind.Latin => "latin",
        TokenKind.Number => "number",
        TokenKind.Designator => "designator",
        TokenKind.Punctuation => "punctuation",
        TokenKind.Symbol => "symbol",
        TokenKind.Url => "url",
        TokenKind.Email => "email",
        TokenKind.Hashtag => "hashtag",
        TokenKind.Mention => "mention",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private static string SegmentKindName(SegmentKind kind) => kind switch
    {
        SegmentKind.Conjunction => "conjunction",
        SegmentKind.Preposition => "preposition",
        SegmentKind.Future => "future",
        SegmentKind.Article => "article",
        SegmentKind.Stem => "stem",
        SegmentKind.Pronoun => "pronoun",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
