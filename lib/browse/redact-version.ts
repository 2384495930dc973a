import type { EsaVersion } from "@/lib/esa/types";

import { maskContainerSecrets } from "./mask-container";

// What a version looks like when it leaves the server: secret-looking env and probe header values
// replaced. Pages and route handlers send only this; the real values reach a browser only through
// the audited reveal action (app/apps/[appId]/versions/[versionId]/reveal-action.ts).

export function redactVersion(version: EsaVersion): EsaVersion {
  return { ...version, containers: maskContainerSecrets(version.containers) };
}

/** Whether redaction hid anything, i.e. whether there is something to reveal. */
export function hasRedactedValues(version: EsaVersion): boolean {
  return JSON.stringify(redactVersion(version).containers) !== JSON.stringify(version.containers);
}
