#!/usr/bin/env python3
"""Deterministic selection of the articles for the attributed-claims evaluation set.

Reproduce with:
    python3 select.py [CORPUS] > selected.jsonl                         # the 30 dev/test articles
    python3 select.py --skip 30 --count 12 [CORPUS] > fresh.jsonl       # the 12 "fresh" articles (31-42)
    python3 select.py --skip 42 --count 14 [CORPUS] > dev2.jsonl        # the 14 "dev2" articles (43-56)
    python3 select.py --skip 56 --count 12 [CORPUS] > dev3.jsonl        # the 12 "dev3" articles (57-68)
    python3 select.py --skip 128 --count 12 [CORPUS] > dev4.jsonl       # the 12 "dev4" articles (129-140)
    python3 select.py --skip 140 --count 12 [CORPUS] > dev5.jsonl       # the 12 "dev5" articles (141-152)
    python3 select.py --skip 152 --count 12 [CORPUS] > dev6.jsonl       # the 12 "dev6" articles (153-164)
    python3 select.py --skip 164 --count 12 [CORPUS] > dev7.jsonl       # the 12 "dev7" articles (165-176)
    python3 select.py --skip 176 --count 12 [CORPUS] > dev8.jsonl       # the 12 "dev8" articles (177-188)
    python3 select.py --skip 188 --count 12 [CORPUS] > dev9.jsonl       # the 12 "dev9" articles (189-200)
    python3 select.py --skip 200 --count 12 [CORPUS] > dev10.jsonl      # the 12 "dev10" articles (201-212)
    python3 select.py --skip 212 --count 12 [CORPUS] > dev11.jsonl      # the 12 "dev11" articles (213-224)
    python3 select.py --skip 224 --count 12 [CORPUS] > dev12.jsonl      # the 12 "dev12" articles (225-236)
    python3 select.py --skip 236 --count 12 [CORPUS] > dev13.jsonl      # the 12 "dev13" articles (237-248)
    python3 select.py --skip 248 --count 12 [CORPUS] > dev14.jsonl      # the 12 "dev14" articles (249-260)
    python3 select.py --skip 260 --count 12 [CORPUS] > dev15.jsonl      # the 12 "dev15" articles (261-272)
    python3 select.py --skip 272 --count 12 [CORPUS] > dev16.jsonl      # the 12 "dev16" articles (273-284)
    python3 select.py --skip 284 --count 12 [CORPUS] > dev17.jsonl      # the 12 "dev17" articles (285-296)
CORPUS defaults to ../shared/corpora/news-unlabeled/saudinewsnet-subset.jsonl relative to the repository root
(i.e. /work/shared/corpora/news-unlabeled/saudinewsnet-subset.jsonl on the project machine).

Procedure (all steps deterministic, no network):
 1. Read every record of the SaudiNewsNet subset (14,482 articles, CC BY-NC-SA 4.0).
 2. Article text = title + "\n\n" + text, exactly (no other change). Records with an empty title are skipped, so
    that every article starts with its headline.
 3. Keep articles whose article text is 800..4000 characters long (Python len, code points).
 4. Drop the alwatan sections that are not news about politics/the nation (URL path segment other than
    Politics or Nation: Articles = opinion columns, Sports, Economy, Culture, Local, Citizen_Journalist, ...).
 5. Reporting-verb filter: after folding hamza-alef forms (أ إ آ -> ا), the article must contain at least TWO of
    these eleven cue families as whole tokens (optional و/ف prefix):
    قال، أكد، أوضح، أشار، أضاف، نفى، ذكر، أعلن، بحسب، وفقا ل، نقلا عن.
 6. Politics/international filter: at least THREE distinct keywords of POLITICS_KEYWORDS occur in the article.
 7. Sort the pool by id, shuffle with random.Random(20261122), take the first 30.
 8. Fresh split (added later, annotated blind after the rules had been tuned on dev): positions 31-42 of the same
    shuffled pool (--skip 30 --count 12); these records carry "split": "fresh" (not the md5 rule).
 9. Second dev split (added after the second tuning pass, annotated blind before any measurement on it): positions
    43-56 (--skip 42 --count 14); these records carry "split": "dev2".
10. Third dev split (added after the third tuning pass, annotated blind before any measurement on it): positions
    57-68 (--skip 56 --count 12); these records carry "split": "dev3".
11. Fourth blind split (added after the fourth tuning pass; positions 69-128 had been read by helpers hunting false
    positives, so it starts at 129): positions 129-140 (--skip 128 --count 12); these records carry "split": "dev4".
12. Fifth and sixth blind splits (added after the sixth tuning pass, both annotated blind before any measurement on
    them): positions 141-152 (--skip 140 --count 12, "split": "dev5", a tuning split after its blind measurement) and
    153-164 (--skip 152 --count 12, "split": "dev6", held out).
13. Seventh blind split (added after the ninth pass, annotated blind before any measurement on it): positions
    165-176 (--skip 164 --count 12, "split": "dev7", a tuning split after its blind measurement).
14. Eighth blind split (added after the tenth pass, annotated blind before any measurement on it): positions
    177-188 (--skip 176 --count 12, "split": "dev8", a tuning split after its blind measurement).
15. Ninth blind split (added after the tenth pass, annotated blind before any measurement on it): positions
    189-200 (--skip 188 --count 12, "split": "dev9", held out).
16. Tenth blind split (added after the eleventh pass, annotated blind before any measurement on it): positions
    201-212 (--skip 200 --count 12, "split": "dev10", a tuning split after its blind measurement).
17. Eleventh blind split (added after the eleventh pass, annotated blind before any measurement on it): positions
    213-224 (--skip 212 --count 12, "split": "dev11", a tuning split after its blind measurement).
18. Twelfth blind split (added after the thirteenth pass, annotated blind before any measurement on it): positions
    225-236 (--skip 224 --count 12, "split": "dev12", held out).
19. Thirteenth blind split (annotated blind in parallel with dev12, before any measurement on it): positions
    237-248 (--skip 236 --count 12, "split": "dev13", held out).
20. Fourteenth blind split (annotated blind before any measurement on it): positions 249-260 (--skip 248 --count 12,
    "split": "dev14", held out).
21. Fifteenth blind split (annotated blind before any measurement on it): positions 261-272 (--skip 260 --count 12,
    "split": "dev15", held out).
22. Sixteenth blind split (annotated blind before any measurement on it): positions 273-284 (--skip 272 --count 12,
    "split": "dev16", held out).
23. Seventeenth blind split (annotated blind before any measurement on it): positions 285-296 (--skip 284 --count 12,
    "split": "dev17", held out).
Output: one JSON object per line with id, source, url, date_extracted, documentDate, text (sorted by id), plus
"split": "fresh" / "dev2" / "dev3" / "dev4" / "dev5" / "dev6" / "dev7" / "dev8" / "dev9" / "dev10" / "dev11" / "dev12" / "dev13" / "dev14" / "dev15" / "dev16" / "dev17" for the later slices. Without options the output is exactly the original 30-article selection.
"""
import json
import os
import random
import re
import sys

