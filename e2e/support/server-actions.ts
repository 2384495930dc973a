import { readFileSync } from "node:fs";
import { join } from "node:path";

// Server actions as the build named them: tests that replay or watch an action's call find it by
// the id Next gave it, not by reading answers (an answer's body is gone once the page navigates).

export const DIST_DIR = process.env.NEXT_DIST_DIR || ".next";

/** The id Next gave a server action (by export name and the file it is in) in this build. */
export function actionId(exportedName: string, file: string): string {
  const manifest = JSON.parse(
    readFileSync(join(DIST_DIR, "server", "server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, { exportedName?: string; filename?: string }> };
  const entry = Object.entries(manifest.node).find(
    ([, v]) => v.exportedName === exportedName && v.filename?.includes(file),
  );
  if (!entry) throw new Error(`${exportedName} is not in the server reference manifest`);
  return entry[0];
}
