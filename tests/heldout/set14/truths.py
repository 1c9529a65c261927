#!/usr/bin/env python3
"""Held-out set 14 truths: every truth computed from the committed CSVs in data/, written to questions.json.

    python3 tests/heldout/set14/truths.py            # prints every truth and rewrites questions.json
    python3 tests/heldout/set14/truths.py --print    # prints only

Reading rules (a careful analyst's reading of each export):

- Category spellings are folded: surrounding and repeated spaces dropped, case ignored ("  kings  heath " is
  Kings Heath). Missing-value words in number columns ("n/a", "unknown", "?", "not counted", "not recorded",
  "several", "tbc", blank) are missing, never zero.
- Money: "$1,234.50", "£14", "14.00" are plain amounts; the storage ledger's euros use a decimal comma
  ("€89,00", "€ 6,50", "-€20,00", "€-20,00"); the minus may stand before or after the euro sign.
- window_jobs.csv: dates are day-first dd/mm/yyyy. Only status Done is a job that was done and charged; Rained
  off, No access and Cancelled rows have no charge (their price is blank or 0). customer_id is joined to
  customers.csv as a number ("42" is "0042"). "paid" says how a done job was paid; Owed means not paid yet.
- lane_bookings.csv: session_start / session_end are ISO 'T' datetimes, created is "YYYY-MM-DD HH:MM". Status is
  Attended, Cancelled or No-show ("no show", "NO-SHOW" ...). Cancelled bookings carry no fee (refunded); no-shows
  are charged. The booking's length is session_end - session_start.
- truck_shifts.csv: pre-aggregated, one row per truck per shift per day; dates are US M/D/YYYY. Only status
  Traded rows have orders and revenue; Rained out, Broke down and Event cancelled rows did not trade.
- storage_ledger.csv: dates dd.mm.yyyy; signed amounts (refunds, deposit returns and referral credits are
  negative); rows with status VOID (any case) are ignored everywhere.
- tree_jobs.csv: dates dd-Mon-yyyy (day padded or not). Outcome Completed = the job was done and invoiced;
  Booked = won, job date still to come; Lost, Cancelled, Pending. Money for work done is the invoiced column
  (completed jobs only); "quote" is what was quoted.
"""

import csv
import datetime as dt
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
MISSING = {"", "n/a", "na", "unknown", "?", "not counted", "not recorded", "several", "tbc", "-"}
MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December"]
MON = {m[:3].lower(): i + 1 for i, m in enumerate(MONTH_NAMES)}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


# ----------------------------------------------------------------------------------------------
# reading

