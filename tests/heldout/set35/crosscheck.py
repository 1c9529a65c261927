#!/usr/bin/env python3
"""Held-out set 35: recomputes a sample of the truths a second way and compares them with questions.json.

    python3 tests/heldout/set35/crosscheck.py      # exit 1 on a mismatch

No code is shared with truths.py: files are read with csv.DictReader by header name (the form's long
headers found by regular expression), values are cleaned with regular expressions and keyword rules
(not truths.py's synonym tables) into an in-memory SQLite database (money as integer pennies, dates as
ISO text), and every figure is a SQL query (days not logged against a calendar from a recursive query).
"""

import csv
import datetime as dt
import json
import re
import sqlite3
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
db = sqlite3.connect(":memory:")


def rows(name):
    with open(DATA / name, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def letters(s):
    return re.sub(r"[^a-z0-9]", "", (s or "").lower())


def pence(s, zero_words=()):
    t = (s or "").strip().lower()
    if t in zero_words:
        return 0
    m = re.fullmatch(r"(-?)\s*£?\s*([\d,]+(?:\.\d+)?)\s*[a-z ]*", t)
    if not m:
        return None
    v = round(float(m.group(2).replace(",", "")) * 100)
    return -v if m.group(1) else v


def one(sql, *args):
    return db.execute(sql, args).fetchone()


def col(sql, *args):
    return [r[0] for r in db.execute(sql, args).fetchall()]


GOT = {}


def got(qid, number=None, numbers=None, label=None, labels=None):
    GOT[qid] = {"number": number, "numbers": numbers, "label": label, "labels": labels}


# ----------------------------------------------------------------------------------------------
# firewood

def firewood():
    db.execute("CREATE TABLE prod(code INT, name TEXT, wood TEXT, kiln INT, list_p INT)")
    for r in rows("firewood_products.csv"):
        wood = letters(r["Wood"])
        wood = "kindling" if wood.startswith("kindling") else wood
        db.execute("INSERT INTO prod VALUES (?,?,?,?,?)", (int(r["Code"]), r["Product"].strip(), wood,
                   1 if re.match(r"(?i)\s*(kd|kiln)", r["Dried"]) else 0, pence(r["List Price"])))
    db.execute("CREATE TABLE fw(d TEXT, cust TEXT, village TEXT, ctype TEXT, code INT, qty REAL, p INT, dp INT,"
               " st TEXT, unpaid INT)")
    for r in rows("firewood_deliveries.csv"):
        dd, mm, yy = r["Delivery Date"].split("/")
        v = letters(r["Village"])
        v = {"chippy": "chippingnorton", "hooky": "hooknorton"}.get(v, v)
        c = r["Customer Type"].lower()
        ct = "pub" if "pub" in c else "let" if ("holiday" in c or "airbnb" in c) else \
            "trade" if ("trade" in c or "resell" in c) else "domestic"
        st = "D" if re.match(r"(?i)\s*(deliver|done)", r["Status"]) else "C" if re.search(r"(?i)cancel", r["Status"]) else "?"
        qty = float(re.match(r"\s*(\d+)", r["Qty"]).group(1))
        db.execute("INSERT INTO fw VALUES (?,?,?,?,?,?,?,?,?,?)",
                   (f"{yy}-{mm}-{dd}", r["Customer"].strip(), v, ct, int(r["Product"]), qty, pence(r["Price"]),
                    pence(r["Delivery Charge"], ("free", "foc")), st,
                    1 if re.match(r"(?i)\s*(no\b|owed|invoice|not yet)", r["Paid"]) else 0))
    got("s35-001", number=one("SELECT SUM(p) FROM fw WHERE st='D'")[0] / 100)
    got("s35-002", number=one("SELECT SUM(p) FROM fw WHERE st='D' AND d LIKE '2024-%'")[0] / 100)
    got("s35-003", number=one("SELECT COUNT(*) FROM fw WHERE st='C'")[0])
    got("s35-004", number=one("SELECT SUM(COALESCE(dp,0)) FROM fw WHERE st='D'")[0] / 100)
    v = col("SELECT village FROM fw WHERE st='D' GROUP BY village ORDER BY SUM(p) DESC LIMIT 2")
    got("s35-006", label=v[0], labels=[v[1]])
    got("s35-007", number=one("SELECT SUM(p) FROM fw WHERE st='D' AND unpaid=1")[0] / 100)
    got("s35-008", number=100.0 * one("SELECT SUM(CASE WHEN ctype='pub' THEN p ELSE 0 END)*1.0/SUM(p) FROM fw WHERE st='D'")[0])
    got("s35-009", number=one("SELECT SUM(CASE WHEN d BETWEEN '2024-09-01' AND '2025-03-31' THEN p "
                              "WHEN d BETWEEN '2023-09-01' AND '2024-03-31' THEN -p ELSE 0 END) FROM fw WHERE st='D'")[0] / 100)
    m = col("SELECT substr(d,1,7) FROM fw WHERE st='D' GROUP BY 1 ORDER BY COUNT(*) DESC LIMIT 1")[0]
    got("s35-011", label=m)
    got("s35-012", number=one("SELECT COUNT(*) FROM fw WHERE st='D' AND p > 30000")[0])
    mx, who = one("SELECT p, cust FROM fw WHERE st='D' ORDER BY p DESC LIMIT 1")
    got("s35-013", number=mx / 100, label=who)
    got("s35-014", number=one("SELECT COUNT(*) FROM fw WHERE st='D' AND p IS NULL")[0])
    w = col("SELECT wood FROM fw JOIN prod USING(code) WHERE st='D' GROUP BY wood ORDER BY SUM(p) DESC LIMIT 1")[0]
    got("s35-017", label=w)
    got("s35-018", number=one("SELECT SUM(qty) FROM fw JOIN prod USING(code) WHERE st='D' AND name LIKE 'Kindling%net'")[0])
    got("s35-019", number=100.0 * one("SELECT SUM(CASE WHEN kiln=1 THEN p ELSE 0 END)*1.0/SUM(p) FROM fw JOIN prod USING(code) "
                                      "WHERE st='D' AND p IS NOT NULL")[0])
    got("s35-020", number=one("SELECT SUM(p)/100.0/SUM(qty) FROM fw WHERE st='D' AND code=1 AND p IS NOT NULL "
                              "AND d BETWEEN '2024-09-01' AND '2025-03-31'")[0])
    p = col("SELECT name FROM fw JOIN prod USING(code) WHERE st='D' GROUP BY name ORDER BY SUM(p) DESC LIMIT 2")
    got("s35-021", label=p[0], labels=[p[1]])
    got("s35-022", number=one("SELECT COUNT(*) FROM prod WHERE list_p > 5000")[0])


# ----------------------------------------------------------------------------------------------
# bowls club

def bcat(s):
    c = s.strip().lower()
    if "sub" in c or "member" in c:
        return "subs"
    if "green fee" in c:
        return "green"
    if "stock" in c or "brewery" in c or "purchase" in c:
        return "barstock"
    if c.startswith("bar"):
        return "bartakings"
    if "greenkeep" in c or "maint" in c:
        return "greenkeeping"
    if "refund" in c:
        return "refund"
    if "equip" in c:
        return "equipment"
    if "electric" in c:
        return "electricity"
    if "water" in c:
        return "water"
    return letters(c)


def bowls():
    db.execute("CREATE TABLE bl(d TEXT, cat TEXT, p INT, meth TEXT, void INT)")
    for r in rows("bowls_club_ledger.csv"):
        d = dt.datetime.strptime(r["Date"], "%d-%b-%y").date().isoformat()
        m = letters(r["Method"])
        m = "dd" if m in ("dd", "directdebit") else m
        db.execute("INSERT INTO bl VALUES (?,?,?,?,?)", (d, bcat(r["Category"]), pence(r["Amount"]), m,
                   1 if re.search(r"(?i)void", r["Notes"]) else 0))
    db.execute("CREATE VIEW b AS SELECT * FROM bl WHERE void=0")
    i24 = one("SELECT SUM(p) FROM b WHERE p>0 AND d LIKE '2024%'")[0]
    o24 = -one("SELECT SUM(p) FROM b WHERE p<0 AND d LIKE '2024%'")[0]
    got("s35-024", number=i24 / 100)
    got("s35-025", number=o24 / 100)
    got("s35-026", number=(i24 - o24) / 100)
    s25 = one("SELECT SUM(p) FROM b WHERE cat='subs' AND d LIKE '2025%'")[0]
    s24 = one("SELECT SUM(p) FROM b WHERE cat='subs' AND d LIKE '2024%'")[0]
    got("s35-027", number=s25 / 100)
    got("s35-028", number=(s25 - s24) / 100)
    got("s35-029", number=one("SELECT SUM(p) FROM b WHERE cat IN ('bartakings','barstock') AND d LIKE '2024%'")[0] / 100)
    p, c = one("SELECT -p, cat FROM b ORDER BY p ASC LIMIT 1")
    got("s35-030", number=p / 100, label=c)
    s = col("SELECT cat FROM b WHERE p<0 GROUP BY cat ORDER BY SUM(p) ASC LIMIT 2")
    got("s35-031", label=s[0], labels=[s[1]])
    n, t = one("SELECT COUNT(*), -SUM(p) FROM b WHERE cat='refund'")
    got("s35-034", numbers=[n, t / 100])
    got("s35-035", number=one("SELECT SUM(void) FROM bl")[0])
    got("s35-036", label=col("SELECT substr(d,1,7) FROM b WHERE p>0 GROUP BY 1 ORDER BY SUM(p) DESC LIMIT 1")[0])
    got("s35-037", number=one("SELECT COUNT(*) FROM b WHERE p > 15000")[0])
    got("s35-039", number=one("SELECT -SUM(CASE WHEN d LIKE '2025%' THEN p ELSE -p END) FROM b WHERE cat='greenkeeping' "
                              "AND substr(d,6,2) <= '09'")[0] / 100)
    got("s35-042", number=one("SELECT COUNT(*) FROM b WHERE cat='subs' AND p>0 AND d LIKE '2025%'")[0])
    got("s35-044", number=-one("SELECT SUM(p) FROM b WHERE p<0 AND meth='dd'")[0] / 100)


# ----------------------------------------------------------------------------------------------
# baby log

def kind(s):
    f = s.strip().lower()
    if re.search(r"formula|^ff$", f):
        return "formula"
    if re.search(r"express|ebm", f):
        return "expressed"
    if re.search(r"both|l\+r", f):
        return "both"
    if re.fullmatch(r"(breast )?l(eft)?|bl", f):
        return "left"
    if re.fullmatch(r"(breast )?r(ight)?|br", f):
        return "right"
    return "?"


def baby():
    db.execute("CREATE TABLE bf(d TEXT, t INT, kind TEXT, bottle INT, mins REAL, ml REAL, who TEXT, dirty INT)")
    for r in rows("baby_feeds.csv"):
        h, m = re.split(r"[:.]", r["Time"].strip())
        k = kind(r["Feed"])
        mins = re.fullmatch(r"\s*(\d+)\s*(m|min)?\s*", r["Mins"])
        ml = re.fullmatch(r"\s*(\d+)\s*(ml)?\s*", r["Amount (ml)"])
        who = letters(r["Who"])
        who = "gran" if who.startswith("gran") else who
        db.execute("INSERT INTO bf VALUES (?,?,?,?,?,?,?,?)",
                   (r["Date"], int(h) * 60 + int(m), k, 1 if k in ("formula", "expressed") else 0,
                    float(mins.group(1)) if mins else None, float(ml.group(1)) if ml else None, who,
                    1 if re.search(r"(?i)dirty|poo|both|d$", r["Nappy"].strip()) else 0))
    got("s35-046", number=one("SELECT COUNT(*) FROM bf")[0])
    got("s35-047", number=one("SELECT COUNT(*)*1.0/COUNT(DISTINCT d) FROM bf WHERE d LIKE '2024-06%'")[0])
    got("s35-048", number=one("SELECT SUM(ml) FROM bf WHERE bottle=1 AND d LIKE '2024-06%'")[0])
    got("s35-049", number=one("SELECT (SELECT AVG(ml) FROM bf WHERE bottle=1 AND d LIKE '2024-06%') - "
                              "(SELECT AVG(ml) FROM bf WHERE bottle=1 AND d LIKE '2024-04%')")[0])
    got("s35-051", label=col("SELECT kind FROM bf WHERE kind IN ('left','right') GROUP BY kind ORDER BY COUNT(*) DESC LIMIT 1")[0])
    got("s35-052", number=one("SELECT SUM(CASE WHEN d LIKE '2024-04%' THEN 1 WHEN d LIKE '2024-06%' THEN -1 ELSE 0 END) "
                              "FROM bf WHERE t < 360")[0])
    got("s35-053", label=col("SELECT who FROM bf WHERE bottle=1 GROUP BY who ORDER BY COUNT(*) DESC LIMIT 1")[0])
    mx, d = one("SELECT mins, d FROM bf WHERE mins IS NOT NULL ORDER BY mins DESC LIMIT 1")
    got("s35-054", number=mx, label=d)
    got("s35-056", number=one("SELECT COUNT(*) FROM bf WHERE bottle=0 AND mins IS NULL")[0])
    got("s35-057", label=col("SELECT d FROM bf GROUP BY d ORDER BY COUNT(*) DESC LIMIT 1")[0])
    got("s35-058", number=one("WITH RECURSIVE cal(d) AS (SELECT '2024-04-01' UNION ALL SELECT date(d, '+1 day') FROM cal "
                              "WHERE d < '2024-06-30') SELECT COUNT(*) FROM cal WHERE d NOT IN (SELECT d FROM bf)")[0])
    got("s35-060", number=one("SELECT SUM(dirty) FROM bf WHERE d LIKE '2024-05%'")[0])
    got("s35-061", number=one("SELECT COUNT(*) FROM bf WHERE d LIKE '2024-06%' AND t >= 1320")[0])
    got("s35-065", number=one("SELECT COUNT(*) FROM bf WHERE bottle=1 AND who='gran'")[0])


# ----------------------------------------------------------------------------------------------
# car boot

def sell(s):
    c = s.lower()
    for pat, k in ((r"cloth", "clothes"), (r"clearance", "mixed"), (r"household|bric|bits|kitchen", "household"),
                   (r"toy", "toys"), (r"mix|everything", "mixed"), (r"book|dvd", "books"), (r"tool|diy", "tools"),
                   (r"plant", "plants")):
        if re.search(pat, c):
            return k
    return letters(c)


def carboot():
    rs = rows("car_boot_bookings.csv")
    keys = list(rs[0].keys())

    def h(pat):
        return [k for k in keys if re.search(pat, k, re.I)][0]
    K = {"ts": h(r"^timestamp"), "sun": h(r"which sunday"), "veh": h(r"bringing"), "sell": h(r"selling"),
         "tab": h(r"table"), "bef": h(r"before"), "trd": h(r"trader"), "pc": h(r"postcode"), "fee": h(r"fee"),
         "up": h(r"turned up")}
    db.execute("CREATE TABLE cb(sale TEXT, tsd TEXT, veh TEXT, tables INT, sell TEXT, first INT, trader INT, pc TEXT,"
               " fee INT, feeblank INT, st TEXT)")
    for r in rs:
        m = re.search(r"(\d+)(?:st|nd|rd|th) ([A-Za-z]+) (\d{4})", r[K["sun"]])
        sale = dt.datetime.strptime(f"{m.group(1)} {m.group(2)} {m.group(3)}", "%d %B %Y").date().isoformat()
        mo, da, yr = r[K["ts"]].split()[0].split("/")
        v = r[K["veh"]].lower()
        veh = "trailer" if "trailer" in v else "van" if "van" in v else "car"
        t = re.search(r"(\d)", r[K["tab"]])
        u = r[K["up"]].strip().lower()
        st = "rain" if re.search(r"rain|weather", u) else "yes" if re.fullmatch(r"y(es)?", u) else "no"
        db.execute("INSERT INTO cb VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                   (sale, f"{yr}-{int(mo):02d}-{int(da):02d}", veh, int(t.group(1)) if t else 0, sell(r[K["sell"]]),
                    1 if re.search(r"(?i)first", r[K["bef"]]) else 0, 1 if re.search(r"(?i)trader", r[K["trd"]]) else 0,
                    re.split(r"\s+", r[K["pc"]].strip().upper())[0], pence(r[K["fee"]]),
                    1 if not r[K["fee"]].strip() else 0, st))
    got("s35-067", number=one("SELECT COUNT(*) FROM cb WHERE sale LIKE '2025%'")[0])
    got("s35-068", number=one("SELECT COUNT(*) FROM cb WHERE sale LIKE '2024%' AND st='yes'")[0])
    f24 = one("SELECT SUM(fee) FROM cb WHERE sale LIKE '2024%'")[0]
    f25 = one("SELECT SUM(fee) FROM cb WHERE sale LIKE '2025%'")[0]
    got("s35-069", number=f24 / 100)
    got("s35-070", number=(f25 - f24) / 100)
    s = col("SELECT sale FROM cb GROUP BY sale ORDER BY COUNT(*) DESC LIMIT 2")
    got("s35-072", label=s[0], labels=[s[1]])
    got("s35-074", number=one("SELECT SUM(tables) FROM cb WHERE sale LIKE '2025%'")[0])
    got("s35-075", number=100.0 * one("SELECT AVG(st='no') FROM cb WHERE sale LIKE '2025%' AND st <> 'rain'")[0])
    s = col("SELECT sell FROM cb GROUP BY sell ORDER BY COUNT(*) DESC LIMIT 2")
    got("s35-076", label=s[0], labels=[s[1]])
    got("s35-078", label=col("SELECT pc FROM cb GROUP BY pc ORDER BY COUNT(*) DESC LIMIT 1")[0])
    got("s35-080", number=one("SELECT COUNT(*) FROM cb WHERE st='yes' AND feeblank=1")[0])
    got("s35-083", number=one("SELECT AVG(julianday(sale) - julianday(tsd)) FROM cb WHERE sale LIKE '2025%'")[0])
    got("s35-085", number=one("SELECT COUNT(*) FROM cb WHERE sale LIKE '2025%' AND julianday(sale) - julianday(tsd) < 7")[0])
    got("s35-087", number=one("SELECT COUNT(*) FROM cb WHERE sale LIKE '2025%' AND veh <> 'car'")[0])


