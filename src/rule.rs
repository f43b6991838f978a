//! The rule catalogue: every rule id of RULES.md, with the clause of the 2021 plan it
//! comes from and its title and description in Chinese and English.
//!
//! Rule ids are a public contract: they appear in every [`crate::Finding`], in the CLI's
//! JSON and in the WASM API, and an id never changes meaning. The clause given here is
//! that of the 2021 Lingyuan plan; a campaign that is data for another plan carries its
//! own clauses beside its submissions, phases and minimums, and findings cite those.
//!
//! ```
//! use fangfei::rule::RuleId;
//! let r: RuleId = "M-QIJIN-3".parse().unwrap();
//! assert_eq!(r.info().clause, "二(二)2 三是");
//! assert_eq!(r.to_string(), "M-QIJIN-3");
//! ```

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// One entry of the catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct RuleInfo {
    /// The stable id, e.g. `D-PLAN`.
    pub id: RuleId,
    /// The clause of the 2021 plan, e.g. `二(一)`.
    pub clause: &'static str,
    /// Short title, Chinese.
    pub title_zh: &'static str,
    /// Short title, English.
    pub title_en: &'static str,
    /// What the rule requires, Chinese.
    pub text_zh: &'static str,
    /// What the rule requires, English.
    pub text_en: &'static str,
}

macro_rules! rules {
    ($( $variant:ident = $id:literal, $clause:literal, $tzh:literal, $ten:literal, $dzh:literal, $den:literal; )*) => {
        /// A rule id of RULES.md (plus the library's own `INPUT` and `CAMPAIGN`).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[non_exhaustive]
        pub enum RuleId {
            $(
                #[doc = concat!("`", $id, "`: ", $den)]
                $variant,
            )*
        }

        /// Every catalogue entry, in RULES.md order.
        pub static CATALOGUE: &[RuleInfo] = &[
            $( RuleInfo { id: RuleId::$variant, clause: $clause, title_zh: $tzh, title_en: $ten, text_zh: $dzh, text_en: $den }, )*
        ];

        impl RuleId {
            /// The id as written in RULES.md.
            pub const fn as_str(self) -> &'static str {
                match self { $( RuleId::$variant => $id, )* }
            }
        }

        impl FromStr for RuleId {
            type Err = UnknownRule;
            fn from_str(s: &str) -> Result<RuleId, UnknownRule> {
                // A scan of the catalogue: one loop instead of a comparison per id
                // (fifty ids; a lookup is not on any hot path).
                CATALOGUE
                    .iter()
                    .map(|r| r.id)
                    .find(|id| id.as_str() == s)
                    .ok_or_else(|| UnknownRule(s.chars().take(40).collect()))
            }
        }
    };
}

