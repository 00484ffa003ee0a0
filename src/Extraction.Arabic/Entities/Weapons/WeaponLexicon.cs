using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using System.Text;
using Extraction.Arabic.Text;

namespace Extraction.Arabic.Entities.Weapons;

/// <summary>One row of <c>weapons.tsv</c>: a named system, a designator family, or a blocked (non-weapon) name.</summary>
internal sealed record WeaponEntry(
    int Index,
    string Key,
    string Latin,
    string? Category,
    string? Producer,
    ImmutableArray<string> Aliases,
    bool IsFamily,
    int FamilyMinimum,
    int FamilyMaximum,
    bool IsAmbiguous,
    bool IsBlock);

/// <summary>A lexicon form ends here: which entry, and whether this particular form needs context.</summary>
internal readonly record struct FormEnd(int Entry, bool AmbiguousForm);

/// <summary>A node of the trie over atoms (letter runs and digit runs of normalized tokens).</summary>
internal sealed class AtomNode
{
    public Dictionary<string, AtomNode>? Children;
    public List<FormEnd>? Ends;
    /// <summary>A family prefix ends here: a number atom may follow.</summary>
    public int Family = -1;

    public AtomNode? Next(string atom) => Children is not null && Children.TryGetValue(atom, out var n) ? n : null;

    public AtomNode GetOrAdd(string atom)
    {
        Children ??= new Dictionary<string, AtomNode>(StringComparer.Ordinal);
        if (!Children.TryGetValue(atom, out var n)) Children[atom] = n = new AtomNode();
        return n;
    }
}

/// <summary>A word pattern: one set of alternatives per word.</summary>
internal sealed record WordPattern(ImmutableArray<FrozenSet<string>> Words);

/// <summary>A head noun of a weapon phrase (<c>صواريخ</c>, <c>طائرات</c>, <c>دبابة</c>).</summary>
internal sealed record HeadRule(WordPattern Pattern, string Group, string? Category, HeadFlags Flags);

/// <summary>A modifier that sets the class of a head (<c>مسيرة</c>, <c>باليستية</c>, <c>مضادة للدروع</c>).</summary>
internal sealed record ModRule(WordPattern Pattern, ImmutableArray<string> Groups, string Category);

[Flags]
internal enum HeadFlags
{
    None = 0,
    Alone = 1,
    DroneCheck = 2,
    FighterCheck = 4,
    NounCheck = 8,
    OrgCheck = 16,
    DefenderCheck = 32,
}

/// <summary>The weapons lexicon (<c>weapons.tsv</c>) and the phrase vocabulary (<c>weapon-classes.tsv</c>), loaded
/// once from the embedded resources.</summary>
/// <remarks>Forms are keyed by <see cref="Fold"/>: the default normalization, then ة → ه and ASCII lower case.
/// Immutable after construction and thread-safe.</remarks>
internal sealed class WeaponLexicon
{
    public const string LexiconResource = "Extraction.Arabic.Resources.weapons.tsv";
    public const string ClassesResource = "Extraction.Arabic.Resources.weapon-classes.tsv";

    private static readonly Lazy<WeaponLexicon> s_default = new(
        () => Load(OpenResource(LexiconResource), OpenResource(ClassesResource)),
        LazyThreadSafetyMode.ExecutionAndPublication);

    private WeaponLexicon(
        ImmutableArray<WeaponEntry> entries,
        AtomNode root,
        FrozenDictionary<string, ImmutableArray<HeadRule>> heads,
        ImmutableArray<ModRule> mods,
        FrozenSet<string> skipWords,
        FrozenDictionary<string, FrozenSet<string>> contexts)
    {
        Entries = entries;
        Root = root;
        Heads = heads;
        Mods = mods;
        SkipWords = skipWords;
        Contexts = contexts;
    }

    /// <summary>The lexicon shipped in the package (loaded on first use).</summary>
    public static WeaponLexicon Default => s_default.Value;

    public ImmutableArray<WeaponEntry> Entries { get; }

