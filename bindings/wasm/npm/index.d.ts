// Types of the fangfei npm package: written by hand beside the library's machine format
// (src/wire), the literal unions generated from its catalogue (the block below; a test
// fails when they differ), checked by `tsc --noEmit` against tests/usage.ts (which
// also shows a misspelled field name is a compile error). Data keys follow the spec:
// rule ids ("D-PLAN"), Annex 3 field names ("qijin_sessions"), region keys ("21",
// "XPCC"). Properties are camelCase, in what you pass and in what you get back.
// This file declares the functions of all four modules ("fangfei", "fangfei/forms",
// "fangfei/quiz", "fangfei/office"); each module's own .d.ts is it without the
// functions the module lacks (npm/entries.mjs).

// BEGIN generated from the Rust catalogue (bindings/wasm/tests/types.rs)
/** A rule id: the library's own, and the ones the campaign declares (here the embedded 2021 campaign's). */
export type RuleId =
  | "TIME-TZ"
  | "TIME-2400"
  | "CALENDAR"
  | "NUM-YISHANG"
  | "UNITS"
  | "T-CAMPAIGN"
  | "T-QUIZ"
  | "Q-REG-NAME"
  | "Q-REG-REGION"
  | "Q-REG-PHONE"
  | "Q-REG-UNIT"
  | "Q-PAPER"
  | "Q-SCORE"
  | "Q-WINDOW"
  | "Q-ONCE-A-DAY"
  | "Q-UNIT"
  | "Q-TEAM"
  | "Q-MAX"
  | "A3-UNIT"
  | "A3-BLANK"
  | "A3-NUMBER"
  | "A3-RANGE"
  | "A3-OTHER"
  | "A3-TOTAL"
  | "INPUT"
  | "CAMPAIGN"
  | "T-PHASE-PREP"
  | "T-PHASE-IMPL"
  | "T-PHASE-SUM"
  | "T-CDAY"
  | "D-PLAN"
  | "D-PLAN-SELFORG"
  | "D-PLAN-STREET-TIME"
  | "D-NEWMEDIA-WEEK1"
  | "D-PROGRESS-1"
  | "D-PROGRESS-2"
  | "D-SUMMARY"
  | "D-SUMMARY-PARTS"
  | "D-STATS"
  | "M-MEDIA-3"
  | "M-QIJIN-3"
  | "M-PROP-TV"
  | "M-PROP-REPORT"
  | "M-CDAY-STAFF"
  | "M-CDAY-VENUE"
  | "M-CDAY-MATERIALS"
  | "M-BANK-SIGN"
  | "M-GRID"
  | "M-OUTDOOR"
  | "M-CDAY-CONSULT"
  | "M-MONTH-NOT-DAY"
  | "E-SPOTCHECK"
  | "R-TRAINING"
  | "R-KEY-SECTORS"
  | "R-KEY-PLACES"
  | "R-STAFF-EDU"
  | "R-BANK-COORD"
  | "R-SQUAD"
  | "R-DOOR"
  | "R-STUDY"
  | "R-SOCIAL"
  | "R-MECHANISM"
  | "R-FACE-OFF"
  | "A3-PARTICIPANTS"
  | "A3-VIEWS"
  | (string & {});
/** A count column of the campaign's statistics table (here the embedded campaign's, in column order). */
export type Annex3Field =
  | "qijin_sessions"
  | "qijin_participants"
  | "print_broadcast"
  | "online_original_works"
  | "online_views"
  | "online_interactive_reach"
  | "sms_sent"
  | "outdoor_posters_boards"
  | "outdoor_screens_ads"
  | "outdoor_leaflets_gifts"
  | "news_reports"
  | (string & {});
/** A channel the campaign declares, by key (names and aliases are read too). */
export type Channel =
  | "tv"
  | "radio"
  | "newspaper"
  | "wechat"
  | "short_video"
  | "douyin"
  | "kuaishou"
  | "toutiao"
  | "weibo"
  | "website"
  | "sms"
  | "other"
  | (string & {});
