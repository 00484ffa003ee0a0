using Extraction.Arabic.Text;

namespace Extraction.Arabic.Claims;

/// <summary>How a claim is introduced.</summary>
public enum ClaimCueKind
{
    /// <summary>A reporting verb in any person, number or tense (<c>قال</c>, <c>تقول</c>, <c>نفت</c>).</summary>
    Verb,
    /// <summary>A participial continuation (<c>مؤكدا</c>, <c>مضيفا</c>, <c>قائلا</c>): same speaker as the clause it continues.</summary>
    Participle,
    /// <summary>A nominal attribution (<c>بحسب</c>, <c>وفقا لـ</c>, <c>نقلا عن</c>, <c>على حد قوله</c>, <c>وجاء في بيان</c>).</summary>
    Attribution,
    /// <summary>A headline or line of the form <c>Name: statement</c>.</summary>
    Headline,
}

/// <summary>A reporting cue: its lemma, kind and polarity.</summary>
/// <param name="Lemma">The cue's dictionary form, normalized (<c>قال</c>, <c>نفي</c>, <c>بحسب</c>).</param>
/// <param name="Kind">How the cue introduces its claim.</param>
/// <param name="Denial">Whether the cue denies (<c>نفى</c>, <c>أنكر</c>, <c>نافيا</c>).</param>
/// <param name="NeedsObject">A word that must follow (<c>أعرب عن</c>, <c>دعا إلى</c>), or null.</param>
/// <param name="Plural">A dual or plural verb form (<c>قالوا</c>, <c>أكدا</c>, <c>يقولون</c>): its subject, if any, precedes it.</param>
/// <param name="FirstPerson">A first-person form (<c>نطالب</c>, <c>أعتقد</c>): the voice of whoever is writing or speaking
/// (the paper, a columnist, a quoted speaker), never a report of someone else's words.</param>
/// <param name="Present">A present-tense form of a regular verb (<c>يقول</c>, <c>تحذر</c>, <c>يعتبرون</c>).</param>
internal readonly record struct CueEntry(string Lemma, ClaimCueKind Kind, bool Denial, string? NeedsObject, bool Plural = false, bool FirstPerson = false, bool Present = false);

/// <summary>The reporting cues, every inflected form listed by normalized spelling (<see cref="ArabicNormalizer.Default"/>,
/// ة also folded to ه).</summary>
/// <remarks>
/// Forms are generated from each verb's past and present stems: past 3rd person (singular, dual, plural, feminine),
/// present 3rd and 1st person (يـ، تـ، نـ، أ) with dual and plural endings; defective verbs (نفى، رأى، ادعى، دعا) list
/// their forms whole. Participles take the four endings ـا، ـة، ـين، ـان. A leading و or ف (and كما before the verb)
/// is stripped by the extractor, not listed here.
/// </remarks>
internal static class CueLexicon
{
    private static readonly Dictionary<string, CueEntry> s_forms = Build();

    /// <summary>The prepositions that open a cue's prepositional complement, by lemma (folded; "ب" is the glued ب).</summary>
    private static readonly Dictionary<string, string[]> s_complements = BuildComplements();

    /// <summary>Verbs whose direct object may stand between them and the preposition (طالب الحكومة بـ، دعا الدول إلى).</summary>
    private static readonly HashSet<string> s_objectFirst = new(StringComparer.Ordinal) { "طالب", "اتهم", "دعا", "حذر", "هدد", "وصف", "عزا", "ارجع", "تناقل", "برر", "حث", "ابلغ", "نسب", "وعد", "توعد" };

    /// <summary>The folding the forms are keyed by: <see cref="NormalizationOptions.Aggressive"/> over a token's
    /// normalized text (ة also to ه). Words are looked up in this form.</summary>
    public static readonly ArabicNormalizer Folding = new(NormalizationOptions.Aggressive);

    /// <summary>Looks up a word already folded with <see cref="Folding"/>.</summary>
    public static bool TryGet(string folded, out CueEntry entry) => s_forms.TryGetValue(folded, out entry);

