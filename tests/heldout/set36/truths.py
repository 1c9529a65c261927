#!/usr/bin/env python3
"""Held-out set 36: every question beside the code that computes its truth from the committed CSVs.

    python3 tests/heldout/set36/truths.py            # writes questions.json (stops if a guard fails)
    python3 tests/heldout/set36/truths.py --print    # prints, writes nothing
    python3 tests/heldout/set36/truths.py --debug    # also prints the ranking behind every "which"
    python3 tests/heldout/set36/truths.py --collect  # lists every failed guard instead of stopping at the first

Reading rules (each question's note repeats the one it uses):
- Money: "£", spaces and thousands commas stripped, a leading minus is negative. A value that is not a
  number (tbc, invoice to follow, ?, n/a, -, refunded, lost receipt, blank) is left out, never counted as 0.
  Postage / delivery "free" and a member's "free (member)" / "member" are 0.
- Names are folded (trimmed, case ignored) and grouped by the synonyms listed beside each reader.
- Yarn: an order is cancelled when Status starts "cancel", refunded when it starts "refund"; every other
  order was sold (dispatched, sent, posted, shipped, sold at a fair). Sales = Total of sold orders.
  The yarn list is joined on the integer value of the yarn code.
- Badminton: rows whose Notes contain "void" never count; money in = positive amounts, money out = negative
  amounts reported as a positive figure (refunds included); a season runs September to August.
- Litter picks: a pick is cancelled when its Notes say cancelled / called off; a pick's length is Finish minus
  Start; volunteer hours = volunteers x length, over picks with a head count; bags = general + recycling
  ("none" = 0); kg only where weighed.
- Stargazing: a row is a booking for the evening named in the form; an evening's season runs October to March;
  "Just me" is 1 person; clouded-out bookings were refunded; the no-show rate is over bookings not clouded out;
  days ahead = evening date minus the timestamp's date.
- Grocery: a row is a shopping trip; Amount already includes any delivery charge; shops are grouped by chain
  (Tesco = Tesco, Tesco Extra, Tesco Express; Sainsbury's = Sainsbury's and Sainsbury's Local) unless the
  question names a store format.
"""

import csv
import json
import re
import statistics
import sys
from collections import defaultdict
from datetime import date, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
ARGS = set(sys.argv[1:])
FAILS = []


def fail(msg):
    if "--collect" in ARGS:
        FAILS.append(msg)
    else:
        sys.exit(f"guard failed: {msg}")


def rows(name):
    with open(DATA / name, newline="", encoding="utf-8") as f:
        return list(csv.reader(f))[1:]


def money(s):
    t = s.strip().replace("£", "").replace(",", "").replace(" ", "")
    if t.lower() in ("free", "free(member)", "member", "free(voucher)"):
        return 0.0
    if re.fullmatch(r"-?\d+(\.\d+)?", t):
        return float(t)
    return None


def lead_int(s):
    m = re.match(r"\s*x?(\d+)", s)
    return int(m.group(1)) if m else None


def num(s):
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*(kg|bags|recycling)?\s*", s, re.I)
    return float(m.group(1)) if m else None


def r6(x):
    return round(x, 6)


def top(counts, what, second=False, low=False):
    """The winner (and runner-up) of a ranking, each more than 5% ahead of the next."""
    items = sorted(counts.items(), key=lambda kv: (kv[1] if not low else -kv[1]), reverse=True)
    if "--debug" in ARGS:
        print(f"    ranking {what}: " + ", ".join(f"{k}={v:.2f}" for k, v in items))
    a, b = items[0][1], items[1][1]
    if low:
        if not b > a * 1.05:
            fail(f"{what}: lowest {items[0]} vs {items[1]}")
    elif not a > b * 1.05:
        fail(f"{what}: top {items[0]} vs {items[1]}")
    if second:
        c = items[2][1]
        if not b > c * 1.05:
            fail(f"{what}: second {items[1]} vs {items[2]}")
        return items[0][0], items[1][0]
    return items[0][0]


def positive(x, what):
    if not x > 0:
        fail(f"{what}: not positive ({x})")
    return x


def away(values, t, margin, what):
    near = [v for v in values if abs(v - t) <= margin]
    if near:
        fail(f"{what}: values near threshold {t}: {near[:5]}")


def alone(values, what):
    vs = sorted(values, reverse=True)
    if len(vs) > 1 and vs[0] == vs[1]:
        fail(f"{what}: top value not alone ({vs[0]})")


MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December"]


def month_label(ym):
    y, m = ym
    return [f"{MONTH_NAMES[m - 1]} {y}", f"{MONTH_NAMES[m - 1][:3]} {y}", f"{y}-{m:02d}"]


def day_label(d):
    mn = MONTH_NAMES[d.month - 1]
    suf = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return [f"{d.day} {mn} {d.year}", f"{d.day} {mn[:3]} {d.year}", f"{mn} {d.day}, {d.year}", d.isoformat(),
            f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day}{suf} {mn} {d.year}", f"{d.day}{suf} {mn[:3]} {d.year}"]


Q = []


def q(dataset, question, truth, note):
    Q.append({"dataset": dataset, "question": question, "truth": truth, "note": note})


# ------------------------------------------------------------------------------------------------
# yarn orders + yarn list

def base_of(s):
    t = s.lower()
    if "dk" in t:
        return "DK"
    if "sock" in t or "4ply" in t or "4-ply" in t:
        return "Sock"
    if "aran" in t:
        return "Aran"
    if "lace" in t or "mohair" in t:
        return "Lace"
    raise ValueError(s)


def channel_of(s):
    t = s.lower().strip()
    if "etsy" in t:
        return "Etsy"
    if t in ("website", "own site", "shopify", "web shop"):
        return "Website"
    if t in ("instagram", "insta", "ig dm"):
        return "Instagram"
    if "fair" in t or "fest" in t or "show" in t:
        return "Yarn festivals"
    if t in ("wholesale", "trade", "stockist order"):
        return "Wholesale"
    raise ValueError(s)


