import type { FieldError } from "@/lib/version/field-error";

// What the editor's server actions return to the browser: plain data, never a stack or a secret.
// Both actions answer in this vocabulary, and every failure is built by actionFailure. Pure and
// type-only apart from that helper, so client components import it too.

export type { FieldError };

/** A refused or failed action: what happened, for a person, and where on the form when known. */
export type ActionFailure = {
  ok: false;
  message: string;
  code?: string;
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
      /** The version already existed with exactly this content: an earlier attempt created it. */
      alreadyCreated: boolean;
    }
  | ActionFailure;

/** The dry run: every server-side check that creates nothing. */
export type ValidateVersionResult = { ok: true; message: string } | ActionFailure;

/** The one way to build a failure result; `details` adds what is known (service code, fields). */
export function actionFailure(
  code: string,
  message: string,
  details: Omit<ActionFailure, "ok" | "code" | "message"> = {},
): ActionFailure {
  return { ok: false, code, message, ...details };
}
