#!/usr/bin/env python3
"""Held-out set 7: a second, independent computation of most truths, in SQL (sqlite3).

    python3 tests/heldout/set7/crosscheck.py

Loads the raw CSVs as text into an in-memory SQLite database, cleans them with SQL expressions and views
only (no code shared with truths.py) and compares the answers with questions.json: numbers within 0.01,
"which" questions by the SQL winner against the truth's labels (and its number when the truth has one),
top-N lists by the set of labels. Exit 1 on a mismatch.
"""

import csv
import json
import sqlite3
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"


def load(db, name):
    with open(DATA / name, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    table = "raw_" + name[:-4]
    cols = ", ".join(f'"{c}" TEXT' for c in rows[0])
    db.execute(f'CREATE TABLE "{table}" ({cols})')
    db.executemany(f'INSERT INTO "{table}" VALUES ({", ".join("?" * len(rows[0]))})', rows[1:])


def fold(col):
    # collapse doubled spaces, strip, drop a trailing period, lower-case
    return f"lower(trim(rtrim(trim(replace(replace({col}, '  ', ' '), '  ', ' ')), '.')))"


def money(col):
    return (f"CAST(replace(replace(replace(replace(replace(trim({col}), '$', ''), '\u00a3', ''), '\u20ac', ''), "
            f"',', ''), ' ', '') AS REAL)")


def missing(col):
    return f"lower(trim({col})) IN ('', 'n/a', 'na', '-', 'none', 'null')"


def yes(col):
    return f"{fold(col)} IN ('yes', 'y', 'true')"


# ----------------------------------------------------------------------------------------------
# cleaning views

VIEWS = [
    # flights: 'M/D/YYYY H:MM AM' -> ISO, in three steps
    """CREATE VIEW f1 AS SELECT rowid AS rid, *,
         substr(scheduled_departure, instr(scheduled_departure, '/') + 1) AS sd1,
         substr(actual_departure, instr(actual_departure, '/') + 1) AS ad1,
         substr(scheduled_arrival, instr(scheduled_arrival, '/') + 1) AS sa1,
         substr(actual_arrival, instr(actual_arrival, '/') + 1) AS aa1
       FROM raw_flights""",
]


def us12_iso(full, rest):
    """SQL for an ISO datetime from 'M/D/YYYY H:MM AM' (full) given rest = the text after the first '/'."""
    mon = f"CAST(substr({full}, 1, instr({full}, '/') - 1) AS INT)"
    day = f"CAST(substr({rest}, 1, instr({rest}, '/') - 1) AS INT)"
    after = f"substr({rest}, instr({rest}, '/') + 1)"  # 'YYYY H:MM AM'
    year = f"substr({after}, 1, 4)"
    clock = f"substr({after}, 6)"  # 'H:MM AM'
    hour = (f"(CAST(substr({clock}, 1, instr({clock}, ':') - 1) AS INT) % 12 "
            f"+ CASE WHEN {clock} LIKE '%PM' THEN 12 ELSE 0 END)")
    minute = f"substr({clock}, instr({clock}, ':') + 1, 2)"
    return (f"CASE WHEN trim({full}) = '' THEN NULL ELSE {year} || '-' || printf('%02d', {mon}) || '-' || "
            f"printf('%02d', {day}) || ' ' || printf('%02d', {hour}) || ':' || {minute} || ':00' END")


VIEWS.append(f"""CREATE VIEW fl AS SELECT rid, trim(flight_no) AS fno, {fold('origin')} AS orig,
    {fold('destination')} AS dest, {fold('aircraft')} AS ac, CAST(seats AS INT) AS seats,
    CASE WHEN {missing('passengers')} THEN NULL ELSE CAST(passengers AS INT) END AS pax,
    {yes('cancelled')} AS canc, {fold('delay_reason')} AS reason,
    {us12_iso('scheduled_departure', 'sd1')} AS sd, {us12_iso('actual_departure', 'ad1')} AS ad,
    {us12_iso('scheduled_arrival', 'sa1')} AS sa, {us12_iso('actual_arrival', 'aa1')} AS aa
  FROM f1""")
VIEWS.append("""CREATE VIEW flo AS SELECT *, (julianday(ad) - julianday(sd)) * 1440 AS dly,
    (julianday(aa) - julianday(sa)) * 1440 AS adly, (julianday(aa) - julianday(ad)) * 1440 AS air,
    CAST(substr(sd, 6, 2) AS INT) AS mon
  FROM fl WHERE NOT canc""")

# deals + reps: 'DD/MM/YYYY'
VIEWS.append(f"""CREATE VIEW rp AS SELECT trim(rep_code) AS code, trim(rep_name) AS name, {fold('team')} AS team,
    {fold('region')} AS region, {money('quota_2024')} AS quota FROM raw_reps""")
VIEWS.append(f"""CREATE VIEW dl AS SELECT d.deal_id AS id,
    substr(d.created, 7, 4) || '-' || substr(d.created, 4, 2) || '-' || substr(d.created, 1, 2) AS created,
    CASE WHEN trim(d.close_date) = '' THEN NULL ELSE
      substr(d.close_date, 7, 4) || '-' || substr(d.close_date, 4, 2) || '-' || substr(d.close_date, 1, 2) END
      AS closed,
    {fold('d.account')} AS account, trim(d.rep_code) AS code, {fold('d.source')} AS source,
    {fold('d.stage')} AS stage, {money('d.amount')} AS amount,
    CAST(replace(trim(d.probability), '%', '') AS REAL) AS prob,
    r.name AS rep, r.team AS team, r.region AS region, r.quota AS quota
  FROM raw_deals d JOIN rp r ON r.code = trim(d.rep_code)""")

# payroll: ISO dates, euros
VIEWS.append(f"""CREATE VIEW py AS SELECT trim(pay_date) AS pd, substr(trim(pay_date), 1, 4) AS yr,
    CAST(substr(trim(pay_date), 6, 2) AS INT) AS mon, trim(employee_id) AS emp, {fold('department')} AS dept,
    {fold('element')} AS el, {fold('category')} AS cat,
    CASE WHEN {missing('hours')} THEN NULL ELSE CAST(hours AS REAL) END AS hours,
    {money('amount')} AS amount, {fold('note')} AS note
  FROM raw_payroll""")

# museum: 'Sun 1 Jan 2023'
VIEWS.append("""CREATE VIEW m1 AS SELECT *, substr(trim(date), 5) AS rest FROM raw_museum_days""")
VIEWS.append(f"""CREATE VIEW mu AS SELECT
    substr(rest, -4) || '-' ||
      printf('%02d', (instr('JanFebMarAprMayJunJulAugSepOctNovDec', substr(rest, instr(rest, ' ') + 1, 3)) + 2) / 3)
      || '-' || printf('%02d', CAST(substr(rest, 1, instr(rest, ' ') - 1) AS INT)) AS d,
    substr(trim(date), 1, 3) AS wd, {fold('site')} AS site, {yes('open')} AS isopen,
    CAST(visitors AS INT) AS v, CAST(school_visitors AS INT) AS school, CAST(member_visits AS INT) AS mem,
    CAST(guided_tours AS INT) AS tours, {money('shop_sales')} AS shop,
    CASE WHEN {missing('avg_visit_minutes')} THEN NULL ELSE CAST(avg_visit_minutes AS REAL) END AS dwell
  FROM m1""")

# fuel: 'DD/MM/YYYY HH:MM'
VIEWS.append(f"""CREATE VIEW fu AS SELECT txn_ref AS ref,
    substr(date_time, 7, 4) || '-' || substr(date_time, 4, 2) || '-' || substr(date_time, 1, 2) || ' '
      || substr(date_time, 12, 5) AS t,
    CAST(substr(date_time, 4, 2) AS INT) AS mon, CAST(substr(date_time, 12, 2) AS INT) AS hr,
    {fold('vehicle')} AS veh, {fold('driver')} AS driver, {fold('station')} AS station,
    {fold('fuel_type')} AS fuel, CAST(litres AS REAL) AS litres, {money('total')} AS total,
    CASE WHEN {missing('odometer')} THEN NULL ELSE CAST(odometer AS INT) END AS odo,
    CASE WHEN {missing('full_tank')} THEN NULL WHEN {yes('full_tank')} THEN 1 ELSE 0 END AS full
  FROM raw_fuel_log""")

# expenses: ISO with a 'T'
VIEWS.append(f"""CREATE VIEW ex AS SELECT claim_id AS id, submitted_at AS sub, substr(submitted_at, 1, 4) AS yr,
    CAST(substr(submitted_at, 6, 2) AS INT) AS mon, {fold('employee')} AS emp, {fold('department')} AS dept,
    {fold('category')} AS cat, {money('amount')} AS amount, {fold('status')} AS status,
    CASE WHEN trim(reviewed_at) = '' THEN NULL ELSE (julianday(reviewed_at) - julianday(submitted_at)) * 24 END
      AS hours,
    CASE WHEN {missing('receipt')} THEN NULL WHEN {yes('receipt')} THEN 1 ELSE 0 END AS receipt
  FROM raw_expenses""")


def median(select):
    """SQL median of the single column of `select` (average of the middle two on an even count)."""
    return (f"SELECT avg(x) FROM (SELECT x FROM ({select}) ORDER BY x "
            f"LIMIT 2 - (SELECT count(*) FROM ({select})) % 2 OFFSET ((SELECT count(*) FROM ({select})) - 1) / 2)")


WEEKDAY = ("CASE strftime('%w', {d}) WHEN '0' THEN 'sunday' WHEN '1' THEN 'monday' WHEN '2' THEN 'tuesday' "
           "WHEN '3' THEN 'wednesday' WHEN '4' THEN 'thursday' WHEN '5' THEN 'friday' ELSE 'saturday' END")
WON = "stage = 'closed won'"
WON24 = f"{WON} AND substr(closed, 1, 4) = '2024'"

CHECKS = {
    # flights
    "s7-001": "SELECT sum(canc) FROM fl",
    "s7-002": "SELECT 100.0 * sum(canc) / count(*) FROM fl WHERE substr(sd, 6, 2) = '02'",
    "s7-003": "SELECT avg(dly) FROM flo",
    "s7-004": median("SELECT round(dly) AS x FROM flo"),
    "s7-005": "SELECT count(*) FROM flo WHERE round(dly) >= 15",
    "s7-006": "SELECT 100.0 * sum(round(adly) < 15) / count(*) FROM flo",
    "s7-007": "SELECT sum(pax) FROM flo WHERE orig = 'denver' AND dest = 'chicago' AND mon = 3",
    "s7-008": "SELECT sum(pax) FROM flo WHERE mon IN (4, 5, 6)",
    "s7-009": "SELECT orig, avg(dly) AS a FROM flo GROUP BY 1 ORDER BY a DESC LIMIT 1",
    "s7-010": "SELECT substr(sd, 12, 2) || ':00' , sum(pax) AS p FROM flo GROUP BY 1 ORDER BY p DESC LIMIT 1",
    "s7-011": f"SELECT {WEEKDAY.format(d='sd')}, avg(dly) AS a FROM flo GROUP BY 1 ORDER BY a DESC LIMIT 1",
    "s7-012": "SELECT reason, count(*) AS n FROM fl WHERE reason NOT IN ('', 'n/a', '-') GROUP BY 1 "
              "ORDER BY n DESC LIMIT 1",
    "s7-013": "SELECT count(*) FROM flo WHERE reason = 'weather'",
    "s7-014": "SELECT avg(air) FROM flo WHERE orig = 'denver' AND dest = 'seattle'",
    "s7-015": "SELECT count(*) FROM flo WHERE round(dly) < 0",
    "s7-016": "SELECT fno, round(dly) FROM flo ORDER BY dly DESC LIMIT 1",
    "s7-017": "SELECT count(*) FROM flo WHERE ac = 'e175' AND mon = 5",
    "s7-018": "SELECT ac, 100.0 * sum(pax) / sum(seats) AS lf FROM flo GROUP BY 1 ORDER BY lf DESC LIMIT 1",
    "s7-019": "SELECT sum(CASE WHEN mon = 6 THEN pax END) - sum(CASE WHEN mon = 1 THEN pax END) FROM flo",
    "s7-020": "SELECT count(*) FROM flo WHERE round(adly) >= 60",
    "s7-021": "SELECT count(DISTINCT fno) FROM fl",
    # deals + reps
    "s7-022": f"SELECT sum(amount) FROM dl WHERE {WON24}",
    "s7-023": f"SELECT 100.0 * sum({WON}) / sum(stage IN ('closed won', 'closed lost')) FROM dl",
    "s7-024": f"SELECT rep, sum(amount) AS s FROM dl WHERE {WON24} GROUP BY 1 ORDER BY s DESC LIMIT 1",
    "s7-025": f"SELECT team, sum(amount) AS s FROM dl WHERE {WON24} GROUP BY 1 ORDER BY s DESC LIMIT 1",
    "s7-026": f"SELECT sum(amount) FROM dl WHERE {WON24} AND region = 'west'",
    "s7-027": f"SELECT avg(amount) FROM dl WHERE {WON}",
    "s7-028": median(f"SELECT amount AS x FROM dl WHERE {WON24}"),
    "s7-029": "SELECT sum(amount) FROM dl WHERE stage NOT IN ('closed won', 'closed lost')",
    "s7-030": "SELECT sum(amount * prob / 100) FROM dl WHERE stage NOT IN ('closed won', 'closed lost')",
    "s7-031": f"SELECT 100.0 * sum(amount) / max(quota) FROM dl WHERE {WON24} AND rep = 'Maya Okafor'",
    "s7-032": f"SELECT count(*) FROM (SELECT r.code, (SELECT sum(amount) FROM dl WHERE dl.code = r.code AND {WON24}) "
              f"AS w, r.quota FROM rp r) WHERE w > quota",
    "s7-033": f"SELECT avg(julianday(closed) - julianday(created)) FROM dl WHERE {WON}",
    "s7-034": f"SELECT source, 100.0 * sum({WON}) / count(*) AS r FROM dl "
              f"WHERE stage IN ('closed won', 'closed lost') GROUP BY 1 ORDER BY r DESC LIMIT 1",
    "s7-035": f"SELECT group_concat(account, '|') FROM (SELECT account, sum(amount) AS s FROM dl WHERE {WON24} "
              f"GROUP BY 1 ORDER BY s DESC LIMIT 2)",
    "s7-036": f"SELECT count(*) FROM dl WHERE {WON} AND amount > 50000",
    "s7-037": f"SELECT 100.0 * (sum(CASE WHEN substr(closed, 1, 4) = '2024' THEN amount END) "
              f"/ sum(CASE WHEN substr(closed, 1, 4) = '2023' THEN amount END) - 1) FROM dl WHERE {WON}",
    "s7-038": f"SELECT sum(CASE WHEN substr(closed, 6, 2) IN ('10', '11', '12') THEN amount ELSE 0 END) "
              f"- sum(CASE WHEN substr(closed, 6, 2) IN ('07', '08', '09') THEN amount ELSE 0 END) FROM dl WHERE {WON24}",
    "s7-039": f"SELECT count(DISTINCT account) FROM dl WHERE {WON24}",
    "s7-040": "SELECT count(*) FROM dl WHERE substr(created, 1, 7) = '2024-03'",
    "s7-041": "SELECT sum(amount) FROM dl WHERE stage = 'closed lost' AND substr(closed, 1, 4) = '2024'",
    "s7-042": f"SELECT rep, count(*) AS n FROM dl WHERE {WON24} AND team = 'smb' GROUP BY 1 ORDER BY n DESC LIMIT 1",
    "s7-043": "SELECT count(*) FROM dl WHERE rep = 'Aisha Khan' AND stage NOT IN ('closed won', 'closed lost')",
    # payroll
    "s7-044": "SELECT sum(amount) FROM py WHERE cat = 'earnings' AND substr(pd, 1, 7) = '2024-03'",
    "s7-045": "SELECT sum(amount) FROM py WHERE yr = '2024'",
    "s7-046": "SELECT -sum(amount) FROM py WHERE yr = '2024' AND el = 'income tax'",
    "s7-047": "SELECT sum(amount) FROM py WHERE yr = '2024' AND mon >= 10 AND el = 'overtime'",
    "s7-048": "SELECT sum(hours) FROM py WHERE yr = '2024' AND el = 'overtime'",
    "s7-049": "SELECT count(DISTINCT emp) FROM py WHERE substr(pd, 1, 7) = '2025-06'",
    "s7-050": "SELECT dept, sum(amount) AS s FROM py WHERE yr = '2024' AND cat = 'earnings' GROUP BY 1 "
              "ORDER BY s DESC LIMIT 1",
    "s7-051": "SELECT sum(amount) FROM py WHERE yr = '2024' AND emp = '002099'",
    "s7-052": "SELECT count(*) FROM py WHERE note = 'reversal'",
    "s7-053": "SELECT -sum(amount) FROM py WHERE note = 'reversal'",
    "s7-054": "SELECT -100.0 * sum(CASE WHEN el = 'income tax' THEN amount ELSE 0 END) "
              "/ sum(CASE WHEN cat = 'earnings' THEN amount ELSE 0 END) FROM py",
    "s7-055": "SELECT avg(s) FROM (SELECT emp, pd, sum(amount) AS s FROM py GROUP BY 1, 2)",
    "s7-056": median("SELECT sum(amount) AS x FROM py WHERE substr(pd, 1, 7) = '2025-06' GROUP BY emp"),
    "s7-057": "SELECT sum(amount) FROM py WHERE substr(pd, 1, 7) = '2024-12' AND el = 'bonus'",
    "s7-058": "SELECT sum(amount) FROM py WHERE yr = '2024' AND el = 'commission'",
    "s7-059": "SELECT 100.0 * (sum(CASE WHEN yr = '2025' THEN amount END) / sum(CASE WHEN yr = '2024' THEN amount END)"
              " - 1) FROM py WHERE cat = 'earnings' AND mon <= 3",
    "s7-061": "SELECT count(DISTINCT emp) FROM py WHERE substr(pd, 1, 7) = '2024-03' AND el = 'overtime' "
              "AND amount > 0",
    "s7-062": "SELECT sum(amount) / sum(hours) FROM py WHERE el = 'overtime' AND dept = 'operations'",
    "s7-063": "SELECT emp, sum(hours) AS h FROM py WHERE yr = '2024' AND el = 'overtime' GROUP BY 1 "
              "ORDER BY h DESC LIMIT 1",
    "s7-064": "SELECT -sum(amount) FROM py WHERE yr = '2024' AND el = 'pension' AND dept = 'engineering'",
    "s7-065": "SELECT sum(CASE WHEN substr(pd, 1, 7) = '2024-05' THEN amount ELSE 0 END) "
              "- sum(CASE WHEN substr(pd, 1, 7) = '2025-05' THEN amount ELSE 0 END) FROM py",
    # museum
    "s7-066": "SELECT sum(v) FROM mu WHERE substr(d, 1, 4) = '2024'",
    "s7-067": "SELECT sum(v) FROM mu WHERE site = 'maritime museum' AND substr(d, 1, 7) = '2024-08'",
    "s7-068": "SELECT site, sum(v) AS s FROM mu WHERE substr(d, 1, 4) = '2024' GROUP BY 1 ORDER BY s LIMIT 1",
    "s7-069": "SELECT 100.0 * (sum(CASE WHEN substr(d, 1, 4) = '2024' THEN v END) "
              "* 1.0 / sum(CASE WHEN substr(d, 1, 4) = '2023' THEN v END) - 1) FROM mu",
    "s7-070": "SELECT site, 100.0 * (sum(CASE WHEN substr(d, 1, 4) = '2024' THEN v END) "
              "* 1.0 / sum(CASE WHEN substr(d, 1, 4) = '2023' THEN v END) - 1) AS g FROM mu GROUP BY 1 "
              "ORDER BY g DESC LIMIT 1",
    "s7-071": f"SELECT {WEEKDAY.format(d='d')}, sum(v) AS s FROM mu GROUP BY 1 ORDER BY s DESC LIMIT 1",
    "s7-073": "SELECT sum(school) FROM mu WHERE site = 'science centre' AND substr(d, 1, 4) = '2024'",
    "s7-074": "SELECT 100.0 * sum(mem) / sum(v) FROM mu WHERE substr(d, 1, 4) = '2024'",
    "s7-075": "SELECT sum(shop) / sum(v) FROM mu WHERE site = 'natural history museum'",
    "s7-076": "SELECT sum(shop) FROM mu WHERE substr(d, 1, 7) BETWEEN '2024-07' AND '2024-09'",
    "s7-077": "SELECT count(*) FROM mu WHERE site = 'old mill' AND NOT isopen AND substr(d, 1, 4) = '2024'",
    "s7-078": "SELECT count(*) FROM mu WHERE site = 'natural history museum' AND v > 2500",
    "s7-079": "SELECT avg(v) FROM mu WHERE site = 'city art gallery' AND isopen AND substr(d, 1, 4) = '2024'",
    "s7-080": median("SELECT v AS x FROM mu WHERE site = 'science centre' AND isopen AND substr(d, 1, 4) = '2024'"),
    "s7-081": "SELECT avg(dwell) FROM mu WHERE site = 'science centre'",
    "s7-082": "SELECT count(*) FROM mu WHERE isopen AND dwell IS NULL",
    "s7-083": "SELECT sum(tours) FROM mu WHERE substr(d, 1, 7) BETWEEN '2024-06' AND '2024-08'",
    "s7-084": "SELECT 100.0 * sum(CASE WHEN wd IN ('Sat', 'Sun') THEN v ELSE 0 END) / sum(v) FROM mu "
              "WHERE substr(d, 1, 4) = '2024'",
    "s7-085": "SELECT d, v FROM mu WHERE site = 'natural history museum' ORDER BY v DESC LIMIT 1",
    "s7-086": "SELECT sum(v) FROM mu WHERE d = '2024-12-24'",
    "s7-087": "SELECT site, 100.0 * sum(school) / sum(v) AS r FROM mu GROUP BY 1 ORDER BY r DESC LIMIT 1",
    # fuel
    "s7-088": "SELECT sum(total) FROM fu",
    "s7-089": "SELECT sum(litres) FROM fu WHERE fuel = 'diesel'",
    "s7-090": "SELECT sum(total) / sum(litres) FROM fu WHERE fuel = 'diesel' AND mon = 3",
    "s7-091": "SELECT veh, sum(total) AS s FROM fu GROUP BY 1 ORDER BY s DESC LIMIT 1",
    "s7-092": "SELECT driver, count(*) AS n FROM fu WHERE total > 0 GROUP BY 1 ORDER BY n DESC LIMIT 1",
    "s7-094": "SELECT count(*) FROM fu WHERE total < 0",
    "s7-095": "SELECT -sum(total) FROM fu WHERE total < 0",
    "s7-096": "SELECT avg(litres) FROM fu WHERE fuel = 'diesel' AND total > 0",
    "s7-097": "SELECT count(*) FROM fu WHERE fuel = 'adblue'",
    "s7-098": "SELECT sum(CASE WHEN mon = 1 THEN total END) / sum(CASE WHEN mon = 1 THEN litres END) "
              "- sum(CASE WHEN mon = 12 THEN total END) / sum(CASE WHEN mon = 12 THEN litres END) "
              "FROM fu WHERE fuel = 'diesel'",
    "s7-099": "SELECT sum(CASE WHEN mon BETWEEN 4 AND 6 THEN total ELSE 0 END) "
              "- sum(CASE WHEN mon <= 3 THEN total ELSE 0 END) FROM fu",
    "s7-100": "SELECT printf('%02d:00', hr), count(*) AS n FROM fu GROUP BY 1 ORDER BY n DESC LIMIT 1",
    "s7-101": "SELECT count(*) FROM fu WHERE strftime('%w', t) IN ('0', '6')",
    "s7-102": "SELECT 100.0 * sum(full) / count(full) FROM fu",
    "s7-103": "SELECT sum(litres) FROM fu WHERE driver = 'frank doyle' AND fuel = 'diesel'",
    "s7-104": "SELECT sum(total) FROM fu WHERE fuel = 'petrol'",
    "s7-105": "SELECT station, sum(total) / sum(litres) AS p FROM fu WHERE fuel = 'diesel' GROUP BY 1 "
              "ORDER BY p LIMIT 1",
    "s7-106": "SELECT count(DISTINCT veh) FROM fu",
    "s7-107": "SELECT max(total) FROM fu",
    "s7-108": "SELECT max(odo) - min(odo) FROM fu WHERE veh = 'lm22 ftr'",
    # expenses
    "s7-109": "SELECT sum(amount) FROM ex WHERE status = 'approved' AND yr = '2024'",
    "s7-110": "SELECT avg(hours) / 24 FROM ex WHERE status = 'approved' AND hours IS NOT NULL",
    "s7-111": median("SELECT hours AS x FROM ex WHERE hours IS NOT NULL"),
    "s7-112": "SELECT count(*) FROM ex WHERE status = 'approved' AND hours > 168",
    "s7-113": "SELECT cat, sum(amount) AS s FROM ex WHERE status = 'approved' GROUP BY 1 ORDER BY s DESC LIMIT 1",
    "s7-114": "SELECT count(*) FROM ex WHERE receipt = 0",
    "s7-115": "SELECT 100.0 * sum(status = 'rejected') / count(*) FROM ex WHERE hours IS NOT NULL",
    "s7-116": "SELECT emp, sum(amount) AS s FROM ex WHERE status = 'approved' AND yr = '2024' GROUP BY 1 "
              "ORDER BY s DESC LIMIT 1",
    "s7-117": "SELECT group_concat(emp, '|') FROM (SELECT emp, count(*) AS n FROM ex GROUP BY 1 ORDER BY n DESC "
              "LIMIT 3)",
    "s7-118": "SELECT avg(amount) FROM ex WHERE cat = 'meals'",
    "s7-119": "SELECT count(*) FROM ex WHERE status = 'pending'",
    "s7-120": "SELECT dept, sum(amount) AS s FROM ex WHERE status = 'approved' AND yr = '2024' AND cat = 'travel' "
              "GROUP BY 1 ORDER BY s DESC LIMIT 1",
    "s7-122": "SELECT count(*) FROM ex WHERE strftime('%w', sub) IN ('0', '6')",
    "s7-123": "SELECT sum(amount) FROM ex WHERE cat = 'mileage' AND yr = '2025' AND mon <= 3",
    "s7-124": "SELECT 100.0 * (sum(CASE WHEN yr = '2025' THEN amount END) / sum(CASE WHEN yr = '2024' THEN amount END)"
              " - 1) FROM ex WHERE cat = 'travel' AND mon <= 3",
    "s7-125": "SELECT count(*) FROM ex WHERE amount > 1000",
    "s7-126": "SELECT count(*) FROM (SELECT emp, sum(amount) AS s FROM ex WHERE yr = '2024' GROUP BY 1) "
              "WHERE s > 20000",
    "s7-127": "SELECT sum(amount) FROM ex WHERE status = 'approved' AND emp = 'hannah reid'",
    "s7-128": "SELECT -sum(amount) FROM ex WHERE amount < 0",
    "s7-129": "SELECT count(*) FROM ex WHERE status = 'approved' AND hours <= 24",
    "s7-130": "SELECT cat, 100.0 * sum(receipt = 0) / count(receipt) AS r FROM ex GROUP BY 1 ORDER BY r DESC LIMIT 1",
}


def main():
    db = sqlite3.connect(":memory:")
    for p in sorted(DATA.glob("*.csv")):
        load(db, p.name)
    for v in VIEWS:
        db.execute(v)
    truths = {q["id"]: q["truth"] for q in json.loads((HERE / "questions.json").read_text(encoding="utf-8"))}
    bad = 0
    for qid, sql in CHECKS.items():
        row = db.execute(sql).fetchone()
        want = truths[qid]
        if "labels" in want:
            got = sorted(x.casefold() for x in row[0].split("|"))
            ok = got == sorted(x.casefold() for x in want["labels"])
            shown = f"sql={got}  truth={want['labels']}"
        elif isinstance(row[0], str):
            labels = [x.casefold() for x in want["label"]]
            ok = row[0].casefold() in labels
            if ok and len(row) > 1 and "number" in want:
                ok = abs(row[1] - want["number"]) <= 0.01 + 1e-9 * abs(want["number"])
            shown = f"sql={row[0]!r}{'' if len(row) < 2 else f' {row[1]:.4f}'}  truth={want}"
        else:
            ok = abs(row[0] - want["number"]) <= 0.01 + 1e-9 * abs(want["number"])
            shown = f"sql={row[0]:.4f}  truth={want['number']}"
        bad += not ok
        print(f"{qid}  {'ok ' if ok else 'MISMATCH'}  {shown}")
    print(f"{len(CHECKS) - bad} of {len(CHECKS)} agree")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
