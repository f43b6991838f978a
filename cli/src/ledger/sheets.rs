//! The ledger's sheets and their columns: what the template writes and the reader
//! expects.

/// How a column's cells are read.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    /// A unit on the roster, by any of its names.
    Unit,
    /// Free text.
    Text,
    /// Written by the template for the clerk, not read back.
    Shown,
    /// An instant: `2021-06-09 15:10`, `6月9日 15:10`, an Excel date cell.
    Instant,
    /// A day.
    Date,
    /// A whole number ≥ 0.
    Count,
    /// 是/否.
    YesNo,
    /// A media channel ([`Channel::parse`]).
    Channel,
    /// A material sent to the office ([`SubmissionKind`]).
    Material,
    /// Parts of a summary, listed with 、.
    Parts,
    /// A "七进" kind of the campaign.
    Outreach,
    /// 访谈 or 报道.
    Programme,
}

/// A column of a ledger sheet.
pub(super) struct Col {
    pub(super) head: &'static str,
    pub(super) kind: Kind,
    pub(super) required: bool,
    pub(super) width: f64,
    pub(super) note: &'static str,
}

pub(super) const fn col(
    head: &'static str,
    kind: Kind,
    required: bool,
    width: f64,
    note: &'static str,
) -> Col {
    Col {
        head,
        kind,
        required,
        width,
        note,
    }
}

pub(super) const UNIT: Col = col(
    "单位",
    Kind::Unit,
    true,
    22.0,
    "名单上的单位,可下拉选择;简称、全称均可(如“教育局”“凌源市教育局”)。",
);
pub(super) const NOTE: Col = col("备注", Kind::Text, false, 24.0, "");

/// What a sheet holds.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Sheet {
    Units,
    Submissions,
    Media,
    Outreach,
    ConcentratedDay,
    Grid,
    Programmes,
    SpotChecks,
    Annex3,
}

pub(super) struct SheetDef {
    pub(super) sheet: Sheet,
    pub(super) name: &'static str,
    pub(super) cols: &'static [Col],
    pub(super) note: &'static str,
}

