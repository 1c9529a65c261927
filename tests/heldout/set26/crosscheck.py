#!/usr/bin/env python3
"""Held-out set 26: recomputes every truth in questions.json a second way and reports agreement.

The raw CSV text goes into SQLite as TEXT columns (the csv module only splits the fields); all cleaning
is done in SQL views (lower / trim / replace / substr / instr / printf / GLOB / julianday / strftime), no
Python function registered and no code shared with truths.py. Exit 1 on any mismatch.

    python3 tests/heldout/set26/crosscheck.py
"""

import csv
import json
import re
import sqlite3
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
db = sqlite3.connect(":memory:")


def load(table, name):
    with open(HERE / "data" / name, newline="", encoding="utf-8") as f:
        rd = csv.reader(f)
        head = next(rd)
        cols = [re.sub(r"\W+", "_", h.strip()).strip("_").lower() for h in head]
        db.execute(f"CREATE TABLE {table} ({', '.join(c + ' TEXT' for c in cols)})")
        db.executemany(f"INSERT INTO {table} VALUES ({', '.join('?' * len(cols))})", list(rd))


load("alt_raw", "alterations_jobs.csv")
load("staff_raw", "alterations_staff.csv")
load("egg_raw", "egg_daily.csv")
load("nb_raw", "netball_ledger.csv")
load("vy_raw", "harvest_weighins.csv")
load("ls_raw", "locksmith_callouts.csv")


def FOLD(x):
    return f"lower(trim(replace(replace(replace({x}, '  ', ' '), '  ', ' '), '  ', ' ')))"


def CLEAN(x):
    return f"replace(replace(replace(trim({x}), '£', ''), '$', ''), ',', '')"


def ISNUM(x):
    return f"({CLEAN(x)} GLOB '*[0-9]*' AND {CLEAN(x)} NOT GLOB '*[^0-9.-]*')"


def MONEY(x):
    return f"(CASE WHEN {ISNUM(x)} THEN CAST({CLEAN(x)} AS REAL) END)"


YESX = "(lower(trim({0})) IN ('yes', 'y', 'true'))"

