// Browser: the package's ESM build; init() fetches and compiles the .wasm once.
import init, { checkCell } from "./pkg/web/fangfei_wasm.js";

await init();
const input = document.querySelector("#cell");
const out = document.querySelector("#out");
input.addEventListener("input", () => {
  const { valid, findings } = checkCell("sms_sent", input.value);
  out.textContent = valid ? "✓" : findings.map((f) => f.message.zh).join(";");
});
document.body.dataset.ready = "true";
