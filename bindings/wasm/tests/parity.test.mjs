// The parity corpus through the wasm build: identical JSON to the native build's
// expected.json (written by `cargo test -p fangfei-wasm --test parity`), after key sorting.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const f = createRequire(import.meta.url)("../pkg/node/fangfei_wasm.cjs");
const here = new URL(".", import.meta.url);
const corpus = JSON.parse(readFileSync(new URL("corpus.json", here), "utf8"));
const expected = JSON.parse(readFileSync(new URL("expected.json", here), "utf8"));

const sorted = (v) =>
  Array.isArray(v) ? v.map(sorted) : v && typeof v === "object" ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sorted(v[k])])) : v;

test("the corpus gives the native results", () => {
  assert.equal(corpus.length, expected.length);
  corpus.forEach((call, i) => {
    let got;
    try {
      // The exported function itself, with the corpus's arguments.
      got = { ok: f[call.name](...call.args) };
    } catch (e) {
      got = { error: { code: e.code, message: e.message } };
    }
    assert.deepEqual(sorted(got), sorted(expected[i]), `call ${i} (${call.name})`);
  });
});
