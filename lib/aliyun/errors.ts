import "server-only";

import { msg } from "@/lib/i18n/message-ref";

import { classifyNetworkError } from "./network-errors";
import type {
  AliyunErrorContext,
  AliyunErrorInit,
  AliyunErrorKind,
  AliyunErrorPublic,
  ProductProfile,
} from "./types";

// Separate bundles (or a test's fresh module graph) each get their own copy of this class; a
// registry symbol lets `instanceof` recognise an AliyunError made by any copy.
const BRAND = Symbol.for("version-studio.aliyun.AliyunError");

/**
 * The one error type every product on the core throws (lib/esa re-exports it as EsaError).
 * `message` is written for a person: what happened, what to do. It is a message reference
 * (lib/i18n/message-ref.ts), put into the reader's language where it is shown (the guard does it
 * for actions and routes); pass it on whole, as a value of another message, never inside a
 * template string.
 */
export class AliyunError extends Error {
  static override [Symbol.hasInstance](value: unknown): boolean {
    return (
      typeof value === "object" &&
      value !== null &&
      (value as { [BRAND]?: unknown })[BRAND] === true
    );
  }

  readonly [BRAND] = true;
  readonly kind: AliyunErrorKind;
  readonly code: string;
  readonly httpStatus?: number;
  readonly requestId?: string;
  readonly recommend?: string;
  readonly serviceMessage?: string;
  /** True when the request may have taken effect although no success answer arrived. */
  readonly outcomeUnknown: boolean;
  /** True when repeating the same call unchanged is safe and may succeed. */
  readonly retryable: boolean;
  readonly action?: string;

  constructor(init: AliyunErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = "AliyunError";
    this.kind = init.kind;
    this.code = init.code;
    this.httpStatus = init.httpStatus;
    this.requestId = init.requestId;
    this.recommend = init.recommend;
    this.serviceMessage = init.serviceMessage;
    this.outcomeUnknown = init.outcomeUnknown ?? false;
    this.retryable = init.retryable ?? false;
    this.action = init.action;
  }

  toPublic(): AliyunErrorPublic {
    const out: AliyunErrorPublic = {
      kind: this.kind,
      code: this.code,
      message: this.message,
      outcomeUnknown: this.outcomeUnknown,
      retryable: this.retryable,
    };
    if (this.httpStatus !== undefined) out.httpStatus = this.httpStatus;
    if (this.requestId !== undefined) out.requestId = this.requestId;
    if (this.recommend !== undefined) out.recommend = this.recommend;
    if (this.serviceMessage !== undefined) out.serviceMessage = this.serviceMessage;
    return out;
  }

  toJSON(): AliyunErrorPublic {
    return this.toPublic();
  }
}

type Loose = Record<string, unknown>;
const asRecord = (value: unknown): Loose | undefined =>
  value !== null && typeof value === "object" ? (value as Loose) : undefined;
const str = (value: unknown): string | undefined =>
  typeof value === "string" && value !== "" && value !== "undefined" ? value : undefined;

/** Turns anything a call can throw into an AliyunError. Never copies a raw library message. */
export function toAliyunError(
  error: unknown,
  ctx: AliyunErrorContext,
  profile: ProductProfile,
): AliyunError {
  if (error instanceof AliyunError) return error;
  const read = profile.isRead(ctx.action);
  const { label } = profile;
  const e = asRecord(error);
  const data = asRecord(e?.data);
  const status = typeof e?.statusCode === "number" ? e.statusCode : data?.statusCode;

  // openapi-client's ResponseError: Code/Message/RequestId from the gateway's JSON error body.
  if (e && data && typeof status === "number") return serviceError(e, data, status, ctx, profile);

  // A body that is not JSON (a proxy's HTML 502) or JSON that is not an object.
  if (
    error instanceof SyntaxError ||
    (error instanceof Error && error.message === "The value is not a object")
  ) {
    return new AliyunError({
      kind: "bad-response",
      code: "InvalidResponse",
      action: ctx.action,
      message: msg("esa.transport.notApiAnswer", {
        label,
        next: read ? profile.hints.notAnApiAnswer : profile.checkBeforeRetry(ctx.action),
      }),
      outcomeUnknown: !read,
      retryable: read,
      cause: error,
    });
  }

  if (looksLikeCredentialFailure(e)) return credentialsError(ctx.action);

  const network = classifyNetworkError(error, ctx, read, profile);
  return network
    ? new AliyunError({ ...network, action: ctx.action, cause: error })
    : unexpected(error, ctx, profile);
}

