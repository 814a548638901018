// A plain Node script (not type-checked, not part of npm test: its timings are noisy).
/**
 * First-visit speed against a plain Astro + MDX article, in one run:
 *
 *   npm run lighthouse                      # build both sites, three interleaved rounds
 *   npm run lighthouse -- --rounds=5 --no-build --save=/tmp/lhr --only=home,plan --cpu=1
 *   npm run lighthouse -- --no-build --method=devtools   # real throttled loads, not simulated
 *
 * Builds this project (dist/) and a plain Astro + MDX site of the same articles
 * (scripts/plain-site.mjs) in a temporary folder, serves both the same way from a small
 * gzip static server on localhost (ports 4405 and 4406), and runs Lighthouse's mobile
 * performance audit (simulated slow 4G, its defaults) on one page of each type, in
 * rounds, one page after another, so noise falls on both sides alike. It prints, per page:
 * median LCP, the plain article's median LCP in the same run, their ratio (target ≤ 1.05),
 * median CLS and the bytes transferred.
 */
import { spawnSync } from "node:child_process";
import {
  createReadStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { createGzip } from "node:zlib";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { ROOT, writePlainProject } from "./plain-site.mjs";

const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, "").split("=");
    return [k, v ?? "true"];
  }),
);
const ROUNDS = Number(args.rounds ?? 3);
const BUILD = args["no-build"] !== "true";
const SAVE = args.save;
const ARTICLE = args.article ?? "asking-for-feedback";
const ONLY = args.only?.split(",");
/** --cpu=1: Lighthouse's CPU slowdown (default 4x), for a host already slowed by other work. */
const CPU = args.cpu === undefined ? undefined : Number(args.cpu);
/**
 * --method=devtools: load each page through throttled network and CPU and time the real
 * paint, instead of simulating from an unthrottled load (the default, "simulate"). Slower
 * and noisier, but it cannot count a request the paint did not wait for.
 */
const METHOD = args.method ?? "simulate";
const [PORT, PLAIN_PORT] = [4405, 4406];

/** One page of each type this site has; the last row is the baseline. */
const PAGES = [
  ["home", PORT, "/"],
  ["article", PORT, `/advice/${ARTICLE}/`],
  ["advice list", PORT, "/advice/"],
  ["plan", PORT, "/plan/"],
  ["letter", PORT, "/letters/feedback-request/"],
  ["debrief", PORT, "/debrief/"],
  ["interview notes", PORT, "/interview-notes/"],
  ["search", PORT, "/search/"],
  ["plain article", PLAIN_PORT, `/advice/${ARTICLE}/`],
].filter(([name]) => !ONLY || name === "plain article" || ONLY.includes(name));

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css",
  ".js": "text/javascript",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
  ".webmanifest": "application/manifest+json",
  ".wasm": "application/wasm",
};

/** Serves dir as a static host does: index.html for folders, gzip for text, /_astro/ cached a year. */
function serve(dir, port) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir)) return res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!existsSync(file)) {
      res.writeHead(404, { "content-type": TYPES[".html"] });
      return res.end(existsSync(join(dir, "404.html")) ? readFileSync(join(dir, "404.html")) : "Not found");
    }
    const type = TYPES[extname(file)] ?? "application/octet-stream";
    const headers = { "content-type": type };
    if (path.startsWith("/_astro/")) headers["cache-control"] = "public, max-age=31536000, immutable";
    const gzip = /text|json|xml|svg|javascript/.test(type) && /\bgzip\b/.test(req.headers["accept-encoding"] ?? "");
    if (gzip) headers["content-encoding"] = "gzip";
    res.writeHead(200, headers);
    const body = createReadStream(file);
    (gzip ? body.pipe(createGzip({ level: 9 })) : body).pipe(res);
  });
  return new Promise((done) => server.listen(port, "127.0.0.1", () => done(server)));
}

