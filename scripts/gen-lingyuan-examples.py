#!/usr/bin/env python3
"""Writes examples/lingyuan-2021/*.json: synthetic unit records for the 2021 Lingyuan
campaign (凌处非办〔2021〕9号), and the same records as the office's ledger,
examples/台账-lingyuan-2021.xlsx (by `fangfei ledger template --from`, which this
script runs with cargo).

The figures are invented for illustration and testing; they are NOT the real 2021
returns. Every unit starts from a compliant baseline for its role, then a chosen few
break one rule each (listed in DEVIATIONS below, with the clause), so that the audit
shows every D-* and M-* rule both met and broken. Deterministic: run it again and the
files are byte-identical. Usage: python3 scripts/gen-lingyuan-examples.py
"""
import json
import os
import random
import subprocess

OUT = os.path.join(os.path.dirname(__file__), "..", "examples", "lingyuan-2021")
LEDGER = os.path.join(os.path.dirname(__file__), "..", "examples", "台账-lingyuan-2021.xlsx")
RNG = random.Random(2021)

MEMBERS = ["市委宣传部", "市委政法委", "市发改局", "市教育局", "市科技局", "市民政局", "市工信局", "市公安局",
           "市司法局", "市财政局", "市林业和草原局", "市自然资源局", "市住建局", "市交通局", "市农业农村局", "市商务局",
           "市文广局", "市卫健局", "市市场监管局", "市综合执法局", "市法院", "市检察院", "市税务局", "人民银行凌源支行"]
STREETS = {"城关镇街道": ["八里堡市场"], "南街街道": ["凌源公园", "凌河广场"], "东城街道": ["花卉市场", "凌钢双圆广场"], "北街街道": ["小北口天元广场"]}
# The other towns and streets of the roster (reference/lingyuan-towns.md: 27 in all, the
# four streets above among them), then one town that is not on it.
TOWNS = ["红山街道", "万元店镇", "宋杖子镇", "三十家子镇", "杨杖子镇", "刀尔登镇", "松岭子镇", "四官营子镇",
         "沟门子镇", "小城子镇", "四合当镇", "乌兰白镇", "瓦房店镇", "大河北镇", "牛营子镇", "三道河子镇",
         "刘杖子镇", "大王杖子乡", "前进乡", "北炉乡", "三家子蒙古族乡", "佛爷洞乡", "河坎子乡"]
OFF_ROSTER = ["热水汤街道"]
MISSING = {"市林业和草原局", "佛爷洞乡", "河坎子乡"}  # send nothing at all: missing returns


def t(day, hm, month=6):
    return f"2021-{month:02d}-{day:02d}T{hm}:00+08:00"


