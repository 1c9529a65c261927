#!/usr/bin/env python3
"""Held-out set 39: writes the datasets under data/ (seeded, standard library only, reproducible).

    python3 tests/heldout/set39/generate.py

Five made-up domains, each with the mess of a real spreadsheet export:
  race_results.csv + boat_register.csv   a reservoir sailing club's race results and its boat register
  royalties.csv + titles.csv             a self-published crime writer's monthly royalty sheet and title list
  lambing.csv                            a smallholding's lambing book over two springs
  farrier_visits.csv                     a farrier's day book
  guest_list.csv                         a couple's wedding guest list (saved from Excel, with a BOM)
"""

import csv
import math
import random
from datetime import date, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"

MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
         "October", "November", "December"]
DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def write(name, header, rows, bom=False):
    DATA.mkdir(parents=True, exist_ok=True)
    with open(DATA / name, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n" if bom else "\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r)


def pick(rng, options):
    """options: list of (value, weight) or plain values."""
    if isinstance(options[0], tuple):
        vals = [o[0] for o in options]
        wts = [o[1] for o in options]
        return rng.choices(vals, wts)[0]
    return rng.choice(options)


def dmy(d):
    return d.strftime("%d/%m/%Y")


def dmy_short(d):
    return f"{d.day}/{d.month}/{d.strftime('%y')}"


def money(x, rng=None, styles=("£{:,.2f}",)):
    s = pick(rng, list(styles)) if rng else styles[0]
    return s.format(x)


def poisson(rng, lam):
    if lam <= 0:
        return 0
    if lam > 40:
        return max(0, int(round(rng.gauss(lam, math.sqrt(lam)))))
    L = math.exp(-lam)
    k, p = 0, 1.0
    while True:
        p *= rng.random()
        if p <= L:
            return k
        k += 1


# ============================================================================================
# 1. Sailing club: race results + boat register

CLASSES = {  # canonical class: (Portsmouth Yardstick, crew)
    "ILCA 7": (1100, 1), "ILCA 6": (1145, 1), "Solo": (1142, 1), "RS Aero 7": (1065, 1), "Topper": (1365, 1),
    "Comet": (1210, 1), "Streaker": (1128, 1), "RS200": (1047, 2), "GP14": (1127, 2), "Wayfarer": (1102, 2),
    "Enterprise": (1116, 2), "Mirror": (1385, 2), "RS Feva XL": (1240, 2), "Merlin Rocket": (980, 2),
}
REG_CLASS = {"ILCA 7": "ILCA 7 (Laser)", "ILCA 6": "ILCA 6 (Radial)"}
RES_CLASS = {  # spellings on the results sheet
    "ILCA 7": [("Laser", 5), ("ILCA 7", 4), ("ILCA7", 2), ("laser", 1), ("Laser Std", 1)],
    "ILCA 6": [("ILCA 6", 4), ("Radial", 3), ("Laser Radial", 2), ("ILCA6", 1)],
    "Solo": [("Solo", 8), ("solo", 2), ("SOLO", 1)],
    "RS Aero 7": [("RS Aero", 4), ("Aero 7", 2), ("RS Aero 7", 3), ("Aero", 1)],
    "Topper": [("Topper", 8), ("topper", 2)],
    "Comet": [("Comet", 1)],
    "Streaker": [("Streaker", 4), ("streaker", 1)],
    "RS200": [("RS200", 5), ("RS 200", 3), ("rs200", 1)],
    "GP14": [("GP14", 5), ("GP 14", 3), ("Gp14", 1)],
    "Wayfarer": [("Wayfarer", 6), ("wayfarer", 2), ("Wayf", 1)],
    "Enterprise": [("Enterprise", 5), ("Ent", 2)],
    "Mirror": [("Mirror", 6), ("mirror", 1)],
    "RS Feva XL": [("RS Feva", 3), ("Feva", 3), ("RS Feva XL", 2), ("Feva XL", 1)],
    "Merlin Rocket": [("Merlin", 4), ("Merlin Rocket", 4)],
}

# sail, class, owner helm, regular crew, year built (as written), hull, skill (lower = faster on handicap),
# chance of sailing a Sunday, chance of sailing a Wednesday, register notes, seasons raced
BOATS = [
    ("206781", "ILCA 7", "Pete Hughes", "", "2014", "White", 0.985, 0.86, 0.78, "", (2024, 2025)),
    ("195432", "ILCA 7", "Sarah Booth", "", "2011", "White", 0.935, 0.82, 0.25, "Club champion 2023", (2024, 2025)),
    ("214502", "ILCA 7", "Graham Tate", "", "2019", "White", 0.995, 0.62, 0.72, "", (2024, 2025)),
    ("181230", "ILCA 7", "Club boat", "", "2008", "White", 1.04, 0.45, 0.35, "Club Laser 1", (2024, 2025)),
    ("170022", "ILCA 7", "Nick Ormerod", "", "2003", "White", 1.00, 0.55, 0.40, "Sold July 2024", (2024,)),
    ("199870", "ILCA 6", "Hannah Reid", "", "2013", "White", 0.965, 0.62, 0.50, "", (2024, 2025)),
    ("210045", "ILCA 6", "Club boat", "", "2017", "White", 1.05, 0.40, 0.30, "Club Laser 2 (radial rig)", (2024, 2025)),
    ("5521", "Solo", "Alan Fairbrother", "", "2010", "Blue", 0.975, 0.78, 0.35, "", (2024, 2025)),
    ("4870", "Solo", "Mike Dunn", "", "2004", "Red", 1.01, 0.66, 0.30, "", (2024, 2025)),
    ("3921", "Solo", "Barry Cole", "", "c.1998", "Yellow", 1.03, 0.60, 0.25, "", (2024, 2025)),
    ("5702", "Solo", "Julie Marsh", "", "2016", "White", 0.99, 0.50, 0.45, "", (2024, 2025)),
    ("3012", "Solo", "Frank Ibbotson", "", "?", "Green", 1.05, 0.0, 0.0, "Laid up - not sailing", ()),
    ("3310", "RS Aero 7", "Tom Whitaker", "", "2020", "White", 0.955, 0.45, 0.80, "", (2024, 2025)),
    ("2987", "RS Aero 7", "Ian Sutcliffe", "", "2019", "Grey", 0.99, 0.50, 0.55, "", (2024, 2025)),
    ("50213", "Topper", "Club boat", "", "2015", "Red", 1.07, 0.55, 0.45, "Club Topper A", (2024, 2025)),
    ("49877", "Topper", "Club boat", "", "2014", "Red", 1.08, 0.45, 0.40, "Club Topper B", (2024, 2025)),
    ("51540", "Topper", "Olly Grant", "", "2017", "Blue", 1.00, 0.60, 0.55, "Junior", (2024, 2025)),
    ("712", "Comet", "Ron Ashby", "", "c. 1995", "Cream", 1.04, 0.55, 0.10, "", (2024, 2025)),
    ("1845", "Streaker", "Derek Lowe", "", "2003", "Wood", 1.00, 0.50, 0.30, "", (2024, 2025)),
    ("1502", "RS200", "Chris Marsden", "Jo Marsden", "2006", "White/blue", 0.965, 0.60, 0.40, "", (2024, 2025)),
    ("1877", "RS200", "Dan Okafor", "Priya Shah", "2012", "White", 0.975, 0.55, 0.50, "", (2024, 2025)),
    ("1402", "RS200", "Will Tennant", "Mark Tennant", "2001", "Red", 1.02, 0.35, 0.20, "For sale", (2024,)),
    ("14012", "GP14", "Steve Price", "Kath Price", "2012", "Blue", 0.97, 0.70, 0.35, "", (2024, 2025)),
    ("13455", "GP14", "Neil Barker", "Amy Barker", "1999", "White", 1.01, 0.55, 0.25, "", (2024, 2025)),
    ("10211", "Wayfarer", "Geoff Hale", "Linda Hale", "1989", "Green", 1.02, 0.60, 0.20, "", (2024, 2025)),
    ("11020", "Wayfarer", "Martin Croft", "Sue Croft", "2001", "White", 1.00, 0.45, 0.15, "", (2024, 2025)),
    ("9876", "Wayfarer", "Club boat", "", "1985", "White", 1.06, 0.30, 0.10, "Club Wayfarer - training", (2024, 2025)),
    ("12001", "Wayfarer", "Jean Holt", "Roy Holt", "1994", "Blue", 1.05, 0.0, 0.0, "Cruising only", ()),
    ("23011", "Enterprise", "Keith Moss", "Alan Moss", "1992", "Blue", 1.02, 0.45, 0.20, "", (2024, 2025)),
    ("70455", "Mirror", "Lily Grant", "Ben Grant", "2010", "Wood/red sails", 1.03, 0.50, 0.45, "Junior", (2024, 2025)),
    ("68210", "Mirror", "Club boat", "", "1996", "Wood", 1.09, 0.30, 0.25, "Club Mirror", (2024, 2025)),
    ("6120", "RS Feva XL", "Club boat", "", "2018", "Grey", 1.06, 0.45, 0.40, "Club Feva", (2024, 2025)),
    ("5988", "RS Feva XL", "Ella Morris", "Zoe Hart", "2016", "White", 1.01, 0.45, 0.50, "Junior", (2024, 2025)),
    ("3702", "Merlin Rocket", "Richard Vane", "Paul Vane", "2008", "Varnished", 0.96, 0.55, 0.25, "", (2024, 2025)),
    ("3655", "Merlin Rocket", "Alison Reeve", "Kate Reeve", "2005", "Wood", 0.99, 0.0, 0.0, "New member 2026 - not yet raced", ()),
    ("52011", "Topper", "Club boat", "", "2021", "Red", 1.07, 0.0, 0.0, "Club Topper C - damaged, awaiting repair", ()),
]

