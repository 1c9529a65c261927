#!/usr/bin/env python3
"""Recomputes every truth of held-out set 31 a second way and compares it with questions.json.

    python3 tests/heldout/set31/crosscheck.py        (exit 1 on any mismatch)

No code is shared with truths.py: files are read with csv.DictReader, numbers are pulled out with one regular
expression and summed in integer pennies, dates are split by regular expressions into (y, m, d) tuples, day
differences come from a Julian day number and weekdays from Zeller's congruence (no datetime), and names are
compared on their letters only with a separate synonym table.
"""

import csv
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
D = HERE / "data"
MON = {m: i + 1 for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                       "dec"])}
NUMBER = re.compile(r"^\s*(-)?\s*[£€]?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*$")


def pence(s):
    m = NUMBER.match(s or "")
    if not m:
        return None
    frac = (m.group(3) or "") + "00"
    v = int(m.group(2).replace(",", "")) * 100 + int(frac[:2])
    return -v if m.group(1) else v


def whole(s):
    p = pence(s)
    return None if p is None else p // 100


def letters(s):
    return re.sub(r"[^a-z0-9&]", "", (s or "").lower())


ALIAS = {"greenwaste": "green", "childcarefees": "fees", "latepickupfee": "latefee", "toysandequipment": "toys&equipment",
         "equipment": "toys&equipment", "outing": "outings", "assistantwages": "wages", "rainy": "rain",
         "grouplesson": "group", "private121": "private", "improvers": "improver", "watergate": "watergatebay",
         "streetdance": "street", "left": "withdrawn"}


def nm(s):
    k = letters(s)
    return ALIAS.get(k, k)


def truthy(s):
    return letters(s) in {"yes", "y", "true", "1"}


def jdn(t):
    y, m, d = t
    a = (14 - m) // 12
    y2, m2 = y + 4800 - a, m + 12 * a - 3
    return d + (153 * m2 + 2) // 5 + 365 * y2 + y2 // 4 - y2 // 100 + y2 // 400 - 32045


def weekday(t):
    """0 = Monday ... 6 = Sunday, by Zeller's congruence."""
    y, m, d = t
    if m < 3:
        m += 12
        y -= 1
    h = (d + 13 * (m + 1) // 5 + y % 100 + (y % 100) // 4 + (y // 100) // 4 + 5 * (y // 100)) % 7
    return (h + 5) % 7


def p_slash(s):
    m = re.fullmatch(r"\s*(\d\d)/(\d\d)/(\d{4})\s*", s)
    return (int(m.group(3)), int(m.group(2)), int(m.group(1))) if m else None


def p_dot(s):
    m = re.fullmatch(r"(\d\d)\.(\d\d)\.(\d{4})", s.strip())
    return (int(m.group(3)), int(m.group(2)), int(m.group(1)))


def p_words(s):
    m = re.fullmatch(r"(\d{1,2}) ([A-Za-z]+) (\d{4})", s.strip())
    return (int(m.group(3)), MON[m.group(2)[:3].lower()], int(m.group(1))) if m else None


def p_iso(s):
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)", s.strip())
    return (int(m.group(1)), int(m.group(2)), int(m.group(3))), int(m.group(4))


