#!/usr/bin/env python3
"""Recomputes every truth of set 23 a second way and compares with questions.json.

    python3 tests/heldout/set23/crosscheck.py

The raw CSV text is loaded into an in-memory SQLite database as TEXT columns, cleaned in SQL views only
(no Python functions registered, no code shared with truths.py), and each question is answered by SQL.
Prints the agreements and every mismatch; exit 1 on a mismatch.
"""

import csv
import json
import sqlite3
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"

db = sqlite3.connect(":memory:")
for f in sorted(DATA.glob("*.csv")):
    with open(f, newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    cols = ", ".join(f'"{c}" TEXT' for c in rows[0])
    db.execute(f'CREATE TABLE "{f.stem}" ({cols})')
    db.executemany(f'INSERT INTO "{f.stem}" VALUES ({", ".join("?" * len(rows[0]))})', rows[1:])


def money(col):
    c = f"replace(replace(replace(replace(trim({col}), '£', ''), '$', ''), ',', ''), ' ', '')"
    return (f"(CASE WHEN {c} = '' OR {c} = '-' OR {c} GLOB '*[^0-9.-]*' THEN NULL "
            f"ELSE CAST({c} AS REAL) END)")


def dmy(col):
    """dd/mm/yyyy or dd-mm-yyyy at the start of col -> yyyy-mm-dd"""
    return f"(substr({col}, 7, 4) || '-' || substr({col}, 4, 2) || '-' || substr({col}, 1, 2))"


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WD = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]  # strftime %w order

