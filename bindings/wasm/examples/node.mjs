// Node, ESM: the same import as in a browser or a bundler; init() resolves at once
// here (the module is loaded on import). CommonJS: require("fangfei") gives the same.
import { init, timeline, checkCell, FangfeiError } from "fangfei";

await init();
const now = timeline("2021-06-15 10:00");
console.log(now.phase, now.events[0].key, now.quizOpen); // implementation concentrated_day true

const cell = checkCell("qijin_participants", " １,２００人次 ");
console.log(cell.value, cell.findings[0].message.zh); // 1200 参与群众“ １,２００人次 ”已规范为1200(……)

try {
  timeline("not a time");
} catch (e) {
  console.log(e instanceof FangfeiError, e.code); // true TIME-TZ
}
