using System.Collections.Immutable;
using Extraction.Arabic.Entities;
using Extraction.Arabic.Entities.Weapons;
using Extraction.Arabic.Serialization;

namespace Extraction.Arabic.Tests.Entities.Weapons;

/// <summary>One row per rule of the weapon recognizer: variant families, designator shapes, context names, generic
/// classes, ambiguity, counts and money.</summary>
public class WeaponStageTests
{
    private static readonly ArabicExtractor s_extractor = ArabicExtractor.CreateDefault();

    private static List<Entity> Weapons(string text) => s_extractor.Process(text).Entities.Where(e => e.Type == EntityType.Weapon).ToList();

    private static Entity? Named(string text) => Weapons(text).FirstOrDefault(e => e.Weapon?.IsGeneric == false);

    // Variant families: hamza, dash or space, Arabic-Indic digits, Latin, ج/غ, article and proclitics.
    [Theory]
    [InlineData("نشرت روسيا منظومة إس-400 قرب الحدود.", "إس-400", "S-400 Triumf")]
    [InlineData("نشرت روسيا منظومة اس 400 قرب الحدود.", "اس 400", "S-400 Triumf")]
    [InlineData("نشرت روسيا منظومة أس400 قرب الحدود.", "أس400", "S-400 Triumf")]
    [InlineData("نشرت روسيا منظومة S-400 قرب الحدود.", "S-400", "S-400 Triumf")]
    [InlineData("نشرت روسيا منظومة إس-٤٠٠ قرب الحدود.", "إس-٤٠٠", "S-400 Triumf")]
    [InlineData("وصلت مقاتلات ميغ-29 إلى القاعدة.", "ميغ-29", "MiG-29")]
    [InlineData("وصلت مقاتلات ميج 29 إلى القاعدة.", "ميج 29", "MiG-29")]
    [InlineData("وصلت مقاتلات MiG-29 إلى القاعدة.", "MiG-29", "MiG-29")]
    [InlineData("حلقت طائرات سوخوي-35 فوق المدينة.", "سوخوي-35", "Su-35")]
    [InlineData("حلقت طائرات سو 35 فوق المدينة.", "سو 35", "Su-35")]
    [InlineData("تسلم الجيش طائرات إف-16 الأمريكية.", "إف-16", "F-16 Fighting Falcon")]
    [InlineData("تسلم الجيش طائرات اف16 الأمريكية.", "اف16", "F-16 Fighting Falcon")]
    [InlineData("تسلم الجيش طائرات F16 الأمريكية.", "F16", "F-16 Fighting Falcon")]
    [InlineData("قصفت طائرات الأباتشي مواقع المسلحين.", "الأباتشي", "AH-64 Apache")]
    [InlineData("ردت القوات بالأباتشي على مصدر النيران.", "الأباتشي", "AH-64 Apache")]
    [InlineData("أطلقت الميليشيات صاروخ سكود على المدينة.", "سكود", "Scud")]
    [InlineData("اعترضت منظومة القبة الحديدية الصواريخ.", "القبة الحديدية", "Iron Dome")]
    [InlineData("أرسلت واشنطن راجمات هيمارس إلى كييف.", "هيمارس", "M142 HIMARS")]
    [InlineData("استخدم الجيش الأوكراني صواريخ جافلين.", "جافلين", "FGM-148 Javelin")]
    [InlineData("تسلمت تركيا طائرات بيرقدار تي بي 2.", "بيرقدار تي بي 2", "Bayraktar TB2")]
    [InlineData("أطلقت القوات صواريخ غراد على المواقع.", "غراد", "BM-21 Grad")]
    [InlineData("أطلقت القوات صواريخ جراد على المواقع.", "جراد", "BM-21 Grad")]
    [InlineData("تمتلك مصر دبابات أبرامز الأمريكية.", "أبرامز", "M1 Abrams")]
    [InlineData("شوهدت دبابة T-72B3 في الصور.", "T-72B3", "T-72")]
    [InlineData("حلقت مروحيتان من طراز “مي-28″ فوق القاعدة.", "مي-28", "Mi-28")]
    [InlineData("سلمت إيران روسيا صواريخ فتح-360 قصيرة المدى.", "فتح-360", "Fath-360")]
    [InlineData("أطلقت روسيا صاروخ أوريشنيك الجديد.", "أوريشنيك", "Oreshnik")]
    public void Named_VariantForms_CanonicalLatin(string text, string mention, string latin)
    {
        var e = Named(text);
        e.Should().NotBeNull();
        e!.Latin.Should().Be(latin);
        e.Mentions.Select(m => m.Text).Should().Contain(mention);
    }

