// The demo form in Debian's headless Chromium, under the strict CSP, at 1280 and 390
// pixels wide, driven by the keyboard alone: live messages in Chinese tied to their
// fields (aria-invalid, aria-describedby), the error summary taking focus after a
// failed submit with links to the fields, the draft kept across a reload, the export
// of the submitted tables, the quiz panel's own errors — no console error, no CSP
// violation, nothing wider than the window. Screenshots: target/www-*.png.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { serve, CSP } from "../www/server.mjs";

const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const shots = fileURLToPath(new URL("../../../target/", import.meta.url));

async function run(browser, url, width) {
  const problems = [];
  const context = await browser.newContext({ viewport: { width, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  const response = await page.goto(url);
  assert.equal(response.headers()["content-security-policy"], CSP);
  await page.evaluate(() => document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP violation: ${e.violatedDirective}`)));
  await page.waitForSelector("body[data-ready=true]", { timeout: 30_000 });
  const focused = () => page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName);
  const attr = (sel, name) => page.getAttribute(sel, name);

  // Keyboard only: the skip link first, then the unit field.
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.className), "skip");
  await page.keyboard.press("Tab");
  assert.equal(await focused(), "f-unit");
  await page.keyboard.type("市教育厅");
  await page.waitForSelector("#m-unit li.warning[data-rule=A3-UNIT]");
  assert.match(await page.textContent("#m-unit"), /市教育局/, "the closest unit is named");
  assert.equal(await attr("#f-unit", "aria-describedby"), "h-unit m-unit");
  for (let i = 0; i < 4; i++) await page.keyboard.press("Backspace");
  await page.keyboard.type("市教育局");
  await page.waitForFunction(() => document.querySelector("#m-unit").children.length === 0);

  // A count typed wrong: its message, tied to the field, in Chinese; fixed, it goes.
  await page.keyboard.press("Tab");
  assert.equal(await focused(), "f-qijin_sessions");
  await page.keyboard.type("十二");
  await page.waitForSelector("#e-qijin_sessions:not([hidden])");
  assert.match(await page.textContent("#e-qijin_sessions"), /^错误:.*请用阿拉伯数字填写/);
  assert.equal(await attr("#f-qijin_sessions", "aria-invalid"), "true");
  assert.equal(await attr("#f-qijin_sessions", "aria-describedby"), "h-qijin_sessions e-qijin_sessions");
  assert.doesNotMatch(await page.textContent("#form-section"), /\(—\)|（—）/);
  await page.keyboard.press("Backspace");
  await page.keyboard.press("Backspace");
  await page.keyboard.type("１２次");
  await page.waitForSelector("#m-qijin_sessions li.info");
  assert.equal(await attr("#f-qijin_sessions", "aria-invalid"), null);

  // Enter submits the half-filled form: the summary takes focus and links to each blank.
  await page.keyboard.press("Enter");
  await page.waitForSelector("#summary:not([hidden])");
  assert.equal(await focused(), "summary");
  const links = await page.$$eval("#summary-list a", (a) => a.map((x) => [x.getAttribute("href"), x.textContent]));
  assert.equal(links.length, 10, JSON.stringify(links));
  assert.deepEqual(links[0], ["#f-qijin_participants", '参与群众(人次):参与群众未填写:表中项目未开展的填写“0”']);
  assert.equal(await attr("#f-news_reports", "aria-invalid"), "true");
  assert.match(await page.textContent("#m-form"), /未提交/);
  // Tab to the first link, Enter: the field has the focus.
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  assert.equal(await focused(), "f-qijin_participants");

  // Fill the rest with the keyboard, moving by Tab, and submit.
  const values = ["1,500", "300", "3", "5200", "800", "0", "40", "6", "2000", "2"];
  for (const [i, v] of values.entries()) {
    await page.keyboard.type(v);
    if (i < values.length - 1) await page.keyboard.press("Tab");
  }
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.querySelector("#m-form").textContent.includes("已提交"));
  assert.equal(await page.textContent("#m-form"), "已提交:市教育局,已计入全市合计");
  assert.equal(await page.isHidden("#summary"), true);
  assert.equal(await page.textContent("#totals tr[data-field=qijin_sessions] td"), "12");
  assert.deepEqual(await page.$$eval("#totals thead th", (th) => th.map((x) => x.textContent)), ["栏目", "合计"]);
  // The export: the CSV the office's `annex3 check` reads.
  assert.equal(await page.isHidden("#export"), false);
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#export")]);
  assert.equal(download.suggestedFilename(), "附件3-全市.csv");
  const csv = readFileSync(await download.path(), "utf8");
  assert.ok(csv.startsWith("\uFEFF填报单位,活动场次(次),参与群众(人次)"), csv);
  assert.match(csv, /\r\n市教育局,12,1500,300,3,5200,800,0,40,6,2000,2,\r\n$/);

  // A reload keeps the draft and what was submitted.
  await page.reload();
  await page.waitForSelector("body[data-ready=true]");
  assert.equal(await page.inputValue("#f-qijin_participants"), "1,500");
  assert.match(await page.textContent("#units"), /1 个单位:市教育局/);

  // The quiz panel's errors stay in the quiz panel, in Chinese.
  await page.fill("#sheets", '{"participant": "u1",\nnot json');
  await page.click("#score");
  await page.waitForSelector("#e-sheets:not([hidden])");
  assert.match(await page.textContent("#e-sheets"), /第1行不是有效的JSON/);
  assert.equal(await page.textContent("#m-form"), "");
  assert.doesNotMatch(await page.textContent("body"), /SyntaxError/);
  const sheet = (id, at) => JSON.stringify({ participant: id, name: "测试", region: "辽宁", submittedAt: at, answers: { 1: "A", 2: "A", 3: "A", 4: true, 5: true, 6: true, 7: "AB", 8: "AB" } });
  await page.fill("#sheets", [sheet("u1", "2021-06-15T10:05:00+08:00"), sheet("u1", "2021-06-15T12:00:00+08:00"), sheet("u2", "2021-06-15T09:00:00+08:00")].join("\n"));
  await page.click("#score");
  await page.waitForSelector("#scores tbody tr");
  assert.equal(await page.$$eval("#scores tr[data-counted=true]", (r) => r.length), 1);
  assert.match(await page.textContent("#scores"), /不予受理/);
  assert.deepEqual(await page.$$eval("#scores thead th", (th) => th.map((x) => x.textContent)), ["行", "参赛者", "得分", "结果"]);

  // A unit off the roster: received, kept out of the total, and said so (issue 29,
  // item 25) — never a bare "已提交".
  await page.fill("#f-unit", "热水汤街道");
  for (const [i, v] of ["2", ...values].entries()) await page.fill(`#counts input >> nth=${i}`, v);
  await page.click("#submit");
  await page.waitForFunction(() => document.querySelector("#m-form").textContent.includes("热水汤街道"));
  assert.equal(await page.textContent("#m-form"), "已收到,但未计入全市合计:“热水汤街道”不在本次活动的单位名单中");
  assert.equal(await page.textContent("#units"), "1 个单位:市教育局;名单外单位(未计入合计):热水汤街道");
  assert.equal(await page.textContent("#totals tr[data-field=qijin_sessions] td"), "12", "not added to the total");

  // The calendar, drawn by the library, keeps legible text: it scrolls on a phone.
  assert.match(await page.textContent("#timeline"), /实施阶段/);
  const legend = await page.evaluate(() => {
    const t = [...document.querySelectorAll("#timeline svg text")];
    return Math.min(...t.map((x) => x.getBoundingClientRect().height).filter((h) => h > 0));
  });
  assert.ok(legend >= 9, `calendar text ${legend}px high`);
  // Nothing wider than the window.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `${overflow}px wider than the ${width}px window`);

  mkdirSync(shots, { recursive: true });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${shots}www-${width}.png`, fullPage: true });
  await context.close();
  assert.deepEqual(problems, []);
}

test("the demo form works by keyboard in Chromium, at 1280 and 390 px, under a strict CSP", { timeout: 180_000 }, async () => {
  assert.ok(existsSync(CHROMIUM), `${CHROMIUM} not found: install Debian's chromium (scripts/test does)`);
  const server = await serve(0);
  const url = `http://127.0.0.1:${server.address().port}/`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
  });
  try {
    for (const width of [1280, 390]) await run(browser, url, width);
  } finally {
    await browser.close();
    server.close();
  }
});
