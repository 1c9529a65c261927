#!/usr/bin/env python3
"""Recomputes every truth of set 17 a second way and compares it with questions.json.

    python3 tests/heldout/set17/crosscheck.py      # exit 1 on any mismatch

The raw CSV text is loaded into an in-memory SQLite database (every column TEXT, nothing cleaned in
Python), cleaned with SQL expressions in views only (no Python functions registered), and each question is
one SQL query. No code is shared with truths.py.
"""

import csv
import json
import sqlite3
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WD = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]  # strftime %w


def fold(x):
    """SQL: trimmed, lower-case, double spaces collapsed"""
    return f"replace(replace(lower(trim({x})), '  ', ' '), '  ', ' ')"


def money(x):
    """SQL: £/$ amounts with thousands commas; words and blanks are NULL"""
    return (f"(CASE WHEN {fold(x)} IN ('', 'n/a', 'none', 'unknown', 'not counted', 'tbc') THEN NULL ELSE "
            f"CAST(replace(replace(replace(replace(trim({x}), '£', ''), '$', ''), ',', ''), ' ', '') AS REAL) END)")


def euro(x):
    return (f"((CASE WHEN instr({x}, '-') > 0 THEN -1.0 ELSE 1.0 END) * CAST(replace(replace(replace(replace("
            f"replace(trim({x}), '€', ''), '-', ''), ' ', ''), '.', ''), ',', '.') AS REAL))")


def mon3(x):
    return f"((instr('JanFebMarAprMayJunJulAugSepOctNovDec', substr({x}, 1, 3)) + 2) / 3)"


def words_date(x):
    """SQL: '3 Feb 2025' or '3 Feb 2025 14:20' -> ISO 'YYYY-MM-DD HH:MM'"""
    rest = f"substr({x}, instr({x}, ' ') + 1)"
    day = f"CAST(substr({x}, 1, instr({x}, ' ') - 1) AS INTEGER)"
    year = f"substr({rest}, 5, 4)"
    tm = f"substr({rest}, 10)"
    return (f"(CASE WHEN trim({x}) = '' THEN NULL ELSE printf('%s-%02d-%02d', {year}, {mon3(rest)}, {day}) || "
            f"CASE WHEN {tm} = '' THEN '' ELSE ' ' || {tm} END END)")


def us_date(x):
    rest = f"substr({x}, instr({x}, '/') + 1)"
    m = f"CAST(substr({x}, 1, instr({x}, '/') - 1) AS INTEGER)"
    d = f"CAST(substr({rest}, 1, instr({rest}, '/') - 1) AS INTEGER)"
    y = f"substr({rest}, instr({rest}, '/') + 1)"
    return f"printf('%s-%02d-%02d', {y}, {m}, {d})"


def yes(x):
    return f"({fold(x)} IN ('yes', 'y', 'true'))"


VIEWS = f"""
CREATE VIEW cust AS SELECT CAST(customer_id AS INTEGER) AS cid, {fold('town')} AS town,
    {fold('customer_type')} AS ctype, {yes('boiler_cover')} AS cover, {words_date('customer_since')} AS since
  FROM plumbing_customers;
CREATE VIEW jobs AS SELECT CAST(customer_id AS INTEGER) AS cid, {fold('engineer')} AS eng, {fold('job_type')} AS jtype,
    reported AS rep, NULLIF(arrived, '') AS arr, NULLIF(finished, '') AS fin,
    COALESCE({money('labour')}, 0) AS labour, COALESCE({money('parts')}, 0) AS parts,
    replace({fold('status')}, 'canceled', 'cancelled') AS st,
    CAST(strftime('%m', reported) AS INTEGER) AS mon
  FROM plumbing_jobs;
CREATE VIEW climb AS SELECT {us_date('date')} AS d, {fold('wall')} AS wall,
    COALESCE({money('climbers')}, 0) AS climbers, COALESCE({money('day_passes')}, 0) AS passes,
    COALESCE({money('takings')}, 0) AS takings, {money('shoe_hires')} AS shoes, {fold('status')} AS st
  FROM climbing_daily;
CREATE VIEW climb2 AS SELECT *, CAST(strftime('%m', d) AS INTEGER) AS mon, strftime('%w', d) AS wd FROM climb;
CREATE VIEW ledger AS SELECT substr(date, 7, 4) || '-' || substr(date, 4, 2) || '-' || substr(date, 1, 2) AS d,
    CAST(substr(date, 4, 2) AS INTEGER) AS mon, replace({fold('type')}, 'buy in', 'buy-in') AS typ,
    {euro('amount')} AS amt, {fold('payment')} AS pay
  FROM bookshop_ledger WHERE {fold('status')} <> 'void';
CREATE VIEW phones AS SELECT {words_date('received')} AS rec, {words_date('ready')} AS rdy,
    {fold('brand')} AS brand, trim(model) AS model, replace({fold('repair')}, 'screen replacement', 'screen') AS rep,
    {money('quote')} AS quote, COALESCE({money('paid')}, 0) AS paid, {yes('warranty')} AS warranty,
    {fold('technician')} AS tech, replace({fold('status')}, 'canceled', 'cancelled') AS st
  FROM phone_repairs;
CREATE VIEW phones2 AS SELECT *, CAST(substr(rec, 6, 2) AS INTEGER) AS mon,
    (julianday(rdy) - julianday(rec)) * 24 AS hrs FROM phones;
CREATE VIEW rides AS SELECT date AS d, CAST(substr(date, 6, 2) AS INTEGER) AS mon, {fold('activity')} AS act,
    {fold('horse')} AS horse, {fold('instructor')} AS ins, {money('minutes')} AS mins,
    COALESCE({money('price')}, 0) AS price, {yes('first_time')} AS first,
    replace(replace({fold('status')}, 'canceled', 'cancelled'), 'no show', 'no-show') AS st
  FROM riding_bookings;
"""

