using Xunit.Abstractions;

namespace Extraction.Arabic.Tests.Claims;

/// <summary>Claim precision/recall, speaker, date and polarity accuracy on the hand-annotated set. Rules are tuned on
/// the dev half only; the test half is reported as measured. The fresh split (12 articles annotated blind after the
/// rules were tuned) measures generalization and is excluded from dev and test. The dev2 split (14 articles annotated
/// blind after the second pass, measured before any rule saw them) is a second tuning split. The dev3 split (12 articles
/// annotated blind after the third pass) was measured blind with the rules on main; treat it as a tuning split from now
/// on, and test and fresh as the held-out ones. The dev4 split (12 articles annotated blind on main) is held out like
/// fresh: scores only. dev5 and dev6 (12 articles each, annotated blind after the sixth pass) were measured blind with
/// the rules on main; dev5 is a tuning split since, dev6 is held out like dev4. dev7 (12 articles annotated blind after
/// the ninth pass) and dev8 (12 articles annotated blind after the tenth pass) are tuning splits after their blind
/// measurement. dev9 (12 articles annotated blind in parallel with dev8) is held out like dev4 and dev6: scores only.
/// dev10 and dev11 (12 articles each, annotated blind after the eleventh pass) are tuning splits after their blind
/// measurement. dev12 and dev13 (12 articles each, annotated blind after the thirteenth pass) are held out: scores
/// only. In session 9 dev4 and dev9 (held out until then, scores only) became tuning splits, because rules drawn from
/// the other tuning splits had stopped reaching held-out articles; dev14 and dev15 were annotated blind to replace them
/// as held-out splits, and dev16 and dev17 after them, dev18 and dev19 at its end. dev20 … dev23 were annotated blind
/// in parallel in session 10 and are held out, as are dev24 … dev27, annotated blind in parallel in session 11, and dev28 and dev29 at its end. In session 11 dev12 … dev15 (the four oldest held-out splits after dev6,
/// chosen by age, not by score) became tuning splits, for the same reason as dev4 and dev9; in session 12 dev16 … dev19
/// followed them (again the four oldest held-out splits after dev6), in session 13 dev20 … dev23, in session 15 dev24 … dev27, and in session 16 dev28 … dev31.</summary>
public class ClaimsEvaluationTests(ITestOutputHelper output)
{
    [Fact]
    public void Dev_ScoresAndErrors()
    {
        var scores = ScoreTuningSplit("dev");
        // Floors a little below the measured values (2026-11-22, issue 6 second pass: P 100, R 96.9, speaker 100,
        // date 100; before it P 95.5, R 84.3, speaker 87.9, date 94.4).
        ShouldMeetFloors(scores, precision: 0.98, recall: 0.95, speaker: 0.97, date: 0.97);
    }

    [Fact]
    public void Dev2_ScoresAndErrors()
    {
        var scores = ScoreTuningSplit("dev2", articleCount: 14);
        // 14 articles annotated blind (commit 0c311f8) before the extractor was run on them; a tuning split since.
        // First (blind) measurement, claims3 rules (2026-11-22): P 89.1, R 75.0, speaker 93.3, date 96.7. Floors at the
        // values after tuning on dev + dev2 (issue 6 third pass), rounded down: P 99.1, R 92.5, speaker 98.2, date 100;
        // after the sixth pass (dev + dev2 + dev3): R 94.2; after the seventh (dev + dev2 + dev3 + dev5): R 96.7, speaker 98.3.
        ShouldMeetFloors(scores, precision: 0.99, recall: 0.96, speaker: 0.98, date: 1.00, polarity: 1.00);
    }

    [Fact]
    public void Dev3_ScoresAndErrors()
    {
        var scores = ScoreTuningSplit("dev3", articleCount: 12);
        // 12 articles annotated blind (commit 2f9149f) before the extractor was run on them. First (blind) measurement,
        // claims4 rules (2026-11-22): P 96.9, R 83.2, speaker 95.7, date 98.9, polarity 100. A tuning split since the
        // sixth pass (claims6): P 99.1, R 95.6, speaker 97.2, date 99.1; floors at these, rounded down. After the seventh
        // pass (claims7): P 99.1 (109/110), R 96.5 (109/113) — recall floor raised. After the tenth pass (claims10, tuned
        // on dev, dev2, dev3, dev5 and dev7): P 99.1 (110/111), R 97.3 (110/113), speaker 97.3 — recall floor raised.
        // After the fifteenth pass (a source's relative clause inside a content): P 99.1 (111/112), R 98.2 (111/113) — raised.
        ShouldMeetFloors(scores, precision: 0.99, recall: 0.98, speaker: 0.97, date: 0.99, polarity: 1.00);
    }

    [Fact]
    public void Test_ScoresAboveFloors()
    {
        var scores = ClaimsEvaluation.Score(ClaimsEvaluation.Load("test"), collectErrors: false);
        output.WriteLine("test: " + scores);
        // Floors at the measured values, rounded down (2026-11-22: P 95.7, R 80.4, speaker 90.0, date 95.6; after the
        // second pass on the dev half: P 95.7, R 80.4, speaker 96.7, date 94.4 — below this date floor, left as it was;
        // after the third pass on dev + dev2: P 95.8, R 82.1, speaker 97.8, date 95.7 — floors raised to these; after the
        // sixth pass on dev + dev2 + dev3: P 96.0, R 86.6, speaker 97.9, date 95.9 — recall floor raised; unchanged by the
        // seventh pass on dev + dev2 + dev3 + dev5).
        // The target is 90 on each: recall is below it.
        ShouldMeetFloors(scores, precision: 0.95, recall: 0.86, speaker: 0.97, date: 0.95, polarity: 0.99);
    }

    [Fact]
    public void Fresh_Scores()
    {
        var scores = ScoreHeldOutSplit("fresh", articleCount: 12);
        // Scores only, no errors listed (do not tune on this split). Floors at the first measurement, made after the
        // blind annotation and before any rule saw these articles (2026-11-22: P 91.5, R 75.0, speaker 93.3, date 96.0);
        // raised to the values after the third pass, tuned on dev + dev2 only (P 97.7, R 84.0, speaker 98.8, date 98.8);
        // after the sixth pass (dev + dev2 + dev3; one rule, دعا as "prompted", matches a false cue first seen in a fresh
        // article, so fresh is not fully independent of it): P 97.8, R 87.0, speaker 98.9, date 98.9; unchanged by the
        // seventh pass. After the tenth pass (claims10, tuned on dev, dev2, dev3, dev5 and dev7; fresh looked at as
        // aggregates only): P 97.8 (88/90), R 88.0 (88/100) — recall floor raised. Measured once after session 9's passes
        // 19-25 (6287ce2): P 98.9 (89/90), R 89.0 (89/100) — floors raised.
        ShouldMeetFloors(scores, precision: 0.98, recall: 0.89, speaker: 0.98, date: 0.98, polarity: 0.99);
    }

    [Fact]
    public void Dev4_ScoresAndErrors()
    {
        var scores = ScoreTuningSplit("dev4", articleCount: 12);
        // Held out (scores only) until session 9, a tuning split since: at the switch (23e3df6, 2026-11-23) P 88.9
        // (56/63), R 82.4 (56/68), speaker 85.7, date 100. 12 articles annotated blind (commit
        // d4ffc18) before the extractor was run on them. First (blind) measurement, main's rules (eecb40f, 2026-11-22):
        // P 88.5 (54/61), R 79.4 (54/68), speaker 83.3, date 100, polarity 100. The sixth pass (tuned on dev, dev2, dev3;
        // merged because test + fresh + dev4 pooled went from P 94.7 / R 82.1 to P 94.5 / R 85.4) scores P 87.3 (55/63),
        // R 80.9 (55/68), speaker 83.6, date 100 here: one claim more found, one false positive more. Floors at these.
        // Unchanged by the seventh pass (claims7). After session 9's passes 19-25 (tuned on it since): P 89.4 (59/66), R 86.8
        // (59/68), speaker 86.4 — floors raised, rounded down.
        ShouldMeetFloors(scores, precision: 0.89, recall: 0.86, speaker: 0.86, date: 1.00, polarity: 1.00);
    }

