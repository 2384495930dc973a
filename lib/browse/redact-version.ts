import type { EsaVersion } from "@/lib/esa/types";

import { maskContainerSecrets } from "./mask-container";

// What a version looks like when it leaves the server: secret-looking env and probe header values
// replaced. Pages and route handlers send only this; the real values reach a browser only through
// the audited reveal action (app/apps/[appId]/versions/[versionId]/reveal-action.ts).

export function redactVersion(version: EsaVersion): EsaVersion {
  return { ...version, containers: maskContainerSecrets(version.containers) };
}
