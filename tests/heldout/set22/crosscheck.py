#!/usr/bin/env python3
"""Held-out set 22: recomputes every truth in questions.json a second way and prints how many agree.

    python3 tests/heldout/set22/crosscheck.py

The raw CSV text goes into SQLite as TEXT columns; all cleaning is done in SQL views (replace/trim/lower/upper,
substr/instr for the dates, GLOB for the non-numbers, julianday for lengths, strftime('%w') for weekdays). No
Python function is registered and no code is shared with truths.py. Standard library only. Exit 1 on a mismatch.
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
    cols = ", ".join(f'"c{i}" TEXT' for i in range(len(rows[0])))
    t = f.stem
    db.execute(f"CREATE TABLE raw_{t} ({cols})")
    db.executemany(f"INSERT INTO raw_{t} VALUES ({', '.join('?' * len(rows[0]))})", rows[1:])

VIEWS = r"""
-- clients.csv: Client ID, Client Name, Client Type, Town, First Booked
CREATE VIEW cl AS SELECT CAST(c0 AS INTEGER) AS id, c1 AS name, trim(c2) AS ctype, trim(c3) AS town FROM raw_clients;

-- shoots.csv: Shoot No, Date, Client ID, Shoot Type, Hours, Fee, Travel, Status, Images Delivered
CREATE VIEW sh AS SELECT
  substr(trim(c1), 7, 4) || '-' || substr(trim(c1), 4, 2) || '-' || substr(trim(c1), 1, 2) AS d,
  CAST(c2 AS INTEGER) AS client,
  lower(trim(c3)) AS stype,
  CASE WHEN trim(c4) GLOB '[0-9]*' THEN CAST(trim(c4) AS REAL) END AS hours,
  CAST(replace(replace(trim(c5), '£', ''), ',', '') AS REAL) AS fee,
  CASE WHEN trim(c6) = '' THEN 0.0 ELSE CAST(replace(replace(trim(c6), '£', ''), ',', '') AS REAL) END AS travel,
  (lower(trim(c7)) = 'completed') AS done,
  CASE WHEN trim(c8) GLOB '[0-9]*' THEN CAST(trim(c8) AS REAL) END AS images
FROM raw_shoots;
CREATE VIEW shd AS SELECT *, substr(d, 1, 4) AS y, CAST(substr(d, 6, 2) AS INTEGER) AS m FROM sh WHERE done;

-- table_sessions.csv: session_id, table_no, started, ended, party_size, cover_charge, food_drink, game, booked_via, status
CREATE VIEW ts AS SELECT
  CAST(c1 AS INTEGER) AS tbl, c2 AS started, NULLIF(c3, '') AS ended,
  CAST(substr(c2, 6, 2) AS INTEGER) AS m, CAST(substr(c2, 12, 2) AS INTEGER) AS hr,
  CAST(strftime('%w', substr(c2, 1, 10)) AS INTEGER) AS wd,
  CASE WHEN trim(c4) GLOB '[0-9]*' THEN CAST(trim(c4) AS INTEGER) END AS party,
  CAST(replace(c5, '$', '') AS REAL) AS cover, CAST(replace(c6, '$', '') AS REAL) AS fd,
  NULLIF(lower(trim(c7)), '') AS game,
  replace(lower(trim(c8)), '-', ' ') AS via,
  (lower(trim(c9)) = 'played') AS played,
  CASE WHEN c3 <> '' THEN CAST(round((julianday(c3) - julianday(c2)) * 1440) AS INTEGER) END AS mins
FROM raw_table_sessions;
CREATE VIEW tp AS SELECT * FROM ts WHERE played;

-- iap_transactions.csv: Transaction ID, Purchase Date, User ID, Country, Platform, Product, Type, Customer Price, Proceeds
CREATE VIEW ia AS SELECT
  substr(c1, 7, 4) || '-' || substr(c1, 1, 2) || '-' || substr(c1, 4, 2) || ' ' || substr(c1, 12) AS t,
  CAST(substr(c1, 1, 2) AS INTEGER) AS m, CAST(substr(c1, 12, 2) AS INTEGER) AS hr,
  CAST(c2 AS INTEGER) AS uid, trim(c3) AS country, lower(trim(c4)) AS platform, trim(c5) AS product,
  trim(c6) AS typ,
  CAST(replace(c7, '$', '') AS REAL) AS price, CAST(replace(c8, '$', '') AS REAL) AS proceeds
