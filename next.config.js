// @ts-check
// eslint-disable-next-line @typescript-eslint/no-require-imports -- next.config.js is CommonJS
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import("next").NextConfig} */
const nextConfig = {
  // Native and Wasm-backed packages are loaded by Node at run time, not bundled.
  serverExternalPackages: ["@node-rs/argon2", "better-sqlite3", "@prisma/adapter-better-sqlite3", "exceljs", "pdfkit"],
  poweredByHeader: false,
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

module.exports = withNextIntl(nextConfig);