db.executescript(f"""
CREATE VIEW staff AS SELECT CAST(tailor_id AS INTEGER) AS tid, name, {FOLD('role')} AS role,
  started AS started_raw,
  printf('%s-%02d-%02d', substr(started, -4),
         (instr('JanFebMarAprMayJunJulAugSepOctNovDec', substr(started, instr(started, ' ') + 1, 3)) + 2) / 3,
         CAST(substr(started, 1, instr(started, ' ') - 1) AS INTEGER)) AS started
  FROM staff_raw;
CREATE VIEW alt AS SELECT
  substr(dropped_off, 7, 4) || '-' || substr(dropped_off, 4, 2) || '-' || substr(dropped_off, 1, 2) AS d,
  CASE WHEN collected <> '' THEN substr(collected, 7, 4) || '-' || substr(collected, 4, 2) || '-' ||
       substr(collected, 1, 2) END AS c,
  {FOLD('garment')} AS g, {MONEY('price')} AS p, {YESX.format('express')} AS x, {FOLD('status')} AS st,
  ({FOLD('status')} = 'cancelled') AS cx, CAST(tailor_id AS INTEGER) AS tid
  FROM alt_raw;
CREATE VIEW altj AS SELECT alt.*, staff.name, staff.role, staff.started FROM alt JOIN staff USING (tid);

CREATE VIEW egg0 AS SELECT *, substr(date, 1, instr(date, '/') - 1) AS mm,
  substr(date, instr(date, '/') + 1) AS rest FROM egg_raw;
CREATE VIEW egg AS SELECT
  printf('%s-%02d-%02d', substr(rest, instr(rest, '/') + 1), CAST(mm AS INTEGER),
         CAST(substr(rest, 1, instr(rest, '/') - 1) AS INTEGER)) AS d,
  {FOLD('house')} AS h, {FOLD('status')} AS st,
  CAST(replace(hens, ',', '') AS INTEGER) AS hens, CAST(replace(eggs_collected, ',', '') AS INTEGER) AS e,
  CAST(cracked AS INTEGER) AS cr, {MONEY('feed_kg')} AS feed, CAST(mortality AS INTEGER) AS dead
  FROM egg0;
CREATE VIEW lay AS SELECT * FROM egg WHERE st = 'laying';

CREATE VIEW nb AS SELECT
  printf('%s-%02d-%s', substr(date, 8, 4), (instr('JanFebMarAprMayJunJulAugSepOctNovDec', substr(date, 4, 3)) + 2) / 3,
         substr(date, 1, 2)) AS d,
  CASE {FOLD('category')} WHEN 'subscriptions' THEN 'subs' ELSE {FOLD('category')} END AS c,
  replace(lower(trim(team_payee)), ' ', '') AS team, trim(team_payee) AS payee, {FOLD('method')} AS m,
  CAST(replace(replace(trim(amount), '£', ''), ',', '') AS REAL) AS a, trim(status) <> '' AS void
  FROM nb_raw;
CREATE VIEW nbv AS SELECT *, CASE WHEN d >= '2024-09-01' AND d < '2025-09-01' THEN 2024
  WHEN d >= '2023-09-01' AND d < '2024-09-01' THEN 2023 END AS season FROM nb WHERE NOT void;

CREATE VIEW vy AS SELECT substr(weighed_at, 1, 10) AS d, substr(weighed_at, 1, 4) AS y,
  CAST(substr(weighed_at, 12, 2) AS INTEGER) AS hr, weighed_at AS t,
  {FOLD('block')} AS b, {FOLD('variety')} AS v, {FOLD('crew')} AS crew, {YESX.format('hand_picked')} AS hand,
  CAST(bins AS INTEGER) AS bins, {MONEY('net_kg')} AS net, {MONEY('brix')} AS brix,
  ({FOLD('status')} LIKE 'rejected%') AS rej
  FROM vy_raw;
CREATE VIEW va AS SELECT * FROM vy WHERE NOT rej AND net IS NOT NULL;

CREATE VIEW ls0 AS SELECT *,
  substr(call_received, 7, 4) || '-' || substr(call_received, 1, 2) || '-' || substr(call_received, 4, 2) AS d,
  printf('%02d', CAST(substr(call_received, 12, 2) AS INTEGER) % 12 +
         CASE substr(call_received, 18, 2) WHEN 'PM' THEN 12 ELSE 0 END) AS hh,
  CASE WHEN arrived <> '' THEN substr(arrived, 7, 4) || '-' || substr(arrived, 1, 2) || '-' || substr(arrived, 4, 2)
       || ' ' || printf('%02d', CAST(substr(arrived, 12, 2) AS INTEGER) % 12 +
       CASE substr(arrived, 18, 2) WHEN 'PM' THEN 12 ELSE 0 END) || ':' || substr(arrived, 15, 2) END AS arr_ts
  FROM ls_raw;
CREATE VIEW ls AS SELECT d, substr(d, 1, 4) AS y, CAST(substr(d, 6, 2) AS INTEGER) AS mo,
  CAST(hh AS INTEGER) AS hr, strftime('%w', d) AS wd,
  round((julianday(arr_ts) - julianday(d || ' ' || hh || ':' || substr(call_received, 15, 2))) * 1440) AS resp,
  {FOLD('town')} AS town, {FOLD('job_type')} AS typ, {FOLD('customer_type')} AS cust,
  {YESX.format('out_of_hours')} AS ooh, {MONEY('total')} AS tot,
  COALESCE({MONEY('parts')}, 0) AS parts, ({FOLD('status')} LIKE 'cancelled%') AS cx
  FROM ls0;
CREATE VIEW lc AS SELECT * FROM ls WHERE NOT cx;
""")


def one(sql):
    return db.execute(sql).fetchone()


def val(sql):
    return one(sql)[0]


WD = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]

C = {}  # id number -> ("n", x) | ("ns", [x, y]) | ("l", label) | ("ln", label, x) | ("ls", [labels])

