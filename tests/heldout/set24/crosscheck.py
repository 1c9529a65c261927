#!/usr/bin/env python3
"""Held-out set 24: recomputes every truth in questions.json a second, independent way.

    python3 tests/heldout/set24/crosscheck.py      # exit 1 on any mismatch

The raw CSV text goes into SQLite as TEXT columns (no cleaning in Python); everything is cleaned in SQL
views: money with replace() and GLOB, categories folded with lower / trim / replace, dates rebuilt with
substr / instr / printf, lengths with julianday, weekdays with strftime('%w'). No code is shared with
truths.py. Standard library only.
"""

import csv
import json
import sqlite3
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"

db = sqlite3.connect(":memory:")


def load(table, name):
    with open(DATA / name, newline="", encoding="utf-8") as f:
        rd = csv.reader(f)
        head = next(rd)
        cols = ", ".join(f'"{h}" TEXT' for h in head)
        db.execute(f"CREATE TABLE {table} ({cols})")
        db.executemany(f"INSERT INTO {table} VALUES ({', '.join('?' * len(head))})", list(rd))


load("raw_wine", "wine_sales.csv")
load("raw_wines", "wines.csv")
load("raw_radio", "radio_ledger.csv")
load("raw_mech", "mechanic_jobs.csv")
load("raw_pod", "podcast_daily.csv")
load("raw_orch", "orchestra_bookings.csv")


def M(col):
    """SQL: money / number text -> REAL, or NULL when it is not a number."""
    t = f"replace(replace(replace(replace(trim({col}), '£', ''), '$', ''), ',', ''), ' ', '')"
    return f"(CASE WHEN {t} GLOB '[0-9]*' OR {t} GLOB '-[0-9]*' THEN CAST({t} AS REAL) END)"


def F(col):
    """SQL: fold case and spaces."""
    return f"replace(replace(replace(lower(trim({col})), '  ', ' '), '  ', ' '), '  ', ' ')"


YES = "('yes','y','true','1','paid','member')"
MON = "'JanFebMarAprMayJunJulAugSepOctNovDec'"

