import type { RawEsaContainer } from "@/lib/esa/types";
import { parseEnvVariables } from "@/lib/version/from-wire";
import { looksSecret, MASK } from "@/lib/version/mask-secrets";

// Display copies of fetched containers with secret-looking environment values hidden, for the
// raw JSON view. The same rule (looksSecret) as the editor's preview.

export function maskEnvVariables(wire: string): string {
  return parseEnvVariables(wire)
    .map(({ key, value }) => `${key}=${looksSecret(key) && value !== "" ? MASK : value}`)
    .join(",");
}

export function maskContainerSecrets(containers: readonly RawEsaContainer[]): RawEsaContainer[] {
  return containers.map((container) =>
    typeof container.EnvVariables === "string" && container.EnvVariables !== ""
      ? { ...container, EnvVariables: maskEnvVariables(container.EnvVariables) }
      : container,
  );
}
