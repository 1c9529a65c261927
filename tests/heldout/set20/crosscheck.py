#!/usr/bin/env python3
"""Recomputes every truth in questions.json a second way: the raw CSV text is loaded into SQLite (every
column as TEXT) and cleaned in SQL views only; each question has its own SQL, written separately from
truths.py (no shared code, no Python functions registered). Exit 1 on any mismatch.

    python3 tests/heldout/set20/crosscheck.py
"""

import csv
import json
import sqlite3
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"

TABLES = {"timesheets.csv": "ts_raw", "projects.csv": "proj_raw", "rental_ledger.csv": "led_raw",
          "workouts.csv": "wo_raw", "lost_property.csv": "lp_raw", "customs_entries.csv": "ce_raw"}

VIEWS = r"""
CREATE VIEW proj AS SELECT "Project Code" AS code, "Client" AS client, "Project Name" AS pname,
    "Practice" AS practice, CAST("Rate (GBP/hr)" AS REAL) AS rate, CAST("Budget Hours" AS REAL) AS budget
  FROM proj_raw;
CREATE VIEW ts AS SELECT t.work_date AS d, t.consultant AS who, t.project_code AS code, t.task AS task,
    CAST(t.hours AS REAL) AS hours, (t.billable = 'Y') AS bill, p.client AS client, p.practice AS practice,
    CASE WHEN t.billable = 'Y' THEN CAST(t.hours AS REAL) * COALESCE(p.rate, 0) ELSE 0 END AS value,
    CAST(strftime('%w', t.work_date) AS INTEGER) AS wd, CAST(substr(t.work_date, 6, 2) AS INTEGER) AS m
  FROM ts_raw t LEFT JOIN proj p ON p.code = t.project_code;
CREATE VIEW led AS SELECT substr("Date", 7, 4) || '-' || substr("Date", 1, 2) || '-' || substr("Date", 4, 2) AS d,
    CAST(substr("Date", 7, 4) AS INTEGER) AS y, CAST(substr("Date", 1, 2) AS INTEGER) AS m,
    "Property" AS prop, "Category" AS cat, CAST("Amount (USD)" AS REAL) AS amt
  FROM led_raw;
CREATE VIEW wo AS SELECT "Activity Type" AS act, "Date" AS ts, CAST(substr("Date", 1, 4) AS INTEGER) AS y,
    CAST(substr("Date", 6, 2) AS INTEGER) AS m, substr("Date", 1, 10) AS day,
    CAST(substr("Date", 12, 2) AS INTEGER) AS hh, substr("Date", 12, 8) AS tod,
    CAST(strftime('%w', "Date") AS INTEGER) AS wd,
    CASE WHEN "Distance" = '--' THEN NULL ELSE CAST("Distance" AS REAL) END AS km,
    CAST("Calories" AS REAL) AS cal,
    CAST(substr("Time", 1, 2) AS INTEGER) * 3600 + CAST(substr("Time", 4, 2) AS INTEGER) * 60
      + CAST(substr("Time", 7, 2) AS INTEGER) AS secs,
    CASE WHEN "Avg HR" = '--' THEN NULL ELSE CAST("Avg HR" AS REAL) END AS hr,
    CASE WHEN "Total Ascent" = '--' THEN NULL ELSE CAST("Total Ascent" AS REAL) END AS ascent
  FROM wo_raw;
CREATE VIEW lp AS SELECT
    substr("Date Found", 7, 4) || '-' || substr("Date Found", 4, 2) || '-' || substr("Date Found", 1, 2) AS d,
    CAST(substr("Date Found", 4, 2) AS INTEGER) AS m,
    CASE WHEN "Date Claimed" = '' THEN NULL ELSE
      substr("Date Claimed", 7, 4) || '-' || substr("Date Claimed", 4, 2) || '-' || substr("Date Claimed", 1, 2) END AS dc,
    "Line" AS line, "Station" AS station, lower(trim("Category")) AS cat,
    CASE WHEN lower(trim("Est. Value")) IN ('', 'unknown', 'n/a') THEN NULL
         ELSE CAST(replace(replace("Est. Value", '£', ''), ',', '') AS REAL) END AS val,
    lower(trim("Status")) AS status
  FROM lp_raw;
CREATE VIEW ce AS SELECT "Ship Date" AS sd, "Arrival Date" AS ad, CAST(substr("Arrival Date", 1, 4) AS INTEGER) AS y,
    CAST(substr("Arrival Date", 6, 2) AS INTEGER) AS m, "Origin Country" AS origin, "Port of Entry" AS port,
    "Commodity" AS com, "Mode" AS mode, CAST("Gross Weight (kg)" AS REAL) AS kg,
    CAST("Customs Value (USD)" AS REAL) AS value, CAST("Duty Paid (USD)" AS REAL) AS duty, "Carrier" AS carrier
  FROM ce_raw;
CREATE TABLE monthname (m INTEGER, name TEXT);
INSERT INTO monthname VALUES (1,'January'),(2,'February'),(3,'March'),(4,'April'),(5,'May'),(6,'June'),
  (7,'July'),(8,'August'),(9,'September'),(10,'October'),(11,'November'),(12,'December');
CREATE TABLE dayname (wd INTEGER, name TEXT);
INSERT INTO dayname VALUES (0,'Sunday'),(1,'Monday'),(2,'Tuesday'),(3,'Wednesday'),(4,'Thursday'),(5,'Friday'),
  (6,'Saturday');
"""

