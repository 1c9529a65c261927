#!/usr/bin/env python3
"""Set 21: every question beside the code that computes its truth from the committed CSVs.

    python3 tests/heldout/set21/truths.py           # prints every truth, rewrites questions.json
    python3 tests/heldout/set21/truths.py --print   # prints only

Reading rules (how each file is read):
- herd.csv is the lookup for milk_recordings.csv, joined on `Ear Tag` = `ear_tag`. A cow's daily yield
  is am_litres + pm_litres on one row (one row per cow per day milked; dry cows have no rows). Averages
  "per cow per day" are the mean of those daily yields over rows. Fat, protein and SCC averages are plain
  means of the daily readings. scc_000s is in thousands of cells per ml.
- bank_statement.csv: dates "05 Mar 2025"; Paid In / Paid Out are separate unsigned columns with
  thousands commas; Balance is the running balance after the row. "Clients" are rows with Category
  "Client payment". Spending / money out is Paid Out; money in is Paid In (client payments and refunds).
- streaming_history.csv: startTime "yyyy-mm-dd HH:MM:SS" (when the play started); msPlayed is how long
  it played. A skip is a play of less than 30 seconds (msPlayed < 30000). Listening time is the sum
  of msPlayed. A play is a row.
- bird_sightings.csv: dates dd/mm/yyyy; species spellings are folded (trim, collapse inner spaces,
  case-insensitive); Count is numeric or a word / "?" / blank, which count as no usable count and are
  left out of sums and means (but a record is still a record).
- car_stock.csv: one row per car bought; a car is sold when SaleDate is filled in. Profit = SalePrice -
  PurchasePrice; days in stock = SaleDate - PurchaseDate. Period questions go by SaleDate for sales
  and by PurchaseDate for purchases.
"""

import csv
import datetime as dt
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
Q = []


