// What an admin change answers: a value, never a throw at the client.
export type AdminFailure = { ok: false; message: string; fieldErrors?: Record<string, string> };
export type AdminResult<T extends object = object> = ({ ok: true } & T) | AdminFailure;

export const adminFailure = (message: string, fieldErrors?: Record<string, string>): AdminFailure =>
  fieldErrors ? { ok: false, message, fieldErrors } : { ok: false, message };
