#!/usr/bin/env python3
"""Held-out set 12: a second, independent computation of the truths, in SQL (sqlite3, standard library).

    python3 tests/heldout/set12/crosscheck.py

Loads the raw CSV text (every cell a string, exactly as written) into an in-memory SQLite database,
cleans it with SQL expressions in views only (no code shared with truths.py: no regular expressions, dates
taken apart with substr/instr and weekdays from strftime('%w')) and compares the answers with
questions.json: numbers within 0.01, "which" questions by the SQL winner against the truth's labels (and
its number when the truth has one), and label groups part by part. Exit 1 on a mismatch.
"""

import csv
import json
import sqlite3
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"


def load(db, name):
    with open(DATA / name, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    table = "raw_" + name[:-4]
    cols = ", ".join(f'"{c}" TEXT' for c in rows[0])
    db.execute(f'CREATE TABLE "{table}" ({cols})')
    db.executemany(f'INSERT INTO "{table}" VALUES ({", ".join("?" * len(rows[0]))})', rows[1:])


def squash(col):
    """Runs of spaces collapsed (the data has at most a few in a row)."""
    e = col
    for _ in range(3):
        e = f"replace({e}, '  ', ' ')"
    return e


def fold(col):
    return f"lower(trim(rtrim(trim({squash(col)}), '.')))"


def money(col):
    """£ / $ money with a point decimal, signed (-£5 and £-5); NULL unless it holds a digit."""
    return (f"CASE WHEN {col} GLOB '*[0-9]*' THEN CAST(replace(replace(replace(replace({col}, '£', ''), '$', ''), "
            f"',', ''), ' ', '') AS REAL) END")


def euros(col):
    """'1.234,50 €' / '€987,00' / '987,00': drop the sign, spaces and thousands points, comma to point."""
    return (f"CASE WHEN {col} GLOB '*[0-9]*' THEN CAST(replace(replace(replace(replace({col}, '€', ''), ' ', ''), "
            f"'.', ''), ',', '.') AS REAL) END")


def num(col):
    """A plain number; NULL for words and blanks."""
    return f"CASE WHEN trim({col}) <> '' AND trim({col}) NOT GLOB '*[^0-9.]*' THEN CAST(trim({col}) AS REAL) END"


def mname(expr):
    names = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
    return "CASE CAST(strftime('%m', " + expr + ") AS INT) " + " ".join(
        f"WHEN {i} THEN '{n}'" for i, n in enumerate(names, 1)) + " END"


def dname(expr):
    names = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
    return "CASE strftime('%w', " + expr + ") " + " ".join(f"WHEN '{i}' THEN '{n}'" for i, n in enumerate(names)) + " END"


MONS = "'JanFebMarAprMayJunJulAugSepOctNovDec'"

VIEWS = [
    # pottery: members lookup, 'd Mon yyyy' taken apart by its spaces
    f"""CREATE VIEW pm0 AS SELECT substr('00000' || trim(member_id), -5, 5) AS mid, trim(name) AS name,
          {fold('tier')} AS tier, {fold('town')} AS town, {fold('kiln_locker')} IN ('yes', 'y', 'true', '1') AS locker,
          trim(joined) AS j FROM raw_members""",
    f"""CREATE VIEW pm AS SELECT mid, name, tier, town, locker,
          substr(j, -4, 4) || '-' || printf('%02d', (instr({MONS}, substr(j, instr(j, ' ') + 1, 3)) + 2) / 3)
            || '-' || printf('%02d', CAST(substr(j, 1, instr(j, ' ') - 1) AS INT)) AS joined FROM pm0""",
    f"""CREATE VIEW pb0 AS SELECT substr('00000' || trim(member_id), -5, 5) AS mid,
          substr(trim(class_date), 7, 4) || '-' || substr(trim(class_date), 4, 2) || '-' || substr(trim(class_date), 1, 2) AS d,
          trim(start_time) AS t, {fold('class')} AS cls, {fold('tutor')} AS tutor, {money('price')} AS price,
          {num('clay_kg')} AS clay, replace({fold('status')}, '-', ' ') AS st FROM raw_studio_bookings""",
    """CREATE VIEW pb AS SELECT pb0.*, CASE st WHEN 'attended' THEN 'A' WHEN 'no show' THEN 'N'
          WHEN 'cancelled' THEN 'C' WHEN 'canceled' THEN 'C' END AS s, pm.name, pm.tier, pm.town, pm.joined
        FROM pb0 JOIN pm USING (mid)""",
    # ferry: ISO 'T' datetimes; delay from unix seconds
    f"""CREATE VIEW fs AS SELECT replace(trim(scheduled_departure), 'T', ' ') AS sched,
          {fold('status')} = 'sailed' AS sailed,
          (strftime('%s', replace(trim(actual_departure), 'T', ' ')) - strftime('%s', replace(trim(scheduled_departure), 'T', ' '))) / 60.0 AS delay,
          {fold('from_port')} AS frm, {fold('to_port')} AS dest, {fold('vessel')} AS vessel, {num('passengers')} AS pax,
          {num('cars')} AS cars, {num('bikes')} AS bikes, {euros('fares_taken')} AS fares, {fold('cancel_reason')} AS reason
        FROM raw_ferry_sailings""",
    # escape rooms: 'M/D/YYYY h:MM AM' taken apart step by step
    """CREATE VIEW e0 AS SELECT *, trim(slot) AS s0, instr(trim(slot), '/') AS p1 FROM raw_escape_bookings""",
    """CREATE VIEW e1 AS SELECT *, substr(s0, 1, p1 - 1) AS mo, substr(s0, p1 + 1) AS r1 FROM e0""",
    """CREATE VIEW e2 AS SELECT *, substr(r1, 1, instr(r1, '/') - 1) AS dy, substr(r1, instr(r1, '/') + 1) AS r2 FROM e1""",
    """CREATE VIEW e3 AS SELECT *, substr(r2, 1, 4) AS yr, substr(r2, 6) AS r3 FROM e2""",
    """CREATE VIEW e4 AS SELECT *, CAST(substr(r3, 1, instr(r3, ':') - 1) AS INT) % 12
          + CASE WHEN r3 LIKE '%PM' THEN 12 ELSE 0 END AS hr FROM e3""",
    f"""CREATE VIEW eb AS SELECT yr || '-' || printf('%02d', CAST(mo AS INT)) || '-' || printf('%02d', CAST(dy AS INT)) AS d,
          hr, {fold('room')} AS room, CAST(players AS INT) AS players, {money('price')} AS price,
          {fold('booked_via')} AS via, {fold('group_type')} AS grp,
          CASE replace({fold('status')}, '-', ' ') WHEN 'played' THEN 'P' WHEN 'no show' THEN 'N' ELSE 'C' END AS s,
          {fold('escaped')} IN ('yes', 'y', 'true', '1') AS esc, {num('minutes')} AS mins, {num('hints_used')} AS hints
        FROM e4""",
    "CREATE VIEW ep AS SELECT * FROM eb WHERE s = 'P'",
    # village hall: dd/mm/yy
    f"""CREATE VIEW hl AS SELECT '20' || substr(trim(date), 7, 2) || '-' || substr(trim(date), 4, 2) || '-' || substr(trim(date), 1, 2) AS d,
          '20' || substr(trim(event_date), 7, 2) || '-' || substr(trim(event_date), 4, 2) || '-' || substr(trim(event_date), 1, 2) AS ev,
          trim(booking_ref) AS ref, trim({squash('hirer')}) AS hirer, {fold('event')} AS event, {fold('room')} AS room,
          {num('hours')} AS hours, {fold('entry')} AS entry, {money('amount')} AS amt, {fold('method')} AS method
        FROM raw_hall_ledger""",
    "CREATE VIEW hcan AS SELECT DISTINCT ref FROM hl WHERE entry = 'refund'",
    "CREATE VIEW hfee AS SELECT hl.*, ref IN (SELECT ref FROM hcan) AS cancelled FROM hl WHERE entry = 'hire fee'",
    # laundrette
    f"""CREATE VIEW ld AS SELECT trim(date) AS d, {fold('site')} AS site, upper(trim(machine)) AS machine,
          {fold('machine_type')} AS mtype, {fold('status')} = 'ok' AS ok, {num('cycles')} AS cycles,
          {money('coin_takings')} AS coin, {money('card_takings')} AS card,
          {money('coin_takings')} + {money('card_takings')} AS take FROM raw_laundrette_daily""",
    "CREATE VIEW lw AS SELECT * FROM ld WHERE ok",
]


def top(table, key, val, where="1", order="DESC"):
    """The winning key (as text) and its value of an aggregate val grouped by key."""
    return (f"SELECT CAST(k AS TEXT), v FROM (SELECT {key} AS k, {val} AS v FROM {table} WHERE {where} GROUP BY 1) "
            f"ORDER BY v {order} LIMIT 1")


def label_only(sql):
    return f"SELECT k FROM ({sql.replace('SELECT CAST(k AS TEXT), v', 'SELECT CAST(k AS TEXT) AS k', 1)})"


def month(sql_date):
    return mname(sql_date)


MON_ = "strftime('%m', d)"
CHECKS = {
    # pottery
    "s12-001": "SELECT sum(price) FROM pb",
    "s12-002": label_only(top("pb", "cls", "sum(price)")),
    "s12-003": "SELECT count(*) FROM pb WHERE s = 'C'",
    "s12-004": "SELECT 100.0 * sum(s = 'N') / count(*) FROM pb",
    "s12-005": label_only(top("pb", "tutor", "count(*)", "s = 'A'")),
    "s12-006": "SELECT avg(clay) FROM pb WHERE cls = 'wheel throwing'",
    "s12-007": "SELECT sum(clay) FROM pb",
    "s12-008": label_only(top("pb", mname("d"), "count(*)", "s = 'A'", "ASC")),
    "s12-009": "SELECT count(DISTINCT mid) FROM pb WHERE s = 'A'",
    "s12-010": label_only(top("pb", "town", "count(*)")),
    "s12-011": "SELECT sum(price) FROM pb WHERE tier = 'premium'",
    "s12-012": "SELECT avg(price) FROM pb WHERE tier = 'student'",
    "s12-013": "SELECT count(*) FROM pb WHERE cls = 'raku night' AND s = 'A'",
    "s12-014": label_only(top("pb", dname("d"), "count(*)")),
    "s12-015": "SELECT count(*) FROM pb WHERE cls = 'kids clay' AND s = 'N'",
    "s12-016": f"SELECT count(*) FROM pb WHERE tutor = 'ed' AND s = 'A' AND {MON_} = '03'",
    "s12-017": "SELECT 1.0 * sum(s = 'A') / count(DISTINCT d) FROM pb WHERE cls = 'glaze lab'",
    "s12-018": "SELECT count(*) FROM pb WHERE joined < '2022-01-01'",
    "s12-019": label_only(top("pb", "name", "count(*)", "s = 'A'")),
    "s12-020": f"SELECT sum({MON_} <= '06') - sum({MON_} > '06') FROM pb WHERE cls = 'wheel throwing'",
    "s12-021": "SELECT 100.0 * sum(CASE WHEN tier = 'student' THEN price END) / sum(price) FROM pb",
    "s12-022": "SELECT sum(locker) FROM pm",
    "s12-023": "SELECT count(*) FROM pm WHERE tier = 'founding'",
    "s12-024": "SELECT count(*) FROM pb WHERE t >= '18:00'",
    "s12-025": "SELECT avg(price) FROM pb WHERE cls = 'hand building'",
    "s12-026": label_only(top("pm", "town", "count(*)")),
    "s12-027": "SELECT count(DISTINCT mid) FROM pb WHERE s = 'A' AND town = 'todmorden'",
    "s12-028": "SELECT count(*) FROM pb WHERE tutor = 'maya' AND strftime('%w', d) = '6'",
    "s12-029": "SELECT count(*) FROM pm WHERE joined LIKE '2024-%'",
    "s12-030": "SELECT group_concat(k, '|') FROM (SELECT cls AS k, count(*) AS v FROM pb GROUP BY 1 ORDER BY v DESC LIMIT 3)",
    "s12-031": label_only(top("pb", "t", "count(*)", "s = 'A'")),
    "s12-032": """SELECT k FROM (SELECT b.tier AS k, 1.0 * b.n / m.n AS v FROM (SELECT tier, count(*) AS n FROM pb GROUP BY 1) b
                  JOIN (SELECT tier, count(*) AS n FROM pm GROUP BY 1) m USING (tier) ORDER BY v DESC LIMIT 1)""",
    "s12-033": "SELECT sum(price) FROM pb WHERE town = 'halifax'",
    # ferry
    "s12-034": "SELECT sum(pax) FROM fs",
    "s12-035": "SELECT count(*) FROM fs WHERE NOT sailed",
    "s12-036": "SELECT 100.0 * sum(NOT sailed AND reason = 'weather') / count(*) FROM fs",
    "s12-037": label_only(top("fs", mname("sched"), "avg(delay)", "sailed")),
    "s12-038": "SELECT sum(fares) FROM fs",
    "s12-039": "SELECT avg(delay) FROM fs WHERE sailed",
    "s12-040": "SELECT count(*) FROM fs WHERE sailed AND delay >= 15",
    "s12-041": label_only(top("fs", "vessel", "sum(cars)")),
    "s12-042": "SELECT sum(cars) FROM fs WHERE dest = 'dunmore' AND strftime('%m', sched) = '08'",
    "s12-043": "SELECT avg(pax) FROM fs WHERE frm = 'carrow' AND dest = 'inishcall'",
    "s12-044": label_only(top("fs", "substr(sched, 12, 5)", "avg(pax)")),
    "s12-045": "SELECT avg(fares) FROM fs WHERE sailed",
    "s12-046": "SELECT sum(bikes) FROM fs WHERE strftime('%m', sched) = '07'",
    "s12-047": "SELECT avg(pax) FROM fs WHERE strftime('%w', sched) = '6'",
    "s12-048": "SELECT max(delay) FROM fs",
    "s12-049": "SELECT count(*) FROM fs WHERE vessel = 'mv aran belle' AND sailed",
    "s12-050": "SELECT 100.0 * sum(CASE WHEN frm = 'dunmore' OR dest = 'dunmore' THEN pax END) / sum(pax) FROM fs",
    "s12-051": label_only(top("fs", dname("sched"), "sum(pax)", "strftime('%w', sched) NOT IN ('0', '6')")),
    "s12-052": "SELECT sum(CASE WHEN strftime('%m', sched) = '09' THEN pax END) - sum(CASE WHEN strftime('%m', sched) = '10' THEN pax END) FROM fs",
    "s12-053": "SELECT 100.0 * sum(delay < 5) / count(*) FROM fs WHERE sailed",
    "s12-054": "SELECT count(*) FROM fs WHERE sailed",
    "s12-055": "SELECT count(*) FROM fs WHERE NOT sailed AND reason = 'technical'",
    "s12-056": "SELECT avg(pax) FROM fs WHERE frm = 'carrow' AND substr(sched, 12, 5) = '09:30'",
    "s12-057": label_only(top("fs", "frm", "sum(pax)")),
    "s12-058": "SELECT sum(fares) FROM fs WHERE (frm = 'dunmore' OR dest = 'dunmore') AND strftime('%m', sched) = '09'",
    "s12-059": "SELECT count(*) FROM fs WHERE pax >= 200",
    "s12-060": "SELECT count(DISTINCT date(sched)) FROM fs WHERE NOT sailed",
    # escape rooms
    "s12-061": "SELECT 100.0 * avg(esc) FROM ep",
    "s12-062": label_only(top("ep", "room", "avg(esc)", order="ASC")),
    "s12-063": label_only(top("eb", "room", "count(*)")),
    "s12-064": "SELECT sum(price) FROM ep",
    "s12-065": "SELECT avg(players) FROM ep",
    "s12-066": "SELECT min(mins) FROM ep WHERE room = 'the vault' AND esc",
    "s12-067": "SELECT avg(mins) FROM ep WHERE room = 'pharaoh''s tomb' AND esc",
    "s12-068": "SELECT count(*) FROM eb WHERE s = 'N'",
    "s12-069": "SELECT 100.0 * sum(via = 'groupon') / count(*) FROM eb",
    "s12-070": label_only(top("ep", dname("d"), "sum(price)")),
    "s12-071": "SELECT count(*) FROM ep WHERE hr < 12",
    "s12-072": f"SELECT count(*) FROM eb WHERE grp = 'corporate' AND {MON_} IN ('04', '05', '06')",
    "s12-073": "SELECT avg(hints) FROM ep WHERE room = 'lab 13'",
    "s12-074": "SELECT sum(price) FROM eb WHERE grp = 'birthday' AND s <> 'C'",
    "s12-075": label_only(top("eb", mname("d"), "count(*)")),
    "s12-076": "SELECT 100.0 * avg(esc) FROM ep WHERE grp = 'date night'",
    "s12-077": "SELECT sum(CASE WHEN strftime('%w', d) = '6' THEN price END) - sum(CASE WHEN strftime('%w', d) = '0' THEN price END) FROM ep",
    "s12-078": "SELECT sum(price) / sum(players) FROM ep",
    "s12-079": "SELECT count(*) FROM ep WHERE esc AND hints = 0",
    "s12-080": "SELECT count(*) FROM eb WHERE room = 'jailbreak'",
    "s12-081": "SELECT 100.0 * sum(s = 'C') / count(*) FROM eb",
    "s12-082": label_only(top("ep", mname("d"), "sum(price)")),
    "s12-083": "SELECT avg(players) FROM ep WHERE grp = 'corporate'",
    "s12-084": "SELECT count(*) FROM ep WHERE strftime('%w', d) = '5' AND hr >= 19",
    "s12-085": label_only(top("ep", "room", "avg(esc)")),
    "s12-086": "SELECT count(*) FROM ep WHERE players >= 6",
    "s12-087": "SELECT avg(price) FROM ep WHERE via <> 'groupon'",
    # village hall
    "s12-088": "SELECT sum(amt) FROM hl",
    "s12-089": "SELECT sum(amt) FROM hfee",
    "s12-090": "SELECT -sum(amt) FROM hl WHERE entry = 'refund'",
    "s12-091": label_only(top("hl", "hirer", "sum(amt)")),
    "s12-092": "SELECT sum(hours) FROM hfee WHERE room = 'main hall' AND NOT cancelled",
    "s12-093": "SELECT count(*) FROM hfee WHERE event = 'wedding reception' AND NOT cancelled",
    "s12-094": "SELECT sum(amt) FROM hl WHERE entry LIKE 'damage%'",
    "s12-095": label_only(top("hl", mname("d") + " || ' ' || substr(d, 1, 4)", "sum(amt)")),
    "s12-096": "SELECT sum(amt) FROM hl WHERE hirer = 'Parish Council'",
    "s12-097": "SELECT count(*) FROM hfee WHERE event = 'birthday party' AND strftime('%w', ev) = '6' AND NOT cancelled",
    "s12-098": "SELECT sum(amt) FROM hl WHERE method = 'cash' AND amt > 0",
    "s12-099": "SELECT avg(amt) FROM hfee WHERE event = 'kids party' AND NOT cancelled",
    "s12-100": "SELECT count(*) FROM hcan",
    "s12-101": "SELECT sum(CASE WHEN d BETWEEN '2025-01-01' AND '2025-03-31' THEN amt END) - sum(CASE WHEN d BETWEEN '2024-10-01' AND '2024-12-31' THEN amt END) FROM hl",
    "s12-102": "SELECT sum(hours) FROM hfee WHERE room = 'committee room' AND NOT cancelled",
    "s12-103": label_only(top("hl", "event", "sum(amt)", "entry IN ('hire fee', 'refund')")),
    "s12-104": "SELECT count(DISTINCT hirer) FROM hl",
    "s12-105": "SELECT count(*) FROM hl WHERE method = 'cheque' AND amt > 0",
    "s12-106": "SELECT sum(amt) FROM hl WHERE entry = 'deposit'",
    "s12-107": "SELECT count(*) FROM hfee WHERE hirer = 'Calder Yoga'",
    "s12-108": "SELECT avg(amt) FROM hfee WHERE room = 'whole building' AND NOT cancelled",
    "s12-109": label_only(top("hfee", dname("ev"), "count(*)")),
    # laundrette
    "s12-110": "SELECT sum(take) FROM lw",
    "s12-111": top("lw", "site", "sum(take)"),
    "s12-112": "SELECT 100.0 * sum(card) / sum(take) FROM lw",
    "s12-113": label_only(top("lw", "machine", "sum(take)", "site = 'harbour road'")),
    "s12-114": "SELECT sum(cycles) FROM lw WHERE mtype = 'dryer'",
    "s12-115": label_only(top("lw", dname("d"), "sum(cycles)")),
    "s12-116": "SELECT avg(cycles) FROM lw WHERE site = 'main street' AND mtype = 'washer'",
    "s12-117": "SELECT count(*) FROM ld WHERE site = 'harbour road' AND machine = 'W04' AND NOT ok",
    "s12-118": label_only(top("ld", "machine", "count(*)", "NOT ok")),
    "s12-119": f"SELECT 100.0 * sum(card) / sum(take) FROM lw WHERE {MON_} = '08'",
    "s12-120": label_only(top("lw", mname("d"), "sum(take)")),
    "s12-121": "SELECT sum(take) FROM lw WHERE site = 'harbour road' AND strftime('%w', d) = '0'",
    "s12-122": "SELECT sum(take) FROM lw WHERE mtype = 'large washer'",
    "s12-123": "SELECT sum(take) / count(DISTINCT d) FROM ld",
    "s12-124": label_only(top("lw", "d", "sum(take)", "site = 'harbour road'")),
    "s12-125": "SELECT count(*) FROM ld WHERE NOT ok",
    "s12-126": f"SELECT sum(coin) FROM lw WHERE site = 'main street' AND {MON_} = '06'",
    "s12-127": "SELECT sum(take) / sum(cycles) FROM lw WHERE mtype = 'dryer'",
    "s12-128": "SELECT count(*) FROM lw WHERE mtype = 'washer' AND cycles >= 12",
    "s12-129": "SELECT sum(CASE WHEN site = 'main street' THEN cycles END) - sum(CASE WHEN site = 'harbour road' THEN cycles END) FROM lw",
    "s12-130": "SELECT avg(take) FROM lw WHERE site = 'harbour road'",
    "s12-131": f"SELECT sum(cycles) FROM lw WHERE site = 'main street' AND machine = 'D03' AND {MON_} = '05'",
    "s12-132": f"SELECT sum(CASE WHEN {MON_} = '08' THEN card END) - sum(CASE WHEN {MON_} = '03' THEN card END) FROM lw",
}


def groups_match(parts, groups):
    """Each SQL part names a different label group of the truth, and every group is named."""
    groups = [[g.casefold()] if isinstance(g, str) else [x.casefold() for x in g] for g in groups]
    if len(parts) != len(groups):
        return False
    used = set()
    for p in parts:
        hit = [i for i, g in enumerate(groups) if p.casefold() in g and i not in used]
        if not hit:
            return False
        used.add(hit[0])
    return len(used) == len(groups)


def close(a, b):
    return a is not None and abs(float(a) - b) <= 0.01 + 1e-9 * abs(b)


def main():
    db = sqlite3.connect(":memory:")
    for p in sorted(DATA.glob("*.csv")):
        load(db, p.name)
    for v in VIEWS:
        db.execute(v)
    # sanity: every status and entry read into a known value
    assert db.execute("SELECT count(*) FROM pb WHERE s IS NULL").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM pb0").fetchone()[0] == db.execute("SELECT count(*) FROM pb").fetchone()[0]
    assert db.execute("SELECT count(*) FROM fs WHERE NOT sailed AND pax IS NOT NULL").fetchone()[0] == 0
    truths = {q["id"]: q["truth"] for q in json.loads((HERE / "questions.json").read_text(encoding="utf-8"))}
    missing_checks = sorted(set(truths) - set(CHECKS))
    extra = sorted(set(CHECKS) - set(truths))
    bad = 0
    for qid, sql in CHECKS.items():
        if qid not in truths:
            continue
        row = db.execute(sql).fetchone()
        want = truths[qid]
        if "labels" in want:
            got = row[0].split("|")
            ok = groups_match(got, want["labels"])
            shown = f"sql={got}  truth={want['labels']}"
        elif isinstance(row[0], str):
            ok = row[0].casefold() in [x.casefold() for x in want["label"]]
            if ok and len(row) > 1 and "number" in want:
                ok = close(row[1], want["number"])
            shown = f"sql={row[0]!r}{'' if len(row) < 2 else f' {float(row[1]):.4f}'}  truth={want}"
        else:
            ok = "number" in want and close(row[0], want["number"])
            shown = f"sql={row[0] if row[0] is None else f'{float(row[0]):.4f}'}  truth={want.get('number', want)}"
        bad += not ok
        print(f"{qid}  {'ok ' if ok else 'MISMATCH'}  {shown}")
    if missing_checks:
        print(f"no SQL check for {missing_checks}")
        bad += len(missing_checks)
    if extra:
        print(f"SQL checks for unknown ids {extra}")
        bad += len(extra)
    print(f"{len(truths) - bad} of {len(truths)} agree ({len(truths)} questions)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
