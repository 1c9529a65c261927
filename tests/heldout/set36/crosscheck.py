#!/usr/bin/env python3
"""Held-out set 36: recomputes a sample of the truths in questions.json a second way.

    python3 tests/heldout/set36/crosscheck.py      # exit 1 on a mismatch

No code is shared with truths.py: files are read with csv.DictReader by header name (the form's long headers
found by regular expression), categories are grouped by keyword rules written afresh, values are cleaned with
regular expressions into an in-memory SQLite database (money in integer pennies, dates and times as ISO text,
minutes since midnight), and every figure is a SQL query.
"""

import csv
import json
import re
import sqlite3
import sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
db = sqlite3.connect(":memory:")
MON = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}


def read(name):
    with open(DATA / name, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def pence(s):
    """Integer pennies, or None when the cell is not money; words meaning zero give 0."""
    t = s.strip().lower()
    if re.fullmatch(r"free.*|member|0", t):
        return 0
    m = re.fullmatch(r"(-?)£?(\d{1,3}(?:,\d{3})*|\d+)(?:\.(\d{1,2}))?", t)
    if not m:
        return None
    p = int(m.group(2).replace(",", "")) * 100 + int((m.group(3) or "0").ljust(2, "0"))
    return -p if m.group(1) else p


def first_number(s):
    m = re.search(r"\d+(?:\.\d+)?", s)
    return float(m.group(0)) if m else None


def one(sql, *args):
    return db.execute(sql, args).fetchone()[0]


def rows_of(sql, *args):
    return db.execute(sql, args).fetchall()


# ---------------------------------------------------------------------------------------------- load

db.execute("create table yl (code int, colour text, base text)")
for r in read("yarn_list.csv"):
    b = r["Base"].lower()
    base = "sock" if re.search(r"sock|4.?ply", b) else "dk" if re.search(r"\bdk\b", b) else \
        "aran" if "aran" in b else "lace"
    db.execute("insert into yl values (?,?,?)", (int(r["Code"]), r["Colourway"], base))

db.execute("create table yo (d text, cust text, ch text, country text, code int, sk int, p int, post int, st text)")
for r in read("yarn_orders.csv"):
    dd, mm, yy = r["Order Date"].split("/")
    c = r["Channel"].lower()
    ch = ("etsy" if "etsy" in c else "web" if re.search(r"web|site|shopify", c) else
          "insta" if re.search(r"insta|ig", c) else "trade" if re.search(r"whole|trade|stockist", c) else "fair")
    k = r["Country"].strip().lower()
    country = "uk" if k in {"uk", "united kingdom", "gb", "england", "scotland", "wales"} else \
        "us" if k in {"us", "usa", "united states"} else k
    s = r["Status"].lower()
    st = "x" if "cancel" in s else "r" if "refund" in s else "ok"
    db.execute("insert into yo values (?,?,?,?,?,?,?,?,?)",
               (f"{yy}-{mm}-{dd}", r["Customer"].strip().lower(), ch, country, int(r["Yarn Code"]),
                int(first_number(r["Skeins"])), pence(r["Total"]), pence(r["Postage"]), st))

db.execute("create table bl (d text, cat text, p int, meth text, void int)")
for r in read("badminton_ledger.csv"):
    dd, mm, yy = r["Date"].split("/")
    c = r["Category"].lower()
    rules = [("court", r"court|hall|leisure"), ("shuttle", r"shuttle|feather"), ("coach", r"coach"),
             ("subs", r"sub|member"), ("club", r"club night|session|night fee"), ("guest", r"guest|visitor"),
             ("social", r"social"), ("tourn", r"tourn|club open|troph"), ("refund", r"refund"),
             ("equip", r"equip|nets"), ("league", r"league|affil")]
    cat = next((k for k, pat in rules if re.search(pat, c)), "other")
    m = r["Method"].lower()
    meth = "cash" if m == "cash" else "bank" if re.search(r"bank|bacs|online", m) else \
        "card" if re.search(r"card|sumup", m) else m
    db.execute("insert into bl values (?,?,?,?,?)", (f"20{yy}-{mm}-{dd}", cat, pence(r["Amount"]), meth,
                                                   int("void" in r["Notes"].lower())))


def minutes(s):
    m = re.fullmatch(r"(\d+)(?:[.:](\d\d))?(am|pm)?", s.strip().lower())
    h = int(m.group(1)) % 12 + (12 if m.group(3) == "pm" else 0) if m.group(3) else int(m.group(1))
    return h * 60 + int(m.group(2) or 0)


db.execute("create table lp (d text, site text, st int, fin int, vol int, gen int, rec int, kg real, lead text, off int)")
for r in read("litter_picks.csv"):
    parts = r["Date"].split()[-3:]
    d = f"{parts[2]}-{MON[parts[1].lower()[:3]]:02d}-{int(parts[0]):02d}"
    s = r["Site"].lower()
    site = ("beach" if re.search(r"beach|sandy", s) else "river" if "river" in s else
            "station" if "station" in s else "park" if "park" in s else "town")
    off = int(bool(re.search(r"cancel|called off", r["Notes"], re.I)))
    if off:
        db.execute("insert into lp (d, site, lead, off) values (?,?,?,1)", (d, site, r["Leader"].lower()[:2]))
        continue
    v = r["Volunteers"].strip()
    kg = r["Weight (kg)"].strip().lower().replace("kg", "")
    db.execute("insert into lp values (?,?,?,?,?,?,?,?,?,0)",
               (d, site, minutes(r["Start"]), minutes(r["Finish"]), int(v) if v.isdigit() else None,
                int(first_number(r["Bags (general)"])), int(first_number(r["Bags (recycling)"]) or 0),
                float(kg) if re.fullmatch(r"\d+(\.\d+)?", kg) else None, r["Leader"].lower()[:2]))

sg = read("stargazing_bookings.csv")
H = {k: next(h for h in sg[0] if re.search(p, h, re.I)) for k, p in
     [("ev", r"^which stargazing"), ("n", r"how many people"), ("mem", r"member of"), ("kit", r"telescope or bino"),
      ("heard", r"hear about"), ("acc", r"accessib"), ("paid", r"amount paid"), ("came", r"attended")]}
db.execute("create table sg (ts text, ev text, n int, mem int, scope int, heard text, acc int, paid int, blank int, came text)")
for r in sg:
    ts = datetime.strptime(r["Timestamp"], "%m/%d/%Y %H:%M:%S")
    m = re.search(r"(\d+)(?:st|nd|rd|th) (\w+) (\d{4})", r[H["ev"]])
    ev = f"{m.group(3)}-{MON[m.group(2).lower()[:3]]:02d}-{int(m.group(1)):02d}"
    nm = re.search(r"\d+", r[H["n"]])
    n = int(nm.group(0)) if nm else 1
    h = r[H["heard"]].lower()
    heard = "fb" if re.search(r"facebook|^fb$", h) else "friend" if re.search(r"friend|word|neighbour", h) else "other"
    c = r[H["came"]].lower()
    came = "cloud" if "cloud" in c else "yes" if re.match(r"y|came", c) else "no"
    acc = r[H["acc"]].strip().lower()
    db.execute("insert into sg values (?,?,?,?,?,?,?,?,?,?)",
               (ts.date().isoformat(), ev, n, int(r[H["mem"]].lower().startswith("y")),
                int(bool(re.search(r"telescope|refractor|reflector|dobsonian", r[H["kit"]], re.I))), heard,
                int(acc not in {"", "none", "no", "n/a", "-"}), pence(r[H["paid"]]), int(r[H["paid"]].strip() == ""), came))

db.execute("create table gs (d text, t int, shop text, chain text, kind text, who text, p int, items int, dl int, pay text)")
for r in read("grocery_shopping.csv"):
    s = r["Shop"].lower()
    chain = next((k for k, pat in [("Tesco", "tesco"), ("Aldi", "aldi"), ("Lidl", "lidl"), ("Sainsbury's", "sainsbury"),
                                   ("Co-op", r"co.?op"), ("Ocado", "ocado"), ("Farm", "farm")] if re.search(pat, s)))
    ty = r["Type"].lower()
    kind = "big" if re.search(r"big|weekly|main", ty) else "top" if re.search(r"top|bits", ty) else "other"
    w = r["Who"].strip().lower()
    hh, mi = r["Time"].split(":")
    it = r["Items"].strip()
    db.execute("insert into gs values (?,?,?,?,?,?,?,?,?,?)",
               (r["Date"], int(hh) * 60 + int(mi), s.strip(), chain, kind,
                "anna" if w in ("anna", "a") else "tom" if w in ("tom", "t") else "both", pence(r["Amount"]),
                int(it) if it.isdigit() else None, pence(r["Delivery charge (included)"]) if r["Delivery charge (included)"].strip() else None,
                r["Paid with"].strip().lower()))

# ---------------------------------------------------------------------------------------------- figures

C = {}
SOLD = "st = 'ok' and p is not null"
C["s36-001"] = one(f"select sum(p) from yo where {SOLD}") / 100
C["s36-002"] = one(f"select sum(p) from yo where {SOLD} and d like '2024%'") / 100
C["s36-003"] = one("select sum(sk) from yo where st = 'ok' and ch = 'etsy'")
C["s36-004"] = one(f"select avg(p) from yo where {SOLD} and ch = 'web' and d like '2025%'") / 100
C["s36-005"] = 100.0 * one(f"select sum(p) from yo where {SOLD} and ch = 'trade'") / one(f"select sum(p) from yo where {SOLD}")
C["s36-006"] = [r[0] for r in rows_of(f"select ch from yo where {SOLD} group by ch order by sum(p) desc limit 2")]
C["s36-007"] = (one(f"select sum(p) from yo where {SOLD} and d between '2025-01-01' and '2025-06-30'")
                - one(f"select sum(p) from yo where {SOLD} and d between '2024-01-01' and '2024-06-30'")) / 100
C["s36-009"] = one("select sum(sk) from yo join yl using (code) where st = 'ok' and base = 'sock'")
C["s36-011"] = [r[0] for r in rows_of("select colour from yo join yl using (code) where st = 'ok' group by colour order by sum(sk) desc limit 2")]
C["s36-012"] = one(f"select 1.0 * sum(p) / sum(sk) from yo join yl using (code) where {SOLD} and base = 'dk'") / 100
C["s36-013"] = one("select count(*) from yo where st = 'x'")
C["s36-015"] = [one("select count(*) from yo where st = 'r'"), one("select sum(p) from yo where st = 'r'") / 100]
C["s36-016"] = one(f"select substr(d, 1, 7) from yo where {SOLD} group by 1 order by sum(p) desc limit 1")
C["s36-017"] = one(f"select max(p) from yo where {SOLD}") / 100
C["s36-018"] = one(f"select count(*) from yo where {SOLD} and p > 20000")
C["s36-019"] = one(f"select sum(p) from yo where {SOLD} and country != 'uk'") / 100
C["s36-021"] = one("select sum(post) from yo where st = 'ok' and post is not null") / 100
C["s36-022"] = one("select colour from yl where code not in (select code from yo)")

NV = "void = 0"
C["s36-024"] = one(f"select sum(p) from bl where {NV} and p > 0") / 100
C["s36-025"] = -one(f"select sum(p) from bl where {NV} and p < 0") / 100
C["s36-026"] = one(f"select sum(p) from bl where {NV} and d between '2024-09-01' and '2025-08-31'") / 100
C["s36-027"] = -one(f"select sum(p) from bl where {NV} and cat = 'court' and d between '2024-09-01' and '2025-08-31'") / 100
C["s36-029"] = 100.0 * one(f"select sum(p) from bl where {NV} and cat = 'shuttle'") / one(f"select sum(p) from bl where {NV} and p < 0")
C["s36-030"] = [r[0] for r in rows_of(f"select cat from bl where {NV} and p < 0 group by cat order by sum(p) limit 2")]
C["s36-031"] = one(f"select avg(p) from bl where {NV} and cat = 'club'") / 100
C["s36-033"] = (one(f"select sum(p) from bl where {NV} and cat = 'subs' and d between '2024-09-01' and '2025-08-31'")
                - one(f"select sum(p) from bl where {NV} and cat = 'subs' and d between '2023-09-01' and '2024-08-31'")) / 100
C["s36-034"] = one(f"select substr(d, 1, 7) from bl where {NV} and p > 0 group by 1 order by sum(p) desc limit 1")
C["s36-035"] = -one(f"select min(p) from bl where {NV}") / 100
C["s36-036"] = one(f"select count(*) from bl where {NV} and p > 15000")
C["s36-037"] = 100.0 * one(f"select sum(p) from bl where {NV} and p > 0 and meth = 'cash'") / one(f"select sum(p) from bl where {NV} and p > 0")
C["s36-038"] = one("select count(*) from bl where void = 1")
C["s36-039"] = [one(f"select count(*) from bl where {NV} and cat = 'refund'"), -one(f"select sum(p) from bl where {NV} and cat = 'refund'") / 100]
C["s36-040"] = -one(f"select sum(p) from bl where {NV} and cat = 'coach' and d like '2025%'") / 100
C["s36-042"] = one(f"select sum(p) from bl where {NV} and cat = 'social'") / 100
C["s36-043"] = one(f"select sum(p) from bl where {NV} and cat = 'guest' and d like '2025%'") / 100
C["s36-044"] = -one(f"select avg(p) from bl where {NV} and cat = 'shuttle'") / 100
C["s36-045"] = one(f"select sum(p) from bl where {NV} and cat = 'tourn' and d like '2025-03%'") / 100

OK = "off = 0"
C["s36-046"] = one(f"select count(*) from lp where {OK}")
C["s36-047"] = one(f"select sum(gen + rec) from lp where {OK} and d like '2024%'")
C["s36-048"] = one(f"select sum(kg) from lp where {OK}")
C["s36-049"] = one(f"select avg(vol) from lp where {OK}")
C["s36-050"] = one(f"select sum(vol * (fin - st)) / 60.0 from lp where {OK} and d like '2024%' and vol is not null")
C["s36-051"] = one(f"select avg(fin - st) from lp where {OK}")
C["s36-052"] = one(f"select d from lp where {OK} order by fin - st desc limit 1")
C["s36-053"] = [r[0] for r in rows_of(f"select site from lp where {OK} group by site order by sum(gen + rec) desc limit 2")]
C["s36-054"] = 100.0 * one(f"select sum(rec) from lp where {OK}") / one(f"select sum(gen + rec) from lp where {OK}")
C["s36-055"] = one(f"select sum(kg) / sum(gen + rec) from lp where {OK} and kg is not null")
C["s36-056"] = one("select count(*) from lp where off = 1")
C["s36-057"] = one(f"select count(*) from lp where {OK} and kg is null")
C["s36-058"] = one(f"select lead from lp where {OK} group by lead order by count(*) desc limit 1")
C["s36-059"] = one(f"select count(*) from lp where {OK} and st > 1020")
C["s36-060"] = one(f"select count(*) from lp where {OK} and vol > 20")
C["s36-061"] = (one(f"select sum(gen + rec) from lp where {OK} and d between '2025-01-01' and '2025-06-30'")
                - one(f"select sum(gen + rec) from lp where {OK} and d between '2024-01-01' and '2024-06-30'"))
C["s36-062"] = one(f"select substr(d, 1, 7) from lp where {OK} group by 1 order by sum(vol) desc limit 1")
C["s36-063"] = one(f"select avg(kg) from lp where {OK} and site = 'beach'")
C["s36-065"] = one(f"select sum(fin - st) / 60.0 from lp where {OK} and d like '2025%'")

C["s36-067"] = one("select count(*) from sg")
C["s36-068"] = one("select sum(n) from sg")
C["s36-069"] = [r[0] for r in rows_of("select ev from sg group by ev order by sum(n) desc limit 2")]
C["s36-071"] = one("select sum(paid) from sg where ev between '2024-09-01' and '2025-08-31'") / 100
C["s36-073"] = 100.0 * one("select avg(mem) from sg")
C["s36-074"] = one("select count(*) from sg where came = 'cloud'")
C["s36-075"] = 100.0 * one("select avg(came = 'no') from sg where came != 'cloud'")
C["s36-077"] = one("select sum(scope) from sg")
C["s36-078"] = one("select sum(n) from sg where heard = 'fb'")
C["s36-079"] = one("select substr(ev, 1, 7) from sg group by 1 order by count(*) desc limit 1")
C["s36-080"] = one("select avg(julianday(ev) - julianday(ts)) from sg")
C["s36-081"] = one("select count(*) from sg where julianday(ev) - julianday(ts) < 3")
C["s36-082"] = one("select count(*) from sg where mem = 0 and came = 'yes' and blank = 1")
C["s36-083"] = one("select 1.0 * sum(paid) / sum(n) from sg where mem = 0 and paid > 0") / 100
C["s36-084"] = one("select sum(n) from sg where came = 'yes'")
C["s36-085"] = one("select sum(acc) from sg")
C["s36-087"] = one("select sum(n) from sg where ev = '2024-12-14' and came = 'yes'")

HAS = "p is not null"
C["s36-088"] = one(f"select sum(p) from gs where {HAS} and d like '2024%'") / 100
C["s36-090"] = [r[0] for r in rows_of(f"select chain from gs where {HAS} group by chain order by sum(p) desc limit 2")]
C["s36-091"] = 100.0 * one(f"select sum(p) from gs where {HAS} and chain in ('Aldi', 'Lidl')") / one(f"select sum(p) from gs where {HAS}")
C["s36-093"] = one(f"select avg(p) from gs where {HAS} and kind = 'big'") / 100
C["s36-094"] = one(f"select count(*) from gs where {HAS} and kind = 'top' and p < 1000")
C["s36-095"] = one(f"select substr(d, 1, 7) from gs where {HAS} group by 1 order by sum(p) desc limit 1")
C["s36-096"] = one(f"select max(p) from gs where {HAS}") / 100
C["s36-097"] = (one(f"select sum(p) from gs where {HAS} and who = 'anna'") - one(f"select sum(p) from gs where {HAS} and who = 'tom'")) / 100
C["s36-098"] = one(f"select 1.0 * sum(p) / sum(items) from gs where {HAS} and items is not null") / 100
C["s36-099"] = one("select count(*) from gs where t >= 1200")
C["s36-101"] = one("select count(*) from gs where p is null")
C["s36-102"] = one(f"select sum(p) from gs where {HAS} and pay = 'cash'") / 100
C["s36-103"] = one("select sum(dl) from gs where dl is not null") / 100
C["s36-104"] = one("select count(*) from gs where chain = 'Co-op'")
C["s36-106"] = one(f"select avg(p) from gs where {HAS} and shop like '%exp%'") / 100
C["s36-107"] = one(f"select sum(p) from gs where {HAS} and chain = 'Farm'") / 100
C["s36-108"] = 100.0 * one("select avg(kind = 'top') from gs")


# ---------------------------------------------------------------------------------------------- compare

def letters(s):
    return re.sub(r"[^a-z0-9]", "", str(s).lower())


def label_ok(mine, spellings):
    """A key of mine (a canonical word, an ISO date or month) matches one of the truth's spellings."""
    m = letters(mine)
    return any(m == letters(s) or m in letters(s) or letters(s) in m for s in spellings)


def compare(qid, mine, truth):
    if isinstance(mine, list) and "numbers" in truth:
        return all(abs(a - b) <= 2e-6 for a, b in zip(mine, truth["numbers"]))
    if isinstance(mine, list):
        return label_ok(mine[0], truth["label"]) and label_ok(mine[1], truth["labels"][0])
    if isinstance(mine, str):
        return label_ok(mine, truth["label"])
    if "number" in truth:
        return abs(mine - truth["number"]) <= 2e-6 + 1e-9 * abs(mine)
    raise ValueError(qid)


def main():
    qs = {e["id"]: e for e in json.loads((HERE / "questions.json").read_text(encoding="utf-8"))}
    ALIASES = {"web": "website", "trade": "wholesale", "court": "court hire", "shuttle": "shuttles", "beach": "beach",
               "park": "park", "su": "Sue", "fb": "Facebook"}
    bad = 0
    for qid, mine in C.items():
        mine = [ALIASES.get(x, x) for x in mine] if isinstance(mine, list) and all(isinstance(x, str) for x in mine) \
            else ALIASES.get(mine, mine) if isinstance(mine, str) else mine
        ok = compare(qid, mine, qs[qid]["truth"])
        if not ok:
            bad += 1
            print(f"MISMATCH {qid}: crosscheck {mine!r} vs truth {qs[qid]['truth']}")
    print(f"crosscheck: {len(C) - bad} of {len(C)} agree ({len(qs)} questions in all)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