db.executescript(f"""
CREATE VIEW ts AS SELECT
  {dmy('Date')} AS d, trim(Start) AS start, CAST(trim("Tutor ID") AS INTEGER) AS tid, trim(Student) AS student,
  lower(trim(Subject)) AS subject,
  replace(replace(lower(trim(Level)), ' ', ''), '-', '') AS level,
  {money('"Length (mins)"')} AS mins, {money('Charge')} AS charge,
  CASE WHEN lower(trim(Status)) LIKE 'complete%' THEN 'done'
       WHEN lower(trim(Status)) LIKE 'cancel%' THEN 'cancelled'
       WHEN replace(replace(lower(Status), '-', ''), ' ', '') = 'noshow' THEN 'noshow' END AS status,
  replace(lower(trim(Mode)), '-', ' ') AS mode
FROM tutoring_sessions;
CREATE VIEW tu AS SELECT CAST("Tutor ID" AS INTEGER) AS tid, "Tutor Name" AS name, {money('"Hourly Rate"')} AS rate,
  trim("Based In") AS town, CAST(substr(trim(Started), -4) AS INTEGER) AS started_year FROM tutors;
CREATE VIEW tj AS SELECT ts.*, tu.name, tu.town, tu.started_year FROM ts JOIN tu ON ts.tid = tu.tid;

CREATE VIEW ks AS SELECT
  trim(Dog) AS dog, trim(Owner) AS owner, lower(trim(Breed)) AS breed,
  CASE substr(lower(trim(Size)), 1, 1) WHEN 's' THEN 'small' WHEN 'm' THEN 'medium' WHEN 'l' THEN 'large' END AS size,
  {dmy('trim("Check In")')} AS ci, substr(trim("Check In"), 12, 5) AS ci_time,
  {dmy('trim("Check Out")')} AS co, substr(trim("Check Out"), 12, 5) AS co_time,
  CAST(julianday({dmy('trim("Check Out")')}) - julianday({dmy('trim("Check In")')}) AS INTEGER) AS nights,
  coalesce({money('Extras')}, 0) AS extras, {money('Total')} AS total,
  CASE WHEN lower(trim(Status)) = 'completed' THEN 'done' WHEN lower(trim(Status)) = 'cancelled' THEN 'cancelled'
       ELSE 'noshow' END AS status
FROM kennel_stays;
CREATE VIEW kd AS SELECT * FROM ks WHERE status = 'done';

CREATE VIEW pyo AS SELECT CAST(Receipt AS INTEGER) AS receipt, replace(Timestamp, 'T', ' ') AS ts,
  CAST(substr(Timestamp, 1, 4) AS INTEGER) AS yr, CAST(substr(Timestamp, 6, 2) AS INTEGER) AS mon,
  CAST(substr(Timestamp, 12, 2) AS INTEGER) AS hr,
  lower(trim(Fruit)) AS fruit,
  {money("replace(replace(lower(Weight), 'lbs', ''), 'lb', '')")} AS lb,
  {money('"Line Total"')} AS total, {money('"Price/lb"')} AS price, lower(trim(Payment)) AS pay
FROM pyo_till WHERE trim(Void) = '';

CREATE VIEW pod0 AS SELECT CAST("Order ID" AS INTEGER) AS oid, trim(Date) AS raw, lower(trim(Type)) AS type,
  lower(trim(Product)) AS product, lower(trim(Design)) AS design, CAST(Qty AS INTEGER) AS qty,
  {money('Amount')} AS amount, CASE WHEN lower(trim(Shipping)) = 'free' THEN 0.0 ELSE {money('Shipping')} END AS ship,
  upper(trim(Country)) AS country FROM pod_orders;
CREATE VIEW pod1 AS SELECT *, CAST(substr(raw, 1, instr(raw, '/') - 1) AS INTEGER) AS mon,
  substr(raw, instr(raw, '/') + 1) AS r1 FROM pod0;
CREATE VIEW pod2 AS SELECT *, CAST(substr(r1, 1, instr(r1, '/') - 1) AS INTEGER) AS dy,
  substr(r1, instr(r1, '/') + 1) AS r2 FROM pod1;
CREATE VIEW pod AS SELECT oid, type, product, design, qty, amount, ship, country, mon,
  printf('%04d-%02d-%02d', CAST(substr(r2, 1, 4) AS INTEGER), mon, dy) AS d,
  CAST(substr(r2, 6, instr(r2, ':') - 6) AS INTEGER) AS hr FROM pod2;
CREATE VIEW ps AS SELECT * FROM pod WHERE type = 'sale';
CREATE VIEW pn AS SELECT * FROM pod WHERE type IN ('sale', 'refund');

CREATE VIEW cb AS SELECT {dmy('Date')} AS d, CAST(substr(Date, 7, 4) AS INTEGER) AS yr,
  CAST(substr(Date, 4, 2) AS INTEGER) AS mon, trim(Details) AS details,
  replace(replace(lower(trim(Category)), ' - ', '-'), '-', ' - ') AS cat,
  coalesce({money('"Paid In"')}, 0) AS pin, coalesce({money('"Paid Out"')}, 0) AS pout
FROM brewshop_cashbook WHERE lower(Status) NOT LIKE '%void%';
""")


def one(sql):
    return db.execute(sql).fetchone()[0]


def first(sql):
    return db.execute(sql).fetchone()


def rows(sql):
    return db.execute(sql).fetchall()


def month_name(m):
    return MONTHS[int(m) - 1]


def hour_str(h):
    return f"{int(h):02d}:00"


C = {}  # id -> dict of computed values: number / label / labels


def num(i, sql):
    C[i] = {"number": one(sql)}


def lab(i, sql, fmt=lambda x: x):
    C[i] = {"label": fmt(first(sql)[0])}


def labn(i, sql, fmt=lambda x: x):
    r = first(sql)
    C[i] = {"label": fmt(r[0]), "number": r[1]}


def labs(i, sql, fmt=lambda x: x):
    C[i] = {"labels": [fmt(r[0]) for r in rows(sql)]}


