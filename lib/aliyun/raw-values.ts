import "server-only";

// Defensive readers of raw PascalCase bodies, shared by every product's converters (lib/esa's
// mappers, lib/cr's): the services add and omit optional fields, so a wrong type reads as absent.

export type Raw = Record<string, unknown>;

export const record = (value: unknown): Raw | undefined =>
  value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Raw) : undefined;

export const text = (value: unknown): string => (typeof value === "string" ? value : "");

export const optText = (value: unknown): string | undefined =>
  typeof value === "string" && value !== "" ? value : undefined;

/** Numbers may come as numbers or as numeric strings (ACR's TotalCount); anything else is absent. */
export const optNumber = (value: unknown): number | undefined => {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string" && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  return undefined;
};
