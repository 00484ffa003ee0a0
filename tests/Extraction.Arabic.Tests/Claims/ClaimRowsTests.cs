using Extraction.Arabic.Claims;

namespace Extraction.Arabic.Tests.Claims;

/// <summary>One row per speaker, object and frame rule, in one shape: the claim whose cue is the given word must be
/// found, with the given speaker text and a content that starts with the given words (or no claim on that cue at all).
/// Each row failed on the rules before its own, except the guards (a row after "but" or "not") that keep a rule
/// from reaching too far, and plain regression rows.</summary>
public class ClaimRowsTests
{
    private static readonly ArabicExtractor Extractor = ArabicExtractor.CreateDefault();
    private static readonly DateOnly Anchor = new(2021, 10, 20);

    private static Claim ClaimOn(string text, string cue)
    {
        var doc = Extractor.Process(text, Anchor);
        var found = doc.Claims.Where(c => c.Cue.Text == cue).ToList();
        found.Should().ContainSingle($"«{text}» has one claim on «{cue}»; found {string.Join(" | ", doc.Claims.Select(c => $"{c.Speaker.Mention.Text}/{c.Cue.Text}/{c.Content.Text}"))}");
        return found[0];
    }

    [Fact]
    public void Extract_EndsAContentBeforeTheClauseAWitnessClaims()
    {
        // (D-71: the clause a post-posed witness closes leaves the unquoted content of the sentence's claim.)
        ClaimOn("وأضاف المصدر أن الشرطة داهمت بيوتا كثيرة في الحي، حيث أسعف الجريح لاحقا إلى عيادة قريبة، بحسب مصدر طبي.", "أضاف")
            .Content.Text.Should().Be("الشرطة داهمت بيوتا كثيرة في الحي");
    }

    [Fact]
    public void Extract_GivesADashedAttributionItsWholeClause()
    {
        // (The parenthetical stands inside the content; the clause runs on after it.)
        ClaimOn("وكانت القوات - بحسب مصادر محلية - قد استعادت السيطرة على البلدة الحدودية.", "بحسب")
            .Content.Text.Should().Be("وكانت القوات - بحسب مصادر محلية - قد استعادت السيطرة على البلدة الحدودية");
    }

    [Theory]
    // (A date in the data or rule a trailing phrase names, or in the next clause, is not the statement's.)
    [InlineData("وقال الوزير إن الاقتصاد ينمو بسرعة، وفقا لأرقام عام 2014.", "قال")]
    [InlineData("وقال اللاعب إنه سيبقى مع الفريق، وفقا لصحيفة محلية، وانضم اللاعب إلى النادي في يناير الماضي.", "قال")]
    // (منذ after a topic preposition dates the topic: the campaign's year, not the statement's.)
    [InlineData("وصرح الوزير للإذاعة ردا على سؤال حول الغارات الجارية منذ عام، قائلا إن المسارين يجب أن يتقدما معا.", "صرح")]
    public void Extract_KeepsTheDocumentDateDespiteATrailingPhrase(string text, string cue)
    {
        ClaimOn(text, cue).DateSource.Should().Be(ClaimDateSource.Document);
    }

    [Fact]
    public void Extract_DatesAClaimByItsTrailingAttribution()
    {
        // (…، وفقا لتقرير نشرته الوكالة أمس: the report's date is the statement's.)
        var claim = ClaimOn("وأعلنت الوزارة عن خطة جديدة للنقل، وفقا لتقرير بثته إذاعة الدولة أمس (الثلاثاء).", "أعلنت");
        claim.Date.Should().Be("2021-10-19");
    }

    [Fact]
    public void Extract_DatesAClaimByTheDateOpeningItsSentenceWithAConjunction()
    {
        // (والشهر الماضي قالت …: the conjunction glued to the opening date does not keep it from dating the statement.)
        var claim = ClaimOn("وتواصل القتال في الشمال. والشهر الماضي قالت الحركة إنها أسرت عددا من الجنود قرب الحدود.", "قالت");
        claim.Date.Should().Be("2021-09");
        claim.DateSource.Should().Be(ClaimDateSource.Explicit);
    }

    [Fact]
    public void Extract_DeniesWhatTheResumedClauseSaid()
    {
        // (وهو ما تنفيه …: a denial, of what the clause before says.)
        var claim = ClaimOn("وتتهم منظمات حقوقية الشرطة بتعذيب المعتقلين في السجن المركزي وهو ما تنفيه وزارة الداخلية.", "تنفيه");
        claim.Polarity.Should().Be(ClaimPolarity.Denied);
        claim.Content.Text.Should().Be("الشرطة بتعذيب المعتقلين في السجن المركزي");
    }

