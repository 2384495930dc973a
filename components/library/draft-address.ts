import { useMemo } from "react";

import type { DraftAddress } from "@/lib/library/draft-types";
import type { DraftBase } from "@/lib/version/draft-reader";

/**
 * The server address of the editor's draft, and the base its browser copy is stored under: the
 * start's own for the draft itself, one of its own for a copy (so the two never overwrite each
 * other in localStorage).
 */
export function useDraftAddress(appId: string, base: DraftBase, copy: number) {
  return useMemo(() => {
    const address: DraftAddress = { appId, base, copy };
    const localBase: DraftBase =
      copy === 0
        ? base
        : { versionId: `${base?.versionId ?? "blank"}~copy-${copy}`, label: `${base?.label ?? "a blank form"} (copy ${copy})` };
    return { address, localBase };
  }, [appId, base, copy]);
}
