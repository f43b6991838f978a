// The npm package where a web team puts it, installed from the packed tarball into
// ../fixtures (its own package.json: vite, webpack, esbuild, attw) and driven there:
// Node ESM and CommonJS directly; a plain <script type="module">, vite's dev server
// and build, webpack 5 and esbuild (each with its default configuration) in headless
// Chromium. Also @arethetypeswrong/cli on the tarball, and one copy of the module in
// it. Needs the package built (scripts/build-wasm) and the network for npm install
// the first time (scripts/test).
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const here = fileURLToPath(new URL(".", import.meta.url));
const pkg = join(here, "..", "pkg");
const fx = join(here, "..", "fixtures");
const build = join(fx, ".build");
const bin = (name) => join(fx, "node_modules", ".bin", name);
const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const EXPECTED = "false 发送短信“1.2万”以“万”为单位:请写成数字12000 INPUT";
const run = (cmd, args, opts = {}) => execFileSync(cmd, args, { cwd: fx, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], ...opts });

let tarball;

test("the tarball installs into the fixtures", { timeout: 600_000 }, () => {
  assert.ok(existsSync(join(pkg, "package.json")), "build the package first: scripts/build-wasm");
  const name = run("npm", ["pack", pkg, "--pack-destination", fx, "--silent"]).trim().split("\n").pop();
  tarball = join(fx, name);
  // The module once: no .wasm file beside its packed copy.
  const listing = run("tar", ["-tzf", tarball]);
  assert.doesNotMatch(listing, /\.wasm$/m, listing);
  assert.match(listing, /package\/wasm\/bytes\.js$/m);
  assert.match(listing, /package\/wasm\/forms-bytes\.js$/m);
  assert.match(listing, /package\/wasm\/quiz-bytes\.js$/m);
  assert.match(listing, /package\/wasm\/office-bytes\.js$/m);
  // The tools first, then the tarball (an install of the tools alone would prune it).
  run("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error"]);
  run("npm", ["install", "--no-audit", "--no-fund", "--no-save", "--loglevel=error", tarball]);
  assert.ok(existsSync(join(fx, "node_modules", "fangfei", "index.js")));
});

test("@arethetypeswrong/cli finds no problem", { timeout: 120_000 }, () => {
  let out;
  try {
    out = run(bin("attw"), [tarball, "--format", "ascii"]);
  } catch (e) {
    assert.fail(`attw reported problems:\n${e.stdout}\n${e.stderr}`);
  }
  assert.match(out, /No problems found/, out);
});

test("Node: ESM and CommonJS, the main, forms, quiz and office modules", () => {
  for (const f of ["node/esm.mjs", "node/cjs.cjs"]) {
    const lines = run(process.execPath, [f]).trim().split("\n").sort();
    assert.deepEqual(lines, [EXPECTED, "发送短信“1.2万”以“万”为单位:请写成数字12000 undefined", "138****5678 undefined undefined", "1 undefined undefined"].sort(), f);
  }
});

/** Serves `root` on 127.0.0.1; resolves to the server. */
function serve(root) {
  const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".mjs": "text/javascript; charset=utf-8", ".css": "text/css" };
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    const file = normalize(join(root, path.endsWith("/") ? `${path}index.html` : path));
    if (!file.startsWith(normalize(root)) || !existsSync(file)) return res.writeHead(404).end("not found");
    res.writeHead(200, { "Content-Type": types[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

/** The page's result, after it says it is ready; fails on an error or a console error. */
async function result(browser, url) {
  const page = await browser.newPage();
  const problems = [];
  page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
  page.on("pageerror", (e) => problems.push(e.message));
  await page.goto(url);
  await page.waitForFunction(() => document.body && (document.body.dataset.ready || document.body.dataset.error), null, { timeout: 60_000 });
  const error = await page.evaluate(() => document.body.dataset.error);
  assert.equal(error, undefined, `${url}: ${error}`);
  assert.deepEqual(problems, [], url);
  const out = await page.evaluate(() => document.body.dataset.result);
  await page.close();
  return out;
}

const page = (script, module) =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>fixture</title></head><body><script ${module ? 'type="module" ' : ""}src="${script}"></script></body></html>`;

test("browsers: a plain module script, vite (dev and build), webpack, esbuild", { timeout: 600_000 }, async () => {
  assert.ok(existsSync(CHROMIUM), `${CHROMIUM} not found`);
  rmSync(build, { recursive: true, force: true });
  // vite's root: the page and the app.
  const viteRoot = join(build, "vite");
  mkdirSync(viteRoot, { recursive: true });
  cpSync(join(fx, "app", "main.js"), join(viteRoot, "main.js"));
  writeFileSync(join(viteRoot, "index.html"), page("/main.js", true));
  run(bin("vite"), ["build", viteRoot, "--logLevel", "error"]);
  // webpack and esbuild: the app bundled with no configuration but the entry and output.
  run(bin("webpack"), ["--mode", "production", "--entry", "./app/main.js", "--output-path", join(build, "webpack")]);
  writeFileSync(join(build, "webpack", "index.html"), page("main.js", false));
  run(bin("esbuild"), ["app/main.js", "--bundle", `--outfile=${join(build, "esbuild", "main.js")}`]);
  writeFileSync(join(build, "esbuild", "index.html"), page("main.js", false));

  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
  });
  const servers = [];
  const dev = spawn(bin("vite"), [viteRoot, "--port", "0", "--strictPort", "false", "--host", "127.0.0.1"], { cwd: fx, stdio: ["ignore", "pipe", "pipe"] });
  try {
    const at = async (root) => {
      const s = await serve(root);
      servers.push(s);
      return `http://127.0.0.1:${s.address().port}/`;
    };
    assert.equal(await result(browser, `${await at(fx)}script.html`), EXPECTED, "plain <script type=module>");
    assert.equal(await result(browser, await at(join(viteRoot, "dist"))), EXPECTED, "vite build");
    assert.equal(await result(browser, await at(join(build, "webpack"))), EXPECTED, "webpack");
    assert.equal(await result(browser, await at(join(build, "esbuild"))), EXPECTED, "esbuild");
    // vite's dev server, as `vite` starts it: its address from its output.
    const url = await new Promise((resolve, reject) => {
      let seen = "";
      const timer = setTimeout(() => reject(new Error(`vite dev did not start: ${seen}`)), 60_000);
      dev.stdout.on("data", (d) => {
        seen += d;
        const m = seen.replace(/\x1b\[[0-9;]*m/g, "").match(/http:\/\/127\.0\.0\.1:\d+\//);
        if (m) {
          clearTimeout(timer);
          resolve(m[0]);
        }
      });
    });
    assert.equal(await result(browser, url), EXPECTED, "vite dev");
  } finally {
    dev.kill();
    for (const s of servers) s.close();
    await browser.close();
  }
});
