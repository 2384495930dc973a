import "@/lib/version/zod-config";
import { msg } from "@/lib/i18n/message-ref";

import { z } from "zod";


// The release actions' inputs, defined once: the browser forms (zodResolver) and the server
// actions both judge them with these schemas, so a bound is never restated in a component.

const ID = /^[A-Za-z0-9._-]{1,128}$/;

const versionId = z
  .string({ error: msg("release.input.chooseVersion") })
  .regex(ID, { error: msg("release.input.notAVersionId") });

export const publishStagingInputSchema = z.strictObject({ versionId });
export type PublishStagingInput = z.infer<typeof publishStagingInputSchema>;

const WHOLE_PERCENTAGE = msg("release.input.wholePercentage");

export const ROLLBACK_MODES = ["all", "percentage"] as const;

export const rollbackInputSchema = z
  .strictObject({
    /** The version traffic goes back to. */
    versionId,
    mode: z.enum(ROLLBACK_MODES, { error: msg("release.input.chooseMode") }),
    /** With mode "percentage": the share of traffic to move back, 1-100. */
    percentage: z.number({ error: WHOLE_PERCENTAGE }).optional(),
    remarks: z
      .string()
      .max(500, { error: msg("release.input.remarksTooLong", { max: 500 }) })
      .optional(),
  })
  .superRefine((value, ctx) => {
    if (value.mode !== "percentage") return;
    const p = value.percentage;
    if (p === undefined || !Number.isInteger(p) || p < 1 || p > 100)
      ctx.addIssue({
        code: "custom",
        path: ["percentage"],
        message: WHOLE_PERCENTAGE,
      });
  });
export type RollbackInput = z.infer<typeof rollbackInputSchema>;

export const deleteVersionInputSchema = z.strictObject({
  versionId,
  /** The version's name, typed by the person as confirmation. */
  confirmName: z.string({ error: msg("release.input.confirmName") }).max(256),
});
export type DeleteVersionInput = z.infer<typeof deleteVersionInputSchema>;

/** The typed confirmation matches the name (or, for a version without one, its ID). */
export function confirmsName(typed: string, name: string, versionId: string): boolean {
  return typed.trim() === (name || versionId);
}
