#!/usr/bin/env python3
"""Held-out set 34: every question beside the code that computes its truth from data/*.csv.

Writes questions.json. --print only prints; --debug also prints the ranking behind every "which";
--collect lists every failed guard instead of stopping at the first. Stops without writing if a guard fails.

Reading rules (the conventions; see README.md):
- Money / quantities: currency sign, spaces, thousands commas and units (min, mins, fish, kg, bpm, L, litres,
  years, yrs) stripped; a leading minus is negative; anything else (tbc, n/a, ?, blank, forgot, not recorded)
  is not a number and is left out of sums and averages, never counted as 0. Fish added "none" is 0.
- Names are folded: trimmed, inner spaces removed, case ignored, with the synonyms listed below.
- Aquarium: a visit is done when Status is Done / Completed; cancelled = starting "cancel"; no access =
  starting "no access". Takings = charges of done visits. Tank numbers are joined on their integer value.
  Owed = priced done visits whose Paid is No / owed / Not yet.
- Railway club ledger: void rows (Notes containing "void") never count. Money in = positive amounts, money
  out = negative amounts given as a positive figure (refunds included).
- Blood pressure diary: a row is a day; days missing = calendar days 1 Jan 2024 - 30 Jun 2025 with no row.
  A reading "144/90" is top (systolic) / bottom (diastolic). Averages are over days with a reading.
- Meetup form: a row is a sign-up; in person = "Yes - in person"; attended = Yes / Y / attended; no-show =
  No / N / no-show; a rating is its leading digit.
- Chess: a game is a row whose result is not a forfeit; white wins 1-0 / "White won", black wins 0-1 /
  "Black won", draws ½-½ / 1/2-1/2 / 0.5-0.5 / draw; points 1 / ½ / 0; a game's length is Finish - Start
  (the next day when Finish is earlier). Players are matched on their surname.
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
QS = []


def fail(msg):
    if "--collect" in ARGS:
        FAILS.append(msg)
    else:
        sys.exit("guard failed: " + msg)


def rows(name):
    with open(DATA / name, encoding="utf-8", newline="") as f:
        rd = csv.reader(f)
        hdr = next(rd)
        return hdr, list(rd)


def fold(s):
    return re.sub(r"\s+", "", s).lower()


def num(s):
    t = s.strip().replace("£", "").replace("$", "").replace(",", "")
    t = re.sub(r"\s*(mins?|fish|kg|bpm|l|litres|years|yrs)$", "", t, flags=re.I)
    t = t.replace(" ", "")
    try:
        return float(t)
    except ValueError:
        return None


def rnd(x):
    x = round(x, 6)
    return int(x) if x == int(x) else x


def top(d, margin=0.05, label=""):
    """Winner (and runner-up) of a dict of scores, guarded."""
    items = sorted(d.items(), key=lambda kv: -kv[1])
    if "--debug" in ARGS:
        print("   ranking", label, [(k, round(v, 3)) for k, v in items[:5]])
    if len(items) > 1 and not items[0][1] > items[1][1] * (1 + margin):
        fail(f"near tie {label}: {items[:2]}")
    return items


def top2(d, label=""):
    items = top(d, label=label)
    if len(items) > 2 and not items[1][1] > items[2][1] * 1.05:
        fail(f"runner-up near tie {label}: {items[1:3]}")
    return items[0][0], items[1][0]


def positive(x, label=""):
    if not x > 0:
        fail(f"not positive {label}: {x}")
    return x


def away(values, thr, eps, label=""):
    for v in values:
        if abs(v - thr) <= eps:
            fail(f"value {v} near threshold {thr} {label}")


def alone(vals, best, label=""):
    if sum(1 for v in vals if v == best) != 1:
        fail(f"not alone {label}")


def pct(a, b):
    return 100.0 * a / b


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def month_label(y, m):
    full, short = MONTHS[m - 1], MONTHS[m - 1][:3]
    return [f"{full} {y}", f"{short} {y}", f"{y}-{m:02d}", full, short]


def day_label(d):
    return [f"{d.day} {d:%B} {d.year}", f"{d.day} {d:%b} {d.year}", f"{d:%B} {d.day}, {d.year}",
            f"{d:%b} {d.day}, {d.year}", d.isoformat(), f"{d:%d/%m/%Y}", f"{d:%a} {d.day} {d:%b} {d.year}"]


def Q(dataset, question, note, truth):
    QS.append({"dataset": dataset, "id": f"s34-{len(QS) + 1:03d}", "note": note, "question": question,
               "truth": truth})


def N(x, unit=""):
    return {"number": rnd(x), "unit": unit}


# ================================================================================================
# 1. aquarium visits + tanks

SVC = {"routineservice": "Routine service", "routineclean": "Routine service", "maintenance": "Routine service",
       "waterchange": "Water change", "w/c": "Water change",
       "emergencycall-out": "Emergency call-out", "emergency": "Emergency call-out",
       "emergencycallout": "Emergency call-out", "call-out": "Emergency call-out",
       "fishdelivery": "Fish delivery", "livestockdelivery": "Fish delivery",
       "filterrepair": "Filter repair", "pump/filterrepair": "Filter repair"}
SITE = {"home": "Home", "residential": "Home", "office": "Office", "restaurant": "Restaurant", "rest.": "Restaurant",
        "surgery": "Surgery", "dentalsurgery": "Surgery"}
WATER = {"freshwater": "Freshwater", "fresh": "Freshwater", "tropicalfresh": "Freshwater", "marine": "Marine",
         "saltwater": "Marine", "reef": "Marine"}

_, trows = rows("aquarium_tanks.csv")
TANKS = {}
for code, cust, site, town, size, water, plan, since in trows:
    TANKS[int(code)] = dict(name=cust.strip(), site=SITE[fold(site)], town=town.strip().title(),
                            vol=num(size), water=WATER[fold(water)], since=dt.datetime.strptime(since, "%d %b %Y").date())
_, vrows = rows("aquarium_visits.csv")
V = []
for d, tank, svc, mins, charge, fish, paid, status in vrows:
    st = fold(status)
    V.append(dict(d=dt.datetime.strptime(d, "%d/%m/%Y").date(), tank=int(tank), svc=SVC[fold(svc)],
                  mins=num(mins), charge=num(charge), fish=(0.0 if fold(fish) == "none" else num(fish)),
                  paid=fold(paid), done=st in ("done", "completed"), cancelled=st.startswith("cancel"),
                  noaccess=st.startswith("noaccess")))
for v in V:
    assert v["done"] or v["cancelled"] or v["noaccess"]
DONE = [v for v in V if v["done"]]
PRICED = [v for v in DONE if v["charge"] is not None]
AQ = ["aquarium_visits.csv"]
AQT = ["aquarium_visits.csv", "aquarium_tanks.csv"]
NOTE_AQ = "Takings = Charge of done visits (Done / Completed), money cleaned of £; tbc / n/a / ? left out. "

Q(AQ, "How much did I take for aquarium visits in 2024?", NOTE_AQ + "Visits dated 2024.",
  N(sum(v["charge"] for v in PRICED if v["d"].year == 2024), "£"))
t24 = sum(v["charge"] for v in PRICED if v["d"].year == 2024 and v["d"].month <= 9)
t25 = sum(v["charge"] for v in PRICED if v["d"].year == 2025 and v["d"].month <= 9)
Q(AQ, "How much more did I bring in from January to September 2025 than from January to September 2024?",
  NOTE_AQ + "2025 Jan-Sep minus 2024 Jan-Sep.", N(positive(t25 - t24, "aq growth"), "£"))
rs = [v["charge"] for v in PRICED if v["svc"] == "Routine service"]
Q(AQ, "What's my average charge for a routine service?",
  NOTE_AQ + "Routine service = Routine service / Routine clean / Maintenance; mean over priced done visits.",
  N(sum(rs) / len(rs), "£"))
Q(AQ, "How many emergency call-outs did I go out on in 2025?",
  "Done visits in 2025 whose service is Emergency call-out / Emergency / Call-out (cancelled and no-access not counted).",
  N(sum(1 for v in DONE if v["d"].year == 2025 and v["svc"] == "Emergency call-out"), "visits"))
by = defaultdict(float)
for v in PRICED:
    by[v["svc"]] += v["charge"]
a, b = top2(by, "aq service")
Q(AQ, "Which type of job brings in the most money, and which is second?",
  NOTE_AQ + "Takings per service type over the whole file; top in label, second in labels.",
  {"label": [a, a.lower()], "labels": [[b, b.lower()]]})
by = defaultdict(float)
for v in PRICED:
    if v["d"].year == 2025:
        by[TANKS[v["tank"]]["town"]] += v["charge"]
w = top(by, label="aq town 2025")[0][0]
Q(AQT, "Which town earned me the most in 2025?",
  NOTE_AQ + "Town from the tank list, joined on the tank number's integer value; 2025 visits.",
  {"label": [w]})
mar = sum(v["charge"] for v in PRICED if TANKS[v["tank"]]["water"] == "Marine")
Q(AQT, "What share of my takings came from marine tanks?",
  NOTE_AQ + "Marine = Marine / Salt water / Reef in the tank list; share of all takings, in %.",
  N(pct(mar, sum(v["charge"] for v in PRICED)), "%"))
by = defaultdict(float)
for v in PRICED:
    by[TANKS[v["tank"]]["name"]] += v["charge"]
w = top(by, label="aq customer spend")[0][0]
Q(AQT, "Which customer has paid me the most overall?",
  NOTE_AQ + "Takings per customer (tank list name) over the whole file, whether or not marked paid.",
  {"label": [w]})
seen25 = {v["tank"] for v in V if v["d"].year == 2025}
Q(AQT, "How many of my customers haven't had a single visit in 2025?",
  "Customers in the tank list with no row at all dated 2025 (any status).",
  N(sum(1 for k in TANKS if k not in seen25), "customers"))
Q(AQ, "How many fish have I added to customers' tanks altogether?",
  "Sum of Fish Added on done visits ('3 fish' = 3, none = 0, blank left out).",
  N(sum(v["fish"] for v in DONE if v["fish"] is not None), "fish"))
ms = [v["mins"] for v in DONE if v["mins"] is not None]
Q(AQ, "On average, how long do I spend at a visit?",
  "Mean Time on Site in minutes over done visits with a number ('85 min' = 85; tbc / ? left out).",
  N(sum(ms) / len(ms), "minutes"))
both = [v for v in DONE if v["mins"] is not None and v["charge"] is not None]
Q(AQ, "What do I earn per hour on site, dividing total charges by total time?",
  NOTE_AQ + "Over done visits with both a charge and a time: sum of charges / (sum of minutes / 60).",
  N(sum(v["charge"] for v in both) / (sum(v["mins"] for v in both) / 60), "£/hour"))
Q(AQ, "How much am I still owed?",
  NOTE_AQ + "Priced done visits whose Paid is No / owed / Not yet.",
  N(sum(v["charge"] for v in PRICED if v["paid"] in ("no", "owed", "notyet")), "£"))
Q(AQ, "What percentage of booked visits were cancelled?",
  "Rows whose Status starts with 'cancel' (Cancelled / Canceled) out of every row, in %; no-access visits are not cancellations.",
  N(pct(sum(v["cancelled"] for v in V), len(V)), "%"))
Q(AQ, "How many times did I turn up and couldn't get in?",
  "Rows whose Status is No access (any spelling).", N(sum(v["noaccess"] for v in V), "visits"))
Q(AQ, "How many finished visits don't have a price written down?",
  "Done visits whose Charge is tbc / TBC / n/a / ? (not a number).",
  N(sum(1 for v in DONE if v["charge"] is None), "visits"))
by = defaultdict(float)
for v in PRICED:
    if v["d"].year == 2024:
        by[v["d"].month] += v["charge"]
m = top(by, label="aq month 2024")[0][0]
Q(AQ, "Which month of 2024 was my best for takings?", NOTE_AQ + "Takings per calendar month of 2024.",
  {"label": month_label(2024, m)})
big = max(t["vol"] for t in TANKS.values())
alone([t["vol"] for t in TANKS.values()], big, "biggest tank")
Q(["aquarium_tanks.csv"], "Which customer has the biggest tank?",
  "Largest Tank Size in the tank list ('600 litres' = 600).",
  {"label": [t["name"] for t in TANKS.values() if t["vol"] == big]})
Q(AQT, "How many visits did I make to restaurants in 2024?",
  "Done visits in 2024 to tanks whose Site Type is Restaurant / Rest. in the tank list.",
  N(sum(1 for v in DONE if v["d"].year == 2024 and TANKS[v["tank"]]["site"] == "Restaurant"), "visits"))
g = defaultdict(float)
for v in PRICED:
    if v["d"].month <= 9:
        g[TANKS[v["tank"]]["site"]] += v["charge"] * (1 if v["d"].year == 2025 else -1)
w = top(g, label="aq site growth")[0][0]
positive(g[w], "site growth")
Q(AQT, "Which kind of customer - home, office, restaurant or surgery - grew the most from January-September 2024 to January-September 2025?",
  NOTE_AQ + "Growth = Jan-Sep 2025 takings minus Jan-Sep 2024 takings, per Site Type from the tank list (in pounds).",
  {"label": [w, w.lower(), {"Home": "homes", "Office": "offices", "Restaurant": "restaurants", "Surgery": "surgeries"}[w]]})
away([v["charge"] for v in PRICED], 100, 1.5, "aq >100")
Q(AQ, "How many visits did I charge more than £100 for?", NOTE_AQ + "Priced done visits with a charge above £100.",
  N(sum(1 for v in PRICED if v["charge"] > 100), "visits"))
old = min(t["since"] for t in TANKS.values())
alone([t["since"] for t in TANKS.values()], old, "oldest customer")
Q(["aquarium_tanks.csv"], "Who has been my customer the longest?", "Earliest Customer Since in the tank list.",
  {"label": [t["name"] for t in TANKS.values() if t["since"] == old]})

# ================================================================================================
# 2. railway club ledger

CAT = {"subscriptions": "Subscriptions", "subs": "Subscriptions", "membership": "Subscriptions",
       "exhibitiontakings": "Exhibition takings", "exhibition-gate": "Exhibition takings", "showtakings": "Exhibition takings",
       "raffle": "Raffle", "bring&buy": "Bring & buy", "bringandbuy": "Bring & buy", "donations": "Donations",
       "donation": "Donations", "clubroomrent": "Clubroom rent", "rent": "Clubroom rent", "roomrent": "Clubroom rent",
       "layoutmaterials": "Layout materials", "track&scenery": "Layout materials", "materials": "Layout materials",
       "insurance": "Insurance", "exhibitioncosts": "Exhibition costs", "exhibition-hallhire": "Exhibition costs",
       "showcosts": "Exhibition costs", "electricity": "Electricity", "electric": "Electricity", "refund": "Refunds",
       "refunds": "Refunds", "doormoney": "Door money", "clubnightdoor": "Door money", "refreshments": "Refreshments",
       "tea&biscuits": "Refreshments"}
_, lrows = rows("railway_club_ledger.csv")
L = []
VOIDS = 0
for d, det, cat, amt, who, meth, note in lrows:
    if "void" in note.lower():
        VOIDS += 1
        continue
    a = num(amt.replace("-£", "-"))
    assert a is not None, amt
    dd, mm, yy = map(int, d.split("."))
    L.append(dict(d=dt.date(yy, mm, dd), cat=CAT[fold(cat)], amt=a, meth=fold(meth), who=who.strip()))
RL = ["railway_club_ledger.csv"]
NL = "Void rows (Notes containing 'void') left out; amounts signed, '-£95.00' = -95. "
net = sum(x["amt"] for x in L)
Q(RL, "How much is the club up over the whole ledger, money in minus money out?", NL + "Sum of all amounts.",
  N(positive(net, "net"), "£"))
Q(RL, "How much money came into the club in 2024?", NL + "Sum of positive amounts dated 2024.",
  N(sum(x["amt"] for x in L if x["amt"] > 0 and x["d"].year == 2024), "£"))
Q(RL, "How much did the club spend in 2024?", NL + "Sum of negative amounts dated 2024 (refunds included), as a positive figure.",
  N(-sum(x["amt"] for x in L if x["amt"] < 0 and x["d"].year == 2024), "£"))
s24 = sum(x["amt"] for x in L if x["cat"] == "Subscriptions" and x["d"].year == 2024 and x["d"].month <= 8)
s25 = sum(x["amt"] for x in L if x["cat"] == "Subscriptions" and x["d"].year == 2025 and x["d"].month <= 8)
Q(RL, "How much more did we get in subs from January to August 2025 than in the same months of 2024?",
  NL + "Subscriptions = Subscriptions / Subs / Membership; refunds are their own category.",
  N(positive(s25 - s24, "subs"), "£"))
by = defaultdict(float)
for x in L:
    if x["amt"] < 0:
        by[x["cat"]] -= x["amt"]
a, b = top2(by, "rl expense cat")
SYN_L = {"Clubroom rent": ["Clubroom rent", "rent", "room rent"], "Layout materials": ["Layout materials", "materials", "track & scenery", "layout"],
         "Exhibition costs": ["Exhibition costs", "exhibition", "show costs"], "Insurance": ["Insurance"],
         "Electricity": ["Electricity"], "Refunds": ["Refunds", "refund"], "Refreshments": ["Refreshments"]}
Q(RL, "What does the club spend the most on, and what comes second?",
  NL + "Money out per category over the whole ledger; top in label, second in labels.",
  {"label": SYN_L[a], "labels": [SYN_L[b]]})
ex = sum(x["amt"] for x in L if x["cat"] in ("Exhibition takings", "Exhibition costs") and x["d"].year == 2024)
Q(RL, "How much did our exhibitions make in 2024 after their costs?",
  NL + "Exhibition takings minus exhibition costs (hall hire, printing) dated 2024; trader refunds are their own category.",
  N(positive(ex, "exh"), "£"))
by = defaultdict(float)
for x in L:
    if x["amt"] > 0:
        by[(x["d"].year, x["d"].month)] += x["amt"]
y, m = top(by, label="rl month in")[0][0]
Q(RL, "Which month brought in the most money?", NL + "Money in per calendar month (year and month) over the whole ledger.",
  {"label": month_label(y, m)[:3]})
outs = [x for x in L if x["amt"] < 0]
big = min(x["amt"] for x in outs)
alone([x["amt"] for x in outs], big, "biggest out")
bx = [x for x in outs if x["amt"] == big][0]
Q(RL, "What was the single biggest payment out of the club account, and what was it for?",
  NL + "Most negative amount; its category in label.", {"label": SYN_L[bx["cat"]], "number": rnd(-big), "unit": "£"})
Q(RL, "How many entries in the ledger are marked void?", "Rows whose Notes contain 'void' (any case).", N(VOIDS, "entries"))
tin = sum(x["amt"] for x in L if x["amt"] > 0)
Q(RL, "What share of the money coming in was from exhibitions?",
  NL + "Exhibition takings / all money in (positive amounts), in %.",
  N(pct(sum(x["amt"] for x in L if x["cat"] == "Exhibition takings"), tin), "%"))
sv = [x["amt"] for x in L if x["cat"] == "Subscriptions"]
Q(RL, "What's the average subscription payment?", NL + "Mean amount of subscription rows.", N(sum(sv) / len(sv), "£"))
rf = [x["amt"] for x in L if x["cat"] == "Refunds"]
Q(RL, "How many refunds did we make, and how much did they add up to?", NL + "Count and total (as a positive figure) of Refund rows.",
  {"numbers": [len(rf), rnd(-sum(rf))], "unit": ""})
away([x["amt"] for x in L if x["amt"] > 0], 200, 2, "rl >200")
Q(RL, "How many payments into the club were over £200?", NL + "Positive amounts above £200.",
  N(sum(1 for x in L if x["amt"] > 200), "payments"))
Q(RL, "What percentage of the money coming in was cash?", NL + "Positive amounts with Method Cash (any case) / all positive amounts, in %.",
  N(pct(sum(x["amt"] for x in L if x["amt"] > 0 and x["meth"] == "cash"), tin), "%"))
Q(RL, "How much rent did we pay for the clubroom in 2025?", NL + "Clubroom rent / Rent / ROOM RENT rows dated 2025, as a positive figure.",
  N(-sum(x["amt"] for x in L if x["cat"] == "Clubroom rent" and x["d"].year == 2025), "£"))
e24 = -sum(x["amt"] for x in L if x["cat"] == "Electricity" and x["d"].year == 2024 and x["d"].month <= 8)
e25 = -sum(x["amt"] for x in L if x["cat"] == "Electricity" and x["d"].year == 2025 and x["d"].month <= 8)
Q(RL, "How much less did we spend on electricity in January-August 2025 than in January-August 2024?",
  NL + "Electricity / Electric rows; 2024 Jan-Aug spend minus 2025 Jan-Aug spend.", N(positive(e24 - e25, "elec"), "£"))
Q(RL, "How much did door money on club nights bring in during 2024?", NL + "Door money / Club night door rows dated 2024.",
  N(sum(x["amt"] for x in L if x["cat"] == "Door money" and x["d"].year == 2024), "£"))
d24 = [x["amt"] for x in L if x["cat"] == "Door money" and x["d"].year == 2024]
d25 = [x["amt"] for x in L if x["cat"] == "Door money" and x["d"].year == 2025]
Q(RL, "How much more door money did we take on an average club night in 2025 than in 2024?",
  NL + "Mean Door money row (one per club night) in 2025 minus the 2024 mean.",
  N(positive(sum(d25) / len(d25) - sum(d24) / len(d24), "door"), "£"))
Q(RL, "How much have the raffles raised altogether?", NL + "Sum of Raffle rows.",
  N(sum(x["amt"] for x in L if x["cat"] == "Raffle"), "£"))
Q(RL, "How much did we spend on the layout - track, scenery and materials - in 2025?",
  NL + "Layout materials / Track & scenery / Materials rows dated 2025, as a positive figure.",
  N(-sum(x["amt"] for x in L if x["cat"] == "Layout materials" and x["d"].year == 2025), "£"))
Q(RL, "How much did we spend on tea and biscuits over the whole ledger?", NL + "Refreshments / Tea & biscuits rows, as a positive figure.",
  N(-sum(x["amt"] for x in L if x["cat"] == "Refreshments"), "£"))

# ================================================================================================
# 3. blood pressure diary

_, brows = rows("bp_diary.csv")
B = []


def bp_read(s):
    m = re.fullmatch(r"\s*(\d+)\s*/\s*(\d+)\s*", s)
    return (int(m.group(1)), int(m.group(2))) if m else None


for d, mbp, mp, ebp, ep, wt, tab, note in brows:
    B.append(dict(d=dt.datetime.strptime(d, "%a %d %b %Y").date(), m=bp_read(mbp), mp=num(mp), e=bp_read(ebp),
                  ep=num(ep), w=num(wt), tab=fold(tab)))
BP = ["bp_diary.csv"]
NB = "A row is a day; 'Morning BP' 144/90 = top (systolic) 144, bottom (diastolic) 90; blank / forgot / - / out left out. "
allds = (dt.date(2025, 6, 30) - dt.date(2024, 1, 1)).days + 1
Q(BP, "How many days did I not log anything at all?",
  "Calendar days from 1 Jan 2024 to 30 Jun 2025 (the diary's span) with no row.", N(allds - len(B), "days"))
v = [x["m"][0] for x in B if x["m"] and x["d"].year == 2024]
Q(BP, "What was my average morning top number in 2024?", NB + "Mean morning systolic over 2024 days with a reading.",
  N(sum(v) / len(v), "mmHg"))
a = [x["m"][0] for x in B if x["m"] and x["d"].year == 2024 and x["d"].month <= 6]
b = [x["m"][0] for x in B if x["m"] and x["d"].year == 2025 and x["d"].month <= 6]
Q(BP, "How much lower was my average morning top number in January-June 2025 than in January-June 2024?",
  NB + "Mean morning systolic Jan-Jun 2024 minus Jan-Jun 2025.", N(positive(sum(a) / len(a) - sum(b) / len(b), "bp drop"), "mmHg"))
v = [x["m"][0] for x in B if x["m"] and x["d"].year == 2024]
away(v, 140, 1, "bp 140")
Q(BP, "On how many days in 2024 was my morning top number over 140?", NB + "2024 days with morning systolic above 140.",
  N(sum(1 for s in v if s > 140), "days"))
hi = max(x["m"][0] for x in B if x["m"])
alone([x["m"][0] for x in B if x["m"]], hi, "bp high")
Q(BP, "What was my highest morning reading, and on what day?", NB + "Highest morning systolic; its date in label.",
  {"label": day_label([x["d"] for x in B if x["m"] and x["m"][0] == hi][0]), "number": hi, "unit": "mmHg"})
v = [x["e"][1] for x in B if x["e"]]
Q(BP, "What's my average evening bottom number?", NB + "Mean evening diastolic over every day with an evening reading.",
  N(sum(v) / len(v), "mmHg"))
logged = {x["d"] for x in B}
by = Counter()
for i in range(allds):
    d = dt.date(2024, 1, 1) + dt.timedelta(days=i)
    if d not in logged:
        by[(d.year, d.month)] += 1
y, m = top(by, label="bp month missed")[0][0]
Q(BP, "Which month did I miss the most days of the diary?", "Calendar days with no row, per calendar month (year and month).",
  {"label": month_label(y, m)[:3]})
ws = [x for x in B if x["w"] is not None]
Q(BP, "How much weight have I lost between my first and my last weigh-in?",
  "First weight in the diary minus the last ('91.4 kg' = 91.4).", N(positive(ws[0]["w"] - ws[-1]["w"], "weight"), "kg"))
v = [x["mp"] for x in B if x["mp"] is not None]
Q(BP, "What's my average morning pulse?", "Mean Morning Pulse ('72 bpm' = 72) over days with a number.", N(sum(v) / len(v), "bpm"))
Q(BP, "How many days did I forget my tablets?", "Rows whose Tablets is No / missed / forgot.",
  N(sum(1 for x in B if x["tab"] in ("no", "missed", "forgot")), "days"))
tk = sum(1 for x in B if x["tab"] in ("yes", "y", "taken"))
tn = sum(1 for x in B if x["tab"] in ("no", "missed", "forgot"))
Q(BP, "Since starting the tablets, on what percentage of logged days did I take them?",
  "Days marked Yes / Y / taken out of days with any Tablets entry (they start on 2 Sep 2024), in %.", N(pct(tk, tk + tn), "%"))
Q(BP, "On how many of the days I logged is the morning reading missing?",
  "Rows whose Morning BP is blank / forgot / -.", N(sum(1 for x in B if x["m"] is None), "days"))
lo = min(x["w"] for x in ws)
Q(BP, "What was my lowest weight?", "Lowest Weight in the diary ('84.2 kg' = 84.2).", N(lo, "kg"))
v = [x["w"] for x in ws if x["d"].year == 2025 and x["d"].month == 3]
Q(BP, "What was my average weight in March 2025?", "Mean Weight over March 2025 days with a weight.", N(sum(v) / len(v), "kg"))
bb = [x for x in B if x["m"] and x["e"]]
Q(BP, "On days when I took both readings, how much lower is my evening top number than my morning one on average?",
  NB + "Mean of (morning systolic - evening systolic) over days with both readings.",
  N(positive(sum(x["m"][0] - x["e"][0] for x in bb) / len(bb), "eve"), "mmHg"))
pre = [x["m"][0] for x in B if x["m"] and x["d"] < dt.date(2024, 9, 2)]
post = [x["m"][0] for x in B if x["m"] and x["d"] >= dt.date(2024, 9, 2)]
Q(BP, "How much lower has my average morning top number been since I started the tablets on 2 September 2024 than before?",
  NB + "Mean morning systolic before 2 Sep 2024 minus the mean from 2 Sep 2024 on.",
  N(positive(sum(pre) / len(pre) - sum(post) / len(post), "tabs"), "mmHg"))
Q(BP, "How many evening readings did I take in 2025?", NB + "2025 rows with an evening reading.",
  N(sum(1 for x in B if x["e"] and x["d"].year == 2025), "readings"))
v = [x["m"][0] for x in B if x["m"] and x["d"].year == 2025]
away(v, 130, 1, "bp 130")
Q(BP, "How many mornings in 2025 was my top number under 130?", NB + "2025 days with morning systolic below 130.",
  N(sum(1 for s in v if s < 130), "days"))
Q(BP, "What's the heaviest I've been?", "Highest Weight in the diary.", N(max(x["w"] for x in ws), "kg"))
v = [x["ep"] for x in B if x["ep"] is not None and x["d"].year == 2025]
Q(BP, "What was my average evening pulse in 2025?", "Mean Evening Pulse ('64 bpm' = 64) over 2025 days with a number.",
  N(sum(v) / len(v), "bpm"))

# ================================================================================================
# 4. meetup sign-up form

hdr, mrows = rows("meetup_signups.csv")
SRC = {"meetup.com": "Meetup.com", "meetup": "Meetup.com", "afriend/colleague": "Friend", "friend": "Friend",
       "colleaguetoldme": "Friend", "linkedin": "LinkedIn", "twitter": "Twitter", "x(twitter)": "Twitter",
       "ournewsletter": "Newsletter", "newsletter": "Newsletter"}
DIET = {"": "none", "none": "none", "n/a": "none", "no": "none", "vegetarian": "Vegetarian", "veggie": "Vegetarian",
        "vegan": "Vegan", "glutenfree": "Gluten free", "gf": "Gluten free", "gluten-free": "Gluten free",
        "coeliac": "Gluten free", "halal": "Halal"}
M = []
for ts, ev, mode, yrs, diet, src, comp, att, rate in mrows:
    a = fold(att)
    M.append(dict(ev=ev, year=int(ev.split(" - ")[0].split()[1]), mon=ev.split()[0], inp=mode.startswith("Yes"),
                  online=mode.startswith("Online"), cant=mode.startswith("Can"), yrs=num(yrs), diet=DIET[fold(diet)],
                  src=SRC[fold(src)], att=a in ("yes", "y", "attended"), noshow=a in ("no", "n", "no-show"),
                  rate=int(rate[0]) if rate else None))
for x in M:
    assert x["inp"] + x["online"] + x["cant"] == 1
    assert x["inp"] == (x["att"] or x["noshow"])
MU = ["meetup_signups.csv"]
NM = "A row is a sign-up; in person = 'Yes - in person'; attended = Yes / Y / yes / attended; no-show = No / N / no-show. "
EVS = list(dict.fromkeys(x["ev"] for x in M))


def ev_label(e):
    mon, yr = e.split(" - ")[0].split()
    title = e.split(" - ", 1)[1]
    return [e, title, f"{MONTHS[['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'].index(mon)]} {yr}", f"{mon} {yr}"]


Q(MU, "How many sign-ups have we had in total?", NM + "Every row.", N(len(M), "sign-ups"))
Q(MU, "How many people signed up for the March 2025 meetup?", NM + "Rows for 'Mar 2025 - Testing legacy code' (any attendance choice).",
  N(sum(1 for x in M if x["ev"].startswith("Mar 2025")), "sign-ups"))
by = Counter(x["ev"] for x in M if x["att"])
a = top(by, label="mu attended")[0][0]
Q(MU, "Which meetup had the most people actually turn up?", NM + "Attended rows per meetup.", {"label": ev_label(a)})
ip = [x for x in M if x["inp"]]
Q(MU, "What's our no-show rate for people who said they'd come in person?", NM + "No-shows / in-person sign-ups, in %.",
  N(pct(sum(x["noshow"] for x in ip), len(ip)), "%"))
rt = [x["rate"] for x in M if x["rate"]]
Q(MU, "What's the average rating people gave the talks?", "Mean of the rating's leading digit ('4 - Very good' = 4) over rows with a rating.",
  N(sum(rt) / len(rt), "out of 5"))
by = defaultdict(list)
for x in M:
    if x["rate"]:
        by[x["ev"]].append(x["rate"])
avg = {k: sum(v) / len(v) for k, v in by.items()}
w = top(avg, label="mu best rated")[0][0]
Q(MU, "Which talk got the best average rating?", "Mean rating per meetup.", {"label": ev_label(w)})
Q(MU, "How many vegan pizza requests did we get from people coming in person?",
  NM + "In-person sign-ups whose dietary answer is Vegan (any case).",
  N(sum(1 for x in ip if x["diet"] == "Vegan"), "people"))
Q(MU, "What share of in-person sign-ups asked for vegetarian or vegan food?",
  NM + "Vegetarian / veggie or Vegan answers among in-person sign-ups, in %.",
  N(pct(sum(1 for x in ip if x["diet"] in ("Vegetarian", "Vegan")), len(ip)), "%"))
a, b = top2(Counter(x["src"] for x in M), "mu source")
SYN_S = {"Meetup.com": ["Meetup.com", "Meetup"], "Friend": ["friend", "friends", "colleague", "word of mouth"],
         "LinkedIn": ["LinkedIn", "Linked In"], "Twitter": ["Twitter", "X"], "Newsletter": ["newsletter"]}
Q(MU, "How do most people hear about the meetup, and what's the next most common way?",
  "Sign-ups per answer to 'How did you hear', spellings merged (meetup / Meetup.com; friend / colleague; X (Twitter) / Twitter).",
  {"label": SYN_S[a], "labels": [SYN_S[b]]})
yv = [x["yrs"] for x in M if x["yrs"] is not None]
Q(MU, "On average, how many years have people been working as developers?",
  "Mean of the years answer ('5 years' / '5 yrs' = 5) over rows with a number; blank / ? / n/a / prefer not to say left out.",
  N(sum(yv) / len(yv), "years"))
Q(MU, "How many people didn't tell us how long they've been a developer?",
  "Rows whose years answer is blank / ? / n/a - student / prefer not to say.", N(sum(1 for x in M if x["yrs"] is None), "people"))
a24 = sum(1 for x in M if x["att"] and x["year"] == 2024 and x["mon"] in ("Jan", "Feb", "Mar", "Apr", "May", "Jun"))
a25 = sum(1 for x in M if x["att"] and x["year"] == 2025 and x["mon"] in ("Jan", "Feb", "Mar", "Apr", "May", "Jun"))
Q(MU, "How many fewer people came along in the first half of 2025 than in the first half of 2024?",
  NM + "Attended rows for the Jan-Jun 2024 meetups minus those for Jan-Jun 2025 (by the meetup's month, not the sign-up time).",
  N(positive(a24 - a25, "mu growth"), "people"))
Q(MU, "How many people watched online in 2024?", "Rows answering 'Online only (livestream)' for 2024 meetups.",
  N(sum(1 for x in M if x["online"] and x["year"] == 2024), "people"))
by = {e: sum(1 for x in ip if x["ev"] == e and x["noshow"]) / sum(1 for x in ip if x["ev"] == e) for e in EVS}
w = top(by, label="mu worst noshow")[0][0]
Q(MU, "Which meetup had the worst no-show rate?", NM + "No-shows / in-person sign-ups per meetup.", {"label": ev_label(w)})
Q(MU, "How many people told us they couldn't make it?", "Rows answering 'Can't make it this time'.",
  N(sum(1 for x in M if x["cant"]), "people"))
Q(MU, "How many people found us through LinkedIn in 2025?", "Rows for 2025 meetups whose source is LinkedIn / linkedin / Linked In.",
  N(sum(1 for x in M if x["src"] == "LinkedIn" and x["year"] == 2025), "people"))
Q(MU, "How many people who turned up gave the talk top marks?", NM + "Attended rows rated 5.",
  N(sum(1 for x in M if x["att"] and x["rate"] == 5), "people"))
lt = [x["rate"] for x in M if x["rate"] and "Lightning" in x["ev"]]
Q(MU, "What's the average rating of our lightning talk nights?", "Mean rating over both 'Lightning talks' meetups (Jun 2024 and Jun 2025).",
  N(sum(lt) / len(lt), "out of 5"))
Q(MU, "How many in-person sign-ups in 2025 needed gluten-free food?",
  NM + "In-person sign-ups for 2025 meetups whose dietary answer is Gluten free / GF / gluten-free / Coeliac.",
  N(sum(1 for x in ip if x["year"] == 2025 and x["diet"] == "Gluten free"), "people"))
Q(MU, "How many people have actually turned up in person across all the meetups?", NM + "Attended rows.",
  N(sum(x["att"] for x in M), "people"))
by = Counter(x["ev"] for x in M)
w = top({k: -v for k, v in by.items()}, margin=-0.05, label="mu fewest signups")[0][0]
srt = sorted(by.values())
if not srt[1] > srt[0] * 1.05:
    fail("mu fewest near tie")
Q(MU, "Which meetup had the fewest sign-ups?", "Rows per meetup.", {"label": ev_label(w)})

# ================================================================================================
# 5. chess club games

_, crows = rows("chess_club_games.csv")
G = []
FORFEITS = 0
SUR = {}


def player(s):
    return s.strip().split()[-1].lower()


for d, ctl, board, wh, bl, res, st, fin, op, mv, com in crows:
    for nm in (wh, bl):
        if "." not in nm:
            SUR[player(nm)] = nm.strip().title()
    r_ = res.strip().lower()
    if "forfeit" in r_:
        FORFEITS += 1
        continue
    if r_ in ("1-0", "1 - 0", "white won"):
        out = "W"
    elif r_ in ("0-1", "0 - 1", "black won"):
        out = "B"
    elif r_ in ("½-½", "1/2-1/2", "draw", "0.5-0.5"):
        out = "D"
    else:
        raise SystemExit("result " + res)
    mm_, dd_, yy_ = map(int, d.split("/"))
    length = None
    if st and fin:
        s1 = dt.datetime.strptime(st, "%H:%M")
        f1 = dt.datetime.strptime(fin, "%H:%M")
        length = (f1 - s1).seconds / 60
    G.append(dict(d=dt.date(yy_, mm_, dd_), rapid=ctl.startswith("Rapid"), w=player(wh), b=player(bl), out=out,
                  start=st, fin=fin, len=length, op=fold(op), moves=num(mv)))
OPEN = {"siciliandefence": "Sicilian", "sicilian": "Sicilian", "siciliandefense": "Sicilian",
        "queen'sgambit": "Queen's Gambit", "qgd": "Queen's Gambit", "queensgambit": "Queen's Gambit",
        "ruylopez": "Ruy Lopez", "spanish": "Ruy Lopez", "italiangame": "Italian", "italian": "Italian",
        "giuocopiano": "Italian", "frenchdefence": "French", "french": "French", "londonsystem": "London", "london": "London",
        "caro-kann": "Caro-Kann", "carokann": "Caro-Kann", "king'sindian": "King's Indian", "kid": "King's Indian",
        "kingsindian": "King's Indian"}
for g in G:
    g["op"] = OPEN[g["op"]]
CH = ["chess_club_games.csv"]
NC = "A game = a row whose Result is not a forfeit; 1-0 / White won, 0-1 / Black won, ½-½ / 1/2-1/2 / 0.5-0.5 / draw; players matched on surname. "
SYN_O = {"Sicilian": ["Sicilian"], "Queen's Gambit": ["Queen's Gambit", "Queens Gambit", "QGD"], "Ruy Lopez": ["Ruy Lopez", "Spanish"],
         "Italian": ["Italian", "Giuoco Piano"], "French": ["French"], "London": ["London", "London System"],
         "Caro-Kann": ["Caro-Kann", "Caro Kann"], "King's Indian": ["King's Indian", "Kings Indian"]}


def pl(s):
    return [SUR[s], s.title()]


Q(CH, "How many games have been played at the club?", NC + "Every row except forfeits.", N(len(G), "games"))
Q(CH, "What percentage of games does white win?", NC + "White wins / games, in %.", N(pct(sum(g["out"] == "W" for g in G), len(G)), "%"))
Q(CH, "What share of games end in a draw?", NC + "Draws / games, in %.", N(pct(sum(g["out"] == "D" for g in G), len(G)), "%"))
wins = Counter()
pts = defaultdict(float)
pts25 = defaultdict(float)
games = Counter()
for g in G:
    games[g["w"]] += 1
    games[g["b"]] += 1
    sw = {"W": 1, "D": 0.5, "B": 0}[g["out"]]
    if g["out"] == "W":
        wins[g["w"]] += 1
    if g["out"] == "B":
        wins[g["b"]] += 1
    pts[g["w"]] += sw
    pts[g["b"]] += 1 - sw
    if g["d"].year == 2025:
        pts25[g["w"]] += sw
        pts25[g["b"]] += 1 - sw
a = top(wins, label="ch wins")[0][0]
Q(CH, "Who has won the most games?", NC + "Wins as white or black.", {"label": pl(a)})
w = top(pts25, label="ch points 2025")[0][0]
Q(CH, "Who scored the most points in 2025?", NC + "1 for a win, ½ for a draw, over 2025 games.", {"label": pl(w)})
sl = [g["len"] for g in G if not g["rapid"] and g["len"] is not None]
rl = [g["len"] for g in G if g["rapid"] and g["len"] is not None]
Q(CH, "How long does a standard game last on average, in minutes?",
  NC + "Finish - Start in minutes over Standard 60+30 games with both times.", N(sum(sl) / len(sl), "minutes"))
Q(CH, "How much longer is a standard game than a rapid game on average?",
  NC + "Mean length of Standard games minus mean length of Rapid games (minutes; games with both times).",
  N(positive(sum(sl) / len(sl) - sum(rl) / len(rl), "ch len"), "minutes"))
lg = max(g["len"] for g in G if g["len"] is not None)
alone([g["len"] for g in G if g["len"] is not None], lg, "longest game")
gg = [g for g in G if g["len"] == lg][0]
Q(CH, "What was the longest game, and who had white?", NC + "Largest Finish - Start; its white player in label, minutes in number.",
  {"label": pl(gg["w"]), "number": rnd(lg), "unit": "minutes"})
away([g["len"] for g in G if g["len"] is not None], 180, 2, "3 hours")
Q(CH, "How many games went on for more than three hours?", NC + "Games longer than 180 minutes.",
  N(sum(1 for g in G if g["len"] is not None and g["len"] > 180), "games"))
a, b = top2(Counter(g["op"] for g in G), "ch opening")
Q(CH, "What's the most popular opening, and what's next?",
  NC + "Games per opening, spellings merged (Sicilian / Sicilian Defence / Defense; QGD / Queen's Gambit; Spanish / Ruy Lopez; Giuoco Piano / Italian; ...).",
  {"label": SYN_O[a], "labels": [SYN_O[b]]})
sc = [g for g in G if g["op"] == "Sicilian"]
Q(CH, "How often does white win when the Sicilian is played?", NC + "White wins / Sicilian games, in %.",
  N(pct(sum(g["out"] == "W" for g in sc), len(sc)), "%"))
Q(CH, "How many games were forfeits?", "Rows whose Result mentions 'forfeit'.", N(FORFEITS, "games"))
Q(CH, "How many games have no move count written down?", NC + "Games whose Moves is blank / ? / not recorded.",
  N(sum(1 for g in G if g["moves"] is None), "games"))
mv = [g["moves"] for g in G if g["rapid"] and g["moves"] is not None]
Q(CH, "What's the average number of moves in a rapid game?", NC + "Mean Moves over Rapid 25+10 games with a number.",
  N(sum(mv) / len(mv), "moves"))
w = top({k: -v for k, v in games.items()}, margin=-0.05, label="ch fewest games")[0][0]
srt = sorted(games.values())
if not srt[1] > srt[0] * 1.05:
    fail("ch fewest near tie")
Q(CH, "Who has played the fewest games?", NC + "Games as white or black (forfeits not counted).", {"label": pl(w)})
Q(CH, "How many games has Rosa Ibarra lost?", NC + "Games Ibarra lost as white (0-1) or black (1-0).",
  N(sum(1 for g in G if (g["w"] == "ibarra" and g["out"] == "B") or (g["b"] == "ibarra" and g["out"] == "W")), "games"))
Q(CH, "What's Priya Nair's score as a percentage of the games she's played?", NC + "Nair's points (1 / ½ / 0) / her games, in %.",
  N(pct(pts["nair"], games["nair"]), "%"))
h24 = sum(1 for g in G if g["d"].year == 2024 and g["d"].month <= 6)
h25 = sum(1 for g in G if g["d"].year == 2025 and g["d"].month <= 6)
Q(CH, "How many fewer games were played in January-June 2025 than in January-June 2024?", NC + "Games dated Jan-Jun 2024 minus Jan-Jun 2025.",
  N(positive(h24 - h25, "ch growth"), "games"))
by = Counter(g["d"].month for g in G if g["d"].year == 2024)
m = top(by, label="ch month 2024")[0][0]
Q(CH, "Which month of 2024 had the most games?", NC + "Games per calendar month of 2024.", {"label": month_label(2024, m)})
def late(g):
    if not g["fin"]:
        return None
    h, mi = map(int, g["fin"].split(":"))
    return h * 60 + mi + (1440 if h < 12 else 0)
away([late(g) for g in G if late(g) is not None], 23 * 60, 2, "11pm")
Q(CH, "How many games finished after 11 pm?", NC + "Finish later than 23:00 (an after-midnight finish counts).",
  N(sum(1 for g in G if late(g) is not None and late(g) > 23 * 60), "games"))
Q(CH, "How many games are missing a finish time?", NC + "Games with a blank Finish.", N(sum(1 for g in G if not g["fin"]), "games"))
bw = Counter(g["b"] for g in G if g["out"] == "B")
w = top(bw, label="ch black wins")[0][0]
Q(CH, "Who has won the most games with the black pieces?", NC + "0-1 / Black won games per black player.", {"label": pl(w)})

# ================================================================================================

if "--debug" in ARGS or "--print" in ARGS:
    for q in QS:
        print(q["id"], q["dataset"], q["question"], json.dumps(q["truth"], ensure_ascii=False))
if FAILS:
    print("\n".join(FAILS))
    sys.exit(1)
if "--print" not in ARGS:
    (HERE / "questions.json").write_text(json.dumps(QS, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(QS)} questions")
