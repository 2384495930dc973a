import { z } from "zod";
import { msg } from "@/lib/i18n/message-ref";

import { HTTP_SCHEMES, LIMITS, PROBE_TIMING, type ProbeTimingField } from "./constants";

// Single-value rules, each with a message that says what is wrong and how to fix it. The version
// schema composes them; the env text parser and the import reader reuse them, so no bound is
// written twice. Messages are references to the "validation" catalog (lib/i18n/message-ref.ts):
// the same schema runs in the browser and on the server, and each puts them into the reader's
// language. Bounds travel as values, so the catalog never repeats them.

/** "Shorten the {field} to at most {max} characters." for a field named by a catalog key. */
const tooLong = (field: string, max: number) => msg("validation.tooLong", { field, max });
/** A field named in a message: a reference to validation.fields.<name>. */
export const fieldName = (name: string) => msg(`validation.fields.${name}`);

const CONTROL = /[\u0000-\u001f\u007f]/;
const CONTROL_EXCEPT_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const WHITESPACE = /\s/;
// Half of a surrogate pair, which no keyboard produces. Name and Remarks travel as raw form fields,
// and Node's form encoder throws on a lone surrogate at the end of a string and silently merges
// one with the next character elsewhere: the service would store a different name than was checked.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

export const appIdRule = z
  .string()
  .min(1, msg("validation.appId.required"))
  .refine((v) => v.length === 0 || (v.length >= LIMITS.appId.min && v.length <= LIMITS.appId.max), {
    message: msg("validation.appId.length", { min: LIMITS.appId.min, max: LIMITS.appId.max }),
  })
  .regex(/^[A-Za-z0-9_*-]*$/, msg("validation.appId.characters"));

export const versionNameRule = z
  .string()
  .min(
    LIMITS.versionName.min,
    msg("validation.versionName.tooShort", {
      min: LIMITS.versionName.min,
      max: LIMITS.versionName.max,
    }),
  )
  .max(LIMITS.versionName.max, tooLong(fieldName("versionName"), LIMITS.versionName.max))
  .refine((v) => v.trim() === v, msg("validation.versionName.outerSpaces"))
  .refine((v) => !CONTROL.test(v), msg("validation.versionName.controlCharacter"))
  .refine((v) => !LONE_SURROGATE.test(v), msg("validation.versionName.brokenCharacter"));

export const remarksRule = z
  .string()
  .max(LIMITS.remarks.max, tooLong(fieldName("remarks"), LIMITS.remarks.max))
  .refine((v) => !CONTROL_EXCEPT_LINES.test(v), msg("validation.remarks.controlCharacter"))
  .refine((v) => !LONE_SURROGATE.test(v), msg("validation.remarks.brokenCharacter"));

export const containerNameRule = z
  .string()
  .min(1, msg("validation.containerName.required"))
  .max(LIMITS.containerName.max, tooLong(fieldName("containerName"), LIMITS.containerName.max))
  .regex(/^$|^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/, msg("validation.containerName.pattern"));

export const imageRule = z
  .string()
  .min(1, msg("validation.image.required"))
  .max(LIMITS.image.max, tooLong(fieldName("imageRef"), LIMITS.image.max))
  .refine((v) => !v.includes("@"), msg("validation.image.digest"))
  .refine((v) => !WHITESPACE.test(v), msg("validation.spaces", { field: fieldName("imageRef") }))
  .refine(
    (v) => !CONTROL.test(v),
    msg("validation.controlCharacterRetype", { field: fieldName("imageRef") }),
  );

/** Command, Args, PostStart, PreStop: space-separated strings on the wire. `what` names the
 * field in the messages: a reference such as msg("validation.fields.command"). */
export const commandLineRule = (what: string) =>
  z
    .string()
    .max(LIMITS.commandLine.max, tooLong(what, LIMITS.commandLine.max))
    // A boolean, not `ok || "message"`: zod treats any truthy return as a pass.
    .refine(
      (v) => !CONTROL.test(v),
      msg("validation.commandLine.controlCharacter", { field: what }),
    );

