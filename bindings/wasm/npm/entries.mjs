// Writes the npm package's entry points into PKG (scripts/build-wasm runs it after
// wasm-bindgen): usage `node entries.mjs PKG`.
//
// One import story for every runtime — `import { init, checkCell } from "fangfei"`,
// `await init()` (a no-op where the module loads synchronously):
//   index.js   ESM for browsers and bundlers (vite, webpack, esbuild, a plain
//              <script type="module">): init() unpacks the module with the platform's
//              DecompressionStream;
//   node.mjs   ESM for Node, loaded at import (node:zlib);
//   index.cjs  CommonJS for require(), loaded at require.
// The same three for the forms module ("fangfei/forms": forms.js, forms.node.mjs,
// forms.cjs), the Annex 3 checks alone, which is what a reporting unit's form loads,
// for the quiz module ("fangfei/quiz": quiz.js, quiz.node.mjs, quiz.cjs),
// registration and scoring, and for the office module ("fangfei/office": office.js,
// office.node.mjs, office.cjs), the city office's calls (the rule catalogue, the print
// calendar, many units' forms with the city total, the table's JSON Schema), which
// the main module leaves out.
// Each compiled module is in the package once: wasm/bytes.js (wasm/forms-bytes.js,
// wasm/quiz-bytes.js, wasm/office-bytes.js), the gzipped .wasm as a base64 string — a JS module every bundler takes with its
// default configuration (no asset to emit or locate), about the size of the gzipped
// .wasm over the network.
// Every function is the wasm-bindgen export of the same name, wrapped so that what it
// throws is a FangfeiError (`instanceof`, with `code`, `messageZh`, `problems`);
// checkCell's wrapper also builds its result object from the text the module gives.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const pkg = process.argv[2];
const header = "// fangfei — written by bindings/wasm/npm/entries.mjs; do not edit.\n";

// The error class, in both module formats (`export` is the only difference).
const errorClass = `/** What every function throws on malformed input: an Error with a stable code. */
class FangfeiError extends Error {
  constructor(message, code, messageZh, problems) {
    super(message);
    this.name = "FangfeiError";
    this.code = code;
    this.messageZh = messageZh;
    if (problems !== undefined) this.problems = problems;
  }
  // Any copy of the package (its ESM and CommonJS builds both loaded) recognises the
  // others' errors.
  static [Symbol.hasInstance](e) {
    return e instanceof Error && e.name === "FangfeiError" && typeof e.code === "string";
  }
}

let loaded = false;

function call(f, args) {
  if (!loaded) {
    throw new FangfeiError("the module is not loaded: await init() first", "INIT", "模块尚未加载:请先 await init()");
  }
  try {
    return f(...args);
  } catch (e) {
    if (e instanceof Error && typeof e.code === "string" && !(e instanceof FangfeiError)) {
      throw new FangfeiError(e.message, e.code, e.messageZh, e.problems);
    }
    throw e;
  }
}
`;

// checkCell's result crosses as text its wrapper splits (`check_cell_for_js` in
// bindings/wasm/src/api.rs says the form), or as JSON text when it does not fit that
// form: JSON.parse was a quarter of a keystroke check with a finding.
const cellResult = `/** A checkCell result from the text the module writes for it. */
function cellResult(text) {
  if (text.charCodeAt(0) === 123) return JSON.parse(text);
  const [head, ...findings] = text.split("\\x1e");
  const [field, value, valid] = head.split("\\x1f");
  return {
    field,
    value: value === "" ? null : Number(value),
    valid: valid === "1",
    findings: findings.map((f) => {
      const [rule, severity, outcome, path, zh, en, clause, effect] = f.split("\\x1f");
      return { rule, severity, outcome, path, message: { zh, en }, clause, effect };
    }),
  };
}
`;

/** The call of export `name` in a wrapper. */
const wrapped = (name) =>
  name === "checkCell" ? `cellResult(call(glue.${name}, args))` : `call(glue.${name}, args)`;

/**
 * Writes the entries of one module: `wasm/${prefix}glue.js|.cjs` and
 * `wasm/${prefix}bytes.js` into `${base}.js` (browsers, bundlers), `${node}` (Node
 * ESM) and `${base}.cjs` (require). Returns the functions it wraps.
 */
