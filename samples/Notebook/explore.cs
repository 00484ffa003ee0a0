#:project ../../src/Extraction.Arabic/Extraction.Arabic.csproj
#:property TargetFramework=net10.0
#:property PublishAot=false
// Explore a folder of articles the way a notebook would: one table per kind of result, as TSV on stdout.
// Run: dotnet run samples/Notebook/explore.cs -- [FOLDER]   (default: seeds/)
using Extraction.Arabic;
using Extraction.Arabic.Claims;

string folder = args.Length > 0 ? args[0] : Path.Combine(Directory.GetCurrentDirectory(), "seeds");
var files = Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal).ToList();
var extractor = ArabicExtractor.CreateDefault();
var documents = extractor.ProcessBatch(files.Select(File.ReadAllText))
    .Select(r => r.Document ?? throw new InvalidOperationException(r.Error))
    .ToList();

Console.WriteLine("# articles\nfile\tdocumentDate\tsentences\ttokens\tentities\tdates\tclaims");
for (int i = 0; i < files.Count; i++)
{
    var d = documents[i];
    Console.WriteLine($"{Path.GetFileName(files[i])}\t{d.DocumentDate:yyyy-MM-dd}\t{d.Sentences.Length}\t{d.Tokens.Length}\t{d.Entities.Length}\t{d.Dates.Length}\t{d.Claims.Length}");
}

Console.WriteLine("\n# entities\nfile\ttype\tname\tlatin\tmentions");
for (int i = 0; i < files.Count; i++)
{
    foreach (var e in documents[i].Entities)
        Console.WriteLine($"{Path.GetFileName(files[i])}\t{e.Type}\t{e.Name}\t{e.Latin}\t{e.Mentions.Length}");
}

Console.WriteLine("\n# claims timeline\ndate\tspeaker\tcue\tpolarity\tcontent");
foreach (var entry in ClaimTimeline.Build(documents))
{
    var c = entry.Claim;
    Console.WriteLine($"{c.Date}\t{c.SpeakerKey}\t{c.CueLemma}\t{c.Polarity}\t{c.Content.Text.ReplaceLineEndings(" ")}");
}
