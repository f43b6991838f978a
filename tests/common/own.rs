//! A campaign's own words, for the leak tests of the library (`tests/all/campaigns.rs`)
//! and of the command line (`cli/tests/cli/leak.rs`), which include this file: what
//! a campaign's outputs may say because the campaign itself says it.

use std::collections::BTreeSet;

use fangfei::campaign::DutyRule;
use fangfei::Campaign;

/// `6月10日` and `06-10` for a day.
pub fn day_forms(d: fangfei::NaiveDate) -> [String; 2] {
    use chrono::Datelike;
    [
        format!("{}月{}日", d.month(), d.day()),
        format!("{:02}-{:02}", d.month(), d.day()),
    ]
}

/// The days a campaign's outputs may name:
/// its span and the day after, issue date, phases, events, quiz window, deliveries and
/// the week edges of its spread duties.
pub fn own_days(c: &Campaign) -> BTreeSet<fangfei::NaiveDate> {
    let mut days = BTreeSet::from([c.span.first, c.span.last]);
    days.extend(c.span.last.succ_opt());
    days.extend(c.issued_on);
    for p in &c.phases {
        days.extend([p.first, p.last]);
    }
    days.extend(c.events.iter().map(|e| e.date));
    if let Some(q) = &c.quiz {
        days.extend([
            q.window.start.date(),
            q.window.last_date(),
            q.window.end.date(),
        ]);
    }
    for d in &c.duties {
        match &d.rule {
            DutyRule::Deliver(x) => {
                let due = c.due_of(x);
                days.insert(due.due.day());
                days.insert(due.cutoff().0.date());
                days.extend(x.opens.map(|o| o.date()));
                days.extend(x.node);
            }
            DutyRule::Spread(x) => {
                use chrono::{Datelike, Weekday};
                let p = c.phase(&x.phase).unwrap();
                for day in p.first.iter_days().take_while(|d| *d <= p.last) {
                    if matches!(day.weekday(), Weekday::Mon | Weekday::Sun)
                        || day == p.first
                        || day == p.last
                    {
                        days.insert(day);
                    }
                }
            }
            _ => {}
        }
    }
    days
}

/// A campaign's own strings: its name, number, issuer and city, its venues, units,
/// roles, phases, events, materials, lists, flags, channels, figures, its table's
/// name, clause, sheet and headers, its duties' titles, its days and its year.
pub fn own_strings(c: &Campaign) -> BTreeSet<String> {
    let mut s = BTreeSet::from([c.name.zh.clone(), c.name.en.clone(), c.city.clone()]);
    s.insert(format!("{}年", c.year));
    s.extend(c.document_number.clone());
    s.extend(c.issuer.clone());
    for e in &c.events {
        s.insert(e.name.zh.clone());
        for v in &e.venues {
            s.insert(v.name.clone());
            s.extend(v.aliases.iter().cloned());
        }
        s.extend(e.items.iter().map(|i| i.name.zh.clone()));
        s.extend(e.figures.iter().map(|f| f.name.zh.clone()));
    }
    for u in &c.units {
        s.insert(u.name.clone());
        s.extend(u.aliases.iter().cloned());
        s.extend(u.venues.iter().cloned());
    }
    s.extend(c.roles.iter().map(|r| r.name.zh.clone()));
    s.extend(c.phases.iter().map(|p| p.name.zh.clone()));
    for m in &c.materials {
        s.insert(m.name.zh.clone());
        s.extend(m.parts.iter().map(|p| p.name.clone()));
    }
    for l in &c.lists {
        s.insert(l.name.zh.clone());
        s.extend(
            l.kinds
                .iter()
                .flat_map(|k| &k.kinds)
                .map(|k| k.name.clone()),
        );
    }
    s.extend(c.flags.iter().map(|f| f.name.zh.clone()));
    s.extend(c.channels.iter().map(|x| x.name.zh.clone()));
    for g in &c.figures {
        s.insert(g.name.zh.clone());
        s.extend(g.fields.iter().map(|f| f.name.zh.clone()));
    }
    if let Some(q) = &c.quiz {
        s.extend(q.name.as_ref().map(|n| n.zh.clone()));
    }
    if let Some(t) = &c.statistics_table {
        s.extend([t.name.zh.clone(), t.name.en.clone(), t.title.clone()]);
        s.insert(t.clause.clone());
        s.extend(t.ledger.as_ref().map(|l| l.sheet.clone()));
        s.extend(t.groups.iter().map(|g| g.name.zh.clone()));
        s.extend(t.columns.iter().map(|x| x.name.zh.clone()));
        s.extend(t.cross_rules.iter().map(|r| r.title.zh.clone()));
        s.extend(t.other.iter().map(|o| o.name.zh.clone()));
    }
    for d in &c.duties {
        s.insert(c.duty_title(d).zh);
        if let DutyRule::Attend(a) = &d.rule {
            s.extend(a.place.as_ref().map(|p| p.zh.clone()));
        }
    }
    for d in own_days(c) {
        s.extend(day_forms(d));
    }
    s.retain(|x| x.chars().count() >= 2);
    s
}
