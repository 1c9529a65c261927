#!/usr/bin/env python3
"""Held-out set 5: the questions and their truths, side by side.

    python3 tests/heldout/set5/truths.py        # rewrites questions.json

Reads the committed CSVs under data/ with its own parsing of the messy values (it does not import
generate.py: the truths come from the files as a user would receive them) and computes every truth in
plain Python. Each question is a function: the decorator holds the question as a user would type it and a
note on how a careful analyst reads it; the body computes the truth.

Reading rules used throughout (a careful human analyst's reading):
- a category is folded before grouping: surrounding spaces stripped, inner runs of spaces collapsed, a
  trailing period dropped, case ignored ("Screen 1 ", "SCREEN 1", "Screen  1" are one screen);
- empty cells and the words n/a, na, -, none, null mean missing: left out of sums, averages and counts of
  values;
- money strings lose "$" and thousands separators ("-$1,234.50" is -1234.50);
- dates: screenings.csv has day-first datetimes (31/03/2024 19:15), water_samples.csv US dates
  (03/31/2024), pledges.csv ISO datetimes with seconds, network_months.csv a year-month (2024-03),
  appointments.csv day-month-name datetimes (05-Mar-2024 09:30);
- screenings.csv: box office is the sum of `gross`; occupancy is sum(tickets_sold) / sum(seats); a film's
  title, genre and rating come from films.csv joined on film_code;
- water_samples.csv: `compliant` yes/y/YES are Yes, no/n/NO are No; "failed" samples are the No rows;
  e. coli "detected" means a count above 0;
- pledges.csv: `amount` is signed: a refund is its own row with a negative amount (and a blank `anonymous`);
  "pledged/raised" totals net refunds out unless the question says otherwise; a count of pledges and an
  average pledge use the positive rows only; the platform's fee on a row is amount x fee_rate (a fraction);
- network_months.csv is pre-aggregated (one row per month x region x plan): subscribers, calls, data and
  revenue are sums of its columns, never a count of rows; rates are ratios of sums (dropped / attempted,
  churned / subscribers, revenue / subscribers); 5G subscribers are subscribers x share_5g;
- appointments.csv: fees are in pounds ("\u00a31,200.00", "765.00", "75") and given only on attended
  appointments (a cancelled one may say 0); status folds to Attended / No-show / Cancelled; the insurer's
  part of a fee is fee x insurer_share (a fraction), the patient pays the rest;
- a change that is a fall is asked as a fall and its truth is positive;
- "which X" questions are only asked where the winner leads clearly (top() asserts a margin); thresholds
  in "how many X have more than N" questions are asserted to sit clear of every group's value.
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
    t = s.strip().replace("$", "").replace(",", "").replace(" ", "")
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
    # the most frequent spelling; on a tie, one that starts with a capital (then alphabetical)
    return {k: max(sorted(c), key=lambda v: (c[v], v[:1].isupper())) for k, c in by.items()}


def hmm(s):
    """'26:05' -> 26.0833 hours; None when missing."""
    if is_missing(s):
        return None
    h, m = s.strip().split(":")
    return int(h) + int(m) / 60


def day_first(s):
    return dt.datetime.strptime(s.strip(), "%d/%m/%Y").date()


def day_first_dt(s):
    return dt.datetime.strptime(s.strip(), "%d/%m/%Y %H:%M")


def us_date(s):
    return dt.datetime.strptime(s.strip(), "%m/%d/%Y").date()


def iso_date(s):
    return dt.date.fromisoformat(s.strip())


def iso_datetime(s):
    return dt.datetime.strptime(s.strip(), "%Y-%m-%d %H:%M:%S")


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
        out.append(name)
    return dedupe(out)


def weekday_labels(i):
    return [WEEKDAYS[i], WEEKDAYS[i] + "s"]


def hour_labels(h):
    """Ways of naming the hour starting at h (24-hour clock): '10:00', '10 am', '18:00', '6 pm', ..."""
    h12 = h % 12 or 12
    ap = "am" if h < 12 else "pm"
    out = [f"{h:02d}:00", f"{h}:00"] if h < 12 else [f"{h}:00"]
    out += [f"{h12} {ap}", f"{h12}{ap}", f"{h12}:00 {ap}", f"{h12}:00{ap}", f"{h12} {ap[0]}.m.", f"{h}h"]
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
    """How many values exceed threshold; asserts none sits within `margin` (relative) of it."""
    values = list(values)
    near = [v for v in values if abs(v - threshold) <= margin * threshold]
    assert not near, f"values too near the threshold {threshold}: {near}"
    return sum(1 for v in values if v > threshold)


def pct(a, b):
    return 100.0 * a / b


# ----------------------------------------------------------------------------------------------
# loaded data


def month_key(s):
    y, m = s.strip().split("-")
    return int(y), int(m)


def load():
    g = {}
    fraw = read("films.csv")
    g["genre_names"] = canon(r["genre"] for r in fraw)
    g["films"] = {r["film_code"].strip(): dict(title=" ".join(r["title"].split()), genre=fold(r["genre"]),
                                               rating=r["rating"].strip().upper(),
                                               runtime=num(r["runtime"].replace("min", "")))
                  for r in fraw}
    sraw = read("screenings.csv")
    g["screen_names"] = canon(r["screen"] for r in sraw)
    g["format_names"] = canon(r["format"] for r in sraw)
    g["shows"] = []
    for r in sraw:
        f = g["films"][r["film_code"].strip()]
        g["shows"].append(dict(id=int(r["screening_id"]), when=day_first_dt(r["starts_at"]), screen=fold(r["screen"]),
                               code=r["film_code"].strip(), title=f["title"], genre=f["genre"], rating=f["rating"],
                               fmt=fold(r["format"]), seats=int(r["seats"]), sold=int(r["tickets_sold"]),
                               gross=num(r["gross"]), conc=num(r["concessions"])))
    wraw = read("water_samples.csv")
    g["site_names"] = canon(r["site"] for r in wraw)
    g["zone_names"] = canon(r["zone"] for r in wraw)
    yn = {"yes": "yes", "y": "yes", "no": "no", "n": "no"}
    g["water"] = [dict(id=r["sample_id"], date=us_date(r["sampled_on"]), site=fold(r["site"]), zone=fold(r["zone"]),
                       ph=num(r["ph"]), turb=num(r["turbidity_ntu"]), ecoli=num(r["ecoli_per_100ml"]),
                       cl=num(r["chlorine_mg_l"]), ok=yn[fold(r["compliant"])], tech=" ".join(r["technician"].split()))
                  for r in wraw]
    praw = read("pledges.csv")
    g["campaign_names"] = canon(r["campaign"] for r in praw)
    g["category_names"] = canon(r["category"] for r in praw)
    g["country_names"] = canon(r["backer_country"] for r in praw)
    g["pledges"] = [dict(id=int(r["pledge_id"]), when=iso_datetime(r["pledged_at"]), camp=fold(r["campaign"]),
                         cat=fold(r["category"]), country=fold(r["backer_country"]), tier=fold(r["reward_tier"]),
                         amt=num(r["amount"]), fee=num(r["fee_rate"]),
                         anon=None if is_missing(r["anonymous"]) else yn[fold(r["anonymous"])])
                    for r in praw]
    nraw = read("network_months.csv")
    g["region_names"] = canon(r["region"] for r in nraw)
    g["plan_names"] = canon(r["plan"] for r in nraw)
    g["net"] = [dict(ym=month_key(r["month"]), region=fold(r["region"]), plan=fold(r["plan"]),
                     subs=int(r["subscribers"]), gb=num(r["data_gb"]), att=int(r["calls_attempted"]),
                     drop=int(r["calls_dropped"]), rev=num(r["revenue"]), f5=num(r["share_5g"]),
                     churn=int(r["churned"])) for r in nraw]
    araw = read("appointments.csv")
    g["treat_names"] = canon(r["treatment"] for r in araw)
    g["clin_names"] = canon(r["clinician"] for r in araw)
    status = {"attended": "attended", "no-show": "no-show", "cancelled": "cancelled"}
    g["appts"] = [dict(id=r["appt_id"], pid=r["patient_id"].strip(),
                       when=dt.datetime.strptime(r["scheduled_at"].strip(), "%d-%b-%Y %H:%M"),
                       clin=fold(r["clinician"]), treat=fold(r["treatment"]), dur=num(r["duration_min"]),
                       fee=num(r["fee"].replace("\u00a3", "")), share=num(r["insurer_share"]),
                       status=status[fold(r["status"])], new=yn[fold(r["new_patient"])]) for r in araw]
    return g


D = load()
QUESTIONS = []


def q(qid, dataset, question, note):
    def deco(fn):
        QUESTIONS.append(dict(id=qid, dataset=dataset, question=question, note=note, fn=fn))
        return fn
    return deco


def money(x):
    return {"number": round(x, 2), "unit": "$"}


def count(x):
    return {"number": x, "unit": ""}


def percent(x):
    return {"number": round(x, 4), "unit": "%"}


def value(x, unit=""):
    return {"number": round(x, 4), "unit": unit}


def lab(names, k):
    return [names[k]]


def mlabel(y, m):
    return month_labels(y, m, year_unique=True)


# ==============================================================================================
# screenings.csv + films.csv — cinema screenings, Jan-Jun 2024

S = D["shows"]
SN = D["screen_names"]
GN = D["genre_names"]
CIN = ["screenings.csv", "films.csv"]


def box(rows):
    return sum(r["gross"] for r in rows)


@q("s5-001", CIN, "how much did we take at the box office in march?",
   "Sum of gross over screenings starting in March 2024 (day-first dates).")
def _():
    return money(box(r for r in S if ym(r["when"]) == (2024, 3)))


@q("s5-002", CIN, "Which film sold the most tickets?",
   "tickets_sold summed per film (title through films.csv), whole period; the largest, with its total.")
def _():
    by = defaultdict(int)
    for r in S:
        by[r["title"]] += r["sold"]
    k, v = top(by)
    return {"label": [k], "number": v, "unit": ""}


@q("s5-003", CIN, "top 3 genres by box office takings",
   "gross summed by the film's folded genre in films.csv; the three largest.")
def _():
    by = defaultdict(float)
    for r in S:
        by[r["genre"]] += r["gross"]
    return {"labels": [GN[k] for k in top_n(by, 3)]}


@q("s5-004", CIN, "What time of day do we sell the most tickets?",
   "tickets_sold summed by the hour of starts_at; the largest hour.")
def _():
    by = defaultdict(int)
    for r in S:
        by[r["when"].hour] += r["sold"]
    k, _v = top(by)
    return {"label": hour_labels(k)}


@q("s5-005", CIN, "which day of the week sells the most tickets",
   "tickets_sold summed by weekday of starts_at; the largest.")
def _():
    by = defaultdict(int)
    for r in S:
        by[r["when"].weekday()] += r["sold"]
    k, _v = top(by)
    return {"label": weekday_labels(k)}


@q("s5-006", CIN, "average tickets sold per session in the gold lounge?",
   "Mean tickets_sold over screenings whose screen folds to 'gold lounge'.")
def _():
    xs = [r["sold"] for r in S if r["screen"] == "gold lounge"]
    return value(sum(xs) / len(xs))


@q("s5-007", CIN, "What was our overall occupancy rate?",
   "sum(tickets_sold) / sum(seats) over all screenings, as a percentage.")
def _():
    return percent(pct(sum(r["sold"] for r in S), sum(r["seats"] for r in S)))


@q("s5-008", CIN, "How many screenings did we run in Feb?",
   "Rows (one per screening) starting in February 2024.")
def _():
    return count(sum(1 for r in S if ym(r["when"]) == (2024, 2)))


@q("s5-009", CIN, "how many shows sold fewer than 10 tickets",
   "Screenings with tickets_sold < 10.")
def _():
    return count(sum(1 for r in S if r["sold"] < 10))


@q("s5-010", CIN, "What share of box office came from IMAX screenings?",
   "gross of rows whose format folds to 'imax' / all gross.")
def _():
    return percent(pct(box(r for r in S if r["fmt"] == "imax"), box(S)))


@q("s5-011", CIN, "How much did we make from the candy bar (concessions) in total?",
   "Sum of concessions where given (blank / n/a / - left out).")
def _():
    return money(sum(r["conc"] for r in S if r["conc"] is not None))


@q("s5-012", CIN, "how many screenings are missing a concessions figure?",
   "Rows whose concessions is blank, n/a or -.")
def _():
    return count(sum(1 for r in S if r["conc"] is None))


@q("s5-013", CIN, "How many different films did we show in May?",
   "Distinct film_code among screenings starting in May 2024.")
def _():
    return count(len({r["code"] for r in S if ym(r["when"]) == (2024, 5)}))


@q("s5-014", CIN, "whats the average ticket price we actually got?",
   "sum(gross) / sum(tickets_sold) over all screenings.")
def _():
    return money(box(S) / sum(r["sold"] for r in S))


@q("s5-015", CIN, "How many fewer tickets did we sell in April compared to January?",
   "sum(tickets_sold) in January 2024 minus April 2024 (a fall, asked as a fall: positive).")
def _():
    a = sum(r["sold"] for r in S if ym(r["when"]) == (2024, 4))
    j = sum(r["sold"] for r in S if ym(r["when"]) == (2024, 1))
    assert j > a
    return count(j - a)


@q("s5-016", CIN, "Which screen has the best occupancy?",
   "sum(tickets_sold) / sum(seats) per folded screen; the highest.")
def _():
    by = {}
    for k in SN:
        rows = [r for r in S if r["screen"] == k]
        by[k] = sum(r["sold"] for r in rows) / sum(r["seats"] for r in rows)
    k, v = top(by)
    return {"label": [SN[k]]}


@q("s5-017", CIN, "How many tickets did family films sell on weekends?",
   "tickets_sold of screenings on Saturday or Sunday whose film's genre (films.csv) folds to 'family'.")
def _():
    return count(sum(r["sold"] for r in S if r["genre"] == "family" and r["when"].weekday() >= 5))


@q("s5-018", CIN, "median number of tickets for evening sessions (6pm or later)",
   "Median tickets_sold over screenings starting at 18:00 or later.")
def _():
    return value(statistics.median(r["sold"] for r in S if r["when"].hour >= 18))


@q("s5-019", CIN, "how many films grossed more than $100k over the whole period?",
   "gross summed per film; films whose total is above 100,000 (threshold asserted clear of every film).")
def _():
    by = defaultdict(float)
    for r in S:
        by[r["code"]] += r["gross"]
    return count(count_over(by.values(), 100000))


@q("s5-020", CIN, "What was total revenue in June including tickets and concessions?",
   "Sum of gross plus concessions (where given) over screenings in June 2024.")
def _():
    rows = [r for r in S if ym(r["when"]) == (2024, 6)]
    return money(box(rows) + sum(r["conc"] for r in rows if r["conc"] is not None))


@q("s5-021", CIN, "Which month had the biggest box office?",
   "gross summed by month of starts_at; the largest.")
def _():
    by = defaultdict(float)
    for r in S:
        by[ym(r["when"])] += r["gross"]
    k, _v = top(by)
    return {"label": mlabel(*k)}


@q("s5-022", CIN, "How many tickets did we sell on tuesdays?",
   "tickets_sold of screenings on a Tuesday.")
def _():
    return count(sum(r["sold"] for r in S if r["when"].weekday() == 1))


@q("s5-023", CIN, "Which ma15+ movie sold the most tickets?",
   "tickets_sold per film among films rated MA15+ in films.csv; the largest.")
def _():
    by = defaultdict(int)
    for r in S:
        if r["rating"] == "MA15+":
            by[r["title"]] += r["sold"]
    k, _v = top(by)
    return {"label": [k]}


# ==============================================================================================
# water_samples.csv — drinking-water quality samples, 2023-2024

W = D["water"]
WS = D["site_names"]
WZ = D["zone_names"]
WAT = ["water_samples.csv"]


@q("s5-024", WAT, "How many samples did we take in 2024?",
   "Rows sampled in 2024 (US dates).")
def _():
    return count(sum(1 for r in W if r["date"].year == 2024))


@q("s5-025", WAT, "What percentage of samples were compliant?",
   "Rows whose compliant folds to yes (Yes/YES/Y) / all rows.")
def _():
    return percent(pct(sum(1 for r in W if r["ok"] == "yes"), len(W)))


@q("s5-026", WAT, "which site failed the most samples?",
   "Rows whose compliant folds to no, counted per folded site; the largest, with its count.")
def _():
    by = Counter(r["site"] for r in W if r["ok"] == "no")
    k, v = top(by)
    return {"label": [WS[k]], "number": v, "unit": ""}


@q("s5-027", WAT, "average pH at old quarry bore",
   "Mean ph over rows whose site folds to 'old quarry bore'.")
def _():
    xs = [r["ph"] for r in W if r["site"] == "old quarry bore"]
    return value(sum(xs) / len(xs))


@q("s5-028", WAT, "What was the median turbidity in 2023?",
   "Median turbidity_ntu over 2023 rows with a reading (blank / n/a / - left out).")
def _():
    return value(statistics.median(r["turb"] for r in W if r["date"].year == 2023 and r["turb"] is not None))


@q("s5-029", WAT, "how many samples had e. coli detected?",
   "Rows with ecoli_per_100ml above 0 (missing readings left out).")
def _():
    return count(sum(1 for r in W if r["ecoli"] is not None and r["ecoli"] > 0))


@q("s5-030", WAT, "How many samples have no turbidity reading?",
   "Rows whose turbidity_ntu is blank, n/a or -.")
def _():
    return count(sum(1 for r in W if r["turb"] is None))


@q("s5-031", WAT, "Which zone has the highest average turbidity?",
   "Mean turbidity_ntu (where given) per folded zone; the largest.")
def _():
    by = defaultdict(list)
    for r in W:
        if r["turb"] is not None:
            by[r["zone"]].append(r["turb"])
    k, _v = top({z: sum(v) / len(v) for z, v in by.items()})
    return {"label": [WZ[k]]}


@q("s5-032", WAT, "what was the compliance rate in the north zone in 2024?",
   "Among 2024 rows whose zone folds to 'north': compliant yes / all, as a percentage.")
def _():
    rows = [r for r in W if r["zone"] == "north" and r["date"].year == 2024]
    return percent(pct(sum(1 for r in rows if r["ok"] == "yes"), len(rows)))


@q("s5-033", WAT, "How many samples were over 3 NTU?",
   "Rows with turbidity_ntu > 3 (no reading is exactly 3).")
def _():
    assert not any(r["turb"] == 3 for r in W)
    return count(sum(1 for r in W if r["turb"] is not None and r["turb"] > 3))


@q("s5-034", WAT, "In 2024 which month had the most failed samples?",
   "Rows with compliant no, counted by month, 2024 only; the largest.")
def _():
    by = Counter(r["date"].month for r in W if r["ok"] == "no" and r["date"].year == 2024)
    k, _v = top(by)
    return {"label": mlabel(2024, k)}


@q("s5-035", WAT, "how many different sites do we sample?",
   "Distinct folded site.")
def _():
    return count(len({r["site"] for r in W}))


@q("s5-036", WAT, "how many samples did P. Sharma take in 2024",
   "Rows sampled in 2024 whose technician is P. Sharma.")
def _():
    return count(sum(1 for r in W if r["tech"] == "P. Sharma" and r["date"].year == 2024))


@q("s5-037", WAT, "whats the average chlorine reading at pine creek intake",
   "Mean chlorine_mg_l (where given) over rows whose site folds to 'pine creek intake'.")
def _():
    xs = [r["cl"] for r in W if r["site"] == "pine creek intake" and r["cl"] is not None]
    return value(sum(xs) / len(xs))


@q("s5-038", WAT, "What's the highest e coli count we've ever recorded?",
   "Largest ecoli_per_100ml.")
def _():
    return value(max(r["ecoli"] for r in W if r["ecoli"] is not None))


@q("s5-039", WAT, "how many samples had a pH above 8.5",
   "Rows with ph > 8.5.")
def _():
    return count(sum(1 for r in W if r["ph"] > 8.5))


@q("s5-040", WAT, "How many sites had more than 12 failed samples in 2024?",
   "Rows with compliant no in 2024, counted per site; sites above 12 (threshold asserted clear).")
def _():
    by = Counter(r["site"] for r in W if r["ok"] == "no" and r["date"].year == 2024)
    vals = [by.get(k, 0) for k in WS]
    return count(count_over(vals, 12.5, margin=0.03))


@q("s5-041", WAT, "How many more samples did we take in Q1 2024 than in Q1 2023?",
   "Rows in Jan-Mar 2024 minus rows in Jan-Mar 2023.")
def _():
    a = sum(1 for r in W if r["date"].year == 2024 and quarter(r["date"]) == 1)
    b = sum(1 for r in W if r["date"].year == 2023 and quarter(r["date"]) == 1)
    assert a > b
    return count(a - b)


@q("s5-042", WAT, "how many samples did we take outside the east zone?",
   "Rows whose zone does not fold to 'east'.")
def _():
    return count(sum(1 for r in W if r["zone"] != "east"))


@q("s5-043", WAT, "What share of the failed samples had e.coli in them?",
   "Among rows with compliant no: those with ecoli_per_100ml above 0 / all failed rows, as a percentage.")
def _():
    rows = [r for r in W if r["ok"] == "no"]
    return percent(pct(sum(1 for r in rows if r["ecoli"] is not None and r["ecoli"] > 0), len(rows)))


@q("s5-044", WAT, "average turbidity at riverside treatment plant in 2024?",
   "Mean turbidity_ntu (where given) over 2024 rows whose site folds to 'riverside treatment plant'.")
def _():
    xs = [r["turb"] for r in W if r["site"] == "riverside treatment plant" and r["date"].year == 2024
          and r["turb"] is not None]
    return value(sum(xs) / len(xs))


# ==============================================================================================
# pledges.csv — crowdfunding pledges, 2024 (refunds are negative rows)

PL = D["pledges"]
POS_PL = [r for r in PL if r["amt"] > 0]
CN = D["campaign_names"]
CAT = D["category_names"]
CTRY = D["country_names"]
PLG = ["pledges.csv"]


@q("s5-045", PLG, "How much have we raised in total after refunds?",
   "Sum of the signed amount over all rows (refund rows are negative).")
def _():
    return money(sum(r["amt"] for r in PL))


@q("s5-046", PLG, "how much money got refunded?",
   "Minus the sum of the negative amounts.")
def _():
    return money(-sum(r["amt"] for r in PL if r["amt"] < 0))


@q("s5-047", PLG, "Which campaign raised the most money, net of refunds?",
   "Signed amount summed per folded campaign; the largest, with its total.")
def _():
    by = defaultdict(float)
    for r in PL:
        by[r["camp"]] += r["amt"]
    k, v = top(by)
    return {"label": [CN[k]], "number": round(v, 2), "unit": "$"}


@q("s5-048", PLG, "top 3 categories by money pledged (after refunds)",
   "Signed amount summed per folded category; the three largest.")
def _():
    by = defaultdict(float)
    for r in PL:
        by[r["cat"]] += r["amt"]
    return {"labels": [CAT[k] for k in top_n(by, 3)]}


@q("s5-049", PLG, "how many pledges came in during april, not counting refunds?",
   "Rows with a positive amount pledged in April 2024.")
def _():
    return count(sum(1 for r in POS_PL if ym(r["when"]) == (2024, 4)))


@q("s5-050", PLG, "What's the average pledge?",
   "Mean of the positive amounts (refund rows are not pledges).")
def _():
    return money(sum(r["amt"] for r in POS_PL) / len(POS_PL))


@q("s5-051", PLG, "median pledge amount?",
   "Median of the positive amounts.")
def _():
    return money(statistics.median(r["amt"] for r in POS_PL))


@q("s5-052", PLG, "What hour of the day do most pledges come in?",
   "Positive rows counted by hour of pledged_at; the largest.")
def _():
    by = Counter(r["when"].hour for r in POS_PL)
    k, _v = top(by)
    return {"label": hour_labels(k)}


@q("s5-053", PLG, "What percent of the money pledged came from the US, after refunds?",
   "Signed amount of rows whose backer_country folds to 'united states' / all signed amounts.")
def _():
    return percent(pct(sum(r["amt"] for r in PL if r["country"] == "united states"), sum(r["amt"] for r in PL)))


@q("s5-054", PLG, "how many pledges from germany?",
   "Positive rows whose backer_country folds to 'germany'.")
def _():
    return count(sum(1 for r in POS_PL if r["country"] == "germany"))


@q("s5-055", PLG, "How much did the platform take in fees on all pledges (ignore refunds)?",
   "Sum of amount x fee_rate over the positive rows.")
def _():
    return money(sum(r["amt"] * r["fee"] for r in POS_PL))


@q("s5-056", PLG, "how many pledges were over $200?",
   "Rows with amount > 200.")
def _():
    return count(sum(1 for r in PL if r["amt"] > 200))


@q("s5-057", PLG, "How many backers pledged anonymously?",
   "Rows whose anonymous folds to yes (yes/Yes/Y).")
def _():
    return count(sum(1 for r in PL if r["anon"] == "yes"))


@q("s5-058", PLG, "Which reward tier do people pick most often?",
   "Positive rows per folded reward_tier; the most common.")
def _():
    by = Counter(r["tier"] for r in POS_PL)
    k, _v = top(by)
    return {"label": [k.title()]}


@q("s5-059", PLG, "how many campaigns raised more than $8,000 net?",
   "Signed amount summed per campaign; those above 8,000 (threshold asserted clear).")
def _():
    by = defaultdict(float)
    for r in PL:
        by[r["camp"]] += r["amt"]
    return count(count_over(by.values(), 8000))


@q("s5-060", PLG, "Which weekday gets the most pledges?",
   "Positive rows counted by weekday of pledged_at; the largest.")
def _():
    by = Counter(r["when"].weekday() for r in POS_PL)
    k, _v = top(by)
    return {"label": weekday_labels(k)}


@q("s5-061", PLG, "average deluxe pledge",
   "Mean of the positive amounts whose reward_tier folds to 'deluxe'.")
def _():
    xs = [r["amt"] for r in POS_PL if r["tier"] == "deluxe"]
    return money(sum(xs) / len(xs))


@q("s5-062", PLG, "How much did backers in new zealand pledge in total, net of refunds?",
   "Signed amount of rows whose backer_country folds to 'new zealand'.")
def _():
    return money(sum(r["amt"] for r in PL if r["country"] == "new zealand"))


@q("s5-063", PLG, "What percentage of pledges ended up refunded?",
   "Refund rows (negative amount) / pledge rows (positive amount), as a percentage.")
def _():
    return percent(pct(sum(1 for r in PL if r["amt"] < 0), len(POS_PL)))


@q("s5-064", PLG, "how much less was pledged in may than in march (net)?",
   "Signed amount in March 2024 minus May 2024 (a fall, asked as a fall: positive).")
def _():
    a = sum(r["amt"] for r in PL if ym(r["when"]) == (2024, 5))
    b = sum(r["amt"] for r in PL if ym(r["when"]) == (2024, 3))
    assert b > a
    return money(b - a)


@q("s5-065", PLG, "How many countries are our backers from?",
   "Distinct folded backer_country.")
def _():
    return count(len({r["country"] for r in PL}))


@q("s5-066", PLG, "How much did the Pocket Synth campaign raise after refunds?",
   "Signed amount of rows whose campaign folds to 'pocket synth'.")
def _():
    return money(sum(r["amt"] for r in PL if r["camp"] == "pocket synth"))


# ==============================================================================================
# network_months.csv — mobile network usage, one row per month x region x plan, 2023-2024

N = D["net"]
RN = D["region_names"]
PN = D["plan_names"]
NET = ["network_months.csv"]


def in_year(y):
    return [r for r in N if r["ym"][0] == y]


@q("s5-067", NET, "How much data did customers use in 2024 in total?",
   "Sum of data_gb over 2024 rows (missing left out); GB.")
def _():
    return value(sum(r["gb"] for r in in_year(2024) if r["gb"] is not None), "GB")


@q("s5-068", NET, "what was the dropped call rate in 2024?",
   "sum(calls_dropped) / sum(calls_attempted) over 2024 rows, as a percentage.")
def _():
    rows = in_year(2024)
    return percent(pct(sum(r["drop"] for r in rows), sum(r["att"] for r in rows)))


@q("s5-069", NET, "Which region has the worst dropped call rate?",
   "sum(calls_dropped) / sum(calls_attempted) per folded region, whole period; the largest.")
def _():
    d, a = defaultdict(int), defaultdict(int)
    for r in N:
        d[r["region"]] += r["drop"]
        a[r["region"]] += r["att"]
    k, _v = top({x: d[x] / a[x] for x in a})
    return {"label": [RN[k]]}


@q("s5-070", NET, "What was the average revenue per subscriber per month in 2024?",
   "sum(revenue) / sum(subscribers) over 2024 rows (each row is one month's subscribers).")
def _():
    rows = in_year(2024)
    return money(sum(r["rev"] for r in rows) / sum(r["subs"] for r in rows))


@q("s5-071", NET, "total revenue for 2023?",
   "Sum of revenue over 2023 rows.")
def _():
    return money(sum(r["rev"] for r in in_year(2023)))


@q("s5-072", NET, "How many subscribers did we have in December 2024?",
   "Sum of subscribers over the rows of 2024-12.")
def _():
    return count(sum(r["subs"] for r in N if r["ym"] == (2024, 12)))


@q("s5-073", NET, "Which plan brought in the most revenue in 2024?",
   "Revenue summed per folded plan over 2024 rows; the largest, with its total.")
def _():
    by = defaultdict(float)
    for r in in_year(2024):
        by[r["plan"]] += r["rev"]
    k, v = top(by)
    return {"label": [PN[k]], "number": round(v, 2), "unit": "$"}


@q("s5-074", NET, "By what percent did revenue grow from 2023 to 2024?",
   "(revenue 2024 / revenue 2023 - 1), as a percentage.")
def _():
    a = sum(r["rev"] for r in in_year(2024))
    b = sum(r["rev"] for r in in_year(2023))
    return percent(100 * (a / b - 1))


@q("s5-075", NET, "which region grew its revenue the most between 2023 and 2024, in dollars?",
   "Revenue 2024 minus revenue 2023 per folded region; the largest increase.")
def _():
    by = defaultdict(float)
    for r in N:
        by[r["region"]] += r["rev"] if r["ym"][0] == 2024 else -r["rev"]
    k, _v = top(by)
    return {"label": [RN[k]]}


@q("s5-076", NET, "How many subscribers were on 5G in December 2024?",
   "Sum of subscribers x share_5g over the rows of 2024-12.")
def _():
    return value(sum(r["subs"] * r["f5"] for r in N if r["ym"] == (2024, 12)))


@q("s5-077", NET, "What was our monthly churn rate in 2024?",
   "sum(churned) / sum(subscribers) over 2024 rows, as a percentage.")
def _():
    rows = in_year(2024)
    return percent(pct(sum(r["churn"] for r in rows), sum(r["subs"] for r in rows)))


@q("s5-078", NET, "Which month had the most data usage?",
   "data_gb summed per year-month (missing left out); the largest.")
def _():
    by = defaultdict(float)
    for r in N:
        if r["gb"] is not None:
            by[r["ym"]] += r["gb"]
    k, _v = top(by)
    return {"label": month_labels(*k)}


@q("s5-079", NET, "how much data does the average postpaid unlimited customer use a month in 2024?",
   "sum(data_gb) / sum(subscribers) over 2024 rows whose plan folds to 'postpaid unlimited' and data_gb is given; GB.")
def _():
    rows = [r for r in in_year(2024) if r["plan"] == "postpaid unlimited" and r["gb"] is not None]
    return value(sum(r["gb"] for r in rows) / sum(r["subs"] for r in rows), "GB")


@q("s5-080", NET, "How many rows are missing the data usage figure?",
   "Rows whose data_gb is blank, n/a or -.")
def _():
    return count(sum(1 for r in N if r["gb"] is None))


@q("s5-081", NET, "total dropped calls in the islands region",
   "Sum of calls_dropped over rows whose region folds to 'islands'.")
def _():
    return count(sum(r["drop"] for r in N if r["region"] == "islands"))


@q("s5-082", NET, "How many regions had more than 4,000 subscribers in December 2024?",
   "Subscribers summed per region over 2024-12; regions above 4,000 (threshold asserted clear).")
def _():
    by = defaultdict(int)
    for r in N:
        if r["ym"] == (2024, 12):
            by[r["region"]] += r["subs"]
    return count(count_over(by.values(), 4000))


@q("s5-083", NET, "top 3 regions by revenue in 2024",
   "Revenue summed per folded region over 2024; the three largest.")
def _():
    by = defaultdict(float)
    for r in in_year(2024):
        by[r["region"]] += r["rev"]
    return {"labels": [RN[k] for k in top_n(by, 3)]}


@q("s5-084", NET, "How many customers churned in 2024, leaving out the prepaid plans?",
   "Sum of churned over 2024 rows whose plan does not start with 'prepaid'.")
def _():
    return count(sum(r["churn"] for r in in_year(2024) if not r["plan"].startswith("prepaid")))


@q("s5-085", NET, "How much more revenue did we make in Q4 2024 than Q4 2023?",
   "Revenue of Oct-Dec 2024 minus Oct-Dec 2023.")
def _():
    a = sum(r["rev"] for r in N if r["ym"][0] == 2024 and r["ym"][1] >= 10)
    b = sum(r["rev"] for r in N if r["ym"][0] == 2023 and r["ym"][1] >= 10)
    assert a > b
    return money(a - b)


@q("s5-086", NET, "which plan has the lowest dropped call rate",
   "sum(calls_dropped) / sum(calls_attempted) per folded plan, whole period; the lowest.")
def _():
    d, a = defaultdict(int), defaultdict(int)
    for r in N:
        d[r["plan"]] += r["drop"]
        a[r["plan"]] += r["att"]
    k, _v = top({x: d[x] / a[x] for x in a}, lowest=True)
    return {"label": [PN[k]]}


@q("s5-087", NET, "What was the total revenue from the Metro regions in 2024?",
   "Revenue of 2024 rows whose region folds to one starting 'metro' (North, South, East, West).")
def _():
    return money(sum(r["rev"] for r in in_year(2024) if r["region"].startswith("metro")))


# ----------------------------------------------------------------------------------------------
# more questions, one or two per dataset (written after the first pass, before any run of the app)


@q("s5-088", CIN, "how many tickts did we sell in febuary?",
   "Sum of tickets_sold over screenings in February 2024 (typos as typed).")
def _():
    return count(sum(r["sold"] for r in S if ym(r["when"]) == (2024, 2)))


@q("s5-089", CIN, "what's the average running time of the films in our list, in minutes?",
   "Mean runtime over the rows of films.csv ('118 min' and '118' are both 118 minutes).")
def _():
    xs = [f["runtime"] for f in D["films"].values()]
    return value(sum(xs) / len(xs), "min")


@q("s5-090", CIN, "Total box office for documentaries?",
   "gross of screenings whose film's genre (films.csv) folds to 'documentary'.")
def _():
    return money(box(r for r in S if r["genre"] == "documentary"))


@q("s5-091", WAT, "how many samples were taken on a friday?",
   "Rows whose sampled_on (US date) is a Friday.")
def _():
    return count(sum(1 for r in W if r["date"].weekday() == 4))


@q("s5-092", WAT, "What was the lowest pH reading in 2023?",
   "Smallest ph over 2023 rows.")
def _():
    return value(min(r["ph"] for r in W if r["date"].year == 2023))


@q("s5-093", PLG, "How much was pledged in the evenings, 6pm to midnight? don't count refunds",
   "Sum of the positive amounts pledged at 18:00-23:59.")
def _():
    return money(sum(r["amt"] for r in POS_PL if r["when"].hour >= 18))


@q("s5-094", PLG, "how much did australian backers give to the clay mug collective after refunds",
   "Signed amount of rows whose campaign folds to 'clay mug collective' and backer_country to 'australia'.")
def _():
    return money(sum(r["amt"] for r in PL if r["camp"] == "clay mug collective" and r["country"] == "australia"))


@q("s5-095", NET, "how many calls were attempted on the student plan in 2023?",
   "Sum of calls_attempted over 2023 rows whose plan folds to 'student'.")
def _():
    return count(sum(r["att"] for r in in_year(2023) if r["plan"] == "student"))


@q("s5-096", NET, "How many gigabytes did the coastal region use in July 2024?",
   "Sum of data_gb (where given) over 2024-07 rows whose region folds to 'coastal'.")
def _():
    return value(sum(r["gb"] for r in N if r["ym"] == (2024, 7) and r["region"] == "coastal"
                     and r["gb"] is not None), "GB")


# ==============================================================================================
# appointments.csv — dental practice appointments, 2024

A = D["appts"]
ATT = [r for r in A if r["status"] == "attended"]
TN = D["treat_names"]
CLN = D["clin_names"]
DEN = ["appointments.csv"]


def fees(rows):
    return sum(r["fee"] for r in rows if r["fee"] is not None)


@q("s5-097", DEN, "How much did we bill in March?",
   "Sum of fee (pounds) over appointments in March 2024; only attended ones carry a fee.")
def _():
    return {"number": round(fees(r for r in A if ym(r["when"]) == (2024, 3)), 2), "unit": "\u00a3"}


@q("s5-098", DEN, "what percentage of all booked appointments were no-shows?",
   "Rows whose status folds to no-show / all rows.")
def _():
    return percent(pct(sum(1 for r in A if r["status"] == "no-show"), len(A)))


@q("s5-099", DEN, "Which treatment brings in the most money?",
   "fee summed per folded treatment; the largest, with its total.")
def _():
    by = defaultdict(float)
    for r in ATT:
        by[r["treat"]] += r["fee"]
    k, v = top(by)
    return {"label": [TN[k]], "number": round(v, 2), "unit": "\u00a3"}


@q("s5-100", DEN, "average fee for a root canal?",
   "Mean fee over attended appointments whose treatment folds to 'root canal'.")
def _():
    xs = [r["fee"] for r in ATT if r["treat"] == "root canal"]
    return {"number": round(sum(xs) / len(xs), 2), "unit": "\u00a3"}


@q("s5-101", DEN, "how many different patients did we actually see this year?",
   "Distinct patient_id among attended appointments (all of 2024).")
def _():
    return count(len({r["pid"] for r in ATT}))


@q("s5-102", DEN, "How much of our fees did insurers pay in total?",
   "Sum of fee x insurer_share over attended appointments.")
def _():
    return {"number": round(sum(r["fee"] * r["share"] for r in ATT), 2), "unit": "\u00a3"}


@q("s5-103", DEN, "how many appointments in Q2 were for new patients?",
   "Rows in Apr-Jun 2024 whose new_patient folds to yes (Y/Yes/yes).")
def _():
    return count(sum(1 for r in A if quarter(r["when"].date()) == 2 and r["new"] == "yes"))


@q("s5-104", DEN, "median length of a cleaning appointment",
   "Median duration_min (where given) over attended appointments whose treatment folds to 'cleaning'; minutes.")
def _():
    return value(statistics.median(r["dur"] for r in ATT if r["treat"] == "cleaning" and r["dur"] is not None),
                 "min")


@q("s5-105", DEN, "How many appointments were scheduled before 9am?",
   "Rows whose scheduled time is before 09:00.")
def _():
    return count(sum(1 for r in A if r["when"].hour < 9))


@q("s5-106", DEN, "how many attended appointments have no duration recorded?",
   "Attended rows whose duration_min is blank, n/a or -.")
def _():
    return count(sum(1 for r in ATT if r["dur"] is None))


@q("s5-107", DEN, "what are the 3 most common treatments?",
   "Rows per folded treatment (all statuses); the three largest.")
def _():
    by = Counter(r["treat"] for r in A)
    return {"labels": [TN[k] for k in top_n(by, 3)]}


@q("s5-108", DEN, "How many patients came in more than 5 times?",
   "Attended rows per patient_id; patients with more than 5.")
def _():
    by = Counter(r["pid"] for r in ATT)
    return count(sum(1 for v in by.values() if v > 5))


@q("s5-109", DEN, "How much did patients pay out of pocket in total (the part insurance didn't cover)?",
   "Sum of fee x (1 - insurer_share) over attended appointments.")
def _():
    return {"number": round(sum(r["fee"] * (1 - r["share"]) for r in ATT), 2), "unit": "\u00a3"}


@q("s5-110", DEN, "how many cancellations did dr amara lee have",
   "Rows whose clinician folds to 'dr. amara lee' and status to cancelled.")
def _():
    return count(sum(1 for r in A if r["clin"] == "dr. amara lee" and r["status"] == "cancelled"))


@q("s5-111", DEN, "What's our busiest hour of the day for appointments?",
   "Rows counted by the hour of scheduled_at; the largest.")
def _():
    by = Counter(r["when"].hour for r in A)
    k, _v = top(by)
    return {"label": hour_labels(k)}


@q("s5-112", DEN, "who did the most fillings?",
   "Attended appointments whose treatment folds to 'filling', per clinician; the largest.")
def _():
    by = Counter(r["clin"] for r in ATT if r["treat"] == "filling")
    k, _v = top(by)
    return {"label": [CLN[k], CLN[k].replace("Dr. ", "")]}


@q("s5-113", DEN, "How much more did we bill in the second half of the year than the first?",
   "Fees Jul-Dec 2024 minus fees Jan-Jun 2024.")
def _():
    a = fees(r for r in A if r["when"].month >= 7)
    b = fees(r for r in A if r["when"].month <= 6)
    assert a > b
    return {"number": round(a - b, 2), "unit": "\u00a3"}


@q("s5-114", DEN, "what's the average fee per visit, not counting whitening?",
   "Mean fee over attended appointments whose treatment does not fold to 'whitening'.")
def _():
    xs = [r["fee"] for r in ATT if r["treat"] != "whitening"]
    return {"number": round(sum(xs) / len(xs), 2), "unit": "\u00a3"}


@q("s5-115", DEN, "how many saturday appointments did we have in total",
   "Rows on a Saturday.")
def _():
    return count(sum(1 for r in A if r["when"].weekday() == 5))


# ----------------------------------------------------------------------------------------------


def main():
    ids = [x["id"] for x in QUESTIONS]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert ids == [f"s5-{i:03d}" for i in range(1, len(ids) + 1)], "ids not consecutive"
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
