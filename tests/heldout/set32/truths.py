#!/usr/bin/env python3
"""Held-out set 32: computes every truth from the committed CSVs and writes questions.json.

    python3 truths.py [--print] [--debug] [--collect]

Reading rules (each question's note says how it was read):
- Money: currency sign, spaces and thousands commas stripped; a leading minus is negative. A value that is not a
  number (tbc, n/a, blank, "meter fault", "don't know"...) is left out of sums and averages, never counted as 0.
- Names are folded: trimmed, inner spaces removed, case ignored, with the synonyms of each dataset below.
- tyre_jobs: fitted = Status Fitted / Done; cancelled = Status starting "cancel"; still booked = Booked / Pending.
  A fitted job belongs to its Fitted date. Wait = Fitted - Booked in days. The tyre range is joined on the
  integer value of the code. "On account" = Invoice.
- cricket_club_ledger: dates d/m/yyyy; rows whose Note contains "void" never count; money in = positive
  amounts, money out = negative amounts reported as positive (refunds included).
- heat_pump_daily: a row is a day; electricity / heat are the number in the cell ("12.4 kWh" = 12.4); cost of a
  day = kWh x unit rate (pence) / 100; efficiency = total heat / total electricity over days with both numbers.
- seed_sales_monthly: a row is a variety; month cells are packets; "-", "0" and blank are no sales, "n/a" not
  listed; revenue = packets x Packet Price.
- residents_survey: a row is a response; satisfaction is its leading digit; "Don't use" / "N/A" bus answers
  are not ratings; part-of-parish spellings folded ("Milford" = Millford).
"""

import csv
import datetime as dt
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
ARGS = set(sys.argv[1:])
FAILS = []


def guard(cond, msg):
    if not cond:
        if "--collect" in ARGS:
            FAILS.append(msg)
        else:
            raise SystemExit(f"guard failed: {msg}")


def read(name):
    with open(DATA / name, newline="", encoding="utf-8") as f:
        return list(csv.reader(f))


def num(s):
    s = (s or "").strip().replace("£", "").replace(",", "").replace("kWh", "").replace("Mbps", "").strip()
    try:
        return float(s)
    except ValueError:
        return None


def fold(s):
    return re.sub(r"\s+", "", (s or "")).lower()


def dmy(s):
    d, m, y = s.strip().split(" ")[0].split("/")
    return dt.date(int(y), int(m), int(d))


def top(counter, margin=0.05, name=""):
    """The leader, guarded to lead the next by more than margin."""
    items = sorted(counter.items(), key=lambda kv: -kv[1])
    if "--debug" in ARGS:
        print(f"  [{name}] " + ", ".join(f"{k}={v:.2f}" for k, v in items[:5]))
    guard(len(items) < 2 or items[0][1] > items[1][1] * (1 + margin), f"{name}: near tie {items[:3]}")
    return items


def positive(x, name):
    guard(x > 0, f"{name}: not positive ({x})")
    return x


def away(values, threshold, gap, name):
    guard(all(abs(v - threshold) > gap for v in values), f"{name}: value near threshold {threshold}")


def r6(x):
    return round(x, 6) if isinstance(x, float) else x


def N(x, unit=""):
    return {"number": r6(x), "unit": unit}


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def month_label(y, m):
    full = MONTHS[m - 1]
    out = [full, f"{full} {y}", f"{y}-{m:02d}"]
    if full != "May":
        out.insert(1, full[:3])
        out.append(f"{full[:3]} {y}")
    if m == 9:
        out.append("Sept")
    return out


def day_label(d):
    full = MONTHS[d.month - 1]
    ab = full[:3]
    return [f"{d.day} {full} {d.year}", f"{d.day} {ab} {d.year}", f"{full} {d.day}, {d.year}",
            f"{ab} {d.day}, {d.year}", d.isoformat(), d.strftime("%d/%m/%Y"), f"{d.day}/{d.month}/{d.year}"]


WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

QS = []


def q(dataset, question, note, truth):
    QS.append({"dataset": dataset, "question": question, "note": note, "truth": truth})


# =============================================================================================
# tyre jobs + range

TJ = ["tyre_jobs.csv"]
TJR = ["tyre_jobs.csv", "tyre_range.csv"]
rows = read("tyre_jobs.csv")
H = rows[0]
jobs = [dict(zip(H, r)) for r in rows[1:]]
rng = {}
for r in read("tyre_range.csv")[1:]:
    rng[int(r[0])] = {"brand": r[1].strip(), "size": r[2].strip(), "season": fold(r[3]).replace("-", ""),
                      "rim": int(re.match(r"\d+", r[4]).group()), "list": num(r[5])}
AREA = {"thornbury": "Thornbury", "millbrook": "Millbrook", "hadley": "Hadley", "kingsford": "Kingsford",
        "oakham": "Oakham"}
for j in jobs:
    st = fold(j["Status"])
    j["fitted"] = st in ("fitted", "done")
    j["cancelled"] = st.startswith("cancel")
    j["open"] = st in ("booked", "pending")
    assert j["fitted"] + j["cancelled"] + j["open"] == 1, j
    j["b"] = dmy(j["Booked"])
    j["f"] = dmy(j["Fitted"]) if j["fitted"] else None
    j["price"] = num(j["Price"])
    j["qty"] = int(j["Qty"])
    j["area"] = AREA[fold(j["Area"])]
    j["cust"] = fold(j["Customer Type"]).capitalize()
    pb = fold(j["Paid By"])
    j["paid"] = "Invoice" if pb in ("invoice", "onaccount") else pb.capitalize()
    j["t"] = rng[int(j["Tyre Code"])]