    /// <summary>Looks up a token's normalized text (folds it first).</summary>
    public static bool TryGetNormalized(string normalized, out CueEntry entry) => TryGet(Folding.NormalizeToString(normalized), out entry);

    /// <summary>The prepositions (folded, <c>ب</c> glued) that introduce the content of a cue without a complementizer:
    /// أشار إلى X، حذر من X، شدد على X، طالب بـX; empty when the cue takes none.</summary>
    public static ReadOnlySpan<string> ComplementPrepositions(string lemma) => s_complements.TryGetValue(lemma, out var p) ? p : [];

    /// <summary>Whether a direct object may precede the cue's preposition (طالب الجيش بالجهوزية).</summary>
    public static bool ObjectBeforePreposition(string lemma) => s_objectFirst.Contains(lemma);

    private static Dictionary<string, string[]> BuildComplements()
    {
        var d = new Dictionary<string, string[]>(StringComparer.Ordinal);
        void Add(string lemma, params string[] prepositions) => d[ArabicNormalizer.Default.NormalizeToString(lemma)] = prepositions;
        Add("أشار", "الي");
        Add("لفت", "الي");
        Add("ألمح", "الي");
        Add("دعا", "الي", "ل"); // دعا إلى X، دعا X لـY (the glued لـ of purpose)
        Add("نوه", "الي", "ب");
        Add("حذر", "من");
        Add("شدد", "علي");
        Add("أكد", "علي");
        Add("أصر", "علي");
        Add("أعرب", "عن");
        Add("تحدث", "عن");
        Add("عبر", "عن");
        Add("كشف", "عن");
        Add("طالب", "ب", "ل");
        Add("تعهد", "ب");
        Add("هدد", "ب");
        Add("لوح", "ب");
        Add("توعد", "ب");
        Add("نبه", "الي");
        Add("حث", "علي");
        Add("وصف", "ب");
        Add("شكا", "من");
        Add("اشتكى", "من");
        Add("اتهم", "ب");
        Add("عزا", "الي");
        Add("أرجع", "الي");
        Add("نسب", "الي");
        Add("تناقل", "عن");
        Add("برر", "ب", "الي");
        Add("أقر", "ب");
        Add("اعترف", "ب");
        Add("أفاد", "ب"); // أفادت مصادر بارتفاع الحصيلة …
        Add("أبلغ", "ب"); // أبلغ الوزير الأمم المتحدة بضرورة … (its addressee first)
        Add("أجمع", "علي");
        Add("وعد", "ب"); // وعد بالقضاء على …، وعدت الأهالي بتعويضات (its addressee first)
        Add("أوصى", "ب"); // أوصى التقرير بضرورة …
        Add("نصح", "ب");
        return d;
    }

