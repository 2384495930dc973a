import "server-only";

import { maskEnvVariables } from "@/lib/browse/mask-container";
import { looksSecret, MASK } from "@/lib/version/mask-secrets";

// Audit payloads keep the request's shape with secret-looking values replaced, by the same rule
// (looksSecret) as the editor's preview and the raw JSON view: a property whose name looks
// secret, a { key|name, value } pair whose name looks secret, and the wire EnvVariables string.

type Json = unknown;

function isPair(
  value: Record<string, unknown>,
): value is { value: unknown } & Record<string, unknown> {
  const name = value.key ?? value.name;
  return typeof name === "string" && "value" in value;
}

export function maskPayload(value: Json, name?: string): Json {
  if (typeof value === "string") {
    if (name === "EnvVariables") return maskEnvVariables(value);
    return name !== undefined && looksSecret(name) && value !== "" ? MASK : value;
  }
  if (Array.isArray(value)) return value.map((item) => maskPayload(item, name));
  if (value === null || typeof value !== "object") {
    return name !== undefined && looksSecret(name) && value !== null ? MASK : value;
  }
  const record = value as Record<string, unknown>;
  if (isPair(record)) {
    const pairName = String(record.key ?? record.name);
    return {
      ...record,
      value: looksSecret(pairName) && record.value !== "" ? MASK : maskPayload(record.value),
    };
  }
  return Object.fromEntries(
    Object.entries(record).map(([key, item]) => [key, maskPayload(item, key)]),
  );
}