    [Fact]
    public void Dev5_ScoresAndErrors()
    {
        var scores = ScoreTuningSplit("dev5", articleCount: 12);
        // 12 articles annotated blind (commit d3b9aee) before the extractor was run on them. First (blind) measurement,
        // main's rules after the sixth pass (ef2f0b7, 2026-11-22): P 95.5 (84/88), R 93.3 (84/90), speaker 86.9, date
        // 97.6, polarity 100. A tuning split since (per-claim errors printed). After the seventh pass (claims7, tuned on
        // dev, dev2, dev3 and dev5): P 98.9 (89/90), R 98.9 (89/90), speaker 91.0, date 97.8; floors at these, rounded down.
        // After the ninth pass (claims9: addressees of a coordinated call, لكنه + cue): speaker 93.3, its floor raised.
        // After the tenth pass (claims10: حسبما علمت X من Y): speaker 94.4, its floor raised.
        ShouldMeetFloors(scores, precision: 0.98, recall: 0.98, speaker: 0.94, date: 0.97, polarity: 1.00);
    }

    [Fact]
    public void Dev6_Scores()
    {
        var scores = ScoreHeldOutSplit("dev6", articleCount: 12);
        // Scores only, no errors listed (held out like dev4: do not tune on it). 12 articles annotated blind with dev5
        // (commit d3b9aee) before the extractor was run on them. First (blind) measurement, main's rules after the sixth
        // pass (ef2f0b7, 2026-11-22): P 95.3 (101/106), R 91.0 (101/111), speaker 94.1, date 98.0, polarity 100; floors at
        // these, rounded down. After the seventh pass (claims7, tuned on dev, dev2, dev3 and dev5; dev6 looked at as
        // aggregates three times): P 95.4 (104/109), R 93.7 (104/111), speaker 96.2, date 98.1 — floors raised to these.
        ShouldMeetFloors(scores, precision: 0.95, recall: 0.93, speaker: 0.96, date: 0.98, polarity: 1.00);
    }

    [Fact]
    public void Dev7_ScoresAndErrors()
    {
        var scores = ScoreTuningSplit("dev7", articleCount: 12);
        // 12 articles annotated blind (branch claims10) before the extractor was run on them. First (blind) measurement,
        // main's rules after the ninth pass (78f0709, 2026-11-22): P 96.8 (92/95), R 91.1 (92/101), speaker 94.6, date
        // 94.6, polarity 100; floors at these, rounded down. A tuning split since (per-claim errors printed). After the
        // tenth pass (claims10): P 97.1 (100/103), R 99.0 (100/101), speaker 97.0, date 98.0 — floors raised to these.
        // After place headlines need the place speaking in the body (session 8): P 99.0 (100/101) — precision floor raised.
        ShouldMeetFloors(scores, precision: 0.99, recall: 0.99, speaker: 0.97, date: 0.98, polarity: 1.00);
    }

    [Fact]
    public void Dev8_ScoresAndErrors()
    {
        var scores = ScoreTuningSplit("dev8", articleCount: 12);
        // 12 articles annotated blind (branch ann8, commit 25738df) before the extractor was run on them. First (blind)
        // measurement, scores only, main's rules after the tenth pass (e018563, 2026-11-22): P 97.3 (109/112), R 86.5
        // (109/126), speaker 88.1 (96/109), date 97.2 (106/109), polarity 100 (109/109); floors at these, rounded down.
        // A tuning split since (per-claim errors printed). After the eleventh pass (تبنّى + a claimed act; ذلك as the
        // object before the source, attributing the sentence before; the subject of كان … قد shared by a coordinated
        // verb): P 97.4 (112/115), R 88.9 (112/126), speaker 92.9, date 97.3 — floors raised to these, rounded down.
        // After the twelfth pass (أما X فـ، سبق لـX أن، فيما + a source and a cue inside a content): P 97.4 (113/116), R 89.7 (113/126).
        // After the fourteenth pass (ألا, a date adjunct before the object): P 97.4 (114/117), R 90.5 (114/126), speaker 93.0 — floors raised.
        // After the fifteenth pass (لكنه + a cue inside a content): P 97.5 (115/118), R 91.3 (115/126) — recall floor raised.
        // After the eighteenth (a relative clause's verb reports with its own complementizer): P 97.5 (116/119), R 92.1
        // (116/126), speaker 93.97 (109/116) — recall floor raised. After نسب إلى: R 92.9 (117/126), floor unchanged.
        ShouldMeetFloors(scores, precision: 0.97, recall: 0.92, speaker: 0.93, date: 0.97, polarity: 1.00);
    }

    [Fact]
    public void Dev9_ScoresAndErrors()
    {
        var scores = ScoreTuningSplit("dev9", articleCount: 12);
        // Held out (scores only) until session 9, a tuning split since: at the switch (23e3df6, 2026-11-23) P 96.9
        // (157/162), R 83.1 (157/189), speaker 96.2, date 99.4. 12 articles (pool positions 189-200) annotated blind on branch ann9 (commit 7aa160e) before the
        // extractor was run on them. First (blind) measurement, once, on the rules after the eleventh pass (d4c97f4,
        // 2026-11-22): P 96.8 (153/158), R 81.0 (153/189 = 80.95), speaker 96.1, date 98.7, polarity 100; floors at these,
        // rounded down. The densest split (long chains of participles; cues first met here, D-70 … D-78). After session 9's
        // passes 19-25 (tuned on it since): P 97.7 (171/175), R 90.5 (171/189), speaker 96.5, date 99.4 — floors raised.
        ShouldMeetFloors(scores, precision: 0.97, recall: 0.90, speaker: 0.96, date: 0.99, polarity: 1.00);
    }

    [Fact]
    public void Dev12_ScoresAndErrors()
    {
        var scores = ScoreTuningSplit("dev12", articleCount: 12);
        // Held out (scores only) until session 11, a tuning split since: at the switch (102c46a, 2026-11-23) P 91.4 (106/116), R 84.1 (106/126), speaker 96.2, date 98.1.
        // dev12 … dev15, the four oldest held-out splits after dev6, were switched together (by age, not by score).
        // 12 articles (pool positions 225-236) annotated blind on
        // branch ann12 (commit d6c3801) before the extractor was run on them. First (blind) measurement, once, on the
        // rules at 2e0a85f (after the thirteenth pass), 2026-11-23: P 91.4 (106/116), R 84.1 (106/126), speaker 96.2,
        // date 98.1, polarity 100; floors at these, rounded down.
        ShouldMeetFloors(scores, precision: 0.91, recall: 0.84, speaker: 0.96, date: 0.98, polarity: 1.00);
    }

    [Fact]
    public void Dev13_ScoresAndErrors()
    {
        var scores = ScoreTuningSplit("dev13", articleCount: 12);
        // Held out (scores only) until session 11, a tuning split since: at the switch (102c46a, 2026-11-23) P 97.1 (101/104), R 90.2 (101/112), speaker 96.0, date 100.
        // dev12 … dev15, the four oldest held-out splits after dev6, were switched together (by age, not by score).
        // 12 articles (pool positions 237-248) annotated blind on
        // branch ann13 (commit e8101ca) in parallel with dev12, before the extractor was run on them. First (blind)
        // measurement, once, on the rules at 2e0a85f, 2026-11-23: P 96.2 (100/104), R 89.3 (100/112), speaker 96.0,
        // date 100, polarity 100; floors at these, rounded down.
        ShouldMeetFloors(scores, precision: 0.96, recall: 0.89, speaker: 0.96, date: 1.00, polarity: 1.00);
    }

