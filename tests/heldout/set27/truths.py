#!/usr/bin/env python3
"""Set 27's questions, each beside the code that computes its truth from data/*.csv; writes questions.json.

    python3 tests/heldout/set27/truths.py [--print] [--debug]

--print only prints (does not write); --debug also prints the ranking behind every "which".
Stops without writing if a guard fails (near tie, value on a threshold, negative difference).

Reading rules (the conventions of README.md):
- money: currency sign and thousands separators stripped, a leading minus is negative; a value that is not a
  number ("tbc", "n/a", "not counted", blank) is left out of sums and averages, never counted as 0.
- categories, towers, property types, towns, genres, formats, statuses are folded: trimmed, inner spaces
  collapsed, case ignored.
- yes/no: yes, y, true, 1 are yes; no, n, false, 0 are no (case ignored).
- catering: an event belongs to its event date; "went ahead" = status not starting with "cancel"; the menu is
  joined on the integer value of Package No; lead time = Event Date - Booked On in days.
- candles: void rows (Status starting "void") never count; income = positive amounts, spending = negative amounts
  reported positive; a month is a calendar month of the ledger date.
- lifeguards: a row is a tower-day; open = Status "open"; closed rows have no counts.
- removals: completed = Status "completed" or "done"; cancelled = Status starting "cancel" (incl. "Canceled");
  a job belongs to its move date; days = Move Date - Enquiry Date.
- reading: finished = Status "read" or "finished" (with a finish date), counted in the year of Date Finished;
  given up = "dnf" / "did not finish"; days to finish = Date Finished - Date Started.
"""

import csv
import json
import sys
from collections import Counter, defaultdict
from datetime import date, datetime
from pathlib import Path
from statistics import mean

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
DEBUG = "--debug" in sys.argv
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def load(name):
    with open(DATA / name, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def fold(s):
    return " ".join((s or "").split()).lower()


def num(s):
    t = (s or "").strip().replace("£", "").replace("$", "").replace(",", "")
    try:
        return float(t)
    except ValueError:
        return None


def yes(s):
    v = fold(s)
    if v in ("yes", "y", "true", "1"):
        return True
    if v in ("no", "n", "false", "0"):
        return False
    raise ValueError(s)


class GuardError(Exception):
    pass


def ranked(d):
    return sorted(d.items(), key=lambda kv: -kv[1])


def top(d, what, lead=0.05):
    r = ranked(d)
    if DEBUG:
        print(f"   [{what}] " + ", ".join(f"{k}={v:.3f}" for k, v in r[:6]))
    if len(r) > 1 and not r[0][1] > r[1][1] * (1 + lead):
        raise GuardError(f"near tie in {what}: {r[:2]}")
    return r[0][0]


def top2(d, what, lead=0.05):
    r = ranked(d)
    top(d, what, lead)
    if len(r) > 2 and not r[1][1] > r[2][1] * (1 + lead):
        raise GuardError(f"near tie for second in {what}: {r[:3]}")
    return r[0][0], r[1][0]


def topn(d, n, what, lead=0.05):
    r = ranked(d)
    if DEBUG:
        print(f"   [{what}] " + ", ".join(f"{k}={v:.3f}" for k, v in r[:n + 2]))
    if len(r) > n and not r[n - 1][1] > r[n][1] * (1 + lead):
        raise GuardError(f"near tie at place {n} in {what}: {r[:n + 1]}")
    return [k for k, _ in r[:n]]


def same(a, b, what):
    if a != b:
        raise GuardError(f"readings disagree in {what}: {a} vs {b}")
    return a


def positive(v, what):
    if not v > 0:
        raise GuardError(f"not positive: {what} = {v}")
    return v


def away(values, threshold, margin, what):
    for v in values:
        if abs(v - threshold) < margin:
            raise GuardError(f"value {v} near threshold {threshold} in {what}")


def N(v, unit=""):
    return {"number": round(v, 6), "unit": unit}


def month_label(y, m):
    return [f"{MONTHS[m - 1]} {y}", f"{MONTHS[m - 1][:3]} {y}", f"{y}-{m:02d}"]


def day_label(d):
    return [f"{d.day} {MONTHS[d.month - 1]} {d.year}", f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}",
            f"{MONTHS[d.month - 1]} {d.day}, {d.year}", f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year}", d.isoformat(),
            f"{d.month}/{d.day}/{d.year}"]


def wd_label(i):
    return [WEEKDAYS[i], WEEKDAYS[i] + "s"]


QUESTIONS = []


def Q(dataset, question, truth, note):
    QUESTIONS.append({"dataset": dataset, "question": question, "truth": truth, "note": note})


# =============================================================================================
# 1. catering


