#!/usr/bin/env python3
"""Held-out set 9: a second, independent computation of the truths, in SQL (sqlite3).

    python3 tests/heldout/set9/crosscheck.py

Loads the raw CSVs as text into an in-memory SQLite database, cleans them with SQL expressions and views
only (no code shared with truths.py) and compares the answers with questions.json: numbers within 0.01,
"which" questions by the SQL winner against the truth's labels (and its number when the truth has one),
top-N lists and date-and-time answers part by part against the truth's label groups. Exit 1 on a mismatch.
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
    return f"lower(trim(rtrim(trim(replace(replace({col}, '  ', ' '), '  ', ' ')), '.')))"


def money(col):
    """£ / $ money with a point decimal, signed; NULL unless it holds a digit."""
    return (f"CASE WHEN {col} GLOB '*[0-9]*' THEN CAST(replace(replace(replace(replace(trim({col}), '£', ''), '$', ''), "
            f"',', ''), ' ', '') AS REAL) END")


def euro(col):
    """Euro money with a decimal comma and dot thousands; 'free' is 0; NULL when missing."""
    return (f"CASE WHEN {fold(col)} = 'free' THEN 0.0 WHEN {col} GLOB '*[0-9]*' THEN "
            f"CAST(replace(replace(replace(replace(replace(trim({col}), 'EUR', ''), '€', ''), ' ', ''), '.', ''), ',', '.') "
            f"AS REAL) END")


def intnum(col):
    """A whole number when the text is only digits, else NULL."""
    return f"CASE WHEN trim({col}) GLOB '[0-9]*' AND NOT trim({col}) GLOB '*[^0-9]*' THEN CAST(trim({col}) AS REAL) END"


def decnum(col):
    return (f"CASE WHEN trim({col}) GLOB '[0-9]*' AND NOT trim({col}) GLOB '*[^0-9.]*' THEN CAST(trim({col}) AS REAL) "
            f"END")


def yes(col):
    return f"{fold(col)} IN ('yes', 'y', 'true')"


def dmy(col):
    """dd/mm/yyyy... -> yyyy-mm-dd"""
    return f"(substr({col}, 7, 4) || '-' || substr({col}, 4, 2) || '-' || substr({col}, 1, 2))"


def mdy(col):
    """mm/dd/yyyy -> yyyy-mm-dd"""
    return f"(substr({col}, 7, 4) || '-' || substr({col}, 1, 2) || '-' || substr({col}, 4, 2))"


DAY_NAME = ("CASE {w} WHEN '0' THEN 'Sunday' WHEN '1' THEN 'Monday' WHEN '2' THEN 'Tuesday' WHEN '3' THEN 'Wednesday' "
            "WHEN '4' THEN 'Thursday' WHEN '5' THEN 'Friday' WHEN '6' THEN 'Saturday' END")


def median(select):
    """Median of the single column x that `select` returns (NULLs dropped)."""
    return (f"SELECT avg(x) FROM (SELECT x FROM ({select}) WHERE x IS NOT NULL ORDER BY x "
            f"LIMIT 2 - (SELECT count(x) FROM ({select})) % 2 OFFSET ((SELECT count(x) FROM ({select})) - 1) / 2)")


# ----------------------------------------------------------------------------------------------
# cleaning views

PH = "CAST(substr(trim(start_time), 1, instr(trim(start_time), ':') - 1) AS INT)"

VIEWS = [
    # theatre: the performances lookup (dd/mm/yyyy dates; 7:30pm or 19:30), then lines joined to it
    f"""CREATE VIEW perf AS SELECT upper(trim(perf_code)) AS code, {fold('show')} AS show, {fold('venue')} AS venue,
          {dmy('perf_date')} AS pdate,
          {PH} + CASE WHEN lower(trim(start_time)) LIKE '%pm' AND {PH} <> 12 THEN 12 ELSE 0 END AS ph,
          CAST(substr(trim(start_time), instr(trim(start_time), ':') + 1, 2) AS INT) AS pmin,
          CAST(capacity AS INT) AS cap
        FROM raw_performances""",
    f"""CREATE VIEW bo AS SELECT trim(order_ref) AS ref, created_at AS at, substr(created_at, 1, 10) AS d,
          substr(created_at, 1, 7) AS ym, CAST(substr(created_at, 12, 2) AS INT) AS h,
          strftime('%w', created_at) AS wd, p.code, p.show, p.venue, p.pdate, p.ph, p.pmin, p.cap,
          {fold('ticket_type')} AS type, CAST(qty AS INT) AS qty, {money('amount')} AS amt,
          {fold('channel')} AS chan, {fold('txn_type')} AS kind
        FROM raw_box_office b JOIN perf p ON upper(trim(b.perf_code)) = p.code""",
    "CREATE VIEW sales AS SELECT * FROM bo WHERE kind = 'sale'",
    # weighbridge: ISO 'T' datetimes, euro charges, void tickets
    f"""CREATE VIEW wb AS SELECT trim(ticket_no) AS ticket, weighed_in AS tin, NULLIF(trim(weighed_out), '') AS tout,
          substr(weighed_in, 1, 10) AS d, substr(weighed_in, 1, 7) AS ym, CAST(substr(weighed_in, 6, 2) AS INT) AS m,
          CAST(substr(weighed_in, 12, 2) AS INT) AS h, strftime('%w', substr(weighed_in, 1, 10)) AS wd,
          lower(trim(vehicle_reg)) AS reg, {fold('vehicle_type')} AS veh, {fold('customer_type')} AS cust,
          {fold('material')} AS mat, lower(net_kg) LIKE '%void%' AS void, {intnum('net_kg')} AS net,
          {euro('charge')} AS charge, {fold('payment')} AS pay
        FROM raw_weighbridge""",
    "CREATE VIEW loads AS SELECT * FROM wb WHERE NOT void",
    # pharmacy: MM/DD/YYYY
    f"""CREATE VIEW di AS SELECT {mdy('fill_date')} AS d, substr({mdy('fill_date')}, 1, 7) AS ym,
          CAST(substr(fill_date, 1, 2) AS INT) AS m, strftime('%w', {mdy('fill_date')}) AS wd,
          CAST(trim(rx_number) AS INT) AS rx, {fold('drug')} AS drug, {fold('drug_class')} AS cls,
          {yes('generic')} AS generic, {intnum('quantity')} AS qty, CAST(days_supply AS INT) AS supply,
          {fold('payer')} AS payer, {money('copay')} AS copay, {money('plan_paid')} AS plan,
          {fold('pharmacist')} AS rph, {fold('status')} AS status
        FROM raw_dispensing""",
    # ski lifts: dd/mm/yyyy, one row per lift per day
    f"""CREATE VIEW ld AS SELECT {dmy('date')} AS d, substr({dmy('date')}, 1, 7) AS ym,
          CAST(substr(date, 4, 2) AS INT) AS m, strftime('%w', {dmy('date')}) AS wd, {fold('lift')} AS lift,
          {fold('status')} AS status, {decnum('hours_open')} AS hours, {intnum('scans')} AS scans,
          CAST(max_wind_kmh AS REAL) AS wind,
          CASE WHEN {fold('new_snow_cm')} = 'trace' THEN 0 ELSE {decnum('new_snow_cm')} END AS snow,
          CAST(temp_c AS REAL) AS temp
        FROM raw_lift_days""",
    """CREATE VIEW lday AS SELECT d, m, wd, sum(coalesce(scans, 0)) AS s, max(snow) AS snow, min(temp) AS temp,
          sum(status <> 'open') AS closed
        FROM ld GROUP BY d""",
    # lettings: flats lookup, jobs with dd/mm/yyyy HH:MM
    f"""CREATE VIEW fl AS SELECT CAST(flat_id AS INT) AS id, trim(flat_id) AS fid, {fold('building')} AS building,
          CAST(bedrooms AS INT) AS beds, {money('monthly_rent')} AS rent
        FROM raw_flats""",
    f"""CREATE VIEW mj AS SELECT {dmy('reported')} || ' ' || substr(reported, 12, 5) AS rep,
          CASE WHEN trim(completed) = '' THEN NULL ELSE {dmy('completed')} || ' ' || substr(completed, 12, 5) END AS comp,
          f.fid, f.building, f.beds, {fold('category')} AS cat, {fold('priority')} AS pr, {fold('contractor')} AS con,
          {money('cost')} AS cost, {yes('tenant_damage')} AS tenant
        FROM raw_maintenance_jobs j JOIN fl f ON CAST(trim(j.flat) AS INT) = f.id""",
    """CREATE VIEW jobs AS SELECT *, CAST(substr(rep, 1, 4) AS INT) AS y, substr(rep, 1, 7) AS ym,
          strftime('%w', substr(rep, 1, 10)) AS wd, (julianday(comp) - julianday(rep)) * 24 AS hours FROM mj""",
    # choir: M/D/YYYY in two steps
    """CREATE VIEW cr1 AS SELECT *, substr(date, 1, instr(date, '/') - 1) AS mm,
          substr(date, instr(date, '/') + 1) AS rest FROM raw_choir_register""",
    f"""CREATE VIEW cr AS SELECT
          substr(rest, instr(rest, '/') + 1) || '-' || printf('%02d', CAST(mm AS INT)) || '-'
            || printf('%02d', CAST(substr(rest, 1, instr(rest, '/') - 1) AS INT)) AS d,
          CAST(mm AS INT) AS m, {fold('session')} AS kind,
          lower(trim(replace(replace(member, '  ', ' '), '  ', ' '))) AS name, {fold('section')} AS sec,
          {fold('status')} AS status, {fold('status')} IN ('present', 'late') AS came, {intnum('minutes_late')} AS late
        FROM cr1""",
]


def top_sql(table, key, val, where="1", order="DESC"):
    """The winning key (and its value) of sum(val) grouped by key."""
    return f"SELECT {key} AS k, sum({val}) AS v FROM {table} WHERE {where} GROUP BY 1 ORDER BY v {order} LIMIT 1"


def top_list(table, key, val, n, where="1"):
    return (f"SELECT group_concat(k, '|') FROM (SELECT {key} AS k, sum({val}) AS v FROM {table} WHERE {where} "
            f"GROUP BY 1 ORDER BY v DESC LIMIT {n})")


def hour_label(expr):
    return f"SELECT printf('%d:00', k), v FROM ({expr})"


def day_label(expr):
    return f"SELECT {DAY_NAME.format(w='k')}, v FROM ({expr})"


def no_number(expr):
    return f"SELECT k FROM ({expr})"


EARNEST = "'the importance of being earnest'"

CHECKS = {
    # theatre box office + performances
    "s9-001": "SELECT sum(amt) FROM bo WHERE show = 'little shop of horrors'",
    "s9-002": "SELECT -sum(amt) FROM bo WHERE kind = 'refund'",
    "s9-003": top_sql("bo", "show", "qty"),
    "s9-004": "SELECT count(*) FROM perf p WHERE (SELECT sum(qty) FROM bo WHERE bo.code = p.code) = p.cap",
    "s9-005": f"SELECT 100.0 * (SELECT sum(qty) FROM bo WHERE show = {EARNEST}) / (SELECT sum(cap) FROM perf WHERE show = {EARNEST})",
    "s9-006": "SELECT sum(amt) / sum(qty) FROM sales WHERE type = 'adult'",
    "s9-007": "SELECT 100.0 * sum(CASE WHEN chan = 'online' THEN qty ELSE 0 END) / sum(qty) FROM sales",
    "s9-008": ("SELECT printf('%d:00', h) FROM (SELECT h, count(DISTINCT ref) AS n FROM sales WHERE chan = 'online' "
               "GROUP BY h ORDER BY n DESC LIMIT 1)"),
    "s9-009": day_label(top_sql("sales", "wd", "qty", "chan = 'box office'")),
    "s9-010": "SELECT -sum(qty) FROM bo WHERE kind = 'refund'",
    "s9-011": "SELECT sum(amt) FROM bo WHERE venue = 'studio'",
    "s9-012": "SELECT count(*) FROM (SELECT ref, sum(amt) AS t FROM sales GROUP BY ref) WHERE t >= 100",
    "s9-013": top_sql("bo", "ym", "amt"),
    "s9-014": "SELECT 100.0 * sum(CASE WHEN type = 'child' THEN qty ELSE 0 END) / sum(qty) FROM bo WHERE show = 'cinderella'",
    "s9-015": "SELECT count(DISTINCT ref) FROM sales WHERE d = pdate",
    "s9-016": (f"SELECT k, v FROM (SELECT pdate || '|' || printf('%02d:%02d', ph, pmin) AS k, sum(qty) AS v FROM bo "
               f"WHERE show = {EARNEST} GROUP BY code ORDER BY v LIMIT 1)"),
    "s9-017": "SELECT sum(qty) FROM bo WHERE show = 'under milk wood' AND type = 'concession'",
    "s9-018": (f"SELECT (SELECT sum(amt) FROM bo WHERE show = 'little shop of horrors') - "
               f"(SELECT sum(amt) FROM bo WHERE show = {EARNEST})"),
    "s9-019": "SELECT 1.0 * sum(qty) / count(DISTINCT ref) FROM sales",
    "s9-020": "SELECT 100.0 * sum(CASE WHEN ph < 17 THEN amt ELSE 0 END) / sum(amt) FROM bo",
    "s9-021": "SELECT sum(qty) FROM bo WHERE show = 'cinderella' AND at < '2025-12-01'",
    # weighbridge
    "s9-022": "SELECT sum(net) / 1000.0 FROM loads WHERE mat = 'garden waste'",
    "s9-023": top_sql("loads", "mat", "coalesce(charge, 0)"),
    "s9-024": top_list("loads", "mat", "net", 3),
    "s9-025": "SELECT avg(net) FROM loads WHERE veh = 'van'",
    "s9-026": "SELECT count(*) FROM loads WHERE cust = 'trade' AND m = 3",
    "s9-027": hour_label(top_sql("loads", "h", "1")),
    "s9-028": "SELECT 1.0 * count(*) / count(DISTINCT d) FROM loads WHERE wd = '6'",
    "s9-029": "SELECT sum(charge) FROM loads WHERE m BETWEEN 4 AND 6",
    "s9-030": "SELECT count(*) FROM loads WHERE net >= 1000",
    "s9-031": no_number(top_sql("loads", "ym", "net")),
    "s9-032": "SELECT avg((julianday(tout) - julianday(tin)) * 1440) FROM loads",
    "s9-033": "SELECT 100.0 * sum(CASE WHEN mat = 'metal' THEN net ELSE 0 END) / sum(net) FROM loads",
    "s9-034": "SELECT count(DISTINCT reg) FROM wb",
    "s9-035": "SELECT max(net) FROM loads",
    "s9-036": "SELECT charge FROM wb WHERE ticket = '000418'",
    "s9-037": "SELECT net FROM wb WHERE CAST(ticket AS INT) = 1207",
    "s9-038": "SELECT avg(charge) FROM loads WHERE cust = 'household' AND mat = 'rubble'",
    "s9-039": "SELECT count(*) FROM wb WHERE void",
    "s9-040": "SELECT sum(net) / 1000.0 FROM loads WHERE cust = 'trade'",
    "s9-041": top_sql("loads", "d", "1"),
    "s9-042": "SELECT sum(charge) FROM loads WHERE pay = 'card' AND m = 12",
    # pharmacy
    "s9-043": "SELECT count(*) FROM di WHERE m = 3",
    "s9-044": "SELECT sum(copay) FROM di WHERE status = 'picked up'",
    "s9-045": top_sql("di", "drug", "1"),
    "s9-046": "SELECT avg(copay) FROM di WHERE payer = 'commercial'",
    "s9-047": "SELECT count(*) FROM di WHERE payer = 'cash'",
    "s9-048": "SELECT 100.0 * avg(generic) FROM di",
    "s9-049": "SELECT avg(supply) FROM di",
    "s9-050": top_sql("di", "rph", "1", "m BETWEEN 7 AND 9"),
    "s9-051": "SELECT 100.0 * avg(status = 'returned to stock') FROM di",
    "s9-052": "SELECT sum(plan) FROM di WHERE cls = 'statin'",
    "s9-053": top_list("di", "substr(drug, 1, instr(drug, ' ') - 1)", "plan", 2),
    "s9-054": top_sql("di", "ym", "plan"),
    "s9-055": "SELECT count(DISTINCT drug) FROM di",
    "s9-056": day_label(top_sql("di", "wd", "1")),
    "s9-057": "SELECT sum(qty) FROM di WHERE drug LIKE 'metformin%'",
    "s9-058": "SELECT count(*) FROM di WHERE rx = 45213",
    "s9-059": median("SELECT copay AS x FROM di"),
    "s9-060": "SELECT 100.0 * avg(payer = 'medicare part d') FROM di",
    "s9-061": "SELECT count(*) FROM di WHERE copay > 50",
    "s9-062": "SELECT sum(m BETWEEN 4 AND 6) - sum(m BETWEEN 1 AND 3) FROM di",
    "s9-063": "SELECT avg(plan) FROM di WHERE drug LIKE 'eliquis%' AND payer <> 'cash'",
    "s9-064": "SELECT count(DISTINCT rx) FROM di WHERE drug LIKE 'lisinopril%'",
    # ski lifts
    "s9-065": "SELECT sum(scans) FROM ld",
    "s9-066": top_sql("ld", "lift", "scans"),
    "s9-067": "SELECT d, s FROM lday ORDER BY s DESC LIMIT 1",
    "s9-068": "SELECT count(*) FROM ld WHERE lift = 'summit express' AND status = 'closed - wind'",
    "s9-069": "SELECT avg(scans) FROM ld WHERE lift = 'summit express' AND status = 'open'",
    "s9-070": top_sql("ld", "ym", "scans"),
    "s9-071": "SELECT avg(s) FROM lday WHERE wd = '6'",
    "s9-072": "SELECT 100.0 * sum(CASE WHEN lift = 'gondola' THEN scans END) / sum(scans) FROM ld",
    "s9-073": "SELECT sum(snow) FROM lday WHERE m = 1",
    "s9-074": "SELECT count(*) FROM lday WHERE s > 25000",
    "s9-075": top_sql("ld", "lift", "status <> 'open'"),
    "s9-076": "SELECT 1.0 * sum(scans) / sum(hours) FROM ld WHERE lift = 'nursery drag' AND status = 'open'",
    "s9-077": "SELECT sum(s) FROM lday WHERE d BETWEEN '2024-12-21' AND '2025-01-05'",
    "s9-078": "SELECT sum(CASE WHEN m = 2 THEN s ELSE 0 END) - sum(CASE WHEN m = 3 THEN s ELSE 0 END) FROM lday",
    "s9-079": "SELECT d, temp FROM lday ORDER BY temp LIMIT 1",
    "s9-080": "SELECT count(*) FROM lday WHERE closed = 0",
    "s9-081": "SELECT 100.0 * avg(status = 'open') FROM ld WHERE lift = 'north face t-bar'",
    "s9-082": "SELECT avg(s) FROM lday WHERE wd IN ('0', '6')",
    "s9-083": "SELECT max(wind) FROM ld WHERE lift = 'summit express'",
    "s9-084": "SELECT sum(scans) FROM ld WHERE lift = 'eagle chair' AND m = 3",
    # lettings maintenance + flats
    "s9-085": "SELECT sum(cost) FROM jobs WHERE y = 2024",
    "s9-086": top_sql("jobs", "building", "cost"),
    "s9-087": top_list("jobs", "fid", "cost", 2),
    "s9-088": "SELECT avg(hours) FROM jobs WHERE pr = 'emergency' AND comp IS NOT NULL",
    "s9-089": "SELECT count(*) FROM jobs WHERE comp IS NULL",
    "s9-090": "SELECT count(*) FROM jobs WHERE fid = '007'",
    "s9-091": top_sql("jobs", "cat", "1", order="ASC"),
    "s9-092": top_sql("jobs", "con", "cost"),
    "s9-093": median("SELECT hours AS x FROM jobs WHERE pr = 'urgent'"),
    "s9-094": "SELECT 100.0 * avg(tenant) FROM jobs",
    "s9-095": "SELECT count(*) FROM jobs WHERE cat = 'heating' AND ym = '2024-01'",
    "s9-096": "SELECT avg(cost) FROM jobs WHERE cat = 'plumbing'",
    "s9-097": "SELECT sum(cost) FROM jobs WHERE beds = 2",
    "s9-098": "SELECT count(*) FROM jobs WHERE wd IN ('0', '6')",
    "s9-099": ("SELECT 100.0 * (sum(CASE WHEN y = 2024 THEN cost END) / sum(CASE WHEN y = 2023 THEN cost END) - 1) "
               "FROM jobs"),
    "s9-100": ("SELECT (SELECT sum(cost) FROM jobs WHERE building = 'cedar mews') / "
               "(SELECT count(*) FROM fl WHERE building = 'cedar mews')"),
    "s9-101": "SELECT count(*) FROM jobs WHERE cost >= 500",
    "s9-102": top_sql("jobs", "fid", "1"),
    "s9-103": "SELECT 100.0 * avg(hours <= 24) FROM jobs WHERE pr = 'emergency'",
    "s9-104": top_sql("jobs", "ym", "1", "y = 2024"),
    "s9-105": ("SELECT building, 1.0 * count(*) / (SELECT count(*) FROM fl WHERE fl.building = jobs.building) AS v "
               "FROM jobs GROUP BY building ORDER BY v DESC LIMIT 1"),
    "s9-106": "SELECT sum(rent) FROM fl WHERE building = 'birch house'",
    # choir register
    "s9-107": "SELECT 100.0 * avg(came) FROM cr",
    "s9-108": "SELECT sec, 100.0 * avg(came) AS v FROM cr GROUP BY sec ORDER BY v DESC LIMIT 1",
    "s9-109": top_sql("cr", "name", "status = 'late'"),
    "s9-110": "SELECT avg(late) FROM cr WHERE status = 'late'",
    "s9-111": "SELECT count(*) FROM (SELECT name FROM cr GROUP BY name HAVING sum(NOT came) = 0)",
    "s9-112": "SELECT count(DISTINCT d) FROM cr WHERE kind = 'rehearsal'",
    "s9-113": "SELECT substr(d, 1, 7) AS k, 100.0 * avg(came) AS v FROM cr GROUP BY k ORDER BY v LIMIT 1",
    "s9-114": "SELECT count(DISTINCT name) FROM cr WHERE sec = 'tenor'",
    "s9-115": "SELECT sum(came) FROM cr WHERE kind = 'concert' AND m = 12",
    "s9-116": "SELECT count(*) FROM cr WHERE status = 'apologies' AND d LIKE '2024-12-%'",
    "s9-117": top_sql("cr", "name", "NOT came"),
    "s9-118": "SELECT 100.0 * avg(came) FROM cr WHERE d >= '2025-01-01'",
    "s9-119": "SELECT 1.0 * sum(came) / count(DISTINCT d) FROM cr WHERE kind = 'rehearsal'",
    "s9-120": "SELECT 100.0 * sum(status = 'apologies') / sum(NOT came) FROM cr",
    "s9-121": "SELECT count(*) FROM cr WHERE status = 'absent' AND sec = 'bass'",
    "s9-122": "SELECT sum(late) FROM cr",
    "s9-123": ("SELECT d, 100.0 * avg(came) AS v FROM cr WHERE kind = 'rehearsal' GROUP BY d ORDER BY v LIMIT 1"),
    "s9-124": "SELECT count(*) FROM (SELECT name, min(d) AS f FROM cr GROUP BY name) WHERE f LIKE '2025-01-%'",
    "s9-125": "SELECT 100.0 * avg(came) FROM cr WHERE name LIKE 'gareth %'",
    "s9-126": "SELECT count(DISTINCT name) FROM cr",
}


def groups_match(parts, groups):
    """Each SQL part names a different label group of the truth, and every group is named."""
    groups = [[g.casefold()] if isinstance(g, str) else [x.casefold() for x in g] for g in groups]
    if len(parts) != len(groups):
        return False
    used = set()
    for p in parts:
        hit = [i for i, g in enumerate(groups) if p.casefold() in g and i not in used]
        if not hit:
            return False
        used.add(hit[0])
    return len(used) == len(groups)


def main():
    db = sqlite3.connect(":memory:")
    for p in sorted(DATA.glob("*.csv")):
        load(db, p.name)
    for v in VIEWS:
        db.execute(v)
    truths = {q["id"]: q["truth"] for q in json.loads((HERE / "questions.json").read_text(encoding="utf-8"))}
    missing_checks = sorted(set(truths) - set(CHECKS))
    bad = 0
    for qid, sql in CHECKS.items():
        row = db.execute(sql).fetchone()
        want = truths[qid]
        if "labels" in want:
            got = row[0].split("|")
            ok = groups_match(got, want["labels"])
            if ok and len(row) > 1 and "number" in want:
                ok = abs(row[1] - want["number"]) <= 0.01 + 1e-9 * abs(want["number"])
            shown = f"sql={got}  truth={want['labels']}"
        elif isinstance(row[0], str):
            labels = [x.casefold() for x in want["label"]]
            ok = row[0].casefold() in labels
            if ok and len(row) > 1 and "number" in want:
                ok = abs(row[1] - want["number"]) <= 0.01 + 1e-9 * abs(want["number"])
            shown = f"sql={row[0]!r}{'' if len(row) < 2 else f' {row[1]:.4f}'}  truth={want}"
        else:
            ok = row[0] is not None and abs(row[0] - want["number"]) <= 0.01 + 1e-9 * abs(want["number"])
            shown = f"sql={row[0] if row[0] is None else f'{row[0]:.4f}'}  truth={want['number']}"
        bad += not ok
        print(f"{qid}  {'ok ' if ok else 'MISMATCH'}  {shown}")
    if missing_checks:
        print(f"no SQL check for {missing_checks}")
        bad += len(missing_checks)
    print(f"{len(CHECKS) - bad} of {len(truths)} agree ({len(truths)} questions)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
