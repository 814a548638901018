// A plain Node script (not type-checked): see the comment below for what it measures.
/**
 * Build benchmark (not a test): how the build grows with the number of articles,
 * against a plain Astro + MDX site built from the same articles in the same run.
 *
 *   npm run bench                      # N = 10, 100, 1000, one run each
 *   npm run bench -- --n=1000 --runs=5 # repeat: timings are noisy, so it also prints the medians
 *   npm run bench -- --keep            # keep the temporary projects to look at
 *
 * For each N it generates N articles valid for the article schema, copies this project
 * (without node_modules, which is symlinked) into a temporary folder with those articles
 * added beside the real ones, builds it, then builds a minimal Astro + MDX project
 * (generated here, same installed astro and @astrojs/mdx) of the same generated articles.
 * It prints build time, peak memory (largest process, from /usr/bin/time) and the
 * largest HTML page, and the project/plain ratios. Targets at 1,000 articles:
 * time ≤ 1.3x plain, peak memory ≤ 1.2x plain.
 */
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { ROOT, linkNodeModules, writePlainProject } from "./plain-site.mjs";
const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, "").split("=");
    return [k, v ?? "true"];
  }),
);
const SIZES = (args.n ?? "10,100,1000").split(",").map(Number);
const RUNS = Number(args.runs ?? 1);
const KEEP = args.keep === "true";
/** --only=project builds just this project (for profiling a kept copy), --only=plain just the baseline. */
const ONLY = args.only;
const TIME = "/usr/bin/time";

const STEPS = ["feel", "reply", "understand", "door", "next"];
const TOPICS = ["it-hurts", "rejection-is-common", "ask-for-feedback", "say-thank-you", "keep-applying"];
const WORDS = (
  "after an interview that did not go your way it helps to slow down notice what went well write it down " +
  "and choose one small thing to practise before the next application most people hear no many times " +
  "before they hear yes and the reasons often have little to do with them employers weigh many things"
).split(" ");

/** Deterministic filler prose: sentences of 8 to 19 words. */
function prose(seed, sentences) {
  const out = [];
  let s = seed;
  for (let i = 0; i < sentences; i++) {
    const len = 8 + (s % 12);
    const words = Array.from({ length: len }, (_, j) => WORDS[(s + j * 7) % WORDS.length]);
    words[0] = words[0][0].toUpperCase() + words[0].slice(1);
    out.push(`${words.join(" ")}.`);
    s = (s * 31 + 17) % 9973;
  }
  return out.join(" ");
}

/** One generated article: front matter valid for src/features/advice/schema.ts and about 650 words. */
function article(i, n) {
  const slug = `generated-${String(i).padStart(4, "0")}`;
  const related = [1, 2].map((d) => `generated-${String((i + d) % n).padStart(4, "0")}`).filter((r) => r !== slug);
  const day = `2026-${String((i % 10) + 1).padStart(2, "0")}-${String((i % 27) + 1).padStart(2, "0")}`;
  const body = [0, 1, 2, 3]
    .map(
      (h) =>
        `## Part ${h + 1} of generated article ${i}\n\n${prose(i * 4 + h, 6)}\n\n` +
        `- ${prose(i + h, 1)}\n- ${prose(i + h + 1, 1)}\n\n${prose(i * 7 + h, 2)} See [the plan](/plan/).`,
    )
    .join("\n\n");
  const frontMatter = [
    "---",
    `title: "Generated article ${i} about the days after a no"`,
    `summary: "A generated article number ${i} that stands in for real advice when measuring how the build scales."`,
    `lastReviewed: "${day}"`,
    "sources:",
    '  - title: "Generated source for the benchmark"',
    '    url: "https://example.org/benchmark-source"',
    '    kind: "recruiter practice"',
    `journey: "${STEPS[i % STEPS.length]}"`,
    `order: ${100 + i}`,
    `topics: ["${TOPICS[i % TOPICS.length]}"]`,
    `related: [${related.map((r) => `"${r}"`).join(", ")}]`,
    "whatToDoNow:",
    '  text: "Pick one small step from this article and do it today."',
    "  links:",
    '    - label: "Open the recovery plan"',
    '      href: "/plan/"',
    "---",
  ].join("\n");
  return { slug, title: `Generated article ${i} about the days after a no`, frontMatter, body };
}

