#!/usr/bin/env python3
"""Recomputes every truth of set 27 a second way: the raw CSV text loaded into SQLite (every column TEXT) and
cleaned in SQL views only (no Python functions registered, nothing shared with truths.py); then compared with
questions.json. Exit 1 on any mismatch.

    python3 tests/heldout/set27/crosscheck.py
"""

import csv
import json
import sqlite3
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"

db = sqlite3.connect(":memory:")
for f in sorted(DATA.glob("*.csv")):
    with open(f, newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    cols = ", ".join(f'"{c}" TEXT' for c in rows[0])
    t = "raw_" + f.stem
    db.execute(f"CREATE TABLE {t} ({cols})")
    db.executemany(f"INSERT INTO {t} VALUES ({', '.join('?' * len(rows[0]))})", rows[1:])


def M(c):  # money text -> text without symbols / separators
    return f"replace(replace(replace(trim({c}), '£', ''), '$', ''), ',', '')"


def NUM(c):  # a number or NULL
    return f"(CASE WHEN {M(c)} GLOB '[0-9]*' OR {M(c)} GLOB '-[0-9]*' THEN CAST({M(c)} AS REAL) END)"


def FOLD(c):
    return f"lower(trim(replace(replace(replace({c}, '  ', ' '), '  ', ' '), '  ', ' ')))"


def YES(c):
    return f"(lower(trim({c})) IN ('yes', 'y', 'true', '1'))"


WD = "CASE strftime('%w', {d}) WHEN '0' THEN 'Sunday' WHEN '1' THEN 'Monday' WHEN '2' THEN 'Tuesday' " \
     "WHEN '3' THEN 'Wednesday' WHEN '4' THEN 'Thursday' WHEN '5' THEN 'Friday' ELSE 'Saturday' END"

db.executescript(f"""
CREATE VIEW pk AS SELECT CAST("Package No" AS INTEGER) AS pno, "Package" AS name, {FOLD('"Style"')} AS style,
  {NUM('"Price per Head"')} AS price, {YES('"Veggie Option"')} AS veg FROM raw_catering_packages;
CREATE VIEW ev AS SELECT
  substr("Booked On", 7, 4) || '-' || substr("Booked On", 4, 2) || '-' || substr("Booked On", 1, 2) AS booked,
  substr("Event Date", 7, 4) || '-' || substr("Event Date", 4, 2) || '-' || substr("Event Date", 1, 2) AS edate,
  "Client" AS client, {FOLD('"Event Type"')} AS etype, CAST("Package No" AS INTEGER) AS pno,
  {NUM('"Guests"')} AS guests, {NUM('"Total"')} AS total, {YES('"Deposit Paid"')} AS deposit,
  ({FOLD('"Status"')} LIKE 'cancel%') AS cancelled FROM raw_catering_events;
CREATE VIEW evok AS SELECT * FROM ev WHERE NOT cancelled;

CREATE VIEW led AS SELECT
  substr("Date", 8, 4) || '-' || printf('%02d', (instr('JanFebMarAprMayJunJulAugSepOctNovDec', substr("Date", 4, 3)) + 2) / 3)
    || '-' || substr("Date", 1, 2) AS d,
  "Details" AS details, {FOLD('"Category"')} AS cat, {NUM('"Amount"')} AS amt
  FROM raw_candle_ledger WHERE {FOLD('"Status"')} NOT LIKE 'void%';

CREATE VIEW lg0 AS SELECT *, substr("Date", 1, instr("Date", '/') - 1) AS mo,
  substr("Date", instr("Date", '/') + 1) AS rest FROM raw_lifeguard_daily;
CREATE VIEW lg AS SELECT
  substr(rest, instr(rest, '/') + 1) || '-' || printf('%02d', CAST(mo AS INTEGER)) || '-' ||
    printf('%02d', CAST(substr(rest, 1, instr(rest, '/') - 1) AS INTEGER)) AS d,
  {FOLD('"Tower"')} AS tower, {FOLD('"Status"')} AS status, {NUM('"Visitors (est)"')} AS vis,
  {NUM('"Rescues"')} AS resc, {NUM('"First Aid"')} AS fa, {NUM('"Lost Children"')} AS lost, {FOLD('"Flag"')} AS flag,
  {NUM('"Water Temp (F)"')} AS temp FROM lg0;
CREATE VIEW lgo AS SELECT * FROM lg WHERE status = 'open';

CREATE VIEW rj AS SELECT "Enquiry Date" AS enq, "Move Date" AS mv, {FOLD('"From"')} AS frm, {FOLD('"To"')} AS dest,
  {FOLD('"Property"')} AS prop, CAST("Crew" AS INTEGER) AS crew, {NUM('"Hours"')} AS hours, {NUM('"Miles"')} AS miles,
  {YES('"Packing Service"')} AS packing, {NUM('"Quote"')} AS quote, {NUM('"Invoice"')} AS inv,
  ({FOLD('"Status"')} IN ('completed', 'done')) AS done, ({FOLD('"Status"')} LIKE 'cancel%') AS cancelled
  FROM raw_removals_jobs;
CREATE VIEW rd AS SELECT * FROM rj WHERE done;

CREATE VIEW bk AS SELECT "Title" AS title, "Author" AS author, {FOLD('"Format"')} AS fmt, {FOLD('"Genre"')} AS genre,
  {NUM('"Pages"')} AS pages, replace("Date Started", '/', '-') AS st, NULLIF(replace("Date Finished", '/', '-'), '') AS fin,
  {FOLD('"Status"')} AS status, {NUM('"My Rating"')} AS rating, {YES('"Borrowed"')} AS borrowed FROM raw_reading_log;
CREATE VIEW bf AS SELECT *, julianday(fin) - julianday(st) AS days FROM bk WHERE status IN ('read', 'finished') AND fin IS NOT NULL;
""")

JS = "CAST(substr({d}, 6, 2) AS INTEGER) <= 9"

# (kind, sql): n = one number; nn = two numbers; l = one label; ln = label, number; ll = two rows (top, second);
# L = rows of labels (all must match)
CHECKS = [
    # ---- catering
    ("n", "SELECT sum(total) FROM evok WHERE edate LIKE '2024%'"),
    ("n", "SELECT count(*) FROM evok WHERE edate LIKE '2025%'"),
    ("n", "SELECT avg(guests) FROM evok"),
    ("ll", "SELECT etype FROM evok GROUP BY etype ORDER BY sum(total) DESC LIMIT 2"),
    ("n", "SELECT 100.0 * sum(cancelled) / count(*) FROM ev"),
    ("l", "SELECT pk.name FROM evok JOIN pk USING (pno) GROUP BY pk.name ORDER BY count(*) DESC LIMIT 1"),
    ("n", "SELECT sum(total) FROM evok JOIN pk USING (pno) WHERE pk.style = 'buffet'"),
    ("n", "SELECT avg(julianday(edate) - julianday(booked)) FROM evok"),
    ("n", "SELECT count(*) FROM evok WHERE julianday(edate) - julianday(booked) < 14"),
    ("l", "SELECT substr(edate, 1, 7) FROM evok WHERE edate LIKE '2025%' GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"),
    ("l", f"SELECT {WD.format(d='edate')} FROM evok GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"),
    ("n", "SELECT count(*) FROM evok WHERE total > 2000"),
    ("n", "SELECT count(*) FROM ev WHERE guests IS NULL"),
    ("n", f"""SELECT 100.0 * (sum(CASE WHEN edate LIKE '2025%' THEN total END) / sum(CASE WHEN edate LIKE '2024%' THEN total END) - 1)
             FROM evok WHERE {JS.format(d='edate')}"""),
    ("ln", f"""SELECT etype, sum(CASE WHEN edate LIKE '2025%' THEN total ELSE -total END) AS g FROM evok
              WHERE {JS.format(d='edate')} AND total IS NOT NULL GROUP BY etype ORDER BY g DESC LIMIT 1"""),
    ("n", "SELECT sum(total) / sum(guests) FROM evok WHERE etype = 'wedding' AND total IS NOT NULL AND guests IS NOT NULL"),
    ("n", "SELECT 100.0 * sum(deposit) / count(*) FROM evok"),
    ("l", "SELECT client FROM evok GROUP BY client ORDER BY count(*) DESC LIMIT 1"),
    ("n", "SELECT count(*) FROM ev WHERE cancelled AND etype = 'wedding'"),
    ("n", "SELECT sum(total) FROM ev WHERE cancelled"),
    ("l", "SELECT name FROM pk ORDER BY price DESC LIMIT 1"),
    ("n", "SELECT max(guests) FROM evok"),
    ("n", "SELECT count(*) FROM evok JOIN pk USING (pno) WHERE pk.veg"),
    # ---- candles
    ("n", "SELECT sum(amt) FROM led WHERE d LIKE '2024%' AND amt > 0"),
    ("n", "SELECT -sum(amt) FROM led WHERE d LIKE '2024%' AND amt < 0"),
    ("n", "SELECT sum(amt) FROM led WHERE d LIKE '2024%'"),
    ("l", "SELECT substr(d, 1, 7) FROM led WHERE d LIKE '2024%' GROUP BY 1 ORDER BY sum(amt) LIMIT 1"),
    ("l", "SELECT cat FROM led WHERE d LIKE '2025%' AND amt > 0 GROUP BY cat ORDER BY sum(amt) DESC LIMIT 1"),
    ("l", "SELECT cat FROM led WHERE amt < 0 AND cat <> 'refund' GROUP BY cat ORDER BY sum(amt) LIMIT 1"),
    ("nn", "SELECT count(*), -sum(amt) FROM led WHERE cat = 'refund'"),
    ("n", """SELECT 100.0 * -sum(CASE WHEN cat = 'etsy fees' THEN amt END) / sum(CASE WHEN cat = 'etsy sales' THEN amt END)
             FROM led WHERE d LIKE '2024%'"""),
    ("n", f"""SELECT 100.0 * (sum(CASE WHEN d LIKE '2025%' THEN amt END) / sum(CASE WHEN d LIKE '2024%' THEN amt END) - 1)
             FROM led WHERE amt > 0 AND {JS.format(d='d')}"""),
    ("n", "SELECT avg(amt) FROM led WHERE cat = 'etsy sales'"),
    ("n", f"SELECT count(*) FROM raw_candle_ledger WHERE {FOLD('Status')} LIKE 'void%'"),
    ("n", "SELECT count(*) FROM led WHERE cat = 'wholesale' AND amt > 500"),
    ("n", "SELECT -sum(amt) FROM led WHERE cat = 'postage' AND d LIKE '2025%'"),
    ("n", "SELECT 100.0 * sum(CASE WHEN cat = 'wholesale' THEN amt END) / sum(CASE WHEN amt > 0 THEN amt END) FROM led WHERE d LIKE '2024%'"),
    ("ln", "SELECT details, -amt FROM led ORDER BY amt LIMIT 1"),
    ("ln", f"""SELECT cat, sum(CASE WHEN d LIKE '2025%' THEN amt ELSE -amt END) AS g FROM led
              WHERE amt > 0 AND {JS.format(d='d')} GROUP BY cat ORDER BY g DESC LIMIT 1"""),
    ("n", "SELECT -sum(amt) / 12 FROM led WHERE cat = 'wax' AND d LIKE '2024%'"),
    ("n", "SELECT count(*) FROM (SELECT sum(amt) AS s FROM led WHERE d LIKE '2024%' GROUP BY substr(d, 1, 7)) WHERE s < 0"),
    ("n", "SELECT sum(amt) FROM led WHERE d LIKE '2024-12%'"),
    ("n", "SELECT sum(amt) FROM led WHERE cat = 'workshop'"),
    ("n", "SELECT sum(amt) FROM led WHERE cat = 'craft fair' AND (d LIKE '2024-11%' OR d LIKE '2024-12%')"),
    ("n", "SELECT -sum(amt) FROM led WHERE cat = 'pitch fee' AND d LIKE '2025%'"),
    # ---- lifeguards
    ("n", "SELECT sum(resc) FROM lg WHERE d LIKE '2025%'"),
    ("n", "SELECT sum(resc) FROM lg WHERE d LIKE '2024%'"),
    ("ll", "SELECT tower FROM lgo WHERE d LIKE '2025%' GROUP BY tower ORDER BY sum(resc) DESC LIMIT 2"),
    ("n", "SELECT 1000.0 * sum(resc) / sum(vis) FROM lgo WHERE d LIKE '2025%' AND vis IS NOT NULL"),
    ("n", "SELECT avg(vis) FROM lgo WHERE d LIKE '2024%' AND tower = 'main beach'"),
    ("n", "SELECT count(*) FROM lg WHERE d LIKE '2025%' AND status LIKE 'closed - weather%'"),
    ("l", "SELECT substr(d, 1, 7) FROM lgo WHERE d LIKE '2024%' GROUP BY 1 ORDER BY sum(vis) DESC LIMIT 1"),
    ("n", "SELECT 100.0 * (sum(CASE WHEN d LIKE '2025%' THEN vis END) / sum(CASE WHEN d LIKE '2024%' THEN vis END) - 1) FROM lg"),
    ("l", f"SELECT {WD.format(d='d')} FROM lgo GROUP BY 1 ORDER BY sum(vis) DESC LIMIT 1"),
    ("n", "SELECT count(*) FROM lgo WHERE d LIKE '2025%' AND flag = 'red'"),
    ("n", "SELECT avg(temp) FROM lg WHERE d LIKE '2025-08%'"),
    ("n", "SELECT count(*) FROM lgo WHERE d LIKE '2024%' AND resc > 5"),
    ("n", "SELECT 100.0 * sum(CASE WHEN tower = 'main beach' THEN fa END) / sum(fa) FROM lgo WHERE d LIKE '2025%'"),
    ("n", "SELECT count(*) FROM lgo WHERE vis IS NULL"),
    ("n", "SELECT sum(vis) FROM lg WHERE tower = 'south cove'"),
    ("ln", """SELECT tower, sum(CASE WHEN d LIKE '2025%' THEN resc ELSE -resc END) AS g FROM lgo
              WHERE tower IN (SELECT tower FROM lgo WHERE d LIKE '2024%') GROUP BY tower ORDER BY g DESC LIMIT 1"""),
    ("l", "SELECT d FROM lgo WHERE d LIKE '2025%' GROUP BY d ORDER BY sum(vis) DESC LIMIT 1"),
    ("n", "SELECT sum(fa) FROM lg"),
    ("n", "SELECT 100.0 * sum(CASE WHEN flag = 'red' THEN resc END) / sum(resc) FROM lgo WHERE d LIKE '2025%'"),
    ("n", "SELECT sum(lost) FROM lg WHERE d LIKE '2024-07%'"),
    ("l", "SELECT tower FROM lgo WHERE vis IS NOT NULL GROUP BY tower ORDER BY 1.0 * sum(resc) / sum(vis) DESC LIMIT 1"),
    # ---- removals
    ("n", "SELECT sum(inv) FROM rd WHERE mv LIKE '2024%'"),
    ("n", "SELECT count(*) FROM rd WHERE mv LIKE '2025%'"),
    ("n", "SELECT avg(inv) FROM rd WHERE prop = '3-bed house'"),
    ("ll", "SELECT prop FROM rd WHERE mv LIKE '2025%' GROUP BY prop ORDER BY sum(inv) DESC LIMIT 2"),
    ("n", "SELECT 100.0 * sum(cancelled) / count(*) FROM rj"),
    ("n", "SELECT avg(julianday(mv) - julianday(enq)) FROM rd"),
    ("n", "SELECT count(*) FROM rd WHERE julianday(mv) - julianday(enq) <= 14"),
    ("n", "SELECT 100.0 * (sum(inv) / sum(quote) - 1) FROM rd"),
    ("n", "SELECT 100.0 * sum(packing) / count(*) FROM rd"),
    ("n", "SELECT avg(hours) FROM rd"),
    ("n", "SELECT sum(inv) / sum(hours) FROM rd WHERE hours IS NOT NULL"),
    ("l", "SELECT substr(mv, 1, 7) FROM rd WHERE mv LIKE '2024%' GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"),
    ("l", f"SELECT {WD.format(d='mv')} FROM rd GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"),
    ("l", "SELECT frm FROM rd GROUP BY frm ORDER BY count(*) DESC LIMIT 1"),
    ("n", "SELECT count(*) FROM rd WHERE inv > 2500"),
    ("n", "SELECT count(*) FROM rd WHERE hours IS NULL"),
    ("n", f"""SELECT 100.0 * (sum(CASE WHEN mv LIKE '2025%' THEN inv END) / sum(CASE WHEN mv LIKE '2024%' THEN inv END) - 1)
             FROM rd WHERE {JS.format(d='mv')}"""),
    ("ln", f"""SELECT prop, sum(CASE WHEN mv LIKE '2025%' THEN 1 ELSE -1 END) AS g FROM rd WHERE {JS.format(d='mv')}
              GROUP BY prop ORDER BY g DESC LIMIT 1"""),
    ("n", "SELECT avg(miles) FROM rd"),
    ("n", "SELECT sum(quote) FROM rj WHERE cancelled"),
    ("L", "SELECT dest FROM rd GROUP BY dest ORDER BY count(*) DESC LIMIT 3"),
    ("n", "SELECT avg(crew) FROM rd WHERE prop = 'office'"),
    ("n", "SELECT count(*) FROM rd WHERE miles > 100"),
    # ---- reading
    ("n", "SELECT count(*) FROM bf WHERE fin LIKE '2024%'"),
    ("n", "SELECT sum(pages) FROM bf WHERE fin LIKE '2024%'"),
    ("n", "SELECT avg(rating) FROM bf WHERE fin LIKE '2025%'"),
    ("ll", "SELECT genre FROM bf GROUP BY genre ORDER BY count(*) DESC LIMIT 2"),
    ("n", "SELECT avg(days) FROM bf"),
    ("ln", "SELECT title, pages FROM bf ORDER BY pages DESC LIMIT 1"),
    ("n", "SELECT count(*) FROM bk WHERE status IN ('dnf', 'did not finish')"),
    ("n", "SELECT 100.0 * sum(fmt = 'audiobook') / count(*) FROM bf"),
    ("l", "SELECT author FROM bf GROUP BY author ORDER BY count(*) DESC LIMIT 1"),
    ("l", "SELECT genre FROM bf GROUP BY genre ORDER BY avg(rating) DESC LIMIT 1"),
    ("n", f"""SELECT abs(100.0 * (1.0 * sum(fin LIKE '2025%') / sum(fin LIKE '2024%') - 1)) FROM bf
             WHERE {JS.format(d='fin')}"""),
    ("l", "SELECT substr(fin, 1, 4) FROM bf WHERE fin < '2025' GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"),
    ("n", "SELECT count(*) FROM bf WHERE pages > 600"),
    ("n", "SELECT 100.0 * sum(borrowed) / count(*) FROM bf"),
    ("n", "SELECT count(*) FROM bk WHERE pages IS NULL"),
    ("n", "SELECT count(*) FROM bk WHERE status IN ('currently reading', 'reading')"),
    ("n", "SELECT (SELECT avg(rating) FROM bf WHERE genre = 'fantasy') - (SELECT avg(rating) FROM bf WHERE genre = 'literary')"),
    ("n", "SELECT avg(days) FROM bf WHERE fmt = 'ebook'"),
    ("n", "SELECT count(*) FROM bf WHERE author = 'Ann Cleeves'"),
    ("n", "SELECT avg(pages) FROM bf WHERE fin LIKE '2023%'"),
]


def close(a, b):
    return a is not None and abs(float(a) - float(b)) <= 1e-5 + 1e-9 * abs(float(b))


def lab_ok(got, options):
    options = [options] if isinstance(options, str) else options
    g = " ".join(str(got).split()).lower()
    return any(g == o.lower() or o.lower() in g for o in options)


def main():
    qs = json.loads((HERE / "questions.json").read_text(encoding="utf-8"))
    if len(qs) != len(CHECKS):
        print(f"{len(qs)} questions but {len(CHECKS)} checks")
        return 1
    agree = 0
    for q, (kind, sql) in zip(qs, CHECKS):
        rows = db.execute(sql).fetchall()
        t = q["truth"]
        if kind == "n":
            ok = close(rows[0][0], t["number"])
        elif kind == "nn":
            ok = close(rows[0][0], t["numbers"][0]) and close(rows[0][1], t["numbers"][1])
        elif kind == "l":
            ok = lab_ok(rows[0][0], t["label"])
        elif kind == "ln":
            ok = lab_ok(rows[0][0], t["label"]) and close(rows[0][1], t["number"])
        elif kind == "ll":
            ok = len(rows) == 2 and lab_ok(rows[0][0], t["label"]) and lab_ok(rows[1][0], t["labels"][0])
        else:
            ok = len(rows) == len(t["labels"]) and all(any(lab_ok(r[0], o) for o in t["labels"]) for r in rows) \
                and all(any(lab_ok(r[0], o) for r in rows) for o in t["labels"])
        if ok:
            agree += 1
        else:
            print(f"MISMATCH {q['id']}: sql {rows[:3]} vs truth {t}")
    print(f"crosscheck {agree}/{len(qs)} agree")
    return 0 if agree == len(qs) else 1


if __name__ == "__main__":
    sys.exit(main())