/** A role the campaign declares. */
export type Role =
  | "member_unit"
  | "town_street"
  | "assigned_street"
  | "propaganda_department"
  | "financial_coordinator"
  | "financial_institution"
  | "outdoor_department"
  | (string & {});
/** A material the campaign declares (what a unit sends the office). */
export type SubmissionKind =
  | "plan"
  | "new_media_work"
  | "progress"
  | "summary"
  | "statistics_table"
  | (string & {});
/** A part of a material the campaign declares. */
export type SummaryPart =
  | "leader_approved_documents"
  | "statistics_table"
  | "pictures"
  | "audio_video"
  | (string & {});
/** The team formulas of the quiz. */
export type Strategy =
  | "sum_of_daily_scores"
  | "mean_per_participant"
  | "participation_count"
  | "best_single_day"
  | "participation_weighted";
/** The kinds of quiz question. */
export type QuestionKind =
  | "single_choice"
  | "true_false"
  | "multiple_choice";
/** A finding's outcome. */
export type Outcome =
  | "pass"
  | "fail"
  | "pending"
  | "not_applicable"
  | "cannot_judge"
  | "reported";
/** A finding's severity. */
export type Severity =
  | "info"
  | "warning"
  | "error";
/** A finding's year-end evaluation effect. */
export type Effect =
  | "none"
  | "deduction"
  | "bonus";
// END generated

/** A message in both languages (after `setLanguage("zh")` or `("en")`, the form checks'
 *  messages are in that language alone, the other text ""). */
export interface Message { zh: string; en: string }


/** One conclusion about one rule at one place. */
export interface Finding {
  rule: RuleId;
  severity: Severity;
  outcome: Outcome;
  /** A field path: `rows[3].online_views`, `submissions[0].submitted_at`. */
  path: string;
  /** A physical place, for tables: `Sheet1!C7`, `#3`. */
  place?: string;
  unit?: string;
  message: Message;
  clause: string;
  effect: Effect;
}

/** A campaign in its data-file shape (see src/campaign/lingyuan-2021.json). */
export type Campaign = Record<string, unknown> & { id: string; year: number };

export interface Window { rule: string; name: Message; opens: string | null; cutoff: string; inclusive: boolean }

/** An event of the campaign held on a moment's day (2021: the concentrated day, T-CDAY). */
export interface EventNow { key: string; rule: RuleId; name: Message }

export interface Moment {
  at: string;
  inCampaign: boolean;
  /** The phase's key (2021: "preparation", "implementation", "summary"), or null. */
  phase: string | null;
  phaseName: Message | null;
  /** The campaign's events held that day. */
  events: EventNow[];
  quizOpen: boolean;
  openWindows: Window[];
  nextDeadlines: Window[];
}

export interface CampaignEvent {
  date: string;
  at: string | null;
  kind: string;
  rule: string;
  label: Message;
  workingDay: boolean;
  note: Message | null;
}

/** The values an open union names (`Annex3Field`, `Role` …), without the `string & {}` that keeps it open. */
type Named<T> = T extends string ? (string extends T ? never : T) : never;
/** A form as typed: cells as text or numbers; `otherMethods` as a list or `a、b`. The
 *  embedded campaign's columns are completed; another campaign's columns are accepted
 *  (and checked when called). */
export type Annex3Form = { unit?: string; otherMethods?: string[] | string } & { [K in Named<Annex3Field>]?: string | number | null } & { [column: string]: string | number | null | string[] | undefined };

/** A count: a number while JS holds it exactly (≤ 2^53 − 1), else its digits as a string. */
export type Count = number | string;
export interface Annex3Table { unit: string; counts: Record<Annex3Field, Count>; otherMethods: string[] }
export interface CellCheck { field: Annex3Field; value: Count | null; valid: boolean; findings: Finding[] }
export interface FormCheck { valid: boolean; table: Annex3Table | null; findings: Finding[] }
export interface Row { row: number; place: string; unit: string | null; accepted: boolean; findings: Finding[]; table: Annex3Table | null }
/** The city total; units off the roster are totalled apart in `outside`, never added unseen. */
export interface Totals { counts: Record<Annex3Field, Count | null>; units: string[]; findings: Finding[]; outside?: { counts: Record<Annex3Field, Count | null>; units: string[] } }
export interface Batch { rows: Row[]; accepted: number; rejected: number; totals: Totals; findings: Finding[] }

