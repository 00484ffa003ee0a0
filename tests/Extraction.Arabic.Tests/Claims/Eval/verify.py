#!/usr/bin/env python3
"""Verify claims-gold.jsonl.

Checks, for every article and claim:
  * the record shape (id, source, documentDate, split, text, claims[] with cue/speaker/content spans, speakerKey,
    polarity, date, dateSource, cueLemma, implicitSpeaker);
  * every span lies inside the text and text[start:end] == span.text **in UTF-16 code units** (the offsets of
    CONTRACT.md), computed independently of the code-point indexes Python uses;
  * split == "test" iff the last hex digit of md5(id) is even (dev otherwise), except the later slices: with the
    corpus, split == NAME exactly for pool positions SKIP+1 .. SKIP+COUNT of the shuffled pool
    (select.py --skip SKIP --count COUNT), for every entry (SKIP, COUNT, NAME) of select.SLICES;
  * dates are ISO (YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Www); a "document" date equals documentDate;
  * claims are in text order of their cues and no two claims share a cue span;
  * with the corpus available (default path or argument), the article set and every text are exactly what
    select.py produces (title + "\\n\\n" + text) for the 30 dev/test articles and for every slice of select.SLICES,
    i.e. the selection is reproducible.
Usage: python3 verify.py [--no-corpus] [CORPUS]
Exit code 0 when everything holds; prints counts per split.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# this folder holds select.py, which would shadow the standard-library module `select`
sys.path[:] = [p for p in sys.path if os.path.abspath(p or ".") != HERE]

import hashlib  # noqa: E402
import importlib.util  # noqa: E402
import json  # noqa: E402
import re  # noqa: E402

DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$|^\d{4}-W\d{2}$")
FAIL = []


def fail(msg):
    FAIL.append(msg)


def u16_slice(text, start, end):
    b = text.encode("utf-16-le")
    if not (0 <= start <= end <= len(b) // 2):
        return None
    return b[2 * start:2 * end].decode("utf-16-le")


def check_span(aid, n, name, span, text):
    if not isinstance(span, dict) or set(span) != {"start", "end", "text"}:
        fail(f"{aid} claim {n}: {name} has bad shape {span!r}")
        return
    s, e, t = span["start"], span["end"], span["text"]
    if not (isinstance(s, int) and isinstance(e, int) and s < e):
        fail(f"{aid} claim {n}: {name} bad offsets {s}..{e}")
        return
    got = u16_slice(text, s, e)
    if got is None:
        fail(f"{aid} claim {n}: {name} {s}..{e} outside text (utf-16 length {len(text.encode('utf-16-le')) // 2})")
    elif got != t:
        fail(f"{aid} claim {n}: {name} text mismatch: {got!r} != {t!r}")
    if t != t.strip():
        fail(f"{aid} claim {n}: {name} has surrounding whitespace: {t!r}")


def load_selector():
    spec = importlib.util.spec_from_file_location("claims_eval_select", os.path.join(HERE, "select.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


SEL = load_selector()
LATER_SPLITS = tuple(name for _, _, name in SEL.SLICES)  # slices of the shuffled pool after the first 30


def main():
    args = sys.argv[1:]
    use_corpus = "--no-corpus" not in args
    args = [a for a in args if a != "--no-corpus"]
    recs = [json.loads(l) for l in open(os.path.join(HERE, "claims-gold.jsonl"), encoding="utf-8") if l.strip()]
    ids = set()
    stats = {}
    astral = 0
    for r in recs:
        aid = r.get("id")
        if set(r) != {"id", "source", "documentDate", "split", "text", "claims"}:
            fail(f"{aid}: bad record keys {sorted(r)}")
            continue
        if aid in ids:
            fail(f"{aid}: duplicate id")
        ids.add(aid)
        text = r["text"]
        astral += sum(1 for ch in text if ord(ch) > 0xFFFF)
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["documentDate"]):
            fail(f"{aid}: bad documentDate {r['documentDate']}")
        want = "test" if int(hashlib.md5(aid.encode("utf-8")).hexdigest()[-1], 16) % 2 == 0 else "dev"
        if r["split"] != want and r["split"] not in LATER_SPLITS:
            fail(f"{aid}: split {r['split']} != {want}")
        st = stats.setdefault(r["split"], dict(articles=0, claims=0, denied=0, unnamed=0, implicit=0, explicit=0))
        st["articles"] += 1
        prev = -1
        cues = set()
        for n, c in enumerate(r["claims"], 1):
            keys = {"cue", "speaker", "speakerKey", "polarity", "content", "date", "dateSource", "cueLemma",
                    "implicitSpeaker"}
            if set(c) != keys:
                fail(f"{aid} claim {n}: bad keys {sorted(c)}")
                continue
            for name in ("cue", "speaker", "content"):
                check_span(aid, n, name, c[name], text)
            if c["cue"]["start"] < prev:
                fail(f"{aid} claim {n}: claims not in cue order")
            prev = c["cue"]["start"]
            ck = (c["cue"]["start"], c["cue"]["end"])
            if ck in cues:
                fail(f"{aid} claim {n}: duplicate cue span {ck}")
            cues.add(ck)
            if c["polarity"] not in ("asserted", "denied"):
                fail(f"{aid} claim {n}: bad polarity {c['polarity']}")
            if not (c["speakerKey"] is None or (isinstance(c["speakerKey"], str) and c["speakerKey"].strip())):
                fail(f"{aid} claim {n}: bad speakerKey {c['speakerKey']!r}")
            if not (isinstance(c["date"], str) and DATE_RE.match(c["date"])):
                fail(f"{aid} claim {n}: bad date {c['date']!r}")
            if c["dateSource"] not in ("explicit", "document"):
                fail(f"{aid} claim {n}: bad dateSource {c['dateSource']!r}")
            if c["dateSource"] == "document" and c["date"] != r["documentDate"]:
                fail(f"{aid} claim {n}: document date {c['date']} != {r['documentDate']}")
            if not isinstance(c["implicitSpeaker"], bool) or not isinstance(c["cueLemma"], str):
                fail(f"{aid} claim {n}: bad implicitSpeaker/cueLemma")
            if c["implicitSpeaker"] and c["speaker"]["start"] >= c["cue"]["start"]:
                fail(f"{aid} claim {n}: implicit speaker must be an antecedent (before the cue)")
            st["claims"] += 1
            st["denied"] += c["polarity"] == "denied"
            st["unnamed"] += c["speakerKey"] is None
            st["implicit"] += c["implicitSpeaker"]
            st["explicit"] += c["dateSource"] == "explicit"
    if use_corpus:
        sel = SEL
        corpus = args[0] if args else sel.DEFAULT_CORPUS
        if os.path.exists(corpus):
            import random
            pool = sel.pool(corpus)
            random.Random(sel.SEED).shuffle(pool)
            base = {p["id"]: p for p in pool[:sel.N]}
            slices = {name: {p["id"]: p for p in pool[skip:skip + n]} for skip, n, name in sel.SLICES}
            chosen = dict(base)
            for ids_of_slice in slices.values():
                chosen.update(ids_of_slice)
            if set(chosen) != ids:
                fail(f"article set differs from select.py: missing {sorted(set(chosen) - ids)},"
                     f" extra {sorted(ids - set(chosen))}")
            for r in recs:
                for name, ids_of_slice in slices.items():
                    if (r.get("split") == name) != (r.get("id") in ids_of_slice):
                        fail(f"{r.get('id')}: split {r.get('split')} but the {name} selection says {r.get('id') in ids_of_slice}")
            for r in recs:
                p = chosen.get(r["id"])
                if p is None:
                    continue
                if sel.article_text(p) != r["text"]:
                    fail(f"{r['id']}: text differs from title + \\n\\n + text")
                if p["date_extracted"][:10] != r["documentDate"]:
                    fail(f"{r['id']}: documentDate differs from date_extracted")
                if p["source"] != r["source"]:
                    fail(f"{r['id']}: source differs")
            extra = " + ".join(f"{len(v)} {k}" for k, v in slices.items())
            print(f"corpus check: {len(base)} + {extra} selected articles match ({corpus})")
        else:
            print(f"corpus not found at {corpus}; skipped the reproducibility check")
    for s in sorted(stats):
        print(s, stats[s])
    tot = {k: sum(st[k] for st in stats.values()) for k in next(iter(stats.values()))}
    print("total", tot, f"astral characters: {astral}")
    if FAIL:
        print("\n".join(FAIL), file=sys.stderr)
        print(f"FAILED: {len(FAIL)} problem(s)", file=sys.stderr)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
