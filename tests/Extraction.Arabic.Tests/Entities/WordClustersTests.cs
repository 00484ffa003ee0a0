using Extraction.Arabic.Entities.Features;
using Extraction.Arabic.Text;
using Xunit.Abstractions;

namespace Extraction.Arabic.Tests.Entities;

public class WordClustersTests(ITestOutputHelper output)
{
    private static readonly string[] s_months =
        ["يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو", "يوليو", "اغسطس", "سبتمبر", "اكتوبر", "نوفمبر", "ديسمبر"];

    [Fact]
    public void Resource_IsEmbeddedAndSmall()
    {
        using Stream? stream = typeof(WordClusters).Assembly.GetManifestResourceStream(WordClusters.ResourceName);
        stream.Should().NotBeNull();
        stream!.Length.Should().BeInRange(100_000, 4_000_000);
    }

    [Fact]
    public void VocabularySize_IsInExpectedRange()
        => WordClusters.VocabularySize.Should().BeInRange(80_000, 200_000);

    [Theory]
    [InlineData("في")]
    [InlineData("القاهرة")]
    [InlineData("مصر")]
    [InlineData("قال")]
    [InlineData("والرئيس")]
    [InlineData("محمد")]
    [InlineData("،")]
    [InlineData("0000")]
    public void TryGetClusters_CommonToken_ReturnsIdsInRange(string word)
    {
        WordClusters.TryGetClusters(word, out ushort c64, out ushort c256, out ushort c1024).Should().BeTrue();
        ((int)c64).Should().BeLessThan(WordClusters.CoarseClassCount);
        ((int)c256).Should().BeLessThan(WordClusters.MiddleClassCount);
        ((int)c1024).Should().BeLessThan(WordClusters.FineClassCount);
    }

    [Theory]
    [InlineData("2011", "1999")]
    [InlineData("2011", "٢٠١١")] // Arabic-Indic digits are shaped too, even if the caller did not normalize them
    [InlineData("15", "۳۴")]     // Persian digits
    public void TryGetClusters_Digits_ShapedToZero(string a, string b)
    {
        WordClusters.TryGetClusters(a, out ushort a64, out ushort a256, out ushort a1024).Should().BeTrue();
        WordClusters.TryGetClusters(b, out ushort b64, out ushort b256, out ushort b1024).Should().BeTrue();
        (b64, b256, b1024).Should().Be((a64, a256, a1024));
    }

    [Fact]
    public void Hierarchy_SameFineCluster_SharesMiddleAndCoarse()
    {
        WordClusterTable table = WordClusters.Table;
        var middleOfFine = new int[WordClusters.FineClassCount];
        var coarseOfMiddle = new int[WordClusters.MiddleClassCount];
        Array.Fill(middleOfFine, -1);
        Array.Fill(coarseOfMiddle, -1);
        for (int i = 0; i < table.Count; i++)
        {
            WordClusters.TryGetClusters(table.WordAt(i), out ushort c64, out ushort c256, out ushort c1024).Should().BeTrue();
            if (middleOfFine[c1024] < 0) middleOfFine[c1024] = c256;
            if (coarseOfMiddle[c256] < 0) coarseOfMiddle[c256] = c64;
            if (middleOfFine[c1024] != c256 || coarseOfMiddle[c256] != c64)
                Assert.Fail($"'{table.WordAt(i)}' breaks the hierarchy: c1024 {c1024} → c256 {c256} → c64 {c64}.");
        }

        // Most classes are in use at every level.
        middleOfFine.Count(m => m >= 0).Should().BeGreaterThan(900);
        coarseOfMiddle.Count(m => m >= 0).Should().BeGreaterThan(240);
        coarseOfMiddle.Where(m => m >= 0).Distinct().Count().Should().BeGreaterThan(60);
    }

    [Theory]
    [InlineData("")]
    [InlineData("zqxjzqxjzqxj")]
    [InlineData("كلمةلاتوجدابدافيالنص")]
    [InlineData("\uD800")]
    public void TryGetClusters_UnknownWord_ReturnsFalseAndZeros(string word)
    {
        WordClusters.TryGetClusters(word, out ushort c64, out ushort c256, out ushort c1024).Should().BeFalse();
        (c64, c256, c1024).Should().Be(((ushort)0, (ushort)0, (ushort)0));
    }

