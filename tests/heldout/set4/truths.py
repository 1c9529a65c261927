#!/usr/bin/env python3
"""Held-out set 4: the questions and their truths, side by side.

    python3 tests/heldout/set4/truths.py        # rewrites questions.json

Reads the committed CSVs under data/ with its own parsing of the messy values (it does not import
generate.py: the truths come from the files as a user would receive them) and computes every truth in
plain Python. Each question is a function: the decorator holds the question as a user would type it and a
note on how a careful analyst reads it; the body computes the truth.

Reading rules used throughout (a careful human analyst's reading):
- a category is folded before grouping: surrounding spaces stripped, inner runs of spaces collapsed, a
  trailing period dropped, case ignored ("Dry Creek.", "dry creek ", "DRY CREEK" are one site);
- yes/no columns: Yes, yes, Y, y, "Yes." are yes; No, N, ... are no;
- race_results.csv gender: F, f, Female are women; M, m, Male are men; X is non-binary;
- empty cells and the words n/a, na, -, none, null mean missing: left out of sums, averages and counts of
  values;
- money strings lose "$" and thousands separators ("$1,234.50" is 1234.50); numbers lose thousands
  separators ("18,510.3" is 18510.3);
- dates: loans.csv and harvests.csv are day-first (02/01/2024 is 2 January 2024); vet_visits.csv has US
  datetimes (01/02/2024 08:00 is 2 January 2024); solar_daily.csv is ISO; parking.csv has ISO datetimes
  with a T; race_results.csv has "19 Mar 2023";
- finish times are h:mm:ss, or m:ss for runs under an hour ("48:23" in a 10K is 48 minutes 23 seconds);
  DNF and DNS (any case) are not finishes;
- a loan's length is returned_date - checkout_date in days; a loan with no returned_date is still out; a
  print loan is late when it came back after its due_date (its late_fee is then above zero);
- a vet appointment's money is its fee; no-shows and cancellations carry no fee (blank, 0 or -);
- solar_daily.csv is pre-aggregated (one row per array per day): energy is the sum of energy_kwh, never a
  count of rows; the performance ratio is sum(energy_kwh) / sum(expected_kwh); availability is a fraction
  (0-1) of the day;
- a parking stay is exit_time - entry_time; permit sessions pay nothing;
- harvests.csv: a pick's revenue is kg_picked x price_per_kg; grade-A kg is kg_picked x grade_a_share (a
  fraction 0-1); a crop's season spans the new year, so "2024" means picks dated in 2024;
- a rate is a ratio of sums unless the data holds the fraction itself (availability, grade_a_share);
- a change that is a fall is asked as a fall and its truth is positive;
- "which X" questions are only asked where the winner leads clearly (top() asserts a margin), so a
  rounding or a reading detail cannot flip the answer; numeric thresholds in "how many X have more than N"
  questions are asserted to sit clear of every group's value.

No question here has "cannot be answered" as its truth: sets 1 and 3 have no truth format for a decline,
so such questions were left out.
"""

import csv
import datetime as dt
import json
import statistics
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"

