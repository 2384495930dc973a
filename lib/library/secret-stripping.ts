import { looksSecret, looksSecretHeader } from "@/lib/version/mask-secrets";
import type { ContainerForm } from "@/lib/version/schema";
import { msg } from "@/lib/i18n/message-ref";

// A template is shared, so it never holds a secret: secret-looking env values (the rule the
// preview, the version page and the audit log mask by) and probe headers that carry credentials
// are kept by name with an empty value, and the names are reported so the person can be told.

export interface StrippedContainers {
  containers: ContainerForm[];
  /** "container: NAME" for each emptied value, in the order found. */
  stripped: string[];
}

export function stripSecretValues(containers: readonly ContainerForm[]): StrippedContainers {
  const stripped: string[] = [];
  const copy = containers.map((container) => {
    const where = container.name || "container";
    const env = container.env.map((row) => {
      if (!looksSecret(row.key) || row.value === "") return { ...row };
      stripped.push(`${where}: ${row.key}`);
      return { ...row, value: "" };
    });
    const headers = container.probe.httpGet.headers.map((header) => {
      if (!looksSecretHeader(header.name, header.value)) return { ...header };
      stripped.push(`${where}: probe header ${header.name}`);
      return { ...header, value: "" };
    });
    return {
      ...structuredClone(container),
      env,
      probe: {
        ...structuredClone(container.probe),
        httpGet: { ...structuredClone(container.probe.httpGet), headers },
      },
    };
  });
  return { containers: copy, stripped };
}

/** The sentence that tells a person which values were left out, or null when none were. */
export function strippedSecretsMessage(stripped: readonly string[]): string | null {
  if (stripped.length === 0) return null;
  return msg("library.templates.secretsStripped", { names: stripped.join(", ") });
}
