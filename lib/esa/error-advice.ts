import "server-only";

import type { ProductProfile } from "@/lib/aliyun/types";

// Sentences shown to a person when ESA or the connection to it fails. Kept apart from the
// classification in errors.ts so wording can change without touching the rules.

const ACTION_PHRASES: Readonly<Record<string, string>> = {
  CreateEdgeContainerAppVersion: "create the version",
  ListEdgeContainerApps: "list the applications",
  GetEdgeContainerApp: "load the application",
  ListEdgeContainerAppVersions: "list the versions",
  GetEdgeContainerAppVersion: "load the version",
  PublishEdgeContainerAppVersion: "publish the version",
  RollbackEdgeContainerAppVersion: "roll back the version",
  DeleteEdgeContainerAppVersion: "delete the version",
  GetEdgeContainerAppStatus: "read the release status",
  GetEdgeContainerStagingDeployStatus: "read the staging status",
  GetEdgeContainerDeployRegions: "list the deploy regions",
  RebuildEdgeContainerAppStagingEnv: "rebuild the staging environment",
};

export function describeAction(action: string): string {
  return ACTION_PHRASES[action] ?? `call ${action}`;
}

/** List/Get/Describe calls change nothing, so they are safe to repeat; anything else may not be. */
export function isReadAction(action: string): boolean {
  return /^(List|Get|Describe)/.test(action);
}

// What a person should look at before repeating a write whose answer was lost.
const CHECK_BEFORE_RETRY: Readonly<Record<string, string>> = {
  CreateEdgeContainerAppVersion:
    "It may have been created anyway: check the version list before creating it again.",
  PublishEdgeContainerAppVersion:
    "It may have been published anyway: check the release status before publishing again.",
  RollbackEdgeContainerAppVersion:
    "It may have been rolled back anyway: check the release status before rolling back again.",
  DeleteEdgeContainerAppVersion:
    "It may have been deleted anyway: check the version list before deleting it again.",
  RebuildEdgeContainerAppStagingEnv:
    "It may have been rebuilt anyway: check the staging status before rebuilding again.",
};

export function checkBeforeRetry(action: string): string {
  return (
    CHECK_BEFORE_RETRY[action] ?? "It may have taken effect anyway: check before trying again."
  );
}

export { NO_CREDENTIALS_ADVICE } from "@/lib/aliyun/errors";

type Advice = (ctx: { action: string; phrase: string; serviceMessage: string }) => string;

const accessDenied: Advice = ({ action, phrase }) =>
  `Your RAM user or role is not allowed to ${phrase}. Ask an administrator to grant it ` +
  `AliyunESAFullAccess, or a policy that allows esa:${action}.`;

const throttled: Advice = () =>
  "ESA is limiting how often this account may call it. Wait a few seconds and try again.";

const rejected: Advice = ({ serviceMessage }) =>
  `ESA rejected the request: ${serviceMessage || "a parameter is invalid"}. Correct it and submit again.`;

/**
 * Specific advice for the codes a person can act on. Gateway codes come from the common
 * Alibaba Cloud error list; the rest from the CreateEdgeContainerAppVersion reference page.
 */
export const SERVICE_ADVICE: Readonly<Record<string, Advice>> = {
  "InvalidAccessKeyId.NotFound": () =>
    "ESA does not recognise the AccessKey ID. Check ALIBABA_CLOUD_ACCESS_KEY_ID (or the profile " +
    "the credential chain used) and that the key belongs to the account that owns the application.",
  "InvalidAccessKeyId.Inactive": () =>
    "The AccessKey is disabled. Enable it in the RAM console, or configure an active AccessKey.",
  SignatureDoesNotMatch: () =>
    "ESA rejected the request signature: the AccessKey secret does not belong to the AccessKey ID. " +
    "Check ALIBABA_CLOUD_ACCESS_KEY_SECRET, and that this server's clock is correct.",
  IncompleteSignature: () =>
    "ESA rejected the request signature. Check the AccessKey secret and that this server's clock is correct.",
  "Forbidden.RAM": accessDenied,
  NoPermission: accessDenied,
  Forbidden: accessDenied,
  "Throttling.User": throttled,
  "Throttling.Api": throttled,
  Throttling: throttled,
  "InvalidApp.NotFound": () =>
    "ESA has no application with this ID. Check the App ID, and that ESA_ENDPOINT points at the " +
    "site (China or international) where the application lives.",
  NameAlreadyExists: () =>
    "A version with this name already exists in this application. Choose another name.",
  ParameterAlreadyExist: ({ serviceMessage }) =>
    `A value that must be unique is repeated${serviceMessage ? ` (${serviceMessage})` : ""}. Make it unique and submit again.`,
  // [INF] The sandbox's (and, as far as documented, the service's) refusal for a state that does
  // not allow the change: a release still moving, a live version, nothing to roll back.
  InternalException: ({ phrase, serviceMessage }) =>
    `ESA could not ${phrase} in the application's current state${serviceMessage ? `: ${serviceMessage}` : ""}. Check the release status and try again.`,
  InternalError: ({ phrase }) =>
    `ESA had an internal error and could not ${phrase}. Try again in a moment.`,
  ServiceUnavailable: ({ phrase }) =>
    `ESA is temporarily unavailable and could not ${phrase}. Try again in a moment.`,
};

export function adviceFor(code: string, ctx: { action: string; serviceMessage: string }): string {
  const phrase = describeAction(ctx.action);
  const advice =
    SERVICE_ADVICE[code] ??
    (code.startsWith("InvalidParameter") || code === "MissingParameter" ? rejected : undefined);
  if (advice) return advice({ ...ctx, phrase });
  const detail = ctx.serviceMessage ? `: ${ctx.serviceMessage}` : "";
  return `ESA could not ${phrase} (${code})${detail}.`;
}

/** ESA as the signed core words it (lib/aliyun). */
export const ESA_PROFILE: ProductProfile = {
  label: "ESA",
  isRead: isReadAction,
  adviceFor,
  checkBeforeRetry,
  hints: {
    refused: "Check ESA_ENDPOINT and ESA_PROTOCOL, then try again.",
    unknownHost:
      "Check ESA_ENDPOINT for typos (for example esa.cn-hangzhou.aliyuncs.com) and that this " +
      "server can resolve internet names.",
    tls:
      "If that endpoint serves plain HTTP, set ESA_PROTOCOL=HTTP; otherwise check its " +
      "certificate and any proxy in between.",
    slowRead: "Try again; if it keeps happening, check the network or raise ESA_READ_TIMEOUT_MS.",
    notAnApiAnswer: "Try again in a moment; if it persists, check ESA_ENDPOINT and any proxy.",
  },
};
