#!/usr/bin/env python3
"""Held-out set 4: a second, independent computation of some truths, in SQL (sqlite3).

    python3 tests/heldout/set4/crosscheck.py

Loads the raw CSVs as text into an in-memory SQLite database, cleans them with SQL expressions only
(no code shared with truths.py) and compares a sample of answers with questions.json. Exit 1 on a mismatch.
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
    table = name[:-4]
    cols = ", ".join(f'"{c}" TEXT' for c in rows[0])
    db.execute(f'CREATE TABLE "{table}" ({cols})')
    db.executemany(f'INSERT INTO "{table}" VALUES ({", ".join("?" * len(rows[0]))})', rows[1:])


def fold(col):
    # strip, collapse a doubled space, drop a trailing period, lower-case
    return f"lower(trim(rtrim(trim(replace({col}, '  ', ' ')), '.')))"


def money(col):
    return f"CAST(replace(replace(trim({col}), '$', ''), ',', '') AS REAL)"


def missing(col):
    return f"lower(trim({col})) IN ('', 'n/a', 'na', '-', 'none', 'null')"


def yes(col):
    return f"({fold(col)} IN ('yes', 'y'))"


def dmy(col):
    """dd/mm/yyyy -> yyyy-mm-dd"""
    return f"(substr({col}, 7, 4) || '-' || substr({col}, 4, 2) || '-' || substr({col}, 1, 2))"


def race_minutes(col):
    """h:mm:ss or m:ss -> minutes (only for rows that are not DNF / DNS)."""
    t = f"trim({col})"
    two = f"(length({t}) - length(replace({t}, ':', ''))) = 1"
    # m:ss
    ms = (f"(CAST(substr({t}, 1, instr({t}, ':') - 1) AS REAL) + "
          f"CAST(substr({t}, instr({t}, ':') + 1) AS REAL) / 60.0)")
    # h:mm:ss (the hour is one digit)
    hms = (f"(CAST(substr({t}, 1, 1) AS REAL) * 60 + CAST(substr({t}, 3, 2) AS REAL) "
           f"+ CAST(substr({t}, 6, 2) AS REAL) / 60.0)")
    return f"(CASE WHEN {two} THEN {ms} ELSE {hms} END)"


FINISHED = "upper(trim(finish_time)) NOT IN ('DNF', 'DNS')"
STAY_MIN = "((julianday(replace(exit_time, 'T', ' ')) - julianday(replace(entry_time, 'T', ' '))) * 1440.0)"
KG = money("kg_picked")
REV = f"({money('kg_picked')} * {money('price_per_kg')})"
LB = "loans l JOIN books b ON trim(b.book_id) = trim(l.book_id)"

CHECKS = {
    # loans + books
    "s4-001": "SELECT count(*) FROM loans WHERE substr(checkout_date, 4, 7) = '03/2024'",
    "s4-006": f"SELECT avg(julianday({dmy('returned_date')}) - julianday({dmy('checkout_date')})) FROM loans "
              f"WHERE NOT {missing('returned_date')}",
    "s4-008": f"SELECT 100.0 * sum({dmy('returned_date')} > {dmy('due_date')}) / count(*) FROM loans "
              f"WHERE {fold('format')} = 'print' AND NOT {missing('returned_date')}",
    "s4-009": f"SELECT sum({money('late_fee')}) FROM loans WHERE NOT {missing('late_fee')}",
    "s4-011": "SELECT count(*) FROM (SELECT member_id FROM loans GROUP BY member_id HAVING count(*) > 30)",
    "s4-014": "SELECT count(*) FROM books WHERE book_id NOT IN (SELECT book_id FROM loans)",
    "s4-016": f"SELECT count(*) FROM {LB} WHERE {fold('l.branch')} = 'northside' AND {fold('b.genre')} = 'mystery'",
    "s4-020": f"SELECT count(*) FROM {LB} WHERE CAST(b.year_published AS INT) < 2000",
    "s4-022": f"SELECT count(*) FROM loans WHERE {fold('branch')} = 'harbourview' AND {fold('format')} <> 'ebook'",
    # vet_visits (mm/dd/yyyy hh:mm)
    "s4-023": f"SELECT sum({money('fee')}) FROM vet_visits WHERE substr(appointment_time, 1, 2) IN ('07', '08', '09') "
              f"AND NOT {missing('fee')}",
    "s4-024": f"SELECT avg({money('fee')}) FROM vet_visits WHERE {fold('visit_type')} = 'dental' "
              f"AND {fold('status')} = 'completed'",
    "s4-026": f"SELECT 100.0 * sum({fold('status')} = 'no-show') / count(*) FROM vet_visits",
    "s4-030": "SELECT count(DISTINCT trim(pet_id)) FROM vet_visits",
    "s4-033": f"SELECT 100.0 * sum(CASE WHEN {fold('visit_type')} = 'emergency' THEN {money('fee')} ELSE 0 END) "
              f"/ sum({money('fee')}) FROM vet_visits WHERE NOT {missing('fee')}",
    "s4-034": f"SELECT 100.0 * sum(ins) / count(*) FROM (SELECT pet_id, max({yes('insured')}) AS ins "
              f"FROM vet_visits GROUP BY pet_id)",
    "s4-040": f"SELECT count(*) FROM vet_visits WHERE NOT {missing('fee')} AND {money('fee')} > 1000",
    "s4-042": f"SELECT sum({money('fee')}) FROM vet_visits WHERE {fold('species')} = 'dog' "
              f"AND substr(appointment_time, 1, 2) = '10' AND NOT {missing('fee')}",
    # solar_daily (pre-aggregated)
    "s4-045": f"SELECT sum({money('energy_kwh')}) FROM solar_daily WHERE substr(date, 1, 7) = '2024-06'",
    "s4-047": f"SELECT 100.0 * sum({money('energy_kwh')}) / sum(CAST(expected_kwh AS REAL)) FROM solar_daily",
    "s4-050": f"SELECT 100.0 * avg(CAST(availability AS REAL)) FROM solar_daily WHERE {fold('site')} = 'red hill'",
    "s4-056": f"SELECT count(*) FROM (SELECT date, sum({money('energy_kwh')}) AS e FROM solar_daily GROUP BY date) "
              f"WHERE e > 225000",
    "s4-061": f"SELECT sum({money('revenue')}) / (sum({money('energy_kwh')}) / 1000.0) FROM solar_daily",
    "s4-065": f"SELECT sum({money('revenue')}) FROM solar_daily WHERE {fold('site')} <> 'red hill'",
    "s4-066": "SELECT sum(c) FROM (SELECT DISTINCT array_id, CAST(capacity_kw AS REAL) AS c FROM solar_daily)",
    # race_results
    "s4-067": f"SELECT count(*) FROM race_results WHERE {fold('distance')} = 'marathon' "
              f"AND substr(event_date, -4) = '2024' AND {FINISHED}",
    "s4-070": f"SELECT 100.0 * sum(upper(trim(finish_time)) = 'DNF') / count(*) FROM race_results "
              f"WHERE {fold('distance')} = 'marathon' AND upper(trim(finish_time)) <> 'DNS'",
    "s4-072": f"SELECT 100.0 * sum({fold('gender')} IN ('f', 'female')) / count(*) FROM race_results WHERE {FINISHED}",
    "s4-074": f"SELECT count(*) FROM race_results WHERE {fold('distance')} = 'marathon' AND {FINISHED} "
              f"AND {race_minutes('finish_time')} < 240",
    "s4-077": f"SELECT count(*) FROM race_results WHERE {fold('distance')} = '10k' AND substr(event_date, -4) = '2024' "
              f"AND {FINISHED} AND {race_minutes('finish_time')} < 50",
    "s4-081": f"SELECT avg(CASE WHEN {fold('gender')} IN ('f', 'female') THEN {race_minutes('finish_time')} END) "
              f"- avg(CASE WHEN {fold('gender')} IN ('m', 'male') THEN {race_minutes('finish_time')} END) "
              f"FROM race_results WHERE {fold('distance')} = '10k' AND substr(event_date, -4) = '2024' AND {FINISHED}",
    # parking (ISO with T)
    "s4-088": f"SELECT sum({money('amount_paid')}) FROM parking WHERE substr(entry_time, 1, 7) = '2024-03'",
    "s4-089": f"SELECT avg({STAY_MIN}) FROM parking",
    "s4-095": f"SELECT sum({yes('fine_issued')}) FROM parking",
    "s4-097": f"SELECT avg({money('amount_paid')}) FROM parking WHERE {fold('zone')} = 'beachfront' "
              f"AND {fold('payment_method')} <> 'permit'",
    "s4-100": "SELECT count(*) FROM (SELECT plate FROM parking GROUP BY trim(plate) HAVING count(*) > 20)",
    "s4-107": f"SELECT sum({STAY_MIN}) / 60.0 FROM parking WHERE {fold('zone')} = 'hospital' "
              f"AND substr(entry_time, 1, 7) = '2024-06'",
    # harvests (dd/mm/yyyy)
    "s4-109": f"SELECT sum({KG}) FROM harvests WHERE substr(pick_date, 7, 4) = '2024'",
    "s4-112": f"SELECT sum({REV}) FROM harvests WHERE substr(pick_date, 7, 4) = '2023'",
    "s4-113": f"SELECT 100.0 * sum({KG} * CAST(grade_a_share AS REAL)) / sum({KG}) FROM harvests",
    "s4-119": f"SELECT count(*) FROM (SELECT field, sum({KG}) AS k FROM harvests WHERE substr(pick_date, 7, 4) = '2024' "
              f"GROUP BY trim(field)) WHERE k > 40000",
    "s4-121": f"SELECT 100.0 * sum(CASE WHEN {yes('organic')} THEN {REV} ELSE 0 END) / sum({REV}) FROM harvests "
              f"WHERE substr(pick_date, 7, 4) = '2024'",
    "s4-124": f"SELECT sum({KG}) FROM harvests WHERE substr(pick_date, 7, 4) = '2024' AND {fold('crop')} <> 'apples'",
}


def main():
    db = sqlite3.connect(":memory:")
    for p in sorted(DATA.glob("*.csv")):
        load(db, p.name)
    truths = {q["id"]: q["truth"] for q in json.loads((HERE / "questions.json").read_text(encoding="utf-8"))}
    bad = 0
    for qid, sql in CHECKS.items():
        got = db.execute(sql).fetchone()[0]
        want = truths[qid]["number"]
        ok = abs(got - want) <= 0.01 + 1e-9 * abs(want)
        bad += not ok
        print(f"{qid}  {'ok ' if ok else 'MISMATCH'}  sql={got:.4f}  truth={want}")
    print(f"{len(CHECKS) - bad} of {len(CHECKS)} agree")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
