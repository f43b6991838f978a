// Type-checked (tsc --noEmit) against the package's types, imported by name as a user
// would (through its exports map). The @ts-expect-error lines are mistakes that must
// not compile: tsc fails if one of them does.
import { init, checkCell, checkField, validateForm, timeline, checkUnit, checkSubmissions, FangfeiError, type Finding, type Count, type RuleId } from "fangfei";
import { init as initQuiz, register, scoreSheets } from "fangfei/quiz";
import { checkCell as formCell, setLanguage, units } from "fangfei/forms";
import { init as initOffice, validateForms, rules, timelineSvg, annex3Schema, events, openCampaign, setLanguage as officeLanguage } from "fangfei/office";
// @ts-expect-error the main module has no quiz functions: they are in "fangfei/quiz"
import { scoreSheets as notHere } from "fangfei";
// @ts-expect-error the city office's calls are in "fangfei/office", not the main module
import { validateForms as notInMain } from "fangfei";
// @ts-expect-error the office module checks no single cell: that is a unit's form's call
import { checkCell as notInOffice } from "fangfei/office";

async function main(): Promise<void> {
  await init();
  await initQuiz();
  await initOffice();
  console.log(notHere, notInMain, notInOffice);
  const cell = checkCell("qijin_sessions", "12次");
  // The forms module checks against the embedded campaign alone, and lists its units.
  const unitName: string | undefined = units()[0]?.name;
  // @ts-expect-error the forms module takes no campaign
  formCell("qijin_sessions", "12次", { id: "x", year: 2022 });
  // Messages in Chinese alone, then in both again.
  setLanguage("zh");
  setLanguage(null);
  // @ts-expect-error a language the messages are not written in
  setLanguage("fr");
  const v: Count | null = cell.value;
  const f: Finding[] = cell.findings;
  const form = validateForm({ unit: "市教育局", qijin_sessions: "12", otherMethods: ["快闪"] });
  if (form.table) {
    const n: Count = form.table.counts.sms_sent;
    console.log(n);
  }
  const batch = validateForms([{ unit: "市教育局" }]);
  console.log(batch.accepted + batch.rejected, batch.totals.counts.news_reports);
  const m = timeline("2021-06-15 10:00");
  const open: boolean = m.quizOpen && m.inCampaign;
  const report = checkUnit({ unit: "市教育局" }, "2021-07-10");
  console.log(report.outcomes["D-PLAN"], open, v, f.length, unitName);
  const r = register({ name: "张三", region: "北京" });
  console.log(r.participant?.regionName);
  const scored = scoreSheets({ papers: [], sheets: [], strategy: "mean_per_participant" });
  console.log(scored.standings[0]?.rank, rules()[0]?.id);
  try {
    timeline("tomorrow");
  } catch (e) {
    if (e instanceof FangfeiError) console.log(e.code, e.messageZh);
  }
  const id: RuleId = f[0]?.rule ?? "D-PLAN";
  checkSubmissions({ roles: ["member_unit"], submissions: [{ kind: "plan", submittedAt: "2021-06-09 15:00" }], asOf: "2021-07-10" });
  checkUnit({ unit: "市教育局", mediaWorks: [{ title: "防非", channel: "douyin", publishedAt: "2021-06-11 10:00" }] });
  const phone: string | null | undefined = r.participant?.phone ?? r.participant?.phoneMasked;
  console.log(id, phone);

  // The office module reads any campaign, by handle too.
  const h = openCampaign(JSON.stringify({ id: "x", year: 2022 }));
  const svg: string = timelineSvg("zh", h);
  officeLanguage("en");
  const schema: Record<string, unknown> = annex3Schema(true);
  console.log(svg.length, schema, events(h)[0]?.date);
  // @ts-expect-error the calendar is drawn in Chinese or English
  timelineSvg("fr");

  // A campaign declares its own roles and columns: any string is a role or a column (a
  // wrong one is refused when called, with the ones the campaign has).
  checkSubmissions({ roles: ["county_group"], flags: { self_organises_concentrated_day: true }, submissions: [], asOf: "2021-07-10" });
  // @ts-expect-error a strategy that does not exist
  scoreSheets({ papers: [], sheets: [], strategy: "average" });
  // @ts-expect-error the snake_case key is not the JS casing
  checkSubmissions({ roles: ["member_unit"], submissions: [{ kind: "plan", submitted_at: "2021-06-09 15:00" }], asOf: "2021-07-10" });
}
void main();