MISSING = {"", "n/a", "na", "-", "none", "null"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


# ----------------------------------------------------------------------------------------------
# parsing


def read(name):
    with open(DATA / name, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def is_missing(s):
    return s is None or s.strip().casefold() in MISSING


def num(s):
    """A number from a messy cell, or None when missing."""
    if is_missing(s):
        return None
    t = s.strip().replace("$", "").replace(",", "").replace(" ", "")
    return float(t)


def fold(s):
    """The grouping key of a category spelling; None when blank."""
    if s is None:
        return None
    t = " ".join(s.split()).rstrip(".").strip().casefold()
    return t or None


def canon(raw_values):
    """fold key -> the most common tidy spelling (for labels)."""
    by = defaultdict(Counter)
    for v in raw_values:
        k = fold(v)
        if k:
            by[k][" ".join(v.split()).rstrip(".")] += 1
    return {k: max(sorted(c), key=lambda v: (c[v], v[:1].isupper())) for k, c in by.items()}


def yn(s):
    t = fold(s)
    if t in ("yes", "y"):
        return True
    if t in ("no", "n"):
        return False
    raise ValueError(f"not a yes/no: {s!r}")


def gender(s):
    return {"f": "F", "female": "F", "m": "M", "male": "M", "x": "X"}[fold(s)]


def finish_minutes(s):
    """'3:52:07' -> 232.12 minutes, '48:23' -> 48.38; None for DNF / DNS."""
    t = s.strip()
    if t.casefold() in ("dnf", "dns") or is_missing(t):
        return None
    parts = [int(p) for p in t.split(":")]
    if len(parts) == 2:
        parts = [0] + parts
    h, m, sec = parts
    return h * 60 + m + sec / 60


def day_first(s):
    return dt.datetime.strptime(s.strip(), "%d/%m/%Y").date()


def us_datetime(s):
    return dt.datetime.strptime(s.strip(), "%m/%d/%Y %H:%M")


def iso_date(s):
    return dt.date.fromisoformat(s.strip())


def iso_t(s):
    return dt.datetime.strptime(s.strip(), "%Y-%m-%dT%H:%M:%S")


def race_date(s):
    return dt.datetime.strptime(s.strip(), "%d %b %Y").date()


def quarter(d):
    return (d.month - 1) // 3 + 1


def ym(d):
    return (d.year, d.month)


# ----------------------------------------------------------------------------------------------
# labels and margins


def dedupe(xs):
    out = []
    for x in xs:
        if x not in out:
            out.append(x)
    return out


def month_labels(y, m, year_unique=False):
    name = MONTHS[m - 1]
    out = [f"{name} {y}", f"{name[:3]} {y}", f"{y}-{m:02d}", f"{m:02d}/{y}", f"{m}/{y}", f"{name[:3]}. {y}"]
    if year_unique:
        out.append(name)
    return dedupe(out)


def weekday_labels(i):
    return [WEEKDAYS[i], WEEKDAYS[i] + "s"]


def hour_labels(h):
    """Ways of naming the hour starting at h (24-hour clock): '10:00', '10 am', '18:00', '6 pm', ..."""
    h12 = h % 12 or 12
    ap = "am" if h < 12 else "pm"
    out = [f"{h:02d}:00", f"{h}:00"] if h < 12 else [f"{h}:00"]
    out += [f"{h12} {ap}", f"{h12}{ap}", f"{h12}:00 {ap}", f"{h12}:00{ap}", f"{h12} {ap[0]}.m.", f"{h}h"]
    return dedupe(out)


def ranked(d, reverse=True):
    return sorted(d.items(), key=lambda kv: kv[1], reverse=reverse)


def top(d, margin=0.02, lowest=False):
    """(key, value) of the winner; asserts it leads the runner-up by `margin` (relative)."""
    r = ranked(d, reverse=not lowest)
    (k1, v1), (_k2, v2) = r[0], r[1]
    gap = abs(v1 - v2) / max(abs(v1), abs(v2), 1e-12)
    assert gap >= margin, f"winner not clear: {r[:3]}"
    return k1, v1


def top_n(d, n, margin=0.02):
    r = ranked(d)
    vn, vnext = r[n - 1][1], r[n][1]
    assert (vn - vnext) / max(abs(vn), 1e-12) >= margin, f"top {n} not clear: {r[:n + 2]}"
    return [k for k, _ in r[:n]]


def count_over(values, threshold, margin=0.03):
    """How many values exceed threshold; asserts none sits within `margin` (relative) of it."""
    values = list(values)
    near = [v for v in values if abs(v - threshold) <= margin * threshold]
    assert not near, f"values too near the threshold {threshold}: {near}"
    return sum(1 for v in values if v > threshold)


def pct(a, b):
    return 100.0 * a / b


# ----------------------------------------------------------------------------------------------
# loaded data


def tidy(s):
    return " ".join(s.split())


def load():
    g = {}
    # books.csv + loans.csv
    kraw = read("books.csv")
    g["genre_names"] = canon(r["genre"] for r in kraw)
    books = {r["book_id"].strip(): dict(title=tidy(r["title"]), author=tidy(r["author"]), genre=fold(r["genre"]),
                                        pages=int(r["pages"]), year=int(r["year_published"])) for r in kraw}
    g["books"] = books
    lraw = read("loans.csv")
    g["branch_names"] = canon(r["branch"] for r in lraw)
    loans = []
    for r in lraw:
        b = books[r["book_id"].strip()]
        back = None if is_missing(r["returned_date"]) else day_first(r["returned_date"])
        loans.append(dict(id=r["loan_id"], book=r["book_id"].strip(), member=r["member_id"].strip(),
                          branch=fold(r["branch"]), fmt=fold(r["format"]), out=day_first(r["checkout_date"]),
                          due=day_first(r["due_date"]), back=back, renewals=int(r["renewals"]),
                          fee=num(r["late_fee"]), title=b["title"], author=b["author"], genre=b["genre"],
                          pages=b["pages"]))
    g["loans"] = loans
    # vet_visits.csv
    vraw = read("vet_visits.csv")
    g["species_names"] = canon(r["species"] for r in vraw)
    g["vtype_names"] = canon(r["visit_type"] for r in vraw)
    g["vet"] = [dict(id=r["appointment_id"], when=us_datetime(r["appointment_time"]), pet=r["pet_id"].strip(),
                     species=fold(r["species"]), vet=tidy(r["vet"]), vtype=fold(r["visit_type"]),
                     status=fold(r["status"]), fee=num(r["fee"]), kg=num(r["weight_kg"]), insured=yn(r["insured"]))
                for r in vraw]
    # solar_daily.csv
    sraw = read("solar_daily.csv")
    g["site_names"] = canon(r["site"] for r in sraw)
    g["solar"] = [dict(date=iso_date(r["date"]), site=fold(r["site"]), array=r["array_id"].strip(),
                       cap=float(r["capacity_kw"]), kwh=num(r["energy_kwh"]), exp=num(r["expected_kwh"]),
                       avail=num(r["availability"]), down=num(r["downtime_hours"]) or 0.0,
                       curt=num(r["curtailed_kwh"]) or 0.0, rev=num(r["revenue"])) for r in sraw]
    # race_results.csv
    rraw = read("race_results.csv")
    g["event_names"] = canon(r["event"] for r in rraw)
    g["club_names"] = canon(r["club"] for r in rraw)
    g["races"] = [dict(bib=r["bib"], event=fold(r["event"]), date=race_date(r["event_date"]),
                       dist=fold(r["distance"]), gender=gender(r["gender"]), age=r["age_group"].strip(),
                       country=r["country"].strip(), club=fold(r["club"]), first=yn(r["first_race"]),
                       status=fold(r["finish_time"]) if fold(r["finish_time"]) in ("dnf", "dns") else "finished",
                       mins=finish_minutes(r["finish_time"])) for r in rraw]
    # parking.csv
    praw = read("parking.csv")
    g["zone_names"] = canon(r["zone"] for r in praw)
    park = []
    for r in praw:
        t0, t1 = iso_t(r["entry_time"]), iso_t(r["exit_time"])
        park.append(dict(id=r["session_id"], plate=r["plate"].strip(), zone=fold(r["zone"]), t0=t0, t1=t1,
                         mins=(t1 - t0).total_seconds() / 60, pay=fold(r["payment_method"]),
                         vehicle=fold(r["vehicle_type"]), amt=num(r["amount_paid"]) or 0.0,
                         fined=yn(r["fine_issued"])))
    g["park"] = park
    # harvests.csv
    hraw = read("harvests.csv")
    g["crop_names"] = canon(r["crop"] for r in hraw)
    g["picks"] = [dict(id=r["pick_id"], date=day_first(r["pick_date"]), field=r["field"].strip(),
                       crop=fold(r["crop"]), crew=tidy(r["crew"]), kg=num(r["kg_picked"]),
                       share=num(r["grade_a_share"]), price=num(r["price_per_kg"]), rej=num(r["rejected_kg"]),
                       rain=num(r["rain_mm"]), organic=yn(r["organic"])) for r in hraw]
    for p in g["picks"]:
        p["rev"] = p["kg"] * p["price"]
        p["a_kg"] = p["kg"] * p["share"]
    return g


D = load()
QUESTIONS = []


def q(qid, dataset, question, note):
    def deco(fn):
        QUESTIONS.append(dict(id=qid, dataset=dataset, question=question, note=note, fn=fn))
        return fn
    return deco


def money(x):
    return {"number": round(x, 2), "unit": "$"}


def count(x):
    return {"number": x, "unit": ""}


def percent(x):
    return {"number": round(x, 4), "unit": "%"}


def value(x, unit=""):
    return {"number": round(x, 4), "unit": unit}


def mean(xs):
    return statistics.mean(list(xs))


# ==============================================================================================
# loans.csv + books.csv — public library loans, 2024 (closed Sundays); genre, title, author through books.csv

L = D["loans"]
BK = D["books"]
GN = D["genre_names"]
BR = D["branch_names"]
LIB = ["loans.csv", "books.csv"]


def loan_days(r):
    return (r["back"] - r["out"]).days


@q("s4-001", LIB, "How many books were borrowed in March?",
   "Loans whose checkout_date (day-first) falls in March 2024.")
def _():
    return count(sum(1 for r in L if ym(r["out"]) == (2024, 3)))


@q("s4-002", LIB, "Which genre gets borrowed the least?",
   "Loans counted by the book's folded genre in books.csv (joined on book_id); the smallest.")
def _():
    k, v = top(Counter(r["genre"] for r in L), lowest=True, margin=0.1)
    return {"label": [GN[k]], "number": v, "unit": ""}


@q("s4-003", LIB, "top 3 most borrowed titles",
   "Loans counted per book (titles are unique in books.csv); the three largest.")
def _():
    return {"labels": top_n(Counter(r["title"] for r in L), 3)}


@q("s4-004", LIB, "which month was busiest for checkouts?",
   "Loans counted by month of checkout_date (all in 2024); the largest.")
def _():
    k, _v = top(Counter(r["out"].month for r in L), margin=0.05)
    return {"label": month_labels(2024, k, year_unique=True)}


@q("s4-005", LIB, "What day of the week do people borrow the most books?",
   "Loans counted by weekday of checkout_date; the largest.")
def _():
    k, _v = top(Counter(r["out"].weekday() for r in L), margin=0.05)
    return {"label": weekday_labels(k)}


@q("s4-006", LIB, "On average how many days do people keep a book before bringing it back?",
   "Mean of returned_date - checkout_date in days over loans that have been returned.")
def _():
    return value(mean(loan_days(r) for r in L if r["back"]), "days")


@q("s4-007", LIB, "whats the median loan length in days",
   "Median of returned_date - checkout_date over returned loans.")
def _():
    return value(statistics.median(loan_days(r) for r in L if r["back"]), "days")


@q("s4-008", LIB, "What percentage of print loans came back late?",
   "Returned print loans whose returned_date is after due_date / all returned print loans.")
def _():
    rows = [r for r in L if r["fmt"] == "print" and r["back"]]
    late = [r for r in rows if r["back"] > r["due"]]
    assert all(r["fee"] and r["fee"] > 0 for r in late)
    return percent(pct(len(late), len(rows)))


@q("s4-009", LIB, "How much have we collected in late fees altogether?",
   "Sum of late_fee where given (blank / - / n/a for ebooks and loans still out).")
def _():
    return money(sum(r["fee"] for r in L if r["fee"] is not None))


@q("s4-010", LIB, "How many different members borrowed something this year?",
   "Distinct member_id over all loans (all in 2024).")
def _():
    return count(len({r["member"] for r in L}))


@q("s4-011", LIB, "How many members borrowed more than 30 books?",
   "Loans per member_id; members above 30 (none within 3% of 30).")
def _():
    return count(count_over(Counter(r["member"] for r in L).values(), 30))


@q("s4-012", LIB, "Which branch lends out the most books?",
   "Loans counted by folded branch; the largest, with its count.")
def _():
    k, v = top(Counter(r["branch"] for r in L))
    return {"label": [BR[k]], "number": v, "unit": ""}


@q("s4-013", LIB, "What share of loans were ebooks?",
   "Loans whose format folds to eBook / all loans.")
def _():
    return percent(pct(sum(1 for r in L if r["fmt"] == "ebook"), len(L)))


@q("s4-014", LIB, "How many books in the catalogue have never been borrowed?",
   "book_id in books.csv with no loan in loans.csv.")
def _():
    return count(len(set(BK) - {r["book"] for r in L}))


@q("s4-015", LIB, "Which author's books get borrowed the most?",
   "Loans counted by the book's author in books.csv; the largest, with its count.")
def _():
    k, v = top(Counter(r["author"] for r in L))
    return {"label": [k], "number": v, "unit": ""}


@q("s4-016", LIB, "how many mystery books did northside lend out",
   "Loans at the branch folding to Northside whose book's genre folds to Mystery.")
def _():
    return count(sum(1 for r in L if r["branch"] == "northside" and r["genre"] == "mystery"))


@q("s4-017", LIB, "How many books are still checked out?",
   "Loans with no returned_date.")
def _():
    return count(sum(1 for r in L if r["back"] is None))


@q("s4-018", LIB, "Which branch grew its loans the most from the first half of the year to the second, in percent?",
   "Per branch: loans checked out Jul-Dec 2024 vs Jan-Jun 2024, percent change; the largest.")
def _():
    a, b = Counter(), Counter()
    for r in L:
        (a if r["out"].month >= 7 else b)[r["branch"]] += 1
    k, v = top({k: pct(a[k] - b[k], b[k]) for k in b}, margin=0.1)
    return {"label": [BR[k]], "number": round(v, 4), "unit": "%"}


@q("s4-019", LIB, "How many loans got renewed at least once?",
   "Loans with renewals >= 1.")
def _():
    return count(sum(1 for r in L if r["renewals"] >= 1))


@q("s4-020", LIB, "How many loans were for books published before 2000?",
   "Loans whose book's year_published (books.csv) is before 2000.")
def _():
    return count(sum(1 for r in L if BK[r["book"]]["year"] < 2000))


@q("s4-021", LIB, "How many more books went out in July than in June?",
   "Loans checked out in July 2024 minus in June 2024.")
def _():
    a = sum(1 for r in L if r["out"].month == 7)
    b = sum(1 for r in L if r["out"].month == 6)
    assert a > b
    return count(a - b)


@q("s4-022", LIB, "Not counting ebooks, how many loans did Harbourview make?",
   "Loans at the branch folding to Harbourview whose format is not eBook.")
def _():
    return count(sum(1 for r in L if r["branch"] == "harbourview" and r["fmt"] != "ebook"))


# ==============================================================================================
# vet_visits.csv — vet clinic appointments, 2024 (US datetimes; fee only on completed visits)

V = D["vet"]
SP = D["species_names"]
VT = D["vtype_names"]
VET = ["vet_visits.csv"]
DONE = [r for r in V if r["status"] == "completed"]
assert all(r["fee"] and r["fee"] > 0 for r in DONE)
assert all(not r["fee"] for r in V if r["status"] != "completed")


def fees(rows):
    return sum(r["fee"] for r in rows if r["fee"] is not None)


@q("s4-023", VET, "What did the clinic make in fees in Q3?",
   "Sum of fee over appointments dated July-September 2024 (only completed visits carry a fee).")
def _():
    return money(fees(r for r in V if r["when"].year == 2024 and quarter(r["when"]) == 3))


@q("s4-024", VET, "What's the average fee for a dental visit that actually went ahead?",
   "Mean fee of completed appointments whose visit_type folds to Dental.")
def _():
    return money(mean(r["fee"] for r in DONE if r["vtype"] == "dental"))


@q("s4-025", VET, "Which vet brought in the most money?",
   "Sum of fee per vet, whole year; the largest, with its total.")
def _():
    by = defaultdict(float)
    for r in DONE:
        by[r["vet"]] += r["fee"]
    k, v = top(by, margin=0.1)
    return {"label": [k, k.replace("Dr. ", "Dr ")], "number": round(v, 2), "unit": "$"}


@q("s4-026", VET, "what's our no show rate?",
   "Appointments whose status folds to No-show / all appointments.")
def _():
    return percent(pct(sum(1 for r in V if r["status"] == "no-show"), len(V)))


@q("s4-027", VET, "What time of day do we have the most appointments?",
   "Appointments counted by the hour of appointment_time; the largest.")
def _():
    k, _v = top(Counter(r["when"].hour for r in V), margin=0.03)
    return {"label": hour_labels(k)}


@q("s4-028", VET, "Which day of the week is the busiest at the clinic?",
   "Appointments counted by weekday (US dates); the largest.")
def _():
    k, _v = top(Counter(r["when"].weekday() for r in V), margin=0.03)
    return {"label": weekday_labels(k)}


@q("s4-029", VET, "What kind of animal do we see the most?",
   "Appointments counted by folded species; the largest.")
def _():
    k, _v = top(Counter(r["species"] for r in V), margin=0.2)
    return {"label": [SP[k], SP[k] + "s"]}


@q("s4-030", VET, "How many different pets had appointments?",
   "Distinct pet_id over all appointments.")
def _():
    return count(len({r["pet"] for r in V}))


@q("s4-031", VET, "How many pets had more than 10 appointments?",
   "Appointments per pet_id (any status); pets with 11 or more.")
def _():
    return count(sum(1 for n in Counter(r["pet"] for r in V).values() if n > 10))


@q("s4-032", VET, "median surgery fee?",
   "Median fee of completed appointments whose visit_type folds to Surgery.")
def _():
    return money(statistics.median(r["fee"] for r in DONE if r["vtype"] == "surgery"))


@q("s4-033", VET, "What percent of our fee income came from emergencies?",
   "Fees of Emergency appointments / all fees.")
def _():
    return percent(pct(fees(r for r in DONE if r["vtype"] == "emergency"), fees(DONE)))


@q("s4-034", VET, "What percentage of the pets we saw are insured?",
   "Distinct pet_id with insured yes / all distinct pet_id (a pet's insured flag is the same on every row).")
def _():
    flag = {}
    for r in V:
        assert flag.setdefault(r["pet"], r["insured"]) == r["insured"]
    return percent(pct(sum(flag.values()), len(flag)))


@q("s4-035", VET, "What's the average recorded weight for cats, in kg?",
   "Mean of weight_kg over appointments whose species folds to Cat and that have a weight.")
def _():
    return value(mean(r["kg"] for r in V if r["species"] == "cat" and r["kg"] is not None), "kg")


@q("s4-036", VET, "how many RABBIT appointments were there",
   "Appointments whose species folds to Rabbit (any status).")
def _():
    return count(sum(1 for r in V if r["species"] == "rabbit"))


@q("s4-037", VET, "Which vet grew their fee income the most from the first half of the year to the second, in percent?",
   "Per vet: fees Jul-Dec vs Jan-Jun 2024, percent change; the largest.")
def _():
    a, b = defaultdict(float), defaultdict(float)
    for r in DONE:
        (a if r["when"].month >= 7 else b)[r["vet"]] += r["fee"]
    k, v = top({k: pct(a[k] - b[k], b[k]) for k in b}, margin=0.1)
    return {"label": [k, k.replace("Dr. ", "Dr ")], "number": round(v, 4), "unit": "%"}


@q("s4-038", VET, "How many more appointments did we have in October than in January?",
   "Appointments dated October 2024 minus January 2024 (any status).")
def _():
    a = sum(1 for r in V if ym(r["when"]) == (2024, 10))
    b = sum(1 for r in V if ym(r["when"]) == (2024, 1))
    assert a > b
    return count(a - b)


@q("s4-039", VET, "Leaving out vaccinations, what's the average fee per visit?",
   "Mean fee of completed appointments whose visit_type is not Vaccination.")
def _():
    return money(mean(r["fee"] for r in DONE if r["vtype"] != "vaccination"))


@q("s4-040", VET, "How many appointments cost more than $1,000?",
   "Appointments with a fee above 1000.")
def _():
    return count(sum(1 for r in DONE if r["fee"] > 1000))


@q("s4-041", VET, "How many appointments were cancelled in the second quarter?",
   "Appointments whose status folds to Cancelled, dated April-June 2024.")
def _():
    return count(sum(1 for r in V if r["status"] == "cancelled" and quarter(r["when"]) == 2))


@q("s4-042", VET, "total fees from dogs in october?",
   "Sum of fee of appointments whose species folds to Dog, dated October 2024.")
def _():
    return money(fees(r for r in DONE if r["species"] == "dog" and ym(r["when"]) == (2024, 10)))


@q("s4-043", VET, "Which type of visit earns us the most in total?",
   "Sum of fee by folded visit_type; the largest, with its total.")
def _():
    by = defaultdict(float)
    for r in DONE:
        by[r["vtype"]] += r["fee"]
    k, v = top(by, margin=0.1)
    return {"label": [VT[k]], "number": round(v, 2), "unit": "$"}


@q("s4-044", VET, "How many appointments did Dr Haddad have?",
   "Appointments whose vet is Dr. Haddad (any status).")
def _():
    return count(sum(1 for r in V if r["vet"] == "Dr. Haddad"))


# ==============================================================================================
# solar_daily.csv — solar farm, one row per array per day, 2024 (pre-aggregated)

S = D["solar"]
SN = D["site_names"]
SOL = ["solar_daily.csv"]


def energy(rows):
    return sum(r["kwh"] for r in rows)


@q("s4-045", SOL, "How much energy did the farm generate in June, in kWh?",
   "Sum of energy_kwh over rows dated June 2024 (all arrays).")
def _():
    return value(energy(r for r in S if r["date"].month == 6), "kWh")


@q("s4-046", SOL, "Which site produced the least energy this year?",
   "Sum of energy_kwh by folded site; the smallest (the two largest are within 2% of each other, so the least is asked).")
def _():
    by = defaultdict(float)
    for r in S:
        by[r["site"]] += r["kwh"]
    k, _v = top(by, margin=0.05, lowest=True)
    return {"label": [SN[k]]}


@q("s4-047", SOL, "What percentage of the expected energy did we actually generate?",
   "sum(energy_kwh) / sum(expected_kwh), whole year.")
def _():
    return percent(pct(energy(S), sum(r["exp"] for r in S)))


@q("s4-048", SOL, "Which array underperformed the most compared to what was expected?",
   "Per array_id: sum(energy_kwh) / sum(expected_kwh); the smallest.")
def _():
    a, e = defaultdict(float), defaultdict(float)
    for r in S:
        a[r["array"]] += r["kwh"]
        e[r["array"]] += r["exp"]
    k, _v = top({k: a[k] / e[k] for k in a}, lowest=True, margin=0.02)
    return {"label": [k]}


@q("s4-049", SOL, "Which month had the lowest generation?",
   "Sum of energy_kwh by month; the smallest.")
def _():
    by = defaultdict(float)
    for r in S:
        by[r["date"].month] += r["kwh"]
    k, _v = top(by, lowest=True, margin=0.03)
    return {"label": month_labels(2024, k, year_unique=True)}


@q("s4-050", SOL, "What was the average availability at red hill, as a percentage?",
   "Mean of availability (a fraction of the day) over rows whose site folds to Red Hill, as a percent.")
def _():
    return percent(100 * mean(r["avail"] for r in S if r["site"] == "red hill"))


@q("s4-051", SOL, "How many hours of downtime did we log in total?",
   "Sum of downtime_hours (blank, 0 and - are none).")
def _():
    return value(sum(r["down"] for r in S), "hours")


@q("s4-052", SOL, "How much energy was curtailed altogether?",
   "Sum of curtailed_kwh (blank, n/a and 0 are none).")
def _():
    return value(sum(r["curt"] for r in S), "kWh")


@q("s4-053", SOL, "How much revenue did Saltpan Flats earn in Q3?",
   "Sum of revenue over rows whose site folds to Saltpan Flats dated July-September 2024.")
def _():
    return money(sum(r["rev"] for r in S if r["site"] == "saltpan flats" and quarter(r["date"]) == 3))


@q("s4-054", SOL, "What share of total generation came from dry creek?",
   "energy_kwh of rows whose site folds to Dry Creek / all energy_kwh.")
def _():
    return percent(pct(energy(r for r in S if r["site"] == "dry creek"), energy(S)))


@q("s4-055", SOL, "How many arrays do we have?",
   "Distinct array_id.")
def _():
    return count(len({r["array"] for r in S}))


@q("s4-056", SOL, "On how many days did the whole farm produce more than 225,000 kWh?",
   "Sum of energy_kwh per date over all arrays; dates above 225,000 (none within 1% of it).")
def _():
    by = defaultdict(float)
    for r in S:
        by[r["date"]] += r["kwh"]
    return count(count_over(by.values(), 225000, margin=0.01))


@q("s4-057", SOL, "How many arrays generated more than 5 million kWh over the year?",
   "Sum of energy_kwh per array_id; arrays above 5,000,000 (none within 3%).")
def _():
    by = defaultdict(float)
    for r in S:
        by[r["array"]] += r["kwh"]
    return count(count_over(by.values(), 5e6))


@q("s4-058", SOL, "What was the best single day's output for the whole farm, in kWh?",
   "Largest sum of energy_kwh over all arrays for one date.")
def _():
    by = defaultdict(float)
    for r in S:
        by[r["date"]] += r["kwh"]
    return value(max(by.values()), "kWh")


@q("s4-059", SOL, "On average how much does one array produce in a day?",
   "Mean of energy_kwh over all rows (one row is one array-day).")
def _():
    return value(mean(r["kwh"] for r in S), "kWh")


@q("s4-060", SOL, "How much more energy did we generate in January than in July?",
   "energy_kwh in January 2024 minus in July 2024.")
def _():
    a = energy(r for r in S if r["date"].month == 1)
    b = energy(r for r in S if r["date"].month == 7)
    assert a > b
    return value(a - b, "kWh")


@q("s4-061", SOL, "What price did we get per MWh on average over the year?",
   "sum(revenue) / (sum(energy_kwh) / 1000).")
def _():
    return money(sum(r["rev"] for r in S) / (energy(S) / 1000))


@q("s4-062", SOL, "top 3 arrays by energy generated",
   "Sum of energy_kwh per array_id; the three largest.")
def _():
    by = defaultdict(float)
    for r in S:
        by[r["array"]] += r["kwh"]
    return {"labels": top_n(by, 3)}


@q("s4-063", SOL, "On how many days was RH-1 down for more than 4 hours?",
   "Rows of array RH-1 with downtime_hours above 4.")
def _():
    rows = [r["down"] for r in S if r["array"] == "RH-1"]
    assert not [x for x in rows if x == 4.0]
    return count(sum(1 for x in rows if x > 4))


@q("s4-064", SOL, "Which quarter brought in the least revenue?",
   "Sum of revenue by calendar quarter of 2024; the smallest (Q1 and Q4 are within 2% of each other, so the least is asked).")
def _():
    by = defaultdict(float)
    for r in S:
        by[quarter(r["date"])] += r["rev"]
    k, _v = top(by, margin=0.03, lowest=True)
    names = ["first", "second", "third", "fourth"]
    return {"label": [f"Q{k}", f"{names[k - 1]} quarter"]}


@q("s4-065", SOL, "What was the total revenue for the year, excluding the Red Hill site?",
   "Sum of revenue over rows whose site does not fold to Red Hill.")
def _():
    return money(sum(r["rev"] for r in S if r["site"] != "red hill"))


@q("s4-066", SOL, "What's the total installed capacity of the farm in kW?",
   "capacity_kw of each distinct array_id, summed (a per-array constant repeated on every row).")
def _():
    cap = {}
    for r in S:
        assert cap.setdefault(r["array"], r["cap"]) == r["cap"]
    return value(sum(cap.values()), "kW")


# ==============================================================================================
# race_results.csv — three running events, 2023 and 2024 editions (h:mm:ss or m:ss; DNF / DNS)

R = D["races"]
EV = D["event_names"]
CL = D["club_names"]
RACE = ["race_results.csv"]
FIN = [r for r in R if r["mins"] is not None]
assert all((r["mins"] is None) == (r["status"] != "finished") for r in R)


def hms(minutes):
    secs = round(minutes * 60)
    h, rem = divmod(secs, 3600)
    m, s = divmod(rem, 60)
    return f"{h}:{m:02d}:{s:02d}"


@q("s4-067", RACE, "How many people finished the marathon in 2024?",
   "Rows with distance Marathon (not Half Marathon), event_date in 2024, and a finish time (not DNF / DNS).")
def _():
    return count(sum(1 for r in FIN if r["dist"] == "marathon" and r["date"].year == 2024))


@q("s4-068", RACE, "What was the average finish time in the 2024 half marathon, in minutes?",
   "Mean of finish_time (h:mm:ss, in minutes) over 2024 Half Marathon finishers.")
def _():
    return value(mean(r["mins"] for r in FIN if r["dist"] == "half marathon" and r["date"].year == 2024), "min")


@q("s4-069", RACE, "whats the median marathon time in minutes, both years together",
   "Median finish time in minutes of all Marathon finishers, 2023 and 2024.")
def _():
    return value(statistics.median(r["mins"] for r in FIN if r["dist"] == "marathon"), "min")


@q("s4-070", RACE, "What percentage of marathon starters didn't finish?",
   "Marathon rows with DNF / Marathon rows that started (finished or DNF; DNS did not start), both years.")
def _():
    started = [r for r in R if r["dist"] == "marathon" and r["status"] != "dns"]
    return percent(pct(sum(1 for r in started if r["status"] == "dnf"), len(started)))


@q("s4-071", RACE, "Which age group ran the fastest marathons on average?",
   "Mean finish time of Marathon finishers by age_group, both years; the smallest.")
def _():
    by = defaultdict(list)
    for r in FIN:
        if r["dist"] == "marathon":
            by[r["age"]].append(r["mins"])
    k, _v = top({k: mean(v) for k, v in by.items()}, lowest=True, margin=0.02)
    return {"label": [k, k.replace("-", " to "), k.replace("-", "–")]}


@q("s4-072", RACE, "What share of finishers were women?",
   "Finishers whose gender reads as female (F, f, Female) / all finishers, all events and years.")
def _():
    return percent(pct(sum(1 for r in FIN if r["gender"] == "F"), len(FIN)))


@q("s4-073", RACE, "How many different countries did runners come from?",
   "Distinct country codes over all entries.")
def _():
    return count(len({r["country"] for r in R}))


@q("s4-074", RACE, "How many runners broke 4 hours in the marathon?",
   "Marathon finishers with a time under 240 minutes, both years.")
def _():
    return count(sum(1 for r in FIN if r["dist"] == "marathon" and r["mins"] < 240))


@q("s4-075", RACE, "Which club had the most finishers?",
   "Finishers counted by folded club (blank = no club, not a club); the largest.")
def _():
    k, v = top(Counter(r["club"] for r in FIN if r["club"]), margin=0.1)
    return {"label": [CL[k]], "number": v, "unit": ""}


@q("s4-076", RACE, "How many clubs had more than 200 runners entered?",
   "Entries (any result) per folded club; clubs above 200 (none within 3%).")
def _():
    return count(count_over(Counter(r["club"] for r in R if r["club"]).values(), 200))


@q("s4-077", RACE, "how many ran the 10k in under 50 minutes in 2024?",
   "2024 10K finishers with a time under 50 minutes (m:ss times are minutes and seconds).")
def _():
    return count(sum(1 for r in FIN if r["dist"] == "10k" and r["date"].year == 2024 and r["mins"] < 50))


@q("s4-078", RACE, "What share of 2024 entrants were running their first race?",
   "2024 entries with first_race yes / all 2024 entries.")
def _():
    rows = [r for r in R if r["date"].year == 2024]
    return percent(pct(sum(1 for r in rows if r["first"]), len(rows)))


@q("s4-079", RACE, "By how much did total entries grow from 2023 to 2024, in percent?",
   "Entries (rows, any result) in 2024 vs 2023, percent change.")
def _():
    a = sum(1 for r in R if r["date"].year == 2024)
    b = sum(1 for r in R if r["date"].year == 2023)
    return percent(pct(a - b, b))


@q("s4-080", RACE, "Which event grew its entries the most between 2023 and 2024, in percent?",
   "Entries per folded event, 2024 vs 2023, percent change; the largest.")
def _():
    a, b = Counter(), Counter()
    for r in R:
        (a if r["date"].year == 2024 else b)[r["event"]] += 1
    k, v = top({k: pct(a[k] - b[k], b[k]) for k in b}, margin=0.1)
    return {"label": [EV[k]], "number": round(v, 4), "unit": "%"}


@q("s4-081", RACE, "In the 2024 10K, how many minutes faster were the men than the women on average?",
   "Mean finish time of 2024 10K finishers who are women minus that of men (X left out), in minutes.")
def _():
    rows = [r for r in FIN if r["dist"] == "10k" and r["date"].year == 2024]
    w = mean(r["mins"] for r in rows if r["gender"] == "F")
    m = mean(r["mins"] for r in rows if r["gender"] == "M")
    assert w > m
    return value(w - m, "min")


@q("s4-082", RACE, "How many people entered but never started?",
   "Rows whose finish_time is DNS, all events and years.")
def _():
    return count(sum(1 for r in R if r["status"] == "dns"))


@q("s4-083", RACE, "What was the fastest marathon time?",
   "The smallest Marathon finish time, either year, as h:mm:ss.")
def _():
    t = min(r["mins"] for r in FIN if r["dist"] == "marathon")
    return {"label": [hms(t)]}


@q("s4-084", RACE, "How many runners from outside Australia entered in 2024?",
   "2024 entries whose country is not AUS (any result).")
def _():
    return count(sum(1 for r in R if r["date"].year == 2024 and r["country"] != "AUS"))


@q("s4-085", RACE, "Apart from Australia, which country sent the most runners?",
   "Entries by country other than AUS, both years; the largest.")
def _():
    k, v = top(Counter(r["country"] for r in R if r["country"] != "AUS"), margin=0.2)
    return {"label": [k, {"NZL": "New Zealand"}.get(k, k)], "number": v, "unit": ""}


@q("s4-086", RACE, "How many women in the 50-59 age group finished the half marathon?",
   "Half Marathon finishers, gender female, age_group 50-59, both years.")
def _():
    return count(sum(1 for r in FIN if r["dist"] == "half marathon" and r["gender"] == "F" and r["age"] == "50-59"))


@q("s4-087", RACE, "Average 10k time for first timers, in minutes?",
   "Mean finish time in minutes of 10K finishers with first_race yes, both years.")
def _():
    return value(mean(r["mins"] for r in FIN if r["dist"] == "10k" and r["first"]), "min")


# ==============================================================================================
# parking.csv — parking sessions, Jan-Jun 2024 (ISO entry/exit datetimes; permits pay nothing)

PK = D["park"]
ZN = D["zone_names"]
PARK = ["parking.csv"]


def paid(rows):
    return sum(r["amt"] for r in rows)


@q("s4-088", PARK, "How much did we take in parking fees in March?",
   "Sum of amount_paid over sessions entering in March 2024.")
def _():
    return money(paid(r for r in PK if ym(r["t0"]) == (2024, 3)))


@q("s4-089", PARK, "How long do people park for on average, in minutes?",
   "Mean of exit_time - entry_time in minutes over all sessions.")
def _():
    return value(mean(r["mins"] for r in PK), "min")


@q("s4-090", PARK, "median stay in the cbd in minutes?",
   "Median of exit_time - entry_time (minutes) over sessions whose zone folds to CBD.")
def _():
    return value(statistics.median(r["mins"] for r in PK if r["zone"] == "cbd"), "min")


@q("s4-091", PARK, "How many cars came in before 7am?",
   "Sessions whose entry_time is before 07:00.")
def _():
    return count(sum(1 for r in PK if r["t0"].hour < 7))


@q("s4-092", PARK, "What's the quietest day of the week for parking?",
   "Sessions counted by weekday of entry_time; the smallest.")
def _():
    k, _v = top(Counter(r["t0"].weekday() for r in PK), lowest=True, margin=0.2)
    return {"label": weekday_labels(k)}


@q("s4-093", PARK, "Which zone makes the most money?",
   "Sum of amount_paid by folded zone; the largest, with its total.")
def _():
    by = defaultdict(float)
    for r in PK:
        by[r["zone"]] += r["amt"]
    k, v = top(by, margin=0.1)
    return {"label": [ZN[k]], "number": round(v, 2), "unit": "$"}


@q("s4-094", PARK, "What share of sessions were paid through the app?",
   "Sessions whose payment_method folds to App / all sessions.")
def _():
    return percent(pct(sum(1 for r in PK if r["pay"] == "app"), len(PK)))


@q("s4-095", PARK, "How many parking fines were issued?",
   "Sessions with fine_issued yes (Yes, Y, yes, ...).")
def _():
    return count(sum(1 for r in PK if r["fined"]))


@q("s4-096", PARK, "Which zone has the highest fine rate?",
   "Per folded zone: sessions fined / sessions; the largest.")
def _():
    n, f = Counter(), Counter()
    for r in PK:
        n[r["zone"]] += 1
        f[r["zone"]] += r["fined"]
    k, v = top({k: f[k] / n[k] for k in n}, margin=0.1)
    return {"label": [ZN[k]]}


@q("s4-097", PARK, "Excluding permit holders, what's the average fee paid at the beachfront?",
   "Mean amount_paid over sessions whose zone folds to Beachfront and whose payment_method is not Permit.")
def _():
    return money(mean(r["amt"] for r in PK if r["zone"] == "beachfront" and r["pay"] != "permit"))


@q("s4-098", PARK, "How many sessions lasted more than 3 hours?",
   "Sessions whose exit_time - entry_time exceeds 180 minutes.")
def _():
    return count(sum(1 for r in PK if r["mins"] > 180))


@q("s4-099", PARK, "How many different cars used our car parks?",
   "Distinct plate.")
def _():
    return count(len({r["plate"] for r in PK}))


@q("s4-100", PARK, "How many cars parked with us more than 20 times?",
   "Sessions per plate; plates above 20 (none within 3%).")
def _():
    return count(count_over(Counter(r["plate"] for r in PK).values(), 20))


@q("s4-101", PARK, "How much more did we make in January than in June?",
   "amount_paid in January 2024 minus in June 2024.")
def _():
    a = paid(r for r in PK if r["t0"].month == 1)
    b = paid(r for r in PK if r["t0"].month == 6)
    assert a > b
    return money(a - b)


@q("s4-102", PARK, "What percentage of sessions were electric vehicles?",
   "Sessions whose vehicle_type folds to EV / all sessions.")
def _():
    return percent(pct(sum(1 for r in PK if r["vehicle"] == "ev"), len(PK)))


@q("s4-103", PARK, "Which month had the most parking sessions?",
   "Sessions counted by month of entry_time; the largest.")
def _():
    k, _v = top(Counter(r["t0"].month for r in PK), margin=0.05)
    return {"label": month_labels(2024, k, year_unique=True)}


@q("s4-104", PARK, "Which zone's takings dropped the most from January to June, in percent?",
   "Per folded zone: amount_paid in June vs January 2024, percent fall; the largest fall (a positive number).")
def _():
    a, b = defaultdict(float), defaultdict(float)
    for r in PK:
        if r["t0"].month == 6:
            a[r["zone"]] += r["amt"]
        elif r["t0"].month == 1:
            b[r["zone"]] += r["amt"]
    k, v = top({k: pct(b[k] - a[k], b[k]) for k in b}, margin=0.1)
    assert v > 0
    return {"label": [ZN[k]], "number": round(v, 4), "unit": "%"}


@q("s4-105", PARK, "total revenue from motorbikes?",
   "Sum of amount_paid over sessions whose vehicle_type folds to Motorbike.")
def _():
    return money(paid(r for r in PK if r["vehicle"] == "motorbike"))


@q("s4-106", PARK, "how many people paid cash at the station",
   "Sessions whose zone folds to Station and payment_method folds to Cash.")
def _():
    return count(sum(1 for r in PK if r["zone"] == "station" and r["pay"] == "cash"))


@q("s4-107", PARK, "How many hours in total did cars spend parked at the hospital in June?",
   "Sum of exit_time - entry_time in hours over sessions whose zone folds to Hospital, entering in June 2024.")
def _():
    return value(sum(r["mins"] for r in PK if r["zone"] == "hospital" and r["t0"].month == 6) / 60, "hours")


@q("s4-108", PARK, "How many sessions started on a weekend?",
   "Sessions whose entry_time falls on a Saturday or Sunday.")
def _():
    return count(sum(1 for r in PK if r["t0"].weekday() >= 5))


# ==============================================================================================
# harvests.csv — fruit farm picks, 2023-2024 (day-first dates; revenue = kg x price; grade-A share 0-1)

H = D["picks"]
CR = D["crop_names"]
HAR = ["harvests.csv"]


def kg(rows):
    return sum(r["kg"] for r in rows)


@q("s4-109", HAR, "How many kilos did we pick in 2024?",
   "Sum of kg_picked over picks dated 2024 (thousands separators read).")
def _():
    return value(kg(r for r in H if r["date"].year == 2024), "kg")


@q("s4-110", HAR, "Which crop gave us the most kilos overall?",
   "Sum of kg_picked by folded crop, both years; the largest.")
def _():
    by = defaultdict(float)
    for r in H:
        by[r["crop"]] += r["kg"]
    k, _v = top(by, margin=0.1)
    return {"label": [CR[k]]}


@q("s4-111", HAR, "Which fruit made us the most money in 2024?",
   "Sum of kg_picked x price_per_kg by folded crop over picks dated 2024; the largest, with its total.")
def _():
    by = defaultdict(float)
    for r in H:
        if r["date"].year == 2024:
            by[r["crop"]] += r["rev"]
    k, v = top(by, margin=0.05)
    return {"label": [CR[k]], "number": round(v, 2), "unit": "$"}


@q("s4-112", HAR, "What was our total harvest revenue in 2023?",
   "Sum of kg_picked x price_per_kg over picks dated 2023.")
def _():
    return money(sum(r["rev"] for r in H if r["date"].year == 2023))


@q("s4-113", HAR, "What share of the fruit we picked was grade A?",
   "sum(kg_picked x grade_a_share) / sum(kg_picked), both years.")
def _():
    return percent(pct(sum(r["a_kg"] for r in H), kg(H)))


@q("s4-114", HAR, "How many kilos of grade A cherries did we get?",
   "sum(kg_picked x grade_a_share) over picks whose crop folds to Cherries, both years.")
def _():
    return value(sum(r["a_kg"] for r in H if r["crop"] == "cherries"), "kg")


@q("s4-115", HAR, "Which crew picked the most?",
   "Sum of kg_picked by crew; the largest.")
def _():
    by = defaultdict(float)
    for r in H:
        by[r["crew"]] += r["kg"]
    k, _v = top(by, margin=0.05)
    return {"label": [k, k.replace("Crew ", "")]}


@q("s4-116", HAR, "Which month in 2024 did we pick the most fruit, by weight?",
   "Sum of kg_picked by month over picks dated 2024; the largest.")
def _():
    by = defaultdict(float)
    for r in H:
        if r["date"].year == 2024:
            by[r["date"].month] += r["kg"]
    k, _v = top(by, margin=0.025)
    return {"label": month_labels(2024, k, year_unique=True)}


@q("s4-117", HAR, "Which crop grew the most in kilos from 2023 to 2024, in percent?",
   "Per folded crop: kg_picked dated 2024 vs dated 2023, percent change; the largest.")
def _():
    a, b = defaultdict(float), defaultdict(float)
    for r in H:
        (a if r["date"].year == 2024 else b)[r["crop"]] += r["kg"]
    k, v = top({k: pct(a[k] - b[k], b[k]) for k in b}, margin=0.1)
    return {"label": [CR[k]], "number": round(v, 4), "unit": "%"}


@q("s4-118", HAR, "How many fields did we pick from?",
   "Distinct field.")
def _():
    return count(len({r["field"] for r in H}))


@q("s4-119", HAR, "How many fields yielded more than 40,000 kg in 2024?",
   "Sum of kg_picked per field over picks dated 2024; fields above 40,000 (none within 3%).")
def _():
    by = defaultdict(float)
    for r in H:
        if r["date"].year == 2024:
            by[r["field"]] += r["kg"]
    return count(count_over(by.values(), 40000))


@q("s4-120", HAR, "How many kg were rejected in total?",
   "Sum of rejected_kg where given (blank, n/a and - left out).")
def _():
    return value(sum(r["rej"] for r in H if r["rej"] is not None), "kg")


@q("s4-121", HAR, "What percent of 2024 revenue came from organic fields?",
   "kg x price of 2024 picks with organic yes / kg x price of all 2024 picks.")
def _():
    rows = [r for r in H if r["date"].year == 2024]
    return percent(pct(sum(r["rev"] for r in rows if r["organic"]), sum(r["rev"] for r in rows)))


@q("s4-122", HAR, "median kilos per pick for apples?",
   "Median kg_picked over picks whose crop folds to Apples, both years.")
def _():
    return value(statistics.median(r["kg"] for r in H if r["crop"] == "apples"), "kg")


@q("s4-123", HAR, "How many picks happened on days with more than 10mm of rain?",
   "Picks with rain_mm above 10.")
def _():
    assert not [r for r in H if r["rain"] == 10.0]
    return count(sum(1 for r in H if r["rain"] > 10))


@q("s4-124", HAR, "Excluding apples, how many kilos did we pick in 2024?",
   "Sum of kg_picked over 2024 picks whose crop is not Apples.")
def _():
    return value(kg(r for r in H if r["date"].year == 2024 and r["crop"] != "apples"), "kg")


@q("s4-125", HAR, "how many BLUEBERRY picks were there in january 2024",
   "Picks whose crop folds to Blueberries, dated January 2024.")
def _():
    return count(sum(1 for r in H if r["crop"] == "blueberries" and ym(r["date"]) == (2024, 1)))


@q("s4-126", HAR, "top 3 fields by revenue",
   "Sum of kg_picked x price_per_kg per field, both years; the three largest.")
def _():
    by = defaultdict(float)
    for r in H:
        by[r["field"]] += r["rev"]
    return {"labels": top_n(by, 3)}


@q("s4-127", HAR, "What's the highest price per kg we got for cherries?",
   "Largest price_per_kg over picks whose crop folds to Cherries.")
def _():
    return money(max(r["price"] for r in H if r["crop"] == "cherries"))


@q("s4-128", HAR, "How much more did we earn from strawberries in December 2024 than in December 2023?",
   "kg x price of Strawberries picks dated December 2024 minus December 2023.")
def _():
    a = sum(r["rev"] for r in H if r["crop"] == "strawberries" and ym(r["date"]) == (2024, 12))
    b = sum(r["rev"] for r in H if r["crop"] == "strawberries" and ym(r["date"]) == (2023, 12))
    assert a > b
    return money(a - b)


# ----------------------------------------------------------------------------------------------


def main():
    ids = [x["id"] for x in QUESTIONS]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert ids == [f"s4-{i:03d}" for i in range(1, len(ids) + 1)], "ids not consecutive"
    out = []
    failed = []
    for x in QUESTIONS:
        try:
            truth = x["fn"]()
        except AssertionError as e:
            failed.append(f"{x['id']}: {e}")
            continue
        out.append({"id": x["id"], "dataset": x["dataset"], "question": x["question"], "truth": truth,
                    "note": x["note"]})
    if failed:
        raise SystemExit("truths not clear-cut:\n" + "\n".join(failed))
    with open(HERE / "questions.json", "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(f"{len(out)} questions written to questions.json")


if __name__ == "__main__":
    main()
