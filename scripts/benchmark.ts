/**
 * Benchmark on a large database: 200 projects and 20,000 deliverables on top of the demo data.
 *
 *   npm run benchmark            (builds first if there is no production build)
 *
 * Prints, as median and p95 over repeated runs:
 * - the server time of pages, requested over HTTP from the production server (server.mjs) as a signed-in lead and
 * coordinator,
 *   among them the portfolio and the Gantt of a project with 100 work packages and 1,000 deliverables;
 * - the first-load JavaScript of the timeline routes (the scripts a browser fetches, gzip-compressed);
 * - the time of a bulk status change of 100 deliverables (the data layer, in this process);
 * - the number of SQL statements the deliverables page's data takes for a project with 10 and with
 *   500 deliverables: equal counts mean no query per row (no N+1).
 *
 * It only ever writes data/bench.db, which it recreates.
 */
import { existsSync } from "node:fs";
import { gzipSync } from "node:zlib";
import {
  BASE_URL,
  buildBenchDatabase,
  DATABASE_URL,
  DELIVERABLES_PER_PROJECT,
  DEMO_PROJECT,
  ITEMS_PER_REPORT,
  signIn,
  startServer,
} from "./bench-database";

const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const WARM_UP = 3;

process.env.DATABASE_URL = DATABASE_URL;

type Stats = { median: number; p95: number; runs: number };

function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  return { median: at(0.5), p95: at(0.95), runs: sorted.length };
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

async function timeIt(run: () => Promise<unknown>): Promise<Stats> {
  for (let index = 0; index < WARM_UP; index++) await run();
  const samples: number[] = [];
  for (let index = 0; index < RUNS; index++) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  return stats(samples);
}

async function timePage(cookie: string, pathName: string): Promise<Stats> {
  return timeIt(async () => {
    const response = await fetch(`${BASE_URL}${pathName}`, { headers: { Cookie: cookie } });
    const body = await response.text();
    if (response.status !== 200 || body.length < 1000) throw new Error(`${pathName} answered ${response.status}`);
  });
}