fit = [j for j in jobs if j["fitted"]]


def fsum(js):
    return sum(j["price"] for j in js if j["price"] is not None)


q(TJ, "How many tyre jobs did we actually fit in 2024?", "fitted jobs (Fitted / Done) with a Fitted date in 2024",
  N(sum(1 for j in fit if j["f"].year == 2024), "jobs"))
q(TJ, "What did the fitted jobs bring in during 2025, up to the end of September?",
  "sum of numeric Price of fitted jobs fitted 1 Jan - 30 Sep 2025",
  N(fsum([j for j in fit if j["f"].year == 2025 and j["f"].month <= 9]), "£"))
q(TJ, "What's the average price of a fitted job?", "mean numeric Price over all fitted jobs",
  N(fsum(fit) / sum(1 for j in fit if j["price"] is not None), "£"))
c = Counter(j["area"] for j in fit)
it = top(c, name="area")
guard(it[1][1] > it[2][1] * 1.05, "area runner-up")
q(TJ, "Which area do we fit the most jobs in, and which comes second?", "count of fitted jobs by folded Area",
  {"label": [it[0][0]], "labels": [[it[1][0]]]})
q(TJ, "What percentage of all bookings ended up being cancelled?",
  "cancelled rows / all rows x 100", N(100 * sum(j["cancelled"] for j in jobs) / len(jobs), "%"))
q(TJ, "How many tyres have we fitted in total?", "sum of Qty over fitted jobs", N(sum(j["qty"] for j in fit), "tyres"))
waits = [(j["f"] - j["b"]).days for j in fit]
q(TJ, "On average, how many days does a customer wait between booking and getting their tyres fitted?",
  "mean of Fitted - Booked in days over fitted jobs", N(sum(waits) / len(waits), "days"))
q(TJ, "What's the longest anyone has waited from booking to fitting, in days?", "max Fitted - Booked over fitted jobs",
  N(max(waits), "days"))
c = Counter(j["f"].month for j in fit if j["f"].year == 2024)
it = top(c, name="month 2024")
q(TJ, "In which month of 2024 did we fit the most jobs?", "count of fitted jobs by Fitted month, 2024",
  {"label": month_label(2024, it[0][0])})
q(TJ, "How much did fleet customers spend with us on fitted jobs in 2024?",
  "sum numeric Price, Customer Type Fleet, fitted in 2024", N(fsum([j for j in fit if j["cust"] == "Fleet" and j["f"].year == 2024]), "£"))
pv = fsum([j for j in fit if j["cust"] == "Private" and j["f"].year == 2024])
tr = fsum([j for j in fit if j["cust"] == "Trade" and j["f"].year == 2024])
q(TJ, "In 2024, how much more did private customers pay us than trade customers for fitted jobs?",
  "2024 fitted Private minus Trade (numeric prices)", N(positive(pv - tr, "private-trade"), "£"))
q(TJ, "How many fitted jobs still don't have a price entered?", "fitted jobs whose Price is not a number (tbc, n/a)",
  N(sum(1 for j in fit if j["price"] is None), "jobs"))
c = Counter(WEEKDAYS[j["f"].weekday()] for j in fit)
it = top(c, name="weekday")
q(TJ, "Which day of the week do we fit the most jobs on?", "fitted jobs by weekday of Fitted",
  {"label": [it[0][0], it[0][0] + "s", it[0][0][:3]]})
q(TJ, "How many jobs are booked in but haven't been fitted yet?", "Status Booked / Pending",
  N(sum(j["open"] for j in jobs), "jobs"))
a = fsum([j for j in fit if j["f"].year == 2025 and j["f"].month <= 9])
b = fsum([j for j in fit if j["f"].year == 2024 and j["f"].month <= 9])
q(TJ, "By what percentage were our fitted-job takings for January to September 2025 up on January to September 2024?",
  "(2025 Jan-Sep - 2024 Jan-Sep) / 2024 Jan-Sep x 100, fitted jobs by Fitted date",
  N(positive(100 * (a - b) / b, "growth"), "%"))
away([j["price"] for j in fit if j["price"] is not None], 550, 3, "550")
q(TJ, "How many fitted jobs came to more than £550?", "fitted jobs with numeric Price > 550",
  N(sum(1 for j in fit if j["price"] is not None and j["price"] > 550), "jobs"))
c = Counter(j["paid"] for j in fit)
it = top(c, name="paid")
q(TJ, "How do most customers pay for fitted jobs?", "fitted jobs by Paid By (On account = Invoice)",
  {"label": [it[0][0], it[0][0].lower()]})
q(TJ, "How many of the fitted jobs were a full set of four tyres?", "fitted jobs with Qty 4",
  N(sum(1 for j in fit if j["qty"] == 4), "jobs"))
pp = [j for j in fit if j["price"] is not None]
q(TJ, "Taking all the fitted jobs that have a price, what do they come to per tyre fitted, i.e. total takings divided by total tyres?", "sum of numeric Price / sum of Qty on those jobs",
  N(fsum(pp) / sum(j["qty"] for j in pp), "£"))
