// Container Registry as the gateway sees it: its actions bound to one store, plus the test
// controls: POST /__sandbox/cr/tags/delete {repoId, tag} removes a tag; POST /__sandbox/cr/deny
// {action} answers that action 403 NoPrivilege until DELETE /__sandbox/cr/deny or a reset.
import { CR_API_VERSION } from "@/lib/version/constants";

import { SandboxApiError } from "../gateway/api-error";
import type { ControlAnswer, EmulatedProduct } from "../gateway/context";
import { findCrOperation } from "./operations";
import { CR_SEED_NAMES, type CrStore } from "./store";

const bad = (message: string): ControlAnswer => ({
  status: 400,
  body: { Code: "InvalidParameter", Message: message },
});

const field = (body: unknown, key: string): unknown =>
  body !== null && typeof body === "object" ? (body as Record<string, unknown>)[key] : undefined;

function control(store: CrStore, method: string, path: string, body: unknown): ControlAnswer | undefined {
  const route = `${method} ${path}`;
  if (route === "POST /__sandbox/cr/tags/delete") {
    const repoId = field(body, "repoId");
    const tag = field(body, "tag");
    if (typeof repoId !== "string" || typeof tag !== "string")
      return bad('"repoId" and "tag" must be strings.');
    return store.deleteTag(repoId, tag)
      ? { status: 200, body: { ok: true } }
      : { status: 404, body: { Code: "TAG_NOT_EXIST", Message: "No such tag." } };
  }
  if (route === "POST /__sandbox/cr/deny") {
    const action = field(body, "action");
    if (typeof action !== "string" || !findCrOperation(action))
      return bad('"action" must be a Container Registry action the sandbox answers.');
    store.denied.add(action);
    return { status: 200, body: { denied: [...store.denied] } };
  }
  if (route === "DELETE /__sandbox/cr/deny") {
    store.denied.clear();
    return { status: 200, body: { denied: [] } };
  }
  return undefined;
}

export function crProduct(store: CrStore): EmulatedProduct {
  return {
    apiVersion: CR_API_VERSION,
    findAction(action) {
      const operation = findCrOperation(action);
      if (!operation) return undefined;
      return (params, request) => {
        if (store.denied.has(action))
          throw new SandboxApiError(
            403,
            "NoPrivilege",
            "You are not authorized to perform this operation. Check the RAM policy of the caller.",
          );
        return operation(params, request, store);
      };
    },
    seedNames: CR_SEED_NAMES,
    currentSeed: () => "demo",
    reset: () => store.reset(),
    control: (method, path, body) => control(store, method, path, body),
  };
}
