import type { FourEyesSetting } from "./four-eyes-setting";
import { msg } from "@/lib/i18n/message-ref";

// The four-eyes setting in words. Its own module, without zod: the /admin page's editor imports it.

/** What the setting means, as a message reference (lib/i18n/message-ref.ts). */
export function describeFourEyes(setting: FourEyesSetting): string {
  if (setting.mode === "off") return msg("approvals.fourEyes.off");
  if (setting.appPattern === "*") return msg("approvals.fourEyes.everyApp");
  return msg("approvals.fourEyes.pattern", { pattern: setting.appPattern });
}