# id -> SQL. A number truth: one row, one value. A label truth: first row's first column is the label.
# label+number: (label, number). labels: one row per label, in any order. numbers: one row of values.
SQL = {
    # --- timesheets ---
    1: "SELECT SUM(hours) FROM ts",
    2: "SELECT SUM(hours) FROM ts WHERE who = 'Priya Shah' AND bill AND d LIKE '2025-03-%'",
    3: "SELECT 100.0 * SUM(CASE WHEN bill THEN hours END) / SUM(hours) FROM ts",
    4: "SELECT who FROM ts WHERE m BETWEEN 7 AND 9 GROUP BY who ORDER BY SUM(hours) DESC LIMIT 1",
    5: "SELECT client FROM ts WHERE client IS NOT NULL GROUP BY client ORDER BY SUM(value) DESC LIMIT 1",
    6: "SELECT SUM(value) FROM ts WHERE practice = 'Data'",
    7: "SELECT code FROM ts WHERE code <> 'INTERNAL' GROUP BY code ORDER BY SUM(value) DESC LIMIT 3",
    8: "SELECT COUNT(DISTINCT code) FROM ts WHERE who = 'Tom Becker' AND code <> 'INTERNAL'",
    9: "SELECT AVG(hours) FROM ts",
    10: "SELECT COUNT(*) FROM proj p WHERE (SELECT SUM(CAST(hours AS REAL)) FROM ts_raw t WHERE t.project_code = p.code) > p.budget",
    11: """SELECT n.name FROM ts JOIN dayname n ON n.wd = ts.wd WHERE ts.wd BETWEEN 1 AND 5
           GROUP BY n.name ORDER BY SUM(hours) ASC LIMIT 1""",
    12: "SELECT SUM(hours) FROM ts WHERE wd IN (0, 6)",
    13: """SELECT SUM(CASE WHEN m BETWEEN 4 AND 6 THEN hours ELSE 0 END) - SUM(CASE WHEN m BETWEEN 1 AND 3 THEN hours ELSE 0 END)
           FROM ts WHERE bill""",
    14: "SELECT SUM(value) FROM ts WHERE client = 'Northgate Council' AND m = 10",
    15: "SELECT task FROM ts WHERE code <> 'INTERNAL' GROUP BY task ORDER BY SUM(hours) DESC LIMIT 1",
    16: "SELECT SUM(value) / SUM(CASE WHEN bill THEN hours END) FROM ts",
    17: """SELECT who FROM ts GROUP BY who
           ORDER BY SUM(CASE WHEN NOT bill THEN hours ELSE 0 END) / SUM(hours) DESC LIMIT 1""",
    18: "SELECT who, SUM(hours) AS h FROM ts WHERE bill GROUP BY who ORDER BY h DESC LIMIT 1",
    19: """SELECT 100.0 * (SELECT SUM(hours) FROM ts WHERE code = 'P-204') / budget FROM proj
           WHERE pname = 'Case system migration'""",
    # --- rental ledger ---
    20: "SELECT SUM(amt) FROM led WHERE cat = 'Rent' AND y = 2025",
    21: "SELECT SUM(amt) FROM led WHERE y = 2024",
    22: """SELECT prop FROM led WHERE y = 2025 AND cat NOT IN ('Security Deposit', 'Deposit Refund')
           GROUP BY prop ORDER BY SUM(amt) DESC LIMIT 1""",
    23: "SELECT -SUM(amt) FROM led WHERE cat = 'Repairs'",
    24: "SELECT prop FROM led WHERE cat = 'Repairs' AND y = 2025 GROUP BY prop ORDER BY SUM(amt) ASC LIMIT 1",
    25: "SELECT -SUM(amt) FROM led WHERE cat = 'Mortgage' AND y = 2025",
    26: """SELECT 100.0 * -SUM(CASE WHEN cat = 'Repairs' THEN amt ELSE 0 END) / SUM(CASE WHEN cat = 'Rent' THEN amt ELSE 0 END)
           FROM led WHERE y = 2025""",
    27: """SELECT SUM(CASE WHEN y = 2025 THEN amt ELSE -amt END) FROM led
           WHERE cat = 'Rent' AND prop = '12 Elm St' AND m <= 11""",
    28: "SELECT COUNT(*) FROM led WHERE cat = 'Repairs' AND amt < -1000",
    29: "SELECT -AVG(amt) FROM led WHERE cat = 'Repairs'",
    30: "SELECT prop, -amt FROM led WHERE cat = 'Repairs' ORDER BY amt ASC LIMIT 1",
    31: "SELECT SUM(amt) FROM led WHERE prop = '48 Mill Ln' AND y = 2025 AND m <= 3",
    32: """WITH RECURSIVE mm(m) AS (SELECT 1 UNION ALL SELECT m + 1 FROM mm WHERE m < 11)
           SELECT COUNT(*) FROM mm WHERE NOT EXISTS (SELECT 1 FROM led WHERE led.cat = 'Rent' AND led.prop = '7 Quarry Rd'
           AND led.y = 2025 AND led.m = mm.m)""",
    33: "SELECT cat FROM led WHERE amt < 0 AND cat <> 'Mortgage' GROUP BY cat ORDER BY SUM(amt) ASC LIMIT 1",
    34: "SELECT -SUM(amt) FROM led WHERE cat = 'Deposit Refund'",
    35: "SELECT -SUM(amt) FROM led WHERE cat = 'Insurance' AND y = 2025",
    36: """SELECT n.name FROM led JOIN monthname n ON n.m = led.m WHERE y = 2025 GROUP BY n.name
           ORDER BY SUM(amt) DESC LIMIT 1""",
    37: "SELECT -SUM(amt) FROM led WHERE cat = 'Management Fee' AND y = 2024",
    38: """SELECT 'Q' || ((m + 2) / 3) FROM led WHERE cat = 'Repairs' AND y = 2025 GROUP BY (m + 2) / 3
           ORDER BY SUM(amt) ASC LIMIT 1""",
    # --- workouts ---
    39: "SELECT COUNT(*) FROM wo WHERE act = 'Running' AND y = 2025",
    40: "SELECT SUM(km) FROM wo WHERE act = 'Cycling' AND y = 2025",
    41: "SELECT SUM(km) * 3600.0 / SUM(secs) FROM wo WHERE act = 'Running' AND y = 2025",
    42: "SELECT MAX(km) FROM wo WHERE act = 'Cycling'",
    43: "SELECT printf('%02d:00', hh) FROM wo GROUP BY hh ORDER BY COUNT(*) DESC LIMIT 1",
    44: "SELECT n.name FROM wo JOIN dayname n ON n.wd = wo.wd GROUP BY n.name ORDER BY COUNT(*) DESC LIMIT 1",
    45: "SELECT SUM(secs) / 3600.0 FROM wo WHERE ts LIKE '2025-10-%'",
    46: "SELECT AVG(hr) FROM wo WHERE act = 'Running' AND km > 18",
    47: """SELECT n.name FROM wo JOIN monthname n ON n.m = wo.m WHERE act = 'Running' AND y = 2025 GROUP BY n.name
           ORDER BY SUM(km) DESC LIMIT 1""",
    48: "SELECT 100.0 * SUM(tod < '07:00:00') / COUNT(*) FROM wo",
    49: "SELECT AVG(km * 1000) FROM wo WHERE act = 'Pool Swim'",
    50: "SELECT SUM(cal) FROM wo WHERE y = 2024",
    51: """SELECT SUM(CASE WHEN m BETWEEN 7 AND 9 THEN km ELSE 0 END) - SUM(CASE WHEN m BETWEEN 4 AND 6 THEN km ELSE 0 END)
           FROM wo WHERE act = 'Running' AND y = 2025""",
    52: "SELECT SUM(ascent) FROM wo WHERE act = 'Cycling' AND y = 2025",
    53: "SELECT COUNT(*) FROM (SELECT day FROM wo WHERE y = 2025 GROUP BY day HAVING COUNT(*) >= 2)",
    54: "SELECT AVG(secs) / 60.0 FROM wo WHERE act = 'Strength Training'",
    55: "SELECT 100.0 * SUM(CASE WHEN act = 'Cycling' THEN secs ELSE 0 END) / SUM(secs) FROM wo WHERE y = 2025",
    56: "SELECT COUNT(*) FROM wo WHERE act = 'Running' AND km > 21",
    # --- lost property ---
    57: "SELECT COUNT(*) FROM lp",
    58: "SELECT cat FROM lp GROUP BY cat ORDER BY COUNT(*) DESC LIMIT 1",
    59: "SELECT COUNT(*) FROM lp WHERE cat = 'phone' AND status = 'claimed'",
    60: "SELECT 100.0 * SUM(status = 'claimed') / COUNT(*) FROM lp WHERE cat = 'wallet'",
    61: "SELECT line FROM lp GROUP BY line ORDER BY COUNT(*) DESC LIMIT 1",
    62: "SELECT station FROM lp WHERE line = 'Green Line' GROUP BY station ORDER BY COUNT(*) DESC LIMIT 1",
    63: "SELECT AVG(val) FROM lp WHERE cat = 'laptop'",
    64: "SELECT SUM(val) FROM lp WHERE status = 'donated'",
    65: "SELECT AVG(julianday(dc) - julianday(d)) FROM lp WHERE status = 'claimed'",
    66: "SELECT COUNT(DISTINCT station) FROM lp",
    67: "SELECT COUNT(*) FROM lp WHERE cat = 'umbrella' AND m = 10",
    68: "SELECT 100.0 * SUM(strftime('%w', d) IN ('0', '6')) / COUNT(*) FROM lp",
    69: "SELECT cat FROM lp GROUP BY cat ORDER BY COUNT(*) DESC LIMIT 3",
    70: "SELECT COUNT(*) FROM lp WHERE val IS NULL",
    71: "SELECT COUNT(*) FROM lp WHERE val > 1000",
    72: "SELECT n.name FROM lp JOIN monthname n ON n.m = lp.m GROUP BY n.name ORDER BY COUNT(*) DESC LIMIT 1",
    73: "SELECT cat FROM lp GROUP BY cat ORDER BY AVG(status = 'claimed') ASC LIMIT 1",
    74: "SELECT COUNT(*) FROM lp WHERE cat = 'bag' AND status = 'donated'",
    # --- customs ---
    75: "SELECT SUM(duty) FROM ce WHERE y = 2025",
    76: "SELECT SUM(value) FROM ce WHERE y = 2024 AND origin = 'Vietnam'",
    77: "SELECT origin FROM ce WHERE y = 2025 GROUP BY origin ORDER BY SUM(value) DESC LIMIT 1",
    78: "SELECT com FROM ce GROUP BY com ORDER BY SUM(value) DESC LIMIT 3",
    79: "SELECT 100.0 * SUM(duty) / SUM(value) FROM ce WHERE y = 2025",
    80: "SELECT 100.0 * SUM(mode = 'Air') / COUNT(*) FROM ce",
    81: "SELECT AVG(kg) FROM ce WHERE mode = 'Air'",
    82: "SELECT COUNT(*) FROM ce WHERE kg > 20000",
    83: """SELECT origin, SUM(CASE WHEN y = 2025 THEN value ELSE -value END) AS g FROM ce WHERE m <= 11
           GROUP BY origin ORDER BY g DESC LIMIT 1""",
    84: "SELECT COUNT(DISTINCT carrier) FROM ce",
    85: "SELECT port FROM ce GROUP BY port ORDER BY COUNT(*) DESC LIMIT 1",
    86: "SELECT AVG(julianday(ad) - julianday(sd)) FROM ce WHERE mode = 'Sea' AND origin = 'China'",
    87: "SELECT SUM(duty) FROM ce WHERE origin = 'China' AND ad BETWEEN '2025-04-01' AND '2025-06-30'",
    88: "SELECT AVG(value) FROM ce WHERE com = 'Footwear'",
    89: """SELECT SUM(CASE WHEN ad BETWEEN '2025-07-01' AND '2025-09-30' THEN duty ELSE 0 END)
              - SUM(CASE WHEN ad BETWEEN '2025-01-01' AND '2025-03-31' THEN duty ELSE 0 END) FROM ce""",
    90: "SELECT com FROM ce GROUP BY com ORDER BY SUM(duty) / SUM(value) DESC LIMIT 1",
    91: "SELECT n.name FROM ce JOIN monthname n ON n.m = ce.m WHERE y = 2025 GROUP BY n.name ORDER BY COUNT(*) ASC LIMIT 1",
    92: "SELECT COUNT(*) FROM ce WHERE value > 1000000",
    93: "SELECT COUNT(*) FROM ce WHERE y = 2025 AND mode = 'Truck' AND port = 'Laredo'",
}


