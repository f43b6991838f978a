// Packs one compiled module for the npm package (scripts/build-wasm runs it after
// wasm-opt): usage `node pack.mjs MODULE.wasm OUT.js`. OUT.js (wasm/<prefix>bytes.js)
// is the module gzipped, in base64, as a JS module: one copy that every runtime and
// bundler reads (entries.mjs says why), and the file a browser downloads.
//
// The gzip is zopfli's: the format every gunzip reads (the browser's
// DecompressionStream, node:zlib), with a search for the smallest encoding that
// zlib's level 9 does not make — 4.7% smaller on the main module (148,200 bytes
// against 155,521), for about 3 s of build per module and nothing at run time
// (BENCHMARKS.md). The result is checked to unpack to the module, byte for byte.
import { readFileSync, writeFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { gzipAsync } from "@gfx/zopfli";

const [input, output] = process.argv.slice(2);
if (!input || !output) throw new Error("usage: node pack.mjs MODULE.wasm OUT.js");
const wasm = readFileSync(input);
// zopfli writes no file name and a zero time: the same module packs to the same bytes.
const gz = Buffer.from(await gzipAsync(wasm, { numiterations: 15 }));
if (!gunzipSync(gz).equals(wasm)) throw new Error(`${input}: the packed module does not unpack to itself`);
writeFileSync(
  output,
  `// A fangfei module (.wasm), gzipped, in base64.\nexport default "${gz.toString("base64")}";\n`,
);