    [Fact]
    public void Dev14_ScoresAndErrors()
    {
        var scores = ScoreTuningSplit("dev14", articleCount: 12);
        // Held out (scores only) until session 11, a tuning split since: at the switch (102c46a, 2026-11-23) P 95.8 (92/96), R 84.4 (92/109), speaker 89.1, date 100.
        // dev12 … dev15, the four oldest held-out splits after dev6, were switched together (by age, not by score).
        // 12 articles (pool positions 249-260) annotated blind on branch ann14 (commit 8b578cb)
        // before the extractor was run on them. First (blind) measurement, once, on the rules at session 9's start
        // (src of 23e3df6), 2026-11-23: P 95.8 (92/96), R 84.4 (92/109), speaker 89.1, date 100, polarity 100; floors at
        // these, rounded down.
        ShouldMeetFloors(scores, precision: 0.95, recall: 0.84, speaker: 0.89, date: 1.00, polarity: 1.00);
    }

    [Fact]
    public void Dev15_ScoresAndErrors()
    {
        var scores = ScoreTuningSplit("dev15", articleCount: 12);
        // Held out (scores only) until session 11, a tuning split since: at the switch (102c46a, 2026-11-23) P 97.2 (104/107), R 83.9 (104/124), speaker 92.3, date 99.0.
        // dev12 … dev15, the four oldest held-out splits after dev6, were switched together (by age, not by score).
        // 12 articles (pool positions 261-272) annotated blind on branch ann15 (commit a61177a)
        // in parallel with dev14, before the extractor was run on them. First (blind) measurement, once, on the rules at
        // session 9's start (src of 23e3df6), 2026-11-23: P 97.2 (104/107), R 83.9 (104/124), speaker 91.3, date 99.0,
        // polarity 100; floors at these, rounded down.
        ShouldMeetFloors(scores, precision: 0.97, recall: 0.83, speaker: 0.91, date: 0.99, polarity: 1.00);
    }

    [Fact]
    public void Dev16_ScoresAndErrors()
    {
        var scores = ScoreTuningSplit("dev16", articleCount: 12);
        // Held out (scores only) until session 12, a tuning split since: at the switch (4ab6dc3, 2026-11-23) P 97.2 (106/109), R 90.6 (106/117), speaker 92.5, date 99.1.
        // dev16 … dev19, the four oldest held-out splits after dev6, were switched together (by age, not by score).
        // 12 articles (pool positions 273-284) annotated blind on branch ann16 (commit a5f8fb7)
        // before the extractor was run on them. First (blind) measurement, once, on the rules at session 9's start (src
        // of 23e3df6), 2026-11-23: P 97.2 (106/109), R 90.6 (106/117), speaker 92.5, date 99.1, polarity 100; floors at
        // these, rounded down.
        ShouldMeetFloors(scores, precision: 0.97, recall: 0.90, speaker: 0.92, date: 0.99, polarity: 1.00);
    }

    [Fact]
    public void Dev17_ScoresAndErrors()
    {
        var scores = ScoreTuningSplit("dev17", articleCount: 12);
        // Held out (scores only) until session 12, a tuning split since: at the switch (4ab6dc3, 2026-11-23) P 88.2 (82/93), R 84.5 (82/97), speaker 91.5, date 98.8.
        // dev16 … dev19, the four oldest held-out splits after dev6, were switched together (by age, not by score).
        // 12 articles (pool positions 285-296) annotated blind on branch ann17 (commit 2eb5b8d)
        // in parallel with dev16, before the extractor was run on them. First (blind) measurement, once, on the rules at
        // session 9's start (src of 23e3df6), 2026-11-23: P 88.0 (81/92), R 83.5 (81/97), speaker 91.4, date 98.8,
        // polarity 100; floors at these, rounded down.
        ShouldMeetFloors(scores, precision: 0.88, recall: 0.83, speaker: 0.91, date: 0.98, polarity: 1.00);
    }

    [Fact]
    public void Dev18_ScoresAndErrors()
    {
        var scores = ScoreTuningSplit("dev18", articleCount: 12);
        // Held out (scores only) until session 12, a tuning split since: at the switch (4ab6dc3, 2026-11-23) P 100 (61/61), R 78.2 (61/78), speaker 93.4, date 95.1.
        // dev16 … dev19, the four oldest held-out splits after dev6, were switched together (by age, not by score).
        // 12 articles (pool positions 297-308) annotated blind on branch ann18 (commit b263d59)
        // before the extractor was run on them. First (blind) measurement, once, on the rules of 00197ce (session 9, before
        // its pass 26), 2026-11-23: P 100 (61/61), R 78.2 (61/78), speaker 93.4, date 95.1, polarity 100; floors at these,
        // rounded down.
        ShouldMeetFloors(scores, precision: 1.00, recall: 0.78, speaker: 0.93, date: 0.95, polarity: 1.00);
    }

    [Fact]
    public void Dev19_ScoresAndErrors()
    {
        var scores = ScoreTuningSplit("dev19", articleCount: 12);
        // Held out (scores only) until session 12, a tuning split since: at the switch (4ab6dc3, 2026-11-23) P 96.8 (92/95), R 81.4 (92/113), speaker 91.3, date 100.
        // dev16 … dev19, the four oldest held-out splits after dev6, were switched together (by age, not by score).
        // 12 articles (pool positions 309-320) annotated blind on branch ann19 (commit f78a085)
        // in parallel with dev18, before the extractor was run on them. First (blind) measurement, once, on the rules of
        // 00197ce, 2026-11-23: P 96.8 (90/93), R 79.6 (90/113), speaker 90.0, date 100, polarity 100; floors at these,
        // rounded down.
        ShouldMeetFloors(scores, precision: 0.96, recall: 0.79, speaker: 0.90, date: 1.00, polarity: 1.00);
    }

    [Fact]
    public void Dev20_ScoresAndErrors()
    {
        var scores = ScoreTuningSplit("dev20", articleCount: 12);
        // Held out (scores only) until session 13, a tuning split since: at the switch (321b2ac, 2026-11-23) P 97.1 (102/105), R 88.7 (102/115), speaker 78.4, date 98.0.
        // dev20 … dev23, the four oldest held-out splits after dev6, were switched together (by age, not by score).
        // 12 articles (pool positions 321-332) annotated blind on branch ann20 (commit b9dbdb8) in
        // parallel with three other splits (session 10), before the extractor was run on them. First (blind) measurement,
        // once, on the rules of b422aaa (the same claims as db79a99, session 9's end), 2026-11-23:
        // P 97.1 (99/102), R 86.1 (99/115), speaker 78.8 (78/99), date 98.0 (97/99), polarity 100; floors at these, rounded down.
        ShouldMeetFloors(scores, precision: 0.97, recall: 0.86, speaker: 0.78, date: 0.97, polarity: 1.00);
    }

    [Fact]
    public void Dev21_ScoresAndErrors()
    {
        var scores = ScoreTuningSplit("dev21", articleCount: 12);
        // Held out (scores only) until session 13, a tuning split since: at the switch (321b2ac, 2026-11-23) P 97.8 (135/138), R 86.0 (135/157), speaker 90.4, date 98.5.
        // dev20 … dev23, the four oldest held-out splits after dev6, were switched together (by age, not by score).
        // 12 articles (pool positions 333-344) annotated blind on branch ann21 (commit eee02dc) in
        // parallel with three other splits (session 10), before the extractor was run on them. First (blind) measurement,
        // once, on the rules of b422aaa (the same claims as db79a99, session 9's end), 2026-11-23:
        // P 97.8 (134/137), R 85.4 (134/157), speaker 90.3 (121/134), date 98.5 (132/134), polarity 100; floors at these, rounded down.
        ShouldMeetFloors(scores, precision: 0.97, recall: 0.85, speaker: 0.90, date: 0.98, polarity: 1.00);
    }