def connect():
    db = sqlite3.connect(":memory:")
    for name, table in TABLES.items():
        with open(DATA / name, newline="", encoding="utf-8") as f:
            rows = list(csv.reader(f))
        cols = ", ".join('"%s" TEXT' % c for c in rows[0])
        db.execute(f"CREATE TABLE {table} ({cols})")
        db.executemany(f"INSERT INTO {table} VALUES ({', '.join('?' * len(rows[0]))})", rows[1:])
    db.executescript(VIEWS)
    return db


def same_num(a, b):
    return a is not None and abs(float(a) - float(b)) <= 1e-6 * max(1.0, abs(float(b)))


def same_label(got, spellings):
    opts = [spellings] if isinstance(spellings, str) else spellings
    return str(got).strip().lower() in [o.strip().lower() for o in opts]


def main():
    db = connect()
    questions = json.loads((HERE / "questions.json").read_text(encoding="utf-8"))
    ok, bad = 0, []
    for qq in questions:
        n = int(qq["id"].split("-")[1])
        t = qq["truth"]
        rows = db.execute(SQL[n]).fetchall()
        if "labels" in t:
            got = [r[0] for r in rows]
            good = len(got) == len(t["labels"]) and all(any(same_label(x, lab) for x in got) for lab in t["labels"])
        elif "label" in t and "number" in t:
            good = same_label(rows[0][0], t["label"]) and same_num(rows[0][1], t["number"])
        elif "label" in t:
            good = same_label(rows[0][0], t["label"])
        elif "numbers" in t:
            good = all(same_num(a, b) for a, b in zip(rows[0], t["numbers"]))
        else:
            good = same_num(rows[0][0], t["number"])
        if good:
            ok += 1
        else:
            bad.append(f"{qq['id']}: sql {rows[:3]} vs truth {t}")
    print(*bad, sep="\n")
    print(f"crosscheck {ok}/{len(questions)} agree")
    return 0 if not bad and len(SQL) == len(questions) else 1


if __name__ == "__main__":
    sys.exit(main())
