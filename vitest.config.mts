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
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