    [Fact]
    public void Dev22_ScoresAndErrors()
    {
        var scores = ScoreTuningSplit("dev22", articleCount: 12);
        // Held out (scores only) until session 13, a tuning split since: at the switch (321b2ac, 2026-11-23) P 94.2 (81/86), R 89.0 (81/91), speaker 92.6, date 97.5.
        // dev20 … dev23, the four oldest held-out splits after dev6, were switched together (by age, not by score).
        // 12 articles (pool positions 345-356) annotated blind on branch ann22 (commit 0659430) in
        // parallel with three other splits (session 10), before the extractor was run on them. First (blind) measurement,
        // once, on the rules of b422aaa (the same claims as db79a99, session 9's end), 2026-11-23:
        // P 94.2 (81/86), R 89.0 (81/91), speaker 92.6 (75/81), date 97.5 (79/81), polarity 100; floors at these, rounded down.
        ShouldMeetFloors(scores, precision: 0.94, recall: 0.89, speaker: 0.92, date: 0.97, polarity: 1.00);
    }

    [Fact]
    public void Dev23_ScoresAndErrors()
    {
        var scores = ScoreTuningSplit("dev23", articleCount: 12);
        // Held out (scores only) until session 13, a tuning split since: at the switch (321b2ac, 2026-11-23) P 95.6 (109/114), R 89.3 (109/122), speaker 82.6, date 98.2.
        // dev20 … dev23, the four oldest held-out splits after dev6, were switched together (by age, not by score).
        // 12 articles (pool positions 357-368) annotated blind on branch ann23 (commit 8ffe1ec) in
        // parallel with three other splits (session 10), before the extractor was run on them. First (blind) measurement,
        // once, on the rules of b422aaa (the same claims as db79a99, session 9's end), 2026-11-23:
        // P 95.6 (108/113), R 88.5 (108/122), speaker 82.4 (89/108), date 98.1 (106/108), polarity 100; floors at these, rounded down.
        ShouldMeetFloors(scores, precision: 0.95, recall: 0.88, speaker: 0.82, date: 0.98, polarity: 1.00);
    }

    [Fact]
    public void Dev24_ScoresAndErrors()
    {
        var scores = ScoreTuningSplit("dev24", articleCount: 12);
        // Held out (scores only) until session 15, a tuning split since: at the switch (7b8e468, 2026-11-23) P 94.7 (90/95), R 82.6 (90/109), speaker 91.1, date 100.
        // dev24 … dev27, the four oldest held-out splits after dev6, were switched together (by age, not by score).
        // 12 articles (pool positions 369-380) annotated blind on branch ann24 (commit 02ce5ff) in
        // parallel with three other splits (session 11), before the extractor was run on them. First (blind) measurement,
        // once, on the rules of session 11's start (src of 102c46a), 2026-11-23:
        // P 94.7 (90/95), R 82.6 (90/109), speaker 91.1 (82/90), date 100 (90/90), polarity 100; floors at these, rounded down.
        ShouldMeetFloors(scores, precision: 0.94, recall: 0.82, speaker: 0.91, date: 1.00, polarity: 1.00);
    }

    [Fact]
    public void Dev25_ScoresAndErrors()
    {
        var scores = ScoreTuningSplit("dev25", articleCount: 12);
        // Held out (scores only) until session 15, a tuning split since: at the switch (7b8e468, 2026-11-23) P 98.0 (97/99), R 87.4 (97/111), speaker 92.8, date 97.9.
        // dev24 … dev27, the four oldest held-out splits after dev6, were switched together (by age, not by score).
        // 12 articles (pool positions 381-392) annotated blind on branch ann25 (commit 3f76e15) in
        // parallel with three other splits (session 11), before the extractor was run on them. First (blind) measurement,
        // once, on the rules of session 11's start (src of 102c46a), 2026-11-23:
        // P 98.0 (96/98), R 86.5 (96/111), speaker 92.7 (89/96), date 97.9 (94/96), polarity 100; floors at these, rounded down.
        ShouldMeetFloors(scores, precision: 0.97, recall: 0.86, speaker: 0.92, date: 0.97, polarity: 1.00);
    }

    [Fact]
    public void Dev26_ScoresAndErrors()
    {
        var scores = ScoreTuningSplit("dev26", articleCount: 12);
        // Held out (scores only) until session 15, a tuning split since: at the switch (7b8e468, 2026-11-23) P 96.8 (90/93), R 83.3 (90/108), speaker 95.6, date 98.9.
        // dev24 … dev27, the four oldest held-out splits after dev6, were switched together (by age, not by score).
        // 12 articles (pool positions 393-404) annotated blind on branch ann26 (commit b2f0471) in
        // parallel with three other splits (session 11), before the extractor was run on them. First (blind) measurement,
        // once, on the rules of session 11's start (src of 102c46a), 2026-11-23:
        // P 96.8 (90/93), R 83.3 (90/108), speaker 95.6 (86/90), date 98.9 (89/90), polarity 100; floors at these, rounded down.
        ShouldMeetFloors(scores, precision: 0.96, recall: 0.83, speaker: 0.95, date: 0.98, polarity: 1.00);
    }

    [Fact]
    public void Dev27_ScoresAndErrors()
    {
        var scores = ScoreTuningSplit("dev27", articleCount: 12);
        // Held out (scores only) until session 15, a tuning split since: at the switch (7b8e468, 2026-11-23) P 98.0 (96/98), R 88.9 (96/108), speaker 95.8, date 95.8.
        // dev24 … dev27, the four oldest held-out splits after dev6, were switched together (by age, not by score).
        // 12 articles (pool positions 405-416) annotated blind on branch ann27 (commit f77f063) in
        // parallel with three other splits (session 11), before the extractor was run on them. First (blind) measurement,
        // once, on the rules of session 11's start (src of 102c46a), 2026-11-23:
        // P 97.9 (95/97), R 88.0 (95/108), speaker 94.7 (90/95), date 95.8 (91/95), polarity 100; floors at these, rounded down.
        ShouldMeetFloors(scores, precision: 0.97, recall: 0.87, speaker: 0.94, date: 0.95, polarity: 1.00);
    }

    [Fact]
    public void Dev28_ScoresAndErrors()
    {
        var scores = ScoreTuningSplit("dev28", articleCount: 12);
        // Held out (scores only) until session 16, a tuning split since: at the switch (e5b61c0, 2026-11-23) P 96.0 (95/99), R 74.2 (95/128), speaker 82.1, date 98.9.
        // dev28 … dev31, the four oldest held-out splits after dev6, were switched together (by age, not by score).
        // 12 articles (pool positions 417-428) annotated blind on branch ann28 (commit e852db7) in
        // parallel with one other split at the end of session 11, before the extractor was run on them. First (blind)
        // measurement, once, on the session's final rules (src of 1d81d0e), 2026-11-23: P 96.0 (95/99), R 74.2 (95/128), speaker 82.1 (78/95),
        // date 98.9 (94/95), polarity 100; floors at these, rounded down. (For comparison only, afterwards: the session's
        // starting rules, src of 102c46a, match 94/128.)
        ShouldMeetFloors(scores, precision: 0.95, recall: 0.74, speaker: 0.82, date: 0.98, polarity: 1.00);
    }

    [Fact]
    public void Dev29_ScoresAndErrors()
    {
        var scores = ScoreTuningSplit("dev29", articleCount: 12);
        // Held out (scores only) until session 16, a tuning split since: at the switch (e5b61c0, 2026-11-23) P 92.8 (77/83), R 78.6 (77/98), speaker 94.8, date 96.1.
        // dev28 … dev31, the four oldest held-out splits after dev6, were switched together (by age, not by score).
        // 12 articles (pool positions 429-440) annotated blind on branch ann29 (commit 8d3d805) in
        // parallel with one other split at the end of session 11, before the extractor was run on them. First (blind)
        // measurement, once, on the session's final rules (src of 1d81d0e), 2026-11-23: P 92.7 (76/82), R 77.6 (76/98), speaker 94.7 (72/76),
        // date 94.7 (72/76), polarity 100; floors at these, rounded down. (For comparison only, afterwards: the session's
        // starting rules, src of 102c46a, match 76/98.)
        ShouldMeetFloors(scores, precision: 0.92, recall: 0.77, speaker: 0.94, date: 0.94, polarity: 1.00);
    }

