import "server-only";

import { AliyunError } from "@/lib/aliyun/errors";
import { getTag } from "@/lib/cr/operations";
import { msg } from "@/lib/i18n/message-ref";
import type { VersionForm } from "@/lib/version/schema";

import type { FieldError } from "./results";

// Before a create or in a dry run: does each Enterprise Edition container's tag still exist in its
// repository? A tag missing from a repository this server can read is an error on that
// container's tag field. Anything else (no RAM permission, an instance or repository this
// account's registry does not show, the network) refuses nothing: manual entry must keep
// working, and ESA, not this check, decides about images it can pull. The dry run says so.

export interface RegistryCheck {
  fieldErrors: FieldError[];
  /** Why some tags could not be checked, for a person (a message reference); undefined when
   * every tag was. */
  unchecked?: string;
}

const TAG_MISSING = "TAG_NOT_EXIST";

export async function checkRegistryTags(values: VersionForm): Promise<RegistryCheck> {
  const checks = values.containers.map(async (c, index): Promise<FieldError | string | null> => {
    /** Why this container's tag could not be checked; the registry's own words as `reason`. */
    const unchecked = (reason: string) =>
      c.name
        ? msg("submit.registry.uncheckedNamed", { name: c.name, reason })
        : msg("submit.registry.uncheckedNumbered", { n: index + 1, reason });
    const { acr } = c;
    if (!c.isAcrImage || !acr.isEnterpriseRegistry) return null;
    if (!acr.regionId || !acr.instanceId || !acr.repoId || !acr.tag) return null;
    try {
      await getTag(acr.regionId, acr.instanceId, acr.repoId, acr.tag);
      return null;
    } catch (error) {
      if (!(error instanceof AliyunError)) throw error;
      if (error.code === TAG_MISSING)
        return {
          path: `containers.${index}.acr.tag`,
          message: msg("submit.registry.tagGone", { tag: acr.tag }),
        };
      return unchecked(error.message);
    }
  });
  const outcomes = await Promise.all(checks);
  const fieldErrors = outcomes.filter((o): o is FieldError => o !== null && typeof o === "object");
  const problems = outcomes.filter((o): o is string => typeof o === "string");
  return {
    fieldErrors,
    unchecked: problems[0],
  };
}

/** The registry coordinates a create used, for its audit row. */
export function registryCoordinates(values: VersionForm) {
  return values.containers.flatMap((c) =>
    c.isAcrImage && c.acr.isEnterpriseRegistry
      ? [
          {
            container: c.name,
            regionId: c.acr.regionId,
            instanceId: c.acr.instanceId,
            repoId: c.acr.repoId,
            repository: `${c.acr.repoNamespace}/${c.acr.repoName}`,
            tag: c.acr.tag,
            domain: c.acr.domain,
          },
        ]
      : [],
  );
}
