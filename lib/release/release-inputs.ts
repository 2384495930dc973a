import "@/lib/version/zod-config";

import { z } from "zod";

// The release actions' inputs, defined once: the browser forms (zodResolver) and the server
// actions both judge them with these schemas, so a bound is never restated in a component.

const ID = /^[A-Za-z0-9._-]{1,128}$/;

const versionId = z
  .string({ error: "Choose a version." })
  .regex(ID, { error: "Choose a version from the list: this is not a version ID." });

export const publishStagingInputSchema = z.strictObject({ versionId });
export type PublishStagingInput = z.infer<typeof publishStagingInputSchema>;

export const ROLLBACK_MODES = ["all", "percentage"] as const;

export const rollbackInputSchema = z
  .strictObject({
    /** The version traffic goes back to. */
    versionId,
    mode: z.enum(ROLLBACK_MODES, { error: "Choose all at once or by percentage." }),
    /** With mode "percentage": the share of traffic to move back, 1-100. */
    percentage: z.number({ error: "Enter a whole number from 1 to 100." }).optional(),
    remarks: z.string().max(500, { error: "Remarks are at most 500 characters." }).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.mode !== "percentage") return;
    const p = value.percentage;
    if (p === undefined || !Number.isInteger(p) || p < 1 || p > 100)
      ctx.addIssue({
        code: "custom",
        path: ["percentage"],
        message: "Enter a whole number from 1 to 100.",
      });
  });
export type RollbackInput = z.infer<typeof rollbackInputSchema>;

export const deleteVersionInputSchema = z.strictObject({
  versionId,
  /** The version's name, typed by the person as confirmation. */
  confirmName: z.string({ error: "Type the version's name to confirm." }).max(256),
});
export type DeleteVersionInput = z.infer<typeof deleteVersionInputSchema>;

/** The typed confirmation matches the name (or, for a version without one, its ID). */
export function confirmsName(typed: string, name: string, versionId: string): boolean {
  return typed.trim() === (name || versionId);
}
