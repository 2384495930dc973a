import "server-only";

import type { ProductProfile } from "@/lib/aliyun/types";
import { msg } from "@/lib/i18n/message-ref";

// How Container Registry's failures read to a person. Codes: acr-api-facts.md ("Errors").

/** The RAM action each call needs; its wording is registry.cr.phrase.<action>. */
const RAM_ACTIONS: Readonly<Record<string, string>> = {
  ListInstanceRegion: "cr:ListInstanceRegion",
  ListInstance: "cr:ListInstance",
  GetInstance: "cr:GetInstance",
  ListInstanceEndpoint: "cr:ListInstanceEndpoint",
  ListNamespace: "cr:ListNamespace",
  ListRepository: "cr:ListRepository",
  GetRepository: "cr:GetRepository",
  // Both tag actions are authorized by one RAM action.
  ListRepoTag: "cr:ListRepositoryTag",
  GetRepoTag: "cr:ListRepositoryTag",
};

/** The RAM action a call needs, named in a refusal so an administrator knows what to grant. */
export function ramActionFor(action: string): string {
  return RAM_ACTIONS[action] ?? `cr:${action}`;
}

/** "list the tags": what the call was trying to do, as a message reference. */
const phraseFor = (action: string) =>
  Object.hasOwn(RAM_ACTIONS, action) ? msg(`registry.cr.phrase.${action}`) : msg("registry.cr.phrase.other", { action });

const DENIED = new Set(["NoPrivilege", "NoPermission", "Forbidden.RAM", "Forbidden"]);

/** The not-found codes, answered as an error or as a 200 with IsSuccess: false. */
export const CR_NOT_FOUND: Readonly<Record<string, string>> = {
  INSTANCE_NOT_EXIST: msg("registry.cr.instanceGone"),
  NAMESPACE_NOT_EXIST: msg("registry.cr.namespaceGone"),
  REPO_NOT_EXIST: msg("registry.cr.repositoryGone"),
  TAG_NOT_EXIST: msg("registry.cr.tagGone"),
};

function adviceFor(code: string, ctx: { action: string; serviceMessage: string }): string {
  const phrase = phraseFor(ctx.action);
  if (DENIED.has(code)) {
    const ram = ramActionFor(ctx.action);
    return msg("registry.cr.denied", { phrase, ram });
  }
  const notFound = CR_NOT_FOUND[code];
  if (notFound) return notFound;
  if (code.startsWith("Throttling"))
    return msg("registry.cr.throttled");
  if (code === "SystemError")
    return msg("registry.cr.systemError", { phrase });
  if (code.startsWith("InvalidAccessKeyId") || code === "SignatureDoesNotMatch")
    return msg("registry.cr.accessKeyRefused");
  // The service's own message and code stay as they are, beside the explanation.
  return ctx.serviceMessage
    ? msg("registry.cr.failedWithDetail", { phrase, code, detail: ctx.serviceMessage })
    : msg("registry.cr.failed", { phrase, code });
}

export const CR_PROFILE: ProductProfile = {
  label: "Container Registry",
  // The picker only reads; every action here is a List or Get.
  isRead: (action) => /^(List|Get)/.test(action),
  adviceFor,
  checkBeforeRetry: () => "It may have taken effect anyway: check before trying again.",
  hints: {
    refused: "Check that this server can reach cr.<region>.aliyuncs.com, then try again.",
    unknownHost: "Check the region ID and that this server can resolve internet names.",
    tls: "Check the certificate and any proxy in between.",
    slowRead: "Try again; if it keeps happening, check the network or raise ESA_READ_TIMEOUT_MS.",
    notAnApiAnswer: "Try again in a moment; if it persists, check any proxy in between.",
  },
};
