import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { COMPILE_HINT, firstLoadChunks, markFirstLoadChunks } from "./compile-hints";

describe("compile hints on first-load chunks", () => {
  let root: string;
  const dist = ".next-test";
  const chunk = (name: string) => `${dist}/static/chunks/${name}`;
  const read = (name: string) => readFileSync(join(root, chunk(name)), "utf8");

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), "compile-hints-"));
    mkdirSync(join(root, dist, "static", "chunks"), { recursive: true });
    mkdirSync(join(root, dist, "diagnostics"));
    for (const name of ["framework.js", "editor.js", "apps.js", "lazy-zod.js"]) {
      writeFileSync(join(root, chunk(name)), `/* ${name} */(()=>{})();`);
    }
    writeFileSync(join(root, chunk("styles.css")), "body{}");
    const stats = [
      { route: "/apps", firstLoadChunkPaths: [chunk("framework.js"), chunk("apps.js")] },
      {
        route: "/apps/[appId]/versions/new",
        firstLoadChunkPaths: [chunk("framework.js"), chunk("editor.js"), chunk("styles.css")],
      },
    ];
    writeFileSync(
      join(root, dist, "diagnostics", "route-bundle-stats.json"),
      JSON.stringify(stats),
    );
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("lists the union of every route's first-load scripts, once each", () => {
    expect(firstLoadChunks(root, dist)).toEqual(
      [chunk("apps.js"), chunk("editor.js"), chunk("framework.js")].sort(),
    );
  });

  it("puts the hint on the first line of first-load chunks and leaves on-demand chunks lazy", () => {
    const result = markFirstLoadChunks(root, dist);
    expect(result.marked).toHaveLength(3);
    for (const name of ["framework.js", "editor.js", "apps.js"]) {
      expect(read(name)).toBe(`${COMPILE_HINT}/* ${name} */(()=>{})();`);
    }
    expect(COMPILE_HINT).toBe("//# allFunctionsCalledOnLoad\n");
    expect(read("lazy-zod.js")).toBe("/* lazy-zod.js */(()=>{})();");
    expect(readFileSync(join(root, chunk("styles.css")), "utf8")).toBe("body{}");
  });

  it("is idempotent: a second run marks nothing and does not stack hints", () => {
    markFirstLoadChunks(root, dist);
    const again = markFirstLoadChunks(root, dist);
    expect(again.marked).toEqual([]);
    expect(again.alreadyMarked).toHaveLength(3);
    expect(read("framework.js")).toBe(`${COMPILE_HINT}/* framework.js */(()=>{})();`);
  });

  it("fails with a message that says what to do when the build's route stats are missing", () => {
    rmSync(join(root, dist, "diagnostics"), { recursive: true });
    expect(() => markFirstLoadChunks(root, dist)).toThrow(/route-bundle-stats\.json.*next build/s);
  });
});
