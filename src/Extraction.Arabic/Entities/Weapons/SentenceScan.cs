using System.Collections.Frozen;
using System.Globalization;
using Extraction.Arabic.Text;
using Extraction.Arabic.Tokenization;
using static Extraction.Arabic.Entities.Weapons.WeaponStage;

namespace Extraction.Arabic.Entities.Weapons;

/// <summary>One token as the weapon rules see it: folded form and its clitic-stripped readings.</summary>
internal sealed class TokView
{
    public required Token Token { get; init; }
    public required string Fold { get; init; }
    /// <summary>Readings without proclitics: index 0 is the token itself.</summary>
    public required Strip[] Strips { get; init; }
    /// <summary>The fold without a leading article.</summary>
    public required string NoArticle { get; init; }
    public List<string>? AtomsCache { get; set; }

    public TokenKind Kind => Token.Kind;
    public bool IsWord => Token.Kind == TokenKind.Word;
    public bool IsNameLike => Token.Kind is TokenKind.Word or TokenKind.Latin or TokenKind.Designator or TokenKind.Number;
}

/// <summary>A reading of a word without its proclitics.</summary>
/// <param name="Rest">The fold from the article on (the article kept; after لل it is restored as ال).</param>
/// <param name="Core">The fold without proclitics and article.</param>
/// <param name="SpanStart">Document offset where a mention starting with this reading begins (at the article; after لل).</param>
/// <param name="HasArticle">Whether the reading has the article.</param>
internal readonly record struct Strip(string Rest, string Core, int SpanStart, bool HasArticle);

/// <summary>A head phrase: head noun, optional modifiers, and the class they give.</summary>
internal sealed record HeadPhrase(int Start, int End, int StripIndex, HeadRule Rule, string? Category, bool Modified, bool IsMention);

/// <summary>The weapon and money rules over one sentence.</summary>
internal sealed class SentenceScan
{
    private const char Shadda = '\u0651';
    private static readonly FrozenSet<string> s_opening = new[] { "«", "“", "\"", "(", "[", "'", "‘", "‹", "„" }.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> s_closing = new[] { "»", "”", "\"", ")", "]", "'", "’", "›", "″", "“" }.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> s_typeWords = new[] { "طراز", "نوع", "طرازات", "موديل", "فئه" }.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> s_nationalities = new[]
    {
        "ايرانيه", "روسيه", "امريكيه", "اميركيه", "اسرائيليه", "تركيه", "صينيه", "حوثيه", "اوكرانيه", "سوريه", "عراقيه", "سعوديه",
        "مصريه", "فرنسيه", "بريطانيه", "المانيه", "ايطاليه", "اماراتيه", "قطريه", "يمنيه", "باكستانيه", "هنديه", "كوريه",
        "معاديه", "مفخخه", "انتحاريه", "هجوميه", "مسلحه", "عسكريه", "حربيه", "مجهوله", "تابعه", "اجنبيه", "غربيه",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The categories a head group can introduce (to choose between systems that share a name).</summary>
    private static readonly FrozenDictionary<string, FrozenSet<string>> s_groupCategories = new Dictionary<string, string[]>
    {
        ["aircraft"] = ["fighter-aircraft", "bomber", "helicopter", "transport-aircraft", "drone", "loitering-munition"],
        ["fighter"] = ["fighter-aircraft", "bomber"],
        ["drone"] = ["drone", "loitering-munition"],
        ["missile"] = ["ballistic-missile", "cruise-missile", "anti-tank", "air-defense", "missile", "rocket-artillery", "munition"],
        ["ship"] = ["warship", "submarine"],
        ["vehicle"] = ["tank", "armored-vehicle"],
        ["system"] = ["air-defense", "rocket-artillery", "anti-tank", "nuclear", "chemical"],
        ["array"] = ["air-defense", "rocket-artillery", "anti-tank", "ballistic-missile", "cruise-missile", "nuclear", "chemical"],
        ["launcher"] = ["rocket-artillery", "anti-tank", "bomber"],
        ["gun"] = ["artillery", "small-arms"],
        ["bomb"] = ["munition", "nuclear"],
    }.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);

    private readonly Document _doc;
    private readonly Sentence _sentence;
    private readonly WeaponLexicon _lex;
    private readonly TokView[] _t;
    /// <summary>Per token: -1 free, -2 blocked (not a weapon), else the index in <see cref="Results"/> of the named mention.</summary>
    private readonly int[] _owner;
    private readonly int _sentenceIndex;

    public SentenceScan(Document doc, Sentence sentence, WeaponLexicon lex)
    {
        _doc = doc;
        _sentence = sentence;
        _lex = lex;
        _sentenceIndex = sentence.FirstToken;
        var tokens = doc.GetTokens(sentence);
        _t = new TokView[tokens.Length];
        for (int i = 0; i < tokens.Length; i++) _t[i] = View(tokens[i]);
        _owner = new int[tokens.Length];
        Array.Fill(_owner, -1);
    }

