#!/usr/bin/env python3
"""Computes every truth of set 15 from the committed CSVs (plain Python) and writes questions.json.

    python3 tests/heldout/set15/truths.py [--print]

Reading rules (the same for every question):
  * a category is compared after folding case and collapsing spaces (" EXPRESS", "Same  Day" -> "express",
    "same day"); statuses likewise ("DELIVERED " -> delivered, "Canceled" -> cancelled, physio "DNA" and
    "no show" -> no-show);
  * a number cell holding a word ("n/a", "unknown", "not recorded", "tbc", "?") or blank is missing, not 0;
  * money: "$1,234.50", "1234.5", "£90", "£1,120.00"; euros "€1.104,00" / "€ 24,00" / "-€24,00" /
    "€-24,00" / "-24,00" (dot thousands, decimal comma); a blank fee is 0;
  * dates: courier ISO 'T' datetimes; canteen US M/D/YYYY (unpadded); florist dd/mm/yyyy; boat
    "YYYY-MM-DD HH:MM"; physio "dd/mm/yyyy HH:MM";
  * courier client ids lose their leading zeros in the jobs file ("42" is client "0042");
  * boat ledger rows whose status is VOID (any case) are left out of every figure except the VOID count.
"""

import csv
import datetime as dt
import json
import statistics
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"


