/** Makes the rows of one scenario of e2e/scenarios.ts in DATABASE_URL and prints what it returns, as JSON. */
import * as scenarios from "./scenarios";

async function main() {
  const name = process.argv[2] as keyof typeof scenarios;
  if (typeof scenarios[name] !== "function") throw new Error(`No scenario named ${name}`);
  process.stdout.write(JSON.stringify(await scenarios[name]()));
}

// The database client keeps its connections open once the rows are written.
main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
