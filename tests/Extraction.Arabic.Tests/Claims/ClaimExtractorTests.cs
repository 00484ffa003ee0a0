using Extraction.Arabic.Claims;

namespace Extraction.Arabic.Tests.Claims;

/// <summary>Cue families, speaker patterns, content, negation and dates, one row per rule (no entities needed).</summary>
public class ClaimExtractorTests
{
    private static readonly ArabicExtractor Extractor = ArabicExtractor.CreateDefault();
    private static readonly DateOnly Anchor = new(2021, 10, 20);

    private static Claim Single(string text)
    {
        var doc = Extractor.Process(text, Anchor);
        doc.Claims.Should().ContainSingle($"«{text}» has one claim; found {string.Join(" | ", doc.Claims.Select(c => $"{c.Speaker.Mention.Text}/{c.Cue.Text}/{c.Content.Text}"))}");
        return doc.Claims[0];
    }

    [Theory]
    [InlineData("قال المتحدث إن الاتفاق قريب.", "قال", "قال")]
    [InlineData("قالت المتحدثة إن الاتفاق قريب.", "قالت", "قال")]
    [InlineData("يقول المسؤولون إن الاتفاق قريب.", "يقول", "قال")]
    [InlineData("تقول الوزارة إن الاتفاق قريب.", "تقول", "قال")]
    [InlineData("وأكد الوزير أن الاتفاق قريب.", "أكد", "اكد")]
    [InlineData("وأوضح الوزير أن الاتفاق قريب.", "أوضح", "اوضح")]
    [InlineData("وأشار الوزير إلى أن الاتفاق قريب.", "أشار", "اشار")]
    [InlineData("وأضاف الوزير أن الاتفاق قريب.", "أضاف", "اضاف")]
    [InlineData("وذكرت الوكالة أن الاتفاق قريب.", "ذكرت", "ذكر")]
    [InlineData("وصرح الوزير بأن الاتفاق قريب.", "صرح", "صرح")]
    [InlineData("وأعلنت الوزارة أن الاتفاق قريب.", "أعلنت", "اعلن")]
    [InlineData("وشدد الوزير على أن الاتفاق قريب.", "شدد", "شدد")]
    [InlineData("ولفت الوزير إلى أن الاتفاق قريب.", "لفت", "لفت")]
    [InlineData("وكشف الوزير أن الاتفاق قريب.", "كشف", "كشف")]
    [InlineData("واعتبر الوزير أن الاتفاق قريب.", "اعتبر", "اعتبر")]
    [InlineData("ورأى الوزير أن الاتفاق قريب.", "رأى", "راي")]
    [InlineData("وأفادت الوكالة بأن الاتفاق قريب.", "أفادت", "افاد")]
    [InlineData("وزعم المتحدث أن الاتفاق قريب.", "زعم", "زعم")]
    [InlineData("وادعى المتحدث أن الاتفاق قريب.", "ادعى", "ادعي")]
    [InlineData("وأقر الوزير بأن الاتفاق قريب.", "أقر", "اقر")]
    [InlineData("واعترف الوزير بأن الاتفاق قريب.", "اعترف", "اعترف")]
    [InlineData("وختم الوزير بأن الاتفاق قريب.", "ختم", "ختم")]
    [InlineData("وتابع الوزير أن الاتفاق قريب.", "تابع", "تابع")]
    [InlineData("وحذر الوزير من أن الاتفاق قريب.", "حذر", "حذر")]
    [InlineData("وتوقع الوزير أن الاتفاق قريب.", "توقع", "توقع")]
    [InlineData("وتعهد الوزير بأن الاتفاق قريب.", "تعهد", "تعهد")]
    [InlineData("وأبلغ الوزير الصحفيين أن الاتفاق قريب.", "أبلغ", "ابلغ")]
    [InlineData("فقال الوزير إن الاتفاق قريب.", "قال", "قال")]
    [InlineData("وأعرب الوزير عن أمله في اتفاق قريب.", "أعرب", "اعرب")]
    [InlineData("ودعا الوزير إلى اتفاق قريب.", "دعا", "دعا")]
    [InlineData("وطالب الوزير بتوقيع الاتفاق سريعا.", "طالب", "طالب")]
    [InlineData("وطالبت النقابة الحكومة بتوقيع الاتفاق.", "طالبت", "طالب")]
    [InlineData("ويطالب المحتجون بإلغاء الاتفاق.", "يطالب", "طالب")]
    [InlineData("ونوه الوزير إلى أهمية الاتفاق.", "نوه", "نوه")]
    [InlineData("ونوهت الوزيرة بأهمية الاتفاق.", "نوهت", "نوه")]
    [InlineData("وحذر الوزير من انهيار الاتفاق.", "حذر", "حذر")]
    [InlineData("وتحذر المعارضة من انهيار الاتفاق.", "تحذر", "حذر")]
    [InlineData("وشددت الوزارة على ضرورة الاتفاق.", "شددت", "شدد")]
    [InlineData("ولفت الوزير إلى بنود الاتفاق.", "لفت", "لفت")]
    [InlineData("وكشف المتحدث عن تفاصيل الاتفاق.", "كشف", "كشف")]
    [InlineData("وتعهد الرئيس بتنفيذ الاتفاق.", "تعهد", "تعهد")]
    [InlineData("وهددت الحكومة بالانسحاب من الاتفاق.", "هددت", "هدد")]
    [InlineData("وتحدثت مصادر محلية عن اتفاق وشيك بين الطرفين.", "تحدثت", "تحدث")]
    [InlineData("وعدّت اللجنة أن الاتفاق قريب.", "عدّت", "عد")]
    [InlineData("وأكد الوزير أهمية الاتفاق.", "أكد", "اكد")]
    [InlineData("وتوقع الخبراء توقيع الاتفاق قبل نهاية العام.", "توقع", "توقع")]
    [InlineData("الرئيس يبلغ السفير بأن الاتفاق قريب.", "يبلغ", "ابلغ")]
    [InlineData("ورجح الوزير أن الاتفاق قريب.", "رجح", "رجح")]
    [InlineData("واعتقد الوزير أن الاتفاق قريب.", "اعتقد", "اعتقد")]
    [InlineData("وتعتقد الوزارة أن الاتفاق قريب.", "تعتقد", "اعتقد")]
    [InlineData("ونبه الوزير إلى أن الاتفاق قريب.", "نبه", "نبه")]
    [InlineData("وأردف الوزير أن الاتفاق قريب.", "أردف", "اردف")]
    [InlineData("واستطرد الوزير أن الاتفاق قريب.", "استطرد", "استطرد")]
    [InlineData("وتساءل الوزير: هل الاتفاق قريب؟", "تساءل", "تساءل")]
    [InlineData("وحث الوزير على توقيع الاتفاق.", "حث", "حث")]
    [InlineData("وحثت الوزارة على توقيع الاتفاق.", "حثت", "حث")]
    [InlineData("وتوعد الوزير بإلغاء الاتفاق.", "توعد", "توعد")]
    [InlineData("وشكا الوزير من أن الاتفاق متعثر.", "شكا", "شكا")]
    [InlineData("واشتكى الوزير من تعثر الاتفاق.", "اشتكى", "اشتكي")]
    [InlineData("وكتب الوزير أن الاتفاق قريب.", "كتب", "كتب")]
    [InlineData("وناشد الوزير الدول توقيع الاتفاق.", "ناشد", "ناشد")]
    [InlineData("وأبدى الوزير استعداده لتوقيع الاتفاق.", "أبدى", "ابدي")]
    [InlineData("واستبعد الوزير أن يوقع الاتفاق قريبا.", "استبعد", "استبعد")]
    [InlineData("ولم يستبعد الوزير أن يوقع الاتفاق قريبا.", "يستبعد", "استبعد")]
    [InlineData("وجدد الوزير دعوته لتوقيع الاتفاق.", "جدد", "دعا")]
    [InlineData("وكرر الوزير تأكيده أن الاتفاق قريب.", "كرر", "اكد")]
    [InlineData("وأعلن التنظيم مسؤوليته عن تفجير مقر الاتفاق.", "أعلن", "اعلن")]
    [InlineData("وأعلنت الوزارة ضبطها خلية خططت لإفشال الاتفاق.", "أعلنت", "اعلن")]
    [InlineData("وأعلن الجيش مقتل مسلحين هاجموا موقع الاتفاق.", "أعلن", "اعلن")]
    [InlineData("وتمنى الوزير أن يوقع الاتفاق قريبا.", "تمنى", "تمني")]
    [InlineData("ولاحظ المراقبون أن الاتفاق تعثر.", "لاحظ", "لاحظ")]
    [InlineData("وأظهر استطلاع للرأي أن الاتفاق يحظى بتأييد واسع.", "أظهر", "اظهر")]
    [InlineData("وكرر الوزير التأكيد على أهمية الاتفاق.", "كرر", "اكد")]
    [InlineData("وجددت النقابة المطالبة بتوقيع الاتفاق.", "جددت", "طالب")]
    [InlineData("وتحدثت مصادر عن جهود تبذلها الحكومة لإنقاذ الاتفاق.", "تحدثت", "تحدث")]
    [InlineData("وتحدثت أنباء عن مبادرة «جديدة» طرحتها الحكومة لإنقاذ الاتفاق.", "تحدثت", "تحدث")]
    [InlineData("استبعد ممثل الائتلاف لدى دول الخليج خالد العمري، إمكانية أن يقبل النظام بالاتفاق.", "استبعد", "استبعد")]
    [InlineData("واستبعد الوزير احتمال انهيار الاتفاق.", "استبعد", "استبعد")]
    [InlineData("طالب اتحاد الناشرين الحكومة والبرلمان، بتعديل الاتفاق.", "طالب", "طالب")]
    [InlineData("دعا رئيس الهيئة العليا للتفاوض، سالم العمري، الدول الراعية التي صاغت الاتفاق مع الأطراف في جنيف، إلى الضغط لوقف القصف.", "دعا", "دعا")]
    [InlineData("وكثيرا ما أكد الوزير أن الاتفاق قريب.", "أكد", "اكد")]
    [InlineData("وأبدى أهالي القرى ثقتهم بقدرة الجيش على حماية الاتفاق.", "أبدى", "ابدي")]
    [InlineData("وتبنى التنظيم المسلح في المنطقة الهجوم على قافلة الاتفاق.", "تبنى", "تبني")]
    [InlineData("وتبنت الجماعة هذا الهجوم على قافلة الاتفاق.", "تبنت", "تبني")]
    public void Extract_VerbCue_IsAnAssertion(string text, string cue, string lemma)
    {
        var c = Single(text);
        c.Cue.Text.Should().Be(cue);
        c.CueLemma.Should().Be(lemma);
        c.CueKind.Should().Be(ClaimCueKind.Verb);
        c.Polarity.Should().Be(ClaimPolarity.Asserted);
        c.Content.Text.Should().Contain("اتفاق");
    }

    [Theory]
    [InlineData("ونفى الوزير أن يكون الاتفاق قريبا.", "نفى")]
    [InlineData("ونفت الوزارة أن يكون الاتفاق قريبا.", "نفت")]
    [InlineData("وتنفي الوزارة أن يكون الاتفاق قريبا.", "تنفي")]
    [InlineData("وأنكر الوزير أن يكون الاتفاق قريبا.", "أنكر")]
    [InlineData("وكذب الوزير أن يكون الاتفاق قريبا.", "كذب")]
    [InlineData("ودحض الوزير أن يكون الاتفاق قريبا.", "دحض")]
    [InlineData("ونفى الوزير صحة التقارير عن الاتفاق.", "نفى")]
    [InlineData("لكن الحكومة سرعان ما نفت صحة التقارير عن الاتفاق.", "نفت")]
    public void Extract_DenialCue_IsDenied(string text, string cue)
    {
        var c = Single(text);
        c.Cue.Text.Should().Be(cue);
        c.Polarity.Should().Be(ClaimPolarity.Denied);
    }

    [Theory]
    [InlineData("لم يؤكد الوزير أن الاتفاق قريب.")]
    [InlineData("ولم تنف الوزارة أن الاتفاق قريب.")]
    [InlineData("لا ينفي الوزير أن الاتفاق قريب.")]
    [InlineData("غير أن أي جهة رسمية لم تؤكد أو تنف حتى الآن صحة هذه الأنباء.")]
    [InlineData("ويذكر أن الاتفاق وقع العام الماضي.")]
    [InlineData("أعلنت الحكومة الحرب على الفساد.")]
    [InlineData("وأعلن الرئيس الحداد ثلاثة أيام.")]
    [InlineData("يقع المبنى بين النهر والجبل.")]
    [InlineData("تبلغ مدة الاتفاق 25 عاما.")]
    [InlineData("يبلغ عدد سكان المدينة مليون نسمة.")]
    [InlineData("لم يطالب الوزير بتوقيع الاتفاق.")]
    [InlineData("ولم يحذر الوزير من انهيار الاتفاق.")]
    [InlineData("ولا تشدد الوزارة على ضرورة الاتفاق.")]
    [InlineData("وركب العمال أنوارا كاشفة على امتداد الحدود.")]
    [InlineData("ورفض الوزير مطالبة النقابات بزيادة الأجور.")]
    [InlineData("وأشار الشرطي بيده إلى القاعة.")]
    [InlineData("وأكدت الأحداث فشل الخطة.")]
    [InlineData("وتقدم المنصة دروسا مقسمة ومفهرسة حسب منهج الدولة.")]
    [InlineData("وهي ترى الناس يعانون ومن ثم تريد منهم أن يصبروا.")]
    [InlineData("وتواجه الشركة تقارير إعلامية أفادت بأن أرباحها تراجعت.")]
    [InlineData("ويعتقد أن الاتفاق وقع العام الماضي.")]
    [InlineData("ويتوقع أن يوقع الاتفاق العام المقبل.")]
    [InlineData("ويرجح أن يوقع الاتفاق العام المقبل.")]
    [InlineData("وانتهى التفتيش إثر تشدد الشرطة في الإجراءات.")]
    [InlineData("لقي طالب سوداني مصرعه في سوريا.")]
    [InlineData("تفجير سروج يهدد بإقفال المعبر.")]
    [InlineData("وكتب الوزير مقالا عن الاتفاق.")]
    [InlineData("واستبعد المدرب اللاعب من الفريق.")]
    [InlineData("وكل الدلائل تشير إلى اتفاق قريب.")]
    [InlineData("ووقف نصف العربات بانتظار الإذن.")]
    [InlineData("وكشف النقاب أمس عن مذكرة سرية.")]
    [InlineData("لكني أعتقد أن الاتفاق قريب.")]
    [InlineData("ونطالب الحكومة بتوقيع الاتفاق.")]
    [InlineData("ونؤكد أن الاتفاق قريب.")]
    [InlineData("وأرى أن الاتفاق قريب.")]
    [InlineData("وأبدت الحكومة جدية هذه المرة في الاستعداد للانتخابات.")]
    [InlineData("اكتب تعليقك أن الخبر مهم.")]
    [InlineData("ووقف الجيش الذي اتهم بعدم حماية السكان على الحياد.")]
    [InlineData("وشارك مهددة بالإغلاق.")]
    [InlineData("وتحدث صديق للعائلة طالبا عدم كشف هويته.")]
    [InlineData("ويدعى المتحدث الجديد أحمد.")]
    [InlineData("وتحدث الوزير عن العلاقات بين البلدين.")]
    [InlineData("ويعدّ المبنى أحد أقدم معالم المدينة.")]
    [InlineData("وقد وعد الوزير بزيارة المدينة.")]
    [InlineData("وكان الجيش قد أعلن وقفا لإطلاق النار اعتبارا من الساعة 11: 59 مساء.")]
    [InlineData("واعتقلت الشرطة 18 طالبا في المدينة.")]
    [InlineData("الطريق واضح والحل أوضح من أي وقت مضى.")]
    [InlineData("ويلاحظ أن الاتفاق تعثر.")]
    [InlineData("ولاحظ الحارس غياب الموظف عن مكتبه.")]
    [InlineData("أولم يلاحظ الوزير أن الاتفاق تعثر؟")]
    [InlineData("ألم يقل الوزير إن الاتفاق قريب؟")]
    [InlineData("ما نفى الوزير أن يكون الاتفاق قريبا.")]
    [InlineData("وتبنى مجلس الأمن قرارا بالإجماع يدين الهجوم على القافلة.")]
    [InlineData("وتبنت الحكومة خطة جديدة لإصلاح التعليم.")]
    [InlineData("وتمنى الوزير للحاضرين التوفيق.")]
    [InlineData("وأظهرت الصور أن المبنى تضرر.")]
    [InlineData("وأظهر اللاعب مهارة كبيرة في المباراة.")]
    [InlineData("ودعا الوزير، خلال زيارته للمدينة، أعضاء اللجنة، لحضور الاجتماع.")]
    [InlineData("ودعا الوزير جميع \"أعضاء اللجنة\" في المدينة لحضور الحفل.")]
    [InlineData("وعاد يقول الشعر بعد سنوات.")]
    [InlineData("وتحدث الوزير عن تجربته الطويلة في العمل.")]
    public void Extract_NegatedOrNoReportedContent_NoClaim(string text)
        => Extractor.Process(text, Anchor).Claims.Should().BeEmpty(text);

    [Fact]
    public void Extract_ParticipleContinuation_IsASecondClaimOfTheSameSpeaker()
    {
        var doc = Extractor.Process("وقال المتحدث باسم الوزارة إن الاتفاق قريب، مؤكدا أن المفاوضات مستمرة.", Anchor);
        doc.Claims.Should().HaveCount(2);
        doc.Claims[0].Content.Text.Should().Be("الاتفاق قريب");
        doc.Claims[1].Cue.Text.Should().Be("مؤكدا");
        doc.Claims[1].CueKind.Should().Be(ClaimCueKind.Participle);
        doc.Claims[1].Speaker.Should().Be(doc.Claims[0].Speaker);
        doc.Claims[1].Content.Text.Should().Be("المفاوضات مستمرة");
    }

    [Theory]
    [InlineData("قائلا")]
    [InlineData("موضحا")]
    [InlineData("مضيفا")]
    [InlineData("مشيرا")]
    [InlineData("لافتا")]
    [InlineData("معتبرا")]
    [InlineData("مشددا")]
    [InlineData("مرجحا")]
    [InlineData("معتقدا")]
    [InlineData("منبها")]
    [InlineData("مفيدا")]
    [InlineData("مصرحا")]
    [InlineData("معترفا")]
    [InlineData("متمنيا")]
    [InlineData("مستدركا")]
    public void Extract_Participles_AreCues(string participle)
    {
        var doc = Extractor.Process($"وتحدث الوزير مطولا، {participle} أن المفاوضات مستمرة.", Anchor);
        doc.Claims.Should().ContainSingle().Which.Cue.Text.Should().Be(participle);
    }

