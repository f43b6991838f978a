#!/usr/bin/env python3
"""What an office would otherwise write: a plain Python script (csv, difflib) doing
the checks of `fangfei annex3 check` on an Annex 3 CSV, for scripts/compare-python.

It reads the table (UTF-8, or GB18030), finds the header among the first 20 rows,
and for every row: the unit on the roster (names and aliases, spaces and full-width
forms ignored; for a name off it, the closest roster names, once per name, totalled
apart), each count cell (blank, not a whole number, over the campaign's bound; full-
width digits, thousands separators and the column's unit accepted), the two cross-
field rules, the 其他 list, a unit's second table rejected; then the city total. It
prints the same summary line as `fangfei annex3 check --summary`.
Usage: annex3_check.py CAMPAIGN.json TABLE.csv
"""
import csv, difflib, json, re, sys

FIELDS = [
    ("qijin_sessions", "活动场次", ["次"]),
    ("qijin_participants", "参与群众", ["人次", "人"]),
    ("print_broadcast", "刊印份数、播放次数", ["份/次", "份", "次"]),
    ("online_original_works", "发布原创作品数", ["篇", "个", "件"]),
    ("online_views", "点击量、阅读量、转发量", ["次"]),
    ("online_interactive_reach", "互动宣传覆盖人数", ["人次", "人"]),
    ("sms_sent", "发送短信", ["条"]),
    ("outdoor_posters_boards", "海报、展板", ["份", "块", "张"]),
    ("outdoor_screens_ads", "电子显示屏、公共交通广告、楼宇电梯广告等", ["次"]),
    ("outdoor_leaflets_gifts", "传单、手册、赠品等", ["份", "册", "件"]),
    ("news_reports", "被新闻媒体报道", ["次", "篇"]),
]
WIDE = str.maketrans("０１２３４５６７８９（），：　", "0123456789(),: ")


def norm(s):
    return re.sub(r"\s+", "", s.translate(WIDE))


def column(text):
    t = norm(text)
    if t in ("填报单位", "unit", "单位"):
        return "unit"
    if t.startswith("其他") or t == "other_methods":
        return "other"
    base = re.sub(r"\(.*?\)$", "", t)
    for name, label, _ in FIELDS:
        if base == label or t == name:
            return name
    return None


def main():
    campaign = json.load(open(sys.argv[1], encoding="utf-8"))
    raw = open(sys.argv[2], "rb").read()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("gb18030")
    roster = {}
    for u in campaign["units"]:
        for n in [u["name"]] + u.get("aliases", []):
            roster.setdefault(norm(n), u["name"])
    names = list(roster)
    bounds = campaign.get("annex3_bounds", {})
    near = {}
    rows = csv.reader(text.splitlines())
    header = None
    errors = warnings = accepted = rejected = n = 0
    seen = set()
    total = {name: 0 for name, _, _ in FIELDS}
    apart = {name: 0 for name, _, _ in FIELDS}
    for i, cells in enumerate(rows):
        if header is None:
            cols = [column(c) for c in cells]
            if sum(1 for c in cols if c not in (None, "unit", "other")) >= 3:
                header = cols
            elif i >= 19:
                break
            continue
        if not any(c.strip() for c in cells):
            continue
        n += 1
        row_errors = []
        row_warnings = 0
        counts = {}
        unit = None
        for col, cell in zip(header, cells):
            if col == "unit":
                unit = norm(cell)
            elif col == "other":
                items = [x for x in re.split(r"[、,，;；]", cell) if x.strip()]
                if len(items) > 50 or any(len(x) > 200 for x in items):
                    row_errors.append("A3-OTHER")
            elif col is not None:
                t = norm(cell).replace(",", "")
                for suffix in next(f[2] for f in FIELDS if f[0] == col):
                    if t.endswith(suffix):
                        t = t[: -len(suffix)]
                        break
                if t in ("", "无", "-", "/", "—"):
                    row_errors.append("A3-BLANK")
                elif not t.isdigit():
                    row_errors.append("A3-NUMBER")
                else:
                    v = int(t)
                    counts[col] = v
                    if v > bounds.get(col, 2**64):
                        row_warnings += 1
        if len(cells) > len(header):
            row_errors.append("A3-NUMBER")
        if counts.get("qijin_sessions") == 0 and counts.get("qijin_participants", 0) > 0:
            row_errors.append("A3-PARTICIPANTS")
        if counts.get("online_original_works") == 0 and counts.get("online_views", 0) > 0:
            row_warnings += 1
        on_roster = True
        if not unit:
            row_errors.append("A3-UNIT")
        elif unit not in roster:
            on_roster = False
            if unit not in near:
                near[unit] = difflib.get_close_matches(unit, names, n=3, cutoff=0.5)
            row_warnings += 1
        key = roster.get(unit, unit)
        if not row_errors and key in seen:
            row_errors.append("A3-TOTAL")
        errors += len(row_errors)
        warnings += row_warnings
        if row_errors:
            rejected += 1
            continue
        seen.add(key)
        accepted += 1
        into = total if on_roster else apart
        for k, v in counts.items():
            into[k] += v
    if header is None:
        errors += 1
    print(f"{sys.argv[2]}: 共 {n} 行, 通过 {accepted}, 退回 {rejected}; 错误 {errors}, 警告 {warnings}")
    for name, label, _ in FIELDS:
        print(f"{label}\t{total[name]}")


main()
