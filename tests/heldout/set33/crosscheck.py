#!/usr/bin/env python3
"""Held-out set 33: recomputes every truth of questions.json a second way and compares.

No code shared with truths.py: files read with csv.DictReader by header name, cells cleaned with regular
expressions into an in-memory SQLite database (money as integer pennies / cents, dates as ISO text, names as
their letters only with a separate synonym table), and every figure computed by a SQL query (day differences
with julianday(), weekdays with strftime('%w'), minutes from the HH:MM text). Exit 1 on any mismatch.
"""

import csv
import json
import re
import sqlite3
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
MON = {m: i + 1 for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}
MONTH_NAME = ["", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"]
WD = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]

db = sqlite3.connect(":memory:")
X = db.execute


def one(sql, *a):
    return db.execute(sql, a).fetchone()[0]


def letters(s):
    return re.sub(r"[^a-z]", "", s.lower())


NUM = re.compile(r"^\s*(-)?\s*[£$]?\s*(-)?\s*(\d[\d,]*(?:\.\d+)?)\s*(?:hrs|h|mm|mph|bags?)?\s*$", re.I)


def number(s):
    m = NUM.match(s)
    if not m:
        return None
    v = float(m.group(3).replace(",", ""))
    return -v if (m.group(1) or m.group(2)) else v


def pennies(s):
    v = number(s)
    return None if v is None else int(round(v * 100))


