using System.Text;
using Extraction.Arabic.Entities.Features;
using Extraction.Arabic.Entities.Ner;

namespace Extraction.Arabic.Training.Ner;

/// <summary>A sentence read from a corpus: tokens and gold spans (type index into <see cref="NerCorpora.Types"/>).</summary>
internal sealed record CorpusSentence(string[] Tokens, List<(int Type, int Start, int End)> Spans, int Document);

/// <summary>Readers for the shared corpora, with their label mappings and tokenization fixes.</summary>
internal static class NerCorpora
{
    /// <summary>Our entity types, in tag order.</summary>
    public static readonly string[] Types = ["PERSON", "ORGANIZATION", "LOCATION", "MISC"];

    /// <summary>ANERcorp names of <see cref="Types"/>.</summary>
    public static readonly string[] AnercorpTypes = ["PERS", "ORG", "LOC", "MISC"];

    public const int Person = 0, Organization = 1, Location = 2, Misc = 3;

    public static readonly string[] Known = ["anercorp", "newsfane", "wikifane", "aqmar", "wojood"];

    private const char Lrm = '\u200E';

    /// <summary>Maps a tag's type (without B-/I-) of a corpus to one of ours; -1 for outside.</summary>
    public static int MapType(string format, string type) => format switch
    {
        "anercorp" or "conll" => type switch
        {
            "PERS" or "PER" or "PERSON" => Person,
            "ORG" or "ORGANIZATION" => Organization,
            "LOC" or "GPE" or "LOCATION" => Location,
            "MISC" or "MIS" => Misc,
            _ => -1,
        },
        "newsfane" or "wikifane" => FaneType(type),
        "aqmar" => type switch
        {
            "PER" => Person,
            "ORG" or "-ORG" => Organization,
            "LOC" => Location,
            _ when type.StartsWith("MIS", StringComparison.Ordinal) => Misc,
            _ => -1,
        },
        "wojood" => type switch
        {
            "PERS" => Person,
            "ORG" => Organization,
            "GPE" or "LOC" => Location,
            "FAC" or "EVENT" or "CURR" or "PRODUCT" or "LAW" => Misc,
            _ => -1,
        },
        _ => throw new ArgumentException($"Unknown corpus format '{format}'.", nameof(format)),
    };

    private static int FaneType(string fine) => fine switch
    {
        "Group" => -1,
        "Politician" or "Athlete" or "Artist" or "Other_PER" or "Religious_PER" or "Scientist" or "Police"
            or "Businessperson" or "Lawyer" or "Engineer" => Person,
        "Non-Governmental" or "Sports" or "Media" or "Government" or "Commercial" or "Educational"
            or "Medical-Science" or "Entertainment" or "Religious_ORG" => Organization,
        "Nation" or "Population-Center" or "State-or-Province" or "GPE-Cluster" or "Continent" or "County-or-District"
            or "Water-Body" or "Land-Region-Natural" or "Celestial" => Location,
        _ => Misc, // facilities, vehicles, weapons, products: ANERcorp tags such names MISC
    };

    /// <summary>Reads a CoNLL-style file: token, then tag columns; blank lines end sentences.</summary>
    public static List<CorpusSentence> Read(string path, string format, int documentBase = 0)
    {
        var sentences = new List<CorpusSentence>();
        var tokens = new List<string>();
        var tags = new List<string>();
        foreach (string raw in File.ReadLines(path, Encoding.UTF8))
        {
            string line = raw.TrimEnd('\r');
            string[] cols = line.Split(format is "newsfane" or "wikifane" ? '\t' : ' ', StringSplitOptions.RemoveEmptyEntries);
            if (cols.Length == 0)
            {
                Flush();
                continue;
            }

            string token = cols[0];
            if (format is "newsfane" or "wikifane")
            {
                token = token.Replace(Lrm.ToString(), "", StringComparison.Ordinal);
                if (token.Length == 0) continue;
            }

            string tag = cols.Length > 1 ? cols[1] : "O";
            if (format == "wojood" && token == "$#$") continue;
            tokens.Add(token);
            tags.Add(tag);
        }

        Flush();
        AssignDocuments(sentences, format, documentBase);
        return sentences;

        void Flush()
        {
            if (tokens.Count == 0) return;
            string[] tk = [.. tokens];
            string[] tg = [.. tags];
            if (format is "newsfane" or "wikifane") (tk, tg) = RejoinClitics(tk, tg);
            sentences.Add(new CorpusSentence(tk, Spans(tg, format), 0));
            tokens.Clear();
            tags.Clear();
        }
    }

    /// <summary>Reads every file of a folder (AQMAR: one article per file, one document each).</summary>
    public static List<CorpusSentence> ReadFolder(string folder, string format)
    {
        var all = new List<CorpusSentence>();
        int doc = 0;
        foreach (string file in Directory.EnumerateFiles(folder, "*.txt").OrderBy(f => f, StringComparer.Ordinal))
        {
            foreach (var s in Read(file, format)) all.Add(s with { Document = doc });
            doc++;
        }

        return all;
    }

    /// <summary>IOB2 (lenient, as conlleval) to spans of our types.</summary>
    public static List<(int Type, int Start, int End)> Spans(string[] tags, string format)
    {
        var spans = new List<(int, int, int)>();
        int open = -1, openType = -1;
        string openRaw = "";
        for (int i = 0; i <= tags.Length; i++)
        {
            string tag = i < tags.Length ? tags[i] : "O";
            string prefix = tag.Length > 2 && tag[1] == '-' ? tag[..1] : "O";
            string raw = prefix == "O" ? "" : tag[2..];
            bool continues = open >= 0 && prefix == "I" && raw == openRaw;
            if (continues) continue;
            if (open >= 0 && openType >= 0) spans.Add((openType, open, i));
            open = -1;
            if (prefix is "B" or "I")
            {
                open = i;
                openRaw = raw;
                openType = MapType(format, raw);
            }
        }

        return spans;
    }

