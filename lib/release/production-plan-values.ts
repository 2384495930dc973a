import { msg } from "@/lib/i18n/message-ref";
import type { ProductionPlan, ProductionPlanInput } from "./production-plan";

// A production plan's parts the browser shows before any validation: the form's values and where
// they start, the percentage choices, the plan in words. Apart from the schema
// (production-plan.ts, production-plan-form.ts) so release pages' first-load JavaScript carries no
// zod.

export const PERCENTAGE_CHOICES = [1, 5, 25, 50, 100] as const;

export interface ProductionPlanFormValues extends Omit<ProductionPlanInput, "startTime"> {
  scheduled: boolean;
  /** `yyyy-MM-ddTHH:mm` in `timeZone` (an <input type="datetime-local">). */
  startLocal: string;
  timeZone: string;
}

export function defaultPlanFormValues(
  versionId: string,
  timeZone: string,
): ProductionPlanFormValues {
  return {
    versionId,
    by: "percentage",
    percentage: 10,
    regions: [],
    fullRelease: false,
    scheduled: false,
    startLocal: "",
    timeZone,
    remarks: "",
    note: "",
  };
}

/** What the plan asks ESA for ("10% of traffic", "regions jiangsu, zhejiang"), as a message
 * reference (lib/i18n/message-ref.ts). */
export function describeTarget(
  plan: Pick<ProductionPlan, "by" | "percentage" | "regions" | "fullRelease">,
): string {
  if (plan.by === "percentage") return msg("release.target.percentage", { share: plan.percentage / 100 });
  if (plan.fullRelease) return msg("release.target.everyRegion");
  return msg("release.target.regions", { regions: plan.regions.join(", ") });
}