/** A Container Registry detail; `what` names it (a reference, msg("validation.fields.tag")). */
export const acrFieldRule = (what: string) =>
  z
    .string()
    .max(LIMITS.acrField.max, tooLong(what, LIMITS.acrField.max))
    .refine((v) => !WHITESPACE.test(v), msg("validation.spaces", { field: what }))
    .refine((v) => !CONTROL.test(v), msg("validation.controlCharacterRetype", { field: what }));

export const ENV_KEY_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/;

export const envKeyRule = z
  .string()
  .min(1, msg("validation.env.keyRequired"))
  .max(LIMITS.env.keyMax, tooLong(fieldName("variableName"), LIMITS.env.keyMax))
  .regex(/^$|^[A-Za-z_][A-Za-z0-9_]*$/, msg("validation.env.keyPattern"));

export const envValueRule = z
  .string()
  .max(LIMITS.env.valueMax, tooLong(fieldName("variableValue"), LIMITS.env.valueMax))
  .refine((v) => !v.includes(","), msg("validation.env.valueComma"))
  .refine((v) => !CONTROL.test(v), msg("validation.env.valueControlCharacter"));

// Digits only, yet a megabyte of zeros is still a number in range: bound the length too (16, as
// the probe form's structure bounds the ports).
const MAX_NUMBER_CHARS = 16;

const PORT_RANGE = { min: LIMITS.port.min, max: LIMITS.port.max };

export const portRule = z
  .string()
  .min(1, msg("validation.port.required", PORT_RANGE))
  .regex(/^$|^\d+$/, msg("validation.port.wholeNumber", PORT_RANGE))
  .refine(
    (v) => !/^\d+$/.test(v) || (Number(v) >= LIMITS.port.min && Number(v) <= LIMITS.port.max),
    msg("validation.port.range", PORT_RANGE),
  );

export const probeCommandRule = z
  .string()
  .refine((v) => v.trim().length > 0, msg("validation.probe.commandRequired"))
  .pipe(commandLineRule(fieldName("probeCommand")));

export const probePathRule = z
  .string()
  .min(1, msg("validation.probe.pathRequired"))
  .max(LIMITS.probePath.max, tooLong(fieldName("probePath"), LIMITS.probePath.max))
  .refine((v) => v === "" || v.startsWith("/"), msg("validation.probe.pathSlash"))
  .refine((v) => !WHITESPACE.test(v) && !CONTROL.test(v), msg("validation.probe.pathSpaces"));

export const probeHostRule = z
  .string()
  .max(LIMITS.probeHost.max, tooLong(fieldName("probeHost"), LIMITS.probeHost.max))
  .regex(/^$|^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$/, msg("validation.probe.hostFormat"));

/** "" means not set: the service's default scheme applies and Scheme is left out of the request. */
export const schemeRule = z.union([z.enum(HTTP_SCHEMES), z.literal("")], {
  error: msg("validation.probe.scheme"),
});

export const headerNameRule = z
  .string()
  .min(1, msg("validation.probe.headerNameRequired"))
  .max(LIMITS.headers.nameMax, tooLong(fieldName("headerName"), LIMITS.headers.nameMax))
  .regex(/^$|^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, msg("validation.probe.headerNamePattern"));

export const headerValueRule = z
  .string()
  .max(LIMITS.headers.valueMax, tooLong(fieldName("headerValue"), LIMITS.headers.valueMax))
  .refine((v) => !v.includes("@"), msg("validation.probe.headerValueAt"))
  .refine((v) => !CONTROL.test(v), msg("validation.probe.headerValueControlCharacter"));

export function timingRule(field: ProbeTimingField) {
  const { min, max } = PROBE_TIMING[field];
  const bounds = { label: msg(`validation.timing.labels.${field}`), min, max };
  const outOfRange = msg("validation.timing.outOfRange", bounds);
  return z
    .string()
    .max(MAX_NUMBER_CHARS, outOfRange)
    .regex(/^$|^\d+$/, msg("validation.timing.wholeNumber", bounds))
    .refine((v) => !/^\d+$/.test(v) || (Number(v) >= min && Number(v) <= max), outOfRange);
}
