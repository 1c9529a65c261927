#!/usr/bin/env python3
"""Set 16 cross-check: recomputes every truth in questions.json a second way, in SQL.

    python3 tests/heldout/set16/crosscheck.py      # exit 1 on any mismatch

The raw CSV text is loaded into SQLite as TEXT columns (csv module only, no cleaning in Python). All
cleaning (spelling folds, missing-value words, currency symbols, the euro decimal comma, the four date
styles, signs) is done with SQL expressions in views; every truth is then one SQL query. Nothing is
shared with truths.py.
"""

import csv
import json
import sqlite3
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"]
WD = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]  # strftime %w order

db = sqlite3.connect(":memory:")
for f in sorted(DATA.glob("*.csv")):
    with open(f, newline="", encoding="utf-8") as fh:
        rd = csv.reader(fh)
        head = next(rd)
        t = "raw_" + f.stem
        cols = ", ".join(f'"{h}" TEXT' for h in head)
        db.execute(f"CREATE TABLE {t} ({cols})")
        db.executemany(f"INSERT INTO {t} VALUES ({', '.join('?' * len(head))})", list(rd))


def fold(x):
    # trim, collapse runs of spaces, lower case
    return f"lower(trim(replace(replace(replace({x}, '   ', ' '), '  ', ' '), '  ', ' ')))"


MONIDX = "((instr('JanFebMarAprMayJunJulAugSepOctNovDec', {m}) + 2) / 3)"

