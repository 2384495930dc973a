import { execFile } from "node:child_process";
import { mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { startSandbox, type RunningSandbox } from "@/lib/sandbox/server";

import { buildCreateVersionParams } from "./build-params";
import { buildTypeScriptSnippet } from "./snippets";
import { validVersion } from "@/lib/testing/version-fixtures";

// The TypeScript snippet is run exactly as a person would run it: saved as a .mts file on its own
// and started with tsx, against a live sandbox. Only the target differs from the preview's text
// (the sandbox speaks plain HTTP on loopback); credentials come from the default chain's
// environment variables, as the snippet's comment says.

const run = promisify(execFile);
const PROJECT = resolve(__dirname, "../..");
const TSX = join(PROJECT, "node_modules", ".bin", "tsx");
const SHOP_APP_ID = "app-880688675783790001";

let sandbox: RunningSandbox;
let dir: string;
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, creatingDelayMs: 0 });
  // A folder of its own whose node_modules is the project's: the snippet resolves its imports the
  // way it would in a project that installed them (ESM resolution ignores NODE_PATH).
  dir = await mkdtemp(join(tmpdir(), "snippet-"));
  await symlink(join(PROJECT, "node_modules"), join(dir, "node_modules"), "dir");
});
afterAll(async () => {
  await sandbox.close();
  await rm(dir, { recursive: true, force: true });
});

describe("the TypeScript snippet", () => {
  it("runs as copied, saved as .mts with tsx, and creates the version", async () => {
    const params = buildCreateVersionParams({
      ...validVersion(),
      appId: SHOP_APP_ID,
      name: "made-by-the-snippet",
    });
    const snippet = buildTypeScriptSnippet(params, { endpoint: sandbox.endpoint, protocol: "HTTP" });
    expect(snippet).toContain("npx tsx create-version.mts");
    const file = join(dir, "create-version.mts");
    await writeFile(file, snippet);

    const { stdout } = await run(TSX, [file], {
      cwd: dir,
      timeout: 60_000,
      env: {
        NODE_ENV: "production",
        PATH: process.env.PATH,
        HOME: dir,
        ALIBABA_CLOUD_ACCESS_KEY_ID: sandbox.accessKeyId,
        ALIBABA_CLOUD_ACCESS_KEY_SECRET: sandbox.accessKeySecret,
      },
    });

    const stored = sandbox.store
      .listVersions(SHOP_APP_ID)
      ?.filter((v) => v.Name === "made-by-the-snippet");
    expect(stored).toHaveLength(1);
    const [versionId, requestId] = stdout.trim().split(" ");
    expect(versionId).toBe(stored![0]!.VersionId);
    expect(requestId).toMatch(/^[0-9A-F-]{36}$/);
    expect(stored![0]!.Containers).toEqual(JSON.parse(params.Containers));
  }, 90_000);
});