def country_of(s):
    t = s.lower().strip()
    if t in ("uk", "united kingdom", "gb", "england", "scotland", "wales"):
        return "UK"
    if t in ("usa", "us", "united states"):
        return "USA"
    if t in ("germany", "de", "deutschland"):
        return "Germany"
    if t in ("ireland", "ie", "eire", "republic of ireland"):
        return "Ireland"
    if t in ("netherlands", "nl", "holland"):
        return "Netherlands"
    raise ValueError(s)


def shop_of(s):
    t = s.lower()
    if "woolly" in t:
        return "Woolly Mammoth Yarns"
    if "knit nook" in t:
        return "The Knit Nook"
    if "loop" in t:
        return "Loop & Purl"
    return None


def yarn():
    lst = {}
    for code, colour, base, grams, price, note in rows("yarn_list.csv"):
        lst[int(code)] = {"colour": colour, "base": base_of(base), "price": money(price)}
    orders = []
    for r in rows("yarn_orders.csv"):
        no, d, cust, ch, country, code, sk, tot, post, status, note = r
        st = status.lower().strip()
        kind = "cancelled" if st.startswith("cancel") else "refunded" if st.startswith("refund") else "sold"
        dd = datetime.strptime(d, "%d/%m/%Y").date()
        orders.append({"date": dd, "cust": cust, "ch": channel_of(ch), "country": country_of(country),
                       "code": int(code), "sk": lead_int(sk), "tot": money(tot), "post": money(post),
                       "kind": kind, **lst[int(code)]})
    return lst, orders


def yarn_questions():
    ds, dj = ["yarn_orders.csv"], ["yarn_orders.csv", "yarn_list.csv"]
    lst, O = yarn()
    sold = [o for o in O if o["kind"] == "sold"]
    priced = [o for o in sold if o["tot"] is not None]
    total = sum(o["tot"] for o in priced)
    q(ds, "What were my total sales, leaving out cancelled and refunded orders?", {"number": r6(total), "unit": "£"},
      "Sum of Total over orders whose Status is not cancelled or refunded; totals written 'tbc' / 'invoice to follow' left out.")
    y24 = sum(o["tot"] for o in priced if o["date"].year == 2024)
    q(ds, "How much money did my sales bring in during 2024?", {"number": r6(y24), "unit": "£"},
      "Sales (Total of sold orders) dated 2024.")
    etsy_sk = sum(o["sk"] for o in sold if o["ch"] == "Etsy")
    q(ds, "How many skeins did I sell through Etsy?", {"number": etsy_sk, "unit": "skeins"},
      "Skeins of sold orders whose Channel is Etsy (any case, 'Etsy shop').")
    web25 = [o["tot"] for o in priced if o["ch"] == "Website" and o["date"].year == 2025]
    q(ds, "What was the average order value on my own website in 2025?", {"number": r6(statistics.mean(web25)), "unit": "£"},
      "Mean Total of sold 2025 orders whose Channel is Website / Own site / Shopify / web shop.")
    whole = sum(o["tot"] for o in priced if o["ch"] == "Wholesale")
    q(ds, "What percentage of my sales came from wholesale orders to shops?", {"number": r6(100 * whole / total), "unit": "%"},
      "Wholesale / Trade / Stockist order sales over all sales.")
    by_ch = defaultdict(float)
    for o in priced:
        by_ch[o["ch"]] += o["tot"]
    a, b = top(by_ch, "channel sales", second=True)
    labels_ch = {"Etsy": ["Etsy"], "Website": ["website", "own site", "Shopify"], "Wholesale": ["wholesale", "trade"],
                 "Yarn festivals": ["festival", "festivals", "yarn fest", "fairs", "shows"], "Instagram": ["Instagram"]}
    q(ds, "Which sales channel brought in the most money, and which came second?",
      {"label": labels_ch[a], "labels": [labels_ch[b]]}, "Sales by channel (synonyms grouped).")
    h1 = lambda o, y: o["date"].year == y and o["date"].month <= 6
    s24 = sum(o["tot"] for o in priced if h1(o, 2024))
    s25 = sum(o["tot"] for o in priced if h1(o, 2025))
    q(ds, "How much more did I sell in January to June 2025 than in January to June 2024?",
      {"number": r6(positive(s25 - s24, "H1 growth")), "unit": "£"}, "Sales Jan-Jun 2025 minus Jan-Jun 2024.")
    grow = defaultdict(float)
    for o in priced:
        if h1(o, 2025):
            grow[o["ch"]] += o["tot"]
        elif h1(o, 2024):
            grow[o["ch"]] -= o["tot"]
    g = top(grow, "channel growth")
    q(ds, "Which channel grew the most between the first half of 2024 and the first half of 2025?",
      {"label": labels_ch[g]}, "Each channel's Jan-Jun 2025 sales minus its Jan-Jun 2024 sales; the largest increase.")
    sock = sum(o["sk"] for o in sold if o["base"] == "Sock")
    q(dj, "How many skeins of sock yarn did I sell?", {"number": sock, "unit": "skeins"},
      "Skeins of sold orders whose yarn code is a sock (4ply) base in the yarn list.")
    by_base = defaultdict(float)
    for o in priced:
        by_base[o["base"]] += o["tot"]
    bb = top(by_base, "base sales")
    labels_base = {"Sock": ["sock", "4ply", "4-ply"], "DK": ["DK"], "Aran": ["Aran"], "Lace": ["lace", "mohair"]}
    q(dj, "Which yarn base made me the most money?", {"label": labels_base[bb]}, "Sales by the list's base.")
    by_col = defaultdict(int)
    for o in sold:
        by_col[o["colour"]] += o["sk"]
    c1, c2 = top(by_col, "colourway skeins", second=True)
    q(dj, "Which colourway sold the most skeins, and which was second?", {"label": [c1], "labels": [[c2]]},
      "Skeins of sold orders by the list's colourway.")
    dk = [o for o in priced if o["base"] == "DK"]
    q(dj, "On average, how much did I get per skein for DK yarn?",
      {"number": r6(sum(o["tot"] for o in dk) / sum(o["sk"] for o in dk)), "unit": "£/skein"},
      "Total sales of DK orders over their skeins (sold orders with a total), wholesale included.")
    q(ds, "How many orders were cancelled?", {"number": sum(o["kind"] == "cancelled" for o in O), "unit": "orders"},
      "Status starting 'cancel' (Cancelled / Canceled / CANCELLED).")
    q(ds, "How many orders went out but still have no total written down?",
      {"number": sum(1 for o in sold if o["tot"] is None), "unit": "orders"},
      "Sold orders whose Total is tbc / TBC / invoice to follow.")
    ref = [o for o in O if o["kind"] == "refunded"]
    q(ds, "How many orders did I refund, and how much were they worth?",
      {"numbers": [len(ref), r6(sum(o["tot"] for o in ref))], "unit": ""}, "Status starting 'refund'; their Totals summed.")
    by_m = defaultdict(float)
    for o in priced:
        by_m[(o["date"].year, o["date"].month)] += o["tot"]
    m = top(by_m, "month sales")
    q(ds, "Which month had my highest sales?", {"label": month_label(m)}, "Sales by calendar month of the order date.")
    big = max(priced, key=lambda o: o["tot"])
    alone([o["tot"] for o in priced], "biggest order")
    q(ds, "What was my biggest single order, and who was it from?",
      {"number": r6(big["tot"]), "label": [shop_of(big["cust"]) or big["cust"], "Woolly Mammoth"], "unit": "£"},
      "The largest Total of a sold order, and its customer.")
    vals = [o["tot"] for o in priced]
    away(vals, 200, 10, "orders over £200")
    q(ds, "How many orders came to more than £200?",
      {"number": sum(1 for v in vals if v > 200), "unit": "orders"}, "Sold orders with Total over £200.")
    abroad = sum(o["tot"] for o in priced if o["country"] != "UK")
    q(ds, "How much did I sell to customers outside the UK?", {"number": r6(abroad), "unit": "£"},
      "Sales whose Country is not UK (United Kingdom / GB / England / Scotland / Wales).")
    by_c = defaultdict(float)
    for o in priced:
        if o["country"] != "UK":
            by_c[o["country"]] += o["tot"]
    cc = top(by_c, "country sales")
    q(ds, "Which country outside the UK bought the most from me?",
      {"label": {"USA": ["USA", "United States", "US"]}.get(cc, [cc])}, "Sales by country, UK left out.")
    post = sum(o["post"] for o in sold if o["post"] is not None)
    q(ds, "How much have customers paid me in postage altogether?", {"number": r6(post), "unit": "£"},
      "Postage of sold orders; 'free' / '0' counted 0; 'collected', 'n/a', '-' and blank left out.")
    ordered = {o["code"] for o in O}
    never = [v["colour"] for k, v in lst.items() if k not in ordered]
    if len(never) != 1:
        fail(f"never ordered: {never}")
    q(dj, "Which yarn on my list has never been ordered?", {"label": never}, "Codes in the list with no order row.")
    by_shop = defaultdict(float)
    for o in priced:
        if o["ch"] == "Wholesale":
            by_shop[shop_of(o["cust"])] += o["tot"]
    sh = top(by_shop, "wholesale shops")
    q(ds, "Which shop has spent the most with me on wholesale orders?", {"label": {"Woolly Mammoth Yarns": ["Woolly Mammoth Yarns", "Woolly Mammoth"], "The Knit Nook": ["The Knit Nook", "Knit Nook"],
                                                                                   "Loop & Purl": ["Loop & Purl", "Loop and Purl"]}[sh]},
      "Wholesale sales by customer, spellings folded.")