def catering():
    DS = ["catering_events.csv", "catering_packages.csv"]
    pk = {}
    for r in load("catering_packages.csv"):
        pk[int(r["Package No"])] = {"name": r["Package"], "style": fold(r["Style"]), "price": num(r["Price per Head"]),
                                    "veg": yes(r["Veggie Option"])}
    ev = []
    for r in load("catering_events.csv"):
        ev.append({"booked": datetime.strptime(r["Booked On"], "%d/%m/%Y").date(),
                   "date": datetime.strptime(r["Event Date"], "%d/%m/%Y").date(),
                   "client": " ".join(r["Client"].split()), "type": fold(r["Event Type"]), "pno": int(r["Package No"]),
                   "guests": num(r["Guests"]), "total": num(r["Total"]), "deposit": yes(r["Deposit Paid"]),
                   "cancelled": fold(r["Status"]).startswith("cancel")})
    ok = [e for e in ev if not e["cancelled"]]
    T = lambda rows: sum(e["total"] for e in rows if e["total"] is not None)  # noqa: E731

    Q(DS, "How much did we take from events held in 2024? Leave out cancelled bookings.",
      N(T([e for e in ok if e["date"].year == 2024]), "£"),
      "Sum of Total over events dated 2024 whose status is not cancelled; 'tbc' totals left out.")
    Q(DS, "How many events did we actually cater in 2025 so far? Cancelled bookings don't count.",
      N(sum(1 for e in ok if e["date"].year == 2025)), "Count of non-cancelled events with an Event Date in 2025.")
    Q(DS, "On average, how many guests did we feed per event? Leave out cancelled events and any where the numbers "
          "are still tbc.", N(mean(e["guests"] for e in ok if e["guests"] is not None)),
      "Mean of Guests over non-cancelled events with a numeric guest count.")
    by = defaultdict(float)
    for e in ok:
        if e["total"] is not None:
            by[e["type"]] += e["total"]
    a, b = top2(by, "catering takings by event type")
    Q(DS, "Which kind of event earns us the most money, and which kind comes second? Don't count cancelled bookings.",
      {"label": [a.title(), a, a + "s"], "labels": [[b.title(), b, b + "s"]]},
      f"Takings by folded Event Type over non-cancelled events: {a} first, {b} second.")
    Q(DS, "What percentage of all our bookings ended up being cancelled?",
      N(100 * sum(e["cancelled"] for e in ev) / len(ev), "%"), "Cancelled bookings / all bookings x 100.")
    cnt = Counter(pk[e["pno"]]["name"] for e in ok)
    m = top(cnt, "menu by bookings")
    Q(DS, "Which of our menus gets booked most often, not counting cancellations?", {"label": [m]},
      "Non-cancelled events per package, joined on the integer Package No to the package list.")
    Q(DS, "How much have our buffet-style menus brought in altogether, excluding cancelled events?",
      N(T([e for e in ok if pk[e["pno"]]["style"] == "buffet"]), "£"),
      "Sum of Total over non-cancelled events whose package's Style folds to 'buffet' (three packages).")
    leads = [(e["date"] - e["booked"]).days for e in ok]
    Q(DS, "On average, how many days ahead do clients book with us? Count from the booking date to the event date, "
          "for events that went ahead.", N(mean(leads), "days"), "Mean of Event Date - Booked On over non-cancelled events.")
    Q(DS, "How many of the events that went ahead were booked fewer than 14 days before the event?",
      N(sum(1 for x in leads if x < 14)), "Non-cancelled events with Event Date - Booked On < 14 days (13 or fewer).")
    mc = Counter(e["date"].month for e in ok if e["date"].year == 2025)
    mm = top(mc, "2025 busiest month by events")
    Q(DS, "Which month in 2025 was our busiest, going by the number of events (cancelled ones excluded)?",
      {"label": month_label(2025, mm) + [MONTHS[mm - 1]]}, "Non-cancelled events per month of 2025.")
    wd = top(Counter(e["date"].weekday() for e in ok), "weekday by events")
    same(wd, top(Counter(e["date"].weekday() for e in ev), "weekday by all bookings"), "weekday with/without cancelled")
    Q(DS, "Which day of the week are most of our events on?", {"label": wd_label(wd)},
      "Non-cancelled events per weekday of Event Date (the same with cancelled ones included).")
    away([e["total"] for e in ok if e["total"] is not None], 2000, 1.0, "events over £2,000")
    Q(DS, "How many of the events that went ahead came to more than £2,000?",
      N(sum(1 for e in ok if e["total"] is not None and e["total"] > 2000)),
      "Non-cancelled events with Total > 2000 (no total within £1 of it).")
    Q(DS, "How many bookings still have the guest numbers down as tbc or n/a?",
      N(sum(1 for e in ev if e["guests"] is None)), "All bookings whose Guests is not a number.")

    def jan_sep(rows, y):
        return [e for e in rows if e["date"].year == y and e["date"].month <= 9]
    t24, t25 = T(jan_sep(ok, 2024)), T(jan_sep(ok, 2025))
    Q(DS, "By what percentage were our takings for January to September 2025 up on the same months of 2024? "
          "Cancelled events don't count.", N(positive(100 * (t25 / t24 - 1), "takings growth"), "%"),
      f"Non-cancelled Totals, events Jan-Sep: 2024 {t24:.2f}, 2025 {t25:.2f}.")
    g = defaultdict(float)
    for e in jan_sep(ok, 2025):
        g[e["type"]] += e["total"] or 0
    for e in jan_sep(ok, 2024):
        g[e["type"]] -= e["total"] or 0
    gt = top(g, "event type growth")
    Q(DS, "Which type of event grew the most in takings between January-September 2024 and January-September 2025, "
          "and by how much? Leave out cancellations.",
      {"label": [gt.title(), gt, gt + "s"], "number": round(positive(g[gt], "growth"), 6), "unit": "£"},
      "Per folded Event Type, non-cancelled Total Jan-Sep 2025 minus Jan-Sep 2024.")
    wed = [e for e in ok if e["type"] == "wedding" and e["guests"] is not None and e["total"] is not None]
    Q(DS, "For weddings that went ahead, what did we take per guest, working it out as total wedding takings divided "
          "by total wedding guests?", N(sum(e["total"] for e in wed) / sum(e["guests"] for e in wed), "£"),
      "Sum Total / sum Guests over non-cancelled weddings with both numeric.")
    Q(DS, "Of the events that went ahead, what share had paid a deposit?",
      N(100 * sum(e["deposit"] for e in ok) / len(ok), "%"), "Non-cancelled events with Deposit Paid yes / all non-cancelled.")
    cc = Counter(e["client"] for e in ok)
    cl = top(cc, "client by bookings")
    Q(DS, "Which client has booked us the most times? Don't count cancelled bookings.", {"label": [cl]},
      "Non-cancelled events per Client.")
    Q(DS, "How many wedding bookings were cancelled?",
      N(sum(1 for e in ev if e["cancelled"] and e["type"] == "wedding")), "Cancelled rows whose Event Type folds to wedding.")
    Q(DS, "What was the total value of the bookings that got cancelled?",
      N(T([e for e in ev if e["cancelled"]]), "£"), "Sum of Total over cancelled rows ('tbc' left out).")
    mp = top({v["name"]: v["price"] for v in pk.values()}, "menu price")
    Q(["catering_packages.csv"], "Which of our menus is the most expensive per head?", {"label": [mp]},
      "Highest Price per Head in the package list.")
    Q(DS, "What's the largest number of guests we've catered for at a single event that went ahead?",
      N(max(e["guests"] for e in ok if e["guests"] is not None)), "Max Guests over non-cancelled events.")
    Q(DS, "How many events that went ahead used a menu with a vegetarian option?",
      N(sum(1 for e in ok if pk[e["pno"]]["veg"])), "Non-cancelled events whose package has Veggie Option yes.")


