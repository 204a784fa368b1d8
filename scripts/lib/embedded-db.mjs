// Starts PGlite (WASM PostgreSQL) behind a PostgreSQL wire-protocol socket so
// the app talks to it through the same @prisma/adapter-pg path as to a real
// server (docs/decisions/001-embedded-postgres.md).
import net from "node:net";
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export async function freePort(preferred) {
  const tryPort = (port) =>
    new Promise((resolve) => {
      const srv = net.createServer();
      srv.once("error", () => resolve(null));
      srv.listen(port, "127.0.0.1", () => {
        const { port: actual } = srv.address();
        srv.close(() => resolve(actual));
      });
    });
  return (preferred && (await tryPort(preferred))) || (await tryPort(0));
}

/**
 * @param {{ dataDir?: string, port?: number }} options dataDir undefined → in memory
 */
export async function startEmbeddedDb({ dataDir, port } = {}) {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const pg = new PGlite(dataDir ?? "memory://");
  await pg.waitReady;
  const actualPort = await freePort(port);
  // maxConnections must be at least the pg pool size (10) plus the CLI's own
  // connections: with the default of 1, concurrent requests fail (DESIGN.md §7).
  const server = new PGLiteSocketServer({ db: pg, port: actualPort, host: "127.0.0.1", maxConnections: 50 });
  await server.start();
  const url = `postgresql://postgres:postgres@127.0.0.1:${actualPort}/postgres?sslmode=disable`;
  return {
    url,
    port: actualPort,
    async stop() {
      await server.stop().catch(() => {});
      await pg.close().catch(() => {});
    },
  };
}