# ------------------------------------------------------------------------------------------------
# badminton ledger

def bcat(s, amt):
    t = s.lower().strip()
    for key, words in [("Subs", ["sub", "membership"]), ("Club nights", ["club night", "session", "night fee"]),
                       ("Guest fees", ["guest", "visitor"]), ("Court hire", ["court", "hall hire", "leisure"]),
                       ("Shuttlecocks", ["shuttle", "feather"]), ("Coaching", ["coach"]),
                       ("League & affiliation", ["league", "affiliation"]), ("Insurance", ["insurance"]),
                       ("Equipment", ["equipment", "nets"]), ("Tournament", ["tournament", "club open", "troph"]),
                       ("Social", ["social"]), ("Sponsorship", ["sponsor"]), ("Raffle", ["raffle"]),
                       ("Grant", ["grant"]), ("Refunds", ["refund"]), ("Bank charges", ["bank"])]:
        if any(w in t for w in words):
            return key
    raise ValueError(s)


def bmethod(s):
    t = s.lower().strip()
    if t == "cash":
        return "Cash"
    if t in ("bank transfer", "bacs", "online"):
        return "Bank transfer"
    if t in ("card", "sumup", "card reader"):
        return "Card"
    if t in ("cheque", "chq"):
        return "Cheque"
    if t in ("direct debit", "dd", "d/d"):
        return "Direct debit"
    raise ValueError(s)


def badminton():
    out = []
    voids = 0
    for d, desc, cat, amt, meth, note in rows("badminton_ledger.csv"):
        if "void" in note.lower():
            voids += 1
            continue
        a = money(amt)
        dd = datetime.strptime(d, "%d/%m/%y").date()
        out.append({"date": dd, "desc": desc, "cat": bcat(cat, a), "amt": a, "meth": bmethod(meth),
                    "season": dd.year if dd.month >= 9 else dd.year - 1})
    return out, voids