    [Fact]
    public void Dev10_ScoresAndErrors()
    {
        var scores = ScoreTuningSplit("dev10", articleCount: 12);
        // 12 articles (pool positions 201-212) annotated blind (branch ann10, commit 3114564) before the extractor was
        // run on them. First (blind) measurement, once, main's rules at 598f0b0 (the eleventh pass and its participle
        // follow-up; src unchanged on ann10), 2026-11-22: P 96.1 (99/103), R 78.0 (99/127 = 77.95), speaker 87.9
        // (87/99), date 97.0 (96/99), polarity 100 (99/99); floors at these, rounded down. A tuning split since
        // (per-claim errors printed).
        // After the thirteenth pass (tuned on it): P 97.2 (103/106), R 81.1 (103/127), speaker 89.3, date 97.1 — floors raised.
        // After the fourteenth pass (a date adjunct before the object, أبلغ X بـ، مشيرا بشكل خاص إلى، أفاد بـ): P 97.3
        // (108/111), R 85.0 (108/127), speaker 91.7, date 99.1 — floors raised. After the fifteenth and sixteenth passes
        // (a source's relative clause; تبناه/تبناهما with the act before them): P 97.4 (111/114), R 87.4 (111/127) — raised.
        // After the seventeenth (construct-chain speakers): P 97.4 (112/115), R 88.2 (112/127), speaker 92.9 — raised.
        // After the eighteenth (a relative pronoun is no speaker): speaker 93.8 — raised. After session 9 (passes 19-25):
        // P 98.3 (113/115), R 89.0 (113/127) — precision floor raised.
        ShouldMeetFloors(scores, precision: 0.98, recall: 0.88, speaker: 0.93, date: 0.99, polarity: 1.00);
    }

    [Fact]
    public void Dev11_ScoresAndErrors()
    {
        var scores = ScoreTuningSplit("dev11", articleCount: 12);
        // 12 articles (pool positions 213-224) annotated blind (branch ann11, commit 4cfa000) before the extractor was run
        // on them. First (blind) measurement, once, main's rules after the eleventh pass (src of 598f0b0 = 4cfa000,
        // 2026-11-22): P 97.1 (101/104), R 87.8 (101/115 = 87.83), speaker 94.1 (95/101), date 99.0 (100/101), polarity
        // 100 (101/101); floors at these, rounded down. A tuning split since (per-claim errors printed).
        // After the thirteenth pass (tuned on it): P 97.2 (103/106), R 89.6 (103/115), speaker 94.2, date 99.0 — floors raised.
        // After the fourteenth pass (أفاد بـ، كما أكد + an object): P 97.2 (105/108), R 91.3 (105/115), speaker 94.3 — floors raised.
        // After the seventeenth (construct-chain speakers, اعترف بـ after a partitive): P 97.3 (107/110), R 93.0 (107/115) — raised.
        // After the eighteenth (the head of a construct chain is a noun whatever its ending): R 93.9 (108/115) — raised.
        // After a coordinated cue ends a relative clause's scan: R 94.8 (109/115) — raised. After session 9 (passes 19-25):
        // R 95.7 (110/115) — raised.
        ShouldMeetFloors(scores, precision: 0.97, recall: 0.95, speaker: 0.94, date: 0.99, polarity: 1.00);
    }

    [Fact]
    public void Dev30_ScoresAndErrors()
    {
        var scores = ScoreTuningSplit("dev30", articleCount: 12);
        // Held out (scores only) until session 16, a tuning split since: at the switch (e5b61c0, 2026-11-23) P 98.2 (111/113), R 86.0 (111/129), speaker 95.5, date 100.
        // dev28 … dev31, the four oldest held-out splits after dev6, were switched together (by age, not by score).
        // 12 articles (pool positions 441-452) annotated blind on branch ann-dev30 (commit 894af8c) in
        // parallel with dev31 at the start of session 12, before the extractor was run on them. First (blind) measurement,
        // once, on the session's starting rules (src of 4ab6dc3), 2026-11-23: P 98.2 (109/111), R 84.5 (109/129), speaker
        // 95.4, date 100, polarity 100; floors at these, rounded down.
        ShouldMeetFloors(scores, precision: 0.98, recall: 0.84, speaker: 0.95, date: 1.00, polarity: 1.00);
    }

    [Fact]
    public void Dev31_ScoresAndErrors()
    {
        var scores = ScoreTuningSplit("dev31", articleCount: 12);
        // Held out (scores only) until session 16, a tuning split since: at the switch (e5b61c0, 2026-11-23) P 93.0 (107/115), R 86.3 (107/124), speaker 86.0, date 96.3.
        // dev28 … dev31, the four oldest held-out splits after dev6, were switched together (by age, not by score).
        // 12 articles (pool positions 453-464) annotated blind on branch ann-dev31 (commit 3b62c2c) in
        // parallel with dev30 at the start of session 12, before the extractor was run on them. First (blind) measurement,
        // once, on the session's starting rules (src of 4ab6dc3), 2026-11-23: P 92.1 (105/114), R 84.7 (105/124), speaker
        // 85.7, date 95.2, polarity 100; floors at these, rounded down.
        ShouldMeetFloors(scores, precision: 0.92, recall: 0.84, speaker: 0.85, date: 0.95, polarity: 1.00);
    }

    [Fact]
    public void Dev32_ScoresAndErrors()
    {
        var scores = ScoreTuningSplit("dev32", articleCount: 12);
        // Held out (scores only) until session 17, a tuning split since: at the switch (rules of 98aaaf4, 2026-11-24) P 96.8 (92/95), R 86.8 (92/106), speaker 93.5, date 98.9.
        // dev32 … dev35, the four oldest held-out splits after dev6, were switched together (by age, not by score).
        // 12 articles (pool positions 465-476) annotated blind on branch ann-dev32 (commit 39155b8) in
        // parallel with dev33 at the start of session 13, before the extractor was run on them. First (blind) measurement,
        // once, on the session's starting rules (src of 321b2ac), 2026-11-23: P 96.8 (92/95), R 86.8 (92/106), speaker
        // 93.5, date 98.9, polarity 100; floors at these, rounded down.
        ShouldMeetFloors(scores, precision: 0.96, recall: 0.86, speaker: 0.93, date: 0.98, polarity: 1.00);
    }

    [Fact]
    public void Dev33_ScoresAndErrors()
    {
        var scores = ScoreTuningSplit("dev33", articleCount: 12);
        // Held out (scores only) until session 17, a tuning split since: at the switch (rules of 98aaaf4, 2026-11-24) P 95.1 (77/81), R 89.5 (77/86), speaker 92.2, date 100.
        // dev32 … dev35, the four oldest held-out splits after dev6, were switched together (by age, not by score).
        // 12 articles (pool positions 477-488) annotated blind on branch ann-dev33 (commit 9186394) in
        // parallel with dev32 at the start of session 13, before the extractor was run on them. First (blind) measurement,
        // once, on the session's starting rules (src of 321b2ac), 2026-11-23: P 95.0 (76/80), R 88.4 (76/86), speaker
        // 92.1, date 100, polarity 100; floors at these, rounded down.
        ShouldMeetFloors(scores, precision: 0.95, recall: 0.88, speaker: 0.92, date: 1.00, polarity: 1.00);
    }

