#!/usr/bin/env python3
"""Held-out set 1: a second, independent computation of some truths, in SQL (sqlite3).

    python3 tests/heldout/set1/crosscheck.py

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
    return f"lower(trim({col})) IN ('', 'n/a', 'na', '-', 'absent', 'none', 'not logged', 'null')"


def hours(col):
    return (f"(CASE WHEN instr({col}, ':') > 0 THEN CAST(substr({col}, 1, instr({col}, ':') - 1) AS REAL) "
            f"+ CAST(substr({col}, instr({col}, ':') + 1) AS REAL) / 60.0 ELSE CAST({col} AS REAL) END)")


# day-first dd/mm/yyyy -> year is the last 4 characters; US mm/dd/yyyy likewise
CHECKS = {
    "s1-001": f"SELECT -sum({money('amount')}) FROM ledger WHERE substr(date, 7, 4) = '2024' AND {money('amount')} < 0",
    "s1-004": f"SELECT -sum({money('amount')}) FROM ledger WHERE substr(date, 7, 4) = '2024' "
              f"AND {fold('category')} = 'groceries' AND {money('amount')} < 0",
    "s1-009": f"SELECT 100.0 * sum(CASE WHEN {fold('category')} = 'rent' THEN {money('amount')} END) "
              f"/ sum({money('amount')}) FROM ledger WHERE substr(date, 7, 4) = '2024' AND {money('amount')} < 0",
    "s1-006": f"SELECT sum({money('amount')}) FROM ledger WHERE substr(date, 7, 4) = '2024'",
    "s1-027": f"SELECT count(*) FROM visits v JOIN clinics c ON c.clinic_id = v.clinic_id "
              f"WHERE {fold('v.status')} = 'completed' GROUP BY trim(c.city) ORDER BY count(*) DESC LIMIT 1",
    "s1-028": f"SELECT avg(CAST(wait_minutes AS REAL)) FROM visits WHERE NOT {missing('wait_minutes')}",
    "s1-033": f"SELECT 100.0 * sum({fold('status')} = 'no-show') / count(*) FROM visits",
    "s1-041": f"SELECT sum({money('v.fee')}) FROM visits v JOIN clinics c ON c.clinic_id = v.clinic_id "
              f"WHERE c.city = 'Port Ellis' AND substr(v.checkin_time, 1, 4) = '2024' AND NOT {missing('v.fee')}",
    "s1-044": f"SELECT count(*) FROM visits v JOIN clinics c ON c.clinic_id = v.clinic_id "
              f"WHERE {fold('c.region')} = 'north' AND substr(v.checkin_time, 1, 4) = '2024'",
    "s1-049": "SELECT 100.0 * sum(CAST(attended AS INT)) / sum(CAST(booked AS INT)) FROM classes",
    "s1-052": f"SELECT sum({hours('duration')}) FROM classes GROUP BY {fold('instructor')} "
              f"ORDER BY 1 DESC LIMIT 1",
    "s1-061": f"SELECT avg(CAST(avg_rating AS REAL)) FROM classes WHERE {fold('class')} = 'pilates' "
              f"AND NOT {missing('avg_rating')}",
    "s1-068": "SELECT 100.0 * sum(CAST(parcels_delivered AS INT)) / sum(CAST(parcels_attempted AS INT)) FROM runs",
    "s1-073": f"SELECT avg(CAST(fuel_litres AS REAL)) FROM runs WHERE NOT {missing('fuel_litres')}",
    "s1-076": f"SELECT sum({hours('shift_hours')}) FROM runs",
    "s1-077": f"SELECT sum(CAST(parcels_delivered AS INT)) / sum({hours('shift_hours')}) FROM runs "
              f"WHERE {fold('depot')} = 'north hub'",
    "s1-087": f"SELECT avg(CAST(score AS REAL)) FROM grades WHERE {fold('subject')} = 'maths' AND NOT {missing('score')}",
    "s1-092": f"SELECT 100.0 * sum(CAST(score AS REAL) >= 50) / count(*) FROM grades "
              f"WHERE {fold('subject')} = 'english' AND NOT {missing('score')}",
    "s1-097": f"SELECT count(*) FROM grades WHERE {missing('score')}",
    "s1-107": f"SELECT sum(CAST(seats AS INT) * {money('price_per_seat')}) FROM invoices "
              f"WHERE substr(invoice_date, 7, 4) = '2024'",
    "s1-110": f"SELECT count(DISTINCT {fold('customer')}) FROM invoices WHERE substr(invoice_date, 7, 4) = '2024'",
    "s1-117": f"SELECT count(*) FROM invoices WHERE CAST(seats AS INT) * {money('price_per_seat')} > 5000",
    "s1-118": f"SELECT 100.0 * (sum(CASE WHEN substr(invoice_date, 7, 4) = '2024' THEN CAST(seats AS INT) * "
              f"{money('price_per_seat')} END) / sum(CASE WHEN substr(invoice_date, 7, 4) = '2023' THEN "
              f"CAST(seats AS INT) * {money('price_per_seat')} END) - 1) FROM invoices WHERE {fold('region')} = 'emea'",
    "s1-123": f"SELECT sum(CAST(seats AS INT) * {money('price_per_seat')}) FROM invoices WHERE {fold('status')} = 'overdue'",
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
