import { z } from "zod";

// Loaded in the browser: zod without its eval probe, which the page CSP reports (see zod-config).
import "@/lib/version/zod-config";

import { appMatchesPattern, type AppRef } from "@/lib/access/app-pattern";
import { appPattern } from "@/lib/admin/form-schemas";

// Which apps need a second person to approve a production publish or raise: an app pattern the
// administrator sets on /admin (default: every app), or off. Stored as the setting below; the
// form (browser) and the server parse with the same schema.

export const FOUR_EYES_SETTING_KEY = "release.fourEyes";

export const fourEyesInputSchema = z.discriminatedUnion("mode", [
  z.object({ mode: z.literal("off") }),
  z.object({ mode: z.literal("pattern"), appPattern }),
]);
export type FourEyesSetting = z.output<typeof fourEyesInputSchema>;

export interface FourEyesFormValues {
  mode: "off" | "pattern";
  appPattern: string;
}

export const DEFAULT_FOUR_EYES: FourEyesSetting = { mode: "pattern", appPattern: "*" };

/** The stored value, or the default when none (or an unreadable hand edit: stricter, not looser). */
export function fourEyesFromStored(value: unknown): FourEyesSetting {
  if (value === undefined || value === null) return DEFAULT_FOUR_EYES;
  const parsed = fourEyesInputSchema.safeParse(value);
  return parsed.success ? parsed.data : DEFAULT_FOUR_EYES;
}

export function fourEyesApplies(setting: FourEyesSetting, app: AppRef): boolean {
  return setting.mode === "pattern" && appMatchesPattern(setting.appPattern, app);
}

