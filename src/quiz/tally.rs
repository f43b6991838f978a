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
//! Memory is per participant (one `u64` per answering day), never per sheet.

use chrono::NaiveDate;
use serde::Serialize;

use super::region::Region;
use crate::campaign::MAX_DAY_SCORE;
use crate::campaign::{Campaign, TeamRegion, TeamStrategy};
use crate::report::{Finding, Text};
use crate::rule::RuleId;
use crate::time::Instant;
use crate::util::Interner;

const EMPTY: u64 = u64::MAX;

/// An instant as milliseconds of Beijing time since 1970-01-01 00:00.
fn millis(at: Instant) -> i64 {
    at.beijing().and_utc().timestamp_millis()
}

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

/// Per participant and answering day, the counted sheet; mergeable.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tally {
    window: crate::time::Window,
    first_day: NaiveDate,
    /// The first answering day's 00:00, in milliseconds: what a slot's time counts from.
    origin_ms: i64,
    days: usize,
    team_region: TeamRegion,
    /// The participants' ids, numbered in the order first met.
    keys: Interner,
    /// participants × days; each packed (see `AT_SHIFT`), or EMPTY.
    slots: Vec<u64>,
    /// Sheets replaced by an earlier one when merging or out of order.
    superseded: u64,
}

impl Tally {
    /// An empty tally for the campaign's quiz window.
    pub fn new(campaign: &Campaign) -> Tally {
        let window = campaign.quiz.window;
        Tally {
            window,
            first_day: window.start.date(),
            origin_ms: millis(Instant::start_of(window.start.date())),
            days: window.dates().count(),
            team_region: campaign.quiz.team_region,
            keys: Interner::default(),
            slots: Vec::new(),
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
            self.slots.extend(std::iter::repeat_n(EMPTY, self.days));
        }
        i
    }

    /// Makes room for `additional` more participants (a batch of known size grows the
    /// table once instead of step by step).
    pub fn reserve(&mut self, additional: usize) {
        self.keys.reserve(additional);
        self.slots.reserve(additional.saturating_mul(self.days));
    }

    /// How many participants the tally knows.
    pub fn participants(&self) -> usize {
        self.keys.len()
    }

    fn pack(&self, at: Instant, score: u32, region: Region) -> Option<(usize, u64)> {
        // Plain integer milliseconds: chrono's Duration arithmetic was a third of the
        // time of tallying 10 million sheets.
        let ms = millis(at).checked_sub(self.origin_ms)?;
        let ms = u64::try_from(ms).ok().filter(|&ms| ms < MAX_MS)?;
        let day = usize::try_from(ms / 86_400_000).ok()?;
        let region = region.index() as u64 & REGION_MASK;
        (day < self.days).then_some((
            day,
            (ms << AT_SHIFT) | (region << SCORE_BITS) | u64::from(score.min(MAX_DAY_SCORE)),
        ))
    }

    fn unpack_region(packed: u64) -> Region {
        Region::from_index(((packed >> SCORE_BITS) & REGION_MASK) as usize)
    }

    /// Participant `p`'s slots for the first `days` answering days.
    fn row(&self, p: usize, days: usize) -> &[u64] {
        let start = p.saturating_mul(self.days);
        self.slots
            .get(start..start.saturating_add(days.min(self.days)))
            .unwrap_or(&[])
    }

    /// Participant `p`'s team by their counted sheets of the first `days` days (the
    /// campaign's [`TeamRegion`]); `None` before they have one.
    fn team_through(&self, p: usize, days: usize) -> Option<Region> {
        let counted = self.row(p, days).iter().copied().filter(|s| *s != EMPTY);
        let chosen = match self.team_region {
            TeamRegion::LatestCountedSheet => counted.max(),
            _ => counted.min(),
        };
        chosen.map(Tally::unpack_region)
    }

    /// The team of participant `p` (from [`Tally::participant`]), once they have a
    /// counted sheet.
    pub fn team(&self, p: u32) -> Option<Region> {
        self.team_through(p as usize, self.days)
    }

    /// The answering day (0-based) an instant falls on, if any.
    pub fn day_of(&self, at: Instant) -> Option<usize> {
        self.pack(at, 0, Region::from_index(0)).map(|(d, _)| d)
    }

    fn unpack_at(&self, packed: u64) -> Instant {
        let ms = i64::try_from(packed >> AT_SHIFT).unwrap_or(0);
        let start = Instant::start_of(self.first_day).beijing();
        Instant::from_beijing(
            start
                .checked_add_signed(chrono::Duration::milliseconds(ms))
                .unwrap_or(start),
        )
    }

    /// Offers a scored sheet of participant `p` (from [`Tally::participant`]),
    /// answered under `region`.
    pub fn add(&mut self, p: u32, at: Instant, score: u32, region: Region) -> Added {
        match self.spot(p, at, score, region) {
            Some((i, packed)) => self.keep_earlier(i, packed),
            None => Added::OutsideWindow,
        }
    }

    /// The slot and packed value of a sheet, or `None` outside the window.
    fn spot(&self, p: u32, at: Instant, score: u32, region: Region) -> Option<(usize, u64)> {
        if !self.window.contains(at) {
            return None;
        }
        let (day, packed) = self.pack(at, score, region)?;
        let i = (p as usize).saturating_mul(self.days).saturating_add(day);
        (i < self.slots.len()).then_some((i, packed))
    }