# (kind, sql): kind is num, label, month (1-12), weekday (%w) or date (ISO)
CHECKS = {
    # plumbing
    "s17-001": ("num", "SELECT count(*) FROM jobs WHERE st = 'completed'"),
    "s17-002": ("num", "SELECT sum(labour) FROM jobs WHERE st = 'completed' AND mon = 3"),
    "s17-003": ("num", "SELECT avg((julianday(arr) - julianday(rep)) * 24) FROM jobs "
                       "WHERE jtype = 'emergency callout' AND st <> 'cancelled'"),
    "s17-004": ("num", "SELECT avg((julianday(fin) - julianday(arr)) * 1440) FROM jobs "
                       "WHERE jtype = 'boiler repair' AND st = 'completed'"),
    "s17-005": ("label", "SELECT eng FROM jobs WHERE st = 'completed' GROUP BY eng ORDER BY count(*) DESC LIMIT 1"),
    "s17-006": ("label", "SELECT eng FROM jobs WHERE st = 'completed' AND mon BETWEEN 4 AND 6 GROUP BY eng "
                         "ORDER BY sum(labour) LIMIT 1"),
    "s17-007": ("num", "SELECT sum(parts) FROM jobs WHERE mon <= 6"),
    "s17-008": ("num", "SELECT sum(CASE WHEN mon <= 6 THEN labour + parts ELSE -(labour + parts) END) FROM jobs"),
    "s17-009": ("num", "SELECT 100.0 * sum(st = 'cancelled') / count(*) FROM jobs"),
    "s17-010": ("num", "SELECT 100.0 * sum(st = 'no access') / count(*) FROM jobs"),
    "s17-011": ("num", "SELECT sum(labour) FROM jobs WHERE st = 'no access'"),
    "s17-012": ("label", "SELECT c.town FROM jobs j JOIN cust c ON c.cid = j.cid WHERE j.st = 'completed' "
                         "GROUP BY c.town ORDER BY sum(j.labour) DESC LIMIT 1"),
    "s17-013": ("num", "SELECT sum(j.labour) FROM jobs j JOIN cust c ON c.cid = j.cid "
                       "WHERE j.st = 'completed' AND c.ctype = 'landlord'"),
    "s17-014": ("num", "SELECT count(DISTINCT cid) FROM jobs WHERE st = 'completed' AND mon = 7"),
    "s17-015": ("num", "SELECT sum(j.labour + j.parts) FROM jobs j JOIN cust c ON c.cid = j.cid "
                       "WHERE j.st = 'completed' AND c.cover"),
    "s17-016": ("label", "SELECT jtype FROM jobs GROUP BY jtype ORDER BY count(*) LIMIT 1"),
    "s17-017": ("num", "SELECT count(*) FROM jobs WHERE st = 'completed' "
                       "AND (julianday(fin) - julianday(arr)) * 1440 > 180.5"),
    "s17-018": ("month", "SELECT mon FROM jobs WHERE st = 'completed' GROUP BY mon ORDER BY count(*) DESC LIMIT 1"),
    "s17-019": ("weekday", "SELECT strftime('%w', rep) AS w FROM jobs GROUP BY w ORDER BY count(*) LIMIT 1"),
    "s17-020": ("num", "SELECT sum((julianday(fin) - julianday(arr)) * 24) FROM jobs "
                       "WHERE st = 'completed' AND eng = 'priya' AND mon >= 10"),
    "s17-021": ("num", "SELECT sum(cover) FROM cust"),
    "s17-022": ("num", "SELECT count(*) FROM cust WHERE substr(since, 1, 4) = '2024'"),
    "s17-023": ("label", "SELECT c.ctype FROM jobs j JOIN cust c ON c.cid = j.cid "
                         "WHERE j.st = 'completed' AND j.jtype = 'boiler service' "
                         "GROUP BY c.ctype ORDER BY count(*) DESC LIMIT 1"),
    # climbing
    "s17-024": ("num", "SELECT sum(climbers) FROM climb2 WHERE mon = 2"),
    "s17-025": ("label", "SELECT wall FROM climb2 WHERE mon <= 3 GROUP BY wall ORDER BY sum(takings) DESC LIMIT 1"),
    "s17-026": ("num", "SELECT avg(climbers) FROM climb2 WHERE wall = 'lead wall' AND st = 'open'"),
    "s17-027": ("num", "SELECT sum(takings) FROM climb2"),
    "s17-028": ("num", "SELECT sum(CASE mon WHEN 4 THEN takings WHEN 5 THEN -takings ELSE 0 END) FROM climb2"),
    "s17-029": ("date", "SELECT d FROM climb2 WHERE mon = 2 GROUP BY d ORDER BY sum(climbers) DESC LIMIT 1"),
    "s17-030": ("weekday", "SELECT wd FROM (SELECT d, wd, sum(climbers) AS c FROM climb2 GROUP BY d) "
                           "GROUP BY wd ORDER BY avg(c) DESC LIMIT 1"),
    "s17-031": ("num", "SELECT count(*) FROM climb2 WHERE wall = 'bouldering cave' AND st = 'closed'"),
    "s17-032": ("num", "SELECT sum(shoes) FROM climb2 WHERE mon = 3"),
    "s17-033": ("num", "SELECT sum(takings) / sum(climbers) FROM climb2 WHERE wall = 'kids wall'"),
    "s17-034": ("num", "SELECT 100.0 * sum(CASE WHEN wall = 'bouldering cave' THEN takings ELSE 0 END) / sum(takings) "
                       "FROM climb2 WHERE mon BETWEEN 4 AND 6"),
    "s17-035": ("num", "SELECT count(*) FROM (SELECT d FROM climb2 GROUP BY d HAVING sum(takings) > 3000)"),
    "s17-036": ("label", "SELECT wall FROM climb2 GROUP BY wall ORDER BY "
                         "1.0 * sum(CASE WHEN mon = 4 THEN climbers ELSE 0 END) / "
                         "sum(CASE WHEN mon = 3 THEN climbers ELSE 0 END) DESC LIMIT 1"),
    "s17-037": ("num", "SELECT sum(takings) / count(DISTINCT d) FROM climb2 WHERE mon = 6"),
    "s17-038": ("month", "SELECT mon FROM climb2 GROUP BY mon ORDER BY sum(takings) LIMIT 1"),
    "s17-039": ("num", "SELECT sum(climbers) FROM climb2 WHERE wall = 'kids wall' AND wd IN ('0', '6')"),
    "s17-040": ("num", "SELECT sum(passes) FROM climb2 WHERE wall = 'auto-belay zone' AND mon BETWEEN 4 AND 6"),
    "s17-041": ("num", "SELECT 100.0 * sum(passes) / sum(climbers) FROM climb2"),
    # bookshop
    "s17-042": ("num", "SELECT sum(amt) FROM ledger WHERE typ = 'shop sale' AND mon = 3"),
    "s17-043": ("num", "SELECT -sum(amt) FROM ledger WHERE typ = 'buy-in' AND mon BETWEEN 4 AND 6"),
    "s17-044": ("num", "SELECT sum(amt) FROM ledger"),
    "s17-045": ("month", "SELECT mon FROM ledger GROUP BY mon ORDER BY sum(amt) LIMIT 1"),
    "s17-046": ("num", "SELECT -sum(amt) FROM ledger WHERE typ = 'refund'"),
    "s17-047": ("num", f"SELECT count(*) FROM bookshop_ledger WHERE {fold('status')} = 'void'"),
    "s17-048": ("num", "SELECT avg(amt) FROM ledger WHERE typ = 'shop sale'"),
    "s17-049": ("num", "SELECT 100.0 * sum(CASE WHEN typ = 'online sale' THEN amt ELSE 0 END) / sum(amt) "
                       "FROM ledger WHERE typ IN ('shop sale', 'online sale')"),
    "s17-050": ("label", "SELECT pay FROM ledger WHERE typ = 'shop sale' GROUP BY pay ORDER BY sum(amt) DESC LIMIT 1"),
    "s17-051": ("num", "SELECT -sum(CASE WHEN mon <= 6 THEN amt ELSE -amt END) FROM ledger WHERE typ = 'buy-in'"),
    "s17-052": ("month", "SELECT mon FROM ledger WHERE typ = 'buy-in' GROUP BY mon ORDER BY sum(amt) LIMIT 1"),
    "s17-053": ("num", "SELECT -min(amt) FROM ledger WHERE typ = 'buy-in'"),
    "s17-054": ("num", "SELECT count(*) FROM ledger WHERE typ = 'buy-in' AND amt < -100"),
    "s17-055": ("num", "SELECT sum(amt) FROM ledger WHERE mon = 12"),
    "s17-056": ("num", "SELECT -sum(amt) FROM ledger WHERE typ = 'postage'"),
    "s17-057": ("num", "SELECT sum(amt) FROM ledger WHERE typ IN ('shop sale', 'online sale') AND mon >= 10"),
    "s17-058": ("weekday", "SELECT strftime('%w', d) AS w FROM ledger WHERE typ = 'shop sale' GROUP BY w "
                           "ORDER BY sum(amt) DESC LIMIT 1"),
    "s17-059": ("num", "SELECT sum(amt) / count(DISTINCT d) FROM ledger WHERE typ = 'shop sale' AND mon = 8"),
    "s17-060": ("num", "SELECT -sum(amt) FROM ledger WHERE typ = 'card fees'"),
    # phones
    "s17-061": ("num", "SELECT count(*) FROM phones2 WHERE mon = 4"),
    "s17-062": ("num", "SELECT avg(hrs) FROM phones2 WHERE rep = 'screen' AND st IN ('collected', 'ready')"),
    "s17-063": ("label", "SELECT brand FROM phones2 GROUP BY brand ORDER BY count(*) DESC LIMIT 1"),
    "s17-064": ("num", "SELECT sum(paid) FROM phones2 WHERE mon <= 3"),
    "s17-065": ("num", "SELECT 100.0 * sum(warranty) / count(*) FROM phones2"),
    "s17-066": ("label", "SELECT rep FROM phones2 GROUP BY rep ORDER BY sum(paid) DESC LIMIT 1"),
    "s17-067": ("num", "SELECT avg(paid) FROM phones2 WHERE rep = 'battery' AND st = 'collected' AND NOT warranty"),
    "s17-068": ("label", "SELECT tech FROM phones2 WHERE mon = 3 AND st IN ('collected', 'ready') GROUP BY tech "
                         "ORDER BY count(*) DESC LIMIT 1"),
    "s17-069": ("num", "SELECT count(*) FROM phones2 WHERE st IN ('collected', 'ready') AND hrs > 24"),
    "s17-070": ("num", "SELECT 100.0 * sum(st = 'unrepairable') / count(*) FROM phones2 "
                       "WHERE rep = 'water damage' AND st <> 'cancelled'"),
    "s17-071": ("num", "SELECT sum(CASE mon WHEN 5 THEN paid WHEN 6 THEN -paid ELSE 0 END) FROM phones2"),
    "s17-072": ("weekday", "SELECT strftime('%w', rec) AS w FROM phones2 GROUP BY w ORDER BY count(*) DESC LIMIT 1"),
    "s17-073": ("num", "SELECT sum(quote) FROM phones2 WHERE st = 'cancelled'"),
    "s17-074": ("num", "SELECT sum(CASE brand WHEN 'apple' THEN paid WHEN 'samsung' THEN -paid ELSE 0 END) FROM phones2"),
    "s17-075": ("num", "SELECT count(*) FROM phones2 WHERE st = 'ready'"),
    "s17-076": ("num", "SELECT sum(paid) / count(DISTINCT substr(rec, 1, 10)) FROM phones2 WHERE mon = 2"),
    "s17-077": ("num", "SELECT count(DISTINCT model) FROM phones2 WHERE mon BETWEEN 4 AND 6"),
    "s17-078": ("label", "SELECT rep FROM phones2 WHERE brand = 'samsung' GROUP BY rep ORDER BY count(*) DESC LIMIT 1"),
    "s17-079": ("num", "SELECT sum(paid) FROM phones2 WHERE st = 'unrepairable'"),
    # riding
    "s17-080": ("num", "SELECT count(*) FROM rides WHERE st = 'completed' AND mon = 5"),
    "s17-081": ("num", "SELECT sum(price) FROM rides WHERE st = 'completed' AND act = 'hack'"),
    "s17-082": ("label", "SELECT horse FROM rides WHERE st = 'completed' GROUP BY horse ORDER BY count(*) LIMIT 1"),
    "s17-083": ("num", "SELECT 100.0 * sum(st = 'no-show') / count(*) FROM rides"),
    "s17-084": ("num", "SELECT count(*) FROM rides WHERE st = 'rained off'"),
    "s17-085": ("month", "SELECT mon FROM rides GROUP BY mon ORDER BY sum(price) DESC LIMIT 1"),
    "s17-086": ("num", "SELECT 100.0 * sum(first) / count(*) FROM rides"),
    "s17-087": ("num", "SELECT sum(CASE WHEN mon BETWEEN 7 AND 9 THEN price WHEN mon BETWEEN 4 AND 6 THEN -price "
                       "ELSE 0 END) FROM rides"),
    "s17-088": ("weekday", "SELECT strftime('%w', d) AS w FROM rides GROUP BY w ORDER BY sum(price) DESC LIMIT 1"),
    "s17-089": ("label", "SELECT ins FROM rides WHERE mon = 8 GROUP BY ins ORDER BY sum(price) DESC LIMIT 1"),
    "s17-090": ("num", "SELECT sum(mins) FROM rides WHERE st = 'completed' AND horse = 'merlin' AND mon = 9"),
    "s17-091": ("num", "SELECT count(*) FROM rides WHERE st = 'completed' AND act = 'pony ride' AND mon IN (7, 8)"),
    "s17-092": ("num", "SELECT count(*) FROM rides WHERE st = 'completed' AND price > 60"),
    "s17-093": ("label", "SELECT act FROM rides WHERE st = 'completed' GROUP BY act ORDER BY "
                         "1.0 * sum(mon = 7) / sum(mon = 6) DESC LIMIT 1"),
    "s17-094": ("num", "SELECT avg(mins) FROM rides WHERE st = 'completed' AND act = 'hack'"),
    "s17-095": ("num", "SELECT count(*) FROM rides WHERE st = 'completed' AND act = 'pony ride' AND mon = 8 AND first"),
    "s17-096": ("num", "SELECT 100.0 * sum(CASE WHEN act = 'pony ride' THEN price ELSE 0 END) / sum(price) FROM rides"),
    "s17-097": ("num", "SELECT 100.0 * sum(st = 'cancelled') / count(*) FROM rides"),
    "s17-098": ("num", "SELECT sum(price) FROM rides WHERE act = 'private lesson' AND mon >= 7"),
}


