#!/usr/bin/env python3
"""Held-out set 2: recompute truths a second way and compare with questions.json.

    python3 tests/heldout/set2/crosscheck.py     # exit 1 on a mismatch

The raw CSVs are loaded into an in-memory SQLite database as text, exactly as written, and every
cleaning step (spelling folding, money strings, missing words, the three date orders, the lookup
join) is done in SQL only. No code is shared with truths.py. Each check names its question by text,
so reordering questions.json cannot pair a check with the wrong truth.
"""

import csv
import json
import sqlite3
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"


def load(con, name):
    with open(DATA / name, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    table = name[:-4]
    cols = rows[0]
    con.execute(f"CREATE TABLE raw_{table} ({', '.join(c + ' TEXT' for c in cols)})")
    con.executemany(f"INSERT INTO raw_{table} VALUES ({', '.join('?' * len(cols))})", rows[1:])


# SQL fragments
def F(col):
    """fold a spelling: single spaces, no leading/trailing spaces or trailing dots, lower case."""
    return f"LOWER(TRIM(RTRIM(TRIM(REPLACE(REPLACE({col}, '  ', ' '), '  ', ' ')), '.')))"


def M(col):
    """a money/number string, NULL for blanks and missing words."""
    return (f"CASE WHEN LOWER(TRIM({col})) IN ('', 'n/a', '-', 'not recorded', 'no response') THEN NULL "
            f"ELSE CAST(REPLACE(REPLACE(TRIM({col}), '$', ''), ',', '') AS REAL) END")


VIEWS = f"""
CREATE VIEW products AS SELECT TRIM(sku) AS sku, product_name AS name, {F('category')} AS category,
    {F('supplier')} AS supplier, {M('list_price')} AS list_price FROM raw_products;
CREATE VIEW movements AS SELECT m.movement_id AS id, m.date AS d, TRIM(m.sku) AS sku, {F('m.warehouse')} AS wh,
    {F('m.movement_type')} AS type, CAST(m.qty AS INTEGER) AS qty, {M('m.unit_cost')} AS cost,
    p.category AS category, p.supplier AS supplier
    FROM raw_movements m JOIN products p ON p.sku = TRIM(m.sku);
CREATE VIEW tickets AS SELECT ticket_id AS id, opened_at AS ts, substr(opened_at, 1, 10) AS d,
    CAST(substr(opened_at, 12, 2) AS INTEGER) AS hour, {F('channel')} AS channel, {F('category')} AS category,
    {F('priority')} AS priority, {F('agent')} AS agent, {F('team')} AS team, {F('status')} AS status,
    {M('handle_minutes')} AS minutes, {F('first_contact_resolution')} AS fcr, {M('csat')} AS csat FROM raw_tickets;
CREATE VIEW bookings AS SELECT booking_ref AS ref,
    substr(booked_on, 7, 4) || '-' || substr(booked_on, 1, 2) || '-' || substr(booked_on, 4, 2) AS booked,
    substr(check_in, 7, 4) || '-' || substr(check_in, 1, 2) || '-' || substr(check_in, 4, 2) AS checkin,
    CAST(nights AS INTEGER) AS nights, {F('room_type')} AS room, {F('channel')} AS channel,
    {F('guest_country')} AS country, CAST(adults AS INTEGER) AS adults, CAST(children AS INTEGER) AS children,
    {M('nightly_rate')} AS rate, {F('status')} AS status FROM raw_bookings;
CREATE VIEW trips AS SELECT trip_id AS id,
    substr(start_time, 7, 4) || '-' || substr(start_time, 4, 2) || '-' || substr(start_time, 1, 2) AS d,
    CAST(substr(start_time, 12, 2) AS INTEGER) AS hour, TRIM(vehicle_id) AS vehicle, {F('vehicle_type')} AS vtype,
    {F('from_zone')} AS zfrom, {F('to_zone')} AS zto, {M('distance_km')} AS km, {M('duration_min')} AS mins,
    {M('fare')} AS fare, {F('member_type')} AS member, {M('rating')} AS rating FROM raw_trips;
CREATE VIEW ledger AS SELECT entry_id AS id,
    substr(date, 7, 4) || '-' || substr(date, 4, 2) || '-' || substr(date, 1, 2) AS d,
    {F('category')} AS category, {F('campaign')} AS campaign, TRIM(donor_or_payee) AS party,
    {F('method')} AS method, {M('amount')} AS amount FROM raw_charity_ledger;
CREATE VIEW ads0 AS SELECT date AS raw, instr(date, '/') AS s1, {F('campaign')} AS campaign,
    {F('channel')} AS channel, CAST(impressions AS INTEGER) AS impressions, CAST(clicks AS INTEGER) AS clicks,
    {M('spend')} AS spend, CAST(conversions AS INTEGER) AS conversions, {M('revenue')} AS revenue FROM raw_ad_spend;
CREATE VIEW ads1 AS SELECT *, substr(raw, s1 + 1) AS rest FROM ads0;
CREATE VIEW ads AS SELECT substr(rest, -4) || '-' || printf('%02d', CAST(substr(raw, 1, s1 - 1) AS INTEGER)) || '-'
    || printf('%02d', CAST(substr(rest, 1, instr(rest, '/') - 1) AS INTEGER)) AS d,
    campaign, channel, impressions, clicks, spend, conversions, revenue FROM ads1;
"""

# (question text, kind, SQL...) ; kind: number | numbers | label (SQL returns the top label first)
CHECKS = [
    ("How many units did we dispatch in 2024?", "number",
     "SELECT -SUM(qty) FROM movements WHERE type = 'dispatch' AND d LIKE '2024-%'"),
    ("What did the stock we received in Q1 2024 cost us in total?", "number",
     "SELECT SUM(qty * cost) FROM movements WHERE type = 'receipt' AND d BETWEEN '2024-01-01' AND '2024-03-31'"),
    ("Which product category had the most units dispatched?", "label",
     "SELECT category FROM movements WHERE type = 'dispatch' GROUP BY category ORDER BY -SUM(qty) DESC"),
    ("How many units of hand tools went out of the Glasgow warehouse in June?", "number",
     "SELECT -SUM(qty) FROM movements WHERE type = 'dispatch' AND category = 'hand tools' AND wh = 'glasgow' "
     "AND d LIKE '2024-06-%'"),
    ("Which supplier did we receive the most stock value from?", "label",
     "SELECT supplier FROM movements WHERE type = 'receipt' GROUP BY supplier ORDER BY SUM(qty * cost) DESC"),
    ("What is the net quantity of all stock adjustments in 2024?", "number",
     "SELECT SUM(qty) FROM movements WHERE type = 'adjustment'"),
    ("whats the cost value of everything dispatched from leeds", "number",
     "SELECT SUM(-qty * cost) FROM movements WHERE type = 'dispatch' AND wh = 'leeds'"),
    ("What's the average list price of our safety products?", "number",
     "SELECT AVG(list_price) FROM products WHERE category = 'safety'"),
    ("whats the avg handle time for billing tickets", "number",
     "SELECT AVG(minutes) FROM tickets WHERE category = 'billing'"),
    ("Which agent handled the most tickets?", "label",
     "SELECT agent FROM tickets GROUP BY agent ORDER BY COUNT(*) DESC"),
    ("What hour of the day do most tickets come in?", "label",
     "SELECT printf('%02d:00', hour) FROM tickets GROUP BY hour ORDER BY COUNT(*) DESC"),
    ("Which day of the week is busiest for tickets?", "label",
     "SELECT CASE strftime('%w', d) WHEN '0' THEN 'Sunday' WHEN '1' THEN 'Monday' WHEN '2' THEN 'Tuesday' "
     "WHEN '3' THEN 'Wednesday' WHEN '4' THEN 'Thursday' WHEN '5' THEN 'Friday' ELSE 'Saturday' END AS wd "
     "FROM tickets GROUP BY wd ORDER BY COUNT(*) DESC"),
    ("Average CSAT score for chat?", "number", "SELECT AVG(csat) FROM tickets WHERE channel = 'chat'"),
    ("How many hours in total did agents spend handling tickets in March?", "number",
     "SELECT SUM(minutes) / 60.0 FROM tickets WHERE d LIKE '2024-03-%'"),
    ("What share of email tickets were solved on first contact?", "number",
     "SELECT 100.0 * SUM(fcr = 'yes') / COUNT(*) FROM tickets WHERE channel = 'email'"),
    ("How much room revenue did checked-out stays bring in for 2024?", "number",
     "SELECT SUM(nights * rate) FROM bookings WHERE status = 'checked out' AND checkin LIKE '2024-%'"),
    ("What's our cancellation rate?", "number",
     "SELECT 100.0 * SUM(status = 'cancelled') / COUNT(*) FROM bookings"),
    ("What was our average nightly rate across all checked-out room nights in 2023?", "number",
     "SELECT SUM(nights * rate) / SUM(nights) FROM bookings WHERE status = 'checked out' AND checkin LIKE '2023-%'"),
    ("On average, how many days ahead do guests book?", "number",
     "SELECT AVG(julianday(checkin) - julianday(booked)) FROM bookings"),
    ("Compare summer room revenue (June to August) in 2023 and 2024 for checked-out stays.", "numbers",
     "SELECT SUM(nights * rate) FROM bookings WHERE status = 'checked out' AND checkin BETWEEN '2023-06-01' AND '2023-08-31'",
     "SELECT SUM(nights * rate) FROM bookings WHERE status = 'checked out' AND checkin BETWEEN '2024-06-01' AND '2024-08-31'"),
    ("Which booking channel has the highest cancellation rate?", "label",
     "SELECT channel FROM bookings GROUP BY channel ORDER BY 1.0 * SUM(status = 'cancelled') / COUNT(*) DESC"),
    ("What was the single most expensive completed stay, and what did it come to?", "label+number",
     "SELECT ref, nights * rate FROM bookings WHERE status = 'checked out' ORDER BY nights * rate DESC"),
    ("What's the most popular route?", "number",
     "SELECT COUNT(*) FROM trips GROUP BY zfrom, zto ORDER BY COUNT(*) DESC"),
    ("How much do we earn per km driven, overall?", "number", "SELECT SUM(fare) / SUM(km) FROM trips"),
    ("What share of trips end in the same zone they started in?", "number",
     "SELECT 100.0 * SUM(zfrom = zto) / COUNT(*) FROM trips"),
    ("Total fares paid by casual users in July?", "number",
     "SELECT SUM(fare) FROM trips WHERE member = 'casual' AND d LIKE '2024-07-%'"),
    ("What's the average rating for the vans?", "number", "SELECT AVG(rating) FROM trips WHERE vtype = 'van'"),
    ("What's the average speed of our trips in km/h?", "number", "SELECT SUM(km) / (SUM(mins) / 60.0) FROM trips"),
    ("Which weekday has the most trips?", "label",
     "SELECT CASE strftime('%w', d) WHEN '0' THEN 'Sunday' WHEN '1' THEN 'Monday' WHEN '2' THEN 'Tuesday' "
     "WHEN '3' THEN 'Wednesday' WHEN '4' THEN 'Thursday' WHEN '5' THEN 'Friday' ELSE 'Saturday' END AS wd "
     "FROM trips GROUP BY wd ORDER BY COUNT(*) DESC"),
    ("How much money came in during 2024?", "number",
     "SELECT SUM(amount) FROM ledger WHERE amount > 0 AND d LIKE '2024-%'"),
    ("What did we spend in 2023 in total?", "number",
     "SELECT -SUM(amount) FROM ledger WHERE amount < 0 AND d LIKE '2023-%'"),
    ("What's our net result for 2024, money in minus money out?", "number",
     "SELECT SUM(amount) FROM ledger WHERE d LIKE '2024-%'"),
    ("How many diffrent donors gave in 2023?", "number",
     "SELECT COUNT(DISTINCT party) FROM ledger WHERE category = 'donation' AND d LIKE '2023-%'"),
    ("which month in 2024 brought in the most donations?", "label",
     "SELECT substr(d, 1, 7) AS ym FROM ledger WHERE category = 'donation' AND d LIKE '2024-%' "
     "GROUP BY ym ORDER BY SUM(amount) DESC"),
    ("What share of donation money came in by card?", "number",
     "SELECT 100.0 * SUM(CASE WHEN method = 'card' THEN amount ELSE 0 END) / SUM(amount) FROM ledger "
     "WHERE category = 'donation'"),
    ("What was our overall click-through rate?", "number",
     "SELECT 100.0 * SUM(clicks) / SUM(impressions) FROM ads"),
    ("Which channel has the cheapest cost per click?", "label",
     "SELECT channel FROM ads GROUP BY channel ORDER BY SUM(spend) / SUM(clicks) ASC"),
    ("What's the return on ad spend for the black friday campaign?", "number",
     "SELECT SUM(revenue) / SUM(spend) FROM ads WHERE campaign = 'black friday'"),
    ("How much did we spend on facebook in march?", "number",
     "SELECT SUM(spend) FROM ads WHERE channel = 'facebook' AND d LIKE '2024-03-%'"),
    ("Spend in Q3 vs Q4?", "numbers",
     "SELECT SUM(spend) FROM ads WHERE d BETWEEN '2024-07-01' AND '2024-09-31'",
     "SELECT SUM(spend) FROM ads WHERE d BETWEEN '2024-10-01' AND '2024-12-31'"),
    ("How many days did the Summer Launch campaign run?", "number",
     "SELECT COUNT(DISTINCT d) FROM ads WHERE campaign = 'summer launch'"),
    ("What did we spend on everything except Brand Always-On?", "number",
     "SELECT SUM(spend) FROM ads WHERE campaign <> 'brand always-on'"),
]


def close(a, b):
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def label_matches(got, truth_label):
    options = [truth_label] if isinstance(truth_label, str) else truth_label
    return any(str(got).strip().lower() == o.lower() for o in options)


def main():
    con = sqlite3.connect(":memory:")
    for p in sorted(DATA.glob("*.csv")):
        load(con, p.name)
    con.executescript(VIEWS)
    questions = {q["question"]: q for q in json.loads((HERE / "questions.json").read_text(encoding="utf-8"))}
    bad = 0
    for question, kind, *sqls in CHECKS:
        q = questions.get(question)
        if q is None:
            print(f"MISSING  {question}")
            bad += 1
            continue
        t = q["truth"]
        if kind == "number":
            got = con.execute(sqls[0]).fetchone()[0]
            ok = close(got, t["number"])
            shown = got
        elif kind == "numbers":
            got = [con.execute(s).fetchone()[0] for s in sqls]
            ok = len(got) == len(t["numbers"]) and all(close(a, b) for a, b in zip(got, t["numbers"]))
            shown = got
        elif kind == "label":
            rows = con.execute(sqls[0]).fetchall()
            got = rows[0][0]
            ok = label_matches(got, t["label"])
            shown = got
        else:  # label+number
            ref, val = con.execute(sqls[0]).fetchone()
            ok = label_matches(ref, t["label"]) and close(val, t["number"])
            shown = (ref, val)
        print(f"{'ok  ' if ok else 'DIFF'}  {q['id']}  {question}  sql={shown!r}  truth={t}")
        bad += 0 if ok else 1
    print(f"\n{len(CHECKS) - bad} of {len(CHECKS)} truths agree")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
