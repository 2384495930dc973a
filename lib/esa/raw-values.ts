import "server-only";

// Defensive readers of ESA's raw PascalCase bodies, shared by the converters (mappers.ts,
// release-mappers.ts): the service adds and omits optional fields, so a wrong type reads as absent.

export type Raw = Record<string, unknown>;

export const record = (value: unknown): Raw | undefined =>
  value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Raw) : undefined;

export const text = (value: unknown): string => (typeof value === "string" ? value : "");

export const optText = (value: unknown): string | undefined =>
  typeof value === "string" && value !== "" ? value : undefined;
