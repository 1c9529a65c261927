#!/usr/bin/env python3
"""Recomputes every truth of set 15 a second way and compares with questions.json.

    python3 tests/heldout/set15/crosscheck.py

The raw CSV text is loaded into SQLite as TEXT columns; all cleaning (spelling folds, currency strings,
euro decimal commas, word entries, the four date styles, the client-id join) happens in SQL views, and every
figure is one SQL query. No Python function is registered with SQLite and nothing is shared with truths.py.
Exit 1 on any disagreement.
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
    t = "raw_" + f.stem
    db.execute(f"CREATE TABLE {t} ({', '.join(f'{c} TEXT' for c in rows[0])})")
    db.executemany(f"INSERT INTO {t} VALUES ({', '.join('?' * len(rows[0]))})", rows[1:])


def F(col):
    """fold: collapse the doubled space, trim, lower"""
    return f"lower(trim(replace(replace({col}, '  ', ' '), '  ', ' ')))"


def MONEY(col):
    return (f"(CASE WHEN trim({col}) = '' THEN 0.0 ELSE CAST(replace(replace(replace(replace(trim({col}), '$', ''), "
            f"'£', ''), ',', ''), ' ', '') AS REAL) END)")


def EURO(col):
    return (f"CAST(replace(replace(replace(replace(trim({col}), '€', ''), ' ', ''), '.', ''), ',', '.') AS REAL)")


def NUM(col):
    return f"(CASE WHEN trim({col}) GLOB '[0-9]*' THEN CAST(trim({col}) AS REAL) END)"


def DMY(col):
    return f"(substr({col}, 7, 4) || '-' || substr({col}, 4, 2) || '-' || substr({col}, 1, 2))"


db.executescript(f"""
CREATE VIEW clients AS SELECT CAST(client_id AS INTEGER) AS cid, trim(client_name) AS name,
    {F('sector')} AS sector, {F('area')} AS area FROM raw_couriers_clients;
CREATE VIEW jobs AS SELECT CAST(client_id AS INTEGER) AS cid, booked_at AS booked,
    NULLIF(trim(delivered_at), '') AS delivered, {F('rider')} AS rider, {F('service')} AS service,
    {NUM('distance_km')} AS km, {MONEY('fee')} AS fee,
    CASE {F('status')} WHEN 'canceled' THEN 'cancelled' ELSE {F('status')} END AS status,
    CAST(substr(booked_at, 6, 2) AS INTEGER) AS m,
    round((julianday(delivered_at) - julianday(booked_at)) * 1440, 6) AS mins
    FROM raw_courier_jobs;
CREATE VIEW dj AS SELECT * FROM jobs WHERE status = 'delivered';

CREATE VIEW can0 AS SELECT *, substr(date, 1, instr(date, '/') - 1) AS mm,
    substr(date, instr(date, '/') + 1) AS rest FROM raw_canteen_daily;
CREATE VIEW can AS SELECT
    substr(rest, instr(rest, '/') + 1) || '-' || printf('%02d', CAST(mm AS INTEGER)) || '-' ||
    printf('%02d', CAST(substr(rest, 1, instr(rest, '/') - 1) AS INTEGER)) AS d,
    CAST(mm AS INTEGER) AS m, {F('counter')} AS counter, coalesce({NUM('items_sold')}, 0) AS items,
    {MONEY('takings')} AS takings, {NUM('free_meals')} AS fsm, {F('status')} = 'open' AS open,
    {F('note')} AS note FROM can0;

CREATE VIEW fl AS SELECT {DMY('ordered_on')} AS ordered, {DMY('event_date')} AS event,
    CAST(substr(event_date, 4, 2) AS INTEGER) AS em, {F('occasion')} AS occ, {F('arrangement')} AS arr,
    CAST(qty AS INTEGER) AS qty, {NUM('stems')} AS stems, {MONEY('total')} AS total, {MONEY('deposit')} AS deposit,
    {F('status')} AS status FROM raw_florist_orders;
CREATE VIEW fok AS SELECT * FROM fl WHERE status <> 'cancelled';

CREATE VIEW bo AS SELECT posted, substr(posted, 1, 10) AS d, CAST(substr(posted, 6, 2) AS INTEGER) AS m,
    {F('type')} AS type, {F('trip')} AS trip, {NUM('passengers')} AS pax, {EURO('amount')} AS amt,
    {F('method')} AS method FROM raw_boat_ledger WHERE {F('status')} <> 'void';
CREATE VIEW tk AS SELECT * FROM bo WHERE type = 'ticket';