def baseline(unit, kind):
    minute = lambda: f"{RNG.randint(0, 59):02d}"
    r = {"unit": unit}
    plan = {"kind": "plan", "submitted_at": t(RNG.choice([8, 9]), f"{RNG.randint(9, 16):02d}:{minute()}")}
    r["submissions"] = [
        plan,
        {"kind": "progress", "node": "2021-06-16", "submitted_at": t(16, f"{RNG.randint(9, 17):02d}:{minute()}")},
        {"kind": "progress", "node": "2021-06-24", "submitted_at": t(24, f"{RNG.randint(9, 17):02d}:{minute()}")},
        {"kind": "summary", "submitted_at": t(RNG.choice([1, 2, 3]), f"{RNG.randint(9, 16):02d}:{minute()}", 7),
         "parts": ["leader_approved_documents", "statistics_table", "pictures", "audio_video"]},
    ]
    # 市教育局 → 教育局 in a title; 市委宣传部 keeps its 市委.
    short = unit if unit.startswith("市委") else unit.removeprefix("市")
    r["media_works"] = [
        {"title": f"{short}:学法用法护小家·防非处非靠大家", "channel": "wechat", "published_at": t(11, "10:00"), "reported_at": t(11, "16:30")},
        {"title": f"{short}防非微视频:保本高收益就是陷阱", "channel": "douyin", "published_at": t(18, "19:00")},
        {"title": f"{short}深入开展防范非法集资宣传", "channel": "newspaper", "published_at": t(25, "08:00")},
    ]
    kinds = ["进机关", "进社区", "进企业", "进家庭", "进学校", "进网点", "进村组"]
    RNG.shuffle(kinds)
    r["outreach"] = [
        {"kind": kinds[0], "date": "2021-06-11", "place": "单位会议室", "participants": RNG.randint(20, 80)},
        {"kind": kinds[1], "date": "2021-06-17", "place": "城区", "participants": RNG.randint(50, 300)},
        {"kind": kinds[2], "date": "2021-06-23", "place": "城区", "participants": RNG.randint(50, 300)},
        {"kind": kinds[3], "date": "2021-06-29", "place": "城区", "participants": RNG.randint(30, 200)},
    ]
    if kind == "member":
        # Each unit carries its own brochures, boards and materials; the square's
        # banners are not each unit's (二(二)2 五是).
        r["concentrated_day"] = [{"venue": "市政府前广场", "staff": RNG.randint(2, 5), "arrived_at": t(15, f"08:{RNG.randint(30, 58)}"),
                                  "brochures": True, "boards": True, "materials": True}]
    elif kind == "street":
        r["submissions"][0]["stated"] = {"time": "6月15日8:30-11:30"}
        r["concentrated_day"] = [{"venue": v, "staff": RNG.randint(4, 10), "arrived_at": t(15, "08:20"), "banners": True, "boards": True, "materials": True}
                                 for v in STREETS[unit]]
    else:
        r["roles"] = ["town_street"]
        r["self_organises_concentrated_day"] = True
        r["submissions"][0]["stated"] = {"time": "6月15日9:00-11:00", "place": f"{unit}政府广场", "method": "设咨询台、发放宣传册、现场讲解"}
        r["concentrated_day"] = [{"venue": f"{unit}政府广场", "staff": RNG.randint(4, 8), "arrived_at": t(15, "08:40"), "banners": True, "boards": True, "materials": True}]
    if kind != "member":
        workers = RNG.randint(40, 260)
        compounds = RNG.randint(10, 80)
        r["grid"] = {"workers_aware": workers, "workers_total": workers, "compounds_with_slogans": compounds, "compounds_total": compounds}
    sessions = len(r["outreach"]) + RNG.randint(0, 6)
    works = RNG.randint(3, 12)
    r["annex3"] = {
        "unit": unit,
        "qijin_sessions": str(sessions),
        "qijin_participants": str(sum(a["participants"] for a in r["outreach"]) + RNG.randint(0, 800)),
        "print_broadcast": str(RNG.choice([0, 0, 200, 500, 1200])),
        "online_original_works": str(works),
        "online_views": f"{RNG.randint(800, 60000):,}",
        "online_interactive_reach": str(RNG.randint(0, 5000)),
        "sms_sent": str(RNG.choice([0, 0, 0, 3000, 12000])),
        "outdoor_posters_boards": str(RNG.randint(5, 60)),
        "outdoor_screens_ads": str(RNG.randint(0, 30)),
        "outdoor_leaflets_gifts": str(RNG.randint(300, 5000)),
        "news_reports": str(RNG.randint(0, 4)),
        "other_methods": [],
    }
    return r


def sub(r, kind, node=None):
    return next(s for s in r["submissions"] if s["kind"] == kind and s.get("node") == node)


