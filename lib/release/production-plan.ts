import { z } from "zod";

// Loaded in the browser: zod without its eval probe, which the page CSP reports (see zod-config).
import "@/lib/version/zod-config";

// A production rollout plan, defined once: the browser form (through production-plan-form.ts)
// and the server actions parse with this schema. PublishEdgeContainerAppVersion with
// PublishEnv=prod takes Percentage 1-100 (PublishType=percentage) or Regions with FullRelease
// (PublishType=region), an optional StartTime in UTC `yyyy-MM-ddTHH:mm:ssZ` and Remarks
// (esa-release-facts.md, "The flow" 3). A raise to N% is the same publish of the version already
// being published, with a higher percentage.

export const PERCENTAGE_CHOICES = [1, 5, 25, 50, 100] as const;
export const REMARKS_MAX = 256; // [INF] ESA documents no limit; kept short like a commit subject.
export const NOTE_MAX = 1000;

const VERSION_ID = /^[A-Za-z0-9._-]{1,128}$/;
const REGION = /^[A-Za-z0-9_-]{1,64}$/;
export const UTC_SECOND = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

const percentage = z
  .number({ error: "Enter a percentage from 1 to 100." })
  .int({ error: "Enter a whole percentage from 1 to 100." })
  .min(1, { error: "Enter a percentage from 1 to 100." })
  .max(100, { error: "Enter a percentage from 1 to 100." });

const startTime = z
  .string()
  .refine((value) => value === "" || (UTC_SECOND.test(value) && !Number.isNaN(Date.parse(value))), {
    error: "The scheduled start must be a UTC time as yyyy-MM-ddTHH:mm:ssZ.",
  });

export const productionPlanSchema = z
  .object({
    versionId: z
      .string({ error: "Choose the version to publish." })
      .regex(VERSION_ID, { error: "Choose the version to publish." }),
    by: z.enum(["percentage", "region"], { error: "Choose by percentage or by regions." }),
    percentage,
    regions: z
      .array(z.string().regex(REGION, { error: "A region name is letters, digits, - and _." }), {
        error: "Choose regions from the list.",
      })
      .max(100, { error: "Choose at most 100 regions." }),
    fullRelease: z.boolean({ error: "Full release is on or off." }),
    /** UTC `yyyy-MM-ddTHH:mm:ssZ`, or "" for now. */
    startTime,
    remarks: z
      .string({ error: "Remarks are text." })
      .trim()
      .max(REMARKS_MAX, { error: `Use at most ${REMARKS_MAX} characters.` }),
    /** For the approver: why, what to watch. Not sent to ESA. */
    note: z
      .string({ error: "The note is text." })
      .trim()
      .max(NOTE_MAX, { error: `Use at most ${NOTE_MAX} characters.` }),
  })
  .superRefine((plan, ctx) => {
    if (plan.by === "region" && !plan.fullRelease && plan.regions.length === 0)
      ctx.addIssue({
        code: "custom",
        path: ["regions"],
        message: "Choose at least one region, or switch on full release.",
      });
    if (new Set(plan.regions).size !== plan.regions.length)
      ctx.addIssue({ code: "custom", path: ["regions"], message: "Each region once." });
  });

export type ProductionPlan = z.output<typeof productionPlanSchema>;
export type ProductionPlanInput = z.input<typeof productionPlanSchema>;

/** What the plan asks ESA for, in a sentence: "10% of traffic", "regions jiangsu, zhejiang". */
export function describeTarget(
  plan: Pick<ProductionPlan, "by" | "percentage" | "regions" | "fullRelease">,
): string {
  if (plan.by === "percentage") return `${plan.percentage}% of traffic`;
  if (plan.fullRelease) return "every region (full release)";
  return `regions ${plan.regions.join(", ")}`;
}
