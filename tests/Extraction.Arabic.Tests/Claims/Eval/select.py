#!/usr/bin/env python3
"""Deterministic selection of the articles for the attributed-claims evaluation set.

Reproduce with:
    python3 select.py [CORPUS] > selected.jsonl                     # the 30 dev/test articles
    python3 select.py --skip 30 --count 12 [CORPUS] > fresh.jsonl   # the 12 "fresh" articles (31-42)
and so on: one command --skip SKIP --count COUNT per entry (SKIP, COUNT, NAME) of SLICES below.
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
 8. Later slices: see SLICES. Each entry (SKIP, COUNT, NAME) is pool positions SKIP+1 .. SKIP+COUNT of the same
    shuffled pool (--skip SKIP --count COUNT); each slice was annotated blind, before any measurement on it, and its
    records carry "split": NAME (not the md5 rule).
Output: one JSON object per line with id, source, url, date_extracted, documentDate, text (sorted by id), plus
"split": NAME for a slice of SLICES. Without options the output is exactly the original 30-article selection.
"""
import json
import os
import random
import re
import sys

SEED = 20261122
N = 30
# Later slices of the shuffled pool, in the order they were added: (skip, count, split name) = pool positions
# skip+1 .. skip+count, annotated blind, records carry "split": name. The single source of truth for the splits:
# build_gold.py and verify.py derive their select.py runs and split names from it. A new blind split is one more
# tuple here (plus its row in README.md's Counts table); see README.md for which positions are still unread.
SLICES = [
    (30, 12, "fresh"),   # 31-42
    (42, 14, "dev2"),    # 43-56
    (56, 12, "dev3"),    # 57-68
    (128, 12, "dev4"),   # 129-140 (69-128 had been read by helpers hunting false positives)
    (140, 12, "dev5"),   # 141-152
    (152, 12, "dev6"),   # 153-164
    (164, 12, "dev7"),   # 165-176
    (176, 12, "dev8"),   # 177-188
    (188, 12, "dev9"),   # 189-200
    (200, 12, "dev10"),  # 201-212
    (212, 12, "dev11"),  # 213-224
    (224, 12, "dev12"),  # 225-236
    (236, 12, "dev13"),  # 237-248
    (248, 12, "dev14"),  # 249-260
    (260, 12, "dev15"),  # 261-272
    (272, 12, "dev16"),  # 273-284
    (284, 12, "dev17"),  # 285-296
    (296, 12, "dev18"),  # 297-308
    (308, 12, "dev19"),  # 309-320
    (320, 12, "dev20"),  # 321-332
    (332, 12, "dev21"),  # 333-344
    (344, 12, "dev22"),  # 345-356
    (356, 12, "dev23"),  # 357-368
    (368, 12, "dev24"),  # 369-380
    (380, 12, "dev25"),  # 381-392
    (392, 12, "dev26"),  # 393-404
    (404, 12, "dev27"),  # 405-416
    (416, 12, "dev28"),  # 417-428
    (428, 12, "dev29"),  # 429-440
    (440, 12, "dev30"),  # 441-452
    (452, 12, "dev31"),  # 453-464
    (464, 12, "dev32"),  # 465-476
    (476, 12, "dev33"),  # 477-488
    (488, 12, "dev34"),  # 489-500
    (500, 12, "dev35"),  # 501-512
    (512, 12, "dev36"),  # 513-524
    (524, 12, "dev37"),  # 525-536
    (536, 12, "dev38"),  # 537-548
    (548, 12, "dev39"),  # 549-560
    (560, 12, "dev40"),  # 561-572
    (572, 12, "dev41"),  # 573-584
    (584, 12, "dev42"),  # 585-596
    (596, 12, "dev43"),  # 597-608
    (608, 12, "dev44"),  # 609-620
    (620, 12, "dev45"),  # 621-632
    (632, 12, "dev46"),  # 633-644
    (644, 12, "dev47"),  # 645-656
    (656, 12, "dev48"),  # 657-668
    (668, 12, "dev49"),  # 669-680
    (680, 12, "dev50"),  # 681-692
    (692, 12, "dev51"),  # 693-704
    (704, 12, "dev52"),  # 705-716
    (716, 12, "dev53"),  # 717-728
    (728, 12, "dev54"),  # 729-740
    (740, 12, "dev55"),  # 741-752
    (752, 12, "dev56"),  # 753-764
    (764, 12, "dev57"),  # 765-776
]
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
    """The split name of the records printed with --skip SKIP: the name of the SLICES entry whose skip is SKIP;
    None for the original draw (skip < N; its records get the md5 dev/test rule); exits for any other skip."""
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