    public AtomNode Root { get; }

    /// <summary>Head rules by the folded, article-free form of their first word.</summary>
    public FrozenDictionary<string, ImmutableArray<HeadRule>> Heads { get; }

    public ImmutableArray<ModRule> Mods { get; }

    public FrozenSet<string> SkipWords { get; }

    /// <summary>Context word sets: <c>drone</c>, <c>org</c>, <c>notweapon</c>.</summary>
    public FrozenDictionary<string, FrozenSet<string>> Contexts { get; }

    /// <summary>Number of named systems (rows that are neither families nor blocks).</summary>
    public int SystemCount => Entries.Count(e => !e.IsFamily && !e.IsBlock);

    /// <summary>Folds a string for matching: default normalization, ة → ه, ASCII lower case.</summary>
    public static string Fold(string s)
    {
        string n = ArabicNormalizer.Default.NormalizeToString(s);
        return FoldNormalized(n);
    }

    /// <summary>Folds an already normalized string: ة → ه and ASCII lower case.</summary>
    public static string FoldNormalized(string n)
    {
        int i = 0;
        for (; i < n.Length; i++)
        {
            char c = n[i];
            if (c == '\u0629' || (c >= 'A' && c <= 'Z')) break;
        }

        if (i == n.Length) return n;
        return string.Create(n.Length, n, static (dst, src) =>
        {
            for (int k = 0; k < src.Length; k++)
            {
                char c = src[k];
                dst[k] = c == '\u0629' ? '\u0647' : c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
            }
        });
    }

    /// <summary>Splits a folded string into atoms: maximal runs of letters and of ASCII digits; everything else
    /// (dash, dot, slash, space) separates atoms and is dropped.</summary>
    public static void AddAtoms(string folded, List<string> atoms)
    {
        int i = 0;
        while (i < folded.Length)
        {
            char c = folded[i];
            int kind = AtomKind(c);
            if (kind == 0) { i++; continue; }
            int j = i + 1;
            while (j < folded.Length && AtomKind(folded[j]) == kind) j++;
            atoms.Add(folded[i..j]);
            i = j;
        }
    }

    /// <summary>0 = separator, 1 = letter, 2 = digit.</summary>
    public static int AtomKind(char c) => c is >= '0' and <= '9' ? 2 : char.IsLetter(c) ? 1 : 0;

    public static bool IsNumberAtom(string atom) => atom.Length > 0 && atom[0] is >= '0' and <= '9';

    public bool IsContext(string kind, string word) => Contexts.TryGetValue(kind, out var set) && set.Contains(word);

    private static Stream OpenResource(string name)
        => typeof(WeaponLexicon).Assembly.GetManifestResourceStream(name)
           ?? throw new InvalidOperationException($"The embedded resource '{name}' is missing from {typeof(WeaponLexicon).Assembly.GetName().Name}.");

