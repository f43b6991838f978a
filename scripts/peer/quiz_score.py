#!/usr/bin/env python3
"""What an office would otherwise write: a plain Python script (json, datetime) doing
the checks of `fangfei quiz score` on answer sheets in JSON Lines, for
scripts/compare-python.

For every sheet: the account id and the name given; the region one of the 31
provinces or the XPCC (香港, 澳门, 台湾 excluded; full and short names, codes); the
phone, when given, a mainland mobile number (a warning otherwise); the time inside
the campaign's quiz window; the day's paper; every question answered in its kind's
form; the score (multiple choice all or nothing); once a day, the earliest sheet of a
participant's day counting. Then the team standings: a participant's team is the
region of their first counted sheet, a team's score the sum of its daily scores. It
prints the summary line `fangfei quiz score` prints.
Usage: quiz_score.py CAMPAIGN.json PAPERS.json SHEETS.jsonl
"""
import json, re, sys
from datetime import datetime, timedelta

REGIONS = [
    ("11", "北京市", "北京"), ("12", "天津市", "天津"), ("13", "河北省", "河北"),
    ("14", "山西省", "山西"), ("15", "内蒙古自治区", "内蒙古"), ("21", "辽宁省", "辽宁"),
    ("22", "吉林省", "吉林"), ("23", "黑龙江省", "黑龙江"), ("31", "上海市", "上海"),
    ("32", "江苏省", "江苏"), ("33", "浙江省", "浙江"), ("34", "安徽省", "安徽"),
    ("35", "福建省", "福建"), ("36", "江西省", "江西"), ("37", "山东省", "山东"),
    ("41", "河南省", "河南"), ("42", "湖北省", "湖北"), ("43", "湖南省", "湖南"),
    ("44", "广东省", "广东"), ("45", "广西壮族自治区", "广西"), ("46", "海南省", "海南"),
    ("50", "重庆市", "重庆"), ("51", "四川省", "四川"), ("52", "贵州省", "贵州"),
    ("53", "云南省", "云南"), ("54", "西藏自治区", "西藏"), ("61", "陕西省", "陕西"),
    ("62", "甘肃省", "甘肃"), ("63", "青海省", "青海"), ("64", "宁夏回族自治区", "宁夏"),
    ("65", "新疆维吾尔自治区", "新疆"), ("XPCC", "新疆生产建设兵团", "兵团"),
]
NAMES = {n: full for row in REGIONS for n, full in ((row[0], row[1]), (row[1], row[1]), (row[2], row[1]))}
PHONE = re.compile(r"^(\+?86)?1[3-9]\d{9}$")


def region(text):
    t = re.sub(r"\s+", "", text or "")
    if len(t) == 6 and t.isdigit() and t.endswith("0000"):
        t = t[:2]
    return NAMES.get(t) or ("新疆生产建设兵团" if t.lower() == "xpcc" else None)


def when(text):
    t = datetime.fromisoformat(text)
    if t.tzinfo is not None:
        t = (t - t.utcoffset()).replace(tzinfo=None) + timedelta(hours=8)
    return t


def answer_ok(q, given):
    kind = q["kind"]
    if kind == "true_false":
        return given in (True, False, "对", "错", "√", "×")
    letters = "ABCDEFGH"[: len(q["options"])]
    if isinstance(given, list):
        given = "".join(given)
    if not isinstance(given, str) or not given or any(c not in letters for c in given.upper()):
        return False
    return kind != "single_choice" or len(given) == 1


def points(q, given, sections):
    p = sections[q["kind"]]
    if q["kind"] == "true_false":
        return p if (given in (True, "对", "√")) == q["key"] else 0
    if isinstance(given, list):
        given = "".join(given)
    return p if sorted(given.upper()) == sorted(q["key"]) else 0


def main():
    campaign = json.load(open(sys.argv[1], encoding="utf-8"))
    papers = {p["date"]: p for p in json.load(open(sys.argv[2], encoding="utf-8"))}
    quiz = campaign["quiz"]
    start, end = when(quiz["window"]["start"]), when(quiz["window"]["end"])
    sections = {s["kind"]: s["points"] for s in quiz["paper"]["sections"]}
    first = {}  # (participant, day) -> (time, score, region): the earliest counts
    refused = warnings = 0
    for line in open(sys.argv[3], encoding="utf-8"):
        if not line.strip():
            continue
        s = json.loads(line)
        errors = []
        if not str(s.get("participant", "")).strip():
            errors.append("INPUT")
        if not str(s.get("name", "")).strip():
            errors.append("Q-REG-NAME")
        team = region(s.get("region"))
        if team is None:
            errors.append("Q-REG-REGION")
        phone = s.get("phone")
        if phone and not PHONE.match(re.sub(r"[\s-]", "", phone)):
            warnings += 1
        at = when(s["submitted_at"])
        score = 0
        if not start <= at < end:
            errors.append("Q-WINDOW")
        else:
            paper = papers.get(at.date().isoformat())
            answers = s.get("answers", {})
            for q in paper["questions"] if paper else []:
                given = answers.get(q["id"])
                if given is None or not answer_ok(q, given):
                    errors.append("Q-SCORE")
                else:
                    score += points(q, given, sections)
        if errors:
            refused += 1
            continue
        key = (s["participant"], at.date())
        if key in first and first[key][0] <= at:
            refused += 1
            continue
        if key in first:
            refused += 1  # the later sheet read first no longer counts
        first[key] = (at, score, team)
    teams, member = {}, {}
    for (p, day), (at, score, team) in sorted(first.items(), key=lambda kv: kv[1][0]):
        member.setdefault(p, team)
        teams[member[p]] = teams.get(member[p], 0) + score
    top = sorted(teams.items(), key=lambda kv: -kv[1])[: quiz.get("top_n", 10)]
    print(f"答卷: {len(member)} 名参与者计分, 不予受理 {refused}")
    for rank, (team, score) in enumerate(top, 1):
        print(rank, team, score)


main()