def rows(name):
    with open(DATA / name, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def fold(s):
    return " ".join((s or "").split()).lower()


def num(s):
    s = (s or "").strip()
    if s.lower() in MISSING:
        return None
    return float(s)


def cash(s):
    """$ / £ amount."""
    s = (s or "").strip()
    if s.lower() in MISSING:
        return None
    neg = s.startswith("-")
    s = s.lstrip("-").replace("$", "").replace("£", "").replace(",", "").strip()
    return -float(s) if neg else float(s)


def euro(s):
    s = (s or "").strip()
    if s.lower() in MISSING:
        return None
    neg = "-" in s
    s = s.replace("-", "").replace("€", "").replace(" ", "").replace(",", ".")
    return -float(s) if neg else float(s)


def dmy(s, sep):
    d, m, y = s.strip().split(sep)
    return dt.date(int(y), int(m), int(d))


def mdy(s):
    m, d, y = s.strip().split("/")
    return dt.date(int(y), int(m), int(d))


def dmony(s):
    d, m, y = s.strip().split("-")
    return dt.date(int(y), MON[m.lower()], int(d))


def customers():
    out = {}
    for r in rows("customers.csv"):
        cid = int(r["customer_id"])
        assert cid not in out
        out[cid] = dict(id=cid, name=r["name"], area=fold(r["area"]), prop=fold(r["property_type"]),
                        freq=fold(r["frequency"]).replace("every ", "").replace(" weeks", "-weekly").replace(" ", "-"),
                        price=cash(r["standard_price"]), since=dmy(r["customer_since"], "/"))
    return out


def window_jobs():
    cust = customers()
    out = []
    for r in rows("window_jobs.csv"):
        c = cust[int(r["customer_id"])]
        j = dict(id=int(r["job_id"]), date=dmy(r["date"], "/"), cid=c["id"], cleaner=fold(r["cleaner"]),
                 service=fold(r["service"]), price=cash(r["price"]), minutes=num(r["minutes"]), paid=fold(r["paid"]),
                 status=fold(r["status"]), area=c["area"], prop=c["prop"])
        j["done"] = j["status"] == "done"
        assert j["status"] in ("done", "rained off", "no access", "cancelled"), j
        assert j["done"] == (j["price"] not in (None, 0.0)), j
        assert j["done"] or (j["minutes"] is None and j["paid"] == ""), j
        out.append(j)
    return out


def bookings():
    out = []
    for r in rows("lane_bookings.csv"):
        st = fold(r["status"]).replace("-", " ")
        assert st in ("attended", "cancelled", "no show"), st
        lane = r["lane"].strip().lower().replace("lane", "").strip()
        b = dict(ref=r["booking_ref"], created=dt.datetime.strptime(r["created"], "%Y-%m-%d %H:%M"),
                 start=dt.datetime.fromisoformat(r["session_start"]), end=dt.datetime.fromisoformat(r["session_end"]),
                 pool=fold(r["pool"]), lane=int(lane) if lane else None, activity=fold(r["activity"]),
                 by=fold(r["booked_by"]), swimmers=num(r["swimmers"]), fee=cash(r["fee"]) or 0.0, status=st)
        b["minutes"] = (b["end"] - b["start"]).total_seconds() / 60
        if st == "cancelled":
            assert b["fee"] == 0
        out.append(b)
    return out


def shifts():
    out = []
    for r in rows("truck_shifts.csv"):
        s = dict(date=mdy(r["date"]), truck=fold(r["truck"]), shift=fold(r["shift"]), stop=fold(r["stop"]),
                 weather=fold(r["weather"]), hours=num(r["hours_open"]), orders=num(r["orders"]),
                 revenue=cash(r["revenue"]), waste=num(r["waste_portions"]), status=fold(r["status"]))
        s["traded"] = s["status"] == "traded"
        assert s["status"] in ("traded", "rained out", "broke down", "event cancelled")
        if s["traded"]:
            assert s["orders"] and s["revenue"] and s["hours"]
        else:
            assert not s["orders"] and not s["revenue"] and not s["hours"] and s["waste"] is None
        out.append(s)
    return out


def ledger():
    out = []
    for r in rows("storage_ledger.csv"):
        if r["status"].strip().lower() == "void":
            continue
        assert r["status"].strip() == ""
        out.append(dict(entry=r["entry"], date=dmy(r["posted"], "."), unit=r["unit"].strip().upper(),
                        size=fold(r["size"]), tenant=" ".join(r["tenant"].split()), type=fold(r["type"]),
                        amount=euro(r["amount"]), method=fold(r["method"])))
    return out


def ledger_voids():
    return [r for r in rows("storage_ledger.csv") if r["status"].strip().lower() == "void"]


def tree_jobs():
    out = []
    for r in rows("tree_jobs.csv"):
        t = dict(no=r["quote_no"], quoted=dmony(r["quoted_on"]), client=fold(r["client_type"]), work=fold(r["work"]),
                 species=fold(r["species"]), trees=num(r["trees"]), quote=cash(r["quote"]), outcome=fold(r["outcome"]),
                 job=dmony(r["job_date"]) if r["job_date"].strip() else None, crew=fold(r["crew"]),
                 invoiced=cash(r["invoiced"]), hours=num(r["crew_hours"]))
        assert t["outcome"] in ("completed", "booked", "lost", "cancelled", "pending"), t
        assert (t["invoiced"] is not None) == (t["outcome"] == "completed")
        assert (t["job"] is not None) == (t["outcome"] in ("completed", "booked"))
        out.append(t)
    return out


WJ, CU, BK, SH, LG, TJ = window_jobs(), customers(), bookings(), shifts(), ledger(), tree_jobs()


# ----------------------------------------------------------------------------------------------
# guards and labels

def top(d, lowest=False, margin=0.02):
    """The key with the largest (smallest) value; it must beat the runner-up by more than margin."""
    items = sorted(d.items(), key=lambda kv: kv[1], reverse=not lowest)
    (k1, v1), (k2, v2) = items[0], items[1]
    if lowest:
        assert v2 > v1 * (1 + margin) + 1e-9, f"tie for lowest: {items[:3]}"
    else:
        assert v1 > v2 * (1 + margin) + 1e-9, f"tie for top: {items[:3]}"
    return k1


def count_gt(values, threshold):
    values = list(values)
    assert all(abs(v - threshold) > 1e-9 for v in values), f"a value equals the threshold {threshold}"
    return sum(1 for v in values if v > threshold)


def positive(x):
    assert x > 0, x
    return x


def same(a, b):
    assert (a == b) if not isinstance(a, float) else abs(a - b) < 1e-9, (a, b)
    return a


def mean(xs):
    xs = list(xs)
    assert xs
    return sum(xs) / len(xs)


def ordinal(n):
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def lab_date(d, own):
    m, mon = MONTH_NAMES[d.month - 1], MONTH_NAMES[d.month - 1][:3]
    return [f"{d.day} {m}", f"{m} {d.day}", f"{ordinal(d.day)} {m}", f"{m} {ordinal(d.day)}", f"{mon} {d.day}",
            f"{d.day} {mon}", d.isoformat(), own]


def lab_month(year, month, with_year=False):
    m = MONTH_NAMES[month - 1]
    out = [f"{m} {year}", f"{year}-{month:02d}", f"{m[:3]} {year}"]
    return out if with_year else [m] + out


def lab_weekday(i):
    return [WEEKDAYS[i], WEEKDAYS[i] + "s"]


def lab_hour(h):
    h12 = h % 12 or 12
    ap = "am" if h < 12 else "pm"
    out = [f"{h:02d}:00", f"{h}:00", f"{h12} {ap}", f"{h12}{ap}", f"{h12}:00 {ap}", f"{h12}:00{ap}",
           f"{h12} {ap.upper()}", f"{h12}{ap.upper()}", f"{h12}:00 {ap.upper()}"]
    if h == 12:
        out += ["noon", "midday"]
    return out


def title(s):
    return " ".join(w[:1].upper() + w[1:] for w in s.split())


def money_t(x, unit):
    return {"number": round(x, 6), "unit": unit}


def count_t(n, unit):
    return {"number": n, "unit": unit}


def pct_t(part, whole):
    return {"number": round(100.0 * part / whole, 6), "unit": "%"}


QUESTIONS = []


def q(dataset, question, note):
    def deco(fn):
        QUESTIONS.append(dict(dataset=dataset, question=question, note=note, fn=fn))
        return fn
    return deco


def in_month(d, y, m):
    return d.year == y and d.month == m


def in_months(d, y, m1, m2):
    return d.year == y and m1 <= d.month <= m2


# ----------------------------------------------------------------------------------------------
# window cleaning round (window_jobs.csv, customers.csv)

W = ["window_jobs.csv"]
WC = ["window_jobs.csv", "customers.csv"]
DONE = [j for j in WJ if j["done"]]


@q(W, "How much did we charge for all the window cleaning jobs we actually did in 2024?",
   "Sum of price over status Done (owed jobs included: they were charged). Other statuses carry no charge.")
def _():
    return money_t(sum(j["price"] for j in DONE), "£")


@q(W, "how many jobs got rained off in 2024?", "Rows with status Rained off (each rebooked visit is its own row).")
def _():
    return count_t(sum(1 for j in WJ if j["status"] == "rained off"), "jobs")


@q(W, "Which of the cleaners actually completed the most jobs?",
   "Count of Done jobs per cleaner (names folded). Counting every row (rain-offs too) would be a near tie, "
   "hence 'actually completed'.")
def _():
    a = top(Counter(j["cleaner"] for j in DONE))
    return {"label": [title(a)]}


@q(W, "What's the average price of an inside and out clean?", "Mean price of Done jobs with service Inside & out.")
def _():
    return money_t(mean(j["price"] for j in DONE if j["service"] == "inside & out"), "£")


@q(W, "Which month had the most rain-offs?", "Rained off rows per month of the date (dd/mm/yyyy).")
def _():
    m = top(Counter(j["date"].month for j in WJ if j["status"] == "rained off"))
    return {"label": lab_month(2024, m)}


@q(W, "How many jobs were cancelled between April and June?",
   "Status Cancelled with a date in April-June 2024 (Rained off and No access are not cancellations).")
def _():
    return count_t(sum(1 for j in WJ if j["status"] == "cancelled" and in_months(j["date"], 2024, 4, 6)), "jobs")


@q(W, "What percentage of the jobs we did were paid in cash?", "Done jobs with paid = Cash over all Done jobs.")
def _():
    return pct_t(sum(1 for j in DONE if j["paid"] == "cash"), len(DONE))


@q(W, "How much money do customers still owe us?", "Sum of price over Done jobs with paid = Owed.")
def _():
    return money_t(sum(j["price"] for j in DONE if j["paid"] == "owed"), "£")


@q(W, "On average how many minutes does Kerry spend on a job?",
   "Mean minutes over Kerry's Done jobs with a number of minutes (n/a, unknown, ?, blank skipped).")
def _():
    return count_t(round(mean(j["minutes"] for j in DONE if j["cleaner"] == "kerry" and j["minutes"] is not None), 6),
                   "min")


@q(W, "How many different customers did we clean for in June?",
   "Distinct customer ids (as numbers: 42 = 0042) over Done jobs dated June 2024.")
def _():
    return count_t(len({j["cid"] for j in DONE if in_month(j["date"], 2024, 6)}), "customers")


@q(W, "How much more did we charge in July to September than in April to June?",
   "Sum of Done prices in Q3 2024 minus Q2 2024 (positive).")
def _():
    q3 = sum(j["price"] for j in DONE if in_months(j["date"], 2024, 7, 9))
    q2 = sum(j["price"] for j in DONE if in_months(j["date"], 2024, 4, 6))
    return money_t(positive(q3 - q2), "£")


@q(W, "Of the extras - gutters, conservatory roofs and fascias - which one earned us the most?",
   "Sum of Done prices for Gutter clear, Conservatory roof, Fascia & soffit.")
def _():
    a = top({s: sum(j["price"] for j in DONE if j["service"] == s)
             for s in ("gutter clear", "conservatory roof", "fascia & soffit")})
    return {"label": {"gutter clear": ["Gutter clear", "gutter clears", "gutter clearing", "gutter cleaning"]}[a]}


@q(W, "What day of the week do we get through the most jobs?",
   "Done jobs per weekday of the date; the same day counting every row.")
def _():
    a = top(Counter(j["date"].weekday() for j in DONE))
    same(a, top(Counter(j["date"].weekday() for j in WJ)))
    return {"label": lab_weekday(a)}


@q(WC, "Which area brings in the most money?",
   "Done prices summed by the customer's area (customers.csv, joined on customer_id as a number).")
def _():
    a = top(defaultdict(float, {k: v for k, v in _sum_by(DONE, "area").items()}))
    return {"label": [title(a)]}


def _sum_by(js, key, field="price"):
    out = defaultdict(float)
    for j in js:
        out[j[key]] += j[field]
    return out


@q(WC, "How many jobs did we do at detached houses?", "Done jobs whose customer's property_type is Detached.")
def _():
    return count_t(sum(1 for j in DONE if j["prop"] == "detached"), "jobs")


@q(WC, "What's the average price per job for customers in Moseley?",
   "Mean price over Done jobs of customers whose area is Moseley.")
def _():
    return money_t(mean(j["price"] for j in DONE if j["area"] == "moseley"), "£")


@q(["customers.csv"], "How many customers are on an 8-weekly round?",
   "customers.csv rows whose frequency is 8-weekly (spelled 8-weekly, 8 weekly or every 8 weeks).")
def _():
    return count_t(sum(1 for c in CU.values() if c["freq"] == "8-weekly"), "customers")


@q(["customers.csv"], "how many customers have we got in harborne", "customers.csv rows with area Harborne.")
def _():
    return count_t(sum(1 for c in CU.values() if c["area"] == "harborne"), "customers")


@q(WC, "What did we charge shops altogether in 2024?",
   "Sum of Done prices for customers whose property_type is Shop.")
def _():
    return money_t(sum(j["price"] for j in DONE if j["prop"] == "shop"), "£")


@q(W, "How many gutter clears did Dave do?", "Done jobs with service Gutter clear and cleaner Dave.")
def _():
    return count_t(sum(1 for j in DONE if j["service"] == "gutter clear" and j["cleaner"] == "dave"), "jobs")


@q(W, "Leaving out jobs with no time written down, what did we charge per hour of work in August?",
   "Done jobs in August 2024 with a number of minutes: sum of price / (sum of minutes / 60).")
def _():
    js = [j for j in DONE if in_month(j["date"], 2024, 8) and j["minutes"] is not None]
    return money_t(sum(j["price"] for j in js) / (sum(j["minutes"] for j in js) / 60), "£/h")


@q(W, "What's the most we charged for a single job?", "Largest price of a Done job.")
def _():
    return money_t(max(j["price"] for j in DONE), "£")


@q(W, "What percentage of the jobs down for January got rained off?",
   "Rained off rows over all rows dated January 2024 (every status).")
def _():
    jan = [j for j in WJ if in_month(j["date"], 2024, 1)]
    return pct_t(sum(1 for j in jan if j["status"] == "rained off"), len(jan))


@q(WC, "Which type of property pays the most per job on average?",
   "Mean Done price by the customer's property_type.")
def _():
    by = defaultdict(list)
    for j in DONE:
        by[j["prop"]].append(j["price"])
    a = top({k: mean(v) for k, v in by.items()})
    return {"label": [title(a)]}


@q(WC, "On average, how long does a job at a bungalow take us, in minutes?",
   "Mean minutes over Done jobs at Bungalow customers with a number of minutes.")
def _():
    return count_t(round(mean(j["minutes"] for j in DONE if j["prop"] == "bungalow" and j["minutes"] is not None), 6),
                   "min")


@q(W, "How many visits did we lose because we couldn't get access?", "Rows with status No access.")
def _():
    return count_t(sum(1 for j in WJ if j["status"] == "no access"), "jobs")


@q(WC, "How many Kings Heath customers did we actually clean for in 2024?",
   "Distinct customer ids over Done jobs whose customer's area is Kings Heath.")
def _():
    return count_t(len({j["cid"] for j in DONE if j["area"] == "kings heath"}), "customers")


@q(W, "How much did our charges drop from November to December?",
   "Sum of Done prices in November 2024 minus December 2024 (positive).")
def _():
    return money_t(positive(sum(j["price"] for j in DONE if j["date"].month == 11)
                            - sum(j["price"] for j in DONE if j["date"].month == 12)), "£")


# ----------------------------------------------------------------------------------------------
# community pool bookings (lane_bookings.csv)

P = ["lane_bookings.csv"]
LIVE = [b for b in BK if b["status"] != "cancelled"]


@q(P, "How many bookings were cancelled?", "Rows with status Cancelled.")
def _():
    return count_t(sum(1 for b in BK if b["status"] == "cancelled"), "bookings")


@q(P, "How much did we take in booking fees altogether?",
   "Sum of fee over every row (cancelled bookings carry no fee; no-shows are charged).")
def _():
    return money_t(sum(b["fee"] for b in BK), "$")


@q(P, "On average, how many minutes is a club training booking? Leave out cancelled ones.",
   "Mean of session_end - session_start over Club training bookings not cancelled (a booking is one lane; asked per booking, not per session, since a session books two or three lanes).")
def _():
    return count_t(round(mean(b["minutes"] for b in LIVE if b["activity"] == "club training"), 6), "min")


@q(P, "How many lane-hours did the clubs book in March? Don't count cancelled sessions.",
   "Sum of (session_end - session_start) in hours over Club training bookings starting in March 2025, not "
   "cancelled (one booking per lane, so a 90-minute session on three lanes is 4.5 lane-hours).")
def _():
    return count_t(round(sum(b["minutes"] for b in LIVE if b["activity"] == "club training"
                             and in_month(b["start"], 2025, 3)) / 60, 6), "h")


@q(P, "Which activity brings in the most money?", "Sum of fee by activity.")
def _():
    return {"label": [title(top(_sum_by(BK, "activity", "fee")))]}


@q(P, "Of the lane swim bookings that weren't cancelled, what percentage were no-shows?",
   "Lane swim rows with status No-show over Lane swim rows not cancelled.")
def _():
    ls = [b for b in LIVE if b["activity"] == "lane swim"]
    return pct_t(sum(1 for b in ls if b["status"] == "no show"), len(ls))


@q(P, "What time of day is most popular for lane swimming?",
   "Lane swim bookings per start hour; the same hour with or without cancelled bookings.")
def _():
    a = top(Counter(b["start"].hour for b in BK if b["activity"] == "lane swim"))
    same(a, top(Counter(b["start"].hour for b in LIVE if b["activity"] == "lane swim")))
    return {"label": lab_hour(a)}


@q(P, "How many people come to an aqua aerobics class on average?",
   "Mean swimmers over attended Aqua aerobics bookings with a head count (unknown / n/a / not counted skipped).")
def _():
    return count_t(round(mean(b["swimmers"] for b in BK if b["activity"] == "aqua aerobics"
                              and b["status"] == "attended" and b["swimmers"] is not None), 6), "people")


@q(P, "On average, how many hours before the session do people book a lane swim? Leave out cancelled ones.",
   "Mean of (session_start - created) in hours over Lane swim bookings not cancelled. (Asked in hours: a lead "
   "in days would differ between exact times and calendar dates.)")
def _():
    return count_t(round(mean((b["start"] - b["created"]).total_seconds() / 3600 for b in LIVE
                              if b["activity"] == "lane swim"), 6), "h")


@q(P, "Which lane do lane swimmers book the most?", "Lane swim bookings per lane ('2' and 'Lane 2' alike).")
def _():
    a = top(Counter(b["lane"] for b in BK if b["activity"] == "lane swim"))
    same(a, top(Counter(b["lane"] for b in LIVE if b["activity"] == "lane swim")))
    return {"label": [f"lane {a}"]}


@q(P, "How many lane swims did guests actually turn up for in February?",
   "Lane swim bookings by Guest with status Attended starting in February 2025.")
def _():
    return count_t(sum(1 for b in BK if b["activity"] == "lane swim" and b["by"] == "guest"
                       and b["status"] == "attended" and in_month(b["start"], 2025, 2)), "bookings")


@q(P, "How much more did we take in fees in March than in February?",
   "Sum of fee by month of session_start: March 2025 minus February 2025 (positive).")
def _():
    mar = sum(b["fee"] for b in BK if in_month(b["start"], 2025, 3))
    feb = sum(b["fee"] for b in BK if in_month(b["start"], 2025, 2))
    return money_t(positive(mar - feb), "$")


@q(P, "Which month had the most no-shows?", "No-show rows per month of session_start.")
def _():
    return {"label": lab_month(2025, top(Counter(b["start"].month for b in BK if b["status"] == "no show")))}


@q(P, "What share of our fee income came from school swimming?",
   "Sum of fee for School swim over the sum of every fee.")
def _():
    return pct_t(sum(b["fee"] for b in BK if b["activity"] == "school swim"), sum(b["fee"] for b in BK))


@q(P, "How many swim lesson classes went ahead in May?",
   "Swim lesson bookings starting in May 2025 that were not cancelled (lessons have no no-shows; asserted).")
def _():
    assert not any(b["status"] == "no show" for b in BK if b["activity"] == "swim lesson")
    return count_t(sum(1 for b in LIVE if b["activity"] == "swim lesson" and in_month(b["start"], 2025, 5)),
                   "classes")


@q(P, "What's the average length of a private hire in minutes, not counting cancellations?",
   "Mean session length over Private hire bookings not cancelled.")
def _():
    return count_t(round(mean(b["minutes"] for b in LIVE if b["activity"] == "private hire"), 6), "min")


@q(P, "How many hours of swim lessons did we run in June?",
   "Sum of session length in hours over Swim lesson bookings in June 2025 not cancelled.")
def _():
    return count_t(round(sum(b["minutes"] for b in LIVE if b["activity"] == "swim lesson"
                             and in_month(b["start"], 2025, 6)) / 60, 6), "h")


@q(P, "What's the average number of swimmers on a club training booking?",
   "Mean swimmers over Club training bookings not cancelled with a head count (one booking per lane).")
def _():
    return count_t(round(mean(b["swimmers"] for b in LIVE if b["activity"] == "club training"
                              and b["swimmers"] is not None), 6), "swimmers")


@q(P, "How many bookings were made less than 24 hours before the session started?",
   "Rows (any status) with session_start - created under 24 hours; none is exactly 24 hours (asserted).")
def _():
    return count_t(count_gt([-(b["start"] - b["created"]).total_seconds() / 3600 for b in BK], -24), "bookings")


@q(P, "How much did the no-shows pay us in total?", "Sum of fee over No-show rows.")
def _():
    return money_t(sum(b["fee"] for b in BK if b["status"] == "no show"), "$")


@q(P, "avg fee for a private hire that actually went ahead?",
   "Mean fee over Private hire bookings with status Attended.")
def _():
    return money_t(mean(b["fee"] for b in BK if b["activity"] == "private hire" and b["status"] == "attended"), "$")


@q(P, "How many times did members turn up for a Saturday lane swim?",
   "Lane swim bookings by Member with status Attended whose session_start falls on a Saturday.")
def _():
    return count_t(sum(1 for b in BK if b["activity"] == "lane swim" and b["by"] == "member"
                       and b["status"] == "attended" and b["start"].weekday() == 5), "bookings")


@q(P, "Which day of the week brings in the most fee money?", "Sum of fee by weekday of session_start.")
def _():
    by = defaultdict(float)
    for b in BK:
        by[b["start"].weekday()] += b["fee"]
    return {"label": lab_weekday(top(by))}


# ----------------------------------------------------------------------------------------------
# food trucks, one row per truck per shift per day (truck_shifts.csv)

F = ["truck_shifts.csv"]
TR = [s for s in SH if s["traded"]]


@q(F, "What was our total revenue in July across both trucks?", "Sum of revenue over rows dated July 2024.")
def _():
    return money_t(sum(s["revenue"] for s in TR if in_month(s["date"], 2024, 7)), "$")


@q(F, "Counting only shifts we actually traded, which stop takes the most money per shift on average?",
   "Mean revenue per traded shift by stop. (Counting rained-out and cancelled shifts as 0 would make it a near "
   "tie, hence 'only shifts we actually traded'.)")
def _():
    by = defaultdict(list)
    for s in TR:
        by[s["stop"]].append(s["revenue"])
    return {"label": [title(top({k: mean(v) for k, v in by.items()}))]}


@q(F, "What's the average order value at Tech Campus?",
   "Sum of revenue / sum of orders over traded shifts at Tech Campus.")
def _():
    ts = [s for s in TR if s["stop"] == "tech campus"]
    return money_t(sum(s["revenue"] for s in ts) / sum(s["orders"] for s in ts), "$")


@q(F, "how many shifts did we lose to rain", "Rows with status Rained out.")
def _():
    return count_t(sum(1 for s in SH if s["status"] == "rained out"), "shifts")


@q(F, "Which truck took more money in June?", "Sum of revenue by truck over June 2024.")
def _():
    return {"label": [title(top(_sum_by([s for s in TR if in_month(s["date"], 2024, 6)], "truck", "revenue")))]}


@q(F, "How many orders did we serve in the second quarter?",
   "Sum of orders over April-June 2024 (the file runs April-October 2024).")
def _():
    return count_t(int(sum(s["orders"] for s in TR if in_months(s["date"], 2024, 4, 6))), "orders")


@q(F, "How much do dinner shifts make per hour we're open?",
   "Sum of revenue / sum of hours_open over traded Dinner shifts.")
def _():
    ds = [s for s in TR if s["shift"] == "dinner"]
    return money_t(sum(s["revenue"] for s in ds) / sum(s["hours"] for s in ds), "$/h")


@q(F, "What share of our revenue came from dinner shifts?", "Dinner revenue over all revenue.")
def _():
    return pct_t(sum(s["revenue"] for s in TR if s["shift"] == "dinner"), sum(s["revenue"] for s in TR))


@q(F, "What was Fuego Tacos' best day? I mean the date it took the most, lunch and dinner together.",
   "Sum of Fuego Tacos revenue per date (lunch + dinner); the top date.")
def _():
    d = top(_sum_by([s for s in TR if s["truck"] == "fuego tacos"], "date", "revenue"))
    return {"label": lab_date(d, f"{d.month}/{d.day}/{d.year}")}


@q(F, "How many different days did Bao Wow actually trade?",
   "Distinct dates with a traded Bao Wow shift (lunch or dinner).")
def _():
    return count_t(len({s["date"] for s in TR if s["truck"] == "bao wow"}), "days")


@q(F, "How much did revenue drop from August to September?",
   "Sum of revenue in August 2024 minus September 2024 (positive).")
def _():
    return money_t(positive(sum(s["revenue"] for s in TR if s["date"].month == 8)
                            - sum(s["revenue"] for s in TR if s["date"].month == 9)), "$")


@q(F, "Which day of the week do we get the most orders?",
   "Sum of orders by weekday; the same day by orders per trading day of that weekday.")
def _():
    tot = defaultdict(float)
    for s in TR:
        tot[s["date"].weekday()] += s["orders"]
    a = top(tot)
    ndays = Counter(d.weekday() for d in {s["date"] for s in TR})
    same(a, top({k: v / ndays[k] for k, v in tot.items()}))
    return {"label": lab_weekday(a)}


@q(F, "On average how many orders does a lunch shift at Riverside Park get, when we actually trade?",
   "Mean orders over traded Lunch shifts at Riverside Park.")
def _():
    return count_t(round(mean(s["orders"] for s in TR if s["shift"] == "lunch" and s["stop"] == "riverside park"), 6),
                   "orders")


@q(F, "How many shifts did we lose to breakdowns?", "Rows with status Broke down.")
def _():
    return count_t(sum(1 for s in SH if s["status"] == "broke down"), "shifts")


@q(F, "How many portions did we throw away in June? Skip shifts where waste wasn't written down.",
   "Sum of waste_portions over June 2024 rows with a number (n/a, unknown, not recorded, blank skipped).")
def _():
    return count_t(int(sum(s["waste"] for s in TR if in_month(s["date"], 2024, 6) and s["waste"] is not None)),
                   "portions")


@q(F, "Which month brought in the most revenue?", "Sum of revenue by month.")
def _():
    return {"label": lab_month(2024, top(Counter({m: sum(s["revenue"] for s in TR if s["date"].month == m)
                                                   for m in range(4, 11)})))}


@q(F, "How many hours was Fuego Tacos open in total?", "Sum of hours_open over Fuego Tacos rows (traded).")
def _():
    return count_t(round(sum(s["hours"] for s in TR if s["truck"] == "fuego tacos"), 6), "h")


@q(F, "On shifts we actually traded, how much more does an average sunny shift take than a rainy one?",
   "Mean revenue of traded shifts with weather Sunny minus mean of traded shifts with weather Rain (Hot and "
   "Cloudy are neither).")
def _():
    return money_t(positive(mean(s["revenue"] for s in TR if s["weather"] == "sunny")
                            - mean(s["revenue"] for s in TR if s["weather"] == "rain")), "$")


@q(F, "How many shifts took more than $1,500?", "Traded rows with revenue over 1500 (none equals it; asserted).")
def _():
    return count_t(count_gt([s["revenue"] for s in TR], 1500), "shifts")


@q(F, "Where did we park up most often?",
   "Traded shifts per stop; the same stop counting every scheduled shift.")
def _():
    a = top(Counter(s["stop"] for s in TR))
    same(a, top(Counter(s["stop"] for s in SH)))
    return {"label": [title(a)]}


@q(F, "What percentage of our shifts didn't go ahead?",
   "Rows whose status is not Traded (rained out, broke down, event cancelled) over all rows.")
def _():
    return pct_t(sum(1 for s in SH if not s["traded"]), len(SH))


@q(F, "What's Bao Wow's average ticket?", "Sum of revenue / sum of orders over traded Bao Wow shifts.")
def _():
    bs = [s for s in TR if s["truck"] == "bao wow"]
    return money_t(sum(s["revenue"] for s in bs) / sum(s["orders"] for s in bs), "$")


# ----------------------------------------------------------------------------------------------
# self-storage ledger, signed euros (storage_ledger.csv)

S = ["storage_ledger.csv"]


def _typed(t):
    return [l for l in LG if l["type"] == t]


@q(S, "What's the net total of the ledger for 2024, ignoring void lines?",
   "Sum of every amount (signed) over rows not VOID.")
def _():
    return money_t(sum(l["amount"] for l in LG), "€")


@q(S, "How many refunds did we give out?", "Rows of type Refund (not void). Deposit returns are a type of their own.")
def _():
    return count_t(len(_typed("refund")), "refunds")


@q(S, "How much rent did we collect in the third quarter?", "Sum of Rent lines posted July-September 2024.")
def _():
    return money_t(sum(l["amount"] for l in _typed("rent") if in_months(l["date"], 2024, 7, 9)), "€")


@q(S, "How many late fees did we charge?", "Rows of type Late fee (not void).")
def _():
    return count_t(len(_typed("late fee")), "late fees")


@q(S, "Which unit size brings in the most rent?",
   "Sum of Rent lines by size (folded); the same size net of Refund lines.")
def _():
    a = top(_sum_by(_typed("rent"), "size", "amount"))
    same(a, top(_sum_by(_typed("rent") + _typed("refund"), "size", "amount")))
    return {"label": [{"xl": "XL"}.get(a, title(a))]}


@q(S, "What's the average rent payment on a large unit?", "Mean amount of Rent lines for size Large.")
def _():
    return money_t(mean(l["amount"] for l in _typed("rent") if l["size"] == "large"), "€")


@q(S, "How many different tenants paid rent in December?", "Distinct tenant names on Rent lines posted in December.")
def _():
    return count_t(len({l["tenant"] for l in _typed("rent") if l["date"].month == 12}), "tenants")


@q(S, "Leaving out deposits, what percentage of all the money coming in was insurance?",
   "Sum of Insurance lines over the sum of every positive amount that is not a Deposit (negative lines are "
   "money going out).")
def _():
    return pct_t(sum(l["amount"] for l in _typed("insurance")),
                 sum(l["amount"] for l in LG if l["amount"] > 0 and l["type"] != "deposit"))


@q(S, "In which month did we collect the least rent?", "Sum of Rent lines by month posted; the lowest month.")
def _():
    return {"label": lab_month(2024, top({m: sum(l["amount"] for l in _typed("rent") if l["date"].month == m)
                                          for m in range(1, 13)}, lowest=True))}


@q(S, "How many entries were voided?", "Rows with status VOID, any case.")
def _():
    return count_t(len(ledger_voids()), "entries")


@q(S, "How much more did we take in deposits than we paid back in deposit returns?",
   "Sum of Deposit lines plus the sum of Deposit return lines (negative).")
def _():
    return money_t(positive(sum(l["amount"] for l in _typed("deposit"))
                            + sum(l["amount"] for l in _typed("deposit return"))), "€")


@q(S, "What did the XL units bring in, net, in the first half of the year?",
   "Sum of every (signed) amount for size XL posted January-June 2024.")
def _():
    return money_t(sum(l["amount"] for l in LG if l["size"] == "xl" and in_months(l["date"], 2024, 1, 6)), "€")


@q(S, "Which payment method do most payments come in by?",
   "Positive rows per method; the same method by euros.")
def _():
    a = top(Counter(l["method"] for l in LG if l["amount"] > 0))
    same(a, top(_sum_by([l for l in LG if l["amount"] > 0], "method", "amount")))
    return {"label": ["SEPA", "direct debit"] if a == "sepa" else [title(a)]}


@q(S, "average late fee?", "Mean amount of Late fee lines.")
def _():
    return money_t(mean(l["amount"] for l in _typed("late fee")), "€")


@q(S, "How many referral credits did we hand out?", "Rows of type Referral credit (not void).")
def _():
    return count_t(len(_typed("referral credit")), "credits")


@q(S, "Which tenant paid us the most in 2024?", "Net sum of amounts per tenant name (walk-in shop customers aside).")
def _():
    a = top(_sum_by([l for l in LG if l["tenant"] != "Walk-in customer"], "tenant", "amount"), margin=0.5)
    assert a == "Keller Umzüge GmbH"
    return {"label": ["Keller Umzüge GmbH", "Keller Umzüge", "Keller Umzuge", "Keller"]}


@q(S, "How much more rent came in in December than in January?",
   "Sum of Rent lines posted in December minus January 2024 (positive).")
def _():
    return money_t(positive(sum(l["amount"] for l in _typed("rent") if l["date"].month == 12)
                            - sum(l["amount"] for l in _typed("rent") if l["date"].month == 1)), "€")


@q(S, "How many units were let in March?", "Distinct units (case folded) with a Rent line posted in March 2024.")
def _():
    return count_t(len({l["unit"] for l in _typed("rent") if l["date"].month == 3}), "units")


@q(S, "What did shop sales come to for the year?", "Sum of Shop sale lines (padlocks and boxes).")
def _():
    return money_t(sum(l["amount"] for l in _typed("shop sale")), "€")


@q(S, "what was the net total for Q2", "Sum of every (signed) amount posted April-June 2024.")
def _():
    return money_t(sum(l["amount"] for l in LG if in_months(l["date"], 2024, 4, 6)), "€")


@q(S, "How many tenants paid a deposit in 2024?", "Distinct tenants with a Deposit line.")
def _():
    return count_t(len({l["tenant"] for l in _typed("deposit")}), "tenants")


@q(S, "How much did insurance bring in over the year?", "Sum of Insurance lines.")
def _():
    return money_t(sum(l["amount"] for l in _typed("insurance")), "€")


@q(S, "What did refunds and referral credits cost us between them?",
   "Minus the sum of Refund and Referral credit lines (both negative), so a positive amount.")
def _():
    return money_t(positive(-sum(l["amount"] for l in LG if l["type"] in ("refund", "referral credit"))), "€")


# ----------------------------------------------------------------------------------------------
# tree surgery quotes and jobs (tree_jobs.csv)

E = ["tree_jobs.csv"]
COMP = [t for t in TJ if t["outcome"] == "completed"]


@q(E, "What percentage of our quotes turned into completed jobs? Leave out the ones still pending or booked in "
      "for later.",
   "Completed over all quotes except Pending and Booked (Lost and Cancelled stay in the denominator).")
def _():
    base = [t for t in TJ if t["outcome"] not in ("pending", "booked")]
    return pct_t(len([t for t in base if t["outcome"] == "completed"]), len(base))


@q(E, "How much did we invoice for work done in 2024?", "Sum of invoiced over Completed jobs with a 2024 job_date.")
def _():
    return money_t(sum(t["invoiced"] for t in COMP if t["job"].year == 2024), "£")


@q(E, "On average, how many days are there between quoting a felling and doing the job?",
   "Mean of job_date - quoted_on in days over Completed Felling jobs.")
def _():
    return count_t(round(mean((t["job"] - t["quoted"]).days for t in COMP if t["work"] == "felling"), 6), "days")


@q(E, "Which crew brought in the most money?", "Sum of invoiced by crew over Completed jobs.")
def _():
    return {"label": [title(top(_sum_by(COMP, "crew", "invoiced")))]}


@q(E, "What's the average invoice for stump grinding?", "Mean invoiced over Completed Stump grinding jobs.")
def _():
    return money_t(mean(t["invoiced"] for t in COMP if t["work"] == "stump grinding"), "£")


@q(E, "Which tree species have we done the most felling jobs on?",
   "Completed Felling jobs counted per species (jobs, not trees: by trees felled another species leads).")
def _():
    return {"label": [title(top(Counter(t["species"] for t in COMP if t["work"] == "felling")))]}


@q(E, "How many council jobs did we complete in 2025?", "Completed jobs for client_type Council with a 2025 job_date.")
def _():
    return count_t(sum(1 for t in COMP if t["client"] == "council" and t["job"].year == 2025), "jobs")


@q(E, "Across the jobs we've completed, how much more did we invoice than we quoted?",
   "Sum of invoiced minus sum of quote over Completed jobs (positive).")
def _():
    return money_t(positive(sum(t["invoiced"] - t["quote"] for t in COMP)), "£")


@q(E, "Which month did we send out the fewest quotes?",
   "Rows per month of quoted_on (January 2024 - June 2025, every month present); the lowest month.")
def _():
    c = Counter((t["quoted"].year, t["quoted"].month) for t in TJ)
    assert len(c) == 18
    y, m = top(c, lowest=True)
    return {"label": lab_month(y, m, with_year=True)}


@q(E, "How much do we invoice per crew hour?",
   "Sum of invoiced / sum of crew_hours over Completed jobs (every completed job has crew hours; asserted).")
def _():
    assert all(t["hours"] is not None for t in COMP)
    return money_t(sum(t["invoiced"] for t in COMP) / sum(t["hours"] for t in COMP), "£/h")


@q(E, "How many trees have we felled in total? Ignore jobs where the number of trees isn't known.",
   "Sum of trees over Completed Felling jobs with a number (several, tbc, ?, blank skipped).")
def _():
    return count_t(int(sum(t["trees"] for t in COMP if t["work"] == "felling" and t["trees"] is not None)), "trees")


@q(E, "What share of the money we invoiced came from commercial clients?",
   "Invoiced for client_type Commercial over all invoiced (Completed jobs).")
def _():
    return pct_t(sum(t["invoiced"] for t in COMP if t["client"] == "commercial"), sum(t["invoiced"] for t in COMP))


@q(E, "What's the biggest single invoice we've sent?", "Largest invoiced.")
def _():
    return money_t(max(t["invoiced"] for t in COMP), "£")


@q(E, "How much more did we invoice in January-March 2025 than in January-March 2024?",
   "Sum of invoiced by job_date: Q1 2025 minus Q1 2024 (positive).")
def _():
    return money_t(positive(sum(t["invoiced"] for t in COMP if in_months(t["job"], 2025, 1, 3))
                            - sum(t["invoiced"] for t in COMP if in_months(t["job"], 2024, 1, 3))), "£")


@q(E, "how many quotes are we still waiting to hear back on?", "Rows with outcome Pending.")
def _():
    return count_t(sum(1 for t in TJ if t["outcome"] == "pending"), "quotes")


@q(E, "What's the average quote for a hedge trim?", "Mean quote over every Hedge trim row (any outcome).")
def _():
    return money_t(mean(t["quote"] for t in TJ if t["work"] == "hedge trim"), "£")


@q(E, "Of the jobs we've done, what's the longest gap between the quote and the job, in days?",
   "Largest job_date - quoted_on over Completed jobs.")
def _():
    return count_t(max((t["job"] - t["quoted"]).days for t in COMP), "days")


@q(E, "Which type of work did we lose the most quotes for?", "Lost rows per work type.")
def _():
    return {"label": [title(top(Counter(t["work"] for t in TJ if t["outcome"] == "lost")))]}


@q(E, "How many crew hours does a crown reduction take on average?",
   "Mean crew_hours over Completed Crown reduction jobs.")
def _():
    return count_t(round(mean(t["hours"] for t in COMP if t["work"] == "crown reduction"), 6), "h")


@q(E, "How many different tree species did we work on in 2024?",
   "Distinct species (folded) over Completed jobs with a 2024 job_date.")
def _():
    return count_t(len({t["species"] for t in COMP if t["job"].year == 2024}), "species")


@q(E, "How many of the quotes we sent in 2024 ended up cancelled?", "Rows with outcome Cancelled quoted in 2024.")
def _():
    return count_t(sum(1 for t in TJ if t["outcome"] == "cancelled" and t["quoted"].year == 2024), "quotes")


@q(E, "How many jobs are booked in but not done yet?", "Rows with outcome Booked (won, job date after the export).")
def _():
    return count_t(sum(1 for t in TJ if t["outcome"] == "booked"), "jobs")


@q(E, "Which kind of client gives us the biggest jobs on average?", "Mean invoiced by client_type over Completed jobs.")
def _():
    by = defaultdict(list)
    for t in COMP:
        by[t["client"]].append(t["invoiced"])
    return {"label": [title(top({k: mean(v) for k, v in by.items()}))]}


def main():
    out = []
    failed = 0
    for i, qq in enumerate(QUESTIONS, 1):
        try:
            truth = qq["fn"]()
        except AssertionError as e:
            print(f"s14-{i:03d}  GUARD FAILED: {e}  {qq['question']}")
            failed += 1
            continue
        out.append({"id": f"s14-{i:03d}", "dataset": qq["dataset"], "question": qq["question"], "truth": truth,
                    "note": qq["note"]})
        print(f"s14-{i:03d}  {json.dumps(truth, ensure_ascii=False)[:110]}  {qq['question']}")
    if failed:
        print(f"{failed} guard(s) failed; questions.json not written")
        sys.exit(1)
    if "--print" not in sys.argv:
        with open(HERE / "questions.json", "w", encoding="utf-8") as f:
            json.dump(out, f, indent=1, ensure_ascii=False)
            f.write("\n")
        print(f"wrote {len(out)} questions")


if __name__ == "__main__":
    main()
