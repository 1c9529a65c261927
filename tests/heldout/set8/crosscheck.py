#!/usr/bin/env python3
"""Held-out set 8: a second, independent computation of the truths, in SQL (sqlite3).

    python3 tests/heldout/set8/crosscheck.py

Loads the raw CSVs as text into an in-memory SQLite database, cleans them with SQL expressions and views
only (no code shared with truths.py) and compares the answers with questions.json: numbers within 0.01,
"which" questions by the SQL winner against the truth's labels (and its number when the truth has one),
top-N lists by the set of labels. Exit 1 on a mismatch.
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
    return f"CAST(replace(replace(replace(trim({col}), '$', ''), ',', ''), ' ', '') AS REAL)"


MISSING = "('', 'n/a', 'na', '-', 'none', 'null', 'unknown', 'tbc', '?', 'pending', 'see notes')"


def missing(col):
    return f"{fold(col)} IN {MISSING}"


def yes(col):
    return f"{fold(col)} IN ('yes', 'y', 'true')"


MONTH_NAME = ("CASE {m} WHEN 1 THEN 'January' WHEN 2 THEN 'February' WHEN 3 THEN 'March' WHEN 4 THEN 'April' "
              "WHEN 5 THEN 'May' WHEN 6 THEN 'June' WHEN 7 THEN 'July' WHEN 8 THEN 'August' WHEN 9 THEN 'September' "
              "WHEN 10 THEN 'October' WHEN 11 THEN 'November' WHEN 12 THEN 'December' END")
DAY_NAME = ("CASE {w} WHEN '0' THEN 'Sunday' WHEN '1' THEN 'Monday' WHEN '2' THEN 'Tuesday' WHEN '3' THEN 'Wednesday' "
            "WHEN '4' THEN 'Thursday' WHEN '5' THEN 'Friday' WHEN '6' THEN 'Saturday' END")


def median(select):
    """Median of the single column that `select` returns (NULLs dropped)."""
    return (f"SELECT avg(x) FROM (SELECT x FROM ({select}) WHERE x IS NOT NULL ORDER BY x "
            f"LIMIT 2 - (SELECT count(x) FROM ({select})) % 2 OFFSET ((SELECT count(x) FROM ({select})) - 1) / 2)")


# ----------------------------------------------------------------------------------------------
# cleaning views

VIEWS = [
    # roastery: the lookup, then orders joined to it; order_date dd/mm/yyyy
    f"""CREATE VIEW sup AS SELECT upper(trim(supplier_id)) AS sid,
          trim(rtrim(trim(replace(supplier_name, '  ', ' ')), '.')) AS name,
          {fold('country')} AS country, {fold('region')} AS region,
          CASE WHEN replace({fold('certification')}, ' ', '') IN ('', 'n/a', 'none', '-') THEN 'none'
               ELSE replace({fold('certification')}, ' ', '') END AS cert
        FROM raw_suppliers""",
    f"""CREATE VIEW bp AS SELECT
          substr(order_date, 7, 4) || '-' || substr(order_date, 4, 2) || '-' || substr(order_date, 1, 2) AS d,
          CAST(substr(order_date, 7, 4) AS INT) AS y, CAST(substr(order_date, 4, 2) AS INT) AS m,
          s.name, s.country, s.region, s.cert, {fold('process')} AS process, CAST(bags AS INT) AS bags,
          CAST(kg AS REAL) AS kg, {money('total')} AS total, {fold('status')} AS status,
          CASE WHEN {missing('cupping_score')} THEN NULL ELSE CAST(cupping_score AS REAL) END AS cup
        FROM raw_bean_purchases b JOIN sup s ON upper(trim(b.supplier_id)) = s.sid""",
    # tool hire: ISO datetimes, length in hours by julianday
    f"""CREATE VIEW th AS SELECT {fold('branch')} AS branch, {fold('tool')} AS tool, {fold('category')} AS cat,
          CASE WHEN {fold('customer_type')} LIKE '%private%' THEN 'private' ELSE {fold('customer_type')} END AS cust,
          out_at, CAST(substr(out_at, 6, 2) AS INT) AS m, CAST(substr(out_at, 12, 2) AS INT) AS h,
          strftime('%w', out_at) AS wd, NULLIF(trim(returned_at), '') AS ret,
          CASE WHEN trim(returned_at) = '' THEN NULL ELSE (julianday(returned_at) - julianday(out_at)) * 24 END AS hours,
          CASE WHEN trim(charge) = '' THEN NULL ELSE {money('charge')} END AS charge,
          CASE WHEN trim(damaged) = '' THEN NULL ELSE {yes('damaged')} END AS damaged, {fold('payment')} AS pay
        FROM raw_tool_hire""",
    # league: M/D/YYYY in two steps
    """CREATE VIEW mr1 AS SELECT *, substr(match_date, 1, instr(match_date, '/') - 1) AS mm,
          substr(match_date, instr(match_date, '/') + 1) AS rest FROM raw_match_results""",
    f"""CREATE VIEW mr AS SELECT trim(season) AS season,
          substr(rest, instr(rest, '/') + 1) || '-' || printf('%02d', CAST(mm AS INT)) || '-'
            || printf('%02d', CAST(substr(rest, 1, instr(rest, '/') - 1) AS INT)) AS d,
          CAST(mm AS INT) AS m, trim(kick_off) AS ko, {fold('home_team')} AS home, {fold('away_team')} AS away,
          CAST(home_goals AS INT) AS hg, CAST(away_goals AS INT) AS ag, {fold('referee')} AS ref,
          CASE WHEN {missing('attendance')} THEN NULL ELSE CAST(replace(trim(attendance), ',', '') AS REAL) END AS att,
          lower(status) LIKE '%postponed%' AS pp
        FROM mr1""",
    "CREATE VIEW games AS SELECT * FROM mr WHERE NOT pp",
    """CREATE VIEW tg AS SELECT season, home AS team, hg AS gf, ag AS ga, 1 AS is_home FROM games
         UNION ALL SELECT season, away, ag, hg, 0 FROM games""",
    """CREATE VIEW pts AS SELECT season, team, sum(CASE WHEN gf > ga THEN 3 WHEN gf = ga THEN 1 ELSE 0 END) AS p
         FROM tg GROUP BY 1, 2""",
    # bike counters: ISO 'T' hours
    f"""CREATE VIEW bk AS SELECT {fold('counter')} AS counter, substr(hour_start, 1, 10) AS d,
          CAST(substr(hour_start, 6, 2) AS INT) AS m, CAST(substr(hour_start, 12, 2) AS INT) AS h,
          strftime('%w', substr(hour_start, 1, 10)) AS wd,
          CASE WHEN trim(bikes_in) = '' THEN NULL ELSE CAST(bikes_in AS INT) END AS bin,
          CASE WHEN trim(bikes_in) = '' THEN NULL ELSE CAST(bikes_in AS INT) + CAST(bikes_out AS INT) END AS bikes,
          CASE WHEN trim(e_scooters) = '' THEN NULL ELSE CAST(e_scooters AS INT) END AS sc,
          lower(status) LIKE '%fault%' AS fault,
          CASE WHEN {missing('rain_mm')} THEN NULL ELSE CAST(rain_mm AS REAL) END AS rain
        FROM raw_bike_counts""",
    # ledger: dd-Mon-yyyy; account ids padded back to six digits
    f"""CREATE VIEW lg AS SELECT CAST(substr(posted, 8, 4) AS INT) AS y,
          (instr('janfebmaraprmayjunjulaugsepoctnovdec', lower(substr(posted, 4, 3))) + 2) / 3 AS m,
          substr('000000' || trim(account_id), -6) AS acc, {fold('plan')} AS plan, {fold('type')} AS type,
          {money('amount')} AS amt,
          CASE WHEN {fold('country')} IN ('us', 'usa', 'united states') THEN 'United States'
               WHEN {fold('country')} IN ('ca', 'canada') THEN 'Canada'
               WHEN {fold('country')} IN ('uk', 'u.k', 'united kingdom') THEN 'United Kingdom'
               WHEN {fold('country')} IN ('au', 'australia') THEN 'Australia' END AS country
        FROM raw_box_ledger""",
    # volunteers: MM/DD/YYYY; hours only when the text is a plain number
    f"""CREATE VIEW vl AS SELECT substr(date, 7, 4) || '-' || substr(date, 1, 2) || '-' || substr(date, 4, 2) AS d,
          CAST(substr(date, 1, 2) AS INT) AS m,
          strftime('%w', substr(date, 7, 4) || '-' || substr(date, 1, 2) || '-' || substr(date, 4, 2)) AS wd,
          lower(trim(replace(replace(volunteer, '  ', ' '), '  ', ' '))) AS name, {fold('site')} AS site,
          {fold('activity')} AS act,
          CASE WHEN trim(hours) GLOB '[0-9]*' AND NOT trim(hours) GLOB '*[^0-9.]*' THEN CAST(trim(hours) AS REAL) END
            AS hours,
          {fold('group_type')} AS grp,
          CASE WHEN trim(miles) = '' THEN NULL ELSE CAST(replace(trim(miles), ' mi', '') AS REAL) END AS miles,
          {yes('first_session')} AS first
        FROM raw_volunteer_log""",
]


def top_sql(table, key, val, where="1", n=1, order="DESC"):
    """The winning key (and its value) of sum(val) grouped by key."""
    return f"SELECT {key} AS k, sum({val}) AS v FROM {table} WHERE {where} GROUP BY 1 ORDER BY v {order} LIMIT {n}"


def top_list(table, key, val, n, where="1"):
    return (f"SELECT group_concat(k, '|') FROM (SELECT {key} AS k, sum({val}) AS v FROM {table} WHERE {where} "
            f"GROUP BY 1 ORDER BY v DESC LIMIT {n})")


def hour_label(expr):
    return f"SELECT printf('%d:00', k), v FROM ({expr})"


def month_label(expr):
    return f"SELECT {MONTH_NAME.format(m='k')}, v FROM ({expr})"


def day_label(expr):
    return f"SELECT {DAY_NAME.format(w='k')}, v FROM ({expr})"


def growth_top(table, key, val, old, new, order="DESC"):
    return (f"SELECT k, 100.0 * (1.0 * n / o - 1) AS g FROM (SELECT {key} AS k, sum(CASE WHEN {old} THEN {val} END) AS o, "
            f"sum(CASE WHEN {new} THEN {val} END) AS n FROM {table} GROUP BY 1) ORDER BY g {order} LIMIT 1")


CHECKS = {
    # roastery
    "s8-001": "SELECT sum(kg) FROM bp WHERE y = 2024",
    "s8-002": "SELECT sum(total) FROM bp WHERE country = 'ethiopia'",
    "s8-003": top_sql("bp", "name", "total", "y = 2024"),
    "s8-004": "SELECT sum(total) / sum(kg) FROM bp WHERE process = 'natural'",
    "s8-005": "SELECT 100.0 * sum(CASE WHEN cert = 'organic' THEN total ELSE 0 END) / sum(total) FROM bp WHERE y = 2024",
    "s8-006": "SELECT count(*) FROM bp WHERE y = 2024 AND m BETWEEN 7 AND 9",
    "s8-007": median("SELECT cup AS x FROM bp"),
    "s8-008": "SELECT count(DISTINCT name) FROM bp WHERE y = 2023",
    "s8-009": top_sql("bp", "region", "kg", "y = 2023"),
    "s8-010": growth_top("bp", "region", "total", "y = 2023", "y = 2024"),
    "s8-011": "SELECT count(*) FROM bp WHERE cup >= 87",
    "s8-012": month_label(top_sql("bp", "m", "total", "y = 2024")),
    "s8-013": "SELECT sum(CASE WHEN y = 2024 THEN total ELSE -total END) FROM bp WHERE m >= 10",
    "s8-014": top_list("bp", "country", "kg", 3),
    "s8-015": top_sql("bp", "process", "1"),
    "s8-016": "SELECT sum(kg) FROM bp WHERE status <> 'received'",
    "s8-017": "SELECT avg(bags) FROM bp",
    "s8-018": "SELECT count(*) FROM bp WHERE country = 'colombia'",
    "s8-019": "SELECT avg(cup) FROM bp WHERE country = 'kenya'",
    "s8-020": "SELECT 100.0 * ((SELECT sum(total) / sum(kg) FROM bp WHERE y = 2024) / "
              "(SELECT sum(total) / sum(kg) FROM bp WHERE y = 2023) - 1)",
    # tool hire
    "s8-021": "SELECT avg(hours) FROM th",
    "s8-022": "SELECT avg(hours) / 24 FROM th WHERE tool = 'mini digger'",
    "s8-023": median("SELECT hours AS x FROM th"),
    "s8-024": "SELECT max(hours) / 24 FROM th",
    "s8-025": "SELECT count(*) FROM th WHERE ret IS NULL",
    "s8-026": "SELECT sum(charge) FROM th",
    "s8-027": top_sql("th", "branch", "charge", "m BETWEEN 6 AND 8"),
    "s8-028": top_sql("th", "tool", "1"),
    "s8-029": "SELECT 100.0 * sum(damaged) / count(ret) FROM th",
    "s8-030": hour_label(top_sql("th", "h", "1")),
    "s8-031": day_label(top_sql("th", "wd", "1")),
    "s8-032": "SELECT sum(charge) FROM th WHERE cust = 'trade'",
    "s8-033": "SELECT count(*) FROM th WHERE hours > 168",
    "s8-034": "SELECT sum(CASE WHEN m BETWEEN 4 AND 6 THEN charge WHEN m <= 3 THEN -charge ELSE 0 END) FROM th",
    "s8-035": "SELECT avg(charge) FROM th WHERE tool = 'carpet cleaner'",
    "s8-036": "SELECT cat, avg(hours) AS a FROM th GROUP BY 1 ORDER BY a DESC LIMIT 1",
    "s8-037": "SELECT count(DISTINCT tool) FROM th",
    "s8-038": "SELECT 100.0 * sum(substr(ret, 1, 10) = substr(out_at, 1, 10)) / count(ret) FROM th",
    "s8-039": "SELECT count(*) FROM th WHERE branch = 'riverside' AND pay = 'account'",
    "s8-040": "SELECT sum(charge) FROM th WHERE branch = 'eastgate' AND m = 3",
    # league
    "s8-041": "SELECT sum(hg + ag) FROM games WHERE season = '2023-24'",
    "s8-042": "SELECT avg(hg + ag) FROM games",
    "s8-043": top_sql("tg", "team", "gf", "season = '2023-24'"),
    "s8-044": "SELECT count(*) FROM games WHERE hg = ag",
    "s8-045": "SELECT 100.0 * sum(hg > ag) / count(*) FROM games",
    "s8-046": top_sql("games", "home", "hg > ag", "season = '2023-24'"),
    "s8-047": "SELECT avg(att) FROM games WHERE home = 'ashford rovers'",
    "s8-048": "SELECT max(abs(hg - ag)) FROM games",
    "s8-049": "SELECT 100.0 * ((SELECT sum(att) FROM games WHERE season = '2023-24') / "
              "(SELECT sum(att) FROM games WHERE season = '2022-23') - 1)",
    "s8-050": "SELECT count(*) FROM games WHERE ref LIKE '%mills'",
    "s8-051": "SELECT count(*) FROM mr WHERE pp",
    "s8-052": "SELECT count(*) FROM games WHERE hg + ag >= 5",
    "s8-053": top_sql("tg", "team", "ga", "season = '2022-23'", order="ASC"),
    "s8-054": "SELECT p FROM pts WHERE season = '2023-24' AND team = 'dunmore united'",
    "s8-055": "SELECT team, p FROM pts WHERE season = '2023-24' ORDER BY p DESC LIMIT 1",
    "s8-056": "SELECT avg(att) FROM games WHERE ko = '7:30 PM'",
    "s8-057": "SELECT count(*) FROM tg WHERE season = '2023-24' AND team = 'brookside athletic' AND ga = 0",
    "s8-058": "SELECT count(DISTINCT team) FROM tg",
    "s8-059": month_label(top_sql("games", "m", "hg + ag", "season = '2022-23'")),
    "s8-060": "SELECT sum(ag) FROM games WHERE away = 'glenview fc'",
    # bike counters
    "s8-061": "SELECT sum(bikes) FROM bk",
    "s8-062": top_sql("bk", "counter", "bikes"),
    "s8-063": hour_label(top_sql("bk", "h", "bikes")),
    "s8-064": "SELECT sum(bikes) / 30.0 FROM bk WHERE counter = 'harbour bridge' AND m = 9",
    "s8-065": "SELECT 100.0 * sum(CASE WHEN wd IN ('0', '6') THEN bikes ELSE 0 END) / sum(bikes) FROM bk "
              "WHERE counter = 'canal path'",
    "s8-066": "SELECT 100.0 * (1 - 1.0 * sum(CASE WHEN m = 10 THEN bikes END) / sum(CASE WHEN m = 9 THEN bikes END)) "
              "FROM bk",
    "s8-067": "SELECT count(*) FROM bk WHERE fault",
    "s8-068": "SELECT avg(bikes) FROM bk WHERE counter = 'station street' AND rain > 0",
    "s8-069": "SELECT 1.0 * sum(bikes) / count(DISTINCT d) FROM bk WHERE wd IN ('0', '6')",
    "s8-070": "SELECT sum(sc) FROM bk WHERE m = 10",
    "s8-071": "SELECT max(bikes) FROM bk",
    "s8-072": top_sql("bk", "d", "bikes"),
    "s8-073": "SELECT count(*) FROM (SELECT d, sum(bikes) AS b FROM bk WHERE counter = 'station street' GROUP BY 1) "
              "WHERE b > 1400",
    "s8-074": "SELECT 100.0 * sum(sc) / sum(bikes) FROM bk WHERE counter = 'station street'",
    "s8-075": "SELECT sum(bin) FROM bk WHERE counter = 'harbour bridge' AND h = 8",
    "s8-076": growth_top("bk", "counter", "bikes", "m = 9", "m = 10"),
    "s8-077": "SELECT sum(bikes) FROM bk WHERE counter = 'station street' AND d = '2024-10-01'",
    "s8-078": "SELECT sum(bikes) FROM bk WHERE d BETWEEN '2024-10-07' AND '2024-10-13'",
    "s8-079": "SELECT 100.0 * sum(CASE WHEN h BETWEEN 7 AND 9 THEN bikes ELSE 0 END) / sum(bikes) FROM bk "
              "WHERE counter = 'harbour bridge'",
    "s8-080": "SELECT sum(bikes) FROM bk WHERE counter = 'canal path' AND d = "
              f"(SELECT k FROM ({top_sql('bk', 'd', 'bikes')}))",
    "s8-081": hour_label(top_sql("bk", "h", "bikes", f"counter = (SELECT k FROM ({top_sql('bk', 'counter', 'bikes')}))")),
    # ledger
    "s8-082": "SELECT sum(amt) FROM lg WHERE y = 2024",
    "s8-083": "SELECT -sum(amt) FROM lg WHERE y = 2024 AND type = 'refund'",
    "s8-084": "SELECT 100.0 * -sum(CASE WHEN type = 'refund' THEN amt END) / sum(CASE WHEN type = 'charge' THEN amt END) "
              "FROM lg WHERE y = 2023",
    "s8-085": "SELECT count(DISTINCT acc) FROM lg WHERE y = 2024 AND m = 12 AND type = 'charge'",
    "s8-086": top_sql("lg", "plan", "amt"),
    "s8-087": "SELECT 100.0 * (sum(CASE WHEN y = 2024 THEN amt END) / sum(CASE WHEN y = 2023 THEN amt END) - 1) FROM lg",
    "s8-088": "SELECT count(*) FROM lg WHERE type = 'chargeback'",
    "s8-089": month_label(top_sql("lg", "m", "-amt", "y = 2024 AND type = 'refund'")),
    "s8-090": "SELECT avg(amt) FROM lg WHERE plan = 'deluxe monthly' AND type = 'charge'",
    "s8-091": "SELECT sum(amt) FROM lg WHERE acc = '000417'",
    "s8-092": "SELECT -sum(amt) FROM lg WHERE y = 2024 AND m >= 10 AND type = 'credit'",
    "s8-093": top_sql("lg", "country", "amt"),
    "s8-094": "SELECT sum(CASE WHEN m BETWEEN 7 AND 9 THEN amt WHEN m >= 10 THEN -amt ELSE 0 END) FROM lg WHERE y = 2024",
    "s8-095": "SELECT count(DISTINCT acc) FROM lg WHERE type = 'refund'",
    "s8-096": "SELECT max(-amt) FROM lg WHERE type = 'refund'",
    "s8-097": "SELECT 100.0 * sum(CASE WHEN plan LIKE '%annual' THEN amt ELSE 0 END) / sum(amt) FROM lg WHERE y = 2024",
    "s8-098": "SELECT sum(amt) FROM lg WHERE y = 2024 AND type = 'shipping'",
    "s8-099": "SELECT sum(CASE WHEN m = 12 THEN amt WHEN m = 1 THEN -amt ELSE 0 END) FROM lg WHERE y = 2024",
    "s8-100": "SELECT count(*) FROM (SELECT acc, sum(amt) AS s FROM lg GROUP BY 1) WHERE s > 1000",
    "s8-101": "SELECT -sum(amt) FROM lg WHERE y = 2023 AND amt < 0",
    # volunteers
    "s8-102": "SELECT sum(hours) FROM vl",
    "s8-103": top_sql("vl", "site", "hours"),
    "s8-104": "SELECT count(DISTINCT name) FROM vl",
    "s8-105": "SELECT avg(hours) FROM vl",
    "s8-106": top_list("vl", "name", "hours", 3),
    "s8-107": "SELECT sum(CASE WHEN m <= 3 THEN hours WHEN m >= 10 THEN -hours ELSE 0 END) FROM vl "
              "WHERE act = 'tree planting'",
    "s8-108": "SELECT 100.0 * sum(CASE WHEN grp = 'corporate' THEN hours ELSE 0 END) / sum(hours) FROM vl",
    "s8-109": "SELECT count(*) FROM vl WHERE hours IS NULL",
    "s8-110": top_sql("vl", "act", "1"),
    "s8-111": month_label(top_sql("vl", "m", "hours")),
    "s8-112": day_label(top_sql("vl", "wd", "1")),
    "s8-113": "SELECT sum(miles) FROM vl",
    "s8-114": "SELECT count(*) FROM (SELECT name, sum(hours) AS s FROM vl GROUP BY 1) WHERE s > 40",
    "s8-115": "SELECT count(*) FROM vl WHERE first AND m = 1",
    "s8-116": median("SELECT hours AS x FROM vl"),
    "s8-117": "SELECT sum(hours) FROM vl WHERE name = 'amara patel'",
    "s8-118": growth_top("vl", "site", "hours", "m <= 3", "m BETWEEN 4 AND 6"),
    "s8-119": "SELECT sum(hours) / count(DISTINCT name) FROM vl",
    "s8-120": "SELECT 100.0 * sum(wd IN ('0', '6')) / count(*) FROM vl",
    "s8-121": "SELECT sum(hours) FROM vl WHERE grp = 'school' AND site = 'swan lake park'",
}


def main():
    db = sqlite3.connect(":memory:")
    for p in sorted(DATA.glob("*.csv")):
        load(db, p.name)
    for v in VIEWS:
        db.execute(v)
    truths = {q["id"]: q["truth"] for q in json.loads((HERE / "questions.json").read_text(encoding="utf-8"))}
    bad = 0
    for qid, sql in CHECKS.items():
        row = db.execute(sql).fetchone()
        want = truths[qid]
        if "labels" in want:
            got = sorted(x.casefold() for x in row[0].split("|"))
            ok = got == sorted(x.casefold() for x in want["labels"])
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
    print(f"{len(CHECKS) - bad} of {len(CHECKS)} agree ({len(truths)} questions)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
