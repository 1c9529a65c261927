#!/usr/bin/env python3
"""Held-out set 37: recomputes the truths of questions.json a second way and compares.

No code is shared with truths.py: files are read with csv.DictReader (the booking form's long headers found by
regular expression), categories and statuses are grouped by keyword rules written afresh, values are cleaned
by regular expressions into an in-memory SQLite database (money in integer pennies, dates as ISO text,
times as minutes), and every figure is a SQL query. Numbers must agree to within 2e-6; labels on their letters.

    python3 crosscheck.py          # exit 1 on any mismatch
    python3 crosscheck.py --show   # print every comparison
"""

import csv
import json
import re
import sqlite3
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
SHOW = "--show" in sys.argv

db = sqlite3.connect(":memory:")
db.create_function("wd", 1, lambda iso: None if iso is None else
                   __import__("datetime").date.fromisoformat(iso).weekday())


def rows(name):
    with open(DATA / name, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def one(sql, *a):
    return db.execute(sql, a).fetchone()


def allr(sql, *a):
    return db.execute(sql, a).fetchall()


def pence(s):
    """Integer pennies, or None."""
    t = re.sub(r"[£,\s]", "", s or "")
    m = re.fullmatch(r"(-?)(\d+)(?:\.(\d{1,2}))?", t)
    if not m:
        return None
    v = int(m.group(2)) * 100 + int((m.group(3) or "0").ljust(2, "0"))
    return -v if m.group(1) else v


def quantity(s):
    t = re.sub(r"(?i)\s*(miles?|mi|days?|years? old|years|yrs)\s*$", "", (s or "").strip())
    t = t.replace(",", "")
    return float(t) if re.fullmatch(r"\d*\.?\d+", t) else None


def iso_dmy(s):
    d, m, y = re.fullmatch(r"(\d{2})/(\d{2})/(\d{4})", s.strip()).groups()
    return f"{y}-{m}-{d}"


def low(s):
    return " ".join((s or "").lower().split())


def letters(s):
    return re.sub(r"[^a-z0-9]", "", s.lower())


# ----------------------------------------------------------------------------------------------
TRUTH = {q["id"]: q for q in json.load(open(HERE / "questions.json", encoding="utf-8"))}
results = []


def check(qid, number=None, numbers=None, label=None, runner=None):
    t = TRUTH[qid]["truth"]
    ok = True
    got = {}
    if number is not None:
        ok &= "number" in t and abs(t["number"] - number) <= 2e-6 + 1e-9 * abs(number)
        got["number"] = round(number, 6)
    if numbers is not None:
        ok &= "numbers" in t and len(t["numbers"]) == len(numbers) and all(
            abs(a - b) <= 2e-6 for a, b in zip(t["numbers"], numbers))
        got["numbers"] = numbers
    if label is not None:
        ok &= "label" in t and letters(label) in {letters(x) for x in t["label"]}
        got["label"] = label
    if runner is not None:
        ok &= "labels" in t and letters(runner) in {letters(x) for x in t["labels"][0]}
        got["runner"] = runner
    results.append((qid, ok, got, t))


MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
       "November", "December"]


def month_name(ym):
    y, m = ym.split("-")
    return f"{MON[int(m) - 1]} {y}"


# ==============================================================================================
# staff leave
def kind_of(t):
    t = low(t)
    if "sick" in t or t == "ill":
        return "sick"
    if "annual" in t or "holiday" in t or t in ("al", "hols"):
        return "annual"
    if "toil" in t or "lieu" in t:
        return "toil"
    if "unpaid" in t:
        return "unpaid"
    if "compassion" in t or "bereave" in t:
        return "comp"
    if "appt" in t or "dentist" in t:
        return "appt"
    raise ValueError(t)


def status_of(t):
    t = low(t)
    if "not approved" in t or "declin" in t or "reject" in t:
        return "declined"
    if "cancel" in t or "withdr" in t:
        return "cancelled"
    if "pend" in t or "await" in t:
        return "pending"
    if "approv" in t or "authoris" in t or t in ("ok", "booked"):
        return "approved"
    return "none"


