import { z } from "zod";
import { HTTP_SCHEMES, LIMITS, PROBE_TIMING, type ProbeTimingField } from "./constants";

// Single-value rules, each with a message that says what is wrong and how to fix it. The version
// schema composes them; the env text parser and the import reader reuse them, so no bound is
// written twice.

const CONTROL = /[\u0000-\u001f\u007f]/;
const CONTROL_EXCEPT_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const WHITESPACE = /\s/;
// Half of a surrogate pair, which no keyboard produces. Name and Remarks travel as raw form fields,
// and Node's form encoder throws on a lone surrogate at the end of a string and silently merges
// one with the next character elsewhere: the service would store a different name than was checked.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

export const appIdRule = z
  .string()
  .min(1, "Choose the application this version belongs to.")
  .refine((v) => v.length === 0 || (v.length >= LIMITS.appId.min && v.length <= LIMITS.appId.max), {
    message: `An application ID is ${LIMITS.appId.min}-${LIMITS.appId.max} characters, like app-880688675783790000. Copy it from the application list.`,
  })
  .regex(
    /^[A-Za-z0-9_*-]*$/,
    "An application ID has only letters, digits and dashes, like app-880688675783790000.",
  );

export const versionNameRule = z
  .string()
  .min(
    LIMITS.versionName.min,
    `Use at least ${LIMITS.versionName.min} characters for the version name (ESA requires ${LIMITS.versionName.min}-${LIMITS.versionName.max}).`,
  )
  .max(
    LIMITS.versionName.max,
    `Shorten the version name to at most ${LIMITS.versionName.max} characters.`,
  )
  .refine((v) => v.trim() === v, "Remove the spaces at the start or end of the version name.")
  .refine(
    (v) => !CONTROL.test(v),
    "The version name contains a control character (such as a tab or line break). Remove it.",
  )
  .refine(
    (v) => !LONE_SURROGATE.test(v),
    "The version name contains a broken character (half of an emoji or symbol). Retype it.",
  );

export const remarksRule = z
  .string()
  .max(LIMITS.remarks.max, `Shorten the remarks to at most ${LIMITS.remarks.max} characters.`)
  .refine(
    (v) => !CONTROL_EXCEPT_LINES.test(v),
    "The remarks contain a control character. Remove it (line breaks are fine).",
  )
  .refine(
    (v) => !LONE_SURROGATE.test(v),
    "The remarks contain a broken character (half of an emoji or symbol). Retype it.",
  );

export const containerNameRule = z
  .string()
  .min(1, "Give the container a name, such as web or sidecar.")
  .max(
    LIMITS.containerName.max,
    `Shorten the container name to at most ${LIMITS.containerName.max} characters.`,
  )
  .regex(
    /^$|^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/,
    "Use lowercase letters, digits and dashes for the container name, starting and ending with a letter or digit (for example api-server).",
  );

export const imageRule = z
  .string()
  .min(
    1,
    "Enter the image to run, such as nginx:1.25 or registry.cn-hangzhou.aliyuncs.com/team/app:1.0.",
  )
  .max(LIMITS.image.max, `Shorten the image reference to at most ${LIMITS.image.max} characters.`)
  .refine(
    (v) => !v.includes("@"),
    'ESA refuses "@" in an image: reference the image by tag (repo:tag) instead of by digest (repo@sha256:…).',
  )
  .refine((v) => !WHITESPACE.test(v), "Remove the spaces from the image reference.")
  .refine((v) => !CONTROL.test(v), "The image reference contains a control character. Retype it.");

/** Command, Args, PostStart, PreStop: space-separated strings on the wire. */
export const commandLineRule = (what: string) =>
  z
    .string()
    .max(
      LIMITS.commandLine.max,
      `Shorten the ${what} to at most ${LIMITS.commandLine.max} characters.`,
    )
    // A boolean, not `ok || "message"`: zod treats any truthy return as a pass.
    .refine(
      (v) => !CONTROL.test(v),
      `The ${what} contains a control character (such as a tab or line break). Separate arguments with spaces.`,
    );

export const acrFieldRule = (what: string) =>
  z
    .string()
    .max(LIMITS.acrField.max, `Shorten the ${what} to at most ${LIMITS.acrField.max} characters.`)
    .refine((v) => !WHITESPACE.test(v), `Remove the spaces from the ${what}.`)
    .refine((v) => !CONTROL.test(v), `The ${what} contains a control character. Retype it.`);

