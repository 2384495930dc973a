import { previewTexts } from "@/components/version-editor/preview-views";
import { buildCreateVersionParams, buildReadableRequest } from "@/lib/version/build-params";
import { maskSecretEnv } from "@/lib/version/mask-secrets";
import type { VersionForm } from "@/lib/version/schema";
import { buildCliCommand, buildTypeScriptSnippet } from "@/lib/version/snippets";
import { bigVersion, timeSync } from "./fixtures";

// What the live preview computes per update, in Node: the builder plus JSON rendering; the panel's
// work as shipped (components/version-editor/preview-views.ts: the Request tab on screen, the
// fixture has no secret-looking env values); and, for comparison, every view rendered twice (real
// and masked), which is what the panel did before it rendered only the tab on screen.

const json = (v: unknown) => JSON.stringify(v, null, 2);

function allViews(values: VersionForm) {
  const params = buildCreateVersionParams(values);
  return [
    json(buildReadableRequest(values)),
    json(params),
    buildCliCommand(params),
    buildTypeScriptSnippet(params),
  ];
}

type Timing = { iterations: number; usPerCall: number; opsPerSec: number };
export type PreviewNodeResult = Record<"params" | "paramsAndJson" | "panel" | "allViews", Timing>;

export function measurePreviewInNode(containers = 30): PreviewNodeResult {
  const values = bigVersion(containers);
  let sink = 0;
  const params = timeSync(() => (sink += buildCreateVersionParams(values).Containers.length));
  const paramsAndJson = timeSync(
    () =>
      (sink +=
        json(buildCreateVersionParams(values)).length + json(buildReadableRequest(values)).length),
  );
  const panel = timeSync(() => (sink += previewTexts("readable", values, false).display.length));
  const all = timeSync(
    () => (sink += allViews(values).length + allViews(maskSecretEnv(values)).length),
  );
  if (sink === 0) throw new Error("unreachable: keeps the work from being optimised away");
  return { params, paramsAndJson, panel, allViews: all };
}
