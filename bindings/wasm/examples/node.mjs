// Node: the package's CommonJS build, loaded synchronously.
import { createRequire } from "node:module";
const fangfei = createRequire(import.meta.url)("../pkg/node/fangfei_wasm.cjs");

const now = fangfei.timeline("2021-06-15 10:00");
console.log(now.phase, now.concentratedDay, now.quizOpen); // implementation true true

const cell = fangfei.checkCell("qijin_participants", " １,２００人次 ");
console.log(cell.value, cell.findings[0].message.zh); // 1200 参与群众“ １,２００人次 ”已规范为1200(……)

try {
  fangfei.timeline("not a time");
} catch (e) {
  console.log(e.code); // TIME-TZ
}
