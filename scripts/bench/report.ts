import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import os from "node:os";

// The printed table: one line per figure, its budget beside it, PASS/MISS where there is one.
// Budgets are reported, not asserted: the benchmark exits 0 either way.

export type Row = {
  section: string;
  metric: string;
  value: string;
  budget?: string;
  pass?: boolean;
};

export class Report {
  readonly rows: Row[] = [];

  add(
    section: string,
    metric: string,
    value: string,
    budget?: { text: string; pass: boolean },
  ): void {
    this.rows.push({ section, metric, value, budget: budget?.text, pass: budget?.pass });
  }

  print(): void {
    const widths = { section: 0, metric: 0, value: 0, budget: 0 };
    for (const r of this.rows) {
      widths.section = Math.max(widths.section, r.section.length);
      widths.metric = Math.max(widths.metric, r.metric.length);
      widths.value = Math.max(widths.value, r.value.length);
      widths.budget = Math.max(widths.budget, (r.budget ?? "").length);
    }
    const line = (s: string, m: string, v: string, b: string, p: string) =>
      `${s.padEnd(widths.section)}  ${m.padEnd(widths.metric)}  ${v.padStart(widths.value)}  ${b.padEnd(widths.budget)}  ${p}`.trimEnd();
    console.log(`\n${line("section", "metric", "value", "budget", "result")}`);
    console.log("-".repeat(widths.section + widths.metric + widths.value + widths.budget + 14));
    let previous = "";
    for (const r of this.rows) {
      const result = r.pass === undefined ? "" : r.pass ? "PASS" : "MISS";
      console.log(
        line(r.section === previous ? "" : r.section, r.metric, r.value, r.budget ?? "", result),
      );
      previous = r.section;
    }
    const judged = this.rows.filter((r) => r.pass !== undefined);
    console.log(`\n${judged.filter((r) => r.pass).length} of ${judged.length} budgets met.`);
  }
}

function commandOutput(command: string, args: string[]): string | undefined {
  try {
    return execFileSync(command, args, {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
  } catch {
    return undefined;
  }
}

/** What the figures were measured on: they mean little without it. */
export function machineInfo(chromiumPath: string | undefined) {
  const cpuinfo = readFileSync("/proc/cpuinfo", "utf8");
  return {
    cpuModel: /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? os.cpus()[0]?.model ?? "unknown",
    cpus: os.availableParallelism(),
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    chromium: chromiumPath ? commandOutput(chromiumPath, ["--version"]) : undefined,
    loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
    gitCommit: commandOutput("git", ["rev-parse", "--short", "HEAD"]),
    gitDirty:
      (commandOutput("git", ["status", "--porcelain", "--untracked-files=no"]) ?? "") !== "",
  };
}
