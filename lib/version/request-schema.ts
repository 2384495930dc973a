import { buildCreateVersionParams } from "./build-params";
import { requestSizeProblem } from "./request-size";
import { versionFieldsSchema, type VersionForm } from "./schema";
import type { CreateVersionParams } from "./wire-types";

// The whole request: the version's fields (schema.ts) and what only the params built from them can
// tell, their size. It sits above both the fields and the serializer, so neither imports the other
// back. The browser form, the server actions and the sandbox all validate with versionFormSchema.

/** The params the size check built, per parsed values object: a submit builds them once. */
const measured = new WeakMap<VersionForm, CreateVersionParams>();

export const versionFormSchema = versionFieldsSchema.superRefine((values, ctx) => {
  const params = buildCreateVersionParams(values);
  measured.set(values, params);
  const problem = requestSizeProblem(params);
  if (problem) ctx.addIssue({ code: "custom", path: ["containers"], message: problem });
});

/**
 * The wire params of values that versionFormSchema accepted: the very params it measured, so a
 * submit serializes once. Values the schema did not see are built here.
 */
export function paramsFor(values: VersionForm): CreateVersionParams {
  return measured.get(values) ?? buildCreateVersionParams(values);
}