# ---- alterations
C[1] = ("n", val("SELECT sum(p) FROM alt WHERE NOT cx AND d LIKE '2024%'"))
C[2] = ("n", val("SELECT count(*) FROM alt WHERE NOT cx AND d LIKE '2025%'"))
C[3] = ("n", val("SELECT avg(p) FROM alt WHERE NOT cx AND g = 'trousers' AND p IS NOT NULL"))
C[4] = ("l", val("SELECT g FROM alt WHERE NOT cx GROUP BY g ORDER BY sum(p) DESC LIMIT 1"))
C[5] = ("l", val("SELECT g FROM alt GROUP BY g ORDER BY count(*) DESC LIMIT 1"))
C[6] = ("n", val("SELECT 100.0 * sum(x) / count(*) FROM alt WHERE NOT cx"))
C[7] = ("n", val("SELECT avg(julianday(c) - julianday(d)) FROM alt WHERE c IS NOT NULL"))
C[8] = ("n", val("SELECT count(*) FROM alt WHERE c IS NOT NULL AND julianday(c) - julianday(d) > 21"))
C[9] = ("n", val("SELECT count(*) FROM alt WHERE st = 'ready'"))
C[10] = ("n", val("SELECT 100.0 * sum(cx) / count(*) FROM alt WHERE d LIKE '2025%'"))
C[11] = ("l", val("SELECT substr(d, 1, 7) FROM alt WHERE NOT cx AND d LIKE '2024%' GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"))
C[12] = ("l", WD[int(val("SELECT strftime('%w', d) FROM alt GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"))])
r = one("SELECT name, sum(p) FROM altj WHERE NOT cx AND d LIKE '2025%' GROUP BY name ORDER BY 2 DESC LIMIT 1")
C[13] = ("ln", r[0], r[1])
C[14] = ("n", val("SELECT 100.0 * sum(CASE WHEN role = 'senior' THEN p ELSE 0 END) / sum(p) FROM altj "
                  "WHERE NOT cx AND d LIKE '2024%'"))
C[15] = ("n", val("SELECT sum(p) FROM altj WHERE NOT cx AND d LIKE '2025%' AND role = 'apprentice'"))
C[16] = ("n", val("SELECT avg(CASE WHEN x THEN p END) - avg(CASE WHEN NOT x THEN p END) FROM alt "
                  "WHERE NOT cx AND g = 'trousers' AND p IS NOT NULL"))
C[17] = ("n", val("SELECT sum(CASE WHEN d BETWEEN '2025-01-01' AND '2025-09-30' THEN p ELSE 0 END) - "
                  "sum(CASE WHEN d BETWEEN '2024-01-01' AND '2024-09-30' THEN p ELSE 0 END) FROM alt WHERE NOT cx"))
C[18] = ("n", val("SELECT count(*) FROM alt WHERE NOT cx AND p > 200"))
C[19] = ("n", val("SELECT count(*) FROM alt WHERE p IS NULL"))
r = one("SELECT s.name, (SELECT count(*) FROM alt WHERE tid = s.tid AND NOT cx) FROM staff s "
        "ORDER BY s.started DESC LIMIT 1")
C[20] = ("ln", r[0], r[1])
r = one("SELECT g, sum(CASE WHEN d BETWEEN '2025-01-01' AND '2025-09-30' THEN 1 ELSE 0 END) - "
        "sum(CASE WHEN d BETWEEN '2024-01-01' AND '2024-09-30' THEN 1 ELSE 0 END) AS k FROM alt WHERE NOT cx "
        "GROUP BY g ORDER BY k DESC LIMIT 1")
C[21] = ("ln", r[0], r[1])
C[22] = ("n", val("SELECT count(*) FROM altj WHERE NOT cx AND d LIKE '2024%' AND g = 'wedding dress' "
                  "AND name LIKE 'Amira%'"))

# ---- eggs
C[23] = ("n", val("SELECT sum(e) FROM lay WHERE d LIKE '2024%'"))
C[24] = ("n", val("SELECT sum(e) / 31.0 FROM lay WHERE d LIKE '2025-03%'"))
C[25] = ("l", val("SELECT h FROM lay WHERE d LIKE '2024%' GROUP BY h ORDER BY sum(e) DESC LIMIT 1"))
C[26] = ("n", val("SELECT 100.0 * sum(cr) / sum(e) FROM lay WHERE d LIKE '2025%'"))
C[27] = ("l", val("SELECT h FROM lay GROUP BY h ORDER BY 1.0 * sum(cr) / sum(e) DESC LIMIT 1"))
C[28] = ("n", val("SELECT sum(dead) FROM lay WHERE d BETWEEN '2025-01-01' AND '2025-06-30'"))
C[29] = ("l", val("SELECT substr(d, 1, 7) FROM lay WHERE d LIKE '2024%' GROUP BY 1 ORDER BY sum(e) LIMIT 1"))
C[30] = ("n", val("SELECT 100.0 * sum(e) / sum(hens) FROM lay WHERE h = 'house 1' AND d LIKE '2024-06%'"))
C[31] = ("n", val("SELECT count(*) FROM lay WHERE e > 2800"))
C[32] = ("n", val("SELECT count(*) FROM egg WHERE h = 'house 2' AND st LIKE '%cleanout%'"))
C[33] = ("n", val("SELECT 100.0 * (sum(CASE WHEN d BETWEEN '2024-01-01' AND '2024-03-31' THEN e ELSE 0 END) - "
                  "sum(CASE WHEN d BETWEEN '2025-01-01' AND '2025-03-31' THEN e ELSE 0 END)) / "
                  "sum(CASE WHEN d BETWEEN '2024-01-01' AND '2024-03-31' THEN e ELSE 0 END) FROM lay"))