pub(super) const SHEETS: [SheetDef; 8] = [
    SheetDef {
        sheet: Sheet::Units,
        name: "单位名单",
        cols: &[
            UNIT,
            col("类型", Kind::Shown, false, 26.0, "名单上的单位类型(只读)。"),
            col("自行组织集中宣传", Kind::YesNo, false, 16.0, "乡镇街道自行组织集中宣传活动的填“是”(其宣传计划须写明时间、地点、宣传方式)。"),
            NOTE,
        ],
        note: "活动方案的单位名单。乡镇街道自行组织集中宣传活动的,在“自行组织集中宣传”填“是”。",
    },
    SheetDef {
        sheet: Sheet::Submissions,
        name: "材料报送",
        cols: &[
            UNIT,
            col("材料", Kind::Material, true, 14.0, "宣传活动计划、进展动态、活动总结、统计表、新媒体作品(下拉选择)。"),
            col("节点", Kind::Date, false, 11.0, "进展动态的报送节点(日期;各节点见“填表说明”)。"),
            col("收到时间", Kind::Instant, true, 18.0, "市处非办收到的时间(月日 时分,可写年份);未写年份的按活动年度计。"),
            col("所含内容", Kind::Parts, false, 30.0, "活动总结所附材料,用顿号分开:领导阅批活动文件、统计表、图片、音视频。"),
            col("活动时间", Kind::Text, false, 16.0, "宣传活动计划写明的集中宣传时间。"),
            col("活动地点", Kind::Text, false, 16.0, "宣传活动计划写明的地点。"),
            col("宣传方式", Kind::Text, false, 16.0, "宣传活动计划写明的宣传方式。"),
            col("推广", Kind::YesNo, false, 8.0, "市处非办作为典型推广的填“是”(二(三)1,加分)。"),
            NOTE,
        ],
        note: "每收到一份材料记一行(各材料的报送节点见“填表说明”)。",
    },
    SheetDef {
        sheet: Sheet::Media,
        name: "媒体作品",
        cols: &[
            UNIT,
            col("标题", Kind::Text, true, 36.0, "作品标题。"),
            col("渠道", Kind::Channel, true, 12.0, "电视、广播、报刊、微信公众号、微视频、抖音、快手、新闻头条、微博、网站、短信、其他(下拉选择)。"),
            col("发布时间", Kind::Instant, true, 18.0, "作品发布的时间。"),
            col("报送时间", Kind::Instant, false, 18.0, "报市处非办的时间(新媒体作品须迅速报送)。"),
            col("新媒体", Kind::YesNo, false, 8.0, "留空按渠道判断;填“是/否”可另行指定。"),
            NOTE,
        ],
        note: "每件媒体宣传作品记一行(每单位不少于3件)。",
    },
    SheetDef {
        sheet: Sheet::Outreach,
        name: "七进活动",
        cols: &[
            UNIT,
            col("类别", Kind::Outreach, true, 10.0, "活动方案所列的“七进”类别(下拉选择,可写简称)。"),
            col("日期", Kind::Date, true, 12.0, "活动日期。"),
            col("地点", Kind::Text, false, 24.0, "活动地点。"),
            col("参加人数", Kind::Count, false, 10.0, "参加活动的人数。"),
            NOTE,
        ],
        note: "每场“七进”活动记一行(每单位不少于3类)。",
    },
    SheetDef {
        sheet: Sheet::ConcentratedDay,
        name: "集中宣传日",
        cols: &[
            UNIT,
            col("地点", Kind::Text, true, 20.0, "宣传点。"),
            col("人数", Kind::Count, false, 8.0, "到场人员数。"),
            col("到场时间", Kind::Instant, false, 18.0, "人员到场(或活动开始)的时间(月日 时分)。"),
            col("条幅", Kind::YesNo, false, 7.0, "是/否。"),
            col("图版", Kind::YesNo, false, 7.0, "是/否。"),
            col("宣传资料", Kind::YesNo, false, 9.0, "是/否。"),
            col("宣传册", Kind::YesNo, false, 8.0, "成员单位自带宣传册的填“是”。"),
            col("咨询人次", Kind::Count, false, 9.0, "现场为群众提供咨询服务的人次。"),
            col("收录举报", Kind::Count, false, 9.0, "收录举报信息条数。"),
            NOTE,
        ],
        note: "集中宣传日当天每个宣传点记一行。",
    },
    SheetDef {
        sheet: Sheet::Grid,
        name: "网格与提示牌",
        cols: &[
            UNIT,
            col("知晓网格员", Kind::Count, false, 11.0, "知晓宣传内容的网格员人数(乡镇街道)。"),
            col("网格员总数", Kind::Count, false, 11.0, "网格员总人数。"),
            col("张贴标语小区", Kind::Count, false, 12.0, "张贴标语的居民小区数。"),
            col("小区总数", Kind::Count, false, 10.0, "居民小区总数。"),
            col("设提示牌网点", Kind::Count, false, 12.0, "醒目位置设置警示提示牌的营业网点数(金融机构)。"),
            col("网点总数", Kind::Count, false, 10.0, "营业网点总数。"),
            NOTE,
        ],
        note: "每单位一行:乡镇街道填网格与小区,金融机构填营业网点。",
    },
    SheetDef {
        sheet: Sheet::Programmes,
        name: "访谈与报道",
        cols: &[
            UNIT,
            col("类型", Kind::Programme, true, 8.0, "访谈(电视、广播访谈节目)或报道(媒体宣传报道)。"),
            col("标题", Kind::Text, true, 36.0, "节目或报道的标题。"),
            col("渠道", Kind::Channel, true, 10.0, "电视、广播、报刊等。"),
            col("日期", Kind::Date, true, 12.0, "播出或刊发日期。"),
            NOTE,
        ],
        note: "市委宣传部组织的电视(广播)访谈节目和媒体宣传报道,每期一行。",
    },
    SheetDef {
        sheet: Sheet::SpotChecks,
        name: "实地抽查",
        cols: &[
            UNIT,
            col("日期", Kind::Date, true, 12.0, "抽查日期。"),
            col("与计划一致", Kind::YesNo, true, 10.0, "抽查情况与宣传计划是否一致:是/否。"),
            col("记录", Kind::Text, false, 36.0, "抽查记录。"),
        ],
        note: "市处非办依据宣传计划实地抽查的结果(计入年末考评),每次一行。",
    },
];

/// The 附件3 sheet: 单位, the eleven counts by their headers, 其他创新宣传方式.
pub(super) const ANNEX3_SHEET: &str = "附件3";
/// The first sheet: how to keep the ledger (not read back).
pub(super) const INSTRUCTIONS: &str = "填表说明";
pub(super) const ANNEX3_OTHER: &str = "其他创新宣传方式";