    [Theory]
    // An indefinite object masdar right after the verb is its object; the subject is the last speaker's.
    [InlineData("وقال الوزير إن الاتفاق قريب. ونفى وجود أي صفقة مع المعارضة.", "نفى", "الوزير", "وجود أي صفقة")]
    [InlineData("وقال الوزير إن الاتفاق قريب. وأكد ضرورة توقيعه سريعا.", "أكد", "الوزير", "ضرورة توقيعه")]
    // A person inside the object (after a definite subject, quoted or not) is spoken of, not the speaker.
    [InlineData("وأكدت الرئاسة «استشهاد» خالد سعيد المنصوري خلال مهمة في الجنوب.", "أكدت", "الرئاسة", "«استشهاد» خالد")]
    [InlineData("وأعلن الجيش مقتل محمد علي في المعارك.", "أعلن", "الجيش", "مقتل محمد علي")]
    // … but a masdar in a construct chain of the subject's role is part of it.
    [InlineData("قال قائد معركة تحرير المدينة، اللواء فضل حسن، إن القوات تتقدم.", "قال", "فضل حسن", "القوات تتقدم")]
    // أعلن عن with a quoted fact.
    [InlineData("وكانت الوزارة قد أعلنت في بيان مقتضب عن «استشهاد» جندي من قواتها.", "أعلنت", "الوزارة", "«استشهاد» جندي")]
    // An institution's name takes its لـ complement.
    [InlineData("أعلنت القيادة العليا للقوات البحرية المصرية أمس عن «استشهاد» بحار شاب.", "أعلنت", "القيادة العليا للقوات البحرية المصرية", "«استشهاد» بحار")]
    [InlineData("قالت المفوضية العليا للاجئين إن الوضع صعب.", "قالت", "المفوضية العليا للاجئين", "الوضع صعب")]
    [InlineData("وقال المكتب للصحفيين إن الوضع صعب.", "قال", "المكتب", "الوضع صعب")]
    // أعلن's object past a comma or a parenthesis closing the speaker phrase.
    [InlineData("أعلنت مديرية أمن المحافظة، مقتل أربعة مسلحين في مداهمة.", "أعلنت", "مديرية أمن المحافظة", "مقتل أربعة")]
    [InlineData("أعلن الحزب الرئيسي (الديمقراطي الكردستاني) رفضه الاقتتال الداخلي.", "أعلن", "الحزب الرئيسي", "رفضه الاقتتال")]
    // The dual of a source head, and a dual nisba after it.
    [InlineData("أعلن الحزبان الرئيسيان رفضهما الاقتتال الداخلي.", "أعلن", "الحزبان الرئيسيان", "رفضهما الاقتتال")]
    [InlineData("وقال المسؤولان الأمريكيان إن الاتفاق قريب.", "قال", "المسؤولان الأمريكيان", "الاتفاق قريب")]
    // An institution's name with its place glued to بـ.
    [InlineData("ويؤكد المركز الإعلامي للمقاومة بعدن سقوط قائد ميداني في الاشتباكات.", "يؤكد", "المركز الإعلامي للمقاومة بعدن", "سقوط قائد")]
    // اتهم with one noun phrase before the charge: that phrase is the accused, the last speaker accuses.
    [InlineData("وقال المندوب إن المحادثات مثمرة. واتهم الرئيس الليبي الأسبق معمر القذافي، بأنه أضاع ثروات البلاد.", "اتهم", "المندوب", "الرئيس الليبي الأسبق")]
    // … not with a subject and an object (and not a name without the comma).
    [InlineData("وقال السفير إن العلاقات جيدة. واتهم الوزير المعارضة بالفساد.", "اتهم", "الوزير", "المعارضة بالفساد")]
    [InlineData("وقال السفير إن العلاقات جيدة. وتتهم المعارضة أردوغان بإعاقة المفاوضات.", "تتهم", "المعارضة", "أردوغان بإعاقة")]
    // دعا لـ/إلى with anything but a feeling is a call.
    [InlineData("ودعا الوزير إلى الهدوء.", "دعا", "الوزير", "الهدوء")]
    // Headlines: the paper addressed in braces, and an abbreviated title before the name.
    [InlineData("العبادي لـ {الحياة}: الحكومة ماضية في الإصلاحات\n\nوقال حيدر العبادي إن الانتقادات مبالغ فيها.", ":", "العبادي", "الحكومة ماضية")]
    [InlineData("د. التركي: التصريحات تغذي التطرف\n\nوقال الأمين العام الدكتور عبدالله التركي إن ذلك مرفوض.", ":", "التركي", "التصريحات تغذي")]
    // The issuer of a document after a fronted temporal phrase speaks in it.
    [InlineData("وفي وقت متأخر أمس، أصدرت الهيئة بيانًا أوضحت فيه أن الرحلات ستستأنف.", "أوضحت", "الهيئة", "الرحلات ستستأنف")]
    // Review rows: a cue's own لـ and an addressee after an institution stay out of its name; a coordinated noun or a
    // quoted name of several words in a title does not cut the phrase before the person; a fronted masdar phrase before
    // the verb of a document's issuer, and a headline's subject before the verb, still speak.
    [InlineData("ودعت الهيئة للالتزام بالتعليمات.", "دعت", "الهيئة", "للالتزام")]
    [InlineData("وقال المكتب الإعلامي للصحيفة إن الهجوم فشل.", "قال", "المكتب الإعلامي", "الهجوم فشل")]
    [InlineData("ودعت الإدارة العامة للجوازات السوريين إلى تحديث بياناتهم.", "دعت", "الإدارة العامة للجوازات", "تحديث بياناتهم")]
    [InlineData("واتهمت المفوضية العليا للاجئين بريطانيا بانتهاك القانون الدولي.", "اتهمت", "المفوضية العليا للاجئين", "بريطانيا بانتهاك")]
    [InlineData("وقال مدير الإعلام والرصد المهندس سامي العتيبي إن العمل مستمر.", "قال", "سامي العتيبي", "العمل مستمر")]
    [InlineData("وقال قائد الحملة العسكرية «تحرير تكريت» الفريق عبد الوهاب الساعدي إن القوات تتقدم.", "قال", "عبد الوهاب الساعدي", "القوات تتقدم")]
    [InlineData("وبعد انتهاء الندوة ألقى رئيس الجمعية الدكتور ماجد الحربي كلمة أكد فيها أن البرنامج ناجح.", "أكد", "ماجد الحربي", "البرنامج ناجح")]
    [InlineData("وزير خارجية إيران ينفي مقتل قاسم سليماني في سوريا", "ينفي", "وزير خارجية إيران", "مقتل قاسم")]
    // Session 13. A defective participle's plural drops its ي; فنّد is a denial; إلى القول after مضى; a collective's label.
    [InlineData("وقال المتحدث إن القوات تقدمت، نافين وجود أي خسائر في صفوفها.", "نافين", "المتحدث", "وجود أي خسائر")]
    [InlineData("وفند رئيس البلدية مزاعم الحزب عن المعارك الأخيرة.", "فند", "رئيس البلدية", "مزاعم الحزب")]
    [InlineData("ومضى الناطق إلى القول إن الإغاثة ستتواصل طوال الشهر.", "القول", "الناطق", "الإغاثة ستتواصل")]
    [InlineData("سكان القرية: الجيش دمر بيوتنا\n\nوقال أحد السكان إن القصف لم يتوقف.", ":", "سكان القرية", "الجيش دمر")]
    // A demonstrative phrase after a denial is its object; an unnamed source keeps its place of work before the verb.
    [InlineData("لكن مصادر رسمية في الوزارة نفت هذه الأنباء.", "نفت", "مصادر رسمية", "هذه الأنباء")]
    // A plural participle continues the plural subject before it, not the one person speaking, who still speaks next.
    [InlineData("وأشار الوزير إلى أن المزارعين عانوا من الجفاف، مؤكدين أن المحصول تراجع.", "مؤكدين", "المزارعين", "المحصول تراجع")]
    [InlineData("وأشار الوزير محمد علي إلى أن المزارعين عانوا من الجفاف، مؤكدين أن المحصول تراجع. وأضاف أن الدعم قادم.", "أضاف", "محمد علي", "الدعم قادم")]
    // The pronoun of إلا أنهم points to the party of a fronted concessive clause.
    [InlineData("ورغم تمكن ذوي الأسرى من لقائهم، إلا أنهم عبروا عن قلقهم من طول الانتظار.", "عبروا", "ذوي الأسرى", "قلقهم")]
    // Coordinated parties speak together; the content starts after the last of them.
    [InlineData("وأعلنت تركيا وقطر عن خطط لإنشاء صندوق استثمار مشترك.", "أعلنت", "تركيا وقطر", "خطط لإنشاء")]
    [InlineData("ونفت مصر والسودان أي خلاف حول الحدود.", "نفت", "مصر والسودان", "أي خلاف")]
    // An apposition between commas after كان's subject; a state as a source, with منذ الآن as an adjunct.
    [InlineData("وكانت الوزيرة، العضو في لجنة التحقيق، صرحت أن «النتائج مقلقة».", "صرحت", "الوزيرة", "النتائج مقلقة")]
    [InlineData("وأعلنت الدول الأوروبية منذ الآن نيتها زيادة المساعدات.", "أعلنت", "الدول الأوروبية", "نيتها زيادة")]
    // A circumstantial clause after the verb is no subject; a document's date between it and the verb.
    [InlineData("قال الشاهد إن الانفجار كان قويا. وتابع وهو يستعيد تلك اللحظات: «سمعت دويا هائلا».", "تابع", "الشاهد", "سمعت دويا")]
    [InlineData("وبث الفصيل تسجيلا الأحد يهدد فيه بإعدام الأسرى.", "يهدد", "الفصيل", "بإعدام الأسرى")]
    // A comma-set adjunct before بـ on a masdar and before an addressee; a headline after a section label and an
    // honorific, with an occasion and its partner before the object.
    [InlineData("وطالبت الرابطة، خلال مؤتمرها السنوي، بضرورة مراجعة القانون.", "طالبت", "الرابطة", "بضرورة مراجعة")]
    [InlineData("وطالب النائب، في جلسة البرلمان، الحكومة بتقديم استقالتها.", "طالب", "النائب", "الحكومة بتقديم")]
    [InlineData("محلي / سعادة وزير المالية يؤكد في لقاء مع نظيره الكويتي أهمية التنسيق الاقتصادي", "يؤكد", "وزير المالية", "أهمية التنسيق")]
    // Review of session 13: the one who would neither confirm nor deny speaks next; a date before the verb of a document's
    // relative clause; فنّد of claims.
    [InlineData("وأفاد مصدر أمني بأن الانفجار أوقع جرحى. ورفض المحافظ تأكيد أو نفي ذلك، وقال إن التحقيق جار.", "قال", "المحافظ", "التحقيق جار")]
    [InlineData("وأصدرت النقابة بيانا يوم الأحد قالت فيه إنها ستضرب.", "قالت", "النقابة", "ستضرب")]
    [InlineData("وفند المتحدث مغالطات الصحيفة عن الصفقة.", "فند", "المتحدث", "مغالطات الصحيفة")]
    // ما after a noun or preposition is the relative "what", not a negation (D-13): its verb reports the subject after it.
    [InlineData("وأوقفت الشركة الإنتاج بسبب ما قالت النقابة إنه «إضراب مفتوح».", "قالت", "النقابة", "إضراب مفتوح")]
    [InlineData("وسحبت الحكومة سفيرها في أعقاب ما وصفته الخارجية بتصريحات عدائية.", "وصفته", "الخارجية", "بتصريحات عدائية")]
    // A post-posed attribution after a claim of its sentence names the source of the clause it closes (D-71).
    [InlineData("وقالت الشرطة إن رجلين تبادلا إطلاق النار مساء أمس، ثم فر أحدهما نحو الحدود، وفق ما قال قائد الشرطة المحلية للصحافيين.", "وفق", "قائد الشرطة المحلية", "ثم فر أحدهما")]
    // استدرك (added a reservation) and فسّر (explained), with their content markers.
    [InlineData("وقال المسؤول إن الفرق ستزور القرى النائية، لكنه استدرك قائلا: «الطقس سيحدد موعد الزيارة».", "استدرك", "المسؤول", "الطقس سيحدد")]
    [InlineData("وفسر الوزير، في تصريح للصحيفة، ذلك بأن الحكومة تريد خفض العجز.", "فسر", "الوزير", "الحكومة تريد")]
    // لوّح بـ (threatened with) is a threat like هدد.
    [InlineData("ولوحت الحكومة بفرض عقوبات على الشركات المخالفة.", "لوحت", "الحكومة", "بفرض عقوبات")]
    // تحدث عن + a reported state of affairs (D-26): a plural of one, and the draft of one.
    [InlineData("وتحدث الخبير من جهة أخرى عن «صفقات غامضة» في قطاع النفط.", "تحدث", "الخبير", "صفقات غامضة")]
    [InlineData("وتحدثت الوكالة عن مشروع اتفاق ينص على تشكيل مجلس رئاسي.", "تحدثت", "الوكالة", "مشروع اتفاق")]
    // أعرب without عن before a colon and a quotation (D-72); a speech noun before its occasion and a comma, then فيها.
    [InlineData("وأعرب الرئيس من العاصمة: «القوات تحتاج إلى أسلحة أحدث».", "أعرب", "الرئيس", "القوات تحتاج")]
    [InlineData("وألقى الرئيس كلمة أمام وزراء المنطقة، أكد فيها التزامه بدعم الحكومة.", "أكد", "الرئيس", "التزامه بدعم")]
    // قدّر with a round figure (آلاف، مئات); كما يقول X inside brackets takes the bracket as its unit.
    [InlineData("وتقدر الحكومة أن مئات من الشبان غادروا البلاد خلال العام.", "تقدر", "الحكومة", "مئات من الشبان")]
    [InlineData("والنمو ضعيف (أقل من 2 في المائة كما يقول البنك المركزي) لكن الأسعار مستقرة.", "يقول", "البنك المركزي", "أقل من 2")]
    // The issuer after a document noun belongs to the source phrase (D-5), not to the content …
    [InlineData("وبحسب بيان للوزارة، فإن الحدود ستفتح غدا.", "بحسب", "بيان للوزارة", "الحدود ستفتح")]
    [InlineData("وبحسب تقرير صادر عن اللجنة فإن الأسعار سترتفع.", "بحسب", "تقرير صادر عن اللجنة", "الأسعار سترتفع")]
    // … but the one an unnamed source spoke to is neither part of its name nor of the content.
    [InlineData("وبحسب مصدر قضائي لوكالة الأنباء، فإن المحاكمة ستبدأ غدا.", "بحسب", "مصدر قضائي", "المحاكمة ستبدأ")]
    // أعلن with a measure as its object reports the measure (D-44, D-94): closing, imposing, adopting.
    [InlineData("وأعلنت البلدية إغلاق السوق القديمة حتى نهاية الشهر.", "أعلنت", "البلدية", "إغلاق السوق")]
    [InlineData("وأعلنت الوزارة فرض غرامات على المخالفين.", "أعلنت", "الوزارة", "فرض غرامات")]
    // An unnamed source (مراجع، "authorities") reveals what its object says.
    [InlineData("وقال الوزير إن الحدود آمنة. وكشفت مراجع أمنية عليا للصحيفة تفاصيل الخطة مؤكدة أن الهجوم تأجل.", "كشفت", "مراجع أمنية عليا", "تفاصيل الخطة")]
    // A study or report states its findings with a plain object after أظهر، بيّن and رصد (D-341).
    [InlineData("وأظهر التقرير السنوي نموا في قطاع السياحة هذا العام.", "أظهر", "التقرير السنوي", "نموا في")]
    [InlineData("وبينت الدراسة حجم الضرر الذي لحق بالمحاصيل.", "بينت", "الدراسة", "حجم الضرر")]
    [InlineData("ورصد التقرير عددا من المخالفات في المدارس.", "رصد", "التقرير", "عددا من")]
    // خلص إلى أن (concluded that); the participle of أردف continues the speaker.
    [InlineData("وخلصت الدراسة إلى أن معظم الطلاب يفضلون التعلم عن بعد.", "خلصت", "الدراسة", "معظم الطلاب")]
    [InlineData("وقال المدرب إن الفريق جاهز، مردفا \"سنلعب من أجل الفوز\".", "مردفا", "المدرب", "سنلعب من")]
    // A discourse frame before the verb (وفي هذا السياق، وفي السياق ذاته) is an adverbial: the current speaker goes on.
    [InlineData("وقال المدير إن العمل مستمر. وفي هذا الصدد أكد أن الموظفين سيحصلون على مكافآت.", "أكد", "المدير", "الموظفين سيحصلون")]
    [InlineData("وقال المدير إن العمل مستمر. وفي السياق ذاته أشار إلى أن الرواتب سترتفع.", "أشار", "المدير", "الرواتب سترتفع")]
    // A phrase opening with a glued بـ or an accusative tanween after the verb is no subject: the current speaker goes on.
    [InlineData("وأكد الأمين العام أن الأزمة طويلة. وقال بلهجة حادة إن الحوار هو الحل الوحيد.", "قال", "الأمين العام", "الحوار هو")]
    // An official cell or operations room is a source (أعلن … في بيان عن + an event).
    [InlineData("وأعلنت خلية الإعلام الأمني في بيان عن مقتل عشرة مسلحين.", "أعلنت", "خلية الإعلام الأمني", "مقتل عشرة")]
    // An adverb between the subject after كان and the verb (بشكل خاص، بدورها).
    [InlineData("وكانت هولندا والدنمارك بشكل خاص وعدت بتقديم منح دراسية للطلاب.", "وعدت", "هولندا والدنمارك", "بتقديم منح")]
    [InlineData("وكانت البلدية بدورها تعهدت بإصلاح الطرق قبل الشتاء.", "تعهدت", "البلدية", "بإصلاح الطرق")]
    // The من of a warning, before a danger or a complementizer, closes an indefinite speaker phrase.
    [InlineData("وحذر خبراء من انهيار الوضع الاقتصادي في البلاد.", "حذر", "خبراء", "انهيار الوضع")]
    [InlineData("وحذر خبراء من أن الأسعار سترتفع.", "حذر", "خبراء", "الأسعار سترتفع")]
    // A separate بـ before a quoted masdar marks the content of a marked-only cue (أوصى بـ«ضرورة …»).
    [InlineData("وأوصى المدير بـ«ضرورة تحديث الأنظمة» قبل نهاية العام.", "أوصى", "المدير", "«ضرورة تحديث")]
    // Between كان and قد a short phrase of plain words is the whole subject, with a name the recognizer did not tag.
    [InlineData("وأوضح المسؤول أن الوضع جيد. وكان وزير الخارجية التونسي المنصف البكوري قد أكد أن بلاده مصممة.", "أكد", "وزير الخارجية التونسي المنصف البكوري", "بلاده مصممة")]
    [InlineData("وأوضح المسؤول أن الوضع جيد. وكان المنصف البكوري قد أكد أن بلاده مصممة.", "أكد", "المنصف البكوري", "بلاده مصممة")]
    // دعا's purpose لـ on a rare masdar the segmenter keeps whole (للتنديد).
    [InlineData("ودعت الحكومة الهيئات الإقليمية للتنديد بتلك الاعتداءات.", "دعت", "الحكومة", "الهيئات الإقليمية للتنديد")]
    // A person's name does not count towards the window in which دعا finds its purpose لـ.
    [InlineData("دعا وزير الثقافة الفرنسي لوران ماتيو الصحفيين والمصورين والمدونين أمس للحذر في تغطية القضية.", "دعا", "لوران ماتيو", "الصحفيين والمصورين")]
    // Inside an object content, a verb of report with its own source and a complementizer opens another report.
    [InlineData("ودعت الحكومة المنظمات الدولية والمحلية للحذر في قضية مراسلين قالت وسائل إعلام محلية إنهم اختفوا.", "قالت", "وسائل إعلام محلية", "اختفوا")]
    // A quotation whose main predicate is a past report of a third party holds a claim of its own.
    [InlineData("وقالت الوزارة إن «هؤلاء المتهمين اعترفوا بتلقي تدريبات في الخارج».", "اعترفوا", "المتهمين", "بتلقي تدريبات")]
    [InlineData("وأكد الرئيس أن \"طهران أبدت رغبة في الوفاء بتعهداتها\".", "أبدت", "طهران", "رغبة في")]
    // A plain word between a complementizer and the verb is the subject, a name the recognizer did not tag.
    [InlineData("وأضافت المصادر أن ساجر أكد أن الجنود كان بإمكانهم صد الهجوم.", "أكد", "ساجر", "الجنود كان")]
    // A religious office is a role: it labels a headline's statement.
    [InlineData("مفتي العراق: الحكومة عاجزة عن مواجهة المليشيات\nوتحدث الشيخ عبد الله السامري، مفتي البلاد، عن معلومات جديدة.", ":", "مفتي العراق", "الحكومة عاجزة")]
    // A participle of the noun's shape right after a word (في مذكرة بحثية) does not close the speaker phrase.
    [InlineData("وقالت محللة لدى المصرف في مذكرة بحثية: «الاقتصاد يتباطأ بسرعة».", "قالت", "محللة", "الاقتصاد يتباطأ")]
    // Figures show their findings too, definite or not, with their genitive (نتائج استطلاع، قراءة مؤشر لقطاع …).
    [InlineData("وأظهرت نتائج مسح للسكان تأييد نصف الناخبين للمرشح.", "أظهرت", "نتائج مسح", "تأييد نصف")]
    [InlineData("واليوم أظهرت قراءة مؤشر لقطاع البناء تراجعا كبيرا.", "أظهرت", "قراءة مؤشر", "تراجعا كبيرا")]
    // محمّلا (holding … responsible) continues the speaker, with its object.
    [InlineData("وقال النائب إن الوضع خطير، محملا الحكومة المركزية مسؤولية الأزمة.", "محملا", "النائب", "الحكومة المركزية")]
    // What a paper learned from its sources is their claim.
    [InlineData("وعلمت «الصحيفة» من مصادر مطلعة أن الوزير سيزور موسكو الشهر المقبل.", "علمت", "مصادر مطلعة", "الوزير سيزور")]
    [InlineData("وعلمت «الصحيفة» من مصادرها في الوزارة أن الوزير سيزور موسكو.", "علمت", "مصادرها في الوزارة", "الوزير سيزور")]
    // A conjoined verb of saying with a quotation at once starts the next statement where the full stop is missing.
    [InlineData("وحذر الأمير من الانشغال بالخلافات الخارجية وقال \"يجب ألا تشغلنا الأزمة عن التنمية\".", "قال", "الأمير", "يجب ألا")]
    // كرر (repeated) after its content with كما and its speaker alone, before a complementizer past a long subject, and
    // with the masdar of أعرب عن / عبّر عن.
    [InlineData("ولا يمكن للاقتصاد أن ينمو دون إصلاحات عميقة، كما كرر الأربعاء وزير المالية.", "كرر", "وزير المالية", "ولا يمكن")]
    [InlineData("كرر النظام السوري، وحلفاؤه في إيران ولبنان والعراق، أمس، رؤيتهم أن الحل يجب أن يكون سياسيا.", "كرر", "النظام السوري", "الحل يجب")]
    [InlineData("وكرر الوزير الإعراب عن انزعاجه من تصاعد المواجهات.", "كرر", "الوزير", "عن انزعاجه")]
    [InlineData("وكرر الوزير التعبير عن انزعاجه من تصاعد المواجهات.", "كرر", "الوزير", "عن انزعاجه")]
    // A count is a source with its لـ: the agency that counted belongs to the speaker phrase.
    [InlineData("ووفق تعداد لوكالة الأنباء، فإن 19 جنديا قتلوا في الهجمات منذ انهيار الهدنة.", "وفق", "تعداد لوكالة الأنباء", "19 جنديا")]
    // An indefinite witness with its qualifier after a claim by the definite source is another source (D-71).
    [InlineData("وأضاف المصدر أن الشرطة داهمت بيوتا كثيرة في الحي، حيث أسعف الجريح لاحقا إلى عيادة قريبة، بحسب مصدر طبي.", "بحسب", "مصدر طبي", "حيث أسعف")]
    // أعلن with the source's own commitment (التزامه, which begins like the article) after a comma; a coordinated تعهّد
    // with its بـ is a statement anew.
    [InlineData("وفي الأثناء أعلن الرئيس، التزامه بقرارات المجلس الأعلى وتعهد بتقديم برنامج جديد للإصلاح.", "أعلن", "الرئيس", "التزامه بقرارات")]
    [InlineData("وفي الأثناء أعلن الرئيس، التزامه بقرارات المجلس الأعلى وتعهد بتقديم برنامج جديد للإصلاح.", "تعهد", "الرئيس", "بتقديم")]
    // Between كان and قد an apposition set off by commas after the person's name, however long, belongs to the subject.
    [InlineData("وقال الرئيس باراك أوباما إن الاتفاق جيد. وكان السيناتور جون ماكين، الجمهوري من ولاية أريزونا وله صوت مؤثر في المجلس، قد أعلن أنه سيعارض المشروع بكل قوته.", "أعلن", "جون ماكين", "سيعارض المشروع")]
    // After a relative ما, وصف with its object pronoun and بـ is the speaker's own name for what he speaks of (after أن too).
    [InlineData("وقال المحافظ إن الأوضاع صعبة نتيجة ما وصفه بـ«الحصار الظالم» على المدينة.", "وصفه", "المحافظ", "«الحصار الظالم»")]
    [InlineData("وحذر الوزير من أن ما وصفه بالتدخل الخارجي لن ينجح في تقسيم البلاد.", "وصفه", "الوزير", "بالتدخل الخارجي")]
    // After صرّح, قائلا only marks the content, past the subject's adjuncts; refusing to reveal one's name (no عدم) is no
    // part of the speaker.
    [InlineData("وصرح ضابط رفض الكشف عن اسمه قائلا «المنفذ طالب جامعي من الجنوب».", "صرح", "ضابط", "المنفذ طالب")]
    [InlineData("وتابع ضابط كبير رفض الكشف عن اسمه أن الوزير سيستقيل.", "تابع", "ضابط كبير", "الوزير سيستقيل")]
    // شرح (explained) with its content marker; a quotation after a number closing the verb's adjuncts; the passive يعد
    // (is considered) in an adjunct is no cue that ends the search for the content.
    [InlineData("وشرح الوزير: «المشروع سيوفر آلاف الوظائف للشباب».", "شرح", "الوزير", "المشروع سيوفر")]
    [InlineData("كما شرح المدير أن الخطة تحتاج إلى تمويل إضافي.", "شرح", "المدير", "الخطة تحتاج")]
    [InlineData("وقال المفاوض خلال مؤتمر صحافي حضره ممثلو الدول ال12 \"بعد أسبوع من الاجتماعات أحرزنا تقدما واضحا ونواصل المشاورات\".", "قال", "المفاوض", "بعد أسبوع")]
    [InlineData("وقال الوزير في مؤتمر صحافي ضمن ما يعد أطول جولة خارجية له إن «التعاون مع الجيران أولوية».", "قال", "الوزير", "التعاون مع")]
    // After ذهب/مضى إلى, the masdars of أكد and حذر report as القول does, the subject of that verb (or the last speaker) speaking.
    [InlineData("وقال الخبير سامي العلي إن الأزمة عميقة. ويذهب الخبير إلى التأكيد على أن الحل لن يكون إلا سياسيا.", "التأكيد", "الخبير", "الحل لن")]
    [InlineData("ومضت اللجنة إلى التحذير من أن المخزون ينفد سريعا.", "التحذير", "اللجنة", "المخزون ينفد")]
    // أعلن قيام X بـY reports X's deed (not the founding قيام declares), with or without عن.
    [InlineData("أعلنت وزارة الداخلية عن قيام أجهزة الأمن بضبط عناصر شبكة إرهابية.", "أعلنت", "وزارة الداخلية", "قيام أجهزة")]
    [InlineData("وأعلنت وزارة الداخلية أمس قيام قوات الأمن بتفكيك خلية.", "أعلنت", "وزارة الداخلية", "قيام قوات")]
    // An attribution set off by dashes inside its clause: its source ends at the dash, and without a reporting verb before
    // it (يذكر أن is impersonal) the claim is the clause's.
    [InlineData("وقال الوزير إن الحدود آمنة ضد الجماعة. وكانت القوات - بحسب مصادر محلية - قد استعادت السيطرة على بلدة سالم الجابري الحدودية.", "بحسب", "مصادر محلية", "وكانت القوات")]
    [InlineData("يذكر أن القوات - بحسب قناة «الإخبارية» - قد أحبطت هجوما على الحدود مع الجارة الجنوبية.", "بحسب", "قناة «الإخبارية»", "القوات - بحسب")]
    // Plural bodies and carriers name a source as their singulars do (الأحزاب، الخطوط الجوية); بدء is a masdar announced
    // (not before a declaration: بدء الهدنة).
    [InlineData("وأعلنت الخطوط الجوية الوطنية إيقاف رحلاتها إلى العاصمة.", "أعلنت", "الخطوط الجوية الوطنية", "إيقاف رحلاتها")]
    [InlineData("وأعلنت الأحزاب الكردية توقف أنشطتها العسكرية داخل البلاد.", "أعلنت", "الأحزاب الكردية", "توقف أنشطتها")]
    [InlineData("وأعلن الوزير بدء مرحلة ترميم المباني في المدينة.", "أعلن", "الوزير", "بدء مرحلة")]
    // علي (with its dotted ي) before a person the recognizer tagged without it is the first name, not the preposition على.
    [InlineData("ومن جانبه قال علي رضا جنتي، وزير الصناعة في إيران، خلال الجلسة الختامية للمنتدى: «بلادنا تقف إلى جانب الشعب السوري».", "قال", "علي رضا جنتي", "بلادنا تقف")]
    // The present of قال right after a saying verb's subject names the manner of that one statement (وأضاف فلان يقول: …).
    [InlineData("وأضاف الخبير يقول: «التنسيق بين الجانبين ارتفع كثيرا».", "أضاف", "الخبير", "التنسيق بين")]
    // زاد (added) with its content marker close after it: the last speaker goes on.
    [InlineData("وقال الوزير إن الوضع مستقر. وزاد أن قوات الأمن تعمل ليل نهار لحماية المدينة.", "زاد", "الوزير", "قوات الأمن")]
    [InlineData("وقال المدير إن العمل مستمر. وزاد «وضعنا خططا جديدة للأحياء».", "زاد", "المدير", "وضعنا خططا")]
    // ولم يستبعد أن …: with the conjunction on the negator the verb continues the last speaker as a prefixed verb does.
    [InlineData("وقال الخبير إن الوضع صعب. ولم يستبعد أن ترتفع أسعار الوقود مرة أخرى قريبا.", "يستبعد", "الخبير", "ترتفع أسعار")]
    // Bare بين ("between") in an adjunct is no cue ending the search for the content (only وبين … أن or بيّن is the verb).
    [InlineData("وأضاف الوزير في ختام جولة المحادثات بين البلدين \"سنواصل العمل معا لتعزيز التجارة\".", "أضاف", "الوزير", "سنواصل العمل")]
    // With nobody quoted yet, وقال opening a sentence continues the subject of the sentence before; a verb coordinated
    // with one opening its clause past من جانبه، shares its subject.
    [InlineData("وظهر جون كيري في الاجتماع وهو يحمل عصا خشبية. وقال إنه استعارها من صديق قديم.", "قال", "جون كيري", "استعارها من")]
    [InlineData("من جانبه، رفع خالد الأحمد التهاني إلى اللاعبين، وقال: «فاز فريقنا بجدارة في البطولة».", "قال", "خالد الأحمد", "فاز فريقنا")]
    // When the speaker speaks of itself (إنها after قالت) or a quotation closes the content's clause, a conjoined past verb
    // of report in the same person with no subject of its own is its next statement, not part of the first one.
    [InlineData("وقالت الحركة إنها أسرت عددا من الجنود قرب الحدود وطالبت المقاتلين الآخرين بالتخلي عن السلاح.", "طالبت", "الحركة", "المقاتلين الآخرين")]
    [InlineData("وقالت الوزارة إن الاقتراع في البلاد \"لم يكن نزيها\" وعبرت عن قلقها من أعمال العنف.", "عبرت", "الوزارة", "قلقها من")]
    // Documents name a source: a trailing بحسب without a comma before it attributes the clause to them.
    [InlineData("وتسعى الشركة إلى تسوية خلافها مع البلدية خارج المحكمة بحسب وثائق رسمية.", "بحسب", "وثائق رسمية", "وتسعى الشركة")]
    // A subheading indented with spaces still starts its line (a page pads it: "\n  الوزير: …").
    [InlineData("افتتح الوزير المعرض الدولي أمس.\n  الوزير: الصادرات سترتفع هذا العام\nوتحدث المدير عن المشاريع.", ":", "الوزير", "الصادرات سترتفع")]
    // A person named right before a comma and a relative pronoun whose verb agrees with it speaks in the relative clause.
    [InlineData("واستقبل الوزير في مكتبه رئيس الحكومة المغربية عزيز أخنوش، الذي أكد أن العلاقات بين البلدين متينة.", "أكد", "عزيز أخنوش", "العلاقات بين")]
    [InlineData("وشارك في الندوة الباحث الفرنسي جان بيير لوران، الذي قال إن المنطقة تحتاج إلى حلول سياسية.", "قال", "جان بيير لوران", "المنطقة تحتاج")]
    // An unnamed source labels a headline statement (Source: statement) as a name or a role does.
    [InlineData("خبير اقتصادي: الأسعار سترتفع في الربع الأخير\n\nتوقع الخبير سامي العلي ارتفاع الأسعار.", ":", "خبير اقتصادي", "الأسعار سترتفع")]
    [InlineData("مراقبون: الانتخابات المقبلة لن تغير شيئا\n\nيرى مراقبون أن الأحزاب ضعيفة.", ":", "مراقبون", "الانتخابات المقبلة")]
    // A quotation right after the quoted name of the medium spoken to opens the statement.
    [InlineData("وأضاف المحافظ في تصريحات إلى \"الوطن\" \"المدينة تستعيد عافيتها ببطء بعد الحرب\".", "أضاف", "المحافظ", "المدينة تستعيد")]
    // وهو ما تنفيه …، وهو ما أكده …: the object pronoun resumes the clause before — the other speaker's content when a
    // claim ends there — and the party named after the verb denies or confirms it.
    [InlineData("وتتهم المعارضة الحكومة بالتساهل مع الجماعات المتطرفة في الجنوب وهو ما تنفيه الحكومة باستمرار.", "تنفيه", "الحكومة", "الحكومة بالتساهل")]
    [InlineData("وقال المدير إن الشركة ستفتتح فرعا جديدا في المدينة، وهو ما أكده رئيس مجلس الإدارة سامي الحسن في بيان.", "أكده", "سامي الحسن", "الشركة ستفتتح")]
    // The definite nisba adjectives after a named party belong to the speaker phrase; its complement follows them.
    [InlineData("اعترف حزب الله اللبناني بسقوط ثلاثة من مقاتليه في المعارك الأخيرة.", "اعترف", "حزب الله اللبناني", "بسقوط ثلاثة")]
    // The paper spoken to, in round brackets before the subject (لـ(عكاظ) as some papers write it), is no subject.
    [InlineData("وقال لـ(الرياض) المحلل الاقتصادي فهد الناصر إن الأسعار ستستقر قريبا.", "قال", "فهد الناصر", "الأسعار ستستقر")]
    // A negated verb of revealing the name (، لم يكشف عن اسمه،) is a request for anonymity: no cue, no content.
    [InlineData("وأفاد مسعف، لم يكشف عن هويته، بأن المستشفى استقبل عشرات الجرحى.", "أفاد", "مسعف", "المستشفى استقبل")]
    // A conjunction glued to a definite head does not make it indefinite: its adjectives and verb follow as they would.
    [InlineData("وتراجعت البطالة. فالأرقام الرسمية تقول إن البطالة تراجعت إلى تسعة في المائة.", "تقول", "الأرقام الرسمية", "البطالة تراجعت")]
    // A short quoted name closing the source phrase before its comma (وكالة "الأناضول"، …) belongs to the source: a
    // reporting verb after the comma carries the claim (D-4a).
    [InlineData("وبحسب وكالة \"الأناضول\"، قال المتحدث باسم الشرطة إن الانفجار أودى بحياة جنديين.", "قال", "المتحدث باسم الشرطة", "الانفجار أودى")]
    public void Extract_FindsTheClaim(string text, string cue, string speaker, string contentStart)
    {
        var claim = ClaimOn(text, cue);
        claim.Speaker.Mention.Text.Should().Be(speaker);
        claim.Content.Text.Should().StartWith(contentStart);
        text.Substring(claim.Content.Span.Start, claim.Content.Span.Length).Should().Be(claim.Content.Text);
    }

