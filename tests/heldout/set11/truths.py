#!/usr/bin/env python3
"""Held-out set 11: every question beside the code that computes its truth from data/*.csv.

    python3 tests/heldout/set11/truths.py            # prints every truth and writes questions.json
    python3 tests/heldout/set11/truths.py --print    # prints only

Reading rules (the same for every question unless its note says otherwise):

- text values are folded: runs of spaces collapsed, stripped, a trailing period dropped, compared
  case-insensitively;
- "", "n/a", "na", "-", "?", "none", "not counted", "meter fault", "meter off", "forgot", "cash", "cash?"
  are missing in a number column; a missing number is left out of sums, averages and medians (never read
  as 0), except a tip: a blank or "none" tip is no tip, and the tip questions are worded so that reading
  it as 0 or leaving it out gives the same answer (asserted);
- money has a point decimal ("£1,234.50", "1234.50", "$12", "-£5.00", "£-5.00"), except the marina's
  fees, which are euros with a decimal comma and dot thousands ("€ 1.234,50", "245,00 €", "245,00");
  a minus anywhere in front of the digits makes it negative;
- keg_deliveries.csv: one row per beer on a delivery; a delivery is a delivery_no (it may have up to three
  rows); date is day-first dd/mm/yyyy; status Delivered / Cancelled / Failed - closed: only Delivered rows
  are sales, kegs delivered or empties; customer_id joins customers.csv after padding to five digits ("624"
  is 00624); keg_size "50L" / "50 l" / "50 litre" is litres per keg;
- berth_bookings.csv: arrival / departure are ISO 'T' datetimes; nights is the booked length; status
  Completed / Cancelled / No-show; a cancelled booking's fee is 0 or blank, a no-show is charged one night;
  a stay is a Completed booking; flags are countries (NL = Netherlands, GB = UK, ...); the pontoon is the
  berth's letter;
- grooming_appointments.csv: date is US M/D/YYYY, time 12-hour; status Completed / No-show / Cancelled;
  money (price, tip) is on Completed rows only; client ids are four digits ("42" is 0042);
- allotment_ledger.csv: date dd-Mon-yyyy; amount signed: refunds and work-party credits negative; plot
  numbers are three digits ("7" is 007); donation rows have no plot;
- charging_daily.csv: one row per hub per day (ISO dates); a row whose status is Offline or Maintenance
  has no sessions, energy or revenue; kWh may be missing on an open day;
- taxi_jobs.csv: booked_at / picked_up_at are "YYYY-MM-DD HH:MM"; status Completed / Cancelled / No show;
  a job is a row; fares and miles are on completed jobs; the wait is picked_up_at - booked_at in minutes;
  car call signs are numbers ("07" is 7).
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


MISSING = {"", "n/a", "na", "-", "?", "none", "not counted", "meter fault", "meter off", "forgot", "cash", "cash?"}


def missing(s):
    return fold(s) in MISSING


def money(s):
    """£/$ money with a point decimal; None when missing or a word."""
    if missing(s) or not re.search(r"\d", s):
        return None
    t = s.strip().replace(",", "").replace(" ", "")
    neg = "-" in t
    t = t.replace("-", "").replace("£", "").replace("$", "")
    v = float(t)
    return -v if neg else v


def euro(s):
    """Euros with a decimal comma: '€ 1.234,50' -> 1234.5; None when blank."""
    if missing(s):
        return None
    t = s.replace("€", "").replace(" ", "").replace(".", "").replace(",", ".")
    return float(t)


def num(s):
    if missing(s):
        return None
    try:
        return float(s.strip().replace(",", ""))
    except ValueError:
        return None


def pct(v):
    return 100.0 * v


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
        assert v1 > v2 * (1 + rel), f"too close: {items[:3]}"
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
    if isinstance(a, str) or isinstance(a, tuple) or isinstance(a, list):
        assert a == b, f"readings differ: {a} vs {b}"
        return a
    assert abs(a - b) <= tol * max(1.0, abs(a)), f"readings differ: {a} vs {b}"
    return a


def hour_labels(h):
    h12 = h % 12 or 12
    ap = "am" if h < 12 else "pm"
    out = [f"{h}:00", f"{h:02d}:00", f"{h12} {ap}", f"{h12}{ap}", f"{h12}:00 {ap}", f"{h12}:00{ap}",
           f"{h12} {ap[0]}.m", f"{h12} {ap.upper()}", f"{h12}:00 {ap.upper()}", f"{h12}{ap.upper()}",
           f"{h12}:00{ap.upper()}", f"hour {h}"]
    return [x for i, x in enumerate(out) if x not in out[:i]]


def ordinal(n):
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def date_labels(d, file_style):
    m, ms = MONTHS[d.month - 1], MONTHS[d.month - 1][:3]
    out = [f"{d.day} {m}", f"{m} {d.day}", f"{ordinal(d.day)} {m}", f"{m} {ordinal(d.day)}", f"{d.day} {ms}",
           f"{ms} {d.day}", d.isoformat()]
    if file_style == "dmy":
        out.append(f"{d.day:02d}/{d.month:02d}/{d.year}")
    elif file_style == "mdy":
        out += [f"{d.month}/{d.day}/{d.year}", f"{d.month:02d}/{d.day:02d}/{d.year}"]
    return [x for i, x in enumerate(out) if x not in out[:i]]


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


def quarter(m):
    return (m - 1) // 3 + 1


# ----------------------------------------------------------------------------------------------
# brewery


def customers():
    out = {}
    for r in rows("customers.csv"):
        out[r["customer_id"].strip().zfill(5)] = {
            "venue": re.sub(r"\s+", " ", r["venue"]).strip(), "town": fold(r["town"]), "vtype": fold(r["venue_type"]),
            "rep": fold(r["sales_rep"])}
    return out


def kegs_all():
    C = customers()
    out = []
    for r in rows("keg_deliveries.csv"):
        cid = r["customer_id"].strip().zfill(5)
        size = int(re.match(r"\s*(\d+)", r["keg_size"]).group(1))
        out.append({"no": r["delivery_no"].strip(), "d": dt.datetime.strptime(r["date"].strip(), "%d/%m/%Y").date(),
                    "cid": cid, "beer": fold(r["beer"]), "size": size, "kegs": int(r["kegs"]),
                    "unit": money(r["price_per_keg"]), "amt": money(r["line_total"]), "empties": num(r["empties_collected"]),
                    "driver": fold(r["driver"]), "status": fold(r["status"]), **C[cid]})
    return out


def delivered():
    return [r for r in kegs_all() if r["status"] == "delivered"]


K1 = ["keg_deliveries.csv"]
K2 = ["keg_deliveries.csv", "customers.csv"]
BEER_NAMES = {"fellside pale": "Fellside Pale", "ridge ipa": "Ridge IPA", "lakeland lager": "Lakeland Lager",
              "tarn stout": "Tarn Stout", "old man porter": "Old Man Porter", "seasonal special": "Seasonal Special"}


@q(K1, "What did the kegs we actually delivered bring in over the year?",
   note="sum of line_total on Delivered rows (cancelled and failed drops are not sales)")
def _():
    return {"number": sum(r["amt"] for r in delivered()), "unit": "£"}


@q(K1, "how many kegs of stout went out in march",
   note="sum of kegs on Delivered rows of Tarn Stout (the only stout) dated March 2025")
def _():
    return {"number": float(sum(r["kegs"] for r in delivered() if r["beer"] == "tarn stout" and r["d"].month == 3)),
            "unit": "kegs"}


@q(K2, "Which town drinks the most of our beer?",
   note="Delivered kegs by customers.csv town (joined on customer_id padded to 5 digits); litres and pounds give the same town (asserted)")
def _():
    k, l, p = defaultdict(float), defaultdict(float), defaultdict(float)
    for r in delivered():
        k[r["town"]] += r["kegs"]
        l[r["town"]] += r["kegs"] * r["size"]
        p[r["town"]] += r["amt"]
    t = same(same(top(k)[0], top(l)[0]), top(p)[0])
    return {"label": [t.title()]}


@q(K2, "Which sales rep's customers spent the most with us this year?",
   note="Delivered line_total by customers.csv sales_rep")
def _():
    d = defaultdict(float)
    for r in delivered():
        d[r["rep"]] += r["amt"]
    k, v = top(d)
    return {"label": [k.title(), k.split()[0].title()], "number": v, "unit": "£"}


@q(K1, "How many deliveries did the drivers actually complete? A delivery with several beers on it counts once.",
   note="distinct delivery_no among Delivered rows")
def _():
    return {"number": float(len({r["no"] for r in delivered()})), "unit": "deliveries"}


@q(K1, "What percentage of our deliveries got cancelled? Count each delivery number once.",
   note="distinct delivery_no with status Cancelled / all distinct delivery_no (failed drops are not cancellations), in %; counting rows instead gives 4.8%, hence the last sentence")
def _():
    a = kegs_all()
    return {"number": pct(len({r["no"] for r in a if r["status"] == "cancelled"}) / len({r["no"] for r in a})),
            "unit": "%"}


@q(K1, "whats the average value of a delivery, only counting ones that were delivered",
   note="Delivered line_total / distinct delivery_no among Delivered rows")
def _():
    D = delivered()
    return {"number": sum(r["amt"] for r in D) / len({r["no"] for r in D}), "unit": "£"}


@q(K1, "How many litres of Lakeland Lager did we deliver from June to August?",
   note="sum of kegs x keg size (litres) on Delivered Lakeland Lager rows dated June-August 2025")
def _():
    return {"number": float(sum(r["kegs"] * r["size"] for r in delivered() if r["beer"] == "lakeland lager"
                                and 6 <= r["d"].month <= 8)), "unit": "litres"}


@q(K2, "Who's our biggest customer? By money spent",
   note="Delivered line_total by customers.csv venue")
def _():
    d = defaultdict(float)
    for r in delivered():
        d[r["venue"]] += r["amt"]
    k, v = top(d)
    return {"label": [k], "number": v, "unit": "£"}


@q(K2, "How many of the customers on our list haven't had a single keg delivered this year?",
   note="customers.csv ids with no Delivered row; the same count with no row at all (asserted)")
def _():
    C = customers()
    got = {r["cid"] for r in delivered()}
    anyrow = {r["cid"] for r in kegs_all()}
    return {"number": float(same(len([c for c in C if c not in got]), len([c for c in C if c not in anyrow]))),
            "unit": "customers"}


@q(K1, "top 3 beers by kegs delivered?",
   note="Delivered kegs by beer; the three largest (each must be named)")
def _():
    d = defaultdict(float)
    for r in delivered():
        d[r["beer"]] += r["kegs"]
    return {"labels": [[BEER_NAMES[k]] for k in top_n(d, 3)]}


@q(K1, "Which day of the week do we shift the most kegs?",
   note="Delivered kegs by weekday of date")
def _():
    d = defaultdict(float)
    for r in delivered():
        d[r["d"].weekday()] += r["kegs"]
    return {"label": day_labels(top(d)[0])}


@q(K2, "How much did the hotels spend with us in 2025?",
   note="Delivered line_total where customers.csv venue_type is Hotel")
def _():
    return {"number": sum(r["amt"] for r in delivered() if r["vtype"] == "hotel"), "unit": "£"}


@q(K1, "How many kegs did dave deliver in Q4?",
   note="sum of kegs on Delivered rows with driver Dave Pike, October-December 2025")
def _():
    return {"number": float(sum(r["kegs"] for r in delivered() if r["driver"] == "dave pike" and r["d"].month >= 10)),
            "unit": "kegs"}


@q(K1, "What share of the kegs we delivered were the 30 litre ones?",
   note="Delivered kegs of size 30 / all Delivered kegs, in %")
def _():
    D = delivered()
    return {"number": pct(sum(r["kegs"] for r in D if r["size"] == 30) / sum(r["kegs"] for r in D)), "unit": "%"}


@q(K1, "how much more did we sell in december than in november",
   note="Delivered line_total in December minus in November")
def _():
    D = delivered()
    return {"number": positive(sum(r["amt"] for r in D if r["d"].month == 12) - sum(r["amt"] for r in D if r["d"].month == 11)),
            "unit": "£"}


@q(K1, "How many different customers ordered Ridge IPA this year? Skip cancelled or failed drops.",
   note="distinct customer_id (padded to 5 digits) on Delivered Ridge IPA rows")
def _():
    return {"number": float(len({r["cid"] for r in delivered() if r["beer"] == "ridge ipa"})), "unit": "customers"}


@q(K2, "how much did the dog & gun spend with us this year",
   note="Delivered line_total for The Dog & Gun (customer 00492, written 492 on some rows)")
def _():
    return {"number": sum(r["amt"] for r in delivered() if r["venue"] == "The Dog & Gun"), "unit": "£"}


@q(K2, "Who spends more per delivery on average, restaurants or bars?",
   note="Delivered line_total / distinct Delivered delivery_no, by customers.csv venue_type, Restaurant vs Bar; every row, cancelled and failed included, gives the same answer (asserted)")
def _():
    v, n = defaultdict(float), defaultdict(set)
    for r in delivered():
        v[r["vtype"]] += r["amt"]
        n[r["vtype"]].add(r["no"])
    k, _ = top({t: v[t] / len(n[t]) for t in ("restaurant", "bar")})
    v2, n2 = defaultdict(float), defaultdict(set)
    for r in kegs_all():
        v2[r["vtype"]] += r["amt"]
        n2[r["vtype"]].add(r["no"])
    same(k, top({t: v2[t] / len(n2[t]) for t in ("restaurant", "bar")})[0])
    return {"label": [k.title() + "s", k.title()]}


@q(K2, "How many kegs did Rhys's accounts take in the first half of the year?",
   note="sum of kegs on Delivered rows, January-June, whose customer's sales_rep is Rhys Morgan")
def _():
    return {"number": float(sum(r["kegs"] for r in delivered() if r["rep"] == "rhys morgan" and r["d"].month <= 6)),
            "unit": "kegs"}


@q(K1, "How many empty kegs did we pick up in total?",
   note="sum of empties_collected on Delivered rows where it is a number")
def _():
    return {"number": sum(r["empties"] for r in delivered() if r["empties"] is not None), "unit": "kegs"}


@q(K1, "Which month did we deliver the most kegs?",
   note="Delivered kegs by month")
def _():
    d = defaultdict(float)
    for r in delivered():
        d[r["d"].month] += r["kegs"]
    k, v = top(d)
    return {"label": month_labels(2025, k), "number": v, "unit": "kegs"}


@q(K2, "How much did pubs in Keswick spend with us? Only what was delivered.",
   note="Delivered line_total where customers.csv town is Keswick and venue_type is Pub")
def _():
    return {"number": sum(r["amt"] for r in delivered() if r["town"] == "keswick" and r["vtype"] == "pub"), "unit": "£"}


# ----------------------------------------------------------------------------------------------
# marina


COUNTRY = {"nl": "Netherlands", "netherlands": "Netherlands", "de": "Germany", "germany": "Germany", "gb": "UK",
           "uk": "UK", "fr": "France", "france": "France", "be": "Belgium", "belgium": "Belgium", "dk": "Denmark",
           "denmark": "Denmark"}
COUNTRY_LABELS = {"Netherlands": ["Netherlands", "Dutch", "NL"], "Germany": ["Germany", "German", "DE"],
                  "UK": ["UK", "GB", "British", "United Kingdom"], "France": ["France", "French", "FR"],
                  "Belgium": ["Belgium", "Belgian", "BE"], "Denmark": ["Denmark", "Danish", "DK"]}


def bookings():
    out = []
    for r in rows("berth_bookings.csv"):
        arr = dt.datetime.strptime(r["arrival"].strip(), "%Y-%m-%dT%H:%M")
        dep = dt.datetime.strptime(r["departure"].strip(), "%Y-%m-%dT%H:%M")
        out.append({"ref": r["booking_ref"], "arr": arr, "dep": dep, "nights": int(r["nights"]), "berth": r["berth"].strip(),
                    "pontoon": r["berth"].strip()[0], "boat": r["boat_name"].strip(), "type": fold(r["boat_type"]),
                    "len": float(r["length_m"].replace(",", ".")), "country": COUNTRY[fold(r["flag"])],
                    "power": fold(r["shore_power"]) in ("yes", "y", "ja"), "fee": euro(r["fee_eur"]) or 0.0,
                    "fee_blank": missing(r["fee_eur"]), "status": fold(r["status"])})
    return out


def stays():
    return [r for r in bookings() if r["status"] == "completed"]


M = ["berth_bookings.csv"]


@q(M, "How much did we take in berth fees this season?",
   note="sum of fee_eur over every row (cancelled bookings are 0 or blank; no-shows were charged one night)")
def _():
    return {"number": sum(r["fee"] for r in bookings()), "unit": "€"}


@q(M, "how many bookings got cancelled",
   note="rows with status Cancelled (not no-shows)")
def _():
    return {"number": float(sum(r["status"] == "cancelled" for r in bookings())), "unit": "bookings"}


@q(M, "What's the average stay in nights, for boats that actually turned up?",
   note="mean of nights over Completed bookings")
def _():
    s = stays()
    return {"number": sum(r["nights"] for r in s) / len(s), "unit": "nights"}


@q(M, "Boats from which country made the most visits?",
   note="Completed bookings by flag folded to a country (NL/nl/Netherlands, GB/UK ...); counting distinct boats would give another country, so the question counts visits")
def _():
    b = defaultdict(float)
    for r in stays():
        b[r["country"]] += 1
    k, v = top(b)
    return {"label": COUNTRY_LABELS[k], "number": v, "unit": "stays"}


@q(M, "How many nights did Dutch boats book with us for stays starting in July or August? Completed stays only.",
   note="sum of nights over Completed bookings whose flag is the Netherlands and whose arrival is in July or August")
def _():
    return {"number": float(sum(r["nights"] for r in stays() if r["country"] == "Netherlands" and r["arr"].month in (7, 8))),
            "unit": "nights"}


@q(M, "How long was the longest boat that stayed with us?",
   note="the largest length_m over Completed bookings (two boats share it, so the truth is the length only)")
def _():
    return {"number": max(r["len"] for r in stays()), "unit": "m"}


@q(M, "What share of stays used shore power?",
   note="Completed bookings with shore_power yes (yes/Y/ja) / Completed bookings, in %")
def _():
    s = stays()
    return {"number": pct(sum(r["power"] for r in s) / len(s)), "unit": "%"}


@q(M, "Which month had the most boats arriving?",
   note="Completed bookings by month of arrival; counting every booking gives the same month (asserted)")
def _():
    a, b = defaultdict(float), defaultdict(float)
    for r in stays():
        a[r["arr"].month] += 1
    for r in bookings():
        b[r["arr"].month] += 1
    k = same(top(a)[0], top(b)[0])
    return {"label": month_labels(2025, k)}


@q(M, "What's the average fee for a completed stay that arrived in August?",
   note="mean of fee_eur over Completed bookings arriving in August")
def _():
    s = [r["fee"] for r in stays() if r["arr"].month == 8]
    return {"number": sum(s) / len(s), "unit": "€"}


@q(M, "How many completed stays were by boats of 18 metres or more?",
   note="Completed bookings with length_m >= 18.0")
def _():
    return {"number": float(sum(r["len"] >= 18.0 for r in stays())), "unit": "stays"}


@q(M, "what time of day do most boats arrive",
   note="Completed bookings by hour of arrival; every booking gives the same hour (asserted)")
def _():
    a, b = defaultdict(float), defaultdict(float)
    for r in stays():
        a[r["arr"].hour] += 1
    for r in bookings():
        b[r["arr"].hour] += 1
    return {"label": hour_labels(same(top(a)[0], top(b)[0]))}


@q(M, "How many different boats came back for more than one stay?",
   note="distinct boat_name with two or more Completed bookings")
def _():
    d = defaultdict(int)
    for r in stays():
        d[r["boat"]] += 1
    return {"number": float(sum(v >= 2 for v in d.values())), "unit": "boats"}


@q(M, "How much did we charge no-shows?",
   note="sum of fee_eur on No-show rows")
def _():
    return {"number": sum(r["fee"] for r in bookings() if r["status"] == "no-show"), "unit": "€"}


@q(M, "Which pontoon brings in the most money?",
   note="sum of fee_eur by the berth's letter (A, B, C, D) over every row; the label may be the bare letter because the number must be stated too")
def _():
    d = defaultdict(float)
    for r in bookings():
        d[r["pontoon"]] += r["fee"]
    k, v = top(d)
    return {"label": [k, f"pontoon {k}", f"{k} pontoon", f"pontoon '{k}'", f'pontoon "{k}"'], "number": v, "unit": "€"}


@q(M, "What percentage of all bookings were no-shows?",
   note="No-show rows / all rows, in %")
def _():
    b = bookings()
    return {"number": pct(sum(r["status"] == "no-show" for r in b) / len(b)), "unit": "%"}


@q(M, "how much more did we make in july than june",
   note="sum of fee_eur for bookings arriving in July minus June")
def _():
    b = bookings()
    return {"number": positive(sum(r["fee"] for r in b if r["arr"].month == 7) - sum(r["fee"] for r in b if r["arr"].month == 6)),
            "unit": "€"}


@q(M, "whats the median stay length",
   note="median of nights over Completed bookings")
def _():
    return {"number": float(statistics.median(r["nights"] for r in stays())), "unit": "nights"}


@q(M, "How many times did a rib stay with us?",
   note="Completed bookings with boat_type RIB")
def _():
    return {"number": float(sum(r["type"] == "rib" for r in stays())), "unit": "stays"}


@q(M, "Which boat spent the most nights in the marina?",
   note="sum of nights over Completed bookings by boat_name")
def _():
    d = defaultdict(float)
    for r in stays():
        d[r["boat"]] += r["nights"]
    k, v = top(d)
    return {"label": [k], "number": v, "unit": "nights"}


@q(M, "How many stays lasted a week or more?",
   note="Completed bookings with nights >= 7 (asked about stays, not boats: a boat can have several)")
def _():
    return {"number": float(sum(r["nights"] >= 7 for r in stays())), "unit": "stays"}


@q(M, "average length of the catamarans that stayed, per visit",
   note="mean length_m over Completed Catamaran bookings")
def _():
    s = [r["len"] for r in stays() if r["type"] == "catamaran"]
    return {"number": sum(s) / len(s), "unit": "m"}


# ----------------------------------------------------------------------------------------------
# grooming


def appts():
    out = []
    for r in rows("grooming_appointments.csv"):
        d = dt.datetime.strptime(r["date"].strip(), "%m/%d/%Y").date()
        t = dt.datetime.strptime(r["time"].strip().upper().replace("AM", " AM").replace("PM", " PM").replace("  ", " "),
                                 "%I:%M %p").time()
        out.append({"id": r["appt_id"], "d": d, "t": t, "client": r["client_id"].strip().zfill(4), "dog": fold(r["dog"]),
                    "breed": r["breed"].strip(), "size": fold(r["size"]), "svc": fold(r["service"]),
                    "groomer": fold(r["groomer"]), "price": money(r["price"]), "tip": money(r["tip"]),
                    "tip_raw": fold(r["tip"]), "mins": num(r["minutes_taken"]), "status": fold(r["status"])})
    return out


def done():
    return [r for r in appts() if r["status"] == "completed"]


G = ["grooming_appointments.csv"]
GROOMERS = {"amy lowe": ["Amy Lowe", "Amy"], "bex carter": ["Bex Carter", "Bex"], "carlos ruiz": ["Carlos Ruiz", "Carlos"],
            "dana kim": ["Dana Kim", "Dana"]}
SVC = {"full groom": ["Full Groom"], "bath & brush": ["Bath & Brush", "Bath and Brush"], "nail trim": ["Nail Trim"],
       "puppy intro": ["Puppy Intro"], "de-shed treatment": ["De-shed Treatment", "De-shed"]}


@q(G, "How much did we take for grooming in 2025, not counting tips?",
   note="sum of price on Completed rows")
def _():
    return {"number": sum(r["price"] for r in done()), "unit": "$"}


@q(G, "total tips this year?",
   note="sum of tip where it is a number (blank, none, cash are no amount)")
def _():
    return {"number": sum(r["tip"] for r in done() if r["tip"] is not None), "unit": "$"}


@q(G, "Which groomer gets tipped the most per appointment?",
   note="mean tip per Completed appointment by groomer, a missing tip read as 0; leaving missing tips out, or dividing by every appointment, gives the same groomer (asserted)")
def _():
    a, b, c = defaultdict(list), defaultdict(list), defaultdict(list)
    for r in done():
        a[r["groomer"]].append(r["tip"] or 0.0)
        if r["tip"] is not None:
            b[r["groomer"]].append(r["tip"])
    for r in appts():
        c[r["groomer"]].append(r["tip"] or 0.0)
    k = same(top({g: sum(v) / len(v) for g, v in a.items()})[0], top({g: sum(v) / len(v) for g, v in b.items()})[0])
    same(k, top({g: sum(v) / len(v) for g, v in c.items()})[0])
    return {"label": GROOMERS[k]}


@q(G, "What percentage of all appointments were no-shows?",
   note="No-show rows / all appointments (every status), in %")
def _():
    a = appts()
    return {"number": pct(sum(r["status"] == "no-show" for r in a) / len(a)), "unit": "%"}


@q(G, "What service do people book most?",
   note="appointments by service (every status); completed appointments give the same service (asserted)")
def _():
    a, b = defaultdict(float), defaultdict(float)
    for r in appts():
        a[r["svc"]] += 1
        if r["status"] == "completed":
            b[r["svc"]] += 1
    return {"label": SVC[same(top(a)[0], top(b)[0])]}


@q(G, "How many full grooms did Carlos do over the summer, June to August?",
   note="Completed Full Groom rows by Carlos Ruiz, June-August 2025")
def _():
    return {"number": float(sum(r["svc"] == "full groom" and r["groomer"] == "carlos ruiz" and 6 <= r["d"].month <= 8
                                for r in done())), "unit": "appointments"}


@q(G, "average price of a full groom for a large dog? dont count no-shows",
   note="mean price over Completed Full Groom rows of size Large (the price rose on 1 July, so this mixes both; no-show rows carry $0 or a blank price, hence the last words)")
def _():
    s = [r["price"] for r in done() if r["svc"] == "full groom" and r["size"] == "large"]
    return {"number": sum(s) / len(s), "unit": "$"}


@q(G, "How much more did we take in Q4 than Q3? Leave tips out of it.",
   note="sum of price on Completed rows, October-December minus July-September")
def _():
    D = done()
    return {"number": positive(sum(r["price"] for r in D if quarter(r["d"].month) == 4)
                               - sum(r["price"] for r in D if quarter(r["d"].month) == 3)), "unit": "$"}


@q(G, "busiest hour of the day for appointments?",
   note="appointments (every status) by hour of time; completed appointments give the same hour (asserted)")
def _():
    a, b = defaultdict(float), defaultdict(float)
    for r in appts():
        a[r["t"].hour] += 1
        if r["status"] == "completed":
            b[r["t"].hour] += 1
    return {"label": hour_labels(same(top(a)[0], top(b)[0]))}


@q(G, "How many different clients did we actually groom for this year?",
   note="distinct client_id (padded to 4 digits) on Completed rows")
def _():
    return {"number": float(len({r["client"] for r in done()})), "unit": "clients"}


@q(G, "Which breed comes in the most?",
   note="Completed appointments by breed; every appointment gives the same breed (asserted)")
def _():
    d, e = defaultdict(float), defaultdict(float)
    for r in done():
        d[r["breed"]] += 1
    for r in appts():
        e[r["breed"]] += 1
    k, v = top(d)
    same(k, top(e)[0])
    return {"label": [k, k + "s"]}


@q(G, "On average how long does a de-shed take us, in minutes?",
   note="mean of minutes_taken over Completed De-shed Treatment rows where it is a number")
def _():
    s = [r["mins"] for r in done() if r["svc"] == "de-shed treatment" and r["mins"] is not None]
    return {"number": sum(s) / len(s), "unit": "min"}


@q(G, "Which weekday brings in the most money, tips aside?",
   note="sum of price on Completed rows by weekday")
def _():
    d = defaultdict(float)
    for r in done():
        d[r["d"].weekday()] += r["price"]
    return {"label": day_labels(top(d)[0])}


@q(G, "whats the average we charge for XL dogs, no-shows left out",
   note="mean price over Completed rows of size XL (no-show rows carry $0 or a blank price: 76.41 if read as $0, hence the last words)")
def _():
    s = [r["price"] for r in done() if r["size"] == "xl"]
    return {"number": sum(s) / len(s), "unit": "$"}


@q(G, "how many nail trims did we do in decmber",
   note="Completed Nail Trim rows in December 2025")
def _():
    return {"number": float(sum(r["svc"] == "nail trim" and r["d"].month == 12 for r in done())), "unit": "appointments"}


@q(G, "What share of our grooming income comes from full grooms? Tips don't count.",
   note="Completed Full Groom price / all Completed price, in %")
def _():
    D = done()
    return {"number": pct(sum(r["price"] for r in D if r["svc"] == "full groom") / sum(r["price"] for r in D)), "unit": "%"}


@q(G, "Which month were takings best? Not tips, just what we charged.",
   note="sum of price on Completed rows by month")
def _():
    d = defaultdict(float)
    for r in done():
        d[r["d"].month] += r["price"]
    k, v = top(d)
    return {"label": month_labels(2025, k), "number": v, "unit": "$"}


@q(G, "How many appointments were cancelled in May?",
   note="rows with status Cancelled dated May 2025 (no-shows are not cancellations)")
def _():
    return {"number": float(sum(r["status"] == "cancelled" and r["d"].month == 5 for r in appts())), "unit": "appointments"}


@q(G, "How much has client 0042 spent with us, tips included?",
   note="price + tip on Completed rows of client 0042 (written 0042 or 42)")
def _():
    return {"number": sum(r["price"] + (r["tip"] or 0.0) for r in done() if r["client"] == "0042"), "unit": "$"}


@q(G, "What's Bex's average tip when she does get one?",
   note="mean of tip over Completed Bex Carter rows where the tip is a number above 0")
def _():
    s = [r["tip"] for r in done() if r["groomer"] == "bex carter" and r["tip"] is not None and r["tip"] > 0]
    return {"number": sum(s) / len(s), "unit": "$"}


# ----------------------------------------------------------------------------------------------
# allotments


def ledger():
    out = []
    for r in rows("allotment_ledger.csv"):
        d = dt.datetime.strptime(r["date"].strip(), "%d-%b-%Y").date()
        out.append({"d": d, "plot": r["plot"].strip().zfill(3) if r["plot"].strip() else "", "member": r["member"].strip(),
                    "size": fold(r["plot_size"]), "cat": fold(r["category"]), "amt": money(r["amount"]),
                    "by": fold(r["paid_by"])})
    return out


A = ["allotment_ledger.csv"]
CATS = {"annual rent": ["Annual rent", "rent"], "water charge": ["Water charge", "water"],
        "seeds & sundries": ["Seeds & sundries", "Seeds and sundries", "seeds"], "shed hire": ["Shed hire"],
        "key deposit": ["Key deposit"], "late fee": ["Late fee"], "donation": ["Donation", "donations"]}


@q(A, "What's the society's net income for the year after refunds and credits?",
   note="sum of amount over every row (refunds and work-party credits negative)")
def _():
    return {"number": sum(r["amt"] for r in ledger()), "unit": "£"}


@q(A, "how much did we refund in total",
   note="minus the sum of amount on Refund rows, as a positive amount (work-party credits are not refunds)")
def _():
    return {"number": -sum(r["amt"] for r in ledger() if r["cat"] == "refund"), "unit": "£"}


@q(A, "How much rent came in from half plots?",
   note="sum of amount on Annual rent rows whose plot_size is Half")
def _():
    return {"number": sum(r["amt"] for r in ledger() if r["cat"] == "annual rent" and r["size"] == "half"), "unit": "£"}


@q(A, "How many plot holders paid their rent late?",
   note="distinct plots with a Late fee row")
def _():
    return {"number": float(len({r["plot"] for r in ledger() if r["cat"] == "late fee"})), "unit": "plots"}


@q(A, "Apart from rent, what brought in the most money?",
   note="sum of amount by category over positive categories other than Annual rent")
def _():
    d = defaultdict(float)
    for r in ledger():
        if r["amt"] > 0 and r["cat"] != "annual rent":
            d[r["cat"]] += r["amt"]
    k, v = top(d)
    return {"label": CATS[k], "number": v, "unit": "£"}


@q(A, "What did plot 7 pay over the year, net?",
   note="sum of amount on rows whose plot is 007 (written 007 or 7)")
def _():
    return {"number": sum(r["amt"] for r in ledger() if r["plot"] == "007"), "unit": "£"}


@q(A, "How much were the work party credits worth altogether?",
   note="minus the sum of amount on Work party credit rows, as a positive amount")
def _():
    return {"number": -sum(r["amt"] for r in ledger() if r["cat"] == "work party credit"), "unit": "£"}


@q(A, "What percentage of the money coming in was paid in cash?",
   note="sum of positive amounts paid by Cash / sum of all positive amounts, in %")
def _():
    L = [r for r in ledger() if r["amt"] > 0]
    return {"number": pct(sum(r["amt"] for r in L if r["by"] == "cash") / sum(r["amt"] for r in L)), "unit": "%"}


@q(A, "Which month did the most money come in?",
   note="sum of positive amounts by month; the net by month gives the same month (asserted)")
def _():
    a, b = defaultdict(float), defaultdict(float)
    for r in ledger():
        b[r["d"].month] += r["amt"]
        if r["amt"] > 0:
            a[r["d"].month] += r["amt"]
    return {"label": month_labels(2025, same(top(a)[0], top(b)[0]))}


@q(A, "how much has ravi shah paid us this year, after any credits",
   note="sum of amount on rows whose member is Ravi Shah")
def _():
    return {"number": sum(r["amt"] for r in ledger() if r["member"] == "Ravi Shah"), "unit": "£"}


@q(A, "For the plots that bought seeds and sundries, what did each spend on them on average?",
   note="sum of amount on Seeds & sundries rows / distinct plots with such a row")
def _():
    s = [r for r in ledger() if r["cat"] == "seeds & sundries"]
    return {"number": sum(r["amt"] for r in s) / len({r["plot"] for r in s}), "unit": "£"}


@q(A, "How many plots hire a shed?",
   note="distinct plots with a Shed hire row")
def _():
    return {"number": float(len({r["plot"] for r in ledger() if r["cat"] == "shed hire"})), "unit": "plots"}


@q(A, "What did the donations tin raise over the year?",
   note="sum of amount on Donation rows")
def _():
    return {"number": sum(r["amt"] for r in ledger() if r["cat"] == "donation"), "unit": "£"}


@q(A, "How much more net income came in during Q1 than Q2?",
   note="net amount January-March minus April-June")
def _():
    L = ledger()
    return {"number": positive(sum(r["amt"] for r in L if quarter(r["d"].month) == 1)
                               - sum(r["amt"] for r in L if quarter(r["d"].month) == 2)), "unit": "£"}


@q(A, "How many payments came in by cheque?",
   note="rows paid by Cheque")
def _():
    return {"number": float(sum(r["by"] == "cheque" for r in ledger())), "unit": "payments"}


@q(A, "What did the full-size plots pay for water?",
   note="sum of amount on Water charge rows whose plot_size is Full (a refund of a double charge is a Refund row, not included)")
def _():
    return {"number": sum(r["amt"] for r in ledger() if r["cat"] == "water charge" and r["size"] == "full"), "unit": "£"}


@q(A, "How many key deposits did we take, and how many were handed back?",
   note="Key deposit rows; refunds noted 'key deposit returned' are the handed-back ones")
def _():
    L = rows("allotment_ledger.csv")
    took = sum(fold(r["category"]) == "key deposit" for r in L)
    back = sum(fold(r["category"]) == "refund" and fold(r["note"]) == "key deposit returned" for r in L)
    return {"numbers": [float(took), float(back)], "unit": "deposits"}


# ----------------------------------------------------------------------------------------------
# EV charging


HUB_NAMES = {"harbour car park": "Harbour Car Park", "retail park": "Retail Park", "motorway services": "Motorway Services",
             "station road": "Station Road", "town hall": "Town Hall"}


def hubs():
    out = []
    for r in rows("charging_daily.csv"):
        out.append({"d": dt.date.fromisoformat(r["date"].strip()), "hub": fold(r["hub"]), "bays": int(r["bays"]),
                    "sessions": num(r["sessions"]), "kwh": num(r["kwh"]), "rev": money(r["revenue"]),
                    "faults": int(r["faults"]), "status": fold(r["status"])})
    return out


def open_days():
    return [r for r in hubs() if r["status"] == "open"]


H = ["charging_daily.csv"]


@q(H, "How much energy did the hubs deliver altogether?",
   note="sum of kwh where it is a number")
def _():
    return {"number": sum(r["kwh"] for r in hubs() if r["kwh"] is not None), "unit": "kWh"}


@q(H, "Which hub made the most money?",
   note="sum of revenue by hub")
def _():
    d = defaultdict(float)
    for r in open_days():
        d[r["hub"]] += r["rev"]
    k, v = top(d)
    return {"label": [HUB_NAMES[k]], "number": v, "unit": "£"}


@q(H, "On the days it was working, how many charging sessions did Station Road average?",
   note="mean of sessions over Open Station Road rows")
def _():
    s = [r["sessions"] for r in open_days() if r["hub"] == "station road"]
    return {"number": sum(s) / len(s), "unit": "sessions"}


@q(H, "How many times was a hub out of action for the whole day, offline or in maintenance?",
   note="rows whose status is Offline or Maintenance")
def _():
    return {"number": float(sum(r["status"] in ("offline", "maintenance") for r in hubs())), "unit": "hub-days"}


@q(H, "What do we get per kWh on average? Leave out days with no meter reading.",
   note="sum of revenue / sum of kwh over rows where kwh is a number")
def _():
    s = [r for r in hubs() if r["kwh"] is not None]
    return {"number": sum(r["rev"] for r in s) / sum(r["kwh"] for r in s), "unit": "£/kWh"}


@q(H, "Which month had the most charging sessions?",
   note="sum of sessions by month")
def _():
    d = defaultdict(float)
    for r in open_days():
        d[r["d"].month] += r["sessions"]
    k, v = top(d)
    return {"label": month_labels(2025, k), "number": v, "unit": "sessions"}


@q(H, "what share of all sessions were at the motorway services",
   note="Motorway Services sessions / all sessions, in %")
def _():
    O = open_days()
    return {"number": pct(sum(r["sessions"] for r in O if r["hub"] == "motorway services") / sum(r["sessions"] for r in O)),
            "unit": "%"}


@q(H, "On how many days did the Retail Park see more than 50 sessions?",
   note="Open Retail Park rows with sessions > 50 (sessions are whole numbers; 'more than 50' is strict)")
def _():
    return {"number": float(sum(r["sessions"] > 50 for r in open_days() if r["hub"] == "retail park")),
            "unit": "days"}


@q(H, "busiest day of the week at the motorway services?",
   note="Motorway Services sessions by weekday (totals; the mean per open day gives the same weekday, asserted)")
def _():
    a, n = defaultdict(float), defaultdict(int)
    for r in open_days():
        if r["hub"] == "motorway services":
            a[r["d"].weekday()] += r["sessions"]
            n[r["d"].weekday()] += 1
    return {"label": day_labels(same(top(a)[0], top({k: a[k] / n[k] for k in a})[0]))}


@q(H, "How much more revenue did we make in June than in January?",
   note="sum of revenue in June minus January")
def _():
    O = open_days()
    return {"number": positive(sum(r["rev"] for r in O if r["d"].month == 6) - sum(r["rev"] for r in O if r["d"].month == 1)),
            "unit": "£"}


@q(H, "How many faults were logged at the harbour car park?",
   note="sum of faults on Harbour Car Park rows (every status)")
def _():
    return {"number": float(sum(r["faults"] for r in hubs() if r["hub"] == "harbour car park")), "unit": "faults"}


@q(H, "The Town Hall chargers opened in March. How many sessions have they done since?",
   note="sum of sessions at Town Hall")
def _():
    return {"number": float(sum(r["sessions"] for r in open_days() if r["hub"] == "town hall")), "unit": "sessions"}


@q(H, "How many kWh does an average session at the motorway take? Ignore days the meter wasn't read.",
   note="sum of kwh / sum of sessions over Motorway Services rows where kwh is a number")
def _():
    s = [r for r in hubs() if r["hub"] == "motorway services" and r["kwh"] is not None]
    return {"number": sum(r["kwh"] for r in s) / sum(r["sessions"] for r in s), "unit": "kWh"}


@q(H, "Average takings per day across the whole network?",
   note="sum of revenue / number of distinct dates (181)")
def _():
    O = hubs()
    return {"number": sum(r["rev"] for r in O if r["rev"] is not None) / len({r["d"] for r in O}), "unit": "£"}


@q(H, "how many sessions did we do on weekends",
   note="sum of sessions on Saturdays and Sundays, every hub")
def _():
    return {"number": float(sum(r["sessions"] for r in open_days() if r["d"].weekday() >= 5)), "unit": "sessions"}


@q(H, "Which hub had the most faults?",
   note="sum of faults by hub (every status)")
def _():
    d = defaultdict(float)
    for r in hubs():
        d[r["hub"]] += r["faults"]
    k, v = top(d)
    return {"label": [HUB_NAMES[k]], "number": v, "unit": "faults"}


@q(H, "What was the Retail Park's revenue in the second quarter?",
   note="sum of revenue at Retail Park, April-June")
def _():
    return {"number": sum(r["rev"] for r in open_days() if r["hub"] == "retail park" and r["d"].month >= 4), "unit": "£"}


@q(H, "On which day did we sell the most energy across all the hubs together?",
   note="sum of kwh by date (missing readings left out)")
def _():
    d = defaultdict(float)
    for r in hubs():
        if r["kwh"] is not None:
            d[r["d"]] += r["kwh"]
    k, v = top(d)
    return {"label": date_labels(k, "iso")}


# ----------------------------------------------------------------------------------------------
# taxi


def jobs():
    out = []
    for r in rows("taxi_jobs.csv"):
        b = dt.datetime.strptime(r["booked_at"].strip(), "%Y-%m-%d %H:%M")
        p = dt.datetime.strptime(r["picked_up_at"].strip(), "%Y-%m-%d %H:%M") if r["picked_up_at"].strip() else None
        out.append({"no": r["job_no"], "b": b, "p": p, "wait": (p - b).total_seconds() / 60 if p else None,
                    "zone": fold(r["pickup_zone"]), "via": fold(r["booked_via"]), "pay": fold(r["payment"]),
                    "car": int(r["car"]) if r["car"].strip() else None, "pax": int(r["passengers"]),
                    "miles": num(r["miles"]), "fare": money(r["fare"]), "status": fold(r["status"])})
    return out


def completed():
    return [r for r in jobs() if r["status"] == "completed"]


T = ["taxi_jobs.csv"]
ZONE_NAMES = {"town centre": "Town Centre", "station": "Station", "airport": "Airport", "north estate": "North Estate",
              "hospital": "Hospital", "university": "University"}


def car_labels(n):
    return [f"{n}", f"{n:02d}", f"car {n}", f"car {n:02d}", f"car #{n}", f"car no. {n}", f"driver {n}", f"driver {n:02d}", f"call sign {n}",
            f"call sign {n:02d}", f"car number {n}", f"car: {n}", f"car: {n:02d}", f"car '{n:02d}'", f'car "{n:02d}"']


@q(T, "How many jobs did we complete in April?",
   note="Completed rows booked in April 2025")
def _():
    return {"number": float(sum(r["b"].month == 4 for r in completed())), "unit": "jobs"}


@q(T, "whats the averge wait between booking and pickup? leave rank jobs out, theyre instant",
   note="mean of picked_up_at - booked_at in minutes over Completed rows booked via Phone or App")
def _():
    s = [r["wait"] for r in completed() if r["via"] != "rank"]
    return {"number": sum(s) / len(s), "unit": "min"}


@q(T, "Which car took the most in fares?",
   note="sum of fare on Completed rows by car call sign (07 and 7 are car 7); the label may be the bare call sign because the number must be stated too")
def _():
    d = defaultdict(float)
    for r in completed():
        d[r["car"]] += r["fare"]
    k, v = top(d)
    return {"label": car_labels(k), "number": v, "unit": "£"}


@q(T, "total fares for march",
   note="sum of fare on Completed rows booked in March 2025")
def _():
    return {"number": sum(r["fare"] for r in completed() if r["b"].month == 3), "unit": "£"}


@q(T, "What share of bookings come in through the app?",
   note="rows booked via App / all rows (every status), in %")
def _():
    J = jobs()
    return {"number": pct(sum(r["via"] == "app" for r in J) / len(J)), "unit": "%"}


@q(T, "On Saturdays, what's our busiest hour for bookings?",
   note="rows (every status) booked on a Saturday, by hour of booked_at; completed jobs give the same hour (asserted)")
def _():
    a, b = defaultdict(float), defaultdict(float)
    for r in jobs():
        if r["b"].weekday() == 5:
            a[r["b"].hour] += 1
            if r["status"] == "completed":
                b[r["b"].hour] += 1
    return {"label": hour_labels(same(top(a)[0], top(b)[0]))}


@q(T, "how many airport pickups did we do",
   note="Completed rows whose pickup_zone is Airport")
def _():
    return {"number": float(sum(r["zone"] == "airport" for r in completed())), "unit": "jobs"}


@q(T, "What's the average fare on an airport job? Only jobs we completed.",
   note="mean fare over Completed Airport rows (no-show rows carry £0.00 or a blank fare: 35.13 if read as £0, hence the last words)")
def _():
    s = [r["fare"] for r in completed() if r["zone"] == "airport"]
    return {"number": sum(s) / len(s), "unit": "£"}


@q(T, "What percentage of jobs were cancelled?",
   note="Cancelled rows / all rows, in % (no-shows are not cancellations)")
def _():
    J = jobs()
    return {"number": pct(sum(r["status"] == "cancelled" for r in J) / len(J)), "unit": "%"}


@q(T, "What do we earn per mile? Skip the jobs where the miles weren't recorded.",
   note="sum of fare / sum of miles over Completed rows where miles is a number")
def _():
    s = [r for r in completed() if r["miles"] is not None]
    return {"number": sum(r["fare"] for r in s) / sum(r["miles"] for r in s), "unit": "£/mile"}


@q(T, "How many fares were £30 or more?",
   note="Completed rows with fare >= 30 (some fares are exactly £30.00, so the wording says 'or more')")
def _():
    F = [r["fare"] for r in completed()]
    assert 30.0 in F
    return {"number": float(sum(f >= 30.0 for f in F)), "unit": "jobs"}


@q(T, "Which pickup area keeps people waiting longest on average? Rank pickups aside.",
   note="mean wait in minutes over Completed Phone/App rows by pickup_zone")
def _():
    d = defaultdict(list)
    for r in completed():
        if r["via"] != "rank":
            d[r["zone"]].append(r["wait"])
    k, v = top({z: sum(x) / len(x) for z, x in d.items()})
    return {"label": [ZONE_NAMES[k]]}


@q(T, "how many more jobs do we complete on saturdays than fridays",
   note="Completed rows booked on a Saturday minus on a Friday (counting every booking gives 89, not 77, hence 'complete')")
def _():
    C = completed()
    return {"number": positive(float(sum(r["b"].weekday() == 5 for r in C) - sum(r["b"].weekday() == 4 for r in C))),
            "unit": "jobs"}


@q(T, "How many passengers did we carry in May?",
   note="sum of passengers on Completed rows booked in May 2025")
def _():
    return {"number": float(sum(r["pax"] for r in completed() if r["b"].month == 5)), "unit": "passengers"}


@q(T, "How much was put on account?",
   note="sum of fare on Completed rows paid by Account")
def _():
    return {"number": sum(r["fare"] for r in completed() if r["pay"] == "account"), "unit": "£"}


@q(T, "What's the longest anyone waited to be picked up?",
   note="max of picked_up_at - booked_at in minutes over Completed rows")
def _():
    return {"number": max(r["wait"] for r in completed()), "unit": "min"}


@q(T, "How many completed jobs were booked between midnight and 5am?",
   note="Completed rows whose booked_at hour is 0-4 (no booking is at exactly 05:00; asserted)")
def _():
    C = completed()
    assert not any(r["b"].hour == 5 and r["b"].minute == 0 for r in jobs())
    return {"number": float(sum(r["b"].hour < 5 for r in C)), "unit": "jobs"}


@q(T, "How many no-shows did car 12 have?",
   note="No show rows with car 12")
def _():
    return {"number": float(sum(r["status"] == "no show" and r["car"] == 12 for r in jobs())), "unit": "no-shows"}


@q(T, "Which day in April had the most completed jobs?",
   note="Completed rows by date booked, April 2025")
def _():
    d = defaultdict(float)
    for r in completed():
        if r["b"].month == 4:
            d[r["b"].date()] += 1
    k, v = top(d)
    return {"label": date_labels(k, "iso"), "number": v, "unit": "jobs"}


# ----------------------------------------------------------------------------------------------


def clean(truth):
    out = {}
    for k, v in truth.items():
        if isinstance(v, float):
            v = round(v, 6)
            if v == int(v) and k != "number":
                v = int(v)
        elif isinstance(v, list) and v and isinstance(v[0], float):
            v = [round(x, 6) for x in v]
        out[k] = v
    return out


def main():
    out = []
    failed = 0
    for i, qd in enumerate(QUESTIONS, 1):
        try:
            truth = clean(qd["fn"]())
        except AssertionError as e:
            if "--print" not in sys.argv:
                raise
            failed += 1
            print(f"s11-{i:03d}  {qd['question']}\n        GUARD FAILED: {e}")
            continue
        out.append({"id": f"s11-{i:03d}", "dataset": qd["dataset"], "question": qd["question"], "truth": truth,
                    "note": qd["note"]})
        print(f"s11-{i:03d}  {qd['question']}\n        {json.dumps(truth, ensure_ascii=False)}")
    if "--print" not in sys.argv:
        (HERE / "questions.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    counts = defaultdict(int)
    for o in out:
        counts["+".join(o["dataset"])] += 1
    print(f"{len(out)} questions: " + ", ".join(f"{k} {v}" for k, v in counts.items()) + (f"; {failed} guards failed" if failed else ""))


if __name__ == "__main__":
    main()
