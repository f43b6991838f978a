// The demo form, as an office would use it: every keystroke runs the same checks as
// the CLI, in Chinese; the error summary and error messages follow the GOV.UK Design
// System's patterns (a summary that takes focus after a failed submit, links to each
// field, each field's message tied to it with aria-describedby and aria-invalid); a
// draft kept in this browser; the submitted tables exported as the CSV the office's
// `fangfei annex3 check` reads. A unit's form runs on the main module; the city total
// and the printed calendar are the office's calls, in the office module
// ("fangfei/office"), loaded beside it.
import { init, checkCell, checkField, validateForm, FangfeiError } from "./pkg/index.js";
import { init as initOffice, validateForms, timelineSvg } from "./pkg/office.js";

// [name, the plan's group, the plan's column header]
const FIELDS = [
  ["qijin_sessions", "“七进”等宣传活动", "活动场次(次)"],
  ["qijin_participants", "“七进”等宣传活动", "参与群众(人次)"],
  ["print_broadcast", "报刊、杂志、广播、电视等", "刊印份数、播放次数(份/次)"],
  ["online_original_works", "网络宣传", "发布原创作品数(篇)"],
  ["online_views", "网络宣传", "点击量、阅读量、转发量(次)"],
  ["online_interactive_reach", "网络宣传", "互动宣传覆盖人数(人次)"],
  ["sms_sent", "网络宣传", "发送短信(条)"],
  ["outdoor_posters_boards", "户外广告、宣传品", "海报、展板(份)"],
  ["outdoor_screens_ads", "户外广告、宣传品", "电子显示屏、公共交通广告、楼宇电梯广告等(次)"],
  ["outdoor_leaflets_gifts", "户外广告、宣传品", "传单、手册、赠品等(份)"],
  ["news_reports", "其他", "被新闻媒体报道(次)"],
];
const NAMES = ["unit", ...FIELDS.map(([n]) => n), "other_methods"];
const OTHER_HEADER = "其他创新宣传方式(列举)";
const DRAFT = "fangfei.annex3.draft";
const SUBMITTED = "fangfei.annex3.submitted";

const $ = (id) => document.getElementById(id);
const label = (name) => (name === "unit" ? "填报单位" : name === "other_methods" ? "其他创新宣传方式" : FIELDS.find(([n]) => n === name)[2]);

/** localStorage, when the browser allows it (a private window may not). */
const store = {
  get(key, fallback) {
    try {
      return JSON.parse(localStorage.getItem(key)) ?? fallback;
    } catch {
      return fallback;
    }
  },
  set(key, value) {
    try {
      localStorage.setItem(key, JSON.stringify(value));
    } catch {
      /* not kept: the form works the same */
    }
  },
};

let submitted = store.get(SUBMITTED, []);

/** A field's findings shown at the field: errors in its error message, the rest below. */
function show(name, findings) {
  const input = $(`f-${name}`);
  const error = $(`e-${name}`);
  const notes = $(`m-${name}`);
  const errors = findings.filter((f) => f.severity === "error");
  const others = findings.filter((f) => f.severity !== "error");
  if (errors.length > 0) {
    const prefix = document.createElement("span");
    prefix.className = "visually-hidden";
    prefix.textContent = "错误:";
    error.replaceChildren(prefix, errors.map((f) => f.message.zh).join(";"));
    error.dataset.rules = errors.map((f) => f.rule).join(" ");
    error.hidden = false;
    input.setAttribute("aria-invalid", "true");
  } else {
    error.replaceChildren();
    delete error.dataset.rules;
    error.hidden = true;
    input.removeAttribute("aria-invalid");
  }
  notes.replaceChildren(
    ...others.map((f) => {
      const li = document.createElement("li");
      li.className = f.severity;
      li.dataset.rule = f.rule;
      li.textContent = f.message.zh;
      return li;
    }),
  );
  const described = [`h-${name}`, errors.length > 0 ? `e-${name}` : "", others.length > 0 ? `m-${name}` : ""].filter(Boolean);
  input.setAttribute("aria-describedby", described.join(" "));
  input.closest(".field").classList.toggle("invalid", errors.length > 0);
}

