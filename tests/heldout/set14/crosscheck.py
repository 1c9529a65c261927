#!/usr/bin/env python3
"""Held-out set 14 cross-check: recomputes every truth in questions.json a second way, in SQL.

    python3 tests/heldout/set14/crosscheck.py        # exit 1 on any disagreement

The raw CSV text is loaded into SQLite as it stands (every column TEXT); all cleaning (spellings, money
strings, euro decimal commas and signs, the four date styles, missing-value words, VOID rows, ids that lost
their leading zeros) is done by SQL expressions in views. No Python function is registered with SQLite and
no code is shared with truths.py. Standard library only.
"""

import csv
import json
import sqlite3
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"


# SQL text helpers (they only write SQL expressions)

def F(c):
    """Folded spelling: spaces collapsed and trimmed, lower case."""
    return f"lower(trim(replace(replace(replace({c}, '    ', ' '), '   ', ' '), '  ', ' ')))"


MISSING = "('', 'n/a', 'na', 'unknown', '?', 'not counted', 'not recorded', 'several', 'tbc', '-')"


def N(c):
    return f"(CASE WHEN lower(trim({c})) IN {MISSING} THEN NULL ELSE CAST(trim({c}) AS REAL) END)"


def M(c):
    """$ / £ amount (no negatives in those files)."""
    return (f"(CASE WHEN lower(trim({c})) IN {MISSING} THEN NULL ELSE "
            f"CAST(replace(replace(replace(trim({c}), '£', ''), '$', ''), ',', '') AS REAL) END)")


def EUR(c):
    return (f"((CASE WHEN instr({c}, '-') > 0 THEN -1 ELSE 1 END) * "
            f"CAST(replace(replace(replace(replace({c}, '-', ''), '€', ''), ' ', ''), ',', '.') AS REAL))")


def DAY_FIRST(c):
    """dd/mm/yyyy or dd.mm.yyyy (padded) -> yyyy-mm-dd."""
    return f"(substr({c}, 7, 4) || '-' || substr({c}, 4, 2) || '-' || substr({c}, 1, 2))"


def US(c):
    """M/D/YYYY unpadded -> yyyy-mm-dd."""
    rest = f"substr({c}, instr({c}, '/') + 1)"
    return (f"printf('%04d-%02d-%02d', CAST(substr({rest}, instr({rest}, '/') + 1) AS INT), "
            f"CAST(substr({c}, 1, instr({c}, '/') - 1) AS INT), CAST(substr({rest}, 1, instr({rest}, '/') - 1) AS INT))")


def DMONY(c):
    """d-Mon-yyyy or dd-Mon-yyyy -> yyyy-mm-dd (NULL when blank)."""
    rest = f"substr({c}, instr({c}, '-') + 1)"
    mon = f"lower(substr({rest}, 1, 3))"
    mnum = ("(CASE " + " ".join(f"WHEN {mon} = '{m}' THEN {i}" for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)) + " END)")
    return (f"(CASE WHEN trim({c}) = '' THEN NULL ELSE printf('%04d-%02d-%02d', CAST(substr({rest}, 5, 4) AS INT), "
            f"{mnum}, CAST(substr({c}, 1, instr({c}, '-') - 1) AS INT)) END)")


WEEKDAY = ("(CASE strftime('%w', {d}) WHEN '0' THEN 'sunday' WHEN '1' THEN 'monday' WHEN '2' THEN 'tuesday' "
           "WHEN '3' THEN 'wednesday' WHEN '4' THEN 'thursday' WHEN '5' THEN 'friday' ELSE 'saturday' END)")


