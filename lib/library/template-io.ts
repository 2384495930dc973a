import { z } from "zod";

import { templateInputSchema } from "./template-input";
import { TEMPLATE_FILE_FORMAT, TEMPLATE_FILE_VERSION } from "./template-export";
import { msg } from "@/lib/i18n/message-ref";

// Templates as a JSON file, for sharing between installations. Export writes what a template is
// made of (never who owns it or its history); import takes such a file only when every template
// in it is valid, and otherwise names each problem by template and field.

const FILE_VERSION = TEMPLATE_FILE_VERSION;
const MAX_FILE_CHARS = 5_000_000;
const MAX_TEMPLATES = 200;

export interface TemplateFileProblem {
  where: string;
  message: string;
}

const fileShape = z.object({
  format: z.literal(TEMPLATE_FILE_FORMAT, {
    error: msg("library.file.notTemplateFile", { format: TEMPLATE_FILE_FORMAT }),
  }),
  version: z.literal(FILE_VERSION, {
    error: msg("library.file.wrongVersion", { version: FILE_VERSION }),
  }),
  templates: z
    .array(z.unknown(), { error: msg("library.file.templatesNotList") })
    .min(1, msg("library.file.noTemplates"))
    .max(MAX_TEMPLATES, msg("library.file.tooManyTemplates", { max: MAX_TEMPLATES })),
});

const pathText = (path: readonly PropertyKey[]) =>
  path
    .map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`))
    .join("")
    .replace(/^\./, "");

export type TemplateFileRead =
  { ok: true; templates: unknown[] } | { ok: false; problems: TemplateFileProblem[] };

/** Reads a template file; each template is then judged by the same rules as a saved one. */
export function readTemplateFile(text: string): TemplateFileRead {
  if (text.length > MAX_FILE_CHARS)
    return { ok: false, problems: [{ where: "file", message: msg("library.file.tooLarge") }] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof SyntaxError ? error.message : msg("library.file.unreadable");
    return {
      ok: false,
      problems: [{ where: "file", message: msg("library.file.notJson", { reason }) }],
    };
  }
  const shape = fileShape.safeParse(parsed);
  if (!shape.success) {
    return {
      ok: false,
      problems: shape.error.issues.map((i) => ({
        where: pathText(i.path) || "file",
        message: i.message,
      })),
    };
  }
  const problems: TemplateFileProblem[] = [];
  shape.data.templates.forEach((item, index) => {
    const result = templateInputSchema.safeParse(item);
    if (result.success) return;
    const name =
      typeof item === "object" &&
      item !== null &&
      typeof (item as { name?: unknown }).name === "string"
        ? ` ("${(item as { name: string }).name.slice(0, 60)}")`
        : "";
    for (const issue of result.error.issues.slice(0, 20)) {
      const field = pathText(issue.path);
      problems.push({
        where: `templates[${index}]${name}${field ? ` ${field}` : ""}`,
        message: issue.message,
      });
    }
  });
  return problems.length > 0
    ? { ok: false, problems }
    : { ok: true, templates: shape.data.templates };
}