export interface Submission {
  kind: SubmissionKind;
  submittedAt: string;
  node?: string;
  parts?: SummaryPart[];
  /** What the material states, by the campaign's statement keys (2021: time, place, method). */
  stated?: Record<string, string>;
  promoted?: boolean;
}

/** A unit's record, as `checkUnit` takes it (keys in camelCase): `unit`, `roles` (a unit
 *  off the roster), `submissions`, `spotChecks`, and the campaign's own lists, events'
 *  sites, figures, flags and statistics table under the keys the campaign declares —
 *  for the 2021 campaign `mediaWorks`, `outreach`, `tvInterviews`, `mediaReports`,
 *  `concentratedDay`, `grid`, `premises`, `selfOrganisesConcentratedDay`, `annex3`
 *  (docs/records.md). */
export type UnitRecord = {
  unit: string;
  roles?: Role[];
  submissions?: Submission[];
  spotChecks?: Array<{ date: string; consistent: boolean; note?: string }>;
  annex3?: Annex3Form;
} & Record<string, unknown>;

export interface UnitReport { unit: string; onRoster: boolean; roles: Role[]; findings: Finding[]; outcomes: Record<string, Outcome | null> }

export interface Registration { name: string; region: string; phone?: string; unit?: string }
export interface Registered {
  /** The participant, when the registration is valid: the name masked (张**), the phone
   *  normalised (the 11 digits a form stores) and masked (138****5678, to show). */
  participant: { name: string; region: string; regionName: string; phone: string | null; phoneMasked: string | null; unit: string | null } | null;
  findings: Finding[];
  /** The phone as given, masked (also when it could not be read). */
  phoneMasked: string | null;
}

export interface Question { id: string; kind: QuestionKind; text?: string; options?: string[]; key: string | string[] | boolean }
export interface Paper { date: string; questions: Question[] }
export interface Sheet extends Registration { participant: string; submittedAt: string; answers: Record<string, string | string[] | boolean | null> }
export interface SheetOutcome { line: number; participant: string; region: string | null; day: string; score: number | null; counted: boolean; questions: Array<{ id: string; points: number; max: number; class: "right" | "wrong" | "blank" | "subset" }>; findings: Finding[] }
export interface Team { rank: number; region: string; name: string; value: number; participants: number; sheets: number; total: number; bestDay: number }
/** Team standings; `top` are the 优秀战队 when `finalStandings` (through the last answering day), and `topTitle` says which. Teams equal on value, participants and total share a `rank` (1-2-2-4); `top` takes in every team tied at N, and `tieNote` then says so (含并列,共N队). Individuals' ids are masked. */
export interface Standings { strategy: Strategy; through: string | null; finalStandings: boolean; topTitle: Message; tieNote: Message | null; standings: Team[]; top: Team[]; individuals: Array<{ participant: string; name?: string; region: string; days: number; total: number }> }
/** Q-UNIT: counted participants per unit of the roster, from the sheets' 工作单位 (reported, not judged). */
export interface UnitTurnout { unit: string; participants: number }
export interface Scored extends Standings { outcomes: SheetOutcome[]; counted: number; refused: number; turnout: UnitTurnout[]; turnoutUnplaced: number }

/** A catalogue entry: `kind` is "library" for the library's own rules, "phase", "event", or a duty's rule kind ("deliver", "count" …); `quote` the plan's own words when the campaign gives them. */
export interface Rule { id: RuleId; kind: string; clause: string; title: Message; text: Message; quote?: string }

/** What every function throws on malformed input: an Error with a stable code (a rule
 *  id, `INPUT`, `CAMPAIGN`, or `INIT` when called before `init()` resolved). */
