/** One page of the benchmark server under concurrent load with autocannon, for the scripts that measure pages. */
import autocannon from "autocannon";
import { BASE_URL } from "./bench-database";

export const LOAD_SECONDS = Number(process.env.LOAD_SECONDS ?? 10);
export const LOAD_CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 10);

export type LoadResult = { rps: number; p50: number; p95: number; p99: number; requests: number; errors: number };

function percentile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
}

/** One page under load; latencies are collected per response so that p95 is exact (autocannon reports p97.5). */
export async function load(pathName: string, cookie: string | null, seconds = LOAD_SECONDS): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${BASE_URL}${pathName}`,
        connections: LOAD_CONNECTIONS,
        duration: seconds,
        headers: cookie ? { cookie } : {},
      },
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
