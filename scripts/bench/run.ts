// `npm run bench`: builds, starts the production server with the embedded sandbox, measures, and
// prints every figure beside its budget. Budgets are reported, never asserted: exit 0 either way
// (exit 1 only when the benchmark itself cannot run). Results also go to bench-results/latest.json.
// Flags: --no-build (reuse .next-bench), --no-lighthouse, --runs=N (interaction runs, default 3).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import type { Browser } from "@playwright/test";
import { resolveChromium } from "../../e2e/support/chromium";
import { markFirstLoadChunks } from "../compile-hints";
import { BENCH_DIST_DIR, benchEnv, buildForBench, nextBin } from "./build";
import { launchBrowser } from "./browser";
import { measureFirstLoad } from "./bundle-size";
import { interactionRun, type InteractionRun } from "./interaction";
import { lighthouseMedian } from "./lighthouse";
import { measurePreviewInNode } from "./preview-node";
import { freePort, onCleanup, runCleanups, runToEnd, startGroup, waitForHttp } from "./proc";
import { machineInfo, Report } from "./report";
import { seedVersions } from "./seed-versions";
import { signInAsFirstAdmin, type BenchSession } from "./sign-in";
import {
  bundleRows,
  EMPTY_ROUTE,
  interactionRows,
  lighthouseRows,
  previewRows,
  serverPathRows,
  type ServerPathResult,
} from "./sections";

const ROOT = process.cwd();
const APP_ID = "app-880688675783790001"; // seeded in the sandbox's demo data
const CONTAINER_COUNTS = [1, 10, 30];
const args = new Set(process.argv.slice(2));
const RUNS = Number([...args].find((a) => a.startsWith("--runs="))?.split("=")[1] ?? 3);

const log = (message: string) =>
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

async function serverPath(): Promise<ServerPathResult> {
  mkdirSync(join(ROOT, "bench-results"), { recursive: true });
  const out = join(ROOT, "bench-results", "server-path.json");
  await runToEnd(
    process.execPath,
    [
      "--conditions=react-server",
      "--import",
      "tsx",
      join(ROOT, "scripts/bench/server-path.ts"),
      out,
    ],
    benchEnv({ ESA_BACKEND: "sandbox" }),
  );
  return JSON.parse(readFileSync(out, "utf8")) as ServerPathResult;
}

async function startServer(): Promise<{ base: string; sandbox: string }> {
  const [appPort, sandboxPort] = [await freePort(), await freePort()];
  // A fresh database each run, so the administrator the benchmark creates is the first one.
  const dataDir = mkdtempSync(join(os.tmpdir(), "studio-bench-data-"));
  onCleanup(() => rmSync(dataDir, { recursive: true, force: true }));
  const env = benchEnv({
    NODE_ENV: "production",
    STUDIO_DATA_DIR: dataDir,
    ESA_BACKEND: "sandbox",
    ESA_SANDBOX_PORT: String(sandboxPort),
    ESA_SANDBOX_CONTROL: "1",
  });
  const server = startGroup(
    process.execPath,
    [nextBin(ROOT), "start", "-H", "127.0.0.1", "-p", String(appPort)],
    env,
  );
  const base = `http://127.0.0.1:${appPort}`;
  await waitForHttp(`${base}/`, server);
  log(`server on ${base} (sandbox on 127.0.0.1:${sandboxPort}), pid group ${server.child.pid}`);
  return { base, sandbox: `127.0.0.1:${sandboxPort}` };
}

async function interactions(
  browser: Browser,
  session: BenchSession,
  base: string,
  sandbox: string,
): Promise<InteractionRun[]> {
  const from = await seedVersions(sandbox, APP_ID, CONTAINER_COUNTS);
  const runs: InteractionRun[] = [];
  for (let run = 1; run <= RUNS; run++) {
    for (const n of CONTAINER_COUNTS) {
      log(`interaction run ${run}/${RUNS}, ${n} containers`);
      const url = `${base}/apps/${APP_ID}/versions/new?from=${from.get(n)}`;
      const last = n === Math.max(...CONTAINER_COUNTS);
      runs.push(await interactionRun(browser, url, n, last, session));
    }
  }
  return runs;
}

