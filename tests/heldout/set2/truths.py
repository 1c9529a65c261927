#!/usr/bin/env python3
"""Held-out set 2: every question beside the code that computes its truth from the committed CSVs.

    python3 tests/heldout/set2/truths.py      # rewrites questions.json

Nothing here reads or runs the app. The CSVs are parsed by this file alone.

Reading rules (what a careful human analyst does with these exports):
  * Spellings of one value are one value: case, leading/trailing/doubled spaces and trailing
    punctuation are folded ("Hand  Tools", "hand tools ", "HAND TOOLS", "Dispatch." are one value).
  * Blank cells and the words "n/a", "-", "not recorded", "no response" in a numeric column are
    missing: left out of sums, averages and counts of that column.
  * Money strings ("$1,234.50", "1,234.50", "1234.50", "$1234.50", "-$1,650.00") are numbers.
  * Signed columns: money/stock that goes out is negative in the data; "how much did we spend",
    "how many units went out" are answered as positive amounts. "Net" keeps the sign.
  * A rate is a ratio of sums (click-through rate = total clicks / total impressions, revenue per km
    = total fares / total km, average nightly rate = room revenue / room nights); percentages are
    given as the percent value (12.34 means 12.34%).
  * A measure the data defines but does not store is computed per row and summed: stock value =
    quantity x unit cost, a stay's room revenue = nights x nightly rate.
  * Dates: movements ISO (2024-03-04); tickets ISO with time of day; bookings US (MM/DD/YYYY);
    trips day-first with time (DD/MM/YYYY HH:MM); charity ledger day-first (DD/MM/YYYY); ad spend
    US without padding (M/D/YYYY). A booking belongs to the period of its check-in date.
  * "Which X ..." truths are asserted to lead the runner-up clearly (winner()), so a small reading
    difference cannot flip the label.
"""

