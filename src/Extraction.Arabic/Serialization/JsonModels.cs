using System.Text.Json.Serialization;

namespace Extraction.Arabic.Serialization;

// The wire shape of CONTRACT.md (extraction/v1). Internal: the public model is Document.
#pragma warning disable CA1812 // instantiated by the mapper

internal sealed class DocumentDto
{
    [JsonPropertyName("file"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? File { get; set; }

    [JsonPropertyName("schema")]
    public string Schema { get; set; } = Document.Schema;

    [JsonPropertyName("documentDate")]
    public string? DocumentDate { get; set; }

    [JsonPropertyName("documentDateSource")]
    public string? DocumentDateSource { get; set; }

    [JsonPropertyName("sentences")]
    public List<SpanDto> Sentences { get; set; } = [];

    [JsonPropertyName("entities")]
    public List<EntityDto> Entities { get; set; } = [];

    [JsonPropertyName("dates")]
    public List<DateDto> Dates { get; set; } = [];

    [JsonPropertyName("claims")]
    public List<ClaimDto> Claims { get; set; } = [];

    [JsonPropertyName("diagnostics")]
    public List<DiagnosticDto> Diagnostics { get; set; } = [];

    [JsonPropertyName("tokens"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<TokenDto>? Tokens { get; set; }
}

internal sealed class DiagnosticDto
{
    [JsonPropertyName("code")]
    public string Code { get; set; } = "";

    [JsonPropertyName("message")]
    public string Message { get; set; } = "";

    [JsonPropertyName("start")]
    public int Start { get; set; }

    [JsonPropertyName("end")]
    public int End { get; set; }

    [JsonPropertyName("text")]
    public string Text { get; set; } = "";
}

internal sealed class ErrorDto
{
    [JsonPropertyName("file")]
    public string? File { get; set; }

    [JsonPropertyName("error")]
    public string Error { get; set; } = "";
}

internal sealed class SpanDto
{
    [JsonPropertyName("start")]
    public int Start { get; set; }

    [JsonPropertyName("end")]
    public int End { get; set; }

    [JsonPropertyName("text")]
    public string Text { get; set; } = "";
}

internal sealed class EntityDto
{
    [JsonPropertyName("id")]
    public string Id { get; set; } = "";

    [JsonPropertyName("type")]
    public string Type { get; set; } = "";

    [JsonPropertyName("name")]
    public string Name { get; set; } = "";

    [JsonPropertyName("latin")]
    public string? Latin { get; set; }

    [JsonPropertyName("category"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Category { get; set; }

    [JsonPropertyName("generic"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? Generic { get; set; }

    [JsonPropertyName("producer"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Producer { get; set; }

    [JsonPropertyName("aliases"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<string>? Aliases { get; set; }

    [JsonPropertyName("value"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public decimal? Value { get; set; }

    [JsonPropertyName("currency"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Currency { get; set; }

    [JsonPropertyName("linkedEntities"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<string>? LinkedEntities { get; set; }

    [JsonPropertyName("mentions")]
    public List<MentionDto> Mentions { get; set; } = [];
}

internal sealed class MentionDto
{
    [JsonPropertyName("start")]
    public int Start { get; set; }

    [JsonPropertyName("end")]
    public int End { get; set; }

    [JsonPropertyName("text")]
    public string Text { get; set; } = "";

    [JsonPropertyName("quantity"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public QuantityDto? Quantity { get; set; }
}

internal sealed class QuantityDto
{
    [JsonPropertyName("value")]
    public decimal Value { get; set; }

    [JsonPropertyName("qualifier")]
    public string Qualifier { get; set; } = "";

    [JsonPropertyName("start")]
    public int Start { get; set; }

    [JsonPropertyName("end")]
    public int End { get; set; }

    [JsonPropertyName("text")]
    public string Text { get; set; } = "";
}

internal sealed class DateDto
{
    [JsonPropertyName("start")]
    public int Start { get; set; }

    [JsonPropertyName("end")]
    public int End { get; set; }

    [JsonPropertyName("text")]
    public string Text { get; set; } = "";

    [JsonPropertyName("type")]
    public string Type { get; set; } = "";

    [JsonPropertyName("value")]
    public string? Value { get; set; }
}

internal sealed class SpeakerDto
{
    [JsonPropertyName("entity")]
    public string? Entity { get; set; }

    [JsonPropertyName("text")]
    public string Text { get; set; } = "";

    [JsonPropertyName("start")]
    public int Start { get; set; }

    [JsonPropertyName("end")]
    public int End { get; set; }
}

internal sealed class ClaimDto
{
    [JsonPropertyName("id")]
    public string Id { get; set; } = "";

    [JsonPropertyName("speaker")]
    public SpeakerDto Speaker { get; set; } = new();

    [JsonPropertyName("cue")]
    public SpanDto Cue { get; set; } = new();

    [JsonPropertyName("cueLemma")]
    public string CueLemma { get; set; } = "";

    [JsonPropertyName("cueKind")]
    public string CueKind { get; set; } = "";

    [JsonPropertyName("speakerKey")]
    public string SpeakerKey { get; set; } = "";

    [JsonPropertyName("polarity")]
    public string Polarity { get; set; } = "";

    [JsonPropertyName("content")]
    public SpanDto Content { get; set; } = new();

    [JsonPropertyName("date")]
    public string? Date { get; set; }

    [JsonPropertyName("dateSource")]
    public string? DateSource { get; set; }

    [JsonPropertyName("entities")]
    public List<string> Entities { get; set; } = [];
}

internal sealed class TokenDto
{
    [JsonPropertyName("start")]
    public int Start { get; set; }

    [JsonPropertyName("end")]
    public int End { get; set; }

    [JsonPropertyName("text")]
    public string Text { get; set; } = "";

    [JsonPropertyName("normalized")]
    public string Normalized { get; set; } = "";

    [JsonPropertyName("kind")]
    public string Kind { get; set; } = "";

    [JsonPropertyName("stem"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Stem { get; set; }

    [JsonPropertyName("segments"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<SegmentDto>? Segments { get; set; }
}

internal sealed class SegmentDto
{
    [JsonPropertyName("start")]
    public int Start { get; set; }

    [JsonPropertyName("end")]
    public int End { get; set; }

    [JsonPropertyName("text")]
    public string Text { get; set; } = "";

    [JsonPropertyName("kind")]
    public string Kind { get; set; } = "";
}

[JsonSourceGenerationOptions(WriteIndented = false)]
[JsonSerializable(typeof(DocumentDto))]
[JsonSerializable(typeof(ErrorDto))]
internal sealed partial class DocumentJsonContext : JsonSerializerContext
{
}
