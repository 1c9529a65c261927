#!/usr/bin/env python3
"""Held-out set 26: every question beside the code that computes its truth from data/*.csv; writes
questions.json. Standard library only.

    python3 tests/heldout/set26/truths.py            # prints every truth, writes questions.json
    python3 tests/heldout/set26/truths.py --print    # prints only
    python3 tests/heldout/set26/truths.py --debug    # also prints the ranking behind every "which"

Reading rules (the careful analyst's reading; the README repeats them):

- Money: strip the currency sign and thousands separators; a leading minus makes it negative. A value
  that is not a number ("tbc", "TBC", "n/a", "-", blank) is left out of sums and averages and never
  counted as 0, except the locksmith's Parts, where blank / "-" / "n/a" / "0" all mean no parts (0).
- Categories, garments, houses, blocks, varieties, towns, job types, customer types and statuses are
  folded: trimmed, inner spaces collapsed, case ignored; "Subscriptions" is the netball club's "Subs";
  "U 11" is "U11".
- Yes / no: Yes, Y, yes, y, TRUE are yes; No, N, no, n, FALSE are no.
- Alterations: a job belongs to the date it was dropped off. Cancelled (any case) jobs are left out where
  the question says so. "Collected" jobs have a collection date; days to collection = collected - dropped
  off, in whole days. The tailor is joined to alterations_staff.csv on the integer value of Tailor ID
  ("7" = "07").
- Eggs: a row is one house on one day. Cleanout rows have no counts. Feed / water that is not a number is
  left out. Lay rate = eggs / hens summed over the same rows.
- Netball: voided rows (Status VOID / void / Void - duplicate) are duplicates and never count. Income =
  positive amounts, spending = negative amounts (reported as positive figures). A season runs 1 September
  to 31 August.
- Vineyard: a vintage is the year of the weigh-in. Rejected loads (any status starting "rejected") are not
  accepted fruit. A load whose net weight is not a number is left out of weights.
- Locksmith: a call is cancelled when its status starts with "cancelled"; the others are completed jobs.
  Response = Arrived - Call Received in minutes. Money is the Total column.
"""

import csv
import datetime as dt
import json
import re
import statistics
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
DEBUG = "--debug" in sys.argv
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def rows(name):
    with open(DATA / name, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def fold(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def num(s):
    t = s.strip().replace(",", "").replace("£", "").replace("$", "")
    try:
        return float(t)
    except ValueError:
        return None


YES = {"yes", "y", "true"}
NO = {"no", "n", "false"}


def yes(s):
    v = s.strip().lower()
    assert v in YES or v in NO, s
    return v in YES


# ---- guards ------------------------------------------------------------------------------------


class Guard(Exception):
    pass


def ranked(d):
    return sorted(d.items(), key=lambda kv: -kv[1])


def top(d, what, margin=0.05):
    rk = ranked(d)
    if DEBUG:
        print(f"    [{what}] " + ", ".join(f"{k}={v:.2f}" for k, v in rk[:6]))
    (k1, v1), (k2, v2) = rk[0], rk[1]
    if not v1 - v2 > margin * abs(v2):
        raise Guard(f"{what}: {k1}={v1} vs {k2}={v2} within {margin:.0%}")
    return k1, v1


def bottom(d, what, margin=0.05):
    k, v = top({a: -b for a, b in d.items()}, what + " (lowest)", 0)
    rk = sorted(d.items(), key=lambda kv: kv[1])
    if not rk[1][1] - rk[0][1] > margin * abs(rk[0][1]):
        raise Guard(f"{what}: lowest {rk[0]} vs {rk[1]} within {margin:.0%}")
    return k, -v


def topn(d, n, what, margin=0.05):
    rk = ranked(d)
    if DEBUG:
        print(f"    [{what}] " + ", ".join(f"{k}={v:.2f}" for k, v in rk[:6]))
    if not rk[n - 1][1] - rk[n][1] > margin * abs(rk[n][1]):
        raise Guard(f"{what}: #{n} {rk[n - 1]} vs #{n + 1} {rk[n]}")
    return [k for k, _ in rk[:n]]


def same(a, b, what):
    if a != b:
        raise Guard(f"{what}: readings differ: {a!r} vs {b!r}")
    return a


def positive(x, what):
    if not x > 0:
        raise Guard(f"{what}: not positive ({x})")
    return x


def away(values, threshold, gap, what):
    near = [v for v in values if abs(v - threshold) <= gap]
    if near:
        raise Guard(f"{what}: {len(near)} values within {gap} of {threshold}: {near[:5]}")


# ---- label spellings ----------------------------------------------------------------------------


def month_label(y, m, year_fixed=False):
    out = [f"{MONTHS[m - 1]} {y}", f"{MONTHS[m - 1][:3]} {y}", f"{y}-{m:02d}"]
    if year_fixed:
        out.append(MONTHS[m - 1])
    return uniq(out)


def weekday_label(i):
    return [WEEKDAYS[i], WEEKDAYS[i] + "s"]


def hour_label(h):
    h12 = h % 12 or 12
    ap = "am" if h < 12 else "pm"
    out = [f"{h:02d}:00", f"{h}:00", f"{h12}{ap}", f"{h12} {ap}", f"{h12}:00 {ap}", f"{h12}:00{ap}",
            f"{h:02d}.00", f"{h12} {ap[0]}.m.", f"{h12} o'clock"]
    return uniq(out)


def date_label(d):
    return [f"{d.day} {MONTHS[d.month - 1]} {d.year}", f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}",
            f"{MONTHS[d.month - 1]} {d.day}, {d.year}", f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year}",
            d.isoformat(), f"{d.day:02d}/{d.month:02d}/{d.year}"]