function run(cmd, argv, cwd) {
  const r = spawnSync(cmd, argv, { cwd, encoding: "utf8", env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" } });
  if (r.status !== 0)
    throw new Error(`${cmd} ${argv.join(" ")} failed in ${cwd}:\n${(r.stdout + r.stderr).slice(-3000)}`);
}

/** The plain site, built from this project's own articles. */
function buildPlain(dir) {
  const folder = join(ROOT, "content/advice");
  const articles = readdirSync(folder)
    .filter((f) => f.endsWith(".mdx"))
    .map((f) => {
      const text = readFileSync(join(folder, f), "utf8");
      const end = text.indexOf("\n---", 4) + 4;
      return { slug: f.replace(/\.mdx$/, ""), frontMatter: text.slice(0, end), body: text.slice(end) };
    });
  const components = [...new Set(articles.flatMap((a) => [...a.body.matchAll(/<([A-Z]\w*)/g)].map((m) => m[1])))];
  writePlainProject(dir, articles, components);
  run(process.execPath, [join(ROOT, "node_modules/astro/bin/astro.mjs"), "build"], dir);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

const plainDir = mkdtempSync(join(tmpdir(), "atn-lighthouse-plain-"));
let chrome;
const servers = [];
try {
  if (BUILD) {
    console.log("building this project and the plain site…");
    run(process.execPath, [join(ROOT, "node_modules/astro/bin/astro.mjs"), "build"], ROOT);
  }
  buildPlain(plainDir);
  servers.push(await serve(join(ROOT, "dist"), PORT), await serve(join(plainDir, "dist"), PLAIN_PORT));
  chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    chromeFlags: ["--headless=new", "--no-sandbox"],
  });
  if (SAVE) mkdirSync(SAVE, { recursive: true });
  const benchmarks = [];
  const results = new Map(PAGES.map(([name]) => [name, []]));
  for (let round = 1; round <= ROUNDS; round++) {
    for (const [name, port, path] of PAGES) {
      const url = `http://localhost:${port}${path}`;
      const { lhr } = await lighthouse(url, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance"],
        throttlingMethod: METHOD,
        ...(CPU === undefined ? {} : { throttling: { cpuSlowdownMultiplier: CPU } }),
      });
      if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
      const a = lhr.audits;
      const row = {
        lcp: a["largest-contentful-paint"].numericValue,
        cls: a["cumulative-layout-shift"].numericValue,
        bytes: a["total-byte-weight"].numericValue,
        score: lhr.categories.performance.score,
      };
      results.get(name).push(row);
      benchmarks.push(lhr.environment.benchmarkIndex);
      console.log(
        `round ${round} ${name.padEnd(13)} LCP ${(row.lcp / 1000).toFixed(2)} s, CLS ${row.cls.toFixed(3)}, ${(row.bytes / 1024).toFixed(1)} KiB`,
      );
      if (SAVE) writeFileSync(join(SAVE, `${name.replace(/\W+/g, "-")}-${round}.json`), JSON.stringify(lhr));
    }
  }
  const plain = median(results.get("plain article").map((r) => r.lcp));
  console.log("\n| page | path | LCP (median) | plain article LCP | ratio | CLS | KiB transferred | score |");
  console.log("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const [name, , path] of PAGES) {
    const rs = results.get(name);
    const lcp = median(rs.map((r) => r.lcp));
    console.log(
      `| ${name} | ${path} | ${(lcp / 1000).toFixed(2)} s | ${(plain / 1000).toFixed(2)} s | ${(lcp / plain).toFixed(2)}x | ` +
        `${median(rs.map((r) => r.cls)).toFixed(3)} | ${(median(rs.map((r) => r.bytes)) / 1024).toFixed(1)} | ` +
        `${Math.round(median(rs.map((r) => r.score)) * 100)} |`,
    );
  }
  console.log(
    `\n${ROUNDS} rounds, Lighthouse ${(await import("lighthouse/package.json", { with: { type: "json" } })).default.version}, mobile, ${METHOD === "simulate" ? "simulated" : METHOD} throttling${CPU === undefined ? "" : `, CPU slowdown ${CPU}x`}, benchmark index ${Math.round(median(benchmarks))}; target: every ratio ≤ 1.05x, CLS ≤ 0.02.`,
  );
} finally {
  await chrome?.kill();
  for (const s of servers) s.close();
  rmSync(plainDir, { recursive: true, force: true });
}