    // Aliases: Geran-2 is the Shahed-136.
    [Fact]
    public void Named_RussianNameOfShahed_IsTheSameEntity()
    {
        var named = Weapons("تستخدم موسكو طائرات شاهد 136 وتسميها \"جيران-2\" (Geran-2) في بياناتها.")
            .Where(e => e.Weapon?.IsGeneric == false).ToList();
        named.Should().ContainSingle();
        named[0].Latin.Should().Be("Shahed-136");
        named[0].Category.Should().Be("loitering-munition");
        named[0].Weapon!.Producer.Should().Be("Iran");
        named[0].Weapon!.Aliases.Should().Contain("Geran-2");
        named[0].Mentions.Select(m => m.Text).Should().Equal("شاهد 136", "جيران-2", "Geran-2");
    }

    // Designator shapes beyond the list: a family prefix with an unlisted number, a context word with an unknown name.
    [Theory]
    [InlineData("أطلقت القاذفات صاروخ Kh-123 على المدينة.", "Kh-123", "cruise-missile", "Kh-123")]
    [InlineData("أسقطت الدفاعات مسيرة مهاجر-12 فوق المنطقة.", "مهاجر-12", "drone", "Mohajer-12")]
    [InlineData("قصفت طائرات ميغ 41 المواقع.", "ميغ 41", "fighter-aircraft", "MiG-41")]
    [InlineData("نشر الجيش منظومة دفاع جوي من طراز XR-9 قرب الحدود.", "XR-9", "air-defense", "XR-9")]
    [InlineData("أطلق الحوثيون صاروخا باليستيا من نوع «نجم 3» على المدينة.", "نجم 3", "ballistic-missile", null)]
    [InlineData("استهدفت القوات الدبابة بصاروخ مضاد للدروع من طراز (Zarya) قرب القرية.", "Zarya", "anti-tank", "Zarya")]
    [InlineData("أطلقت القوات صاروخ (Zarya) مضاد للطائرات.", "Zarya", "air-defense", "Zarya")]
    [InlineData("أرسلت الشركة طائرات Raven المسيرة إلى الجبهة.", "Raven", "drone", "Raven")]
    public void Named_UnknownDesignator_FoundAndCategorizedFromContext(string text, string mention, string category, string? latin)
    {
        var e = Named(text);
        e.Should().NotBeNull();
        e!.Mentions.Select(m => m.Text).Should().Contain(mention);
        e.Category.Should().Be(category);
        e.Latin.Should().Be(latin);
    }