def uniq(xs):
    out = []
    for x in xs:
        if x not in out:
            out.append(x)
    return out


def word(k):
    """A folded category as a label: title case, as written, and plural."""
    t = k.title()
    if t.endswith("ss"):
        return uniq([t, k, t + "es"])
    return uniq([t, k] + ([] if t.endswith("s") else [t + "s"]))


def r6(x):
    return round(x, 6)


# ---- questions ------------------------------------------------------------------------------------

QS = []


def Q(files, question, truth, note):
    QS.append({"dataset": files, "question": question, "truth": truth, "note": note})


def N(x, unit):
    return {"number": r6(x), "unit": unit}


# =====================================================================================================
# 1. alterations


def alterations():
    F = ["alterations_jobs.csv"]
    FJ = ["alterations_jobs.csv", "alterations_staff.csv"]
    staff = {int(s["Tailor ID"]): s for s in rows("alterations_staff.csv")}
    J = []
    for x in rows("alterations_jobs.csv"):
        d = dt.datetime.strptime(x["Dropped Off"], "%d/%m/%Y").date()
        c = dt.datetime.strptime(x["Collected"], "%d/%m/%Y").date() if x["Collected"] else None
        st = fold(x["Status"])
        J.append({"d": d, "c": c, "g": fold(x["Garment"]), "p": num(x["Price"]), "x": yes(x["Express"]),
                  "st": st, "cx": st == "cancelled", "t": staff[int(x["Tailor ID"])],
                  "role": fold(staff[int(x["Tailor ID"])]["Role"])})
    live = [j for j in J if not j["cx"]]
    priced = [j for j in live if j["p"] is not None]

    def s(js):
        return sum(j["p"] for j in js if j["p"] is not None)

    Q(F, "How much did we charge altogether for alterations dropped off in 2024? Don't count cancelled jobs.",
      N(s([j for j in live if j["d"].year == 2024]), "£"),
      "sum of Price, dropped off in 2024, not cancelled; tbc / n/a prices left out")
    Q(F, "How many jobs have come in so far this year (2025), leaving out the ones that got cancelled?",
      N(sum(1 for j in live if j["d"].year == 2025), "jobs"), "count of rows dropped off in 2025, not cancelled")
    tr = [j["p"] for j in priced if j["g"] == "trousers"]
    Q(F, "What's the average price of a trouser alteration? Ignore cancelled jobs and ones that haven't been "
         "priced yet.", N(statistics.mean(tr), "£"), "mean Price, garment trousers (folded), not cancelled, numeric")
    by = defaultdict(float)
    for j in priced:
        by[j["g"]] += j["p"]
    g, _ = top(by, "garment by money")
    Q(F, "Which kind of garment earns the shop the most money, not counting cancelled jobs?",
      {"label": word(g)}, "sum of Price by folded garment, not cancelled")
    cnt = Counter(j["g"] for j in J)
    g2, _ = top(cnt, "garment by count (all)")
    same(g2, top(Counter(j["g"] for j in live), "garment by count (live)")[0], "most common garment")
    Q(F, "Which kind of garment do people bring in to be altered most often?", {"label": word(g2)},
      "most frequent folded garment (same with or without cancelled jobs)")
    Q(F, "What percentage of jobs were express, not counting cancelled ones?",
      N(100 * sum(j["x"] for j in live) / len(live), "%"), "express yes / all not-cancelled jobs")
    col = [(j["c"] - j["d"]).days for j in J if j["c"]]
    Q(F, "On average, how many days go by between a customer dropping something off and coming back to "
         "collect it? Only jobs that have actually been collected.", N(statistics.mean(col), "days"),
      "mean of Collected - Dropped Off in days, rows with a collection date")
    Q(F, "How many collected jobs sat with us for more than 21 days between drop-off and collection?",
      N(sum(1 for c in col if c > 21), "jobs"), "collected rows with Collected - Dropped Off > 21 days")
    Q(F, "How many finished garments are hanging on the rail waiting for their owners to pick them up?",
      N(sum(1 for j in J if j["st"] == "ready"), "jobs"), "rows with status Ready")
    j25 = [j for j in J if j["d"].year == 2025]
    Q(F, "What percentage of the jobs dropped off in 2025 ended up cancelled?",
      N(100 * sum(j["cx"] for j in j25) / len(j25), "%"), "cancelled / all rows dropped off in 2025")
    bm = Counter(j["d"].month for j in live if j["d"].year == 2024)
    m, _ = top(bm, "month 2024 by jobs")
    same(m, top(Counter(j["d"].month for j in J if j["d"].year == 2024), "month 2024 all")[0], "busiest month")
    Q(F, "Which month of 2024 had the most jobs dropped off (cancelled ones aside)?",
      {"label": month_label(2024, m, True)}, "count of not-cancelled jobs by drop-off month, 2024")
    bw = Counter(j["d"].weekday() for j in live)
    w, _ = top(bw, "weekday")
    same(w, top(Counter(j["d"].weekday() for j in J), "weekday all")[0], "weekday")
    Q(F, "On which day of the week do the most jobs get dropped off?", {"label": weekday_label(w)},
      "count of jobs by drop-off weekday (same with or without cancelled)")
    bt = defaultdict(float)
    for j in priced:
        if j["d"].year == 2025:
            bt[j["t"]["Name"]] += j["p"]
    t, v = top(bt, "tailor 2025 by money")
    Q(FJ, "Which tailor brought in the most money in 2025, and how much was it? Leave out cancelled jobs.",
      {"label": [t, t.split()[0]], **N(v, "£")}, "sum of Price by tailor name (join on Tailor ID), 2025, not cancelled")
    p24 = [j for j in priced if j["d"].year == 2024]
    Q(FJ, "What share of our 2024 takings came from jobs done by senior tailors? Not counting cancelled jobs.",
      N(100 * s([j for j in p24 if j["role"] == "senior"]) / s(p24), "%"),
      "Price of jobs whose tailor's Role is senior / all Price, 2024, not cancelled")
    Q(FJ, "How much were the jobs done by our apprentices worth in 2025? Cancelled ones don't count.",
      N(s([j for j in priced if j["d"].year == 2025 and j["role"] == "apprentice"]), "£"),
      "sum of Price, tailor Role apprentice, 2025, not cancelled")
    ex = statistics.mean(j["p"] for j in priced if j["x"] and j["g"] == "trousers")
    nx = statistics.mean(j["p"] for j in priced if not j["x"] and j["g"] == "trousers")
    Q(F, "For trousers, how much more does an express job cost on average than a normal one? Exclude cancelled "
         "and unpriced jobs.", N(positive(ex - nx, "express premium"), "£"),
      "mean Price express - mean Price not express, trousers (folded), not cancelled, numeric")
    a = s([j for j in priced if j["d"].year == 2025 and j["d"].month <= 9])
    b = s([j for j in priced if j["d"].year == 2024 and j["d"].month <= 9])
    Q(F, "By how many pounds were our takings for January to September 2025 up on January to September 2024? "
         "Not counting cancelled jobs.", N(positive(a - b, "Jan-Sep growth"), "£"),
      "sum Price Jan-Sep 2025 - Jan-Sep 2024, not cancelled")
    away([j["p"] for j in priced], 200, 0.5, "over £200")
    Q(F, "How many jobs were priced at over £200? Leave out cancelled ones.",
      N(sum(1 for j in priced if j["p"] > 200), "jobs"), "not-cancelled rows with Price > 200")
    Q(F, "How many jobs still don't have a proper price on them (things like tbc or n/a)?",
      N(sum(1 for j in J if j["p"] is None), "jobs"), "rows whose Price is not a number")
    newest = max(staff.values(), key=lambda x: dt.datetime.strptime(x["Started"], "%d %b %Y"))
    nj = sum(1 for j in live if j["t"] is newest)
    Q(FJ, "Who is the newest tailor to join us, and how many jobs have they taken on (not counting cancelled "
          "ones)?", {"label": [newest["Name"], newest["Name"].split()[0]], **N(nj, "jobs")},
      "latest Started in the staff list; count of their not-cancelled jobs")
    g24 = Counter(j["g"] for j in live if j["d"].year == 2024 and j["d"].month <= 9)
    g25 = Counter(j["g"] for j in live if j["d"].year == 2025 and j["d"].month <= 9)
    gr = {k: g25[k] - g24[k] for k in g24}
    gk, gv = top(gr, "garment growth (jobs)", 0.05)
    Q(F, "Which type of garment grew the most in number of jobs from January-September 2024 to "
         "January-September 2025, and by how many jobs? Not counting cancelled jobs.",
      {"label": word(gk), **N(positive(gv, "growth"), "jobs")},
      "not-cancelled job count by folded garment, Jan-Sep 2025 minus Jan-Sep 2024")
    am = [j for j in live if j["d"].year == 2024 and j["g"] == "wedding dress" and j["t"]["Name"] == "Amira Haddad"]
    Q(FJ, "How many wedding dresses did Amira work on in 2024, not counting cancelled jobs?",
      N(len(am), "jobs"), "not-cancelled wedding dress jobs of tailor Amira Haddad (join), dropped off 2024")


