// `npm run web`: builds the standalone page (webpack --mode production --config-name web) and
// serves dist/web on http://localhost:8080/ (PORT overrides; PORT=0 picks a free port) until
// stopped with Ctrl+C. A tiny static server on the loopback interface only: GET and HEAD, files
// under dist/web and nothing else (no directory listing, no traversal), explicit content types.
//
//   node scripts/web.mjs              build, then serve
//   node scripts/web.mjs --no-build   serve what dist/web holds (the end-to-end tests build first)
//
// Prints `Serving http://localhost:<port>/` once listening (the tests read the port from it).
import { spawnSync } from "node:child_process";
import { createReadStream, existsSync, promises as fs } from "node:fs";
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const root = path.join(repo, "dist", "web");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

// The same policy as the page's meta tag, plus what only a header can say (frame-ancestors).
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; " +
  "connect-src 'none'; worker-src 'self'; frame-src 'none'; object-src 'none'; media-src 'none'; manifest-src 'none'; " +
  "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

function build() {
  const cli = path.join(repo, "node_modules", "webpack-cli", "bin", "cli.js");
  const r = spawnSync(process.execPath, [cli, "--mode", "production", "--config-name", "web"], { cwd: repo, stdio: "inherit" });
  if (r.status !== 0) {
    process.stderr.write("web: the build failed (see above)\n");
    process.exit(r.status ?? 1);
  }
}

/** The file a URL path names under `root`, or null when it is outside it or malformed. */
export function resolvePath(urlPath, base = root) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath.split("?")[0].split("#")[0]);
  } catch {
    return null;
  }
  if (decoded.includes("\0") || decoded.includes("\\")) return null;
  const rel = decoded === "/" || decoded === "" ? "index.html" : decoded.replace(/^\/+/, "");
  const file = path.resolve(base, rel);
  if (file !== base && !file.startsWith(base + path.sep)) return null;
  return file;
}

function send(res, status, text, method) {
  const body = Buffer.from(`${text}\n`, "utf8");
  res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", "Content-Length": body.length, "X-Content-Type-Options": "nosniff" });
  res.end(method === "HEAD" ? undefined : body);
}

export function createServer(base = root) {
  return http.createServer(async (req, res) => {
    const method = req.method ?? "GET";
    if (method !== "GET" && method !== "HEAD") {
      res.setHeader("Allow", "GET, HEAD");
      return send(res, 405, "Method Not Allowed", method);
    }
    const file = resolvePath(new URL(req.url ?? "/", "http://localhost").pathname, base);
    if (!file) return send(res, 400, "Bad Request", method);
    let stat;
    try {
      stat = await fs.stat(file);
    } catch {
      return send(res, 404, "Not Found", method);
    }
    if (!stat.isFile()) return send(res, 404, "Not Found", method);
    const type = TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream";
    res.writeHead(200, {
      "Content-Type": type,
      "Content-Length": stat.size,
      "Cache-Control": "no-cache",
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "no-referrer",
      "Cross-Origin-Opener-Policy": "same-origin",
      ...(type.startsWith("text/html") ? { "Content-Security-Policy": CSP } : {}),
    });
    if (method === "HEAD") return res.end();
    createReadStream(file)
      .on("error", () => res.destroy())
      .pipe(res);
  });
}

/** Listen on 127.0.0.1 (and ::1 where there is one) at `port`; resolves to the port in use. */
export async function listen(port, base = root) {
  const v4 = createServer(base);
  await new Promise((resolve, reject) => {
    v4.once("error", reject);
    v4.listen(port, "127.0.0.1", resolve);
  });
  const actual = v4.address().port;
  // localhost may resolve to ::1 first; serve there too when the machine has IPv6 loopback.
  const v6 = createServer(base);
  await new Promise((resolve) => {
    v6.once("error", () => resolve());
    v6.listen(actual, "::1", resolve);
  });
  const close = () =>
    Promise.all(
      [v4, v6].map(
        (s) =>
          new Promise((done) => {
            if (!s.listening) return done();
            s.close(() => done());
            s.closeAllConnections();
          }),
      ),
    );
  return { port: actual, close };
}

async function main() {
  const args = process.argv.slice(2);
  if (!args.includes("--no-build")) build();
  if (!existsSync(path.join(root, "index.html"))) {
    process.stderr.write("web: dist/web/index.html is missing; run without --no-build to build the page\n");
    process.exit(2);
  }
  const wanted = process.env.PORT === undefined || process.env.PORT === "" ? 8080 : Number(process.env.PORT);
  if (!Number.isInteger(wanted) || wanted < 0 || wanted > 65535) {
    process.stderr.write(`web: PORT must be a port number (0-65535), got "${process.env.PORT}"\n`);
    process.exit(2);
  }
  let server;
  try {
    server = await listen(wanted);
  } catch (err) {
    const why = err && err.code === "EADDRINUSE" ? `port ${wanted} is in use; set PORT to another port` : String(err && err.message);
    process.stderr.write(`web: cannot listen: ${why}\n`);
    process.exit(2);
  }
  process.stdout.write(`Serving http://localhost:${server.port}/ (Ctrl+C to stop)\n`);
  const stop = () => server.close().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