def rows(name):
    with open(D / name, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def mean(v):
    return sum(v) / len(v)


# ------------------------------------------------------------------------------------------------
SK = rows("skip_hires.csv")
SZ = {int(r["Skip Code"]): r for r in rows("skip_sizes.csv")}
for r in SK:
    st = letters(r["Status"])
    r["_done"] = st in ("collected", "done")
    r["_canc"] = st.startswith("cancel")
    r["_out"] = st in ("onhire", "out")
    r["_p"] = pence(r["Price"])
    r["_del"] = p_slash(r["Delivered"])
    r["_ord"] = p_slash(r["Ordered"])
    r["_col"] = p_slash(r["Collected"])
    r["_sz"] = SZ[int(r["Skip Code"])]
SKD = [r for r in SK if r["_done"]]
SKN = [r for r in SK if not r["_canc"]]

LG = [r for r in rows("childminder_ledger.csv") if "void" not in r["Note"].lower()]
for r in LG:
    r["_d"] = p_words(r["Date"])
    r["_a"] = pence(r["Amount"])
    r["_c"] = nm(r["Category"])

FS = rows("farm_shop_daily.csv")
for r in FS:
    r["_d"] = p_dot(r["Date"])
    r["_open"] = truthy(r["Open"])
    r["_cash"], r["_card"] = pence(r["Cash"]), pence(r["Card"])
    r["_c"] = whole(r["Customers"])
    r["_w"] = nm(r["Weather"])
FO = [r for r in FS if r["_open"]]
FB = [r for r in FO if r["_cash"] is not None and r["_card"] is not None]

SF = rows("surf_lessons.csv")
for r in SF:
    r["_d"], r["_h"] = p_iso(r["Start"])
    st = r["Status"].lower()
    r["_ran"] = letters(st) in ("done", "completed")
    r["_cond"] = bool(re.search(r"flat|no surf|storm", st))
    r["_ns"] = letters(st) == "noshow"
    r["_p"] = pence(r["Price"])
    r["_n"] = whole(r["People"])
    r["_l"] = nm(r["Lesson"])
    r["_b"] = nm(r["Beach"])
SR = [r for r in SF if r["_ran"]]

DN = rows("dance_enrolments.csv")
for r in DN:
    m = re.search(r"(autumn|spring|summer)\D*(\d{4})", r["Term"].lower())
    r["_t"] = (m.group(1), int(m.group(2)))
    r["_e"] = p_words(r["Enrolled On"])
    r["_pd"] = p_words(r["Paid On"]) if r["Paid On"].strip() else None
    r["_f"] = pence(r["Fee"])
    r["_c"] = nm(r["Class"])
    r["_wd"] = nm(r["Status"]) == "withdrawn"
    r["_a"] = whole(r["Age"])


def T(t, y):
    return [r for r in DN if r["_t"] == (t, y)]


def argmax(d):
    return max(d, key=lambda k: d[k])


def count(it):
    d = {}
    for k in it:
        d[k] = d.get(k, 0) + 1
    return d


def add(d, k, v):
    d[k] = d.get(k, 0) + v


def P(x):
    return x / 100


WDN = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MN = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
      "december"]

C = {}


def c(i):
    def deco(f):
        C[f"s31-{i:03d}"] = f
        return f
    return deco


# skip hires
C["s31-001"] = lambda: P(sum(r["_p"] for r in SKD if r["_del"][0] == 2024 and r["_p"] is not None))
C["s31-002"] = lambda: sum(r["_canc"] for r in SK)
C["s31-003"] = lambda: 100 * sum(r["_canc"] for r in SK) / len(SK)
C["s31-004"] = lambda: P(mean([r["_p"] for r in SKD if nm(r["Customer Type"]) == "domestic" and r["_p"] is not None]))
C["s31-005"] = lambda: sorted(count(nm(r["Town"]) for r in SKN).items(), key=lambda kv: -kv[1])[:2]
C["s31-006"] = lambda: mean([jdn(r["_col"]) - jdn(r["_del"]) for r in SKD])
C["s31-007"] = lambda: max(jdn(r["_col"]) - jdn(r["_del"]) for r in SK if r["_col"])
C["s31-008"] = lambda: sum(r["_out"] for r in SK)
C["s31-009"] = lambda: MN[argmax(count(r["_del"][1] for r in SKN if r["_del"][0] == 2024)) - 1]
C["s31-010"] = lambda: WDN[argmax(count(weekday(r["_del"]) for r in SKN))]
C["s31-011"] = lambda: 100 * sum(truthy(r["Permit"]) for r in SKD) / len(SKD)
C["s31-012"] = lambda: P(mean([r["_p"] for r in SKD if nm(r["Customer Type"]) == "trade" and r["_p"] is not None])
                         - mean([r["_p"] for r in SKD if nm(r["Customer Type"]) == "domestic" and r["_p"] is not None]))
