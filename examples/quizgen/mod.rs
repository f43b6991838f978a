//! A seeded generator of synthetic quiz data: daily papers from a question bank on the
//! plan's themes, and answer sheets from participants in every region, some invalid on
//! purpose. Used by `examples/gen-quiz.rs` (which writes `examples/quiz/`) and by the
//! quiz benchmark. Deterministic: the same seed gives the same bytes.
#![allow(
    dead_code,
    clippy::unwrap_used,
    clippy::indexing_slicing,
    clippy::arithmetic_side_effects,
    missing_docs
)]

use serde_json::{json, Value};

/// SplitMix64: small, seedable, good enough for test data.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
    pub fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
}

/// (text, options, key) — synthetic questions on the themes of the plan (二(二)1).
const SINGLE: &[(&str, [&str; 4], &str)] = &[
    (
        "《防范和处置非法集资条例》自哪一年起施行?",
        ["2019年", "2020年", "2021年", "2022年"],
        "C",
    ),
    (
        "承诺“保本高收益”的投资项目,最可能是:",
        ["正规理财", "非法集资", "银行存款", "国债"],
        "B",
    ),
    (
        "发现非法集资线索,应当向哪里举报?",
        ["社交媒体", "处置非法集资部门", "集资方", "亲友"],
        "B",
    ),
    (
        "参与非法集资造成的损失,由谁承担?",
        ["政府", "银行", "参与者自行", "担保公司"],
        "C",
    ),
    (
        "以下哪项是非法集资的特征之一?",
        [
            "经有关部门依法许可",
            "向社会不特定对象吸收资金",
            "只面向亲友",
            "无任何回报",
        ],
        "B",
    ),
    (
        "“以房养老”骗局多针对哪类人群?",
        ["大学生", "老年人", "企业家", "外国人"],
        "B",
    ),
    (
        "宣传月的主题是:",
        [
            "学法用法护小家·防非处非靠大家",
            "守住钱袋子",
            "护好养老钱",
            "金融知识进万家",
        ],
        "A",
    ),
    (
        "非法集资人对所吸收资金的主要用途往往是:",
        ["实体经营", "借新还旧", "缴纳税款", "存入银行"],
        "B",
    ),
    (
        "投资前核实机构资质,可以查询:",
        ["广告宣传", "业务员名片", "金融管理部门官方网站", "朋友圈"],
        "C",
    ),
    (
        "以“虚拟货币”名义集资的风险主要在于:",
        [
            "收益稳定",
            "受法律保护",
            "无合法发行主体和价值支撑",
            "由银行担保",
        ],
        "C",
    ),
    (
        "养老服务机构以“会员卡”方式大量收取费用,应警惕:",
        ["优惠活动", "非法集资风险", "正常预付", "政府补贴"],
        "B",
    ),
    (
        "“网格员”在防非宣传中的作用是:",
        ["推销理财", "入楼入户宣传", "收取会费", "代办贷款"],
        "B",
    ),
];

const TRUE_FALSE: &[(&str, bool)] = &[
    ("只要有实体店铺,就一定不是非法集资。", false),
    ("高收益往往伴随高风险。", true),
    ("参与非法集资的损失可以要求政府兜底。", false),
    ("向社会公开宣传、承诺还本付息是非法集资的常见特征。", true),
    ("亲友推荐的投资项目可以不加核实。", false),
    ("发现非法集资线索可以向处置非法集资部门举报。", true),
    ("“保本保息、稳赚不赔”的宣传可信。", false),
    ("金融机构应在营业场所明显位置设立防范非法集资提示牌。", true),
    ("以“养老”“扶贫”为名义的集资一定合法。", false),
    ("做生意是要有本钱的,借钱是要还的。", true),
    ("投资是要承担风险的。", true),
    ("网络借贷平台都经过了国家担保。", false),
];