r = one("SELECT h, 100.0 * (sum(CASE WHEN d BETWEEN '2025-01-01' AND '2025-06-30' THEN e ELSE 0 END) - "
        "sum(CASE WHEN d BETWEEN '2024-01-01' AND '2024-06-30' THEN e ELSE 0 END)) / "
        "sum(CASE WHEN d BETWEEN '2024-01-01' AND '2024-06-30' THEN e ELSE 0 END) AS g FROM lay "
        "WHERE h IN (SELECT h FROM lay WHERE d < '2024-07-01') GROUP BY h ORDER BY g DESC LIMIT 1")
C[34] = ("ln", r[0], r[1])
C[35] = ("n", val("SELECT max(e) FROM lay"))
C[36] = ("n", val("SELECT 100.0 * sum(CASE WHEN h = 'house 4' THEN e ELSE 0 END) / sum(e) FROM lay WHERE d LIKE '2025%'"))
C[37] = ("n", val("SELECT count(*) FROM lay WHERE feed IS NULL"))
C[38] = ("n", val("SELECT sum(feed) FROM lay WHERE d LIKE '2024%'"))
C[39] = ("n", val("SELECT avg(hens) FROM lay WHERE h = 'house 1' AND d LIKE '2024-12%'"))
C[40] = ("n", val("SELECT sum(e) FROM lay WHERE h = 'house 4'"))
C[41] = ("l", val("SELECT h FROM lay WHERE d LIKE '2024%' GROUP BY h ORDER BY sum(dead) DESC LIMIT 1"))
C[42] = ("n", val("SELECT sum(feed) / (sum(e) / 12.0) FROM lay WHERE d LIKE '2024%' AND feed IS NOT NULL"))

# ---- netball
C[43] = ("n", val("SELECT sum(a) FROM nbv WHERE season = 2024 AND a > 0"))
C[44] = ("n", val("SELECT -sum(a) FROM nbv WHERE season = 2024 AND a < 0"))
C[45] = ("n", val("SELECT sum(a) FROM nbv"))
C[46] = ("l", val("SELECT team FROM nbv WHERE season = 2023 AND c = 'subs' GROUP BY team ORDER BY sum(a) DESC LIMIT 1"))
C[47] = ("l", val("SELECT c FROM nbv WHERE a < 0 GROUP BY c ORDER BY sum(a) LIMIT 1"))
C[48] = ("n", val("SELECT -sum(a) FROM nbv WHERE c = 'court hire' AND d LIKE '2024%'"))
r = one("SELECT count(*), -sum(a) FROM nbv WHERE c = 'refund'")
C[49] = ("ns", [r[0], r[1]])
C[50] = ("l", val("SELECT substr(d, 1, 7) FROM nbv GROUP BY 1 ORDER BY sum(a) LIMIT 1"))
C[51] = ("n", val("SELECT 100.0 * sum(CASE WHEN c = 'sponsorship' THEN a ELSE 0 END) / sum(a) FROM nbv "
                  "WHERE season = 2024 AND a > 0"))
C[52] = ("n", val("SELECT sum(CASE WHEN season = 2024 THEN a ELSE 0 END) - sum(CASE WHEN season = 2023 THEN a ELSE 0 END) "
                  "FROM nbv WHERE c = 'subs'"))
C[53] = ("n", val("SELECT avg(a) FROM nbv WHERE c = 'fundraising'"))
C[54] = ("n", val("SELECT count(*) FROM nbv WHERE a < -500"))
C[55] = ("n", val("SELECT 100.0 * sum(CASE WHEN m = 'card' THEN a ELSE 0 END) / sum(a) FROM nbv WHERE season = 2024 AND a > 0"))
C[56] = ("n", val("SELECT count(*) FROM nb WHERE void"))
r = one("SELECT c, sum(CASE WHEN season = 2024 THEN a ELSE 0 END) - sum(CASE WHEN season = 2023 THEN a ELSE 0 END) AS g "
        "FROM nbv WHERE a > 0 GROUP BY c ORDER BY g DESC LIMIT 1")