def badminton_questions():
    ds = ["badminton_ledger.csv"]
    L, voids = badminton()
    inn = [r for r in L if r["amt"] > 0]
    out = [r for r in L if r["amt"] < 0]
    q(ds, "How much money has come in altogether?", {"number": r6(sum(r["amt"] for r in inn)), "unit": "£"},
      "Sum of positive amounts, void rows left out.")
    q(ds, "How much money has gone out of the club account in total?",
      {"number": r6(-sum(r["amt"] for r in out)), "unit": "£"}, "Sum of negative amounts (refunds included) as a positive figure, void rows left out.")
    net = sum(r["amt"] for r in L if r["season"] == 2024)
    q(ds, "What was the club's surplus for the 2024/25 season (September to August)?",
      {"number": r6(positive(net, "surplus 24/25")), "unit": "£"}, "All amounts dated 1 Sep 2024 - 31 Aug 2025 summed.")
    ct = lambda s: -sum(r["amt"] for r in L if r["cat"] == "Court hire" and r["season"] == s)
    q(ds, "How much did we spend on court hire in the 2024/25 season?", {"number": r6(ct(2024)), "unit": "£"},
      "Court hire / Hall hire / Leisure centre rows, Sep 2024 - Aug 2025.")
    q(ds, "How much more did court hire cost us in 2024/25 than in 2023/24?",
      {"number": r6(positive(ct(2024) - ct(2023), "court growth")), "unit": "£"}, "Season against season (Sep-Aug).")
    spend = defaultdict(float)
    for r in out:
        spend[r["cat"]] += -r["amt"]
    tot_out = sum(spend.values())
    q(ds, "What percentage of our spending went on shuttlecocks?",
      {"number": r6(100 * spend["Shuttlecocks"] / tot_out), "unit": "%"},
      "Shuttlecocks / Shuttles / Feathers rows over all money out (tournament extra shuttles are under Tournament).")
    a, b = top(spend, "spending category", second=True)
    lab = {"Court hire": ["court hire", "courts", "hall hire"], "Shuttlecocks": ["shuttlecocks", "shuttles"],
           "Coaching": ["coaching", "coach"], "Social": ["social", "Christmas meal"], "Equipment": ["equipment", "nets"],
           "League & affiliation": ["league", "affiliation"]}
    q(ds, "What do we spend the most on, and what comes second?", {"label": lab[a], "labels": [lab[b]]},
      "Money out by category (synonyms grouped).")
    cn = [r["amt"] for r in L if r["cat"] == "Club nights"]
    q(ds, "On average, how much do we take on a club night?", {"number": r6(statistics.mean(cn)), "unit": "£"},
      "Mean of the club-night fee rows (one per night; guest fees are separate rows).")
    subs = lambda s: sum(r["amt"] for r in L if r["cat"] == "Subs" and r["season"] == s)
    q(ds, "How much did subs bring in for the 2024/25 season?", {"number": r6(subs(2024)), "unit": "£"},
      "Subscriptions / Subs / Membership rows, Sep 2024 - Aug 2025 (refunds are their own rows).")
    q(ds, "How much more did subs bring in in 2024/25 than in 2023/24?",
      {"number": r6(positive(subs(2024) - subs(2023), "subs growth")), "unit": "£"}, "Season against season.")
    by_m = defaultdict(float)
    for r in inn:
        by_m[(r["date"].year, r["date"].month)] += r["amt"]
    m = top(by_m, "month in")
    q(ds, "Which month brought in the most money?", {"label": month_label(m)}, "Money in by calendar month.")
    big = min(out, key=lambda r: r["amt"])
    alone([-r["amt"] for r in out], "biggest payment out")
    q(ds, "What was the biggest single payment out, and what was it for?",
      {"number": r6(-big["amt"]), "label": ["equipment", "nets", "posts"], "unit": "£"}, f"The most negative amount: {big['desc']}.")
    away([r["amt"] for r in inn], 150, 3, "payments in over £150")
    q(ds, "How many payments in were over £150?", {"number": sum(1 for r in inn if r["amt"] > 150), "unit": "payments"},
      "Positive amounts above £150.")
    cash = sum(r["amt"] for r in inn if r["meth"] == "Cash")
    q(ds, "What share of the money coming in was paid in cash?",
      {"number": r6(100 * cash / sum(r["amt"] for r in inn)), "unit": "%"}, "Cash money in over all money in.")
    q(ds, "How many entries in the ledger are marked void?", {"number": voids, "unit": "entries"},
      "Rows whose Notes contain 'void'.")
    ref = [r for r in L if r["cat"] == "Refunds"]
    q(ds, "How many refunds did we make, and how much did they come to?",
      {"numbers": [len(ref), r6(-sum(r["amt"] for r in ref))], "unit": ""}, "Refund rows; their amounts as a positive figure.")
    coach25 = -sum(r["amt"] for r in L if r["cat"] == "Coaching" and r["date"].year == 2025)
    q(ds, "How much did we pay for coaching in 2025?", {"number": r6(coach25), "unit": "£"}, "Coaching rows dated 2025.")
    by_meth = defaultdict(float)
    for r in inn:
        by_meth[r["meth"]] += r["amt"]
    mm = top(by_meth, "method in")
    q(ds, "Which payment method brought in the most money?",
      {"label": {"Bank transfer": ["bank transfer", "BACS", "online"], "Cash": ["cash"], "Card": ["card", "SumUp"]}[mm]},
      "Money in by method (synonyms grouped).")
    soc = sum(r["amt"] for r in L if r["cat"] == "Social")
    q(ds, "How much profit did the Christmas socials make overall, tickets minus the meal bills?",
      {"number": r6(positive(soc, "social profit")), "unit": "£"}, "All Social rows summed (ticket income in, the restaurant bills out).")
    g25 = sum(r["amt"] for r in L if r["cat"] == "Guest fees" and r["date"].year == 2025)
    q(ds, "How much did guests pay us in 2025?", {"number": r6(g25), "unit": "£"}, "Guest fees / Guests / Visitors rows dated 2025.")
    sh = [-r["amt"] for r in out if r["cat"] == "Shuttlecocks"]
    q(ds, "On average, how much does an order of shuttles cost us?", {"number": r6(statistics.mean(sh)), "unit": "£"},
      "Mean of the Shuttlecocks rows.")
    t25 = sum(r["amt"] for r in L if r["cat"] == "Tournament" and r["date"].year == 2025)
    q(ds, "How much did the March 2025 open tournament make, entry fees minus tournament costs?",
      {"number": r6(positive(t25, "tournament 2025")), "unit": "£"}, "Tournament rows (entries positive; trophies and extra shuttles negative) dated March 2025; the raffle is its own category.")


