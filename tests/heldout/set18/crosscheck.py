#!/usr/bin/env python3
"""Held-out set 18: recomputes every truth in questions.json a second way and reports agreement.

    python3 tests/heldout/set18/crosscheck.py

The raw CSV text is loaded into SQLite as TEXT columns (the csv module only splits the fields); every
cleaning step (folding spellings, money, euro decimal commas and signs, the dates of each file, yes/no flags,
missing words) is done by SQL expressions in views. No Python function is registered with SQLite and no code
is shared with truths.py. Standard library only. Exit 1 on any mismatch.
"""

import csv
import json
import sqlite3
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
WEEKDAY = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]  # strftime %w


def load(db, name):
    with open(DATA / name, newline="", encoding="utf-8") as f:
        r = csv.reader(f)
        header = next(r)
        body = list(r)
    table = name[:-4]
    db.execute(f"CREATE TABLE {table} ({', '.join(h + ' TEXT' for h in header)})")
    db.executemany(f"INSERT INTO {table} VALUES ({', '.join('?' for _ in header)})", body)


def F(col):
    """fold: trim, collapse runs of spaces, lower-case."""
    return f"lower(trim(replace(replace(replace({col}, '   ', ' '), '  ', ' '), '  ', ' ')))"


def MONEY(col):
    """'£1,247.50' / '$0.00' / '270' -> REAL; missing words and blanks -> NULL."""
    return (f"(CASE WHEN lower(trim({col})) IN ('', 'n/a', 'unknown', 'none', 'not counted', 'not recorded', "
            f"'several', 'local', 'about an hour') THEN NULL ELSE CAST(replace(replace(replace(trim({col}), "
            f"'£', ''), '$', ''), ',', '') AS REAL) END)")


def YES(col):
    return f"(CASE WHEN {F(col)} IN ('yes', 'y', 'true') THEN 1 WHEN {F(col)} IN ('no', 'n', 'false') THEN 0 END)"


STATUS = """(CASE {f} WHEN 'canceled' THEN 'cancelled' WHEN 'no show' THEN 'no-show' ELSE {f} END)"""

