import { z } from "zod";
import { msg } from "@/lib/i18n/message-ref";

// The wire shapes' structure (keys and JSON types only). Value rules live once, in schema.ts:
// wire input is read into form values (from-wire.ts) and judged there. This layer catches what
// the form shape cannot express: unknown keys, a number where a string belongs, a non-array.

const str = z.string();
const int = z.number().int(msg("validation.wire.wholeNumber"));

export const wireAcrImageInfoSchema = z
  .object({
    IsEnterpriseRegistry: z.boolean().optional(),
    Domain: str.optional(),
    InstanceId: str.optional(),
    RegionId: str.optional(),
    RepoId: str.optional(),
    RepoName: str.optional(),
    RepoNamespace: str.optional(),
    Tag: str.optional(),
    TagUrl: str.optional(),
  })
  .strict();

export const wireProbeContentSchema = z
  .object({
    Command: str.optional(),
    Port: int.optional(),
    Path: str.optional(),
    Host: str.optional(),
    Scheme: str.optional(),
    HttpHeaders: str.optional(),
    InitialDelaySeconds: int.optional(),
    TimeoutSeconds: int.optional(),
    PeriodSeconds: int.optional(),
    SuccessThreshold: int.optional(),
    FailureThreshold: int.optional(),
  })
  .strict();

/** The reference page's own example sends ProbeContent as a JSON string; the SDKs send an object. */
const probeContent = z.preprocess((v) => {
  if (typeof v !== "string") return v;
  try {
    return JSON.parse(v) as unknown;
  } catch {
    return v;
  }
}, wireProbeContentSchema);

export const wireContainerSchema = z
  .object({
    Name: str,
    Image: str,
    IsACRImage: z.boolean(),
    ACRImageInfo: wireAcrImageInfoSchema.optional(),
    Spec: str,
    Storage: str,
    Command: str.optional(),
    Args: str.optional(),
    EnvVariables: str.optional(),
    PostStart: str.optional(),
    PreStop: str.optional(),
    ProbeType: str,
    ProbeContent: probeContent,
  })
  .strict();

export const wireContainersSchema = z.array(wireContainerSchema);