C[57] = ("ln", r[0], r[1])
C[58] = ("n", val("SELECT count(*) FROM (SELECT substr(d, 1, 7) FROM nbv GROUP BY 1 HAVING sum(a) < 0)"))
r = one("SELECT payee, -a FROM nbv ORDER BY a LIMIT 1")
C[59] = ("ln", r[0], r[1])
C[60] = ("n", val("SELECT sum(a) FROM nbv WHERE c = 'match fees' AND m = 'cash' AND d LIKE '2024%'"))
C[61] = ("n", val("SELECT sum(a) FROM nbv WHERE c = 'kit' AND a > 0 AND season = 2024"))
C[62] = ("n", val("SELECT -sum(a) FROM nbv WHERE c = 'court hire' AND season = 2024 AND payee LIKE 'St Bede%'"))
C[63] = ("l", val("SELECT team FROM nbv WHERE c = 'match fees' AND d LIKE '2024%' GROUP BY team ORDER BY sum(a) DESC LIMIT 1"))

# ---- vineyard
C[64] = ("n", val("SELECT sum(net) FROM va WHERE y = '2025'"))
C[65] = ("n", val("SELECT sum(net) / 1000.0 FROM va WHERE y = '2024' AND v = 'chardonnay'"))
C[66] = ("l", val("SELECT b FROM va WHERE y = '2025' GROUP BY b ORDER BY sum(net) DESC LIMIT 1"))
C[67] = ("n", val("SELECT avg(brix) FROM vy WHERE y = '2025' AND v = 'pinot noir' AND NOT rej"))
C[68] = ("n", val("SELECT 100.0 * sum(rej) / count(*) FROM vy WHERE y = '2024'"))
C[69] = ("n", val("SELECT 100.0 * (sum(CASE WHEN y = '2025' THEN net END) - sum(CASE WHEN y = '2024' THEN net END)) / "
                  "sum(CASE WHEN y = '2024' THEN net END) FROM va"))
r = one("SELECT v, sum(CASE WHEN y = '2025' THEN net ELSE 0 END) - sum(CASE WHEN y = '2024' THEN net ELSE 0 END) AS g "
        "FROM va GROUP BY v ORDER BY g DESC LIMIT 1")
C[70] = ("ln", r[0], r[1])
C[71] = ("l", "%02d:00" % val("SELECT hr FROM vy GROUP BY hr ORDER BY count(*) DESC LIMIT 1"))
r = one("SELECT d, b FROM vy WHERE y = '2025' ORDER BY t LIMIT 1")
C[72] = ("lls", r[0], [r[1]])
C[73] = ("n", val("SELECT julianday(max(d)) - julianday(min(d)) + 1 FROM vy WHERE y = '2025'"))
C[74] = ("n", val("SELECT count(*) FROM vy WHERE net > 1500"))
C[75] = ("n", val("SELECT 1.0 * sum(net) / sum(bins) FROM vy WHERE net IS NOT NULL"))
C[76] = ("l", val("SELECT crew FROM va WHERE crew <> 'harvester' GROUP BY crew ORDER BY sum(net) DESC LIMIT 1"))
C[77] = ("n", val("SELECT 100.0 * sum(CASE WHEN hand THEN net ELSE 0 END) / sum(net) FROM va WHERE y = '2025'"))
C[78] = ("n", val("SELECT count(*) FROM vy WHERE net IS NULL"))
C[79] = ("n", val("SELECT 1.0 * count(*) / count(DISTINCT d) FROM vy WHERE y = '2024'"))
C[80] = ("ls", [x[0] for x in db.execute("SELECT b FROM va WHERE y = '2024' GROUP BY b ORDER BY sum(net) DESC LIMIT 3")])
C[81] = ("n", val("SELECT sum(net) FROM vy WHERE y = '2024' AND rej"))
C[82] = ("n", val("SELECT avg(net) FROM va WHERE y = '2025' AND NOT hand"))
C[83] = ("l", val("SELECT v FROM vy WHERE y = '2023' AND brix IS NOT NULL GROUP BY v ORDER BY avg(brix) DESC LIMIT 1"))
C[84] = ("n", val("SELECT sum(net) FROM va WHERE y = '2025' AND v = 'bacchus'"))

