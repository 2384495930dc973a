import "server-only";

import { msg } from "@/lib/i18n/message-ref";

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

/** The message naming the endpoint when the call knows it ("…At"), else the one without it. */
function at(key: string, ctx: AliyunErrorContext, values: Record<string, string | number>): string {
  return ctx.endpoint
    ? msg(`esa.transport.${key}At`, { ...values, endpoint: ctx.endpoint })
    : msg(`esa.transport.${key}`, values);
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
  const tryAgain = msg("esa.transport.tryAgain");
  if (!(error instanceof Error)) return undefined;
  const rawCode: unknown = (error as Error & { code?: unknown }).code;
  const code = typeof rawCode === "string" ? rawCode : "";

  // httpx names both its read timer and the socket idle timer "RequestTimeoutError".
  if (error.name === "RequestTimeoutError" || TIMEOUT_CODES.has(code)) {
    const next = read ? hints.slowRead : checkBeforeRetry(ctx.action);
    return {
      kind: "timeout",
      code: "Timeout",
      message: ctx.timeoutMs
        ? msg("esa.transport.timeout", { label, seconds: Math.round(ctx.timeoutMs / 100) / 10, next })
        : msg("esa.transport.timeoutNoLimit", { label, next }),
      // Even a read may have been received; it changes nothing, so repeating it is safe.
      outcomeUnknown: true,
      retryable: read,
    };
  }

  if (code === "ECONNREFUSED") {
    return {
      kind: "network",
      code,
      message: at("refused", ctx, {
        label,
        next: isLocal(ctx) ? msg("esa.transport.sandboxDown") : hints.refused,
      }),
      retryable: true,
    };
  }

  if (code === "ENOTFOUND" || code === "EAI_AGAIN") {
    return {
      kind: "network",
      code,
      message: at("unknownHost", ctx, { label, next: hints.unknownHost }),
      // ENOTFOUND is a definite "no such name", typically a typo; EAI_AGAIN is a DNS hiccup.
      retryable: code === "EAI_AGAIN",
    };
  }

  if (DROPPED_CODES.has(code) || /socket hang up/i.test(error.message)) {
    return {
      kind: "network",
      code: code || "ECONNRESET",
      message: msg("esa.transport.dropped", {
        label,
        next: read ? tryAgain : checkBeforeRetry(ctx.action),
      }),
      outcomeUnknown: !read,
      retryable: read,
    };
  }

  if (UNREACHABLE_CODES.has(code)) {
    return {
      kind: "network",
      code,
      message: at("unreachable", ctx, { label }),
      retryable: true,
    };
  }

  if (TLS_CODE.test(code)) {
    return {
      kind: "network",
      code,
      message: at("tls", ctx, { label, next: hints.tls }),
      retryable: false,
    };
  }

  if (/^E[A-Z]+$/.test(code)) {
    return {
      kind: "network",
      code,
      message: msg("esa.transport.failed", {
        label,
        code,
        next: read ? tryAgain : checkBeforeRetry(ctx.action),
      }),
      outcomeUnknown: !read,
      retryable: read,
    };
  }
  return undefined;
}
