import type { VersionForm } from "@/lib/version/schema";

/** "v3-checkout: web (nginx:1.25), worker (busybox)" — the one line My drafts shows. */
export function draftSummary(values: VersionForm): string {
  const containers = values.containers
    .map((c) => `${c.name || "container"}${c.image ? ` (${c.image})` : ""}`)
    .join(", ");
  const line = `${values.name || "(unnamed version)"}: ${containers || "no containers"}`;
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}
