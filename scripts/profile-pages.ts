/**
 * Where a page's server time goes. Runs the production server (server.mjs) under V8's sampling profiler
 * (`--cpu-prof`), loads each page in turn with autocannon, and traces every sample back through the build's source
 * maps to the package or app file it ran in.
 *
 *   npm run benchmark:profile                              (builds first; DANUBE ICT's pages on the demo data)
 *   npm run benchmark:profile -- --data bench              (the 500-deliverable project and list, the 1,000-row Gantt)
 *   npm run benchmark:profile -- --as coordinator /portfolio /projects/demo-proj-danube-ict/budget
 *
 * Prints, for each page and for the two floors measured in the same server (/status, no session; /session, the
 * signed-in layout), the CPU milliseconds a request takes in each part: React's two renderings (the server
 * components' payload, then the HTML from it), Next.js, the database, translations, the session, the app's own code,
 * Node.js and garbage collection. Then the source files that take the most time on each page. It writes only
 * data/bench-demo.db or data/bench.db, which it recreates, and a profile in the system's temporary folder.
 */
import { FlattenMap, originalPositionFor, type TraceMap } from "@jridgewell/trace-mapping";
import { once } from "node:events";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import {
  buildBenchDatabase,
  buildDemoDatabase,
  DATABASE_URL,
  DEMO_DATABASE_FILE,
  DEMO_PROJECT,
  signIn,
  startServer,
} from "./bench-database";
import { load, LOAD_SECONDS } from "./page-load";

const TOP_FILES = 8;

/** The parts a sample is counted in, first match wins: React's compiled copies live inside Next.js's folder. */
const PARTS: [part: string, source: RegExp][] = [
  ["React: server components", /react-server-dom-[a-z]+-server|react\.react-server/],
  ["React: HTML", /react-dom|react-server-dom-[a-z]+-client|\/react\/|react-jsx/],
  ["Translations", /use-intl|next-intl|intl-messageformat|formatjs/],
  ["Session", /next-auth|@auth\/|%40auth|\/jose\/|panva/],
  ["Database", /prisma|better-sqlite3|\/pg\/|pg-protocol|^wasm:/],
  ["Next.js", /node_modules\/next\/|webpack:\/\/next\/|\[turbopack\]/],
  ["Other packages", /node_modules\//],
  ["Node.js and V8", /^node:|\(built in\)$|^\((program|root)\)$/],
  ["Garbage collection", /^\(garbage collector\)$/],
];
const APP_CODE = "App code";

type CpuProfile = {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
};
type Window = { label: string; from: number; to: number; requests: number; errors: number };

/** Microseconds on the monotonic clock, the clock V8 stamps its profile samples with. */
const now = () => Number(process.hrtime.bigint() / 1000n);

const sourceMaps = new Map<string, TraceMap | null>();

/** The original source of a position in a built or installed file, through its source map where there is one. */
function sourceOf(url: string, line: number, column: number): string {
  if (!url.startsWith("file://")) return url;
  let map = sourceMaps.get(url);
  if (map === undefined) {
    const mapFile = `${fileURLToPath(url)}.map`;
    // Turbopack writes sectioned maps, Next.js and the packages plain ones: FlattenMap reads both.
    map = existsSync(mapFile) ? new FlattenMap(readFileSync(mapFile, "utf8"), `${url}.map`) : null;
    sourceMaps.set(url, map);
  }
  return (map && originalPositionFor(map, { line: line + 1, column }).source) || url;
}

function partOf(source: string): string {
  return PARTS.find(([, pattern]) => pattern.test(source))?.[0] ?? APP_CODE;
}

/** Self time in each window, by source file; idle time is left out, so the sums are the time the server worked. */
function attribute(profile: CpuProfile, windows: Window[]) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const sourceOfNode = new Map<number, string>();
  const bySource = windows.map(() => new Map<string, number>());
  let time = profile.startTime;
  profile.samples.forEach((nodeId, index) => {
    time += profile.timeDeltas[index]!;
    const frame = nodes.get(nodeId)!;
    if (frame.functionName === "(idle)") return;
    const window = windows.findIndex(({ from, to }) => time >= from && time <= to);
    if (window < 0) return;
    let source = sourceOfNode.get(nodeId);
    if (source === undefined) {
      // Without a file: V8's own entries, such as "(garbage collector)", or a function built into V8 or Node.js.
      if (frame.url) source = sourceOf(frame.url, frame.lineNumber, frame.columnNumber);
      else source = frame.functionName.startsWith("(") ? frame.functionName : `${frame.functionName} (built in)`;
      sourceOfNode.set(nodeId, source);
    }
    const interval = index + 1 < profile.timeDeltas.length ? profile.timeDeltas[index + 1]! : 0;
    bySource[window]!.set(source, (bySource[window]!.get(source) ?? 0) + interval);
  });
  return bySource;
}

