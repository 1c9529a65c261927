#!/usr/bin/env python3
"""Computes every truth of held-out set 31 from data/*.csv and writes questions.json.

    python3 tests/heldout/set31/truths.py [--print] [--debug] [--collect]

Reading rules (each question's note repeats the ones it uses):
- Money: currency sign, spaces and thousands commas stripped; a leading minus is negative. A value that is not
  a number (tbc, n/a, waived, terminal down, blank) is left out of sums and averages, never counted as 0.
- Names are folded: trimmed, inner spaces removed, case ignored, with the synonyms in SYN.
- Yes/no: yes / y / true / 1 are yes; no / n / false / blank are no.
- Skip hires: a job belongs to its Delivered date; completed = Collected / Done; cancelled = status starting
  "cancel"; still out = On hire / Out; the skip list is joined on the integer value of the code; days on hire =
  Collected - Delivered; notice = Delivered - Ordered.
- Childminder ledger: void rows (Note containing "void") never count; money in = positive amounts, money out =
  negative amounts reported as a positive figure (refunds included).
- Farm shop: a row is a day; open = Open yes; takings = cash + card; per-day takings only on open days with
  both cash and card numbers; customers only where a number.
- Surf school: a row is a booking; ran = Done / Completed; called off for conditions = status mentioning flat,
  no surf or storm; people = People where a number.
- Dance school: a row is one pupil in one class for one term; terms folded ("Autumn term 2023" = Autumn 2023);
  withdrawn = Withdrawn / Left; paid = a Paid On date; days to pay = Paid On - Enrolled On.
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
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def guard(ok, msg):
    if not ok:
        if "--collect" in ARGS:
            FAILS.append(msg)
        else:
            raise SystemExit("guard failed: " + msg)


def read(name):
    with open(DATA / name, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    head = rows[0]
    return [dict(zip(head, r)) for r in rows[1:]]


def num(s):
    t = s.strip().replace("£", "").replace("€", "").replace(",", "").replace(" ", "")
    try:
        return float(t)
    except ValueError:
        return None


SYN = {"brookfield": "brookfield", "eastwood": "eastwood", "greenwaste": "green", "childcarefees": "fees",
       "fees": "fees", "fundedhours": "fundedhours", "latepickupfee": "latefee", "toysandequipment": "toys&equipment",
       "equipment": "toys&equipment", "outing": "outings", "assistantwages": "wages", "rainy": "rain",
       "grouplesson": "group", "private1-2-1": "private", "improvers": "improver", "watergate": "watergatebay",
       "streetdance": "street", "left": "withdrawn", "canceled": "cancelled"}


def fold(s):
    k = re.sub(r"\s+", "", s.strip().lower())
    return SYN.get(k, k)


def yes(s):
    return s.strip().lower() in ("yes", "y", "true", "1")


def R(x):
    return round(x, 6)


def pct(a, b):
    return R(100.0 * a / b)


def top(d, what, runner=False, margin=0.05):
    ranked = sorted(d.items(), key=lambda kv: -kv[1])
    if "--debug" in ARGS:
        print("   ", what, [(k, round(v, 2)) for k, v in ranked[:4]])
    guard(ranked[0][1] > ranked[1][1] * (1 + margin) if ranked[1][1] >= 0 else True, f"{what}: near tie {ranked[:3]}")
    if runner:
        guard(ranked[1][1] > ranked[2][1] * (1 + margin), f"{what}: runner-up near tie {ranked[:3]}")
    return ranked


def alone_max(vals, what):
    s = sorted(vals, key=lambda kv: -kv[0])
    guard(s[0][0] > s[1][0], f"{what}: max not alone {s[:2]}")
    return s[0]


def positive(x, what):
    guard(x > 0, f"{what}: not positive ({x})")
    return x


def away(values, thr, eps, what):
    near = [v for v in values if abs(v - thr) <= eps]
    guard(not near, f"{what}: values near threshold {thr}: {near}")


def month_label(y, m):
    full, ab = MONTHS[m - 1], MONTHS[m - 1][:3]
    out = [full, ab, f"{full} {y}", f"{ab} {y}", f"{y}-{m:02d}"]
    if ab == "Sep":
        out += ["Sept", f"Sept {y}"]
    return out


def day_label(d):
    full, ab = MONTHS[d.month - 1], MONTHS[d.month - 1][:3]
    return [f"{d.day} {full} {d.year}", f"{d.day} {ab} {d.year}", f"{full} {d.day}, {d.year}",
            f"{ab} {d.day}, {d.year}", d.isoformat(), d.strftime("%d/%m/%Y"), d.strftime("%d.%m.%Y")]


def wd_label(i):
    return [WD[i], WD[i] + "s", WD[i][:3]]


def N(x, unit=""):
    return {"number": R(x) if isinstance(x, float) else x, "unit": unit}


# ------------------------------------------------------------------------------------------------
# loaders

def dmy(s):
    return dt.datetime.strptime(s.strip(), "%d/%m/%Y").date() if s.strip() else None


def skips():
    out = []
    for r in read("skip_hires.csv"):
        st = r["Status"].strip().lower()
        out.append({
            "ordered": dmy(r["Ordered"]), "delivered": dmy(r["Delivered"]), "collected": dmy(r["Collected"]),
            "code": int(r["Skip Code"]), "town": fold(r["Town"]), "ctype": fold(r["Customer Type"]),
            "waste": fold(r["Waste"]), "permit": yes(r["Permit"]), "price": num(r["Price"]),
            "done": st in ("collected", "done"), "cancelled": st.startswith("cancel"),
            "out": st in ("on hire", "out")})
    return out


def sizes():
    out = {}
    for r in read("skip_sizes.csv"):
        out[int(r["Skip Code"])] = {"size": r["Size"].strip().lower(), "type": fold(r["Type"]),
                                    "yd": int(r["Cubic Yards"]), "price": num(r["Standard Price"]),
                                    "maxd": int(r["Max Hire Days"])}
    return out


def ledger():
    out = []
    for r in read("childminder_ledger.csv"):
        if "void" in r["Note"].lower():
            continue
        out.append({"date": dt.datetime.strptime(r["Date"].strip(), "%d %b %Y").date(), "cat": fold(r["Category"]),
                    "amt": num(r["Amount"]), "method": fold(r["Method"]), "child": r["Child"].strip(),
                    "details": r["Details"]})
    return out


def farm():
    out = []
    for r in read("farm_shop_daily.csv"):
        cash, card = num(r["Cash"]), num(r["Card"])
        c = num(r["Customers"])
        out.append({"date": dt.datetime.strptime(r["Date"].strip(), "%d.%m.%Y").date(), "open": yes(r["Open"]),
                    "cust": int(c) if c is not None else None, "cash": cash, "card": card,
                    "tak": cash + card if cash is not None and card is not None else None,
                    "eggs": num(r["Eggs (dozen)"]), "boxes": num(r["Veg Boxes"]), "weather": fold(r["Weather"]),
                    "card_raw": r["Card"]})
    return out


def surf():
    out = []
    for r in read("surf_lessons.csv"):
        st = r["Status"].strip().lower()
        p = num(r["People"])
        out.append({"start": dt.datetime.strptime(r["Start"].strip(), "%Y-%m-%dT%H:%M"), "beach": fold(r["Beach"]),
                    "lesson": fold(r["Lesson"]), "ins": r["Instructor"].strip(),
                    "people": int(p) if p is not None else None, "price": num(r["Price"]),
                    "wetsuit": yes(r["Wetsuit Hire"]), "ran": st in ("done", "completed"),
                    "conditions": any(w in st for w in ("flat", "no surf", "storm")),
                    "noshow": st.replace("-", " ") == "no show"})
    return out


def dance():
    out = []
    for r in read("dance_enrolments.csv"):
        t = fold(r["Term"]).replace("term", "")
        m = re.match(r"(autumn|spring|summer)(\d{4})$", t)
        st = fold(r["Status"])
        a = num(r["Age"])
        out.append({"pupil": r["Pupil"].strip(), "age": a, "cls": fold(r["Class"]), "term": (m.group(1), int(m.group(2))),
                    "enrolled": dt.datetime.strptime(r["Enrolled On"].strip(), "%d %B %Y").date(),
                    "paid": dt.datetime.strptime(r["Paid On"].strip(), "%d %B %Y").date() if r["Paid On"].strip() else None,
                    "fee": num(r["Fee"]), "sib": yes(r["Sibling Discount"]), "exam": yes(r["Exam Entered"]),
                    "result": r["Exam Result"].strip().lower(), "withdrawn": st == "withdrawn"})
    return out


SK, SZ, LG, FS, SF, DN = skips(), sizes(), ledger(), farm(), surf(), dance()
QS = []


def q(dataset, question, note):
    def deco(f):
        QS.append((dataset, question, note, f))
        return f
    return deco


S1 = ["skip_hires.csv"]
S2 = ["skip_hires.csv", "skip_sizes.csv"]
L = ["childminder_ledger.csv"]
F = ["farm_shop_daily.csv"]
U = ["surf_lessons.csv"]
D = ["dance_enrolments.csv"]

# ------------------------------------------------------------------------------------------------
# skip hires

done = [r for r in SK if r["done"]]
notc = [r for r in SK if not r["cancelled"]]


@q(S1, "What did we take in total from skip hires delivered in 2024? Only count the completed (collected) jobs.",
   "sum of Price, status Collected/Done, Delivered in 2024; tbc/n/a left out")
def _():
    return N(sum(r["price"] for r in done if r["delivered"].year == 2024 and r["price"] is not None), "£")


@q(S1, "how many skip jobs got cancelled?", "status starting 'cancel' (Cancelled / Canceled any case)")
def _():
    return N(sum(r["cancelled"] for r in SK))


@q(S1, "What percentage of all our skip bookings ended up cancelled?", "cancelled rows / all rows x 100")
def _():
    return N(pct(sum(r["cancelled"] for r in SK), len(SK)), "%")


@q(S1, "What's the average price of a completed domestic skip hire?", "mean Price over Collected/Done jobs with "
   "customer type Domestic (any case), priced")
def _():
    v = [r["price"] for r in done if r["ctype"] == "domestic" and r["price"] is not None]
    return N(sum(v) / len(v), "£")


@q(S1, "Which town do we send the most skips to, and which town is second? Don't count cancelled jobs.",
   "jobs per folded town (Brook field = Brookfield, East wood = Eastwood), cancelled excluded")
def _():
    rk = top(Counter(r["town"] for r in notc), "town", runner=True)
    return {"label": [rk[0][0].title(), rk[0][0]], "labels": [[rk[1][0].title(), rk[1][0]]]}


@q(S1, "For jobs that have been collected, how many days on average does a skip stay with the customer (delivery "
   "to collection)?", "mean of Collected - Delivered in days over Collected/Done jobs")
def _():
    v = [(r["collected"] - r["delivered"]).days for r in done]
    return N(sum(v) / len(v), "days")


@q(S1, "What's the longest any skip was out on hire, delivery to collection, in days?",
   "max of Collected - Delivered over jobs with both dates")
def _():
    return N(max((r["collected"] - r["delivered"]).days for r in done), "days")


@q(S1, "How many skips are still out on hire at the moment?", "status On hire / Out (any case)")
def _():
    return N(sum(r["out"] for r in SK))


@q(S1, "In 2024, which month did we deliver the most skips? Leave out cancelled jobs.",
   "jobs per Delivered month of 2024, cancelled excluded")
def _():
    rk = top(Counter(r["delivered"].month for r in notc if r["delivered"].year == 2024), "2024 month")
    return {"label": month_label(2024, rk[0][0])}


@q(S1, "Which day of the week do most of our skips go out on (not counting cancelled jobs)?",
   "jobs per weekday of Delivered, cancelled excluded")
def _():
    rk = top(Counter(r["delivered"].weekday() for r in notc), "weekday")
    return {"label": wd_label(rk[0][0])}


@q(S1, "What percentage of the completed hires needed a road permit?", "Permit yes (Yes/yes/Y/y/TRUE) over "
   "Collected/Done jobs x 100; blank = no")
def _():
    return N(pct(sum(r["permit"] for r in done), len(done)), "%")


@q(S1, "On completed hires, how much more does a trade customer pay on average than a domestic one?",
   "mean priced Trade price - mean priced Domestic price, Collected/Done jobs")
def _():
    def m(t):
        v = [r["price"] for r in done if r["ctype"] == t and r["price"] is not None]
        return sum(v) / len(v)
    return N(positive(m("trade") - m("domestic"), "trade-domestic"), "£")


@q(S1, "How many completed skip hires were charged more than £500?", "Collected/Done jobs with a price over 500")
def _():
    v = [r["price"] for r in done if r["price"] is not None]
    away(v, 500, 3, "price 500")
    return N(sum(p > 500 for p in v))


@q(S1, "How many jobs on the sheet still don't have a proper price (tbc, n/a and so on)?",
   "rows whose Price is not a number")
def _():
    return N(sum(r["price"] is None for r in SK))


@q(S1, "On average, how many days' notice do customers give us between ordering a skip and having it delivered? "
   "Count every job.", "mean of Delivered - Ordered over all rows")
def _():
    v = [(r["delivered"] - r["ordered"]).days for r in SK]
    return N(sum(v) / len(v), "days")


@q(S1, "Did completed-hire takings for January to September 2025 beat the same months of 2024? By how much?",
   "sum priced Collected/Done, Delivered Jan-Sep 2025 minus Jan-Sep 2024")
def _():
    def s(y):
        return sum(r["price"] for r in done if r["delivered"].year == y and r["delivered"].month <= 9
                   and r["price"] is not None)
    return N(positive(s(2025) - s(2024), "2025 vs 2024"), "£")


@q(S1, "What kind of waste do we collect most often? Completed jobs only.",
   "Collected/Done jobs per folded Waste (Green waste = Green)")
def _():
    rk = top(Counter(r["waste"] for r in done), "waste")
    return {"label": [rk[0][0].title(), rk[0][0]]}


@q(S1, "What share of our completed-hire takings came from trade customers?",
   "priced Collected/Done Trade takings / all priced Collected/Done takings x 100")
def _():
    a = sum(r["price"] for r in done if r["ctype"] == "trade" and r["price"] is not None)
    b = sum(r["price"] for r in done if r["price"] is not None)
    return N(pct(a, b), "%")


@q(S2, "Using the skip list, which type of skip brought in the most money on completed hires?",
   "join Skip Code (integer value) to skip_sizes Type; priced Collected/Done takings per folded Type")
def _():
    d = defaultdict(float)
    for r in done:
        if r["price"] is not None:
            d[SZ[r["code"]]["type"]] += r["price"]
    rk = top(d, "skip type")
    return {"label": [rk[0][0].title(), rk[0][0]]}


@q(S2, "How many 8 yard builders skips did we hire out in 2025, leaving out the cancelled ones?",
   "join on code; Size '8 yard builders'; non-cancelled, Delivered 2025")
def _():
    return N(sum(1 for r in notc if SZ[r["code"]]["size"] == "8 yard builders" and r["delivered"].year == 2025))


@q(S2, "Which skip size do customers book most often? Ignore cancelled jobs.",
   "non-cancelled jobs per Size via the code join")
def _():
    rk = top(Counter(SZ[r["code"]]["size"] for r in notc), "size")
    s = rk[0][0]
    return {"label": [s, s.replace(" yard", "-yard"), s.replace(" yard", " yd"), s.replace(" yard", "yd")]}


@q(S2, "On completed hires, how much above its standard list price did the 12 yard maxi go for on average?",
   "mean priced Collected/Done price of code 5 minus its Standard Price in skip_sizes")
def _():
    code = [c for c, s in SZ.items() if s["size"] == "12 yard maxi"][0]
    v = [r["price"] for r in done if r["code"] == code and r["price"] is not None]
    return N(positive(sum(v) / len(v) - SZ[code]["price"], "maxi above list"), "£")


@q(S2, "How much did we take in total on completed hires of roll-on skips (any size)?",
   "sum priced Collected/Done jobs whose joined Type is Roll-on")
def _():
    return N(sum(r["price"] for r in done if SZ[r["code"]]["type"] == "roll-on" and r["price"] is not None), "£")


@q(["skip_sizes.csv"], "What's the biggest skip on our list and what's its standard price?",
   "max Cubic Yards in skip_sizes; its Size and Standard Price")
def _():
    c, s = max(SZ.items(), key=lambda kv: kv[1]["yd"])
    guard(sum(1 for v in SZ.values() if v["yd"] == s["yd"]) == 1, "biggest skip alone")
    return {"label": [s["size"], s["size"].replace(" yard", "-yard"), s["size"].replace(" yard", " yd")],
            "number": s["price"], "unit": "£"}


# ------------------------------------------------------------------------------------------------
# childminder ledger

def inn(rows):
    return sum(r["amt"] for r in rows if r["amt"] > 0)


def outt(rows):
    return -sum(r["amt"] for r in rows if r["amt"] < 0)


@q(L, "How much money came in altogether in 2024? Ignore the void lines.", "sum of positive amounts dated 2024, "
   "void rows excluded")
def _():
    return N(inn([r for r in LG if r["date"].year == 2024]), "£")


@q(L, "What have I spent in total so far in 2025 (void entries don't count)?", "minus the sum of negative amounts "
   "dated 2025, refunds included, void rows excluded")
def _():
    return N(outt([r for r in LG if r["date"].year == 2025]), "£")


@q(L, "What was my profit for 2024, money in minus money out?", "sum of all amounts dated 2024, void excluded")
def _():
    return N(positive(sum(r["amt"] for r in LG if r["date"].year == 2024), "2024 net"), "£")


@q(L, "In March 2025 how much came in and how much went out?", "positive sum and minus negative sum, March 2025, "
   "void excluded")
def _():
    rows = [r for r in LG if (r["date"].year, r["date"].month) == (2025, 3)]
    return {"numbers": [R(inn(rows)), R(outt(rows))], "unit": "£"}


@q(L, "Which child's family has paid me the most in fees over the whole ledger?",
   "sum of amounts in category Fees (Childcare fees included) per Child, void excluded")
def _():
    d = defaultdict(float)
    for r in LG:
        if r["cat"] == "fees":
            d[r["child"]] += r["amt"]
    rk = top(d, "child fees")
    return {"label": [rk[0][0]]}


@q(L, "What do I spend the most on, by category, and what's second? Whole ledger, voids ignored.",
   "minus the sum of negative amounts per folded category (Assistant wages = Wages, Equipment = Toys & Equipment)")
def _():
    d = defaultdict(float)
    for r in LG:
        if r["amt"] < 0:
            d[r["cat"]] -= r["amt"]
    rk = top(d, "expense category", runner=True)
    lab = {"wages": ["Wages", "wage"], "food": ["Food"], "toys&equipment": ["Toys & Equipment", "Toys and equipment",
                                                                            "Toys"]}
    return {"label": lab.get(rk[0][0], [rk[0][0]]), "labels": [lab.get(rk[1][0], [rk[1][0]])]}


@q(L, "What was the single biggest payment going out, and what category was it?",
   "most negative amount (void excluded); its folded category")
def _():
    a, r = alone_max([(-r["amt"], id(r)) for r in LG if r["amt"] < 0], "biggest out")
    row = [x for x in LG if id(x) == r][0]
    lab = {"wages": ["Wages", "wage"]}.get(row["cat"], [row["cat"]])
    return {"label": lab, "number": R(a), "unit": "£"}


@q(L, "How much did the council pay me for funded hours in 2025?", "sum of Funded Hours amounts dated 2025")
def _():
    return N(sum(r["amt"] for r in LG if r["cat"] == "fundedhours" and r["date"].year == 2025), "£")


@q(L, "What share of my 2025 income came from funded hours? Leave out void lines.",
   "Funded Hours sum 2025 / positive sum 2025 x 100")
def _():
    rows = [r for r in LG if r["date"].year == 2025]
    return N(pct(sum(r["amt"] for r in rows if r["cat"] == "fundedhours"), inn(rows)), "%")


@q(L, "How much is a typical food shop for the kids — the average food payment?",
   "mean of -amount over Food rows, void excluded")
def _():
    v = [-r["amt"] for r in LG if r["cat"] == "food"]
    return N(sum(v) / len(v), "£")


@q(L, "How much more did I spend on food in January to September 2025 than in the same months of 2024?",
   "food out Jan-Sep 2025 minus Jan-Sep 2024")
def _():
    def s(y):
        return -sum(r["amt"] for r in LG if r["cat"] == "food" and r["date"].year == y and r["date"].month <= 9)
    return N(positive(s(2025) - s(2024), "food growth"), "£")


@q(L, "How many refunds have I given parents, and how much did they come to in total?",
   "rows in category Refund (any case): count and minus their sum")
def _():
    v = [-r["amt"] for r in LG if r["cat"] == "refund"]
    return {"numbers": [len(v), R(sum(v))], "unit": "£"}


@q(L, "How many lines in the ledger are marked void?", "rows whose Note contains 'void' (any case)")
def _():
    return N(sum("void" in r["Note"].lower() for r in read("childminder_ledger.csv")))


@q(L, "What share of the fee money came in through Tax-Free Childcare?",
   "Fees amounts paid by Tax-Free Childcare / TFC / tax free childcare over all Fees amounts x 100, void excluded")
def _():
    f = [r for r in LG if r["cat"] == "fees"]
    a = sum(r["amt"] for r in f if r["method"] in ("tax-freechildcare", "tfc", "taxfreechildcare"))
    return N(pct(a, sum(r["amt"] for r in f)), "%")


@q(L, "How much have I paid my assistant in wages altogether?", "minus the sum of Wages (Assistant wages) rows")
def _():
    return N(-sum(r["amt"] for r in LG if r["cat"] == "wages"), "£")


@q(L, "How many late pickup fees have I charged and how much did they bring in?",
   "rows in category Late Fee / Late pickup fee: count and sum")
def _():
    v = [r["amt"] for r in LG if r["cat"] == "latefee"]
    return {"numbers": [len(v), R(sum(v))], "unit": "£"}


@q(L, "Whose fees went up the most between January-August 2024 and January-August 2025, and by how much?",
   "Fees per Child, Jan-Aug 2025 minus Jan-Aug 2024; the largest increase")
def _():
    d = defaultdict(float)
    for r in LG:
        if r["cat"] == "fees" and r["date"].month <= 8:
            d[r["child"]] += r["amt"] * (1 if r["date"].year == 2025 else -1)
    rk = top(d, "fee growth")
    return {"label": [rk[0][0]], "number": R(positive(rk[0][1], "growth")), "unit": "£"}


@q(L, "On average, how much did I spend per month in 2024?", "money out in 2024 / 12")
def _():
    return N(outt([r for r in LG if r["date"].year == 2024]) / 12, "£")


@q(L, "How much did outings cost me in 2024?", "minus the sum of Outings / Outing rows dated 2024")
def _():
    return N(-sum(r["amt"] for r in LG if r["cat"] == "outings" and r["date"].year == 2024), "£")


@q(L, "How much went out by card in 2025?", "minus the sum of negative amounts with Method Card (any case), 2025")
def _():
    return N(-sum(r["amt"] for r in LG if r["method"] == "card" and r["amt"] < 0 and r["date"].year == 2025), "£")


# ------------------------------------------------------------------------------------------------
# farm shop

opn = [r for r in FS if r["open"]]
full = [r for r in opn if r["tak"] is not None]


@q(F, "What were the farm shop's total takings, cash plus card, in 2024?",
   "sum of numeric Cash + sum of numeric Card, 2024 ('n/a' / 'terminal down' card left out)")
def _():
    rows = [r for r in FS if r["date"].year == 2024]
    return N(sum(r["cash"] for r in rows if r["cash"] is not None) + sum(r["card"] for r in rows if r["card"] is not None), "£")


@q(F, "How many days are missing from the daily sheet completely, between the first day and the last?",
   "calendar days from first to last Date with no row")
def _():
    ds = {r["date"] for r in FS}
    return N((max(ds) - min(ds)).days + 1 - len(ds), "days")


@q(F, "How many days was the shop shut?", "rows with Open no / closed / N")
def _():
    return N(sum(not r["open"] for r in FS), "days")


@q(F, "How many customers did we get on an average open day in 2025?",
   "mean Customers over open 2025 days with a number")
def _():
    v = [r["cust"] for r in opn if r["date"].year == 2025 and r["cust"] is not None]
    return N(sum(v) / len(v), "customers")


@q(F, "Which day of the week is busiest for customers, on average?", "mean Customers per weekday over open days "
   "with a number")
def _():
    d = defaultdict(list)
    for r in opn:
        if r["cust"] is not None:
            d[r["date"].weekday()].append(r["cust"])
    rk = top({k: sum(v) / len(v) for k, v in d.items()}, "weekday customers")
    return {"label": wd_label(rk[0][0])}


@q(F, "Which month of 2025 was our best for takings?", "sum numeric Cash + numeric Card per month of 2025")
def _():
    d = defaultdict(float)
    for r in FS:
        if r["date"].year == 2025:
            d[r["date"].month] += (r["cash"] or 0) + (r["card"] or 0)
    rk = top(d, "2025 month takings")
    return {"label": month_label(2025, rk[0][0])}


@q(F, "What percentage of 2025 takings was paid by card? Leave out the days the card machine was down.",
   "card / (cash + card) over 2025 days with both numbers x 100")
def _():
    rows = [r for r in full if r["date"].year == 2025]
    return N(pct(sum(r["card"] for r in rows), sum(r["tak"] for r in rows)), "%")


@q(F, "In 2024, how much did the average customer spend? Use total takings over total customers, only days where "
   "takings (cash and card) and customers are all written down.",
   "sum(cash + card) / sum(customers) over 2024 days with all three numbers")
def _():
    rows = [r for r in full if r["date"].year == 2024 and r["cust"] is not None]
    return N(sum(r["tak"] for r in rows) / sum(r["cust"] for r in rows), "£")


@q(F, "How many dozen eggs did we sell over summer 2025 (June, July and August)?", "sum Eggs (dozen), Jun-Aug 2025")
def _():
    return N(sum(r["eggs"] for r in FS if r["date"].year == 2025 and r["date"].month in (6, 7, 8)
                 and r["eggs"] is not None), "dozen")


@q(F, "How much lower are average daily takings on rainy days than on sunny days? Only count days with both cash "
   "and card written down.", "mean(cash + card) on Sunny days - on Rain/Rainy days, open days with both numbers")
def _():
    def m(w):
        v = [r["tak"] for r in full if r["weather"] == w]
        return sum(v) / len(v)
    return N(positive(m("sunny") - m("rain"), "sunny-rain"), "£")


@q(F, "On how many open days did we have more than 140 customers?", "open days with Customers > 140")
def _():
    v = [r["cust"] for r in opn if r["cust"] is not None]
    away(v, 140, 0, "140 customers")
    return N(sum(c > 140 for c in v), "days")


@q(F, "What was our best ever day for takings, and what date was it?",
   "max cash + card over days with both numbers; its date")
def _():
    a, d = alone_max([(r["tak"], r["date"]) for r in full], "best day")
    return {"label": day_label(d), "number": R(a), "unit": "£"}


@q(F, "Which day of the week do most of the veg boxes go out?", "sum Veg Boxes per weekday")
def _():
    d = defaultdict(float)
    for r in FS:
        if r["boxes"] is not None:
            d[r["date"].weekday()] += r["boxes"]
    rk = top(d, "veg box weekday")
    return {"label": wd_label(rk[0][0])}


@q(F, "How many more customers did we have from March to September 2025 than in March to September 2024?",
   "sum numeric Customers Mar-Sep 2025 minus Mar-Sep 2024")
def _():
    def s(y):
        return sum(r["cust"] for r in FS if r["date"].year == y and 3 <= r["date"].month <= 9 and r["cust"] is not None)
    return N(positive(s(2025) - s(2024), "customers growth"), "customers")


@q(F, "How much cash have we taken so far in 2025?", "sum numeric Cash, 2025")
def _():
    return N(sum(r["cash"] for r in FS if r["date"].year == 2025 and r["cash"] is not None), "£")


@q(F, "How many days in 2024 were marked as sunny?", "rows of 2024 with Weather Sunny (any case)")
def _():
    return N(sum(1 for r in FS if r["date"].year == 2024 and r["weather"] == "sunny"), "days")


@q(F, "What percentage of the days we were open did it rain?", "open days with Weather Rain / Rainy (any case) over "
   "open days x 100")
def _():
    return N(pct(sum(r["weather"] == "rain" for r in opn), len(opn)), "%")


@q(F, "How many open days have no card figure because the card machine was down?",
   "open days whose Card is not a number")
def _():
    return N(sum(r["card"] is None for r in opn), "days")


@q(F, "What were average takings on a Saturday in 2025? Only Saturdays with both cash and card recorded.",
   "mean cash + card over 2025 Saturdays with both numbers")
def _():
    v = [r["tak"] for r in full if r["date"].year == 2025 and r["date"].weekday() == 5]
    return N(sum(v) / len(v), "£")


@q(F, "On how many open days was the customer count not written down?", "open days whose Customers is not a number")
def _():
    return N(sum(r["cust"] is None for r in opn), "days")


# ------------------------------------------------------------------------------------------------
# surf school

ran = [r for r in SF if r["ran"]]


@q(U, "How many people did we teach to surf in 2025? Only lessons that actually went ahead.",
   "sum of numeric People over Done/Completed bookings in 2025")
def _():
    return N(sum(r["people"] for r in ran if r["start"].year == 2025 and r["people"] is not None), "people")


@q(U, "What did lessons that ran in 2024 take in total?", "sum numeric Price over Done/Completed bookings, 2024")
def _():
    return N(sum(r["price"] for r in ran if r["start"].year == 2024 and r["price"] is not None), "€")


@q(U, "How many lessons were called off because of the conditions — flat sea or storms?",
   "statuses mentioning flat / no surf / storm")
def _():
    return N(sum(r["conditions"] for r in SF))


@q(U, "What percentage of all bookings were no-shows?", "No-show / no show / No Show over all rows x 100")
def _():
    return N(pct(sum(r["noshow"] for r in SF), len(SF)), "%")


@q(U, "Which instructor has taught the most people, and who's next? Lessons that went ahead only.",
   "sum numeric People per Instructor over Done/Completed bookings")
def _():
    d = defaultdict(int)
    for r in ran:
        if r["people"] is not None:
            d[r["ins"]] += r["people"]
    rk = top(d, "instructor people", runner=True)
    return {"label": [rk[0][0]], "labels": [[rk[1][0]]]}


@q(U, "Which beach gets the most bookings?", "rows per folded Beach (Watergate = Watergate Bay), all statuses")
def _():
    rk = top(Counter(r["beach"] for r in SF), "beach")
    lab = {"fistral": ["Fistral"], "watergatebay": ["Watergate Bay", "Watergate"]}
    return {"label": lab.get(rk[0][0], [rk[0][0]])}


@q(U, "What's the average number of people in a group lesson that went ahead?",
   "mean numeric People over Done/Completed bookings whose Lesson folds to Group")
def _():
    v = [r["people"] for r in ran if r["lesson"] == "group" and r["people"] is not None]
    return N(sum(v) / len(v), "people")


@q(U, "Across both seasons, how much did we take per person taught? Lessons that ran only.",
   "sum Price / sum People over Done/Completed bookings with both numbers")
def _():
    rows = [r for r in ran if r["price"] is not None and r["people"] is not None]
    return N(sum(r["price"] for r in rows) / sum(r["people"] for r in rows), "€")


@q(U, "What share of the lessons that ran included wetsuit hire?", "Wetsuit Hire yes over Done/Completed x 100")
def _():
    return N(pct(sum(r["wetsuit"] for r in ran), len(ran)), "%")


@q(U, "Comparing April-September 2025 with April-September 2024, which type of lesson grew its takings the most, and "
   "by how much? Lessons that ran only.",
   "priced Done/Completed takings per folded Lesson, Apr-Sep 2025 minus Apr-Sep 2024; the largest increase")
def _():
    d = defaultdict(float)
    for r in ran:
        if r["price"] is not None and 4 <= r["start"].month <= 9:
            d[r["lesson"]] += r["price"] * (1 if r["start"].year == 2025 else -1)
    rk = top(d, "lesson growth")
    lab = {"group": ["Group", "group lessons"], "kidsclub": ["Kids Club"], "private": ["Private", "private lessons"],
           "improver": ["Improver", "Improvers"]}
    return {"label": lab[rk[0][0]], "number": R(positive(rk[0][1], "growth")), "unit": "€"}


@q(U, "Which hour of the day has the most lesson starts? Count a half-past start in its hour (9:30 is in the 9 o'clock hour), all bookings.", "bookings per Start hour, all statuses")
def _():
    rk = top(Counter(r["start"].hour for r in SF), "start hour")
    h = rk[0][0]
    h12 = h if h <= 12 else h - 12
    ap = "am" if h < 12 else "pm"
    return {"label": [f"{h:02d}:00", f"{h}:00", f"{h12}am" if ap == "am" else f"{h12}pm", f"{h12} {ap}",
                      f"{h12}:00 {ap.upper()}", f"{h12} o'clock"]}


@q(U, "Which month in 2025 had the most lessons actually go ahead?", "Done/Completed bookings per month of 2025")
def _():
    rk = top(Counter(r["start"].month for r in ran if r["start"].year == 2025), "2025 month")
    return {"label": month_label(2025, rk[0][0])}


@q(U, "How much have private lessons brought in over both seasons? Only ones that went ahead.",
   "sum numeric Price over Done/Completed bookings whose Lesson folds to Private (Private 1-2-1 included)")
def _():
    return N(sum(r["price"] for r in ran if r["lesson"] == "private" and r["price"] is not None), "€")


@q(U, "How many bookings don't have a price on them?", "rows whose Price is not a number (tbc, n/a, blank)")
def _():
    return N(sum(r["price"] is None for r in SF))


@q(U, "What did a Kids Club booking cost on average in 2025 (ones that ran)?",
   "mean numeric Price over Done/Completed Kids Club bookings in 2025")
def _():
    v = [r["price"] for r in ran if r["lesson"] == "kidsclub" and r["start"].year == 2025 and r["price"] is not None]
    return N(sum(v) / len(v), "€")


@q(U, "What percentage of the people we taught came on a Saturday or Sunday?",
   "numeric People on Done/Completed bookings starting Sat/Sun over all numeric People on Done/Completed x 100")
def _():
    v = [r for r in ran if r["people"] is not None]
    return N(pct(sum(r["people"] for r in v if r["start"].weekday() >= 5), sum(r["people"] for r in v)), "%")


@q(U, "How many no-shows did we have, and how much were those bookings worth?",
   "No-show rows: count and sum of numeric Price")
def _():
    v = [r for r in SF if r["noshow"]]
    return {"numbers": [len(v), R(sum(r["price"] for r in v if r["price"] is not None))], "unit": "€"}


@q(U, "How many more lessons did Nia teach in 2025 than in 2024? Count lessons that went ahead.",
   "Done/Completed bookings with Instructor Nia, 2025 minus 2024")
def _():
    c = Counter(r["start"].year for r in ran if r["ins"] == "Nia")
    return N(positive(c[2025] - c[2024], "nia"))


@q(U, "On how many different days in 2024 did at least one lesson go ahead?",
   "distinct Start dates of Done/Completed bookings in 2024")
def _():
    return N(len({r["start"].date() for r in ran if r["start"].year == 2024}), "days")


@q(U, "What share of 2024's takings came from lessons at Watergate Bay? Lessons that ran only.",
   "priced Done/Completed 2024 at Watergate Bay / all priced Done/Completed 2024 x 100")
def _():
    v = [r for r in ran if r["start"].year == 2024 and r["price"] is not None]
    return N(pct(sum(r["price"] for r in v if r["beach"] == "watergatebay"), sum(r["price"] for r in v)), "%")


@q(U, "How many lessons ran at Crantock in 2025?", "Done/Completed bookings at Crantock in 2025")
def _():
    return N(sum(1 for r in ran if r["beach"] == "crantock" and r["start"].year == 2025))


# ------------------------------------------------------------------------------------------------
# dance school

def term(t, y):
    return [r for r in DN if r["term"] == (t, y)]


Y2 = [r for r in DN if r["term"] in (("autumn", 2024), ("spring", 2025), ("summer", 2025))]
Y1 = [r for r in DN if r["term"] in (("autumn", 2023), ("spring", 2024), ("summer", 2024))]
CLS = {"ballet": ["Ballet"], "tap": ["Tap"], "jazz": ["Jazz"], "street": ["Street", "Street Dance"],
       "contemporary": ["Contemporary"]}


@q(D, "How many class enrolments did we have for the Autumn 2024 term, counting anyone who later withdrew?",
   "rows with Term Autumn 2024 (any spelling)")
def _():
    return N(len(term("autumn", 2024)))


@q(D, "In the 2024/25 year (Autumn 2024, Spring 2025 and Summer 2025), which dance style had the most enrolments, "
   "and which was second?", "rows per folded Class (Street Dance = Street) over the three terms")
def _():
    rk = top(Counter(r["cls"] for r in Y2), "style", runner=True)
    return {"label": CLS[rk[0][0]], "labels": [CLS[rk[1][0]]]}


@q(D, "How much fee money have we actually received for the Spring 2025 term (enrolments with a paid date)?",
   "sum numeric Fee over Spring 2025 rows with a Paid On date")
def _():
    return N(sum(r["fee"] for r in term("spring", 2025) if r["paid"] and r["fee"] is not None), "£")


@q(D, "How many enrolments haven't been paid yet? Don't count pupils who withdrew.",
   "rows with no Paid On and status not Withdrawn / Left")
def _():
    return N(sum(1 for r in DN if r["paid"] is None and not r["withdrawn"]))


@q(D, "On average, how many days after enrolling do parents pay?", "mean Paid On - Enrolled On over rows with a "
   "Paid On date")
def _():
    v = [(r["paid"] - r["enrolled"]).days for r in DN if r["paid"]]
    return N(sum(v) / len(v), "days")


@q(D, "What percentage of enrolments got the sibling discount?", "Sibling Discount yes over all rows x 100")
def _():
    return N(pct(sum(r["sib"] for r in DN), len(DN)), "%")


@q(D, "How many enrolments ended with the pupil withdrawing or leaving?", "status Withdrawn / Left (any case)")
def _():
    return N(sum(r["withdrawn"] for r in DN))


@q(D, "Of the exam results we got back in summer 2025, what percentage were a pass or better?",
   "rows of Summer 2025 with an Exam Result: Distinction/Merit/Pass over all results x 100")
def _():
    v = [r["result"] for r in term("summer", 2025) if r["result"]]
    return N(pct(sum(x != "fail" for x in v), len(v)), "%")


@q(D, "What's the most common exam grade across all the results?", "Exam Result counts, case folded")
def _():
    rk = top(Counter(r["result"] for r in DN if r["result"]), "grade")
    return {"label": [rk[0][0].title(), rk[0][0]]}


@q(D, "What's the average age of the ballet pupils in Autumn 2024?",
   "mean numeric Age over Autumn 2024 Ballet rows ('?' / blank left out)")
def _():
    v = [r["age"] for r in term("autumn", 2024) if r["cls"] == "ballet" and r["age"] is not None]
    return N(sum(v) / len(v), "years")


@q(D, "From Autumn 2023 to Autumn 2024, which dance style gained the most enrolments, and how many more did it "
   "have?", "rows per folded Class, Autumn 2024 minus Autumn 2023; the largest increase")
def _():
    d = defaultdict(int)
    for r in term("autumn", 2024):
        d[r["cls"]] += 1
    for r in term("autumn", 2023):
        d[r["cls"]] -= 1
    rk = top(d, "style growth", margin=0.2)
    return {"label": CLS[rk[0][0]], "number": positive(rk[0][1], "growth")}


@q(D, "How many different pupils were on the books in Spring 2025?", "distinct Pupil names in Spring 2025 rows")
def _():
    return N(len({r["pupil"] for r in term("spring", 2025)}), "pupils")


@q(D, "What fee income did we receive for the 2023/24 year (Autumn 2023, Spring 2024 and Summer 2024 terms)? Only "
   "count enrolments that were paid.", "sum numeric Fee over rows of those terms with a Paid On date")
def _():
    return N(sum(r["fee"] for r in Y1 if r["paid"] and r["fee"] is not None), "£")


@q(D, "How many enrolments have no fee charged — waived, staff child or n/a?", "rows whose Fee is not a number")
def _():
    return N(sum(r["fee"] is None for r in DN))


@q(D, "In which month do most enrolments come in, going by the enrolment date?",
   "rows per calendar month of Enrolled On (all years together)")
def _():
    rk = top(Counter(r["enrolled"].month for r in DN), "enrol month")
    return {"label": MONTHS[rk[0][0] - 1:rk[0][0]] + [MONTHS[rk[0][0] - 1][:3]]}


@q(D, "What's the longest a family has taken to pay after enrolling, in days?",
   "max Paid On - Enrolled On over paid rows")
def _():
    return N(max((r["paid"] - r["enrolled"]).days for r in DN if r["paid"]), "days")


@q(D, "What percentage of street dance enrolments ended up withdrawn?",
   "Withdrawn/Left over rows whose Class folds to Street (Street Dance included) x 100")
def _():
    v = [r for r in DN if r["cls"] == "street"]
    return N(pct(sum(r["withdrawn"] for r in v), len(v)), "%")


@q(D, "What was the average Contemporary fee in 2024/25 (Autumn 2024 to Summer 2025), leaving out waived fees?",
   "mean numeric Fee over Contemporary rows of the three 2024/25 terms")
def _():
    v = [r["fee"] for r in Y2 if r["cls"] == "contemporary" and r["fee"] is not None]
    return N(sum(v) / len(v), "£")


@q(D, "How many more enrolments did Summer 2025 have than Summer 2024?", "rows Summer 2025 minus Summer 2024")
def _():
    return N(positive(len(term("summer", 2025)) - len(term("summer", 2024)), "summer growth"))


@q(D, "How many pupils were doing two classes in Autumn 2024?", "Autumn 2024 pupils with 2 or more rows")
def _():
    c = Counter(r["pupil"] for r in term("autumn", 2024))
    return N(sum(1 for v in c.values() if v >= 2), "pupils")


# ------------------------------------------------------------------------------------------------

def main():
    out = []
    for i, (ds, question, note, f) in enumerate(QS, 1):
        if "--debug" in ARGS:
            print(f"s31-{i:03d}", question)
        t = f()
        out.append({"dataset": ds, "id": f"s31-{i:03d}", "note": note, "question": question, "truth": t})
        if "--print" in ARGS or "--debug" in ARGS:
            print(f"s31-{i:03d}", json.dumps(t, ensure_ascii=False))
    if FAILS:
        print("\n".join("guard failed: " + m for m in FAILS))
        return 1
    if "--print" in ARGS:
        return 0
    (HERE / "questions.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(out)} questions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
