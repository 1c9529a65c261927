#!/usr/bin/env python3
"""Held-out set 34: recomputes every truth in questions.json a second way and compares.

No code shared with truths.py: files read with csv.DictReader by header name, values cleaned with regular
expressions into an in-memory SQLite database (money in integer pennies, dates as ISO text, names as their
letters only with a separate synonym table), every figure a SQL query. Exit 1 on any mismatch.
"""

import csv
import json
import re
import sqlite3
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
db = sqlite3.connect(":memory:")
X = db.execute


def letters(s):
    return re.sub(r"[^a-z]", "", (s or "").lower())


def pennies(s):
    m = re.fullmatch(r"\s*(-?)\s*£?\s*(\d[\d,]*)(?:\.(\d{1,2}))?\s*", s or "")
    if not m:
        return None
    v = int(m.group(2).replace(",", "")) * 100 + int((m.group(3) or "0").ljust(2, "0"))
    return -v if m.group(1) else v


def number(s):
    m = re.fullmatch(r"\s*(-?\d+(?:\.\d+)?)\s*(?:[a-zA-Z ]*)", s or "")
    return float(m.group(1)) if m else None


MON = {m: i + 1 for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split())}


def load(name):
    with open(DATA / name, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


# ---------------------------------------------------------------- aquarium
X("create table tank(code int, name text, site text, town text, vol real, water text, since text)")
SITE = {"home": "home", "residential": "home", "office": "office", "restaurant": "restaurant", "rest": "restaurant",
        "surgery": "surgery", "dentalsurgery": "surgery"}
for r in load("aquarium_tanks.csv"):
    d, mo, y = r["Customer Since"].split()
    X("insert into tank values (?,?,?,?,?,?,?)", (int(r["Tank Code"]), r["Customer"].strip(), SITE[letters(r["Site Type"])],
      letters(r["Town"]), number(r["Tank Size"]), "marine" if letters(r["Water"]) in ("marine", "saltwater", "reef") else "fresh",
      f"{y}-{MON[mo.lower()]:02d}-{int(d):02d}"))
X("create table visit(d text, tank int, svc text, mins real, pence int, fish real, paid text, status text)")
SVC = [("routine|maintenance", "routine"), ("water|w/c", "water"), ("emergency|call", "emergency"),
       ("fish|livestock", "fish"), ("filter", "filter")]
for r in load("aquarium_visits.csv"):
    dd, mm, yy = r["Visit Date"].split("/")
    svc = next(v for p, v in SVC if re.search(p, r["Service"], re.I))
    st = letters(r["Status"])
    status = "done" if st in ("done", "completed") else ("cancel" if st.startswith("cancel") else ("noaccess" if st.startswith("noaccess") else "?"))
    fish = 0.0 if letters(r["Fish Added"]) == "none" else number(r["Fish Added"])
    X("insert into visit values (?,?,?,?,?,?,?,?)", (f"{yy}-{mm}-{dd}", int(r["Tank"]), svc, number(r["Time on Site"]),
      pennies(r["Charge"]), fish, letters(r["Paid"]), status))
X("create view dv as select v.*, t.name, t.site, t.town, t.water from visit v join tank t on t.code = v.tank where status = 'done'")
X("create view pv as select * from dv where pence is not null")

# ---------------------------------------------------------------- railway ledger
CATS = [("sub|membership", "subs"), ("exhibitiontakings|exhibitiongate|showtakings", "extake"), ("raffle", "raffle"),
        ("bring", "bringbuy"), ("donation", "donations"), ("rent", "rent"), ("layout|track|^materials$", "layout"),
        ("insurance", "insurance"), ("exhibitioncosts|exhibitionhallhire|showcosts", "excost"), ("electric", "electricity"),
        ("refund", "refunds"), ("door", "door"), ("refreshments|tea", "refresh")]
X("create table led(d text, cat text, p int, meth text, void int)")
for r in load("railway_club_ledger.csv"):
    c = letters(r["Category"])
    cat = next(v for p, v in CATS if re.search(p, c))
    d, m, y = r["Date"].split(".")
    X("insert into led values (?,?,?,?,?)", (f"{y}-{int(m):02d}-{int(d):02d}", cat, pennies(r["Amount"].replace("-£", "-")),
      letters(r["Method"]), 1 if re.search("void", r["Notes"], re.I) else 0))
X("create view lv as select * from led where void = 0")

# ---------------------------------------------------------------- blood pressure
X("create table bp(d text, ms int, md int, es int, ed int, mp real, ep real, w real, tab text)")
for r in load("bp_diary.csv"):
    _, d, mo, y = r["Date"].split()
    a = re.fullmatch(r"\s*(\d+)\s*/\s*(\d+)\s*", r["Morning BP"])
    b = re.fullmatch(r"\s*(\d+)\s*/\s*(\d+)\s*", r["Evening BP"])
    X("insert into bp values (?,?,?,?,?,?,?,?,?)", (f"{y}-{MON[mo.lower()]:02d}-{int(d):02d}",
      int(a.group(1)) if a else None, int(a.group(2)) if a else None, int(b.group(1)) if b else None,
      int(b.group(2)) if b else None, number(r["Morning Pulse"]), number(r["Evening Pulse"]), number(r["Weight"]),
      letters(r["Tablets"])))
X("create table cal(d text)")
X("insert into cal with recursive c(d) as (select '2024-01-01' union all select date(d, '+1 day') from c where d < '2025-06-30') select d from c")

# ---------------------------------------------------------------- meetup
X("create table mu(ev text, yr int, mon text, mode text, yrs real, diet text, src text, att text, rate int)")
rows = load("meetup_signups.csv")
H = list(rows[0].keys())
col = {k: next(h for h in H if re.search(p, h, re.I)) for k, p in
       [("ev", "which meetup"), ("mode", "in person"), ("yrs", "how many years"), ("diet", "dietary"), ("src", "hear about"),
        ("att", "^attended"), ("rate", "rate the talk")]}
for r in rows:
    ev = r[col["ev"]]
    m = re.match(r"(\w{3}) (\d{4}) - ", ev)
    mode = letters(r[col["mode"]])
    mode = "inperson" if mode.startswith("yes") else ("online" if mode.startswith("online") else "cannot")
    dl = letters(r[col["diet"]])
    diet = "vegetarian" if dl in ("vegetarian", "veggie") else "vegan" if dl == "vegan" else \
        "gf" if dl in ("glutenfree", "gf", "coeliac") else "halal" if dl == "halal" else "none"
    sl = letters(r[col["src"]])
    src = "meetup" if "meetup" in sl else "friend" if ("friend" in sl or "colleague" in sl) else \
        "linkedin" if "linkedin" in sl else "twitter" if "twitter" in sl else "newsletter" if "newsletter" in sl else "?"
    at = letters(r[col["att"]])
    att = "yes" if at in ("yes", "y", "attended") else "no" if at in ("no", "n", "noshow") else ""
    rt = re.match(r"\s*([1-5])", r[col["rate"]])
    yrs = re.fullmatch(r"\s*(\d+)\s*(?:years|yrs)?\s*", r[col["yrs"]])
    X("insert into mu values (?,?,?,?,?,?,?,?,?)", (ev, int(m.group(2)), m.group(1), mode, float(yrs.group(1)) if yrs else None,
      diet, src, att, int(rt.group(1)) if rt else None))

# ---------------------------------------------------------------- chess
X("create table ch(d text, rapid int, w text, b text, res text, st int, fin int, len int, op text, moves real)")
FORF = 0
OPS = [("sicilian", "sicilian"), ("queen|qgd", "qg"), ("ruy|spanish", "ruy"), ("italian|giuoco", "italian"),
       ("french", "french"), ("london", "london"), ("caro", "caro"), ("king|kid", "kid")]
for r in load("chess_club_games.csv"):
    res = r["Result"].lower()
    if "forfeit" in res:
        FORF += 1
        continue
    res = "w" if re.match(r"1\s*-\s*0|white", res) else "b" if re.match(r"0\s*-\s*1|black", res) else "d"
    m, d, y = r["Date"].split("/")
    def mins(t):
        mt = re.fullmatch(r"(\d\d):(\d\d)", t.strip())
        return int(mt.group(1)) * 60 + int(mt.group(2)) if mt else None
    st, fin = mins(r["Start"]), mins(r["Finish"])
    fin_abs = None if fin is None else (fin + 1440 if fin < 720 else fin)
    ln = None if (st is None or fin is None) else (fin - st) % 1440
    op = next(v for p, v in OPS if re.search(p, r["Opening"], re.I))
    mv = re.fullmatch(r"\s*(\d+)\s*", r["Moves"])
    X("insert into ch values (?,?,?,?,?,?,?,?,?,?)", (f"{y}-{int(m):02d}-{int(d):02d}", 1 if "rapid" in r["Time Control"].lower() else 0,
      letters(r["White"].split()[-1]), letters(r["Black"].split()[-1]), res, st, fin_abs, ln, op, float(mv.group(1)) if mv else None))
X("create view pts as select d, w as p, case res when 'w' then 1.0 when 'd' then 0.5 else 0 end as s from ch "
  "union all select d, b, case res when 'b' then 1.0 when 'd' then 0.5 else 0 end from ch")


def one(sql, *a):
    return X(sql, a).fetchone()[0]


def first(sql, *a):
    return X(sql, a).fetchone()[0]


def two(sql, *a):
    r = X(sql, a).fetchall()
    return r[0][0], r[1][0]


OUT = []


def put(v):
    OUT.append(v)


P = 100.0
# aquarium (22)
put(one("select sum(pence) from pv where d like '2024%'") / P)
put((one("select sum(pence) from pv where d between '2025-01-01' and '2025-09-30'") - one("select sum(pence) from pv where d between '2024-01-01' and '2024-09-30'")) / P)
put(one("select avg(pence) from pv where svc='routine'") / P)
put(one("select count(*) from dv where svc='emergency' and d like '2025%'"))
put(("lbl2", *two("select svc from pv group by svc order by sum(pence) desc")))
put(("lbl", first("select town from pv where d like '2025%' group by town order by sum(pence) desc")))
put(100.0 * one("select sum(pence) from pv where water='marine'") / one("select sum(pence) from pv"))
put(("lbl", first("select name from pv group by name order by sum(pence) desc")))
put(one("select count(*) from tank where code not in (select tank from visit where d like '2025%')"))
put(one("select sum(fish) from dv"))
put(one("select avg(mins) from dv where mins is not null"))
put(one("select sum(pence) / 100.0 / (sum(mins) / 60.0) from pv where mins is not null"))
put(one("select sum(pence) from pv where paid in ('no','owed','notyet')") / P)
put(100.0 * one("select count(*) from visit where status='cancel'") / one("select count(*) from visit"))
put(one("select count(*) from visit where status='noaccess'"))
put(one("select count(*) from dv where pence is null"))
put(("lbl", "2024-" + first("select substr(d,6,2) m from pv where d like '2024%' group by m order by sum(pence) desc")))
put(("lbl", first("select name from tank order by vol desc")))
put(one("select count(*) from dv where site='restaurant' and d like '2024%'"))
put(("lbl", first("select site from pv where substr(d,6,2) <= '09' group by site order by sum(case when d like '2025%' then pence else -pence end) desc")))
put(one("select count(*) from pv where pence > 10000"))
put(("lbl", first("select name from tank order by since")))
# railway (21)
put(one("select sum(p) from lv") / P)
put(one("select sum(p) from lv where p > 0 and d like '2024%'") / P)
put(-one("select sum(p) from lv where p < 0 and d like '2024%'") / P)
put((one("select sum(p) from lv where cat='subs' and d between '2025-01-01' and '2025-08-31'") - one("select sum(p) from lv where cat='subs' and d between '2024-01-01' and '2024-08-31'")) / P)
put(("lbl2", *two("select cat from lv where p < 0 group by cat order by sum(p)")))
put(one("select sum(p) from lv where cat in ('extake','excost') and d like '2024%'") / P)
put(("lbl", first("select substr(d,1,7) m from lv where p > 0 group by m order by sum(p) desc")))
r = X("select p, cat from lv order by p limit 1").fetchone()
put(("lblnum", r[1], -r[0] / P))
put(one("select count(*) from led where void = 1"))
put(100.0 * one("select sum(p) from lv where cat='extake'") / one("select sum(p) from lv where p > 0"))
put(one("select avg(p) from lv where cat='subs'") / P)
put(("nums", one("select count(*) from lv where cat='refunds'"), -one("select sum(p) from lv where cat='refunds'") / P))
put(one("select count(*) from lv where p > 20000"))
put(100.0 * one("select sum(p) from lv where p > 0 and meth='cash'") / one("select sum(p) from lv where p > 0"))
put(-one("select sum(p) from lv where cat='rent' and d like '2025%'") / P)
put((one("select sum(p) from lv where cat='electricity' and d between '2025-01-01' and '2025-08-31'") - one("select sum(p) from lv where cat='electricity' and d between '2024-01-01' and '2024-08-31'")) / P)
put(one("select sum(p) from lv where cat='door' and d like '2024%'") / P)
put((one("select avg(p) from lv where cat='door' and d like '2025%'") - one("select avg(p) from lv where cat='door' and d like '2024%'")) / P)
put(one("select sum(p) from lv where cat='raffle'") / P)
put(-one("select sum(p) from lv where cat='layout' and d like '2025%'") / P)
put(-one("select sum(p) from lv where cat='refresh'") / P)
# blood pressure (20)
put(one("select count(*) from cal where d not in (select d from bp)"))
put(one("select avg(ms) from bp where d like '2024%'"))
put(one("select avg(ms) from bp where d between '2024-01-01' and '2024-06-30'") - one("select avg(ms) from bp where d between '2025-01-01' and '2025-06-30'"))
put(one("select count(*) from bp where d like '2024%' and ms > 140"))
r = X("select d, ms from bp where ms is not null order by ms desc limit 1").fetchone()
put(("lblnum", r[0], r[1]))
put(one("select avg(ed) from bp"))
put(("lbl", first("select substr(d,1,7) m from cal where d not in (select d from bp) group by m order by count(*) desc")))
put(one("select w from bp where w is not null order by d limit 1") - one("select w from bp where w is not null order by d desc limit 1"))
put(one("select avg(mp) from bp"))
put(one("select count(*) from bp where tab in ('no','missed','forgot')"))
put(100.0 * one("select count(*) from bp where tab in ('yes','y','taken')") / one("select count(*) from bp where tab <> ''"))
put(one("select count(*) from bp where ms is null"))
put(one("select min(w) from bp"))
put(one("select avg(w) from bp where d like '2025-03%'"))
put(one("select avg(ms - es) from bp where ms is not null and es is not null"))
put(one("select avg(ms) from bp where d < '2024-09-02'") - one("select avg(ms) from bp where d >= '2024-09-02'"))
put(one("select count(es) from bp where d like '2025%'"))
put(one("select count(*) from bp where d like '2025%' and ms < 130"))
put(one("select max(w) from bp"))
put(one("select avg(ep) from bp where d like '2025%'"))
# meetup (21)
put(one("select count(*) from mu"))
put(one("select count(*) from mu where mon='Mar' and yr=2025"))
put(("lbl", first("select ev from mu where att='yes' group by ev order by count(*) desc")))
put(100.0 * one("select count(*) from mu where mode='inperson' and att='no'") / one("select count(*) from mu where mode='inperson'"))
put(one("select avg(rate) from mu"))
put(("lbl", first("select ev from mu where rate is not null group by ev order by avg(rate) desc")))
put(one("select count(*) from mu where mode='inperson' and diet='vegan'"))
put(100.0 * one("select count(*) from mu where mode='inperson' and diet in ('vegan','vegetarian')") / one("select count(*) from mu where mode='inperson'"))
put(("lbl2", *two("select src from mu group by src order by count(*) desc")))
put(one("select avg(yrs) from mu"))
put(one("select count(*) from mu where yrs is null"))
H1 = "('Jan','Feb','Mar','Apr','May','Jun')"
put(one(f"select count(*) from mu where att='yes' and yr=2024 and mon in {H1}") - one(f"select count(*) from mu where att='yes' and yr=2025 and mon in {H1}"))
put(one("select count(*) from mu where mode='online' and yr=2024"))
put(("lbl", first("select ev from mu where mode='inperson' group by ev order by avg(att='no') desc")))
put(one("select count(*) from mu where mode='cannot'"))
put(one("select count(*) from mu where src='linkedin' and yr=2025"))
put(one("select count(*) from mu where att='yes' and rate=5"))
put(one("select avg(rate) from mu where ev like '%Lightning%'"))
put(one("select count(*) from mu where mode='inperson' and yr=2025 and diet='gf'"))
put(one("select count(*) from mu where att='yes'"))
put(("lbl", first("select ev from mu group by ev order by count(*)")))
# chess (22)
put(one("select count(*) from ch"))
put(100.0 * one("select avg(res='w') from ch"))
put(100.0 * one("select avg(res='d') from ch"))
put(("lbl", first("select p from pts where s = 1 group by p order by count(*) desc")))
put(("lbl", first("select p from pts where d like '2025%' group by p order by sum(s) desc")))
put(one("select avg(len) from ch where rapid=0"))
put(one("select avg(len) from ch where rapid=0") - one("select avg(len) from ch where rapid=1"))
r = X("select w, len from ch where len is not null order by len desc limit 1").fetchone()
put(("lblnum", r[0], r[1]))
put(one("select count(*) from ch where len > 180"))
put(("lbl2", *two("select op from ch group by op order by count(*) desc")))
put(100.0 * one("select avg(res='w') from ch where op='sicilian'"))
put(FORF)
put(one("select count(*) from ch where moves is null"))
put(one("select avg(moves) from ch where rapid=1"))
put(("lbl", first("select p from pts group by p order by count(*)")))
put(one("select count(*) from ch where (w='ibarra' and res='b') or (b='ibarra' and res='w')"))
put(100.0 * one("select avg(s) from pts where p='nair'"))
put(one("select count(*) from ch where d between '2024-01-01' and '2024-06-30'") - one("select count(*) from ch where d between '2025-01-01' and '2025-06-30'"))
put(("lbl", "2024-" + first("select substr(d,6,2) m from ch where d like '2024%' group by m order by count(*) desc")))
put(one("select count(*) from ch where fin > 1380"))
put(one("select count(*) from ch where fin is null"))
put(("lbl", first("select b from ch where res='b' group by b order by count(*) desc")))

# ---------------------------------------------------------------- compare
Q = json.loads((HERE / "questions.json").read_text(encoding="utf-8"))
MONTHS = "january february march april may june july august september october november december".split()


NAME = {"routine": "Routine service", "water": "Water change", "emergency": "Emergency call-out", "fish": "Fish delivery",
        "filter": "Filter repair", "home": "Home", "office": "Office", "restaurant": "Restaurant", "surgery": "Surgery",
        "subs": "Subscriptions", "extake": "Exhibition takings", "excost": "Exhibition costs", "layout": "Layout materials",
        "rent": "Clubroom rent", "insurance": "Insurance", "electricity": "Electricity", "refunds": "Refunds",
        "refresh": "Refreshments", "meetup": "Meetup.com", "friend": "friend", "linkedin": "LinkedIn", "twitter": "Twitter",
        "newsletter": "newsletter", "sicilian": "Sicilian", "qg": "Queen's Gambit", "ruy": "Ruy Lopez", "italian": "Italian",
        "french": "French", "london": "London", "caro": "Caro-Kann", "kid": "King's Indian"}


def label_ok(val, spellings):
    """val: a canonical value from SQL (a code is first turned into its name); spellings: the truth's label list."""
    val = NAME.get(str(val), str(val))
    keys = {letters(s) for s in spellings}
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", val):
        return val in spellings
    if re.fullmatch(r"\d{4}-\d{2}", val):
        y, m = val.split("-")
        return letters(MONTHS[int(m) - 1] + y) in keys
    if letters(val) in keys:
        return True
    return any(letters(val) in k or k in letters(val) for k in keys if len(k) >= 4)


def near(a, b):
    return abs(float(a) - float(b)) <= 2e-6 + 1e-9 * abs(float(b))


bad = 0
if len(OUT) != len(Q):
    print(f"count mismatch: {len(OUT)} computed, {len(Q)} questions")
    bad += 1
for q, v in zip(Q, OUT):
    t = q["truth"]
    if isinstance(v, tuple):
        kind = v[0]
        if kind == "lbl":
            ok = label_ok(v[1], t.get("label", [])) and "number" not in t
        elif kind == "lbl2":
            ok = label_ok(v[1], t.get("label", [])) and len(t.get("labels", [])) == 1 and label_ok(v[2], t["labels"][0])
        elif kind == "lblnum":
            ok = label_ok(v[1], t.get("label", [])) and "number" in t and near(v[2], t["number"])
        else:
            ok = "numbers" in t and len(t["numbers"]) == 2 and near(v[1], t["numbers"][0]) and near(v[2], t["numbers"][1])
    else:
        ok = "number" in t and "label" not in t and near(v, t["number"])
    if not ok:
        bad += 1
        print(f"MISMATCH {q['id']}: crosscheck {v!r} vs truth {t!r}")
print(f"crosscheck {len(Q) - bad}/{len(Q)}")
sys.exit(1 if bad else 0)