    /// <summary>FANE corpora split the clitics و ف ب ل ك and pronoun suffixes into tokens of their own and mark
    /// Arabic tokens with U+200E; news input keeps clitics attached. This joins them back (ل + ال → لل, ة + suffix →
    /// ت), keeping the tag of the word the clitic belongs to.</summary>
    public static (string[] Tokens, string[] Tags) RejoinClitics(string[] tokens, string[] tags)
    {
        var outTokens = new List<string>(tokens.Length);
        var outTags = new List<string>(tags.Length);
        string prefix = "";
        string prefixTag = "O";
        for (int i = 0; i < tokens.Length; i++)
        {
            string t = tokens[i].Replace(Lrm.ToString(), "", StringComparison.Ordinal);
            if (t.Length == 0) t = "_";
            if (t.Length >= 5 && t.StartsWith("\u0644\u0627\u0644", StringComparison.Ordinal)) t = "\u0644\u0644" + t[3..];
            bool arabic = NerText.IsArabicWord(t);
            string next = i + 1 < tokens.Length ? tokens[i + 1].Replace(Lrm.ToString(), "", StringComparison.Ordinal) : "";
            bool nextArabic = NerText.IsArabicWord(next);
            bool prevArabic = outTokens.Count > 0 && prefix.Length == 0 && NerText.IsArabicWord(outTokens[^1]);
            if (t.Length == 1 && NerText.IsProclitic(t[0]) && nextArabic
                && !(t[0] == '\u0643' && prevArabic && !next.StartsWith("\u0627\u0644", StringComparison.Ordinal)))
            {
                prefix += t;
                if (prefixTag == "O") prefixTag = tags[i];
                continue;
            }

            if (prefix.Length == 0 && prevArabic && IsPronounSuffix(t))
            {
                string prev = outTokens[^1];
                if (prev.EndsWith('\u0629')) prev = prev[..^1] + "\u062A";
                outTokens[^1] = prev + t;
                continue;
            }

            string word = prefix.Length > 0 && prefix[^1] == '\u0644' && t.StartsWith("\u0627\u0644", StringComparison.Ordinal)
                ? prefix + t[1..]
                : prefix + t;
            outTokens.Add(word);
            outTags.Add(prefixTag.StartsWith("B-", StringComparison.Ordinal) ? prefixTag : tags[i]);
            prefix = "";
            prefixTag = "O";
        }

        if (prefix.Length > 0)
        {
            outTokens.Add(prefix);
            outTags.Add(prefixTag);
        }

        return ([.. outTokens], [.. outTags]);
    }

    private static bool IsPronounSuffix(string t) => t is "\u0647" or "\u0647\u0627" or "\u0647\u0645" or "\u0647\u0645\u0627" or "\u0647\u0646"
        or "\u0643" or "\u0643\u0645" or "\u0643\u0645\u0627" or "\u0643\u0646" or "\u0646\u0627" or "\u064A" or "\u0646\u064A";

    /// <summary>Marks document starts: AQMAR is per file; Wojood ends segments with <c>$#$</c> (dropped, so blocks of
    /// 20 sentences); ANERcorp and NewsFANE articles open with a dateline (<c>CITY ـ</c>, <c>CITY (د ب أ)</c>,
    /// <c>كتب :</c>); WikiFANE gets blocks of 40 sentences.</summary>
    private static void AssignDocuments(List<CorpusSentence> sentences, string format, int documentBase)
    {
        int doc = documentBase;
        for (int s = 0; s < sentences.Count; s++)
        {
            bool start = format switch
            {
                "anercorp" or "newsfane" or "conll" => s > 0 && LooksLikeDateline(sentences[s].Tokens),
                "wikifane" => s > 0 && s % 40 == 0,
                "wojood" => s > 0 && s % 20 == 0,
                _ => false,
            };
            if (start) doc++;
            sentences[s] = sentences[s] with { Document = doc };
        }
    }

    /// <summary>Whether a sentence opens an article: one of its first four tokens is a dateline separator.</summary>
    public static bool LooksLikeDateline(string[] tokens)
    {
        if (tokens.Length < 3) return false;
        if (tokens[0] is "\u0643\u062A\u0628") return true; // كتب
        for (int i = 1; i < Math.Min(4, tokens.Length); i++)
        {
            if (tokens[i] is "\u0640" or "-" or "(\u062F" or "(" or ":" or "\u2013") return true;
        }

        return false;
    }

    /// <summary>Turns corpus sentences into training sentences of one domain.</summary>
    public static List<NerTrainingSentence> ToTraining(IEnumerable<CorpusSentence> sentences, NerTagSet tags, int domain)
    {
        var list = new List<NerTrainingSentence>();
        foreach (var s in sentences)
        {
            var gold = new int[s.Tokens.Length];
            tags.Encode(s.Spans.ToArray(), gold);
            list.Add(new NerTrainingSentence([.. s.Tokens.Select(NerToken.FromString)], gold, domain, s.Document));
        }

        return list;
    }

    /// <summary>Letters-only folded text of a sentence, for overlap checks between corpora.</summary>
    public static string Letters(IEnumerable<string> tokens)
    {
        var sb = new StringBuilder();
        Span<char> buf = stackalloc char[512];
        foreach (string t in tokens)
        {
            if (t.Length > 200) continue;
            int n = NerText.Fold(t, buf);
            foreach (char c in buf[..n])
            {
                if (char.IsLetter(c)) sb.Append(c is '\u0649' ? '\u064A' : c is '\u0629' ? '\u0647' : c);
            }
        }

        return sb.ToString();
    }
}