    [Fact]
    public void Dev34_ScoresAndErrors()
    {
        var scores = ScoreTuningSplit("dev34", articleCount: 12);
        // Held out (scores only) until session 17, a tuning split since: at the switch (rules of 98aaaf4, 2026-11-24) P 92.7 (102/110), R 88.7 (102/115), speaker 84.3, date 100.
        // dev32 … dev35, the four oldest held-out splits after dev6, were switched together (by age, not by score).
        // 12 articles (pool positions 489-500) annotated blind on branch ann-dev34 (commit 606ee94) in
        // parallel with three other splits at the start of session 15, before the extractor was run on them. First (blind)
        // measurement, once, on the session's starting rules (src of 7b8e468), 2026-11-23:
        // P 92.7 (101/109), R 87.8 (101/115), speaker 84.2 (85/101), date 100 (101/101), polarity 100; floors at these, rounded down.
        ShouldMeetFloors(scores, precision: 0.92, recall: 0.87, speaker: 0.84, date: 1.00, polarity: 1.00);
    }

    [Fact]
    public void Dev35_ScoresAndErrors()
    {
        var scores = ScoreTuningSplit("dev35", articleCount: 12);
        // Held out (scores only) until session 17, a tuning split since: at the switch (rules of 98aaaf4, 2026-11-24) P 96.2 (102/106), R 87.2 (102/117), speaker 91.2, date 96.1.
        // dev32 … dev35, the four oldest held-out splits after dev6, were switched together (by age, not by score).
        // 12 articles (pool positions 501-512) annotated blind on branch ann-dev35 (commit 35bebc2) in
        // parallel with three other splits at the start of session 15, before the extractor was run on them. First (blind)
        // measurement, once, on the session's starting rules (src of 7b8e468), 2026-11-23:
        // P 96.2 (101/105), R 86.3 (101/117), speaker 91.1 (92/101), date 96.0 (97/101), polarity 100; floors at these, rounded down.
        ShouldMeetFloors(scores, precision: 0.96, recall: 0.86, speaker: 0.91, date: 0.96, polarity: 1.00);
    }

    [Fact]
    public void Dev36_ScoresAndErrors()
    {
        var scores = ScoreTuningSplit("dev36", articleCount: 12);
        // Held out (scores only) until session 18, a tuning split since: at the switch (rules of 4fe9e13, 2026-11-24) P 98.4 (122/124), R 93.1 (122/131), speaker 91.8, date 99.2.
        // dev36 … dev39, the four oldest held-out splits after dev6, were switched together (by age, not by score).
        // 12 articles (pool positions 513-524) annotated blind on branch ann-dev36 (commit 9accdea) in
        // parallel with three other splits at the start of session 15, before the extractor was run on them. First (blind)
        // measurement, once, on the session's starting rules (src of 7b8e468), 2026-11-23:
        // P 98.4 (121/123), R 92.4 (121/131), speaker 91.7 (111/121), date 99.2 (120/121), polarity 100; floors at these, rounded down.
        ShouldMeetFloors(scores, precision: 0.98, recall: 0.92, speaker: 0.91, date: 0.99, polarity: 1.00);
    }

    [Fact]
    public void Dev37_ScoresAndErrors()
    {
        var scores = ScoreTuningSplit("dev37", articleCount: 12);
        // Held out (scores only) until session 18, a tuning split since: at the switch (rules of 4fe9e13, 2026-11-24) P 93.8 (122/130), R 84.1 (122/145), speaker 95.1, date 99.2.
        // dev36 … dev39, the four oldest held-out splits after dev6, were switched together (by age, not by score).
        // 12 articles (pool positions 525-536) annotated blind on branch ann-dev37 (commit e989b3b) in
        // parallel with three other splits at the start of session 15, before the extractor was run on them. First (blind)
        // measurement, once, on the session's starting rules (src of 7b8e468), 2026-11-23:
        // P 93.8 (120/128), R 82.8 (120/145), speaker 95.0 (114/120), date 99.2 (119/120), polarity 100; floors at these, rounded down.
        ShouldMeetFloors(scores, precision: 0.93, recall: 0.82, speaker: 0.95, date: 0.99, polarity: 1.00);
    }

    [Fact]
    public void Dev38_ScoresAndErrors()
    {
        var scores = ScoreTuningSplit("dev38", articleCount: 12);
        // Held out (scores only) until session 18, a tuning split since: at the switch (rules of 4fe9e13, 2026-11-24) P 94.7 (72/76), R 88.9 (72/81), speaker 93.1, date 98.6.
        // dev36 … dev39, the four oldest held-out splits after dev6, were switched together (by age, not by score).
        // 12 articles (pool positions 537-548) annotated blind on branch ann-dev38 (commit 6a9b69f) in
        // parallel with three other splits at the start of session 16, before the extractor was run on them. First (blind)
        // measurement, once, on the session's starting rules (src of b0f7fcd), 2026-11-23:
        // P 94.7 (72/76), R 88.9 (72/81), speaker 93.1 (67/72), date 98.6 (71/72), polarity 100; floors at the blind values, rounded down.
        ShouldMeetFloors(scores, precision: 0.94, recall: 0.88, speaker: 0.93, date: 0.98, polarity: 1.00);
    }

    [Fact]
    public void Dev39_ScoresAndErrors()
    {
        var scores = ScoreTuningSplit("dev39", articleCount: 12);
        // Held out (scores only) until session 18, a tuning split since: at the switch (rules of 4fe9e13, 2026-11-24) P 95.8 (92/96), R 87.6 (92/105), speaker 94.6, date 100.
        // dev36 … dev39, the four oldest held-out splits after dev6, were switched together (by age, not by score).
        // 12 articles (pool positions 549-560) annotated blind on branch ann-dev39 (commit 4f341c8) in
        // parallel with three other splits at the start of session 16, before the extractor was run on them. First (blind)
        // measurement, once, on the session's starting rules (src of b0f7fcd), 2026-11-23:
        // P 95.8 (91/95), R 86.7 (91/105), speaker 93.4 (85/91), date 100, polarity 100; on the session's rules of the same
        // day, speaker 94.5 (86/91); floors at the blind values, rounded down.
        ShouldMeetFloors(scores, precision: 0.95, recall: 0.86, speaker: 0.93, date: 1.00, polarity: 1.00);
    }

    [Fact]
    public void Dev40_ScoresAndErrors()
    {
        var scores = ScoreTuningSplit("dev40", articleCount: 12);
        // Held out (scores only) until session 19, a tuning split since: at the switch (rules of c2657ba, 2026-11-24) P 97.1 (100/103), R 82.6 (100/121), speaker 87.0, date 100.
        // dev40 … dev43, the four oldest held-out splits after dev6, were switched together (by age, not by score).
        // 12 articles (pool positions 561-572) annotated blind on branch ann-dev40 (commit bed9eb2) in
        // parallel with three other splits at the start of session 16, before the extractor was run on them. First (blind)
        // measurement, once, on the session's starting rules (src of b0f7fcd), 2026-11-23:
        // P 97.1 (99/102), R 81.8 (99/121), speaker 86.9 (86/99), date 100, polarity 100; floors at the blind values, rounded down.
        ShouldMeetFloors(scores, precision: 0.97, recall: 0.81, speaker: 0.86, date: 1.00, polarity: 1.00);
    }

    [Fact]
    public void Dev41_ScoresAndErrors()
    {
        var scores = ScoreTuningSplit("dev41", articleCount: 12);
        // Held out (scores only) until session 19, a tuning split since: at the switch (rules of c2657ba, 2026-11-24) P 97.0 (97/100), R 92.4 (97/105), speaker 93.8, date 100.
        // dev40 … dev43, the four oldest held-out splits after dev6, were switched together (by age, not by score).
        // 12 articles (pool positions 573-584) annotated blind on branch ann-dev41 (commit 773cc82) in
        // parallel with three other splits at the start of session 16, before the extractor was run on them. First (blind)
        // measurement, once, on the session's starting rules (src of b0f7fcd), 2026-11-23:
        // P 97.0 (97/100), R 92.4 (97/105), speaker 93.8 (91/97), date 100, polarity 100; floors at the blind values, rounded down.
        ShouldMeetFloors(scores, precision: 0.97, recall: 0.92, speaker: 0.93, date: 1.00, polarity: 1.00);
    }