def rd(name):
    with open(DATA / name, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def fold(s):
    return " ".join((s or "").split()).lower()


def num(s):
    s = (s or "").strip()
    try:
        return float(s)
    except ValueError:
        return None


def money(s):
    s = (s or "").strip().replace("$", "").replace("£", "").replace(",", "").replace(" ", "")
    return float(s) if s else 0.0


def euro(s):
    s = (s or "").strip().replace("€", "").replace(" ", "").replace(".", "").replace(",", ".")
    return float(s) if s else 0.0


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def month_label(m, year):
    name = MONTHS[m - 1]
    return [name, f"{name} {year}", f"{year}-{m:02d}", f"{name[:3]} {year}"]


def day_label(i):
    return [DAYS[i], DAYS[i] + "s"]


def date_label(d, own):
    m = MONTHS[d.month - 1]
    sfx = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return [f"{d.day} {m}", f"{m} {d.day}", f"{d.day}{sfx} {m}", f"{m} {d.day}{sfx}", f"{m[:3]} {d.day}",
            f"{d.day} {m[:3]}", d.isoformat(), own]


class GuardError(Exception):
    pass


def top(counter, lowest=False, margin=0.02):
    """The key with the highest (lowest) value; must beat the runner-up by more than margin (relative)."""
    items = sorted(counter.items(), key=lambda kv: kv[1], reverse=not lowest)
    (k1, v1), (k2, v2) = items[0], items[1]
    gap = abs(v1 - v2) / max(abs(v1), abs(v2))
    if gap <= margin:
        raise GuardError(f"top: {k1}={v1} vs {k2}={v2} (gap {gap:.3%})")
    return k1


def positive(x):
    if x <= 0:
        raise GuardError(f"difference not positive: {x}")
    return x


def no_tie(values, threshold):
    if any(abs(v - threshold) < 1e-9 for v in values):
        raise GuardError(f"a value equals the threshold {threshold}")


def N(x, unit):
    return {"number": round(x, 6), "unit": unit}


def L(labels):
    return {"label": labels}


# ------------------------------------------------------------------------------------------------
# loading

def load_courier():
    clients = {}
    for r in rd("couriers_clients.csv"):
        clients[int(r["client_id"])] = {"name": r["client_name"].strip(), "sector": fold(r["sector"]),
                                        "area": fold(r["area"])}
    jobs = []
    for r in rd("courier_jobs.csv"):
        st = fold(r["status"])
        st = {"canceled": "cancelled"}.get(st, st)
        booked = dt.datetime.fromisoformat(r["booked_at"])
        deliv = dt.datetime.fromisoformat(r["delivered_at"]) if r["delivered_at"].strip() else None
        jobs.append({"booked": booked, "delivered": deliv, "client": int(r["client_id"]), "rider": fold(r["rider"]),
                     "service": fold(r["service"]), "km": num(r["distance_km"]), "fee": money(r["fee"]),
                     "status": st,
                     "mins": (deliv - booked).total_seconds() / 60 if deliv else None})
    assert {j["status"] for j in jobs} == {"delivered", "cancelled", "failed"}
    assert all(j["client"] in clients for j in jobs)
    return jobs, clients


def load_canteen():
    rows = []
    for r in rd("canteen_daily.csv"):
        m, d, y = (int(x) for x in r["date"].split("/"))
        rows.append({"date": dt.date(y, m, d), "raw": r["date"], "counter": fold(r["counter"]),
                     "items": num(r["items_sold"]) or 0.0, "takings": money(r["takings"]),
                     "fsm": num(r["free_meals"]), "open": fold(r["status"]) == "open", "note": fold(r["note"])})
    assert {fold(r["status"]) for r in rd("canteen_daily.csv")} == {"open", "closed"}
    return rows


def dmy(s):
    d, m, y = (int(x) for x in s.strip().split("/"))
    return dt.date(y, m, d)


def load_florist():
    rows = []
    for r in rd("florist_orders.csv"):
        rows.append({"ordered": dmy(r["ordered_on"]), "event": dmy(r["event_date"]), "occasion": fold(r["occasion"]),
                     "arr": fold(r["arrangement"]), "qty": int(r["qty"]), "stems": num(r["stems"]),
                     "total": money(r["total"]), "deposit": money(r["deposit"]), "status": fold(r["status"])})
    assert {r["status"] for r in rows} == {"delivered", "collected", "cancelled"}
    return rows


def load_boat():
    rows = []
    for r in rd("boat_ledger.csv"):
        rows.append({"t": dt.datetime.strptime(r["posted"], "%Y-%m-%d %H:%M"), "type": fold(r["type"]),
                     "trip": fold(r["trip"]), "pax": num(r["passengers"]), "amt": euro(r["amount"]),
                     "method": fold(r["method"]), "void": fold(r["status"]) == "void"})
    assert {r["type"] for r in rows} == {"ticket", "refund", "bar", "gift voucher", "weather credit", "private charter"}
    return rows


def load_physio():
    rows = []
    for r in rd("physio_appointments.csv"):
        st = fold(r["status"])
        st = {"dna": "no-show", "no show": "no-show"}.get(st, st)
        rows.append({"start": dt.datetime.strptime(r["start"], "%d/%m/%Y %H:%M"), "patient": r["patient"].strip(),
                     "physio": fold(r["physio"]), "treat": fold(r["treatment"]), "mins": num(r["minutes"]),
                     "fee": money(r["fee"]), "payer": fold(r["payer"]), "status": st})
    assert {r["status"] for r in rows} == {"attended", "cancelled", "no-show"}
    return rows


CJ, CL = load_courier()
CA = load_canteen()
FL = load_florist()
BO = load_boat()
PH = load_physio()

QUESTIONS = []


def q(dataset, question, note):
    def deco(fn):
        QUESTIONS.append((dataset, question, note, fn))
        return fn
    return deco


C = ["courier_jobs.csv"]
CC = ["courier_jobs.csv", "couriers_clients.csv"]
CAN = ["canteen_daily.csv"]
FLO = ["florist_orders.csv"]
BOA = ["boat_ledger.csv"]
PHY = ["physio_appointments.csv"]


def cap(s):
    return " ".join(w.capitalize() for w in s.split())


# ------------------------------------------------------------------------------------------------
# courier

DEL = [j for j in CJ if j["status"] == "delivered"]


@q(C, "How much did we earn from delivered jobs in March 2025?",
   "sum of fee over delivered jobs booked in March 2025 (booked and delivered the same day)")
def _():
    return N(sum(j["fee"] for j in DEL if j["booked"].month == 3), "$")


@q(C, "how many jobs got cancelled in Q1?", "rows with status cancelled/canceled booked Jan-Mar 2025")
def _():
    return N(sum(1 for j in CJ if j["status"] == "cancelled" and j["booked"].month <= 3), "jobs")


@q(C, "Which rider completed the most deliveries?", "count of delivered jobs per rider (folded spelling)")
def _():
    return L([cap(top(Counter(j["rider"] for j in DEL)))])


@q(C, "Which of our riders did the fewest deliveries?", "lowest count of delivered jobs per rider")
def _():
    return L([cap(top(Counter(j["rider"] for j in DEL), lowest=True))])


@q(C, "What's the average delivery time for Express jobs, in minutes?",
   "mean of delivered_at - booked_at over delivered Express jobs")
def _():
    return N(statistics.mean(j["mins"] for j in DEL if j["service"] == "express"), "min")


@q(C, "On average, how long does a standard delivery take from booking to drop-off? Give it in minutes.",
   "mean of delivered_at - booked_at over delivered Standard jobs")
def _():
    return N(statistics.mean(j["mins"] for j in DEL if j["service"] == "standard"), "min")


@q(C, "What percentage of all the jobs booked ended up failed?", "failed rows / all rows x 100")
def _():
    return N(100 * sum(1 for j in CJ if j["status"] == "failed") / len(CJ), "%")


@q(C, "Across delivered jobs that have a distance logged, what do we make per kilometre?",
   "sum of fee / sum of distance_km over delivered jobs whose distance is a number")
def _():
    js = [j for j in DEL if j["km"] is not None]
    return N(sum(j["fee"] for j in js) / sum(j["km"] for j in js), "$/km")


@q(C, "total km ridden on delivered jobs in april? ignore the ones with no distance",
   "sum of distance_km over delivered jobs booked in April 2025, distance a number")
def _():
    return N(sum(j["km"] for j in DEL if j["booked"].month == 4 and j["km"] is not None), "km")


@q(C, "How many different clients booked a job with us in May?",
   "distinct client ids (leading zeros restored) over all rows booked in May 2025, cancelled included")
def _():
    return N(len({j["client"] for j in CJ if j["booked"].month == 5}), "clients")


@q(CC, "Which client sector did we bill the most?",
   "fee summed over every row (cancelled rows are blank/0; failed jobs are charged), by the client's sector")
def _():
    c, c2 = Counter(), Counter()
    for j in CJ:
        c[CL[j["client"]]["sector"]] += j["fee"]
    for j in DEL:
        c2[CL[j["client"]]["sector"]] += j["fee"]
    assert top(c) == top(c2)  # same with delivered jobs only
    return L([cap(top(c))])


@q(CC, "How many deliveries did we make for clients based in Docklands?",
   "delivered jobs whose client's area is Docklands (joined on client_id, leading zeros restored)")
def _():
    return N(sum(1 for j in DEL if CL[j["client"]]["area"] == "docklands"), "deliveries")


@q(CC, "Which client booked the most jobs with us?", "rows per client id (all statuses), named through the client list")
def _():
    c = Counter(j["client"] for j in CJ)
    k = top(c, margin=0.05)
    assert k == top(Counter(j["client"] for j in DEL))  # same over delivered jobs
    return L([CL[k]["name"]])


@q(["couriers_clients.csv"], "how many clients do we have in the legal sector", "rows of the client list whose sector folds to legal")
def _():
    return N(sum(1 for c in CL.values() if c["sector"] == "legal"), "clients")


@q(C, "What's the most common service people book?", "most frequent service over all rows")
def _():
    return L([cap(top(Counter(j["service"] for j in CJ)))])


@q(C, "How much more did we bill in Q2 than in Q1?",
   "fee summed over all rows booked Apr-Jun minus Jan-Mar 2025 (failed charged, cancelled 0)")
def _():
    q2 = sum(j["fee"] for j in CJ if 4 <= j["booked"].month <= 6)
    q1 = sum(j["fee"] for j in CJ if j["booked"].month <= 3)
    return N(positive(q2 - q1), "$")


@q(["couriers_clients.csv"], "Which area are most of our clients based in?", "rows of the client list per folded area")
def _():
    return L([cap(top(Counter(c["area"] for c in CL.values())))])


@q(C, "What's the average fee on a Same Day job that was actually delivered?", "mean fee over delivered Same Day jobs")
def _():
    return N(statistics.mean(j["fee"] for j in DEL if j["service"] == "same day"), "$")


@q(C, "How many Express jobs were delivered in 45 minutes or less?",
   "delivered Express jobs with delivered_at - booked_at <= 45 minutes")
def _():
    ms = [j["mins"] for j in DEL if j["service"] == "express"]
    return N(sum(1 for m in ms if m <= 45), "jobs")


@q(CC, "What's the average fee on delivered jobs for medical clients?",
   "mean fee over delivered jobs whose client's sector is Medical")
def _():
    return N(statistics.mean(j["fee"] for j in DEL if CL[j["client"]]["sector"] == "medical"), "$")


@q(C, "What was the longest delivery in February, booking to drop-off, in minutes?",
   "max of delivered_at - booked_at over delivered jobs booked in February 2025")
def _():
    return N(max(j["mins"] for j in DEL if j["booked"].month == 2), "min")


@q(C, "How many more jobs did we get in June than in May?", "rows booked in June minus rows booked in May 2025")
def _():
    return N(positive(sum(1 for j in CJ if j["booked"].month == 6) - sum(1 for j in CJ if j["booked"].month == 5)),
             "jobs")


@q(CC, "What share of our delivered jobs were for hospitality clients?",
   "delivered jobs of Hospitality clients / all delivered jobs x 100")
def _():
    return N(100 * sum(1 for j in DEL if CL[j["client"]]["sector"] == "hospitality") / len(DEL), "%")


# ------------------------------------------------------------------------------------------------
# canteen

OPEN = [r for r in CA if r["open"]]


@q(CAN, "What were the canteen's total takings in October?", "sum of takings, dates in October 2024")
def _():
    return N(sum(r["takings"] for r in CA if r["date"].month == 10), "$")


@q(CAN, "Which counter took the least money in December?", "lowest summed takings per counter, December 2024")
def _():
    c = Counter()
    for r in CA:
        if r["date"].month == 12:
            c[r["counter"]] += r["takings"]
    return L([cap(top(c, lowest=True))])


@q(CAN, "how many items did the snack hatch sell this term", "sum of items_sold for Snack Hatch, all rows (Sep-Dec 2024)")
def _():
    return N(sum(r["items"] for r in CA if r["counter"] == "snack hatch"), "items")


@q(CAN, "What's the average daily takings at the sandwich bar on days it was open?",
   "mean takings over Sandwich Bar rows with status open")
def _():
    return N(statistics.mean(r["takings"] for r in OPEN if r["counter"] == "sandwich bar"), "$")


@q(CAN, "On how many days was the whole canteen closed?", "dates on which every counter's row is closed")
def _():
    by = defaultdict(list)
    for r in CA:
        by[r["date"]].append(r["open"])
    return N(sum(1 for v in by.values() if not any(v)), "days")


@q(CAN, "What's the average spend per item at the hot meals counter?",
   "sum of takings / sum of items_sold, Hot Meals, open rows")
def _():
    rs = [r for r in OPEN if r["counter"] == "hot meals"]
    return N(sum(r["takings"] for r in rs) / sum(r["items"] for r in rs), "$")


@q(CAN, "How many free school meals did we serve in September? Skip days where it wasn't recorded.",
   "sum of free_meals where it is a number, September 2024")
def _():
    return N(sum(r["fsm"] for r in CA if r["date"].month == 9 and r["fsm"] is not None), "meals")


@q(CAN, "Which weekday has the highest hot meals takings on average?",
   "mean takings per weekday over open Hot Meals rows")
def _():
    s, n = Counter(), Counter()
    for r in OPEN:
        if r["counter"] == "hot meals":
            s[r["date"].weekday()] += r["takings"]
            n[r["date"].weekday()] += 1
    return L(day_label(top({k: s[k] / n[k] for k in s})))


@q(CAN, "What was our best day for takings, all counters together?", "date with the highest summed takings")
def _():
    c, raw = Counter(), {}
    for r in CA:
        c[r["date"]] += r["takings"]
        raw[r["date"]] = r["raw"]
    d = top(c, margin=0.02)
    return L(date_label(d, raw[d]))


@q(CAN, "How much more did the canteen take in November than in October?", "November takings minus October takings")
def _():
    nov = sum(r["takings"] for r in CA if r["date"].month == 11)
    octo = sum(r["takings"] for r in CA if r["date"].month == 10)
    return N(positive(nov - octo), "$")


@q(CAN, "What share of the term's takings came from the snack hatch?", "Snack Hatch takings / all takings x 100")
def _():
    return N(100 * sum(r["takings"] for r in CA if r["counter"] == "snack hatch") / sum(r["takings"] for r in CA), "%")


@q(CAN, "How many days was breakfast club open in December?", "Breakfast Club rows with status open, December 2024")
def _():
    return N(sum(1 for r in OPEN if r["counter"] == "breakfast club" and r["date"].month == 12), "days")


@q(CAN, "total takings for the whole autumn term?", "sum of all takings (the file is the autumn term, Sep-Dec 2024)")
def _():
    return N(sum(r["takings"] for r in CA), "$")


@q(CAN, "On average how many hot meals do we sell on a day the counter is open?",
   "mean items_sold over open Hot Meals rows")
def _():
    return N(statistics.mean(r["items"] for r in OPEN if r["counter"] == "hot meals"), "meals")


@q(CAN, "On which date did the sandwich bar take the most money?", "Sandwich Bar row with the highest takings")
def _():
    c = {r["date"]: r["takings"] for r in CA if r["counter"] == "sandwich bar"}
    raw = {r["date"]: r["raw"] for r in CA}
    d = top(c, margin=0.02)
    return L(date_label(d, raw[d]))


@q(CAN, "How many times did a counter have to shut because of an oven fault?", "rows whose note is 'oven fault'")
def _():
    return N(sum(1 for r in CA if r["note"] == "oven fault"), "times")


@q(CAN, "In October, what percentage of hot meals were free school meals? Only count days where free meals were recorded.",
   "sum free_meals / sum items_sold x 100, Hot Meals rows in October with free_meals a number")
def _():
    rs = [r for r in CA if r["counter"] == "hot meals" and r["date"].month == 10 and r["fsm"] is not None and r["open"]]
    return N(100 * sum(r["fsm"] for r in rs) / sum(r["items"] for r in rs), "%")


@q(CAN, "What did the canteen take per school day on average in September?",
   "September takings / distinct September dates (no September date was closed)")
def _():
    rs = [r for r in CA if r["date"].month == 9]
    assert all(any(x["open"] for x in rs if x["date"] == d) for d in {r["date"] for r in rs})
    return N(sum(r["takings"] for r in rs) / len({r["date"] for r in rs}), "$")


# ------------------------------------------------------------------------------------------------
# florist

FOK = [r for r in FL if r["status"] != "cancelled"]


@q(FLO, "What did our wedding orders come to in total, leaving out cancelled ones?",
   "sum of total over wedding orders not cancelled")
def _():
    return N(sum(r["total"] for r in FOK if r["occasion"] == "wedding"), "£")


@q(FLO, "What's the average funeral order worth? Don't count cancelled orders.", "mean total over funeral orders not cancelled")
def _():
    return N(statistics.mean(r["total"] for r in FOK if r["occasion"] == "funeral"), "£")


@q(FLO, "how many orders were cancelled", "rows with status cancelled (any case)")
def _():
    return N(sum(1 for r in FL if r["status"] == "cancelled"), "orders")


@q(FLO, "Which arrangement do we get ordered most often?", "most frequent arrangement over all orders")
def _():
    c = Counter(r["arr"] for r in FL)
    k = top(c)
    k2 = top(Counter(r["arr"] for r in FOK))
    assert k == k2
    return L([k.capitalize(), k.capitalize() + "s"])


@q(FLO, "How many buttonholes did we make for June weddings?",
   "sum of qty over Buttonhole orders, not cancelled, event date in June 2024")
def _():
    return N(sum(r["qty"] for r in FOK if r["arr"] == "buttonhole" and r["event"].month == 6), "buttonholes")


@q(FLO, "Which month's events brought in the most money? Leave out cancelled orders.",
   "sum of total over orders not cancelled, per month of event date (all 2024)")
def _():
    assert all(r["event"].year == 2024 for r in FL)
    c = Counter()
    for r in FOK:
        c[r["event"].month] += r["total"]
    m = top(c)
    return L(month_label(m, 2024))


@q(FLO, "On average, how many days before the wedding do couples place their order?",
   "mean of event_date - ordered_on in days over wedding orders (all statuses)")
def _():
    return N(statistics.mean((r["event"] - r["ordered"]).days for r in FL if r["occasion"] == "wedding"), "days")


@q(FLO, "What's the average lead time in days for funeral orders?", "mean of event_date - ordered_on over funeral orders")
def _():
    return N(statistics.mean((r["event"] - r["ordered"]).days for r in FL if r["occasion"] == "funeral"), "days")


@q(FLO, "Of the orders that went out, what percentage were collected by the customer instead of delivered?",
   "collected / (collected + delivered) x 100")
def _():
    return N(100 * sum(1 for r in FOK if r["status"] == "collected") / len(FOK), "%")


@q(FLO, "What's the total of deposits taken on wedding orders, including the ones later cancelled?",
   "sum of deposit over wedding orders, all statuses")
def _():
    return N(sum(r["deposit"] for r in FL if r["occasion"] == "wedding"), "£")


@q(FLO, "How much more did Q2 events bring in than Q3 events? Leave out cancelled orders.",
   "sum of total, not cancelled, event Apr-Jun minus Jul-Sep 2024")
def _():
    q3 = sum(r["total"] for r in FOK if 7 <= r["event"].month <= 9)
    q2 = sum(r["total"] for r in FOK if 4 <= r["event"].month <= 6)
    return N(positive(q2 - q3), "£")


@q(FLO, "Apart from weddings, which occasion brings in the most money?",
   "sum of total per occasion over orders not cancelled, weddings left out")
def _():
    c = Counter()
    for r in FOK:
        if r["occasion"] != "wedding":
            c[r["occasion"]] += r["total"]
    return L([cap(top(c))])


@q(FLO, "What was the biggest single order we had that wasn't cancelled?", "max total over orders not cancelled")
def _():
    return N(max(r["total"] for r in FOK), "£")


@q(FLO, "How many stems went into the wreaths we made? Ignore orders where the stem count wasn't written down.",
   "sum of stems over Wreath orders (not cancelled) where stems is a number")
def _():
    return N(sum(r["stems"] for r in FOK if r["arr"] == "wreath" and r["stems"] is not None), "stems")


@q(FLO, "How many orders were placed in March 2024?", "rows with ordered_on in March 2024, all statuses")
def _():
    return N(sum(1 for r in FL if r["ordered"].year == 2024 and r["ordered"].month == 3), "orders")


@q(FLO, "average number of table centrepieces per order? leave out cancelled orders", "mean qty over Table centrepiece orders not cancelled")
def _():
    return N(statistics.mean(r["qty"] for r in FOK if r["arr"] == "table centrepiece"), "centrepieces")


@q(FLO, "What did corporate orders come to for events from July to December? Not counting cancellations.",
   "sum of total over corporate orders not cancelled with event date Jul-Dec 2024")
def _():
    return N(sum(r["total"] for r in FOK if r["occasion"] == "corporate" and r["event"].month >= 7), "£")


@q(FLO, "How many birthday orders did we deliver?", "birthday orders with status delivered (collected ones excluded)")
def _():
    return N(sum(1 for r in FL if r["occasion"] == "birthday" and r["status"] == "delivered"), "orders")


# ------------------------------------------------------------------------------------------------
# boat ledger

BV = [r for r in BO if not r["void"]]
TK = [r for r in BV if r["type"] == "ticket"]


@q(BOA, "What were our net takings for August?", "sum of amount over every non-void row posted in August 2024")
def _():
    return N(sum(r["amt"] for r in BV if r["t"].month == 8), "€")


@q(BOA, "How much did we refund over the whole season?", "-(sum of amount over non-void refund rows), as a positive figure")
def _():
    return N(-sum(r["amt"] for r in BV if r["type"] == "refund"), "€")


@q(BOA, "Which trip carried the most passengers?", "sum of passengers over non-void ticket rows, per trip")
def _():
    c = Counter()
    for r in TK:
        c[r["trip"]] += r["pax"]
    c2 = Counter(c)
    for r in BV:
        if r["type"] == "refund":
            c2[r["trip"]] -= r["pax"]
    assert top(c) == top(c2)  # same net of refunded passengers
    return L([cap(top(c))])


@q(BOA, "Which trip brings in the least ticket money?", "sum of amount over non-void ticket rows per trip (lowest)")
def _():
    c = Counter()
    for r in TK:
        c[r["trip"]] += r["amt"]
    c2 = Counter()
    for r in BV:
        if r["type"] in ("ticket", "refund"):
            c2[r["trip"]] += r["amt"]
    assert top(c, lowest=True) == top(c2, lowest=True)
    return L([cap(top(c, lowest=True))])


@q(BOA, "How many passengers bought sunset cruise tickets in July? Ignore void lines.",
   "sum of passengers over non-void ticket rows for Sunset Cruise posted in July 2024 (refunds not netted)")
def _():
    return N(sum(r["pax"] for r in TK if r["trip"] == "sunset cruise" and r["t"].month == 7), "passengers")


@q(BOA, "What's the average ticket sale?", "mean amount over non-void ticket rows")
def _():
    return N(statistics.mean(r["amt"] for r in TK), "€")


@q(BOA, "how much did the bar take over the season", "sum of amount over non-void bar rows")
def _():
    return N(sum(r["amt"] for r in BV if r["type"] == "bar"), "€")


@q(BOA, "What did bar sales make in September?", "sum of amount over non-void bar rows in September 2024")
def _():
    return N(sum(r["amt"] for r in BV if r["type"] == "bar" and r["t"].month == 9), "€")


@q(BOA, "How many void entries are there in the ledger?", "rows with status VOID in any case")
def _():
    return N(sum(1 for r in BO if r["void"]), "entries")


@q(BOA, "What share of ticket sales, before refunds, was paid in cash?", "cash ticket amount / all ticket amount x 100 (non-void ticket rows)")
def _():
    return N(100 * sum(r["amt"] for r in TK if r["method"] == "cash") / sum(r["amt"] for r in TK), "%")


@q(BOA, "In which month did we hand back the most money in refunds?", "-(sum of amount) over non-void refund rows per month")
def _():
    c = Counter()
    for r in BV:
        if r["type"] == "refund":
            c[r["t"].month] -= r["amt"]
    return L(month_label(top(c), 2024))


@q(BOA, "What was the total value of gift vouchers sold?", "sum of amount over non-void gift voucher rows")
def _():
    return N(sum(r["amt"] for r in BV if r["type"] == "gift voucher"), "€")


@q(BOA, "How much did weather credits cost us?", "-(sum of amount over non-void weather credit rows)")
def _():
    return N(-sum(r["amt"] for r in BV if r["type"] == "weather credit"), "€")


@q(BOA, "How many refunds did we issue?", "non-void refund rows")
def _():
    return N(sum(1 for r in BV if r["type"] == "refund"), "refunds")


@q(BOA, "Refunds as a percentage of ticket sales?", "-(refund amount) / ticket amount x 100, non-void rows")
def _():
    return N(100 * -sum(r["amt"] for r in BV if r["type"] == "refund") / sum(r["amt"] for r in TK), "%")


@q(BOA, "How much more did we take in July than in June, net?", "net of every non-void row, July minus June 2024")
def _():
    return N(positive(sum(r["amt"] for r in BV if r["t"].month == 7) - sum(r["amt"] for r in BV if r["t"].month == 6)),
             "€")


@q(BOA, "Which day did we take the most money? net of refunds and credits", "date with the highest net of non-void rows")
def _():
    c = Counter()
    for r in BV:
        c[r["t"].date()] += r["amt"]
    d = top(c, margin=0.02)
    return L(date_label(d, d.isoformat()))


@q(BOA, "On average how many passengers are on a fishing trip booking?", "mean passengers over non-void Fishing Trip ticket rows")
def _():
    return N(statistics.mean(r["pax"] for r in TK if r["trip"] == "fishing trip"), "passengers")


# ------------------------------------------------------------------------------------------------
# physio

ATT = [r for r in PH if r["status"] == "attended"]


@q(PHY, "How many appointments were no-shows?", "status No-show / no show / DNA")
def _():
    return N(sum(1 for r in PH if r["status"] == "no-show"), "appointments")


@q(PHY, "Out of all appointments booked, what percentage were no-shows?", "no-shows / all rows x 100")
def _():
    return N(100 * sum(1 for r in PH if r["status"] == "no-show") / len(PH), "%")


@q(PHY, "Which physio had the most attended appointments?", "attended rows per physio")
def _():
    k = top(Counter(r["physio"] for r in ATT))
    assert k == top(Counter(r["physio"] for r in PH))
    return L([cap(k)])


@q(PHY, "What were total fees charged in Q3, including no-show charges?", "sum of fee over rows starting Jul-Sep 2024 (cancelled are 0)")
def _():
    return N(sum(r["fee"] for r in PH if 7 <= r["start"].month <= 9), "£")


@q(PHY, "how long is a hydrotherapy session on average, in minutes?",
   "mean minutes over attended Hydrotherapy rows with minutes a number")
def _():
    return N(statistics.mean(r["mins"] for r in ATT if r["treat"] == "hydrotherapy" and r["mins"] is not None), "min")


@q(PHY, "How many initial assessments did we actually do in March?", "attended Initial assessment rows in March 2024")
def _():
    return N(sum(1 for r in ATT if r["treat"] == "initial assessment" and r["start"].month == 3), "appointments")


@q(PHY, "Not counting self-pay, which insurer covers the most attended appointments?",
   "attended rows per payer, self-pay left out")
def _():
    c = Counter(r["payer"] for r in ATT if r["payer"] != "self-pay")
    k = top(c)
    assert k == top(Counter(r["payer"] for r in PH if r["payer"] != "self-pay"))
    return L([{"axa": "AXA"}.get(k, k.capitalize())])


@q(PHY, "How many different patients came in for treatment in June?", "distinct patient ids over attended rows in June 2024")
def _():
    return N(len({r["patient"] for r in ATT if r["start"].month == 6}), "patients")


@q(PHY, "How much did attended sports massages bring in during the first half of the year?",
   "sum of fee over attended Sports massage rows Jan-Jun 2024")
def _():
    return N(sum(r["fee"] for r in ATT if r["treat"] == "sports massage" and r["start"].month <= 6), "£")


@q(PHY, "By how much did the average follow-up fee go up between the first and second half of 2024?",
   "mean fee of attended Follow-up rows Jul-Dec minus Jan-Jun")
def _():
    h2 = statistics.mean(r["fee"] for r in ATT if r["treat"] == "follow-up" and r["start"].month >= 7)
    h1 = statistics.mean(r["fee"] for r in ATT if r["treat"] == "follow-up" and r["start"].month <= 6)
    return N(positive(h2 - h1), "£")


@q(PHY, "What did we charge in no-show fees altogether?", "sum of fee over no-show rows")
def _():
    return N(sum(r["fee"] for r in PH if r["status"] == "no-show"), "£")


@q(PHY, "Which treatment gets booked most often?", "most frequent treatment over all rows")
def _():
    k = top(Counter(r["treat"] for r in PH))
    assert k == "follow-up"
    return L(["Follow-up", "Follow-ups", "Follow up", "Follow ups", "Followup", "Followups"])


@q(PHY, "What was our busiest month for attended appointments?", "attended rows per month of start")
def _():
    return L(month_label(top(Counter(r["start"].month for r in ATT)), 2024))


@q(PHY, "How many minutes of treatment did Claire give in October? Skip sessions with no minutes written down.",
   "sum of minutes over attended rows of Claire in October 2024, minutes a number")
def _():
    return N(sum(r["mins"] for r in ATT if r["physio"] == "claire" and r["start"].month == 10 and r["mins"] is not None),
             "min")


@q(PHY, "What's the average fee per attended appointment for AXA patients?", "mean fee over attended rows with payer AXA")
def _():
    return N(statistics.mean(r["fee"] for r in ATT if r["payer"] == "axa"), "£")


@q(PHY, "What percentage of Bupa appointments got cancelled?", "Bupa rows cancelled / Bupa rows x 100")
def _():
    b = [r for r in PH if r["payer"] == "bupa"]
    return N(100 * sum(1 for r in b if r["status"] == "cancelled") / len(b), "%")


@q(PHY, "How many appointments did Dev have booked on Fridays?", "rows of Dev whose start is a Friday, all statuses")
def _():
    return N(sum(1 for r in PH if r["physio"] == "dev" and r["start"].weekday() == 4), "appointments")


@q(PHY, "What's the average fee for an attended initial assessment in the second half of the year?",
   "mean fee over attended Initial assessment rows July-December 2024")
def _():
    return N(statistics.mean(r["fee"] for r in ATT if r["treat"] == "initial assessment" and r["start"].month >= 7), "£")


@q(PHY, "How many appointments did Aisha have in total in Q4, whatever happened to them?",
   "rows of Aisha starting Oct-Dec 2024, all statuses")
def _():
    return N(sum(1 for r in PH if r["physio"] == "aisha" and r["start"].month >= 10), "appointments")


# ------------------------------------------------------------------------------------------------

def main():
    out, failed = [], []
    for i, (ds, question, note, fn) in enumerate(QUESTIONS, 1):
        qid = f"s15-{i:03d}"
        try:
            truth = fn()
        except GuardError as e:
            failed.append(f"{qid} {question}: {e}")
            continue
        out.append({"id": qid, "dataset": ds, "question": question, "truth": truth, "note": note})
        print(qid, question, "->", truth)
    if failed:
        print("\nGUARD FAILURES:\n" + "\n".join(failed))
        return 1
    if "--print" not in sys.argv:
        (HERE / "questions.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"\nwrote {len(out)} questions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
