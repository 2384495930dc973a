import "server-only";

import { z } from "zod";

const ENDPOINT_EXAMPLE = "esa.ap-southeast-1.aliyuncs.com";

// RFC 1123 labels, IPv4 dotted quads match too; a bracketed IPv6 literal is allowed for local use.
const HOST_NAME =
  /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;
const IPV6_LITERAL = /^\[[0-9A-Fa-f:.]+\]$/;

/**
 * Why an ESA_ENDPOINT value is unusable, as a sentence, or undefined when it is fine.
 * openapi-client wants host[:port] only (esa-api-facts.md, section 2): it adds the scheme itself
 * from ESA_PROTOCOL, so "https://..." would become "https://https://...".
 */
export function endpointProblem(value: string): string | undefined {
  const shown = JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
  if (value.includes("://")) {
    const scheme = value.slice(0, value.indexOf("://") + 3);
    return `ESA_ENDPOINT must be a host name such as ${ENDPOINT_EXAMPLE}, without "${scheme}" (got ${shown}); use ESA_PROTOCOL=HTTP for a plain-HTTP endpoint.`;
  }
  if (value.includes("/") || value.includes("?") || value.includes("#")) {
    return `ESA_ENDPOINT must be a host name such as ${ENDPOINT_EXAMPLE}, without a path (got ${shown}).`;
  }
  if (/\s/.test(value) || value.includes("@")) {
    return `ESA_ENDPOINT must be a host name such as ${ENDPOINT_EXAMPLE}, without spaces or "@" (got ${shown}).`;
  }
  const portMatch = /^(.*):(\d*)$/.exec(value);
  const host = portMatch && !value.endsWith("]") ? (portMatch[1] ?? "") : value;
  if (portMatch && !value.endsWith("]")) {
    const port = Number(portMatch[2]);
    if (portMatch[2] === "" || !Number.isInteger(port) || port < 1 || port > 65_535) {
      return `ESA_ENDPOINT has an invalid port (got ${shown}): use host or host:port with a port from 1 to 65535.`;
    }
  }
  if (!HOST_NAME.test(host) && !IPV6_LITERAL.test(host)) {
    return `ESA_ENDPOINT must be a host name such as ${ENDPOINT_EXAMPLE} (got ${shown}).`;
  }
  return undefined;
}

/**
 * A whole number in [min, max] read from a string variable. The messages repeat the variable
 * name so that each line of the combined start-up error stands on its own.
 */
export function intInRange(name: string, min: number, max: number, unit: string) {
  const message = `${name} must be a whole number from ${min} to ${max} (${unit}).`;
  return z
    .string()
    .regex(/^\d{1,9}$/, { error: message })
    .transform(Number)
    .pipe(z.number().int().min(min, { error: message }).max(max, { error: message }));
}

// `.env` files often carry `NAME=` lines; an empty or blank value means "not set".
const blankToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === ""
    ? undefined
    : typeof value === "string"
      ? value.trim()
      : value;

/** An optional variable: blank counts as unset, and the value is trimmed before `schema`. */
export const optionalVar = <T extends z.ZodType>(schema: T) =>
  z.preprocess(blankToUndefined, schema.optional());
