import { availableParallelism } from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      "server-only": path.resolve(import.meta.dirname, "test/server-only-stub.ts"),
      // next-auth imports "next/server" without an extension, which Node's own ESM resolution refuses.
      "next/server": "next/server.js",
    },
  },
  test: {
    environment: "node",
    // Bundled by Vite, so that the alias above reaches next-auth's own imports.
    server: { deps: { inline: ["next-auth"] } },
    include: ["lib/**/*.test.ts", "test/**/*.test.ts"],
    setupFiles: ["test/setup-database.ts"],
    // Every test file has a database (or PostgreSQL schema) and storage folder of its own, so files run side by
    // side on every core (the default leaves one idle: on CI's two cores, half the time).
    maxWorkers: availableParallelism(),
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
