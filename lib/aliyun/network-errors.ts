import "server-only";

import type { AliyunErrorContext, AliyunErrorInit, ProductProfile } from "./types";

type NetworkInit = Omit<AliyunErrorInit, "action" | "cause">;

const TIMEOUT_CODES = new Set([
  "ETIMEDOUT",
  "ESOCKETTIMEDOUT",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_HEADERS_TIMEOUT",
]);
// The connection broke after the request may have been written: the service may have acted on it.
const DROPPED_CODES = new Set(["ECONNRESET", "EPIPE", "ECONNABORTED", "UND_ERR_SOCKET"]);
const UNREACHABLE_CODES = new Set(["EHOSTUNREACH", "ENETUNREACH", "ENETDOWN", "EHOSTDOWN"]);
const TLS_CODE = /^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|EPROTO$)/;

function where(ctx: AliyunErrorContext): string {
  return ctx.endpoint ? ` at ${ctx.endpoint}` : "";
}

function isLocal(ctx: AliyunErrorContext): boolean {
  return /^(127\.0\.0\.1|localhost|\[::1\])(:|$)/.test(ctx.endpoint ?? "");
}

/**
 * Classifies Node socket errors and httpx's RequestTimeoutError. Returns undefined for anything
 * that is not recognisably a transport failure.
 */
export function classifyNetworkError(
  error: unknown,
  ctx: AliyunErrorContext,
  read: boolean,
  profile: ProductProfile,
): NetworkInit | undefined {
  const { label, hints } = profile;
  const checkBeforeRetry = (action: string) => profile.checkBeforeRetry(action);
  if (!(error instanceof Error)) return undefined;
  const rawCode: unknown = (error as Error & { code?: unknown }).code;
  const code = typeof rawCode === "string" ? rawCode : "";

  // httpx names both its read timer and the socket idle timer "RequestTimeoutError".
  if (error.name === "RequestTimeoutError" || TIMEOUT_CODES.has(code)) {
    const seconds = ctx.timeoutMs
      ? ` within ${Math.round(ctx.timeoutMs / 100) / 10} s`
      : " in time";
    return {
      kind: "timeout",
      code: "Timeout",
      message:
        `${label} did not answer${seconds}. ` +
        (read
          ? hints.slowRead
          : checkBeforeRetry(ctx.action)),
      // Even a read may have been received; it changes nothing, so repeating it is safe.
      outcomeUnknown: true,
      retryable: read,
    };
  }

  if (code === "ECONNREFUSED") {
    return {
      kind: "network",
      code,
      message:
        `Could not connect to ${label}${where(ctx)}: the connection was refused. ` +
        (isLocal(ctx)
          ? "The local ESA sandbox is not running; restart the app."
          : hints.refused),
      retryable: true,
    };
  }

  if (code === "ENOTFOUND" || code === "EAI_AGAIN") {
    return {
      kind: "network",
      code,
      message:
        `Could not find the ${label} host${where(ctx)}. ${hints.unknownHost}`,
      // ENOTFOUND is a definite "no such name", typically a typo; EAI_AGAIN is a DNS hiccup.
      retryable: code === "EAI_AGAIN",
    };
  }

  if (DROPPED_CODES.has(code) || /socket hang up/i.test(error.message)) {
    return {
      kind: "network",
      code: code || "ECONNRESET",
      message: `The connection to ${label} was dropped before an answer arrived. ${read ? "Try again." : checkBeforeRetry(ctx.action)}`,
      outcomeUnknown: !read,
      retryable: read,
    };
  }

  if (UNREACHABLE_CODES.has(code)) {
    return {
      kind: "network",
      code,
      message: `${label}${where(ctx)} is unreachable from this server. Check its network access, then try again.`,
      retryable: true,
    };
  }

  if (TLS_CODE.test(code)) {
    return {
      kind: "network",
      code,
      message:
        `Could not set up a secure connection to ${label}${where(ctx)}. ${hints.tls}`,
      retryable: false,
    };
  }

  if (/^E[A-Z]+$/.test(code)) {
    return {
      kind: "network",
      code,
      message: `The connection to ${label} failed (${code}). ${read ? "Try again." : checkBeforeRetry(ctx.action)}`,
      outcomeUnknown: !read,
      retryable: read,
    };
  }
  return undefined;
}