FROM raw_iap_transactions;

-- trip_ledger.csv: Date, Ref, Entry, Pupil No, Pupil, Class, Trip, Method, Amount, Status
CREATE VIEW tl_all AS SELECT
  substr(c0, 7, 4) || '-' || substr(c0, 4, 2) || '-' || substr(c0, 1, 2) AS d,
  trim(c2) AS entry, CASE WHEN trim(c3) <> '' THEN CAST(c3 AS INTEGER) END AS pupil,
  upper(trim(c5)) AS cls, lower(trim(c6)) AS trip,
  CASE lower(replace(c7, ' ', '')) WHEN 'chq' THEN 'cheque' WHEN 'banktransfer' THEN 'bacs'
       ELSE lower(replace(c7, ' ', '')) END AS method,
  CAST(replace(replace(c8, '£', ''), ',', '') AS REAL) AS amount,
  (trim(c9) <> '') AS void
FROM raw_trip_ledger;
CREATE VIEW tl AS SELECT * FROM tl_all WHERE NOT void;
CREATE VIEW pay AS SELECT * FROM tl WHERE entry = 'Payment';

-- ride_log.csv: Date, Rider, Route, Ride Type, Distance (mi), Elevation (ft), Moving Time, Start, Weather
CREATE VIEW rl0 AS SELECT *, substr(c0, 1, instr(c0, '/') - 1) AS mm, substr(c0, instr(c0, '/') + 1) AS rest
FROM raw_ride_log;
CREATE VIEW rl AS SELECT
  printf('%04d-%02d-%02d', CAST(substr(rest, instr(rest, '/') + 1) AS INTEGER), CAST(mm AS INTEGER),
         CAST(substr(rest, 1, instr(rest, '/') - 1) AS INTEGER)) AS d,
  CAST(substr(rest, instr(rest, '/') + 1) AS INTEGER) AS y, CAST(mm AS INTEGER) AS m,
  trim(c1) AS rider, lower(trim(c3)) AS rtype,
  CASE WHEN trim(c4) GLOB '[0-9]*' THEN CAST(trim(c4) AS REAL) END AS dist,
  (upper(trim(c4)) = 'DNF') AS dnf,
  CASE WHEN trim(c5) <> '' THEN CAST(replace(c5, ',', '') AS REAL) END AS elev,
  CASE WHEN trim(c6) <> '' THEN
    CAST(substr(c6, 1, instr(c6, ':') - 1) AS INTEGER) * 3600
    + CAST(substr(c6, instr(c6, ':') + 1, 2) AS INTEGER) * 60 + CAST(substr(c6, -2) AS INTEGER) END AS secs,
  (CAST(substr(trim(c7), 1, instr(trim(c7), ':') - 1) AS INTEGER) % 12
    + CASE WHEN substr(trim(c7), -2) = 'PM' THEN 12 ELSE 0 END) * 60
    + CAST(substr(trim(c7), instr(trim(c7), ':') + 1, 2) AS INTEGER) AS start_min,
  lower(trim(c8)) AS weather
