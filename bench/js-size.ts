// npm run bench:js — JavaScript a browser downloads on the first load of each
// route, from the production build's own per-route list
// (.next/diagnostics/route-bundle-stats.json), gzipped as a server would send it.
// Run `npm run build` first.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

type RouteStats = { route: string; firstLoadUncompressedJsBytes: number; firstLoadChunkPaths: string[] };

const DIST = process.env.NEXT_DIST_DIR ?? ".next";
const STATS = path.join(DIST, "diagnostics", "route-bundle-stats.json");
const TARGET_GZIP_KB = 200;
if (!fs.existsSync(STATS)) {
  console.error(`${STATS} saknas: kör \`npm run build\` först.`);
  process.exit(2);
}

const gzipCache = new Map<string, number>();
const gzipped = (file: string) => {
  if (!gzipCache.has(file)) gzipCache.set(file, zlib.gzipSync(fs.readFileSync(file), { level: 6 }).length);
  return gzipCache.get(file)!;
};

const stats = JSON.parse(fs.readFileSync(STATS, "utf8")) as RouteStats[];
const rows = stats
  .map((s) => ({
    route: s.route,
    chunks: s.firstLoadChunkPaths.length,
    rawKB: Math.round(s.firstLoadUncompressedJsBytes / 1024),
    gzipKB: Math.round(s.firstLoadChunkPaths.reduce((sum, f) => sum + gzipped(f), 0) / 1024),
  }))
  .sort((a, b) => b.gzipKB - a.gzipKB);
const result = rows.map((r) => ({ ...r, withinTarget: r.gzipKB <= TARGET_GZIP_KB }));
console.table(result);
const over = result.filter((r) => !r.withinTarget);
console.log(over.length ? `${over.length} av ${result.length} routes över ${TARGET_GZIP_KB} kB gzip.` : `Alla ${result.length} routes inom ${TARGET_GZIP_KB} kB gzip.`);
fs.mkdirSync(path.join("bench", "results"), { recursive: true });
fs.writeFileSync(path.join("bench", "results", "js-size.json"), JSON.stringify({ at: new Date().toISOString(), targetGzipKB: TARGET_GZIP_KB, routes: result }, null, 2) + "\n");
