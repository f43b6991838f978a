//! The quiz: scored sheets, standings, registrations.

use super::*;

/// A question's score.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Question {
    /// The question's id.
    pub id: String,
    /// Points earned.
    pub points: u32,
    /// Points possible.
    pub max: u32,
    /// `right`, `wrong`, `blank` or `subset`.
    pub class: String,
}

impl From<&QuestionScore> for Question {
    fn from(q: &QuestionScore) -> Self {
        Question {
            id: q.id.clone(),
            points: q.points,
            max: q.max,
            class: q.class.as_str().to_owned(),
        }
    }
}

/// One sheet's outcome.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Sheet {
    /// Its 1-based position (the line of a JSON Lines or CSV file).
    pub line: usize,
    /// The platform's id of the participant (empty when the sheet could not be read).
    pub participant: String,
    /// The team's region key.
    pub region: Option<&'static str>,
    /// The Beijing day (empty when the sheet could not be read).
    pub day: String,
    /// Its score, when it could be scored.
    pub score: Option<u32>,
    /// Whether it counts toward the standings.
    pub counted: bool,
    /// Per question.
    pub questions: Vec<Question>,
    /// Every finding.
    pub findings: Vec<Finding>,
}

impl From<SheetOutcome> for Sheet {
    fn from(s: SheetOutcome) -> Self {
        Sheet {
            line: s.line,
            region: s.region.map(|r| r.key()),
            day: s.day.to_string(),
            score: s.score,
            counted: s.counted,
            questions: s.questions.iter().map(Into::into).collect(),
            participant: s.participant,
            findings: findings(s.findings),
        }
    }
}

impl Sheet {
    /// The outcome of the sheet at `line` that could not be read (`why`: an INPUT
    /// finding, from [`crate::quiz::unreadable`]).
    pub fn unreadable(line: usize, why: CoreFinding) -> Sheet {
        Sheet {
            line,
            participant: String::new(),
            region: None,
            day: String::new(),
            score: None,
            counted: false,
            questions: Vec::new(),
            findings: vec![why.into()],
        }
    }
}

/// A team's line.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Team {
    /// 1-based rank (ties share one).
    pub rank: usize,
    /// The region key.
    pub region: &'static str,
    /// The region's name.
    pub name: &'static str,
    /// The value ranked by (the strategy's).
    pub value: f64,
    /// Participants who counted.
    pub participants: u64,
    /// Sheets that counted.
    pub sheets: u64,
    /// The sum of the scores.
    pub total: u64,
    /// The best day's sum.
    pub best_day: u64,
}

impl From<&TeamStanding> for Team {
    fn from(t: &TeamStanding) -> Self {
        Team {
            rank: t.rank,
            region: t.region.key(),
            name: t.region.name(),
            value: t.value,
            participants: t.participants,
            sheets: t.sheets,
            total: t.total,
            best_day: t.best_day,
        }
    }
}

/// A participant's line.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Individual {
    /// The platform's id, masked unless the query asked otherwise.
    pub participant: String,
    /// The id as given, for the caller's own look-ups; never written out.
    #[serde(skip)]
    id: String,
    /// The name, masked (`张**`), when the caller kept it (the tally keeps none).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The region key.
    pub region: &'static str,
    /// Days with a counted sheet.
    pub days: u32,
    /// The sum of the scores.
    pub total: u64,
}

impl Individual {
    /// The participant's id as given (the tally's), whether or not `participant` is
    /// masked.
    pub fn id(&self) -> &str {
        &self.id
    }
}

impl From<&CoreIndividual> for Individual {
    fn from(p: &CoreIndividual) -> Self {
        Individual {
            participant: p.id.clone(),
            id: p.id.clone(),
            name: None,
            region: p.region.key(),
            days: p.days,
            total: p.total,
        }
    }
}