HELM_SPELL = {  # the way people type each other's names on the results sheet
    "Pete Hughes": ["Pete Hughes", "P Hughes", "Pete H", "pete hughes", "Peter Hughes"],
    "Sarah Booth": ["Sarah Booth", "S Booth", "Sarah B", "sarah booth", "Sarah Booth "],
    "Graham Tate": ["Graham Tate", "G Tate", "Graham T"],
    "Nick Ormerod": ["Nick Ormerod", "N Ormerod"],
    "Hannah Reid": ["Hannah Reid", "H Reid", "Hannah R", "hannah reid"],
    "Alan Fairbrother": ["Alan Fairbrother", "A Fairbrother", "Alan F", "Alan Fairbrother "],
    "Mike Dunn": ["Mike Dunn", "M Dunn", "Mike D"],
    "Barry Cole": ["Barry Cole", "B Cole", "barry cole"],
    "Julie Marsh": ["Julie Marsh", "J Marsh", "Julie M"],
    "Tom Whitaker": ["Tom Whitaker", "T Whitaker", "Tom W", "tom whitaker", "Tom Whittaker"],
    "Ian Sutcliffe": ["Ian Sutcliffe", "I Sutcliffe", "Ian S"],
    "Olly Grant": ["Olly Grant", "O Grant", "Olly G", "Oliver Grant"],
    "Ron Ashby": ["Ron Ashby", "R Ashby"],
    "Derek Lowe": ["Derek Lowe", "D Lowe"],
    "Chris Marsden": ["Chris Marsden", "C Marsden", "Chris M"],
    "Dan Okafor": ["Dan Okafor", "D Okafor", "Dan O"],
    "Will Tennant": ["Will Tennant", "W Tennant"],
    "Steve Price": ["Steve Price", "S Price", "Steve P", "steve price"],
    "Neil Barker": ["Neil Barker", "N Barker"],
    "Geoff Hale": ["Geoff Hale", "G Hale", "Geoff H"],
    "Martin Croft": ["Martin Croft", "M Croft"],
    "Keith Moss": ["Keith Moss", "K Moss"],
    "Lily Grant": ["Lily Grant", "L Grant", "Lily G"],
    "Ella Morris": ["Ella Morris", "E Morris"],
    "Richard Vane": ["Richard Vane", "R Vane", "Richard V", "Rich Vane"],
    # members without a boat of their own, who sail club boats
    "Nina Fox": ["Nina Fox", "N Fox", "nina fox"],
    "Adam Wright": ["Adam Wright", "A Wright"],
    "Freya Collins": ["Freya Collins", "F Collins", "Freya C"],
    "Sam Patel": ["Sam Patel", "S Patel"],
    "Jess Morgan": ["Jess Morgan", "J Morgan", "Jess M"],
    "Harry Doyle": ["Harry Doyle", "H Doyle"],
    "Mia Khan": ["Mia Khan", "M Khan"],
}
CLUB_ADULTS = ["Nina Fox", "Adam Wright", "Sam Patel", "Harry Doyle"]
CLUB_JUNIORS = ["Freya Collins", "Jess Morgan", "Mia Khan", "Harry Doyle"]
CLUB_SKILL = {"Nina Fox": 0.97, "Adam Wright": 1.0, "Sam Patel": 1.02, "Harry Doyle": 1.01,
              "Freya Collins": 0.99, "Jess Morgan": 1.03, "Mia Khan": 1.04}

WIND = ["F2", "F3", "F3-4", "Force 3", "F4", "light", "light & shifty", "8-12 kts", "10-14 kts", "gusty F5",
        "F4-5", "F1-2", "Force 2", "12 knots, gusting 18"]


def hms(sec):
    sec = int(round(sec))
    return sec // 3600, (sec % 3600) // 60, sec % 60


def fmt_elapsed(rng, sec, style):
    h, m, s = hms(sec)
    tm = h * 60 + m
    if style == "hms" or (style == "ms" and h and rng.random() < 0.6):
        return f"{h}:{m:02d}:{s:02d}"
    if style == "ms":
        return f"{tm}:{s:02d}"
    if style == "words":
        return f"{tm}m {s}s" if rng.random() < 0.7 else f"{tm} min {s:02d} sec"
    raise ValueError(style)


def fmt_start(rng, hh, mm):
    opts = [f"{hh:02d}:{mm:02d}", f"{hh:02d}.{mm:02d}"]
    h12 = hh % 12 or 12
    ap = "am" if hh < 12 else "pm"
    opts.append(f"{h12}{ap}" if mm == 0 else f"{h12}.{mm:02d}{ap}")
    return pick(rng, [(opts[0], 7), (opts[1], 2), (opts[2], 1)])


def sailing(rng):
    reg_rows = []
    type_spell = {1: [("Single-hander", 5), ("single handed", 2), ("Single", 2), ("1 person", 1)],
                  2: [("Double-hander", 5), ("two-person", 2), ("Double", 2), ("2 person", 1)]}
    for b in BOATS:
        sail, cls, helm, crew, year, hull, *_rest = b
        notes = b[9]
        py, ncrew = CLASSES[cls]
        pys = str(py) if rng.random() < 0.85 else f"{py} "
        reg_rows.append([sail, REG_CLASS.get(cls, cls), pys, helm, crew, pick(rng, type_spell[ncrew]), year,
                         hull, notes])
    reg_rows.sort(key=lambda r: (r[1], int(r[0])))

    # race calendar
    races = []  # (date, race no, series, start hh, mm)
    for year, first_sun, last_sun, first_wed, last_wed in (
            (2024, date(2024, 3, 17), date(2024, 10, 27), date(2024, 4, 24), date(2024, 8, 28)),
            (2025, date(2025, 3, 16), date(2025, 10, 26), date(2025, 4, 23), date(2025, 8, 27))):
        d = first_sun
        skip = {date(2024, 6, 9), date(2024, 8, 11), date(2025, 6, 8), date(2025, 8, 10), date(2025, 5, 4)}
        while d <= last_sun:
            if d not in skip:  # open day / regatta weekend, no club racing
                series = "Spring" if d.month <= 5 else ("Summer" if d.month <= 8 else "Autumn")
                races.append((d, 1, series, 11, 0))
                races.append((d, 2, series, 14, 0))
            d += timedelta(days=7)
        d = first_wed
        while d <= last_wed:
            hh, mm = (18, 30) if (d.month == 4 or (d.month == 8 and d.day > 20)) else (19, 0)
            races.append((d, 1, "Wednesday", hh, mm))
            d += timedelta(days=7)
    races.sort()

    # races called off: (date, race) -> reason
    sundays = sorted({r[0] for r in races if r[2] != "Wednesday"})
    weds = sorted({r[0] for r in races if r[2] == "Wednesday"})
    off = {}
    nowind = ["Abandoned - no wind", "No wind - abandoned", "Flat calm, race abandoned", "abandoned (no wind)",
              "Abandoned, no wind"]
    gale = ["Cancelled - too windy (F7)", "Cancelled, gusting 35 kts", "Too windy - no racing"]
    for d in [sundays[9], sundays[50]]:
        off[(d, 1)] = rng.choice(nowind)
        off[(d, 2)] = rng.choice(nowind)
    for d in [sundays[22], sundays[41]]:
        off[(d, 2)] = rng.choice(nowind)
    for d in [sundays[30], sundays[60]]:
        off[(d, 1)] = rng.choice(gale)
        off[(d, 2)] = rng.choice(gale)
    off[(weds[6], 1)] = rng.choice(nowind)
    off[(weds[27], 1)] = rng.choice(nowind)
    off[(weds[12], 1)] = "Cancelled - thunderstorm"
    off[(sundays[15], 1)] = "No race - safety boat broken down"

    spell_counter = {}
    rows = []
    day_helms = {}
    for (d, rno, series, hh, mm) in races:
        wed = series == "Wednesday"
        series_txt = ("Wednesday Evening" if rng.random() < 0.6 else pick(rng, ["Wed Evening", "Weds eve",
                                                                                "Wednesday evening"])) if wed else \
            (series + " Series" if rng.random() < 0.8 else series)
        date_txt = dmy_short(d) if (wed and rng.random() < 0.5) else dmy(d)
        race_txt = str(rno) if rng.random() < 0.7 else (f"R{rno}" if rng.random() < 0.5 else f"Race {rno}")
        start_txt = fmt_start(rng, hh, mm)
        if (d, rno) in off:
            rows.append((d, rno, 0, [date_txt, series_txt, race_txt, start_txt, "", "", "", "", "", "", "",
                                     rng.choice(WIND) if "wind" not in off[(d, rno)] else "", "",
                                     off[(d, rno)]]))
            continue
        wind = rng.choice(WIND)
        windy = "5" in wind or "18" in wind
        season_f = {3: 0.7, 4: 0.8, 5: 0.95, 6: 1.1, 7: 1.0, 8: 0.9, 9: 0.95, 10: 0.75}[d.month]
        base = rng.uniform(40, 52) if not wed else rng.uniform(31, 40)
        if (d, rno) == (date(2024, 7, 21), 1):
            base, wind, windy = 57.0, "light & shifty", False
        # who sails
        key = d
        if key not in day_helms:
            day_helms[key] = {}
        entries = []
        used_people = set()
        for b in BOATS:
            sail, cls, helm, crew, year, hull, skill, p_sun, p_wed, notes, seasons = b
            if d.year not in seasons:
                continue
            if sail == "170022" and d >= date(2024, 7, 1):
                continue
            if sail == "1402" and d >= date(2024, 9, 1):
                continue
            p = (p_wed if wed else p_sun) * season_f
            if helm == "Tom Whitaker" and d.year == 2025 and not wed:
                p *= 0.6
            if helm == "Sarah Booth" and d.year == 2025 and wed:
                p = 0.15
            if not wed and rno == 2 and sail in day_helms[key]:
                # sailed race 1: usually stays for race 2
                if rng.random() > 0.9:
                    continue
                h = day_helms[key][sail]
            elif not wed and rno == 2:
                if rng.random() > p * 0.15:
                    continue
                h = None
            else:
                if rng.random() > p:
                    continue
                h = None
            if h is None:
                if helm == "Club boat":
                    pool = CLUB_JUNIORS if cls in ("Topper", "Mirror", "RS Feva XL") else CLUB_ADULTS
                    cands = [x for x in pool if x not in used_people]
                    if not cands:
                        continue
                    h = rng.choice(cands)
                else:
                    h = helm
                day_helms[key][sail] = h
            if h in used_people:
                continue
            used_people.add(h)
            sk = skill if helm != "Club boat" else CLUB_SKILL[h] * (skill / 1.0) * 0.97
            if h == "Graham Tate" and d.year == 2025:
                sk *= 0.975
            if h == "Tom Whitaker" and wed:
                sk *= 0.93
            entries.append((sail, cls, h, crew, sk))
        if len(entries) < 3:
            # a quiet day: pull in the regulars so the race counts
            pass
        results = []
        for sail, cls, h, crew, sk in entries:
            py = CLASSES[cls][0]
            corr = base * 60 * sk * rng.gauss(1.0, 0.03)
            el = corr * py / 1000.0
            r = rng.random()
            pdnf = 0.05 if windy else 0.025
            notes = ""
            if r < 0.02:
                status = "DNS"
                notes = pick(rng, ["", "", "gear failure before start", "stayed ashore"])
            elif r < 0.02 + pdnf:
                status = "DNF"
                notes = pick(rng, ["", "capsized", "ran out of time", "", "missed a mark"])
            elif r < 0.02 + pdnf + 0.025:
                status = "RET"
                notes = pick(rng, ["", "broke tiller extension", "capsized, retired", "retired - cold", "kelp on rudder",
                                   ""])
            elif r < 0.02 + pdnf + 0.025 + 0.015:
                status = "OCS"
            elif r < 0.02 + pdnf + 0.025 + 0.015 + 0.006:
                status = "DSQ"
                notes = pick(rng, ["protest upheld", "hit mark, no penalty turn", "protest - port/starboard"])
            else:
                status = "FIN"
                if rng.random() < (0.07 if windy else 0.025):
                    notes = pick(rng, ["capsized", "Capsize at gybe mark", "capsized twice", "capsized, righted quickly"])
                    el *= 1.06
                elif rng.random() < 0.04:
                    notes = pick(rng, ["new sails", "borrowed boat", "first race back", "sub crew", "protest dismissed",
                                       "did 720 penalty"])
            results.append([sail, cls, h, crew, el, el * 1000.0 / py, status, notes])
        if (d, rno) == (date(2024, 7, 21), 1):
            # the light-wind marathon: the last boat round took an age
            slow = max((x for x in results if x[6] == "FIN"), key=lambda x: x[4])
            slow[4] += 540
            slow[5] = slow[4] * 1000.0 / CLASSES[slow[1]][0]
            slow[7] = "capsized twice, last boat home"
        fins = sorted([x for x in results if x[6] == "FIN"], key=lambda x: x[5])
        others = [x for x in results if x[6] != "FIN"]
        if not fins:
            continue
        ordinal = rng.random() < 0.2
        el_style = pick(rng, [("ms", 6), ("hms", 3), ("words", 1)])
        for pos, x in enumerate(fins, 1):
            x.append(pos)
        rlist = fins + sorted(others, key=lambda x: x[6])
        for x in rlist:
            sail, cls, h, crew, el, corr, status, notes = x[:8]
            if status == "FIN":
                pos = x[8]
                place = (f"{pos}{'st' if pos == 1 else 'nd' if pos == 2 else 'rd' if pos == 3 else 'th'}"
                         if ordinal else str(pos))
                el_i = int(round(el))
                fin_dt = datetime(d.year, d.month, d.day, hh, mm) + timedelta(seconds=el_i)
                fin_txt = fin_dt.strftime("%H:%M:%S")
                el_txt = fmt_elapsed(rng, el_i, el_style)
                u = rng.random()
                if u < 0.15:
                    el_txt = ""
                elif u < 0.25:
                    fin_txt = ""
            else:
                place = {"DNS": [("DNS", 5), ("dns", 1)], "DNF": [("DNF", 6), ("dnf", 1), ("Dnf", 1)],
                         "RET": [("RET", 4), ("Retired", 2), ("rtd", 1)], "OCS": [("OCS", 5), ("ocs", 1)],
                         "DSQ": [("DSQ", 4), ("DSQ ", 1)]}[status]
                place = pick(rng, place)
                fin_txt, el_txt = "", ""
            sail_txt = sail
            u = rng.random()
            if len(sail) == 6 and u < 0.25:
                sail_txt = "GBR " + sail if u < 0.15 else "GBR" + sail
            elif u < 0.05:
                sail_txt = " " + sail
            cls_txt = pick(rng, RES_CLASS[cls])
            helm_txt = pick(rng, [(HELM_SPELL[h][0], 8)] + [(s, 1) for s in HELM_SPELL[h][1:]])
            crew_txt = crew
            if crew and rng.random() < 0.1:
                crew_txt = pick(rng, ["", crew.split()[0], "sub - " + rng.choice(["Ben", "Kat", "Rory", "Jen"])])
            if not crew and CLASSES[cls][1] == 2:
                crew_txt = pick(rng, [c for c in ["Ben Grant", "Jess Morgan", "Rory", "Kat", "Mia Khan", ""] if c != h])
            rows.append((d, rno, 1, [date_txt, series_txt, race_txt, start_txt, sail_txt, cls_txt, helm_txt,
                                     crew_txt, fin_txt, el_txt, place, wind if rng.random() < 0.5 or x is rlist[0]
                                     else "", "", notes]))
    out = []
    for d, rno, _, r in rows:
        # columns: Date, Series, Race, Start, Sail No, Class, Helm, Crew, Finish, Elapsed, Place, Wind, (spare), Notes
        out.append(r[:12] + [r[13]])
    write("race_results.csv", ["Date", "Series", "Race", "Start", "Sail No", "Class", "Helm", "Crew", "Finish",
                               "Elapsed", "Place", "Wind", "Notes"], out)
    write("boat_register.csv", ["Sail No", "Class", "PY", "Owner / helm", "Crew", "Type", "Year built", "Hull",
                                "Notes"], reg_rows)