rules! {
    TimeTz = "TIME-TZ", "—", "北京时间", "Beijing time",
        "方案中的时间均为北京时间(UTC+08:00);带时区的时间换算为北京时间,不带时区的按北京时间理解。",
        "All times are Beijing time (UTC+08:00); an offset is converted, a time without one is read as Beijing time.";
    Time2400 = "TIME-2400", "—", "24:00与“前”", "24:00 and \"by\"",
        "“D日24:00”即D+1日0:00;“D日前”在D+1日0:00前均按时;“D日17:00前”含17:00:00。",
        "\"D 24:00\" is D+1 00:00; \"by day D\" is met before D+1 00:00; \"by D 17:00\" is met up to 17:00:00.";
    Calendar = "CALENDAR", "—", "工作日", "Working days",
        "依国务院办公厅节假日安排确定;没有当年安排的年份不作推测。",
        "Working days follow the State Council's holiday notices; a year without a table is an error, not a guess.";
    NumYishang = "NUM-YISHANG", "民法典第1259条", "“以上”含本数", "\"N or more\"",
        "“N个以上/N次以上/N项以上”指不少于N(含本数)。",
        "\"N个以上\" means at least N (以上 includes the number).";
    Units = "UNITS", "附件1, 二(二)2 五是", "单位名单", "Unit roster",
        "填报单位为乡镇、街道或领导小组成员单位;同一单位的不同写法视为同一单位。",
        "A reporting unit is a town, street or member unit; variant names resolve to one unit.";
    TCampaign = "T-CAMPAIGN", "二", "宣传月时间", "Campaign span",
        "“宣传月”活动时间为6月3日至7月9日。",
        "The publicity month runs 06-03 00:00 to 07-09 24:00.";
    TPhasePrep = "T-PHASE-PREP", "二(一)", "筹备阶段", "Preparation phase",
        "6月3日至9日。", "06-03 ..= 06-09.";
    TPhaseImpl = "T-PHASE-IMPL", "二(二)", "实施阶段", "Implementation phase",
        "6月10日至30日。", "06-10 ..= 06-30.";
    TPhaseSum = "T-PHASE-SUM", "二(三)", "总结阶段", "Summary phase",
        "7月1日至3日。", "07-01 ..= 07-03.";
    TCday = "T-CDAY", "二, 二(二)2 五是", "集中宣传日", "Concentrated publicity day",
        "6月15日为集中宣传日。", "06-15 is the concentrated publicity day.";
    TQuiz = "T-QUIZ", "二(二)1 四是, 附件2 一、四", "知识竞赛时间", "Quiz window",
        "答题时间为6月15日10:00至6月25日24:00(共9个工作日),每天均可答题。",
        "The quiz is open 06-15 10:00 to 06-25 24:00 (9 working days); answering is open every day.";
    DPlan = "D-PLAN", "二(一)", "活动计划", "Work plan",
        "6月10日17:00前以电子版将宣传活动计划报市处非办。",
        "Send the electronic work plan to the city office by 06-10 17:00.";
    DPlanSelforg = "D-PLAN-SELFORG", "二(二)2 五是", "自行组织集中宣传", "Self-organised concentrated day",
        "自行组织集中宣传的乡镇街在上报宣传计划时要明确活动时间、地点、宣传方式。",
        "A town/street organising its own concentrated publicity states time, place and method in its plan.";
    DPlanStreetTime = "D-PLAN-STREET-TIME", "二(二)2 五是", "街道活动时间", "Street activity time",
        "城关、南街、北街、东城四个街道要将15日活动的具体时间告知市处非办。",
        "Each of the four assigned streets tells the office the specific time of its 06-15 activity.";
    DNewmediaWeek1 = "D-NEWMEDIA-WEEK1", "二(二)2 二是", "新媒体作品(一周内)", "New-media work in week one",
        "“宣传月”实施一周内运用新媒体推出宣传作品,并迅速报市处非办。",
        "Publish and report at least one new-media work within one week of the start of implementation.";
    DProgress1 = "D-PROGRESS-1", "二(三)1", "6月16日节点动态", "Progress report, 06-16 node",
        "按6月16日节点以动态、简报方式报送活动进展情况。",
        "Send the progress report for the 06-16 node.";
    DProgress2 = "D-PROGRESS-2", "二(三)1", "6月24日节点动态", "Progress report, 06-24 node",
        "按6月24日节点以动态、简报方式报送活动进展情况。",
        "Send the progress report for the 06-24 node.";
    DSummary = "D-SUMMARY", "二(三)2", "活动总结", "Campaign summary",
        "宣传月活动总结(含领导阅批活动文件、统计表、图片、音视频等全部资料)于7月3日前报市处非办。",
        "Send the campaign summary, with all its materials, by 07-03.";
    DSummaryParts = "D-SUMMARY-PARTS", "二(三)2", "总结材料齐全", "Summary complete",
        "活动总结须包括领导阅批活动文件、统计表、图片、音视频;每缺一项为一项问题。",
        "The summary includes leader-approved documents, the statistics table, pictures and audio/video; each missing part is a finding.";
    DStats = "D-STATS", "二(三)2, 附件3", "统计表", "Statistics table",
        "随总结报送附件3活动情况统计表。", "Send the Annex 3 statistics table with the summary.";
    MMedia3 = "M-MEDIA-3", "二(二)2 二是", "媒体宣传作品", "Media works",
        "“宣传月”期间至少发布3个以上媒体宣传作品。", "Publish at least 3 media publicity works during the campaign.";
    MQijin3 = "M-QIJIN-3", "二(二)2 三是", "“七进”活动", "\"Seven into\" outreach",
        "各部门、各乡镇街“七进”活动至少开展3项以上。", "Carry out at least 3 distinct kinds of \"七进\" outreach.";
    MPropTv = "M-PROP-TV", "二(二)2 一是", "电视(广播)访谈", "TV/radio interview",
        "市委宣传部协调媒体开展1次主题电视(广播)访谈节目。",
        "The propaganda department arranges at least 1 TV or radio interview programme on the theme.";
    MPropReport = "M-PROP-REPORT", "二(二)2 一是", "媒体宣传报道", "Media report",
        "市委宣传部协调1次以上媒体宣传报道。", "The propaganda department arranges at least 1 media publicity report.";
    MCdayStaff = "M-CDAY-STAFF", "二(二)2 五是, 附件1", "集中宣传日人员", "Concentrated-day staff",
        "各成员单位至少安排2人,于6月15日9:00准时在政府前广场参加宣传日活动。",
        "Every member unit sends at least 2 persons to the square by 09:00 on 06-15.";
    MCdayVenue = "M-CDAY-VENUE", "二(二)2 五是", "街道宣传地点", "Street venues",
        "四个街道在指定的每个地点开展6月15日宣传。", "Each assigned street holds its 06-15 activity at every assigned venue.";
    MCdayMaterials = "M-CDAY-MATERIALS", "二(二)2 五是", "现场宣传物料", "Materials on site",
        "宣传活动场所要有条幅、图版及相关宣传资料。", "Every 06-15 site has banners, boards and publicity materials.";
    MBankSign = "M-BANK-SIGN", "二(二)2 一是; 条例第十三条(二)", "提示牌", "Warning signs",
        "金融机构在营业场所明显位置设立防范非法集资提示牌。",
        "Financial institutions put a warning sign in a prominent place in every business premises.";
    MGrid = "M-GRID", "二(二)2 三是", "网格化宣传", "Grid publicity",
        "网格员知晓率100%,每个小区都要有宣传标语。", "Grid-worker awareness is 100% and every compound has a slogan.";
    MOutdoor = "M-OUTDOOR", "二(二)2 四是", "户外设施宣传", "Outdoor facilities",
        "各乡镇街和市人民银行、市工信局、市商务局、市城市综合执法局、市文广新局、市交通运输局等重点部门运用电子显示屏、海报、展板、公共交通广告、手机短信、楼宇电梯广告等进行宣传。",
        "The towns and streets and the named key departments use outdoor screens, posters, boards, transport ads, text messages or lift ads.";
    MCdayConsult = "M-CDAY-CONSULT", "二(二)2 五是", "现场咨询与举报收录", "Consultation at the square",
        "成员单位在集中宣传日现场为群众提供咨询服务,收录举报信息(方案未定数量:只记录人次与条数)。",
        "Member units give advice at the square on 06-15 and take down reports (no number set: the figures are reported, not judged).";
    MMonthNotDay = "M-MONTH-NOT-DAY", "三(四)", "宣传常态化", "Spread across the month",
        "克服宣传月淡化成“活动日”“活动周”现象:实施阶段每周至少一次活动(提醒)。",
        "Activity is spread over the month: at least one activity in each ISO week of implementation (a warning).";
    QRegName = "Q-REG-NAME", "附件2 二(三)", "姓名", "Name",
        "姓名必填。", "The participant's name is required.";
    QRegRegion = "Q-REG-REGION", "附件2 二(三)、三", "所在地区", "Region",
        "所在地区为31个省级行政区或新疆生产建设兵团,不含港澳台地区。",
        "The region is one of 31 province-level divisions or the XPCC; Hong Kong, Macao and Taiwan are excluded.";
    QRegPhone = "Q-REG-PHONE", "附件2 二(三)", "手机号", "Mobile number",
        "手机号选填,填写时须为有效的大陆手机号。", "The mobile number is optional; when given it is a valid mainland number.";
    QRegUnit = "Q-REG-UNIT", "附件2 二(三)", "工作单位", "Work unit",
        "工作单位选填。", "The work unit is optional.";
    QPaper = "Q-PAPER", "附件2 四", "试卷构成", "Paper composition",
        "每天8道题:3道单选各10分、3道判断各10分、2道多选各20分,共100分。",
        "8 questions a day: 3 single-choice and 3 true/false at 10 points, 2 multiple-choice at 20: 100 points.";
    QScore = "Q-SCORE", "附件2 四", "计分", "Scoring",
        "答案与标准答案一致得分;多选题完全一致方得分。", "An answer scores when it equals the key; multiple choice only when the sets are equal.";
    QWindow = "Q-WINDOW", "附件2 一", "答题时间", "Quiz window",
        "答题时间外提交的答卷不予受理。", "A sheet submitted outside the quiz window is refused.";
    QOnceADay = "Q-ONCE-A-DAY", "附件2 四", "每天一次", "Once a day",
        "每人每天以当天首份答卷计分,当天再次提交的答卷不予受理,也不替换首份。", "One scored paper per participant per Beijing day: the first; a later sheet the same day is refused and does not replace it.";
    QUnit = "Q-UNIT", "二(二)1 四是", "组织参赛", "Quiz turnout by unit",
        "各乡镇街、各成员单位组织人员参加知识竞赛:按答卷所填工作单位统计各单位参赛人数(方案未定数量:只记录)。",
        "Each unit mobilises quiz participants: the participants per unit, from the sheets' work unit (no number set: reported, not judged).";
    QTeam = "Q-TEAM", "附件2 三、五", "团队成绩", "Team standings",
        "以地区为单位组成战队,每天公布前10名;活动截止时前10名为优秀战队。",
        "Teams are regions; the top 10 are published daily; the final top 10 are the 优秀战队.";
    QMax = "Q-MAX", "附件2 四", "个人最高分", "Individual maximum",
        "活动期间个人累计最高分为每日满分乘以答题天数。", "A participant scores at most the daily total times the answering days.";
    A3Unit = "A3-UNIT", "附件3", "填报单位", "Reporting unit",
        "填报单位必填,且应为本次活动的单位。", "The reporting unit (填报单位) is required and should be a known unit.";
    A3Blank = "A3-BLANK", "附件3 填表说明2", "空项", "Blank cell",
        "表中项目未开展的填写“0”,不得留空。", "Every count is required: an item not carried out is filled with 0.";
    A3Number = "A3-NUMBER", "附件3", "数字格式", "Number format",
        "各项数量须为非负整数。", "A count is a non-negative whole number.";
    A3Range = "A3-RANGE", "附件3", "数值范围", "Plausible range",
        "数值超出合理范围的予以提示;超出64位整数的为错误。",
        "A count above the plausibility bound is a warning; one beyond 64 bits is an error.";
    A3Participants = "A3-PARTICIPANTS", "附件3", "参与群众与场次", "Participants and sessions",
        "活动场次为0时参与群众不应大于0。", "Participants cannot be above 0 with 0 sessions.";
    A3Views = "A3-VIEWS", "附件3", "点击量与原创作品", "Views and original works",
        "原创作品数为0而点击量大于0的予以提示。", "Views above 0 with 0 original works is a warning.";
    A3Other = "A3-OTHER", "附件3 填表说明2", "其他宣传方式", "Other methods",
        "“其他”一栏列举的每种方式不得为空,长度有限。", "Each listed other method is non-blank and bounded in length.";
    A3Total = "A3-TOTAL", "附件3", "全市合计", "City total",
        "各单位统计表逐列相加;同一单位重复报送为错误。", "Tables sum column by column; the same unit twice is an error.";
    ESpotcheck = "E-SPOTCHECK", "二(一)", "实地抽查", "Spot check",
        "市处非办依据宣传计划进行实地抽查,相关结果计入年末考评。",
        "The office spot-checks units against their plans; the results count in the year-end evaluation.";
    Input = "INPUT", "—", "输入格式", "Input format",
        "输入无法按规定格式读取(库自定义编码)。", "The input could not be read as the expected shape (library code).";
    Campaign = "CAMPAIGN", "—", "活动方案数据", "Campaign data",
        "活动方案数据有误:格式不对或前后不一致(库自定义编码)。", "The campaign data is malformed or inconsistent (library code).";
}