def load(name):
    with open(DATA / name, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def r6(x):
    return round(float(x), 6)


def ask(ds, question, truth, note):
    if isinstance(ds, str):
        ds = [ds]
    Q.append({"id": f"s21-{len(Q) + 1:03d}", "dataset": ds, "question": question, "truth": truth, "note": note})


def num(x, unit=""):
    t = {"number": r6(x)}
    t["unit"] = unit
    return t


def top(d, margin=0.03, reverse=True):
    """The key of the largest (smallest) value, guarded: it must beat the runner-up by > margin."""
    items = sorted(d.items(), key=lambda kv: kv[1], reverse=reverse)
    if "--debug" in sys.argv:
        print("TOP", len(Q) + 1, items[:4], file=sys.stderr)
    (k1, v1), (k2, v2) = items[0], items[1]
    if reverse:
        assert v1 > v2 * (1 + margin) if v2 > 0 else v1 > v2, (k1, v1, k2, v2)
    else:
        assert v1 * (1 + margin) < v2, (k1, v1, k2, v2)
    return k1, v1


def topn(d, n, margin=0.03):
    items = sorted(d.items(), key=lambda kv: kv[1], reverse=True)
    if "--debug" in sys.argv:
        print("TOPN", len(Q) + 1, items[: n + 2], file=sys.stderr)
    assert items[n - 1][1] > items[n][1] * (1 + margin), items[: n + 1]
    return [k for k, _ in items[:n]]


def away(values, line, gap):
    for v in values:
        assert abs(v - line) > gap, (v, line)


def positive(x):
    assert x > 0, x
    return x


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def month_label(y, m):
    return [MONTHS[m - 1], f"{MONTHS[m - 1]} {y}", f"{y}-{m:02d}", f"{MONTHS[m - 1][:3]} {y}"]


def day_label(i):
    return [DAYS[i], DAYS[i] + "s"]


def hour_label(h):
    h12 = h % 12 or 12
    ap = "am" if h < 12 else "pm"
    return [f"{h:02d}:00", f"{h}:00", f"{h12}{ap}", f"{h12} {ap}", f"{h12} o'clock", f"{h:02d}.00",
            f"{h12}:00 {ap}", f"{h12} {ap[0]}.m.", f"{h12}{ap[0]}.m."]


# ------------------------------------------------------------------------------------------------
# dairy herd

HERD = "herd.csv"
MILK = "milk_recordings.csv"
herd = {r["Ear Tag"]: r for r in load(HERD)}
milk = load(MILK)
for r in milk:
    r["d"] = dt.date.fromisoformat(r["record_date"])
    r["y"] = float(r["am_litres"]) + float(r["pm_litres"])
    r["cow"] = herd[r["ear_tag"]]
    r["fat"] = float(r["fat_pct"])
    r["prot"] = float(r["protein_pct"])
    r["scc"] = float(r["scc_000s"])
M2 = [HERD, MILK]


def mean(xs):
    xs = list(xs)
    return sum(xs) / len(xs)


def cow_label(tag):
    return [herd[tag]["Name"], tag]


oct_total = sum(r["y"] for r in milk if r["d"].month == 10)
ask(MILK, "How many litres of milk did the herd give in total in October 2025?", num(oct_total, "litres"),
    "sum of am_litres + pm_litres over rows dated October 2025")

nov_avg = mean(r["y"] for r in milk if r["d"].month == 11)
ask(MILK, "what was the average yield per cow per day in November?", num(nov_avg, "litres"),
    "mean of am+pm over November 2025 rows (one row = one cow-day)")

by_breed = defaultdict(list)
for r in milk:
    by_breed[r["cow"]["Breed"]].append(r["y"])
b, _ = top({k: mean(v) for k, v in by_breed.items()})
ask(M2, "Which breed gives the most milk per cow per day on average?", {"label": [b]},
    "mean daily yield per cow-day by Breed from herd.csv")

diff_hj = mean(by_breed["Holstein Friesian"]) - mean(by_breed["Jersey"])
ask(M2, "On average, how many more litres a day does a Holstein Friesian give than a Jersey?",
    num(positive(diff_hj), "litres"), "mean daily yield per cow-day, Holstein Friesian minus Jersey")

cow_tot = defaultdict(float)
for r in milk:
    cow_tot[r["ear_tag"]] += r["y"]
t3 = topn(cow_tot, 3)
ask(M2, "Which three cows produced the most milk over the whole recording period?",
    {"labels": [cow_label(t) for t in t3]}, "total am+pm per cow over all rows; name or ear tag")

cow_scc = defaultdict(list)
for r in milk:
    cow_scc[r["ear_tag"]].append(r["scc"])
cow_scc_avg = {k: mean(v) for k, v in cow_scc.items()}
c, _ = top(cow_scc_avg)
ask(M2, "Which cow has the highest average somatic cell count?", {"label": cow_label(c)},
    "mean scc_000s per cow over its rows")

away(cow_scc_avg.values(), 200, 5)
n200 = sum(1 for v in cow_scc_avg.values() if v > 200)
ask(MILK, "How many cows have an average cell count above 200,000?", num(n200, "cows"),
    "cows whose mean scc_000s > 200 (thousand cells/ml); none within 5 of 200")

heif = sum(r["y"] for r in milk if r["cow"]["Group"] == "Heifers") / sum(r["y"] for r in milk) * 100
ask(M2, "What share of all the milk came from the Heifers group?", num(heif, "%"),
    "Group = Heifers total / all total, whole period")

jf = mean(r["fat"] for r in milk if r["cow"]["Breed"] == "Jersey")
ask(M2, "What's the average butterfat % for the Jerseys, averaging their daily readings?", num(jf, "%"),
    "plain mean of fat_pct over Jersey rows")

n15 = len({r["ear_tag"] for r in milk if r["d"] == dt.date(2025, 9, 15)})
ask(MILK, "How many cows were milked on 15 September 2025?", num(n15, "cows"),
    "distinct ear_tag on 2025-09-15")

mon = defaultdict(float)
for r in milk:
    mon[r["d"].month] += r["y"]
m, _ = top(mon, reverse=False)
ask(MILK, "Which month had the lowest total milk output?", {"label": month_label(2025, m)},
    "total am+pm by calendar month (Aug-Nov 2025)")

am_share = sum(float(r["am_litres"]) for r in milk) / sum(r["y"] for r in milk) * 100
ask(MILK, "What percentage of our milk comes from the morning milking?", num(am_share, "%"),
    "sum am_litres / sum (am+pm), whole period")

old_oct = sum(r["y"] for r in milk if r["d"].month == 10 and int(r["cow"]["Lactation No"]) >= 3)
ask(M2, "How much milk did cows in their third lactation or later give in October?", num(old_oct, "litres"),
    "Lactation No >= 3, October 2025, sum am+pm")

away([r["scc"] for r in milk], 600, 2)
n600 = sum(1 for r in milk if r["scc"] > 600)
ask(MILK, "How many daily recordings had a cell count over 600 thousand?", num(n600, "recordings"),
    "rows with scc_000s > 600; none within 2 of 600")

grp = defaultdict(list)
for r in milk:
    grp[r["cow"]["Group"]].append(r["y"])
g, _ = top({k: mean(v) for k, v in grp.items()}, reverse=False)
ask(M2, "Which group has the lowest average daily yield per cow?", {"label": [g]},
    "mean daily yield per cow-day by Group")

ncows = len({r["ear_tag"] for r in milk})
ask(MILK, "how many different cows show up in the milk records?", num(ncows, "cows"), "distinct ear_tag")

day_tot = defaultdict(float)
for r in milk:
    day_tot[r["d"]] += r["y"]
best_day = max(day_tot.values())
ask(MILK, "What was the herd's best single day, in litres?", num(best_day, "litres"),
    "max over dates of the day's total am+pm")

drop = (mon[8] - mon[11]) / mon[8] * 100
ask(MILK, "By what percentage did total monthly milk fall from August to November?", num(positive(drop), "%"),
    "(Aug total - Nov total) / Aug total")

np_ = mean(r["prot"] for r in milk if r["d"].month == 11)
ask(MILK, "Average protein percentage across all the November readings?", num(np_, "%"),
    "plain mean of protein_pct over November rows")

old = mean(r["y"] for r in milk if dt.datetime.strptime(r["cow"]["Date of Birth"], "%d/%m/%Y").year < 2021)
ask(M2, "For cows born before 2021, what's the average daily yield?", num(old, "litres"),
    "Date of Birth (dd/mm/yyyy) year < 2021; mean am+pm per cow-day")

daisy = sum(r["y"] for r in milk if r["cow"]["Name"] == "Daisy" and r["d"].month == 10)
ask(M2, "How much milk did Daisy give in October?", num(positive(daisy), "litres"),
    "Name = Daisy via herd.csv, October 2025, sum am+pm")

# ------------------------------------------------------------------------------------------------
# bank statement

BANK = "bank_statement.csv"
bank = load(BANK)


def money(s):
    return float(s.replace(",", "")) if s.strip() else 0.0


for r in bank:
    r["d"] = dt.datetime.strptime(r["Date"], "%d %b %Y").date()
    r["in"] = money(r["Paid In"])
    r["out"] = money(r["Paid Out"])
    r["bal"] = money(r["Balance"])
client = [r for r in bank if r["Category"] == "Client payment"]

ci25 = sum(r["in"] for r in client if r["d"].year == 2025)
ask(BANK, "How much did clients pay me in 2025?", num(ci25, "£"), "Paid In, Category Client payment, 2025")

out24 = sum(r["out"] for r in bank if r["d"].year == 2024)
ask(BANK, "What was the total of everything paid out of the account in 2024?", num(out24, "£"),
    "sum Paid Out, 2024")

cl25 = defaultdict(float)
for r in client:
    if r["d"].year == 2025:
        cl25[r["Payee"]] += r["in"]
c, _ = top(cl25)
ask(BANK, "Which client paid me the most in 2025?", {"label": [c]}, "Paid In by Payee, client payments, 2025")

clall = defaultdict(float)
for r in client:
    clall[r["Payee"]] += r["in"]
ask(BANK, "Who are my top 3 clients by total money received?", {"labels": [[k] for k in topn(clall, 3)]},
    "Paid In by Payee over the whole statement")

sw25 = sum(r["out"] for r in bank if r["Category"] == "Software" and r["d"].year == 2025)
ask(BANK, "how much have I spent on software subscriptions in 2025?", num(sw25, "£"),
    "Paid Out, Category Software, 2025")

jun = [r for r in bank if r["d"] <= dt.date(2025, 6, 30)][-1]["bal"]
ask(BANK, "What was my balance at the end of June 2025?", num(jun, "£"),
    "Balance on the last row dated on or before 30 Jun 2025 (file is in date order)")

hm25 = sum(r["out"] for r in bank if r["Payee"].startswith("HMRC") and r["d"].year == 2025)
ask(BANK, "How much did I pay HMRC altogether in 2025, VAT included?", num(hm25, "£"),
    "Paid Out to payees HMRC and HMRC VAT, 2025")

avg24 = mean(r["in"] for r in client if r["d"].year == 2024)
ask(BANK, "What was the average client payment in 2024?", num(avg24, "£"), "mean Paid In of client payments, 2024")

away([r["in"] for r in client], 3500, 20)
n3k = sum(1 for r in client if r["d"].year == 2025 and r["in"] > 3500)
ask(BANK, "How many client payments over £3,500 came in during 2025?", num(n3k, "payments"),
    "client payments in 2025 with Paid In > 3500; none within £20 of 3500")

min25 = defaultdict(float)
for r in bank:
    if r["d"].year == 2025:
        min25[r["d"].month] += r["in"]
m, _ = top(min25, reverse=False)
ask(BANK, "Which month of 2025 brought in the least money?", {"label": month_label(2025, m)},
    "sum Paid In by month, 2025 (client payments and refunds)")

net25 = sum(r["in"] - r["out"] for r in bank if r["d"].year == 2025)
ask(BANK, "What was my net cash flow for 2025, money in minus money out, counting everything?", num(net25, "£"),
    "sum Paid In - sum Paid Out, 2025; signed as it is")

a = sum(r["in"] for r in client if r["d"].year == 2024 and r["d"].month <= 11)
b_ = sum(r["in"] for r in client if r["d"].year == 2025 and r["d"].month <= 11)
ask(BANK, "By what percentage did client income change from Jan-Nov 2024 to Jan-Nov 2025?",
    num((b_ - a) / a * 100, "%"), "client Paid In, Jan-Nov 2025 vs Jan-Nov 2024; signed percent")

g24, g25 = defaultdict(float), defaultdict(float)
for r in client:
    if r["d"].month <= 11:
        (g24 if r["d"].year == 2024 else g25)[r["Payee"]] += r["in"]
grow = {k: g25[k] - g24[k] for k in set(g24) | set(g25)}
c, v = top(grow, 0.05)
ask(BANK, "Which client's payments grew the most in pounds between Jan-Nov 2024 and Jan-Nov 2025, and by how much?",
    {"label": [c], "number": r6(positive(v)), "unit": "£"}, "client Paid In by payee, Jan-Nov 2025 minus Jan-Nov 2024")

out25 = [r for r in bank if r["d"].year == 2025]
rent_share = sum(r["out"] for r in out25 if r["Category"] == "Studio rent") / sum(r["out"] for r in out25) * 100
ask(BANK, "What share of my 2025 outgoings went on studio rent?", num(rent_share, "%"),
    "Studio rent Paid Out / all Paid Out, 2025 (drawings, tax included in all)")

tr24 = sum(r["out"] for r in bank if r["Category"] == "Travel" and r["d"].year == 2024)
ask(BANK, "How much did I spend on travel in 2024?", num(tr24, "£"), "Paid Out, Category Travel, 2024")

nc24 = len({r["Payee"] for r in client if r["d"].year == 2024})
ask(BANK, "How many different clients paid me in 2024?", num(nc24, "clients"), "distinct payees of client payments, 2024")

eq = sorted((r for r in bank if r["Category"] == "Equipment"), key=lambda r: r["out"], reverse=True)
assert eq[0]["out"] > eq[1]["out"] * 1.03
ask(BANK, "What was my biggest equipment purchase, and who was it from?",
    {"label": [eq[0]["Payee"]], "number": r6(eq[0]["out"]), "unit": "£"}, "largest Paid Out with Category Equipment")

low25 = min(r["bal"] for r in bank if r["d"].year == 2025)
assert [r for r in bank if r["d"].year == 2024][-1]["bal"] > low25  # the balance carried into 2025 is not lower
ask(BANK, "What was the lowest my balance got in 2025?", num(low25, "£"), "min Balance over 2025 rows")

dr25 = sum(r["out"] for r in bank if r["Category"] == "Drawings" and r["d"].year == 2025) / 11
ask(BANK, "On average, how much did I take out in drawings per month in 2025 (Jan to Nov)?", num(dr25, "£"),
    "Drawings Paid Out in 2025 / 11 months")

ad = sum(r["out"] for r in bank if r["Payee"] == "Adobe Systems")
ask(BANK, "How much have I paid Adobe in total?", num(ad, "£"), "Paid Out to Adobe Systems, whole statement")

# ------------------------------------------------------------------------------------------------
# streaming history

MUS = "streaming_history.csv"
mus = load(MUS)
for r in mus:
    r["t"] = dt.datetime.strptime(r["startTime"], "%Y-%m-%d %H:%M:%S")
    r["ms"] = int(r["msPlayed"])

h_oct = sum(r["ms"] for r in mus if r["t"].month == 10) / 3_600_000
ask(MUS, "How many hours of music did I listen to in October?", num(h_oct, "hours"),
    "sum msPlayed of plays started in October 2025 / 3,600,000")

art_ms = defaultdict(int)
for r in mus:
    art_ms[r["artistName"]] += r["ms"]
a, _ = top(art_ms)
ask(MUS, "Who's my most listened-to artist by time?", {"label": [a]}, "sum msPlayed by artistName")

art_n = Counter(r["artistName"] for r in mus)
ask(MUS, "What are my top 3 artists by number of plays, counting skips too?",
    {"labels": [[k] for k in topn(art_n, 3)]}, "rows per artistName")

hr = Counter(r["t"].hour for r in mus)
h, _ = top(hr)
ask(MUS, "At what hour of the day do I start the most tracks?", {"label": hour_label(h)},
    "rows by hour of startTime")

wd = defaultdict(int)
for r in mus:
    wd[r["t"].weekday()] += r["ms"]
w, _ = top(wd, reverse=False)
ask(MUS, "Which day of the week do I spend the least time listening to music?", {"label": day_label(w)},
    "sum msPlayed by weekday of startTime")

nart = len({r["artistName"] for r in mus})
ask(MUS, "how many different artists have I listened to?", num(nart, "artists"), "distinct artistName")

skip = sum(1 for r in mus if r["ms"] < 30000) / len(mus) * 100
ask(MUS, "What percentage of my plays did I skip before 30 seconds?", num(skip, "%"),
    "rows with msPlayed < 30000 / all rows")

avgmin = mean(r["ms"] for r in mus) / 60000
ask(MUS, "What's the average length of a play in minutes, skips included?", num(avgmin, "minutes"),
    "mean msPlayed / 60000 over all rows")

od1 = sum(r["ms"] for r in mus if r["artistName"] == "Olivia Dean" and r["t"].month in (6, 7, 8)) / 60000
od2 = sum(r["ms"] for r in mus if r["artistName"] == "Olivia Dean" and r["t"].month in (9, 10, 11)) / 60000
ask(MUS, "How many more minutes of Olivia Dean did I play in September-November than in June-August?",
    num(positive(od2 - od1), "minutes"), "Olivia Dean msPlayed/60000, Sep-Nov minus Jun-Aug 2025")

dev = defaultdict(int)
for r in mus:
    dev[r["device"]] += r["ms"]
d_, _ = top(dev)
ask(MUS, "Which device do I listen on the most, by listening time?", {"label": [d_]}, "sum msPlayed by device")

car_share = dev["Car"] / sum(dev.values()) * 100
ask(MUS, "What share of my listening time is in the car?", num(car_share, "%"), "device Car msPlayed / all msPlayed")

fm = Counter(r["trackName"] for r in mus if r["artistName"] == "Fleetwood Mac")
tn, _ = top(fm, 0.05)
ask(MUS, "Which Fleetwood Mac song have I played the most times, skips included?", {"label": [tn]},
    "rows per trackName among artistName Fleetwood Mac (track names recur across artists, so the artist is named)")

mh = defaultdict(int)
for r in mus:
    mh[r["t"].month] += r["ms"]
ask(MUS, "By what percentage did my listening time go up from August to September?",
    num(positive((mh[9] - mh[8]) / mh[8] * 100), "%"), "sum msPlayed by month of startTime, September vs August 2025")

late = sum(1 for r in mus if r["t"].hour >= 22)
ask(MUS, "How many tracks did I start at 10pm or later?", num(late, "plays"), "rows with startTime hour >= 22")

we_days = {r["t"].date() for r in mus if r["t"].weekday() >= 5}
we_avg = sum(r["ms"] for r in mus if r["t"].weekday() >= 5) / 3_600_000 / len(we_days)
ask(MUS, "On Saturdays and Sundays, how many hours a day do I listen on average?", num(we_avg, "hours"),
    "weekend msPlayed / 3.6e6 / number of weekend days (every weekend day has plays)")
start, end = dt.date(2025, 5, 1), dt.date(2025, 11, 30)
assert len(we_days) == sum(1 for i in range((end - start).days + 1) if (start + dt.timedelta(i)).weekday() >= 5)

rh = sum(r["ms"] for r in mus if r["artistName"] == "Radiohead") / 60000
ask(MUS, "how many minutes of Radiohead have I played in total?", num(rh, "minutes"), "Radiohead msPlayed / 60000")

kh = len({r["trackName"] for r in mus if r["artistName"] == "Khruangbin"})
ask(MUS, "How many different Khruangbin songs have I played?", num(kh, "tracks"), "distinct trackName for Khruangbin")

nov_art = defaultdict(int)
for r in mus:
    if r["t"].month == 11:
        nov_art[r["artistName"]] += r["ms"]
a, _ = top(nov_art)
ask(MUS, "who was my top artist in November, by time listened?", {"label": [a]},
    "sum msPlayed by artistName, plays started in November 2025")

mac_aug = sum(1 for r in mus if r["device"] == "MacBook" and r["t"].month == 8)
mac_oct = sum(1 for r in mus if r["device"] == "MacBook" and r["t"].month == 10)
ask(MUS, "How many more plays were on the MacBook in October than in August?", num(positive(mac_oct - mac_aug), "plays"),
    "rows with device MacBook, October minus August 2025")

# ------------------------------------------------------------------------------------------------
# bird sightings

BIRD = "bird_sightings.csv"
bird = load(BIRD)


def fold(s):
    return " ".join(s.split()).casefold()


for r in bird:
    r["sp"] = fold(r["Species"])
    r["d"] = dt.datetime.strptime(r["Date"], "%d/%m/%Y").date()
    c = r["Count"].strip()
    r["n"] = int(c) if c.isdigit() else None


def sp_label(sp):
    return [sp.title(), sp]


nsp = len({r["sp"] for r in bird})
ask(BIRD, "How many different bird species have been recorded?", num(nsp, "species"),
    "distinct species after folding case and spaces")

spn = Counter(r["sp"] for r in bird)
s, _ = top(spn, 0.03)
ask(BIRD, "Which species has been recorded the most often?", {"label": sp_label(s)},
    "records per folded species")

stl = sum(r["n"] for r in bird if r["sp"] == "starling" and r["n"] is not None)
ask(BIRD, "How many starlings have been counted in total, leaving out entries without a number?",
    num(stl, "birds"), "sum of numeric Count for folded species starling")

spc = defaultdict(int)
for r in bird:
    if r["n"] is not None:
        spc[r["sp"]] += r["n"]
ask(BIRD, "What are the top 3 species by total number of birds counted?",
    {"labels": [sp_label(s) for s in topn(spc, 3)]}, "sum numeric Count per folded species")

site_sp = defaultdict(set)
for r in bird:
    site_sp[r["Site"]].add(r["sp"])
s, _ = top({k: len(v) for k, v in site_sp.items()}, 0.05)
ask(BIRD, "Which site has the most different species on record?", {"label": [s]},
    "distinct folded species per Site")

obs = Counter(r["Observer"] for r in bird)
o, _ = top(obs)
ask(BIRD, "Who has submitted the most records?", {"label": [o, o.split()[-1]]}, "records per Observer")

nocount = sum(1 for r in bird if r["n"] is None)
ask(BIRD, "How many records don't have a proper number in the count?", num(nocount, "records"),
    "Count blank, '?', or a word")

kf = sum(1 for r in bird if r["sp"] == "kingfisher")
ask(BIRD, "How many times has a kingfisher been logged?", num(kf, "records"), "records of folded kingfisher")

bm = Counter(r["d"].month for r in bird)
m, _ = top(bm)
ask(BIRD, "Which month had the most sightings recorded?", {"label": month_label(2025, m)}, "records per month")

lap = mean(r["n"] for r in bird if r["sp"] == "lapwing" and r["n"] is not None)
ask(BIRD, "What's the average flock size when lapwings are counted?", num(lap, "birds"),
    "mean numeric Count for folded lapwing")

mill = sum(1 for r in bird if r["Site"] == "Millbrook Reservoir") / len(bird) * 100
ask(BIRD, "What share of all records come from Millbrook Reservoir?", num(mill, "%"), "records at the site / all records")

bt_days = len({r["d"] for r in bird if r["sp"] == "blue tit"})
ask(BIRD, "On how many different days was a blue tit seen?", num(bt_days, "days"),
    "distinct dates with folded species blue tit")

mx = sorted((r for r in bird if r["n"] is not None), key=lambda r: r["n"], reverse=True)
assert mx[0]["n"] > mx[1]["n"]
ask(BIRD, "What was the biggest single count of one species, and which bird was it?",
    {"label": sp_label(mx[0]["sp"]), "number": mx[0]["n"], "unit": "birds"}, "max numeric Count; its species")

early = [r for r in bird if r["Time"] < "09:00"]
away([int(r["Time"][:2]) * 60 + int(r["Time"][3:]) for r in bird], 9 * 60, 0.5)
ask(BIRD, "How many records were made before 9 in the morning?", num(len(early), "records"), "Time < 09:00")

rob_oak = sum(r["n"] for r in bird if r["sp"] == "robin" and r["Site"] == "Oak Hill Woods" and r["n"] is not None)
ask(BIRD, "How many robins in total have been counted at Oak Hill Woods?", num(rob_oak, "birds"),
    "sum numeric Count, folded robin, Site Oak Hill Woods")

we = sum(1 for r in bird if r["d"].weekday() >= 5) / len(bird) * 100
ask(BIRD, "What percentage of sightings were made at the weekend?", num(we, "%"),
    "records on Saturday or Sunday / all records")

away([r["n"] for r in bird if r["n"] is not None], 50, 0.5)
big = sum(1 for r in bird if r["n"] is not None and r["n"] > 50)
ask(BIRD, "How many records counted more than 50 birds?", num(big, "records"), "numeric Count > 50 (no count of exactly 50)")

obs_sp = defaultdict(set)
for r in bird:
    obs_sp[r["Observer"]].add(r["sp"])
o2, v2 = top({k: len(v) for k, v in obs_sp.items()}, 0.05, reverse=False)
ask(BIRD, "Which observer has recorded the fewest different species?", {"label": [o2, o2.split()[-1]]},
    "distinct folded species per Observer")

salt = len({r["sp"] for r in bird if r["Site"] == "Saltmarsh Point"})
ask(BIRD, "How many different species have been seen at Saltmarsh Point?", num(salt, "species"),
    "distinct folded species with Site Saltmarsh Point")

# ------------------------------------------------------------------------------------------------
# used cars

CAR = "car_stock.csv"
cars = load(CAR)
for r in cars:
    r["pd"] = dt.date.fromisoformat(r["PurchaseDate"])
    r["cost"] = float(r["PurchasePrice"])
    if r["SaleDate"]:
        r["sd"] = dt.date.fromisoformat(r["SaleDate"])
        r["sale"] = float(r["SalePrice"])
        r["profit"] = r["sale"] - r["cost"]
        r["days"] = (r["sd"] - r["pd"]).days
sold = [r for r in cars if r["SaleDate"]]
s25 = [r for r in sold if r["sd"].year == 2025]

ask(CAR, "How many cars did we sell in 2025?", num(len(s25), "cars"), "rows with SaleDate in 2025")
ask(CAR, "What were our total sales in 2025?", num(sum(r["sale"] for r in s25), "£"), "sum SalePrice, SaleDate in 2025")
ask(CAR, "What's our average profit per car sold?", num(mean(r["profit"] for r in sold), "£"),
    "mean SalePrice - PurchasePrice over every sold car")

mk = defaultdict(list)
for r in sold:
    mk[r["Make"]].append(r["profit"])
k, _ = top({k: mean(v) for k, v in mk.items()})
ask(CAR, "Which make earns us the most profit per car on average?", {"label": [k]}, "mean profit by Make, sold cars")

ask(CAR, "On average, how many days does a car sit in stock before it sells?", num(mean(r["days"] for r in sold), "days"),
    "mean SaleDate - PurchaseDate over sold cars")

unsold = [r for r in cars if not r["SaleDate"]]
ask(CAR, "How many cars are still unsold?", num(len(unsold), "cars"), "rows with no SaleDate")
ask(CAR, "How much money have we got tied up in unsold cars, at what we paid for them?",
    num(sum(r["cost"] for r in unsold), "£"), "sum PurchasePrice of rows with no SaleDate")

sp25 = Counter(r["SoldBy"] for r in s25)
p, v = top(sp25)
ask(CAR, "Who sold the most cars in 2025, and how many?", {"label": [p], "number": v, "unit": "cars"},
    "sold cars by SoldBy, SaleDate in 2025")

mc = Counter(r["Model"] for r in sold)
ask(CAR, "What are our three best-selling models by number sold?", {"labels": [[k] for k in topn(mc, 3)]},
    "sold cars per Model")

fin = sum(1 for r in sold if r["OnFinance"] == "Yes") / len(sold) * 100
ask(CAR, "What percentage of the cars we sold went on finance?", num(fin, "%"), "OnFinance Yes / sold cars")

ev = mean(r["days"] for r in sold if r["FuelType"] == "Electric")
pet = mean(r["days"] for r in sold if r["FuelType"] == "Petrol")
ask(CAR, "How many more days on average do electric cars take to sell than petrol ones?", num(positive(ev - pet), "days"),
    "mean days in stock, Electric minus Petrol, sold cars")

away([int(r["Mileage"]) for r in cars], 100000, 50)
hm = mean(r["sale"] for r in sold if int(r["Mileage"]) > 100000)
ask(CAR, "What's the average selling price of cars with over 100,000 miles on the clock?", num(hm, "£"),
    "mean SalePrice of sold cars with Mileage > 100000")

sm = Counter(r["sd"].month for r in s25)
m, _ = top(sm)
ask(CAR, "Which month in 2025 did we sell the most cars?", {"label": month_label(2025, m)}, "sold cars by SaleDate month, 2025")

q = lambda r, qs: r["sd"].year == 2025 and (r["sd"].month - 1) // 3 + 1 == qs
pq3 = sum(r["profit"] for r in sold if q(r, 3))
pq2 = sum(r["profit"] for r in sold if q(r, 2))
ask(CAR, "How much did our profit drop from Q2 2025 to Q3 2025?", num(positive(pq2 - pq3), "£"),
    "profit of cars sold Apr-Jun 2025 minus Jul-Sep 2025")

old_sold = sum(1 for r in sold if int(r["RegYear"]) <= 2016)
ask(CAR, "How many cars registered in 2016 or earlier have we sold?", num(old_sold, "cars"), "sold cars with RegYear <= 2016")

gm = sum(r["profit"] for r in s25) / sum(r["sale"] for r in s25) * 100
ask(CAR, "What was our gross margin on 2025 sales, profit as a percentage of sales?", num(gm, "%"),
    "sum profit / sum SalePrice, SaleDate in 2025")

ex = sorted(sold, key=lambda r: r["sale"], reverse=True)
assert ex[0]["sale"] > ex[1]["sale"]
ask(CAR, "What's the most expensive car we've sold, and what did it go for?",
    {"label": [ex[0]["Model"], ex[0]["StockNo"]], "number": ex[0]["sale"], "unit": "£"},
    f"max SalePrice; it is a {ex[0]['Make']} {ex[0]['Model']} ({ex[0]['StockNo']})")

spp = defaultdict(list)
for r in sold:
    spp[r["SoldBy"]].append(r["profit"])
ask(CAR, "How much profit has Leanne made on the cars she's sold?", num(positive(sum(spp["Leanne"])), "£"),
    "sum profit of sold cars with SoldBy Leanne")

nm = len({(r["Make"], r["Model"]) for r in cars})
ask(CAR, "How many different models have we had in stock?", num(nm, "models"), "distinct Make+Model over all rows")

b24 = Counter(r["FuelType"] for r in sold if r["sd"].year == 2024 and r["sd"].month <= 11)
b25 = Counter(r["FuelType"] for r in sold if r["sd"].year == 2025)
gr = {k: (b25[k] - b24[k]) / b24[k] for k in b24}
f, _ = top(gr, 0.05)
ask(CAR, "Which fuel type's sales grew the most in percentage terms from Jan-Nov 2024 to Jan-Nov 2025?",
    {"label": [f]}, "count of sold cars per FuelType by SaleDate, Jan-Nov each year; growth rate")

bought24 = sum(r["cost"] for r in cars if r["pd"].year == 2024)
ask(CAR, "How much did we spend buying cars in 2024?", num(bought24, "£"), "sum PurchasePrice, PurchaseDate in 2024")

# ------------------------------------------------------------------------------------------------

if __name__ == "__main__":
    for q_ in Q:
        print(q_["id"], q_["dataset"][-1], json.dumps(q_["truth"], ensure_ascii=False), "|", q_["question"])
    print(len(Q), "questions", file=sys.stderr)
    if "--print" not in sys.argv:
        (HERE / "questions.json").write_text(json.dumps(Q, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
