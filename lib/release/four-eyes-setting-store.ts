import "server-only";

import { fieldErrorsFrom } from "@/lib/admin/form-schemas";
import { adminFailure, type AdminResult } from "@/lib/admin/results";
import { readSetting, writeSetting } from "@/lib/db/access-store";
import type { Db } from "@/lib/db/types";
import { msg } from "@/lib/i18n/message-ref";

import {
  FOUR_EYES_SETTING_KEY,
  fourEyesFromStored,
  fourEyesInputSchema,
  type FourEyesSetting,
} from "./four-eyes-setting";

// The administrator's four-eyes pattern in the settings table (default: every app).

export async function readFourEyesSetting(db: Db): Promise<FourEyesSetting> {
  return fourEyesFromStored(await readSetting(db, FOUR_EYES_SETTING_KEY));
}

export async function saveFourEyesSetting(
  db: Db,
  actorUserId: string,
  input: unknown,
): Promise<AdminResult<{ fourEyes: FourEyesSetting }>> {
  const parsed = fourEyesInputSchema.safeParse(input);
  if (!parsed.success)
    return adminFailure(
      "ValidationFailed",
      msg("release.checkFields"),
      fieldErrorsFrom(parsed.error),
    );
  const value: FourEyesSetting =
    parsed.data.mode === "off"
      ? { mode: "off" }
      : { mode: "pattern", appPattern: parsed.data.appPattern };
  await writeSetting(db, FOUR_EYES_SETTING_KEY, value, actorUserId);
  return { ok: true, fourEyes: value };
}