# ---- tutoring 1-25
num(1, "SELECT sum(charge) FROM ts")
num(2, "SELECT sum(mins) / 60.0 FROM ts WHERE status = 'done'")
num(3, "SELECT count(*) FROM ts WHERE status = 'done' AND subject = 'maths'")
num(4, "SELECT avg(charge) FROM ts WHERE status = 'done'")
num(5, "SELECT 100.0 * sum(status = 'cancelled') / count(*) FROM ts")
num(6, "SELECT 100.0 * sum(mode = 'online') / count(*) FROM ts WHERE status = 'done'")
lab(7, "SELECT name FROM tj GROUP BY name ORDER BY sum(charge) DESC LIMIT 1")
num(8, "SELECT sum(charge) FROM tj WHERE town = 'Harrogate'")
lab(9, "SELECT subject FROM ts WHERE status = 'done' GROUP BY subject ORDER BY sum(mins) DESC LIMIT 1")
lab(10, "SELECT substr(d, 1, 7) FROM ts WHERE status = 'done' GROUP BY 1 ORDER BY count(*) DESC LIMIT 1",
    lambda s: f"{month_name(s[5:])} {s[:4]}")
lab(11, "SELECT start FROM ts WHERE strftime('%w', d) BETWEEN '1' AND '5' GROUP BY start ORDER BY count(*) DESC LIMIT 1")
lab(12, "SELECT strftime('%w', d) FROM ts GROUP BY 1 ORDER BY count(*) ASC LIMIT 1", lambda w: WD[int(w)])
num(13, "SELECT count(DISTINCT student) FROM ts WHERE status = 'done'")
num(14, "SELECT count(*) FROM (SELECT student FROM ts WHERE status = 'done' GROUP BY student HAVING count(*) > 45)")
num(15, "SELECT count(*) FROM ts WHERE status = 'done' AND mins > 60")
labn(16, """SELECT name, sum(substr(d, 1, 7) = '2025-03') - sum(substr(d, 1, 7) = '2024-10') AS g
            FROM tj WHERE status = 'done' GROUP BY name ORDER BY g DESC LIMIT 1""")
labn(17, "SELECT student, sum(mins) / 60.0 FROM ts WHERE status = 'done' GROUP BY student ORDER BY 2 DESC LIMIT 1")
num(18, "SELECT avg(rate) FROM tu")
num(19, "SELECT sum(CASE WHEN level = 'gcse' THEN charge END) - sum(CASE WHEN level = 'alevel' THEN charge END) FROM ts")
labn(20, "SELECT name, count(*) FROM tj WHERE status = 'noshow' GROUP BY name ORDER BY 2 DESC LIMIT 1")
num(21, "SELECT sum(charge) FROM tj WHERE started_year >= 2024")
labs(22, "SELECT name FROM tu WHERE tid NOT IN (SELECT tid FROM ts) ORDER BY tid")
num(23, "SELECT sum(charge) FROM ts WHERE mode = 'online'")
num(24, "SELECT avg(mins) FROM ts WHERE status = 'done' AND strftime('%w', d) = '6'")
num(25, "SELECT sum(mins) / 60.0 FROM tj WHERE status = 'done' AND subject = 'maths' AND town = 'Leeds'")

# ---- kennel 26-48
num(26, "SELECT sum(nights) FROM kd")
num(27, "SELECT avg(nights) FROM kd")
labn(28, "SELECT dog, nights FROM kd ORDER BY nights DESC LIMIT 1")
num(29, "SELECT sum(total) FROM kd WHERE ci LIKE '2024%'")
num(30, "SELECT 100.0 * sum(status = 'cancelled') / count(*) FROM ks")
lab(31, "SELECT breed FROM kd GROUP BY breed ORDER BY sum(total) DESC LIMIT 1")
num(32, "SELECT 100.0 * sum(CASE WHEN size = 'large' THEN total ELSE 0 END) / sum(total) FROM kd")
num(33, "SELECT sum(extras) FROM kd")
num(34, "SELECT count(*) FROM (SELECT DISTINCT dog, owner FROM kd)")
lab(35, "SELECT substr(ci, 6, 2) FROM kd WHERE ci LIKE '2024%' GROUP BY 1 ORDER BY count(*) DESC LIMIT 1",
    lambda m: month_name(m))
