#!/usr/bin/env python3
"""Set 21 cross-check: recomputes every truth in questions.json a second way, in SQLite.

    python3 tests/heldout/set21/crosscheck.py      # exit 1 on any mismatch

The raw CSV text is loaded into SQLite tables (every column TEXT, in file order) and cleaned by SQL
expressions in views only; no Python function is registered and no code is shared with truths.py.
Python only loads the files and compares the answers with questions.json.
"""

import csv
import json
import sqlite3
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"

db = sqlite3.connect(":memory:")
for name in ["herd", "milk_recordings", "bank_statement", "streaming_history", "bird_sightings", "car_stock"]:
    with open(DATA / f"{name}.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    cols = ", ".join(f'"{c}" TEXT' for c in rows[0])
    db.execute(f'CREATE TABLE "{name}" (seq INTEGER PRIMARY KEY, {cols})')
    marks = ", ".join("?" for _ in rows[0])
    db.executemany(f'INSERT INTO "{name}" ({", ".join(chr(34) + c + chr(34) for c in rows[0])}) VALUES ({marks})', rows[1:])

MONTHNUM = ("CASE substr(Date, 4, 3) WHEN 'Jan' THEN '01' WHEN 'Feb' THEN '02' WHEN 'Mar' THEN '03' WHEN 'Apr' THEN '04' "
            "WHEN 'May' THEN '05' WHEN 'Jun' THEN '06' WHEN 'Jul' THEN '07' WHEN 'Aug' THEN '08' WHEN 'Sep' THEN '09' "
            "WHEN 'Oct' THEN '10' WHEN 'Nov' THEN '11' WHEN 'Dec' THEN '12' END")
WDAY = ("CASE strftime('%w', {0}) WHEN '0' THEN 'Sunday' WHEN '1' THEN 'Monday' WHEN '2' THEN 'Tuesday' "
        "WHEN '3' THEN 'Wednesday' WHEN '4' THEN 'Thursday' WHEN '5' THEN 'Friday' ELSE 'Saturday' END")
db.executescript(f"""
CREATE VIEW m AS
  SELECT r.record_date AS d, CAST(substr(r.record_date, 6, 2) AS INTEGER) AS mon, r.ear_tag AS tag,
         CAST(r.am_litres AS REAL) AS am, CAST(r.am_litres AS REAL) + CAST(r.pm_litres AS REAL) AS y,
         CAST(r.fat_pct AS REAL) AS fat, CAST(r.protein_pct AS REAL) AS prot, CAST(r.scc_000s AS REAL) AS scc,
         h.Name AS name, h.Breed AS breed, h."Group" AS grp, CAST(h."Lactation No" AS INTEGER) AS lact,
         CAST(substr(h."Date of Birth", 7, 4) AS INTEGER) AS born
  FROM milk_recordings r JOIN herd h ON h."Ear Tag" = r.ear_tag;

CREATE VIEW b AS
  SELECT seq, substr(Date, 8, 4) || '-' || {MONTHNUM} || '-' || substr(Date, 1, 2) AS d,
         CAST(substr(Date, 8, 4) AS INTEGER) AS yr, CAST({MONTHNUM} AS INTEGER) AS mon,
         Payee AS payee, Category AS cat,
         CASE WHEN trim("Paid In") = '' THEN 0.0 ELSE CAST(replace("Paid In", ',', '') AS REAL) END AS pin,
         CASE WHEN trim("Paid Out") = '' THEN 0.0 ELSE CAST(replace("Paid Out", ',', '') AS REAL) END AS pout,
         CAST(replace(Balance, ',', '') AS REAL) AS bal
  FROM bank_statement;

CREATE VIEW s AS
  SELECT startTime AS t, CAST(substr(startTime, 6, 2) AS INTEGER) AS mon, CAST(substr(startTime, 12, 2) AS INTEGER) AS hr,
         {WDAY.format('startTime')} AS wd, date(startTime) AS day,
         artistName AS artist, trackName AS track, CAST(msPlayed AS INTEGER) AS ms, device
  FROM streaming_history;

CREATE VIEW bd AS
  SELECT substr(Date, 7, 4) || '-' || substr(Date, 4, 2) || '-' || substr(Date, 1, 2) AS d,
         Time AS tm, Site AS site, Observer AS obs,
         lower(trim(replace(replace(replace(Species, '    ', ' '), '   ', ' '), '  ', ' '))) AS sp,
         CASE WHEN trim(Count) <> '' AND trim(Count) NOT GLOB '*[^0-9]*' THEN CAST(trim(Count) AS INTEGER) END AS n
  FROM bird_sightings;

CREATE VIEW c AS
  SELECT StockNo AS stock, Make AS make, Model AS model, CAST(RegYear AS INTEGER) AS reg, CAST(Mileage AS INTEGER) AS miles,
         FuelType AS fuel, PurchaseDate AS pd, CAST(PurchasePrice AS REAL) AS cost,
         NULLIF(SaleDate, '') AS sd, CAST(NULLIF(SalePrice, '') AS REAL) AS sale, SoldBy AS seller, OnFinance AS fin,
         CAST(NULLIF(SalePrice, '') AS REAL) - CAST(PurchasePrice AS REAL) AS profit,
         julianday(NULLIF(SaleDate, '')) - julianday(PurchaseDate) AS days
  FROM car_stock;
CREATE VIEW cs AS SELECT * FROM c WHERE sd IS NOT NULL;
""")

# (id, kind, sql): kind "n" one number, "l" one label, "ln" label then number, "L" several labels (one per row)
CHECKS = [
    ("001", "n", "SELECT sum(y) FROM m WHERE d LIKE '2025-10-%'"),
    ("002", "n", "SELECT avg(y) FROM m WHERE mon = 11"),
    ("003", "l", "SELECT breed FROM m GROUP BY breed ORDER BY avg(y) DESC LIMIT 1"),
    ("004", "n", "SELECT (SELECT avg(y) FROM m WHERE breed = 'Holstein Friesian') - (SELECT avg(y) FROM m WHERE breed = 'Jersey')"),
    ("005", "L", "SELECT tag FROM m GROUP BY tag ORDER BY sum(y) DESC LIMIT 3"),
    ("006", "l", "SELECT tag FROM m GROUP BY tag ORDER BY avg(scc) DESC LIMIT 1"),
    ("007", "n", "SELECT count(*) FROM (SELECT tag FROM m GROUP BY tag HAVING avg(scc) > 200)"),
    ("008", "n", "SELECT 100.0 * sum(CASE WHEN grp = 'Heifers' THEN y ELSE 0 END) / sum(y) FROM m"),
    ("009", "n", "SELECT avg(fat) FROM m WHERE breed = 'Jersey'"),
    ("010", "n", "SELECT count(DISTINCT tag) FROM m WHERE d = '2025-09-15'"),
    ("011", "l", "SELECT substr(d, 1, 7) FROM m GROUP BY 1 ORDER BY sum(y) LIMIT 1"),
    ("012", "n", "SELECT 100.0 * sum(am) / sum(y) FROM m"),
    ("013", "n", "SELECT sum(y) FROM m WHERE mon = 10 AND lact >= 3"),
    ("014", "n", "SELECT count(*) FROM m WHERE scc > 600"),
    ("015", "l", "SELECT grp FROM m GROUP BY grp ORDER BY avg(y) LIMIT 1"),
    ("016", "n", "SELECT count(DISTINCT ear_tag) FROM milk_recordings"),
    ("017", "n", "SELECT max(t) FROM (SELECT sum(y) AS t FROM m GROUP BY d)"),
    ("018", "n", "SELECT 100.0 * (a - z) / a FROM (SELECT sum(CASE WHEN mon = 8 THEN y END) AS a, sum(CASE WHEN mon = 11 THEN y END) AS z FROM m)"),
    ("019", "n", "SELECT avg(prot) FROM m WHERE mon = 11"),
    ("020", "n", "SELECT avg(y) FROM m WHERE born < 2021"),
    ("021", "n", "SELECT sum(y) FROM m WHERE name = 'Daisy' AND mon = 10"),
    # bank
    ("022", "n", "SELECT sum(pin) FROM b WHERE cat = 'Client payment' AND yr = 2025"),
    ("023", "n", "SELECT sum(pout) FROM b WHERE yr = 2024"),
    ("024", "l", "SELECT payee FROM b WHERE cat = 'Client payment' AND yr = 2025 GROUP BY payee ORDER BY sum(pin) DESC LIMIT 1"),
    ("025", "L", "SELECT payee FROM b WHERE cat = 'Client payment' GROUP BY payee ORDER BY sum(pin) DESC LIMIT 3"),
    ("026", "n", "SELECT sum(pout) FROM b WHERE cat = 'Software' AND yr = 2025"),
    ("027", "n", "SELECT bal FROM b WHERE d <= '2025-06-30' ORDER BY d DESC, seq DESC LIMIT 1"),
    ("028", "n", "SELECT sum(pout) FROM b WHERE payee LIKE 'HMRC%' AND yr = 2025"),
    ("029", "n", "SELECT avg(pin) FROM b WHERE cat = 'Client payment' AND yr = 2024"),
    ("030", "n", "SELECT count(*) FROM b WHERE cat = 'Client payment' AND yr = 2025 AND pin > 3500"),
    ("031", "l", "SELECT substr(d, 1, 7) FROM b WHERE yr = 2025 GROUP BY 1 ORDER BY sum(pin) LIMIT 1"),
    ("032", "n", "SELECT sum(pin) - sum(pout) FROM b WHERE yr = 2025"),
    ("033", "n", "SELECT 100.0 * (n - o) / o FROM (SELECT sum(CASE WHEN yr = 2025 THEN pin END) AS n, "
                 "sum(CASE WHEN yr = 2024 THEN pin END) AS o FROM b WHERE cat = 'Client payment' AND mon <= 11)"),
    ("034", "ln", "SELECT payee, sum(CASE WHEN yr = 2025 THEN pin ELSE -pin END) AS g FROM b "
                  "WHERE cat = 'Client payment' AND mon <= 11 GROUP BY payee ORDER BY g DESC LIMIT 1"),
    ("035", "n", "SELECT 100.0 * sum(CASE WHEN cat = 'Studio rent' THEN pout ELSE 0 END) / sum(pout) FROM b WHERE yr = 2025"),
    ("036", "n", "SELECT sum(pout) FROM b WHERE cat = 'Travel' AND yr = 2024"),
    ("037", "n", "SELECT count(DISTINCT payee) FROM b WHERE cat = 'Client payment' AND yr = 2024"),
    ("038", "ln", "SELECT payee, pout FROM b WHERE cat = 'Equipment' ORDER BY pout DESC LIMIT 1"),
    ("039", "n", "SELECT min(bal) FROM b WHERE d >= '2025-01-01'"),
    ("040", "n", "SELECT sum(pout) / 11.0 FROM b WHERE cat = 'Drawings' AND d BETWEEN '2025-01-01' AND '2025-11-30'"),
    ("041", "n", "SELECT sum(pout) FROM b WHERE payee = 'Adobe Systems'"),
    # streaming
    ("042", "n", "SELECT sum(ms) / 3600000.0 FROM s WHERE mon = 10"),
    ("043", "l", "SELECT artist FROM s GROUP BY artist ORDER BY sum(ms) DESC LIMIT 1"),
    ("044", "L", "SELECT artist FROM s GROUP BY artist ORDER BY count(*) DESC LIMIT 3"),
    ("045", "l", "SELECT printf('%02d:00', hr) FROM s GROUP BY hr ORDER BY count(*) DESC LIMIT 1"),
    ("046", "l", "SELECT wd FROM s GROUP BY wd ORDER BY sum(ms) LIMIT 1"),
    ("047", "n", "SELECT count(DISTINCT artist) FROM s"),
    ("048", "n", "SELECT 100.0 * sum(ms < 30000) / count(*) FROM s"),
    ("049", "n", "SELECT avg(ms) / 60000.0 FROM s"),
    ("050", "n", "SELECT (sum(CASE WHEN mon IN (9, 10, 11) THEN ms END) - sum(CASE WHEN mon IN (6, 7, 8) THEN ms END)) / 60000.0 "
                 "FROM s WHERE artist = 'Olivia Dean'"),
    ("051", "l", "SELECT device FROM s GROUP BY device ORDER BY sum(ms) DESC LIMIT 1"),
    ("052", "n", "SELECT 100.0 * sum(CASE WHEN device = 'Car' THEN ms ELSE 0 END) / sum(ms) FROM s"),
    ("053", "l", "SELECT track FROM s WHERE artist = 'Fleetwood Mac' GROUP BY track ORDER BY count(*) DESC LIMIT 1"),
    ("054", "n", "SELECT 100.0 * (sum(CASE WHEN mon = 9 THEN ms END) - sum(CASE WHEN mon = 8 THEN ms END)) "
                 "/ sum(CASE WHEN mon = 8 THEN ms END) FROM s"),
    ("055", "n", "SELECT count(*) FROM s WHERE hr >= 22"),
    ("056", "n", "SELECT sum(ms) / 3600000.0 / count(DISTINCT day) FROM s WHERE wd IN ('Saturday', 'Sunday')"),
    ("057", "n", "SELECT sum(ms) / 60000.0 FROM s WHERE artist = 'Radiohead'"),
    ("058", "n", "SELECT count(DISTINCT track) FROM s WHERE artist = 'Khruangbin'"),
    ("059", "l", "SELECT artist FROM s WHERE mon = 11 GROUP BY artist ORDER BY sum(ms) DESC LIMIT 1"),
    ("060", "n", "SELECT sum(mon = 10) - sum(mon = 8) FROM s WHERE device = 'MacBook'"),
    # birds
    ("061", "n", "SELECT count(DISTINCT sp) FROM bd"),
    ("062", "l", "SELECT sp FROM bd GROUP BY sp ORDER BY count(*) DESC LIMIT 1"),
    ("063", "n", "SELECT sum(n) FROM bd WHERE sp = 'starling'"),
    ("064", "L", "SELECT sp FROM bd GROUP BY sp ORDER BY sum(n) DESC LIMIT 3"),
    ("065", "l", "SELECT site FROM bd GROUP BY site ORDER BY count(DISTINCT sp) DESC LIMIT 1"),
    ("066", "l", "SELECT obs FROM bd GROUP BY obs ORDER BY count(*) DESC LIMIT 1"),
    ("067", "n", "SELECT count(*) FROM bd WHERE n IS NULL"),
    ("068", "n", "SELECT count(*) FROM bd WHERE sp = 'kingfisher'"),
    ("069", "l", "SELECT substr(d, 1, 7) FROM bd GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"),
    ("070", "n", "SELECT avg(n) FROM bd WHERE sp = 'lapwing'"),
    ("071", "n", "SELECT 100.0 * sum(site = 'Millbrook Reservoir') / count(*) FROM bd"),
    ("072", "n", "SELECT count(DISTINCT d) FROM bd WHERE sp = 'blue tit'"),
    ("073", "ln", "SELECT sp, n FROM bd WHERE n IS NOT NULL ORDER BY n DESC LIMIT 1"),
    ("074", "n", "SELECT count(*) FROM bd WHERE time(tm) < time('09:00')"),
    ("075", "n", "SELECT sum(n) FROM bd WHERE sp = 'robin' AND site = 'Oak Hill Woods'"),
    ("076", "n", "SELECT 100.0 * sum(strftime('%w', d) IN ('0', '6')) / count(*) FROM bd"),
    ("077", "n", "SELECT count(*) FROM bd WHERE n > 50"),
    ("078", "l", "SELECT obs FROM bd GROUP BY obs ORDER BY count(DISTINCT sp) LIMIT 1"),
    ("079", "n", "SELECT count(DISTINCT sp) FROM bd WHERE site = 'Saltmarsh Point'"),
    # cars
    ("080", "n", "SELECT count(*) FROM cs WHERE sd LIKE '2025%'"),
    ("081", "n", "SELECT sum(sale) FROM cs WHERE sd LIKE '2025%'"),
    ("082", "n", "SELECT avg(profit) FROM cs"),
    ("083", "l", "SELECT make FROM cs GROUP BY make ORDER BY avg(profit) DESC LIMIT 1"),
    ("084", "n", "SELECT avg(days) FROM cs"),
    ("085", "n", "SELECT count(*) FROM c WHERE sd IS NULL"),
    ("086", "n", "SELECT sum(cost) FROM c WHERE sd IS NULL"),
    ("087", "ln", "SELECT seller, count(*) FROM cs WHERE sd LIKE '2025%' GROUP BY seller ORDER BY count(*) DESC LIMIT 1"),
    ("088", "L", "SELECT model FROM cs GROUP BY model ORDER BY count(*) DESC LIMIT 3"),
    ("089", "n", "SELECT 100.0 * sum(fin = 'Yes') / count(*) FROM cs"),
    ("090", "n", "SELECT (SELECT avg(days) FROM cs WHERE fuel = 'Electric') - (SELECT avg(days) FROM cs WHERE fuel = 'Petrol')"),
    ("091", "n", "SELECT avg(sale) FROM cs WHERE miles > 100000"),
    ("092", "l", "SELECT substr(sd, 1, 7) FROM cs WHERE sd LIKE '2025%' GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"),
    ("093", "n", "SELECT sum(CASE WHEN sd BETWEEN '2025-04-01' AND '2025-06-30' THEN profit END) "
                 "- sum(CASE WHEN sd BETWEEN '2025-07-01' AND '2025-09-30' THEN profit END) FROM cs"),
    ("094", "n", "SELECT count(*) FROM cs WHERE reg <= 2016"),
    ("095", "n", "SELECT 100.0 * sum(profit) / sum(sale) FROM cs WHERE sd LIKE '2025%'"),
    ("096", "ln", "SELECT model, sale FROM cs ORDER BY sale DESC LIMIT 1"),
    ("097", "n", "SELECT sum(profit) FROM cs WHERE seller = 'Leanne'"),
    ("098", "n", "SELECT count(*) FROM (SELECT DISTINCT make, model FROM c)"),
    ("099", "l", "SELECT fuel FROM (SELECT fuel, sum(sd LIKE '2025%') * 1.0 / sum(sd BETWEEN '2024-01-01' AND '2024-11-30') AS g "
                 "FROM cs GROUP BY fuel) ORDER BY g DESC LIMIT 1"),
    ("100", "n", "SELECT sum(cost) FROM c WHERE pd LIKE '2024%'"),
]


def label_ok(got, spellings):
    options = [spellings] if isinstance(spellings, str) else spellings
    return str(got).strip().casefold() in {o.casefold() for o in options}


def num_ok(got, want):
    return got is not None and abs(float(got) - want) <= 1e-6 * max(1.0, abs(want)) + 1e-6


questions = {q["id"]: q for q in json.loads((HERE / "questions.json").read_text(encoding="utf-8"))}
checked = {f"s21-{i}" for i, _, _ in CHECKS}
assert checked == set(questions), sorted(set(questions) ^ checked)
agree, bad = 0, []
for i, kind, sql in CHECKS:
    q = questions[f"s21-{i}"]
    t = q["truth"]
    rows = db.execute(sql).fetchall()
    if kind == "n":
        ok = num_ok(rows[0][0], t["number"])
    elif kind == "l":
        ok = label_ok(rows[0][0], t["label"])
    elif kind == "ln":
        ok = label_ok(rows[0][0], t["label"]) and num_ok(rows[0][1], t["number"])
    else:
        want = t["labels"]
        ok = len(rows) == len(want) and all(any(label_ok(r[0], w) for r in rows) for w in want)
    if ok:
        agree += 1
    else:
        bad.append((q["id"], rows[:3], t))
for b_ in bad:
    print("MISMATCH", *b_)
print(f"crosscheck: {agree}/{len(CHECKS)} agree")
sys.exit(1 if bad else 0)
