// What the create server action returns to the browser: plain data, never a stack or a secret.

export type FieldError = { path: string; message: string };

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
  | {
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