function check(name) {
  const value = $(`f-${name}`).value;
  const findings = name === "unit" || name === "other_methods" ? checkField(name, value) : checkCell(name, value).findings;
  // A count not typed yet is simply not filled: said on submit, not while typing.
  show(name, value === "" ? [] : findings);
}

function formValue() {
  const form = {};
  for (const name of NAMES) form[name === "other_methods" ? "otherMethods" : name] = $(`f-${name}`).value;
  return form;
}

function saveDraft() {
  const draft = {};
  for (const name of NAMES) draft[name] = $(`f-${name}`).value;
  store.set(DRAFT, draft);
}

function summarise(findings) {
  const summary = $("summary");
  const errors = findings.filter((f) => f.severity === "error");
  if (errors.length === 0) {
    summary.hidden = true;
    return;
  }
  $("summary-list").replaceChildren(
    ...errors.map((f) => {
      const name = fieldOf(f);
      const li = document.createElement("li");
      const a = document.createElement("a");
      a.href = `#f-${name}`;
      a.textContent = `${label(name)}:${f.message.zh}`;
      a.addEventListener("click", (event) => {
        event.preventDefault();
        $(`f-${name}`).focus();
      });
      li.append(a);
      return li;
    }),
  );
  summary.hidden = false;
  summary.focus();
}