    /// The slot a sheet of participant `p` submitted `at` goes in, and what the slot
    /// holds (`EMPTY`: nothing yet); `None` outside the window.
    pub(crate) fn held(&self, p: u32, at: Instant) -> Option<(usize, u64)> {
        let (i, _) = self.spot(p, at, 0, Region::from_index(0))?;
        Some((i, *self.slots.get(i)?))
    }

    /// How many slots the table has (participants × days).
    pub(crate) fn slot_count(&self) -> usize {
        self.slots.len()
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
        let day = self.first_day.checked_add_days(chrono::Days::new(
            u64::try_from(i.checked_rem(self.days)?).ok()?,
        ))?;
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

    /// Keeps the earlier of the slot's sheet and this one, saying which.
    fn keep_earlier(&mut self, i: usize, packed: u64) -> Added {
        let Some(slot) = self.slots.get_mut(i) else {
            return Added::OutsideWindow;
        };
        let old = *slot;
        *slot = old.min(packed);
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

    /// Offers many scored sheets `(participant, submitted at, score, region)` at once, pushing
    /// one [`Added`] per sheet onto `out`, in order — the same result as calling
    /// [`Tally::add`] for each. Faster for large batches: the slot positions are worked
    /// out first and the table is then updated in a tight loop, so the memory accesses
    /// of a million participants' table overlap instead of waiting one by one.
    pub fn add_many(&mut self, sheets: &[(u32, Instant, u32, Region)], out: &mut Vec<Added>) {
        const CHUNK: usize = 256;
        let mut spots: Vec<Option<(usize, u64)>> = Vec::with_capacity(CHUNK);
        for chunk in sheets.chunks(CHUNK) {
            spots.clear();
            spots.extend(
                chunk
                    .iter()
                    .map(|&(p, at, score, region)| self.spot(p, at, score, region)),
            );
            for spot in &spots {
                out.push(match *spot {
                    Some((i, packed)) => self.keep_earlier(i, packed),
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
            for d in 0..self.days {
                let theirs = other
                    .slots
                    .get(j.saturating_mul(self.days).saturating_add(d))
                    .copied()
                    .unwrap_or(EMPTY);
                if let Some(mine) = self
                    .slots
                    .get_mut(p.saturating_mul(self.days).saturating_add(d))
                {
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
        let i = usize::try_from(d.signed_duration_since(self.first_day).num_days()).ok()?;
        (i < self.days).then_some(i)
    }

    /// Per-participant results through day `through` (inclusive; `None`: all days).
    pub fn individuals(&self, through: Option<NaiveDate>) -> Vec<Individual> {
        let last = through
            .and_then(|d| self.day_index(d))
            .map_or(self.days, |i| i.saturating_add(1));
        let last = if through.is_some_and(|d| d < self.first_day) {
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
                let counted = self.row(p, last).iter().filter(|s| **s != EMPTY);
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
    /// Ties: equal value → more participants → higher total score → region key
    /// ascending. Every region appears, with zeros if nobody answered.
    pub fn standings(
        &self,
        strategy: TeamStrategy,
        through: Option<NaiveDate>,
    ) -> Vec<TeamStanding> {
        let last = match through {
            Some(d) if d < self.first_day => 0,
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
        let mut per_day: Vec<u64> = vec![0; 32usize.saturating_mul(self.days)];
        for p in 0..self.keys.len() {
            let Some(region) = self.team_through(p, last) else {
                continue;
            };
            let r = region.index();
            let mut any = false;
            for (d, &s) in self.row(p, last).iter().enumerate() {
                if s == EMPTY {
                    continue;
                }
                any = true;
                let score = s & SCORE_MASK;
                if let Some(t) = teams.get_mut(r) {
                    t.sheets = t.sheets.saturating_add(1);
                    t.total = t.total.saturating_add(score);
                }
                if let Some(x) = per_day.get_mut(r.saturating_mul(self.days).saturating_add(d)) {
                    *x = x.saturating_add(score);
                }
            }
            if any {
                if let Some(t) = teams.get_mut(r) {
                    t.participants = t.participants.saturating_add(1);
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
        teams.sort_by(|a, b| {
            // a.key > b.key exactly: a.0 * b.1 vs b.0 * a.1.
            (b.key.0.saturating_mul(a.key.1))
                .cmp(&a.key.0.saturating_mul(b.key.1))
                .then(b.participants.cmp(&a.participants))
                .then(b.total.cmp(&a.total))
                .then(a.region.key().cmp(b.region.key()))
        });
        for (i, t) in teams.iter_mut().enumerate() {
            t.rank = i.saturating_add(1);
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
            .push(Finding::error(RuleId::QOnceADay, "submitted_at", text));
    }

    /// The slot of a counted sheet's participant and day, and the sheet packed as the
    /// slot would hold it (its time, region and score): equal when that very sheet is
    /// the one kept. Two sheets at the same millisecond differ by score or region, and
    /// only the kept one matches (the lower score, as [`Tally::add`] keeps it); an
    /// identical second one was refused when added.
    fn slot_and_packed(&self, out: &super::SheetOutcome) -> Option<(u64, u64)> {
        let p = self.keys.find(&out.participant)?;
        let (day, packed) = self.pack(out.submitted_at, out.score?, out.region?)?;
        let kept = *self.row(p as usize, self.days).get(day)?;
        Some((kept, packed))
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
    /// 1-based.
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