    [Theory]
    [InlineData("محذرا من انهيار المفاوضات")]
    [InlineData("مطالبا بوقف المفاوضات")]
    [InlineData("مشيرا إلى تقدم المفاوضات")]
    [InlineData("داعيا إلى استئناف المفاوضات")]
    [InlineData("منوها بتقدم المفاوضات")]
    [InlineData("مشددة على أهمية المفاوضات")]
    [InlineData("متعهدا بمواصلة المفاوضات")]
    [InlineData("معربا عن أمله في نجاح المفاوضات")]
    [InlineData("معبرة عن تفاؤلها بالمفاوضات")]
    [InlineData("لافتين إلى تعثر المفاوضات")]
    [InlineData("متوعدا بإفشال المفاوضات")]
    [InlineData("مبديا استعداده لاستئناف المفاوضات")]
    [InlineData("معتبرا المفاوضات فرصة أخيرة")]
    [InlineData("معتبرة استئناف المفاوضات خطوة مهمة")]
    [InlineData("معتبرا إياها خطوة نحو المفاوضات")]
    [InlineData("لافتا الانتباه إلى تقدم المفاوضات")]
    [InlineData("مستدركا بالقول إن المفاوضات صعبة")]
    [InlineData("مقدرا عدد المشاركين في المفاوضات بنحو ألفين")]
    public void Extract_ParticipleWithPrepositionalComplement_IsAClaimOfTheSameSpeaker(string continuation)
    {
        var doc = Extractor.Process($"وقال المتحدث إن الاتفاق قريب، {continuation}.", Anchor);
        doc.Claims.Should().HaveCount(2, continuation);
        doc.Claims[1].CueKind.Should().Be(ClaimCueKind.Participle);
        doc.Claims[1].Speaker.Should().Be(doc.Claims[0].Speaker);
        doc.Claims[1].Content.Text.Should().Contain("المفاوضات");
        doc.Claims[0].Content.Text.Should().Be("الاتفاق قريب");
    }

    [Fact]
    public void Extract_ClauseWithItsOwnSourceAndReportInsideAContent_IsItsOwnClaim()
    {
        var doc = Extractor.Process("وقال السكان إن الطريق مغلق، فيما تؤكد مصادر رسمية أن الطريق مفتوح، وكانت صحيفة الأيام ذكرت أن الجسر انهار.", Anchor);
        doc.Claims.Select(c => c.Cue.Text).Should().Equal("قال", "تؤكد", "ذكرت");
        doc.Claims[0].Content.Text.Should().Be("الطريق مغلق");
        doc.Claims[1].Speaker.Mention.Text.Should().Be("مصادر رسمية");
    }

    [Fact]
    public void Extract_ParentheticalAttributionInsideAReportingClause_RelaysThatClaim()
    {
        var doc = Extractor.Process("وقالت الوزارة في بيان -بحسب وكالة الأنباء- \"نرحب بالقرار الذي أصدرته المحكمة\".", Anchor);
        doc.Claims.Should().ContainSingle().Which.Cue.Text.Should().Be("قالت");
        doc.Claims[0].Content.Text.Should().Be("نرحب بالقرار الذي أصدرته المحكمة");
        // At the end of a clause without a reporting verb, the attribution is the claim.
        Extractor.Process("وسيطرت القوات على المواقع - بحسب مصادر ميدانية.", Anchor).Claims.Should().ContainSingle().Which.Cue.Text.Should().Be("بحسب");
    }

    [Fact]
    public void Extract_ClaimedActAfterACommaSetAdjunct_IsTheContent()
        => Extractor.Process("وتبنى التنظيم في بيان، هذه التفجيرات.", Anchor).Claims.Should().ContainSingle().Which.Content.Text.Should().Be("هذه التفجيرات");

    [Fact]
    public void Extract_OpeningAkkadaBeforeAnObjectMasdar_IsTheLastSpeakers()
    {
        var doc = Extractor.Process("وطالب الوزير الهيئات بتكثيف جهودها.\nوأكد دعم مسار الحوار في البلاد.", Anchor);
        doc.Claims.Should().HaveCount(2);
        doc.Claims[1].Speaker.Should().Be(doc.Claims[0].Speaker);
        doc.Claims[1].Content.Text.Should().Be("دعم مسار الحوار في البلاد");
    }

    [Fact]
    public void Extract_SubjectOfANegatedCue_SpeaksNext()
    {
        var doc = Extractor.Process("وقال الوزير إن الاتفاق قريب.\nولم ينف المتحدث باسم الجيش الخبر، مكتفيا بالقول إن «التحقيق مستمر».", Anchor);
        doc.Claims.Should().HaveCount(2);
        doc.Claims[1].Speaker.Mention.Text.Should().Be("المتحدث باسم الجيش");
        doc.Claims[1].Content.Text.Should().Be("التحقيق مستمر");
    }

    [Fact]
    public void Extract_ParticipleAfterAGovernedClause_ContinuesTheSource()
    {
        var doc = Extractor.Process("وبحسب المصدر فإن الحكومة تدرس العرض، مؤكدا أن القرار لم يتخذ بعد.", Anchor);
        doc.Claims.Select(c => c.Cue.Text).Should().Equal("بحسب", "مؤكدا");
        doc.Claims[0].Content.Text.Should().Be("الحكومة تدرس العرض");
        doc.Claims[1].Speaker.Mention.Text.Should().Be("المصدر");
    }

    [Fact]
    public void Extract_ParticipleAfterANonReportingVerbBehindALinkingPhrase_TakesThatVerbsSubject()
    {
        var doc = Extractor.Process("من جانب آخر، استنكرت الحكومة بشدة قرار البرلمان، معتبرة إياه خطوة متسرعة.", Anchor);
        doc.Claims.Should().ContainSingle().Which.Speaker.Mention.Text.Should().Be("الحكومة");
    }

    [Fact]
    public void Extract_ParticipleWithoutComma_EndsThePreviousContent()
    {
        var doc = Extractor.Process("وأكد الوزير أهمية الزيارة مشيرا إلى أنها رسالة للجميع.", Anchor);
        doc.Claims.Should().HaveCount(2);
        doc.Claims[0].Content.Text.Should().Be("أهمية الزيارة");
        doc.Claims[1].Cue.Text.Should().Be("مشيرا");
        doc.Claims[1].Content.Text.Should().Be("رسالة للجميع");
    }

    [Fact]
    public void Extract_ParticipleOfDenial_IsDenied()
        => Extractor.Process("وتحدث الوزير مطولا، نافيا أن تكون المفاوضات متوقفة.", Anchor).Claims.Should().ContainSingle()
            .Which.Polarity.Should().Be(ClaimPolarity.Denied);

    [Fact]
    public void Extract_ImplicitSubject_IsThePreviousSpeaker()
    {
        var doc = Extractor.Process("قال مصدر أمني إن الاتفاق قريب.\nوأضاف أن التوقيع سيتم قريبا.", Anchor);
        doc.Claims.Should().HaveCount(2);
        doc.Claims[1].Cue.Text.Should().Be("أضاف", "the cue span leaves out the conjunction");
        doc.Claims[1].Speaker.Mention.Should().Be(doc.Claims[0].Speaker.Mention, "the last speaker's mention, with its own offsets");
    }

    [Fact]
    public void Extract_PluralVerbWithImplicitSubject_ContinuesThePreviousSpeakers()
    {
        var doc = Extractor.Process("قال مسؤولون غربيون إن الهجوم فشل.\nوقالوا إن الاتفاق قريب.", Anchor);
        doc.Claims.Should().HaveCount(2);
        doc.Claims[1].Cue.Text.Should().Be("قالوا");
        doc.Claims[1].Speaker.Mention.Text.Should().Be("مسؤولون غربيون");
    }

    [Theory]
    [InlineData("وأكدت «أم سارة» أنها لم تتفاجأ بالخبر.", "أم سارة")]
    [InlineData("وقالت \"أم سارة\" إنها لم تتفاجأ بالخبر.", "أم سارة")]
    [InlineData("ونقل موقع الإذاعة \"بي بي سي\" عن \"المتحدث\" الذي يزور المدينة، أن الهجوم فشل.", "المتحدث")]
    [InlineData("ونقلت الصحيفة عن مصدر أمني قوله إن الهجوم فشل.", "مصدر أمني")]
    [InlineData("وكان مصدران أمنيان قد أكدا أن الهجوم فشل.", "مصدران أمنيان")]
    [InlineData("وكان اقتصاديون قد توقعوا أن يفشل الهجوم.", "اقتصاديون")]
    [InlineData("كان وزراء الخارجية الذين اجتمعوا في المدينة قالوا إن الهجوم فشل.", "وزراء الخارجية")]
    [InlineData("إلا أن تقرير البنك قبل شهرين أشار إلى أن الهجوم فشل.", "تقرير البنك")]
    [InlineData("الوزير يبلغ السفير بأن الهجوم فشل.", "الوزير")]
    [InlineData("وأصيب أقارب الضحية بصدمة، وقالوا إن الهجوم فشل.", "أقارب الضحية")]
    [InlineData("وطالب عدد من الطلاب بتأجيل الامتحانات.", "عدد من الطلاب")]
    [InlineData("وطالب عدد من أعضاء النقابة المحلية الحكومة بتأجيل الامتحانات.", "عدد من أعضاء النقابة المحلية")]
    [InlineData("طالب أهالي المعتقلين الوزارة بالإفراج عن أبنائهم.", "أهالي المعتقلين")]
    [InlineData("شقيق الضحية قال: لن نتنازل عن حقنا.", "شقيق الضحية")]
    [InlineData("لكن الوزارة سرعان ما نفت هذه الأنباء.", "الوزارة")]
    [InlineData("وكانت نقابة الصحفيين قد أدانت الانتهاكات وقالت إن الهجوم فشل.", "نقابة الصحفيين")]
    [InlineData("واتهم معارضون الرئيس باستغلال الهجوم.", "معارضون")]
    [InlineData("وأعلنت القوات الأمنية السيطرة على المدينة بعد الهجوم.", "القوات الأمنية")]
    [InlineData("وأبدى الأمين العام للائتلاف الوطني السوري محمد العلي عدم ارتياحه من الهجوم.", "محمد العلي")]
    [InlineData("كما سبق للوزير محمد العلي أن حذر من أن الهجوم فشل.", "محمد العلي")]
    [InlineData("أما المتحدث باسم المعارضة فقال إن الهجوم فشل.", "المتحدث باسم المعارضة")]
    [InlineData("ونقلت وكالة الأنباء الرسمية أن الهجوم فشل.", "وكالة الأنباء الرسمية")]
    [InlineData("وقال المذيع علي حسن المدير العام للقناة الذي قال إن الهجوم فشل.", "علي حسن")]
    [InlineData("وكانت الحكومة المحلية قد تعهدت بتوسيع الخدمات.", "الحكومة المحلية")]
    [InlineData("وأعلنت المقاومة الشعبية مقتل عشرة مسلحين.", "المقاومة الشعبية")]
    [InlineData("وأعلنت المعارضة المسلحة أمس مواصلة تقدمها في السهل.", "المعارضة المسلحة")]
    [InlineData("وأشارت صحيفة \"الأيام\" المحلية إلى أن الاتفاق قريب.", "صحيفة \"الأيام\" المحلية")]
    [InlineData("واتهم مسؤولون محليون المهربين بتهريب الأسلحة.", "مسؤولون محليون")]
    [InlineData("وكان الأمين العام رحب بالقرار، وحث جميع الأطراف على ضبط النفس.", "الأمين العام")]
    [InlineData("وكان الطرفان قد اجتمعا أمس. وكان كلاهما حذر من انهيار الاتفاق.", "كلاهما")]
    [InlineData("رئيس الحكومة التركية أحمد داود أوغلو، رئيس الحزب الحاكم، قال إن الهجوم فشل.", "أحمد داود أوغلو")]
    [InlineData("وكانت السفارة الأميركية في نيروبي أعلنت أن الهجوم فشل.", "السفارة الأميركية")]
    [InlineData("وأعلنت الشرطة مداهمة 14 منزلا في المدينة.", "الشرطة")]
    [InlineData("وكانت وكالة إيرنا الرسمية للأنباء أشارت إلى أن الهجوم فشل.", "وكالة إيرنا الرسمية")]
    [InlineData("والمتحدثة باسم الاتحاد الأوروبي فيديريكا موغيريني في بيان لها قالت إن الهجوم فشل.", "فيديريكا موغيريني")]
    public void Extract_SpeakerBeforeTheVerbOrQuoted(string text, string speaker)
        => Single(text).Speaker.Mention.Text.Should().Be(speaker);

    [Fact]
    public void Extract_ImplicitSubjectAfterAnAdverb_IsThePreviousSpeaker()
    {
        var doc = Extractor.Process("قال مصدر أمني إن الاتفاق قريب.\nوأضاف متحدثا عن التوقيع: «سيتم قريبا».", Anchor);
        doc.Claims.Should().HaveCount(2);
        doc.Claims[1].Speaker.Mention.Text.Should().Be("مصدر أمني");
        doc.Claims[1].Content.Text.Should().Be("سيتم قريبا");
    }

    [Fact]
    public void Extract_ReportDeepInsideAnotherContent_IsNoClaimOfItsOwn()
    {
        var doc = Extractor.Process("وقال الوزير إن التدخل مرفوض، وقد عبر السكان عن غضبهم من هذا التدخل.", Anchor);
        doc.Claims.Should().ContainSingle().Which.Cue.Text.Should().Be("قال");
    }

    [Fact]
    public void Extract_ReportAsMainPredicateOfAContent_IsAClaimOfItsOwn()
    {
        var doc = Extractor.Process("وشدد المتحدث على أن البعض يقول إن الخطة تعثرت.", Anchor);
        doc.Claims.Should().HaveCount(2);
        doc.Claims[1].Speaker.Mention.Text.Should().Be("البعض");
    }

    [Theory]
    [InlineData("وقال المرصد إن القتلى عشرة، إلا أن الوزارة أكدت أن القتلى خمسة.", "أكدت", "الوزارة", ClaimPolarity.Asserted)]
    [InlineData("وقال الوزير إن الاتفاق قريب. لكن الوزارة نفت الأمر.", "نفت", "الوزارة", ClaimPolarity.Denied)]
    [InlineData("وقال الوزير إن الاتفاق قريب. إلا أن وزارة الدفاع الأميركية نفت ذلك.", "نفت", "وزارة الدفاع الأميركية", ClaimPolarity.Denied)]
    public void Extract_ExceptiveOrContrastiveClauseWithItsOwnSubject_IsItsOwnClaim(string text, string cue, string speaker, ClaimPolarity polarity)
    {
        var doc = Extractor.Process(text, Anchor);
        doc.Claims.Should().HaveCount(2);
        doc.Claims[0].Content.Text.Should().NotContain(cue);
        doc.Claims[1].Cue.Text.Should().Be(cue);
        doc.Claims[1].Speaker.Mention.Text.Should().Be(speaker);
        doc.Claims[1].Polarity.Should().Be(polarity);
    }

    [Fact]
    public void Extract_ContrastiveClauseWithItsOwnReport_EndsTheContent()
    {
        var doc = Extractor.Process("وتعهد الرئيس باستضافة البطولة، لكن المسؤولين قالوا إن التمويل غير كاف.", Anchor);
        doc.Claims.Should().HaveCount(2);
        doc.Claims[0].Content.Text.Should().Be("باستضافة البطولة");
        doc.Claims[1].Speaker.Mention.Text.Should().Be("المسؤولين");
    }

    [Fact]
    public void Extract_SourceHeadline_IsAClaim()
    {
        var doc = Extractor.Process("المرصد: الغارات دمرت جسرين\n\nنفذ التحالف غارات جوية.", Anchor);
        doc.Claims.Should().ContainSingle().Which.Speaker.Mention.Text.Should().Be("المرصد");
    }

    [Fact]
    public void Extract_SecondPartOfATwoPartHeadline_IsAClaim()
    {
        var doc = Extractor.Process("الوزير يحذر من التصعيد.. وموسكو: لا تفاوض تحت الضغط\n\nطهران - نفذت القوات مناورة.", Anchor);
        doc.Claims.Should().ContainSingle(c => c.Cue.Text == ":").Which.Speaker.Mention.Text.Should().Be("موسكو");
    }

    [Fact]
    public void Extract_NameAndColonInsideABodyLine_IsNoHeadline()
        => Extractor.Process("عنوان\n\nوصل الوفد.. وموسكو: كلمة ترحيب قصيرة.", Anchor).Claims.Should().BeEmpty();

    [Theory]
    [InlineData("قال مصدر أمني إن الهجوم فشل.", "مصدر أمني")]
    [InlineData("وقال مسؤولون غربيون إن الهجوم فشل.", "مسؤولون غربيون")]
    [InlineData("ذكرت وسائل إعلام رسمية روسية أن الهجوم فشل.", "وسائل إعلام رسمية روسية")]
    public void Extract_UnnamedSource_SpeakerWithoutEntity(string text, string speaker)
    {
        var c = Single(text);
        c.Speaker.Mention.Text.Should().Be(speaker);
        c.Speaker.EntityId.Should().BeNull();
    }

    [Theory]
    [InlineData("وقال الوزير: \"لدينا خطط للتعاون. ويتماشى ذلك مع القرارات\".", "لدينا خطط للتعاون. ويتماشى ذلك مع القرارات")]
    [InlineData("وقال الوزير: «الاتفاق قريب».", "الاتفاق قريب")]
    [InlineData("وقال الوزير: “الاتفاق قريب”.", "الاتفاق قريب")]
    [InlineData("وقال الوزير: الاتفاق قريب.", "الاتفاق قريب")]
    [InlineData("وقال الوزير \"الاتفاق قريب\".", "الاتفاق قريب")]
    [InlineData("وقال الوزير في حواره: إن الاتفاق قريب.", "الاتفاق قريب")]
    [InlineData("وقال الوزير في تصريحات لـ «عكاظ» النجاحات التي يحققها الجيش كبيرة جدا.", "النجاحات التي يحققها الجيش كبيرة جدا")]
    [InlineData("وقال الوزير لـ «الصحيفة» الوضع هادئ في المدينة.", "الوضع هادئ في المدينة")]
    public void Extract_DirectQuote_IsTheContent(string text, string content)
        => Single(text).Content.Text.Should().Be(content);

    [Fact]
    public void Extract_QuoteAcrossSentences_IsOneClaim()
    {
        var doc = Extractor.Process("وقال الوزير: «الاتفاق قريب. والتوقيع الأسبوع المقبل». ثم غادر.", Anchor);
        doc.Claims.Should().ContainSingle().Which.Content.Text.Should().Be("الاتفاق قريب. والتوقيع الأسبوع المقبل");
    }