    public List<Found> Results { get; } = [];

    public List<MoneyFound> Money { get; } = [];

    public void Run()
    {
        if (_t.Length == 0) return;
        FindNamed();
        FindByContext();
        FindParentheticalAliases();
        FindHeadPhrases();
        FindMoney();
        Results.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    // ---- token views -------------------------------------------------------------------------------------------

    private static TokView View(Token token)
    {
        string fold = WeaponLexicon.FoldNormalized(token.Normalized);
        var strips = new List<Strip> { new(fold, StripArticle(fold, out bool art0), token.Span.Start, art0) };
        if (token.Kind == TokenKind.Word && fold.Length >= 3)
        {
            int[]? map = OffsetMap(token.Text, fold.Length);
            if (map is not null)
            {
                foreach (string conj in (ReadOnlySpan<string>)["", "و", "ف"])
                {
                    foreach (string prep in (ReadOnlySpan<string>)["", "ب", "ل", "ك"])
                    {
                        foreach (bool art in (ReadOnlySpan<bool>)[false, true])
                        {
                            if (conj.Length == 0 && prep.Length == 0) continue;
                            bool ll = prep == "ل" && art;
                            string p = ll ? conj + "لل" : conj + prep + (art ? "ال" : "");
                            if (!fold.StartsWith(p, StringComparison.Ordinal) || fold.Length - p.Length < 2) continue;
                            string core = fold[p.Length..];
                            int clitics = ll ? p.Length : conj.Length + prep.Length;
                            string rest = ll ? "ال" + core : fold[clitics..];
                            int start = token.Span.Start + map[clitics];
                            if (strips.Any(s => s.Rest == rest && s.Core == core)) continue;
                            strips.Add(new Strip(rest, core, start, art));
                        }
                    }
                }
            }
        }

        return new TokView { Token = token, Fold = fold, Strips = [.. strips], NoArticle = strips[0].Core };
    }

    private static string StripArticle(string fold, out bool hasArticle)
    {
        hasArticle = fold.Length >= 4 && fold.StartsWith("ال", StringComparison.Ordinal);
        return hasArticle ? fold[2..] : fold;
    }

    /// <summary>Maps an index of the folded token to an offset in the token text, or null when they do not align.</summary>
    private static int[]? OffsetMap(string text, int foldedLength)
    {
        var map = new int[foldedLength + 1];
        int n = 0;
        for (int j = 0; j < text.Length; j++)
        {
            if (ArabicNormalizer.Default.IsRemoved(text[j])) continue;
            if (n >= foldedLength) return null;
            map[n++] = j;
        }

        if (n != foldedLength) return null;
        map[n] = text.Length;
        return map;
    }

    private List<string> Atoms(int i)
    {
        var v = _t[i];
        if (v.AtomsCache is null)
        {
            var list = new List<string>(2);
            WeaponLexicon.AddAtoms(v.Fold, list);
            v.AtomsCache = list;
        }

        return v.AtomsCache;
    }

    private static List<string> AtomsOf(string s)
    {
        var list = new List<string>(2);
        WeaponLexicon.AddAtoms(s, list);
        return list;
    }

    private bool IsPunct(int i, FrozenSet<string> set) => i >= 0 && i < _t.Length && _t[i].Kind == TokenKind.Punctuation && set.Contains(_t[i].Token.Text);

    private bool IsQuoteOrBracket(int i) => IsPunct(i, s_opening) || IsPunct(i, s_closing);

    /// <summary>The best clitic-free reading of a word (the shortest core of at least 2 letters that is known, else the fold).</summary>
    private string Plain(int i) => i < 0 || i >= _t.Length ? "" : _t[i].NoArticle;

    private string CoreOf(int i, Func<string, bool> known)
    {
        foreach (var s in _t[i].Strips)
        {
            if (known(s.Core)) return s.Core;
        }

        return _t[i].NoArticle;
    }

    // ---- pass 1: named systems from the lexicon ----------------------------------------------------------------

    private readonly record struct Candidate(int Entry, int Family, int LastToken, int Atoms, string? Number, bool AmbiguousForm, int StripIndex, bool HasNumber);

    private void FindNamed()
    {
        for (int i = 0; i < _t.Length; i++)
        {
            if (_owner[i] != -1 || !_t[i].IsNameLike) continue;
            if (_t[i].IsWord && _t[i].Fold == "ال") continue;
            Candidate? best = null;
            var strips = _t[i].Strips;
            for (int si = 0; si < strips.Length; si++)
            {
                Walk(i, AtomsOf(strips[si].Rest), si, ref best);
                if (strips[si].HasArticle) Walk(i, AtomsOf(strips[si].Core), si, ref best);
            }

            if (best is not { } c) continue;
            if (Accept(i, c, out int entry, out string? latin, out bool block))
            {
                if (block)
                {
                    for (int k = i; k <= c.LastToken; k++) _owner[k] = -2;
                    i = c.LastToken;
                    continue;
                }

                AddNamed(i, c.LastToken, c.StripIndex, entry, latin, c.Family >= 0 ? _lex.Entries[c.Family].Category : null, fromHead: false, family: c.Family);
                i = c.LastToken;
            }
        }
    }

    private void Walk(int first, List<string> firstAtoms, int stripIndex, ref Candidate? best)
    {
        var node = _lex.Root;
        int tok = first;
        var atoms = firstAtoms;
        int consumed = 0;
        bool hasNumber = false;
        while (true)
        {
            for (int ai = 0; ai < atoms.Count; ai++)
            {
                string atom = atoms[ai];
                bool isNumber = WeaponLexicon.IsNumberAtom(atom);
                if (node.Family >= 0 && isNumber && consumed > 0)
                {
                    var fam = _lex.Entries[node.Family];
                    if (int.TryParse(atom, NumberStyles.None, CultureInfo.InvariantCulture, out int number) && number >= fam.FamilyMinimum
                        && number <= fam.FamilyMaximum && number > 0)
                        Consider(ref best, new Candidate(-1, node.Family, tok, consumed + 1, atom, false, stripIndex, true));
                }

                var next = node.Next(atom);
                if (next is null) return;
                node = next;
                consumed++;
                hasNumber |= isNumber;
                if (node.Ends is { Count: > 0 } ends)
                {
                    var pick = PickEnd(ends, first);
                    Consider(ref best, new Candidate(pick.Entry, -1, tok, consumed, null, pick.AmbiguousForm, stripIndex, hasNumber));
                }
            }

            tok++;
            if (tok >= _t.Length || _owner[tok] != -1 || !_t[tok].IsNameLike) return;
            atoms = Atoms(tok);
        }
    }

    private FormEnd PickEnd(List<FormEnd> ends, int first)
    {
        if (ends.Count == 1) return ends[0];
        // Several systems share a name (ميسترال the missile and the ship): let the head noun decide.
        string? headCategory = HeadBefore(first) is { } h ? h.Category : null;
        foreach (var e in ends)
        {
            if (_lex.Entries[e.Entry].IsBlock) return e;
        }

        if (headCategory is not null)
        {
            foreach (var e in ends)
            {
                if (_lex.Entries[e.Entry].Category == headCategory) return e;
            }
        }

        if (HeadBefore(first) is { } head && s_groupCategories.TryGetValue(head.Rule.Group, out var fits))
        {
            foreach (var e in ends)
            {
                if (_lex.Entries[e.Entry].Category is { } c && fits.Contains(c)) return e;
            }
        }

        return ends[0];
    }

    private static void Consider(ref Candidate? best, Candidate c)
    {
        if (best is not { } b) { best = c; return; }
        if (c.LastToken > b.LastToken || (c.LastToken == b.LastToken && c.Atoms > b.Atoms)
            || (c.LastToken == b.LastToken && c.Atoms == b.Atoms && c.Entry >= 0 && b.Entry < 0))
            best = c;
    }

    private bool Accept(int i, Candidate c, out int entry, out string? latin, out bool block)
    {
        var e = _lex.Entries[c.Entry >= 0 ? c.Entry : c.Family];
        entry = c.Entry;
        latin = c.Entry >= 0 ? e.Latin : e.Latin + "-" + c.Number;
        block = e.IsBlock;
        if (block) return true;

        // A name right after قانون، نادي، فريق … is something else (قانون باتريوت، نادي النصر).
        int p = PrevContent(i);
        if (p >= 0 && _lex.IsContext("notweapon", CoreOf(p, w => _lex.IsContext("notweapon", w)))) return false;

        // A Latin letter name right before the match (دي بي 9، إس بي إف 30، إكس سي 40) makes it the tail of a longer
        // code: a car, a sunscreen, a computer. Letter names after it are a variant (إس 300 بي إم يو) and stay.
        if (i > 0 && _t[i - 1].IsWord && _lex.IsContext("letters", _t[i - 1].Fold)) return false;

        // A trailing number that counts something else (شاهد 136 ألف) is no designator.
        if (c.HasNumber || c.Number is not null)
        {
            int n = c.LastToken + 1;
            if (n < _t.Length && Numbers.IsCountNoun(_t[n].Fold)) return false;
        }

        // سيارة من نوع يارس: the noun before من طراز/نوع says what kind of thing follows.
        int typeWord = TypeWordBefore(i);
        if (typeWord >= 0 && NotWeaponBefore(typeWord)) return false;

        // A plain Latin word (Spectre, Harm) needs context like an ambiguous name; an acronym in capitals does not.
        bool plainLatin = c.LastToken == i && _t[i].Kind == TokenKind.Latin && !IsAcronym(_t[i].Token.Text);
        bool ambiguous = e.IsAmbiguous || c.AmbiguousForm || plainLatin;
        if (!ambiguous) return true;
        if (typeWord >= 0) return true;
        if (HeadBefore(i) is { } head && Fits(head, e.Category)) return true;
        if (HasHyphenDesignator(i, c.LastToken)) return true;
        // A listed numbered form (شاهد 136, بركان 2) of an ambiguous name is specific enough, unless the form itself
        // is marked ambiguous (إم 4 the road, إي 3 also read آي 3).
        return c.Entry >= 0 && c.HasNumber && !e.IsFamily && !c.AmbiguousForm;
    }

    private bool HasHyphenDesignator(int first, int last)
    {
        for (int k = first; k <= last; k++)
        {
            if (_t[k].Kind == TokenKind.Designator && _t[k].Token.Text.Contains('-', StringComparison.Ordinal)) return true;
        }

        return false;
    }

    private int PrevContent(int i)
    {
        int j = i - 1;
        while (j >= 0 && (IsQuoteOrBracket(j) || (_t[j].IsWord && _t[j].Fold == "ال"))) j--;
        return j;
    }

    private void AddNamed(int first, int last, int stripIndex, int entry, string? latin, string? category, bool fromHead, string? unknownKey = null, int family = -1)
    {
        int start = _t[first].Strips[stripIndex].SpanStart;
        int end = _t[last].Token.Span.End;
        var f = new Found(_sentenceIndex, start, end, _doc.Text[start..end], false, category, entry, latin)
        {
            FromHead = fromHead,
            FirstToken = first,
            LastToken = last,
            UnknownKey = unknownKey,
            Family = family,
        };
        int index = Results.Count;
        Results.Add(f);
        for (int k = first; k <= last; k++) _owner[k] = index;
    }

    // ---- pass 2: unknown names by context ----------------------------------------------------------------------

    private void FindByContext()
    {
        for (int j = 0; j < _t.Length; j++)
        {
            if (_owner[j] != -1 || !_t[j].IsWord) continue;
            int nameStart;
            HeadPhrase? head = null;
            bool typeWord = false;
            if (s_typeWords.Contains(CoreOf(j, s_typeWords.Contains)))
            {
                if (NotWeaponBefore(j)) continue;
                typeWord = true;
                nameStart = j + 1;
                head = HeadBefore(j);
            }
            else if (MatchHead(j) is { } h)
            {
                head = h;
                nameStart = h.End + 1;
                if (nameStart < _t.Length && _t[nameStart].IsWord && s_typeWords.Contains(CoreOf(nameStart, s_typeWords.Contains))) continue;
                if (nameStart < _t.Length && _t[nameStart].IsWord && _t[nameStart].NoArticle is "من") continue;
            }
            else
            {
                continue;
            }

            if (!ReadName(nameStart, typeWord, out int first, out int last, out bool quoted, out bool latinLike)) continue;
            string? category = head?.Category;
            if (head is not null && !head.Modified)
            {
                // طائرات X المسيرة، صاروخ (X) مضاد للطائرات: the modifier comes after the name.
                var mod = MatchMods(head.Rule.Group, last + 1 + (quoted ? 1 : 0), out _);
                category = mod ?? category;
            }

            if (category is null) continue;
            if (!typeWord && !latinLike) continue;
            string text = _doc.Text[_t[first].Token.Span.Start.._t[last].Token.Span.End];
            string? latin = latinLike ? LatinOf(first, last) : null;
            AddNamed(first, last, 0, -1, latin, category, fromHead: true, unknownKey: WeaponLexicon.Fold(text));
            j = last;
        }
    }

    /// <summary>Reads a name at <paramref name="i"/>: a quoted span, or designator/Latin tokens, or an Arabic word with a number.</summary>
    private bool ReadName(int i, bool afterTypeWord, out int first, out int last, out bool quoted, out bool latinLike)
    {
        first = last = -1;
        quoted = latinLike = false;
        if (i < _t.Length && _t[i].IsWord && _t[i].Fold == "ال") i++;
        if (i >= _t.Length) return false;
        if (IsPunct(i, s_opening))
        {
            int k = i + 1;
            while (k < _t.Length && k - i <= 6 && !IsPunct(k, s_closing))
            {
                if (_owner[k] != -1 || !_t[k].IsNameLike) return false;
                k++;
            }

            if (k >= _t.Length || k == i + 1 || k - i > 6) return false;
            first = i + 1;
            last = k - 1;
            quoted = true;
            latinLike = Enumerable.Range(first, last - first + 1).Any(x => _t[x].Kind is TokenKind.Latin or TokenKind.Designator);
            return afterTypeWord || latinLike;
        }

        if (_owner[i] != -1) return false;
        if (_t[i].Kind is TokenKind.Designator or TokenKind.Latin)
        {
            first = last = i;
            while (last + 1 < _t.Length && last - first < 3 && _owner[last + 1] == -1
                   && _t[last + 1].Kind is TokenKind.Latin or TokenKind.Designator or TokenKind.Number)
                last++;
            latinLike = true;
            return true;
        }

        if (afterTypeWord && _t[i].IsWord && i + 1 < _t.Length && _owner[i + 1] == -1 && _t[i + 1].Kind is TokenKind.Number or TokenKind.Designator
            && !(i + 2 < _t.Length && Numbers.IsCountNoun(_t[i + 2].Fold)) && !_lex.Heads.ContainsKey(_t[i].NoArticle))
        {
            first = i;
            last = i + 1;
            latinLike = true; // a designator shape: name plus number
            return true;
        }

        return false;
    }

    private string? LatinOf(int first, int last)
    {
        var parts = new List<string>();
        for (int k = first; k <= last; k++)
        {
            if (_t[k].Kind is TokenKind.Latin or TokenKind.Designator || (_t[k].Kind == TokenKind.Number && parts.Count > 0))
                parts.Add(_t[k].Token.Text);
        }

        return parts.Count == 0 ? null : string.Join(' ', parts);
    }

    /// <summary><c>"جيران-2" (Geran-2)</c>: a bracketed Latin name right after a named mention is another mention of it.</summary>
    private void FindParentheticalAliases()
    {
        int count = Results.Count;
        for (int r = 0; r < count; r++)
        {
            var f = Results[r];
            if (f.Generic) continue;
            int k = f.LastToken + 1;
            while (k < _t.Length && IsPunct(k, s_closing) && !IsPunct(k, s_opening)) k++;
            if (k >= _t.Length || _t[k].Token.Text != "(") continue;
            int a = k + 1, b = a;
            while (b < _t.Length && _t[b].Kind is TokenKind.Latin or TokenKind.Designator or TokenKind.Number && b - a < 4) b++;
            if (b == a || b >= _t.Length || _t[b].Token.Text != ")") continue;
            if (!Enumerable.Range(a, b - a).Any(x => _t[x].Kind is TokenKind.Latin or TokenKind.Designator)) continue;
            if (Enumerable.Range(a, b - a).Any(x => _owner[x] != -1))
            {
                continue;
            }

            int start = _t[a].Token.Span.Start, end = _t[b - 1].Token.Span.End;
            var alias = f with { Start = start, End = end, Text = _doc.Text[start..end], FirstToken = a, LastToken = b - 1, Quantity = null };
            if (f.Latin is null && f.Entry < 0)
            {
                // The bracketed Latin names the unknown system: use it for both.
                string latin = LatinOf(a, b - 1)!;
                Results[r] = f with { Latin = latin };
                alias = alias with { Latin = latin };
            }

            int index = Results.Count;
            Results.Add(alias);
            for (int x = a; x < b; x++) _owner[x] = index;
        }
    }

    // ---- pass 3: head phrases, absorption and generic mentions --------------------------------------------------

    private void FindHeadPhrases()
    {
        var firstOwner = new Dictionary<int, int>();
        for (int r = 0; r < Results.Count; r++) firstOwner.TryAdd(Results[r].FirstToken, r);

        for (int i = 0; i < _t.Length; i++)
        {
            if (_owner[i] != -1) continue;
            if (MatchHead(i) is not { } h) continue;

            // Does the phrase introduce a named system (… من طراز X, صواريخ X, الدبابة لوكلير)?
            int k = h.End + 1, gap = 0;
            while (k < _t.Length && gap < 6 && _owner[k] == -1 && IsGap(k)) { k++; gap++; }
            if (k < _t.Length && _owner[k] >= 0 && firstOwner.TryGetValue(k, out int r) && !Coordinated(Results[r]))
            {
                var named = Results[r];
                if (named.Category is null && h.Category is not null)
                {
                    Results[r] = named with { Category = h.Category ?? named.Category };
                }

                AttachQuantity(h.Start, r);
                i = h.End;
                continue;
            }

            if (h.IsMention)
            {
                int start = _t[h.Start].Strips[h.StripIndex].SpanStart;
                int end = _t[h.End].Token.Span.End;
                var f = new Found(_sentenceIndex, start, end, _doc.Text[start..end], true, h.Category, -1, null)
                {
                    FirstToken = h.Start,
                    LastToken = h.End,
                };
                Results.Add(f);
                AttachQuantity(h.Start, Results.Count - 1);
                for (int x = h.Start; x <= h.End; x++) _owner[x] = Results.Count - 1;
            }

            i = h.End;
        }

        // Named mentions keep their own counts too (12 F-16 without a head noun is rare but possible).
        for (int r = 0; r < Results.Count; r++)
        {
            if (Results[r].Quantity is null && !Results[r].Generic) AttachQuantity(Results[r].FirstToken, r);
        }
    }

    /// <summary>Whether a named mention starts with و or ف (a further item of a list, not the head's own name).</summary>
    private bool Coordinated(Found named)
    {
        int tokenStart = _t[named.FirstToken].Token.Span.Start;
        var prefix = _doc.Text.AsSpan(tokenStart, named.Start - tokenStart);
        return prefix.Contains('\u0648') || prefix.Contains('\u0641');
    }

    private bool IsGap(int k)
    {
        if (IsQuoteOrBracket(k)) return true;
        if (!_t[k].IsWord) return false;
        string w = _t[k].NoArticle;
        return _t[k].Fold == "ال" || w == "من" || s_typeWords.Contains(CoreOf(k, s_typeWords.Contains))
               || _lex.SkipWords.Contains(_t[k].Fold) || IsNisba(k);
    }

    private bool IsNisba(int k)
    {
        if (!_t[k].IsWord) return false;
        string w = _t[k].NoArticle;
        return w.Length >= 5 && (w.EndsWith("يه", StringComparison.Ordinal) || w.EndsWith("يا", StringComparison.Ordinal) || w.EndsWith('ي'));
    }

    /// <summary>The head phrase starting at <paramref name="i"/>, or null.</summary>
    private HeadPhrase? MatchHead(int i)
    {
        if (i < 0 || i >= _t.Length || !_t[i].IsWord || _owner[i] != -1) return null;
        HeadRule? bestRule = null;
        int bestEnd = -1, bestStrip = 0;
        var strips = _t[i].Strips;
        for (int si = 0; si < strips.Length; si++)
        {
            if (!_lex.Heads.TryGetValue(strips[si].Core, out var rules)) continue;
            foreach (var rule in rules)
            {
                int end = MatchRest(rule.Pattern, i);
                if (end > bestEnd) { bestEnd = end; bestRule = rule; bestStrip = si; }
            }
        }

        if (bestRule is null) return null;
        string? modCategory = MatchMods(bestRule.Group, bestEnd + 1, out int modEnd);
        int end2 = modCategory is null ? bestEnd : modEnd;
        string? category = modCategory ?? bestRule.Category;
        bool isMention = category is not null && (modCategory is not null || CheckAlone(bestRule, i, bestStrip, end2));
        if (isMention && !CheckContext(bestRule, i, bestStrip)) isMention = false;
        return new HeadPhrase(i, end2, bestStrip, bestRule, category, modCategory is not null, isMention);
    }

    /// <summary>Matches the words after the first of a pattern; returns the last token, or -1.</summary>
    private int MatchRest(WordPattern p, int i)
    {
        int k = i;
        for (int w = 1; w < p.Words.Length; w++)
        {
            k++;
            if (k < _t.Length && _t[k].Token.Text == "-") k++;
            if (k >= _t.Length || _owner[k] != -1 || !_t[k].IsWord) return -1;
            if (!p.Words[w].Contains(_t[k].Fold) && !p.Words[w].Contains(_t[k].NoArticle)) return -1;
        }

        return k;
    }

    /// <summary>Modifiers of a head of <paramref name="group"/> from token <paramref name="k"/>: the category they give,
    /// and the last token they cover; null when none.</summary>
    private string? MatchMods(string group, int k, out int end)
    {
        end = k - 1;
        string? category = null;
        int skipped = 0;
        while (k < _t.Length && _owner[k] == -1 && _t[k].IsWord)
        {
            int bestEnd = -1;
            string? bestCategory = null;
            foreach (var m in _lex.Mods)
            {
                if (!m.Groups.Contains(group) && !m.Groups.Contains("any")) continue;
                if (!m.Pattern.Words[0].Contains(_t[k].Fold) && !m.Pattern.Words[0].Contains(_t[k].NoArticle)) continue;
                int e = MatchRest(m.Pattern, k);
                if (e > bestEnd) { bestEnd = e; bestCategory = m.Category; }
            }

            if (bestEnd >= 0)
            {
                if (category is null || (category == "drone" && bestCategory == "loitering-munition")) category = bestCategory;
                end = bestEnd;
                k = bestEnd + 1;
                skipped = 0;
                continue;
            }

            if (skipped < 2 && (_lex.SkipWords.Contains(_t[k].Fold) || IsNisba(k)))
            {
                k++;
                skipped++;
                continue;
            }

            break;
        }

        return category;
    }

    private bool CheckAlone(HeadRule rule, int i, int strip, int end)
    {
        bool alone = (rule.Flags & HeadFlags.Alone) != 0;
        if ((rule.Flags & HeadFlags.DroneCheck) != 0) return DroneContext(i, end);
        if ((rule.Flags & HeadFlags.FighterCheck) != 0) return alone ? !FemaleFighters(end) : SingularNoun(i, strip, end);
        if ((rule.Flags & HeadFlags.NounCheck) != 0) return SingularNoun(i, strip, end);
        if (!alone) return false;
        if (_t[i].Strips[strip].Core == "بندقيه" && _t[i].Strips[strip].HasArticle) return !Venice(i);
        return true;
    }

    private bool CheckContext(HeadRule rule, int i, int strip)
    {
        if ((rule.Flags & HeadFlags.OrgCheck) != 0)
        {
            int p = PrevContent(i);
            if (p >= 0 && _t[p].IsWord && _lex.IsContext("org", CoreOf(p, w => _lex.IsContext("org", w)))) return false;
        }

        _ = strip;
        return true;
    }

    /// <summary>مسيرة is a drone, not a march or a career, when the text shows it.</summary>
    private bool DroneContext(int i, int end)
    {
        if (_t[i].Token.Text.Contains(Shadda, StringComparison.Ordinal)) return true;
        if (NumberBefore(i) >= 0) return true;
        int n = end + 1;
        if (n < _t.Length && _t[n].IsWord && (s_nationalities.Contains(_t[n].NoArticle) || s_typeWords.Contains(_t[n].NoArticle) || _t[n].NoArticle == "من" && n + 1 < _t.Length && s_typeWords.Contains(_t[n + 1].NoArticle)))
            return true;
        for (int k = Math.Max(0, i - 5); k <= Math.Min(_t.Length - 1, end + 5); k++)
        {
            if (k >= i && k <= end) continue;
            if (_t[k].IsWord && _lex.IsContext("drone", CoreOf(k, w => _lex.IsContext("drone", w)))) return true;
        }

        return false;
    }

    /// <summary>المقاتلات الكرديات: female fighters, not aircraft.</summary>
    private bool FemaleFighters(int end)
    {
        int n = end + 1;
        if (n >= _t.Length || !_t[n].IsWord) return false;
        string w = _t[n].NoArticle;
        return w.EndsWith("يات", StringComparison.Ordinal) || (w == "من" && n + 1 < _t.Length && _t[n + 1].NoArticle is "وحدات" or "صفوف");
    }

    /// <summary>A singular noun that is also an adjective (مقاتلة، مدرعة، مدمرة) counts as the noun after a number, at
    /// the start of a definite phrase that follows no definite noun, or before a nationality.</summary>
    private bool SingularNoun(int i, int strip, int end)
    {
        if (NumberBefore(i) >= 0) return true;
        int p = PrevContent(i);
        bool prevIsNoun = p >= 0 && _t[p].IsWord && (_t[p].Fold.StartsWith("ال", StringComparison.Ordinal)
            || _t[p].NoArticle.EndsWith("ات", StringComparison.Ordinal) || _t[p].NoArticle.EndsWith('ه'));
        if (_t[i].Strips[strip].HasArticle) return !(p >= 0 && _t[p].IsWord && _t[p].Fold.StartsWith("ال", StringComparison.Ordinal));
        int n = end + 1;
        return !prevIsNoun && n < _t.Length && _t[n].IsWord && s_nationalities.Contains(_t[n].NoArticle);
    }

    /// <summary>البندقية is also Venice: the definite singular is a rifle only near words of shooting.</summary>
    private bool Venice(int i)
    {
        for (int k = Math.Max(0, i - 6); k <= Math.Min(_t.Length - 1, i + 6); k++)
        {
            if (k != i && _t[k].IsWord && _lex.IsContext("gun", CoreOf(k, w => _lex.IsContext("gun", w)))) return false;
        }

        return true;
    }

    /// <summary>The token of a number right before <paramref name="i"/> (a scale word may sit between), or -1.</summary>
    private int NumberBefore(int i)
    {
        int j = i - 1;
        if (j >= 0 && Numbers.TryScale(_t[j].Fold, out _)) j--;
        if (j < 0) return -1;
        return Numbers.TryValue(_t[j].Fold, _t[j].Kind == TokenKind.Number, out _) ? j : -1;
    }

    /// <summary>A head phrase that ends right before <paramref name="i"/> (adjectives, quotes and <c>من طراز</c> may sit
    /// between), or null.</summary>
    private HeadPhrase? HeadBefore(int i)
    {
        int j = i - 1, steps = 0;
        while (j >= 0 && steps < 6)
        {
            if (IsQuoteOrBracket(j) || (_t[j].IsWord && (_t[j].Fold == "ال" || _t[j].NoArticle == "من" || s_typeWords.Contains(_t[j].NoArticle))))
            {
                j--; steps++;
                continue;
            }

            // The head itself, or a modifier or adjective after it.
            for (int h = j; h >= Math.Max(0, j - 4); h--)
            {
                if (_owner[h] != -1) break;
                if (MatchHead(h) is { } phrase && phrase.End >= j - 2 && phrase.End <= j) return phrase;
            }

            if (_t[j].IsWord && (IsNisba(j) || _lex.SkipWords.Contains(_t[j].Fold)))
            {
                j--; steps++;
                continue;
            }

            return null;
        }

        return null;
    }

    /// <summary>Whether a head phrase can introduce a system of <paramref name="category"/> (نظام نور is no missile).</summary>
    private static bool Fits(HeadPhrase head, string? category)
        => category is null || head.Category == category
           || (s_groupCategories.TryGetValue(head.Rule.Group, out var fits) && fits.Contains(category));

    private static bool IsAcronym(string s) => s.Length >= 3 && s.All(ch => !char.IsLetter(ch) || char.IsUpper(ch));

    /// <summary>Whether the noun before <c>(من) طراز/نوع</c> at <paramref name="typeWord"/> names something that is no weapon.</summary>
    private bool NotWeaponBefore(int typeWord)
    {
        int p = PrevContent(typeWord);
        if (p >= 0 && _t[p].IsWord && _t[p].NoArticle == "من") p = PrevContent(p);
        int steps = 0;
        while (p >= 0 && steps < 3 && IsNisba(p)) { p = PrevContent(p); steps++; }
        return p >= 0 && _t[p].IsWord && _lex.IsContext("notweapon", CoreOf(p, w => _lex.IsContext("notweapon", w)));
    }

    private int TypeWordBefore(int i)
    {
        int j = PrevContent(i);
        return j >= 0 && _t[j].IsWord && s_typeWords.Contains(_t[j].NoArticle) ? j : -1;
    }

    // ---- pass 4: counts and money --------------------------------------------------------------------------------

    private void AttachQuantity(int headStart, int index)
    {
        if (Results[index].Quantity is not null) return;
        MentionQuantity? q = null;
        int j = headStart - 1;
        decimal scale = 1;
        int scaleTok = -1;
        if (j >= 0 && Numbers.TryScale(_t[j].Fold, out decimal sc) && sc == 1000) { scale = sc; scaleTok = j; j--; }
        if (j >= 0 && _owner[j] == -1 && Numbers.TryValue(_t[j].Fold, _t[j].Kind == TokenKind.Number, out decimal value))
        {
            var qualifier = Numbers.Qualifier(QualifierWord(j - 1), QualifierWord(j - 2), QualifierWord(j - 3), out int words);
            int start = words > 0 ? StartOfWord(j - words) : _t[j].Token.Span.Start;
            int end = _t[scaleTok >= 0 ? scaleTok : j].Token.Span.End;
            q = new MentionQuantity(new TextSpan(start, end - start), _doc.Text[start..end], value * scale, qualifier);
        }
        else if (IsDual(headStart))
        {
            var span = _t[headStart].Token.Span;
            q = new MentionQuantity(span, _t[headStart].Token.Text, 2, QuantityQualifier.Exact);
        }

        if (q is not null) Results[index] = Results[index] with { Quantity = q };
    }

    /// <summary>A word before a number as the qualifier rules read it: without و/ب proclitics (بأكثر → اكثر).</summary>
    private string? QualifierWord(int k)
    {
        if (k < 0 || !_t[k].IsWord) return null;
        foreach (var s in _t[k].Strips)
        {
            if (s.Core is "اكثر" or "اقل" or "نحو" or "حوالي" or "قرابه" or "زهاء") return s.Core;
        }

        return _t[k].Fold;
    }

    /// <summary>Where a qualifier word starts once a و/ب proclitic is left out (وأكثر → أكثر).</summary>
    private int StartOfWord(int k)
    {
        foreach (var s in _t[k].Strips)
        {
            if (s.Core is "اكثر" or "اقل" or "نحو" or "حوالي" or "قرابه" or "زهاء" or "ما" or "لا" or "يقارب" or "يزيد") return s.SpanStart;
        }

        return _t[k].Token.Span.Start;
    }

    private bool IsDual(int i)
    {
        if (i < 0 || i >= _t.Length || !_t[i].IsWord) return false;
        foreach (var s in _t[i].Strips)
        {
            string c = s.Core;
            if (c is "طيران") continue;
            if ((c.EndsWith("تين", StringComparison.Ordinal) || c.EndsWith("تان", StringComparison.Ordinal) || c is "صاروخين" or "صاروخان")
                && _lex.Heads.ContainsKey(c)) return true;
        }

        return false;
    }

    private void FindMoney()
    {
        for (int j = 0; j < _t.Length; j++)
        {
            if (!Numbers.TryValue(_t[j].Fold, _t[j].Kind == TokenKind.Number, out decimal value)) continue;
            int k = j + 1;
            decimal scale = 1;
            if (k < _t.Length && Numbers.TryScale(_t[k].Fold, out decimal s)) { scale = s; k++; }
            if (k >= _t.Length || !Numbers.TryCurrency(_t[k].Fold, out string code)) continue;
            int last = k;
            if (k + 1 < _t.Length && Numbers.TryCurrencyAdjective(_t[k + 1].NoArticle, out string adj)) { code = adj; last = k + 1; }
            else if (code == "" && k + 1 < _t.Length && _t[k + 1].NoArticle is "استرليني") { code = "GBP"; last = k + 1; }
            int start = _t[j].Token.Span.Start, end = _t[last].Token.Span.End;
            Money.Add(new MoneyFound(_sentenceIndex, start, end, _doc.Text[start..end], value * scale, code.Length == 0 ? null : code));
            j = last;
        }
    }
}