C["s31-013"] = lambda: sum(1 for r in SKD if r["_p"] is not None and r["_p"] > 50000)
C["s31-014"] = lambda: sum(r["_p"] is None for r in SK)
C["s31-015"] = lambda: mean([jdn(r["_del"]) - jdn(r["_ord"]) for r in SK])
C["s31-016"] = lambda: P(sum(r["_p"] * (1 if r["_del"][0] == 2025 else -1) for r in SKD
                             if r["_p"] is not None and r["_del"][1] <= 9))
C["s31-017"] = lambda: argmax(count(nm(r["Waste"]) for r in SKD))
C["s31-018"] = lambda: 100 * sum(r["_p"] for r in SKD if r["_p"] is not None and nm(r["Customer Type"]) == "trade") \
    / sum(r["_p"] for r in SKD if r["_p"] is not None)


@c(19)
def _():
    d = {}
    for r in SKD:
        if r["_p"] is not None:
            add(d, nm(r["_sz"]["Type"]), r["_p"])
    return argmax(d)


C["s31-020"] = lambda: sum(1 for r in SKN if letters(r["_sz"]["Size"]) == "8yardbuilders" and r["_del"][0] == 2025)
C["s31-021"] = lambda: r_size(argmax(count(letters(r["_sz"]["Size"]) for r in SKN)))


def r_size(k):
    return k


@c(22)
def _():
    code = [k for k, v in SZ.items() if letters(v["Size"]) == "12yardmaxi"][0]
    v = [r["_p"] for r in SKD if int(r["Skip Code"]) == code and r["_p"] is not None]
    return P(mean(v) - pence(SZ[code]["Standard Price"]))


C["s31-023"] = lambda: P(sum(r["_p"] for r in SKD if r["_p"] is not None and nm(r["_sz"]["Type"]) == "rollon"))


@c(24)
def _():
    big = max(SZ.values(), key=lambda v: int(v["Cubic Yards"]))
    return (letters(big["Size"]), P(pence(big["Standard Price"])))


# childminder ledger
def yr(rs, y):
    return [r for r in rs if r["_d"][0] == y]


C["s31-025"] = lambda: P(sum(r["_a"] for r in yr(LG, 2024) if r["_a"] > 0))
C["s31-026"] = lambda: P(-sum(r["_a"] for r in yr(LG, 2025) if r["_a"] < 0))
C["s31-027"] = lambda: P(sum(r["_a"] for r in yr(LG, 2024)))
C["s31-028"] = lambda: (P(sum(r["_a"] for r in LG if r["_d"][:2] == (2025, 3) and r["_a"] > 0)),
                        P(-sum(r["_a"] for r in LG if r["_d"][:2] == (2025, 3) and r["_a"] < 0)))


@c(29)
def _():
    d = {}
    for r in LG:
        if r["_c"] == "fees":
            add(d, r["Child"].strip(), r["_a"])
    return argmax(d).lower()


@c(30)
def _():
    d = {}
    for r in LG:
        if r["_a"] < 0:
            add(d, r["_c"], -r["_a"])
    return sorted(d.items(), key=lambda kv: -kv[1])[:2]


@c(31)
def _():
    r = min(LG, key=lambda r: r["_a"])
    return (r["_c"], P(-r["_a"]))


C["s31-032"] = lambda: P(sum(r["_a"] for r in yr(LG, 2025) if r["_c"] == "fundedhours"))
C["s31-033"] = lambda: 100 * sum(r["_a"] for r in yr(LG, 2025) if r["_c"] == "fundedhours") / \
    sum(r["_a"] for r in yr(LG, 2025) if r["_a"] > 0)
C["s31-034"] = lambda: P(-mean([r["_a"] for r in LG if r["_c"] == "food"]))
C["s31-035"] = lambda: P(-sum(r["_a"] * (1 if r["_d"][0] == 2025 else -1) for r in LG
                              if r["_c"] == "food" and r["_d"][1] <= 9))
C["s31-036"] = lambda: (sum(1 for r in LG if r["_c"] == "refund"), P(-sum(r["_a"] for r in LG if r["_c"] == "refund")))
C["s31-037"] = lambda: sum(bool(re.search("void", r["Note"], re.I)) for r in rows("childminder_ledger.csv"))
C["s31-038"] = lambda: 100 * sum(r["_a"] for r in LG if r["_c"] == "fees" and letters(r["Method"]) in
                                 ("taxfreechildcare", "tfc")) / sum(r["_a"] for r in LG if r["_c"] == "fees")