/** The form field a finding is about, from its path (`qijin_sessions`, `other_methods[1]`). */
function fieldOf(f) {
  const head = f.path.split(/[.[]/)[0];
  return NAMES.includes(head) ? head : "unit";
}

function result(id, text, ok) {
  const p = $(id);
  p.textContent = text;
  p.className = `form-result ${ok ? "ok" : "error"}`;
}

/** The city total of the submitted tables, shown; returns the batch. Units off the
 * roster are named apart: they are not in the total (issue 29, item 25). */
function renderTotals() {
  const batch = validateForms(submitted.map((s) => s.form));
  const units = batch.totals.units;
  const outside = batch.totals.outside?.units ?? [];
  const none = outside.length === 0 ? "尚无单位" : "尚无计入合计的单位";
  const counted = units.length === 0 ? none : `${units.length} 个单位:${units.join("、")}`;
  $("units").textContent = outside.length === 0 ? counted : `${counted};名单外单位(未计入合计):${outside.join("、")}`;
  $("totals").tBodies[0].replaceChildren(
    ...FIELDS.map(([name, group, header]) => {
      const tr = document.createElement("tr");
      tr.dataset.field = name;
      const th = document.createElement("th");
      th.scope = "row";
      th.textContent = `${group} · ${header}`;
      const td = document.createElement("td");
      td.className = "num";
      td.textContent = String(batch.totals.counts[name] ?? "溢出");
      tr.append(th, td);
      return tr;
    }),
  );
  // The submitted tables as the office's CSV (UTF-8 with a BOM, as Excel opens it).
  const cell = (v) => (/[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  const lines = [["填报单位", ...FIELDS.map(([, , h]) => h), OTHER_HEADER].map(cell).join(",")];
  for (const row of batch.rows.filter((r) => r.table)) {
    const t = row.table;
    lines.push([t.unit, ...FIELDS.map(([n]) => String(t.counts[n])), t.otherMethods.join("、")].map(cell).join(","));
  }
  const link = $("export");
  if (link.href.startsWith("blob:")) URL.revokeObjectURL(link.href);
  link.href = URL.createObjectURL(new Blob([`\uFEFF${lines.join("\r\n")}\r\n`], { type: "text/csv;charset=utf-8" }));
  link.hidden = batch.rows.length === 0;
  return batch;
}

function onSubmit(event) {
  event.preventDefault();
  const form = formValue();
  const checked = validateForm(form);
  const byField = new Map(NAMES.map((n) => [n, []]));
  for (const f of checked.findings) byField.get(fieldOf(f)).push(f);
  for (const name of NAMES) show(name, byField.get(name));
  summarise(checked.findings);
  if (!checked.valid) {
    result("m-form", "未提交:表中有错误,请按上方提示修改", false);
    return;
  }
  submitted = [...submitted.filter((s) => s.unit !== checked.table.unit), { unit: checked.table.unit, form }];
  store.set(SUBMITTED, submitted);
  const unit = checked.table.unit;
  const batch = renderTotals();
  // A unit off the roster is kept apart from the total: said, never "已提交" alone.
  if ((batch.totals.outside?.units ?? []).includes(unit)) {
    result("m-form", `已收到,但未计入全市合计:“${unit}”不在本次活动的单位名单中`, false);
  } else {
    result("m-form", `已提交:${unit},已计入全市合计`, true);
  }
}

function clearDraft() {
  for (const name of NAMES) {
    $(`f-${name}`).value = "";
    show(name, []);
  }
  $("summary").hidden = true;
  store.set(DRAFT, {});
  result("m-form", "草稿已清空", true);
  $("f-unit").focus();
}

async function onScore() {
  const quizError = (text) => {
    const e = $("e-sheets");
    e.textContent = text;
    e.hidden = false;
    $("sheets").setAttribute("aria-invalid", "true");
    $("sheets").setAttribute("aria-describedby", "h-sheets e-sheets");
    $("sheets").closest(".field").classList.add("invalid");
  };
  $("e-sheets").hidden = true;
  $("sheets").removeAttribute("aria-invalid");
  $("sheets").setAttribute("aria-describedby", "h-sheets");
  $("sheets").closest(".field").classList.remove("invalid");
  const lines = $("sheets").value.split("\n");
  const sheets = [];
  for (const [i, line] of lines.entries()) {
    if (!line.trim()) continue;
    try {
      sheets.push(JSON.parse(line));
    } catch {
      quizError(`第${i + 1}行不是有效的JSON:请检查引号(须用英文双引号)、逗号和括号`);
      $("sheets").focus();
      return;
    }
  }
  const papers = await (await fetch("papers.json")).json();
  // The quiz is a module of its own ("fangfei/quiz"), loaded when it is first used.
  const quiz = await import("./pkg/quiz.js");
  await quiz.init();
  let out;
  try {
    out = quiz.scoreSheets({ papers, sheets });
  } catch (e) {
    if (e instanceof FangfeiError) {
      quizError(e.messageZh);
      return;
    }
    throw e;
  }
  result("m-quiz", `共${out.outcomes.length}份:计分${out.counted}份,不予受理${out.refused}份`, true);
  $("scores").tBodies[0].replaceChildren(
    ...out.outcomes.map((o) => {
      const tr = document.createElement("tr");
      tr.dataset.counted = String(o.counted);
      const why = o.findings.filter((f) => f.severity === "error").map((f) => f.message.zh).join(";");
      for (const text of [o.line, o.participant, o.score ?? "—", o.counted ? "计分" : `不予受理:${why}`]) {
        const td = document.createElement("td");
        td.textContent = String(text);
        tr.append(td);
      }
      return tr;
    }),
  );
}

async function main() {
  await Promise.all([init(), initOffice()]);
  const counts = $("counts");
  for (const [name, group, header] of FIELDS) {
    const div = document.createElement("div");
    div.className = "field";
    div.dataset.field = name;
    div.innerHTML = `<label for="f-${name}"></label><p class="hint" id="h-${name}"></p><p class="error-message" id="e-${name}" hidden></p><input id="f-${name}" name="${name}" inputmode="numeric" autocomplete="off" aria-describedby="h-${name}"><ul class="notes-list" id="m-${name}"></ul>`;
    div.querySelector("label").textContent = header;
    div.querySelector(".hint").textContent = group;
    counts.append(div);
  }
  const draft = store.get(DRAFT, {});
  for (const name of NAMES) {
    const input = $(`f-${name}`);
    if (typeof draft[name] === "string") input.value = draft[name];
    if (input.value !== "") check(name);
    input.addEventListener("input", () => {
      check(name);
      saveDraft();
    });
  }
  $("form").addEventListener("submit", onSubmit);
  $("clear").addEventListener("click", clearDraft);
  $("score").addEventListener("click", () =>
    onScore().catch((e) => result("m-quiz", `计分失败:${e instanceof FangfeiError ? e.messageZh : e}`, false)),
  );
  if (submitted.length > 0) renderTotals();
  // The SVG is made by the library (no script in it): safe to insert under the CSP.
  $("timeline").innerHTML = timelineSvg("zh");
  $("status").textContent = "已就绪";
  document.body.dataset.ready = "true";
}

main().catch((e) => {
  $("status").textContent = `加载失败:${e instanceof FangfeiError ? e.messageZh : e}`;
});
