// Browser, no bundler: the package's forms module (the Annex 3 checks alone, the
// smaller download) where the page can load it — here it is served at ./pkg/; with a
// bundler, import from "fangfei/forms" (or "fangfei" for all but the quiz). init() loads
// the module once; every function works after it resolves.
import { init, checkCell } from "./pkg/forms.js";

await init();
const input = document.querySelector("#cell");
const out = document.querySelector("#out");
input.addEventListener("input", () => {
  const { valid, findings } = checkCell("sms_sent", input.value);
  out.textContent = valid ? "✓" : findings.map((f) => f.message.zh).join(";");
});
document.body.dataset.ready = "true";