VIEWS = f"""
CREATE VIEW tclients AS
SELECT CAST(client_id AS INTEGER) AS cid, {F('town')} AS town,
       replace({F('heard_about_us')}, 'walk in', 'walk-in') AS heard, {YES('mailing_list')} AS mailing,
       substr(first_visit, 7, 4) || '-' || substr(first_visit, 4, 2) || '-' || substr(first_visit, 1, 2) AS first
FROM tattoo_clients;

CREATE VIEW tsess0 AS
SELECT booking_ref, CAST(client_id AS INTEGER) AS cid, {F('artist')} AS artist,
       replace({F('style')}, 'cover up', 'cover-up') AS style,
       {STATUS.format(f=F('status'))} AS status,
       coalesce({MONEY('price')}, 0) AS price, {MONEY('tip')} AS tip,
       trim(start) AS s, trim("end") AS e
FROM tattoo_sessions;

CREATE VIEW tsess1 AS
SELECT *,
  printf('%s-%02d-%02d %s', substr(substr(s, instr(s, ' ') + 1), 5, 4),
         (instr('JanFebMarAprMayJunJulAugSepOctNovDec', substr(substr(s, instr(s, ' ') + 1), 1, 3)) + 2) / 3,
         CAST(substr(s, 1, instr(s, ' ') - 1) AS INTEGER), substr(substr(s, instr(s, ' ') + 1), 10, 5)) AS st,
  printf('%s-%02d-%02d %s', substr(substr(e, instr(e, ' ') + 1), 5, 4),
         (instr('JanFebMarAprMayJunJulAugSepOctNovDec', substr(substr(e, instr(e, ' ') + 1), 1, 3)) + 2) / 3,
         CAST(substr(e, 1, instr(e, ' ') - 1) AS INTEGER), substr(substr(e, instr(e, ' ') + 1), 10, 5)) AS en
FROM tsess0;

CREATE VIEW tsess AS
SELECT t.*, CAST(strftime('%m', st) AS INTEGER) AS month, strftime('%w', st) AS wd,
       (julianday(en) - julianday(st)) * 24.0 AS hours, c.town, c.heard, c.mailing
FROM tsess1 t LEFT JOIN tclients c ON c.cid = t.cid;

CREATE VIEW kayak AS
SELECT printf('%s-%02d-%02d', substr(date, length(date) - 3, 4), CAST(substr(date, 1, instr(date, '/') - 1) AS INTEGER),
              CAST(substr(substr(date, instr(date, '/') + 1), 1, instr(substr(date, instr(date, '/') + 1), '/') - 1)
                   AS INTEGER)) AS d,
       {F('base')} AS base, {F('status')} AS status, ({F('status')} = 'open') AS open,
       coalesce({MONEY('rentals')}, 0) AS rentals, {MONEY('paddlers')} AS paddlers,
       coalesce({MONEY('boat_hours')}, 0) AS hours, coalesce({MONEY('guided_tours')}, 0) AS tours,
       coalesce({MONEY('takings')}, 0) AS takings, {MONEY('water_temp_c')} AS temp
FROM kayak_daily;

CREATE VIEW kay AS SELECT *, CAST(substr(d, 6, 2) AS INTEGER) AS month, strftime('%w', d) AS wd FROM kayak;

CREATE VIEW ledger AS
SELECT entry_no, replace(trim(timestamp), 'T', ' ') AS ts, CAST(substr(trim(timestamp), 6, 2) AS INTEGER) AS month,
       strftime('%w', replace(trim(timestamp), 'T', ' ')) AS wd,
       {F('category')} AS cat, {F('channel')} AS channel,
       (CASE WHEN instr(amount, '-') > 0 THEN -1 ELSE 1 END) *
         CAST(replace(replace(replace(replace(replace(replace(amount, '€', ''), ' ', ''), '-', ''), '+', ''), '.', ''),
                      ',', '.') AS REAL) AS amount,
       {MONEY('jars')} AS jars, ({F('status')} = 'void') AS void
FROM apiary_ledger;

CREATE VIEW led AS SELECT * FROM ledger WHERE NOT void;
CREATE VIEW honey AS SELECT * FROM led WHERE cat = 'honey sale';

CREATE VIEW rooms AS
SELECT booking_id, {F('room')} AS room, {F('company')} AS company, {YES('member')} AS member,
       substr(start, 7, 4) || '-' || substr(start, 4, 2) || '-' || substr(start, 1, 2) || ' ' || substr(start, 12, 5) AS st,
       substr("end", 7, 4) || '-' || substr("end", 4, 2) || '-' || substr("end", 1, 2) || ' ' || substr("end", 12, 5) AS en,
       {MONEY('attendees')} AS att, coalesce({MONEY('price')}, 0) AS price,
       {STATUS.format(f=F('status'))} AS status
FROM cowork_rooms;

CREATE VIEW rm AS
SELECT *, CAST(substr(st, 6, 2) AS INTEGER) AS month, strftime('%w', st) AS wd,
       CAST(substr(st, 12, 2) AS INTEGER) AS hour, (julianday(en) - julianday(st)) * 24.0 AS hours
FROM rooms;

CREATE VIEW piano AS
SELECT visit_id, date AS d, CAST(substr(date, 6, 2) AS INTEGER) AS month, strftime('%w', date) AS wd,
       trim(client) AS client, replace({F('town')}, 'bradford-on-avon', 'bradford on avon') AS town,
       {F('piano')} AS piano, {F('work')} AS work, {YES('pitch_raise')} AS pitch,
       coalesce({MONEY('fee')}, 0) AS fee, {MONEY('miles')} AS miles, {MONEY('minutes')} AS minutes,
       {YES('paid')} AS paid, {STATUS.format(f=F('status'))} AS status
FROM piano_visits;
CREATE VIEW pdone AS SELECT * FROM piano WHERE status = 'done';
"""


def median(expr, table, where="1"):
    return f"""
    WITH v AS (SELECT {expr} AS x FROM {table} WHERE {where} AND {expr} IS NOT NULL),
         o AS (SELECT x, ROW_NUMBER() OVER (ORDER BY x) AS rn, COUNT(*) OVER () AS n FROM v)
    SELECT avg(x) FROM o WHERE rn IN ((n + 1) / 2, (n + 2) / 2)"""


def top1(sql):
    """sql yields (key, value) rows; the key of the largest value."""
    return f"SELECT k FROM ({sql}) ORDER BY v DESC LIMIT 1"


def low1(sql):
    return f"SELECT k FROM ({sql}) ORDER BY v ASC LIMIT 1"


def gap(sql):
    return f"""WITH g AS ({sql}) SELECT (SELECT v FROM g ORDER BY v DESC LIMIT 1) -
                                        (SELECT v FROM g ORDER BY v DESC LIMIT 1 OFFSET 1)"""


