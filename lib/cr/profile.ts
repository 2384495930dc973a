import "server-only";

import type { ProductProfile } from "@/lib/aliyun/types";

// How Container Registry's failures read to a person. Codes: acr-api-facts.md ("Errors").

const ACTIONS: Readonly<Record<string, { phrase: string; ram: string }>> = {
  ListInstanceRegion: { phrase: "list the registry regions", ram: "cr:ListInstanceRegion" },
  ListInstance: { phrase: "list the registry instances", ram: "cr:ListInstance" },
  GetInstance: { phrase: "read the registry instance", ram: "cr:GetInstance" },
  ListInstanceEndpoint: { phrase: "read the instance's endpoints", ram: "cr:ListInstanceEndpoint" },
  ListNamespace: { phrase: "list the namespaces", ram: "cr:ListNamespace" },
  ListRepository: { phrase: "list the repositories", ram: "cr:ListRepository" },
  GetRepository: { phrase: "read the repository", ram: "cr:GetRepository" },
  // Both tag actions are authorized by one RAM action.
  ListRepoTag: { phrase: "list the tags", ram: "cr:ListRepositoryTag" },
  GetRepoTag: { phrase: "read the tag", ram: "cr:ListRepositoryTag" },
};

/** The RAM action a call needs, named in a refusal so an administrator knows what to grant. */
export function ramActionFor(action: string): string {
  return ACTIONS[action]?.ram ?? `cr:${action}`;
}

const phraseFor = (action: string) => ACTIONS[action]?.phrase ?? `call ${action}`;

const DENIED = new Set(["NoPrivilege", "NoPermission", "Forbidden.RAM", "Forbidden"]);

/** The not-found codes, answered as an error or as a 200 with IsSuccess: false. */
export const CR_NOT_FOUND: Readonly<Record<string, string>> = {
  INSTANCE_NOT_EXIST: "The registry instance no longer exists. Choose another instance.",
  NAMESPACE_NOT_EXIST: "The namespace no longer exists in this instance. Choose another namespace.",
  REPO_NOT_EXIST: "The repository no longer exists in this instance. Choose another repository.",
  TAG_NOT_EXIST: "The tag no longer exists in this repository. Choose another tag.",
};

function adviceFor(code: string, ctx: { action: string; serviceMessage: string }): string {
  const phrase = phraseFor(ctx.action);
  if (DENIED.has(code)) {
    const ram = ramActionFor(ctx.action);
    return (
      `Your RAM user or role is not allowed to ${phrase}: it needs the RAM action ${ram}. Ask an ` +
      `administrator to grant AliyunContainerRegistryReadOnlyAccess, or a policy that allows ${ram}. ` +
      "You can still type the registry details by hand."
    );
  }
  const notFound = CR_NOT_FOUND[code];
  if (notFound) return notFound;
  if (code.startsWith("Throttling"))
    return "Container Registry is limiting how often this account may call it. Wait a few seconds and try again.";
  if (code === "SystemError")
    return `Container Registry had an internal error and could not ${phrase}. Try again in a moment.`;
  if (code.startsWith("InvalidAccessKeyId") || code === "SignatureDoesNotMatch")
    return "Container Registry refused the AccessKey. Check the credentials this server uses and its clock.";
  const detail = ctx.serviceMessage ? `: ${ctx.serviceMessage}` : "";
  return `Container Registry could not ${phrase} (${code})${detail}.`;
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
