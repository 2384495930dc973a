import { SECRET_NAME_PATTERN } from "./constants";
import type { VersionForm } from "./schema";

export const MASK = "••••••";

export const looksSecret = (key: string) => SECRET_NAME_PATTERN.test(key);

/** A display copy with secret-looking env values replaced. Copy and submit use the real values. */
export function maskSecretEnv(values: VersionForm): VersionForm {
  return {
    ...values,
    containers: values.containers.map((c) => ({
      ...c,
      env: c.env.map((e) => (looksSecret(e.key) && e.value !== "" ? { ...e, value: MASK } : e)),
    })),
  };
}
