#!/usr/bin/env python3
"""Recomputes every truth of held-out set 29 a second way and compares it with questions.json.

The raw CSV text is loaded into an in-memory SQLite database (every cell as TEXT, no cleaning in Python) and
cleaned only in SQL views: currency signs and separators stripped with replace(), categories folded with
lower / trim / replace, non-numbers found with GLOB, dates rebuilt with substr / instr, durations with
julianday. No code is shared with truths.py. Exit 1 on any mismatch.
"""

import csv
import json
import sqlite3
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"

db = sqlite3.connect(":memory:")


def load(table, name):
    with open(DATA / name, newline="", encoding="utf-8") as f:
        r = csv.reader(f)
        header = next(r)
        cols = [f"c{i}" for i in range(len(header))]
        db.execute(f"CREATE TABLE {table} ({', '.join(c + ' TEXT' for c in cols)})")
        db.executemany(f"INSERT INTO {table} VALUES ({', '.join('?' for _ in cols)})", list(r))


load("uj", "upholstery_jobs.csv")
load("uf", "upholstery_fabrics.csv")
load("sl", "studio_ledger.csv")
load("fb", "fishing_boats_daily.csv")
load("pc", "pest_callouts.csv")
load("sd", "sleep_diary.csv")


def FOLD(x):
    return f"lower(trim(replace(replace(replace({x}, '   ', ' '), '  ', ' '), '  ', ' ')))"


def CLEAN(x):
    return f"replace(replace(replace(replace(trim({x}), '£', ''), '$', ''), '€', ''), ',', '')"


def ISNUM(x):
    return f"({CLEAN(x)} GLOB '*[0-9]*' AND {CLEAN(x)} NOT GLOB '*[^0-9.-]*')"


def MONEY(x):
    return f"(CASE WHEN {ISNUM(x)} THEN CAST({CLEAN(x)} AS REAL) END)"


MON = "'JanFebMarAprMayJunJulAugSepOctNovDec'"