    /// <summary>Builds a lexicon from the two TSV streams (used by tests with their own data).</summary>
    public static WeaponLexicon Load(Stream lexicon, Stream classes)
    {
        var entries = ImmutableArray.CreateBuilder<WeaponEntry>();
        var forms = new List<(int Entry, string Form)>();
        using (var reader = new StreamReader(lexicon, Encoding.UTF8))
        {
            string? line;
            int lineNo = 0;
            while ((line = reader.ReadLine()) is not null)
            {
                lineNo++;
                if (line.Length == 0 || line[0] == '#') continue;
                string[] c = line.Split('\t');
                if (c.Length != 8) throw new InvalidDataException($"weapons.tsv line {lineNo}: expected 8 columns, found {c.Length}.");
                string[] flags = Dash(c[4]) is { } f ? f.Split(',') : [];
                bool family = false, ambiguous = false, block = false;
                int minimum = 0, maximum = int.MaxValue;
                foreach (string flag in flags)
                {
                    if (flag.StartsWith("family", StringComparison.Ordinal))
                    {
                        family = true;
                        int ge = flag.IndexOf(">=", StringComparison.Ordinal), le = flag.IndexOf("<=", StringComparison.Ordinal);
                        if (ge > 0) minimum = int.Parse(flag[(ge + 2)..(le > ge ? le : flag.Length)], CultureInfo.InvariantCulture);
                        if (le > 0) maximum = int.Parse(flag[(le + 2)..], CultureInfo.InvariantCulture);
                    }
                    else if (flag == "ambiguous") ambiguous = true;
                    else if (flag == "block") block = true;
                    else throw new InvalidDataException($"weapons.tsv line {lineNo}: unknown flag '{flag}'.");
                }

                var aliases = Dash(c[5]) is { } a ? a.Split('|').Select(x => x.TrimStart('~')).ToImmutableArray() : [];
                var entry = new WeaponEntry(entries.Count, c[0], c[1], Dash(c[2]), Dash(c[3]), aliases, family, minimum, maximum, ambiguous, block);
                entries.Add(entry);
                if (!family) forms.Add((entry.Index, c[1]));
                foreach (string x in aliases.Length > 0 ? Dash(c[5])!.Split('|') : []) forms.Add((entry.Index, x));
                if (Dash(c[6]) is { } fs)
                {
                    foreach (string x in fs.Split('|')) forms.Add((entry.Index, x));
                }
            }
        }

        var root = new AtomNode();
        var all = entries.ToImmutable();

        // Family prefixes first, so that entries named after a family get the family's Arabic spellings.
        var familyForms = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (entry, form) in forms.ToList())
        {
            if (!all[entry].IsFamily) continue;
            (familyForms.TryGetValue(all[entry].Latin, out var l) ? l : familyForms[all[entry].Latin] = []).Add(form);
        }

        foreach (var e in all.Where(e => e.IsFamily))
        {
            if (!familyForms.ContainsKey(e.Latin)) familyForms[e.Latin] = [];
            familyForms[e.Latin].Add(e.Latin);
            foreach (string form in familyForms[e.Latin])
            {
                foreach (var atoms in Variants(form, swap: true))
                {
                    var node = Walk(root, atoms);
                    if (node.Family < 0) node.Family = e.Index;
                }
            }
        }

        foreach (var e in all.Where(e => !e.IsFamily))
        {
            foreach (string name in e.Aliases.Prepend(e.Latin))
            {
                string first = name.Split(' ')[0];
                if (!TrySplitDesignator(first, out string prefix, out string number)) continue;
                if (!familyForms.TryGetValue(prefix, out var prefixForms)) continue;
                foreach (string pf in prefixForms) forms.Add((e.Index, pf + " " + number));
            }
        }

        foreach (var (entry, form) in forms)
        {
            if (all[entry].IsFamily) continue;
            bool ambiguousForm = form.StartsWith('~');
            string f = ambiguousForm ? form[1..] : form;
            foreach (var atoms in Variants(f, swap: f.Any(char.IsAsciiDigit)))
            {
                if (atoms.Count == 0) continue;
                var node = Walk(root, atoms);
                node.Ends ??= [];
                if (!node.Ends.Any(x => x.Entry == entry)) node.Ends.Add(new FormEnd(entry, ambiguousForm));
            }
        }

