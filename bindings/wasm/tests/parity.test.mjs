// The parity corpus through the wasm build: identical JSON to the native build's
// expected/NN-name.json files (written by `cargo test -p fangfei-wasm --test parity`),
// after key sorting. Arguments naming fixtures ({"$file"}, {"$lines"}) are read as the
// native test reads them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

// The main module and the quiz module together: every function of the corpus.
const require = createRequire(import.meta.url);
const f = { ...require("../pkg/quiz.cjs"), ...require("../pkg/index.cjs") };
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

test("the corpus gives the native results", () => {
  assert.equal(corpus.length, expected.length);
  corpus.forEach((call, i) => {
    let got;
    try {
      // The exported function itself, with the corpus's arguments.
      got = { ok: f[call.name](...call.args.map(resolve)) };
    } catch (e) {
      got = { error: { code: e.code, message: e.message } };
    }
    assert.deepEqual(sorted(got), sorted(expected[i]), `call ${i} (${call.name})`);
  });
});
