#!/usr/bin/env python3
"""Held-out set 32: recomputes every truth a second way and compares with questions.json.

No code is shared with truths.py: files are read with csv.DictReader (by header name), cleaned with regular
expressions into an in-memory SQLite database (money in integer pennies, dates as ISO text, names as their
letters only with a separate synonym table), and every figure is a SQL query (day differences with julianday(),
weekdays with strftime('%w')). Exit 1 on any mismatch."""

import csv
import json
import re
import sqlite3
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
db = sqlite3.connect(":memory:")
NUMRE = re.compile(r"^\s*(-)?\s*£?\s*(\d[\d,]*)(?:\.(\d+))?\s*(?:kwh|mbps|p)?\s*$", re.I)


def pence(s):
    m = NUMRE.match(s or "")
    if not m:
        return None
    whole = int(m.group(2).replace(",", ""))
    frac = (m.group(3) or "") + "00"
    v = whole * 100 + int(frac[:2])
    assert len((m.group(3) or "").rstrip("0")) <= 2, s
    return -v if m.group(1) else v


def dec(s):
    """a decimal reading as float (for temperatures, kWh, speeds)"""
    m = re.match(r"^\s*(-?\d+(?:\.\d+)?)\s*(?:kwh|mbps)?\s*$", s or "", re.I)
    return float(m.group(1)) if m else None


def iso(s):
    m = re.match(r"^\s*(\d{1,2})/(\d{1,2})/(\d{4})", s)
    return f"{m.group(3)}-{int(m.group(2)):02d}-{int(m.group(1)):02d}"


def key(s):
    return re.sub(r"[^a-z]", "", (s or "").lower())


def one(sql, *a):
    return db.execute(sql, a).fetchone()[0]


