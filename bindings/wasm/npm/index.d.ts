// Types of the fangfei npm package, written by hand next to the Rust DTOs
// (bindings/wasm/src/dto.rs) and checked by `tsc --noEmit` against tests/usage.ts.
// Data keys follow the spec: rule ids ("D-PLAN"), Annex 3 field names
// ("qijin_sessions"), region keys ("21", "XPCC"); properties are camelCase.

/** A message in both languages. */
export interface Message { zh: string; en: string }

export type Severity = "error" | "warning" | "info";
export type Outcome = "pass" | "fail" | "pending" | "not_applicable" | "cannot_judge" | "reported";
export type Effect = "none" | "deduction" | "bonus";

/** One conclusion about one rule at one place. */
export interface Finding {
  rule: string;
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

export interface Moment {
  at: string;
  inCampaign: boolean;
  phase: "preparation" | "implementation" | "summary" | string | null;
  phaseName: Message | null;
  concentratedDay: boolean;
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

export type Annex3Field =
  | "qijin_sessions" | "qijin_participants" | "print_broadcast" | "online_original_works"
  | "online_views" | "online_interactive_reach" | "sms_sent" | "outdoor_posters_boards"
  | "outdoor_screens_ads" | "outdoor_leaflets_gifts" | "news_reports";

/** A form as typed: cells as text or numbers; snake_case or camelCase keys. */
export type Annex3Form = { unit?: string; other_methods?: string[] | string; otherMethods?: string[] | string } & Record<string, string | number | null | string[] | undefined>;

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
  kind: "plan" | "new_media_work" | "progress" | "summary" | "statistics_table";
  submitted_at: string;
  node?: string;
  parts?: Array<"leader_approved_documents" | "statistics_table" | "pictures" | "audio_video">;
  stated?: { time?: string; place?: string; method?: string };
  promoted?: boolean;
}
export type Role = "member_unit" | "town_street" | "assigned_street" | "propaganda_department" | "financial_coordinator" | "financial_institution";

export interface UnitReport { unit: string; onRoster: boolean; roles: Role[]; findings: Finding[]; outcomes: Record<string, Outcome | null> }

export interface Registration { name: string; region: string; phone?: string; unit?: string }
export interface Registered {
  participant: { name: string; region: string; regionName: string; phone: string | null; unit: string | null } | null;
  findings: Finding[];
  phoneMasked: string | null;
}

export interface Question { id: string; kind: "single_choice" | "true_false" | "multiple_choice"; text?: string; options?: string[]; key: string | string[] | boolean }
export interface Paper { date: string; questions: Question[] }
export interface Sheet extends Registration { participant: string; submitted_at: string; answers: Record<string, string | string[] | boolean | null> }
export type Strategy = "sum_of_daily_scores" | "mean_per_participant" | "participation_count" | "best_single_day" | "participation_weighted";
export interface SheetOutcome { line: number; participant: string; region: string | null; day: string; score: number | null; counted: boolean; questions: Array<{ id: string; points: number; max: number; class: "right" | "wrong" | "blank" | "subset" }>; findings: Finding[] }
export interface Team { rank: number; region: string; name: string; value: number; participants: number; sheets: number; total: number; bestDay: number }
/** Team standings; `top` are the 优秀战队 when `finalStandings` (through the last answering day), and `topTitle` says which. Individuals' ids are masked. */
export interface Standings { strategy: Strategy; through: string | null; finalStandings: boolean; topTitle: Message; standings: Team[]; top: Team[]; individuals: Array<{ participant: string; name?: string; region: string; days: number; total: number }> }
/** Q-UNIT: counted participants per unit of the roster, from the sheets' 工作单位 (reported, not judged). */
export interface UnitTurnout { unit: string; participants: number }
export interface Scored extends Standings { outcomes: SheetOutcome[]; counted: number; refused: number; turnout: UnitTurnout[]; turnoutUnplaced: number }

export interface Rule { id: string; clause: string; title: Message; text: Message }

/** What every function throws on malformed input: an Error with a stable code. */
export interface FangfeiError extends Error { code: string; messageZh: string; problems?: Array<{ path: string; message: Message }> }

export function campaign(): Campaign;
export function loadCampaign(json: string): Campaign;
/** A campaign parsed and checked once, passed as the `campaign` of later calls (no re-reading per call). */
export interface CampaignHandle { handle: number; id: string; year: number }
export function openCampaign(json: string): CampaignHandle;
export function closeCampaign(handle: CampaignHandle | number): boolean;
export function timeline(at: string, campaign?: Campaign | CampaignHandle): Moment;
export function events(campaign?: Campaign | CampaignHandle): CampaignEvent[];
export function timelineSvg(lang: "zh" | "en", campaign?: Campaign | CampaignHandle): string;
export function checkSubmissions(input: { roles: Role[]; selfOrganises?: boolean; submissions: Submission[]; asOf: string }, campaign?: Campaign | CampaignHandle): Finding[];
export function checkCell(field: Annex3Field | string, text: string | number | null, campaign?: Campaign | CampaignHandle): CellCheck;
export function checkField(field: Annex3Field | "unit" | "other_methods" | string, value: string | number | string[] | null, campaign?: Campaign | CampaignHandle): Finding[];
export function validateForm(form: Annex3Form, campaign?: Campaign | CampaignHandle): FormCheck;
export function validateForms(forms: Annex3Form[], campaign?: Campaign | CampaignHandle): Batch;
export function checkUnit(record: Record<string, unknown>, asOf?: string, campaign?: Campaign | CampaignHandle): UnitReport;
export function register(registration: Registration): Registered;
export function scoreSheets(input: { papers: Paper[]; sheets: Sheet[]; strategy?: Strategy; through?: string; top?: number }, campaign?: Campaign | CampaignHandle): Scored;
export function rules(): Rule[];
export function annex3Schema(bounds?: boolean, campaign?: Campaign | CampaignHandle): Record<string, unknown>;

/** Web build only: loads the module (pass a URL, Response or bytes to override). */
export default function init(input?: unknown): Promise<unknown>;
export function initSync(module: unknown): unknown;
