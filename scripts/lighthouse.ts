/**
 * Lighthouse 12.2.3 (pinned: 13 needs Node 22) on the main pages, with Debian's Chromium (or CHROMIUM_PATH),
 * against the production server (server.mjs) on a fresh copy of the demo data, signed in where the page needs it.
 *
 *   npm run lighthouse                             (builds first; desktop settings)
 *   LIGHTHOUSE_FORM_FACTOR=mobile npm run lighthouse  (Lighthouse's default: a mid-range phone on slow 4G)
 *
 * Desktop is the default: the people who keep these projects work at desks, on office networks. Prints the performance
 * and accessibility score of each page (targets: at least 90 in performance, 100 in accessibility) and the audits
 * that cost points; exits with 1 when a score is below its target.
 */
import * as chromeLauncher from "chrome-launcher";
import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import type { Result } from "lighthouse";
import { BASE_URL, buildDemoDatabase, DEMO_PROJECT, signIn, startServer } from "./bench-database";
import { chromiumPath } from "./chromium-path";

const DATABASE_FILE = path.resolve("data/lighthouse.db");
const PERFORMANCE_TARGET = 90;
/** Accessibility is not a trade-off: every page scores it in full, on a desk and on a phone. */
const ACCESSIBILITY_TARGET = 100;
const MOBILE = process.env.LIGHTHOUSE_FORM_FACTOR === "mobile";

async function main() {
  if (!existsSync(".next/BUILD_ID"))
    throw new Error("No production build: run `npm run build` first (npm run lighthouse does).");
  const client = await buildDemoDatabase(DATABASE_FILE);
  await client.$disconnect();
  const server = await startServer(`file:${DATABASE_FILE}`);
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
    ],
  });
  let belowTarget = 0;
  try {
    const lead = await signIn("lead@demo.test");
    const coordinator = await signIn("coordinator@demo.test");
    const pages: [string, string, string | null][] = [
      ["Sign-in", "/login", null],
      ["Dashboard (lead)", "/dashboard", lead],
      ["Project page (lead)", `/projects/${DEMO_PROJECT}`, lead],
      ["Deliverables list (lead)", `/projects/${DEMO_PROJECT}/deliverables`, lead],
      ["Deliverable (lead)", `/projects/${DEMO_PROJECT}/deliverables/${DEMO_PROJECT}-d2-2`, lead],
      ["Partner report (lead)", `/projects/${DEMO_PROJECT}/reports/${DEMO_PROJECT}-pp1-p1-report`, lead],
      ["Gantt (coordinator)", `/projects/${DEMO_PROJECT}/timeline`, coordinator],
      ["Portfolio (coordinator)", "/portfolio", coordinator],
      ["Budget (coordinator)", `/projects/${DEMO_PROJECT}/budget`, coordinator],
      ["Network (coordinator)", "/networks/demo-network-bbs-ict", coordinator],
      ["Find partners (coordinator)", "/networks/find-partners", coordinator],
    ];
    const { version } = JSON.parse(readFileSync("node_modules/lighthouse/package.json", "utf8")) as { version: string };
    console.log(`\nLighthouse ${version}, ${MOBILE ? "mobile" : "desktop"} settings, ${BASE_URL}\n`);
    console.log(`${"page".padEnd(28)} ${"performance".padStart(12)} ${"accessibility".padStart(14)}`);
    for (const [label, pathName, cookie] of pages) {
      const { categories, audits, finalDisplayedUrl } = await runLighthouse(
        `${BASE_URL}${pathName}`,
        chrome.port,
        cookie,
      );
      // A lost session would score the sign-in page instead.
      if (new URL(finalDisplayedUrl).pathname !== pathName)
        throw new Error(`${pathName} ended at ${finalDisplayedUrl}`);
      const performance = Math.round((categories.performance?.score ?? 0) * 100);
      const accessibility = Math.round((categories.accessibility?.score ?? 0) * 100);
      if (performance < PERFORMANCE_TARGET || accessibility < ACCESSIBILITY_TARGET) belowTarget++;
      console.log(`${label.padEnd(28)} ${String(performance).padStart(12)} ${String(accessibility).padStart(14)}`);
      const losses = Object.values(audits).filter(
        (audit) =>
          audit.score !== null &&
          audit.score < 0.9 &&
          audit.scoreDisplayMode !== "informative" &&
          audit.scoreDisplayMode !== "manual",
      );
      for (const audit of losses.slice(0, 6)) console.log(`    ${audit.id}: ${audit.displayValue ?? audit.title}`);
    }
  } finally {
    await chrome.kill();
    server.kill();
  }
  console.log(
    belowTarget
      ? `\n${belowTarget} page(s) below target (performance ${PERFORMANCE_TARGET}, accessibility ${ACCESSIBILITY_TARGET}).`
      : `\nEvery page at ${PERFORMANCE_TARGET} or above in performance and ${ACCESSIBILITY_TARGET} in accessibility.`,
  );
  process.exit(belowTarget ? 1 : 0);
}

/**
 * Lighthouse's own command line in plain Node: it sends functions into the page as source text, which
 * this script's TypeScript loader would have rewritten.
 */
async function runLighthouse(url: string, port: number, cookie: string | null): Promise<Result> {
  const args = [
    path.resolve("node_modules/lighthouse/cli/index.js"),
    url,
    `--port=${port}`,
    ...(MOBILE ? [] : ["--preset=desktop"]),
    "--output=json",
    "--quiet",
    "--only-categories=performance,accessibility",
    ...(cookie ? [`--extra-headers=${JSON.stringify({ Cookie: cookie })}`] : []),
  ];
  const { stdout } = await promisify(execFile)(process.execPath, args, { maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(stdout) as Result;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