# =============================================================================================
# 2. candle ledger


def candles():
    DS = ["candle_ledger.csv"]
    L = []
    for r in load("candle_ledger.csv"):
        if fold(r["Status"]).startswith("void"):
            continue
        L.append({"date": datetime.strptime(r["Date"], "%d %b %Y").date(), "details": r["Details"],
                  "cat": fold(r["Category"]), "amt": num(r["Amount"])})
    allrows = load("candle_ledger.csv")
    y24 = [x for x in L if x["date"].year == 2024]
    inc24 = sum(x["amt"] for x in y24 if x["amt"] > 0)
    out24 = -sum(x["amt"] for x in y24 if x["amt"] < 0)
    Q(DS, "How much money came into the candle business in 2024? Ignore any voided lines.", N(inc24, "£"),
      "Sum of positive amounts dated 2024, void rows excluded.")
    Q(DS, "What did I spend in 2024, counting every payment out including refunds? Give it as a positive figure and "
          "ignore voided lines.", N(out24, "£"), "Minus the sum of negative amounts dated 2024, void rows excluded.")
    Q(DS, "What was my profit for 2024, money in minus money out, leaving out voided lines?", N(inc24 - out24, "£"),
      "Sum of all non-void amounts dated 2024.")
    net = defaultdict(float)
    for x in y24:
        net[x["date"].month] += x["amt"]
    wm = top({k: -v for k, v in net.items()}, "worst net month 2024 (negated)")
    Q(DS, "Which month of 2024 had the worst net result (money in minus money out)?",
      {"label": month_label(2024, wm) + [MONTHS[wm - 1]]}, "Lowest monthly sum of non-void amounts in 2024.")
    income_cats = ("etsy sales", "craft fair", "wholesale", "workshop")
    lab = {"etsy sales": ["Etsy Sales", "Etsy"], "craft fair": ["Craft Fair", "Craft Fairs"],
           "wholesale": ["Wholesale"], "workshop": ["Workshop", "Workshops"]}
    s25 = defaultdict(float)
    for x in L:
        if x["date"].year == 2025 and x["cat"] in income_cats:
            s25[x["cat"]] += x["amt"]
    a = top(s25, "income stream 2025")
    Q(DS, "Which income stream brought in the most money in 2025?",
      {"label": lab[a]}, f"Non-void positive amounts per income Category (Etsy Sales, Craft Fair, Wholesale, Workshop) in 2025.")
    cost = defaultdict(float)
    for x in L:
        if x["amt"] < 0 and x["cat"] != "refund":
            cost[x["cat"]] -= x["amt"]
    c = top(cost, "cost category")
    Q(DS, "Leaving refunds aside, which kind of cost has taken the most money over the whole ledger?",
      {"label": [c.title(), c]}, "Non-void negative amounts per folded Category, refunds excluded.")
    refs = [x for x in L if x["cat"] == "refund"]
    Q(DS, "How many refunds have I given, and how much did they come to in total? Voided lines don't count.",
      {"numbers": [len(refs), round(-sum(x["amt"] for x in refs), 6)], "unit": ""},
      "Count and (positive) total of non-void rows with Category refund.")
    es = sum(x["amt"] for x in y24 if x["cat"] == "etsy sales")
    ef = -sum(x["amt"] for x in y24 if x["cat"] == "etsy fees")
    Q(DS, "Going by the dates in the ledger, what were Etsy's fees in 2024 as a percentage of my Etsy sales in 2024?",
      N(100 * ef / es, "%"), "Etsy Fees dated 2024 (positive) / Etsy Sales dated 2024 x 100, void rows excluded.")

    def js(y):
        return sum(x["amt"] for x in L if x["date"].year == y and x["date"].month <= 9 and x["amt"] > 0)
    Q(DS, "By what percentage was the money coming in for January-September 2025 up on January-September 2024?",
      N(positive(100 * (js(2025) / js(2024) - 1), "income growth"), "%"),
      f"Positive non-void amounts Jan-Sep: 2024 {js(2024):.2f}, 2025 {js(2025):.2f}.")
    Q(DS, "What is my average Etsy order worth?", N(mean(x["amt"] for x in L if x["cat"] == "etsy sales"), "£"),
      "Mean of non-void Etsy Sales amounts.")
    Q(DS, "How many lines in the ledger have been voided?",
      N(sum(1 for r in allrows if fold(r["Status"]).startswith("void"))), "Rows whose Status starts with 'void'.")
    wh = [x["amt"] for x in L if x["cat"] == "wholesale"]
    away(wh, 500, 1.0, "wholesale over 500")
    Q(DS, "How many wholesale orders over £500 have I had?", N(sum(1 for v in wh if v > 500)),
      "Non-void Wholesale rows with amount > 500.")
    Q(DS, "How much have I spent on postage in 2025 so far?",
      N(-sum(x["amt"] for x in L if x["cat"] == "postage" and x["date"].year == 2025), "£"),
      "Minus the sum of non-void Postage amounts dated 2025.")
    Q(DS, "What share of my 2024 income came from wholesale?",
      N(100 * sum(x["amt"] for x in y24 if x["cat"] == "wholesale") / inc24, "%"),
      "Wholesale 2024 / all positive amounts 2024 x 100.")
    outs = sorted((x for x in L if x["amt"] < 0), key=lambda x: x["amt"])
    if not -outs[0]["amt"] > -outs[1]["amt"] * 1.05:
        raise GuardError("biggest payment near tie")
    Q(DS, "What was the single biggest payment out of the business, and what was it for?",
      {"label": ["wax melter", "melter", "Equipment"], "number": round(-outs[0]["amt"], 6), "unit": "£"},
      f"Most negative non-void amount: {outs[0]['details']} ({outs[0]['cat']}).")
    gr = defaultdict(float)
    for x in L:
        if x["cat"] in income_cats and x["date"].month <= 9:
            gr[x["cat"]] += x["amt"] if x["date"].year == 2025 else -x["amt"]
    gg = top(gr, "income stream growth")
    Q(DS, "Which income stream grew the most between January-September 2024 and January-September 2025, and by how much?",
      {"label": lab[gg], "number": round(positive(gr[gg], "growth"), 6), "unit": "£"},
      "Per income Category, non-void Jan-Sep 2025 minus Jan-Sep 2024.")
    Q(DS, "On average, how much did I spend on wax per month in 2024?",
      N(-sum(x["amt"] for x in y24 if x["cat"] == "wax") / 12, "£"), "Non-void Wax spend in 2024 / 12.")
    away(list(net.values()), 0, 20, "net months 2024")
    Q(DS, "In how many months of 2024 did I spend more than I took in?", N(sum(1 for v in net.values() if v < 0)),
      "Months of 2024 whose sum of non-void amounts is negative (none within £20 of zero).")
    Q(DS, "What was my net for December 2024, money in minus money out?", N(net[12], "£"),
      "Sum of non-void amounts dated December 2024.")
    Q(DS, "How much have the candle-making workshops brought in altogether?",
      N(sum(x["amt"] for x in L if x["cat"] == "workshop"), "£"), "Sum of non-void Workshop amounts.")
    Q(DS, "How much did I take at craft fairs in November and December 2024 put together?",
      N(sum(x["amt"] for x in y24 if x["cat"] == "craft fair" and x["date"].month in (11, 12)), "£"),
      "Non-void Craft Fair amounts dated Nov-Dec 2024.")
    Q(DS, "How much did I pay in pitch fees for craft fairs during 2025?",
      N(-sum(x["amt"] for x in L if x["cat"] == "pitch fee" and x["date"].year == 2025), "£"),
      "Minus the sum of non-void Pitch Fee amounts dated 2025.")


