import type { TemplateView } from "./template-view";

// Templates as a JSON file: the writing half (lib/library/template-io.ts reads such files). Its own
// module, without zod, so the templates page's Download button costs no validation code.

export const TEMPLATE_FILE_FORMAT = "version-studio/templates";
export const TEMPLATE_FILE_VERSION = 1;

export function exportTemplatesJson(templates: readonly TemplateView[], now = new Date()): string {
  return JSON.stringify(
    {
      format: TEMPLATE_FILE_FORMAT,
      version: TEMPLATE_FILE_VERSION,
      exportedAt: now.toISOString(),
      templates: templates.map((t) => ({
        name: t.name,
        description: t.description,
        kind: t.kind,
        scope: t.scope,
        appPattern: t.appPattern,
        containers: t.containers,
      })),
    },
    null,
    2,
  );
}