VIEWS = f"""
CREATE VIEW lessons AS
SELECT CAST(pupil_id AS INTEGER) AS pupil,
       {fold('instructor')} AS inst,
       start AS st, NULLIF(trim("end"), '') AS en,
       CAST(substr(start, 6, 2) AS INTEGER) AS mon,
       CAST(strftime('%w', start) AS INTEGER) AS wd,
       {fold('lesson_type')} AS typ,
       COALESCE(CAST(NULLIF(replace(replace(trim(price), '£', ''), ',', ''), '') AS REAL), 0) AS price,
       CASE WHEN {fold('status')} IN ('cancelled', 'canceled') THEN 'cancelled'
            WHEN {fold('status')} IN ('no-show', 'no show') THEN 'noshow'
            WHEN {fold('status')} = 'completed' THEN 'completed' END AS status,
       (julianday(NULLIF(trim("end"), '')) - julianday(start)) * 1440.0 AS mins
FROM raw_driving_lessons;

CREATE VIEW pupils AS
SELECT CAST(pupil_id AS INTEGER) AS pupil, {fold('area')} AS area, {fold('heard_about_us')} AS ref,
       CAST(substr(signed_up, -4) AS INTEGER) AS yr,
       {MONIDX.format(m="substr(signed_up, instr(signed_up, ' ') + 1, 3)")} AS mon,
       CASE WHEN {fold('passed_test')} IN ('yes', 'y', 'true') THEN 1
            WHEN {fold('passed_test')} IN ('no', 'n', 'false') THEN 0 END AS passed
FROM raw_driving_pupils;

CREATE VIEW camp0 AS
SELECT *, substr(date, instr(date, '/') + 1) AS rest FROM raw_campsite_daily;
CREATE VIEW camp AS
SELECT printf('%04d-%02d-%02d', CAST(substr(rest, -4) AS INTEGER),
              CAST(substr(date, 1, instr(date, '/') - 1) AS INTEGER),
              CAST(substr(rest, 1, instr(rest, '/') - 1) AS INTEGER)) AS d,
       CAST(substr(date, 1, instr(date, '/') - 1) AS INTEGER) AS mon,
       {fold('area')} AS area,
       COALESCE(CAST(NULLIF(trim(pitches_let), '') AS INTEGER), 0) AS let,
       CAST(pitches_available AS INTEGER) AS cap,
       COALESCE(CAST(NULLIF(replace(replace(trim(takings), '$', ''), ',', ''), '') AS REAL), 0) AS takings,
       CASE WHEN trim(hookups_used) GLOB '[0-9]*' THEN CAST(hookups_used AS REAL) END AS hook,
       ({fold('status')} = 'open') AS isopen
FROM camp0;

CREATE VIEW salon0 AS
SELECT *, substr("when", instr("when", ' ') + 1) AS r1 FROM raw_salon_till;
CREATE VIEW salon_all AS
SELECT printf('%04d-%02d-%02d', CAST(substr(r1, 5, 4) AS INTEGER), {MONIDX.format(m="substr(r1, 1, 3)")},
              CAST(substr("when", 1, instr("when", ' ') - 1) AS INTEGER)) AS d,
       {MONIDX.format(m="substr(r1, 1, 3)")} AS mon,
       {fold('kind')} AS kind, {fold('stylist')} AS sty, {fold('item')} AS item,
       (CASE WHEN instr(amount, '-') > 0 THEN -1 ELSE 1 END) *
         CAST(replace(replace(replace(replace(trim(amount), '-', ''), '£', ''), ',', ''), ' ', '') AS REAL) AS amt,
       {fold('paid_by')} AS pay, ({fold('status')} = 'void') AS isvoid
FROM salon0;
CREATE VIEW salon AS SELECT *, CAST(strftime('%w', d) AS INTEGER) AS wd FROM salon_all WHERE NOT isvoid;

CREATE VIEW vans AS
SELECT {fold('van')} AS van, {fold('customer_type')} AS cust,
       substr(picked_up, 7, 4) || '-' || substr(picked_up, 4, 2) || '-' || substr(picked_up, 1, 2) || ' ' ||
         substr(picked_up, 12, 5) AS pick,
       CASE WHEN trim(returned) <> '' THEN substr(returned, 7, 4) || '-' || substr(returned, 4, 2) || '-' ||
         substr(returned, 1, 2) || ' ' || substr(returned, 12, 5) END AS ret,
       CAST(substr(picked_up, 4, 2) AS INTEGER) AS mon,
       CASE WHEN trim(returned) <> '' THEN CAST(substr(returned, 4, 2) AS INTEGER) END AS rmon,
       CASE WHEN trim(km_driven) GLOB '[0-9]*' THEN CAST(km_driven AS REAL) END AS km,
       COALESCE((CASE WHEN instr(total, '-') > 0 THEN -1 ELSE 1 END) * CAST(NULLIF(replace(replace(replace(
         replace(replace(trim(total), '€', ''), ' ', ''), '.', ''), ',', '.'), '-', ''), '') AS REAL), 0) AS total,
       COALESCE(CAST(NULLIF(replace(replace(replace(replace(trim(deposit), '€', ''), ' ', ''), '.', ''), ',', '.'),
         '') AS REAL), 0) AS dep,
       CASE WHEN {fold('damage')} IN ('yes', 'y') THEN 1 WHEN {fold('damage')} IN ('no', 'n') THEN 0 END AS dmg,
       CASE WHEN {fold('status')} LIKE 'return%' THEN 'returned' WHEN {fold('status')} LIKE 'cancel%'
            THEN 'cancelled' ELSE 'noshow' END AS status
FROM raw_van_hires;
CREATE VIEW vr AS
SELECT *, (julianday(ret) - julianday(pick)) * 24.0 AS hours FROM vans WHERE status = 'returned';

CREATE VIEW walks AS
SELECT date AS d, CAST(substr(date, 6, 2) AS INTEGER) AS mon, CAST(strftime('%w', date) AS INTEGER) AS wd,
       dog, owner, {fold('walker')} AS walker, {fold('walk_type')} AS typ,
       CASE WHEN trim(minutes) GLOB '[0-9]*' THEN CAST(minutes AS REAL) END AS mins,
       COALESCE(CAST(NULLIF(replace(trim(price), '$', ''), '') AS REAL), 0) AS price,
       {fold('paid')} AS paid,
       CASE WHEN {fold('status')} = 'done' THEN 'done' ELSE 'cancelled' END AS status
FROM raw_dog_walks;
CREATE VIEW wd_ AS SELECT * FROM walks WHERE status = 'done';
"""
db.executescript(VIEWS)