def rows(name):
    with open(DATA / name, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


GOT = []


def put(v):
    GOT.append(v)


# ---------------------------------------------------------------- tyres
db.execute("create table rng(code int, brand text, size text, season text, rim int, list int)")
for r in rows("tyre_range.csv"):
    db.execute("insert into rng values(?,?,?,?,?,?)", (int(r["Code"]), r["Brand"].strip(), r["Size"].strip(),
                                                      key(r["Season"]), int(re.sub(r"\D", "", r["Rim"])), pence(r["List Price"])))
db.execute("create table job(booked text, fitted text, code int, qty int, area text, cust text, price int, paid text, st text)")
STATUS = {"fitted": "F", "done": "F", "cancelled": "C", "canceled": "C", "booked": "B", "pending": "B"}
PAID = {"card": "card", "cash": "cash", "invoice": "invoice", "onaccount": "invoice"}
for r in rows("tyre_jobs.csv"):
    db.execute("insert into job values(?,?,?,?,?,?,?,?,?)",
               (iso(r["Booked"]), iso(r["Fitted"]) if r["Fitted"].strip() else None, int(r["Tyre Code"]), int(r["Qty"]),
                key(r["Area"]), key(r["Customer Type"]), pence(r["Price"]), PAID[key(r["Paid By"])], STATUS[key(r["Status"])]))
F = "st='F'"
put(one(f"select count(*) from job where {F} and fitted like '2024%'"))
put(one(f"select sum(price) from job where {F} and fitted between '2025-01-01' and '2025-09-30'") / 100)
put(one(f"select avg(price) from job where {F} and price is not null") / 100)
r = db.execute(f"select area, count(*) n from job where {F} group by area order by n desc").fetchall()
put((r[0][0], r[1][0]))
put(100.0 * one("select count(*) from job where st='C'") / one("select count(*) from job"))
put(one(f"select sum(qty) from job where {F}"))
put(one(f"select avg(julianday(fitted)-julianday(booked)) from job where {F}"))
put(one(f"select max(julianday(fitted)-julianday(booked)) from job where {F}"))
put(one(f"select cast(substr(fitted,6,2) as int) m from job where {F} and fitted like '2024%' group by m order by count(*) desc limit 1"))
put(one(f"select sum(price) from job where {F} and cust='fleet' and fitted like '2024%'") / 100)
put((one(f"select sum(price) from job where {F} and cust='private' and fitted like '2024%'")
     - one(f"select sum(price) from job where {F} and cust='trade' and fitted like '2024%'")) / 100)
put(one(f"select count(*) from job where {F} and price is null"))
put(["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"][int(one(
    f"select strftime('%w', fitted) w from job where {F} group by w order by count(*) desc limit 1"))])
put(one("select count(*) from job where st='B'"))
a = one(f"select sum(price) from job where {F} and fitted between '2025-01-01' and '2025-09-30'")
b = one(f"select sum(price) from job where {F} and fitted between '2024-01-01' and '2024-09-30'")
put(100.0 * (a - b) / b)
put(one(f"select count(*) from job where {F} and price > 55000"))
put(one(f"select paid from job where {F} group by paid order by count(*) desc limit 1"))
put(one(f"select count(*) from job where {F} and qty=4"))
put(one(f"select sum(price)*1.0/sum(qty) from job where {F} and price is not null") / 100)
put(one(f"select count(*) from job where {F} and julianday(fitted)-julianday(booked) > 26"))
J = f"job join rng on rng.code=job.code where {F}"
put(one(f"select brand from {J} group by brand order by sum(qty) desc limit 1"))
put(one(f"select sum(qty) from {J} and fitted like '2024%' and season='winter'"))
put(one(f"select sum(price) from {J} and rim=18") / 100)
put(one(f"select size from {J} group by size order by count(*) desc limit 1"))
put(one(f"select count(*) from {J} and list > 12000"))
put(one("select brand || '|' || list from rng order by list limit 1"))

# ---------------------------------------------------------------- cricket
CATK = {"subscriptions": "subs", "subs": "subs", "subscription": "subs", "matchfees": "match", "matchfee": "match",
        "bartakings": "bar", "bar": "bar", "teas": "teas", "sponsorship": "spons", "sponsor": "spons", "grant": "grant",
        "groundrent": "rent", "groundsman": "grounds", "ballskit": "kit", "ballsandkit": "kit", "kit": "kit",
        "umpires": "ump", "umpirefees": "ump", "leaguefees": "league", "insurance": "ins", "barstock": "stock",
        "refund": "refund"}
SHOW = {"subs": "Subscriptions", "match": "Match Fees", "bar": "Bar Takings", "teas": "Teas", "spons": "Sponsorship",
        "grant": "Grant", "rent": "Ground Rent", "grounds": "Groundsman", "kit": "Balls & Kit", "ump": "Umpires",
        "league": "League Fees", "ins": "Insurance", "stock": "Bar Stock", "refund": "Refund"}
db.execute("create table led(d text, cat text, amt int, team text, method text, void int)")
for r in rows("cricket_club_ledger.csv"):
    db.execute("insert into led values(?,?,?,?,?,?)", (iso(r["Date"]), CATK[key(r["Category"])], pence(r["Amount"]),
                                                      r["Team"].strip(), r["Method"].strip(), int("void" in r["Note"].lower())))
V = "void=0"
put(one(f"select sum(amt) from led where {V} and amt>0 and d like '2024%'") / 100)
put(-one(f"select sum(amt) from led where {V} and amt<0 and d like '2024%'") / 100)
put(one(f"select sum(amt) from led where {V} and d like '2024%'") / 100)
put(one(f"select sum(amt) from led where {V} and cat in ('bar','stock') and d like '2025%'") / 100)
r = db.execute(f"select cat, -sum(amt) s from led where {V} and amt<0 and d like '2024%' group by cat order by s desc").fetchall()
put((SHOW[r[0][0]], SHOW[r[1][0]]))
put(one(f"select sum(amt) from led where {V} and cat='match' and team='2nd XI' and d like '2025%'") / 100)
put(-one(f"select sum(amt) from led where {V} and cat='grounds' and d like '2024%'") / 1200)
put((one(f"select count(*) from led where {V} and cat='refund'"), -one(f"select sum(amt) from led where {V} and cat='refund'") / 100))
put(100.0 * one(f"select sum(amt) from led where {V} and cat='spons' and d like '2024%'")
    / one(f"select sum(amt) from led where {V} and amt>0 and d like '2024%'"))
put(one(f"select cast(substr(d,6,2) as int) m from led where {V} and cat='bar' and d like '2025%' group by m order by sum(amt) desc limit 1"))
put((one(f"select sum(amt) from led where {V} and cat='teas' and d like '2024%'")
     - one(f"select sum(amt) from led where {V} and cat='teas' and d like '2025%'")) / 100)
put(one("select count(*) from led where void=1"))
c, amt = db.execute(f"select cat, amt from led where {V} order by amt limit 2").fetchall()[0]
put(f"{SHOW[c]}|{-amt}")
a = one(f"select sum(amt) from led where {V} and cat='subs' and d like '2025%'")
b = one(f"select sum(amt) from led where {V} and cat='subs' and d like '2024%'")
put(100.0 * (a - b) / b)
put(-one(f"select sum(amt) from led where {V} and cat='ump'") / 100)
put(one(f"select sum(amt) from led where {V} and amt>0 and team='Juniors' and d like '2024%'") / 100)
put(100.0 * one(f"select sum(amt) from led where {V} and amt>0 and method='Cash' and d like '2025%'")
    / one(f"select sum(amt) from led where {V} and amt>0 and d like '2025%'"))
put(one(f"select sum(amt) from led where {V}") / 100)
put(one(f"select avg(amt) from led where {V} and cat='match'") / 100)
put(one(f"select count(*) from led where {V} and d like '2025-08%'"))

# ---------------------------------------------------------------- heat pump
db.execute("create table hp(d text, t real, heating int, e real, h real, ind real, rate real)")
for r in rows("heat_pump_daily.csv"):
    db.execute("insert into hp values(?,?,?,?,?,?,?)", (iso(r["Date"]), dec(r["Outside Temp (C)"]),
                                                        int(key(r["Mode"]).startswith("heating")), dec(r["Electricity Used"]),
                                                        dec(r["Heat Delivered"]), dec(r["Indoor Temp (C)"]),
                                                        float(r["Unit Rate"].rstrip("p"))))
put(one("select sum(e) from hp where d like '2025-01%'"))
put(one("select avg(e) from hp where d between '2024-12-01' and '2025-02-28'"))
put(one("select d || '|' || t from hp where t is not null order by t limit 1"))
put(one("select sum(h)/sum(e) from hp where e is not null and h is not null and d between '2024-10-01' and '2025-03-31'"))
put(one("select substr(d,1,7) m from hp group by m order by sum(e) desc limit 1"))
put(one("select julianday(max(d))-julianday(min(d))+1-count(*) from hp"))
put(one("select count(*) from hp where t<0"))
put(one("select sum(e*rate/100) from hp where d between '2025-01-01' and '2025-03-31'"))
put(one("select avg(t) from hp where d like '2025-07%'"))
put(one("select sum(e) from hp where d like '2025-01%'") - one("select sum(e) from hp where d like '2024-12%'"))
put(one("select count(*) from hp where e is null"))
put(one("select avg(ind) from hp where t<0"))
put(one("select d || '|' || h from hp where h is not null order by h desc limit 1"))
put(one("select count(*) from hp where e>25"))
put(one("select sum(e) from hp where d between '2024-06-01' and '2024-08-31'")
    - one("select sum(e) from hp where d between '2025-06-01' and '2025-08-31'"))
put(one("select avg(e) from hp where heating=0"))
put(one("select count(*) from hp where heating=1"))
put(one("select avg(ind) from hp where d like '2025-01%'"))
put(one("select sum(e*rate/100) from hp"))
put(one("select sum(h)/sum(e) from hp where e is not null and h is not null and t<6"))

# ---------------------------------------------------------------- seeds (melted to long form)
db.execute("create table sd(sku text, name text, cat text, price int, ym text, n int)")
MON = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}
CATS = {"veg": "veg", "vegetable": "veg", "vegetables": "veg", "flower": "flowers", "flowers": "flowers", "herb": "herbs", "herbs": "herbs"}
for r in rows("seed_sales_monthly.csv"):
    for col, cell in r.items():
        m = re.match(r"^([A-Za-z]{3}) (\d{4})$", col)
        if not m:
            continue
        n = int(cell) if re.fullmatch(r"\d+", cell.strip()) else 0
        db.execute("insert into sd values(?,?,?,?,?,?)", (r["SKU"], re.sub(r"[^\w ]", "", r["Variety"]).strip(),
                                                          CATS[key(r["Category"])], pence(r["Packet Price"]),
                                                          f"{m.group(2)}-{MON[m.group(1).lower()]:02d}", n))
