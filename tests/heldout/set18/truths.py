#!/usr/bin/env python3
"""Held-out set 18: computes every truth from data/*.csv and writes questions.json.

    python3 tests/heldout/set18/truths.py [--print]

Standard library only. Reading rules (the same for every question):

- Text categories are folded: stripped, runs of spaces collapsed, lower-cased; then spelling variants are
  mapped to one name ("cover up" / "cover-up" -> Cover-up, "canceled" -> Cancelled, "no show" / "no-show" ->
  No-show, "bradford-on-avon" -> Bradford on Avon, "closed -  weather" -> Closed - weather).
- Missing-value words ("", "n/a", "unknown", "not counted", "not recorded", "none", "several", "local",
  "about an hour") are missing, never zero, except where a question says otherwise.
- Money: "£270", "270.00", "£1,247.50", "$0.00" (point decimals, comma thousands); euros in the beekeeper's
  ledger have a decimal comma and dot thousands, the sign in front of or after the € ("-€12,50",
  "€-12,50", "-12,50", "+12,50").
- Yes/no flags: Yes, Y, yes, YES, true, TRUE -> yes; No, N, no, false, FALSE -> no.
- Dates: tattoo "2 Jan 2025 09:00"; clients dd/mm/yyyy; kayak M/D/YYYY; ledger ISO 'T' (with or without
  seconds); meeting rooms dd/mm/yyyy HH:MM; piano ISO date plus H:MM time.
- Void ledger rows (status VOID in any case) are left out of every ledger figure except the count of them.
- Tattoo: Completed sessions are the ones that happened; no-shows forfeit their deposit (the price column
  holds it); cancellations are charged nothing. Meeting rooms: Completed and No-show bookings are charged
  in full, Cancelled nothing. Piano: Done visits are charged the fee; No answer visits a £25 call-out.
"""

import csv
import datetime as dt
import json
import re
import statistics
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
MISSING = {"", "n/a", "unknown", "not counted", "not recorded", "none", "several", "local", "about an hour"}
MON = {m: i + 1 for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                                        "nov", "dec"])}
MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


class GuardError(Exception):
    pass


