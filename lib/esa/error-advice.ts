import "server-only";

import type { ProductProfile } from "@/lib/aliyun/types";
import { msg } from "@/lib/i18n/message-ref";

// Sentences shown to a person when ESA or the connection to it fails. Kept apart from the
// classification in errors.ts so wording can change without touching the rules. Each is a message
// reference (lib/i18n/message-ref.ts) into the "esa" namespace, put into words in the reader's
// language where it is shown; service codes, actions and ESA's own Message travel as values,
// verbatim.

/** The calls whose failures have their own wording; any other reads "call <Action>". */
const PHRASED_ACTIONS = new Set([
  "CreateEdgeContainerAppVersion",
  "ListEdgeContainerApps",
  "GetEdgeContainerApp",
  "ListEdgeContainerAppVersions",
  "GetEdgeContainerAppVersion",
  "PublishEdgeContainerAppVersion",
  "RollbackEdgeContainerAppVersion",
  "DeleteEdgeContainerAppVersion",
  "GetEdgeContainerAppStatus",
  "GetEdgeContainerStagingDeployStatus",
  "GetEdgeContainerDeployRegions",
  "RebuildEdgeContainerAppStagingEnv",
]);

/** "create the version": the action as the middle of a sentence (a message reference). */
export function describeAction(action: string): string {
  return PHRASED_ACTIONS.has(action) ? msg(`esa.action.${action}`) : msg("esa.action.other", { action });
}

/** List/Get/Describe calls change nothing, so they are safe to repeat; anything else may not be. */
export function isReadAction(action: string): boolean {
  return /^(List|Get|Describe)/.test(action);
}

// What a person should look at before repeating a write whose answer was lost.
const CHECKED_WRITES = new Set([
  "CreateEdgeContainerAppVersion",
  "PublishEdgeContainerAppVersion",
  "RollbackEdgeContainerAppVersion",
  "DeleteEdgeContainerAppVersion",
  "RebuildEdgeContainerAppStagingEnv",
]);

export function checkBeforeRetry(action: string): string {
  return msg(`esa.checkBeforeRetry.${CHECKED_WRITES.has(action) ? action : "other"}`);
}

export { NO_CREDENTIALS_ADVICE } from "@/lib/aliyun/errors";

type Advice = (ctx: { action: string; phrase: string; serviceMessage: string }) => string;

const advice = (key: string): Advice => () => msg(`esa.advice.${key}`);

/** The advice with ESA's own Message in it when there is one, without it otherwise. */
const withDetail =
  (key: string): Advice =>
  ({ phrase, serviceMessage }) =>
    serviceMessage
      ? msg(`esa.advice.${key}Detail`, { phrase, detail: serviceMessage })
      : msg(`esa.advice.${key}`, { phrase });

const accessDenied: Advice = ({ action, phrase }) => msg("esa.advice.accessDenied", { action, phrase });

const throttled = advice("throttled");

const rejected: Advice = ({ serviceMessage }) =>
  msg("esa.advice.rejected", { detail: serviceMessage || msg("esa.advice.invalidParameter") });

/**
 * Specific advice for the codes a person can act on. Gateway codes come from the common
 * Alibaba Cloud error list; the rest from the CreateEdgeContainerAppVersion reference page.
 */
export const SERVICE_ADVICE: Readonly<Record<string, Advice>> = {
  "InvalidAccessKeyId.NotFound": advice("accessKeyNotFound"),
  "InvalidAccessKeyId.Inactive": advice("accessKeyInactive"),
  SignatureDoesNotMatch: advice("signatureMismatch"),
  IncompleteSignature: advice("incompleteSignature"),
  "Forbidden.RAM": accessDenied,
  NoPermission: accessDenied,
  Forbidden: accessDenied,
  "Throttling.User": throttled,
  "Throttling.Api": throttled,
  Throttling: throttled,
  "InvalidApp.NotFound": advice("appNotFound"),
  NameAlreadyExists: advice("nameExists"),
  ParameterAlreadyExist: withDetail("valueRepeated"),
  // [INF] The sandbox's (and, as far as documented, the service's) refusal for a state that does
  // not allow the change: a release still moving, a live version, nothing to roll back.
  InternalException: withDetail("wrongState"),
  InternalError: ({ phrase }) => msg("esa.advice.internalError", { phrase }),
  ServiceUnavailable: ({ phrase }) => msg("esa.advice.unavailable", { phrase }),
};

export function adviceFor(code: string, ctx: { action: string; serviceMessage: string }): string {
  const phrase = describeAction(ctx.action);
  const specific =
    SERVICE_ADVICE[code] ??
    (code.startsWith("InvalidParameter") || code === "MissingParameter" ? rejected : undefined);
  if (specific) return specific({ ...ctx, phrase });
  return ctx.serviceMessage
    ? msg("esa.advice.otherDetail", { phrase, code, detail: ctx.serviceMessage })
    : msg("esa.advice.other", { phrase, code });
}

/** ESA as the signed core words it (lib/aliyun). */
export const ESA_PROFILE: ProductProfile = {
  label: "ESA",
  isRead: isReadAction,
  adviceFor,
  checkBeforeRetry,
  hints: {
    refused: msg("esa.hint.refused"),
    unknownHost: msg("esa.hint.unknownHost"),
    tls: msg("esa.hint.tls"),
    slowRead: msg("esa.hint.slowRead"),
    notAnApiAnswer: msg("esa.hint.notAnApiAnswer"),
  },
};
