#!/usr/bin/env python3
"""Held-out set 28 cross-check: recomputes every truth a second way and compares with questions.json.

The raw CSV text goes into SQLite as text; all cleaning is done in SQL views (money via replace/GLOB, folding via
lower/trim/replace, dates rebuilt with substr, durations with julianday, months named by position in a string).
No code is shared with truths.py. Exit 1 on any mismatch.
"""
import csv
import json
import sqlite3
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
db = sqlite3.connect(":memory:")
for name in ["framing_orders", "framing_mouldings", "band_ledger", "icecream_vans_daily", "chimney_jobs", "optician_orders"]:
    with open(HERE / "data" / f"{name}.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    cols = [f"c{i}" for i in range(len(rows[0]))]
    db.execute(f"CREATE TABLE raw_{name} ({', '.join(c + ' TEXT' for c in cols)})")
    db.executemany(f"INSERT INTO raw_{name} VALUES ({', '.join('?' * len(cols))})", rows[1:])


def M(x):  # money / number text -> REAL or NULL
    t = f"replace(replace(replace(replace(trim({x}),'£',''),'$',''),',',''),' ','')"
    return f"(CASE WHEN {t} GLOB '*[0-9]*' AND {t} NOT GLOB '*[a-zA-Z?/]*' THEN CAST({t} AS REAL) END)"


def F(x):  # fold
    return f"lower(trim(replace(replace(replace({x},'  ',' '),'  ',' '),'  ',' ')))"


def Y(x):
    return f"(lower(trim({x})) IN ('yes','y','true','1'))"


def DMY(x):
    return f"(CASE WHEN trim({x})<>'' THEN substr({x},7,4)||'-'||substr({x},4,2)||'-'||substr({x},1,2) END)"


def MDY(x):
    return f"(CASE WHEN trim({x})<>'' THEN substr({x},7,4)||'-'||substr({x},1,2)||'-'||substr({x},4,2) END)"


db.executescript(f"""
CREATE VIEW mo AS SELECT CAST(c0 AS INTEGER) code, c1 name, {F('c2')} mat, {F('c3')} colour, {M('c4')} ppm FROM raw_framing_mouldings;
CREATE VIEW fo AS SELECT {DMY('c1')} od, {DMY('c2')} cd, {F('c3')} art, CAST(c4 AS INTEGER) code, {F('c7')} glass,
  {Y('c8')} mount, {M('c9')} price, {F('c10')} st FROM raw_framing_orders;
CREATE VIEW fo2 AS SELECT fo.*, substr(od,1,4) y, CAST(substr(od,6,2) AS INTEGER) m,
  st LIKE 'cancel%' canc, st IN ('collected','picked up') coll FROM fo;
CREATE VIEW foj AS SELECT fo2.*, mo.name, mo.mat, mo.colour FROM fo2 JOIN mo ON mo.code = fo2.code;
CREATE VIEW bl AS SELECT c0 d, substr(c0,1,4) y, CAST(substr(c0,6,2) AS INTEGER) m, c2 det, {F('c3')} cat, {M('c4')} a,
  {F('c5')} st FROM raw_band_ledger;
CREATE VIEW b AS SELECT * FROM bl WHERE st NOT LIKE 'void%';
CREATE VIEW iv AS SELECT {DMY('c0')} d, {F('c1')} van, {F('c2')} pitch, {F('c3')} st, {M('c4')} cones, {M('c5')} tubs,
  {M('c6')} lol, {M('c7')} t, {M('c8')} fuel, {M('c9')} h, {M('c10')} temp FROM raw_icecream_vans_daily;
CREATE VIEW v AS SELECT iv.*, substr(d,1,4) y, CAST(substr(d,6,2) AS INTEGER) m FROM iv WHERE st='out';
CREATE VIEW cj AS SELECT {MDY('c1')} bd, {MDY('c2')} vd, {F('c3')} town, {F('c4')} app, trim(c5) sweep, {M('c6')} mins,
  {Y('c7')} extra, {M('c8')} ch, {Y('c9')} cert, {F('c10')} st FROM raw_chimney_jobs;
CREATE VIEW c AS SELECT cj.*, substr(vd,1,4) y, CAST(substr(vd,6,2) AS INTEGER) m, julianday(vd)-julianday(bd) lead
  FROM cj WHERE st IN ('done','completed');
CREATE VIEW oo AS SELECT c1 od, nullif(c2,'') due, nullif(c3,'') cd, {M('c4')} age, {F('c5')} lens, {F('c6')} brand,
  {Y('c7')} ag, {M('c8')} t, coalesce({M('c9')},0) vo, c10 disp, {F('c11')} st, substr(c1,1,4) y,
  CAST(substr(c1,6,2) AS INTEGER) m FROM raw_optician_orders;
CREATE VIEW o AS SELECT * FROM oo WHERE st<>'cancelled';
""")
MN = "'JanFebMarAprMayJunJulAugSepOctNovDec'"


def one(sql):
    return db.execute(sql).fetchone()


def val(sql):
    return one(sql)[0]


def first(sql, n=1):
    """Keys of the first n rows of a ranking query (key, value)."""
    return [r[0] for r in db.execute(sql).fetchall()[:n]]


def month3(m):
    return val(f"SELECT substr({MN}, {m}*3-2, 3)")


X = {}
# framing
X[1] = val("SELECT count(*) FROM fo2 WHERE y='2024'")
X[2] = val("SELECT sum(price) FROM fo2 WHERE coll AND substr(cd,1,4)='2025'")
X[3] = val("SELECT avg(price) FROM fo2 WHERE NOT canc")
X[4] = val("SELECT 100.0*sum(canc)/count(*) FROM fo2")
X[5] = ("L2", first("SELECT art, count(*) n FROM fo2 GROUP BY art ORDER BY n DESC", 2))
X[6] = val("SELECT avg(julianday(cd)-julianday(od)) FROM fo2 WHERE coll")
X[7] = val("SELECT max(julianday(cd)-julianday(od)) FROM fo2 WHERE coll")
X[8] = val("SELECT count(*) FROM fo2 WHERE st IN ('ready','awaiting collection')")
X[9] = val("SELECT count(*) FROM fo2 WHERE price IS NULL")
X[10] = val("SELECT count(*) FROM fo2 WHERE NOT canc AND price>250")
X[11] = val("SELECT count(*) FROM fo2 WHERE y='2024' AND m=12")
X[12] = val("SELECT sum(CASE WHEN y='2025' THEN price ELSE -price END) FROM fo2 WHERE NOT canc AND m<=9")
X[13] = val("SELECT sum(CASE WHEN y='2025' THEN 1 ELSE -1 END) FROM fo2 WHERE glass='non-reflective' AND m<=9")
X[14] = val("SELECT 100.0*sum(mount)/count(*) FROM fo2 WHERE NOT canc")
X[15] = val("SELECT avg(price) FROM fo2 WHERE NOT canc AND glass='uv protect'")
X[16] = ("L2", first("SELECT mat, sum(price) s FROM foj WHERE NOT canc GROUP BY mat ORDER BY s DESC", 2))
X[17] = val("SELECT sum(price) FROM foj WHERE NOT canc AND y='2025' AND mat='oak'")
X[18] = ("L", first("SELECT name, count(*) n FROM foj GROUP BY name ORDER BY n DESC"))
X[19] = val("SELECT avg(price) FROM foj WHERE NOT canc AND colour='gold'")
X[20] = val("SELECT count(*) FROM foj WHERE mat='walnut'")
X[21] = ("L", first("SELECT name, ppm FROM mo ORDER BY ppm DESC"))
X[22] = ("LS", first("SELECT name, sum(price) s FROM foj WHERE NOT canc GROUP BY name ORDER BY s DESC", 3))
# band
X[23] = val("SELECT sum(a) FROM b WHERE a>0 AND y='2024'")
X[24] = val("SELECT -sum(a) FROM b WHERE a<0 AND y='2025'")
X[25] = val("SELECT sum(a) FROM b WHERE y='2024'")
X[26] = val("SELECT sum(a) FROM b WHERE y='2025' AND cat='wedding gig'")
X[27] = val("SELECT count(*) FROM b WHERE y='2024' AND cat='wedding gig'")
X[28] = val("SELECT avg(a) FROM b WHERE y='2025' AND cat='wedding gig'")
X[29] = val("SELECT 100*(SELECT -sum(a) FROM b WHERE cat='commission')/(SELECT sum(a) FROM b WHERE cat='wedding gig')")
X[30] = ("L2", first("SELECT cat, -sum(a) s FROM b WHERE a<0 AND y='2025' GROUP BY cat ORDER BY s DESC", 2))
X[31] = val("SELECT count(*) FROM bl WHERE st LIKE 'void%'")
r = one("SELECT det, cat, -a FROM b ORDER BY a LIMIT 1")
X[32] = ("LN", r[0], r[2])
X[33] = ("NS", list(one("SELECT count(*), -sum(a) FROM b WHERE cat='refund'")))
X[34] = ("M", first("SELECT m, sum(a) s FROM b WHERE a>0 AND y='2025' GROUP BY m ORDER BY s DESC")[0])
X[35] = val("SELECT sum(CASE WHEN y='2025' THEN a ELSE -a END) FROM b WHERE m<=9")
r = one("""SELECT cat, sum(CASE WHEN y='2025' THEN a ELSE -a END) g FROM b WHERE a>0 AND m<=9
  AND cat IN ('wedding gig','corporate gig','pub gig','merch') GROUP BY cat ORDER BY g DESC LIMIT 1""")
X[36] = ("LN", r[0], r[1])
X[37] = val("SELECT count(*) FROM b WHERE y='2025' AND cat='pub gig'")
X[38] = val("SELECT 100*sum(CASE WHEN cat='corporate gig' THEN a ELSE 0 END)/sum(a) FROM b WHERE y='2024' AND a>0")
X[39] = val("SELECT -sum(a)/12 FROM b WHERE y='2024' AND cat='rehearsal'")
X[40] = ("M", first("SELECT m, sum(a) s FROM b WHERE y='2024' GROUP BY m ORDER BY s")[0])
X[41] = val("SELECT sum(a) FROM b WHERE cat='merch'")
X[42] = val("SELECT -sum(a) FROM b WHERE cat='travel'")
# ice-cream vans
X[43] = val("SELECT sum(t) FROM v WHERE y='2025'")
X[44] = val("SELECT sum(cones) FROM v WHERE y='2024'")
X[45] = val("SELECT count(*) FROM iv WHERE st='off - rain' AND substr(d,1,4)='2025'")
X[46] = ("L2", first("SELECT van, sum(t) s FROM v WHERE y='2025' GROUP BY van ORDER BY s DESC", 2))
r = one("SELECT van, sum(CASE WHEN y='2025' THEN t ELSE -t END) g FROM v WHERE m>=6 GROUP BY van ORDER BY g DESC LIMIT 1")
X[47] = ("LN", r[0], r[1])
X[48] = val("SELECT avg(t) FROM v WHERE van='mr whippy'")
X[49] = val("SELECT sum(t)/sum(h) FROM v WHERE y='2025'")
X[50] = val("SELECT 100*sum(fuel)/sum(t) FROM v WHERE y='2024'")
r = one("SELECT y, m, sum(t) s FROM v GROUP BY y, m ORDER BY s DESC LIMIT 1")
X[51] = ("M", r[1], r[0])
X[52] = val("""SELECT avg(CASE WHEN strftime('%w',d) IN ('0','6') THEN t END) - avg(CASE WHEN strftime('%w',d) NOT IN ('0','6')
  THEN t END) FROM v""")
X[53] = val("SELECT count(*) FROM v WHERE t>800")
X[54] = val("SELECT count(*) FROM v WHERE cones IS NULL")
X[55] = ("D", val("SELECT d FROM iv WHERE temp IS NOT NULL ORDER BY temp DESC LIMIT 1"))
X[56] = val("SELECT avg(tm) FROM (SELECT d, max(temp) tm FROM iv WHERE d LIKE '2024-07%' AND temp IS NOT NULL GROUP BY d)")
X[57] = val("SELECT sum(lol) FROM v WHERE y='2025' AND van='frosty'")
X[58] = val("SELECT count(*) FROM iv WHERE st='off - breakdown'")
X[59] = val("SELECT 100*sum(CASE WHEN pitch='seafront' THEN t ELSE 0 END)/sum(t) FROM v WHERE y='2025'")
X[60] = val("SELECT avg(tubs) FROM v WHERE y='2025' AND m=8")
X[61] = val("SELECT sum(t) FROM v WHERE temp>=25")
X[62] = ("L", first("SELECT pitch, sum(t)/sum(h) r FROM v GROUP BY pitch ORDER BY r"))
# chimney
X[63] = val("SELECT count(*) FROM c WHERE y='2024'")
X[64] = val("SELECT sum(ch) FROM c WHERE y='2025'")
X[65] = val("SELECT avg(ch) FROM c WHERE app='wood burner'")
X[66] = ("M", first("SELECT m, count(*) n FROM c GROUP BY m ORDER BY n DESC")[0])
X[67] = val("SELECT avg(lead) FROM c")
X[68] = ("L2", first("SELECT sweep, count(*) n FROM c GROUP BY sweep ORDER BY n DESC", 2))
X[69] = val("SELECT 100.0*sum(st LIKE 'cancel%')/count(*) FROM cj")
X[70] = ("NS", list(one("SELECT count(*), sum(ch) FROM cj WHERE st='no access'")))
X[71] = val("SELECT avg(mins) FROM c")
X[72] = val("SELECT 100.0*sum(extra)/count(*) FROM c")
X[73] = ("L2", first("SELECT town, sum(ch) s FROM c GROUP BY town ORDER BY s DESC", 2))
r = one("SELECT app, sum(CASE WHEN y='2025' THEN 1 ELSE -1 END) g FROM c WHERE m<=9 GROUP BY app ORDER BY g DESC LIMIT 1")
X[74] = ("LN", r[0], r[1])
X[75] = val("SELECT count(*) FROM c WHERE NOT cert")
X[76] = val("SELECT count(*) FROM c WHERE mins IS NULL")
X[77] = val("SELECT count(*) FROM c WHERE lead>30")
X[78] = val("SELECT 60*sum(ch)/sum(mins) FROM c WHERE mins IS NOT NULL")
X[79] = ("L", first("SELECT app, avg(mins) a FROM c GROUP BY app ORDER BY a DESC"))
X[80] = val("SELECT avg(ch) FROM c WHERE app='gas fire' AND y='2025'")
X[81] = val("SELECT sum(ch) FROM c WHERE sweep='Tom' AND y='2025'")
X[82] = val("SELECT count(*) FROM cj WHERE town='tenterden'")
# optician
X[83] = val("SELECT count(*) FROM oo WHERE y='2025'")
X[84] = val("SELECT sum(t) FROM oo WHERE st='collected' AND y='2024'")
X[85] = val("SELECT avg(t) FROM o WHERE lens='varifocal'")
X[86] = ("L2", first("SELECT brand, count(*) n FROM oo GROUP BY brand ORDER BY n DESC", 2))
X[87] = ("L", first("SELECT brand, sum(t) s FROM o GROUP BY brand ORDER BY s DESC"))
X[88] = val("SELECT avg(julianday(cd)-julianday(od)) FROM oo WHERE st='collected'")
X[89] = val("SELECT count(*) FROM oo WHERE st='collected' AND julianday(cd)-julianday(due)>5")
X[90] = val("SELECT sum(vo) FROM o")
X[91] = val("SELECT 100.0*sum(ag)/count(*) FROM o")
X[92] = val("SELECT avg(age) FROM oo WHERE lens='varifocal'")
r = one("SELECT lens, sum(CASE WHEN y='2025' THEN 1 ELSE -1 END) g FROM oo WHERE m<=9 GROUP BY lens ORDER BY g DESC LIMIT 1")
X[93] = ("LN", r[0], r[1])
X[94] = val("SELECT count(*) FROM oo WHERE age IS NULL")
X[95] = val("SELECT count(*) FROM oo WHERE st IN ('ready','in lab')")
X[96] = val("SELECT 100.0*sum(st='cancelled')/count(*) FROM oo")
X[97] = val("SELECT count(*) FROM oo WHERE age<16")
X[98] = val("SELECT sum(t-vo) FROM o WHERE y='2025'")
X[99] = val("SELECT max(t) FROM oo")
X[100] = val("SELECT avg(CASE WHEN y='2025' THEN t END)-avg(CASE WHEN y='2024' THEN t END) FROM o")
X[101] = val("SELECT avg(julianday(due)-julianday(od)) FROM oo WHERE lens='single vision' AND due IS NOT NULL")
X[102] = val("SELECT count(*) FROM o WHERE disp='Dev' AND y='2025'")
X[103] = val("SELECT avg(t) FROM o WHERE brand='tom ford'")


def close(a, b):
    return abs(a - b) <= 2e-6


def lab_ok(key, spellings):
    k = str(key).lower()
    return any(k == s.lower() or k.rstrip("s") == s.lower().rstrip("s") for s in spellings) or \
        any(s.lower() in k for s in spellings if len(s) > 3)


qs = json.loads((HERE / "questions.json").read_text(encoding="utf-8"))
ok = 0
bad = []
for q in qs:
    i = int(q["id"].split("-")[1])
    t = q["truth"]
    x = X.get(i)
    if isinstance(x, tuple):
        kind = x[0]
        if kind == "L":
            good = lab_ok(x[1][0], t["label"])
        elif kind == "L2":
            good = lab_ok(x[1][0], t["label"]) and lab_ok(x[1][1], t["labels"][0])
        elif kind == "LS":
            good = len(x[1]) == len(t["labels"]) and all(lab_ok(k, s) for k, s in zip(x[1], t["labels"]))
        elif kind == "LN":
            good = lab_ok(x[1], t["label"]) and close(x[2], t["number"])
        elif kind == "NS":
            good = len(x[1]) == len(t["numbers"]) and all(close(a, b) for a, b in zip(x[1], t["numbers"]))
        elif kind == "M":
            name = month3(x[1]).lower()
            labs = [s.lower() for s in t["label"]]
            good = any(s.startswith(name) for s in labs) and (len(x) < 3 or any(x[2] in s for s in labs))
        elif kind == "D":
            good = x[1] in t["label"]
        else:
            good = False
    else:
        good = x is not None and "number" in t and close(float(x), t["number"])
    if good:
        ok += 1
    else:
        bad.append((q["id"], x, t))
for b in bad:
    print("MISMATCH", *b)
print(f"crosscheck {ok}/{len(qs)}")
sys.exit(0 if ok == len(qs) else 1)
