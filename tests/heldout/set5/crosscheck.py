#!/usr/bin/env python3
"""Held-out set 5: a second, independent computation of some truths, in SQL (sqlite3).

    python3 tests/heldout/set5/crosscheck.py

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


# screenings.starts_at is dd/mm/yyyy hh:mm; water_samples.sampled_on is mm/dd/yyyy;
# pledges.pledged_at is yyyy-mm-dd hh:mm:ss; network_months.month is yyyy-mm.
SC_ISO = "(substr(s.starts_at, 7, 4) || '-' || substr(s.starts_at, 4, 2) || '-' || substr(s.starts_at, 1, 2))"
SC_JOIN = "screenings s JOIN films f ON trim(f.film_code) = trim(s.film_code)"
W_ISO = "(substr(sampled_on, 7, 4) || '-' || substr(sampled_on, 1, 2) || '-' || substr(sampled_on, 4, 2))"
YES = f"{fold('compliant')} IN ('yes', 'y')"
NO = f"{fold('compliant')} IN ('no', 'n')"
AMT = money('amount')
# appointments.scheduled_at is dd-Mon-yyyy hh:mm; fee is in pounds
FEE = "CAST(replace(replace(trim(fee), '\u00a3', ''), ',', '') AS REAL)"
MON_NO = "((instr('JanFebMarAprMayJunJulAugSepOctNovDec', substr(scheduled_at, 4, 3)) + 2) / 3)"
A_ISO = f"(substr(scheduled_at, 8, 4) || '-' || printf('%02d', {MON_NO}) || '-' || substr(scheduled_at, 1, 2))"
ATTENDED = f"{fold('status')} = 'attended'"

CHECKS = {
    # screenings + films
    "s5-001": f"SELECT sum({money('gross')}) FROM screenings WHERE substr(starts_at, 4, 7) = '03/2024'",
    "s5-006": f"SELECT avg(CAST(tickets_sold AS INT)) FROM screenings WHERE {fold('screen')} = 'gold lounge'",
    "s5-007": "SELECT 100.0 * sum(CAST(tickets_sold AS INT)) / sum(CAST(seats AS INT)) FROM screenings",
    "s5-009": "SELECT count(*) FROM screenings WHERE CAST(tickets_sold AS INT) < 10",
    "s5-010": f"SELECT 100.0 * sum(CASE WHEN {fold('format')} = 'imax' THEN {money('gross')} ELSE 0 END) "
              f"/ sum({money('gross')}) FROM screenings",
    "s5-011": f"SELECT sum({money('concessions')}) FROM screenings WHERE NOT {missing('concessions')}",
    "s5-012": f"SELECT count(*) FROM screenings WHERE {missing('concessions')}",
    "s5-013": "SELECT count(DISTINCT trim(film_code)) FROM screenings WHERE substr(starts_at, 4, 7) = '05/2024'",
    "s5-014": f"SELECT sum({money('gross')}) / sum(CAST(tickets_sold AS INT)) FROM screenings",
    "s5-017": f"SELECT sum(CAST(s.tickets_sold AS INT)) FROM {SC_JOIN} WHERE {fold('f.genre')} = 'family' "
              f"AND strftime('%w', {SC_ISO}) IN ('0', '6')",
    "s5-019": f"SELECT count(*) FROM (SELECT film_code, sum({money('gross')}) AS g FROM screenings "
              f"GROUP BY trim(film_code)) WHERE g > 100000",
    "s5-022": f"SELECT sum(CAST(tickets_sold AS INT)) FROM screenings s WHERE strftime('%w', {SC_ISO}) = '2'",
    "s5-089": "SELECT avg(CAST(trim(replace(runtime, 'min', '')) AS REAL)) FROM films",
    "s5-090": f"SELECT sum({money('s.gross')}) FROM {SC_JOIN} WHERE {fold('f.genre')} = 'documentary'",
    # water_samples
    "s5-024": "SELECT count(*) FROM water_samples WHERE substr(sampled_on, 7, 4) = '2024'",
    "s5-025": f"SELECT 100.0 * sum({YES}) / count(*) FROM water_samples",
    "s5-029": f"SELECT count(*) FROM water_samples WHERE NOT {missing('ecoli_per_100ml')} "
              f"AND CAST(ecoli_per_100ml AS REAL) > 0",
    "s5-030": f"SELECT count(*) FROM water_samples WHERE {missing('turbidity_ntu')}",
    "s5-032": f"SELECT 100.0 * sum({YES}) / count(*) FROM water_samples WHERE {fold('zone')} = 'north' "
              f"AND substr(sampled_on, 7, 4) = '2024'",
    "s5-033": f"SELECT count(*) FROM water_samples WHERE NOT {missing('turbidity_ntu')} "
              f"AND CAST(turbidity_ntu AS REAL) > 3",
    "s5-040": f"SELECT count(*) FROM (SELECT {fold('site')} AS k, count(*) AS n FROM water_samples "
              f"WHERE {NO} AND substr(sampled_on, 7, 4) = '2024' GROUP BY k) WHERE n > 12",
    "s5-042": f"SELECT count(*) FROM water_samples WHERE {fold('zone')} <> 'east'",
    "s5-091": f"SELECT count(*) FROM water_samples WHERE strftime('%w', {W_ISO}) = '5'",
    # pledges
    "s5-045": f"SELECT sum({AMT}) FROM pledges",
    "s5-046": f"SELECT -sum({AMT}) FROM pledges WHERE {AMT} < 0",
    "s5-049": f"SELECT count(*) FROM pledges WHERE {AMT} > 0 AND substr(pledged_at, 1, 7) = '2024-04'",
    "s5-050": f"SELECT avg({AMT}) FROM pledges WHERE {AMT} > 0",
    "s5-053": f"SELECT 100.0 * sum(CASE WHEN {fold('backer_country')} = 'united states' THEN {AMT} ELSE 0 END) "
              f"/ sum({AMT}) FROM pledges",
    "s5-055": f"SELECT sum({AMT} * CAST(fee_rate AS REAL)) FROM pledges WHERE {AMT} > 0",
    "s5-057": f"SELECT count(*) FROM pledges WHERE {fold('anonymous')} IN ('yes', 'y')",
    "s5-059": f"SELECT count(*) FROM (SELECT {fold('campaign')} AS k, sum({AMT}) AS t FROM pledges GROUP BY k) "
              f"WHERE t > 8000",
    "s5-063": f"SELECT 100.0 * sum({AMT} < 0) / sum({AMT} > 0) FROM pledges",
    "s5-093": f"SELECT sum({AMT}) FROM pledges WHERE {AMT} > 0 AND CAST(substr(pledged_at, 12, 2) AS INT) >= 18",
    # network_months (pre-aggregated)
    "s5-067": f"SELECT sum(CAST(data_gb AS REAL)) FROM network_months WHERE substr(month, 1, 4) = '2024' "
              f"AND NOT {missing('data_gb')}",
    "s5-068": "SELECT 100.0 * sum(CAST(calls_dropped AS INT)) / sum(CAST(calls_attempted AS INT)) "
              "FROM network_months WHERE substr(month, 1, 4) = '2024'",
    "s5-070": f"SELECT sum({money('revenue')}) / sum(CAST(subscribers AS INT)) FROM network_months "
              f"WHERE substr(month, 1, 4) = '2024'",
    "s5-072": "SELECT sum(CAST(subscribers AS INT)) FROM network_months WHERE month = '2024-12'",
    "s5-074": f"SELECT 100.0 * (sum(CASE WHEN month LIKE '2024-%' THEN {money('revenue')} END) "
              f"/ sum(CASE WHEN month LIKE '2023-%' THEN {money('revenue')} END) - 1) FROM network_months",
    "s5-076": "SELECT sum(CAST(subscribers AS INT) * CAST(share_5g AS REAL)) FROM network_months "
              "WHERE month = '2024-12'",
    "s5-077": "SELECT 100.0 * sum(CAST(churned AS INT)) / sum(CAST(subscribers AS INT)) FROM network_months "
              "WHERE substr(month, 1, 4) = '2024'",
    "s5-082": f"SELECT count(*) FROM (SELECT {fold('region')} AS k, sum(CAST(subscribers AS INT)) AS n "
              f"FROM network_months WHERE month = '2024-12' GROUP BY k) WHERE n > 4000",
    "s5-084": f"SELECT sum(CAST(churned AS INT)) FROM network_months WHERE substr(month, 1, 4) = '2024' "
              f"AND {fold('plan')} NOT LIKE 'prepaid%'",
    "s5-087": f"SELECT sum({money('revenue')}) FROM network_months WHERE substr(month, 1, 4) = '2024' "
              f"AND {fold('region')} LIKE 'metro%'",
    # appointments
    "s5-097": f"SELECT sum({FEE}) FROM appointments WHERE substr(scheduled_at, 4, 3) = 'Mar' AND NOT {missing('fee')}",
    "s5-098": f"SELECT 100.0 * sum({fold('status')} = 'no-show') / count(*) FROM appointments",
    "s5-101": f"SELECT count(DISTINCT trim(patient_id)) FROM appointments WHERE {ATTENDED}",
    "s5-102": f"SELECT sum({FEE} * CAST(insurer_share AS REAL)) FROM appointments WHERE {ATTENDED}",
    "s5-105": "SELECT count(*) FROM appointments WHERE CAST(substr(scheduled_at, 13, 2) AS INT) < 9",
    "s5-108": f"SELECT count(*) FROM (SELECT patient_id, count(*) AS n FROM appointments WHERE {ATTENDED} "
              f"GROUP BY trim(patient_id)) WHERE n > 5",
    "s5-110": f"SELECT count(*) FROM appointments WHERE {fold('clinician')} = 'dr. amara lee' "
              f"AND {fold('status')} = 'cancelled'",
    "s5-114": f"SELECT avg({FEE}) FROM appointments WHERE {ATTENDED} AND {fold('treatment')} <> 'whitening'",
    "s5-115": f"SELECT count(*) FROM appointments WHERE strftime('%w', {A_ISO}) = '6'",
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
