import "server-only";

import { EsaError } from "@/lib/esa/errors";
import { getVersion } from "@/lib/esa/operations";
import { containerFormFromWire } from "@/lib/version/from-wire";
import type { VersionForm } from "@/lib/version/schema";
import { suggestNextName } from "@/lib/version/suggest-name";

export type BaseVersion = { values: VersionForm; label: string; suggested: VersionForm };

/** Prefill comes from GetEdgeContainerAppVersion, never from the list, whose containers lack
 * IsACRImage, ACRImageInfo and Storage (esa-api-facts.md §4). */
export async function loadBaseVersion(appId: string, versionId: string): Promise<{ base: BaseVersion } | { error: string }> {
  try {
    const { version } = await getVersion(appId, versionId);
    const values: VersionForm = {
      appId,
      name: version.name,
      remarks: version.remarks ?? "",
      containers: version.containers.map(containerFormFromWire),
    };
    return { base: { values, label: `${version.name} (${version.versionId})`, suggested: { ...values, name: suggestNextName(version.name) } } };
  } catch (e) {
    return { error: e instanceof EsaError ? e.message : "The base version could not be loaded." };
  }
}