    [Theory]
    [InlineData("وبحسب المصدر نفسه، فإن الصفقة هي الثانية.", "بحسب", "المصدر نفسه", "الصفقة هي الثانية")]
    [InlineData("الصفقة هي الثانية، وفقا لوكالة الأنباء.", "وفقا", "وكالة الأنباء", "الصفقة هي الثانية")]
    [InlineData("الصفقة هي الثانية، نقلا عن مصادر مطلعة.", "نقلا", "مصادر مطلعة", "الصفقة هي الثانية")]
    [InlineData("الصفقة هي الثانية، حسبما أفادت الوكالة.", "حسبما", "الوكالة", "الصفقة هي الثانية")]
    [InlineData("الصفقة هي الثانية، وفق ما ذكرت الوكالة.", "وفق", "الوكالة", "الصفقة هي الثانية")]
    [InlineData("الصفقة هي الثانية، وفق ما نقلت الصحيفة، مساء أمس، عن مصدر مطلع.", "وفق", "مصدر مطلع", "الصفقة هي الثانية")]
    [InlineData("إذ وحسب أحدث الأرقام يشكل المهاجرون خمس السكان.", "حسب", "أحدث الأرقام", "يشكل المهاجرون خمس السكان")]
    [InlineData("وتأجل الاجتماع إلى الأسبوع المقبل، حسبما علمت «الصحيفة» من مصدر مطلع.", "حسبما", "مصدر مطلع", "وتأجل الاجتماع إلى الأسبوع المقبل")]
    public void Extract_NominalAttribution(string text, string cue, string speaker, string content)
    {
        var c = Single(text);
        c.CueKind.Should().Be(ClaimCueKind.Attribution);
        c.Cue.Text.Should().Be(cue);
        c.Speaker.Mention.Text.Should().Be(speaker);
        c.Content.Text.Should().Be(content);
    }

    [Fact]
    public void Extract_DemonstrativeObjectWithTheSourceAfterIt_AttributesTheSentenceBefore()
    {
        var doc = Extractor.Process("وسيرتفع عدد الحجاج هذا العام إلى ألف حاج.\nوأوضح ذلك لـ«الصحيفة» مصدر مسؤول في البعثة، مفيدا أن التسجيل بدأ.", Anchor);
        doc.Claims.Select(c => c.Cue.Text).Should().Equal("أوضح", "مفيدا");
        doc.Claims.Should().OnlyContain(c => c.Speaker.Mention.Text == "مصدر مسؤول");
        doc.Claims[0].Content.Text.Should().Be("وسيرتفع عدد الحجاج هذا العام إلى ألف حاج");
        // With a claim in the sentence before, ذلك is no unattributed statement; a definite noun after ذلك is the subject.
        Extractor.Process("وأوضح ذلك المسؤول أن التسجيل بدأ.", Anchor).Claims.Single().Speaker.Mention.Text.Should().Be("ذلك المسؤول");
    }

    [Fact]
    public void Extract_AttributionToTheLastSpeakersWords_IsTheirClaim()
    {
        var doc = Extractor.Process("قالت الوزيرة إن الاتفاق قريب.\nوجاء القصف - بحسب قولها - ردا على الهجوم.", Anchor);
        doc.Claims.Should().HaveCount(2);
        doc.Claims[1].Cue.Text.Should().Be("بحسب");
        doc.Claims[1].Speaker.Mention.Text.Should().Be("الوزيرة");
        doc.Claims[1].Content.Text.Should().StartWith("وجاء القصف");
    }

    [Theory]
    [InlineData("الصفقة مؤجلة، وفق الخطة الزمنية.")]
    [InlineData("وتتم الترقية حسب النظام المعمول به.")]
    [InlineData("ويجب الراحة لست ساعات، وفقا لتعليمات الطبيب.")]
    public void Extract_AttributionToARule_NoClaim(string text)
        => Extractor.Process(text, Anchor).Claims.Should().BeEmpty(text);

    [Theory]
    [InlineData("قال مصدر إن الاتفاق قريب.\nلكن اعترافات المساعد الخاص للتاجر، علي حسن، كشفت عن أدلة جديدة.")]
    [InlineData("فهم منذ أن أشعلوا النار يرون أنهم أهل الحضارة.")]
    [InlineData("ولفت الكاتب العالم إلى بيئة إنسانية فريدة.")]
    [InlineData("كونوا شجعانا وصرحوا بأسمائهم.")]
    public void Extract_NoSpeakerOrNoReport_NoSecondClaim(string text)
        => Extractor.Process(text, Anchor).Claims.Where(c => c.Cue.Text != "قال").Should().BeEmpty(text);

    [Theory]
    [InlineData("وحسبما أفادت وكالة إيسنا، أوضح المتحدث أن الاتفاق قريب.", "أوضح", "المتحدث")]
    [InlineData("وبحسب «الوكالة» قال المتحدث خلال مؤتمر صحافي: «الاتفاق قريب».", "قال", "المتحدث")]
    public void Extract_AttributionBeforeReportingVerb_TheVerbCarriesTheClaim(string text, string cue, string speaker)
    {
        var c = Single(text);
        c.Cue.Text.Should().Be(cue);
        c.Speaker.Mention.Text.Should().Be(speaker);
    }

    [Theory]
    [InlineData("قال الوزير، الاثنين، إن الاتفاق قريب.", "2021-10-18", ClaimDateSource.Explicit)]
    [InlineData("قال الوزير اليوم الإثنين إن الاتفاق قريب.", "2021-10-18", ClaimDateSource.Explicit)]
    [InlineData("وفي ديسمبر 2019، أشار الوزير إلى أن الاتفاق قريب.", "2019-12", ClaimDateSource.Explicit)]
    [InlineData("قال الوزير إن الاتفاق سيوقع الاثنين.", "2021-10-20", ClaimDateSource.Document)]
    [InlineData("وفي إشارة إلى قرار صدر في أكتوبر الماضي، قال الوزير إن الاتفاق قريب.", "2021-10-20", ClaimDateSource.Document)]
    [InlineData("قال الوزير أمس (الأحد) إن الاتفاق قريب.", "2021-10-17", ClaimDateSource.Explicit)]
    [InlineData("الاتفاق قريب، وفق ما نقلت الصحيفة أمس عن مصدر مطلع.", "2021-10-19", ClaimDateSource.Explicit)]
    [InlineData("الاتفاق قريب، حسبما صرح الوزير مساء أمس.", "2021-10-19", ClaimDateSource.Explicit)]
    [InlineData("إلا أن تقرير البنك في أغسطس الماضي أشار إلى أن الاتفاق قريب.", "2021-08", ClaimDateSource.Explicit)]
    [InlineData("وقال الوزير في ندوة عقدها الليلة قبل الماضية إن الاتفاق قريب.", "2021-10-18", ClaimDateSource.Explicit)]
    [InlineData("وأكدت الشرطة اليوم (الأربعاء)، وجود صلة بين الهجومين.", "2021-10-20", ClaimDateSource.Explicit)]
    [InlineData("وجدد الوزير دعوته للشعب، أمس، لتأييد الاتفاق.", "2021-10-19", ClaimDateSource.Explicit)]
    [InlineData("وقالت السلطات التي مددت في نهاية سبتمبر حالة الطوارئ، أن المنفذين تدربوا في ليبيا.", "2021-10-20", ClaimDateSource.Document)]
    [InlineData("ونقلت الوكالة عن الوزير الذي زارته أمس، قوله إن الاتفاق قريب.", "2021-10-19", ClaimDateSource.Explicit)]
    [InlineData("وفي تصريحات أمس (الاثنين)، قال الوزير، أمس، إن الاتفاق قريب.", "2021-10-18", ClaimDateSource.Explicit)]
    [InlineData("ولكن مسؤولا قال إن الاتفاق قريب.", "2021-10-20", ClaimDateSource.Document)]
    [InlineData("لكن مصدرا بارزا في الوزارة، أكد للصحيفة أن الاتفاق قريب.", "2021-10-20", ClaimDateSource.Document)]
    [InlineData("وفي تطور لاحق أمس، قال مسؤول في الوزارة إن الاتفاق قريب.", "2021-10-19", ClaimDateSource.Explicit)]
    [InlineData("وفي إشارة إلى قرار صدر أمس، أكد مصدر في الوزارة أن الاتفاق قريب.", "2021-10-20", ClaimDateSource.Document)]
    public void Extract_Date_ExplicitInClauseElseDocument(string text, string date, ClaimDateSource source)
    {
        var c = Single(text);
        c.Date.Should().Be(date);
        c.DateSource.Should().Be(source);
    }

    [Theory]
    [InlineData("قال مصدر من الشركة أمس السبت إن المصفاة ستعود إلى العمل.", "2021-10-23")]
    [InlineData("قال مدير شركة التكرير (سامر) أمس السبت إن الإغلاق مؤقت.", "2021-10-23")]
    [InlineData("قال مصدر من الشركة أمس (السبت) إن المصفاة ستعود إلى العمل.", "2021-10-23")]
    [InlineData("وقال الوزير في مؤتمرين صحفيين الجمعة والسبت إن الاتفاق قريب.", "2021-10-22")]
    [InlineData("قال مصدر من الشركة أمس الخميس إن المصفاة ستعود إلى العمل.", "2021-10-21")]
    public void Extract_Date_AWeekdaySpecifiesTheDateBeforeItOnlyInAppositionAndNotAfterTheDocument(string text, string date)
    {
        // Document of Sunday 2021-10-24: أمس الخميس (a paper posted days late) is Thursday; a weekday read forward (after
        // a parenthesis the date recognizer reads السبت as 2021-10-30) or coordinated with the first date does not replace it.
        var doc = Extractor.Process(text, new DateOnly(2021, 10, 24));
        doc.Claims.Should().ContainSingle();
        doc.Claims[0].Date.Should().Be(date);
        doc.Claims[0].DateSource.Should().Be(ClaimDateSource.Explicit);
    }

    [Theory]
    [InlineData("وقال مصدر تركي لـ«الشرق الأوسط»، أمس، إن الاتفاق قريب.", "الاتفاق قريب", "2021-10-19")]
    [InlineData("وأوضح الوزير في اتصال هاتفي مع \"الوطن\"، أمس، أن الاتفاق قريب.", "الاتفاق قريب", "2021-10-19")]
    [InlineData("وقال الوزير لـ«الشرق الأوسط»: «الاتفاق قريب جدا من التوقيع».", "الاتفاق قريب جدا من التوقيع", "2021-10-20")]
    public void Extract_QuotedNameAfterAPreposition_IsNotTheContent(string text, string content, string date)
    {
        var c = Single(text);
        c.Content.Text.Should().Be(content);
        c.Date.Should().Be(date);
    }

    [Fact]
    public void Extract_QuotedComplementOfBi_StaysTheContent()
        => Single("وطالب الوزير بـ«وقف فوري لإطلاق النار».").Content.Text.Should().Contain("وقف فوري لإطلاق النار");

    [Fact]
    public void Extract_ParticipleInheritsTheDateOfItsClause()
    {
        var doc = Extractor.Process("دعت الوزارة الاثنين رعاياها إلى الحذر، محذرة من خطر متزايد.", Anchor);
        doc.Claims.Should().HaveCount(2);
        doc.Claims.Select(c => c.Date).Should().Equal("2021-10-18", "2021-10-18");
    }

    [Fact]
    public void Extract_DateOpeningALaterClause_DatesItsReport()
    {
        var doc = Extractor.Process("وقال الوزير \"نحن نتابع ما يحدث\"، وفي مايو انتقد الوزير التحقيقات وقال إن التدخل مرفوض.", Anchor);
        doc.Claims.Should().HaveCount(2);
        doc.Claims[0].Date.Should().Be("2021-10-20");
        doc.Claims[1].Date.Should().Be("2021-05");
    }

    [Fact]
    public void Extract_NoDocumentDate_DateIsNull()
    {
        var doc = Extractor.Process("قال الوزير إن الاتفاق قريب.");
        doc.Claims.Should().ContainSingle().Which.Date.Should().BeNull();
        doc.Claims[0].DateSource.Should().Be(ClaimDateSource.None);
    }

    [Fact]
    public void Extract_ContentStopsBeforeTheNextReportingClause()
    {
        var doc = Extractor.Process("وأكد الوزير أن طهران تريد الحوار وقال إن إيران مستعدة للوساطة.", Anchor);
        doc.Claims.Should().HaveCount(2);
        doc.Claims[0].Content.Text.Should().Be("طهران تريد الحوار");
        doc.Claims[1].Content.Text.Should().Be("إيران مستعدة للوساطة");
    }

    [Fact]
    public void Extract_RepeatedStatement_IsOneClaim()
    {
        var doc = Extractor.Process("ونفى السفير الشائعات.\n\nوكالة: ونفى السفير الشائعات.", Anchor);
        doc.Claims.Should().ContainSingle();
    }

    [Fact]
    public void Extract_StatementReportedAgainInOtherWords_IsTwoClaims()
    {
        // (The lead's أكد and the body's مؤكدا report the same words twice: not a repeat of the page.)
        var doc = Extractor.Process("أكد الوزير أن المشروع سينتهي قريبا.\nوتحدث الوزير عن خطط الحكومة في الاجتماع، مؤكدا أن المشروع سينتهي قريبا.", Anchor);
        doc.Claims.Select(c => c.Cue.Text).Should().Equal("أكد", "مؤكدا");
    }

    [Fact]
    public void Extract_SpeakerKey_IsNormalizedAndStable()
    {
        var a = Single("قال المُتحدّث إن الاتفاق قريب.");
        var b = Single("وأكدت المتحدث أن الاتفاق قريب.");
        a.SpeakerKey.Should().Be(b.SpeakerKey).And.Be("المتحدث");
    }

    [Fact]
    public void Extract_DirectObjectAfterADateAndComma_IsTheContent()
        => Single("وأكدت الشرطة اليوم (الأربعاء)، وجود صلة بين الهجومين.").Content.Text.Should().Be("وجود صلة بين الهجومين");

    [Fact]
    public void Extract_ClaimOfResponsibility_NamedOrganizationWithQuotedName()
    {
        var c = Single("وأعلن تنظيم «داعش» المتطرف مسؤوليته عن الهجوم.");
        c.Speaker.Mention.Text.Should().Be("تنظيم «داعش»");
        c.Content.Text.Should().Be("مسؤوليته عن الهجوم");
    }

    [Fact]
    public void Extract_NegatedRulingOut_IsAnAssertedClaim()
    {
        var c = Single("ولم يستبعد المصدر أن تكون الأجهزة إيرانية الصنع.");
        c.Polarity.Should().Be(ClaimPolarity.Asserted);
        c.Speaker.Mention.Text.Should().Be("المصدر");
        c.Content.Text.Should().Be("تكون الأجهزة إيرانية الصنع");
    }

    [Theory]
    [InlineData("وتابعت المصادر بالقول إن الاتفاق قريب.", "تابعت", "المصادر")]
    [InlineData("ومضت المصادر بالقول إن الاتفاق قريب.", "بالقول", "المصادر")]
    public void Extract_BilQawl_BelongsToASayingVerbElseIsTheCue(string text, string cue, string speaker)
    {
        var c = Single(text);
        c.Cue.Text.Should().Be(cue);
        c.Speaker.Mention.Text.Should().Be(speaker);
        c.Content.Text.Should().Be("الاتفاق قريب");
    }

    [Theory]
    [InlineData("وقالت السلطات التي مددت حالة الطوارئ لشهرين، أن المنفذين تدربوا في ليبيا.", "قالت", "المنفذين تدربوا في ليبيا")]
    [InlineData("وقال الوزير الذي نقل خطابه عبر الإذاعة، إن «الاتفاق جيد».", "قال", "الاتفاق جيد")]
    [InlineData("وحسب مصدرين حضرا الاجتماع، فقد قال الوزير إن الاتفاق قريب.", "قال", "الاتفاق قريب")]
    [InlineData("وذكرت الصحيفة أن كل الدلائل تشير إلى اتفاق قريب.", "ذكرت", "كل الدلائل تشير إلى اتفاق قريب")]
    [InlineData("وأضافت المصادر أن المعدات الجديدة يتوقع أن تغير ميزان المعركة.", "أضافت", "المعدات الجديدة يتوقع أن تغير ميزان المعركة")]
    [InlineData("وقال مصدر إنه فيما يصر الدائنون على التعاون، فإن المحادثات مستمرة.", "قال", "فيما يصر الدائنون على التعاون، فإن المحادثات مستمرة")]
    [InlineData("وقال الوزير عبر الإذاعة إن الدول التي عبرت عن موقفها أيدت الاتفاق.", "قال", "الدول التي عبرت عن موقفها أيدت الاتفاق")]
    [InlineData("وكشف الوزير في مقال رأي نشرته الصحيفة أن الحكومة ستستقيل.", "كشف", "الحكومة ستستقيل")]
    public void Extract_VerbsInTheSpeakerPhraseOrSubordinateClauses_AreNoCuesOfTheirOwn(string text, string cue, string content)
    {
        var c = Single(text);
        c.Cue.Text.Should().Be(cue);
        c.Content.Text.Should().Be(content);
    }

    [Fact]
    public void Extract_AttributionAfterACommaBeforeFanna_GovernsTheClauseAfterIt()
    {
        var doc = Extractor.Process("وقالت المصادر إن المعارك عنيفة، وبحسب المصادر، فإن الاتفاق قريب.", Anchor);
        doc.Claims.Should().HaveCount(2);
        doc.Claims[0].Content.Text.Should().Be("المعارك عنيفة");
        doc.Claims[1].Cue.Text.Should().Be("بحسب");
        doc.Claims[1].Content.Text.Should().Be("الاتفاق قريب");
    }

    [Fact]
    public void Extract_FiHinaWithItsOwnReport_EndsTheContent()
    {
        var doc = Extractor.Process("ووصف الوزير الاتفاق بأنه تاريخي، في حين قال المعارض إن الاتفاق كارثي.", Anchor);
        doc.Claims.Should().HaveCount(2);
        doc.Claims[0].Content.Text.Should().Be("تاريخي");
        doc.Claims[1].Speaker.Mention.Text.Should().Be("المعارض");
    }

    [Fact]
    public void Extract_FrontedTopic_SubjectIsThePreviousSpeaker()
    {
        var doc = Extractor.Process("وقال الوزير إن الاتفاق قريب. وعن مستوى التنسيق مع الجبهات الأخرى قال: إن التنسيق سيتم قريبا.", Anchor);
        doc.Claims.Should().HaveCount(2);
        doc.Claims[1].Speaker.Should().Be(doc.Claims[0].Speaker);
    }