impl RuleId {
    /// The catalogue entry of this id.
    pub fn info(self) -> &'static RuleInfo {
        // CATALOGUE holds one entry per variant in declaration order (a test checks).
        CATALOGUE.iter().find(|r| r.id == self).unwrap_or(&FALLBACK)
    }
}

const FALLBACK: RuleInfo = RuleInfo {
    id: RuleId::Input,
    clause: "—",
    title_zh: "",
    title_en: "",
    text_zh: "",
    text_en: "",
};

/// The text is not a rule id of the catalogue.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown rule id {0:?}")]
pub struct UnknownRule(pub String);

impl fmt::Display for RuleId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for RuleId {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for RuleId {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_entries_are_complete() {
        for r in CATALOGUE {
            assert_eq!(r.id.as_str().parse::<RuleId>(), Ok(r.id));
            assert_eq!(r.id.info(), r, "{} info() finds another entry", r.id);
            for (what, text) in [
                ("title_zh", r.title_zh),
                ("title_en", r.title_en),
                ("text_zh", r.text_zh),
                ("text_en", r.text_en),
                ("clause", r.clause),
            ] {
                assert!(!text.trim().is_empty(), "{} lacks {what}", r.id);
            }
            assert!(
                r.text_zh
                    .chars()
                    .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                "{} text_zh is not Chinese",
                r.id
            );
            assert!(
                r.text_en
                    .starts_with(|c: char| c.is_ascii_alphanumeric() || c == '"'),
                "{} text_en is not English",
                r.id
            );
        }
    }
}