# =============================================================================================
# 3. lifeguards


def lifeguards():
    DS = ["lifeguard_daily.csv"]
    R = []
    for r in load("lifeguard_daily.csv"):
        R.append({"date": datetime.strptime(r["Date"], "%m/%d/%Y").date(), "tower": fold(r["Tower"]),
                  "status": fold(r["Status"]), "vis": num(r["Visitors (est)"]), "resc": num(r["Rescues"]),
                  "fa": num(r["First Aid"]), "lost": num(r["Lost Children"]), "flag": fold(r["Flag"]),
                  "temp": num(r["Water Temp (F)"]), "guards": num(r["Guards on Duty"])})
    op = [x for x in R if x["status"] == "open"]
    Y = lambda rows, y: [x for x in rows if x["date"].year == y]  # noqa: E731
    S = lambda rows, k: sum(x[k] for x in rows if x[k] is not None)  # noqa: E731
    TL = lambda t: [t.title(), t]  # noqa: E731
    Q(DS, "How many rescues did our lifeguards make in summer 2025, all towers together?", N(S(Y(op, 2025), "resc")),
      "Sum of Rescues over 2025 rows.")
    Q(DS, "How many rescues were there across the beach in summer 2024?", N(S(Y(op, 2024), "resc")),
      "Sum of Rescues over 2024 rows.")
    rt = defaultdict(float)
    for x in Y(op, 2025):
        rt[x["tower"]] += x["resc"]
    a, b = top2(rt, "rescues per tower 2025")
    Q(DS, "Which tower made the most rescues in 2025, and which came second?", {"label": TL(a), "labels": [TL(b)]},
      "Rescues per folded Tower in 2025.")
    kv = [x for x in Y(op, 2025) if x["vis"] is not None]
    Q(DS, "Across summer 2025, how many rescues were there per 1,000 visitors? Only use days where the visitors were "
          "counted.", N(1000 * S(kv, "resc") / S(kv, "vis")),
      "Sum Rescues / sum Visitors x 1000 over 2025 open rows with a numeric visitor count.")
    mb = [x["vis"] for x in Y(op, 2024) if x["tower"] == "main beach" and x["vis"] is not None]
    Q(DS, "On an average open day in 2024, how many visitors did Main Beach get? Ignore days with no count.", N(mean(mb)),
      "Mean Visitors over Main Beach open rows of 2024 with a numeric count.")
    Q(DS, "How many times did a tower have to close because of the weather in 2025? Count each tower on each day.",
      N(sum(1 for x in Y(R, 2025) if x["status"].startswith("closed - weather"))),
      "2025 rows whose Status folds to 'closed - weather'.")
    mv = defaultdict(float)
    for x in Y(op, 2024):
        mv[x["date"].month] += x["vis"] or 0
    m = top(mv, "visitors per month 2024")
    Q(DS, "Which month of summer 2024 was the busiest for visitors?", {"label": month_label(2024, m) + [MONTHS[m - 1]]},
      "Sum of Visitors per month of 2024.")
    v24, v25 = S(Y(op, 2024), "vis"), S(Y(op, 2025), "vis")
    Q(DS, "By what percentage did the total number of visitors go up from summer 2024 to summer 2025? Include every "
          "tower, the new one too.", N(positive(100 * (v25 / v24 - 1), "visitor growth"), "%"),
      f"Sum of numeric Visitors: 2024 {v24:.0f}, 2025 {v25:.0f}.")
    wt = defaultdict(float)
    wn = defaultdict(list)
    for x in op:
        if x["vis"] is not None:
            wt[x["date"].weekday()] += x["vis"]
            wn[x["date"].weekday()].append(x["vis"])
    w = same(top(wt, "visitors per weekday"), top({k: mean(v) for k, v in wn.items()}, "mean visitors per weekday"),
             "weekday total vs average")
    Q(DS, "Which day of the week brings the most visitors to the beach?", {"label": wd_label(w)},
      "Sum of Visitors per weekday over both summers (the same by average per tower-day).")
    Q(DS, "On how many open tower-days in 2025 was a red flag flying?",
      N(sum(1 for x in Y(op, 2025) if x["flag"] == "red")), "2025 open rows with Flag red.")
    tp = [x["temp"] for x in R if x["date"].year == 2025 and x["date"].month == 8 and x["temp"] is not None]
    Q(DS, "What was the average water temperature in August 2025, averaging every tower's daily reading and ignoring "
          "missing ones?", N(mean(tp), "F"), "Mean of numeric Water Temp over August 2025 rows (open or closed).")
    r24 = [x["resc"] for x in Y(op, 2024)]
    Q(DS, "In 2024, how many times did a single tower make more than 5 rescues in one day?", N(sum(1 for v in r24 if v > 5)),
      "2024 open rows with Rescues > 5 (6 or more).")
    fa = Y(op, 2025)
    Q(DS, "What share of 2025's first-aid cases were dealt with at Main Beach?",
      N(100 * S([x for x in fa if x["tower"] == "main beach"], "fa") / S(fa, "fa"), "%"),
      "Main Beach First Aid 2025 / all First Aid 2025 x 100.")
    Q(DS, "On how many open tower-days is the visitor count missing?", N(sum(1 for x in op if x["vis"] is None)),
      "Open rows whose Visitors is not a number.")
    Q(DS, "How many visitors has South Cove had since it opened?",
      N(S([x for x in op if x["tower"] == "south cove"], "vis")), "Sum of numeric Visitors over South Cove rows.")
    gr = defaultdict(float)
    for x in op:
        if x["tower"] != "south cove":
            gr[x["tower"]] += x["resc"] if x["date"].year == 2025 else -x["resc"]
    g = top(gr, "rescue growth per tower")
    Q(DS, "Of the four towers we had in both summers, which saw the biggest rise in rescues from 2024 to 2025, and by "
          "how many?", {"label": TL(g), "number": positive(gr[g], "rise"), "unit": "rescues"},
      "Per folded Tower (South Cove excluded), Rescues 2025 minus 2024.")
    dv = defaultdict(float)
    for x in Y(op, 2025):
        dv[x["date"]] += x["vis"] or 0
    bd = top(dv, "busiest day 2025")
    Q(DS, "What was the single busiest day of summer 2025 across all the towers, going by visitors?",
      {"label": day_label(bd)}, "Sum of numeric Visitors per date in 2025.")
    Q(DS, "How many first-aid cases did we deal with over both summers?", N(S(op, "fa")), "Sum of First Aid over all rows.")
    Q(DS, "What share of 2025's rescues happened at towers flying a red flag that day?",
      N(100 * S([x for x in fa if x["flag"] == "red"], "resc") / S(fa, "resc"), "%"),
      "Rescues on 2025 open red-flag rows / all 2025 Rescues x 100.")
    Q(DS, "How many lost children were reported in July 2024?",
      N(S([x for x in op if x["date"].year == 2024 and x["date"].month == 7], "lost")), "Sum of Lost Children, July 2024.")
    rr = defaultdict(lambda: [0.0, 0.0])
    for x in op:
        if x["vis"] is not None:
            rr[x["tower"]][0] += x["resc"]
            rr[x["tower"]][1] += x["vis"]
    t = top({k: 1000 * v[0] / v[1] for k, v in rr.items()}, "rescue rate per tower")
    Q(DS, "Which tower has the highest rescue rate per 1,000 visitors over both summers (days with a visitor count only)?",
      {"label": TL(t)}, "Per folded Tower, sum Rescues / sum Visitors over open rows with a numeric count.")


