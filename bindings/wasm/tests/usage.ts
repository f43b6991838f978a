// Type-checked (tsc --noEmit) against the package's hand-written index.d.ts.
import init, { checkCell, validateForm, validateForms, timeline, scoreSheets, checkUnit, register, rules, type Finding, type FangfeiError, type Count } from "../pkg/index.js";

async function main(): Promise<void> {
  await init();
  const cell = checkCell("qijin_sessions", "12次");
  const v: Count | null = cell.value;
  const f: Finding[] = cell.findings;
  const form = validateForm({ unit: "市教育局", qijin_sessions: "12", other_methods: ["快闪"] });
  if (form.table) {
    const n: Count = form.table.counts.sms_sent;
    console.log(n);
  }
  const batch = validateForms([{ unit: "市教育局" }]);
  console.log(batch.accepted + batch.rejected, batch.totals.counts.news_reports);
  const m = timeline("2021-06-15 10:00");
  const open: boolean = m.quizOpen && m.inCampaign;
  const report = checkUnit({ unit: "市教育局" }, "2021-07-10");
  console.log(report.outcomes["D-PLAN"], open, v, f.length);
  const r = register({ name: "张三", region: "北京" });
  console.log(r.participant?.regionName);
  const scored = scoreSheets({ papers: [], sheets: [], strategy: "mean_per_participant" });
  console.log(scored.standings[0]?.rank, rules()[0]?.id);
  try {
    timeline("tomorrow");
  } catch (e) {
    const err = e as FangfeiError;
    console.log(err.code, err.messageZh);
  }
}
void main();
