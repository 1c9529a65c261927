#!/usr/bin/env python3
"""Held-out set 8: every question beside the code that computes its truth from data/*.csv.

    python3 tests/heldout/set8/truths.py            # prints every truth and writes questions.json
    python3 tests/heldout/set8/truths.py --print    # prints only

Reading rules (the same for every question unless its note says otherwise):
- text values are folded: runs of spaces collapsed, stripped, a trailing period dropped, compared
  case-insensitively;
- "", "n/a", "na", "-", "none", "null", "unknown", "tbc", "?", "pending", "see notes" are missing; a
  missing number is left out of sums, averages and medians (never read as 0);
- money is "$1,234.50", "1,234.50", "1234.50", "$1234.50" or "1234"; a minus in front makes it negative;
- bean_purchases.csv: order_date is day-first (05/01/2023 is 5 January 2023); supplier_id is joined to
  suppliers.csv (case and spaces folded); certification "Fair Trade"/"fairtrade" are one value, blank /
  "n/a" / "none" mean no certification; an order is received when its status folds to "received";
- tool_hire.csv: out_at and returned_at are ISO datetimes; a hire's length is returned_at - out_at; hires
  with no returned_at are still out (no length, no charge, no damage flag); "Retail/Private" is private;
- match_results.csv: match_date is US style (9/4/2022 is 4 September 2022); postponed rows have no score and
  are not matches played (each was played later as its own row); attendance "1,234" is 1234, blank /
  "n/a" / "unknown" / "-" missing; a win is 3 points, a draw 1;
- bike_counts.csv: one row per counter per hour (hour_start ISO); bikes = bikes_in + bikes_out; fault hours
  have no counts (left out); the hour of a row is the hour it starts;
- box_ledger.csv: posted is "05-Mar-2024"; amounts are signed (charges, shipping and gift add-ons positive;
  refunds, credits and chargebacks negative); net revenue = the sum of every row; an account id that lost
  its leading zeros ("417") is the same account as "000417";
- volunteer_log.csv: date is US style MM/DD/YYYY; hours that are not a number ("tbc", "?", "see notes",
  "n/a", blank) are missing; miles "12 mi" is 12; volunteer names are folded.
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


MISSING = {"", "n/a", "na", "-", "none", "null", "unknown", "tbc", "?", "pending", "see notes"}


def missing(s):
    return fold(s) in MISSING


def money(s):
    s = s.strip().replace(",", "")
    neg = s.startswith("-")
    v = float(s.lstrip("-").lstrip("$"))
    return -v if neg else v


def num(s):
    """A number, or None when missing or not a number."""
    if missing(s):
        return None
    t = s.strip().replace(",", "")
    t = re.sub(r"\s*mi$", "", t)
    try:
        return float(t)
    except ValueError:
        return None


def yes(s):
    return fold(s) in ("yes", "y", "true")


def no(s):
    return fold(s) in ("no", "n", "false")


def pct(v):
    return 100.0 * v


def growth(new, old):
    return 100.0 * (new / old - 1)


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
        assert (v1 > v2 * (1 + rel)) if v2 > 0 else (v1 - v2 > rel * abs(v1)), f"too close: {items[:3]}"
    else:
        assert v1 < v2 * (1 - rel), f"too close: {items[:3]}"
    return k1, v1


def top_n(d, n, rel=0.02):
    items = sorted(d.items(), key=lambda kv: kv[1], reverse=True)
    assert items[n - 1][1] > items[n][1] * (1 + rel), f"top {n} not clear: {items[:n + 1]}"
    return [k for k, _ in items[:n]]


def count_over(values, threshold, rel=0.02):
    for v in values:
        assert abs(v - threshold) > rel * threshold, f"group value {v} too near {threshold}"
    return sum(1 for v in values if v > threshold)


def count_gt(values, threshold):
    assert threshold not in values, f"a row equals the threshold {threshold}"
    return sum(1 for v in values if v > threshold)


def positive(v):
    assert v > 0, f"expected a positive difference, got {v}"
    return v


def hour_labels(h):
    """Spellings of the clock hour h (0-23): 17:00, 5 pm, 5pm, 5:00 pm, 5 p.m, hour 17 ..."""
    h12 = h % 12 or 12
    ap = "am" if h < 12 else "pm"
    out = [f"{h}:00", f"{h:02d}:00", f"{h12} {ap}", f"{h12}{ap}", f"{h12}:00 {ap}", f"{h12}:00{ap}",
           f"{h12} {ap[0]}.m", f"hour {h}"]
    return [x for i, x in enumerate(out) if x not in out[:i]]


QUESTIONS = []


def q(dataset, question, note=""):
    def deco(fn):
        QUESTIONS.append({"dataset": dataset, "question": question, "fn": fn, "note": note})
        return fn
    return deco


# ----------------------------------------------------------------------------------------------
# 1. bean_purchases.csv + suppliers.csv

BE = ["bean_purchases.csv", "suppliers.csv"]


def cert(s):
    f = fold(s).replace(" ", "")
    return "none" if f in ("", "n/a", "none", "-") else f


SUP = {}
for r in rows("suppliers.csv"):
    SUP[fold(r["supplier_id"])] = {"name": re.sub(r"\s+", " ", r["supplier_name"]).strip().rstrip("."),
                                   "country": fold(r["country"]), "region": fold(r["region"]),
                                   "cert": cert(r["certification"])}

BEANS = []
for r in rows("bean_purchases.csv"):
    s = SUP[fold(r["supplier_id"])]
    BEANS.append({"date": dt.datetime.strptime(r["order_date"], "%d/%m/%Y").date(), "sup": s["name"],
                  "country": s["country"], "region": s["region"], "cert": s["cert"], "process": fold(r["process"]),
                  "bags": int(r["bags"]), "kg": float(r["kg"]), "ppk": money(r["price_per_kg"]),
                  "total": money(r["total"]), "status": fold(r["status"]), "cup": num(r["cupping_score"])})


def by(items, key, val, cond=lambda x: True):
    d = defaultdict(float)
    for x in items:
        if cond(x):
            d[key(x)] += val(x)
    return d


@q(BE, "how many kilos of green coffee did we buy in 2024?", "sum of kg, orders dated 2024")
def _():
    return {"number": sum(b["kg"] for b in BEANS if b["date"].year == 2024), "unit": "kg"}


@q(BE, "What's the total we've spent on beans from Ethiopian suppliers?", "sum of total, supplier country Ethiopia (lookup)")
def _():
    return {"number": sum(b["total"] for b in BEANS if b["country"] == "ethiopia"), "unit": "$"}


@q(BE, "Which supplier did we spend the most money with in 2024?", "supplier name (lookup) with the largest 2024 total")
def _():
    k, v = top(by(BEANS, lambda b: b["sup"], lambda b: b["total"], lambda b: b["date"].year == 2024))
    return {"label": [k], "number": v, "unit": "$"}


@q(BE, "Overall, what have natural process coffees (not pulped naturals) cost us per kilo? total spent / total kg",
   "sum total / sum kg where process folds to 'natural' (not 'pulped natural')")
def _():
    xs = [b for b in BEANS if b["process"] == "natural"]
    return {"number": sum(b["total"] for b in xs) / sum(b["kg"] for b in xs), "unit": "$/kg"}


@q(BE, "what share of our 2024 bean spend went to organic certified suppliers?",
   "2024 total where the supplier's certification is organic / all 2024 total")
def _():
    xs = [b for b in BEANS if b["date"].year == 2024]
    return {"number": pct(sum(b["total"] for b in xs if b["cert"] == "organic") / sum(b["total"] for b in xs)), "unit": "%"}


@q(BE, "how many purchase orders did we place in Q3 2024", "rows dated July-September 2024")
def _():
    return {"number": sum(1 for b in BEANS if b["date"].year == 2024 and 7 <= b["date"].month <= 9), "unit": "orders"}


@q(BE, "What's the median cupping score?", "median of the numeric cupping scores (blank / n/a / pending / - left out)")
def _():
    return {"number": statistics.median(b["cup"] for b in BEANS if b["cup"] is not None), "unit": ""}


@q(BE, "How many different suppliers did we buy from in 2023?", "distinct supplier ids with an order dated 2023")
def _():
    return {"number": len({b["sup"] for b in BEANS if b["date"].year == 2023}), "unit": "suppliers"}


@q(BE, "which region did we buy the most coffee from in 2023, by weight", "region (lookup) with the largest 2023 kg")
def _():
    k, v = top(by(BEANS, lambda b: b["region"], lambda b: b["kg"], lambda b: b["date"].year == 2023))
    return {"label": [k.title()], "number": v, "unit": "kg"}


@q(BE, "Which region's spending grew the most from 2023 to 2024, and by what percent?",
   "per region (lookup): 2024 total / 2023 total - 1; the largest")
def _():
    a = by(BEANS, lambda b: b["region"], lambda b: b["total"], lambda b: b["date"].year == 2023)
    c = by(BEANS, lambda b: b["region"], lambda b: b["total"], lambda b: b["date"].year == 2024)
    k, v = top({r: growth(c[r], a[r]) for r in a})
    return {"label": [k.title()], "number": v, "unit": "%"}


@q(BE, "how many purchase orders had a cupping score of 87 or more?", "rows with a numeric cupping score >= 87")
def _():
    return {"number": sum(1 for b in BEANS if b["cup"] is not None and b["cup"] >= 87), "unit": "orders"}


@q(BE, "In which month of 2024 did we spend the most on beans?", "calendar month of 2024 with the largest total")
def _():
    k, v = top(by(BEANS, lambda b: b["date"].month, lambda b: b["total"], lambda b: b["date"].year == 2024))
    return {"label": [MONTHS[k - 1]], "number": v, "unit": "$"}


@q(BE, "How much more did we spend on green beans in Q4 2024 than in Q4 2023?",
   "total Oct-Dec 2024 - total Oct-Dec 2023")
def _():
    def qt(y):
        return sum(b["total"] for b in BEANS if b["date"].year == y and b["date"].month >= 10)
    return {"number": positive(qt(2024) - qt(2023)), "unit": "$"}


@q(BE, "top 3 origin countries by kilos bought", "supplier country (lookup) by total kg, all orders")
def _():
    d = by(BEANS, lambda b: b["country"], lambda b: b["kg"])
    return {"labels": [k.title() for k in top_n(d, 3)]}


@q(BE, "whats the most common processing method on our orders", "process with the most rows")
def _():
    k, v = top(by(BEANS, lambda b: b["process"], lambda b: 1))
    return {"label": [k.title()], "number": v, "unit": "orders"}


@q(BE, "How many kg have we ordered that havent been recieved yet?", "sum kg where status is not 'received'")
def _():
    return {"number": sum(b["kg"] for b in BEANS if b["status"] != "received"), "unit": "kg"}


@q(BE, "on average how many bags are on one purchase order?", "mean of bags over all rows")
def _():
    return {"number": statistics.mean(b["bags"] for b in BEANS), "unit": "bags"}


@q(BE, "How many orders have we placed with Colombian suppliers?", "rows whose supplier country (lookup) is Colombia")
def _():
    return {"number": sum(1 for b in BEANS if b["country"] == "colombia"), "unit": "orders"}


@q(BE, "avrage cupping score for kenyan coffee?", "mean numeric cupping score, supplier country Kenya (lookup)")
def _():
    return {"number": statistics.mean(b["cup"] for b in BEANS if b["country"] == "kenya" and b["cup"] is not None),
            "unit": ""}


@q(BE, "By what percent did our cost per kilo (spend divided by kg) go up from 2023 to 2024?",
   "(sum total / sum kg in 2024) / (the same in 2023) - 1")
def _():
    def r(y):
        xs = [b for b in BEANS if b["date"].year == y]
        return sum(b["total"] for b in xs) / sum(b["kg"] for b in xs)
    return {"number": positive(growth(r(2024), r(2023))), "unit": "%"}


# ----------------------------------------------------------------------------------------------
# 2. tool_hire.csv

TH = ["tool_hire.csv"]


def cust(s):
    f = fold(s)
    return "private" if "private" in f else f


HIRES = []
for r in rows("tool_hire.csv"):
    out = dt.datetime.strptime(r["out_at"], "%Y-%m-%d %H:%M")
    ret = None if missing(r["returned_at"]) else dt.datetime.strptime(r["returned_at"], "%Y-%m-%d %H:%M")
    HIRES.append({"branch": fold(r["branch"]), "tool": fold(r["tool"]), "cat": fold(r["category"]),
                  "cust": cust(r["customer_type"]), "out": out, "ret": ret,
                  "hours": None if ret is None else (ret - out).total_seconds() / 3600,
                  "charge": None if missing(r["charge"]) else money(r["charge"]),
                  "damaged": None if missing(r["damaged"]) else yes(r["damaged"]), "pay": fold(r["payment"])})
BACK = [h for h in HIRES if h["ret"] is not None]


@q(TH, "On average, how many hours do customers keep a tool before bringing it back?",
   "mean of returned_at - out_at in hours, returned hires")
def _():
    return {"number": statistics.mean(h["hours"] for h in BACK), "unit": "h"}


@q(TH, "average hire length in days for the mini digger", "mean (returned_at - out_at) / 24 h, mini digger, returned")
def _():
    return {"number": statistics.mean(h["hours"] / 24 for h in BACK if h["tool"] == "mini digger"), "unit": "days"}


@q(TH, "What's the median hire duration in hours?", "median of returned_at - out_at in hours, returned hires")
def _():
    return {"number": statistics.median(h["hours"] for h in BACK), "unit": "h"}


@q(TH, "whats the longest anyone has kept a tool, in days", "max (returned_at - out_at) in days")
def _():
    return {"number": max(h["hours"] for h in BACK) / 24, "unit": "days"}


@q(TH, "How many tools are still out on hire?", "rows with no returned_at")
def _():
    return {"number": sum(1 for h in HIRES if h["ret"] is None), "unit": "hires"}


@q(TH, "how much have we made from hires in total?", "sum of charge (every hire in the file went out in 2024)")
def _():
    return {"number": sum(h["charge"] for h in BACK), "unit": "$"}


@q(TH, "Which branch made the most from hires taken out over the summer (June to August)?",
   "sum of charge by branch, hires out June-August 2024")
def _():
    k, v = top(by(BACK, lambda h: h["branch"], lambda h: h["charge"], lambda h: 6 <= h["out"].month <= 8))
    return {"label": [k.title()], "number": v, "unit": "$"}


@q(TH, "what tool gets hired the most?", "tool with the most rows")
def _():
    k, v = top(by(HIRES, lambda h: h["tool"], lambda h: 1))
    return {"label": [k.title()], "number": v, "unit": "hires"}


@q(TH, "What percentage of returned hires came back damaged?", "damaged yes / returned hires")
def _():
    return {"number": pct(sum(1 for h in BACK if h["damaged"]) / len(BACK)), "unit": "%"}


@q(TH, "what time of day do most tools go out? (which hour)", "hour of out_at with the most rows")
def _():
    k, v = top(by(HIRES, lambda h: h["out"].hour, lambda h: 1))
    return {"label": hour_labels(k)}


@q(TH, "Which day of the week is busiest for pickups?", "weekday of out_at with the most rows")
def _():
    k, v = top(by(HIRES, lambda h: h["out"].weekday(), lambda h: 1))
    return {"label": [WEEKDAYS[k]], "number": v, "unit": "hires"}


@q(TH, "How much have trade customers spent with us altogether?", "sum of charge, customer_type trade")
def _():
    return {"number": sum(h["charge"] for h in BACK if h["cust"] == "trade"), "unit": "$"}


@q(TH, "how many returned hires were out for longer than a week?", "returned hires with returned_at - out_at > 168 h")
def _():
    return {"number": count_gt([h["hours"] for h in BACK], 168.0), "unit": "hires"}


@q(TH, "How much more did hires starting in Q2 bring in than hires starting in Q1?",
   "sum of charge, out April-June minus January-March")
def _():
    a = sum(h["charge"] for h in BACK if h["out"].month <= 3)
    b = sum(h["charge"] for h in BACK if 4 <= h["out"].month <= 6)
    return {"number": positive(b - a), "unit": "$"}


@q(TH, "whats the average charge for a carpet cleaner hire", "mean charge, tool carpet cleaner, returned")
def _():
    return {"number": statistics.mean(h["charge"] for h in BACK if h["tool"] == "carpet cleaner"), "unit": "$"}


@q(TH, "Which category of tool stays out the longest on average?", "category with the largest mean hire length (returned)")
def _():
    s = by(BACK, lambda h: h["cat"], lambda h: h["hours"])
    n = by(BACK, lambda h: h["cat"], lambda h: 1)
    k, v = top({c: s[c] / n[c] for c in s})
    return {"label": [k.title()]}


@q(TH, "how many different tools do we rent out?", "distinct tool names (folded)")
def _():
    return {"number": len({h["tool"] for h in HIRES}), "unit": "tools"}


@q(TH, "What share of returned hires came back the same day they went out?",
   "returned hires with the returned_at date = the out_at date / returned hires (the same hires as those back "
   "within 12 hours)")
def _():
    same = [h for h in BACK if h["ret"].date() == h["out"].date()]
    assert same == [h for h in BACK if h["hours"] < 12] and not [h for h in BACK if 11 < h["hours"] < 13]
    return {"number": pct(len(same) / len(BACK)), "unit": "%"}


@q(TH, "how many Riverside hires were paid on account?", "rows with branch riverside and payment account")
def _():
    return {"number": sum(1 for h in HIRES if h["branch"] == "riverside" and h["pay"] == "account"), "unit": "hires"}


@q(TH, "How much did the eastgate branch take from hires that started in March?",
   "sum of charge, branch eastgate, out in March 2024")
def _():
    return {"number": sum(h["charge"] for h in BACK if h["branch"] == "eastgate" and h["out"].month == 3), "unit": "$"}


# ----------------------------------------------------------------------------------------------
# 3. match_results.csv

MR = ["match_results.csv"]

GAMES, POSTPONED = [], []
for r in rows("match_results.csv"):
    m = r["match_date"].split("/")
    g = {"season": r["season"].strip(), "date": dt.date(int(m[2]), int(m[0]), int(m[1])), "ko": r["kick_off"].strip(),
         "home": fold(r["home_team"]), "away": fold(r["away_team"]), "ref": fold(r["referee"]),
         "att": num(r["attendance"])}
    if "postponed" in fold(r["status"]):
        POSTPONED.append(g)
        continue
    g["hg"], g["ag"] = int(r["home_goals"]), int(r["away_goals"])
    GAMES.append(g)


def team_games(season=None):
    """(team, goals for, goals against, home?) per team per game."""
    out = []
    for g in GAMES:
        if season and g["season"] != season:
            continue
        out.append((g["home"], g["hg"], g["ag"], True, g))
        out.append((g["away"], g["ag"], g["hg"], False, g))
    return out


def points(season):
    p = defaultdict(int)
    for t, f, a, _, _ in team_games(season):
        p[t] += 3 if f > a else (1 if f == a else 0)
    return p


def title(s):
    return " ".join(w if w.isupper() else w.capitalize() for w in s.split()).replace("Fc", "FC")


@q(MR, "how many goals were scored in the 2023-24 season?", "sum of home + away goals, matches played in 2023-24")
def _():
    return {"number": sum(g["hg"] + g["ag"] for g in GAMES if g["season"] == "2023-24"), "unit": "goals"}


@q(MR, "What's the average number of goals per game?", "(home + away goals) / matches played, both seasons")
def _():
    return {"number": statistics.mean(g["hg"] + g["ag"] for g in GAMES), "unit": "goals"}


@q(MR, "Which team scored the most goals in 2023-24?", "goals for (home and away) per team, 2023-24")
def _():
    k, v = top(by(team_games("2023-24"), lambda t: t[0], lambda t: t[1]))
    return {"label": [title(k)], "number": v, "unit": "goals"}


@q(MR, "how many matches ended in a draw", "played matches with home goals = away goals, both seasons")
def _():
    return {"number": sum(1 for g in GAMES if g["hg"] == g["ag"]), "unit": "matches"}


@q(MR, "What percentage of games were won by the home side?", "home wins / matches played, both seasons")
def _():
    return {"number": pct(sum(1 for g in GAMES if g["hg"] > g["ag"]) / len(GAMES)), "unit": "%"}


@q(MR, "which team won the most home games in the 2023-24 season", "home wins per team, 2023-24")
def _():
    k, v = top(by(GAMES, lambda g: g["home"], lambda g: 1, lambda g: g["season"] == "2023-24" and g["hg"] > g["ag"]))
    return {"label": [title(k)], "number": v, "unit": "wins"}


@q(MR, "What was Ashford Rovers' average home attendance?", "mean attendance of Ashford Rovers home games played "
   "(missing attendances left out), both seasons")
def _():
    return {"number": statistics.mean(g["att"] for g in GAMES if g["home"] == "ashford rovers" and g["att"] is not None),
            "unit": "people"}


@q(MR, "whats the biggest winning margin in any game?", "max |home goals - away goals|")
def _():
    return {"number": max(abs(g["hg"] - g["ag"]) for g in GAMES), "unit": "goals"}


@q(MR, "By how much did total attendance go up from 2022-23 to 2023-24, in percent?",
   "sum of known attendances 2023-24 / the same 2022-23 - 1")
def _():
    def s(y):
        return sum(g["att"] for g in GAMES if g["season"] == y and g["att"] is not None)
    return {"number": positive(growth(s("2023-24"), s("2022-23"))), "unit": "%"}


@q(MR, "how many games has mills refereed?", "played matches with referee S. Mills (none of the postponed rows is his)")
def _():
    assert not [g for g in POSTPONED if g["ref"] == "s. mills"]
    return {"number": sum(1 for g in GAMES if g["ref"] == "s. mills"), "unit": "matches"}


@q(MR, "how many games got postponed?", "rows whose status says postponed")
def _():
    return {"number": len(POSTPONED), "unit": "games"}


@q(MR, "How many matches had 5 or more goals in them?", "played matches with home + away goals >= 5")
def _():
    return {"number": sum(1 for g in GAMES if g["hg"] + g["ag"] >= 5), "unit": "matches"}


@q(MR, "which team let in the fewest goals in 2022-23", "goals against per team, 2022-23, the smallest")
def _():
    k, v = top(by(team_games("2022-23"), lambda t: t[0], lambda t: t[2]), most=False)
    return {"label": [title(k)], "number": v, "unit": "goals"}


@q(MR, "How many points did dunmore united get in 2023-24? (3 for a win, 1 for a draw)", "points, 2023-24")
def _():
    return {"number": points("2023-24")["dunmore united"], "unit": "points"}


@q(MR, "who won the league in 2023-24?", "the team with the most points in 2023-24 (3 a win, 1 a draw)")
def _():
    k, v = top(points("2023-24"))
    return {"label": [title(k)], "number": v, "unit": "points"}


@q(MR, "what's the average crowd at the evening kick-offs?", "mean known attendance, kick_off 7:30 PM")
def _():
    return {"number": statistics.mean(g["att"] for g in GAMES if g["ko"] == "7:30 PM" and g["att"] is not None),
            "unit": "people"}


@q(MR, "how many clean sheets did brookside athletic keep in 2023-24", "Brookside games (home or away) in 2023-24 "
   "with 0 goals against")
def _():
    return {"number": sum(1 for t, f, a, _, _ in team_games("2023-24") if t == "brookside athletic" and a == 0),
            "unit": "games"}


@q(MR, "How many teams are in the league?", "distinct team names (folded)")
def _():
    return {"number": len({g["home"] for g in GAMES} | {g["away"] for g in GAMES}), "unit": "teams"}


@q(MR, "which month had the most goals in the 2022-23 season?", "goals by calendar month of match_date, 2022-23")
def _():
    k, v = top(by(GAMES, lambda g: g["date"].month, lambda g: g["hg"] + g["ag"], lambda g: g["season"] == "2022-23"))
    return {"label": [MONTHS[k - 1]], "number": v, "unit": "goals"}


@q(MR, "How many goals has Glenview FC scored away from home over both seasons?", "away goals, Glenview FC away")
def _():
    return {"number": sum(g["ag"] for g in GAMES if g["away"] == "glenview fc"), "unit": "goals"}


# ----------------------------------------------------------------------------------------------
# 4. bike_counts.csv (one row per counter per hour)

BC = ["bike_counts.csv"]

HOURS = []
for r in rows("bike_counts.csv"):
    ts = dt.datetime.strptime(r["hour_start"], "%Y-%m-%dT%H:%M")
    i, o = num(r["bikes_in"]), num(r["bikes_out"])
    HOURS.append({"counter": fold(r["counter"]), "ts": ts, "d": ts.date(), "h": ts.hour, "fault": "fault" in fold(r["status"]),
                  "in": i, "out": o, "bikes": None if i is None else i + o, "sc": num(r["e_scooters"]),
                  "rain": num(r["rain_mm"])})
OKH = [h for h in HOURS if h["bikes"] is not None]
WEEKEND_DAYS = {h["d"] for h in HOURS if h["d"].weekday() >= 5}


@q(BC, "how many bikes went past the counters in total, both directions?", "sum of bikes_in + bikes_out, every row")
def _():
    return {"number": sum(h["bikes"] for h in OKH), "unit": "bikes"}


@q(BC, "Which counter is the busiest?", "counter with the largest bikes_in + bikes_out")
def _():
    k, v = top(by(OKH, lambda h: h["counter"], lambda h: h["bikes"]))
    return {"label": [k.title()], "number": v, "unit": "bikes"}


@q(BC, "What hour of the day sees the most bikes?", "hour of hour_start with the largest bikes, all counters and days")
def _():
    k, v = top(by(OKH, lambda h: h["h"], lambda h: h["bikes"]))
    return {"label": hour_labels(k)}


@q(BC, "what's the average number of bikes per day on harbour bridge in september",
   "September bikes at Harbour Bridge / 30 days (no fault hours in September there)")
def _():
    xs = [h for h in HOURS if h["counter"] == "harbour bridge" and h["d"].month == 9]
    assert all(h["bikes"] is not None for h in xs) and len(xs) == 30 * 24
    return {"number": sum(h["bikes"] for h in xs) / 30, "unit": "bikes/day"}


@q(BC, "What share of the Canal Path's bikes come through at the weekend?",
   "Canal Path bikes on Saturdays and Sundays / all Canal Path bikes")
def _():
    xs = [h for h in OKH if h["counter"] == "canal path"]
    return {"number": pct(sum(h["bikes"] for h in xs if h["d"].weekday() >= 5) / sum(h["bikes"] for h in xs)), "unit": "%"}


@q(BC, "By how much did bike traffic drop from September to October, in percent?",
   "1 - October bikes / September bikes, all counters (monthly totals)")
def _():
    s = sum(h["bikes"] for h in OKH if h["d"].month == 9)
    o = sum(h["bikes"] for h in OKH if h["d"].month == 10)
    return {"number": positive(-growth(o, s)), "unit": "%"}


@q(BC, "how many hours of counts are missing because a counter was faulty?", "rows with a fault status")
def _():
    return {"number": sum(1 for h in HOURS if h["fault"]), "unit": "hours"}


@q(BC, "At Station Street, what's the average number of bikes in an hour when it's raining?",
   "mean bikes over Station Street hours with rain_mm > 0 (fault hours and missing rain left out)")
def _():
    return {"number": statistics.mean(h["bikes"] for h in OKH if h["counter"] == "station street"
                                      and h["rain"] is not None and h["rain"] > 0), "unit": "bikes/hour"}


@q(BC, "How many bikes do we get on an average weekend day, all counters together?",
   "bikes on Saturdays and Sundays / 17 weekend days")
def _():
    return {"number": sum(h["bikes"] for h in OKH if h["d"].weekday() >= 5) / len(WEEKEND_DAYS), "unit": "bikes/day"}


@q(BC, "how many e-scooters were counted in October?", "sum of e_scooters, October")
def _():
    return {"number": sum(h["sc"] for h in OKH if h["d"].month == 10), "unit": "e-scooters"}


@q(BC, "What's the most bikes a single counter recorded in one hour?", "max of bikes_in + bikes_out over rows")
def _():
    return {"number": max(h["bikes"] for h in OKH), "unit": "bikes"}


@q(BC, "Which date had the most bikes overall?", "date with the largest bikes, all counters")
def _():
    k, v = top(by(OKH, lambda h: h["d"], lambda h: h["bikes"]))
    labels = [f"{k.day} {MONTHS[k.month - 1]}", f"{MONTHS[k.month - 1]} {k.day}", k.isoformat(),
              f"{k.day} {MONTHS[k.month - 1][:3]}", f"{MONTHS[k.month - 1][:3]} {k.day}", f"{k.day:02d}/{k.month:02d}/{k.year}",
              f"{k.month}/{k.day}/{k.year}", f"{k.day}/{k.month}/{k.year}"]
    return {"label": labels, "number": v, "unit": "bikes"}


@q(BC, "how many days did station street count more than 1,400 bikes?", "Station Street days with bikes > 1,400")
def _():
    d = by(OKH, lambda h: h["d"], lambda h: h["bikes"], lambda h: h["counter"] == "station street")
    return {"number": count_over(list(d.values()), 1400), "unit": "days"}


@q(BC, "For every 100 bikes, how many e-scooters go past Station Street?", "100 * e_scooters / bikes, Station Street")
def _():
    xs = [h for h in OKH if h["counter"] == "station street"]
    return {"number": 100 * sum(h["sc"] for h in xs) / sum(h["bikes"] for h in xs), "unit": "e-scooters"}


@q(BC, "How many bikes crossed Harbour Bridge inbound in the 8am hour, over the whole two months?",
   "sum of bikes_in, Harbour Bridge, hour_start 08:00")
def _():
    return {"number": sum(h["in"] for h in OKH if h["counter"] == "harbour bridge" and h["h"] == 8), "unit": "bikes"}


@q(BC, "Which counter's traffic grew from September to October?", "the counter whose bikes grew (the others fell)")
def _():
    s = by(OKH, lambda h: h["counter"], lambda h: h["bikes"], lambda h: h["d"].month == 9)
    o = by(OKH, lambda h: h["counter"], lambda h: h["bikes"], lambda h: h["d"].month == 10)
    g = {c: growth(o[c], s[c]) for c in s}
    grew = [c for c in g if g[c] > 2]
    assert len(grew) == 1 and all(g[c] < -2 for c in g if c not in grew), g
    return {"label": [grew[0].title()]}


@q(BC, "How many bikes did Station Street count on Tuesday 1 October, the day the new lane opened?",
   "sum of bikes, Station Street, 2024-10-01")
def _():
    return {"number": sum(h["bikes"] for h in OKH if h["counter"] == "station street" and h["d"] == dt.date(2024, 10, 1)),
            "unit": "bikes"}


@q(BC, "Total bikes in the week starting Monday 7 October, across all counters?", "sum of bikes, 7-13 October 2024")
def _():
    return {"number": sum(h["bikes"] for h in OKH if dt.date(2024, 10, 7) <= h["d"] <= dt.date(2024, 10, 13)),
            "unit": "bikes"}


@q(BC, "What percentage of Harbour Bridge's bikes pass between 7 and 10 in the morning?",
   "Harbour Bridge bikes in the hours starting 07:00, 08:00, 09:00 / all Harbour Bridge bikes")
def _():
    xs = [h for h in OKH if h["counter"] == "harbour bridge"]
    return {"number": pct(sum(h["bikes"] for h in xs if 7 <= h["h"] <= 9) / sum(h["bikes"] for h in xs)), "unit": "%"}


@q(BC, "On our busiest day for bikes, how many went along the Canal Path?",
   "the date with the most bikes (all counters), then Canal Path's bikes that day")
def _():
    k, _ = top(by(OKH, lambda h: h["d"], lambda h: h["bikes"]))
    return {"number": sum(h["bikes"] for h in OKH if h["d"] == k and h["counter"] == "canal path"), "unit": "bikes"}


@q(BC, "what's the peak hour at the busiest counter?", "the counter with the most bikes, then its hour of day with the "
   "most bikes")
def _():
    c, _ = top(by(OKH, lambda h: h["counter"], lambda h: h["bikes"]))
    k, _ = top(by(OKH, lambda h: h["h"], lambda h: h["bikes"], lambda h: h["counter"] == c))
    return {"label": hour_labels(k)}


# ----------------------------------------------------------------------------------------------
# 5. box_ledger.csv (signed)

BL = ["box_ledger.csv"]
COUNTRY = {"united states": "United States", "us": "United States", "usa": "United States", "canada": "Canada",
           "ca": "Canada", "united kingdom": "United Kingdom", "uk": "United Kingdom", "u.k": "United Kingdom",
           "australia": "Australia", "au": "Australia"}
MON3 = {m[:3].lower(): i + 1 for i, m in enumerate(MONTHS)}

LEDGER = []
for r in rows("box_ledger.csv"):
    dd, mm, yy = r["posted"].split("-")
    LEDGER.append({"d": dt.date(int(yy), MON3[mm.lower()], int(dd)), "acc": r["account_id"].strip().zfill(6),
                   "plan": fold(r["plan"]), "type": fold(r["type"]), "amt": money(r["amount"]),
                   "country": COUNTRY[fold(r["country"])]})


def led(year=None, typ=None, months=None):
    return [e for e in LEDGER if (year is None or e["d"].year == year) and (typ is None or e["type"] == typ)
            and (months is None or e["d"].month in months)]


@q(BL, "What was our net revenue in 2024?", "sum of every amount posted in 2024 (refunds, credits, chargebacks negative)")
def _():
    return {"number": sum(e["amt"] for e in led(2024)), "unit": "$"}


@q(BL, "how much did we pay out in refunds in 2024, not counting credits or chargebacks?",
   "- sum of type refund rows posted in 2024")
def _():
    return {"number": -sum(e["amt"] for e in led(2024, "refund")), "unit": "$"}


@q(BL, "What percentage of subscription charges did we refund in 2023? refunds only, not credits or chargebacks",
   "- sum of refund rows / sum of charge rows, posted 2023")
def _():
    return {"number": pct(-sum(e["amt"] for e in led(2023, "refund")) / sum(e["amt"] for e in led(2023, "charge"))),
            "unit": "%"}


@q(BL, "how many accounts were charged in december 2024?", "distinct account ids (leading zeros restored) with a "
   "charge row posted December 2024")
def _():
    return {"number": len({e["acc"] for e in led(2024, "charge", (12,))}), "unit": "accounts"}


@q(BL, "Which plan brings in the most net revenue?", "net sum of every row by plan, all years")
def _():
    k, v = top(by(LEDGER, lambda e: e["plan"], lambda e: e["amt"]))
    return {"label": [k.title()], "number": v, "unit": "$"}


@q(BL, "By what percent did net revenue grow from 2023 to 2024?", "net 2024 / net 2023 - 1")
def _():
    return {"number": positive(growth(sum(e["amt"] for e in led(2024)), sum(e["amt"] for e in led(2023)))), "unit": "%"}


@q(BL, "how many chargebacks have we had?", "rows of type chargeback")
def _():
    return {"number": len([e for e in LEDGER if e["type"] == "chargeback"]), "unit": "chargebacks"}


@q(BL, "which month in 2024 did we refund the most? just refunds, not credits or chargebacks", "refund rows posted 2024 by month, the largest -sum")
def _():
    k, v = top(by(led(2024, "refund"), lambda e: e["d"].month, lambda e: -e["amt"]))
    return {"label": [MONTHS[k - 1]], "number": v, "unit": "$"}


@q(BL, "whats the average charge on the deluxe monthly plan", "mean of charge rows, plan deluxe monthly")
def _():
    return {"number": statistics.mean(e["amt"] for e in LEDGER if e["plan"] == "deluxe monthly" and e["type"] == "charge"),
            "unit": "$"}


@q(BL, "What has account 000417 paid us in total, after refunds and credits?", "net sum of account 000417's rows "
   "(written 000417 or 417)")
def _():
    return {"number": sum(e["amt"] for e in LEDGER if e["acc"] == "000417"), "unit": "$"}


@q(BL, "How much did we give away in credits in Q4 2024?", "- sum of credit rows posted October-December 2024")
def _():
    return {"number": -sum(e["amt"] for e in led(2024, "credit", (10, 11, 12))), "unit": "$"}


@q(BL, "which country brings in the most net revenue", "net sum by country (US / USA / United States one value ...)")
def _():
    k, v = top(by(LEDGER, lambda e: e["country"], lambda e: e["amt"]))
    return {"label": [k] + (["US", "USA"] if k == "United States" else []), "number": v, "unit": "$"}


@q(BL, "How much did net revenue drop from Q3 2024 to Q4 2024?", "net Jul-Sep 2024 - net Oct-Dec 2024")
def _():
    return {"number": positive(sum(e["amt"] for e in led(2024, months=(7, 8, 9)))
                               - sum(e["amt"] for e in led(2024, months=(10, 11, 12)))), "unit": "$"}


@q(BL, "How many customers have been refunded at least once (not counting credits or chargebacks)?", "distinct accounts with a refund row, all years")
def _():
    return {"number": len({e["acc"] for e in LEDGER if e["type"] == "refund"}), "unit": "accounts"}


@q(BL, "whats the biggest single refund we've given", "max of -amount over refund rows")
def _():
    return {"number": max(-e["amt"] for e in LEDGER if e["type"] == "refund"), "unit": "$"}


@q(BL, "What share of 2024 net revenue came from the annual plans?", "net 2024 of the two annual plans / net 2024")
def _():
    xs = led(2024)
    return {"number": pct(sum(e["amt"] for e in xs if "annual" in e["plan"]) / sum(e["amt"] for e in xs)), "unit": "%"}


@q(BL, "how much did customers pay us for shipping in 2024?", "sum of shipping rows posted 2024")
def _():
    return {"number": sum(e["amt"] for e in led(2024, "shipping")), "unit": "$"}


@q(BL, "How much more net revenue did we make in December 2024 than in January 2024?", "net Dec 2024 - net Jan 2024")
def _():
    return {"number": positive(sum(e["amt"] for e in led(2024, months=(12,))) - sum(e["amt"] for e in led(2024, months=(1,)))),
            "unit": "$"}


@q(BL, "how many accounts have paid us more than $1,000 net over the two years?", "accounts whose net sum > 1,000")
def _():
    return {"number": count_over(list(by(LEDGER, lambda e: e["acc"], lambda e: e["amt"]).values()), 1000),
            "unit": "accounts"}


@q(BL, "In 2023, what did refunds, credits and chargebacks add up to?", "- sum of negative rows posted 2023, as a "
   "positive amount")
def _():
    return {"number": -sum(e["amt"] for e in led(2023) if e["amt"] < 0), "unit": "$"}


# ----------------------------------------------------------------------------------------------
# 6. volunteer_log.csv

VL = ["volunteer_log.csv"]

SESS = []
for r in rows("volunteer_log.csv"):
    m, d, y = r["date"].split("/")
    SESS.append({"d": dt.date(int(y), int(m), int(d)), "name": fold(r["volunteer"]), "site": fold(r["site"]),
                 "act": fold(r["activity"]), "hours": num(r["hours"]), "group": fold(r["group_type"]),
                 "miles": num(r["miles"]), "first": yes(r["first_session"])})
WITH_H = [s for s in SESS if s["hours"] is not None]


@q(VL, "how many volunteer hours were logged in 2024", "sum of numeric hours")
def _():
    return {"number": sum(s["hours"] for s in WITH_H), "unit": "hours"}


@q(VL, "Which site got the most volunteer hours?", "site with the largest hours")
def _():
    k, v = top(by(WITH_H, lambda s: s["site"], lambda s: s["hours"]))
    return {"label": [k.title()], "number": v, "unit": "hours"}


@q(VL, "how many different volunteers came out in 2024?", "distinct volunteer names (folded)")
def _():
    return {"number": len({s["name"] for s in SESS}), "unit": "volunteers"}


@q(VL, "What's the average length of a volunteer session in hours?", "mean of numeric hours")
def _():
    return {"number": statistics.mean(s["hours"] for s in WITH_H), "unit": "hours"}


@q(VL, "who are our top 3 volunteers by hours?", "hours by volunteer, the three largest")
def _():
    return {"labels": [k.title() for k in top_n(by(WITH_H, lambda s: s["name"], lambda s: s["hours"]), 3)]}


@q(VL, "How many more hours went into tree planting in Q1 than in Q4?", "tree planting hours Jan-Mar - Oct-Dec")
def _():
    b = sum(s["hours"] for s in WITH_H if s["act"] == "tree planting" and s["d"].month <= 3)
    a = sum(s["hours"] for s in WITH_H if s["act"] == "tree planting" and s["d"].month >= 10)
    return {"number": positive(b - a), "unit": "hours"}


@q(VL, "What percentage of the hours came from corporate groups?", "hours with group_type corporate / all hours")
def _():
    return {"number": pct(sum(s["hours"] for s in WITH_H if s["group"] == "corporate") / sum(s["hours"] for s in WITH_H)),
            "unit": "%"}


@q(VL, "how many sessions don't have a proper number of hours written down?", "rows whose hours are blank or not a number")
def _():
    return {"number": len(SESS) - len(WITH_H), "unit": "sessions"}


@q(VL, "whats the most common activity", "activity with the most rows")
def _():
    k, v = top(by(SESS, lambda s: s["act"], lambda s: 1))
    return {"label": [k.capitalize(), "litter picking"] if k == "litter pick" else [k.capitalize()], "number": v,
            "unit": "sessions"}


@q(VL, "Which month had the most volunteer hours?", "hours by calendar month")
def _():
    k, v = top(by(WITH_H, lambda s: s["d"].month, lambda s: s["hours"]))
    return {"label": [MONTHS[k - 1]], "number": v, "unit": "hours"}


@q(VL, "What day of the week do most sessions happen on?", "weekday with the most rows")
def _():
    k, v = top(by(SESS, lambda s: s["d"].weekday(), lambda s: 1))
    return {"label": [WEEKDAYS[k]], "number": v, "unit": "sessions"}


@q(VL, "total miles claimed by volunteers?", "sum of miles ('12 mi' is 12; blank left out)")
def _():
    return {"number": sum(s["miles"] for s in SESS if s["miles"] is not None), "unit": "miles"}


@q(VL, "how many volunteers put in more than 40 hours over the year?", "volunteers whose hours sum > 40")
def _():
    return {"number": count_over(list(by(WITH_H, lambda s: s["name"], lambda s: s["hours"]).values()), 40),
            "unit": "volunteers"}


@q(VL, "How many volunteers had their first session in January?", "rows with first_session yes, January")
def _():
    return {"number": sum(1 for s in SESS if s["first"] and s["d"].month == 1), "unit": "volunteers"}


@q(VL, "whats the median session length", "median of numeric hours")
def _():
    return {"number": statistics.median(s["hours"] for s in WITH_H), "unit": "hours"}


@q(VL, "how many hours has amara patel done", "sum of numeric hours, volunteer Amara Patel (any case)")
def _():
    return {"number": sum(s["hours"] for s in WITH_H if s["name"] == "amara patel"), "unit": "hours"}


@q(VL, "Which site's volunteer hours grew the most, in percent, from Q1 to Q2?",
   "per site: hours April-June / hours January-March - 1; the largest")
def _():
    a = by(WITH_H, lambda s: s["site"], lambda s: s["hours"], lambda s: s["d"].month <= 3)
    b = by(WITH_H, lambda s: s["site"], lambda s: s["hours"], lambda s: 4 <= s["d"].month <= 6)
    k, v = top({x: growth(b[x], a[x]) for x in a})
    return {"label": [k.title()], "number": v, "unit": "%"}


@q(VL, "On average how many hours has each volunteer given over the year?", "all hours / distinct volunteers")
def _():
    return {"number": sum(s["hours"] for s in WITH_H) / len({s["name"] for s in SESS}), "unit": "hours"}


@q(VL, "what percent of sessions were at the weekend?", "rows on Saturday or Sunday / all rows")
def _():
    return {"number": pct(sum(1 for s in SESS if s["d"].weekday() >= 5) / len(SESS)), "unit": "%"}


@q(VL, "How many hours did school groups put in at Swan Lake Park?", "hours, group_type school, site Swan Lake Park")
def _():
    return {"number": sum(s["hours"] for s in WITH_H if s["group"] == "school" and s["site"] == "swan lake park"),
            "unit": "hours"}


# ----------------------------------------------------------------------------------------------


def clean(truth):
    out = {}
    for k, v in truth.items():
        if isinstance(v, float):
            v = round(v, 6)
            if v == int(v) and k != "number":
                v = int(v)
        out[k] = v
    return out


def main():
    out = []
    for i, qd in enumerate(QUESTIONS, 1):
        try:
            truth = clean(qd["fn"]())
        except AssertionError as e:
            if "--print" not in sys.argv:
                raise
            print(f"s8-{i:03d}  {qd['question']}\n        GUARD FAILED: {e}")
            continue
        out.append({"id": f"s8-{i:03d}", "dataset": qd["dataset"], "question": qd["question"], "truth": truth,
                    "note": qd["note"]})
        print(f"s8-{i:03d}  {qd['question']}\n        {json.dumps(truth, ensure_ascii=False)}")
    if "--print" not in sys.argv:
        (HERE / "questions.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    counts = defaultdict(int)
    for o in out:
        counts["+".join(o["dataset"])] += 1
    print(f"{len(out)} questions: " + ", ".join(f"{k} {v}" for k, v in counts.items()))


if __name__ == "__main__":
    main()
