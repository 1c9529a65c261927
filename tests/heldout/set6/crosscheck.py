#!/usr/bin/env python3
"""Held-out set 6: a second, independent computation of some truths, in SQL (sqlite3).

    python3 tests/heldout/set6/crosscheck.py

Loads the raw CSVs as text into an in-memory SQLite database, cleans them with SQL expressions only
(no code shared with truths.py) and compares a sample of answers with questions.json: numbers within
0.01, and for "which" questions the SQL winner against the truth's labels. Exit 1 on a mismatch.
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
    return f"CAST(replace(replace(replace(trim({col}), '$', ''), '£', ''), ',', '') AS REAL)"


def missing(col):
    return f"lower(trim({col})) IN ('', 'n/a', 'na', '-', 'none', 'null')"


# bakery_orders.delivery_date is dd/mm/yyyy (all 2024)
BMONTH = "CAST(substr(o.delivery_date, 4, 2) AS INT)"
BISO = "(substr(o.delivery_date, 7, 4) || '-' || substr(o.delivery_date, 4, 2) || '-' || substr(o.delivery_date, 1, 2))"
BJOIN = "bakery_orders o JOIN products p ON trim(p.product_code) = trim(o.product_code)"
BSALES = f"(CAST(o.cases AS INT) * {money('p.case_price')})"
# bike_trips.started_at is ISO; duration h:mm:ss
SECS = ("(CAST(substr(duration, 1, instr(duration, ':') - 1) AS INT) * 3600 "
        "+ CAST(substr(duration, instr(duration, ':') + 1, 2) AS INT) * 60 "
        "+ CAST(substr(duration, -2) AS INT))")
# shop_ledger.posted_at is dd-Mon-yyyy HH:MM
SYEAR = "substr(posted_at, 8, 4)"
SMON = "substr(posted_at, 4, 3)"
TYPE = fold("type")
# ward_days.date is mm/dd/yyyy
WMONTH = "CAST(substr(date, 1, 2) AS INT)"
# service_requests opened / closed are ISO with a 'T' (julianday reads them)
DAYS = "(julianday(closed) - julianday(opened))"
YES = f"{fold('closed_on_time')} IN ('yes', 'y', 'true')"
NO = f"{fold('closed_on_time')} IN ('no', 'n', 'false')"
# greenhouse_log.reading_time is m/d/yyyy h:mm AM|PM
GMONTH = "CAST(substr(reading_time, 1, instr(reading_time, '/') - 1) AS INT)"
G12 = "CAST(substr(reading_time, instr(reading_time, ' ') + 1, instr(reading_time, ':') - instr(reading_time, ' ') - 1) AS INT)"
GHOUR = f"((({G12}) % 12) + CASE WHEN reading_time LIKE '%PM' THEN 12 ELSE 0 END)"
HUM = "CAST(replace(trim(humidity), '%', '') AS REAL)"
HUM_OK = f"NOT {missing('humidity')}"
WEEKDAY = ("CASE strftime('%w', {d}) WHEN '0' THEN 'sunday' WHEN '1' THEN 'monday' WHEN '2' THEN 'tuesday' "
           "WHEN '3' THEN 'wednesday' WHEN '4' THEN 'thursday' WHEN '5' THEN 'friday' ELSE 'saturday' END")

CHECKS = {
    # bakery_orders + products
    "s6-001": f"SELECT sum({BSALES}) FROM {BJOIN} WHERE {BMONTH} = 6",
    "s6-002": f"SELECT {fold('p.category')}, sum({BSALES}) AS s FROM {BJOIN} GROUP BY 1 ORDER BY s DESC LIMIT 1",
    "s6-004": f"SELECT sum(CAST(o.cases AS INT)) FROM {BJOIN} WHERE p.product_name = 'Hot Cross Buns'",
    "s6-005": f"SELECT {fold('o.customer')}, sum({BSALES}) AS s FROM {BJOIN} GROUP BY 1 ORDER BY s DESC LIMIT 1",
    "s6-006": f"SELECT count(DISTINCT o.order_ref) FROM bakery_orders o WHERE {fold('o.customer')} = 'harbour deli'",
    "s6-007": f"SELECT sum({BSALES}) / count(DISTINCT o.order_ref) FROM {BJOIN}",
    "s6-008": f"SELECT 100.0 * sum(CASE WHEN {fold('p.category')} = 'pastry' THEN {BSALES} ELSE 0 END) "
              f"/ sum({BSALES}) FROM {BJOIN}",
    "s6-009": f"SELECT {WEEKDAY.format(d=BISO)}, count(DISTINCT o.order_ref) AS n FROM bakery_orders o "
              f"GROUP BY 1 ORDER BY n DESC LIMIT 1",
    "s6-011": "SELECT sum(CAST(o.cases AS INT) * CAST(p.units_per_case AS INT)) FROM bakery_orders o "
              "JOIN products p ON trim(p.product_code) = trim(o.product_code) "
              "WHERE p.product_name IN ('Butter Croissant', 'Almond Croissant')",
    "s6-015": f"SELECT count(*) FROM (SELECT o.order_ref, sum({BSALES}) AS s FROM {BJOIN} GROUP BY 1) "
              f"WHERE s > 200",
    "s6-017": f"SELECT count(*) FROM (SELECT {fold('o.customer')}, sum({BSALES}) AS s FROM {BJOIN} GROUP BY 1) "
              f"WHERE s > 25000",
    "s6-018": f"SELECT sum({BSALES}) FROM {BJOIN} WHERE {fold('p.category')} = 'savoury' AND {BMONTH} >= 7",
    "s6-022": "SELECT sum(CAST(o.cases AS INT) * CAST(p.units_per_case AS INT)) FROM bakery_orders o "
              "JOIN products p ON trim(p.product_code) = trim(o.product_code) WHERE p.product_code = 'BR02'",
    # bike_trips
    "s6-023": "SELECT count(*) FROM bike_trips WHERE substr(started_at, 1, 7) = '2024-07'",
    "s6-024": f"SELECT avg({SECS}) / 60.0 FROM bike_trips",
    "s6-025": f"SELECT {fold('start_station')}, count(*) AS n FROM bike_trips GROUP BY 1 ORDER BY n DESC LIMIT 1",
    "s6-027": f"SELECT 100.0 * sum({fold('bike_type')} = 'electric') / count(*) FROM bike_trips",
    "s6-028": f"SELECT sum({money('fare')}) FROM bike_trips",
    "s6-031": f"SELECT count(*) FROM bike_trips WHERE {SECS} > 3600",
    "s6-033": f"SELECT count(*) FROM bike_trips WHERE {fold('start_station')} = {fold('end_station')}",
    "s6-034": f"SELECT sum(CAST(distance_km AS REAL)) FROM bike_trips WHERE substr(started_at, 1, 7) = '2024-08' "
              f"AND NOT {missing('distance_km')}",
    "s6-036": f"SELECT sum({fold('rider_type')} = 'member') - sum({fold('rider_type')} = 'casual') FROM bike_trips",
    "s6-038": f"SELECT sum(CAST(distance_km AS REAL)) / (sum({SECS}) / 3600.0) FROM bike_trips "
              f"WHERE {fold('bike_type')} = 'electric' AND NOT {missing('distance_km')}",
    "s6-040": f"SELECT sum({money('fare')}) FROM bike_trips WHERE {fold('bike_type')} = 'electric' "
              f"AND substr(started_at, 6, 2) IN ('04', '05', '06')",
    "s6-042": "SELECT count(*) FROM bike_trips WHERE strftime('%w', started_at) NOT IN ('0', '6') "
              "AND substr(started_at, 12, 2) IN ('07', '08')",
    "s6-044": f"SELECT count(*) FROM bike_trips WHERE {missing('distance_km')}",
    # shop_ledger
    "s6-045": f"SELECT sum({money('amount')}) FROM shop_ledger WHERE {TYPE} = 'sale' AND {SYEAR} = '2024'",
    "s6-046": f"SELECT -sum({money('amount')}) FROM shop_ledger WHERE {TYPE} = 'refund' AND {SYEAR} = '2023'",
    "s6-047": f"SELECT sum({money('amount')}) FROM shop_ledger WHERE {SYEAR} = '2024'",
    "s6-048": f"SELECT -sum({money('amount')}) FROM shop_ledger WHERE {TYPE} = 'fee' AND {fold('channel')} = 'amazon'",
    "s6-050": f"SELECT count(DISTINCT order_id) FROM shop_ledger WHERE {TYPE} = 'sale' AND {SYEAR} = '2024' "
              f"AND {SMON} = 'Nov'",
    "s6-053": f"SELECT count(*) FROM shop_ledger WHERE {TYPE} = 'chargeback'",
    "s6-055": f"SELECT 100.0 * (sum(CASE WHEN {SYEAR} = '2024' THEN {money('amount')} END) "
              f"/ sum(CASE WHEN {SYEAR} = '2023' THEN {money('amount')} END) - 1) FROM shop_ledger WHERE {TYPE} = 'sale'",
    "s6-057": f"SELECT sum({money('amount')}) FROM shop_ledger WHERE {TYPE} = 'sale' "
              f"AND customer_country <> 'United States'",
    "s6-058": f"SELECT 100.0 * (SELECT count(DISTINCT order_id) FROM shop_ledger WHERE {TYPE} = 'refund') "
              f"/ (SELECT count(DISTINCT order_id) FROM shop_ledger WHERE {TYPE} = 'sale')",
    "s6-059": f"SELECT sum({money('amount')}) FROM shop_ledger WHERE {fold('channel')} = 'amazon' AND {SYEAR} = '2024' "
              f"AND {SMON} IN ('Oct', 'Nov', 'Dec')",
    "s6-063": f"SELECT -100.0 * sum(CASE WHEN {TYPE} = 'fee' THEN {money('amount')} ELSE 0 END) "
              f"/ sum(CASE WHEN {TYPE} = 'sale' THEN {money('amount')} ELSE 0 END) FROM shop_ledger "
              f"WHERE {fold('channel')} = 'etsy'",
    "s6-064": f"SELECT sum({money('amount')}) FROM shop_ledger WHERE {fold('category')} = 'candles' AND {SYEAR} = '2024'",
    "s6-066": f"SELECT -sum({money('amount')}) FROM shop_ledger WHERE {TYPE} = 'chargeback'",
    # ward_days
    "s6-067": "SELECT 100.0 * sum(CAST(beds_occupied AS INT)) / sum(CAST(beds_available AS INT)) FROM ward_days",
    "s6-068": f"SELECT {fold('ward')}, 100.0 * sum(CAST(beds_occupied AS INT)) / sum(CAST(beds_available AS INT)) AS o "
              f"FROM ward_days GROUP BY 1 ORDER BY o DESC LIMIT 1",
    "s6-070": f"SELECT sum(CAST(admissions AS INT)) FROM ward_days WHERE {WMONTH} = 3",
    "s6-071": f"SELECT sum(CAST(beds_occupied AS INT)) FROM ward_days WHERE {fold('ward')} = 'stroke unit'",
    "s6-074": f"SELECT sum(CAST(delayed_discharges AS INT)) FROM ward_days WHERE {fold('ward')} = 'elderly care'",
    "s6-076": f"SELECT count(*) FROM ward_days WHERE {fold('ward')} = 'stroke unit' "
              f"AND CAST(beds_occupied AS INT) = CAST(beds_available AS INT)",
    "s6-077": f"SELECT count(*) FROM ward_days WHERE {fold('ward')} = 'respiratory' "
              f"AND 1.0 * CAST(beds_occupied AS INT) / CAST(beds_available AS INT) > 0.95",
    "s6-080": f"SELECT count(*) FROM (SELECT {fold('ward')}, sum(CAST(beds_occupied AS INT)) / 366.0 AS m "
              f"FROM ward_days GROUP BY 1) WHERE m > 20",
    "s6-083": f"SELECT 100.0 * sum(CAST(beds_occupied AS INT)) / sum(CAST(beds_available AS INT)) FROM ward_days "
              f"WHERE {fold('ward')} = 'maternity' AND {WMONTH} IN (7, 8, 9)",
    "s6-086": f"SELECT 100.0 * sum(CAST(beds_occupied AS INT)) / sum(CAST(beds_available AS INT)) FROM ward_days "
              f"WHERE {fold('ward')} NOT IN ('maternity', 'paediatrics')",
    # service_requests
    "s6-087": "SELECT count(*) FROM service_requests WHERE substr(opened, 1, 4) = '2024'",
    "s6-089": f"SELECT 100.0 * sum({YES}) / sum({YES} OR {NO}) FROM service_requests",
    "s6-090": "SELECT count(*) FROM service_requests WHERE trim(closed) = ''",
    "s6-091": f"SELECT avg({DAYS}) FROM service_requests WHERE {fold('category')} = 'pothole' AND trim(closed) <> ''",
    "s6-094": f"SELECT {WEEKDAY.format(d='opened')}, count(*) AS n FROM service_requests GROUP BY 1 ORDER BY n DESC LIMIT 1",
    "s6-096": "SELECT sum(substr(opened, 1, 7) IN ('2025-01', '2025-02', '2025-03')) "
              "- sum(substr(opened, 1, 7) IN ('2024-01', '2024-02', '2024-03')) FROM service_requests",
    "s6-098": f"SELECT avg(CAST(satisfaction AS REAL)) FROM service_requests WHERE NOT {missing('satisfaction')}",
    "s6-099": f"SELECT avg(CAST(satisfaction AS REAL)) FROM service_requests WHERE NOT {missing('satisfaction')} AND {NO}",
    "s6-103": f"SELECT count(*) FROM service_requests WHERE trim(closed) <> '' AND {DAYS} > 30",
    "s6-106": f"SELECT count(DISTINCT {fold('category')}) FROM service_requests",
    "s6-107": "SELECT count(*) FROM service_requests WHERE substr(opened, 1, 10) BETWEEN '2025-03-01' AND '2025-04-15'",
    # greenhouse_log
    "s6-109": f"SELECT avg(CAST(temp_c AS REAL)) FROM greenhouse_log WHERE {GMONTH} = 7",
    "s6-112": "SELECT count(*) FROM greenhouse_log WHERE CAST(temp_c AS REAL) >= 30",
    "s6-113": f"SELECT avg({HUM}) FROM greenhouse_log WHERE crop = 'Cucumbers' AND {HUM_OK}",
    "s6-114": f"SELECT sum(CAST(water_litres AS REAL)) FROM greenhouse_log WHERE {GMONTH} = 8",
    "s6-116": f"SELECT printf('%d:00', {GHOUR}), avg(CAST(temp_c AS REAL)) AS t FROM greenhouse_log GROUP BY 1 "
              f"ORDER BY t DESC LIMIT 1",
    "s6-117": f"SELECT 100.0 * sum({fold('vent_open')} IN ('yes', 'y')) / count(*) FROM greenhouse_log",
    "s6-118": f"SELECT avg(CAST(co2_ppm AS REAL)) FROM greenhouse_log WHERE {fold('vent_open')} IN ('no', 'n') "
              f"AND NOT {missing('co2_ppm')}",
    "s6-124": f"SELECT avg(CAST(temp_c AS REAL)) FROM greenhouse_log WHERE {fold('house')} = 'house d' "
              f"AND {GHOUR} BETWEEN 6 AND 18",
    "s6-125": f"SELECT count(*) FROM greenhouse_log WHERE NOT {HUM_OK}",
}


def main():
    db = sqlite3.connect(":memory:")
    for p in sorted(DATA.glob("*.csv")):
        load(db, p.name)
    truths = {q["id"]: q["truth"] for q in json.loads((HERE / "questions.json").read_text(encoding="utf-8"))}
    bad = 0
    for qid, sql in CHECKS.items():
        row = db.execute(sql).fetchone()
        want = truths[qid]
        if isinstance(row[0], str):
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