# =====================================================================================================
# 2. eggs


def eggs():
    F = ["egg_daily.csv"]
    R = []
    for x in rows("egg_daily.csv"):
        mo, da, yr = map(int, x["Date"].split("/"))
        st = fold(x["Status"])
        lay = st == "laying"
        R.append({"d": dt.date(yr, mo, da), "h": fold(x["House"]).title(), "lay": lay, "st": st,
                  "hens": num(x["Hens"]) if lay else None, "e": num(x["Eggs Collected"]) if lay else None,
                  "cr": num(x["Cracked"]) if lay else None, "feed": num(x["Feed (kg)"]) if lay else None,
                  "dead": num(x["Mortality"]) if lay else None})
    L = [r for r in R if r["lay"]]
    assert all(r["e"] is not None and r["hens"] is not None and r["cr"] is not None for r in L)

    def E(rs):
        return sum(r["e"] for r in rs)

    Q(F, "How many eggs did we collect in 2024, all houses together?", N(E([r for r in L if r["d"].year == 2024]),
      "eggs"), "sum of Eggs Collected, 2024")
    mar = [r for r in L if r["d"].year == 2025 and r["d"].month == 3]
    Q(F, "On an average day in March 2025, how many eggs did the whole farm collect?", N(E(mar) / 31, "eggs"),
      "sum of Eggs Collected in March 2025 / 31 days")
    bh = defaultdict(float)
    for r in L:
        if r["d"].year == 2024:
            bh[r["h"]] += r["e"]
    h, _ = top(bh, "house eggs 2024")
    Q(F, "Which house laid the most eggs in 2024?", {"label": [h]}, "sum of eggs by folded house, 2024")
    l25 = [r for r in L if r["d"].year == 2025]
    Q(F, "What percentage of the eggs collected in 2025 were cracked?",
      N(100 * sum(r["cr"] for r in l25) / E(l25), "%"), "sum Cracked / sum Eggs Collected, 2025")
    cr = defaultdict(lambda: [0.0, 0.0])
    for r in L:
        cr[r["h"]][0] += r["cr"]
        cr[r["h"]][1] += r["e"]
    h2, _ = top({k: a / b for k, (a, b) in cr.items()}, "cracked rate by house")
    Q(F, "Which house has the worst rate of cracked eggs over the whole record?", {"label": [h2]},
      "sum Cracked / sum Eggs by house, all rows")
    Q(F, "How many hens died in the first half of 2025?",
      N(sum(r["dead"] for r in L if r["d"].year == 2025 and r["d"].month <= 6), "hens"),
      "sum of Mortality, January-June 2025")
    bm = defaultdict(float)
    for r in L:
        if r["d"].year == 2024:
            bm[r["d"].month] += r["e"]
    m, _ = bottom(bm, "month 2024 eggs")
    Q(F, "Which month of 2024 was our worst for eggs?", {"label": month_label(2024, m, True)},
      "lowest sum of eggs by month, 2024")
    j1 = [r for r in L if r["h"] == "House 1" and r["d"].year == 2024 and r["d"].month == 6]
    Q(F, "What was House 1's lay rate in June 2024, i.e. total eggs divided by total hen-days, as a percentage?",
      N(100 * E(j1) / sum(r["hens"] for r in j1), "%"), "sum eggs / sum hens, House 1, June 2024")
    away([r["e"] for r in L], 2800, 0, "2800 eggs")
    Q(F, "On how many house-days did we collect more than 2,800 eggs?",
      N(sum(1 for r in L if r["e"] > 2800), "house-days"), "laying rows with Eggs Collected > 2800")
    Q(F, "How many days was House 2 standing empty for its cleanout?",
      N(sum(1 for r in R if r["h"] == "House 2" and "cleanout" in r["st"]), "days"),
      "House 2 rows with a cleanout status")
    q25 = E([r for r in L if r["d"].year == 2025 and r["d"].month <= 3])
    q24 = E([r for r in L if r["d"].year == 2024 and r["d"].month <= 3])
    Q(F, "By what percentage was the farm's egg total for January to March 2025 down on January to March 2024?",
      N(positive(100 * (q24 - q25) / q24, "down"), "%"), "(eggs Q1 2024 - Q1 2025) / Q1 2024, all houses")
    g = {}
    for hh in ["House 1", "House 2", "House 3"]:
        a = E([r for r in L if r["h"] == hh and r["d"].year == 2025 and r["d"].month <= 6])
        b = E([r for r in L if r["h"] == hh and r["d"].year == 2024 and r["d"].month <= 6])
        g[hh] = 100 * (a - b) / b
    hk, hv = top(g, "house growth %", 0.0)
    rk = ranked(g)
    if not rk[0][1] - rk[1][1] > 5:
        raise Guard("house growth close")
    Q(F, "Of the houses that were laying in both periods, which one grew its egg count the most from January-June "
         "2024 to January-June 2025, and by what percentage?", {"label": [hk], **N(positive(hv, "g"), "%")},
      "eggs Jan-Jun 2025 vs Jan-Jun 2024 by house (1-3), percent change")
    Q(F, "What's the most eggs a single house has collected in one day?", N(max(r["e"] for r in L), "eggs"),
      "max Eggs Collected over laying rows")
    Q(F, "What share of the farm's eggs in 2025 came from House 4?",
      N(100 * E([r for r in l25 if r["h"] == "House 4"]) / E(l25), "%"), "House 4 eggs / all eggs, 2025")
    Q(F, "On how many house-days (one house on one day) while laying is the feed figure missing?",
      N(sum(1 for r in L if r["feed"] is None), "house-days"), "laying rows whose Feed (kg) is not a number")
    Q(F, "How much feed did we get through in 2024, in kg? Leave out days with no feed figure.",
      N(sum(r["feed"] for r in L if r["d"].year == 2024 and r["feed"] is not None), "kg"),
      "sum of numeric Feed (kg), 2024")
    dec = [r["hens"] for r in L if r["h"] == "House 1" and r["d"].year == 2024 and r["d"].month == 12]
    Q(F, "How many hens did House 1 have on average during December 2024?", N(statistics.mean(dec), "hens"),
      "mean of Hens, House 1, December 2024")
    Q(F, "How many eggs has House 4 produced since it opened?",
      N(E([r for r in L if r["h"] == "House 4"]), "eggs"), "sum of eggs, House 4")
    dd = defaultdict(float)
    for r in L:
        if r["d"].year == 2024:
            dd[r["h"]] += r["dead"]
    hd, _ = top(dd, "deaths by house 2024")
    Q(F, "Which house lost the most hens in 2024?", {"label": [hd]}, "sum of Mortality by house, 2024")
    fr = [r for r in L if r["d"].year == 2024 and r["feed"] is not None]
    Q(F, "In 2024, how many kg of feed did it take to produce a dozen eggs? Use only days where the feed was "
         "weighed.", N(sum(r["feed"] for r in fr) / (E(fr) / 12), "kg"),
      "sum feed / (sum eggs / 12), 2024 laying rows with numeric feed")


