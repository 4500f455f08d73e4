import { QueryCompiler as PostgresQueryCompiler } from "@prisma/client/runtime/query_compiler_bg.postgresql.mjs";
import { QueryCompiler as SqliteQueryCompiler } from "@prisma/client/runtime/query_compiler_bg.sqlite.mjs";

/**
 * Prisma 6.19 compiles every query to a plan in WebAssembly before it runs it, and keeps none: a page of
 * thirteen queries pays for thirteen compilations on every view, the largest single cost of an ordinary page
 * after rendering. A plan is a pure function of the query's text, values included (defaults such as now() or
 * cuid() stay calls that run when the plan does), so the same read asked again (the same page for the same
 * people) can run the plan compiled the first time.
 *
 * Only reads are kept (single queries and batches, such as a page of rows with its count), and only short ones:
 * writes rarely repeat, and a long text would hold memory for nothing. Each compiler (one per client: its
 * database, schema and data model) keeps its own most recently used plans, up to a fixed number. Plans are
 * frozen before they are kept: if a later Prisma ever changed a plan while running it, the query would fail
 * loudly instead of corrupting the next.
 */
export const MAX_REMEMBERED_PLANS = 2000;
const MAX_QUERY_LENGTH = 8 * 1024;

/** Every query of a request, a single one or a batch, names its action so. */
const ACTION = /"action":"(\w+)"/g;
const READ_ACTION = /^(?:find\w+|aggregate|groupBy)$/;

/**
 * Whether every action the request names is a read. A write always names its own action, so it is never taken
 * for a read; a filter on a field called "action" can only make a read look like a write, and go uncached.
 */
function isRead(request: string): boolean {
  const actions = [...request.matchAll(ACTION)].map((match) => match[1]!);
  return actions.length > 0 && actions.every((action) => READ_ACTION.test(action));
}

type Compile = (this: object, request: string) => unknown;
type CompilerClass = { prototype: { compile: Compile; compileBatch: Compile } };

/** The most recently used plans, up to a limit: a Map keeps insertion order, so the first key is the oldest. */
export class RecentPlans {
  private readonly plans = new Map<string, unknown>();

  constructor(private readonly limit: number) {}

  get(request: string): unknown {
    const plan = this.plans.get(request);
    if (plan !== undefined) {
      this.plans.delete(request);
      this.plans.set(request, plan);
    }
    return plan;
  }

  set(request: string, plan: unknown): void {
    if (this.plans.size >= this.limit) this.plans.delete(this.plans.keys().next().value as string);
    this.plans.set(request, plan);
  }

  get size(): number {
    return this.plans.size;
  }
}

const plansOfCompiler = new WeakMap<object, RecentPlans>();
let compilations = 0;

/** How many plans Prisma compiled, kept or not: for tests. */
export function compiledPlanCount(): number {
  return compilations;
}

function rememberPlans(compiler: CompilerClass, method: "compile" | "compileBatch"): void {
  // Wrapped before by an earlier copy of this module (a reload in development, a test file): wrap Prisma's own.
  const current: Compile & { original?: Compile } = compiler.prototype[method];
  const compile = current.original ?? current;
  const remembering = function (this: object, request: string): unknown {
    let plans = plansOfCompiler.get(this);
    if (!plans) plansOfCompiler.set(this, (plans = new RecentPlans(MAX_REMEMBERED_PLANS)));
    // Only short reads are ever kept, so a text found here is one: it need not be read through again. A batch's
    // text starts with {"batch": so it never meets a single query's.
    const known = plans.get(request);
    if (known !== undefined) return known;
    compilations += 1;
    const plan = compile.call(this, request);
    if (request.length <= MAX_QUERY_LENGTH && isRead(request)) plans.set(request, deepFreeze(plan));
    return plan;
  };
  compiler.prototype[method] = Object.assign(remembering, { original: compile });
}

function deepFreeze<T>(value: T): T {
  if (typeof value !== "object" || value === null || Object.isFrozen(value) || ArrayBuffer.isView(value)) return value;
  for (const inner of Object.values(value)) deepFreeze(inner);
  return Object.freeze(value);
}

for (const compiler of [SqliteQueryCompiler, PostgresQueryCompiler]) {
  rememberPlans(compiler, "compile");
  rememberPlans(compiler, "compileBatch");
}
