//! Counted sheets, once a day, and team standings (Q-WINDOW, Q-ONCE-A-DAY, Q-TEAM).
//!
//! A [`Tally`] keeps, per participant and answering day, the one sheet that counts:
//! the earliest (附件2 四: one scored paper per participant per Beijing day; a later
//! sheet does not replace the first). Two sheets at the very same millisecond: the
//! lower score counts (a documented, deterministic choice). Keeping "the earliest" makes
//! tallies **mergeable**: [`Tally::merge`] takes, slot by slot, the earlier sheet, which
//! is associative and commutative, so shards of sheets can be tallied apart and
//! combined into exactly the standings of tallying everything at once.
//!
//! A participant is their platform account, the id (Q-ONCE-A-DAY): the same id
//! answering again the same day under another region is refused like any second sheet.
//! Their team is a region chosen by the campaign's [`TeamRegion`] (2021: the region of
//! their first counted sheet); each counted sheet keeps its region, so the team follows
//! from the slots however the sheets arrive and however tallies merge.
//!
//! Memory is per participant (one `u64` per answering day), never per sheet. The table
//! is day-major (one column of participants per day): sheets arrive roughly day by day,
//! so a day's updates stay within one column (8 MB for a million participants) instead
//! of striding over the whole table.

use chrono::{Datelike, NaiveDate, NaiveTime, Timelike};
use serde::Serialize;

use super::region::Region;
use crate::campaign::MAX_DAY_SCORE;
use crate::campaign::{Campaign, TeamRegion, TeamStrategy};
use crate::report::{Finding, Text};
use crate::rule::RuleId;
use crate::time::{Instant, Window};
use crate::util::Interner;

const EMPTY: u64 = u64::MAX;

/// An instant as milliseconds of Beijing time since 1970-01-01 00:00.
fn millis(at: Instant) -> i64 {
    at.beijing().and_utc().timestamp_millis()
}

const DAY_MS: u64 = 86_400_000;

/// A packed slot: the milliseconds since the first day's 00:00 (high bits), the
/// sheet's region (5 bits), the day's score (16 bits): ordered by time first.
const SCORE_BITS: u32 = 16;
const SCORE_MASK: u64 = (1 << SCORE_BITS) - 1;
const REGION_BITS: u32 = 5;
const REGION_MASK: u64 = (1 << REGION_BITS) - 1;
const AT_SHIFT: u32 = SCORE_BITS + REGION_BITS;
/// Milliseconds a slot holds: 278 years, far beyond any quiz window.
const MAX_MS: u64 = 1 << (64 - AT_SHIFT);

// The campaign refuses a paper totalling more than a slot holds: the two agree.
const _: () = assert!(MAX_DAY_SCORE as u64 == SCORE_MASK);

/// What became of a sheet offered to the tally.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Added {
    /// It counts.
    Counted,
    /// It counts, and replaces a later sheet of the same day seen before it (the
    /// stream was not in time order); the replaced sheet was at `replaced`.
    Replaced {
        /// When the replaced sheet was submitted.
        replaced: Instant,
    },
    /// Outside the quiz window (Q-WINDOW).
    OutsideWindow,
    /// The participant already has an earlier sheet that day (Q-ONCE-A-DAY).
    NotFirstOfDay {
        /// When the counted sheet was submitted.
        first: Instant,
        /// The region the counted sheet was answered under.
        region: Region,
    },
}

/// A sheet's place in the quiz, worked out once from its submission time: its
/// answering day (0-based) and its time within the window, for [`Tally::add_many`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamp {
    day: usize,
    /// Milliseconds since the first answering day's 00:00.
    ms: u64,
}

impl Stamp {
    /// The answering day, 0-based: the index of the day's paper.
    pub fn day(self) -> usize {
        self.day
    }

    fn packed(self, score: u32, region: Region) -> u64 {
        let region = region.index() as u64 & REGION_MASK;
        (self.ms << AT_SHIFT) | (region << SCORE_BITS) | u64::from(score.min(MAX_DAY_SCORE))
    }
}