CREATE VIEW ph AS SELECT {DMY('start')} || ' ' || substr(start, 12, 5) AS ts,
    CAST(substr(start, 4, 2) AS INTEGER) AS m, trim(patient) AS patient, {F('physio')} AS physio,
    {F('treatment')} AS treat, {NUM('minutes')} AS mins, {MONEY('fee')} AS fee, {F('payer')} AS payer,
    CASE WHEN {F('status')} IN ('dna', 'no show', 'no-show') THEN 'no-show' ELSE {F('status')} END AS status
    FROM raw_physio_appointments;
CREATE VIEW att AS SELECT * FROM ph WHERE status = 'attended';
""")

WD = "CASE strftime('%w', {}) WHEN '0' THEN 'sunday' WHEN '1' THEN 'monday' WHEN '2' THEN 'tuesday' " \
     "WHEN '3' THEN 'wednesday' WHEN '4' THEN 'thursday' WHEN '5' THEN 'friday' ELSE 'saturday' END"
MON = "'2024-' || printf('%02d', {})"

# one SQL per question, in questions.json order; a query returning text is a label, else a number
SQL = {
    "s15-001": "SELECT sum(fee) FROM dj WHERE m = 3",
    "s15-002": "SELECT count(*) FROM jobs WHERE status = 'cancelled' AND m BETWEEN 1 AND 3",
    "s15-003": "SELECT rider FROM dj GROUP BY rider ORDER BY count(*) DESC LIMIT 1",
    "s15-004": "SELECT rider FROM dj GROUP BY rider ORDER BY count(*) ASC LIMIT 1",
    "s15-005": "SELECT avg(mins) FROM dj WHERE service = 'express'",
    "s15-006": "SELECT avg(mins) FROM dj WHERE service = 'standard'",
    "s15-007": "SELECT 100.0 * sum(status = 'failed') / count(*) FROM jobs",
    "s15-008": "SELECT sum(fee) / sum(km) FROM dj WHERE km IS NOT NULL",
    "s15-009": "SELECT sum(km) FROM dj WHERE m = 4",
    "s15-010": "SELECT count(DISTINCT cid) FROM jobs WHERE m = 5",
    "s15-011": "SELECT c.sector FROM jobs j JOIN clients c USING (cid) GROUP BY c.sector ORDER BY sum(j.fee) DESC LIMIT 1",
    "s15-012": "SELECT count(*) FROM dj j JOIN clients c USING (cid) WHERE c.area = 'docklands'",
    "s15-013": "SELECT c.name FROM jobs j JOIN clients c USING (cid) GROUP BY cid ORDER BY count(*) DESC LIMIT 1",
    "s15-014": "SELECT count(*) FROM clients WHERE sector = 'legal'",
    "s15-015": "SELECT service FROM jobs GROUP BY service ORDER BY count(*) DESC LIMIT 1",
    "s15-016": "SELECT sum(CASE WHEN m BETWEEN 4 AND 6 THEN fee ELSE 0 END) - sum(CASE WHEN m <= 3 THEN fee ELSE 0 END) FROM jobs",
    "s15-017": "SELECT area FROM clients GROUP BY area ORDER BY count(*) DESC LIMIT 1",
    "s15-018": "SELECT avg(fee) FROM dj WHERE service = 'same day'",
    "s15-019": "SELECT count(*) FROM dj WHERE service = 'express' AND mins <= 45",
    "s15-020": "SELECT avg(j.fee) FROM dj j JOIN clients c USING (cid) WHERE c.sector = 'medical'",
    "s15-021": "SELECT max(mins) FROM dj WHERE m = 2",
    "s15-022": "SELECT sum(m = 6) - sum(m = 5) FROM jobs",
    "s15-023": "SELECT 100.0 * sum(c.sector = 'hospitality') / count(*) FROM dj j JOIN clients c USING (cid)",
    # canteen
    "s15-024": "SELECT sum(takings) FROM can WHERE m = 10",
    "s15-025": "SELECT counter FROM can WHERE m = 12 GROUP BY counter ORDER BY sum(takings) ASC LIMIT 1",
    "s15-026": "SELECT sum(items) FROM can WHERE counter = 'snack hatch'",
    "s15-027": "SELECT avg(takings) FROM can WHERE counter = 'sandwich bar' AND open",
    "s15-028": "SELECT count(*) FROM (SELECT d FROM can GROUP BY d HAVING max(open) = 0)",
    "s15-029": "SELECT sum(takings) / sum(items) FROM can WHERE counter = 'hot meals' AND open",
    "s15-030": "SELECT sum(fsm) FROM can WHERE m = 9",
    "s15-031": f"SELECT {WD.format('d')} AS w FROM can WHERE counter = 'hot meals' AND open GROUP BY w ORDER BY avg(takings) DESC LIMIT 1",
    "s15-032": "SELECT d FROM can GROUP BY d ORDER BY sum(takings) DESC LIMIT 1",
    "s15-033": "SELECT sum(CASE WHEN m = 11 THEN takings ELSE 0 END) - sum(CASE WHEN m = 10 THEN takings ELSE 0 END) FROM can",
    "s15-034": "SELECT 100.0 * sum(CASE WHEN counter = 'snack hatch' THEN takings ELSE 0 END) / sum(takings) FROM can",
    "s15-035": "SELECT count(*) FROM can WHERE counter = 'breakfast club' AND open AND m = 12",
    "s15-036": "SELECT sum(takings) FROM can",
    "s15-037": "SELECT avg(items) FROM can WHERE counter = 'hot meals' AND open",
    "s15-038": "SELECT d FROM can WHERE counter = 'sandwich bar' ORDER BY takings DESC LIMIT 1",
    "s15-039": "SELECT count(*) FROM can WHERE note = 'oven fault'",
    "s15-040": "SELECT 100.0 * sum(fsm) / sum(items) FROM can WHERE counter = 'hot meals' AND m = 10 AND fsm IS NOT NULL AND open",
    "s15-041": "SELECT sum(takings) / count(DISTINCT d) FROM can WHERE m = 9",
    # florist
    "s15-042": "SELECT sum(total) FROM fok WHERE occ = 'wedding'",
    "s15-043": "SELECT avg(total) FROM fok WHERE occ = 'funeral'",
    "s15-044": "SELECT count(*) FROM fl WHERE status = 'cancelled'",
    "s15-045": "SELECT arr FROM fl GROUP BY arr ORDER BY count(*) DESC LIMIT 1",
    "s15-046": "SELECT sum(qty) FROM fok WHERE arr = 'buttonhole' AND em = 6",
    "s15-047": f"SELECT {MON.format('em')} FROM fok GROUP BY em ORDER BY sum(total) DESC LIMIT 1",
    "s15-048": "SELECT avg(julianday(event) - julianday(ordered)) FROM fl WHERE occ = 'wedding'",
    "s15-049": "SELECT avg(julianday(event) - julianday(ordered)) FROM fl WHERE occ = 'funeral'",
    "s15-050": "SELECT 100.0 * sum(status = 'collected') / sum(status IN ('collected', 'delivered')) FROM fl",
    "s15-051": "SELECT sum(deposit) FROM fl WHERE occ = 'wedding'",
    "s15-052": "SELECT sum(CASE WHEN em BETWEEN 4 AND 6 THEN total ELSE 0 END) - sum(CASE WHEN em BETWEEN 7 AND 9 THEN total ELSE 0 END) FROM fok",
    "s15-053": "SELECT occ FROM fok WHERE occ <> 'wedding' GROUP BY occ ORDER BY sum(total) DESC LIMIT 1",
    "s15-054": "SELECT max(total) FROM fok",
    "s15-055": "SELECT sum(stems) FROM fok WHERE arr = 'wreath'",
    "s15-056": "SELECT count(*) FROM fl WHERE substr(ordered, 1, 7) = '2024-03'",
    "s15-057": "SELECT avg(qty) FROM fok WHERE arr = 'table centrepiece'",
    "s15-058": "SELECT sum(total) FROM fok WHERE occ = 'corporate' AND em >= 7",
    "s15-059": "SELECT count(*) FROM fl WHERE occ = 'birthday' AND status = 'delivered'",
    # boat
    "s15-060": "SELECT sum(amt) FROM bo WHERE m = 8",
    "s15-061": "SELECT -sum(amt) FROM bo WHERE type = 'refund'",
    "s15-062": "SELECT trip FROM tk GROUP BY trip ORDER BY sum(pax) DESC LIMIT 1",
    "s15-063": "SELECT trip FROM tk GROUP BY trip ORDER BY sum(amt) ASC LIMIT 1",
    "s15-064": "SELECT sum(pax) FROM tk WHERE trip = 'sunset cruise' AND m = 7",
    "s15-065": "SELECT avg(amt) FROM tk",
    "s15-066": "SELECT sum(amt) FROM bo WHERE type = 'bar'",
    "s15-067": "SELECT sum(amt) FROM bo WHERE type = 'bar' AND m = 9",
    "s15-068": f"SELECT count(*) FROM raw_boat_ledger WHERE {F('status')} = 'void'",
    "s15-069": "SELECT 100.0 * sum(CASE WHEN method = 'cash' THEN amt ELSE 0 END) / sum(amt) FROM tk",
    "s15-070": f"SELECT {MON.format('m')} FROM bo WHERE type = 'refund' GROUP BY m ORDER BY sum(amt) ASC LIMIT 1",
    "s15-071": "SELECT sum(amt) FROM bo WHERE type = 'gift voucher'",
    "s15-072": "SELECT -sum(amt) FROM bo WHERE type = 'weather credit'",
    "s15-073": "SELECT count(*) FROM bo WHERE type = 'refund'",
    "s15-074": "SELECT -100.0 * (SELECT sum(amt) FROM bo WHERE type = 'refund') / (SELECT sum(amt) FROM tk)",
    "s15-075": "SELECT sum(CASE WHEN m = 7 THEN amt ELSE 0 END) - sum(CASE WHEN m = 6 THEN amt ELSE 0 END) FROM bo",
    "s15-076": "SELECT d FROM bo GROUP BY d ORDER BY sum(amt) DESC LIMIT 1",
    "s15-077": "SELECT avg(pax) FROM tk WHERE trip = 'fishing trip'",
    # physio
    "s15-078": "SELECT count(*) FROM ph WHERE status = 'no-show'",
    "s15-079": "SELECT 100.0 * sum(status = 'no-show') / count(*) FROM ph",
    "s15-080": "SELECT physio FROM att GROUP BY physio ORDER BY count(*) DESC LIMIT 1",
    "s15-081": "SELECT sum(fee) FROM ph WHERE m BETWEEN 7 AND 9",
    "s15-082": "SELECT avg(mins) FROM att WHERE treat = 'hydrotherapy'",
    "s15-083": "SELECT count(*) FROM att WHERE treat = 'initial assessment' AND m = 3",
    "s15-084": "SELECT payer FROM att WHERE payer <> 'self-pay' GROUP BY payer ORDER BY count(*) DESC LIMIT 1",
    "s15-085": "SELECT count(DISTINCT patient) FROM att WHERE m = 6",
    "s15-086": "SELECT sum(fee) FROM att WHERE treat = 'sports massage' AND m <= 6",
    "s15-087": "SELECT (SELECT avg(fee) FROM att WHERE treat = 'follow-up' AND m >= 7) - (SELECT avg(fee) FROM att WHERE treat = 'follow-up' AND m <= 6)",
    "s15-088": "SELECT sum(fee) FROM ph WHERE status = 'no-show'",
    "s15-089": "SELECT treat FROM ph GROUP BY treat ORDER BY count(*) DESC LIMIT 1",
    "s15-090": f"SELECT {MON.format('m')} FROM att GROUP BY m ORDER BY count(*) DESC LIMIT 1",
    "s15-091": "SELECT sum(mins) FROM att WHERE physio = 'claire' AND m = 10",
    "s15-092": "SELECT avg(fee) FROM att WHERE payer = 'axa'",
    "s15-093": "SELECT 100.0 * sum(status = 'cancelled') / count(*) FROM ph WHERE payer = 'bupa'",
    "s15-094": "SELECT count(*) FROM ph WHERE physio = 'dev' AND strftime('%w', ts) = '5'",
    "s15-095": "SELECT avg(fee) FROM att WHERE treat = 'initial assessment' AND m >= 7",
    "s15-096": "SELECT count(*) FROM ph WHERE physio = 'aisha' AND m >= 10",
}


def main():
    qs = json.loads((HERE / "questions.json").read_text(encoding="utf-8"))
    ids = [q["id"] for q in qs]
    if set(ids) != set(SQL):
        print("question ids and SQL ids differ:", sorted(set(ids) ^ set(SQL)))
        return 1
    agree = 0
    for q in qs:
        (got,) = db.execute(SQL[q["id"]]).fetchone()
        t = q["truth"]
        if isinstance(got, str):
            want = [x.lower() for x in t.get("label", [])]
            ok = got.lower() in want
        else:
            ok = "number" in t and abs(got - t["number"]) <= 1e-6 * max(1.0, abs(t["number"]))
        agree += ok
        if not ok:
            print(f"DISAGREE {q['id']} {q['question']}\n   sql: {got!r}\n   truth: {t}")
    print(f"crosscheck: {agree}/{len(qs)} agree")
    return 0 if agree == len(qs) else 1


if __name__ == "__main__":
    sys.exit(main())
