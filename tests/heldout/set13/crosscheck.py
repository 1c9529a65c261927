#!/usr/bin/env python3
"""Held-out set 13: a second, independent computation of the truths, in SQL (sqlite3, standard library).

    python3 tests/heldout/set13/crosscheck.py

Loads the raw CSV text (every cell a string, exactly as written) into an in-memory SQLite database,
cleans it with SQL expressions in views only (no code shared with truths.py, no Python functions
registered) and compares the answers with questions.json: numbers within 0.01, "which" questions by the
SQL winner against the truth's labels (and its number when the truth has one). Exit 1 on a mismatch.
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
    squeezed = f"replace(replace(replace({col}, '    ', ' '), '  ', ' '), '  ', ' ')"
    return f"lower(trim(rtrim(trim({squeezed}), '.')))"


def money(col):
    """$ / £ with a point decimal, signed by a minus anywhere; NULL unless it holds a digit."""
    bare = f"replace(replace(replace(replace(replace({col}, '$', ''), '£', ''), ',', ''), ' ', ''), '-', '')"
    return (f"(CASE WHEN {col} GLOB '*[0-9]*' THEN CAST({bare} AS REAL) * "
            f"(CASE WHEN instr({col}, '-') > 0 THEN -1 ELSE 1 END) END)")


def euro(col):
    """€ with a decimal comma; free / trial are 0; NULL unless it holds a digit."""
    bare = f"replace(replace(replace(replace({col}, '€', ''), ' ', ''), '.', ''), ',', '.')"
    return (f"(CASE WHEN {fold(col)} IN ('free', 'trial') THEN 0.0 "
            f"WHEN {col} GLOB '*[0-9]*' THEN CAST({bare} AS REAL) END)")


def num(col):
    return f"(CASE WHEN trim({col}) GLOB '[0-9]*' THEN CAST(trim({col}) AS REAL) END)"


MON = ("CASE {m} WHEN 'Jan' THEN '01' WHEN 'Feb' THEN '02' WHEN 'Mar' THEN '03' WHEN 'Apr' THEN '04' "
       "WHEN 'May' THEN '05' WHEN 'Jun' THEN '06' WHEN 'Jul' THEN '07' WHEN 'Aug' THEN '08' WHEN 'Sep' THEN '09' "
       "WHEN 'Oct' THEN '10' WHEN 'Nov' THEN '11' WHEN 'Dec' THEN '12' END")

VIEWS = [
    f"""CREATE VIEW pa AS SELECT printf('%05d', CAST(trim(part_code) AS INTEGER)) AS code, trim(part_name) AS name,
          {fold('category')} AS cat, {fold('supplier')} AS sup FROM raw_parts""",
    f"""CREATE VIEW rj_all AS SELECT trim(job_no) AS id, trim(booked_in) AS t,
          CASE WHEN trim(ready_at) <> '' THEN trim(ready_at) END AS ready,
          {fold('bike_type')} AS bike, {fold('service')} AS svc, {fold('mechanic')} AS mech,
          CASE WHEN trim(part_code) <> '' THEN printf('%05d', CAST(trim(part_code) AS INTEGER)) END AS code,
          CAST(part_qty AS INTEGER) AS qty, {num('labour_hours')} AS hours, {money('labour')} AS labour,
          coalesce({money('parts')}, 0) AS parts, {money('total')} AS total, {fold('status')} AS status,
          CAST(strftime('%m', trim(booked_in)) AS INTEGER) AS mon FROM raw_repair_jobs""",
    "CREATE VIEW rj AS SELECT * FROM rj_all WHERE status <> 'cancelled'",
    "CREATE VIEW rjp AS SELECT rj.*, pa.name, pa.cat, pa.sup FROM rj JOIN pa ON pa.code = rj.code",
    f"""CREATE VIEW le AS SELECT substr(trim(date), 7, 4) || '-' || substr(trim(date), 4, 2) || '-' || substr(trim(date), 1, 2) AS d,
          CAST(substr(trim(start_time), 1, 2) AS INTEGER) AS hr, printf('%04d', CAST(trim(student_id) AS INTEGER)) AS sid,
          {fold('instrument')} AS inst, CAST(trim(minutes) AS INTEGER) AS mins, {fold('location')} AS loc,
          {euro('fee')} AS fee, {fold('fee')} AS feetxt, {fold('status')} AS status FROM raw_lessons""",
    f"""CREATE VIEW mk_all AS SELECT
          substr(trim(market_day), -4) || '-' || ({MON.format(m="substr(trim(market_day), -8, 3)")}) || '-' ||
          printf('%02d', CAST(substr(trim(market_day), 5, 2) AS INTEGER)) AS d,
          {fold('stallholder')} AS who, {fold('stall_type')} AS type, {fold('item')} AS item, {money('amount')} AS amt,
          {fold('paid_by')} AS pay, {fold('status')} = 'void' AS void FROM raw_market_ledger""",
    "CREATE VIEW mk AS SELECT *, CAST(strftime('%m', d) AS INTEGER) AS mon, CAST(strftime('%w', d) AS INTEGER) AS wd FROM mk_all WHERE NOT void",
    f"""CREATE VIEW cp0 AS SELECT trim(date) AS raw, {fold('level')} AS level, CAST(spaces AS INTEGER) AS spaces,
          {fold('status')} = 'closed' AS closed, {num('entries')} AS entries, {num('peak_occupied')} AS peak,
          {num('avg_stay_mins')} AS stay, {money('takings')} AS take FROM raw_carpark_daily""",
    """CREATE VIEW cp AS SELECT substr(raw, -4) || '-' || printf('%02d', CAST(substr(raw, 1, instr(raw, '/') - 1) AS INTEGER))
          || '-' || printf('%02d', CAST(substr(raw, instr(raw, '/') + 1, instr(substr(raw, instr(raw, '/') + 1), '/') - 1) AS INTEGER)) AS d,
          level, spaces, closed, entries, peak, stay, take FROM cp0""",
    "CREATE VIEW cpo AS SELECT *, CAST(strftime('%m', d) AS INTEGER) AS mon, CAST(strftime('%w', d) AS INTEGER) AS wd FROM cp WHERE NOT closed",
    "CREATE VIEW cpa AS SELECT *, CAST(strftime('%m', d) AS INTEGER) AS mon, CAST(strftime('%w', d) AS INTEGER) AS wd FROM cp",
    f"""CREATE VIEW sb_all AS SELECT trim(txn_no) AS tx, replace(trim(rung_at), 'T', ' ') AS t, {fold('item')} AS item,
          {fold('category')} AS cat, CAST(qty AS INTEGER) AS qty, {money('line_total')} AS amt, {fold('payment')} AS pay,
          {fold('voided')} IN ('yes', 'y', 'true', '1') AS void FROM raw_snackbar_till""",
    """CREATE VIEW sb AS SELECT *, CAST(strftime('%m', t) AS INTEGER) AS mon, CAST(strftime('%w', t) AS INTEGER) AS wd,
          CAST(strftime('%H', t) AS INTEGER) AS hr FROM sb_all WHERE NOT void""",
]

WD = "CASE {x} WHEN 0 THEN 'Sunday' WHEN 1 THEN 'Monday' WHEN 2 THEN 'Tuesday' WHEN 3 THEN 'Wednesday' WHEN 4 THEN 'Thursday' WHEN 5 THEN 'Friday' WHEN 6 THEN 'Saturday' END"
MN = ("CASE {x} WHEN 1 THEN 'January' WHEN 2 THEN 'February' WHEN 3 THEN 'March' WHEN 4 THEN 'April' WHEN 5 THEN 'May' "
      "WHEN 6 THEN 'June' WHEN 7 THEN 'July' WHEN 8 THEN 'August' WHEN 9 THEN 'September' WHEN 10 THEN 'October' "
      "WHEN 11 THEN 'November' WHEN 12 THEN 'December' END")


def top(table, key, val, where="1", order="DESC"):
    return f"SELECT k, v FROM (SELECT {key} AS k, {val} AS v FROM {table} WHERE {where} GROUP BY 1) ORDER BY v {order} LIMIT 1"


def wd_top(table, val, where="1", order="DESC"):
    return f"SELECT {WD.format(x='k')}, v FROM ({top(table, 'wd', val, where, order)})"


def mon_top(table, val, where="1"):
    return f"SELECT {MN.format(x='k')}, v FROM ({top(table, 'mon', val, where)})"


HOURS = "(julianday(ready) - julianday(t)) * 24"

CHECKS = {
    # repair jobs
    "s13-001": "SELECT count(*) FROM rj WHERE mon <= 9",
    "s13-002": "SELECT sum(total) FROM rj WHERE mon = 6",
    "s13-003": top("rj", "mech", "sum(labour)"),
    "s13-004": top("rj", "mech", "count(*)", "svc = 'full service'"),
    "s13-005": f"SELECT avg({HOURS}) FROM rj WHERE ready IS NOT NULL",
    "s13-006": top("rj", "svc", f"avg({HOURS})", "ready IS NOT NULL"),
    "s13-007": "SELECT count(*) FROM rj WHERE bike = 'e-bike'",
    "s13-008": "SELECT 100.0 * sum(svc = 'puncture repair') / count(*) FROM rj",
    "s13-009": top("rjp", "cat", "sum(parts)"),
    "s13-010": "SELECT sum(parts) FROM rjp WHERE sup = 'velo parts direct'",
    "s13-011": "SELECT sum(qty) FROM rjp WHERE lower(name) LIKE 'inner tube%'",
    "s13-012": "SELECT " + WD.format(x="k") + " FROM (" + top("rj_all", "CAST(strftime('%w', t) AS INTEGER)", "count(*)") + ")",
    "s13-013": "SELECT avg(hours) FROM rj WHERE svc = 'full service' AND hours IS NOT NULL",
    "s13-014": "SELECT count(*) FROM rj_all WHERE status = 'cancelled'",
    "s13-015": "SELECT count(*) FROM rj_all WHERE status IN ('in workshop', 'waiting for parts')",
    "s13-016": f"SELECT {MN.format(x='k')} FROM ({top('rj', 'mon', 'sum(total)')})",
    "s13-017": "SELECT count(*) FROM rj WHERE total > 200",
    "s13-018": "SELECT avg(total) FROM rj WHERE svc = 'brake repair'",
    "s13-019": "SELECT count(DISTINCT code) FROM rj WHERE code IS NOT NULL AND mon = 1",
    "s13-020": "SELECT sum(CASE WHEN mon BETWEEN 4 AND 6 THEN total END) - sum(CASE WHEN mon <= 3 THEN total END) FROM rj",
    "s13-021": top("rj", "bike", "avg(total)"),
    "s13-022": "SELECT name FROM rjp GROUP BY code ORDER BY sum(qty) DESC LIMIT 1",
    "s13-023": "SELECT count(*) FROM rj WHERE mech = 'hannah' AND bike = 'mountain'",
    "s13-024": "SELECT avg(total) FROM rj WHERE mon = 8",
    # lessons
    "s13-025": "SELECT sum(fee) FROM le WHERE d LIKE '2025-%'",
    "s13-026": "SELECT count(DISTINCT sid) FROM le",
    "s13-027": top("le", "inst", "count(*)", "status = 'taught'"),
    "s13-028": "SELECT count(*) FROM le WHERE status = 'cancelled'",
    "s13-029": "SELECT 100.0 * sum(status = 'no-show') / count(*) FROM le",
    "s13-030": "SELECT count(*) FROM le WHERE feetxt IN ('free', 'trial')",
    "s13-031": "SELECT avg(fee) FROM le WHERE d LIKE '2025-%' AND inst = 'guitar' AND mins = 45 AND fee > 0",
    "s13-032": "SELECT " + MN.format(x="CAST(substr(k, 6, 2) AS INTEGER)") + " || ' ' || substr(k, 1, 4) FROM ("
               + top("le", "substr(d, 1, 7)", "count(*)", "status = 'taught'") + ")",
    "s13-033": "SELECT sum(mins) / 60.0 FROM le WHERE status = 'taught' AND d LIKE '2025-03-%'",
    "s13-034": "SELECT 100.0 * sum(loc = 'online') / count(*) FROM le WHERE status = 'taught'",
    "s13-035": "SELECT " + WD.format(x="k") + " FROM (" + top("le", "CAST(strftime('%w', d) AS INTEGER)", "count(*)", order="ASC") + ")",
    "s13-036": "SELECT sum(fee) FROM le WHERE inst = 'singing'",
    "s13-037": "SELECT sum(fee) FROM le WHERE sid = '0070'",
    "s13-038": top("le", "sid", "count(*)", "status = 'taught'"),
    "s13-039": "SELECT avg(fee) FROM le WHERE d BETWEEN '2024-09-01' AND '2024-12-31' AND fee > 0",
    "s13-040": "SELECT count(*) FROM le WHERE status = 'taught' AND loc = 'home visit'",
    "s13-041": "SELECT sum(d BETWEEN '2025-01-01' AND '2025-04-30') - sum(d BETWEEN '2024-09-01' AND '2024-12-31') FROM le WHERE status = 'taught'",
    "s13-042": "SELECT printf('%02d:00', k) FROM (" + top("le", "hr", "count(*)", "status = 'taught'") + ")",
    "s13-043": "SELECT sum(fee) / count(DISTINCT substr(d, 1, 7)) FROM le WHERE inst = 'violin' AND d LIKE '2025-%'",
    "s13-044": "SELECT count(*) FROM le WHERE status = 'no-show' AND inst = 'guitar'",
    "s13-045": "SELECT avg(mins) FROM le WHERE status = 'taught'",
    # market ledger
    "s13-046": "SELECT sum(amt) FROM mk",
    "s13-047": "SELECT count(*) FROM mk WHERE item = 'refund'",
    "s13-048": top("mk", "type", "sum(amt)", "item = 'pitch fee'"),
    "s13-049": "SELECT count(DISTINCT who) FROM mk",
    "s13-050": "SELECT count(*) FROM mk_all WHERE void",
    "s13-051": "SELECT avg(amt) FROM mk WHERE item = 'pitch fee' AND type = 'hot food'",
    "s13-052": mon_top("mk", "sum(amt)"),
    "s13-053": "SELECT sum(amt) FROM mk WHERE item = 'electricity'",
    "s13-054": "SELECT count(DISTINCT d) FROM mk_all",
    "s13-055": "SELECT sum(amt) FROM mk WHERE wd = 3",
    "s13-056": top("mk", "who", "sum(amt)"),
    "s13-057": "SELECT 100.0 * sum(CASE WHEN type = 'hot food' THEN amt ELSE 0 END) / sum(amt) FROM mk",
    "s13-058": "SELECT sum(amt) / count(DISTINCT d) FROM mk WHERE wd = 6",
    "s13-059": "SELECT count(*) FROM mk WHERE item = 'pitch fee' AND mon = 12",
    "s13-060": "SELECT sum(amt) FROM mk WHERE item = 'gazebo hire' AND mon BETWEEN 6 AND 8",
    "s13-061": "SELECT sum(CASE WHEN mon = 12 THEN amt END) - sum(CASE WHEN mon = 11 THEN amt END) FROM mk",
    "s13-062": "SELECT 100.0 * sum(pay = 'card') / count(*) FROM mk",
    "s13-063": "SELECT count(*) FROM mk WHERE item = 'loyalty credit'",
    "s13-064": "SELECT count(DISTINCT who) FROM mk WHERE type = 'bakery'",
    "s13-065": "SELECT sum(amt) FROM mk WHERE type = 'crafts' AND mon <= 6",
    "s13-066": top("mk", "d", "count(DISTINCT who)", "item = 'pitch fee' AND wd = 6"),
    # car park
    "s13-067": "SELECT sum(entries) FROM cpo",
    "s13-068": top("cpo", "level", "sum(entries)"),
    "s13-069": mon_top("cpa", "sum(take)"),
    "s13-070": "SELECT count(*) FROM cpo WHERE level = 'ground' AND peak = spaces",
    "s13-071": "SELECT avg(entries) FROM cpo WHERE level = 'roof'",
    "s13-072": "SELECT count(*) FROM cpa WHERE level = 'roof' AND closed",
    "s13-073": "SELECT sum(take) FROM cpa",
    "s13-074": "SELECT sum(take) / sum(entries) FROM cpo WHERE take IS NOT NULL",
    "s13-075": wd_top("cpo", "sum(entries)"),
    "s13-076": top("cpo", "d", "sum(entries)"),
    "s13-077": "SELECT sum(entries) FROM cpo WHERE level = 'level 3' AND mon = 3",
    "s13-078": "SELECT 100.0 * sum(CASE WHEN level = 'roof' THEN entries ELSE 0 END) / sum(entries) FROM cpo",
    "s13-079": "SELECT sum(CASE WHEN mon = 12 THEN take END) - sum(CASE WHEN mon = 11 THEN take END) FROM cpa",
    "s13-080": "SELECT count(*) FROM (SELECT d FROM cpo GROUP BY d HAVING sum(entries) > 1900)",
    "s13-081": "SELECT count(*) FROM cpo WHERE level = 'level 2' AND peak = spaces",
    "s13-082": "SELECT (sum(CASE WHEN mon = 7 THEN entries END) - sum(CASE WHEN mon = 1 THEN entries END)) / 31.0 FROM cpo",
    "s13-083": "SELECT sum(take) FROM cpa WHERE wd = 0",
    "s13-084": "SELECT 100.0 * avg(peak * 1.0 / spaces) FROM cpo WHERE level = 'level 1'",
    "s13-085": "SELECT count(*) FROM cpa WHERE closed",
    "s13-086": "SELECT max(stay) FROM cpo",
    # snack bar
    "s13-087": "SELECT sum(amt) FROM sb",
    "s13-088": top("sb", "item", "sum(qty)"),
    "s13-089": "SELECT count(DISTINCT tx) FROM sb WHERE mon = 7",
    "s13-090": "SELECT sum(amt) / count(DISTINCT tx) FROM sb",
    "s13-091": f"SELECT printf('%02d:00', k) FROM ({top('sb', 'hr', 'count(DISTINCT tx)')})",
    "s13-092": "SELECT 100.0 * sum(CASE WHEN pay = 'cash' THEN amt ELSE 0 END) / sum(amt) FROM sb",
    "s13-093": top("sb", "cat", "sum(amt)"),
    "s13-094": "SELECT count(*) FROM sb_all WHERE void",
    "s13-095": "SELECT sum(qty) FROM sb WHERE item = 'popcorn large' AND wd = 6",
    "s13-096": "SELECT sum(amt) FROM sb WHERE item = 'combo deal' AND mon = 8",
    "s13-097": wd_top("sb", "sum(amt)"),
    "s13-098": "SELECT sum(CASE WHEN mon = 7 THEN amt END) - sum(CASE WHEN mon = 6 THEN amt END) FROM sb",
    "s13-099": "SELECT 100.0 * (SELECT count(DISTINCT tx) FROM sb WHERE cat = 'drinks') / (SELECT count(DISTINCT tx) FROM sb)",
    "s13-100": "SELECT sum(qty) FROM sb WHERE item = 'nachos'",
    "s13-101": "SELECT sum(qty) * 1.0 / count(DISTINCT tx) FROM sb",
    "s13-102": top("sb", "pay", "count(DISTINCT tx)"),
    "s13-103": "SELECT sum(amt) FROM sb WHERE cat = 'hot food' AND wd IN (0, 6)",
    "s13-104": "SELECT max(s) FROM (SELECT sum(amt) AS s FROM sb GROUP BY tx)",
    "s13-105": "SELECT count(*) FROM sb WHERE amt > 20",
    "s13-106": mon_top("sb", "sum(qty)", "cat = 'ice cream'"),
    "s13-107": "SELECT sum(amt) FROM sb WHERE item = 'pick n mix'",
}


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
        if isinstance(row[0], str):
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