/// Per participant and answering day, the counted sheet; mergeable.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tally {
    window: crate::time::Window,
    /// The answering days, in order.
    dates: Vec<NaiveDate>,
    /// The first answering day's 00:00, in milliseconds: what a slot's time counts from.
    origin_ms: i64,
    days: usize,
    team_region: TeamRegion,
    /// The participants' ids, numbered in the order first met.
    keys: Interner,
    /// One column per answering day, one slot per participant in each: packed (see
    /// `AT_SHIFT`), or EMPTY. A slot's number outside (see [`Tally::held`]) is
    /// participant × days + day.
    slots: Vec<Vec<u64>>,
    /// Sheets replaced by an earlier one when merging or out of order.
    superseded: u64,
}

impl Tally {
    /// An empty tally for the campaign's quiz window (with no answering day for a
    /// campaign without a quiz).
    pub fn new(campaign: &Campaign) -> Tally {
        let start = Instant::start_of(campaign.span.first);
        let (window, team_region) = campaign
            .quiz
            .as_ref()
            .map_or((Window { start, end: start }, TeamRegion::default()), |q| {
                (q.window, q.team_region)
            });
        let dates: Vec<NaiveDate> = window.dates().collect();
        Tally {
            window,
            origin_ms: millis(Instant::start_of(window.start.date())),
            days: dates.len(),
            slots: vec![Vec::new(); dates.len()],
            dates,
            team_region,
            keys: Interner::default(),
            superseded: 0,
        }
    }

    /// The answering days (11 in 2021).
    pub fn days(&self) -> usize {
        self.days
    }

    /// The dense number of a participant (their platform id), added if new.
    pub fn participant(&mut self, id: &str) -> u32 {
        let known = self.keys.len();
        let i = self.keys.intern(id);
        if self.keys.len() > known {
            for column in &mut self.slots {
                column.push(EMPTY);
            }
        }
        i
    }

    /// Makes room for `additional` more participants (a batch of known size grows the
    /// table once instead of step by step).
    pub fn reserve(&mut self, additional: usize) {
        self.keys.reserve(additional);
        for column in &mut self.slots {
            column.reserve(additional);
        }
    }

    /// The last answering day on which any sheet counted: what standings asked for
    /// without a day are as of (附件2 五: final only when it is the quiz's last day).
    pub fn last_answered_day(&self) -> Option<NaiveDate> {
        let d = self
            .slots
            .iter()
            .rposition(|column| column.iter().any(|s| *s != EMPTY))?;
        self.dates.get(d).copied()
    }

    /// How many participants the tally knows.
    pub fn participants(&self) -> usize {
        self.keys.len()
    }

    fn first_day(&self) -> Option<NaiveDate> {
        self.dates.first().copied()
    }

    /// The answering day an instant falls on and its time since the first day's 00:00,
    /// whether or not inside the window.
    fn offset(&self, at: Instant) -> Option<Stamp> {
        // Plain integer milliseconds: chrono's Duration arithmetic was a third of the
        // time of tallying 10 million sheets. A time in the first day's year (all of
        // them, in practice) is counted from its day of the year, without calendar
        // arithmetic; the same milliseconds as `millis`.
        let local = at.beijing();
        let ms = match self.dates.first() {
            Some(first) if first.year() == local.year() => {
                let days = i64::from(local.ordinal()).wrapping_sub(i64::from(first.ordinal()));
                let time = local.time();
                let secs = i64::from(time.num_seconds_from_midnight());
                days.wrapping_mul(DAY_MS as i64)
                    .wrapping_add(secs.wrapping_mul(1000))
                    .wrapping_add(i64::from(time.nanosecond() / 1_000_000))
            }
            _ => millis(at).checked_sub(self.origin_ms)?,
        };
        let ms = u64::try_from(ms).ok().filter(|&ms| ms < MAX_MS)?;
        let day = usize::try_from(ms / DAY_MS).ok()?;
        (day < self.days).then_some(Stamp { day, ms })
    }

