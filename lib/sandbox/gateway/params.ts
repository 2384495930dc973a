// Reading RPC parameters. The gateway merges the query string and the form body into one flat
// string map, so handlers never care which of the two a parameter arrived in.
import { invalidParameter, missingParameter } from "./api-error";

export type Params = Readonly<Record<string, string>>;

export function optionalParam(params: Params, name: string): string | undefined {
  const value = params[name];
  return value === undefined || value === "" ? undefined : value;
}

export function requiredParam(params: Params, name: string): string {
  const value = optionalParam(params, name);
  if (value === undefined) throw missingParameter(name);
  return value;
}

export function integerParam(
  params: Params,
  name: string,
  bounds: { min: number; max: number; fallback: number },
): number {
  const raw = optionalParam(params, name);
  if (raw === undefined) return bounds.fallback;
  const value = /^-?\d+$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < bounds.min || value > bounds.max) {
    throw invalidParameter(
      name,
      `must be an integer from ${bounds.min} to ${bounds.max}, got "${raw}".`,
    );
  }
  return value;
}

/** Matches case-insensitively (callers write both `Appid` and `AppId`) and returns the canonical spelling. */
export function enumParam<T extends string>(
  params: Params,
  name: string,
  allowed: readonly T[],
): T | undefined {
  const raw = optionalParam(params, name);
  if (raw === undefined) return undefined;
  const match = allowed.find((candidate) => candidate.toLowerCase() === raw.toLowerCase());
  if (match === undefined)
    throw invalidParameter(name, `must be one of ${allowed.join(", ")}, got "${raw}".`);
  return match;
}
