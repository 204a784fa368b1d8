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
  keepExtendedQueriesTogether(server.queryQueue);
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

// Extended-protocol message types that a Sync (or the connection's end) must follow.
const IN_SEQUENCE = new Set([0x50, 0x42, 0x44, 0x45, 0x43, 0x48]); // Parse, Bind, Describe, Execute, Close, Flush

/**
 * pglite-socket multiplexes connections over PGlite's single session one
 * protocol message at a time, so under load one connection's Parse can be
 * followed by another's Bind ("bind message supplies 2 parameters, but
 * prepared statement requires 3"). This keeps serving the same connection
 * from its first Parse until its Sync, as it already does inside a
 * transaction. It replaces the library's processQueue (0.2.x); the rest of
 * the queue is unchanged. The library also left the queue stuck after a
 * failed message; here processing always resumes.
 */
function keepExtendedQueriesTogether(queue) {
  let midSequence = false;
  const clearForHandler = queue.clearQueueForHandler.bind(queue);
  queue.clearQueueForHandler = (handlerId) => {
    if (handlerId === queue.lastHandlerId) midSequence = false;
    clearForHandler(handlerId);
    setImmediate(() => queue.processQueue());
  };
  queue.processQueue = async function processQueue() {
    if (this.processing || this.queue.length === 0) return;
    this.processing = true;
    try {
      while (this.queue.length > 0) {
        const pinned = this.lastHandlerId && (midSequence || this.db.isInTransaction());
        let item;
        if (pinned) {
          const index = this.queue.findIndex((q) => q.handlerId === this.lastHandlerId);
          item = index === -1 ? null : this.queue.splice(index, 1)[0];
        } else {
          item = this.queue.shift();
        }
        if (!item) break;
        let bytes = 0;
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(item.message, {
              onRawData: (data) => {
                bytes += data.length;
                item.onData(data);
              },
            }),
          );
          item.resolve(bytes);
        } catch (error) {
          item.reject(error);
        }
        this.lastHandlerId = item.handlerId;
        midSequence = IN_SEQUENCE.has(item.message[0]);
      }
    } finally {
      this.processing = false;
    }
  };
}
