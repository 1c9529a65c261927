#!/usr/bin/env python3
"""Held-out set 32: writes data/*.csv. Seeded (32001-32005, one per dataset), standard library only,
byte-for-byte reproducible."""

import csv
import datetime as dt
import math
import random
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
D = dt.date


def write(name, header, rows):
    DATA.mkdir(exist_ok=True)
    with open(DATA / name, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def money(r, v, neg=False):
    """v in pounds (positive); written several ways."""
    s = -v if neg else v
    k = r.random()
    if k < 0.45:
        a = f"£{abs(s):,.2f}"
        return ("-" + a) if s < 0 else a
    if k < 0.8:
        return f"{s:.2f}"
    if abs(s - round(s)) < 1e-9:
        return f"{int(round(s))}"
    return f"{s:.2f}".rstrip("0")


def pick(r, options):
    return options[r.randrange(len(options))]


# ---------------------------------------------------------------------------------------------
# 1. mobile tyre fitter: jobs + tyre range lookup

RANGE = [
    (1, "Michelin", "205/55 R16", "Summer", "16", 98.00),
    (2, "Michelin", "225/45 R17", "summer ", '17"', 124.00),
    (3, "Continental", "205/55 R16", "All Season", "16", 92.00),
    (4, "Continental", "225/40 R18", "Summer", "18 in", 138.00),
    (5, "Pirelli", "235/45 R18", "SUMMER", "18", 146.00),
    (6, "Bridgestone", "195/65 R15", "Summer", "15", 74.00),
    (7, "Goodyear", "205/55 R16", "all-season", '16"', 95.00),
    (8, "Avon", "195/65 R15", "Summer", "15", 62.00),
    (9, "Falken", "225/45 R17", "Summer", "17", 84.00),
    (10, "Nexen", "205/55 R16", "summer", "16", 58.00),
    (11, "Michelin", "215/60 R17", "Winter", "17 in", 132.00),
    (12, "Continental", "225/45 R17", "WINTER", "17", 128.00),
    (13, "Goodyear", "235/55 R18", "All-Season ", "18", 152.00),
    (14, "Avon", "205/55 R16", "winter", "16", 78.00),
]
# popularity weights by code (summer/all-season) and winter codes boosted in Oct-Jan
TYRE_W = {1: 9, 2: 6, 3: 7, 4: 4, 5: 3, 6: 8, 7: 6, 8: 10, 9: 7, 10: 13, 11: 2, 12: 2, 13: 3, 14: 2}
AREAS = {
    "Thornbury": ["Thornbury", "Thornbury", "Thornbury", "THORNBURY", "Thornbury "],
    "Millbrook": ["Millbrook", "Millbrook", "Mill brook", "millbrook"],
    "Hadley": ["Hadley", "Hadley", "hadley"],
    "Kingsford": ["Kingsford", "Kingsford", "KINGSFORD", "Kings ford"],
    "Oakham": ["Oakham", "oakham"],
}
AREA_W = [("Thornbury", 34), ("Millbrook", 26), ("Hadley", 18), ("Kingsford", 14), ("Oakham", 8)]
CUST = {"Private": ["Private", "Private", "private", "PRIVATE", "Private "],
        "Fleet": ["Fleet", "Fleet", "fleet"],
        "Trade": ["Trade", "trade", "TRADE"]}
VEHICLES = ["Ford Focus", "VW Golf", "Vauxhall Corsa", "Nissan Qashqai", "Toyota Yaris", "BMW 3 Series",
            "Kia Sportage", "Ford Transit", "Audi A3", "Skoda Octavia", "Honda Civic", "Mercedes Vito"]


def wpick(r, pairs):
    tot = sum(w for _, w in pairs)
    x = r.random() * tot
    for k, w in pairs:
        x -= w
        if x < 0:
            return k
    return pairs[-1][0]


def tyres():
    r = random.Random(32001)
    write("tyre_range.csv", ["Code", "Brand", "Size", "Season", "Rim", "List Price"],
          [[f"{c:03d}", b, s, se, rim, f"£{p:.2f}"] for c, b, s, se, rim, p in RANGE])
    jobs = []
    day = D(2024, 1, 3)
    end = D(2025, 10, 24)
    today = D(2025, 10, 31)
    while day <= end:
        n = r.choice([0, 1, 1, 1, 2])
        if day.month in (10, 11, 12, 1):
            n += r.choice([0, 0, 1])
        for _ in range(n):
            jobs.append(day)
        day += dt.timedelta(days=1)
    rows = []
    no = 0
    for booked in jobs:
        no += 1
        winter = booked.month in (10, 11, 12, 1)
        w = [(c, TYRE_W[c] * (6 if winter and c in (11, 12, 14) else 1)) for c in TYRE_W]
        code = wpick(r, w)
        qty = wpick(r, [(1, 30), (2, 45), (4, 25)])
        cust = wpick(r, [("Private", 60), ("Fleet", 24), ("Trade", 16)])
        if cust == "Fleet":
            qty = wpick(r, [(2, 40), (4, 60)])
        area = wpick(r, AREA_W)
        lead = int(r.expovariate(1 / 3.5))
        if r.random() < 0.04:
            lead = r.randint(15, 34)
        fit = booked + dt.timedelta(days=lead)
        if fit.weekday() == 6:
            fit += dt.timedelta(days=1)
        list_p = RANGE[code - 1][5]
        factor = 1.05 if booked.year == 2025 else 1.0
        price = round(qty * (list_p * r.uniform(0.96, 1.12) + 15.0) * factor, 2)
        if r.random() < 0.3:
            price = round(price)
        st = r.random()
        if st < 0.065:
            status = pick(r, ["Cancelled", "Cancelled", "cancelled", "Canceled", "CANCELLED"])
            fitted = ""
        elif fit > today:
            status = pick(r, ["Booked", "booked", "Pending"])
            fitted = ""
        else:
            status = pick(r, ["Fitted", "Fitted", "Fitted", "fitted", "FITTED", "Done", "Fitted "])
            fitted = fit.strftime("%d/%m/%Y")
        pr = money(r, price)
        if status.strip().lower() in ("fitted", "done") and r.random() < 0.03:
            pr = pick(r, ["tbc", "TBC", "n/a", "N/A"])
        if cust == "Fleet":
            paid = pick(r, ["Invoice", "Invoice", "invoice", "On account", "Card"])
        else:
            paid = wpick(r, [("Card", 55), ("Cash", 30), ("Invoice", 15)])
            paid = pick(r, {"Card": ["Card", "Card", "card", "CARD"], "Cash": ["Cash", "cash"],
                            "Invoice": ["Invoice", "invoice", "On account"]}[paid])
        ccode = f"{code:03d}" if r.random() < 0.65 else str(code)
        rows.append([f"TF-{no:04d}", booked.strftime("%d/%m/%Y"), fitted, ccode, str(qty), pick(r, VEHICLES),
                     pick(r, AREAS[area]), pick(r, CUST[cust]), pr, paid, status])
    write("tyre_jobs.csv", ["Job Ref", "Booked", "Fitted", "Tyre Code", "Qty", "Vehicle", "Area",
                            "Customer Type", "Price", "Paid By", "Status"], rows)


# ---------------------------------------------------------------------------------------------
# 2. cricket club signed ledger

CATS = {
    "Subscriptions": ["Subscriptions", "Subscriptions", "Subs", "subs", "Subscription", "SUBS"],
    "Match Fees": ["Match Fees", "Match fees", "match fees", "MATCH FEES", "Match Fee"],
    "Bar Takings": ["Bar Takings", "Bar takings", "Bar", "BAR TAKINGS"],
    "Teas": ["Teas", "teas", "Teas "],
    "Sponsorship": ["Sponsorship", "Sponsor", "sponsorship"],
    "Grant": ["Grant", "grant"],
    "Ground Rent": ["Ground Rent", "Ground rent", "ground rent"],
    "Groundsman": ["Groundsman", "Groundsman", "Grounds man", "groundsman"],
    "Balls & Kit": ["Balls & Kit", "Balls and kit", "Kit", "balls & kit"],
    "Umpires": ["Umpires", "Umpire fees", "umpires", "UMPIRES"],
    "League Fees": ["League Fees", "League fees"],
    "Insurance": ["Insurance", "insurance"],
    "Bar Stock": ["Bar Stock", "Bar stock", "bar stock", "BAR STOCK"],
    "Refund": ["Refund", "refund", "REFUND"],
}
MEMBERS = ["A. Patel", "B. Hughes", "C. Ward", "D. Khan", "E. Morgan", "F. Doyle", "G. Price", "H. Shah",
           "I. Evans", "J. Turner", "K. Lloyd", "L. Begum", "M. Carter", "N. Reid", "O. Walsh", "P. Singh",
           "R. Harris", "S. Jones", "T. Bell", "U. Ahmed", "V. Cole", "W. Barker", "Y. Mills", "Z. Grant",
           "A. Fox", "B. Dean", "C. Rowe", "D. Hale", "E. Lowe", "F. Nash", "G. Read", "H. Stone", "I. Webb",
           "J. Cross", "K. Hart", "L. Page", "M. Lamb", "N. Ford", "O. Hurst", "P. Wood"]
JUNIORS = ["Alfie P.", "Ben K.", "Chloe W.", "Dev S.", "Ella M.", "Finn D.", "Grace H.", "Harry T.",
           "Isla R.", "Jack B.", "Kian A.", "Lily C.", "Max F.", "Noah G.", "Olly J.", "Pia L.", "Ruby N.",
           "Sam O."]


def cricket():
    r = random.Random(32002)
    rows = []  # (date, desc, cat, amount(+/-), team, method, note)

    def add(d, desc, cat, amt, team, method, note=""):
        rows.append([d, desc, cat, round(amt, 2), team, method, note])

    for year in (2024, 2025):
        up = year == 2025
        # insurance, league fees
        add(D(year, 2, r.randint(3, 20)), "Club insurance renewal", "Insurance", -(1150 if not up else 1215),
            "Club", "Bank transfer")
        add(D(year, 3, r.randint(4, 25)), "County league registration", "League Fees", -(350 if not up else 380),
            "Club", "Bank transfer")
        # ground rent quarterly
        for m in (1, 4, 7, 10):
            if year == 2025 and m == 10:
                continue
            add(D(year, m, r.randint(1, 6)), "Ground rent - quarter", "Ground Rent", -650, "Club", "Standing order")
        # groundsman monthly
        for m in range(1, 13):
            if year == 2025 and m > 9:
                continue
            add(D(year, m, 28), "Groundsman", "Groundsman", -(420 if 3 <= m <= 9 else 150), "Club", "Bank transfer")
        # subscriptions
        for nm in MEMBERS:
            if r.random() < 0.9:
                d = D(year, r.choice([3, 4, 4, 5]), r.randint(1, 28))
                add(d, f"Annual sub - {nm}", "Subscriptions", 130 if up else 120, "Club",
                    wpick(r, [("Bank transfer", 60), ("Card", 25), ("Cash", 15)]))
        for nm in JUNIORS:
            if r.random() < 0.85:
                d = D(year, r.choice([4, 4, 5]), r.randint(1, 28))
                add(d, f"Junior sub - {nm}", "Subscriptions", 65 if up else 60, "Juniors",
                    wpick(r, [("Bank transfer", 50), ("Card", 30), ("Cash", 20)]))
        # sponsorship
        for sp, amt in [("Hadley Motors", 1500), ("The Red Lion", 750), ("Oakham Builders", 1000),
                        ("Kingsford Dental", 500)]:
            if up and sp == "Kingsford Dental":
                continue
            add(D(year, r.choice([3, 4]), r.randint(1, 28)), f"Sponsorship - {sp}", "Sponsorship",
                amt * (1.2 if up and sp == "Hadley Motors" else 1), "Club", "Bank transfer")
        if year == 2024:
            add(D(2024, 6, 14), "County board facilities grant", "Grant", 3000, "Club", "Bank transfer")
        # season
        start = D(year, 4, 20)
        endd = D(year, 9, 7)
        d = start
        while d <= endd:
            if d.weekday() in (5, 6):
                team = "1st XI" if d.weekday() == 5 else "2nd XI"
                if r.random() < 0.06:
                    d += dt.timedelta(days=1)
                    continue  # rained off
                players = r.randint(9, 11)
                fee = (10 if up else 8) if team == "1st XI" else (8 if up else 6)
                add(d + dt.timedelta(days=r.choice([0, 1, 2])), f"Match fees v {pick(r, ['Ashcombe', 'Lydford', 'Pennington', 'St Mary', 'Old Boys', 'Westwick'])}",
                    "Match Fees", players * fee, team, "Cash")
                home = r.random() < 0.5
                if home:
                    add(d, "Teas", "Teas", r.randint(35, 70) + (5 if up else 0) + r.choice([0, 0.5]), team, "Cash")
                add(d, "Umpire fee", "Umpires", -r.choice([35, 40, 45]), team, "Cash")
            if d.weekday() == 6:
                base = 380 + 260 * math.sin(math.pi * (d.timetuple().tm_yday - 110) / 140)
                add(d, "Bar takings week", "Bar Takings", round(base * r.uniform(0.8, 1.2) * (1.08 if up else 1), 2),
                    "Club", pick(r, ["Cash", "Card", "Card"]))
            d += dt.timedelta(days=1)
        # bar stock fortnightly in season, monthly off
        d = D(year, 4, 10)
        while d <= D(year, 9, 20):
            add(d, "Brewery delivery", "Bar Stock", -round(r.uniform(260, 520), 2), "Club", "Bank transfer")
            d += dt.timedelta(days=14)
        # winter functions
        for m in (1, 2, 11, 12):
            if year == 2025 and m > 9:
                continue
            add(D(year, m, r.randint(8, 24)), "Function night bar", "Bar Takings", round(r.uniform(250, 600), 2),
                "Club", "Card")
        # balls and kit
        for _ in range(7):
            m = r.choice([3, 4, 4, 5, 6, 7, 8])
            add(D(year, m, r.randint(1, 28)), pick(r, ["Match balls", "Nets repair", "Stumps and bails",
                                                       "Junior kit bags", "Scorebook and pens", "Helmets"]),
                "Balls & Kit", -round(r.uniform(60, 420), 2), pick(r, ["Club", "Juniors"]), "Card")
        # junior coaching income? junior match fees
        for _ in range(10):
            dd = D(year, r.choice([5, 6, 7]), r.randint(1, 28))
            add(dd, "Junior match fees", "Match Fees", r.randint(4, 10) * (4 if up else 3), "Juniors", "Cash")
    # refunds
    for d, who, amt in [(D(2024, 5, 17), "J. Turner", 120), (D(2024, 6, 2), "Pia L.", 60),
                        (D(2025, 5, 9), "K. Lloyd", 130), (D(2025, 6, 21), "Ruby N.", 65),
                        (D(2025, 7, 3), "Teas overcharge", 12.5)]:
        add(d, f"Refund - {who}", "Refund", -amt, "Juniors" if "." in who.split()[-1] and len(who.split()[-1]) == 2 else "Club",
            "Bank transfer")
    rows.sort(key=lambda x: (x[0], x[1]))
    # voids: duplicate three real rows
    out = []
    voids = {37: "VOID", 150: "void - duplicate", 301: "Void (entered twice)"}
    for i, row in enumerate(rows):
        out.append(row)
        if i in voids:
            v = list(row)
            v[6] = voids[i]
            out.append(v)
    final = []
    for i, (d, desc, cat, amt, team, method, note) in enumerate(out):
        ds = f"{d.day}/{d.month}/{d.year}"
        a = money(r, abs(amt), neg=amt < 0)
        final.append([ds, f"CC{i + 1:04d}", desc, pick(r, CATS[cat]), a, team, method, note])
    write("cricket_club_ledger.csv", ["Date", "Ref", "Description", "Category", "Amount", "Team", "Method", "Note"],
          final)


# ---------------------------------------------------------------------------------------------
# 3. heat pump daily log


def tariff(d):
    if d < D(2025, 1, 1):
        return 24.50
    if d < D(2025, 4, 1):
        return 24.86
    if d < D(2025, 7, 1):
        return 27.03
    return 25.73


def heatpump():
    r = random.Random(32003)
    rows = []
    d = D(2024, 6, 1)
    end = D(2025, 9, 30)
    missing = set()
    while len(missing) < 13:
        x = D(2024, 6, 3) + dt.timedelta(days=r.randrange(480))
        if x.month != 1:
            missing.add(x)
    while d <= end:
        if d in missing:
            d += dt.timedelta(days=1)
            continue
        doy = d.timetuple().tm_yday
        t = 10.5 + 7.5 * math.cos(2 * math.pi * (doy - 200) / 365) + r.gauss(0, 2.6)
        if D(2025, 1, 6) <= d <= D(2025, 1, 13):
            t -= 6.5
        if D(2024, 11, 19) <= d <= D(2024, 11, 22):
            t -= 4.5
        t = round(t, 1)
        heating = d.month in (10, 11, 12, 1, 2, 3, 4) or (d.month == 5 and d.day < 15)
        hw = 6.0 + r.uniform(-0.8, 0.8)
        load = max(0.0, 15.5 - t) * 3.1 * r.uniform(0.9, 1.1) if heating else 0.0
        heat = round(load + hw, 1)
        cop = min(4.6, max(1.8, 2.45 + 0.085 * t + r.uniform(-0.15, 0.15)))
        if not heating:
            cop = r.uniform(2.6, 3.2)
        elec = round(heat / cop, 1)
        indoor = round((20.3 if heating else 21.5) + r.gauss(0, 0.5) + (0.08 * min(t, 25) if not heating else 0.04 * t), 1)
        mode = pick(r, ["Heating + HW", "Heating + HW", "heating + hw", "Heating & hot water"]) if heating else \
            pick(r, ["Hot water only", "Hot water only", "HW only", "hot water only"])
        e_s = pick(r, [f"{elec}", f"{elec}", f"{elec}", f"{elec} kWh", f"{elec}kWh"])
        h_s = pick(r, [f"{heat}", f"{heat}", f"{heat} kWh"])
        t_s = f"{t}"
        note = ""
        k = r.random()
        if k < 0.018:
            e_s, h_s, note = pick(r, ["n/a", "meter fault", "no reading"]), "n/a", "Monitor offline"
        elif k < 0.03:
            t_s = pick(r, ["n/a", "", "sensor fault"])
        elif k < 0.045:
            indoor = ""
        if d == D(2024, 12, 3):
            note = "Annual service"
        if d == D(2025, 1, 8):
            note = "Defrost cycles all day"
        rows.append([d.strftime("%d/%m/%Y"), t_s, mode, e_s, h_s, str(indoor), f"{tariff(d):.2f}p", note])
        d += dt.timedelta(days=1)
    write("heat_pump_daily.csv", ["Date", "Outside Temp (C)", "Mode", "Electricity Used", "Heat Delivered",
                                  "Indoor Temp (C)", "Unit Rate", "Notes"], rows)


# ---------------------------------------------------------------------------------------------
# 4. seed company: wide monthly sales per variety

VEG = {"Tomato": ["Gardener's Delight", "Sungold", "Moneymaker", "Alicante", "Shirley", "Ailsa Craig",
                  "Black Krim", "San Marzano", "Tigerella"],
       "Carrot": ["Nantes 2", "Autumn King", "Early Nantes", "Chantenay", "Purple Haze"],
       "Runner Bean": ["Scarlet Emperor", "Enorma", "White Lady", "Painted Lady"],
       "French Bean": ["Cobra", "Blue Lake", "Purple Teepee"],
       "Lettuce": ["Little Gem", "All The Year Round", "Lollo Rosso", "Tom Thumb", "Salad Bowl"],
       "Courgette": ["Black Beauty", "Defender", "Zucchini", "Golden"],
       "Beetroot": ["Boltardy", "Chioggia", "Detroit 2", "Cylindra"],
       "Pea": ["Kelvedon Wonder", "Hurst Green Shaft", "Onward", "Sugar Snap"],
       "Cucumber": ["Marketmore", "Burpless Tasty Green", "Femspot"],
       "Pepper": ["California Wonder", "Jalapeno", "Padron", "Cayenne"],
       "Squash": ["Butternut", "Crown Prince", "Uchiki Kuri"],
       "Onion": ["Ailsa Craig", "Red Baron", "White Lisbon"],
       "Radish": ["French Breakfast", "Cherry Belle", "Scarlet Globe"],
       "Spinach": ["Giant Winter", "Perpetual"],
       "Kale": ["Nero di Toscana", "Dwarf Green Curled", "Redbor"],
       "Leek": ["Musselburgh", "Lyon 2"],
       "Parsnip": ["Tender and True", "Gladiator"],
       "Sweetcorn": ["Incredible", "Swift"]}
FLOWERS = {"Sweet Pea": ["Cupani", "Mixed", "Matucana", "Spencer Mix", "Old Fashioned"],
           "Sunflower": ["Russian Giant", "Teddy Bear", "Velvet Queen", "Italian White"],
           "Cosmos": ["Purity", "Sensation Mix", "Double Click"],
           "Zinnia": ["Benary's Giant", "Persian Carpet", "Lilliput"],
           "Nasturtium": ["Empress of India", "Alaska", "Tom Thumb Mix"],
           "Cornflower": ["Blue Boy", "Black Ball"],
           "Marigold": ["French Mix", "Calendula Orange"],
           "Poppy": ["Californian", "Shirley Mix", "Ladybird"],
           "Foxglove": ["Excelsior", "Alba"],
           "Wildflower": ["Meadow Mix", "Bee Mix", "Butterfly Mix"],
           "Snapdragon": ["Madame Butterfly", "Rocket Mix"],
           "Nigella": ["Miss Jekyll"],
           "Larkspur": ["Giant Imperial"]}
HERBS = {"Basil": ["Sweet Genovese", "Thai", "Purple Ruffles", "Lemon"],
         "Parsley": ["Plain Leaved", "Moss Curled"],
         "Coriander": ["Leisure", "Calypso"],
         "Dill": ["Mammoth"], "Chives": ["Common"], "Thyme": ["Common"], "Oregano": ["Greek"],
         "Sage": ["Broad Leaved"], "Mint": ["Garden"], "Rocket": ["Wild", "Salad"], "Chamomile": ["German"],
         "Fennel": ["Florence"], "Borage": ["Blue"], "Lemon Balm": ["Common"]}
SEASON = {"Veg": [0.7, 1.6, 2.2, 1.8, 1.0, 0.5, 0.35, 0.4, 0.35, 0.25, 0.2, 0.45],
          "Flowers": [0.5, 1.1, 1.9, 2.1, 1.3, 0.6, 0.4, 0.6, 0.7, 0.35, 0.3, 0.6],
          "Herbs": [0.4, 0.9, 1.7, 2.0, 1.6, 1.0, 0.6, 0.45, 0.35, 0.25, 0.2, 0.4]}
CAT_SP = {"Veg": ["Veg", "Veg", "Vegetable", "veg", "Vegetables", "VEG"],
          "Flowers": ["Flowers", "Flowers", "Flower", "flowers"],
          "Herbs": ["Herbs", "Herbs", "Herb", "herbs"]}


def seeds():
    r = random.Random(32004)
    items = []
    for cat, book in (("Veg", VEG), ("Flowers", FLOWERS), ("Herbs", HERBS)):
        for crop, cvs in book.items():
            for cv in cvs:
                items.append((cat, f"{crop} '{cv}'" if r.random() < 0.5 else f"{crop} {cv}", crop))
    r.shuffle(items)
    months = [(2024, m) for m in range(1, 13)] + [(2025, m) for m in range(1, 10)]
    header = ["SKU", "Variety", "Category", "Packet Price"] + [D(y, m, 1).strftime("%b %Y") for y, m in months]
    rows = []
    for i, (cat, name, crop) in enumerate(items):
        pop = math.exp(r.gauss(2.3, 0.75))
        if crop == "Tomato":
            pop *= 1.6
        if name.startswith("Sweet Pea") and "Cupani" in name:
            pop = 48.0
        price = r.choice([1.99, 2.29, 2.49, 2.49, 2.79, 2.99, 3.25, 3.49])
        if cat == "Flowers":
            grow = 1.32
        elif cat == "Herbs":
            grow = 1.12
        else:
            grow = 1.04
        launch = None
        stop = None
        k = r.random()
        if k < 0.08:
            launch = (2025, r.randint(1, 3))
        elif k < 0.13:
            launch = (2024, r.randint(3, 9))
        elif k < 0.18:
            stop = (r.choice([2024, 2025]), r.randint(4, 8))
        cells = []
        for y, m in months:
            if launch and (y, m) < launch:
                cells.append(pick(r, ["n/a", "n/a", ""]))
                continue
            if stop and (y, m) > stop:
                cells.append(pick(r, ["-", "0", ""]))
                continue
            mu = pop * SEASON[cat][m - 1] * (grow if y == 2025 else 1.0)
            v = max(0, int(round(r.gauss(mu, math.sqrt(mu + 1)))))
            if v == 0:
                cells.append(pick(r, ["0", "-", "0"]))
            else:
                cells.append(str(v))
        pr = f"£{price:.2f}" if r.random() < 0.6 else f"{price:.2f}"
        rows.append([f"SD{i + 101:03d}", name, pick(r, CAT_SP[cat]), pr] + cells)
    write("seed_sales_monthly.csv", header, rows)


# ---------------------------------------------------------------------------------------------
# 5. parish residents' survey

PARTS = {"Hadley Green": ["Hadley Green", "Hadley Green", "hadley green", "Hadley green", "HADLEY GREEN"],
         "Upper Hadley": ["Upper Hadley", "Upper Hadley", "upper hadley", "Upper  Hadley"],
         "Millford": ["Millford", "Millford", "millford", "Milford"],
         "Church End": ["Church End", "Church end", "church end"],
         "Westcote": ["Westcote", "westcote", "Westcote "]}
PRIOR = {"Potholes and roads": ["Potholes", "Pot holes", "potholes", "Roads / potholes", "Pot-holes"],
         "Buses": ["Bus service", "Buses", "buses", "Better buses"],
         "Speeding": ["Speeding", "speeding", "Speeding traffic"],
         "Youth facilities": ["Youth facilities", "youth club", "Things for young people"],
         "Litter": ["Litter", "litter", "Dog fouling / litter"],
         "Affordable housing": ["Affordable housing", "Housing", "housing"]}
AGES = ["18-24", "25-34", "35-44", "45-54", "55-64", "65-74", "75+"]
SAT_W = {1: "1 - Very dissatisfied", 2: "2 - Dissatisfied", 3: "3 - Neither", 4: "4 - Satisfied",
         5: "5 - Very satisfied"}
BUS = ["Very poor", "Poor", "OK", "Good", "Very good"]


def survey():
    r = random.Random(32005)
    rows = []
    start = dt.datetime(2025, 2, 3, 8, 0)
    n = 640
    stamps = []
    for _ in range(n):
        k = r.random()
        if k < 0.16:
            day = D(2025, 2, 10)
        elif k < 0.24:
            day = D(2025, 3, 3)
        else:
            day = D(2025, 2, 3) + dt.timedelta(days=r.randrange(56))
        t = dt.datetime(day.year, day.month, day.day, r.randint(7, 22), r.randint(0, 59), r.randint(0, 59))
        stamps.append(t)
    stamps.sort()
    for i, ts in enumerate(stamps):
        part = wpick(r, [("Hadley Green", 32), ("Upper Hadley", 20), ("Millford", 22), ("Church End", 15),
                         ("Westcote", 11)])
        age = wpick(r, [(a, w) for a, w in zip(AGES, [5, 10, 15, 18, 19, 20, 13])])
        age_s = age
        if r.random() < 0.05:
            age_s = pick(r, ["Prefer not to say", "", "Prefer not to say"])
        years = max(0, int(r.expovariate(1 / (4 + 4 * AGES.index(age)))))
        yrs_s = str(years)
        k = r.random()
        if years == 0 and r.random() < 0.5:
            yrs_s = "less than 1"
        elif k < 0.03:
            yrs_s = pick(r, ["all my life", "", "?"])
        base = {"Hadley Green": 3.9, "Upper Hadley": 3.6, "Millford": 3.3, "Church End": 4.1, "Westcote": 2.9}[part]
        base += {"18-24": -0.5, "25-34": -0.25, "35-44": 0, "45-54": 0, "55-64": 0.1, "65-74": 0.35, "75+": 0.3}[age]
        sat = min(5, max(1, int(round(r.gauss(base, 0.9)))))
        sat_s = SAT_W[sat] if r.random() < 0.8 else str(sat)
        if r.random() < 0.02:
            sat_s = ""
        uses_bus = r.random() < (0.75 if age in ("65-74", "75+", "18-24") else 0.45)
        if uses_bus:
            bq = {"Hadley Green": 2.8, "Upper Hadley": 2.2, "Millford": 2.6, "Church End": 3.0, "Westcote": 1.5}[part]
            b = min(5, max(1, int(round(r.gauss(bq, 1.0)))))
            bus_s = pick(r, [BUS[b - 1], BUS[b - 1], BUS[b - 1].lower()])
        else:
            bus_s = pick(r, ["Don't use", "Don't use", "don't use it", "N/A"])
        rec = min(10, max(0, int(round(r.gauss(sat * 1.7 + 0.4, 1.5)))))
        rec_s = str(rec) if r.random() > 0.025 else ""
        lib = r.random() < (0.45 if age in ("65-74", "75+") else 0.18)
        lib_s = pick(r, ["Yes", "Yes", "yes", "Y"]) if lib else pick(r, ["No", "No", "no", "N", ""])
        bb = {"Hadley Green": 62, "Upper Hadley": 48, "Millford": 71, "Church End": 55, "Westcote": 19}[part]
        speed = max(1.5, r.gauss(bb, bb * 0.35))
        k = r.random()
        if k < 0.12:
            bb_s = pick(r, ["Don't know", "don't know", "not sure", "", "?"])
        elif k < 0.4:
            bb_s = f"{round(speed)} Mbps"
        elif k < 0.5:
            bb_s = f"{speed:.1f}"
        else:
            bb_s = str(round(speed))
        pw = {"Potholes and roads": 30, "Buses": 18, "Speeding": 17, "Youth facilities": 11, "Litter": 9,
              "Affordable housing": 10}
        if part == "Westcote":
            pw["Buses"] = 40
        if age in ("75+",):
            pw["Buses"] = 30
        pr = wpick(r, list(pw.items()))
        pr_s = pick(r, PRIOR[pr])
        vol = wpick(r, [("Yes", 22), ("Maybe", 33), ("No", 45)])
        vol_s = pick(r, {"Yes": ["Yes", "yes", "Yes!"], "Maybe": ["Maybe", "maybe", "Possibly"],
                         "No": ["No", "no", "No thanks"]}[vol])
        rows.append([ts.strftime("%d/%m/%Y %H:%M:%S"), age_s, pick(r, PARTS[part]), yrs_s, sat_s, bus_s, rec_s,
                     lib_s, bb_s, pr_s, vol_s])
    write("residents_survey.csv",
          ["Timestamp", "Age group", "Which part of the parish do you live in?",
           "How many years have you lived in the parish?",
           "Overall, how satisfied are you with the parish as a place to live?",
           "How would you rate the local bus service?",
           "How likely are you to recommend living here to a friend? (0-10)",
           "Do you use the mobile library?", "Home broadband download speed (Mbps), if known",
           "What should the parish council's top priority be?",
           "Would you volunteer for community projects?"], rows)


if __name__ == "__main__":
    tyres()
    cricket()
    heatpump()
    seeds()
    survey()