    // Ambiguity: common words and names that are weapons only in context.
    [Theory]
    [InlineData("قال شاهد عيان إن الانفجار وقع صباحا.")]
    [InlineData("شاهد الملايين المباراة على التلفاز.")]
    [InlineData("شاهد 136 ألف زائر المعرض هذا العام.")]
    [InlineData("واسألوا الجيران عن أحوال الحي.")]
    [InlineData("فاز نادي النصر على الهلال بهدفين.")]
    [InlineData("احتفل المصريون بذكرى النصر في أكتوبر.")]
    [InlineData("قال محمد الفاتح إن الاجتماع انتهى.")]
    [InlineData("وصل فاتح أكين إلى أنقرة أمس.")]
    [InlineData("وصف القاهر خصومه بالضعف.")]
    [InlineData("ضرب زلزال بقوة 6 درجات المنطقة.")]
    [InlineData("ثار بركان في جزيرة بإندونيسيا.")]
    [InlineData("التقى الوفد إسكندر وتوت عضو البرلمان.")]
    [InlineData("أعلن الرئيس الأمريكي باراك أوباما القرار.")]
    [InlineData("انتقل اللاعب إلى ميلان الإيطالي.")]
    [InlineData("أثار قانون باتريوت الأميركي جدلا واسعا.")]
    [InlineData("خرجت مسيرة سلمية في وسط المدينة.")]
    [InlineData("تحدث عن مسيرته المهنية الطويلة.")]
    [InlineData("بثت قناة «المسيرة» خطاب زعيم الحوثيين.")]
    [InlineData("سجل المدافع التونسي هدف الفوز.")]
    [InlineData("وصلت الطائرة من طراز إيرباص إيه320 إلى المطار.")]
    [InlineData("عقدت قمة جي 20 في الهند.")]
    [InlineData("أقيم مهرجان البندقية السينمائي.")]
    [InlineData("قامت الفصائل المقاتلة بهجوم واسع.")]
    [InlineData("استخدمت أسلحة مدمرة في الحرب.")]
    [InlineData("تعرضت المنظومة الصحية لضغوط كبيرة.")]
    [InlineData("تستخدم الشركة سيارات من طراز فورد.")]
    [InlineData("يدعم الجهاز منفذ يو إس بي 3 السريع.")]
    [InlineData("أطلقت الشركة حاسوب HP Spectre الجديد.")]
    [InlineData("عقدت دورة Safe from Harm للمتطوعين.")]
    [InlineData("اصطدمت سيارة من نوع يارس بشاحنة.")]
    [InlineData("انتشر الجراد في المزارع.")]
    [InlineData("زار السياح مدينة البندقية الإيطالية.")]
    [InlineData("قال المتحدث جون كيربي إن المحادثات مستمرة.")]
    [InlineData("نشرت مجلة ذا لانسيت دراسة جديدة.")]
    [InlineData("قال إنه كان في طريقه إلى العمل.")]
    [InlineData("ارتفع مؤشر إس آند بي 500 أمس.")]
    [InlineData("وصف الكاتب الغافلين عن الخطر.")]
    [InlineData("كشفت الشركة عن سيارتها الجديدة دي بي 9 في المعرض.")]
    [InlineData("ينصح الأطباء بكريم إس بي إف 30 في الصيف.")]
    [InlineData("يعمل الحاسوب العملاق كراي إكس سي 40 في المختبر.")]
    [InlineData("يبدأ سعر الجهاز بمعالج كور آي 3 من 500 دولار.")]
    [InlineData("أغلق المسلحون الطريق الدولي إم 4 شمال المدينة.")]
    [InlineData("يعرض الفيلم الجديد فانتوم في دور السينما.")]
    [InlineData("قالت الباحثة ماريان باريت إن النتائج مشجعة.")]
    [InlineData("كتب الجنرال عوزي في مذكراته عن الحرب.")]
    [InlineData("أعادت الشرطة الهاربون من السجن.")]
    [InlineData("شاركت الطائرات في عملية السهم الذهبي.")]
    [InlineData("أطلقت حركة حماس عملية طوفان الأقصى.")]
    [InlineData("قالت حركة فتح إن الاجتماع انتهى.")]
    public void Ambiguous_WithoutWeaponContext_NoWeapon(string text) => Weapons(text).Should().BeEmpty();