db.executescript(f"""
CREATE VIEW jobs AS SELECT
  c0 AS job,
  substr(c1,7,4)||'-'||substr(c1,4,2)||'-'||substr(c1,1,2) AS rec,
  CASE WHEN trim(c2)='' THEN NULL ELSE substr(c2,7,4)||'-'||substr(c2,4,2)||'-'||substr(c2,1,2) END AS comp,
  CASE {FOLD('c3')} WHEN 'arm chair' THEN 'armchair' WHEN 'head board' THEN 'headboard' ELSE {FOLD('c3')} END AS item,
  CAST(c4 AS INTEGER) AS qty, CAST(c5 AS INTEGER) AS code, CAST(c6 AS REAL) AS metres,
  CASE WHEN trim(c7)='' THEN NULL ELSE CAST(c7 AS REAL) END AS hours,
  {FOLD('c8')} AS cust, {MONEY('c9')} AS price,
  CASE WHEN {FOLD('c10')} IN ('completed','done') THEN 'C'
       WHEN {FOLD('c10')} LIKE 'cancel%' THEN 'X' ELSE 'O' END AS st
FROM uj;
CREATE VIEW fab AS SELECT CAST(c0 AS INTEGER) AS code, c1 AS name, {FOLD('c2')} AS type, {MONEY('c4')} AS ppm FROM uf;
CREATE VIEW jf AS SELECT j.*, f.name AS fname, f.type AS ftype FROM jobs j JOIN fab f ON f.code = j.code;

CREATE VIEW led AS SELECT
  substr(c0,8,4)||'-'||printf('%02d', (instr({MON}, substr(c0,4,3))+2)/3)||'-'||substr(c0,1,2) AS d,
  c2 AS descr, {FOLD('c3')} AS cat, {MONEY('c4')} AS amt
FROM sl WHERE trim(c5) = '';

CREATE VIEW fb1 AS SELECT *, substr(c0, 1, instr(c0,'/')-1) AS m, substr(c0, instr(c0,'/')+1) AS rest FROM fb;
CREATE VIEW boats AS SELECT
  substr(rest, instr(rest,'/')+1)||'-'||printf('%02d', CAST(m AS INTEGER))||'-'||printf('%02d', CAST(substr(rest,1,instr(rest,'/')-1) AS INTEGER)) AS d,
  {FOLD('c1')} AS boat, trim(c2) AS port, {FOLD('c3')} AS st,
  CASE WHEN trim(c4)='' THEN NULL ELSE CAST(c4 AS REAL) END AS hrs,
  CASE WHEN trim(c5)='' THEN NULL ELSE CAST(c5 AS REAL) END AS crates,
  {MONEY('c6')} AS kg, {MONEY('c7')} AS fuel, {MONEY('c8')} AS val
FROM fb1;

CREATE VIEW pest AS SELECT
  substr(c1,1,10) AS d, julianday(replace(c1,'T',' ')) AS jr,
  CASE WHEN trim(c2)='' THEN NULL ELSE julianday(replace(c2,'T',' ')) END AS ja,
  {FOLD('c3')} AS town,
  CASE {FOLD('c4')} WHEN 'rat' THEN 'rats' WHEN 'wasp nest' THEN 'wasps' WHEN 'bedbugs' THEN 'bed bugs' ELSE {FOLD('c4')} END AS pest,
  {FOLD('c5')} AS prem, trim(c6) AS tech, CAST(c7 AS INTEGER) AS visits, {MONEY('c8')} AS charge,
  CASE WHEN {FOLD('c9')}='treated' THEN 'T' WHEN {FOLD('c9')} LIKE 'cancel%' THEN 'X' ELSE 'N' END AS st,
  {FOLD('c10')} IN ('yes','y','true','1') AS fu
FROM pc;
CREATE VIEW tr AS SELECT *, (ja - jr) * 24 AS wait FROM pest WHERE st = 'T';

CREATE VIEW sleep0 AS SELECT
  substr(c0,7,4)||'-'||substr(c0,4,2)||'-'||substr(c0,1,2) AS d,
  c1 AS lo, CAST(substr(c1,1,2) AS INTEGER)*60 + CAST(substr(c1,4,2) AS INTEGER) AS bm,
  CAST(substr(c2,1,2) AS INTEGER)*60 + CAST(substr(c2,4,2) AS INTEGER) AS um,
  CAST(c3 AS INTEGER) AS awake, CASE WHEN trim(c4)='' THEN NULL ELSE CAST(c4 AS REAL) END AS q,
  CAST(c5 AS INTEGER) AS cof, {FOLD('c6')} IN ('yes','y','1','true') AS alc, CAST(c7 AS INTEGER) AS ex,
  CAST(replace(c8, ',', '') AS REAL) AS steps
FROM sd;
CREATE VIEW sleep AS SELECT *, (bm < 720) AS am,
  (um + 1440 - (bm + CASE WHEN bm < 720 THEN 1440 ELSE 0 END)) AS bedmin,
  (um + 1440 - (bm + CASE WHEN bm < 720 THEN 1440 ELSE 0 END) - awake) AS sleepmin,
  CAST(strftime('%w', d) AS INTEGER) AS dow
FROM sleep0;
""")


def one(sql):
    return db.execute(sql).fetchone()[0]


def row(sql):
    return db.execute(sql).fetchone()


def rows(sql):
    return db.execute(sql).fetchall()


def top(sql, n=1):
    r = rows(sql)
    return [x[0] for x in r[:n]]


C = {}  # id -> dict(number=..., numbers=[...], label=str, labels=[str...])


def N(i, v):
    C[f"s29-{i:03d}"] = {"number": v}