db.executescript(f"""
CREATE VIEW wines AS SELECT CAST("Wine ID" AS INTEGER) AS wid, Wine AS name, lower(Colour) AS colour,
    lower(Country) AS country, lower(Grape) AS grape, {M('"Cost Price"')} AS cost FROM raw_wines;
CREATE VIEW wl AS SELECT s.Receipt AS rec,
    substr(s.Date, 7, 4) || '-' || substr(s.Date, 4, 2) || '-' || substr(s.Date, 1, 2) AS d,
    CAST(substr(s.Time, 1, 2) AS INTEGER) AS h, CAST(s."Wine ID" AS INTEGER) AS wid,
    CAST(s.Qty AS INTEGER) AS qty, {M('s."Line Total"')} AS tot, {F('s.Payment')} AS pay,
    (trim(s.Void) <> '') AS void, w.name, w.colour, w.country, w.grape, w.cost
    FROM raw_wine s JOIN wines w ON w.wid = CAST(s."Wine ID" AS INTEGER);
CREATE VIEW wok AS SELECT * FROM wl WHERE NOT void;

CREATE VIEW r1 AS SELECT *, substr(Date, 1, instr(Date, '/') - 1) AS mm,
    substr(Date, instr(Date, '/') + 1) AS rest FROM raw_radio;
CREATE VIEW rl AS SELECT printf('%04d-%02d-%02d', CAST(substr(rest, instr(rest, '/') + 1) AS INTEGER),
        CAST(mm AS INTEGER), CAST(substr(rest, 1, instr(rest, '/') - 1) AS INTEGER)) AS d,
    trim(Name) AS name, {F('Type')} AS type, {F('Campaign')} AS camp, {F('Method')} AS meth,
    {M('Amount')} AS amt, ({F('"Employer Match"')} IN {YES}) AS matched, (trim(Status) <> '') AS void
    FROM r1;
CREATE VIEW rok AS SELECT * FROM rl WHERE NOT void;
CREATE VIEW rdon AS SELECT * FROM rok WHERE type = 'donation';

CREATE VIEW ml AS SELECT trim(Start) AS st, trim(Finish) AS fi,
    CASE WHEN trim(Finish) <> '' THEN round((julianday(trim(Finish)) - julianday(trim(Start))) * 1440, 6) END AS mins,
    trim(Customer) AS cust, {F('Area')} AS area,
    CASE WHEN {F('Make')} = 'vw' THEN 'volkswagen' ELSE {F('Make')} END AS make,
    {F('"Job Type"')} AS type, {M('Labour')} AS lab, {M('Parts')} AS parts,
    CASE {F('Status')} WHEN 'completed' THEN 'completed' WHEN 'canceled' THEN 'cancelled'
        WHEN 'cancelled' THEN 'cancelled' WHEN 'no access' THEN 'no access' ELSE 'not in' END AS status,
    ({F('Paid')} IN {YES}) AS paid, {M('Miles')} AS miles,
    substr(trim(Start), 1, 4) AS y, substr(trim(Start), 1, 7) AS ym, CAST(substr(trim(Start), 12, 2) AS INTEGER) AS h,
    date(substr(trim(Start), 1, 10)) AS d
    FROM raw_mech;
CREATE VIEW mdone AS SELECT *, lab + coalesce(parts, 0) AS bill FROM ml WHERE status = 'completed';

CREATE VIEW pl AS SELECT trim(Date) AS d, {F('Show')} AS show,
    CASE WHEN trim(Downloads) GLOB '[0-9]*' THEN CAST(trim(Downloads) AS INTEGER) END AS dl,
    {M('"Avg Listen (mins)"')} AS listen, CAST("New Followers" AS INTEGER) AS fol,
    coalesce({M('"Ad Revenue"')}, 0) AS ad, ({F('"New Episode"')} IN {YES}) AS ep FROM raw_pod;

CREATE VIEW o1 AS SELECT *, trim("Booked At") AS b, substr(trim("Concert Date"), 5) AS c FROM raw_orch;
CREATE VIEW o2 AS SELECT *,
    CASE WHEN instr(b, '/') > 0 THEN substr(b, 7, 4) || '-' || substr(b, 4, 2) || '-' || substr(b, 1, 2)
      ELSE printf('%04d-%02d-%02d', CAST(substr(b, length(b) - 9, 4) AS INTEGER),
             (instr({MON}, substr(b, instr(b, ' ') + 1, 3)) + 2) / 3, CAST(substr(b, 1, instr(b, ' ') - 1) AS INTEGER))
    END AS bd,
    CAST(substr(b, length(b) - 4, 2) AS INTEGER) AS bh,
    printf('%04d-%02d-%02d', CAST(substr(c, length(c) - 3) AS INTEGER),
        (instr({MON}, substr(c, instr(c, ' ') + 1, 3)) + 2) / 3, CAST(substr(c, 1, instr(c, ' ') - 1) AS INTEGER)) AS cd
    FROM o1;
CREATE VIEW ol AS SELECT bd, bh, cd, {F('Concert')} AS concert,
    CASE WHEN CAST(substr(cd, 6, 2) AS INTEGER) >= 9 THEN substr(cd, 1, 4) || '-' || (CAST(substr(cd, 1, 4) AS INTEGER) + 1)
         ELSE (CAST(substr(cd, 1, 4) AS INTEGER) - 1) || '-' || substr(cd, 1, 4) END AS season,
    {F('Seats')} AS seat,
    CASE {F('"Ticket Type"')} WHEN 'full price' THEN 'full' WHEN 'conc' THEN 'concession' WHEN 'u18' THEN 'under 18'
        WHEN 'under-18' THEN 'under 18' ELSE {F('"Ticket Type"')} END AS type,
    {M('Tickets')} AS n, {M('Total')} AS tot,
    CASE {F('Channel')} WHEN 'web' THEN 'online' WHEN 'telephone' THEN 'phone' ELSE {F('Channel')} END AS chan,
    CASE {F('Status')} WHEN 'canceled' THEN 'cancelled' ELSE {F('Status')} END AS st,
    ({F('Friend')} IN {YES}) AS friend, coalesce({M('Donation')}, 0) AS don,
    CAST(julianday(cd) - julianday(bd) AS INTEGER) AS lead
    FROM o2;
CREATE VIEW ook AS SELECT * FROM ol WHERE st = 'confirmed';
""")