# (kind, sql): kind 'n' number, 'l' label text, 'm' month number, 'w' weekday %w, 'd' ISO date
CHECKS = [
    # ---- driving
    ("n", "SELECT SUM(price) FROM lessons WHERE status='completed' AND mon BETWEEN 4 AND 6"),
    ("n", "SELECT COUNT(*) FROM lessons WHERE status='cancelled'"),
    ("l", "SELECT inst FROM lessons WHERE status='completed' GROUP BY inst ORDER BY COUNT(*) DESC LIMIT 1"),
    ("l", "SELECT inst FROM lessons WHERE status='completed' GROUP BY inst ORDER BY COUNT(*) ASC LIMIT 1"),
    ("n", "SELECT AVG(mins) FROM lessons WHERE status='completed' AND typ='motorway'"),
    ("n", "SELECT SUM(mins)/60.0 FROM lessons WHERE status='completed' AND mon=5"),
    ("n", "SELECT 100.0*SUM(status='noshow')/COUNT(*) FROM lessons"),
    ("n", "SELECT SUM(price) FROM lessons WHERE status='noshow'"),
    ("n", "SELECT SUM(CASE WHEN mon>=7 THEN price ELSE -price END) FROM lessons WHERE status='completed'"),
    ("m", "SELECT mon FROM lessons WHERE status='completed' GROUP BY mon ORDER BY COUNT(*) ASC LIMIT 1"),
    ("n", "SELECT COUNT(DISTINCT pupil) FROM lessons WHERE status='completed' AND mon=3"),
    ("n", "SELECT AVG(price) FROM lessons WHERE status='completed' AND mon=10"),
    ("n", "SELECT COUNT(*) FROM lessons WHERE status='completed' AND inst='gary' AND typ='test day' AND mon>=7"),
    ("l", "SELECT typ FROM lessons WHERE status<>'cancelled' AND typ<>'standard' GROUP BY typ "
          "ORDER BY SUM(price) DESC LIMIT 1"),
    ("n", "SELECT MAX(mins) FROM lessons WHERE status='completed'"),
    ("n", "SELECT COUNT(*) FROM lessons WHERE wd=6"),
    ("l", "SELECT p.area FROM lessons l JOIN pupils p ON p.pupil=l.pupil WHERE l.status='completed' "
          "GROUP BY p.area ORDER BY SUM(l.price) ASC LIMIT 1"),
    ("n", "SELECT SUM(l.price) FROM lessons l JOIN pupils p ON p.pupil=l.pupil WHERE l.status='completed' "
          "AND p.ref='facebook'"),
    ("n", "SELECT COUNT(*) FROM lessons l JOIN pupils p ON p.pupil=l.pupil WHERE l.status='completed' "
          "AND p.area='hillcrest' AND l.mon BETWEEN 7 AND 9"),
    ("l", "SELECT p.ref FROM lessons l JOIN pupils p ON p.pupil=l.pupil WHERE l.status='completed' "
          "GROUP BY p.ref ORDER BY COUNT(*) DESC LIMIT 1"),
    ("n", "SELECT SUM(passed=1) FROM pupils"),
    ("n", "SELECT 100.0*SUM(passed)/COUNT(passed) FROM pupils"),
    ("l", "SELECT area FROM pupils GROUP BY area ORDER BY COUNT(*) DESC LIMIT 1"),
    ("n", "SELECT COUNT(*) FROM pupils WHERE yr=2025 AND mon<=3"),
    # ---- campsite
    ("n", "SELECT SUM(takings) FROM camp WHERE mon=7"),
    ("n", "SELECT SUM(CASE WHEN mon BETWEEN 7 AND 9 THEN takings WHEN mon BETWEEN 4 AND 6 THEN -takings "
          "ELSE 0 END) FROM camp"),
    ("l", "SELECT area FROM camp WHERE mon=8 GROUP BY area ORDER BY SUM(takings) DESC LIMIT 1"),
    ("n", "SELECT 100.0*SUM(let)/SUM(cap) FROM camp WHERE area='glamping pods' AND isopen"),
    ("n", "SELECT COUNT(*) FROM camp WHERE area='tent field' AND NOT isopen"),
    ("n", "SELECT AVG(takings) FROM camp WHERE area='campervan bays' AND isopen"),
    ("d", "SELECT d FROM camp WHERE mon=4 GROUP BY d ORDER BY SUM(takings) DESC LIMIT 1"),
    ("w", "SELECT w FROM (SELECT CAST(strftime('%w', d) AS INTEGER) AS w, SUM(let) AS s FROM camp GROUP BY d) "
          "GROUP BY w ORDER BY AVG(s) DESC LIMIT 1"),
    ("n", "SELECT AVG(hook) FROM camp WHERE area='hardstanding' AND isopen AND hook IS NOT NULL"),
    ("m", "SELECT mon FROM camp WHERE isopen GROUP BY mon ORDER BY 1.0*SUM(let)/SUM(cap) DESC LIMIT 1"),
    ("l", "SELECT area FROM camp GROUP BY area ORDER BY SUM(CASE WHEN mon=7 THEN takings ELSE 0 END)/"
          "SUM(CASE WHEN mon=6 THEN takings ELSE 0 END) DESC LIMIT 1"),
    ("n", "SELECT SUM(let) FROM camp"),
    ("n", "SELECT SUM(takings)/COUNT(DISTINCT d) FROM camp WHERE mon=8"),
    ("n", "SELECT COUNT(*) FROM camp WHERE area='glamping pods' AND let=cap"),
    ("n", "SELECT 100.0*SUM(CASE WHEN area='glamping pods' THEN takings ELSE 0 END)/SUM(takings) FROM camp"),
    ("n", "SELECT SUM(takings) FROM camp WHERE area='campervan bays' AND mon=10"),
    ("n", "SELECT COUNT(*) FROM (SELECT d FROM camp GROUP BY d HAVING SUM(takings) > 2500)"),
    ("n", "SELECT SUM(takings)/SUM(let) FROM camp WHERE area='hardstanding'"),
    # ---- salon
    ("n", "SELECT SUM(amt) FROM salon WHERE mon=3"),
    ("n", "SELECT -SUM(amt) FROM salon WHERE kind='refund'"),
    ("n", "SELECT -SUM(amt) FROM salon WHERE kind='supplies' AND mon<=3"),
    ("l", "SELECT sty FROM salon WHERE kind='service' GROUP BY sty ORDER BY SUM(amt) DESC LIMIT 1"),
    ("l", "SELECT sty FROM salon WHERE kind='tip' GROUP BY sty ORDER BY SUM(amt) DESC LIMIT 1"),
    ("n", "SELECT 100.0*SUM(CASE WHEN pay='card' THEN amt ELSE 0 END)/SUM(amt) FROM salon "
          "WHERE kind IN ('service','retail')"),
    ("m", "SELECT mon FROM salon WHERE kind='refund' GROUP BY mon ORDER BY SUM(amt) ASC LIMIT 1"),
    ("n", "SELECT AVG(amt) FROM salon WHERE kind='service'"),
    ("n", "SELECT COUNT(*) FROM salon_all WHERE isvoid"),
    ("n", "SELECT SUM(CASE WHEN mon=5 THEN amt WHEN mon=4 THEN -amt ELSE 0 END) FROM salon WHERE kind='retail'"),
    ("n", "SELECT SUM(amt) FROM salon WHERE kind='gift voucher' AND mon BETWEEN 4 AND 6"),
    ("l", "SELECT item FROM salon WHERE kind='service' GROUP BY item ORDER BY COUNT(*) DESC LIMIT 1"),
    ("n", "SELECT COUNT(*) FROM salon WHERE kind='service' AND sty='marco' AND item='colour' AND mon=6"),
    ("n", "SELECT SUM(amt) FROM salon WHERE kind='tip' AND mon=2"),
    ("w", "SELECT wd FROM salon WHERE kind='service' GROUP BY wd ORDER BY COUNT(*) DESC LIMIT 1"),
    ("n", "SELECT SUM(amt) FROM salon"),
    ("n", "SELECT (SELECT SUM(amt) FROM salon WHERE kind='service' AND mon=4)/"
          "(SELECT COUNT(DISTINCT d) FROM salon WHERE mon=4)"),
    ("l", "SELECT CASE WHEN item LIKE '% x_' THEN substr(item, 1, length(item)-3) ELSE item END AS p FROM salon "
          "WHERE kind='retail' GROUP BY p ORDER BY SUM(amt) DESC LIMIT 1"),
    ("n", "SELECT COUNT(*) FROM salon WHERE kind='service' AND sty='sam' AND mon=1"),
    # ---- vans
    ("n", "SELECT SUM(total) FROM vr WHERE mon=6"),
    ("n", "SELECT AVG(hours) FROM vr WHERE van='luton'"),
    ("n", "SELECT SUM(dmg=1) FROM vr"),
    ("n", "SELECT SUM(dep) FROM vans WHERE status<>'cancelled' AND mon BETWEEN 4 AND 6"),
    ("n", "SELECT 100.0*SUM(dep)/SUM(total) FROM vr"),
    ("l", "SELECT van FROM vr WHERE km IS NOT NULL GROUP BY van ORDER BY SUM(km) DESC LIMIT 1"),
    ("n", "SELECT AVG(km) FROM vr WHERE km IS NOT NULL"),
    ("n", "SELECT COUNT(*) FROM vans WHERE status='noshow'"),
    ("w", "SELECT CAST(strftime('%w', pick) AS INTEGER) AS w FROM vans GROUP BY w ORDER BY COUNT(*) ASC LIMIT 1"),
    ("n", "SELECT MAX(hours) FROM vr"),
    ("n", "SELECT SUM(CASE WHEN cust='private' THEN total ELSE -total END) FROM vr"),
    ("n", "SELECT COUNT(*) FROM vr WHERE hours > 120"),
    ("m", "SELECT mon FROM vr GROUP BY mon ORDER BY SUM(total) DESC LIMIT 1"),
    ("n", "SELECT SUM(total - dep) FROM vr WHERE van='minibus'"),
    ("n", "SELECT 100.0*SUM(status='cancelled')/COUNT(*) FROM vans"),
    ("n", "SELECT SUM(CASE WHEN mon=7 THEN total WHEN mon=6 THEN -total ELSE 0 END) FROM vr"),
    ("n", "SELECT AVG(total) FROM vr WHERE van='transit'"),
    ("n", "SELECT SUM(total) FROM vans WHERE status='noshow'"),
    # ---- dog walks
    ("n", "SELECT COUNT(*) FROM wd_ WHERE mon=5"),
    ("n", "SELECT SUM(price) FROM wd_ WHERE mon<=3"),
    ("l", "SELECT walker FROM wd_ GROUP BY walker ORDER BY COUNT(*) DESC LIMIT 1"),
    ("l", "SELECT dog FROM wd_ GROUP BY dog ORDER BY COUNT(*) DESC LIMIT 1"),
    ("n", "SELECT COUNT(DISTINCT dog) FROM wd_ WHERE mon=4"),
    ("n", "SELECT SUM(price) FROM wd_ WHERE paid IN ('no', 'n', 'unpaid')"),
    ("n", "SELECT AVG(mins) FROM wd_ WHERE typ='group walk' AND mins IS NOT NULL"),
    ("n", "SELECT 100.0*SUM(status='cancelled')/COUNT(*) FROM walks"),
    ("l", "SELECT walker FROM wd_ GROUP BY walker HAVING SUM(mon=3) > 0 "
          "ORDER BY 1.0*SUM(mon=4)/SUM(mon=3) DESC LIMIT 1"),
    ("n", "SELECT 1.0*COUNT(*)/COUNT(DISTINCT d) FROM wd_ WHERE mon=6"),
    ("n", "SELECT SUM(price) FROM wd_ WHERE typ='puppy visit'"),
    ("l", "SELECT owner FROM wd_ GROUP BY owner ORDER BY SUM(price) DESC LIMIT 1"),
    ("n", "SELECT SUM(CASE WHEN mon BETWEEN 4 AND 6 THEN price ELSE -price END) FROM wd_"),
    ("n", "SELECT COUNT(*) FROM wd_ WHERE walker='beth' AND wd=1"),
    ("l", "SELECT typ FROM wd_ GROUP BY typ ORDER BY COUNT(*) DESC LIMIT 1"),
    ("n", "SELECT COUNT(*) FROM wd_ WHERE mins > 60"),
    ("n", "SELECT AVG(price) FROM wd_ WHERE mon=6"),
]


def main():
    qs = json.loads((HERE / "questions.json").read_text(encoding="utf-8"))
    assert len(qs) == len(CHECKS), f"{len(qs)} questions but {len(CHECKS)} checks"
    bad = 0
    for qq, (kind, sql) in zip(qs, CHECKS):
        got = db.execute(sql).fetchone()[0]
        truth = qq["truth"]
        if kind == "n":
            want = truth["number"]
            ok = got is not None and abs(got - want) <= 1e-6 * max(1.0, abs(want)) + 1e-6
        else:
            if kind == "m":
                got = MONTHS[got - 1]
            elif kind == "w":
                got = WD[got]
            labels = [s.lower() for s in truth["label"]]
            ok = str(got).lower() in labels
            want = truth["label"]
        print(f"{qq['id']}  {'ok ' if ok else 'BAD'}  sql={got!r}  truth={want!r}")
        bad += not ok
    print(f"{len(qs) - bad}/{len(qs)} agree")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
