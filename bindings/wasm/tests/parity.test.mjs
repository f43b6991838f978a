// The parity corpus through the wasm build: identical JSON to the native build's
// expected/NN-name.json files (written by `cargo test -p fangfei-wasm --test parity`),
// after key sorting. Arguments naming fixtures ({"$file"}, {"$lines"}) are read as the
// native test reads them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

// The main module, the quiz module and the office module: every function of the
// corpus is in one of them at least.
const require = createRequire(import.meta.url);
const modules = { main: require("../pkg/index.cjs"), quiz: require("../pkg/quiz.cjs"), office: require("../pkg/office.cjs") };
const here = new URL(".", import.meta.url);
const corpus = JSON.parse(readFileSync(new URL("corpus.json", here), "utf8"));
const root = new URL("../../../", import.meta.url);
const expected = corpus.map((call, i) =>
  JSON.parse(readFileSync(new URL(`expected/${String(i).padStart(2, "0")}-${call.name}.json`, here), "utf8")),
);
const resolve = (v) => {
  if (v && typeof v === "object" && !Array.isArray(v)) {
    const keys = Object.keys(v);
    if (keys.length === 1 && keys[0] === "$file") return JSON.parse(readFileSync(new URL(v.$file, root), "utf8"));
    if (keys.length === 1 && keys[0] === "$lines")
      return readFileSync(new URL(v.$lines, root), "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
    return Object.fromEntries(keys.map((k) => [k, resolve(v[k])]));
  }
  return Array.isArray(v) ? v.map(resolve) : v;
};

const sorted = (v) =>
  Array.isArray(v) ? v.map(sorted) : v && typeof v === "object" ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sorted(v[k])])) : v;

// Each module runs, in the corpus's order, every call it has (setLanguage too: each
// module keeps its own language), and gives the native result for each.
test("the corpus gives the native results, in each module that has the call", () => {
  assert.equal(corpus.length, expected.length);
  const ran = new Set();
  for (const [name, m] of Object.entries(modules)) {
    let calls = 0;
    corpus.forEach((call, i) => {
      if (typeof m[call.name] !== "function") return;
      let got;
      try {
        // The exported function itself, with the corpus's arguments.
        got = { ok: m[call.name](...call.args.map(resolve)) ?? null }; // setLanguage: undefined
      } catch (e) {
        got = { error: { code: e.code, message: e.message } };
      }
      assert.deepEqual(sorted(got), sorted(expected[i]), `${name} module, call ${i} (${call.name})`);
      ran.add(i);
      calls++;
    });
    assert.ok(calls >= 5, `the ${name} module ran ${calls} calls`);
  }
  assert.deepEqual(corpus.map((c, i) => (ran.has(i) ? null : `${i} (${c.name})`)).filter(Boolean), [], "calls no module has");
});

// The forms module reads no campaign (it carries no campaign reader, the embedded one
// compiled in): each corpus call it has gives the same result when no campaign is
// given, and a campaign given is refused with CAMPAIGN. Its `rules` are the statistics
// table's: the native catalogue's entries of the table's rules (A3-…), as they are
// there and in its order.
test("the forms module gives the native results for its calls, on the embedded campaign", () => {
  const forms = require("../pkg/forms.cjs");
  for (const name of ["campaign", "loadCampaign", "openCampaign", "timeline", "checkUnit", "scoreSheets", "timelineSvg", "checkSubmissions", "annex3Schema"])
    assert.equal(forms[name], undefined, name);
  const campaignAt = { checkCell: 2, checkField: 2, validateForm: 1, validateForms: 1, units: 0, rules: 0 };
  const tableRules = (want) => (want.ok ? { ok: want.ok.filter((r) => r.id.startsWith("A3-")) } : want);
  let same = 0;
  let refused = 0;
  corpus.forEach((call, i) => {
    if (typeof forms[call.name] !== "function") return;
    let got;
    try {
      got = { ok: forms[call.name](...call.args.map(resolve)) ?? null };
    } catch (e) {
      got = { error: { code: e.code, message: e.message } };
    }
    if (call.args[campaignAt[call.name]] != null) {
      assert.equal(got.error?.code, "CAMPAIGN", `call ${i} (${call.name})`);
      refused++;
    } else {
      const want = call.name === "rules" ? tableRules(expected[i]) : expected[i];
      assert.deepEqual(sorted(got), sorted(want), `call ${i} (${call.name})`);
      same++;
    }
  });
  assert.ok(same >= 19 && refused >= 1, `${same} calls compared, ${refused} refused`);
});
