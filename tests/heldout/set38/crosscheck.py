#!/usr/bin/env python3
"""Held-out set 38: recomputes every truth in questions.json a second way and checks agreement.

    python3 tests/heldout/set38/crosscheck.py        # exit 1 on a mismatch

No code is shared with truths.py. Files are read with csv.DictReader by header name; values are cleaned
with regular expressions and keyword rules written afresh (not truths.py's tables) into an in-memory SQLite
database (money in integer pennies, dates as ISO text, times as minutes), and every figure is a SQL query.
Numbers must agree to within 2e-6; labels on their letters (case, spaces and punctuation ignored).
"""

import csv
import json
import re
import sqlite3
import sys
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
DB = sqlite3.connect(":memory:")
MON3 = {m: i + 1 for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}
MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December"]


def rows(name):
    with open(DATA / name, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def pence(s):
    """Integer pennies from '£1,204.50' / '45.6' / '38'; None when there is no plain amount."""
    t = re.sub(r"[£,\s]", "", s or "")
    m = re.match(r"^(-?)(\d+)(?:\.(\d{1,2}))?$", t)
    if not m:
        return None
    p = int(m.group(2)) * 100 + int((m.group(3) or "0").ljust(2, "0"))
    return -p if m.group(1) else p


def first_number(s):
    m = re.search(r"[-+]?\d+(?:\.\d+)?", (s or "").replace(",", ""))
    return float(m.group(0)) if m else None


def one(sql, *args):
    return DB.execute(sql, args).fetchone()[0]


def allrows(sql, *args):
    return DB.execute(sql, args).fetchall()


def load(table, cols, records):
    DB.execute(f"CREATE TABLE {table} ({', '.join(cols)})")
    DB.executemany(f"INSERT INTO {table} VALUES ({', '.join('?' * len(cols))})", records)


def ranked(sql, *args):
    """Rows (key, value) sorted by value descending."""
    return sorted(allrows(sql, *args), key=lambda r: -r[1])


EXPECT = {}


def want(qid, **kw):
    EXPECT[qid] = kw


# ================================================================================================
# golf

def golf():
    recs = rows("golf_rounds.csv")
    # first names -> surname, from rows written as two full words
    first_to_sur = {}
    for r in recs:
        if r["Member/Guest"].strip().lower().startswith("m"):
            w = re.sub(r"[^a-z ]", "", r["Player"].lower()).split()
            if len(w) == 2 and len(w[0]) > 1 and len(w[1]) > 1:
                first_to_sur.setdefault(w[0], w[1])
    surnames = set(first_to_sur.values())

    def person(raw, member):
        w = re.sub(r"\(guest\)", "", raw.lower())
        w = re.sub(r"[^a-z ]", "", w).split()
        if not member:
            return "guest:" + " ".join(w)
        if w[-1] in surnames:
            return w[-1]
        if len(w) == 2 and w[0] in first_to_sur and first_to_sur[w[0]].startswith(w[1]):
            return first_to_sur[w[0]]
        raise ValueError(raw)

    out = []
    for r in recs:
        dd, mm, yy = re.findall(r"\d+", r["Date"])
        yy = int(yy) + (2000 if len(yy) == 2 else 0)
        iso = f"{yy:04d}-{int(mm):02d}-{int(dd):02d}"
        member = 1 if r["Member/Guest"].strip().lower().startswith("m") else 0
        notes = r["Notes"].lower()
        rained = 1 if ("rain" in notes or "washout" in notes) else 0
        sp = re.match(r"^\s*(\d+)", r["Stableford"])
        pts = int(sp.group(1)) if sp else None
        gross = int(r["Gross"]) if re.fullmatch(r"\s*\d+\s*", r["Gross"]) else None
        nr = 1 if r["Gross"].strip().upper() in ("NR", "N/R") else 0
        dq = 1 if r["Stableford"].strip().upper().startswith("D") else 0
        twos = int(r["Twos"]) if r["Twos"].strip().isdigit() else 0
        fee = pence(r["Green fee"])
        pv = r["Paid"].strip().lower()
        paid = None if pv in ("", "-", "n/a") else 1 if pv[0] in "yp" else 0 if pv[0] in "no" else None
        win = 1 if re.match(r"^(winner|1st|won)\b", notes) else 0
        out.append((iso, int(r["Course No"].strip()), person(r["Player"], member), member, rained, pts, gross, nr, dq,
                    twos, fee, paid, win))
    load("g", ["d", "course", "who", "member", "rained", "pts", "gross", "nr", "dq", "twos", "fee", "paid", "win"], out)
    cl = []
    for r in rows("golf_courses.csv"):
        cl.append((int(r["Course No"]), r["Course"], r["County"].strip().lower(), r["Type"].lower()))
    load("c", ["no", "name", "county", "type"], cl)

    y = "substr(d,1,4)"
    want("s38-001", number=one(f"SELECT COUNT(*) FROM g WHERE {y}='2024' AND pts IS NOT NULL"))
    w = ranked(f"SELECT who, SUM(win) FROM g WHERE {y}='2025' GROUP BY who")
    want("s38-002", surname=w[0][0])
    want("s38-003", number=one(f"SELECT AVG(pts) FROM g WHERE {y}='2025' AND member=1 AND pts IS NOT NULL"))
    best = allrows(f"SELECT pts, who FROM g WHERE {y}='2024' AND pts IS NOT NULL ORDER BY pts DESC LIMIT 1")[0]
    want("s38-004", number=best[0], surname=best[1])
    want("s38-005", number=one(f"SELECT COUNT(DISTINCT who) FROM g WHERE {y}='2025' AND member=1 AND pts IS NOT NULL"))
    want("s38-006", number=one(f"SELECT COUNT(*) FROM g WHERE {y}='2024' AND member=0 AND rained=0"))
    want("s38-007", number=one("SELECT SUM(fee) FROM g WHERE paid=0") / 100)
    want("s38-008", number=one(f"SELECT SUM(fee) FROM g WHERE paid=1 AND {y}='2025'") / 100)
    want("s38-009", number=one("SELECT SUM(twos) FROM g"))
    w = allrows(f"SELECT who, AVG(gross) a FROM g WHERE {y}='2025' AND member=1 AND pts IS NOT NULL GROUP BY who "
                f"HAVING COUNT(*) >= 5 ORDER BY a LIMIT 1")
    want("s38-010", surname=w[0][0])
    want("s38-011", number=one(f"SELECT COUNT(*) FROM g WHERE {y}='2024' AND nr=1"))
    a = one(f"SELECT AVG(pts) FROM g WHERE {y}='2025' AND member=1 AND pts IS NOT NULL")
    b = one(f"SELECT AVG(pts) FROM g WHERE {y}='2024' AND member=1 AND pts IS NOT NULL")
    want("s38-012", number=a - b)
    want("s38-013", number=one("SELECT COUNT(DISTINCT d) FROM g WHERE rained=1"))
    want("s38-014", number=100.0 * one(f"SELECT AVG(CASE WHEN pts >= 36 THEN 1.0 ELSE 0 END) FROM g WHERE {y}='2024' AND pts IS NOT NULL"))
    m = ranked(f"SELECT substr(d,1,7), COUNT(*) FROM g WHERE {y}='2024' AND rained=0 GROUP BY 1")
    want("s38-015", month=m[0][0])
    want("s38-016", number=one(f"SELECT COUNT(*) * 1.0 / COUNT(DISTINCT d) FROM g WHERE {y}='2025' AND rained=0"))
    w = ranked("SELECT who, COUNT(*) FROM g WHERE member=1 AND rained=0 GROUP BY who")
    want("s38-017", surname=w[0][0])
    want("s38-018", number=one("SELECT COUNT(*) FROM g WHERE dq=1"))
    # joins: one row per played outing
    DB.execute("CREATE VIEW o AS SELECT DISTINCT d, course FROM g WHERE rained=0")
    w = ranked("SELECT c.name, COUNT(*) FROM o JOIN c ON c.no=o.course GROUP BY c.name")
    want("s38-019", label=w[0][0])
    want("s38-020", number=one("SELECT COUNT(*) FROM o JOIN c ON c.no=o.course WHERE c.type LIKE '%links%'"))
    pk = one("SELECT AVG(pts) FROM g JOIN c ON c.no=g.course WHERE pts IS NOT NULL AND c.type LIKE '%park%'")
    lk = one("SELECT AVG(pts) FROM g JOIN c ON c.no=g.course WHERE pts IS NOT NULL AND c.type LIKE '%links%'")
    want("s38-021", number=pk - lk)
    w = ranked("SELECT c.county, COUNT(*) FROM o JOIN c ON c.no=o.course GROUP BY c.county")
    want("s38-022", label=w[0][0])
    want("s38-023", labels=[r[0] for r in allrows("SELECT name FROM c WHERE no NOT IN (SELECT course FROM g) ORDER BY no")])
    w = allrows("SELECT c.name, AVG(pts) a FROM g JOIN c ON c.no=g.course WHERE pts IS NOT NULL GROUP BY c.name ORDER BY a LIMIT 1")
    want("s38-024", label=w[0][0])
    want("s38-025", number=one("SELECT SUM(fee) FROM g JOIN c ON c.no=g.course WHERE c.county='merseyside' AND rained=0") / 100)


# ================================================================================================
# radio

def country_key(s):
    t = s.strip().lower()
    for key, val in (("germany", "Germany"), ("nether", "Netherlands"), ("holland", "Netherlands"), ("united states", "United States"),
                     ("usa", "United States"), ("u.s.a", "United States"), ("czech", "Czech Republic"), ("bra", "Brazil"),
                     ("canary", "Canary Islands"), ("ireland", "Ireland"), ("south africa", "South Africa")):
        if key in t:
            return val
    return t.title()


def radio():
    out = []
    for r in rows("radio_log.csv"):
        ds = r["QSO Date"].strip()
        if re.fullmatch(r"\d{8}", ds):
            iso = f"{ds[:4]}-{ds[4:6]}-{ds[6:]}"
        elif "/" in ds:
            mm, dd, yy = ds.split("/")
            iso = f"{yy}-{mm}-{dd}"
        else:
            iso = ds
        hour = int(re.sub(r"\D", "", r["Time On"])[:2])
        bd = int(re.match(r"\s*(\d+)", r["Band"]).group(1))
        bd = 2 if bd == 144 else bd
        mode = r["Mode"].strip().upper().replace("-", "")
        if mode in ("USB", "LSB"):
            mode = "SSB"
        dist = re.sub(r"[^\d.]", "", r["Distance"])
        dist = float(dist) if dist else None
        pw = first_number(r["Power"])
        conf = 1 if re.fullmatch(r"(y|yes|lotw|eqsl|card.*)", r["QSL Rcvd"].strip().lower()) else 0
        rr = first_number(r["RST Rcvd"]) if mode in ("FT8", "FT4") else None
        dupe = 1 if "dupe" in r["Comment"].lower() else 0
        pota = 1 if re.search(r"pota|park", r["Comment"], re.I) else 0
        out.append((iso, hour, r["Call"].strip().upper(), bd, mode, country_key(r["Country"]), dist, pw, conf, rr, dupe, pota))
    load("rl", ["d", "hour", "call", "band", "mode", "country", "dist", "power", "conf", "rr", "dupe", "pota"], out)
    DB.execute("CREATE VIEW q AS SELECT * FROM rl WHERE dupe=0")
    y = "substr(d,1,4)"
    want("s38-026", number=one(f"SELECT COUNT(*) FROM q WHERE {y}='2024'"))
    w = ranked(f"SELECT band, COUNT(*) FROM q WHERE {y}='2024' GROUP BY band")
    want("s38-027", label=f"{w[0][0]}m")
    want("s38-028", number=100.0 * one(f"SELECT AVG(mode='FT8') FROM q WHERE {y}='2024'"))
    want("s38-029", number=one(f"SELECT COUNT(DISTINCT country) FROM q WHERE {y}='2024'"))
    far = allrows("SELECT call, dist FROM q WHERE dist IS NOT NULL ORDER BY dist DESC LIMIT 1")[0]
    want("s38-030", label=far[0], number=far[1])
    w = ranked("SELECT substr(d,1,7), COUNT(*) FROM q GROUP BY 1")
    want("s38-031", month=w[0][0])
    want("s38-032", number=one("SELECT AVG(dist) FROM q WHERE mode='CW' AND dist IS NOT NULL"))
    want("s38-033", number=one("SELECT SUM(conf) FROM q"))
    want("s38-034", number=100.0 * one(f"SELECT AVG(conf) FROM q WHERE {y}='2024'"))
    want("s38-035", number=one("SELECT SUM(pota) FROM q"))
    want("s38-036", number=one("SELECT COUNT(*) FROM (SELECT call FROM q GROUP BY call HAVING COUNT(*) > 1)"))
    want("s38-037", number=one(f"SELECT AVG(rr) FROM q WHERE {y}='2025' AND mode='FT8'"))
    w = ranked(f"SELECT country, COUNT(*) FROM q WHERE {y}='2024' AND country <> 'England' GROUP BY country")
    want("s38-038", label=w[0][0])
    want("s38-039", number=one("SELECT COUNT(*) FROM q WHERE band=2"))
    a = one("SELECT COUNT(*) FROM q WHERE d BETWEEN '2025-01-01' AND '2025-06-30'")
    b = one("SELECT COUNT(*) FROM q WHERE d BETWEEN '2024-01-01' AND '2024-06-30'")
    want("s38-040", number=a - b)
    w = ranked("SELECT hour, COUNT(*) FROM q GROUP BY hour")
    want("s38-041", label=f"{w[0][0]:02d}:00")
    want("s38-042", number=one("SELECT COUNT(*) FROM q WHERE country='Japan'"))
    want("s38-043", number=one("SELECT COUNT(*) FROM q WHERE power <= 10"))
    w = ranked("SELECT mode, AVG(dist) FROM q WHERE dist IS NOT NULL GROUP BY mode")
    want("s38-044", label=w[0][0])
    w = ranked("SELECT d, COUNT(*) FROM q GROUP BY d")
    want("s38-045", day=w[0][0], number=w[0][1])
    want("s38-046", number=one("SELECT COUNT(*) FROM q WHERE dist IS NULL"))


# ================================================================================================
# resale

def brand_key(s):
    t = re.sub(r"[^a-z&]", "", s.lower())
    rules = [("levi", "Levi's"), ("barbour", "Barbour"), ("ralph", "Ralph Lauren"), ("northface", "The North Face"),
             ("patagonia", "Patagonia"), ("carhar", "Carhartt"), ("martens", "Dr Martens"), ("whistles", "Whistles"),
             ("boden", "Boden"), ("hobbs", "Hobbs"), ("jigsaw", "Jigsaw"), ("zara", "Zara"), ("marks", "M&S"),
             ("nike", "Nike"), ("seasalt", "Seasalt"), ("burberry", "Burberry")]
    for key, val in rules:
        if key in t:
            return val
    return {"rl": "Ralph Lauren", "tnf": "The North Face", "dms": "Dr Martens", "m&s": "M&S"}[t]


def cat_key(s):
    t = s.strip().lower()
    for keys, val in ((("jean",), "jeans"), (("jacket", "coat"), "jackets"), (("top", "shirt"), "tops"),
                      (("knit", "jumper", "cardigan"), "knitwear"), (("dress",), "dresses"),
                      (("boot", "shoe", "trainer"), "footwear"), (("trouser",), "trousers")):
        if any(k in t for k in keys):
            return val
    raise ValueError(s)


def resale():
    def iso(s):
        s = s.strip()
        if not s:
            return None
        if re.fullmatch(r"\d{4}-\d\d-\d\d", s):
            return s
        d, m, y = s.split("/")
        return f"{y}-{m}-{d}"

    out = []
    for r in rows("resale_sheet.csv"):
        st = r["Status"].strip().lower()
        status = ("returned" if st.startswith("returned") else "sold" if st.startswith("sold") else
                  "listed" if st in ("listed", "active", "for sale") else "other")
        src = r["Where bought"].strip().lower()
        source = "charity" if ("charity" in src or src == "cs") else "boot" if "boot" in src else \
            "own" if src in ("own", "own wardrobe", "mine", "my wardrobe") else "other"
        c = r["Cost"].strip().lower()
        cost = 0 if c in ("own", "free") else pence(c)
        plat = r["Platform"].strip().lower()
        plat = "Vinted" if plat == "vinted" else "eBay" if plat == "ebay" else "Depop" if plat == "depop" else \
            "Facebook Marketplace" if plat.startswith("f") else None
        out.append((brand_key(r["Brand"]), cat_key(r["Category"]), source, iso(r["Date bought"]), iso(r["Date listed"]),
                    iso(r["Date sold"]), pence(r["Sold for"]), cost, pence(r["Postage"]) or 0, pence(r["Fees"]) or 0,
                    plat, status))
    load("rs", ["brand", "cat", "src", "bought", "listed", "sold", "price", "cost", "post", "fees", "plat", "status"], out)
    DB.execute("CREATE VIEW sold AS SELECT *, price - cost - post - fees AS profit, "
               "julianday(sold) - julianday(listed) AS days FROM rs WHERE status='sold'")
    want("s38-047", number=one("SELECT COUNT(*) FROM sold WHERE sold LIKE '2024%'"))
    want("s38-048", number=one("SELECT SUM(price) FROM sold WHERE sold LIKE '2024%'") / 100)
    want("s38-049", number=one("SELECT SUM(profit) FROM sold WHERE sold LIKE '2024%'") / 100)
    w = ranked("SELECT plat, SUM(price) FROM sold GROUP BY plat")
    want("s38-050", label=w[0][0], labels=[w[1][0]])
    want("s38-051", number=one("SELECT AVG(days) FROM sold WHERE plat='Vinted'"))
    w = ranked("SELECT brand, SUM(profit) FROM sold GROUP BY brand")
    want("s38-052", label=w[0][0])
    want("s38-053", number=one("SELECT COUNT(*) FROM rs WHERE status='listed'"))
    want("s38-054", number=one("SELECT SUM(cost) FROM rs WHERE bought LIKE '2024%'") / 100)
    want("s38-055", number=100.0 * one("SELECT AVG(status='sold') FROM rs WHERE bought LIKE '2024%'"))
    w = sorted(allrows("SELECT cat, AVG(days) FROM sold GROUP BY cat"), key=lambda r: r[1])
    want("s38-056", label=w[0][0])
    want("s38-057", numbers=[one("SELECT COUNT(*) FROM rs WHERE status='returned'"),
                             one("SELECT SUM(price) FROM rs WHERE status='returned'") / 100])
    want("s38-058", number=(one("SELECT AVG(price) FROM sold WHERE plat='eBay'") - one("SELECT AVG(price) FROM sold WHERE plat='Vinted'")) / 100)
    top = allrows("SELECT price, brand FROM sold ORDER BY price DESC LIMIT 1")[0]
    want("s38-059", number=top[0] / 100, label=top[1])
    w = ranked("SELECT substr(sold,1,7), COUNT(*) FROM sold GROUP BY 1")
    want("s38-060", month=w[0][0])
    want("s38-061", number=one("SELECT COUNT(*) FROM rs WHERE src='boot'"))
    want("s38-062", number=one("SELECT AVG(profit) FROM sold WHERE src='charity'") / 100)
    want("s38-063", number=one("SELECT COUNT(*) FROM sold WHERE days > 60"))
    want("s38-064", number=one("SELECT SUM(fees) FROM sold WHERE sold LIKE '2024%'") / 100)
    want("s38-065", number=one("SELECT COUNT(*) FROM sold WHERE src='own'"))
    a = one("SELECT COUNT(*) FROM sold WHERE sold BETWEEN '2025-01-01' AND '2025-06-30'")
    b = one("SELECT COUNT(*) FROM sold WHERE sold BETWEEN '2024-01-01' AND '2024-06-30'")
    want("s38-066", number=a - b)
    want("s38-067", number=one("SELECT SUM(post) FROM rs WHERE plat='eBay' AND status IN ('sold','returned')") / 100)


# ================================================================================================
# repair cafe

def minutes(s):
    t = s.strip().lower()
    if not t or t == "?":
        return None
    if "half an hour" in t:
        return 30.0
    if t == "an hour":
        return 60.0
    h = re.search(r"(\d+(?:\.\d+)?)\s*h", t)
    total = 0.0
    if h:
        total += float(h.group(1)) * 60
        rest = t[h.end():]
        rest = re.sub(r"^[a-z]*", "", rest)
        mm = re.search(r"(\d+)", rest)
        if mm:
            total += int(mm.group(1))
        return total
    return float(re.match(r"(\d+)", t).group(1))


FIXER_RULES = [("dave", "Dave Price"), ("mo", "Mohammed Akhtar"), ("ken", "Ken Holt"), ("lin", "Lin Zhou"),
               ("sue", "Sue Barker"), ("marg", "Margaret Ellis"), ("maggie", "Margaret Ellis"), ("priya", "Priya Nair"),
               ("tom", "Tom Reilly"), ("jake", "Jake Moss"), ("colin", "Colin Ward"), ("raj", "Raj Mehta")]


def repair():
    out = []
    for r in rows("repair_cafe.csv"):
        ds = r["Date"].strip()
        m = re.fullmatch(r"(\d+) ([A-Za-z]+) (\d{4})", ds)
        if m:
            iso = f"{m.group(3)}-{MON3[m.group(2)[:3].lower()]:02d}-{int(m.group(1)):02d}"
        else:
            d, mo, y = ds.split("/")
            iso = f"{2000 + int(y) if len(y) == 2 else int(y)}-{int(mo):02d}-{int(d):02d}"
        c = r["Category"].strip().lower()
        cat = ("Electrical" if c.startswith("elec") else "Textiles" if c in ("textiles", "sewing", "clothing") else
               "Bikes" if "bi" in c else "Furniture" if c in ("furniture", "woodwork") else
               "Computers" if c in ("computers", "it", "laptop/pc") else "Jewellery" if c.startswith("jewel") else
               "Toys" if c == "toys" else "Sharpening" if ("sharpen" in c or "kni" in c) else None)
        assert cat, c
        o = r["Outcome"].strip().lower()
        outcome = None if o in ("", "?") else "fixed" if o in ("fixed", "repaired") else "part" if ("need" in o or "waiting" in o) else "other"
        fx = r["Fixer"].strip().lower()
        fixer = next(v for k, v in FIXER_RULES if fx.startswith(k))
        w = r["Weight"].strip().lower()
        if re.fullmatch(r"[\d.]+\s*g", w):
            kg = float(w[:-1]) / 1000
        else:
            v = re.sub(r"[^\d.]", "", w)
            kg = float(v) if v else None
        dn = r["Donation"].strip().lower()
        don = 0 if dn in ("nothing", "none") else pence(dn)
        b = r["Been before?"].strip().lower()
        been = 1 if b in ("yes", "y") else None if b == "" else 0
        out.append((iso, r["Item"].lower(), cat, outcome, fixer, minutes(r["Time taken"]), kg, don, been))
    load("rc", ["d", "item", "cat", "outcome", "fixer", "mins", "kg", "don", "been"], out)
    y = "substr(d,1,4)"
    want("s38-068", number=one(f"SELECT COUNT(*) FROM rc WHERE {y}='2024'"))
    want("s38-069", number=100.0 * one(f"SELECT AVG(outcome='fixed') FROM rc WHERE {y}='2024' AND outcome IS NOT NULL"))
    w = sorted(allrows("SELECT cat, AVG(outcome='fixed') FROM rc WHERE outcome IS NOT NULL GROUP BY cat"), key=lambda r: r[1])
    want("s38-070", label=w[0][0])
    w = ranked("SELECT fixer, COUNT(*) FROM rc WHERE outcome='fixed' GROUP BY fixer")
    want("s38-071", label=w[0][0], labels=[w[1][0]])
    want("s38-072", number=one(f"SELECT SUM(mins) / 60.0 FROM rc WHERE {y}='2024'"))
    want("s38-073", number=one("SELECT AVG(mins) FROM rc WHERE cat='Bikes'"))
    want("s38-074", number=one(f"SELECT SUM(don) FROM rc WHERE {y}='2024'") / 100)
    want("s38-075", number=one("SELECT SUM(kg) FROM rc WHERE outcome='fixed'"))
    w = ranked("SELECT d, COUNT(*) FROM rc GROUP BY d")
    want("s38-076", day=w[0][0], number=w[0][1])
    want("s38-077", number=one("SELECT COUNT(*) FROM rc WHERE outcome='part'"))
    want("s38-078", number=one(f"SELECT COUNT(DISTINCT d) FROM rc WHERE {y}='2024'"))
    want("s38-079", number=one("SELECT AVG(don) FROM rc") / 100)
    want("s38-080", number=100.0 * one(f"SELECT AVG(been) FROM rc WHERE {y}='2025'"))
    w = ranked("SELECT cat, COUNT(*) FROM rc GROUP BY cat")
    want("s38-081", label=w[0][0], labels=[w[1][0]])
    want("s38-082", number=one("SELECT COUNT(*) FROM rc WHERE item LIKE '%kettle%'"))
    a = one("SELECT COUNT(*) FROM rc WHERE outcome='fixed' AND d BETWEEN '2025-01-01' AND '2025-06-30'")
    b = one("SELECT COUNT(*) FROM rc WHERE outcome='fixed' AND d BETWEEN '2024-01-01' AND '2024-06-30'")
    want("s38-083", number=a - b)
    w = ranked(f"SELECT substr(d,1,7), COUNT(*) FROM rc WHERE outcome='fixed' AND {y}='2024' GROUP BY 1")
    want("s38-084", month=w[0][0])
    want("s38-085", number=one("SELECT COUNT(*) FROM rc WHERE mins > 60"))
    w = ranked("SELECT fixer, SUM(mins) FROM rc GROUP BY fixer")
    want("s38-086", label=w[0][0])
    want("s38-087", number=one("SELECT COUNT(*) FROM rc WHERE outcome IS NULL"))
    want("s38-088", number=one("SELECT AVG(kg) FROM rc WHERE cat='Electrical'"))


# ================================================================================================
# service register

def church():
    out = []
    for r in rows("service_register.csv"):
        ds = r["Date"].strip()
        m = re.search(r"(\d+) ([A-Za-z]{3}) (\d{4})$", ds)
        if m:
            iso = f"{m.group(3)}-{MON3[m.group(2).lower()]:02d}-{int(m.group(1)):02d}"
        else:
            d, mo, y = ds.split("/")
            iso = f"{y}-{int(mo):02d}-{int(d):02d}"
        c = re.sub(r"[^a-z]", "", r["Church"].lower())
        church = {"stmarys": "St Mary's", "stjohns": "St John's", "allsaints": "All Saints"}[c]
        s = r["Service"].lower()
        svc = ("Christingle" if "christingle" in s else "Midnight" if "midnight" in s else "Carols" if "carol" in s else
               "Evensong" if "evensong" in s else "FS" if ("family" in s or "all" in s and "age" in s) else
               "Wedding" if ("wedding" in s or "marriage" in s) else "Funeral" if "funeral" in s else
               "Baptism" if ("baptism" in s or "christening" in s) else "MP" if (s == "mp" or "prayer" in s or "mattins" in s) else
               "HC" if (s == "hc" or "communion" in s or "eucharist" in s) else s)
        t = r["Time"].strip().lower()
        mt = re.match(r"(\d+)(?:[.:](\d+))?\s*(am|pm)?", t)
        hh = int(mt.group(1)) % 12 + (12 if mt.group(3) == "pm" else 0) if mt.group(3) else int(mt.group(1))
        mins = hh * 60 + int(mt.group(2) or 0)
        notes = r["Notes"].lower()
        cancelled = 1 if re.search(r"cancel|no service", notes) else 0
        ad = re.sub(r"\D", "", r["Adults"])
        kd = re.sub(r"\D", "", r["Children"])
        by = r["Taken by"].lower()
        who = ("Sarah Mills" if ("sarah" in by or by.strip() == "sm") else "Peter Hale" if "peter" in by else
               "Jim Bowen" if "jim" in by else "Anne Lloyd" if "anne" in by else None)
        comm = int(r["Communicants"]) if r["Communicants"].strip().isdigit() else None

        def money(x):
            return 0 if x.strip().lower() == "nil" else pence(x)
        out.append((iso, church, svc, mins, who, cancelled, int(ad) if ad else 0, int(kd) if kd else 0, comm,
                    money(r["Plate"]), money(r["Envelopes"]), money(r["Card"])))
    load("sv", ["d", "ch", "svc", "mins", "who", "cancelled", "adults", "kids", "comm", "plate", "env", "card"], out)
    DB.execute("CREATE VIEW h AS SELECT *, adults + kids AS people, COALESCE(plate,0) + COALESCE(env,0) + COALESCE(card,0) AS coll, "
               "strftime('%w', d) AS wd FROM sv WHERE cancelled=0")
    y = "substr(d,1,4)"
    want("s38-089", number=one("SELECT SUM(people) FROM h WHERE d IN ('2024-12-24','2024-12-25')"))
    want("s38-090", number=one(f"SELECT AVG(adults) FROM h WHERE {y}='2024' AND ch='St Mary''s' AND wd='0' AND mins=630"))
    g = {}
    for ch in ("St Mary's", "St John's", "All Saints"):
        a = one("SELECT AVG(people) FROM h WHERE ch=? AND wd='0' AND d BETWEEN '2025-01-01' AND '2025-06-30'", ch)
        b = one("SELECT AVG(people) FROM h WHERE ch=? AND wd='0' AND d BETWEEN '2024-01-01' AND '2024-06-30'", ch)
        g[ch] = a - b
    want("s38-091", label=max(g, key=g.get))
    want("s38-092", number=one(f"SELECT SUM(coll) FROM h WHERE {y}='2024'") / 100)
    want("s38-093", number=one(f"SELECT SUM(card) FROM h WHERE {y}='2025'") / 100)
    want("s38-094", number=100.0 * one(f"SELECT SUM(COALESCE(card,0)) * 1.0 / SUM(coll) FROM h WHERE {y}='2025' AND ch='St Mary''s'"))
    want("s38-095", number=one(f"SELECT COUNT(*) FROM h WHERE {y}='2024' AND svc='Wedding'"))
    want("s38-096", number=one("SELECT COUNT(*) FROM sv WHERE cancelled=1"))
    w = ranked(f"SELECT who, COUNT(*) FROM h WHERE {y}='2024' GROUP BY who")
    want("s38-097", label=w[0][0], labels=[w[1][0]])
    want("s38-098", number=one("SELECT AVG(comm) FROM h WHERE wd='3' AND mins=600 AND ch='St Mary''s'"))
    best = allrows(f"SELECT svc, people FROM h WHERE {y}='2024' ORDER BY people DESC LIMIT 1")[0]
    want("s38-099", label=best[0], number=best[1])
    want("s38-100", number=one("SELECT SUM(people) FROM h WHERE d='2025-04-20'") - one("SELECT SUM(people) FROM h WHERE d='2024-03-31'"))
    w = sorted(allrows(f"SELECT substr(d,1,7), SUM(coll) FROM h WHERE {y}='2024' GROUP BY 1"), key=lambda r: r[1])
    want("s38-101", month=w[0][0])
    want("s38-102", number=one(f"SELECT SUM(kids) FROM h WHERE {y}='2024' AND ch='All Saints' AND svc='FS'"))
    want("s38-103", number=one("SELECT COUNT(*) FROM h WHERE svc='Funeral'"))
    want("s38-104", number=one(f"SELECT AVG(adults) FROM h WHERE {y}='2024' AND svc='Evensong'"))
    want("s38-105", number=100.0 * one(f"SELECT SUM(kids) * 1.0 / SUM(people) FROM h WHERE {y}='2024' AND wd='0'"))
    want("s38-106", number=one(f"SELECT COUNT(*) FROM h WHERE {y}='2024' AND ch='St John''s'"))
    want("s38-107", number=one(f"SELECT SUM(plate) FROM h WHERE {y}='2025' AND ch='St John''s'") / 100)
    want("s38-108", number=one(f"SELECT COUNT(*) FROM h WHERE {y}='2024' AND svc='Baptism'"))
    want("s38-109", number=one("SELECT SUM(coll) FROM h WHERE d IN ('2024-12-24','2024-12-25')") / 100)


# ================================================================================================

def letters(s):
    return re.sub(r"[^a-z0-9]", "", str(s).lower())


def month_spellings(ym):
    y, m = ym.split("-")
    return [f"{MONTH_NAMES[int(m) - 1]} {y}"]


def day_spellings(iso):
    d = date.fromisoformat(iso)
    return [f"{d.day} {MONTH_NAMES[d.month - 1]} {d.year}"]


def label_ok(got, options):
    return letters(got) in {letters(o) for o in options}


def check(q, exp):
    t = q["truth"]
    bad = []

    def close(a, b):
        return abs(a - b) <= 2e-6
    if "number" in exp and not close(exp["number"], t["number"]):
        bad.append(f"number {exp['number']} vs {t['number']}")
    if "numbers" in exp and not all(close(a, b) for a, b in zip(exp["numbers"], t["numbers"])):
        bad.append(f"numbers {exp['numbers']} vs {t['numbers']}")
    if "label" in exp and not label_ok(exp["label"], t["label"]):
        bad.append(f"label {exp['label']} vs {t['label']}")
    if "surname" in exp and not any(letters(o).endswith(letters(exp["surname"])) for o in t["label"]):
        bad.append(f"surname {exp['surname']} vs {t['label']}")
    if "month" in exp and not label_ok(month_spellings(exp["month"])[0], t["label"]):
        bad.append(f"month {exp['month']} vs {t['label']}")
    if "day" in exp and not label_ok(day_spellings(exp["day"])[0], t["label"]):
        bad.append(f"day {exp['day']} vs {t['label']}")
    if "labels" in exp:
        if len(exp["labels"]) != len(t["labels"]) or not all(label_ok(a, b) for a, b in zip(exp["labels"], t["labels"])):
            bad.append(f"labels {exp['labels']} vs {t['labels']}")
    return bad


def main():
    golf()
    radio()
    resale()
    repair()
    church()
    questions = json.loads((HERE / "questions.json").read_text(encoding="utf-8"))
    ok = 0
    failed = []
    for q in questions:
        exp = EXPECT.get(q["id"])
        if exp is None:
            failed.append(f"{q['id']}: not recomputed")
            continue
        bad = check(q, exp)
        if bad:
            failed.append(f"{q['id']}: " + "; ".join(bad))
        else:
            ok += 1
    extra = set(EXPECT) - {q["id"] for q in questions}
    if extra:
        failed.append(f"recomputed but not in questions.json: {sorted(extra)}")
    for f in failed:
        print("MISMATCH", f)
    print(f"crosscheck: {ok} of {len(questions)} agree")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
