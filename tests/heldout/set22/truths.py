#!/usr/bin/env python3
"""Held-out set 22: every question beside the code that computes its truth from data/*.csv; writes questions.json.

    python3 tests/heldout/set22/truths.py [--print] [--debug]

--print only prints (questions.json is not written); --debug also prints the ranking behind every "which".
Stops without writing if a guard fails (a near tie, a threshold with values on it, a negative difference).
Standard library only (csv, datetime, collections).

Reading rules
- shoots.csv + clients.csv: joined on the client id as a number ("0072" and "72" are client 0072). Status folded
  (case, spaces): Completed / Cancelled; money earned is completed shoots only. Fee and Travel: "£1,250.00",
  "£1250.00" and "1250" are 1250; a blank Travel is 0 (cancelled shoots have no travel). Shoot type folded (case,
  spaces). Hours and Images Delivered: "tbc", "n/a" and blanks are not numbers and are left out. Dates dd/mm/yyyy.
- table_sessions.csv: a group that came is status Played (folded); a no-show has no end time and $0.00 charges.
  Session length = ended - started in minutes. Game folded (case, spaces); a blank game (own game) is no game.
  Party size "?" and blank are left out. booked_via folded: "walk in" / "Walk-In" / "walk-in" are walk-ins.
- iap_transactions.csv: Type Purchase / Renewal / Refund; refunds are negative in both money columns. "Spent"
  (customer price) and "proceeds" (developer proceeds) after refunds are the signed sums. User id as a number.
  Platform folded. Dates MM/DD/YYYY HH:MM:SS.
- trip_ledger.csv: rows with a Status (VOID, void, "Void - duplicate") are void and left out. Entry Payment /
  Refund (negative) / Grant (PTA) / Supplier (negative). Trip folded (case, spaces); class upper-cased and
  stripped; pupil number as a number; method folded ("Parent Pay" = ParentPay, "Chq" = cheque). Dates dd/mm/yyyy.
- ride_log.csv: one row per rider per ride. Distance "DNF" is a did-not-finish; "", "n/a", "gps fail" are not
  numbers and are left out of distances. Elevation "1,796" = 1796. Moving time h:mm:ss. Ride type and weather
  folded. Dates M/D/YYYY.
"""

import csv
import datetime as dt
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"