WD = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]

# (kind, sql). kinds: num -> one number; label -> one text; labels -> rows of text; labnum -> text, number;
# wd -> strftime('%w') digit; month -> 'YYYY-MM'; hour -> integer hour
CHECKS = [
    # ---- wine
    ("num", "SELECT sum(tot) FROM wok WHERE d LIKE '2025%'"),
    ("num", "SELECT sum(qty) FROM wok WHERE d LIKE '2024%'"),
    ("label", "SELECT country FROM wok GROUP BY 1 ORDER BY sum(tot) DESC LIMIT 1"),
    ("num", "SELECT 100.0 * sum(CASE WHEN colour = 'red' THEN tot ELSE 0 END) / sum(tot) FROM wok"),
    ("labels", "SELECT name FROM wok GROUP BY 1 ORDER BY sum(qty) DESC LIMIT 3"),
    ("num", "SELECT avg(t) FROM (SELECT rec, sum(tot) t FROM wok WHERE d LIKE '2025%' GROUP BY rec)"),
    ("num", "SELECT count(*) FROM (SELECT rec FROM wok GROUP BY rec HAVING sum(tot) > 200)"),
    ("wd", "SELECT strftime('%w', d) FROM wok GROUP BY 1 ORDER BY sum(tot) DESC LIMIT 1"),
    ("hour", "SELECT h FROM (SELECT DISTINCT rec, h FROM wl) GROUP BY h ORDER BY count(*) DESC LIMIT 1"),
    ("num", "SELECT sum(CASE WHEN d LIKE '2025-11%' THEN tot ELSE 0 END) - sum(CASE WHEN d LIKE '2024-11%' THEN tot ELSE 0 END) FROM wok"),
    ("labnum", "SELECT colour, sum(CASE WHEN d LIKE '2025%' THEN qty ELSE -qty END) g FROM wok "
               "WHERE substr(d, 6, 2) <= '11' GROUP BY colour ORDER BY g DESC LIMIT 1"),
    ("num", "SELECT sum(tot - qty * cost) FROM wok WHERE d LIKE '2025%' AND country = 'italy'"),
    ("labels", "SELECT name FROM wines WHERE wid NOT IN (SELECT wid FROM wok) ORDER BY name"),
    ("num", "SELECT 100.0 * sum(CASE WHEN pay = 'cash' THEN tot ELSE 0 END) / sum(tot) FROM wok"),
    ("num", "SELECT count(*) FROM wl WHERE void"),
    ("num", "SELECT sum(qty) FROM wok WHERE colour = 'sparkling' AND d LIKE '2024-12%'"),
    ("num", "SELECT sum(tot) / sum(qty) FROM wok WHERE colour = 'white'"),
    ("month", "SELECT substr(d, 1, 7) FROM wok WHERE d LIKE '2024%' GROUP BY 1 ORDER BY sum(tot) DESC LIMIT 1"),
    ("labnum", "SELECT grape, sum(qty) FROM wok GROUP BY 1 ORDER BY 2 DESC LIMIT 1"),
    ("num", "SELECT sum(qty) FROM wok WHERE d LIKE '2025%' AND strftime('%w', d) = '6'"),
    ("num", "SELECT count(*) FROM wok WHERE qty >= 6"),
    ("num", "SELECT count(DISTINCT wid) FROM wok WHERE d LIKE '2025%'"),
    ("num", "SELECT sum(tot) FROM wok WHERE country = 'new zealand' AND d BETWEEN '2025-06-01' AND '2025-08-31'"),
    # ---- radio
    ("num", "SELECT sum(amt) FROM rok WHERE d LIKE '2024%'"),
    ("num", "SELECT sum(amt) FROM rdon WHERE d LIKE '2025%'"),
    ("num", "SELECT -sum(amt) FROM rok WHERE type = 'refund'"),
    ("num", "SELECT -sum(amt) FROM rok WHERE type = 'card fee' AND d LIKE '2025%'"),
    ("num", "SELECT sum(CASE WHEN d LIKE '2025%' THEN amt ELSE -amt END) FROM rdon WHERE camp = 'spring drive'"),
    ("labnum", "SELECT name, sum(amt) FROM rok WHERE type IN ('donation', 'monthly pledge') GROUP BY 1 ORDER BY 2 DESC LIMIT 1"),
    ("num", "SELECT count(DISTINCT name) FROM rdon WHERE d LIKE '2025%'"),
    ("num", "SELECT avg(amt) FROM rdon"),
    ("num", "SELECT count(*) FROM rdon WHERE amt > 300"),
    ("num", "SELECT 100.0 * sum(matched) / count(*) FROM rdon"),
    ("month", "SELECT substr(d, 1, 7) FROM rdon WHERE d LIKE '2024%' GROUP BY 1 ORDER BY sum(amt) DESC LIMIT 1"),
    ("label", "SELECT meth FROM rdon GROUP BY 1 ORDER BY sum(amt) DESC LIMIT 1"),
    ("num", "SELECT sum(amt) FROM rok WHERE type = 'monthly pledge' AND d LIKE '2025%'"),
    ("num", "SELECT sum(amt) FROM rok WHERE type = 'grant'"),
    ("wd", "SELECT strftime('%w', d) FROM rdon GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"),
    ("num", "SELECT count(*) FROM rok WHERE type = 'refund' AND d LIKE '2025%'"),
    ("num", "SELECT count(*) FROM rl WHERE void"),
    ("num", "SELECT sum(CASE WHEN d LIKE '2025%' THEN amt WHEN d LIKE '2024%' THEN -amt END) FROM rok WHERE type = 'event ticket'"),
    ("labnum", "SELECT name, amt FROM rdon ORDER BY amt DESC LIMIT 1"),
    ("num", "SELECT sum(amt) FROM rdon WHERE camp = 'fall drive' AND d LIKE '2025%'"),
    ("num", "SELECT sum(CASE WHEN d LIKE '2025-10%' THEN amt WHEN d LIKE '2024-10%' THEN -amt ELSE 0 END) FROM rdon"),
    # ---- mechanic
    ("num", "SELECT count(*) FROM mdone WHERE y = '2025'"),
    ("num", "SELECT avg(mins) FROM mdone"),
    ("label", "SELECT type FROM mdone GROUP BY 1 ORDER BY avg(mins) DESC LIMIT 1"),
    ("num", "SELECT sum(lab) FROM mdone WHERE y = '2025'"),
    ("num", "SELECT sum(parts) FROM mdone WHERE type = 'brakes'"),
    ("num", "SELECT count(*) FROM ml WHERE status <> 'completed'"),
    ("num", "SELECT 100.0 * sum(status <> 'completed') / count(*) FROM ml"),
    ("num", "SELECT sum(bill) FROM mdone WHERE NOT paid"),
    ("label", "SELECT make FROM mdone GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"),
    ("label", "SELECT area FROM ml GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"),
    ("num", "SELECT count(*) FROM mdone WHERE h < 8"),
    ("wd", "SELECT strftime('%w', d) FROM mdone GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"),
    ("num", "SELECT count(*) FROM mdone WHERE mins > 210"),
    ("labels", "SELECT cust FROM mdone GROUP BY 1 ORDER BY sum(bill) DESC LIMIT 3"),
    ("num", "SELECT avg(miles) FROM ml"),
    ("labnum", "SELECT type, sum(CASE WHEN y = '2025' THEN 1 ELSE -1 END) g FROM mdone "
               "WHERE substr(ym, 6, 2) BETWEEN '03' AND '10' GROUP BY 1 ORDER BY g DESC LIMIT 1"),
    ("num", "SELECT abs(sum(CASE WHEN ym = '2025-06' THEN bill WHEN ym = '2024-06' THEN -bill ELSE 0 END)) FROM mdone WHERE type = 'full service'"),
    ("num", "SELECT count(DISTINCT cust) FROM mdone"),
    ("num", "SELECT sum(mins) / 60.0 FROM mdone WHERE ym = '2025-09'"),
    ("num", "SELECT avg(bill) FROM mdone WHERE type = 'diagnostics'"),
    ("month", "SELECT ym FROM mdone WHERE y = '2025' GROUP BY 1 ORDER BY sum(mins) DESC LIMIT 1"),
    ("num", "SELECT count(*) FROM mdone WHERE type = 'battery' AND d BETWEEN '2024-11-01' AND '2025-02-28'"),
    # ---- podcast
    ("num", "SELECT sum(dl) FROM pl WHERE d LIKE '2024%'"),
    ("label", "SELECT show FROM pl WHERE d LIKE '2025%' GROUP BY 1 ORDER BY sum(dl) DESC LIMIT 1"),
    ("num", "SELECT avg(dl) FROM pl WHERE show = 'midnight ledger' AND d LIKE '2025-08%'"),
    ("num", "SELECT sum(ad) FROM pl WHERE d LIKE '2025%'"),
    ("labnum", "SELECT show, sum(CASE WHEN d LIKE '2025%' THEN dl ELSE -dl END) g FROM pl "
               "WHERE substr(d, 6, 2) <= '03' AND show <> 'kitchen table money' GROUP BY 1 ORDER BY g DESC LIMIT 1"),
    ("num", "SELECT count(*) FROM pl WHERE show = 'small town sleuths' AND ep AND d LIKE '2025%'"),
    ("num", "SELECT avg(CASE WHEN ep THEN dl END) - avg(CASE WHEN NOT ep THEN dl END) FROM pl WHERE show = 'the allotment hour'"),
    ("wd", "SELECT strftime('%w', d) FROM pl GROUP BY 1 ORDER BY sum(dl) DESC LIMIT 1"),
    ("month", "SELECT substr(d, 1, 7) FROM pl GROUP BY 1 ORDER BY sum(dl) DESC LIMIT 1"),
    ("num", "SELECT 100.0 * sum(CASE WHEN show = 'kitchen table money' THEN dl ELSE 0 END) / sum(dl) FROM pl WHERE d LIKE '2025%'"),
    ("num", "SELECT count(*) FROM pl WHERE show = 'small town sleuths' AND dl > 2500"),
    ("label", "SELECT show FROM pl WHERE d LIKE '2025%' GROUP BY 1 ORDER BY sum(fol) DESC LIMIT 1"),
    ("num", "SELECT 1000.0 * sum(ad) / sum(dl) FROM pl WHERE d LIKE '2025%' AND dl IS NOT NULL"),
    ("num", "SELECT count(DISTINCT d) FROM pl WHERE dl IS NULL"),
    ("labnum", "SELECT show, dl FROM pl WHERE dl IS NOT NULL ORDER BY dl DESC LIMIT 1"),
    ("num", "SELECT sum(CASE WHEN d LIKE '2025-09%' THEN dl WHEN d LIKE '2024-09%' THEN -dl ELSE 0 END) FROM pl"),
    ("label", "SELECT show FROM pl GROUP BY 1 ORDER BY avg(listen) DESC LIMIT 1"),
    ("num", "SELECT count(*) FROM pl WHERE ep AND d LIKE '2024%'"),
    ("num", "SELECT avg(dl) FROM pl WHERE show = 'the allotment hour' AND d LIKE '2025%' AND strftime('%w', d) IN ('0', '6')"),
    ("num", "SELECT count(*) FROM pl WHERE show = 'midnight ledger' AND d LIKE '2025%' AND ad > 0"),
    # ---- orchestra
    ("num", "SELECT sum(n) FROM ook WHERE season = '2024-2025'"),
    ("labnum", "SELECT concert, sum(n) FROM ook WHERE season = '2024-2025' GROUP BY 1 ORDER BY 2 DESC LIMIT 1"),
    ("num", "SELECT sum(tot) FROM ook WHERE season = '2024-2025'"),
    ("num", "SELECT 100.0 * sum(chan = 'online') / count(*) FROM ook"),
    ("num", "SELECT avg(n) FROM ook"),
    ("num", "SELECT 100.0 * sum(friend) / count(*) FROM ook"),
    ("num", "SELECT sum(don) FROM ook"),
    ("num", "SELECT avg(lead) FROM ook"),
    ("num", "SELECT count(*) FROM ook WHERE lead <= 7"),
    ("label", "SELECT seat FROM ook GROUP BY 1 ORDER BY sum(tot) DESC LIMIT 1"),
    ("hour", "SELECT bh FROM ol WHERE chan = 'online' GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"),
    ("num", "SELECT count(*) FROM ol WHERE st = 'refunded'"),
    ("num", "SELECT sum(n) FROM ook WHERE type = 'student'"),
    ("label", "SELECT concert FROM ook WHERE season = '2023-2024' GROUP BY 1 ORDER BY sum(n) ASC LIMIT 1"),
    ("labels", "SELECT concert FROM ook WHERE season = '2024-2025' GROUP BY 1 ORDER BY sum(tot) DESC LIMIT 3"),
    ("labnum", "SELECT chan, sum(CASE WHEN season = '2024-2025' THEN n ELSE -n END) g FROM ook GROUP BY 1 ORDER BY g DESC LIMIT 1"),
    ("num", "SELECT count(*) FROM ook WHERE n >= 5"),
    ("wd", "SELECT strftime('%w', bd) FROM ol GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"),
    ("num", "SELECT count(*) FROM (SELECT DISTINCT concert, cd FROM ol)"),
    ("num", "SELECT sum(tot) / sum(n) FROM ook WHERE season = '2024-2025' AND seat = 'circle'"),
    ("num", "SELECT sum(CASE WHEN cd LIKE '2024%' THEN tot ELSE -tot END) FROM ook WHERE concert = 'messiah'"),
]