const column = (text: string, width: number) => text.padStart(width);
const shortSource = (source: string) =>
  source
    .replace(/^file:\/\/(\.next\/)?/, "")
    .replace(/^.*node_modules\//, "")
    .replace(/^webpack:\/\//, "");

function report(windows: Window[], bySource: Map<string, number>[]) {
  const parts = [...PARTS.map(([part]) => part), APP_CODE];
  const byPart = bySource.map((sources) => {
    const totals = new Map<string, number>();
    for (const [source, micros] of sources) {
      const part = partOf(source);
      totals.set(part, (totals.get(part) ?? 0) + micros);
    }
    return totals;
  });
  const perRequest = (micros: number, window: Window) => (micros / 1000 / Math.max(1, window.requests)).toFixed(2);
  console.log("\nCPU ms per request, by part (the server's main thread; idle time left out)\n");
  windows.forEach((window, index) => console.log(`  [${index + 1}] ${window.label}`));
  console.log(`\n${"part".padEnd(26)}${windows.map((_, index) => column(`[${index + 1}]`, 9)).join("")}`);
  for (const part of parts) {
    const cells = windows.map((window, index) => column(perRequest(byPart[index]!.get(part) ?? 0, window), 9));
    console.log(`${part.padEnd(26)}${cells.join("")}`);
  }
  const totals = bySource.map((sources) => [...sources.values()].reduce((sum, micros) => sum + micros, 0));
  console.log(
    `${"total".padEnd(26)}${windows.map((window, index) => column(perRequest(totals[index]!, window), 9)).join("")}`,
  );
  console.log(`${"requests".padEnd(26)}${windows.map((window) => column(String(window.requests), 9)).join("")}`);
  console.log(`${"errors".padEnd(26)}${windows.map((window) => column(String(window.errors), 9)).join("")}`);

  windows.forEach((window, index) => {
    console.log(`\n[${index + 1}] ${window.label}: the ${TOP_FILES} source files with the most time`);
    const files = [...bySource[index]!].sort((a, b) => b[1] - a[1]).slice(0, TOP_FILES);
    for (const [source, micros] of files) {
      const share = `${((micros / totals[index]!) * 100).toFixed(1)} %`;
      console.log(`${column(share, 8)}  ${column(perRequest(micros, window), 6)} ms  ${shortSource(source)}`);
    }
  });
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { data: { type: "string", default: "demo" }, as: { type: "string", default: "lead" } },
  });
  if (values.data !== "demo" && values.data !== "bench") throw new Error("--data is demo or bench");
  if (!existsSync(".next/BUILD_ID"))
    throw new Error("No production build: run `npm run build` first (npm run benchmark:profile does).");

  let pages = positionals;
  let databaseUrl = DATABASE_URL;
  if (values.data === "demo") {
    await buildDemoDatabase(DEMO_DATABASE_FILE);
    databaseUrl = `file:${DEMO_DATABASE_FILE}`;
    if (pages.length === 0) {
      const danube = `/projects/${DEMO_PROJECT}`;
      pages = ["/dashboard", danube, `${danube}/deliverables`, `${danube}/timeline`];
    }
  } else {
    const { large, huge } = await buildBenchDatabase();
    if (pages.length === 0)
      pages = [`/projects/${large}`, `/projects/${large}/deliverables`, `/projects/${huge}/timeline`];
  }

  const profileFolder = mkdtempSync(path.join(tmpdir(), "consortia-profile-"));
  const server = await startServer(databaseUrl, ["--cpu-prof", `--cpu-prof-dir=${profileFolder}`]);
  const windows: Window[] = [];
  try {
    const cookie = await signIn(`${values.as}@demo.test`);
    const measured: [label: string, pathName: string, cookie: string | null][] = [
      ["/status (floor, no session)", "/status", null],
      ["/session (signed-in floor)", "/session", cookie],
      ...pages.map((pathName): [string, string, string] => [pathName, pathName, cookie]),
    ];
    console.log(`${measured.length} pages as ${values.as}, ${LOAD_SECONDS} s each after a 3 s warm-up.`);
    for (const [label, pathName, pageCookie] of measured) {
      await load(pathName, pageCookie, 3);
      const from = now();
      const { requests, errors } = await load(pathName, pageCookie);
      windows.push({ label, from, to: now(), requests, errors });
    }
  } finally {
    // Node.js writes the profile when the process ends; server.mjs ends on SIGINT.
    if (server.exitCode === null && server.signalCode === null) {
      const exited = once(server, "exit");
      server.kill("SIGINT");
      await exited;
    }
  }
  const [file] = readdirSync(profileFolder).filter((name) => name.endsWith(".cpuprofile"));
  if (!file) throw new Error(`The server wrote no profile in ${profileFolder}`);
  const profile = JSON.parse(readFileSync(path.join(profileFolder, file), "utf8")) as CpuProfile;
  rmSync(profileFolder, { recursive: true, force: true });
  const bySource = attribute(profile, windows);
  if (bySource.every((sources) => sources.size === 0))
    throw new Error("No sample fell in a page's time: the profile's clock is not this process's monotonic clock");
  report(windows, bySource);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