def team_of(t):
    t = low(t)
    if "hr" in t or "human" in t:
        return "HR"
    if "slt" in t or "leader" in t:
        return "Leadership"
    if "cust" in t:
        return "Customer Services"
    if t.startswith("op"):
        return "Operations"
    if "sales" in t:
        return "Sales"
    if "financ" in t or "account" in t:
        return "Finance"
    if "market" in t or "mktg" in t:
        return "Marketing"
    if "facil" in t:
        return "Facilities"
    if re.fullmatch(r"i\.?t\.?( support)?", t):
        return "IT"
    raise ValueError(t)


db.execute("create table lv (staff int, kind text, status text, dfrom text, dto text, days real, req text)")
for r in rows("staff_leave.csv"):
    d = low(r["Days"])
    days = 0.5 if d in ("half day", "half", "½ day") else quantity(d)
    db.execute("insert into lv values (?,?,?,?,?,?,?)",
               (int(r["Staff No"]), kind_of(r["Leave type"]), status_of(r["Status"]), iso_dmy(r["From"]),
                iso_dmy(r["To"]), days, iso_dmy(r["Date requested"]) if r["Date requested"].strip() else None))
db.execute("create table st (staff int, name text, team text, office text, allow real)")
for r in rows("staff_list.csv"):
    o = low(r["Office"])
    office = "Leeds" if "leeds" in o else ("Manchester" if "manchester" in o or o == "mcr" else "Remote")
    allow = float(re.match(r"[\d.]+", r["Holiday allowance 2024 (days)"]).group())
    db.execute("insert into st values (?,?,?,?,?)", (int(r["Staff No"]), r["Name"], team_of(r["Team"]), office, allow))
db.execute("create view taken as select * from lv where kind='sick' or status='approved'")

check("s37-001", one("select sum(days) from taken where kind='annual' and dfrom like '2024%'")[0])
check("s37-002", one("select sum(days) from taken where kind='sick' and dfrom like '2024%'")[0])
check("s37-003", one("select avg(days) from taken where kind='sick'")[0])
check("s37-004", one("select count(*) from lv where kind='annual' and status='declined'")[0])
check("s37-005", one("select count(*) from lv where status='pending'")[0])
r = allr("select substr(dfrom,1,7) m, sum(days) s from taken where kind='annual' and dfrom like '2024%' "
         "group by m order by s desc limit 2")
check("s37-006", label=month_name(r[0][0]), runner=month_name(r[1][0]))
check("s37-007", one("select count(distinct staff) from taken where kind='sick' and dfrom like '2024%'")[0])
r = one("select st.name, sum(days) s from taken join st using(staff) where kind='sick' and dfrom like '2024%' "
        "group by staff order by s desc limit 1")
check("s37-008", label=r[0])
check("s37-009", one("select sum(case when dfrom between '2025-01-01' and '2025-03-31' then days else 0 end) - "
                     "sum(case when dfrom between '2024-01-01' and '2024-03-31' then days else 0 end) "
                     "from taken where kind='sick'")[0])
check("s37-010", one("select avg(days) from taken where kind='annual' and dfrom like '2024%'")[0])
check("s37-011", one("select avg(julianday(dfrom) - julianday(req)) from lv where kind='annual' and "
                     "status='approved'")[0])
check("s37-012", one("select 100.0 * sum(case when kind='sick' then days else 0 end) / sum(days) from taken "
                     "where dfrom like '2024%'")[0])
check("s37-013", one("select count(*) from taken where kind='annual' and dfrom like '2024%' and days > 7")[0])
check("s37-014", one("select count(*) from lv where kind='annual' and status='cancelled'")[0])
WDN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
r = one("select wd(dfrom) w, count(*) c from taken where kind='sick' group by w order by c desc limit 1")
check("s37-015", label=WDN[r[0]])
check("s37-016", one("select count(*) from lv where days is null")[0])
r = one("select t.team, 1.0 * coalesce(s.d, 0) / t.n r from (select team, count(*) n from st group by team) t "
        "left join (select team, sum(days) d from taken join st using(staff) where kind='sick' and "
        "dfrom like '2024%' group by team) s using(team) order by r desc limit 1")
check("s37-017", label=r[0])
check("s37-018", one("select sum(days) from taken join st using(staff) where kind='annual' and dfrom like '2024%' "
                     "and team='Customer Services'")[0])
check("s37-019", one("select count(*) from st left join (select staff, sum(days) u from taken where kind='annual' "
                     "and dfrom like '2024%' group by staff) a using(staff) where allow - coalesce(u, 0) > 5")[0])
