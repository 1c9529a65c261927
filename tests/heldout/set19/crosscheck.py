#!/usr/bin/env python3
"""Set 19 cross-check: recomputes every truth in questions.json a second way, in SQLite.

The raw CSV text is loaded as TEXT columns; all cleaning (case and space folding, money, dates, statuses) is
done in SQL views below, with no code shared with truths.py and no Python functions registered in SQLite.
Exit 1 on any mismatch.

    python3 tests/heldout/set19/crosscheck.py
"""

import csv
import json
import sqlite3
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS_SUN0 = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]

db = sqlite3.connect(":memory:")
for name, table in [("translation_jobs.csv", "raw_tj"), ("translation_clients.csv", "raw_tc"),
                    ("brokerage_activity.csv", "raw_br"), ("vending_sales.csv", "raw_vs"),
                    ("shelter_animals.csv", "raw_sh"), ("property_listings.csv", "raw_pl")]:
    with open(HERE / "data" / name, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    cols = [f"c{i}" for i in range(len(rows[0]))]
    db.execute(f"CREATE TABLE {table} ({', '.join(c + ' TEXT' for c in cols)})")
    db.executemany(f"INSERT INTO {table} VALUES ({', '.join('?' * len(cols))})", rows[1:])


def F(c):
    """SQL: fold case and spaces."""
    return f"lower(trim(replace(replace(replace({c}, '   ', ' '), '  ', ' '), '  ', ' ')))"


def M(c):
    """SQL: money text to REAL, NULL when blank or a word."""
    body = f"replace(replace(replace(replace(trim({c}), '$', ''), '£', ''), ',', ''), '-', '')"
    return (f"(CASE WHEN trim({c}) = '' OR lower(trim({c})) IN ('unknown', '?', 'not weighed') THEN NULL "
            f"WHEN lower(trim({c})) = 'waived' THEN 0.0 "
            f"WHEN trim({c}) LIKE '-%' THEN -CAST({body} AS REAL) ELSE CAST({body} AS REAL) END)")


DMY = lambda c: f"(CASE WHEN trim({c}) = '' THEN NULL ELSE substr({c},7,4)||'-'||substr({c},4,2)||'-'||substr({c},1,2) END)"
MDY = lambda c: f"(substr({c},7,4)||'-'||substr({c},1,2)||'-'||substr({c},4,2))"

db.executescript(f"""
CREATE VIEW tc AS SELECT upper(trim(c0)) code, trim(c1) name, {F('c2')} sector, {F('c3')} country,
    CAST(c4 AS INTEGER) terms FROM raw_tc;
CREATE VIEW tj AS SELECT upper(trim(c1)) code, c2 received, c3 due, nullif(trim(c4), '') delivered,
    upper(trim(c5)) pair, {F('c6')} service, CAST(c7 AS INTEGER) words, {M('c9')} fee, {F('c10')} status FROM raw_tj;
CREATE VIEW tjd AS SELECT tj.*, tc.name, tc.sector, tc.country, tc.terms FROM tj JOIN tc USING (code)
    WHERE status = 'delivered';
CREATE VIEW br AS SELECT {MDY('c0')} d, {F('c1')} act, upper(trim(c2)) sym, CAST(nullif(c4,'') AS INTEGER) qty,
    {M('c5')} price, coalesce({M('c6')}, 0) comm, {M('c7')} amt FROM raw_br;
CREATE VIEW vs AS SELECT c0 ts, substr(c0,1,10) d, CAST(substr(c0,12,2) AS INTEGER) hr,
    upper(trim(c2)) mach, {F('c3')} site, trim(c4) item, {F('c5')} cat, CAST(c6 AS REAL) price, {F('c7')} pay,
    {F('c8')} st FROM raw_vs;
CREATE VIEW ok AS SELECT * FROM vs WHERE st = 'ok';
CREATE VIEW sh AS SELECT {F('c2')} sp, {F('c3')} breed, {M('c5')} age, {M('c6')} wt, {DMY('c7')} intake,
    {F('c8')} itype, {DMY('c9')} outd, {F('c10')} otype, {M('c11')} fee,
    julianday({DMY('c9')}) - julianday({DMY('c7')}) stay FROM raw_sh;
CREATE VIEW ad AS SELECT * FROM sh WHERE otype = 'adopted';
CREATE VIEW pl AS SELECT {F('c1')} suburb, {F('c2')} ptype, CAST(c3 AS INTEGER) beds, {M('c5')} land,
    {M('c6')} lp, {M('c7')} sp, c8 listed, nullif(c9,'') soldd, trim(c10) agent, {F('c11')} status,
    julianday(nullif(c9,'')) - julianday(c8) dom FROM raw_pl;
CREATE VIEW sold AS SELECT * FROM pl WHERE status = 'sold';
""")


def one(sql):
    r = db.execute(sql).fetchall()
    return r[0][0] if len(r[0]) == 1 else r[0]


def median(sql):
    return one(f"""WITH v AS (SELECT x, row_number() OVER (ORDER BY x) rn, count(*) OVER () n FROM ({sql}))
                   SELECT avg(x) FROM v WHERE rn IN ((n + 1) / 2, (n + 2) / 2)""")


def first(sql):
    """First column of the first row of a query ordered best-first."""
    return db.execute(sql).fetchall()[0][0]


def firstn(sql, n):
    return [r[0] for r in db.execute(sql).fetchall()[:n]]


mon = lambda m: MONTHS[int(m) - 1]
wd = lambda w: WEEKDAYS_SUN0[int(w)]

X = {}
# translation
X["s19-001"] = one("SELECT sum(fee) FROM tj WHERE status='delivered'")
X["s19-002"] = one("SELECT count(*) FROM tj WHERE status='cancelled'")
X["s19-003"] = one("SELECT sum(words) FROM tj WHERE status='delivered' AND received BETWEEN '2025-04-01' AND '2025-06-30'")
X["s19-004"] = one("SELECT 1000.0*sum(fee)/sum(words) FROM tj WHERE status='delivered' AND pair='EN>DE' AND service='translation'")
X["s19-005"] = first("SELECT pair FROM tj WHERE status='delivered' GROUP BY pair ORDER BY sum(fee) DESC")
X["s19-006"] = firstn("SELECT name FROM tjd GROUP BY name ORDER BY sum(fee) DESC", 3)
X["s19-007"] = one("SELECT 100.0*sum(CASE WHEN sector='legal' THEN fee ELSE 0 END)/sum(fee) FROM tjd")
X["s19-008"] = one("SELECT count(*) FROM tj WHERE status='delivered' AND delivered > due")
X["s19-009"] = one("SELECT 100.0*sum(delivered > due)/count(*) FROM tj WHERE status='delivered'")
X["s19-010"] = one("SELECT avg(julianday(delivered)-julianday(received)) FROM tj WHERE status='delivered' AND service='certified translation'")
X["s19-011"] = mon(first("SELECT substr(delivered,6,2) m FROM tj WHERE status='delivered' GROUP BY m ORDER BY sum(fee) DESC"))
X["s19-012"] = one("""SELECT sector, sum(CASE WHEN received BETWEEN '2025-04-01' AND '2025-06-30' THEN fee ELSE 0 END)
    - sum(CASE WHEN received BETWEEN '2025-01-01' AND '2025-03-31' THEN fee ELSE 0 END) g FROM tjd
    GROUP BY sector ORDER BY g DESC LIMIT 1""")
X["s19-013"] = one("SELECT count(DISTINCT code) FROM tj WHERE received LIKE '2025-10-%'")
X["s19-014"] = one("SELECT count(*) FROM tj WHERE status <> 'cancelled' AND words > 5000")
X["s19-015"] = one("SELECT avg(words) FROM tjd WHERE country='germany'")
X["s19-016"] = one("""SELECT sum(CASE WHEN delivered BETWEEN '2025-07-01' AND '2025-09-30' THEN fee ELSE 0 END)
    - sum(CASE WHEN delivered BETWEEN '2025-04-01' AND '2025-06-30' THEN fee ELSE 0 END) FROM tj WHERE status='delivered'""")
X["s19-017"] = one("SELECT sum(fee) FROM tjd WHERE terms=60")
X["s19-018"] = wd(first("SELECT strftime('%w', received) w FROM tj GROUP BY w ORDER BY count(*) DESC"))
X["s19-019"] = one("SELECT sum(words) FROM tj WHERE status='in progress'")
X["s19-020"] = one("SELECT name, fee FROM tjd ORDER BY fee DESC LIMIT 1")
# brokerage
X["s19-021"] = one("SELECT sum(amt) FROM br WHERE act='deposit' AND d LIKE '2025-%'")
X["s19-022"] = one("SELECT sum(amt) FROM br WHERE act IN ('deposit','withdrawal')")
X["s19-023"] = one("SELECT sum(amt) FROM br WHERE act='dividend' AND d LIKE '2025-%'")
X["s19-024"] = one("SELECT sum(CASE WHEN d LIKE '2025-%' THEN amt ELSE -amt END) FROM br WHERE act='dividend'")
X["s19-025"] = first("SELECT sym FROM br WHERE act='dividend' GROUP BY sym ORDER BY sum(amt) DESC")
X["s19-026"] = one("SELECT sum(comm) FROM br WHERE act IN ('buy','sell')")
X["s19-027"] = one("SELECT count(*) FROM br WHERE act='buy' AND d LIKE '2025-%'")
X["s19-028"] = one("SELECT -sum(amt) FROM br WHERE act='buy' AND sym='NVDA'")
X["s19-029"] = one("SELECT sum(qty*price)/sum(qty) FROM br WHERE act='buy' AND sym='VTI'")
X["s19-030"] = one("SELECT sum(CASE act WHEN 'buy' THEN qty ELSE -qty END) FROM br WHERE act IN ('buy','sell') AND sym='MSFT'")
X["s19-031"] = one("SELECT sum(amt) FROM br")
X["s19-032"] = mon(first("SELECT substr(d,6,2) m FROM br WHERE act='dividend' AND d LIKE '2025-%' GROUP BY m ORDER BY sum(amt) DESC"))
X["s19-033"] = one("SELECT 100.0*sum(CASE WHEN sym='O' THEN amt ELSE 0 END)/sum(amt) FROM br WHERE act='dividend' AND d LIKE '2025-%'")
X["s19-034"] = one("SELECT count(DISTINCT sym) FROM br WHERE act IN ('buy','sell')")
X["s19-035"] = one("SELECT sym, -amt FROM br WHERE act='buy' ORDER BY amt ASC LIMIT 1")
X["s19-036"] = one("SELECT sum(amt) FROM br WHERE act='interest' AND d LIKE '2025-%'")
X["s19-037"] = one("SELECT sum(amt) FROM br WHERE act='sell' AND d LIKE '2025-%'")
X["s19-038"] = one("SELECT avg(amt) FROM br WHERE act='deposit' AND d LIKE '2024-%'")
X["s19-039"] = one("SELECT -sum(amt) FROM br WHERE act='fee'")
X["s19-040"] = one("SELECT -sum(amt) FROM br WHERE act='buy' AND d BETWEEN '2025-07-01' AND '2025-09-30'")
# vending
X["s19-041"] = one("SELECT sum(price) FROM ok")
X["s19-042"] = one("SELECT count(*) FROM vs WHERE st <> 'ok'")
X["s19-043"] = one("SELECT 100.0*sum(st <> 'ok')/count(*) FROM vs")
X["s19-044"] = first("SELECT mach FROM ok GROUP BY mach ORDER BY sum(price) DESC")
X["s19-045"] = first("SELECT hr FROM ok GROUP BY hr ORDER BY count(*) DESC")
X["s19-046"] = wd(first("SELECT strftime('%w', d) w FROM ok GROUP BY w ORDER BY count(*) ASC"))
X["s19-047"] = one("SELECT 100.0*sum(CASE WHEN pay='cash' THEN price ELSE 0 END)/sum(price) FROM ok")
X["s19-048"] = one("SELECT avg(price) FROM ok WHERE site='gym'")
X["s19-049"] = first("SELECT item FROM ok WHERE site='train station' GROUP BY item ORDER BY count(*) DESC")
X["s19-050"] = firstn("SELECT item FROM ok GROUP BY item ORDER BY sum(price) DESC", 3)
X["s19-051"] = one("SELECT sum(CASE WHEN d LIKE '2025-10%' THEN price WHEN d LIKE '2025-09%' THEN -price ELSE 0 END) FROM ok")
X["s19-052"] = one("SELECT count(*) FROM ok WHERE substr(ts,12,8) < '08:00:00'")
X["s19-053"] = first("SELECT cat FROM ok WHERE site='hospital lobby' GROUP BY cat ORDER BY sum(price) DESC")
X["s19-054"] = one("SELECT sum(price) FROM ok WHERE strftime('%w', d) IN ('0','6')")
X["s19-055"] = one("SELECT count(DISTINCT lower(item)) FROM ok")
X["s19-056"] = one("""SELECT site, 100.0*(sum(CASE WHEN d LIKE '2025-11%' THEN price ELSE 0 END)
    - sum(CASE WHEN d LIKE '2025-09%' THEN price ELSE 0 END)) / sum(CASE WHEN d LIKE '2025-09%' THEN price ELSE 0 END) g
    FROM ok GROUP BY site ORDER BY g DESC LIMIT 1""")
X["s19-057"] = one("SELECT sum(price)/30.0 FROM ok WHERE d LIKE '2025-11%'")
X["s19-058"] = one("SELECT count(*) FROM ok WHERE cat='drink' AND price > 3")
X["s19-059"] = one("SELECT 100.0*sum(CASE WHEN hr >= 18 THEN price ELSE 0 END)/sum(price) FROM ok")
X["s19-060"] = one("""WITH RECURSIVE cal(day) AS (SELECT '2025-09-01' UNION ALL SELECT date(day, '+1 day') FROM cal
    WHERE day < '2025-11-30') SELECT (SELECT count(*) FROM ok WHERE mach='VM-07' AND strftime('%w', d) NOT IN ('0','6'))
    * 1.0 / (SELECT count(*) FROM cal WHERE strftime('%w', day) NOT IN ('0','6'))""")
# shelter
X["s19-061"] = one("SELECT count(*) FROM sh WHERE intake LIKE '2025-%'")
X["s19-062"] = one("SELECT count(*) FROM ad WHERE sp='dog'")
X["s19-063"] = one("SELECT 100.0*sum(otype='adopted')/count(*) FROM sh WHERE sp='cat' AND otype <> ''")
X["s19-064"] = one("SELECT avg(stay) FROM ad WHERE sp='dog'")
X["s19-065"] = median("SELECT stay x FROM ad WHERE sp='rabbit'")
X["s19-066"] = first("SELECT breed FROM sh WHERE sp='dog' GROUP BY breed ORDER BY count(*) DESC")
X["s19-067"] = one("SELECT sum(coalesce(fee,0)) FROM ad")
X["s19-068"] = one("SELECT count(*) FROM sh WHERE otype = ''")
X["s19-069"] = one("SELECT avg(wt) FROM sh WHERE sp='dog' AND age >= 12 AND wt IS NOT NULL")
X["s19-070"] = one("SELECT 100.0*sum(itype='stray')/count(*) FROM sh")
X["s19-071"] = mon(first("SELECT substr(intake,6,2) m FROM sh WHERE intake LIKE '2025-%' GROUP BY m ORDER BY count(*) DESC"))
X["s19-072"] = one("SELECT count(*) FROM sh WHERE itype='stray' AND otype='returned to owner'")
X["s19-073"] = first("SELECT sp FROM ad GROUP BY sp ORDER BY avg(stay) DESC")
X["s19-074"] = one("SELECT count(*) FROM ad WHERE fee = 0")
X["s19-075"] = one("""SELECT sum(outd BETWEEN '2025-07-01' AND '2025-09-30') - sum(outd BETWEEN '2024-07-01' AND '2024-09-30')
    FROM ad""")
X["s19-076"] = one("SELECT count(DISTINCT breed) FROM sh WHERE sp='cat'")
X["s19-077"] = one("SELECT avg(age) FROM sh WHERE itype='owner surrender' AND age IS NOT NULL")
X["s19-078"] = one("SELECT count(*) FROM ad WHERE stay > 90")
# property
X["s19-079"] = one("SELECT count(*) FROM sold WHERE soldd LIKE '2025-%'")
X["s19-080"] = median("SELECT sp x FROM sold WHERE ptype='house'")
X["s19-081"] = one("SELECT avg(dom) FROM sold WHERE ptype='unit'")
X["s19-082"] = first("SELECT agent FROM sold GROUP BY agent ORDER BY sum(sp) DESC")
X["s19-083"] = first("SELECT suburb FROM sold WHERE ptype='house' GROUP BY suburb ORDER BY avg(sp) DESC")
X["s19-084"] = one("SELECT 100.0*sum(sp > lp)/count(*) FROM sold")
X["s19-085"] = one("SELECT count(*) FROM sold WHERE sp < lp")
X["s19-086"] = one("SELECT avg(sp) FROM sold WHERE ptype='house' AND beds >= 3")
X["s19-087"] = one("SELECT 100.0*sum(status='withdrawn')/count(*) FROM pl")
X["s19-088"] = one("SELECT 0.02*sum(sp) FROM sold WHERE soldd LIKE '2025-%'")
X["s19-089"] = mon(first("SELECT substr(soldd,6,2) m FROM sold WHERE soldd LIKE '2025-%' GROUP BY m ORDER BY count(*) DESC"))
X["s19-090"] = one("SELECT sum(sp)/sum(land) FROM sold WHERE ptype='house' AND suburb='northcote'")
X["s19-091"] = first("SELECT suburb FROM sold WHERE ptype='house' AND soldd LIKE '2025-%' ORDER BY sp ASC")
X["s19-092"] = one("SELECT count(*) FROM sold WHERE sp > 2000000")
X["s19-093"] = one("""SELECT avg(CASE WHEN soldd LIKE '2025-%' THEN sp END) - avg(CASE WHEN soldd LIKE '2024-%' THEN sp END)
    FROM sold WHERE ptype='house'""")
X["s19-094"] = one("SELECT count(*), avg(lp) FROM pl WHERE status='active'")
X["s19-095"] = one("SELECT avg(beds) FROM sold WHERE ptype='townhouse'")
X["s19-096"] = first("SELECT agent FROM sold WHERE soldd LIKE '2025-%' GROUP BY agent ORDER BY count(*) DESC")


def num_ok(a, b):
    return abs(float(a) - float(b)) <= 1e-6  # truths are rounded to 6 decimals


def lab_ok(got, labels):
    if isinstance(got, int):  # an hour
        return f"{got:02d}:00" in labels
    return str(got).strip().lower() in [x.lower() for x in labels]


questions = json.loads((HERE / "questions.json").read_text(encoding="utf-8"))
bad = []
for qq in questions:
    t, got = qq["truth"], X.get(qq["id"])
    if got is None:
        bad.append((qq["id"], "no cross-check"))
        continue
    if "label" in t and "number" in t:
        ok = lab_ok(got[0], t["label"]) and num_ok(got[1], t["number"])
    elif "label" in t:
        ok = lab_ok(got, t["label"])
    elif "labels" in t:
        ok = sorted(x.lower() for x in got) == sorted(x.lower() for x in t["labels"])
    elif "numbers" in t:
        ok = all(num_ok(a, b) for a, b in zip(got, t["numbers"])) and len(got) == len(t["numbers"])
    else:
        ok = num_ok(got, t["number"])
    if not ok:
        bad.append((qq["id"], f"truth {t} vs sql {got}"))
extra = set(X) - {qq["id"] for qq in questions}
for e in sorted(extra):
    bad.append((e, "cross-check for an unknown id"))
n = len(questions)
print(f"crosscheck: {n - len([b for b in bad if b[0] in {q['id'] for q in questions}])}/{n} agree")
for b in bad:
    print("  MISMATCH", *b)
sys.exit(1 if bad else 0)