    [Theory]
    [InlineData("وأشار الوزير إلى أن الجيش يقف على مشارف المدينة التي قال إن أخبارها ستكون سارة.", "قال")]
    [InlineData("وقال الوزير إن الاتفاق قريب. وأشاد بالتنسيق مع التحالف الذي وصفه بالداعم القوي للجيش.", "وصفه")]
    [InlineData("وقال الوزير إن الاتفاق قريب. ووصفه بالتاريخي.", "وصفه")]
    [InlineData("وقال الوزير إن الاتفاق قريب. ومضى يقول إن «البديل هو العقوبات».", "يقول")]
    [InlineData("وقالت الوزيرة إن الوضع صعب. وراحت تقول إن الحل قريب.", "تقول")]
    // (After a verb of saying, يقول names the manner of its one statement and the finite verb is the cue — D-31, as the
    // guidelines have it for وأضاف X يقول: — where ومضى and وراحت above are no verbs of saying.)
    [InlineData("وقال الوزير إن الاتفاق قريب. وتابع يقول: «البديل هو العقوبات».", "تابع")]
    [InlineData("وقال الوزير إن الاتفاق قريب. وأضاف يقول إن البديل هو العقوبات.", "أضاف")]
    [InlineData("وقال الوزير إن الاتفاق قريب. وقال نحن نعمل على تنفيذه سريعا.", "قال")]
    public void Extract_RelativeClauseOrObjectPronounReport_IsAClaimOfTheCurrentSpeaker(string text, string cue)
    {
        var doc = Extractor.Process(text, Anchor);
        doc.Claims.Should().HaveCount(2, string.Join(" | ", doc.Claims.Select(c => $"{c.Speaker.Mention.Text}/{c.Cue.Text}")));
        doc.Claims[1].Cue.Text.Should().Be(cue);
        doc.Claims[1].Speaker.Should().Be(doc.Claims[0].Speaker);
    }

    [Fact]
    public void Extract_EarlierCallRecalledInTheContent_IsAClaimOfTheSpeakerNotOfTheAddressee()
    {
        var doc = Extractor.Process("وقال الوزير إن الاتفاق قريب، مذكرا بأنه حث الأطراف على التوقيع.", Anchor);
        doc.Claims.Select(c => c.Cue.Text).Should().Equal("قال", "مذكرا", "حث");
        doc.Claims.Should().OnlyContain(c => c.Speaker.Mention.Text == "الوزير");
        doc.Claims[2].Content.Text.Should().EndWith("التوقيع");
    }

    [Fact]
    public void Extract_PersonInAnAdjunctBeforeTheVerb_IsNoFrontedSubject()
        => Extractor.Process("وزار الرئيس مدينة جدة، وفي لقائه مع الوزير أحمد داود أوغلو، الأمين العام للمجلس، قال إن العلاقات متينة.", Anchor)
            .Claims.Should().NotContain(c => c.Speaker.Mention.Text == "أحمد داود أوغلو");

    [Fact]
    public void Extract_PresentCallInTheContent_IsTheStatementItself()
        => Single("وقال الأمين العام في بيان إنه يناشد كل الأطراف التحلي بضبط النفس.").Cue.Text.Should().Be("قال");

    [Fact]
    public void Extract_CueInARelativeClauseOfTheDatedSpeech_InheritsItsDateAndSpeaker()
    {
        var doc = Extractor.Process("وجدد الوزير أمس دعوته لتأييد الاتفاق، وذلك في خطبة ألقاها، حذر فيها من أن تعطيل الهدنة خطأ.", Anchor);
        doc.Claims.Should().HaveCount(2);
        doc.Claims[1].Cue.Text.Should().Be("حذر");
        doc.Claims[1].Speaker.Should().Be(doc.Claims[0].Speaker);
        doc.Claims[1].Date.Should().Be("2021-10-19");
        doc.Claims[0].Date.Should().Be("2021-10-19");
    }

    [Fact]
    public void Extract_CueInARelativeClauseAboutADocument_IsItsWritersClaimWithHisDate()
    {
        var c = Single("ونشرت الصحيفة رسالة بعث بها القنصل يارون زايدمان، الثلاثاء الماضي، إلى الوزارة، يحذر فيها من انقسام الجالية.");
        c.Cue.Text.Should().Be("يحذر");
        c.Speaker.Mention.Text.Should().Be("يارون زايدمان");
        c.Content.Text.Should().Be("انقسام الجالية");
        c.Date.Should().Be("2021-10-19");
    }

    [Fact]
    public void Extract_IsCalled_IsNoCueOfClaiming()
    {
        var c = Single("وقال أحد المتظاهرين ويدعى روزان زوير: كيف تفعل الحكومة هذا؟");
        c.Cue.Text.Should().Be("قال");
        c.Content.Text.Should().Be("كيف تفعل الحكومة هذا");
    }

    // Sixth pass (issue 6): adjuncts of the speech between the speaker and the complement, أعلن عن, manner
    // participles, إلا أنه, دعا X لـY, رفض أن يكون, demonstrative and occasion phrases.
    [Theory]
    [InlineData("وأشار الوزير في كلمته إلى أهمية الاتفاق.", "أشار", "الوزير", "أهمية الاتفاق")]
    [InlineData("وشدد الرئيس خلال اللقاء على ضرورة الاتفاق.", "شدد", "الرئيس", "ضرورة الاتفاق")]
    [InlineData("وحذر المسؤول في حديث للإذاعة من انهيار الاتفاق.", "حذر", "المسؤول", "انهيار الاتفاق")]
    [InlineData("وأكد الوزير في تصريح صحفي أهمية الاتفاق.", "أكد", "الوزير", "أهمية الاتفاق")]
    [InlineData("وأكدت مصادر ميدانية في المعارضة لـ«الإذاعة» توقيع الاتفاق.", "أكدت", "مصادر ميدانية", "توقيع الاتفاق")]
    [InlineData("كشفت مصادر دبلوماسية بالاتحاد الأفريقي عن اتصالات لإنقاذ الاتفاق.", "كشفت", "مصادر دبلوماسية", "اتصالات لإنقاذ الاتفاق")]
    [InlineData("وطالب نواب في البرلمان الحكومة بنشر الاتفاق.", "طالب", "نواب", "الحكومة بنشر الاتفاق")]
    [InlineData("وأعلن المتحدث باسم الشرطة عن اعتقال معارضي الاتفاق.", "أعلن", "المتحدث باسم الشرطة", "اعتقال معارضي الاتفاق")]
    [InlineData("وأعلن الجيش في بيان عن مقتل منتهكي الاتفاق.", "أعلن", "الجيش", "مقتل منتهكي الاتفاق")]
    [InlineData("وأضاف الوزير شارحا: «الاتفاق قريب».", "أضاف", "الوزير", "الاتفاق قريب")]
    [InlineData("وختم الوزير قائلا: «الاتفاق قريب».", "ختم", "الوزير", "الاتفاق قريب")]
    [InlineData("وأضافت الوزيرة مؤكدة أن الاتفاق قريب.", "أضافت", "الوزيرة", "الاتفاق قريب")]
    [InlineData("ودعت النقابة أعضاءها للتصويت على الاتفاق.", "دعت", "النقابة", "أعضاءها للتصويت على الاتفاق")]
    [InlineData("وطالب الوزير المانحين لتمويل الاتفاق.", "طالب", "الوزير", "المانحين لتمويل الاتفاق")]
    [InlineData("وكشف مسؤول في الحكومة، عن قرب توقيع الاتفاق.", "كشف", "مسؤول", "قرب توقيع الاتفاق")]
    [InlineData("أعلنت الوزارة تخريج ستين متدربا على بنود الاتفاق.", "أعلنت", "الوزارة", "تخريج ستين متدربا على بنود الاتفاق")]
    [InlineData("وأعلن الحزب دعمه للاتفاق.", "أعلن", "الحزب", "دعمه للاتفاق")]
    [InlineData("وأصدر المجلس بيانا أكد فيه أن الاتفاق قريب.", "أكد", "المجلس", "الاتفاق قريب")]
    [InlineData("وذكر مصدران أمنيان، طلبا عدم كشف هويتيهما، أن الاتفاق قريب.", "ذكر", "مصدران أمنيان", "الاتفاق قريب")]
    [InlineData("ونشر التنظيم شريطا يؤكد فيه رفضه للاتفاق.", "يؤكد", "التنظيم", "رفضه للاتفاق")]
    [InlineData("وطالبت الوزارة كافة الدول خاصة الأعضاء في المجلس بدعم الاتفاق.", "طالبت", "الوزارة", "كافة الدول خاصة الأعضاء في المجلس بدعم الاتفاق")]
    [InlineData("كما أفاد الوزير للإذاعة، «الاتفاق قريب».", "أفاد", "الوزير", "الاتفاق قريب")]
    [InlineData("وصرح مسؤول -رفض الكشف عن هويته-: الاتفاق قريب.", "صرح", "مسؤول", "الاتفاق قريب")]
    [InlineData("وكشفت مصادر مقربة من الحكومة اعتزامها توقيع الاتفاق.", "كشفت", "مصادر مقربة من الحكومة", "اعتزامها توقيع الاتفاق")]
    [InlineData("وحذرت مصادر «الصحيفة» من انهيار الاتفاق.", "حذرت", "مصادر", "انهيار الاتفاق")]
    public void Extract_AdjunctsAndManner_SixthPass(string text, string cue, string speaker, string content)
    {
        var c = Single(text);
        c.Cue.Text.Should().Be(cue);
        c.Speaker.Mention.Text.Should().Be(speaker);
        c.Content.Text.Should().Be(content);
        c.Polarity.Should().Be(ClaimPolarity.Asserted);
    }

    [Theory]
    [InlineData("وبين الوزير أن الاتفاق قريب.", "بين", "الوزير", "الاتفاق قريب")]
    [InlineData("وبيّن المتحدث في تصريح صحفي أن الاتفاق قريب.", "بيّن", "المتحدث", "الاتفاق قريب")]
    [InlineData("وقدرت الوكالة عدد ضحايا خرق الاتفاق بنحو مئتي شخص.", "قدرت", "الوكالة", "عدد ضحايا خرق الاتفاق بنحو مئتي شخص")]
    [InlineData("وأحصت اللجنة عشرين خرقا للاتفاق.", "أحصت", "اللجنة", "عشرين خرقا للاتفاق")]
    [InlineData("وأجاب الوزير: «الاتفاق قريب».", "أجاب", "الوزير", "الاتفاق قريب")]
    [InlineData("وأجاب الوزير بأن الاتفاق قريب.", "أجاب", "الوزير", "الاتفاق قريب")]
    [InlineData("وحمل الوزير المعارضة مسؤولية انهيار الاتفاق.", "حمل", "الوزير", "المعارضة مسؤولية انهيار الاتفاق")]
    [InlineData("وتناقلت وسائل إعلام محلية أنباء عن توقيع الاتفاق.", "تناقلت", "وسائل إعلام محلية أنباء", "توقيع الاتفاق")]
    [InlineData("وعزا الوزير تأخير الاتفاق إلى خلافات فنية.", "عزا", "الوزير", "تأخير الاتفاق إلى خلافات فنية")]
    [InlineData("وأرجع المصدر تأخير الاتفاق إلى خلافات فنية.", "أرجع", "المصدر", "تأخير الاتفاق إلى خلافات فنية")]
    [InlineData("وبرر الوزير تأجيل الاتفاق بالظروف الأمنية.", "برر", "الوزير", "تأجيل الاتفاق بالظروف الأمنية")]
    [InlineData("واتهم الوزير حركة «الأمل» بخرق الاتفاق.", "اتهم", "الوزير", "حركة «الأمل» بخرق الاتفاق")]
    [InlineData("وأكد الدكتور \"العلي\" أهمية الاتفاق.", "أكد", "الدكتور \"العلي\"", "أهمية الاتفاق")]
    [InlineData("\"العلي\" يدعو إلى توقيع الاتفاق", "يدعو", "العلي", "توقيع الاتفاق")]
    [InlineData("وزير الخارجية يؤكد أن الاتفاق قريب", "يؤكد", "وزير الخارجية", "الاتفاق قريب")]
    [InlineData("مصادر أمنية تكشف عن خطة لإفشال الاتفاق", "تكشف", "مصادر أمنية", "خطة لإفشال الاتفاق")]
    [InlineData("وزير الداخلية يدعو المواطنين لدعم الاتفاق", "يدعو", "وزير الداخلية", "المواطنين لدعم الاتفاق")]
    public void Extract_MoreCueFamilies_SixthPass(string text, string cue, string speaker, string content)
        => LastClaimShouldBe(text, cue, speaker, content, single: true);

    [Theory]
    [InlineData("وقعت اشتباكات بين الجيش والمتمردين قرب موقع الاتفاق.")]
    [InlineData("وتبين أن الاتفاق قريب.")]
    [InlineData("وتقدر الحكومة جهود الوسطاء في الاتفاق.")]
    [InlineData("وحمل المتظاهرون لافتات تؤيد الاتفاق.")]
    [InlineData("ويدفع المشترون عمولة على الاتفاق، وتقدر بثلاثة في المائة.")]
    [InlineData("وألغيت الرحلات فيما أرجع إلى تقييمات أمنية للاتفاق.")]
    public void Extract_AmbiguousFormsOfTheNewCues_NoClaim(string text)
        => Extractor.Process(text, Anchor).Claims.Should().BeEmpty();

    [Fact]
    public void Extract_ClauseAddingAnotherReport_EndsTheContent()
    {
        var doc = Extractor.Process("وقال الوزير إن الاتفاق قريب، كما تناقلت تقارير عن توقيع الاتفاق.", Anchor);
        doc.Claims.Should().HaveCount(2);
        doc.Claims[0].Content.Text.Should().Be("الاتفاق قريب");
        doc.Claims[1].Cue.Text.Should().Be("تناقلت");
        doc.Claims[1].Content.Text.Should().Be("توقيع الاتفاق");
    }

    [Fact]
    public void Extract_CauseStatedAfterAClaim_ContinuesItsSpeaker()
    {
        var doc = Extractor.Process("وقال المصدر إن الاتفاق تأخر، وبرر هذا التأخير بخلافات فنية.", Anchor);
        doc.Claims.Should().HaveCount(2);
        doc.Claims[1].Cue.Text.Should().Be("برر");
        doc.Claims[1].Speaker.Mention.Text.Should().Be("المصدر");
        doc.Claims[1].Content.Text.Should().Be("هذا التأخير بخلافات فنية");
    }

    [Theory]
    [InlineData("وأعلنت الحكومة عن هدنة لمدة ثلاثة أيام.")]
    [InlineData("وأعلن الرئيس عن حالة الطوارئ في الإقليم.")]
    [InlineData("وأعلن الرئيس تشكيل لجنة لمتابعة الاتفاق.")]
    [InlineData("وكان التحالف أعلن السبت \"هدنة إنسانية\" ابتداء من منتصف الليل.")]
    [InlineData("وأشار الوزير في ختام الجولة التي قام بها إلى المدينة.")]
    [InlineData("رفض الوزير أن يتحدث للصحفيين عن الاتفاق.")]
    [InlineData("وأمرت المحكمة بإجراء كشف طبي على المتهم بخرق الاتفاق.")]
    [InlineData("وتعثر الاتفاق، الأمر الذي دعا العديد من الشركات إلى الانسحاب.")]
    [InlineData("وتعثر الاتفاق، مما دعا الحكومة للتدخل.")]
    [InlineData("ودعا الوزير نظيره لحضور حفل توقيع الاتفاق.")]
    [InlineData("ودعا الرئيس، المبعوث الأممي إلى اليمن خالد العمري، إلى زيارة مدينة عدن في أقرب وقت.")]
    [InlineData("دعا وزير حقوق الإنسان مفوض الأمم المتحدة لزيارة المدينة للوقوف على الدمار.")]
    public void Extract_DeclarationsAndRefusals_SixthPass_NoClaim(string text)
        => Extractor.Process(text, Anchor).Claims.Should().BeEmpty();

    [Fact]
    public void Extract_ParticipleWithAMasdarObject_IsAClaimOfTheSameSpeaker()
    {
        var doc = Extractor.Process("وأشاد الوزير بالاتفاق، مؤكدا أهمية التعاون بين البلدين.", Anchor);
        doc.Claims.Should().ContainSingle();
        doc.Claims[0].Cue.Text.Should().Be("مؤكدا");
        doc.Claims[0].Speaker.Mention.Text.Should().Be("الوزير");
        doc.Claims[0].Content.Text.Should().Be("أهمية التعاون بين البلدين");
    }

    [Fact]
    public void Extract_PostposedAlaMaFormula_AttributesThePrecedingClause()
    {
        var c = Single("ويوقع الاتفاق خلال أسبوع، على ما أفادت الوزارة.");
        c.Cue.Text.Should().Be("أفادت");
        c.Speaker.Mention.Text.Should().Be("الوزارة");
        c.Content.Text.Should().Be("ويوقع الاتفاق خلال أسبوع");
    }

    [Fact]
    public void Extract_CoordinatedAssertionOfAPhrase_ContinuesTheSpeaker()
    {
        var doc = Extractor.Process("وأشار الوزير إلى ضرورة الحل، وأكد دعم بلاده للاتفاق.", Anchor);
        doc.Claims.Should().HaveCount(2);
        doc.Claims[1].Cue.Text.Should().Be("أكد");
        doc.Claims[1].Speaker.Mention.Text.Should().Be("الوزير");
        doc.Claims[1].Content.Text.Should().Be("دعم بلاده للاتفاق");
    }

    [Fact]
    public void Extract_PostposedKamaWithAnAdjunctOfTheSpeech_AttributesThePrecedingClause()
    {
        var c = Single("وتعثر الاتفاق مرارا، كما قالت البعثة الأممية في تقرير نشر هذا الأسبوع.");
        c.Cue.Text.Should().Be("قالت");
        c.Speaker.Mention.Text.Should().Be("البعثة الأممية");
        c.Content.Text.Should().Be("وتعثر الاتفاق مرارا");
    }

    [Fact]
    public void Extract_ExceptiveDenialWithAnObject_IsTheSameSpeakersDenial()
    {
        var doc = Extractor.Process("وأكدت الوزارة توقيع الاتفاق، غير أنها نفت في الوقت ذاته الأنباء عن تأجيله.", Anchor);
        doc.Claims.Should().HaveCount(2);
        doc.Claims[0].Content.Text.Should().Be("توقيع الاتفاق");
        doc.Claims[1].Cue.Text.Should().Be("نفت");
        doc.Claims[1].Polarity.Should().Be(ClaimPolarity.Denied);
        doc.Claims[1].Speaker.Mention.Text.Should().Be("الوزارة");
        doc.Claims[1].Content.Text.Should().Be("الأنباء عن تأجيله");
    }

    [Theory]
    [InlineData("وفي أغسطس، كان المتحدث باسم الخارجية الإيرانية قد وصف هذه الاتهامات بأنها «لا أساس لها».", "وصف", "المتحدث باسم الخارجية الإيرانية", "لا أساس لها")]
    [InlineData("وأشار إلى أن الرئيس الأمريكي كان قد أبلغ قادة الخليج بأنه لا مكان للأسد في المستقبل.", "أبلغ", "الرئيس الأمريكي", "لا مكان للأسد في المستقبل")]
    public void Extract_SubjectOfKanaQad_IsTheSpeakerNotTheObject(string text, string cue, string speaker, string content)
    {
        var c = Extractor.Process(text, Anchor).Claims.Should().ContainSingle(x => x.Cue.Text == cue).Subject;
        c.Speaker.Mention.Text.Should().Be(speaker);
        c.Content.Text.Should().Be(content);
    }