/** This project, copied without node_modules or build output, with the generated articles added. */
function writeProjectCopy(dir, articles) {
  const skip = new Set(["node_modules", "dist", ".astro", ".git", "test-results", "playwright-report", "screenshots"]);
  cpSync(ROOT, dir, {
    recursive: true,
    filter: (src) =>
      !relative(ROOT, src)
        .split("/")
        .some((part) => skip.has(part)),
  });
  for (const a of articles)
    writeFileSync(join(dir, "content/advice", `${a.slug}.mdx`), `${a.frontMatter}\n\n${a.body}\n`);
  linkNodeModules(dir);
}

/** Runs `astro build` in dir under /usr/bin/time: wall seconds, peak RSS (MiB) and the log. */
function build(dir) {
  return new Promise((done, fail) => {
    const astro = join(ROOT, "node_modules/astro/bin/astro.mjs");
    const useTime = existsSync(TIME);
    const cmd = useTime ? TIME : process.execPath;
    const argv = useTime ? ["-f", "BENCH %e %M", process.execPath, astro, "build"] : [astro, "build"];
    const started = performance.now();
    const child = spawn(cmd, argv, { cwd: dir, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" } });
    let log = "";
    // When each phase starts, from the build's own log lines as they arrive.
    const marks = {};
    const PHASES = { render: "generating static routes", postBuild: /page\(s\) built in/, pagefind: "pagefind" };
    const onData = (d) => {
      log += d;
      const now = (performance.now() - started) / 1000;
      for (const [phase, pattern] of Object.entries(PHASES))
        if (marks[phase] === undefined && (typeof pattern === "string" ? log.includes(pattern) : pattern.test(log)))
          marks[phase] = now;
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("error", fail);
    child.on("close", (code) => {
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) return fail(new Error(`build failed in ${dir} (exit ${code}):\n${log.slice(-3000)}`));
      const m = /BENCH ([\d.]+) (\d+)/.exec(log);
      const phases =
        marks.render !== undefined && marks.postBuild !== undefined
          ? `bundle ${marks.render.toFixed(1)} s, render ${(marks.postBuild - marks.render).toFixed(1)} s, ` +
            `after (sitemap, Pagefind) ${(seconds - marks.postBuild).toFixed(1)} s`
          : "";
      // The project's search index (Pagefind) has no counterpart in the plain site.
      const search = /indexed \d+ pages in ([\d.]+) s/.exec(log);
      done({
        seconds,
        peakMiB: m ? Number(m[2]) / 1024 : NaN,
        log,
        phases,
        searchSeconds: search ? Number(search[1]) : 0,
      });
    });
  });
}

/** The largest HTML file under dir (bytes, uncompressed) and the whole output's size. */
function sizes(dir) {
  let largest = { path: "", bytes: 0 };
  let total = 0;
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else {
        const bytes = statSync(p).size;
        total += bytes;
        if (e.name.endsWith(".html") && bytes > largest.bytes) largest = { path: relative(dir, p), bytes };
      }
    }
  };
  walk(dir);
  return { largest, total };
}