async function main(): Promise<void> {
  const report = new Report();
  const results: Record<string, unknown> = {
    startedAt: new Date().toISOString(),
    machine: machineInfo(resolveChromium() ?? process.env.CHROME_PATH),
  };

  if (!args.has("--no-build")) {
    log(`next build into ${BENCH_DIST_DIR}/ ...`);
    results.buildMs = await buildForBench(ROOT);
  }
  // What `npm run build` ships: V8's eager-compile hint on every first-load chunk (idempotent, so a
  // --no-build run over an older .next-bench gets it too).
  const hints = markFirstLoadChunks(ROOT, BENCH_DIST_DIR);
  results.compileHints = hints;
  const sizes = measureFirstLoad(ROOT, BENCH_DIST_DIR);
  results.firstLoad = sizes;
  bundleRows(report, sizes);
  report.add(
    "1 first-load JS",
    "compile hint",
    `//# allFunctionsCalledOnLoad on ${hints.marked.length + hints.alreadyMarked.length} first-load chunks`,
  );

  log("preview cost in Node ...");
  const previewNode = measurePreviewInNode(30);
  results.previewNode = previewNode;

  log("server path: ours vs the official SDK ...");
  const sp = await serverPath();
  results.serverPath = sp;

  const { base, sandbox } = await startServer();
  const browser: Browser = await launchBrowser();
  const session = await signInAsFirstAdmin(browser, base);
  log("signed in as the first administrator (created through /setup)");
  const runs = await interactions(browser, session, base, sandbox);
  await browser.close();
  results.interactions = runs;
  interactionRows(report, runs);
  previewRows(report, previewNode, runs);
  serverPathRows(report, sp);

  if (!args.has("--no-lighthouse")) {
    // The empty page is the floor: the same layout, framework and providers with no page content.
    const pages: [string, string, boolean][] = [
      ["empty", `${base}${EMPTY_ROUTE}`, false],
      ["list", `${base}/apps`, true],
      ["editor", `${base}/apps/${APP_ID}/versions/new`, true],
    ];
    const lighthouse: Record<string, unknown> = {};
    for (const [label, url, budgeted] of pages) {
      log(`Lighthouse x3: ${url}`);
      const summary = await lighthouseMedian(url, session.cookieHeader);
      lighthouse[label] = summary;
      lighthouseRows(report, `${label} ${new URL(url).pathname}`, summary, budgeted);
    }
    results.lighthouse = lighthouse;
  }

  results.finishedAt = new Date().toISOString();
  results.loadAverageAtEnd = os.loadavg().map((l) => Math.round(l * 100) / 100);
  results.rows = report.rows;
  mkdirSync(join(ROOT, "bench-results"), { recursive: true });
  writeFileSync(join(ROOT, "bench-results", "latest.json"), JSON.stringify(results, null, 2));
  report.print();
  // Other processes on the machine (a build, an e2e run) distort every timing: say how busy it was.
  const m = results.machine as ReturnType<typeof machineInfo>;
  console.log(
    `Machine: ${m.cpuModel}, ${m.cpus} CPUs, ${m.memoryGiB} GiB, Node ${m.node}, ${m.chromium ?? "Chromium ?"}; ` +
      `load average ${m.loadAverage.join("/")} at start, ${(results.loadAverageAtEnd as number[]).join("/")} at end.`,
  );
  log("results written to bench-results/latest.json");
}

main()
  .then(runCleanups, async (error: unknown) => {
    console.error(error);
    await runCleanups();
    process.exitCode = 1;
  })
  .finally(() => setTimeout(() => process.exit(), 200)); // a lingering socket must not keep it open
