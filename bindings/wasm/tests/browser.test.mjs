// The demo page in Debian's headless Chromium, under the strict CSP: live validation
// in Chinese, messages that appear and clear, submit and totals, the calendar
// picture, the quiz panel — and no console error, no CSP violation.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { chromium } from "playwright-core";
import { serve, CSP } from "../www/server.mjs";

const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";

test("the demo page works in Chromium under a strict CSP", { timeout: 120_000 }, async () => {
  assert.ok(existsSync(CHROMIUM), `${CHROMIUM} not found: install Debian's chromium (scripts/test does)`);
  const server = await serve(0);
  const url = `http://127.0.0.1:${server.address().port}/`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
  });
  const problems = [];
  try {
    const page = await browser.newPage();
    page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
    page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
    const response = await page.goto(url);
    assert.equal(response.headers()["content-security-policy"], CSP);
    assert.ok(!CSP.includes("unsafe-eval'") || CSP.includes("'wasm-unsafe-eval'"));
    await page.evaluate(() => document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP violation: ${e.violatedDirective}`)));
    await page.waitForSelector("body[data-ready=true]", { timeout: 30_000 });

    // A message appears as one types, in Chinese, and clears when the cell is fixed.
    await page.fill("#f-qijin_sessions", "十二");
    await page.waitForSelector("#m-qijin_sessions li.error[data-rule=A3-NUMBER]");
    assert.match(await page.textContent("#m-qijin_sessions"), /请用阿拉伯数字填写/);
    await page.fill("#f-qijin_sessions", "１２次");
    await page.waitForSelector("#m-qijin_sessions li.info");
    assert.doesNotMatch(await page.textContent("#m-qijin_sessions"), /阿拉伯数字/);
    await page.fill("#f-sms_sent", "无");
    await page.waitForSelector("#m-sms_sent li[data-rule=A3-BLANK]");
    assert.match(await page.textContent("#m-sms_sent"), /表中项目未开展的填写"0"/);
    await page.fill("#f-sms_sent", "0");
    await page.waitForFunction(() => document.querySelector("#m-sms_sent").children.length === 0);
    await page.fill("#f-unit", "市教育厅");
    await page.waitForSelector("#m-unit li.warning[data-rule=A3-UNIT]");
    assert.match(await page.textContent("#m-unit"), /市教育局/);
    await page.fill("#f-unit", "市教育局");
    await page.waitForFunction(() => document.querySelector("#m-unit").children.length === 0);

    // Submitting a half-filled form shows every blank; filling it in submits.
    await page.click("#submit");
    await page.waitForSelector("#m-news_reports li[data-rule=A3-BLANK]");
    const values = { qijin_participants: "1,500", print_broadcast: "300", online_original_works: "3", online_views: "5200", online_interactive_reach: "800", outdoor_posters_boards: "40", outdoor_screens_ads: "6", outdoor_leaflets_gifts: "2000", news_reports: "2" };
    for (const [k, v] of Object.entries(values)) await page.fill(`#f-${k}`, v);
    await page.click("#submit");
    await page.waitForSelector("#totals tr[data-field=qijin_sessions]");
    assert.equal(await page.textContent("#totals tr[data-field=qijin_sessions] td:nth-child(2)"), "12");
    // A second unit adds to the city total.
    await page.fill("#f-unit", "南街");
    await page.fill("#f-qijin_sessions", "3");
    await page.click("#submit");
    await page.waitForFunction(() => document.querySelector("#totals tr[data-field=qijin_sessions] td:nth-child(2)").textContent === "15");
    assert.match(await page.textContent("#units"), /2 个单位:市教育局、南街街道/);

    // The campaign picture is drawn by the library.
    assert.ok(await page.$("#timeline svg"));
    assert.match(await page.textContent("#timeline"), /实施阶段/);

    // The quiz panel scores sheets against the day's paper.
    const sheet = (id, at) => JSON.stringify({ participant: id, name: "测试", region: "辽宁", submitted_at: at, answers: { 1: "A", 2: "A", 3: "A", 4: true, 5: true, 6: true, 7: "AB", 8: "AB" } });
    await page.fill("#sheets", [sheet("u1", "2021-06-15T10:05:00+08:00"), sheet("u1", "2021-06-15T12:00:00+08:00"), sheet("u2", "2021-06-15T09:00:00+08:00")].join("\n"));
    await page.click("#score");
    await page.waitForSelector("#scores tr");
    assert.equal(await page.$$eval("#scores tr[data-counted=true]", (r) => r.length), 1);
    assert.match(await page.textContent("#scores"), /不予受理/);
  } finally {
    await browser.close();
    server.close();
  }
  assert.deepEqual(problems, []);
});