def load(con):
    for name in ("window_jobs", "customers", "lane_bookings", "truck_shifts", "storage_ledger", "tree_jobs"):
        with open(DATA / f"{name}.csv", newline="", encoding="utf-8") as f:
            r = list(csv.reader(f))
        cols = ", ".join(f'"{c}" TEXT' for c in r[0])
        con.execute(f"CREATE TABLE raw_{name} ({cols})")
        con.executemany(f"INSERT INTO raw_{name} VALUES ({', '.join('?' * len(r[0]))})", r[1:])

    con.executescript(f"""
    CREATE VIEW cu AS SELECT CAST(customer_id AS INT) AS cid, {F('area')} AS area, {F('property_type')} AS prop,
        CASE WHEN frequency LIKE '%8%' THEN '8-weekly' WHEN frequency LIKE '%4%' THEN '4-weekly' END AS freq
        FROM raw_customers;
    CREATE VIEW wj AS SELECT CAST(job_id AS INT) AS id, {DAY_FIRST('date')} AS d, CAST(customer_id AS INT) AS cid,
        {F('cleaner')} AS cleaner, {F('service')} AS service, {M('price')} AS price, {N('minutes')} AS minutes,
        {F('paid')} AS paid, {F('status')} AS status FROM raw_window_jobs;
    CREATE VIEW wd AS SELECT wj.*, cu.area, cu.prop FROM wj JOIN cu USING (cid) WHERE wj.status = 'done';
    CREATE VIEW bk AS SELECT booking_ref AS ref, created, session_start AS s, session_end AS e,
        (strftime('%s', session_end) - strftime('%s', session_start)) / 60.0 AS minutes,
        (strftime('%s', session_start) - strftime('%s', created)) / 3600.0 AS lead_h,
        {F('pool')} AS pool, CAST(NULLIF(trim(replace(lower(lane), 'lane', '')), '') AS INT) AS lane,
        {F('activity')} AS activity, {F('booked_by')} AS by_, {N('swimmers')} AS swimmers,
        coalesce({M('fee')}, 0) AS fee, replace({F('status')}, '-', ' ') AS status FROM raw_lane_bookings;
    CREATE VIEW sh AS SELECT {US('date')} AS d, {F('truck')} AS truck, {F('shift')} AS shift, {F('stop')} AS stop,
        {F('weather')} AS weather, {N('hours_open')} AS hours, {N('orders')} AS orders, {M('revenue')} AS revenue,
        {N('waste_portions')} AS waste, {F('status')} AS status FROM raw_truck_shifts;
    CREATE VIEW tr AS SELECT * FROM sh WHERE status = 'traded';
    CREATE VIEW lg AS SELECT entry, {DAY_FIRST('posted')} AS d, upper(trim(unit)) AS unit, {F('size')} AS size,
        trim(tenant) AS tenant, {F('type')} AS type, {EUR('amount')} AS amount, {F('method')} AS method
        FROM raw_storage_ledger WHERE lower(trim(status)) <> 'void';
    CREATE VIEW tj AS SELECT quote_no, {DMONY('quoted_on')} AS quoted, {F('client_type')} AS client, {F('work')} AS work,
        {F('species')} AS species, {N('trees')} AS trees, {M('quote')} AS quote, {F('outcome')} AS outcome,
        {DMONY('job_date')} AS job, {F('crew')} AS crew, {M('invoiced')} AS invoiced, {N('crew_hours')} AS hours
        FROM raw_tree_jobs;
    CREATE VIEW tc AS SELECT * FROM tj WHERE outcome = 'completed';
    """)


def m(col):
    return f"CAST(substr({col}, 6, 2) AS INT)"


WDAY_D = WEEKDAY.format(d="d")
WDAY_S = WEEKDAY.format(d="s")