export class FangfeiError extends Error {
  readonly name: "FangfeiError";
  readonly code: RuleId | "INIT" | string;
  readonly messageZh: string;
  readonly problems?: Array<{ path: string; message: Message }>;
}

export function campaign(): Campaign;
export function loadCampaign(json: string): Campaign;
/** A campaign parsed and checked once, passed as the `campaign` of later calls (no re-reading per call) of the module that opened it: each module keeps its own, and another module refuses it (code `CAMPAIGN`). */
export interface CampaignHandle { handle: number; id: string; year: number; module: "fangfei" | "fangfei/quiz" | "fangfei/office" }
export function openCampaign(json: string): CampaignHandle;
export function closeCampaign(handle: CampaignHandle | number): boolean;
export function timeline(at: string, campaign?: Campaign | CampaignHandle): Moment;
export function events(campaign?: Campaign | CampaignHandle): CampaignEvent[];
/** In "fangfei/office": the campaign's calendar as an SVG picture to print (no script in it). */
export function timelineSvg(lang: "zh" | "en", campaign?: Campaign | CampaignHandle): string;
/** The campaign's delivery duties (and what its materials must state) for a unit of `roles`, answering `flags` (2021: `{ self_organises_concentrated_day: true }`). */
export function checkSubmissions(input: { roles: Role[]; flags?: Record<string, boolean>; submissions: Submission[]; asOf: string }, campaign?: Campaign | CampaignHandle): Finding[];
export function checkCell(field: Annex3Field, text: string | number | null, campaign?: Campaign | CampaignHandle): CellCheck;
export function checkField(field: Annex3Field | "unit" | "other_methods", value: string | number | string[] | null, campaign?: Campaign | CampaignHandle): Finding[];
export function validateForm(form: Annex3Form, campaign?: Campaign | CampaignHandle): FormCheck;
/** In "fangfei/office" and "fangfei/forms": many units' forms, each row judged, with the city total. */
export function validateForms(forms: Annex3Form[], campaign?: Campaign | CampaignHandle): Batch;
export function checkUnit(record: UnitRecord, asOf?: string, campaign?: Campaign | CampaignHandle): UnitReport;
/** In "fangfei/quiz": a registration checked, the name masked, the phone normalised and masked. */
export function register(registration: Registration, campaign?: Campaign | CampaignHandle): Registered;
/** In "fangfei/quiz": answer sheets scored by the campaign's quiz rules, with the standings. */
export function scoreSheets(input: { papers: Paper[]; sheets: Sheet[]; strategy?: Strategy; through?: string; top?: number }, campaign?: Campaign | CampaignHandle): Scored;
/** A unit of the campaign's roster, as a form offers them (填报单位). */
export interface Unit { name: string; aliases: string[]; roles: Role[] }
/** The language of the form checks' messages (`checkCell`, `checkField`, `validateForm`,
 *  `validateForms`) from now on, for the whole module: "zh" or "en" alone, the other
 *  language's text "" (a keystroke's check then formats and carries half), or both for
 *  `null`, the default. Not in "fangfei/quiz". */
export function setLanguage(lang: "zh" | "en" | null): void;
/** The campaign's units. In "fangfei/forms", the embedded campaign's (the module reads no other). */
export function units(campaign?: Campaign | CampaignHandle): Unit[];
/** In "fangfei/office" and "fangfei/quiz": the campaign's rule catalogue, the library's own rules and the campaign's phases, events and duties. In "fangfei/forms": the statistics table's rules. */
export function rules(campaign?: Campaign | CampaignHandle): Rule[];
/** In "fangfei/office": the statistics table as a JSON Schema, for form builders (`bounds`: with the plan's upper bounds). */
export function annex3Schema(bounds?: boolean, campaign?: Campaign | CampaignHandle): Record<string, unknown>;

/**
 * Loads the module: call once and await before anything else in a browser (later calls
 * return the same promise). In Node it is loaded on import or require, and `init()`
 * resolves at once. Pass a URL, a Response or the .wasm's bytes to load another copy.
 */
export function init(input?: URL | string | Response | BufferSource): Promise<void>;
export default init;