def load(name):
    with open(DATA / name, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


# synonym table: letters-only spelling -> canonical name, per kind
X("create table syn (kind text, spelling text, canon text)")
SYN = {
    "task": {"mowing": "Mowing", "lawnmowing": "Mowing", "grasscutting": "Mowing", "hedgetrimming": "Hedges",
             "hedges": "Hedges", "hedgecutting": "Hedges", "weeding": "Weeding", "bordersweeding": "Weeding",
             "pruning": "Pruning", "leafclearance": "Leaves", "leaves": "Leaves", "clearingleaves": "Leaves"},
    "size": {"small": "S", "sm": "S", "medium": "M", "med": "M", "large": "L"},
    "cat": {"subs": "subs", "subscriptions": "subs", "campfees": "campfee", "campfee": "campfee",
            "fundraising": "fund", "giftaid": "giftaid", "donation": "don", "donations": "don", "hallrent": "hall",
            "hallhire": "hall", "campcosts": "campcost", "campsite": "campcost", "badges": "badges",
            "badgesawards": "badges", "equipment": "equip", "kitequipment": "equip", "membershipfees": "census",
            "censusfees": "census", "hqmembership": "census", "insurance": "ins", "refund": "refund", "refunds": "refund"},
    "sec": {"beavers": "Beavers", "cubs": "Cubs", "cubscouts": "Cubs", "scouts": "Scouts", "group": "Group",
            "wholegroup": "Group", "": "Group"},
}
for kind, d in SYN.items():
    for k, v in d.items():
        X("insert into syn values (?,?,?)", (kind, k, v))


def canon(kind, s):
    r = db.execute("select canon from syn where kind=? and spelling=?", (kind, letters(s))).fetchone()
    if r is None:
        raise SystemExit(f"no synonym for {kind} {s!r}")
    return r[0]


# ---- gardener
X("create table gl (cust int, name text, village text, size text, since text)")
for r in load("gardens.csv"):
    m = re.match(r"(\d+) (\w{3}) (\d{4})$", r["Customer Since"].strip())
    X("insert into gl values (?,?,?,?,?)", (int(r["Cust No"]), r["Customer"].strip(), letters(r["Village"]),
                                           canon("size", r["Garden Size"]),
                                           f"{m.group(3)}-{MON[m.group(2).lower()]:02d}-{int(m.group(1)):02d}"))
X("create table gv (d text, cust int, task text, hours real, charge int, bags real, paid int, status text)")
for r in load("garden_visits.csv"):
    dd, mm, yy = re.match(r"(\d\d)/(\d\d)/(\d{4})$", r["Date"]).groups()
    st = letters(r["Status"])
    status = "done" if st in ("done", "completed") else "rain" if "rain" in st else "cancel" if "cancel" in st else "?"
    bags = 0.0 if r["Green Waste Bags"].strip().lower() == "none" else number(r["Green Waste Bags"])
    X("insert into gv values (?,?,?,?,?,?,?,?)", (f"{yy}-{mm}-{dd}", int(r["Cust No"]), canon("task", r["Job"]),
                                                 number(r["Hours"]), pennies(r["Charge"]), bags,
                                                 1 if letters(r["Paid"]) in ("yes", "y", "paid") else 0, status))

# ---- scouts
X("create table sl (d text, cat text, amt int, sec text, method text, void int)")
for r in load("scout_group_ledger.csv"):
    X("insert into sl values (?,?,?,?,?,?)", (r["Date"], canon("cat", r["Category"]), pennies(r["Amount"]),
                                             canon("sec", r["Section"]), letters(r["Method"]),
                                             1 if re.search("void", r["Note"], re.I) else 0))

# ---- weather
X("create table wx (d text, tmax real, tmin real, rain real, gust real, sun real)")
for r in load("weather_station_daily.csv"):
    dd, mon, yy = re.match(r"(\d\d)-(\w{3})-(\d{4})$", r["Date"]).groups()
    rain = 0.0 if r["Rainfall"].strip().lower() == "tr" else number(r["Rainfall"])
    X("insert into wx values (?,?,?,?,?,?)", (f"{yy}-{MON[mon.lower()]:02d}-{dd}", number(r["Max Temp (C)"]),
                                             number(r["Min Temp (C)"]), rain, number(r["Max Gust"]),
                                             number(r["Sunshine (hrs)"])))

# ---- trivia
X("create table tv (d text, season text, team text, absent int, players real, gk real, mu real, sp real, pic real,"
  " hi real, sci real, tab int)")
for r in load("trivia_league.csv"):
    mm, dd, yy = re.match(r"(\d+)/(\d+)/(\d{4})$", r["Date"]).groups()
    team = letters(r["Team"])
    team = team[3:] if team.startswith("the") else team
    ab = r["General Knowledge"].strip().lower() == "absent"
    vals = [None if ab else float(r[k]) for k in ("General Knowledge", "Music", "Sports", "Picture Round", "History", "Science")]
    X("insert into tv values (?,?,?,?,?,?,?,?,?,?,?,?)", [f"{yy}-{int(mm):02d}-{int(dd):02d}", r["Season"], team,
                                                         int(ab), number(r["Players"])] + vals + [pennies(r["Bar Tab"])])
TOT = "(gk+mu+sp+pic+hi+sci)"

# ---- courts
X("create table cb (d text, created text, start text, mins int, court int, who text, guest int, players real,"
  " flood int, fee int, status text)")
for r in load("court_bookings.csv"):
    st = letters(r["Status"])
    status = "played" if st == "confirmed" else "cancel" if st.startswith("cancel") else "noshow" if st.startswith("no") else "?"
    (h1, m1), (h2, m2) = (map(int, re.match(r"(\d\d):(\d\d)$", r[k]).groups()) for k in ("Start", "End"))
    X("insert into cb values (?,?,?,?,?,?,?,?,?,?,?)", (
        r["Play Date"], r["Created"][:10], r["Start"], (h2 * 60 + m2) - (h1 * 60 + m1),
        int(re.search(r"(\d)", r["Court"]).group(1)), letters(r["Booked By"]),
        int(letters(r["Member/Guest"]) in ("guest", "visitor")), number(r["Players"]),
        int(letters(r["Floodlights"]) in ("yes", "y", "true")), pennies(r["Fee"]), status))

# ================================================================================================
E = {}  # id -> expected: {"number"/"numbers"/"label"(canonical text)/"labels"}


def e(i, **kw):
    E[f"s33-{i:03d}"] = kw


def best(sql, *a, n=1):
    rs = db.execute(sql, a).fetchall()
    return rs[0][0] if n == 1 else [x[0] for x in rs[:n]]


# gardener
e(1, number=one("select sum(charge) from gv where d like '2025%'") / 100)
e(2, number=one("select count(*) from gv where status='rain'"))
e(3, number=one("select sum(hours) from gv where status='done' and d like '2024%'"))
e(4, number=one("select avg(charge) from gv where status='done' and d like '2025%' and charge is not null") / 100)
t = best("select task from gv where status='done' and d like '2025%' group by task order by sum(charge) desc", n=2)
e(5, label=t[0], labels=[t[1]])
e(6, number=(one("select sum(charge) from gv where d between '2025-04-01' and '2025-09-30'")
             - one("select sum(charge) from gv where d between '2024-04-01' and '2024-09-30'")) / 100)
e(7, label=best("select village from gv join gl using(cust) group by village order by sum(charge) desc"))
e(8, number=one("select sum(charge) from gv join gl using(cust) where size='L'") / 100)
e(9, label=best("select name from gv join gl using(cust) group by cust order by sum(charge) desc"))
e(10, number=one("select count(*) from gv where status='done' and charge is null"))
e(11, number=one("select sum(charge) from gv where status='done' and paid=0") / 100)
e(12, number=one("select sum(charge)/100.0/sum(hours) from gv where status='done' and charge is not null and hours is not null"))
e(13, number=one("select sum(bags) from gv where d like '2025%'"))
e(14, label=MONTH_NAME[int(best("select substr(d,6,2) m from gv where status='done' and d like '2024%' group by m order by count(*) desc"))])
e(15, number=100.0 * one("select avg(status='rain') from gv"))
e(16, number=one("select count(*) from gv where charge > 10000"))
e(17, number=one("select count(*) from gl where cust not in (select cust from gv where d like '2025%')"))
e(18, number=one("select julianday((select min(d) from gv where status='done' and d like '2025%'))"
                 " - julianday((select max(d) from gv where status='done' and d like '2024%'))"))
e(19, number=one("select count(distinct cust) from gv where status='done' and d like '2024%'"))
e(20, number=one("select avg(hours) from gv where status='done' and task='Mowing'"))
e(21, label=WD[int(best("select strftime('%w', d) w from gv where status='done' group by w order by count(*) desc"))])
e(22, number=one("select sum(charge) from gv join gl using(cust) where village='oakley' and d like '2025%'") / 100)
e(23, label=best("select name from gl order by since"))

# scouts
L = "from sl where void=0"
e(24, number=one(f"select sum(amt) {L} and amt>0 and d like '2024%'") / 100)
e(25, number=-one(f"select sum(amt) {L} and amt<0 and d like '2024%'") / 100)
e(26, number=one(f"select sum(amt) {L} and d like '2025%'") / 100)
e(27, number=one(f"select sum(amt) {L} and cat='subs' and d like '2025%'") / 100)
e(28, number=(one(f"select sum(amt) {L} and cat='subs' and d between '2025-01-01' and '2025-09-30'")
              - one(f"select sum(amt) {L} and cat='subs' and d between '2024-01-01' and '2024-09-30'")) / 100)
t = best(f"select sec {L} and cat='subs' and d like '2024%' group by sec order by sum(amt) desc", n=2)
e(29, label=t[0], labels=[t[1]])
r = db.execute(f"select cat, amt {L} order by amt limit 1").fetchone()
e(30, number=-r[1] / 100, label={"census": "Membership fees"}.get(r[0], r[0]))
e(31, number=(one(f"select sum(amt) {L} and cat='campfee' and d like '2025%'")
              + one(f"select sum(amt) {L} and cat='campcost' and d like '2025%'")) / 100)
e(32, number=-one(f"select sum(amt) {L} and cat='hall' and d like '2024%'") / 100)
e(33, number=100.0 * one(f"select sum(case when cat='fund' then amt else 0 end)*1.0/sum(amt) {L} and amt>0 and d like '2024%'"))
e(34, number=one("select count(*) from sl where void=1"))
e(35, numbers=[one(f"select count(*) {L} and cat='refund'"), -one(f"select sum(amt) {L} and cat='refund'") / 100])
e(36, label=MONTH_NAME[int(best(f"select substr(d,6,2) m {L} and amt>0 and d like '2025%' group by m order by sum(amt) desc"))])
e(37, number=one(f"select avg(amt) {L} and cat='subs'") / 100)
t = best(f"select cat {L} and amt<0 and d like '2024%' group by cat order by sum(amt)", n=2)
e(38, label={"campcost": "Camp costs"}.get(t[0], t[0]), labels=[{"hall": "Hall rent"}.get(t[1], t[1])])
e(39, number=one(f"select count(*) {L} and amt>20000"))
e(40, number=one(f"select sum(amt) {L} and cat='giftaid'") / 100)
e(41, number=100.0 * one(f"select sum(case when method='cash' then amt else 0 end)*1.0/sum(amt) {L} and amt>0"))
e(42, number=one(f"select sum(amt) {L} and amt>0 and sec='Beavers' and d like '2025%'") / 100)
e(43, number=-one(f"select sum(amt) {L} and cat='badges'") / 100)
e(44, number=(one(f"select sum(amt) {L} and cat='fund' and d between '2024-01-01' and '2024-09-30'")
              - one(f"select sum(amt) {L} and cat='fund' and d between '2025-01-01' and '2025-09-30'")) / 100)
e(45, number=-one(f"select sum(amt) {L} and cat='equip' and d like '2025%'") / 100)

# weather
e(46, number=one("select sum(rain) from wx where d like '2024%'"))
e(47, label=MONTH_NAME[int(best("select substr(d,6,2) m from wx where d like '2024%' group by m order by sum(rain) desc"))])
r = db.execute("select d, rain from wx where rain is not null order by rain desc limit 1").fetchone()
e(48, label=r[0], number=r[1])
e(49, number=one("select count(*) from wx where d like '2024%' and rain > 10"))
e(50, number=one("select count(*) from wx where d between '2024-11-01' and '2025-03-31' and tmin < 0"))
r = db.execute("select d, tmax from wx where tmax is not null order by tmax desc limit 1").fetchone()
e(51, label=r[0], number=r[1])
e(52, number=one("select avg(tmax) from wx where d like '2025-07%'"))
e(53, number=one("select avg(tmax) from wx where d like '2025-07%'") - one("select avg(tmax) from wx where d like '2024-07%'"))
e(54, number=one("select sum(rain) from wx where d between '2024-01-01' and '2024-09-30'")
      - one("select sum(rain) from wx where d between '2025-01-01' and '2025-09-30'"))
e(55, number=one("select julianday('2025-09-30') - julianday('2024-01-01') + 1 - count(*) from wx"))
e(56, number=one("select count(*) from wx where rain is null"))
r = db.execute("select d, gust from wx where gust is not null order by gust desc limit 1").fetchone()
e(57, label=r[0], number=r[1])
e(58, number=one("select sum(sun) from wx where d like '2025-06%'"))
e(59, label=MONTH_NAME[int(best("select substr(d,6,2) m from wx where d like '2025%' group by m order by sum(sun) desc"))])
e(60, number=one("select avg(tmin) from wx where d like '2025-01%'"))
r = db.execute("select d, tmin from wx where tmin is not null order by tmin limit 1").fetchone()
e(61, label=r[0], number=r[1])
e(62, number=one("select count(*) from wx where d like '2025%' and tmax > 25"))
e(63, number=one("select count(*) from wx where gust > 40"))
e(64, number=one("select avg(tmax - tmin) from wx where d like '2024%' and tmax is not null and tmin is not null"))
e(65, number=100.0 * one("select sum(case when d >= '2024-10-01' then rain else 0 end)/sum(rain) from wx where d like '2024%'"))
e(66, number=one("select avg(sun) from wx where d like '2024%'"))

# trivia
P = "from tv where absent=0"
t = best(f"select team {P} and season='Spring 2025' group by team order by sum{TOT} desc", n=2)
e(67, label=t[0], labels=[t[1]])
r = db.execute(f"select team, {TOT} s {P} order by s desc limit 1").fetchone()
e(68, label=r[0], number=r[1])
e(69, number=one(f"select avg{TOT} {P} and season='Fall 2024'"))
avgs = db.execute(f"select avg(gk)/10, avg(mu)/10, avg(sp)/10, avg(pic)/20, avg(hi)/10, avg(sci)/10 {P}").fetchone()
e(70, label=["General Knowledge", "Music", "Sports", "Picture Round", "History", "Science"][avgs.index(min(avgs))])
e(71, number=one(f"select sum{TOT} {P} and team='quizzlybears'"))
e(72, number=one("select count(*) from tv where absent=1 and team='trivianewtonjohn'"))
e(73, number=one(f"select sum(tab) {P} and d like '2025%'") / 100)
e(74, label=best(f"select team {P} group by team order by sum(tab) desc"))
e(75, number=one(f"select avg(tab) {P}") / 100)
e(76, number=one(f"select count(*) {P} and pic = 20"))
e(77, number=one(f"select avg(mu) {P} and team='quizzlybears'"))
e(78, number=one(f"select avg{TOT} {P} and team='punintended' and season='Spring 2025'")
      - one(f"select avg{TOT} {P} and team='punintended' and season='Spring 2024'"))
e(79, number=one("select count(distinct team) from tv where season='Fall 2024'"))
e(80, number=one(f"select sum(tab)/100.0/sum(players) {P} and tab is not null and players is not null"))
r = db.execute(f"select team, tab {P} and tab is not null order by tab desc limit 1").fetchone()
e(81, label=r[0], number=r[1] / 100)
e(82, number=one(f"select count(*) {P} and tab is null"))
e(83, number=one(f"select sum(pic) {P}"))
e(84, number=100.0 * one(f"select sum(case when team='quizzlybears' then tab else 0 end)*1.0/sum(tab) {P} and d like '2024%'"))
e(85, number=one("select count(distinct d) from tv where season='Spring 2025'"))
e(86, label=best(f"select team {P} and season='Fall 2024' group by team order by avg{TOT}"))
e(87, label=best(f"""select a.team from
      (select team, avg{TOT} v {P} and season='Spring 2024' group by team) a join
      (select team, avg{TOT} v {P} and season='Spring 2025' group by team) b using(team) order by b.v - a.v desc"""))

# courts
e(88, number=one("select sum(fee) from cb where d like '2025%'") / 100)
e(89, number=one("select sum(mins)/60.0 from cb where status='played' and d like '2024-08%'"))
t = best("select court from cb group by court order by count(*) desc", n=2)
e(90, label=f"Court {t[0]}", labels=[f"Court {t[1]}"])
e(91, number=one("select avg(mins) from cb where status='played'"))
e(92, number=100.0 * one("select avg(status='cancel') from cb"))
e(93, number=one("select count(*) from cb where status='noshow'"))
e(94, number=one("select sum(fee) from cb where guest=1 and d like '2025%'") / 100)
e(95, number=one("select avg(julianday(d) - julianday(created)) from cb"))
e(96, number=one("select max(julianday(d) - julianday(created)) from cb"))
e(97, label=best("select start from cb where status='played' group by start order by count(*) desc"))
e(98, label=WD[int(best("select strftime('%w', d) w from cb group by w order by count(*) desc"))])
e(99, number=one("select count(*) from cb where status='played' and flood=1 and d between '2024-10-01' and '2025-03-31'"))
e(100, number=one("select sum(fee)/100.0/(sum(mins)/60.0) from cb where status='played' and guest=1 and fee is not null"))
t = best("select who from cb group by who order by count(*) desc", n=2)
e(101, label=t[0], labels=[t[1]])
e(102, number=one("select count(*) from cb where d between '2025-06-01' and '2025-08-31'")
       - one("select count(*) from cb where d between '2024-06-01' and '2024-08-31'"))
e(103, number=one("select count(*) from cb where players is null"))
e(104, number=one("select avg(players) from cb"))
e(105, number=one("select count(*) from cb where julianday(d) - julianday(created) > 14"))
e(106, label=MONTH_NAME[int(best("select substr(d,6,2) m from cb where status='played' and d like '2024%' group by m order by sum(mins) desc"))])
e(107, number=one("select sum(mins)/60.0 from cb where status='played' and court in (4,5) and d like '2025%'"))
e(108, number=one("select sum(fee) from cb where guest=0 and d like '2024%'") / 100)
e(109, number=one("select count(*) from cb where who='islareeve' and d like '2025%'"))

# ================================================================================================


def lab_ok(mine, spellings):
    key = re.sub(r"[^a-z0-9]", "", mine.lower())
    return any(key == re.sub(r"[^a-z0-9]", "", x.lower()) for x in spellings)


def main():
    qs = json.loads((HERE / "questions.json").read_text(encoding="utf-8"))
    bad = []
    for q in qs:
        exp = E.get(q["id"])
        t = q["truth"]
        if exp is None:
            bad.append(f"{q['id']}: not recomputed")
            continue
        ok = True
        if "number" in exp:
            ok &= "number" in t and abs(exp["number"] - t["number"]) <= 2e-6
        if "numbers" in exp:
            ok &= len(exp["numbers"]) == len(t.get("numbers", [])) and all(
                abs(a - b) <= 2e-6 for a, b in zip(exp["numbers"], t["numbers"]))
        if "label" in exp:
            ok &= "label" in t and lab_ok(exp["label"], t["label"])
        if "labels" in exp:
            ok &= len(exp["labels"]) == len(t.get("labels", [])) and all(
                lab_ok(a, b) for a, b in zip(exp["labels"], t["labels"]))
        if set(exp) != set(t) - {"unit"}:
            ok = False
        if not ok:
            bad.append(f"{q['id']}: crosscheck {exp} vs truth {t}")
    for b in bad:
        print(b)
    print(f"crosscheck {len(qs) - len(bad)}/{len(qs)}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
