import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readRouteBundleStats } from "./route-bundle-stats";

// Runs after `next build` (package.json's build script, and the benchmark's build).
//
// V8 compiles a function lazily, on the main thread, the first time it is called. Every chunk a
// route loads up front (React, Next's client runtime, the page's own code) is evaluated in the
// first seconds, so that compilation lands in the long tasks of hydration: about half of the
// editor's Total Blocking Time on this machine. V8's explicit compile hint (Chrome 136+), the
// comment `//# allFunctionsCalledOnLoad` at the very top of a script, makes it compile the whole
// file eagerly, on a background thread while the script streams in. Other engines ignore it.
//
// It costs compiling functions that are never called, so it goes on the first-load chunks only
// (the union over all routes, from the build's route-bundle-stats.json): chunks loaded on demand
// (zod, the import dialog, the diff) stay lazy.

export const COMPILE_HINT = "//# allFunctionsCalledOnLoad\n";

export type HintResult = { marked: string[]; alreadyMarked: string[] };

/** The first-load chunks of every route, as paths relative to `root`. */
export function firstLoadChunks(root: string, distDir: string): string[] {
  const chunks = new Set<string>();
  for (const route of readRouteBundleStats(root, distDir)) {
    for (const path of route.firstLoadChunkPaths) {
      if (path.endsWith(".js")) chunks.add(path);
    }
  }
  return [...chunks].sort();
}

/** Puts the hint at the top of every first-load chunk; running it twice changes nothing. */
export function markFirstLoadChunks(root: string, distDir: string): HintResult {
  const result: HintResult = { marked: [], alreadyMarked: [] };
  for (const path of firstLoadChunks(root, distDir)) {
    const file = join(root, path);
    const text = readFileSync(file, "utf8");
    if (text.startsWith(COMPILE_HINT)) {
      result.alreadyMarked.push(path);
      continue;
    }
    writeFileSync(file, COMPILE_HINT + text);
    result.marked.push(path);
  }
  return result;
}

// Run as a script (`tsx scripts/compile-hints.ts`); imported by the benchmark, tests and e2e.
if (/compile-hints\.ts$/.test(process.argv[1] ?? "")) {
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  try {
    const { marked, alreadyMarked } = markFirstLoadChunks(process.cwd(), distDir);
    console.log(
      `compile hints: ${marked.length} first-load chunk(s) in ${distDir} marked for eager compilation` +
        (alreadyMarked.length ? ` (${alreadyMarked.length} already marked)` : ""),
    );
  } catch (error) {
    console.error(`compile hints: ${(error as Error).message}`);
    process.exit(1);
  }
}