def rows(name):
    with open(DATA / name, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def fold(s):
    return re.sub(r"\s+", " ", (s or "").strip()).lower()


CANON = {
    "cover up": "cover-up", "canceled": "cancelled", "no show": "no-show", "bradford-on-avon": "bradford on avon",
    "closed - weather": "closed - weather", "walk in": "walk-in",
}


def cat(s):
    f = fold(s)
    return CANON.get(f, f)


def num(s):
    """'£1,247.50' / '270' / '$0.00' -> float; missing words -> None."""
    t = (s or "").strip()
    if t.lower() in MISSING:
        return None
    t = t.replace("£", "").replace("$", "").replace(",", "").strip()
    return float(t)


def eur(s):
    """'-€1.234,50' / '€-12,50' / '12,50' / '+12,50' / '€ 5,00' -> float."""
    t = (s or "").strip().replace("€", "").replace(" ", "")
    neg = "-" in t
    t = t.replace("-", "").replace("+", "").replace(".", "").replace(",", ".")
    v = float(t)
    return -v if neg else v


def yes(s):
    f = fold(s)
    if f in ("yes", "y", "true"):
        return True
    if f in ("no", "n", "false"):
        return False
    return None


def month_labels(m, year=2025):
    n = MONTH_NAMES[m - 1]
    return sorted({n, f"{n} {year}", f"{year}-{m:02d}", f"{n[:3]} {year}"})


def date_labels(d, own):
    n = MONTH_NAMES[d.month - 1]
    return sorted({f"{d.day} {n}", f"{n} {d.day}", f"{d.day}{suffix(d.day)} {n}", f"{n[:3]} {d.day}",
                   f"{d.day} {n[:3]}", d.isoformat(), own})


def suffix(n):
    return "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def weekday_labels(i):
    return [WEEKDAYS[i], WEEKDAYS[i] + "s"]


def top(counter, margin=0.03, lowest=False):
    """The key with the largest (or smallest) value; guards that it leads the runner-up by > margin."""
    items = sorted(counter.items(), key=lambda kv: kv[1], reverse=not lowest)
    (k1, v1), (k2, v2) = items[0], items[1]
    lead = abs(v1 - v2) / max(abs(v1), abs(v2))
    if lead <= margin:
        raise GuardError(f"top: {k1}={v1} vs {k2}={v2} (lead {lead:.1%})")
    return k1, v1, k2, v2


def positive(x):
    if x <= 0:
        raise GuardError(f"expected a positive difference, got {x}")
    return x


def r6(x):
    return round(float(x), 6)


def pct(a, b):
    return r6(100.0 * a / b)


def away(values, threshold, gap):
    """Guards that no value lies within gap of a threshold."""
    near = [v for v in values if abs(v - threshold) < gap]
    if near:
        raise GuardError(f"values near threshold {threshold}: {near[:5]}")


# ----------------------------------------------------------------------------------------------
# loaders


def parse_dmy_hm(s):  # "2 Jan 2025 09:00"
    d, m, y, hm = s.split()
    h, mi = hm.split(":")
    return dt.datetime(int(y), MON[m.lower()[:3]], int(d), int(h), int(mi))


def load_tattoo():
    clients = {}
    for r in rows("tattoo_clients.csv"):
        clients[int(r["client_id"])] = {
            "town": cat(r["town"]), "heard": cat(r["heard_about_us"]), "mailing": yes(r["mailing_list"]),
            "first": dt.datetime.strptime(r["first_visit"].strip(), "%d/%m/%Y").date(),
        }
    out = []
    for r in rows("tattoo_sessions.csv"):
        s = {"ref": r["booking_ref"], "client": int(r["client_id"]), "artist": cat(r["artist"]),
             "style": cat(r["style"]), "start": parse_dmy_hm(r["start"]), "end": parse_dmy_hm(r["end"]),
             "deposit": num(r["deposit"]), "price": num(r["price"]) or 0.0, "tip": num(r["tip"]),
             "status": cat(r["status"])}
        s["hours"] = (s["end"] - s["start"]).total_seconds() / 3600
        s.update({"c_" + k: v for k, v in clients[s["client"]].items()})
        out.append(s)
    assert {s["status"] for s in out} == {"completed", "cancelled", "no-show"}, {s["status"] for s in out}
    return out, clients


def load_kayak():
    out = []
    for r in rows("kayak_daily.csv"):
        m, d, y = r["date"].split("/")
        st = cat(r["status"])
        out.append({"date": dt.date(int(y), int(m), int(d)), "base": cat(r["base"]), "status": st,
                    "open": st == "open", "rentals": num(r["rentals"]) or 0.0, "paddlers": num(r["paddlers"]),
                    "hours": num(r["boat_hours"]) or 0.0, "tours": num(r["guided_tours"]) or 0.0,
                    "takings": num(r["takings"]) or 0.0, "temp": num(r["water_temp_c"])})
    assert {x["status"] for x in out} == {"open", "closed", "closed - weather", "closed - repairs"}
    return out


def load_apiary():
    out = []
    for r in rows("apiary_ledger.csv"):
        ts = r["timestamp"].strip()
        t = dt.datetime.fromisoformat(ts)
        out.append({"no": r["entry_no"], "t": t, "cat": cat(r["category"]), "channel": cat(r["channel"]),
                    "desc": r["description"], "amount": eur(r["amount"]), "pay": cat(r["payment"]),
                    "jars": num(r["jars"]), "void": fold(r["status"]) == "void"})
    return out


def parse_dmy(s):  # "14/03/2025 09:00"
    return dt.datetime.strptime(s.strip(), "%d/%m/%Y %H:%M")


def load_cowork():
    out = []
    for r in rows("cowork_rooms.csv"):
        b = {"id": r["booking_id"], "room": cat(r["room"]), "company": cat(r["company"]), "member": yes(r["member"]),
             "start": parse_dmy(r["start"]), "end": parse_dmy(r["end"]), "att": num(r["attendees"]),
             "price": num(r["price"]) or 0.0, "status": cat(r["status"])}
        b["hours"] = (b["end"] - b["start"]).total_seconds() / 3600
        out.append(b)
    assert {b["status"] for b in out} == {"completed", "cancelled", "no-show"}
    assert all(b["member"] is not None for b in out)
    return out


def load_piano():
    out = []
    for r in rows("piano_visits.csv"):
        h, mi = r["time"].split(":")
        d = dt.date.fromisoformat(r["date"])
        out.append({"id": r["visit_id"], "date": d, "hour": int(h), "client": r["client"].strip(),
                    "town": cat(r["town"]), "piano": cat(r["piano"]), "work": cat(r["work"]),
                    "pitch": yes(r["pitch_raise"]), "fee": num(r["fee"]) or 0.0, "miles": num(r["miles"]),
                    "minutes": num(r["minutes"]), "paid": yes(r["paid"]), "status": cat(r["status"])})
    assert {v["status"] for v in out} == {"done", "cancelled", "no answer"}
    return out


T, CLIENTS = load_tattoo()
K = load_kayak()
A = load_apiary()
C = load_cowork()
P = load_piano()
# every file covers one stretch of 2025 only (so "this year" / "in 2025" and month names are unambiguous)
assert all(s["start"].year == 2025 and s["end"].date() == s["start"].date() for s in T)
assert all(k["date"].year == 2025 for k in K) and all(a["t"].year == 2025 for a in A)
assert all(b["start"].year == 2025 and b["end"].date() == b["start"].date() for b in C)
assert all(v["date"].year == 2025 for v in P)


# ----------------------------------------------------------------------------------------------
# helpers over the loaded rows


def total(items, f):
    return sum(f(x) for x in items)


def by(items, key, val=lambda x: 1):
    c = defaultdict(float)
    for x in items:
        c[key(x)] += val(x)
    return c


def quarter(d):
    return (d.month - 1) // 3 + 1


QS = []


def q(dataset, question, note):
    """Decorator: registers a question whose function returns its truth dict."""
    def deco(fn):
        QS.append({"dataset": dataset, "question": question, "note": note, "fn": fn})
        return fn
    return deco


TS = ["tattoo_sessions.csv"]
TSC = ["tattoo_sessions.csv", "tattoo_clients.csv"]
TC = ["tattoo_clients.csv"]
KD = ["kayak_daily.csv"]
AL = ["apiary_ledger.csv"]
CW = ["cowork_rooms.csv"]
PV = ["piano_visits.csv"]

TD = [s for s in T if s["status"] == "completed"]
STYLE_LABELS = {"fine line": ["Fine line", "Fine-line", "Fineline"], "traditional": ["Traditional"],
                "blackwork": ["Blackwork"], "realism": ["Realism"], "lettering": ["Lettering"],
                "cover-up": ["Cover-up", "Cover-ups", "Cover up", "Cover ups"]}

# ---------------------------------------------------------------------------------------------- tattoo


@q(TS, "How many tattoo sessions did we actually complete between January and June?",
   "count of status Completed (any case)")
def _():
    return {"number": len(TD), "unit": "sessions"}


@q(TS, "What did completed sessions bring in altogether? Don't include tips.",
   "sum of price over Completed sessions")
def _():
    return {"number": r6(total(TD, lambda s: s["price"])), "unit": "£"}


@q(TS, "How much did we keep in deposits from clients who didn't turn up?",
   "sum of price over No-show rows (the price column holds the kept deposit)")
def _():
    return {"number": r6(total([s for s in T if s["status"] == "no-show"], lambda s: s["price"])), "unit": "£"}


@q(TS, "Which artist took the most money from completed sessions, and how far ahead of the next artist were they?",
   "sum of price per artist (folded) over Completed; label the top, number the gap to the second")
def _():
    k1, v1, k2, v2 = top(by(TD, lambda s: s["artist"], lambda s: s["price"]))
    return {"label": [k1.title()], "number": r6(positive(v1 - v2)), "unit": "£"}


@q(TS, "On average, how long does a completed tattoo session last, in hours?",
   "mean of (end - start) in hours over Completed")
def _():
    return {"number": r6(statistics.mean(s["hours"] for s in TD)), "unit": "hours"}


@q(TS, "What's the median price of a completed session?", "median of price over Completed")
def _():
    return {"number": r6(statistics.median(s["price"] for s in TD)), "unit": "£"}


@q(TS, "What percentage of all our bookings were no-shows?", "No-show rows / all rows")
def _():
    return {"number": pct(sum(s["status"] == "no-show" for s in T), len(T)), "unit": "%"}


@q(TS, "What was the cancellation rate for sessions booked in for March, as a share of all March bookings?",
   "Cancelled / all rows, both with a start date in March")
def _():
    m = [s for s in T if s["start"].month == 3]
    return {"number": pct(sum(s["status"] == "cancelled" for s in m), len(m)), "unit": "%"}


@q(TS, "Which tattoo style do we do most often? Count completed sessions only.",
   "count of Completed per folded style (cover up = cover-up)")
def _():
    k1, *_ = top(by(TD, lambda s: s["style"]), 0.1)
    return {"label": STYLE_LABELS[k1]}


@q(TS, "Which style has the highest average price per completed session?", "mean price per style over Completed")
def _():
    sums = by(TD, lambda s: s["style"], lambda s: s["price"])
    cnt = by(TD, lambda s: s["style"])
    k1, *_ = top({k: sums[k] / cnt[k] for k in sums}, 0.1)
    return {"label": STYLE_LABELS[k1]}


@q(TS, "What's our busiest day of the week for completed sessions?", "count of Completed per weekday of start")
def _():
    k1, *_ = top(by(TD, lambda s: s["start"].weekday()), 0.1)
    return {"label": weekday_labels(k1)}


@q(TS, "How many completed sessions ran longer than four hours?",
   "Completed with end - start > 240 minutes (none within 3 minutes of 240)")
def _():
    away([s["hours"] * 60 for s in TD], 240, 2.5)
    return {"number": sum(s["hours"] > 4 for s in TD), "unit": "sessions"}


@q(TSC, "Using the client list for where people live, which town brought in the most money from completed sessions?",
   "join on client id as a number (sessions lose leading zeros); sum price over Completed per folded town")
def _():
    k1, *_ = top(by(TD, lambda s: s["c_town"], lambda s: s["price"]), 0.1)
    return {"label": [k1.title()]}


@q(TSC, "How much did clients who found us through Instagram spend on completed sessions?",
   "join on client id; sum price over Completed where heard_about_us folds to instagram")
def _():
    return {"number": r6(total([s for s in TD if s["c_heard"] == "instagram"], lambda s: s["price"])), "unit": "£"}


@q(TC, "How many clients on our list have signed up to the mailing list?",
   "client list rows with mailing_list yes (Yes / Y / yes / TRUE)")
def _():
    return {"number": sum(c["mailing"] is True for c in CLIENTS.values()), "unit": "clients"}


@q(TC, "How many of the clients on our list first came to us before 2022?",
   "client list rows with first_visit (dd/mm/yyyy) before 1 January 2022")
def _():
    return {"number": sum(c["first"] < dt.date(2022, 1, 1) for c in CLIENTS.values()), "unit": "clients"}


@q(TS, "How much more did we take from completed sessions in May than in April?",
   "sum price of Completed by start month: May - April")
def _():
    m = by(TD, lambda s: s["start"].month, lambda s: s["price"])
    return {"number": r6(positive(m[5] - m[4])), "unit": "£"}


@q(TS, "How much did we get in tips in total?",
   "sum of numeric tips (none / n/a / unknown / blank are not tips)")
def _():
    return {"number": r6(total([s for s in T if s["tip"] is not None], lambda s: s["tip"])), "unit": "£"}


@q(TS, "How many different clients had at least one completed session with us?",
   "distinct client ids as numbers (0053 = 53) over Completed")
def _():
    return {"number": len({s["client"] for s in TD}), "unit": "clients"}


@q(TS, "How many cover-up bookings did we have, counting cancelled ones and no-shows too?",
   "rows whose style folds to cover-up (Cover up / cover-up / Cover-Up), any status")
def _():
    return {"number": sum(s["style"] == "cover-up" for s in T), "unit": "bookings"}


@q(TS, "Across completed sessions, how much did we take per hour of tattooing? Divide total price by total session time.",
   "sum price / sum of (end - start) hours, over Completed")
def _():
    return {"number": r6(total(TD, lambda s: s["price"]) / total(TD, lambda s: s["hours"])), "unit": "£/hour"}


@q(TS, "Which style's takings from completed sessions grew the most in pounds from the first quarter to the second?",
   "per style: sum price Completed in Q2 (Apr-Jun) - Q1 (Jan-Mar); the largest")
def _():
    qq = by(TD, lambda s: (s["style"], quarter(s["start"])), lambda s: s["price"])
    styles = {s["style"] for s in TD}
    k1, *_ = top({st: qq[(st, 2)] - qq[(st, 1)] for st in styles}, 0.05)
    return {"label": STYLE_LABELS[k1]}


@q(TSC, "How much did completed sessions bring in from clients who are on our mailing list?",
   "join on client id; sum price over Completed where mailing_list is yes")
def _():
    return {"number": r6(total([s for s in TD if s["c_mailing"] is True], lambda s: s["price"])), "unit": "£"}

# ---------------------------------------------------------------------------------------------- kayak

KO = [k for k in K if k["open"]]
BASE_LABELS = {"river quay": ["River Quay"], "lake shore": ["Lake Shore"], "harbour beach": ["Harbour Beach"],
               "marsh creek": ["Marsh Creek"]}


@q(KD, "What were our total takings for the whole season, all bases together?", "sum of takings over all rows")
def _():
    return {"number": r6(total(K, lambda k: k["takings"])), "unit": "$"}


@q(KD, "Which base took the most money in August, and by how much more than the next best base?",
   "sum of takings per folded base in August; label the top, number the gap to the second")
def _():
    k1, v1, k2, v2 = top(by([k for k in K if k["date"].month == 8], lambda k: k["base"], lambda k: k["takings"]),
                         0.05)
    return {"label": BASE_LABELS[k1], "number": r6(v1 - v2), "unit": "$"}


@q(KD, "What did Lake Shore take on an average day when it was open?",
   "mean takings over Lake Shore rows with status Open")
def _():
    return {"number": r6(statistics.mean(k["takings"] for k in KO if k["base"] == "lake shore")), "unit": "$"}


@q(KD, "How many times did a base have to close because of the weather? Count each base on each day separately.",
   "rows with status Closed - weather (any case / spacing)")
def _():
    return {"number": sum(k["status"] == "closed - weather" for k in K), "unit": "base-days"}


@q(KD, "How many rentals did we do in July across all the bases?", "sum of rentals in July")
def _():
    return {"number": r6(total([k for k in K if k["date"].month == 7], lambda k: k["rentals"])), "unit": "rentals"}


@q(KD, "Which day of the week do we hire out the most boats?", "sum of rentals per weekday of date (M/D/YYYY)")
def _():
    k1, *_ = top(by(K, lambda k: k["date"].weekday(), lambda k: k["rentals"]), 0.1)
    return {"label": weekday_labels(k1)}


@q(KD, "What share of the season's takings came from River Quay?", "River Quay takings / all takings")
def _():
    return {"number": pct(total([k for k in K if k["base"] == "river quay"], lambda k: k["takings"]),
                          total(K, lambda k: k["takings"])), "unit": "%"}


@q(KD, "In September, what did we take per boat hour across all bases? Divide total takings by total boat hours.",
   "sum takings / sum boat_hours over September rows")
def _():
    s = [k for k in K if k["date"].month == 9]
    return {"number": r6(total(s, lambda k: k["takings"]) / total(s, lambda k: k["hours"])), "unit": "$/hour"}


@q(KD, "how much more did we take in july than in june", "July takings - June takings")
def _():
    m = by(K, lambda k: k["date"].month, lambda k: k["takings"])
    return {"number": r6(positive(m[7] - m[6])), "unit": "$"}


@q(KD, "What was our best single day of the season for takings, with all the bases added together?",
   "sum of takings per date; the top date")
def _():
    k1, *_ = top(by(K, lambda k: k["date"], lambda k: k["takings"]), 0.05)
    return {"label": date_labels(k1, f"{k1.month}/{k1.day}/{k1.year}")}


@q(KD, "What's the median number of rentals at River Quay on a day it's open?",
   "median rentals over River Quay Open rows")
def _():
    return {"number": r6(statistics.median(k["rentals"] for k in KO if k["base"] == "river quay")), "unit": "rentals"}


@q(KD, "What was the average water temperature at Harbour Beach in August? Include days it was closed, but skip days the temperature wasn't recorded.",
   "mean water_temp_c over Harbour Beach rows in August with a number (n/a / not recorded / blank skipped)")
def _():
    v = [k["temp"] for k in K if k["base"] == "harbour beach" and k["date"].month == 8 and k["temp"] is not None]
    return {"number": r6(statistics.mean(v)), "unit": "C"}


@q(KD, "How many paddlers went out from Lake Shore over the season? Only count days where paddlers were counted.",
   "sum of numeric paddlers over Lake Shore rows")
def _():
    return {"number": r6(total([k for k in K if k["base"] == "lake shore" and k["paddlers"] is not None],
                               lambda k: k["paddlers"])), "unit": "paddlers"}


@q(KD, "Which base grew its rentals the most from May to June, in percentage terms?",
   "per base: (June rentals - May rentals) / May rentals; Marsh Creek opened in July")
def _():
    m = by(K, lambda k: (k["base"], k["date"].month), lambda k: k["rentals"])
    g = {b: (m[(b, 6)] - m[(b, 5)]) / m[(b, 5)] for b in ("river quay", "lake shore", "harbour beach")}
    k1, *_ = top(g, 0.1)
    return {"label": BASE_LABELS[k1]}


@q(KD, "On how many open days did a base take more than $2,200? Count each base separately.",
   "Open rows with takings > 2200 (no row within $15 of it)")
def _():
    away([k["takings"] for k in KO], 2200, 15)
    return {"number": sum(k["takings"] > 2200 for k in KO), "unit": "base-days"}


@q(KD, "How many guided tours did we run over the whole season?", "sum of guided_tours")
def _():
    return {"number": r6(total(K, lambda k: k["tours"])), "unit": "tours"}


@q(KD, "On average how many paddlers go out per rental? Only use days where the paddlers were counted.",
   "sum paddlers / sum rentals over rows with a numeric paddlers count")
def _():
    s = [k for k in K if k["paddlers"] is not None]
    return {"number": r6(total(s, lambda k: k["paddlers"]) / total(s, lambda k: k["rentals"])), "unit": "paddlers"}


@q(KD, "Which month had the lowest takings?", "sum takings per month; the smallest")
def _():
    k1, *_ = top(by(K, lambda k: k["date"].month, lambda k: k["takings"]), 0.05, lowest=True)
    return {"label": month_labels(k1)}


@q(KD, "How many days was Marsh Creek open in July?", "Marsh Creek rows with status Open in July")
def _():
    return {"number": sum(k["base"] == "marsh creek" and k["date"].month == 7 for k in KO), "unit": "days"}


@q(KD, "How many days was Harbour Beach closed over the season, for any reason?",
   "Harbour Beach rows with a Closed status (weather or repairs)")
def _():
    return {"number": sum(k["base"] == "harbour beach" and not k["open"] for k in K), "unit": "days"}

# ---------------------------------------------------------------------------------------------- apiary

AV = [a for a in A if not a["void"]]
AH = [a for a in AV if a["cat"] == "honey sale"]
COST_LABELS = {"card fees": ["Card fees", "Card fee", "card and PayPal fees"], "feed sugar": ["Feed sugar"],
               "queens": ["Queens"], "market pitch": ["Market pitch"], "postage": ["Postage"],
               "equipment": ["Equipment"], "jars & labels": ["Jars & labels", "Jars and labels"]}


@q(AL, "What was our net result for 2025: everything that came in minus everything that went out? Ignore voided entries.",
   "sum of signed amounts over non-void rows")
def _():
    return {"number": r6(total(AV, lambda a: a["amount"])), "unit": "€"}


@q(AL, "How much did honey sales bring in over the year, before any refunds?", "sum of amount over non-void Honey sale rows")
def _():
    return {"number": r6(total(AH, lambda a: a["amount"])), "unit": "€"}


@q(AL, "How much did we spend on jars and labels this year?", "-(sum of amount) over non-void Jars & labels rows")
def _():
    return {"number": r6(positive(-total([a for a in AV if a["cat"] == "jars & labels"], lambda a: a["amount"]))),
            "unit": "€"}


@q(AL, "How much have we refunded to customers in total?", "-(sum of amount) over non-void Refund rows")
def _():
    return {"number": r6(positive(-total([a for a in AV if a["cat"] == "refund"], lambda a: a["amount"]))),
            "unit": "€"}


@q(AL, "Which month brought in the most money from honey sales?", "sum of Honey sale amounts per month; the top")
def _():
    k1, *_ = top(by(AH, lambda a: a["t"].month, lambda a: a["amount"]), 0.05)
    return {"label": month_labels(k1)}


@q(AL, "What share of our honey sales money came from online orders?",
   "Honey sale amounts with channel Online / all Honey sale amounts (non-void)")
def _():
    return {"number": pct(total([a for a in AH if a["channel"] == "online"], lambda a: a["amount"]),
                          total(AH, lambda a: a["amount"])), "unit": "%"}


@q(AL, "How many ledger entries were voided?", "rows with status VOID / void / Void")
def _():
    return {"number": sum(a["void"] for a in A), "unit": "entries"}


@q(AL, "How much money came in altogether in 2025, not counting voided lines?",
   "sum of positive amounts over non-void rows")
def _():
    return {"number": r6(total([a for a in AV if a["amount"] > 0], lambda a: a["amount"])), "unit": "€"}


@q(AL, "What was the total of all the money going out in 2025 (costs, refunds and fees)? Leave out voided lines.",
   "-(sum of negative amounts) over non-void rows")
def _():
    return {"number": r6(positive(-total([a for a in AV if a["amount"] < 0], lambda a: a["amount"]))), "unit": "€"}


@q(AL, "What was the biggest single payment we made in 2025?", "-(min amount) over non-void rows")
def _():
    amts = sorted(a["amount"] for a in AV)
    if amts[0] == amts[1]:
        raise GuardError("tie")
    return {"number": r6(-amts[0]), "unit": "€"}


@q(AL, "How much more did honey sales bring in in November than in October?",
   "Honey sale amounts: November - October")
def _():
    m = by(AH, lambda a: a["t"].month, lambda a: a["amount"])
    return {"number": r6(positive(m[11] - m[10])), "unit": "€"}


@q(AL, "What's the average amount of a honey-sale entry from the Saturday market?",
   "mean amount over non-void Honey sale rows with channel Market")
def _():
    return {"number": r6(statistics.mean(a["amount"] for a in AH if a["channel"] == "market")), "unit": "€"}


@q(AL, "How many jars of honey did we sell in total? Only count entries that give a number of jars.",
   "sum of numeric jars over non-void Honey sale rows (unknown / several / n/a / blank skipped)")
def _():
    return {"number": r6(total([a for a in AH if a["jars"] is not None], lambda a: a["jars"])), "unit": "jars"}


@q(AL, "On which day of the week do we take the most from honey sales?",
   "sum of Honey sale amounts per weekday of the timestamp")
def _():
    k1, *_ = top(by(AH, lambda a: a["t"].weekday(), lambda a: a["amount"]), 0.1)
    return {"label": weekday_labels(k1)}


@q(AL, "How much did we earn from pollination contracts?", "sum of non-void Pollination fee rows")
def _():
    return {"number": r6(total([a for a in AV if a["cat"] == "pollination fee"], lambda a: a["amount"])), "unit": "€"}


@q(AL, "Which kind of expense cost us the least over the year? Refunds aren't an expense.",
   "-(sum) per category over non-void negative rows, refunds left out; the smallest")
def _():
    c = by([a for a in AV if a["amount"] < 0 and a["cat"] != "refund"], lambda a: a["cat"], lambda a: -a["amount"])
    k1, *_ = top(c, 0.1, lowest=True)
    return {"label": COST_LABELS[k1]}


@q(AL, "What's the median takings from the farm gate honesty box each time it's emptied?",
   "median amount over non-void Honey sale rows with channel Farm gate")
def _():
    return {"number": r6(statistics.median(a["amount"] for a in AH if a["channel"] == "farm gate")), "unit": "€"}


@q(AL, "How many honey sales of more than €150 did we have?",
   "non-void Honey sale rows with amount > 150 (none within €2)")
def _():
    away([a["amount"] for a in AH], 150, 2)
    return {"number": sum(a["amount"] > 150 for a in AH), "unit": "sales"}


@q(AL, "How much better was our net result in the second quarter than in the third?",
   "sum of non-void amounts: Q2 (Apr-Jun) - Q3 (Jul-Sep)")
def _():
    m = by(AV, lambda a: quarter(a["t"]), lambda a: a["amount"])
    return {"number": r6(positive(m[2] - m[3])), "unit": "€"}


@q(AL, "What did postage cost us as a percentage of our online honey sales?",
   "-(sum Postage) / sum Honey sale with channel Online, non-void")
def _():
    post = -total([a for a in AV if a["cat"] == "postage"], lambda a: a["amount"])
    return {"number": pct(post, total([a for a in AH if a["channel"] == "online"], lambda a: a["amount"])),
            "unit": "%"}

# ---------------------------------------------------------------------------------------------- co-working rooms

CD = [b for b in C if b["status"] == "completed"]
CC = [b for b in C if b["status"] != "cancelled"]  # charged
ROOM_LABELS = {"boardroom": ["Boardroom", "Board room"], "studio": ["Studio"], "pod a": ["Pod A"],
               "pod b": ["Pod B"]}


@q(CW, "How many meeting-room bookings actually went ahead?", "rows with status Completed")
def _():
    return {"number": len(CD), "unit": "bookings"}


@q(CW, "How much did we charge for meeting rooms in total? No-shows are charged in full, cancellations nothing.",
   "sum of price over all rows (cancelled rows are blank / 0)")
def _():
    return {"number": r6(total(C, lambda b: b["price"])), "unit": "$"}


@q(CW, "Which meeting room brought in the most money? Include no-show charges.",
   "sum of price per folded room over Completed and No-show")
def _():
    k1, *_ = top(by(CC, lambda b: b["room"], lambda b: b["price"]), 0.05)
    return {"label": ROOM_LABELS[k1]}


@q(CW, "What's the average length of a completed booking, in hours?", "mean of (end - start) hours over Completed")
def _():
    return {"number": r6(statistics.mean(b["hours"] for b in CD)), "unit": "hours"}


@q(CW, "What percentage of room bookings ended up as no-shows?", "No-show rows / all rows")
def _():
    return {"number": pct(sum(b["status"] == "no-show" for b in C), len(C)), "unit": "%"}


@q(CW, "What share of meeting-room revenue came from member companies?",
   "sum price where member is yes / sum price, over all rows")
def _():
    return {"number": pct(total([b for b in C if b["member"]], lambda b: b["price"]), total(C, lambda b: b["price"])),
            "unit": "%"}


@q(CW, "At what hour of the day do most completed meetings start?", "count of Completed per start hour; the top")
def _():
    k1, *_ = top(by(CD, lambda b: b["start"].hour), 0.03)
    return {"label": sorted({f"{k1}:00", f"{k1:02d}:00", f"{k1}am" if k1 < 12 else f"{k1 - 12}pm",
                      f"{k1} am" if k1 < 12 else f"{k1 - 12} pm", f"{k1} o'clock", f"{k1}.00"})}


@q(CW, "Which weekday is the quietest for completed room bookings?", "count of Completed per weekday; the smallest")
def _():
    k1, *_ = top(by(CD, lambda b: b["start"].weekday()), 0.1, lowest=True)
    return {"label": weekday_labels(k1)}


@q(CW, "Which company used the meeting rooms for the most hours? Count completed bookings only.",
   "sum of (end - start) hours per folded company over Completed")
def _():
    k1, *_ = top(by(CD, lambda b: b["company"], lambda b: b["hours"]), 0.1)
    return {"label": ["Pixel Harbour"] if k1 == "pixel harbour" else [k1.title()]}


@q(CW, "On average how many people come to a completed Boardroom meeting? Skip bookings that don't give a number for the headcount.",
   "mean of numeric attendees over Completed Boardroom rows (unknown / several / blank skipped)")
def _():
    return {"number": r6(statistics.mean(b["att"] for b in CD if b["room"] == "boardroom" and b["att"] is not None)),
            "unit": "people"}


@q(CW, "How many completed bookings lasted three hours or more?", "Completed with end - start >= 3 hours")
def _():
    return {"number": sum(b["hours"] >= 3 for b in CD), "unit": "bookings"}


@q(CW, "How much more did we charge for rooms in April than in March?",
   "sum price by start month (all rows): April - March")
def _():
    m = by(C, lambda b: b["start"].month, lambda b: b["price"])
    return {"number": r6(positive(m[4] - m[3])), "unit": "$"}


@q(CW, "How many bookings were cancelled in the first quarter?", "Cancelled rows with a start in January-March")
def _():
    return {"number": sum(b["status"] == "cancelled" and b["start"].month <= 3 for b in C), "unit": "bookings"}


@q(CW, "What did the Studio earn per booked hour? Count completed and no-show bookings, and divide the money by the hours.",
   "sum price / sum (end - start) hours over Studio rows that are Completed or No-show")
def _():
    s = [b for b in CC if b["room"] == "studio"]
    return {"number": r6(total(s, lambda b: b["price"]) / total(s, lambda b: b["hours"])), "unit": "$/hour"}


@q(CW, "What's the median price of a completed booking?", "median price over Completed")
def _():
    return {"number": r6(statistics.median(b["price"] for b in CD)), "unit": "$"}


@q(CW, "Which room's number of completed bookings grew the most from the first quarter to the second, in percentage terms?",
   "per room: (Q2 Completed count - Q1) / Q1; the largest")
def _():
    m = by(CD, lambda b: (b["room"], quarter(b["start"])))
    k1, *_ = top({r: (m[(r, 2)] - m[(r, 1)]) / m[(r, 1)] for r in ROOM_LABELS}, 0.1)
    return {"label": ROOM_LABELS[k1]}


@q(CW, "How many different companies got charged for at least one no-show?",
   "distinct folded company over No-show rows")
def _():
    return {"number": len({b["company"] for b in C if b["status"] == "no-show"}), "unit": "companies"}


@q(CW, "How many companies spent more than 100 hours in the meeting rooms? Count completed bookings only.",
   "folded companies whose Completed hours sum to > 100 (none within 3 hours of it)")
def _():
    h = by(CD, lambda b: b["company"], lambda b: b["hours"])
    away(h.values(), 100, 3)
    return {"number": sum(v > 100 for v in h.values()), "unit": "companies"}


@q(CW, "What's the most common length for a completed booking?", "mode of (end - start) over Completed")
def _():
    k1, *_ = top(by(CD, lambda b: b["hours"]), 0.2)
    assert k1 == 1.0
    return {"label": ["1 hour", "one hour", "1 hr", "60 minutes", "1.0 hours", "1 hours", "an hour"]}


@q(CW, "How much did non-member companies pay for rooms in total, including no-show charges?",
   "sum price over rows with member no")
def _():
    return {"number": r6(total([b for b in C if b["member"] is False], lambda b: b["price"])), "unit": "$"}

# ---------------------------------------------------------------------------------------------- piano tuner

PD = [v for v in P if v["status"] == "done"]
PT = [v for v in PD if v["work"] == "tuning"]


@q(PV, "How many piano visits did I complete in 2025?", "rows with status Done")
def _():
    return {"number": len(PD), "unit": "visits"}


@q(PV, "How much did I earn from completed visits this year?", "sum of fee over Done rows")
def _():
    return {"number": r6(total(PD, lambda v: v["fee"])), "unit": "£"}


@q(PV, "How many of the tunings I completed needed a pitch raise?", "Done Tuning rows with pitch_raise yes")
def _():
    return {"number": sum(v["pitch"] is True for v in PT), "unit": "tunings"}


@q(PV, "What percentage of my completed tunings needed a pitch raise?",
   "Done Tuning rows with pitch_raise yes / Done Tuning rows")
def _():
    return {"number": pct(sum(v["pitch"] is True for v in PT), len(PT)), "unit": "%"}


@q(PV, "Which town gives me the most work, counting completed visits?", "count of Done per folded town")
def _():
    k1, *_ = top(by(PD, lambda v: v["town"]), 0.1)
    return {"label": [k1.title()]}


@q(PV, "How many miles did I drive to completed visits? Leave out visits with no mileage figure.",
   "sum of numeric miles over Done rows (n/a / local / unknown / blank skipped)")
def _():
    return {"number": r6(total([v for v in PD if v["miles"] is not None], lambda v: v["miles"])), "unit": "miles"}


@q(PV, "How much am I still owed? Count every visit marked as not paid, call-out fees included.",
   "sum of fee over rows with paid no (Done and No answer)")
def _():
    return {"number": r6(total([v for v in P if v["paid"] is False], lambda v: v["fee"])), "unit": "£"}


@q(PV, "Which month brought in the most in fees from completed visits?", "sum fee of Done per month; the top")
def _():
    k1, *_ = top(by(PD, lambda v: v["date"].month, lambda v: v["fee"]), 0.05)
    return {"label": month_labels(k1)}


@q(PV, "How much more did I earn from completed visits in the first half of the year than in the second half?",
   "sum fee of Done: January-June - July-December")
def _():
    h = by(PD, lambda v: v["date"].month <= 6, lambda v: v["fee"])
    return {"number": r6(positive(h[True] - h[False])), "unit": "£"}


@q(PV, "On average, how many minutes does a tuning take me? Skip visits where I didn't write down a number of minutes.",
   "mean of numeric minutes over Done Tuning rows")
def _():
    return {"number": r6(statistics.mean(v["minutes"] for v in PT if v["minutes"] is not None)), "unit": "min"}


@q(PV, "How many times did I turn up and nobody answered the door?", "rows with status No answer")
def _():
    return {"number": sum(v["status"] == "no answer" for v in P), "unit": "visits"}


@q(PV, "What share of booked visits were cancelled?", "Cancelled rows / all rows")
def _():
    return {"number": pct(sum(v["status"] == "cancelled" for v in P), len(P)), "unit": "%"}


@q(PV, "What's the median fee for a completed visit?", "median fee over Done")
def _():
    return {"number": r6(statistics.median(v["fee"] for v in PD)), "unit": "£"}


@q(PV, "Which weekday, Monday to Friday, am I least busy with completed visits?",
   "count of Done per weekday Monday-Friday; the smallest")
def _():
    k1, *_ = top(by([v for v in PD if v["date"].weekday() < 5], lambda v: v["date"].weekday()), 0.1, lowest=True)
    return {"label": weekday_labels(k1)}


@q(PV, "What's the average fee for a completed visit to a grand piano? Baby grands don't count.",
   "mean fee over Done rows whose piano folds to grand (not baby grand)")
def _():
    return {"number": r6(statistics.mean(v["fee"] for v in PD if v["piano"] == "grand")), "unit": "£"}


@q(PV, "How many different clients did I do work for this year? Completed visits only.",
   "distinct client names over Done rows")
def _():
    return {"number": len({v["client"] for v in PD}), "unit": "clients"}


@q(PV, "How many visits did I complete on Saturdays?", "Done rows on a Saturday")
def _():
    return {"number": sum(v["date"].weekday() == 5 for v in PD), "unit": "visits"}


@q(PV, "What did I earn per hour on the job? Use completed visits that have a number of minutes: total fees divided by total hours.",
   "sum fee / (sum minutes / 60) over Done rows with numeric minutes")
def _():
    s = [v for v in PD if v["minutes"] is not None]
    return {"number": r6(total(s, lambda v: v["fee"]) / (total(s, lambda v: v["minutes"]) / 60)), "unit": "£/hour"}


@q(PV, "What was the average fee for a completed tuning before September, and what was it from September onwards?",
   "mean fee of Done Tuning rows dated before 1 September; and from 1 September (both numbers)")
def _():
    a = [v["fee"] for v in PT if v["date"] < dt.date(2025, 9, 1)]
    b = [v["fee"] for v in PT if v["date"] >= dt.date(2025, 9, 1)]
    return {"numbers": [r6(statistics.mean(a)), r6(statistics.mean(b))], "unit": "£"}


@q(PV, "Which client did I visit most often? Completed visits only.", "count of Done per client name; the top")
def _():
    k1, *_ = top(by(PD, lambda v: v["client"]), 0.1)
    return {"label": [k1]}


# ----------------------------------------------------------------------------------------------


def main():
    out = []
    failed = False
    for i, x in enumerate(QS, 1):
        try:
            truth = x["fn"]()
        except GuardError as e:
            print(f"GUARD s18-{i:03d}: {x['question']}\n    {e}", file=sys.stderr)
            failed = True
            continue
        out.append({"id": f"s18-{i:03d}", "dataset": x["dataset"], "question": x["question"], "truth": truth,
                    "note": x["note"]})
    for o in out:
        print(f"{o['id']}  {json.dumps(o['truth'], ensure_ascii=False)}  {o['question']}")
    if failed:
        print("a guard failed: questions.json not written", file=sys.stderr)
        return 1
    if "--print" not in sys.argv:
        (HERE / "questions.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {len(out)} questions to questions.json")
    return 0


if __name__ == "__main__":
    sys.exit(main())
