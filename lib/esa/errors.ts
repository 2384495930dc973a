import "server-only";

import { AliyunError, toAliyunError } from "@/lib/aliyun/errors";
import type { AliyunErrorContext } from "@/lib/aliyun/types";

import { ESA_PROFILE } from "./error-advice";

// ESA's failures are the core's one error type (lib/aliyun), worded for ESA.
export { AliyunError as EsaError, credentialsError } from "@/lib/aliyun/errors";

/** Turns anything a call to ESA can throw into an EsaError. Never copies a raw library message. */
export function toEsaError(error: unknown, ctx: AliyunErrorContext): AliyunError {
  return toAliyunError(error, ctx, ESA_PROFILE);
}
