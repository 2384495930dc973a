import "server-only";

import { EsaError } from "@/lib/esa/errors";
import { msg } from "@/lib/i18n/message-ref";
import { getVersion, versionNamesContaining } from "@/lib/esa/operations";
import { containerFormFromWire } from "@/lib/version/from-wire";
import type { VersionForm } from "@/lib/version/schema";
import { suggestionSearchKey, suggestNextName } from "@/lib/version/suggest-name";

export type BaseVersion = { values: VersionForm; label: string; suggested: VersionForm };

/** Prefill comes from GetEdgeContainerAppVersion, never from the list, whose containers lack
 * IsACRImage, ACRImageInfo and Storage (esa-api-facts.md §4). */
/** `error`: a message reference or ESA's own text; the page puts it into words. */
export async function loadBaseVersion(appId: string, versionId: string): Promise<{ base: BaseVersion } | { error: string }> {
  try {
    const { version } = await getVersion(appId, versionId);
    const values: VersionForm = {
      appId,
      name: version.name,
      remarks: version.remarks ?? "",
      containers: version.containers.map(containerFormFromWire),
    };
    const taken = await takenNames(appId, version.name);
    return { base: { values, label: `${version.name} (${version.versionId})`, suggested: { ...values, name: suggestNextName(version.name, taken) } } };
  } catch (e) {
    return { error: e instanceof EsaError ? e.message : msg("editor.page.baseNotLoaded") };
  }
}

/** Names the suggestion must avoid. Without them it may be taken, which the create then reports
 * on the name field; that is no reason to refuse to start from the base. */
async function takenNames(appId: string, baseName: string): Promise<string[]> {
  try {
    return await versionNamesContaining(appId, suggestionSearchKey(baseName));
  } catch {
    return [];
  }
}