function entries(prefix, base, node) {
  const glue = readFileSync(join(pkg, `wasm/${prefix}glue.js`), "utf8");
  const names = [...glue.matchAll(/^export function (\w+)\(/gm)]
    .map((m) => m[1])
    .filter((n) => n !== "start" && n !== "initSync");
  if (names.length < 5) throw new Error(`only ${names.length} functions found in the ${prefix}glue`);
  const helpers = names.includes("checkCell") ? `\n${cellResult}` : "";
  const esmWrappers =
    helpers + names.map((n) => `export function ${n}(...args) {\n  return ${wrapped(n)};\n}`).join("\n");
  const cjsWrappers =
    helpers + names.map((n) => `exports.${n} = function ${n}(...args) {\n  return ${wrapped(n)};\n};`).join("\n");

  writeFileSync(
    join(pkg, `${base}.js`),
    `${header}import initGlue, * as glue from "./wasm/${prefix}glue.js";
import packed from "./wasm/${prefix}bytes.js";

${errorClass}
export { FangfeiError };

let loading = null;

/**
 * Loads the module, once (later calls return the same promise). Pass a URL, a
 * Response or the bytes of fangfei's .wasm to load another copy; by default the
 * package's own is unpacked here. A load that fails rejects with a FangfeiError of
 * code INIT and may be tried again (a later call starts a new load).
 */
export function init(input) {
  loading ??= (async () => {
    try {
      const module_or_path = input ?? (await unpack(packed));
      await initGlue({ module_or_path });
      loaded = true;
    } catch (e) {
      loading = null;
      const why = e instanceof Error ? e.message : String(e);
      throw new FangfeiError(\`the module could not be loaded: \${why}\`, "INIT", \`模块加载失败:\${why}\`);
    }
  })();
  return loading;
}
export default init;

/** The gzipped module, base64: decoded and unpacked by the platform. */
async function unpack(base64) {
  const gz = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const stream = new Blob([gz]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

${esmWrappers}
`,
  );

  writeFileSync(
    join(pkg, node),
    `${header}import { gunzipSync } from "node:zlib";
import * as glue from "./wasm/${prefix}glue.js";
import packed from "./wasm/${prefix}bytes.js";

${errorClass}
export { FangfeiError };

glue.initSync({ module: gunzipSync(Buffer.from(packed, "base64")) });
loaded = true;

/** The module is loaded on import in Node: nothing to wait for. */
export async function init() {}
export default init;

${esmWrappers}
`,
  );

  writeFileSync(
    join(pkg, `${base}.cjs`),
    `${header}"use strict";
const glue = require("./wasm/${prefix}glue.cjs");

${errorClass}
exports.FangfeiError = FangfeiError;
loaded = true;

/** The module is loaded on require: nothing to wait for. */
exports.init = async function init() {};

${cjsWrappers}
`,
  );

  // The CommonJS glue of wasm-bindgen reads fangfei_wasm_bg.wasm beside it: it reads
  // the package's one copy instead, the string in wasm/${prefix}bytes.js.
  const cjs = join(pkg, `wasm/${prefix}glue.cjs`);
  const read = "const wasmBytes = require('fs').readFileSync(wasmPath);";
  const text = readFileSync(cjs, "utf8");
  if (!text.includes(read)) throw new Error("the CommonJS glue no longer reads the .wasm as expected");
  writeFileSync(
    cjs,
    text.replace("const wasmPath = `${__dirname}/fangfei_wasm_bg.wasm`;\n", "").replace(
      read,
      `const wasmBytes = (() => {
    const js = require('fs').readFileSync(require('path').join(__dirname, '${prefix}bytes.js'), 'utf8');
    return require('zlib').gunzipSync(Buffer.from(js.slice(js.indexOf('"') + 1, js.lastIndexOf('"')), 'base64'));
})();`,
    ),
  );

  // The web glue's default fetch of fangfei_wasm_bg.wasm beside it would make bundlers
  // look for a file that is not there: the bytes are always passed.
  const web = join(pkg, `wasm/${prefix}glue.js`);
  const fetchDefault = "module_or_path = new URL('fangfei_wasm_bg.wasm', import.meta.url);";
  const webText = readFileSync(web, "utf8");
  if (!webText.includes(fetchDefault)) throw new Error("the web glue no longer fetches the .wasm as expected");
  writeFileSync(web, webText.replace(fetchDefault, 'throw new Error("fangfei: pass the module to init()");'));
  return names;
}

const modules = {
  index: entries("", "index", "node.mjs"),
  forms: entries("forms-", "forms", "forms.node.mjs"),
  quiz: entries("quiz-", "quiz", "quiz.node.mjs"),
  office: entries("office-", "office", "office.node.mjs"),
};

// The types: npm/index.d.ts (written by hand) declares every function of the four
// modules; each module's types are those without the functions it lacks (and, in the
// forms module, without the campaign parameter), in ESM (NAME.d.ts) and CommonJS
// (NAME.d.cts: without the default export).
const template = readFileSync(join(pkg, "index.d.ts"), "utf8");
const declared = [...template.matchAll(/^export function (\w+)\(/gm)].map((m) => m[1]);
const cts = (text) => {
  const out = text.replace(/^export default init;\n/m, "");
  if (out === text) throw new Error("the types have no `export default init;` line");
  return out;
};
for (const [base, names] of Object.entries(modules)) {
  const undeclared = names.filter((n) => !declared.includes(n));
  if (undeclared.length) throw new Error(`index.d.ts does not declare ${undeclared.join(", ")}`);
  let dts = template;
  for (const name of declared.filter((n) => n !== "init" && !names.includes(n))) {
    // The function's line, and the doc comment right above it (one that ends there).
    const re = new RegExp(`^(/\\*\\*(?:(?!\\*/)[^])*\\*/\\n)?export function ${name}\\(.*\\n`, "m");
    const next = dts.replace(re, "");
    if (next === dts) throw new Error(`no one-line declaration of ${name} in index.d.ts`);
    dts = next;
  }
  // A module that reads no campaign (forms: the embedded one, compiled in) takes none.
  if (!names.includes("loadCampaign")) {
    const next = dts.replaceAll(", campaign?: Campaign | CampaignHandle)", ")").replaceAll("(campaign?: Campaign | CampaignHandle)", "()");
    if (next === dts) throw new Error("no campaign parameter found in index.d.ts");
    dts = next;
  }
  writeFileSync(join(pkg, `${base}.d.ts`), dts);
  writeFileSync(join(pkg, `${base}.d.cts`), cts(dts));
}
console.log(
  `entries: ${Object.entries(modules)
    .map(([base, names]) => `${base} ${names.length} functions`)
    .join("; ")}`,
);