r = one("select o.office, 1.0 * s.d / o.n r from (select office, count(*) n from st group by office) o join "
        "(select office, sum(days) d from taken join st using(staff) where kind='sick' and dfrom like '2024%' "
        "group by office) s using(office) where o.office in ('Leeds','Manchester') order by r desc limit 1")
check("s37-020", label=r[0])
check("s37-021", one("select (select sum(days) from taken join st using(staff) where kind='sick' and "
                     "dfrom like '2024%' and team='Sales') * 1.0 / (select count(*) from st where team='Sales')")[0])
r = one("select t.team, 1.0 * coalesce(s.d, 0) / t.n r from (select team, count(*) n from st group by team) t "
        "left join (select team, sum(days) d from taken join st using(staff) where kind='annual' and "
        "dfrom like '2024%' group by team) s using(team) order by r asc limit 1")
check("s37-022", label=r[0])

# ==============================================================================================
# holiday club
hc = rows("holiday_club_bookings.csv")
H = {}
for key, pat in (("ts", r"^Timestamp$"), ("child", r"child's full name"), ("age", r"age on"),
                 ("weeks", r"which week"), ("mode", r"full days .* or mornings"), ("need", r"allerg"),
                 ("photo", r"photos"), ("heard", r"hear about"), ("sib", r"sibling"), ("paid", r"amount paid"),
                 ("notes", r"^notes")):
    (H[key],) = [h for h in hc[0] if re.search(pat, h, re.I)]
db.execute("create table hc (yr int, day text, child text, age int, weeks int, w1 int, w2 int, w3 int, w4 int, "
           "w5 int, w6 int, morn int, need int, nophoto int, heard text, sib int, dup int, canc int, paid int)")
for r in hc:
    m = re.fullmatch(r"(\d\d)/(\d\d)/(\d{4}) [\d:]+", r[H["ts"]])
    wk = set(int(w) for w in re.findall(r"Week\s+(\d)", r[H["weeks"]]))
    age = re.findall(r"\d+", r[H["age"]])
    need = low(r[H["need"]])
    heard = low(r[H["heard"]])
    if "facebook" in heard:
        heard = "Facebook"
    elif "newsletter" in heard:
        heard = "School newsletter"
    elif "last year" in heard:
        heard = "came last year"
    elif any(k in heard for k in ("friend", "sister", "mum")):
        heard = "friend or family member"
    elif any(k in heard for k in ("poster", "banner", "noticeboard")):
        heard = "poster"
    else:
        heard = "other"
    notes, paid = low(r[H["notes"]]), low(r[H["paid"]])
    db.execute("insert into hc values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
               (int(m.group(3)), f"{m.group(3)}-{m.group(2)}-{m.group(1)}", low(r[H["child"]]),
                int(age[0]) if age else None, len(wk), *[int(i in wk) for i in range(1, 7)],
                int(low(r[H["mode"]]).startswith("morning")),
                int(not re.fullmatch(r"(no|none|n/a|-|nope|nothing|)", need)),
                int(re.match(r"no\b", low(r[H["photo"]])) is not None), heard, int(low(r[H["sib"]]) == "yes"),
                int("dup" in notes), int("cancel" in notes or "refund" in paid),
                None if "refund" in paid else pence(r[H["paid"]])))
db.execute("create view ok as select * from hc where dup=0 and canc=0")
check("s37-023", one("select count(*) from ok where yr=2025")[0])
r = one("select " + ", ".join(f"sum(w{i})" for i in range(1, 7)) + " from ok where yr=2025")
order = sorted(range(6), key=lambda i: -r[i])
check("s37-024", label=f"Week {order[0] + 1}", runner=f"Week {order[1] + 1}")
check("s37-025", one("select sum(weeks) from ok where yr=2025")[0])
check("s37-026", one("select sum(paid) from ok where yr=2025")[0] / 100)
check("s37-027", one("select count(*) from ok where yr=2025 and paid is null")[0])
check("s37-028", one("select 100.0 * avg(need) from ok where yr=2025")[0])
check("s37-029", one("select sum(nophoto) from ok where yr=2025")[0])
check("s37-030", one("select avg(age) from ok where yr=2025")[0])
check("s37-031", one("select 100.0 * avg(morn) from ok where yr=2025")[0])
check("s37-032", one("select sum(case yr when 2025 then weeks else -weeks end) from ok")[0])
check("s37-033", one("select sum(case yr when 2025 then paid else -paid end) from ok where paid is not null")[0] / 100)
r = allr("select heard, count(*) c from ok where yr=2025 group by heard order by c desc limit 2")
check("s37-034", label=r[0][0], runner=r[1][0])
check("s37-035", one("select count(*) from ok a where yr=2025 and exists (select 1 from ok b where b.yr=2024 and "
                     "replace(b.child,' ','')=replace(a.child,' ',''))")[0])