C["s31-039"] = lambda: P(-sum(r["_a"] for r in LG if r["_c"] == "wages"))
C["s31-040"] = lambda: (sum(1 for r in LG if r["_c"] == "latefee"), P(sum(r["_a"] for r in LG if r["_c"] == "latefee")))


@c(41)
def _():
    d = {}
    for r in LG:
        if r["_c"] == "fees" and r["_d"][1] <= 8:
            add(d, r["Child"].strip().lower(), r["_a"] if r["_d"][0] == 2025 else -r["_a"])
    k = argmax(d)
    return (k, P(d[k]))


C["s31-042"] = lambda: P(-sum(r["_a"] for r in yr(LG, 2024) if r["_a"] < 0)) / 12
C["s31-043"] = lambda: P(-sum(r["_a"] for r in yr(LG, 2024) if r["_c"] == "outings"))
C["s31-044"] = lambda: P(-sum(r["_a"] for r in yr(LG, 2025) if r["_a"] < 0 and letters(r["Method"]) == "card"))

# farm shop
C["s31-045"] = lambda: P(sum((r["_cash"] or 0) + (r["_card"] or 0) for r in FS if r["_d"][0] == 2024))


@c(46)
def _():
    js = {jdn(r["_d"]) for r in FS}
    return max(js) - min(js) + 1 - len(js)


C["s31-047"] = lambda: sum(not r["_open"] for r in FS)
C["s31-048"] = lambda: mean([r["_c"] for r in FO if r["_d"][0] == 2025 and r["_c"] is not None])


@c(49)
def _():
    s, n = {}, {}
    for r in FO:
        if r["_c"] is not None:
            add(s, weekday(r["_d"]), r["_c"])
            add(n, weekday(r["_d"]), 1)
    return WDN[argmax({k: s[k] / n[k] for k in s})]


@c(50)
def _():
    d = {}
    for r in FS:
        if r["_d"][0] == 2025:
            add(d, r["_d"][1], (r["_cash"] or 0) + (r["_card"] or 0))
    return MN[argmax(d) - 1]


C["s31-051"] = lambda: 100 * sum(r["_card"] for r in FB if r["_d"][0] == 2025) / \
    sum(r["_card"] + r["_cash"] for r in FB if r["_d"][0] == 2025)
C["s31-052"] = lambda: P(sum(r["_card"] + r["_cash"] for r in FB if r["_d"][0] == 2024 and r["_c"] is not None)) / \
    sum(r["_c"] for r in FB if r["_d"][0] == 2024 and r["_c"] is not None)
C["s31-053"] = lambda: sum(int(r["Eggs (dozen)"]) for r in FS if r["_d"][0] == 2025 and r["_d"][1] in (6, 7, 8)
                           and r["Eggs (dozen)"].strip())
C["s31-054"] = lambda: P(mean([r["_card"] + r["_cash"] for r in FB if r["_w"] == "sunny"])
                         - mean([r["_card"] + r["_cash"] for r in FB if r["_w"] == "rain"]))
C["s31-055"] = lambda: sum(1 for r in FO if r["_c"] is not None and r["_c"] > 140)


@c(56)
def _():
    r = max(FB, key=lambda r: r["_card"] + r["_cash"])
    return ("%04d-%02d-%02d" % r["_d"], P(r["_card"] + r["_cash"]))


@c(57)
def _():
    d = {}
    for r in FS:
        if r["Veg Boxes"].strip():
            add(d, weekday(r["_d"]), int(r["Veg Boxes"]))
    return WDN[argmax(d)]


C["s31-058"] = lambda: sum(r["_c"] * (1 if r["_d"][0] == 2025 else -1) for r in FS
                           if r["_c"] is not None and 3 <= r["_d"][1] <= 9)