# upholstery
N(1, one("SELECT count(*) FROM jobs WHERE rec LIKE '2024%'"))
N(2, one("SELECT sum(price) FROM jobs WHERE st='C' AND comp LIKE '2025%'"))
N(3, one("SELECT avg(price) FROM jobs WHERE st='C' AND item='armchair'"))
N(4, one("SELECT count(*) FROM jobs WHERE st='X'"))
N(5, one("SELECT 100.0*sum(cust='trade')/count(*) FROM jobs"))
t = top("SELECT item FROM jobs WHERE st='C' GROUP BY item ORDER BY sum(price) DESC", 2)
C["s29-006"] = {"label": t[0], "labels": [t[1]]}
N(7, one("SELECT avg(julianday(comp)-julianday(rec)) FROM jobs WHERE st='C'"))
N(8, one("SELECT max(julianday(comp)-julianday(rec)) FROM jobs WHERE st='C'"))
N(9, one("SELECT count(*) FROM jobs WHERE st='O'"))
N(10, one("SELECT count(*) FROM jobs WHERE price IS NULL"))
N(11, one("SELECT sum(hours) FROM jobs WHERE st='C' AND rec LIKE '2024%'"))
N(12, one("SELECT sum(price)/sum(hours) FROM jobs WHERE st='C' AND price IS NOT NULL AND hours IS NOT NULL"))
N(13, one("SELECT count(*) FROM jobs WHERE st='C' AND price > 1500"))
m = top("SELECT substr(rec,6,2) FROM jobs WHERE rec LIKE '2024%' GROUP BY 1 ORDER BY count(*) DESC")[0]
C["s29-014"] = {"label": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                          "October", "November", "December"][int(m) - 1]}
N(15, one("SELECT (SELECT avg(price) FROM jobs WHERE st='C' AND rec LIKE '2025%') - (SELECT avg(price) FROM jobs WHERE st='C' AND rec LIKE '2024%')"))
N(16, one("SELECT sum(qty) FROM jobs WHERE st='C' AND item='dining chair'"))
r = row("""SELECT item, sum(CASE WHEN rec BETWEEN '2025-01-01' AND '2025-09-30' THEN price ELSE 0 END)
                 - sum(CASE WHEN rec BETWEEN '2024-01-01' AND '2024-09-30' THEN price ELSE 0 END) AS g
           FROM jobs WHERE st='C' AND price IS NOT NULL GROUP BY item ORDER BY g DESC""")
C["s29-017"] = {"label": r[0], "number": r[1]}
C["s29-018"] = {"label": top("SELECT ftype FROM jf WHERE st='C' GROUP BY ftype ORDER BY sum(metres) DESC")[0]}
N(19, one("SELECT sum(price) FROM jf WHERE st='C' AND ftype='velvet'"))
C["s29-020"] = {"label": top("SELECT fname FROM jf GROUP BY fname ORDER BY count(*) DESC")[0]}
N(21, one("SELECT sum(metres) FROM jf WHERE st='C' AND ftype='leather' AND rec LIKE '2025%'"))
C["s29-022"] = {"labels": top("SELECT fname FROM jf WHERE st='C' GROUP BY fname ORDER BY sum(price) DESC", 3)}
C["s29-023"] = {"label": top("SELECT name FROM fab ORDER BY ppm DESC")[0]}

# studio
N(24, one("SELECT sum(amt) FROM led WHERE amt > 0 AND d LIKE '2024%'"))
N(25, one("SELECT -sum(amt) FROM led WHERE amt < 0 AND d LIKE '2025%'"))
N(26, one("SELECT sum(amt) FROM led WHERE d LIKE '2024%'"))
N(27, one("SELECT count(*) FROM sl WHERE trim(c5) <> ''"))
r = row("SELECT count(*), -sum(amt) FROM led WHERE cat='refund'")
C["s29-028"] = {"numbers": list(r)}
r = row("SELECT descr, -amt FROM led ORDER BY amt ASC")
C["s29-029"] = {"label": r[0], "number": r[1]}
t = top("SELECT cat FROM led WHERE amt > 0 AND d LIKE '2025%' GROUP BY cat ORDER BY sum(amt) DESC", 2)
C["s29-030"] = {"label": t[0], "labels": [t[1]]}
a = one("SELECT sum(amt) FROM led WHERE cat='mixing' AND d BETWEEN '2025-01-01' AND '2025-09-30'")
b = one("SELECT sum(amt) FROM led WHERE cat='mixing' AND d BETWEEN '2024-01-01' AND '2024-09-30'")
N(31, (a - b) / b * 100)
r = row("""SELECT cat, sum(CASE WHEN d BETWEEN '2025-01-01' AND '2025-09-30' THEN amt ELSE 0 END)
               - sum(CASE WHEN d BETWEEN '2024-01-01' AND '2024-09-30' THEN amt ELSE 0 END) AS g
           FROM led WHERE amt > 0 GROUP BY cat ORDER BY g DESC""")
