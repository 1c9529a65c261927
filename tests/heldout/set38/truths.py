#!/usr/bin/env python3
"""Held-out set 38: every question beside the code that computes its truth from data/*.csv.

    python3 tests/heldout/set38/truths.py            # writes questions.json (stops if a guard fails)
    python3 tests/heldout/set38/truths.py --print    # prints only, writes nothing
    python3 tests/heldout/set38/truths.py --debug    # also prints the ranking behind every "which"
    python3 tests/heldout/set38/truths.py --collect  # lists every failed guard instead of stopping at the first

Standard library only. Reading rules (each question's note says how it was read):

Money and quantities: currency sign, spaces, thousands commas and units ("pts", "km", "W", "dB", "kg",
"mins") stripped; a leading minus or plus is kept. A value that is not a number ("tbc", "?", "n/a", "-",
blank, "NR", "refunded", "home", "buyer paid", "in tin", "not counted") is left out of sums and averages,
never counted as 0, except where a rule below says it means 0.

Golf society: a round is completed when its Stableford cell holds a number; no-returns are rows whose Gross
is NR / N/R / nr; disqualifications are Stableford DQ / Disq; a day is rained off when its notes say
"rained off" / "washout" (those rows have no scores). An outing is one date. Members are the rows marked
M / Member / Mem (guests G / Guest / Visitor). A member's name variants ("Dave W", "D Walsh", "Walsh",
"dave walsh") are matched to the full name written elsewhere in the sheet. Green fees: only a number counts;
paid = Y / Yes / paid, owed = N / No / owes / not paid. Courses are matched on the integer value of Course
No ("01" / "1" / " 1"); a links course is one whose Type says "links", parkland one whose Type says "park".

Radio log: dates are yyyymmdd, yyyy-mm-dd or MM/DD/YYYY (US); the hour is the first two digits of the time
(HHMMSS, HHMM or HH:MM), UTC. Rows whose comment says "dupe" are left out of every count. Bands: "20M" /
"20 m" / "20mtrs" = 20m, "144MHz" = 2m. Modes: USB / LSB / ssb = SSB, ft8 / FT-8 = FT8. Countries are
grouped by spelling (Fed. Rep. of Germany = Germany, Holland = Netherlands, USA = United States, Czechia =
Czech Republic, Brasil = Brazil, Canary Is. = Canary Islands ...). A contact is confirmed when its QSL cell
is Y / Yes / LoTW / eQSL / Card / card rcvd. Stations are the callsign in upper case.

Resale sheet: status Sold / Sold! = sold; Listed / Active / For sale = still listed; Returned (- refunded)
= sold then returned (not a sale). Sale dates are dd/mm/yyyy or yyyy-mm-dd. Profit of a sale = sold for -
cost - postage I paid - fees; own clothes (cost "own" / "0") and "free" cost 0; postage "buyer paid" /
"collected" / blank and fees "none" / "-" / blank are 0. Days to sell = date sold - date listed.
Footwear = Boots / Shoes / Trainers; Jackets = Jacket / Coat; Tops = Top / Shirt / T-shirt; Knitwear =
Jumper / Cardigan. Where bought: charity shop = Charity shop / CS / Charity shop (Oxfam) / ... ; car boot
= Car boot / Boot sale / carboot; own = Own / own wardrobe / Mine / My wardrobe.

Repair cafe: a session is one date; fully fixed = Fixed / Repaired; an outcome is "written down" unless
blank or "?"; waiting for a part = Needs part / Part needed / Waiting for part. Time taken in minutes
("1h 10m" = "1 hr 10" = "70 minutes" = 70, "1.5 hrs" = 90, "half an hour" = 30, "an hour" = 60);
weights in kg ("800g" = 0.8). Donation "nothing" / "none" / "0" = 0; blank and "in tin" are not recorded.
Been before: Yes / Y = yes; No / N / First time / first visit = no; blank = not asked. Fixers by first name
(Mo = Mohammed Akhtar, Maggie = Margaret Ellis).

Service register: dates dd/mm/yyyy, d/m/yyyy or "Sun 7 Jan 2024"; a service was cancelled when its notes
say "cancel" or "no service" (no numbers); attendance "c.40" / "approx 40" / "~40" = 40, children "-" /
"none" / blank = 0; collections = Plate + Envelopes + Card, "nil" = 0, "not counted" / "-" / blank left out.
Churches by name (St Marys / St. Mary's ...), services by keyword (HC / Eucharist / Parish Communion = Holy
Communion, All Age / All-Age = Family Service, Christening = Baptism, Marriage = Wedding, Mattins = Morning
Prayer). Clergy by name (SM / Sarah / Rev Sarah = Revd Sarah Mills; Canon Peter = Peter Hale; Jim B = Jim
Bowen; Anne Lloyd).
"""

import csv
import json
import re
import sys
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
ARGS = set(sys.argv[1:])
DEBUG = "--debug" in ARGS
COLLECT = "--collect" in ARGS
FAILS = []
QUESTIONS = []
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def fail(msg):
    if COLLECT:
        FAILS.append(msg)
    else:
        sys.exit("guard failed: " + msg)


def dbg(*a):
    if DEBUG:
        print("   ", *a)


