// Writes a local .env with a fresh AUTH_SECRET on first run, so that the app starts on a new machine
// with nothing to configure. An existing .env is never touched.
import { randomBytes } from "node:crypto";
import { existsSync, writeFileSync } from "node:fs";

const path = ".env";
if (existsSync(path)) {
  console.log(".env exists: keeping it.");
} else {
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(
    path,
    [
      "# Local settings, written by scripts/ensure-env.mjs. See README.md for every variable.",
      `AUTH_SECRET=${secret}`,
      "# The app is reached directly (no proxy in front): trust the Host header for sign-in callbacks.",
      "AUTH_TRUST_HOST=true",
      "DATABASE_URL=file:./data/consortia.db",
      "",
    ].join("\n"),
    { mode: 0o600 },
  );
  console.log("Wrote .env with a new AUTH_SECRET.");
}