C["s31-059"] = lambda: P(sum(r["_cash"] for r in FS if r["_d"][0] == 2025 and r["_cash"] is not None))
C["s31-060"] = lambda: sum(1 for r in FS if r["_d"][0] == 2024 and r["_w"] == "sunny")
C["s31-061"] = lambda: 100 * sum(r["_w"] == "rain" for r in FO) / len(FO)
C["s31-062"] = lambda: sum(r["_card"] is None for r in FO)
C["s31-063"] = lambda: P(mean([r["_card"] + r["_cash"] for r in FB if r["_d"][0] == 2025 and weekday(r["_d"]) == 5]))
C["s31-064"] = lambda: sum(r["_c"] is None for r in FO)

# surf school
C["s31-065"] = lambda: sum(r["_n"] for r in SR if r["_d"][0] == 2025 and r["_n"] is not None)
C["s31-066"] = lambda: P(sum(r["_p"] for r in SR if r["_d"][0] == 2024 and r["_p"] is not None))
C["s31-067"] = lambda: sum(r["_cond"] for r in SF)
C["s31-068"] = lambda: 100 * sum(r["_ns"] for r in SF) / len(SF)


@c(69)
def _():
    d = {}
    for r in SR:
        if r["_n"] is not None:
            add(d, r["Instructor"].strip().lower(), r["_n"])
    return sorted(d.items(), key=lambda kv: -kv[1])[:2]


C["s31-070"] = lambda: argmax(count(r["_b"] for r in SF))
C["s31-071"] = lambda: mean([r["_n"] for r in SR if r["_l"] == "group" and r["_n"] is not None])
C["s31-072"] = lambda: P(sum(r["_p"] for r in SR if r["_p"] is not None and r["_n"] is not None)) / \
    sum(r["_n"] for r in SR if r["_p"] is not None and r["_n"] is not None)
C["s31-073"] = lambda: 100 * sum(truthy(r["Wetsuit Hire"]) for r in SR) / len(SR)


@c(74)
def _():
    d = {}
    for r in SR:
        if r["_p"] is not None and 4 <= r["_d"][1] <= 9:
            add(d, r["_l"], r["_p"] if r["_d"][0] == 2025 else -r["_p"])
    k = argmax(d)
    return (k, P(d[k]))


C["s31-075"] = lambda: argmax(count(r["_h"] for r in SF))
C["s31-076"] = lambda: MN[argmax(count(r["_d"][1] for r in SR if r["_d"][0] == 2025)) - 1]
C["s31-077"] = lambda: P(sum(r["_p"] for r in SR if r["_l"] == "private" and r["_p"] is not None))
C["s31-078"] = lambda: sum(r["_p"] is None for r in SF)
C["s31-079"] = lambda: P(mean([r["_p"] for r in SR if r["_l"] == "kidsclub" and r["_d"][0] == 2025
                               and r["_p"] is not None]))
C["s31-080"] = lambda: 100 * sum(r["_n"] for r in SR if r["_n"] is not None and weekday(r["_d"]) >= 5) / \
    sum(r["_n"] for r in SR if r["_n"] is not None)
C["s31-081"] = lambda: (sum(r["_ns"] for r in SF), P(sum(r["_p"] for r in SF if r["_ns"] and r["_p"] is not None)))
C["s31-082"] = lambda: sum((1 if r["_d"][0] == 2025 else -1) for r in SR if letters(r["Instructor"]) == "nia")
C["s31-083"] = lambda: len({r["_d"] for r in SR if r["_d"][0] == 2024})
C["s31-084"] = lambda: 100 * sum(r["_p"] for r in SR if r["_d"][0] == 2024 and r["_p"] is not None
                                 and r["_b"] == "watergatebay") / \
    sum(r["_p"] for r in SR if r["_d"][0] == 2024 and r["_p"] is not None)
C["s31-085"] = lambda: sum(1 for r in SR if r["_b"] == "crantock" and r["_d"][0] == 2025)