const MULTIPLE: &[(&str, [&str; 4], &str)] = &[
    (
        "非法集资的常见特征包括:",
        [
            "未经有关部门依法许可",
            "公开宣传",
            "承诺还本付息或给付回报",
            "依法纳税",
        ],
        "ABC",
    ),
    (
        "以下哪些是非法集资易发的领域?",
        ["私募基金", "养老服务", "网络借贷", "义务教育"],
        "ABC",
    ),
    (
        "防范非法集资应做到:",
        [
            "不轻信高收益",
            "核实机构资质",
            "及时举报线索",
            "借钱参与投资",
        ],
        "ABC",
    ),
    ("“七进”宣传包括进:", ["机关", "学校", "企业", "外国"], "ABC"),
    (
        "打着以下哪些旗号的集资应提高警惕?",
        ["区块链", "虚拟货币", "消费返利", "银行定期存款"],
        "ABC",
    ),
    (
        "非法集资的危害有:",
        [
            "群众财产损失",
            "影响社会稳定",
            "破坏金融秩序",
            "增加个人收入",
        ],
        "ABC",
    ),
];

/// The papers of the days `first ..` (`days` of them), 3 single, 3 true/false and 2
/// multiple choice each, drawn from the bank.
pub fn papers(rng: &mut Rng, first: chrono::NaiveDate, days: usize) -> Value {
    let mut out = Vec::new();
    for d in 0..days {
        let date = first + chrono::Duration::days(d as i64);
        let mut questions = Vec::new();
        let pick = |rng: &mut Rng, n: usize, k: usize| -> Vec<usize> {
            let mut chosen: Vec<usize> = Vec::new();
            while chosen.len() < k {
                let i = rng.below(n as u64) as usize;
                if !chosen.contains(&i) {
                    chosen.push(i);
                }
            }
            chosen
        };
        for i in pick(rng, SINGLE.len(), 3) {
            let (t, o, k) = SINGLE[i];
            questions.push(json!({"id": (questions.len() + 1).to_string(), "kind": "single_choice", "text": t, "options": o, "key": k}));
        }
        for i in pick(rng, TRUE_FALSE.len(), 3) {
            let (t, k) = TRUE_FALSE[i];
            questions.push(json!({"id": (questions.len() + 1).to_string(), "kind": "true_false", "text": t, "key": k}));
        }
        for i in pick(rng, MULTIPLE.len(), 2) {
            let (t, o, k) = MULTIPLE[i];
            questions.push(json!({"id": (questions.len() + 1).to_string(), "kind": "multiple_choice", "text": t, "options": o, "key": k}));
        }
        out.push(json!({"date": date.to_string(), "questions": questions}));
    }
    Value::Array(out)
}

/// The short names of the 32 teams.
pub const REGIONS: [&str; 32] = [
    "北京",
    "天津",
    "河北",
    "山西",
    "内蒙古",
    "辽宁",
    "吉林",
    "黑龙江",
    "上海",
    "江苏",
    "浙江",
    "安徽",
    "福建",
    "江西",
    "山东",
    "河南",
    "湖北",
    "湖南",
    "广东",
    "广西",
    "海南",
    "重庆",
    "四川",
    "贵州",
    "云南",
    "西藏",
    "陕西",
    "甘肃",
    "青海",
    "宁夏",
    "新疆",
    "兵团",
];

const SURNAMES: &[&str] = &[
    "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭",
];
const GIVEN: &[&str] = &[
    "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明",
    "超", "秀英", "桂英", "建华",
];

/// An answer to a question: right with probability `skill`%, else a plausible wrong one.
fn answer(rng: &mut Rng, q: &Value, skill: u64) -> Value {
    let key = &q["key"];
    let right = rng.chance(skill);
    match q["kind"].as_str().unwrap() {
        "true_false" => Value::Bool(if right {
            key.as_bool().unwrap()
        } else {
            !key.as_bool().unwrap()
        }),
        "single_choice" => {
            if right {
                key.clone()
            } else {
                let k = key.as_str().unwrap().as_bytes()[0];
                Value::String(
                    char::from(b'A' + ((k - b'A' + 1 + rng.below(3) as u8) % 4)).to_string(),
                )
            }
        }
        _ => {
            if right {
                key.clone()
            } else if rng.chance(50) {
                Value::String(key.as_str().unwrap()[..1].to_owned()) // 少选
            } else {
                Value::String("ABCD".to_owned()) // 错选
            }
        }
    }
}

