import { readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { readRouteBundleStats } from "../route-bundle-stats";

// First-load JavaScript per route, from the build's route-bundle-stats.json.
// Each chunk is compressed on its own, as it travels: gzip at zlib's default level (what
// `next start` serves) and brotli at zlib's default quality 11 (what a CDN precompresses with).

export type ChunkSize = { path: string; raw: number; gzip: number; brotli: number };
export type RouteSize = {
  route: string;
  raw: number;
  gzip: number;
  brotli: number;
  chunks: ChunkSize[];
};

export function measureFirstLoad(root: string, distDir: string): RouteSize[] {
  const stats = readRouteBundleStats(root, distDir);
  const cache = new Map<string, ChunkSize>();
  const sizeOf = (path: string): ChunkSize => {
    let size = cache.get(path);
    if (!size) {
      const bytes = readFileSync(join(root, path));
      size = {
        path,
        raw: bytes.length,
        gzip: gzipSync(bytes).length,
        brotli: brotliCompressSync(bytes).length,
      };
      cache.set(path, size);
    }
    return size;
  };
  return stats
    .map((s) => {
      const chunks = s.firstLoadChunkPaths.map(sizeOf);
      const sum = (k: "raw" | "gzip" | "brotli") => chunks.reduce((total, c) => total + c[k], 0);
      return { route: s.route, raw: sum("raw"), gzip: sum("gzip"), brotli: sum("brotli"), chunks };
    })
    .sort((a, b) => a.route.localeCompare(b.route));
}

/** The chunks a route loads that the baseline route does not: where its extra weight lives. */
export function extraChunks(route: RouteSize, baseline: RouteSize): ChunkSize[] {
  const base = new Set(baseline.chunks.map((c) => c.path));
  return route.chunks.filter((c) => !base.has(c.path)).sort((a, b) => b.gzip - a.gzip);
}