put(one("select sum(n) from sd where ym like '2024%'"))
put(one("select name from sd group by sku order by sum(n) desc limit 1"))
put(one("select ym from sd where ym like '2024%' group by ym order by sum(n) desc limit 1"))
put(one("select sum(n*price) from sd where ym like '2024%' and cat='flowers'") / 100)
put(one("select count(*) from sd where ym='2025-09' and n=0"))
put(one("select sum(n) from sd where ym like '2024%'") / 12)
put(100.0 * one("select sum(n) from sd where ym like '2024%' and cat='herbs'") / one("select sum(n) from sd where ym like '2024%'"))
put(one("select sum(n) from sd where ym='2025-03'") - one("select sum(n) from sd where ym='2024-03'"))
r = db.execute("""select cat, 100.0*(sum(case when ym between '2025-01' and '2025-09' then n end)
                    - sum(case when ym between '2024-01' and '2024-09' then n end))
                    / sum(case when ym between '2024-01' and '2024-09' then n end) g from sd group by cat order by g desc""").fetchall()
put(r[0][0] + "|" + repr(r[0][1]))
put(one("select name from sd where cat='flowers' and ym like '2025%' group by sku order by sum(n) desc limit 1"))
put(one("select count(distinct sku) from sd"))
put(one("select avg(price) from (select distinct sku, price from sd)") / 100)
put(one("""select count(*) from (select sku, sum(case when ym like '2024%' then n end) a,
                                 sum(case when ym like '2025%' then n end) b from sd group by sku) where a=0 and b>0"""))
