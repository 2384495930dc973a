// Latencies and outcomes per action, and the report the load test prints.

export class ActionStats {
  private readonly samples = new Map<string, number[]>();
  private readonly errors = new Map<string, number>();

  record(action: string, ms: number, ok: boolean): void {
    const list = this.samples.get(action) ?? [];
    list.push(ms);
    this.samples.set(action, list);
    if (!ok) this.errors.set(action, (this.errors.get(action) ?? 0) + 1);
  }

  count(action?: string): number {
    if (action) return this.samples.get(action)?.length ?? 0;
    return [...this.samples.values()].reduce((n, list) => n + list.length, 0);
  }

  errorCount(action?: string): number {
    if (action) return this.errors.get(action) ?? 0;
    return [...this.errors.values()].reduce((n, c) => n + c, 0);
  }

  rows(): {
    action: string;
    count: number;
    errors: number;
    p50: number;
    p95: number;
    p99: number;
  }[] {
    return [...this.samples.entries()].map(([action, list]) => {
      const sorted = [...list].sort((a, b) => a - b);
      return {
        action,
        count: sorted.length,
        errors: this.errorCount(action),
        p50: percentile(sorted, 50),
        p95: percentile(sorted, 95),
        p99: percentile(sorted, 99),
      };
    });
  }
}

/** Nearest-rank percentile of an ascending list (0 for an empty one). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function table(rows: Record<string, string | number>[]): string {
  if (rows.length === 0) return "";
  const keys = Object.keys(rows[0]!);
  const widths = keys.map((k) => Math.max(k.length, ...rows.map((r) => String(r[k]).length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  return [
    line(keys),
    `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`,
    ...rows.map((r) => line(keys.map((k) => String(r[k])))),
  ].join("\n");
}