away(waits, 26, 0.5, "26 days")
q(TJ, "How many fitted jobs took longer than 26 days from booking to fitting?",
  "fitted jobs with Fitted - Booked > 26 days", N(sum(1 for w in waits if w > 26), "jobs"))
# through the range
c = Counter()
for j in fit:
    c[j["t"]["brand"]] += j["qty"]
it = top(c, name="brand by tyres")
q(TJR, "Which tyre brand have we fitted the most tyres of?", "sum of Qty of fitted jobs by Brand from the range",
  {"label": [it[0][0]]})
q(TJR, "How many winter tyres did we fit in 2024?", "sum Qty, fitted in 2024, range Season Winter",
  N(sum(j["qty"] for j in fit if j["f"].year == 2024 and j["t"]["season"] == "winter"), "tyres"))
q(TJR, "How much have fitted jobs on 18-inch tyres brought in altogether?", "sum numeric Price of fitted jobs whose range Rim is 18",
  N(fsum([j for j in fit if j["t"]["rim"] == 18]), "£"))
c = Counter(j["t"]["size"] for j in fit)
it = top(c, name="size by jobs")
c2 = Counter()
for j in fit:
    c2[j["t"]["size"]] += j["qty"]
guard(top(c2, name="size by tyres")[0][0] == it[0][0], "size reading")
q(TJR, "Which tyre size comes up in the most fitted jobs?", "fitted jobs by range Size (same leader by tyres)",
  {"label": [it[0][0], it[0][0].replace(" ", "")]})
away([t["list"] for t in rng.values()], 120, 2, "list 120")
q(TJR, "How many fitted jobs were for tyres that list at more than £120 each?",
  "fitted jobs whose range List Price > 120", N(sum(1 for j in fit if j["t"]["list"] > 120), "jobs"))
cheap = sorted(rng.values(), key=lambda t: t["list"])
guard(cheap[0]["list"] < cheap[1]["list"], "cheapest unique")
q(["tyre_range.csv"], "Which is the cheapest tyre on our price list, and what does it cost?",
  "min List Price; label the brand", {"label": [cheap[0]["brand"]], "number": cheap[0]["list"], "unit": "£"})

# =============================================================================================
# cricket club ledger

CL = ["cricket_club_ledger.csv"]
rows = read("cricket_club_ledger.csv")
H = rows[0]
led = [dict(zip(H, r)) for r in rows[1:]]
CAT = {"subscriptions": "Subscriptions", "subs": "Subscriptions", "subscription": "Subscriptions",
       "matchfees": "Match Fees", "matchfee": "Match Fees", "bartakings": "Bar Takings", "bar": "Bar Takings",
       "teas": "Teas", "sponsorship": "Sponsorship", "sponsor": "Sponsorship", "grant": "Grant",
       "groundrent": "Ground Rent", "groundsman": "Groundsman", "balls&kit": "Balls & Kit",
       "ballsandkit": "Balls & Kit", "kit": "Balls & Kit", "umpires": "Umpires", "umpirefees": "Umpires",
       "leaguefees": "League Fees", "insurance": "Insurance", "barstock": "Bar Stock", "refund": "Refund"}
voids = [e for e in led if "void" in e["Note"].lower()]
led = [e for e in led if "void" not in e["Note"].lower()]
for e in led:
    e["d"] = dmy(e["Date"])
    e["amt"] = num(e["Amount"])
    assert e["amt"] is not None
    e["cat"] = CAT[fold(e["Category"])]
    e["y"] = e["d"].year


def inn(es):
    return sum(e["amt"] for e in es if e["amt"] > 0)


def out(es):
    return -sum(e["amt"] for e in es if e["amt"] < 0)


L24 = [e for e in led if e["y"] == 2024]
L25 = [e for e in led if e["y"] == 2025]
q(CL, "How much money came into the club in 2024?", "sum of positive amounts dated 2024, void rows left out",
  N(inn(L24), "£"))
q(CL, "What did the club spend in 2024?", "sum of negative amounts dated 2024 as a positive figure (refunds included)",
  N(out(L24), "£"))
net24 = inn(L24) - out(L24)
if "--debug" in ARGS:
    print("  net 2024", net24, "net all", sum(e["amt"] for e in led))
q(CL, "Did the club make a profit in 2024? By how much?", "2024 money in minus money out",
  N(positive(net24, "net 2024"), "£"))
bar = sum(e["amt"] for e in L25 if e["cat"] == "Bar Takings")
stock = -sum(e["amt"] for e in L25 if e["cat"] == "Bar Stock")
q(CL, "How much profit did the bar make in 2025, taking what we spent on bar stock off the bar takings?",
  "2025 Bar Takings minus 2025 Bar Stock spend", N(positive(bar - stock, "bar profit"), "£"))
c = Counter()
for e in L24:
    if e["amt"] < 0:
        c[e["cat"]] += -e["amt"]
it = top(c, name="cost 2024")
guard(it[1][1] > it[2][1] * 1.05, "cost runner-up")
q(CL, "What was our biggest cost in 2024, and what came second?", "2024 money out by folded Category",
  {"label": [it[0][0], it[0][0].lower()], "labels": [[it[1][0], it[1][0].lower()]]})
