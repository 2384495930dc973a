import { z } from "zod";

import { msg } from "@/lib/i18n/message-ref";

import { productionPlanSchema, type ProductionPlanInput } from "./production-plan";
import { isTimeZone, zonedToUtc } from "./zoned-time";

// The Publish to production form: the plan's fields, with the scheduled start as the person types
// it (wall-clock time in their time zone). It parses into the plan the server parses again.

/** The form's schema; `now` decides what "in the future" means (tests pass a fixed clock). */
export function productionPlanFormSchema(now: () => number = Date.now) {
  return z
    .object({
      scheduled: z.boolean(),
      startLocal: z.string(),
      timeZone: z.string(),
    })
    .loose()
    .transform((values, ctx) => {
      const { scheduled, startLocal, timeZone, ...rest } = values;
      let startTime = "";
      if (scheduled) {
        const utc = isTimeZone(timeZone) ? zonedToUtc(startLocal, timeZone) : null;
        if (!utc) {
          ctx.addIssue({
            code: "custom",
            path: ["startLocal"],
            message: msg("release.plan.startRequired"),
          });
          return z.NEVER;
        }
        if (Date.parse(utc) <= now()) {
          ctx.addIssue({
            code: "custom",
            path: ["startLocal"],
            message: msg("release.plan.startInPast"),
          });
          return z.NEVER;
        }
        startTime = utc;
      }
      // The fields of the mode not chosen are hidden: they must not block the plan, and are not sent.
      const target: Partial<ProductionPlanInput> =
        rest.by === "region" ? { percentage: 100 } : { regions: [], fullRelease: false };
      return { ...rest, ...target, startTime };
    })
    .pipe(productionPlanSchema);
}
