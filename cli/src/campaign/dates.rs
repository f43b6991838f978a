//! Dates written inside a campaign's texts (quotes, titles, names): a plan's own words
//! carry its dates ("6月10日17:00前") and its year ("2021年"), and a file moved to
//! another year, or copied from another place's, keeps them until a person rewrites
//! them. Found by a small scan, never changed.

use std::collections::BTreeSet;

use chrono::{Datelike, NaiveDate};
use fangfei::{Campaign, Instant};
use serde_json::Value;

/// A date a text names: month and day (`6月10日`, `06-10` of `2021-06-10`), with the
/// year when it gives one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Written {
    pub year: Option<i32>,
    pub month: u32,
    pub day: u32,
    /// As written.
    pub text: String,
}

/// The digits ending at the end of `chars` (at most 4).
fn digits_before(chars: &[char]) -> Option<(u32, usize)> {
    let n = chars
        .iter()
        .rev()
        .take(4)
        .take_while(|c| c.is_ascii_digit())
        .count();
    if n == 0 {
        return None;
    }
    let s: String = chars.get(chars.len().saturating_sub(n)..)?.iter().collect();
    s.parse().ok().map(|v| (v, n))
}

/// The digits at the start of `chars` (at most 4).
fn digits_after(chars: &[char]) -> Option<(u32, usize)> {
    let n = chars
        .iter()
        .take(4)
        .take_while(|c| c.is_ascii_digit())
        .count();
    if n == 0 {
        return None;
    }
    let s: String = chars.get(..n)?.iter().collect();
    s.parse().ok().map(|v| (v, n))
}

/// Every `M月D日` (with its `YYYY年` when there is one) and `YYYY-MM-DD` in `text`.
pub fn dates_in(text: &str) -> Vec<Written> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    for (i, c) in chars.iter().enumerate() {
        match c {
            '月' => {
                let (Some(before), Some(after)) =
                    (chars.get(..i), chars.get(i.saturating_add(1)..))
                else {
                    continue;
                };
                let (Some((month, mn)), Some((day, dn))) =
                    (digits_before(before), digits_after(after))
                else {
                    continue;
                };
                if mn > 2 || dn > 2 || after.get(dn) != Some(&'日') || !(1..=12).contains(&month) {
                    continue;
                }
                let start = i.saturating_sub(mn);
                // `2021年6月10日`: the year before.
                let year = start
                    .checked_sub(1)
                    .filter(|y| chars.get(*y) == Some(&'年'))
                    .and_then(|y| chars.get(..y))
                    .and_then(digits_before)
                    .filter(|(_, n)| *n == 4);
                let from = year.map_or(start, |(_, n)| start.saturating_sub(n.saturating_add(1)));
                let end = i.saturating_add(dn).saturating_add(2);
                out.push(Written {
                    year: year.and_then(|(y, _)| i32::try_from(y).ok()),
                    month,
                    day,
                    text: chars
                        .get(from..end)
                        .map(|c| c.iter().collect())
                        .unwrap_or_default(),
                });
            }
            '-' => {
                // `YYYY-MM-DD`, read at its first dash.
                let Some(before) = chars.get(..i) else {
                    continue;
                };
                let Some((year, 4)) = digits_before(before) else {
                    continue;
                };
                let s: String = chars
                    .get(i.saturating_sub(4)..i.saturating_add(6))
                    .map(|c| c.iter().collect())
                    .unwrap_or_default();
                let Ok(d) = NaiveDate::parse_from_str(&s, "%Y-%m-%d") else {
                    continue;
                };
                if i32::try_from(year).ok() != Some(d.year()) {
                    continue;
                }
                out.push(Written {
                    year: Some(d.year()),
                    month: d.month(),
                    day: d.day(),
                    text: s,
                });
            }
            _ => {}
        }
    }
    out
}

/// Every `YYYY年` (a year from 2000 to 2099) in `text`.
pub fn years_in(text: &str) -> Vec<i32> {
    let chars: Vec<char> = text.chars().collect();
    chars
        .iter()
        .enumerate()
        .filter(|(_, c)| **c == '年')
        .filter_map(|(i, _)| digits_before(chars.get(..i)?))
        .filter(|(y, n)| *n == 4 && (2000..2100).contains(y))
        .filter_map(|(y, _)| i32::try_from(y).ok())
        .collect()
}

/// Every string of `v` with its path (`duties[3].quote`), in order.
pub fn strings(v: &Value) -> Vec<(String, &str)> {
    fn walk<'a>(v: &'a Value, path: String, out: &mut Vec<(String, &'a str)>) {
        match v {
            Value::String(s) => out.push((path, s)),
            Value::Array(items) => {
                for (i, x) in items.iter().enumerate() {
                    walk(x, format!("{path}[{i}]"), out);
                }
            }
            Value::Object(o) => {
                for (k, x) in o {
                    let p = if path.is_empty() {
                        k.clone()
                    } else {
                        format!("{path}.{k}")
                    };
                    walk(x, p, out);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(v, String::new(), &mut out);
    out
}

/// The days the campaign's date fields name (span, phases, events, the quiz's days,
/// the duties' nodes, openings and deadlines, the issue date), as month and day.
pub fn field_days(c: &Campaign) -> BTreeSet<(u32, u32)> {
    let mut days: Vec<NaiveDate> = vec![c.span.first, c.span.last];
    days.extend(c.issued_on);
    for p in &c.phases {
        days.extend([p.first, p.last]);
    }
    days.extend(c.events.iter().map(|e| e.date));
    if let Some(q) = &c.quiz {
        // Its first and last day (not the days between: a date a text names on one
        // of them is no date of the campaign's).
        days.extend(q.window.dates().next());
        days.push(q.window.last_date());
    }
    let end_day = |t: Instant| {
        let d = t.date();
        if t.beijing().time() == chrono::NaiveTime::MIN {
            d.pred_opt().unwrap_or(d)
        } else {
            d
        }
    };
    for d in &c.duties {
        if let fangfei::campaign::DutyRule::Deliver(x) = &d.rule {
            days.extend(x.node);
            days.extend(x.opens.map(Instant::date));
            if let Some(due) = x.due {
                days.push(due.due.day());
                if let fangfei::time::Due::At(t) = due.due {
                    days.push(end_day(t));
                }
            }
        }
    }
    days.iter().map(|d| (d.month(), d.day())).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_years_in_text_are_found() {
        let d = dates_in("于2021年6月10日17:00前报送,7月3日前总结;2021-06-16节点;6月16日和24日");
        let shown: Vec<(Option<i32>, u32, u32, &str)> = d
            .iter()
            .map(|w| (w.year, w.month, w.day, w.text.as_str()))
            .collect();
        assert_eq!(
            shown,
            [
                (Some(2021), 6, 10, "2021年6月10日"),
                (None, 7, 3, "7月3日"),
                (Some(2021), 6, 16, "2021-06-16"),
                (None, 6, 16, "6月16日"),
            ]
        );
        assert!(dates_in("第13个月日").is_empty());
        assert_eq!(years_in("某市2021年方案,1999年,20210年"), [2021]);
    }
}
