// What the logger never writes. Two nets: known field names are censored wherever pino finds them
// (paths), and the values of environment variables whose names look secret are replaced in every
// finished line, so a secret that slipped into a message or an unexpected field is caught too.

export const REDACTED = "[Redacted]";

const SECRET_KEYS = [
  "accessKeySecret",
  "AccessKeySecret",
  "accessKeyId",
  "AccessKeyId",
  "securityToken",
  "SecurityToken",
  "sessionToken",
  "token",
  "password",
  "newPassword",
  "currentPassword",
  "secret",
  "clientSecret",
  "authorization",
  "cookie",
  "set-cookie",
];

/** pino `redact.paths`: each key at the top level and up to two levels down. */
export const REDACT_PATHS = SECRET_KEYS.flatMap((key) => {
  const k = /^[A-Za-z_$][\w$]*$/.test(key) ? key : `["${key}"]`;
  const dotted = k.startsWith("[") ? k : `.${k}`;
  return [k.startsWith("[") ? k : key, `*${dotted}`, `*.*${dotted}`];
});

/** Names of variables whose value is a secret: AccessKey secrets, passwords, tokens, keys. */
const SECRET_NAME = /SECRET|PASSWORD|PASSWD|TOKEN|PRIVATE|CREDENTIAL|ENCRYPTION_KEY|DATABASE_URL/i;

/** Shorter values are too likely to occur by chance (and too weak to be real secrets). */
const MIN_SECRET_LENGTH = 8;

export function secretValuesOf(env: Readonly<Record<string, string | undefined>>): string[] {
  const values = Object.entries(env)
    .filter(([name, value]) => SECRET_NAME.test(name) && value && value.length >= MIN_SECRET_LENGTH)
    .map(([, value]) => value as string);
  // A password inside a DATABASE_URL is a secret of its own.
  for (const [name, value] of Object.entries(env)) {
    if (!value || !/URL$/.test(name)) continue;
    try {
      const password = decodeURIComponent(new URL(value).password);
      if (password.length >= 4) values.push(password);
    } catch {
      // not a URL: nothing to extract
    }
  }
  // Longest first, so a secret that contains another is replaced whole.
  return [...new Set(values)].sort((a, b) => b.length - a.length);
}

/** Replaces every secret value in a finished log line (and its JSON-escaped form). */
export function scrubLine(line: string, secrets: readonly string[]): string {
  let out = line;
  for (const secret of secrets) {
    for (const form of [secret, JSON.stringify(secret).slice(1, -1)]) {
      if (out.includes(form)) out = out.split(form).join(REDACTED);
    }
  }
  return out;
}
