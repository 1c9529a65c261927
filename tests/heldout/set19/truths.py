#!/usr/bin/env python3
"""Set 19 truths: every question beside the code that computes its truth from data/*.csv (standard library
only). Writes questions.json; `--print` only prints. Stops without writing if a guard fails.

Reading rules (the same for every question):
- Text categories are folded: surrounding spaces removed, inner runs of spaces collapsed, case ignored
  ("Owner  Surrender", "owner surrender", "OWNER SURRENDER" are one value). Client codes too ("c111" = "C111").
- Money: "$1,234.50", "-$939.80", "£150.00", "150" are numbers; a blank is missing. In the shelter file
  "waived" (and "0") is a fee of 0.
- Missing words: blank, "unknown", "?", "not weighed" are missing and skipped by averages.
- Dates: translation and property files ISO yyyy-mm-dd; brokerage MM/DD/YYYY; shelter dd/mm/yyyy; vending
  "yyyy-mm-dd HH:MM:SS".
- Translation: a job is delivered when its status is Delivered (any spelling); fees are the fee_eur column.
  Late = delivered date after the due date. Turnaround = delivered date minus received date in days.
- Brokerage: Amount is signed (money into the account positive). Commissions are the Commission column.
- Vending: a sale is a row whose vend_status is OK; FAILED / "Failed - refunded" are not sales.
- Shelter: length of stay = Outcome Date minus Intake Date in days. Still in care = no outcome.
- Property: sold = status Sold (any case). Days on market = SoldDate minus ListedDate.
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

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def fold(s):
    return re.sub(r"\s+", " ", (s or "").strip()).lower()


def money(s):
    s = (s or "").strip()
    if fold(s) in ("", "unknown", "?", "not weighed"):
        return None
    if fold(s) == "waived":
        return 0.0
    neg = s.startswith("-")
    v = float(s.replace("-", "").replace("$", "").replace("£", "").replace(",", ""))
    return -v if neg else v


def num(s):
    return money(s)


def read(name):
    with open(DATA / name, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def top(d, lowest=False, margin=0.03):
    """Key with the largest (or smallest) value; guard: it leads the runner-up by more than margin."""
    items = sorted(d.items(), key=lambda kv: kv[1], reverse=not lowest)
    (k1, v1), (k2, v2) = items[0], items[1]
    gap = abs(v1 - v2) / max(abs(v1), abs(v2))
    if gap <= margin:
        raise SystemExit(f"guard: top {k1}={v1} vs {k2}={v2} within {margin:.0%}")
    return k1


def topn(d, n, margin=0.03):
    items = sorted(d.items(), key=lambda kv: kv[1], reverse=True)
    a, b = items[n - 1][1], items[n][1]
    if (a - b) / a <= margin:
        raise SystemExit(f"guard: top {n} boundary {items[n-1]} vs {items[n]}")
    return [k for k, _ in items[:n]]


def positive(v):
    if v <= 0:
        raise SystemExit(f"guard: expected a positive difference, got {v}")
    return v


def away(values, t, tol):
    near = [v for v in values if abs(v - t) <= tol]
    if near:
        raise SystemExit(f"guard: values near threshold {t}: {near[:5]}")


def r6(x):
    return round(x, 6)


def month_label(m, year=2025):
    name = MONTHS[m - 1]
    labs = [name, f"{name} {year}", f"{year}-{m:02d}", f"{name[:3]} {year}"]
    return list(dict.fromkeys(labs))


def day_label(w):
    return [DAYS[w], DAYS[w] + "s"]


def hour_label(h):
    h12 = h % 12 or 12
    ap = "am" if h < 12 else "pm"
    return [f"{h:02d}:00", f"{h}:00", f"{h12}{ap}", f"{h12} {ap}", f"{h12} o'clock", f"{h:02d}.00",
            f"{h12}:00 {ap}", f"{h12}:00{ap}", f"{h12} {ap[0]}.m.", f"{h12}{ap[0]}.m."]


def iso(s):
    return dt.date.fromisoformat(s.strip()) if s and s.strip() else None


def dmy(s):
    return dt.datetime.strptime(s.strip(), "%d/%m/%Y").date() if s and s.strip() else None


def mdy(s):
    return dt.datetime.strptime(s.strip(), "%m/%d/%Y").date()


# ---------------------------------------------------------------------------------------------
# load

clients = {}
for c in read("translation_clients.csv"):
    clients[c["Client Code"].strip().upper()] = {"name": c["Client Name"].strip(), "sector": fold(c["Sector"]),
                                                  "country": fold(c["Country"]),
                                                  "terms": int(c["Payment Terms (days)"])}
jobs = []
for j in read("translation_jobs.csv"):
    jobs.append({"code": j["client_code"].strip().upper(), "received": iso(j["received"]), "due": iso(j["due"]),
                 "delivered": iso(j["delivered"]), "pair": j["lang_pair"].strip().upper(),
                 "service": fold(j["service"]), "words": int(j["word_count"]), "fee": money(j["fee_eur"]),
                 "status": fold(j["status"])})
assert all(j["code"] in clients for j in jobs)
done = [j for j in jobs if j["status"] == "delivered"]
assert all(j["fee"] is not None and j["delivered"] for j in done)

trades = []
for t in read("brokerage_activity.csv"):
    trades.append({"date": mdy(t["Trade Date"]), "action": fold(t["Action"]), "sym": t["Symbol"].strip().upper(),
                   "qty": int(t["Quantity"]) if t["Quantity"].strip() else None, "price": money(t["Price"]),
                   "comm": money(t["Commission"]) or 0.0, "amount": money(t["Amount"])})

vends = []
for v in read("vending_sales.csv"):
    ts = dt.datetime.strptime(v["txn_ts"], "%Y-%m-%d %H:%M:%S")
    vends.append({"ts": ts, "mach": v["mach_id"].strip().upper(), "site": fold(v["site"]), "item": fold(v["item"]),
                  "cat": fold(v["cat"]), "price": float(v["price_usd"]), "pay": fold(v["pay_method"]),
                  "ok": fold(v["vend_status"]) == "ok"})
sales = [v for v in vends if v["ok"]]

animals = []
for a in read("shelter_animals.csv"):
    animals.append({"species": fold(a["Species"]), "breed": fold(a["Breed"]), "age": num(a["Age (months)"]),
                    "weight": num(a["Weight (kg)"]), "intake": dmy(a["Intake Date"]), "itype": fold(a["Intake Type"]),
                    "out": dmy(a["Outcome Date"]), "otype": fold(a["Outcome Type"]), "fee": money(a["Adoption Fee"])})
for a in animals:
    a["stay"] = (a["out"] - a["intake"]).days if a["out"] else None
adopted = [a for a in animals if a["otype"] == "adopted"]

homes = []
for p in read("property_listings.csv"):
    homes.append({"suburb": fold(p["Suburb"]), "type": fold(p["PropertyType"]), "beds": int(p["Bedrooms"]),
                  "land": num(p["LandSizeSqm"]), "list": money(p["ListPrice"]), "sold_price": money(p["SoldPrice"]),
                  "listed": iso(p["ListedDate"]), "sold": iso(p["SoldDate"]), "agent": p["Agent"].strip(),
                  "status": fold(p["Status"])})
sold = [h for h in homes if h["status"] == "sold"]
for h in sold:
    h["dom"] = (h["sold"] - h["listed"]).days

Q = []


def q(qid, dataset, question, truth, note):
    Q.append({"id": qid, "dataset": dataset, "question": question, "truth": truth, "note": note})


TJ = ["translation_jobs.csv"]
TJC = ["translation_jobs.csv", "translation_clients.csv"]

# ---------------------------------------------------------------------------------------------
# translation jobs (+ clients)

q("s19-001", TJ, "How much have I billed in total for delivered jobs?",
  {"number": r6(sum(j["fee"] for j in done)), "unit": "€"}, "sum fee_eur, status Delivered")

q("s19-002", TJ, "how many jobs got cancelled?",
  {"number": sum(j["status"] == "cancelled" for j in jobs), "unit": "jobs"}, "status Cancelled, any case")

q("s19-003", TJ, "What's the total word count of delivered jobs that I received between April and June?",
  {"number": sum(j["words"] for j in done if 4 <= j["received"].month <= 6), "unit": "words"},
  "received 2025-04-01..2025-06-30, delivered")

w = [j for j in done if j["pair"] == "EN>DE" and j["service"] == "translation"]
q("s19-004", TJ, "For plain translation work from English into German (EN>DE), how much do I earn per 1,000 words? "
  "Use total fees divided by total words, delivered jobs only.",
  {"number": r6(1000 * sum(j["fee"] for j in w) / sum(j["words"] for j in w)), "unit": "€"},
  "service Translation (not proofreading / certified), pair EN>DE, delivered")

by = defaultdict(float)
for j in done:
    by[j["pair"]] += j["fee"]
k = top(by)
assert k == "EN>DE"
q("s19-005", TJ, "Which language pair brings in the most money?",
  {"label": ["EN>DE", "EN > DE", "EN-DE", "English to German", "English into German", "English>German"]},
  "sum of fees on delivered jobs per lang_pair")

by = defaultdict(float)
for j in done:
    by[clients[j["code"]]["name"]] += j["fee"]
q("s19-006", TJC, "Who are my three biggest clients by fees on delivered work? Give me their names.",
  {"labels": topn(by, 3)}, "client code joined to Client Name (codes folded to upper case)")

tot = sum(j["fee"] for j in done)
q("s19-007", TJC, "What share of my fees on delivered jobs came from clients in the legal sector?",
  {"number": r6(100 * sum(j["fee"] for j in done if clients[j["code"]]["sector"] == "legal") / tot), "unit": "%"},
  "Sector via client lookup")

late = [j for j in done if j["delivered"] > j["due"]]
q("s19-008", TJ, "How many jobs did I deliver after the due date?", {"number": len(late), "unit": "jobs"},
  "delivered > due, delivered jobs")
q("s19-009", TJ, "What percentage of delivered jobs went out late?",
  {"number": r6(100 * len(late) / len(done)), "unit": "%"}, "late / delivered")

w = [(j["delivered"] - j["received"]).days for j in done if j["service"] == "certified translation"]
q("s19-010", TJ, "On average, how many days does a certified translation take from when it comes in to when I deliver it?",
  {"number": r6(statistics.mean(w)), "unit": "days"}, "mean(delivered - received), certified, delivered")

by = defaultdict(float)
for j in done:
    by[j["delivered"].month] += j["fee"]
q("s19-011", TJ, "Which month did I bill the most, going by when the work was delivered?", {"label": month_label(top(by))},
  "fees summed by month of the delivered date, delivered jobs")

q1, q2 = defaultdict(float), defaultdict(float)
for j in done:
    s = clients[j["code"]]["sector"]
    if j["received"].month <= 3:
        q1[s] += j["fee"]
    elif j["received"].month <= 6:
        q2[s] += j["fee"]
g = {s: q2[s] - q1[s] for s in set(q1) | set(q2)}
k = top(g, margin=0.05)
q("s19-012", TJC, "Which sector's fees grew the most in euros from Q1 to Q2, and by how much? Go by the date jobs "
  "came in, delivered jobs only.",
  {"label": [k.title(), k], "number": r6(positive(g[k])), "unit": "€"}, "sector via lookup; Q2 fees minus Q1 fees")

q("s19-013", TJ, "How many different clients sent me work in October?",
  {"number": len({j["code"] for j in jobs if j["received"].month == 10}), "unit": "clients"},
  "distinct client codes (folded), received in October, any status")

w = [j["words"] for j in jobs if j["status"] != "cancelled"]
away(w, 5000, 0)
q("s19-014", TJ, "Not counting cancelled ones, how many jobs were over 5,000 words?",
  {"number": sum(x > 5000 for x in w), "unit": "jobs"}, "word_count > 5000, status not cancelled")

w = [j["words"] for j in done if clients[j["code"]]["country"] == "germany"]
q("s19-015", TJC, "What's the average size in words of the delivered jobs from clients based in Germany?",
  {"number": r6(statistics.mean(w)), "unit": "words"}, "country via lookup")

q3 = sum(j["fee"] for j in done if 7 <= j["delivered"].month <= 9)
q2 = sum(j["fee"] for j in done if 4 <= j["delivered"].month <= 6)
q("s19-016", TJ, "how much more did i bill in Q3 than in Q2? go by the date the work was delivered",
  {"number": r6(positive(q3 - q2)), "unit": "€"}, "delivered jobs, by delivered month")

q("s19-017", TJC, "How much have I billed clients on 60-day payment terms for delivered jobs?",
  {"number": r6(sum(j["fee"] for j in done if clients[j["code"]]["terms"] == 60)), "unit": "€"},
  "Payment Terms (days) = 60 via lookup")

by = Counter(j["received"].weekday() for j in jobs)
q("s19-018", TJ, "Which day of the week do most new jobs come in?", {"label": day_label(top(by, margin=0.1))},
  "weekday of received, all jobs")

q("s19-019", TJ, "How many words are still in progress?",
  {"number": sum(j["words"] for j in jobs if j["status"] == "in progress"), "unit": "words"}, "status In progress")

best = max(done, key=lambda j: j["fee"])
assert sorted(j["fee"] for j in done)[-2] < best["fee"] * 0.97
q("s19-020", TJC, "Which client had my single most expensive delivered job, and what was it worth?",
  {"label": [clients[best["code"]]["name"]], "number": r6(best["fee"]), "unit": "€"}, "max fee, delivered")

# ---------------------------------------------------------------------------------------------
# brokerage

BR = ["brokerage_activity.csv"]


def acts(a, year=None):
    return [t for t in trades if t["action"] == a and (year is None or t["date"].year == year)]


q("s19-021", BR, "How much did I deposit in 2025?",
  {"number": r6(sum(t["amount"] for t in acts("deposit", 2025))), "unit": "$"}, "Deposit rows dated 2025")

q("s19-022", BR, "What's my net contribution overall, money paid in minus money taken out?",
  {"number": r6(sum(t["amount"] for t in acts("deposit")) + sum(t["amount"] for t in acts("withdrawal"))), "unit": "$"},
  "deposits + withdrawals (withdrawals negative)")

d25 = sum(t["amount"] for t in acts("dividend", 2025))
d24 = sum(t["amount"] for t in acts("dividend", 2024))
q("s19-023", BR, "What were my total dividends in 2025?", {"number": r6(d25), "unit": "$"}, "Dividend rows 2025")
q("s19-024", BR, "How much more did I earn in dividends in 2025 than in 2024?",
  {"number": r6(positive(d25 - d24)), "unit": "$"}, "2025 dividends minus 2024 dividends")

by = defaultdict(float)
for t in acts("dividend"):
    by[t["sym"]] += t["amount"]
q("s19-025", BR, "Which holding has paid me the most in dividends over the whole history?",
  {"label": [top(by)]}, "sum of Dividend amounts per symbol")

q("s19-026", BR, "How much have I paid in trading commissions altogether?",
  {"number": r6(sum(t["comm"] for t in trades if t["action"] in ("buy", "sell"))), "unit": "$"},
  "Commission column, Buy and Sell rows")

q("s19-027", BR, "How many purchases did I make in 2025?", {"number": len(acts("buy", 2025)), "unit": "buys"},
  "Buy rows dated 2025")

q("s19-028", BR, "How much have I spent buying NVDA, commissions included?",
  {"number": r6(-sum(t["amount"] for t in acts("buy") if t["sym"] == "NVDA")), "unit": "$"},
  "minus the sum of Amount on NVDA buys")

w = [t for t in acts("buy") if t["sym"] == "VTI"]
q("s19-029", BR, "Across all my VTI purchases, what's the average price I paid per share, ignoring commissions?",
  {"number": r6(sum(t["qty"] * t["price"] for t in w) / sum(t["qty"] for t in w)), "unit": "$"},
  "share-weighted: sum(qty*price)/sum(qty)")

q("s19-030", BR, "How many MSFT shares do I still own?",
  {"number": sum(t["qty"] for t in acts("buy") if t["sym"] == "MSFT") -
   sum(t["qty"] for t in acts("sell") if t["sym"] == "MSFT"), "unit": "shares"}, "bought minus sold")

q("s19-031", BR, "The account started empty. How much cash is left in it at the end of this statement?",
  {"number": r6(sum(t["amount"] for t in trades)), "unit": "$"}, "sum of every Amount")

by = defaultdict(float)
for t in acts("dividend", 2025):
    by[t["date"].month] += t["amount"]
q("s19-032", BR, "Which month of 2025 brought in the most dividend income?", {"label": month_label(top(by))},
  "dividends by month of Trade Date, 2025")

q("s19-033", BR, "What percentage of my 2025 dividends came from O (Realty Income)?",
  {"number": r6(100 * sum(t["amount"] for t in acts("dividend", 2025) if t["sym"] == "O") / d25), "unit": "%"},
  "O dividends / all dividends, 2025")

q("s19-034", BR, "How many different tickers have I bought or sold?",
  {"number": len({t["sym"] for t in trades if t["action"] in ("buy", "sell")}), "unit": "tickers"},
  "distinct Symbol on Buy/Sell rows")

best = min(acts("buy"), key=lambda t: t["amount"])
assert sorted(t["amount"] for t in acts("buy"))[1] > best["amount"] * 0.97
q("s19-035", BR, "What was my single biggest purchase, and what did I buy?",
  {"label": [best["sym"]], "number": r6(-best["amount"]), "unit": "$"}, "most negative Buy amount (incl. commission)")

q("s19-036", BR, "how much interest did my cash earn in 2025",
  {"number": r6(sum(t["amount"] for t in acts("interest", 2025))), "unit": "$"}, "Interest rows 2025")

q("s19-037", BR, "What did I take in from selling shares in 2025, after commissions?",
  {"number": r6(sum(t["amount"] for t in acts("sell", 2025))), "unit": "$"}, "sum of Sell amounts 2025")

q("s19-038", BR, "What was my average deposit in 2024?",
  {"number": r6(statistics.mean(t["amount"] for t in acts("deposit", 2024))), "unit": "$"}, "mean Deposit amount 2024")

q("s19-039", BR, "What have the account maintenance fees cost me in total?",
  {"number": r6(-sum(t["amount"] for t in acts("fee"))), "unit": "$"}, "Fee rows, as a positive cost")

q("s19-040", BR, "How much did I spend on purchases between July and September 2025, including commissions?",
  {"number": r6(-sum(t["amount"] for t in acts("buy", 2025) if 7 <= t["date"].month <= 9)), "unit": "$"},
  "Buy rows, 2025-07-01..2025-09-30")

# ---------------------------------------------------------------------------------------------
# vending

VS = ["vending_sales.csv"]
takings = sum(v["price"] for v in sales)
q("s19-041", VS, "What were our total takings from successful vends?", {"number": r6(takings), "unit": "$"},
  "sum price_usd, vend_status OK")
nf = sum(not v["ok"] for v in vends)
q("s19-042", VS, "How many vends failed?", {"number": nf, "unit": "vends"}, "vend_status not OK")
q("s19-043", VS, "What's the failure rate as a percentage of all vend attempts?",
  {"number": r6(100 * nf / len(vends)), "unit": "%"}, "failed / all rows")

by = defaultdict(float)
for v in sales:
    by[v["mach"]] += v["price"]
q("s19-044", VS, "Which machine took the most money?", {"label": [top(by, margin=0.1)]}, "sum of sales per mach_id")

by = Counter(v["ts"].hour for v in sales)
q("s19-045", VS, "What hour of the day do we sell the most?", {"label": hour_label(top(by))},
  "count of successful sales by hour")

by = Counter(v["ts"].weekday() for v in sales)
q("s19-046", VS, "Which day of the week is quietest for sales across all the machines?",
  {"label": day_label(top(by, lowest=True))}, "count of successful sales by weekday")

q("s19-047", VS, "What share of our takings was paid in cash?",
  {"number": r6(100 * sum(v["price"] for v in sales if v["pay"] == "cash") / takings), "unit": "%"},
  "pay_method folded")

w = [v["price"] for v in sales if v["site"] == "gym"]
q("s19-048", VS, "What's the average spend per sale at the gym?", {"number": r6(statistics.mean(w)), "unit": "$"},
  "site folded")

by = Counter(v["item"] for v in sales if v["site"] == "train station")
names = {fold(x["item"]): x["item"] for x in read("vending_sales.csv")}
q("s19-049", VS, "What's the best seller at the train station, by number sold?", {"label": [names[top(by, margin=0.05)]]},
  "count of sales per item, site Train Station (both machines)")

by = defaultdict(float)
for v in sales:
    by[v["item"]] += v["price"]
q("s19-050", VS, "Give me the top 3 products by revenue.", {"labels": [names[k] for k in topn(by, 3)]},
  "sum of sales per item")

sep = sum(v["price"] for v in sales if v["ts"].month == 9)
octo = sum(v["price"] for v in sales if v["ts"].month == 10)
nov = sum(v["price"] for v in sales if v["ts"].month == 11)
q("s19-051", VS, "How much more did we take in October than in September?",
  {"number": r6(positive(octo - sep)), "unit": "$"}, "sales by month")

q("s19-052", VS, "How many sales happened before 8 in the morning?",
  {"number": sum(v["ts"].hour < 8 for v in sales), "unit": "sales"}, "time < 08:00:00")

by = defaultdict(float)
for v in sales:
    if v["site"] == "hospital lobby":
        by[v["cat"]] += v["price"]
q("s19-053", VS, "At the hospital lobby, which category brings in the most money?",
  {"label": [top(by).title(), top(by)]}, "site Hospital Lobby, sum by cat")

q("s19-054", VS, "What did we take at weekends in total?",
  {"number": r6(sum(v["price"] for v in sales if v["ts"].weekday() >= 5)), "unit": "$"}, "Saturday + Sunday")

q("s19-055", VS, "How many different products have we sold?", {"number": len({v["item"] for v in sales}),
                                                              "unit": "products"}, "distinct items")

s9, s11 = defaultdict(float), defaultdict(float)
for v in sales:
    if v["ts"].month == 9:
        s9[v["site"]] += v["price"]
    elif v["ts"].month == 11:
        s11[v["site"]] += v["price"]
g = {s: 100 * (s11[s] - s9[s]) / s9[s] for s in s9}
k = top(g, margin=0.1)
q("s19-056", VS, "Which site grew its takings the most between September and November in percentage terms, and by "
  "how much?", {"label": [k.title(), k], "number": r6(g[k]), "unit": "%"}, "(Nov - Sep) / Sep per site")

q("s19-057", VS, "What were our average takings per day in November?", {"number": r6(nov / 30), "unit": "$"},
  "November takings / 30 days")

w = [v["price"] for v in sales if v["cat"] == "drink"]
away(w, 3.0, 0.05)
q("s19-058", VS, "How many drinks did we sell priced over $3?", {"number": sum(x > 3 for x in w), "unit": "drinks"},
  "cat Drink, price > 3")

q("s19-059", VS, "What percentage of takings came in from 6pm onwards?",
  {"number": r6(100 * sum(v["price"] for v in sales if v["ts"].hour >= 18) / takings), "unit": "%"},
  "hour >= 18")

wk = [d for d in (dt.date(2025, 9, 1) + dt.timedelta(days=i) for i in range(91)) if d.weekday() < 5]
c = Counter(v["ts"].date() for v in sales if v["mach"] == "VM-07")
assert all(c[d] > 0 for d in wk)
q("s19-060", VS, "On a typical weekday, how many sales does VM-07 make? Give me the average per weekday.",
  {"number": r6(sum(c[d] for d in wk) / len(wk)), "unit": "sales"}, "VM-07 weekday sales / 65 weekdays")

# ---------------------------------------------------------------------------------------------
# shelter

SH = ["shelter_animals.csv"]
q("s19-061", SH, "How many animals did we take in during 2025?",
  {"number": sum(a["intake"].year == 2025 for a in animals), "unit": "animals"}, "Intake Date in 2025")
q("s19-062", SH, "How many dogs have been adopted in total?",
  {"number": sum(a["species"] == "dog" for a in adopted), "unit": "dogs"}, "species and outcome folded")
left = [a for a in animals if a["species"] == "cat" and a["otype"]]
q("s19-063", SH, "Looking only at cats that have an outcome recorded, what percentage of them were adopted?",
  {"number": r6(100 * sum(a["otype"] == "adopted" for a in left) / len(left)), "unit": "%"},
  "cats with any outcome")
q("s19-064", SH, "On average, how many days did adopted dogs stay with us?",
  {"number": r6(statistics.mean(a["stay"] for a in adopted if a["species"] == "dog")), "unit": "days"},
  "Outcome Date - Intake Date")
q("s19-065", SH, "What's the median number of days a rabbit waits before it's adopted?",
  {"number": r6(statistics.median(a["stay"] for a in adopted if a["species"] == "rabbit")), "unit": "days"},
  "median stay, adopted rabbits")
by = Counter(a["breed"] for a in animals if a["species"] == "dog")
k = top(by, margin=0.1)
q("s19-066", SH, "What's the most common dog breed we take in?", {"label": [k.title(), k]}, "count of dog intakes")
q("s19-067", SH, "How much have we collected in adoption fees? Waived fees count as nothing.",
  {"number": r6(sum(a["fee"] or 0 for a in adopted)), "unit": "£"}, "Adoption Fee, waived = 0")
q("s19-068", SH, "How many animals are still in our care?",
  {"number": sum(not a["otype"] for a in animals), "unit": "animals"}, "no outcome")
w = [a["weight"] for a in animals if a["species"] == "dog" and a["age"] is not None and a["age"] >= 12
     and a["weight"] is not None]
q("s19-069", SH, "What's the average weight of adult dogs, a year old or more? Skip any without a weight.",
  {"number": r6(statistics.mean(w)), "unit": "kg"}, "age >= 12 months, weight known")
q("s19-070", SH, "What percentage of all our intakes were strays?",
  {"number": r6(100 * sum(a["itype"] == "stray" for a in animals) / len(animals)), "unit": "%"}, "Intake Type")
by = Counter(a["intake"].month for a in animals if a["intake"].year == 2025)
q("s19-071", SH, "Which month in 2025 had the most animals coming in?", {"label": month_label(top(by))},
  "intakes by month, 2025")
q("s19-072", SH, "How many strays went back to their owners?",
  {"number": sum(a["itype"] == "stray" and a["otype"] == "returned to owner" for a in animals), "unit": "animals"},
  "stray and Returned to Owner")
by = {s: statistics.mean(a["stay"] for a in adopted if a["species"] == s) for s in ("dog", "cat", "rabbit")}
k = top(by, margin=0.1)
q("s19-073", SH, "Which species waits the longest, on average, before being adopted?",
  {"label": [k.title(), k, k + "s"]}, "mean stay per species, adopted")
q("s19-074", SH, "How many adoptions had the fee waived, with nothing charged?",
  {"number": sum(a["fee"] == 0 for a in adopted), "unit": "adoptions"}, "fee waived or 0")
aq2 = sum(a["out"].year == 2024 and 7 <= a["out"].month <= 9 for a in adopted)
aq3 = sum(a["out"].year == 2025 and 7 <= a["out"].month <= 9 for a in adopted)
q("s19-075", SH, "How many more adoptions did we do in July to September 2025 than in the same three months of 2024?",
  {"number": positive(aq3 - aq2), "unit": "adoptions"}, "by Outcome Date, Q3 2025 minus Q3 2024")
q("s19-076", SH, "How many different cat breeds have come through the shelter?",
  {"number": len({a["breed"] for a in animals if a["species"] == "cat"}), "unit": "breeds"}, "distinct breeds, cats")
q("s19-077", SH, "What's the average age in months of animals surrendered by their owners, where we know the age?",
  {"number": r6(statistics.mean(a["age"] for a in animals if a["itype"] == "owner surrender" and a["age"] is not None)),
   "unit": "months"}, "Intake Type Owner Surrender")
w = [a["stay"] for a in adopted]
away(w, 90, 0)
q("s19-078", SH, "How many adopted animals had been with us for more than 90 days?",
  {"number": sum(x > 90 for x in w), "unit": "animals"}, "stay > 90 days (none exactly 90)")

# ---------------------------------------------------------------------------------------------
# property

PL = ["property_listings.csv"]
q("s19-079", PL, "How many properties did we sell in 2025?",
  {"number": sum(h["sold"].year == 2025 for h in sold), "unit": "sales"}, "status Sold, SoldDate in 2025")
q("s19-080", PL, "What's the median sale price for houses?",
  {"number": r6(statistics.median(h["sold_price"] for h in sold if h["type"] == "house")), "unit": "$"},
  "PropertyType House, sold")
q("s19-081", PL, "On average, how many days were units on the market before they sold?",
  {"number": r6(statistics.mean(h["dom"] for h in sold if h["type"] == "unit")), "unit": "days"},
  "SoldDate - ListedDate, units")
by = defaultdict(float)
for h in sold:
    by[h["agent"]] += h["sold_price"]
q("s19-082", PL, "Which agent has sold the most by total dollar value?", {"label": [top(by)]}, "sum SoldPrice per agent")
by = defaultdict(list)
for h in sold:
    if h["type"] == "house":
        by[h["suburb"]].append(h["sold_price"])
by = {k: statistics.mean(v) for k, v in by.items()}
k = top(by)
q("s19-083", PL, "Which suburb has the highest average sale price for houses?", {"label": [k.title(), k]},
  "mean SoldPrice of houses per suburb")
q("s19-084", PL, "What percentage of sold properties went for more than the asking price?",
  {"number": r6(100 * sum(h["sold_price"] > h["list"] for h in sold) / len(sold)), "unit": "%"},
  "SoldPrice > ListPrice")
q("s19-085", PL, "How many sold below asking?",
  {"number": sum(h["sold_price"] < h["list"] for h in sold), "unit": "sales"}, "SoldPrice < ListPrice")
q("s19-086", PL, "What's the average sale price of houses with 3 or more bedrooms?",
  {"number": r6(statistics.mean(h["sold_price"] for h in sold if h["type"] == "house" and h["beds"] >= 3)),
   "unit": "$"}, "houses, Bedrooms >= 3, sold")
q("s19-087", PL, "What proportion of all our listings ended up being withdrawn?",
  {"number": r6(100 * sum(h["status"] == "withdrawn" for h in homes) / len(homes)), "unit": "%"},
  "Withdrawn / all listings")
q("s19-088", PL, "If we charge 2% commission on the sale price, how much commission did we earn on 2025 sales?",
  {"number": r6(0.02 * sum(h["sold_price"] for h in sold if h["sold"].year == 2025)), "unit": "$"},
  "2% of SoldPrice, SoldDate 2025")
by = Counter(h["sold"].month for h in sold if h["sold"].year == 2025)
q("s19-089", PL, "Which month of 2025 had the most sales?", {"label": month_label(top(by, margin=0.05))},
  "count by SoldDate month, 2025")
w = [h for h in sold if h["type"] == "house" and h["suburb"] == "northcote"]
q("s19-090", PL, "What's the average price per square metre of land for houses sold in Northcote? Total price over "
  "total land.", {"number": r6(sum(h["sold_price"] for h in w) / sum(h["land"] for h in w)), "unit": "$/sqm"},
  "sum SoldPrice / sum LandSizeSqm")
w = sorted((h for h in sold if h["type"] == "house" and h["sold"].year == 2025), key=lambda h: h["sold_price"])
assert w[1]["sold_price"] > w[0]["sold_price"] * 1.01
q("s19-091", PL, "Where was the cheapest house we sold in 2025?", {"label": [w[0]["suburb"].title(), w[0]["suburb"]]},
  "min SoldPrice, houses sold in 2025 -> suburb")
w = [h["sold_price"] for h in sold]
away(w, 2000000, 5000)
q("s19-092", PL, "How many properties sold for over $2 million?", {"number": sum(x > 2000000 for x in w),
                                                                     "unit": "sales"}, "SoldPrice > 2,000,000")
a24 = statistics.mean(h["sold_price"] for h in sold if h["type"] == "house" and h["sold"].year == 2024)
a25 = statistics.mean(h["sold_price"] for h in sold if h["type"] == "house" and h["sold"].year == 2025)
q("s19-093", PL, "By how much did the average house sale price go up from 2024 to 2025? Go by sale date.",
  {"number": r6(positive(a25 - a24)), "unit": "$"}, "mean house SoldPrice 2025 minus 2024")
act = [h for h in homes if h["status"] == "active"]
q("s19-094", PL, "How many listings are still active, and what's their average asking price?",
  {"numbers": [len(act), r6(statistics.mean(h["list"] for h in act))], "unit": ""}, "status Active")
q("s19-095", PL, "What's the average number of bedrooms in the townhouses we've sold?",
  {"number": r6(statistics.mean(h["beds"] for h in sold if h["type"] == "townhouse")), "unit": "bedrooms"},
  "townhouses, sold")
by = Counter(h["agent"] for h in sold if h["sold"].year == 2025)
q("s19-096", PL, "Which agent sold the most homes in 2025?", {"label": [top(by, margin=0.1)]},
  "count of sales per agent, SoldDate in 2025")

if __name__ == "__main__":
    assert len({x["id"] for x in Q}) == len(Q)
    for x in Q:
        print(x["id"], json.dumps(x["truth"], ensure_ascii=False))
    print(len(Q), "questions")
    if "--print" not in sys.argv:
        (HERE / "questions.json").write_text(json.dumps(Q, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
