#!/usr/bin/env python3
"""Compile the human-written annotation files (annotations/*.ann) into claims-gold.jsonl.

The .ann files are the primary annotation: they name spans by their *text* (with optional context) so that a human
can write and review them; this script resolves them to UTF-16 offsets and fails loudly on any ambiguity.

Format of annotations/<id>.ann (UTF-8):
    # comment lines and blank lines are ignored
    CUE | key=value | flag | ...            one claim per line, claims in textual order of their cue
Locators (CUE, spk, c): either a plain string, or  left[[span]]right  where only `span` is annotated and the
context `left`/`right` must match around it.
    CUE       first match at or after the previous claim's cue start (claims are listed in text order);
              `^` prefix (`^[[...]]`) searches from the start of the text instead.
    spk=LOC   speaker; nearest match to the cue (implicit speakers: nearest match before the cue);
              spk<LOC (no `=`) forces the nearest match before the cue, spk>LOC the nearest match after the cue start.
    key=TEXT  speakerKey; `-` for null.
    c=START ~~ END   content from the first match of START at/after the cue start to the end of the first match of
              END after that; c=TEXT for an exact span; c<START ~~ END (no `=`) searches START backwards (last match before the cue).
    pol=denied        (default asserted)
    d=ISO             explicit statement date (dateSource explicit); absent -> document date
    imp               implicit speaker (speaker span is an antecedent mention)
    lem=LEMMA         cue lemma (required)
Usage: python3 build_gold.py [--review FILE] [SELECTED_JSONL ...]
  (default: run select.py for the 30 dev/test articles, then select.py --skip SKIP --count COUNT for every entry
  (SKIP, COUNT, NAME) of select.SLICES, in that order; records carrying a "split" (the slice's NAME) keep it, all
  others get the md5 rule; PARTIAL=1 skips articles whose .ann file does not exist yet)
Writes claims-gold.jsonl next to this script; --review FILE also writes a human-readable listing of every claim
(cue in context, speaker, key, polarity, date, content) for proofreading.
"""
import os
import sys

# this folder holds select.py, which would shadow the standard-library module `select` used by subprocess
sys.path[:] = [p for p in sys.path if os.path.abspath(p or ".") != os.path.dirname(os.path.abspath(__file__))]

import hashlib  # noqa: E402
import importlib.util  # noqa: E402
import json  # noqa: E402
import re  # noqa: E402
import subprocess  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
AR = re.compile(r"[\u0621-\u064A\u0660-\u0669\u0671-\u06D3]")


class AnnError(Exception):
    pass


def utf16_index(text, i):
    """UTF-16 code-unit offset of code-point index i."""
    return i + sum(1 for ch in text[:i] if ord(ch) > 0xFFFF)


def parse_loc(loc):
    m = re.fullmatch(r"(.*?)\[\[(.+?)\]\](.*)", loc, re.S)
    if m:
        return m.group(1), m.group(2), m.group(3)
    return "", loc, ""


def occurrences(text, loc):
    left, span, right = parse_loc(loc)
    pat = left + span + right
    out = []
    i = text.find(pat)
    while i != -1:
        out.append((i + len(left), i + len(left) + len(span)))
        i = text.find(pat, i + 1)
    return out


def whole_token(text, s, e, allow_open_end=False):
    if s > 0 and AR.match(text[s - 1]):
        return False
    if not allow_open_end and e < len(text) and AR.match(text[e]):
        return False
    return True