# ----------------------------------------------------------------------------------------------
# records

def src(s):
    c = s.lower()
    for pat, k in ((r"discogs", "discogs"), (r"ebay", "ebay"), (r"oxfam|charity|heart|ryder", "charityshop"),
                   (r"fair|fayre", "recordfair"), (r"shop|rise|rough", "recordshop"), (r"boot", "carboot"),
                   (r"gift|present", "gift"), (r"swap", "swap")):
        if re.search(pat, c):
            return k
    return "?"


def genre(s):
    c = s.lower()
    for pat, k in ((r"jazz", "jazz"), (r"soul|funk", "soul"), (r"indie|alt", "indie"), (r"rock", "rock"),
                   (r"folk", "folk"), (r"electr", "electronic"), (r"reggae", "reggae")):
        if re.search(pat, c):
            return k
    return "?"


def artist(s):
    a = letters(s)
    a = re.sub(r"^the", "", a)
    return re.sub(r"the$", "", a)


def iso(s):
    d, m, y = s.strip().split("-")
    return f"{y}-{m}-{d}"


def records():
    db.execute("CREATE TABLE rc(d TEXT, artist TEXT, title TEXT, fmt TEXT, genre TEXT, src TEXT, paid INT, post INT,"
               " sold_on TEXT, sold INT)")
    for r in rows("record_collection.csv"):
        f = r["Format"].strip().lower()
        db.execute("INSERT INTO rc VALUES (?,?,?,?,?,?,?,?,?,?)",
                   (iso(r["Bought"]), artist(r["Artist"]), r["Title"], "7" if (f.startswith("7") or f == "single") else f,
                    genre(r["Genre"]), src(r["Where From"]), pence(r["Paid"]), pence(r["Postage"], ("free", "free p&p")),
                    iso(r["Sold On"]) if r["Sold On"].strip() else None, pence(r["Sold For"])))
    got("s35-088", number=one("SELECT SUM(paid) FROM rc")[0] / 100)
    got("s35-090", number=one("SELECT SUM(CASE WHEN d LIKE '2024%' THEN paid WHEN d LIKE '2023%' THEN -paid ELSE 0 END) FROM rc "
                              "WHERE paid IS NOT NULL")[0] / 100)
    s = col("SELECT src FROM rc WHERE paid IS NOT NULL GROUP BY src ORDER BY SUM(paid) DESC LIMIT 2")
    got("s35-091", label=s[0], labels=[s[1]])
    got("s35-092", label=col("SELECT src FROM rc WHERE paid IS NOT NULL GROUP BY src ORDER BY AVG(paid) ASC LIMIT 1")[0])
    got("s35-093", number=one("SELECT COUNT(*) FROM rc WHERE src='charityshop'")[0])
    n, t = one("SELECT COUNT(*), SUM(sold) FROM rc WHERE sold_on IS NOT NULL")
    got("s35-095", numbers=[n, t / 100])
    got("s35-096", number=one("SELECT SUM(sold - paid) FROM rc WHERE sold_on IS NOT NULL")[0] / 100)
    p, t = one("SELECT paid, title FROM rc WHERE paid IS NOT NULL ORDER BY paid DESC LIMIT 1")
    got("s35-097", number=p / 100, label=t)
    g = col("SELECT genre FROM rc GROUP BY genre ORDER BY COUNT(*) DESC LIMIT 2")
    got("s35-098", label=g[0], labels=[g[1]])
    got("s35-101", label=col("SELECT substr(d,1,7) FROM rc GROUP BY 1 ORDER BY COUNT(*) DESC LIMIT 1")[0])
    got("s35-102", number=one("SELECT COUNT(*) FROM rc WHERE paid > 3000")[0])
    got("s35-103", number=one("SELECT AVG(paid)/100.0 FROM rc WHERE fmt='7' AND paid IS NOT NULL")[0])
    got("s35-104", label=col("SELECT artist FROM rc GROUP BY artist ORDER BY COUNT(*) DESC LIMIT 1")[0])
    got("s35-105", number=one("SELECT AVG(julianday(sold_on) - julianday(d)) FROM rc WHERE sold_on IS NOT NULL")[0])
    got("s35-106", number=one("SELECT COUNT(*) FROM rc WHERE src NOT IN ('gift','swap') AND paid IS NULL")[0])