check("s37-036", one("select sum(dup) from hc")[0])
check("s37-037", one("select avg(weeks) from ok where yr=2025")[0])
check("s37-038", one("select count(*) from ok where yr=2025 and weeks=6")[0])
check("s37-039", one("select sum(sib) from ok where yr=2025")[0])
r = one("select day, count(*) c from hc where yr=2025 and dup=0 group by day order by c desc limit 1")
check("s37-040", label=f"{int(r[0][8:])} {MON[int(r[0][5:7]) - 1]} {r[0][:4]}")
check("s37-041", one("select count(*) from hc where yr=2024 and dup=0 and canc=1")[0])
check("s37-042", one("select 1.0 * sum(paid) / sum(weeks) / 100 from ok where yr=2025 and paid is not null")[0])
check("s37-043", one("select count(*) from ok where yr=2025 and age < 8")[0])

# ==============================================================================================
# house share
MONTHS3 = {m[:3].lower(): i + 1 for i, m in enumerate(MON)}


def who(s):
    s = low(s)
    for k, v in (("jess", "Jess"), ("j", "Jess"), ("tom", "Tom"), ("pri", "Priya"), ("p", "Priya"),
                 ("cal", "Callum")):
        if s == k or s.startswith(k + " ") or (len(k) > 1 and s.startswith(k)):
            return v
    raise ValueError(s)


def cat_of(c):
    c = low(c)
    for keys, v in ((("settle", "paid back", "transfer"), "settle"), (("food", "grocer", "shopping"), "food"),
                    (("energy", "gas", "electric"), "energy"), (("water",), "water"),
                    (("broadband", "wifi", "internet"), "internet"), (("licence",), "tv"),
                    (("netflix", "stream"), "netflix"), (("household", "cleaning", "house stuff"), "household"),
                    (("take",), "takeaway"), (("party", "social", "drinks"), "social"), (("furniture",), "furniture")):
        if any(k in c for k in keys):
            return v
    raise ValueError(c)


db.execute("create table hs (id int, day text, what text, cat text, p int, payer text)")
db.execute("create table share (id int, person text, n int)")
for i, r in enumerate(rows("house_share_expenses.csv")):
    d, mon, y = r["Date"].split()
    day = f"{y}-{MONTHS3[mon[:3].lower()]:02d}-{int(d):02d}"
    db.execute("insert into hs values (?,?,?,?,?,?)", (i, day, r["What"], cat_of(r["Category"]), pence(r["Amount"]),
                                                      who(r["Paid by"])))
    sp = low(r["Split between"])
    everyone = ["Jess", "Tom", "Priya", "Callum"]
    if sp in ("", "all", "everyone", "4 ways", "all 4"):
        members = everyone
    elif sp.startswith("not "):
        members = [x for x in everyone if x != who(sp[4:])]
    else:
        members = [who(x) for x in re.split(r"\s*[,&+]\s*", sp)]
    for m in members:
        db.execute("insert into share values (?,?,?)", (i, m, len(members)))
db.execute("create view sp as select * from hs where cat<>'settle' and p is not null")
db.execute("create view yr as select *, case when day < '2024-09-01' then 1 else 2 end y from sp")
check("s37-044", one("select sum(p) from sp where cat='energy'")[0] / 100)
check("s37-045", one("select sum(p) from yr where cat='takeaway' and y=1")[0] / 100)
r = one("select substr(day,1,7) m, sum(p) s from sp where cat='energy' group by m order by s desc limit 1")
check("s37-046", number=r[1] / 100, label=month_name(r[0]))
r = allr("select payer, sum(p) s from sp group by payer order by s desc limit 2")
check("s37-047", label=r[0][0], runner=r[1][0])
r = one("select person, sum(b) t from (select payer person, p b from hs where p is not null union all "
        "select person, -1.0 * p / n from share join hs using(id) where p is not null) group by person "
        "order by t asc limit 1")