C["s29-032"] = {"label": r[0], "number": r[1]}
N(33, one("SELECT avg(amt) FROM led WHERE cat='recording session'"))
N(34, one("SELECT -sum(amt) FROM led WHERE cat='rent' AND d LIKE '2024%'"))
N(35, one("SELECT sum(amt) FROM led WHERE amt > 0 AND d LIKE '2024-11%'"))
m = top("SELECT substr(d,6,2) FROM led WHERE d LIKE '2025%' GROUP BY 1 ORDER BY sum(amt) ASC")[0]
C["s29-036"] = {"label": ["January", "February", "March", "April", "May", "June", "July", "August", "September"][int(m) - 1]}
N(37, one("SELECT 100.0*sum(CASE WHEN cat='mastering' THEN amt ELSE 0 END)/sum(amt) FROM led WHERE amt > 0 AND d LIKE '2024%'"))
N(38, one("SELECT count(*) FROM led WHERE cat='recording session' AND d LIKE '2025-07%'"))
N(39, one("SELECT -sum(amt) FROM led WHERE cat='gear' AND d LIKE '2024%'"))
N(40, one("SELECT -avg(amt) FROM led WHERE cat='utilities'"))
N(41, one("SELECT count(*) FROM (SELECT substr(d,1,7), sum(amt) s FROM led WHERE amt > 0 GROUP BY 1) WHERE s > 5000"))
N(42, one("SELECT sum(amt) FROM led WHERE cat='rehearsal room'"))
N(43, one("""SELECT 100.0 * (SELECT -sum(amt) FROM led WHERE cat='engineer fees' AND d LIKE '2025%')
             / (SELECT sum(amt) FROM led WHERE cat='recording session' AND d LIKE '2025%')"""))
N(44, one("""SELECT (SELECT sum(amt) FROM led WHERE d BETWEEN '2025-04-01' AND '2025-06-30')
             - (SELECT sum(amt) FROM led WHERE d BETWEEN '2024-04-01' AND '2024-06-30')"""))

# fishing
N(45, one("SELECT sum(kg) FROM boats WHERE st='fished' AND d LIKE '2024%'"))
N(46, one("SELECT sum(val) FROM boats WHERE st='fished' AND d LIKE '2025%'"))
N(47, one("SELECT count(DISTINCT d) FROM boats WHERE st='weather'"))
t = top("SELECT boat FROM boats WHERE st='fished' AND d LIKE '2024%' GROUP BY boat ORDER BY sum(kg) DESC", 2)
C["s29-048"] = {"label": t[0], "labels": [t[1]]}
N(49, one("SELECT sum(val)/sum(kg) FROM boats WHERE st='fished' AND d LIKE '2025%' AND kg IS NOT NULL"))
N(50, one("SELECT sum(fuel)/sum(hrs) FROM boats WHERE st='fished'"))
N(51, one("SELECT avg(kg) FROM boats WHERE st='fished' AND boat='sea lark' AND d LIKE '2024%'"))
a = one("SELECT sum(kg) FROM boats WHERE st='fished' AND boat='sea lark' AND d BETWEEN '2025-01-01' AND '2025-04-30'")
b = one("SELECT sum(kg) FROM boats WHERE st='fished' AND boat='sea lark' AND d BETWEEN '2024-01-01' AND '2024-04-30'")
N(52, (b - a) / b * 100)
r = row("""SELECT boat, sum(CASE WHEN d BETWEEN '2025-01-01' AND '2025-04-30' THEN kg ELSE 0 END)
                - sum(CASE WHEN d BETWEEN '2024-01-01' AND '2024-04-30' THEN kg ELSE 0 END) g
           FROM boats WHERE st='fished' AND kg IS NOT NULL AND boat <> 'blue heron' GROUP BY boat ORDER BY g DESC""")