/// One day of sheets: `per_region` participants in each of the 32 regions, each
/// answering that day's paper between 10:00 and 23:59, plus invalid sheets of every
/// kind (outside the window, second of the day, excluded region, no name, bad phone,
/// two options for a single choice, a question left out).
/// Units of the 2021 Lingyuan roster as participants write them (full forms too).
const LINGYUAN_UNITS: [&str; 6] = [
    "凌源市教育局",
    "市公安局",
    "南街街道办事处",
    "万元店镇人民政府",
    "市财政局",
    "城关街道",
];

pub fn sheets(rng: &mut Rng, paper: &Value, per_region: usize, invalid: bool) -> Vec<Value> {
    let date = paper["date"].as_str().unwrap().to_owned();
    let questions = paper["questions"].as_array().unwrap().clone();
    let mut out = Vec::new();
    let mut n = 0u64;
    for region in REGIONS {
        for _ in 0..per_region {
            n += 1;
            let skill = 55 + rng.below(45);
            let name = format!(
                "{}{}",
                SURNAMES[rng.below(SURNAMES.len() as u64) as usize],
                GIVEN[rng.below(GIVEN.len() as u64) as usize]
            );
            let minute = 600 + rng.below(839);
            let mut answers = serde_json::Map::new();
            for q in &questions {
                answers.insert(q["id"].as_str().unwrap().to_owned(), answer(rng, q, skill));
            }
            let mut sheet = json!({
                "participant": format!("wx{:06}", n),
                "name": name,
                "region": region,
                "submitted_at": format!("{date}T{:02}:{:02}:{:02}+08:00", minute / 60, minute % 60, rng.below(60)),
                "answers": answers,
            });
            if rng.chance(40) {
                sheet["phone"] = Value::String(format!(
                    "1{}{:09}",
                    3 + rng.below(7),
                    rng.below(1_000_000_000)
                ));
            }
            if rng.chance(30) {
                // Lingyuan is in Liaoning: its people name their units as they write
                // them (Q-UNIT), the rest some unit of their own province.
                sheet["unit"] = Value::String(if region == "辽宁" {
                    LINGYUAN_UNITS[n as usize % LINGYUAN_UNITS.len()].to_owned()
                } else {
                    format!("{}某单位", region)
                });
            }
            out.push(sheet);
        }
    }
    if invalid {
        let base = out[0].clone();
        let mut early = base.clone();
        early["participant"] = "wx900001".into();
        early["submitted_at"] = format!("{date}T09:58:00+08:00").into(); // Q-WINDOW (on the first day, 06-15, before 10:00)
        out.push(early);
        let mut again = base.clone();
        again["submitted_at"] = format!("{date}T23:30:00+08:00").into(); // Q-ONCE-A-DAY
        out.push(again);
        let mut hk = base.clone();
        hk["participant"] = "wx900002".into();
        hk["region"] = "香港".into(); // Q-REG-REGION
        out.push(hk);
        let mut noname = base.clone();
        noname["participant"] = "wx900003".into();
        noname["name"] = "".into(); // Q-REG-NAME
        out.push(noname);
        let mut phone = base.clone();
        phone["participant"] = "wx900004".into();
        phone["phone"] = "1234567".into(); // Q-REG-PHONE
        out.push(phone);
        let mut two = base.clone();
        two["participant"] = "wx900005".into();
        two["answers"]["1"] = "AB".into(); // two options for a single choice
        out.push(two);
        let mut missing = base;
        missing["participant"] = "wx900006".into();
        missing["answers"].as_object_mut().unwrap().remove("8"); // a question left out
        out.push(missing);
    }
    // Submission order: by time, as the platform exports.
    out.sort_by(|a, b| a["submitted_at"].as_str().cmp(&b["submitted_at"].as_str()));
    out
}
