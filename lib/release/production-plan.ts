import { z } from "zod";

// Loaded in the browser: zod without its eval probe, which the page CSP reports (see zod-config).
import "@/lib/version/zod-config";

import { msg } from "@/lib/i18n/message-ref";

// A production rollout plan, defined once: the browser form (through production-plan-form.ts)
// and the server actions parse with this schema. PublishEdgeContainerAppVersion with
// PublishEnv=prod takes Percentage 1-100 (PublishType=percentage) or Regions with FullRelease
// (PublishType=region), an optional StartTime in UTC `yyyy-MM-ddTHH:mm:ssZ` and Remarks
// (esa-release-facts.md, "The flow" 3). A raise to N% is the same publish of the version already
// being published, with a higher percentage.

export const REMARKS_MAX = 256; // [INF] ESA documents no limit; kept short like a commit subject.
export const NOTE_MAX = 1000;

const VERSION_ID = /^[A-Za-z0-9._-]{1,128}$/;
const REGION = /^[A-Za-z0-9_-]{1,64}$/;
export const UTC_SECOND = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

const percentage = z
  .number({ error: msg("release.plan.percentageRange") })
  .int({ error: msg("release.plan.percentageWhole") })
  .min(1, { error: msg("release.plan.percentageRange") })
  .max(100, { error: msg("release.plan.percentageRange") });

const startTime = z
  .string()
  .refine((value) => value === "" || (UTC_SECOND.test(value) && !Number.isNaN(Date.parse(value))), {
    error: msg("release.plan.startTimeFormat"),
  });

export const productionPlanSchema = z
  .object({
    versionId: z
      .string({ error: msg("release.plan.chooseVersion") })
      .regex(VERSION_ID, { error: msg("release.plan.chooseVersion") }),
    by: z.enum(["percentage", "region"], { error: msg("release.plan.chooseBy") }),
    percentage,
    regions: z
      .array(z.string().regex(REGION, { error: msg("release.plan.regionName") }), {
        error: msg("release.plan.regionsFromList"),
      })
      .max(100, { error: msg("release.plan.regionsMax", { max: 100 }) }),
    fullRelease: z.boolean({ error: msg("release.plan.fullRelease") }),
    /** UTC `yyyy-MM-ddTHH:mm:ssZ`, or "" for now. */
    startTime,
    remarks: z
      .string({ error: msg("release.plan.remarksText") })
      .trim()
      .max(REMARKS_MAX, { error: msg("release.plan.tooLong", { max: REMARKS_MAX }) }),
    /** For the approver: why, what to watch. Not sent to ESA. */
    note: z
      .string({ error: msg("release.plan.noteText") })
      .trim()
      .max(NOTE_MAX, { error: msg("release.plan.tooLong", { max: NOTE_MAX }) }),
  })
  .superRefine((plan, ctx) => {
    if (plan.by === "region" && !plan.fullRelease && plan.regions.length === 0)
      ctx.addIssue({
        code: "custom",
        path: ["regions"],
        message: msg("release.plan.regionsRequired"),
      });
    if (new Set(plan.regions).size !== plan.regions.length)
      ctx.addIssue({ code: "custom", path: ["regions"], message: msg("release.plan.regionsOnce") });
  });

export type ProductionPlan = z.output<typeof productionPlanSchema>;
export type ProductionPlanInput = z.input<typeof productionPlanSchema>;