export const ENV_KEY_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/;

export const envKeyRule = z
  .string()
  .min(1, "Enter the variable's name, or remove this row.")
  .max(LIMITS.env.keyMax, `Shorten the variable name to at most ${LIMITS.env.keyMax} characters.`)
  .regex(
    /^$|^[A-Za-z_][A-Za-z0-9_]*$/,
    "A variable name starts with a letter or underscore and has only letters, digits and underscores (for example LOG_LEVEL).",
  );

export const envValueRule = z
  .string()
  .max(LIMITS.env.valueMax, `Shorten the value to at most ${LIMITS.env.valueMax} characters.`)
  .refine(
    (v) => !v.includes(","),
    "A value can't contain a comma: ESA sends variables as one comma-separated list (A=1,B=2), so a comma would split this value in two.",
  )
  .refine(
    (v) => !CONTROL.test(v),
    "A value can't contain a line break or other control character: the comma-separated wire format can't carry it.",
  );

// Digits only, yet a megabyte of zeros is still a number in range: bound the length too (16, as
// the probe form's structure bounds the ports).
const MAX_NUMBER_CHARS = 16;

export const portRule = z
  .string()
  .min(1, "Enter the port to probe (1-65535).")
  .regex(/^$|^\d+$/, "Enter the port as a whole number between 1 and 65535.")
  .refine(
    (v) => !/^\d+$/.test(v) || (Number(v) >= LIMITS.port.min && Number(v) <= LIMITS.port.max),
    "Use a port between 1 and 65535.",
  );

export const probeCommandRule = z
  .string()
  .refine(
    (v) => v.trim().length > 0,
    "Enter the command the exec probe runs, such as cat /tmp/healthy.",
  )
  .pipe(commandLineRule("probe command"));

export const probePathRule = z
  .string()
  .min(1, "Enter the path to request, such as /healthz.")
  .max(LIMITS.probePath.max, `Shorten the path to at most ${LIMITS.probePath.max} characters.`)
  .refine((v) => v === "" || v.startsWith("/"), "Start the path with a slash, such as /healthz.")
  .refine(
    (v) => !WHITESPACE.test(v) && !CONTROL.test(v),
    "Remove the spaces from the path (encode a space as %20).",
  );

export const probeHostRule = z
  .string()
  .max(LIMITS.probeHost.max, `Shorten the host to at most ${LIMITS.probeHost.max} characters.`)
  .regex(
    /^$|^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$/,
    "Enter a host name such as www.example.com, without a scheme, port or path; leave it empty to use the container's address.",
  );

/** "" means not set: the service's default scheme applies and Scheme is left out of the request. */
export const schemeRule = z.union([z.enum(HTTP_SCHEMES), z.literal("")], {
  error: "Choose http or https.",
});

export const headerNameRule = z
  .string()
  .min(1, "Enter the header name, or remove this row.")
  .max(
    LIMITS.headers.nameMax,
    `Shorten the header name to at most ${LIMITS.headers.nameMax} characters.`,
  )
  .regex(
    /^$|^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/,
    "A header name has letters, digits and dashes only, such as X-Health-Check.",
  );

export const headerValueRule = z
  .string()
  .max(
    LIMITS.headers.valueMax,
    `Shorten the header value to at most ${LIMITS.headers.valueMax} characters.`,
  )
  .refine((v) => !v.includes("@"), 'ESA refuses "@" in probe headers. Remove it from the value.')
  .refine(
    (v) => !CONTROL.test(v),
    "A header value can't contain a line break or other control character.",
  );

export function timingRule(field: ProbeTimingField) {
  const { label, min, max } = PROBE_TIMING[field];
  const range = `Enter a whole number from ${min} to ${max}, or leave it empty for the service default.`;
  return z
    .string()
    .max(MAX_NUMBER_CHARS, `${label} must be between ${min} and ${max}.`)
    .regex(/^$|^\d+$/, `${label}: ${range}`)
    .refine(
      (v) => !/^\d+$/.test(v) || (Number(v) >= min && Number(v) <= max),
      `${label} must be between ${min} and ${max}.`,
    );
}