/// Which standings to rank: each `None` takes the campaign's default (its team
/// strategy, every day, its top N).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct StandingsQuery {
    /// How a team's value is computed.
    pub strategy: Option<TeamStrategy>,
    /// The last day counted.
    pub through: Option<NaiveDate>,
    /// How many teams (and individuals) make the top.
    pub top: Option<usize>,
    /// Show participants' ids as given: the office's own list, never a published one
    /// (by default ids are masked like names: `138****5678`, `w*****`).
    pub unmasked: bool,
}

impl StandingsQuery {
    /// A query with these choices.
    pub fn new(
        strategy: Option<TeamStrategy>,
        through: Option<NaiveDate>,
        top: Option<usize>,
    ) -> Self {
        StandingsQuery {
            strategy,
            through,
            top,
            unmasked: false,
        }
    }

    /// The same query, with ids as given (see [`StandingsQuery::unmasked`]).
    pub fn with_ids_unmasked(self, yes: bool) -> Self {
        StandingsQuery {
            unmasked: yes,
            ..self
        }
    }
}

/// Team standings and the top individuals.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Standings {
    /// The strategy ranked by ([`TeamStrategy::name`]).
    pub strategy: &'static str,
    /// The last day counted, when not every day is.
    pub through: Option<String>,
    /// Whether these are the final standings (through the last answering day), whose
    /// top teams are the 优秀战队 (附件2 五).
    pub final_standings: bool,
    /// What the top teams are: 优秀战队 at the close, else that day's top N.
    pub top_title: Text,
    /// Every team, ranked.
    pub standings: Vec<Team>,
    /// The top N teams: the 优秀战队 in the final standings. Every team tied at N is
    /// in (ranks ≤ N), so the list can be longer than N.
    pub top: Vec<Team>,
    /// When ties make the top longer than N, what it holds: "含并列,共9队".
    pub tie_note: Option<Text>,
    /// The top N individuals (总成绩排名靠前的用户), ids masked unless asked.
    pub individuals: Vec<Individual>,
}

impl Standings {
    /// The standings of `tally` asked for by `q`.
    pub fn new(campaign: &Campaign, tally: &Tally, q: StandingsQuery) -> Standings {
        let quiz = campaign.quiz.as_ref();
        let strategy = q
            .strategy
            .unwrap_or_else(|| quiz.map(|q| q.team_strategy).unwrap_or_default());
        let top = q.top.unwrap_or_else(|| {
            quiz.and_then(|q| q.top_n)
                .map_or(10, |n| usize::try_from(n).unwrap_or(usize::MAX))
        });
        let standings: Vec<Team> = tally
            .standings(strategy, q.through)
            .iter()
            .map(Into::into)
            .collect();
        // Final only as of the quiz's last day or later (附件2 五: the 优秀战队 are the
        // top teams at the close): `through`, else the last day any sheet counted — one
        // day's sheets before the close are that day's top N, never 优秀战队.
        let last_day = quiz.and_then(|q| q.window.dates().last());
        let as_of = q.through.or_else(|| tally.last_answered_day());
        let final_standings = match (as_of, last_day) {
            (Some(d), Some(last)) => d >= last,
            _ => false,
        };
        let top_title = match (final_standings, as_of) {
            (true, _) => Text::new(
                format!("优秀战队(最终排名前{top}名)"),
                format!("excellent teams (the final top {top})"),
            ),
            (false, Some(d)) => Text::new(
                format!("截至{}前{top}名战队", crate::time::md_zh(d)),
                format!("top {top} teams through {d}"),
            ),
            (false, None) => Text::new(format!("前{top}名战队"), format!("top {top} teams")),
        };
        // Every team tied at the N-th place is in the top N (standard competition
        // ranking), and the note says so.
        let top_teams: Vec<Team> = standings
            .iter()
            .take_while(|t| t.rank <= top)
            .cloned()
            .collect();
        let tie_note = (top_teams.len() > top).then(|| {
            let n = top_teams.len();
            Text::new(
                format!("含并列,共{n}队"),
                format!("ties included, {n} teams"),
            )
        });
        Standings {
            strategy: strategy.name(),
            through: q.through.map(|d| d.to_string()),
            final_standings,
            top_title,
            top: top_teams,
            tie_note,
            standings,
            individuals: top_individuals(tally.individuals(q.through), top)
                .iter()
                .map(|p| {
                    let mut line = Individual::from(p);
                    if !q.unmasked {
                        line.participant = crate::quiz::mask(&p.id);
                    }
                    line
                })
                .collect(),
        }
    }
}

