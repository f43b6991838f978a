// Browser, no bundler: the package's forms module (the Annex 3 checks alone, the
// smaller download) where the page can load it — here it is served at ./pkg/; with a
// bundler, import from "fangfei/forms" (or "fangfei" for a unit's whole page). init() loads
// the module once; every function works after it resolves.
import { init, checkCell, checkField, setLanguage, units } from "./pkg/forms.js";

await init();
// The page is in Chinese: messages in Chinese alone (each keystroke formats and
// carries half; `message.en` is then "").
setLanguage("zh");
// 填报单位: the roster's names offered as the unit is typed; any other name is told.
const unit = document.querySelector("#unit");
const list = document.querySelector("#units");
for (const u of units()) list.append(new Option(u.name));
unit.addEventListener("change", () => {
  const found = checkField("unit", unit.value).filter((f) => f.severity !== "info");
  document.querySelector("#unit-out").textContent = found.map((f) => f.message.zh).join(";") || "✓";
});
// A count, checked at each keystroke.
const input = document.querySelector("#cell");
const out = document.querySelector("#out");
input.addEventListener("input", () => {
  const { valid, findings } = checkCell("sms_sent", input.value);
  out.textContent = valid ? "✓" : findings.map((f) => f.message.zh).join(";");
});
document.body.dataset.ready = "true";
