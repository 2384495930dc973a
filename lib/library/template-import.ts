import "server-only";

import { randomUUID } from "node:crypto";

import { insertTemplate, type TemplateContent } from "@/lib/db/template-store";
import { actionFailure, type ActionFailure } from "@/lib/submit/results";
import { msg } from "@/lib/i18n/message-ref";

import type { LibraryContext } from "./library-context";
import { strippedSecretsMessage } from "./secret-stripping";
import { templateRefusal } from "./template-access";
import { readTemplateFile, type TemplateFileProblem } from "./template-io";
import { readTemplateInput } from "./templates";

export type TemplateImportResult =
  | { ok: true; imported: string[]; secretsNotice: string | null }
  | (ActionFailure & { problems?: TemplateFileProblem[] });

const invalid = (problems: TemplateFileProblem[]) => ({
  ...actionFailure(
    "ValidationFailed",
    msg("library.import.nothingImported", { count: problems.length }),
  ),
  problems,
});

/** Imports every template of a file, or none: each is validated and checked for its scope first. */
export async function importTemplates(
  ctx: LibraryContext,
  text: unknown,
): Promise<TemplateImportResult> {
  if (typeof text !== "string")
    return invalid([{ where: "file", message: msg("library.import.chooseFile") }]);
  const read = readTemplateFile(text);
  if (!read.ok) return invalid(read.problems);
  const apps = await ctx.apps();
  const contents: TemplateContent[] = [];
  const problems: TemplateFileProblem[] = [];
  read.templates.forEach((item, index) => {
    const input = readTemplateInput(item);
    if (!input.ok) {
      problems.push({ where: `templates[${index}]`, message: input.message });
      return;
    }
    const refusal = templateRefusal(
      ctx.person,
      { ...input.content, ownerId: ctx.person.userId },
      "create",
      apps,
    );
    if (refusal)
      problems.push({
        where: `templates[${index}] ("${input.content.name}") scope`,
        message: refusal,
      });
    contents.push(input.content);
  });
  if (problems.length > 0) return invalid(problems);
  const by = { id: ctx.person.userId, name: ctx.person.name };
  for (const content of contents)
    await insertTemplate(ctx.db, randomUUID(), content, by, "imported");
  return {
    ok: true,
    imported: contents.map((c) => c.name),
    secretsNotice: strippedSecretsMessage(contents.flatMap((c) => c.strippedSecrets)),
  };
}