/// Scored sheets with the standings.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Scored {
    /// Each sheet's outcome, in input order.
    pub outcomes: Vec<Sheet>,
    /// How many sheets count.
    pub counted: usize,
    /// How many were refused or did not count.
    pub refused: usize,
    /// Q-UNIT: counted participants per unit of the roster, from the sheets' 工作单位
    /// (reported, not judged).
    pub turnout: Vec<UnitTurnout>,
    /// Q-UNIT: counted participants whose 工作单位 names no unit of the roster.
    pub turnout_unplaced: u64,
    /// The standings.
    #[serde(flatten)]
    pub standings: Standings,
}

impl Scored {
    /// The outcomes with the standings of `scorer`'s tally asked for by `q`, and its
    /// turnout by unit.
    pub fn new(
        campaign: &Campaign,
        outcomes: Vec<Sheet>,
        scorer: &crate::quiz::Scorer<'_>,
        q: StandingsQuery,
    ) -> Scored {
        let counted = outcomes.iter().filter(|o| o.counted).count();
        let turnout = scorer.turnout();
        Scored {
            refused: outcomes.len().saturating_sub(counted),
            counted,
            turnout: turnout
                .by_unit
                .into_iter()
                .map(|(unit, participants)| UnitTurnout { unit, participants })
                .collect(),
            turnout_unplaced: turnout.unplaced,
            standings: Standings::new(campaign, scorer.tally(), q),
            outcomes,
        }
    }
}

impl Scored {
    /// These standings, with counts of outcomes written elsewhere (`counted` of
    /// `outcomes` sheets): for a caller that streams the outcomes itself.
    pub fn with_counts(mut self, counted: usize, outcomes: usize) -> Scored {
        self.counted = counted;
        self.refused = outcomes.saturating_sub(counted);
        self
    }
}

/// Q-UNIT: one unit's counted quiz participants.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct UnitTurnout {
    /// The unit's name on the roster.
    pub unit: String,
    /// Counted participants whose 工作单位 is this unit.
    pub participants: u64,
}

impl UnitTurnout {
    /// `participants` of `unit`.
    pub fn new(unit: String, participants: u64) -> UnitTurnout {
        UnitTurnout { unit, participants }
    }
}

/// A registration's check: the participant, masked, or `null`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Registered {
    /// The participant, when the registration is valid.
    pub participant: Option<RegisteredParticipant>,
    /// Every finding.
    pub findings: Vec<Finding>,
    /// The phone as given, masked.
    pub phone_masked: Option<String>,
}

/// A valid participant, masked.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct RegisteredParticipant {
    /// The name, masked (`张**`).
    pub name: String,
    /// The region key.
    pub region: &'static str,
    /// The region's name.
    pub region_name: &'static str,
    /// The normalised phone (11 digits): what a form stores. The registrant typed it;
    /// show `phoneMasked` to anyone else.
    pub phone: Option<String>,
    /// The normalised phone, masked (`138****5678`).
    pub phone_masked: Option<String>,
    /// The work unit.
    pub unit: Option<String>,
}

impl Registered {
    /// The view of [`crate::quiz::register`]'s result for a registration whose phone
    /// was `phone`.
    pub fn new(
        participant: Option<Participant>,
        found: Vec<CoreFinding>,
        phone: Option<&str>,
    ) -> Self {
        Registered {
            participant: participant.map(|p| RegisteredParticipant {
                name: mask_name(&p.name),
                region: p.region.key(),
                region_name: p.region.name(),
                phone: p.phone.as_ref().map(|x| x.digits().to_owned()),
                phone_masked: p.phone.map(|x| x.to_string()),
                unit: p.unit,
            }),
            findings: findings(found),
            phone_masked: phone.map(crate::quiz::mask),
        }
    }
}