    [Fact]
    public void Extract_PersonWritingAQuotation_IsAClaim()
    {
        var c = Single("وكتب الرئيس الأوكراني فولوديمير زيلينسكي على منصة إكس: «كل مسيرة تضرب مدننا دليل على التواطؤ».");
        c.Cue.Text.Should().Be("كتب");
        c.Speaker.Mention.Text.Should().EndWith("فولوديمير زيلينسكي");
        c.Content.Text.Should().Be("كل مسيرة تضرب مدننا دليل على التواطؤ");
    }

    [Theory]
    [InlineData("وكتب التراث العربي: «الحيوان» للجاحظ وغيره.")]
    [InlineData("وكتب الطلاب على اللوحة: «أهلا بالصيف».")]
    public void Extract_WritingWithoutANamedPersonOrComplementizer_IsNoClaim(string text)
        => Extractor.Process(text, Anchor).Claims.Should().BeEmpty();

    [Theory]
    [InlineData("وذكرت وكالة رويترز نقلا عن مصدر أمني أن الهجوم وقع فجرا.", "وكالة رويترز")]
    [InlineData("وأفادت مصادر أمنية نقلاً عن التحقيقات أن الخلية تدربت في الخارج.", "مصادر أمنية")]
    public void Extract_SpeakerBeforeAnAttributionFormula_EndsBeforeIt(string text, string speaker)
        => Single(text).Speaker.Mention.Text.Should().Be(speaker);

    [Fact]
    public void Extract_RejectingAccusationsAfterALongSubject_IsADenial()
    {
        var c = Single("ورفض المتحدث باسم وزارة الخارجية الإيرانية ناصر كنعاني الاتهامات الأمريكية.");
        c.Cue.Text.Should().Be("رفض", "the conjunction stays outside the cue");
        c.Polarity.Should().Be(ClaimPolarity.Denied);
        c.Speaker.Mention.Text.Should().EndWith("ناصر كنعاني");
        c.Content.Text.Should().Be("الاتهامات الأمريكية");
    }

    [Fact]
    public void Extract_RejectingThatSomethingWasSo_IsADenial()
    {
        var c = Single("رفض الوزير أن يكون حزبه خرق الاتفاق.");
        c.Cue.Text.Should().Be("رفض");
        c.Polarity.Should().Be(ClaimPolarity.Denied);
        c.Content.Text.Should().Be("يكون حزبه خرق الاتفاق");
    }

    [Fact]
    public void Extract_ExceptiveClauseWithPronoun_IsASecondClaimOfTheSameSpeaker()
    {
        var doc = Extractor.Process("وقال الوزير إن المحادثات مستمرة، إلا أنه أكد أن الاتفاق ليس قريبا.", Anchor);
        doc.Claims.Should().HaveCount(2);
        doc.Claims[0].Content.Text.Should().Be("المحادثات مستمرة");
        doc.Claims[1].Cue.Text.Should().Be("أكد");
        doc.Claims[1].Speaker.Mention.Text.Should().Be("الوزير");
        doc.Claims[1].Content.Text.Should().Be("الاتفاق ليس قريبا");
    }

    [Theory]
    [InlineData("وقال الوزير إن الاتفاق قريب. وأضاف بهذا الشأن إن المحادثات مستمرة.")]
    [InlineData("وقال الوزير إن الاتفاق قريب. وفي حديثه للتلفزيون قال إن المحادثات مستمرة.")]
    public void Extract_DemonstrativeOrOccasionPhrase_LeavesTheSubjectImplicit(string text)
    {
        var doc = Extractor.Process(text, Anchor);
        doc.Claims.Should().HaveCount(2);
        doc.Claims[1].Speaker.Mention.Text.Should().Be("الوزير");
        doc.Claims[1].Content.Text.Should().Be("المحادثات مستمرة");
    }

    [Theory]
    [InlineData("وأعرب الوزير، لدى استقباله السفير في مكتبه أمس، عن قلقه من تدهور الأوضاع.", "الوزير", "قلقه من تدهور الأوضاع")]
    [InlineData("ودعا مصدر عسكري معارض في تصريح لـ«الصحيفة»، إلى «الاستفادة من الفرصة».", "مصدر عسكري معارض", "الاستفادة من الفرصة")]
    [InlineData("وكشف المحافظ في تصريحات إلى \"الصحيفة\" عن رصد العشرات من المسلحين.", "المحافظ", "رصد العشرات من المسلحين")]
    [InlineData("وأعلنت مصادر في المطار ظهر أمس عن وصول الصيادين.", "مصادر", "وصول الصيادين")]
    [InlineData("من جانبها، أكدت الرئاسة في بيان، مشاركة الرئيس في الحفل.", "الرئاسة", "مشاركة الرئيس في الحفل")]
    [InlineData("وتعهدت الوزارة عقب انتهاء الاجتماع، بتقديم الدعم للمزارعين.", "الوزارة", "بتقديم الدعم للمزارعين")]
    [InlineData("ودعا رئيس اللجنة، الدكتور خالد بن علي العمري، المنظمات الدولية كافة، في جنيف وفي نيويورك، للتحرك الفوري لوقف الحرب.", "خالد بن علي العمري",
                "المنظمات الدولية كافة، في جنيف وفي نيويورك، للتحرك الفوري لوقف الحرب")]
    public void Extract_AdjunctOfTheSpeech_StandsBetweenSpeakerAndComplement(string text, string speaker, string content)
        => LastClaimShouldBe(text, null, speaker, content, single: true);

    [Fact]
    public void Extract_CommaAfterANamedSpeaker_OpensUnmarkedSpeech()
        => Single("وأضاف خالد العمري، ناقشنا خلال اللقاء سبل دعم المزارعين.").Content.Text.Should().Be("ناقشنا خلال اللقاء سبل دعم المزارعين");

    [Theory]
    [InlineData("وقالت الوزارة إن المعارك مستمرة. وأكدت سقوط قتلى في صفوف المسلحين.", "سقوط قتلى في صفوف المسلحين")]
    [InlineData("وقالت الوزارة إن المعارك مستمرة. وأكدت أهمية الحوار.", "أهمية الحوار")]
    public void Extract_EventOrStanceMasdarAfterTheVerb_IsTheObject(string text, string content)
    {
        var doc = Extractor.Process(text, Anchor);
        doc.Claims.Should().HaveCount(2);
        doc.Claims[1].Speaker.Mention.Text.Should().Be("الوزارة");
        doc.Claims[1].Content.Text.Should().Be(content);
    }

    [Fact]
    public void Extract_ObjectOfHaththa_IsNoSpeaker()
    {
        var doc = Extractor.Process("وقال الوزير إن الوضع صعب. وحث جميع الأطراف على ضبط النفس.", Anchor);
        doc.Claims.Should().HaveCount(2);
        doc.Claims[1].Cue.Text.Should().Be("حث");
        doc.Claims[1].Speaker.Mention.Text.Should().Be("الوزير");
    }

    [Fact]
    public void Extract_QuotationThatNeverCloses_RunsToTheSentenceEnd()
    {
        var doc = Extractor.Process("وقال الوزير «تمت السيطرة على عدد من المواقع.\nوقال آخرون إن الوضع هادئ.", Anchor);
        doc.Claims.Should().HaveCount(2);
        doc.Claims[0].Speaker.Mention.Text.Should().Be("الوزير");
        doc.Claims[0].Content.Text.Should().Be("تمت السيطرة على عدد من المواقع");
    }

    [Fact]
    public void Extract_ConsideredWithObjectPronoun_ThePredicateIsTheContent()
    {
        var c = Single("وهي مسألة اعتبرها الوزير \"تحدي جيلنا\".");
        c.Cue.Text.Should().Be("اعتبرها");
        c.Speaker.Mention.Text.Should().Be("الوزير");
        c.Content.Text.Should().Contain("تحدي جيلنا");
    }

    [Fact]
    public void Extract_ConsideredInARelativeClause_IsTheCurrentSpeakers()
    {
        var doc = Extractor.Process("وقال المحتجون إن الوضع صعب، ورفضوا القرار الذي اعتبروه «ظالما».", Anchor);
        doc.Claims.Should().HaveCount(2);
        doc.Claims[1].Cue.Text.Should().Be("اعتبروه");
        doc.Claims[1].Speaker.Mention.Text.Should().Be("المحتجون");
    }

    [Theory]
    [InlineData("من جانبه، أشاد حزب الوسط بالاتفاق الموقع بين الرئيس أحمد سالم والوزير خالد العمري، مؤكدا أن التعاون سيستمر.", "حزب الوسط")]
    [InlineData("من جهته، رحب تيار الإصلاح بالزيارة التي قام بها الرئيس أحمد سالم، مؤكدا أنها تاريخية.", "تيار الإصلاح")]
    [InlineData("من جانبه، ثمن التحالف الوطني المبادرة التي أطلقها الوزير خالد العمري، مؤكدا أنها خطوة مهمة.", "التحالف الوطني")]
    [InlineData("وقال الوزير خالد العمري إن الموعد قريب. وسأل الصحفيون عن الموعد، فرد المتحدث قائلا «لم يتحدد بعد».", "المتحدث")]
    public void Extract_ParticipleAfterANonCueVerb_TakesThatVerbsSubject(string text, string speaker)
        => Extractor.Process(text, Anchor).Claims[^1].Speaker.Mention.Text.Should().Be(speaker);

    [Theory]
    [InlineData("وقال الوزير إن الاتفاق قريب. وأضاف حول موعد التوقيع إن الجولة المقبلة حاسمة.", "الوزير", "الجولة المقبلة حاسمة")]
    [InlineData("وقال الوزير إن الاتفاق قريب. وختم حديثه قائلا إن المحادثات مستمرة.", "الوزير", "المحادثات مستمرة")]
    [InlineData("وقالت السفيرة إن الزيارة ناجحة. وأكدت لها الوزيرة أن العلاقات متينة.", "الوزيرة", "العلاقات متينة")]
    [InlineData("وقالت الوزارة إن الوضع هادئ. وهي مبادرة طالما أشار إليها المسؤولون في لقاءاتهم. وأضافت أن الدعم مستمر.", "الوزارة", "الدعم مستمر")]
    public void Extract_TopicObjectOrAddresseeAfterTheVerb_IsNoSpeaker(string text, string speaker, string content)
    {
        var doc = Extractor.Process(text, Anchor);
        doc.Claims.Should().HaveCount(2);
        doc.Claims[1].Speaker.Mention.Text.Should().Be(speaker);
        doc.Claims[1].Content.Text.Should().Be(content);
    }

    [Fact]
    public void Extract_FirstPersonPrepositionAfterTheVerb_IsNoSpeaker()
    {
        var doc = Extractor.Process("وقال الوزير إن الاتفاق قريب. وأضاف لدينا خطة واضحة للتنفيذ، ونحن مستعدون لكل الاحتمالات.", Anchor);
        doc.Claims.Should().OnlyContain(c => c.Speaker.Mention.Text == "الوزير");
    }

    [Fact]
    public void Extract_DenialMasdarBeforeLam_IsNoClaim()
    {
        var c = Single("واعتبرت الصحيفة الزيارة دليلا على متانة العلاقات، ودحضا لكل الشائعات.");
        c.Cue.Text.Should().Be("اعتبرت");
        c.Polarity.Should().Be(ClaimPolarity.Asserted);
    }

    [Fact]
    public void Extract_PresentCueAfterKamaInsideAContent_ContinuesThatContent()
        => Single("وقال المتحدث إن البيان المشترك يؤكد متانة العلاقات، كما يؤكد استمرار التعاون بين البلدين.").Cue.Text.Should().Be("قال");

    [Fact]
    public void Timeline_OrdersClaimsByDateThenSpeaker()
    {
        var d1 = Extractor.Process("قال الوزير إن الاتفاق قريب.", new DateOnly(2021, 10, 20));
        var d2 = Extractor.Process("قال السفير إن الاتفاق بعيد.", new DateOnly(2021, 10, 19));
        var d3 = Extractor.Process("قال مصدر إن لا اتفاق.");
        var timeline = ClaimTimeline.Build([d1, d2, d3]);
        timeline.Select(e => e.Date).Should().Equal("2021-10-19", "2021-10-20", null);
        ClaimTimeline.BySpeaker([d1, d2, d3]).Keys.Should().BeEquivalentTo(["الوزير", "السفير", "مصدر"]);
    }

    [Theory]
    [InlineData("وعقد المجلس جلسة أقر خلالها عددا من القرارات الجديدة.")]
    [InlineData("وأقرت اللجنة الميزانية الجديدة للعام المقبل.")]
    [InlineData("وحسب مجريات القضية، فإن الحكم سيصدر قريبا.")]
    [InlineData("وفق القواعد التنظيمية، يحق للموظف التقاعد المبكر.")]
    [InlineData("ويعتبر الفريق الأوفر حظا للفوز باللقب.")]
    [InlineData("ويعتبر الأوفر حظا للفوز باللقب بعد انسحاب منافسه.")]
    [InlineData("وهو اللاعب الذي يعتبر من أبرز المواهب في البلاد، إلا أنه غاب عن المباراة.")]
    [InlineData("وهو المؤشر الذي يعتبر مستوى دعم مهما للأسهم.")]
    public void Extract_ApprovalRuleOrPassiveConsidered_NoClaim(string text)
        => Extractor.Process(text, Anchor).Claims.Should().BeEmpty(text);

    [Theory]
    [InlineData("وأقر الوزير بوجود أخطاء في التنفيذ.", "أقر", "الوزير")]
    [InlineData("ويعتبر مراقبون أن الاتفاق خطوة مهمة.", "يعتبر", "مراقبون")]
    [InlineData("وأكد عبدالله بن طالب أن الاتفاق قريب.", "أكد", "عبدالله بن طالب")]
    [InlineData("وقال أبو طالب إن الاتفاق قريب.", "قال", "أبو طالب")]
    public void Extract_AdmissionConsideredOrNameWithACueWord_OneClaim(string text, string cue, string speaker)
    {
        var c = Single(text);
        c.Cue.Text.Should().Be(cue);
        c.Speaker.Mention.Text.Should().Be(speaker);
    }

    [Theory]
    [InlineData("أبلغ مسؤول حكومي آخر صحيفة محلية أن الاتفاق قريب.", "مسؤول حكومي آخر")]
    [InlineData("نفت بلدية دبي وجود أي مخالفات في المشروع.", "بلدية دبي")]
    public void Extract_SpeakerStopsBeforeTheAddresseeOrObject(string text, string speaker)
        => Single(text).Speaker.Mention.Text.Should().Be(speaker);

    [Theory]
    [InlineData("وقالت الوزارة إن الطرق مغلقة. ودعت المواطنين إلى الحذر.", "الوزارة")]
    [InlineData("وقال المحافظ إن المياه ستعود قريبا. وطالب الشركة بتعويض السكان.", "المحافظ")]
    [InlineData("وقال الرئيس إن الوضع مستقر، ودعت الحكومة السكان إلى الهدوء.", "الحكومة")]
    [InlineData("وأكد المبعوث خالد العمري أنه طالب المسؤولين بدعم الاتفاق.", "خالد العمري")]
    [InlineData("وقال الوزير إن الحل قريب، ودعا جميع \"صناع القرار\" في البلاد لتشكيل حكومة.", "الوزير")]
    [InlineData("وقالت الوزارة إن الطرق مغلقة. وطالبت كافة الدول بالتحرك.", "الوزارة")]
    [InlineData("وقال المبعوث خالد العمري إنه دعا الحكومة إلى الحوار.", "خالد العمري")]
    public void Extract_AddresseeOfACoordinatedCallThatDisagreesWithTheVerb_IsNoSpeaker(string text, string speaker)
        => Extractor.Process(text, Anchor).Claims[^1].Speaker.Mention.Text.Should().Be(speaker);

    [Theory]
    [InlineData("ونشرت الصحيفة مقالا مطولا عن الأزمة، كما دعت المواطنين إلى الصبر.", "الصحيفة")]
    [InlineData("وأيد خالد العمري المبادرة، لكنه نفى أن تكون الحكومة قد وافقت عليها.", "خالد العمري")]
    [InlineData("ووصل الوزير خالد العمري قادما من القاهرة التي تحدثت عن خطة أعدتها لإنهاء الأزمة.", "القاهرة")]
    public void Extract_CallOrDenialAfterANonCueVerb_TakesThatVerbsSubject(string text, string speaker)
        => Single(text).Speaker.Mention.Text.Should().Be(speaker);

    [Theory]
    [InlineData("وأفادت مصادر محلية بارتفاع عدد الضحايا إلى عشرين.", "أفادت", "مصادر محلية", "بارتفاع عدد الضحايا إلى عشرين")]
    [InlineData("وكان المبعوث خالد العمري، قد أبلغ الأمم المتحدة في مارس الماضي بضرورة فتح المعابر.", "أبلغ", "خالد العمري", "بضرورة فتح المعابر")]
    [InlineData("وكان المبعوث خالد العمري، قد أبلغ الأمم المتحدة في مارس (آذار) الماضي بضرورة فتح المعابر.", "أبلغ", "خالد العمري", "بضرورة فتح المعابر")]
    [InlineData("وقال الوزير إن التوقيف كان قانونيا، كما أكد ثبوت تورط الخلية في التخطيط للهجوم.", "أكد", "الوزير", "ثبوت تورط الخلية في التخطيط للهجوم")]
    [InlineData("وقال الوزير إن التوقيف كان قانونيا، كما أكد ثبوت تورط المجموعة في التخطيط لعمليات تستهدف منشآت حيوية.", "أكد", "الوزير", "ثبوت تورط المجموعة في التخطيط لعمليات تستهدف منشآت حيوية")]
    [InlineData("وأعلنت وزارة الدفاع في 13 يوليو (تموز)، تكثيف عملياتها في الشمال.", "أعلنت", "وزارة الدفاع", "تكثيف عملياتها في الشمال")]
    [InlineData("وأوضح المصدر أن التسجيل بدأ، متوقعا ألا يتجاوز عدد المسجلين الألف.", "متوقعا", "المصدر", "لا يتجاوز عدد المسجلين الألف")]
    [InlineData("وقال الوزير إن بلاده مستعدة، مشيرا بشكل خاص إلى الدفاع الجوي.", "مشيرا", "الوزير", "الدفاع الجوي")]
    [InlineData("وأضافت المصادر أن الحزب اعترف فقط بمقتل اثنين من مقاتليه.", "اعترف", "الحزب", "بمقتل اثنين من مقاتليه")]
    public void Extract_ObjectOrPrepositionalContentAfterAdjuncts_FourteenthPass(string text, string cue, string speaker, string content)
        => LastClaimShouldBe(text, cue, speaker, content);

