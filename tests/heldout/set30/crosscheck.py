#!/usr/bin/env python3
"""Held-out set 30: recomputes every truth in questions.json a second, independent way and reports how many
agree. Standard library only; no code shared with truths.py.

    python3 tests/heldout/set30/crosscheck.py     # exit 1 on any mismatch

Differences from truths.py on purpose: files read with csv.DictReader; numbers pulled out with a regular
expression rather than by stripping signs; dates split with regular expressions into (y, m, d) tuples and
weekdays from date ordinals via time-free arithmetic (Zeller's congruence); names matched by keeping letters
only ("Kings Mere" -> "kingsmere", "Ghosts and Legends" -> "ghostslegends" via a synonym table keyed on that);
totals in integer pennies where the data is money.
"""

import csv
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
DAYNAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHNAMES = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
              "november", "december"]
NUMBER = re.compile(r"^\s*(-?)\s*[£€$]?\s*(-?)((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*$")


def load(name):
    with open(DATA / name, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def pennies(text):
    m = NUMBER.match(text or "")
    if not m:
        return None
    v = round(float(m.group(3).replace(",", "")) * 100)
    return -v if (m.group(1) or m.group(2)) else v


def val(text):
    p = pennies(text)
    return None if p is None else p / 100


def key(text):
    return re.sub(r"[^a-z]", "", text.lower())


def weekday(y, m, d):
    """0 = Monday (Zeller's congruence)."""
    if m < 3:
        m += 12
        y -= 1
    h = (d + (13 * (m + 1)) // 5 + y % 100 + (y % 100) // 4 + (y // 100) // 4 + 5 * (y // 100)) % 7
    return (h + 5) % 7


def ordinal(y, m, d):
    """days since a fixed epoch (proleptic Gregorian), for differences only."""
    a = (14 - m) // 12
    yy = y + 4800 - a
    mm = m + 12 * a - 3
    return d + (153 * mm + 2) // 5 + 365 * yy + yy // 4 - yy // 100 + yy // 400


def affirmative(text):
    return key(text) in {"yes", "y", "true", "ean"} or text.strip() == "1"


def mean(xs):
    xs = list(xs)
    return sum(xs) / len(xs)


def argmax(d):
    return max(d, key=lambda k: d[k])


def argmin(d):
    return min(d, key=lambda k: d[k])


# ------------------------------------------------------------------------------------------------
# datasets


def party_data():
    items = {}
    for r in load("party_items.csv"):
        items[int(r["Item Code"])] = (r["Item"].strip(), key(r["Type"]), val(r["Day Rate"]))
    out = []
    for r in load("party_bookings.csv"):
        ev = tuple(int(x) for x in reversed(re.findall(r"\d+", r["Event Date"])))
        bk = tuple(int(x) for x in reversed(re.findall(r"\d+", r["Booked On"])))
        s = key(r["Status"])
        it = items[int(r["Item Code"])]
        out.append(dict(ev=ev, bk=bk, item=it[0], type=it[1], days=int(r["Days"]), town=key(r["Town"]),
                        ct=key(r["Customer Type"]), p=pennies(r["Price"]), paid=affirmative(r["Paid"]),
                        done=s in {"completed", "done"}, canc=s[:6] == "cancel", up=s in {"booked", "confirmed"}))
    return items, out


def yoga_data():
    syn = {"dropin": "dropin", "classpass": "classpass", "private": "private", "privatesession": "private"}
    out, voids = [], 0
    for r in load("yoga_ledger.csv"):
        if re.search(r"void", r["Note"], re.I):
            voids += 1
            continue
        d, m, y = (int(x) for x in re.match(r"\s*(\d+)-(\d+)-(\d+)", r["Date"]).groups())
        c = key(r["Category"])
        meth = key(r["Method"])
        out.append(dict(y=y, m=m, d=d, cat=syn.get(c, c), p=pennies(r["Amount"]), desc=r["Description"].strip(),
                        meth="banktransfer" if meth == "bacs" else meth))
    return out, voids


def diet_data():
    out = []
    for r in load("diet_diary.csv"):
        m = re.match(r"\s*\w+\s+(\d+)\s+(\w+)\s+(\d{4})", r["Date"])
        d, mon, y = int(m.group(1)), [x[:3] for x in MONTHNAMES].index(m.group(2).lower()) + 1, int(m.group(3))
        w = r["Weight (kg)"].strip()
        out.append(dict(y=y, m=mon, d=d, wd=weekday(y, mon, d),
                        w=float(w) if re.fullmatch(r"\d+\.\d", w) else None, cal=val(r["Calories"]),
                        steps=val(r["Steps"]), water=int(r["Water (glasses)"]),
                        alc=int(r["Alcohol Units"]) if r["Alcohol Units"].strip() else None,
                        gym=affirmative(r["Gym"]), mood=key(r["Mood"])))
    return out


def dive_data():
    act = {"fundive": "Fun Dive", "nightdive": "Night Dive", "trydive": "Try Dive", "discoverscuba": "Try Dive",
           "openwatercourse": "Open Water Course", "openwater": "Open Water Course", "advancedcourse": "Advanced Course",
           "advanced": "Advanced Course"}
    site = {"bluegrotto": "Blue Grotto", "coralgarden": "Coral Garden", "wreckofthemarie": "Wreck of the Marie",
            "mariewreck": "Wreck of the Marie", "sealpoint": "Seal Point", "sealpt": "Seal Point", "housereef": "House Reef"}
    out = []
    for r in load("dive_bookings.csv"):
        d, m, y, hh, mi = (int(x) for x in re.findall(r"\d+", r["Dive Date"]))
        s = key(r["Status"])
        dep = r["Max Depth (m)"].strip()
        out.append(dict(y=y, m=m, d=d, hh=hh, wd=weekday(y, m, d), act=act[key(r["Activity"])], site=site[key(r["Site"])],
                        n=int(r["Divers"]), who=r["Instructor"].strip(), p=pennies(r["Price"]),
                        nx=affirmative(r["Nitrox"]), dep=int(dep) if re.fullmatch(r"\d+", dep) else None,
                        done=s in {"completed", "done"}, weather="weather" in s, noshow=s == "noshow",
                        canc=s.startswith("cancel") or "weather" in s))
    return out


def tour_data():
    route = {"oldtown": "Old Town", "ghostslegends": "Ghosts & Legends", "ghostsandlegends": "Ghosts & Legends",
             "harbourwalk": "Harbour Walk", "foodtour": "Food Tour"}
    lang = {"english": "English", "en": "English", "french": "French", "fr": "French", "german": "German",
            "de": "German", "spanish": "Spanish"}
    out = []
    for r in load("walking_tours.csv"):
        d, m, y = (int(x) for x in r["Tour Date"].split("/"))
        st = r["Start"].strip().lower()
        mm = re.match(r"(\d+)(?:[:.](\d+))?\s*(am|pm)?", st)
        h = int(mm.group(1)) % 12 if mm.group(3) else int(mm.group(1))
        if mm.group(3) == "pm":
            h += 12
        s = key(r["Status"])
        ran = s in {"ran", "done", "completed"}
        tip = r["Tips"].strip().lower()
        out.append(dict(y=y, m=m, d=d, wd=weekday(y, m, d), h=h, route=route[key(r["Route"])], guide=r["Guide"].strip().title(),
                        lang=lang[key(r["Language"])], bk=int(r["Booked"]), up=int(r["Turned Up"]) if ran else 0,
                        tk=pennies(r["Takings"]), tip=0 if tip == "none" else pennies(r["Tips"]), ran=ran,
                        rain="rain" in s, canc=not ran))
    return out


# ------------------------------------------------------------------------------------------------
# the answers, in question order


def answers():
    A = []
    items, P = party_data()
    pd = [b for b in P if b["done"]]
    pp = [b for b in pd if b["p"] is not None]
    A.append(sum(b["p"] for b in pp if b["ev"][0] == 2024) / 100)
    A.append((sum(b["p"] for b in pp if b["ev"][0] == 2025 and b["ev"][1] < 10)
              - sum(b["p"] for b in pp if b["ev"][0] == 2024 and b["ev"][1] < 10)) / 100)
    nc = len([b for b in P if b["canc"]])
    A.append(nc)
    A.append(nc * 100 / len(P))
    t = {}
    for b in pp:
        t[b["type"]] = t.get(b["type"], 0) + b["p"]
    A.append(("L", argmax(t)))
    c = {}
    for b in P:
        if not b["canc"]:
            c[b["item"]] = c.get(b["item"], 0) + 1
    A.append(("L", argmax(c)))
    leads = [ordinal(*b["ev"]) - ordinal(*b["bk"]) for b in P]
    A.append(mean(leads))
    A.append(max(leads))
    c = {}
    for b in P:
        if not b["canc"]:
            w = DAYNAMES[weekday(b["ev"][0], b["ev"][1], b["ev"][2])]
            c[w] = c.get(w, 0) + 1
    A.append(("L", argmax(c)))
    c = {}
    for b in pd:
        c[b["town"]] = c.get(b["town"], 0) + 1
    first = argmax(c)
    del c[first]
    A.append(("L2", first, argmax(c)))
    x = [b["p"] for b in pp if b["ev"][0] == 2025]
    A.append(mean(x) / 100)
    un = [b for b in pd if not b["paid"]]
    A.append(("N", len(un), sum(b["p"] for b in un if b["p"] is not None) / 100))
    A.append(len([b for b in pd if b["ct"] == "school"]) * 100 / len(pd))
    c = {}
    for b in P:
        if not b["canc"] and b["ev"][0] == 2025:
            c[b["ev"][1]] = c.get(b["ev"][1], 0) + 1
    A.append(("M", argmax(c)))
    A.append(len([b for b in P if b["p"] is None]))
    A.append(sum(b["p"] for b in pp) / 100 / sum(b["days"] for b in pp))
    A.append(len([b for b in pp if b["p"] > 40000]))
    A.append(sum(b["p"] for b in pp if b["item"] == "Mega Slide") / 100)
    A.append(len([b for b in P if b["up"]]))
    A.append(len([b for b in pd if b["days"] == 2]) * 100 / len(pd))
    g = {}
    for b in pp:
        if 3 <= b["ev"][1] <= 9:
            g[b["type"]] = g.get(b["type"], 0) + (b["p"] if b["ev"][0] == 2025 else -b["p"] if b["ev"][0] == 2024 else 0)
    k = argmax(g)
    A.append(("LN", k, g[k] / 100))
    A.append(("L", max(items.values(), key=lambda v: v[2])[0]))

    Y, nvoid = yoga_data()
    inc = [e for e in Y if e["p"] > 0]
    out = [e for e in Y if e["p"] < 0]
    streams = {"dropin", "classpass", "private", "workshop", "retreat"}
    i24 = sum(e["p"] for e in inc if e["y"] == 2024)
    A.append(i24 / 100)
    A.append(-sum(e["p"] for e in out if e["y"] == 2025) / 100)
    A.append(sum(e["p"] for e in Y if e["y"] == 2024) / 100)
    A.append(-sum(e["p"] for e in Y if e["cat"] == "hallhire" and e["y"] == 2024) / 100)
    s = {}
    for e in Y:
        if e["cat"] in streams and e["y"] == 2024:
            s[e["cat"]] = s.get(e["cat"], 0) + e["p"]
    f = argmax(s)
    del s[f]
    A.append(("L2", f, argmax(s)))
    g = {}
    for e in Y:
        if e["cat"] in streams and e["m"] <= 9 and e["y"] in (2024, 2025):
            g[e["cat"]] = g.get(e["cat"], 0) + (e["p"] if e["y"] == 2025 else -e["p"])
    k = argmax(g)
    A.append(("LN", k, g[k] / 100))
    i25 = sum(e["p"] for e in inc if e["y"] == 2025)
    A.append(sum(e["p"] for e in inc if e["y"] == 2025 and e["cat"] == "workshop") * 100 / i25)
    rf = [e for e in Y if e["cat"] == "refund"]
    A.append(("N", len(rf), -sum(e["p"] for e in rf) / 100))
    A.append(nvoid)
    A.append(len([e for e in Y if e["cat"] == "dropin" and e["y"] == 2025 and e["m"] <= 9])
             - len([e for e in Y if e["cat"] == "dropin" and e["y"] == 2024 and e["m"] <= 9]))
    c = {}
    for e in inc:
        if e["y"] == 2024:
            c[e["m"]] = c.get(e["m"], 0) + e["p"]
    A.append(("M", argmax(c)))
    A.append(sum(e["p"] for e in Y if e["y"] == 2025 and e["m"] in (4, 5, 6)) / 100)
    A.append(sum(e["p"] for e in inc if e["y"] == 2024 and e["meth"] == "cash") / 100)
    A.append(sum(e["p"] for e in inc if e["y"] == 2025 and e["meth"] == "card") * 100 / i25)
    big = min(out, key=lambda e: e["p"])
    A.append(("LN", big["desc"], -big["p"] / 100))
    A.append(i24 / 100 / 12)
    pv = [e["p"] for e in Y if e["cat"] == "private" and e["y"] == 2025]
    A.append(("N", len(pv), mean(pv) / 100))
    A.append(("N", sum(e["p"] for e in inc if (e["y"], e["m"]) == (2025, 3)) / 100,
              -sum(e["p"] for e in out if (e["y"], e["m"]) == (2025, 3)) / 100))
    A.append(-sum(e["p"] for e in Y if e["cat"] == "props") / 100)
    A.append(sum(e["p"] for e in Y if e["cat"] == "classpass" and e["y"] == 2025 and e["m"] <= 6) / 100)
    A.append(-sum(e["p"] for e in Y if e["cat"] == "marketing" and e["y"] == 2024) * 100 / i24)

    D = diet_data()
    W = sorted([e for e in D if e["w"] is not None], key=lambda e: (e["y"], e["m"], e["d"]))
    A.append(W[0]["w"] - W[-1]["w"])
    A.append(mean(e["cal"] for e in D if e["m"] == 3 and e["cal"] is not None))
    A.append(len([e for e in D if e["steps"] > 12000]))
    A.append(len([e for e in D if e["gym"]]))
    A.append(mean(e["w"] for e in W if e["m"] == 6))
    lo = min(W, key=lambda e: e["w"])
    A.append(("ND", lo["w"], (lo["y"], lo["m"], lo["d"])))
    c = {}
    for e in D:
        c.setdefault(e["m"], []).append(e["steps"])
    A.append(("M", argmax({k: mean(v) for k, v in c.items()})))
    A.append(("N", mean(e["cal"] for e in D if e["gym"] and e["cal"] is not None),
              mean(e["cal"] for e in D if not e["gym"] and e["cal"] is not None)))
    A.append(mean(e["cal"] for e in D if e["wd"] >= 5 and e["cal"] is not None)
             - mean(e["cal"] for e in D if e["wd"] < 5 and e["cal"] is not None))
    A.append(len(D) - len(W))
    al = [e["alc"] for e in D if e["alc"] is not None]
    A.append(len([a for a in al if a > 0]) * 100 / len(al))
    c = {}
    for e in D:
        c[e["mood"]] = c.get(e["mood"], 0) + 1
    A.append(("L", argmax(c)))
    A.append(sum(e["alc"] for e in D if e["m"] == 7 and e["alc"] is not None))
    A.append(ordinal(2025, 9, 30) - ordinal(2025, 1, 1) + 1 - len(D))
    A.append(mean(e["steps"] for e in D if e["mood"] == "great"))
    A.append(mean(e["w"] for e in W if e["m"] == 2) - mean(e["w"] for e in W if e["m"] == 5))
    c = {}
    for e in D:
        c.setdefault(e["wd"], []).append(e["steps"])
    A.append(("L", DAYNAMES[argmax({k: mean(v) for k, v in c.items()})]))
    A.append(len([e for e in D if e["cal"] is not None and e["cal"] > 2500]))
    A.append(mean(e["water"] for e in D))
    A.append(mean(e["cal"] for e in D if e["m"] in (4, 5, 6) and e["cal"] is not None))
    hi = max([e for e in D if e["cal"] is not None], key=lambda e: e["cal"])
    A.append(("ND", hi["cal"], (hi["y"], hi["m"], hi["d"])))

    S = dive_data()
    sd = [s for s in S if s["done"]]
    sp = [s for s in sd if s["p"] is not None]
    A.append(sum(s["p"] for s in sp if s["y"] == 2025) / 100)
    A.append(sum(s["n"] for s in sd if s["y"] == 2024))
    c = {}
    for s in sd:
        if s["act"] == "Fun Dive":
            c[s["site"]] = c.get(s["site"], 0) + 1
    A.append(("L", argmax(c)))
    A.append(len([s for s in S if s["weather"]]))
    x = [s for s in sp if s["y"] == 2025]
    A.append(sum(s["p"] for s in x) / 100 / sum(s["n"] for s in x))
    fn = [s for s in sd if s["act"] in ("Fun Dive", "Night Dive")]
    A.append(len([s for s in fn if s["nx"]]) * 100 / len(fn))
    A.append(mean(s["dep"] for s in sd if s["site"] == "Wreck of the Marie" and s["dep"] is not None))
    c = {}
    for s in sd:
        if s["y"] == 2025:
            c[s["who"]] = c.get(s["who"], 0) + s["n"]
    f = argmax(c)
    del c[f]
    A.append(("L2", f, argmax(c)))
    c = {}
    for s in sd:
        if s["y"] == 2024:
            c[s["m"]] = c.get(s["m"], 0) + 1
    A.append(("M", argmax(c)))
    A.append(len([s for s in sd if s["act"] == "Open Water Course" and s["y"] == 2025])
             - len([s for s in sd if s["act"] == "Open Water Course" and s["y"] == 2024]))
    ns = [s for s in S if s["noshow"]]
    A.append(("N", len(ns), sum(s["p"] for s in ns if s["p"] is not None) / 100))
    j5 = sum(s["p"] for s in sp if (s["y"], s["m"]) == (2025, 7))
    j4 = sum(s["p"] for s in sp if (s["y"], s["m"]) == (2024, 7))
    A.append((j5 - j4) * 100 / j4)
    deep = max([s for s in sd if s["dep"] is not None], key=lambda s: s["dep"])
    A.append(("LN", deep["site"], deep["dep"]))
    A.append(mean(s["n"] for s in sd))
    A.append(len([s for s in S if s["canc"]]) * 100 / len(S))
    c = {}
    for s in sp:
        if s["y"] == 2025:
            c[s["act"]] = c.get(s["act"], 0) + s["p"]
    k = argmax(c)
    A.append(("LN", k, c[k] / 100))
    c = {}
    for s in sd:
        c[DAYNAMES[s["wd"]]] = c.get(DAYNAMES[s["wd"]], 0) + 1
    A.append(("L", argmax(c)))
    A.append(sum(s["p"] for s in sp if s["act"] == "Night Dive") / 100)
    A.append(len([s for s in S if s["p"] is None]))
    x = [s for s in sd if s["y"] == 2025]
    A.append(len([s for s in x if s["hh"] < 12]) * 100 / len(x))
    g = {}
    for s in sd:
        if 4 <= s["m"] <= 9:
            g[s["act"]] = g.get(s["act"], 0) + (s["n"] if s["y"] == 2025 else -s["n"])
    k = argmax(g)
    A.append(("LN", k, g[k]))

    T = tour_data()
    R = [t for t in T if t["ran"]]
    A.append(sum(t["tip"] for t in R if t["y"] == 2025 and t["tip"] is not None) / 100)
    A.append(sum(t["up"] for t in R if t["y"] == 2024))
    bk, up = sum(t["bk"] for t in R), sum(t["up"] for t in R)
    A.append((bk - up) * 100 / bk)
    tp, gu = {}, {}
    for t in R:
        if t["tip"] is not None:
            tp[t["guide"]] = tp.get(t["guide"], 0) + t["tip"]
            gu[t["guide"]] = gu.get(t["guide"], 0) + t["up"]
    rate = {g: tp[g] / gu[g] for g in tp}
    f = argmax(rate)
    del rate[f]
    A.append(("L2", f, argmax(rate)))
    c = {}
    for t in R:
        if t["y"] == 2025:
            c[t["route"]] = c.get(t["route"], 0) + t["up"]
    f = argmax(c)
    del c[f]
    A.append(("L2", f, argmax(c)))
    A.append(len([t for t in T if t["rain"]]))
    A.append((sum(t["tk"] for t in R if t["y"] == 2025 and t["m"] >= 7 and t["tk"] is not None)
              - sum(t["tk"] for t in R if t["y"] == 2024 and 7 <= t["m"] <= 9 and t["tk"] is not None)) / 100)
    A.append(up / len(R))
    c = {}
    for t in R:
        c[DAYNAMES[t["wd"]]] = c.get(DAYNAMES[t["wd"]], 0) + 1
    A.append(("L", argmax(c)))
    A.append(len([t for t in R if t["h"] < 12]) * 100 / len(R))
    A.append(sum(t["tk"] for t in R if t["route"] == "Food Tour" and t["tk"] is not None) / 100)
    A.append(len([t for t in R if t["lang"] != "English"]))
    c = {}
    for t in R:
        if t["lang"] != "English":
            c[t["lang"]] = c.get(t["lang"], 0) + 1
    A.append(("L", argmax(c)))
    big = max([t for t in R if t["tip"] is not None], key=lambda t: t["tip"])
    A.append(("LN", big["guide"], big["tip"] / 100))
    x = [t for t in R if t["y"] == 2025 and t["tk"] is not None]
    A.append(sum(t["tk"] for t in x) / 100 / sum(t["bk"] for t in x))
    c = {}
    for t in R:
        if t["y"] == 2025:
            c[t["m"]] = c.get(t["m"], 0) + t["up"]
    A.append(("M", argmax(c)))
    A.append(len([t for t in R if t["up"] >= 10]))
    g = {}
    for t in R:
        if 4 <= t["m"] <= 9 and t["tk"] is not None:
            g[t["guide"]] = g.get(t["guide"], 0) + (t["tk"] if t["y"] == 2025 else -t["tk"])
    k = argmax(g)
    A.append(("LN", k, g[k] / 100))
    dn = [t for t in R if t["guide"] == "Dan"]
    A.append(("N", len(dn), sum(t["tip"] for t in dn if t["tip"] is not None) / 100))
    A.append(mean(t["tip"] for t in R if t["route"] == "Ghosts & Legends" and t["tip"] is not None) / 100)
    A.append(len([t for t in T if t["canc"]]))
    return A


# ------------------------------------------------------------------------------------------------
# comparison


def close(a, b):
    return abs(a - b) <= 1e-6 + 1e-9 * abs(b)


def has(spellings, text):
    return any(s.lower() == text.lower() for s in spellings)


def agree_label(spellings, got, kind):
    if kind == "M":
        return has(spellings, MONTHNAMES[got - 1].capitalize())
    if kind == "D":
        y, m, d = got
        return has(spellings, f"{y}-{m:02d}-{d:02d}")
    if has(spellings, got):
        return True
    return any(key(s) == key(got) or key(s).rstrip("s") == key(got).rstrip("s") for s in spellings)


def agree(truth, got):
    if not isinstance(got, tuple):
        return "number" in truth and close(got, truth["number"]) and "label" not in truth
    kind = got[0]
    if kind == "N":
        return len(truth["numbers"]) == len(got) - 1 and all(close(a, b) for a, b in zip(got[1:], truth["numbers"]))
    if kind == "L":
        return "number" not in truth and agree_label(truth["label"], got[1], "L")
    if kind == "M":
        return agree_label(truth["label"], got[1], "M")
    if kind == "L2":
        return agree_label(truth["label"], got[1], "L") and len(truth["labels"]) == 1 and \
            agree_label(truth["labels"][0], got[2], "L")
    if kind == "LN":
        return agree_label(truth["label"], got[1], "L") and close(got[2], truth["number"])
    if kind == "ND":
        return agree_label(truth["label"], got[2], "D") and close(got[1], truth["number"])
    return False


def main():
    qs = json.loads((HERE / "questions.json").read_text(encoding="utf-8"))
    A = answers()
    if len(A) != len(qs):
        print(f"count mismatch: {len(A)} recomputed, {len(qs)} questions")
        return 1
    bad = 0
    for q, got in zip(qs, A):
        if not agree(q["truth"], got):
            bad += 1
            print(f"MISMATCH {q['id']}: {q['question']}\n   truth {q['truth']}\n   got   {got}")
    print(f"crosscheck: {len(qs) - bad}/{len(qs)} agree")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