# ------------------------------------------------------------------------------------------------
# litter picks

def site_of(s):
    t = s.lower()
    if "beach" in t or "sandy" in t:
        return "Beach"
    if "river" in t:
        return "Riverside"
    if "high st" in t or "town" in t:
        return "High Street"
    if "park" in t and "car park" not in t:
        return "Victoria Park"
    if "station" in t:
        return "Station"
    raise ValueError(s)


def leader_of(s):
    t = s.lower().strip()
    if t.startswith("su"):
        return "Sue"
    if t.startswith("dav"):
        return "Dave"
    if t.startswith("priya"):
        return "Priya"
    if t.startswith("mark"):
        return "Mark"
    raise ValueError(s)


def tmin(s):
    t = s.strip().lower()
    m = re.fullmatch(r"(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)?", t)
    h, mi, suf = int(m.group(1)), int(m.group(2) or 0), m.group(3)
    if suf == "pm" and h != 12:
        h += 12
    return h * 60 + mi


def litter():
    out = []
    for d, site, st, fin, vol, bg, br, kg, lead, note in rows("litter_picks.csv"):
        dd = datetime.strptime(d.split(" ", 1)[1] if d[:3].isalpha() else d, "%d %b %Y").date()
        canc = "cancel" in note.lower() or "called off" in note.lower()
        rec = {"date": dd, "site": site_of(site), "lead": leader_of(lead), "cancelled": canc}
        if not canc:
            rb = 0 if br.strip().lower() == "none" else int(num(br))
            rec.update(start=tmin(st), mins=tmin(fin) - tmin(st), vols=lead_int(vol), gen=int(num(bg)), rec=rb,
                       kg=num(kg))
            rec["bags"] = rec["gen"] + rb
        out.append(rec)
    return out


def litter_questions():
    ds = ["litter_picks.csv"]
    A = litter()
    P = [p for p in A if not p["cancelled"]]
    q(ds, "How many litter picks actually went ahead?", {"number": len(P), "unit": "picks"}, "Rows not cancelled / called off.")
    b24 = sum(p["bags"] for p in P if p["date"].year == 2024)
    q(ds, "How many bags of rubbish did we fill in 2024, general and recycling together?", {"number": b24, "unit": "bags"},
      "General + recycling bags on 2024 picks ('none' = 0).")
    kg = sum(p["kg"] for p in P if p["kg"] is not None)
    q(ds, "What's the total weight of litter we've collected, counting the picks that were weighed?",
      {"number": r6(kg), "unit": "kg"}, "Weight (kg) summed; 'not weighed' / 'scales broken' / '?' / blank left out.")
    vols = [p["vols"] for p in P if p["vols"] is not None]
    q(ds, "How many volunteers turn up to a pick on average?", {"number": r6(statistics.mean(vols)), "unit": "volunteers"},
      "Mean head count over picks with one ('?' / 'not counted' / blank left out).")
    vh = sum(p["vols"] * p["mins"] / 60 for p in P if p["vols"] is not None and p["date"].year == 2024)
    q(ds, "How many volunteer hours did we put in during 2024?", {"number": r6(vh), "unit": "hours"},
      "Volunteers x (Finish - Start) summed over 2024 picks with a head count.")
    q(ds, "How long does a pick last on average, in minutes?",
      {"number": r6(statistics.mean(p["mins"] for p in P)), "unit": "minutes"}, "Mean of Finish - Start.")
    lg = max(P, key=lambda p: p["mins"])
    alone([p["mins"] for p in P], "longest pick")
    q(ds, "Which was our longest pick?", {"label": day_label(lg["date"])}, "The largest Finish - Start.")
    by_site = defaultdict(int)
    for p in P:
        by_site[p["site"]] += p["bags"]
    a, b = top(by_site, "site bags", second=True)
    slab = {"Beach": ["Sandy Bay", "beach"], "Riverside": ["Riverside", "river path"], "High Street": ["High Street", "High St", "town centre"],
            "Victoria Park": ["Victoria Park", "Vic Park", "park"], "Station": ["Station"]}
    q(ds, "Which site gave us the most bags, and which was second?", {"label": slab[a], "labels": [slab[b]]},
      "Bags (general + recycling) by site, spellings grouped.")
    rec = sum(p["rec"] for p in P)
    q(ds, "What percentage of our bags were recycling?", {"number": r6(100 * rec / sum(p["bags"] for p in P)), "unit": "%"},
      "Recycling bags over all bags.")
    w = [p for p in P if p["kg"] is not None]
    q(ds, "What does a bag weigh on average, going by the picks we weighed?",
      {"number": r6(sum(p["kg"] for p in w) / sum(p["bags"] for p in w)), "unit": "kg/bag"},
      "Total kg over total bags, over picks with a weight.")
    q(ds, "How many picks were cancelled?", {"number": len(A) - len(P), "unit": "picks"}, "Notes saying cancelled / called off.")
    q(ds, "How many of the picks that went ahead have no weight written down?",
      {"number": sum(1 for p in P if p["kg"] is None), "unit": "picks"}, "Weight not a number.")
    by_lead = defaultdict(int)
    for p in P:
        by_lead[p["lead"]] += 1
    ld = top(by_lead, "leader")
    q(ds, "Who has led the most picks?", {"label": [ld]}, "Picks that went ahead by leader (Sue / Sue P / Susan ...).")
    away([p["start"] for p in P], 17 * 60, 30, "evening start")
    q(ds, "How many evening picks (starting after 5pm) have we done?",
      {"number": sum(1 for p in P if p["start"] > 17 * 60), "unit": "picks"}, "Start after 17:00.")
    if any(v == 20 for v in vols):
        fail("a pick with exactly 20 volunteers")
    q(ds, "How many picks had more than 20 volunteers?", {"number": sum(1 for v in vols if v > 20), "unit": "picks"},
      "Head count above 20.")
    h1 = lambda y: sum(p["bags"] for p in P if p["date"].year == y and p["date"].month <= 6)
    q(ds, "How many more bags did we collect in January to June 2025 than in January to June 2024?",
      {"number": positive(h1(2025) - h1(2024), "bags H1"), "unit": "bags"}, "Bags Jan-Jun 2025 minus Jan-Jun 2024.")
    by_m = defaultdict(int)
    for p in P:
        if p["vols"] is not None:
            by_m[(p["date"].year, p["date"].month)] += p["vols"]
    m = top(by_m, "month volunteers")
    q(ds, "Which month had the most volunteers turning out in total?", {"label": month_label(m)}, "Head counts summed by month.")
    bw = [p["kg"] for p in P if p["site"] == "Beach" and p["kg"] is not None]
    q(ds, "How much litter do we collect at the beach per pick on average?", {"number": r6(statistics.mean(bw)), "unit": "kg"},
      "Mean kg over weighed beach picks (Sandy Bay / Beach).")
    avg_site = defaultdict(list)
    for p in P:
        if p["kg"] is not None:
            avg_site[p["site"]].append(p["kg"])
    hs = top({k: statistics.mean(v) for k, v in avg_site.items() if k != "Beach"}, "site mean kg (not beach)")
    q(ds, "Apart from the beach, which site gives us the heaviest haul per pick on average?", {"label": slab[hs]},
      "Mean kg per weighed pick by site, the beach left out.")
    h25 = sum(p["mins"] for p in P if p["date"].year == 2025) / 60
    q(ds, "How many hours in total did we spend picking in 2025?", {"number": r6(h25), "unit": "hours"},
      "Finish - Start summed over 2025 picks (not multiplied by volunteers).")
    g = defaultdict(int)
    for p in P:
        if p["date"].month <= 6:
            g[p["site"]] += p["bags"] if p["date"].year == 2025 else -p["bags"]
    gs = top(g, "site growth")
    q(ds, "Which site's bag count grew the most from January-June 2024 to January-June 2025?", {"label": slab[gs]},
      "Each site's Jan-Jun 2025 bags minus its Jan-Jun 2024 bags.")