lab(36, "SELECT ci_time FROM ks GROUP BY ci_time ORDER BY count(*) DESC LIMIT 1")
num(37, "SELECT 100.0 * sum(strftime('%w', ci) IN ('5', '6')) / count(*) FROM kd")
num(38, "SELECT count(*) FROM kd WHERE nights >= 8")
num(39, "SELECT sum(total) FROM kd WHERE ci BETWEEN '2024-12-18' AND '2024-12-24'")
labn(40, """SELECT breed, sum(ci BETWEEN '2025-06-01' AND '2025-08-31') - sum(ci BETWEEN '2024-06-01' AND '2024-08-31') AS g
            FROM kd GROUP BY breed ORDER BY g DESC LIMIT 1""")
num(41, "SELECT count(*) FROM (SELECT 1 FROM kd GROUP BY dog, owner HAVING count(*) > 5)")
num(42, "SELECT sum(CASE WHEN ci LIKE '2025-07%' THEN total ELSE 0 END) - sum(CASE WHEN ci LIKE '2024-07%' THEN total ELSE 0 END) FROM kd")
labs(43, "SELECT dog || ' ' || owner FROM kd GROUP BY dog, owner ORDER BY sum(total) DESC LIMIT 3")
num(44, "SELECT count(*) FROM ks WHERE status = 'noshow'")
num(45, "SELECT avg(total) FROM kd WHERE size = 'small'")
num(46, "SELECT count(*) FROM kd WHERE extras > 0")
num(47, "SELECT count(*) FROM kd WHERE co_time >= '17:00'")
num(48, "SELECT sum(nights) FROM kd WHERE size = 'medium' AND ci >= '2025-04-01'")

# ---- orchard 49-69
num(49, "SELECT sum(total) FROM pyo WHERE yr = 2025")
num(50, "SELECT sum(lb) FROM pyo WHERE yr = 2025 AND fruit = 'strawberries'")
num(51, "SELECT sum(total) / count(DISTINCT receipt) FROM pyo WHERE yr = 2024")
num(52, "SELECT 100.0 * sum(CASE WHEN pay = 'card' THEN total ELSE 0 END) / sum(total) FROM pyo WHERE yr = 2025")
lab(53, "SELECT fruit FROM pyo GROUP BY fruit ORDER BY sum(total) DESC LIMIT 1")
labn(54, """SELECT fruit, sum(CASE WHEN yr = 2025 THEN total ELSE -total END) AS g FROM pyo GROUP BY fruit
            ORDER BY g DESC LIMIT 1""")
labs(55, "SELECT fruit FROM pyo WHERE yr = 2024 GROUP BY fruit ORDER BY sum(lb) DESC LIMIT 3")
lab(56, """SELECT h FROM (SELECT receipt, min(ts) AS t, CAST(substr(min(ts), 12, 2) AS INTEGER) AS h FROM pyo GROUP BY receipt)
           GROUP BY h ORDER BY count(*) DESC LIMIT 1""", hour_str)