put(one("select sum(n*price) from sd where ym like '2025%'") / 100)
put(one("select name from sd where cat='veg' and ym like '2025%' group by sku order by sum(n) desc limit 1"))
put(one("select sum(n) from sd where ym='2024-12'"))
put(one("select count(*) from (select sku from sd where ym like '2024%' group by sku having sum(n)>100)"))
put(one("select sum(n) from sd where ym like '2025%' and name like 'tomato %'"))
put(one("select cat from sd where ym like '2024%' group by cat order by sum(n) desc limit 1"))
a = one("select sum(n) from sd where ym between '2025-01' and '2025-03'")
b = one("select sum(n) from sd where ym between '2024-01' and '2024-03'")
put(100.0 * (a - b) / b)

# ---------------------------------------------------------------- survey
rs = rows("residents_survey.csv")
cols = list(rs[0].keys())
PARTK = {"hadleygreen": "Hadley Green", "upperhadley": "Upper Hadley", "millford": "Millford", "milford": "Millford",
         "churchend": "Church End", "westcote": "Westcote"}
PRI = [("pot", "potholes"), ("road", "potholes"), ("bus", "buses"), ("speed", "speeding"), ("youth", "youth"),
       ("young", "youth"), ("litter", "litter"), ("housing", "housing")]
BUSK = {"verypoor": 1, "poor": 2, "ok": 3, "good": 4, "verygood": 5}
db.execute("create table sv(day text, age text, part text, yrs real, sat int, bus int, rec int, lib int, bb real, pri text, vol int)")
for r in rs:
    v = [r[c] for c in cols]
    m = re.match(r"(\d\d)/(\d\d)/(\d{4})", v[0])
    sat = re.match(r"\s*(\d)", v[4])
    lib = key(v[7])
    db.execute("insert into sv values(?,?,?,?,?,?,?,?,?,?,?)", (
        f"{m.group(3)}-{m.group(2)}-{m.group(1)}", v[1].strip() if re.match(r"\s*\d", v[1]) else None,
        PARTK[key(v[2])], float(v[3]) if re.fullmatch(r"\s*\d+(\.\d+)?\s*", v[3]) else None,
        int(sat.group(1)) if sat else None, BUSK.get(key(v[5])), int(v[6]) if v[6].strip().isdigit() else None,
        None if lib == "" else int(lib in ("yes", "y")), dec(v[8]), next(p for w, p in PRI if w in key(v[9])),
        int(key(v[10]).startswith("yes"))))