q(CL, "How much did the 2nd XI pay in match fees in 2025?", "2025 Match Fees with Team 2nd XI",
  N(sum(e["amt"] for e in L25 if e["cat"] == "Match Fees" and e["Team"] == "2nd XI"), "£"))
q(CL, "On average, what did we pay the groundsman per month in 2024?", "2024 Groundsman spend / 12",
  N(-sum(e["amt"] for e in L24 if e["cat"] == "Groundsman") / 12, "£"))
ref = [e for e in led if e["cat"] == "Refund"]
q(CL, "How many refunds did we give, and how much did they add up to?", "count and total (positive) of Refund rows",
  {"numbers": [len(ref), r6(-sum(e["amt"] for e in ref))], "unit": ""})
q(CL, "What share of the club's 2024 income came from sponsorship?", "2024 Sponsorship / 2024 money in x 100",
  N(100 * sum(e["amt"] for e in L24 if e["cat"] == "Sponsorship") / inn(L24), "%"))
c = Counter()
for e in L25:
    if e["cat"] == "Bar Takings":
        c[e["d"].month] += e["amt"]
it = top(c, name="bar month 2025")
q(CL, "Which month in 2025 had the best bar takings?", "2025 Bar Takings by month",
  {"label": month_label(2025, it[0][0])})
t25 = sum(e["amt"] for e in L25 if e["cat"] == "Teas")
t24 = sum(e["amt"] for e in L24 if e["cat"] == "Teas")
q(CL, "How much less did teas bring in during 2025 than in 2024?", "Teas 2024 minus Teas 2025",
  N(positive(t24 - t25, "teas"), "£"))
q(CL, "How many entries in the ledger are marked as void?", "rows whose Note contains 'void'", N(len(voids), "entries"))
outs = sorted([e for e in led if e["amt"] < 0], key=lambda e: e["amt"])
guard(outs[0]["amt"] < outs[1]["amt"], "biggest out unique")
q(CL, "What was the single biggest payment out of the club's account, and what was it for?",
  "most negative amount; label its folded Category", {"label": [outs[0]["cat"], outs[0]["cat"].lower()],
                                                      "number": r6(-outs[0]["amt"]), "unit": "£"})
s25 = sum(e["amt"] for e in L25 if e["cat"] == "Subscriptions")
s24 = sum(e["amt"] for e in L24 if e["cat"] == "Subscriptions")
q(CL, "By what percentage did subscription income go up in 2025 compared with 2024?",
  "(Subscriptions 2025 - 2024) / 2024 x 100 (refunds are their own category)", N(positive(100 * (s25 - s24) / s24, "subs"), "%"))
q(CL, "What have umpires cost us over the whole ledger?", "all Umpires amounts as a positive figure",
  N(-sum(e["amt"] for e in led if e["cat"] == "Umpires"), "£"))
q(CL, "How much money came in from the juniors section during 2024, counting only money in?", "2024 positive amounts with Team Juniors",
  N(inn([e for e in L24 if e["Team"] == "Juniors"]), "£"))
q(CL, "What percentage of the money coming in during 2025 was paid in cash?", "2025 positive amounts, Method Cash / all 2025 positive",
  N(100 * inn([e for e in L25 if e["Method"] == "Cash"]) / inn(L25), "%"))
net = sum(e["amt"] for e in led)
q(CL, "Taking everything in and everything out, what is the club's net total across the whole ledger?",
  "sum of all non-void amounts", N(positive(net, "net"), "£"))
mf = [e["amt"] for e in led if e["cat"] == "Match Fees"]
q(CL, "On average, how much did each match-fee entry in the ledger come to?", "mean of Match Fees amounts (per row)",
  N(sum(mf) / len(mf), "£"))
q(CL, "How many transactions were there in August 2025?", "non-void rows dated August 2025",
  N(sum(1 for e in L25 if e["d"].month == 8), "transactions"))

# =============================================================================================
# heat pump daily

HP = ["heat_pump_daily.csv"]
rows = read("heat_pump_daily.csv")
H = rows[0]
days = [dict(zip(H, r)) for r in rows[1:]]
for x in days:
    x["d"] = dmy(x["Date"])
    x["t"] = num(x["Outside Temp (C)"])
    x["e"] = num(x["Electricity Used"])
    x["h"] = num(x["Heat Delivered"])
    x["in"] = num(x["Indoor Temp (C)"])
    x["rate"] = num(x["Unit Rate"].replace("p", ""))
    x["heating"] = fold(x["Mode"]).startswith("heating")


def esum(xs):
    return sum(x["e"] for x in xs if x["e"] is not None)


def ym(x):
    return (x["d"].year, x["d"].month)


q(HP, "How much electricity did the heat pump use in January 2025?", "sum of numeric Electricity Used, January 2025",
  N(esum([x for x in days if ym(x) == (2025, 1)]), "kWh"))
w = [x["e"] for x in days if dt.date(2024, 12, 1) <= x["d"] <= dt.date(2025, 2, 28) and x["e"] is not None]
q(HP, "Counting only days with a reading, what was the average daily electricity use from December 2024 to February 2025?",
  "mean numeric Electricity Used over logged days 1 Dec 2024 - 28 Feb 2025", N(sum(w) / len(w), "kWh"))