    [Theory]
    [InlineData("أكد محافظ المدينة خالد العمري أن الأوضاع في المدينة سيئة لكنه شدد على أن عمليات الإصلاح بدأت.", "الأوضاع في المدينة سيئة", "شدد", "خالد العمري", "عمليات الإصلاح بدأت")]
    [InlineData("وقال الوزير إن الخيار العسكري يبقى مطروحا رغم أن خبراء يرون أن الضربات غير مرجحة.", "الخيار العسكري يبقى مطروحا", "يرون", "خبراء", "الضربات غير مرجحة")]
    [InlineData("وذكر موقع إخباري أن قائدا وقع في الأسر، نقلا عن وكالة \"رويترز\" التي قالت إنها لا تستطيع التأكد من النبأ.", null, "قالت", "رويترز", "لا تستطيع التأكد من النبأ")]
    public void Extract_ContrastiveConcessiveOrSourceRelativeClause_IsItsOwnClaim(string text, string? firstContent, string cue, string speaker, string content)
    {
        var claims = Extractor.Process(text, Anchor).Claims;
        claims.Should().HaveCount(2);
        if (firstContent is not null) claims[0].Content.Text.Should().Be(firstContent);
        claims[1].Cue.Text.Should().Be(cue);
        claims[1].Speaker.Mention.Text.Should().Be(speaker);
        claims[1].Content.Text.Should().Be(content);
    }

    [Theory]
    [InlineData("وانفجرت سيارة مفخخة بعد أيام على تفجير انتحاري وقع الجمعة في سوق المدينة، وتبناه التنظيم.", "تبناه", "التنظيم", "تفجير انتحاري وقع الجمعة في سوق المدينة")]
    [InlineData("وقتل عشرة أشخاص في تفجير سيارتين مفخختين في شرق العاصمة، تبناهما التنظيم المتطرف.", "تبناهما", "التنظيم", "تفجير سيارتين مفخختين في شرق العاصمة")]
    [InlineData("وانتقد المحامون المؤسسة الأمنية واتهموها بتعذيب المعتقلين.", "اتهموها", "المحامون", "بتعذيب المعتقلين")]
    [InlineData("ويقاتل في سوريا مسلحون أكراد تتهمهم الحكومة بالتحالف مع الحزب المحظور.", "تتهمهم", "الحكومة", "بالتحالف مع الحزب المحظور")]
    [InlineData("وقال الوزير إن الحكومة تعمل بجد، لكن النائب اتهمه بالتقصير في ملف الكهرباء.", "اتهمه", "النائب", "بالتقصير في ملف الكهرباء")]
    public void Extract_ObjectPronounOfAnAccusationOrClaimOfResponsibility_TheSubjectSpeaks(string text, string cue, string speaker, string content)
        => LastClaimShouldBe(text, cue, speaker, content);

    [Theory]
    [InlineData("واعتصم المئات للمطالبة بمعاقبة أحد أقارب المسؤول الذي يتهمونه بقتل ضابط.")]
    [InlineData("وأعدمت الجماعة رجلا بعدما اتهمته بالتخابر مع العدو.")]
    [InlineData("وأصدر المجلس قرارا تبناه الأعضاء بالإجماع.")]
    [InlineData("وفيما ركزت الوزارة على حملة التشويه، شن المحامون حملة قوية واتهموها بتعذيب المعتقلين.")]
    public void Extract_ObjectPronounWithoutItsOwnSubject_NoClaim(string text)
        => Extractor.Process(text, Anchor).Claims.Should().BeEmpty(text);

    [Theory]
    [InlineData("وشدد رئيس لجنة حقوق الانسان العربية على أهمية تلبية مطالب الحكومة.", "شدد", "رئيس لجنة حقوق الانسان العربية", "أهمية تلبية مطالب الحكومة")]
    [InlineData("وقالت متحدثة باسم خفر السواحل إن الجثث انتشلت.", "قالت", "متحدثة باسم خفر السواحل", "الجثث انتشلت")]
    [InlineData("وأفادت وكالة أنباء الأناضول بمقتل ثلاثة جنود.", "أفادت", "وكالة أنباء الأناضول", "بمقتل ثلاثة جنود")]
    [InlineData("واعترف بعض المتهمين بعلاقتهم بخالد العمري منفذ الهجوم.", "اعترف", "بعض المتهمين", "بعلاقتهم بخالد العمري منفذ الهجوم")]
    [InlineData("وحمل مجلس قيادة المقاومة، الحوثيين مسؤولية سلامة المعتقلين.", "حمل", "مجلس قيادة المقاومة", "الحوثيين مسؤولية سلامة المعتقلين")]
    public void Extract_ConstructChainSpeaker_EndsAtItsDefiniteGenitive(string text, string cue, string speaker, string content)
        => LastClaimShouldBe(text, cue, speaker, content, single: true);

    [Theory]
    [InlineData("أعلنت مصادر رسمية مقتل جنديين في الهجوم الذي قالت إنه استهدف قافلة عسكرية.", "قالت", "مصادر رسمية", "استهدف قافلة عسكرية")]
    [InlineData("وجاء ذلك حسب البيان، الذي أوضح أن التحريات كشفت ارتباط الخلية بمقاتلين سابقين.", "أوضح", "البيان", "التحريات كشفت ارتباط الخلية بمقاتلين سابقين")]
    [InlineData("وقال المحافظ إن المديرية وقفت في وجه الميليشيات، التي قال إنها تنتحر بارتكاب الجريمة.", "قال", "المحافظ", "تنتحر بارتكاب الجريمة")]
    [InlineData("وقدمت المنظمة مساعدات للنازحين، فيما أكدت مفوضية حقوق الإنسان في العراق عجز الحكومة عن الإغاثة.", "أكدت", "مفوضية حقوق الإنسان", "عجز الحكومة عن الإغاثة")]
    public void Extract_RelativeClauseReportOrInstitutionSpeaker_EighteenthPass(string text, string cue, string speaker, string content)
        => LastClaimShouldBe(text, cue, speaker, content);

    [Theory]
    [InlineData("وأكد المسؤول اليمني في خطاب لمفوض الأمم المتحدة السامي لحقوق الإنسان زيد رعد الحسين أن الحكومة ستعمل على ترتيب الزيارة.", "المسؤول اليمني", "الحكومة ستعمل على ترتيب الزيارة")]
    [InlineData("وأكد وزير الخارجية خلال لقائه نظيره الروسي سيرغي لافروف أن الحل سياسي.", "وزير الخارجية", "الحل سياسي")]
    [InlineData("وقال المتحدث باسم الوزارة في رسالة إلى الأمين العام بان كي مون إن الوضع خطير.", "المتحدث باسم الوزارة", "الوضع خطير")]
    public void Extract_PersonSpokenToOnTheOccasion_IsNoSpeaker(string text, string speaker, string content)
        => LastClaimShouldBe(text, null, speaker, content, single: true);

    [Theory]
    [InlineData("وأعلنت وزيرة الداخلية تخصيص مبلغ إضافي لتعزيز أمن الموانئ.", "وزيرة الداخلية", "تخصيص مبلغ إضافي لتعزيز أمن الموانئ")]
    [InlineData("وأكد المحافظ أن أولوياته دعم المقاومة. وكان وزير الإدارة المحلية في اليمن عبد الرقيب فتح قد أعلن عن بدء مرحلة إعادة الإعمار في عدن.", "عبد الرقيب", "بدء مرحلة إعادة الإعمار في عدن")]
    public void Extract_AnnouncedMeasure_IsReported(string text, string speaker, string content)
        => LastClaimShouldBe(text, null, speaker, content);

    [Fact]
    public void Extract_RelativeClauseReport_TheMainClaimKeepsItsOwnContent()
    {
        var claims = Extractor.Process("أعلنت مصادر رسمية مقتل جنديين في الهجوم الذي قالت إنه استهدف قافلة عسكرية.", Anchor).Claims;
        claims.Should().HaveCount(2);
        claims[0].Content.Text.Should().StartWith("مقتل جنديين");
    }

    [Theory]
    [InlineData("ويتساءل المعارضون عما إذا كان الاتفاق سيضمن بشكل كاف ألا تنتج البلاد سلاحا.")]
    [InlineData("وقرر المجلس ألا يتم تمديد المهلة.")]
    public void Extract_NegatedComplementizerFarFromACue_NoClaim(string text)
        => Extractor.Process(text, Anchor).Claims.Should().BeEmpty(text);

    [Theory]
    [InlineData("مصر: مقتل 12 مسلحا في شمال سيناء\n\nقتل 12 مسلحا في اشتباكات مع قوات الأمن، وفق ما ذكر مصدر أمني مصري.", false)]
    [InlineData("لبنان: الحكومة باقية والأزمة مستمرة\n\nقالت صحيفة محلية إن الحكومة باقية.", false)]
    [InlineData("تركيا: الاتفاق خطوة مهمة\n\nوقال وزير الخارجية التركي إن الاتفاق خطوة مهمة للمنطقة.", true)]
    [InlineData("واشنطن: للحلفاء الحق في الدفاع عن أنفسهم\n\nوقالت وزارة الخارجية الأميركية إن للحلفاء الحق في الدفاع عن أنفسهم.", true)]
    public void Extract_PlaceHeadline_IsAClaimOnlyWhenThePlaceSpeaksInTheBody(string text, bool headlineClaim)
        => Extractor.Process(text, Anchor).Claims.Any(c => c.CueKind == ClaimCueKind.Headline).Should().Be(headlineClaim, text);

    [Fact]
    public void Extract_CoordinatedCueAfterARelativeClause_HasItsOwnComplementizer()
    {
        var claims = Extractor.Process("واتهم معارضون الرئيس باستغلال الحرب لوأد المكاسب التي حققها الخصوم وأشاروا إلى أن الغارات كانت أشد.", Anchor).Claims;
        claims.Should().HaveCount(2);
        claims[0].Content.Text.Should().Be("الرئيس باستغلال الحرب لوأد المكاسب التي حققها الخصوم");
        claims[1].Cue.Text.Should().Be("أشاروا");
        claims[1].Content.Text.Should().Be("الغارات كانت أشد");
    }

    [Theory]
    [InlineData("وفي بيان على موقعها نسبت هيئة أركان الجيش الهجوم إلى جماعة مسلحة.", "نسبت", "هيئة أركان الجيش", "الهجوم إلى جماعة مسلحة")]
    public void Extract_Attributing_IsAClaim(string text, string cue, string speaker, string content)
        => LastClaimShouldBe(text, cue, speaker, content);

    [Theory]
    [InlineData("وارتفعت نسبته إلى خمسة في المئة.")]
    [InlineData("وينسب إلى الشاعر بيت مشهور.")]
    public void Extract_RateOrPassiveAttributing_NoClaim(string text)
        => Extractor.Process(text, Anchor).Claims.Should().BeEmpty(text);

    [Theory]
    [InlineData("وقال ضابط يمني كبير طلب عدم نشر اسمه إن الحدود أغلقت.", "قال", "ضابط يمني كبير", "الحدود أغلقت")]
    [InlineData("وقال أحد السكان طالبا عدم ذكر اسمه «لم ننم طوال الليل».", "قال", "أحد السكان", "لم ننم طوال الليل")]
    [InlineData("وأكد مسؤول محلي، مفضلا عدم الكشف عن هويته، أن المياه انقطعت.", "أكد", "مسؤول محلي", "المياه انقطعت")]
    public void Extract_RequestForAnonymity_IsNeitherSpeakerNorContent(string text, string cue, string speaker, string content)
        => LastClaimShouldBe(text, cue, speaker, content, single: true);

    [Theory]
    [InlineData("ولمح الرئيس إلى أنه قد يستقيل قريبا.", "لمح", "الرئيس", "قد يستقيل قريبا")]
    [InlineData("وأجمع خبراء اقتصاديون على أن الأسعار سترتفع.", "أجمع", "خبراء اقتصاديون", "الأسعار سترتفع")]
    [InlineData("وكان المحافظ قد وعد بإصلاح الطرق قبل الشتاء.", "وعد", "المحافظ", "بإصلاح الطرق قبل الشتاء")]
    [InlineData("وقال الوزير إن الحكومة ستدعم المزارعين، واعدا بتعويضات عاجلة.", "واعدا", "الوزير", "بتعويضات عاجلة")]
    [InlineData("وأوردت وكالة محلية أن القاضي أجل الجلسة.", "أوردت", "وكالة محلية", "القاضي أجل الجلسة")]
    [InlineData("وأبرزت دراسة حديثة أن البطالة تراجعت.", "أبرزت", "دراسة حديثة", "البطالة تراجعت")]
    [InlineData("ويكرر المسؤولون أن لا حل إلا بالحوار.", "يكرر", "المسؤولون", "لا حل إلا بالحوار")]
    [InlineData("وقال الوزير: «الأمر معقد». وأضاف متحدثا عن الاتفاقية: «نفس الشيء ينطبق عليها».", "أضاف", "الوزير", "نفس الشيء ينطبق عليها")]
    public void Extract_MoreVerbsOfSaying_AreCues(string text, string cue, string speaker, string content)
        => LastClaimShouldBe(text, cue, speaker, content);

    [Theory]
    [InlineData("ويرى المراقبون أن البلاد تواجه مستقبلا واعدا بالرغم من الأزمة.")]
    [InlineData("وأجمع النواب على مرشح واحد للرئاسة.")]
    [InlineData("وكان وعد بلفور قد صدر عام 1917.")]
    [InlineData("وعدّ الوزير المهرجان بوابة للسياحة.")]
    public void Extract_PromisingAdjectiveOrConsensusOnACandidate_IsNoNewCue(string text)
        => Extractor.Process(text, Anchor).Claims.Should().NotContain(c => c.CueLemma == "وعد" || c.CueLemma == "اجمع", text);

    [Theory]
    [InlineData("وأغلق الجيش المعبر، وهو ما اعتبره المراقبون خطوة تصعيدية خطيرة.", "اعتبره", "المراقبون", "خطوة تصعيدية خطيرة")]
    [InlineData("وعرض الوفد خطته للحل، وهو ما رأت فيه المعارضة محاولة لكسب الوقت.", "رأت", "المعارضة", "محاولة لكسب الوقت")]
    [InlineData("وتبنى تنظيم داعش الإرهابي التفجير.", "تبنى", "تنظيم داعش الإرهابي", "التفجير")]
    [InlineData("وتبنت الجماعة مسؤوليتها عن الهجوم.", "تبنت", "الجماعة", "مسؤوليتها عن الهجوم")]
    [InlineData("وشدد النائب، الذي ينافس على منصب الرئاسة منذ مايو 2014، على ضرورة إقرار قانون جديد.", "شدد", "النائب", "ضرورة إقرار قانون جديد")]
    [InlineData("وأكد الوزير، رئيس اللجنة العليا، وهي هيئة مستقلة، خبر تشكيل لجنة للتحقيق.", "أكد", "الوزير", "خبر تشكيل لجنة للتحقيق")]
    [InlineData("وأكد خادم الحرمين الشريفين حرص المملكة على أمن المنطقة.", "أكد", "خادم الحرمين الشريفين", "حرص المملكة على أمن المنطقة")]
    public void Extract_OpinionAfterRelativeMaClaimedActOrParentheticalBeforeTheObject_TwentiethPass(string text, string cue, string speaker, string content)
        => LastClaimShouldBe(text, cue, speaker, content);

    [Theory]
    [InlineData("كما اعترف متهمون بتهريب السلاح عبر الحدود.", "اعترف", "متهمون", "بتهريب السلاح عبر الحدود")]
    [InlineData("وأعلن التنظيم مسؤوليته في بيان على الإنترنت.", "أعلن", "التنظيم", "مسؤوليته في بيان على الإنترنت")]
    [InlineData("وأكد سالم العبدلي وزير الداخلية قرار تشكيل لجنة للتحقيق.", "أكد", "سالم العبدلي", "قرار تشكيل لجنة للتحقيق")]
    [InlineData("وكشف سالم العبدلي، المدير التنفيذي للحركة، الحزب الأكبر في البرلمان، عن اتفاق الأحزاب على مرشح واحد.", "كشف", "سالم العبدلي", "اتفاق الأحزاب على مرشح واحد")]
    public void Extract_SpeakerEndsAtTheCuesOwnComplementOrAppositionBeforeIt_TwentyFirstPass(string text, string cue, string speaker, string content)
        => LastClaimShouldBe(text, cue, speaker, content);

    [Theory]
    [InlineData("وزير الخارجية اليمني ل«الرياض»: الحكومة تملك قوائم بالأسماء\n\nأكد وزير الخارجية اليمني أن الحكومة تملك قوائم بالأسماء.", "وزير الخارجية اليمني")]
    [InlineData("كيري لـ «الصحيفة»: نعد خطة مع الحلفاء\n\nقال وزير الخارجية الأميركي جون كيري إن بلاده تعد خطة مع الحلفاء.", "كيري")]
    public void Extract_InterviewHeadlineWithThePaperAddressed_IsAClaimOfTheSpeakerBeforeIt(string text, string speaker)
        => Extractor.Process(text, Anchor).Claims.Should().Contain(c => c.CueKind == ClaimCueKind.Headline && c.Speaker.Mention.Text == speaker, text);

    [Theory]
    [InlineData("وأكد الوزير متحدثا عن الاتفاق أنه خطوة مهمة.", "أكد", "الوزير", "خطوة مهمة")]
    [InlineData("وقال الوزير، متحدثا عن الأزمة، إن الحل سياسي.", "قال", "الوزير", "الحل سياسي")]
    [InlineData("وحمّل سالم العبدلي رئيس السلطة مسؤولية التصعيد.", "حمّل", "سالم العبدلي", "رئيس السلطة مسؤولية التصعيد")]
    [InlineData("وقعت اشتباكات في المدينة. قال ذلك الدكتور سالم العبدلي إن المستشفى ممتلئ بالجرحى.", "قال", "سالم العبدلي", "المستشفى ممتلئ بالجرحى")]
    [InlineData("وقال الوزير إن «الحرب على «الإرهاب» ستطول».", "قال", "الوزير", "الحرب على «الإرهاب» ستطول")]
    [InlineData("ويتوقع بحسب خبراء عسكريين أن تتجاوز الألغام الآلاف.", "بحسب", "خبراء عسكريين", "تتجاوز الألغام الآلاف")]
    [InlineData("ومن المرجح، حسب التقارير الطبية، أن يكون اللاعب جاهزا.", "حسب", "التقارير الطبية", "يكون اللاعب جاهزا")]
    [InlineData("وقال رئيس المجلس إن الهجوم مدان. وأضاف وفقا لما نقلته الوكالة: «الوضع تحت السيطرة».", "أضاف", "رئيس المجلس", "الوضع تحت السيطرة")]
    public void Extract_ReviewOfPassesNineteenToTwentyOne_KeepsTheseReadings(string text, string cue, string speaker, string content)
        => LastClaimShouldBe(text, cue, speaker, content);