    [Fact]
    public void TryGetClusters_RandomOddInput_NeverThrows()
    {
        var random = new Random(20261122);
        string alphabet = "ابتثجحخدذرسشصضطظعغفقكلمنهويةىءأإآؤئ\u064B\u064E\u0650\u0640\u200E\u200F\u200C\uFEFF\u00A0 0123456789٠١٢٣abcXYZ.,،؛«»\uD83D\uDE00\uD800\uDC00\0\n\t";
        Span<char> buffer = stackalloc char[300];
        for (int n = 0; n < 20_000; n++)
        {
            int length = random.Next(0, n % 100 == 0 ? 300 : 12);
            for (int i = 0; i < length; i++) buffer[i] = alphabet[random.Next(alphabet.Length)];
            ReadOnlySpan<char> word = buffer[..length];
            bool found = WordClusters.TryGetClusters(word, out _, out _, out ushort c1024);
            bool foundStripped = WordClusters.TryGetClustersStrippingProclitics(word, out _, out _, out _, out int stripped);
            if (found) foundStripped.Should().BeTrue();
            stripped.Should().BeInRange(0, Math.Max(0, length - 2));
            ((int)c1024).Should().BeLessThan(WordClusters.FineClassCount);
        }

        WordClusters.TryGetClusters(new string('ب', 100_000), out _, out _, out _).Should().BeFalse();
    }

    [Fact]
    public void TryGetClusters_Lookups_AllocateNothing()
    {
        string[] words = ["القاهرة", "والرئيس", "2011", "zqxj", "فبموسكو", "للرئيس"];
        foreach (string w in words) WordClusters.TryGetClustersStrippingProclitics(w, out _, out _, out _, out _);

        long before = GC.GetAllocatedBytesForCurrentThread();
        int hits = 0;
        for (int n = 0; n < 1000; n++)
        {
            foreach (string w in words)
            {
                if (WordClusters.TryGetClusters(w, out _, out _, out _)) hits++;
                if (WordClusters.TryGetClustersStrippingProclitics(w, out _, out _, out _, out _)) hits++;
            }
        }

        (GC.GetAllocatedBytesForCurrentThread() - before).Should().Be(0);
        hits.Should().BeGreaterThan(0);
    }

    [Theory]
    [InlineData("فبموسكو", "موسكو", 2)]
    [InlineData("وكموسكو", "موسكو", 2)]
    [InlineData("وللمريخ", "المريخ", 2)] // و + ل fused with ال: the article comes back
    public void TryGetClustersStrippingProclitics_UnknownAttachedForm_FindsStem(string attached, string stem, int strippedLength)
    {
        WordClusters.TryGetClusters(attached, out _, out _, out _).Should().BeFalse("the test needs an attached form outside the vocabulary");
        WordClusters.TryGetClusters(stem, out ushort s64, out ushort s256, out ushort s1024).Should().BeTrue();
        WordClusters.TryGetClustersStrippingProclitics(attached, out ushort c64, out ushort c256, out ushort c1024, out int stripped).Should().BeTrue();
        (c64, c256, c1024, stripped).Should().Be((s64, s256, s1024, strippedLength));
    }

    [Fact]
    public void TryGetClustersStrippingProclitics_KnownWord_IsNotStripped()
    {
        WordClusters.TryGetClustersStrippingProclitics("والرئيس", out _, out _, out ushort c1024, out int stripped).Should().BeTrue();
        stripped.Should().Be(0);
        WordClusters.TryGetClusters("والرئيس", out _, out _, out ushort exact);
        c1024.Should().Be(exact);
    }

    [Fact]
    public void Months_MostShareOneMiddleCluster()
    {
        // The twelve Gregorian month names as written in Egypt: a semantic class the bigram contexts should find.
        var clusters = s_months.Select(m =>
        {
            WordClusters.TryGetClusters(m, out _, out ushort c256, out _).Should().BeTrue(m);
            return c256;
        }).ToList();
        int modal = clusters.GroupBy(c => c).Max(g => g.Count());
        output.WriteLine($"months in the modal c256 cluster: {modal} of 12");
        modal.Should().BeGreaterThanOrEqualTo(10);
    }