# Each deviation breaks one rule (clause in the comment); everything else complies.
def deviations(records):
    R = records
    sub(R["市科技局"], "plan")["submitted_at"] = t(10, "17:20")                       # D-PLAN 二(一): 20 minutes late
    R["市工信局"]["submissions"] = [s for s in R["市工信局"]["submissions"] if s["kind"] != "plan"]  # D-PLAN: never sent
    sub(R["刀尔登镇"], "plan")["stated"] = {"time": "6月15日9:00"}                      # D-PLAN-SELFORG 二(二)2 五是: no place, no method
    sub(R["东城街道"], "plan").pop("stated")                                          # D-PLAN-STREET-TIME 二(二)2 五是
    w = R["市民政局"]["media_works"][0]; w["published_at"] = t(18, "10:00"); w["reported_at"] = t(18, "15:00")  # D-NEWMEDIA-WEEK1 二(二)2 二是
    sub(R["市司法局"], "progress", "2021-06-16")["submitted_at"] = t(17, "09:05")     # D-PROGRESS-1 二(三)1: late
    R["市财政局"]["submissions"] = [s for s in R["市财政局"]["submissions"] if s.get("node") != "2021-06-24"]  # D-PROGRESS-2: missing
    sub(R["市住建局"], "summary")["submitted_at"] = t(5, "10:00", 7)                  # D-SUMMARY 二(三)2: late
    sub(R["市卫健局"], "summary")["parts"].remove("audio_video")                      # D-SUMMARY-PARTS 二(三)2
    sub(R["市自然资源局"], "summary")["parts"].remove("statistics_table")              # D-STATS 二(三)2, 附件3: figures held, no receipt: 无法判断
    R["市税务局"]["media_works"].pop()                                                # M-MEDIA-3 二(二)2 二是: 2 works
    R["市检察院"]["outreach"] = R["市检察院"]["outreach"][:2] + [{"kind": "进地铁", "date": "2021-06-23", "place": "—", "participants": 10}]  # M-QIJIN-3 二(二)2 三是
    R["市委宣传部"]["tv_interviews"] = [{"title": "学法用法护小家·防非处非靠大家 专题访谈", "channel": "tv", "date": "2021-07-12"}]  # M-PROP-TV 二(二)2 一是: aired after the campaign
    R["市委宣传部"]["media_reports"] = []                                              # M-PROP-REPORT 二(二)2 一是: none
    R["市发改局"]["concentrated_day"][0]["staff"] = 1                                 # M-CDAY-STAFF 二(二)2 五是: 1 person
    R["市商务局"]["concentrated_day"][0]["arrived_at"] = t(15, "09:10")               # M-CDAY-STAFF: late
    R["南街街道"]["concentrated_day"] = R["南街街道"]["concentrated_day"][:1]          # M-CDAY-VENUE 二(二)2 五是: no 凌河广场
    R["市交通局"]["concentrated_day"][0]["brochures"] = False                         # M-CDAY-STAFF 二(二)2 五是: no brochures of its own
    R["城关镇街道"]["concentrated_day"][0]["boards"] = False                           # M-CDAY-MATERIALS: a street's site without boards
    R["人民银行凌源支行"]["premises"] = {"with_sign": 46, "total": 48}                  # M-BANK-SIGN 二(二)2 一是
    g = R["北街街道"]["grid"]; g["workers_aware"] = g["workers_total"] - 9            # M-GRID 二(二)2 三是
    R["市农业农村局"]["outreach"] = [dict(a, date=d) for a, d in zip(R["市农业农村局"]["outreach"], ["2021-06-15", "2021-06-16", "2021-06-17", "2021-06-18"])]
    R["市农业农村局"]["media_works"] = [dict(w, published_at=t(16, "10:00")) for w in R["市农业农村局"]["media_works"]]  # M-MONTH-NOT-DAY 三(四)
    R["市市场监管局"]["annex3"]["sms_sent"] = "无"                                    # A3-BLANK 附件3 填表说明2
    R["市法院"]["annex3"]["qijin_sessions"] = "0"                                     # A3-PARTICIPANTS 附件3
    sub(R["市公安局"], "progress", "2021-06-16")["promoted"] = True                   # 二(三)1: 加分
    sub(R["南街街道"], "progress", "2021-06-24")["promoted"] = True                   # 二(三)1: 加分
    # M-OUTDOOR 二(二)2 四是: a town that used no outdoor facility at all.
    for k in ["outdoor_posters_boards", "outdoor_screens_ads", "sms_sent"]:
        R["前进乡"]["annex3"][k] = "0"
    # E-SPOTCHECK 二(一): the office's spot checks, one at odds with the plan.
    R["市教育局"]["spot_checks"] = [{"date": "2021-06-22", "consistent": True}]
    R["东城街道"]["spot_checks"] = [{"date": "2021-06-18", "consistent": True}]
    R["大河北镇"]["spot_checks"] = [{"date": "2021-06-23", "consistent": False, "note": "计划所列进村组活动未开展"}]
    # M-CDAY-CONSULT 二(二)2 五是: advice given and reports taken at the square (reported).
    for u in MEMBERS:
        day = R[u].get("concentrated_day") or []
        for site in day:
            site["consultations"] = 10 + (len(u) * 7) % 40
            site["reports_collected"] = len(u) % 3
    # Names as units write them: official full forms resolve to the roster's (UNITS).
    R["万元店镇"]["unit"] = R["万元店镇"]["annex3"]["unit"] = "万元店镇人民政府"
    R["市公安局"]["unit"] = "凌源市公安局"
    # 市委宣传部 also sends the media reports … none; and the coordinator of the banks
    # reports their premises: everyone else with the role complies.


def main():
    records = {}
    for u in MEMBERS:
        records[u] = baseline(u, "member")
    for u in STREETS:
        records[u] = baseline(u, "street")
    for u in TOWNS + OFF_ROSTER:
        records[u] = baseline(u, "town")
    records["热水汤街道"]["self_organises_concentrated_day"] = False
    records["热水汤街道"]["submissions"][0].pop("stated")
    records["热水汤街道"]["concentrated_day"] = []
    records["人民银行凌源支行"]["premises"] = {"with_sign": 48, "total": 48}
    records["市委宣传部"]["tv_interviews"] = []
    records["市委宣传部"]["media_reports"] = []
    deviations(records)
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".json"):
            os.remove(os.path.join(OUT, f))
    for u, r in records.items():
        if u in MISSING:
            continue
        with open(os.path.join(OUT, f"{u}.json"), "w", encoding="utf-8") as fh:
            json.dump(r, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
    # The ledger an office would have kept of the same month (byte-identical per run:
    # the workbook is dated the plan's issue day). --force: it replaces the committed
    # one whatever that is.
    subprocess.run(
        ["cargo", "run", "-q", "-p", "fangfei-cli", "--", "ledger", "template", LEDGER, "--from", OUT, "--force"],
        check=True,
        cwd=os.path.join(os.path.dirname(__file__), ".."),
    )


if __name__ == "__main__":
    main()
