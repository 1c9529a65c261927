#!/usr/bin/env python3
"""Held-out set 3: a second, independent computation of some truths, in SQL (sqlite3).

    python3 tests/heldout/set3/crosscheck.py

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


def hours(col):
    return (f"(CAST(substr({col}, 1, instr({col}, ':') - 1) AS REAL) "
            f"+ CAST(substr({col}, instr({col}, ':') + 1) AS REAL) / 60.0)")


# pos_lines.opened_at is dd/mm/yyyy hh:mm; applications.applied_on is dd/mm/yyyy;
# meter_bills.bill_date and claims.lodged_on are mm/dd/yyyy; the rest is ISO.
POS_ISO = "(substr(l.opened_at, 7, 4) || '-' || substr(l.opened_at, 4, 2) || '-' || substr(l.opened_at, 1, 2))"
LINE_SALES = f"(CAST(l.qty AS INT) * {money('m.price')})"
POS_JOIN = "pos_lines l JOIN menu m ON trim(m.item_code) = trim(l.item_code)"

CHECKS = {
    # pos_lines + menu
    "s3-001": f"SELECT sum({LINE_SALES}) FROM {POS_JOIN} WHERE substr(l.opened_at, 4, 7) = '04/2024'",
    "s3-007": f"SELECT sum({LINE_SALES}) / count(DISTINCT l.ticket_no) FROM {POS_JOIN}",
    "s3-008": f"SELECT 100.0 * sum(CASE WHEN {fold('l.channel')} = 'delivery' THEN {LINE_SALES} ELSE 0 END) "
              f"/ sum({LINE_SALES}) FROM {POS_JOIN}",
    "s3-010": f"SELECT -sum({LINE_SALES}) FROM {POS_JOIN} WHERE CAST(l.qty AS INT) < 0",
    "s3-011": f"SELECT sum(CAST(l.qty AS INT)) FROM {POS_JOIN} WHERE {fold('m.category')} = 'desserts' "
              f"AND substr(l.opened_at, 4, 7) = '04/2024'",
    "s3-017": f"SELECT sum({LINE_SALES}) FROM {POS_JOIN} WHERE {fold('m.category')} = 'pizza' "
              f"AND strftime('%w', {POS_ISO}) IN ('0', '6')",
    "s3-022": f"SELECT count(*) FROM (SELECT l.ticket_no, sum({LINE_SALES}) AS s FROM {POS_JOIN} "
              f"GROUP BY l.ticket_no) WHERE s > 200",
    # meter_bills
    "s3-023": f"SELECT sum(CAST(kwh_used AS REAL)) FROM meter_bills WHERE substr(bill_date, 7, 4) = '2024' "
              f"AND NOT {missing('kwh_used')}",
    "s3-026": f"SELECT sum({money('amount_due')}) FROM meter_bills WHERE substr(bill_date, 7, 4) = '2024'",
    "s3-028": f"SELECT -sum({money('amount_due')}) FROM meter_bills WHERE {money('amount_due')} < 0",
    "s3-035": f"SELECT count(*) FROM (SELECT household_id, sum(CAST(kwh_used AS REAL)) AS k FROM meter_bills "
              f"WHERE substr(bill_date, 7, 4) = '2024' AND NOT {missing('kwh_used')} GROUP BY household_id) "
              f"WHERE k > 9000",
    "s3-043": f"SELECT sum(CAST(kwh_used AS REAL) * CAST(peak_share AS REAL)) FROM meter_bills "
              f"WHERE substr(bill_date, 7, 4) = '2024' AND NOT {missing('kwh_used')}",
    # applications
    "s3-045": "SELECT count(*) FROM applications WHERE substr(applied_on, 7, 4) = '2024'",
    "s3-047": f"SELECT 100.0 * sum({fold('status')} = 'hired') / count(*) FROM applications",
    "s3-050": f"SELECT avg({money('expected_salary')}) FROM applications WHERE {fold('department')} = 'engineering' "
              f"AND NOT {missing('expected_salary')}",
    "s3-063": f"SELECT count(*) FROM applications WHERE NOT {missing('expected_salary')} "
              f"AND {money('expected_salary')} > 120000",
    # route_days (pre-aggregated)
    "s3-066": "SELECT sum(CAST(trips_operated AS INT)) FROM route_days WHERE substr(service_date, 1, 4) = '2024'",
    "s3-067": "SELECT sum(CAST(trips_scheduled AS INT) - CAST(trips_operated AS INT)) FROM route_days",
    "s3-068": "SELECT 100.0 * sum(CAST(trips_on_time AS INT)) / sum(CAST(trips_operated AS INT)) FROM route_days",
    "s3-072": f"SELECT 1.0 * sum(CAST(boardings AS INT)) / sum(CAST(trips_operated AS INT)) FROM route_days "
              f"WHERE {fold('route')} = 'airport link'",
    "s3-084": "SELECT 1.0 * sum(CAST(boardings AS INT)) / count(DISTINCT service_date) FROM route_days "
              "WHERE strftime('%w', service_date) = '6'",
    # incidents
    "s3-089": f"SELECT avg({hours('time_to_resolve')}) FROM incidents WHERE {fold('priority')} = 'p1' "
              f"AND NOT {missing('time_to_resolve')}",
    "s3-090": f"SELECT 100.0 * sum({fold('sla_breached')} = 'yes') / count(*) FROM incidents",
    "s3-093": f"SELECT count(*) FROM incidents WHERE NOT {missing('time_to_resolve')} "
              f"AND {hours('time_to_resolve')} > 24",
    "s3-096": "SELECT 100.0 * (sum(substr(opened_at, 1, 7) IN ('2025-01', '2025-02', '2025-03')) * 1.0 "
              "/ sum(substr(opened_at, 1, 7) IN ('2024-01', '2024-02', '2024-03')) - 1) FROM incidents",
    "s3-102": f"SELECT sum(CAST(users_affected AS INT)) FROM incidents WHERE substr(opened_at, 1, 4) = '2024' "
              f"AND NOT {missing('users_affected')}",
    # claims
    "s3-108": f"SELECT sum({money('claimed_amount')}) FROM claims WHERE substr(lodged_on, 7, 4) = '2024'",
    "s3-111": f"SELECT count(*) FROM claims WHERE {money('claimed_amount')} > 5000",
    "s3-112": f"SELECT 100.0 * sum({money('approved_amount')}) / sum({money('claimed_amount')}) FROM claims "
              f"WHERE {fold('status')} <> 'open'",
    "s3-115": "SELECT count(*) FROM claims WHERE CAST(fraud_score AS REAL) > 0.5",
    "s3-128": f"SELECT sum({money('approved_amount')}) FROM claims WHERE {fold('state')} = 'qld' "
              f"AND substr(lodged_on, 7, 4) = '2024' AND NOT {missing('approved_amount')}",
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
