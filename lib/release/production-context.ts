import "server-only";

import { getVersion } from "@/lib/esa/operations";
import { getAppStatus } from "@/lib/esa/release-operations";
import { describeStatus } from "@/lib/esa/release-reconcile";
import type { EsaAppStatus } from "@/lib/esa/release-types";
import type { EsaVersion } from "@/lib/esa/types";
import { containerFormFromWire } from "@/lib/version/from-wire";
import type { VersionForm } from "@/lib/version/schema";
import { diffVersions } from "@/lib/version/version-diff";

import { isRaise, productionBaseVersion, raiseFloor } from "./production-base";
import type { ProductionContext } from "./production-context-types";

// The review before a production publish: the field-level diff between the version being released
// and what production runs now (the editor review's diffVersions), read from ESA.

function formOf(appId: string, version: EsaVersion): VersionForm {
  return {
    appId,
    name: version.name,
    remarks: version.remarks ?? "",
    containers: version.containers.map(containerFormFromWire),
  };
}

const labelOf = (version: EsaVersion) => `${version.name} (${version.versionId})`;

export async function loadProductionContext(
  appId: string,
  versionId: string,
): Promise<{ context: ProductionContext; status: EsaAppStatus }> {
  const [{ status }, { version }] = await Promise.all([
    getAppStatus(appId, "prod"),
    getVersion(appId, versionId),
  ]);
  const baseVersionId = productionBaseVersion(status, versionId);
  const base = baseVersionId ? (await getVersion(appId, baseVersionId)).version : null;
  const raise = isRaise(status, versionId);
  return {
    status,
    context: {
      kind: raise ? "raise" : "publish",
      productionSummary: describeStatus(status),
      baseVersionId,
      baseLabel: base ? labelOf(base) : "",
      versionLabel: labelOf(version),
      ...(raise ? { currentPercentage: raiseFloor(status) } : {}),
      diff: base ? diffVersions(formOf(appId, base), formOf(appId, version)) : null,
    },
  };
}