# ------------------------------------------------------------------------------------------------
# stargazing booking form

def stargazing():
    R = []
    with open(DATA / "stargazing_bookings.csv", newline="", encoding="utf-8") as f:
        rd = csv.reader(f)
        hdr = next(rd)
        for r in rd:
            ts = datetime.strptime(r[0], "%m/%d/%Y %H:%M:%S")
            ev = r[1]
            m = re.match(r"\w+ (\d+)\w\w (\w+) (\d{4}) - (.*)", ev)
            ed = date(int(m.group(3)), MONTH_NAMES.index(m.group(2)) + 1, int(m.group(1)))
            ppl = 1 if r[2].strip().lower() == "just me" else lead_int(r[2])
            member = r[3].strip().lower().startswith("yes")
            kit = r[4].lower()
            kitk = "bino" if "bino" in kit else "scope" if re.search(r"telescope|refractor|dobsonian|reflector", kit) else "none"
            heard = r[5].lower()
            hk = ("Facebook" if ("facebook" in heard or heard.strip() == "fb") else
                  "Friend" if ("friend" in heard or "word of mouth" in heard or "neighbour" in heard) else
                  "Poster" if ("poster" in heard or heard.strip() == "library") else
                  "Newspaper" if ("paper" in heard or "gazette" in heard) else
                  "Website" if ("website" in heard or "google" in heard) else None)
            if hk is None:
                raise ValueError(heard)
            acc = r[6].strip().lower() not in ("", "none", "no", "n/a", "-")
            paid = money(r[7])
            came = r[8].strip().lower()
            status = "cloud" if "cloud" in came else "yes" if came in ("yes", "y", "came") else "no"
            R.append({"ts": ts, "ev": ev, "ed": ed, "theme": m.group(4), "ppl": ppl, "member": member, "kit": kitk,
                      "heard": hk, "acc": acc, "paid": paid, "paid_raw": r[7].strip(), "status": status,
                      "season": ed.year if ed.month >= 9 else ed.year - 1})
    return R


