//! The working-day calendar against the checks of reference/holidays-cn.md.

use chrono::NaiveDate;
use fangfei::calendar::{Calendar, DayKind};
use fangfei::Campaign;

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

#[test]
fn quiz_2021_has_nine_working_days() {
    // 附件2 一: 6月15日10:00至6月25日24:00(共9个工作日) — computed from the calendar.
    let c = Campaign::embedded();
    let w = c.quiz.as_ref().unwrap().window;
    let n = c
        .calendar()
        .working_days(w.start.date(), w.last_date())
        .unwrap();
    assert_eq!(n, 9);
    assert_eq!(Some(n), c.quiz.as_ref().unwrap().stated_working_days);
    // …and 11 answering days, because answering is open every day (附件2 四).
    assert_eq!(c.quiz.as_ref().unwrap().answering_days(), 11);
}

#[test]
fn quiz_2023_has_eight_working_days() {
    // That year's quiz notice: 2023-06-12 ..= 06-21, 共8个工作日 (端午 06-22..24).
    assert_eq!(
        Calendar::official().working_days(d("2023-06-12"), d("2023-06-21")),
        Ok(8)
    );
}

#[test]
fn working_days_per_phase_2021() {
    let c = Campaign::embedded();
    let cal = c.calendar();
    let per: Vec<(String, u32)> = c
        .phases
        .iter()
        .map(|p| (p.key.clone(), cal.working_days(p.first, p.last).unwrap()))
        .collect();
    assert_eq!(
        per,
        vec![
            ("preparation".into(), 5),
            ("implementation".into(), 14),
            ("summary".into(), 2)
        ]
    );
}

#[test]
fn summary_deadline_is_a_saturday() {
    let cal = Calendar::official();
    assert_eq!(cal.day_kind(d("2021-07-03")), Ok(DayKind::Weekend));
    assert_eq!(cal.day_kind(d("2021-06-14")), Ok(DayKind::Holiday));
    assert_eq!(cal.holiday_name(d("2021-06-14")), Some("端午节"));
    assert_eq!(cal.day_kind(d("2021-09-18")), Ok(DayKind::MakeupWorkday));
}

#[test]
fn every_year_has_its_holidays() {
    // Each table: 7 holidays (2023 and 2025 merge 中秋 and 国庆 into 6), and 5–8 make-up days.
    for y in Calendar::official().years() {
        assert!((6..=7).contains(&y.holidays.len()), "{}", y.year);
        assert!((5..=8).contains(&y.makeup_workdays.len()), "{}", y.year);
        assert!(!y.notice.is_empty());
    }
}

#[test]
fn extra_years_come_from_the_campaign() {
    let mut c = Campaign::lingyuan_2021();
    assert!(c.calendar().is_working_day(d("2027-01-04")).is_err());
    c.extra_holidays.push(fangfei::calendar::HolidayYear {
        year: 2027,
        notice: "test".into(),
        holidays: vec![],
        makeup_workdays: vec![],
    });
    assert_eq!(c.calendar().is_working_day(d("2027-01-04")), Ok(true));
}

#[test]
fn campaign_files_that_are_refused() {
    let table = crate::data("campaign-refusals.tsv");
    let rows = crate::rows(&table);
    assert!(rows.len() >= 8);
    for (line, cells) in rows {
        let [pointer, value, path] = &cells[..] else {
            panic!("line {line}: {cells:?}")
        };
        let mut v: serde_json::Value =
            serde_json::from_str(fangfei::campaign::LINGYUAN_2021_JSON).unwrap();
        let value: serde_json::Value = serde_json::from_str(value).unwrap();
        match v.pointer_mut(pointer) {
            Some(slot) => *slot = value,
            // A top-level key the 2021 file leaves out.
            None => {
                v[pointer.trim_start_matches('/')] = value;
            }
        }
        let e = fangfei::Campaign::from_json(&v.to_string()).unwrap_err();
        let paths: Vec<String> = e.problems().iter().map(|p| p.path.to_string()).collect();
        assert!(paths.contains(path), "line {line}: {paths:?}");
    }
}
