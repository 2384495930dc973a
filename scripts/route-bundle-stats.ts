import { readFileSync } from "node:fs";
import { join } from "node:path";

// Next 16's build no longer prints route sizes; it writes each route's first-load chunks to
// <distDir>/diagnostics/route-bundle-stats.json:
//   [{ route, firstLoadUncompressedJsBytes, firstLoadChunkPaths: ["<distDir>/static/chunks/x.js"] }]
// Read by the build's compile-hint step and by the benchmark's size figures.

export type RouteStats = {
  route: string;
  firstLoadUncompressedJsBytes: number;
  firstLoadChunkPaths: string[];
};

export function readRouteBundleStats(root: string, distDir: string): RouteStats[] {
  const statsPath = join(root, distDir, "diagnostics", "route-bundle-stats.json");
  let stats: unknown;
  try {
    stats = JSON.parse(readFileSync(statsPath, "utf8"));
  } catch (error) {
    throw new Error(
      `cannot read ${statsPath} (${(error as Error).message}). Run \`next build\` first; if this ` +
        "Next.js version no longer writes that file, update scripts/route-bundle-stats.ts to find " +
        "each route's first-load chunks elsewhere.",
    );
  }
  if (!Array.isArray(stats) || stats.length === 0) {
    throw new Error(`${statsPath} lists no routes`);
  }
  return stats as RouteStats[];
}