# =====================================================================================================
# 3. netball


def netball():
    F = ["netball_ledger.csv"]
    R = []
    for x in rows("netball_ledger.csv"):
        d = dt.datetime.strptime(x["Date"], "%d-%b-%Y").date()
        c = fold(x["Category"])
        c = "subs" if c == "subscriptions" else c
        p = fold(x["Team / Payee"]).replace("u ", "u")
        R.append({"d": d, "c": c, "p": p, "payee": x["Team / Payee"].strip(), "m": fold(x["Method"]),
                  "a": num(x["Amount"].replace("£", "")), "void": x["Status"].strip() != "",
                  "season": d.year if d.month >= 9 else d.year - 1, "desc": x["Description"]})
    assert all(r["a"] is not None for r in R)
    V = [r for r in R if not r["void"]]

    def inc(rs):
        return sum(r["a"] for r in rs if r["a"] > 0)

    def out(rs):
        return -sum(r["a"] for r in rs if r["a"] < 0)

    s24 = [r for r in V if r["season"] == 2024]
    s23 = [r for r in V if r["season"] == 2023]
    Q(F, "How much money came into the club in the 2024/25 season (September 2024 to August 2025)? Ignore voided "
         "lines.", N(inc(s24), "£"), "sum of positive amounts, 1 Sep 2024 - 31 Aug 2025, not void")
    Q(F, "How much went out of the club's account in total during the 2024/25 season, Sept 2024 through Aug 2025? "
         "Count every payment out, refunds included, but leave out voided entries.", N(out(s24), "£"), "minus the sum of negative amounts, season 2024/25, not void")
    bal = sum(r["a"] for r in V)
    Q(F, "Across the whole ledger, what's our balance - everything in minus everything out, voids excluded?",
      N(positive(bal, "balance"), "£"), "sum of all amounts, not void")
    bs = defaultdict(float)
    for r in s23:
        if r["c"] == "subs":
            bs[r["p"]] += r["a"]
    t, _ = top(bs, "team subs 2023/24")
    bs2 = defaultdict(float)
    for r in s23:
        if r["c"] in ("subs", "refund") and r["p"].startswith("u"):
            bs2[r["p"]] += r["a"]
    same(t, top(bs2, "team subs net of refunds")[0], "team subs")
    Q(F, "Which age group paid the most in subs in the 2023/24 season? Don't count voided lines.",
      {"label": [t.upper(), "Under " + t[1:], "Under-" + t[1:]]}, "sum of Subs by team, season 2023/24, not void "
                                                                   "(same net of refunds)")
    bc = defaultdict(float)
    for r in V:
        if r["a"] < 0:
            bc[r["c"]] -= r["a"]
    c, _ = top(bc, "cost categories")
    Q(F, "What's our biggest kind of cost?", {"label": word(c)}, "sum of negative amounts by category, not void")
    Q(F, "How much did we pay for court hire in calendar year 2024 (voids excluded)?",
      N(out([r for r in V if r["c"] == "court hire" and r["d"].year == 2024]), "£"),
      "minus sum of Court Hire amounts dated 2024, not void")
    rf = [r for r in V if r["c"] == "refund"]
    Q(F, "How many refunds have we given, and how much did they come to altogether?",
      {"numbers": [len(rf), r6(-sum(r["a"] for r in rf))], "unit": ""},
      "count and minus the sum of Refund rows, not void (14 / total)")
    bm = defaultdict(float)
    for r in V:
        bm[(r["d"].year, r["d"].month)] += r["a"]
    (y, m), _ = bottom(bm, "net by month")
    Q(F, "Which month was our worst, with money out furthest ahead of money in? Leave voided entries out.",
      {"label": month_label(y, m)}, "lowest sum of amounts by calendar month, not void")
    Q(F, "What percentage of our income in the 2024/25 season came from sponsorship? Voided lines don't count.",
      N(100 * inc([r for r in s24 if r["c"] == "sponsorship"]) / inc(s24), "%"),
      "Sponsorship income / all positive amounts, season 2024/25, not void")
    a = inc([r for r in s24 if r["c"] == "subs"])
    b = inc([r for r in s23 if r["c"] == "subs"])
    Q(F, "How much more did subs bring in during the 2024/25 season than in 2023/24? Seasons run September to "
         "August; ignore voids and don't take refunds off.", N(positive(a - b, "subs growth"), "£"),
      "Subs 2024/25 - Subs 2023/24, not void")
    fu = [r["a"] for r in V if r["c"] == "fundraising"]
    Q(F, "On average, how much did each fundraising event raise? (leave out voided lines)", N(statistics.mean(fu), "£"),
      "mean of Fundraising amounts, not void")
    away([-r["a"] for r in V if r["a"] < 0], 500, 0.5, "£500 out")
    Q(F, "How many payments out of the club were for more than £500? Don't count voided ones.",
      N(sum(1 for r in V if r["a"] < -500), "payments"), "not-void rows with amount < -500")
    cardinc = inc([r for r in s24 if r["m"] == "card"])
    Q(F, "What share of the money coming in during the 2024/25 season was paid by card? Leave voids out.",
      N(100 * cardinc / inc(s24), "%"), "positive amounts with method card / all positive amounts, 2024/25, not void")
    Q(F, "How many entries in the ledger have been voided?", N(sum(r["void"] for r in R), "entries"),
      "rows with a Status (VOID / void / Void - duplicate)")
    ki = defaultdict(float)
    for r in V:
        if r["a"] > 0:
            ki[r["c"]] += r["a"] * (1 if r["season"] == 2024 else -1 if r["season"] == 2023 else 0)
    k, kv = top(ki, "income kind growth")
    Q(F, "Which kind of income grew the most in pounds from the 2023/24 season to 2024/25, and by how much? Voided "
         "entries excluded.", {"label": word(k) + (["Subscriptions"] if k == "subs" else []), **N(positive(kv, "k"), "£")},
      "positive amounts by category, season 2024/25 minus 2023/24, not void")
    neg = [ym for ym, v in bm.items() if v < 0]
    away(list(bm.values()), 0, 1.0, "months near zero")
    Q(F, "In how many months did we spend more than we took in? Ignore voided entries.", N(len(neg), "months"),
      "calendar months (with entries) whose sum of amounts < 0, not void")
    big = min(V, key=lambda r: r["a"])
    rest = sorted(-r["a"] for r in V if r["a"] < 0)
    if not rest[-1] > rest[-2] * 1.05:
        raise Guard("biggest payment")
    Q(F, "What was the single biggest payment the club made, and who was it to?",
      {"label": [big["payee"]], **N(-big["a"], "£")}, "most negative not-void amount and its payee")
    Q(F, "How much cash did we collect in match fees in 2024? Voided lines don't count.",
      N(inc([r for r in V if r["c"] == "match fees" and r["d"].year == 2024 and r["m"] == "cash"]), "£"),
      "sum of Match Fees paid Cash, dated 2024, not void")
    Q(F, "How much did we make selling kit to families in the 2024/25 season? Leave voids out.",
      N(inc([r for r in s24 if r["c"] == "kit"]), "£"), "positive Kit amounts, season 2024/25, not void")
    Q(F, "What did the Thursday court hire at St Bede's cost us over the 2024/25 season? Leave voided lines out.",
      N(out([r for r in s24 if r["c"] == "court hire" and r["payee"] == "St Bede's School"]), "£"),
      "minus sum of Court Hire paid to St Bede's School, season 2024/25, not void")
    mf = defaultdict(float)
    for r in V:
        if r["c"] == "match fees" and r["d"].year == 2024:
            mf[r["p"]] += r["a"]
    t2, _ = top(mf, "match fees by team 2024")
    Q(F, "Which team paid the most in match fees during 2024? Don't count voided entries.",
      {"label": [t2.upper(), "Under " + t2[1:], "Under-" + t2[1:]]}, "sum of Match Fees by team, dated 2024, not void")