    [Theory]
    [InlineData("أطلق الحوثيون صاروخ قاهر 1 على جازان.", "Qaher-1")]
    [InlineData("أطلقت إيران صاروخ فاتح 110 نحو الهدف.", "Fateh-110")]
    [InlineData("نفذت روسيا هجوما بطائرات جيران-2 على كييف.", "Shahed-136")]
    [InlineData("أسقطت الدفاعات طائرة شاهد-136 فوق أوديسا.", "Shahed-136")]
    [InlineData("أطلقت إيران صواريخ نصر 1 المضادة للسفن.", "Nasr-1")]
    [InlineData("نشرت روسيا صواريخ إسكندر في كالينينغراد.", "9K720 Iskander")]
    [InlineData("حصلت الهند على منظومة باراك 8 الإسرائيلية.", "Barak 8")]
    [InlineData("استخدم المقاتلون صواريخ ميلان ضد الدبابات.", "MILAN")]
    [InlineData("ستستخدم بريطانيا مقاتلات تورنادو في الضربات.", "Panavia Tornado")]
    [InlineData("تسلم الجيش بنادق من نوع إم 4 الأمريكية.", "M4 carbine")]
    [InlineData("أطلقت البارجة صواريخ كاليبر على أهداف في سوريا.", "3M-54 Kalibr")]
    [InlineData("زودت واشنطن الجيش بصواريخ هاربون المضادة للسفن.", "RGM-84 Harpoon")]
    [InlineData("أطلقت روسيا صواريخ إس 300 بي إم يو في التجربة.", "S-300")]
    public void Ambiguous_WithWeaponContext_Named(string text, string latin) => Named(text)?.Latin.Should().Be(latin);

    [Fact]
    public void Ambiguous_SharedName_HeadNounChoosesTheSystem()
    {
        Named("سلمت فرنسا سفينتي إنزال من طراز ميسترال لمصر.")!.Category.Should().Be("warship");
        Named("أطلق الجنود صاروخ ميسترال على الطائرة.")!.Category.Should().Be("air-defense");
    }

    // Generic classes.
    [Theory]
    [InlineData("تفاوضت بغداد على اقتناء طائرات مقاتلة", "طائرات مقاتلة", "fighter-aircraft")]
    [InlineData("تفاوضت بغداد على اقتناء طائرات عمودية مقاتلة", "طائرات عمودية مقاتلة", "helicopter")]
    [InlineData("هاجمت الطائرات المسيرة الموانئ ليلا", "الطائرات المسيرة", "drone")]
    [InlineData("أطلقت كوريا الشمالية صواريخ باليستية", "صواريخ باليستية", "ballistic-missile")]
    [InlineData("سقطت طائرة بدون طيار قرب المطار", "طائرة بدون طيار", "drone")]
    [InlineData("سقطت طائرة من دون طيار قرب المطار", "طائرة من دون طيار", "drone")]
    [InlineData("هاجمت مسيرات انتحارية الميناء", "مسيرات انتحارية", "loitering-munition")]
    [InlineData("أطلقت السفن صواريخ كروز على الأهداف", "صواريخ كروز", "cruise-missile")]
    [InlineData("زودت واشنطن كييف بصواريخ مضادة للدبابات", "صواريخ مضادة للدبابات", "anti-tank")]
    [InlineData("نشرت بطاريات دفاع جوي قرب العاصمة", "بطاريات دفاع جوي", "air-defense")]
    [InlineData("قصفت راجمات الصواريخ المطار", "راجمات الصواريخ", "rocket-artillery")]
    [InlineData("قصفت القوات المواقع بالمدفعية الثقيلة", "المدفعية الثقيلة", "artillery")]
    [InlineData("تقدمت الدبابات نحو المدينة", "الدبابات", "tank")]
    [InlineData("وصلت ناقلات جنود مدرعة إلى الموقع", "ناقلات جنود مدرعة", "armored-vehicle")]
    [InlineData("أبحرت فرقاطة إلى البحر الأحمر", "فرقاطة", "warship")]
    [InlineData("رصدت غواصة قرب السواحل", "غواصة", "submarine")]
    [InlineData("ضبطت الشرطة بنادق ومسدسات", "بنادق", "small-arms")]
    [InlineData("سقطت قذائف الهاون على الحي", "قذائف الهاون", "munition")]
    [InlineData("تسعى إيران إلى امتلاك سلاح نووي", "سلاح نووي", "nuclear")]
    [InlineData("حلقت قاذفات استراتيجية فوق البحر", "قاذفات استراتيجية", "bomber")]
    [InlineData("هبطت طائرة نقل عسكرية في المطار", "طائرة نقل عسكرية", "transport-aircraft")]
    [InlineData("أسقط الجيش مسيّرة فوق الحدود", "مسيّرة", "drone")]
    [InlineData("أسقطت الدفاعات الجوية مسيرة حوثية", "مسيرة", "drone")]
    public void Generic_ClassPhrase_FlaggedGeneric(string text, string mention, string category)
    {
        var e = Weapons(text).FirstOrDefault(x => x.Weapon?.IsGeneric == true && x.Mentions.Any(m => m.Text == mention));
        e.Should().NotBeNull($"'{mention}' is a generic {category}");
        e!.Category.Should().Be(category);
        e.Latin.Should().BeNull();
    }