/** The slowest pages as Astro's build log reports them ("… (+12ms)"). */
function slowest(log, count = 4) {
  return [...log.matchAll(/([^\s]+\.(?:html|xml|txt))\s+\(\+(\d+(?:\.\d+)?)(ms|s)\)/g)]
    .map((m) => ({ page: m[1], ms: Number(m[2]) * (m[3] === "s" ? 1000 : 1) }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, count)
    .map((p) => `${p.page} ${Math.round(p.ms)}ms`)
    .join(", ");
}

const kib = (b) => `${(b / 1024).toFixed(1)} KiB`;
const rows = [];
for (const n of SIZES) {
  const articles = Array.from({ length: n }, (_, i) => article(i, n));
  for (let run = 1; run <= RUNS; run++) {
    const base = mkdtempSync(join(tmpdir(), `atn-bench-${n}-`));
    const project = join(base, "project");
    const plain = join(base, "plain");
    writeProjectCopy(project, articles);
    writePlainProject(plain, articles);
    const result = {};
    // Alternate which goes first, so a machine that slows down (or warms up) over a run
    // does not always favour the same side.
    const order = [
      ["project", project],
      ["plain", plain],
    ];
    if (run % 2 === 0) order.reverse();
    for (const [name, dir] of order.filter(([name]) => !ONLY || name === ONLY)) {
      const b = await build(dir);
      const s = sizes(join(dir, "dist"));
      result[name] = { ...b, ...s };
      console.log(
        `N=${n} run ${run} ${name.padEnd(7)} ${b.seconds.toFixed(1)} s, peak ${b.peakMiB.toFixed(0)} MiB, ` +
          `largest page ${kib(s.largest.bytes)} (${s.largest.path}), output ${(s.total / 2 ** 20).toFixed(1)} MiB` +
          `\n    ${b.phases}` +
          (name === "project"
            ? `, of which search index ${b.searchSeconds.toFixed(1)} s; slowest pages: ${slowest(b.log)}`
            : ""),
      );
    }
    if (ONLY) {
      if (KEEP) console.log(`    kept in ${base}`);
      continue;
    }
    const timeRatio = result.project.seconds / result.plain.seconds;
    const memRatio = result.project.peakMiB / result.plain.peakMiB;
    console.log(`N=${n} run ${run} ratio   time ${timeRatio.toFixed(2)}x, peak memory ${memRatio.toFixed(2)}x`);
    rows.push({ n, run, timeRatio, memRatio, project: result.project, plain: result.plain });
    if (KEEP) console.log(`    kept in ${base}`);
    else rmSync(base, { recursive: true, force: true });
  }
}

console.log("\nN      project s  plain s  time x  project MiB  plain MiB  mem x  largest page");
for (const r of rows)
  console.log(
    `${String(r.n).padEnd(6)} ${r.project.seconds.toFixed(1).padStart(9)} ${r.plain.seconds.toFixed(1).padStart(8)} ` +
      `${r.timeRatio.toFixed(2).padStart(7)} ${r.project.peakMiB.toFixed(0).padStart(12)} ${r.plain.peakMiB.toFixed(0).padStart(10)} ` +
      `${r.memRatio.toFixed(2).padStart(6)}  ${kib(r.project.largest.bytes)} ${r.project.largest.path}`,
  );

// Single builds on a shared machine vary by half a second or more, so with several runs
// the verdict is the ratio of the medians.
const median = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
if (RUNS > 1) {
  console.log("\nMedians over runs");
  for (const n of SIZES) {
    const mine = rows.filter((r) => r.n === n);
    if (!mine.length) continue;
    const search = median(mine.map((r) => r.project.searchSeconds));
    const [ps, pls, pm, plm] = [
      median(mine.map((r) => r.project.seconds)),
      median(mine.map((r) => r.plain.seconds)),
      median(mine.map((r) => r.project.peakMiB)),
      median(mine.map((r) => r.plain.peakMiB)),
    ];
    console.log(
      `N=${n}: project ${ps.toFixed(1)} s, plain ${pls.toFixed(1)} s, time ${(ps / pls).toFixed(2)}x (target ≤ 1.3x); ` +
        `peak ${pm.toFixed(0)} / ${plm.toFixed(0)} MiB, ${(pm / plm).toFixed(2)}x (target ≤ 1.2x); ` +
        `search index ${search.toFixed(1)} s, without it ${((ps - search) / pls).toFixed(2)}x`,
    );
  }
}