# =====================================================================================================
# 4. vineyard


def vineyard():
    F = ["harvest_weighins.csv"]
    R = []
    for x in rows("harvest_weighins.csv"):
        t = dt.datetime.strptime(x["Weighed At"], "%Y-%m-%dT%H:%M")
        R.append({"t": t, "y": t.year, "b": fold(x["Block"]).title(), "v": fold(x["Variety"]).title(),
                  "crew": fold(x["Crew"]), "hand": yes(x["Hand Picked"]), "bins": int(x["Bins"]),
                  "net": num(x["Net (kg)"]), "brix": num(x["Brix"]),
                  "rej": fold(x["Status"]).startswith("rejected")})
    A = [r for r in R if not r["rej"] and r["net"] is not None]

    def kg(rs):
        return sum(r["net"] for r in rs)

    Q(F, "How many kilos of fruit did we accept at the 2025 harvest?", N(kg([r for r in A if r["y"] == 2025]), "kg"),
      "sum Net (kg), 2025, not rejected, numeric")
    Q(F, "How many tonnes of Chardonnay did we accept in 2024?",
      N(kg([r for r in A if r["y"] == 2024 and r["v"] == "Chardonnay"]) / 1000, "t"),
      "sum Net (kg) / 1000, Chardonnay, 2024, not rejected")
    bb = defaultdict(float)
    for r in A:
        if r["y"] == 2025:
            bb[r["b"]] += r["net"]
    b, _ = top(bb, "block 2025")
    Q(F, "Which block gave us the most accepted fruit in 2025?", {"label": [b]}, "sum net by folded block, 2025, accepted")
    pn = [r["brix"] for r in R if r["y"] == 2025 and r["v"] == "Pinot Noir" and not r["rej"] and r["brix"] is not None]
    Q(F, "What was the average sugar reading (Brix) on the accepted Pinot Noir loads in 2025?",
      N(statistics.mean(pn), "Brix"), "mean Brix, Pinot Noir, 2025, not rejected, Brix recorded")
    l24 = [r for r in R if r["y"] == 2024]
    Q(F, "What percentage of the loads brought to the weighbridge in 2024 were rejected?",
      N(100 * sum(r["rej"] for r in l24) / len(l24), "%"), "rejected loads / all loads, 2024")
    a, c = kg([r for r in A if r["y"] == 2025]), kg([r for r in A if r["y"] == 2024])
    Q(F, "By what percentage was the 2025 harvest up on 2024, in accepted kilos?", N(positive(100 * (a - c) / c, "up"), "%"),
      "(accepted kg 2025 - 2024) / 2024")
    vg = defaultdict(float)
    for r in A:
        vg[r["v"]] += r["net"] * (1 if r["y"] == 2025 else -1 if r["y"] == 2024 else 0)
    v, vv = top(vg, "variety growth kg")
    Q(F, "Which grape variety grew the most in accepted kilos from 2024 to 2025, and by how many kilos?",
      {"label": [v], **N(positive(vv, "v"), "kg")}, "accepted kg by variety, 2025 minus 2024")
    hh = Counter(r["t"].hour for r in R)
    h, _ = top(hh, "hour", 0.05)
    Q(F, "At what hour of the day do most loads arrive at the weighbridge?", {"label": hour_label(h)},
      "count of loads by hour of Weighed At, all years")
    first = min(R, key=lambda r: r["t"] if r["y"] == 2025 else dt.datetime.max)
    assert sum(1 for r in R if r["t"] == first["t"]) == 1
    Q(F, "On what date did the first load of the 2025 harvest come in, and from which block?",
      {"label": date_label(first["t"].date()), "labels": [[first["b"]]]},
      "earliest Weighed At in 2025: its date and folded block")
    d25 = [r["t"].date() for r in R if r["y"] == 2025]
    Q(F, "How many days did the 2025 harvest last, counting both the first and the last day of weigh-ins?",
      N((max(d25) - min(d25)).days + 1, "days"), "last - first weigh-in date in 2025, plus one")
    away([r["net"] for r in R if r["net"] is not None], 1500, 0, "1500 kg")
    Q(F, "How many loads weighed more than 1,500 kg net?", N(sum(1 for r in R if r["net"] is not None and r["net"] > 1500),
      "loads"), "loads (any status) with numeric Net (kg) > 1500")
    w = [r for r in R if r["net"] is not None]
    Q(F, "Across every load with a net weight, how many kilos of fruit were there per bin on average?",
      N(kg(w) / sum(r["bins"] for r in w), "kg"), "sum Net / sum Bins over loads with numeric net (any status)")
    cw = defaultdict(float)
    for r in A:
        if r["crew"] != "harvester":
            cw[r["crew"]] += r["net"]
    cr, _ = top(cw, "crew")
    Q(F, "Of the hand-picking crews (not the harvester), which one brought in the most accepted fruit over all three "
         "harvests?", {"label": [cr.title()]}, "accepted kg by Crew, Harvester excluded, all years")
    a25 = [r for r in A if r["y"] == 2025]
    Q(F, "What percentage of 2025's accepted fruit was picked by hand?",
      N(100 * kg([r for r in a25 if r["hand"]]) / kg(a25), "%"), "hand-picked accepted kg / accepted kg, 2025")
    Q(F, "How many loads are missing their net weight?", N(sum(1 for r in R if r["net"] is None), "loads"),
      "rows whose Net (kg) is not a number")
    Q(F, "How many loads did we weigh in on an average picking day in 2024?",
      N(len(l24) / len({r["t"].date() for r in l24}), "loads"), "loads in 2024 / distinct weigh-in dates in 2024")
    b24 = defaultdict(float)
    for r in A:
        if r["y"] == 2024:
            b24[r["b"]] += r["net"]
    t3 = topn(b24, 3, "top 3 blocks 2024")
    Q(F, "What were our three best blocks in 2024 for accepted fruit?", {"labels": [[x] for x in t3]},
      "top 3 folded blocks by accepted kg, 2024")
    Q(F, "How many kilos of fruit did we turn away as rejected in 2024?",
      N(sum(r["net"] for r in R if r["y"] == 2024 and r["rej"] and r["net"] is not None), "kg"),
      "sum numeric Net of rejected loads, 2024")
    mc = [r["net"] for r in A if r["y"] == 2025 and not r["hand"]]
    Q(F, "What did an accepted machine-harvested load weigh on average in 2025, net?", N(statistics.mean(mc), "kg"),
      "mean numeric Net of accepted loads with Hand Picked no, 2025")
    sw = defaultdict(list)
    for r in R:
        if r["y"] == 2023 and r["brix"] is not None:
            sw[r["v"]].append(r["brix"])
    sv, _ = top({k: statistics.mean(v) for k, v in sw.items()}, "brix by variety 2023")
    sw2 = defaultdict(list)
    for r in R:
        if r["y"] == 2023 and r["brix"] is not None and not r["rej"]:
            sw2[r["v"]].append(r["brix"])
    same(sv, top({k: statistics.mean(v) for k, v in sw2.items()}, "brix accepted")[0], "sweetest")
    Q(F, "Which grape variety came in sweetest in 2023, going by average Brix?", {"label": [sv]},
      "highest mean Brix by folded variety, 2023 (same with accepted loads only)")
    Q(F, "How much Bacchus did we accept in 2025, in kilos?",
      N(kg([r for r in A if r["y"] == 2025 and r["v"] == "Bacchus"]), "kg"), "accepted Bacchus kg, 2025")