SEED = 20261122
N = 30
FRESH_SKIP, FRESH_N = 30, 12
DEV2_SKIP, DEV2_N = 42, 14
DEV3_SKIP, DEV3_N = 56, 12
DEV4_SKIP, DEV4_N = 128, 12
DEV5_SKIP, DEV5_N = 140, 12
DEV6_SKIP, DEV6_N = 152, 12
DEV7_SKIP, DEV7_N = 164, 12
DEV8_SKIP, DEV8_N = 176, 12
DEV9_SKIP, DEV9_N = 188, 12
DEV10_SKIP, DEV10_N = 200, 12
DEV11_SKIP, DEV11_N = 212, 12
DEV12_SKIP, DEV12_N = 224, 12
DEV13_SKIP, DEV13_N = 236, 12
DEV14_SKIP, DEV14_N = 248, 12
DEV15_SKIP, DEV15_N = 260, 12
DEV16_SKIP, DEV16_N = 272, 12
DEV17_SKIP, DEV17_N = 284, 12
# later slices of the shuffled pool and their split names (annotated blind, each after the previous tuning)
SLICES = [(FRESH_SKIP, FRESH_N, "fresh"), (DEV2_SKIP, DEV2_N, "dev2"), (DEV3_SKIP, DEV3_N, "dev3"),
          (DEV4_SKIP, DEV4_N, "dev4"), (DEV5_SKIP, DEV5_N, "dev5"), (DEV6_SKIP, DEV6_N, "dev6"),
          (DEV7_SKIP, DEV7_N, "dev7"), (DEV8_SKIP, DEV8_N, "dev8"),
          (DEV9_SKIP, DEV9_N, "dev9"), (DEV10_SKIP, DEV10_N, "dev10"),
          (DEV11_SKIP, DEV11_N, "dev11"), (DEV12_SKIP, DEV12_N, "dev12"),
          (DEV13_SKIP, DEV13_N, "dev13"), (DEV14_SKIP, DEV14_N, "dev14"),
          (DEV15_SKIP, DEV15_N, "dev15"), (DEV16_SKIP, DEV16_N, "dev16"),
          (DEV17_SKIP, DEV17_N, "dev17")]
MIN_LEN, MAX_LEN = 800, 4000

DEFAULT_CORPUS = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                              *[".."] * 5, "shared", "corpora", "news-unlabeled", "saudinewsnet-subset.jsonl")
if not os.path.exists(DEFAULT_CORPUS):
    DEFAULT_CORPUS = "/work/shared/corpora/news-unlabeled/saudinewsnet-subset.jsonl"