def resolve_article(aid, text, lines):
    claims = []
    cursor = 0
    for ln, line in lines:
        parts = [p.strip() for p in line.split(" | ")]
        cue_loc, opts = parts[0], parts[1:]
        o = {}
        flags = set()
        for p in opts:
            m = re.match(r"(spk<|spk>|c<)(.*)$", p, re.S) or re.match(r"(spk|key|c|pol|d|lem)=(.*)$", p, re.S)
            if m:
                o[m.group(1)] = m.group(2)
            elif p in ("imp",):
                flags.add(p)
            else:
                raise AnnError(f"{aid}:{ln}: bad field {p!r}")
        where = f"{aid}:{ln}"
        # cue
        start_from = cursor
        if cue_loc.startswith("^"):
            cue_loc, start_from = cue_loc[1:], 0
        occ = [x for x in occurrences(text, cue_loc) if x[0] >= start_from]
        if not occ:
            raise AnnError(f"{where}: cue {cue_loc!r} not found after {start_from}")
        cs, ce = occ[0]
        open_end = text[cs:ce].endswith(("ل", "لـ")) or text[cs:ce].endswith(":")
        if o.get("lem") != "headline" and not whole_token(text, cs, ce, allow_open_end=open_end):
            raise AnnError(f"{where}: cue {text[cs:ce]!r} is not a whole token at {cs}")
        cursor = cs + 1
        # speaker
        implicit = "imp" in flags
        if "spk" in o:
            cand = occurrences(text, o["spk"])
            mode = "before" if implicit else "nearest"
            sl = o["spk"]
        elif "spk<" in o:
            cand, mode, sl = occurrences(text, o["spk<"]), "before", o["spk<"]
        elif "spk>" in o:
            cand, mode, sl = occurrences(text, o["spk>"]), "after", o["spk>"]
        else:
            raise AnnError(f"{where}: no speaker")
        if mode == "before":
            cand = [x for x in cand if x[1] <= cs]
            cand = sorted(cand, key=lambda x: cs - x[1])
        elif mode == "after":
            cand = [x for x in cand if x[0] >= cs]
            cand = sorted(cand, key=lambda x: x[0] - cs)
        else:
            cand = sorted(cand, key=lambda x: min(abs(x[0] - ce), abs(cs - x[1])))
        if not cand:
            raise AnnError(f"{where}: speaker {sl!r} not found ({mode})")
        ss, se = cand[0]
        # content
        if "c" in o or "c<" in o:
            back = "c<" in o
            cl = o["c<"] if back else o["c"]
            if " ~~ " in cl:
                a, b = cl.split(" ~~ ")
            else:
                a, b = cl, None
            occ = occurrences(text, a)
            if back:
                occ = [x for x in occ if x[0] < cs]
                if not occ:
                    raise AnnError(f"{where}: content start {a!r} not found before cue")
                xs, xe = occ[-1]
            else:
                occ = [x for x in occ if x[0] >= cs]
                if not occ:
                    raise AnnError(f"{where}: content start {a!r} not found after cue")
                xs, xe = occ[0]
            if b is not None:
                occ = [x for x in occurrences(text, b) if x[1] >= xe and x[0] >= xs]
                if not occ:
                    raise AnnError(f"{where}: content end {b!r} not found")
                xe = occ[0][1]
        else:
            raise AnnError(f"{where}: no content")
        if "lem" not in o:
            raise AnnError(f"{where}: no lem")
        if "key" not in o:
            raise AnnError(f"{where}: no key")
        pol = o.get("pol", "asserted")
        if pol not in ("asserted", "denied"):
            raise AnnError(f"{where}: bad polarity {pol}")
        claims.append(dict(cs=cs, ce=ce, ss=ss, se=se, xs=xs, xe=xe, key=None if o["key"] == "-" else o["key"],
                           pol=pol, date=o.get("d"), implicit=implicit, lem=o["lem"]))
    return claims


def span(text, s, e):
    return {"start": utf16_index(text, s), "end": utf16_index(text, e), "text": text[s:e]}


def split_of(aid):
    return "test" if int(hashlib.md5(aid.encode("utf-8")).hexdigest()[-1], 16) % 2 == 0 else "dev"