    [Fact]
    public void Dev42_ScoresAndErrors()
    {
        var scores = ScoreTuningSplit("dev42", articleCount: 12);
        // Held out (scores only) until session 19, a tuning split since: at the switch (rules of c2657ba, 2026-11-24) P 97.1 (101/104), R 80.8 (101/125), speaker 81.2, date 97.0.
        // dev40 … dev43, the four oldest held-out splits after dev6, were switched together (by age, not by score).
        // 12 articles (pool positions 585-596) annotated blind on branch ann-dev42 (commit 523b3c4) in
        // parallel with three other splits at the start of session 17, before the extractor was run on them. First (blind)
        // measurement, once, on the session's starting rules (src of 4fee298), 2026-11-24:
        // P 97.1 (100/103), R 80.0 (100/125), speaker 77.0 (77/100), date 97.0, polarity 100; floors at the blind values, rounded down.
        ShouldMeetFloors(scores, precision: 0.97, recall: 0.80, speaker: 0.77, date: 0.97, polarity: 1.00);
    }

    [Fact]
    public void Dev43_ScoresAndErrors()
    {
        var scores = ScoreTuningSplit("dev43", articleCount: 12);
        // Held out (scores only) until session 19, a tuning split since: at the switch (rules of c2657ba, 2026-11-24) P 96.9 (93/96), R 90.3 (93/103), speaker 93.5, date 100.
        // dev40 … dev43, the four oldest held-out splits after dev6, were switched together (by age, not by score).
        // 12 articles (pool positions 597-608) annotated blind on branch ann-dev43 (commit d74e0d1) in
        // parallel with three other splits at the start of session 17, before the extractor was run on them. First (blind)
        // measurement, once, on the session's starting rules (src of 4fee298), 2026-11-24:
        // P 96.8 (91/94), R 88.3 (91/103), speaker 93.4 (85/91), date 100, polarity 100; floors at the blind values, rounded down.
        ShouldMeetFloors(scores, precision: 0.96, recall: 0.88, speaker: 0.93, date: 1.00, polarity: 1.00);
    }

    [Fact]
    public void Dev44_ScoresAndErrors()
    {
        var scores = ScoreTuningSplit("dev44", articleCount: 12);
        // Held out (scores only) until session 20, a tuning split since: at the switch (rules of 1a7a106, 2026-11-24) P 96.0 (97/101), R 90.7 (97/107), speaker 90.7, date 100.
        // dev44 … dev47, the four oldest held-out splits after dev6, were switched together (by age, not by score).
        // 12 articles (pool positions 609-620) annotated blind on branch ann-dev44 (commit d5f774e) in
        // parallel with three other splits in session 17, before the extractor was run on them (merged after the session's
        // rules were written). First (blind) measurement, once, on the session's starting rules (src of 4fee298), 2026-11-24:
        // P 96.0 (97/101), R 90.7 (97/107), speaker 90.7 (88/97), date 100, polarity 100; floors at the blind values, rounded down.
        ShouldMeetFloors(scores, precision: 0.96, recall: 0.90, speaker: 0.90, date: 1.00, polarity: 1.00);
    }

    [Fact]
    public void Dev45_ScoresAndErrors()
    {
        var scores = ScoreTuningSplit("dev45", articleCount: 12);
        // Held out (scores only) until session 20, a tuning split since: at the switch (rules of 1a7a106, 2026-11-24) P 98.9 (91/92), R 90.1 (91/101), speaker 97.8, date 98.9.
        // dev44 … dev47, the four oldest held-out splits after dev6, were switched together (by age, not by score).
        // 12 articles (pool positions 621-632) annotated blind on branch ann-dev45 (commit 28e4a61) in
        // parallel with three other splits at the start of session 17, before the extractor was run on them. First (blind)
        // measurement, once, on the session's starting rules (src of 4fee298), 2026-11-24:
        // P 98.9 (91/92), R 90.1 (91/101), speaker 97.8 (89/91), date 98.9, polarity 100; floors at the blind values, rounded down.
        ShouldMeetFloors(scores, precision: 0.98, recall: 0.90, speaker: 0.97, date: 0.98, polarity: 1.00);
    }

    [Fact]
    public void Dev46_ScoresAndErrors()
    {
        var scores = ScoreTuningSplit("dev46", articleCount: 12);
        // Held out (scores only) until session 20, a tuning split since: at the switch (rules of 1a7a106, 2026-11-24) P 96.4 (81/84), R 83.5 (81/97), speaker 90.1, date 98.8.
        // dev44 … dev47, the four oldest held-out splits after dev6, were switched together (by age, not by score).
        // 12 articles (pool positions 633-644) annotated blind on branch ann-dev46 (commit 35e6fd6) in
        // parallel with three other splits at the start of session 18, before the extractor was run on them. First (blind)
        // measurement, once, on the session's starting rules (src of 4fe9e13), 2026-11-24:
        // P 96.4 (81/84), R 83.5 (81/97), speaker 90.1 (73/81), date 98.8 (80/81), polarity 100; floors at the blind values, rounded down.
        ShouldMeetFloors(scores, precision: 0.96, recall: 0.83, speaker: 0.90, date: 0.98, polarity: 1.00);
    }

    [Fact]
    public void Dev47_ScoresAndErrors()
    {
        var scores = ScoreTuningSplit("dev47", articleCount: 12);
        // Held out (scores only) until session 20, a tuning split since: at the switch (rules of 1a7a106, 2026-11-24) P 93.1 (95/102), R 85.6 (95/111), speaker 92.6, date 100.
        // dev44 … dev47, the four oldest held-out splits after dev6, were switched together (by age, not by score).
        // 12 articles (pool positions 645-656) annotated blind on branch ann-dev47 (commit cfdbe21) in
        // parallel with three other splits at the start of session 18, before the extractor was run on them. First (blind)
        // measurement, once, on the session's starting rules (src of 4fe9e13), 2026-11-24:
        // P 93.1 (95/102), R 85.6 (95/111), speaker 92.6 (88/95), date 100 (95/95), polarity 100; floors at the blind values, rounded down.
        ShouldMeetFloors(scores, precision: 0.93, recall: 0.85, speaker: 0.92, date: 1.00, polarity: 1.00);
    }

    [Fact]
    public void Dev48_Scores()
    {
        var scores = ScoreHeldOutSplit("dev48", articleCount: 12);
        // Scores only (held out). 12 articles (pool positions 657-668) annotated blind on branch ann-dev48 (commit cf9c7f2) in
        // parallel with three other splits at the start of session 18, before the extractor was run on them. First (blind)
        // measurement, once, on the session's starting rules (src of 4fe9e13), 2026-11-24:
        // P 94.6 (87/92), R 86.1 (87/101), speaker 90.8 (79/87), date 100 (87/87), polarity 100; floors at the blind values, rounded down.
        ShouldMeetFloors(scores, precision: 0.94, recall: 0.86, speaker: 0.90, date: 1.00, polarity: 1.00);
    }

    [Fact]
    public void Dev49_Scores()
    {
        var scores = ScoreHeldOutSplit("dev49", articleCount: 12);
        // Scores only (held out). 12 articles (pool positions 669-680) annotated blind on branch ann-dev49 (commit 498b25e) in
        // parallel with three other splits at the start of session 18, before the extractor was run on them. First (blind)
        // measurement, once, on the session's starting rules (src of 4fe9e13), 2026-11-24:
        // P 93.0 (93/100), R 90.3 (93/103), speaker 93.5 (87/93), date 98.9 (92/93), polarity 100; floors at the blind values, rounded down.
        ShouldMeetFloors(scores, precision: 0.93, recall: 0.90, speaker: 0.93, date: 0.98, polarity: 1.00);
    }

