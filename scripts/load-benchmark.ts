/**
 * Load benchmark: the production server (server.mjs) on the large benchmark database (200 projects, 20,000
 * deliverables), each
 * page under concurrent load with autocannon, signed in as the lead of all those projects.
 *
 *   npm run benchmark:load       (builds first)
 *   LOAD_SECONDS=20 LOAD_CONNECTIONS=20 npm run benchmark:load
 *
 * Prints requests per second and latency p50/p95/p99 for the dashboard, a project page, a deliverables
 * list and a Gantt, and the same for /status, a minimal dynamic page of the same app (same server, same
 * layout, no session and no query): the framework's floor. Each page's throughput is also printed as a
 * ratio to that floor.
 */
import autocannon from "autocannon";
import { existsSync } from "node:fs";
import { BASE_URL, buildBenchDatabase, DATABASE_URL, signIn, startServer } from "./bench-database";

process.env.DATABASE_URL = DATABASE_URL;
const SECONDS = Number(process.env.LOAD_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 10);

type LoadResult = { rps: number; p50: number; p95: number; p99: number; requests: number; errors: number };

function percentile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
}

/** One page under load; latencies are collected per response so that p95 is exact (autocannon reports p97.5). */
async function load(pathName: string, cookie: string | null, seconds = SECONDS): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url: `${BASE_URL}${pathName}`, connections: CONNECTIONS, duration: seconds, headers: cookie ? { cookie } : {} },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      if (statusCode !== 200) errors++;
      latencies.push(responseTime);
    });
  });
  latencies.sort((a, b) => a - b);
  return {
    rps: result.requests.total / (result.duration || seconds),
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
    requests: result.requests.total,
    errors: errors + result.errors + result.timeouts,
  };
}

async function main() {
  if (!existsSync(".next/BUILD_ID"))
    throw new Error("No production build: run `npm run build` first (npm run benchmark:load does).");
  const started = performance.now();
  const { large, huge } = await buildBenchDatabase();
  console.log(`Benchmark database built in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  const server = await startServer();
  try {
    const lead = await signIn("lead@demo.test");
    const coordinator = await signIn("coordinator@demo.test");
    const pages: [string, string, string | null][] = [
      ["Minimal dynamic page (/status, the floor)", "/status", null],
      ["Dashboard (lead of 200 projects)", "/dashboard", lead],
      ["Project page, 500 deliverables", `/projects/${large}`, lead],
      ["Deliverables list, 500 deliverables", `/projects/${large}/deliverables`, lead],
      ["Gantt, 100 WPs + 1,000 deliverables", `/projects/${huge}/timeline`, coordinator],
    ];
    console.log(`\n${CONNECTIONS} connections, ${SECONDS} s per page after a 3 s warm-up, on this machine:\n`);
    console.log(
      `${"page".padEnd(44)} ${"req/s".padStart(8)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)} ${"p99 ms".padStart(8)} ${"of floor".padStart(9)} ${"errors".padStart(7)}`,
    );
    let floor = Number.NaN;
    for (const [label, pathName, cookie] of pages) {
      await load(pathName, cookie, 3);
      const result = await load(pathName, cookie);
      if (Number.isNaN(floor)) floor = result.rps;
      const ratio = `${((result.rps / floor) * 100).toFixed(0)} %`;
      console.log(
        `${label.padEnd(44)} ${result.rps.toFixed(1).padStart(8)} ${result.p50.toFixed(1).padStart(8)} ${result.p95.toFixed(1).padStart(8)} ${result.p99.toFixed(1).padStart(8)} ${ratio.padStart(9)} ${String(result.errors).padStart(7)}`,
      );
    }
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