FROM rl0;
"""
db.executescript(VIEWS)


def one(sql):
    return db.execute(sql).fetchone()[0]


def col(sql):
    return [r[0] for r in db.execute(sql).fetchall()]


MON = {1: "January", 2: "February", 3: "March", 4: "April", 5: "May", 6: "June", 7: "July", 8: "August",
       9: "September", 10: "October", 11: "November", 12: "December"}
WD = {0: "Sunday", 1: "Monday", 2: "Tuesday", 3: "Wednesday", 4: "Thursday", 5: "Friday", 6: "Saturday"}

# each: id -> (dataset file stems, sql for the number or None, sql for the label or None, sql for top-3 or None)
# label SQL returns one value (the winner); top-3 SQL returns three rows. Month labels are turned into names,
# weekday numbers into names, hours into "HH:00".
C = {}


def c(qid, files, number=None, label=None, labels=None, fmt=None):
    C[qid] = (files, number, label, labels, fmt)


S, SC = ["shoots.csv"], ["shoots.csv", "clients.csv"]
c("s22-001", S, "SELECT sum(fee) FROM shd WHERE y = '2024'")
c("s22-002", S, "SELECT count(*) FROM shd WHERE y = '2025' AND stype = 'wedding'")
c("s22-003", S, "SELECT avg(fee) FROM shd WHERE stype = 'headshots'")
c("s22-004", S, label="SELECT stype FROM shd WHERE stype <> 'wedding' GROUP BY stype ORDER BY sum(fee) DESC LIMIT 1")
c("s22-005", S, "SELECT 100.0 * sum(NOT done) / count(*) FROM sh")
c("s22-006", S, "SELECT sum(travel) FROM sh")
c("s22-007", S, label="SELECT m FROM shd WHERE y = '2025' GROUP BY m ORDER BY sum(fee) LIMIT 1", fmt="month")
c("s22-008", SC, "SELECT sum(fee) FROM shd JOIN cl ON cl.id = shd.client WHERE y = '2025' AND ctype = 'Business'")
c("s22-009", SC, label="SELECT town FROM shd JOIN cl ON cl.id = shd.client GROUP BY town ORDER BY sum(fee) DESC LIMIT 1")
c("s22-010", SC, labels="SELECT name FROM shd JOIN cl ON cl.id = shd.client GROUP BY cl.id ORDER BY sum(fee) DESC LIMIT 3")
c("s22-011", S, "SELECT count(DISTINCT client) FROM shd WHERE y = '2025'")
c("s22-012", S, "SELECT count(*) FROM shd WHERE fee > 1500")
c("s22-013", S, label="SELECT strftime('%w', d) AS w FROM shd GROUP BY w ORDER BY count(*) DESC LIMIT 1", fmt="wd")
GROWTH_TYPE = """SELECT stype, sum(CASE WHEN y = '2025' THEN 1 ELSE -1 END) AS g FROM shd WHERE m <= 10
                 GROUP BY stype ORDER BY g DESC LIMIT 1"""
c("s22-014", S, f"SELECT g FROM ({GROWTH_TYPE})", f"SELECT stype FROM ({GROWTH_TYPE})")
c("s22-015", S, "SELECT avg(images) FROM shd WHERE stype = 'wedding'")
MOST_CLIENT = "SELECT client, count(*) AS n FROM shd GROUP BY client ORDER BY n DESC LIMIT 1"
c("s22-016", SC, f"SELECT n FROM ({MOST_CLIENT})", f"SELECT name FROM ({MOST_CLIENT}) x JOIN cl ON cl.id = x.client")
c("s22-017", S, "SELECT sum(hours) FROM shd WHERE y = '2024' AND stype = 'wedding'")
c("s22-018", S, "SELECT sum(fee) FROM sh WHERE NOT done")
c("s22-019", SC, """SELECT sum(CASE ctype WHEN 'Business' THEN fee WHEN 'Agency' THEN -fee ELSE 0 END)
                    FROM shd JOIN cl ON cl.id = shd.client""")
c("s22-020", SC, "SELECT count(*) FROM cl WHERE id NOT IN (SELECT client FROM sh)")
c("s22-021", S, "SELECT sum(fee) FROM shd WHERE d BETWEEN '2025-06-01' AND '2025-08-31'")
c("s22-022", S, "SELECT 100.0 * sum(CASE WHEN stype = 'wedding' THEN fee END) / sum(fee) FROM shd WHERE y = '2025'")

T = ["table_sessions.csv"]
c("s22-023", T, "SELECT count(*) FROM tp")
c("s22-024", T, "SELECT sum(fd) FROM ts")
c("s22-025", T, "SELECT sum(cover) FROM ts WHERE m = 7")
c("s22-026", T, "SELECT avg(fd) FROM tp")
c("s22-027", T, "SELECT avg(mins) FROM tp")
c("s22-028", T, label="SELECT game FROM tp WHERE game IS NOT NULL GROUP BY game ORDER BY count(*) DESC LIMIT 1")
c("s22-029", T, "SELECT count(DISTINCT game) FROM tp")
c("s22-030", T, "SELECT 100.0 * sum(NOT played) / count(*) FROM ts WHERE via = 'online'")
c("s22-031", T, label="SELECT hr FROM tp GROUP BY hr ORDER BY count(*) DESC LIMIT 1", fmt="hour")
c("s22-032", T, label="SELECT wd FROM ts GROUP BY wd ORDER BY sum(fd) DESC LIMIT 1", fmt="wd")
c("s22-033", T, "SELECT count(*) FROM tp WHERE mins > 180")
c("s22-034", T, "SELECT avg(party) FROM tp")
c("s22-035", T, "SELECT sum(CASE m WHEN 5 THEN fd WHEN 6 THEN -fd ELSE 0 END) FROM ts")
c("s22-036", T, labels="SELECT game FROM tp WHERE game IS NOT NULL GROUP BY game ORDER BY sum(mins) DESC LIMIT 3")
GAME_GROWTH = """SELECT game, sum(CASE WHEN m BETWEEN 4 AND 6 THEN 1 ELSE -1 END) AS g FROM tp
                 WHERE game IS NOT NULL AND m <= 6 GROUP BY game ORDER BY g DESC LIMIT 1"""
c("s22-037", T, "SELECT 100.0 * sum(CASE WHEN via = 'walk in' THEN fd ELSE 0 END) / sum(fd) FROM ts")
c("s22-038", T, f"SELECT g FROM ({GAME_GROWTH})", f"SELECT game FROM ({GAME_GROWTH})")
c("s22-039", T, label="SELECT game FROM tp WHERE party >= 6 AND game IS NOT NULL GROUP BY game ORDER BY count(*) DESC LIMIT 1")
c("s22-040", T, "SELECT count(*) FROM tp WHERE tbl = 7")
c("s22-041", T, "SELECT sum(cover + fd) FROM ts WHERE wd = 6")
c("s22-042", T, "SELECT 100.0 * sum(hr >= 18) / count(*) FROM tp")
c("s22-043", T, "SELECT 1.0 * count(*) / count(DISTINCT substr(started, 1, 10)) FROM tp WHERE wd = 5")

I = ["iap_transactions.csv"]
c("s22-044", I, "SELECT sum(price) FROM ia")
c("s22-045", I, "SELECT -sum(price) FROM ia WHERE typ = 'Refund'")
c("s22-046", I, "SELECT count(*) FROM ia WHERE typ = 'Refund'")
c("s22-047", I, "SELECT sum(proceeds) FROM ia WHERE m = 6")
c("s22-048", I, label="SELECT product FROM ia GROUP BY product ORDER BY sum(price) DESC LIMIT 1")
c("s22-049", I, "SELECT 100.0 * sum(CASE WHEN platform = 'ios' THEN price ELSE 0 END) / sum(price) FROM ia WHERE typ <> 'Refund'")
c("s22-050", I, "SELECT avg(price) FROM ia WHERE typ = 'Purchase'")
c("s22-051", I, "SELECT count(DISTINCT uid) FROM ia WHERE typ <> 'Refund'")
c("s22-052", I, labels="SELECT country FROM ia GROUP BY country ORDER BY sum(price) DESC LIMIT 3")
c("s22-053", I, label="SELECT hr FROM ia WHERE typ = 'Purchase' GROUP BY hr ORDER BY count(*) DESC LIMIT 1", fmt="hour")
CGROW = """SELECT country, sum(CASE WHEN m BETWEEN 4 AND 6 THEN price ELSE -price END) AS g FROM ia WHERE m <= 6
           GROUP BY country ORDER BY g DESC LIMIT 1"""
c("s22-054", I, f"SELECT g FROM ({CGROW})", f"SELECT country FROM ({CGROW})")
c("s22-055", I, "SELECT count(*) FROM ia WHERE typ = 'Renewal' AND product = 'Premium Monthly' AND m = 7")
c("s22-056", I, "SELECT count(*) FROM ia WHERE typ = 'Purchase' AND price > 20")
c("s22-057", I, "SELECT 100.0 * sum(strftime('%w', substr(t, 1, 10)) IN ('0', '6')) / count(*) FROM ia WHERE typ = 'Purchase'")
c("s22-058", I, "SELECT sum(price - proceeds) FROM ia WHERE typ IN ('Purchase', 'Renewal')")
TOPUSER = "SELECT uid, sum(price) AS s FROM ia GROUP BY uid ORDER BY s DESC LIMIT 1"
c("s22-059", I, f"SELECT s FROM ({TOPUSER})", f"SELECT uid FROM ({TOPUSER})")
c("s22-060", I, "SELECT count(*) FROM ia WHERE typ = 'Purchase' AND product = 'Gem Vault'")
c("s22-061", I, label="SELECT m FROM ia GROUP BY m ORDER BY sum(price) DESC LIMIT 1", fmt="month")
c("s22-062", I, "SELECT sum(price) FROM ia WHERE platform = 'android' AND m = 8")
c("s22-063", I, "SELECT sum(price) / count(DISTINCT uid) FROM ia")

L = ["trip_ledger.csv"]
c("s22-064", L, "SELECT sum(amount) FROM tl WHERE trip = 'science museum' AND entry IN ('Payment', 'Refund')")
c("s22-065", L, "SELECT -sum(amount) FROM tl WHERE entry = 'Refund'")
c("s22-066", L, "SELECT count(DISTINCT pupil) FROM pay WHERE trip = 'theatre - matilda'")
c("s22-067", L, "SELECT 100.0 * sum(CASE WHEN method = 'cash' THEN amount ELSE 0 END) / sum(amount) FROM pay")
c("s22-068", L, "SELECT sum(amount) FROM tl WHERE trip = 'kingswood residential'")
c("s22-069", L, "SELECT count(DISTINCT pupil) FROM tl WHERE entry = 'Refund'")
c("s22-070", L, label="SELECT substr(d, 1, 7) AS ym FROM pay GROUP BY ym ORDER BY sum(amount) DESC LIMIT 1", fmt="ym")
c("s22-071", L, "SELECT -sum(amount) FROM tl WHERE entry = 'Supplier'")
c("s22-072", L, "SELECT avg(amount) FROM pay WHERE method = 'parentpay'")
c("s22-073", L, "SELECT count(*) FROM tl_all WHERE void")
c("s22-074", L, """SELECT count(*) FROM (SELECT pupil, sum(amount) AS s FROM tl WHERE entry IN ('Payment', 'Refund')
                   GROUP BY pupil) WHERE s > 30""")
c("s22-075", L, labels="""SELECT trip FROM tl WHERE entry IN ('Payment', 'Refund') GROUP BY trip
                          ORDER BY sum(amount) DESC LIMIT 3""")
c("s22-076", L, "SELECT sum(amount) FROM tl WHERE entry = 'Grant'")
c("s22-077", L, "SELECT count(*) FROM pay WHERE method = 'cheque'")
c("s22-078", L, "SELECT -sum(amount) FROM tl WHERE trip = 'bristol zoo'")
c("s22-079", L, "SELECT sum(amount) FROM pay WHERE d BETWEEN '2024-09-01' AND '2024-12-31'")
c("s22-080", L, "SELECT sum(amount) FROM pay WHERE method = 'bacs'")
c("s22-081", L, "SELECT count(DISTINCT pupil) FROM pay WHERE trip = 'theatre - matilda' AND cls = '4B'")
c("s22-082", L, "SELECT -min(amount) FROM tl", "SELECT trip FROM tl ORDER BY amount LIMIT 1")
c("s22-083", L, "SELECT sum(amount) FROM tl WHERE trip = 'farm visit' AND entry IN ('Payment', 'Refund')")

R = ["ride_log.csv"]
c("s22-084", R, "SELECT sum(dist) FROM rl WHERE y = 2025")
TOPR = "SELECT rider, sum(dist) AS s FROM rl WHERE y = 2025 GROUP BY rider ORDER BY s DESC LIMIT 1"
c("s22-085", R, f"SELECT s FROM ({TOPR})", f"SELECT rider FROM ({TOPR})")
c("s22-086", R, "SELECT avg(dist) FROM rl WHERE rtype = 'gravel'")
c("s22-087", R, "SELECT count(*) FROM rl WHERE rider = 'Priya Shah' AND y = 2024")
c("s22-088", R, "SELECT count(DISTINCT rider) FROM rl WHERE rtype = 'sportive'")
c("s22-089", R, "SELECT max(dist) FROM rl", "SELECT rider FROM rl ORDER BY dist DESC LIMIT 1")
c("s22-090", R, "SELECT sum(elev) FROM rl WHERE y = 2025 AND m = 7")
c("s22-091", R, "SELECT 100.0 * sum(dnf) / count(*) FROM rl")
c("s22-092", R, "SELECT sum(secs) / 3600.0 FROM rl WHERE y = 2024")
c("s22-093", R, label="SELECT m FROM rl WHERE y = 2025 GROUP BY m ORDER BY count(*) LIMIT 1", fmt="month")
RGROW = """SELECT rider, sum(CASE WHEN y = 2025 THEN dist ELSE -dist END) AS g FROM rl
           WHERE m BETWEEN 3 AND 10 AND dist IS NOT NULL GROUP BY rider ORDER BY g DESC LIMIT 1"""
c("s22-094", R, f"SELECT g FROM ({RGROW})", f"SELECT rider FROM ({RGROW})")
c("s22-095", R, "SELECT count(*) FROM rl WHERE dist > 70")
c("s22-096", R, "SELECT count(*) FROM rl WHERE start_min < 420")
c("s22-097", R, "SELECT 100.0 * sum(weather = 'wet') / count(*) FROM rl")
c("s22-098", R, label="""SELECT rtype FROM rl WHERE dist IS NOT NULL AND secs > 0 GROUP BY rtype
                         ORDER BY sum(dist) / sum(secs) DESC LIMIT 1""")
c("s22-099", R, "SELECT sum(dist) FROM rl WHERE rtype = 'chaingang' AND y = 2024")
c("s22-100", R, label="SELECT rider FROM rl WHERE rtype = 'chaingang' GROUP BY rider ORDER BY count(*) DESC LIMIT 1")
c("s22-101", R, "SELECT count(DISTINCT rider) FROM rl WHERE y = 2025")
c("s22-102", R, "SELECT avg(secs / 60.0) FROM rl WHERE rtype = 'social' AND secs IS NOT NULL")
c("s22-103", R, "SELECT sum(dist) FROM rl WHERE rider = 'Dave Hughes' AND weather = 'wet'")


def fmt(v, kind):
    if kind == "month":
        return MON[int(v)]
    if kind == "ym":
        return MON[int(v[5:7])]
    if kind == "wd":
        return WD[int(v)]
    if kind == "hour":
        return f"{int(v):02d}:00"
    return str(v)


def label_ok(got, options):
    return str(got).strip().lower() in [o.lower() for o in options]


def main():
    qs = json.loads((HERE / "questions.json").read_text(encoding="utf-8"))
    agree, bad = 0, []
    for q in qs:
        if q["id"] not in C:
            bad.append(f"{q['id']}: no second computation")
            continue
        files, number, label, labels, kind = C[q["id"]]
        truth = q["truth"]
        ok = files == q["dataset"]
        if "number" in truth:
            got = one(number)
            ok = ok and got is not None and abs(got - truth["number"]) <= 1e-6 * max(1.0, abs(got))
        else:
            ok = ok and number is None
        if "label" in truth:
            got_l = fmt(one(label), kind)
            ok = ok and label_ok(got_l, truth["label"])
        if "labels" in truth:
            got_ls = col(labels)
            ok = ok and len(got_ls) == len(truth["labels"]) and all(
                any(label_ok(g, opts) for g in got_ls) for opts in truth["labels"])
        if ok:
            agree += 1
        else:
            bad.append(f"{q['id']}: {q['question']} truth={truth}")
    extra = set(C) - {q["id"] for q in qs}
    for e in sorted(extra):
        bad.append(f"{e}: computed here but not in questions.json")
    print(f"crosscheck: {agree} of {len(qs)} truths agree")
    for b in bad:
        print("  MISMATCH " + b)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
