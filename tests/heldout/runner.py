#!/usr/bin/env python3
"""Held-out set runner (one for every set): asks the `desk` command every question and scores the replies.

    python3 tests/heldout/setN/run.py [--desk PATH] [--only ID ...] [--json OUT] [--jobs N] [--timeout S]

Each set's run.py calls main() with its own folder (questions.json and data/ beside it).

For each question, a fresh conversation in a fresh temporary data directory:
    desk --data-dir D new                      -> conversation id
    desk --data-dir D import ID FILE...        -> one JSON receipt per file (all must be ok)
    desk --data-dir D ask ID "QUESTION" --json --provider offline
                                               -> one wire event per line; the reply is the
                                                  concatenation of the text_delta events' text
Classes:
    declined  the reply contains "I could not answer this exactly"
    correct   the reply's first paragraph states the truth (see score() and README.md)
    wrong     anything else (including a failed or timed-out ask)

Exit 0 whatever the score (it is a measurement); exit 2 on a setup error (no binary, a failed
`new` or `import`, an unreadable questions.json).
"""

import argparse
import concurrent.futures
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

DECLINE = "I could not answer this exactly"


class SetupError(Exception):
    pass


# ----------------------------------------------------------------------------------------------
# scoring

NUM_RE = re.compile(
    r"""
    (?<![\w.,])                       # not glued to a word, a decimal point or a separator
    (?P<sign>[-\u2212])?              # a minus glued to the number (or to its currency sign)
    (?P<cur>[$\u20ac\u00a3]\s?)?
    (?P<sign2>[-\u2212])?             # $-45.00
    (?P<int>\d{1,3}(?:,\d{3})+(?!\d)|\d+)
    (?P<frac>\.\d+)?
    (?:
        \s?(?P<pct>%|percent\b|per\s?cent\b)
      | (?P<sfx>[kKM]\b|bn\b|\s(?:thousand|million|billion|bn)\b)
    )?
    """,
    re.X,
)
SCALE = {"k": 1e3, "K": 1e3, "M": 1e6, "bn": 1e9, "thousand": 1e3, "million": 1e6, "billion": 1e9}


def written_numbers(text):
    """Every number written in text: (value, tolerance, is_percent)."""
    out = []
    for m in NUM_RE.finditer(text):
        digits = m.group("int").replace(",", "")
        frac = m.group("frac") or ""
        value = float(digits + frac)
        decimals = len(frac) - 1 if frac else 0
        scale = SCALE[m.group("sfx").strip()] if m.group("sfx") else 1.0
        if m.group("sign") or m.group("sign2"):
            value = -value
        out.append((value * scale, 0.5 * 10 ** (-decimals) * scale, bool(m.group("pct"))))
    return out


def number_stated(text, truth, unit):
    """A written number equals the truth rounded to the decimals it was written with (scaled by its
    k/M/million suffix), plus a relative 1e-6. A truth in % needs a number written with % or 'percent';
    a truth not in % is not matched by a number written as a percentage. Signs must agree."""
    want_pct = unit == "%"
    for value, tol, is_pct in written_numbers(text):
        if is_pct != want_pct:
            continue
        if abs(value - truth) <= tol + 1e-6 * abs(truth) + 1e-12:
            return True
    return False


def label_stated(text, label):
    """label is a string or a list of acceptable spellings; whole word/phrase, case-insensitive."""
    options = [label] if isinstance(label, str) else label
    for opt in options:
        pat = r"(?<!\w)" + r"\s+".join(re.escape(w) for w in opt.split()) + r"(?!\w)"
        if re.search(pat, text, re.I):
            return True
    return False


def first_paragraph(reply):
    """The reply up to its first blank line, and before any line starting 'Read as:'."""
    text = reply.strip()
    cut = text.find("\n\n")
    if cut >= 0:
        text = text[:cut]
    m = re.search(r"(?m)^[ \t*_>#-]*Read as:", text)
    if m:
        text = text[:m.start()]
    return text


def without_others(para):
    """The paragraph without the names it gives as others: the runner-up ("ahead of X", "below X",
    "Next: X") and the other end of a ranking ("the lowest is X", "the highest is X"). The one answer asked
    for ("which ...") must be said as the answer: a reply that leads with another and names the truth only as
    the runner-up or the lowest answered otherwise."""
    return re.sub(r"(ahead of|below|Next:|the lowest is|the highest is|lowest:|highest:)\s+[^(.;]*", r"\1 ", para)


def score(reply, truth):
    if DECLINE in reply:
        return "declined"
    para = first_paragraph(reply)
    ok = True
    unit = truth.get("unit", "")
    if "number" in truth:
        ok = ok and number_stated(para, truth["number"], unit)
    for n in truth.get("numbers", []):
        ok = ok and number_stated(para, n, unit)
    if "label" in truth:
        ok = ok and label_stated(without_others(para), truth["label"])
    for lab in truth.get("labels", []):
        ok = ok and label_stated(para, lab)
    return "correct" if ok else "wrong"


# ----------------------------------------------------------------------------------------------
# running desk


def default_desk():
    target = os.environ.get("CARGO_TARGET_DIR")
    if target:
        return Path(target) / "debug" / "desk"
    return Path.home() / ".cache" / "analyst-desk" / "target" / "debug" / "desk"


def run(cmd, timeout):
    return subprocess.run(cmd, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=timeout)


