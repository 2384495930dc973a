// CreateEdgeContainerAppVersion. Field validation belongs to the shared request module
// (validateCreateWire), so the sandbox rejects exactly what the app's own form rejects.
import { validateCreateWire } from "./validate-create";
import { ERROR_MESSAGES, SandboxApiError } from "../gateway/api-error";
import { APP_ID_PATTERN } from "./ids";
import { appNotFound } from "./op-apps";
import { requiredParam, type Params } from "../gateway/params";
import type { SandboxStore } from "./store";

export function createVersion(params: Params, store: SandboxStore): Record<string, unknown> {
  // The gateway checks presence before the service sees the call.
  for (const name of ["AppId", "Name", "Containers"]) requiredParam(params, name);

  const validation = validateCreateWire({ ...params });
  if (!validation.ok) throw new SandboxApiError(400, validation.code, validation.message);
  if (!APP_ID_PATTERN.test(validation.appId)) {
    throw new SandboxApiError(400, "InvalidParameter.appid", ERROR_MESSAGES.invalidAppId);
  }

  const result = store.createVersion({
    appId: validation.appId,
    name: validation.name,
    remarks: validation.remarks,
    containers: validation.containers,
  });
  if (!result.ok) {
    if (result.reason === "app-not-found") throw appNotFound();
    throw new SandboxApiError(400, "NameAlreadyExists", ERROR_MESSAGES.nameAlreadyExists);
  }
  return { VersionId: result.version.VersionId };
}