tt = sorted([x for x in days if x["t"] is not None], key=lambda x: x["t"])
guard(tt[0]["t"] < tt[1]["t"], "coldest unique")
q(HP, "What was the coldest day in the log, and how cold was it outside?", "min numeric Outside Temp; its date",
  {"label": day_label(tt[0]["d"]), "number": tt[0]["t"], "unit": "C"})
both = [x for x in days if x["e"] is not None and x["h"] is not None]
sea = [x for x in both if dt.date(2024, 10, 1) <= x["d"] <= dt.date(2025, 3, 31)]
q(HP, "From October 2024 to March 2025, what was the heat pump's efficiency, i.e. total heat delivered divided by total electricity used?",
  "sum Heat / sum Electricity over days with both numbers, 1 Oct 2024 - 31 Mar 2025",
  N(sum(x["h"] for x in sea) / sum(x["e"] for x in sea)))
c = Counter()
for x in days:
    if x["e"] is not None:
        c[ym(x)] += x["e"]
it = top(c, name="month elec")
q(HP, "Which month used the most electricity?", "sum Electricity by calendar month of the log",
  {"label": month_label(*it[0][0])})
first, last = days[0]["d"], days[-1]["d"]
q(HP, "How many days are missing from the log?", "calendar days from first to last date with no row",
  N((last - first).days + 1 - len(set(x["d"] for x in days)), "days"))
q(HP, "On how many days did it drop below freezing outside?", "days with numeric Outside Temp < 0",
  N(sum(1 for x in days if x["t"] is not None and x["t"] < 0), "days"))
q3 = [x for x in days if dt.date(2025, 1, 1) <= x["d"] <= dt.date(2025, 3, 31) and x["e"] is not None]
q(HP, "What did the heat pump's electricity cost from January to March 2025?",
  "sum over days of Electricity x Unit Rate / 100, 1 Jan - 31 Mar 2025", N(sum(x["e"] * x["rate"] / 100 for x in q3), "£"))
jt = [x["t"] for x in days if ym(x) == (2025, 7) and x["t"] is not None]
q(HP, "What was the average outside temperature in July 2025?", "mean numeric Outside Temp, July 2025",
  N(sum(jt) / len(jt), "C"))
jan = esum([x for x in days if ym(x) == (2025, 1)])
dec = esum([x for x in days if ym(x) == (2024, 12)])
q(HP, "How much more electricity did we use in January 2025 than in December 2024?", "Jan 2025 minus Dec 2024 electricity",
  N(positive(jan - dec, "jan-dec"), "kWh"))
q(HP, "On how many logged days is there no electricity reading?", "rows whose Electricity Used is not a number",
  N(sum(1 for x in days if x["e"] is None), "days"))
fr = [x["in"] for x in days if x["t"] is not None and x["t"] < 0 and x["in"] is not None]
q(HP, "What was the average indoor temperature on days when it was below freezing outside?",
  "mean numeric Indoor Temp over days with Outside Temp < 0", N(sum(fr) / len(fr), "C"))
hh = sorted([x for x in days if x["h"] is not None], key=lambda x: -x["h"])
guard(hh[0]["h"] > hh[1]["h"], "max heat unique")
q(HP, "What was the most heat the heat pump delivered in a single day, and on which day?",
  "max numeric Heat Delivered; its date", {"label": day_label(hh[0]["d"]), "number": hh[0]["h"], "unit": "kWh"})
away([x["e"] for x in days if x["e"] is not None], 25, 0.05, "25 kWh")
q(HP, "On how many days did the heat pump use more than 25 kWh of electricity?", "days with Electricity > 25",
  N(sum(1 for x in days if x["e"] is not None and x["e"] > 25), "days"))
s24 = esum([x for x in days if x["d"].year == 2024 and x["d"].month in (6, 7, 8)])
s25 = esum([x for x in days if x["d"].year == 2025 and x["d"].month in (6, 7, 8)])
if "--debug" in ARGS:
    print("  summer", s24, s25)
if s25 < s24:
    q(HP, "How much less electricity did the heat pump use in June to August 2025 than in June to August 2024?",
      "summer 2024 minus summer 2025 electricity (Jun-Aug)", N(positive(s24 - s25, "summer"), "kWh"))
else:
    q(HP, "How much more electricity did the heat pump use in June to August 2025 than in June to August 2024?",
      "summer 2025 minus summer 2024 electricity (Jun-Aug)", N(positive(s25 - s24, "summer"), "kWh"))
hw = [x["e"] for x in days if not x["heating"] and x["e"] is not None]
q(HP, "On hot-water-only days that have a reading, how much electricity did the heat pump use per day on average?",
  "mean numeric Electricity over rows whose Mode is hot water only", N(sum(hw) / len(hw), "kWh"))
q(HP, "On how many logged days was the heating on?", "rows whose Mode starts Heating (heating + hot water)",
  N(sum(1 for x in days if x["heating"]), "days"))
ji = [x["in"] for x in days if ym(x) == (2025, 1) and x["in"] is not None]
q(HP, "What was the average indoor temperature in January 2025?", "mean numeric Indoor Temp, January 2025",
  N(sum(ji) / len(ji), "C"))
q(HP, "What has the heat pump's electricity cost over the whole log?", "sum of Electricity x Unit Rate / 100, all days",
  N(sum(x["e"] * x["rate"] / 100 for x in days if x["e"] is not None), "£"))
