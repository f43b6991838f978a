// Every exported function of the Node build (the main module, the quiz module and the
// office module), with valid and invalid input.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const f = require("../pkg/index.cjs");
const q = require("../pkg/quiz.cjs");
const o = require("../pkg/office.cjs");

/** Asserts `fn` throws an Error with the given code, and that the modules still work. */
function throwsCode(fn, code) {
  assert.throws(fn, (e) => e instanceof Error && e.code === code && typeof e.messageZh === "string");
  assert.equal(f.timeline("2021-06-15T10:00:00+08:00").quizOpen, true, "the main module keeps working");
  assert.ok(o.events().length > 0, "the office module keeps working");
}

test("each module has its calls: the city office's in fangfei/office, not in the main module", () => {
  const has = (m) => Object.keys(m).filter((k) => typeof m[k] === "function" && k !== "init" && k !== "FangfeiError").sort();
  const campaignCalls = ["campaign", "closeCampaign", "loadCampaign", "openCampaign"];
  assert.deepEqual(has(f), [...campaignCalls, "checkCell", "checkField", "checkSubmissions", "checkUnit", "events", "setLanguage", "timeline", "units", "validateForm"].sort());
  assert.deepEqual(has(o), [...campaignCalls, "annex3Schema", "events", "rules", "setLanguage", "timelineSvg", "units", "validateForms"].sort());
  assert.deepEqual(has(q), [...campaignCalls, "register", "rules", "scoreSheets"].sort());
});

test("campaign and loadCampaign", () => {
  const c = f.campaign();
  assert.equal(c.document_number, "凌处非办〔2021〕9号");
  assert.equal(f.loadCampaign(JSON.stringify(c)).id, "lingyuan-2021");
  const broken = structuredClone(c);
  broken.phases[1].first = "2021-06-08";
  broken.quiz.paper.total = 90;
  assert.throws(() => f.loadCampaign(JSON.stringify(broken)), (e) => e.code === "CAMPAIGN" && e.problems.length === 2);
  throwsCode(() => f.loadCampaign("{"), "CAMPAIGN");
});

test("openCampaign: a campaign read once, used by handle, closed", () => {
  const c = f.campaign();
  c.quiz.window.end = "2021-06-24T00:00:00+08:00"; // a shorter quiz
  c.quiz.stated_working_days = 7;
  const h = f.openCampaign(JSON.stringify(c));
  assert.deepEqual([typeof h.handle, h.id, h.year], ["number", "lingyuan-2021", 2021]);
  assert.equal(f.timeline("2021-06-24T10:00", h).quizOpen, false, "the handle's campaign, not the embedded one");
  assert.equal(f.timeline("2021-06-24T10:00").quizOpen, true);
  assert.equal(f.checkCell("sms_sent", "12", h).value, 12);
  assert.equal(f.closeCampaign(h), true);
  assert.equal(f.closeCampaign(h), false);
  throwsCode(() => f.timeline("2021-06-24T10:00", h), "CAMPAIGN");
  throwsCode(() => f.openCampaign("{"), "CAMPAIGN");
  // Each module numbers its own handles: one opened by another module is refused,
  // never taken for the campaign this module opened under the same number.
  const mine = f.openCampaign(JSON.stringify(c));
  c.id = "another-2021";
  const theirs = o.openCampaign(JSON.stringify(c));
  assert.equal(mine.module, "fangfei");
  assert.equal(theirs.module, "fangfei/office");
  throwsCode(() => f.timeline("2021-06-24T10:00", theirs), "CAMPAIGN");
  assert.throws(() => f.timeline("2021-06-24T10:00", theirs), (e) => /此句柄由另一个模块打开/.test(e.messageZh));
  throwsCode(() => f.timeline("2021-06-24T10:00", { ...mine, id: "another-2021" }), "CAMPAIGN");
  assert.equal(f.timeline("2021-06-24T10:00", mine).quizOpen, false);
  assert.equal(o.events(theirs).length, o.events().length);
});

