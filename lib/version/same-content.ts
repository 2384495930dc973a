import { buildReadableRequest, buildWireContainer } from "./build-params";
import { canonicalJson } from "./canonical-json";
import { containerFormFromWire } from "./from-wire";
import type { VersionForm } from "./schema";

// Does an existing version hold exactly what this submission would create? Both sides go through
// the same reader and builder, so equivalent spellings (ProbeContent as a string, headers in the
// other published shape, hooks in exec-JSON form) compare equal.



export function sameVersionContent(
  values: VersionForm,
  existing: { name: string; remarks?: string; containers: unknown[] },
): boolean {
  const mine = buildReadableRequest(values);
  const theirs = existing.containers.map((c) => buildWireContainer(containerFormFromWire(c)));
  return (
    mine.Name === existing.name &&
    (mine.Remarks ?? "") === (existing.remarks ?? "") &&
    canonicalJson(mine.Containers) === canonicalJson(theirs)
  );
}