    /// Where a sheet submitted `at` falls (Q-WINDOW): `None` outside the quiz window.
    /// Work it out once per sheet: its day picks the paper, and it is what
    /// [`Tally::add_many`] takes.
    pub fn stamp(&self, at: Instant) -> Option<Stamp> {
        if self.window.contains(at) {
            self.offset(at)
        } else {
            None
        }
    }

    fn unpack_region(packed: u64) -> Region {
        Region::from_index(((packed >> SCORE_BITS) & REGION_MASK) as usize)
    }

    /// Participant `p`'s slots for the first `days` answering days, in day order.
    fn row(&self, p: usize, days: usize) -> impl DoubleEndedIterator<Item = u64> + '_ {
        self.slots
            .iter()
            .take(days)
            .map(move |column| column.get(p).copied().unwrap_or(EMPTY))
    }

    /// Participant `p`'s team by their counted sheets of the first `days` days (the
    /// campaign's [`TeamRegion`]); `None` before they have one.
    ///
    /// A slot of day `d` holds a time in day `d` (its column is the day of its time),
    /// so the earliest counted sheet is the first one in day order and the latest the
    /// last: one column read for most participants, not one per day (a counted sheet's
    /// team check read eleven, 6% of scoring 1M JSON Lines sheets).
    fn team_through(&self, p: usize, days: usize) -> Option<Region> {
        let mut row = self.row(p, days);
        let chosen = match self.team_region {
            TeamRegion::LatestCountedSheet => row.rfind(|s| *s != EMPTY),
            _ => row.find(|s| *s != EMPTY),
        };
        chosen.map(Tally::unpack_region)
    }

    /// Every participant's slot that chooses their team (as [`Tally::team_through`]
    /// does) among their sheets of the first `days` days; EMPTY for none.
    fn chosen_through(&self, days: usize) -> Vec<u64> {
        let mut chosen = vec![EMPTY; self.keys.len()];
        let latest = matches!(self.team_region, TeamRegion::LatestCountedSheet);
        for column in self.slots.iter().take(days) {
            let pairs = chosen.iter_mut().zip(column);
            if latest {
                for (c, &s) in pairs {
                    if s != EMPTY && (*c == EMPTY || s > *c) {
                        *c = s;
                    }
                }
            } else {
                for (c, &s) in pairs {
                    *c = (*c).min(s);
                }
            }
        }
        chosen
    }

    /// The team of participant `p` (from [`Tally::participant`]), once they have a
    /// counted sheet.
    pub fn team(&self, p: u32) -> Option<Region> {
        self.team_through(p as usize, self.days)
    }

    /// The answering day (0-based) an instant falls on, if any.
    pub fn day_of(&self, at: Instant) -> Option<usize> {
        self.offset(at).map(Stamp::day)
    }

    /// When the sheet packed in a slot was submitted: the day's date and the time of
    /// day, no calendar arithmetic.
    fn unpack_at(&self, packed: u64) -> Instant {
        let ms = packed >> AT_SHIFT;
        let date = usize::try_from(ms / DAY_MS)
            .ok()
            .and_then(|d| self.dates.get(d))
            .or(self.dates.first())
            .copied()
            .unwrap_or_default();
        let in_day = ms % DAY_MS;
        let time = u32::try_from(in_day / 1000)
            .ok()
            .and_then(|secs| {
                let nanos = u32::try_from(in_day % 1000).ok()?.checked_mul(1_000_000)?;
                NaiveTime::from_num_seconds_from_midnight_opt(secs, nanos)
            })
            .unwrap_or(NaiveTime::MIN);
        Instant::from_beijing(date.and_time(time))
    }

    /// Offers a scored sheet of participant `p` (from [`Tally::participant`]),
    /// answered under `region`.
    pub fn add(&mut self, p: u32, at: Instant, score: u32, region: Region) -> Added {
        match self.stamp(at) {
            Some(stamp) => self.add_stamped(p, stamp, score, region),
            None => Added::OutsideWindow,
        }
    }

    /// [`Tally::add`] of a sheet already stamped ([`Tally::stamp`]).
    pub fn add_stamped(&mut self, p: u32, stamp: Stamp, score: u32, region: Region) -> Added {
        self.keep_earlier(p as usize, stamp.day, stamp.packed(score, region))
    }

    /// The slot a sheet of participant `p` stamped `stamp` goes in (numbered
    /// participant × days + day), and what the slot holds (`EMPTY`: nothing yet).
    pub(crate) fn held(&self, p: u32, stamp: Stamp) -> Option<(usize, u64)> {
        let p = p as usize;
        let held = *self.slots.get(stamp.day)?.get(p)?;
        Some((p.checked_mul(self.days)?.checked_add(stamp.day)?, held))
    }

    /// How many slots the table has (participants × days).
    pub(crate) fn slot_count(&self) -> usize {
        self.keys.len().saturating_mul(self.days)
    }

    /// The sheet slot `i` held as `packed`, as it was told when it counted: its
    /// participant, day, time, score and region (no breakdown, no findings).
    pub(crate) fn counted_outcome(
        &self,
        line: usize,
        i: usize,
        packed: u64,
    ) -> Option<super::SheetOutcome> {
        let p = i.checked_div(self.days)?;
        let day = *self.dates.get(i.checked_rem(self.days)?)?;
        Some(super::SheetOutcome {
            line,
            participant: self.keys.get(p)?.to_owned(),
            region: Some(Tally::unpack_region(packed)),
            day,
            submitted_at: self.unpack_at(packed),
            score: u32::try_from(packed & SCORE_MASK).ok(),
            questions: Vec::new(),
            counted: true,
            findings: Vec::new(),
        })
    }

    /// Keeps the earlier of participant `p`'s sheet of day `day` and this one, saying
    /// which.
    fn keep_earlier(&mut self, p: usize, day: usize, packed: u64) -> Added {
        match self.swap_earlier(p, day, packed) {
            Some(old) => self.told(old, packed),
            None => Added::OutsideWindow,
        }
    }

    /// Puts the earlier of the slot's sheet and `packed` in the slot, giving what it
    /// held; `None` if there is no such slot.
    fn swap_earlier(&mut self, p: usize, day: usize, packed: u64) -> Option<u64> {
        let slot = self.slots.get_mut(day)?.get_mut(p)?;
        let old = *slot;
        *slot = old.min(packed);
        Some(old)
    }

    /// What became of sheet `packed` offered to a slot that held `old`.
    fn told(&mut self, old: u64, packed: u64) -> Added {
        if old == EMPTY {
            Added::Counted
        } else if packed < old {
            self.superseded = self.superseded.saturating_add(1);
            Added::Replaced {
                replaced: self.unpack_at(old),
            }
        } else {
            Added::NotFirstOfDay {
                first: self.unpack_at(old),
                region: Tally::unpack_region(old),
            }
        }
    }

    /// Offers many stamped, scored sheets `(participant, stamp, score, region)` at once,
    /// pushing one [`Added`] per sheet onto `out`, in order: the same result as calling
    /// [`Tally::add_stamped`] for each. Faster for large batches: the table is updated
    /// in a tight loop first, whose memory accesses (a million participants' column
    /// each) overlap instead of waiting one by one, and what became of each sheet is
    /// told after.
    pub fn add_many(&mut self, sheets: &[(u32, Stamp, u32, Region)], out: &mut Vec<Added>) {
        const CHUNK: usize = 256;
        let mut olds = [None; CHUNK];
        out.reserve(sheets.len());
        for chunk in sheets.chunks(CHUNK) {
            for (&(p, stamp, score, region), old) in chunk.iter().zip(&mut olds) {
                *old = self.swap_earlier(p as usize, stamp.day, stamp.packed(score, region));
            }
            for (&(_, stamp, score, region), old) in chunk.iter().zip(olds) {
                out.push(match old {
                    Some(old) => self.told(old, stamp.packed(score, region)),
                    None => Added::OutsideWindow,
                });
            }
        }
    }

    /// Adds another tally's sheets: per participant and day, the earlier sheet counts.
    /// Associative and commutative (up to the order participants are numbered in,
    /// which no result depends on).
    ///
    /// # Errors
    ///
    /// The tallies are of different quiz windows.
    pub fn merge(&mut self, other: &Tally) -> Result<(), &'static str> {
        if self.window != other.window {
            return Err("the tallies are of different quiz windows");
        }
        self.reserve(other.keys.len());
        for (j, id) in other.keys.iter().enumerate() {
            let p = self.participant(id) as usize;
            for (d, theirs) in other.row(j, other.days).enumerate() {
                if let Some(mine) = self.slots.get_mut(d).and_then(|c| c.get_mut(p)) {
                    if theirs != EMPTY && *mine != EMPTY && theirs != *mine {
                        self.superseded = self.superseded.saturating_add(1);
                    }
                    *mine = (*mine).min(theirs);
                }
            }
        }
        self.superseded = self.superseded.saturating_add(other.superseded);
        Ok(())
    }

    /// The day index of `d` (0-based), if it is an answering day.
    fn day_index(&self, d: NaiveDate) -> Option<usize> {
        self.dates.iter().position(|x| *x == d)
    }

    /// Per-participant results through day `through` (inclusive; `None`: all days).
    pub fn individuals(&self, through: Option<NaiveDate>) -> Vec<Individual> {
        let last = through
            .and_then(|d| self.day_index(d))
            .map_or(self.days, |i| i.saturating_add(1));
        let last = if through.is_some_and(|d| Some(d) < self.first_day()) {
            0
        } else {
            last
        };
        (0..self.keys.len())
            .filter_map(|p| {
                // Their team as of `through`; one whose counted sheets all come later
                // is still listed, by the team those sheets give, with nothing yet.
                let region = self
                    .team_through(p, last)
                    .or_else(|| self.team_through(p, self.days))?;
                let counted = self.row(p, last).filter(|s| *s != EMPTY);
                let (days, total) = counted.fold((0u32, 0u64), |(n, t), s| {
                    (n.saturating_add(1), t.saturating_add(s & SCORE_MASK))
                });
                Some(Individual {
                    id: self.keys.get(p)?.to_string(),
                    region,
                    days,
                    total,
                })
            })
            .collect()
    }

    /// Team standings through `through` (the cumulative table published that day; the
    /// last day's is the final one), ranked by `strategy`.
    ///
    /// Order: higher value → more participants → higher total score → region key
    /// ascending. Teams equal on value, participants and total share one rank (1-2-2-4);
    /// the region key orders their lines only. A team with no counted participant is
    /// not ranked.
    pub fn standings(
        &self,
        strategy: TeamStrategy,
        through: Option<NaiveDate>,
    ) -> Vec<TeamStanding> {
        let last = match through {
            Some(d) if Some(d) < self.first_day() => 0,
            Some(d) => self.day_index(d).map_or(self.days, |i| i.saturating_add(1)),
            None => self.days,
        };
        let mut teams: Vec<TeamStanding> = Region::all()
            .map(|region| TeamStanding {
                rank: 0,
                region,
                value: 0.0,
                participants: 0,
                sheets: 0,
                total: 0,
                best_day: 0,
                key: (0, 1),
            })
            .collect();
        // Column by column: each participant's team first, then every day's sheets
        // added to it (a few sequential passes over the table instead of a walk across
        // all its columns per participant).
        let chosen = self.chosen_through(last);
        for &c in &chosen {
            if c != EMPTY {
                if let Some(t) = teams.get_mut(Tally::unpack_region(c).index()) {
                    t.participants = t.participants.saturating_add(1);
                }
            }
        }
        let mut per_day: Vec<u64> = vec![0; 32usize.saturating_mul(self.days)];
        for (d, column) in self.slots.iter().take(last).enumerate() {
            for (&s, &c) in column.iter().zip(&chosen) {
                if s == EMPTY {
                    continue;
                }
                // A participant with a sheet through `last` has a team through it.
                let r = Tally::unpack_region(c).index();
                let score = s & SCORE_MASK;
                if let Some(t) = teams.get_mut(r) {
                    t.sheets = t.sheets.saturating_add(1);
                    t.total = t.total.saturating_add(score);
                }
                if let Some(x) = per_day.get_mut(r.saturating_mul(self.days).saturating_add(d)) {
                    *x = x.saturating_add(score);
                }
            }
        }
        for t in &mut teams {
            let r = t.region.index();
            t.best_day = per_day
                .get(
                    r.saturating_mul(self.days)
                        ..r.saturating_mul(self.days).saturating_add(self.days),
                )
                .and_then(|d| d.iter().max().copied())
                .unwrap_or(0);
            t.key = match strategy {
                TeamStrategy::SumOfDailyScores => (u128::from(t.total), 1),
                TeamStrategy::MeanPerParticipant => {
                    (u128::from(t.total), u128::from(t.participants.max(1)))
                }
                TeamStrategy::ParticipationCount => (u128::from(t.participants), 1),
                TeamStrategy::BestSingleDay => (u128::from(t.best_day), 1),
                TeamStrategy::ParticipationWeighted => (
                    u128::from(t.total)
                        .saturating_add(u128::from(t.sheets).saturating_mul(PARTICIPATION_POINTS)),
                    1,
                ),
            };
            t.value = t.key.0 as f64 / t.key.1 as f64;
        }
        // A team with no counted participant is never ranked (RULES.md Q-TEAM).
        teams.retain(|t| t.participants > 0);
        teams.sort_by(|a, b| {
            // a.key > b.key exactly: a.0 * b.1 vs b.0 * a.1.
            (b.key.0.saturating_mul(a.key.1))
                .cmp(&a.key.0.saturating_mul(b.key.1))
                .then(b.participants.cmp(&a.participants))
                .then(b.total.cmp(&a.total))
                .then(a.region.key().cmp(b.region.key()))
        });
        // Standard competition ranking (1-2-2-4): a team tied with the one before it on
        // everything ranked by — value, participants, total — shares its rank; the
        // region key only orders the listing, it never splits a rank (issue 29).
        let mut before: Option<(usize, (u128, u128), u64, u64)> = None;
        for (i, t) in teams.iter_mut().enumerate() {
            t.rank = match before {
                Some((rank, key, people, total))
                    if key.0.saturating_mul(t.key.1) == t.key.0.saturating_mul(key.1)
                        && people == t.participants
                        && total == t.total =>
                {
                    rank
                }
                _ => i.saturating_add(1),
            };
            before = Some((t.rank, t.key, t.participants, t.total));
        }
        teams
    }

    /// See [`super::Scorer::settle`]: an outcome that says it counts, whose sheet an
    /// earlier one of the same account and day has since replaced, no longer counts.
    pub fn settle(&self, out: &mut super::SheetOutcome) {
        if !out.counted {
            return;
        }
        let Some((kept, mine)) = self.slot_and_packed(out) else {
            return;
        };
        if kept == mine {
            return;
        }
        out.counted = false;
        let text = if kept >> AT_SHIFT == mine >> AT_SHIFT {
            // The same millisecond: the lower score counts (see the module's notes).
            Text::new(
                format!(
                    "同一账号{}另有一份答卷与本答卷提交时间相同,按得分较低的一份计分,本答卷不再计分",
                    out.day
                ),
                format!(
                    "another sheet of the same account for {} was submitted at the same instant: the lower-scoring one counts, and this one no longer does",
                    out.day
                ),
            )
        } else {
            Text::new(
                format!(
                    "同一账号{}更早提交的答卷在本答卷之后读到,按先提交者计分,本答卷不再计分",
                    out.day
                ),
                format!(
                    "an earlier sheet of the same account for {} was read after this one: the first submitted counts, and this one no longer does",
                    out.day
                ),
            )
        };
        out.findings
            .push(Finding::error(RuleId::Q_ONCE_A_DAY, "submitted_at", text));
    }

    /// The slot of a counted sheet's participant and day, and the sheet packed as the
    /// slot would hold it (its time, region and score): equal when that very sheet is
    /// the one kept. Two sheets at the same millisecond differ by score or region, and
    /// only the kept one matches (the lower score, as [`Tally::add`] keeps it); an
    /// identical second one was refused when added.
    fn slot_and_packed(&self, out: &super::SheetOutcome) -> Option<(u64, u64)> {
        let p = self.keys.find(&out.participant)?;
        let stamp = self.offset(out.submitted_at)?;
        let kept = *self.slots.get(stamp.day)?.get(p as usize)?;
        Some((kept, stamp.packed(out.score?, out.region?)))
    }

    /// Sheets replaced by an earlier sheet of the same participant and day, when
    /// merging or when a stream was out of time order.
    pub fn superseded(&self) -> u64 {
        self.superseded
    }
}

