#!/usr/bin/env python3
"""Held-out set 9: every question beside the code that computes its truth from data/*.csv.

    python3 tests/heldout/set9/truths.py            # prints every truth and writes questions.json
    python3 tests/heldout/set9/truths.py --print    # prints only

Reading rules (the same for every question unless its note says otherwise):

- text values are folded: runs of spaces collapsed, stripped, a trailing period dropped, compared
  case-insensitively;
- "", "n/a", "na", "-", "none", "null", "?", "few", "tbc", "awaiting invoice", "quote pending", "see label",
  "as directed", "closed" are missing; a missing number is left out of sums, averages and medians (never
  read as 0);
- money with a point decimal is "£1,234.50", "1,234.50", "1234.50", "£1234.50" or "£1234" (also with $); a
  minus in front makes it negative; euro money (weighbridge.csv) has a decimal comma and dot thousands:
  "€1.050,00", "€ 12,50", "EUR 12,50", "12,50"; "free" is 0;
- box_office.csv: one row per order line; created_at is an ISO datetime; refunds are rows of txn_type
  "Refund" with qty and amount negative; perf_code (case and spaces folded) joins performances.csv, whose
  perf_date is day-first (12/03/2025 is 12 March 2025) and start_time is "7:30pm" or "19:30"; a performance
  sold out when its net tickets (sales minus refunds) equal its capacity;
- weighbridge.csv: ticket numbers keep six digits ("001207" is ticket 1207); weighed_in / weighed_out are
  ISO 'T' datetimes; a void ticket (net_kg "VOID" / "void - reweigh" ...) has no weights and is not a load
  (each was weighed again on the next ticket);
- dispensing.csv: fill_date is US MM/DD/YYYY; every row is one fill; rx numbers that lost their leading
  zeros ("45213") are the same prescription as "0045213"; a quantity that is not a number is missing;
- lift_days.csv: one row per lift per day, date day-first; closed rows have no scans; new_snow_cm and
  temp_c are the resort's figure for the day, repeated on every lift's row ("trace" is 0 cm);
- maintenance_jobs.csv: reported / completed are day-first "dd/mm/yyyy HH:MM"; a job with no completed
  time is open; flat "7" / "07" / "007" is flat 007 of flats.csv (the join); a cost that is not money is
  missing;
- choir_register.csv: date is US M/D/YYYY; a member attended when the status is Present or Late; missed
  means Absent or Apologies; minutes_late that is not a number is missing; member names are folded.
"""

import csv
import datetime as dt
import json
import re
import statistics
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"