check("s37-048", label=r[0], number=-r[1] / 100)
check("s37-049", one("select avg(p) from sp where cat='food'")[0] / 100)
check("s37-050", one("select count(*) from sp where cat='food' and p > 10000")[0])
check("s37-051", one("select sum(p) from sp where day like '2024%'")[0] / 100)
check("s37-052", one("select sum(case y when 1 then p else -p end) from yr where cat='energy'")[0] / 100)
check("s37-053", one("select 100.0 * sum(case when cat='food' then p else 0 end) / sum(p) from sp")[0])
r = one("select what, p from sp order by p desc limit 1")
check("s37-054", number=r[1] / 100, label="sofa" if "sofa" in r[0].lower() else r[0])
r = one("select count(*), -sum(p) from sp where p < 0")
check("s37-055", numbers=[r[0], r[1] / 100])
check("s37-056", one("select count(*) from hs where p is null")[0])
check("s37-057", one("select sum(p) from sp where cat='food' and payer='Priya'")[0] / 100)
r = one("select payer, count(*) c from hs where cat='takeaway' group by payer order by c desc limit 1")
check("s37-058", label=r[0])
check("s37-059", one("select avg(p) from sp where cat='takeaway'")[0] / 100)
r = one("select substr(day,1,7) m, sum(p) s from sp group by m order by s desc limit 1")
check("s37-060", label=month_name(r[0]))
r = one("select cat, sum(case y when 2 then p else -p end) g from yr group by cat order by g desc limit 1")
check("s37-061", label=r[0])
check("s37-062", one("select count(*) from hs where cat<>'settle' and id in (select id from share where n < 4)")[0])
check("s37-063", one("select sum(p) from hs where cat='settle'")[0] / 100)
r = one("select p, (select count(*) from share s where s.id=hs.id) from sp hs where cat='tv' order by day desc "
        "limit 1")
check("s37-064", r[0] / 100 / r[1])

# ==============================================================================================
# community car scheme


def trip_status(s):
    s = low(s)
    if s in ("", "done", "completed"):
        return "done"
    if "driver" in s or "cover" in s:
        return "nodriver"
    if "not in" in s or "answer" in s:
        return "notin"
    if "canc" in s or "canx" in s:
        return "cancelled"
    raise ValueError(s)


def reason_of(s):
    s = low(s)
    if "hosp" in s or "outpatient" in s:
        return "hospital"
    if s in ("gp", "doctor", "gp appt", "surgery"):
        return "gp"
    return "other:" + s


def driver_of(s):
    s = low(s).replace("â", "a")
    for key, name in (("bob", "Bob Harris"), ("robert", "Bob Harris"), ("marg", "Margaret Cole"),
                      ("maggie", "Margaret Cole"), ("dev", "Dev Patel"), ("sue", "Sue Jenkins"),
                      ("susan", "Sue Jenkins"), ("alan", "Alan Brooks"), ("pat", "Pat O'Neill"),
                      ("geoff", "Geoff Barnes"), ("linda", "Linda Marsh"), ("keith", "Keith Doyle"),
                      ("ann", "Ann Whitfield"), ("trev", "Trevor Lane"), ("julie", "Julie Fox"),
                      ("howard", "Howard Price"), ("sian", "Sian Lloyd"), ("siân", "Sian Lloyd")):
        if s.startswith(key):
            return name
    return None if s == "" else "?" + s


def minutes(s):
    m = re.fullmatch(r"(\d{4}-\d\d-\d\d) (\d\d):(\d\d)", s.strip())
    return m.group(1), int(m.group(2)) * 60 + int(m.group(3))


db.execute("create table trip (day text, pick int, back int, pax int, drv text, dest text, reason text, "
           "miles real, don int, claim int, status text)")