test("timeline, events; the office's events and timelineSvg", () => {
  const m = f.timeline("6月15日10:00");
  assert.deepEqual([m.inCampaign, m.phase, m.events[0].key, m.quizOpen], [true, "implementation", "concentrated_day", true]);
  assert.equal(f.timeline("2021-07-05").phase, null);
  assert.equal(f.timeline("2021-07-10").inCampaign, false);
  // Another campaign object is accepted as the last argument.
  assert.equal(f.timeline("2021-06-15T10:00:00+08:00", f.campaign()).quizOpen, true);
  throwsCode(() => f.timeline("tomorrow"), "TIME-TZ");
  throwsCode(() => f.timeline("2021-06-10T24:30"), "TIME-2400");
  const ev = f.events();
  assert.ok(ev.some((e) => e.rule === "D-SUMMARY" && e.note && !e.workingDay));
  assert.deepEqual(o.events(), ev, "the office module's events are the main module's");
  const svg = o.timelineSvg("en");
  assert.ok(svg.startsWith("<svg") && svg.includes("implementation"));
  assert.ok(o.timelineSvg().includes("实施阶段"), "Chinese when no language is given");
  throwsCode(() => o.timelineSvg("zh", { id: 1 }), "CAMPAIGN");
  // A language neither zh nor en is refused, as setLanguage refuses it; every INPUT
  // error says what is wrong in Chinese too, not the English again.
  throwsCode(() => o.timelineSvg("fr"), "INPUT");
  for (const call of [() => o.timelineSvg("fr"), () => f.checkCell("qijn_participants", "1"), () => f.setLanguage("fr")]) {
    assert.throws(call, (e) => e.code === "INPUT" && !/[a-z]{4} [a-z]{3,}/.test(e.messageZh), String(call));
  }
  throwsCode(() => o.timelineSvg(1), "INPUT");
});

test("checkSubmissions", () => {
  const out = f.checkSubmissions({ roles: ["member_unit"], submissions: [{ kind: "plan", submitted_at: "2021-06-10T09:00:01Z" }], asOf: "2021-07-10" });
  const plan = out.find((x) => x.rule === "D-PLAN");
  assert.equal(plan.outcome, "fail");
  assert.equal(plan.effect, "deduction");
  assert.match(plan.message.en, /1s late/);
  throwsCode(() => f.checkSubmissions({ roles: ["member_unit"], submissions: 3, asOf: "2021-07-10" }), "INPUT");
  // A number is not a missing asOf: the message says what is wrong.
  assert.throws(() => f.checkSubmissions({ roles: ["member_unit"], submissions: [], asOf: 5 }), (e) => e.code === "INPUT" && /must be a string/.test(e.message));
  throwsCode(() => f.checkSubmissions({ roles: ["member_unit"], submissions: [] }), "INPUT");
  // A problem is at its path, once (was submissions.submissions[0]…).
  assert.throws(
    () => f.checkSubmissions({ roles: ["member_unit"], submissions: [{ kind: "plan" }], asOf: "2021-07-10" }),
    (e) => e.code === "INPUT" && /^submissions\[0\]\.submitted_at: /.test(e.problems?.[0]?.path + ": ") && !/submissions\.submissions/.test(e.message),
  );
});

test("checkCell and checkField", () => {
  assert.equal(f.checkCell("qijin_participants", " １,２００人次 ").value, 1200);
  assert.equal(f.checkCell("qijinSessions", 12).value, 12);
  const blank = f.checkCell("sms_sent", "无");
  assert.equal(blank.valid, false);
  assert.equal(blank.findings[0].rule, "A3-BLANK");
  assert.match(blank.findings[0].message.zh, /表中项目未开展的填写“0”/);
  assert.equal(f.checkCell("qijin_sessions", "18446744073709551615").value, "18446744073709551615");
  assert.equal(f.checkCell("qijin_sessions", "18446744073709551616").findings[0].rule, "A3-RANGE");
  throwsCode(() => f.checkCell("colour", "1"), "INPUT");
  assert.equal(f.checkField("unit", "").length, 1);
  assert.equal(f.checkField("unit", "市教育局").length, 0);
  assert.equal(f.checkField("other_methods", ["快闪", " "])[0].rule, "A3-OTHER");
  assert.equal(f.checkField("news_reports", "3次").length, 1);
});