# =====================================================================================================
# 5. locksmith


def locksmith():
    F = ["locksmith_callouts.csv"]
    R = []
    for x in rows("locksmith_callouts.csv"):
        rec = dt.datetime.strptime(x["Call Received"], "%m/%d/%Y %I:%M %p")
        arr = dt.datetime.strptime(x["Arrived"], "%m/%d/%Y %I:%M %p") if x["Arrived"] else None
        pt = x["Parts"].strip()
        R.append({"rec": rec, "arr": arr, "town": fold(x["Town"]).title(), "type": fold(x["Job Type"]),
                  "cust": fold(x["Customer Type"]), "ooh": yes(x["Out of Hours"]), "tot": num(x["Total"]),
                  "parts": 0.0 if pt in ("", "n/a", "-") else num(pt), "cx": fold(x["Status"]).startswith("cancelled")})
    assert all(r["tot"] is not None and r["parts"] is not None for r in R)
    C = [r for r in R if not r["cx"]]
    for r in C:
        r["resp"] = (r["arr"] - r["rec"]).total_seconds() / 60

    def T(rs):
        return sum(r["tot"] for r in rs)

    Q(F, "How much did we bill in 2024 for jobs we actually did (cancelled call-outs don't count)?",
      N(T([r for r in C if r["rec"].year == 2024]), "$"), "sum Total, 2024, not cancelled")
    Q(F, "How many call-outs have we had in 2025, counting every call including the cancelled ones?",
      N(sum(1 for r in R if r["rec"].year == 2025), "calls"), "all rows received in 2025")
    Q(F, "What's our average response time in minutes, from the call coming in to us arriving on site?",
      N(statistics.mean(r["resp"] for r in C), "minutes"), "mean Arrived - Call Received, completed jobs")
    Q(F, "What percentage of the jobs we attended did we get to within 30 minutes of the call?",
      N(100 * sum(1 for r in C if r["resp"] <= 30) / len(C), "%"), "completed jobs with response <= 30 min / completed")
    bt = defaultdict(float)
    for r in C:
        bt[r["type"]] += r["tot"]
    t, _ = top(bt, "type by money")
    Q(F, "Which type of job makes us the most money? Completed jobs only.", {"label": word(t)},
      "sum Total by folded Job Type, not cancelled")
    ct = Counter(r["type"] for r in R)
    t2, _ = top(ct, "type by count")
    same(t2, top(Counter(r["type"] for r in C), "type count completed")[0], "common type")
    Q(F, "What's the most common kind of call-out we get?", {"label": word(t2)},
      "most frequent folded Job Type (same with or without cancelled)")
    Q(F, "What proportion of our completed jobs were out of hours?", N(100 * sum(r["ooh"] for r in C) / len(C), "%"),
      "Out of Hours yes / completed jobs")
    o = statistics.mean(r["tot"] for r in C if r["ooh"])
    n = statistics.mean(r["tot"] for r in C if not r["ooh"])
    Q(F, "How much more does an out-of-hours job cost the customer on average than one in normal hours? Completed jobs "
         "only.", N(positive(o - n, "ooh"), "$"), "mean Total out of hours - mean Total not, completed")
    tw = defaultdict(list)
    for r in C:
        tw[r["town"]].append(r["resp"])
    tn, _ = top({k: statistics.mean(v) for k, v in tw.items()}, "town response")
    Q(F, "Which town do we take the longest to reach, on average?", {"label": [tn]},
      "mean response by folded town, completed jobs")
    hc = Counter(r["rec"].hour for r in R)
    h, _ = top(hc, "hour", 0.05)
    Q(F, "At what time of day do the most calls come in? Give me the hour.", {"label": hour_label(h)},
      "count of calls by hour of Call Received, all calls")
    wc = Counter(r["rec"].weekday() for r in R)
    w, _ = top(wc, "weekday")
    same(w, top(Counter(r["rec"].weekday() for r in C), "weekday completed")[0], "weekday")
    Q(F, "Which day of the week is busiest for call-outs?", {"label": weekday_label(w)},
      "count of calls by weekday received (same with completed only)")
    Q(F, "What percentage of calls ended up being cancelled?", N(100 * sum(r["cx"] for r in R) / len(R), "%"),
      "cancelled / all rows")
    away([r["tot"] for r in C], 350, 0.5, "$350")
    Q(F, "How many completed jobs came to more than $350?", N(sum(1 for r in C if r["tot"] > 350), "jobs"),
      "completed rows with Total > 350")
    Q(F, "What share of the money from completed jobs was for parts rather than labour?",
      N(100 * sum(r["parts"] for r in C) / T(C), "%"), "sum Parts / sum Total, completed")
    bm = defaultdict(float)
    for r in C:
        if r["rec"].year == 2024:
            bm[r["rec"].month] += r["tot"]
    m, _ = top(bm, "month 2024 billing", 0.0)
    rk = ranked(bm)
    if rk[0][1] <= rk[1][1] * 1.05:
        mq = None
    else:
        mq = m
    if mq:
        Q(F, "Which month of 2024 did we bill the most, counting completed jobs?", {"label": month_label(2024, m, True)},
          "sum Total by month received, 2024, completed")
    else:
        q4 = T([r for r in C if r["rec"].year == 2024 and r["rec"].month >= 10])
        Q(F, "How much did we bill in the last quarter of 2024 (October to December), completed jobs only?",
          N(q4, "$"), "sum Total, Oct-Dec 2024, completed")
    a = T([r for r in C if r["rec"].year == 2025 and r["rec"].month <= 9])
    b = T([r for r in C if r["rec"].year == 2024 and r["rec"].month <= 9])
    Q(F, "How much more did we bill in January-September 2025 than in January-September 2024? Completed jobs only.",
      N(positive(a - b, "growth"), "$"), "sum Total Jan-Sep 2025 - Jan-Sep 2024, completed")
    Q(F, "What did commercial customers pay us in 2025 for completed jobs?",
      N(T([r for r in C if r["rec"].year == 2025 and r["cust"] == "commercial"]), "$"),
      "sum Total, Customer Type commercial, 2025, completed")
    g = Counter()
    for r in R:
        if r["rec"].month <= 9:
            g[r["town"]] += 1 if r["rec"].year == 2025 else -1
    tg, tv = top(g, "town growth")
    Q(F, "Which town grew the most in number of call-outs from January-September 2024 to January-September 2025, and "
         "by how many calls? Count every call, cancelled ones included.", {"label": [tg], **N(positive(tv, "t"), "calls")},
      "calls by folded town, Jan-Sep 2025 minus Jan-Sep 2024, all rows")
    Q(F, "What was our slowest response time ever, in minutes?", N(max(r["resp"] for r in C), "minutes"),
      "max Arrived - Call Received, completed jobs")
    Q(F, "How many of the completed jobs didn't need any parts?", N(sum(1 for r in C if r["parts"] == 0), "jobs"),
      "completed rows whose Parts is blank / n/a / - / 0")
    t3 = topn(Counter(r["town"] for r in R if r["rec"].year == 2025), 3, "top 3 towns 2025")
    Q(F, "What were our three busiest towns for call-outs in 2025 (all calls)?", {"labels": [[x] for x in t3]},
      "top 3 folded towns by calls received in 2025")
    lo = [r["tot"] for r in C if r["type"] == "lockout"]
    Q(F, "What's the average bill for a lockout? Leave out cancelled calls.", N(statistics.mean(lo), "$"),
      "mean Total, Job Type lockout, completed")


def main():
    alterations()
    eggs()
    netball()
    vineyard()
    locksmith()
    out = []
    for i, q in enumerate(QS, 1):
        out.append({"id": f"s26-{i:03d}", **q})
    for q in out:
        print(f"{q['id']}  {json.dumps(q['truth'], ensure_ascii=False)[:110]}\n        {q['question']}")
    counts = Counter(q["dataset"][0] for q in out)
    print(len(out), "questions", dict(counts))
    if "--print" not in sys.argv and "--debug" not in sys.argv:
        (HERE / "questions.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
