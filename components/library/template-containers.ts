import { msg } from "@/lib/i18n/message-ref";
import type { ContainerForm } from "@/lib/version/schema";

/** A name not used by any container yet: base, base-2, base-3, … */
export function freeContainerName(base: string, taken: readonly string[]): string {
  if (!taken.includes(base)) return base;
  for (let i = 2; ; i++) if (!taken.includes(`${base}-${i}`)) return `${base}-${i}`;
}

/** A template's containers, renamed where a name is already taken in the version. */
export function containersToAdd(template: readonly ContainerForm[], taken: readonly string[]): ContainerForm[] {
  const names = [...taken];
  return template.map((c) => {
    const name = freeContainerName(c.name || "container", names);
    names.push(name);
    return { ...structuredClone(c), name };
  });
}

/** The sentence after using a template whose secret values were left out (a message reference). */
export function secretsToFill(stripped: readonly string[]): string | null {
  return stripped.length > 0 ? msg("library.toolbar.secretsToFill", { names: stripped.join(", ") }) : null;
}
