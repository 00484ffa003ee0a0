using System.Text.Json;
using Extraction.Arabic.Serialization;

namespace Extraction.Arabic.Tests;

public class DiagnosticsTests
{
    private static readonly ArabicExtractor Extractor = ArabicExtractor.CreateDefault();

    [Fact]
    public void Diagnostics_RelativeDateWithoutDocumentDate_DateWithoutAnchor()
    {
        var doc = Extractor.Process("وصل الوزير إلى الرياض أمس.");
        var date = doc.Dates.Should().ContainSingle().Subject;
        date.Value.Should().BeNull();
        doc.Diagnostics.Should().ContainSingle(g => g.Code == DiagnosticCodes.DateWithoutAnchor)
            .Which.Location.Span.Should().Be(date.Span);
    }

    [Fact]
    public void Diagnostics_SameTextWithDocumentDate_NoDateDiagnostic()
    {
        var doc = Extractor.Process("وصل الوزير إلى الرياض أمس.", new DateOnly(2021, 10, 20));
        doc.Dates.Should().ContainSingle().Which.Value.Should().Be("2021-10-19");
        doc.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Diagnostics_VagueExpressionWithDocumentDate_DateVague()
    {
        var doc = Extractor.Process("ارتفعت الأسعار خلال الأيام الماضية في الأسواق.", new DateOnly(2021, 10, 20));
        var date = doc.Dates.Should().ContainSingle().Subject;
        date.Value.Should().BeNull();
        doc.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.DateVague);
    }

    [Fact]
    public void Diagnostics_UnnamedSourceAndNoDocumentDate_SpeakerAndDateCodes()
    {
        const string text = "وقال مصدر أمني إن الهجوم وقع قرب الحدود.";
        var doc = Extractor.Process(text);
        var claim = doc.Claims.Should().ContainSingle().Subject;
        claim.Speaker.EntityId.Should().BeNull();
        claim.Date.Should().BeNull();
        doc.Diagnostics.Select(g => g.Code).Should().BeEquivalentTo([DiagnosticCodes.SpeakerWithoutEntity, DiagnosticCodes.ClaimWithoutDate]);
        doc.Diagnostics.Single(g => g.Code == DiagnosticCodes.SpeakerWithoutEntity).Location.Should().Be(claim.Speaker.Mention);
        doc.Diagnostics.Single(g => g.Code == DiagnosticCodes.ClaimWithoutDate).Location.Should().Be(claim.Cue);
        doc.Diagnostics.Select(g => g.Location.Span.Start).Should().BeInAscendingOrder();
    }

    [Fact]
    public void Diagnostics_NamedSpeakerWithDocumentDate_None()
    {
        var doc = Extractor.Process("وقال الرئيس الروسي فلاديمير بوتين إن التعاون مستمر.", new DateOnly(2021, 10, 20));
        doc.Claims.Should().ContainSingle().Which.Speaker.EntityId.Should().NotBeNull();
        doc.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Serialize_Diagnostics_HaveCodeMessageAndExactText()
    {
        const string text = "وقال مصدر أمني أمس إن الهجوم وقع قرب الحدود.";
        using var parsed = JsonDocument.Parse(DocumentJson.Serialize(Extractor.Process(text)));
        var items = parsed.RootElement.GetProperty("diagnostics").EnumerateArray().ToList();
        items.Should().NotBeEmpty();
        foreach (var g in items)
        {
            g.GetProperty("code").GetString().Should().MatchRegex("^EXA[0-9]{3}$");
            g.GetProperty("message").GetString().Should().NotBeNullOrWhiteSpace();
            int start = g.GetProperty("start").GetInt32(), end = g.GetProperty("end").GetInt32();
            g.GetProperty("text").GetString().Should().Be(text[start..end]);
        }
    }

    [Fact]
    public void Diagnostics_EmptyDocument_Empty()
        => Extractor.Process("").Diagnostics.Should().BeEmpty();
}
