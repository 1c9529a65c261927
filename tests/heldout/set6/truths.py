#!/usr/bin/env python3
"""Held-out set 6: the questions and their truths, side by side.

    python3 tests/heldout/set6/truths.py        # rewrites questions.json

Reads the committed CSVs under data/ with its own parsing of the messy values (it does not import
generate.py: the truths come from the files as a user would receive them) and computes every truth in
plain Python. Each question is a function: the decorator holds the question as a user would type it and a
note on how a careful analyst reads it; the body computes the truth.

Reading rules used throughout (a careful human analyst's reading):
- a category is folded before grouping: surrounding spaces stripped, inner runs of spaces collapsed, a
  trailing period dropped, case ignored ("House  A", "HOUSE A", "House A." are one house);
- empty cells and the words n/a, na, -, none, null mean missing: left out of sums, averages and counts of
  values;
- money strings lose "$", "£" and thousands separators ("-$1,234.50" is -1234.50, "£24.00" is 24);
- dates: bakery_orders.csv is day-first (02/01/2024 is 2 January), ward_days.csv is US (01/31/2024),
  bike_trips.csv has ISO datetimes with seconds, shop_ledger.csv '05-Mar-2024 09:30',
  service_requests.csv ISO with a 'T' ('2024-03-05T09:30'), greenhouse_log.csv US dates with a 12-hour
  clock ('6/1/2024 2:00 PM'); products.csv listed_since is year-month (unused);
- bakery_orders.csv stores no money: a line's sales are cases x the product's case_price in products.csv
  (joined on product_code), in pounds; units (loaves, croissants) are cases x units_per_case;
- bike_trips.csv duration is h:mm:ss; minutes = seconds / 60;
- shop_ledger.csv amount is signed: sales positive; refunds, chargebacks and platform fees negative; net
  income is the sum of every row; "refunds" are the Refund rows only (chargebacks are named separately);
  an order is an order_id with a Sale row;
- ward_days.csv is pre-aggregated (one row per ward per day): admissions, bed days etc. are sums of its
  count columns, never a count of rows; occupancy is sum(beds_occupied) / sum(beds_available);
- service_requests.csv: time to close = closed - opened (blank closed = still open); closed_on_time is
  yes/no spelled Yes/yes/Y/y/TRUE/YES and No/no/N/n/FALSE/NO, blank while open; an on-time rate is over
  closed requests;
- greenhouse_log.csv humidity is a percentage written '71.3%', '71.3' or '71%'; vent_open is Yes/Y/yes or
  No/N/no;
- a rate is a ratio of sums; a change that is a fall is asked as a fall and its truth is positive;
- "which X" questions are only asked where the winner leads clearly (top() asserts a margin), top-N lists
  where the N-th leads the next clearly (top_n()), and thresholds in "how many X have more than N" are
  asserted to sit clear of every group's value (count_over()), or, for single rows, not to equal any value
  (count_gt()).
"""

import csv
import datetime as dt
import json
import statistics
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"