def stargazing_questions():
    ds = ["stargazing_bookings.csv"]
    R = stargazing()
    q(ds, "How many bookings did we get altogether?", {"number": len(R), "unit": "bookings"}, "One row per booking.")
    q(ds, "How many people booked in total?", {"number": sum(r["ppl"] for r in R), "unit": "people"},
      "Group sizes summed ('Just me' = 1, '4 people' = 4).")
    by_ev = defaultdict(int)
    for r in R:
        by_ev[r["ed"]] += r["ppl"]
    a, b = top(by_ev, "evening people", second=True)
    theme = {r["ed"]: r["theme"] for r in R}
    q(ds, "Which evening had the most people booked, and which was second?",
      {"label": day_label(a), "labels": [day_label(b)]}, f"People booked by evening: {theme[a]} then {theme[b]}.")
    q(ds, "What's the average group size?", {"number": r6(statistics.mean(r["ppl"] for r in R)), "unit": "people"},
      "Mean people per booking.")
    take = lambda s: sum(r["paid"] for r in R if r["season"] == s and r["paid"] is not None)
    q(ds, "How much money did we take in the 2024/25 season?", {"number": r6(take(2024)), "unit": "£"},
      "Amount paid on bookings for evenings Oct 2024 - Mar 2025; refunded and blank left out, members 0.")
    q(ds, "How much more did we take in the 2024/25 season than in 2023/24?",
      {"number": r6(positive(take(2024) - take(2023), "season growth")), "unit": "£"}, "Season against season.")
    q(ds, "What percentage of bookings were from society members?",
      {"number": r6(100 * sum(r["member"] for r in R) / len(R)), "unit": "%"}, "Member answer starting 'Yes'.")
    q(ds, "How many bookings were for evenings that got clouded out?",
      {"number": sum(1 for r in R if r["status"] == "cloud"), "unit": "bookings"}, "Attended column saying clouded out / cancelled (cloud).")
    nc = [r for r in R if r["status"] != "cloud"]
    q(ds, "What was the no-show rate, leaving out the clouded-out evenings?",
      {"number": r6(100 * sum(1 for r in nc if r["status"] == "no") / len(nc)), "unit": "%"},
      "Bookings marked No / no show / N / didn't turn up over bookings not clouded out.")
    by_h = defaultdict(int)
    for r in R:
        by_h[r["heard"]] += 1
    h1, h2 = top(by_h, "heard", second=True)
    hl = {"Facebook": ["Facebook", "FB"], "Friend": ["friend", "friends", "word of mouth"], "Poster": ["poster", "posters"],
          "Newspaper": ["newspaper", "local paper", "Gazette"], "Website": ["website", "Google"]}
    q(ds, "How did most people hear about us, and what was the next most common?",
      {"label": hl[h1], "labels": [hl[h2]]}, "Bookings by answer, spellings grouped.")
    q(ds, "How many groups said they'd bring a telescope?", {"number": sum(1 for r in R if r["kit"] == "scope"), "unit": "bookings"},
      "Answers naming a telescope, refractor, reflector or Dobsonian (binoculars not counted).")
    q(ds, "How many people booked after hearing about us on Facebook?",
      {"number": sum(r["ppl"] for r in R if r["heard"] == "Facebook"), "unit": "people"}, "Group sizes of Facebook / FB bookings.")
    by_m = defaultdict(int)
    for r in R:
        by_m[(r["ed"].year, r["ed"].month)] += 1
    m = top(by_m, "month bookings")
    q(ds, "Which month had the most bookings?", {"label": month_label(m)}, "Bookings by the evening's month.")
    ahead = [(r["ed"] - r["ts"].date()).days for r in R]
    q(ds, "On average, how many days ahead do people book?", {"number": r6(statistics.mean(ahead)), "unit": "days"},
      "Evening date minus the timestamp's date.")
    q(ds, "How many bookings were made less than 3 days before the evening?",
      {"number": sum(1 for a in ahead if a < 3), "unit": "bookings"}, "0, 1 or 2 days ahead.")
    q(ds, "How many non-members who came have nothing written in the amount paid?",
      {"number": sum(1 for r in R if not r["member"] and r["status"] == "yes" and r["paid_raw"] == ""), "unit": "bookings"},
      "Non-members, attended, Amount paid blank.")
    pay = [r for r in R if not r["member"] and r["paid"] is not None and r["paid"] > 0]
    q(ds, "How much did each paying visitor pay on average, per person?",
      {"number": r6(sum(r["paid"] for r in pay) / sum(r["ppl"] for r in pay)), "unit": "£/person"},
      "Amount paid over people on non-member bookings with a payment.")
    q(ds, "How many people actually turned up across all the evenings?",
      {"number": sum(r["ppl"] for r in R if r["status"] == "yes"), "unit": "people"}, "Group sizes of bookings marked attended.")
    q(ds, "How many bookings mentioned an accessibility need?", {"number": sum(r["acc"] for r in R), "unit": "bookings"},
      "Accessibility answer not blank / None / no / N/A / '-'.")
    by_wd = defaultdict(list)
    for d in by_ev:
        if d.strftime("%A") in ("Friday", "Saturday"):
            by_wd[d.strftime("%A")].append(sum(1 for r in R if r["ed"] == d))
    wd = top({k: statistics.mean(v) for k, v in by_wd.items()}, "weekday mean bookings")
    q(ds, "Do Friday or Saturday evenings get more bookings on average per evening?", {"label": [wd, wd + "s"]},
      "Bookings per evening averaged over the Friday evenings and over the Saturday evenings (one Thursday evening left out).")
    gem = sum(r["ppl"] for r in R if r["ed"] == date(2024, 12, 14) and r["status"] == "yes")
    q(ds, "How many people actually turned up to the Geminid meteor shower evening in December 2024?",
      {"number": gem, "unit": "people"}, "Group sizes of attended bookings for 14 December 2024.")


# ------------------------------------------------------------------------------------------------
# grocery shopping

def chain_of(s):
    t = s.lower().strip()
    for key, words in [("Tesco", ["tesco"]), ("Sainsbury's", ["sainsbury"]), ("Aldi", ["aldi"]), ("Lidl", ["lidl"]),
                       ("Co-op", ["co-op", "coop", "co op"]), ("Ocado", ["ocado"]), ("Farm shop", ["farm shop"])]:
        if any(w in t for w in words):
            return key
    raise ValueError(s)


def kind_of(s):
    t = s.lower().strip()
    if t in ("big shop", "weekly shop", "main shop"):
        return "big"
    if t in ("top up", "top-up", "topup", "bits"):
        return "top"
    if t in ("online", "online order", "delivery"):
        return "online"
    return "other"


def grocery():
    G = []
    for d, t, shop, typ, who, amt, items, deliv, pay, note in rows("grocery_shopping.csv"):
        w = who.strip().lower()
        p = pay.strip().lower()
        G.append({"date": date.fromisoformat(d), "min": int(t[:2]) * 60 + int(t[3:]), "shop": shop.strip(),
                  "chain": chain_of(shop), "kind": kind_of(typ),
                  "who": "Anna" if w in ("anna", "a") else "Tom" if w in ("tom", "t") else "Both",
                  "amt": money(amt), "items": int(items) if items.strip().isdigit() else None, "deliv": money(deliv),
                  "pay": "Cash" if p == "cash" else p})
    return G


