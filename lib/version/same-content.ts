import { buildReadableRequest, buildWireContainer } from "./build-params";
import { containerFormFromWire } from "./from-wire";
import type { VersionForm } from "./schema";

// Does an existing version hold exactly what this submission would create? Both sides go through
// the same reader and builder, so equivalent spellings (ProbeContent as a string, headers in the
// other published shape, hooks in exec-JSON form) compare equal.

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).filter(
      ([, v]) => v !== undefined,
    );
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

export function sameVersionContent(
  values: VersionForm,
  existing: { name: string; remarks?: string; containers: unknown[] },
): boolean {
  const mine = buildReadableRequest(values);
  const theirs = existing.containers.map((c) => buildWireContainer(containerFormFromWire(c)));
  return (
    mine.Name === existing.name &&
    (mine.Remarks ?? "") === (existing.remarks ?? "") &&
    canonical(mine.Containers) === canonical(theirs)
  );
}