MISSING = {"", "n/a", "na", "-", "none", "null"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


# ----------------------------------------------------------------------------------------------
# parsing


def read(name):
    with open(DATA / name, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def is_missing(s):
    return s is None or s.strip().casefold() in MISSING


def num(s):
    """A number from a messy cell, or None when missing."""
    if is_missing(s):
        return None
    t = s.strip().replace("$", "").replace("\u00a3", "").replace(",", "").replace("%", "").replace(" ", "")
    return float(t)


def fold(s):
    """The grouping key of a category spelling; None when blank."""
    if s is None:
        return None
    t = " ".join(s.split()).rstrip(".").strip().casefold()
    return t or None


def canon(raw_values):
    """fold key -> the most common tidy spelling (for labels)."""
    by = defaultdict(Counter)
    for v in raw_values:
        k = fold(v)
        if k:
            by[k][" ".join(v.split()).rstrip(".")] += 1
    return {k: max(sorted(c), key=lambda v: (c[v], v[:1].isupper())) for k, c in by.items()}


def yesno(s):
    k = fold(s)
    if k in ("yes", "y", "true"):
        return True
    if k in ("no", "n", "false"):
        return False
    assert k is None, s
    return None


def seconds_hms(s):
    h, m, sec = s.strip().split(":")
    return int(h) * 3600 + int(m) * 60 + int(sec)


def quarter(d):
    return (d.month - 1) // 3 + 1


def ym(d):
    return (d.year, d.month)


# ----------------------------------------------------------------------------------------------
# labels and margins


def month_labels(y, m, year_unique=False):
    name = MONTHS[m - 1]
    out = [f"{name} {y}", f"{name[:3]} {y}", f"{y}-{m:02d}", f"{m:02d}/{y}", f"{m}/{y}", f"{name[:3]}. {y}"]
    if year_unique:
        out += [name, name[:3]]
    return dedupe(out)


def weekday_labels(i):
    return [WEEKDAYS[i], WEEKDAYS[i] + "s"]


def hour_labels(h):
    """Ways of naming the hour starting at h (24-hour clock): '10:00', '10 am', '18:00', '6 pm', ..."""
    h12 = h % 12 or 12
    ap = "am" if h < 12 else "pm"
    out = [f"{h:02d}:00", f"{h}:00"] if h < 12 else [f"{h}:00"]
    out += [f"{h12} {ap}", f"{h12}{ap}", f"{h12}:00 {ap}", f"{h12}:00{ap}", f"{h12} {ap[0]}.m.", f"{h}h"]
    if h == 0:
        out += ["midnight"]
    return dedupe(out)


def dedupe(xs):
    out = []
    for x in xs:
        if x not in out:
            out.append(x)
    return out


def ranked(d, reverse=True):
    return sorted(d.items(), key=lambda kv: kv[1], reverse=reverse)


def top(d, margin=0.02, lowest=False):
    """(key, value) of the winner; asserts it leads the runner-up by `margin` (relative)."""
    r = ranked(d, reverse=not lowest)
    (k1, v1), (_k2, v2) = r[0], r[1]
    gap = abs(v1 - v2) / max(abs(v1), abs(v2), 1e-12)
    assert gap >= margin, f"winner not clear: {r[:3]}"
    return k1, v1


def top_n(d, n, margin=0.02):
    r = ranked(d)
    vn, vnext = r[n - 1][1], r[n][1]
    assert (vn - vnext) / max(abs(vn), 1e-12) >= margin, f"top {n} not clear: {r[:n + 2]}"
    return [k for k, _ in r[:n]]


def count_over(values, threshold, margin=0.03):
    """How many group values exceed threshold; asserts none sits within `margin` (relative) of it."""
    values = list(values)
    near = [v for v in values if abs(v - threshold) <= margin * threshold]
    assert not near, f"values too near the threshold {threshold}: {near}"
    return sum(1 for v in values if v > threshold)


def count_gt(values, threshold):
    """How many single values exceed threshold; asserts none equals it (so 'over' and 'at least' agree)."""
    values = list(values)
    assert not any(abs(v - threshold) < 1e-9 for v in values), f"a value equals the threshold {threshold}"
    return sum(1 for v in values if v > threshold)


def pct(a, b):
    return 100.0 * a / b


# ----------------------------------------------------------------------------------------------
# loaded data


def load():
    g = {}
    # products.csv + bakery_orders.csv
    praw = read("products.csv")
    g["pcat_names"] = canon(r["category"] for r in praw)
    prods = {r["product_code"].strip(): dict(name=" ".join(r["product_name"].split()), cat=fold(r["category"]),
                                             price=num(r["case_price"]), units=int(r["units_per_case"]))
             for r in praw}
    oraw = read("bakery_orders.csv")
    g["cust_names"] = canon(r["customer"] for r in oraw)
    lines = []
    for r in oraw:
        p = prods[r["product_code"].strip()]
        cases = int(r["cases"])
        lines.append(dict(order=r["order_ref"].strip(), date=dt.datetime.strptime(r["delivery_date"].strip(),
                                                                                  "%d/%m/%Y").date(),
                          cust=fold(r["customer"]), code=r["product_code"].strip(), name=p["name"], cat=p["cat"],
                          cases=cases, units=cases * p["units"], sales=cases * p["price"]))
    g["bakery"] = lines
    # bike_trips.csv
    braw = read("bike_trips.csv")
    g["station_names"] = canon([r["start_station"] for r in braw] + [r["end_station"] for r in braw])
    g["bikes"] = [dict(id=r["trip_id"], when=dt.datetime.strptime(r["started_at"].strip(), "%Y-%m-%d %H:%M:%S"),
                       start=fold(r["start_station"]), end=fold(r["end_station"]), bike=fold(r["bike_type"]),
                       rider=fold(r["rider_type"]), secs=seconds_hms(r["duration"]), km=num(r["distance_km"]),
                       fare=num(r["fare"])) for r in braw]
    # shop_ledger.csv
    sraw = read("shop_ledger.csv")
    g["shop_cat_names"] = canon(r["category"] for r in sraw)
    g["channel_names"] = canon(r["channel"] for r in sraw)
    g["shop"] = [dict(id=r["txn_id"], when=dt.datetime.strptime(r["posted_at"].strip(), "%d-%b-%Y %H:%M"),
                      type=fold(r["type"]), order=r["order_id"].strip(), channel=fold(r["channel"]),
                      cat=fold(r["category"]), country=fold(r["customer_country"]), amt=num(r["amount"]))
                 for r in sraw]
    # ward_days.csv
    wraw = read("ward_days.csv")
    g["ward_names"] = canon(r["ward"] for r in wraw)
    g["wards"] = [dict(date=dt.datetime.strptime(r["date"].strip(), "%m/%d/%Y").date(), ward=fold(r["ward"]),
                       avail=int(r["beds_available"]), occ=int(r["beds_occupied"]), adm=int(r["admissions"]),
                       dis=int(r["discharges"]), delayed=int(r["delayed_discharges"]),
                       los=num(r["avg_length_of_stay"])) for r in wraw]
    # service_requests.csv
    qraw = read("service_requests.csv")
    g["sr_cat_names"] = canon(r["category"] for r in qraw)
    g["district_names"] = canon(r["district"] for r in qraw)
    reqs = []
    for r in qraw:
        opened = dt.datetime.strptime(r["opened"].strip(), "%Y-%m-%dT%H:%M")
        closed = None if is_missing(r["closed"]) else dt.datetime.strptime(r["closed"].strip(), "%Y-%m-%dT%H:%M")
        reqs.append(dict(id=r["request_id"], opened=opened, closed=closed, cat=fold(r["category"]),
                         district=fold(r["district"]), channel=fold(r["channel"]), ontime=yesno(r["closed_on_time"]),
                         sat=num(r["satisfaction"]),
                         days=None if closed is None else (closed - opened).total_seconds() / 86400))
    g["reqs"] = reqs
    # greenhouse_log.csv
    hraw = read("greenhouse_log.csv")
    g["house_names"] = canon(r["house"] for r in hraw)
    g["gh"] = [dict(when=dt.datetime.strptime(r["reading_time"].strip(), "%m/%d/%Y %I:%M %p"), house=fold(r["house"]),
                    crop=fold(r["crop"]), temp=float(r["temp_c"]), hum=num(r["humidity"]), co2=num(r["co2_ppm"]),
                    vent=yesno(r["vent_open"]), water=float(r["water_litres"])) for r in hraw]
    return g


D = load()
QUESTIONS = []


def q(qid, dataset, question, note):
    def deco(fn):
        QUESTIONS.append(dict(id=qid, dataset=dataset, question=question, note=note, fn=fn))
        return fn
    return deco


def money(x, unit="$"):
    return {"number": round(x, 2), "unit": unit}


def pounds(x):
    return money(x, "\u00a3")


def count(x):
    return {"number": x, "unit": ""}


def percent(x):
    return {"number": round(x, 4), "unit": "%"}


def value(x, unit=""):
    return {"number": round(x, 4), "unit": unit}


# ==============================================================================================
# bakery_orders.csv + products.csv — wholesale bakery, 2024; sales = cases x case_price (pounds)

B = D["bakery"]
PC = D["pcat_names"]
CU = D["cust_names"]
BAK = ["bakery_orders.csv", "products.csv"]


def bsales(rows):
    return sum(r["sales"] for r in rows)


def orders(rows):
    by = defaultdict(float)
    for r in rows:
        by[r["order"]] += r["sales"]
    return by


@q("s6-001", BAK, "What were our total sales in June?",
   "Sum of cases x case_price (products.csv, joined on product_code) over lines delivered in June 2024.")
def _():
    return pounds(bsales(r for r in B if ym(r["date"]) == (2024, 6)))


@q("s6-002", BAK, "Which product category brought in the most revenue this year?",
   "cases x case_price summed by the product's folded category; the whole file is 2024; the largest, with its total.")
def _():
    by = defaultdict(float)
    for r in B:
        by[r["cat"]] += r["sales"]
    k, v = top(by)
    return {"label": [PC[k]], "number": round(v, 2), "unit": "\u00a3"}


@q("s6-003", BAK, "top 3 products by number of cases ordered",
   "Sum of cases per product (named through products.csv); the three largest.")
def _():
    by = defaultdict(int)
    for r in B:
        by[r["name"]] += r["cases"]
    return {"labels": top_n(by, 3)}


@q("s6-004", BAK, "how many cases of hot cross buns did we send out",
   "Sum of cases of product SE01 (Hot Cross Buns).")
def _():
    return count(sum(r["cases"] for r in B if r["name"] == "Hot Cross Buns"))


@q("s6-005", BAK, "Which customer spent the most with us?",
   "cases x case_price summed by folded customer name over the year; the largest, with its total.")
def _():
    by = defaultdict(float)
    for r in B:
        by[r["cust"]] += r["sales"]
    k, v = top(by)
    return {"label": [CU[k]], "number": round(v, 2), "unit": "\u00a3"}


@q("s6-006", BAK, "How many orders did harbour deli place?",
   "Distinct order_ref whose customer folds to Harbour Deli (an order has several lines).")
def _():
    return count(len({r["order"] for r in B if r["cust"] == "harbour deli"}))


@q("s6-007", BAK, "whats the average order value",
   "Total cases x case_price / number of distinct order_ref.")
def _():
    o = orders(B)
    return pounds(sum(o.values()) / len(o))


@q("s6-008", BAK, "What share of revenue came from pastries?",
   "cases x case_price of products whose category folds to Pastry / all cases x case_price.")
def _():
    return percent(pct(bsales(r for r in B if r["cat"] == "pastry"), bsales(B)))


@q("s6-009", BAK, "Which weekday do we get the most orders for?",
   "Distinct order_ref counted by the weekday of delivery_date (day-first); the largest.")
def _():
    first = {}
    for r in B:
        first.setdefault(r["order"], r["date"])
    k, _v = top(Counter(d.weekday() for d in first.values()))
    return {"label": weekday_labels(k)}


@q("s6-010", BAK, "How much did St Anne's School spend with us in the first quarter?",
   "cases x case_price of lines whose customer folds to St Anne's School, delivered January-March 2024.")
def _():
    return pounds(bsales(r for r in B if r["cust"] == "st anne's school" and quarter(r["date"]) == 1))


@q("s6-011", BAK, "How many individual croissants did we deliver, butter and almond together?",
   "cases x units_per_case (products.csv) for Butter Croissant and Almond Croissant.")
def _():
    return count(sum(r["units"] for r in B if r["name"] in ("Butter Croissant", "Almond Croissant")))


@q("s6-012", BAK, "Which month had the highest sales?",
   "cases x case_price summed by month of delivery_date (all 2024); the largest.")
def _():
    by = defaultdict(float)
    for r in B:
        by[r["date"].month] += r["sales"]
    k, v = top(by)
    return {"label": month_labels(2024, k, year_unique=True)}


@q("s6-013", BAK, "How much more did we sell in December than in November?",
   "Sales (cases x case_price) in December 2024 minus November 2024.")
def _():
    a = bsales(r for r in B if r["date"].month == 12)
    b = bsales(r for r in B if r["date"].month == 11)
    assert a > b
    return pounds(a - b)


@q("s6-014", BAK, "whats the averge number of cases per line for baguettes?",
   "Mean of cases over lines of product BR05 (Baguette).")
def _():
    return value(statistics.mean(r["cases"] for r in B if r["name"] == "Baguette"))


@q("s6-015", BAK, "How many orders were worth more than \u00a3200?",
   "Orders (distinct order_ref) whose summed cases x case_price exceeds 200 pounds.")
def _():
    return count(count_gt(orders(B).values(), 200))


@q("s6-016", BAK, "median order value?",
   "Median over orders (distinct order_ref) of the order's summed cases x case_price.")
def _():
    return pounds(statistics.median(orders(B).values()))


@q("s6-017", BAK, "How many customers spent over \u00a325,000 in 2024?",
   "Customers (folded names) whose year total of cases x case_price exceeds 25,000 pounds.")
def _():
    by = defaultdict(float)
    for r in B:
        by[r["cust"]] += r["sales"]
    return count(count_over(by.values(), 25000))


@q("s6-018", BAK, "Revenue from the savoury range in the second half of the year?",
   "cases x case_price of products whose category folds to Savoury, delivered July-December 2024.")
def _():
    return pounds(bsales(r for r in B if r["cat"] == "savoury" and r["date"].month >= 7))


@q("s6-019", BAK, "Which product does the Riverside Hotel order the most cases of?",
   "Sum of cases per product over lines whose customer folds to Riverside Hotel; the largest.")
def _():
    by = defaultdict(int)
    for r in B:
        if r["cust"] == "riverside hotel":
            by[r["name"]] += r["cases"]
    k, v = top(by, margin=0.05)
    return {"label": [k], "number": v, "unit": ""}


@q("s6-020", BAK, "How much lower were sales in August than in July?",
   "Sales (cases x case_price) in July 2024 minus August 2024 (August is lower).")
def _():
    a = bsales(r for r in B if r["date"].month == 7)
    b = bsales(r for r in B if r["date"].month == 8)
    assert a > b
    return pounds(a - b)


@q("s6-021", BAK, "how many different products did corner cup cafe order in march",
   "Distinct product_code on lines whose customer folds to Corner Cup Cafe, delivered in March 2024.")
def _():
    return count(len({r["code"] for r in B if r["cust"] == "corner cup cafe" and r["date"].month == 3}))


@q("s6-022", BAK, "How many loaves of sourdough did we bake for customers over the year?",
   "cases x units_per_case for Sourdough Loaf (BR02).")
def _():
    return count(sum(r["units"] for r in B if r["name"] == "Sourdough Loaf"))


# ==============================================================================================
# bike_trips.csv — bike-share trips, Apr-Sep 2024

K = D["bikes"]
ST = D["station_names"]
BIKE = ["bike_trips.csv"]


def minutes(r):
    return r["secs"] / 60


@q("s6-023", BIKE, "How many trips were taken in July?",
   "Rows with started_at in July 2024.")
def _():
    return count(sum(1 for r in K if r["when"].month == 7))


@q("s6-024", BIKE, "What's the average trip duration in minutes?",
   "Mean of duration (h:mm:ss) in minutes over all trips.")
def _():
    return value(statistics.mean(minutes(r) for r in K), "min")


@q("s6-025", BIKE, "Which station do the most trips start from?",
   "Trips counted by folded start_station; the largest, with its count.")
def _():
    k, v = top(Counter(r["start"] for r in K))
    return {"label": [ST[k]], "number": v, "unit": ""}


@q("s6-026", BIKE, "what's the busiest hour of the day for starting a ride",
   "Trips counted by the hour of started_at; the largest.")
def _():
    k, _v = top(Counter(r["when"].hour for r in K))
    return {"label": hour_labels(k)}


@q("s6-027", BIKE, "What share of trips were on electric bikes?",
   "Trips whose bike_type folds to Electric / all trips.")
def _():
    return percent(pct(sum(1 for r in K if r["bike"] == "electric"), len(K)))


@q("s6-028", BIKE, "How much fare revenue did we collect in total?",
   "Sum of fare over all trips.")
def _():
    return money(sum(r["fare"] for r in K))


@q("s6-029", BIKE, "Average fare paid by casual riders?",
   "Mean fare over trips whose rider_type folds to Casual.")
def _():
    return money(statistics.mean(r["fare"] for r in K if r["rider"] == "casual"))


@q("s6-030", BIKE, "median ride length for members, in minutes",
   "Median of duration in minutes over trips whose rider_type folds to Member.")
def _():
    return value(statistics.median(minutes(r) for r in K if r["rider"] == "member"), "min")


@q("s6-031", BIKE, "how many trips lasted longer then an hour?",
   "Trips whose duration exceeds 1:00:00.")
def _():
    return count(count_gt((r["secs"] for r in K), 3600))


@q("s6-032", BIKE, "top 3 destination stations",
   "Trips counted by folded end_station; the three largest.")
def _():
    return {"labels": [ST[k] for k in top_n(Counter(r["end"] for r in K), 3)]}


@q("s6-033", BIKE, "How many round trips were there, where the bike came back to the station it left from?",
   "Trips whose folded end_station equals the folded start_station.")
def _():
    return count(sum(1 for r in K if r["start"] == r["end"]))


@q("s6-034", BIKE, "total distance ridden in august (km)",
   "Sum of distance_km (missing left out) over trips started in August 2024.")
def _():
    return value(sum(r["km"] for r in K if r["when"].month == 8 and r["km"] is not None), "km")


@q("s6-035", BIKE, "Which month had the most rides?",
   "Trips counted by month of started_at; the largest.")
def _():
    k, _v = top(Counter(r["when"].month for r in K))
    return {"label": month_labels(2024, k, year_unique=True)}


@q("s6-036", BIKE, "How many more trips did members make than casual riders?",
   "Trips with rider_type Member minus trips with rider_type Casual (folded).")
def _():
    a = sum(1 for r in K if r["rider"] == "member")
    b = sum(1 for r in K if r["rider"] == "casual")
    assert a > b
    return count(a - b)


@q("s6-037", BIKE, "What percentage of weekend trips were taken by casual riders?",
   "Trips started on a Saturday or Sunday with rider_type Casual / all trips started on a Saturday or Sunday.")
def _():
    wk = [r for r in K if r["when"].weekday() >= 5]
    return percent(pct(sum(1 for r in wk if r["rider"] == "casual"), len(wk)))


@q("s6-038", BIKE, "What's the average speed of the electric bikes in km/h?",
   "Electric trips with a distance: sum of distance_km / sum of duration in hours.")
def _():
    rows = [r for r in K if r["bike"] == "electric" and r["km"] is not None]
    return value(sum(r["km"] for r in rows) / (sum(r["secs"] for r in rows) / 3600), "km/h")


@q("s6-039", BIKE, "How many rides went from Market Square to Central Station?",
   "Trips whose start_station folds to Market Square and end_station to Central Station.")
def _():
    return count(sum(1 for r in K if r["start"] == "market square" and r["end"] == "central station"))


@q("s6-040", BIKE, "fare revenue from e-bikes in Q2",
   "Sum of fare over trips whose bike_type folds to Electric, started April-June 2024.")
def _():
    return money(sum(r["fare"] for r in K if r["bike"] == "electric" and quarter(r["when"]) == 2))


@q("s6-041", BIKE, "How long was the longest trip, in minutes?",
   "The largest duration, in minutes.")
def _():
    return value(max(minutes(r) for r in K), "min")


@q("s6-042", BIKE, "How many trips started between 7am and 9am on weekdays?",
   "Trips started Monday-Friday with started_at from 07:00:00 up to (not including) 09:00:00.")
def _():
    return count(sum(1 for r in K if r["when"].weekday() < 5 and 7 <= r["when"].hour < 9))


@q("s6-043", BIKE, "How many rides do we get per day on weekends, on average?",
   "Trips started on a Saturday or Sunday / the number of Saturdays and Sundays from 1 April to 30 September 2024 (52).")
def _():
    n = sum(1 for i in range(183) if (dt.date(2024, 4, 1) + dt.timedelta(days=i)).weekday() >= 5)
    assert n == 52
    return value(sum(1 for r in K if r["when"].weekday() >= 5) / n)


@q("s6-044", BIKE, "How many trips had no distance recorded?",
   "Rows whose distance_km is blank, n/a or -.")
def _():
    return count(sum(1 for r in K if r["km"] is None))


# ==============================================================================================
# shop_ledger.csv — online shop payments ledger, 2023-2024 (signed)

S = D["shop"]
SCN = D["shop_cat_names"]
CH = D["channel_names"]
SHOP = ["shop_ledger.csv"]


def ssum(rows):
    return sum(r["amt"] for r in rows)


@q("s6-045", SHOP, "What were our gross sales in 2024?",
   "Sum of the Sale rows' amounts posted in 2024 (before refunds and fees).")
def _():
    return money(ssum(r for r in S if r["type"] == "sale" and r["when"].year == 2024))


@q("s6-046", SHOP, "How much did we refund customers in 2023?",
   "Refund rows posted in 2023, summed, as a positive amount (chargebacks not included).")
def _():
    return money(-ssum(r for r in S if r["type"] == "refund" and r["when"].year == 2023))


@q("s6-047", SHOP, "What's our net income for 2024 after refunds, chargebacks and fees?",
   "Sum of every row's signed amount posted in 2024.")
def _():
    return money(ssum(r for r in S if r["when"].year == 2024))


@q("s6-048", SHOP, "How much have we paid in fees to Amazon?",
   "Fee rows whose channel folds to Amazon, summed, as a positive amount (both years).")
def _():
    return money(-ssum(r for r in S if r["type"] == "fee" and r["channel"] == "amazon"))


@q("s6-049", SHOP, "Which product category has the highest refund rate?",
   "Per folded category: refunds (Refund rows, positive) / sales (Sale rows); the largest.")
def _():
    sales, refs = defaultdict(float), defaultdict(float)
    for r in S:
        if r["type"] == "sale":
            sales[r["cat"]] += r["amt"]
        elif r["type"] == "refund":
            refs[r["cat"]] -= r["amt"]
    k, v = top({c: pct(refs[c], sales[c]) for c in sales}, margin=0.2)
    return {"label": [SCN[k]]}


@q("s6-050", SHOP, "how many orders did we get in november 2024",
   "Distinct order_id with a Sale row posted in November 2024.")
def _():
    return count(len({r["order"] for r in S if r["type"] == "sale" and ym(r["when"]) == (2024, 11)}))


@q("s6-051", SHOP, "What share of 2024 sales came through Etsy?",
   "Sale rows posted in 2024 with channel Etsy / all Sale rows posted in 2024 (amounts).")
def _():
    sales = [r for r in S if r["type"] == "sale" and r["when"].year == 2024]
    return percent(pct(ssum(r for r in sales if r["channel"] == "etsy"), ssum(sales)))


@q("s6-052", SHOP, "Average sale value on our website?",
   "Mean amount of Sale rows whose channel folds to Website.")
def _():
    return money(statistics.mean(r["amt"] for r in S if r["type"] == "sale" and r["channel"] == "website"))


@q("s6-053", SHOP, "How many chargebacks did we get?",
   "Rows whose type folds to Chargeback.")
def _():
    return count(sum(1 for r in S if r["type"] == "chargeback"))


@q("s6-054", SHOP, "Which month of 2024 had the biggest net income?",
   "Sum of all signed amounts by month of posted_at, 2024; the largest.")
def _():
    by = defaultdict(float)
    for r in S:
        if r["when"].year == 2024:
            by[r["when"].month] += r["amt"]
    k, _v = top(by)
    return {"label": month_labels(2024, k)}


@q("s6-055", SHOP, "By what percentage did gross sales grow from 2023 to 2024?",
   "Sale rows: (2024 total / 2023 total - 1) x 100.")
def _():
    a = ssum(r for r in S if r["type"] == "sale" and r["when"].year == 2024)
    b = ssum(r for r in S if r["type"] == "sale" and r["when"].year == 2023)
    return percent(pct(a - b, b))


@q("s6-056", SHOP, "top 3 categories by sales",
   "Sale rows' amounts by folded category, both years; the three largest.")
def _():
    by = defaultdict(float)
    for r in S:
        if r["type"] == "sale":
            by[r["cat"]] += r["amt"]
    return {"labels": [SCN[k] for k in top_n(by, 3)]}


@q("s6-057", SHOP, "How much did we sell to customers outside the US?",
   "Sale rows whose customer_country is not United States (Canada, United Kingdom, Australia), both years.")
def _():
    return money(ssum(r for r in S if r["type"] == "sale" and r["country"] != "united states"))


@q("s6-058", SHOP, "What percentage of orders got a refund, full or partial?",
   "Distinct order_id with a Refund row / distinct order_id with a Sale row.")
def _():
    sold = {r["order"] for r in S if r["type"] == "sale"}
    refunded = {r["order"] for r in S if r["type"] == "refund"}
    return percent(pct(len(refunded & sold), len(sold)))


@q("s6-059", SHOP, "What did Amazon bring in net in Q4 2024, after refunds and fees?",
   "Sum of all signed rows whose channel folds to Amazon, posted October-December 2024.")
def _():
    return money(ssum(r for r in S if r["channel"] == "amazon" and r["when"].year == 2024
                      and quarter(r["when"]) == 4))


@q("s6-060", SHOP, "How many sales were over $150?",
   "Sale rows with an amount above 150.")
def _():
    return count(count_gt((r["amt"] for r in S if r["type"] == "sale"), 150))


@q("s6-061", SHOP, "What was the biggest single refund?",
   "The largest Refund row, as a positive amount.")
def _():
    return money(-min(r["amt"] for r in S if r["type"] == "refund"))


@q("s6-062", SHOP, "How much was refunded on website orders in December 2024?",
   "Refund rows whose channel folds to Website, posted in December 2024, as a positive amount.")
def _():
    return money(-ssum(r for r in S if r["type"] == "refund" and r["channel"] == "website"
                       and ym(r["when"]) == (2024, 12)))


@q("s6-063", SHOP, "What do Etsy's fees come to as a percentage of our Etsy sales?",
   "Etsy Fee rows (positive) / Etsy Sale rows, both years.")
def _():
    fees = -ssum(r for r in S if r["type"] == "fee" and r["channel"] == "etsy")
    return percent(pct(fees, ssum(r for r in S if r["type"] == "sale" and r["channel"] == "etsy")))


@q("s6-064", SHOP, "Net revenue from candles in 2024 after refunds and chargebacks?",
   "Sale, Refund and Chargeback rows whose category folds to Candles, posted in 2024 (fee rows carry no category).")
def _():
    return money(ssum(r for r in S if r["cat"] == "candles" and r["when"].year == 2024))


@q("s6-065", SHOP, "Which sales channel had the most orders in 2023?",
   "Distinct order_id with a Sale row posted in 2023, by folded channel; the largest.")
def _():
    by = defaultdict(set)
    for r in S:
        if r["type"] == "sale" and r["when"].year == 2023:
            by[r["channel"]].add(r["order"])
    k, v = top({c: len(o) for c, o in by.items()})
    return {"label": [CH[k]], "number": v, "unit": ""}


@q("s6-066", SHOP, "how much did we lose to chargebacks in total",
   "Chargeback rows summed, as a positive amount.")
def _():
    return money(-ssum(r for r in S if r["type"] == "chargeback"))


# ==============================================================================================
# ward_days.csv — hospital ward bed occupancy, one row per ward per day, 2024 (pre-aggregated)

W = D["wards"]
WN = D["ward_names"]
WARD = ["ward_days.csv"]


def occ(rows):
    rows = list(rows)
    return pct(sum(r["occ"] for r in rows), sum(r["avail"] for r in rows))


def by_ward(rows, key):
    by = defaultdict(float)
    for r in rows:
        by[r["ward"]] += r[key]
    return by


@q("s6-067", WARD, "What was the hospital's overall bed occupancy in 2024?",
   "Sum of beds_occupied / sum of beds_available over all rows.")
def _():
    return percent(occ(W))


@q("s6-068", WARD, "Which ward had the highest occupancy?",
   "Per folded ward: sum of beds_occupied / sum of beds_available; the largest, with its rate.")
def _():
    wards = sorted({r["ward"] for r in W})
    k, v = top({w: occ(r for r in W if r["ward"] == w) for w in wards})
    return {"label": [WN[k]], "number": round(v, 4), "unit": "%"}


@q("s6-069", WARD, "which ward is the least full on average",
   "Per folded ward: sum of beds_occupied / sum of beds_available; the smallest.")
def _():
    wards = sorted({r["ward"] for r in W})
    k, _v = top({w: occ(r for r in W if r["ward"] == w) for w in wards}, lowest=True)
    return {"label": [WN[k]]}


@q("s6-070", WARD, "How many admissions were there in March?",
   "Sum of admissions over rows dated March 2024 (US dates), all wards.")
def _():
    return count(sum(r["adm"] for r in W if r["date"].month == 3))


@q("s6-071", WARD, "How many bed days did the stroke unit use this year?",
   "Sum of beds_occupied (one occupied bed for one day is a bed day) over rows whose ward folds to Stroke Unit.")
def _():
    return count(sum(r["occ"] for r in W if r["ward"] == "stroke unit"))


@q("s6-072", WARD, "How many patients were admitted to maternity in the second half of 2024?",
   "Sum of admissions, ward Maternity, July-December 2024.")
def _():
    return count(sum(r["adm"] for r in W if r["ward"] == "maternity" and r["date"].month >= 7))


@q("s6-073", WARD, "On average how many beds were occupied per day across the whole hospital in January?",
   "Sum of beds_occupied over all wards in January 2024 / 31 days.")
def _():
    return value(sum(r["occ"] for r in W if r["date"].month == 1) / 31)


@q("s6-074", WARD, "How many delayed discharges did Elderly Care have in 2024?",
   "Sum of delayed_discharges, ward Elderly Care.")
def _():
    return count(sum(r["delayed"] for r in W if r["ward"] == "elderly care"))


@q("s6-075", WARD, "Which month had the most admissions hospital-wide?",
   "Sum of admissions by month over all wards; the largest.")
def _():
    by = defaultdict(int)
    for r in W:
        by[r["date"].month] += r["adm"]
    k, _v = top(by)
    return {"label": month_labels(2024, k, year_unique=True)}


@q("s6-076", WARD, "On how many days was the stroke unit completely full?",
   "Rows of ward Stroke Unit whose beds_occupied equals beds_available.")
def _():
    return count(sum(1 for r in W if r["ward"] == "stroke unit" and r["occ"] >= r["avail"]))


@q("s6-077", WARD, "How many days did respiratory run at more than 95% occupancy?",
   "Rows of ward Respiratory whose beds_occupied / beds_available exceeds 0.95.")
def _():
    return count(count_gt((r["occ"] / r["avail"] for r in W if r["ward"] == "respiratory"), 0.95))


@q("s6-078", WARD, "How many fewer admissions does general surgery get on a typical Saturday than on a Tuesday?",
   "General Surgery: mean admissions over Tuesdays minus mean admissions over Saturdays.")
def _():
    gs = [r for r in W if r["ward"] == "general surgery"]
    a = statistics.mean(r["adm"] for r in gs if r["date"].weekday() == 1)
    b = statistics.mean(r["adm"] for r in gs if r["date"].weekday() == 5)
    assert a > b
    return value(a - b)


@q("s6-079", WARD, "What share of all admissions went to General Surgery?",
   "Sum of admissions of General Surgery / sum of admissions, all wards.")
def _():
    return percent(pct(sum(r["adm"] for r in W if r["ward"] == "general surgery"), sum(r["adm"] for r in W)))


@q("s6-080", WARD, "How many wards averaged more than 20 occupied beds a day?",
   "Per ward: sum of beds_occupied / number of days (366); wards above 20.")
def _():
    return count(count_over((v / 366 for v in by_ward(W, "occ").values()), 20))


@q("s6-081", WARD, "average daily admissions to paediatrics in january, february and december",
   "Sum of admissions of Paediatrics in those three months / the number of those days (91).")
def _():
    rows = [r for r in W if r["ward"] == "paediatrics" and r["date"].month in (1, 2, 12)]
    assert len(rows) == 91
    return value(sum(r["adm"] for r in rows) / len(rows))


@q("s6-082", WARD, "Which ward has the most delayed discharges per occupied bed day?",
   "Per ward: sum of delayed_discharges / sum of beds_occupied; the largest.")
def _():
    d, o = by_ward(W, "delayed"), by_ward(W, "occ")
    k, _v = top({w: d[w] / o[w] for w in o}, margin=0.1)
    return {"label": [WN[k]]}


@q("s6-083", WARD, "maternity occupancy rate in Q3?",
   "Ward Maternity, July-September 2024: sum of beds_occupied / sum of beds_available.")
def _():
    return percent(occ(r for r in W if r["ward"] == "maternity" and quarter(r["date"]) == 3))


@q("s6-084", WARD, "Top 3 wards by number of admissions",
   "Sum of admissions per folded ward; the three largest.")
def _():
    return {"labels": [WN[k] for k in top_n(by_ward(W, "adm"), 3)]}


@q("s6-085", WARD, "How many patients were discharged from cardiology between April and June?",
   "Sum of discharges, ward Cardiology, April-June 2024.")
def _():
    return count(sum(r["dis"] for r in W if r["ward"] == "cardiology" and quarter(r["date"]) == 2))


@q("s6-086", WARD, "What was bed occupancy across all wards excluding maternity and paediatrics?",
   "Rows of every ward but Maternity and Paediatrics: sum of beds_occupied / sum of beds_available.")
def _():
    return percent(occ(r for r in W if r["ward"] not in ("maternity", "paediatrics")))


# ==============================================================================================
# service_requests.csv — city 311 service requests, Jan 2024 - Jun 2025

R = D["reqs"]
SC = D["sr_cat_names"]
DN = D["district_names"]
SRQ = ["service_requests.csv"]
CLOSED = [r for r in R if r["closed"] is not None]


@q("s6-087", SRQ, "How many service requests were logged in 2024?",
   "Rows opened in 2024.")
def _():
    return count(sum(1 for r in R if r["opened"].year == 2024))


@q("s6-088", SRQ, "What's the most common type of request?",
   "Rows counted by folded category; the largest.")
def _():
    k, v = top(Counter(r["cat"] for r in R))
    return {"label": [SC[k]], "number": v, "unit": ""}


@q("s6-089", SRQ, "What percentage of closed requests were closed on time?",
   "closed_on_time yes (Yes/yes/Y/y/TRUE) / closed requests (closed_on_time yes or no).")
def _():
    flagged = [r for r in R if r["ontime"] is not None]
    assert len(flagged) == len(CLOSED)
    return percent(pct(sum(1 for r in flagged if r["ontime"]), len(flagged)))


@q("s6-090", SRQ, "how many requests are still open",
   "Rows with a blank closed.")
def _():
    return count(sum(1 for r in R if r["closed"] is None))


@q("s6-091", SRQ, "On average how many days does it take to close a pothole report?",
   "Mean of (closed - opened) in days over closed rows whose category folds to Pothole.")
def _():
    return value(statistics.mean(r["days"] for r in CLOSED if r["cat"] == "pothole"), "days")


@q("s6-092", SRQ, "What's the median time to deal with a missed bin collection, in hours?",
   "Median of (closed - opened) in hours over closed rows whose category folds to Missed Bin Collection.")
def _():
    return value(statistics.median(r["days"] * 24 for r in CLOSED if r["cat"] == "missed bin collection"), "h")


@q("s6-093", SRQ, "Which district takes longest to close requests on average?",
   "Mean days to close per folded district over closed rows; the largest.")
def _():
    by = defaultdict(list)
    for r in CLOSED:
        by[r["district"]].append(r["days"])
    k, _v = top({d: statistics.mean(v) for d, v in by.items()}, margin=0.1)
    return {"label": [DN[k]]}


@q("s6-094", SRQ, "Which day of the week gets the most new requests?",
   "Rows counted by weekday of opened; the largest.")
def _():
    k, _v = top(Counter(r["opened"].weekday() for r in R))
    return {"label": weekday_labels(k)}


@q("s6-095", SRQ, "What time of day do most noise complaints come in?",
   "Rows whose category folds to Noise Complaint, counted by hour of opened; the largest.")
def _():
    k, _v = top(Counter(r["opened"].hour for r in R if r["cat"] == "noise complaint"), margin=0.1)
    return {"label": hour_labels(k)}


@q("s6-096", SRQ, "How many more requests came in during Q1 2025 than in Q1 2024?",
   "Rows opened January-March 2025 minus rows opened January-March 2024.")
def _():
    a = sum(1 for r in R if r["opened"].year == 2025 and quarter(r["opened"]) == 1)
    b = sum(1 for r in R if r["opened"].year == 2024 and quarter(r["opened"]) == 1)
    assert a > b
    return count(a - b)


@q("s6-097", SRQ, "What percentage of requests were made through the app?",
   "Rows whose channel folds to App / all rows.")
def _():
    return percent(pct(sum(1 for r in R if r["channel"] == "app"), len(R)))


@q("s6-098", SRQ, "whats the avg satisfaction score",
   "Mean of satisfaction where given (blank left out).")
def _():
    return value(statistics.mean(r["sat"] for r in R if r["sat"] is not None))


@q("s6-099", SRQ, "What's the average satisfaction rating when a request wasn't closed on time?",
   "Mean satisfaction (where given) over rows whose closed_on_time is no (No/no/N/n/FALSE).")
def _():
    return value(statistics.mean(r["sat"] for r in R if r["sat"] is not None and r["ontime"] is False))


@q("s6-100", SRQ, "top 3 request types in the central district",
   "Rows whose district folds to Central, counted by folded category; the three largest.")
def _():
    return {"labels": [SC[k] for k in top_n(Counter(r["cat"] for r in R if r["district"] == "central"), 3)]}


@q("s6-101", SRQ, "How many graffiti reports did north ward have in 2025?",
   "Rows whose category folds to Graffiti and district to North Ward, opened in 2025 (January-June).")
def _():
    return count(sum(1 for r in R if r["cat"] == "graffiti" and r["district"] == "north ward"
                     and r["opened"].year == 2025))


@q("s6-102", SRQ, "Which month in 2024 had the most requests?",
   "Rows opened in 2024 counted by month; the largest.")
def _():
    k, _v = top(Counter(r["opened"].month for r in R if r["opened"].year == 2024))
    return {"label": month_labels(2024, k)}


@q("s6-103", SRQ, "How many requests took more than 30 days to close?",
   "Closed rows with closed - opened longer than 30 days.")
def _():
    return count(count_gt((r["days"] for r in CLOSED), 30))


@q("s6-104", SRQ, "on time rate for streetlights out?",
   "Rows whose category folds to Streetlight Out with closed_on_time yes / those with yes or no.")
def _():
    rows = [r for r in R if r["cat"] == "streetlight out" and r["ontime"] is not None]
    return percent(pct(sum(1 for r in rows if r["ontime"]), len(rows)))


@q("s6-105", SRQ, "Which category has the worst on-time record?",
   "Per folded category: share of closed rows with closed_on_time yes; the smallest.")
def _():
    by = defaultdict(list)
    for r in R:
        if r["ontime"] is not None:
            by[r["cat"]].append(r["ontime"])
    k, _v = top({c: pct(sum(v), len(v)) for c, v in by.items()}, lowest=True, margin=0.05)
    return {"label": [SC[k]]}


@q("s6-106", SRQ, "How many different categories of request are there?",
   "Distinct folded category values.")
def _():
    return count(len({r["cat"] for r in R}))


@q("s6-107", SRQ, "How many requests were opened between 1 March and 15 April 2025?",
   "Rows opened from 2025-03-01 00:00 to 2025-04-15 23:59 inclusive.")
def _():
    return count(sum(1 for r in R if dt.date(2025, 3, 1) <= r["opened"].date() <= dt.date(2025, 4, 15)))


@q("s6-108", SRQ, "how many fallen tree calls were closed late",
   "Rows whose category folds to Fallen Tree with closed_on_time no.")
def _():
    return count(sum(1 for r in R if r["cat"] == "fallen tree" and r["ontime"] is False))


# ==============================================================================================
# greenhouse_log.csv — greenhouse sensor readings every 2 hours, Jun-Aug 2024

G = D["gh"]
HN = D["house_names"]
GH = ["greenhouse_log.csv"]


@q("s6-109", GH, "What was the average temperature in July across all the houses?",
   "Mean temp_c over readings in July 2024, all houses.")
def _():
    return value(statistics.mean(r["temp"] for r in G if r["when"].month == 7), "\u00b0C")


@q("s6-110", GH, "Which greenhouse runs the hottest on average?",
   "Mean temp_c per folded house; the largest.")
def _():
    by = defaultdict(list)
    for r in G:
        by[r["house"]].append(r["temp"])
    k, _v = top({h: statistics.mean(v) for h, v in by.items()}, margin=0.03)
    return {"label": [HN[k], "Peppers"]}


@q("s6-111", GH, "What was the hottest reading and which house was it in?",
   "The largest temp_c and its house.")
def _():
    r = max(G, key=lambda r: r["temp"])
    assert sum(1 for x in G if x["temp"] == r["temp"]) == 1
    return {"label": [HN[r["house"]]], "number": r["temp"], "unit": "\u00b0C"}


@q("s6-112", GH, "How many readings were 30 degrees or more?",
   "Readings with temp_c of 30.0 or above (30.0 itself counts).")
def _():
    return count(sum(1 for r in G if r["temp"] >= 30))


@q("s6-113", GH, "average humidity in the cucumber house?",
   "Mean humidity (percent; '71.3%', '71.3' and '71%' alike; missing left out) over readings whose crop is Cucumbers.")
def _():
    return percent(statistics.mean(r["hum"] for r in G if r["crop"] == "cucumbers" and r["hum"] is not None))


@q("s6-114", GH, "Total water used in August, in litres?",
   "Sum of water_litres over readings in August 2024, all houses.")
def _():
    return value(sum(r["water"] for r in G if r["when"].month == 8), "L")


@q("s6-115", GH, "Which house used the most water?",
   "Sum of water_litres per folded house; the largest, with its total.")
def _():
    by = defaultdict(float)
    for r in G:
        by[r["house"]] += r["water"]
    k, v = top(by, margin=0.05)
    return {"label": [HN[k], "Cucumbers"], "number": v, "unit": "L"}


@q("s6-116", GH, "What time of day is it warmest in the greenhouses?",
   "Mean temp_c by hour of reading_time (12-hour clock read as 24-hour); the largest.")
def _():
    by = defaultdict(list)
    for r in G:
        by[r["when"].hour].append(r["temp"])
    k, _v = top({h: statistics.mean(v) for h, v in by.items()})
    return {"label": hour_labels(k)}


@q("s6-117", GH, "What share of readings had the vents open?",
   "Readings whose vent_open is yes (Yes/Y/yes) / all readings.")
def _():
    return percent(pct(sum(1 for r in G if r["vent"]), len(G)))


@q("s6-118", GH, "average CO2 when the vents are shut",
   "Mean co2_ppm (missing left out) over readings whose vent_open is no (No/N/no).")
def _():
    return value(statistics.mean(r["co2"] for r in G if r["vent"] is False and r["co2"] is not None), "ppm")


@q("s6-119", GH, "How much water did the strawberry house get in June and July together?",
   "Sum of water_litres, crop Strawberries, June-July 2024.")
def _():
    return value(sum(r["water"] for r in G if r["crop"] == "strawberries" and r["when"].month in (6, 7)), "L")


@q("s6-120", GH, "What was the coldest reading in the lettuce house?",
   "The smallest temp_c over readings whose crop is Lettuce.")
def _():
    return value(min(r["temp"] for r in G if r["crop"] == "lettuce"), "\u00b0C")


@q("s6-121", GH, "On how many days did House A reach 35 degrees or more?",
   "Distinct dates with a House A reading of temp_c >= 35.0.")
def _():
    vals = [r["temp"] for r in G if r["house"] == "house a"]
    assert 35.0 not in vals
    return count(len({r["when"].date() for r in G if r["house"] == "house a" and r["temp"] >= 35}))


@q("s6-122", GH, "Which month was hottest on average?",
   "Mean temp_c by month, all houses; the largest.")
def _():
    by = defaultdict(list)
    for r in G:
        by[r["when"].month].append(r["temp"])
    k, _v = top({m: statistics.mean(v) for m, v in by.items()}, margin=0.02)
    return {"label": month_labels(2024, k, year_unique=True)}


@q("s6-123", GH, "median humidity across all readings",
   "Median humidity (percent) over readings with a humidity value.")
def _():
    return percent(statistics.median(r["hum"] for r in G if r["hum"] is not None))


@q("s6-124", GH, "What's the average temperature in house D between 6 AM and 6 PM (inclusive)?",
   "Mean temp_c over House D readings at 06:00 through 18:00.")
def _():
    return value(statistics.mean(r["temp"] for r in G if r["house"] == "house d" and 6 <= r["when"].hour <= 18),
                 "\u00b0C")


@q("s6-125", GH, "how many readings have no humidity value",
   "Rows whose humidity is blank or n/a.")
def _():
    return count(sum(1 for r in G if r["hum"] is None))


@q("s6-126", GH, "On average how much warmer is house C than house D?",
   "Mean temp_c of House C minus mean temp_c of House D.")
def _():
    a = statistics.mean(r["temp"] for r in G if r["house"] == "house c")
    b = statistics.mean(r["temp"] for r in G if r["house"] == "house d")
    assert a > b
    return value(a - b, "\u00b0C")


@q("s6-127", GH, "top 3 houses by average humidity",
   "Mean humidity (where given) per folded house; the three largest.")
def _():
    by = defaultdict(list)
    for r in G:
        if r["hum"] is not None:
            by[r["house"]].append(r["hum"])
    return {"labels": [HN[k] for k in top_n({h: statistics.mean(v) for h, v in by.items()}, 3)]}


@q("s6-128", GH, "What percentage of July readings in the pepper house hit 30C or more?",
   "Readings of crop Peppers in July 2024 with temp_c of 30.0 or above / all its July readings.")
def _():
    rows = [r for r in G if r["crop"] == "peppers" and r["when"].month == 7]
    return percent(pct(sum(1 for r in rows if r["temp"] >= 30), len(rows)))


# ----------------------------------------------------------------------------------------------


def main():
    ids = [x["id"] for x in QUESTIONS]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert ids == [f"s6-{i:03d}" for i in range(1, len(ids) + 1)], "ids not consecutive"
    out = []
    failed = []
    for x in QUESTIONS:
        try:
            truth = x["fn"]()
        except AssertionError as e:
            failed.append(f"{x['id']}: {e}")
            continue
        out.append({"id": x["id"], "dataset": x["dataset"], "question": x["question"], "truth": truth,
                    "note": x["note"]})
    if failed:
        raise SystemExit("truths not clear-cut:\n" + "\n".join(failed))
    with open(HERE / "questions.json", "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(f"{len(out)} questions written to questions.json")


if __name__ == "__main__":
    main()
