// Shapes shared by every product on the signed RPC core (ESA, Container Registry). Type-only:
// safe to import anywhere, including client components that show an error.

export type AliyunErrorKind =
  "service" | "bad-response" | "timeout" | "network" | "credentials" | "config";

/** What a server action may hand to the browser: plain data, no stack, no cause, no secret. */
export interface AliyunErrorPublic {
  kind: AliyunErrorKind;
  code: string;
  message: string;
  httpStatus?: number;
  requestId?: string;
  recommend?: string;
  /**
   * The service's own Message for kind "service" (one line, trimmed): written by the service for
   * people, unlike openapi-client's e.message. lib/version uses it to place errors on form fields.
   */
  serviceMessage?: string;
  outcomeUnknown: boolean;
  retryable: boolean;
}

/** What an AliyunError is made from. */
export interface AliyunErrorInit extends Omit<AliyunErrorPublic, "outcomeUnknown" | "retryable"> {
  outcomeUnknown?: boolean;
  retryable?: boolean;
  action?: string;
  cause?: unknown;
}

/** The call an error happened in, for the message. */
export interface AliyunErrorContext {
  action: string;
  /** host[:port] the call went to; named in connection messages (never a secret). */
  endpoint?: string;
  timeoutMs?: number;
}

/**
 * What the core needs to know of a product to word its failures: its name and the sentences a
 * person can act on. Each product (lib/esa, lib/cr) supplies one.
 */
export interface ProductProfile {
  /** As people call it in a sentence: "ESA", "Container Registry". */
  label: string;
  /** List/Get calls change nothing and may be retried; anything else is sent once. */
  isRead(action: string): boolean;
  /** The advice for a service error code (already knows the action's wording). */
  adviceFor(code: string, ctx: { action: string; serviceMessage: string }): string;
  /** What to check before repeating a write whose answer was lost. */
  checkBeforeRetry(action: string): string;
  hints: {
    /** After "connection refused" to a remote host. */
    refused: string;
    /** After "could not find the host". */
    unknownHost: string;
    /** After "no secure connection". */
    tls: string;
    /** After "did not answer in time" for a read. */
    slowRead: string;
    /** After "answered with something that is not an API response" for a read. */
    notAnApiAnswer: string;
  };
}

export interface BackendInfo {
  mode: "sandbox" | "aliyun";
  /** host[:port] requests go to. */
  endpoint: string;
  protocol: "HTTP" | "HTTPS";
}
