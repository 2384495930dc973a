import "./zod-config";
import { z } from "zod";
import { msg } from "@/lib/i18n/message-ref";
import { LIMITS, PROBE_TIMING_FIELDS, PROBE_TYPES, SPEC_VALUES, STORAGE_VALUES } from "./constants";
import {
  acrFieldRule,
  appIdRule,
  commandLineRule,
  containerNameRule,
  fieldName,
  envKeyRule,
  envValueRule,
  headerNameRule,
  headerValueRule,
  imageRule,
  portRule,
  probeCommandRule,
  probeHostRule,
  probePathRule,
  remarksRule,
  schemeRule,
  timingRule,
  versionNameRule,
} from "./field-rules";
import { checkHeaderCount, checkKept, keptAcrFields, keptProbeFields } from "./kept-fields";

// The version request, defined once. The browser form (zodResolver), the server action and the
// sandbox all validate with `versionFormSchema` (request-schema.ts): these fields plus the size of
// the request they make. Values are the editor's shape: numbers stay
// strings as typed, env and headers are rows, and every probe type keeps its own fields so that
// switching type loses nothing. `buildCreateVersionParams` turns valid values into wire params.

/** Fields of a probe type that is not selected, and registry details of an image that is not a
 * Container Registry image: kept in the form, never sent. Their length is bounded (hostile input),
 * but in `checkConditionalFields`, which can also say so on the control the person can see. */
const kept = z.string();

const envVarSchema = z.object({ key: envKeyRule, value: envValueRule }).strict();
const headerRowSchema = z.object({ name: kept, value: kept }).strict();

const timingShape = Object.fromEntries(PROBE_TIMING_FIELDS.map((f) => [f, timingRule(f)])) as {
  [K in (typeof PROBE_TIMING_FIELDS)[number]]: ReturnType<typeof timingRule>;
};

/** Also used alone by the env editor's text mode, so its per-line errors are the schema's. */
export const envListSchema = z
  .array(envVarSchema)
  .max(LIMITS.env.maxVariables, msg("validation.env.tooMany", { max: LIMITS.env.maxVariables }))
  .superRefine((rows, ctx) => {
    const seen = new Map<string, number>();
    rows.forEach((row, i) => {
      if (row.key === "") return;
      const first = seen.get(row.key);
      if (first === undefined) seen.set(row.key, i);
      else
        ctx.addIssue({
          code: "custom",
          path: [i, "key"],
          message: msg("validation.env.duplicateKey", { key: row.key, row: first + 1 }),
        });
    });
  });

export const probeFormSchema = z
  .object({
    exec: z.object({ command: kept }).strict(),
    tcpSocket: z.object({ port: kept }).strict(),
    httpGet: z
      .object({
        path: kept,
        port: kept,
        host: kept,
        scheme: schemeRule,
        // Their count is judged in checkConditionalFields, which can say so where it is seen.
        headers: z.array(headerRowSchema),
      })
      .strict(),
    ...timingShape,
  })
  .strict();

/** Judged only when the container is a Container Registry image: ACRImageInfo means nothing otherwise. */
const acrImageRules = z
  .object({
    isEnterpriseRegistry: z.boolean(),
    domain: acrFieldRule(fieldName("registryDomain")),
    instanceId: acrFieldRule(fieldName("instanceId")),
    regionId: acrFieldRule(fieldName("regionId")).regex(
      /^$|^[a-z]{2,}-[a-z0-9-]+$/,
      msg("validation.acr.regionFormat"),
    ),
    repoId: acrFieldRule(fieldName("repoId")),
    repoName: acrFieldRule(fieldName("repoName")),
    repoNamespace: acrFieldRule(fieldName("repoNamespace")),
    tag: acrFieldRule(fieldName("tag")),
    tagUrl: acrFieldRule(fieldName("tagUrl")),
  })
  .strict();

export const acrImageFormSchema = z
  .object({
    isEnterpriseRegistry: z.boolean(),
    domain: kept,
    instanceId: kept,
    regionId: kept,
    repoId: kept,
    repoName: kept,
    repoNamespace: kept,
    tag: kept,
    tagUrl: kept,
  })
  .strict();