def ask_one(desk, q, timeout, data, name):
    """Returns a result dict; raises SetupError when the conversation cannot be set up."""
    started = time.monotonic()
    d = tempfile.mkdtemp(prefix=f"heldout-{name}-")
    try:
        p = run([desk, "--data-dir", d, "new"], 60)
        m = re.search(r"\b[0-9a-f]{32}\b", p.stdout)
        if p.returncode != 0 or not m:
            raise SetupError(f"{q['id']}: `desk new` failed (exit {p.returncode}): {p.stdout}{p.stderr}".strip())
        cid = m.group(0)
        files = [str(data / f) for f in q["dataset"]]
        p = run([desk, "--data-dir", d, "import", cid, *files], 300)
        receipts = []
        for line in p.stdout.splitlines():
            line = line.strip()
            if line.startswith("{"):
                receipts.append(json.loads(line))
        if p.returncode != 0 or len(receipts) != len(files) or not all(r.get("ok") for r in receipts):
            raise SetupError(f"{q['id']}: import failed (exit {p.returncode}): {p.stdout}{p.stderr}".strip())
        error = None
        reply_parts = []
        try:
            p = run([desk, "--data-dir", d, "ask", cid, q["question"], "--json", "--provider", "offline"], timeout)
            for line in p.stdout.splitlines():
                line = line.strip()
                if not line.startswith("{"):
                    continue
                try:
                    ev = json.loads(line)
                except json.JSONDecodeError:
                    continue
                if ev.get("type") == "text_delta":
                    reply_parts.append(ev.get("text", ""))
                elif ev.get("type") == "error":
                    error = f"{ev.get('code')}: {ev.get('message')}"
            if p.returncode != 0 and error is None:
                error = f"ask exited {p.returncode}: {p.stderr.strip()[:300]}"
        except subprocess.TimeoutExpired:
            error = f"ask timed out after {timeout}s"
        reply = "".join(reply_parts)
        cls = score(reply, q["truth"]) if reply else "wrong"
        return {"id": q["id"], "dataset": q["dataset"], "question": q["question"], "truth": q["truth"],
                "class": cls, "reply": reply, "first_paragraph": first_paragraph(reply), "error": error,
                "seconds": round(time.monotonic() - started, 2)}
    finally:
        shutil.rmtree(d, ignore_errors=True)


def main(here):
    """Runs the set in folder `here`; returns the exit code."""
    data = here / "data"
    ap = argparse.ArgumentParser(description=__doc__.replace("setN", here.name),
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--desk", help="path to the desk binary (default $CARGO_TARGET_DIR/debug/desk, "
                                   "else ~/.cache/analyst-desk/target/debug/desk)")
    ap.add_argument("--only", nargs="+", metavar="ID", help="run only these question ids")
    ap.add_argument("--json", metavar="OUT", help="write the per-question results to OUT")
    ap.add_argument("--jobs", type=int, default=1, help="questions asked in parallel (default 1)")
    ap.add_argument("--timeout", type=float, default=300, help="seconds allowed per ask (default 300)")
    args = ap.parse_args()

    desk = Path(args.desk) if args.desk else default_desk()
    if not desk.is_file() or not os.access(desk, os.X_OK):
        print(f"setup error: no desk binary at {desk} (build it, or pass --desk)", file=sys.stderr)
        return 2
    try:
        questions = json.loads((here / "questions.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        print(f"setup error: cannot read questions.json: {e}", file=sys.stderr)
        return 2
    if args.only:
        wanted = set(args.only)
        unknown = wanted - {q["id"] for q in questions}
        if unknown:
            print(f"setup error: unknown ids {sorted(unknown)}", file=sys.stderr)
            return 2
        questions = [q for q in questions if q["id"] in wanted]
    for q in questions:
        for f in q["dataset"]:
            if not (data / f).is_file():
                print(f"setup error: missing data file {data / f}", file=sys.stderr)
                return 2

    results = {}
    try:
        with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
            futs = {pool.submit(ask_one, str(desk), q, args.timeout, data, here.name): q["id"] for q in questions}
            for fut in concurrent.futures.as_completed(futs):
                r = fut.result()
                results[r["id"]] = r
    except SetupError as e:
        print(f"setup error: {e}", file=sys.stderr)
        return 2

    ordered = [results[q["id"]] for q in questions]
    per = defaultdict(lambda: defaultdict(int))
    for r in ordered:
        key = "+".join(r["dataset"])
        per[key][r["class"]] += 1
        line = f"{r['id']}  {r['class']:<8}  {r['question']}"
        if r["class"] != "correct":
            shown = r["reply"][:200].replace("\n", " / ")
            line += f"\n           reply: {shown}" if shown else ""
            if r["error"]:
                line += f"\n           error: {r['error']}"
        print(line)
    tot = defaultdict(int)
    for r in ordered:
        tot[r["class"]] += 1
    print()
    print(f"correct {tot['correct']} / declined {tot['declined']} / wrong {tot['wrong']} of {len(ordered)}")
    for key in sorted(per):
        c = per[key]
        n = sum(c.values())
        print(f"  {key}: correct {c['correct']} / declined {c['declined']} / wrong {c['wrong']} of {n}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"summary": dict(tot), "per_dataset": {k: dict(v) for k, v in per.items()},
                       "results": ordered}, f, indent=1, ensure_ascii=False)
            f.write("\n")
    return 0