C["s29-053"] = {"label": r[0], "number": r[1]}
C["s29-054"] = {"label": one("SELECT min(d) FROM boats WHERE st='fished' AND boat='blue heron'")}
m = top("SELECT substr(d,6,2) FROM boats WHERE st='fished' AND d LIKE '2024%' GROUP BY 1 ORDER BY sum(val) DESC")[0]
C["s29-055"] = {"label": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                          "October", "November", "December"][int(m) - 1]}
N(56, one("SELECT count(*) FROM boats WHERE st='fished' AND kg > 300"))
r = row("SELECT boat, kg FROM boats WHERE st='fished' AND kg IS NOT NULL ORDER BY kg DESC")
C["s29-057"] = {"label": r[0], "number": r[1]}
N(58, one("SELECT count(*) FROM boats WHERE st='fished' AND kg IS NULL"))
N(59, one("SELECT sum(crates) FROM boats WHERE st='fished' AND port='Cove Landing' AND d LIKE '2024%'"))
N(60, one("SELECT sum(val) FROM boats WHERE st='fished' AND port='Harbor Point' AND d LIKE '2025%'"))
N(61, one("SELECT avg(hrs) FROM boats WHERE st='fished'"))
N(62, one("SELECT count(*) FROM boats WHERE st='fished' AND boat='kittiwake' AND d LIKE '2024%'"))
N(63, one("SELECT count(*) FROM boats WHERE st='repairs'"))
N(64, one("SELECT 100.0*sum(st='fished')/count(*) FROM boats WHERE d LIKE '2024%'"))
N(65, one("SELECT sum(val) FROM boats WHERE st='fished' AND d BETWEEN '2024-06-01' AND '2024-08-31'"))

# pest control
N(66, one("SELECT count(*) FROM pest WHERE d LIKE '2024%'"))
N(67, one("SELECT count(*) FROM pest WHERE d LIKE '2025%' AND pest='wasps'"))
N(68, one("SELECT sum(charge) FROM tr WHERE d LIKE '2024%'"))
N(69, one("SELECT avg(charge) FROM tr WHERE pest='bed bugs'"))
N(70, one("SELECT count(*) FROM pest WHERE st='X'"))
C["s29-071"] = {"numbers": list(row("SELECT count(*), sum(charge) FROM pest WHERE st='N'"))}
N(72, one("SELECT avg(wait) FROM tr"))
t = top("SELECT tech FROM tr GROUP BY tech ORDER BY count(*) DESC", 2)
C["s29-073"] = {"label": t[0], "labels": [t[1]]}
t = top("SELECT town FROM pest GROUP BY town ORDER BY count(*) DESC", 2)
C["s29-074"] = {"label": t[0], "labels": [t[1]]}
N(75, one("SELECT 100.0*sum(CASE WHEN prem='commercial' THEN charge ELSE 0 END)/sum(charge) FROM tr"))
m = top("SELECT substr(d,6,2) FROM pest WHERE d LIKE '2025%' GROUP BY 1 ORDER BY count(*) DESC")[0]
C["s29-076"] = {"label": ["January", "February", "March", "April", "May", "June", "July", "August", "September"][int(m) - 1]}
N(77, one("SELECT count(*) FROM tr WHERE wait > 48"))
N(78, one("SELECT avg(wait) FROM tr WHERE pest='wasps'"))
N(79, one("SELECT 100.0*sum(fu)/count(*) FROM tr"))
N(80, one("SELECT sum(visits) FROM tr WHERE d LIKE '2025%'"))
a = one("SELECT sum(charge) FROM tr WHERE d BETWEEN '2025-01-01' AND '2025-09-30'")
b = one("SELECT sum(charge) FROM tr WHERE d BETWEEN '2024-01-01' AND '2024-09-30'")
N(81, (b - a) / b * 100)
r = row("""SELECT pest, sum(d BETWEEN '2025-01-01' AND '2025-09-30') - sum(d BETWEEN '2024-01-01' AND '2024-09-30') g
           FROM pest GROUP BY pest ORDER BY g DESC""")
