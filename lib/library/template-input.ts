import { z } from "zod";

import { appPatternProblem } from "@/lib/access/app-pattern";
import { LIMITS } from "@/lib/version/constants";
import { containerFormSchema } from "@/lib/version/schema";
import { msg } from "@/lib/i18n/message-ref";

// What a template is made of, as received from a form or an imported file: judged here once,
// on the server, by the same container rules as a version's (a template is a valid container).

export const TEMPLATE_SCOPES = ["personal", "app-pattern", "everyone"] as const;
export type TemplateScope = (typeof TEMPLATE_SCOPES)[number];

export const TEMPLATE_KINDS = ["container", "version"] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

export const TEMPLATE_LIMITS = { name: 100, description: 1000 } as const;

export const templateInputSchema = z
  .object({
    name: z
      .string({ error: msg("library.input.nameMissing") })
      .trim()
      .min(1, msg("library.input.nameEmpty"))
      .max(TEMPLATE_LIMITS.name, msg("library.input.nameTooLong", { max: TEMPLATE_LIMITS.name })),
    description: z
      .string({ error: msg("library.input.descriptionNotText") })
      .max(TEMPLATE_LIMITS.description, msg("library.input.descriptionTooLong", { max: TEMPLATE_LIMITS.description }))
      .default(""),
    scope: z.enum(TEMPLATE_SCOPES, {
      error: msg("library.input.scope"),
    }),
    appPattern: z.string().nullish(),
    kind: z.enum(TEMPLATE_KINDS, { error: msg("library.input.kind") }),
    containers: z
      .array(containerFormSchema, { error: msg("library.input.containersNotList") })
      .min(1, msg("library.input.containersEmpty"))
      .max(LIMITS.containers.max, msg("library.input.containersTooMany", { max: LIMITS.containers.max })),
  })
  .strict()
  .superRefine(
    (value, ctx) => {
      if (value.scope === "app-pattern") {
        const problem = !value.appPattern
          ? msg("library.input.appPatternMissing")
          : appPatternProblem(value.appPattern);
        if (problem) ctx.addIssue({ code: "custom", path: ["appPattern"], message: problem });
      }
      if (
        value.kind === "container" &&
        Array.isArray(value.containers) &&
        value.containers.length !== 1
      ) {
        ctx.addIssue({
          code: "custom",
          path: ["containers"],
          message: msg("library.input.containerKindOne"),
        });
      }
    },
    // Also when other fields failed, so that every problem is named at once.
    { when: () => true },
  )
  .transform((value) => ({
    ...value,
    appPattern: value.scope === "app-pattern" ? (value.appPattern ?? null) : null,
  }));

export type TemplateInput = z.output<typeof templateInputSchema>;
