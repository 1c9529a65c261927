#!/usr/bin/env python3
"""Held-out set 38: writes data/*.csv.

Seeded (38001-38005, one per dataset), standard library only, byte-for-byte reproducible:

    python3 tests/heldout/set38/generate.py

Datasets (all made up):
    golf_rounds.csv + golf_courses.csv   a Thursday golf society's results sheet and its course list
    radio_log.csv                        a radio amateur's station logbook (merged from three sources)
    resale_sheet.csv                     a second-hand clothes reseller's stock and sales sheet
    repair_cafe.csv                      a community repair cafe's item log
    service_register.csv                 a three-church parish's service register (one row per service)
"""

import csv
import math
import random
from datetime import date, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"

MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def write(name, header, rows):
    with open(DATA / name, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def wpick(R, pairs):
    """pairs: list of (value, weight)."""
    tot = sum(w for _, w in pairs)
    x = R.random() * tot
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


def pounds(R, x, styles=("£{:.2f}", "{:.2f}", "£{:g}", "{:g}")):
    s = R.choice(styles)
    if "{:g}" in s and abs(x - round(x)) > 1e-9:
        s = s.replace("{:g}", "{:.2f}")
    if "," in s:
        return s.format(x)
    return s.format(x)


def pounds_k(x, style):
    """£1,204.50 style with thousands separators."""
    if style == 0:
        return "£{:,.2f}".format(x)
    if style == 1:
        return "{:,.2f}".format(x)
    if style == 2:
        return "{:.2f}".format(x)
    return "£{:.2f}".format(x)


# ================================================================================================
# 1. Golf society


COURSES = [
    # no, name, town, county (as written), type (as written), par (as written), slope, society rate, notes
    ("01", "Oakmere Park Golf Club", "Northwich", "Cheshire", "Parkland", "72", "129", "£0 (home club)", "Home course - members play free"),
    ("02", "Delford Heath Golf Club", "Delamere", "Cheshire", "Heathland", "70", "125", "£38", ""),
    ("03", "Hatton Links", "Formby", "Merseyside", "Links", "72", "138", "£65", "Book 3 months ahead"),
    ("04", "Ridgeway Park Golf Club", "Macclesfield", "cheshire", "parkland", "71", "127", "40.00", ""),
    ("05", "Castle Hawk Golf Club", "Shrewsbury", "Shropshire", "Parkland", "72", "131", "£42", "Bacon roll and coffee included"),
    ("06", "Marsh Point Links", "Prestatyn", "Denbighshire", "Links course", "71", "133", "£45 inc. bacon roll", ""),
    ("07", "Ashby Moor Golf Club", "Buxton", "Derbyshire", "Moorland", "69", "122", "£32", "Hilly - buggies recommended"),
    ("08", "Kinver Heath Golf Club", "Stourbridge", "Staffordshire", "Heath", "70", "126", "36.00", ""),
    ("09", "Beacon Hill Golf Club", "Stoke-on-Trent", "Staffordshire", "Park", "72", "128", "£35", ""),
    ("10", "Sandhills Links", "Southport", "Merseyside", "links", "72", "140", "£70", "Handicap certificates required"),
    ("11", "Wrekin View Golf Club", "Telford", "Shropshire", "Parkland", "70", "124", "£30", ""),
    ("12", "Dunes Edge Golf Club", "Conwy", "Conwy", "Links", "72", "136", "£55", "2-ball only before 10am"),
    ("13", "Peak Top Golf Club", "Chapel-en-le-Frith", "Derbyshire", "moorland", "par 70", "123", "£34", ""),
    ("14", "Willow Brook Golf Club", "Knutsford", "Cheshire ", "Parkland", "71", "130", "£48", ""),
    ("15", "Lakeside Manor Golf Club", "Whitchurch", "Shropshire", "Parkland", "72", "127", "£40", "Visit planned 2026"),
    ("16", "Heswall Cliffs Golf Club", "Heswall", "Merseyside", "Links", "72", "134", "£60", "Quote requested"),
]
RATE = {"01": 0, "02": 38, "03": 65, "04": 40, "05": 42, "06": 45, "07": 32, "08": 36, "09": 35, "10": 70,
        "11": 30, "12": 55, "13": 34, "14": 48}
PAR = {"01": 72, "02": 70, "03": 72, "04": 71, "05": 72, "06": 71, "07": 69, "08": 70, "09": 72, "10": 72,
       "11": 70, "12": 72, "13": 70, "14": 71}
LINKS = {"03", "06", "10", "12"}

# first, last, handicap 2024, skill (strokes better than handicap), change in 2025, attendance 2024, 2025
MEMBERS = [
    ("Dave", "Walsh", 14, 0.5, 0.5, 0.80, 0.80),
    ("Tony", "Marsh", 18, 0.0, 0.0, 0.85, 0.85),
    ("Keith", "Boyd", 5, 0.5, 0.5, 0.70, 0.75),
    ("Geoff", "Lamb", 22, -1.0, 0.5, 0.60, 0.60),
    ("Barry", "Nolan", 16, 0.5, 0.0, 0.75, 0.70),
    ("Phil", "Carter", 12, 0.0, 1.0, 0.65, 0.70),
    ("Steve", "Duffy", 20, 0.5, 0.5, 0.55, 0.50),
    ("Mick", "Rowe", 24, -0.5, 0.0, 0.50, 0.55),
    ("Alan", "Pike", 10, 0.5, 0.5, 0.70, 0.65),
    ("Colin", "Hurst", 19, -0.5, 1.0, 0.45, 0.60),
    ("Derek", "Shaw", 26, 0.0, 0.0, 0.40, 0.40),
    ("Roy", "Kemp", 15, 1.0, 0.0, 0.75, 0.70),
    ("Trevor", "Bell", 21, 0.0, 0.5, 0.60, 0.55),
    ("Gary", "Finch", 11, 0.0, 0.5, 0.55, 0.60),
    ("Ray", "Dunn", 28, -1.5, 0.5, 0.35, 0.35),
    ("Nigel", "Frost", 17, 0.5, 0.0, 0.60, 0.55),
    ("Pete", "Hanley", 13, 0.0, 1.0, 0.50, 0.60),
    ("Graham", "Lowe", 23, 0.0, 0.0, 0.45, 0.45),
    ("Brian", "Tate", 19, 0.0, 0.0, 0.55, 0.00),
    ("Ken", "Yates", 25, -0.5, 0.0, 0.40, 0.35),
    ("Malcolm", "Reid", 16, 0.0, 0.5, 0.65, 0.60),
    ("Stuart", "Page", 12, 0.5, 0.5, 0.55, 0.60),
    ("Ian", "Cross", 20, 0.0, 0.0, 0.50, 0.50),
    ("John", "Oakes", 18, 0.0, 0.5, 0.60, 0.55),
    ("Bob", "Hale", 27, -1.0, 0.0, 0.45, 0.40),
    ("Frank", "Mills", 22, 0.0, 0.5, 0.40, 0.45),
    ("Les", "Grant", 24, -0.5, 0.0, 0.35, 0.40),
    ("Sandra", "Cole", 26, 0.0, 3.5, 0.55, 0.75),
    ("Jean", "Moody", 30, -0.5, 0.5, 0.45, 0.50),
    ("Paul", "Kirby", 9, 0.0, 0.5, 0.50, 0.55),
    ("Martin", "Doyle", 21, 0.0, 0.0, 0.00, 0.70),
    ("Chris", "Eaton", 17, 0.0, 0.5, 0.00, 0.60),
]
GUESTS = ["Neil Fisher", "Andy Price", "Rob Wilde", "Sean Kelly", "Mark Dean", "Jim Lord", "Lee Porter", "Dan Hewitt",
          "Sue Fisher", "Carl Booth"]


def golf_dates():
    out = []
    for year, first in ((2024, date(2024, 3, 14)), (2025, date(2025, 3, 13))):
        # winter: one a month in Jan, Feb, Nov, Dec
        for m in (1, 2):
            d = date(year, m, 15)
            while d.weekday() != 3:
                d += timedelta(days=1)
            out.append(d)
        d = first
        while d <= date(year, 10, 31):
            out.append(d)
            d += timedelta(days=14)
        for m in (11, 12):
            d = date(year, m, 10)
            while d.weekday() != 3:
                d += timedelta(days=1)
            out.append(d)
    return sorted(out)


def gen_golf():
    R = random.Random(38001)
    write("golf_courses.csv", ["Course No", "Course", "Town", "County", "Type", "Par", "Slope", "Society rate", "Notes"],
          [list(c) for c in COURSES])

    dates = golf_dates()
    rained = {date(2024, 2, 15), date(2024, 11, 14), date(2025, 1, 16)}
    # course for each outing
    away = ["02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14"]
    aw = {"02": 3, "03": 1.5, "04": 3, "05": 2, "06": 2, "07": 1.5, "08": 1.5, "09": 2, "10": 1.2, "11": 2, "12": 1.5,
          "13": 1.5, "14": 3}
    course_of = {}
    for year in (2024, 2025):
        summer = [d for d in dates if d.year == year and d.month not in (1, 2, 11, 12)]
        plan = away + ["02", "04", "14"]
        R.shuffle(plan)
        plan = plan[:len(summer) - 3] + ["01", "01", "01"]
        R.shuffle(plan)
        for d, c in zip(summer, plan):
            course_of[d] = c
        for d in dates:
            if d.year == year and d.month in (1, 2, 11, 12):
                course_of[d] = "01"

    rows = []
    for d in dates:
        c = course_of[d]
        yr = d.year
        par = PAR[c]
        players = []
        for i, m in enumerate(MEMBERS):
            p = m[5] if yr == 2024 else m[6]
            if d.month in (1, 2, 11, 12):
                p *= 0.7
            if R.random() < p:
                players.append(("M", i))
        ng = wpick(R, [(0, 4), (1, 4), (2, 2), (3, 1)])
        for g in R.sample(range(len(GUESTS)), ng):
            players.append(("G", g))
        R.shuffle(players)
        is_rained = d in rained
        recs = []
        for kind, i in players:
            if kind == "M":
                first, last, hcp, skill, chg, _, _ = MEMBERS[i]
                if yr == 2025:
                    skill += chg
                    hcp = max(4, hcp - int(round(chg * 0.6)))
                hcp += R.choice([-1, 0, 0, 0, 1]) if d.month > 6 else 0
            else:
                hcp = R.randint(10, 26)
                skill = -1.0
            rec = {"kind": kind, "i": i, "hcp": hcp}
            if not is_rained:
                shift = 0.3 if yr == 2025 else -0.3
                course_pen = {"10": 4.5, "03": 2.5, "06": 2.0, "12": 2.2}.get(c, 0.0)
                gross = par + hcp + int(round(R.gauss(-skill - shift + course_pen, 3.6)))
                pts = 36 + int(round((par + hcp - gross) * 0.82 + R.gauss(0, 1.0)))
                pts = max(14, min(44, pts))
                u = R.random()
                status = "ok"
                if u < 0.035:
                    status = "NR"
                elif u < 0.045:
                    status = "DQ"
                rec.update(gross=gross, pts=pts, status=status)
            recs.append(rec)
        # winner: unique highest points among completed rounds
        if not is_rained:
            done = [r for r in recs if r["status"] == "ok"]
            best = max(r["pts"] for r in done)
            tops = [r for r in done if r["pts"] == best]
            for r in tops[1:]:
                r["pts"] -= 1
            tops[0]["winner"] = True
        for rec in recs:
            kind, i, hcp = rec["kind"], rec["i"], rec["hcp"]
            if kind == "M":
                first, last = MEMBERS[i][0], MEMBERS[i][1]
                full = f"{first} {last}"
                name = wpick(R, [(full, 60), (f"{first} {last[0]}", 12), (f"{first[0]} {last}", 10),
                                 (full.lower(), 8), (last, 5), (full + " ", 3), (f"{first}  {last}", 2)])
                mg = wpick(R, [("M", 50), ("Member", 25), ("member", 15), ("Mem", 10)])
            else:
                full = GUESTS[i]
                name = wpick(R, [(full, 70), (full + " (guest)", 30)])
                mg = wpick(R, [("G", 45), ("Guest", 35), ("guest", 15), ("Visitor", 5)])
            new_member = kind == "M" and MEMBERS[i][5] == 0.0
            if new_member and sum(1 for r in rows if r[-1] == ("M", i)) < 2:
                hcp_s = "tbc"
            else:
                hcp_s = wpick(R, [(str(hcp), 75), (f"{hcp}.0", 15), (f" {hcp}", 10)])
            cno = wpick(R, [(c, 70), (str(int(c)), 25), (" " + str(int(c)), 5)])
            ds = wpick(R, [(d.strftime("%d/%m/%Y"), 80), (f"{d.day}/{d.month}/{d.year % 100:02d}", 20)])
            notes = []
            if is_rained:
                gross_s = pts_s = twos = ""
                fee_s = wpick(R, [("refunded", 60), ("n/a", 25), ("-", 15)])
                paid = ""
                notes.append(wpick(R, [("Rained off", 60), ("rained off - refunded", 25), ("WASHOUT", 15)]))
            else:
                st = rec["status"]
                if st == "NR":
                    gross_s = wpick(R, [("NR", 60), ("N/R", 25), ("nr", 15)])
                    pts_s = wpick(R, [("NR", 60), ("N/R", 25), ("-", 15)])
                    twos = ""
                    notes.append(R.choice(["Withdrew - back", "retired after 12", "NR - lost ball count", "walked off 14th"]))
                else:
                    gross_s = str(rec["gross"])
                    if st == "DQ":
                        pts_s = wpick(R, [("DQ", 70), ("Disq", 30)])
                        notes.append(R.choice(["DQ - signed for wrong score", "DQ - wrong card", "DQ - no marker signature"]))
                    else:
                        p = rec["pts"]
                        pts_s = wpick(R, [(str(p), 70), (f"{p} pts", 20), (f"{p}pts", 10)])
                    t = wpick(R, [(0, 80), (1, 17), (2, 3)])
                    twos = str(t) if t else wpick(R, [("0", 40), ("", 40), ("-", 20)])
                    if st == "DQ":
                        twos = ""
                rate = RATE[c]
                if kind == "G":
                    fee = 25 if c == "01" else rate + 10
                    fee_s = pounds(R, fee)
                elif c == "01":
                    fee = 0
                    fee_s = wpick(R, [("home", 50), ("0", 30), ("-", 20)])
                else:
                    fee = rate
                    fee_s = pounds(R, fee)
                late = d >= date(2025, 11, 1)
                if fee == 0:
                    paid = wpick(R, [("-", 60), ("n/a", 40)])
                elif R.random() < (0.3 if late else 0.03):
                    paid = wpick(R, [("N", 40), ("owes", 35), ("No", 15), ("not paid", 10)])
                else:
                    paid = wpick(R, [("Y", 45), ("Yes", 20), ("paid", 20), ("PAID", 10), ("y", 5)])
                if rec.get("winner"):
                    notes.insert(0, wpick(R, [("Winner", 60), ("1st", 25), ("Won", 15)]))
                if R.random() < 0.06:
                    notes.append(R.choice(["NTP 7th", "NTP", "LD", "Longest drive", "nearest the pin 3rd"]))
                if R.random() < 0.08:
                    notes.append(R.choice(["buggy", "Buggy", "buggy hire paid at club"]))
            if kind == "G" and R.random() < 0.6:
                notes.append("guest of " + R.choice(["Tony", "Dave", "Keith", "Barry", "Roy"]))
            rows.append([ds, cno, name, mg, hcp_s if kind == "M" else str(hcp), gross_s, pts_s, twos, fee_s, paid,
                         "; ".join(notes), (kind, i)])
    write("golf_rounds.csv", ["Date", "Course No", "Player", "Member/Guest", "Handicap", "Gross", "Stableford", "Twos",
                              "Green fee", "Paid", "Notes"], [r[:-1] for r in rows])


# ================================================================================================
# 2. Radio amateur's logbook

COUNTRIES = [
    # canonical, spellings (weights), prefixes, km range, weight, kind
    ("England", [("England", 80), ("ENGLAND", 12), ("england", 8)], ["G", "M", "2E"], (40, 420), 13, "near"),
    ("Scotland", [("Scotland", 85), ("SCOTLAND", 15)], ["GM", "MM"], (300, 700), 3, "near"),
    ("Wales", [("Wales", 85), ("WALES", 15)], ["GW", "MW"], (70, 250), 2.5, "near"),
    ("Ireland", [("Ireland", 80), ("Republic of Ireland", 20)], ["EI"], (250, 560), 2.5, "eu"),
    ("Germany", [("Germany", 65), ("GERMANY", 10), ("Fed. Rep. of Germany", 20), ("germany", 5)], ["DL", "DK", "DJ", "DO"], (600, 1100), 10.5, "eu"),
    ("Netherlands", [("Netherlands", 60), ("The Netherlands", 25), ("Holland", 15)], ["PA", "PD"], (420, 640), 4, "eu"),
    ("Belgium", [("Belgium", 90), ("BELGIUM", 10)], ["ON"], (430, 640), 3, "eu"),
    ("France", [("France", 90), ("FRANCE", 10)], ["F"], (480, 1200), 5, "eu"),
    ("Spain", [("Spain", 85), ("SPAIN", 10), ("spain", 5)], ["EA", "EB"], (1100, 1900), 6, "eu"),
    ("Portugal", [("Portugal", 100)], ["CT"], (1500, 1900), 1.5, "eu"),
    ("Italy", [("Italy", 85), ("ITALY", 10), ("italy", 5)], ["I", "IZ", "IK"], (1300, 2000), 6.5, "eu"),
    ("Poland", [("Poland", 90), ("POLAND", 10)], ["SP", "SQ"], (1300, 1800), 4, "eu"),
    ("Czech Republic", [("Czech Republic", 70), ("Czechia", 30)], ["OK", "OL"], (1150, 1400), 2, "eu"),
    ("Austria", [("Austria", 100)], ["OE"], (1200, 1500), 1.5, "eu"),
    ("Switzerland", [("Switzerland", 100)], ["HB9"], (950, 1200), 1.2, "eu"),
    ("Sweden", [("Sweden", 90), ("SWEDEN", 10)], ["SM", "SA"], (1100, 1800), 2, "eu"),
    ("Norway", [("Norway", 100)], ["LA"], (900, 1500), 1.2, "eu"),
    ("Denmark", [("Denmark", 100)], ["OZ"], (800, 1000), 1.3, "eu"),
    ("Finland", [("Finland", 100)], ["OH"], (1800, 2200), 1.5, "eu"),
    ("Ukraine", [("Ukraine", 90), ("UKRAINE", 10)], ["UR", "UT"], (2000, 2600), 2, "eu"),
    ("Croatia", [("Croatia", 100)], ["9A"], (1500, 1800), 1, "eu"),
    ("Slovenia", [("Slovenia", 100)], ["S5"], (1300, 1500), 1, "eu"),
    ("Greece", [("Greece", 100)], ["SV"], (2500, 2900), 1, "eu"),
    ("Hungary", [("Hungary", 100)], ["HA"], (1550, 1800), 1, "eu"),
    ("Romania", [("Romania", 100)], ["YO"], (2000, 2400), 1, "eu"),
    ("Bulgaria", [("Bulgaria", 100)], ["LZ"], (2200, 2500), 0.8, "eu"),
    ("Iceland", [("Iceland", 100)], ["TF"], (1700, 1900), 0.4, "eu"),
    ("Canary Islands", [("Canary Islands", 70), ("Canary Is.", 30)], ["EA8"], (2800, 3100), 0.6, "dx"),
    ("Israel", [("Israel", 100)], ["4X", "4Z"], (3500, 3800), 0.5, "dx"),
    ("United States", [("United States", 55), ("USA", 25), ("U.S.A.", 10), ("United States of America", 10)], ["K", "W", "N", "AA", "KD"], (5000, 8500), 6, "dx"),
    ("Canada", [("Canada", 90), ("CANADA", 10)], ["VE", "VA"], (4500, 6500), 2, "dx"),
    ("Brazil", [("Brazil", 80), ("Brasil", 20)], ["PY", "PU"], (8500, 9800), 1, "dx"),
    ("Argentina", [("Argentina", 100)], ["LU"], (10500, 11500), 0.5, "dx"),
    ("Japan", [("Japan", 80), ("JAPAN", 12), ("japan", 8)], ["JA", "JH", "JR", "JO"], (9000, 9600), 2, "dx"),
    ("Australia", [("Australia", 90), ("AUSTRALIA", 10)], ["VK"], (14500, 17200), 0.7, "dx"),
    ("South Africa", [("South Africa", 80), ("Rep. of South Africa", 20)], ["ZS"], (9000, 9700), 0.5, "dx"),
]
CINFO = {c[0]: c for c in COUNTRIES}
NAMES = ["John", "Peter", "Hans", "Marco", "Jose", "Jan", "Piotr", "Mike", "Bob", "Dave", "Klaus", "Luca", "Paolo",
         "Andrzej", "Erik", "Lars", "Tom", "Steve", "Yuki", "Kenji", "Pierre", "Jean", "Ivan", "Olek", "Chris", "Ian",
         "Alan", "Rob", "Sergio", "Juan", "Karl", "Stefan", "Frank", "Gerry", "Ray", "Nick", "Tony", "Mario", "Matt"]
BAND_KM = {"160m": 1.81, "80m": 3.7, "40m": 7.1, "30m": 10.13, "20m": 14.2, "17m": 18.1, "15m": 21.2,
           "12m": 24.9, "10m": 28.5, "6m": 50.2, "2m": 145.5}
FT8F = {"80m": 3.573, "40m": 7.074, "30m": 10.136, "20m": 14.074, "17m": 18.1, "15m": 21.074, "12m": 24.915,
        "10m": 28.074, "6m": 50.313}


def callsign(R, prefix):
    digit = str(R.randint(0, 9))
    letters = "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(R.choice([2, 3, 3])))
    if prefix in ("HB9", "EA8"):
        return prefix + letters
    if prefix[-1].isdigit():
        return prefix + letters
    return prefix + digit + letters


def gen_radio():
    R = random.Random(38002)
    # regular stations: local 2m net and 80m Sunday net
    local2m = [callsign(R, R.choice(["G", "M", "2E"])) for _ in range(9)]
    net80 = [callsign(R, R.choice(["G", "M", "GM", "GW"])) for _ in range(11)]
    net80_country = {}
    for c in net80:
        net80_country[c] = "Scotland" if c.startswith("GM") else "Wales" if c.startswith("GW") else "England"
    friend_names = {c: R.choice(NAMES) for c in local2m + net80}
    used_calls = set(local2m) | set(net80)
    slash_p = set()

    qsos = []  # dicts

    def new_call(country):
        for _ in range(100):
            c = callsign(R, R.choice(CINFO[country][2]))
            if c not in used_calls:
                used_calls.add(c)
                return c
        raise RuntimeError

    def pick_country(kind_w):
        return wpick(R, [(c[0], c[4] * kind_w.get(c[5], 1.0)) for c in COUNTRIES])

    def add(dt, call, country, band, mode, src, power, comment="", dist=None, rs=None, rr=None):
        if dist is None:
            lo, hi = CINFO[country][3]
            dist = R.randint(lo, hi)
        qsos.append(dict(dt=dt, call=call, country=country, band=band, mode=mode, src=src, power=power,
                         comment=comment, dist=dist, rs=rs, rr=rr))

    def report(mode):
        if mode in ("FT8", "FT4"):
            return R.randint(-22, 8)
        if mode == "CW":
            return wpick(R, [("599", 70), ("579", 15), ("559", 10), ("589", 5)])
        return wpick(R, [("59", 70), ("57", 15), ("55", 10), ("58", 5)])

    day = date(2024, 1, 1)
    end = date(2025, 6, 30)
    contest_days = {date(2024, 10, 26): ("SSB", 96), date(2024, 10, 27): ("SSB", 55),
                    date(2024, 11, 23): ("CW", 41), date(2024, 11, 24): ("CW", 30),
                    date(2025, 3, 29): ("SSB", 38)}
    pota_days = [date(2024, 5, 18), date(2024, 6, 15), date(2024, 7, 20), date(2024, 8, 24), date(2024, 9, 14),
                 date(2025, 4, 19), date(2025, 5, 17), date(2025, 6, 14)]
    while day <= end:
        wk = day.weekday()
        rate = 0.40 if day.year == 2024 else 0.55
        if day.month in (7, 8):
            rate *= 0.7
        if day in contest_days:
            mode, n = contest_days[day]
            t = datetime(day.year, day.month, day.day, 8, 0)
            for k in range(n):
                t += timedelta(minutes=R.randint(3, 11))
                if k % 12 == 0 and k:
                    t += timedelta(minutes=R.randint(20, 50))
                band = wpick(R, [("20m", 4), ("40m", 3), ("15m", 2), ("10m", 2), ("80m", 1)])
                country = pick_country({"near": 0.3, "eu": 1.0, "dx": 0.8})
                add(t, new_call(country), country, band, mode, "sw", 100,
                    comment=wpick(R, [("CQWW SSB" if mode == "SSB" and day.month == 10 else
                                       "CQWW CW" if mode == "CW" else "RSGB contest", 50), ("contest", 30), ("", 20)]))
        elif day in pota_days:
            t = datetime(day.year, day.month, day.day, 9, R.randint(0, 40))
            park = R.choice(["GB-0123", "GB-1456", "GB-0789"])
            n = R.randint(15, 30)
            for k in range(n):
                t += timedelta(minutes=R.randint(2, 7))
                mode = wpick(R, [("SSB", 6), ("CW", 4)])
                band = wpick(R, [("40m", 6), ("20m", 4)])
                country = pick_country({"near": 2.0, "eu": 1.0, "dx": 0.15})
                add(t, new_call(country), country, band, mode, "paper", 10,
                    comment=wpick(R, [(f"POTA {park}", 55), ("pota", 20), ("POTA activation", 15), ("Park activation " + park, 10)]))
        elif R.random() < rate:
            # one or two sessions
            for _s in range(wpick(R, [(1, 80), (2, 20)])):
                if wk == 1 and R.random() < 0.55:   # Tuesday 2m net
                    t = datetime(day.year, day.month, day.day, 19, R.randint(30, 55))
                    for c in R.sample(local2m, R.randint(3, 7)):
                        t += timedelta(minutes=R.randint(4, 12))
                        add(t, c, "England", "2m", "FM", "sw", 25, dist=R.randint(8, 60), comment=wpick(R, [("2m net", 50), ("", 50)]))
                    continue
                if wk == 6 and R.random() < 0.5:    # Sunday morning 80m natter net
                    t = datetime(day.year, day.month, day.day, 8, R.randint(0, 30))
                    for c in R.sample(net80, R.randint(3, 8)):
                        t += timedelta(minutes=R.randint(6, 15))
                        lo, hi = CINFO[net80_country[c]][3]
                        add(t, c, net80_country[c], "80m", "SSB", "sw", 100, dist=R.randint(lo, hi),
                            comment=wpick(R, [("Sunday net", 40), ("", 60)]))
                    continue
                mode = wpick(R, [("FT8", 44), ("SSB", 25), ("CW", 22), ("FT4", 7), ("RTTY", 2)])
                if wk >= 5:
                    hour = wpick(R, [(7, 1), (9, 2), (10, 2), (11, 2), (13, 2), (14, 2), (15, 2), (16, 1), (18, 2), (19, 2), (20, 1)])
                else:
                    hour = wpick(R, [(6, 1), (7, 1), (12, 1), (17, 2), (18, 3), (19, 6), (20, 4), (21, 2), (22, 1)])
                t = datetime(day.year, day.month, day.day, hour, R.randint(0, 50))
                if mode in ("FT8", "FT4"):
                    band = wpick(R, [("20m", 35), ("40m", 20), ("15m", 12), ("17m", 9), ("10m", 10), ("30m", 6), ("80m", 4), ("12m", 3), ("6m", 1)])
                    n = R.randint(4, 16)
                    power = wpick(R, [(40, 70), (25, 20), (100, 10)])
                elif mode == "CW":
                    band = wpick(R, [("40m", 30), ("20m", 30), ("30m", 15), ("17m", 10), ("80m", 10), ("15m", 5)])
                    n = R.randint(2, 8)
                    power = wpick(R, [(100, 75), (5, 25)])
                elif mode == "RTTY":
                    band = "20m"
                    n = R.randint(2, 5)
                    power = 100
                else:
                    band = wpick(R, [("20m", 35), ("40m", 25), ("15m", 10), ("17m", 10), ("10m", 15), ("80m", 5)])
                    n = R.randint(2, 10)
                    power = 100
                dxw = {"20m": 0.7, "17m": 1.0, "15m": 1.2, "10m": 1.2, "12m": 1.0, "6m": 0.3, "30m": 0.4, "40m": 0.25,
                       "80m": 0.05}[band]
                nearw = {"80m": 3.0, "40m": 1.5, "30m": 0.8}.get(band, 0.3)
                if mode in ("FT8", "FT4"):
                    dxw *= 1.3
                for k in range(n):
                    t += timedelta(minutes=R.randint(2, 4) if mode in ("FT8", "FT4") else R.randint(3, 9))
                    country = pick_country({"near": nearw, "eu": 1.0, "dx": dxw})
                    if R.random() < 0.06 and len(slash_p) < 25 and country in ("England", "Scotland", "Wales", "Germany", "France"):
                        c = new_call(country) + "/P"
                        slash_p.add(c)
                    else:
                        c = new_call(country)
                    add(t, c, country, band, mode, "wsjt" if mode in ("FT8", "FT4") else "sw", power,
                        comment=wpick(R, [("", 85), ("new one!", 4), ("nice signal", 4), ("QSB", 4), ("DX!", 3)]) if country not in ("England",) else "")
        day += timedelta(days=1)

    # the one long-path contact to New Zealand
    t = datetime(2024, 11, 9, 7, 42)
    add(t, "ZL2" + "KRW", "New Zealand", "20m", "FT8", "wsjt", 40, dist=18362, comment="ZL!! long path")
    CINFO["New Zealand"] = ("New Zealand", [("New Zealand", 100)], ["ZL"], (18000, 18400), 0, "dx")

    qsos.sort(key=lambda q: q["dt"])
    # duplicates: re-logged contacts marked in the comment
    dupes = []
    for q in R.sample([q for q in qsos if q["src"] != "paper" and q["dt"].date() != date(2024, 10, 26)], 10):
        d2 = dict(q)
        d2["dt"] = q["dt"] + timedelta(minutes=R.randint(1, 3))
        d2["comment"] = wpick(R, [("dupe", 40), ("DUPE", 25), ("dupe - ignore", 20), ("Dupe", 15)])
        d2["dupe"] = True
        dupes.append(d2)
    qsos.extend(dupes)
    qsos.sort(key=lambda q: q["dt"])

    rows = []
    for q in qsos:
        dt, mode, src = q["dt"], q["mode"], q["src"]
        if src == "wsjt":
            ds = dt.strftime("%Y%m%d")
            ts = dt.strftime("%H%M") + f"{R.randint(0, 59):02d}"
        elif src == "paper":
            ds = dt.strftime("%Y-%m-%d")
            ts = dt.strftime("%H%M")
        else:
            ds = dt.strftime("%m/%d/%Y")
            ts = dt.strftime("%H:%M")
        call = q["call"]
        if R.random() < 0.05:
            call = call.lower()
        band = q["band"]
        band_s = wpick(R, [(band, 70), (band.upper(), 15), (band.replace("m", " m"), 10), (band.replace("m", "mtrs"), 5)])
        if band == "2m" and R.random() < 0.3:
            band_s = "144MHz"
        if mode in ("FT8", "FT4") and band in FT8F:
            f = FT8F[band] + (0.0 if mode == "FT8" else 0.006)
        else:
            f = BAND_KM[band] + R.randint(0, 90) / 1000.0
        freq = wpick(R, [(f"{f:.3f}", 70), (f"{f:.5f}", 15), (f"{f * 1000:.1f}", 5), ("", 10)])
        mode_s = {"FT8": [("FT8", 80), ("ft8", 10), ("FT-8", 10)],
                  "FT4": [("FT4", 90), ("ft4", 10)],
                  "CW": [("CW", 85), ("cw", 15)],
                  "SSB": [("SSB", 60), ("USB" if BAND_KM[band] > 10 else "LSB", 30), ("ssb", 10)],
                  "FM": [("FM", 100)], "RTTY": [("RTTY", 100)]}[mode]
        mode_w = wpick(R, mode_s)
        rs = report(mode)
        rr = report(mode)
        if mode in ("FT8", "FT4"):
            rs_s = f"{rs:+03d}" if src == "wsjt" else str(rs)
            rr_s = wpick(R, [(f"{rr:+03d}", 60), (f"{rr}", 20), (f"{rr} dB", 10), (f"{rr}dB", 10)])
            if rr_s.startswith("+00"):
                rr_s = "+00"
        else:
            rs_s = rs
            rr_s = rr
            if mode == "CW" and R.random() < 0.2:
                rs_s = "5NN"
            if mode == "SSB" and R.random() < 0.1:
                rr_s = rr[0] + "/" + rr[1]
        name = friend_names.get(q["call"], R.choice(NAMES) if R.random() < 0.65 else "")
        cs = wpick(R, CINFO[q["country"]][1])
        dist = q["dist"]
        blank_p = 0.7 if src == "paper" else 0.08
        if q["country"] == "New Zealand":
            dist_s = "18,362"
        elif R.random() < blank_p:
            dist_s = ""
        else:
            dist_s = wpick(R, [(str(dist), 60), (f"{dist:,}", 20), (f"{dist} km", 15), (f"{dist:,} km", 5)])
        pw = q["power"]
        pw_s = wpick(R, [(str(pw), 50), (f"{pw}W", 30), (f"{pw} W", 10), (f"{pw}w", 10)])
        if pw <= 5 and R.random() < 0.4:
            pw_s = f"{pw}W QRP"
        # confirmation
        age_bonus = 0.1 if dt.year == 2024 else -0.05
        pconf = {"FT8": 0.6, "FT4": 0.55, "CW": 0.35, "SSB": 0.3, "FM": 0.03, "RTTY": 0.3}[mode] + age_bonus
        if src == "paper":
            pconf = 0.45
        if q.get("dupe"):
            qsl = ""
        elif R.random() < pconf:
            if mode in ("FT8", "FT4"):
                qsl = wpick(R, [("LoTW", 60), ("LOTW", 10), ("eQSL", 20), ("Y", 10)])
            else:
                qsl = wpick(R, [("LoTW", 30), ("Y", 20), ("Yes", 10), ("eQSL", 15), ("Card", 15), ("card rcvd", 5), ("y", 5)])
        else:
            qsl = wpick(R, [("", 50), ("N", 30), ("No", 10), ("requested", 10)])
        rows.append([ds, ts, call, band_s, freq, mode_w, rs_s, rr_s, name, cs, dist_s, pw_s, qsl, q["comment"]])
    write("radio_log.csv", ["QSO Date", "Time On", "Call", "Band", "Freq", "Mode", "RST Sent", "RST Rcvd", "Name",
                            "Country", "Distance", "Power", "QSL Rcvd", "Comment"], rows)


# ================================================================================================
# 3. Clothes reseller's sheet

BRANDS = [
    # canonical, spellings, categories, price range, speed factor
    ("Levi's", [("Levi's", 55), ("Levis", 25), ("levi's", 10), ("LEVIS", 10)], ["Jeans"], (16, 32), 0.8, 8),
    ("Barbour", [("Barbour", 80), ("barbour", 10), ("BARBOUR", 10)], ["Jackets"], (48, 95), 0.9, 7),
    ("Ralph Lauren", [("Ralph Lauren", 55), ("Polo Ralph Lauren", 25), ("ralph lauren", 10), ("RL", 10)], ["Tops", "Knitwear"], (18, 40), 0.9, 7),
    ("The North Face", [("The North Face", 50), ("North Face", 30), ("TNF", 10), ("north face", 10)], ["Jackets"], (30, 75), 0.8, 5),
    ("Patagonia", [("Patagonia", 85), ("patagonia", 15)], ["Jackets", "Knitwear"], (35, 80), 0.8, 3),
    ("Carhartt", [("Carhartt", 75), ("carhartt", 15), ("Carhart", 10)], ["Jackets", "Trousers"], (22, 48), 0.9, 4),
    ("Dr Martens", [("Dr Martens", 50), ("Doc Martens", 25), ("Dr. Martens", 15), ("DMs", 10)], ["Boots"], (28, 60), 1.0, 5),
    ("Whistles", [("Whistles", 100)], ["Dresses", "Tops"], (18, 38), 1.2, 6),
    ("Boden", [("Boden", 80), ("boden", 10), ("BODEN", 10)], ["Dresses", "Tops"], (12, 26), 1.2, 8),
    ("Hobbs", [("Hobbs", 85), ("HOBBS", 15)], ["Dresses", "Jackets"], (20, 45), 1.3, 5),
    ("Jigsaw", [("Jigsaw", 100)], ["Knitwear", "Dresses"], (15, 34), 1.1, 5),
    ("Zara", [("Zara", 60), ("ZARA", 30), ("zara", 10)], ["Dresses", "Tops", "Jackets"], (7, 16), 1.4, 9),
    ("M&S", [("M&S", 50), ("Marks & Spencer", 25), ("Marks and Spencer", 15), ("M & S", 10)], ["Knitwear", "Tops", "Trousers"], (5, 14), 1.5, 9),
    ("Nike", [("Nike", 70), ("NIKE", 20), ("nike", 10)], ["Tops", "Trainers"], (12, 35), 0.9, 6),
    ("Seasalt", [("Seasalt", 70), ("Seasalt Cornwall", 30)], ["Jackets", "Dresses"], (18, 40), 1.1, 4),
]
CATS = {"Jeans": [("Jeans", 80), ("jeans", 20)],
        "Jackets": [("Jacket", 45), ("Jackets", 20), ("Coat", 25), ("coat", 10)],
        "Tops": [("Top", 40), ("Tops", 20), ("Shirt", 25), ("T-shirt", 15)],
        "Knitwear": [("Knitwear", 40), ("Jumper", 40), ("knitwear", 10), ("Cardigan", 10)],
        "Dresses": [("Dress", 60), ("Dresses", 25), ("dress", 15)],
        "Boots": [("Boots", 70), ("Shoes", 30)],
        "Trainers": [("Trainers", 70), ("Shoes", 30)],
        "Trousers": [("Trousers", 80), ("trousers", 20)]}
CAT_SPEED = {"Jeans": 0.8, "Jackets": 0.95, "Tops": 1.15, "Knitwear": 1.0, "Dresses": 1.3, "Boots": 0.85,
             "Trainers": 0.9, "Trousers": 1.4}
ITEMS = {"Jeans": ["501 jeans", "511 slim jeans", "Ribcage jeans", "Straight leg jeans", "Bootcut jeans"],
         "Jackets": ["Wax jacket", "Puffer jacket", "Fleece", "Rain jacket", "Wool coat", "Trench coat", "Gilet", "Denim jacket"],
         "Tops": ["Polo shirt", "Oxford shirt", "Blouse", "Striped top", "T-shirt", "Rugby shirt"],
         "Knitwear": ["Cable knit jumper", "Merino jumper", "Cardigan", "Lambswool jumper", "Half-zip"],
         "Dresses": ["Midi dress", "Wrap dress", "Shirt dress", "Maxi dress", "Tea dress"],
         "Boots": ["1460 boots", "Chelsea boots", "1461 shoes", "Jadon boots"],
         "Trainers": ["Air Max", "Blazer trainers", "Air Force 1", "Running shoes"],
         "Trousers": ["Carpenter trousers", "Chinos", "Work trousers", "Wide leg trousers"]}
SIZES = {"Jeans": ["W30 L32", "W32 L32", "W34 L30", "W28", "W36 L32", "26"], "Boots": ["UK 5", "UK 6", "UK 8", "UK 9", "UK10", "7"],
         "Trainers": ["UK 6", "UK 8", "UK 9", "10"], "default": ["S", "M", "L", "XL", "8", "10", "12", "14", "16", "size 12", "M/L"]}


def gen_resale():
    R = random.Random(38003)
    start, last_buy, end = date(2024, 1, 6), date(2025, 6, 24), date(2025, 6, 30)
    items = []
    d = start
    while d <= last_buy:
        # buying trips at weekends mostly
        if d.weekday() in (5, 6) and R.random() < 0.8 or R.random() < 0.12:
            for _ in range(R.randint(2, 7) if d.year == 2024 and d.month < 4 else R.randint(3, 9)):
                b = wpick(R, [(x, x[5]) for x in BRANDS])
                items.append((d, b))
        d += timedelta(days=1)
    rows = []
    n_kept = 0
    for bought, b in items:
        canon, bsp, cats, (plo, phi), bspeed, _w = b
        cat = R.choice(cats)
        src = wpick(R, [("charity", 50), ("carboot", 26), ("own", 7), ("ebay", 5), ("jumble", 6), ("salerail", 6)])
        src_s = {"charity": [("Charity shop", 45), ("charity shop", 20), ("CS", 10), ("Charity shop (Oxfam)", 10), ("Charity Shop - BHF", 10), ("charity", 5)],
                 "carboot": [("Car boot", 50), ("car boot", 20), ("Car boot sale", 15), ("Boot sale", 10), ("carboot", 5)],
                 "own": [("Own", 40), ("own wardrobe", 30), ("Mine", 15), ("My wardrobe", 15)],
                 "ebay": [("eBay", 70), ("Ebay", 30)],
                 "jumble": [("Jumble sale", 70), ("jumble", 30)],
                 "salerail": [("TK Maxx clearance", 50), ("Sale rail", 50)]}[src]
        if src == "charity":
            cost = R.choice([2, 2.5, 3, 3.5, 4, 4.99, 5, 6, 6.99, 7.5, 8, 10, 12]) * (1.6 if plo > 30 else 1.0)
        elif src == "carboot":
            cost = R.choice([0.5, 1, 1, 2, 2, 3, 4, 5]) * (2 if plo > 30 else 1)
        elif src == "own":
            cost = 0.0
        elif src == "ebay":
            cost = round(plo * R.uniform(0.4, 0.7), 2)
        elif src == "jumble":
            cost = R.choice([0.5, 1, 1.5, 2])
        else:
            cost = round(plo * R.uniform(0.5, 0.8), 2)
        cost = round(cost, 2)
        if src == "own":
            cost_s = wpick(R, [("own", 50), ("0", 30), ("£0.00", 20)])
        elif src == "carboot" and R.random() < 0.05:
            cost, cost_s = 0.0, "free"
        else:
            cost_s = pounds(R, cost)
        # platform
        if canon in ("Barbour", "The North Face", "Patagonia"):
            pw = [("ebay", 55), ("vinted", 35), ("depop", 5), ("fb", 5)]
        elif canon in ("Levi's", "Carhartt", "Nike", "Dr Martens"):
            pw = [("depop", 30), ("vinted", 45), ("ebay", 20), ("fb", 5)]
        else:
            pw = [("vinted", 65), ("ebay", 20), ("depop", 8), ("fb", 7)]
        plat = wpick(R, pw)
        listed = bought + timedelta(days=wpick(R, [(0, 20), (1, 20), (2, 15), (3, 10), (5, 10), (7, 10), (10, 8), (14, 5), (21, 2)]))
        item = R.choice(ITEMS[cat])
        size = R.choice(SIZES.get(cat, SIZES["default"]))
        status, sold, price = None, None, None
        notes = []
        if listed > end - timedelta(days=3) or (bought > date(2025, 6, 10) and R.random() < 0.5):
            status = "tolist"
        elif n_kept < 6 and R.random() < 0.01:
            status = "kept"
            n_kept += 1
        else:
            base = {"ebay": 18, "vinted": 24, "depop": 33, "fb": 12}[plat]
            mean = base * CAT_SPEED[cat] * bspeed
            if R.random() < 0.13:
                days = 10 ** 6
            else:
                days = max(0, int(R.expovariate(1.0 / mean)))
                if days == 60:
                    days = 61
            sd = listed + timedelta(days=days)
            # coat season: a run of autumn sales in October 2024 clears older stock
            if listed < date(2024, 10, 1) and sd > date(2024, 10, 1) and R.random() < 0.75:
                sd = date(2024, 10, R.randint(1, 31))
                if (sd - listed).days == 60:
                    sd += timedelta(days=1)
            if sd <= end:
                status, sold = "sold", sd
                price = R.uniform(plo, phi)
                if plat == "ebay":
                    price = round(price, 2) if R.random() < 0.4 else float(round(price))
                elif plat == "fb":
                    price = float(round(price / 5) * 5) or 5.0
                else:
                    price = round(price * 2) / 2
                if R.random() < 0.12:
                    notes.append(R.choice(["offer accepted", "price dropped", "bundle", "offer accepted - was £" + str(int(price) + 5)]))
            else:
                age = (end - listed).days
                if age > 150 and R.random() < 0.45:
                    status = "donated"
                    notes.append(R.choice(["no interest - back to charity shop", "donated", "gave to Oxfam"]))
                else:
                    status = "listed"
                    if age > 60 and R.random() < 0.3:
                        notes.append(R.choice(["price dropped", "relisted", "price dropped twice"]))
        if status == "sold" and R.random() < 0.025:
            status = "returned"
            notes.append(R.choice(["buyer returned - refunded", "returned: not as described", "refunded, item back"]))
        if status in ("listed", "donated", "tolist") and R.random() < 0.03:
            cost_s = R.choice(["?", "?"])
        if R.random() < 0.05:
            notes.append(R.choice(["small mark on cuff", "missing belt", "BNWT", "new with tags", "hem repaired", "vintage"]))
        # strings
        platform_s = ""
        if status not in ("tolist", "kept"):
            platform_s = wpick(R, {"vinted": [("Vinted", 70), ("vinted", 20), ("VINTED", 10)],
                                   "ebay": [("eBay", 60), ("ebay", 20), ("Ebay", 15), ("EBAY", 5)],
                                   "depop": [("Depop", 80), ("depop", 20)],
                                   "fb": [("FB Marketplace", 50), ("Facebook", 25), ("FB", 15), ("fb marketplace", 10)]}[plat])
        listed_s = listed.strftime("%d/%m/%Y") if status not in ("tolist", "kept") else ""
        sold_s = price_s = post_s = fee_s = ""
        if status in ("sold", "returned"):
            sold_s = wpick(R, [(sold.strftime("%d/%m/%Y"), 60), (sold.strftime("%Y-%m-%d"), 40)])
            price_s = pounds(R, price)
            if plat == "ebay":
                if R.random() < 0.7:
                    post = R.choice([2.85, 3.35, 3.35, 4.59, 3.99])
                    post_s = pounds(R, post, ("£{:.2f}", "{:.2f}"))
                else:
                    post_s = wpick(R, [("buyer paid", 70), ("buyer pays", 30)])
                fee = round(price * 0.128 + 0.30, 2)
                fee_s = pounds(R, fee, ("£{:.2f}", "{:.2f}"))
            elif plat == "depop":
                if R.random() < 0.5:
                    post_s = pounds(R, 3.2, ("£{:.2f}", "{:.2f}"))
                else:
                    post_s = "buyer paid"
                fee_s = pounds(R, round(price * 0.10, 2), ("£{:.2f}", "{:.2f}"))
            elif plat == "vinted":
                post_s = wpick(R, [("buyer paid", 60), ("", 30), ("buyer pays", 10)])
                fee_s = wpick(R, [("0", 50), ("none", 30), ("", 20)])
            else:
                post_s = wpick(R, [("collected", 70), ("collection", 30)])
                fee_s = wpick(R, [("0", 60), ("-", 40)])
        st_s = {"sold": [("Sold", 60), ("sold", 20), ("SOLD", 15), ("Sold!", 5)],
                "listed": [("Listed", 50), ("listed", 20), ("Active", 15), ("For sale", 15)],
                "tolist": [("To list", 60), ("Not listed yet", 25), ("to list", 15)],
                "returned": [("Returned", 60), ("Returned - refunded", 40)],
                "donated": [("Donated", 70), ("Gave to charity", 30)],
                "kept": [("Kept", 60), ("Keeping it!", 40)]}[status]
        brand_s = wpick(R, bsp)
        if R.random() < 0.03:
            brand_s += " "
        rows.append((bought, [item, brand_s, wpick(R, CATS[cat]), size, wpick(R, src_s), bought.strftime("%d/%m/%Y"),
                              cost_s, platform_s, listed_s, sold_s, price_s, post_s, fee_s, wpick(R, st_s), "; ".join(notes)]))
    # the lucky find
    rows.append((date(2024, 9, 14), ["Trench coat", "Burberry", "Coat", "10", "Charity shop", "14/09/2024", "£12.99", "eBay",
                                     "15/09/2024", "22/09/2024", "£185.00", "£4.59", "£23.98", "Sold", "vintage - lucky find!"]))
    rows.sort(key=lambda r: r[0])
    write("resale_sheet.csv", ["Item", "Brand", "Category", "Size", "Where bought", "Date bought", "Cost", "Platform",
                               "Date listed", "Date sold", "Sold for", "Postage", "Fees", "Status", "Notes"],
          [r[1] for r in rows])


# ================================================================================================
# 4. Repair cafe

RC_CATS = {
    # canonical: spellings, weight, fix rate, minutes mean, kg range, items
    "Electrical": ([("Electrical", 60), ("electrical", 20), ("Electricals", 10), ("Elec", 10)], 40, 0.56, 45, (0.5, 4.5),
                   [("Toaster", 8), ("Kettle", 7), ("Lamp", 9), ("Vacuum cleaner", 6), ("Hairdryer", 5), ("Radio", 5),
                    ("Food mixer", 4), ("Iron", 4), ("Fan", 3), ("Slow cooker", 3), ("CD player", 3), ("Clock", 2)]),
    "Textiles": ([("Textiles", 50), ("Sewing", 30), ("textiles", 10), ("Clothing", 10)], 18, 0.84, 35, (0.3, 1.5),
                 [("Jeans", 5), ("Coat zip", 5), ("Jacket", 4), ("Curtains", 2), ("Trousers hem", 4), ("Rucksack strap", 2), ("Jumper (hole)", 3)]),
    "Bikes": ([("Bikes", 60), ("Bike", 25), ("Bicycle", 15)], 10, 0.80, 40, (9, 16),
              [("Bike - puncture", 5), ("Bike brakes", 4), ("Kid's bike", 3), ("Bike gears", 4), ("Bike chain", 2)]),
    "Furniture": ([("Furniture", 70), ("Woodwork", 30)], 6, 0.74, 50, (2, 12),
                  [("Chair", 5), ("Stool", 3), ("Small table", 2), ("Drawer", 2), ("Picture frame", 2)]),
    "Computers": ([("Computers", 45), ("IT", 30), ("Laptop/PC", 25)], 8, 0.34, 60, (0.4, 3),
                  [("Laptop", 6), ("Tablet", 3), ("Printer", 3), ("Mobile phone", 3), ("Desktop PC", 1)]),
    "Jewellery": ([("Jewellery", 80), ("Jewelry", 20)], 5, 0.76, 25, (0.01, 0.1),
                  [("Necklace", 4), ("Bracelet", 3), ("Earring", 2), ("Watch strap", 3)]),
    "Toys": ([("Toys", 80), ("toys", 20)], 5, 0.66, 30, (0.2, 1.5),
             [("Toy car", 3), ("Doll", 2), ("Remote control car", 3), ("Teddy bear", 3)]),
    "Sharpening": ([("Sharpening", 50), ("Knife sharpening", 30), ("Knives", 20)], 6, 0.97, 12, (0.1, 0.8),
                   [("Kitchen knives", 5), ("Scissors", 3), ("Garden shears", 3), ("Secateurs", 3)]),
}
FIXERS = {
    "Electrical": [("Dave Price", 11), ("Mohammed Akhtar", 4), ("Ken Holt", 2), ("Lin Zhou", 1)],
    "Textiles": [("Sue Barker", 6), ("Margaret Ellis", 1), ("Priya Nair", 2)],
    "Bikes": [("Tom Reilly", 5), ("Jake Moss", 3)],
    "Furniture": [("Colin Ward", 4), ("Ken Holt", 2)],
    "Computers": [("Lin Zhou", 5), ("Raj Mehta", 3)],
    "Jewellery": [("Margaret Ellis", 5), ("Priya Nair", 1)],
    "Toys": [("Ken Holt", 3), ("Jake Moss", 2), ("Mohammed Akhtar", 1)],
    "Sharpening": [("Colin Ward", 3), ("Ken Holt", 2)],
}
FIXER_SP = {
    "Dave Price": [("Dave Price", 60), ("Dave P", 20), ("dave", 10), ("Dave", 10)],
    "Mohammed Akhtar": [("Mohammed Akhtar", 50), ("Mo Akhtar", 25), ("Mo", 25)],
    "Ken Holt": [("Ken Holt", 70), ("Ken", 20), ("ken holt", 10)],
    "Lin Zhou": [("Lin Zhou", 70), ("Lin", 30)],
    "Sue Barker": [("Sue Barker", 60), ("Sue B", 25), ("Sue", 15)],
    "Margaret Ellis": [("Margaret Ellis", 50), ("Maggie Ellis", 25), ("Margaret", 25)],
    "Priya Nair": [("Priya Nair", 70), ("Priya", 30)],
    "Tom Reilly": [("Tom Reilly", 60), ("Tom R", 20), ("Tom", 20)],
    "Jake Moss": [("Jake Moss", 70), ("Jake", 30)],
    "Colin Ward": [("Colin Ward", 70), ("Colin", 30)],
    "Raj Mehta": [("Raj Mehta", 60), ("Raj", 40)],
}


def minutes_text(R, m):
    if m == 60:
        return wpick(R, [("1 hr", 40), ("60 mins", 30), ("an hour", 15), ("1h", 15)])
    if m == 30 and R.random() < 0.3:
        return "half an hour"
    if m > 60:
        h, mm = divmod(m, 60)
        opts = [(f"{m} mins", 25), (f"{h}h {mm}m" if mm else f"{h}h", 25), (f"{h} hr {mm}" if mm else f"{h} hrs", 20),
                (f"{m} minutes", 15), (f"{h}hr {mm}min" if mm else f"{h}hr", 15)]
        if mm == 30:
            opts.append((f"{h}.5 hrs", 30))
        return wpick(R, opts)
    return wpick(R, [(f"{m} mins", 40), (f"{m} min", 20), (str(m), 20), (f"{m}m", 10), (f"{m} minutes", 10)])


def gen_repair():
    R = random.Random(38004)
    sessions = []
    for y, m in [(2024, m) for m in range(1, 13)] + [(2025, m) for m in range(1, 7)]:
        d = date(y, m, 8)
        while d.weekday() != 5:
            d += timedelta(days=1)
        sessions.append((d, "main"))
    sessions += [(date(2024, 6, 22), "popup"), (date(2024, 10, 19), "popup"), (date(2025, 3, 22), "popup")]
    sessions.sort()
    rows = []
    for d, kind in sessions:
        if kind == "popup":
            n = R.randint(8, 12)
        else:
            n = R.randint(22, 34) if d.year == 2024 else R.randint(34, 46)
            if d == date(2024, 3, 9):
                n = 60  # Repair Cafe featured in the local paper
        for k in range(1, n + 1):
            cat = wpick(R, [(c, v[1]) for c, v in RC_CATS.items()])
            csp, _w, fixrate, mmean, (klo, khi), itemw = RC_CATS[cat]
            item = wpick(R, itemw)
            if item == "Kettle":
                item = wpick(R, [("Kettle", 60), ("kettle", 15), ("Electric kettle", 10), ("Kettle (Breville)", 10), ("KETTLE", 5)])
            elif item == "Vacuum cleaner":
                item = wpick(R, [("Vacuum cleaner", 50), ("Hoover", 30), ("Dyson vacuum", 20)])
            elif item == "Lamp":
                item = wpick(R, [("Lamp", 60), ("lamp", 20), ("Table lamp", 20)])
            fixer = wpick(R, FIXERS[cat])
            rate = fixrate + (0.04 if d.year == 2025 else 0.0)
            u = R.random()
            if u < rate:
                outcome = "fixed"
            elif u < rate + (1 - rate) * 0.25:
                outcome = "partial"
            elif u < rate + (1 - rate) * 0.45:
                outcome = "part"
            elif u < rate + (1 - rate) * 0.6:
                outcome = "advice"
            elif u < rate + (1 - rate) * 0.93:
                outcome = "notfixed"
            else:
                outcome = "unknown"
            out_s = {"fixed": [("Fixed", 60), ("fixed", 15), ("Repaired", 15), ("FIXED", 10)],
                     "partial": [("Partly fixed", 50), ("Partial", 30), ("part fixed", 20)],
                     "part": [("Needs part", 45), ("Part needed - come back", 30), ("Waiting for part", 25)],
                     "advice": [("Advice given", 60), ("Advice only", 40)],
                     "notfixed": [("Not fixed", 45), ("Not repairable", 25), ("Beyond repair", 20), ("BER", 10)],
                     "unknown": [("", 60), ("?", 40)]}[outcome]
            m = max(5, int(round(R.gauss(mmean, mmean * 0.45) / 5.0)) * 5)
            if R.random() < 0.06:
                time_s = wpick(R, [("?", 50), ("", 50)])
            else:
                time_s = minutes_text(R, m)
            kg = R.uniform(klo, khi)
            if R.random() < 0.07:
                w_s = wpick(R, [("?", 50), ("", 50)])
            elif kg < 1 and R.random() < 0.35:
                w_s = f"{int(round(kg * 1000 / 10) * 10)}g"
            else:
                kg = round(kg, 1) if kg >= 0.1 else round(kg, 2)
                w_s = wpick(R, [(f"{kg:g} kg", 40), (f"{kg:g}kg", 30), (f"{kg:g}", 30)])
            u = R.random()
            if u < 0.55:
                amt = wpick(R, [(2, 15), (3, 15), (5, 35), (10, 12), (2.5, 8), (1, 8), (20, 2), (4, 5)])
                don = pounds(R, amt, ("£{:g}", "£{:.2f}", "{:g}", "{:.2f}"))
            elif u < 0.72:
                don = wpick(R, [("nothing", 40), ("0", 35), ("none", 25)])
            elif u < 0.88:
                don = "in tin"
            else:
                don = ""
            ret = wpick(R, [("Yes", 20), ("Y", 12), ("yes", 8), ("No", 20), ("N", 10), ("no", 5), ("First time", 10),
                            ("first visit", 5), ("", 10)] if d.year == 2024 else
                        [("Yes", 28), ("Y", 16), ("yes", 10), ("No", 15), ("N", 8), ("no", 4), ("First time", 8),
                         ("first visit", 3), ("", 8)])
            notes = ""
            if R.random() < 0.1:
                notes = R.choice(["PAT tested", "new fuse", "zip replaced", "brought back from last month", "glued",
                                  "ordered part online", "visitor stayed to learn", "cable replaced", "advised to recycle"])
            ds = wpick(R, [(d.strftime("%d/%m/%Y"), 70), (f"{d.day} {MON[d.month - 1]} {d.year}", 20), (f"{d.day}/{d.month}/{d.year % 100:02d}", 10)])
            make = R.choice({"Electrical": ["", "", "Morphy Richards", "Russell Hobbs", "Bosch", "Philips", "Breville", "Roberts"],
                             "Computers": ["", "Dell", "HP", "Apple", "Samsung", "Lenovo", "Brother", "Epson"],
                             "Bikes": ["", "Raleigh", "Carrera", "Apollo", "Trek"],
                             "Furniture": ["", "", "Ikea", "Ercol", "pine"]}.get(cat, [""]))
            problem = {"Electrical": ["won't turn on", "no power", "sparks", "switch broken", "cable frayed", "makes a noise", "stopped working"],
                       "Textiles": ["zip broken", "hole", "seam split", "needs hemming", "button missing", "torn lining"],
                       "Bikes": ["flat tyre", "brakes rubbing", "gears slipping", "chain off", "wobbly wheel"],
                       "Furniture": ["wobbly leg", "broken joint", "loose", "drawer sticks", "split wood"],
                       "Computers": ["slow", "won't boot", "screen cracked", "battery dead", "paper jam", "won't charge"],
                       "Jewellery": ["clasp broken", "chain snapped", "stone loose", "strap broken"],
                       "Toys": ["wheel off", "doesn't work", "torn", "battery cover lost"],
                       "Sharpening": ["blunt", "blunt", "needs sharpening"]}[cat]
            cat_s = wpick(R, csp)
            if R.random() < 0.03:
                cat_s = cat_s + " " if R.random() < 0.7 else " " + cat_s
            rows.append([ds, str(k), item, cat_s, make, R.choice(problem), wpick(R, FIXER_SP[fixer]), wpick(R, out_s),
                         time_s, w_s, don, ret, notes])
    write("repair_cafe.csv", ["Date", "No.", "Item", "Category", "Make/model", "Problem", "Fixer", "Outcome",
                              "Time taken", "Weight", "Donation", "Been before?", "Notes"], rows)


# ================================================================================================
# 5. Parish service register

CH_SP = {"St Mary's": [("St Mary's", 55), ("St Marys", 20), ("St. Mary's", 15), ("st marys", 10)],
         "St John's": [("St John's", 60), ("St Johns", 25), ("St. John's", 15)],
         "All Saints": [("All Saints", 65), ("All Saints'", 20), ("all saints", 15)]}
SV_SP = {"HC": [("Holy Communion", 50), ("HC", 25), ("Parish Communion", 15), ("Eucharist", 10)],
         "MP": [("Morning Prayer", 60), ("MP", 25), ("Mattins", 15)],
         "EV": [("Evensong", 75), ("Choral Evensong", 15), ("evensong", 10)],
         "FS": [("Family Service", 50), ("All Age Worship", 30), ("All-Age", 20)],
         "WED": [("Wedding", 80), ("wedding", 10), ("Marriage", 10)],
         "FUN": [("Funeral", 85), ("funeral", 15)],
         "BAP": [("Baptism", 70), ("Christening", 30)],
         "CAROLS": [("Carol Service", 60), ("Carols by candlelight", 40)],
         "CHRISTINGLE": [("Christingle", 100)],
         "MIDNIGHT": [("Midnight Mass", 80), ("Midnight Communion", 20)],
         "REMEMBRANCE": [("Remembrance Sunday", 100)],
         "HARVEST": [("Harvest Festival", 70), ("Harvest", 30)]}
CLERGY = {"SM": [("Revd Sarah Mills", 45), ("Sarah", 20), ("Rev Sarah", 15), ("SM", 10), ("Sarah Mills", 10)],
          "PH": [("Canon Peter Hale", 50), ("Peter Hale", 25), ("Canon Peter", 25)],
          "JB": [("Jim Bowen (Reader)", 50), ("Jim B", 25), ("Jim Bowen", 25)],
          "AL": [("Revd Anne Lloyd (visiting)", 60), ("Anne Lloyd", 40)]}


def easter(y):
    a = y % 19
    b, c = divmod(y, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = ((h + l - 7 * m + 114) % 31) + 1
    return date(y, month, day)


def gen_church():
    R = random.Random(38005)
    svcs = []  # (date, time, church, kind, special)
    d = date(2024, 1, 1)
    end = date(2025, 6, 30)
    easters = {easter(2024), easter(2025)}
    while d <= end:
        wk = d.weekday()
        if wk == 6:
            n = (d.day - 1) // 7 + 1  # nth Sunday of the month
            special = None
            if d in easters:
                special = "easter"
            elif d.month == 11 and 8 <= d.day <= 14:
                special = "remembrance"
            elif d.month == 9 and d.day >= 22:
                special = "harvest"
            elif d.month == 12 and 14 <= d.day <= 20:
                special = "carols"
            svcs.append((d, "10:30", "St Mary's", "REMEMBRANCE" if special == "remembrance" else "HARVEST" if special == "harvest" else "HC", special))
            if n in (1, 3):
                svcs.append((d, "18:00", "St Mary's", "EV", special))
                svcs.append((d, "09:00", "St John's", "MP", special))
                svcs.append((d, "11:00", "All Saints", "FS" if n == 1 else "HC", special))
            else:
                svcs.append((d, "09:00", "St John's", "HC", special))
                if n == 2 or n == 4 or special == "easter":
                    svcs.append((d, "11:00", "All Saints", "HC" if n != 2 else "MP", special))
            if special == "carols":
                svcs.append((d, "18:30", "All Saints", "CAROLS", special))
                svcs.append((d, "16:00", "St John's", "CAROLS", special))
            if d.month in (4, 5, 6, 7, 8, 9) and R.random() < 0.35:
                svcs.append((d, "13:00", R.choice(["St Mary's", "St Mary's", "All Saints", "St John's"]), "BAP", None))
        if wk == 2 and not (d.month == 12 and d.day == 25):
            svcs.append((d, "10:00", "St Mary's", "HC", "weekday"))
        if wk == 5 and d.month in (4, 5, 6, 7, 8, 9) and R.random() < 0.45:
            svcs.append((d, R.choice(["12:00", "13:00", "14:00"]), R.choice(["St Mary's", "St Mary's", "All Saints"]), "WED", None))
        if wk in (0, 1, 3, 4) and R.random() < 0.05 * (1.4 if d.month in (1, 2, 12) else 1.0):
            svcs.append((d, R.choice(["11:00", "12:00", "14:00"]), R.choice(["St Mary's", "St John's", "All Saints"]), "FUN", None))
        if d.month == 12 and d.day == 24:
            svcs.append((d, "16:00", "St Mary's", "CHRISTINGLE", "xmas"))
            svcs.append((d, "23:30", "St Mary's", "MIDNIGHT", "xmas"))
        if d.month == 12 and d.day == 25:
            svcs.append((d, "09:00", "St John's", "HC", "xmas"))
            svcs.append((d, "10:30", "St Mary's", "HC", "xmas"))
            svcs.append((d, "11:00", "All Saints", "FS", "xmas"))
        d += timedelta(days=1)
    svcs.sort(key=lambda s: (s[0], s[1]))
    cancelled = {(date(2024, 1, 17), "St Mary's"): "Cancelled - snow",
                 (date(2024, 1, 21), "St John's"): "No service - snow",
                 (date(2024, 8, 18), "St Mary's"): None,
                 (date(2024, 10, 9), "St Mary's"): "Cancelled - vicar unwell",
                 (date(2025, 2, 2), "St John's"): "Cancelled (no heating)",
                 (date(2025, 5, 11), "All Saints"): "No service - building work"}
    rows = []
    for d, t, ch, kind, special in svcs:
        yr = d.year
        grow = {"St Mary's": 1.02, "St John's": 0.97, "All Saints": 1.45}[ch] if yr == 2025 else 1.0
        if d.month < 7 and yr == 2024:
            grow = 1.0
        base = {("St Mary's", "HC"): (46, 6), ("St Mary's", "EV"): (13, 0), ("St John's", "HC"): (19, 1),
                ("St John's", "MP"): (11, 0), ("All Saints", "FS"): (24, 16), ("All Saints", "HC"): (15, 2),
                ("All Saints", "MP"): (9, 0), ("St Mary's", "REMEMBRANCE"): (120, 25), ("St Mary's", "HARVEST"): (70, 22),
                ("All Saints", "CAROLS"): (85, 30), ("St John's", "CAROLS"): (60, 14),
                ("St Mary's", "CHRISTINGLE"): (130, 110), ("St Mary's", "MIDNIGHT"): (95, 3)}.get((ch, kind))
        if kind == "HC" and special == "weekday":
            base = (9, 0)
        if kind == "HC" and special == "xmas":
            base = {"St Mary's": (105, 20), "St John's": (38, 4), "All Saints": (40, 8)}[ch]
        if kind == "FS" and special == "xmas":
            base = (62, 35)
        if kind == "WED":
            base = (R.randint(50, 110), R.randint(3, 15))
        if kind == "FUN":
            base = (R.randint(25, 120), R.randint(0, 6))
        if kind == "BAP":
            base = (R.randint(25, 60), R.randint(6, 20))
        if special == "easter" and kind in ("HC", "FS", "MP"):
            base = (int(base[0] * 2.1), int(base[1] * 3 + 6))
            if yr == 2025:
                base = (int(base[0] * 1.15), int(base[1] * 1.2))
        if special == "carols" and kind not in ("CAROLS",):
            pass
        adults = max(2, int(round(R.gauss(base[0] * grow, max(1.5, base[0] * 0.12)))))
        kids = max(0, int(round(R.gauss(base[1] * grow, max(0.6, base[1] * 0.25))))) if base[1] else (1 if R.random() < 0.08 else 0)
        if d.month == 8 and kind in ("HC", "FS"):
            adults = int(adults * 0.85)
        cn = cancelled.get((d, ch), "x")
        is_cancelled = cn != "x" and cn is not None and (kind in ("HC", "MP") or ch == "St Mary's")
        communion = kind in ("HC", "MIDNIGHT") or (kind in ("REMEMBRANCE",) and False)
        # who took it
        if kind in ("MP", "EV"):
            who = wpick(R, [("JB", 60), ("SM", 25), ("PH", 15)])
        elif kind == "FS":
            who = wpick(R, [("SM", 70), ("JB", 30)])
        elif kind == "HC" and ch == "St John's":
            who = wpick(R, [("PH", 65), ("SM", 35)])
        else:
            who = wpick(R, [("SM", 80), ("PH", 20)])
        if date(2024, 8, 5) <= d <= date(2024, 8, 25) or date(2025, 2, 10) <= d <= date(2025, 2, 23):
            if who == "SM":
                who = wpick(R, [("AL", 60), ("PH", 40)])
        notes = []
        date_s = wpick(R, [(d.strftime("%d/%m/%Y"), 60), (f"{d.day}/{d.month}/{d.year}", 20),
                           (f"{WD[d.weekday()]} {d.day} {MON[d.month - 1]} {d.year}", 20)])
        time_s = wpick(R, [(t, 60), (t.replace(":", "."), 20),
                           ((str(int(t[:2]) % 12 or 12) + ("." + t[3:] if t[3:] != "00" else "") + ("am" if int(t[:2]) < 12 else "pm")), 20)])
        if is_cancelled:
            rows.append([date_s, wpick(R, CH_SP[ch]), wpick(R, SV_SP[kind]), time_s, "", "", "", "", "", "", "", cn])
            continue
        if kind in ("WED", "FUN", "BAP"):
            plate = env = card = None
            if kind == "FUN" and R.random() < 0.3:
                notes.append("retiring collection for " + R.choice(["British Heart Foundation", "Macmillan", "the hospice"]) + " - not church funds")
        else:
            plate = round(adults * R.uniform(0.8, 1.8) + kids * 0.2, 2)
            if special in ("xmas", "carols") or kind in ("CAROLS", "CHRISTINGLE", "MIDNIGHT"):
                plate = round(adults * R.uniform(4.0, 7.0), 2)
            if special == "easter":
                plate = round(adults * R.uniform(2.5, 4.0), 2)
            env = None
            if kind in ("HC", "FS", "MP", "HARVEST", "REMEMBRANCE") and special != "weekday":
                env = {"St Mary's": 150, "St John's": 45, "All Saints": 35}[ch] * R.uniform(0.6, 1.4)
                env = round(env / 5) * 5.0
                if R.random() < 0.15:
                    env = None
            card = None
            card_from = date(2024, 6, 1) if ch == "St Mary's" else date(2025, 1, 1)
            if d >= card_from and special != "weekday":
                card = round(adults * R.uniform(0.4, 1.2) * (1.3 if yr == 2025 else 1.0), 0)
                if special in ("xmas", "carols", "easter") or kind in ("CAROLS", "CHRISTINGLE", "MIDNIGHT"):
                    card = round(card * 3)
                if card == 0:
                    card = None
        if kind == "HARVEST":
            notes.append("harvest gifts to the food bank")
        if kind == "REMEMBRANCE":
            notes.append("2 minutes silence at the war memorial")
        if kind == "WED":
            notes.append(R.choice(["bells rung", "choir booked", "", "photos in churchyard after"]))
        if kind == "BAP":
            notes.append(R.choice(["1 baby", "2 children baptised", "", "twins"]))
        if special == "weekday" and R.random() < 0.1:
            notes.append("said service")
        if cn is None:
            notes.append("organist away - said service")
        approx = R.random() < 0.06 and adults >= 30
        if approx:
            adults = int(round(adults / 10.0) * 10)
            a_s = wpick(R, [(f"c.{adults}", 40), (f"approx {adults}", 35), (f"~{adults}", 25)])
        else:
            a_s = str(adults)
        k_s = str(kids) if kids else wpick(R, [("0", 50), ("-", 25), ("", 15), ("none", 10)])
        if communion:
            comm = min(adults + (kids if kids < 3 else 2), max(0, int(round(adults * R.uniform(0.82, 0.97)))))
            comm_s = str(comm)
        else:
            comm_s = wpick(R, [("n/a", 60), ("-", 30), ("", 10)])
        kst = R.choice([0, 0, 1, 2, 3])

        def m(x):
            if x is None:
                return wpick(R, [("", 70), ("-", 30)])
            return pounds_k(x, kst if x < 1000 else R.choice([0, 1]))
        plate_s = m(plate) if plate is None or plate > 0 else "nil"
        if plate is not None and R.random() < 0.01:
            plate_s = "not counted"
        rows.append([date_s, wpick(R, CH_SP[ch]), wpick(R, SV_SP[kind]), time_s, wpick(R, CLERGY[who]), a_s, k_s, comm_s,
                     plate_s, m(env), m(card), "; ".join(n for n in notes if n)])
    write("service_register.csv", ["Date", "Church", "Service", "Time", "Taken by", "Adults", "Children",
                                   "Communicants", "Plate", "Envelopes", "Card", "Notes"], rows)


def main():
    DATA.mkdir(parents=True, exist_ok=True)
    gen_golf()
    gen_radio()
    gen_resale()
    gen_repair()
    gen_church()


if __name__ == "__main__":
    main()