C["s29-082"] = {"label": r[0], "number": r[1]}
N(83, one("SELECT count(*) FROM pest WHERE charge IS NULL"))
N(84, one("SELECT sum(charge)/sum(visits) FROM tr WHERE pest='rats' AND charge IS NOT NULL"))
N(85, one("SELECT max(wait) FROM tr"))
N(86, one("SELECT count(*) FROM pest WHERE town='millbrook' AND d BETWEEN '2025-07-01' AND '2025-08-31'"))

# sleep
N(87, one("SELECT count(*) FROM sleep"))
N(88, one("SELECT avg(bedmin)/60.0 FROM sleep"))
N(89, one("SELECT avg(awake) FROM sleep"))
N(90, one("SELECT count(*) FROM sleep WHERE sleepmin < 390"))
C["s29-091"] = {"numbers": [one("SELECT avg(q) FROM sleep WHERE alc"), one("SELECT avg(q) FROM sleep WHERE NOT alc")]}
N(92, one("SELECT count(*) FROM sleep WHERE am"))
C["s29-093"] = {"label": one("SELECT lo FROM sleep ORDER BY bm + CASE WHEN am THEN 1440 ELSE 0 END DESC")}
N(94, one("SELECT count(*) FROM sleep WHERE q IS NULL"))
N(95, one("SELECT avg(steps) FROM sleep WHERE d LIKE '2025%'"))
N(96, one("SELECT avg(q) FROM sleep WHERE d LIKE '2024-12%'"))
N(97, one("SELECT sum(ex)/60.0 FROM sleep WHERE d LIKE '2024%'"))
N(98, one("SELECT avg(awake) FROM sleep WHERE cof >= 3"))
N(99, one("SELECT 100.0*sum(alc)/count(*) FROM sleep"))
N(100, one("SELECT avg(sleepmin)/60.0 FROM sleep WHERE dow IN (5, 6)"))
N(101, one("SELECT max(bedmin) FROM sleep"))
N(102, abs(one("SELECT (SELECT avg(sleepmin) FROM sleep WHERE d LIKE '2025-06%') - (SELECT avg(sleepmin) FROM sleep WHERE d LIKE '2024-06%')")))
N(103, one("SELECT count(*) FROM sleep WHERE steps > 15000"))
N(104, one("SELECT CAST(julianday('2025-08-31') - julianday('2024-03-01') + 1 AS INTEGER) - count(*) FROM sleep"))
N(105, one("SELECT avg(q) FROM sleep WHERE ex > 0"))


def close(a, b):
    return abs(a - b) <= 1e-6 + 1e-9 * abs(b)


def label_ok(mine, spellings):
    opts = [spellings] if isinstance(spellings, str) else spellings
    return str(mine).strip().lower() in [o.lower() for o in opts]


def main():
    qs = json.loads((HERE / "questions.json").read_text(encoding="utf-8"))
    good, bad = 0, []
    for e in qs:
        t, c = e["truth"], C.get(e["id"])
        ok = c is not None
        if ok and "number" in t:
            ok = "number" in c and close(c["number"], t["number"])
        if ok and "numbers" in t:
            ok = "numbers" in c and len(c["numbers"]) == len(t["numbers"]) and all(
                close(x, y) for x, y in zip(c["numbers"], t["numbers"]))
        if ok and "label" in t:
            ok = "label" in c and label_ok(c["label"], t["label"])
        if ok and "labels" in t:
            ok = "labels" in c and len(c["labels"]) == len(t["labels"]) and all(
                label_ok(x, y) for x, y in zip(c["labels"], t["labels"]))
        if ok:
            good += 1
        else:
            bad.append((e["id"], t, c))
    for i, t, c in bad:
        print(f"MISMATCH {i}: truth {t} crosscheck {c}")
    print(f"crosscheck {good}/{len(qs)}")
    return 0 if not bad else 1


if __name__ == "__main__":
    sys.exit(main())
