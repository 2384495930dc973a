import { zodResolver } from "@hookform/resolvers/zod";
import type { Resolver } from "react-hook-form";
import { z } from "zod";
import { versionFormSchema } from "@/lib/version/request-schema";
import { containerFormSchema, type VersionForm } from "@/lib/version/schema";

// The editor's validation: the shared schema the server action also checks with. Loaded on demand
// by lazy-resolver.ts, so zod is not part of the editor's first-load JavaScript.

const wholeVersion: Resolver<VersionForm> = zodResolver(versionFormSchema);

/**
 * Judges container `index` alone, with the same container schema, at its place in the version (so
 * error paths are those of the whole form). The other containers and fields pass unjudged.
 */
function oneContainer(index: number): Resolver<VersionForm> {
  const items: z.ZodType[] = [...Array.from({ length: index }, () => z.unknown()), containerFormSchema];
  const schema = z.looseObject({ containers: z.tuple(items as [z.ZodType, ...z.ZodType[]], z.unknown()) });
  return zodResolver(schema as unknown as typeof versionFormSchema);
}

const byContainer = new Map<number, Resolver<VersionForm>>();
const CONTAINER_FIELD = /^containers\.(\d+)\./;

/** The one container every name belongs to, or undefined when they span more (or the version). */
export function singleContainer(names: readonly string[] | undefined): number | undefined {
  if (!names || names.length === 0) return undefined;
  let index: number | undefined;
  for (const name of names) {
    const match = CONTAINER_FIELD.exec(name);
    if (!match) return undefined;
    const i = Number(match[1]);
    if (index !== undefined && i !== index) return undefined;
    index = i;
  }
  return index;
}

/**
 * react-hook-form validates a single field (on blur, and on each change once touched) by running
 * the resolver and reading that field's error. Judging all 30 containers of a big version for it
 * took ~60 ms at 4x CPU; a field of one container is judged with that container only. Everything
 * else (the version's own fields, adding or removing containers, submit) judges the whole version,
 * cross-container rules (unique names, the request size) included. Duplicate names are also
 * flagged live by duplicate-names.tsx, so a container-only check loses nothing visible.
 */
export const versionResolver: Resolver<VersionForm> = (values, context, options) => {
  const index = singleContainer(options.names as string[] | undefined);
  if (index === undefined) return wholeVersion(values, context, options);
  let resolver = byContainer.get(index);
  if (!resolver) byContainer.set(index, (resolver = oneContainer(index)));
  return resolver(values, context, options);
};