lab(57, "SELECT strftime('%w', ts) FROM pyo GROUP BY 1 ORDER BY sum(total) DESC LIMIT 1", lambda w: WD[int(w)])
num(58, "SELECT avg(lb) FROM pyo WHERE fruit = 'apples'")
num(59, "SELECT count(*) FROM (SELECT receipt FROM pyo GROUP BY receipt HAVING sum(total) > 25)")
num(60, "SELECT sum(CASE WHEN yr = 2025 THEN total ELSE -total END) FROM pyo WHERE mon = 10")
num(61, "SELECT count(*) FROM pyo_till WHERE trim(Void) <> ''")
num(62, "SELECT max(lb) FROM pyo WHERE fruit = 'pumpkins'")
num(63, "SELECT sum(CASE WHEN yr = 2024 THEN total ELSE -total END) FROM pyo WHERE fruit = 'cherries'")
lab(64, "SELECT mon FROM pyo WHERE yr = 2024 GROUP BY mon ORDER BY sum(total) DESC LIMIT 1", month_name)
num(65, "SELECT 100.0 * sum(CASE WHEN strftime('%w', ts) IN ('0', '6') THEN total ELSE 0 END) / sum(total) FROM pyo WHERE yr = 2025")
num(66, "SELECT count(DISTINCT receipt) FROM pyo WHERE yr = 2025")
num(67, "SELECT sum(lb) FROM pyo WHERE yr = 2024 AND fruit = 'apples'")
num(68, "SELECT sum(total) FROM pyo WHERE yr = 2025 AND hr < 12")
num(69, "SELECT count(*) FROM pyo WHERE yr = 2025 AND fruit = 'blueberries'")

# ---- print on demand 70-89
num(70, "SELECT sum(amount) FROM pn")
num(71, "SELECT count(*) FROM pod WHERE type = 'refund'")
num(72, "SELECT 100.0 * (SELECT count(*) FROM pod WHERE type = 'refund') / (SELECT count(*) FROM ps)")
lab(73, "SELECT design FROM pn GROUP BY design ORDER BY sum(amount) DESC LIMIT 1")
num(74, "SELECT sum(qty) FROM ps WHERE product = 'hoodie'")
num(75, "SELECT avg(amount) FROM ps")
num(76, "SELECT 100.0 * sum(CASE WHEN country <> 'US' THEN amount ELSE 0 END) / sum(amount) FROM ps")
num(77, "SELECT sum(ship) FROM ps")
lab(78, "SELECT mon FROM pn GROUP BY mon ORDER BY sum(amount) DESC LIMIT 1", month_name)
labn(79, """SELECT product, sum(CASE WHEN mon BETWEEN 4 AND 6 THEN amount WHEN mon BETWEEN 1 AND 3 THEN -amount ELSE 0 END) AS g
            FROM pn GROUP BY product ORDER BY g DESC LIMIT 1""")
labs(80, "SELECT design FROM ps GROUP BY design ORDER BY sum(qty) DESC LIMIT 3")
lab(81, "SELECT hr FROM ps GROUP BY hr ORDER BY count(*) DESC LIMIT 1", hour_str)
lab(82, "SELECT strftime('%w', d) FROM ps GROUP BY 1 ORDER BY count(*) DESC LIMIT 1", lambda w: WD[int(w)])
num(83, "SELECT count(*) FROM ps WHERE qty > 1")
num(84, "SELECT count(*) FROM ps WHERE amount > 40")
num(85, "SELECT count(*) FROM pod WHERE type LIKE 'cancel%'")
num(86, "SELECT count(*) FROM ps WHERE country = 'DE'")
num(87, """SELECT sum(CASE WHEN mon BETWEEN 5 AND 9 THEN amount ELSE 0 END) - sum(CASE WHEN mon <= 4 THEN amount ELSE 0 END)
           FROM pn WHERE design = 'mushroom club'""")
num(88, "SELECT -sum(amount) FROM pod WHERE type = 'refund'")
lab(89, "SELECT country FROM ps WHERE country <> 'US' GROUP BY country ORDER BY sum(amount) DESC LIMIT 1")