    [Fact]
    public void Gazetteers_NamesOfOneType_ShareClustersFarMoreOftenThanRandomWords()
    {
        string dir = TestPaths.Corpus("gazetteers");
        if (!Directory.Exists(dir))
        {
            output.WriteLine($"skipped: {dir} is absent");
            return;
        }

        List<string> countries = Names(Path.Combine(dir, "countries-ar", "countries-ar.tsv"), 3, _ => true);
        List<string> cities = Names(Path.Combine(dir, "geonames-cities-ar", "cities15000-ar.tsv"), 1, _ => true);
        List<string> persons = Names(Path.Combine(dir, "person-name-tokens-wikidata", "name-tokens-en-ar.tsv"), 1,
            f => int.TryParse(f[2], out int n) && n >= 3);
        var countrySet = countries.ToHashSet();
        var personSet = persons.ToHashSet();
        var citySet = cities.ToHashSet();
        countries = countries.Where(w => !citySet.Contains(w) && !personSet.Contains(w)).ToList();
        cities = cities.Where(w => !countrySet.Contains(w) && !personSet.Contains(w)).ToList();
        persons = persons.Where(w => !countrySet.Contains(w) && !citySet.Contains(w)).ToList();
        var vocabulary = Enumerable.Range(0, WordClusters.Table.Count).Select(i => WordClusters.Table.WordAt(i).ToString()).ToList();

        cities.Count.Should().BeGreaterThan(500);
        countries.Count.Should().BeGreaterThan(80);
        persons.Count.Should().BeGreaterThan(1000);

        for (int level = 0; level < 2; level++)
        {
            double baseline = SameClusterRate(vocabulary, null, level);
            double city = SameClusterRate(cities, null, level);
            double country = SameClusterRate(countries, null, level);
            double person = SameClusterRate(persons, null, level);
            double cityPerson = SameClusterRate(cities, persons, level);
            output.WriteLine($"level {level}: vocabulary {baseline:P2}, city {city:P2}, country {country:P2}, person {person:P2}, city-person {cityPerson:P2}");

            // Each rate is over thousands (countries) to billions (vocabulary) of pairs, so sampling noise is small
            // next to the gaps between the thresholds and the measured ratios (see Resources/word-clusters.md).
            city.Should().BeGreaterThan(3 * baseline);
            country.Should().BeGreaterThan(10 * baseline);
            person.Should().BeGreaterThan(3 * baseline);
            city.Should().BeGreaterThan(2 * cityPerson);
            person.Should().BeGreaterThan(2 * cityPerson);
        }
    }

    // Single-token names of a gazetteer column, normalized, that have clusters.
    private static List<string> Names(string path, int column, Func<string[], bool> keep) =>
        File.ReadLines(path).Skip(1)
            .Select(line => line.Split('\t'))
            .Where(f => f.Length > column && keep(f))
            .Select(f => ArabicNormalizer.Default.NormalizeToString(f[column].Trim()))
            .Where(w => w.Length >= 2 && !w.Contains(' ') && WordClusters.TryGetClusters(w, out _, out _, out _))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

    // The share of pairs (within a, or across a × b) whose clusters are equal at a level (0 = c64, 1 = c256, 2 = c1024).
    private static double SameClusterRate(List<string> a, List<string>? b, int level)
    {
        static Dictionary<int, double> Histogram(List<string> words, int level)
        {
            var h = new Dictionary<int, double>();
            foreach (string w in words)
            {
                WordClusters.TryGetClusters(w, out ushort c64, out ushort c256, out ushort c1024);
                int c = level switch { 0 => c64, 1 => c256, _ => c1024 };
                h[c] = h.GetValueOrDefault(c) + 1;
            }

            return h;
        }

        Dictionary<int, double> ha = Histogram(a, level);
        if (b is null) return ha.Values.Sum(x => x * (x - 1)) / ((double)a.Count * (a.Count - 1));
        Dictionary<int, double> hb = Histogram(b, level);
        return ha.Sum(kv => kv.Value * hb.GetValueOrDefault(kv.Key)) / ((double)a.Count * b.Count);
    }
}