    [Theory]
    // Outside وهو ما … the object pronoun of نفى or أكد is a person or a thing: نفاه is "exiled him".
    [InlineData("غضب الملك على الشاعر بسبب قصائده فاتهمه بالخيانة ونفاه إلى جزيرة نائية.", "نفاه")]
    // دعا لـ/إلى with a feeling is "gives cause for", no call.
    [InlineData("المتغيرات الدولية تدعو للتفاؤل بمؤتمر جنيف", "تدعو")]
    [InlineData("وقال الوزير إن الأرقام تدعو إلى القلق.", "تدعو")]
    // A rhetorical question is no statement.
    [InlineData("ألا ترى أن الأحداث حولت اهتمام الرأي العام؟", "ترى")]
    [InlineData("أفلا تعتقد الحكومة أن الوضع خطير؟", "تعتقد")]
    // تأكيد أو نفي (to confirm or deny): the masdar نفي, no denial.
    [InlineData("وقال المسؤول إن الوضع هادئ. ورفض تأكيد أو نفي إلقاء الشرطة القبض على زعيم الخلية في البلدة «أبو علي».", "نفي")]
    [InlineData("ولم تستطع المصادر تأكيد ونفي الخبر الذي نشرته صحيفة \"الوطن\".", "ونفي")]
    // A defective plural participle after a noun is its adjective; فنّد of an opinion explains it; مفند is "senile"; a
    // new conjunct after a comma is no addressee.
    [InlineData("ويؤثر وجود أشخاص داعين للعنف على بقية النزلاء.", "داعين")]
    [InlineData("يفند المدرب رأيه بالقول: الفريق يحتاج إلى مدافع.", "يفند")]
    [InlineData("صار الرجل مفندا لا يقدر على المشي.", "مفندا")]
    [InlineData("والأولى ضد الحزب الذي تتهمه بالتورط في هجمات بعد الانفجار، والثانية اقتصادية تمثلت بحملة تقشف.", "تتهمه")]
    // … but ما opening its clause, نادرا ما (rarely) and إذا ما (if ever) still deny or suspend the report.
    [InlineData("وقال الخبير إن الجماعات نادرا ما قالت قياداتها إنها مسؤولة عن الهجمات.", "قالت")]
    [InlineData("وأكد المسؤول أن الشركة ستحصل على الدفعة إذا ما قال المدير إنها التزمت بالعقد.", "قال")]
    // A post-posed attribution naming the sentence's speaker again, or a medium relaying it, is no second claim.
    [InlineData("وقال قائد الشرطة المحلية إن رجلين تبادلا إطلاق النار مساء أمس، ثم فر أحدهما نحو الحدود، وفق ما قال قائد الشرطة للصحافيين.", "وفق")]
    [InlineData("ذكر بيان للسفارة اليوم أن الولايات المتحدة سلمت خمس دبابات للجيش، حسب البيان.", "حسب")]
    [InlineData("وأفادت شبكة إخبارية نقلا عن مسؤولين بأن الطائرة نفذت أول ضربة في الشمال، حسبما أفادت صحيفة محلية.", "حسبما")]
    // … nor one inside a quotation the claim left open.
    [InlineData("وقالت الكاتبة \"لقد تغير كل شيء في البلاد، وعم التفاؤل المدن الكبرى، بحسب أحد المراقبين.", "بحسب")]
    // … but فسّر without a content marker explains a fact.
    [InlineData("وقد فسرت الأمطار تأخر الحصاد هذا العام.", "فسرت")]
    // … but a hand or a flag waved is no threat.
    [InlineData("ولوح اللاعب بيده للجمهور بعد الهدف.", "لوح")]
    // … but a draft law is a topic.
    [InlineData("وتحدث الوزير عن مشروع القانون الجديد.", "تحدث")]
    // … but bare بين before a study is "between", and pictures show without speaking.
    [InlineData("وبين الدراسة والتقرير فرق كبير في الأرقام.", "بين")]
    [InlineData("وأظهرت الصور حجم الدمار في الحي.", "أظهرت")]
    // … but خلص إلى without a complementizer is "reached" or "came to".
    [InlineData("وخلص الاجتماع إلى الموافقة على الميزانية.", "خلص")]
    // … but not a present one (the speaker's own voice for his side) nor a hypothetical one.
    [InlineData("وقال المتحدث إن «واشنطن تحذر من أن التصويت لن يكون نزيها».", "تحذر")]
    [InlineData("وقال رئيس الوزراء: «لو اعتقد أحد أن الضغوط ستغير موقفنا فهو واهم».", "اعتقد")]
    // The noun شرح (explanation) after a preposition, and شرح with a plain object, report nothing.
    [InlineData("واستمع الوزير إلى شرح من المهندسين عن «المشروع» الجديد وأهدافه.", "شرح")]
    [InlineData("وشرح المعلم الدرس للطلاب بطريقة مبسطة.", "شرح")]
    [InlineData("وأعلن التنظيم قيام «دولة» على الأراضي التي يسيطر عليها.", "أعلن")]
    [InlineData("وأعلن التحالف بدء الهدنة الإنسانية اعتبارا من الغد.", "أعلن")]
    // زاد without a content marker is "increased".
    [InlineData("وزاد الإنتاج بنسبة خمسة في المائة خلال الربع الأخير بعد أن ارتفع الطلب.", "زاد")]
    // A word ending in ة is no verb, whatever it folds to (وصفة "recipe", not وصفه "he described it").
    [InlineData("والحل كما يعرف الجميع وصفة قديمة لن تجدها في الكتب ولا أظن أن طبيبا يقر بها.", "وصفة")]
    public void Extract_IsNoClaimOn(string text, string cue)
        => Extractor.Process(text, Anchor).Claims.Should().NotContain(c => c.Cue.Text == cue);

