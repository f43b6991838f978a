// Serves the demo under a strict Content-Security-Policy: no 'unsafe-eval', no inline
// script; 'wasm-unsafe-eval' is what WebAssembly compilation needs.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(new URL(".", import.meta.url));
export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'";
const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8", ".wasm": "application/wasm", ".json": "application/json; charset=utf-8" };
const ROUTES = [
  ["/pkg/", join(here, "..", "pkg")],
  ["/papers.json", join(here, "..", "..", "..", "examples", "quiz", "papers.json")],
  ["/", here],
];

export function serve(port = 0) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    const [prefix, root] = ROUTES.find(([p]) => path.startsWith(p));
    const rest = path === prefix ? "" : path.slice(prefix.length);
    const file = normalize(join(root, rest === "" && prefix === "/" ? "index.html" : rest));
    if (!file.startsWith(normalize(root))) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream", "Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff" });
      res.end(body);
    } catch {
      res.writeHead(404, { "Content-Security-Policy": CSP }).end("not found");
    }
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await serve(Number(process.env.PORT ?? 8080));
  console.log(`http://127.0.0.1:${server.address().port}/`);
}