function serviceError(
  e: Loose,
  data: Loose,
  status: number,
  ctx: AliyunErrorContext,
  profile: ProductProfile,
): AliyunError {
  const read = profile.isRead(ctx.action);
  const code = str(e.code) ?? str(data.Code) ?? str(data.code);
  const requestId = str(data.RequestId) ?? str(data.requestId);
  const recommend = str(data.Recommend);
  const throttled = status === 429 || (code?.startsWith("Throttling") ?? false);
  if (!code) {
    // An error status without an error body: something other than the API gateway answered.
    return new AliyunError({
      kind: "bad-response",
      code: `HTTP${status}`,
      httpStatus: status,
      action: ctx.action,
      message: msg("esa.transport.httpNoCode", {
        label: profile.label,
        status,
        next: read ? msg("esa.transport.tryAgainShortly") : profile.checkBeforeRetry(ctx.action),
      }),
      outcomeUnknown: !read,
      retryable: read && (status >= 500 || throttled),
      cause: e,
    });
  }
  const serviceMessage = cleanServiceMessage(data.Message ?? data.message);
  return new AliyunError({
    kind: "service",
    code,
    httpStatus: status,
    requestId,
    recommend,
    serviceMessage: serviceMessage || undefined,
    action: ctx.action,
    message: profile.adviceFor(code, { action: ctx.action, serviceMessage }),
    retryable: status >= 500 || throttled,
    cause: e,
  });
}

const CREDENTIAL_PATTERNS = [
  /unable to get credentials from any of the providers in the chain/i,
  /the access key (id|secret) is empty/i,
  /Missing required type option/,
  /Please set up the credentials correctly/,
];

function looksLikeCredentialFailure(e: Loose | undefined): boolean {
  if (!e) return false;
  if (e.code === "InvalidCredentials") return true;
  const message = typeof e.message === "string" ? e.message : "";
  return CREDENTIAL_PATTERNS.some((pattern) => pattern.test(message));
}

/**
 * No `cause` on purpose: the chain's messages can quote a credentials endpoint's response,
 * which may hold a temporary secret, and a logged error prints its cause.
 */
export function credentialsError(action?: string): AliyunError {
  return new AliyunError({
    kind: "credentials",
    code: "CredentialsNotFound",
    action,
    message: NO_CREDENTIALS_ADVICE,
  });
}

function unexpected(error: unknown, ctx: AliyunErrorContext, profile: ProductProfile): AliyunError {
  const read = profile.isRead(ctx.action);
  return new AliyunError({
    kind: "network",
    code: "UnexpectedError",
    action: ctx.action,
    message: msg("esa.transport.unexpected", {
      label: profile.label,
      next: read ? msg("esa.transport.tryAgain") : profile.checkBeforeRetry(ctx.action),
    }),
    outcomeUnknown: !read,
    cause: error,
  });
}

export const NO_CREDENTIALS_ADVICE = msg("esa.transport.noCredentials");

/** A service's own Message is meant for people, but keep one line of sane length. */
export function cleanServiceMessage(value: unknown): string {
  if (typeof value !== "string") return "";
  const oneLine = value
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[.。]+$/, "");
  return oneLine.length > 300 ? `${oneLine.slice(0, 300)}…` : oneLine;
}