put(one("select count(*) from sv"))
put(one("select avg(sat) from sv"))
put(100.0 * one("select count(*) from sv where bus<=2") / one("select count(bus) from sv"))
put(one("select pri from sv group by pri order by count(*) desc limit 1"))
put(100.0 * one("select count(*) from sv where rec>=9") / one("select count(rec) from sv"))
put(one("select age from sv where age is not null group by age order by avg(sat) desc limit 1"))
put(one("select avg(bb) from sv"))
put(one("select part from sv group by part order by avg(bb) limit 1"))
put(one("select sum(vol) from sv"))
put(100.0 * one("select sum(lib) from sv") / one("select count(lib) from sv"))
put(one("select count(*) from sv where day like '2025-03%'"))
put(one("select day from sv group by day order by count(*) desc limit 1"))
put(one("select avg(yrs) from sv"))
put(one("select count(*) from sv where age is null"))
put(100.0 * one("select count(*) from sv where age='75+' and pri='buses'") / one("select count(*) from sv where age='75+'"))
put(one("select part from sv group by part order by count(*) desc limit 1"))
put(one("select count(*) from sv where sat<=2"))
put(one("select avg(rec) from sv"))
put(100.0 * one("select count(*) from sv where part='Westcote'") / one("select count(*) from sv"))
put(one("select avg(sat) from sv where part='Church End'") - one("select avg(sat) from sv where part='Westcote'"))

# ---------------------------------------------------------------- compare
QS = json.loads((HERE / "questions.json").read_text(encoding="utf-8"))
assert len(QS) == len(GOT), (len(QS), len(GOT))
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"]


def close(a, b):
    """truths are rounded to 6 decimals: anything further apart than that is a mismatch"""
    return abs(float(a) - float(b)) <= 1e-6


def labkey(s):
    return re.sub(r"[\s'\"]", "", str(s).lower())


def lab_ok(got, opts):
    return any(labkey(o) == labkey(got) for o in opts)


def parts(v):
    return str(v).split("|")


bad = 0
for qn, got in zip(QS, GOT):
    t = qn["truth"]
    ok = True
    if "label" in t and "number" in t:
        lab, n = parts(got)
        if re.fullmatch(r"\d{4}-\d\d-\d\d", lab):
            ok = lab in t["label"]
        else:
            ok = lab_ok(lab, t["label"])
        num = float(n)
        if t["unit"] == "£" and re.fullmatch(r"-?\d+", n) and qn["dataset"][0] != "heat_pump_daily.csv":
            num = abs(int(n)) / 100
        ok = ok and close(num, t["number"])
    elif "label" in t:
        if isinstance(got, tuple):
            ok = lab_ok(got[0], t["label"]) and lab_ok(got[1], t["labels"][0])
        elif isinstance(got, int):
            ok = any(key(o) == MONTHS[got - 1] for o in t["label"])
        elif re.fullmatch(r"\d{4}-\d\d(-\d\d)?", str(got)):
            if len(got) == 7:
                ok = MONTHS[int(got[5:]) - 1] in [o.lower() for o in t["label"]] and any(got[:4] in o for o in t["label"])
            else:
                ok = got in t["label"]
        else:
            ok = lab_ok(got, t["label"])
    elif "numbers" in t:
        ok = all(close(a, b) for a, b in zip(got, t["numbers"])) and len(got) == len(t["numbers"])
    else:
        ok = close(got, t["number"])
    if not ok:
        bad += 1
        print(f"MISMATCH {qn['id']}: crosscheck {got!r} vs truth {t}")
print(f"crosscheck {len(QS) - bad}/{len(QS)}")
sys.exit(1 if bad else 0)
