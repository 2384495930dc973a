import { buildCreateVersionParams, buildReadableRequest } from "@/lib/version/build-params";
import { maskSecretEnv } from "@/lib/version/mask-secrets";
import type { VersionForm } from "@/lib/version/schema";
import { buildCliCommand, buildTypeScriptSnippet } from "@/lib/version/snippets";
import { bigVersion, timeSync } from "./fixtures";

// What the live preview computes per update, in Node: the builder plus JSON rendering, and the
// preview panel's whole work (components/version-editor/preview-panel.tsx renders four views, once
// with real and once with masked values).

const json = (v: unknown) => JSON.stringify(v, null, 2);

function views(values: VersionForm) {
  const params = buildCreateVersionParams(values);
  return [json(buildReadableRequest(values)), json(params), buildCliCommand(params), buildTypeScriptSnippet(params)];
}

export type PreviewNodeResult = Record<"params" | "paramsAndJson" | "panel", { iterations: number; usPerCall: number; opsPerSec: number }>;

export function measurePreviewInNode(containers = 30): PreviewNodeResult {
  const values = bigVersion(containers);
  let sink = 0;
  const params = timeSync(() => (sink += buildCreateVersionParams(values).Containers.length));
  const paramsAndJson = timeSync(() => (sink += json(buildCreateVersionParams(values)).length + json(buildReadableRequest(values)).length));
  const panel = timeSync(() => (sink += views(values).length + views(maskSecretEnv(values)).length));
  if (sink === 0) throw new Error("unreachable: keeps the work from being optimised away");
  return { params, paramsAndJson, panel };
}