# =============================================================================================
# 4. removals


def removals():
    DS = ["removals_jobs.csv"]
    J = []
    for r in load("removals_jobs.csv"):
        st = fold(r["Status"])
        J.append({"no": int(r["Job No"]), "enq": date.fromisoformat(r["Enquiry Date"]),
                  "move": date.fromisoformat(r["Move Date"]), "from": fold(r["From"]), "to": fold(r["To"]),
                  "prop": fold(r["Property"]), "crew": int(r["Crew"]), "hours": num(r["Hours"]), "miles": num(r["Miles"]),
                  "packing": yes(r["Packing Service"]), "quote": num(r["Quote"]), "inv": num(r["Invoice"]),
                  "done": st in ("completed", "done"), "cancelled": st.startswith("cancel")})
    D = [j for j in J if j["done"]]
    PL = {"flat": ["Flat", "Flats"], "2-bed house": ["2-bed house", "2-bed", "two-bed"],
          "3-bed house": ["3-bed house", "3-bed", "three-bed"], "4-bed house": ["4-bed house", "4-bed", "four-bed"],
          "office": ["Office", "Offices"]}
    TL = lambda t: [t.title(), t]  # noqa: E731
    Q(DS, "How much did we invoice for moves completed in 2024?", N(sum(j["inv"] for j in D if j["move"].year == 2024), "$"),
      "Sum of Invoice over completed jobs with a Move Date in 2024.")
    Q(DS, "How many moves have we completed in 2025?", N(sum(1 for j in D if j["move"].year == 2025)),
      "Completed jobs with a Move Date in 2025.")
    Q(DS, "What's the average invoice for a completed 3-bed house move?",
      N(mean(j["inv"] for j in D if j["prop"] == "3-bed house"), "$"), "Mean Invoice over completed 3-bed house jobs.")
    p25 = defaultdict(float)
    for j in D:
        if j["move"].year == 2025:
            p25[j["prop"]] += j["inv"]
    a, b = top2(p25, "invoiced per property type 2025")
    Q(DS, "Which kind of property earned us the most in 2025, and which was second?", {"label": PL[a], "labels": [PL[b]]},
      "Invoice per folded Property over completed jobs moved in 2025.")
    Q(DS, "What percentage of all our jobs were cancelled? Postponed jobs are not cancelled.",
      N(100 * sum(j["cancelled"] for j in J) / len(J), "%"), "Rows with Status starting 'cancel' (incl. Canceled) / all rows.")
    lead = [(j["move"] - j["enq"]).days for j in D]
    Q(DS, "For completed moves, how many days on average were there between the customer's enquiry and the move?",
      N(mean(lead), "days"), "Mean of Move Date - Enquiry Date over completed jobs.")
    Q(DS, "How many completed moves happened within 14 days of the enquiry (14 days or fewer)?",
      N(sum(1 for x in lead if x <= 14)), "Completed jobs with Move Date - Enquiry Date <= 14.")
    qi, qq = sum(j["inv"] for j in D), sum(j["quote"] for j in D)
    Q(DS, "Across all completed moves, by what percentage did the final invoices come in above the quotes? Compare total "
          "invoiced with total quoted.", N(positive(100 * (qi / qq - 1), "over quote"), "%"),
      "Sum Invoice / sum Quote - 1 over completed jobs, x 100.")
    Q(DS, "What share of completed moves included our packing service?",
      N(100 * sum(j["packing"] for j in D) / len(D), "%"), "Completed jobs with Packing Service yes / completed jobs.")
    hh = [j for j in D if j["hours"] is not None]
    Q(DS, "How many hours does a completed job take on average? Leave out jobs with no hours recorded.",
      N(mean(j["hours"] for j in hh), "hours"), "Mean of numeric Hours over completed jobs.")
    Q(DS, "How much do we invoice per hour on the job? Take total invoiced divided by total hours, over completed jobs "
          "that have their hours recorded.", N(sum(j["inv"] for j in hh) / sum(j["hours"] for j in hh), "$"),
      "Sum Invoice / sum Hours over completed jobs with numeric Hours.")
    mc = Counter(j["move"].month for j in D if j["move"].year == 2024)
    m = top(mc, "completed moves per month 2024")
    Q(DS, "Which month of 2024 had the most completed moves?", {"label": month_label(2024, m) + [MONTHS[m - 1]]},
      "Completed jobs per month of Move Date, 2024.")
    w = top(Counter(j["move"].weekday() for j in D), "weekday completed moves")
    same(w, top(Counter(j["move"].weekday() for j in J), "weekday all jobs"), "weekday with all jobs")
    Q(DS, "Which day of the week do most of our completed moves happen on?", {"label": wd_label(w)},
      "Completed jobs per weekday of Move Date (the same over all jobs).")
    t = top(Counter(j["from"] for j in D), "origin town")
    Q(DS, "Which town do most of our customers move out of? Completed moves only.", {"label": TL(t)},
      "Completed jobs per folded From.")
    away([j["inv"] for j in D], 2500, 1.0, "invoice over 2500")
    Q(DS, "How many completed moves were invoiced at over $2,500?", N(sum(1 for j in D if j["inv"] > 2500)),
      "Completed jobs with Invoice > 2500 (none within $1 of it).")
    Q(DS, "How many completed jobs are missing their hours?", N(sum(1 for j in D if j["hours"] is None)),
      "Completed jobs whose Hours is not a number.")

    def js(y, rows=D):
        return [j for j in rows if j["move"].year == y and j["move"].month <= 9]
    i24, i25 = sum(j["inv"] for j in js(2024)), sum(j["inv"] for j in js(2025))
    Q(DS, "By what percentage did our invoiced total for January-September 2025 grow on January-September 2024?",
      N(positive(100 * (i25 / i24 - 1), "invoice growth"), "%"), f"Completed Invoice by move date: {i24:.2f} -> {i25:.2f}.")
    g = Counter(j["prop"] for j in js(2025))
    g.subtract(Counter(j["prop"] for j in js(2024)))
    gp = top(dict(g), "growth in moves per property")
    Q(DS, "Which type of property saw the biggest increase in completed moves between January-September 2024 and "
          "January-September 2025, and by how many moves?",
      {"label": PL[gp], "number": positive(g[gp], "growth"), "unit": "moves"},
      "Per folded Property, completed jobs Jan-Sep 2025 minus Jan-Sep 2024.")
    Q(DS, "What's the average distance of a completed move in miles?", N(mean(j["miles"] for j in D), "miles"),
      "Mean Miles over completed jobs.")
    Q(DS, "What was the total value quoted on jobs that were cancelled?",
      N(sum(j["quote"] for j in J if j["cancelled"]), "$"), "Sum of Quote over cancelled rows.")
    t3 = topn(Counter(j["to"] for j in D), 3, "destination towns")
    Q(DS, "Which three towns did most of our completed moves go to?", {"labels": [TL(x) for x in t3]},
      "Completed jobs per folded To; top three.")
    Q(DS, "On average, how many crew did we send on a completed office move?",
      N(mean(j["crew"] for j in D if j["prop"] == "office"), "crew"), "Mean Crew over completed office jobs.")
    away([j["miles"] for j in D], 100, 1, "miles over 100")
    Q(DS, "How many completed moves were longer than 100 miles?", N(sum(1 for j in D if j["miles"] > 100)),
      "Completed jobs with Miles > 100.")