    [Theory]
    [InlineData("لمح الحارس رجلا يتسلل إلى المبنى في منتصف الليل.")]
    [InlineData("وأورد التقرير أرقاما جديدة بعد أن أجرى مسحا شاملا.")]
    [InlineData("وقالت المخرجة وعد الخطيب إن الفيلم يروي قصة المدينة.")]
    [InlineData("وتكرر الحادث ذاته بعد أن فشلت الشرطة في ضبط الجناة.")]
    public void Extract_GlimpsedListedNamedOrRecurred_IsNoNewCue(string text)
        => Extractor.Process(text, Anchor).Claims.Should().NotContain(c => c.CueLemma == "المح" || c.CueLemma == "اورد" || c.CueLemma == "وعد" || c.CueLemma == "كرر", text);

    [Theory]
    [InlineData("وقعت اشتباكات في المدينة. أكد ذلك مصدر أمني، مضيفا أن هجوما آخر وقع أمس في الضاحية.")]
    [InlineData("وقال الوزير في بيان عن الهجوم الذي وقع أمس إن القوات سترد.")]
    public void Extract_DateInTheContentOrInTheTopicsRelativeClause_DoesNotDateTheFirstClaim(string text)
        => Extractor.Process(text, Anchor).Claims[0].DateSource.Should().Be(ClaimDateSource.Document, text);

    [Theory]
    [InlineData("وبعدما حذر من أن الحصار لن يجدي نفعا، اعتبر الوزير أن الحل سياسي.", "حذر", "الوزير")]
    [InlineData("وإذ يرى أن التدخل حاسم في هذا الوقت، يعرب الخبير عن استغرابه من توقيته.", "يرى", "الخبير")]
    public void Extract_VerbInAFrontedTemporalClause_SharesTheMainClausesSubject(string text, string cue, string speaker)
    {
        var c = Extractor.Process(text, Anchor).Claims[0];
        c.Cue.Text.Should().Be(cue);
        c.Speaker.Mention.Text.Should().Be(speaker);
    }

    [Theory]
    [InlineData("وقال الوزير إن الحكومة لديها خطة شاملة، مدعيا التزام الحكومة بتنفيذها.", "مدعيا", "الوزير", "التزام الحكومة بتنفيذها")]
    [InlineData("وأكد المعلم أن الحل سياسي، مؤكدا التزام دمشق بالحوار.", "مؤكدا", "المعلم", "التزام دمشق بالحوار")]
    public void Extract_ParticipleWithAnObjectMasdar_ClaimsIt(string text, string cue, string speaker, string content)
        => LastClaimShouldBe(text, cue, speaker, content);

    [Theory]
    [InlineData("واقترح الوزير أن تعقد الجولة المقبلة في جنيف.", "اقترح", "الوزير", "تعقد الجولة المقبلة في جنيف")]
    [InlineData("ويروي أحد السكان: «هربنا في منتصف الليل».", "يروي", "أحد السكان", "هربنا في منتصف الليل")]
    [InlineData("وأوصى التقرير بضرورة مراجعة الاتفاق.", "أوصى", "التقرير", "بضرورة مراجعة الاتفاق")]
    [InlineData("وطمأن الوزير المواطنين بأن الأسعار لن ترتفع.", "طمأن", "الوزير", "الأسعار لن ترتفع")]
    [InlineData("واشترط الحزب أن تنسحب القوات قبل الحوار.", "اشترط", "الحزب", "تنسحب القوات قبل الحوار")]
    [InlineData("وجزم المحلل بأن الحرب لن تطول.", "جزم", "المحلل", "الحرب لن تطول")]
    [InlineData("وغرد الوزير على حسابه: «لن نتراجع».", "غرد", "الوزير", "لن نتراجع")]
    public void Extract_GrammarsFurtherVerbsOfSayingWithTheirContentMarker_AreCues(string text, string cue, string speaker, string content)
        => LastClaimShouldBe(text, cue, speaker, content);

    [Theory]
    [InlineData("واقترح الوزير مشروعا جديدا للتعاون.")]
    [InlineData("وتقترح الخطة وقفا فوريا لإطلاق النار.")]
    [InlineData("ويقسم النهر المدينة إلى قسمين.")]
    [InlineData("وروى الكاتب قصة المدينة في كتابه الأخير.")]
    public void Extract_GrammarsFurtherVerbsWithoutContent_NoClaim(string text)
        => Extractor.Process(text, Anchor).Claims.Should().BeEmpty(text);

    [Fact]
    public void Extract_RelativeMaClauseAfterAContent_IsItsOwnClaim()
    {
        var claims = Extractor.Process("ويصر الأهالي على استلام التعويضات كاملة، وهو ما رأى فيه الوزير مطلبا مشروعا.", Anchor).Claims;
        claims.Should().HaveCount(2);
        claims[0].Content.Text.Should().Be("استلام التعويضات كاملة");
        claims[1].Speaker.Mention.Text.Should().Be("الوزير");
        claims[1].Content.Text.Should().Be("مطلبا مشروعا");
    }

    [Fact]
    public void Extract_LakinnahuAndACueWhosePrepositionFollowsItsAdjuncts_EndsTheContent()
    {
        var claims = Extractor.Process("وأقر الزعيم بالهزيمة في المدينة، لكنه وصف في خطاب متلفز «انتصار» خصومه بـ«المحدود».", Anchor).Claims;
        claims.Should().HaveCount(2);
        claims[0].Content.Text.Should().Be("بالهزيمة في المدينة");
        claims[1].Cue.Text.Should().Be("وصف");
    }

    [Fact]
    public void Extract_DemonstrativeObjectOpeningItsSentence_AttributesTheSentenceBeforeAndTheOccasionDatesIt()
    {
        var c = Extractor.Process("وتعاني المدينة من نقص حاد في المياه منذ أشهر.\nأبان ذلك الدكتور سالم العبدلي رئيس اللجنة على هامش الاجتماع الذي عقد أمس بالقاهرة.", Anchor).Claims.Should().ContainSingle().Subject;
        c.Content.Text.Should().Be("وتعاني المدينة من نقص حاد في المياه منذ أشهر");
        c.DateSource.Should().Be(ClaimDateSource.Explicit);
    }

    [Theory]
    [InlineData("وقال إن الحل ما زال ممكنا، وهو ما لم تعتبره الحكومة خطأ.")]
    [InlineData("ما اعتبر الوزير القرار خطأ.")]
    public void Extract_MaStillNegatesWithoutAPronounOrDemonstrativeBefore_NoOpinionClaim(string text)
        => Extractor.Process(text, Anchor).Claims.Should().NotContain(c => c.CueLemma == "اعتبر", text);

    [Fact]
    public void Extract_SecondOpeningGuillemetBeforeAnyClosing_EndsTheUnclosedQuotation()
    {
        var claims = Extractor.Process("وقال أحد السكان إن «المدينة بلا كهرباء منذ شهرين. وأضاف المصدر أن «الجماعة تسيطر على كل شيء».", Anchor).Claims;
        claims.Should().HaveCount(2);
        claims[0].Content.Text.Should().Be("المدينة بلا كهرباء منذ شهرين");
        claims[1].Content.Text.Should().Be("الجماعة تسيطر على كل شيء");
    }

    /// <summary>The last claim of <paramref name="text"/> (its only one when <paramref name="single"/>) has this cue (unless
    /// null), speaker and content.</summary>
    private static void LastClaimShouldBe(string text, string? cue, string speaker, string content, bool single = false)
    {
        var c = single ? Single(text) : Extractor.Process(text, Anchor).Claims[^1];
        if (cue is not null) c.Cue.Text.Should().Be(cue);
        c.Speaker.Mention.Text.Should().Be(speaker);
        c.Content.Text.Should().Be(content);
    }

    // The words the relative-clause, pronoun-object, concessive and headline rules look at, with line breaks.
    [Fact]
    public void Extract_RandomTextOfClauseWordsAndHeadlines_NeverThrowsAndSpansMatch()
        => RandomTextsKeepEverySpan(23, ["قال", "وتبناه", "تبناهما", "اتهموها", "تتهمهم", "الذي", "التي", "رغم", "أن", "لكنه", "نسبت", "إلى",
            "خلال", "لقائه", "بان", "كي", "مصر", ":", "\n", "،", ".", "وكان", "قد", "أعلن", "تخصيص", "الهجوم", "التنظيم", "الوزير", "مصدر",
            "إنه", "بضرورة", "أبلغ", "«", "»", "رئيس", "لجنة", "حقوق", "الإنسان", "فيما", "دعا", "لزيارة"]);

    // تبنّى's checks look for a complementizer, and ألا asked TryCue about the words before it: "تبنى ألا" recursed until
    // the stack overflowed (found by a fuzz run in session 9).
    [Theory]
    [InlineData("تبنى ألا")]
    [InlineData("وتبنى التنظيم ألا يتوقف عن القتال.")]
    public void Extract_TabannaBeforeAlla_DoesNotRecurse(string text)
        => Extractor.Process(text, Anchor).Claims.Should().BeEmpty();

    // The words session 9's rules look at: anonymity requests, new cues, ما after a pronoun, parentheticals, headline addressees.
    [Fact]
    public void Extract_RandomTextOfSessionNineWords_NeverThrowsAndSpansMatch()
        => RandomTextsKeepEverySpan(37, ["قال", "وأكد", "طالبا", "عدم", "ذكر", "اسمه", "وعد", "واعدا", "بـ", "لمح", "إلى", "أجمع", "على", "أن", "وهو", "ما",
            "اعتبره", "رأت", "فيه", "الخبراء", "،", ".", ":", "«", "»", "\n", "ل", "الذي", "رئيس", "اللجنة", "ذلك", "أبان", "الدكتور", "خادم", "الحرمين",
            "الشريفين", "تبنى", "مسؤوليته", "بحسب", "يتوقع", "وبعدما", "مدعيا", "التزام", "متحدثا", "عن", "لكنه", "وصف"]);

    [Fact]
    public void Extract_RandomText_NeverThrowsAndSpansMatch() => RandomTextsKeepEverySpan(11, ["قال", "وأضاف", "إن", "أن", ":", "«", "»", "\"", "الوزير", "مصدر", "نفى", "لم", "بحسب", "،", ".", "\n", "مؤكدا", "الاثنين", "أمس", "في", "إلى", "ألا", "بضرورة", "أبلغ", "كما", "قد", "بشكل"]);

    // A headline's surname the recognizer leaves untagged is the person the body names in full.
    [Fact]
    public void Extract_HeadlineSurnameOfAPersonNamedInTheBody_IsThatPerson()
    {
        var doc = Extractor.Process("ظريف: طهران منفتحة على حوار شامل مع جيرانها\nوقال الوزير محمد جواد ظريف إن الحوار سيتواصل.", Anchor);
        var headline = doc.Claims.Single(c => c.CueKind == ClaimCueKind.Headline);
        headline.Speaker.Mention.Text.Should().Be("ظريف");
        var person = doc.Entities.Single(e => e.Type == Extraction.Arabic.Entities.EntityType.Person && e.Name.EndsWith("ظريف", StringComparison.Ordinal));
        headline.Speaker.EntityId.Should().Be(person.Id);
        headline.Content.Text.Should().StartWith("طهران منفتحة");
    }

    [Fact]
    public void Extract_HeadlineWordThatNamesNobodyInTheBody_IsNoClaim()
    {
        var doc = Extractor.Process("الطقس: أمطار غزيرة على المرتفعات\nوقال الوزير محمد جواد ظريف إن الحوار سيتواصل.", Anchor);
        doc.Claims.Should().NotContain(c => c.CueKind == ClaimCueKind.Headline);
    }

    // A coordinated cue whose subject, named right after it, is the speaker again starts a statement of its own.
    [Fact]
    public void Extract_CoordinatedCueNamingTheSameSpeakerAgain_EndsTheContentAndIsAClaim()
    {
        var doc = Extractor.Process("وأكد الرئيس فلاديمير بوتين أن الحوار مفيد للطرفين وطالب بوتين بتوسيع التعاون التجاري.", Anchor);
        doc.Claims.Should().HaveCount(2);
        doc.Claims[0].Content.Text.Should().Be("الحوار مفيد للطرفين");
        doc.Claims[1].CueLemma.Should().Be("طالب");
        doc.Claims[1].Speaker.EntityId.Should().Be(doc.Claims[0].Speaker.EntityId);
    }

    [Fact]
    public void Extract_CoordinatedCueWithAnotherSubjectInsideContent_StaysInTheContent()
    {
        var doc = Extractor.Process("وأكد الرئيس فلاديمير بوتين أن الوزير زار المدينة وطالب المحافظ بتوسيع التعاون.", Anchor);
        doc.Claims[0].CueLemma.Should().Be("اكد");
        doc.Claims[0].Content.Text.Should().EndWith("بتوسيع التعاون");
    }

    // في وقت + a cue with the time's resumptive فيه opens a clause of its own, however long its subject.
    [Fact]
    public void Extract_FiWaqtCueFihi_EndsThePreviousContentAndIsAClaim()
    {
        var doc = Extractor.Process("وأبدى الرئيس تحفظه على مسودة الاتفاق، في وقت أكد فيه المبعوث الأممي، وهو دبلوماسي مخضرم عمل طويلا في المنطقة، أن صبر المجتمع الدولي نفد.", Anchor);
        doc.Claims.Should().HaveCount(2);
        doc.Claims[0].Content.Text.Should().NotContain("في وقت");
        doc.Claims[1].Speaker.Mention.Text.Should().StartWith("المبعوث الأممي");
        doc.Claims[1].Content.Text.Should().Be("صبر المجتمع الدولي نفد");
    }

    // Armed and political groups speak (حراك، جماعة، فصائل …), and a person inside the complement of عن is spoken of.
    [Theory]
    [InlineData("وأعلن الحراك الجنوبي عن مقتل أحد قادته في المواجهات.", "الحراك الجنوبي")]
    [InlineData("وأعلنت الجماعة المسلحة عن إصابة عدد من عناصرها.", "الجماعة المسلحة")]
    [InlineData("وأعلن الحزب عن إصابة رئيسه، محمد جواد ظريف، بجروح طفيفة.", "الحزب")]
    public void Extract_GroupAnnouncingAnEvent_IsTheSpeaker(string text, string speaker)
    {
        var claim = Single(text);
        claim.Speaker.Mention.Text.Should().Be(speaker);
        claim.CueLemma.Should().Be("اعلن");
    }

    // A dual or plural form right after a singular كان or a sister is its predicate, not a verb.
    [Fact]
    public void Extract_PluralCueFormAfterSingularKana_IsThePredicateNotACue()
    {
        var doc = Extractor.Process("وأشار الوزير إلى أن الجيش لن يكون تابعا لأي حزب قائلا: «الجيش للجميع».", Anchor);
        doc.Claims.Should().NotContain(c => c.Cue.Text == "تابعا");
        doc.Claims.Should().Contain(c => c.Cue.Text == "قائلا" && c.Speaker.Mention.Text == "الوزير");
    }

    // A subject before a singular كان is the subject of the verb after it.
    [Fact]
    public void Extract_SubjectBeforeKanaThenCue_IsTheSpeaker()
    {
        var claim = Single("لكن الرئيس فلاديمير بوتين كان يرى أن الحوار أفضل الطرق.");
        claim.Speaker.Mention.Text.Should().Be("فلاديمير بوتين");
        claim.Content.Text.Should().Be("الحوار أفضل الطرق");
    }

    // A report inside another's content whose subject is a person's whole noun phrase (set off by a comma or not) is a
    // claim of that person, also for a present verb of opinion (not the impersonal passive then).
    [Theory]
    [InlineData("وقال المتحدث إن الوزير محمد جواد ظريف، يعتقد أن الخطة تكتسب قبولا.")]
    [InlineData("وقال المتحدث إن الوزير محمد جواد ظريف يعتقد أن الخطة تكتسب قبولا.")]
    public void Extract_ReportOfANamedPersonInsideContent_IsThatPersonsClaim(string text)
    {
        var doc = Extractor.Process(text, Anchor);
        doc.Claims.Should().HaveCount(2);
        doc.Claims[0].Content.Text.Should().Contain("يعتقد أن الخطة");
        doc.Claims[1].CueLemma.Should().Be("اعتقد");
        doc.Claims[1].Speaker.Mention.Text.Should().Be("محمد جواد ظريف");
        doc.Claims[1].Content.Text.Should().Be("الخطة تكتسب قبولا");
    }

    [Fact]
    public void Extract_PersonNamedInsideAnotherPhraseBeforeAReport_IsNotItsSubject()
    {
        var doc = Extractor.Process("وأكد الحزب أن الإعلان المشترك الصادر عن الرئيس فلاديمير بوتين يؤكد حرص بلاده على التعاون.", Anchor);
        doc.Claims.Should().ContainSingle();
        doc.Claims[0].CueLemma.Should().Be("اكد");
    }

    [Fact]
    public void Extract_ImpersonalPassiveOfOpinion_StaysNobodysClaim()
        => Extractor.Process("ويعتقد أن الخطة تكتسب قبولا بين الأطراف.", Anchor).Claims.Should().BeEmpty();

    // Rejecting criticism denies it (D-166); كذب without an object is "lied", not a denial.
    [Fact]
    public void Extract_RejectingCriticism_IsADenial()
    {
        var claim = Single("ورفضت الحكومة الانتقادات الموجهة إلى أدائها في الأزمة.");
        claim.Polarity.Should().Be(ClaimPolarity.Denied);
        claim.CueLemma.Should().Be("رفض");
    }

    [Fact]
    public void Extract_KadhabaWithoutAnObject_IsNoDenial()
    {
        var doc = Extractor.Process("وقال المتحدث إن المسؤول كان يكذب فيما يبدو حين تحدث عن الأرقام.", Anchor);
        doc.Claims.Should().NotContain(c => c.Polarity == ClaimPolarity.Denied);
    }

    // توعد X بـY (threatened X with Y): the threatened stand between the verb and its preposition; استرسل (went on) is
    // a continuation like استطرد.
    [Fact]
    public void Extract_TawaadaObjectThenBa_IsAClaim()
    {
        var doc = Extractor.Process("وأكد القائد العسكري أن النصر قريب، متوعدا المتمردين بهزيمة قاسية في الأيام المقبلة.", Anchor);
        doc.Claims.Should().HaveCount(2);
        doc.Claims[1].CueLemma.Should().Be("توعد");
        doc.Claims[1].Content.Text.Should().Contain("بهزيمة قاسية");
    }

    [Fact]
    public void Extract_Istarsala_ContinuesTheLastSpeaker()
    {
        var doc = Extractor.Process("وقال الوزير إن الوضع مستقر. واسترسل قائلا إن الحكومة ستواصل جهودها.", Anchor);
        doc.Claims.Should().HaveCount(2);
        doc.Claims[1].CueLemma.Should().Be("استرسل");
        doc.Claims[1].Speaker.Mention.Text.Should().Be("الوزير");
    }

