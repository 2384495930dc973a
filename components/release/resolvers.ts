// First: zod without its eval probe, which the page CSP reports (lib/version/zod-config.ts).
import "@/lib/version/zod-config";
import { zodResolver } from "@hookform/resolvers/zod";
import type { Resolver } from "react-hook-form";
import { fourEyesInputSchema, type FourEyesFormValues } from "@/lib/release/four-eyes-setting";
import type { ProductionPlan } from "@/lib/release/production-plan";
import { productionPlanFormSchema } from "@/lib/release/production-plan-form";
import type { ProductionPlanFormValues } from "@/lib/release/production-plan-values";
import { deleteVersionInputSchema, rollbackInputSchema } from "@/lib/release/release-inputs";

// The release forms' resolvers, loaded on demand (components/forms/lazy-resolver.ts).

export const deleteVersionResolver = zodResolver(deleteVersionInputSchema);
export const rollbackResolver = zodResolver(rollbackInputSchema);
export const fourEyesResolver = zodResolver(fourEyesInputSchema) as unknown as Resolver<FourEyesFormValues>;
// "In the future" is judged at each validation (the schema reads the clock when it runs).
export const productionPlanResolver = zodResolver(productionPlanFormSchema()) as unknown as Resolver<
  ProductionPlanFormValues,
  unknown,
  ProductionPlan
>;
