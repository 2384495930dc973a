import "server-only";

import { NextResponse } from "next/server";
import { EsaError } from "@/lib/esa/errors";
import type { EsaErrorPublic } from "@/lib/esa/types";
import { opsLog } from "@/lib/ops/logger";
import { unexpectedRouteMessage } from "@/lib/access/refusal-messages";
import { currentRequest } from "@/lib/ops/request-context";

// JSON answers of the read-only route handlers. Errors carry EsaErrorPublic only: no stack, no
// cause, nothing from a credential.

const NO_STORE = { "Cache-Control": "no-store" };

export function jsonOk(body: unknown): NextResponse {
  return NextResponse.json(body, { headers: NO_STORE });
}

/** The status this app answers with: the caller's problem (404, 429) passes through; a failure
 * between this server and ESA is a gateway error; a misconfigured server is a 500. */
function statusFor(error: EsaError): number {
  switch (error.kind) {
    case "service":
      if (error.httpStatus === 404 || error.httpStatus === 429) return error.httpStatus;
      if (error.code.startsWith("Throttling")) return 429;
      return error.retryable ? 503 : 502;
    case "timeout":
      return 504;
    case "network":
    case "bad-response":
      return 502;
    case "credentials":
    case "config":
      return 500;
  }
}

export function jsonError(error: unknown): NextResponse {
  if (error instanceof EsaError) {
    return NextResponse.json(
      { error: error.toPublic() },
      { status: statusFor(error), headers: NO_STORE },
    );
  }
  // Not an EsaError: a bug here. Logged on the server, never described to the browser.
  opsLog().error(
    { error: error instanceof Error ? error.name : typeof error },
    "unexpected error in an API route",
  );
  const unexpected: EsaErrorPublic = {
    kind: "network",
    code: "UnexpectedError",
    message: unexpectedRouteMessage(currentRequest()?.requestId),
    outcomeUnknown: false,
    retryable: true,
  };
  return NextResponse.json({ error: unexpected }, { status: 500, headers: NO_STORE });
}

/** A request this app refuses before asking ESA (a malformed path parameter). */
export function jsonBadRequest(code: string, message: string): NextResponse {
  const error: EsaErrorPublic = {
    kind: "service",
    code,
    message,
    httpStatus: 400,
    outcomeUnknown: false,
    retryable: false,
  };
  return NextResponse.json({ error }, { status: 400, headers: NO_STORE });
}
