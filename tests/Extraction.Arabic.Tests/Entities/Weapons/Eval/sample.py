#!/usr/bin/env python3
"""Draws the weapons evaluation sentences (deterministic: fixed seed, fixed corpus files).

Usage: python3 sample.py ../../../../../../shared/corpora > sentences.jsonl
Writes one JSON object per line: {"id", "source", "text"}. The gold mentions were then added by hand
(weapons-gold.jsonl); this script is kept so the draw can be checked, not re-run over the annotations.
"""
import json, random, re, sys, hashlib

root = sys.argv[1]
rng = random.Random(20240505)

WEAPONISH = re.compile(r"صاروخ|صواريخ|مقاتلات|طائرات حربية|مروحي|دبابة|دبابات|مدرعة|مدرعات|منظومة|منظومات|راجم|مدفع|مدافع|قذائف|غواص|فرقاط|بارجة|بوارج|بدون طيار|دون طيار|باليست|بالست|طراز|أباتشي|اباتشي|إف-|إف ?1|سوخوي|ميغ|باتريوت|سكود|كاتيوشا|بندقي|رشاش|قنابل|هاون|أسلحة نووية|سلاح نووي")
AMBIG = re.compile(r"(^|\s)(و|ب|ل|ف)?(ال)?(شاهد|جيران|نصر|فاتح|قاهر|مسيرة|مسيرات|بركان|زلزال|قدس|طوفان|إسكندر|باراك|ميلان)(\s|$|[،.])")

def sentences(text):
    for para in text.split("\n"):
        for s in re.split(r"(?<=[.!؟?])\s+", para.strip()):
            s = s.strip()
            n = len(s.split())
            if 8 <= n <= 55:
                yield s

news = []
with open(f"{root}/news-unlabeled/saudinewsnet-subset.jsonl", encoding="utf-8") as f:
    for line in f:
        a = json.loads(line)
        for i, s in enumerate(sentences(a["text"])):
            news.append((f"{a['id']}#{i}", s))
rng.shuffle(news)
weapon = [x for x in news if WEAPONISH.search(x[1])]
ambig = [x for x in news if AMBIG.search(x[1]) and x not in weapon[:0]]
picked, seen = [], set()
def take(pool, n, source):
    k = 0
    for sid, s in pool:
        if k == n: break
        if s in seen: continue
        seen.add(s); picked.append({"id": sid, "source": source, "text": s}); k += 1
take(weapon, 80, "news-weaponish")
take(ambig, 25, "news-ambiguous")
take(news, 15, "news-random")

# WikiFANE: re-join split clitics, drop the LRM marks.
PRO = {"و", "ب", "ل", "ف", "ك", "س"}
SUF = {"ه", "ها", "هم", "هما", "هن", "ي", "نا", "كم", "كما", "كن"}
wf, cur = [], []
with open(f"{root}/wikifane/train.txt", encoding="utf-8") as f:
    for line in f:
        line = line.rstrip("\n")
        if not line:
            if cur: wf.append(cur); cur = []
            continue
        tok, tag = line.split("\t")
        cur.append((tok.replace("\u200e", ""), tag))
if cur: wf.append(cur)
def join(toks):
    out, pend = [], ""
    for t, _ in toks:
        if t in PRO:
            pend += t; continue
        if out and not pend and t in SUF:
            out[-1] += t; continue
        if pend:
            t = ("ل" + t[1:] if pend.endswith("ل") and t.startswith("ال") else t)
            t = pend + t; pend = ""
        out.append(t)
    if pend: out.append(pend)
    s = " ".join(out)
    return re.sub(r" ([،,.:;)\]؟!])", r"\1", re.sub(r"([(\[]) ", r"\1", s))
VEHWEA = re.compile(r"-(Air|Land|Water|Projectile|Shooting|Nuclear|Exploding|Blunt|Chemical|Sharp)$")
idx = list(range(len(wf)))
rng.shuffle(idx)
ve = [i for i in idx if any(VEHWEA.search(tag) for _, tag in wf[i]) and 6 <= len(wf[i]) <= 70]
rnd = [i for i in idx if 6 <= len(wf[i]) <= 60]
for pool, n, src in ((ve, 50, "wikifane-vehwea"), (rnd, 15, "wikifane-random")):
    k = 0
    for i in pool:
        if k == n: break
        s = join(wf[i])
        if s in seen: continue
        seen.add(s); picked.append({"id": f"wikifane#{i}", "source": src, "text": s}); k += 1

for p in picked:
    p["split"] = "test" if int(hashlib.sha1(p["id"].encode()).hexdigest(), 16) % 2 else "dev"
    print(json.dumps(p, ensure_ascii=False))
