import "server-only";

import { createRpcCaller, type RpcTarget } from "@/lib/aliyun/client";
import { AliyunError, cleanServiceMessage } from "@/lib/aliyun/errors";
import { optText } from "@/lib/aliyun/raw-values";
import { resolveBackend } from "@/lib/aliyun/target";
import { SANDBOX_REGION_HEADER } from "@/lib/config/sandbox-defaults";
import { msg } from "@/lib/i18n/message-ref";
import { CR_API_VERSION } from "@/lib/version/constants";

import { CR_PROFILE } from "./profile";

// Container Registry on the shared signed core. Calling convention (acr-api-facts.md): every
// business parameter in the query, an empty body, POST except GetRepoTag; the regional host
// cr.<region>.aliyuncs.com decides the region (RegionId is never sent).

const REGION_ID = /^[a-z]{2,}-[a-z0-9-]+$/;

/** A 200 whose body says IsSuccess: false is a failure (the not-found codes come this way too). */
export function refuseUnsuccessful(
  action: string,
  body: Record<string, unknown>,
): AliyunError | undefined {
  if (body.IsSuccess !== false) return undefined;
  const code = optText(body.Code) ?? "UnknownError";
  const serviceMessage = cleanServiceMessage(body.Message);
  return new AliyunError({
    kind: "service",
    code,
    httpStatus: 200,
    requestId: optText(body.RequestId),
    serviceMessage: serviceMessage || undefined,
    action,
    message: CR_PROFILE.adviceFor(code, { action, serviceMessage }),
    retryable: code === "SystemError",
  });
}

const crCall = createRpcCaller({
  version: CR_API_VERSION,
  profile: CR_PROFILE,
  refuseBody: refuseUnsuccessful,
});

function badRegion(regionId: string, action: string): AliyunError {
  return new AliyunError({
    kind: "config",
    code: "InvalidRegionId",
    action,
    message: msg("registry.cr.notARegion", { region: regionId.slice(0, 40) }),
  });
}

async function regionalTarget(regionId: string): Promise<RpcTarget> {
  const backend = await resolveBackend();
  if (backend.mode === "aliyun")
    return { ...backend, endpoint: `cr.${regionId}.aliyuncs.com`, protocol: "HTTPS" };
  return { ...backend, headers: { [SANDBOX_REGION_HEADER]: regionId } };
}

/** One Container Registry call in a region; `query` holds every business parameter. */
export async function crRequest(
  action: string,
  regionId: string,
  query: Record<string, string>,
): Promise<Record<string, unknown>> {
  if (!REGION_ID.test(regionId)) throw badRegion(regionId, action);
  // The official SDK sends GetRepoTag as a GET, every other action as a POST.
  const method = action === "GetRepoTag" ? "GET" : "POST";
  return crCall(action, { method, query }, () => regionalTarget(regionId));
}
