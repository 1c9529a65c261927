#!/usr/bin/env python3
"""Held-out set 25: recomputes every truth in questions.json a second, independent way.

The raw CSV text is loaded into SQLite as TEXT columns (no Python cleaning); all cleaning is done in SQL views
(dates rebuilt with substr / instr / printf, categories folded with lower / trim / replace, non-numbers found with
GLOB, nights and lead times with julianday, weekdays with strftime('%w')). No code is shared with truths.py.
Each question's SQL answer is compared with questions.json: numbers to 1e-5, labels case-insensitively against the
truth's spellings. Exit 1 on any mismatch.
"""

import csv
import json
import sqlite3
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
WD = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]  # strftime %w


def load(con, table, name):
    with open(DATA / name, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    cols = ["c%d" % i for i in range(len(rows[0]))]
    con.execute("CREATE TABLE %s (%s)" % (table, ", ".join(c + " TEXT" for c in cols)))
    con.executemany("INSERT INTO %s VALUES (%s)" % (table, ", ".join("?" * len(cols))), rows[1:])


def sp(x):
    """collapse runs of spaces (up to 8) and trim, in SQL"""
    return "trim(replace(replace(replace(%s, '  ', ' '), '  ', ' '), '  ', ' '))" % x


def money(x):
    return "CAST(replace(replace(replace(trim(%s), '£', ''), '$', ''), ',', '') AS REAL)" % x


def us_date(x):
    m = "substr(%s, 1, instr(%s, '/') - 1)" % (x, x)
    rest = "substr(%s, instr(%s, '/') + 1)" % (x, x)
    d = "substr(%s, 1, instr(%s, '/') - 1)" % (rest, rest)
    y = "substr(%s, instr(%s, '/') + 1)" % (rest, rest)
    return "printf('%%04d-%%02d-%%02d', CAST(%s AS INTEGER), CAST(%s AS INTEGER), CAST(%s AS INTEGER))" % (y, m, d)


MONS = "'JanFebMarAprMayJunJulAugSepOctNovDec'"

VIEWS = f"""
CREATE VIEW cm AS SELECT CAST(c0 AS INTEGER) AS mid, c1 AS name, CAST(c2 AS INTEGER) AS hh,
  substr(c3, 7, 4) AS joined_y, lower(trim(c4)) IN ('yes', 'y') AS working, c5 AS area FROM cm_raw;
CREATE VIEW co AS SELECT CAST(c0 AS INTEGER) AS ord,
  CASE WHEN instr(c1, '/') > 0 THEN substr(c1, 7, 4) || '-' || substr(c1, 4, 2) || '-' || substr(c1, 1, 2) ELSE c1 END AS d,
  CAST(substr(c2, 1, 2) AS INTEGER) AS hr, CAST(c3 AS INTEGER) AS mid, trim(c4) AS product,
  lower({sp('c5')}) AS cat,
  CASE WHEN trim(c6) GLOB '[0-9]*' THEN CAST(c6 AS REAL) END AS qty, {money('c8')} AS amt,
  lower(trim(c9)) LIKE 'deliv%' AS deliv,
  CASE WHEN lower(trim(c10)) LIKE 'cancel%' THEN 'cancelled' WHEN lower(trim(c10)) = 'void' THEN 'void'
       WHEN trim(c10) = '' THEN 'ok' ELSE 'BAD' END AS st FROM co_raw;
CREATE VIEW col AS SELECT * FROM co WHERE st = 'ok';
CREATE VIEW coo AS SELECT ord, min(d) AS d, min(mid) AS mid, max(deliv) AS deliv, min(hr) AS hr, sum(amt) AS amt,
  count(*) AS n FROM col GROUP BY ord;

CREATE VIEW dj_all AS SELECT
  CASE WHEN instr(c0, '-') > 0
       THEN substr(c0, 8, 4) || '-' || printf('%02d', (instr({MONS}, substr(c0, 4, 3)) + 2) / 3) || '-' || substr(c0, 1, 2)
       ELSE substr(c0, 7, 4) || '-' || substr(c0, 4, 2) || '-' || substr(c0, 1, 2) END AS d,
  CASE WHEN lower({sp('c3')}) = 'grading fee' THEN 'grading' ELSE lower({sp('c3')}) END AS cat,
  trim(c4) AS who, lower({sp('c5')}) AS method, {money('c6')} AS amt, trim(c7) <> '' AS void FROM dj_raw;
CREATE VIEW dj AS SELECT *, substr(d, 1, 4) AS y, CAST(substr(d, 6, 2) AS INTEGER) AS m FROM dj_all WHERE NOT void;

CREATE VIEW hb AS SELECT c0 AS id, {us_date('c1')} AS booked, substr(c2, 1, 10) AS cid,
  CAST(substr(c2, 12, 2) AS INTEGER) AS cih, substr(c3, 12, 5) AS cot,
  CAST(julianday(substr(c3, 1, 10)) - julianday(substr(c2, 1, 10)) AS INTEGER) AS nights,
  lower({sp('c4')}) AS room, CASE WHEN trim(c5) GLOB '[0-9]*' THEN CAST(c5 AS INTEGER) END AS guests,
  CASE lower(trim(c6)) WHEN 'uk' THEN 'united kingdom' WHEN 'usa' THEN 'united states' ELSE lower(trim(c6)) END AS country,
  lower(trim(c7)) AS source, {money('c9')} AS total,
  CASE WHEN replace(replace(lower(trim(c10)), ' ', ''), '-', '') = 'checkedout' THEN 'stayed'
       WHEN replace(replace(lower(trim(c10)), ' ', ''), '-', '') = 'noshow' THEN 'noshow'
       WHEN lower(trim(c10)) LIKE 'cancel%' THEN 'cancelled' ELSE 'BAD' END AS st,
  lower(trim(c11)) IN ('yes', 'y', 'true', '1', 'included') AS bfast FROM hb_raw;
CREATE VIEW hs AS SELECT *, substr(cid, 1, 4) AS y, CAST(substr(cid, 6, 2) AS INTEGER) AS m FROM hb WHERE st = 'stayed';
CREATE VIEW hba AS SELECT *, substr(cid, 1, 4) AS y, CAST(substr(cid, 6, 2) AS INTEGER) AS m,
  CAST(julianday(cid) - julianday(booked) AS INTEGER) AS lead FROM hb;

CREATE VIEW kd_all AS SELECT {us_date('c0')} AS d,
  CASE lower(replace(replace(replace(c1, ' ', ''), '''', ''), '.', ''))
    WHEN 'riversidehall' THEN 'Riverside Hall' WHEN 'stmarks' THEN 'St Mark''s'
    WHEN 'eastgatecentre' THEN 'Eastgate Centre' WHEN 'northgatepantry' THEN 'Northgate Pantry' ELSE 'BAD' END AS site,
  lower(trim(c2)) = 'open' AS open, CAST(c3 AS INTEGER) AS meals, CAST(c4 AS INTEGER) AS parcels,
  CASE WHEN trim(c5) GLOB '[0-9]*' THEN CAST(c5 AS INTEGER) END AS vols,
  CASE WHEN trim(c6) GLOB '[0-9]*' THEN CAST(c6 AS REAL) END AS food,
  CASE WHEN trim(c7) GLOB '[0-9]*' THEN CAST(c7 AS REAL) END AS waste,
  CASE WHEN trim(c8) GLOB '[0-9]*' THEN CAST(c8 AS INTEGER) END AS first, {money('c9')} AS don FROM kd_raw;
CREATE VIEW kd AS SELECT *, substr(d, 1, 4) AS y, CAST(substr(d, 6, 2) AS INTEGER) AS m FROM kd_all WHERE open;

CREATE VIEW sw AS SELECT c0 AS meet,
  CASE WHEN instr(trim(c1), ' ') > 0 THEN
    printf('%04d-%02d-%02d', CAST(substr(trim(c1), -4) AS INTEGER),
      (instr({MONS}, substr(trim(c1), instr(trim(c1), ' ') + 1, 3)) + 2) / 3,
      CAST(substr(trim(c1), 1, instr(trim(c1), ' ') - 1) AS INTEGER))
  ELSE trim(c1) END AS d,
  CASE WHEN lower(trim(c2)) IN ('sc', '25m', 'short course') THEN 'SC'
       WHEN lower(trim(c2)) IN ('lc', '50m', 'long course') THEN 'LC' ELSE 'BAD' END AS course,
  trim(c3) AS swimmer, upper(substr(trim(c4), 1, 1)) AS sex,
  CAST(trim(c6) AS INTEGER) AS dist,
  CASE lower(trim(substr(trim(c6), instr(trim(c6), ' ') + 1)))
    WHEN 'free' THEN 'freestyle' WHEN 'freestyle' THEN 'freestyle' WHEN 'fr' THEN 'freestyle'
    WHEN 'back' THEN 'backstroke' WHEN 'backstroke' THEN 'backstroke' WHEN 'bk' THEN 'backstroke'
    WHEN 'breast' THEN 'breaststroke' WHEN 'breaststroke' THEN 'breaststroke' WHEN 'br' THEN 'breaststroke'
    WHEN 'fly' THEN 'butterfly' WHEN 'butterfly' THEN 'butterfly'
    WHEN 'im' THEN 'IM' WHEN 'individual medley' THEN 'IM' ELSE 'BAD' END AS stroke,
  CASE lower(trim(c7)) WHEN 'dns' THEN 'DNS' WHEN 'dq' THEN 'DQ' ELSE 'ok' END AS outcome,
  CASE WHEN lower(trim(c7)) IN ('dns', 'dq') THEN NULL
       WHEN instr(c7, ':') > 0 THEN CAST(substr(c7, 1, instr(c7, ':') - 1) AS INTEGER) * 60
                                     + CAST(substr(c7, instr(c7, ':') + 1) AS REAL)
       ELSE CAST(c7 AS REAL) END AS secs,
  CASE WHEN trim(c8) GLOB '[0-9]*' THEN CAST(trim(c8) AS INTEGER) END AS place,
  lower(trim(c9)) IN ('y', 'yes', 'pb') AS pb FROM sw_raw;
CREATE VIEW swy AS SELECT *, substr(d, 1, 4) AS y FROM sw;
"""

# id -> (kind, sql). kinds: num (one value), nums (one row of values), label (first column of the first row),
# label_num (label, number of the first row), labels (first column of every row), weekday / hour (a number to name)
Q = {
    # ---- co-op
    1: ("num", "SELECT sum(amt) FROM col WHERE d LIKE '2024%'"),
    2: ("num", "SELECT sum(amt) FROM col WHERE d LIKE '2025%' AND cat = 'fruit & veg'"),
    3: ("num", "SELECT avg(amt) FROM coo"),
    4: ("num", "SELECT count(*) FROM coo WHERE amt > 75"),
    5: ("label", "SELECT cat FROM col GROUP BY cat ORDER BY sum(amt) DESC LIMIT 1"),
    6: ("labels", "SELECT product FROM col WHERE qty IS NOT NULL GROUP BY product ORDER BY sum(qty) DESC LIMIT 3"),
    7: ("num", "SELECT count(DISTINCT mid) FROM col WHERE d LIKE '2025%'"),
    8: ("num", "SELECT 100.0 * sum(deliv) / count(*) FROM coo"),
    9: ("label_num", "SELECT cm.name, sum(col.amt) s FROM col JOIN cm USING (mid) GROUP BY cm.name ORDER BY s DESC LIMIT 1"),
    10: ("num", "SELECT 100.0 * sum(CASE WHEN cm.working THEN amt ELSE 0 END) / sum(amt) FROM col JOIN cm USING (mid)"),
    11: ("label", "SELECT area FROM col JOIN cm USING (mid) GROUP BY area ORDER BY sum(amt) DESC LIMIT 1"),
    12: ("num", "SELECT sum(CASE WHEN d LIKE '2025-10%' THEN amt ELSE 0 END) - sum(CASE WHEN d LIKE '2024-10%' THEN amt ELSE 0 END) FROM col"),
    13: ("label_num", "SELECT cat, sum(CASE WHEN d BETWEEN '2025-01-01' AND '2025-11-30' THEN amt ELSE 0 END)"
                      " - sum(CASE WHEN d BETWEEN '2024-01-01' AND '2024-11-30' THEN amt ELSE 0 END) g"
                      " FROM col GROUP BY cat ORDER BY g DESC LIMIT 1"),
    14: ("weekday", "SELECT strftime('%w', d) w FROM coo GROUP BY w ORDER BY count(*) DESC LIMIT 1"),
    15: ("num", "SELECT count(DISTINCT ord) FROM co WHERE st = 'cancelled'"),
    16: ("hour", "SELECT hr FROM coo GROUP BY hr ORDER BY count(*) DESC LIMIT 1"),
    17: ("num", "SELECT sum(amt) FROM col JOIN cm USING (mid) WHERE joined_y = '2025'"),
    18: ("num", "SELECT avg(n) FROM coo"),
    19: ("label", "SELECT substr(d, 1, 7) mo FROM col WHERE d LIKE '2024%' GROUP BY mo ORDER BY sum(amt) DESC LIMIT 1"),
    20: ("num", "SELECT count(*) FROM cm WHERE mid NOT IN (SELECT mid FROM co)"),
    21: ("label_num", "SELECT cm.hh, avg(coo.amt) a FROM coo JOIN cm USING (mid) GROUP BY cm.hh ORDER BY a DESC LIMIT 1"),
    22: ("num", "SELECT sum(amt) FROM col WHERE d LIKE '2025%' AND strftime('%w', d) = '0'"),
    # ---- dojo
    23: ("num", "SELECT sum(amt) FROM dj WHERE y = '2024'"),
    24: ("num", "SELECT sum(amt) FROM dj WHERE y = '2025' AND amt > 0"),
    25: ("num", "SELECT -sum(amt) FROM dj WHERE y = '2024' AND cat = 'hall hire'"),
    26: ("num", "SELECT sum(CASE WHEN y = '2025' THEN amt ELSE 0 END) - sum(CASE WHEN y = '2024' THEN amt ELSE 0 END)"
                " FROM dj WHERE cat = 'grading' AND m <= 10"),
    27: ("label", "SELECT substr(d, 1, 7) mo FROM dj WHERE y = '2025' GROUP BY mo ORDER BY sum(amt) DESC LIMIT 1"),
    28: ("num", "SELECT 100.0 * sum(CASE WHEN method = 'card' THEN amt ELSE 0 END) / sum(amt) FROM dj WHERE amt > 0"),
    29: ("nums", "SELECT count(*), -sum(amt) FROM dj WHERE cat = 'refund'"),
    30: ("label_num", "SELECT who, sum(amt) s FROM dj WHERE amt > 0 AND who <> '' GROUP BY who ORDER BY s DESC LIMIT 1"),
    31: ("num", "SELECT count(DISTINCT who) FROM dj WHERE cat = 'membership' AND d LIKE '2025-09%'"),
    32: ("label", "SELECT cat FROM dj WHERE amt < 0 GROUP BY cat ORDER BY sum(amt) ASC LIMIT 1"),
    33: ("num", "SELECT count(*) FROM dj WHERE amt < -100"),
    34: ("weekday", "SELECT strftime('%w', d) w FROM dj WHERE cat = 'class fee' GROUP BY w ORDER BY sum(amt) DESC LIMIT 1"),
    35: ("num", "SELECT sum(amt) FROM dj WHERE cat = 'membership' AND d BETWEEN '2024-07-01' AND '2024-09-30'"),
    36: ("num", "SELECT -sum(amt) FROM dj WHERE cat = 'card fees' AND y = '2024'"),
    37: ("label_num", "SELECT cat, sum(CASE WHEN y = '2025' THEN amt ELSE 0 END) - sum(CASE WHEN y = '2024' THEN amt ELSE 0 END) g"
                      " FROM dj WHERE amt > 0 AND m <= 10 GROUP BY cat ORDER BY g DESC LIMIT 1"),
    38: ("num", "SELECT count(*) FROM dj_all WHERE void"),
    39: ("num", "SELECT avg(amt) FROM dj WHERE cat = 'grading' AND y = '2025'"),
    40: ("num", "SELECT sum(amt) FROM dj WHERE cat = 'competition entry'"),
    41: ("num", "SELECT sum(amt) / 10.0 FROM dj WHERE cat = 'membership' AND y = '2025'"),
    42: ("num", "SELECT sum(amt) FROM dj WHERE cat = 'equipment sale' AND y = '2025'"),
    43: ("num", "SELECT count(DISTINCT who) FROM dj WHERE cat = 'grading' AND y = '2024'"),
    # ---- hostel
    44: ("num", "SELECT sum(guests * nights) FROM hs WHERE cid LIKE '2025-08%'"),
    45: ("num", "SELECT avg(nights) FROM hs"),
    46: ("num", "SELECT 100.0 * sum(st = 'noshow') / count(*) FROM hb"),
    47: ("label", "SELECT source FROM hb GROUP BY source ORDER BY 1.0 * sum(st = 'cancelled') / count(*) DESC LIMIT 1"),
    48: ("num", "SELECT sum(total) FROM hs WHERE y = '2024'"),
    49: ("label", "SELECT room FROM hs GROUP BY room ORDER BY sum(total) DESC LIMIT 1"),
    50: ("weekday", "SELECT strftime('%w', cid) w FROM hs GROUP BY w ORDER BY count(*) DESC LIMIT 1"),
    51: ("hour", "SELECT cih FROM hs GROUP BY cih ORDER BY count(*) DESC LIMIT 1"),
    52: ("num", "SELECT count(*) FROM hs WHERE nights > 7"),
    53: ("label", "SELECT country FROM hs GROUP BY country ORDER BY count(*) DESC LIMIT 1"),
    54: ("num", "SELECT 100.0 * sum(bfast) / count(*) FROM hs"),
    55: ("num", "SELECT sum(CASE WHEN cid LIKE '2025-07%' THEN total ELSE 0 END) - sum(CASE WHEN cid LIKE '2024-07%' THEN total ELSE 0 END) FROM hs"),
    56: ("label_num", "SELECT source, sum(y = '2025') - sum(y = '2024') g FROM hba WHERE m <= 6 GROUP BY source ORDER BY g DESC LIMIT 1"),
    57: ("num", "SELECT avg(lead) FROM hba"),
    58: ("num", "SELECT count(*) FROM hba WHERE lead <= 1"),
    59: ("num", "SELECT count(DISTINCT country) FROM hs"),
    60: ("num", "SELECT count(*) FROM hs WHERE cot > '11:00'"),
    61: ("labels", "SELECT country FROM hb GROUP BY country ORDER BY count(*) DESC LIMIT 3"),
    62: ("num", "SELECT sum(total) FROM hba WHERE st = 'cancelled' AND y = '2025'"),
    63: ("num", "SELECT sum(guests * nights) FROM hs WHERE y = '2024' AND room LIKE 'dorm%'"),
    64: ("num", "SELECT avg(total) FROM hs WHERE source = 'walk-in'"),
    # ---- kitchen
    65: ("num", "SELECT sum(meals) FROM kd WHERE y = '2024'"),
    66: ("num", "SELECT avg(meals) FROM kd WHERE site = 'Riverside Hall' AND y = '2025'"),
    67: ("label", "SELECT site FROM kd WHERE y = '2025' GROUP BY site ORDER BY sum(meals) DESC LIMIT 1"),
    68: ("weekday", "SELECT strftime('%w', d) w FROM kd GROUP BY w ORDER BY sum(meals) DESC LIMIT 1"),
    69: ("label", "SELECT substr(d, 1, 7) mo FROM kd WHERE y = '2024' GROUP BY mo ORDER BY sum(meals) DESC LIMIT 1"),
    70: ("num", "SELECT sum(parcels) FROM kd WHERE d LIKE '2024-12%'"),
    71: ("num", "SELECT count(*) FROM kd WHERE meals > 165"),
    72: ("num", "SELECT 100.0 * sum(CASE WHEN site = 'St Mark''s' THEN meals ELSE 0 END) / sum(meals) FROM kd"),
    73: ("num", "SELECT avg(vols) FROM kd"),
    74: ("num", "SELECT sum(food) FROM kd WHERE y = '2025'"),
    75: ("label_num", "SELECT site, sum(CASE WHEN y = '2025' THEN meals ELSE 0 END) - sum(CASE WHEN y = '2024' THEN meals ELSE 0 END) g"
                      " FROM kd WHERE m <= 3 GROUP BY site ORDER BY g DESC LIMIT 1"),
    76: ("num", "SELECT count(*) FROM kd_all WHERE NOT open"),
    77: ("num", "SELECT sum(CASE WHEN d LIKE '2025-03%' THEN meals ELSE 0 END) - sum(CASE WHEN d LIKE '2024-03%' THEN meals ELSE 0 END) FROM kd"),
    78: ("num", "SELECT sum(don) FROM kd_all"),
    79: ("label_num", "SELECT d, sum(meals) s FROM kd GROUP BY d ORDER BY s DESC LIMIT 1"),
    80: ("num", "SELECT sum(first) FROM kd WHERE y = '2025'"),
    81: ("num", "SELECT 100.0 * sum(waste) / sum(food) FROM kd WHERE food IS NOT NULL AND waste IS NOT NULL"),
    82: ("num", "SELECT sum(meals) FROM kd WHERE site = 'Northgate Pantry'"),
    83: ("label", "SELECT site FROM kd WHERE y = '2024' GROUP BY site ORDER BY sum(meals) ASC LIMIT 1"),
    84: ("num", "SELECT avg(meals) FROM kd WHERE site = 'St Mark''s' AND strftime('%w', d) = '6'"),
    # ---- swim
    85: ("num", "SELECT count(*) FROM swy WHERE y = '2025' AND outcome <> 'DNS'"),
    86: ("label_num", "SELECT swimmer, secs FROM sw WHERE outcome = 'ok' AND dist = 50 AND stroke = 'freestyle' AND course = 'SC'"
                      " ORDER BY secs ASC LIMIT 1"),
    87: ("num", "SELECT count(*) FROM swy WHERE pb AND y = '2025'"),
    88: ("num", "SELECT 100.0 * sum(outcome = 'DQ') / count(*) FROM sw"),
    89: ("label", "SELECT swimmer FROM sw WHERE outcome <> 'DNS' GROUP BY swimmer ORDER BY count(*) DESC LIMIT 1"),
    90: ("label", "SELECT stroke FROM sw WHERE outcome = 'DQ' GROUP BY stroke ORDER BY count(*) DESC LIMIT 1"),
    91: ("num", "SELECT count(DISTINCT swimmer) FROM sw"),
    92: ("label", "SELECT meet FROM sw GROUP BY meet ORDER BY count(*) DESC LIMIT 1"),
    93: ("num", "SELECT count(*) FROM swy WHERE outcome = 'ok' AND y = '2024' AND place = 1"),
    94: ("num", "SELECT count(*) FROM sw WHERE outcome = 'ok' AND dist = 50 AND stroke = 'freestyle' AND secs < 30"),
    95: ("label_num", "SELECT swimmer, count(*) c FROM sw WHERE pb GROUP BY swimmer ORDER BY c DESC LIMIT 1"),
    96: ("num", "SELECT 100.0 * sum(pb) / count(*) FROM sw WHERE outcome = 'ok'"),
    97: ("num", "SELECT count(*) FROM sw WHERE outcome = 'ok' AND place BETWEEN 1 AND 3"),
    98: ("num", "SELECT count(*) FROM sw WHERE outcome = 'DNS'"),
    99: ("num", "SELECT avg(secs) FROM swy WHERE outcome = 'ok' AND dist = 50 AND stroke = 'backstroke' AND course = 'SC' AND y = '2025'"),
    100: ("label", "SELECT dist || ' ' || stroke e FROM sw GROUP BY e ORDER BY count(*) DESC LIMIT 1"),
    101: ("label_num", "SELECT swimmer, secs FROM sw WHERE outcome = 'ok' AND dist = 100 AND stroke = 'freestyle' AND course = 'SC'"
                       " AND sex = 'F' ORDER BY secs ASC LIMIT 1"),
    102: ("num", "SELECT avg(n) FROM (SELECT meet, count(DISTINCT swimmer) n FROM sw WHERE outcome <> 'DNS' GROUP BY meet)"),
    103: ("num", "SELECT avg(CASE WHEN y = '2024' THEN secs END) - avg(CASE WHEN y = '2025' THEN secs END) FROM swy"
                 " WHERE outcome = 'ok' AND dist = 50 AND stroke = 'freestyle' AND course = 'SC'"),
    104: ("num", "SELECT count(*) FROM swy WHERE pb AND y = '2025' AND course = 'LC'"),
    106: ("labels", "SELECT swimmer FROM sw WHERE outcome = 'ok' AND place BETWEEN 1 AND 3 GROUP BY swimmer"
                    " ORDER BY count(*) DESC LIMIT 3"),
    105: ("num", "SELECT 100.0 * sum(sex = 'F') / count(*) FROM sw WHERE outcome <> 'DNS'"),
}


def close(a, b):
    return a is not None and abs(float(a) - float(b)) <= 1e-5 + 1e-9 * abs(float(b))


def label_ok(got, options):
    opts = [options] if isinstance(options, str) else options
    return str(got).strip().lower() in [o.strip().lower() for o in opts]


def main():
    con = sqlite3.connect(":memory:")
    for t, f in [("cm_raw", "coop_members.csv"), ("co_raw", "coop_orders.csv"), ("dj_raw", "dojo_ledger.csv"),
                 ("hb_raw", "hostel_bookings.csv"), ("kd_raw", "kitchen_daily.csv"), ("sw_raw", "swim_results.csv")]:
        load(con, t, f)
    con.executescript(VIEWS)
    for view, col in [("co", "st"), ("hb", "st"), ("kd_all", "site"), ("sw", "stroke"), ("sw", "course")]:
        bad = con.execute(f"SELECT count(*) FROM {view} WHERE {col} = 'BAD'").fetchone()[0]
        if bad:
            print(f"unfolded values in {view}.{col}: {bad}")
            return 1
    questions = json.loads((HERE / "questions.json").read_text(encoding="utf-8"))
    if len(questions) != len(Q):
        print(f"questions.json has {len(questions)} questions, crosscheck has {len(Q)}")
    agree = 0
    for q in questions:
        i = int(q["id"].split("-")[1])
        kind, sql = Q[i]
        rows = con.execute(sql).fetchall()
        t = q["truth"]
        if kind == "num":
            got = rows[0][0]
            ok = close(got, t["number"])
        elif kind == "nums":
            got = list(rows[0])
            ok = all(close(g, w) for g, w in zip(got, t["numbers"])) and len(got) == len(t["numbers"])
        elif kind == "label":
            got = rows[0][0]
            ok = label_ok(got, t["label"])
        elif kind == "weekday":
            got = WD[int(rows[0][0])]
            ok = label_ok(got, t["label"])
        elif kind == "hour":
            got = "%02d:00" % rows[0][0]
            ok = label_ok(got, t["label"])
        elif kind == "label_num":
            got = list(rows[0])
            ok = label_ok(got[0], t["label"]) and close(got[1], t["number"])
        elif kind == "labels":
            got = [r[0] for r in rows]
            ok = len(got) == len(t["labels"]) and all(any(label_ok(g, w) for g in got) for w in t["labels"])
        else:
            raise ValueError(kind)
        if ok:
            agree += 1
        else:
            print(f"MISMATCH {q['id']}: sql {got!r} vs truth {t!r}")
    print(f"crosscheck: {agree}/{len(questions)} agree")
    return 0 if agree == len(questions) == len(Q) else 1


if __name__ == "__main__":
    sys.exit(main())
