import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runToEnd } from "./proc";

// The benchmark builds into its own dist dir (next.config.mjs reads NEXT_DIST_DIR) so that it never
// collides with a `next build` someone else runs into .next at the same time.
export const BENCH_DIST_DIR = ".next-bench";

// `next build` with a non-default distDir adds `<distDir>/types/**` to tsconfig.json's include and
// points next-env.d.ts at it. Those edits are the benchmark's side effect, not project changes:
// put both files back as they were.
const REWRITTEN_BY_NEXT = ["tsconfig.json", "tsconfig.build.json", "next-env.d.ts"];

export const benchEnv = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({
  ...process.env,
  NEXT_DIST_DIR: BENCH_DIST_DIR,
  NEXT_TELEMETRY_DISABLED: "1",
  ...extra,
});

export const nextBin = (root: string) => join(root, "node_modules", "next", "dist", "bin", "next");

export async function buildForBench(root: string): Promise<number> {
  const saved = REWRITTEN_BY_NEXT.map((file) => {
    const path = join(root, file);
    try {
      return { path, text: readFileSync(path, "utf8") as string | null };
    } catch {
      return { path, text: null };
    }
  });
  const started = Date.now();
  try {
    await runToEnd(process.execPath, [nextBin(root), "build"], benchEnv());
  } finally {
    for (const { path, text } of saved) {
      if (text === null) continue;
      if (readFileSync(path, "utf8") !== text) writeFileSync(path, text);
    }
  }
  return Date.now() - started;
}