    [Fact]
    public void Dev50_Scores()
    {
        var scores = ScoreHeldOutSplit("dev50", articleCount: 12);
        // Scores only (held out). 12 articles (pool positions 681-692) annotated blind on branch ann-dev50 (commit 38cce1b) in
        // parallel with three other splits at the start of session 19, before the extractor was run on them. First (blind)
        // measurement, once, on the session's starting rules (src of c2657ba), 2026-11-24:
        // P 97.0 (98/101), R 86.0 (98/114), speaker 95.9 (94/98), date 99.0 (97/98), polarity 100; floors at the blind values, rounded down.
        ShouldMeetFloors(scores, precision: 0.97, recall: 0.85, speaker: 0.95, date: 0.98, polarity: 1.00);
    }

    [Fact]
    public void Dev51_Scores()
    {
        var scores = ScoreHeldOutSplit("dev51", articleCount: 12);
        // Scores only (held out). 12 articles (pool positions 693-704) annotated blind on branch ann-dev51 (commit af7eead) in
        // parallel with three other splits at the start of session 19, before the extractor was run on them. First (blind)
        // measurement, once, on the session's starting rules (src of c2657ba), 2026-11-24:
        // P 91.3 (84/92), R 85.7 (84/98), speaker 92.9 (78/84), date 100, polarity 100; floors at the blind values, rounded down.
        ShouldMeetFloors(scores, precision: 0.91, recall: 0.85, speaker: 0.92, date: 1.00, polarity: 1.00);
    }

    [Fact]
    public void Dev52_Scores()
    {
        var scores = ScoreHeldOutSplit("dev52", articleCount: 12);
        // Scores only (held out). 12 articles (pool positions 705-716) annotated blind on branch ann-dev52 (commit 5f73676) in
        // parallel with three other splits at the start of session 19, before the extractor was run on them. First (blind)
        // measurement, once, on the session's starting rules (src of c2657ba), 2026-11-24:
        // P 96.4 (80/83), R 89.9 (80/89), speaker 85.0 (68/80), date 98.8 (79/80), polarity 100; floors at the blind values, rounded down.
        ShouldMeetFloors(scores, precision: 0.96, recall: 0.89, speaker: 0.85, date: 0.98, polarity: 1.00);
    }

    [Fact]
    public void Dev53_Scores()
    {
        var scores = ScoreHeldOutSplit("dev53", articleCount: 12);
        // Scores only (held out). 12 articles (pool positions 717-728) annotated blind on branch ann-dev53 (commit 8f7a6c6) in
        // parallel with three other splits at the start of session 19, before the extractor was run on them. First (blind)
        // measurement, once, on the session's starting rules (src of c2657ba), 2026-11-24:
        // P 91.3 (95/104), R 78.5 (95/121), speaker 92.6 (88/95), date 98.9 (94/95), polarity 100; floors at the blind values, rounded down.
        ShouldMeetFloors(scores, precision: 0.91, recall: 0.78, speaker: 0.92, date: 0.98, polarity: 1.00);
    }

    [Fact]
    public void Dev54_Scores()
    {
        var scores = ScoreHeldOutSplit("dev54", articleCount: 12);
        // Scores only (held out). 12 articles (pool positions 729-740) annotated blind on branch ann-dev54 (commit d7d61ba) in
        // parallel with three other splits at the start of session 20, before the extractor was run on them. First (blind)
        // measurement, once, on the session's starting rules (src of 1a7a106), 2026-11-24:
        // P 93.2 (82/88), R 86.3 (82/95), speaker 93.9 (77/82), date 98.8 (81/82), polarity 100; floors at the blind values, rounded down.
        ShouldMeetFloors(scores, precision: 0.93, recall: 0.86, speaker: 0.93, date: 0.98, polarity: 1.00);
    }

    [Fact]
    public void Dev55_Scores()
    {
        var scores = ScoreHeldOutSplit("dev55", articleCount: 12);
        // Scores only (held out). 12 articles (pool positions 741-752) annotated blind on branch ann-dev55 (commit 2e54978) in
        // parallel with three other splits at the start of session 20, before the extractor was run on them. First (blind)
        // measurement, once, on the session's starting rules (src of 1a7a106), 2026-11-24:
        // P 96.6 (86/89), R 87.8 (86/98), speaker 94.2 (81/86), date 96.5 (83/86), polarity 100; floors at the blind values, rounded down.
        ShouldMeetFloors(scores, precision: 0.96, recall: 0.87, speaker: 0.94, date: 0.96, polarity: 1.00);
    }

    [Fact]
    public void Dev56_Scores()
    {
        var scores = ScoreHeldOutSplit("dev56", articleCount: 12);
        // Scores only (held out). 12 articles (pool positions 753-764) annotated blind on branch ann-dev56 (commit 62ca91d) in
        // parallel with three other splits at the start of session 20, before the extractor was run on them. First (blind)
        // measurement, once, on the session's starting rules (src of 1a7a106), 2026-11-24:
        // P 97.6 (124/127), R 84.4 (124/147), speaker 90.3 (112/124), date 96.8 (120/124), polarity 100; floors at the blind values, rounded down.
        ShouldMeetFloors(scores, precision: 0.97, recall: 0.84, speaker: 0.90, date: 0.96, polarity: 1.00);
    }

    [Fact]
    public void Dev57_Scores()
    {
        var scores = ScoreHeldOutSplit("dev57", articleCount: 12);
        // Scores only (held out). 12 articles (pool positions 765-776) annotated blind on branch ann-dev57 (commit ee8b299) in
        // parallel with three other splits at the start of session 20, before the extractor was run on them. First (blind)
        // measurement, once, on the session's starting rules (src of 1a7a106), 2026-11-24:
        // P 97.7 (85/87), R 83.3 (85/102), speaker 90.6 (77/85), date 100 (85/85), polarity 100; floors at the blind values, rounded down.
        ShouldMeetFloors(scores, precision: 0.97, recall: 0.83, speaker: 0.90, date: 1.00, polarity: 1.00);
    }

    // Scores a held-out split (test aside: fresh, dev6, dev48 … dev57) and prints the scores only, never its per-claim errors.
    private ClaimsEvaluation.Scores ScoreHeldOutSplit(string split, int articleCount)
    {
        var articles = ClaimsEvaluation.Load(split);
        articles.Should().HaveCount(articleCount);
        var scores = ClaimsEvaluation.Score(articles, collectErrors: false);
        output.WriteLine($"{split} ({articles.Count} articles): " + scores);
        return scores;
    }

    // Scores a split whose per-claim errors may be read (never test or fresh) and prints them.
    private ClaimsEvaluation.Scores ScoreTuningSplit(string split, int? articleCount = null)
    {
        var articles = ClaimsEvaluation.Load(split);
        if (articleCount is int n) articles.Should().HaveCount(n);
        var scores = ClaimsEvaluation.Score(articles, collectErrors: true);
        output.WriteLine($"{split} ({articles.Count} articles): " + scores);
        foreach (string e in scores.Errors) output.WriteLine(e);
        return scores;
    }

    private static void ShouldMeetFloors(ClaimsEvaluation.Scores scores, double precision, double recall, double speaker, double date, double? polarity = null)
    {
        scores.Precision.Should().BeGreaterThanOrEqualTo(precision);
        scores.Recall.Should().BeGreaterThanOrEqualTo(recall);
        scores.SpeakerAccuracy.Should().BeGreaterThanOrEqualTo(speaker);
        scores.DateAccuracy.Should().BeGreaterThanOrEqualTo(date);
        if (polarity is double p) scores.PolarityAccuracy.Should().BeGreaterThanOrEqualTo(p);
    }
}