cold = [x for x in both if x["t"] is not None and x["t"] < 6]
away([x["t"] for x in days if x["t"] is not None], 6, 0.05, "6C")
q(HP, "On days colder than 6°C outside, what was the efficiency: total heat delivered divided by total electricity used?",
  "sum Heat / sum Electricity over days with both numbers and Outside Temp < 6", N(sum(x["h"] for x in cold) / sum(x["e"] for x in cold)))

# =============================================================================================
# seed sales (wide)

SS = ["seed_sales_monthly.csv"]
rows = read("seed_sales_monthly.csv")
H = rows[0]
MCOL = H[4:]
MK = [(int(h[-4:]), MONTHS.index(next(m for m in MONTHS if m[:3] == h[:3])) + 1) for h in MCOL]
seeds = []
CROPS = sorted(["Tomato", "Carrot", "Runner Bean", "French Bean", "Lettuce", "Courgette", "Beetroot", "Pea", "Cucumber",
                "Pepper", "Squash", "Onion", "Radish", "Spinach", "Kale", "Leek", "Parsnip", "Sweetcorn", "Sweet Pea",
                "Sunflower", "Cosmos", "Zinnia", "Nasturtium", "Cornflower", "Marigold", "Poppy", "Foxglove",
                "Wildflower", "Snapdragon", "Nigella", "Larkspur", "Basil", "Parsley", "Coriander", "Dill", "Chives",
                "Thyme", "Oregano", "Sage", "Mint", "Rocket", "Chamomile", "Fennel", "Borage", "Lemon Balm"],
               key=len, reverse=True)
for r in rows[1:]:
    v = {"name": r[1].strip(), "cat": {"veg": "Veg", "vegetable": "Veg", "vegetables": "Veg", "flowers": "Flowers",
                                       "flower": "Flowers", "herbs": "Herbs", "herb": "Herbs"}[fold(r[2])],
         "price": num(r[3]), "cells": r[4:], "m": {},
         "crop": next(c for c in CROPS if r[1].strip().startswith(c + " "))}
    for k, cell in zip(MK, r[4:]):
        n = num(cell)
        v["m"][k] = int(n) if n is not None else 0
    seeds.append(v)


def vlabel(name):
    """the name as written, without quotes, and the cultivar alone when it is two words or more"""
    plain = name.replace("'", "")
    out = [name] if name == plain else [name, plain]
    crop = next(v["crop"] for v in seeds if v["name"] == name)
    cv = plain[len(crop):].strip()
    if len(cv.split()) >= 2:
        out.append(cv)
    return out


def packets(v, pred):
    return sum(n for k, n in v["m"].items() if pred(*k))


Y24 = lambda y, m: y == 2024  # noqa: E731
Y25 = lambda y, m: y == 2025  # noqa: E731
JS24 = lambda y, m: y == 2024 and m <= 9  # noqa: E731
tot24 = sum(packets(v, Y24) for v in seeds)
q(SS, "How many seed packets did we sell in 2024 altogether?", "sum of every 2024 month cell", N(tot24, "packets"))
c = Counter({v["name"]: packets(v, lambda y, m: True) for v in seeds})
it = top(c, name="variety all")
q(SS, "Which variety has sold the most packets overall?", "row total over all 21 months", {"label": vlabel(it[0][0])})
c = Counter()
for v in seeds:
    for (y, m), n in v["m"].items():
        if y == 2024:
            c[m] += n
it = top(c, name="month 2024")
q(SS, "Which month of 2024 was our best for packets sold?", "column totals, 2024", {"label": month_label(2024, it[0][0])})
q(SS, "How much money did flower seeds take in 2024?", "sum of 2024 packets x Packet Price, Category Flowers",
  N(sum(packets(v, Y24) * v["price"] for v in seeds if v["cat"] == "Flowers"), "£"))
q(SS, "How many varieties didn't sell a single packet in September 2025?", "rows whose Sep 2025 cell is 0 / - / blank",
  N(positive(sum(1 for v in seeds if v["m"][(2025, 9)] == 0), "sep zero"), "varieties"))
q(SS, "On average, how many packets did we sell per month in 2024?", "2024 total / 12", N(tot24 / 12, "packets"))
q(SS, "What share of the packets sold in 2024 were herbs?", "2024 Herbs packets / 2024 packets x 100",
  N(100 * sum(packets(v, Y24) for v in seeds if v["cat"] == "Herbs") / tot24, "%"))
m25 = sum(v["m"][(2025, 3)] for v in seeds)
m24 = sum(v["m"][(2024, 3)] for v in seeds)
q(SS, "How many more packets did we sell in March 2025 than in March 2024?", "Mar 2025 column total minus Mar 2024",
  N(positive(m25 - m24, "march"), "packets"))
g = {}
for cat in ("Veg", "Flowers", "Herbs"):
    a = sum(packets(v, lambda y, m: y == 2025 and m <= 9) for v in seeds if v["cat"] == cat)
    b = sum(packets(v, JS24) for v in seeds if v["cat"] == cat)
    g[cat] = 100 * (a - b) / b