        var (heads, mods, skip, contexts) = LoadClasses(classes);
        return new WeaponLexicon(all, root, heads, mods, skip, contexts);
    }

    private static AtomNode Walk(AtomNode root, List<string> atoms)
    {
        var node = root;
        foreach (string a in atoms) node = node.GetOrAdd(a);
        return node;
    }

    /// <summary>The atom sequences of a form: as written, and with ج and غ swapped (transliterations of g) when
    /// <paramref name="swap"/> (family prefixes and forms with digits only: a swapped plain word can be a real word, as
    /// جافلين and غافلين are).</summary>
    private static IEnumerable<List<string>> Variants(string form, bool swap)
    {
        string folded = Fold(form.Trim());
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string[] all = swap ? [folded, folded.Replace('\u063A', '\u062C'), folded.Replace('\u062C', '\u063A')] : [folded];
        foreach (string v in all)
        {
            if (!seen.Add(v)) continue;
            var atoms = new List<string>();
            AddAtoms(v, atoms);
            yield return atoms;
        }
    }

    /// <summary>Splits <c>Su-35</c>, <c>F16</c>, <c>T-72B3</c> into prefix letters and number (suffix letters dropped).</summary>
    internal static bool TrySplitDesignator(string s, out string prefix, out string number)
    {
        prefix = number = "";
        int i = 0;
        while (i < s.Length && char.IsAsciiLetter(s[i])) i++;
        if (i == 0) return false;
        int j = i;
        if (j < s.Length && s[j] == '-') j++;
        int k = j;
        while (k < s.Length && char.IsAsciiDigit(s[k])) k++;
        if (k == j) return false;
        prefix = s[..i];
        number = s[j..k];
        return true;
    }

    private static string? Dash(string s) => s.Length == 0 || s == "-" ? null : s;

    private static (FrozenDictionary<string, ImmutableArray<HeadRule>>, ImmutableArray<ModRule>, FrozenSet<string>, FrozenDictionary<string, FrozenSet<string>>)
        LoadClasses(Stream classes)
    {
        var heads = new Dictionary<string, List<HeadRule>>(StringComparer.Ordinal);
        var mods = ImmutableArray.CreateBuilder<ModRule>();
        var skip = new HashSet<string>(StringComparer.Ordinal);
        var contexts = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        using var reader = new StreamReader(classes, Encoding.UTF8);
        string? line;
        int lineNo = 0;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNo++;
            if (line.Length == 0 || line[0] == '#') continue;
            string[] c = line.Split('\t');
            switch (c[0])
            {
                case "head" when c.Length == 5:
                {
                    var flags = HeadFlags.None;
                    foreach (string f in c[4].Split(','))
                    {
                        flags |= f switch
                        {
                            "alone" => HeadFlags.Alone,
                            "drone-check" => HeadFlags.DroneCheck,
                            "fighter-check" => HeadFlags.FighterCheck,
                            "noun-check" => HeadFlags.NounCheck,
                            "org-check" => HeadFlags.OrgCheck,
                            "defender-check" => HeadFlags.DefenderCheck,
                            "-" => HeadFlags.None,
                            _ => throw new InvalidDataException($"weapon-classes.tsv line {lineNo}: unknown flag '{f}'."),
                        };
                    }

                    foreach (var p in Patterns(c[3]))
                    {
                        var rule = new HeadRule(p, c[1], Dash(c[2]), flags);
                        foreach (string first in p.Words[0])
                            (heads.TryGetValue(first, out var l) ? l : heads[first] = []).Add(rule);
                    }

                    break;
                }

                case "mod" when c.Length == 4:
                    foreach (var p in Patterns(c[3])) mods.Add(new ModRule(p, [.. c[1].Split(',')], c[2]));
                    break;
                case "skip" when c.Length == 4:
                    foreach (string w in c[3].Split('/')) skip.Add(Fold(w));
                    break;
                case "ctx" when c.Length == 4:
                    if (!contexts.TryGetValue(c[1], out var set)) contexts[c[1]] = set = new HashSet<string>(StringComparer.Ordinal);
                    foreach (string w in c[3].Split('/')) set.Add(Fold(w));
                    break;
                default:
                    throw new InvalidDataException($"weapon-classes.tsv line {lineNo}: cannot read '{line}'.");
            }
        }

        return (
            heads.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToImmutableArray(), StringComparer.Ordinal),
            mods.ToImmutable(),
            skip.ToFrozenSet(StringComparer.Ordinal),
            contexts.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal));
    }

    private static IEnumerable<WordPattern> Patterns(string spec)
    {
        foreach (string alternative in spec.Split('|'))
        {
            var words = alternative.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(w => w.Split('/').Select(Fold).ToFrozenSet(StringComparer.Ordinal))
                .ToImmutableArray();
            if (words.Length > 0) yield return new WordPattern(words);
        }
    }
}
