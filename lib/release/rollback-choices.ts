import type { ReleaseState } from "./release-state";
import type { RollbackTarget } from "./rollback-targets-types";

/**
 * The versions the rollback form offers, and the one chosen first: never the version production
 * is releasing now (ESA refuses it); this page's version when it qualifies, else the baseline.
 */
export function rollbackChoices(
  all: RollbackTarget[],
  state: ReleaseState | undefined,
  versionId: string,
): { targets: RollbackTarget[]; defaultTarget: string } {
  const prod = state?.production;
  const releasing =
    prod && (prod.publishStatus === "publishing" || prod.publishStatus === "published")
      ? prod.publishingVersionId
      : "";
  const targets = all.filter((t) => t.versionId !== releasing);
  const has = (id: string) => id !== "" && targets.some((t) => t.versionId === id);
  const baseline = prod?.baselineVersionId ?? "";
  const defaultTarget = has(versionId)
    ? versionId
    : has(baseline)
      ? baseline
      : (targets[0]?.versionId ?? "");
  return { targets, defaultTarget };
}