# one entry per question, in questions.json order: a list of (kind, sql); kind is "n" (number) or "l" (label)
TD = "tsess WHERE status = 'completed'"
CHECKS = [
    # tattoo
    [("n", f"SELECT count(*) FROM {TD}")],
    [("n", f"SELECT sum(price) FROM {TD}")],
    [("n", "SELECT sum(price) FROM tsess WHERE status = 'no-show'")],
    [("l", top1(f"SELECT artist k, sum(price) v FROM {TD} GROUP BY 1")),
     ("n", gap(f"SELECT artist k, sum(price) v FROM {TD} GROUP BY 1"))],
    [("n", f"SELECT avg(hours) FROM {TD}")],
    [("n", median("price", "tsess", "status = 'completed'"))],
    [("n", "SELECT 100.0 * sum(status = 'no-show') / count(*) FROM tsess")],
    [("n", "SELECT 100.0 * sum(status = 'cancelled') / count(*) FROM tsess WHERE month = 3")],
    [("l", top1(f"SELECT style k, count(*) v FROM {TD} GROUP BY 1"))],
    [("l", top1(f"SELECT style k, avg(price) v FROM {TD} GROUP BY 1"))],
    [("l", top1(f"SELECT wd k, count(*) v FROM {TD} GROUP BY 1"))],
    [("n", f"SELECT count(*) FROM {TD} AND hours > 4")],
    [("l", top1(f"SELECT town k, sum(price) v FROM {TD} GROUP BY 1"))],
    [("n", f"SELECT sum(price) FROM {TD} AND heard = 'instagram'")],
    [("n", "SELECT count(*) FROM tclients WHERE mailing = 1")],
    [("n", "SELECT count(*) FROM tclients WHERE first < '2022-01-01'")],
    [("n", f"SELECT sum(CASE month WHEN 5 THEN price WHEN 4 THEN -price ELSE 0 END) FROM {TD}")],
    [("n", "SELECT sum(tip) FROM tsess")],
    [("n", f"SELECT count(DISTINCT cid) FROM {TD}")],
    [("n", "SELECT count(*) FROM tsess WHERE style = 'cover-up'")],
    [("n", f"SELECT sum(price) / sum(hours) FROM {TD}")],
    [("l", top1(f"SELECT style k, sum(CASE WHEN month BETWEEN 4 AND 6 THEN price WHEN month <= 3 THEN -price END) v "
                f"FROM {TD} GROUP BY 1"))],
    [("n", f"SELECT sum(price) FROM {TD} AND mailing = 1")],
    # kayak
    [("n", "SELECT sum(takings) FROM kay")],
    [("l", top1("SELECT base k, sum(takings) v FROM kay WHERE month = 8 GROUP BY 1")),
     ("n", gap("SELECT base k, sum(takings) v FROM kay WHERE month = 8 GROUP BY 1"))],
    [("n", "SELECT avg(takings) FROM kay WHERE open AND base = 'lake shore'")],
    [("n", "SELECT count(*) FROM kay WHERE status = 'closed - weather'")],
    [("n", "SELECT sum(rentals) FROM kay WHERE month = 7")],
    [("l", top1("SELECT wd k, sum(rentals) v FROM kay GROUP BY 1"))],
    [("n", "SELECT 100.0 * sum(CASE WHEN base = 'river quay' THEN takings ELSE 0 END) / sum(takings) FROM kay")],
    [("n", "SELECT sum(takings) / sum(hours) FROM kay WHERE month = 9")],
    [("n", "SELECT sum(CASE month WHEN 7 THEN takings WHEN 6 THEN -takings ELSE 0 END) FROM kay")],
    [("l", top1("SELECT d k, sum(takings) v FROM kay GROUP BY 1"))],
    [("n", median("rentals", "kay", "open AND base = 'river quay'"))],
    [("n", "SELECT avg(temp) FROM kay WHERE base = 'harbour beach' AND month = 8")],
    [("n", "SELECT sum(paddlers) FROM kay WHERE base = 'lake shore'")],
    [("l", top1("SELECT base k, (sum(CASE WHEN month = 6 THEN rentals END) - sum(CASE WHEN month = 5 THEN rentals END))"
                " / sum(CASE WHEN month = 5 THEN rentals END) v FROM kay GROUP BY 1 HAVING v IS NOT NULL"))],
    [("n", "SELECT count(*) FROM kay WHERE open AND takings > 2200")],
    [("n", "SELECT sum(tours) FROM kay")],
    [("n", "SELECT sum(paddlers) / sum(rentals) FROM kay WHERE paddlers IS NOT NULL")],
    [("l", low1("SELECT printf('2025-%02d', month) k, sum(takings) v FROM kay GROUP BY 1"))],
    [("n", "SELECT count(*) FROM kay WHERE open AND base = 'marsh creek' AND month = 7")],
    [("n", "SELECT count(*) FROM kay WHERE NOT open AND base = 'harbour beach'")],
    # ledger
    [("n", "SELECT sum(amount) FROM led")],
    [("n", "SELECT sum(amount) FROM honey")],
    [("n", "SELECT -sum(amount) FROM led WHERE cat = 'jars & labels'")],
    [("n", "SELECT -sum(amount) FROM led WHERE cat = 'refund'")],
    [("l", top1("SELECT printf('2025-%02d', month) k, sum(amount) v FROM honey GROUP BY 1"))],
    [("n", "SELECT 100.0 * sum(CASE WHEN channel = 'online' THEN amount ELSE 0 END) / sum(amount) FROM honey")],
    [("n", "SELECT count(*) FROM ledger WHERE void")],
    [("n", "SELECT sum(amount) FROM led WHERE amount > 0")],
    [("n", "SELECT -sum(amount) FROM led WHERE amount < 0")],
    [("n", "SELECT -min(amount) FROM led")],
    [("n", "SELECT sum(CASE month WHEN 11 THEN amount WHEN 10 THEN -amount ELSE 0 END) FROM honey")],
    [("n", "SELECT avg(amount) FROM honey WHERE channel = 'market'")],
    [("n", "SELECT sum(jars) FROM honey")],
    [("l", top1("SELECT wd k, sum(amount) v FROM honey GROUP BY 1"))],
    [("n", "SELECT sum(amount) FROM led WHERE cat = 'pollination fee'")],
    [("l", low1("SELECT cat k, -sum(amount) v FROM led WHERE amount < 0 AND cat <> 'refund' GROUP BY 1"))],
    [("n", median("amount", "honey", "channel = 'farm gate'"))],
    [("n", "SELECT count(*) FROM honey WHERE amount > 150")],
    [("n", "SELECT sum(CASE WHEN month BETWEEN 4 AND 6 THEN amount WHEN month BETWEEN 7 AND 9 THEN -amount ELSE 0 END)"
           " FROM led")],
    [("n", "SELECT 100.0 * (SELECT -sum(amount) FROM led WHERE cat = 'postage') / "
           "(SELECT sum(amount) FROM honey WHERE channel = 'online')")],
    # meeting rooms
    [("n", "SELECT count(*) FROM rm WHERE status = 'completed'")],
    [("n", "SELECT sum(price) FROM rm")],
    [("l", top1("SELECT room k, sum(price) v FROM rm WHERE status <> 'cancelled' GROUP BY 1"))],
    [("n", "SELECT avg(hours) FROM rm WHERE status = 'completed'")],
    [("n", "SELECT 100.0 * sum(status = 'no-show') / count(*) FROM rm")],
    [("n", "SELECT 100.0 * sum(CASE WHEN member = 1 THEN price ELSE 0 END) / sum(price) FROM rm")],
    [("l", top1("SELECT printf('%d:00', hour) k, count(*) v FROM rm WHERE status = 'completed' GROUP BY 1"))],
    [("l", low1("SELECT wd k, count(*) v FROM rm WHERE status = 'completed' GROUP BY 1"))],
    [("l", top1("SELECT company k, sum(hours) v FROM rm WHERE status = 'completed' GROUP BY 1"))],
    [("n", "SELECT avg(att) FROM rm WHERE status = 'completed' AND room = 'boardroom'")],
    [("n", "SELECT count(*) FROM rm WHERE status = 'completed' AND hours >= 3 - 1e-9")],
    [("n", "SELECT sum(CASE month WHEN 4 THEN price WHEN 3 THEN -price ELSE 0 END) FROM rm")],
    [("n", "SELECT count(*) FROM rm WHERE status = 'cancelled' AND month <= 3")],
    [("n", "SELECT sum(price) / sum(hours) FROM rm WHERE status <> 'cancelled' AND room = 'studio'")],
    [("n", median("price", "rm", "status = 'completed'"))],
    [("l", top1("SELECT room k, 1.0 * (sum(month BETWEEN 4 AND 6) - sum(month <= 3)) / sum(month <= 3) v "
                "FROM rm WHERE status = 'completed' GROUP BY 1"))],
    [("n", "SELECT count(DISTINCT company) FROM rm WHERE status = 'no-show'")],
    [("n", "SELECT count(*) FROM (SELECT company FROM rm WHERE status = 'completed' GROUP BY 1 HAVING sum(hours) > 100)")],
    [("l", top1("SELECT CASE WHEN round(hours * 60) = 60 THEN '1 hour' ELSE printf('%.1f', hours) END k, count(*) v "
                "FROM rm WHERE status = 'completed' GROUP BY 1"))],
    [("n", "SELECT sum(price) FROM rm WHERE member = 0")],
    # piano
    [("n", "SELECT count(*) FROM pdone")],
    [("n", "SELECT sum(fee) FROM pdone")],
    [("n", "SELECT count(*) FROM pdone WHERE work = 'tuning' AND pitch = 1")],
    [("n", "SELECT 100.0 * sum(pitch = 1) / count(*) FROM pdone WHERE work = 'tuning'")],
    [("l", top1("SELECT town k, count(*) v FROM pdone GROUP BY 1"))],
    [("n", "SELECT sum(miles) FROM pdone")],
    [("n", "SELECT sum(fee) FROM piano WHERE paid = 0")],
    [("l", top1("SELECT printf('2025-%02d', month) k, sum(fee) v FROM pdone GROUP BY 1"))],
    [("n", "SELECT sum(CASE WHEN month <= 6 THEN fee ELSE -fee END) FROM pdone")],
    [("n", "SELECT avg(minutes) FROM pdone WHERE work = 'tuning'")],
    [("n", "SELECT count(*) FROM piano WHERE status = 'no answer'")],
    [("n", "SELECT 100.0 * sum(status = 'cancelled') / count(*) FROM piano")],
    [("n", median("fee", "pdone"))],
    [("l", low1("SELECT wd k, count(*) v FROM pdone WHERE wd NOT IN ('0', '6') GROUP BY 1"))],
    [("n", "SELECT avg(fee) FROM pdone WHERE piano = 'grand'")],
    [("n", "SELECT count(DISTINCT client) FROM pdone")],
    [("n", "SELECT count(*) FROM pdone WHERE wd = '6'")],
    [("n", "SELECT sum(fee) / (sum(minutes) / 60.0) FROM pdone WHERE minutes IS NOT NULL")],
    [("n", "SELECT avg(fee) FROM pdone WHERE work = 'tuning' AND d < '2025-09-01'"),
     ("n", "SELECT avg(fee) FROM pdone WHERE work = 'tuning' AND d >= '2025-09-01'")],
    [("l", top1("SELECT client k, count(*) v FROM pdone GROUP BY 1"))],
]