test("setLanguage: the form checks' messages in one language alone, then both again", () => {
  const both = f.checkCell("qijin_sessions", " １２次 ").findings[0].message;
  assert.ok(both.zh && both.en);
  try {
    f.setLanguage("zh");
    assert.deepEqual(f.checkCell("qijin_sessions", " １２次 ").findings[0].message, { zh: both.zh, en: "" });
    assert.deepEqual(f.checkField("unit", "市教育厅")[0].message.en, "");
    f.setLanguage("en");
    assert.deepEqual(f.checkCell("qijin_sessions", " １２次 ").findings[0].message, { zh: "", en: both.en });
    // Each module keeps its own language: the office module's batch is in both still.
    assert.ok(o.validateForms([{ unit: "外地单位" }]).rows[0].findings.every((x) => x.message.zh && x.message.en));
    o.setLanguage("en");
    assert.ok(o.validateForms([{ unit: "外地单位" }]).rows[0].findings.every((x) => x.message.zh === "" && x.message.en));
    // A language it does not write, or not a string: refused, the choice kept.
    throwsCode(() => f.setLanguage("fr"), "INPUT");
    throwsCode(() => f.setLanguage(1), "INPUT");
    assert.equal(f.checkCell("qijin_sessions", "3.5").findings[0].message.zh, "");
  } finally {
    f.setLanguage(null);
    o.setLanguage(null);
  }
  assert.deepEqual(f.checkCell("qijin_sessions", " １２次 ").findings[0].message, both);
  // The quiz module has no form checks, and no setLanguage.
  assert.equal(q.setLanguage, undefined);
});

test("validateForm, and the office's validateForms", () => {
  const half = f.validateForm({ unit: "南街", qijin_sessions: "0", qijin_participants: "12" });
  assert.equal(half.valid, false);
  assert.ok(half.findings.some((x) => x.rule === "A3-PARTICIPANTS" && x.path === "qijin_participants"));
  const full = { unit: "市教育局", qijin_sessions: 12, qijin_participants: "1,500", print_broadcast: 0, online_original_works: 3, online_views: 5200, online_interactive_reach: 0, sms_sent: 0, outdoor_posters_boards: 40, outdoor_screens_ads: 6, outdoor_leaflets_gifts: 2000, news_reports: 2 };
  const ok = f.validateForm(full);
  assert.equal(ok.valid, true);
  assert.equal(ok.table.counts.qijin_participants, 1500);
  const batch = o.validateForms([full, { ...full }, { unit: "市公安局" }]);
  assert.equal(batch.rows.length, 3);
  assert.equal(batch.accepted + batch.rejected, 3);
  assert.equal(batch.totals.counts.qijin_sessions, 12);
  assert.ok(batch.rows[1].findings.some((x) => x.rule === "A3-TOTAL"));
  throwsCode(() => f.validateForm("not a form"), "INPUT");
  throwsCode(() => o.validateForms({}), "INPUT");
});

test("checkUnit", () => {
  const r = f.checkUnit({ unit: "市文广新局", media_works: [] }, "2021-07-10");
  assert.equal(r.unit, "市文广局");
  assert.equal(r.outcomes["M-MEDIA-3"], "fail");
  assert.equal(r.outcomes["M-QIJIN-3"], "cannot_judge");
  assert.equal(r.outcomes["M-PROP-TV"], "not_applicable");
  throwsCode(() => f.checkUnit({ unit: "市教育局", colour: 1 }), "INPUT");
  // Every problem of a malformed record, each at its path, in both languages.
  assert.throws(
    () => f.checkUnit({ unit: "市教育局", media_works: [{ title: 1 }], grid: "x" }),
    (e) =>
      e.code === "INPUT" &&
      JSON.stringify(e.problems.map((p) => p.path)) ===
        JSON.stringify(["record.media_works[0].title", "record.media_works[0].channel", "record.media_works[0].published_at", "record.grid"]) &&
      e.problems[0].message.zh === "应为字符串,实为数字" &&
      e.message.includes("record.grid: expected an object, found a string"),
  );
});

test("register masks the name and gives the phone normalised and masked", () => {
  const ok = q.register({ name: "张三", region: "广西", phone: "+86 138-1234-5678" });
  assert.deepEqual(
    [ok.participant.name, ok.participant.region, ok.participant.phone, ok.participant.phoneMasked],
    ["张*", "45", "13812345678", "138****5678"],
  );
  const bad = q.register({ name: "", region: "香港" });
  assert.equal(bad.participant, null);
  assert.deepEqual(bad.findings.map((x) => x.rule), ["Q-REG-NAME", "Q-REG-REGION"]);
  throwsCode(() => q.register(42), "INPUT");
});