    // A claim of responsibility past an apposition after a quoted name; تحدث عن + a reported split (انشقاقات).
    [Fact]
    public void Extract_ResponsibilityPastAnAppositionOfAQuotedName_IsAClaim()
    {
        var claim = Single("وأعلنت «ولاية سيناء» الفرع المحلي لتنظيم «داعش» مسؤوليتها عن الهجوم على الحاجز.");
        claim.CueLemma.Should().Be("اعلن");
        claim.Content.Text.Should().StartWith("مسؤوليتها عن الهجوم");
    }

    [Fact]
    public void Extract_TahaddathaAnSplits_IsAClaim()
    {
        var claim = Single("وتحدثت مصادر محلية عن انشقاقات في صفوف المسلحين.");
        claim.CueLemma.Should().Be("تحدث");
        claim.Content.Text.Should().StartWith("انشقاقات");
    }

    // Review of session 11's rules: adverbials of time, a role's عن, a genitive before كان, the impersonal يُعتقد after a
    // name, a genitive after a role, a comma after كذّب, a masdar before الانتقادات, a person object after أبلغ.
    [Fact]
    public void Extract_FiAlWaqtNafsihi_DoesNotCutTheContent()
        => Single("وقال الوزير محمد جواد ظريف إن بلاده في الوقت نفسه تحذر من أي تصعيد.").Content.Text.Should().EndWith("من أي تصعيد");

    [Fact]
    public void Extract_TimeClauseWithFihiWithoutComma_StaysInTheContent()
        => Single("وقال شهود إن الانفجار وقع في الوقت الذي تحدث فيه الرئيس أمام النواب.").Content.Text.Should().EndWith("أمام النواب");

    [Fact]
    public void Extract_PersonAfterARoleWithAn_IsTheSpeaker()
        => Single("وقال المسؤول عن رصد الانتهاكات في الهيئة محمد جواد ظريف إن الأرقام دقيقة.").Speaker.Mention.Text.Should().Be("محمد جواد ظريف");

    [Fact]
    public void Extract_GenitiveBeforeKanaWithSubjectAfterTheVerb_KeepsTheSubjectAfter()
        => Single("وبعد اغتيال فلاديمير بوتين كانت تؤكد الحكومة أنها لم تتدخل.").Speaker.Mention.Text.Should().Be("الحكومة");

    [Fact]
    public void Extract_ImpersonalYutaqadAfterAGenitiveName_IsNobodysClaim()
        => Extractor.Process("وبعد رحيل فلاديمير بوتين يعتقد أن الحزب فقد الكثير من قوته.", Anchor).Claims.Should().BeEmpty();

    [Fact]
    public void Extract_PersonInTheGenitiveOfAnIndefiniteRole_IsNotTheSubjectOfTheReport()
    {
        var doc = Extractor.Process("وقال مصدر إن مستشار فلاديمير بوتين يعتقد أن الاتفاق قريب.", Anchor);
        doc.Claims.Should().ContainSingle().Which.CueLemma.Should().Be("قال");
    }

    [Fact]
    public void Extract_KadhabaWithACommaBeforeItsObject_IsADenial()
    {
        var claim = Single("الوزارة كذبت، في بيان رسمي، الأنباء عن استقالة الوزير.");
        claim.Polarity.Should().Be(ClaimPolarity.Denied);
        claim.Content.Text.Should().StartWith("الأنباء");
    }

    [Fact]
    public void Extract_RefusingToAnswerCriticism_IsNoDenial()
        => Extractor.Process("ورفضت الحكومة الرد على الانتقادات التي وجهتها المعارضة.", Anchor).Claims.Should().BeEmpty();

    [Fact]
    public void Extract_CoordinatedAblaghaWithTheSpeakerAsObject_StaysInTheContent()
        => Extractor.Process("وقال الرئيس فلاديمير بوتين إن الوزير زار القصر وأبلغ بوتين بقراره.", Anchor).Claims[0].Content.Text.Should().EndWith("بقراره");

    // An epithet (D-264, D-387): سمّى with an object pronoun after a relative, with a named source after it or inside the
    // current speaker's content; not a term quoted by a generic "they", not the passive, not a negated ما, not the paper's
    // narration, and never سموّه (His Highness).
    [Fact]
    public void Extract_EpithetWithANamedSource_IsThatSourcesClaim()
    {
        var doc = Extractor.Process("وتوقع بلاده الاتفاق مع ما تسميه موسكو «المعسكر المعادي» منذ سنوات.", Anchor);
        var claim = doc.Claims.Should().ContainSingle().Subject;
        claim.CueLemma.Should().Be("سمي");
        claim.Speaker.Mention.Text.Should().Be("موسكو");
        claim.Content.Text.Should().Be("المعسكر المعادي");
    }

    [Theory]
    [InlineData("وقالت المنظمة إن الأحكام جائرة، مشيرة إلى ما سمته بمسرحية الانتخابات الأخيرة.", "المنظمة")]
    [InlineData("وقال الوزير إن بلاده لن تتفاوض مع من سماهم «لصوص الثورة» في العاصمة.", "الوزير")]
    public void Extract_EpithetInsideTheSpeakersContent_IsTheSpeakersClaim(string text, string speaker)
    {
        var doc = Extractor.Process(text, Anchor);
        doc.Claims.Should().Contain(c => c.CueLemma == "سمي" && c.Speaker.Mention.Text == speaker);
    }

    [Theory]
    [InlineData("ويشتكي السكان مما يسمونه (المعالجات الأمنية) منذ سنوات.")]
    [InlineData("وانتشرت عناصر ما يسمى «الحشد الشعبي» في المدينة.")]
    [InlineData("وقد توجه الشاب إلى ما سماه «الجهاد» قبل أشهر.")]
    [InlineData("وما سماه أحد كذلك من قبل.")]
    public void Extract_NoEpithetClaim(string text)
        => Extractor.Process(text, Anchor).Claims.Should().NotContain(c => c.CueLemma == "سمي");

    [Fact]
    public void Extract_SumuwwuhuIsHisHighness_StillTheSpeaker()
        => Single("وأكد سموه أن التعاون مستمر.").Speaker.Mention.Text.Should().Be("سموه");

    // عادًّا (considering, the participle of عدّ) after a comma continues the speaker, with a complementizer or with its
    // two objects; عادا without the comma is "the two returned".
    [Theory]
    [InlineData("وقال الوزير إن الأزمة مستمرة، عاداً استمرار المعاناة نتيجة للتدخل الخارجي.", "استمرار المعاناة")]
    [InlineData("وقال الوزير إن الأزمة مستمرة، عادا أن الحل السياسي هو الأفضل.", "الحل السياسي")]
    public void Extract_AaddanAfterAComma_ContinuesTheSpeaker(string text, string contentStart)
    {
        var doc = Extractor.Process(text, Anchor);
        doc.Claims.Should().HaveCount(2);
        doc.Claims[1].CueLemma.Should().Be("عد");
        doc.Claims[1].Speaker.Mention.Text.Should().Be("الوزير");
        doc.Claims[1].Content.Text.Should().StartWith(contentStart);
    }

    [Fact]
    public void Extract_AadaReturnedDual_IsNoCue()
        => Extractor.Process("وبعد انتهاء الزيارة عادا إلى بلدهما.", Anchor).Claims.Should().BeEmpty();

    // وجاء في بيان … (a nominal attribution of the issue's scope): the document speaks; not a normative text, not جاء في
    // المرتبة (ranked).
    [Theory]
    [InlineData("وجاء في بيان للحكومة أن المحادثات كانت مثمرة.", "بيان للحكومة", "المحادثات كانت مثمرة")]
    [InlineData("وجاء أيضا في التقرير: «الوضع الإنساني يزداد سوءا».", "التقرير", "الوضع الإنساني يزداد سوءا")]
    [InlineData("وجاء في بيان أصدره الجيش، أمس، أن قواته استعادت القرية.", "بيان أصدره الجيش", "قواته استعادت القرية")]
    public void Extract_JaaFiBayan_IsTheDocumentsClaim(string text, string speaker, string content)
    {
        var claim = Single(text);
        claim.CueLemma.Should().Be("جاء");
        claim.CueKind.Should().Be(ClaimCueKind.Attribution);
        claim.Speaker.Mention.Text.Should().Be(speaker);
        claim.Content.Text.Should().Be(content);
    }

    [Theory]
    [InlineData("وجاء في قرار المجلس أن الاتفاق نافذ.")]
    [InlineData("وجاء في المرتبة الثانية فريق الهلال.")]
    public void Extract_JaaFiWithoutAReportingDocument_IsNoClaim(string text)
        => Extractor.Process(text, Anchor).Claims.Should().BeEmpty();

    // …، على حد تعبير X (a post-posed attribution of the issue's scope): X speaks the clause before it; after another
    // claim of the sentence it is that claim's tag and ends its content.
    [Theory]
    [InlineData("والوضع في المدينة مستقر تماما، على حد تعبير الوزير.", "الوزير")]
    [InlineData("والوضع الأمني مستقر، على حد قول مصدر أمني.", "مصدر أمني")]
    public void Extract_AlaHaddiTabir_IsTheNamedPartysClaim(string text, string speaker)
    {
        var claim = Single(text);
        claim.CueKind.Should().Be(ClaimCueKind.Attribution);
        claim.Speaker.Mention.Text.Should().Be(speaker);
        claim.Content.Text.Should().Contain("مستقر");
    }

    [Fact]
    public void Extract_AlaHaddiQawlihiAfterTheSpeakersClaim_IsItsTag()
    {
        var claim = Single("وقال الوزير إن الوضع صعب، على حد قوله.");
        claim.CueLemma.Should().Be("قال");
        claim.Content.Text.Should().Be("الوضع صعب");
    }

    [Fact]
    public void Extract_AlaHaddiQawlihiInALaterSentence_IsTheLastSpeakers()
    {
        var doc = Extractor.Process("وقال الوزير إن الوضع صعب. والحكومة عاجزة، على حد قوله.", Anchor);
        doc.Claims.Should().HaveCount(2);
        doc.Claims[1].Speaker.Mention.Text.Should().Be("الوزير");
        doc.Claims[1].Content.Text.Should().Be("والحكومة عاجزة");
    }

    // More stances voiced with أبدى (تطلع، حرص، فخر، امتعاض …); a coordinated عبّر عن ends the content before it.
    [Theory]
    [InlineData("وأبدى الوزير حرصه على استمرار التعاون بين البلدين.")]
    [InlineData("وأبدت الرابطة امتعاضها من تأخر صرف المستحقات.")]
    [InlineData("وأبدى المسؤول تطلعه في أن تسفر المحادثات عن اتفاق.")]
    public void Extract_AbdaWithAStance_IsAClaim(string text)
        => Single(text).CueLemma.Should().Be("ابدي");

    [Fact]
    public void Extract_CoordinatedAbbaraAn_EndsTheContentBeforeIt()
    {
        var doc = Extractor.Process("وأبدى عدد من الأهالي ارتياحهم للإجراءات الجديدة وعبروا عن امتنانهم لرجال الإطفاء.", Anchor);
        doc.Claims.Should().HaveCount(2);
        doc.Claims[0].Content.Text.Should().NotContain("وعبروا");
        doc.Claims[1].CueLemma.Should().Be("عبر");
        doc.Claims[1].Speaker.Mention.Text.Should().Be(doc.Claims[0].Speaker.Mention.Text);
    }

    // رصد with a report or a monitoring body records figures or facts (D-341, D-401); an actor's رصد is "detected".
    [Theory]
    [InlineData("ورصد التقرير 120 حالة انتهاك خلال الشهر الماضي.", "التقرير")]
    [InlineData("ورصدت اللجنة مقتل عشرين مدنيا في القصف.", "اللجنة")]
    public void Extract_RasadaByAReport_IsAClaim(string text, string speaker)
    {
        var claim = Single(text);
        claim.CueLemma.Should().Be("رصد");
        claim.Speaker.Mention.Text.Should().Be(speaker);
    }

    [Theory]
    [InlineData("ورصدت القوات تحركات مشبوهة قرب الحدود.")]
    [InlineData("وقال المتحدث إن حرس الحدود، يرصد أي تحرك مشبوه على الشريط الحدودي.")]
    public void Extract_RasadaByAnActor_IsNoClaim(string text)
        => Extractor.Process(text, Anchor).Claims.Should().NotContain(c => c.CueLemma == "رصد");

    [Fact]
    public void Extract_IstadhkaraWithAComplementizer_IsAClaim()
        => Single("واستذكر الوزير أن البلدين وقعا اتفاقا مماثلا قبل عشر سنوات.").CueLemma.Should().Be("استذكر");

    // Review of the later rules: عادا (the two returned) after a comma, the masdar رصد and an allocation, على حد سواء, a
    // coordinated عبّروا inside a reported clause, temporal أن and a nominal ما جاء, a quotation before على حد, سمّى as
    // "nominated", a present verb after a relative ما, a pronoun that agrees with no recent speaker.
    [Theory]
    [InlineData("وبعد انتهاء الاجتماع، عادا أدراجهما إلى الفندق.")]
    [InlineData("وتعمل المنظمة على رصد اللجنة التي تشرف على الانتخابات.")]
    [InlineData("ورصدت الهيئة 200 مليون دولار لدعم المشاريع الصغيرة.")]
    [InlineData("وجاء في بيان الحكومة الذي صدر بعد أن اجتمع المجلس تأكيد على الخطة.")]
    [InlineData("وأعلن البرلمان منح الثقة للمرشح الذي سماه الرئيس لرئاسة الحكومة.")]
    [InlineData("وقالت الوزيرة إن المفاوضات متعثرة. وأضاف المحلل أن الوضع هش. والحل بعيد، على حد قولها.")]
    public void Extract_ReviewedNonClaims_AreNotRead(string text)
        => Extractor.Process(text, Anchor).Claims.Select(c => c.CueLemma).Should().NotContain(["عد", "رصد", "جاء", "سمي", "علي حد"]);

    [Fact]
    public void Extract_AlaHaddiSawaa_DoesNotEndTheContent()
        => Single("وقال الوزير إن القرار يضر بالمواطنين والتجار، على حد سواء، ويجب مراجعته.").Content.Text.Should().EndWith("ويجب مراجعته");

    [Fact]
    public void Extract_CoordinatedAbbaraInsideAReportedClause_StaysThere()
        => Extractor.Process("وقال الوزير إن المشاركين أعربوا عن سعادتهم وعبروا عن امتنانهم للحكومة.", Anchor).Claims
            .Should().NotContain(c => c.CueLemma == "عبر" && c.Speaker.Mention.Text == "الوزير");

    [Fact]
    public void Extract_MaJaaFiAsANoun_IsNoDocumentClaim()
        => Extractor.Process("وأكد المصدر أن ما جاء في التقرير من أن الوزير استقال عار عن الصحة.", Anchor).Claims
            .Should().NotContain(c => c.CueLemma == "جاء");

    [Fact]
    public void Extract_QuotationBeforeAlaHadd_HasNoMarksInItsContent()
        => Single("«الوضع خطير للغاية»، على حد تعبير الوزير.").Content.Text.Should().Be("الوضع خطير للغاية");

    [Fact]
    public void Extract_PresentEpithetAfterAVerbAndMa_IsAClaim()
        => Extractor.Process("وانتقد الحزب بشدة ما تسميه الحكومة «الإصلاحات الضرورية».", Anchor).Claims
            .Should().Contain(c => c.CueLemma == "سمي" && c.Speaker.Mention.Text == "الحكومة");

    // One line of 320,000 characters without a full stop: each cue used to read to the sentence's end, look for its
    // quotation's close to the line's end and search the whole document for its role's person, so the cost grew with the
    // square of the length (93 s for the quotation case before; about 4 s now on the project machine).
    [Theory]
    [InlineData("قال السفير «")]
    [InlineData("قال الوزير إن ")]
    [InlineData("أعلن الرئيس بوتين أن ")]
    public void Extract_OneHugeSentenceOfCueWords_FinishesInLinearTimeWithValidSpans(string unit)
    {
        var sb = new System.Text.StringBuilder();
        while (sb.Length < 320_000) sb.Append(unit);
        string text = sb.ToString();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var claims = Extractor.Process(text, Anchor).Claims;
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(30));
        claims.Should().NotBeEmpty();
        foreach (var c in claims)
        {
            text.Substring(c.Content.Span.Start, c.Content.Span.Length).Should().Be(c.Content.Text);
            c.Content.Span.Length.Should().BeLessThan(ClaimExtractor.MaxReach * 12); // a window of the sentence, not all of it
        }
    }

    // Long documents of many short lines: the claim stage compared every headline claim of a place with every claim, and
    // scanned the whole document for each new pair of role words (8,000 headline groups: 39 s; 16,000 lines of
    // وقال وزير + a different word: 75 s). Each now asks once per place and looks roles up in an index (0.2 s each).
    [Fact]
    public void Extract_LongDocumentsOfHeadlinesAndRoles_ClaimStageStaysLinear()
    {
        var rng = new Random(5);
        string Word() => new([.. Enumerable.Range(0, rng.Next(3, 7)).Select(_ => (char)('ب' + rng.Next(0, 20)))]);
        string headlines = string.Concat(Enumerable.Range(0, 8000).Select(i => $"اليمن: الاتفاق رقم {i} قريب\nوقال الوزير إن الاتفاق رقم {i} قريب.\n"));
        string roles = string.Concat(Enumerable.Range(0, 16000).Select(i => $"وقال وزير {Word()} إن الاتفاق رقم {i} قريب.\n"));
        foreach (string text in new[] { headlines, roles })
        {
            var doc = Extractor.Process(text, Anchor);
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var claims = ClaimExtractor.Extract(doc);
            watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10));
            claims.Length.Should().BeGreaterThan(7000);
        }
    }

    /// <summary>1,500 texts of up to 40 random <paramref name="words"/>: extraction never throws and every cue, content
    /// and speaker span equals the input at its span.</summary>
    private static void RandomTextsKeepEverySpan(int seed, string[] words)
    {
        var rng = new Random(seed);
        for (int i = 0; i < 1500; i++)
        {
            string text = string.Join(' ', Enumerable.Range(0, rng.Next(1, 40)).Select(_ => words[rng.Next(words.Length)]));
            foreach (var c in Extractor.Process(text, Anchor).Claims)
            {
                text.Substring(c.Cue.Span.Start, c.Cue.Span.Length).Should().Be(c.Cue.Text);
                text.Substring(c.Content.Span.Start, c.Content.Span.Length).Should().Be(c.Content.Text);
                text.Substring(c.Speaker.Mention.Span.Start, c.Speaker.Mention.Span.Length).Should().Be(c.Speaker.Mention.Text);
            }
        }
    }
}
