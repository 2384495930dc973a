import type { FieldError } from "@/lib/version/field-error";

// What the editor's server actions return to the browser: plain data, never a stack or a secret.
// Both actions answer in this vocabulary, and every failure is built by actionFailure. Pure and
// type-only apart from that helper, so client components import it too. Messages (message, note,
// field errors) are references to the "submit" and "validation" catalogs (lib/i18n/message-ref.ts);
// the guard renders them in the requester's language before they leave the server.

export type { FieldError };

/** A refused or failed action: what happened, for a person, and where on the form when known. */
export type ActionFailure = {
  ok: false;
  message: string;
  /** ESA's error code, or this app's (ValidationFailed, Timeout, …). Never a socket code. */
  code?: string;
  /** A socket-level code (ECONNRESET, ENOTFOUND, …): a detail for support, not a headline. */
  connectionCode?: string;
  httpStatus?: number;
  requestId?: string;
  recommend?: string;
  fieldErrors?: FieldError[];
  /** The service may or may not have created the version (a timeout or dropped connection). */
  outcomeUnknown?: boolean;
};

export type CreateVersionResult =
  | {
      ok: true;
      appId: string;
      versionId: string;
      requestId?: string;
      /** The version was found by name with exactly this content instead of being reported created. */
      alreadyCreated: boolean;
      /** This create reached ESA and the version exists, but ESA's answer to it was lost. */
      answerLost?: boolean;
      /** With alreadyCreated: what happened, in a sentence or two for a person. */
      note?: string;
    }
  | ActionFailure;

/** The dry run: every server-side check that creates nothing. */
export type ValidateVersionResult = { ok: true; message: string } | ActionFailure;

/** The one way to build a failure result; `details` adds what is known (service code, fields). */
export function actionFailure(
  code: string | undefined,
  message: string,
  details: Omit<ActionFailure, "ok" | "code" | "message"> = {},
): ActionFailure {
  return { ok: false, code, message, ...details };
}