# ============================================================================================
# 2. Self-published author: monthly royalty sheet + title list

def isbn13(stem12):
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(stem12))
    return stem12 + str((10 - s % 10) % 10)


def hyph(isbn):
    return f"{isbn[:3]}-{isbn[3]}-{isbn[4:10]}-{isbn[10:12]}-{isbn[12]}"


TITLES = [
    # key, title, series, book no, ebook asin, pb isbn stem, published (ebook), pb published, GBP ebook price,
    # USD ebook price, GBP pb price, USD pb price, pages, base UK ebook units per month, KU share
    ("mill", "Death at the Old Mill", "Fenwick Mysteries", "1", "B08XK3M2QF", "978191473200", date(2021, 3, 14),
     date(2021, 4, 2), 0.99, 0.99, 9.99, 13.99, 312, 150, 1.3),
    ("boathouse", "A Body in the Boathouse", "Fenwick Mysteries", "2", "B09JQ8R7LM", "978191473201",
     date(2021, 11, 20), date(2021, 12, 5), 3.99, 4.99, 9.99, 13.99, 298, 80, 1.0),
    ("christmas", "A Fenwick Christmas", "Fenwick Mysteries", "2.5", "B0BK4T9W2C", None, date(2022, 11, 11), None,
     1.99, 2.99, None, None, 104, 20, 0.8),
    ("moors", "Murder on the Moors", "Fenwick Mysteries", "3", "B0B5ZP6N1R", "978191473202", date(2022, 8, 19),
     date(2022, 9, 1), 3.99, 4.99, 10.99, 14.99, 334, 70, 1.0),
    ("vicarage", "The Vicarage Poisoner", "Fenwick Mysteries", "4", "B0C3WQ7H8V", "978191473203", date(2023, 6, 9),
     date(2023, 6, 20), 3.99, 4.99, 10.99, 14.99, 351, 65, 1.0),
    ("lighthouse", "The Lighthouse Keeper's Daughter", "", "", "B0BT6Y3N8D", "978191473205", date(2023, 2, 24),
     date(2023, 3, 10), 2.99, 3.99, 9.99, 13.99, 402, 40, 0.7),
    ("bluebells", "Bones in the Bluebells", "Fenwick Mysteries", "5", "B0DF2L9K4X", "978191473204",
     date(2024, 10, 4), date(2024, 10, 18), 4.99, 5.99, 10.99, 15.99, 366, 70, 1.0),
    ("lowtide", "Low Tide", "Harbour Lights", "1", "B0DS7M2Q5J", "978191473206", date(2025, 3, 21),
     date(2025, 4, 4), 2.99, 3.99, 9.99, 13.99, 288, 75, 1.1),
]
MKTS = [  # marketplace, currency, share of UK ebook demand, share of paperback demand, fx to GBP, KENP rate
    ("UK", "GBP", 1.0, 1.0, 1.0, 0.0039),
    ("US", "USD", 0.55, 0.7, 0.79, 0.0045),
    ("DE", "EUR", 0.035, 0.03, 0.85, 0.0037),
    ("CA", "CAD", 0.08, 0.06, 0.58, 0.0052),
    ("AU", "AUD", 0.10, 0.04, 0.52, 0.0060),
]
MKT_SPELL = {
    "UK": [("Amazon.co.uk", 6), ("amazon.co.uk", 2), ("UK", 2), ("Amazon UK", 1)],
    "US": [("Amazon.com", 6), ("amazon.com", 1), ("US", 2), ("USA", 1), ("Amazon.com ", 1)],
    "DE": [("Amazon.de", 6), ("DE", 2), ("Germany", 1)],
    "CA": [("Amazon.ca", 6), ("CA", 2), ("Canada", 1)],
    "AU": [("Amazon.com.au", 6), ("AU", 2), ("Australia", 1)],
}
CUR_SIGN = {"GBP": "£", "USD": "$", "EUR": "€", "CAD": "CA$", "AUD": "A$"}
PRINT_COST = {"GBP": 3.85, "USD": 4.95, "EUR": 4.40, "CAD": 6.40, "AUD": 7.20}


