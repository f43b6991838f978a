//! The JSON Schema of the time types as a campaign file writes them (feature
//! `schema`; the campaign file's schema is `crate::campaign::json_schema`).

use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use std::borrow::Cow;

use super::{Clock, Due, Instant};

/// A date as the reader takes it (`2025-06-10`, `2025/6/10`, `2025年6月10日`).
const DATE: &str = "[0-9]{4}(-[0-9]{2}-[0-9]{2}|/[0-9]{1,2}/[0-9]{1,2}|年[0-9]{1,2}月[0-9]{1,2}日)";

/// A time of day after a date, with its optional offset (`T17:00`, ` 17:00:00+08:00`).
const TIME: &str =
    "([Tt ]?[0-9]{1,2}[:：][0-9]{2}(:[0-9]{2}([.,][0-9]{1,9})?)?([Zz]|[+-][0-9]{2}(:?[0-9]{2})?)?)?";

/// `NaiveDate` as a campaign file writes it.
pub(crate) struct Date;

impl JsonSchema for Date {
    fn schema_name() -> Cow<'static, str> {
        "Date".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "pattern": format!("^\\s*{DATE}\\s*$"),
            "description": "日期(北京时间的一天),写作 2025-06-10(也可写 2025/6/10 或 2025年6月10日)。\n\nA Beijing calendar day: 2025-06-10 (also 2025/6/10, 2025年6月10日).",
            "examples": ["2025-06-10"],
        })
    }
}

impl JsonSchema for Instant {
    fn schema_name() -> Cow<'static, str> {
        "Instant".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "pattern": format!("^\\s*{DATE}{TIME}\\s*$"),
            "description": "时刻,按北京时间:2025-06-10T17:00:00+08:00 或 2025-06-10 17:00(不写时区即北京时间);只写日期即当天0:00;24:00 即次日0:00。\n\nAn instant, in Beijing time: 2025-06-10T17:00:00+08:00 or 2025-06-10 17:00 (no offset: Beijing time); a date alone is its 00:00; 24:00 is the next day's 00:00.",
            "examples": ["2025-06-10T17:00:00+08:00"],
        })
    }
}

impl JsonSchema for Due {
    fn schema_name() -> Cow<'static, str> {
        "Due".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "pattern": format!("^\\s*{DATE}{TIME}\\s*$"),
            "description": "截止的日子或时刻:只写日期(2025-07-03)是“某日前”,写到时刻(2025-06-10T17:00:00+08:00)是“某时前”。\n\nThe day (2025-07-03: \"by that day\") or the instant (2025-06-10T17:00:00+08:00: \"by that time\") a deadline names.",
            "examples": ["2025-07-03", "2025-06-10T17:00:00+08:00"],
        })
    }
}

impl JsonSchema for Clock {
    fn schema_name() -> Cow<'static, str> {
        "Clock".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "pattern": "^\\s*(([01]?[0-9]|2[0-3])[:：][0-5]?[0-9]([:：][0-5]?[0-9])?|24[:：]0?0([:：]0?0)?)\\s*$",
            "description": "一天中的时间,如 09:00、8:30、17:30:15;24:00 指当天结束。\n\nA time of day: 09:00, 8:30, 17:30:15; 24:00 is the day's end.",
            "examples": ["09:00"],
        })
    }
}