it = top(Counter(g), margin=0.3, name="cat growth")
q(SS, "Which category grew the most from January-September 2024 to January-September 2025, and by what percentage?",
  "packets Jan-Sep 2025 vs Jan-Sep 2024 per folded Category, growth in %",
  {"label": [it[0][0], it[0][0].rstrip("s"), it[0][0].lower()], "number": r6(positive(it[0][1], "cat growth")), "unit": "%"})
c = Counter({v["name"]: packets(v, Y25) for v in seeds if v["cat"] == "Flowers"})
it = top(c, name="flower 2025")
q(SS, "Which flower variety sold the most packets in 2025?", "2025 packets, Category Flowers", {"label": vlabel(it[0][0])})
q(SS, "How many seed varieties are on the sheet?", "rows", N(len(seeds), "varieties"))
q(SS, "What's the average packet price across the range?", "mean Packet Price over rows", N(sum(v["price"] for v in seeds) / len(seeds), "£"))
new1 = sum(1 for v in seeds if packets(v, Y24) == 0 and packets(v, Y25) > 0)
new2 = sum(1 for v in seeds if all(c.strip().lower() in ("n/a", "") for c, k in zip(v["cells"], MK) if k[0] == 2024))
guard(new1 == new2, f"new varieties readings {new1} {new2}")
q(SS, "How many varieties had no sales at all in 2024 but did sell in 2025?", "2024 packets 0 and 2025 packets > 0",
  N(new1, "varieties"))
q(SS, "What did seed sales come to in pounds from January to September 2025?", "sum of 2025 packets x Packet Price",
  N(sum(packets(v, Y25) * v["price"] for v in seeds), "£"))
c = Counter({v["name"]: packets(v, Y25) for v in seeds if v["cat"] == "Veg"})
it = top(c, name="veg 2025")
q(SS, "What was our best-selling vegetable variety in 2025?", "2025 packets, Category Veg", {"label": vlabel(it[0][0])})
q(SS, "How many packets did we sell in December 2024?", "Dec 2024 column total", N(sum(v["m"][(2024, 12)] for v in seeds), "packets"))
away([packets(v, Y24) for v in seeds], 100, 1.5, "100 packets")
q(SS, "How many varieties sold more than 100 packets in 2024?", "rows with 2024 total > 100",
  N(sum(1 for v in seeds if packets(v, Y24) > 100), "varieties"))
q(SS, "How many packets of tomato seed did we sell in 2025?", "2025 packets of rows whose Variety starts with Tomato",
  N(sum(packets(v, Y25) for v in seeds if v["name"].lower().startswith("tomato")), "packets"))
c = Counter()
for v in seeds:
    c[v["cat"]] += packets(v, Y24)
it = top(c, name="cat 2024")
q(SS, "Which category sold the most packets in 2024: veg, flowers or herbs?", "2024 packets by folded Category",
  {"label": [it[0][0], it[0][0].lower(), "Vegetables", "vegetable"] if it[0][0] == "Veg" else [it[0][0]]})
a = sum(packets(v, lambda y, m: y == 2025 and m <= 3) for v in seeds)
b = sum(packets(v, lambda y, m: y == 2024 and m <= 3) for v in seeds)
q(SS, "By what percentage did packets sold in January to March grow from 2024 to 2025?",
  "(Q1 2025 - Q1 2024) / Q1 2024 x 100", N(positive(100 * (a - b) / b, "q1"), "%"))

# =============================================================================================
# residents survey

RS = ["residents_survey.csv"]
rows = read("residents_survey.csv")
H = rows[0]
resp = []
PART = {"hadleygreen": "Hadley Green", "upperhadley": "Upper Hadley", "millford": "Millford", "milford": "Millford",
        "churchend": "Church End", "westcote": "Westcote"}


def prior(s):
    f = fold(s)
    if "pot" in f or "road" in f:
        return "Potholes"
    if "bus" in f:
        return "Buses"
    if "speed" in f:
        return "Speeding"
    if "youth" in f or "young" in f:
        return "Youth"
    if "litter" in f:
        return "Litter"
    if "housing" in f:
        return "Housing"
    raise ValueError(s)


for r in rows[1:]:
    x = {}
    x["ts"] = dt.datetime.strptime(r[0], "%d/%m/%Y %H:%M:%S")
    x["age"] = r[1].strip() if re.match(r"\d", r[1].strip()) else None
    x["part"] = PART[fold(r[2])]
    x["years"] = num(r[3])
    x["sat"] = int(r[4].strip()[0]) if r[4].strip() else None
    b = fold(r[5])
    x["bus"] = None if b in ("don'tuse", "don'tuseit", "n/a") else b
    assert x["bus"] in (None, "verypoor", "poor", "ok", "good", "verygood"), r[5]
    x["rec"] = num(r[6])
    lb = fold(r[7])
    x["lib"] = None if lb == "" else lb in ("yes", "y")
    x["bb"] = num(r[8])
    x["prior"] = prior(r[9])
    x["vol"] = fold(r[10]).startswith("yes")
    resp.append(x)

q(RS, "How many people filled in the survey?", "rows", N(len(resp), "responses"))
ss = [x["sat"] for x in resp if x["sat"] is not None]
q(RS, "What's the average satisfaction score, out of 5?", "mean of the leading digit of the satisfaction answer (blanks left out)",
  N(sum(ss) / len(ss)))