# dance school
Y2 = T("autumn", 2024) + T("spring", 2025) + T("summer", 2025)
Y1 = T("autumn", 2023) + T("spring", 2024) + T("summer", 2024)
C["s31-086"] = lambda: len(T("autumn", 2024))
C["s31-087"] = lambda: sorted(count(r["_c"] for r in Y2).items(), key=lambda kv: -kv[1])[:2]
C["s31-088"] = lambda: P(sum(r["_f"] for r in T("spring", 2025) if r["_pd"] and r["_f"] is not None))
C["s31-089"] = lambda: sum(1 for r in DN if not r["_pd"] and not r["_wd"])
C["s31-090"] = lambda: mean([jdn(r["_pd"]) - jdn(r["_e"]) for r in DN if r["_pd"]])
C["s31-091"] = lambda: 100 * sum(truthy(r["Sibling Discount"]) for r in DN) / len(DN)
C["s31-092"] = lambda: sum(r["_wd"] for r in DN)


@c(93)
def _():
    v = [letters(r["Exam Result"]) for r in T("summer", 2025) if letters(r["Exam Result"])]
    return 100 * sum(x in ("distinction", "merit", "pass") for x in v) / len(v)


C["s31-094"] = lambda: argmax(count(letters(r["Exam Result"]) for r in DN if letters(r["Exam Result"])))
C["s31-095"] = lambda: mean([r["_a"] for r in T("autumn", 2024) if r["_c"] == "ballet" and r["_a"] is not None])


@c(96)
def _():
    d = {}
    for r in T("autumn", 2024):
        add(d, r["_c"], 1)
    for r in T("autumn", 2023):
        add(d, r["_c"], -1)
    k = argmax(d)
    return (k, d[k])


C["s31-097"] = lambda: len({r["Pupil"].strip() for r in T("spring", 2025)})
C["s31-098"] = lambda: P(sum(r["_f"] for r in Y1 if r["_pd"] and r["_f"] is not None))
C["s31-099"] = lambda: sum(r["_f"] is None for r in DN)
C["s31-100"] = lambda: MN[argmax(count(r["_e"][1] for r in DN)) - 1]
C["s31-101"] = lambda: max(jdn(r["_pd"]) - jdn(r["_e"]) for r in DN if r["_pd"])
C["s31-102"] = lambda: 100 * sum(r["_wd"] for r in DN if r["_c"] == "street") / sum(1 for r in DN if r["_c"] == "street")
C["s31-103"] = lambda: P(mean([r["_f"] for r in Y2 if r["_c"] == "contemporary" and r["_f"] is not None]))
C["s31-104"] = lambda: len(T("summer", 2025)) - len(T("summer", 2024))
C["s31-105"] = lambda: sum(1 for v in count(r["Pupil"].strip() for r in T("autumn", 2024)).values() if v >= 2)


# ------------------------------------------------------------------------------------------------
# comparison

def close(a, b):
    return abs(float(a) - float(b)) <= 1e-6


def lab_ok(mine, spellings):
    """mine (a name, a month or weekday name, a date tuple string, an hour) is among the truth's spellings."""
    if isinstance(mine, int):  # an hour
        return any(re.fullmatch(r"0?%d(:00)?" % mine, s.split()[0]) for s in spellings) if mine < 12 else \
            any(s.startswith("%d" % mine) for s in spellings)
    want = letters(str(mine))
    return any(letters(s) == want or letters(s) == ALIAS.get(want, want) or nm(s) == want for s in spellings)


def agree(got, t):
    if isinstance(got, tuple) and len(got) == 2 and isinstance(got[0], str) and "label" in t and "number" in t:
        return lab_ok(got[0], t["label"]) and close(got[1], t["number"])
    if isinstance(got, tuple):
        return all(close(a, b) for a, b in zip(got, t["numbers"])) and len(got) == len(t["numbers"])
    if isinstance(got, list):  # [(top, v), (second, v)]
        return lab_ok(got[0][0], t["label"]) and lab_ok(got[1][0], t["labels"][0])
    if "label" in t:
        return lab_ok(got, t["label"])
    return close(got, t["number"])


def main():
    qs = json.loads((HERE / "questions.json").read_text(encoding="utf-8"))
    bad = []
    for q in qs:
        f = C.get(q["id"])
        if f is None:
            bad.append((q["id"], "no crosscheck", q["truth"]))
            continue
        got = f()
        if not agree(got, q["truth"]):
            bad.append((q["id"], got, q["truth"]))
    for b in bad:
        print("MISMATCH", *b)
    print(f"crosscheck {len(qs) - len(bad)}/{len(qs)} agree")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