CHECKS = {
    # window cleaning
    "s14-001": "SELECT sum(price) FROM wj WHERE status = 'done'",
    "s14-002": "SELECT count(*) FROM wj WHERE status = 'rained off'",
    "s14-003": "SELECT cleaner FROM wj WHERE status = 'done' GROUP BY cleaner ORDER BY count(*) DESC LIMIT 1",
    "s14-004": "SELECT avg(price) FROM wj WHERE status = 'done' AND service = 'inside & out'",
    "s14-005": "SELECT substr(d, 1, 7) FROM wj WHERE status = 'rained off' GROUP BY 1 ORDER BY count(*) DESC LIMIT 1",
    "s14-006": "SELECT count(*) FROM wj WHERE status = 'cancelled' AND d BETWEEN '2024-04-01' AND '2024-06-30'",
    "s14-007": "SELECT 100.0 * sum(paid = 'cash') / count(*) FROM wj WHERE status = 'done'",
    "s14-008": "SELECT sum(price) FROM wj WHERE status = 'done' AND paid = 'owed'",
    "s14-009": "SELECT avg(minutes) FROM wj WHERE status = 'done' AND cleaner = 'kerry'",
    "s14-010": "SELECT count(DISTINCT cid) FROM wj WHERE status = 'done' AND d LIKE '2024-06-%'",
    "s14-011": "SELECT sum(CASE WHEN d BETWEEN '2024-07-01' AND '2024-09-30' THEN price END) - "
               "sum(CASE WHEN d BETWEEN '2024-04-01' AND '2024-06-30' THEN price END) FROM wj WHERE status = 'done'",
    "s14-012": "SELECT service FROM wj WHERE status = 'done' AND service IN ('gutter clear', 'conservatory roof', "
               "'fascia & soffit') GROUP BY service ORDER BY sum(price) DESC LIMIT 1",
    "s14-013": f"SELECT {WDAY_D} FROM wj WHERE status = 'done' GROUP BY 1 ORDER BY count(*) DESC LIMIT 1",
    "s14-014": "SELECT area FROM wd GROUP BY area ORDER BY sum(price) DESC LIMIT 1",
    "s14-015": "SELECT count(*) FROM wd WHERE prop = 'detached'",
    "s14-016": "SELECT avg(price) FROM wd WHERE area = 'moseley'",
    "s14-017": "SELECT count(*) FROM cu WHERE freq = '8-weekly'",
    "s14-018": "SELECT count(*) FROM cu WHERE area = 'harborne'",
    "s14-019": "SELECT sum(price) FROM wd WHERE prop = 'shop'",
    "s14-020": "SELECT count(*) FROM wj WHERE status = 'done' AND service = 'gutter clear' AND cleaner = 'dave'",
    "s14-021": "SELECT sum(price) / (sum(minutes) / 60.0) FROM wj WHERE status = 'done' AND d LIKE '2024-08-%' "
               "AND minutes IS NOT NULL",
    "s14-022": "SELECT max(price) FROM wj WHERE status = 'done'",
    "s14-023": "SELECT 100.0 * sum(status = 'rained off') / count(*) FROM wj WHERE d LIKE '2024-01-%'",
    "s14-024": "SELECT prop FROM wd GROUP BY prop ORDER BY avg(price) DESC LIMIT 1",
    "s14-025": "SELECT avg(minutes) FROM wd WHERE prop = 'bungalow'",
    "s14-026": "SELECT count(*) FROM wj WHERE status = 'no access'",
    "s14-027": "SELECT count(DISTINCT cid) FROM wd WHERE area = 'kings heath'",
    "s14-028": "SELECT sum(CASE WHEN d LIKE '2024-11-%' THEN price END) - sum(CASE WHEN d LIKE '2024-12-%' THEN price END) "
               "FROM wj WHERE status = 'done'",
    # pool
    "s14-029": "SELECT count(*) FROM bk WHERE status = 'cancelled'",
    "s14-030": "SELECT sum(fee) FROM bk",
    "s14-031": "SELECT avg(minutes) FROM bk WHERE activity = 'club training' AND status <> 'cancelled'",
    "s14-032": "SELECT sum(minutes) / 60.0 FROM bk WHERE activity = 'club training' AND status <> 'cancelled' "
               "AND s LIKE '2025-03-%'",
    "s14-033": "SELECT activity FROM bk GROUP BY activity ORDER BY sum(fee) DESC LIMIT 1",
    "s14-034": "SELECT 100.0 * sum(status = 'no show') / count(*) FROM bk WHERE activity = 'lane swim' "
               "AND status <> 'cancelled'",
    "s14-035": "SELECT substr(s, 12, 2) || ':00' FROM bk WHERE activity = 'lane swim' GROUP BY 1 "
               "ORDER BY count(*) DESC LIMIT 1",
    "s14-036": "SELECT avg(swimmers) FROM bk WHERE activity = 'aqua aerobics' AND status = 'attended'",
    "s14-037": "SELECT avg(lead_h) FROM bk WHERE activity = 'lane swim' AND status <> 'cancelled'",
    "s14-038": "SELECT 'lane ' || lane FROM bk WHERE activity = 'lane swim' GROUP BY lane ORDER BY count(*) DESC LIMIT 1",
    "s14-039": "SELECT count(*) FROM bk WHERE activity = 'lane swim' AND by_ = 'guest' AND status = 'attended' "
               "AND s LIKE '2025-02-%'",
    "s14-040": "SELECT sum(CASE WHEN s LIKE '2025-03-%' THEN fee END) - sum(CASE WHEN s LIKE '2025-02-%' THEN fee END) "
               "FROM bk",
    "s14-041": "SELECT substr(s, 1, 7) FROM bk WHERE status = 'no show' GROUP BY 1 ORDER BY count(*) DESC LIMIT 1",
    "s14-042": "SELECT 100.0 * sum(CASE WHEN activity = 'school swim' THEN fee ELSE 0 END) / sum(fee) FROM bk",
    "s14-043": "SELECT count(*) FROM bk WHERE activity = 'swim lesson' AND status <> 'cancelled' AND s LIKE '2025-05-%'",
    "s14-044": "SELECT avg(minutes) FROM bk WHERE activity = 'private hire' AND status <> 'cancelled'",
    "s14-045": "SELECT sum(minutes) / 60.0 FROM bk WHERE activity = 'swim lesson' AND status <> 'cancelled' "
               "AND s LIKE '2025-06-%'",
    "s14-046": "SELECT avg(swimmers) FROM bk WHERE activity = 'club training' AND status <> 'cancelled'",
    "s14-047": "SELECT count(*) FROM bk WHERE lead_h < 24",
    "s14-048": "SELECT sum(fee) FROM bk WHERE status = 'no show'",
    "s14-049": "SELECT avg(fee) FROM bk WHERE activity = 'private hire' AND status = 'attended'",
    "s14-050": "SELECT count(*) FROM bk WHERE activity = 'lane swim' AND by_ = 'member' AND status = 'attended' "
               "AND strftime('%w', s) = '6'",
    "s14-051": f"SELECT {WDAY_S} FROM bk GROUP BY 1 ORDER BY sum(fee) DESC LIMIT 1",
    # food trucks
    "s14-052": "SELECT sum(revenue) FROM tr WHERE d LIKE '2024-07-%'",
    "s14-053": "SELECT stop FROM tr GROUP BY stop ORDER BY avg(revenue) DESC LIMIT 1",
    "s14-054": "SELECT sum(revenue) / sum(orders) FROM tr WHERE stop = 'tech campus'",
    "s14-055": "SELECT count(*) FROM sh WHERE status = 'rained out'",
    "s14-056": "SELECT truck FROM tr WHERE d LIKE '2024-06-%' GROUP BY truck ORDER BY sum(revenue) DESC LIMIT 1",
    "s14-057": "SELECT sum(orders) FROM tr WHERE d BETWEEN '2024-04-01' AND '2024-06-30'",
    "s14-058": "SELECT sum(revenue) / sum(hours) FROM tr WHERE shift = 'dinner'",
    "s14-059": "SELECT 100.0 * sum(CASE WHEN shift = 'dinner' THEN revenue ELSE 0 END) / sum(revenue) FROM tr",
    "s14-060": "SELECT d FROM tr WHERE truck = 'fuego tacos' GROUP BY d ORDER BY sum(revenue) DESC LIMIT 1",
    "s14-061": "SELECT count(DISTINCT d) FROM tr WHERE truck = 'bao wow'",
    "s14-062": "SELECT sum(CASE WHEN d LIKE '2024-08-%' THEN revenue END) - "
               "sum(CASE WHEN d LIKE '2024-09-%' THEN revenue END) FROM tr",
    "s14-063": f"SELECT {WDAY_D} FROM tr GROUP BY 1 ORDER BY sum(orders) DESC LIMIT 1",
    "s14-064": "SELECT avg(orders) FROM tr WHERE shift = 'lunch' AND stop = 'riverside park'",
    "s14-065": "SELECT count(*) FROM sh WHERE status = 'broke down'",
    "s14-066": "SELECT sum(waste) FROM sh WHERE d LIKE '2024-06-%'",
    "s14-067": "SELECT substr(d, 1, 7) FROM tr GROUP BY 1 ORDER BY sum(revenue) DESC LIMIT 1",
    "s14-068": "SELECT sum(hours) FROM tr WHERE truck = 'fuego tacos'",
    "s14-069": "SELECT (SELECT avg(revenue) FROM tr WHERE weather = 'sunny') - "
               "(SELECT avg(revenue) FROM tr WHERE weather = 'rain')",
    "s14-070": "SELECT count(*) FROM tr WHERE revenue > 1500",
    "s14-071": "SELECT stop FROM tr GROUP BY stop ORDER BY count(*) DESC LIMIT 1",
    "s14-072": "SELECT 100.0 * sum(status <> 'traded') / count(*) FROM sh",
    "s14-073": "SELECT sum(revenue) / sum(orders) FROM tr WHERE truck = 'bao wow'",
    # storage ledger
    "s14-074": "SELECT sum(amount) FROM lg",
    "s14-075": "SELECT count(*) FROM lg WHERE type = 'refund'",
    "s14-076": "SELECT sum(amount) FROM lg WHERE type = 'rent' AND d BETWEEN '2024-07-01' AND '2024-09-30'",
    "s14-077": "SELECT count(*) FROM lg WHERE type = 'late fee'",
    "s14-078": "SELECT size FROM lg WHERE type = 'rent' GROUP BY size ORDER BY sum(amount) DESC LIMIT 1",
    "s14-079": "SELECT avg(amount) FROM lg WHERE type = 'rent' AND size = 'large'",
    "s14-080": "SELECT count(DISTINCT tenant) FROM lg WHERE type = 'rent' AND d LIKE '2024-12-%'",
    "s14-081": "SELECT 100.0 * sum(CASE WHEN type = 'insurance' THEN amount ELSE 0 END) / "
               "sum(CASE WHEN amount > 0 AND type <> 'deposit' THEN amount ELSE 0 END) FROM lg",
    "s14-082": "SELECT substr(d, 1, 7) FROM lg WHERE type = 'rent' GROUP BY 1 ORDER BY sum(amount) ASC LIMIT 1",
    "s14-083": "SELECT count(*) FROM raw_storage_ledger WHERE lower(trim(status)) = 'void'",
    "s14-084": "SELECT sum(CASE WHEN type IN ('deposit', 'deposit return') THEN amount ELSE 0 END) FROM lg",
    "s14-085": "SELECT sum(amount) FROM lg WHERE size = 'xl' AND d BETWEEN '2024-01-01' AND '2024-06-30'",
    "s14-086": "SELECT method FROM lg WHERE amount > 0 GROUP BY method ORDER BY count(*) DESC LIMIT 1",
    "s14-087": "SELECT avg(amount) FROM lg WHERE type = 'late fee'",
    "s14-088": "SELECT count(*) FROM lg WHERE type = 'referral credit'",
    "s14-089": "SELECT tenant FROM lg WHERE tenant <> 'Walk-in customer' GROUP BY tenant ORDER BY sum(amount) DESC LIMIT 1",
    "s14-090": "SELECT sum(CASE WHEN d LIKE '2024-12-%' THEN amount END) - sum(CASE WHEN d LIKE '2024-01-%' THEN amount END) "
               "FROM lg WHERE type = 'rent'",
    "s14-091": "SELECT count(DISTINCT unit) FROM lg WHERE type = 'rent' AND d LIKE '2024-03-%'",
    "s14-092": "SELECT sum(amount) FROM lg WHERE type = 'shop sale'",
    "s14-093": "SELECT sum(amount) FROM lg WHERE d BETWEEN '2024-04-01' AND '2024-06-30'",
    "s14-094": "SELECT count(DISTINCT tenant) FROM lg WHERE type = 'deposit'",
    "s14-095": "SELECT sum(amount) FROM lg WHERE type = 'insurance'",
    "s14-096": "SELECT -sum(amount) FROM lg WHERE type IN ('refund', 'referral credit')",
    # tree surgery
    "s14-097": "SELECT 100.0 * sum(outcome = 'completed') / count(*) FROM tj WHERE outcome NOT IN ('pending', 'booked')",
    "s14-098": "SELECT sum(invoiced) FROM tc WHERE job LIKE '2024-%'",
    "s14-099": "SELECT avg(julianday(job) - julianday(quoted)) FROM tc WHERE work = 'felling'",
    "s14-100": "SELECT crew FROM tc GROUP BY crew ORDER BY sum(invoiced) DESC LIMIT 1",
    "s14-101": "SELECT avg(invoiced) FROM tc WHERE work = 'stump grinding'",
    "s14-102": "SELECT species FROM tc WHERE work = 'felling' GROUP BY species ORDER BY count(*) DESC LIMIT 1",
    "s14-103": "SELECT count(*) FROM tc WHERE client = 'council' AND job LIKE '2025-%'",
    "s14-104": "SELECT sum(invoiced) - sum(quote) FROM tc",
    "s14-105": "SELECT substr(quoted, 1, 7) FROM tj GROUP BY 1 ORDER BY count(*) ASC LIMIT 1",
    "s14-106": "SELECT sum(invoiced) / sum(hours) FROM tc",
    "s14-107": "SELECT sum(trees) FROM tc WHERE work = 'felling'",
    "s14-108": "SELECT 100.0 * sum(CASE WHEN client = 'commercial' THEN invoiced ELSE 0 END) / sum(invoiced) FROM tc",
    "s14-109": "SELECT max(invoiced) FROM tc",
    "s14-110": "SELECT sum(CASE WHEN job BETWEEN '2025-01-01' AND '2025-03-31' THEN invoiced END) - "
               "sum(CASE WHEN job BETWEEN '2024-01-01' AND '2024-03-31' THEN invoiced END) FROM tc",
    "s14-111": "SELECT count(*) FROM tj WHERE outcome = 'pending'",
    "s14-112": "SELECT avg(quote) FROM tj WHERE work = 'hedge trim'",
    "s14-113": "SELECT max(julianday(job) - julianday(quoted)) FROM tc",
    "s14-114": "SELECT work FROM tj WHERE outcome = 'lost' GROUP BY work ORDER BY count(*) DESC LIMIT 1",
    "s14-115": "SELECT avg(hours) FROM tc WHERE work = 'crown reduction'",
    "s14-116": "SELECT count(DISTINCT species) FROM tc WHERE job LIKE '2024-%'",
    "s14-117": "SELECT count(*) FROM tj WHERE outcome = 'cancelled' AND quoted LIKE '2024-%'",
    "s14-118": "SELECT count(*) FROM tj WHERE outcome = 'booked'",
    "s14-119": "SELECT client FROM tc GROUP BY client ORDER BY avg(invoiced) DESC LIMIT 1",
}


def agree(got, truth):
    if "label" in truth:
        options = [o.lower() for o in truth["label"]]
        if str(got).lower() not in options:
            return False
    if "number" in truth:
        want = truth["number"]
        if got is None or isinstance(got, str) or abs(got - want) > 1e-5 + 1e-9 * abs(want):
            return False
    return True


def main():
    questions = json.loads((HERE / "questions.json").read_text(encoding="utf-8"))
    con = sqlite3.connect(":memory:")
    load(con)
    ids = [q["id"] for q in questions]
    assert sorted(CHECKS) == sorted(ids), (set(CHECKS) ^ set(ids))
    bad = 0
    for q in questions:
        got = con.execute(CHECKS[q["id"]]).fetchone()[0]
        ok = agree(got, q["truth"])
        if not ok:
            bad += 1
            print(f"DISAGREE {q['id']}: sql {got!r}  truth {q['truth']}  {q['question']}")
    print(f"{len(questions) - bad}/{len(questions)} agree")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