bu = [x["bus"] for x in resp if x["bus"] is not None]
q(RS, "Of the people who use the buses and rated them, what percentage said the service is poor or very poor?",
  "Poor + Very poor / all bus ratings (Don't use / N/A left out) x 100",
  N(100 * sum(1 for b in bu if b in ("poor", "verypoor")) / len(bu), "%"))
c = Counter(x["prior"] for x in resp)
it = top(c, name="priority")
guard(it[0][0] == "Potholes", "priority")
q(RS, "What do residents most want the parish council to prioritise?", "folded top-priority answers",
  {"label": ["Potholes", "pot holes", "pot-holes", "roads"]})
rr = [x["rec"] for x in resp if x["rec"] is not None]
q(RS, "What percentage of the people who answered would give 9 or 10 for recommending living here?",
  "answers 9 or 10 / numeric answers x 100", N(100 * sum(1 for v in rr if v >= 9) / len(rr), "%"))
g = defaultdict(list)
for x in resp:
    if x["age"] and x["sat"] is not None:
        g[x["age"]].append(x["sat"])
it = top(Counter({k: sum(v) / len(v) for k, v in g.items()}), margin=0.02, name="age sat")
q(RS, "Which age group is the most satisfied on average?", "mean satisfaction by Age group (lead > 2%)",
  {"label": [it[0][0], it[0][0].replace("-", " to "), it[0][0].replace("-", "–")] if "-" in it[0][0] else [it[0][0], "75 and over", "over 75", "75 plus"]})
bb = [x["bb"] for x in resp if x["bb"] is not None]
q(RS, "What's the average broadband speed people reported?", "mean numeric speed (Mbps), don't know / blank left out",
  N(sum(bb) / len(bb), "Mbps"))
g = defaultdict(list)
for x in resp:
    if x["bb"] is not None:
        g[x["part"]].append(x["bb"])
low = sorted(((k, sum(v) / len(v)) for k, v in g.items()), key=lambda kv: kv[1])
guard(low[1][1] > low[0][1] * 1.05, "slowest")
q(RS, "Which part of the parish has the slowest broadband?", "lowest mean numeric speed by folded part",
  {"label": [low[0][0]]})
q(RS, "How many people said yes to volunteering for community projects?", "answers starting yes (Maybe / Possibly are not)",
  N(sum(x["vol"] for x in resp), "people"))
lb = [x["lib"] for x in resp if x["lib"] is not None]
q(RS, "Of everyone who answered the mobile library question, what percentage use it?", "yes / non-blank answers x 100",
  N(100 * sum(lb) / len(lb), "%"))
q(RS, "How many responses came in during March 2025?", "Timestamp in March 2025",
  N(sum(1 for x in resp if x["ts"].month == 3), "responses"))
c = Counter(x["ts"].date() for x in resp)
it = top(c, name="day")
q(RS, "Which day did we get the most survey responses?", "responses by Timestamp date", {"label": day_label(it[0][0])})
yy = [x["years"] for x in resp if x["years"] is not None]
q(RS, "Counting only answers given as a number, how many years on average have people lived in the parish?",
  "mean of numeric years answers", N(sum(yy) / len(yy), "years"))
q(RS, "How many people didn't tell us their age?", "Age group blank or Prefer not to say",
  N(sum(1 for x in resp if x["age"] is None), "people"))
old = [x for x in resp if x["age"] == "75+"]
q(RS, "Among respondents aged 75 and over, what share picked buses as the top priority?",
  "75+ rows whose priority mentions bus / 75+ rows x 100", N(100 * sum(1 for x in old if x["prior"] == "Buses") / len(old), "%"))
c = Counter(x["part"] for x in resp)
it = top(c, name="part")
q(RS, "Which part of the parish sent in the most responses?", "rows by folded part", {"label": [it[0][0]]})
q(RS, "How many people were dissatisfied, scoring 1 or 2 for satisfaction?", "satisfaction 1 or 2",
  N(sum(1 for s in ss if s <= 2), "people"))
q(RS, "What's the average score people gave for how likely they are to recommend living here?", "mean of numeric 0-10 answers",
  N(sum(rr) / len(rr)))
q(RS, "What percentage of the responses came from Westcote?", "Westcote rows / all rows x 100",
  N(100 * sum(1 for x in resp if x["part"] == "Westcote") / len(resp), "%"))
ce = [x["sat"] for x in resp if x["part"] == "Church End" and x["sat"] is not None]
we = [x["sat"] for x in resp if x["part"] == "Westcote" and x["sat"] is not None]
q(RS, "How much higher is average satisfaction in Church End than in Westcote?", "mean satisfaction Church End minus Westcote",
  N(positive(sum(ce) / len(ce) - sum(we) / len(we), "ce-we")))

# =============================================================================================

out_q = []
for i, e in enumerate(QS, 1):
    out_q.append({"dataset": e["dataset"], "id": f"s32-{i:03d}", "note": e["note"], "question": e["question"],
                  "truth": e["truth"]})
if FAILS:
    print("\n".join("FAIL " + f for f in FAILS))
    raise SystemExit(1)
if "--print" in ARGS or "--debug" in ARGS:
    for e in out_q:
        print(e["id"], e["dataset"][0][:10], e["question"], "=>", json.dumps(e["truth"], ensure_ascii=False))
else:
    (HERE / "questions.json").write_text(json.dumps(out_q, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(out_q)} questions")
