import { z } from "zod";

import { appPatternProblem } from "@/lib/access/app-pattern";
import { LIMITS } from "@/lib/version/constants";
import { containerFormSchema } from "@/lib/version/schema";

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
      .string({ error: "Give the template a name." })
      .trim()
      .min(1, "Give the template a name, such as web service with probe.")
      .max(TEMPLATE_LIMITS.name, `Shorten the name to at most ${TEMPLATE_LIMITS.name} characters.`),
    description: z
      .string({ error: "The description must be text." })
      .max(
        TEMPLATE_LIMITS.description,
        `Shorten the description to at most ${TEMPLATE_LIMITS.description} characters.`,
      )
      .default(""),
    scope: z.enum(TEMPLATE_SCOPES, {
      error: "Choose who the template is for: personal, app-pattern or everyone.",
    }),
    appPattern: z.string().nullish(),
    kind: z.enum(TEMPLATE_KINDS, { error: "A template holds a container or a whole version." }),
    containers: z
      .array(containerFormSchema, { error: "A template holds a list of containers." })
      .min(1, "A template holds at least one container.")
      .max(LIMITS.containers.max, `A template holds at most ${LIMITS.containers.max} containers.`),
  })
  .strict()
  .superRefine(
    (value, ctx) => {
      if (value.scope === "app-pattern") {
        const problem = !value.appPattern
          ? "Enter the apps it is for, such as shop-*."
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
          message:
            "A container template holds exactly one container; save several as a version template.",
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
