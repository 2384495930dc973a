import type { RawEsaContainer } from "@/lib/esa/types";
import { parseEnvVariables } from "@/lib/version/from-wire";
import { looksSecret, looksSecretHeader, MASK } from "@/lib/version/mask-secrets";

// Copies of fetched containers with secret-looking values hidden: environment values by the same
// rule (looksSecret) as the editor's preview, and probe HTTP header values whose name looks secret
// or that carry credentials (Authorization: Bearer …). The server sends versions through this.

export function maskEnvVariables(wire: string): string {
  return parseEnvVariables(wire)
    .map(({ key, value }) => `${key}=${looksSecret(key) && value !== "" ? MASK : value}`)
    .join(",");
}

function maskHeaderItem(item: unknown): unknown {
  if (item === null || typeof item !== "object" || Array.isArray(item)) return item;
  const record = item as Record<string, unknown>;
  const keys = Object.keys(record);
  const nameKey = keys.find((k) => k.toLowerCase() === "name");
  const valueKey = keys.find((k) => k.toLowerCase() === "value");
  if (keys.length === 2 && nameKey && valueKey) {
    const value = record[valueKey];
    const hide = looksSecretHeader(
      String(record[nameKey]),
      typeof value === "string" ? value : String(value),
    );
    return hide ? { ...record, [valueKey]: MASK } : record;
  }
  return Object.fromEntries(
    keys.map((k) => {
      const value = record[k];
      const text = typeof value === "string" ? value : JSON.stringify(value ?? "");
      return [k, looksSecretHeader(k, text) ? MASK : value];
    }),
  );
}

/** HttpHeaders (a JSON string, esa-api-facts.md §1) with secret-looking values hidden. A value
 * that is not JSON cannot be read header by header, so all of it is hidden. */
export function maskHttpHeaders(wire: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(wire);
  } catch {
    return wire.trim() === "" ? wire : MASK;
  }
  const masked = Array.isArray(parsed) ? parsed.map(maskHeaderItem) : maskHeaderItem(parsed);
  return JSON.stringify(masked);
}

function maskProbe(probe: unknown): unknown {
  // ProbeContent may come back as JSON text rather than an object (lib/version/from-wire.ts).
  if (typeof probe === "string") {
    try {
      return JSON.stringify(maskProbe(JSON.parse(probe)));
    } catch {
      return probe;
    }
  }
  if (probe === null || typeof probe !== "object") return probe;
  const content = probe as Record<string, unknown>;
  return typeof content.HttpHeaders === "string"
    ? { ...content, HttpHeaders: maskHttpHeaders(content.HttpHeaders) }
    : content;
}

export function maskContainerSecrets(containers: readonly RawEsaContainer[]): RawEsaContainer[] {
  return containers.map((container) => {
    const copy: RawEsaContainer = { ...container };
    if (typeof container.EnvVariables === "string" && container.EnvVariables !== "")
      copy.EnvVariables = maskEnvVariables(container.EnvVariables);
    if (container.ProbeContent !== undefined) copy.ProbeContent = maskProbe(container.ProbeContent);
    return copy;
  });
}