    private static Dictionary<string, CueEntry> Build()
    {
        var d = new Dictionary<string, CueEntry>(StringComparer.Ordinal);

        // The first reading of a form wins, except that attributions win over verb forms (نقلا is نقلا عن, not "they two conveyed").
        void Put(string form, CueEntry e)
        {
            string n = ArabicNormalizer.Default.NormalizeToString(form);
            foreach (string key in n.EndsWith('\u0629') ? new[] { n, n[..^1] + "\u0647" } : new[] { n })
            {
                if (e.Kind == ClaimCueKind.Attribution) d[key] = e;
                else d.TryAdd(key, e);
            }
        }

        // Regular verbs: lemma, past stem, present stem (after the person prefix), denial, required next word.
        void Verb(string lemma, string past, string present, bool denial = false, string? needs = null)
        {
            var e = new CueEntry(ArabicNormalizer.Default.NormalizeToString(lemma), ClaimCueKind.Verb, denial, needs);
            var plural = e with { Plural = true };
            foreach (string suffix in new[] { "", "ت" }) Put(past + suffix, e);
            foreach (string suffix in new[] { "ا", "تا", "وا" }) Put(past + suffix, plural);
            foreach (string prefix in new[] { "ي", "ت", "ن", "أ" })
            {
                Put(prefix + present, prefix is "ن" or "أ" ? e with { FirstPerson = true, Present = true } : e with { Present = true });
                if (prefix is "ي" or "ت")
                {
                    foreach (string suffix in new[] { "ون", "ان" }) Put(prefix + present + suffix, plural with { Present = true });
                }
            }
        }

        // Whole forms of defective or partial verbs; after "|" the dual and plural forms.
        void Forms(string lemma, bool denial, string forms, string? needs = null)
        {
            var e = new CueEntry(ArabicNormalizer.Default.NormalizeToString(lemma), ClaimCueKind.Verb, denial, needs);
            string[] parts = forms.Split('|');
            foreach (string f in parts[0].Split(' ', StringSplitOptions.RemoveEmptyEntries)) Put(f, e);
            if (parts.Length > 1)
            {
                foreach (string f in parts[1].Split(' ', StringSplitOptions.RemoveEmptyEntries)) Put(f, e with { Plural = true });
            }
        }

        Verb("قال", "قال", "قول");
        Verb("أكد", "أكد", "ؤكد");
        Verb("أوضح", "أوضح", "وضح");
        Verb("أشار", "أشار", "شير");
        Verb("أضاف", "أضاف", "ضيف");
        Verb("ذكر", "ذكر", "ذكر");
        Verb("صرح", "صرح", "صرح");
        Verb("أعلن", "أعلن", "علن");
        Verb("شدد", "شدد", "شدد");
        Verb("لفت", "لفت", "لفت");
        Verb("كشف", "كشف", "كشف");
        Verb("اعتبر", "اعتبر", "عتبر");
        Verb("وصف", "وصف", "صف");
        Verb("أفاد", "أفاد", "فيد");
        Verb("زعم", "زعم", "زعم");
        Verb("أقر", "أقر", "قر");
        Verb("اعترف", "اعترف", "عترف");
        Verb("ختم", "ختم", "ختم");
        Verb("تابع", "تابع", "تابع");
        Verb("أعرب", "أعرب", "عرب", needs: "عن");
        Verb("حذر", "حذر", "حذر");
        Verb("توقع", "توقع", "توقع");
        Verb("تعهد", "تعهد", "تعهد");
        Verb("توعد", "توعد", "توعد");
        Verb("اعتقد", "اعتقد", "عتقد"); // يُعتقد أن is the impersonal passive (checked by the extractor)
        Verb("أردف", "أردف", "ردف");
        Verb("استطرد", "استطرد", "ستطرد");
        Verb("استرسل", "استرسل", "سترسل"); // went on (speaking), like استطرد
        Verb("تساءل", "تساءل", "تساءل");
        Verb("نبه", "نبه", "نبه");
        Forms("حث", false, "حث حثت يحث تحث | حثوا يحثون", needs: "علي");
        Forms("أبدى", false, "أبدى أبدت يبدي تبدي | أبديا أبدوا يبدون"); // أبدى استعداده، أبدت موقفا: the stance is the content
        Verb("ناشد", "ناشد", "ناشد");
        Verb("استبعد", "استبعد", "ستبعد"); // also negated: لم يستبعد أن … (checked by the extractor)
        Forms("كتب", false, "كتب كتبت يكتب تكتب | كتبا كتبوا يكتبون"); // wrote; also "books": only before أن (checked by the extractor); not أكتب (also "write!")
        // رجّح (considered likely): past forms only — يُرجَّح is mostly the impersonal passive.
        Forms("رجح", false, "رجح رجحت | رجحا رجحوا");
        // عزا / أرجع X إلى Y (attributed X to the cause Y): reasons stated by the speaker; past أرجع only (يرجع is "goes back").
        Forms("عزا", false, "عزا عزت يعزو تعزو | عزوا يعزون");
        Forms("أرجع", false, "أرجع أرجعت | أرجعا أرجعوا");
        // نسب X إلى Y (attributed X to Y): not the bare past نسب (also "lineage") nor forms with a pronoun (نسبته is also
        // "its rate"); its content is the object with the إلى phrase (يُنسب إلى, the passive, is checked by the extractor).
        Forms("نسب", false, "نسبت ينسب تنسب | نسبوا ينسبون");
        Forms("برر", false, "برر بررت يبرر تبرر | بررا برروا يبررون"); // برّر X بـY (justified X by Y)
        // أجاب (answered): a claim only with its content marker (أجاب الوزير: «…»، أجاب بأن …; checked by the extractor).
        Forms("أجاب", false, "أجاب أجابت يجيب تجيب | أجابوا يجيبون");
        // تناقلت وسائل الإعلام أنباء عن …، تناقلت الوكالات عن …: media relaying a report.
        Forms("تناقل", false, "تناقلت يتناقل تتناقل | تناقلوا تناقلا يتناقلون تتناقلان");
        // أحصى (counted, of casualties or incidents) and قدّر (estimated, with a figure; checked by the extractor).
        Forms("أحصى", false, "أحصى أحصت يحصي تحصي | أحصوا");
        Forms("قدر", false, "قدر قدرت يقدر تقدر | قدروا يقدرون");
        // حمّل X مسؤولية Y (held X responsible for Y): past forms, only before مسؤولية (checked by the extractor).
        Forms("حمل", false, "حمل حملت | حملوا");
        // بيّن (explained): unvocalized بين is also "between" — only before a complementizer, and the bare form only
        // with a conjunction opening its clause or written with its shadda (checked by the extractor); not تبين ("it
        // became clear", impersonal).
        Forms("بين", false, "بين بينت يبين | بينوا");
        // شرح (explained): a claim only with its content marker (وشرح الوزير: «…»، شرح أن …); the bare noun شرح
        // (explanation) and شرح with an object (شرح الخطة) report no statement (checked by the extractor).
        Forms("شرح", false, "شرح شرحت يشرح تشرح | شرحوا يشرحون");
        // زاد (added, "went further"): past masculine only, and only with its content marker close after it (وزاد أن …،
        // وزاد الوزير: «…»; checked by the extractor) — otherwise "increased" (وزاد الإنتاج، وزادت الأسعار).
        Forms("زاد", false, "زاد");
        Forms("شكا", false, "شكا شكت يشكو تشكو | شكوا يشكون");
        Forms("اشتكى", false, "اشتكى اشتكت يشتكي تشتكي | اشتكوا يشتكون");
        // وصف with an object pronoun (ووصفته بـ«…»، الذين وصفهم بالمحتلين): the described is the object, not the speaker.
        Forms("وصف", false, "وصفه وصفها وصفهم وصفته وصفتها وصفتهم يصفه يصفها يصفهم تصفه تصفها تصفهم | وصفوه وصفوها وصفوهم");
        // اعتبر with an object pronoun (مسألة اعتبرها الوزير «…»، التي يعتبرها المراقبون خطأ): the considered is the
        // antecedent, the predicate follows the subject.
        Forms("اعتبر", false, "اعتبره اعتبرها اعتبرهم اعتبرته اعتبرتها اعتبرتهم يعتبره يعتبرها يعتبرهم تعتبره تعتبرها تعتبرهم | اعتبروه اعتبروها اعتبروهم يعتبرونه يعتبرونها يعتبرونهم");
        Forms("أبلغ", false, "أبلغ أبلغت يبلغ تبلغ | أبلغا أبلغوا يبلغون يبلغان"); // يبلغ/تبلغ also "amounts to": only before أن (checked by the extractor)
        Verb("نقل", "نقل", "نقل", needs: "عن");
        // تحدث عن X: a claim only when X reports a state of affairs (تحدثت المصادر عن اشتباكات …), not a topic
        // (تحدث عن العلاقات; checked by the extractor).
        Verb("تحدث", "تحدث", "تحدث", needs: "عن");
        // بيّن is not listed: unvocalized it is بين "between".
        Verb("نوه", "نوه", "نوه");
        Verb("أفصح", "أفصح", "فصح");
        Verb("ألمح", "ألمح", "لمح", needs: "الي");
        Forms("أبان", false, "أبان أبانت | أبانوا"); // not يبين/أبين: أبين is also a place name
        Verb("طالب", "طالب", "طالب");
        Verb("عبر", "عبر", "عبر", needs: "عن"); // unvocalized عبر is also "across": only with عن
        Verb("أصر", "أصر", "صر", needs: "علي");
        Verb("هدد", "هدد", "هدد");
        // لوّح بـ (threatened with, D-1 like هدد): only with its بـ complement (لوّح بيده, waved, names no threat; checked
        // by the extractor as for the other prepositional cues).
        Forms("لوح", false, "لوح لوحت يلوح تلوح | لوحوا لوحا يلوحون");
        Verb("اتهم", "اتهم", "تهم");
        // With an object pronoun (واتهموها بتعذيب …، اتهمه بالتقصير): the accused is the antecedent, the subject is not after.
        Forms("اتهم", false, "اتهمه اتهمها اتهمهم اتهمته اتهمتها اتهمتهم يتهمه يتهمها يتهمهم تتهمه تتهمها تتهمهم | اتهموه اتهموها اتهموهم يتهمونه يتهمونها يتهمونهم");
        Verb("رفض", "رفض", "رفض", denial: true); // a denial only before الاتهامات، المزاعم … (checked by the extractor)
        Verb("أنكر", "أنكر", "نكر", denial: true);
        Verb("كذب", "كذب", "كذب", denial: true);
        Verb("دحض", "دحض", "دحض", denial: true);
        Verb("فند", "فند", "فند", denial: true); // فنّد (refuted): a denial only of claims, like رفض (checked by the extractor)
        // (ينف، تنف: the jussive after لم — never a claim, but its subject speaks next: ولم ينف الوزير الخبر، وقال …)
        Forms("نفى", true, "نفى نفت ينفي تنفي ننفي أنفي ينف تنف | نفيا نفتا نفوا ينفون ينفيان تنفيان");
        // With an object pronoun (…، وهو ما تنفيه أنقرة، وهو ما أكده الوزير): the denied or confirmed is the antecedent
        // clause, the subject follows.
        Forms("نفى", true, "نفاه نفاها نفته نفتها ينفيه ينفيها تنفيه تنفيها | نفوه نفوها ينفونه ينفونها");
        Forms("أكد", false, "أكده أكدها أكدته أكدتها يؤكده يؤكدها تؤكده تؤكدها | أكدوه أكدوها يؤكدونه يؤكدونها");
        // عدّ (considered; عدّ أن، عدّ X Y): only written with its shadda (checked by the extractor) — bare عد is also
        // "counted", وعد "promised".
        Forms("عد", false, "عد عدت يعد تعد | عدوا يعدون");
        Forms("رأى", false, "رأى رأت يرى ترى نرى أرى | رأيا رأوا يرون يريان");
        Forms("ادعى", false, "ادعى ادعت يدعي تدعي ندعي | ادعيا ادعوا يدعيان");
        Forms("دعا", false, "دعا دعت يدعو تدعو ندعو أدعو | دعوا يدعون يدعوان", needs: "الي");
        // تمنى أن (wished that: a hope voiced, like أعرب عن أمله) and لاحظ أن (noted that): only before a complementizer
        // (checked by the extractor).
        Forms("تمنى", false, "تمنى تمنت يتمنى تتمنى | تمنيا تمنوا يتمنون");
        Verb("لاحظ", "لاحظ", "لاحظ");
        // تبنّى (claimed) an attack or a killing: a claim of responsibility (only with such an act as object; otherwise it
        // is "adopted": تبنى المجلس قرارا — checked by the extractor).
        Forms("تبنى", false, "تبنى تبنت يتبنى تتبنى | تبنيا تبنوا يتبنون");
        // With an object pronoun (وتبناه التنظيم، تبناهما): the act is named before the verb (checked by the extractor).
        Forms("تبنى", false, "تبناه تبناها تبناهما تبنته تبنتها تبنتهما | تبنوه تبنوها");
        // أظهر (showed): past forms of an information product before أن (أظهر مسح أن …; checked by the extractor).
        Forms("أظهر", false, "أظهر أظهرت | أظهرتا");
        // More verbs of saying from the grammar of reported speech (أفعال القول), each a claim only with a content marker —
        // a complementizer, a colon or quotation, or بالقول — close after it (checked by the extractor: MarkedOnly):
        // اقترح أن (proposed), روى/حكى (narrated), أوصى بأن (recommended), أخبر (told), طمأن (reassured), نصح (advised),
        // اشترط أن (stipulated), أقسم أن (swore), جزم بأن (asserted firmly), استنتج أن (concluded), غرّد (tweeted), أوحى
        // بأن (insinuated). Not their readings without content: اقترح مشروعا، يقسم (divides). (ردّ, replied, and علّق,
        // commented, are left out: ورد "was reported", the noun رد "a response" and علّق "suspended" fold alike and
        // outnumber them, and a failed cue at a sentence's start hides its subject from the verbs coordinated after it.)
        Verb("اقترح", "اقترح", "قترح");
        Forms("روى", false, "روى روت يروي تروي | رووا يروون");
        Forms("حكى", false, "حكى حكت يحكي تحكي | حكوا يحكون");
        Forms("أوصى", false, "أوصى أوصت يوصي توصي | أوصوا يوصون");
        Verb("أخبر", "أخبر", "خبر");
        Forms("طمأن", false, "طمأن طمأنت يطمئن تطمئن | طمأنوا");
        Verb("نصح", "نصح", "نصح");
        Verb("اشترط", "اشترط", "شترط");
        Forms("أقسم", false, "أقسم أقسمت يقسم | أقسموا");
        Verb("جزم", "جزم", "جزم");
        Verb("استنتج", "استنتج", "ستنتج");
        Verb("استذكر", "استذكر", "ستذكر"); // recalled (استذكر أن …، استذكر قائلا: «…»)
        Verb("استدرك", "استدرك", "ستدرك"); // added a reservation (إلا أنه استدرك قائلا: «…»، استدرك بأن …)
        // فسّر (explained): a claim only with its content marker (فسّر الوزير ذلك بأن …، وفسر في تصريح: «…»).
        Forms("فسر", false, "فسر فسرت يفسر تفسر | فسروا يفسرون");
        // خلص إلى أن (concluded that), of a study or an inquiry: only with إلى and a complementizer.
        Forms("خلص", false, "خلص خلصت | خلصوا", needs: "الي");
        Forms("غرد", false, "غرد غردت | غردوا");
        Forms("أوحى", false, "أوحى أوحت | أوحوا");
        // لمّح إلى (hinted at; form II of ألمح, the same claim): only with إلى — bare لمح is also "glimpsed".
        Forms("ألمح", false, "لمح لمحت يلمح تلمح | لمحوا يلمحون", needs: "الي");
        // أجمع على أن (concurred that): a shared assessment, only with على and a complementizer (checked by the extractor;
        // يجمع is also "collects", أجمع على + a noun "agreed on").
        Forms("أجمع", false, "أجمع أجمعت | أجمعوا أجمعا يجمعون", needs: "علي");
        // وعد بـ / بأن (promised): past forms only (يعد/تعد is also عدّ, "considers"), and only before بـ or a complementizer
        // (checked by the extractor; وعد is also the noun "a promise").
        Forms("وعد", false, "وعد وعدت | وعدوا");
        // أبرز أن (highlighted that) and أورد أن (reported that): past forms only before a complementizer (checked by the
        // extractor; أبرز is also the elative "most prominent", يبرز "stands out", يورد "supplies").
        Forms("أبرز", false, "أبرز أبرزت | أبرزوا");
        Forms("أورد", false, "أورد أوردت | أوردوا");

        // Participial continuations: the speaker is the subject of the clause they continue.
        void Participle(string lemma, string stem, bool denial = false, string? needs = null)
        {
            var e = new CueEntry(ArabicNormalizer.Default.NormalizeToString(lemma), ClaimCueKind.Participle, denial, needs);
            foreach (string suffix in new[] { "ا", "ة", "ين", "ان" }) Put(stem + suffix, e);
            // (A defective stem drops its ي before the plural ending: مدعين، نافين، داعين، متمنين — not مدعيين.)
            if (stem.EndsWith('\u064A')) Put(stem[..^1] + "ين", e);
        }

        Participle("أكد", "مؤكد");
        Participle("أوضح", "موضح");
        Participle("أضاف", "مضيف");
        Participle("أشار", "مشير");
        Participle("لفت", "لافت");
        Participle("قال", "قائل");
        Participle("ادعى", "مدعي");
        Participle("اعتبر", "معتبر");
        Participle("حذر", "محذر");
        Participle("شدد", "مشدد");
        Participle("دعا", "داعي", needs: "الي");
        Participle("توقع", "متوقع");
        Participle("نفى", "نافي", denial: true);
        Participle("أعرب", "معرب", needs: "عن");
        Participle("وصف", "واصف");
        Participle("كشف", "كاشف");
        Participle("بين", "مبين");
        Participle("أردف", "مردف"); // مردفا: «…» (adding)
        Participle("استدرك", "مستدرك"); // مستدركا بالقول إن …، مستدركة أن … (adding a reservation)
        Participle("قدر", "مقدر"); // مقدرا عدد المقاتلين بألفين (estimating; the extractor wants a figure)
        Participle("نوه", "منوه");
        Participle("تابع", "متابع");
        Participle("ختم", "مختتم");
        Participle("زعم", "زاعم");
        Participle("طالب", "مطالب");
        Participle("ألمح", "ملمح");
        Participle("اتهم", "متهم");
        Participle("عبر", "معبر", needs: "عن");
        Participle("تعهد", "متعهد");
        Participle("توعد", "متوعد");
        Participle("اعتقد", "معتقد");
        Participle("تساءل", "متسائل");
        Participle("نبه", "منبه");
        Participle("أفاد", "مفيد");
        Participle("صرح", "مصرح");
        Participle("اعترف", "معترف");
        Participle("أبدى", "مبدي");
        Participle("رجح", "مرجح");
        Participle("ناشد", "مناشد");
        Participle("أعلن", "معلن");
        Participle("ذكر", "مذكر");
        Participle("تمنى", "متمني");
        // واعدا بـ… (promising), مبرزا أن … (highlighting), متحدثا عن X (speaking of a state of affairs X, as تحدث عن): the
        // accusative forms only — واعدة is also the adjective "promising", متحدثة "a spokeswoman" (checked by the extractor).
        Put("واعدا", new CueEntry("وعد", ClaimCueKind.Participle, false, null));
        Put("مبرزا", new CueEntry(ArabicNormalizer.Default.NormalizeToString("أبرز"), ClaimCueKind.Participle, false, null));
        Put("متحدثا", new CueEntry("تحدث", ClaimCueKind.Participle, false, "عن"));
        Put("داعيا", new CueEntry("دعا", ClaimCueKind.Participle, false, "الي"));
        // عادًّا (considering, of عدّ) after a comma: …، عادًّا أن …، عادًّا استمرار الأزمة نتيجة لـ… (checked by the extractor:
        // the accusative only, after a comma — عادا is also "the two returned").
        Put("عادا", new CueEntry(ArabicNormalizer.Default.NormalizeToString("عد"), ClaimCueKind.Participle, false, null));
        // محمّلا الحكومة المسؤولية (holding the government responsible): the accusative only — محمّلة is also "loaded".
        Put("محملا", new CueEntry("حمل", ClaimCueKind.Participle, false, null));

        // Nominal attributions.
        var attribution = (string lemma, string? needs) => new CueEntry(ArabicNormalizer.Default.NormalizeToString(lemma), ClaimCueKind.Attribution, false, needs);
        Put("بحسب", attribution("بحسب", null));
        Put("حسب", attribution("بحسب", null));
        Put("حسبما", attribution("حسبما", null));
        Put("وفقا", attribution("وفقا ل", null));
        Put("وفق", attribution("وفقا ل", null));
        Put("طبقا", attribution("وفقا ل", null));
        Put("نقلا", attribution("نقلا عن", "عن"));
        Put("بالقول", new CueEntry("قال", ClaimCueKind.Participle, false, null)); // … بالقول: «…»
        d.Remove("نصف"); // "half", far more often than "we describe"
        foreach (string form in new[] { "ننفي", "أنفي", "نرى", "أرى", "ندعي", "ندعو", "أدعو" })
        {
            string key = ArabicNormalizer.Default.NormalizeToString(form);
            if (d.TryGetValue(key, out var entry)) d[key] = entry with { FirstPerson = true };
        }
        return d;
    }
}