# =============================================================================================
# 5. reading log


def reading():
    DS = ["reading_log.csv"]
    B = []
    for r in load("reading_log.csv"):
        st = fold(r["Status"])
        B.append({"title": r["Title"], "author": r["Author"], "fmt": fold(r["Format"]), "genre": fold(r["Genre"]),
                  "pages": num(r["Pages"]), "start": datetime.strptime(r["Date Started"], "%Y/%m/%d").date(),
                  "fin": datetime.strptime(r["Date Finished"], "%Y/%m/%d").date() if r["Date Finished"] else None,
                  "status": st, "rating": num(r["My Rating"]), "borrowed": yes(r["Borrowed"])})
    F = [b for b in B if b["status"] in ("read", "finished") and b["fin"]]
    assert all(b["fin"] is None for b in B if b not in F)
    Y = lambda y: [b for b in F if b["fin"].year == y]  # noqa: E731
    GL = lambda g: [g.title(), g, "Sci-Fi", "science fiction"] if g == "sci-fi" else [g.title(), g]  # noqa: E731
    Q(DS, "How many books did I finish in 2024?", N(len(Y(2024))), "Finished books with Date Finished in 2024.")
    Q(DS, "How many pages did I read in 2024, counting the books I finished that year? Skip any without a page count.",
      N(sum(b["pages"] for b in Y(2024) if b["pages"] is not None), "pages"),
      "Sum of numeric Pages over books finished in 2024.")
    Q(DS, "What's my average rating for the books I finished in 2025?", N(mean(b["rating"] for b in Y(2025))),
      "Mean My Rating over books finished in 2025.")
    a, b2 = top2(Counter(b["genre"] for b in F), "finished per genre")
    Q(DS, "Which genre have I finished the most books in, and which is second?", {"label": GL(a), "labels": [GL(b2)]},
      "Finished books per folded Genre.")
    d = [(b["fin"] - b["start"]).days for b in F]
    Q(DS, "On average, how many days does it take me to get through a book, from the day I start to the day I finish?",
      N(mean(d), "days"), "Mean of Date Finished - Date Started over finished books.")
    lp = sorted((b for b in F if b["pages"] is not None), key=lambda b: -b["pages"])
    if lp[0]["pages"] == lp[1]["pages"]:
        raise GuardError("longest book tie")
    Q(DS, "What's the longest book I've finished, and how many pages is it?",
      {"label": [lp[0]["title"]], "number": lp[0]["pages"], "unit": "pages"}, "Finished book with the most Pages.")
    Q(DS, "How many books have I given up on?",
      N(sum(1 for b in B if b["status"] in ("dnf", "did not finish"))), "Rows with Status DNF / Did not finish.")
    Q(DS, "What share of the books I've finished were audiobooks?",
      N(100 * sum(1 for b in F if b["fmt"] == "audiobook") / len(F), "%"), "Finished audiobooks / finished books x 100.")
    au = top(Counter(b["author"] for b in F), "finished per author")
    Q(DS, "Which author have I finished the most books by?", {"label": [au, au.split()[-1]]}, "Finished books per Author.")
    gr = defaultdict(list)
    for b in F:
        gr[b["genre"]].append(b["rating"])
    hg = top({k: mean(v) for k, v in gr.items()}, "mean rating per genre", lead=0.03)
    Q(DS, "Which genre do I rate highest on average, going by the books I finished?", {"label": GL(hg)},
      "Mean My Rating per folded Genre over finished books (lead over the next > 3%).")
    n24 = sum(1 for b in F if b["fin"].year == 2024 and b["fin"].month <= 9)
    n25 = sum(1 for b in F if b["fin"].year == 2025 and b["fin"].month <= 9)
    if n25 >= n24:
        Q(DS, "By what percentage did the number of books I finished in January-September 2025 go up on the same months "
              "of 2024?", N(positive(100 * (n25 / n24 - 1), "books up"), "%"), f"Finished Jan-Sep: {n24} -> {n25}.")
    else:
        Q(DS, "By what percentage did the number of books I finished in January-September 2025 fall short of the same "
              "months of 2024?", N(positive(100 * (1 - n25 / n24), "books down"), "%"), f"Finished Jan-Sep: {n24} -> {n25}.")
    yc = Counter(b["fin"].year for b in F if b["fin"].year <= 2024)
    yy = top(yc, "finished per full year")
    Q(DS, "Looking at the full years 2021 to 2024, in which year did I finish the most books?", {"label": [str(yy)]},
      "Finished books per year of Date Finished, 2021-2024.")
    away([b["pages"] for b in F if b["pages"] is not None], 600, 1, "pages over 600")
    Q(DS, "How many books of more than 600 pages have I finished?",
      N(sum(1 for b in F if b["pages"] is not None and b["pages"] > 600)), "Finished books with Pages > 600.")
    Q(DS, "What share of the books I finished did I borrow rather than buy?",
      N(100 * sum(b["borrowed"] for b in F) / len(F), "%"), "Finished books with Borrowed yes / finished books x 100.")
    Q(DS, "How many books in my log have no page count?", N(sum(1 for b in B if b["pages"] is None)),
      "Rows whose Pages is not a number.")
    Q(DS, "How many books am I in the middle of reading right now?",
      N(sum(1 for b in B if b["status"] in ("currently reading", "reading"))), "Rows with Status currently reading / reading.")
    fr = mean(gr["fantasy"]) - mean(gr["literary"])
    Q(DS, "On average, how much higher do I rate the fantasy books I finish than the literary fiction ones?",
      N(positive(fr, "fantasy minus literary")), "Mean rating of finished fantasy minus finished literary.")
    Q(DS, "For the ebooks I finished, what's the average number of days from starting to finishing?",
      N(mean((b["fin"] - b["start"]).days for b in F if b["fmt"] == "ebook"), "days"),
      "Mean Date Finished - Date Started over finished books whose Format folds to ebook.")
    Q(DS, "How many Ann Cleeves books have I finished?", N(sum(1 for b in F if b["author"] == "Ann Cleeves")),
      "Finished books by Ann Cleeves.")
    Q(DS, "What was the average length in pages of the books I finished in 2023?",
      N(mean(b["pages"] for b in Y(2023) if b["pages"] is not None), "pages"),
      "Mean numeric Pages over books finished in 2023.")


def main():
    try:
        catering()
        candles()
        lifeguards()
        removals()
        reading()
    except GuardError as e:
        print("GUARD FAILED:", e)
        return 1
    out = []
    for i, q in enumerate(QUESTIONS, 1):
        out.append({"id": f"s27-{i:03d}", **q})
    for q in out:
        print(q["id"], "+".join(q["dataset"]), "|", q["question"], "=>", json.dumps(q["truth"], ensure_ascii=False))
    by = Counter(q["dataset"][0] for q in out)
    print(len(out), "questions", dict(by))
    if "--print" not in sys.argv and "--debug" not in sys.argv:
        (HERE / "questions.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