def grocery_questions():
    ds = ["grocery_shopping.csv"]
    G = grocery()
    A = [g for g in G if g["amt"] is not None]
    y24 = sum(g["amt"] for g in A if g["date"].year == 2024)
    q(ds, "How much did we spend on groceries in 2024?", {"number": r6(y24), "unit": "£"}, "Amounts dated 2024 (delivery included in Amount).")
    q(ds, "What was our average monthly grocery bill in 2024?", {"number": r6(y24 / 12), "unit": "£"}, "2024 spending over 12 months.")
    by_c = defaultdict(float)
    for g in A:
        by_c[g["chain"]] += g["amt"]
    a, b = top(by_c, "chain spend", second=True)
    q(ds, "Which supermarket chain did we spend the most at, and which was second?", {"label": [a], "labels": [[b]]},
      "Spending by chain (Tesco includes Express and Extra; Sainsbury's includes Local).")
    al = sum(by_c[k] for k in ("Aldi", "Lidl"))
    q(ds, "What share of our spending went to Aldi and Lidl together?", {"number": r6(100 * al / sum(by_c.values())), "unit": "%"},
      "Aldi + Lidl over all spending.")
    h1 = lambda y: sum(g["amt"] for g in A if g["date"].year == y and g["date"].month <= 6)
    q(ds, "How much more did we spend in the first half of 2025 than in the first half of 2024?",
      {"number": r6(positive(h1(2025) - h1(2024), "H1 growth")), "unit": "£"}, "Jan-Jun 2025 minus Jan-Jun 2024.")
    big = [g["amt"] for g in A if g["kind"] == "big"]
    q(ds, "What does our big weekly shop cost on average?", {"number": r6(statistics.mean(big)), "unit": "£"},
      "Mean Amount of Big shop / Weekly shop / Main shop rows.")
    tops = [g["amt"] for g in A if g["kind"] == "top"]
    away(tops, 10, 0.1, "top-ups under £10")
    q(ds, "How many top-up shops came to less than £10?", {"number": sum(1 for v in tops if v < 10), "unit": "trips"},
      "Top up / top-up / Topup / bits rows under £10.")
    by_m = defaultdict(float)
    for g in A:
        by_m[(g["date"].year, g["date"].month)] += g["amt"]
    m = top(by_m, "month spend")
    q(ds, "Which month did we spend the most on groceries?", {"label": month_label(m)}, "Spending by calendar month.")
    mx = max(A, key=lambda g: g["amt"])
    alone([g["amt"] for g in A], "biggest shop")
    q(ds, "What was our most expensive single shop, and where was it?",
      {"number": r6(mx["amt"]), "label": [mx["chain"]], "unit": "£"}, "The largest Amount and its shop.")
    anna = sum(g["amt"] for g in A if g["who"] == "Anna")
    tom = sum(g["amt"] for g in A if g["who"] == "Tom")
    q(ds, "How much more did Anna spend on shopping than Tom?", {"number": r6(positive(anna - tom, "anna-tom")), "unit": "£"},
      "Who = Anna / A against Tom / T; trips by both left out.")
    it = [g for g in A if g["items"] is not None]
    q(ds, "On average, how much did each item cost us?", {"number": r6(sum(g["amt"] for g in it) / sum(g["items"] for g in it)), "unit": "£/item"},
      "Total Amount over total Items, over trips with both written.")
    away([g["min"] for g in G], 20 * 60, 2, "after 8pm")
    q(ds, "How many times did we go shopping after 8pm?", {"number": sum(1 for g in G if g["min"] >= 20 * 60), "unit": "trips"},
      "Time 20:00 or later (every row, amount or not).")
    gr = defaultdict(float)
    for g in A:
        if g["date"].month <= 6 and g["date"].year in (2024, 2025):
            gr[g["chain"]] += g["amt"] if g["date"].year == 2025 else -g["amt"]
    gc = top(gr, "chain growth")
    q(ds, "Which supermarket chain's spending grew the most between the first half of 2024 and the first half of 2025?", {"label": [gc]},
      "Each chain's Jan-Jun 2025 spending minus its Jan-Jun 2024 spending.")
    q(ds, "How many shopping trips have no amount written down?", {"number": len(G) - len(A), "unit": "trips"},
      "Amount '?' / 'lost receipt' / blank.")
    q(ds, "How much did we pay in cash?", {"number": r6(sum(g["amt"] for g in A if g["pay"] == "Cash")), "unit": "£"},
      "Paid with Cash / cash.")
    dl = sum(g["deliv"] for g in G if g["deliv"] is not None)
    q(ds, "How much have we paid in delivery charges on online orders?", {"number": r6(dl), "unit": "£"},
      "Delivery charge column summed; 'free' / 'Free (voucher)' = 0.")
    q(ds, "How many times did we go to the Co-op?", {"number": sum(1 for g in G if g["chain"] == "Co-op"), "unit": "trips"},
      "Rows whose Shop is Co-op / Coop / co op / CO-OP / The Co-op.")
    by_wd = defaultdict(float)
    for g in A:
        by_wd[g["date"].strftime("%A")] += g["amt"]
    wd = top(by_wd, "weekday spend")
    q(ds, "Which day of the week do we spend the most on groceries?", {"label": [wd, wd + "s"]}, "Spending by weekday.")
    tx = [g["amt"] for g in A if "express" in g["shop"].lower() or g["shop"].lower() == "tesco exp"]
    q(ds, "What do we spend on average per trip at Tesco Express?", {"number": r6(statistics.mean(tx)), "unit": "£"},
      "Mean Amount of Tesco Express / Tesco Exp rows.")
    fs = sum(g["amt"] for g in A if g["chain"] == "Farm shop")
    q(ds, "How much have we spent at the farm shop?", {"number": r6(fs), "unit": "£"}, "Farm shop rows (Hollow Lane farm shop).")
    q(ds, "What share of our shopping trips were top-ups?",
      {"number": r6(100 * sum(1 for g in G if g["kind"] == "top") / len(G)), "unit": "%"}, "Top-up rows over all rows.")


def main():
    yarn_questions()
    badminton_questions()
    litter_questions()
    stargazing_questions()
    grocery_questions()
    out = []
    for i, e in enumerate(Q, 1):
        out.append({"dataset": e["dataset"], "id": f"s36-{i:03d}", "note": e["note"], "question": e["question"],
                    "truth": e["truth"]})
    if FAILS:
        print("\n".join("guard failed: " + f for f in FAILS))
        sys.exit(1)
    if "--print" in ARGS or "--debug" in ARGS:
        for e in out:
            print(f"{e['id']}  {e['question']}\n        {json.dumps(e['truth'], ensure_ascii=False)}")
        return
    (HERE / "questions.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"questions.json: {len(out)} questions")


if __name__ == "__main__":
    main()