    [Theory]
    // A comma and a بـ adverbial after اتهم's subject are no charge (the subject is not the accused).
    [InlineData("قال الوزير إن الوضع صعب. واتهمت الحكومة، بدورها، المعارضة بالتآمر.", "اتهمت", "الوزير")]
    // أعلن past a comma only before an event report or stance masdar.
    [InlineData("وبعد أن أعلن الجيش، بدأت القوات بالانسحاب.", "أعلن", "الجيش")]
    // The pronoun of إلا أنهم does not point to a singular party of the concessive clause; دون is no plural verb.
    [InlineData("ورغم تحذير الوزير من المخاطر، إلا أنهم أكدوا استمرار الرحلة.", "أكدوا", "الوزير")]
    [InlineData("وقال المواطن إن الشركة تأخذ الرسوم دون مقابل، مطالبين بمحاسبتها.", "مطالبين", "تأخذ الرسوم")]
    // An accusative with tanween after the verb is its object, not its subject.
    [InlineData("وأوضح المحلل أن «الحركة» كانت أعلنت حربًا شاملة على الجيش، بينما ينظر المراقبون إلى أن الهدنة قريبة.", "أعلنت", "حربًا شاملة")]
    // … but not كان there: the verb after أن كان has the sentence's subject.
    [InlineData("وانتقد الاتحاد رئيسه لتراجعه عن وعده رغم ان كان اكد ان البطولة الأخيرة له.", "اكد", "كان")]
    // The preposition أمام folds like إمام (imam): it is no role.
    [InlineData("وأشار التقرير إلى ارتفاع الإيرادات. أمام ذلك قال سامر الحلبي، المدير التنفيذي للشركة، إن النتائج قوية.", "قال", "أمام ذلك")]
    // A conjoined relative pronoun after conjoined names is no adjective of a definite subject (والنقابة والتي).
    [InlineData("وتحدث عن الصلات بين الشركة والنقابة والتي أكد على متانتها الرئيس في كلمته.", "أكد", "النقابة والتي")]
    public void Extract_HasNoClaimBy(string text, string cue, string speaker)
        => Extractor.Process(text, Anchor).Claims.Should().NotContain(c => c.Cue.Text == cue && c.Speaker.Mention.Text == speaker);
}