def load_selector():
    """select.py as a module (under another name: `select` would be the standard-library module)."""
    spec = importlib.util.spec_from_file_location("claims_eval_select", os.path.join(HERE, "select.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def select_invocations():
    """The select.py argument lists of the default selection: [] (the 30 dev/test articles), then
    ["--skip", SKIP, "--count", COUNT] for every entry (SKIP, COUNT, NAME) of select.SLICES, in order."""
    return [[]] + [["--skip", str(skip), "--count", str(count)] for skip, count, _ in load_selector().SLICES]


def load_articles(paths):
    """Selected articles: the given JSONL files (records carrying a "split" keep it), or by default the output of
    `select.py` (30 dev/test articles) followed by `select.py --skip SKIP --count COUNT` for every entry of
    select.SLICES (see select_invocations)."""
    if paths:
        srcs = [open(p, encoding="utf-8").read() for p in paths]
    else:
        srcs = [subprocess.run([sys.executable, os.path.join(HERE, "select.py")] + extra, check=True,
                               capture_output=True, text=True).stdout
                for extra in select_invocations()]
    return [json.loads(l) for src in srcs for l in src.splitlines() if l.strip()]


def split_of_record(a):
    """The later slices (select.SLICES) carry their split, the slice's name; the original 30 use the md5 rule."""
    return a.get("split") or split_of(a["id"])


def main():
    args = sys.argv[1:]
    review_path = None
    if args[:1] == ["--review"]:
        review_path, args = args[1], args[2:]
    arts = load_articles(args)
    out, review, errors = [], [], []
    for a in arts:
        aid, text = a["id"], a["text"]
        p = os.path.join(HERE, "annotations", aid + ".ann")
        if not os.path.exists(p):
            if os.environ.get("PARTIAL"):
                continue
            errors.append(f"{aid}: missing annotation file")
            continue
        lines = [(i + 1, l.rstrip("\n")) for i, l in enumerate(open(p, encoding="utf-8"))
                 if l.strip() and not l.lstrip().startswith("#")]
        try:
            cl = resolve_article(aid, text, lines)
        except AnnError as ex:
            errors.append(str(ex))
            continue
        doc = a["documentDate"]
        claims = []
        review.append(f"\n######## {aid}  ({a['source']}, {doc}, {split_of_record(a)})")
        for n, c in enumerate(cl, 1):
            claims.append({
                "cue": span(text, c["cs"], c["ce"]),
                "speaker": span(text, c["ss"], c["se"]),
                "speakerKey": c["key"],
                "polarity": c["pol"],
                "content": span(text, c["xs"], c["xe"]),
                "date": c["date"] or doc,
                "dateSource": "explicit" if c["date"] else "document",
                "cueLemma": c["lem"],
                "implicitSpeaker": c["implicit"],
            })
            ctx = text[max(0, c["cs"] - 25):c["cs"]] + "⟦" + text[c["cs"]:c["ce"]] + "⟧" + text[c["ce"]:c["ce"] + 25]
            review.append(f"[{n}] cue: …{ctx}…".replace("\n", "¶"))
            review.append(f"    spk: {text[c['ss']:c['se']]} @{c['ss']}{' (implicit)' if c['implicit'] else ''}"
                          f"  key={c['key']}  pol={c['pol']}  date={c['date'] or doc}"
                          f" ({'explicit' if c['date'] else 'document'})  lem={c['lem']}")
            review.append(f"    content: ⟦{text[c['xs']:c['xe']]}⟧ +next: {text[c['xe']:c['xe'] + 12]!r}".replace("\n", "¶"))
        out.append({"id": aid, "source": a["source"], "documentDate": doc, "split": split_of_record(a), "text": text,
                    "claims": claims})
    if errors:
        print("\n".join(errors), file=sys.stderr)
    if review_path:
        with open(review_path, "w", encoding="utf-8") as f:
            f.write("\n".join(review) + "\n")
    if errors:
        sys.exit(1)
    with open(os.path.join(HERE, "claims-gold.jsonl"), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"articles={len(out)} claims={sum(len(r['claims']) for r in out)}")


if __name__ == "__main__":
    main()
