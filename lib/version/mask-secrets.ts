import { SECRET_NAME_PATTERN } from "./constants";
import type { VersionForm } from "./schema";

export const MASK = "••••••";

export const looksSecret = (key: string) => SECRET_NAME_PATTERN.test(key);

// Probe headers: a secret-looking name as for env, or one that carries credentials by nature
// (Authorization, Cookie, X-Session-…), or a value in a credential scheme (Bearer …).
const SECRET_HEADER_NAME = /AUTH|COOKIE|SESSION|CREDENTIAL/i;
const CREDENTIAL_VALUE = /^\s*(Bearer|Basic|Digest|Token)\s/i;

export const looksSecretHeader = (name: string, value: string) =>
  value !== "" &&
  (looksSecret(name) || SECRET_HEADER_NAME.test(name) || CREDENTIAL_VALUE.test(value));

/** Whether a version holds any value the redaction would hide (env or probe headers). */
export function hasSecretValues(values: VersionForm): boolean {
  return values.containers.some(
    (c) =>
      c.env.some((e) => looksSecret(e.key) && e.value !== "") ||
      c.probe.httpGet.headers.some((h) => looksSecretHeader(h.name, h.value)),
  );
}

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