def load(name):
    with open(DATA / name, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def num(s):
    s = (s or "").strip().replace("£", "").replace("$", "").replace(",", "")
    try:
        return float(s)
    except ValueError:
        return None


def fold(s):
    return " ".join((s or "").split()).lower()


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def month_label(y, m):
    return [MONTHS[m - 1], f"{MONTHS[m - 1]} {y}", f"{y}-{m:02d}", f"{MONTHS[m - 1][:3]} {y}"]


def weekday_label(i):
    return [WEEKDAYS[i], WEEKDAYS[i] + "s"]


def hour_label(h):
    h12 = h % 12 or 12
    ap = "am" if h < 12 else "pm"
    return [f"{h:02d}:00", f"{h}:00", f"{h12}{ap}", f"{h12} {ap}", f"{h12} o'clock", f"{h:02d}.00",
            f"{h12}:00 {ap}", f"{h12} {ap[0]}.m.", f"{h12}:00{ap}"]


class GuardError(Exception):
    pass


DEBUG = "--debug" in sys.argv


def top(d, margin=0.03, reverse=True, what=""):
    """The key with the highest (lowest if reverse=False) value; it must lead the runner-up by > margin."""
    items = sorted(d.items(), key=lambda kv: kv[1], reverse=reverse)
    if DEBUG:
        print(f"    ranking {what}: {items[:6]}")
    a, b = items[0][1], items[1][1]
    gap = abs(a - b) / max(abs(a), abs(b), 1e-9)
    if gap <= margin:
        raise GuardError(f"near tie {what}: {items[:2]}")
    return items[0][0]


def topn(d, n=3, margin=0.03, what=""):
    items = sorted(d.items(), key=lambda kv: kv[1], reverse=True)
    if DEBUG:
        print(f"    ranking {what}: {items[:n + 3]}")
    a, b = items[n - 1][1], items[n][1]
    if abs(a - b) / max(abs(a), abs(b), 1e-9) <= margin:
        raise GuardError(f"near tie at {n}/{n + 1} {what}: {items[n - 1:n + 1]}")
    return [k for k, _ in items[:n]]


def away(values, threshold, gap, what=""):
    near = [v for v in values if v is not None and abs(v - threshold) <= gap]
    if near:
        raise GuardError(f"values near threshold {threshold} {what}: {near[:5]}")


def positive(x, what=""):
    if x <= 0:
        raise GuardError(f"not positive {what}: {x}")
    return x


def r6(x):
    return round(x, 6)


# ----------------------------------------------------------------------------------------------
# datasets, read once

def photographer():
    clients = {}
    for r in load("clients.csv"):
        clients[int(r["Client ID"])] = {"name": r["Client Name"], "type": r["Client Type"].strip(),
                                        "town": r["Town"].strip(),
                                        "first": dt.datetime.strptime(r["First Booked"], "%d %b %Y").date()}
    shoots = []
    for r in load("shoots.csv"):
        st = fold(r["Status"])
        assert st in ("completed", "cancelled"), st
        shoots.append({"no": r["Shoot No"], "date": dt.datetime.strptime(r["Date"].strip(), "%d/%m/%Y").date(),
                       "client": int(r["Client ID"]), "type": fold(r["Shoot Type"]), "hours": num(r["Hours"]),
                       "fee": num(r["Fee"]), "travel": num(r["Travel"]) or 0.0, "done": st == "completed",
                       "images": num(r["Images Delivered"])})
    for s in shoots:
        assert s["fee"] is not None and s["client"] in clients
    return shoots, clients


def cafe():
    out = []
    for r in load("table_sessions.csv"):
        st = fold(r["status"])
        played = st == "played"
        assert played or st.replace("-", " ") == "no show", st
        start = dt.datetime.strptime(r["started"], "%Y-%m-%d %H:%M")
        end = dt.datetime.strptime(r["ended"], "%Y-%m-%d %H:%M") if played else None
        via = fold(r["booked_via"]).replace("-", " ")
        assert via in ("walk in", "online", "phone"), via
        out.append({"id": r["session_id"], "table": int(r["table_no"]), "start": start, "end": end, "played": played,
                    "mins": (end - start).total_seconds() / 60 if played else None, "party": num(r["party_size"]),
                    "cover": num(r["cover_charge"]), "fd": num(r["food_drink"]), "game": fold(r["game"]) or None,
                    "via": via})
    return out


def iap():
    out = []
    for r in load("iap_transactions.csv"):
        t = dt.datetime.strptime(r["Purchase Date"], "%m/%d/%Y %H:%M:%S")
        out.append({"t": t, "user": int(r["User ID"]), "country": r["Country"].strip(),
                    "platform": fold(r["Platform"]), "product": r["Product"].strip(), "type": r["Type"].strip(),
                    "price": num(r["Customer Price"]), "proceeds": num(r["Developer Proceeds"])})
    for x in out:
        assert x["type"] in ("Purchase", "Renewal", "Refund") and x["platform"] in ("ios", "android")
        assert (x["price"] < 0) == (x["type"] == "Refund")
    return out


def school():
    out = []
    for r in load("trip_ledger.csv"):
        if r["Status"].strip():
            assert "void" in r["Status"].lower()
            void = True
        else:
            void = False
        m = fold(r["Method"]).replace(" ", "")
        m = {"chq": "cheque", "banktransfer": "bacs"}.get(m, m)
        assert m in ("parentpay", "cash", "cheque", "bacs"), m
        out.append({"date": dt.datetime.strptime(r["Date"], "%d/%m/%Y").date(), "entry": r["Entry"].strip(),
                    "pupil": int(r["Pupil No"]) if r["Pupil No"].strip() else None, "name": r["Pupil"].strip(),
                    "class": r["Class"].strip().upper(), "trip": fold(r["Trip"]), "method": m,
                    "amount": num(r["Amount"]), "void": void})
    return out


def rides():
    out = []
    for r in load("ride_log.csv"):
        d = dt.datetime.strptime(r["Date"], "%m/%d/%Y").date()
        ds = r["Distance (mi)"].strip()
        mt = r["Moving Time"].strip()
        secs = None
        if mt:
            h, m, s = (int(x) for x in mt.split(":"))
            secs = h * 3600 + m * 60 + s
        start = dt.datetime.strptime(r["Start"].strip(), "%I:%M %p").time()
        out.append({"date": d, "rider": r["Rider"].strip(), "route": r["Route"].strip(),
                    "type": fold(r["Ride Type"]), "dnf": ds.upper() == "DNF", "dist": num(ds),
                    "elev": num(r["Elevation (ft)"]), "secs": secs, "start": start, "weather": fold(r["Weather"])})
    return out


SH, CL = photographer()
CAFE = cafe()
IAP = iap()
SCH = [x for x in school() if not x["void"]]
SCH_ALL = school()
RIDE = rides()

Q = []


def q(dataset, question, note, unit=None):
    """Decorator: the function returns the truth (a number, a label list, or a dict)."""
    def wrap(fn):
        Q.append((dataset, question, note, unit, fn))
        return fn
    return wrap


SHOOTS = ["shoots.csv"]
SHOOTS_CL = ["shoots.csv", "clients.csv"]


def done(year=None):
    return [s for s in SH if s["done"] and (year is None or s["date"].year == year)]


# ----------------------------------------------------------------------------------------------
# photographer

@q(SHOOTS, "What did my shoot fees come to in 2024, leaving out the ones that got cancelled?",
   "sum of Fee over completed shoots dated 2024", "£")
def _():
    return sum(s["fee"] for s in done(2024))


@q(SHOOTS, "How many weddings did I actually shoot in 2025?", "completed Wedding shoots (type folded) in 2025",
   "weddings")
def _():
    return sum(1 for s in done(2025) if s["type"] == "wedding")


@q(SHOOTS, "What's my average fee for a headshot session? Only the ones I actually did.",
   "mean Fee of completed Headshots shoots (type folded)", "£")
def _():
    v = [s["fee"] for s in done() if s["type"] == "headshots"]
    return sum(v) / len(v)


@q(SHOOTS, "Apart from weddings, which kind of shoot has earned me the most?",
   "completed shoots, sum of Fee per folded type, weddings left out (Fee + Travel agrees)")
def _():
    d, e = defaultdict(float), defaultdict(float)
    for s in done():
        if s["type"] != "wedding":
            d[s["type"]] += s["fee"]
            e[s["type"]] += s["fee"] + s["travel"]
    assert top(e, what="fee+travel by type") == top(d, what="fees by type")
    return [top(d, what="fees by type").title()]


@q(SHOOTS, "What percentage of the shoots booked in ended up cancelled?",
   "cancelled rows / all rows of shoots.csv", "%")
def _():
    return 100 * sum(1 for s in SH if not s["done"]) / len(SH)


@q(SHOOTS, "How much have I charged in travel altogether?", "sum of Travel (blank = 0; cancelled rows have none)",
   "£")
def _():
    assert all(s["travel"] == 0 for s in SH if not s["done"])
    return sum(s["travel"] for s in SH)


@q(SHOOTS, "Which month of 2025 brought in the least money?",
   "completed shoots, sum of Fee per month of 2025 (Jan-Oct; Fee + Travel agrees)")
def _():
    d, e = defaultdict(float), defaultdict(float)
    for s in done(2025):
        d[s["date"].month] += s["fee"]
        e[s["date"].month] += s["fee"] + s["travel"]
    assert top(e, reverse=False) == top(d, reverse=False)
    m = top(d, reverse=False, what="2025 fees per month")
    return month_label(2025, m)


@q(SHOOTS_CL, "How much did my business clients (not the agencies) pay me in fees in 2025?",
   "completed 2025 shoots whose client has Client Type Business in clients.csv; sum of Fee", "£")
def _():
    return sum(s["fee"] for s in done(2025) if CL[s["client"]]["type"] == "Business")


@q(SHOOTS_CL, "Which town do my best-paying clients come from? I mean the town whose clients have paid me most in total.",
   "completed shoots, sum of Fee per client Town (clients.csv; Fee + Travel agrees)")
def _():
    d, e = defaultdict(float), defaultdict(float)
    for s in done():
        d[CL[s["client"]]["town"]] += s["fee"]
        e[CL[s["client"]]["town"]] += s["fee"] + s["travel"]
    assert top(e) == top(d)
    return [top(d, what="fees by town")]


@q(SHOOTS_CL, "Who are my top three clients by money earned?",
   "completed shoots, sum of Fee per client; names from clients.csv (Fee + Travel agrees)", None)
def _():
    d, e = defaultdict(float), defaultdict(float)
    for s in done():
        d[s["client"]] += s["fee"]
        e[s["client"]] += s["fee"] + s["travel"]
    assert set(topn(e)) == set(topn(d))
    return {"labels": [[CL[c]["name"], f"{c:04d}"] for c in topn(d, what="fees by client")]}


@q(SHOOTS, "How many different clients did I work for in 2025?",
   "distinct client ids (as numbers) over completed 2025 shoots", "clients")
def _():
    return len({s["client"] for s in done(2025)})


@q(SHOOTS, "How many of the shoots I completed had a fee of more than £1,500?", "completed shoots with Fee > 1500 "
   "(no fee within £10 of it; adding travel moves none across)", "shoots")
def _():
    away([s["fee"] for s in SH], 1500, 10, "fee")
    assert not [s for s in done() if s["fee"] <= 1500 < s["fee"] + s["travel"]]
    return sum(1 for s in done() if s["fee"] > 1500)


@q(SHOOTS, "What day of the week am I out shooting most often?",
   "completed shoots per weekday of Date (all bookings agree)")
def _():
    d = Counter(s["date"].weekday() for s in done())
    assert top(Counter(s["date"].weekday() for s in SH)) == top(d)
    return weekday_label(top(d, what="shoots per weekday"))


@q(SHOOTS, "Counting the shoots I actually did, which type went up the most from January-October 2024 to "
           "January-October 2025, and by how many shoots?",
   "completed shoots per folded type, Jan-Oct 2025 count minus Jan-Oct 2024 count; the largest increase", "shoots")
def _():
    d = defaultdict(int)
    for s in done():
        if s["date"].month <= 10:
            d[s["type"]] += 1 if s["date"].year == 2025 else -1
    k = top(d, margin=0.05, what="growth by type")
    return {"label": [k.title()], "number": positive(d[k])}


@q(SHOOTS, "On average, how many photos do I hand over after a wedding?",
   "mean Images Delivered over completed weddings with a number ('n/a', 'tbc' left out)", "images")
def _():
    v = [s["images"] for s in done() if s["type"] == "wedding" and s["images"] is not None]
    return sum(v) / len(v)


@q(SHOOTS_CL, "Which client have I done the most shoots for, and how many was it?",
   "completed shoots per client id; name from clients.csv; label and count", "shoots")
def _():
    d = Counter(s["client"] for s in done())
    c = top(d, margin=0.05, what="shoots per client")
    return {"label": [CL[c]["name"], f"{c:04d}"], "number": d[c]}


@q(SHOOTS, "How many hours did I spend shooting weddings in 2024?",
   "sum of Hours over completed 2024 weddings with a number ('tbc' and blanks left out)", "hours")
def _():
    return sum(s["hours"] for s in done(2024) if s["type"] == "wedding" and s["hours"] is not None)


@q(SHOOTS, "What was all the work that got cancelled worth?", "sum of Fee over cancelled shoots", "£")
def _():
    return sum(s["fee"] for s in SH if not s["done"])


@q(SHOOTS_CL, "How much more have business clients paid me in fees than agencies have?",
   "completed shoots; sum of Fee for Client Type Business minus Agency", "£")
def _():
    b = sum(s["fee"] for s in done() if CL[s["client"]]["type"] == "Business")
    a = sum(s["fee"] for s in done() if CL[s["client"]]["type"] == "Agency")
    return positive(b - a)


@q(SHOOTS_CL, "How many of the clients on my list have never booked a shoot with me?",
   "clients.csv ids with no row at all in shoots.csv", "clients")
def _():
    return len(set(CL) - {s["client"] for s in SH})


@q(SHOOTS, "What did I take in fees over the summer of 2025, June to August?",
   "sum of Fee over completed shoots dated 1 Jun - 31 Aug 2025", "£")
def _():
    return sum(s["fee"] for s in done(2025) if 6 <= s["date"].month <= 8)


@q(SHOOTS, "What share of my 2025 fee income came from weddings?",
   "completed 2025 shoots: wedding Fee / all Fee", "%")
def _():
    a = done(2025)
    return 100 * sum(s["fee"] for s in a if s["type"] == "wedding") / sum(s["fee"] for s in a)


# ----------------------------------------------------------------------------------------------
# board-game cafe

TS = ["table_sessions.csv"]
PL = [x for x in CAFE if x["played"]]


@q(TS, "How many groups actually turned up and played?", "rows with status Played (folded)", "groups")
def _():
    return len(PL)


@q(TS, "What did we take on food and drink altogether?", "sum of food_drink (no-shows are $0.00)", "$")
def _():
    return sum(x["fd"] for x in CAFE)


@q(TS, "How much cover charge did we take in July?", "sum of cover_charge for sessions started in July 2025", "$")
def _():
    return sum(x["cover"] for x in CAFE if x["start"].month == 7)


@q(TS, "What's the average food and drink bill for a group that came in?",
   "mean food_drink over Played rows ($0.00 bills included)", "$")
def _():
    return sum(x["fd"] for x in PL) / len(PL)


@q(TS, "On average, how many minutes does a group stay?", "mean of ended - started over Played rows", "minutes")
def _():
    return sum(x["mins"] for x in PL) / len(PL)


@q(TS, "Which game gets taken off the shelf most?", "Played rows per folded game (blank = own game, left out)")
def _():
    d = Counter(x["game"] for x in PL if x["game"])
    return [top(d, what="plays per game").title()]


@q(TS, "How many different games have people played?", "distinct folded non-blank games over Played rows", "games")
def _():
    return len({x["game"] for x in PL if x["game"]})


@q(TS, "What share of the online bookings didn't turn up?",
   "no-show rows / all rows booked via online (folded)", "%")
def _():
    o = [x for x in CAFE if x["via"] == "online"]
    return 100 * sum(1 for x in o if not x["played"]) / len(o)


@q(TS, "What time of day do most groups arrive?", "Played rows per hour of started (all bookings agree)")
def _():
    d = Counter(x["start"].hour for x in PL)
    assert top(Counter(x["start"].hour for x in CAFE)) == top(d)
    return hour_label(top(d, what="arrivals per hour"))


@q(TS, "Which day of the week brings in the most food and drink money?", "sum of food_drink per weekday of started")
def _():
    d = defaultdict(float)
    for x in CAFE:
        d[x["start"].weekday()] += x["fd"]
    return weekday_label(top(d, what="f&b per weekday"))


@q(TS, "How many groups stayed for more than three hours?", "Played rows with ended - started > 180 minutes",
   "groups")
def _():
    away([x["mins"] for x in PL], 180, 0.5, "session minutes")
    return sum(1 for x in PL if x["mins"] > 180)


@q(TS, "How big is the average group that comes in?",
   "mean party_size over Played rows with a number ('?' and blank left out)", "people")
def _():
    v = [x["party"] for x in PL if x["party"] is not None]
    return sum(v) / len(v)


@q(TS, "By how much did food and drink takings drop from May to June?",
   "sum of food_drink, May 2025 minus June 2025", "$")
def _():
    j = sum(x["fd"] for x in CAFE if x["start"].month == 6)
    m = sum(x["fd"] for x in CAFE if x["start"].month == 5)
    return positive(m - j)


@q(TS, "Which three games kept tables busy for the most hours in total?",
   "Played rows, sum of session minutes per folded game (blank left out); top 3")
def _():
    d = defaultdict(float)
    for x in PL:
        if x["game"]:
            d[x["game"]] += x["mins"]
    return {"labels": [[g.title()] for g in topn(d, what="minutes per game")]}


@q(TS, "What share of our food and drink money came from walk-ins?",
   "sum of food_drink for walk-ins (walk in / Walk-In / walk-in) / all food_drink", "%")
def _():
    return 100 * sum(x["fd"] for x in CAFE if x["via"] == "walk in") / sum(x["fd"] for x in CAFE)


@q(TS, "Which game picked up the most extra plays from January-March to April-June, and how many more?",
   "Played rows per folded game, Q2 (Apr-Jun) count minus Q1 (Jan-Mar) count; the largest increase", "plays")
def _():
    d = defaultdict(int)
    for x in PL:
        if x["game"] and x["start"].month <= 6:
            d[x["game"]] += 1 if x["start"].month >= 4 else -1
    g = top(d, margin=0.05, what="Q2-Q1 plays per game")
    return {"label": [g.title()], "number": positive(d[g])}


@q(TS, "When there are six or more of them, what game do people go for most?",
   "Played rows with party_size >= 6, per folded game (blank left out)")
def _():
    d = Counter(x["game"] for x in PL if x["game"] and x["party"] is not None and x["party"] >= 6)
    return [top(d, what="big groups' games").title()]


@q(TS, "How many times was table 7 used?", "Played rows with table_no 7", "sessions")
def _():
    return sum(1 for x in PL if x["table"] == 7)


@q(TS, "What did we take on Saturdays, cover and food and drink together?",
   "sum of cover_charge + food_drink for sessions started on a Saturday", "$")
def _():
    return sum(x["cover"] + x["fd"] for x in CAFE if x["start"].weekday() == 5)


@q(TS, "What percentage of the groups that came in started at 6pm or later?",
   "Played rows with started at 18:00 or later / Played rows", "%")
def _():
    return 100 * sum(1 for x in PL if x["start"].hour >= 18) / len(PL)


@q(TS, "On average, how many groups do we get on a Friday?",
   "Played rows on Fridays / number of Fridays in the data (every Friday has played rows)", "groups")
def _():
    fr = [x for x in PL if x["start"].weekday() == 4]
    days = {x["start"].date() for x in CAFE if x["start"].weekday() == 4}
    cal = {dt.date(2025, 1, 2) + dt.timedelta(days=i) for i in range(272)}
    cal = {d for d in cal if d.weekday() == 4}
    assert days == cal and {x["start"].date() for x in fr} == cal
    return len(fr) / len(cal)


# ----------------------------------------------------------------------------------------------
# mobile game in-app purchases

IA = ["iap_transactions.csv"]
SALE = [x for x in IAP if x["type"] != "Refund"]


@q(IA, "How much did players spend in total, once refunds are taken off?", "sum of signed Customer Price", "$")
def _():
    return sum(x["price"] for x in IAP)


@q(IA, "How much have we refunded altogether?", "minus the sum of Customer Price over Refund rows", "$")
def _():
    return -sum(x["price"] for x in IAP if x["type"] == "Refund")


@q(IA, "How many refunds did we give?", "Refund rows", "refunds")
def _():
    return sum(1 for x in IAP if x["type"] == "Refund")


@q(IA, "What did we actually receive for June, after the store's cut and refunds?",
   "sum of signed Developer Proceeds dated June 2025", "$")
def _():
    return sum(x["proceeds"] for x in IAP if x["t"].month == 6)


@q(IA, "Which item in the shop makes us the most money after refunds?",
   "sum of signed Customer Price per Product (before refunds and proceeds agree)")
def _():
    d, e, f = defaultdict(float), defaultdict(float), defaultdict(float)
    for x in IAP:
        d[x["product"]] += x["price"]
        e[x["product"]] += max(x["price"], 0)
        f[x["product"]] += x["proceeds"]
    assert top(e) == top(d) == top(f)
    return [top(d, what="net per product")]


@q(IA, "What percentage of the money spent on purchases and renewals came from iOS players?",
   "sum of Customer Price over Purchase and Renewal rows with platform iOS (folded) / all Purchase and Renewal",
   "%")
def _():
    return 100 * sum(x["price"] for x in SALE if x["platform"] == "ios") / sum(x["price"] for x in SALE)


@q(IA, "Leaving renewals and refunds aside, what does the average purchase cost?",
   "mean Customer Price over Purchase rows", "$")
def _():
    v = [x["price"] for x in IAP if x["type"] == "Purchase"]
    return sum(v) / len(v)


@q(IA, "How many different players have paid us something?",
   "distinct User IDs as numbers ('0278422' = '278422') over Purchase and Renewal rows", "players")
def _():
    assert {x["user"] for x in IAP} == {x["user"] for x in SALE}
    return len({x["user"] for x in SALE})


COUNTRY = {"US": ["US", "USA", "United States"], "GB": ["GB", "UK", "United Kingdom", "Britain"],
           "DE": ["DE", "Germany"], "FR": ["FR", "France"], "CA": ["CA", "Canada"], "AU": ["AU", "Australia"],
           "BR": ["BR", "Brazil"], "JP": ["JP", "Japan"], "IN": ["IN", "India"]}


@q(IA, "Which three countries spent the most, after refunds?", "sum of signed Customer Price per Country; top 3")
def _():
    d = defaultdict(float)
    for x in IAP:
        d[x["country"]] += x["price"]
    return {"labels": [COUNTRY[c] for c in topn(d, what="net per country")]}


@q(IA, "What hour of the day do people buy the most?", "Purchase rows per hour of Purchase Date")
def _():
    d = Counter(x["t"].hour for x in IAP if x["type"] == "Purchase")
    h = top(d, what="purchases per hour")
    d2 = Counter(x["t"].hour for x in SALE)
    assert top(d2, what="purchases+renewals per hour") == h
    return hour_label(h)


@q(IA, "Which country's spending grew the most from the first quarter to the second, after refunds, and by how much?",
   "sum of signed Customer Price per Country, Apr-Jun minus Jan-Mar; the largest increase", "$")
def _():
    d = defaultdict(float)
    for x in IAP:
        if x["t"].month <= 6:
            d[x["country"]] += x["price"] if x["t"].month >= 4 else -x["price"]
    c = top(d, margin=0.05, what="Q2-Q1 per country")
    return {"label": COUNTRY[c], "number": positive(d[c])}


@q(IA, "How many Premium Monthly subscriptions renewed in July?", "Renewal rows of Premium Monthly in July 2025",
   "renewals")
def _():
    return sum(1 for x in IAP if x["type"] == "Renewal" and x["product"] == "Premium Monthly" and x["t"].month == 7)


@q(IA, "How many purchases were for more than $20?", "Purchase rows with Customer Price > 20", "purchases")
def _():
    away([x["price"] for x in IAP], 20, 1, "price")
    return sum(1 for x in IAP if x["type"] == "Purchase" and x["price"] > 20)


@q(IA, "What share of purchases are made at the weekend? Don't count renewals.",
   "Purchase rows on Saturday or Sunday / Purchase rows", "%")
def _():
    p = [x for x in IAP if x["type"] == "Purchase"]
    return 100 * sum(1 for x in p if x["t"].weekday() >= 5) / len(p)


@q(IA, "How much did Apple and Google keep as their cut of purchases and renewals, ignoring refunds?",
   "sum of Customer Price - Developer Proceeds over Purchase and Renewal rows", "$")
def _():
    return sum(x["price"] - x["proceeds"] for x in SALE)


@q(IA, "Which player has spent the most with us after refunds, and how much?",
   "sum of signed Customer Price per User ID as a number; label either spelling of the id", "$")
def _():
    d = defaultdict(float)
    for x in IAP:
        d[x["user"]] += x["price"]
    u = top(d, what="net per user")
    return {"label": [f"{u:07d}", str(u)], "number": d[u]}


@q(IA, "How many times has the Gem Vault been bought?", "Purchase rows of Gem Vault", "purchases")
def _():
    return sum(1 for x in IAP if x["type"] == "Purchase" and x["product"] == "Gem Vault")


@q(IA, "Which month did players spend the most in, after refunds?",
   "sum of signed Customer Price per month (Jan-Aug 2025)")
def _():
    d = defaultdict(float)
    for x in IAP:
        d[x["t"].month] += x["price"]
    return month_label(2025, top(d, what="net per month"))


@q(IA, "How much did Android players spend in August, net of refunds?",
   "sum of signed Customer Price, platform Android (folded), August 2025", "$")
def _():
    return sum(x["price"] for x in IAP if x["platform"] == "android" and x["t"].month == 8)


@q(IA, "On average, how much has each paying player spent after refunds?",
   "sum of signed Customer Price / distinct User IDs (as numbers)", "$")
def _():
    return sum(x["price"] for x in IAP) / len({x["user"] for x in IAP})


# ----------------------------------------------------------------------------------------------
# school trips ledger

TL = ["trip_ledger.csv"]
PAY = [x for x in SCH if x["entry"] == "Payment"]
TRIPS = {"kingswood residential": ["Kingswood Residential", "Kingswood", "residential"],
         "science museum": ["Science Museum"], "theatre - matilda": ["Theatre - Matilda", "Matilda", "theatre"],
         "bristol zoo": ["Bristol Zoo", "zoo"], "roman baths": ["Roman Baths"], "farm visit": ["Farm Visit", "farm"]}


@q(TL, "How much have parents paid for the Science Museum trip, once refunds are taken off?",
   "non-void Payment + Refund rows of the Science Museum trip (folded)", "£")
def _():
    return sum(x["amount"] for x in SCH if x["trip"] == "science museum" and x["entry"] in ("Payment", "Refund"))


@q(TL, "How much has been refunded to parents in total?", "minus the sum of non-void Refund rows", "£")
def _():
    return -sum(x["amount"] for x in SCH if x["entry"] == "Refund")


@q(TL, "How many different children made a payment towards the theatre trip?",
   "distinct pupil numbers (as numbers) on non-void Payment rows of Theatre - Matilda", "children")
def _():
    return len({x["pupil"] for x in PAY if x["trip"] == "theatre - matilda"})


@q(TL, "What share of the money paid in by parents came as cash?",
   "non-void Payment rows: cash (folded) amount / all amount (refunds not taken off)", "%")
def _():
    return 100 * sum(x["amount"] for x in PAY if x["method"] == "cash") / sum(x["amount"] for x in PAY)


@q(TL, "Counting everything that went in and out, how much is left over on the Kingswood residential?",
   "sum of every non-void row of Kingswood Residential (payments, refunds, PTA grant, suppliers)", "£")
def _():
    return positive(sum(x["amount"] for x in SCH if x["trip"] == "kingswood residential"))


@q(TL, "How many children have been given a refund?",
   "distinct pupil numbers (as numbers) on non-void Refund rows", "children")
def _():
    return len({x["pupil"] for x in SCH if x["entry"] == "Refund"})


@q(TL, "In which month did parents pay in the most money?", "non-void Payment rows, sum of amount per month")
def _():
    d = defaultdict(float)
    for x in PAY:
        d[(x["date"].year, x["date"].month)] += x["amount"]
    y, m = top(d, what="payments per month")
    return month_label(y, m)


@q(TL, "How much has gone out to suppliers across all the trips?",
   "minus the sum of non-void Supplier rows", "£")
def _():
    return -sum(x["amount"] for x in SCH if x["entry"] == "Supplier")


@q(TL, "What's the average payment made through ParentPay?",
   "mean amount of non-void Payment rows with method ParentPay ('parentpay', 'Parent Pay')", "£")
def _():
    v = [x["amount"] for x in PAY if x["method"] == "parentpay"]
    return sum(v) / len(v)


@q(TL, "How many entries in the ledger were voided?", "rows with a Status (VOID / void / Void - duplicate)",
   "entries")
def _():
    return sum(1 for x in SCH_ALL if x["void"])


@q(TL, "How many children have paid more than £30 in total, after any refunds?",
   "per pupil number: non-void Payment + Refund amounts over all trips; count > 30", "children")
def _():
    d = defaultdict(float)
    for x in SCH:
        if x["entry"] in ("Payment", "Refund"):
            d[x["pupil"]] += x["amount"]
    away(list(d.values()), 30, 0.5, "pupil totals")
    return sum(1 for v in d.values() if v > 30)


@q(TL, "Which three trips have collected the most from parents, after refunds?",
   "non-void Payment + Refund per folded trip; top 3")
def _():
    d = defaultdict(float)
    for x in SCH:
        if x["entry"] in ("Payment", "Refund"):
            d[x["trip"]] += x["amount"]
    return {"labels": [TRIPS[t] for t in topn(d, what="collected per trip")]}


@q(TL, "How much has the PTA given towards trips?", "sum of non-void Grant rows (a voided duplicate left out)", "£")
def _():
    return sum(x["amount"] for x in SCH if x["entry"] == "Grant")


@q(TL, "How many times did parents pay by cheque?", "non-void Payment rows with method cheque ('Chq' too)",
   "payments")
def _():
    return sum(1 for x in PAY if x["method"] == "cheque")


@q(TL, "After paying the coach and the tickets, how much did the Bristol Zoo trip come up short?",
   "minus the sum of every non-void row of Bristol Zoo (payments, refunds, suppliers)", "£")
def _():
    return positive(-sum(x["amount"] for x in SCH if x["trip"] == "bristol zoo"))


@q(TL, "How much money came in from parents between September and December 2024, before any refunds?",
   "non-void Payment rows dated 1 Sep - 31 Dec 2024", "£")
def _():
    return sum(x["amount"] for x in PAY if dt.date(2024, 9, 1) <= x["date"] <= dt.date(2024, 12, 31))


@q(TL, "How much did parents pay by bank transfer?",
   "non-void Payment rows with method BACS ('bacs', 'Bank transfer'); refunds not taken off", "£")
def _():
    return sum(x["amount"] for x in PAY if x["method"] == "bacs")


@q(TL, "How many children in 4B paid for the theatre?",
   "distinct pupil numbers on non-void Payment rows of Theatre - Matilda with class 4B (case, spaces folded)",
   "children")
def _():
    return len({x["pupil"] for x in PAY if x["trip"] == "theatre - matilda" and x["class"] == "4B"})


@q(TL, "What was the biggest single payment out, and which trip was it for?",
   "the most negative non-void row amount; its trip", "£")
def _():
    out = sorted((x for x in SCH if x["amount"] < 0), key=lambda x: x["amount"])
    assert out[0]["amount"] < out[1]["amount"] * 1.03
    return {"label": TRIPS[out[0]["trip"]], "number": -out[0]["amount"]}


@q(TL, "What's the total paid by parents for the Year 1 farm visit, after refunds?",
   "non-void Payment + Refund rows of Farm Visit", "£")
def _():
    return sum(x["amount"] for x in SCH if x["trip"] == "farm visit" and x["entry"] in ("Payment", "Refund"))


# ----------------------------------------------------------------------------------------------
# cycling club

RL = ["ride_log.csv"]


@q(RL, "How many miles did the club ride between us in 2025?", "sum of numeric Distance over 2025 rows", "miles")
def _():
    return sum(x["dist"] for x in RIDE if x["date"].year == 2025 and x["dist"] is not None)


@q(RL, "Who clocked up the most miles in 2025, and how many?", "sum of numeric Distance per Rider, 2025", "miles")
def _():
    d = defaultdict(float)
    for x in RIDE:
        if x["date"].year == 2025 and x["dist"] is not None:
            d[x["rider"]] += x["dist"]
    r = top(d, what="2025 miles per rider")
    return {"label": [r, r.split()[0]], "number": d[r]}


@q(RL, "What's the average distance people logged on gravel rides?",
   "mean numeric Distance over rows with Ride Type Gravel (folded)", "miles")
def _():
    v = [x["dist"] for x in RIDE if x["type"] == "gravel" and x["dist"] is not None]
    return sum(v) / len(v)


@q(RL, "How many times did Priya Shah turn out in 2024?", "rows of Priya Shah dated 2024 (DNFs included)", "rides")
def _():
    return sum(1 for x in RIDE if x["rider"] == "Priya Shah" and x["date"].year == 2024)


@q(RL, "How many different riders have turned out for at least one sportive?",
   "distinct Rider over rows with Ride Type Sportive (folded), DNFs included", "riders")
def _():
    return len({x["rider"] for x in RIDE if x["type"] == "sportive"})


@q(RL, "What was the longest ride anyone logged, and who rode it?", "max numeric Distance; its Rider", "miles")
def _():
    v = sorted((x for x in RIDE if x["dist"] is not None), key=lambda x: -x["dist"])
    assert v[0]["dist"] > v[1]["dist"]
    return {"label": [v[0]["rider"]], "number": v[0]["dist"]}


@q(RL, "How many feet did we climb in July 2025?", "sum of Elevation (thousands commas removed), July 2025", "feet")
def _():
    return sum(x["elev"] for x in RIDE if x["date"].year == 2025 and x["date"].month == 7 and x["elev"] is not None)


@q(RL, "What percentage of the rides logged ended in a DNF?", "rows with Distance DNF / all rows", "%")
def _():
    return 100 * sum(1 for x in RIDE if x["dnf"]) / len(RIDE)


@q(RL, "How many hours did members spend in the saddle in 2024?", "sum of Moving Time over 2024 rows, in hours",
   "hours")
def _():
    return sum(x["secs"] for x in RIDE if x["date"].year == 2024 and x["secs"] is not None) / 3600


@q(RL, "Which month of 2025 had the fewest riders out?", "rows per month of 2025 (Jan-Oct)")
def _():
    d = Counter(x["date"].month for x in RIDE if x["date"].year == 2025)
    return month_label(2025, top(d, reverse=False, what="2025 rows per month"))


@q(RL, "Who upped their mileage the most between March-October 2024 and March-October 2025, and by how much?",
   "sum of numeric Distance per Rider, Mar-Oct 2025 minus Mar-Oct 2024; the largest increase", "miles")
def _():
    d = defaultdict(float)
    for x in RIDE:
        if x["dist"] is not None and 3 <= x["date"].month <= 10:
            d[x["rider"]] += x["dist"] if x["date"].year == 2025 else -x["dist"]
    r = top(d, margin=0.05, what="growth per rider")
    return {"label": [r, r.split()[0]], "number": positive(d[r])}


@q(RL, "How many times did someone ride more than 70 miles?", "rows with numeric Distance > 70", "rides")
def _():
    away([x["dist"] for x in RIDE], 70, 0.05, "distance")
    return sum(1 for x in RIDE if x["dist"] is not None and x["dist"] > 70)


@q(RL, "How many of the rides logged set off before 7 in the morning?", "rows with Start before 07:00", "rides")
def _():
    away([x["start"].hour * 60 + x["start"].minute for x in RIDE], 7 * 60, 0, "start")
    return sum(1 for x in RIDE if x["start"] < dt.time(7, 0))


@q(RL, "What share of all the rides logged were in the wet?", "rows with Weather Wet (folded) / all rows", "%")
def _():
    return 100 * sum(1 for x in RIDE if x["weather"] == "wet") / len(RIDE)


@q(RL, "Which type of ride is the fastest on average?",
   "per folded Ride Type: total numeric Distance / total Moving Time (the mean of row speeds agrees)")
def _():
    d = defaultdict(lambda: [0.0, 0.0])
    e = defaultdict(list)
    for x in RIDE:
        if x["dist"] is not None and x["secs"]:
            d[x["type"]][0] += x["dist"]
            d[x["type"]][1] += x["secs"] / 3600
            e[x["type"]].append(x["dist"] / (x["secs"] / 3600))
    a = top({k: v[0] / v[1] for k, v in d.items()}, what="speed per type")
    b = top({k: sum(v) / len(v) for k, v in e.items()}, what="mean row speed per type")
    assert a == b
    return [a.title()]


@q(RL, "How many miles were ridden on the Tuesday chaingangs in 2024?",
   "sum of numeric Distance over 2024 rows with Ride Type Chaingang (folded)", "miles")
def _():
    return sum(x["dist"] for x in RIDE if x["type"] == "chaingang" and x["date"].year == 2024 and x["dist"] is not None)


@q(RL, "Who has turned up to the most chaingangs?", "rows with Ride Type Chaingang (folded) per Rider (DNFs "
                                                   "included; finished-only agrees)")
def _():
    d = Counter(x["rider"] for x in RIDE if x["type"] == "chaingang")
    d2 = Counter(x["rider"] for x in RIDE if x["type"] == "chaingang" and not x["dnf"])
    r = top(d, what="chaingangs per rider")
    assert top(d2, what="finished chaingangs per rider") == r
    return [r, r.split()[0]]


@q(RL, "How many different people came out with the club in 2025?", "distinct Rider over 2025 rows", "riders")
def _():
    return len({x["rider"] for x in RIDE if x["date"].year == 2025})


@q(RL, "How long does a social ride take on average, in minutes of riding?",
   "mean Moving Time in minutes over rows with Ride Type Social (folded) and a moving time", "minutes")
def _():
    v = [x["secs"] / 60 for x in RIDE if x["type"] == "social" and x["secs"] is not None]
    return sum(v) / len(v)


@q(RL, "How many miles has Dave Hughes done in the wet?", "sum of numeric Distance, Dave Hughes, Weather Wet (folded)",
   "miles")
def _():
    return sum(x["dist"] for x in RIDE if x["rider"] == "Dave Hughes" and x["weather"] == "wet" and x["dist"] is not None)


# ----------------------------------------------------------------------------------------------

def uniq(labels):
    out = []
    for x in labels:
        if x not in out:
            out.append(x)
    return out


def build():
    out = []
    failed = []
    for i, (ds, question, note, unit, fn) in enumerate(Q, 1):
        qid = f"s22-{i:03d}"
        try:
            t = fn()
        except GuardError as e:
            failed.append(f"{qid} {question}: {e}")
            continue
        if isinstance(t, (int, float)):
            truth = {"number": r6(float(t)), "unit": unit or ""}
        elif isinstance(t, list):
            truth = {"label": uniq(t)}
        else:
            truth = {}
            if "label" in t:
                truth["label"] = uniq(t["label"])
            if "labels" in t:
                truth["labels"] = [uniq(x) for x in t["labels"]]
            if "number" in t:
                truth["number"] = r6(float(t["number"]))
                truth["unit"] = unit or ""
        out.append({"id": qid, "dataset": ds, "question": question, "truth": truth, "note": note})
    return out, failed


if __name__ == "__main__":
    qs, failed = build()
    for x in qs:
        print(f"{x['id']}  {x['question']}\n        {json.dumps(x['truth'], ensure_ascii=False)}")
    if failed:
        print("\nGUARDS FAILED:")
        for f in failed:
            print("  " + f)
        sys.exit(1)
    if "--print" not in sys.argv and "--debug" not in sys.argv:
        (HERE / "questions.json").write_text(json.dumps(qs, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"\nwrote {len(qs)} questions to questions.json")
