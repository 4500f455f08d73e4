// The production server: Next.js behind a plain Node.js HTTP server, for one reason. Next.js hands the
// client's own X-Forwarded-For header through to the app, and the app sees nothing else of the
// connection; this server tells the app the address the connection really comes from, in a header that
// no client can set (any such header it sends is replaced). lib/client-address.ts reads it.
//
// Usage: node server.mjs [--port 3000] [--hostname 0.0.0.0]   (npm start; PORT and HOSTNAME work too)
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import next from "next";

export const PEER_ADDRESS_HEADER = "x-consortia-peer-address";

const { values } = parseArgs({
  options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } },
  strict: true,
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname ?? process.env.HOSTNAME;
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`Invalid port: ${values.port ?? process.env.PORT}`);
  process.exit(1);
}

const app = next({ dev: false, port, hostname: hostname ?? "localhost" });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((request, response) => {
  request.headers[PEER_ADDRESS_HEADER] = request.socket.remoteAddress ?? "unknown";
  handle(request, response).catch((error) => {
    console.error("Request failed", error);
    if (!response.headersSent) response.writeHead(500).end();
  });
});
server.listen(port, hostname, () => {
  console.log(`Consortia is listening on http://${hostname ?? "localhost"}:${port}`);
});

// Finish the requests under way, then stop (as next start does), when a service manager asks.
for (const signal of ["SIGTERM", "SIGINT"]) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 10_000).unref();
  });
}