    [Fact]
    public void Generic_HeadOfNamedSystem_IsAbsorbed()
    {
        var all = Weapons("تسلم الجيش صاروخا سويديا مضادا للدروع من طراز (NLAW) وصاروخا أمريكيا مضادا للدبابات من نوع (Javelin).");
        all.Should().OnlyContain(e => e.Weapon!.IsGeneric == false);
        all.Select(e => e.Latin).Should().Equal("NLAW", "FGM-148 Javelin");
    }

    // Counts.
    [Theory]
    [InlineData("أرسلت طهران أكثر من 160 مسيّرة", 160, QuantityQualifier.MoreThan, "أكثر من 160")]
    [InlineData("تسلمت مصر 12 طائرة إف 16", 12, QuantityQualifier.Exact, "12")]
    [InlineData("أطلقت السفن نحو 30 صاروخا", 30, QuantityQualifier.About, "نحو 30")]
    [InlineData("دمرت الغارة ثلاث دبابات", 3, QuantityQualifier.Exact, "ثلاث")]
    [InlineData("هاجمت مروحيتين الحاجز", 2, QuantityQualifier.Exact, "مروحيتين")]
    [InlineData("سلمت واشنطن أقل من 20 منظومة دفاع جوي", 20, QuantityQualifier.LessThan, "أقل من 20")]
    [InlineData("يملك الجيش 3 آلاف دبابة", 3000, QuantityQualifier.Exact, "3 آلاف")]
    public void Quantity_BeforeMention_Attached(string text, int value, QuantityQualifier qualifier, string quantityText)
    {
        var q = Weapons(text).SelectMany(e => e.Mentions).Select(m => m.Quantity).FirstOrDefault(x => x is not null);
        q.Should().NotBeNull();
        q!.Value.Should().Be(value);
        q.Qualifier.Should().Be(qualifier);
        q.Text.Should().Be(quantityText);
    }

    [Fact]
    public void Money_InDealSentence_LinkedToItsWeapons()
    {
        var doc = s_extractor.Process("وقعت الدولتان عقدا لشراء المسيّرات بقيمة 200 مليون يورو. وقال المسؤول إن الأمر انتهى.");
        var money = doc.Entities.Single(e => e.Type == EntityType.Money);
        money.Money.Should().Be(new MoneyAmount(200_000_000m, "EUR"));
        money.Mentions.Single().Text.Should().Be("200 مليون يورو");
        var drone = doc.Entities.Single(e => e.Type == EntityType.Weapon);
        drone.Mentions.Single().Text.Should().Be("المسيّرات");
        money.LinkedEntityIds.Should().Equal(drone.Id);
    }

    [Theory]
    [InlineData("بلغت الصفقة 3 مليارات دولار", 3_000_000_000, "USD")]
    [InlineData("دفعت الحكومة 500 مليون ريال سعودي", 500_000_000, "SAR")]
    [InlineData("قيمة العقد 40 مليون جنيه استرليني", 40_000_000, "GBP")]
    [InlineData("تبرع بمبلغ 10 آلاف دينار", 10_000, null)]
    public void Money_AmountAndCurrency(string text, long value, string? currency)
    {
        var money = s_extractor.Process(text).Entities.Single(e => e.Type == EntityType.Money);
        money.Money.Should().Be(new MoneyAmount(value, currency));
        money.LinkedEntityIds.Should().BeEmpty();
    }