def rows(name):
    with open(DATA / name, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def fold(s):
    return re.sub(r"\s+", " ", s).strip().rstrip(".").strip().lower()


MISSING = {"", "n/a", "na", "-", "none", "null", "?", "few", "tbc", "awaiting invoice", "quote pending",
           "see label", "as directed", "closed"}


def missing(s):
    return fold(s) in MISSING


def money(s):
    """£/$ money with a point decimal; None when missing."""
    if missing(s):
        return None
    t = s.strip().replace(",", "")
    neg = t.startswith("-")
    t = t.lstrip("-").lstrip("£$")
    v = float(t)
    return -v if neg else v


def euro(s):
    """Euro money with a decimal comma; 'free' is 0; None when missing."""
    f = fold(s)
    if f == "free":
        return 0.0
    if f in MISSING:
        return None
    t = s.strip().replace("EUR", "").replace("€", "").strip()
    return float(t.replace(".", "").replace(",", "."))


def num(s):
    """A number, or None when missing or not a number."""
    if missing(s):
        return None
    try:
        return float(s.strip().replace(",", ""))
    except ValueError:
        return None


def yes(s):
    return fold(s) in ("yes", "y", "true")


def pct(v):
    return 100.0 * v


def growth(new, old):
    return 100.0 * (new / old - 1)


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


# ----------------------------------------------------------------------------------------------
# guards


def top(d, most=True, rel=0.02):
    """The key with the largest (or smallest) value; asserts a lead of more than rel over the runner-up."""
    items = sorted(d.items(), key=lambda kv: kv[1], reverse=most)
    (k1, v1), (k2, v2) = items[0], items[1]
    if most:
        assert (v1 > v2 * (1 + rel)) if v2 > 0 else (v1 - v2 > rel * abs(v1)), f"too close: {items[:3]}"
    else:
        assert v1 < v2 * (1 - rel), f"too close: {items[:3]}"
    return k1, v1


def top_n(d, n, rel=0.02):
    items = sorted(d.items(), key=lambda kv: kv[1], reverse=True)
    assert items[n - 1][1] > items[n][1] * (1 + rel), f"top {n} not clear: {items[:n + 1]}"
    return [k for k, _ in items[:n]]


def count_over(values, threshold, rel=0.02):
    """Groups over a threshold; asserts no group sits within rel of it."""
    for v in values:
        assert abs(v - threshold) > rel * threshold, f"group value {v} too near {threshold}"
    return sum(1 for v in values if v > threshold)


def count_gt(values, threshold):
    """Rows over a threshold; asserts no row equals it."""
    assert threshold not in values, f"a row equals the threshold {threshold}"
    return sum(1 for v in values if v > threshold)


def positive(v):
    assert v > 0, f"expected a positive difference, got {v}"
    return v


def same(a, b, tol=1e-9):
    """Two readings of a question give the same truth."""
    assert abs(a - b) <= tol * max(1.0, abs(a)), f"readings differ: {a} vs {b}"
    return a


def hour_labels(h):
    """Spellings of the clock hour h (0-23): 17:00, 5 pm, 5pm, 5:00 pm, 5 p.m, hour 17 ..."""
    h12 = h % 12 or 12
    ap = "am" if h < 12 else "pm"
    out = [f"{h}:00", f"{h:02d}:00", f"{h12} {ap}", f"{h12}{ap}", f"{h12}:00 {ap}", f"{h12}:00{ap}",
           f"{h12} {ap[0]}.m", f"{h12} {ap.upper()}", f"{h12}:00 {ap.upper()}", f"hour {h}"]
    return [x for i, x in enumerate(out) if x not in out[:i]]


def ordinal(n):
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def date_labels(d, file_style):
    """Spellings of a date: 7 December, December 7, 7th December, Dec 7, 2024-12-07, and the file's own
    style (dmy 07/12/2024, mdy 12/7/2024)."""
    m, ms = MONTHS[d.month - 1], MONTHS[d.month - 1][:3]
    out = [f"{d.day} {m}", f"{m} {d.day}", f"{ordinal(d.day)} {m}", f"{m} {ordinal(d.day)}", f"{d.day} {ms}",
           f"{ms} {d.day}", d.isoformat()]
    if file_style == "dmy":
        out.append(f"{d.day:02d}/{d.month:02d}/{d.year}")
    elif file_style == "mdy":
        out += [f"{d.month}/{d.day}/{d.year}", f"{d.month:02d}/{d.day:02d}/{d.year}"]
    return out


def month_labels(y, m):
    return [MONTHS[m - 1], f"{y}-{m:02d}", f"{MONTHS[m - 1][:3]} {y}"]


def day_labels(wd):
    return [WEEKDAYS[wd], WEEKDAYS[wd] + "s"]


QUESTIONS = []


def q(dataset, question, note=""):
    def deco(fn):
        QUESTIONS.append({"dataset": dataset, "question": question, "fn": fn, "note": note})
        return fn
    return deco


def by(items, key, val, cond=lambda x: True):
    d = defaultdict(float)
    for x in items:
        if cond(x):
            d[key(x)] += val(x)
    return d


def quarter(d):
    return (d.month - 1) // 3 + 1


# ----------------------------------------------------------------------------------------------
# 1. box_office.csv + performances.csv

BO = ["box_office.csv", "performances.csv"]


def start_time(s):
    s = s.strip().lower()
    m = re.fullmatch(r"(\d{1,2}):(\d{2})\s*(am|pm)?", s)
    h, mi = int(m.group(1)), int(m.group(2))
    if m.group(3) == "pm" and h != 12:
        h += 12
    if m.group(3) == "am" and h == 12:
        h = 0
    return h, mi


PERF = {}
for r in rows("performances.csv"):
    d = dt.datetime.strptime(r["perf_date"].strip(), "%d/%m/%Y").date()
    h, mi = start_time(r["start_time"])
    PERF[r["perf_code"].strip().upper()] = {
        "show": re.sub(r"\s+", " ", r["show"]).strip().rstrip(".").strip(), "venue": fold(r["venue"]),
        "date": d, "start": dt.datetime(d.year, d.month, d.day, h, mi), "cap": int(r["capacity"])}
SHOW = {}
for p in PERF.values():
    SHOW.setdefault(p["show"].lower(), p["show"])
for p in PERF.values():
    p["show"] = p["show"].lower()

LINES = []
for r in rows("box_office.csv"):
    p = PERF[r["perf_code"].strip().upper()]
    LINES.append({"ref": r["order_ref"].strip(), "at": dt.datetime.strptime(r["created_at"], "%Y-%m-%d %H:%M:%S"),
                  "code": r["perf_code"].strip().upper(), "show": p["show"], "venue": p["venue"], "pdate": p["date"],
                  "start": p["start"], "type": fold(r["ticket_type"]), "qty": int(r["qty"]), "amt": money(r["amount"]),
                  "chan": fold(r["channel"]), "kind": fold(r["txn_type"])})
SALES = [x for x in LINES if x["kind"] == "sale"]
REFUNDS = [x for x in LINES if x["kind"] == "refund"]
assert len(SALES) + len(REFUNDS) == len(LINES)
assert all(x["qty"] > 0 and x["amt"] > 0 for x in SALES) and all(x["qty"] < 0 and x["amt"] < 0 for x in REFUNDS)
NET_TICKETS = by(LINES, lambda x: x["code"], lambda x: x["qty"])
EARNEST, LITTLE, MILK, CINDER = ("the importance of being earnest", "little shop of horrors", "under milk wood",
                                 "cinderella")


@q(BO, "How much did Little Shop of Horrors take in ticket sales after refunds?",
   "sum of amount (sales and refunds), lines whose performance (lookup) is Little Shop of Horrors")
def _():
    return {"number": sum(x["amt"] for x in LINES if x["show"] == LITTLE), "unit": "£"}


@q(BO, "how much money have we given back in refunds altogether", "minus the sum of refund rows' amounts")
def _():
    return {"number": -sum(x["amt"] for x in REFUNDS), "unit": "£"}


@q(BO, "Which production sold the most tickets once refunds are taken off?",
   "show (lookup) with the largest net qty; gross qty gives the same show")
def _():
    k, v = top(by(LINES, lambda x: x["show"], lambda x: x["qty"]))
    assert top(by(SALES, lambda x: x["show"], lambda x: x["qty"]))[0] == k
    return {"label": [SHOW[k]], "number": v, "unit": "tickets"}


@q(BO, "How many performances sold out?", "performances whose net tickets equal their capacity (lookup)")
def _():
    n = sum(1 for c, p in PERF.items() if NET_TICKETS[c] == p["cap"])
    assert all(NET_TICKETS[c] <= p["cap"] for c, p in PERF.items())
    return {"number": n, "unit": "performances"}


@q(BO, "What percentage of the seats did we fill for The Importance of Being Earnest?",
   "net tickets / sum of capacity over Earnest's performances (lookup)")
def _():
    t = sum(x["qty"] for x in LINES if x["show"] == EARNEST)
    cap = sum(p["cap"] for p in PERF.values() if p["show"] == EARNEST)
    return {"number": pct(t / cap), "unit": "%"}


@q(BO, "whats the average price paid for an adult ticket? (ignore refunds)",
   "sum of amount / sum of qty over sale lines of type Adult")
def _():
    a = [x for x in SALES if x["type"] == "adult"]
    return {"number": sum(x["amt"] for x in a) / sum(x["qty"] for x in a), "unit": "£"}


@q(BO, "What share of tickets were bought online?", "qty of sale lines with channel Online / qty of all sale lines")
def _():
    return {"number": pct(sum(x["qty"] for x in SALES if x["chan"] == "online") / sum(x["qty"] for x in SALES)),
            "unit": "%"}


@q(BO, "what time of day do most online orders come in? which hour",
   "hour of created_at with the most distinct order refs among online sale lines")
def _():
    seen = {}
    for x in SALES:
        if x["chan"] == "online":
            seen[x["ref"]] = x["at"].hour
    d = defaultdict(int)
    for h in seen.values():
        d[h] += 1
    k, v = top(d)
    return {"label": hour_labels(k)}


@q(BO, "On which day of the week do we sell the most tickets in person at the box office?",
   "weekday of created_at with the largest qty over sale lines with channel Box Office; net of refunds gives "
   "the same day")
def _():
    bo = lambda x: x["chan"] == "box office"  # noqa: E731
    k, v = top(by(SALES, lambda x: x["at"].weekday(), lambda x: x["qty"], bo))
    assert top(by(LINES, lambda x: x["at"].weekday(), lambda x: x["qty"], bo))[0] == k
    return {"label": day_labels(k), "number": v, "unit": "tickets"}


@q(BO, "How many tickets were refunded?", "minus the sum of qty over refund rows")
def _():
    return {"number": -sum(x["qty"] for x in REFUNDS), "unit": "tickets"}


@q(BO, "How much did the Studio take in ticket sales, net of refunds?",
   "sum of amount over lines whose performance venue (lookup) is Studio")
def _():
    return {"number": sum(x["amt"] for x in LINES if x["venue"] == "studio"), "unit": "£"}


@q(BO, "how many orders came to £100 or more?",
   "distinct order refs whose sale lines sum to 100 or more")
def _():
    tot = by(SALES, lambda x: x["ref"], lambda x: x["amt"])
    return {"number": sum(1 for v in tot.values() if v >= 100), "unit": "orders"}


@q(BO, "Which month did we take the most ticket money in, going by when people paid (net of refunds)?",
   "calendar month of created_at with the largest sum of amount (sales and refunds); by performance month "
   "December would win, so the question says 'when people paid'")
def _():
    k, v = top(by(LINES, lambda x: (x["at"].year, x["at"].month), lambda x: x["amt"]))
    return {"label": month_labels(*k), "number": v, "unit": "£"}


@q(BO, "What percentage of Cinderella's audience were children?",
   "net Child qty / net qty, Cinderella performances (lookup)")
def _():
    c = [x for x in LINES if x["show"] == CINDER]
    return {"number": pct(sum(x["qty"] for x in c if x["type"] == "child") / sum(x["qty"] for x in c)), "unit": "%"}


@q(BO, "how many orders were placed on the day of the show itself?",
   "distinct order refs with a sale line created on the performance's date (lookup)")
def _():
    return {"number": len({x["ref"] for x in SALES if x["at"].date() == x["pdate"]}), "unit": "orders"}


@q(BO, "Which performance of Earnest was the emptiest? Give the date and time.",
   "Earnest performance (lookup) with the fewest net tickets: its date, and its start time (that Saturday "
   "also had an evening show), or the word matinee")
def _():
    d = {c: NET_TICKETS[c] for c, p in PERF.items() if p["show"] == EARNEST}
    k, v = top(d, most=False)
    p = PERF[k]
    same_day = [c for c, pp in PERF.items() if pp["show"] == EARNEST and pp["date"] == p["date"]]
    assert len(same_day) == 2 and (p["start"].hour, p["start"].minute) == (14, 30)
    times = ["2:30pm", "2:30 pm", "2.30pm", "2.30 pm", "14:30", "2:30 PM", "2:30 p.m", "matinee"]
    return {"labels": [date_labels(p["date"], "dmy"), times], "number": v, "unit": "tickets"}


@q(BO, "How many concession tickets did we sell for Under Milk Wood, after refunds?",
   "net qty of Concession lines, Under Milk Wood performances (lookup)")
def _():
    return {"number": sum(x["qty"] for x in LINES if x["show"] == MILK and x["type"] == "concession"),
            "unit": "tickets"}


@q(BO, "How much more money did Little Shop of Horrors make than Earnest? (net of refunds)",
   "net amount Little Shop - net amount Earnest")
def _():
    a = sum(x["amt"] for x in LINES if x["show"] == LITTLE)
    b = sum(x["amt"] for x in LINES if x["show"] == EARNEST)
    return {"number": positive(a - b), "unit": "£"}


@q(BO, "On average how many tickets are in one order?",
   "sum of qty over sale lines / distinct order refs")
def _():
    return {"number": sum(x["qty"] for x in SALES) / len({x["ref"] for x in SALES}), "unit": "tickets"}


@q(BO, "What share of our ticket revenue came from performances that start before 5pm?",
   "net amount at performances with start_time (lookup) before 17:00 / all net amount")
def _():
    a = sum(x["amt"] for x in LINES if x["start"].hour < 17)
    return {"number": pct(a / sum(x["amt"] for x in LINES)), "unit": "%"}


@q(BO, "how many tickets had we sold for the panto by the end of November, net of any refunds by then?",
   "sum of qty over Cinderella lines (sales and refunds) created before 1 December 2025")
def _():
    return {"number": sum(x["qty"] for x in LINES if x["show"] == CINDER and x["at"] < dt.datetime(2025, 12, 1)),
            "unit": "tickets"}


# ----------------------------------------------------------------------------------------------
# 2. weighbridge.csv

WB = ["weighbridge.csv"]

TICKETS = []
for r in rows("weighbridge.csv"):
    void = "void" in fold(r["net_kg"])
    TICKETS.append({"no": r["ticket_no"].strip(), "in": dt.datetime.fromisoformat(r["weighed_in"]),
                    "out": dt.datetime.fromisoformat(r["weighed_out"]) if r["weighed_out"].strip() else None,
                    "reg": fold(r["vehicle_reg"]), "veh": fold(r["vehicle_type"]), "cust": fold(r["customer_type"]),
                    "mat": fold(r["material"]), "net": None if void else float(r["net_kg"]),
                    "gross": None if void else float(r["gross_kg"]), "tare": None if void else float(r["tare_kg"]),
                    "charge": euro(r["charge"]), "pay": fold(r["payment"]), "void": void})
LOADS = [t for t in TICKETS if not t["void"]]
assert all(t["net"] == t["gross"] - t["tare"] for t in LOADS)
assert all(t["charge"] is None and t["out"] is None for t in TICKETS if t["void"])


@q(WB, "How many tonnes of garden waste came in during 2024?", "sum of net_kg / 1000, material Garden waste")
def _():
    return {"number": sum(t["net"] for t in LOADS if t["mat"] == "garden waste") / 1000, "unit": "t"}


@q(WB, "Which material earned us the most money?", "material with the largest sum of charge")
def _():
    k, v = top(by(LOADS, lambda t: t["mat"], lambda t: t["charge"] or 0))
    return {"label": [k], "number": v, "unit": "€"}


@q(WB, "What are our top 3 materials by weight?", "the three materials with the largest sum of net_kg")
def _():
    return {"labels": [[k] for k in top_n(by(LOADS, lambda t: t["mat"], lambda t: t["net"]), 3)]}


@q(WB, "avg load wieght for vans?", "mean net_kg over loads with vehicle type Van")
def _():
    return {"number": statistics.mean(t["net"] for t in LOADS if t["veh"] == "van"), "unit": "kg"}


@q(WB, "How many trade loads were weighed in March, not counting void tickets?",
   "non-void tickets, customer Trade, weighed in March 2024")
def _():
    return {"number": sum(1 for t in LOADS if t["cust"] == "trade" and t["in"].month == 3), "unit": "loads"}


@q(WB, "whats the busiest hour at the weighbridge",
   "hour of weighed_in with the most non-void tickets (all tickets give the same hour)")
def _():
    k, v = top(by(LOADS, lambda t: t["in"].hour, lambda t: 1))
    assert top(by(TICKETS, lambda t: t["in"].hour, lambda t: 1))[0] == k
    return {"label": hour_labels(k), "number": v, "unit": "loads"}


@q(WB, "On an average Saturday how many loads do we weigh?",
   "non-void tickets on Saturdays / Saturdays of 2024 (every one of the 52 was open)")
def _():
    sats = {t["in"].date() for t in LOADS if t["in"].weekday() == 5}
    assert len(sats) == 52
    return {"number": sum(1 for t in LOADS if t["in"].weekday() == 5) / len(sats), "unit": "vehicles"}


@q(WB, "How much did we charge in total in Q2?", "sum of charge, tickets weighed in April-June 2024")
def _():
    return {"number": sum(t["charge"] or 0 for t in LOADS if quarter(t["in"]) == 2), "unit": "€"}


@q(WB, "How many loads weighed a tonne or more?", "non-void tickets with net_kg >= 1000")
def _():
    return {"number": sum(1 for t in LOADS if t["net"] >= 1000), "unit": "loads"}


@q(WB, "In which month did the most tonnage come across the weighbridge?", "month with the largest sum of net_kg")
def _():
    k, v = top(by(LOADS, lambda t: t["in"].month, lambda t: t["net"]))
    return {"label": month_labels(2024, k)}


@q(WB, "How long does a vehicle spend on site on average, in minutes?",
   "mean of weighed_out - weighed_in in minutes, non-void tickets")
def _():
    return {"number": statistics.mean((t["out"] - t["in"]).total_seconds() / 60 for t in LOADS), "unit": "min"}


@q(WB, "What share of all the tonnage was metal?", "net_kg of Metal / all net_kg")
def _():
    return {"number": pct(sum(t["net"] for t in LOADS if t["mat"] == "metal") / sum(t["net"] for t in LOADS)),
            "unit": "%"}


@q(WB, "How many different vehicles came through in 2024?",
   "distinct vehicle_reg (case and spaces folded); void tickets add none")
def _():
    n = len({t["reg"] for t in TICKETS})
    return {"number": same(n, len({t["reg"] for t in LOADS})), "unit": "vehicles"}


@q(WB, "what was the heaviest single load?", "max net_kg")
def _():
    return {"number": max(t["net"] for t in LOADS), "unit": "kg"}


@q(WB, "How much were they charged on ticket 000418?", "charge of ticket_no 000418")
def _():
    t = [t for t in TICKETS if t["no"] == "000418"]
    assert len(t) == 1 and t[0]["charge"]
    return {"number": t[0]["charge"], "unit": "€"}


@q(WB, "net weight on ticket 1207?", "net_kg of ticket_no 001207")
def _():
    t = [t for t in TICKETS if int(t["no"]) == 1207]
    assert len(t) == 1 and t[0]["net"]
    return {"number": t[0]["net"], "unit": "kg"}


@q(WB, "What's the average charge for a household load of rubble?",
   "mean charge, customer Household, material Rubble (all charged)")
def _():
    c = [t["charge"] for t in LOADS if t["cust"] == "household" and t["mat"] == "rubble"]
    assert all(x and x > 0 for x in c)
    return {"number": statistics.mean(c), "unit": "€"}


@q(WB, "How many tickets had to be voided?", "tickets whose net_kg says void")
def _():
    return {"number": sum(1 for t in TICKETS if t["void"]), "unit": "tickets"}


@q(WB, "how many tonnes did trade customers bring in, all told", "sum of net_kg / 1000, customer Trade")
def _():
    return {"number": sum(t["net"] for t in LOADS if t["cust"] == "trade") / 1000, "unit": "t"}


@q(WB, "What was our busiest day of the year, by number of loads weighed?",
   "date with the most non-void tickets")
def _():
    k, v = top(by(LOADS, lambda t: t["in"].date(), lambda t: 1), rel=0.05)
    return {"label": date_labels(k, "iso"), "number": v, "unit": "loads"}


@q(WB, "How much did card payments bring in during December?",
   "sum of charge, payment Card, weighed in December 2024")
def _():
    return {"number": sum(t["charge"] or 0 for t in LOADS if t["pay"] == "card" and t["in"].month == 12), "unit": "€"}


# ----------------------------------------------------------------------------------------------
# 3. dispensing.csv

DI = ["dispensing.csv"]

FILLS = []
for r in rows("dispensing.csv"):
    FILLS.append({"date": dt.datetime.strptime(r["fill_date"], "%m/%d/%Y").date(), "rx": int(r["rx_number"]),
                  "refill": int(r["refill_no"]), "drug": fold(r["drug"]), "cls": fold(r["drug_class"]),
                  "generic": yes(r["generic"]), "qty": num(r["quantity"]), "supply": int(r["days_supply"]),
                  "payer": fold(r["payer"]), "copay": money(r["copay"]), "plan": money(r["plan_paid"]),
                  "rph": fold(r["pharmacist"]), "status": fold(r["status"])})
assert all(f["copay"] is not None and f["plan"] is not None for f in FILLS)
assert {f["status"] for f in FILLS} == {"picked up", "returned to stock", "ready"}


@q(DI, "How many prescriptions did we fill in March, counting every refill separately?",
   "rows dated March 2024 (distinct rx numbers would be 5 fewer)")
def _():
    return {"number": sum(1 for f in FILLS if f["date"].month == 3), "unit": "fills"}


@q(DI, "What did patients pay in copays on prescriptions they actually picked up?",
   "sum of copay, status Picked up")
def _():
    return {"number": sum(f["copay"] for f in FILLS if f["status"] == "picked up"), "unit": "$"}


@q(DI, "which medication do we dispense most often",
   "drug (name and strength) with the most rows; the molecule (atorvastatin 20 + 40 mg) would also lead")
def _():
    k, v = top(by(FILLS, lambda f: f["drug"], lambda f: 1))
    mol = top(by(FILLS, lambda f: f["drug"].split()[0], lambda f: 1))[0]
    assert k.split()[0] == mol
    name, strength = k.split()
    label = [f"{name} {strength}", f"{name} {strength[:-2]} {strength[-2:]}"]
    return {"label": label, "number": v, "unit": "fills"}


@q(DI, "whats the avrage copay for patients on commercial insurance", "mean copay, payer Commercial")
def _():
    return {"number": statistics.mean(f["copay"] for f in FILLS if f["payer"] == "commercial"), "unit": "$"}


@q(DI, "How many fills were for cash-paying customers?", "rows with payer Cash")
def _():
    return {"number": sum(1 for f in FILLS if f["payer"] == "cash"), "unit": "fills"}


@q(DI, "What percent of our fills are generics?", "rows with generic yes / all rows")
def _():
    return {"number": pct(sum(1 for f in FILLS if f["generic"]) / len(FILLS)), "unit": "%"}


@q(DI, "What's the average days supply per fill?", "mean of days_supply")
def _():
    return {"number": statistics.mean(f["supply"] for f in FILLS), "unit": "days"}


@q(DI, "Which pharmacist filled the most scripts in Q3?", "pharmacist with the most rows dated July-September 2024")
def _():
    k, v = top(by(FILLS, lambda f: f["rph"], lambda f: 1, lambda f: quarter(f["date"]) == 3))
    distinct = defaultdict(set)
    for f in FILLS:
        if quarter(f["date"]) == 3:
            distinct[f["rph"]].add(f["rx"])
    assert top({p: len(v) for p, v in distinct.items()})[0] == k
    return {"label": [k.title()], "number": v, "unit": "fills"}


@q(DI, "What share of fills ended up being returned to stock?", "rows with status Returned to stock / all rows")
def _():
    return {"number": pct(sum(1 for f in FILLS if f["status"] == "returned to stock") / len(FILLS)), "unit": "%"}


@q(DI, "How much did insurance plans pay us for statins?", "sum of plan_paid, drug_class Statin")
def _():
    return {"number": sum(f["plan"] for f in FILLS if f["cls"] == "statin"), "unit": "$"}


@q(DI, "Which two drugs bring in the most money from insurance plans?", "the two drugs with the largest sum of plan_paid")
def _():
    return {"labels": [[k.split()[0]] for k in top_n(by(FILLS, lambda f: f["drug"], lambda f: f["plan"]), 2)]}


@q(DI, "In which month did plans pay us the most?", "month with the largest sum of plan_paid")
def _():
    k, v = top(by(FILLS, lambda f: f["date"].month, lambda f: f["plan"]))
    return {"label": month_labels(2024, k), "number": v, "unit": "$"}


@q(DI, "How many different products (drug + strength) have we dispensed?", "distinct folded drug values")
def _():
    return {"number": len({f["drug"] for f in FILLS}), "unit": "products"}


@q(DI, "busiest day of the week for fills?", "weekday with the most rows")
def _():
    k, v = top(by(FILLS, lambda f: f["date"].weekday(), lambda f: 1))
    return {"label": day_labels(k), "number": v, "unit": "fills"}


@q(DI, "How many metformin tablets did we dispense in total?",
   "sum of numeric quantity, drug Metformin 500mg (quantities written as words left out)")
def _():
    return {"number": sum(f["qty"] for f in FILLS if f["drug"].startswith("metformin") and f["qty"] is not None),
            "unit": "tablets"}


@q(DI, "How many times has Rx 0045213 been filled?", "rows whose rx_number is 0045213 or 45213")
def _():
    return {"number": sum(1 for f in FILLS if f["rx"] == 45213), "unit": "fills"}


@q(DI, "What's the median copay?", "median of copay over all rows")
def _():
    return {"number": statistics.median(f["copay"] for f in FILLS), "unit": "$"}


@q(DI, "What share of fills were billed to Medicare Part D?", "rows with payer Medicare Part D / all rows")
def _():
    return {"number": pct(sum(1 for f in FILLS if f["payer"] == "medicare part d") / len(FILLS)), "unit": "%"}


@q(DI, "how many fills had a copay over $50", "rows with copay > 50")
def _():
    return {"number": count_gt([f["copay"] for f in FILLS], 50.0), "unit": "fills"}


@q(DI, "How many more fills did we do in Q2 than in Q1?", "rows dated April-June minus rows dated January-March")
def _():
    a = sum(1 for f in FILLS if quarter(f["date"]) == 2)
    b = sum(1 for f in FILLS if quarter(f["date"]) == 1)
    return {"number": positive(a - b), "unit": "fills"}


@q(DI, "For insured (non-cash) Eliquis fills, what did the plan pay on average per fill?",
   "mean plan_paid, drug Eliquis 5mg, payer not Cash")
def _():
    return {"number": statistics.mean(f["plan"] for f in FILLS if f["drug"].startswith("eliquis") and f["payer"] != "cash"),
            "unit": "$"}


@q(DI, "How many seperate lisinopril prescriptions did we fill in 2024?",
   "distinct rx numbers (leading zeros folded) among Lisinopril rows")
def _():
    return {"number": len({f["rx"] for f in FILLS if f["drug"].startswith("lisinopril")}), "unit": "prescriptions"}


# ----------------------------------------------------------------------------------------------
# 4. lift_days.csv

LD = ["lift_days.csv"]

LIFT = []
for r in rows("lift_days.csv"):
    LIFT.append({"date": dt.datetime.strptime(r["date"], "%d/%m/%Y").date(), "lift": fold(r["lift"]),
                 "status": fold(r["status"]), "hours": num(r["hours_open"]), "scans": num(r["scans"]),
                 "wind": float(r["max_wind_kmh"]), "snow": 0.0 if fold(r["new_snow_cm"]) == "trace" else num(r["new_snow_cm"]),
                 "temp": float(r["temp_c"])})
OPEN = [x for x in LIFT if x["status"] == "open"]
assert all(x["scans"] is not None and x["hours"] is not None for x in OPEN)
assert all(not x["scans"] for x in LIFT if x["status"] != "open")
DAY_SCANS = by(LIFT, lambda x: x["date"], lambda x: x["scans"] or 0)
DAY_SNOW = {}
DAY_TEMP = {}
for x in LIFT:
    DAY_SNOW.setdefault(x["date"], x["snow"])
    assert DAY_SNOW[x["date"]] == x["snow"] or (DAY_SNOW[x["date"]] or 0) == (x["snow"] or 0)
    DAY_TEMP.setdefault(x["date"], x["temp"])
    assert DAY_TEMP[x["date"]] == x["temp"]


@q(LD, "total lift scans for the season?", "sum of scans")
def _():
    return {"number": sum(DAY_SCANS.values()), "unit": "scans"}


@q(LD, "Which lift was the busiest this season?", "lift with the largest sum of scans")
def _():
    k, v = top(by(OPEN, lambda x: x["lift"], lambda x: x["scans"]))
    return {"label": [k], "number": v, "unit": "scans"}


@q(LD, "What was the busiest day of the season on the lifts?", "date with the largest sum of scans over all lifts")
def _():
    k, v = top(DAY_SCANS)
    return {"label": date_labels(k, "dmy"), "number": v, "unit": "scans"}


@q(LD, "How many days was the Summit Express shut because of wind?", "rows for Summit Express with status Closed - wind")
def _():
    return {"number": sum(1 for x in LIFT if x["lift"] == "summit express" and x["status"] == "closed - wind"),
            "unit": "days"}


@q(LD, "On days it was running, what were the Summit Express's average daily scans?",
   "mean scans over Summit Express rows with status Open")
def _():
    return {"number": statistics.mean(x["scans"] for x in OPEN if x["lift"] == "summit express"), "unit": "scans"}


@q(LD, "Which month had the most lift scans?", "calendar month with the largest sum of scans")
def _():
    k, v = top(by(OPEN, lambda x: (x["date"].year, x["date"].month), lambda x: x["scans"]))
    return {"label": month_labels(*k), "number": v, "unit": "scans"}


@q(LD, "on an average saturday how many scans do we get across the whole resort",
   "mean over Saturdays of the day's total scans (all lifts)")
def _():
    return {"number": statistics.mean(v for d, v in DAY_SCANS.items() if d.weekday() == 5), "unit": "scans"}


@q(LD, "What share of all scans were on the gondola?", "Gondola scans / all scans")
def _():
    return {"number": pct(sum(x["scans"] for x in OPEN if x["lift"] == "gondola") / sum(DAY_SCANS.values())),
            "unit": "%"}


@q(LD, "How much fresh snow fell in January, in cm?",
   "sum over January days of the day's new_snow_cm (once per day, not once per lift row; trace = 0)")
def _():
    return {"number": sum(v or 0 for d, v in DAY_SNOW.items() if d.month == 1), "unit": "cm"}


@q(LD, "On how many days did we have more than 25,000 scans in total?",
   "dates whose total scans (all lifts) exceed 25,000")
def _():
    return {"number": count_over(list(DAY_SCANS.values()), 25000), "unit": "days"}


@q(LD, "which lift was closed on the most days?", "lift with the most rows whose status is not Open")
def _():
    k, v = top(by(LIFT, lambda x: x["lift"], lambda x: 1, lambda x: x["status"] != "open"))
    return {"label": [k], "number": v, "unit": "days"}


@q(LD, "How many scans per hour of opening did the Nursery Drag manage over the season?",
   "sum of scans / sum of hours_open, Nursery Drag rows with status Open")
def _():
    n = [x for x in OPEN if x["lift"] == "nursery drag"]
    return {"number": sum(x["scans"] for x in n) / sum(x["hours"] for x in n), "unit": "scans/h"}


@q(LD, "How many scans did we do over the Christmas holidays (21 Dec to 5 Jan inclusive)?",
   "sum of scans, 21 December 2024 - 5 January 2025")
def _():
    return {"number": sum(v for d, v in DAY_SCANS.items() if dt.date(2024, 12, 21) <= d <= dt.date(2025, 1, 5)),
            "unit": "scans"}


@q(LD, "How many more scans were there in February than in March?", "scans in February 2025 - scans in March 2025")
def _():
    a = sum(v for d, v in DAY_SCANS.items() if d.month == 2)
    b = sum(v for d, v in DAY_SCANS.items() if d.month == 3)
    return {"number": positive(a - b), "unit": "scans"}


@q(LD, "What was the coldest day of the season?", "date with the lowest temp_c (the resort's, once per day)")
def _():
    k, v = top(DAY_TEMP, most=False, rel=0)
    assert sorted(DAY_TEMP.values())[1] > v
    return {"label": date_labels(k, "dmy"), "number": v, "unit": "°C"}


@q(LD, "On how many days were all seven lifts open?", "dates on which every lift's status is Open")
def _():
    closed = {x["date"] for x in LIFT if x["status"] != "open"}
    per = by(LIFT, lambda x: x["date"], lambda x: 1)
    assert all(v == 7 for v in per.values())
    return {"number": len(per) - len(closed), "unit": "days"}


@q(LD, "What percentage of days was the North Face T-Bar open?",
   "North Face T-Bar rows with status Open / all its rows")
def _():
    t = [x for x in LIFT if x["lift"] == "north face t-bar"]
    return {"number": pct(sum(1 for x in t if x["status"] == "open") / len(t)), "unit": "%"}


@q(LD, "What's the average daily total on weekends (Sat and Sun)?", "mean over Saturdays and Sundays of the day's total scans")
def _():
    return {"number": statistics.mean(v for d, v in DAY_SCANS.items() if d.weekday() >= 5), "unit": "scans"}


@q(LD, "Strongest wind recorded at the Summit Express?", "max max_wind_kmh, Summit Express rows")
def _():
    return {"number": max(x["wind"] for x in LIFT if x["lift"] == "summit express"), "unit": "km/h"}


@q(LD, "how many scans did eagle chair do in march", "sum of scans, Eagle Chair, March 2025")
def _():
    return {"number": sum(x["scans"] for x in OPEN if x["lift"] == "eagle chair" and x["date"].month == 3),
            "unit": "scans"}


# ----------------------------------------------------------------------------------------------
# 5. maintenance_jobs.csv + flats.csv

MJ = ["maintenance_jobs.csv", "flats.csv"]

FLATS = {}
for r in rows("flats.csv"):
    FLATS[int(r["flat_id"])] = {"id": r["flat_id"].strip(), "building": fold(r["building"]), "beds": int(r["bedrooms"]),
                                "rent": money(r["monthly_rent"])}
JOBS = []
for r in rows("maintenance_jobs.csv"):
    f = FLATS[int(r["flat"])]
    rep = dt.datetime.strptime(r["reported"], "%d/%m/%Y %H:%M")
    comp = dt.datetime.strptime(r["completed"], "%d/%m/%Y %H:%M") if r["completed"].strip() else None
    JOBS.append({"no": r["job_no"], "flat": f["id"], "building": f["building"], "beds": f["beds"], "rep": rep,
                 "comp": comp, "cat": fold(r["category"]), "pr": fold(r["priority"]), "con": fold(r["contractor"]),
                 "cost": money(r["cost"]), "tenant": yes(r["tenant_damage"]),
                 "hours": None if comp is None else (comp - rep).total_seconds() / 3600})
assert all(j["cost"] is None for j in JOBS if j["comp"] is None)


def costed(cond=lambda j: True):
    return [j for j in JOBS if j["cost"] is not None and cond(j)]


@q(MJ, "What did repair jobs reported in 2024 cost us in total?", "sum of numeric cost, jobs reported in 2024")
def _():
    return {"number": sum(j["cost"] for j in costed(lambda j: j["rep"].year == 2024)), "unit": "£"}


@q(MJ, "Which building has cost us the most in maintenance?", "building (lookup via flat id) with the largest cost")
def _():
    k, v = top(by(costed(), lambda j: j["building"], lambda j: j["cost"]))
    return {"label": [k], "number": v, "unit": "£"}


@q(MJ, "which two flats have cost the most in repairs", "the two flats with the largest sum of numeric cost")
def _():
    return {"labels": [[k, f"flat {int(k)}", f"flat {k}"] for k in top_n(by(costed(), lambda j: j["flat"], lambda j: j["cost"]), 2)]}


@q(MJ, "On average, how many hours does it take to sort out an emergency job?",
   "mean of completed - reported in hours, completed Emergency jobs")
def _():
    return {"number": statistics.mean(j["hours"] for j in JOBS if j["pr"] == "emergency" and j["hours"] is not None),
            "unit": "h"}


@q(MJ, "How many jobs are still open?", "jobs with no completed time")
def _():
    return {"number": sum(1 for j in JOBS if j["comp"] is None), "unit": "jobs"}


@q(MJ, "how many repair jobs has flat 7 had", "jobs whose flat is 007 / 07 / 7")
def _():
    return {"number": sum(1 for j in JOBS if j["flat"] == "007"), "unit": "jobs"}


@q(MJ, "What kind of repair comes up least often?", "category with the fewest jobs")
def _():
    k, v = top(by(JOBS, lambda j: j["cat"], lambda j: 1), most=False)
    return {"label": [k], "number": v, "unit": "jobs"}


@q(MJ, "Which contractor have we paid the most?", "contractor with the largest sum of numeric cost")
def _():
    k, v = top(by(costed(), lambda j: j["con"], lambda j: j["cost"]))
    return {"label": [k], "number": v, "unit": "£"}


@q(MJ, "What's the median time to complete an urgent job, in hours?",
   "median of completed - reported in hours, completed Urgent jobs")
def _():
    return {"number": statistics.median(j["hours"] for j in JOBS if j["pr"] == "urgent" and j["hours"] is not None),
            "unit": "h"}


@q(MJ, "What percentage of jobs were down to tenant damage?", "jobs with tenant_damage yes / all jobs")
def _():
    return {"number": pct(sum(1 for j in JOBS if j["tenant"]) / len(JOBS)), "unit": "%"}


@q(MJ, "How many heating call-outs did we get in January 2024?", "jobs of category Heating reported in January 2024")
def _():
    return {"number": sum(1 for j in JOBS if j["cat"] == "heating" and (j["rep"].year, j["rep"].month) == (2024, 1)),
            "unit": "jobs"}


@q(MJ, "avg cost of a plumbing job?", "mean numeric cost, category Plumbing")
def _():
    return {"number": statistics.mean(j["cost"] for j in costed(lambda j: j["cat"] == "plumbing")), "unit": "£"}


@q(MJ, "How much have we spent on repairs in the two-bedroom flats?",
   "sum of numeric cost, flats with 2 bedrooms (lookup)")
def _():
    return {"number": sum(j["cost"] for j in costed(lambda j: j["beds"] == 2)), "unit": "£"}


@q(MJ, "How many jobs were reported at the weekend?", "jobs whose reported date is a Saturday or Sunday")
def _():
    return {"number": sum(1 for j in JOBS if j["rep"].weekday() >= 5), "unit": "jobs"}


@q(MJ, "By what percentage did our repair bill go up from 2023 to 2024? (by the date a job was reported)",
   "growth of the sum of numeric cost, jobs reported in 2024 over 2023")
def _():
    a = sum(j["cost"] for j in costed(lambda j: j["rep"].year == 2024))
    b = sum(j["cost"] for j in costed(lambda j: j["rep"].year == 2023))
    return {"number": positive(growth(a, b)), "unit": "%"}


@q(MJ, "What's Cedar Mews' average repair spend per flat?",
   "sum of numeric cost at Cedar Mews / Cedar Mews flats in flats.csv (every one has jobs)")
def _():
    n = sum(1 for f in FLATS.values() if f["building"] == "cedar mews")
    assert len({j["flat"] for j in JOBS if j["building"] == "cedar mews"}) == n
    return {"number": sum(j["cost"] for j in costed(lambda j: j["building"] == "cedar mews")) / n, "unit": "£"}


@q(MJ, "How many jobs cost £500 or more?", "jobs with numeric cost >= 500")
def _():
    return {"number": sum(1 for j in costed() if j["cost"] >= 500), "unit": "jobs"}


@q(MJ, "which flat needs fixing the most often?", "flat with the most jobs")
def _():
    k, v = top(by(JOBS, lambda j: j["flat"], lambda j: 1))
    return {"label": [k, f"flat {int(k)}", f"flat {k}"], "number": v, "unit": "jobs"}


@q(MJ, "What share of emergency jobs were finished within 24 hours?",
   "completed Emergency jobs with completed - reported <= 24 h / all Emergency jobs (no job sits at 24 h; open "
   "ones count as not finished)")
def _():
    e = [j for j in JOBS if j["pr"] == "emergency"]
    assert all(j["comp"] is not None for j in e)
    assert all(j["hours"] != 24 for j in e)
    return {"number": pct(sum(1 for j in e if j["hours"] <= 24) / len(e)), "unit": "%"}


@q(MJ, "In 2024 which month had the most jobs reported?", "month of 2024 with the most jobs by reported date")
def _():
    k, v = top(by(JOBS, lambda j: j["rep"].month, lambda j: 1, lambda j: j["rep"].year == 2024))
    return {"label": month_labels(2024, k), "number": v, "unit": "jobs"}


@q(MJ, "Which building has the most repair jobs per flat?",
   "jobs per building / flats per building (lookup)")
def _():
    n = by(FLATS.values(), lambda f: f["building"], lambda f: 1)
    d = {b: c / n[b] for b, c in by(JOBS, lambda j: j["building"], lambda j: 1).items()}
    k, v = top(d)
    return {"label": [k], "number": v, "unit": "jobs per flat"}


@q(MJ, "What's the total monthly rent across Birch House?", "sum of monthly_rent, building Birch House (flats.csv)")
def _():
    return {"number": sum(f["rent"] for f in FLATS.values() if f["building"] == "birch house"), "unit": "£"}


# ----------------------------------------------------------------------------------------------
# 6. choir_register.csv

CR = ["choir_register.csv"]

REG = []
for r in rows("choir_register.csv"):
    st = fold(r["status"])
    REG.append({"date": dt.datetime.strptime(r["date"], "%m/%d/%Y").date(), "kind": fold(r["session"]),
                "name": fold(r["member"]), "sec": fold(r["section"]), "status": st,
                "came": st in ("present", "late"), "late": num(r["minutes_late"])})
assert {x["status"] for x in REG} == {"present", "late", "absent", "apologies"}
DISPLAY = {}
for r in rows("choir_register.csv"):
    DISPLAY.setdefault(fold(r["member"]), re.sub(r"\s+", " ", r["member"]).strip().title())
REH = [x for x in REG if x["kind"] == "rehearsal"]


def rate(items):
    return pct(sum(1 for x in items if x["came"]) / len(items))


@q(CR, "What's our overall attendance rate?", "rows Present or Late / all rows (rehearsals and concerts)")
def _():
    return {"number": rate(REG), "unit": "%"}


@q(CR, "Which section turns up best?", "section with the highest share of rows Present or Late")
def _():
    d = {}
    for s in sorted({x["sec"] for x in REG}):
        d[s] = rate([x for x in REG if x["sec"] == s])
    k, v = top(d)
    return {"label": [k, {"bass": "basses"}.get(k, k + "s")], "number": v, "unit": "%"}


@q(CR, "who is late most often?", "member with the most rows of status Late")
def _():
    k, v = top(by(REG, lambda x: x["name"], lambda x: 1, lambda x: x["status"] == "late"))
    return {"label": [DISPLAY[k]], "number": v, "unit": "times"}


@q(CR, "When someone is late, how many minutes late are they on average?",
   "mean numeric minutes_late over Late rows (few / ? / n/a left out)")
def _():
    return {"number": statistics.mean(x["late"] for x in REG if x["status"] == "late" and x["late"] is not None),
            "unit": "min"}


@q(CR, "How many members have never missed a session?",
   "members with no Absent or Apologies row")
def _():
    missed = {x["name"] for x in REG if not x["came"]}
    return {"number": len({x["name"] for x in REG} - missed), "unit": "members"}


@q(CR, "How many rehearsals have we had this season (not counting concerts)?", "distinct dates of Rehearsal rows")
def _():
    return {"number": len({x["date"] for x in REH}), "unit": "rehearsals"}


@q(CR, "Which month had the worst attendance?", "month with the lowest share of rows Present or Late")
def _():
    d = {}
    for k in sorted({(x["date"].year, x["date"].month) for x in REG}):
        d[k] = rate([x for x in REG if (x["date"].year, x["date"].month) == k])
    k, v = top(d, most=False)
    return {"label": month_labels(*k), "number": v, "unit": "%"}


@q(CR, "How many different tenors have sung with us this season?", "distinct member names with section Tenor")
def _():
    return {"number": len({x["name"] for x in REG if x["sec"] == "tenor"}), "unit": "members"}


@q(CR, "how many singers turned up to the christmas concert", "rows Present or Late on the December concert date")
def _():
    c = [x for x in REG if x["kind"] == "concert" and x["date"].month == 12]
    assert len({x["date"] for x in c}) == 1
    return {"number": sum(1 for x in c if x["came"]), "unit": "singers"}


@q(CR, "How many apologies did we get in December?", "rows with status Apologies in December 2024")
def _():
    return {"number": sum(1 for x in REG if x["status"] == "apologies" and x["date"].month == 12), "unit": "apologies"}


@q(CR, "Who has missed the most sessions?", "member with the most Absent or Apologies rows")
def _():
    k, v = top(by(REG, lambda x: x["name"], lambda x: 1, lambda x: not x["came"]))
    return {"label": [DISPLAY[k]], "number": v, "unit": "sessions"}


@q(CR, "What has attendance been since the new year?", "rows Present or Late / all rows, dated 2025")
def _():
    return {"number": rate([x for x in REG if x["date"].year == 2025]), "unit": "%"}


@q(CR, "On average how many people come to a rehearsal?",
   "rows Present or Late at Rehearsal sessions / distinct rehearsal dates")
def _():
    return {"number": sum(1 for x in REH if x["came"]) / len({x["date"] for x in REH}), "unit": "people"}


@q(CR, "What % of absences came with apologies?", "rows Apologies / rows Absent or Apologies")
def _():
    return {"number": pct(sum(1 for x in REG if x["status"] == "apologies") / sum(1 for x in REG if not x["came"])),
            "unit": "%"}


@q(CR, "How many times were basses absent without sending apologies?", "rows Absent, section Bass")
def _():
    return {"number": sum(1 for x in REG if x["status"] == "absent" and x["sec"] == "bass"), "unit": "times"}


@q(CR, "In total how many minutes have been lost to people arriving late?", "sum of numeric minutes_late")
def _():
    return {"number": sum(x["late"] for x in REG if x["late"] is not None), "unit": "min"}


@q(CR, "Which rehearsal had the lowest percentage turnout?",
   "rehearsal date with the lowest share of its rows Present or Late")
def _():
    d = {}
    for day in sorted({x["date"] for x in REH}):
        d[day] = rate([x for x in REH if x["date"] == day])
    k, v = top(d, most=False)
    return {"label": date_labels(k, "mdy"), "number": v, "unit": "%"}


@q(CR, "How many new members joined in January?", "members whose first row is dated January 2025")
def _():
    first = {}
    for x in sorted(REG, key=lambda x: x["date"]):
        first.setdefault(x["name"], x["date"])
    return {"number": sum(1 for d in first.values() if (d.year, d.month) == (2025, 1)), "unit": "members"}


@q(CR, "what's gareth's attendance like, as a percentage?", "rows Present or Late / rows, the one member named Gareth")
def _():
    g = sorted({x["name"] for x in REG if x["name"].split()[0] == "gareth"})
    assert len(g) == 1
    return {"number": rate([x for x in REG if x["name"] == g[0]]), "unit": "%"}


@q(CR, "How many different people appear on the register?", "distinct member names (folded)")
def _():
    return {"number": len({x["name"] for x in REG}), "unit": "members"}


# ----------------------------------------------------------------------------------------------


def clean(truth):
    out = {}
    for k, v in truth.items():
        if isinstance(v, float):
            v = round(v, 6)
            if v == int(v) and k != "number":
                v = int(v)
        out[k] = v
    return out


def main():
    out = []
    for i, qd in enumerate(QUESTIONS, 1):
        try:
            truth = clean(qd["fn"]())
        except AssertionError as e:
            if "--print" not in sys.argv:
                raise
            print(f"s9-{i:03d}  {qd['question']}\n        GUARD FAILED: {e}")
            continue
        out.append({"id": f"s9-{i:03d}", "dataset": qd["dataset"], "question": qd["question"], "truth": truth,
                    "note": qd["note"]})
        print(f"s9-{i:03d}  {qd['question']}\n        {json.dumps(truth, ensure_ascii=False)}")
    if "--print" not in sys.argv:
        (HERE / "questions.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    counts = defaultdict(int)
    for o in out:
        counts["+".join(o["dataset"])] += 1
    print(f"{len(out)} questions: " + ", ".join(f"{k} {v}" for k, v in counts.items()))


if __name__ == "__main__":
    main()
