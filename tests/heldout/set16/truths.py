#!/usr/bin/env python3
"""Set 16 truths: every question beside the code that computes its truth from data/*.csv.

    python3 tests/heldout/set16/truths.py           # prints every truth and rewrites questions.json
    python3 tests/heldout/set16/truths.py --print   # prints only

Reading rules (the same for every question):
- Text labels are folded: stripped, inner runs of spaces collapsed, compared case-insensitively
  ("Canceled" is "cancelled"; "No-show" / "no show" / "No Show" are one status).
- Missing-value words in number columns ("n/a", "unknown", "tbc", "not recorded", blank) are missing,
  not zero. A blank or "0" price on a cancelled row is 0.
- Money: "£38.00", "38", "$1,234.50", "-£12.50", "£-12.50"; euros with a decimal comma and dot
  thousands ("€ 1.240,00", "185,00").
- Dates: driving lessons ISO 'T' datetimes; pupils "3 Mar 2025"; campsite US M/D/YYYY; salon
  "3 Mar 2025 14:20"; van hires dd/mm/yyyy HH:MM; dog walks ISO dates.
- Salon: rows whose status is VOID (any case) are ignored everywhere except the question that counts them.
- A period ("in June", "Q2") is placed by the lesson start / campsite date / till time / hire pick-up /
  walk date.
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
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MON3 = [m[:3] for m in MONTHS]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MISSING = {"", "n/a", "na", "unknown", "tbc", "not recorded", "?"}


def rows(name):
    with open(DATA / name, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def fold(s):
    return re.sub(r"\s+", " ", (s or "").strip()).lower()


def num(s):
    t = (s or "").strip()
    if fold(t) in MISSING:
        return None
    return float(t)


def money(s):
    """pounds / dollars with dot decimals; signs before or after the currency symbol."""
    t = (s or "").strip()
    if fold(t) in MISSING:
        return None
    neg = "-" in t
    t = t.replace("-", "").replace("£", "").replace("$", "").replace(",", "").strip()
    v = float(t)
    return -v if neg else v


def euro(s):
    t = (s or "").strip()
    if fold(t) in MISSING:
        return None
    neg = "-" in t
    t = t.replace("-", "").replace("€", "").replace(" ", "").replace(".", "").replace(",", ".")
    v = float(t)
    return -v if neg else v


def month_label(m):
    return [MONTHS[m - 1], f"{MONTHS[m - 1]} 2025", f"2025-{m:02d}", f"{MON3[m - 1]} 2025"]


def date_label(d, us=False):
    out = [f"{d.day} {MONTHS[d.month - 1]}", f"{MONTHS[d.month - 1]} {d.day}",
           f"{d.day}{'th' if 11 <= d.day <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d.day % 10, 'th')} "
           f"{MONTHS[d.month - 1]}", f"{MON3[d.month - 1]} {d.day}", f"{d.day} {MON3[d.month - 1]}", d.isoformat()]
    if us:
        out.append(f"{d.month}/{d.day}/{d.year}")
    return out


def weekday_label(i):
    return [WEEKDAYS[i], WEEKDAYS[i] + "s"]


def top(counter, lowest=False, margin=0.02):
    """The key with the highest (or lowest) value; guard that it leads the runner-up by more than margin."""
    items = sorted(counter.items(), key=lambda kv: kv[1], reverse=not lowest)
    (k1, v1), (k2, v2) = items[0], items[1]
    if lowest:
        assert v2 > v1 * (1 + margin), f"tie at the bottom: {items[:3]}"
    else:
        assert v1 > v2 * (1 + margin), f"tie at the top: {items[:3]}"
    return k1


def positive(x):
    assert x > 0, f"not positive: {x}"
    return x


def q_of(d):
    return (d.month - 1) // 3 + 1


# ---------------------------------------------------------------------------------------------
# loading


def load_lessons():
    out = []
    for r in rows("driving_lessons.csv"):
        st = fold(r["status"])
        st = {"completed": "completed", "cancelled": "cancelled", "canceled": "cancelled",
              "no-show": "noshow", "no show": "noshow"}[st]
        start = dt.datetime.fromisoformat(r["start"])
        end = dt.datetime.fromisoformat(r["end"]) if r["end"].strip() else None
        p = money(r["price"])
        out.append({"pupil": int(r["pupil_id"]), "inst": fold(r["instructor"]).title(), "start": start, "end": end,
                    "type": fold(r["lesson_type"]), "price": p or 0.0, "status": st,
                    "mins": (end - start).total_seconds() / 60 if end else None})
    return out


def load_pupils():
    out = {}
    for r in rows("driving_pupils.csv"):
        d, m, y = r["signed_up"].split()
        res = fold(r["passed_test"])
        passed = True if res in ("yes", "y", "true") else (False if res in ("no", "n", "false") else None)
        out[int(r["pupil_id"])] = {"area": fold(r["area"]).title(), "ref": fold(r["heard_about_us"]),
                                   "signed": dt.date(int(y), MON3.index(m) + 1, int(d)), "passed": passed}
    return out


def load_camp():
    out = []
    for r in rows("campsite_daily.csv"):
        m, d, y = (int(x) for x in r["date"].split("/"))
        t = money(r["takings"])
        out.append({"date": dt.date(y, m, d), "area": fold(r["area"]), "let": int(num(r["pitches_let"]) or 0),
                    "cap": int(r["pitches_available"]), "takings": t or 0.0, "hook": num(r["hookups_used"]),
                    "open": fold(r["status"]) == "open"})
    return out


def load_salon():
    out = []
    for r in rows("salon_till.csv"):
        d, m, y, hm = r["when"].split()
        h, mi = hm.split(":")
        out.append({"t": dt.datetime(int(y), MON3.index(m) + 1, int(d), int(h), int(mi)), "kind": fold(r["kind"]),
                    "sty": fold(r["stylist"]).title(), "item": fold(r["item"]), "amt": money(r["amount"]),
                    "pay": fold(r["paid_by"]), "void": fold(r["status"]) == "void"})
    return out


def load_vans():
    out = []
    for r in rows("van_hires.csv"):
        p = dt.datetime.strptime(r["picked_up"], "%d/%m/%Y %H:%M")
        ret = dt.datetime.strptime(r["returned"], "%d/%m/%Y %H:%M") if r["returned"].strip() else None
        st = {"returned": "returned", "cancelled": "cancelled", "no-show": "noshow", "no show": "noshow"}[
            fold(r["status"])]
        dm = fold(r["damage"])
        out.append({"van": fold(r["van"]), "cust": fold(r["customer_type"]), "pick": p, "ret": ret,
                    "hours": (ret - p).total_seconds() / 3600 if ret else None, "km": num(r["km_driven"]),
                    "total": euro(r["total"]) or 0.0, "dep": euro(r["deposit"]) or 0.0,
                    "damage": True if dm in ("yes", "y") else (False if dm in ("no", "n") else None), "status": st})
    return out


def load_walks():
    out = []
    for r in rows("dog_walks.csv"):
        st = {"done": "done", "cancelled": "cancelled", "canceled": "cancelled"}[fold(r["status"])]
        pd = fold(r["paid"])
        out.append({"date": dt.date.fromisoformat(r["date"]), "dog": r["dog"].strip(), "owner": r["owner"].strip(),
                    "walker": fold(r["walker"]).title(), "type": fold(r["walk_type"]), "mins": num(r["minutes"]),
                    "price": money(r["price"]) or 0.0, "status": st,
                    "paid": True if pd in ("yes", "y", "paid") else (False if pd in ("no", "n", "unpaid") else None)})
    return out


L = load_lessons()
P = load_pupils()
C = load_camp()
S = [r for r in load_salon() if not r["void"]]
S_ALL = load_salon()
V = load_vans()
W = load_walks()

QS = []


def q(dataset, question, note, **truth):
    QS.append({"dataset": dataset, "question": question, "truth": truth, "note": note})


def n6(x):
    return round(float(x), 6)


DL = ["driving_lessons.csv"]
DLP = ["driving_lessons.csv", "driving_pupils.csv"]
DP = ["driving_pupils.csv"]
done = [r for r in L if r["status"] == "completed"]

# ---------------------------------------------------------------- A. driving school
q(DL, "How much did we take from completed lessons in the second quarter?",
  "sum of price over completed lessons starting April-June 2025",
  number=n6(sum(r["price"] for r in done if q_of(r["start"]) == 2)), unit="£")
q(DL, "how many lessons got cancelled in total?", "rows with status cancelled/canceled",
  number=sum(r["status"] == "cancelled" for r in L), unit="lessons")
q(DL, "Which instructor taught the most lessons? Only count the ones that actually happened.",
  "count of completed lessons per instructor (folded spelling)",
  label=[top(Counter(r["inst"] for r in done))])
# reading check: most booked lessons is the same instructor
assert top(Counter(r["inst"] for r in L)) == top(Counter(r["inst"] for r in done))
q(DL, "Who did the fewest completed lessons this year?", "lowest count of completed lessons per instructor",
  label=[top(Counter(r["inst"] for r in done), lowest=True)])
mw = [r["mins"] for r in done if r["type"] == "motorway"]
q(DL, "What's the average length of a motorway lesson in minutes, start to finish?",
  "mean of end - start over completed Motorway lessons", number=n6(sum(mw) / len(mw)), unit="min")
q(DL, "total hours of driving taught in May", "sum of end - start over completed lessons starting in May, in hours",
  number=n6(sum(r["mins"] for r in done if r["start"].month == 5) / 60), unit="hours")
q(DL, "What's our no-show rate? No-shows as a percentage of every lesson booked, cancelled ones included.",
  "no-show rows / all rows", number=n6(100 * sum(r["status"] == "noshow" for r in L) / len(L)), unit="%")
q(DL, "How much have no-show fees brought in?", "sum of price over no-show rows (they are charged the full price)",
  number=n6(sum(r["price"] for r in L if r["status"] == "noshow")), unit="£")
h1 = sum(r["price"] for r in done if r["start"].month <= 6)
h2 = sum(r["price"] for r in done if r["start"].month >= 7)
q(DL, "How much more did completed lessons earn in the second half of the year than in the first half?",
  "H2 minus H1 sum of price over completed lessons", number=n6(positive(h2 - h1)), unit="£")
q(DL, "Which month had the fewest completed lessons?", "count of completed lessons per start month (lessons run to "
  "20 December)", label=month_label(top(Counter(r["start"].month for r in done), lowest=True)))
q(DL, "How many different pupils actually had a lesson with us in March?",
  "distinct pupil ids (leading zeros folded) over completed lessons starting in March",
  number=len({r["pupil"] for r in done if r["start"].month == 3}), unit="pupils")
oct_ = [r["price"] for r in done if r["start"].month == 10]
q(DL, "What was the average we made per completed lesson in October?",
  "mean price over completed lessons starting in October", number=n6(sum(oct_) / len(oct_)), unit="£")
q(DL, "How many test day lessons did Gary do in the second half of the year?",
  "completed Test day lessons by Gary starting July-December",
  number=sum(r["inst"] == "Gary" and r["type"] == "test day" and r["start"].month >= 7 for r in done),
  unit="lessons")
by_type = Counter()
for r in done:
    by_type[r["type"]] += r["price"]
by_type_ns = Counter({k: v for k, v in by_type.items() if k != "standard"})
tt = top(by_type_ns)
assert tt == "double"
q(DL, "Apart from standard lessons, which lesson type made us the most money? Leave out cancellations.",
  "sum of price over completed lessons per type, Standard excluded (no-show fees would not change it)",
  label=["Double", "Doubles"])
by_type_all = Counter()
for r in L:
    if r["status"] != "cancelled" and r["type"] != "standard":
        by_type_all[r["type"]] += r["price"]
assert top(by_type_all) == "double"
q(DL, "What's the longest any completed lesson has run, in minutes?", "max of end - start over completed lessons",
  number=n6(max(r["mins"] for r in done)), unit="min")
sat = Counter(r["start"].weekday() for r in L if r["status"] == "cancelled")
q(DL, "how many lessons did we book on saturdays", "rows starting on a Saturday, any status",
  number=sum(r["start"].weekday() == 5 for r in L), unit="lessons")

# joins
area_inc = Counter()
for r in done:
    area_inc[P[r["pupil"]]["area"]] += r["price"]
q(DLP, "Which area do we earn the least from? Use the pupil list for where they live, completed lessons only.",
  "completed lesson price joined to pupils.area by pupil id (leading zeros folded)",
  label=[top(area_inc, lowest=True, margin=0.05)])
q(DLP, "How much lesson income came from pupils who heard about us on Facebook? Completed lessons only.",
  "sum of price over completed lessons whose pupil's heard_about_us folds to facebook",
  number=n6(sum(r["price"] for r in done if P[r["pupil"]]["ref"] == "facebook")), unit="£")
q(DLP, "How many completed lessons did pupils from Hillcrest have in Q3?",
  "completed lessons starting July-September whose pupil's area folds to hillcrest",
  number=sum(P[r["pupil"]]["area"] == "Hillcrest" and q_of(r["start"]) == 3 for r in done), unit="lessons")
ref_n = Counter(P[r["pupil"]]["ref"] for r in done)
q(DLP, "Which referral source gives us the most completed lessons?",
  "count of completed lessons per pupil heard_about_us (folded)",
  label=[{"word of mouth": "Word of mouth", "google": "Google", "facebook": "Facebook",
          "school leaflet": "School leaflet"}[top(ref_n)]])
# pupils alone
q(DP, "How many of our pupils have passed their test?", "passed_test yes / Y / TRUE (any case)",
  number=sum(p["passed"] is True for p in P.values()), unit="pupils")
taken = [p for p in P.values() if p["passed"] is not None]
q(DP, "Of the pupils who've taken their test, what percentage passed?", "passed / (passed + failed); blank = not taken",
  number=n6(100 * sum(p["passed"] for p in taken) / len(taken)), unit="%")
q(DP, "Where do most of our pupils live?", "most common folded area in the pupil list",
  label=[top(Counter(p["area"] for p in P.values()), margin=0.05)])
q(DP, "how many pupils signed up in the first quarter of 2025", "signed_up in January-March 2025",
  number=sum(p["signed"].year == 2025 and p["signed"].month <= 3 for p in P.values()), unit="pupils")

# ---------------------------------------------------------------- B. campsite
CD = ["campsite_daily.csv"]
AREA_LAB = {"tent field": ["Tent Field"], "hardstanding": ["Hardstanding"], "glamping pods": ["Glamping Pods",
            "Glamping pod", "pods"], "campervan bays": ["Campervan Bays", "Campervan bay"]}
q(CD, "What were total takings in July?", "sum of takings over all rows dated July (closed rows are blank or $0)",
  number=n6(sum(r["takings"] for r in C if r["date"].month == 7)), unit="$")
cq2 = sum(r["takings"] for r in C if q_of(r["date"]) == 2)
cq3 = sum(r["takings"] for r in C if q_of(r["date"]) == 3)
q(CD, "How much more did the campsite take in Q3 than in Q2?", "Q3 minus Q2 sum of takings",
  number=n6(positive(cq3 - cq2)), unit="$")
aug = Counter()
for r in C:
    if r["date"].month == 8:
        aug[r["area"]] += r["takings"]
q(CD, "Which area took the most money in August?", "sum of takings per folded area in August",
  label=AREA_LAB[top(aug)])
gp = [r for r in C if r["area"] == "glamping pods" and r["open"]]
q(CD, "What was the occupancy of the glamping pods over the season, counting only days they were open? "
      "I mean pitches let divided by pitches available.",
  "sum pitches_let / sum pitches_available over open glamping pod rows",
  number=n6(100 * sum(r["let"] for r in gp) / sum(r["cap"] for r in gp)), unit="%")
q(CD, "how many days was the tent field closed", "closed rows for the tent field",
  number=sum(r["area"] == "tent field" and not r["open"] for r in C), unit="days")
cb = [r["takings"] for r in C if r["area"] == "campervan bays" and r["open"]]
q(CD, "What did the campervan bays take on average per day they were open?",
  "mean takings over open campervan bay rows", number=n6(sum(cb) / len(cb)), unit="$")
site_day = Counter()
for r in C:
    site_day[r["date"]] += r["takings"]
best = top(Counter({d: v for d, v in site_day.items() if d.month == 4}))
q(CD, "What was the whole site's best day for takings in April?", "sum of takings per April date, all areas",
  label=date_label(best, us=True))
site_let = Counter()
for r in C:
    site_let[r["date"]] += r["let"]
wd_tot, wd_n = Counter(), Counter()
for d, v in site_let.items():
    wd_tot[d.weekday()] += v
    wd_n[d.weekday()] += 1
wd_avg = Counter({k: wd_tot[k] / wd_n[k] for k in wd_tot})
row_tot, row_n = Counter(), Counter()
for r in C:
    if r["open"]:
        row_tot[r["date"].weekday()] += r["let"]
        row_n[r["date"].weekday()] += 1
assert top(Counter({k: row_tot[k] / row_n[k] for k in row_tot})) == top(wd_avg)
q(CD, "Which day of the week has the most pitches let on average across the site?",
  "mean over dates of the site's total pitches let, per weekday (per open row gives the same)",
  label=weekday_label(top(wd_avg)))
hs = [r["hook"] for r in C if r["area"] == "hardstanding" and r["open"] and r["hook"] is not None]
q(CD, "What's the average number of electric hookups used per day on the hardstanding? Only days it was open, "
      "and skip days nobody recorded it.",
  "mean hookups_used over open hardstanding rows with a number", number=n6(sum(hs) / len(hs)), unit="hookups")
m_let, m_cap = Counter(), Counter()
m_let_all, m_cap_all = Counter(), Counter()
for r in C:
    m_let_all[r["date"].month] += r["let"]
    m_cap_all[r["date"].month] += r["cap"]
    if r["open"]:
        m_let[r["date"].month] += r["let"]
        m_cap[r["date"].month] += r["cap"]
occ = Counter({m: m_let[m] / m_cap[m] for m in m_let})
occ_all = Counter({m: m_let_all[m] / m_cap_all[m] for m in m_let_all})
assert top(occ) == top(occ_all)
q(CD, "Which month had the highest occupancy across the site?",
  "sum pitches_let / sum pitches_available per month over open rows (all rows gives the same)",
  label=month_label(top(occ)))
jun, jul = Counter(), Counter()
for r in C:
    if r["date"].month == 6:
        jun[r["area"]] += r["takings"]
    if r["date"].month == 7:
        jul[r["area"]] += r["takings"]
g_pct = Counter({a: jul[a] / jun[a] - 1 for a in jun})
g_abs = Counter({a: jul[a] - jun[a] for a in jun})
assert top(g_pct) == top(g_abs)
q(CD, "Which area grew its takings the most from June to July?",
  "July minus June takings per area; the top is the same in money and in percent",
  label=AREA_LAB[top(g_pct, margin=0.05)])
q(CD, "How many pitch nights did we sell over the whole season?", "sum of pitches_let over all rows",
  number=sum(r["let"] for r in C), unit="pitch nights")
q(CD, "On average, how much did the whole site take per day in August?",
  "sum of August takings / 31 (every area open every August day)",
  number=n6(sum(r["takings"] for r in C if r["date"].month == 8) / 31), unit="$")
assert all(r["open"] for r in C if r["date"].month == 8)
q(CD, "How many times were the glamping pods fully booked?", "open glamping pod rows with pitches_let = 8",
  number=sum(r["area"] == "glamping pods" and r["let"] == r["cap"] for r in C), unit="days")
allt = sum(r["takings"] for r in C)
q(CD, "What share of the season's takings came from the glamping pods?", "glamping pod takings / all takings",
  number=n6(100 * sum(r["takings"] for r in C if r["area"] == "glamping pods") / allt), unit="%")
q(CD, "How much did the campervan bays take in October?", "sum of takings, campervan bays, October",
  number=n6(sum(r["takings"] for r in C if r["area"] == "campervan bays" and r["date"].month == 10)), unit="$")
thr = [v for v in site_day.values()]
assert not any(abs(v - 2500) < 5 for v in thr)
q(CD, "On how many days did the site take more than $2,500 in total?", "dates whose summed takings exceed 2500",
  number=sum(v > 2500 for v in thr), unit="days")
hsr = [r for r in C if r["area"] == "hardstanding"]
q(CD, "What do we take per pitch night on the hardstanding?", "sum takings / sum pitches_let, hardstanding",
  number=n6(sum(r["takings"] for r in hsr) / sum(r["let"] for r in hsr)), unit="$ per pitch night")

# ---------------------------------------------------------------- C. salon
SD = ["salon_till.csv"]
q(SD, "What did the till net in March, everything in and out? Ignore void lines.",
  "sum of signed amounts dated March, VOID rows excluded",
  number=n6(sum(r["amt"] for r in S if r["t"].month == 3)), unit="£")
q(SD, "How much have we refunded in total?", "minus the sum of Refund amounts (all negative)",
  number=n6(positive(-sum(r["amt"] for r in S if r["kind"] == "refund"))), unit="£")
q(SD, "how much did we spend on supplies in Q1", "minus the sum of Supplies amounts January-March",
  number=n6(positive(-sum(r["amt"] for r in S if r["kind"] == "supplies" and q_of(r["t"]) == 1))), unit="£")
svc = [r for r in S if r["kind"] == "service"]
sty_svc = Counter()
for r in svc:
    sty_svc[r["sty"]] += r["amt"]
q(SD, "Which stylist brought in the most from services?", "sum of Service amounts per stylist",
  label=[top(sty_svc)])
tips = Counter()
for r in S:
    if r["kind"] == "tip":
        tips[r["sty"]] += r["amt"]
q(SD, "Who got the most in tips?", "sum of Tip amounts per stylist", label=[top(tips)])
sales = [r for r in S if r["kind"] in ("service", "retail")]
q(SD, "What share of service and retail sales were paid by card?",
  "card service+retail amounts / all service+retail amounts",
  number=n6(100 * sum(r["amt"] for r in sales if r["pay"] == "card") / sum(r["amt"] for r in sales)), unit="%")
ref_m = Counter()
for r in S:
    if r["kind"] == "refund":
        ref_m[r["t"].month] += -r["amt"]
q(SD, "Which month did we refund the most money?", "refunded money per month",
  label=month_label(top(ref_m)))
q(SD, "What's the average price of a service?", "mean of Service amounts",
  number=n6(sum(r["amt"] for r in svc) / len(svc)), unit="£")
q(SD, "How many void entries are there on the till?", "rows with status VOID in any case",
  number=sum(r["void"] for r in S_ALL), unit="entries")
ret_m = Counter()
for r in S:
    if r["kind"] == "retail":
        ret_m[r["t"].month] += r["amt"]
q(SD, "How much more did retail sales make in May than in April?", "May minus April sum of Retail amounts",
  number=n6(positive(ret_m[5] - ret_m[4])), unit="£")
q(SD, "How much did gift voucher sales bring in during Q2?", "sum of Gift voucher amounts April-June",
  number=n6(sum(r["amt"] for r in S if r["kind"] == "gift voucher" and q_of(r["t"]) == 2)), unit="£")
pop = Counter(r["item"] for r in svc)
assert top(pop, margin=0.1) == "cut & finish"
q(SD, "What's our most popular service?", "most common item among Service rows",
  label=["Cut & finish", "Cut and finish", "Cut & finishes"])
q(SD, "How many colours did Marco do in June?", "Service rows, item Colour, stylist Marco, June",
  number=sum(r["sty"] == "Marco" and r["item"] == "colour" and r["t"].month == 6 for r in svc), unit="services")
q(SD, "how much did the team get in tips in february", "sum of Tip amounts in February",
  number=n6(sum(r["amt"] for r in S if r["kind"] == "tip" and r["t"].month == 2)), unit="£")
q(SD, "Which weekday is busiest for appointments?", "count of Service rows per weekday",
  label=weekday_label(top(Counter(r["t"].weekday() for r in svc), margin=0.05)))
q(SD, "What were net takings for the whole half-year, with refunds and supplies taken off? Don't count void lines.",
  "sum of all signed amounts, VOID rows excluded",
  number=n6(sum(r["amt"] for r in S)), unit="£")
apr_days = {r["t"].date() for r in S if r["t"].month == 4}
q(SD, "In April, what did services take on average per day we were open?",
  "April Service amounts / distinct April dates with any till entry",
  number=n6(sum(r["amt"] for r in svc if r["t"].month == 4) / len(apr_days)), unit="£")
prod = Counter()
for r in S:
    if r["kind"] == "retail":
        prod[re.sub(r" x\d+$", "", r["item"])] += r["amt"]
q(SD, "Which retail product brings in the most money?", "sum of Retail amounts per product (the ' x2' folded)",
  label={"hair oil": ["Hair oil"], "styling cream": ["Styling cream"], "conditioner": ["Conditioner"],
         "shampoo": ["Shampoo"], "hairspray": ["Hairspray"]}[top(prod)])
q(SD, "How many clients did Sam see in January?", "Service rows by Sam in January",
  number=sum(r["sty"] == "Sam" and r["t"].month == 1 for r in svc), unit="services")

# ---------------------------------------------------------------- D. vans
VD = ["van_hires.csv"]
rt = [r for r in V if r["status"] == "returned"]
VAN_LAB = {"small van": ["Small van", "Small vans"], "transit": ["Transit", "Transits"], "luton": ["Luton", "Lutons"],
           "minibus": ["Minibus", "Minibuses"]}
q(VD, "How much did we take from returned hires picked up in June?",
  "sum of total over returned hires picked up in June", number=n6(sum(r["total"] for r in rt if r["pick"].month == 6)),
  unit="€")
lu = [r["hours"] for r in rt if r["van"] == "luton"]
q(VD, "What's the average hire length in hours for the Luton vans?", "mean returned - picked_up over returned Lutons",
  number=n6(sum(lu) / len(lu)), unit="hours")
q(VD, "How many hires came back with damage?", "returned hires with damage yes/Y/y",
  number=sum(r["damage"] is True for r in rt), unit="hires")
q(VD, "How much did we collect in deposits on hires picked up in Q2? Leave out cancelled bookings.",
  "sum of deposit over non-cancelled hires picked up April-June",
  number=n6(sum(r["dep"] for r in V if r["status"] != "cancelled" and q_of(r["pick"]) == 2)), unit="€")
q(VD, "On returned hires, what share of the total was paid up front as a deposit?",
  "sum deposit / sum total over returned hires",
  number=n6(100 * sum(r["dep"] for r in rt) / sum(r["total"] for r in rt)), unit="%")
km = Counter()
for r in rt:
    if r["km"] is not None:
        km[r["van"]] += r["km"]
q(VD, "Which type of van clocked up the most kilometres? Skip hires where it wasn't recorded.",
  "sum of numeric km_driven per van type", label=VAN_LAB[top(km)])
kms = [r["km"] for r in rt if r["km"] is not None]
q(VD, "average km per hire, ignoring hires where the km wasn't written down",
  "mean of numeric km_driven over returned hires", number=n6(sum(kms) / len(kms)), unit="km")
q(VD, "How many no-shows did we have?", "status No-show / no show / No Show",
  number=sum(r["status"] == "noshow" for r in V), unit="hires")
wd_all = Counter(r["pick"].weekday() for r in V)
wd_nc = Counter(r["pick"].weekday() for r in V if r["status"] != "cancelled")
assert top(wd_all, lowest=True, margin=0.2) == top(wd_nc, lowest=True, margin=0.2)
q(VD, "Which day of the week is quietest for pickups?", "fewest hires per pick-up weekday (with or without "
  "cancelled ones)", label=weekday_label(top(wd_all, lowest=True, margin=0.2)))
q(VD, "How long was our longest hire, in hours?", "max returned - picked_up",
  number=n6(max(r["hours"] for r in rt)), unit="hours")
bus = sum(r["total"] for r in rt if r["cust"] == "business")
pri = sum(r["total"] for r in rt if r["cust"] == "private")
if pri > bus:
    q(VD, "How much more did private customers spend with us than business customers? Returned hires only.",
      "private minus business sum of total over returned hires", number=n6(positive(pri - bus)), unit="€")
else:
    q(VD, "How much more did business customers spend with us than private customers? Returned hires only.",
      "business minus private sum of total over returned hires", number=n6(positive(bus - pri)), unit="€")
assert not any(abs(r["hours"] - 120) < 12 for r in rt)
q(VD, "How many hires were out for more than five days?", "returned hires with returned - picked_up > 120 hours",
  number=sum(r["hours"] > 120 for r in rt), unit="hires")
mrev = Counter()
for r in rt:
    mrev[r["pick"].month] += r["total"]
mrev_ret = Counter()
for r in rt:
    mrev_ret[r["ret"].month] += r["total"]
assert top(mrev_ret) == top(mrev)
q(VD, "Which month brought in the most money from hires that came back?", "sum of total over returned hires "
  "per pick-up month (per return month gives the same)", label=month_label(top(mrev)))
q(VD, "What was the total left to pay after deposits on returned minibus hires?",
  "sum of total - deposit over returned Minibus hires",
  number=n6(sum(r["total"] - r["dep"] for r in rt if r["van"] == "minibus")), unit="€")
q(VD, "What's the cancellation rate? Cancelled bookings as a share of all bookings.", "cancelled rows / all rows",
  number=n6(100 * sum(r["status"] == "cancelled" for r in V) / len(V)), unit="%")
q(VD, "How much more did hires picked up in July bring in than ones picked up in June? Only hires that came back.",
  "July minus June sum of total over returned hires by pick-up month", number=n6(positive(mrev[7] - mrev[6])),
  unit="€")
tr = [r["total"] for r in rt if r["van"] == "transit"]
q(VD, "What does a Transit hire come to on average?", "mean total over returned Transit hires",
  number=n6(sum(tr) / len(tr)), unit="€")
q(VD, "How much did we keep in deposits from no-shows?", "sum of total (the forfeited deposit) over no-show rows",
  number=n6(sum(r["total"] for r in V if r["status"] == "noshow")), unit="€")
assert sum(r["total"] for r in V if r["status"] == "noshow") == sum(r["dep"] for r in V if r["status"] == "noshow")

# ---------------------------------------------------------------- E. dog walks
WD = ["dog_walks.csv"]
wd = [r for r in W if r["status"] == "done"]
q(WD, "How many walks did we do in May?", "done walks dated May", number=sum(r["date"].month == 5 for r in wd),
  unit="walks")
q(WD, "How much did we earn from walks in Q1? Don't count cancelled ones.", "sum of price over done walks Jan-Mar",
  number=n6(sum(r["price"] for r in wd if q_of(r["date"]) == 1)), unit="$")
q(WD, "Which walker did the most walks?", "count of done walks per walker (folded)",
  label=[top(Counter(r["walker"] for r in wd))])
q(WD, "Which dog do we walk most often?", "count of done walks per dog",
  label=[top(Counter(r["dog"] for r in wd), margin=0.05)])
q(WD, "How many different dogs did we walk in April?", "distinct dogs over done walks in April",
  number=len({r["dog"] for r in wd if r["date"].month == 4}), unit="dogs")
q(WD, "How much is still owed for walks that haven't been paid for?", "sum of price over done walks with paid "
  "no / N / No / unpaid", number=n6(sum(r["price"] for r in wd if r["paid"] is False)), unit="$")
gw = [r["mins"] for r in wd if r["type"] == "group walk" and r["mins"] is not None]
q(WD, "What's the average length of a group walk in minutes? Ignore walks where nobody wrote the time down.",
  "mean numeric minutes over done group walks", number=n6(sum(gw) / len(gw)), unit="min")
q(WD, "what percentage of booked walks got cancelled", "cancelled rows / all rows",
  number=n6(100 * sum(r["status"] == "cancelled" for r in W) / len(W)), unit="%")
mar = Counter(r["walker"] for r in wd if r["date"].month == 3)
apr = Counter(r["walker"] for r in wd if r["date"].month == 4)
gp_ = Counter({k: apr[k] / mar[k] - 1 for k in mar})
ga_ = Counter({k: apr[k] - mar[k] for k in mar})
assert top(gp_) == top(ga_)
q(WD, "Which walker's walks grew the most from March to April?", "April minus March done walks per walker; the "
  "top is the same in count and in percent", label=[top(gp_, margin=0.05)])
jd = [r for r in wd if r["date"].month == 6]
q(WD, "On a typical working day in June, how many walks did we do?", "June done walks / distinct June dates with a "
  "done walk (every June weekday)", number=n6(len(jd) / len({r["date"] for r in jd})), unit="walks")
q(WD, "How much did puppy visits bring in altogether?", "sum of price over done puppy visits",
  number=n6(sum(r["price"] for r in wd if r["type"] == "puppy visit")), unit="$")
own = Counter()
for r in wd:
    own[r["owner"]] += r["price"]
q(WD, "Which owner spends the most with us?", "sum of price over done walks per owner", label=[top(own)])
wq1 = sum(r["price"] for r in wd if q_of(r["date"]) == 1)
wq2 = sum(r["price"] for r in wd if q_of(r["date"]) == 2)
q(WD, "How much more did we make in Q2 than in Q1?", "Q2 minus Q1 sum of price over done walks",
  number=n6(positive(wq2 - wq1)), unit="$")
q(WD, "How many walks did Beth do on Mondays?", "done walks by Beth on a Monday",
  number=sum(r["walker"] == "Beth" and r["date"].weekday() == 0 for r in wd), unit="walks")
wt = Counter(r["type"] for r in wd)
assert top(wt, margin=0.2) == "group walk"
q(WD, "What kind of walk do we do most of?", "most common folded walk_type over done walks",
  label=["Group walk", "Group walks"])
q(WD, "How many walks ran over an hour?", "done walks with numeric minutes > 60",
  number=sum(r["mins"] is not None and r["mins"] > 60 for r in wd), unit="walks")
jp = [r["price"] for r in wd if r["date"].month == 6]
q(WD, "What was the average price of a walk in June?", "mean price over done walks in June",
  number=n6(sum(jp) / len(jp)), unit="$")


def main():
    out = []
    for i, x in enumerate(QS, 1):
        out.append({"id": f"s16-{i:03d}", "dataset": x["dataset"], "question": x["question"], "truth": x["truth"],
                    "note": x["note"]})
    for o in out:
        print(o["id"], "+".join(o["dataset"]), "|", o["question"], "=>", json.dumps(o["truth"], ensure_ascii=False))
    print(len(out), "questions")
    if "--print" not in sys.argv:
        with open(HERE / "questions.json", "w", encoding="utf-8") as f:
            json.dump(out, f, indent=1, ensure_ascii=False)
            f.write("\n")


if __name__ == "__main__":
    main()
