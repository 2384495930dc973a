import { buildCreateVersionParams, buildReadableRequest } from "@/lib/version/build-params";
import { looksSecret, maskSecretEnv } from "@/lib/version/mask-secrets";
import type { VersionForm } from "@/lib/version/schema";
import { buildCliCommand, buildTypeScriptSnippet } from "@/lib/version/snippets";

// The preview's text for one tab, from the same builder the server action uses. Only the tab on
// screen is rendered: with 30 containers, building all four views twice (real and masked) on every
// deferred update cost about eight times the work of the one view a person sees.

export type PreviewView = "readable" | "wire" | "cli" | "typescript";

const json = (v: unknown) => JSON.stringify(v, null, 2);

export function renderPreviewView(view: PreviewView, values: VersionForm): string {
  if (view === "readable") return json(buildReadableRequest(values));
  const params = buildCreateVersionParams(values);
  if (view === "wire") return json(params);
  return view === "cli" ? buildCliCommand(params) : buildTypeScriptSnippet(params);
}

/** Whether masking would change anything: most versions have no secret-looking env value. */
export function hasSecretEnv(values: VersionForm): boolean {
  return values.containers.some((c) => c.env.some((e) => looksSecret(e.key) && e.value !== ""));
}

/** What the panel shows and what its copy button copies, for the tab on screen. */
export function previewTexts(
  view: PreviewView,
  values: VersionForm,
  reveal: boolean,
): { display: string; copy: string } {
  const copy = renderPreviewView(view, values);
  const display =
    reveal || !hasSecretEnv(values) ? copy : renderPreviewView(view, maskSecretEnv(values));
  return { display, copy };
}

/**
 * The wire view's `Containers`, which travels as one long line of JSON: indented and wrapped for
 * reading on screen, while copying gives the exact string that is sent.
 */
export function wireContainersTexts(values: VersionForm, reveal: boolean): { display: string; copy: string } {
  const copy = buildCreateVersionParams(values).Containers;
  const shown = reveal || !hasSecretEnv(values) ? copy : buildCreateVersionParams(maskSecretEnv(values)).Containers;
  return { display: json(JSON.parse(shown)), copy };
}
