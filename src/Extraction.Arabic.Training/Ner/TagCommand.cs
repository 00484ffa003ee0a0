using System.Text;

namespace Extraction.Arabic.Training.Ner;

/// <summary><c>tag</c>: tags pre-tokenized text, one token per line.</summary>
internal static class TagCommand
{
    public const string Usage = """
        tag [FILE|-] [--labels anercorp] [--model FILE|shipped] [--out FILE]
            Reads one token per line (extra columns after the token are ignored; a blank line ends a sentence) and
            writes token<TAB>tag lines in the same order, with the blank lines kept. Tags are B-/I- PERSON,
            ORGANIZATION, LOCATION, MISC, or with --labels anercorp B-/I- PERS, ORG, LOC, MISC. Articles are found by
            their datelines, for the document-level second pass.
        """;

    public static int Run(string[] args)
    {
        var a = new NerArgs(args);
        string input = a.Positional.Count > 0 ? a.Positional[0] : "-";
        if (input != "-" && !File.Exists(input))
        {
            Console.Error.WriteLine($"error: no such file: {input}");
            return 1;
        }

        string[] names = a.Get("--labels", "") == "anercorp" ? NerCorpora.AnercorpTypes : NerCorpora.Types;
        var tagger = NerEvaluation.LoadTagger(a.Get("--model", "shipped"));
        var reader = input == "-" ? new StreamReader(Console.OpenStandardInput(), Encoding.UTF8) : new StreamReader(input, Encoding.UTF8);
        var sentences = new List<CorpusSentence>();
        var tokens = new List<string>();
        int document = 0;
        using (reader)
        {
            string? line;
            while ((line = reader.ReadLine()) is not null)
            {
                string t = line.Trim();
                if (t.Length == 0)
                {
                    Flush();
                    continue;
                }

                int cut = t.IndexOfAny([' ', '\t']);
                tokens.Add(cut < 0 ? t : t[..cut]);
            }

            Flush();
        }

        var output = a.Has("--out") ? new StreamWriter(a.Get("--out", ""), false, new UTF8Encoding(false)) : new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false));
        using (output)
        {
            var predicted = NerEvaluation.Tag(tagger, sentences);
            for (int s = 0; s < sentences.Count; s++)
            {
                var tags = new string[sentences[s].Tokens.Length];
                Array.Fill(tags, "O");
                foreach (var (type, start, end) in predicted[s])
                {
                    tags[start] = "B-" + names[type];
                    for (int i = start + 1; i < end; i++) tags[i] = "I-" + names[type];
                }

                for (int i = 0; i < tags.Length; i++) output.Write($"{sentences[s].Tokens[i]}\t{tags[i]}\n");
                output.Write('\n');
            }
        }

        return 0;

        void Flush()
        {
            if (tokens.Count == 0) return;
            string[] tk = [.. tokens];
            if (sentences.Count > 0 && NerCorpora.LooksLikeDateline(tk)) document++;
            sentences.Add(new CorpusSentence(tk, [], document));
            tokens.Clear();
        }
    }
}