def read(name):
    with open(DATA / name, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    return rows[0], rows[1:]


def num(s):
    """A number from a cell, or None: strips £ $ commas spaces and trailing units."""
    t = (s or "").strip().replace(",", "").replace("£", "").replace("$", "")
    m = re.fullmatch(r"([+-]?\d+(?:\.\d+)?)\s*[a-zA-Z]*\.?", t)
    return float(m.group(1)) if m else None


def r6(x):
    x = round(x, 6)
    return int(x) if x == int(x) and abs(x) < 1e12 else x


def dedupe(xs):
    out = []
    for x in xs:
        if x not in out:
            out.append(x)
    return out


def ask(dataset, question, truth, note):
    qid = f"s38-{len(QUESTIONS) + 1:03d}"
    if "label" in truth:
        truth["label"] = dedupe(truth["label"])
    if "labels" in truth:
        truth["labels"] = [dedupe(x) for x in truth["labels"]]
    QUESTIONS.append({"dataset": dataset, "id": qid, "question": question, "truth": truth, "note": note})


def top(scores, what, low=False, margin=0.05, second=False):
    """The key with the highest (lowest) value; it must lead the next by more than margin; with second=True
    the runner-up must lead the third the same way. Returns key, or (key, runner-up)."""
    items = sorted(scores.items(), key=lambda kv: (kv[1], str(kv[0])), reverse=not low)
    dbg(what, [(k, round(v, 3)) for k, v in items[:6]])
    (k1, v1), (k2, v2) = items[0], items[1]
    if low:
        if not v2 > v1 * (1 + margin) + 1e-9:
            fail(f"{what}: lowest {k1}={v1} vs {k2}={v2}")
    elif not v1 > v2 * (1 + margin) + 1e-9:
        fail(f"{what}: top {k1}={v1} vs {k2}={v2}")
    if second:
        k3, v3 = items[2]
        if low:
            if not v3 > v2 * (1 + margin) + 1e-9:
                fail(f"{what}: second {k2}={v2} vs {k3}={v3}")
        elif not v2 > v3 * (1 + margin) + 1e-9:
            fail(f"{what}: second {k2}={v2} vs {k3}={v3}")
        return k1, k2
    return k1


def alone(values, what):
    vals = sorted(values, reverse=True)
    dbg(what, vals[:4])
    if len(vals) > 1 and vals[0] == vals[1]:
        fail(f"{what}: not alone ({vals[:3]})")


def positive(x, what):
    if not x > 0:
        fail(f"{what}: not positive ({x})")
    return x


def month_label(y, m):
    return [f"{MONTHS[m - 1]} {y}", f"{MONTHS[m - 1][:3]} {y}", f"{y}-{m:02d}"]


def day_label(d):
    mn = MONTHS[d.month - 1]
    sfx = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return [f"{d.day} {mn} {d.year}", f"{d.day} {mn[:3]} {d.year}", f"{mn} {d.day}, {d.year}", f"{mn[:3]} {d.day}, {d.year}",
            f"{d.day}{sfx} {mn} {d.year}", d.isoformat(), d.strftime("%d/%m/%Y"), f"{d.day}/{d.month}/{d.year}"]


def pct(a, b):
    return 100.0 * a / b


# ================================================================================================
# Golf society

def golf():
    _, rows = read("golf_rounds.csv")
    _, crs = read("golf_courses.csv")
    D = ["golf_rounds.csv"]
    J = ["golf_rounds.csv", "golf_courses.csv"]

    def pdate(s):
        d, m, y = s.strip().split("/")
        y = int(y)
        return date(y + 2000 if y < 100 else y, int(m), int(d))

    recs = []
    for r in rows:
        ds, cno, player, mg, hcp, gross, pts, twos, fee, paid, notes = r
        rec = {"d": pdate(ds), "course": int(cno.strip()), "mg": mg.strip().lower(),
               "raw": re.sub(r"\s*\(guest\)\s*$", "", player).strip(), "notes": notes.lower()}
        rec["member"] = rec["mg"] in ("m", "member", "mem")
        assert rec["member"] or rec["mg"] in ("g", "guest", "visitor"), mg
        rec["rained"] = "rained off" in rec["notes"] or "washout" in rec["notes"]
        m = re.fullmatch(r"(\d+)\s*(?:pts)?", pts.strip())
        rec["pts"] = int(m.group(1)) if m else None
        rec["nr"] = gross.strip().lower() in ("nr", "n/r")
        rec["dq"] = pts.strip().lower() in ("dq", "disq")
        rec["gross"] = int(gross) if gross.strip().isdigit() else None
        rec["twos"] = int(twos) if twos.strip().isdigit() else 0
        rec["fee"] = num(fee)
        p = paid.strip().lower()
        rec["paid"] = True if p in ("y", "yes", "paid") else False if p in ("n", "no", "owes", "not paid") else None
        rec["winner"] = bool(re.search(r"\b(winner|1st|won)\b", rec["notes"]))
        if rec["rained"]:
            assert rec["pts"] is None and rec["gross"] is None and not rec["nr"]
        recs.append(rec)

    # member names: full names are "First Last" with a surname longer than one letter
    fulls = sorted({" ".join(r["raw"].lower().split()) for r in recs if r["member"]
                    if len(" ".join(r["raw"].split()).split()) == 2 and len(r["raw"].split()[0]) > 1 and len(r["raw"].split()[1]) > 1})

    def canon(raw):
        t = " ".join(raw.lower().replace(".", "").split())
        if t in fulls:
            return t
        parts = t.split()
        if len(parts) == 2 and len(parts[1]) == 1:
            c = [f for f in fulls if f.split()[0] == parts[0] and f.split()[1][0] == parts[1]]
        elif len(parts) == 2 and len(parts[0]) == 1:
            c = [f for f in fulls if f.split()[1] == parts[1] and f[0] == parts[0]]
        elif len(parts) == 1:
            c = [f for f in fulls if f.split()[1] == parts[0]]
        else:
            c = []
        assert len(c) == 1, (raw, c)
        return c[0]

    for r in recs:
        r["who"] = canon(r["raw"]) if r["member"] else " ".join(r["raw"].lower().split())

    def title(n):
        return " ".join(w.capitalize() for w in n.split())

    def name_label(n):
        f, l = title(n).split()
        return [f"{f} {l}", f"{f} {l[0]}", f"{f[0]} {l}", f"{f[0]}. {l}"]

    played = [r for r in recs if not r["rained"]]
    done = [r for r in played if r["pts"] is not None]
    y = lambda rs, yr: [r for r in rs if r["d"].year == yr]

    # --- 1
    n = len(y(done, 2024))
    ask(D, "How many completed rounds did the society play in 2024? Count only cards with a Stableford score, not "
           "no-returns, disqualifications or rained-off days.", {"number": n, "unit": "rounds"},
        "Rows dated 2024 whose Stableford cell is a number (\"34\", \"34 pts\", \"34pts\").")
    # --- 2
    wins = Counter(r["who"] for r in y(played, 2025) if r["winner"])
    for d in sorted({r["d"] for r in done}):
        day = [r for r in done if r["d"] == d]
        best = max(r["pts"] for r in day)
        ws = [r for r in day if r["winner"]]
        assert len(ws) == 1 and ws[0]["pts"] == best and sum(1 for r in day if r["pts"] == best) == 1, d
    w = top(wins, "golf wins 2025")
    ask(D, "Who won the most of our outings in 2025?", {"label": name_label(w)},
        f"The winner of each 2025 outing is the row whose notes say Winner / 1st / Won (always the one highest "
        f"Stableford score of the day); counted per member, name variants joined. {title(w)} {wins[w]}.")
    # --- 3
    v = [r["pts"] for r in y(done, 2025) if r["member"]]
    ask(D, "What was the average Stableford score for members in 2025? Completed cards only.",
        {"number": r6(sum(v) / len(v)), "unit": "points"},
        f"Mean of the numeric Stableford scores of member rows (M / Member / member / Mem) dated 2025; {len(v)} cards; "
        f"guests, no-returns, disqualifications and rained-off rows left out.")
    # --- 4
    d24 = y(done, 2024)
    best = max(r["pts"] for r in d24)
    alone([r["pts"] for r in d24], "golf best 2024")
    who = [r for r in d24 if r["pts"] == best][0]
    assert who["member"]
    ask(D, "What was the best Stableford score of 2024, and who scored it?",
        {"number": best, "label": name_label(who["who"]), "unit": "points"},
        f"Highest numeric Stableford score among 2024 rows; one row has it ({title(who['who'])}, {who['d']}).")
    # --- 5
    n = len({r["who"] for r in y(done, 2025) if r["member"]})
    ask(D, "How many different members handed in at least one completed card in 2025?", {"number": n, "unit": "members"},
        "Distinct members (name variants like \"Dave W\" / \"D Walsh\" / \"Walsh\" / \"dave walsh\" matched to the full "
        "name) with a numeric Stableford score in a 2025 row.")
    # --- 6
    n = sum(1 for r in y(played, 2024) if not r["member"])
    ask(D, "How many times did guests play with us in 2024? Leave out rained-off days.", {"number": n, "unit": "rounds"},
        "Guest rows (G / Guest / guest / Visitor) dated 2024 whose notes do not say rained off / washout; no-returns "
        "and disqualifications count as a round played.")
    # --- 7
    owed = [r["fee"] for r in recs if r["paid"] is False]
    assert all(x is not None for x in owed)
    ask(D, "How much in green fees is still owed to the society?", {"number": r6(sum(owed)), "unit": "£"},
        f"Sum of Green fee over rows whose Paid cell is N / No / owes / not paid ({len(owed)} rows).")
    # --- 8
    v = [r["fee"] for r in y(recs, 2025) if r["paid"] is True]
    ask(D, "How much did we collect in green fees in 2025?", {"number": r6(sum(v)), "unit": "£"},
        f"Sum of Green fee over 2025 rows whose Paid cell is Y / Yes / paid ({len(v)} rows); home-course rows "
        f"(\"home\" / 0 / -) and refunded rained-off rows add nothing.")
    # --- 9
    n = sum(r["twos"] for r in played)
    assert not any(r["twos"] for r in recs if r["dq"] or r["nr"])
    ask(D, "How many twos were scored over the two seasons?", {"number": n, "unit": "twos"},
        "Sum of the Twos column (blank and \"-\" are none) over every row; disqualified cards carry none.")
    # --- 10
    g = defaultdict(list)
    for r in y(done, 2025):
        if r["member"]:
            g[r["who"]].append(r["gross"])
    avg = {k: sum(v) / len(v) for k, v in g.items() if len(v) >= 5}
    w = top(avg, "golf lowest gross 2025", low=True, margin=0.03)
    ask(D, "Among members with at least five completed cards in 2025, who had the lowest average gross score?",
        {"label": name_label(w)},
        f"Mean Gross over each member's 2025 rows with a numeric Stableford score; members with 5 or more such rows; "
        f"{title(w)} {avg[w]:.2f}, next {sorted(avg.values())[1]:.2f}.")
    # --- 11
    n = sum(1 for r in y(recs, 2024) if r["nr"])
    ask(D, "How many no-returns were there in 2024?", {"number": n, "unit": "cards"},
        "Rows dated 2024 whose Gross is NR / N/R / nr (disqualifications are not no-returns).")
    # --- 12
    a = [r["pts"] for r in y(done, 2024) if r["member"]]
    b = [r["pts"] for r in y(done, 2025) if r["member"]]
    diff = positive(sum(b) / len(b) - sum(a) / len(a), "golf avg up")
    ask(D, "How much higher was the members' average Stableford score in 2025 than in 2024?",
        {"number": r6(diff), "unit": "points"},
        f"Mean member Stableford score of completed 2025 cards ({sum(b) / len(b):.4f}) minus that of 2024 "
        f"({sum(a) / len(a):.4f}).")
    # --- 13
    n = len({r["d"] for r in recs if r["rained"]})
    ask(D, "How many of our outings were rained off?", {"number": n, "unit": "outings"},
        "Distinct dates whose rows' notes say rained off / washout.")
    # --- 14
    n36 = sum(1 for r in d24 if r["pts"] >= 36)
    ask(D, "What percentage of completed cards in 2024 scored 36 points or more?",
        {"number": r6(pct(n36, len(d24))), "unit": "%"},
        f"{n36} of the {len(d24)} rows dated 2024 with a numeric Stableford score have 36 or more (members and guests).")
    # --- 15
    mc = Counter((r["d"].year, r["d"].month) for r in y(played, 2024))
    k = top(mc, "golf month most players 2024")
    ask(D, "Which month of 2024 had the most players out on the course? Count everyone on days that were played, "
           "no-returns and disqualifications included.", {"label": month_label(*k)},
        f"Rows (members and guests) dated 2024 not rained off, by month: {MONTHS[k[1] - 1]} {mc[k]}.")
    # --- 16
    p25 = y(played, 2025)
    n_out = len({r["d"] for r in p25})
    ask(D, "On average, how many players turned out per outing in 2025, not counting rained-off days?",
        {"number": r6(len(p25) / n_out), "unit": "players"},
        f"{len(p25)} rows (members and guests, no-returns and disqualifications included) over {n_out} played dates in 2025.")
    # --- 17
    c = Counter(r["who"] for r in played if r["member"])
    w = top(c, "golf most rounds")
    assert w == top(Counter(r["who"] for r in done if r["member"]), "golf most completed rounds")
    ask(D, "Which member has played the most rounds with the society across both seasons? Rained-off days don't count.",
        {"label": name_label(w)},
        f"Member rows on played days (no-returns and disqualifications included), per member with name variants joined: "
        f"{title(w)} {c[w]}.")
    # --- 18
    n = sum(1 for r in recs if r["dq"])
    ask(D, "How many disqualifications have there been across both seasons?", {"number": n, "unit": "cards"},
        "Rows whose Stableford cell is DQ / Disq.")

    # ---- with the course list
    cinfo = {}
    for c_ in crs:
        no, name, town, county, typ, par, slope, rate, notes = c_
        cinfo[int(no)] = {"name": name, "county": county.strip().lower(), "type": typ.lower(),
                          "par": int(re.sub(r"\D", "", par))}
    assert all(r["course"] in cinfo for r in recs)
    outing = {}
    for r in played:
        outing.setdefault(r["d"], r["course"])
        assert outing[r["d"]] == r["course"]

    def course_label(no):
        n_ = cinfo[no]["name"]
        short = n_.replace(" Golf Club", "")
        return [n_, short] if short != n_ else [n_]

    # --- 19
    oc = Counter(outing.values())
    k = top(oc, "golf course most outings")
    k2 = top(Counter(r["course"] for r in played), "golf course most rows")
    assert k == k2
    ask(J, "Which course have we played most often? Count outings, not players, and leave out rained-off days.",
        {"label": course_label(k)},
        f"Distinct played dates per Course No (\"01\" / \"1\" / \" 1\" the same), named from the course list: "
        f"{cinfo[k]['name']} {oc[k]} outings (also the most rows).")
    # --- 20
    n = sum(1 for d, c_ in outing.items() if "links" in cinfo[c_]["type"])
    ask(J, "How many of our outings, not counting rained-off ones, were on links courses?", {"number": n, "unit": "outings"},
        "Played dates whose course's Type in the course list says links (Links / links / Links course).")
    # --- 21
    lk = [r["pts"] for r in done if "links" in cinfo[r["course"]]["type"]]
    pk = [r["pts"] for r in done if "park" in cinfo[r["course"]]["type"]]
    diff = positive(sum(pk) / len(pk) - sum(lk) / len(lk), "golf links lower")
    ask(J, "How much lower is our average Stableford score on links courses than on parkland courses? Use completed "
           "cards from members and guests.", {"number": r6(diff), "unit": "points"},
        f"Mean Stableford of completed cards at courses typed Parkland / parkland / Park ({len(pk)} cards, "
        f"{sum(pk) / len(pk):.4f}) minus the mean at Links courses ({len(lk)} cards, {sum(lk) / len(lk):.4f}); heathland "
        f"and moorland left out.")
    # --- 22
    cc = Counter(cinfo[c_]["county"] for c_ in outing.values())
    k = top(cc, "golf county")
    ask(J, "In which county have we played the most outings? Leave out rained-off days.", {"label": [k.title()]},
        f"Played dates per the course list's County (\"Cheshire\" / \"cheshire\" / \"Cheshire \" the same): {k} {cc[k]}.")
    # --- 23
    never = sorted(no for no in cinfo if no not in {r["course"] for r in recs})
    assert len(never) == 2
    ask(J, "Which courses on our list have we never played at?", {"labels": [course_label(no) for no in never]},
        "Course list entries whose Course No never appears in the results sheet (rained-off days included).")
    # --- 24
    g = defaultdict(list)
    for r in done:
        g[r["course"]].append(r["pts"])
    avg = {k: sum(v) / len(v) for k, v in g.items()}
    k = top(avg, "golf course lowest avg", low=True)
    ask(J, "Which course have we found hardest, going by the lowest average Stableford score of completed cards?",
        {"label": course_label(k)},
        f"Mean Stableford score per course over completed cards (members and guests): {cinfo[k]['name']} "
        f"{avg[k]:.3f}.")
    # --- 25
    v = [r["fee"] for r in played if cinfo[r["course"]]["county"] == "merseyside" and r["fee"] is not None]
    ask(J, "What did the green fees at Merseyside courses add up to over both seasons?", {"number": r6(sum(v)), "unit": "£"},
        f"Sum of the numeric Green fee of every row at courses whose County is Merseyside ({len(v)} rows), paid or owed.")


# ================================================================================================
# Radio log

C_ALIAS = {"fed. rep. of germany": "germany", "the netherlands": "netherlands", "holland": "netherlands",
           "usa": "united states", "u.s.a.": "united states", "united states of america": "united states",
           "czechia": "czech republic", "brasil": "brazil", "canary is.": "canary islands",
           "republic of ireland": "ireland", "rep. of south africa": "south africa"}


def radio():
    _, rows = read("radio_log.csv")
    D = ["radio_log.csv"]
    recs = []
    for r in rows:
        ds, ts, call, band, freq, mode, rs, rr, name, country, dist, power, qsl, comment = r
        ds = ds.strip()
        if re.fullmatch(r"\d{8}", ds):
            d = date(int(ds[:4]), int(ds[4:6]), int(ds[6:]))
        elif re.fullmatch(r"\d{4}-\d\d-\d\d", ds):
            d = date.fromisoformat(ds)
        else:
            mm, dd, yy = ds.split("/")
            d = date(int(yy), int(mm), int(dd))
        hour = int(ts.strip()[:2])
        b = band.strip().lower().replace(" ", "").replace("mtrs", "m")
        b = "2m" if b == "144mhz" else b
        assert re.fullmatch(r"\d+m", b), band
        mo = mode.strip().upper().replace("-", "")
        mo = "SSB" if mo in ("USB", "LSB") else mo
        cn = country.strip().lower()
        cn = C_ALIAS.get(cn, cn)
        rec = {"d": d, "hour": hour, "call": call.strip().upper(), "band": b, "mode": mo, "country": cn,
               "dist": num(dist.replace("km", "")), "power": num(re.sub(r"(?i)\s*w.*$", "", power.strip())),
               "conf": qsl.strip().lower() in ("y", "yes", "lotw", "eqsl", "card", "card rcvd"),
               "comment": comment.lower(), "dupe": bool(re.search(r"\bdupe\b", comment.lower()))}
        assert rec["power"] is not None, power
        if mo in ("FT8", "FT4"):
            rec["rr"] = num(rr.replace("dB", "").replace(" ", ""))
            assert rec["rr"] is not None, rr
        recs.append(rec)
    qs = [r for r in recs if not r["dupe"]]
    y = lambda rs, yr: [r for r in rs if r["d"].year == yr]
    q24 = y(qs, 2024)

    # --- 26
    ask(D, "How many contacts did I log in 2024? Leave out the rows marked as duplicates.", {"number": len(q24), "unit": "contacts"},
        "Rows dated 2024 (dates yyyymmdd, yyyy-mm-dd or US MM/DD/YYYY) whose comment does not say dupe.")
    # --- 27
    bc = Counter(r["band"] for r in q24)
    k = top(bc, "radio band 2024")
    ask(D, "Which band did I make the most contacts on in 2024?",
        {"label": [k, k.replace("m", " m"), k.replace("m", " metres"), k.replace("m", " meters"), k.replace("m", "-metre")]},
        f"2024 contacts (duplicates left out) per band, \"20M\" / \"20 m\" / \"20mtrs\" the same: {k} {bc[k]}.")
    # --- 28
    n = sum(1 for r in q24 if r["mode"] == "FT8")
    ask(D, "What percentage of my 2024 contacts were made on FT8, not counting the duplicates?", {"number": r6(pct(n, len(q24))), "unit": "%"},
        f"{n} of {len(q24)} 2024 contacts (duplicates left out) have mode FT8 / ft8 / FT-8 (FT4 is not FT8).")
    # --- 29
    n = len({r["country"] for r in q24})
    ask(D, "How many different countries did I work in 2024?", {"number": n, "unit": "countries"},
        "Distinct values of Country among 2024 contacts, spellings grouped (Fed. Rep. of Germany = Germany, Holland = "
        "The Netherlands = Netherlands, USA = U.S.A. = United States, Czechia = Czech Republic, Canary Is. = Canary "
        "Islands, case ignored); England, Scotland and Wales count separately, as written.")
    # --- 30
    wd = [r for r in qs if r["dist"] is not None]
    far = max(wd, key=lambda r: r["dist"])
    alone([r["dist"] for r in wd], "radio longest")
    ask(D, "What was my longest-distance contact, and how far was it?",
        {"number": r6(far["dist"]), "label": [far["call"]], "unit": "km"},
        f"Largest Distance (\"1,234\" / \"1234 km\" read as numbers): {far['call']} on {far['d']}.")
    # --- 31
    mc = Counter((r["d"].year, r["d"].month) for r in qs)
    k = top(mc, "radio month")
    ask(D, "Which month did I make the most contacts in?", {"label": month_label(*k)},
        f"Contacts (duplicates left out) per calendar month, January 2024 - June 2025: {MONTHS[k[1] - 1]} {k[0]} {mc[k]}.")
    # --- 32
    v = [r["dist"] for r in qs if r["mode"] == "CW" and r["dist"] is not None]
    ask(D, "What's the average distance of my CW contacts, where a distance is logged? Leave out the duplicates.", {"number": r6(sum(v) / len(v)), "unit": "km"},
        f"Mean Distance of {len(v)} CW / cw contacts (duplicates left out) with a distance.")
    # --- 33
    n = sum(1 for r in qs if r["conf"])
    ask(D, "How many of my contacts have been confirmed with a QSL, whether by card, LoTW or eQSL?", {"number": n, "unit": "contacts"},
        "Contacts (duplicates left out) whose QSL Rcvd is Y / y / Yes / LoTW / LOTW / eQSL / Card / card rcvd; "
        "blank, N, No and \"requested\" are not confirmed.")
    # --- 34
    n = sum(1 for r in q24 if r["conf"])
    ask(D, "What percentage of my 2024 contacts have been confirmed? Don't count the rows marked as duplicates.", {"number": r6(pct(n, len(q24))), "unit": "%"},
        f"{n} of {len(q24)} 2024 contacts (duplicates left out) confirmed, as in the previous rule.")
    # --- 35
    n = sum(1 for r in qs if "pota" in r["comment"] or "park" in r["comment"])
    ask(D, "How many contacts did I make during my park activations (POTA)?", {"number": n, "unit": "contacts"},
        "Contacts whose comment mentions POTA / pota / Park activation.")
    # --- 36
    cc = Counter(r["call"] for r in qs)
    base = Counter(c.split("/")[0] for c in cc)
    assert all(v == 1 for v in base.values())  # a /P call never also appears without it
    n = sum(1 for v in cc.values() if v > 1)
    ask(D, "How many different stations have I worked more than once? A row marked as a duplicate isn't a second contact.", {"number": n, "unit": "stations"},
        "Callsigns (upper-cased; lower-case entries joined) on two or more contacts, duplicates left out; no callsign "
        "appears both with and without /P.")
    # --- 37
    v = [r["rr"] for r in y(qs, 2025) if r["mode"] == "FT8"]
    ask(D, "What was the average signal report I received on FT8 in 2025, in dB? Leave out the duplicates.", {"number": r6(sum(v) / len(v)), "unit": "dB"},
        f"Mean of RST Rcvd (\"-12\", \"+03\", \"-12 dB\", \"5dB\") over {len(v)} FT8 contacts dated 2025, duplicates left out; "
        f"negative.")
    # --- 38
    cc = Counter(r["country"] for r in q24 if r["country"] != "england")
    k = top(cc, "radio country not England 2024")
    ask(D, "Apart from England, which country did I make the most contacts with in 2024?", {"label": [k.title()]},
        f"2024 contacts per grouped country, England left out: {k} {cc[k]}.")
    # --- 39
    n = sum(1 for r in qs if r["band"] == "2m")
    ask(D, "How many contacts have I made on 2 metres, not counting duplicates?", {"number": n, "unit": "contacts"},
        "Contacts (duplicates left out) whose band is 2m / 2M / 2 m / 2mtrs / 144MHz.")
    # --- 40
    a = sum(1 for r in q24 if r["d"].month <= 6)
    b = sum(1 for r in y(qs, 2025) if r["d"].month <= 6)
    ask(D, "How many more contacts did I make in January to June 2025 than in January to June 2024? Leave out the duplicates.",
        {"number": positive(b - a, "radio h1 growth"), "unit": "contacts"},
        f"Contacts January-June 2025 ({b}) minus January-June 2024 ({a}), duplicates left out.")
    # --- 41
    hc = Counter(r["hour"] for r in qs)
    k = top(hc, "radio hour")
    ask(D, "At what hour of the day (UTC) do I make the most contacts?",
        {"label": [f"{k:02d}:00", f"{k:02d}00", f"{k % 12 or 12}pm" if k >= 12 else f"{k}am",
                   f"{k % 12 or 12} pm" if k >= 12 else f"{k} am", f"{k:02d}:00-{k:02d}:59", f"{k:02d}h", f"{k}:00"]},
        f"Contacts (duplicates left out) by the hour of Time On (first two digits of HHMMSS / HHMM / HH:MM): {k:02d}:00 {hc[k]}.")
    # --- 42
    n = sum(1 for r in qs if r["country"] == "japan")
    ask(D, "How many contacts have I had with Japan?", {"number": n, "unit": "contacts"},
        "Contacts whose country is Japan / JAPAN / japan, duplicates left out.")
    # --- 43
    n = sum(1 for r in qs if r["power"] <= 10)
    ask(D, "How many contacts did I make running 10 watts or less, not counting duplicates?", {"number": n, "unit": "contacts"},
        "Contacts whose Power (\"10\", \"10W\", \"5 W\", \"5W QRP\") is 10 or less, duplicates left out.")
    # --- 44
    g = defaultdict(list)
    for r in qs:
        if r["dist"] is not None:
            g[r["mode"]].append(r["dist"])
    avg = {k: sum(v) / len(v) for k, v in g.items()}
    k = top(avg, "radio mode distance")
    ask(D, "Which mode gets me the longest contacts on average, where a distance is logged?", {"label": [k]},
        f"Mean Distance per mode (USB / LSB / ssb = SSB), duplicates left out: {k} {avg[k]:.1f} km.")
    # --- 45
    dc = Counter(r["d"] for r in qs)
    k = top(dc, "radio busiest day")
    assert not any(r["dupe"] and r["d"] == k for r in recs)
    ask(D, "On which day did I make the most contacts, and how many?", {"label": day_label(k), "number": dc[k], "unit": "contacts"},
        f"Contacts per date, duplicates left out (none is marked on that day): {k} {dc[k]}.")
    # --- 46
    n = sum(1 for r in qs if r["dist"] is None)
    ask(D, "How many contacts have no distance logged? Leave out the rows marked as duplicates.", {"number": n, "unit": "contacts"},
        "Contacts (duplicates left out) whose Distance is blank.")


# ================================================================================================
# Resale sheet

BRAND = {"levi's": "Levi's", "levis": "Levi's", "barbour": "Barbour", "ralph lauren": "Ralph Lauren",
         "polo ralph lauren": "Ralph Lauren", "rl": "Ralph Lauren", "the north face": "The North Face",
         "north face": "The North Face", "tnf": "The North Face", "patagonia": "Patagonia", "carhartt": "Carhartt",
         "carhart": "Carhartt", "dr martens": "Dr Martens", "doc martens": "Dr Martens", "dr. martens": "Dr Martens",
         "dms": "Dr Martens", "whistles": "Whistles", "boden": "Boden", "hobbs": "Hobbs", "jigsaw": "Jigsaw",
         "zara": "Zara", "m&s": "M&S", "marks & spencer": "M&S", "marks and spencer": "M&S", "m & s": "M&S",
         "nike": "Nike", "seasalt": "Seasalt", "seasalt cornwall": "Seasalt", "burberry": "Burberry"}
CAT = {"jeans": "jeans", "jacket": "jackets", "jackets": "jackets", "coat": "jackets", "top": "tops", "tops": "tops",
       "shirt": "tops", "t-shirt": "tops", "knitwear": "knitwear", "jumper": "knitwear", "cardigan": "knitwear",
       "dress": "dresses", "dresses": "dresses", "boots": "footwear", "shoes": "footwear", "trainers": "footwear",
       "trousers": "trousers"}
SRC = {"charity shop": "charity", "cs": "charity", "charity shop (oxfam)": "charity", "charity shop - bhf": "charity",
       "charity": "charity", "car boot": "carboot", "car boot sale": "carboot", "boot sale": "carboot",
       "carboot": "carboot", "own": "own", "own wardrobe": "own", "mine": "own", "my wardrobe": "own",
       "ebay": "ebay", "jumble sale": "jumble", "jumble": "jumble", "tk maxx clearance": "clearance",
       "sale rail": "clearance"}
PLAT = {"vinted": "Vinted", "ebay": "eBay", "depop": "Depop", "fb marketplace": "Facebook Marketplace",
        "facebook": "Facebook Marketplace", "fb": "Facebook Marketplace"}
STATUS = {"sold": "sold", "sold!": "sold", "listed": "listed", "active": "listed", "for sale": "listed",
          "to list": "tolist", "not listed yet": "tolist", "returned": "returned", "returned - refunded": "returned",
          "donated": "donated", "gave to charity": "donated", "kept": "kept", "keeping it!": "kept"}
PLAT_LABEL = {"Vinted": ["Vinted"], "eBay": ["eBay"], "Depop": ["Depop"],
              "Facebook Marketplace": ["Facebook Marketplace", "Facebook", "FB Marketplace"]}


def resale():
    _, rows = read("resale_sheet.csv")
    D = ["resale_sheet.csv"]

    def pd(s):
        s = s.strip()
        if not s:
            return None
        if "-" in s:
            return date.fromisoformat(s)
        d, m, y = s.split("/")
        return date(int(y), int(m), int(d))

    recs = []
    for r in rows:
        item, brand, cat, size, src, bought, cost, plat, listed, sold, price, post, fees, status, notes = r
        rec = {"brand": BRAND[brand.strip().lower()], "cat": CAT[cat.strip().lower()], "src": SRC[src.strip().lower()],
               "bought": pd(bought), "listed": pd(listed), "sold": pd(sold), "price": num(price),
               "plat": PLAT[plat.strip().lower()] if plat.strip() else None, "status": STATUS[status.strip().lower()]}
        c = cost.strip().lower()
        rec["cost"] = 0.0 if c in ("own", "free") else num(cost)
        rec["post"] = num(post) or 0.0
        rec["fees"] = num(fees) or 0.0
        if rec["status"] in ("sold", "returned"):
            assert rec["sold"] and rec["price"] is not None and rec["cost"] is not None and rec["listed"]
            rec["days"] = (rec["sold"] - rec["listed"]).days
            rec["profit"] = rec["price"] - rec["cost"] - rec["post"] - rec["fees"]
        recs.append(rec)
    sold = [r for r in recs if r["status"] == "sold"]
    s24 = [r for r in sold if r["sold"].year == 2024]

    def brand_label(b):
        return {"Levi's": ["Levi's", "Levis"], "The North Face": ["The North Face", "North Face"],
                "Dr Martens": ["Dr Martens", "Doc Martens", "Dr. Martens"], "M&S": ["M&S", "Marks & Spencer", "Marks and Spencer"],
                "Ralph Lauren": ["Ralph Lauren"]}.get(b, [b])

    # --- 47
    ask(D, "How many items did I sell in 2024? Don't count ones that were sent back.", {"number": len(s24), "unit": "items"},
        "Rows with status Sold / sold / SOLD / Sold! whose Date sold (dd/mm/yyyy or yyyy-mm-dd) is in 2024; Returned rows left out.")
    # --- 48
    ask(D, "How much money did my sales bring in during 2024? Use the sale prices and leave out anything that was returned.",
        {"number": r6(sum(r["price"] for r in s24)), "unit": "£"},
        "Sum of Sold for over the rows of the previous question.")
    # --- 49
    ask(D, "What profit did I make on the items I sold in 2024, after taking off what I paid for each one, the postage I "
           "paid and the platform fees? My own clothes count as costing nothing.",
        {"number": r6(sum(r["profit"] for r in s24)), "unit": "£"},
        "Over sold (not returned) rows sold in 2024: Sold for - Cost - Postage - Fees; Cost own / 0 / free = 0; postage "
        "\"buyer paid\" / \"buyer pays\" / \"collected\" / blank = 0; fees none / - / blank = 0.")
    # --- 50
    pc = defaultdict(float)
    for r in sold:
        pc[r["plat"]] += r["price"]
    k1, k2 = top(pc, "resale platform money", second=True)
    ask(D, "Which platform has brought in the most money from sales, and which is second?",
        {"label": PLAT_LABEL[k1], "labels": [PLAT_LABEL[k2]]},
        f"Sum of Sold for over sold (not returned) rows per platform (Vinted / vinted / VINTED ..., FB / Facebook / FB "
        f"Marketplace the same): {k1} £{pc[k1]:.2f}, {k2} £{pc[k2]:.2f}.")
    # --- 51
    v = [r["days"] for r in sold if r["plat"] == "Vinted"]
    ask(D, "On average, how many days does it take to sell something on Vinted, from listing it to the sale? Leave out items that were returned.",
        {"number": r6(sum(v) / len(v)), "unit": "days"},
        f"Mean of Date sold - Date listed over {len(v)} sold (not returned) Vinted rows.")
    # --- 52
    bp = defaultdict(float)
    for r in sold:
        bp[r["brand"]] += r["profit"]
    k = top(bp, "resale brand profit")
    ask(D, "Which brand has made me the most profit overall?", {"label": brand_label(k)},
        f"Profit (as in the 2024 profit question) summed per brand over every sold, not returned, row; brand spellings "
        f"grouped (Levis / LEVIS, North Face / TNF, Doc Martens / DMs, Marks & Spencer, Polo Ralph Lauren / RL ...): "
        f"{k} £{bp[k]:.2f}.")
    # --- 53
    n = sum(1 for r in recs if r["status"] == "listed")
    ask(D, "How many items are still listed for sale?", {"number": n, "unit": "items"},
        "Rows with status Listed / listed / Active / For sale (not \"To list\", which are not listed yet).")
    # --- 54
    v = [r["cost"] for r in recs if r["bought"].year == 2024 and r["cost"] is not None]
    ask(D, "How much did I spend buying stock in 2024?", {"number": r6(sum(v)), "unit": "£"},
        "Sum of Cost over rows with Date bought in 2024, whatever happened to them; own clothes and free items 0; "
        "cost \"?\" left out.")
    # --- 55
    b24 = [r for r in recs if r["bought"].year == 2024]
    n = sum(1 for r in b24 if r["status"] == "sold")
    ask(D, "Of the items I bought in 2024, what percentage have sold? Returned items don't count as sold.",
        {"number": r6(pct(n, len(b24))), "unit": "%"},
        f"{n} of the {len(b24)} rows with Date bought in 2024 have status sold.")
    # --- 56
    g = defaultdict(list)
    for r in sold:
        g[r["cat"]].append(r["days"])
    avg = {k: sum(v) / len(v) for k, v in g.items()}
    k = top(avg, "resale fastest category", low=True)
    lab = {"jeans": ["jeans"], "footwear": ["footwear", "shoes"], "jackets": ["jackets", "jacket", "coats"],
           "knitwear": ["knitwear"], "tops": ["tops"], "dresses": ["dresses"], "trousers": ["trousers"]}[k]
    ask(D, "Which kind of clothing sells fastest on average, from listing to sale? Count shoes, boots and trainers "
           "together as footwear.", {"label": lab},
        f"Mean days from Date listed to Date sold over sold rows per grouped category (Jacket / Coat = jackets, Top / "
        f"Shirt / T-shirt = tops, Jumper / Cardigan = knitwear, Dress = dresses): {k} {avg[k]:.2f} days.")
    # --- 57
    ret = [r for r in recs if r["status"] == "returned"]
    ask(D, "How many items have been returned to me, and how much had they sold for in total?",
        {"numbers": [len(ret), r6(sum(r["price"] for r in ret))], "unit": ""},
        "Rows with status Returned / Returned - refunded: their count and the sum of their Sold for.")
    # --- 58
    e = [r["price"] for r in sold if r["plat"] == "eBay"]
    vv = [r["price"] for r in sold if r["plat"] == "Vinted"]
    diff = positive(sum(e) / len(e) - sum(vv) / len(vv), "resale ebay higher")
    ask(D, "How much higher is my average sale price on eBay than on Vinted, not counting returned items?", {"number": r6(diff), "unit": "£"},
        f"Mean Sold for of sold eBay rows ({len(e)}) minus that of sold Vinted rows ({len(vv)}).")
    # --- 59
    best = max(sold, key=lambda r: r["price"])
    alone([r["price"] for r in sold], "resale top price")
    ask(D, "What's the most I've sold a single item for, and what brand was it?",
        {"number": r6(best["price"]), "label": brand_label(best["brand"]), "unit": "£"},
        f"Highest Sold for among sold (not returned) rows; one row has it ({best['brand']}, sold {best['sold']}).")
    # --- 60
    mc = Counter((r["sold"].year, r["sold"].month) for r in sold)
    k = top(mc, "resale month sales")
    ask(D, "Which month did I sell the most items in?", {"label": month_label(*k)},
        f"Sold (not returned) rows per month of Date sold: {MONTHS[k[1] - 1]} {k[0]} {mc[k]}.")
    # --- 61
    n = sum(1 for r in recs if r["src"] == "carboot")
    ask(D, "How many of the items on my sheet did I buy at car boot sales?", {"number": n, "unit": "items"},
        "Rows whose Where bought is Car boot / car boot / Car boot sale / Boot sale / carboot.")
    # --- 62
    v = [r["profit"] for r in sold if r["src"] == "charity"]
    ask(D, "What is my average profit per item sold, for things I bought in charity shops? Leave out returned items.", {"number": r6(sum(v) / len(v)), "unit": "£"},
        f"Mean profit (as above) over {len(v)} sold rows whose Where bought is Charity shop / charity shop / CS / Charity "
        f"shop (Oxfam) / Charity Shop - BHF / charity.")
    # --- 63
    n = sum(1 for r in sold if r["days"] > 60)
    assert not any(r["days"] == 60 for r in sold)
    ask(D, "How many items took more than 60 days to sell after I listed them? Don't count items that were returned.", {"number": n, "unit": "items"},
        "Sold (not returned) rows with Date sold - Date listed over 60 days; none is exactly 60.")
    # --- 64
    ask(D, "How much did I pay in platform fees on the items I sold in 2024? Leave out items that were returned.", {"number": r6(sum(r["fees"] for r in s24)), "unit": "£"},
        "Sum of Fees over sold (not returned) rows sold in 2024.")
    # --- 65
    n = sum(1 for r in sold if r["src"] == "own")
    ask(D, "How many of my own clothes have I sold, not counting any that came back?", {"number": n, "unit": "items"},
        "Sold (not returned) rows whose Where bought is Own / own wardrobe / Mine / My wardrobe.")
    # --- 66
    a = sum(1 for r in sold if r["sold"].year == 2024 and r["sold"].month <= 6)
    b = sum(1 for r in sold if r["sold"].year == 2025 and r["sold"].month <= 6)
    ask(D, "How many more items did I sell in January to June 2025 than in January to June 2024? Returned items don't count as sales.",
        {"number": positive(b - a, "resale h1"), "unit": "items"},
        f"Sold (not returned) rows with Date sold in January-June 2025 ({b}) minus January-June 2024 ({a}).")
    # --- 67
    v = [r["post"] for r in recs if r["status"] in ("sold", "returned") and r["plat"] == "eBay"]
    ask(D, "How much postage have I paid on things I sold on eBay, including ones that were later returned?",
        {"number": r6(sum(v)), "unit": "£"},
        "Sum of Postage amounts over eBay rows with status sold or returned; \"buyer paid\" / \"buyer pays\" / blank add nothing.")


# ================================================================================================
# Repair cafe

RC_CAT = {"electrical": "Electrical", "electricals": "Electrical", "elec": "Electrical", "textiles": "Textiles",
          "sewing": "Textiles", "clothing": "Textiles", "bikes": "Bikes", "bike": "Bikes", "bicycle": "Bikes",
          "furniture": "Furniture", "woodwork": "Furniture", "computers": "Computers", "it": "Computers",
          "laptop/pc": "Computers", "jewellery": "Jewellery", "jewelry": "Jewellery", "toys": "Toys",
          "sharpening": "Sharpening", "knife sharpening": "Sharpening", "knives": "Sharpening"}
RC_OUT = {"fixed": "fixed", "repaired": "fixed", "partly fixed": "partial", "partial": "partial",
          "part fixed": "partial", "needs part": "part", "part needed - come back": "part", "waiting for part": "part",
          "advice given": "advice", "advice only": "advice", "not fixed": "notfixed", "not repairable": "notfixed",
          "beyond repair": "notfixed", "ber": "notfixed", "": None, "?": None}
RC_FIXER = {"dave": "Dave Price", "mohammed": "Mohammed Akhtar", "mo": "Mohammed Akhtar", "ken": "Ken Holt",
            "lin": "Lin Zhou", "sue": "Sue Barker", "margaret": "Margaret Ellis", "maggie": "Margaret Ellis",
            "priya": "Priya Nair", "tom": "Tom Reilly", "jake": "Jake Moss", "colin": "Colin Ward", "raj": "Raj Mehta"}


def minutes(s):
    t = s.strip().lower()
    if t in ("", "?"):
        return None
    if t == "half an hour":
        return 30
    if t == "an hour":
        return 60
    m = re.fullmatch(r"(\d+(?:\.\d+)?)\s*(?:hrs?|h)", t)
    if m:
        return float(m.group(1)) * 60
    m = re.fullmatch(r"(\d+)\s*(?:hrs?|h)\s*(\d+)\s*(?:m|min|mins)?", t)
    if m:
        return int(m.group(1)) * 60 + int(m.group(2))
    m = re.fullmatch(r"(\d+)\s*(?:m|min|mins|minutes)?", t)
    if m:
        return int(m.group(1))
    raise ValueError(s)


def repair():
    _, rows = read("repair_cafe.csv")
    D = ["repair_cafe.csv"]

    def pd(s):
        s = s.strip()
        m = re.fullmatch(r"(\d+) (\w{3}) (\d{4})", s)
        if m:
            return date(int(m.group(3)), [x[:3] for x in MONTHS].index(m.group(2)) + 1, int(m.group(1)))
        d, mo, y = s.split("/")
        y = int(y)
        return date(y + 2000 if y < 100 else y, int(mo), int(d))

    recs = []
    for r in rows:
        ds, no, item, cat, make, prob, fixer, outcome, tt, wt, don, been, notes = r
        w = wt.strip().lower()
        if w.endswith("g") and not w.endswith("kg"):
            kg = float(w[:-1]) / 1000
        else:
            kg = num(w.replace("kg", ""))
        dn = don.strip().lower()
        rec = {"d": pd(ds), "item": item.lower(), "cat": RC_CAT[cat.strip().lower()], "out": RC_OUT[outcome.strip().lower()],
               "fixer": RC_FIXER[fixer.strip().lower().split()[0]], "min": minutes(tt), "kg": kg,
               "don": 0.0 if dn in ("nothing", "none") else num(don),
               "been": True if been.strip().lower() in ("yes", "y") else False if been.strip().lower() in ("no", "n", "first time", "first visit") else None}
        assert been.strip() == "" or rec["been"] is not None
        recs.append(rec)
    y = lambda rs, yr: [r for r in rs if r["d"].year == yr]
    r24 = y(recs, 2024)
    fixed = [r for r in recs if r["out"] == "fixed"]

    # --- 68
    ask(D, "How many items were brought to the repair café in 2024?", {"number": len(r24), "unit": "items"},
        "Rows dated 2024 (dd/mm/yyyy, \"13 Jan 2024\" or d/m/yy), pop-up sessions included.")
    # --- 69
    known = [r for r in r24 if r["out"]]
    n = sum(1 for r in known if r["out"] == "fixed")
    ask(D, "Of the items brought in during 2024 whose outcome was written down, what percentage were fully fixed?",
        {"number": r6(pct(n, len(known))), "unit": "%"},
        f"{n} of {len(known)} 2024 rows with an outcome (not blank or \"?\") are Fixed / fixed / FIXED / Repaired; partly "
        f"fixed, needs part, advice and not fixed are not fully fixed.")
    # --- 70
    g = defaultdict(lambda: [0, 0])
    for r in recs:
        if r["out"]:
            g[r["cat"]][1] += 1
            g[r["cat"]][0] += r["out"] == "fixed"
    rate = {k: a / b for k, (a, b) in g.items()}
    k = top(rate, "repair lowest fix rate", low=True)
    ask(D, "Which category of item has the lowest fix rate, counting only fully fixed items out of those with an "
           "outcome written down?", {"label": [k] + (["computer", "laptops"] if k == "Computers" else [])},
        f"Per grouped category (Electrical / Elec / Electricals; Sewing / Clothing = Textiles; IT / Laptop/PC = Computers; "
        f"Knives / Knife sharpening = Sharpening ...): fully fixed / rows with an outcome, all sessions. {k} {rate[k]:.3f}.")
    # --- 71
    fc = Counter(r["fixer"] for r in fixed)
    k1, k2 = top(fc, "repair fixer most fixed", second=True)

    def fl(n_):
        f, l = n_.split()
        return [n_, f"{f} {l[0]}"] + (["Mo Akhtar"] if f == "Mohammed" else []) + (["Maggie Ellis"] if f == "Margaret" else [])
    ask(D, "Which volunteer has fully fixed the most items, and who is second?", {"label": fl(k1), "labels": [fl(k2)]},
        f"Fully fixed rows per fixer, name variants joined by first name (Dave / Dave P / dave = Dave Price; Mo / Mo Akhtar "
        f"= Mohammed Akhtar; Maggie Ellis / Margaret = Margaret Ellis ...): {k1} {fc[k1]}, {k2} {fc[k2]}.")
    # --- 72
    v = [r["min"] for r in r24 if r["min"] is not None]
    ask(D, "How many hours did our fixers spend on repairs in 2024, going by the time written against each item?",
        {"number": r6(sum(v) / 60), "unit": "hours"},
        f"Sum of Time taken over {len(v)} 2024 rows with a time, in minutes (\"1h 10m\" = \"1 hr 10\" = 70, \"1.5 hrs\" = 90, "
        f"\"half an hour\" = 30, \"an hour\" = 60, \"20\" = 20 minutes), divided by 60; \"?\" and blank left out.")
    # --- 73
    v = [r["min"] for r in recs if r["cat"] == "Bikes" and r["min"] is not None]
    ask(D, "How long does a bike repair take on average, in minutes?", {"number": r6(sum(v) / len(v)), "unit": "minutes"},
        f"Mean Time taken over {len(v)} rows in category Bikes / Bike / Bicycle with a time, any outcome.")
    # --- 74
    v = [r["don"] for r in r24 if r["don"] is not None]
    ask(D, "How much in donations was written down against items in 2024?", {"number": r6(sum(v)), "unit": "£"},
        "Sum of the Donation amounts of 2024 rows (\"£5\", \"5.00\"); \"nothing\" / \"none\" / 0 add nothing; \"in tin\" "
        "and blank are not amounts.")
    # --- 75
    v = [r["kg"] for r in fixed if r["kg"] is not None]
    ask(D, "What is the total weight of the items we fully fixed, in kilograms?", {"number": r6(sum(v)), "unit": "kg"},
        f"Sum of Weight over {len(v)} fully fixed rows with a weight (\"1.2 kg\" / \"1.2kg\" / \"1.2\" kg, \"800g\" = 0.8 kg); "
        f"\"?\" and blank left out.")
    # --- 76
    sc = Counter(r["d"] for r in recs)
    k = top(sc, "repair busiest session")
    ask(D, "Which session had the most items brought in, and how many?", {"label": day_label(k), "number": sc[k], "unit": "items"},
        f"Rows per date: {k} {sc[k]}.")
    # --- 77
    n = sum(1 for r in recs if r["out"] == "part")
    ask(D, "How many items were left waiting for a spare part?", {"number": n, "unit": "items"},
        "Rows whose Outcome is Needs part / Part needed - come back / Waiting for part.")
    # --- 78
    n = len({r["d"] for r in r24})
    ask(D, "How many repair café sessions were there in 2024?", {"number": n, "unit": "sessions"},
        "Distinct dates in 2024, pop-up sessions included.")
    # --- 79
    v = [r["don"] for r in recs if r["don"] is not None]
    ask(D, "What was the average donation per item, counting \"nothing\" and £0 as zero but leaving out items with no "
           "amount written (blank or \"in tin\")?", {"number": r6(sum(v) / len(v)), "unit": "£"},
        f"Mean over {len(v)} rows, all sessions: amounts as written, nothing / none / 0 = 0.")
    # --- 80
    k25 = [r for r in y(recs, 2025) if r["been"] is not None]
    n = sum(1 for r in k25 if r["been"])
    ask(D, "What share of the items brought in 2025 came from people who had been before? Only count items where the "
           "answer was written down.", {"number": r6(pct(n, len(k25))), "unit": "%"},
        f"{n} of {len(k25)} 2025 rows with an answer in Been before? say Yes / Y / yes; No / N / First time / first visit "
        f"are no; blank left out.")
    # --- 81
    cc = Counter(r["cat"] for r in recs)
    k1, k2 = top(cc, "repair category count", second=True)
    ask(D, "What kind of item gets brought in most often, and what's the next most common?",
        {"label": [k1] + (["Electricals"] if k1 == "Electrical" else []), "labels": [[k2] + (["Sewing"] if k2 == "Textiles" else [])]},
        f"Rows per grouped category: {k1} {cc[k1]}, {k2} {cc[k2]}.")
    # --- 82
    n = sum(1 for r in recs if "kettle" in r["item"])
    ask(D, "How many kettles have been brought in?", {"number": n, "unit": "items"},
        "Rows whose Item contains \"kettle\" in any case (Kettle, Electric kettle, Kettle (Breville), KETTLE).")
    # --- 83
    a = sum(1 for r in fixed if r["d"].year == 2024 and r["d"].month <= 6)
    b = sum(1 for r in fixed if r["d"].year == 2025 and r["d"].month <= 6)
    ask(D, "How many more items were fully fixed in January to June 2025 than in January to June 2024?",
        {"number": positive(b - a, "repair h1"), "unit": "items"},
        f"Fully fixed rows January-June 2025 ({b}) minus January-June 2024 ({a}), pop-ups included.")
    # --- 84
    mc = Counter((r["d"].year, r["d"].month) for r in fixed if r["d"].year == 2024)
    k = top(mc, "repair month fixed 2024")
    ask(D, "Which month of 2024 saw the most items fully fixed?", {"label": month_label(*k)},
        f"Fully fixed 2024 rows per month: {MONTHS[k[1] - 1]} {mc[k]}.")
    # --- 85
    n = sum(1 for r in recs if r["min"] is not None and r["min"] > 60)
    ask(D, "How many repairs took more than an hour? Exactly an hour doesn't count.", {"number": n, "unit": "items"},
        "Rows whose Time taken in minutes is over 60 (\"1 hr\" / \"60 mins\" / \"an hour\" / \"1h\" are 60 and do not count).")
    # --- 86
    tc = defaultdict(float)
    for r in recs:
        if r["min"] is not None:
            tc[r["fixer"]] += r["min"]
    k = top(tc, "repair fixer time")
    ask(D, "Which volunteer has spent the most time on repairs in total?", {"label": fl(k)},
        f"Sum of Time taken in minutes per fixer (name variants joined), all sessions: {k} {tc[k]:.0f} minutes.")
    # --- 87
    n = sum(1 for r in recs if r["out"] is None)
    ask(D, "How many items have no outcome written down?", {"number": n, "unit": "items"},
        "Rows whose Outcome is blank or \"?\".")
    # --- 88
    v = [r["kg"] for r in recs if r["cat"] == "Electrical" and r["kg"] is not None]
    ask(D, "What is the average weight of an electrical item brought in, in kg?", {"number": r6(sum(v) / len(v)), "unit": "kg"},
        f"Mean Weight over {len(v)} Electrical / electrical / Electricals / Elec rows with a weight (grams converted).")


# ================================================================================================
# Service register

def church():
    _, rows = read("service_register.csv")
    D = ["service_register.csv"]

    def pd(s):
        s = s.strip()
        m = re.fullmatch(r"\w{3} (\d+) (\w{3}) (\d{4})", s)
        if m:
            return date(int(m.group(3)), [x[:3] for x in MONTHS].index(m.group(2)) + 1, int(m.group(1)))
        d, mo, y = s.split("/")
        return date(int(y), int(mo), int(d))

    def svc(s):
        t = s.lower()
        for key, val in (("christingle", "Christingle"), ("midnight", "Midnight"), ("carol", "Carols"),
                         ("communion", "HC"), ("eucharist", "HC"), ("evensong", "Evensong"), ("morning prayer", "MP"),
                         ("mattins", "MP"), ("family", "FS"), ("all age", "FS"), ("all-age", "FS"), ("wedding", "Wedding"),
                         ("marriage", "Wedding"), ("funeral", "Funeral"), ("baptism", "Baptism"), ("christening", "Baptism"),
                         ("remembrance", "Remembrance"), ("harvest", "Harvest")):
            if key in t:
                return val
        if t.strip() == "hc":
            return "HC"
        if t.strip() == "mp":
            return "MP"
        raise ValueError(s)

    def church_of(s):
        t = s.lower()
        return "St Mary's" if "mary" in t else "St John's" if "john" in t else "All Saints" if "saints" in t else None

    def who(s):
        t = s.strip().lower()
        if not t:
            return None
        for key, val in (("sarah", "Sarah Mills"), ("sm", "Sarah Mills"), ("peter", "Peter Hale"), ("jim", "Jim Bowen"),
                         ("anne", "Anne Lloyd")):
            if key in t.split() or key in t:
                return val
        raise ValueError(s)

    def hm(s):
        t = s.strip().lower()
        m = re.fullmatch(r"(\d+)(?:[:.](\d\d))?\s*(am|pm)?", t)
        h = int(m.group(1))
        mi = int(m.group(2) or 0)
        if m.group(3) == "pm" and h < 12:
            h += 12
        return h, mi

    recs = []
    for r in rows:
        ds, ch, sv, tm, by, ad, kid, comm, plate, env, card, notes = r
        rec = {"d": pd(ds), "ch": church_of(ch), "svc": svc(sv), "t": hm(tm), "by": who(by), "notes": notes.lower()}
        rec["cancelled"] = "cancel" in rec["notes"] or "no service" in rec["notes"]
        a = ad.strip().lower()
        if rec["cancelled"]:
            assert a == ""
            rec["adults"] = rec["kids"] = 0
        else:
            rec["adults"] = int(re.sub(r"^(c\.|approx |~)", "", a))
            k = kid.strip().lower()
            rec["kids"] = 0 if k in ("", "-", "none") else int(k)
        rec["people"] = rec["adults"] + rec["kids"]
        rec["comm"] = int(comm) if comm.strip().isdigit() else None

        def money(s):
            t = s.strip().lower()
            return 0.0 if t == "nil" else num(s)
        rec["plate"], rec["env"], rec["card"] = money(plate), money(env), money(card)
        rec["coll"] = sum(x for x in (rec["plate"], rec["env"], rec["card"]) if x is not None)
        recs.append(rec)
    held = [r for r in recs if not r["cancelled"]]
    y = lambda rs, yr: [r for r in rs if r["d"].year == yr]
    h24 = y(held, 2024)
    xmas = lambda r: r["d"] in (date(2024, 12, 24), date(2024, 12, 25))

    # --- 89
    v = [r["people"] for r in held if xmas(r)]
    assert all(r["svc"] in ("Christingle", "Midnight", "HC", "FS") for r in recs if xmas(r))
    ask(D, "How many people, adults and children together, came to the Christmas Eve and Christmas Day services in 2024, "
           "across all three churches?", {"number": sum(v), "unit": "people"},
        f"Adults + Children over the {len(v)} services dated 24 and 25 December 2024 (children \"-\" / blank = 0).")
    # --- 90
    v = [r["adults"] for r in h24 if r["ch"] == "St Mary's" and r["d"].weekday() == 6 and r["t"] == (10, 30)]
    ask(D, "What was the average number of adults at St Mary's main 10:30 Sunday service in 2024, including special "
           "Sundays like Harvest and Remembrance?", {"number": r6(sum(v) / len(v)), "unit": "adults"},
        f"Mean Adults over {len(v)} services held at St Mary's (St Marys / St. Mary's / st marys) on Sundays of 2024 at "
        f"10:30 (\"10:30\" / \"10.30\" / \"10.30am\"); \"c.40\" / \"approx 40\" / \"~40\" = 40; cancelled services left out.")
    # --- 91
    grow_abs, grow_rel = {}, {}
    for ch in ("St Mary's", "St John's", "All Saints"):
        a = [r["people"] for r in held if r["ch"] == ch and r["d"].weekday() == 6 and r["d"].year == 2024 and r["d"].month <= 6]
        b = [r["people"] for r in held if r["ch"] == ch and r["d"].weekday() == 6 and r["d"].year == 2025 and r["d"].month <= 6]
        grow_abs[ch] = sum(b) / len(b) - sum(a) / len(a)
        grow_rel[ch] = grow_abs[ch] / (sum(a) / len(a))
    k = top(grow_abs, "church growth abs")
    k2 = top(grow_rel, "church growth rel")
    assert k == k2
    per_sunday = {}
    for ch in ("St Mary's", "St John's", "All Saints"):
        tot = {}
        for yr in (2024, 2025):
            rs = [r for r in held if r["ch"] == ch and r["d"].weekday() == 6 and r["d"].year == yr and r["d"].month <= 6]
            tot[yr] = sum(r["people"] for r in rs) / len({r["d"] for r in rs})
        per_sunday[ch] = tot[2025] - tot[2024]
    assert top(per_sunday, "church growth per Sunday") == k
    ask(D, "Which church's Sunday attendance grew the most from January-June 2024 to January-June 2025, going by the "
           "average number of people (adults and children) per Sunday service?", {"label": [k, k.replace("'", "")]},
        f"Per church, mean Adults + Children over services held on Sundays January-June 2025 minus the same for "
        f"January-June 2024 (baptisms and special services included): {k} +{grow_abs[k]:.2f}; it is also the largest "
        f"growth as a percentage.")
    # --- 92
    ask(D, "How much was given in collections in 2024 altogether, counting plate, envelopes and card at all three churches?",
        {"number": r6(sum(r["coll"] for r in h24)), "unit": "£"},
        "Sum of Plate + Envelopes + Card over 2024 rows (\"£1,204.50\" / \"45.60\"; nil = 0; blank, \"-\" and \"not counted\" "
        "add nothing).")
    # --- 93
    ask(D, "How much came in by card in 2025?", {"number": r6(sum(r["card"] or 0 for r in y(held, 2025))), "unit": "£"},
        "Sum of the Card column over 2025 rows.")
    # --- 94
    sm = [r for r in y(held, 2025) if r["ch"] == "St Mary's"]
    c = sum(r["card"] or 0 for r in sm)
    t = sum(r["coll"] for r in sm)
    ask(D, "What share of St Mary's collections in 2025 came by card?", {"number": r6(pct(c, t)), "unit": "%"},
        f"Card (£{c:.2f}) over Plate + Envelopes + Card (£{t:.2f}) at St Mary's in 2025 (January-June).")
    # --- 95
    n = sum(1 for r in h24 if r["svc"] == "Wedding")
    ask(D, "How many weddings were there in 2024?", {"number": n, "unit": "weddings"},
        "Rows dated 2024 whose Service is Wedding / wedding / Marriage.")
    # --- 96
    n = sum(1 for r in recs if r["cancelled"])
    ask(D, "How many services had to be cancelled?", {"number": n, "unit": "services"},
        "Rows whose notes say Cancelled / No service (an organist away with a said service is not a cancellation).")
    # --- 97
    wc = Counter(r["by"] for r in h24)
    k1, k2 = top(wc, "church who", second=True)
    lab = {"Sarah Mills": ["Sarah Mills", "Revd Sarah Mills", "Rev Sarah Mills"], "Peter Hale": ["Peter Hale", "Canon Peter Hale", "Canon Peter"],
           "Jim Bowen": ["Jim Bowen"], "Anne Lloyd": ["Anne Lloyd"]}
    ask(D, "Who took the most services in 2024, and who took the second most?", {"label": lab[k1], "labels": [lab[k2]]},
        f"Services held in 2024 per Taken by (Revd Sarah Mills / Sarah / Rev Sarah / SM / Sarah Mills; Canon Peter Hale / "
        f"Peter Hale / Canon Peter; Jim Bowen (Reader) / Jim B / Jim Bowen; Anne Lloyd): {k1} {wc[k1]}, {k2} {wc[k2]}.")
    # --- 98
    v = [r["comm"] for r in held if r["d"].weekday() == 2 and r["t"] == (10, 0) and r["ch"] == "St Mary's" and r["comm"] is not None]
    ask(D, "On average, how many people received communion at the regular 10am Wednesday communion at St Mary's?",
        {"number": r6(sum(v) / len(v)), "unit": "communicants"},
        f"Mean Communicants over {len(v)} held Wednesday 10:00 services at St Mary's, January 2024 - June 2025.")
    # --- 99
    best = max(h24, key=lambda r: r["people"])
    alone([r["people"] for r in h24], "church best attended 2024")
    ask(D, "What was the best-attended service of 2024, counting adults and children, and how many came?",
        {"label": [best["svc"]], "number": best["people"], "unit": "people"},
        f"Highest Adults + Children among 2024 rows: the {best['svc']} at {best['ch']} on {best['d']}.")
    # --- 100
    e24 = sum(r["people"] for r in held if r["d"] == date(2024, 3, 31))
    e25 = sum(r["people"] for r in held if r["d"] == date(2025, 4, 20))
    ask(D, "How many more people came to church on Easter Day 2025 than on Easter Day 2024? Count every service that day "
           "at all three churches, adults and children.", {"number": positive(e25 - e24, "church easter"), "unit": "people"},
        f"Adults + Children on 20 April 2025 ({e25}) minus 31 March 2024 ({e24}).")
    # --- 101
    mc = defaultdict(float)
    for r in h24:
        mc[(2024, r["d"].month)] += r["coll"]
    k = top(mc, "church lowest month", low=True)
    ask(D, "Which month of 2024 had the lowest total collections?", {"label": month_label(*k)},
        f"Plate + Envelopes + Card per month of 2024: {MONTHS[k[1] - 1]} £{mc[k]:.2f}.")
    # --- 102
    n = sum(r["kids"] for r in h24 if r["ch"] == "All Saints" and r["svc"] == "FS")
    ask(D, "How many children came to the family services at All Saints in 2024?", {"number": n, "unit": "children"},
        "Sum of Children over 2024 rows at All Saints whose Service is Family Service / All Age Worship / All-Age "
        "(Christmas Day's included).")
    # --- 103
    n = sum(1 for r in held if r["svc"] == "Funeral")
    ask(D, "How many funerals have been taken since the start of 2024?", {"number": n, "unit": "funerals"},
        "Rows whose Service is Funeral / funeral, January 2024 - June 2025.")
    # --- 104
    v = [r["adults"] for r in h24 if r["svc"] == "Evensong"]
    ask(D, "What was the average number of adults at Evensong in 2024?", {"number": r6(sum(v) / len(v)), "unit": "adults"},
        f"Mean Adults over {len(v)} held 2024 services named Evensong / Choral Evensong / evensong.")
    # --- 105
    sun = [r for r in h24 if r["d"].weekday() == 6]
    a = sum(r["kids"] for r in sun)
    b = sum(r["people"] for r in sun)
    ask(D, "Across all the services held on a Sunday in 2024, what percentage of the people there were children?",
        {"number": r6(pct(a, b)), "unit": "%"},
        f"Children ({a}) over Adults + Children ({b}) for services held on Sundays in 2024 (baptisms included).")
    # --- 106
    n = sum(1 for r in h24 if r["ch"] == "St John's")
    ask(D, "How many services were held at St John's in 2024?", {"number": n, "unit": "services"},
        "Rows dated 2024 at St John's / St Johns / St. John's, cancelled services left out.")
    # --- 107
    ask(D, "What did the plate (loose cash) collections at St John's add up to in 2025?",
        {"number": r6(sum(r["plate"] or 0 for r in y(held, 2025) if r["ch"] == "St John's")), "unit": "£"},
        "Sum of Plate over 2025 rows at St John's.")
    # --- 108
    n = sum(1 for r in h24 if r["svc"] == "Baptism")
    ask(D, "How many baptism services were there in 2024?", {"number": n, "unit": "services"},
        "Rows dated 2024 whose Service is Baptism / Christening.")
    # --- 109
    ask(D, "How much was collected at the Christmas Eve and Christmas Day services of 2024?",
        {"number": r6(sum(r["coll"] for r in held if xmas(r))), "unit": "£"},
        "Plate + Envelopes + Card over the services dated 24 and 25 December 2024.")


def main():
    golf()
    radio()
    resale()
    repair()
    church()
    if FAILS:
        print("\n".join("FAIL " + f for f in FAILS))
        sys.exit(1)
    if "--print" in ARGS or DEBUG or COLLECT:
        for q in QUESTIONS:
            print(q["id"], q["dataset"], json.dumps(q["truth"], ensure_ascii=False))
        return
    with open(HERE / "questions.json", "w", encoding="utf-8") as f:
        json.dump(QUESTIONS, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(f"wrote {len(QUESTIONS)} questions")


if __name__ == "__main__":
    main()