# ---- brew shop 90-110
num(90, "SELECT sum(pin) FROM cb WHERE yr = 2024")
num(91, "SELECT sum(pout) FROM cb WHERE yr = 2024")
num(92, "SELECT sum(pin) - sum(pout) FROM cb WHERE yr = 2024")
num(93, "SELECT sum(pout) FROM cb WHERE yr = 2025 AND cat = 'ingredients'")
num(94, "SELECT 100.0 * sum(CASE WHEN cat LIKE '%online' THEN pin ELSE 0 END) / sum(pin) FROM cb WHERE yr = 2024 AND cat LIKE 'sales%'")
lab(95, """SELECT s FROM (SELECT CASE WHEN instr(details, ' inv ') > 0 THEN substr(details, 1, instr(details, ' inv ') - 1)
                             WHEN details LIKE 'New fermenting fridge - %' THEN substr(details, 25) END AS s, pout
                      FROM cb WHERE yr = 2024) WHERE s IS NOT NULL GROUP BY s ORDER BY sum(pout) DESC LIMIT 1""")
labn(96, "SELECT details, pout FROM cb ORDER BY pout DESC LIMIT 1")
lab(97, "SELECT mon FROM cb WHERE yr = 2024 AND cat = 'sales - shop' GROUP BY mon ORDER BY sum(pin) DESC LIMIT 1", month_name)
num(98, "SELECT sum(pin) FROM cb WHERE cat = 'classes'")
num(99, """SELECT sum(CAST(substr(details, instr(details, ' - ') + 3, instr(details, ' places') - instr(details, ' - ') - 3) AS INTEGER))
           FROM cb WHERE cat = 'classes'""")
num(100, "SELECT sum(pout) FROM cb WHERE yr = 2025 AND cat = 'rent'")
num(101, "SELECT sum(pout) FROM cb WHERE cat = 'fees'")
num(102, "SELECT count(*) FROM brewshop_cashbook WHERE lower(Status) LIKE '%void%'")
num(103, """SELECT sum(CASE WHEN yr = 2025 THEN pin ELSE 0 END) - sum(CASE WHEN yr = 2024 AND mon <= 10 THEN pin ELSE 0 END)
            FROM cb WHERE cat = 'sales - online'""")
lab(104, "SELECT strftime('%w', d) FROM cb WHERE cat = 'sales - shop' GROUP BY 1 ORDER BY sum(pin) DESC LIMIT 1",
    lambda w: WD[int(w)])
num(105, "SELECT avg(t) FROM (SELECT d, sum(pin) AS t FROM cb WHERE cat = 'sales - shop' AND strftime('%w', d) = '6' GROUP BY d)")
num(106, "SELECT sum(pout) FROM cb WHERE cat = 'refunds'")
num(107, "SELECT count(*) FROM cb WHERE details LIKE 'Northern Malt Co%'")
labs(108, "SELECT cat FROM cb WHERE yr = 2025 GROUP BY cat HAVING sum(pout) > 0 ORDER BY sum(pout) DESC LIMIT 3")
num(109, "SELECT avg(pin) FROM cb WHERE cat = 'sales - online'")
num(110, "SELECT sum(pout) FROM cb WHERE yr = 2024 AND cat = 'utilities'")


def label_ok(computed, spellings):
    c = str(computed).strip().lower()
    return any(c == s.lower() or s.lower() in c for s in spellings)


def main():
    qs = json.loads((HERE / "questions.json").read_text(encoding="utf-8"))
    agree, bad = 0, []
    for q in qs:
        i = int(q["id"].split("-")[1])
        t = q["truth"]
        c = C.get(i)
        ok = c is not None
        if ok and "number" in t:
            v = c.get("number")
            ok = v is not None and abs(v - t["number"]) <= 1e-6 * max(1.0, abs(t["number"]))
        if ok and "label" in t:
            ok = label_ok(c.get("label"), t["label"])
        if ok and "labels" in t:
            got = c.get("labels") or []
            ok = len(got) == len(t["labels"]) and all(any(label_ok(g, sp) for g in got) for sp in t["labels"])
        if ok:
            agree += 1
        else:
            bad.append((q["id"], t, c))
    for b in bad:
        print("MISMATCH", *b)
    print(f"crosscheck: {agree} of {len(qs)} agree")
    return 0 if not bad and len(C) == len(qs) else 1


if __name__ == "__main__":
    sys.exit(main())
