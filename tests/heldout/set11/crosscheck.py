#!/usr/bin/env python3
"""Held-out set 11: a second, independent computation of the truths, in SQL (sqlite3, standard library).

    python3 tests/heldout/set11/crosscheck.py

Loads the raw CSV text (every cell a string, exactly as written) into an in-memory SQLite database,
cleans it with SQL expressions in views only (no code shared with truths.py, no Python functions
registered in SQLite) and compares the answers with questions.json: numbers within 0.01, "which"
questions by the SQL winner against the truth's labels (and its number when the truth has one), label
groups part by part, and several numbers one by one. Exit 1 on a mismatch.
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
    """Runs of spaces collapsed (the files have at most three in a row), stripped, trailing period dropped, lower."""
    return f"lower(trim(rtrim(trim(replace(replace({col}, '   ', ' '), '  ', ' ')), '.')))"


def money(col):
    """£ / $ money with a point decimal, signed by a minus anywhere; NULL unless it holds a digit."""
    body = f"replace(replace(replace(replace(replace({col}, '£', ''), '$', ''), ',', ''), ' ', ''), '-', '')"
    return (f"(CASE WHEN {col} GLOB '*[0-9]*' THEN (CASE WHEN instr({col}, '-') > 0 THEN -1.0 ELSE 1.0 END) "
            f"* CAST({body} AS REAL) END)")


def euro(col):
    """'€ 1.234,50' / '245,00 €' -> 1234.5 / 245.0; blank -> 0."""
    body = f"replace(replace(replace(replace({col}, '€', ''), ' ', ''), '.', ''), ',', '.')"
    return f"(CASE WHEN {col} GLOB '*[0-9]*' THEN CAST({body} AS REAL) ELSE 0.0 END)"


def num(col):
    """A plain number; NULL for words and blanks."""
    return (f"(CASE WHEN trim({col}) <> '' AND trim({col}) NOT GLOB '*[^0-9.]*' THEN CAST(trim({col}) AS REAL) END)")


def dmy(col):
    """dd/mm/yyyy -> yyyy-mm-dd."""
    return f"(substr(trim({col}), 7, 4) || '-' || substr(trim({col}), 4, 2) || '-' || substr(trim({col}), 1, 2))"


def mdy(col):
    """M/D/YYYY without padding -> yyyy-mm-dd."""
    c = f"trim({col})"
    rest = f"substr({c}, instr({c}, '/') + 1)"
    m = f"substr({c}, 1, instr({c}, '/') - 1)"
    d = f"substr({rest}, 1, instr({rest}, '/') - 1)"
    y = f"substr({rest}, instr({rest}, '/') + 1)"
    return f"({y} || '-' || substr('0' || {m}, -2) || '-' || substr('0' || {d}, -2))"


def dmony(col):
    """dd-Mon-yyyy -> yyyy-mm-dd."""
    c = f"trim({col})"
    mon = f"substr({c}, 4, 3)"
    mm = ("(CASE " + " ".join(f"WHEN {mon} = '{m}' THEN '{i:02d}'" for i, m in enumerate(
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], 1)) + " END)")
    return f"(substr({c}, 8, 4) || '-' || {mm} || '-' || substr({c}, 1, 2))"


def hour12(col):
    """'1:30 PM' / '1:30pm' -> 13."""
    c = f"upper(trim({col}))"
    return (f"(CAST(substr({c}, 1, instr({c}, ':') - 1) AS INTEGER) % 12 + "
            f"(CASE WHEN {c} LIKE '%PM' THEN 12 ELSE 0 END))")


VIEWS = [
    # brewery
    f"""CREATE VIEW cust AS SELECT substr('00000' || trim(customer_id), -5) AS cid, trim(venue) AS venue,
        {fold('town')} AS town, {fold('venue_type')} AS vtype, {fold('sales_rep')} AS rep FROM raw_customers""",
    f"""CREATE VIEW kegs AS SELECT trim(delivery_no) AS no, {dmy('date')} AS d,
        CAST(substr({dmy('date')}, 6, 2) AS INTEGER) AS m, substr('00000' || trim(customer_id), -5) AS cid,
        {fold('beer')} AS beer, CAST(trim(keg_size) AS INTEGER) AS size, CAST(kegs AS INTEGER) AS kegs,
        {money('line_total')} AS amt, {num('empties_collected')} AS empties, {fold('driver')} AS driver,
        {fold('status')} AS status FROM raw_keg_deliveries""",
    """CREATE VIEW dk AS SELECT k.*, c.venue, c.town, c.vtype, c.rep FROM kegs k JOIN cust c ON c.cid = k.cid
        WHERE k.status = 'delivered'""",
    # marina
    f"""CREATE VIEW bk AS SELECT booking_ref AS ref, substr(arrival, 1, 10) AS ad,
        CAST(substr(arrival, 6, 2) AS INTEGER) AS m, CAST(substr(arrival, 12, 2) AS INTEGER) AS h,
        CAST(nights AS INTEGER) AS nights, substr(trim(berth), 1, 1) AS pontoon, trim(boat_name) AS boat,
        {fold('boat_type')} AS type, CAST(replace(length_m, ',', '.') AS REAL) AS len,
        CASE {fold('flag')} WHEN 'nl' THEN 'Netherlands' WHEN 'netherlands' THEN 'Netherlands'
            WHEN 'de' THEN 'Germany' WHEN 'germany' THEN 'Germany' WHEN 'gb' THEN 'UK' WHEN 'uk' THEN 'UK'
            WHEN 'fr' THEN 'France' WHEN 'france' THEN 'France' WHEN 'be' THEN 'Belgium' WHEN 'belgium' THEN 'Belgium'
            WHEN 'dk' THEN 'Denmark' WHEN 'denmark' THEN 'Denmark' END AS country,
        {fold('shore_power')} IN ('yes', 'y', 'ja') AS power, {euro('fee_eur')} AS fee, {fold('status')} AS status
        FROM raw_berth_bookings""",
    "CREATE VIEW st AS SELECT * FROM bk WHERE status = 'completed'",
    # grooming
    f"""CREATE VIEW ap AS SELECT appt_id AS id, {mdy('date')} AS d, CAST(substr({mdy('date')}, 6, 2) AS INTEGER) AS m,
        {hour12('time')} AS h, substr('0000' || trim(client_id), -4) AS client, trim(breed) AS breed,
        {fold('size')} AS size, {fold('service')} AS svc, {fold('groomer')} AS groomer, {money('price')} AS price,
        {money('tip')} AS tip, {num('minutes_taken')} AS mins, {fold('status')} AS status
        FROM raw_grooming_appointments""",
    "CREATE VIEW dn AS SELECT * FROM ap WHERE status = 'completed'",
    # allotments
    f"""CREATE VIEW lg AS SELECT {dmony('date')} AS d, CAST(substr({dmony('date')}, 6, 2) AS INTEGER) AS m,
        CASE WHEN trim(plot) = '' THEN NULL ELSE CAST(trim(plot) AS INTEGER) END AS plot, trim(member) AS member,
        {fold('plot_size')} AS size, {fold('category')} AS cat, {money('amount')} AS amt, {fold('paid_by')} AS by,
        {fold('note')} AS note FROM raw_allotment_ledger""",
    # charging
    f"""CREATE VIEW hb AS SELECT date AS d, CAST(substr(date, 6, 2) AS INTEGER) AS m,
        CAST(strftime('%w', date) AS INTEGER) AS wd, {fold('hub')} AS hub, {num('sessions')} AS sessions,
        {num('kwh')} AS kwh, {money('revenue')} AS rev, CAST(faults AS INTEGER) AS faults, {fold('status')} AS status
        FROM raw_charging_daily""",
    # taxi
    f"""CREATE VIEW tj AS SELECT job_no AS no, trim(booked_at) AS b, substr(booked_at, 1, 10) AS bd,
        CAST(substr(booked_at, 6, 2) AS INTEGER) AS m, CAST(substr(booked_at, 12, 2) AS INTEGER) AS h,
        CAST(substr(booked_at, 15, 2) AS INTEGER) AS mi, CAST(strftime('%w', substr(booked_at, 1, 10)) AS INTEGER) AS wd,
        CASE WHEN trim(picked_up_at) <> '' THEN (julianday(trim(picked_up_at)) - julianday(trim(booked_at))) * 1440 END AS wait,
        {fold('pickup_zone')} AS zone, {fold('booked_via')} AS via, {fold('payment')} AS pay,
        CASE WHEN trim(car) <> '' THEN CAST(trim(car) AS INTEGER) END AS car, CAST(passengers AS INTEGER) AS pax,
        {num('miles')} AS miles, {money('fare')} AS fare, {fold('status')} AS status FROM raw_taxi_jobs""",
    "CREATE VIEW tc AS SELECT * FROM tj WHERE status = 'completed'",
]


WDAY = "CASE {c} WHEN 0 THEN 'Sunday' WHEN 1 THEN 'Monday' WHEN 2 THEN 'Tuesday' WHEN 3 THEN 'Wednesday' " \
       "WHEN 4 THEN 'Thursday' WHEN 5 THEN 'Friday' WHEN 6 THEN 'Saturday' END"
MONTH = "CASE {c} WHEN 1 THEN 'January' WHEN 2 THEN 'February' WHEN 3 THEN 'March' WHEN 4 THEN 'April' " \
        "WHEN 5 THEN 'May' WHEN 6 THEN 'June' WHEN 7 THEN 'July' WHEN 8 THEN 'August' WHEN 9 THEN 'September' " \
        "WHEN 10 THEN 'October' WHEN 11 THEN 'November' WHEN 12 THEN 'December' END"


def wday(c):
    return WDAY.format(c=c)


def month(c):
    return MONTH.format(c=c)


def hour(c):
    return f"printf('%d:00', {c})"


CHECKS = {
    # brewery
    "s11-001": "SELECT sum(amt) FROM kegs WHERE status = 'delivered'",
    "s11-002": "SELECT sum(kegs) FROM kegs WHERE status = 'delivered' AND beer LIKE '%stout%' AND m = 3",
    "s11-003": "SELECT town, sum(kegs) AS v FROM dk GROUP BY town ORDER BY v DESC LIMIT 1",
    "s11-004": "SELECT rep, sum(amt) AS v FROM dk GROUP BY rep ORDER BY v DESC LIMIT 1",
    "s11-005": "SELECT count(DISTINCT no) FROM kegs WHERE status = 'delivered'",
    "s11-006": "SELECT 100.0 * count(DISTINCT CASE WHEN status = 'cancelled' THEN no END) / count(DISTINCT no) FROM kegs",
    "s11-007": "SELECT sum(amt) / count(DISTINCT no) FROM kegs WHERE status = 'delivered'",
    "s11-008": "SELECT sum(kegs * size) FROM kegs WHERE status = 'delivered' AND beer = 'lakeland lager' AND m BETWEEN 6 AND 8",
    "s11-009": "SELECT venue, sum(amt) AS v FROM dk GROUP BY venue ORDER BY v DESC LIMIT 1",
    "s11-010": "SELECT count(*) FROM cust WHERE cid NOT IN (SELECT cid FROM kegs WHERE status = 'delivered')",
    "s11-011": "SELECT group_concat(beer, '|') FROM (SELECT beer, sum(kegs) AS v FROM dk GROUP BY beer ORDER BY v DESC LIMIT 3)",
    "s11-012": f"SELECT {wday('wd')} FROM (SELECT CAST(strftime('%w', d) AS INTEGER) AS wd, sum(kegs) AS v FROM dk GROUP BY wd ORDER BY v DESC LIMIT 1)",
    "s11-013": "SELECT sum(amt) FROM dk WHERE vtype = 'hotel'",
    "s11-014": "SELECT sum(kegs) FROM kegs WHERE status = 'delivered' AND driver LIKE 'dave%' AND m >= 10",
    "s11-015": "SELECT 100.0 * sum(CASE WHEN size = 30 THEN kegs ELSE 0 END) / sum(kegs) FROM kegs WHERE status = 'delivered'",
    "s11-016": "SELECT sum(CASE WHEN m = 12 THEN amt ELSE 0 END) - sum(CASE WHEN m = 11 THEN amt ELSE 0 END) FROM kegs WHERE status = 'delivered'",
    "s11-017": "SELECT count(DISTINCT cid) FROM kegs WHERE status = 'delivered' AND beer = 'ridge ipa'",
    "s11-018": "SELECT sum(amt) FROM dk WHERE venue = 'The Dog & Gun'",
    "s11-019": "SELECT vtype || 's', sum(amt) / count(DISTINCT no) AS v FROM dk WHERE vtype IN ('restaurant', 'bar') GROUP BY vtype ORDER BY v DESC LIMIT 1",
    "s11-020": "SELECT sum(kegs) FROM dk WHERE rep = 'rhys morgan' AND m <= 6",
    "s11-021": "SELECT sum(empties) FROM kegs WHERE status = 'delivered'",
    "s11-022": f"SELECT {month('m')}, v FROM (SELECT m, sum(kegs) AS v FROM kegs WHERE status = 'delivered' GROUP BY m ORDER BY v DESC LIMIT 1)",
    "s11-023": "SELECT sum(amt) FROM dk WHERE town = 'keswick' AND vtype = 'pub'",
    # marina
    "s11-024": "SELECT sum(fee) FROM bk",
    "s11-025": "SELECT count(*) FROM bk WHERE status = 'cancelled'",
    "s11-026": "SELECT avg(nights) FROM st",
    "s11-027": "SELECT country, count(*) AS v FROM st GROUP BY country ORDER BY v DESC LIMIT 1",
    "s11-028": "SELECT sum(nights) FROM st WHERE country = 'Netherlands' AND m IN (7, 8)",
    "s11-029": "SELECT max(len) FROM st",
    "s11-030": "SELECT 100.0 * sum(power) / count(*) FROM st",
    "s11-031": f"SELECT {month('m')} FROM (SELECT m, count(*) AS v FROM st GROUP BY m ORDER BY v DESC LIMIT 1)",
    "s11-032": "SELECT avg(fee) FROM st WHERE m = 8",
    "s11-033": "SELECT count(*) FROM st WHERE len >= 18",
    "s11-034": f"SELECT {hour('h')} FROM (SELECT h, count(*) AS v FROM st GROUP BY h ORDER BY v DESC LIMIT 1)",
    "s11-035": "SELECT count(*) FROM (SELECT boat FROM st GROUP BY boat HAVING count(*) > 1)",
    "s11-036": "SELECT sum(fee) FROM bk WHERE status = 'no-show'",
    "s11-037": "SELECT 'pontoon ' || pontoon, sum(fee) AS v FROM bk GROUP BY pontoon ORDER BY v DESC LIMIT 1",
    "s11-038": "SELECT 100.0 * sum(status = 'no-show') / count(*) FROM bk",
    "s11-039": "SELECT sum(CASE WHEN m = 7 THEN fee ELSE 0 END) - sum(CASE WHEN m = 6 THEN fee ELSE 0 END) FROM bk",
    "s11-040": """SELECT avg(nights) FROM (SELECT nights FROM st ORDER BY nights
                  LIMIT 2 - (SELECT count(*) FROM st) % 2 OFFSET ((SELECT count(*) FROM st) - 1) / 2)""",
    "s11-041": "SELECT count(*) FROM st WHERE type = 'rib'",
    "s11-042": "SELECT boat, sum(nights) AS v FROM st GROUP BY boat ORDER BY v DESC LIMIT 1",
    "s11-043": "SELECT count(*) FROM st WHERE nights >= 7",
    "s11-044": "SELECT avg(len) FROM st WHERE type = 'catamaran'",
    # grooming
    "s11-045": "SELECT sum(price) FROM dn",
    "s11-046": "SELECT sum(tip) FROM dn",
    "s11-047": "SELECT groomer, avg(coalesce(tip, 0)) AS v FROM dn GROUP BY groomer ORDER BY v DESC LIMIT 1",
    "s11-048": "SELECT 100.0 * sum(status = 'no-show') / count(*) FROM ap",
    "s11-049": "SELECT svc, count(*) AS v FROM ap GROUP BY svc ORDER BY v DESC LIMIT 1",
    "s11-050": "SELECT count(*) FROM dn WHERE svc = 'full groom' AND groomer LIKE 'carlos%' AND m BETWEEN 6 AND 8",
    "s11-051": "SELECT avg(price) FROM dn WHERE svc = 'full groom' AND size = 'large'",
    "s11-052": "SELECT sum(CASE WHEN m >= 10 THEN price ELSE 0 END) - sum(CASE WHEN m BETWEEN 7 AND 9 THEN price ELSE 0 END) FROM dn",
    "s11-053": f"SELECT {hour('h')} FROM (SELECT h, count(*) AS v FROM ap GROUP BY h ORDER BY v DESC LIMIT 1)",
    "s11-054": "SELECT count(DISTINCT client) FROM dn",
    "s11-055": "SELECT breed, count(*) AS v FROM dn GROUP BY breed ORDER BY v DESC LIMIT 1",
    "s11-056": "SELECT avg(mins) FROM dn WHERE svc LIKE 'de-shed%'",
    "s11-057": f"SELECT {wday('wd')} FROM (SELECT CAST(strftime('%w', d) AS INTEGER) AS wd, sum(price) AS v FROM dn GROUP BY wd ORDER BY v DESC LIMIT 1)",
    "s11-058": "SELECT avg(price) FROM dn WHERE size = 'xl'",
    "s11-059": "SELECT count(*) FROM dn WHERE svc = 'nail trim' AND m = 12",
    "s11-060": "SELECT 100.0 * sum(CASE WHEN svc = 'full groom' THEN price ELSE 0 END) / sum(price) FROM dn",
    "s11-061": f"SELECT {month('m')}, v FROM (SELECT m, sum(price) AS v FROM dn GROUP BY m ORDER BY v DESC LIMIT 1)",
    "s11-062": "SELECT count(*) FROM ap WHERE status = 'cancelled' AND m = 5",
    "s11-063": "SELECT sum(price) + sum(coalesce(tip, 0)) FROM dn WHERE client = '0042'",
    "s11-064": "SELECT avg(tip) FROM dn WHERE groomer = 'bex carter' AND tip > 0",
    # allotments
    "s11-065": "SELECT sum(amt) FROM lg",
    "s11-066": "SELECT -sum(amt) FROM lg WHERE cat = 'refund'",
    "s11-067": "SELECT sum(amt) FROM lg WHERE cat = 'annual rent' AND size = 'half'",
    "s11-068": "SELECT count(DISTINCT plot) FROM lg WHERE cat = 'late fee'",
    "s11-069": "SELECT cat, sum(amt) AS v FROM lg WHERE amt > 0 AND cat <> 'annual rent' GROUP BY cat ORDER BY v DESC LIMIT 1",
    "s11-070": "SELECT sum(amt) FROM lg WHERE plot = 7",
    "s11-071": "SELECT -sum(amt) FROM lg WHERE cat = 'work party credit'",
    "s11-072": "SELECT 100.0 * sum(CASE WHEN by = 'cash' THEN amt ELSE 0 END) / sum(amt) FROM lg WHERE amt > 0",
    "s11-073": f"SELECT {month('m')} FROM (SELECT m, sum(amt) AS v FROM lg WHERE amt > 0 GROUP BY m ORDER BY v DESC LIMIT 1)",
    "s11-074": "SELECT sum(amt) FROM lg WHERE lower(member) = 'ravi shah'",
    "s11-075": "SELECT sum(amt) / count(DISTINCT plot) FROM lg WHERE cat = 'seeds & sundries'",
    "s11-076": "SELECT count(DISTINCT plot) FROM lg WHERE cat = 'shed hire'",
    "s11-077": "SELECT sum(amt) FROM lg WHERE cat = 'donation'",
    "s11-078": "SELECT sum(CASE WHEN m <= 3 THEN amt ELSE 0 END) - sum(CASE WHEN m BETWEEN 4 AND 6 THEN amt ELSE 0 END) FROM lg",
    "s11-079": "SELECT count(*) FROM lg WHERE by = 'cheque'",
    "s11-080": "SELECT sum(amt) FROM lg WHERE cat = 'water charge' AND size = 'full'",
    "s11-081": ("SELECT (SELECT count(*) FROM lg WHERE cat = 'key deposit') || '|' || "
                "(SELECT count(*) FROM lg WHERE cat = 'refund' AND note LIKE 'key deposit%')"),
    # charging
    "s11-082": "SELECT sum(kwh) FROM hb",
    "s11-083": "SELECT hub, sum(rev) AS v FROM hb GROUP BY hub ORDER BY v DESC LIMIT 1",
    "s11-084": "SELECT avg(sessions) FROM hb WHERE hub = 'station road' AND status = 'open'",
    "s11-085": "SELECT count(*) FROM hb WHERE status <> 'open'",
    "s11-086": "SELECT sum(rev) / sum(kwh) FROM hb WHERE kwh IS NOT NULL",
    "s11-087": f"SELECT {month('m')}, v FROM (SELECT m, sum(sessions) AS v FROM hb GROUP BY m ORDER BY v DESC LIMIT 1)",
    "s11-088": "SELECT 100.0 * sum(CASE WHEN hub LIKE 'motorway%' THEN sessions ELSE 0 END) / sum(sessions) FROM hb",
    "s11-089": "SELECT count(*) FROM hb WHERE hub = 'retail park' AND sessions > 50",
    "s11-090": f"SELECT {wday('wd')} FROM (SELECT wd, sum(sessions) AS v FROM hb WHERE hub = 'motorway services' GROUP BY wd ORDER BY v DESC LIMIT 1)",
    "s11-091": "SELECT sum(CASE WHEN m = 6 THEN rev ELSE 0 END) - sum(CASE WHEN m = 1 THEN rev ELSE 0 END) FROM hb",
    "s11-092": "SELECT sum(faults) FROM hb WHERE hub = 'harbour car park'",
    "s11-093": "SELECT sum(sessions) FROM hb WHERE hub = 'town hall'",
    "s11-094": "SELECT sum(kwh) / sum(sessions) FROM hb WHERE hub = 'motorway services' AND kwh IS NOT NULL",
    "s11-095": "SELECT sum(rev) / count(DISTINCT d) FROM hb",
    "s11-096": "SELECT sum(sessions) FROM hb WHERE wd IN (0, 6)",
    "s11-097": "SELECT hub, sum(faults) AS v FROM hb GROUP BY hub ORDER BY v DESC LIMIT 1",
    "s11-098": "SELECT sum(rev) FROM hb WHERE hub = 'retail park' AND m BETWEEN 4 AND 6",
    "s11-099": "SELECT d, sum(kwh) AS v FROM hb GROUP BY d ORDER BY v DESC LIMIT 1",
    # taxi
    "s11-100": "SELECT count(*) FROM tc WHERE m = 4",
    "s11-101": "SELECT avg(wait) FROM tc WHERE via <> 'rank'",
    "s11-102": "SELECT 'car ' || car, sum(fare) AS v FROM tc GROUP BY car ORDER BY v DESC LIMIT 1",
    "s11-103": "SELECT sum(fare) FROM tc WHERE m = 3",
    "s11-104": "SELECT 100.0 * sum(via = 'app') / count(*) FROM tj",
    "s11-105": f"SELECT {hour('h')} FROM (SELECT h, count(*) AS v FROM tj WHERE wd = 6 GROUP BY h ORDER BY v DESC LIMIT 1)",
    "s11-106": "SELECT count(*) FROM tc WHERE zone = 'airport'",
    "s11-107": "SELECT avg(fare) FROM tc WHERE zone = 'airport'",
    "s11-108": "SELECT 100.0 * sum(status = 'cancelled') / count(*) FROM tj",
    "s11-109": "SELECT sum(fare) / sum(miles) FROM tc WHERE miles IS NOT NULL",
    "s11-110": "SELECT count(*) FROM tc WHERE fare >= 30",
    "s11-111": "SELECT zone, avg(wait) AS v FROM tc WHERE via <> 'rank' GROUP BY zone ORDER BY v DESC LIMIT 1",
    "s11-112": "SELECT sum(wd = 6) - sum(wd = 5) FROM tc",
    "s11-113": "SELECT sum(pax) FROM tc WHERE m = 5",
    "s11-114": "SELECT sum(fare) FROM tc WHERE pay = 'account'",
    "s11-115": "SELECT max(wait) FROM tc",
    "s11-116": "SELECT count(*) FROM tc WHERE h < 5",
    "s11-117": "SELECT count(*) FROM tj WHERE status = 'no show' AND car = 12",
    "s11-118": "SELECT bd, count(*) AS v FROM tc WHERE m = 4 GROUP BY bd ORDER BY v DESC LIMIT 1",
}


def groups_match(parts, groups):
    """Each SQL part names a different group of the truth, and every group is named."""
    used = set()
    for p in parts:
        hit = [i for i, g in enumerate(groups) if i not in used and p.casefold() in [x.casefold() for x in g]]
        if not hit:
            return False
        used.add(hit[0])
    return len(used) == len(groups)


def close(a, b):
    return a is not None and abs(float(a) - b) <= 0.01 + 1e-9 * abs(b)


def main():
    db = sqlite3.connect(":memory:")
    for p in sorted(DATA.glob("*.csv")):
        load(db, p.name)
    for v in VIEWS:
        db.execute(v)
    truths = {q["id"]: q["truth"] for q in json.loads((HERE / "questions.json").read_text(encoding="utf-8"))}
    missing_checks = sorted(set(truths) - set(CHECKS))
    extra = sorted(set(CHECKS) - set(truths))
    bad = 0
    for qid, sql in CHECKS.items():
        if qid not in truths:
            continue
        row = db.execute(sql).fetchone()
        want = truths[qid]
        if "labels" in want:
            got = row[0].split("|")
            ok = groups_match(got, want["labels"])
            shown = f"sql={got}  truth={want['labels']}"
        elif "numbers" in want:
            got = [float(x) for x in row[0].split("|")]
            ok = len(got) == len(want["numbers"]) and all(close(g, w) for g, w in zip(got, want["numbers"]))
            shown = f"sql={got}  truth={want['numbers']}"
        elif isinstance(row[0], str):
            ok = row[0].casefold() in [x.casefold() for x in want["label"]]
            if ok and len(row) > 1 and "number" in want:
                ok = close(row[1], want["number"])
            shown = f"sql={row[0]!r}{'' if len(row) < 2 else f' {float(row[1]):.4f}'}  truth={want}"
        else:
            ok = close(row[0], want["number"])
            shown = f"sql={row[0] if row[0] is None else f'{float(row[0]):.4f}'}  truth={want['number']}"
        bad += not ok
        print(f"{qid}  {'ok ' if ok else 'MISMATCH'}  {shown}")
    if missing_checks:
        print(f"no SQL check for {missing_checks}")
        bad += len(missing_checks)
    if extra:
        print(f"SQL checks for unknown ids {extra}")
        bad += len(extra)
    print(f"{len(truths) - bad} of {len(truths)} agree ({len(truths)} questions)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