def label_ok(got, truth):
    options = truth["label"] if isinstance(truth["label"], list) else [truth["label"]]
    got = str(got)
    if got in "0123456" and len(got) == 1:  # strftime %w
        got = WEEKDAY[int(got)]
    return got.lower() in {o.lower() for o in options}


def main():
    questions = json.loads((HERE / "questions.json").read_text(encoding="utf-8"))
    db = sqlite3.connect(":memory:")
    for f in sorted(DATA.glob("*.csv")):
        load(db, f.name)
    db.executescript(VIEWS)
    if len(CHECKS) != len(questions):
        print(f"{len(CHECKS)} checks for {len(questions)} questions")
        return 1
    agree = 0
    for qn, checks in zip(questions, CHECKS):
        t = qn["truth"]
        want_numbers = ([t["number"]] if "number" in t else []) + t.get("numbers", [])
        got_numbers, ok = [], True
        for kind, sql in checks:
            val = db.execute(sql).fetchone()[0]
            if kind == "l":
                if not label_ok(val, t):
                    ok = False
                    print(f"{qn['id']}  MISMATCH label: sql {val!r} vs {t['label']}")
            else:
                got_numbers.append(val)
        if len(got_numbers) != len(want_numbers):
            ok = False
            print(f"{qn['id']}  MISMATCH: {len(got_numbers)} numbers vs {len(want_numbers)}")
        for g, w in zip(got_numbers, want_numbers):
            if g is None or abs(g - w) > 1e-6 * max(1.0, abs(w)):
                ok = False
                print(f"{qn['id']}  MISMATCH number: sql {g!r} vs truth {w!r}")
        agree += ok
    print(f"crosscheck {agree}/{len(questions)}")
    return 0 if agree == len(questions) else 1


if __name__ == "__main__":
    sys.exit(main())