def royalties(rng):
    # title list
    trows = []
    for (key, title, series, no, asin, stem, pub, pbpub, gbp_e, usd_e, gbp_p, usd_p, pages, base, ku) in TITLES:
        ser = {"Fenwick Mysteries": pick(rng, [("Fenwick Mysteries", 5), ("The Fenwick Mysteries", 2),
                                               ("Fenwick mysteries", 1)]),
               "Harbour Lights": "Harbour Lights", "": pick(rng, ["", "Standalone", "-"])}[series]
        trows.append([asin, title, ser, no, pick(rng, [("Kindle", 4), ("eBook", 2), ("ebook", 1)]),
                      pick(rng, [(dmy(pub), 3), (pub.isoformat(), 1)]),
                      pick(rng, [(f"£{gbp_e:.2f}", 3), (f"{gbp_e:.2f}", 1)]), str(pages),
                      "99p to pull readers into the series" if key == "mill" else
                      ("Novella - ebook only" if key == "christmas" else "")])
        if stem:
            isbn = isbn13(stem)
            trows.append([hyph(isbn) if rng.random() < 0.5 else isbn, title, ser, no,
                          pick(rng, [("Paperback", 4), ("PB", 1), ("paperback", 1)]),
                          pick(rng, [(dmy(pbpub), 3), (pbpub.isoformat(), 1)]),
                          pick(rng, [(f"£{gbp_p:.2f}", 3), (f"{gbp_p:.2f}", 1)]), str(pages), ""])
    months = [(2023 + (i // 12), i % 12 + 1) for i in range(30)]  # Jan 2023 .. Jun 2025
    mstyle = {}
    for (y, m) in months:
        q = (y, (m - 1) // 3)
        if q not in mstyle:
            mstyle[q] = rng.choice(["mon", "iso", "slash", "full"])

    def month_txt(y, m):
        s = mstyle[(y, (m - 1) // 3)]
        return {"mon": f"{MON[m - 1]} {y}", "iso": f"{y}-{m:02d}", "slash": f"{m:02d}/{y}",
                "full": f"{MONTH[m - 1]} {y}"}[s]

    free_promos = {(2023, 8): (2341, 1180), (2024, 5): (1876, 954), (2025, 1): (2990, 1415)}
    rows = []
    for (y, m) in months:
        first = date(y, m, 1)
        fx_wobble = rng.uniform(0.97, 1.03)
        kenp_wobble = rng.uniform(0.93, 1.07)
        # launches in the last few months boost read-through of the back list
        launch_boost = 1.0
        for t in TITLES:
            pub = t[6]
            age = (y - pub.year) * 12 + (m - pub.month)
            if t[0] in ("bluebells", "lowtide") and 0 <= age <= 2:
                launch_boost = max(launch_boost, 1.35 - 0.1 * age)
        season = {1: 1.15, 2: 1.0, 3: 0.95, 4: 0.9, 5: 0.9, 6: 0.95, 7: 1.05, 8: 1.05, 9: 0.9, 10: 0.95, 11: 1.05,
                  12: 1.2}[m]
        growth = 1.0 + 0.012 * ((y - 2023) * 12 + m - 1)
        for (key, title, series, no, asin, stem, pub, pbpub, gbp_e, usd_e, gbp_p, usd_p, pages, base, ku) in TITLES:
            for fmt in ("ebook", "pb"):
                if fmt == "pb" and not stem:
                    continue
                start = pub if fmt == "ebook" else pbpub
                if first < date(start.year, start.month, 1):
                    continue
                age = (y - start.year) * 12 + (m - start.month)
                lam_uk = base * season * growth
                if key in ("bluebells", "lowtide"):
                    lam_uk *= [6.5, 3.2, 2.0, 1.6, 1.35, 1.2][age] if age < 6 else 1.1
                    if age == 0:
                        day_frac = (30 - start.day) / 30.0
                        lam_uk *= max(day_frac, 0.5)
                elif key == "christmas":
                    lam_uk = base * growth * {11: 6.0, 12: 9.0, 1: 1.5}.get(m, 0.35)
                else:
                    lam_uk *= launch_boost
                note = ""
                promo_mult = 1.0
                if key == "boathouse" and (y, m) == (2024, 6) and fmt == "ebook":
                    promo_mult, note = 4.0, "Countdown deal 99p (7 days)"
                if key == "vicarage" and (y, m) == (2025, 2) and fmt == "ebook":
                    promo_mult, note = 1.0, "BookBub featured deal (US) 99c"
                for (mk, cur, e_share, p_share, fx, kenp_rate) in MKTS:
                    share = e_share if fmt == "ebook" else p_share * 0.13
                    lam = lam_uk * share * promo_mult
                    this_note = note
                    if key == "vicarage" and (y, m) == (2025, 2) and fmt == "ebook" and mk == "US":
                        lam *= 9.0
                    elif key == "vicarage" and (y, m) == (2025, 2) and fmt == "ebook":
                        this_note = ""
                    if key == "boathouse" and (y, m) == (2024, 6) and fmt == "ebook" and mk not in ("UK", "US"):
                        this_note = ""
                    units = poisson(rng, lam)
                    refunds = sum(1 for _ in range(units) if rng.random() < (0.018 if fmt == "ebook" else 0.01))
                    if units == 0 and rng.random() < (0.04 if fmt == "pb" else 0.02):
                        refunds = 1
                    kenp = 0
                    if fmt == "ebook":
                        reads = lam * ku * 0.95
                        kenp = int(max(0, rng.gauss(reads * pages * 1.1 * 0.7, math.sqrt(reads + 1) * pages * 0.5)))
                        if kenp < 30:
                            kenp = 0
                    if units == 0 and refunds == 0 and kenp == 0:
                        continue
                    # royalty per unit, in the marketplace currency
                    if fmt == "ebook":
                        if cur == "GBP":
                            price = gbp_e
                        elif cur == "USD":
                            price = usd_e
                        else:
                            price = round(usd_e * {"EUR": 0.92, "CAD": 1.36, "AUD": 1.5}[cur] - 0.01, 2)
                        if promo_mult > 1 or (key == "vicarage" and (y, m) == (2025, 2) and mk == "US"):
                            price = 0.99 if cur in ("GBP", "USD") else price
                        vat = {"GBP": 1.2, "EUR": 1.07}.get(cur, 1.0)
                        rate = 0.35 if price < 2.49 else 0.70
                        per = price / vat * rate - (0.0 if rate == 0.35 else 0.02)
                    else:
                        lp = gbp_p if cur == "GBP" else round(usd_p * {"USD": 1, "EUR": 0.92, "CAD": 1.36,
                                                                      "AUD": 1.5}[cur], 2)
                        per = lp * 0.6 - PRINT_COST[cur]
                    roy = round((units - refunds) * per + kenp * kenp_rate * kenp_wobble, 2)
                    gbp = round(roy * fx * fx_wobble, 2) if cur != "GBP" else roy
                    if key == "mill" and fmt == "ebook" and (y, m) in free_promos and mk in ("UK", "US"):
                        n = free_promos[(y, m)][0 if mk == "UK" else 1]
                        this_note = pick(rng, [f"Free promo 5 days - {n:,} free downloads",
                                               f"FREE promo: {n:,} downloads"])
                    if not this_note and age == 0 and key in ("bluebells", "lowtide") and mk == "UK":
                        this_note = "Launch month" if fmt == "ebook" else "Paperback out"
                    sign = CUR_SIGN[cur]
                    roy_txt = (f"-{sign}{-roy:,.2f}" if roy < 0 else f"{sign}{roy:,.2f}")
                    if gbp < 0:
                        gbp_txt = pick(rng, [f"-£{-gbp:,.2f}", f"-{-gbp:.2f}"])
                    else:
                        gbp_txt = pick(rng, [(f"£{gbp:,.2f}", 6), (f"{gbp:.2f}", 2), (f"£{gbp:.2f}", 1)])
                    if fmt == "ebook":
                        tid = asin
                        ftxt = pick(rng, [("Kindle", 4), ("eBook", 2), ("Kindle eBook", 1)])
                    else:
                        isbn = isbn13(stem)
                        tid = isbn if rng.random() < 0.85 else hyph(isbn)
                        ftxt = pick(rng, [("Paperback", 4), ("paperback", 1), ("Print", 1), ("PB", 1)])
                    if series == "Fenwick Mysteries":
                        full = f"{title} (The {series} Book {no})"
                    elif series:
                        full = f"{title} ({series} Book {no})"
                    else:
                        full = f"{title}: A Novel"
                    ttxt = pick(rng, [(full, 6), (title, 3), (title.upper() if rng.random() < 0.3 else " ".join(w[:1].upper() + w[1:] for w in title.split()), 1)])
                    kenp_txt = ""
                    if fmt == "ebook":
                        kenp_txt = f"{kenp:,}" if rng.random() < 0.6 else str(kenp)
                    units_txt = f"{units:,}" if units >= 1000 else str(units)
                    rows.append([month_txt(y, m), ttxt, tid, pick(rng, MKT_SPELL[mk]), ftxt, units_txt, str(refunds),
                                 kenp_txt, roy_txt, cur, gbp_txt, this_note])
    write("royalties.csv", ["Month", "Title", "ASIN / ISBN", "Marketplace", "Format", "Units sold", "Units refunded",
                            "KENP read", "Royalty", "Currency", "Royalty (GBP)", "Notes"], rows)
    write("titles.csv", ["ASIN / ISBN", "Title", "Series", "Book", "Format", "Published", "List price (GBP)",
                         "Print pages", "Notes"], trows)


# ============================================================================================
# 3. Lambing book

BREEDS = {  # canonical: (spellings, mean litter, share)
    "North Country Mule": ([("Mule", 5), ("NC Mule", 2), ("North Country Mule", 2), ("mule", 1), ("NCM", 1)], 2.0),
    "Texel cross": ([("Texel X", 4), ("Texel x", 2), ("TexX", 1), ("texel cross", 1)], 1.6),
    "Suffolk cross": ([("Suffolk X", 3), ("Suffolk x", 2), ("Suff X", 1)], 1.7),
    "Welsh Mule": ([("Welsh Mule", 3), ("Welsh mule", 2), ("W Mule", 1)], 1.8),
    "Jacob": ([("Jacob", 4), ("jacob", 1)], 1.45),
}
TUPS = {
    "Ted": [("Ted", 5), ("TED", 1), ("Big Ted", 2), ("Ted (Texel)", 2), ("ted", 1)],
    "Charlie": [("Charlie", 5), ("Charlie (Charollais)", 2), ("CHARLIE", 1)],
    "Bruno": [("Bruno", 5), ("bruno", 1), ("Bruno (Suffolk)", 2)],
}


def litter(rng, mean):
    # distribution over 1..4 with the given mean (roughly)
    p3 = max(0.0, (mean - 1.6) * 0.28)
    p1 = max(0.05, 0.55 - (mean - 1.45) * 0.9)
    p4 = 0.006 if mean > 1.9 else 0.0
    p2 = 1 - p1 - p3 - p4
    return rng.choices([1, 2, 3, 4], [p1, p2, p3, p4])[0]


def lambing(rng):
    # build the flock: ewe number -> breed, birth year
    ewes = {}
    n = 100
    for i in range(150):
        breed = rng.choices(list(BREEDS), [50, 25, 10, 10, 5])[0]
        born = rng.choice([2017, 2018, 2019, 2020, 2021, 2022])
        ewes[n + i * 3 + rng.randint(0, 2)] = [breed, born]
    ids = sorted(ewes)
    flock24 = [e for e in ids if rng.random() < 0.88][:128]
    # culls after 2024, new shearlings bought in for 2025
    culled = set(rng.sample(flock24, 14))
    new = []
    nxt = max(ids) + 5
    for i in range(26):
        ewes[nxt] = [rng.choices(list(BREEDS), [60, 25, 10, 5, 0])[0], 2023]
        new.append(nxt)
        nxt += rng.randint(1, 4)
    for i in range(4):  # a few 2023-born added to the 2024 flock as shearlings
        ewes[nxt] = ["North Country Mule", 2022]
        flock24.append(nxt)
        nxt += 2
    flock25 = [e for e in flock24 if e not in culled] + new
    rows = []
    for season, flock in ((2024, flock24), (2025, flock25)):
        start = date(season, 3, 4) if season == 2024 else date(season, 3, 3)
        tup_w = {2024: [("Ted", 58), ("Charlie", 30), ("Bruno", 12)],
                 2025: [("Ted", 46), ("Bruno", 32), ("Charlie", 22)]}[season]
        died_pre = set(rng.sample(flock, 2))
        aborted = set(rng.sample([e for e in flock if e not in died_pre], 1 if season == 2024 else 2))
        barren = set(rng.sample([e for e in flock if e not in died_pre | aborted], 5 if season == 2024 else 7))
        for e in flock:
            breed, born = ewes[e]
            age = season - born - 1  # ewes lamb first at two
            first_timer = age <= 1
            if first_timer:
                age_txt = pick(rng, [("shearling", 4), ("Shearling", 2), ("1st timer", 1), ("shearling ", 1)])
            else:
                age_txt = pick(rng, [(str(age + 1), 6), (f"{age + 1}yo", 2), (f"{age + 1} yrs", 1)])
            if e in died_pre and rng.random() < 0.3:
                age_txt = "?"
            tup = pick(rng, tup_w)
            if breed == "Jacob":
                tup = "Bruno" if season == 2025 else "Charlie"
            mean = BREEDS[breed][1] - (0.35 if first_timer else 0.0)
            ewe_txt = f"{e:04d}" if rng.random() < 0.55 else (str(e) if rng.random() < 0.85 else f"{e} ")
            breed_txt = pick(rng, BREEDS[breed][0])
            tup_txt = pick(rng, TUPS[tup])
            if e in died_pre:
                dd = start - timedelta(days=rng.randint(3, 20))
                scan = litter(rng, mean)
                rows.append([str(season), ewe_txt, breed_txt, age_txt, tup_txt,
                             pick(rng, [str(scan), {1: "single", 2: "twins", 3: "trips"}.get(scan, str(scan))]),
                             "", "", "", "", "", "", "", "",
                             pick(rng, [f"Died {dd.day:02d}/{dd.month:02d} - twin lamb disease",
                                        f"died before lambing ({dd.day} {MON[dd.month - 1]})",
                                        f"DIED {dd.day}/{dd.month} - found dead in field"])])
                continue
            if e in barren:
                rows.append([str(season), ewe_txt, breed_txt, age_txt, tup_txt,
                             pick(rng, [("empty", 3), ("0", 2), ("Empty", 1), ("E", 1)]), "",
                             "", pick(rng, [("0", 2), ("barren", 2), ("empty", 1)]), "", "", "", "", "",
                             pick(rng, ["barren", "", "cull", "empty - sell"])])
                continue
            if e in aborted:
                dd = start - timedelta(days=rng.randint(10, 30))
                rows.append([str(season), ewe_txt, breed_txt, age_txt, tup_txt, pick(rng, ["2", "twins"]),
                             f"{dd.day:02d}/{dd.month:02d}/{season}", "", "aborted", "0", "", "", "", "",
                             pick(rng, ["aborted - vet called", "Aborted twins", "aborted, isolated"])])
                continue
            k = litter(rng, mean)
            # lambing date: first cycle mostly
            off = int(abs(rng.gauss(9, 6))) if rng.random() < 0.8 else rng.randint(17, 36)
            if season == 2025 and rng.random() < 0.06:
                off = 12  # a mad day
            d = start + timedelta(days=min(off, 38))
            r = rng.random()
            if r < 0.8:
                hh, mm = rng.randint(0, 23), rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])
                if hh in (6, 22) and mm == 0:
                    mm = 10  # nothing on the dot of 6am or 10pm
                tstyle = rng.random()
                if tstyle < 0.6:
                    time_txt = f"{hh:02d}:{mm:02d}"
                elif tstyle < 0.85:
                    h12 = hh % 12 or 12
                    time_txt = f"{h12}.{mm:02d}{'am' if hh < 12 else 'pm'}" if mm else f"{h12}{'am' if hh < 12 else 'pm'}"
                else:
                    time_txt = f"{hh:02d}{mm:02d}"
            elif r < 0.9:
                time_txt = pick(rng, ["morning", "eve", "lunchtime", "overnight", "teatime"])
            else:
                time_txt = ""
            # scanning result
            scan = k if rng.random() < 0.92 else max(1, k + rng.choice([-1, 1]))
            if k == 4:
                scan = 3
            scan_txt = pick(rng, [(str(scan), 5), ({1: "single", 2: "twins", 3: "trips", 4: "quads"}[scan], 3),
                                  ({1: "S", 2: "Tw", 3: "Tr", 4: "4"}[scan], 1)])
            dead = 0
            for j in range(k):
                if rng.random() < (0.04 + 0.05 * (k >= 3) + 0.03 * first_timer):
                    dead += 1
            alive = k - dead
            k_txt = pick(rng, [(str(k), 5), ({1: "single", 2: "twins", 3: "triplets", 4: "quads"}[k], 2),
                               ({1: "1", 2: "Tw", 3: "trips", 4: "4"}[k], 1)])
            if alive == k and k > 1 and rng.random() < 0.2:
                alive_txt = "both" if k == 2 else "all"
            elif alive == 0 and rng.random() < 0.5:
                alive_txt = "none"
            else:
                alive_txt = str(alive)
            sexes = [rng.choice("RE") for _ in range(k)]
            sstyle = rng.random()
            if rng.random() < 0.04:
                sex_txt = ""
            elif sstyle < 0.35:
                sex_txt = " ".join(sexes)
            elif sstyle < 0.6:
                sex_txt = "/".join(sexes)
            elif sstyle < 0.75:
                sex_txt = "".join(sexes)
            elif sstyle < 0.9:
                sex_txt = ", ".join({"R": "ram", "E": "ewe"}[s] for s in sexes)
            else:
                sex_txt = ", ".join({"R": "Ram", "E": "Ewe"}[s] for s in sexes)
            # birth weights of the live lambs
            wmean = {1: 5.2, 2: 4.4, 3: 3.6, 4: 3.0}[k] * (0.93 if breed == "Jacob" else 1.0) * \
                (1.03 if tup == "Charlie" else 1.0) * (0.96 if first_timer else 1.0)
            ws = [round(max(1.8, rng.gauss(wmean, 0.55)), 1) for _ in range(alive)]
            wr = rng.random()
            if alive == 0 or wr < 0.14:
                w_txt = ""
            elif wr < 0.17:
                w_txt = "?"
            elif wr < 0.6:
                w_txt = ", ".join(f"{w:.1f}" for w in ws)
            elif wr < 0.8:
                w_txt = "/".join(f"{w:.1f}" for w in ws)
            else:
                w_txt = " ".join(f"{w:.1f}kg" for w in ws)
            assisted = rng.random() < (0.08 + 0.1 * (k == 1) + 0.1 * (k >= 3) + 0.08 * first_timer +
                                       (0.05 if season == 2025 else 0))
            a_txt = pick(rng, [("Y", 3), ("yes", 2), ("pulled", 1), ("Yes - big lamb", 1 if k == 1 else 0),
                               ("Y - leg back", 1)]) if assisted else pick(rng, [("N", 4), ("no", 2), ("", 3),
                                                                                 ("-", 1)])
            notes = []
            if dead:
                notes.append(pick(rng, [f"{dead} stillborn" if dead > 1 else "1 stillborn", "dead lamb",
                                        "one born dead" if dead == 1 else f"{dead} born dead"]))
            fostered = 0
            if k >= 3 and alive >= 3 and rng.random() < 0.75:
                fostered = 1
            if fostered:
                tgt = rng.choice(flock)
                notes.append(pick(rng, [f"1 fostered onto {tgt:04d}", f"set one on to {tgt}", f"one adopted by {tgt}",
                                        f"1 lamb fostered on {tgt}"]))
            if rng.random() < 0.04 and alive:
                notes.append(pick(rng, ["lamb died day 2", "1 lamb died at 3 days", "orphan lamb -> bottle"]))
            if rng.random() < 0.03:
                notes.append(pick(rng, ["mastitis", "prolapse - harness on", "no milk - colostrum given"]))
            if scan != k and rng.random() < 0.5:
                notes.append(f"scanned {scan_txt}")
            date_txt = pick(rng, [(dmy(d), 6), (dmy_short(d), 2), (f"{d.day} {MON[d.month - 1]}", 2)])
            rows.append([str(season) if rng.random() < 0.8 else f"Lambing {season}", ewe_txt, breed_txt, age_txt,
                         tup_txt, scan_txt, date_txt, time_txt, k_txt, alive_txt, sex_txt, w_txt, a_txt, "",
                         "; ".join(notes)])
    # rows are in the order they were written in the lambing shed: by date within each season
    def sortkey(r):
        season = int(r[0][-4:])
        t = r[6]
        if not t:
            return (season, 0, r[1])
        parts = t.replace(" ", "/").split("/")
        day = int(parts[0])
        mon = MON.index(parts[1]) + 1 if parts[1] in MON else int(parts[1])
        return (season, mon * 40 + day, r[1])
    rows.sort(key=sortkey)
    out = [r[:13] + [r[14]] for r in rows]
    write("lambing.csv", ["Season", "Ewe", "Breed", "Age", "Tup", "Scanned", "Date", "Time", "Lambs", "Alive",
                          "Sex", "Birth wt (kg)", "Assisted", "Notes"], out)


# ============================================================================================
# 4. Farrier's day book

YARDS = [  # canonical, spellings, round-trip miles, number of horses, visit days offset
    ("Oakfield Livery", [("Oakfield Livery", 5), ("Oakfield", 3), ("oakfield livery", 1), ("Oakfield Livery ", 1)], 12, 13),
    ("Hill Top Farm", [("Hill Top Farm", 4), ("Hilltop", 2), ("Hill Top", 2)], 8, 6),
    ("Brook House Stables", [("Brook House Stables", 4), ("Brookhouse", 2), ("Brook House", 2)], 15, 9),
    ("Willow Tree Equestrian", [("Willow Tree Equestrian", 4), ("Willowtree", 2), ("Willow Tree", 2)], 22, 11),
    ("Moss Lane", [("Moss Lane", 4), ("Moss Ln (Mrs Patel)", 1), ("moss lane", 1)], 5, 2),
    ("Greenacres Riding School", [("Greenacres Riding School", 3), ("Greenacres", 4), ("Green Acres RS", 1)], 18, 15),
    ("Low Barn", [("Low Barn", 4), ("Low Barn Farm", 1)], 10, 4),
    ("Fellside", [("Fellside", 4), ("Fell Side", 1)], 30, 5),
    ("Church Farm", [("Church Farm", 4), ("church farm", 1)], 6, 3),
    ("Kirkby Grange", [("Kirkby Grange", 4), ("Kirkby Grange Farm", 1)], 25, 7),
]
HORSE_NAMES = ["Bramble", "Murphy", "Bella", "Toffee", "Dolly", "Jasper", "Monty", "Pepper", "Rosie", "Sox",
               "Archie", "Willow", "Bailey", "Dexter", "Misty", "Poppy", "Storm", "Tilly", "Barney", "Hector",
               "Kestrel", "Nutmeg", "Orla", "Rocky", "Sage", "Tango", "Blue", "Casper", "Duke", "Fudge", "Ginger",
               "Holly", "Indie", "Jake", "Lady", "Mabel", "Ned", "Oscar", "Pickle", "Quincy", "Ruby", "Skye",
               "Teddy", "Ziggy", "Alfie", "Biscuit", "Cleo", "Dora", "Elvis", "Flash", "Gus", "Hattie", "Ivy",
               "Juno", "Kit", "Luna", "Maisie", "Nova", "Otto", "Percy", "Reggie", "Scout", "Thor", "Vinnie",
               "Wilf", "Xena", "Yogi", "Zola", "Arnie", "Bonnie", "Coco", "Diesel", "Echo", "Frankie", "Gypsy",
               "Henry", "Inca"]
OWNERS = ["Jo Simms", "Karen Holt", "Dave Ward", "Liz Barton", "Amy Fletcher", "Becky Nolan",
          "Sue Gill", "Tina Rowe", "Claire Dodd", "Helen Shaw", "Kate Pryce", "Mel Hogg", "Rachel Lamb",
          "Gemma Stott", "Jenny Wood", "Laura Kay", "Nicola Platt", "Sam Firth", "Vicky Lord"]

PRICES = {  # work: (2024 price, 2025 price)
    "full": (110, 120), "fronts": (75, 80), "trim": (40, 45), "remedial": (150, 160), "reset": (90, 95),
    "lost": (25, 30), "notcaught": (20, 20),
}
WORK_SPELL = {
    "full": [("Full set", 6), ("F/S", 2), ("full set", 2), ("4 new shoes", 1), ("Full set hot shod", 1),
             ("New set all round", 1)],
    "fronts": [("Fronts only", 3), ("2 fronts + trim hinds", 2), ("Fronts & trim", 2), ("front pair", 1)],
    "trim": [("Trim", 5), ("trim", 2), ("Barefoot trim", 2), ("trim only", 1)],
    "remedial": [("Remedial", 3), ("Remedial - heart bars", 1), ("Remedial (pads + wedges)", 1),
                 ("remedial - egg bars", 1)],
    "reset": [("Reset", 3), ("Refit old shoes", 1), ("Resets all round", 2), ("reset x4", 1)],
    "lost": [("Lost shoe", 3), ("Replace lost shoe", 2), ("1 shoe - lost LF", 1), ("lost shoe RH", 1)],
    "notcaught": [("Call out - horse not caught", 1), ("Wasted trip - not in", 1)],
}


def farrier(rng):
    # horses at each yard: name, owner, regime, cycle in days
    horses = []
    used_names = {}
    name_pool = [n for n in HORSE_NAMES if n not in ("Bella", "Murphy", "Hector")]
    rng.shuffle(name_pool)
    ni = 0
    for (yard, spell, miles, nh) in YARDS:
        for i in range(nh):
            name = name_pool[ni % len(name_pool)]
            ni += 1
            if yard == "Greenacres Riding School" and i == 0:
                name = "Bella"  # a second Bella (the other is at Oakfield)
            if yard == "Greenacres Riding School" and i == 1:
                name = "Murphy"
            if yard == "Oakfield Livery" and i == 0:
                name = "Bella"
            if yard == "Willow Tree Equestrian" and i == 0:
                name = "Murphy"
            regime = rng.choices(["full", "fronts", "trim", "remedial"], [45, 20, 30, 5])[0]
            if yard == "Greenacres Riding School":
                regime = rng.choices(["full", "fronts", "trim"], [30, 20, 50])[0]
            if yard == "Brook House Stables" and i == 2:
                regime = "remedial"
                name = "Hector"
                ni -= 1
            if name in ("Bella", "Murphy"):
                regime = "trim"  # the two Bellas and the two Murphys are all unshod
            if regime == "remedial":
                cycle = 21 if name == "Hector" else 28
            elif regime == "trim":
                cycle = rng.choice([42, 49, 56])
            else:
                cycle = rng.choice([35, 42, 42, 49])
            owner = "Mrs Patel" if yard == "Moss Lane" else ("Greenacres RS" if yard.startswith("Greenacres")
                                                               else rng.choice(OWNERS))
            horses.append(dict(yard=yard, name=name, owner=owner, regime=regime, cycle=cycle,
                               last=date(2023, 12, 1) + timedelta(days=rng.randint(0, 40)), since_full=None))
    # Hector at Brook House sees me every four weeks, and so does Kestrel at Willow Tree
    start, end = date(2024, 1, 2), date(2025, 6, 30)
    snow = {date(2024, 1, 17), date(2024, 1, 18), date(2025, 1, 9)}
    holiday = set()
    for a, b in ((date(2024, 8, 10), date(2024, 8, 24)), (date(2024, 12, 24), date(2025, 1, 1)),
                 (date(2025, 4, 18), date(2025, 4, 21))):
        d = a
        while d <= b:
            holiday.add(d)
            d += timedelta(days=1)
    rows = []
    yard_last_visit = {y[0]: date(2023, 12, 1) + timedelta(days=rng.randint(0, 20)) for y in YARDS}
    paid_style = {y[0]: rng.choice(["cash", "bacs", "mix"]) for y in YARDS}
    paid_style["Greenacres Riding School"] = "invoice"
    d = start
    while d <= end:
        wd = d.weekday()
        if d in holiday or wd == 6 or (wd == 5 and rng.random() < 0.6):
            d += timedelta(days=1)
            continue
        # which yards are due today: any yard with a horse due within a week and not visited for 10 days
        due_yards = []
        for (yard, spell, miles, nh) in YARDS:
            hs = [h for h in horses if h["yard"] == yard]
            due = [h for h in hs if (d - h["last"]).days >= h["cycle"] - 5]
            if due and (d - yard_last_visit[yard]).days >= 8 and (len(due) >= max(1, len(hs) // 3) or
                                                                 any((d - h["last"]).days >= h["cycle"] + 3 for h in due)):
                due_yards.append((yard, spell, miles, due))
        rng.shuffle(due_yards)
        load = 0
        todays = []
        cap = 9 if wd < 5 else 5
        for (yard, spell, miles, due) in due_yards:
            if load >= cap:
                break
            due.sort(key=lambda h: -(d - h["last"]).days)
            take = due[: max(1, cap - load)]
            todays.append((yard, spell, miles, take))
            load += len(take)
        if d == date(2025, 3, 3):
            # the riding school's whole string done in one day before the spring shows
            y = [x for x in YARDS if x[0] == "Greenacres Riding School"][0]
            todays = [(y[0], y[1], y[2], [h for h in horses if h["yard"] == y[0]])]
        for (yard, spell, miles, take) in todays:
            yard_last_visit[yard] = d
            ytxt = pick(rng, spell)
            cancelled_yard = d in snow
            first = True
            for h in take:
                yi = 0 if d.year == 2024 else 1
                notes = ""
                if cancelled_yard:
                    rows.append([d, ytxt, h["name"], h["owner"], "", "", "", "", "",
                                 pick(rng, ["Cancelled - snow", "cancelled, snow", "Snowed off"])])
                    continue
                if rng.random() < 0.02:
                    rows.append([d, ytxt, h["name"], h["owner"], pick(rng, ["Cancelled", "cancelled", "-"]), "-", "",
                                 (str(miles) if first else ""), "",
                                 pick(rng, ["Cancelled - horse lame, vet coming", "cancelled - owner away",
                                            "horse lame - vet"])])
                    h["last"] = d - timedelta(days=h["cycle"] - 10)
                    continue
                work = h["regime"]
                if work == "full" and rng.random() < 0.12:
                    work = "reset"
                if rng.random() < 0.012:
                    work = "notcaught"
                base_price = PRICES[work][yi]
                if yard == "Greenacres Riding School" and work == "trim":
                    base_price -= 5
                if work == "remedial" and rng.random() < 0.3:
                    base_price += 15
                price = base_price
                ptxt = pick(rng, [(f"£{price}", 5), (f"{price}.00", 2), (str(price), 2), (f"£{price}.00", 1)])
                if rng.random() < 0.015:
                    ptxt = pick(rng, ["FOC", "n/c", "no charge"])
                    notes = pick(rng, ["owner's 60th!", "quick tweak, no charge", "goodwill"])
                    price = 0
                style = paid_style[yard]
                recent = d >= date(2025, 5, 15)
                r = rng.random()
                if price == 0:
                    paid = ""
                elif (recent and r < 0.45) or r < 0.04:
                    paid = pick(rng, [("owes", 3), ("OWES", 1), ("not paid", 2), ("unpaid", 1), ("owed", 1)])
                elif style == "cash" or (style == "mix" and r < 0.5):
                    paid = pick(rng, [("cash", 4), ("Cash", 3), ("£ cash", 1)])
                elif style == "invoice":
                    paid = pick(rng, [("Monthly invoice - paid", 3), ("inv paid", 1), ("BACS", 2)])
                else:
                    paid = pick(rng, [("BACS", 4), ("bank transfer", 2), ("bacs", 1), ("paid", 1), ("pd", 1),
                                      ("card", 1)])
                if not notes and rng.random() < 0.05:
                    notes = pick(rng, ["kicked!", "lame RF - told owner to call vet", "needs studs next time",
                                       "thin soles", "owner away - left in stable", "nervous, took ages",
                                       "good feet", "sedated by vet first"])
                wtxt = pick(rng, WORK_SPELL[work])
                name_txt = h["name"]
                u = rng.random()
                if u < 0.06:
                    name_txt = name_txt.lower()
                elif u < 0.09:
                    name_txt = name_txt + " "
                elif u < 0.1:
                    name_txt = name_txt.upper()
                mtxt = ""
                if first:
                    mi = miles + (rng.choice([0, 0, 0, 1, -1]))
                    mtxt = pick(rng, [(str(mi), 5), (f"{mi} mi", 2), (f"{mi} miles", 1)])
                next_due = pick(rng, [f"{h['cycle'] // 7} wks", f"{h['cycle'] // 7} weeks", f"{h['cycle'] // 7}/52",
                                      dmy(d + timedelta(days=h["cycle"]))])
                rows.append([d, ytxt, name_txt, h["owner"], wtxt, ptxt, paid, mtxt, next_due, notes])
                first = False
                if work != "notcaught":
                    h["last"] = d
                if work in ("full", "reset", "remedial"):
                    h["since_full"] = d
            # a lost shoe call-out, now and then, on another day
        # lost shoes: a horse in shoes at a random yard
        if rng.random() < 0.09 and wd < 5:
            shod = [h for h in horses if h["regime"] in ("full", "fronts", "remedial") and h["since_full"] and
                    5 <= (d - h["since_full"]).days <= 30]
            if shod:
                h = rng.choice(shod)
                y = [x for x in YARDS if x[0] == h["yard"]][0]
                yi = 0 if d.year == 2024 else 1
                if (d - h["since_full"]).days <= 10:
                    ptxt, paid, notes = "FOC", "", pick(rng, ["came off after 8 days - no charge", "FOC - my fault"])
                else:
                    price = PRICES["lost"][yi]
                    ptxt = pick(rng, [f"£{price}", str(price)])
                    paid = pick(rng, ["cash", "BACS", "owes"]) if d < date(2025, 5, 15) else "owes"
                    notes = pick(rng, ["pulled it off in the field", "", "lost in mud", ""])
                mi = y[2]
                rows.append([d, pick(rng, y[1]), h["name"], h["owner"], pick(rng, WORK_SPELL["lost"]), ptxt, paid,
                             pick(rng, [str(mi), f"{mi} mi"]), "", notes])
        d += timedelta(days=1)
    out = []
    for r in rows:
        dd = r[0]
        dtxt = pick(rng, [(dmy(dd), 7), (dmy_short(dd), 2), (f"{DOW[dd.weekday()]} {dmy(dd)}", 1)])
        out.append([dtxt] + r[1:])
    write("farrier_visits.csv", ["Date", "Yard", "Horse", "Owner", "Work done", "Price", "Paid", "Miles", "Next due",
                                 "Notes"], out)


# ============================================================================================
# 5. Wedding guest list

TABLES = ["Windermere", "Coniston", "Ullswater", "Derwentwater", "Buttermere", "Grasmere", "Rydal", "Thirlmere",
          "Wastwater", "Ennerdale", "Crummock", "Haweswater", "Loweswater", "Bassenthwaite"]

FIRST = ["Sue", "Mark", "Lisa", "John", "Karen", "Paul", "Rachel", "Dan", "Sophie", "Tom", "Hannah", "James",
         "Laura", "Chris", "Amy", "Rob", "Jess", "Matt", "Katie", "Ben", "Emily", "Sam", "Lucy", "Adam", "Grace",
         "Will", "Holly", "Joe", "Zara", "Ryan", "Megan", "Olly", "Chloe", "Jack", "Ellie", "Harry", "Nina", "Luke",
         "Beth", "Alex", "Anita", "Raj", "Priya", "Vikram", "Meera", "Sunil", "Asha", "Dev", "Kiran", "Neil",
         "Fiona", "Gareth", "Helen", "Ian", "Jane", "Keith", "Linda", "Mike", "Nora", "Pete", "Ruth", "Steve",
         "Tina", "Val", "Wendy", "Colin", "Denise", "Frank", "Gill", "Hugh"]
LAST = ["Clarke", "Patel", "Jones", "Smith", "Taylor", "Brown", "Wilson", "Evans", "Thomas", "Roberts", "Walker",
        "Wright", "Hughes", "Edwards", "Green", "Hall", "Wood", "Harris", "Lewis", "Martin", "Jackson", "Shah",
        "Mistry", "Kaur", "Bennett", "Cooper", "Ward", "Morris", "Moore", "Turner", "Parker", "Cook", "Bell",
        "Murphy", "Bailey", "Cox", "Richardson", "Howard", "Ahmed", "Doyle"]

GROUPS = {  # group: (side, n day parties, n evening parties, spellings, accept prob)
    "Family": ("both", 0, 0, [("Family", 5), ("family", 2), ("Fam", 1)], 0.92),
    "Uni friends": (None, 0, 0, [("Uni friends", 4), ("Uni", 2), ("uni mates", 1)], 0.85),
    "School friends": (None, 0, 0, [("School friends", 3), ("School", 2)], 0.8),
    "Work": (None, 0, 0, [("Work", 4), ("work", 2), ("Work friends", 1)], 0.75),
    "Rugby club": ("groom", 0, 0, [("Rugby club", 3), ("Rugby", 2)], 0.8),
    "Netball": ("bride", 0, 0, [("Netball", 3), ("netball team", 1)], 0.78),
    "Neighbours": ("both", 0, 0, [("Neighbours", 3), ("neighbours", 1)], 0.7),
    "Family friends": (None, 0, 0, [("Family friends", 3), ("Parents' friends", 2), ("Mum & Dad's friends", 1)], 0.8),
}


def wedding(rng):
    used = set()

    def person(last=None):
        while True:
            f = rng.choice(FIRST)
            l = last or rng.choice(LAST)
            if (f, l) not in used:
                used.add((f, l))
                return f, l

    parties = []  # each party: list of people dicts, plus group, side, invite
    # plan: (group, side, invite, number of parties, kind) ; kind: couple / single / family / single+1
    plan = [
        ("Family", "bride", "day", 10, "mix"), ("Family", "groom", "day", 12, "mix"),
        ("Family", "bride", "evening", 3, "mix"), ("Family", "groom", "evening", 5, "mix"),
        ("Uni friends", "bride", "day", 8, "mix"), ("Uni friends", "groom", "day", 6, "mix"),
        ("Uni friends", "groom", "evening", 4, "mix"),
        ("School friends", "bride", "day", 4, "mix"), ("School friends", "groom", "day", 3, "mix"),
        ("School friends", "bride", "evening", 5, "mix"), ("School friends", "groom", "evening", 4, "mix"),
        ("Work", "bride", "day", 2, "mix"), ("Work", "groom", "day", 2, "mix"),
        ("Work", "bride", "evening", 10, "mix"), ("Work", "groom", "evening", 9, "mix"),
        ("Rugby club", "groom", "day", 2, "mix"), ("Rugby club", "groom", "evening", 9, "mix"),
        ("Netball", "bride", "evening", 7, "mix"),
        ("Neighbours", "bride", "evening", 4, "mix"), ("Neighbours", "both", "evening", 3, "mix"),
        ("Family friends", "bride", "day", 3, "mix"), ("Family friends", "groom", "day", 4, "mix"),
        ("Family friends", "bride", "evening", 3, "mix"), ("Family friends", "groom", "evening", 2, "mix"),
    ]
    for (group, side, invite, n, kind) in plan:
        for i in range(n):
            r = rng.random()
            ppl = []
            if group == "Family" and invite == "day" and r < 0.35:
                # a family with children
                l = "Patel" if side == "groom" and rng.random() < 0.6 else ("Clarke" if side == "bride" and
                                                                            rng.random() < 0.6 else None)
                a = person(l)
                b = person(a[1])
                ppl = [dict(first=a[0], last=a[1]), dict(first=b[0], last=b[1])]
                for k in range(rng.choice([1, 2, 2, 3])):
                    c = person(a[1])
                    age = rng.choice(["baby", "18 months"] + [str(x) for x in range(2, 16)])
                    ppl.append(dict(first=c[0], last=c[1], age=age))
            elif r < 0.55:
                a = person()
                b = person(a[1] if rng.random() < 0.6 else None)
                ppl = [dict(first=a[0], last=a[1]), dict(first=b[0], last=b[1])]
            elif r < 0.75 and group not in ("Family",):
                a = person()
                ppl = [dict(first=a[0], last=a[1]), dict(plus_of=a[0])]
            else:
                a = person()
                ppl = [dict(first=a[0], last=a[1])]
            parties.append(dict(group=group, side=side, invite=invite, people=ppl))
    # replies
    deadline = date(2025, 5, 1)
    sent_day, sent_eve = date(2025, 1, 11), date(2025, 2, 8)
    rows = []
    table_fill = {t: 0 for t in TABLES}
    day_yes_parties = []
    for p in parties:
        acc = GROUPS[p["group"]][4] * (0.95 if p["invite"] == "day" else 0.85)
        u = rng.random()
        if u < 0.07:
            status = "pending"
        elif u < 0.07 + (1 - acc):
            status = "no"
        else:
            status = "yes"
        sent = sent_day if p["invite"] == "day" else sent_eve
        if status == "pending":
            rdate = None
        else:
            late = rng.random() < 0.12
            if late:
                rdate = deadline + timedelta(days=rng.randint(1, 28))
            else:
                span = (deadline - sent).days
                rdate = sent + timedelta(days=min(span - 1, int(abs(rng.gauss(0, span * 0.45))) + 2))
        p["status"], p["rdate"] = status, rdate
        if status == "yes" and p["invite"] == "day":
            day_yes_parties.append(p)
        # partial acceptances: one of a couple can't come
        for person_ in p["people"]:
            person_["rsvp"] = status
        if status == "yes" and len(p["people"]) >= 2 and rng.random() < 0.08:
            p["people"][-1]["rsvp"] = "no"
    # seating: fill tables party by party (families kept together), top table for parents
    order = day_yes_parties[:]
    rng.shuffle(order)
    ti = 0
    for p in order:
        n_att = sum(1 for x in p["people"] if x["rsvp"] == "yes" and x.get("age") not in ("baby",))
        placed = False
        for k in range(len(TABLES)):
            t = TABLES[(ti + k) % len(TABLES)]
            cap = 12 if t == "Windermere" else 8
            if table_fill[t] + n_att <= cap:
                table_fill[t] += n_att
                p["table"] = t
                placed = True
                ti = (ti + k + (1 if table_fill[t] >= cap - 1 else 0)) % len(TABLES)
                break
        if not placed:
            p["table"] = "tbc"
    # gifts (some arrive before the day: as of 1 June)
    for p in parties:
        p["gift"] = None
        if p["status"] == "yes" and rng.random() < 0.42:
            kind = rng.choices(["Cash", "Cheque", "Bank transfer", "Honeymoon fund", "Voucher", "List"],
                               [25, 10, 12, 12, 13, 28])[0]
            amt = None
            if kind in ("Cash", "Cheque", "Bank transfer", "Honeymoon fund"):
                amt = rng.choice([20, 25, 30, 40, 50, 50, 50, 60, 75, 100, 100, 150, 200] +
                                 ([250, 300, 500] if p["group"] == "Family" else []))
            elif kind == "Voucher":
                amt = rng.choice([25, 30, 40, 50, 75])
            p["gift"] = (kind, amt)
        elif p["status"] == "no" and rng.random() < 0.3:
            kind = rng.choice(["Cash", "List", "Voucher", "Cheque"])
            amt = rng.choice([20, 25, 30, 50, 100]) if kind != "List" else None
            p["gift"] = (kind, amt)
    list_items = ["John Lewis list - toaster", "JL list - towels", "Le Creuset pan (list)", "John Lewis - wine glasses",
                  "Picture frame", "Plant + card", "Bottle of champagne", "Personalised chopping board",
                  "JL list - bedding", "Kitchen Aid attachment (list)"]
    out = []
    for p in parties:
        side_txt = {"bride": [("Bride", 4), ("Emma", 3), ("E", 1), ("bride's", 1)],
                    "groom": [("Groom", 4), ("Josh", 3), ("J", 1), ("groom's", 1)],
                    "both": [("Both", 3), ("both", 1)]}[p["side"]]
        grp = GROUPS[p["group"]][3]
        inv = [("Day", 5), ("All day", 2), ("Full day", 1)] if p["invite"] == "day" else \
            [("Evening", 5), ("Eve", 2), ("evening only", 1)]
        lead = p["people"][0]
        for j, x in enumerate(p["people"]):
            if "plus_of" in x:
                name = pick(rng, [f"{x['plus_of']}'s plus one", f"{x['plus_of']} +1", f"Guest of {x['plus_of']}"])
            else:
                name = f"{x['first']} {x['last']}"
                if rng.random() < 0.04:
                    name = name + " "
            st = x["rsvp"]
            if st == "yes":
                r_txt = pick(rng, [("Yes", 6), ("Y", 2), ("yes", 2), ("Coming!", 1), ("Accepted", 1)])
            elif st == "no":
                r_txt = pick(rng, [("No", 5), ("N", 1), ("Declined", 2), ("can't make it", 1), ("no - abroad", 1)])
            else:
                r_txt = pick(rng, [("", 4), ("?", 2), ("chased", 1), ("waiting", 1)])
            rd = p["rdate"]
            rd_txt = ""
            if rd:
                rd_txt = pick(rng, [(dmy(rd), 5), (f"{rd.day} {MON[rd.month - 1]}", 2), (rd.isoformat(), 1)])
            meal = ""
            diet = pick(rng, [("", 8), ("none", 2), ("-", 1)])
            age = x.get("age", "")
            if p["invite"] == "day" and st == "yes":
                if age:
                    meal = "" if age in ("baby", "18 months", "2") else pick(rng, [("Kids", 3), ("Child menu", 2),
                                                                                  ("kids meal", 1)])
                else:
                    m = rng.choices(["beef", "salmon", "veg", "none"], [48, 30, 14, 8])[0]
                    meal = {"beef": pick(rng, [("Beef", 5), ("beef", 2), ("Roast beef", 1), ("B", 1)]),
                            "salmon": pick(rng, [("Salmon", 5), ("Fish", 2), ("salmon", 1), ("S", 1)]),
                            "veg": pick(rng, [("Risotto", 3), ("Veggie", 2), ("V", 1), ("vegetarian", 1)]),
                            "none": pick(rng, [("", 3), ("tbc", 2), ("?", 1)])}[m]
                    if m == "veg" and rng.random() < 0.3:
                        diet = pick(rng, ["vegan", "Vegan"])
            if not age and rng.random() < 0.07:
                diet = pick(rng, [("GF", 3), ("gluten free", 2), ("Coeliac", 1), ("nut allergy", 2), ("no pork", 1),
                                  ("dairy free", 1), ("Nut allergy - severe", 1)])
            age_txt = ""
            if age:
                age_txt = pick(rng, [(age, 4), (f"{age} yrs" if age.isdigit() else age, 2),
                                     (f"age {age}" if age.isdigit() else age, 1)])
            table = ""
            if p["invite"] == "day" and st == "yes" and age not in ("baby",):
                t = p.get("table", "tbc")
                table = pick(rng, [(t, 6), (t.lower(), 1), (f"{t} ", 1)]) if t != "tbc" else "tbc"
            gift, amount, ty = "", "", ""
            if j == 0 and p["gift"]:
                kind, amt = p["gift"]
                if kind == "List":
                    gift = rng.choice(list_items)
                elif kind == "Voucher":
                    gift = pick(rng, ["Voucher (John Lewis)", "Amazon voucher", "Love2shop voucher"])
                elif kind == "Honeymoon fund":
                    gift = pick(rng, ["Honeymoon fund", "honeymoon fund (online)"])
                elif kind == "Cash":
                    gift = pick(rng, [("Cash", 4), ("cash in card", 2), ("Cash", 1)])
                elif kind == "Cheque":
                    gift = pick(rng, [("Cheque", 3), ("cheque", 1)])
                else:
                    gift = pick(rng, [("Bank transfer", 3), ("BACS", 1)])
                if amt is not None:
                    amount = pick(rng, [(f"£{amt}", 5), (str(amt), 2), (f"£{amt}.00", 1)])
                    if rng.random() < 0.03:
                        amount = "?"
                ty = pick(rng, [("Sent", 4), ("sent", 2), ("✓", 2), ("Y", 1), ("done", 1)]) if rng.random() < 0.6 \
                    else pick(rng, [("", 3), ("to do", 2), ("no", 1)])
            elif j > 0 and p["gift"] and len(p["people"]) > 1 and "plus_of" not in x and rng.random() < 0.5:
                gift = pick(rng, [f"see {lead['first']}", f"with {lead['first']}'s"])
            stay = ""
            if p["invite"] == "day" and st == "yes":
                stay = pick(rng, [("Venue", 3), ("venue (room booked)", 1), ("Premier Inn", 2), ("own", 1), ("", 3),
                                  ("local - going home", 1)])
            notes = ""
            if j == 0 and rng.random() < 0.08:
                notes = pick(rng, ["needs ramp access", "bringing high chair", "arriving late (flight)",
                                   "speech!", "reading in ceremony", "leaving after dinner", "old friend of Dad's"])
            if "plus_of" in x and st == "yes" and rng.random() < 0.5:
                notes = pick(rng, ["name tbc", "new boyfriend?", "girlfriend - Sophie?", "name tbc - ask"])
            out.append([name, pick(rng, side_txt), pick(rng, grp), pick(rng, inv), r_txt, rd_txt, meal, diet,
                        age_txt, table, stay, gift, amount, ty, notes])
    write("guest_list.csv", ["Name", "Side", "Group", "Invite", "RSVP", "RSVP date", "Meal", "Dietary", "Age",
                             "Table", "Staying", "Gift", "Amount", "Thank you", "Notes"], out, bom=True)


def main():
    sailing(random.Random(39001))
    royalties(random.Random(39002))
    lambing(random.Random(39003))
    farrier(random.Random(39004))
    wedding(random.Random(39005))


if __name__ == "__main__":
    main()