# ----------------------------------------------------------------------------------------------

def label_ok(mine, options):
    return letters(mine) in {letters(o) for o in options}


def main():
    firewood()
    bowls()
    baby()
    carboot()
    records()
    qs = {e["id"]: e for e in json.loads((HERE / "questions.json").read_text(encoding="utf-8"))}
    bad = 0
    for qid, g in sorted(GOT.items()):
        t = qs[qid]["truth"]
        errs = []
        if g["number"] is not None and abs(g["number"] - t.get("number", float("nan"))) > 2e-6:
            errs.append(f"number {g['number']} vs {t.get('number')}")
        if g["numbers"] is not None and (len(g["numbers"]) != len(t.get("numbers", []))
                                         or any(abs(a - b) > 2e-6 for a, b in zip(g["numbers"], t["numbers"]))):
            errs.append(f"numbers {g['numbers']} vs {t.get('numbers')}")
        if g["label"] is not None and not label_ok(g["label"], t.get("label", [])):
            errs.append(f"label {g['label']!r} vs {t.get('label')}")
        if g["labels"] is not None:
            for mine, opts in zip(g["labels"], t.get("labels", [])):
                if not label_ok(mine, opts):
                    errs.append(f"runner-up {mine!r} vs {opts}")
            if len(g["labels"]) != len(t.get("labels", [])):
                errs.append("runner-up count")
        if errs:
            bad += 1
            print(f"MISMATCH {qid}: {qs[qid]['question']}\n    " + "\n    ".join(errs))
    print(f"crosscheck: {len(GOT) - bad}/{len(GOT)} of {len(qs)} questions recomputed agree")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