    // Pipeline contract.
    [Fact]
    public void Run_ExistingEntities_IdsContinueAfterThem()
    {
        var doc = s_extractor.Process("نشرت روسيا منظومة إس-400 قرب الحدود.");
        var person = new Entity("E7", EntityType.Person, "بوتين", "Putin", [new Mention(new TextSpan(0, 4), doc.Text[..4])]);
        var withPerson = doc.WithEntities([person]);
        var result = new WeaponStage().Run(withPerson, CancellationToken.None);
        result.Entities.Select(e => e.Id).Should().Equal("E7", "E8");
        result.Entities[0].Should().BeSameAs(person);
    }

    [Fact]
    public void Json_WeaponAndMoneyFields_AddedWithoutRenaming()
    {
        var doc = s_extractor.Process("باعت طهران لموسكو أكثر من 160 مسيّرة في عقد بقيمة 200 مليون يورو، بينها مسيرات من طراز شاهد 136.");
        string json = DocumentJson.Serialize(doc);
        json.Should().Contain("\"type\":\"WEAPON\"").And.Contain("\"category\":\"loitering-munition\"")
            .And.Contain("\"generic\":false").And.Contain("\"generic\":true").And.Contain("\"producer\":\"Iran\"")
            .And.Contain("\"aliases\":[\"Geran-2\"]")
            .And.Contain("\"quantity\":{\"value\":160,\"qualifier\":\"more-than\"")
            .And.Contain("\"type\":\"MONEY\"").And.Contain("\"value\":200000000,\"currency\":\"EUR\",\"linkedEntities\":[");
        foreach (var e in doc.Entities)
        {
            foreach (var m in e.Mentions)
            {
                doc.Text.Substring(m.Span.Start, m.Span.Length).Should().Be(m.Text);
                if (m.Quantity is { } q) doc.Text.Substring(q.Span.Start, q.Span.Length).Should().Be(q.Text);
            }
        }
    }

    [Fact]
    public void Lexicon_Shipped_AtLeast300SystemsWithValidCategories()
    {
        var lex = WeaponLexicon.Default;
        lex.SystemCount.Should().BeGreaterThanOrEqualTo(300);
        var categories = new HashSet<string>
        {
            "drone", "loitering-munition", "ballistic-missile", "cruise-missile", "anti-tank", "air-defense", "rocket-artillery",
            "artillery", "fighter-aircraft", "bomber", "helicopter", "transport-aircraft", "tank", "armored-vehicle", "warship",
            "submarine", "small-arms", "munition", "nuclear", "chemical", "missile",
        };
        foreach (var e in lex.Entries.Where(e => !e.IsBlock)) categories.Should().Contain(e.Category!, e.Key);
        lex.Entries.Select(e => e.Key).Should().OnlyHaveUniqueItems();
        var producers = lex.Entries.Where(e => !e.IsBlock && e.Producer is not null).Select(e => e.Producer!).ToList();
        foreach (string p in new[] { "Russia", "Iran", "United States", "United Kingdom", "Turkey", "China", "Israel", "France", "Germany" })
            producers.Should().Contain(x => x.Split('/').Contains(p), p);
    }

    [Fact]
    public void Run_Parallel_SameAsSequential()
    {
        var texts = Enumerable.Range(0, 40).Select(i => $"أطلقت القوات {i} صواريخ غراد وأسقطت مسيرة من طراز شاهد 136 قيمتها {i} مليون دولار.").ToList();
        var sequential = texts.Select(t => DocumentJson.Serialize(s_extractor.Process(t))).ToList();
        var parallel = texts.AsParallel().AsOrdered().Select(t => DocumentJson.Serialize(s_extractor.Process(t))).ToList();
        parallel.Should().Equal(sequential);
    }
}
