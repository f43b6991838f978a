// Speed of the wasm build in Node, with Ajv measured in the same run:
// - 100,000 Annex 3 rows as JS objects: fangfei's batch call (validateForms, in the
//   office module: every cell, cross-field rules, units, per-row outcome, city total)
//   against Ajv compiled from fangfei's own JSON Schema (annex3Schema, the office
//   module's too: types, minimum, required, no extra keys);
// - the latency of one keystroke check (checkCell) from JS.
// Run: node bindings/wasm/bench.mjs  (after scripts/build-wasm). Prints ratios.
import { createRequire } from "node:module";
import Ajv from "ajv/dist/2020.js";

const f = createRequire(import.meta.url)("./pkg/index.cjs");
const office = createRequire(import.meta.url)("./pkg/office.cjs");
const FIELDS = ["qijin_sessions", "qijin_participants", "print_broadcast", "online_original_works", "online_views", "online_interactive_reach", "sms_sent", "outdoor_posters_boards", "outdoor_screens_ads", "outdoor_leaflets_gifts", "news_reports"];
const N = 100_000;
// Units on the roster (Ajv has no notion of units; fangfei resolves each one).
const units = f.campaign().units.map((u) => u.name);
const rows = Array.from({ length: N }, (_, i) => {
  const row = { unit: units[i % units.length], other_methods: [] };
  FIELDS.forEach((k, j) => (row[k] = ((i * 31 + j * 7) % 5000) + 1));
  return row;
});

function time(label, fn, reps) {
  fn(); // warm up
  const t = [];
  for (let r = 0; r < reps; r++) {
    const t0 = process.hrtime.bigint();
    fn();
    t.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  t.sort((a, b) => a - b);
  const median = t[Math.floor(t.length / 2)];
  console.log(`${label}: ${median.toFixed(1)} ms median of ${reps} (${Math.round(N / (median / 1000)).toLocaleString("en")} rows/s)`);
  return median;
}

const ajv = new Ajv({ allErrors: true });
const validate = ajv.compile(office.annex3Schema(false));
let fangfeiMs, ajvMs;
fangfeiMs = time(`fangfei validateForms, one call of ${N} rows`, () => {
  const b = office.validateForms(rows);
  if (b.rows.length !== N) throw new Error("lost rows");
}, 5);
const cities = [];
for (let i = 0; i < N; i += units.length) cities.push(rows.slice(i, i + units.length));
const cityMs = time(`fangfei validateForms, ${cities.length} city batches of ${units.length} distinct units`, () => {
  let n = 0;
  for (const c of cities) n += office.validateForms(c).accepted;
  if (n !== N) throw new Error(`accepted ${n}`);
}, 5);
ajvMs = time("ajv (compiled schema, allErrors)", () => {
  let bad = 0;
  for (const r of rows) if (!validate(r)) bad += validate.errors.length;
  if (bad !== 0) throw new Error("ajv found errors");
}, 5);
// A floor no JSON-based batch call can go under: writing the rows as JSON text.
time("JSON.stringify of the rows alone", () => JSON.stringify(rows), 5);
console.log(`ratio fangfei / ajv: ${(fangfeiMs / ajvMs).toFixed(2)}× (one call of ${N} rows, ${N - units.length} of them duplicate units); ${(cityMs / ajvMs).toFixed(2)}× (city batches)`);

// Keystroke latency: one cell from JS, round trip included.
const texts = ["12", " １２次 ", "1,200", "无", "3.5", "十二"];
const K = 200_000;
for (let i = 0; i < 10_000; i++) f.checkCell("qijin_sessions", texts[i % texts.length]);
const t0 = process.hrtime.bigint();
for (let i = 0; i < K; i++) f.checkCell("qijin_sessions", texts[i % texts.length]);
const us = Number(process.hrtime.bigint() - t0) / 1e3 / K;
console.log(`checkCell latency: ${us.toFixed(2)} µs per call (mean of ${K.toLocaleString("en")}, mixed valid and invalid cells)`);
// The same, one kind of cell at a time (a plain count; cells that get a finding), in
// the main module and in the forms module (what a form loads), with the messages in
// both languages (the default) and in Chinese alone (setLanguage("zh")).
const forms = createRequire(import.meta.url)("./pkg/forms.cjs");
for (const [name, m] of [["main", f], ["forms", forms]]) {
  for (const lang of [null, "zh"]) {
    m.setLanguage(lang);
    for (let i = 0; i < 30_000; i++) m.checkCell("qijin_sessions", texts[i % texts.length]);
    const row = texts.map((t) => {
      const n = 100_000;
      const t1 = process.hrtime.bigint();
      for (let i = 0; i < n; i++) m.checkCell("qijin_sessions", t);
      return `${JSON.stringify(t)} ${(Number(process.hrtime.bigint() - t1) / 1e3 / n).toFixed(2)}`;
    });
    console.log(`checkCell µs per call, ${name} module, ${lang ? `setLanguage(${JSON.stringify(lang)})` : "both languages"}: ${row.join(" | ")}`);
    m.setLanguage(null);
  }
}
// What a finding costs on the JS side alone: parsing its result's JSON text (what the
// other calls' results cost; checkCell's wrapper splits a separated text instead), and
// decoding that text's UTF-8 bytes (as the glue does for every string from wasm).
{
  const json = JSON.stringify(f.checkCell("qijin_sessions", " １２次 "));
  const bytes = new TextEncoder().encode(json);
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true, fatal: true });
  const n = 200_000;
  let t1 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) JSON.parse(json);
  const parse = Number(process.hrtime.bigint() - t1) / 1e3 / n;
  t1 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) decoder.decode(bytes);
  const decode = Number(process.hrtime.bigint() - t1) / 1e3 / n;
  console.log(`a finding's result (${bytes.length} bytes) on the JS side: JSON.parse of its JSON ${parse.toFixed(2)} µs, UTF-8 decoding ${decode.toFixed(2)} µs`);
}