# cue families (hamza-folded forms, whole tokens, optional و/ف proclitic)
CUE_FAMILIES = {
    "قال": r"(?:قال|قالت|قالا|قالوا|يقول|تقول|يقولون)",
    "أكد": r"(?:اكد|اكدت|اكدا|اكدوا|يؤكد|تؤكد|يوكد|توكد)",
    "أوضح": r"(?:اوضح|اوضحت|اوضحا|اوضحوا|يوضح|توضح)",
    "أشار": r"(?:اشار|اشارت|اشارا|اشاروا|يشير|تشير)",
    "أضاف": r"(?:اضاف|اضافت|اضافا|اضافوا|يضيف|تضيف)",
    "نفى": r"(?:نفى|نفي|نفت|نفيا|نفوا|ينفي|تنفي)",
    "ذكر": r"(?:ذكر|ذكرت|ذكرا|ذكروا|يذكر|تذكر)",
    "أعلن": r"(?:اعلن|اعلنت|اعلنا|اعلنوا|يعلن|تعلن)",
    "بحسب": r"(?:بحسب)",
    "وفقا ل": r"(?:وفقا|وفقاً)\s+ل",
    "نقلا عن": r"(?:نقلا|نقلاً)\s+عن",
}
BOUND_L = r"(?<![\u0621-\u064A])(?:[وف])?"
BOUND_R = r"(?![\u0621-\u064A])"
CUE_RES = {k: re.compile(BOUND_L + v + (BOUND_R if not v.endswith("ل") else "")) for k, v in CUE_FAMILIES.items()}

POLITICS_KEYWORDS = [
    "وزير الخارجية", "الرئيس", "الحكومة", "مجلس الأمن", "الأمم المتحدة", "البرلمان", "الانتخابات", "المعارضة",
    "الحوثي", "داعش", "إيران", "اليمن", "سوريا", "العراق", "لبنان", "ليبيا", "مصر", "تركيا", "روسيا",
    "الولايات المتحدة", "واشنطن", "إسرائيل", "فلسطين", "الاتفاق النووي", "التحالف", "الجيش", "الإرهاب",
    "السفير", "الدبلوماسي", "المفاوضات", "وزارة الداخلية", "مجلس التعاون", "الجامعة العربية", "الاتحاد الأوروبي",
]

FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا"})


def article_text(rec):
    return rec["title"] + "\n\n" + rec["text"]


def alwatan_ok(rec):
    if rec["source"] != "alwatan":
        return True
    m = re.match(r"https?://www\.alwatan\.com\.sa/([^/]+)/", rec["url"])
    return bool(m) and m.group(1) in ("Politics", "Nation")


def cue_families(text):
    folded = text.translate(FOLD)
    return sorted(k for k, rx in CUE_RES.items() if rx.search(folded))


def politics_score(text):
    return sum(1 for k in POLITICS_KEYWORDS if k in text)


def pool(corpus):
    out = []
    with open(corpus, encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            if not rec["title"].strip():
                continue
            t = article_text(rec)
            if not (MIN_LEN <= len(t) <= MAX_LEN):
                continue
            if not alwatan_ok(rec):
                continue
            if len(cue_families(t)) < 2:
                continue
            if politics_score(t) < 3:
                continue
            out.append(rec)
    out.sort(key=lambda r: r["id"])
    return out


def shuffled_pool(corpus):
    p = pool(corpus)
    random.Random(SEED).shuffle(p)
    return p


def parse_args(argv):
    skip, count, rest = 0, N, []
    i = 0
    while i < len(argv):
        if argv[i] in ("--skip", "--count") and i + 1 < len(argv):
            v = int(argv[i + 1])
            if v < 0:
                sys.exit(f"{argv[i]} must be >= 0")
            if argv[i] == "--skip":
                skip = v
            else:
                count = v
            i += 2
        else:
            rest.append(argv[i])
            i += 1
    return skip, count, (rest[0] if rest else DEFAULT_CORPUS)


def slice_split(skip):
    """The split name of the records printed with --skip SKIP: "fresh" for 30 (positions 31-42), "dev2" for 42
    (positions 43-56), "dev3" for 56 (positions 57-68), "dev4" for 128 (positions 129-140), "dev5" for 140 (141-152), "dev6" for 152 (153-164), "dev7" for 164 (165-176), "dev8" for 176 (177-188), "dev9" for 188 (189-200), "dev10" for 200 (201-212), "dev11" for 212 (213-224), "dev12" for 224 (225-236), "dev13" for 236 (237-248), "dev14" for 248 (249-260), "dev15" for 260 (261-272), "dev16" for 272 (273-284), "dev17" for 284 (285-296); None for the original draw (its records get the md5 dev/test rule)."""
    for s, _, name in SLICES:
        if skip == s:
            return name
    if skip >= N:
        sys.exit(f"--skip {skip}: no split defined for this slice (known: {[s for s, _, _ in SLICES]})")
    return None


def main():
    skip, count, corpus = parse_args(sys.argv[1:])
    p = shuffled_pool(corpus)
    chosen = sorted(p[skip:skip + count], key=lambda r: r["id"])
    print(f"pool={len(p)} chosen={len(chosen)}" + (f" (skip={skip})" if skip else ""), file=sys.stderr)
    for rec in chosen:
        t = article_text(rec)
        out = {
            "id": rec["id"], "source": rec["source"], "url": rec["url"], "date_extracted": rec["date_extracted"],
            "documentDate": rec["date_extracted"][:10], "text": t,
        }
        split = slice_split(skip)
        if split:
            out["split"] = split
        print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    main()