export const containerFormSchema = z
  .object({
    name: containerNameRule,
    image: imageRule,
    isAcrImage: z.boolean(),
    acr: acrImageFormSchema,
    spec: z.enum(SPEC_VALUES, { error: msg("validation.spec", { specs: SPEC_VALUES.join(", ") }) }),
    storage: z.enum(STORAGE_VALUES, {
      error: msg("validation.storage", { sizes: STORAGE_VALUES.join(", ") }),
    }),
    command: commandLineRule(fieldName("command")),
    args: commandLineRule(fieldName("args")),
    postStart: commandLineRule(fieldName("postStart")),
    preStop: commandLineRule(fieldName("preStop")),
    // envListSchema, not a bare array: it also flags a repeated key at env.N.key.
    env: envListSchema,
    probeType: z.enum(PROBE_TYPES, { error: msg("validation.probeType") }),
    probe: probeFormSchema,
  })
  .strict()
  .superRefine(checkConditionalFields);

/** Judge only what will be sent: the selected probe type's fields (the others are kept in the
 * form, unsent) and the registry details of a Container Registry image. */
function checkConditionalFields(c: z.infer<typeof containerFormSchema>, ctx: z.RefinementCtx) {
  const check = (schema: z.ZodType, value: unknown, path: (string | number)[]) => {
    const r = schema.safeParse(value);
    if (!r.success)
      for (const issue of r.error.issues)
        ctx.addIssue({
          code: "custom",
          message: issue.message,
          path: [...path, ...issue.path] as (string | number)[],
        });
  };
  if (c.isAcrImage) check(acrImageRules, c.acr, ["acr"]);
  else checkKept(ctx, keptAcrFields(c), ["isAcrImage"]);
  const { probe } = c;
  if (c.probeType === "exec")
    check(probeCommandRule, probe.exec.command, ["probe", "exec", "command"]);
  if (c.probeType === "tcpSocket")
    check(portRule, probe.tcpSocket.port, ["probe", "tcpSocket", "port"]);
  if (c.probeType === "httpGet") {
    check(probePathRule, probe.httpGet.path, ["probe", "httpGet", "path"]);
    check(portRule, probe.httpGet.port, ["probe", "httpGet", "port"]);
    check(probeHostRule, probe.httpGet.host, ["probe", "httpGet", "host"]);
    probe.httpGet.headers.forEach((h, i) => {
      check(headerNameRule, h.name, ["probe", "httpGet", "headers", i, "name"]);
      check(headerValueRule, h.value, ["probe", "httpGet", "headers", i, "value"]);
    });
  }
  checkHeaderCount(ctx, c);
  const hiddenTypes = PROBE_TYPES.filter((t) => t !== c.probeType);
  checkKept(
    ctx,
    hiddenTypes.flatMap((t) => keptProbeFields(c.probe, t)),
    ["probeType"],
  );
}

/**
 * Every field of the version and the rules between them. The size of the request they make is
 * judged by versionFormSchema (request-schema.ts), which needs the built params.
 */
export const versionFieldsSchema = z
  .object({
    appId: appIdRule,
    name: versionNameRule,
    remarks: remarksRule,
    containers: z
      .array(containerFormSchema)
      .min(LIMITS.containers.min, msg("validation.containers.required"))
      .max(LIMITS.containers.max, msg("validation.containers.tooMany", { max: LIMITS.containers.max })),
  })
  .strict()
  .superRefine((v, ctx) => {
    const firstIndex = new Map<string, number>();
    v.containers.forEach((c, i) => {
      if (c.name === "") return;
      const first = firstIndex.get(c.name);
      if (first === undefined) firstIndex.set(c.name, i);
      else
        ctx.addIssue({
          code: "custom",
          path: ["containers", i, "name"],
          message: msg("validation.containerName.duplicate", { first: first + 1, name: c.name }),
          params: { esaCode: "ParameterAlreadyExist" },
        });
    });
  });

export type VersionForm = z.infer<typeof versionFieldsSchema>;
export type ContainerForm = z.infer<typeof containerFormSchema>;
export type ProbeForm = z.infer<typeof probeFormSchema>;
export type AcrImageForm = z.infer<typeof acrImageFormSchema>;
export type EnvVarRow = z.infer<typeof envVarSchema>;
export type HeaderRow = z.infer<typeof headerRowSchema>;
