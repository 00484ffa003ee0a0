using Extraction.Arabic.Claims;

namespace Extraction.Arabic.Pipeline;

/// <summary>The last stage: attributed claims, from tokens, sentences, entities and dates.</summary>
internal static class ClaimStage
{
    public static Document Run(Document doc, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return doc.WithClaims(ClaimExtractor.Extract(doc, cancellationToken));
    }
}
