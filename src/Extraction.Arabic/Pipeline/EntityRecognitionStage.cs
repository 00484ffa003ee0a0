using Extraction.Arabic.Entities;
using Extraction.Arabic.Entities.Features;
using Extraction.Arabic.Entities.Ner;
using Extraction.Arabic.Tokenization;

namespace Extraction.Arabic.Pipeline;

/// <summary>The entity stage: tags each sentence with the shipped statistical model, trims clitics off mention
/// edges, and groups mentions into entities (<see cref="EntityGrouper"/>).</summary>
/// <remarks>
/// <para>Requires tokens and sentences. Sentences longer than <see cref="MaxWindow"/> tokens (text without sentence
/// punctuation) are tagged in consecutive windows of that size, so memory stays bounded; a name that straddles a
/// window edge may be cut there. Text without Arabic letters is tagged like any other (Latin names are rarely
/// found: the model is trained on Arabic script).</para>
/// <para>A leading proclitic (و، ف، ب، ل، ك, or و/ف + ب/ل/ك) is left out of a mention when the rest of the word starts
/// with the article (<c>والقاهرة</c> → <c>القاهرة</c>), is a country (<c>بروسيا</c> → <c>روسيا</c>) or is a word of
/// another mention in the document (<c>وموسكو</c> → <c>موسكو</c>). Otherwise the word stays whole when it stands as a
/// later word of a mention (<c>فومين</c> after <c>ألكسندر فومين</c>) or is itself a gazetteer place or name whose rest
/// is no place (<c>باريس</c>, <c>فاتن</c>); failing that the clitic segmenter's split decides (<c>وجدة</c> → <c>جدة</c>;
/// <c>فيينا</c> is not split although <c>يينا</c>, Jena, is a city), and last a rest that is a place of the lexicons
/// when the whole word is no name. ل before the article loses its alef (<c>للسعودية</c>): the mention then reads
/// <c>لسعودية</c> and is grouped and named as <c>السعودية</c> when the article is there (another mention has it, the
/// clitic segmenter marks it, or the lexicons know the word only with it: <c>لليمن</c> but not <c>للبنان</c>).</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
internal sealed class EntityRecognitionStage
{
    public const int MaxWindow = 400;

    private static readonly EntityType[] s_types = [EntityType.Person, EntityType.Organization, EntityType.Location, EntityType.Misc];

    private const uint PlaceCategories = (uint)(LexiconCategory.City | LexiconCategory.Country);

    /// <summary>Names from the gazetteers and curated lists (not the self-tagged Wikipedia words, which include
    /// clitic-attached forms such as بإيطاليا, nor the Wikidata name tokens seen fewer than three times, which include
/// transliterations that collide with clitic forms: لابو، والدي).</summary>
    private const uint GazetteerNames = PlaceCategories | (uint)(LexiconCategory.PersonTokenFrequent | LexiconCategory.GivenName);

    private readonly NerTagger? _explicitTagger;

    /// <summary>A stage with the shipped model, loaded on first use.</summary>
    public EntityRecognitionStage()
    {
    }

    /// <summary>A stage with a given tagger (tests).</summary>
    public EntityRecognitionStage(NerTagger tagger) => _explicitTagger = tagger;

    private NerTagger? Tagger => _explicitTagger ?? NerModelStore.Tagger;

    public Document Run(Document document, CancellationToken cancellationToken)
    {
        var tagger = Tagger;
        if (document.Tokens.IsEmpty || tagger is null) return document;
        return Run(document, tagger, cancellationToken);
    }

