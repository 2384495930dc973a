// `npm run bench`: builds, starts the production server with the embedded sandbox, measures, and
// prints every figure beside its budget. Budgets are reported, never asserted: exit 0 either way
// (exit 1 only when the benchmark itself cannot run). Results also go to bench-results/latest.json.
// Flags: --no-build (reuse .next-bench), --no-lighthouse, --runs=N (interaction runs, default 3),
// --quick (a few calls in the child sections, one Lighthouse run per page: to check that the
// sections run, not for figures), --skip=bare,server,concurrent,interaction,lighthouse,
// --pages=list,editor,… (Lighthouse labels, lighthouse-pages.ts).
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import type { Browser } from "@playwright/test";
import { resolveChromium } from "../../e2e/support/chromium";
import { markFirstLoadChunks } from "../compile-hints";
import { measureBareReference } from "./bare-reference";
import { bareRows } from "./bare-rows";
import { BENCH_DIST_DIR, buildForBench } from "./build";
import { launchBrowser } from "./browser";
import { measureFirstLoad } from "./bundle-size";
import { interactionRun, type InteractionRun } from "./interaction";
import { runConcurrentCreates, runServerPath } from "./children";
import { concurrentRows, type ConcurrentResult } from "./concurrent-result";
import { guardedRows } from "./guarded-rows";
import { lighthousePageList, lighthousePages } from "./lighthouse-pages";
import { measurePreviewInNode } from "./preview-node";
import { runCleanups } from "./proc";
import { startServer } from "./server";
import { machineInfo, Report } from "./report";
import { seedVersions } from "./seed-versions";
import { signInAsFirstAdmin, type BenchSession } from "./sign-in";
import { bundleRows, interactionRows, previewRows, serverPathRows } from "./sections";

const ROOT = process.cwd();
const APP_ID = "app-880688675783790001"; // seeded in the sandbox's demo data
const CONTAINER_COUNTS = [1, 10, 30, 50]; // 50: the most containers a version takes
const PREVIEW_AT = 30;
const args = new Set(process.argv.slice(2));
const flag = (name: string) => [...args].find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
const RUNS = Number(flag("runs") ?? 3);
const QUICK = args.has("--quick");
const SKIP = new Set((flag("skip") ?? "").split(",").filter(Boolean));
if (args.has("--no-lighthouse")) SKIP.add("lighthouse");

const log = (message: string) =>
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

async function interactions(
  browser: Browser,
  session: BenchSession,
  base: string,
  sandbox: string,
): Promise<{ runs: InteractionRun[]; from: Map<number, string> }> {
  const from = await seedVersions(sandbox, APP_ID, CONTAINER_COUNTS);
  const runs: InteractionRun[] = [];
  if (SKIP.has("interaction")) return { runs, from };
  for (let run = 1; run <= RUNS; run++) {
    for (const n of CONTAINER_COUNTS) {
      log(`interaction run ${run}/${RUNS}, ${n} containers`);
      const url = `${base}/apps/${APP_ID}/versions/new?from=${from.get(n)}`;
      // A run whose page re-rendered under Playwright's hands (a detached element on a loaded
      // machine) is retried once, then left out and said so, rather than losing every figure.
      for (let attempt = 1; attempt <= 2; attempt++) {
        try {
          runs.push(await interactionRun(browser, url, n, n === PREVIEW_AT, session));
          break;
        } catch (error) {
          const what = error instanceof Error ? error.message.split("\n")[0] : String(error);
          log(`interaction run ${run}, ${n} containers, attempt ${attempt} failed: ${what}`);
        }
      }
    }
  }
  return { runs, from };
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

  if (!SKIP.has("bare")) {
    log("bare Next.js reference build ...");
    try {
      const bare = await measureBareReference(ROOT);
      results.bare = bare;
      bareRows(report, sizes, bare);
    } catch (error) {
      results.bare = { error: String(error) };
      report.add(
        "1b first-load JS vs bare Next.js",
        "bare Next.js page",
        `not measured: ${String(error).slice(0, 200)}`,
        { text: "builds", pass: false },
      );
    }
  }

  log("preview cost in Node ...");
  const previewNode = measurePreviewInNode(30);
  results.previewNode = previewNode;

  let sp: Awaited<ReturnType<typeof runServerPath>> | undefined;
  if (!SKIP.has("server")) {
    log("server path: ours vs the official SDK; with the guard on PGlite and PostgreSQL ...");
    sp = await runServerPath(ROOT, QUICK, log);
    results.serverPath = sp;
  }

  // Before this run's own server starts: the two instances and the database get the machine.
  let concurrent: ConcurrentResult | null = null;
  let concurrentError: string | undefined;
  if (!SKIP.has("concurrent")) {
    log("concurrent creates: two instances of this build on PostgreSQL ...");
    try {
      concurrent = await runConcurrentCreates(ROOT, QUICK);
    } catch (error) {
      concurrentError = String(error).slice(0, 300);
    }
    results.concurrentCreates = concurrent ?? { error: concurrentError };
  }

  const { base, sandbox } = await startServer(ROOT, log);
  const browser: Browser = await launchBrowser();
  const session = await signInAsFirstAdmin(browser, base);
  log("signed in as the first administrator (created through /setup)");
  const { runs, from } = await interactions(browser, session, base, sandbox);
  await browser.close();
  results.interactions = runs;
  if (runs.length) {
    interactionRows(report, runs);
    previewRows(report, previewNode, runs);
  }
  if (sp) {
    serverPathRows(report, sp);
    guardedRows(report, sp.guarded);
  }

  if (!SKIP.has("lighthouse")) {
    // The version page shows the seeded version of 30 containers.
    const pages = lighthousePageList(APP_ID, from.get(PREVIEW_AT));
    const only = flag("pages")?.split(",");
    const chosen = only ? pages.filter((p) => only.includes(p.label)) : pages;
    results.lighthouse = await lighthousePages(
      report,
      base,
      chosen,
      session.cookieHeader,
      log,
      QUICK ? 1 : 3,
    );
  }
  if (!SKIP.has("concurrent")) concurrentRows(report, concurrent, concurrentError);

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
