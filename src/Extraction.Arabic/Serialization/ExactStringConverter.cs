using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Extraction.Arabic.Serialization;

/// <summary>Writes strings so that they decode to exactly the same UTF-16, lone surrogates included.</summary>
/// <remarks>System.Text.Json replaces a lone surrogate with U+FFFD, which would break
/// <c>text == input.Substring(start, end - start)</c>. Strings that contain one are written with <c>\uXXXX</c> escapes
/// as raw JSON; all others go through the normal writer.</remarks>
internal sealed class ExactStringConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetString();

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        if (!HasLoneSurrogate(value))
        {
            writer.WriteStringValue(value);
            return;
        }

        var sb = new StringBuilder(value.Length + 16).Append('"');
        foreach (char c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                default:
                    if (c < 0x20 || char.IsSurrogate(c) || c > 0x7E) sb.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }

        writer.WriteRawValue(sb.Append('"').ToString(), skipInputValidation: true);
    }

    private static bool HasLoneSurrogate(string s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (!char.IsSurrogate(c)) continue;
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                i++;
                continue;
            }

            return true;
        }

        return false;
    }
}