for r in rows("community_car_trips.csv"):
    day, pick = minutes(r["Pick-up"])
    back = minutes(r["Back home"])[1] if r["Back home"].strip() else None
    don = 0 if low(r["Donation"]) in ("nil", "none") else pence(r["Donation"])
    db.execute("insert into trip values (?,?,?,?,?,?,?,?,?,?,?)",
               (day, pick, back, int(re.sub(r"[^0-9]", "", r["Passenger"])), driver_of(r["Driver"]),
                r["Going to"], reason_of(r["Reason"]), quantity(r["Miles"]), don, pence(r["Mileage claimed"]),
                trip_status(r["Status"])))
db.execute("create table pax (pax int, village text, wheel int, reg text, ref text)")
for r in rows("passengers.csv"):
    v = re.sub(r"[^a-z]", "", low(r["Village"]).replace("village", ""))
    v = {"lmarsh": "littlemarsh", "ltmarsh": "littlemarsh", "hatherly": "hatherley"}.get(v, v)
    db.execute("insert into pax values (?,?,?,?,?)",
               (int(r["Passenger No"][1:]), v, int(low(r["Wheelchair user?"]).startswith("y")),
                iso_dmy(r["Date registered"]), low(r["Referred by"])))
db.execute("create view done as select * from trip where status='done'")
check("s37-065", one("select count(*) from done where day like '2024%'")[0])
check("s37-066", one("select sum(miles) from done where day like '2024%'")[0])
check("s37-067", one("select sum(claim) from trip where day like '2024%'")[0] / 100)
check("s37-068", one("select sum(don) from trip")[0] / 100)
check("s37-069", one("select avg(don) from done where don is not null")[0] / 100)
check("s37-070", one("select 100.0 * avg(reason='hospital') from done")[0])
r = allr("select drv, count(*) c from done where day like '2024%' group by drv order by c desc limit 2")
check("s37-071", label=r[0][0], runner=r[1][0])
check("s37-072", one("select count(*) from trip where status='nodriver'")[0])
check("s37-073", one("select avg(back - pick) / 60.0 from done where reason='hospital'")[0])
r = one("select dest, miles from done where miles is not null order by miles desc limit 1")
check("s37-074", number=r[1], label=r[0].replace(" Hospital", ""))
r = one("select substr(day,1,7) m, count(*) c from done group by m order by c desc limit 1")
check("s37-075", label=month_name(r[0]))
check("s37-076", one("select sum(case when day between '2025-01' and '2025-07' then 1 when day between '2024-01' "
                     "and '2024-07' then -1 else 0 end) from done")[0])
r = one("select drv, sum(case when day between '2025-01' and '2025-07' then 1 when day between '2024-01' "
        "and '2024-07' then -1 else 0 end) g from done group by drv order by g desc limit 1")
check("s37-077", label=r[0])
check("s37-078", one("select count(*) from done where miles is null")[0])
check("s37-079", one("select count(distinct pax) from done where day like '2024%'")[0])
check("s37-080", one("select count(*) from done where miles > 30")[0])
VL = {"littlemarsh": "Little Marsh", "stonebridge": "Stonebridge", "ashcombe": "Ashcombe", "westfield": "Westfield",
      "hatherley": "Hatherley", "kingsmoor": "Kingsmoor"}
r = allr("select village, count(*) c from done join pax using(pax) group by village order by c desc limit 2")
check("s37-081", label=VL[r[0][0]], runner=VL[r[1][0]])
check("s37-082", one("select count(*) from done join pax using(pax) where day like '2024%' and wheel=1")[0])
check("s37-083", one("select sum(miles) from done join pax using(pax) where village='littlemarsh'")[0])
check("s37-084", one("select count(*) from pax where pax not in (select pax from done)")[0])
check("s37-085", one("select 100.0 * avg(ref like '%social%') from done join pax using(pax)")[0])
check("s37-086", one("select count(*) from done join pax using(pax) where reg like '2024%'")[0])

# ==============================================================================================
# geocaching


def gtype(s):
    s = low(s)
    for keys, v in ((("trad",), "traditional"), (("multi",), "multi"), (("myst", "unknown", "puzzle"), "mystery"),
                    (("earth",), "earth"), (("letter",), "letterbox"), (("virtual",), "virtual"),
                    (("wherigo",), "wherigo"), (("event", "cito"), "event")):
        if any(k in s for k in keys):
            return v
    raise ValueError(s)


def glog(s):
    s = low(s)
    if s.startswith("found") or s == "ftf":
        return "found"
    if "find" in s or s == "dnf":
        return "dnf"
    return s