    private static Document Run(Document document, NerTagger tagger, CancellationToken cancellationToken)
    {
        string text = document.Text;
        var windows = new List<NerToken[]>();
        var firstToken = new List<int>();
        foreach (var sentence in document.Sentences)
        {
            for (int start = 0; start < sentence.TokenCount; start += MaxWindow)
            {
                int count = Math.Min(MaxWindow, sentence.TokenCount - start);
                var tokens = new NerToken[count];
                for (int i = 0; i < count; i++)
                {
                    var t = document.Tokens[sentence.FirstToken + start + i];
                    tokens[i] = new NerToken(text, t.Span.Start, t.Span.Length, t.Kind);
                }

                windows.Add(tokens);
                firstToken.Add(sentence.FirstToken + start);
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        int[][] tags = tagger.TagDocument(windows);
        cancellationToken.ThrowIfCancellationRequested();

        var spans = new List<(int Type, int Start, int End)>[windows.Count];
        for (int w = 0; w < windows.Count; w++)
        {
            spans[w] = tagger.Tags.Decode(tags[w]);
            ExtendWithFamilyName(tagger, document, firstToken[w], windows[w].Length, spans[w]);
            TrimReportingVerbs(tagger.Features.Lexicon, document, firstToken[w], spans[w]);
            JoinAcrossAmir(tagger.Tags.Types, document, firstToken[w], spans[w]);
        }

        // Words of the mentions in the document, to tell وموسكو (و + a name found elsewhere) from بوتين.
        // Words inside a mention after its first (فومين in ألكسندر فومين) stand without a proclitic: such a word is a
        // name as it is written, wherever it stands.
        var mentionStarts = new HashSet<string>(StringComparer.Ordinal);
        var innerWords = new HashSet<string>(StringComparer.Ordinal);
        for (int w = 0; w < windows.Count; w++)
        {
            foreach (var (_, start, end) in spans[w])
            {
                for (int i = start; i < end; i++)
                {
                    string word = Fold(document.Tokens[firstToken[w] + i].Text);
                    mentionStarts.Add(word);
                    if (i > start) innerWords.Add(word);
                }
            }
        }

        var mentions = new List<RawMention>();
        var types = tagger.Tags.Types;
        for (int w = 0; w < windows.Count; w++)
        {
            foreach (var (type, start, end) in spans[w])
            {
                if (type < 0 || type >= s_types.Length || !string.Equals(types[type], NerTypeNames[type], StringComparison.Ordinal)) continue;
                var first = document.Tokens[firstToken[w] + start];
                var last = document.Tokens[firstToken[w] + end - 1];
                int from = first.Span.Start + ProcliticLength(tagger, first, mentionStarts, innerWords);
                var words = new string[end - start];
                for (int i = start; i < end; i++)
                {
                    var tok = document.Tokens[firstToken[w] + i];
                    words[i - start] = i == start ? Fold(text.AsSpan(from, tok.Span.End - from)) : Fold(tok.Text);
                }

                // ل before the article drops its alef (للسعودية): the mention reads لسعودية, and groups and is named as
                // السعودية when the article is there.
                bool elided = from > first.Span.Start && text[from - 1] == '\u0644' && words[0].StartsWith('\u0644')
                    && HasElidedArticle(tagger.Features.Lexicon, first, words[0], mentionStarts);
                if (elided) words[0] = "\u0627" + words[0];

                bool knownName = end - start == 1 && (tagger.Features.Lexicon.Lookup(words[0], out _) & GazetteerNames) != 0;
                mentions.Add(new RawMention(s_types[type], new TextSpan(from, last.Span.End - from), words, elided, knownName));
            }
        }

        return document.WithEntities(EntityGrouper.Group(text, mentions, PeopleLexicon.Default));
    }

    private static readonly string[] NerTypeNames = ["PERSON", "ORGANIZATION", "LOCATION", "MISC"];

    /// <summary>Drops reporting verbs and participles from the end of a mention (<c>قريشي أكدا</c>, <c>ديمبسي أبلغ</c>):
    /// the model sometimes runs a name on into the verb after it. Forms that are frequent name tokens too (طالب، عزت،
    /// راي) stay; the rare ones of the Wikidata list (أكدا) do not count.</summary>
    private static void TrimReportingVerbs(NerLexicon lexicon, Document document, int firstToken, List<(int Type, int Start, int End)> spans)
    {
        for (int k = 0; k < spans.Count; k++)
        {
            var (type, start, end) = spans[k];
            while (end - 1 > start && IsReportingVerb(lexicon, document.Tokens[firstToken + end - 1])) end--;
            spans[k] = (type, start, end);
        }
    }

    /// <summary>Joins two person mentions around a bare أمير: in <c>حسين أمير عبد اللهيان</c> or <c>أمير علي حاجي زاده</c>
    /// after a given name, أمير is part of a compound given name (Persian Amir), not the title "prince", which stands
    /// before a name and takes the article (<c>الأمير</c>) or a genitive (<c>أمير قطر</c>).</summary>
    private static void JoinAcrossAmir(string[] types, Document document, int firstToken, List<(int Type, int Start, int End)> spans)
    {
        for (int k = spans.Count - 2; k >= 0; k--)
        {
            var (type, start, end) = spans[k];
            var next = spans[k + 1];
            if (next.Start != end + 1 || next.Type != type || !string.Equals(types[type], "PERSON", StringComparison.Ordinal)) continue;
            if (Fold(document.Tokens[firstToken + end].Text) != "\u0627\u0645\u064A\u0631") continue;
            spans[k] = (type, start, next.End);
            spans.RemoveAt(k + 1);
        }
    }

    private static bool IsReportingVerb(NerLexicon lexicon, Token token)
        => token.Kind == TokenKind.Word && Claims.CueLexicon.TryGetNormalized(token.Normalized, out var cue)
           && cue.Kind is Claims.ClaimCueKind.Verb or Claims.ClaimCueKind.Participle
           && cue.Lemma is not ("\u0631\u0627\u064A" or "\u0628\u064A\u0646") // رأى، بيّن: رايا، بينت are names too (Raya, Bennett)
           && (lexicon.LookupExact(Fold(token.Text)) & (uint)(LexiconCategory.PersonTokenFrequent | LexiconCategory.GivenName)) == 0;

    private const uint NameTokens = (uint)(LexiconCategory.PersonToken | LexiconCategory.GivenName);

    private const uint NotFamilyNames = (uint)(LexiconCategory.FunctionWord | LexiconCategory.ReportVerb | LexiconCategory.Title
        | LexiconCategory.Nisba | LexiconCategory.OrgHead | LexiconCategory.LocHead | LexiconCategory.MiscHead) | PlaceCategories;

    /// <summary>Extends a one-word person mention, a given name after a title (and nationality adjectives), by the word
    /// after it when that word has the shape of a nisba family name without the article (<c>الرئيس إبراهيم رئيسي</c>,
    /// <c>الرئيس الإيراني حسن روحاني</c>).</summary>
    /// <remarks>A name is definite, and an indefinite adjective cannot qualify it: an indefinite word ending in ي
    /// right after "title + given name" is a name. Words that start like an imperfect verb (<c>يمضي</c>, <c>تجري</c>)
    /// or with a preposition (<c>بتدريبي</c>) only count when the person-name lexicon lists them; listed function words,
    /// titles, nationalities, head nouns, places and reporting verbs never count. Longer mentions are left alone: after
    /// a full name, such a word is mostly a noun in construct (<c>محافظي</c>, <c>استشاري</c>).</remarks>
    private static void ExtendWithFamilyName(NerTagger tagger, Document document, int firstToken, int count, List<(int Type, int Start, int End)> spans)
    {
        var lexicon = tagger.Features.Lexicon;
        for (int k = 0; k < spans.Count; k++)
        {
            var (type, start, end) = spans[k];
            // (Type 0 is PERSON: the stage reads only models whose types are NerTypeNames in that order.)
            if (type != 0 || end != start + 1 || start == 0 || end >= count || (k + 1 < spans.Count && spans[k + 1].Start == end)) continue;
            if (!AfterTitle(lexicon, document, firstToken, start)) continue;
            if ((lexicon.LookupExact(Fold(document.Tokens[firstToken + end - 1].Text)) & NameTokens) == 0) continue;
            var next = document.Tokens[firstToken + end];
            string word = next.Text;
            if (next.Kind != TokenKind.Word || word.Length < 4 || word[^1] != '\u064A' || word[0] is '\u0648' or '\u0641') continue;
            string folded = Fold(word);
            if (folded.StartsWith("\u0627\u0644", StringComparison.Ordinal) || ArticleAfterClitic(folded)) continue;
            uint categories = lexicon.LookupExact(folded);
            if ((categories & NotFamilyNames) != 0) continue;
            if (word[0] is '\u064A' or '\u062A' or '\u0646' or '\u0628' or '\u0644' or '\u0643' && (categories & NameTokens) == 0) continue;
            spans[k] = (type, start, end + 1);
        }
    }

    private static int ProcliticLength(NerTagger tagger, Token first, HashSet<string> mentionStarts, HashSet<string> innerWords)
    {
        if (first.Kind != TokenKind.Word || first.Text.Length < 4 || !NerText.IsProclitic(first.Text[0])) return 0;
        string folded = Fold(first.Text);
        var lexicon = tagger.Features.Lexicon;
        // One proclitic (و ف ب ل ك), or a conjunction and a preposition (وب، ول، فب …).
        int maxCut = folded.Length >= 5 && folded[0] is '\u0648' or '\u0641' && folded[1] is '\u0628' or '\u0644' or '\u0643' ? 2 : 1;

        // 1. Strong evidence for a proclitic: the rest has the article, is a country (بروسيا is ب + روسيا, not
        //    Prussia), or is a word of a mention elsewhere in the document (وموسكو).
        Span<uint> restCategories = stackalloc uint[3]; // lexicon categories of the rest after 1 and 2 letters
        for (int cut = 1; cut <= maxCut; cut++)
        {
            ReadOnlySpan<char> rest = folded.AsSpan(cut);
            if (rest.Length < 3) break;
            restCategories[cut] = lexicon.LookupExact(rest);
            bool article = rest.Length >= 4 && rest.StartsWith("\u0627\u0644", StringComparison.Ordinal) && folded[cut - 1] != '\u0644';
            if (article || (restCategories[cut] & (uint)LexiconCategory.Country) != 0 || mentionStarts.Contains(rest.ToString()))
                return SurfaceOffset(first.Text, cut);
        }

        // 2. Evidence for the whole word: it stands as a later word of a mention (فومين in ألكسندر فومين), or it is a
        //    gazetteer place or name (باريس, فاتن) whose rest is no place. When the rest is a place too (فيينا and
        //    يينا, Jena; وجدة, Oujda, and جدة) the clitic segmenter's split decides, and without a split the word
        //    stays whole. Lexicon keys drop the article, so a word with an article after its clitic (بالأزهر،
        //    للسعودية) is never looked up whole.
        if (innerWords.Contains(folded)) return 0;
        uint whole = ArticleAfterClitic(folded) ? 0 : lexicon.LookupExact(folded);
        bool wholeIsName = (whole & GazetteerNames) != 0 && (whole & (uint)LexiconCategory.FunctionWord) == 0;
        int restIsPlace = 0;
        for (int cut = 1; cut <= maxCut && restIsPlace == 0; cut++)
        {
            if ((restCategories[cut] & PlaceCategories) != 0) restIsPlace = cut;
        }

        if (wholeIsName && restIsPlace == 0) return 0;

        // 3. A segmenter that splits the word decides.
        int conj = 0;
        foreach (var s in first.Segments)
        {
            if (s.Kind is SegmentKind.Conjunction or SegmentKind.Preposition) conj = s.Span.End - first.Span.Start;
        }

        if (conj > 0 && conj < first.Text.Length - 1) return conj;

        // 4. Weak evidence: the rest is a place of the lexicons and the whole word is no name.
        if (restIsPlace > 0 && !wholeIsName) return SurfaceOffset(first.Text, restIsPlace);

        return 0;
    }

    /// <summary>Whether the token before window position <paramref name="start"/> is a title, possibly followed by
    /// up to two nationality adjectives (<c>الرئيس</c>, <c>الرئيس الإيراني</c>).</summary>
    private static bool AfterTitle(NerLexicon lexicon, Document document, int firstToken, int start)
    {
        for (int i = start - 1; i >= 0 && i >= start - 3; i--)
        {
            uint categories = lexicon.Lookup(Fold(document.Tokens[firstToken + i].Text), out _);
            if ((categories & (uint)LexiconCategory.Title) != 0) return true;
            if ((categories & (uint)LexiconCategory.Nisba) == 0) return false;
        }

        return false;
    }

    /// <summary>Whether <paramref name="rest"/>, a folded word that starts with ل after the preposition ل of لل, is the
    /// article without its alef (<c>للأمم</c>, <c>لليمن</c>) rather than a word of its own that starts with ل
    /// (<c>للبنان</c>, <c>لليبيا</c>): the article form names a mention of the document, or the clitic segmenter marks
    /// the article, or the lexicons know the word after the article and not the word as it stands.</summary>
    private static bool HasElidedArticle(NerLexicon lexicon, Token first, string rest, HashSet<string> mentionStarts)
    {
        string withArticle = "\u0627" + rest;
        if (mentionStarts.Contains(withArticle)) return true;
        foreach (var s in first.Segments)
        {
            if (s.Kind == SegmentKind.Article) return true;
        }

        const uint NotNames = (uint)LexiconCategory.FunctionWord;
        return rest.Length >= 4 && lexicon.LookupExact(rest) == 0 && (lexicon.LookupExact(withArticle) & ~NotNames) != 0;
    }

    /// <summary>Whether a clitic is followed by the article: و/ف/ب/ك + ال, or لل (ل before the article loses its alef),
    /// each possibly after و or ف.</summary>
    private static bool ArticleAfterClitic(ReadOnlySpan<char> folded)
    {
        if (folded.Length > 2 && folded[0] is '\u0648' or '\u0641' && folded[1] is '\u0628' or '\u0644' or '\u0643') folded = folded[1..];
        return folded.Length > 3 && (folded[1..].StartsWith("\u0627\u0644", StringComparison.Ordinal) || folded.StartsWith("\u0644\u0644", StringComparison.Ordinal));
    }

    /// <summary>The surface offset after <paramref name="letters"/> letters (marks and tatweel skipped).</summary>
    private static int SurfaceOffset(string surface, int letters)
    {
        int i = 0, seen = 0;
        while (i < surface.Length && seen < letters)
        {
            if (NerText.IsArabicWord(surface.AsSpan(i, 1))) seen++;
            i++;
        }

        while (i < surface.Length && !NerText.IsArabicWord(surface.AsSpan(i, 1))) i++;
        return i;
    }

    private static string Fold(ReadOnlySpan<char> s)
    {
        Span<char> buf = s.Length <= 128 ? stackalloc char[s.Length * 2 + 2] : new char[s.Length * 2 + 2];
        int n = NerText.Fold(s, buf);
        return new string(buf[..n]);
    }
}