# ---- locksmith
C[85] = ("n", val("SELECT sum(tot) FROM lc WHERE y = '2024'"))
C[86] = ("n", val("SELECT count(*) FROM ls WHERE y = '2025'"))
C[87] = ("n", val("SELECT avg(resp) FROM lc"))
C[88] = ("n", val("SELECT 100.0 * sum(resp <= 30) / count(*) FROM lc"))
C[89] = ("l", val("SELECT typ FROM lc GROUP BY typ ORDER BY sum(tot) DESC LIMIT 1"))
C[90] = ("l", val("SELECT typ FROM ls GROUP BY typ ORDER BY count(*) DESC LIMIT 1"))
C[91] = ("n", val("SELECT 100.0 * sum(ooh) / count(*) FROM lc"))
C[92] = ("n", val("SELECT avg(CASE WHEN ooh THEN tot END) - avg(CASE WHEN NOT ooh THEN tot END) FROM lc"))
C[93] = ("l", val("SELECT town FROM lc GROUP BY town ORDER BY avg(resp) DESC LIMIT 1"))
C[94] = ("l", "%02d:00" % val("SELECT hr FROM ls GROUP BY hr ORDER BY count(*) DESC LIMIT 1"))
C[95] = ("l", WD[int(val("SELECT wd FROM ls GROUP BY wd ORDER BY count(*) DESC LIMIT 1"))])
C[96] = ("n", val("SELECT 100.0 * sum(cx) / count(*) FROM ls"))
C[97] = ("n", val("SELECT count(*) FROM lc WHERE tot > 350"))
C[98] = ("n", val("SELECT 100.0 * sum(parts) / sum(tot) FROM lc"))
C[99] = ("l", val("SELECT substr(d, 1, 7) FROM lc WHERE y = '2024' GROUP BY 1 ORDER BY sum(tot) DESC LIMIT 1"))
C[100] = ("n", val("SELECT sum(CASE WHEN y = '2025' THEN tot ELSE 0 END) - sum(CASE WHEN y = '2024' THEN tot ELSE 0 END) "
                   "FROM lc WHERE mo <= 9"))
C[101] = ("n", val("SELECT sum(tot) FROM lc WHERE y = '2025' AND cust = 'commercial'"))
r = one("SELECT town, sum(y = '2025') - sum(y = '2024') AS g FROM ls WHERE mo <= 9 GROUP BY town ORDER BY g DESC LIMIT 1")
C[102] = ("ln", r[0], r[1])
C[103] = ("n", val("SELECT max(resp) FROM lc"))
C[104] = ("n", val("SELECT count(*) FROM lc WHERE parts = 0"))
C[105] = ("ls", [x[0] for x in db.execute("SELECT town FROM ls WHERE y = '2025' GROUP BY town ORDER BY count(*) DESC LIMIT 3")])
C[106] = ("n", val("SELECT avg(tot) FROM lc WHERE typ = 'lockout'"))


def num_ok(got, want):
    return got is not None and abs(got - want) <= 1e-5 + 1e-10 * abs(want)


def lab_ok(got, options):
    opts = [options] if isinstance(options, str) else options
    return str(got).strip().lower() in [o.lower() for o in opts]


def main():
    qs = json.loads((HERE / "questions.json").read_text(encoding="utf-8"))
    bad = []
    for q in qs:
        i = int(q["id"].split("-")[1])
        t = q["truth"]
        c = C.get(i)
        if c is None:
            bad.append((q["id"], "no cross-check"))
            continue
        k = c[0]
        if k == "n":
            ok = set(t) == {"number", "unit"} and num_ok(c[1], t["number"])
        elif k == "ns":
            ok = "numbers" in t and len(t["numbers"]) == len(c[1]) and all(
                num_ok(a, b) for a, b in zip(c[1], t["numbers"]))
        elif k == "l":
            ok = set(t) == {"label"} and lab_ok(c[1], t["label"])
        elif k == "ln":
            ok = "label" in t and lab_ok(c[1], t["label"]) and num_ok(c[2], t["number"])
        elif k == "ls":
            ok = "labels" in t and len(t["labels"]) == len(c[1]) and all(
                lab_ok(a, b) for a, b in zip(c[1], t["labels"]))
        elif k == "lls":
            ok = lab_ok(c[1], t["label"]) and all(lab_ok(a, b) for a, b in zip(c[2], t["labels"]))
        else:
            ok = False
        if not ok:
            bad.append((q["id"], f"second way {c[1:]} vs truth {t}"))
    extra = set(C) - {int(q["id"].split("-")[1]) for q in qs}
    for i in sorted(extra):
        bad.append((f"s26-{i:03d}", "cross-check without a question"))
    for b in bad:
        print("MISMATCH", *b)
    n = len(qs)
    print(f"crosscheck {n - len([b for b in bad if b[0] in {q['id'] for q in qs}])}/{n} agree")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