test("scoreSheets", () => {
  const paper = { date: "2021-06-15", questions: [
    { id: "1", kind: "single_choice", options: ["a", "b", "c", "d"], key: "B" },
    { id: "2", kind: "single_choice", options: ["a", "b", "c", "d"], key: "A" },
    { id: "3", kind: "single_choice", options: ["a", "b", "c", "d"], key: "D" },
    { id: "4", kind: "true_false", key: true },
    { id: "5", kind: "true_false", key: false },
    { id: "6", kind: "true_false", key: true },
    { id: "7", kind: "multiple_choice", options: ["a", "b", "c", "d"], key: "ABD" },
    { id: "8", kind: "multiple_choice", options: ["a", "b", "c", "d"], key: "BC" },
  ] };
  const answers = { 1: "B", 2: "A", 3: "C", 4: "对", 5: "错", 6: true, 7: "AB", 8: ["B", "C"] };
  const sheet = (id, at) => ({ participant: id, name: "测试", region: "辽宁", submitted_at: at, answers });
  const out = q.scoreSheets({ papers: [paper], sheets: [sheet("u1", "2021-06-15T10:05:00+08:00"), sheet("u1", "2021-06-15T11:00:00+08:00"), sheet("u2", "2021-06-15T09:00:00+08:00")] });
  assert.deepEqual(out.outcomes.map((o) => [o.score, o.counted]), [[70, true], [70, false], [70, false]]);
  assert.ok(out.outcomes[1].findings.some((x) => x.rule === "Q-ONCE-A-DAY"));
  assert.ok(out.outcomes[2].findings.some((x) => x.rule === "Q-WINDOW"));
  assert.equal(out.standings[0].name, "辽宁省");
  // One day before the quiz's close: that day's top, never 优秀战队; a team nobody
  // joined is never ranked (RULES.md Q-TEAM).
  assert.equal(out.top.length, 1);
  assert.equal(out.finalStandings, false);
  assert.equal(out.topTitle.zh, "截至6月15日前10名战队");
  throwsCode(() => q.scoreSheets({ papers: [{ date: "2021-06-15", questions: [] }], sheets: [] }), "Q-PAPER");
  throwsCode(() => q.scoreSheets({ papers: [paper] }), "INPUT");
});

test("rules and annex3Schema (office)", () => {
  const rules = o.rules();
  assert.ok(rules.length >= 50);
  assert.ok(rules.every((r) => r.title.zh && r.title.en && r.clause));
  assert.deepEqual(q.rules(), rules, "the quiz module's catalogue is the office's");
  const s = o.annex3Schema(true);
  assert.equal(s.properties.qijin_sessions.maximum, 5000);
  assert.equal(s.required.length, 12);
});

test("a malformed call throws and the module keeps working", () => {
  for (const bad of [() => f.checkCell(undefined, undefined), () => o.validateForms(null), () => f.checkUnit(undefined)]) {
    assert.throws(bad, (e) => e instanceof Error && typeof e.code === "string");
  }
  assert.equal(f.checkCell("qijin_sessions", "12").value, 12);
});

test("a batch over the limit is refused with a code, and the module stays usable", () => {
  const form = { unit: "市教育局" };
  const many = new Array(100_001).fill(form);
  throwsCode(() => o.validateForms(many), "INPUT");
  try {
    o.validateForms(many);
  } catch (e) {
    assert.match(e.messageZh, /超过上限100000份/);
  }
  throwsCode(() => q.scoreSheets({ papers: [], sheets: new Array(100_001).fill({}) }), "INPUT");
  // The limit itself is accepted.
  assert.equal(o.validateForms(new Array(1000).fill(form)).rows.length, 1000);
});

test("NaN and Infinity typed into a cell are no number, not a blank cell", () => {
  for (const bad of [NaN, Infinity, -Infinity]) {
    const cell = f.checkField("sms_sent", bad);
    assert.ok(cell.some((x) => x.rule === "A3-NUMBER"), JSON.stringify(cell));
    assert.ok(!cell.some((x) => x.rule === "A3-BLANK"), JSON.stringify(cell));
  }
});