async function main() {
  if (!existsSync(".next/BUILD_ID"))
    throw new Error("No production build: run `npm run build` first (npm run benchmark does).");
  const seedStarted = performance.now();
  const { lead, small, large, huge } = await buildBenchDatabase();

  const { db } = await import("@/lib/dal/db");
  const [projects, deliverables] = await Promise.all([db.project.count(), db.deliverable.count()]);
  console.log(
    `Database: ${projects} projects, ${deliverables} deliverables (built in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s).`,
  );
  console.log(`Runs: ${RUNS} after ${WARM_UP} warm-up runs; times are wall-clock on this machine.\n`);

  const { findProjectDeliverables, bulkChangeDeliverableStatus } = await import("@/lib/dal/deliverables");
  const { getProjectDetail } = await import("@/lib/dal/projects");
  const { statementsOf } = await import("@/test/statement-count");
  // Counted on the second call: the first may load the engine.
  const countStatements = async (run: () => Promise<unknown>) => {
    await run();
    return statementsOf(run);
  };

  console.log("SQL statements per page's data (equal for 10 and 500 deliverables means no N+1):");
  for (const [label, run] of [
    ["deliverables list", (projectId: string) => findProjectDeliverables(lead, projectId, {})],
    ["project page", (projectId: string) => getProjectDetail(lead, projectId)],
  ] as const) {
    const [withTen, withFiveHundred] = [
      await countStatements(() => run(small)),
      await countStatements(() => run(large)),
    ];
    const verdict = withFiveHundred === withTen ? "equal" : "DIFFERENT";
    console.log(
      `  ${label.padEnd(20)} 10 deliverables: ${withTen}   500 deliverables: ${withFiveHundred}   ${verdict}`,
    );
  }

  const ids = Array.from({ length: 500 }, (_, index) => `${large}-d${index}`);
  const drafts = (
    await db.deliverable.findMany({ where: { id: { in: ids }, status: "DRAFT" }, select: { id: true }, take: 100 })
  ).map((row) => row.id);
  let toReview = true;
  const bulk = await timeIt(async () => {
    await bulkChangeDeliverableStatus(lead, {
      projectId: large,
      deliverableIds: drafts,
      toStatus: toReview ? "IN_REVIEW" : "DRAFT",
      comment: null,
      lateJustification: null,
    });
    toReview = !toReview;
  });
  console.log(
    `\nBulk status change of ${drafts.length} deliverables (one transaction): median ${ms(bulk.median)}, p95 ${ms(bulk.p95)}`,
  );

  const server = await startServer();
  try {
    const leadCookie = await signIn("lead@demo.test");
    const coordinatorCookie = await signIn("coordinator@demo.test");
    console.log("\nServer time over HTTP:");
    const pages: [string, string, string][] = [
      [
        `Deliverables page, ${DELIVERABLES_PER_PROJECT} deliverables (lead)`,
        leadCookie,
        `/projects/bench-7/deliverables`,
      ],
      ["Deliverables page, 500 deliverables (lead)", leadCookie, `/projects/${large}/deliverables`],
      ["Project page, 500 deliverables (lead)", leadCookie, `/projects/${large}`],
      ["Dashboard (lead of 200 projects)", leadCookie, "/dashboard"],
      ["Portfolio, 203 projects (coordinator)", coordinatorCookie, "/portfolio"],
      ["Gantt, 100 WPs + 1,000 deliverables (coordinator)", coordinatorCookie, `/projects/${huge}/timeline`],
      ["Gantt in dates, same project (coordinator)", coordinatorCookie, `/projects/${huge}/timeline?scale=dates`],
      [
        `Budget page, ${ITEMS_PER_REPORT} items per report (coordinator)`,
        coordinatorCookie,
        `/projects/${DEMO_PROJECT}/budget`,
      ],
      [
        `Report page, ${ITEMS_PER_REPORT} items (coordinator)`,
        coordinatorCookie,
        `/projects/${DEMO_PROJECT}/reports/${await demoReportId(db)}`,
      ],
      // The periodic progress report of the last period: every one of the 500 deliverables is due in or before it.
      [
        "Progress report DOCX, 500 deliverables (lead)",
        leadCookie,
        `/projects/${large}/progress-report/${large}-p6?format=docx`,
      ],
      [
        "Progress report PDF, 500 deliverables (lead)",
        leadCookie,
        `/projects/${large}/progress-report/${large}-p6?format=pdf`,
      ],
      // The floor: a page with no data of its own, through the same server and layout.
      ["Floor: the sign-in page (no data)", "", "/login"],
    ];
    for (const [label, cookie, pathName] of pages) {
      const result = await timePage(cookie, pathName);
      console.log(`  ${label.padEnd(52)} median ${ms(result.median).padStart(9)}   p95 ${ms(result.p95).padStart(9)}`);
    }
    console.log("\nFirst-load JavaScript (all scripts of the page, gzip):");
    for (const pathName of ["/portfolio", `/projects/${huge}/timeline`, `/projects/${DEMO_PROJECT}/budget`]) {
      const { files, bytes } = await firstLoadJs(coordinatorCookie, pathName);
      console.log(`  ${pathName.padEnd(40)} ${(bytes / 1024).toFixed(1)} kB in ${files} files`);
    }
  } finally {
    server.kill();
    await db.$disconnect();
  }
}

/** A report of the demo project with the benchmark's items. */
async function demoReportId(db: (typeof import("@/lib/dal/db"))["db"]): Promise<string> {
  const report = await db.partnerReport.findFirstOrThrow({
    where: { projectId: DEMO_PROJECT, expenditureItems: { some: {} } },
    orderBy: { id: "asc" },
    select: { id: true },
  });
  return report.id;
}

/**
 * The scripts a browser loads for a page, measured gzip-compressed as they travel. A `noModule` script (Next's
 * polyfills for browsers without ES modules) is left out: every browser the app supports skips it unfetched.
 */
async function firstLoadJs(cookie: string, pathName: string): Promise<{ files: number; bytes: number }> {
  const html = await (await fetch(`${BASE_URL}${pathName}`, { headers: { Cookie: cookie } })).text();
  const tags = [...html.matchAll(/<script[^>]+src="([^"]+)"[^>]*>/g)].filter(
    (match) => !/\snoModule\b/i.test(match[0]),
  );
  const sources = [...new Set(tags.map((match) => match[1]!))];
  let bytes = 0;
  for (const source of sources) {
    const body = Buffer.from(await (await fetch(new URL(source, BASE_URL))).arrayBuffer());
    bytes += gzipSync(body).length;
  }
  return { files: sources.length, bytes };
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