/// Per counted sheet, the participation-weighted strategy adds these points (one
/// 10-point question's worth): a team gains by turning people out, not only by scoring.
pub const PARTICIPATION_POINTS: u128 = 10;

/// One participant's results.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Individual {
    /// The platform's id.
    pub id: String,
    /// The team (the campaign's [`TeamRegion`] of their counted sheets).
    pub region: Region,
    /// Days with a counted sheet.
    pub days: u32,
    /// The sum of counted daily scores (Q-MAX: at most days × 100).
    pub total: u64,
}

/// One team's line in the standings.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TeamStanding {
    /// 1-based; teams tied on value, participants and total share one (1-2-2-4).
    pub rank: usize,
    /// The team.
    pub region: Region,
    /// The strategy's value (for the mean, rounded for display; ranking is exact).
    pub value: f64,
    /// Distinct participants with a counted sheet.
    pub participants: u64,
    /// Counted sheets.
    pub sheets: u64,
    /// The sum of counted scores.
    pub total: u64,
    /// The team's best single-day sum.
    pub best_day: u64,
    #[serde(skip)]
    key: (u128, u128),
}

/// Top individuals: by total, then more days, then id (ascending).
pub fn top_individuals(mut people: Vec<Individual>, n: usize) -> Vec<Individual> {
    people.sort_by(|a, b| {
        b.total
            .cmp(&a.total)
            .then(b.days.cmp(&a.days))
            .then(a.id.cmp(&b.id))
    });
    people.truncate(n);
    people
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The day-of-the-year count agrees with plain calendar milliseconds, around the
    /// window, across a year's end (the slow path) and in a leap second.
    #[test]
    fn a_stamps_time_is_the_calendars() {
        let t = Tally::new(Campaign::embedded());
        let at = |y, m, d, h, min, ms: u32| {
            Instant::from_beijing(
                NaiveDate::from_ymd_opt(y, m, d)
                    .and_then(|d| d.and_hms_milli_opt(h, min, ms / 1000, ms % 1000))
                    .or_else(|| {
                        // A leap second: 59 s and more than 1,000 ms.
                        NaiveDate::from_ymd_opt(y, m, d)?.and_hms_milli_opt(h, min, 59, ms - 59_000)
                    })
                    .unwrap(),
            )
        };
        for a in [
            at(2021, 6, 15, 0, 0, 0),
            at(2021, 6, 15, 10, 0, 1),
            at(2021, 6, 25, 23, 59, 59_999),
            at(2021, 6, 14, 23, 59, 59_999),
            at(2021, 1, 1, 0, 0, 0),
            at(2020, 12, 31, 23, 0, 0),
            at(2022, 6, 15, 10, 0, 0),
            at(2021, 6, 20, 23, 59, 60_500),
        ] {
            let slow = u64::try_from(millis(a) - t.origin_ms)
                .ok()
                .filter(|&ms| ms < MAX_MS)
                .map(|ms| (ms / DAY_MS, ms))
                .filter(|&(d, _)| d < t.days as u64)
                .map(|(d, ms)| Stamp {
                    day: d as usize,
                    ms,
                });
            assert_eq!(t.offset(a), slow, "{a:?}");
        }
        assert_eq!(
            t.offset(at(2021, 6, 16, 8, 30, 250)).map(|s| (s.day, s.ms)),
            Some((1, DAY_MS + 30_600_250))
        );
    }
}
