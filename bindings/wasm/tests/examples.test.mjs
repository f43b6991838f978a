// The README's Node example and docs/npm.md's Node and browser examples are these
// files, verbatim, and they run.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, existsSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { serve } from "../www/server.mjs";

const file = (p) => fileURLToPath(new URL(p, import.meta.url));
const readme = readFileSync(file("../../../README.md"), "utf8");
const npmDoc = readFileSync(file("../../../docs/npm.md"), "utf8");

test("the README and docs/npm.md show the example files as they are", () => {
  const shown = (p) => readFileSync(file(p), "utf8").trim();
  assert.ok(readme.includes(shown("../examples/node.mjs")), "examples/node.mjs is not in README.md verbatim");
  for (const p of ["../examples/node.mjs", "../www/example.js"]) {
    assert.ok(npmDoc.includes(shown(p)), `${p} is not in docs/npm.md verbatim`);
  }
});

test("the Node example runs", () => {
  const out = execFileSync(process.execPath, [file("../examples/node.mjs")], { encoding: "utf8" });
  const lines = out.trim().split("\n");
  assert.equal(lines[0], "implementation concentrated_day true");
  assert.match(lines[1], /^1200 /);
  assert.equal(lines[2], "true TIME-TZ");
});

test("the browser example runs", { timeout: 60_000 }, async () => {
  const chrome = process.env.CHROMIUM ?? "/usr/bin/chromium";
  assert.ok(existsSync(chrome));
  const server = await serve(0);
  const browser = await chromium.launch({ executablePath: chrome, args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"] });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/example.html`);
    await page.waitForSelector("body[data-ready=true]");
    await page.fill("#cell", "无");
    await page.waitForFunction(() => document.querySelector("#out").textContent.includes("表中项目未开展的填写“0”"));
    await page.fill("#cell", "20条");
    await page.waitForFunction(() => document.querySelector("#out").textContent === "✓");
    // The unit: the roster's names offered, a name off it told.
    assert.ok(await page.evaluate(() => document.querySelectorAll("#units option").length) >= 51);
    await page.fill("#unit", "市教育局");
    await page.dispatchEvent("#unit", "change");
    await page.waitForFunction(() => document.querySelector("#unit-out").textContent === "✓");
    await page.fill("#unit", "市气象局");
    await page.dispatchEvent("#unit", "change");
    await page.waitForFunction(() => document.querySelector("#unit-out").textContent.includes("不在本次活动的单位名单中"));
  } finally {
    await browser.close();
    server.close();
  }
});
