#!/usr/bin/env python3
"""Held-out set 10: a second, independent computation of the truths, in SQL (DuckDB).

    /work/targets/benchvenv/bin/python tests/heldout/set10/crosscheck.py     # any python with duckdb

Loads the raw CSV text (every cell a string, exactly as written) into an in-memory DuckDB database,
cleans it with SQL expressions in views only (no code shared with truths.py) and compares the answers with
questions.json: numbers within 0.01, "which" questions by the SQL winner against the truth's labels (and
its number when the truth has one), and label groups part by part. Exit 1 on a mismatch.
"""

import csv
import json
import sys
from pathlib import Path

import duckdb

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"


def load(db, name):
    with open(DATA / name, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    table = "raw_" + name[:-4]
    cols = ", ".join(f'"{c}" VARCHAR' for c in rows[0])
    db.execute(f'CREATE TABLE "{table}" ({cols})')
    db.executemany(f'INSERT INTO "{table}" VALUES ({", ".join("?" * len(rows[0]))})', rows[1:])


def fold(col):
    return f"lower(trim(rtrim(trim(regexp_replace({col}, '\\s+', ' ', 'g')), '.')))"


def money(col):
    """£ / $ money with a point decimal, signed; NULL unless it holds a digit."""
    return f"CASE WHEN regexp_matches({col}, '[0-9]') THEN CAST(regexp_replace({col}, '[£$, ]', '', 'g') AS DOUBLE) END"


def num(col):
    return f"TRY_CAST(trim({col}) AS DOUBLE)"


VIEWS = [
    f"""CREATE VIEW pl AS SELECT lpad(trim(sku), 5, '0') AS sku, {fold('plant_name')} AS name,
          {fold('category')} AS cat, {fold('supplier')} AS supplier FROM raw_plants""",
    f"""CREATE VIEW ns AS SELECT trim(receipt) AS rec, strptime(trim(sold_at), '%Y-%m-%d %H:%M:%S') AS t,
          CAST(qty AS INT) AS qty, {money('line_total')} AS amt, {fold('channel')} AS ch,
          {fold('type')} = 'return' AS ret, pl.*
        FROM raw_nursery_sales s JOIN pl ON pl.sku = lpad(trim(s.sku), 5, '0')""",
    f"""CREATE VIEW en AS SELECT lpad(trim(student_id), 6, '0') AS sid, strptime(trim(enrolled_on), '%d/%m/%Y') AS d,
          {fold('language')} AS lang, upper(trim(level)) AS level, {fold('term')} AS term, {fold('format')} AS fmt,
          {fold('teacher')} AS teacher, {money('fee')} AS fee, {fold('fee')} AS feetxt, {num('hours_attended')} AS hours,
          {fold('status')} AS status, trim(student_id) AS rawsid FROM raw_enrolments""",
    f"""CREATE VIEW fb AS SELECT strptime(trim(date), '%m/%d/%Y') AS d, {fold('site')} AS site,
          {fold('status')} = 'closed' AS closed, {num('households')} AS hh, {num('people')} AS people,
          {num('parcels')} AS parcels, {num('kg_given_out')} AS kgout, {num('kg_donated')} AS kgin,
          {num('volunteers')} AS vols FROM raw_foodbank_daily""",
    f"""CREATE VIEW pj AS SELECT trim(job_id) AS id, strptime(trim(received), '%Y-%m-%dT%H:%M:%S') AS recv,
          CASE WHEN trim(ready) <> '' THEN strptime(trim(ready), '%Y-%m-%dT%H:%M:%S') END AS ready,
          {fold('customer_type')} AS cust, {fold('product')} AS prod, {fold('colour')} = 'colour' AS colour,
          {num('pages')} AS pages, CAST(copies AS INT) AS copies, {fold('rush')} IN ('yes', 'y', 'true', '1') AS rush,
          {money('price')} AS price, {fold('status')} AS status FROM raw_print_jobs""",
    """CREATE VIEW pj2 AS SELECT *, status <> 'cancelled' AS live,
          (epoch(ready) - epoch(recv)) / 3600.0 AS hours FROM pj""",
    f"""CREATE VIEW cw AS SELECT trim(txn_id) AS id, strptime(trim(date_time), '%d/%m/%Y %H:%M') AS t,
          {fold('bay')} AS bay, {fold('package')} AS pkg, {fold('vehicle')} AS veh, {money('amount')} AS amt,
          {fold('payment')} AS pay, {fold('kind')} AS kind FROM raw_carwash""",
    "CREATE VIEW wash AS SELECT * FROM cw WHERE kind = 'wash'",
]


def top(table, key, val, where="TRUE", order="DESC"):
    """The winning key (as text) and its value of an aggregate val grouped by key."""
    return (f"SELECT CAST(k AS VARCHAR) AS k, v FROM (SELECT {key} AS k, {val} AS v FROM {table} WHERE {where} GROUP BY 1) "
            f"ORDER BY v {order} LIMIT 1")


def label_only(sql):
    inner = sql.replace("SELECT CAST(k AS VARCHAR) AS k, v", "SELECT CAST(k AS VARCHAR) AS k", 1)
    return f"SELECT k FROM ({inner})"


def hour(sql):
    return f"SELECT printf('%d:00', CAST(k AS INT)) FROM ({label_only(sql)})"


CHECKS = {
    # nursery
    "s10-001": "SELECT sum(amt) FROM ns",
    "s10-002": "SELECT -sum(amt) FROM ns WHERE ret",
    "s10-003": label_only(top("ns", "cat", "sum(amt)")),
    "s10-004": "SELECT sum(qty) FROM ns WHERE NOT ret AND month(t) = 12 AND cat = 'houseplant'",
    "s10-005": label_only(top("ns", "name", "sum(qty)", "NOT ret")),
    "s10-006": top("ns", "supplier", "sum(amt)"),
    "s10-007": "SELECT sum(amt) / count(DISTINCT rec) FROM ns WHERE NOT ret AND ch = 'online'",
    "s10-008": "SELECT count(DISTINCT rec) FROM ns WHERE NOT ret AND month(t) = 4",
    "s10-009": "SELECT monthname(make_date(2025, CAST(k AS INT), 1)), v FROM (" + top("ns", "month(t)", "sum(amt)") + ")",
    "s10-010": "SELECT 100 * sum(amt) FILTER (WHERE ch = 'online') / sum(amt) FROM ns WHERE NOT ret",
    "s10-011": hour(top("ns", "hour(t)", "count(DISTINCT rec)", "NOT ret AND ch = 'shop'")),
    "s10-012": "SELECT sum(amt) FROM ns WHERE name = 'olive tree'",
    "s10-013": "SELECT sum(qty) FROM ns WHERE NOT ret AND sku = '00412'",
    "s10-014": "SELECT 100 * -sum(qty) FILTER (WHERE ret) / sum(qty) FILTER (WHERE NOT ret) FROM ns WHERE cat = 'tree'",
    "s10-015": "SELECT sum(amt) FILTER (WHERE quarter(t) = 2) - sum(amt) FILTER (WHERE quarter(t) = 1) FROM ns",
    "s10-016": "SELECT count(*) / count(DISTINCT rec) FROM ns WHERE NOT ret",
    "s10-017": label_only(top("ns", "dayname(t)", "sum(amt)")),
    "s10-018": "SELECT count(*) FROM ns WHERE NOT ret AND amt > 100",
    "s10-019": "SELECT sum(amt) / sum(qty) FROM ns WHERE NOT ret AND name = 'lavender hidcote' AND month(t) = 9",
    "s10-020": "SELECT sum(amt) FROM ns WHERE ch = 'market stall'",
    "s10-021": ("SELECT 100 * sum(amt) FILTER (WHERE month(t) IN (9, 10, 11)) / sum(amt) FROM ns "
                "WHERE NOT ret AND cat = 'bulb'"),
    # language school
    "s10-022": "SELECT count(*) FROM en WHERE lang = 'spanish'",
    "s10-023": "SELECT count(DISTINCT sid) FROM en WHERE term = 'spring 2025'",
    "s10-024": "SELECT count(DISTINCT sid) FROM en",
    "s10-025": "SELECT sum(fee) FROM en WHERE term = 'autumn 2024'",
    "s10-026": label_only(top("en", "lang", "avg(CASE WHEN status = 'withdrawn' THEN 1.0 ELSE 0 END)")),
    "s10-027": "SELECT 100.0 * count(*) FILTER (WHERE status = 'withdrawn') / count(*) FROM en",
    "s10-028": "SELECT avg(hours) FROM en WHERE status = 'completed'",
    "s10-029": top("en", "teacher", "count(*)"),
    "s10-030": "SELECT count(*) FROM en WHERE feetxt IN ('waived', 'scholarship')",
    "s10-031": "SELECT avg(fee) FROM en WHERE lang = 'japanese'",
    "s10-032": "SELECT 100.0 * count(*) FILTER (WHERE fmt = 'online') / count(*) FROM en",
    "s10-033": "SELECT monthname(make_date(2025, CAST(k AS INT), 1)) FROM (" + label_only(
        top("en", "month(d)", "count(*)", "year(d) = 2025")) + ")",
    "s10-034": "SELECT count(*) FROM en WHERE dayofweek(d) IN (0, 6)",
    "s10-035": label_only(top("en", "level", "count(*)", "lang = 'german'")),
    "s10-036": "SELECT count(DISTINCT sid) FROM (SELECT sid, term FROM en GROUP BY 1, 2 HAVING count(*) >= 2)",
    "s10-037": "SELECT sum(hours) FROM en WHERE lang = 'french'",
    "s10-038": "SELECT sum(fee) FROM en WHERE level IN ('B2', 'C1')",
    "s10-039": "SELECT sum(fee) FROM en WHERE sid = '000435'",
    "s10-040": "SELECT count(*) FILTER (WHERE term = 'spring 2025') - count(*) FILTER (WHERE term = 'summer 2025') FROM en",
    "s10-041": label_only(top("en", "fmt", "avg(CASE WHEN status = 'completed' THEN 1.0 ELSE 0 END)",
                              "status IN ('completed', 'withdrawn')")),
    "s10-042": "SELECT median(fee) FROM en",
    # food bank
    "s10-043": "SELECT sum(hh) FROM fb",
    "s10-044": top("fb", "site", "sum(people)"),
    "s10-045": "SELECT sum(kgout) FROM fb",
    "s10-046": "SELECT avg(hh) FROM fb WHERE site = 'riverside hall'",
    "s10-047": "SELECT monthname(make_date(2025, CAST(k AS INT), 1)), v FROM (" + top("fb", "month(d)", "sum(hh)") + ")",
    "s10-048": "SELECT count(*) FROM fb WHERE closed",
    "s10-049": "SELECT count(*) FROM fb WHERE site = 'elm street depot' AND NOT closed AND quarter(d) = 3",
    "s10-050": "SELECT site || '|' || strftime(d, '%Y-%m-%d') FROM fb WHERE hh IS NOT NULL ORDER BY hh DESC LIMIT 1",
    "s10-051": "SELECT sum(kgout) / sum(parcels) FROM fb WHERE kgout IS NOT NULL AND parcels IS NOT NULL",
    "s10-052": "SELECT sum(vols) FROM fb",
    "s10-053": "SELECT count(*) FROM (SELECT d FROM fb GROUP BY d HAVING sum(hh) >= 130)",
    "s10-054": "SELECT 100 * sum(kgin) FILTER (WHERE month(d) = 12) / sum(kgin) FROM fb",
    "s10-055": "SELECT sum(kgout) - sum(kgin) FROM fb",
    "s10-056": "SELECT sum(people) / sum(hh) FROM fb",
    "s10-057": label_only(top("fb", "dayname(d)", "sum(hh)", "hh IS NOT NULL", "ASC")),
    "s10-058": "SELECT sum(hh) FILTER (WHERE month(d) >= 7) - sum(hh) FILTER (WHERE month(d) <= 6) FROM fb",
    "s10-059": "SELECT avg(vols) FROM fb WHERE site = 'st brigid''s centre'",
    "s10-060": "SELECT count(*) FROM fb WHERE kgout > 1000",
    "s10-061": top("fb", "site", "sum(kgout)"),
    "s10-062": "SELECT sum(hh) FROM fb WHERE site = 'northgate church' AND month(d) = 3",
    # print shop
    "s10-063": "SELECT count(*) FROM pj2",
    "s10-064": "SELECT sum(price) FROM pj2 WHERE status = 'collected'",
    "s10-065": "SELECT avg(hours) FROM pj2 WHERE rush AND ready IS NOT NULL",
    "s10-066": top("pj2", "prod", "sum(price)", "live"),
    "s10-067": "SELECT count(*) FROM pj2 WHERE NOT live",
    "s10-068": "SELECT 100.0 * count(*) FILTER (WHERE rush) / count(*) FROM pj2",
    "s10-069": "SELECT avg(price) FROM pj2 WHERE cust = 'student' AND live",
    "s10-070": "SELECT avg(pages) FROM pj2 WHERE prod = 'thesis binding' AND live",
    "s10-071": "SELECT monthname(make_date(2025, CAST(k AS INT), 1)), v FROM (" + top("pj2", "month(recv)", "count(*)") + ")",
    "s10-072": hour(top("pj2", "hour(recv)", "count(*)")),
    "s10-073": "SELECT count(*) FROM pj2 WHERE cust = 'business' AND price > 500",
    "s10-074": "SELECT median(price) FROM pj2 WHERE prod = 'posters' AND live",
    "s10-075": "SELECT 100 * sum(price) FILTER (WHERE colour) / sum(price) FROM pj2 WHERE live",
    "s10-076": "SELECT count(*) FROM pj2 WHERE status = 'ready'",
    "s10-077": "SELECT avg(copies) FROM pj2 WHERE prod = 'flyers' AND live",
    "s10-078": label_only(top("pj2", "dayname(recv)", "count(*)", order="ASC")),
    "s10-079": "SELECT sum(price) FROM pj2 WHERE cust = 'walk-in' AND live AND quarter(recv) = 2",
    "s10-080": "SELECT id FROM pj2 ORDER BY price DESC LIMIT 1",
    "s10-081": "SELECT count(*) FROM pj2 WHERE hours > 48",
    "s10-082": "SELECT sum(price) FILTER (WHERE month(recv) = 5) - sum(price) FILTER (WHERE month(recv) = 2) FROM pj2 WHERE live",
    "s10-083": "SELECT 100.0 * count(*) FILTER (WHERE rush) / count(*) FROM pj2 WHERE prod = 'booklets'",
    # car wash
    "s10-084": "SELECT sum(amt) FROM cw",
    "s10-085": "SELECT -sum(amt) FROM cw WHERE kind = 'refund'",
    "s10-086": "SELECT count(*) FROM wash",
    "s10-087": top("wash", "pkg", "count(*)"),
    "s10-088": top("cw", "pkg", "sum(amt)"),
    "s10-089": "SELECT count(*) FROM wash WHERE pay = 'membership' AND month(t) = 6",
    "s10-090": "SELECT avg(amt) FROM wash WHERE pay <> 'membership'",
    "s10-091": label_only(top("wash", "dayname(t)", "count(*)")),
    "s10-092": hour(top("wash", "hour(t)", "count(*)")),
    "s10-093": "SELECT monthname(make_date(2025, CAST(k AS INT), 1)), v FROM (" + top("cw", "month(t)", "sum(amt)") + ")",
    "s10-094": "SELECT 100.0 * count(*) FILTER (WHERE veh = 'suv') / count(*) FROM wash",
    "s10-095": "SELECT count(*) FROM wash WHERE bay = 'touchless' AND month(t) = 7",
    "s10-096": "SELECT strftime(k::DATE, '%Y-%m-%d'), v FROM (" + top("wash", "CAST(t AS DATE)", "count(*)") + ")",
    "s10-097": "SELECT count(*) / count(DISTINCT CAST(t AS DATE)) FROM wash",
    "s10-098": "SELECT -sum(amt) FROM cw WHERE kind = 're-wash credit'",
    "s10-099": "SELECT 100 * sum(amt) FILTER (WHERE pay = 'card') / sum(amt) FROM wash",
    "s10-100": "SELECT count(*) FILTER (WHERE month(t) = 5) - count(*) FILTER (WHERE month(t) = 4) FROM wash",
    "s10-101": "SELECT count(*) FROM wash WHERE veh = 'van' AND month(t) = 8",
    "s10-102": "SELECT sum(amt) FROM cw WHERE pkg = 'interior valet'",
    "s10-103": "SELECT count(*) FROM cw WHERE kind <> 'wash'",
    "s10-104": "SELECT (SELECT sum(amt) FROM cw WHERE month(t) = 6) / (SELECT count(*) FROM wash WHERE month(t) = 6)",
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


def close(a, b):
    return a is not None and abs(float(a) - b) <= 0.01 + 1e-9 * abs(b)


def main():
    db = duckdb.connect(":memory:")
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