import csv
import datetime as dt
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
MISSING = {"", "n/a", "-", "not recorded", "no response"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


# ----------------------------------------------------------------------------------------------
# parsing


def fold(s):
    """One spelling per value: lower case, single spaces, no trailing punctuation."""
    s = re.sub(r"\s+", " ", s).strip()
    s = re.sub(r"[.,;:!]+$", "", s).strip()
    return s.lower()


def num(s):
    """A number from a cell, or None when the cell means missing."""
    t = s.strip()
    if t.lower() in MISSING:
        return None
    t = t.replace("$", "").replace(",", "")
    return float(t)


def read(name):
    with open(DATA / name, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def iso_date(s):
    return dt.date.fromisoformat(s.strip())


def us_date(s):
    m, d, y = s.strip().split("/")
    return dt.date(int(y), int(m), int(d))


def dayfirst_date(s):
    d, m, y = s.strip().split("/")
    return dt.date(int(y), int(m), int(d))


# ----------------------------------------------------------------------------------------------
# the datasets, cleaned

products = {}
for r in read("products.csv"):
    products[r["sku"].strip()] = {"sku": r["sku"].strip(), "name": r["product_name"].strip(),
                                  "category": fold(r["category"]), "supplier": fold(r["supplier"]),
                                  "list_price": num(r["list_price"])}

movements = []
for r in read("movements.csv"):
    movements.append({"id": r["movement_id"], "date": iso_date(r["date"]), "sku": r["sku"].strip(),
                      "wh": fold(r["warehouse"]), "type": fold(r["movement_type"]), "qty": int(r["qty"]),
                      "cost": num(r["unit_cost"])})
for m in movements:
    p = products[m["sku"]]
    m["category"], m["supplier"], m["name"] = p["category"], p["supplier"], p["name"]

tickets = []
for r in read("tickets.csv"):
    ts = dt.datetime.strptime(r["opened_at"].strip(), "%Y-%m-%d %H:%M")
    tickets.append({"id": r["ticket_id"], "ts": ts, "channel": fold(r["channel"]), "category": fold(r["category"]),
                    "priority": fold(r["priority"]), "agent": fold(r["agent"]), "team": fold(r["team"]),
                    "status": fold(r["status"]), "minutes": num(r["handle_minutes"]),
                    "fcr": fold(r["first_contact_resolution"]), "csat": num(r["csat"])})

bookings = []
for r in read("bookings.csv"):
    b = {"ref": r["booking_ref"].strip(), "booked": us_date(r["booked_on"]), "checkin": us_date(r["check_in"]),
         "nights": int(r["nights"]), "room": fold(r["room_type"]), "channel": fold(r["channel"]),
         "country": fold(r["guest_country"]), "adults": int(r["adults"]), "children": int(r["children"]),
         "rate": num(r["nightly_rate"]), "status": fold(r["status"])}
    b["revenue"] = b["nights"] * b["rate"]
    bookings.append(b)
stays = [b for b in bookings if b["status"] == "checked out"]

trips = []
for r in read("trips.csv"):
    ts = dt.datetime.strptime(r["start_time"].strip(), "%d/%m/%Y %H:%M")
    trips.append({"id": r["trip_id"], "ts": ts, "vehicle": r["vehicle_id"].strip(), "vtype": fold(r["vehicle_type"]),
                  "from": fold(r["from_zone"]), "to": fold(r["to_zone"]), "km": num(r["distance_km"]),
                  "min": num(r["duration_min"]), "fare": num(r["fare"]), "member": fold(r["member_type"]),
                  "rating": num(r["rating"])})

ledger = []
for r in read("charity_ledger.csv"):
    ledger.append({"id": r["entry_id"], "date": dayfirst_date(r["date"]), "category": fold(r["category"]),
                   "campaign": fold(r["campaign"]), "party": r["donor_or_payee"].strip(), "method": fold(r["method"]),
                   "amount": num(r["amount"])})
donations = [e for e in ledger if e["category"] == "donation"]

ads = []
for r in read("ad_spend.csv"):
    ads.append({"date": us_date(r["date"]), "campaign": fold(r["campaign"]), "channel": fold(r["channel"]),
                "impressions": int(r["impressions"]), "clicks": int(r["clicks"]), "spend": num(r["spend"]),
                "conversions": int(r["conversions"]), "revenue": num(r["revenue"])})


# ----------------------------------------------------------------------------------------------
# helpers


def total(rows, f):
    return sum(f(r) for r in rows)


def mean(values):
    values = [v for v in values if v is not None]
    return sum(values) / len(values)


def by(rows, key, f=lambda r: 1):
    out = defaultdict(float)
    for r in rows:
        out[key(r)] += f(r)
    return dict(out)


def winner(d, lowest=False, margin=0.04):
    """The key with the largest (smallest) value; asserts it leads the runner-up by margin (relative)."""
    items = sorted(d.items(), key=lambda kv: kv[1], reverse=not lowest)
    (k1, v1), (k2, v2) = items[0], items[1]
    gap = (v1 - v2) if not lowest else (v2 - v1)
    assert gap > margin * max(abs(v1), abs(v2)), f"no clear winner: {items[:3]}"
    return k1


def top_n(d, n, margin=0.03):
    items = sorted(d.items(), key=lambda kv: kv[1], reverse=True)
    assert items[n - 1][1] > items[n][1] * (1 + margin), f"top {n} not clear: {items[:n + 2]}"
    return [k for k, _ in items[:n]]


def in_month(d, y, m):
    return d.year == y and d.month == m


def quarter(d):
    return (d.month - 1) // 3 + 1


def month_label(m, y=None):
    out = [MONTHS[m - 1]]
    if y:
        out.append(f"{y}-{m:02d}")
    return out


def weekday_label(i):
    return [WEEKDAYS[i], WEEKDAYS[i] + "s"]


def hour_label(h):
    h12 = h % 12 or 12
    ap = "am" if h < 12 else "pm"
    out = [f"{h:02d}:00", f"{h}:00", f"{h12} {ap}", f"{h12}{ap}", f"{h12} {ap[0]}.m.", f"{h12}:00 {ap}",
            f"{h12}:00{ap}", f"{h12}:00 {ap.upper()}", f"{h}h", f"hour {h}"]
    return list(dict.fromkeys(out))


def title(s):
    return " ".join(w[:1].upper() + w[1:] for w in s.split(" "))


def product_label(sku):
    name = products[sku]["name"]
    short = re.sub(r"\s*\(.*\)$", "", name)
    return [name, short, sku] if short != name else [name, sku]


QUESTIONS = []


def q(dataset, question, truth, note):
    for k in ("number",):
        if k in truth:
            truth[k] = round(truth[k], 6)
    if "numbers" in truth:
        truth["numbers"] = [round(x, 6) for x in truth["numbers"]]
    note = re.sub(r"\d+\.\d{5,}", lambda m: f"{float(m.group()):.4f}".rstrip("0").rstrip("."), note)
    QUESTIONS.append({"dataset": dataset, "question": question, "truth": truth, "note": note})


# ----------------------------------------------------------------------------------------------
# warehouse: movements.csv + products.csv

W = ["movements.csv", "products.csv"]
disp = [m for m in movements if m["type"] == "dispatch"]
recv = [m for m in movements if m["type"] == "receipt"]
out_units = lambda m: -m["qty"]  # noqa: E731  dispatch quantities are negative
value = lambda m: abs(m["qty"]) * m["cost"]  # noqa: E731

q(W, "How many units did we dispatch in 2024?",
  {"number": total(disp, out_units), "unit": "units"},
  "sum of -qty over movement_type 'dispatch' (all spellings); every row is 2024")

q(W, "What did the stock we received in Q1 2024 cost us in total?",
  {"number": total([m for m in recv if quarter(m["date"]) == 1], value), "unit": "$"},
  "receipts Jan-Mar; cost = qty x unit_cost per line, summed")

wh_units = by(disp, lambda m: m["wh"], out_units)
q(W, "Which warehouse shipped out the most units?",
  {"label": title(winner(wh_units))},
  f"units dispatched per warehouse (folded): {sorted(wh_units.items())}")

q(W, "net stock change for SKU-1026 over the whole year?",
  {"number": total([m for m in movements if m["sku"] == "SKU-1026"], lambda m: m["qty"]), "unit": "units"},
  "signed sum of qty over every movement type (receipts, returns +; dispatches -; adjustments +/-)")

q(W, "how many returns were logged at bristol",
  {"number": len([m for m in movements if m["type"] == "return" and m["wh"] == "bristol"]), "unit": "rows"},
  "count of movement rows with type 'return' at Bristol (spellings folded)")

cat_units = by(disp, lambda m: m["category"], out_units)
q(W, "Which product category had the most units dispatched?",
  {"label": title(winner(cat_units))},
  f"join movements.sku -> products.category (folded); units dispatched: {sorted(cat_units.items())}")

q(W, "How many units of hand tools went out of the Glasgow warehouse in June?",
  {"number": total([m for m in disp if m["category"] == "hand tools" and m["wh"] == "glasgow"
                    and in_month(m["date"], 2024, 6)], out_units), "unit": "units"},
  "dispatches, category via the products lookup, Glasgow, June 2024")

prod_units = by(disp, lambda m: m["sku"], out_units)
q(W, "top 3 products by units dispatched",
  {"labels": [product_label(s) for s in top_n(prod_units, 3)]},
  "units dispatched per SKU; a label is the product name (with or without its pack size) or the SKU")

sup_value = by(recv, lambda m: m["supplier"], value)
assert winner(sup_value) == winner(by(recv, lambda m: m["supplier"], lambda m: m["qty"] * products[m["sku"]]["list_price"]))
q(W, "Which supplier did we receive the most stock value from?",
  {"label": title(winner(sup_value)).replace("&", "&")},
  f"receipts, value = qty x unit_cost (same winner at list price), supplier via the products lookup: {sorted(sup_value.items())}")

q(W, "How many different products did Glasgow dispatch in December?",
  {"number": len({m["sku"] for m in disp if m["wh"] == "glasgow" and in_month(m["date"], 2024, 12)}),
   "unit": "products"},
  "distinct SKUs on dispatch lines from Glasgow in December 2024")

q(W, "What share of all dispatched units left from Leeds?",
  {"number": 100 * wh_units["leeds"] / sum(wh_units.values()), "unit": "%"},
  "Leeds dispatched units / all dispatched units")

q(W, "Compare units dispatched in March and April.",
  {"numbers": [total([m for m in disp if in_month(m["date"], 2024, mo)], out_units) for mo in (3, 4)],
   "unit": "units"},
  "units dispatched in March 2024 and in April 2024: both numbers")

q(W, "What is the net quantity of all stock adjustments in 2024?",
  {"number": total([m for m in movements if m["type"] == "adjustment"], lambda m: m["qty"]), "unit": "units"},
  "signed sum of qty over adjustment rows")

month_units = by(disp, lambda m: m["date"].month, out_units)
q(W, "Which month had the highest dispatch volume in units?",
  {"label": month_label(winner(month_units), 2024)},
  f"units dispatched per month: {sorted(month_units.items())}")

q(W, "What's the average list price of our safety products?",
  {"number": mean([p["list_price"] for p in products.values() if p["category"] == "safety"]), "unit": "$"},
  "products lookup only: mean list_price over the products whose category folds to 'safety'")

q(W, "How many dispatch lines were for more than 200 units?",
  {"number": len([m for m in disp if -m["qty"] > 200]), "unit": "rows"},
  "dispatch rows with |qty| > 200")

q(W, "whats the cost value of everything dispatched from leeds",
  {"number": total([m for m in disp if m["wh"] == "leeds"], value), "unit": "$"},
  "dispatches from Leeds; value = |qty| x unit_cost, positive")

q(W, "What's the average dispatch size for fasteners, in units per dispatch?",
  {"number": mean([-m["qty"] for m in disp if m["category"] == "fasteners"]), "unit": "units"},
  "mean |qty| over dispatch lines whose product (via lookup) is a fastener")

q(W, "Total units recieved in 2024, not counting Glasgow?",
  {"number": total([m for m in recv if m["wh"] != "glasgow"], lambda m: m["qty"]), "unit": "units"},
  "receipts at Leeds and Bristol (returns are not receipts)")


# ----------------------------------------------------------------------------------------------
# call centre: tickets.csv

T = ["tickets.csv"]

q(T, "How many tickets came in by phone?",
  {"number": len([t for t in tickets if t["channel"] == "phone"]), "unit": "tickets"},
  "channel folded to 'phone'")

q(T, "whats the avg handle time for billing tickets",
  {"number": mean([t["minutes"] for t in tickets if t["category"] == "billing"]), "unit": "minutes"},
  "mean handle_minutes over billing tickets; blank, n/a, -, 'not recorded' left out")

agent_n = by(tickets, lambda t: t["agent"])
q(T, "Which agent handled the most tickets?",
  {"label": title(winner(agent_n))},
  f"tickets per agent, names folded (case, double spaces): top {sorted(agent_n.items(), key=lambda kv: -kv[1])[:3]}")

q(T, "What's our first contact resolution rate overall?",
  {"number": 100 * len([t for t in tickets if t["fcr"] == "yes"]) / len(tickets), "unit": "%"},
  "tickets with first_contact_resolution yes / all tickets (the column has no blanks)")

hour_n = by(tickets, lambda t: t["ts"].hour)
q(T, "What hour of the day do most tickets come in?",
  {"label": hour_label(winner(hour_n))},
  f"tickets per hour of opened_at: {sorted(hour_n.items())}")

wd_n = by(tickets, lambda t: t["ts"].weekday())
q(T, "Which day of the week is busiest for tickets?",
  {"label": weekday_label(winner(wd_n))},
  f"tickets per weekday (0=Monday): {sorted(wd_n.items())}")

q(T, "Average CSAT score for chat?",
  {"number": mean([t["csat"] for t in tickets if t["channel"] == "chat"]), "unit": "score"},
  "mean csat over chat tickets with a score; blank and 'no response' left out")

q(T, "how many urgent tickets did we get in Q2",
  {"number": len([t for t in tickets if t["priority"] == "urgent" and quarter(t["ts"]) == 2]), "unit": "tickets"},
  "priority folded to 'urgent', opened April-June 2024")

q(T, "What percentage of tickets got escalated?",
  {"number": 100 * len([t for t in tickets if t["status"] == "escalated"]) / len(tickets), "unit": "%"},
  "status folded to 'escalated' / all tickets")

q(T, "Ticket volume in January vs February?",
  {"numbers": [len([t for t in tickets if in_month(t["ts"], 2024, mo)]) for mo in (1, 2)], "unit": "tickets"},
  "tickets opened in January 2024 and in February 2024: both numbers")

cat_min = {c: mean([t["minutes"] for t in tickets if t["category"] == c]) for c in sorted({t["category"] for t in tickets})}
q(T, "Which ticket category takes the longest to handle on average?",
  {"label": title(winner(cat_min))},
  f"mean handle_minutes per category (missing left out): {cat_min}")

q(T, "top 3 agents by number of tickets",
  {"labels": [title(a) for a in top_n(agent_n, 3)]},
  "tickets per agent, names folded")

q(T, "How many tickets took more than 40 minutes to handle?",
  {"number": len([t for t in tickets if t["minutes"] is not None and t["minutes"] > 40]), "unit": "tickets"},
  "handle_minutes > 40; missing not counted")

chan_csat = {c: mean([t["csat"] for t in tickets if t["channel"] == c]) for c in ("phone", "email", "chat")}
q(T, "Which channel has the best customer satisfaction?",
  {"label": title(winner(chan_csat))},
  f"mean csat per channel (missing left out): {chan_csat}")

q(T, "How many hours in total did agents spend handling tickets in March?",
  {"number": total([t for t in tickets if in_month(t["ts"], 2024, 3) and t["minutes"] is not None],
                   lambda t: t["minutes"]) / 60, "unit": "hours"},
  "sum of handle_minutes for tickets opened in March 2024 (missing left out), divided by 60")

q(T, "how many different agents are on tier 2?",
  {"number": len({t["agent"] for t in tickets if t["team"] == "tier 2"}), "unit": "agents"},
  "distinct folded agent names on Tier 2 tickets")

q(T, "What share of email tickets were solved on first contact?",
  {"number": 100 * len([t for t in tickets if t["channel"] == "email" and t["fcr"] == "yes"])
   / len([t for t in tickets if t["channel"] == "email"]), "unit": "%"},
  "email tickets with first_contact_resolution yes / all email tickets")

q(T, "How many tickets are still open?",
  {"number": len([t for t in tickets if t["status"] == "open"]), "unit": "tickets"},
  "status folded to 'open'")

q(T, "How many tickets have no handle time recorded?",
  {"number": len([t for t in tickets if t["minutes"] is None]), "unit": "tickets"},
  "handle_minutes blank or a word meaning missing (n/a, -, not recorded)")

q(T, "How many tickets were not about billing?",
  {"number": len([t for t in tickets if t["category"] != "billing"]), "unit": "tickets"},
  "all tickets minus those whose category folds to 'billing'")


# ----------------------------------------------------------------------------------------------
# hotel: bookings.csv

B = ["bookings.csv"]
rev = lambda b: b["revenue"]  # noqa: E731

q(B, "How much room revenue did checked-out stays bring in for 2024?",
  {"number": total([b for b in stays if b["checkin"].year == 2024], rev), "unit": "$"},
  "status 'checked out', check-in in 2024; revenue = nights x nightly_rate per booking")

q(B, "What's our cancellation rate?",
  {"number": 100 * len([b for b in bookings if b["status"] == "cancelled"]) / len(bookings), "unit": "%"},
  "cancelled bookings / all bookings (no-shows are not cancellations)")

chan_n = by(bookings, lambda b: b["channel"])
q(B, "Which booking channel gets us the most bookings?",
  {"label": ["Booking.com", "Booking com"] if winner(chan_n) == "booking.com" else title(winner(chan_n))},
  f"bookings per channel (all statuses): {chan_n}")

q(B, "average length of stay for suites that checked out",
  {"number": mean([b["nights"] for b in stays if b["room"] == "suite"]), "unit": "nights"},
  "mean nights over checked-out suite bookings")

s23 = [b for b in stays if b["checkin"].year == 2023]
q(B, "What was our average nightly rate across all checked-out room nights in 2023?",
  {"number": total(s23, rev) / total(s23, lambda b: b["nights"]), "unit": "$"},
  "ratio of sums: room revenue / room nights, checked-out stays checking in during 2023")

q(B, "How many nights did checked-out guests stay with us in August 2024 (by check-in date)?",
  {"number": total([b for b in stays if in_month(b["checkin"], 2024, 8)], lambda b: b["nights"]), "unit": "nights"},
  "sum of nights over checked-out bookings with check-in in August 2024")

country_n = by(bookings, lambda b: b["country"])
country_people = by(bookings, lambda b: b["country"], lambda b: b["adults"] + b["children"])
assert winner(country_n) == winner(country_people)
q(B, "Which country do most of our guests come from?",
  {"label": title(winner(country_n))},
  f"same winner by bookings and by people (adults+children): {country_n}")

q(B, "On average, how many days ahead do guests book?",
  {"number": mean([(b["checkin"] - b["booked"]).days for b in bookings]), "unit": "days"},
  "mean of check_in - booked_on in days over all bookings (both US dates)")

b24 = [b for b in bookings if b["checkin"].year == 2024]
q(B, "Of the bookings checking in during 2024, what percentage came via expedia?",
  {"number": 100 * len([b for b in b24 if b["channel"] == "expedia"]) / len(b24), "unit": "%"},
  "bookings with check-in in 2024 (all statuses); channel folded to 'expedia'")

q(B, "how many no-shows did we have in 2023",
  {"number": len([b for b in bookings if b["status"] == "no-show" and b["checkin"].year == 2023]), "unit": "bookings"},
  "status folded to 'no-show', check-in in 2023")

q(B, "Compare summer room revenue (June to August) in 2023 and 2024 for checked-out stays.",
  {"numbers": [total([b for b in stays if b["checkin"].year == y and b["checkin"].month in (6, 7, 8)], rev)
               for y in (2023, 2024)], "unit": "$"},
  "checked-out stays with check-in June-August of each year; revenue = nights x rate; both numbers")

room_rev = by(stays, lambda b: b["room"], rev)
q(B, "Which room type brought in the most revenue from completed stays?",
  {"label": title(winner(room_rev))},
  f"checked-out stays, nights x rate per room type: {room_rev}")

q(B, "How many bookings included children?",
  {"number": len([b for b in bookings if b["children"] > 0]), "unit": "bookings"},
  "bookings with children > 0, all statuses")

q(B, "Total number of guests, adults and children, across 2024's checked-out stays?",
  {"number": total([b for b in stays if b["checkin"].year == 2024], lambda b: b["adults"] + b["children"]),
   "unit": "guests"},
  "sum of adults + children over checked-out bookings with check-in in 2024")

best = max(stays, key=rev)
assert sorted((rev(b) for b in stays), reverse=True)[1] < rev(best)
q(B, "What was the single most expensive completed stay, and what did it come to?",
  {"label": best["ref"], "number": rev(best), "unit": "$"},
  "checked-out booking with the largest nights x nightly_rate: its booking_ref and value")

q(B, "How many bookings had a nightly rate above $400?",
  {"number": len([b for b in bookings if b["rate"] > 400]), "unit": "bookings"},
  "nightly_rate parsed from $/plain strings, > 400, all statuses")

chan_cancel = {c: len([b for b in bookings if b["channel"] == c and b["status"] == "cancelled"])
               / len([b for b in bookings if b["channel"] == c]) for c in sorted(chan_n)}
wc = winner(chan_cancel)
q(B, "Which booking channel has the highest cancellation rate?",
  {"label": ["Booking.com", "Booking com"] if wc == "booking.com" else title(wc)},
  f"cancelled / bookings per channel: {chan_cancel}")

q(B, "Whats the cancelation rate for direct bookings",
  {"number": 100 * chan_cancel["direct"], "unit": "%"},
  "cancelled / all bookings, channel folded to 'direct'")


# ----------------------------------------------------------------------------------------------
# car sharing: trips.csv

R = ["trips.csv"]
route_n = by(trips, lambda t: (t["from"], t["to"]))
top_route = winner(route_n, margin=0.2)
q(R, "What's the most popular route?",
  {"labels": [title(top_route[0]), title(top_route[1])], "number": route_n[top_route], "unit": "trips"},
  f"trips per (from_zone, to_zone) pair, zones folded; the route and its trip count (runner-up far behind)")

from_n = by(trips, lambda t: t["from"])
q(R, "Which zone do most trips start from?",
  {"label": title(winner(from_n))},
  f"trips per from_zone: {from_n}")

q(R, "How many trips ended at the airport?",
  {"number": len([t for t in trips if t["to"] == "airport"]), "unit": "trips"},
  "to_zone folded to 'airport'")

q(R, "avg trip distance for electric cars?",
  {"number": mean([t["km"] for t in trips if t["vtype"] == "electric"]), "unit": "km"},
  "mean distance_km over vehicle_type 'electric'")

q(R, "How much do we earn per km driven, overall?",
  {"number": total(trips, lambda t: t["fare"]) / total(trips, lambda t: t["km"]), "unit": "$/km"},
  "ratio of sums: total fares / total distance_km")

trip_hour = by(trips, lambda t: t["ts"].hour)
q(R, "what's the busiest hour for trips",
  {"label": hour_label(winner(trip_hour))},
  f"trips per start hour: {sorted(trip_hour.items())}")

q(R, "What share of trips end in the same zone they started in?",
  {"number": 100 * len([t for t in trips if t["from"] == t["to"]]) / len(trips), "unit": "%"},
  "from_zone == to_zone after folding both spellings")

q(R, "how many trips went from the airport to old town?",
  {"number": len([t for t in trips if t["from"] == "airport" and t["to"] == "old town"]), "unit": "trips"},
  "from_zone folded to 'airport' and to_zone folded to 'old town' (that direction only)")

q(R, "Total fares paid by casual users in July?",
  {"number": total([t for t in trips if t["member"] == "casual" and in_month(t["ts"], 2024, 7)],
                   lambda t: t["fare"]), "unit": "$"},
  "member_type folded to 'casual', start_time in July 2024 (day-first dates)")

q(R, "Number of trips in Q1 vs Q2 2024?",
  {"numbers": [len([t for t in trips if quarter(t["ts"]) == qq]) for qq in (1, 2)], "unit": "trips"},
  "trips starting Jan-Mar and Apr-Jun 2024 (day-first dates): both numbers")

q(R, "What's the average rating for the vans?",
  {"number": mean([t["rating"] for t in trips if t["vtype"] == "van"]), "unit": "stars"},
  "mean rating over van trips with a rating; blank, n/a and - left out")

veh_n = by(trips, lambda t: t["vehicle"])
q(R, "Which car was used for the most trips?",
  {"label": winner(veh_n, margin=0.3)},
  "trips per vehicle_id")

q(R, "How many different vehicles picked up trips from the airport in February?",
  {"number": len({t["vehicle"] for t in trips if t["from"] == "airport" and in_month(t["ts"], 2024, 2)}),
   "unit": "vehicles"},
  "distinct vehicle_id over trips starting at the airport in February 2024")

q(R, "Whats the average fare for members and for casual riders?",
  {"numbers": [mean([t["fare"] for t in trips if t["member"] == g]) for g in ("member", "casual")], "unit": "$"},
  "mean fare per trip for member and for casual (both numbers)")

wd_min = {d: mean([t["min"] for t in trips if t["ts"].weekday() == d]) for d in range(7)}
q(R, "Which day of the week has the longest trips on average, in minutes?",
  {"label": weekday_label(winner(wd_min))},
  f"mean duration_min per weekday of start_time: {wd_min}")

q(R, "How many trips were longer than 20 km?",
  {"number": len([t for t in trips if t["km"] > 20]), "unit": "trips"},
  "distance_km > 20")

q(R, "What's the average speed of our trips in km/h?",
  {"number": total(trips, lambda t: t["km"]) / (total(trips, lambda t: t["min"]) / 60), "unit": "km/h"},
  "ratio of sums: total km / total hours (duration_min / 60)")

to_n = by(trips, lambda t: t["to"])
q(R, "top 3 destinations",
  {"labels": [title(z) for z in top_n(to_n, 3)]},
  f"trips per to_zone: {to_n}")

trip_wd = by(trips, lambda t: t["ts"].weekday())
q(R, "Which weekday has the most trips?",
  {"label": weekday_label(winner(trip_wd))},
  f"trips per weekday (day-first dates read as day/month): {sorted(trip_wd.items())}")


# ----------------------------------------------------------------------------------------------
# charity: charity_ledger.csv

C = ["charity_ledger.csv"]
inflow = lambda e: e["amount"] > 0  # noqa: E731
yr = lambda y: (lambda e: e["date"].year == y)  # noqa: E731

q(C, "How much money came in during 2024?",
  {"number": total([e for e in ledger if yr(2024)(e) and inflow(e)], lambda e: e["amount"]), "unit": "$"},
  "sum of positive amounts dated 2024 (donations, grants, event income, gift aid)")

q(C, "What did we spend in 2023 in total?",
  {"number": -total([e for e in ledger if yr(2023)(e) and not inflow(e)], lambda e: e["amount"]), "unit": "$"},
  "sum of negative amounts dated 2023, stated as a positive amount")

net = {y: total([e for e in ledger if yr(y)(e)], lambda e: e["amount"]) for y in (2023, 2024)}
q(C, "What's our net result for 2024, money in minus money out?",
  {"number": net[2024], "unit": "$"},
  f"signed sum of every 2024 amount (2023 for reference: {net[2023]:.2f})")

q(C, "How much money has come in for the Winter Appeal in total?",
  {"number": total([e for e in ledger if e["campaign"] == "winter appeal" and inflow(e)], lambda e: e["amount"]),
   "unit": "$"},
  "positive amounts (donations, grants, events) tagged Winter Appeal (any spelling), both years; its costs are not netted off")

camp_in24 = by([e for e in ledger if yr(2024)(e) and inflow(e)], lambda e: e["campaign"], lambda e: e["amount"])
assert winner(camp_in24) == winner(by([e for e in donations if yr(2024)(e)], lambda e: e["campaign"], lambda e: e["amount"]))
q(C, "Which campaign brought in the most money in 2024?",
  {"label": title(winner(camp_in24))},
  f"positive 2024 amounts per campaign (same winner on donations alone): {camp_in24}")

out24 = [e for e in ledger if yr(2024)(e) and not inflow(e)]
q(C, "What percentage of our 2024 spending went on programme costs?",
  {"number": 100 * total([e for e in out24 if e["category"] == "programme costs"], lambda e: e["amount"])
   / total(out24, lambda e: e["amount"]), "unit": "%"},
  "programme costs / all money out in 2024")

q(C, "How many diffrent donors gave in 2023?",
  {"number": len({e["party"] for e in donations if yr(2023)(e)}), "unit": "donors"},
  "distinct donor ids on 2023 donation rows")

q(C, "What's the average donation?",
  {"number": mean([e["amount"] for e in donations]), "unit": "$"},
  "mean amount over category 'donation' rows, both years")

q(C, "What was the largest single donation we received?",
  {"number": max(e["amount"] for e in donations), "unit": "$"},
  "max amount over donation rows (grants are not donations)")

q(C, "How many donations were over $1,000?",
  {"number": len([e for e in donations if e["amount"] > 1000]), "unit": "donations"},
  "donation rows with amount > 1000")

don_month24 = by([e for e in donations if yr(2024)(e)], lambda e: e["date"].month, lambda e: e["amount"])
q(C, "which month in 2024 brought in the most donations?",
  {"label": month_label(winner(don_month24), 2024)},
  f"donation amounts per month of 2024 (day-first dates): {sorted(don_month24.items())}")

q(C, "Donations in 2023 vs 2024?",
  {"numbers": [total([e for e in donations if yr(y)(e)], lambda e: e["amount"]) for y in (2023, 2024)],
   "unit": "$"},
  "sum of donation amounts per year: both numbers")

camp_d = {y: by([e for e in donations if yr(y)(e)], lambda e: e["campaign"], lambda e: e["amount"]) for y in (2023, 2024)}
growth_abs = {c: camp_d[2024].get(c, 0) - camp_d[2023].get(c, 0) for c in sorted(camp_d[2023])}
growth_pct = {c: growth_abs[c] / camp_d[2023][c] for c in sorted(camp_d[2023])}
assert winner(growth_abs) == winner(growth_pct)
q(C, "Which campaign's donations grew the most from 2023 to 2024?",
  {"label": title(winner(growth_abs))},
  f"donations per campaign 2024 - 2023 (same winner in dollars and in percent): {growth_abs}")

q(C, "What share of donation money came in by card?",
  {"number": 100 * total([e for e in donations if e["method"] == "card"], lambda e: e["amount"])
   / total(donations, lambda e: e["amount"]), "unit": "%"},
  "card donation amounts / all donation amounts (both years)")

q(C, "total admin costs over the two years?",
  {"number": -total([e for e in ledger if e["category"] == "admin"], lambda e: e["amount"]), "unit": "$"},
  "sum of admin rows (negative in the data), stated positive")

q(C, "How much gift aid did we get in 2024?",
  {"number": total([e for e in ledger if e["category"] == "gift aid" and yr(2024)(e)], lambda e: e["amount"]),
   "unit": "$"},
  "category folded to 'gift aid', 2024")

sal24 = [e for e in ledger if e["category"] == "salaries" and yr(2024)(e)]
assert len({e["date"].month for e in sal24}) == 12 == len(sal24)
q(C, "How much did we pay in salaries per month on average in 2024?",
  {"number": -total(sal24, lambda e: e["amount"]) / 12, "unit": "$"},
  "2024 salaries (one payment a month) / 12, stated positive")

cw24 = [e for e in ledger if e["campaign"] == "clean water" and yr(2024)(e)]
q(C, "For clean water in 2024, how much came in and how much went out?",
  {"numbers": [total([e for e in cw24 if inflow(e)], lambda e: e["amount"]),
               -total([e for e in cw24 if not inflow(e)], lambda e: e["amount"])], "unit": "$"},
  "Clean Water rows in 2024: positive amounts summed, negative amounts summed and stated positive")


# ----------------------------------------------------------------------------------------------
# marketing: ad_spend.csv

A = ["ad_spend.csv"]
spend = lambda a: a["spend"]  # noqa: E731

q(A, "How much did we spend on ads in 2024?",
  {"number": total(ads, spend), "unit": "$"},
  "sum of spend; every row is 2024")

q(A, "What was our overall click-through rate?",
  {"number": 100 * total(ads, lambda a: a["clicks"]) / total(ads, lambda a: a["impressions"]), "unit": "%"},
  "ratio of sums: clicks / impressions")

chan_cpc = {c: total([a for a in ads if a["channel"] == c], spend) / total([a for a in ads if a["channel"] == c],
            lambda a: a["clicks"]) for c in sorted({a["channel"] for a in ads})}
q(A, "Which channel has the cheapest cost per click?",
  {"label": title(winner(chan_cpc, lowest=True))},
  f"spend / clicks per channel (channels folded): {chan_cpc}")

g = [a for a in ads if a["channel"] == "google ads"]
q(A, "What's the conversion rate on google ads?",
  {"number": 100 * total(g, lambda a: a["conversions"]) / total(g, lambda a: a["clicks"]), "unit": "%"},
  "conversions / clicks for Google Ads rows (ratio of sums)")

bf = [a for a in ads if a["campaign"] == "black friday"]
q(A, "What's the return on ad spend for the black friday campaign?",
  {"number": total(bf, lambda a: a["revenue"]) / total(bf, spend), "unit": "x"},
  "ROAS = revenue / spend over Black Friday rows (a multiple, e.g. 3.2x)")

camp_conv = by(ads, lambda a: a["campaign"], lambda a: a["conversions"])
q(A, "Which campaign drove the most conversions?",
  {"label": title(winner(camp_conv))},
  f"conversions per campaign: {camp_conv}")

q(A, "How much did we spend on facebook in march?",
  {"number": total([a for a in ads if a["channel"] == "facebook" and in_month(a["date"], 2024, 3)], spend),
   "unit": "$"},
  "channel folded to 'facebook', March 2024 (US dates)")

chan_cpa = {c: total([a for a in ads if a["channel"] == c], spend) / total([a for a in ads if a["channel"] == c],
            lambda a: a["conversions"]) for c in sorted({a["channel"] for a in ads})}
q(A, "Which channel gives us the lowest cost per conversion?",
  {"label": title(winner(chan_cpa, lowest=True))},
  f"spend / conversions per channel: {chan_cpa}")

q(A, "Spend in Q3 vs Q4?",
  {"numbers": [total([a for a in ads if quarter(a["date"]) == qq], spend) for qq in (3, 4)], "unit": "$"},
  "spend Jul-Sep and Oct-Dec 2024: both numbers")

camp_rev = by(ads, lambda a: a["campaign"], lambda a: a["revenue"])
q(A, "top 2 campaigns by revenue",
  {"labels": [title(c) for c in top_n(camp_rev, 2)]},
  f"revenue per campaign: {camp_rev}")

q(A, "How many days did the Summer Launch campaign run?",
  {"number": len({a["date"] for a in ads if a["campaign"] == "summer launch"}), "unit": "days"},
  "distinct dates with a Summer Launch row")

q(A, "What percentage of total spend went to TikTok?",
  {"number": 100 * total([a for a in ads if a["channel"] == "tiktok"], spend) / total(ads, spend), "unit": "%"},
  "TikTok spend / all spend")

em = [a for a in ads if a["channel"] == "email"]
q(A, "How much profit did email make after ad costs?",
  {"number": total(em, lambda a: a["revenue"]) - total(em, spend), "unit": "$"},
  "email revenue - email spend")

ad_month = by(ads, lambda a: a["date"].month, spend)
q(A, "Which month did we spend the most in?",
  {"label": month_label(winner(ad_month), 2024)},
  f"spend per month: {sorted(ad_month.items())}")

q(A, "how many clicks did the spring sale get",
  {"number": total([a for a in ads if a["campaign"] == "spring sale"], lambda a: a["clicks"]), "unit": "clicks"},
  "campaign folded to 'spring sale'")

h = {c: (total([a for a in ads if a["channel"] == c and a["date"].month <= 6], lambda a: a["clicks"]),
         total([a for a in ads if a["channel"] == c and a["date"].month > 6], lambda a: a["clicks"]))
     for c in sorted({a["channel"] for a in ads})}
h_abs = {c: v[1] - v[0] for c, v in h.items()}
h_pct = {c: (v[1] - v[0]) / v[0] for c, v in h.items()}
assert winner(h_abs) == winner(h_pct)
q(A, "Which channel's clicks grew the most from the first half of the year to the second?",
  {"label": title(winner(h_abs))},
  f"clicks per channel Jan-Jun vs Jul-Dec (same winner in clicks and in percent): {h}")

ig = [a for a in ads if a["channel"] == "instagram"]
q(A, "average cost per click on instagram",
  {"number": total(ig, spend) / total(ig, lambda a: a["clicks"]), "unit": "$"},
  "ratio of sums: Instagram spend / Instagram clicks")

q(A, "Total revenue from ads in november",
  {"number": total([a for a in ads if in_month(a["date"], 2024, 11)], lambda a: a["revenue"]), "unit": "$"},
  "sum of revenue for November 2024 rows (US dates)")

q(A, "What did we spend on everything except Brand Always-On?",
  {"number": total([a for a in ads if a["campaign"] != "brand always-on"], spend), "unit": "$"},
  "all spend minus the Brand Always-On campaign's rows")


# ----------------------------------------------------------------------------------------------


def main():
    out = []
    for i, item in enumerate(QUESTIONS, start=1):
        out.append({"id": f"s2-{i:03d}", **item})
    (HERE / "questions.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    per = Counter("+".join(x["dataset"]) for x in out)
    print(f"{len(out)} questions: " + ", ".join(f"{k} {v}" for k, v in sorted(per.items())))


if __name__ == "__main__":
    main()
