import "server-only";

import { AliyunError } from "@/lib/aliyun/errors";
import { getTag } from "@/lib/cr/operations";
import type { VersionForm } from "@/lib/version/schema";

import type { FieldError } from "./results";

// Before a create or in a dry run: does each Enterprise Edition container's tag still exist in its
// repository? A tag missing from a repository this server can read is an error on that
// container's tag field. Anything else (no RAM permission, an instance or repository this
// account's registry does not show, the network) refuses nothing: manual entry must keep
// working, and ESA, not this check, decides about images it can pull. The dry run says so.

export interface RegistryCheck {
  fieldErrors: FieldError[];
  /** Why some tags could not be checked, for a person; undefined when every tag was. */
  unchecked?: string;
}

const TAG_MISSING = "TAG_NOT_EXIST";

export async function checkRegistryTags(values: VersionForm): Promise<RegistryCheck> {
  const checks = values.containers.map(async (c, index): Promise<FieldError | string | null> => {
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
          message: `Tag "${acr.tag}" no longer exists in this repository. Pick another tag.`,
        };
      return `${c.name || `container ${index + 1}`}: ${error.message}`;
    }
  });
  const outcomes = await Promise.all(checks);
  const fieldErrors = outcomes.filter((o): o is FieldError => o !== null && typeof o === "object");
  const problems = outcomes.filter((o): o is string => typeof o === "string");
  return {
    fieldErrors,
    unchecked: problems.length > 0 ? `Container Registry tags could not be checked: ${problems[0]}` : undefined,
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