def main():
    db = sqlite3.connect(":memory:")
    for p in sorted(DATA.glob("*.csv")):
        with open(p, newline="", encoding="utf-8") as f:
            rows = list(csv.reader(f))
        cols = ", ".join(f'"{c}" TEXT' for c in rows[0])
        db.execute(f'CREATE TABLE "{p.stem}" ({cols})')
        db.executemany(f'INSERT INTO "{p.stem}" VALUES ({", ".join("?" * len(rows[0]))})', rows[1:])
    db.executescript(VIEWS)
    questions = json.loads((HERE / "questions.json").read_text(encoding="utf-8"))
    assert set(CHECKS) == {x["id"] for x in questions}, "ids differ"
    ok = 0
    for x in questions:
        kind, sql = CHECKS[x["id"]]
        v = db.execute(sql).fetchone()[0]
        t = x["truth"]
        if kind == "num":
            good = abs(v - t["number"]) <= 1e-6 * max(1.0, abs(t["number"])) + 1e-6
            shown = v
        else:
            shown = {"label": lambda s: s, "month": lambda m: MONTHS[int(m) - 1], "weekday": lambda w: WD[int(w)],
                     "date": lambda s: s}[kind](v)
            good = shown.lower() in [s.lower() for s in t["label"]]
        ok += good
        if not good:
            print(f"MISMATCH {x['id']}: sql {shown!r} vs truth {t}")
    print(f"{ok}/{len(questions)} agree")
    return 0 if ok == len(questions) else 1


if __name__ == "__main__":
    sys.exit(main())
