// What the create server action returns to the browser: plain data, never a stack or a secret.

export type FieldError = { path: string; message: string };

export type CreateVersionResult =
  | {
      ok: true;
      appId: string;
      versionId: string;
      requestId?: string;
      /** The version already existed with exactly this content: an earlier attempt created it. */
      alreadyCreated: boolean;
    }
  | {
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