db.execute("create table gl (day text, code text, name text, type text, size text, d real, t real, county text, "
           "log text, hike real, fav int)")
for r in rows("geocaching_log.csv"):
    m, d, y = r["Date"].split("/")
    h = low(r["Hike (mi)"])
    hk = 0.0 if h in ("p&g", "park & grab") else quantity(h)
    num = lambda s: float(s) if re.fullmatch(r"[\d.]+", s.strip()) else None  # noqa: E731
    db.execute("insert into gl values (?,?,?,?,?,?,?,?,?,?,?)",
               (f"{y}-{int(m):02d}-{int(d):02d}", r["GC Code"].upper().strip(), r["Cache Name"], gtype(r["Type"]),
                low(r["Size"]), num(r["D"]), num(r["T"]),
                re.split(r"\s+co(?:unty|\.)?\b", low(r["County"]))[0].strip(), glog(r["Log"]), hk,
                int(r["Fav"].strip() != "")))
db.execute("create view fc as select code, min(day) day, max(type) type, max(county) county, max(size) size "
           "from gl where log='found' group by code")
db.execute("create view cattr as select code, (select d from gl g2 where g2.code=g.code and d is not null "
           "order by rowid limit 1) d, (select t from gl g2 where g2.code=g.code and t is not null order by rowid "
           "limit 1) t from (select distinct code from gl) g")
check("s37-087", one("select count(*) from fc")[0])
check("s37-088", one("select count(*) from fc where day like '2024%'")[0])
check("s37-089", one("select count(*) from gl where log='dnf'")[0])
check("s37-090", one("select count(*) from fc join (select code, min(day) dn from gl where log='dnf' group by code) "
                     "using(code) where day > dn")[0])
check("s37-091", one("select 100.0 * avg(type='traditional') from fc")[0])
check("s37-092", one("select avg(d) from fc join cattr using(code)")[0])
check("s37-093", one("select count(*) from fc join cattr using(code) where t >= 4")[0])
r = allr("select county, count(*) c from fc group by county order by c desc limit 2")
check("s37-094", label=r[0][0], runner=r[1][0])
r = one("select substr(day,1,7) m, count(*) c from fc group by m order by c desc limit 1")
check("s37-095", label=month_name(r[0]))
r = one("select day, count(*) c from fc group by day order by c desc limit 1")
check("s37-096", number=r[1], label=f"{int(r[0][5:7])}/{int(r[0][8:])}/{r[0][:4]}")
check("s37-097", one("select count(distinct code) from gl where log='attended'")[0])
check("s37-098", one("select sum(hike) from gl where day like '2024%'")[0])
check("s37-099", one("select sum(case when day between '2025-01' and '2025-07' then 1 when day between '2024-01' "
                     "and '2024-07' then -1 else 0 end) from fc")[0])
r = one("select type, sum(case when day like '2024%' then 1 when day like '2023%' then -1 else 0 end) g from fc "
        "group by type order by g desc limit 1")
check("s37-100", label=r[0])
check("s37-101", one("select sum(fav) from gl")[0])
check("s37-102", one("select count(distinct day) from fc where day like '2024%'")[0])
check("s37-103", one("select count(*) from fc where size='micro'")[0])
check("s37-104", one("select count(*) from gl where d is null or t is null")[0])
check("s37-105", one("select 100.0 * (select count(distinct code) from gl where log='dnf' and code not in "
                     "(select code from fc)) / (select count(distinct code) from gl where log in ('found','dnf'))")[0])
r = one("select wd(day) w, count(*) c from fc group by w order by c desc limit 1")
check("s37-106", label=WDN[r[0]])
r = one("select name, hike from gl where hike is not null order by hike desc limit 1")
check("s37-107", label=r[0], number=r[1])
check("s37-108", one("select count(distinct code) from gl where log='found' and day like '2024%' and hike > 3")[0])

# ----------------------------------------------------------------------------------------------
bad = [x for x in results if not x[1]]
for qid, ok, got, t in results:
    if SHOW or not ok:
        print(f"{qid} {'ok ' if ok else 'MISMATCH'} got {got} truth {t}")
covered = len(results)
print(f"crosscheck: {covered - len(bad)} of {covered} agree ({len(TRUTH)} questions in questions.json)")
sys.exit(1 if bad else 0)
