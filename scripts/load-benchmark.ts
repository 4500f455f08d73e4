/**
 * Load benchmark: the production server (server.mjs) under concurrent load with autocannon, first on the demo data
 * (an ordinary project: DANUBE ICT), then on the large benchmark database (200 projects, 20,000 deliverables).
 *
 *   npm run benchmark:load       (builds first)
 *   LOAD_SECONDS=20 LOAD_CONNECTIONS=20 npm run benchmark:load
 *
 * Prints for each page requests per second, latency p50/p95/p99 and its HTML size, and its throughput as a share of
 * two floors of the same server in the same run: /status, a minimal dynamic page without a session or a query (the
 * framework's floor), and /session, a minimal page behind the same layout and session as every page (the signed-in
 * floor), each measured before and after the pages. It writes only data/bench-demo.db and data/bench.db, which it
 * recreates.
 */
import { existsSync } from "node:fs";
import {
  BASE_URL,
  buildBenchDatabase,
  buildDemoDatabase,
  DATABASE_URL,
  DEMO_DATABASE_FILE,
  DEMO_PROJECT,
  signIn,
  startServer,
} from "./bench-database";
import { load, LOAD_CONNECTIONS, LOAD_SECONDS, type LoadResult } from "./page-load";

process.env.DATABASE_URL = DATABASE_URL;

type Page = [label: string, pathName: string, cookie: string | null];

const column = (text: string, width: number) => text.padStart(width);

type Measured = LoadResult & { htmlBytes: number };

/** One page's figures: its throughput and latencies, and its HTML size. */
async function measurePage(pathName: string, cookie: string | null): Promise<Measured> {
  const html = await (await fetch(`${BASE_URL}${pathName}`, { headers: cookie ? { cookie } : {} })).text();
  await load(pathName, cookie, 3);
  return { ...(await load(pathName, cookie)), htmlBytes: Buffer.byteLength(html) };
}

/**
 * Loads each page after a warm-up and prints its figures beside both floors of the same server: `/status` (no
 * session, no query) and `/session` (the signed-in layout and session, no query of its own). The floors are measured
 * before the pages and again after them, and each page is compared with their mean: a machine whose speed drifts
 * during the run shows it in the two floor rows rather than skewing the shares of the last pages.
 */
async function measure(title: string, pages: (cookies: { lead: string; coordinator: string }) => Page[]) {
  const lead = await signIn("lead@demo.test");
  const coordinator = await signIn("coordinator@demo.test");
  const floorPages: Page[] = [
    ["Floor: /status (no session)", "/status", null],
    ["Signed-in floor: /session", "/session", lead],
  ];
  const before: Measured[] = [];
  for (const [, pathName, cookie] of floorPages) before.push(await measurePage(pathName, cookie));
  const measured: (Measured & { label: string })[] = [];
  for (const [label, pathName, cookie] of pages({ lead, coordinator })) {
    measured.push({ label, ...(await measurePage(pathName, cookie)) });
  }
  const after: Measured[] = [];
  for (const [, pathName, cookie] of floorPages) after.push(await measurePage(pathName, cookie));
  const [floor, signedFloor] = before.map((result, index) => (result.rps + after[index]!.rps) / 2);

  console.log(`\n${title}`);
  console.log(
    `${"page".padEnd(46)}${column("req/s", 8)}${column("p50 ms", 8)}${column("p95 ms", 8)}${column("p99 ms", 8)}` +
      `${column("HTML KB", 9)}${column("of floor", 9)}${column("of signed", 10)}${column("errors", 7)}`,
  );
  const share = (rps: number, of: number) => `${((rps / of) * 100).toFixed(0)} %`;
  // The floors' rows say only their share of /status; the pages' rows their share of both floors.
  const rows = [
    ...floorPages.flatMap(([label], index) => [
      { label: `${label}, before`, isFloor: true, ...before[index]! },
      { label: `${label}, after`, isFloor: true, ...after[index]! },
    ]),
    ...measured.map((result) => ({ ...result, isFloor: false })),
  ];
  for (const { isFloor, ...result } of rows) {
    console.log(
      `${result.label.padEnd(46)}${column(result.rps.toFixed(1), 8)}${column(result.p50.toFixed(0), 8)}` +
        `${column(result.p95.toFixed(0), 8)}${column(result.p99.toFixed(0), 8)}` +
        `${column((result.htmlBytes / 1024).toFixed(1), 9)}${column(share(result.rps, floor!), 9)}` +
        `${column(isFloor ? "" : share(result.rps, signedFloor!), 10)}${column(String(result.errors), 7)}`,
    );
  }
}

async function main() {
  if (!existsSync(".next/BUILD_ID"))
    throw new Error("No production build: run `npm run build` first (npm run benchmark:load does).");
  console.log(`${LOAD_CONNECTIONS} connections, ${LOAD_SECONDS} s per page after a 3 s warm-up, on this machine.`);

  // An ordinary project: the demo data alone, where DANUBE ICT has 13 deliverables and 10 partners.
  await buildDemoDatabase(DEMO_DATABASE_FILE);
  let server = await startServer(`file:${DEMO_DATABASE_FILE}`);
  try {
    const danube = `/projects/${DEMO_PROJECT}`;
    await measure("Demo data: DANUBE ICT, 13 deliverables, 10 partners", ({ lead, coordinator }) => [
      ["Dashboard (lead of the demo projects)", "/dashboard", lead],
      ["Project page", danube, lead],
      ["Deliverables list", `${danube}/deliverables`, lead],
      ["Gantt", `${danube}/timeline`, lead],
      ["Budget", `${danube}/budget`, coordinator],
      ["Portfolio, 3 projects (coordinator)", "/portfolio", coordinator],
    ]);
  } finally {
    server.kill();
  }

  const started = performance.now();
  const { large, huge } = await buildBenchDatabase();
  console.log(`\nBenchmark database built in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  server = await startServer();
  try {
    await measure("Benchmark data: 200 more projects, 20,000 deliverables", ({ lead, coordinator }) => [
      ["Dashboard (lead of 200 projects)", "/dashboard", lead],
      ["Project page, 500 deliverables", `/projects/${large}`, lead],
      ["Deliverables list, 500 deliverables", `/projects/${large}/deliverables`, lead],
      ["Gantt, 100 WPs + 1,000 deliverables", `/projects/${huge}/timeline`, coordinator],
    ]);
  } finally {
    server.kill();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
