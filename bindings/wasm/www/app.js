// The demo form: every keystroke runs the same checks as the CLI, in Chinese.
import { init, checkCell, checkField, validateForm, validateForms, timelineSvg, scoreSheets } from "./pkg/index.js";

const FIELDS = [
  ["qijin_sessions", "“七进”等宣传活动 · 活动场次(次)"],
  ["qijin_participants", "“七进”等宣传活动 · 参与群众(人次)"],
  ["print_broadcast", "报刊、杂志、广播、电视等 · 刊印份数、播放次数(份/次)"],
  ["online_original_works", "网络宣传 · 发布原创作品数(篇)"],
  ["online_views", "网络宣传 · 点击量、阅读量、转发量(次)"],
  ["online_interactive_reach", "网络宣传 · 互动宣传覆盖人数(人次)"],
  ["sms_sent", "网络宣传 · 发送短信(条)"],
  ["outdoor_posters_boards", "户外广告、宣传品 · 海报、展板(份)"],
  ["outdoor_screens_ads", "户外广告、宣传品 · 电子显示屏、公共交通广告、楼宇电梯广告等(次)"],
  ["outdoor_leaflets_gifts", "户外广告、宣传品 · 传单、手册、赠品等(份)"],
  ["news_reports", "其他 · 被新闻媒体报道(次)"],
];

const $ = (id) => document.getElementById(id);
const submitted = [];

function show(list, findings) {
  list.replaceChildren(
    ...findings.map((f) => {
      const li = document.createElement("li");
      li.className = f.severity;
      li.dataset.rule = f.rule;
      li.textContent = `${f.message.zh}(${f.rule})`;
      return li;
    }),
  );
  list.closest(".field")?.classList.toggle("invalid", findings.some((f) => f.severity === "error"));
}

function onInput(name, input) {
  const value = input.value;
  const findings = name === "unit" || name === "other_methods" ? checkField(name, value) : checkCell(name, value).findings;
  // Before anything is typed a count is simply not filled yet; say so only on submit.
  show($(`m-${name}`), value === "" ? [] : findings);
}

function formValue() {
  const form = { unit: $("f-unit").value, other_methods: $("f-other_methods").value };
  for (const [name] of FIELDS) form[name] = $(`f-${name}`).value;
  return form;
}

function renderTotals() {
  const batch = validateForms(submitted);
  $("units").textContent = `${batch.totals.units.length} 个单位:${batch.totals.units.join("、")}`;
  $("totals").tBodies[0].replaceChildren(
    ...FIELDS.map(([name, label]) => {
      const tr = document.createElement("tr");
      tr.dataset.field = name;
      const a = document.createElement("td");
      a.textContent = label;
      const b = document.createElement("td");
      b.textContent = String(batch.totals.counts[name] ?? "溢出");
      tr.append(a, b);
      return tr;
    }),
  );
}

function onSubmit(event) {
  event.preventDefault();
  const form = formValue();
  const check = validateForm(form);
  const byField = new Map();
  for (const f of check.findings) {
    const field = f.path.split(/[.[]/)[0];
    if (!byField.has(field)) byField.set(field, []);
    byField.get(field).push(f);
  }
  for (const name of ["unit", "other_methods", ...FIELDS.map(([n]) => n)]) show($(`m-${name}`), byField.get(name) ?? []);
  if (!check.valid) {
    show($("m-form"), [{ severity: "error", rule: "—", message: { zh: "表中有错误,请按提示修改后再提交" } }]);
    return;
  }
  submitted.push(form);
  show($("m-form"), [{ severity: "info", rule: "—", message: { zh: `已提交:${check.table.unit}` } }]);
  renderTotals();
}

async function onScore() {
  const papers = await (await fetch("papers.json")).json();
  const sheets = $("sheets").value.split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
  const out = scoreSheets({ papers, sheets });
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
  await init();
  const counts = $("counts");
  for (const [name, label] of FIELDS) {
    const div = document.createElement("div");
    div.className = "field";
    div.dataset.field = name;
    div.innerHTML = `<label for="f-${name}"></label><input id="f-${name}" name="${name}" inputmode="numeric" autocomplete="off"><ul class="messages" id="m-${name}" aria-live="polite"></ul>`;
    div.querySelector("label").textContent = label;
    counts.append(div);
  }
  for (const name of ["unit", "other_methods", ...FIELDS.map(([n]) => n)]) {
    const input = $(`f-${name}`);
    input.addEventListener("input", () => onInput(name, input));
  }
  $("form").addEventListener("submit", onSubmit);
  $("score").addEventListener("click", () => onScore().catch((e) => show($("m-form"), [{ severity: "error", rule: e.code ?? "—", message: { zh: e.messageZh ?? String(e) } }])));
  // The SVG is made by the library (no script in it): safe to insert under the CSP.
  $("timeline").innerHTML = timelineSvg("zh");
  $("status").textContent = "已就绪";
  document.body.dataset.ready = "true";
}

main().catch((e) => {
  $("status").textContent = `加载失败:${e}`;
});