def close(a, b):
    return a is not None and abs(float(a) - float(b)) <= 1e-5 + 1e-9 * abs(float(b))


def lab_ok(got, spellings):
    return str(got).strip().lower() in [s.lower() for s in spellings]


def main():
    qs = json.loads((HERE / "questions.json").read_text(encoding="utf-8"))
    if len(qs) != len(CHECKS):
        print(f"{len(qs)} questions but {len(CHECKS)} checks")
        return 1
    bad = 0
    for q, (kind, sql) in zip(qs, CHECKS):
        t = q["truth"]
        res = db.execute(sql).fetchall()
        if kind == "num":
            ok = close(res[0][0], t["number"])
            got = res[0][0]
        elif kind == "label":
            got = res[0][0]
            ok = lab_ok(got, t["label"])
        elif kind == "labels":
            got = [r[0] for r in res]
            want = [lab[0].lower() for lab in t["labels"]]
            ok = sorted(g.lower() for g in got) == sorted(want)
        elif kind == "labnum":
            got = res[0]
            ok = lab_ok(got[0], t["label"]) and close(got[1], t["number"])
        elif kind == "wd":
            got = WD[int(res[0][0])]
            ok = lab_ok(got, t["label"])
        elif kind == "month":
            got = res[0][0]
            ok = lab_ok(got, t["label"])
        elif kind == "hour":
            got = f"{int(res[0][0]):02d}:00"
            ok = lab_ok(got, t["label"])
        else:
            raise ValueError(kind)
        if not ok:
            bad += 1
            print(f"MISMATCH {q['id']}: truth {json.dumps(t, ensure_ascii=False)} / sql {got!r}")
    print(f"crosscheck: {len(qs) - bad} of {len(qs)} agree")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
